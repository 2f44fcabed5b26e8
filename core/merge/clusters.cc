#include "clusters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <deque>
#include <limits>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "claimex/content_hash.h"
#include "parse_json.h"

namespace claimex {
namespace {

using nlohmann::json;

constexpr double kApproxShare = 0.1;  // "about $6 million" covers +-10%
constexpr double kInf = std::numeric_limits<double>::infinity();
// Fields a merge computes on output; stripped when a cluster record is read
// back, so that they never count as the member's own data.
constexpr const char* kDerivedMemberFields[] = {"copy_group", "variant", "joined"};
// What a member has once normalised (ClusterSet::AddMember).
constexpr const char* kStatedMemberFields[] = {"scope",  "period",      "per",           "basis",
                                               "family", "family_kind", "subject_part_of"};

bool NeedsNormalising(const json& member) {
  return std::any_of(std::begin(kDerivedMemberFields), std::end(kDerivedMemberFields),
                     [&](const char* field) { return member.contains(field); }) ||
         std::any_of(std::begin(kStatedMemberFields), std::end(kStatedMemberFields),
                     [&](const char* field) { return !member.contains(field); });
}

// The fields of a member ClusterSet::AddMember reads of one that needs no
// normalising, or checks for that, and those clustering reads of it
// (ClusteringReads), so that one parse makes its view too: a store's member
// is parsed for these alone, its sentence and text kept unparsed in its
// text.
bool AddMemberReads(std::string_view /*schema*/, std::string_view field) {
  // Hashed: asked of every field of every member a store reads.
  static const std::unordered_set<std::string_view> kRead = {
      "amount",          "basis", "bound",   "copy_group", "doc",       "family",        "family_kind",
      "joined",          "key",   "per",     "period",     "scope",     "source",        "subject",
      "subject_part_of", "unit",  "variant", "model",      "precision", "predicate_via", "subject_via"};
  return kRead.contains(field);
}

json Id(const json& v) { return v.is_object() ? v.value("id", json()) : json(); }

// printf's "%.<precision>g", which std::to_chars writes byte for byte at a
// fraction of its cost: every merge key holds an amount.
std::string General(double v, int precision) {
  char buf[40];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, precision).ptr);
}

std::string Number(double v) { return General(v, 17); }

std::string Readable(double v) { return General(v, 15); }

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Appends j.dump(): null and plain ASCII strings, what slot, partition and
// group keys are mostly made of, without a serializer each (one per field
// was most of what making a member's view cost).
void AppendDump(std::string& out, const json& j) {
  if (j.is_null()) {
    out.append("null");
    return;
  }
  if (j.is_string()) {
    const std::string& s = j.get_ref<const std::string&>();
    if (std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; })) {
      out.append(1, '"').append(s).append(1, '"');
      return;
    }
  }
  out.append(j.dump());
}

std::string Dumped(const json& j) {
  std::string out;
  AppendDump(out, j);
  return out;
}

// A value range; open ends exclude their endpoint ("over 500").
struct Range {
  double lo = -kInf, hi = kInf;
  bool lo_open = false, hi_open = false;
};

bool Disjoint(const Range& a, const Range& b) {
  auto below = [](const Range& x, const Range& y) {  // x entirely below y
    return x.hi < y.lo || (x.hi == y.lo && (x.hi_open || y.lo_open));
  };
  return below(a, b) || below(b, a);
}

Range Intersect(const Range& a, const Range& b) {
  Range r = a;
  if (b.lo > r.lo || (b.lo == r.lo && b.lo_open)) r.lo = b.lo, r.lo_open = b.lo_open;
  if (b.hi < r.hi || (b.hi == r.hi && b.hi_open)) r.hi = b.hi, r.hi_open = b.hi_open;
  return r;
}

std::string Describe(const Range& r) {
  return std::string(r.lo_open || std::isinf(r.lo) ? "(" : "[") + (std::isinf(r.lo) ? "-inf" : Readable(r.lo)) + ", " +
         (std::isinf(r.hi) ? "inf" : Readable(r.hi)) + (r.hi_open || std::isinf(r.hi) ? ")" : "]");
}

bool IsPoint(const std::string& bound) { return bound == "exact" || bound == "approx"; }

// What clustering reads of a member, held for every member of a group
// while it is clustered, so kept small: parsed whole, a member took 3.4 KB,
// most of what re-clustering a large group held. Its record is parsed
// again, one at a time, when its cluster is written.
struct Claim {
  const StoredMember* stored = nullptr;  // null: a figure alone (MemberReach)
  std::string key;
  double amount = 0;
  double precision = 0;
  std::string bound;
  // Its subject named in its sentence and its predicate in its own clause
  // (IsFirm).
  bool firm = false;
};

Claim FigureOf(const json& m) {
  Claim c;
  c.amount = m["amount"].get<double>();
  c.precision = m.value("precision", 0.0);
  c.bound = m["bound"].get<std::string>();
  return c;
}

// The fields of a member GroupMerge reads: the others (its sentence, its
// text, where it stands) are read again when its cluster is written.
bool ClusteringReads(std::string_view /*schema*/, std::string_view field) {
  static const std::unordered_set<std::string_view> kRead = {
      "amount", "basis", "bound", "family", "family_kind", "key", "model", "per", "period", "precision",
      "predicate_via", "scope", "subject", "subject_part_of", "subject_via", "unit"};
  return kRead.contains(field);
}

// Records written before these fields existed count as firm, as they were
// then.
bool StatesFirmly(const json& m) {
  const json subject_via = m.value("subject_via", json("name"));
  const json predicate_via = m.value("predicate_via", json("clause"));
  const bool named = subject_via.is_null() || subject_via == "name" || subject_via == "possessive" ||
                     subject_via == "coordination" || subject_via == "attribution" || subject_via == "product" ||
                     subject_via == "seller";
  return named && (predicate_via.is_null() || predicate_via == "clause");
}

double Amount(const Claim& m) { return m.amount; }

// The figure as stated, within its precision.
Range FigureRange(const Claim& m) {
  const double amount = m.amount;
  double half = m.precision;
  // A figure rounded to its last digit stands for [x - half, x + half):
  // "4.6 trillion" and "4.7 trillion" meet at no value, so they disagree.
  const bool rounded = half > 0 && m.bound != "approx";
  if (m.bound == "approx") half = std::max(half, kApproxShare * std::fabs(amount));
  return {amount - half, amount + half, false, rounded};
}

// The values a limit allows. The figure in it is as rounded as any other:
// "over $1.3 million" may be over $1.26 million, so it stands open by the
// figure's precision and does not contradict "up to $1.3 million".
Range BoundRange(const Claim& m) {
  const std::string& bound = m.bound;
  const double amount = m.amount;
  const double half = m.precision;
  if (bound == "over") return {amount - half, kInf, half == 0, false};
  if (bound == "at_least") return {amount - half, kInf, false, false};
  if (bound == "under") return {-kInf, amount + half, false, half == 0};
  return {-kInf, amount + half, false, false};  // at_most
}

json RangeJson(const Range& r) {
  return {{"low", std::isinf(r.lo) ? json() : json(r.lo)}, {"high", std::isinf(r.hi) ? json() : json(r.hi)}};
}

// True when `coarse`, stated to a unit of twice its precision, is `fine`
// cut (not rounded) to that unit: "$5 million" for $5.576 million.
bool IsTruncation(double coarse, double coarse_precision, double fine) {
  const double unit = 2 * coarse_precision;
  if (unit <= 0 || coarse == fine) return false;
  const double cut = std::trunc(fine / unit) * unit;
  return std::fabs(cut - coarse) <= 1e-9 * std::max(1.0, std::fabs(coarse));
}

struct Member {
  const Claim* claim;
  std::string variant;  // why a member that does not fit the range belongs
  std::string joined;   // why a member of another slot or partition is here
};

// What a claim measures, apart from its value: the claims of one slot and
// partition are one fact and may conflict.
struct Slot {
  std::string key;                        // `record` serialised, its fields in order
  json record;                            // as written in cluster and conflict records
  std::string family, model, per, basis;  // serialised, for comparing slots
  std::string subject, part_of;           // serialised: the subject and the organisation it belongs to
  bool part_of_named = false;             // part_of is an organisation's id
  bool generic = false;
  bool has_model = false;
};

// A price the market set at a moment ("closed at $36", "opened at $35"):
// another moment's price does not contradict it, and the text seldom says
// which moment, so market prices never conflict.
bool IsMarketPrice(const Slot& slot) { return slot.basis == "\"market\""; }

// A forecast or an end of a range that equals a figure reported as fact
// ("expects $42 billion", "$40 billion to $42 billion" beside "$42
// billion") states that figure: it may join it (see OnlyHolder).
bool MayStateAFact(const Slot& slot) {
  return slot.basis == "\"forecast\"" || slot.basis == "\"range_low\"" || slot.basis == "\"range_high\"";
}

// Qualifiers that separate facts but are often unstated.
struct Partition {
  std::string key;            // `record` serialised
  json record;                // {"scope", "period"}
  std::string scope, period;  // serialised
  int stated = 0;             // how many are not null
};

// True when every qualifier `p` states, `q` states the same way.
bool Refines(const Partition& q, const Partition& p) {
  return (p.scope == "null" || p.scope == q.scope) && (p.period == "null" || p.period == q.period);
}

// The key `claimex merge` gives a cluster of `kind` ("point" or a bound)
// and `amount` in a slot and partition of the group whose keys start with
// `prefix`.
std::string MergeKeyOf(const std::string& prefix, const Slot& slot, const Partition& partition,
                       const std::string& kind, double amount) {
  return prefix + ContentHash()
                      .AddField(slot.key)
                      .AddField(partition.key)
                      .AddField(kind)
                      .AddField(Number(amount))
                      .Hex()
                      .substr(0, 8);
}

// Whether a cluster of slot `holder` and partition `held_in` may take a
// claim of `slot` and `partition` that states less than its fact, if it
// holds the claim's figure (GroupMerge's holders); *states_the_fact: the
// claim is a forecast or a range end, the cluster a fact.
bool MayHold(const Slot& holder, const Partition& held_in, const Slot& slot, const Partition& partition,
             bool* states_the_fact) {
  *states_the_fact = MayStateAFact(slot) && holder.basis == "null";
  // "TSMC-led Dresden plant gets €5bn": the parent's claim may be its
  // subsidiary's fact.
  const bool of_a_subsidiary = holder.part_of == slot.subject && holder.subject != slot.subject;
  if (holder.subject != slot.subject && !of_a_subsidiary) return false;
  if (holder.generic || holder.per != slot.per || (holder.basis != slot.basis && !*states_the_fact) ||
      !Refines(held_in, partition)) {
    return false;
  }
  if (holder.key == slot.key) return held_in.key != partition.key;
  if (of_a_subsidiary && !slot.generic) {
    return holder.family == slot.family && holder.model == slot.model && holder.basis == slot.basis;
  }
  if (*states_the_fact && !slot.generic) return holder.family == slot.family && holder.model == slot.model;
  return slot.generic ? holder.model == slot.model
                      : !slot.has_model && holder.has_model && holder.family == slot.family;
}

}  // namespace

// What GroupMerge reads of a member, made from its text once. Its slot and
// partition are shared by every member stating the same (ClusteringViews).
struct ClusteringView {
  Claim claim;  // its `stored` unset
  std::shared_ptr<const Slot> slot;
  std::shared_ptr<const Partition> partition;
};

// The slots and partitions of a set's members, one of each, for their views
// to point at.
class ClusteringViews {
 public:
  std::shared_ptr<const ClusteringView> Make(const StoredMember& stored) {
    return Make(ParseJson(stored.json, ClusteringReads));
  }

  // `m`: at least the fields ClusteringReads keeps.
  std::shared_ptr<const ClusteringView> Make(const json& m) {
    auto view = std::make_shared<ClusteringView>();
    Claim& claim = view->claim = FigureOf(m);
    claim.key = m["key"].get<std::string>();
    claim.firm = StatesFirmly(m);
    // The slot record serialised (its keys in order), spelt out: most
    // claims' slot is known, and a record made for each was most of what
    // clustering a window cost.
    std::string slot_key;
    for (const auto& [name, field] : {std::pair{"{\"basis\":", "basis"}, {",\"family_kind\":", "family_kind"},
                                      {",\"model\":", "model"}, {",\"per\":", "per"},
                                      {",\"predicate\":", "family"}, {",\"subject\":", "subject"},
                                      {",\"unit\":", "unit"}}) {
      AppendDump(slot_key.append(name), m[field]);
    }
    slot_key.append("}");
    // The record says all a slot is but the organisation its subject
    // belongs to.
    std::string part_of = Dumped(m["subject_part_of"]);
    auto [slot, new_slot] = slots_.try_emplace({std::move(slot_key), part_of});
    if (new_slot) {
      slot->second = std::make_shared<Slot>();
      const json record = {
          {"subject", m["subject"]}, {"predicate", m["family"]}, {"family_kind", m["family_kind"]},
          {"model", m["model"]},     {"unit", m["unit"]},        {"per", m["per"]},
          {"basis", m["basis"]}};
      *slot->second = {slot->first.first,
                       record,
                       Dumped(m["family"]),
                       Dumped(m["model"]),
                       Dumped(m["per"]),
                       Dumped(m["basis"]),
                       Dumped(m["subject"]),
                       std::move(part_of),
                       m["subject_part_of"].is_string(),
                       m["family_kind"] == "generic",
                       !m["model"].is_null()};
    }
    view->slot = slot->second;
    std::string scope = Dumped(m["scope"]), period = Dumped(m["period"]);
    auto [partition, new_partition] =
        partitions_.try_emplace("{\"period\":" + period + ",\"scope\":" + scope + "}");
    if (new_partition) {
      const json qualifiers = {{"scope", m["scope"]}, {"period", m["period"]}};
      partition->second = std::make_shared<Partition>(
          Partition{partition->first, qualifiers, std::move(scope), std::move(period),
                    int(!m["scope"].is_null()) + int(!m["period"].is_null())});
    }
    view->partition = partition->second;
    return view;
  }

 private:
  // By key and the organisation the subject belongs to. Shared: a view
  // may be in another set too.
  std::map<std::pair<std::string, std::string>, std::shared_ptr<Slot>> slots_;
  std::map<std::string, std::shared_ptr<const Partition>> partitions_;
};

namespace {

struct Cluster {
  std::string kind;  // "point" or a bound
  double amount = 0;
  double precision = 0;  // of the member that gave `amount`
  Range range;
  std::vector<Member> members;
  std::string key;
  const Slot* slot = nullptr;
  const Partition* partition = nullptr;
};

// Whether a figure stated within `figure` may be the cluster's: it meets the
// cluster's range and holds the cluster's own figure, so that "$8 billion"
// is not $8.5 billion said loosely, though their intervals touch.
bool StandsFor(const Range& figure, const Cluster& c) {
  return !Disjoint(c.range, figure) && !Disjoint({c.amount, c.amount}, figure);
}

// Whether some member states the cluster's figure firmly: its subject named
// in the sentence, its predicate in its own clause.
bool IsFirm(const Cluster& c) {
  return std::any_of(c.members.begin(), c.members.end(),
                     [](const Member& m) { return m.variant.empty() && m.claim->firm; });
}

std::string TruncationReason(const Cluster& fine, double coarse) {
  return Readable(coarse) + " is " + Readable(fine.amount) +
         " cut to its last significant digit (truncated, not rounded): the same figure stated loosely, not a "
         "different one";
}

// Groups the claims of one slot; see clusters.h for the rules.
// The pass of GroupMerge::Run that clusters a slot: specific slots naming
// a model first, then the others, then forecasts and range ends, then the
// slots of an organisation a subsidiary of the group belongs to
// (`owners`), then generic ones; within a pass, slots in the order of
// their keys.
int Pass(const Slot& slot, const std::set<std::string>& owners) {
  if (slot.generic) return 4;
  if (slot.has_model) return 0;
  if (owners.contains(slot.subject)) return 3;
  return MayStateAFact(slot) ? 2 : 1;
}

// Whether the claims of partition `a` of a slot are clustered before those
// of `b`: the partitions that state more first, so that their clusters may
// take a claim that states less.
bool PlacedFirst(const Partition& a, const Partition& b) {
  return a.stated != b.stated ? a.stated > b.stated : a.key < b.key;
}

// Whether GroupMerge::Run has made the clusters of slot `a` and partition
// `a_in` when it places the claims of `b` and `b_in`.
bool MadeBefore(const Slot& a, const Partition& a_in, const Slot& b, const Partition& b_in,
                const std::set<std::string>& owners) {
  const int pass_a = Pass(a, owners), pass_b = Pass(b, owners);
  if (pass_a != pass_b) return pass_a < pass_b;
  if (a.key != b.key) return a.key < b.key;
  return PlacedFirst(a_in, b_in);
}

// The order ClusterSlot places point figures in: the most precise first,
// so that each meets the clusters of the figures that say more.
std::tuple<double, double, std::string_view> PlacementOrder(const Claim& m) {
  const Range r = FigureRange(m);
  return {r.hi - r.lo, m.amount, m.key};
}

std::vector<Cluster> ClusterSlot(const std::vector<const Claim*>& claims) {
  std::vector<const Claim*> points, bounded;
  for (const Claim* m : claims) (IsPoint(m->bound) ? points : bounded).push_back(m);
  // Sorted by keys computed once: computed in the comparison, they were
  // most of the time a large slot took.
  const auto sort_by = [](std::vector<const Claim*>& claims, const auto& key_of) {
    using Key = decltype(key_of(*claims.front()));
    std::vector<std::pair<Key, const Claim*>> keyed;
    keyed.reserve(claims.size());
    for (const Claim* m : claims) keyed.emplace_back(key_of(*m), m);
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i) claims[i] = keyed[i].second;
  };
  if (!points.empty()) sort_by(points, PlacementOrder);
  std::vector<Cluster> clusters;
  // Clusters by amount: one a figure stands for has its amount in the
  // figure's range, so only those are looked at.
  std::multimap<double, std::size_t> by_amount;
  for (const Claim* m : points) {
    const Range r = FigureRange(*m);
    // "about $8 billion" may be $8 billion or $8.5 billion: the nearest,
    // and of the nearest the first made.
    auto it = clusters.end();
    for (auto c = by_amount.lower_bound(r.lo); c != by_amount.end() && c->first <= r.hi; ++c) {
      const auto candidate = clusters.begin() + static_cast<std::ptrdiff_t>(c->second);
      if (!StandsFor(r, *candidate)) continue;
      const double distance = std::fabs(candidate->amount - Amount(*m));
      if (it == clusters.end() || distance < std::fabs(it->amount - Amount(*m)) ||
          (distance == std::fabs(it->amount - Amount(*m)) && candidate < it)) {
        it = candidate;
      }
    }
    if (it == clusters.end()) {
      by_amount.emplace(Amount(*m), clusters.size());
      clusters.push_back({"point", Amount(*m), m->precision, r, {{m, "", ""}}, ""});
    } else {
      it->range = Intersect(it->range, r);
      it->members.push_back({m, "", ""});
    }
  }
  const std::size_t point_clusters = clusters.size();

  if (!bounded.empty()) {
    sort_by(bounded, [](const Claim& m) {
      return std::make_tuple(std::string_view(m.bound), m.amount, std::string_view(m.key));
    });
  }
  std::map<std::pair<std::string, double>, std::size_t> bound_clusters;
  for (const Claim* m : bounded) {
    const std::string& bound = m->bound;
    const Range limit = BoundRange(*m);
    auto same_figure = std::find_if(clusters.begin(), clusters.begin() + point_clusters, [&](const Cluster& c) {
      return !Disjoint(c.range, FigureRange(*m)) && !Disjoint(c.range, limit);
    });
    if (same_figure != clusters.begin() + point_clusters) {
      same_figure->range = Intersect(same_figure->range, limit);
      same_figure->members.push_back({m, "", ""});
      continue;
    }
    auto [it, inserted] = bound_clusters.try_emplace({bound, Amount(*m)}, clusters.size());
    if (inserted) clusters.push_back({bound, Amount(*m), m->precision, limit, {}, ""});
    clusters[it->second].members.push_back({m, "", ""});
  }

  // Clusters are in order of precision, so the first a truncation fits is
  // the most precise figure it can be cut from.
  for (std::size_t coarse = point_clusters; coarse-- > 0;) {
    Cluster& c = clusters[coarse];
    for (std::size_t fine = 0; fine < point_clusters; ++fine) {
      Cluster& f = clusters[fine];
      if (fine == coarse || f.members.empty() || f.precision >= c.precision || !Disjoint(c.range, f.range) ||
          !IsTruncation(c.amount, c.precision, f.amount)) {
        continue;
      }
      const std::string reason = TruncationReason(f, c.amount);
      for (Member& m : c.members) f.members.push_back({m.claim, reason, ""});
      c.members.clear();
      break;
    }
  }
  clusters.erase(std::remove_if(clusters.begin(), clusters.end(), [](const Cluster& c) { return c.members.empty(); }),
                 clusters.end());
  return clusters;
}

// A point cluster is exact when one member that made its range says so.
std::string BoundOf(const Cluster& c) {
  if (c.kind != "point") return c.kind;
  return std::any_of(c.members.begin(), c.members.end(),
                     [](const Member& m) { return m.variant.empty() && m.joined.empty() && m.claim->bound == "exact"; })
             ? "exact"
             : "approx";
}

// What every member record has, whatever wrote it.
Status CheckMember(const json& m) {
  if (!m.is_object() || !m.contains("key") || !m["key"].is_string() || !m.contains("amount") ||
      !m["amount"].is_number() || !m.contains("bound") || !m["bound"].is_string() || !m.contains("doc") ||
      !m["doc"].is_string()) {
    return Status::InvalidArgument("a cluster member needs key, doc, amount and bound");
  }
  return Status::OK();
}

}  // namespace

bool KeyPart::Holds(std::string_view group_prefix) const {
  if (parts <= 1) return true;
  std::uint64_t hash = 0;
  std::from_chars(group_prefix.data(), group_prefix.data() + group_prefix.size(), hash, 16);
  return (hash * parts >> 32) == part;
}

Status ClusterSet::AddMember(json member) {
  if (NeedsNormalising(member)) {
    for (const char* field : kDerivedMemberFields) member.erase(field);
    // Records written before these fields existed say nothing of them; the
    // merge writes "unknown" itself when no cue says, so only that is
    // generic.
    for (const char* field : {"scope", "period", "per", "basis", "subject_part_of"}) {
      if (!member.contains(field)) member[field] = nullptr;
    }
    if (!member.contains("family")) member["family"] = member.value("predicate", json());
    if (!member.contains("family_kind")) member["family_kind"] = member["family"] == "unknown" ? "generic" : "specific";
  }
  StoredMember stored = StoredOf(member, {}, nullptr);
  // Serialised once kept: a part's merge passes most members by.
  if (!part_.Holds(GroupPrefix(stored.group))) return Status::OK();
  stored.json = Dump(member);
  return members_.Add(member["key"].get<std::string>(), std::move(stored));
}

StoredMember ClusterSet::StoredOf(const json& member, std::string text, std::shared_ptr<const ClusteringView> view) {
  const json& source = member.value("source", json());
  return {MemberGroup(member), member["doc"].get<std::string>(), source.is_string() ? source.get<std::string>() : "",
          std::move(text), std::move(view)};
}

Status ClusterSet::Keep(const std::string& key, StoredMember member) {
  if (!part_.Holds(GroupPrefix(member.group))) return Status::OK();
  return members_.Add(key, std::move(member));
}

Status ClusterSet::AddFingerprint(const json& record) {
  if (!record.contains("doc") || !record["doc"].is_string() || record["doc"].get_ref<const std::string&>().empty()) {
    return Status::InvalidArgument("a fingerprint record needs its document id");
  }
  StoredFingerprint stored;
  if (Status s = ParseFingerprint(record.value("fingerprint", json()), &stored.fingerprint); !s.ok()) return s;
  const json normalised = {{"schema", kFingerprintSchema},
                           {"doc", record["doc"]},
                           {"source", record.value("source", json())},
                           {"published", record.value("published", json())},
                           {"fingerprint", record["fingerprint"]}};
  stored.json = Dump(normalised);
  if (record.contains("source") && record["source"].is_string()) stored.outlet = record["source"];
  auto [it, inserted] = documents_.try_emplace(record["doc"].get<std::string>(), stored);
  if (!inserted && stored.json > it->second.json) it->second = std::move(stored);
  return Status::OK();
}

Status ClaimMember(const json& claim, const json& doc, json* out) {
  if (!claim.is_object() || !claim.contains("value") || !claim["value"].is_object() ||
      !claim.contains("start") || !claim.contains("end")) {
    return Status::InvalidArgument("a claim needs value, start and end");
  }
  const json& value = claim["value"];
  const json& evidence = claim.value("evidence", json::object());
  const std::string doc_id = doc.value("id", evidence.value("doc", std::string()));
  if (doc_id.empty()) return Status::InvalidArgument("a claim needs its document id");
  // A count's figure is its count; money's and a quantity's (a custom
  // stage's amount with a unit) their amount.
  const std::string type = value.value("type", "");
  const bool money = type == "money";
  const bool count = !money && type != "quantity";
  const json amount = count ? value.value("count", json()) : value.value("amount", json());
  if (!amount.is_number()) return Status::InvalidArgument("a claim value needs a number");
  const json predicate = claim.value("predicate", "unknown");
  const json family = claim.value("family", predicate);
  const json qualifiers = claim.contains("qualifiers") && claim["qualifiers"].is_object() ? claim["qualifiers"]
                                                                                            : json::object();
  json& member = *out;
  member = {
      {"doc", doc_id},
      {"source", doc.contains("source") ? doc["source"] : evidence.value("source", json())},
      {"published", doc.contains("published") ? doc["published"] : evidence.value("published", json())},
      {"text", claim.value("text", "")},
      {"start", claim["start"]},
      {"end", claim["end"]},
      {"sentence", evidence.value("sentence", json())},
      {"subject", Id(claim.value("subject", json()))},
      {"subject_part_of", claim.value("subject", json::object()).is_object()
                              ? claim.value("subject", json::object()).value("part_of", json())
                              : json()},
      {"predicate", predicate},
      {"family", family},
      {"family_kind", claim.value("family_kind", json(family == "unknown" ? "generic" : "specific"))},
      {"model", qualifiers.value("model", json())},
      {"scope", qualifiers.value("scope", json())},
      {"period", qualifiers.value("period", json())},
      {"per", qualifiers.value("per", json())},
      {"basis", qualifiers.value("basis", json())},
      {"unit", money ? value.value("currency", json()) : value.value("unit", json(count ? "gpu" : ""))},
      {"amount", amount},
      {"precision", value.value("precision", count ? 0.5 : 0.0)},
      {"bound", value.value("bound", "exact")},
      {"attribution", Id(claim.value("attribution", json()))},
      {"hedge", claim.value("hedge", json())},
      {"subject_via", claim.value("subject", json::object()).is_object()
                          ? claim.value("subject", json::object()).value("via", json())
                          : json()},
      {"predicate_via", claim.value("predicate_via", json())},
  };
  member["key"] = ContentHash()
                      .AddField(doc_id)
                      .AddField(member["start"].dump())
                      .AddField(member["end"].dump())
                      .Hex();
  return Status::OK();
}

std::pair<double, double> MemberInterval(const json& member) {
  const Range r = FigureRange(FigureOf(member));
  return {r.lo, r.hi};
}

namespace {

std::pair<double, double> Reach(const Claim& member) {
  const Range r = FigureRange(member);
  const double amount = member.amount;
  // A truncation's unit is twice the coarse figure's precision, and the
  // fine figure lies within one unit of it, away from zero (cut, not
  // rounded: "$1 trillion" may be $1.9 trillion cut, never $0.9 trillion);
  // the margin covers the tolerance IsTruncation compares with. A reach no
  // wider than that keeps a large round figure from joining the runs of
  // figures it cannot touch.
  const double cut = 2 * member.precision + 1e-6 * std::max(1.0, std::fabs(amount));
  const double below = amount <= 0 ? amount - cut : r.lo;
  const double above = amount >= 0 ? amount + cut : r.hi;
  // Finite, so that a store can keep it: a figure near the largest double
  // reaches past it.
  constexpr double kLargest = std::numeric_limits<double>::max();
  return {std::max(-kLargest, std::min(r.lo, below)), std::min(kLargest, std::max(r.hi, above))};
}

}  // namespace

std::pair<double, double> MemberReach(const json& member) { return Reach(FigureOf(member)); }

std::string MemberGroup(const json& member) {
  // A subsidiary is merged with the organisation it belongs to, so that a
  // claim the text files under the parent may join the subsidiary's fact.
  const json& part_of = member.value("subject_part_of", json());
  const json& owner = part_of.is_string() ? part_of : member.value("subject", json());
  std::string group = Dumped(owner);
  AppendDump(group.append("\x1f"), member.value("unit", json()));
  return group;
}

ClusterSet::ClusterSet(std::size_t memory_budget, std::filesystem::path temp_dir)
    : members_(memory_budget, std::move(temp_dir)), views_(std::make_unique<ClusteringViews>()) {}

ClusterSet::~ClusterSet() = default;

Status ClusterSet::AddStoredMember(std::string text, ClusterSet* also) {
  json member = ParseJson(text, AddMemberReads);
  if (Status s = CheckMember(member); !s.ok()) return s;
  // Normalised, a member is kept as parsed: whole, then; and its view is
  // made of it when it is clustered.
  if (NeedsNormalising(member)) {
    member = ParseJson(text);
    if (also != nullptr) {
      if (Status s = also->AddMember(member); !s.ok()) return s;
    }
    return AddMember(std::move(member));
  }
  const std::string key = member["key"].get<std::string>();
  StoredMember stored = StoredOf(member, std::move(text), views_->Make(member));
  if (also != nullptr) {
    if (Status s = also->Keep(key, stored); !s.ok()) return s;
  }
  return Keep(key, std::move(stored));
}

bool ClusterSet::ReadsAnnotationsField(std::string_view field) {
  return field == "schema" || field == "id" || field == "key" || field == "source" || field == "published" ||
         field == "fingerprint" || field == "claims";
}

Status ClusterSet::Add(const json& record) {
  if (!record.is_object()) return Status::InvalidArgument("not a JSON object");
  const std::string schema = record.value("schema", "");
  if (schema == kFingerprintSchema) return AddFingerprint(record);
  if (schema == kConflictSchema) return Status::OK();  // derived from the clusters, rebuilt on output
  if (schema == kClusterSchema) {
    for (const auto& m : record.value("members", json::array())) {
      if (Status s = CheckMember(m); !s.ok()) return s;
      if (Status s = AddMember(m); !s.ok()) return s;
    }
    return Status::OK();
  }
  if (record.contains("claims")) {  // an annotations record
    const json doc = {{"id", record.value("id", "")},
                      {"source", record.value("source", json())},
                      {"published", record.value("published", json())}};
    if (record.contains("fingerprint")) {
      json fingerprint = doc;
      fingerprint["doc"] = fingerprint["id"];
      fingerprint["fingerprint"] = record["fingerprint"];
      if (Status s = AddFingerprint(fingerprint); !s.ok()) return s;
    }
    if (!record["claims"].is_array()) return Status::InvalidArgument("claims is not an array");
    for (const auto& claim : record["claims"]) {
      json member;
      if (Status s = ClaimMember(claim, doc, &member); !s.ok()) return s;
      if (Status s = AddMember(std::move(member)); !s.ok()) return s;
    }
    return Status::OK();
  }
  json doc = json::object();
  if (record.contains("doc")) doc["id"] = record["doc"];
  json member;
  if (Status s = ClaimMember(record, doc, &member); !s.ok()) return s;
  return AddMember(std::move(member));
}

void ClusterSet::ForEachFingerprint(const std::function<void(const json&)>& emit) const {
  for (const auto& [id, stored] : documents_) emit(ParseJson(stored.json));
}

IndependentSources::IndependentSources(const std::map<std::string, std::string>& copies,
                                       const std::map<std::string, std::string>& outlet_of)
    : copies_(copies) {
  for (const auto& [doc, group] : copies) {
    const auto outlet = outlet_of.find(doc);
    if (outlet != outlet_of.end() && !outlet->second.empty()) Join("source:" + outlet->second, "copy:" + group);
  }
}

std::string IndependentSources::Of(const std::string& doc, const std::string& outlet) const {
  if (!outlet.empty()) return Find("source:" + outlet);
  if (auto copy = copies_.find(doc); copy != copies_.end()) return Find("copy:" + copy->second);
  return "doc:" + doc;
}

IndependentSources IndependentSources::FromRoots(const std::map<std::string, std::string>& copies,
                                                const std::map<std::string, std::string>& roots) {
  IndependentSources sources({}, {});
  sources.copies_ = copies;
  sources.parent_ = roots;
  return sources;
}

std::map<std::string, std::string> IndependentSources::Roots() const {
  std::map<std::string, std::string> roots;
  for (const auto& [node, parent] : parent_) {
    if (const std::string root = Find(node); root != node) roots[node] = root;
  }
  return roots;
}

std::string IndependentSources::Find(std::string x) const {
  for (auto it = parent_.find(x); it != parent_.end() && it->second != x; it = parent_.find(x)) x = it->second;
  return x;
}

void IndependentSources::Join(const std::string& a, const std::string& b) {
  const std::string ra = Find(a), rb = Find(b);
  if (ra != rb) parent_[std::max(ra, rb)] = std::min(ra, rb);
}

namespace {

// The slots and partitions of one group, and its clusters as they form.
class GroupMerge {
 public:
  // `owners`: of the whole group, when `members` are a part of it. A
  // member's view is made by `views` unless it has one; with
  // `keep_views`, the member keeps it.
  GroupMerge(const std::string& prefix, const std::vector<const StoredMember*>& members,
             const std::set<std::string>* owners, ClusteringViews& views, bool keep_views)
      : prefix_(prefix) {
    if (owners != nullptr) owners_ = *owners;
    claims_.reserve(members.size());
    // Members of one slot (one key) may differ in the organisation their
    // subject belongs to; the group's first says it.
    std::unordered_map<const Slot*, Partitions*> of_view_slot;
    for (const StoredMember* stored : members) {
      std::shared_ptr<const ClusteringView> view = stored->view;
      if (view == nullptr) {
        view = views.Make(*stored);
        if (keep_views) stored->view = view;
      }
      Claim& claim = claims_.emplace_back(view->claim);
      claim.stored = stored;
      auto& slot_claims = of_view_slot[view->slot.get()];
      if (slot_claims == nullptr) {
        auto [first, new_slot] = slot_of_key_.try_emplace(view->slot->key, view->slot.get());
        if (new_slot && owners == nullptr && view->slot->part_of_named) owners_.insert(view->slot->part_of);
        slot_claims = &by_slot_[first->second];
      }
      (*slot_claims)[view->partition.get()].push_back(&claim);
    }
  }

  // Specific slots naming a model first, then the others, then generic
  // ones, so that every cluster a claim may join exists before it is
  // placed; within a slot, the partitions that state more go first.
  void Run() {
    for (int pass = 0; pass < 5; ++pass) {
      for (auto& [slot, partitions] : by_slot_) {
        if (Pass(*slot, owners_) != pass) continue;
        std::vector<std::pair<const Partition*, std::vector<const Claim*>*>> order;
        for (auto& [partition, claims] : partitions) order.emplace_back(partition, &claims);
        std::sort(order.begin(), order.end(),
                  [](const auto& a, const auto& b) { return PlacedFirst(*a.first, *b.first); });
        std::vector<std::pair<Cluster*, Member>> joins;
        for (const auto& [partition, claims] : order) {
          std::vector<const Claim*> stay;
          const std::vector<Holder> holders = Holders(*slot, *partition);
          for (const Claim* m : *claims) {
            if (Cluster* only = OnlyHolder(holders, *m)) {
              const bool cut = Disjoint(only->range, FigureRange(*m));  // held as a truncation
              joins.emplace_back(only, Member{m, cut ? TruncationReason(*only, Amount(*m)) : "",
                                              JoinReason(*slot, *partition, *only, *m)});
            } else {
              stay.push_back(m);
            }
          }
          for (Cluster& c : ClusterSlot(stay)) {
            c.slot = slot;
            c.partition = partition;
            c.key = MergeKeyOf(prefix_, *slot, *partition, c.kind, c.amount);
            clusters_.push_back(std::move(c));
          }
        }
        // Joined members widen nothing, so when they join does not matter.
        for (auto& [cluster, member] : joins) cluster->members.push_back(std::move(member));
      }
    }
  }

  const std::deque<Cluster>& clusters() const { return clusters_; }

  // Whether a cluster that may hold a claim stating less than its fact
  // (MayHold) holds `m`'s figure.
  static bool Takes(const Cluster& c, bool states_the_fact, const Claim& m) {
    if (!Holds(c, m)) return false;
    // A forecast or a range end is its own figure unless it is the fact's,
    // not merely near it: "$40 billion to $42 billion" beside $42 billion,
    // not "$60,000 to $70,000" beside $65,000.
    return !states_the_fact || !Disjoint(c.range, {Amount(m), Amount(m)});
  }

 private:
  // A cluster a claim of some slot and partition may join, if it holds the
  // claim's figure.
  struct Holder {
    double amount;
    Cluster* cluster;
    bool states_the_fact;  // the claim is a forecast or a range end, the cluster a fact
  };

  // The clusters a claim of `slot` and `partition` may join, whatever its
  // figure, by amount: what the slot and partition allow is decided once for
  // all their claims, not once per claim and cluster of the group.
  std::vector<Holder> Holders(const Slot& slot, const Partition& partition) {
    std::vector<Holder> holders;
    for (Cluster& c : clusters_) {
      bool states_the_fact = false;
      if (MayHold(*c.slot, *c.partition, slot, partition, &states_the_fact)) {
        holders.push_back({c.amount, &c, states_the_fact});
      }
    }
    std::sort(holders.begin(), holders.end(), [](const Holder& a, const Holder& b) { return a.amount < b.amount; });
    return holders;
  }

  // The one cluster of `holders` that may take `m`, a claim that belongs to
  // a cluster of its own slot and partition unless it states less than a
  // fact held elsewhere; null when none or several could. A cluster that
  // holds a figure has its amount within the figure's reach (MemberReach),
  // so only those are looked at.
  static Cluster* OnlyHolder(const std::vector<Holder>& holders, const Claim& m) {
    const auto [low, high] = Reach(m);
    Cluster* only = nullptr;
    for (auto h = std::lower_bound(holders.begin(), holders.end(), low,
                                   [](const Holder& a, double amount) { return a.amount < amount; });
         h != holders.end() && h->amount <= high; ++h) {
      if (!Takes(*h->cluster, h->states_the_fact, m)) continue;
      if (only != nullptr) return nullptr;
      only = h->cluster;
    }
    return only;
  }

  static bool Holds(const Cluster& c, const Claim& m) {
    // A bound is one figure said as a limit: only the same limit of it.
    if (c.kind != "point") return m.bound == c.kind && !Disjoint({c.amount, c.amount}, FigureRange(m));
    // As in ClusterSlot, a truncation is a figure that could not be the
    // cluster's otherwise.
    if (IsTruncation(m.amount, m.precision, c.amount) && IsPoint(m.bound) &&
        Disjoint(c.range, FigureRange(m))) {
      return true;
    }
    return StandsFor(FigureRange(m), c) && (IsPoint(m.bound) || !Disjoint(c.range, BoundRange(m)));
  }

  static std::string JoinReason(const Slot& slot, const Partition& partition, const Cluster& c, const Claim& m) {
    std::vector<std::string> unstated;
    if (slot.generic) unstated.push_back("predicate " + slot.record["predicate"].get<std::string>());
    if (!slot.has_model && c.slot->has_model) unstated.push_back("no model stated");
    if (partition.scope == "null" && c.partition->scope != "null") unstated.push_back("scope not stated");
    if (partition.period == "null" && c.partition->period != "null") unstated.push_back("period not stated");
    if (slot.basis != c.slot->basis) unstated.push_back("stated as " + slot.record["basis"].get<std::string>());
    if (slot.subject != c.slot->subject) {
      unstated.push_back("filed under " + slot.record["subject"].get<std::string>() + ", which " +
                         c.slot->record["subject"].get<std::string>() + " is part of");
    }
    // (append, not "x" + s: GCC 12 warns falsely on the latter.)
    std::string reason;
    for (const std::string& u : unstated) reason.append(reason.empty() ? "" : ", ").append(u);
    const json& subject = c.slot->record["subject"];
    reason.append(": the only cluster of ")
        .append(subject.is_string() ? subject.get<std::string>() : "no subject")
        .append(" holding ")
        .append(Readable(Amount(m)))
        .append(" within precision (")
        .append(c.slot->record["predicate"].get<std::string>());
    if (c.slot->has_model) reason.append(" ").append(c.slot->record["model"].get<std::string>());
    for (const char* q : {"scope", "period"}) {
      if (!c.partition->record[q].is_null()) reason.append(", ").append(q).append(" ").append(c.partition->record[q].dump());
    }
    return reason.append(")");
  }

  // Slots and partitions in the order of their serialised form, so that
  // the order of work depends on nothing but the claims.
  struct ByKey {
    bool operator()(const auto* a, const auto* b) const { return a->key < b->key; }
  };

  std::string prefix_;
  std::set<std::string> owners_;  // serialised ids the group's subsidiaries belong to
  std::map<std::string_view, const Slot*> slot_of_key_;  // the slot of a key: its first member's
  using Partitions = std::map<const Partition*, std::vector<const Claim*>, ByKey>;
  std::map<const Slot*, Partitions, ByKey> by_slot_;
  std::vector<Claim> claims_;  // reserved: by_slot_ and clusters point at them
  std::deque<Cluster> clusters_;  // stable addresses: joins point at them
};

std::vector<std::string> MemberKeys(const Cluster& c) {
  std::vector<std::string> keys;
  keys.reserve(c.members.size());
  for (const Member& m : c.members) keys.push_back(m.claim->key);
  std::sort(keys.begin(), keys.end());
  return keys;
}

FactCluster Summary(const Cluster& c, const std::string& bound, std::size_t sources) {
  return {c.key, c.range.lo, c.range.hi, c.range.lo_open, c.range.hi_open, c.amount, bound, sources};
}

Range RangeOf(const FactCluster& c) { return {c.low, c.high, c.low_open, c.high_open}; }

// One fact's clusters, of the part and (as stored) outside it.
struct Fact {
  json slot, qualifiers;
  std::vector<const Cluster*> part;
  std::vector<FactCluster> outside;
};

// Merges one group's members (or a part of them) and gives its records.
Status MergeGroup(const std::string& prefix, const std::vector<const StoredMember*>& stored_members,
                  const DocumentSources& document_sources, const GroupPart* part, const GroupOutput& output) {
  const std::map<std::string, std::string>& copies = document_sources.copies;
  std::map<std::string, std::string> outlet_of;  // this group's documents
  for (const StoredMember* m : stored_members) outlet_of.emplace(m->doc, m->outlet);
  ClusteringViews views;
  GroupMerge merge(prefix, stored_members, part != nullptr ? &part->owners : nullptr, views, false);
  merge.Run();
  std::vector<const Cluster*> clusters;
  for (const Cluster& c : merge.clusters()) {
    if (part == nullptr || !part->keep || part->keep(MemberKeys(c))) clusters.push_back(&c);
  }

  std::map<const Cluster*, std::string> bound_of;  // its members are moved into its record
  std::map<const Cluster*, std::size_t> sources_of;
  for (const Cluster* kept : clusters) {
    const Cluster& c = *kept;
    bound_of[&c] = BoundOf(c);
    std::set<std::string> independent;
    for (const Member& m : c.members) {
      const std::string& doc = m.claim->stored->doc;
      independent.insert(document_sources.source_of(doc, outlet_of.at(doc)));
    }
    sources_of[&c] = independent.size();
  }

  // One fact's clusters: a slot (never generic, never without a subject)
  // and partition. Only a cluster the text states firmly can stand in a
  // conflict: a reader trusts a disagreement only between figures whose
  // subject is named in their sentence (not an anaphor or the document's
  // focus) and whose predicate is named in their clause.
  std::map<std::string, Fact> facts;  // by conflict key
  std::map<const Cluster*, std::string> fact_of;
  for (const Cluster* kept : clusters) {
    const Cluster& c = *kept;
    if (c.slot->generic || c.slot->record["subject"].is_null() || !IsFirm(c) || IsMarketPrice(*c.slot)) continue;
    const std::string key = prefix + "~" +
                            ContentHash()
                                .AddField(c.slot->key)
                                .AddField(c.partition->key)
                                .Hex()
                                .substr(0, 8);
    Fact& fact = facts[key];
    fact.slot = c.slot->record;
    fact.qualifiers = c.partition->record;
    fact.part.push_back(&c);
    fact_of[&c] = key;
  }
  if (part != nullptr) {
    // A fact of the part before that has no cluster of it now conflicts
    // only if its clusters outside did already, and then its record says
    // what the fact is.
    for (const auto& [key, conflict] : part->facts) {
      if (!facts.count(key) && conflict.is_object()) {
        facts[key] = {conflict["slot"], conflict["qualifiers"], {}, {}};
      }
    }
    for (auto& [key, fact] : facts) {
      if (Status s = part->outside(key, &fact.outside); !s.ok()) return s;
    }
  }

  std::map<const Cluster*, json> conflict_of;  // {"key", "reason"}
  for (auto& [key, fact] : facts) {
    std::vector<FactCluster> all = fact.outside;
    for (const Cluster* c : fact.part) all.push_back(Summary(*c, bound_of.at(c), sources_of.at(c)));
    std::vector<json> entries(all.size());
    // Intervals with no common point have a disjoint pair, and then the
    // lowest upper end and the highest lower end are one: whether a cluster
    // disagrees with any other is known from those two, so a fact costs
    // time and space linear in its clusters. Ties go to the smaller key, so
    // that the reasons do not depend on which clusters a run re-made.
    const auto upper_below = [](const FactCluster& a, const FactCluster& b) {
      return std::make_tuple(a.high, !a.high_open, a.key) < std::make_tuple(b.high, !b.high_open, b.key);
    };
    const auto lower_above = [](const FactCluster& a, const FactCluster& b) {
      return std::make_tuple(-a.low, !a.low_open, a.key) < std::make_tuple(-b.low, !b.low_open, b.key);
    };
    std::size_t lowest = 0, highest = 0;
    for (std::size_t i = 1; i < all.size(); ++i) {
      if (upper_below(all[i], all[lowest])) lowest = i;
      if (lower_above(all[i], all[highest])) highest = i;
    }
    std::vector<std::size_t> involved;
    if (!all.empty() && Disjoint(RangeOf(all[lowest]), RangeOf(all[highest]))) {
      for (std::size_t i = 0; i < all.size(); ++i) {
        const Range range = RangeOf(all[i]);
        const std::size_t other = Disjoint(range, RangeOf(all[lowest]))    ? lowest
                                  : Disjoint(range, RangeOf(all[highest])) ? highest
                                                                            : all.size();
        if (other == all.size()) continue;
        involved.push_back(i);
        entries[i] = {{"key", key},
                      {"reason", "no value lies in both " + Describe(range) + " and " + Describe(RangeOf(all[other])) +
                                     " (cluster " + all[other].key + ")"}};
      }
    }
    for (std::size_t i = 0; i < fact.outside.size(); ++i) output.judged(fact.outside[i], entries[i]);
    for (std::size_t i = 0; i < fact.part.size(); ++i) {
      if (!entries[fact.outside.size() + i].is_null()) conflict_of[fact.part[i]] = entries[fact.outside.size() + i];
    }
    if (involved.empty()) continue;
    std::sort(involved.begin(), involved.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(all[a].amount, all[a].key) < std::tie(all[b].amount, all[b].key);
    });
    std::string reason = "no value lies in both " + Describe(RangeOf(all[lowest])) + " (cluster " + all[lowest].key +
                         ") and " + Describe(RangeOf(all[highest])) + " (cluster " + all[highest].key + ")";
    if (involved.size() > 2) {
      reason += "; " + std::to_string(involved.size()) + " clusters of this fact disagree with another";
    }
    json listed = json::array();
    for (std::size_t i : involved) {
      json entry = RangeJson(RangeOf(all[i]));
      entry["key"] = all[i].key;
      entry["amount"] = all[i].amount;
      entry["bound"] = all[i].bound;
      entry["sources"] = all[i].sources;
      listed.push_back(std::move(entry));
    }
    output.record({{"schema", kConflictSchema},
                   {"key", key},
                   {"slot", fact.slot},
                   {"qualifiers", fact.qualifiers},
                   {"reason", reason},
                   {"clusters", std::move(listed)}},
                  key, nullptr);
  }

  for (const Cluster* kept : clusters) {
    const Cluster& c = *kept;
    json record;
    record["schema"] = kClusterSchema;
    record["key"] = c.key;
    record["slot"] = c.slot->record;
    record["qualifiers"] = c.partition->record;
    json value = RangeJson(c.range);
    value["amount"] = c.amount;
    value["unit"] = c.slot->record["unit"];
    value["bound"] = bound_of.at(&c);
    record["value"] = value;
    std::vector<json> members;
    std::set<std::string> docs, attributions;
    std::string first_seen, last_seen;
    std::size_t variants = 0, joined = 0;
    for (const Member& m : c.members) {
      json member = ParseJson(m.claim->stored->json);
      const std::string doc = member["doc"].get<std::string>();
      docs.insert(doc);
      if (auto copy = copies.find(doc); copy != copies.end()) member["copy_group"] = copy->second;
      if (!m.variant.empty()) {
        member["variant"] = m.variant;
        ++variants;
      }
      if (!m.joined.empty()) {
        member["joined"] = m.joined;
        ++joined;
      }
      if (member["attribution"].is_string()) attributions.insert(member["attribution"].get<std::string>());
      if (member["published"].is_string()) {
        const std::string p = member["published"];
        if (first_seen.empty() || p < first_seen) first_seen = p;
        if (last_seen.empty() || p > last_seen) last_seen = p;
      }
      members.push_back(std::move(member));
    }
    std::sort(members.begin(), members.end(),
              [](const json& a, const json& b) { return a["key"].get<std::string>() < b["key"].get<std::string>(); });
    record["members"] = std::move(members);
    record["documents"] = docs.size();
    record["sources"] = sources_of.at(&c);
    record["variants"] = variants;
    record["joined"] = joined;
    record["first_seen"] = first_seen.empty() ? json() : json(first_seen);
    record["last_seen"] = last_seen.empty() ? json() : json(last_seen);
    record["attributions"] = attributions;
    record["conflicts"] = json::array();
    if (auto it = conflict_of.find(&c); it != conflict_of.end()) record["conflicts"].push_back(it->second);
    const auto fact = fact_of.find(&c);
    const FactCluster summary = Summary(c, bound_of.at(&c), sources_of.at(&c));
    output.record(record, fact == fact_of.end() ? std::string() : fact->second, &summary);
  }
  return Status::OK();
}

}  // namespace

Status ClusterSet::ForEachRecord(const std::function<void(const json&)>& emit) const {
  std::vector<FingerprintedDocument> fingerprinted;
  std::map<std::string, std::string> outlets;
  for (const auto& [id, stored] : documents_) {
    fingerprinted.push_back({id, stored.outlet, &stored.fingerprint});
    outlets[id] = stored.outlet;
  }
  DocumentSources found;
  found.copies = FindCopies(fingerprinted);
  const IndependentSources independent(found.copies, outlets);
  found.source_of = [&](const std::string& doc, const std::string& outlet) { return independent.Of(doc, outlet); };
  // Groups ordered by the hash their keys start with; groups sharing a
  // prefix are emitted together so that keys stay sorted across them.
  return members_.ForEachPrefix([&](const std::string& prefix, const MemberStore::Groups& same_prefix) {
    std::vector<json> out;
    GroupOutput collect;
    collect.record = [&](const json& record, const std::string&, const FactCluster*) { out.push_back(record); };
    for (const auto& [group, stored_members] : same_prefix) {
      (void)MergeGroup(prefix, stored_members, found, nullptr, collect);
    }
    std::sort(out.begin(), out.end(),
              [](const json& a, const json& b) { return a["key"].get<std::string>() < b["key"].get<std::string>(); });
    for (json& record : out) {
      emit(record);
      record = json();  // a caller keeping the records holds them once
    }
  });
}

Status ClusterSet::ForEachRecord(const DocumentSources& sources, const GroupPart* part,
                                 const GroupOutput& output) const {
  Status status = Status::OK();
  bool merged = false;
  const Status read = members_.ForEachPrefix([&](const std::string& prefix, const MemberStore::Groups& same_prefix) {
    for (const auto& [group, stored_members] : same_prefix) {
      merged = true;
      if (Status s = MergeGroup(prefix, stored_members, sources, part, output); !s.ok() && status.ok()) status = s;
    }
  });
  if (!read.ok()) return read;
  // A part whose every claim left still has facts to judge again.
  if (!merged && part != nullptr) return MergeGroup("", {}, sources, part, output);
  return status;
}

Status ClusterSet::ForEachShape(const GroupPart* part, const std::function<void(const ClusterShape&)>& visit) const {
  return members_.ForEachPrefix([&](const std::string& prefix, const MemberStore::Groups& same_prefix) {
    for (const auto& [group, stored_members] : same_prefix) {
      GroupMerge merge(prefix, stored_members, part != nullptr ? &part->owners : nullptr, *views_, true);
      merge.Run();
      for (const Cluster& c : merge.clusters()) {
        // Claims find a bound cluster by its amount alone (Holds), a point
        // cluster by its range too (ClusterSlot's same figure).
        const bool point = c.kind == "point";
        std::vector<std::pair<std::string, char>> members;
        for (const Member& m : c.members) members.emplace_back(m.claim->key, !m.variant.empty()  ? 'v'
                                                                              : !m.joined.empty() ? 'j'
                                                                                                  : '-');
        std::sort(members.begin(), members.end());
        ClusterShape shape;
        for (const auto& [key, label] : members) {
          shape.members.push_back(key);
          shape.labels.push_back(label);
        }
        shape.amount = c.amount;
        shape.range_low = c.range.lo;
        shape.range_high = c.range.hi;
        shape.low = point ? std::min(c.amount, c.range.lo) : c.amount;
        shape.high = point ? std::max(c.amount, c.range.hi) : c.amount;
        visit(shape);
      }
    }
  });
}

Status JoiningMember::Of(const std::string& text, JoiningMember* out) {
  const json member = ParseJson(text, AddMemberReads);
  if (Status s = CheckMember(member); !s.ok()) return s;
  *out = JoiningMember();
  // A member of a store written before its fields existed is placed by
  // clustering again.
  if (NeedsNormalising(member)) return Status::OK();
  ClusteringViews views;
  out->view_ = views.Make(member);
  out->prefix_ = GroupPrefix(MemberGroup(member));
  return Status::OK();
}

bool JoiningMember::ClusteredAmongItsOwn() const { return IsPoint(view_->claim.bound); }

bool JoiningMember::TakenBy(const std::vector<StoredCluster>& clusters, const StoredCluster** taken_by,
                            bool* several) const {
  *taken_by = nullptr;
  if (several != nullptr) *several = false;
  const auto [low, high] = Reach(view_->claim);
  const auto value = [](const std::optional<std::string>& v) { return v ? json(*v) : json(); };
  ClusteringViews views;
  // By the columns that make them: most clusters around a claim share
  // their slot and partition with others.
  std::map<std::string, std::shared_ptr<const ClusteringView>> view_of;
  for (const StoredCluster& stored : clusters) {
    if (stored.amount < low || stored.amount > high) continue;
    std::string columns;
    for (const std::optional<std::string>* column :
         {&stored.subject, &stored.predicate, &stored.family_kind, &stored.model, &stored.unit, &stored.per,
          &stored.basis, &stored.scope, &stored.period}) {
      // Each a length and its text, or none: no two lists spell alike.
      if (*column) {
        columns.append(std::to_string((*column)->size())).append(1, ':').append(**column);
      } else {
        columns.append(1, '-');
      }
    }
    auto [at, make] = view_of.try_emplace(std::move(columns));
    if (make) {
      // Its slot and partition as a member of it states them, told right
      // when they give its merge key; the view's figure is never read, so
      // one serves every cluster of the slot and partition.
      const json member = {{"subject", value(stored.subject)},
                           {"family", value(stored.predicate)},
                           {"family_kind", value(stored.family_kind)},
                           {"model", value(stored.model)},
                           {"unit", value(stored.unit)},
                           {"per", value(stored.per)},
                           {"basis", value(stored.basis)},
                           {"scope", value(stored.scope)},
                           {"period", value(stored.period)},
                           {"subject_part_of", nullptr},
                           {"amount", 0},
                           {"bound", "exact"},
                           {"key", ""}};
      at->second = views.Make(member);
    }
    const std::shared_ptr<const ClusteringView>& of = at->second;
    const std::string kind = IsPoint(stored.bound) ? "point" : stored.bound;
    if (MergeKeyOf(prefix_, *of->slot, *of->partition, kind, stored.amount) != stored.merge_key) return false;
    bool states_the_fact = false;
    // GroupMerge's order, which a holder MayHold admits keeps while the
    // group has no subsidiaries (no claim is placed so in one that has):
    // checked, not assumed, should either rule change.
    if (!MayHold(*of->slot, *of->partition, *view_->slot, *view_->partition, &states_the_fact) ||
        !MadeBefore(*of->slot, *of->partition, *view_->slot, *view_->partition, {})) {
      continue;
    }
    const Cluster c{kind, stored.amount, 0, {stored.low, stored.high, stored.low_open, stored.high_open}, {},
                    ""};
    if (!GroupMerge::Takes(c, states_the_fact, view_->claim)) continue;
    if (*taken_by != nullptr) {
      *taken_by = nullptr;  // several may: none does
      if (several != nullptr) *several = true;
      return true;
    }
    *taken_by = &stored;
  }
  return true;
}

double JoiningMember::amount() const { return view_->claim.amount; }

double JoiningMember::reach_low() const { return Reach(view_->claim).first; }

double JoiningMember::reach_high() const { return Reach(view_->claim).second; }

const std::string& JoiningMember::bound() const { return view_->claim.bound; }

double JoiningMember::width() const {
  const Range r = FigureRange(view_->claim);
  return r.hi - r.lo;
}

std::string JoiningMember::MergeKey(const std::string& bound, double amount) const {
  return MergeKeyOf(prefix_, *view_->slot, *view_->partition, IsPoint(bound) ? "point" : bound, amount);
}

bool JoiningMember::MayStandFor(const std::string& bound, double amount) const {
  return IsPoint(bound) && !Disjoint({amount, amount}, FigureRange(view_->claim));
}

bool JoiningMember::Keeps(double low, double high, bool low_open, bool high_open) const {
  const Range range{low, high, low_open, high_open};
  const Range joined = Intersect(range, FigureRange(view_->claim));
  return joined.lo == range.lo && joined.hi == range.hi && joined.lo_open == range.lo_open &&
         joined.hi_open == range.hi_open;
}

bool JoiningMember::PlacedBefore(const json& member) const {
  Claim other = FigureOf(member);
  if (!IsPoint(other.bound)) return false;
  other.key = member["key"].get<std::string>();
  return PlacementOrder(other) < PlacementOrder(view_->claim);
}

bool JoiningMember::SharesItsSlot(const JoiningMember& other) const {
  return view_->slot->key == other.view_->slot->key && view_->partition->key == other.view_->partition->key;
}

bool JoiningMember::MayTake(const JoiningMember& other) const {
  bool states_the_fact = false;
  if (!MayHold(*view_->slot, *view_->partition, *other.view_->slot, *other.view_->partition,
               &states_the_fact)) {
    return false;
  }
  const Claim& n = view_->claim;
  const std::string kind = IsPoint(n.bound) ? "point" : n.bound;
  const Cluster begun{kind, n.amount, n.precision, IsPoint(n.bound) ? FigureRange(n) : BoundRange(n), {}, ""};
  return GroupMerge::Takes(begun, states_the_fact, other.view_->claim);
}

bool JoiningMember::MeetsAsPoint(const JoiningMember& other) const {
  return IsPoint(other.view_->claim.bound) &&
         !Disjoint(FigureRange(other.view_->claim), FigureRange(view_->claim));
}

bool JoiningMember::MayDrawAfter(const JoiningMember& other) const {
  const Claim &n = view_->claim, &m = other.view_->claim;
  if (!IsPoint(m.bound) || PlacementOrder(m) < PlacementOrder(n)) return false;
  const Cluster begun{"point", n.amount, n.precision, FigureRange(n), {}, ""};
  return StandsFor(FigureRange(m), begun);
}

bool JoiningMember::CutEitherWay(const JoiningMember& other) const {
  const Claim &n = view_->claim, &m = other.view_->claim;
  return IsTruncation(m.amount, m.precision, n.amount) || IsTruncation(n.amount, n.precision, m.amount);
}

bool JoiningMember::NeedsPlacement(const JoiningMember& other) const {
  return IsPoint(other.view_->claim.bound) && (CutEitherWay(other) || MayDrawAfter(other));
}

bool JoiningMember::BeginsApartFrom(const JoiningMember& other, const StoredCluster* placed_in,
                                    bool begun_before) const {
  const Claim &n = view_->claim, &m = other.view_->claim;
  const Range figure = FigureRange(n);
  if (!IsPoint(m.bound)) return Disjoint(FigureRange(m), figure);
  if (CutEitherWay(other) &&
      (placed_in == nullptr ||
       (placed_in->amount == m.amount &&
        Disjoint({placed_in->low, placed_in->high, placed_in->low_open, placed_in->high_open}, figure)))) {
    return false;
  }
  if (PlacementOrder(m) < PlacementOrder(n)) return Disjoint({m.amount, m.amount}, figure);
  if (!MayDrawAfter(other)) return true;
  return placed_in != nullptr && begun_before &&
         std::fabs(placed_in->amount - m.amount) < std::fabs(n.amount - m.amount);
}

}  // namespace claimex
