// Claim clusters: the merge's algebra (property tests over random splits and
// orders), the seed expectations, and incremental SQLite runs.
#include "clusters.h"

#include <algorithm>
#include <map>
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

// A merge's whole output: fingerprint records, then cluster records.
// `memory_budget` 0 makes the merge spill its members from the first one.
std::vector<json> MergeAll(const std::vector<json>& records, std::size_t memory_budget = MemberStore::kDefaultBudget) {
  ClusterSet set(memory_budget);
  for (const auto& r : records) EXPECT_TRUE(set.Add(r).ok()) << r.dump().substr(0, 200);
  std::vector<json> out;
  set.ForEachFingerprint([&](const json& f) { out.push_back(f); });
  EXPECT_TRUE(set.ForEachRecord([&](const json& c) { out.push_back(c); }).ok());
  return out;
}

std::vector<json> OfSchema(const std::vector<json>& merged, const char* schema) {
  std::vector<json> out;
  for (const auto& r : merged) {
    if (r["schema"] == schema) out.push_back(r);
  }
  return out;
}

std::vector<json> ClustersOf(const std::vector<json>& merged) { return OfSchema(merged, kClusterSchema); }
std::vector<json> ConflictsOf(const std::vector<json>& merged) { return OfSchema(merged, kConflictSchema); }

// A claim record as the claims stage writes it; `extra` overrides fields
// ("family", "family_kind", "bound", "precision") and qualifiers ("model",
// "scope", "period", "per", "basis").
json Claim(const std::string& doc, int start, const std::string& subject, const std::string& predicate,
           double amount, const json& extra = json::object()) {
  const bool count = predicate == "gpu_count";
  json value = count ? json{{"type", "count"}, {"count", amount}, {"unit", "gpu"}}
                     : json{{"type", "money"}, {"amount", amount}, {"currency", "USD"}};
  value["bound"] = extra.value("bound", "exact");
  value["precision"] = extra.value("precision", count ? 0.5 : 0.5);
  json qualifiers = {{"model", nullptr}, {"scope", nullptr}, {"period", nullptr}, {"per", nullptr}, {"basis", nullptr}};
  for (const char* q : {"model", "scope", "period", "per", "basis"}) {
    if (extra.contains(q)) qualifiers[q] = extra[q];
  }
  json claim = {{"schema", "claimex.claim/1"},
                {"doc", doc},
                {"text", "x"},
                {"start", start},
                {"end", start + 1},
                {"subject", {{"id", subject}, {"type", "org"}, {"text", subject}, {"via", "name"}}},
                {"predicate", predicate},
                {"family", extra.value("family", predicate)},
                {"value", value},
                {"qualifiers", qualifiers},
                {"attribution", nullptr},
                {"hedge", nullptr},
                {"evidence", {{"doc", doc}, {"source", doc}, {"published", nullptr}, {"sentence", "x"}}}};
  if (extra.contains("family_kind")) claim["family_kind"] = extra["family_kind"];
  return claim;
}

// The cluster holding the member of `doc` at `start`.
const json* ClusterOf(const std::vector<json>& clusters, const std::string& doc, int start) {
  for (const auto& c : clusters) {
    for (const auto& m : c["members"]) {
      if (m["doc"] == doc && m["start"] == start) return &c;
    }
  }
  return nullptr;
}

const json* MemberOf(const json& cluster, const std::string& doc, int start) {
  for (const auto& m : cluster["members"]) {
    if (m["doc"] == doc && m["start"] == start) return &m;
  }
  return nullptr;
}

// Claims that exercise every rule of the merge: per-unit figures, stated
// and unstated qualifiers, generic predicates, counts with and without a
// model, and facts in conflict.
std::vector<json> RuleClaims() {
  const json total25 = {{"scope", "total"}, {"period", "2025"}};
  const json run25 = {{"scope", "run"}, {"period", "2025"}};
  return {
      // deepseek training_cost: total 2025 at $5 billion and $8 billion (a
      // conflict), run 2025 at $6 million (another fact: no conflict).
      Claim("a", 0, "deepseek", "training_cost", 5e9, total25),
      Claim("b", 0, "deepseek", "training_cost", 8e9, total25),
      Claim("c", 0, "deepseek", "training_cost", 6e6, run25),
      // Scope unstated: $6 million only the run cluster holds; $7 billion
      // none; nothing is stated for 2026.
      Claim("d", 0, "deepseek", "training_cost", 6e6, {{"period", "2025"}}),
      Claim("d", 10, "deepseek", "training_cost", 7e9, {{"period", "2025"}}),
      Claim("d", 20, "deepseek", "training_cost", 9e9, {{"period", "2026"}}),
      // Both unstated, $5 billion: the total 2025 cluster is the only one.
      Claim("e", 0, "deepseek", "training_cost", 5e9),
      // A price per share never meets a total of the same figure.
      Claim("f", 0, "deepseek", "training_cost", 5e9, {{"per", "share"}}),
      // Generic: $6 million has one holder; $1.6 billion two (hardware spend
      // and investment); $1 million and $2 million none, and never conflict.
      Claim("g", 0, "deepseek", "unknown", 6e6),
      Claim("h", 0, "deepseek", "hardware_spend", 1.6e9, {{"family_kind", "specific"}}),
      Claim("h", 10, "deepseek", "investment", 1.6e9),
      Claim("i", 0, "deepseek", "unknown", 1.6e9),
      Claim("i", 10, "deepseek", "spending", 1e6, {{"family_kind", "generic"}}),
      Claim("i", 20, "deepseek", "spending", 2e6, {{"family_kind", "generic"}}),
      // GPU counts: 10,000 without a model joins the H800 cluster, the only
      // one with a model holding it; 50,000 is held by Hopper and H100.
      Claim("j", 0, "deepseek", "gpu_count", 10000, {{"model", "H800"}}),
      Claim("k", 0, "deepseek", "gpu_count", 10000),
      Claim("l", 0, "deepseek", "gpu_count", 50000, {{"model", "Hopper"}}),
      Claim("l", 10, "deepseek", "gpu_count", 50000, {{"model", "H100"}}),
      Claim("m", 0, "deepseek", "gpu_count", 50000),
      // Another subject: its clusters are never a deepseek candidate.
      Claim("n", 0, "nvidia", "market_cap_change", 6e6),
  };
}

// The seeds and three more articles: a lightly edited reprint of the Windows
// Central seed by another outlet under its own footer, an unrelated story of
// that outlet under the same footer, and one of a third outlet with the same
// footer again.
const std::vector<json>& SyndicatedRecords() {
  static const std::vector<json> records = [] {
    const auto lines = testing::Lines(testing::ReadFile(CLAIMEX_SOURCE_DIR "/corpus/seeds.jsonl"));
    json windows_central;
    for (const auto& line : lines) {
      if (line.find("\"004_") != std::string::npos) windows_central = json::parse(line);
    }
    const std::string footer =
        "\n\nSign up for the Daily Circuit newsletter to get the biggest stories in chips, cloud and AI in your "
        "inbox every weekday morning, along with our analysts' picks of the week.\n\nThe Daily Circuit may earn a "
        "commission when you buy through links on our site. Prices and availability were accurate at the time of "
        "publication and may change without notice.\n\nThe Daily Circuit is an independent publication covering "
        "semiconductors, data centres and the business of artificial intelligence, with reporters in Taipei, "
        "Seoul, Shenzhen, London and San Francisco.";
    std::string reprint = windows_central["text"].get<std::string>();
    reprint.replace(reprint.find("reportedly"), 10, "allegedly");
    reprint = "(Reprinted with permission.)\n\n" + reprint + footer;
    const json extra[] = {
        {{"id", "101_reprint"}, {"source", "Daily Circuit"}, {"published", "2025-02-03"}, {"text", reprint}},
        {{"id", "102_other"}, {"source", "Daily Circuit"}, {"published", "2025-02-04"},
         {"text", "Nvidia added $20 billion in market value on Tuesday as investors weighed new rules." + footer}},
        {{"id", "103_third"}, {"source", "Gadget Gazette"}, {"published", "2025-02-05"},
         {"text", "Nvidia added $20 billion in market value, lifted by a console launch in Tokyo." + footer}},
    };
    testing::TempDir dir;
    std::string input;
    for (const auto& line : lines) input += line + "\n";
    for (const auto& doc : extra) input += doc.dump() + "\n";
    testing::WriteFile(dir / "docs.jsonl", input);
    const auto r = testing::RunClaimex("extract docs.jsonl", dir.str());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::vector<json> out;
    for (const auto& line : testing::Lines(r.out)) out.push_back(json::parse(line));
    return out;
  }();
  return records;
}

// Claim records and fingerprint records: what a shard of a map/reduce holds.
std::vector<json> ShardRecords(const std::vector<json>& annotations) {
  std::vector<json> out;
  for (const auto& record : annotations) {
    out.push_back({{"schema", kFingerprintSchema},
                   {"doc", record["id"]},
                   {"source", record.value("source", json())},
                   {"published", record.value("published", json())},
                   {"fingerprint", record["fingerprint"]}});
    for (json claim : record["claims"]) {
      claim["schema"] = "claimex.claim/1";
      claim["doc"] = record["id"];
      out.push_back(std::move(claim));
    }
  }
  return out;
}

TEST(MergeTest, AnyGroupingOrderOrRepetitionGivesTheSameBytes) {
  const std::vector<json> claims = ShardRecords(SyndicatedRecords());
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
  EXPECT_EQ(Dump(MergeAll(SyndicatedRecords())), expected);
  // Sorted by key, fingerprints first.
  const auto merged = MergeAll(claims);
  const auto clusters = ClustersOf(merged);
  EXPECT_TRUE(std::is_sorted(clusters.begin(), clusters.end(),
                             [](const json& a, const json& b) { return a["key"] < b["key"]; }));
  EXPECT_EQ(OfSchema(merged, kFingerprintSchema).size(), SyndicatedRecords().size());
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

TEST(MergeTest, RuleClaimsMergeToTheSameBytesInAnyOrder) {
  const std::vector<json> claims = RuleClaims();
  const std::string expected = Dump(MergeAll(claims));
  std::mt19937 rng(7);
  for (int trial = 0; trial < 40; ++trial) {
    std::vector<json> shuffled = claims;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    const std::size_t cut = rng() % (shuffled.size() + 1);
    std::vector<json> first(shuffled.begin(), shuffled.begin() + cut), second(shuffled.begin() + cut, shuffled.end());
    std::vector<json> joined = MergeAll(first);
    const std::vector<json> other = MergeAll(second);
    joined.insert(rng() % 2 ? joined.end() : joined.begin(), other.begin(), other.end());
    ASSERT_EQ(Dump(MergeAll(joined)), expected) << "trial " << trial;
  }
  EXPECT_EQ(Dump(MergeAll(MergeAll(claims))), expected);
  EXPECT_EQ(Dump(MergeAll(claims, 0)), expected);
  const auto merged = MergeAll(claims);
  EXPECT_TRUE(std::is_sorted(merged.begin(), merged.end(),
                             [](const json& a, const json& b) { return a["key"] < b["key"]; }));
}

TEST(MergeTest, QualifiersSeparateFactsAndUnstatedOnesJoinTheOnlyHolder) {
  const auto merged = MergeAll(RuleClaims());
  const auto clusters = ClustersOf(merged);
  const json cluster_schema = json::parse(testing::ReadFile(CLAIMEX_SOURCE_DIR "/schemas/cluster.schema.json"));
  for (json c : clusters) {
    EXPECT_TRUE(ValidateJson(cluster_schema, c, false).empty()) << ValidateJson(cluster_schema, c, false).Join();
  }
  const json* run = ClusterOf(clusters, "c", 0);
  ASSERT_NE(run, nullptr);
  EXPECT_EQ((*run)["qualifiers"], json({{"scope", "run"}, {"period", "2025"}}));
  EXPECT_EQ(ClusterOf(clusters, "d", 0), run);
  EXPECT_EQ((*run)["joined"], 2);  // d, and g's unknown predicate
  EXPECT_NE((*MemberOf(*run, "d", 0))["joined"].get<std::string>().find("scope not stated"), std::string::npos);
  EXPECT_TRUE((*run)["conflicts"].empty());
  EXPECT_FALSE(MemberOf(*run, "c", 0)->contains("joined"));

  const json* total = ClusterOf(clusters, "a", 0);
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(ClusterOf(clusters, "e", 0), total);  // nothing stated: still one holder
  EXPECT_NE(ClusterOf(clusters, "b", 0), total);

  // No cluster holds these: they stay in their own partition.
  const json* unheld = ClusterOf(clusters, "d", 10);
  ASSERT_NE(unheld, nullptr);
  EXPECT_EQ((*unheld)["qualifiers"], json({{"scope", nullptr}, {"period", "2025"}}));
  EXPECT_EQ((*ClusterOf(clusters, "d", 20))["qualifiers"], json({{"scope", nullptr}, {"period", "2026"}}));

  // Per-unit: its own slot, alone.
  const json* per_share = ClusterOf(clusters, "f", 0);
  ASSERT_NE(per_share, nullptr);
  EXPECT_EQ((*per_share)["slot"]["per"], "share");
  EXPECT_EQ((*per_share)["members"].size(), 1u);
  EXPECT_TRUE((*per_share)["conflicts"].empty());
}

TEST(MergeTest, GenericPredicatesJoinOnlyOnClearEvidenceAndNeverConflict) {
  const auto merged = MergeAll(RuleClaims());
  const auto clusters = ClustersOf(merged);
  const json* training = ClusterOf(clusters, "c", 0);
  ASSERT_NE(training, nullptr);
  EXPECT_EQ(ClusterOf(clusters, "g", 0), training);
  const std::string why = (*MemberOf(*training, "g", 0))["joined"];
  EXPECT_EQ(why.rfind("predicate unknown, scope not stated, period not stated: the only cluster of deepseek holding "
                      "6000000 within precision",
                      0),
            0u)
      << why;
  // Two specific clusters hold $1.6 billion: it stays unknown.
  const json* ambiguous = ClusterOf(clusters, "i", 0);
  ASSERT_NE(ambiguous, nullptr);
  EXPECT_EQ((*ambiguous)["slot"]["predicate"], "unknown");
  EXPECT_EQ((*ambiguous)["slot"]["family_kind"], "generic");
  // Generic figures that disagree are not a conflict.
  const json* one = ClusterOf(clusters, "i", 10);
  const json* two = ClusterOf(clusters, "i", 20);
  ASSERT_NE(one, nullptr);
  ASSERT_NE(two, nullptr);
  EXPECT_NE(one, two);
  EXPECT_TRUE((*one)["conflicts"].empty());
  for (const json& conflict : ConflictsOf(merged)) EXPECT_NE(conflict["slot"]["family_kind"], "generic");
  // The other subject's cluster holds $6 million too, but is not deepseek's.
  EXPECT_EQ((*ClusterOf(clusters, "n", 0))["members"].size(), 1u);
}

TEST(MergeTest, ACountWithoutAModelJoinsTheOneClusterNamingOne) {
  const auto clusters = ClustersOf(MergeAll(RuleClaims()));
  const json* h800 = ClusterOf(clusters, "j", 0);
  ASSERT_NE(h800, nullptr);
  EXPECT_EQ(ClusterOf(clusters, "k", 0), h800);
  EXPECT_NE((*MemberOf(*h800, "k", 0))["joined"].get<std::string>().find("no model stated"), std::string::npos);
  const json* unplaced = ClusterOf(clusters, "m", 0);
  ASSERT_NE(unplaced, nullptr);
  EXPECT_TRUE((*unplaced)["slot"]["model"].is_null());
}

TEST(MergeTest, OneConflictRecordPerFact) {
  const auto merged = MergeAll(RuleClaims());
  const auto clusters = ClustersOf(merged);
  const auto conflicts = ConflictsOf(merged);
  ASSERT_EQ(conflicts.size(), 1u);
  json conflict = conflicts[0];
  const json schema = json::parse(testing::ReadFile(CLAIMEX_SOURCE_DIR "/schemas/conflict.schema.json"));
  EXPECT_TRUE(ValidateJson(schema, conflict, false).empty()) << ValidateJson(schema, conflict, false).Join();
  EXPECT_EQ(conflict["slot"]["predicate"], "training_cost");
  EXPECT_EQ(conflict["qualifiers"], json({{"scope", "total"}, {"period", "2025"}}));
  ASSERT_EQ(conflict["clusters"].size(), 2u);
  EXPECT_EQ(conflict["clusters"][0]["amount"], 5e9);
  EXPECT_EQ(conflict["clusters"][1]["amount"], 8e9);
  EXPECT_EQ(conflict["clusters"][0]["sources"], 2);  // a, and e joined
  EXPECT_NE(conflict["reason"].get<std::string>().find("no value lies in both"), std::string::npos);
  const std::string key = conflict["key"];
  EXPECT_EQ(key.substr(0, 8), (*ClusterOf(clusters, "a", 0))["key"].get<std::string>().substr(0, 8));
  for (const auto* c : {ClusterOf(clusters, "a", 0), ClusterOf(clusters, "b", 0)}) {
    ASSERT_EQ((*c)["conflicts"].size(), 1u);
    EXPECT_EQ((*c)["conflicts"][0]["key"], key);
  }
  // Merging the output, conflict records and all, gives it back.
  EXPECT_EQ(Dump(MergeAll(merged)), Dump(merged));
}

TEST(MergeTest, OnlyFirmlyStatedFiguresConflict) {
  // Two figures of one fact that cannot both hold: a conflict when both
  // name their subject and predicate in their own clause, none when one of
  // them has its subject only from the document's focus or its predicate
  // from elsewhere in the sentence.
  auto merged_with = [](const std::string& via, const json& predicate_via) {
    json weak = Claim("b", 0, "moonshot", "training_cost", 40e6);
    weak["subject"]["via"] = via;
    weak["predicate_via"] = predicate_via;
    json firm = Claim("a", 0, "moonshot", "training_cost", 4.6e6);
    firm["predicate_via"] = "clause";
    return ConflictsOf(MergeAll({firm, weak})).size();
  };
  EXPECT_EQ(merged_with("name", "clause"), 1u);
  EXPECT_EQ(merged_with("possessive", "clause"), 1u);
  EXPECT_EQ(merged_with("document focus", "clause"), 0u);
  EXPECT_EQ(merged_with("anaphor", "clause"), 0u);
  EXPECT_EQ(merged_with("name", "sentence"), 0u);
  EXPECT_EQ(merged_with("name", "headline"), 0u);
}

TEST(MergeTest, MarketPricesNeverConflict) {
  // "opened at $35" and "rose to $36 on its first day": two moments of a
  // market price, not two accounts of one; an offer price of $28 is another
  // fact (no basis) and stays apart.
  const auto merged = MergeAll({Claim("a", 0, "cerebras", "price_per_unit", 35, {{"per", "share"}, {"basis", "market"}}),
                                Claim("b", 0, "cerebras", "price_per_unit", 36, {{"per", "share"}, {"basis", "market"}}),
                                Claim("c", 0, "cerebras", "price_per_unit", 28, {{"per", "share"}})});
  EXPECT_TRUE(ConflictsOf(merged).empty());
  EXPECT_EQ(ClustersOf(merged).size(), 3u);
  // Offer prices do conflict.
  EXPECT_EQ(ConflictsOf(MergeAll({Claim("a", 0, "cerebras", "price_per_unit", 27, {{"per", "share"}}),
                                  Claim("b", 0, "cerebras", "price_per_unit", 28, {{"per", "share"}})}))
                .size(),
            1u);
}

TEST(MergeTest, AForecastOrARangeEndThatIsTheFactJoinsIt) {
  // "expects capex of $42 billion" and "$40 billion to $42 billion" beside
  // "$42 billion of capex": the forecast and the range's high end are the
  // fact; its low end and a forecast merely near the fact stay apart, and
  // nothing conflicts.
  const double round = 2e9;  // "$40 billion": a round figure, +-10%
  const auto merged = MergeAll({Claim("a", 0, "tsmc", "capex", 42e9, {{"precision", 0.5e9}}),
                                Claim("b", 0, "tsmc", "capex", 42e9, {{"precision", 0.5e9}, {"basis", "forecast"}}),
                                Claim("c", 0, "tsmc", "capex", 40e9, {{"precision", round}, {"basis", "range_low"}}),
                                Claim("c", 5, "tsmc", "capex", 42e9, {{"precision", 0.5e9}, {"basis", "range_high"}}),
                                Claim("d", 0, "tsmc", "capex", 40e9, {{"precision", round}, {"basis", "forecast"}})});
  const auto clusters = ClustersOf(merged);
  const json* fact = ClusterOf(clusters, "a", 0);
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(ClusterOf(clusters, "b", 0), fact);
  EXPECT_EQ(ClusterOf(clusters, "c", 5), fact);
  EXPECT_NE(ClusterOf(clusters, "c", 0), fact);
  EXPECT_NE(ClusterOf(clusters, "d", 0), fact);
  EXPECT_TRUE(MemberOf(*fact, "b", 0)->contains("joined"));
  EXPECT_TRUE(ConflictsOf(merged).empty());
}

TEST(MergeTest, ALooseFigureJoinsOnlyAClusterItMayStandFor) {
  // "$8 billion" stands for [7.5, 8.5) billion: it meets "$8.5 billion"
  // ([8.45, 8.55)) but does not hold it, so the two are two clusters; they
  // share values, so they do not conflict. "about $8 billion" may be either
  // and joins the nearest.
  const auto merged = MergeAll({Claim("a", 0, "salesforce", "deal_value", 8.5e9, {{"precision", 0.05e9}}),
                                Claim("b", 0, "salesforce", "deal_value", 8e9, {{"precision", 0.5e9}}),
                                Claim("c", 0, "salesforce", "deal_value", 8e9, {{"precision", 0.5e9}, {"bound", "approx"}})});
  const auto clusters = ClustersOf(merged);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_NE(ClusterOf(clusters, "a", 0), ClusterOf(clusters, "b", 0));
  EXPECT_EQ(ClusterOf(clusters, "c", 0), ClusterOf(clusters, "b", 0));
  EXPECT_TRUE(ConflictsOf(merged).empty());
}

// A claim of a subsidiary (gazetteer part_of) as the claims stage writes it.
json OfSubsidiary(json claim, const std::string& owner) {
  claim["subject"]["part_of"] = owner;
  return claim;
}

TEST(MergeTest, AParentsClaimJoinsTheOneFactOfItsSubsidiaryItMatches) {
  // "€5bn subsidy for TSMC-led Dresden plant" beside "€5 billion of state
  // aid for ESMC": the parent's claim is the subsidiary's fact, and says
  // why; a figure of the parent that no subsidiary fact holds stays its own.
  const auto merged = MergeAll({OfSubsidiary(Claim("a", 0, "esmc", "subsidy", 5e9, {{"precision", 0.5e9}}), "tsmc"),
                                Claim("b", 0, "tsmc", "subsidy", 5e9, {{"precision", 0.5e9}}),
                                Claim("c", 0, "tsmc", "subsidy", 7e9, {{"precision", 0.5e9}})});
  const auto clusters = ClustersOf(merged);
  const json* fact = ClusterOf(clusters, "a", 0);
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ((*fact)["slot"]["subject"], "esmc");
  ASSERT_EQ(ClusterOf(clusters, "b", 0), fact);
  EXPECT_NE(MemberOf(*fact, "b", 0)->value("joined", "").find("filed under tsmc, which esmc is part of"), std::string::npos)
      << MemberOf(*fact, "b", 0)->dump();
  ASSERT_NE(ClusterOf(clusters, "c", 0), nullptr);
  EXPECT_EQ((*ClusterOf(clusters, "c", 0))["slot"]["subject"], "tsmc");
  EXPECT_TRUE(ConflictsOf(merged).empty());
  // Without the relation (claims option relations: false) they are two
  // subjects' facts.
  const auto apart = ClustersOf(MergeAll({Claim("a", 0, "esmc", "subsidy", 5e9, {{"precision", 0.5e9}}),
                                          Claim("b", 0, "tsmc", "subsidy", 5e9, {{"precision", 0.5e9}})}));
  EXPECT_NE(ClusterOf(apart, "a", 0), ClusterOf(apart, "b", 0));
}

TEST(MergeTest, ARoundedFigureIsHalfOpen) {
  // "4.6 trillion" is [4.55, 4.65) and "4.7 trillion" [4.65, 4.75): they
  // share no value, so they disagree.
  const auto merged = MergeAll({Claim("a", 0, "samsung", "operating_profit", 4.6e12, {{"precision", 0.05e12}}),
                                Claim("b", 0, "samsung", "operating_profit", 4.7e12, {{"precision", 0.05e12}})});
  EXPECT_EQ(ConflictsOf(merged).size(), 1u);
}

TEST(MergeTest, ConflictsAreLinearInTheClustersOfAFact) {
  std::vector<json> claims;
  for (int i = 0; i < 500; ++i) claims.push_back(Claim("doc" + std::to_string(i), 0, "deepseek", "training_cost", 1e6 + 2 * i));
  const auto merged = MergeAll(claims);
  const auto conflicts = ConflictsOf(merged);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0]["clusters"].size(), 500u);
  EXPECT_EQ(ClustersOf(merged).size(), 500u);
  for (const json& c : ClustersOf(merged)) EXPECT_EQ(c["conflicts"].size(), 1u);
  EXPECT_TRUE(std::is_sorted(conflicts[0]["clusters"].begin(), conflicts[0]["clusters"].end(),
                             [](const json& a, const json& b) { return a["amount"] < b["amount"]; }));
}

TEST(MergeTest, SpillingToDiskGivesTheSameBytes) {
  // Every shard twice, so that duplicates meet only in the spill files.
  std::vector<json> records = ShardRecords(SyndicatedRecords());
  const std::size_t shards = records.size();
  for (std::size_t i = 0; i < shards; ++i) records.push_back(records[i]);
  const std::string in_memory = Dump(MergeAll(records));
  EXPECT_EQ(Dump(MergeAll(records, 0)), in_memory);
  EXPECT_EQ(Dump(MergeAll(records, 4096)), in_memory);  // spills part way
}

TEST(MergeTest, SpillsPastItsBudgetAndCleansUp) {
  testing::TempDir temp;
  {
    MemberStore store(1000, temp.str());
    for (int i = 0; i < 100; ++i) {
      // (std::string("k").append(...), not "k" + ...: GCC 12 warns falsely.)
      StoredMember member{std::string("group").append(std::to_string(i % 7)), "d", "", std::string(50, 'x'),
                          nullptr};
      ASSERT_TRUE(store.Add(std::string("k").append(std::to_string(i)), std::move(member)).ok());
    }
    EXPECT_TRUE(store.spilled());
    EXPECT_FALSE(std::filesystem::is_empty(temp.str()));
    std::size_t members = 0, prefixes = 0;
    std::string previous;
    ASSERT_TRUE(store.ForEachPrefix([&](const std::string& prefix, const MemberStore::Groups& slots) {
      EXPECT_LT(previous, prefix);
      previous = prefix;
      ++prefixes;
      for (const auto& [group, stored] : slots) members += stored.size();
    }).ok());
    EXPECT_EQ(members, 100u);
    EXPECT_EQ(prefixes, 7u);
  }
  EXPECT_TRUE(std::filesystem::is_empty(temp.str()));
}

TEST(MergeTest, SeedExpectations) {
  const auto clusters = ClustersOf(MergeAll(SeedRecords()));
  const json schema = json::parse(testing::ReadFile(CLAIMEX_SOURCE_DIR "/schemas/cluster.schema.json"));
  for (json c : clusters) EXPECT_TRUE(ValidateJson(schema, c, false).empty()) << ValidateJson(schema, c, false).Join();

  // Training cost: "$5.576 million", "almost $5.6 million" and "$6 million"
  // agree; 002's "$5 Million" headline is $5.576 million cut to millions, a
  // variant of the same figure that makes all five articles report it.
  const json* training = Find(clusters, "deepseek", "training_cost", 5.576e6);
  ASSERT_NE(training, nullptr);
  EXPECT_EQ((*training)["documents"], 5);
  EXPECT_EQ((*training)["sources"], 5);
  std::set<double> amounts;
  for (const auto& m : (*training)["members"]) {
    amounts.insert(m["amount"].get<double>());
    EXPECT_EQ(m.contains("variant"), m["amount"] == 5e6) << m.dump();
    if (m.contains("variant")) {
      EXPECT_NE(m["variant"].get<std::string>().find("truncated"), std::string::npos);
    }
  }
  EXPECT_EQ(amounts, (std::set<double>{5e6, 5.576e6, 5.6e6, 6e6}));
  EXPECT_EQ((*training)["variants"], 2);  // the headline, and a "$5 million" of no known predicate
  EXPECT_EQ((*training)["value"]["low"], 5.5755e6);
  EXPECT_TRUE((*training)["conflicts"].empty());
  EXPECT_EQ(Find(clusters, "deepseek", "training_cost", 5e6), nullptr);

  // "$1,6 billion", "$1.6 billion" and 002's CapEx are one value in four articles.
  const json* hardware = Find(clusters, "deepseek", "hardware_spend", 1.6e9);
  ASSERT_NE(hardware, nullptr);
  EXPECT_EQ((*hardware)["documents"], 4);
  EXPECT_EQ((*hardware)["attributions"], json::array({"semianalysis"}));
  std::set<std::string> predicates;
  for (const auto& m : (*hardware)["members"]) predicates.insert(m["predicate"]);
  EXPECT_EQ(predicates, (std::set<std::string>{"capex", "hardware_spend"}));
  // "over $500 million" stays a bound of its own, consistent with $1.6 billion.
  const json* over = Find(clusters, "deepseek", "hardware_spend", 5e8);
  ASSERT_NE(over, nullptr);
  EXPECT_EQ((*over)["value"]["bound"], "over");
  EXPECT_TRUE((*over)["conflicts"].empty());

  // "up to $944 million" is the same estimate said as a limit.
  const json* operating = Find(clusters, "deepseek", "operating_cost", 9.44e8);
  ASSERT_NE(operating, nullptr);
  EXPECT_EQ((*operating)["documents"], 4);
  // No article states a period (a dateline's year is none), so the limit is
  // a member of the estimate's own partition, not joined from another.
  EXPECT_TRUE(std::any_of((*operating)["members"].begin(), (*operating)["members"].end(), [](const json& m) {
    return m["bound"] == "at_most" && !m.contains("joined");
  }));
  for (const char* model : {"H800", "H100", "A100"}) {
    EXPECT_NE(Find(clusters, "deepseek", "gpu_count", 10000, model), nullptr) << model;
  }
  EXPECT_EQ((*Find(clusters, "deepseek", "gpu_count", 50000, "Hopper"))["documents"], 3);

  // Nvidia: "up to $600 billion" is a round figure (+-$50 billion) that the
  // precise "$589 billion" fits: one cluster, canonical value $589 billion.
  const json* nvidia = Find(clusters, "nvidia", "market_cap_change", 5.89e11);
  ASSERT_NE(nvidia, nullptr);
  EXPECT_EQ((*nvidia)["documents"], 2);
  EXPECT_EQ(Find(clusters, "nvidia", "market_cap_change", 6e11), nullptr);

  // "over $500 million" (2025) and "at most $500 million" (no period) are
  // not one fact: clusters of different partitions never conflict.
  const json* investment = Find(clusters, "deepseek", "investment", 5e8);
  ASSERT_NE(investment, nullptr);
  EXPECT_TRUE((*investment)["conflicts"].empty());
  // "up to $1.3 million" and "over $1.3 million" of pay: the figure in a
  // limit is rounded like any other, so the two meet and do not conflict.
  const json* pay = Find(clusters, "deepseek", "compensation", 1.3e6);
  ASSERT_NE(pay, nullptr);
  EXPECT_TRUE((*pay)["conflicts"].empty());
  for (const json& c : clusters) EXPECT_TRUE(c["conflicts"].empty()) << c.dump();
}

TEST(MergeTest, SyndicatedCopiesAreOneSource) {
  const auto merged = MergeAll(SyndicatedRecords());
  const auto clusters = ClustersOf(merged);
  const json* hardware = Find(clusters, "deepseek", "hardware_spend", 1.6e9);
  ASSERT_NE(hardware, nullptr);
  // The reprint adds a document, not a source, and says whose copy it is.
  EXPECT_EQ((*hardware)["documents"], 5);
  EXPECT_EQ((*hardware)["sources"], 4);
  int copies = 0;
  for (const auto& m : (*hardware)["members"]) {
    if (m["doc"] == "101_reprint" || m["doc"] == "004_e7b286d7c45eee28") {
      EXPECT_EQ(m["copy_group"], "004_e7b286d7c45eee28") << m.dump();
      ++copies;
    } else {
      EXPECT_FALSE(m.contains("copy_group")) << m.dump();
    }
  }
  EXPECT_GE(copies, 2);
  // The footer the other two articles share with the reprint is most of
  // their text, yet boilerplate: they are two sources, not copies.
  const json* gain = Find(clusters, "nvidia", "market_cap_change", 2e10);
  ASSERT_NE(gain, nullptr);
  EXPECT_EQ((*gain)["documents"], 2);
  EXPECT_EQ((*gain)["sources"], 2);
  for (const auto& c : clusters) {
    for (const auto& m : c["members"]) {
      if (m.contains("copy_group")) {
        EXPECT_EQ(m["copy_group"], "004_e7b286d7c45eee28");
      }
    }
  }
  const json schema = json::parse(testing::ReadFile(CLAIMEX_SOURCE_DIR "/schemas/fingerprint.schema.json"));
  for (json r : merged) {
    if (r["schema"] == kFingerprintSchema) {
      EXPECT_TRUE(ValidateJson(schema, r, false).empty()) << r["doc"];
    }
  }
}

TEST(MergeTest, BadRecordsAreRefused) {
  ClusterSet set;
  EXPECT_FALSE(set.Add(json::array()).ok());
  EXPECT_FALSE(set.Add({{"schema", "claimex.claim/1"}, {"doc", "d"}, {"start", 0}, {"end", 1}}).ok());
  EXPECT_FALSE(set.Add({{"schema", "claimex.cluster/1"}, {"members", {{{"doc", "d"}}}}}).ok());
}

// A store hands its members over as the text it keeps; one written before
// a field existed, or holding what a merge derives, is normalised all the
// same.
TEST(MergeTest, StoredMembersMergeLikeTheClustersTheyCameFrom) {
  const std::vector<json> merged = MergeAll(SeedRecords());
  ClusterSet from_records, from_text;
  std::size_t derived = 0, unstated = 0;
  for (const json& r : merged) {
    ASSERT_TRUE(from_records.Add(r).ok());
    if (r["schema"] != "claimex.cluster/1") {
      ASSERT_TRUE(from_text.Add(r).ok());
      continue;
    }
    for (json m : r["members"]) {
      derived += m.contains("variant") || m.contains("joined") || m.contains("copy_group");
      if (m["scope"].is_null()) {
        m.erase("scope");
        ++unstated;
      }
      ASSERT_TRUE(from_text.AddStoredMember(m.dump()).ok());
    }
  }
  EXPECT_GT(derived, 0u);
  EXPECT_GT(unstated, 0u);
  std::string want, got;
  ASSERT_TRUE(from_records.ForEachRecord([&](const json& c) { want += c.dump() + "\n"; }).ok());
  ASSERT_TRUE(from_text.ForEachRecord([&](const json& c) { got += c.dump() + "\n"; }).ok());
  EXPECT_EQ(got, want);
  EXPECT_FALSE(from_text.AddStoredMember("{").ok());
  EXPECT_FALSE(from_text.AddStoredMember(R"({"key": "k", "doc": "d"})").ok());
}

TEST(MergeTest, CliMergesItsOwnOutputAndRejectsBadLines) {
  testing::TempDir dir;
  std::string claims;
  for (const auto& c : ShardRecords(SyndicatedRecords())) claims += c.dump() + "\n";
  const json damaged = {{"schema", kFingerprintSchema},
                        {"doc", "damaged"},
                        {"fingerprint", {{"paragraphs", {{{"hash", "0000000000000000"}, {"shingles", "@@@@"}}}}}}};
  testing::WriteFile(dir / "claims.jsonl", claims + "{not json\n" + damaged.dump() + "\n");
  const auto first = testing::RunClaimex("merge --rejects rejects.jsonl -o clusters.jsonl claims.jsonl", dir.str());
  EXPECT_EQ(first.exit_code, 5) << first.err;
  const auto rejects = testing::Lines(testing::ReadFile(dir / "rejects.jsonl"));
  ASSERT_EQ(rejects.size(), 2u);
  EXPECT_NE(rejects[1].find("base64"), std::string::npos) << rejects[1];
  // Every good record is in the output: one fingerprint per document, then clusters.
  const auto lines = testing::Lines(testing::ReadFile(dir / "clusters.jsonl"));
  const auto fingerprints = std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
    return json::parse(l)["schema"] == kFingerprintSchema;
  });
  EXPECT_EQ(static_cast<std::size_t>(fingerprints), SyndicatedRecords().size());
  const auto again = testing::RunClaimex("merge clusters.jsonl clusters.jsonl", dir.str());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, testing::ReadFile(dir / "clusters.jsonl"));
}

TEST(MergeTest, KeyRangesMergedApartAreTheWholeMerge) {
  testing::TempDir dir;
  std::string annotations;
  for (const auto& r : SyndicatedRecords()) annotations += r.dump() + "\n";
  testing::WriteFile(dir / "annotations.jsonl", annotations);
  const auto whole = testing::RunClaimex("merge annotations.jsonl", dir.str());
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  const auto is_fingerprint = [](const std::string& line) {
    return json::parse(line)["schema"] == kFingerprintSchema;
  };
  // The CLI builds only the fields of an annotations record a merge reads:
  // its output is that of the whole records.
  EXPECT_EQ(whole.out, Dump(MergeAll(SyndicatedRecords())));
  std::size_t clusters = 0, fingerprints = 0;
  for (const auto& l : testing::Lines(whole.out)) (is_fingerprint(l) ? fingerprints : clusters) += 1;
  ASSERT_GT(clusters, 3u);
  for (int parts : {1, 2, 3, 7}) {
    std::string joined;
    std::size_t nonempty = 0;
    for (int part = 1; part <= parts; ++part) {
      const auto r = testing::RunClaimex("merge --part " + std::to_string(part) + "/" + std::to_string(parts) +
                                             " annotations.jsonl",
                                         dir.str());
      ASSERT_EQ(r.exit_code, 0) << r.err;
      std::size_t own = 0, own_fingerprints = 0;
      for (const auto& l : testing::Lines(r.out)) {
        (is_fingerprint(l) ? own_fingerprints : own) += 1;
        if (is_fingerprint(l) && part > 1) continue;
        joined += l + "\n";
      }
      // Every part has every fingerprint, so that copies count in each.
      EXPECT_EQ(own_fingerprints, fingerprints) << "part " << part << " of " << parts;
      nonempty += own > 0 ? 1 : 0;
    }
    EXPECT_EQ(joined, whole.out) << parts << " parts";
    if (parts > 1) {
      EXPECT_GT(nonempty, 1u) << "the clusters all fell in one of " << parts << " parts";
    }
  }
  for (const char* bad : {"0/2", "3/2", "2", "1/0", "1/2x", "-1/2"}) {
    const auto r = testing::RunClaimex(std::string("merge --part ") + bad + " annotations.jsonl", dir.str());
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--part"), std::string::npos) << r.err;
  }
}

// The store's cluster records as `claimex merge` keys them: a store keeps a
// cluster's key when a member joins (clusters.merge_key is merge's).
std::string ClusterTable(const std::string& db_path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(db_path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, "SELECT record, cluster_key, merge_key FROM clusters", -1, &stmt, nullptr), SQLITE_OK);
  std::vector<std::string> records;
  std::map<std::string, std::string> merge_key;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    records.push_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    merge_key[reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1))] =
        reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  for (std::string& record : records) {
    for (const auto& [key, merged] : merge_key) {
      for (auto at = record.find(key); at != std::string::npos; at = record.find(key, at + merged.size())) {
        record.replace(at, key.size(), merged);
      }
    }
  }
  std::sort(records.begin(), records.end());
  std::string out;
  for (const std::string& record : records) out += record + "\n";
  return out;
}

TEST(MergeTest, IncrementalRunsEqualOneRunOverEverything) {
  testing::TempDir dir;
  const auto lines = testing::Lines(testing::ReadFile(CLAIMEX_SOURCE_DIR "/corpus/seeds.jsonl"));
  std::string first_four, last;
  for (std::size_t i = 0; i < lines.size(); ++i) (i + 1 < lines.size() ? first_four : last) += lines[i] + "\n";
  // A figure that disagrees with the seeds' training cost, for the summary's
  // conflicts.
  last += R"({"id": "late", "text": "DeepSeek's training cost was $9 million, the company said."})" "\n";
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

// A run into a store shows what the store holds, read from its records
// without their members but the variants it lists: the same as a run into
// a file shows from the clusters it made, when both saw the same articles.
TEST(MergeTest, AStoresSummaryShowsWhatTheRunsOwnClustersShow) {
  testing::TempDir dir;
  std::string articles = testing::ReadFile(CLAIMEX_SOURCE_DIR "/corpus/seeds.jsonl");
  articles += R"({"id": "late", "text": "DeepSeek's training cost was $9 million, the company said."})"
              "\n";
  // More variants of one figure than the summary lists.
  for (int i = 0; i < 10; ++i) {
    articles += R"({"id": "loose-)" + std::to_string(i) + R"(", "source": "outlet-)" + std::to_string(i) +
                R"(", "text": "DeepSeek said training its model cost $5 million."})"
                "\n";
  }
  testing::WriteFile(dir / "in.jsonl", articles);
  const auto into_store = testing::RunClaimex("run --sink sqlite:s.db in.jsonl", dir.str());
  const auto into_file = testing::RunClaimex("run --sink jsonl:out.jsonl in.jsonl", dir.str());
  ASSERT_EQ(into_store.exit_code, 0) << into_store.err;
  ASSERT_EQ(into_file.exit_code, 0) << into_file.err;
  const auto shown = [](const std::string& out) { return out.substr(out.find("top claim clusters:")); };
  EXPECT_EQ(shown(into_store.out), shown(into_file.out));
  const std::string listed = shown(into_store.out);
  EXPECT_NE(listed.find("conflicts (1 facts"), std::string::npos) << listed;
  const std::size_t variants_at = listed.find("variants (kept in their cluster):\n");
  ASSERT_NE(variants_at, std::string::npos) << listed;
  const std::string variants = listed.substr(variants_at);
  EXPECT_EQ(std::count(variants.begin(), variants.end(), '\n'), 1 + 8) << variants;
}


// Cluster keys are derived from content, so a store's rows and a later
// version's merge of the same claims must meet: these were made by the
// merge as it was before slot keys and figures were written without
// nlohmann's serializer and printf. Subjects and qualifiers that need
// escaping, or are not ASCII, and figures that print long, included.
TEST(MergeTest, ClusterKeysAreTheOnesEarlierVersionsGave) {
  const std::vector<json> claims = {
      Claim("k1", 0, "Société Générale", "raised", 5576000),
      Claim("k1", 10, "Acme \"Quoted\" Corp", "hardware_spend", 1.6e9, {{"scope", "Europe\\East"}}),
      Claim("k2", 0, "tab\tco", "revenue", 0.1 + 0.2, {{"period", "2024"}, {"bound", "over"}}),
      Claim("k2", 10, "深度求索", "gpu_count", 2048, {{"model", "H800"}}),
      Claim("k3", 0, "deepseek", "training_cost", 123456789.123, {{"per", "run"}, {"bound", "approx"}}),
  };
  std::string records;
  std::vector<std::string> keys;
  for (const json& c : claims) records += c.dump() + "\n";
  for (const json& c : ClustersOf(MergeAll(claims))) keys.push_back(c["key"].get<std::string>());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"58bc33273d49e6c3", "6bd03a733d46e566", "75924b8fcdb742a0",
                                            "8e2f171f31f8f7bc", "b002c3a34bea6375"}))
      << records;
}

}  // namespace
}  // namespace claimex
