#include "evaluation.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <set>
#include <tuple>

namespace claimex {
namespace {

using nlohmann::json;

bool SameValue(const json& a, const json& b);

json IdOf(const json& v) {
  if (v.is_object()) return v.value("id", json());
  return v;  // gold writes the id itself, or null
}

// A field whose accuracy is reported over matches, compared on the matches
// whose gold mention `applies` to (all, when null).
struct Secondary {
  const char* field;
  json (*read)(const json& mention);
  bool (*applies)(const json& gold) = nullptr;
};

// How a gold mention and a predicted one of a type are compared: `agrees`
// decides a match (spans must overlap too).
struct TypeSpec {
  const char* layer;
  bool (*agrees)(const json& gold, const json& predicted);
  std::vector<Secondary> secondary;
};

bool HasQualifiers(const json& gold) { return gold.contains("qualifiers"); }

json Qualifier(const json& claim, const char* name) {
  const json q = claim.value("qualifiers", json::object());
  return q.is_object() ? q.value(name, json()) : json();
}

// The old seed gold names predicates only; the news gold names the family
// the merge slots by.
bool SamePredicate(const json& gold, const json& predicted) {
  if (gold.contains("family")) return gold["family"] == predicted.value("family", predicted.value("predicate", json()));
  return gold.value("predicate", json()) == predicted.value("predicate", json());
}

bool PredicateKnown(const json& claim) {
  if (claim.contains("family_kind")) return claim["family_kind"] == "specific";
  return claim.value("predicate", "unknown") != "unknown";
}

const std::vector<TypeSpec>& Types() {
  static const std::vector<TypeSpec> kTypes = {
      {"money",
       [](const json& g, const json& p) {
         return SameValue(g.value("value", json()), p.value("value", json())) &&
                g.value("currency", json()) == p.value("currency", json());
       },
       {{"bound", [](const json& m) { return m.value("bound", json("exact")); }}}},
      {"gpu_counts",
       [](const json& g, const json& p) { return SameValue(g.value("count", json()), p.value("count", json())); },
       {{"bound", [](const json& m) { return m.value("bound", json("exact")); }},
        {"model", [](const json& m) { return m.value("model", json()); }}}},
      {"entities",
       [](const json& g, const json& p) {
         return g.value("id", json()) == p.value("id", json()) && g.value("type", json()) == p.value("type", json());
       },
       {}},
      {"claims",
       [](const json& g, const json& p) {
         const json value = p.value("value", json::object());
         const json amount = value.contains("amount") ? value["amount"] : value.value("count", json());
         return IdOf(g.value("subject", json())) == IdOf(p.value("subject", json())) && SamePredicate(g, p) &&
                SameValue(g.value("value", json()), amount) &&
                (!g.contains("currency") || g["currency"] == value.value("currency", json()));
       },
       {{"attribution", [](const json& m) { return IdOf(m.value("attribution", json())); }},
        {"hedge", [](const json& m) { return m.value("hedge", json()); }},
        {"scope", [](const json& m) { return Qualifier(m, "scope"); }, HasQualifiers},
        {"period", [](const json& m) { return Qualifier(m, "period"); }, HasQualifiers},
        {"per", [](const json& m) { return Qualifier(m, "per"); }, HasQualifiers}}},
  };
  return kTypes;
}

bool SameValue(const json& a, const json& b) {
  if (!a.is_number() || !b.is_number()) return false;
  const double x = a.get<double>(), y = b.get<double>();
  return std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y));
}

// The covered text with some context, as code points.
std::string Context(const std::string& text, std::size_t start, std::size_t end) {
  std::vector<std::size_t> offsets;  // byte offset of each code point
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(text.size());
  auto byte = [&](std::size_t cp) { return offsets[std::min(cp, offsets.size() - 1)]; };
  const std::size_t from = start > 40 ? start - 40 : 0;
  std::string out = text.substr(byte(from), byte(start) - byte(from)) + "[[" +
                    text.substr(byte(start), byte(end) - byte(start)) + "]]" +
                    text.substr(byte(end), byte(end + 40) - byte(end));
  for (char& c : out) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

}  // namespace

Status Evaluation::LoadGold(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound("--gold " + file + ": cannot open");
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json record = json::parse(line, nullptr, false);
    if (!record.is_object() || !record.contains("id") || !record["id"].is_string()) {
      return Status::InvalidArgument(file + ":" + std::to_string(number) + ": not a gold record with an \"id\"");
    }
    const std::string id = record["id"].get<std::string>();
    gold_[id] = std::move(record);
    seen_[id] = false;
  }
  return Status::OK();
}

void Evaluation::Score(const json& annotations, const std::string& text, const std::string& lang) {
  const std::string id = annotations.value("id", "");
  const auto gold_it = gold_.find(id);
  if (gold_it == gold_.end()) return;
  seen_[id] = true;
  ++documents_scored_;
  const json& gold = gold_it->second;
  if (gold.contains("claims")) {
    predicted_clusters_.Add(annotations);
    for (const auto& claim : gold["claims"]) {
      const std::string key = id + ":" + claim.at("start").dump() + ":" + claim.at("end").dump();
      const std::string fact = claim.value("fact", key);
      gold_cluster_of_[key] = claim.value("cluster", fact);
      const json currency = claim.value("currency", json());
      gold_claims_[id].push_back({claim.at("start").get<std::size_t>(), claim.at("end").get<std::size_t>(), fact,
                                  gold_cluster_of_[key], currency.is_string() ? currency.get<std::string>() : ""});
    }
  }
  for (const TypeSpec& type : Types()) {
    if (!gold.contains(type.layer)) continue;  // gold that does not cover a type does not score it
    MentionScore& score = scores_[type.layer];
    const json& gold_mentions = gold[type.layer];
    const json predicted = annotations.value(type.layer, json::array());
    score.gold += gold_mentions.size();
    score.predicted += predicted.size();
    std::vector<bool> used(predicted.size(), false);
    const std::size_t matched_before = score.matched;
    for (const json& g : gold_mentions) {
      const auto gs = g.at("start").get<std::size_t>(), ge = g.at("end").get<std::size_t>();
      bool found = false;
      for (std::size_t i = 0; i < predicted.size() && !found; ++i) {
        const json& p = predicted[i];
        const auto ps = p.at("start").get<std::size_t>(), pe = p.at("end").get<std::size_t>();
        if (used[i] || ps >= ge || gs >= pe || !type.agrees(g, p)) continue;
        used[i] = found = true;
        ++score.matched;
        for (const auto& [field, read, applies] : type.secondary) {
          if (applies != nullptr && !applies(g)) continue;
          ++score.compared[field];
          if (read(g) == read(p)) {
            ++score.agree[field];
          } else {
            score.mismatches.push_back({{"id", id},
                                        {"field", field},
                                        {"gold", read(g)},
                                        {"predicted", read(p)},
                                        {"context", Context(text, gs, ge)}});
          }
        }
      }
      if (!found) score.misses.push_back({{"id", id}, {"gold", g}, {"context", Context(text, gs, ge)}});
    }
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      if (used[i]) continue;
      const json& p = predicted[i];
      score.false_positives.push_back(
          {{"id", id}, {"predicted", p}, {"context", Context(text, p.at("start"), p.at("end"))}});
    }
    for (const auto& s : type.secondary) score.agree.try_emplace(s.field, 0);
    if (type.layer == std::string("claims")) {
      LanguageScore& language = languages_[lang.empty() ? "und" : lang];
      language.claims.gold += gold_mentions.size();
      language.claims.predicted += predicted.size();
      language.claims.matched += score.matched - matched_before;
      for (const json& p : predicted) {
        if (p.value("value", json::object()).value("type", "") != "money") continue;
        ++language.money_predicted;
        language.predicate_known += PredicateKnown(p);
      }
    }
  }
}

std::vector<std::string> Evaluation::Unseen() const {
  std::vector<std::string> out;
  for (const auto& [id, seen] : seen_) {
    if (!seen) out.push_back(id);
  }
  return out;
}

Evaluation::PairScore Evaluation::ClusterPairs() const {
  using Pair = std::pair<std::string, std::string>;
  std::set<Pair> gold, predicted;
  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& [claim, label] : gold_cluster_of_) by_label[label].push_back(claim);
  auto add_pairs = [](const std::vector<std::string>& members, std::set<Pair>& pairs) {
    for (std::size_t i = 0; i < members.size(); ++i) {
      for (std::size_t j = i + 1; j < members.size(); ++j) pairs.insert(std::minmax(members[i], members[j]));
    }
  };
  for (const auto& [label, members] : by_label) add_pairs(members, gold);
  // Held in memory (see evaluation.h), so this cannot fail.
  (void)predicted_clusters_.ForEachRecord([&](const json& cluster) {
    if (cluster["schema"] != kClusterSchema) return;
    std::vector<std::string> members;
    for (const auto& m : cluster["members"]) {
      members.push_back(m["doc"].get<std::string>() + ":" + m["start"].dump() + ":" + m["end"].dump());
    }
    add_pairs(members, predicted);
  });
  PairScore score{gold.size(), predicted.size(), 0};
  for (const Pair& p : predicted) score.agreed += gold.count(p);
  return score;
}

std::vector<std::pair<std::string, std::string>> Evaluation::LabelsAt(const std::string& doc, std::size_t start,
                                                                      std::size_t end) const {
  std::vector<std::pair<std::string, std::string>> out;
  const auto it = gold_claims_.find(doc);
  if (it == gold_claims_.end()) return out;
  for (const GoldClaim& g : it->second) {
    if (start < g.end && g.start < end) out.emplace_back(g.fact, g.cluster);
  }
  return out;
}

namespace {

// A conflict record's cluster as an interval; over and under exclude their
// figure, null ends are unbounded.
struct Interval {
  double lo, hi;
  bool lo_open, hi_open;
};

Interval IntervalOf(const json& cluster) {
  const double inf = std::numeric_limits<double>::infinity();
  const json low = cluster.value("low", json()), high = cluster.value("high", json());
  const std::string bound = cluster.value("bound", "exact");
  return {low.is_number() ? low.get<double>() : -inf, high.is_number() ? high.get<double>() : inf, bound == "over",
          bound == "under"};
}

bool Disjoint(const Interval& a, const Interval& b) {
  auto below = [](const Interval& x, const Interval& y) {
    return x.hi < y.lo || (x.hi == y.lo && (x.hi_open || y.lo_open));
  };
  return below(a, b) || below(b, a);
}

}  // namespace

ConflictScore Evaluation::Conflicts() const {
  ConflictScore score;
  using Label = std::pair<std::string, std::string>;  // fact, cluster
  std::set<std::tuple<std::string, std::string, std::string>> gold_pairs, found;
  std::map<std::string, std::vector<const GoldClaim*>> by_fact;
  for (const auto& [doc, claims] : gold_claims_) {
    for (const GoldClaim& g : claims) by_fact[g.fact].push_back(&g);
  }
  for (const auto& [fact, claims] : by_fact) {
    for (const GoldClaim* a : claims) {
      for (const GoldClaim* b : claims) {
        if (a->cluster < b->cluster && a->currency == b->currency) gold_pairs.insert({fact, a->cluster, b->cluster});
      }
    }
  }
  score.gold_pairs = gold_pairs.size();

  std::map<std::string, std::set<Label>> labels_of;  // predicted cluster key -> gold labels of its members
  std::vector<json> conflicts;
  // Held in memory (see evaluation.h), so this cannot fail.
  (void)predicted_clusters_.ForEachRecord([&](const json& record) {
    if (record["schema"] == kConflictSchema) {
      conflicts.push_back(record);
      return;
    }
    std::set<Label>& labels = labels_of[record["key"].get<std::string>()];
    for (const auto& m : record["members"]) {
      for (Label& l : LabelsAt(m["doc"], m["start"], m["end"])) labels.insert(std::move(l));
    }
  });
  for (const json& conflict : conflicts) {
    const json& clusters = conflict["clusters"];
    for (std::size_t i = 0; i < clusters.size(); ++i) {
      for (std::size_t j = i + 1; j < clusters.size(); ++j) {
        if (!Disjoint(IntervalOf(clusters[i]), IntervalOf(clusters[j]))) continue;
        ++score.predicted_pairs;
        bool right = false;
        for (const Label& a : labels_of[clusters[i]["key"].get<std::string>()]) {
          for (const Label& b : labels_of[clusters[j]["key"].get<std::string>()]) {
            if (a.first != b.first || a.second == b.second) continue;
            right = true;
            found.insert({a.first, std::min(a.second, b.second), std::max(a.second, b.second)});
          }
        }
        score.right_pairs += right;
      }
    }
  }
  for (const auto& pair : found) score.found_gold_pairs += gold_pairs.count(pair);
  return score;
}

json Evaluation::ToJson() const {
  json out = {{"documents", documents_scored_}, {"unseen_gold_documents", Unseen()}, {"types", json::object()}};
  for (const auto& [type, s] : scores_) {
    json t = {{"gold", s.gold},           {"predicted", s.predicted},   {"matched", s.matched},
              {"precision", s.precision()}, {"recall", s.recall()},       {"f1", s.f1()},
              {"misses", s.misses},       {"false_positives", s.false_positives},
              {"mismatches", s.mismatches}};
    for (const auto& [field, agree] : s.agree) {
      t[field + "_accuracy"] = s.accuracy(field);
      t[field + "_compared"] = s.compared.count(field) ? s.compared.at(field) : 0;
    }
    out["types"][type] = std::move(t);
  }
  if (!languages_.empty()) {
    out["languages"] = json::object();
    for (const auto& [lang, l] : languages_) {
      out["languages"][lang] = {{"gold", l.claims.gold},
                                {"predicted", l.claims.predicted},
                                {"matched", l.claims.matched},
                                {"precision", l.claims.precision()},
                                {"recall", l.claims.recall()},
                                {"f1", l.claims.f1()},
                                {"money_predicted", l.money_predicted},
                                {"predicate_known", l.predicate_known_share()}};
    }
  }
  if (!gold_cluster_of_.empty()) {
    const PairScore pairs = ClusterPairs();
    const double p = pairs.predicted ? double(pairs.agreed) / pairs.predicted : 1.0;
    const double r = pairs.gold ? double(pairs.agreed) / pairs.gold : 1.0;
    out["clusters"] = {{"gold_pairs", pairs.gold}, {"predicted_pairs", pairs.predicted}, {"agreed_pairs", pairs.agreed},
                       {"precision", p}, {"recall", r}, {"f1", p + r > 0 ? 2 * p * r / (p + r) : 0.0}};
    const ConflictScore conflicts = Conflicts();
    out["conflicts"] = {{"predicted_pairs", conflicts.predicted_pairs}, {"right_pairs", conflicts.right_pairs},
                        {"gold_pairs", conflicts.gold_pairs},           {"found_gold_pairs", conflicts.found_gold_pairs},
                        {"precision", conflicts.precision()},           {"recall", conflicts.recall()}};
  }
  return out;
}

std::string Evaluation::ToText() const {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%zu documents scored\n\n%-12s %6s %6s %6s %9s %7s %7s   %s\n",
                documents_scored_, "type", "gold", "pred", "match", "precision", "recall", "F1",
                "accuracy over matches");
  out += line;
  for (const auto& [type, s] : scores_) {
    std::snprintf(line, sizeof line, "%-12s %6zu %6zu %6zu %9.3f %7.3f %7.3f  ", type.c_str(), s.gold, s.predicted,
                  s.matched, s.precision(), s.recall(), s.f1());
    out += line;
    for (const auto& [field, agree] : s.agree) {
      std::snprintf(line, sizeof line, " %s %.3f", field.c_str(), s.accuracy(field));
      out += line;
    }
    out += "\n";
  }
  if (!languages_.empty()) {
    std::snprintf(line, sizeof line, "\n%-12s %6s %6s %6s %9s %7s %7s %16s\n", "claims/lang", "gold", "pred",
                  "match", "precision", "recall", "F1", "predicate known");
    out += line;
    for (const auto& [lang, l] : languages_) {
      std::snprintf(line, sizeof line, "%-12s %6zu %6zu %6zu %9.3f %7.3f %7.3f %16.3f\n", lang.c_str(),
                    l.claims.gold, l.claims.predicted, l.claims.matched, l.claims.precision(), l.claims.recall(),
                    l.claims.f1(), l.predicate_known_share());
      out += line;
    }
    out += "\n";
  }
  for (const auto& [type, s] : scores_) {
    for (const auto& m : s.misses) {
      out += "miss  " + type + " " + m["id"].get<std::string>() + ": " + m["context"].get<std::string>() + "\n";
    }
    for (const auto& m : s.false_positives) {
      out += "extra " + type + " " + m["id"].get<std::string>() + ": " + m["context"].get<std::string>() + "\n";
    }
    for (const auto& m : s.mismatches) {
      out += m["field"].get<std::string>() + " " + type + " " + m["id"].get<std::string>() + ": " +
             m["predicted"].dump() + " for " + m["gold"].dump() + ": " + m["context"].get<std::string>() + "\n";
    }
  }
  if (!gold_cluster_of_.empty()) {
    const PairScore pairs = ClusterPairs();
    const double p = pairs.predicted ? double(pairs.agreed) / pairs.predicted : 1.0;
    const double r = pairs.gold ? double(pairs.agreed) / pairs.gold : 1.0;
    std::snprintf(line, sizeof line, "clusters (pairwise): %zu gold pairs, %zu predicted, %zu agreed: precision %.3f recall %.3f F1 %.3f\n",
                  pairs.gold, pairs.predicted, pairs.agreed, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    out += line;
    const ConflictScore c = Conflicts();
    std::snprintf(line, sizeof line,
                  "conflicts (pairs of clusters): %zu predicted, %zu right; %zu gold, %zu found: precision %.3f "
                  "recall %.3f\n",
                  c.predicted_pairs, c.right_pairs, c.gold_pairs, c.found_gold_pairs, c.precision(), c.recall());
    out += line;
  }
  for (const auto& id : Unseen()) out += "gold document not in the input: " + id + "\n";
  return out;
}

}  // namespace claimex
