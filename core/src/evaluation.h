// Scoring extraction against gold annotations (`claimex eval`).
//
// Gold is JSONL, one record per document: {"id", "money": [...],
// "gpu_counts": [...]} with mentions in the annotations format (code point
// start/end, text, value/currency or count/model, bound). A predicted
// mention matches a gold one when their spans overlap and their values
// agree (money: value within a relative 1e-9 and the same currency; GPU
// counts: the same count); each mention matches at most once. Bound and
// model are not part of a match: their accuracy is reported over matches.
#ifndef CLAIMEX_CORE_EVALUATION_H_
#define CLAIMEX_CORE_EVALUATION_H_

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimex/status.h"

namespace claimex {

struct MentionScore {
  std::size_t gold = 0, predicted = 0, matched = 0;
  std::size_t bound_agree = 0;   // over matches
  std::size_t model_agree = 0;   // over matches (GPU counts)
  std::vector<nlohmann::json> misses;           // gold not found, with context
  std::vector<nlohmann::json> false_positives;  // predicted, not in gold
  std::vector<nlohmann::json> bound_mismatches; // matched, with another bound
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
  std::map<std::string, MentionScore> scores_;
  std::size_t documents_scored_ = 0;
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_EVALUATION_H_
