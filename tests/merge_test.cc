// Claim clusters: the merge's algebra (property tests over random splits and
// orders), the seed expectations, and incremental SQLite runs.
#include "clusters.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "json_schema.h"
#include "test_util.h"

namespace claimex {
namespace {

using nlohmann::json;

std::string Dump(const std::vector<json>& clusters) {
  std::string out;
  for (const auto& c : clusters) out += c.dump() + "\n";
  return out;
}

// The annotations records of the seeds, from the real pipeline.
const std::vector<json>& SeedRecords() {
  static const std::vector<json> records = [] {
    testing::TempDir dir;
    const auto r = testing::RunClaimex("extract " CLAIMEX_SOURCE_DIR "/corpus/seeds.jsonl", dir.str());
    std::vector<json> out;
    for (const auto& line : testing::Lines(r.out)) out.push_back(json::parse(line));
    return out;
  }();
  return records;
}

// Claim records, one per claim, as the SQLite sink stores them.
std::vector<json> ClaimRecords() {
  std::vector<json> out;
  for (const auto& record : SeedRecords()) {
    for (json claim : record["claims"]) {
      claim["schema"] = "claimex.claim/1";
      claim["doc"] = record["id"];
      out.push_back(std::move(claim));
    }
  }
  return out;
}

std::vector<json> MergeAll(const std::vector<json>& records) {
  ClusterSet set;
  for (const auto& r : records) EXPECT_TRUE(set.Add(r).ok());
  return set.Clusters();
}

TEST(MergeTest, AnyGroupingOrderOrRepetitionGivesTheSameBytes) {
  const std::vector<json> claims = ClaimRecords();
  const std::string expected = Dump(MergeAll(claims));
  ASSERT_FALSE(expected.empty());
  std::mt19937 rng(20250131);
  for (int trial = 0; trial < 60; ++trial) {
    std::vector<json> shuffled = claims;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    // Split into shards (some claims in two shards), merge each, then merge
    // the partial outputs in a random tree.
    const int shards = 1 + static_cast<int>(rng() % 6);
    std::vector<std::vector<json>> parts(shards);
    for (const auto& c : shuffled) {
      parts[rng() % shards].push_back(c);
      if (rng() % 5 == 0) parts[rng() % shards].push_back(c);
    }
    std::vector<std::vector<json>> partials;
    for (const auto& part : parts) partials.push_back(MergeAll(part));
    if (rng() % 2) partials.push_back(partials.front());  // the same shard twice
    while (partials.size() > 1) {
      std::shuffle(partials.begin(), partials.end(), rng);
      std::vector<json> joined = partials.back();
      partials.pop_back();
      const auto& other = partials.back();
      joined.insert(joined.end(), other.begin(), other.end());
      partials.back() = MergeAll(joined);
    }
    ASSERT_EQ(Dump(partials.front()), expected) << "trial " << trial;
  }
  // Idempotent, and annotations records give the same result as claim records.
  EXPECT_EQ(Dump(MergeAll(MergeAll(claims))), expected);
  EXPECT_EQ(Dump(MergeAll(SeedRecords())), expected);
}

const json* Find(const std::vector<json>& clusters, const std::string& subject, const std::string& predicate,
                 double amount, const json& model = json()) {
  for (const auto& c : clusters) {
    if (c["slot"]["subject"] == subject && c["slot"]["predicate"] == predicate && c["slot"]["model"] == model &&
        c["value"]["amount"] == amount) {
      return &c;
    }
  }
  return nullptr;
}

TEST(MergeTest, SeedExpectations) {
  const auto clusters = MergeAll(SeedRecords());
  const json schema = json::parse(testing::ReadFile(CLAIMEX_SOURCE_DIR "/schemas/cluster.schema.json"));
  for (json c : clusters) EXPECT_TRUE(ValidateJson(schema, c, false).empty()) << ValidateJson(schema, c, false).Join();

  // Training cost: "$5.576 million", "almost $5.6 million" and "$6 million"
  // agree; the "$5 million" headline is a conflict, kept apart.
  const json* training = Find(clusters, "deepseek", "training_cost", 5.576e6);
  ASSERT_NE(training, nullptr);
  EXPECT_GE((*training)["documents"].get<int>(), 4);
  std::set<double> amounts;
  for (const auto& m : (*training)["members"]) amounts.insert(m["amount"].get<double>());
  EXPECT_EQ(amounts, (std::set<double>{5.576e6, 5.6e6, 6e6}));
  ASSERT_EQ((*training)["conflicts"].size(), 1u);
  EXPECT_EQ((*training)["conflicts"][0]["amount"], 5e6);

  // "$1,6 billion" and "$1.6 billion" are one value.
  const json* hardware = Find(clusters, "deepseek", "hardware_spend", 1.6e9);
  ASSERT_NE(hardware, nullptr);
  EXPECT_GE((*hardware)["documents"].get<int>(), 3);
  EXPECT_EQ((*hardware)["attributions"], json::array({"semianalysis"}));
  // "over $500 million" stays a bound of its own, consistent with $1.6 billion.
  const json* over = Find(clusters, "deepseek", "hardware_spend", 5e8);
  ASSERT_NE(over, nullptr);
  EXPECT_EQ((*over)["value"]["bound"], "over");
  EXPECT_TRUE((*over)["conflicts"].empty());

  ASSERT_NE(Find(clusters, "deepseek", "operating_cost", 9.44e8), nullptr);
  for (const char* model : {"H800", "H100", "A100"}) {
    EXPECT_NE(Find(clusters, "deepseek", "gpu_count", 10000, model), nullptr) << model;
  }
  EXPECT_GE((*Find(clusters, "deepseek", "gpu_count", 50000, "Hopper"))["documents"].get<int>(), 3);

  // Nvidia: "$589 billion" and "up to $600 billion" are consistent (a bound),
  // so neither reports the other as a conflict.
  const json* exact = Find(clusters, "nvidia", "market_cap_change", 5.89e11);
  const json* upto = Find(clusters, "nvidia", "market_cap_change", 6e11);
  ASSERT_NE(exact, nullptr);
  ASSERT_NE(upto, nullptr);
  EXPECT_EQ((*upto)["value"]["bound"], "at_most");
  for (const auto& c : (*exact)["conflicts"]) EXPECT_NE(c["key"], (*upto)["key"]);
}

TEST(MergeTest, BadRecordsAreRefused) {
  ClusterSet set;
  EXPECT_FALSE(set.Add(json::array()).ok());
  EXPECT_FALSE(set.Add({{"schema", "claimex.claim/1"}, {"doc", "d"}, {"start", 0}, {"end", 1}}).ok());
  EXPECT_FALSE(set.Add({{"schema", "claimex.cluster/1"}, {"members", {{{"doc", "d"}}}}}).ok());
}

TEST(MergeTest, CliMergesItsOwnOutputAndRejectsBadLines) {
  testing::TempDir dir;
  std::string claims;
  for (const auto& c : ClaimRecords()) claims += c.dump() + "\n";
  testing::WriteFile(dir / "claims.jsonl", claims + "{not json\n");
  const auto first = testing::RunClaimex("merge --rejects rejects.jsonl -o clusters.jsonl claims.jsonl", dir.str());
  EXPECT_EQ(first.exit_code, 5) << first.err;
  EXPECT_EQ(testing::Lines(testing::ReadFile(dir / "rejects.jsonl")).size(), 1u);
  const auto again = testing::RunClaimex("merge clusters.jsonl clusters.jsonl", dir.str());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, testing::ReadFile(dir / "clusters.jsonl"));
}

std::string ClusterTable(const std::string& db_path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, "SELECT record FROM clusters ORDER BY cluster_key", -1, &stmt, nullptr), SQLITE_OK);
  std::string out;
  while (sqlite3_step(stmt) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)) + std::string("\n");
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

TEST(MergeTest, IncrementalRunsEqualOneRunOverEverything) {
  testing::TempDir dir;
  const auto lines = testing::Lines(testing::ReadFile(CLAIMEX_SOURCE_DIR "/corpus/seeds.jsonl"));
  std::string first_four, last;
  for (std::size_t i = 0; i < lines.size(); ++i) (i + 1 < lines.size() ? first_four : last) += lines[i] + "\n";
  testing::WriteFile(dir / "a.jsonl", first_four);
  testing::WriteFile(dir / "b.jsonl", last);
  ASSERT_EQ(testing::RunClaimex("run --sink sqlite:inc.db a.jsonl", dir.str()).exit_code, 0);
  ASSERT_EQ(testing::RunClaimex("run --sink sqlite:inc.db b.jsonl", dir.str()).exit_code, 0);
  ASSERT_EQ(testing::RunClaimex("run --sink sqlite:all.db a.jsonl b.jsonl", dir.str()).exit_code, 0);
  const std::string incremental = ClusterTable(dir / "inc.db");
  EXPECT_FALSE(incremental.empty());
  EXPECT_EQ(incremental, ClusterTable(dir / "all.db"));
  // And the run's summary shows them.
  const auto r = testing::RunClaimex("run --sink sqlite:all.db a.jsonl b.jsonl", dir.str());
  EXPECT_NE(r.out.find("top claim clusters:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("conflicts ("), std::string::npos) << r.out;
}

}  // namespace
}  // namespace claimex
