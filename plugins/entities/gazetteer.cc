#include "gazetteer.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>

#include "text_scan.h"

namespace claimex::entities {
namespace {

using plugin::DecodeAt;
using plugin::DecodeBefore;
using plugin::Fold;
using plugin::IsCjk;
using plugin::IsWordChar;

bool IsUpper(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool IsLower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }

}  // namespace

int Gazetteer::Child(int node, char32_t c) const {
  const auto& children = nodes_[node].children;
  const auto it = std::lower_bound(children.begin(), children.end(), std::make_pair(c, -1));
  return it != children.end() && it->first == c ? it->second : -1;
}

int Gazetteer::Add(Entity entity, const std::vector<std::string>& names) {
  const int index = static_cast<int>(entities_.size());
  entities_.push_back(std::move(entity));
  for (const std::string& name : names) {
    int node = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < name.size(); i += n) {
      const char32_t c = Fold(DecodeAt(name, i, &n));
      int next = Child(node, c);
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        nodes_.emplace_back();
        auto& children = nodes_[node].children;
        children.insert(std::lower_bound(children.begin(), children.end(), std::make_pair(c, -1)),
                        std::make_pair(c, next));
      }
      node = next;
    }
    if (node == 0) continue;
    // The first entity to claim a name keeps it.
    if (nodes_[node].entity < 0) {
      nodes_[node].entity = index;
      nodes_[node].needs_capital = IsUpper(DecodeAt(name, 0, &n));
      ++names_;
    }
  }
  return index;
}

void Gazetteer::LoadJsonl(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read gazetteer file " + path);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto where = path + ":" + std::to_string(number) + ": ";
    const nlohmann::json record = nlohmann::json::parse(line, nullptr, false);
    if (!record.is_object()) throw std::runtime_error(where + "not a JSON object");
    for (const char* field : {"id", "type"}) {
      if (!record.contains(field) || !record[field].is_string() || record[field].get<std::string>().empty()) {
        throw std::runtime_error(where + "\"" + field + "\" must be a non-empty string");
      }
    }
    if (!record.contains("names") || !record["names"].is_array() || record["names"].empty()) {
      throw std::runtime_error(where + "\"names\" must be a non-empty array of strings");
    }
    std::vector<std::string> names;
    for (const auto& name : record["names"]) {
      if (!name.is_string()) throw std::runtime_error(where + "\"names\" must hold strings");
      names.push_back(name.get<std::string>());
    }
    Add({record["id"], record["type"], record.value("category", "")}, names);
  }
}

std::vector<Match> Gazetteer::FindAll(std::string_view text) const {
  std::vector<Match> matches;
  std::size_t n = 0;
  for (std::size_t start = 0; start < text.size();) {
    const char32_t first = DecodeAt(text, start, &n);
    const std::size_t first_len = n;
    const char32_t before = DecodeBefore(text, start, &n);
    const bool word_start = !IsWordChar(before) || IsCjk(before) || IsCjk(first);
    if (!word_start || !IsWordChar(first)) {
      start += first_len;
      continue;
    }
    Match best;
    int node = 0;
    for (std::size_t pos = start; pos < text.size();) {
      const char32_t c = DecodeAt(text, pos, &n);
      node = Child(node, Fold(c));
      if (node < 0) break;
      pos += n;
      const Node& hit = nodes_[node];
      if (hit.entity < 0) continue;
      const char32_t after = pos < text.size() ? DecodeAt(text, pos, &n) : 0;
      const char32_t last = DecodeBefore(text, pos, &n);
      const bool word_end = !IsWordChar(after) || IsCjk(after) || IsCjk(last);
      if (!word_end || (hit.needs_capital && IsLower(first))) continue;
      best = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos), hit.entity};
    }
    if (best.entity >= 0) {
      matches.push_back(best);
      start = best.end;
    } else {
      start += first_len;
    }
  }
  return matches;
}

}  // namespace claimex::entities
