// Claim clusters: the reduce step of claimex (`claimex merge`, the dedupe
// collector, the SQLite sink).
//
// A slot is (subject, predicate, GPU model, unit: currency or "gpu"). The
// claims of a slot are grouped into clusters whose values can all be true
// together within their stated precision: each claim is an interval (value
// +- precision; an approximate value +- 10% at least), taken from the most
// precise to the least, and joins the first cluster whose common interval it
// overlaps. Bounded claims ("over $500 million") form clusters of their own
// per bound and value: they agree with a point value only as a bound.
// Clusters of one slot whose intervals cannot overlap are conflicts; each
// names the other.
//
// The output is a pure function of the set of member claims (keyed by
// document and span), so merging is associative, commutative and
// idempotent: any grouping and order of inputs, and the same input twice,
// give byte-identical output (clusters in slot order, then by key).
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

namespace claimex {

inline constexpr const char* kClusterSchema = "claimex.cluster/1";

class ClusterSet {
 public:
  // Adds the claims of one record: an annotations record (its "claims"), a
  // claim record (claimex.claim/1) or a cluster record (its "members").
  Status Add(const nlohmann::json& record);

  // Calls `emit` with every cluster record, one slot at a time, so that only
  // the members are held in memory, not the output too.
  void ForEachCluster(const std::function<void(const nlohmann::json&)>& emit) const;
  // The same, collected.
  std::vector<nlohmann::json> Clusters() const;

  std::size_t members() const { return members_.size(); }

 private:
  Status AddClaim(const nlohmann::json& claim, const nlohmann::json& doc);
  void AddMember(nlohmann::json member);

  // Members by key, kept serialised: a parsed JSON object costs several
  // times its text, and a merge holds every claim it has seen.
  struct Stored {
    std::string slot;
    std::string json;
  };
  std::map<std::string, Stored> members_;
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_CLUSTERS_H_
