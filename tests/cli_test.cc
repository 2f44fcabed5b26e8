// End-to-end tests of the claimex binary: verbs, outputs and exit codes.
#include <filesystem>

#include <gtest/gtest.h>

#include "json_schema.h"
#include "test_util.h"

namespace claimex {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::DocLine;
using testing::ReadFile;
using testing::RunClaimex;
using testing::TempDir;
using testing::WriteFile;

json Schema(const std::string& name) {
  return json::parse(ReadFile(std::string(CLAIMEX_SOURCE_DIR) + "/schemas/" + name + ".schema.json"));
}

void ExpectValid(const std::string& schema, json record) {
  const SchemaErrors errors = ValidateJson(Schema(schema), record, false);
  EXPECT_TRUE(errors.empty()) << schema << ": " << errors.Join() << "\n" << record.dump();
}

TEST(CliTest, RunWithNoArgumentsProcessesTheCorpusIntoClaimsDb) {
  TempDir dir;
  fs::copy(std::string(CLAIMEX_SOURCE_DIR) + "/corpus", dir / "corpus", fs::copy_options::recursive);
  const auto r = RunClaimex("run", dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("documents: 5 read = 5 processed + 0 rejected"), std::string::npos) << r.out;
  ASSERT_TRUE(fs::exists(dir / "claims.db"));
  const auto count = RunClaimex("run --summary s.json", dir.str());  // idempotent second run
  EXPECT_EQ(count.exit_code, 0) << count.err;
  ExpectValid("summary", json::parse(ReadFile(dir / "s.json")));
}

// Two French reports of one funding round that cannot both be right.
std::string DisagreeingDocuments() {
  return nlohmann::json{{"id", "a"}, {"lang", "fr"}, {"source", "A"}, {"text", "Mistral AI a levé 2 milliards d'euros."}}
             .dump() +
         "\n" +
         nlohmann::json{{"id", "b"}, {"lang", "fr"}, {"source", "B"}, {"text", "Mistral AI a levé 5 milliards d'euros."}}
             .dump() +
         "\n";
}

TEST(CliTest, MergeWritesOneValidConflictRecordPerFactAndTheSummaryShowsIt) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", DisagreeingDocuments());
  const auto extracted = RunClaimex("extract -o ann.jsonl in.jsonl", dir.str());
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  const auto merged = RunClaimex("merge ann.jsonl", dir.str());
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  std::vector<json> conflicts;
  for (const auto& line : testing::Lines(merged.out)) {
    const json record = json::parse(line);
    if (record["schema"] == "claimex.conflict/1") conflicts.push_back(record);
    if (record["schema"] == "claimex.cluster/1") ExpectValid("cluster", record);
  }
  ASSERT_EQ(conflicts.size(), 1u) << merged.out;
  ExpectValid("conflict", conflicts[0]);
  EXPECT_EQ(conflicts[0]["clusters"].size(), 2u);
  const auto run = RunClaimex("run --sink jsonl:out.jsonl in.jsonl", dir.str());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("mistral funding: 2 billion EUR (1 sources) vs 5 billion EUR (1 sources)"),
            std::string::npos)
      << run.out;
}

TEST(CliTest, ExtractWritesOneValidAnnotationsRecordPerDocument) {
  TempDir dir;
  const auto r = RunClaimex("extract --threads 2 " CLAIMEX_SOURCE_DIR "/corpus/seeds.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = testing::Lines(r.out);
  ASSERT_EQ(lines.size(), 5u);
  for (const auto& line : lines) ExpectValid("annotations", json::parse(line));
  EXPECT_EQ(json::parse(lines[1])["source"], "VTC News");
}

TEST(CliTest, ProfilePrintsEveryStageToStderr) {
  TempDir dir;
  const auto r = RunClaimex("extract --profile -o out.jsonl " CLAIMEX_SOURCE_DIR "/corpus/seeds.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* step : {"normalize", "fingerprint", "numerals", "money", "gpu_count", "entities", "claims",
                           "decode", "render", "consume", "MB/s alone"}) {
    EXPECT_NE(r.err.find(step), std::string::npos) << step << "\n" << r.err;
  }
  EXPECT_NE(r.err.find("claims                 57 mentions"), std::string::npos) << r.err;
}

TEST(CliTest, DocumentLimitsPastThirtyTwoBitOffsetsAreUsageErrors) {
  TempDir dir;
  EXPECT_EQ(RunClaimex("extract --max-doc-bytes 5000000000 in.jsonl", dir.str()).exit_code, 2);
  EXPECT_EQ(RunClaimex("extract --max-mentions 0 in.jsonl", dir.str()).exit_code, 2);
}

TEST(CliTest, ExtractReadsStandardInput) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", DocLine("x", "Some text."));
  const auto r = RunClaimex("extract -", dir.str(), dir / "in.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["id"], "x");
}

TEST(CliTest, RejectsGiveExitCode5AndValidRecords) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", DocLine("a", "ok") + "{broken\n" + R"({"id":"b"})" "\n" + DocLine("c", "ok"));
  const auto r = RunClaimex("extract --rejects rejects.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_EQ(testing::Lines(r.out).size(), 2u);
  const auto rejects = testing::Lines(ReadFile(dir / "rejects.jsonl"));
  ASSERT_EQ(rejects.size(), 2u);
  for (const auto& line : rejects) ExpectValid("reject", json::parse(line));
  EXPECT_EQ(json::parse(rejects[0])["line"], 2);
  EXPECT_EQ(json::parse(rejects[1])["id"], "b");
}

TEST(CliTest, RejectsArePrintedToStderrByDefault) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", DocLine("a", "ok") + "{broken\n");
  const auto r = RunClaimex("run --sink sqlite:out.db in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 5);
  EXPECT_NE(r.err.find("in.jsonl:2: reader: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("documents: 2 read = 1 processed + 1 rejected"), std::string::npos) << r.out;
}

TEST(CliTest, ExitCodes) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", DocLine("a", "ok"));
  WriteFile(dir / "bad.json", R"({"stages": [{"plugin": "normalize", "options": {"nope": 1}}]})");
  EXPECT_EQ(RunClaimex("frobnicate", dir.str()).exit_code, 2);
  EXPECT_EQ(RunClaimex("extract --threads x in.jsonl", dir.str()).exit_code, 2);
  EXPECT_EQ(RunClaimex("extract --pipeline bad.json in.jsonl", dir.str()).exit_code, 3);
  EXPECT_EQ(RunClaimex("extract --pipeline missing.json in.jsonl", dir.str()).exit_code, 3);
  EXPECT_EQ(RunClaimex("extract missing.jsonl", dir.str()).exit_code, 4);
  EXPECT_EQ(RunClaimex("run --sink sqlite:/no/such/dir/x.db in.jsonl", dir.str()).exit_code, 6);
  EXPECT_EQ(RunClaimex("run", dir.str()).exit_code, 4);  // no ./corpus here
  EXPECT_EQ(RunClaimex("--help", dir.str()).exit_code, 0);
  EXPECT_EQ(RunClaimex("run --help", dir.str()).exit_code, 0);
}

TEST(CliTest, RunToJsonlOnStdoutKeepsTheSummaryOnStderr) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", DocLine("a", "ok"));
  const auto r = RunClaimex("run --sink - in.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(json::parse(r.out)["id"], "a");
  EXPECT_NE(r.err.find("1 processed"), std::string::npos);
}

TEST(CliTest, PluginsListsOptionsAndBrokenPlugins) {
  TempDir dir;
  const auto r = RunClaimex("plugins --plugin-path " CLAIMEX_TEST_PLUGIN_DIR, dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("normalize 1.0.0 (stage)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sentence_locale"), std::string::npos);
  EXPECT_NE(r.out.find("default \"en@ss=standard\""), std::string::npos);
  EXPECT_NE(r.out.find("sqlite 2.0.0 (sink)"), std::string::npos);
  EXPECT_NE(r.out.find("broken:"), std::string::npos);
  EXPECT_NE(r.out.find("bad_abi: "), std::string::npos);

  const auto one = RunClaimex("plugins --json marker --plugin-path " CLAIMEX_TEST_PLUGIN_DIR, dir.str());
  ASSERT_EQ(one.exit_code, 0);
  const json listed = json::parse(one.out);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["kind"], "stage");
  EXPECT_EQ(listed[0]["options_schema"]["properties"]["word"]["type"], "string");
  EXPECT_EQ(RunClaimex("plugins nope", dir.str()).exit_code, 3);
}

TEST(CliTest, CheckValidatesWithoutRunning) {
  TempDir dir;
  WriteFile(dir / "ctor.json", R"({"stages": [{"plugin": "throwing_ctor"}]})");
  const auto ok = RunClaimex("check " CLAIMEX_SOURCE_DIR "/pipelines/default.json", dir.str());
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("stage     normalize"), std::string::npos);
  const auto bad = RunClaimex("check --plugin-path " CLAIMEX_TEST_PLUGIN_DIR " ctor.json", dir.str());
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("threw: cannot start"), std::string::npos) << bad.err;
  EXPECT_FALSE(fs::exists(dir / "claims.db"));
}

TEST(CliTest, PluginPathFromEnvironment) {
  TempDir dir;
  const std::string args = "plugins marker";
  EXPECT_EQ(RunClaimex(args, dir.str()).exit_code, 3);
  const std::string with_env = "env CLAIMEX_PLUGIN_PATH=" CLAIMEX_TEST_PLUGIN_DIR " " CLAIMEX_BINARY " " + args;
  EXPECT_EQ(std::system(("cd " + dir.str() + " && " + with_env + " >/dev/null").c_str()), 0);
}

}  // namespace
}  // namespace claimex
