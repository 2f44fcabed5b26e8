// `claimex eval`'s rules on small hand-made gold and predicted records: a
// rule that regresses fails its test here, whatever the extraction does.
#include "evaluation.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace claimex {
namespace {

using nlohmann::json;

json PredictedClaim(int start, const std::string& predicate, const std::string& family, double amount,
                    const json& qualifiers = json::object(), const json& family_kind = json()) {
  json claim = {{"text", "x"},
                {"start", start},
                {"end", start + 5},
                {"subject", {{"id", "mistral"}, {"type", "org"}, {"text", "Mistral"}, {"via", "name"}}},
                {"predicate", predicate},
                {"family", family},
                {"value", {{"type", "money"}, {"amount", amount}, {"currency", "EUR"}, {"bound", "exact"},
                           {"precision", 0.5}}},
                {"qualifiers", qualifiers},
                {"attribution", nullptr},
                {"hedge", nullptr},
                {"evidence", {{"doc", ""}, {"source", nullptr}, {"published", nullptr}, {"sentence", "x"}}}};
  if (!family_kind.is_null()) claim["family_kind"] = family_kind;
  return claim;
}

json GoldClaim(int start, const std::string& predicate, double amount, const json& extra = json::object()) {
  json claim = {{"text", "x"},         {"start", start},    {"end", start + 5}, {"subject", "mistral"},
                {"predicate", predicate}, {"value", amount}, {"currency", "EUR"}, {"attribution", nullptr},
                {"hedge", nullptr}};
  claim.update(extra);
  return claim;
}

json Annotations(const std::string& id, json claims) {
  for (json& c : claims) c["evidence"]["doc"] = id;
  return {{"id", id}, {"claims", claims}};
}

class EvaluationTest : public ::testing::Test {
 protected:
  void Load(const std::vector<json>& gold) {
    std::string text;
    for (const json& g : gold) text += g.dump() + "\n";
    testing::WriteFile(dir_ / "gold.jsonl", text);
    ASSERT_TRUE(evaluation_.LoadGold(dir_ / "gold.jsonl").ok());
  }
  const std::string text_ = std::string(200, 'x');
  testing::TempDir dir_;
  Evaluation evaluation_;
};

TEST_F(EvaluationTest, ClaimsMatchOnFamilyWhenTheGoldNamesOneElseOnPredicate) {
  Load({{{"id", "news"}, {"claims", {GoldClaim(0, "capex", 1e9, {{"family", "hardware_spend"}})}}},
        {{"id", "seed"}, {"claims", {GoldClaim(0, "capex", 1e9)}}}});
  // The same family under another predicate matches the news gold; the seed
  // gold compares predicates, so there it does not.
  evaluation_.Score(Annotations("news", {PredictedClaim(0, "hardware_spend", "hardware_spend", 1e9)}), text_);
  evaluation_.Score(Annotations("seed", {PredictedClaim(0, "hardware_spend", "hardware_spend", 1e9)}), text_);
  const MentionScore& claims = evaluation_.scores().at("claims");
  EXPECT_EQ(claims.gold, 2u);
  EXPECT_EQ(claims.matched, 1u);
  ASSERT_EQ(claims.misses.size(), 1u);
  EXPECT_EQ(claims.misses[0]["id"], "seed");
}

TEST_F(EvaluationTest, QualifierAccuracyOverMatchesWhoseGoldHasQualifiers) {
  const json qualifiers = {{"scope", "total"}, {"period", "2026"}, {"per", nullptr}};
  Load({{{"id", "a"},
         {"claims",
          {GoldClaim(0, "funding", 2e9, {{"family", "funding"}, {"qualifiers", qualifiers}}),
           GoldClaim(20, "funding", 3e9, {{"family", "funding"}})}}}});
  evaluation_.Score(
      Annotations("a", {PredictedClaim(0, "funding", "funding", 2e9, {{"scope", "total"}, {"period", nullptr}}),
                        PredictedClaim(20, "funding", "funding", 3e9, {{"scope", "run"}})}),
      text_);
  const MentionScore& claims = evaluation_.scores().at("claims");
  EXPECT_EQ(claims.matched, 2u);
  for (const char* field : {"scope", "period", "per"}) EXPECT_EQ(claims.compared.at(field), 1u) << field;
  EXPECT_DOUBLE_EQ(claims.accuracy("scope"), 1.0);  // the second claim's gold states none: not compared
  EXPECT_DOUBLE_EQ(claims.accuracy("period"), 0.0);
  EXPECT_DOUBLE_EQ(claims.accuracy("per"), 1.0);
  EXPECT_EQ(claims.compared.at("hedge"), 2u);
  EXPECT_DOUBLE_EQ(evaluation_.ToJson()["types"]["claims"]["period_accuracy"].get<double>(), 0.0);
}

TEST_F(EvaluationTest, FiguresPerLanguage) {
  Load({{{"id", "fr"}, {"claims", {GoldClaim(0, "funding", 2e9), GoldClaim(20, "funding", 1e9)}}},
        {{"id", "en"}, {"claims", {GoldClaim(0, "funding", 5e9)}}}});
  evaluation_.Score(Annotations("fr", {PredictedClaim(0, "funding", "funding", 2e9, {}, "specific"),
                                       PredictedClaim(40, "unknown", "unknown", 7e9, {}, "generic"),
                                       PredictedClaim(60, "spending", "spending", 8e9, {}, "generic")}),
                    text_, "fr");
  // Without family_kind, a predicate other than unknown is known.
  evaluation_.Score(Annotations("en", {PredictedClaim(0, "funding", "funding", 5e9)}), text_, "en");
  const auto& fr = evaluation_.languages().at("fr");
  EXPECT_EQ(fr.claims.gold, 2u);
  EXPECT_EQ(fr.claims.predicted, 3u);
  EXPECT_EQ(fr.claims.matched, 1u);
  EXPECT_DOUBLE_EQ(fr.predicate_known_share(), 1.0 / 3);
  const json out = evaluation_.ToJson();
  EXPECT_DOUBLE_EQ(out["languages"]["en"]["f1"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(out["languages"]["en"]["predicate_known"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(out["languages"]["fr"]["recall"].get<double>(), 0.5);
  EXPECT_NE(evaluation_.ToText().find("predicate known"), std::string::npos);
}

TEST_F(EvaluationTest, ConflictPrecisionAndRecall) {
  // Fact F: sources disagree ($2 billion, $3 billion: two cluster labels).
  // Fact G: one figure the extraction misreads as two that disagree.
  // Fact H: two labels the extraction puts in one cluster (a missed conflict).
  Load({{{"id", "a"},
         {"claims",
          {GoldClaim(0, "funding", 2e9, {{"family", "funding"}, {"fact", "F"}, {"cluster", "F2"}}),
           GoldClaim(20, "valuation", 6e9, {{"family", "valuation"}, {"fact", "G"}}),
           GoldClaim(40, "revenue", 1e8, {{"family", "revenue"}, {"fact", "H"}, {"cluster", "H1"}})}}},
        {{"id", "b"},
         {"claims",
          {GoldClaim(0, "funding", 3e9, {{"family", "funding"}, {"fact", "F"}, {"cluster", "F3"}}),
           GoldClaim(20, "valuation", 6e9, {{"family", "valuation"}, {"fact", "G"}}),
           GoldClaim(40, "revenue", 1e8, {{"family", "revenue"}, {"fact", "H"}, {"cluster", "H2"}})}}}});
  evaluation_.Score(Annotations("a", {PredictedClaim(0, "funding", "funding", 2e9),
                                      PredictedClaim(20, "valuation", "valuation", 6e9),
                                      PredictedClaim(40, "revenue", "revenue", 1e8)}),
                    text_);
  evaluation_.Score(Annotations("b", {PredictedClaim(0, "funding", "funding", 3e9),
                                      PredictedClaim(20, "valuation", "valuation", 7e9),
                                      PredictedClaim(40, "revenue", "revenue", 1e8)}),
                    text_);
  const ConflictScore c = evaluation_.Conflicts();
  EXPECT_EQ(c.predicted_pairs, 2u);  // funding (right) and valuation (wrong)
  EXPECT_EQ(c.right_pairs, 1u);
  EXPECT_EQ(c.gold_pairs, 2u);  // F and H
  EXPECT_EQ(c.found_gold_pairs, 1u);
  EXPECT_DOUBLE_EQ(c.precision(), 0.5);
  EXPECT_DOUBLE_EQ(c.recall(), 0.5);
  const json out = evaluation_.ToJson();
  EXPECT_EQ(out["conflicts"]["right_pairs"], 1);
  // Cluster labels default to the fact: the two G claims are the one gold
  // pair of claims put together (F and H have two labels each).
  EXPECT_EQ(out["clusters"]["gold_pairs"], 1);
}

TEST_F(EvaluationTest, NothingPredictedIsPrecisionOne) {
  Load({{{"id", "a"}, {"claims", {GoldClaim(0, "funding", 2e9, {{"fact", "F"}})}}}});
  evaluation_.Score(Annotations("a", {PredictedClaim(0, "funding", "funding", 2e9)}), text_);
  const ConflictScore c = evaluation_.Conflicts();
  EXPECT_EQ(c.predicted_pairs, 0u);
  EXPECT_DOUBLE_EQ(c.precision(), 1.0);
  EXPECT_NE(evaluation_.ToText().find("conflicts (pairs of clusters): 0 predicted"), std::string::npos);
}

}  // namespace
}  // namespace claimex
