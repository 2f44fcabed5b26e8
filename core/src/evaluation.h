// Scoring extraction against gold annotations (`claimex eval`).
//
// Gold is JSONL, one record per document: {"id", "money", "gpu_counts",
// "entities", "claims"}, each a list of mentions with code point start/end
// and text. A predicted mention matches a gold one when the spans overlap
// and the values agree, each mention matching at most once:
//   money       value within a relative 1e-9 and the same currency
//   gpu_counts  the same count
//   entities    the same id and type
//   claims      the same subject id, family (when the gold claim names one;
//               else the predicate) and value (and currency)
// Secondary fields are not part of a match; their accuracy is reported over
// matches: bound (money, GPU counts), model (GPU counts), attribution and
// hedge (claims), and scope, period and per (claims whose gold record has
// "qualifiers"). A type the gold record does not list is not scored.
//
// Claims are also scored per language (the document's "lang"), with the
// share of predicted money claims whose predicate is known (family_kind
// specific, or for records without it a predicate other than unknown).
//
// Gold claims carry a "fact" label (claims without one are each their own
// fact) and a "cluster" label (default: the fact). The predicted claims of
// the scored documents are merged as `claimex merge` would, then:
//   clusters   pairwise: precision and recall over the pairs of claims (by
//              document and span) put together;
//   conflicts  a predicted conflict pair is two clusters of one conflict
//              record whose ranges do not overlap; it is right when members
//              of the two (by document and overlapping span) are gold claims
//              of one fact with different cluster labels. Recall is over the
//              gold pairs (fact, cluster a, cluster b), a != b, of one
//              currency: found when a predicted pair holds a member of each.
#ifndef CLAIMEX_CORE_EVALUATION_H_
#define CLAIMEX_CORE_EVALUATION_H_

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimex/status.h"
#include "clusters.h"

namespace claimex {

struct MentionScore {
  std::size_t gold = 0, predicted = 0, matched = 0;
  std::map<std::string, std::size_t> agree;     // per secondary field, over matches
  std::map<std::string, std::size_t> compared;  // matches the field was compared on
  std::vector<nlohmann::json> misses;           // gold not found, with context
  std::vector<nlohmann::json> false_positives;  // predicted, not in gold
  std::vector<nlohmann::json> mismatches;       // matched, a secondary field differs
  double precision() const { return predicted ? double(matched) / predicted : 1.0; }
  double recall() const { return gold ? double(matched) / gold : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  double accuracy(const std::string& field) const {
    const auto it = compared.find(field);
    return it == compared.end() || it->second == 0 ? 1.0 : double(agree.at(field)) / it->second;
  }
};

// Claims of the documents of one language.
struct LanguageScore {
  MentionScore claims;  // gold, predicted and matched only
  std::size_t money_predicted = 0, predicate_known = 0;
  double predicate_known_share() const { return money_predicted ? double(predicate_known) / money_predicted : 1.0; }
};

struct ConflictScore {
  std::size_t predicted_pairs = 0, right_pairs = 0, gold_pairs = 0, found_gold_pairs = 0;
  double precision() const { return predicted_pairs ? double(right_pairs) / predicted_pairs : 1.0; }
  double recall() const { return gold_pairs ? double(found_gold_pairs) / gold_pairs : 1.0; }
};

class Evaluation {
 public:
  // Reads the gold file; errors name file and line.
  Status LoadGold(const std::string& file);

  // Scores one annotations record (the output of extract) of a document in
  // `lang` (its "lang"; empty when not given). Documents with no gold record
  // are not scored.
  void Score(const nlohmann::json& annotations, const std::string& text, const std::string& lang = "");

  // Gold documents that were never scored (missing from the input).
  std::vector<std::string> Unseen() const;

  const std::map<std::string, MentionScore>& scores() const { return scores_; }
  const std::map<std::string, LanguageScore>& languages() const { return languages_; }
  // Over the predicted clusters of every document scored so far.
  ConflictScore Conflicts() const;
  std::size_t documents_scored() const { return documents_scored_; }

  nlohmann::json ToJson() const;
  std::string ToText() const;

 private:
  std::map<std::string, nlohmann::json> gold_;
  std::map<std::string, bool> seen_;
  struct PairScore {
    std::size_t gold = 0, predicted = 0, agreed = 0;
  };
  PairScore ClusterPairs() const;

  struct GoldClaim {
    std::size_t start, end;
    std::string fact, cluster, currency;
  };
  // The (fact, cluster) labels of the gold claims a predicted member's span
  // overlaps.
  std::vector<std::pair<std::string, std::string>> LabelsAt(const std::string& doc, std::size_t start,
                                                            std::size_t end) const;

  std::map<std::string, MentionScore> scores_;
  std::map<std::string, LanguageScore> languages_;
  std::map<std::string, std::vector<GoldClaim>> gold_claims_;  // by document, of scored documents
  std::size_t documents_scored_ = 0;
  // Never spilled: a gold corpus is small, and a score has no way to say
  // that reading spilled members back failed.
  ClusterSet predicted_clusters_{SIZE_MAX};
  std::map<std::string, std::string> gold_cluster_of_;  // claim "doc:start:end" -> label
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_EVALUATION_H_
