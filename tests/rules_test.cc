// The rules stage and pipelines that extend another: rule files parsed and
// refused, values through {number} in several languages, the overlap
// policy, word boundaries, and the resolution of extends, insert, remove,
// override and relative paths. Driven through the binary, as a user would.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "json_schema.h"
#include "test_util.h"

namespace claimex::testing {
namespace {

using nlohmann::json;

// A pipeline extending the default with one rules stage before claims.
std::string RulesPipeline(const std::string& files, const std::string& layers = R"j(["power"])j") {
  return R"j({"extends": "default", "insert": [{"before": "claims", "stages": [{"plugin": "rules", "options": {"files": )j" +
         files + R"j(, "layers": )j" + layers + "}}]}]}";
}

const char* const kPowerRules =
    R"j({"id": "si", "label": "power", "pattern": "{number}\\s*(?P<unit>kW|MW|GW)", "units": {"kW": 1e3, "MW": 1e6, "GW": 1e9}, "unit": "W", "case": "exact"}
{"id": "words", "label": "power", "pattern": "(?P<bound>up to|bis zu|jusqu'à)?\\s*{number}\\s*(?P<unit>megawatts?|gigawatts?|mégawatts?|gigawatt|megavatios|兆瓦|メガワット)", "units": {"megawatt": 1e6, "megawatts": 1e6, "gigawatt": 1e9, "gigawatts": 1e9, "mégawatt": 1e6, "mégawatts": 1e6, "megavatios": 1e6, "兆瓦": 1e6, "メガワット": 1e6}, "bounds": {"up to": "at_most", "bis zu": "at_most", "jusqu'à": "at_most"}, "unit": "W"}
)j";

class RulesTest : public ::testing::Test {
 protected:
  // The `layer` mentions of each document of `docs` (JSONL).
  std::vector<json> Extract(const std::string& rules, const std::string& docs, const std::string& layer = "power") {
    WriteFile(dir_ / "r.jsonl", rules);
    WriteFile(dir_ / "p.json", RulesPipeline(R"j(["r.jsonl"])j"));
    WriteFile(dir_ / "docs.jsonl", docs);
    const CommandResult r = RunClaimex("extract --pipeline p.json docs.jsonl", dir_.str());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<json> out;
    for (const auto& line : Lines(r.out)) out.push_back(json::parse(line).at(layer));
    return out;
  }

  // The error `claimex check` gives for `rules`; expects exit 3.
  std::string RuleError(const std::string& rules) {
    WriteFile(dir_ / "r.jsonl", rules);
    WriteFile(dir_ / "p.json", RulesPipeline(R"j(["r.jsonl"])j"));
    const CommandResult r = RunClaimex("check p.json", dir_.str());
    EXPECT_EQ(r.exit_code, 3) << rules << r.out;
    return r.err;
  }

  TempDir dir_;
};

TEST_F(RulesTest, ValuesThroughNumberKeepTheDocumentsConvention) {
  const auto found = Extract(kPowerRules,
                             R"j({"id": "en", "lang": "en", "text": "Microsoft's new 150 MW campus will need up to 2 gigawatts by 2028."}
{"id": "de", "lang": "de", "text": "Das Rechenzentrum soll 1,2 GW leisten, später bis zu 1.500 Megawatt."}
{"id": "fr", "lang": "fr", "text": "Le campus consommera jusqu'à 300 mégawatts, soit 0,3 GW."}
{"id": "es", "lang": "es", "text": "La planta tendrá 1.200 megavatios en 2027."}
{"id": "zh", "lang": "zh", "text": "微软新园区功率为150兆瓦。"}
{"id": "ja", "lang": "ja", "text": "新キャンパスは150メガワットになる。"}
)j");
  ASSERT_EQ(found.size(), 6u);
  const auto value = [](const json& m) { return m.at("value").get<double>(); };
  ASSERT_EQ(found[0].size(), 2u);
  EXPECT_EQ(found[0][0]["text"], "150 MW");
  EXPECT_DOUBLE_EQ(value(found[0][0]), 1.5e8);
  EXPECT_EQ(found[0][0]["unit"], "W");
  EXPECT_EQ(found[0][0]["bound"], "exact");
  EXPECT_EQ(found[0][0]["rule"], "si");
  EXPECT_DOUBLE_EQ(found[0][0]["precision"].get<double>(), 5e6);
  EXPECT_EQ(found[0][1]["text"], "up to 2 gigawatts");
  EXPECT_EQ(found[0][1]["bound"], "at_most");
  EXPECT_DOUBLE_EQ(value(found[0][1]), 2e9);
  ASSERT_EQ(found[1].size(), 2u);
  EXPECT_DOUBLE_EQ(value(found[1][0]), 1.2e9);  // "1,2 GW" in a German text
  EXPECT_DOUBLE_EQ(value(found[1][1]), 1.5e9);  // "1.500 Megawatt": grouped thousands
  EXPECT_EQ(found[1][1]["bound"], "at_most");
  ASSERT_EQ(found[2].size(), 2u);
  EXPECT_DOUBLE_EQ(value(found[2][0]), 3e8);
  EXPECT_EQ(found[2][0]["bound"], "at_most");
  EXPECT_DOUBLE_EQ(value(found[2][1]), 3e8);
  ASSERT_EQ(found[3].size(), 1u);
  EXPECT_DOUBLE_EQ(value(found[3][0]), 1.2e9);
  ASSERT_EQ(found[4].size(), 1u);
  EXPECT_DOUBLE_EQ(value(found[4][0]), 1.5e8);
  EXPECT_EQ(found[4][0]["text"], "150兆瓦");
  ASSERT_EQ(found[5].size(), 1u);
  EXPECT_DOUBLE_EQ(value(found[5][0]), 1.5e8);
}

TEST_F(RulesTest, MatchesStartAndEndAtWordBoundariesAndFoldCase) {
  const auto found = Extract(R"j({"id": "mw", "label": "power", "pattern": "{number}\\s*(?P<unit>MW|Megawatt)", "units": {"mw": 1e6, "megawatt": 1e6}, "unit": "W"}
)j",
                             R"j({"id": "a", "text": "A 150 MWh battery, a 20 megawatt line, the MEGAWATT, 7 mw, Campuses and a CAMPUS."}
)j",
                             "power");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].size(), 2u);  // not "150 MWh"
  EXPECT_EQ(found[0][0]["text"], "20 megawatt");
  EXPECT_EQ(found[0][1]["text"], "7 mw");
  const auto sites = Extract(R"j({"id": "campus", "label": "power", "pattern": "Campus", "attributes": {"kind": "campus"}}
)j",
                             R"j({"id": "a", "text": "Campuses and a CAMPUS."}
)j");
  ASSERT_EQ(sites[0].size(), 1u);
  EXPECT_EQ(sites[0][0]["text"], "CAMPUS");
  EXPECT_EQ(sites[0][0]["kind"], "campus");
  EXPECT_FALSE(sites[0][0].contains("value"));
}

TEST_F(RulesTest, OverlapsKeepTheLongestThenThePriorityThenTheFirstRule) {
  const auto found = Extract(R"j({"id": "short", "label": "power", "pattern": "new campus"}
{"id": "long", "label": "power", "pattern": "new campus of Microsoft"}
{"id": "first", "label": "power", "pattern": "grid link"}
{"id": "second", "label": "power", "pattern": "grid link"}
{"id": "low", "label": "power", "pattern": "solar farm"}
{"id": "high", "label": "power", "pattern": "solar farm", "priority": 5}
)j",
                             R"j({"id": "a", "text": "The new campus of Microsoft has a grid link and a solar farm."}
)j");
  ASSERT_EQ(found[0].size(), 3u);
  EXPECT_EQ(found[0][0]["rule"], "long");
  EXPECT_EQ(found[0][1]["rule"], "first");
  EXPECT_EQ(found[0][2]["rule"], "high");
}

TEST_F(RulesTest, GroupsBecomeAttributesAndMentionSpans) {
  const auto found = Extract(R"j({"id": "status", "label": "power", "pattern": "(?P<status>planned|geplante|operating) (?P<mention>{number}\\s*(?P<unit>MW))", "units": {"mw": 1e6}, "unit": "W", "words": {"status": {"geplante": "planned"}}}
)j",
                             R"j({"id": "a", "text": "Two sites: a planned 300 MW one and an operating 50 MW one."}
{"id": "b", "lang": "de", "text": "Eine geplante 300 MW Anlage."}
)j");
  ASSERT_EQ(found[0].size(), 2u);
  EXPECT_EQ(found[0][0]["text"], "300 MW");
  EXPECT_EQ(found[0][0]["status"], "planned");
  EXPECT_EQ(found[0][1]["status"], "operating");
  ASSERT_EQ(found[1].size(), 1u);
  EXPECT_EQ(found[1][0]["status"], "planned");
}

TEST_F(RulesTest, ALayerIsInEveryRecordEvenEmpty) {
  const auto found = Extract(kPowerRules, R"j({"id": "a", "text": "Nothing about power here: 42 servers."}
)j");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].is_array());
  EXPECT_TRUE(found[0].empty());
}

TEST_F(RulesTest, BadRulesStopTheStageNamingFileLineAndRule) {
  const std::string good = R"j({"id": "ok", "label": "power", "pattern": "campus"})j";
  EXPECT_NE(RuleError(good + "\n{\"id\": \"bad\", \"label\": \"power\", \"pattern\": \"(unclosed\"}\n")
                .find("r.jsonl:2: rule \"bad\": pattern: missing ): (unclosed"),
            std::string::npos);
  EXPECT_NE(RuleError(good + "\n" + good + "\n").find("r.jsonl:2: rule \"ok\": the id is already used at"),
            std::string::npos);
  EXPECT_NE(RuleError("{\"id\": \"x\", \"label\": \"power\"\n").find("r.jsonl:1: not a JSON rule"), std::string::npos);
  EXPECT_NE(RuleError(R"j({"label": "power", "pattern": "x"})j").find("r.jsonl:1: needs \"id\""), std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "money", "pattern": "x"})j")
                .find("rule \"x\": label \"money\" is not one of the stage's layers option (power)"),
            std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "power", "pattern": "a*"})j").find("matches the empty text"),
            std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "power", "pattern": "{number} to {number}"})j")
                .find("{number} may appear once"),
            std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "power", "pattern": "x", "colour": "red"})j")
                .find("unknown field \"colour\""),
            std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "power", "pattern": "{number} (?P<unit>MW)"})j")
                .find("the group `unit` needs \"units\""),
            std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "power", "pattern": "{number} (?P<unit>MW)", "units": {"MW": 0}})j")
                .find("\"units\" maps \"MW\" to 0"),
            std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "power", "pattern": "{number} (?P<value>MW)"})j")
                .find("the group name \"value\" is an attribute the stage writes"),
            std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "power", "pattern": "x", "bounds": {"up to": "maybe"}})j")
                .find("\"bounds\" maps \"up to\""),
            std::string::npos);
  EXPECT_NE(RuleError(R"j({"id": "x", "label": "power", "pattern": "x", "attributes": {"value": 1}})j")
                .find("may not set \"value\""),
            std::string::npos);
  EXPECT_NE(RuleError("\n\n").find("hold no rule"), std::string::npos);
  WriteFile(dir_ / "p.json", RulesPipeline(R"j(["missing.jsonl"])j"));
  const CommandResult missing = RunClaimex("check p.json", dir_.str());
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("missing.jsonl"), std::string::npos) << missing.err;
}

TEST_F(RulesTest, ALayerOfTwoStagesOrARecordFieldIsRefused) {
  WriteFile(dir_ / "r.jsonl", R"j({"id": "x", "label": "money", "pattern": "x"})j");
  WriteFile(dir_ / "p.json", RulesPipeline(R"j(["r.jsonl"])j", R"j(["money"])j"));
  CommandResult r = RunClaimex("check p.json", dir_.str());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("writes layer \"money\", which stage \"money\" writes already"), std::string::npos) << r.err;
  WriteFile(dir_ / "p.json", RulesPipeline(R"j(["r.jsonl"])j", R"j(["title"])j"));
  r = RunClaimex("check p.json", dir_.str());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("writes a layer named \"title\""), std::string::npos) << r.err;
}

TEST_F(RulesTest, PluginsDocumentsTheRuleFormat) {
  const CommandResult r = RunClaimex("plugins rules", dir_.str());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Rule files are JSONL"), std::string::npos);
  EXPECT_NE(r.out.find("the longest match wins, then the higher priority, then the rule listed first"),
            std::string::npos);
}

TEST(RuleSchema, TheShippedRulesFollowIt) {
  json schema = json::parse(ReadFile(std::string(CLAIMEX_SOURCE_DIR) + "/schemas/rule.schema.json"));
  ASSERT_TRUE(CheckSchema(schema).ok());
  int rules = 0;
  for (const auto& line : Lines(ReadFile(std::string(CLAIMEX_SOURCE_DIR) + "/examples/rules/power.jsonl"))) {
    json rule = json::parse(line);
    EXPECT_TRUE(ValidateJson(schema, rule, false).empty()) << line;
    ++rules;
  }
  EXPECT_GT(rules, 0);
  json unknown = {{"id", "x"}, {"label", "power"}, {"pattern", "x"}, {"colour", "red"}};
  EXPECT_FALSE(ValidateJson(schema, unknown, false).empty());
}

class ExtendsTest : public ::testing::Test {
 protected:
  CommandResult Check(const std::string& pipeline, const std::string& file = "p.json") {
    WriteFile(dir_ / file, pipeline);
    return RunClaimex("check --json " + file, dir_.str());
  }
  static std::vector<std::string> Plugins(const json& steps) {
    std::vector<std::string> out;
    for (const auto& s : steps) out.push_back(s["plugin"]);
    return out;
  }
  TempDir dir_;
};

TEST_F(ExtendsTest, InsertRemoveOverrideAndSinkApplyToTheBase) {
  WriteFile(dir_ / "r.jsonl", R"j({"id": "x", "label": "power", "pattern": "campus"})j");
  const CommandResult r = Check(R"j({"extends": "default", "name": "power",
    "insert": [{"before": "claims", "stages": [{"plugin": "rules", "options": {"files": ["r.jsonl"], "layers": ["power"]}}]}],
    "remove": ["fingerprint"],
    "override": {"claims": {"fallback_language": "de"}, "numerals": {"max_evidence": 2}},
    "sink": {"plugin": "jsonl", "options": {"path": "-"}}})j");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json p = json::parse(r.out);
  EXPECT_EQ(p["name"], "power");
  EXPECT_EQ(Plugins(p["stages"]), (std::vector<std::string>{"normalize", "numerals", "money", "gpu_count",
                                                            "entities", "rules", "claims"}));
  EXPECT_EQ(p["stages"][6]["options"]["fallback_language"], "de");
  EXPECT_EQ(p["stages"][1]["options"]["max_evidence"], 2);
  EXPECT_EQ(p["stages"][1]["options"]["data_dir"], "");  // the rest of the base's options stay
  // A rule file is relative to the pipeline file, not to where claimex runs.
  EXPECT_EQ(p["stages"][5]["options"]["files"][0], dir_ / "r.jsonl");
  EXPECT_EQ(Plugins(p["collectors"]), std::vector<std::string>{"dedupe"});
  EXPECT_EQ(p["sink"]["plugin"], "jsonl");
}

TEST_F(ExtendsTest, ABaseByPathWithItsOwnRelativePaths) {
  std::filesystem::create_directories(dir_ / "base");
  std::filesystem::create_directories(dir_ / "work");
  WriteFile(dir_ / "base/r.jsonl", R"j({"id": "x", "label": "power", "pattern": "campus"})j");
  WriteFile(dir_ / "base/power.json", RulesPipeline(R"j(["r.jsonl"])j"));
  const CommandResult r = Check(R"j({"extends": "../base/power.json", "insert": [{"after": "rules", "stages": []}]})j",
                                "work/p.json");
  EXPECT_EQ(r.exit_code, 3);  // an insert of nothing is a mistake
  const CommandResult ok = Check(R"j({"extends": "../base/power.json"})j", "work/p.json");
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  const json p = json::parse(ok.out);
  EXPECT_EQ(p["stages"][6]["options"]["files"][0], dir_ / "base/r.jsonl");
  // Run from elsewhere, it finds the rules all the same.
  WriteFile(dir_ / "docs.jsonl", DocLine("a", "A new campus."));
  const CommandResult run = RunClaimex("extract --pipeline " + dir_ / "work/p.json" + " " + dir_ / "docs.jsonl", "/");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(json::parse(run.out)["power"][0]["text"], "campus");
}

TEST_F(ExtendsTest, MistakesAreRefusedNamingTheFile) {
  struct Case {
    std::string pipeline, error;
  } cases[] = {
      {R"j({"extends": "default", "stages": [{"plugin": "normalize"}]})j", "gives no \"stages\""},
      {R"j({"extends": "default", "insert": [{"before": "nothing", "stages": [{"plugin": "dedupe"}]}]})j",
       "no plugin \"nothing\" to insert before"},
      {R"j({"extends": "default", "insert": [{"after": "numerals", "stages": [{"plugin": "money"}]}]})j",
       "plugin \"money\" is already"},
      {R"j({"extends": "default", "remove": ["rules"]})j", "remove: the base has no plugin \"rules\""},
      {R"j({"extends": "default", "override": {"rules": {}}})j", "override: the pipeline has no plugin \"rules\""},
      {R"j({"extends": "default", "override": {"claims": {"colour": 1}}})j", "options of plugin \"claims\""},
      {R"j({"extends": "no_such_pipeline"})j", "no_such_pipeline.json: cannot open the pipeline file"},
      {R"j({"extends": "p.json"})j", "extends itself"},
      {R"j({"extends": "default", "remove": ["normalize"]})j", "reads layer \"sentences\""},
  };
  for (const auto& c : cases) {
    const CommandResult r = Check(c.pipeline);
    EXPECT_EQ(r.exit_code, 3) << c.pipeline;
    EXPECT_NE(r.err.find(c.error), std::string::npos) << c.pipeline << "\n" << r.err;
    EXPECT_NE(r.err.find("p.json"), std::string::npos) << r.err;
  }
  // A chain of bases is bounded.
  for (int i = 0; i < 10; ++i) {
    WriteFile(dir_ / ("b" + std::to_string(i) + ".json"),
              i == 0 ? R"j({"extends": "default"})j"
                     : R"j({"extends": "b)j" + std::to_string(i - 1) + R"j(.json"})j");
  }
  const CommandResult deep = Check(R"j({"extends": "b9.json"})j");
  EXPECT_EQ(deep.exit_code, 3);
  EXPECT_NE(deep.err.find("extends more than 8 levels"), std::string::npos) << deep.err;
  const CommandResult shallow = Check(R"j({"extends": "b5.json"})j");
  EXPECT_EQ(shallow.exit_code, 0) << shallow.err;
}

}  // namespace
}  // namespace claimex::testing

namespace claimex::testing {
namespace {

// The claims stage's values option: which layers become claims, and how.
class ClaimValuesTest : public ::testing::Test {
 protected:
  CommandResult Extract(const std::string& values, const std::string& rules, const std::string& text) {
    WriteFile(dir_ / "r.jsonl", rules);
    WriteFile(dir_ / "p.json", R"j({"extends": "default", "insert": [{"before": "claims", "stages": [{"plugin": "rules", "options": {"files": ["r.jsonl"], "layers": ["power"]}}]}], "override": {"claims": {"values": )j" +
                                   values + "}}}");
    WriteFile(dir_ / "docs.jsonl", DocLine("a", text));
    return RunClaimex("extract --pipeline p.json docs.jsonl", dir_.str());
  }
  TempDir dir_;
};

TEST_F(ClaimValuesTest, AFixedPredicateOrTheMentionsOwn) {
  const std::string rules =
      R"j({"id": "mw", "label": "power", "pattern": "{number}\\s*(?P<unit>MW)", "units": {"mw": 1e6}, "unit": "W", "attributes": {"says": "power_capacity"}}
)j";
  CommandResult r = Extract(R"j([{"layer": "power", "predicate": "power_capacity"}])j", rules,
                            "Nvidia paid $5 billion for a 200 MW site, Microsoft said.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json record = json::parse(r.out);
  json claims = record["claims"];
  // Only the layers listed become claims: no money claim here.
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0]["predicate"], "power_capacity");
  EXPECT_EQ(claims[0]["value"]["type"], "quantity");
  EXPECT_DOUBLE_EQ(claims[0]["value"]["amount"].get<double>(), 2e8);
  // The numeral's precision, in the unit's multiple.
  for (const auto& n : record["numbers"]) {
    if (n["text"] == "200") {
      EXPECT_DOUBLE_EQ(claims[0]["value"]["precision"].get<double>(), n["precision"].get<double>() * 1e6);
    }
  }
  EXPECT_EQ(claims[0]["subject"]["id"], "nvidia");
  EXPECT_EQ(claims[0]["attribution"]["id"], "microsoft");

  r = Extract(R"j([{"layer": "money", "type": "money"}, {"layer": "power", "predicate_attribute": "says"}])j", rules,
              "Nvidia paid $5 billion for a 200 MW site.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  claims = json::parse(r.out)["claims"];
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0]["value"]["type"], "money");
  EXPECT_EQ(claims[1]["predicate"], "power_capacity");
}

TEST_F(ClaimValuesTest, WithoutAPredicateTheCuesDecideAsForMoney) {
  const CommandResult r =
      Extract(R"j([{"layer": "power"}])j",
              R"j({"id": "mw", "label": "power", "pattern": "{number}\\s*(?P<unit>MW)", "units": {"mw": 1e6}, "unit": "W"}
)j",
              "Microsoft has a 200 MW campus.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json claims = json::parse(r.out)["claims"];
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0]["predicate"], "unknown");  // no cue: never a guess
  EXPECT_EQ(claims[0]["family_kind"], "generic");
  EXPECT_EQ(claims[0]["subject"]["id"], "microsoft");
}

TEST_F(ClaimValuesTest, APredicateOutsideTheVocabularyOrALayerNoStageWritesIsRefused) {
  const std::string rules = R"j({"id": "x", "label": "power", "pattern": "campus"})j";
  CommandResult r = Extract(R"j([{"layer": "power", "predicate": "wattage"}])j", rules, "A campus.");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("predicate \"wattage\" is not in"), std::string::npos) << r.err;
  r = Extract(R"j([{"layer": "heat"}])j", rules, "A campus.");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("reads layer \"heat\", which no earlier stage writes"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace claimex::testing
