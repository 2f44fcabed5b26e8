// Claim clusters: the reduce step of claimex (`claimex merge`, the dedupe
// collector, the SQLite sink).
//
// A slot is (subject, predicate family, GPU model, unit: currency or "gpu",
// per: the unit of a per-unit figure, basis: a forecast or the end of a
// range rather than a figure reported as fact); the family lets "CapEx" and
// "hardware spend" of one company meet, "$28 a share" never meets a total,
// and analysts' forecast or an indicative price range never contradicts the
// result. Scope and period separate facts too, but are often unstated: the
// claims of a slot are partitioned by (scope, period), nulls equal only to
// nulls. Within a partition, claims are grouped into clusters whose values
// can all be true together within their stated precision: each claim is an
// interval (value +- precision; an approximate value +- 10% at least; a
// round figure's trailing zeros stretch it by 10% at most), taken from the
// most precise to the least, and joins, of the clusters whose common
// interval it overlaps and whose own figure it holds, the one whose figure
// is nearest ("$8 billion" meets "$8.5 billion" but is not it). A bounded claim ("up to $944 million")
// joins a cluster when its own figure, within its precision, is the
// cluster's value and its bound holds for it: it is the same figure said as
// a limit. Other bounded claims ("over $500 million" beside $1.6 billion)
// form clusters of their own per bound and value. A cluster whose value is
// another's cut to its own last significant digit ("$5 million" beside
// $5.576 million) is folded into that one as a variant, with the reason.
//
// A claim that states less than the facts around it joins one of them only
// when exactly one could hold it, and says why (member field "joined"):
//   - scope or period unstated: a cluster of a partition that states what it
//     states, and more;
//   - a generic predicate (family_kind "generic": unknown, spending): a
//     cluster of any specific family of its subject, unit, model and per;
//   - a GPU count without a model: a cluster of its family naming a model;
//   - a forecast or an end of a range: a cluster of its family reported as
//     fact whose range holds its figure ("$40 billion to $42 billion" beside
//     $42 billion; "$60,000 to $70,000" stays apart from $65,000).
// Otherwise it stays in its own partition or slot. A joined claim widens
// nothing: the cluster's range is its own members'.
//
// Clusters of one fact (a specific slot and one partition) that cannot all
// hold are a conflict: one conflict record per fact lists them, and each
// cluster names that record. Generic slots never conflict.
//
// Members whose documents are syndicated copies of each other, or come from
// one outlet, count as one independent source (fingerprint.h).
//
// The output is a pure function of the set of member claims (keyed by
// document and span) and document fingerprints (keyed by document), so
// merging is associative, commutative and idempotent: any grouping and order
// of inputs, and the same input twice, give byte-identical output. Keys
// start with a hash of the subject and unit, so every slot of a subject is
// merged together, records stream subject by subject and still come out
// sorted by key.
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
inline constexpr const char* kConflictSchema = "claimex.conflict/1";

class ClusterSet {
 public:
  // Members past `memory_budget` bytes go to temporary files under
  // `temp_dir` (member_store.h); the output is the same either way.
  explicit ClusterSet(std::size_t memory_budget = MemberStore::kDefaultBudget,
                      std::filesystem::path temp_dir = std::filesystem::temp_directory_path())
      : members_(memory_budget, std::move(temp_dir)) {}

  // Adds what one record holds: an annotations record (its "claims" and its
  // "fingerprint"), a claim record (claimex.claim/1), a cluster record (its
  // "members") or a fingerprint record (claimex.fingerprint/1). Conflict
  // records (claimex.conflict/1) are accepted and ignored: they follow from
  // the clusters, so a merge can read its own output.
  Status Add(const nlohmann::json& record);

  // Calls `emit` with every fingerprint record, sorted by document id: the
  // part of a merge's output that lets a later merge find copies.
  void ForEachFingerprint(const std::function<void(const nlohmann::json&)>& emit) const;
  // Calls `emit` with every cluster and conflict record in key order (a
  // conflict after the clusters of its subject), one subject at a time, so
  // that only the members are held in memory, not the output too. Fails
  // only when spilled members cannot be read back.
  Status ForEachRecord(const std::function<void(const nlohmann::json&)>& emit) const;

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
