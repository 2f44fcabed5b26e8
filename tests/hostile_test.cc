// Hostile input, end to end through the claimex binary (Release build only,
// label "hostile"): each case ends in a clear reject or a correct result,
// every input line is accounted for (read = processed + rejected), and peak
// memory stays under a bound. Time is bounded by the test's CTest timeout,
// not asserted.
#include <sys/resource.h>

#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace claimex {
namespace {

using testing::DocLine;
using testing::Lines;
using testing::ReadFile;
using testing::RunClaimex;
using testing::TempDir;
using testing::WriteFile;
using json = nlohmann::json;

// Peak resident memory of the largest child this test process has waited
// for, in MB. Each test runs in its own process under CTest.
double PeakChildRssMb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024.0;
}

struct Outcome {
  int exit_code = -1;
  std::vector<json> records;  // annotations records
  std::vector<json> rejects;
  std::string err;
};

Outcome Extract(const TempDir& dir, const std::string& input, const std::string& options = "") {
  const auto r = RunClaimex("extract --threads 2 " + options + " -o '" + dir / "out.jsonl" + "' --rejects '" +
                                dir / "rejects.jsonl" + "' '" + input + "'",
                            dir.str());
  Outcome o;
  o.exit_code = r.exit_code;
  o.err = r.err;
  for (const auto& line : Lines(ReadFile(dir / "out.jsonl"))) o.records.push_back(json::parse(line));
  for (const auto& line : Lines(ReadFile(dir / "rejects.jsonl"))) o.rejects.push_back(json::parse(line));
  return o;
}

const std::string kProse =
    "Analysts have questioned the efficiency of the training methods in recent weeks, and investors "
    "are watching the pace of open-source releases closely. ";

TEST(HostileTest, HundredMegabyteDocument) {
  TempDir dir;
  std::string text;
  text.reserve(100u << 20);
  while (text.size() < (100u << 20)) text += kProse;
  text += "Fine print: the café spent $5.6 million on training.";
  {
    std::ofstream out(dir / "big.jsonl", std::ios::binary);
    out << DocLine("big", text);
  }
  // Over the default limit (16 MiB): one clear reject, nothing else.
  Outcome refused = Extract(dir, dir / "big.jsonl");
  EXPECT_EQ(refused.exit_code, 5);
  ASSERT_EQ(refused.rejects.size(), 1u);
  EXPECT_TRUE(refused.records.empty());
  EXPECT_NE(refused.rejects[0]["error"].get<std::string>().find("--max-doc-bytes"), std::string::npos)
      << refused.rejects[0].dump();

  // Allowed: processed, and the amount at the very end is found where it is,
  // in code points ("é" is one code point, two bytes).
  Outcome done = Extract(dir, dir / "big.jsonl", "--max-doc-bytes 120000000");
  ASSERT_EQ(done.exit_code, 0) << done.err;
  ASSERT_EQ(done.records.size(), 1u);
  const auto& money = done.records[0]["money"];
  ASSERT_EQ(money.size(), 1u);
  EXPECT_DOUBLE_EQ(money[0]["value"].get<double>(), 5.6e6);
  const std::size_t expected_start = text.size() - std::string("$5.6 million on training.").size() - 1;
  EXPECT_EQ(money[0]["start"].get<std::size_t>(), expected_start);
  EXPECT_LT(PeakChildRssMb(), 1500);
}

TEST(HostileTest, MillionTinyDocuments) {
  TempDir dir;
  {
    std::ofstream out(dir / "tiny.jsonl", std::ios::binary);
    for (int i = 0; i < 1000000; ++i) out << "{\"id\":\"d" << i << "\",\"text\":\"$" << i % 97 + 1 << " million\"}\n";
  }
  const auto r = RunClaimex("extract --threads 2 -o '" + dir / "out.jsonl" + "' '" + dir / "tiny.jsonl" + "'", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream out(dir / "out.jsonl");
  std::size_t records = 0;
  std::string line, last;
  while (std::getline(out, line)) {
    ++records;
    last.swap(line);
  }
  ASSERT_EQ(records, 1000000u);
  const json record = json::parse(last);
  EXPECT_EQ(record["id"], "d999999");
  EXPECT_DOUBLE_EQ(record["money"][0]["value"].get<double>(), (999999 % 97 + 1) * 1e6);
  // Memory does not grow with the number of documents.
  EXPECT_LT(PeakChildRssMb(), 200);
}

// The claims of `documents` one-line documents, one subject, one specific
// predicate, each a different value: one fact whose clusters all disagree.
// Conflicts are one record per fact, so memory grows with the clusters, not
// with their pairs (pairwise lists took 5.6 GB at 2,000 and crashed at 4,000).
void MergeOneFactOfDistinctValues(int documents) {
  TempDir dir;
  {
    std::ofstream out(dir / "claims.jsonl", std::ios::binary);
    for (int i = 0; i < documents; ++i) {
      std::string doc = "d";  // (appended: GCC 12 warns falsely on "d" + s)
      doc += std::to_string(i);
      const json claim = {
          {"schema", "claimex.claim/1"}, {"doc", doc}, {"text", "$"}, {"start", 0}, {"end", 10},
          {"subject", {{"id", "deepseek"}, {"type", "org"}, {"text", "DeepSeek"}, {"via", "name"}}},
          {"predicate", "training_cost"}, {"family", "training_cost"}, {"family_kind", "specific"},
          {"value", {{"type", "money"}, {"amount", 1e6 + 2 * i}, {"currency", "USD"}, {"bound", "exact"},
                     {"precision", 0.5}}},
          {"qualifiers", {{"model", nullptr}, {"scope", nullptr}, {"period", nullptr}, {"per", nullptr}}},
          {"attribution", nullptr}, {"hedge", nullptr},
          {"evidence", {{"doc", doc}, {"source", doc}, {"published", nullptr},
                        {"sentence", "DeepSeek spent $" + std::to_string(1000000 + 2 * i) + " on training."}}}};
      out << claim.dump() << '\n';
    }
  }
  const auto r = RunClaimex("merge -o '" + dir / "out.jsonl" + "' '" + dir / "claims.jsonl" + "'", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t clusters = 0, conflicts = 0, listed = 0;
  for (const auto& line : Lines(ReadFile(dir / "out.jsonl"))) {
    const json record = json::parse(line);
    if (record["schema"] == "claimex.cluster/1") {
      ++clusters;
      EXPECT_EQ(record["conflicts"].size(), 1u);
    } else if (record["schema"] == "claimex.conflict/1") {
      ++conflicts;
      listed = record["clusters"].size();
    }
  }
  EXPECT_EQ(clusters, static_cast<std::size_t>(documents));
  EXPECT_EQ(conflicts, 1u);
  EXPECT_EQ(listed, static_cast<std::size_t>(documents));
  std::fprintf(stderr, "merge of %d distinct values: peak RSS %.0f MB\n", documents, PeakChildRssMb());
}

TEST(HostileTest, TwoThousandDisagreeingClaimsOfOneFact) {
  MergeOneFactOfDistinctValues(2000);
  EXPECT_LT(PeakChildRssMb(), 200);
}

TEST(HostileTest, FourThousandDisagreeingClaimsOfOneFact) {
  MergeOneFactOfDistinctValues(4000);
  EXPECT_LT(PeakChildRssMb(), 200);
}

TEST(HostileTest, TenMegabyteLastLineWithoutNewline) {
  TempDir dir;
  std::string text;
  while (text.size() < (10u << 20)) text += kProse;
  text += "DeepSeek spent $6 million.";
  std::string line = DocLine("last", text);
  line.pop_back();  // no newline at the end of the file
  WriteFile(dir / "in.jsonl", DocLine("first", "Nvidia lost $589 billion.") + line);
  Outcome o = Extract(dir, dir / "in.jsonl");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  ASSERT_EQ(o.records.size(), 2u);
  EXPECT_EQ(o.records[1]["id"], "last");
  ASSERT_EQ(o.records[1]["money"].size(), 1u);
  EXPECT_DOUBLE_EQ(o.records[1]["money"][0]["value"].get<double>(), 6e6);
}

TEST(HostileTest, NulBytes) {
  TempDir dir;
  std::string raw = "{\"id\":\"raw\",\"text\":\"a";
  raw += '\0';
  raw += "b $5 million\"}\n";
  WriteFile(dir / "in.jsonl", raw + "{\"id\":\"escaped\",\"text\":\"a\\u0000b $5 million\"}\n");
  Outcome o = Extract(dir, dir / "in.jsonl");
  EXPECT_EQ(o.exit_code, 5);
  ASSERT_EQ(o.rejects.size(), 1u);  // a raw NUL is not JSON
  EXPECT_EQ(o.rejects[0]["line"], 1);
  ASSERT_EQ(o.records.size(), 1u);  // an escaped one is text
  EXPECT_EQ(o.records[0]["money"][0]["value"], 5e6);
  EXPECT_EQ(o.records[0]["money"][0]["start"], 4);
}

TEST(HostileTest, InvalidOverlongAndSurrogateUtf8) {
  TempDir dir;
  const char* bad[] = {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "ab\xE2\x82", "\xFF", "\x80"};
  std::string input;
  for (const char* b : bad) input += std::string("{\"id\":\"x\",\"text\":\"") + b + "\"}\n";
  input += DocLine("good", "\xF0\x9F\x98\x80 $1 billion");
  WriteFile(dir / "in.jsonl", input);
  Outcome o = Extract(dir, dir / "in.jsonl");
  EXPECT_EQ(o.exit_code, 5);
  ASSERT_EQ(o.rejects.size(), std::size(bad));
  for (std::size_t i = 0; i < std::size(bad); ++i) {
    EXPECT_EQ(o.rejects[i]["line"], i + 1);
    EXPECT_NE(o.rejects[i]["error"].get<std::string>().find("invalid UTF-8 at byte"), std::string::npos);
  }
  ASSERT_EQ(o.records.size(), 1u);
  EXPECT_EQ(o.records[0]["money"][0]["start"], 2);  // the emoji is one code point
}

TEST(HostileTest, LoneSurrogateEscapes) {
  TempDir dir;
  WriteFile(dir / "in.jsonl",
            "{\"id\":\"hi\",\"text\":\"a \\ud800 b\"}\n{\"id\":\"lo\",\"text\":\"\\udc00\"}\n"
            "{\"id\":\"pair\",\"text\":\"\\ud83d\\ude00 $2 million\"}\n");
  Outcome o = Extract(dir, dir / "in.jsonl");
  EXPECT_EQ(o.exit_code, 5);
  ASSERT_EQ(o.rejects.size(), 2u);
  EXPECT_NE(o.rejects[0]["error"].get<std::string>().find("surrogate"), std::string::npos);
  ASSERT_EQ(o.records.size(), 1u);
  EXPECT_EQ(o.records[0]["money"][0]["value"], 2e6);
}

TEST(HostileTest, DeeplyNestedJson) {
  TempDir dir;
  const std::size_t depth = 1000000;
  WriteFile(dir / "in.jsonl", "{\"id\":\"n\",\"text\":\"t\",\"title\":" + std::string(depth, '[') +
                                  std::string(depth, ']') + "}\n" + std::string(depth, '[') + "\n" +
                                  std::string(depth, '{') + "\n" + DocLine("ok", "$3 million"));
  Outcome o = Extract(dir, dir / "in.jsonl", "--max-doc-bytes 4000000");
  EXPECT_EQ(o.exit_code, 5) << o.err;
  ASSERT_EQ(o.rejects.size(), 3u);
  EXPECT_NE(o.rejects[0]["error"].get<std::string>().find("\"title\" must be a string"), std::string::npos);
  ASSERT_EQ(o.records.size(), 1u);
  EXPECT_LT(PeakChildRssMb(), 1000);
}

TEST(HostileTest, FiveHundredDigitNumbers) {
  TempDir dir;
  const std::string nines(500, '9');
  WriteFile(dir / "in.jsonl", DocLine("d", "It spent $" + nines + " billion, then $" + nines + " and $4 million."));
  Outcome o = Extract(dir, dir / "in.jsonl");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  ASSERT_EQ(o.records.size(), 1u);
  // Too large for a double: left out, never written as null or infinity.
  const auto& money = o.records[0]["money"];
  ASSERT_EQ(money.size(), 1u);
  EXPECT_EQ(money[0]["value"], 4e6);
  for (const auto& n : o.records[0]["numbers"]) EXPECT_TRUE(n["value"].is_number()) << n.dump();
}

TEST(HostileTest, CommaOneRuns) {
  TempDir dir;
  std::string run = "1";
  while (run.size() < (1u << 20)) run += ",1";
  WriteFile(dir / "in.jsonl", DocLine("ones", "Counts: " + run + ". Then DeepSeek spent $7 million."));
  Outcome o = Extract(dir, dir / "in.jsonl");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  ASSERT_EQ(o.records.size(), 1u);
  // A run of single digits split by commas is no numeral in any convention;
  // the amount after it is still found.
  ASSERT_EQ(o.records[0]["money"].size(), 1u);
  EXPECT_EQ(o.records[0]["money"][0]["value"], 7e6);
}

TEST(HostileTest, HundredThousandMentions) {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 100000; ++i) {
    text += "DeepSeek spent $" + std::to_string(i % 900 + 1) + " million on " + std::to_string(i % 50 + 1) +
            ",000 H800 GPUs. ";
  }
  WriteFile(dir / "in.jsonl", DocLine("many", text));
  // Past the per-document annotation limit: a clear reject naming the limit.
  Outcome refused = Extract(dir, dir / "in.jsonl");
  EXPECT_EQ(refused.exit_code, 5);
  ASSERT_EQ(refused.rejects.size(), 1u);
  EXPECT_NE(refused.rejects[0]["error"].get<std::string>().find("--max-mentions"), std::string::npos);
  // Raised: every mention, and a claim for each value.
  Outcome done = Extract(dir, dir / "in.jsonl", "--max-mentions 2000000");
  ASSERT_EQ(done.exit_code, 0) << done.err;
  ASSERT_EQ(done.records.size(), 1u);
  EXPECT_EQ(done.records[0]["money"].size(), 100000u);
  EXPECT_EQ(done.records[0]["gpu_counts"].size(), 100000u);
  EXPECT_EQ(done.records[0]["claims"].size(), 200000u);
  EXPECT_EQ(done.records[0]["claims"][99999]["subject"]["id"], "deepseek");
  EXPECT_LT(PeakChildRssMb(), 2000);
}

TEST(HostileTest, MillionNameGazetteer) {
  TempDir dir;
  {
    std::ofstream out(dir / "gazetteer.jsonl", std::ios::binary);
    for (int i = 0; i < 1000000; ++i) {
      out << "{\"id\":\"org-" << i << "\",\"type\":\"org\",\"names\":[\"Quantexa " << i << " Holdings\"]}\n";
    }
  }
  json pipeline = json::parse(ReadFile(std::string(CLAIMEX_SOURCE_DIR) + "/pipelines/default.json"));
  for (auto& stage : pipeline["stages"]) {
    if (stage["plugin"] == "entities") stage["options"] = {{"extra_gazetteers", {dir / "gazetteer.jsonl"}}};
  }
  WriteFile(dir / "pipeline.json", pipeline.dump());
  WriteFile(dir / "in.jsonl", DocLine("g", "Quantexa 777777 Holdings spent $5 million on 2,048 GPUs."));
  Outcome o = Extract(dir, dir / "in.jsonl", "--pipeline '" + dir / "pipeline.json" + "'");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  ASSERT_EQ(o.records.size(), 1u);
  EXPECT_EQ(o.records[0]["entities"][0]["id"], "org-777777");
  EXPECT_EQ(o.records[0]["claims"][0]["subject"]["id"], "org-777777");
  EXPECT_LT(PeakChildRssMb(), 1000);
}

}  // namespace
}  // namespace claimex
