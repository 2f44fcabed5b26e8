// The gazetteer matcher, and claims assembled end to end by the plugins.

#include <sqlite3.h>

#include <gtest/gtest.h>

#include "gazetteer.h"
#include "json_schema.h"
#include "default_pipeline_fixture.h"
#include "records.h"
#include "test_util.h"

namespace claimex {
namespace {

using nlohmann::json;

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gazetteer_.Add({"nvidia", "org", "", ""}, {"Nvidia", "NVIDIA", "英伟达"});
    gazetteer_.Add({"H100", "accelerator", "", ""}, {"Nvidia H100", "H100"});
    gazetteer_.Add({"meta", "org", "", ""}, {"Meta"});
    gazetteer_.Add({"apple", "org", "", ""}, {"Apple"});
    gazetteer_.Add({"xai", "org", "", ""}, {"xAI"});
  }
  std::vector<std::string> Find(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : gazetteer_.FindAll(text)) {
      out.push_back(text.substr(m.begin, m.end - m.begin) + "=" + gazetteer_.entities()[m.entity].id);
    }
    return out;
  }
  entities::Gazetteer gazetteer_;
};

using V = std::vector<std::string>;

TEST_F(GazetteerTest, CaseAndPossessives) {
  EXPECT_EQ(Find("NVIDIA and Nvidia’s and Nvidia's chips"), (V{"NVIDIA=nvidia", "Nvidia=nvidia", "Nvidia=nvidia"}));
  EXPECT_EQ(Find("xAI and XAI"), (V{"xAI=xai", "XAI=xai"}));
}

TEST_F(GazetteerTest, WordBoundariesAndCapitals) {
  EXPECT_EQ(Find("metadata about Meta, metaverse"), V{"Meta=meta"});
  EXPECT_EQ(Find("an apple a day; Apple sells"), V{"Apple=apple"});
  EXPECT_EQ(Find("Nvidiaesque"), V{});
  // A name starts a word: not after a letter or digit, ASCII or not.
  EXPECT_EQ(Find("superMeta 3Meta éMeta é-Meta"), V{"Meta=meta"});
}

TEST_F(GazetteerTest, LongestNameWins) {
  EXPECT_EQ(Find("the Nvidia H100 and the H100s? no: H100."), (V{"Nvidia H100=H100", "H100=H100"}));
  EXPECT_EQ(Find("Nvidia shipped"), V{"Nvidia=nvidia"});
}

// Words of ASCII letters and digits are looked up whole before the trie
// walk: a first word that is not a name's first word is skipped, but only
// when the character after it cannot continue a name's first word.
TEST_F(GazetteerTest, FirstWordsOfAnyLengthAndWhatFollowsThem) {
  gazetteer_.Add({"ak", "org", "", ""}, {"AK Steel"});
  gazetteer_.Add({"ze", "org", "", ""}, {"Zé Capital"});
  gazetteer_.Add({"musk", "person", "", ""}, {"Musk"});
  gazetteer_.Add({"ab", "org", "", ""}, {"AllianceBernstein", "DeepMind7", "Counterpoint"});
  // The Kelvin sign folds to "k" and the long s to "s": "ak", "musk".
  EXPECT_EQ(Find("A\u212A Steel, Mu\u017Fk"), (V{"A\u212A Steel=ak", "Mu\u017Fk=musk"}));
  EXPECT_EQ(Find("Zé Capital, ZÉ CAPITAL, Ze Capital"), (V{"Zé Capital=ze", "ZÉ CAPITAL=ze"}));
  EXPECT_EQ(Find("ALLIANCEBERNSTEIN AllianceBernsteix DeepMind7 DeepMind8 COUNTERPOINT Counterpoints"),
            (V{"ALLIANCEBERNSTEIN=ab", "DeepMind7=ab", "COUNTERPOINT=ab"}));
  EXPECT_EQ(Find("Meta"), V{"Meta=meta"});
  EXPECT_EQ(Find("x H100"), V{"H100=H100"});
}

// A word starting with a lower-case ASCII letter is looked up among the
// first words of the names that need no capital only; a character beyond
// ASCII among the names' first characters before any walk.
TEST_F(GazetteerTest, LowerCaseWordsAndFirstCharactersBeyondAscii) {
  gazetteer_.Add({"verge", "media", "", ""}, {"The Verge"});
  gazetteer_.Add({"the-x", "org", "", ""}, {"the x"});
  gazetteer_.Add({"dmatrix", "org", "", ""}, {"d-Matrix"});
  gazetteer_.Add({"dang", "person", "", ""}, {"Đặng Văn Lâm"});
  gazetteer_.Add({"eu", "org", "", ""}, {"Ủy ban"});
  EXPECT_EQ(Find("the Verge, The Verge, THE VERGE"), (V{"The Verge=verge", "THE VERGE=verge"}));
  EXPECT_EQ(Find("the x, The X"), (V{"the x=the-x", "The X=the-x"}));
  EXPECT_EQ(Find("d-Matrix, D-MATRIX"), (V{"d-Matrix=dmatrix", "D-MATRIX=dmatrix"}));
  EXPECT_EQ(Find("ông Đặng Văn Lâm, đặng văn lâm, ĐẶNG VĂN LÂM"), (V{"Đặng Văn Lâm=dang", "ĐẶNG VĂN LÂM=dang"}));
  EXPECT_EQ(Find("Ủy ban, Uỷ ban, ủy ban"), V{"Ủy ban=eu"});
}

TEST_F(GazetteerTest, NamesInOtherScripts) {
  EXPECT_EQ(Find("据报道英伟达市值下跌"), V{"英伟达=nvidia"});
}

TEST_F(GazetteerTest, BadFilesNameTheLine) {
  testing::TempDir dir;
  testing::WriteFile(dir / "g.jsonl", R"({"id":"a","type":"org","names":["A"]})" "\n" R"({"id":"b","names":["B"]})" "\n");
  try {
    gazetteer_.LoadJsonl(dir / "g.jsonl");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("g.jsonl:2: \"type\""), std::string::npos) << e.what();
  }
}

// Found by the loaders fuzzer (fuzz/regressions/loaders_fuzzer/): a
// category that is not a string escaped as a JSON type error.
TEST_F(GazetteerTest, NonStringCategoryNamesTheLine) {
  testing::TempDir dir;
  testing::WriteFile(dir / "g.jsonl", R"({"id":"a","type":"org","names":["A"],"category":["x"]})" "\n");
  try {
    gazetteer_.LoadJsonl(dir / "g.jsonl");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("g.jsonl:1: \"category\" must be a string"), std::string::npos) << e.what();
  }
}

TEST_F(GazetteerTest, PartOfNamesTheOwnerAndMustBeAString) {
  testing::TempDir dir;
  testing::WriteFile(dir / "g.jsonl", R"({"id":"jv","type":"org","names":["JV"],"part_of":"parent"})" "\n");
  gazetteer_.LoadJsonl(dir / "g.jsonl");
  EXPECT_EQ(gazetteer_.entities().back().part_of, "parent");
  testing::WriteFile(dir / "bad.jsonl", R"({"id":"jv","type":"org","names":["JV"],"part_of":7})" "\n");
  try {
    gazetteer_.LoadJsonl(dir / "bad.jsonl");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.jsonl:1: \"part_of\" must be a string"), std::string::npos) << e.what();
  }
}

class ClaimsTest : public testing::DefaultPipelineTest {
 protected:
  // "subject predicate value attribution hedge" per claim, from the
  // annotations record.
  std::vector<std::string> Claims(const std::string& text) {
    const Document doc = Run(text);
    const ProcessedDocument view(doc, run_, pipeline_->output_layers());
    const json record = json::parse(view.annotations_json());
    std::vector<std::string> out;
    for (const auto& c : record["claims"]) {
      auto id = [](const json& v) { return v.is_null() ? std::string("null") : v["id"].get<std::string>(); };
      const json& value = c["value"];
      char amount[32];
      std::snprintf(amount, sizeof amount, "%g", value.contains("amount") ? value["amount"].get<double>()
                                                                          : value["count"].get<double>());
      out.push_back(id(c["subject"]) + " " + c["predicate"].get<std::string>() + " " + amount + " " +
                    id(c["attribution"]) + " " + (c["hedge"].is_null() ? "null" : c["hedge"].get<std::string>()));
    }
    return out;
  }
};

TEST_F(ClaimsTest, SubjectIsThePossessorOrTheNearestName) {
  EXPECT_EQ(Claims("SemiAnalysis estimated that DeepSeek's hardware spend is well higher than $500M."),
            V{"deepseek hardware_spend 5e+08 semianalysis estimated"});
  EXPECT_EQ(Claims("Nvidia's market capitalization dropped by $589 billion."),
            V{"nvidia market_cap_change 5.89e+11 null null"});
}

TEST_F(ClaimsTest, VendorsInsideAGpuPhraseAreNotSubjects) {
  EXPECT_EQ(Claims("DeepSeek bought 50,000 Nvidia GPUs while its researchers earned $1.3 million."),
            (V{"deepseek gpu_count 50000 null null", "deepseek compensation 1.3e+06 null null"}));
}

TEST_F(ClaimsTest, AnaphorsAndDocumentFocus) {
  EXPECT_EQ(Claims("DeepSeek grew fast. DeepSeek hires at home. Later the company has invested over $500 million "
                   "in AI. Operating costs are estimated at $944 million."),
            (V{"deepseek investment 5e+08 null null", "deepseek operating_cost 9.44e+08 null estimated"}));
}

TEST_F(ClaimsTest, ACompanySpeakingOfItself) {
  EXPECT_EQ(Claims("DeepSeek said the model's total training costs amounted to almost $5.6 million."),
            V{"deepseek training_cost 5.6e+06 deepseek null"});
}

TEST_F(ClaimsTest, FirstOfACoordinatedPair) {
  EXPECT_EQ(Claims("Chipmakers Nvidia and Broadcom lost a combined $800 billion in market cap."),
            V{"nvidia market_cap_change 8e+11 null null"});
}

TEST_F(ClaimsTest, AttributionForms) {
  EXPECT_EQ(Claims("DeepSeek spent $944 million on operating costs, according to SemiAnalysis."),
            V{"deepseek operating_cost 9.44e+08 semianalysis null"});
  EXPECT_EQ(Claims("A new report from SemiAnalysis came out. The firm estimated that DeepSeek's hardware spend is "
                   "$1.6 billion."),
            V{"deepseek hardware_spend 1.6e+09 semianalysis estimated"});
  EXPECT_EQ(Claims("Per Bernstein, OpenAI raised $6.6B in funding."), V{"openai funding 6.6e+09 bernstein null"});
}

TEST_F(ClaimsTest, UnknownOrganisationsAndPeopleStillCount) {
  EXPECT_EQ(Claims("Acme Robotics Inc. spent $5 million on hardware."), V{"acme-robotics hardware_spend 5e+06 null null"});
  EXPECT_EQ(Claims("Zhongguancun Capital Group invested $20 million, founder Li Wei said."),
            V{"zhongguancun-capital-group investment 2e+07 li-wei null"});
}

TEST_F(ClaimsTest, HedgesAndUnknowns) {
  EXPECT_EQ(Claims("DeepSeek reportedly spent $1.6 billion on hardware."),
            V{"deepseek hardware_spend 1.6e+09 null reportedly"});
  EXPECT_EQ(Claims("Researchers at DeepSeek are said to earn $1.3 million."),
            V{"deepseek compensation 1.3e+06 null said_to"});
  // Nobody named and nothing to go by: no guess.
  EXPECT_EQ(Claims("It was $6 million."), V{"null unknown 6e+06 null null"});
}

TEST(ClaimRecordsTest, OutputsMatchTheSchemas) {
  testing::TempDir dir;
  const std::string root = CLAIMEX_SOURCE_DIR;
  const auto schema = [&](const std::string& name) {
    return json::parse(testing::ReadFile(root + "/schemas/" + name + ".schema.json"));
  };
  const json annotations_schema = schema("annotations"), claim_schema = schema("claim");
  const auto r = testing::RunClaimex("extract " + root + "/corpus/seeds.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t claims = 0;
  for (const auto& line : testing::Lines(r.out)) {
    json record = json::parse(line);
    EXPECT_TRUE(ValidateJson(annotations_schema, record, false).empty())
        << ValidateJson(annotations_schema, record, false).Join();
    for (json claim : record["claims"]) {
      ++claims;
      EXPECT_TRUE(ValidateJson(claim_schema, claim, false).empty()) << ValidateJson(claim_schema, claim, false).Join();
    }
  }
  EXPECT_EQ(claims, 57u);

  ASSERT_EQ(testing::RunClaimex("run --sink sqlite:c.db " + root + "/corpus/seeds.jsonl", dir.str()).exit_code, 0);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir / "c.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT record FROM claims", -1, &stmt, nullptr), SQLITE_OK);
  std::size_t rows = 0;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    ++rows;
    json claim = json::parse(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    EXPECT_EQ(claim["schema"], "claimex.claim/1");
    EXPECT_TRUE(ValidateJson(claim_schema, claim, false).empty()) << ValidateJson(claim_schema, claim, false).Join();
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  EXPECT_EQ(rows, 57u);
}

}  // namespace
}  // namespace claimex
