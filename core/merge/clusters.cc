#include "clusters.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

#include "claimex/content_hash.h"

namespace claimex {
namespace {

using nlohmann::json;

constexpr double kApproxShare = 0.1;  // "about $6 million" covers +-10%
constexpr double kInf = std::numeric_limits<double>::infinity();
// Fields a merge computes on output; stripped when a cluster record is read
// back, so that they never count as the member's own data.
constexpr const char* kDerivedMemberFields[] = {"copy_group", "variant"};

json Id(const json& v) { return v.is_object() ? v.value("id", json()) : json(); }

std::string Number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::string Readable(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

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

double Amount(const json& m) { return m["amount"].get<double>(); }

// The figure as stated, within its precision.
Range FigureRange(const json& m) {
  const double amount = Amount(m);
  double half = m.value("precision", 0.0);
  if (m["bound"] == "approx") half = std::max(half, kApproxShare * std::fabs(amount));
  return {amount - half, amount + half, false, false};
}

Range BoundRange(const std::string& bound, double amount) {
  if (bound == "over") return {amount, kInf, true, false};
  if (bound == "at_least") return {amount, kInf, false, false};
  if (bound == "under") return {-kInf, amount, false, true};
  return {-kInf, amount, false, false};  // at_most
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
  const json* claim;
  std::string variant;  // why a member that does not fit the range belongs
};

struct Cluster {
  std::string kind;  // "point" or a bound
  double amount = 0;
  double precision = 0;  // of the member that gave `amount`
  Range range;
  std::vector<Member> members;
  std::string key;
};

// Groups the claims of one slot; see clusters.h for the rules.
std::vector<Cluster> ClusterSlot(const std::vector<const json*>& claims) {
  std::vector<const json*> points, bounded;
  for (const json* m : claims) (IsPoint((*m)["bound"]) ? points : bounded).push_back(m);
  std::sort(points.begin(), points.end(), [](const json* a, const json* b) {
    const Range ra = FigureRange(*a), rb = FigureRange(*b);
    const double wa = ra.hi - ra.lo, wb = rb.hi - rb.lo;
    if (wa != wb) return wa < wb;
    if (Amount(*a) != Amount(*b)) return Amount(*a) < Amount(*b);
    return (*a)["key"].get<std::string>() < (*b)["key"].get<std::string>();
  });
  std::vector<Cluster> clusters;
  for (const json* m : points) {
    const Range r = FigureRange(*m);
    auto it = std::find_if(clusters.begin(), clusters.end(), [&](const Cluster& c) { return !Disjoint(c.range, r); });
    if (it == clusters.end()) {
      clusters.push_back({"point", Amount(*m), (*m).value("precision", 0.0), r, {{m, ""}}, ""});
    } else {
      it->range = Intersect(it->range, r);
      it->members.push_back({m, ""});
    }
  }
  const std::size_t point_clusters = clusters.size();

  std::sort(bounded.begin(), bounded.end(), [](const json* a, const json* b) {
    const auto ka = std::make_tuple((*a)["bound"].get<std::string>(), Amount(*a), (*a)["key"].get<std::string>());
    const auto kb = std::make_tuple((*b)["bound"].get<std::string>(), Amount(*b), (*b)["key"].get<std::string>());
    return ka < kb;
  });
  std::map<std::pair<std::string, double>, std::size_t> bound_clusters;
  for (const json* m : bounded) {
    const std::string bound = (*m)["bound"];
    const Range limit = BoundRange(bound, Amount(*m));
    auto same_figure = std::find_if(clusters.begin(), clusters.begin() + point_clusters, [&](const Cluster& c) {
      return !Disjoint(c.range, FigureRange(*m)) && !Disjoint(c.range, limit);
    });
    if (same_figure != clusters.begin() + point_clusters) {
      same_figure->range = Intersect(same_figure->range, limit);
      same_figure->members.push_back({m, ""});
      continue;
    }
    auto [it, inserted] = bound_clusters.try_emplace({bound, Amount(*m)}, clusters.size());
    if (inserted) clusters.push_back({bound, Amount(*m), (*m).value("precision", 0.0), limit, {}, ""});
    clusters[it->second].members.push_back({m, ""});
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
      const std::string reason = Readable(c.amount) + " is " + Readable(f.amount) +
                                 " cut to its last significant digit (truncated, not rounded): the same figure "
                                 "stated loosely, not a different one";
      for (Member& m : c.members) f.members.push_back({m.claim, reason});
      c.members.clear();
      break;
    }
  }
  clusters.erase(std::remove_if(clusters.begin(), clusters.end(), [](const Cluster& c) { return c.members.empty(); }),
                 clusters.end());
  return clusters;
}

// A point cluster is exact when one member that fits its range says so.
std::string BoundOf(const Cluster& c) {
  if (c.kind != "point") return c.kind;
  return std::any_of(c.members.begin(), c.members.end(),
                     [](const Member& m) { return m.variant.empty() && (*m.claim)["bound"] == "exact"; })
             ? "exact"
             : "approx";
}

}  // namespace

Status ClusterSet::AddMember(json member) {
  for (const char* field : kDerivedMemberFields) member.erase(field);
  const std::string key = member["key"].get<std::string>();
  const json& family = member.contains("family") ? member["family"] : member.value("predicate", json());
  const json& source = member.value("source", json());
  StoredMember stored{member.value("subject", json()).dump() + "\x1f" + family.dump() + "\x1f" +
                          member.value("model", json()).dump() + "\x1f" + member.value("unit", json()).dump(),
                      member["doc"].get<std::string>(), source.is_string() ? source.get<std::string>() : "",
                      Dump(member)};
  return members_.Add(key, std::move(stored));
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

Status ClusterSet::AddClaim(const json& claim, const json& doc) {
  if (!claim.is_object() || !claim.contains("value") || !claim["value"].is_object() ||
      !claim.contains("start") || !claim.contains("end")) {
    return Status::InvalidArgument("a claim needs value, start and end");
  }
  const json& value = claim["value"];
  const json& evidence = claim.value("evidence", json::object());
  const std::string doc_id = doc.value("id", evidence.value("doc", std::string()));
  if (doc_id.empty()) return Status::InvalidArgument("a claim needs its document id");
  const bool money = value.value("type", "") == "money";
  const json amount = money ? value.value("amount", json()) : value.value("count", json());
  if (!amount.is_number()) return Status::InvalidArgument("a claim value needs a number");
  const json predicate = claim.value("predicate", "unknown");
  json member = {
      {"doc", doc_id},
      {"source", doc.contains("source") ? doc["source"] : evidence.value("source", json())},
      {"published", doc.contains("published") ? doc["published"] : evidence.value("published", json())},
      {"text", claim.value("text", "")},
      {"start", claim["start"]},
      {"end", claim["end"]},
      {"sentence", evidence.value("sentence", json())},
      {"subject", Id(claim.value("subject", json()))},
      {"predicate", predicate},
      {"family", claim.value("family", predicate)},
      {"model", claim.value("qualifiers", json::object()).value("model", json())},
      {"unit", money ? value.value("currency", json()) : value.value("unit", json("gpu"))},
      {"amount", amount},
      {"precision", value.value("precision", money ? 0.0 : 0.5)},
      {"bound", value.value("bound", "exact")},
      {"attribution", Id(claim.value("attribution", json()))},
      {"hedge", claim.value("hedge", json())},
  };
  member["key"] = ContentHash()
                      .AddField(doc_id)
                      .AddField(member["start"].dump())
                      .AddField(member["end"].dump())
                      .Hex();
  return AddMember(std::move(member));
}

Status ClusterSet::Add(const json& record) {
  if (!record.is_object()) return Status::InvalidArgument("not a JSON object");
  const std::string schema = record.value("schema", "");
  if (schema == kFingerprintSchema) return AddFingerprint(record);
  if (schema == kClusterSchema) {
    for (const auto& m : record.value("members", json::array())) {
      if (!m.is_object() || !m.contains("key") || !m["key"].is_string() || !m.contains("amount") ||
          !m["amount"].is_number() || !m.contains("bound") || !m["bound"].is_string() || !m.contains("doc") ||
          !m["doc"].is_string()) {
        return Status::InvalidArgument("a cluster member needs key, doc, amount and bound");
      }
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
      if (Status s = AddClaim(claim, doc); !s.ok()) return s;
    }
    return Status::OK();
  }
  json doc = json::object();
  if (record.contains("doc")) doc["id"] = record["doc"];
  return AddClaim(record, doc);
}

void ClusterSet::ForEachFingerprint(const std::function<void(const json&)>& emit) const {
  for (const auto& [id, stored] : documents_) emit(json::parse(stored.json));
}

namespace {

// Which independent source a document counts as. Documents of one outlet
// are one source, and so are syndicated copies; through a copy, two outlets
// become one. The components are over outlets and copy groups only, which
// are few, so that they need not hold every document of a large merge.
class IndependentSources {
 public:
  IndependentSources(const std::map<std::string, std::string>& copies,
                     const std::map<std::string, std::string>& outlets_of_fingerprinted)
      : copies_(copies) {
    for (const auto& [doc, group] : copies) {
      const auto outlet = outlets_of_fingerprinted.find(doc);
      if (outlet != outlets_of_fingerprinted.end() && !outlet->second.empty()) {
        Join("source:" + outlet->second, "copy:" + group);
      }
    }
  }

  std::string Of(const std::string& doc, const std::string& outlet) const {
    if (!outlet.empty()) return Find("source:" + outlet);
    if (auto copy = copies_.find(doc); copy != copies_.end()) return Find("copy:" + copy->second);
    return "doc:" + doc;
  }

 private:
  std::string Find(std::string x) const {
    for (auto it = parent_.find(x); it != parent_.end() && it->second != x; it = parent_.find(x)) x = it->second;
    return x;
  }
  void Join(const std::string& a, const std::string& b) {
    const std::string ra = Find(a), rb = Find(b);
    if (ra != rb) parent_[std::max(ra, rb)] = std::min(ra, rb);
  }

  const std::map<std::string, std::string>& copies_;
  std::map<std::string, std::string> parent_;
};

}  // namespace

Status ClusterSet::ForEachCluster(const std::function<void(const json&)>& emit) const {
  std::vector<FingerprintedDocument> fingerprinted;
  std::map<std::string, std::string> outlets;
  for (const auto& [id, stored] : documents_) {
    fingerprinted.push_back({id, stored.outlet, &stored.fingerprint});
    outlets[id] = stored.outlet;
  }
  const std::map<std::string, std::string> copies = FindCopies(fingerprinted);
  const IndependentSources sources(copies, outlets);

  // Slots ordered by the hash their keys start with; slots sharing a prefix
  // are emitted together so that keys stay sorted across them.
  return members_.ForEachPrefix([&](const std::string& prefix, const MemberStore::SlotGroup& same_prefix) {
    std::vector<json> out;
    for (const auto& [slot_key, stored_members] : same_prefix) {
      std::vector<json> parsed;
      parsed.reserve(stored_members.size());
      std::map<std::string, std::string> outlet_of;  // this slot's documents
      for (const StoredMember* m : stored_members) {
        parsed.push_back(json::parse(m->json));
        outlet_of.emplace(m->doc, m->outlet);
      }
      std::vector<const json*> claims;
      for (const json& m : parsed) claims.push_back(&m);
      std::vector<Cluster> clusters = ClusterSlot(claims);

      const json& first = parsed.front();
      const json slot = {{"subject", first["subject"]},
                         {"predicate", first.contains("family") ? first["family"] : first["predicate"]},
                         {"model", first["model"]},
                         {"unit", first["unit"]}};
      for (Cluster& c : clusters) {
        c.key = prefix + ContentHash().AddField(slot.dump()).AddField(c.kind).AddField(Number(c.amount)).Hex().substr(0, 8);
      }
      for (const Cluster& c : clusters) {
        json record;
        record["schema"] = kClusterSchema;
        record["key"] = c.key;
        record["slot"] = slot;
        json value = RangeJson(c.range);
        value["amount"] = c.amount;
        value["unit"] = first["unit"];
        value["bound"] = BoundOf(c);
        record["value"] = value;
        std::vector<json> members;
        std::set<std::string> docs, independent, attributions;
        std::string first_seen, last_seen;
        std::size_t variants = 0;
        for (const Member& m : c.members) {
          json member = *m.claim;
          const std::string doc = member["doc"].get<std::string>();
          docs.insert(doc);
          independent.insert(sources.Of(doc, outlet_of.at(doc)));
          if (auto copy = copies.find(doc); copy != copies.end()) member["copy_group"] = copy->second;
          if (!m.variant.empty()) {
            member["variant"] = m.variant;
            ++variants;
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
        record["sources"] = independent.size();
        record["variants"] = variants;
        record["first_seen"] = first_seen.empty() ? json() : json(first_seen);
        record["last_seen"] = last_seen.empty() ? json() : json(last_seen);
        record["attributions"] = attributions;
        json conflicts = json::array();
        for (const Cluster& other : clusters) {
          if (&other == &c || !Disjoint(c.range, other.range)) continue;
          json o = RangeJson(other.range);
          o["key"] = other.key;
          o["amount"] = other.amount;
          o["bound"] = BoundOf(other);
          o["reason"] = "no value lies in both " + Describe(c.range) + " and " + Describe(other.range);
          conflicts.push_back(std::move(o));
        }
        std::sort(conflicts.begin(), conflicts.end(),
                  [](const json& a, const json& b) { return a["key"].get<std::string>() < b["key"].get<std::string>(); });
        record["conflicts"] = std::move(conflicts);
        out.push_back(std::move(record));
      }
    }
    std::sort(out.begin(), out.end(),
              [](const json& a, const json& b) { return a["key"].get<std::string>() < b["key"].get<std::string>(); });
    for (const json& record : out) emit(record);
  });
}

}  // namespace claimex
