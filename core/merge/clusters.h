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

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimex/status.h"
#include "fingerprint.h"
#include "member_store.h"

namespace claimex {

inline constexpr const char* kClusterSchema = "claimex.cluster/1";
inline constexpr const char* kFingerprintSchema = "claimex.fingerprint/1";
inline constexpr const char* kConflictSchema = "claimex.conflict/1";

// The member record a claim becomes in a cluster (schemas/cluster.schema.json
// "members"), keyed by document id and span. `doc` holds what the document
// says of itself ("id", "source", "published"); what it lacks is taken from
// the claim's evidence. Stores keep members in this form, so that what they
// cluster is exactly what `claimex merge` clusters.
Status ClaimMember(const nlohmann::json& claim, const nlohmann::json& doc, nlohmann::json* member);
// The group of a member: every claim that may share a cluster or a conflict
// with it has the same group (subject, or the organisation a subsidiary is
// part of, and unit), so a group can be
// re-clustered alone.
std::string MemberGroup(const nlohmann::json& member);
// The values a member's figure stands for within its stated precision (an
// approximate one +-10% at least): what a cluster's range is made of.
std::pair<double, double> MemberInterval(const nlohmann::json& member);
// The values within which a member can touch another member's clustering:
// its figure within its precision, and as far as a figure it could be a
// truncation of, or be truncated to, may lie. Members of a group whose
// reaches are apart, also through other members, never share a cluster or
// decide where the other goes; so a group can be re-clustered one run of
// overlapping reaches at a time (GroupPart). A superset of every such
// interaction, never less.
std::pair<double, double> MemberReach(const nlohmann::json& member);

// Which independent source a document counts as. Documents of one outlet
// are one source, and so are syndicated copies; through a copy, two outlets
// become one. The components are over outlets and copy groups only, which
// are few, so that they need not hold every document of a large merge.
class IndependentSources {
 public:
  // `copies`: document id -> its copy group (fingerprint.h FindCopies);
  // `outlet_of`: document id -> outlet, for the documents of `copies`.
  IndependentSources(const std::map<std::string, std::string>& copies,
                     const std::map<std::string, std::string>& outlet_of);
  // The source a document of `outlet` (empty when unknown) counts as.
  std::string Of(const std::string& doc, const std::string& outlet) const;
  // Every node ("source:OUTLET", "copy:GROUP") whose source is another
  // node's, with that root: what Of returns for it. A store keeps these, so
  // that it can tell which documents a new copy makes one source.
  std::map<std::string, std::string> Roots() const;
  // The sources of `copies` when the roots are already known (from Roots()
  // of all the documents): what a store re-clustering one group uses.
  static IndependentSources FromRoots(const std::map<std::string, std::string>& copies,
                                      const std::map<std::string, std::string>& roots);

 private:
  std::string Find(std::string x) const;
  void Join(const std::string& a, const std::string& b);

  std::map<std::string, std::string> copies_;
  std::map<std::string, std::string> parent_;
};

// What a merge knows of the documents of its members, when it does not
// find copies itself: a store keeps copy groups and sources across runs.
struct DocumentSources {
  std::map<std::string, std::string> copies;  // document id -> copy group
  // (document id, outlet) -> independent source
  std::function<std::string(const std::string&, const std::string&)> source_of;
};

// One of `parts` ranges of cluster keys, by the eight hex digits of group
// hash they start with (GroupPrefix): a group's clusters depend on its own
// members and on the documents' fingerprints alone, so each range can be
// merged apart (`claimex merge --part`), and the ranges ascend, so their
// clusters, one range after another, are in key order.
struct KeyPart {
  std::uint32_t part = 0;  // in [0, parts)
  std::uint32_t parts = 1;
  bool Holds(std::string_view group_prefix) const;
};

// A cluster as the conflict of its fact sees it.
struct FactCluster {
  std::string key;  // as the merge keys it
  double low = 0, high = 0;  // -inf, inf: no end
  bool low_open = false, high_open = false;
  double amount = 0;
  std::string bound;
  std::size_t sources = 0;
};

// What re-clustering part of a group (the members whose reaches meet
// those of the claims a run changed, MemberReach) needs of the rest of it.
struct GroupPart {
  // Serialised ids of the organisations subsidiaries of the whole group
  // belong to: they decide the order slots are clustered in.
  std::set<std::string> owners;
  // Facts (conflict keys) the part's clusters were in before, with their
  // conflict record (null when none): a fact is judged again even when no
  // cluster of the part is in it now.
  std::map<std::string, nlohmann::json> facts;
  // The clusters outside the part of a fact.
  std::function<Status(const std::string& fact, std::vector<FactCluster>* clusters)> outside;
  // When set, the clusters of the part to write, by their members' keys
  // (sorted): the others are as stored, and count among the outside.
  std::function<bool(const std::vector<std::string>& members)> keep;
};

// A cluster as clustering made it: its members' keys, sorted, and the
// values from which a claim may meet it (whose reach, MemberReach, meets
// them): its amount, and a point cluster's range too.
struct ClusterShape {
  std::vector<std::string> members;
  std::string labels;  // per member, in that order: 'v' a variant, 'j' joined, '-' neither
  double amount = 0;
  double range_low = 0, range_high = 0;  // -inf, inf: no end
  double low = 0, high = 0;
  // The same cluster, made the same way.
  bool operator==(const ClusterShape&) const = default;
};

struct ClusteringView;

// A member a store places in one of its stored clusters, or in one it
// begins, without clustering the claims around it again (ClaimStore's
// JoinInPlace): what GroupMerge would ask of it, so that the store can
// tell, from stored clusters and the claims near it, where clustering
// would put it and that nothing else moves.
class JoiningMember {
 public:
  // `text`: the member record as a store keeps it.
  static Status Of(const std::string& text, JoiningMember* out);

  // Whether a store can place it: a member of a store written before
  // members had every field is placed by clustering again.
  bool Placeable() const { return view_ != nullptr; }
  // Clustered by its figure among the claims of its own slot and partition
  // when no cluster of another takes it (ClusterSlot's points): a point
  // figure. Else a bounded one, which joins its own slot's point cluster
  // that holds it or the cluster of its bound.
  bool ClusteredAmongItsOwn() const;
  double amount() const;
  const std::string& bound() const;
  // How wide the values its figure stands for are: a cluster made before
  // it in its slot is no wider (ClusterSlot's order).
  double width() const;
  // The merge key of the cluster of its slot and partition whose value has
  // `bound` and `amount`: a stored cluster with another is of another slot
  // or partition.
  std::string MergeKey(const std::string& bound, double amount) const;
  // Whether its figure may stand for a cluster of its own whose value has
  // `bound` and `amount`: a point cluster whose figure it holds.
  bool MayStandFor(const std::string& bound, double amount) const;
  // A cluster of the store as its columns hold it (nullopt: NULL; no end:
  // -inf, inf).
  struct StoredCluster {
    std::string merge_key;
    std::optional<std::string> subject, predicate, family_kind, model, unit, per, basis, scope, period;
    std::string bound;
    double amount = 0, low = 0, high = 0;
    bool low_open = false, high_open = false;
  };
  // Whether clustering would give it to a cluster of another slot or
  // partition, as stating less than that cluster's fact (GroupMerge's
  // holders), judged from `clusters`: at least every stored cluster of its
  // group in its reach, of a group none of whose subjects is a subsidiary.
  // *taken_by: the one cluster that does, or null when none or several may
  // (it is then clustered among its own); *several, when given: several
  // may, so that one more changes nothing. False when a cluster's slot
  // cannot be told from its columns (a qualifier that is no string).
  bool TakenBy(const std::vector<StoredCluster>& clusters, const StoredCluster** taken_by,
               bool* several = nullptr) const;
  // Whether a cluster of this range (no end: -inf, inf) keeps its range
  // when the member joins: the member's figure narrows it nowhere.
  bool Keeps(double low, double high, bool low_open, bool high_open) const;
  // Whether `member` (a member record) is a point figure placed before it
  // among the figures of a slot.
  bool PlacedBefore(const nlohmann::json& member) const;

  // What a claim of its group whose reach meets its own may do with a
  // cluster it begins or joins, when no stored cluster tells: every
  // cluster a claim's placement looks at lies in the claim's reach.
  //
  // Whether `other` is of its own slot and partition (ClusterSlot places
  // them among the same clusters).
  bool SharesItsSlot(const JoiningMember& other) const;
  // Whether the cluster it begins may take `other`, a claim of another slot
  // or partition, as stating less (GroupMerge's holders): it then does
  // unless several stored clusters already may (TakenBy), and `other`
  // stays among its own.
  bool MayTake(const JoiningMember& other) const;
  double reach_low() const;
  double reach_high() const;
  // Whether `other` is a point figure whose values meet its own: a
  // cluster `other` is in may then hold it, a bounded figure, before its
  // bound's cluster does (ClusterSlot's same figure).
  bool MeetsAsPoint(const JoiningMember& other) const;
  // Whether `other`, of its own slot and partition, is placed as before
  // when it, a point figure, begins a cluster, and `other` makes no
  // cluster it would join. `placed_in`: the stored cluster `other` is a
  // plain member of (neither a variant nor joined), when it is one;
  // `begun_before`: a figure placed before it began that cluster. Then
  // `other` is a figure the cluster begun cannot take, placed before it at
  // a figure it does not hold, or after it, nearer the figure of a
  // `placed_in` begun before; and neither is cut from the other, but
  // where `placed_in` meets its figure (a truncation joins only a cluster
  // it misses).
  bool BeginsApartFrom(const JoiningMember& other, const StoredCluster* placed_in, bool begun_before) const;
  // Whether, when it begins a cluster, where `other` stays depends on the
  // cluster it is in (BeginsApartFrom).
  bool NeedsPlacement(const JoiningMember& other) const;

 private:
  // Whether `other` is a point figure placed after it that its figure's
  // cluster may take (ClusterSlot's StandsFor): where `other` stays then
  // depends on the cluster it is in.
  bool MayDrawAfter(const JoiningMember& other) const;
  // Whether either figure may be the other cut to its last digit
  // (IsTruncation).
  bool CutEitherWay(const JoiningMember& other) const;

  std::shared_ptr<const ClusteringView> view_;
  std::string prefix_;  // of its group's cluster keys
};

// What ForEachRecord gives a store for each group it re-clusters.
struct GroupOutput {
  // A cluster record, with its fact (the conflict key of its slot and
  // qualifiers; empty when it cannot conflict) and its summary; or a
  // conflict record, with its key as fact and no summary.
  std::function<void(const nlohmann::json& record, const std::string& fact, const FactCluster* summary)> record;
  // A cluster outside the part, of a fact judged again, with its conflict
  // entry ({"key", "reason"}) or null when it is in none.
  std::function<void(const FactCluster& cluster, const nlohmann::json& entry)> judged;
};

class ClusteringViews;

class ClusterSet {
 public:
  // Members past `memory_budget` bytes go to temporary files under
  // `temp_dir` (member_store.h); the output is the same either way.
  explicit ClusterSet(std::size_t memory_budget = MemberStore::kDefaultBudget,
                      std::filesystem::path temp_dir = std::filesystem::temp_directory_path());
  ~ClusterSet();

  // Adds what one record holds: an annotations record (its "claims" and its
  // "fingerprint"), a claim record (claimex.claim/1), a cluster record (its
  // "members") or a fingerprint record (claimex.fingerprint/1). Conflict
  // records (claimex.conflict/1) are accepted and ignored: they follow from
  // the clusters, so a merge can read its own output.
  Status Add(const nlohmann::json& record);
  // Adds one member record in the text a store keeps (ClaimMember's
  // member, serialised): kept as that text when it needs no normalising,
  // not parsed into a record and serialised again, with what clustering
  // reads of it. `also`, when given, gets the same member, parsed once: a
  // store's window clusters its claims both as stored and as now.
  Status AddStoredMember(std::string text, ClusterSet* also = nullptr);
  // Whether Add reads this field of an annotations record: a reader may
  // leave the others (the layers, most of a record's bytes) unbuilt.
  static bool ReadsAnnotationsField(std::string_view field);
  // From now on, keeps only the members whose groups are in `part`; every
  // fingerprint is kept all the same, since copies count in every group.
  void KeepOnly(KeyPart part) { part_ = part; }

  // Calls `emit` with every fingerprint record, sorted by document id: the
  // part of a merge's output that lets a later merge find copies.
  void ForEachFingerprint(const std::function<void(const nlohmann::json&)>& emit) const;
  // Calls `emit` with every cluster and conflict record in key order (a
  // conflict after the clusters of its subject), one subject at a time, so
  // that only the members are held in memory, not the output too. Fails
  // only when spilled members cannot be read back.
  Status ForEachRecord(const std::function<void(const nlohmann::json&)>& emit) const;
  // The same, unsorted, with copies and sources given instead of found from
  // the fingerprints added (a store re-clustering one group), and with what
  // a store keeps of each cluster. With `part`, the members added are a part
  // of one group, and `part` says what that needs of the rest of it.
  Status ForEachRecord(const DocumentSources& sources, const GroupPart* part, const GroupOutput& output) const;
  // The clusters of the members added, by shape, as ForEachRecord with
  // `part` would make them. What clustering reads of a member is kept, for
  // the next call and ForEachRecord: a store's window clusters its members
  // again each time it grows.
  Status ForEachShape(const GroupPart* part, const std::function<void(const ClusterShape&)>& visit) const;

 private:
  // Normalises a member record (one written before some of its fields
  // existed, or holding what a cluster record adds to it) and keeps it.
  Status AddMember(nlohmann::json member);
  // A normalised member as kept: `text` is it serialised, `view` (when
  // given) what clustering reads of it.
  static StoredMember StoredOf(const nlohmann::json& member, std::string text,
                               std::shared_ptr<const ClusteringView> view);
  // Keeps a member whose group is in the part kept.
  Status Keep(const std::string& key, StoredMember member);
  Status AddFingerprint(const nlohmann::json& record);

  // Members by key, kept serialised: a parsed JSON object costs several
  // times its text, and a merge holds every claim it has seen.
  MemberStore members_;
  // The slots and partitions the members' views point at.
  std::unique_ptr<ClusteringViews> views_;
  KeyPart part_;
  struct StoredFingerprint {
    std::string json;  // the record
    std::string outlet;
    Fingerprint fingerprint;
  };
  std::map<std::string, StoredFingerprint> documents_;
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_CLUSTERS_H_
