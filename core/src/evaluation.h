// Scoring extraction against gold annotations (`claimex eval`).
//
// Gold is JSONL, one record per document: {"id", "money", "gpu_counts",
// "entities", "claims"}, each a list of mentions with code point start/end
// and text. A predicted mention matches a gold one when the spans overlap
// and the values agree, each mention matching at most once:
//   money       value within a relative 1e-9 and the same currency
//   gpu_counts  the same count
//   entities    the same id and type
//   claims      the same subject id, predicate and value (and currency)
// Secondary fields are not part of a match; their accuracy is reported over
// matches: bound (money, GPU counts), model (GPU counts), attribution and
// hedge (claims). A type the gold record does not list is not scored.
//
// Clusters are scored pairwise: gold claims with the same "cluster" label
// belong together (an unlabelled claim stands alone); the predicted claims
// of the scored documents are merged as `claimex merge` would; precision and
// recall are over the pairs of claims (by document and span) put together.
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
  std::vector<nlohmann::json> misses;           // gold not found, with context
  std::vector<nlohmann::json> false_positives;  // predicted, not in gold
  std::vector<nlohmann::json> mismatches;       // matched, a secondary field differs
  double precision() const { return predicted ? double(matched) / predicted : 1.0; }
  double recall() const { return gold ? double(matched) / gold : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

class Evaluation {
 public:
  // Reads the gold file; errors name file and line.
  Status LoadGold(const std::string& file);

  // Scores one annotations record (the output of extract). Documents with
  // no gold record are not scored.
  void Score(const nlohmann::json& annotations, const std::string& text);

  // Gold documents that were never scored (missing from the input).
  std::vector<std::string> Unseen() const;

  const std::map<std::string, MentionScore>& scores() const { return scores_; }
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

  std::map<std::string, MentionScore> scores_;
  std::size_t documents_scored_ = 0;
  // Never spilled: a gold corpus is small, and a score has no way to say
  // that reading spilled members back failed.
  ClusterSet predicted_clusters_{SIZE_MAX};
  std::map<std::string, std::string> gold_cluster_of_;  // claim "doc:start:end" -> label
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_EVALUATION_H_
