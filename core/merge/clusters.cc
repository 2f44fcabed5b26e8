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

json Id(const json& v) { return v.is_object() ? v.value("id", json()) : json(); }

std::string Number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
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

bool IsPoint(const std::string& bound) { return bound == "exact" || bound == "approx"; }

Range PointRange(const json& m) {
  const double amount = m["amount"].get<double>();
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

struct Cluster {
  std::string kind;  // "point" or a bound
  double amount = 0;
  Range range;
  std::vector<const json*> members;
  std::string key;
};

}  // namespace

void ClusterSet::AddMember(json member) {
  const std::string key = member["key"].get<std::string>();
  Stored stored{member.value("subject", json()).dump() + "\x1f" + member.value("predicate", json()).dump() + "\x1f" +
                    member.value("model", json()).dump() + "\x1f" + member.value("unit", json()).dump(),
                member.dump(-1, ' ', false, json::error_handler_t::replace)};
  auto [it, inserted] = members_.try_emplace(key, stored);
  // The same claim seen twice with different details (another pipeline
  // version): keep one by a rule that does not depend on arrival order.
  if (!inserted && stored.json > it->second.json) it->second = std::move(stored);
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
  json member = {
      {"doc", doc_id},
      {"source", doc.contains("source") ? doc["source"] : evidence.value("source", json())},
      {"published", doc.contains("published") ? doc["published"] : evidence.value("published", json())},
      {"text", claim.value("text", "")},
      {"start", claim["start"]},
      {"end", claim["end"]},
      {"sentence", evidence.value("sentence", json())},
      {"subject", Id(claim.value("subject", json()))},
      {"predicate", claim.value("predicate", "unknown")},
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
  AddMember(std::move(member));
  return Status::OK();
}

Status ClusterSet::Add(const json& record) {
  if (!record.is_object()) return Status::InvalidArgument("not a JSON object");
  const std::string schema = record.value("schema", "");
  if (schema == kClusterSchema) {
    for (const auto& m : record.value("members", json::array())) {
      if (!m.is_object() || !m.contains("key") || !m["key"].is_string() || !m.contains("amount")) {
        return Status::InvalidArgument("a cluster member needs key and amount");
      }
      AddMember(m);
    }
    return Status::OK();
  }
  if (record.contains("claims")) {  // an annotations record
    const json doc = {{"id", record.value("id", "")},
                      {"source", record.value("source", json())},
                      {"published", record.value("published", json())}};
    for (const auto& claim : record["claims"]) {
      if (Status s = AddClaim(claim, doc); !s.ok()) return s;
    }
    return Status::OK();
  }
  json doc = json::object();
  if (record.contains("doc")) doc["id"] = record["doc"];
  return AddClaim(record, doc);
}

std::vector<json> ClusterSet::Clusters() const {
  std::vector<json> out;
  ForEachCluster([&](const json& c) { out.push_back(c); });
  return out;
}

void ClusterSet::ForEachCluster(const std::function<void(const json&)>& emit) const {
  std::map<std::string_view, std::vector<const Stored*>> slots;
  for (const auto& [key, stored] : members_) slots[stored.slot].push_back(&stored);
  for (auto& [slot_key, stored_members] : slots) {
    // Parsed one slot at a time.
    std::vector<json> parsed;
    parsed.reserve(stored_members.size());
    for (const Stored* m : stored_members) parsed.push_back(json::parse(m->json));
    std::vector<const json*> members;
    for (const json& m : parsed) members.push_back(&m);
    std::vector<Cluster> clusters;
    // Point values, most precise first; each joins the first cluster it can.
    std::vector<const json*> points;
    std::map<std::pair<std::string, double>, std::vector<const json*>> bounded;
    for (const json* m : members) {
      const std::string bound = (*m)["bound"];
      if (IsPoint(bound)) {
        points.push_back(m);
      } else {
        bounded[{bound, (*m)["amount"].get<double>()}].push_back(m);
      }
    }
    std::sort(points.begin(), points.end(), [](const json* a, const json* b) {
      const Range ra = PointRange(*a), rb = PointRange(*b);
      const double wa = ra.hi - ra.lo, wb = rb.hi - rb.lo;
      if (wa != wb) return wa < wb;
      if ((*a)["amount"] != (*b)["amount"]) return (*a)["amount"].get<double>() < (*b)["amount"].get<double>();
      return (*a)["key"].get<std::string>() < (*b)["key"].get<std::string>();
    });
    for (const json* m : points) {
      const Range r = PointRange(*m);
      auto it = std::find_if(clusters.begin(), clusters.end(), [&](const Cluster& c) { return !Disjoint(c.range, r); });
      if (it == clusters.end()) {
        clusters.push_back({"point", (*m)["amount"].get<double>(), r, {m}, ""});
      } else {
        it->range.lo = std::max(it->range.lo, r.lo);
        it->range.hi = std::min(it->range.hi, r.hi);
        it->members.push_back(m);
      }
    }
    for (auto& [bound_amount, group] : bounded) {
      clusters.push_back({bound_amount.first, bound_amount.second,
                          BoundRange(bound_amount.first, bound_amount.second), group, ""});
    }
    const json& first = *members.front();
    const json slot = {{"subject", first["subject"]}, {"predicate", first["predicate"]},
                       {"model", first["model"]}, {"unit", first["unit"]}};
    for (Cluster& c : clusters) {
      c.key = ContentHash().AddField(slot.dump()).AddField(c.kind).AddField(Number(c.amount)).Hex();
    }
    std::vector<json> slot_out;
    for (const Cluster& c : clusters) {
      json record;
      record["schema"] = kClusterSchema;
      record["key"] = c.key;
      record["slot"] = slot;
      json value = RangeJson(c.range);
      value["amount"] = c.amount;
      value["unit"] = first["unit"];
      std::string bound = c.kind;
      if (c.kind == "point") {
        bound = std::any_of(c.members.begin(), c.members.end(), [](const json* m) { return (*m)["bound"] == "exact"; })
                    ? "exact"
                    : "approx";
      }
      value["bound"] = bound;
      record["value"] = value;
      std::vector<json> sorted_members;
      std::set<std::string> docs, sources, attributions;
      std::string first_seen, last_seen;
      for (const json* m : c.members) {
        sorted_members.push_back(*m);
        docs.insert((*m)["doc"].get<std::string>());
        // Copies from one outlet are one source.
        sources.insert((*m)["source"].is_string() ? "source:" + (*m)["source"].get<std::string>()
                                                   : "doc:" + (*m)["doc"].get<std::string>());
        if ((*m)["attribution"].is_string()) attributions.insert((*m)["attribution"].get<std::string>());
        if ((*m)["published"].is_string()) {
          const std::string p = (*m)["published"];
          if (first_seen.empty() || p < first_seen) first_seen = p;
          if (last_seen.empty() || p > last_seen) last_seen = p;
        }
      }
      std::sort(sorted_members.begin(), sorted_members.end(),
                [](const json& a, const json& b) { return a["key"].get<std::string>() < b["key"].get<std::string>(); });
      record["members"] = std::move(sorted_members);
      record["documents"] = docs.size();
      record["sources"] = sources.size();
      record["first_seen"] = first_seen.empty() ? json() : json(first_seen);
      record["last_seen"] = last_seen.empty() ? json() : json(last_seen);
      record["attributions"] = attributions;
      json conflicts = json::array();
      for (const Cluster& other : clusters) {
        if (&other == &c || !Disjoint(c.range, other.range)) continue;
        json o = RangeJson(other.range);
        o["key"] = other.key;
        o["amount"] = other.amount;
        o["bound"] = other.kind == "point" ? "exact" : other.kind;
        conflicts.push_back(std::move(o));
      }
      std::sort(conflicts.begin(), conflicts.end(),
                [](const json& a, const json& b) { return a["key"].get<std::string>() < b["key"].get<std::string>(); });
      record["conflicts"] = std::move(conflicts);
      slot_out.push_back(std::move(record));
    }
    std::sort(slot_out.begin(), slot_out.end(),
              [](const json& a, const json& b) { return a["key"].get<std::string>() < b["key"].get<std::string>(); });
    for (const json& record : slot_out) emit(record);
  }
}

}  // namespace claimex
