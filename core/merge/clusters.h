// Claim clusters: the reduce step of claimex (`claimex merge`, the dedupe
// collector, the SQLite sink).
//
// A slot is (subject, predicate family, GPU model, unit: currency or "gpu");
// the family lets "CapEx" and "hardware spend" of one company meet. The
// claims of a slot are grouped into clusters whose values can all be true
// together within their stated precision: each claim is an interval (value
// +- precision; an approximate value +- 10% at least), taken from the most
// precise to the least, and joins the first cluster whose common interval it
// overlaps. A bounded claim ("up to $944 million") joins a cluster when its
// own figure, within its precision, is the cluster's value and its bound
// holds for it: it is the same figure said as a limit. Other bounded claims
// ("over $500 million" beside $1.6 billion) form clusters of their own per
// bound and value. A cluster whose value is another's cut to its own last
// significant digit ("$5 million" beside $5.576 million) is folded into that
// one as a variant, with the reason. Clusters of one slot that still cannot
// overlap are conflicts; each names the other and why.
//
// Members whose documents are syndicated copies of each other, or come from
// one outlet, count as one independent source (fingerprint.h).
//
// The output is a pure function of the set of member claims (keyed by
// document and span) and document fingerprints (keyed by document), so
// merging is associative, commutative and idempotent: any grouping and order
// of inputs, and the same input twice, give byte-identical output. Keys
// start with a hash of the slot, so clusters stream slot by slot and still
// come out sorted by key.
//
// Thread safety: a ClusterSet is used by one thread at a time.
#ifndef CLAIMEX_CORE_MERGE_CLUSTERS_H_
#define CLAIMEX_CORE_MERGE_CLUSTERS_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimex/status.h"
#include "fingerprint.h"
#include "member_store.h"

namespace claimex {

inline constexpr const char* kClusterSchema = "claimex.cluster/1";
inline constexpr const char* kFingerprintSchema = "claimex.fingerprint/1";

class ClusterSet {
 public:
  // Members past `memory_budget` bytes go to temporary files under
  // `temp_dir` (member_store.h); the output is the same either way.
  explicit ClusterSet(std::size_t memory_budget = MemberStore::kDefaultBudget,
                      std::filesystem::path temp_dir = std::filesystem::temp_directory_path())
      : members_(memory_budget, std::move(temp_dir)) {}

  // Adds what one record holds: an annotations record (its "claims" and its
  // "fingerprint"), a claim record (claimex.claim/1), a cluster record (its
  // "members") or a fingerprint record (claimex.fingerprint/1).
  Status Add(const nlohmann::json& record);

  // Calls `emit` with every fingerprint record, sorted by document id: the
  // part of a merge's output that lets a later merge find copies.
  void ForEachFingerprint(const std::function<void(const nlohmann::json&)>& emit) const;
  // Calls `emit` with every cluster record in key order, one slot at a time,
  // so that only the members are held in memory, not the output too. Fails
  // only when spilled members cannot be read back.
  Status ForEachCluster(const std::function<void(const nlohmann::json&)>& emit) const;

 private:
  Status AddClaim(const nlohmann::json& claim, const nlohmann::json& doc);
  Status AddMember(nlohmann::json member);
  Status AddFingerprint(const nlohmann::json& record);

  // Members by key, kept serialised: a parsed JSON object costs several
  // times its text, and a merge holds every claim it has seen.
  MemberStore members_;
  struct StoredFingerprint {
    std::string json;  // the record
    std::string outlet;
    Fingerprint fingerprint;
  };
  std::map<std::string, StoredFingerprint> documents_;
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_CLUSTERS_H_
