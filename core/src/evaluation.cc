#include "evaluation.h"

#include <cmath>
#include <cstdio>
#include <fstream>

namespace claimex {
namespace {

using nlohmann::json;

struct TypeSpec {
  const char* layer;
  const char* value_key;
  const char* unit_key;  // must also agree; nullptr when none
  bool has_model;
};

constexpr TypeSpec kTypes[] = {
    {"money", "value", "currency", false},
    {"gpu_counts", "count", nullptr, true},
};

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

void Evaluation::Score(const json& annotations, const std::string& text) {
  const std::string id = annotations.value("id", "");
  const auto gold_it = gold_.find(id);
  if (gold_it == gold_.end()) return;
  seen_[id] = true;
  ++documents_scored_;
  const json& gold = gold_it->second;
  for (const TypeSpec& type : kTypes) {
    MentionScore& score = scores_[type.layer];
    const json gold_mentions = gold.value(type.layer, json::array());
    const json predicted = annotations.value(type.layer, json::array());
    score.gold += gold_mentions.size();
    score.predicted += predicted.size();
    std::vector<bool> used(predicted.size(), false);
    for (const json& g : gold_mentions) {
      const auto gs = g.at("start").get<std::size_t>(), ge = g.at("end").get<std::size_t>();
      bool found = false;
      for (std::size_t i = 0; i < predicted.size() && !found; ++i) {
        const json& p = predicted[i];
        const auto ps = p.at("start").get<std::size_t>(), pe = p.at("end").get<std::size_t>();
        if (used[i] || ps >= ge || gs >= pe) continue;
        if (!SameValue(g.value(type.value_key, json()), p.value(type.value_key, json()))) continue;
        if (type.unit_key && g.value(type.unit_key, json()) != p.value(type.unit_key, json())) continue;
        used[i] = found = true;
        ++score.matched;
        if (g.value("bound", "exact") == p.value("bound", "exact")) {
          ++score.bound_agree;
        } else {
          score.bound_mismatches.push_back({{"id", id},
                                            {"gold", g.value("bound", "exact")},
                                            {"predicted", p.value("bound", "exact")},
                                            {"context", Context(text, gs, ge)}});
        }
        if (type.has_model && g.value("model", json()) == p.value("model", json())) ++score.model_agree;
      }
      if (!found) {
        score.misses.push_back({{"id", id}, {"gold", g}, {"context", Context(text, gs, ge)}});
      }
    }
    for (std::size_t i = 0; i < predicted.size(); ++i) {
      if (used[i]) continue;
      const json& p = predicted[i];
      score.false_positives.push_back(
          {{"id", id}, {"predicted", p}, {"context", Context(text, p.at("start"), p.at("end"))}});
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

json Evaluation::ToJson() const {
  json out = {{"documents", documents_scored_}, {"unseen_gold_documents", Unseen()}, {"types", json::object()}};
  for (const auto& [type, s] : scores_) {
    json t = {{"gold", s.gold},           {"predicted", s.predicted},   {"matched", s.matched},
              {"precision", s.precision()}, {"recall", s.recall()},       {"f1", s.f1()},
              {"bound_accuracy", s.matched ? double(s.bound_agree) / s.matched : 1.0},
              {"misses", s.misses},       {"false_positives", s.false_positives},
              {"bound_mismatches", s.bound_mismatches}};
    if (type == "gpu_counts") t["model_accuracy"] = s.matched ? double(s.model_agree) / s.matched : 1.0;
    out["types"][type] = std::move(t);
  }
  return out;
}

std::string Evaluation::ToText() const {
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "%zu documents scored\n\n%-12s %6s %6s %6s %9s %7s %7s %7s %7s\n",
                documents_scored_, "type", "gold", "pred", "match", "precision", "recall", "F1", "bound", "model");
  out += line;
  for (const auto& [type, s] : scores_) {
    const double bound = s.matched ? double(s.bound_agree) / s.matched : 1.0;
    std::snprintf(line, sizeof line, "%-12s %6zu %6zu %6zu %9.3f %7.3f %7.3f %7.3f", type.c_str(), s.gold,
                  s.predicted, s.matched, s.precision(), s.recall(), s.f1(), bound);
    out += line;
    if (type == "gpu_counts") {
      std::snprintf(line, sizeof line, " %7.3f", s.matched ? double(s.model_agree) / s.matched : 1.0);
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
    for (const auto& m : s.bound_mismatches) {
      out += "bound " + type + " " + m["id"].get<std::string>() + ": " + m["predicted"].get<std::string>() +
             " for " + m["gold"].get<std::string>() + ": " + m["context"].get<std::string>() + "\n";
    }
  }
  for (const auto& id : Unseen()) out += "gold document not in the input: " + id + "\n";
  return out;
}

}  // namespace claimex
