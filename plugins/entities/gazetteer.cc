#include "gazetteer.h"

#include <algorithm>
#include <array>
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

Gazetteer::Gazetteer() = default;

int Gazetteer::Add(Entity entity, const std::vector<std::string>& names) {
  const int index = static_cast<int>(entities_.size());
  entities_.push_back(std::move(entity));
  for (const std::string& name : names) {
    std::int32_t node = plugin::CodePointTrie::kRoot;
    std::size_t n = 0;
    for (std::size_t i = 0; i < name.size(); i += n) node = trie_.AddChild(node, Fold(DecodeAt(name, i, &n)));
    if (node == plugin::CodePointTrie::kRoot) continue;
    // The first entity to claim a name keeps it.
    if (trie_.value(node) == plugin::CodePointTrie::kNone) {
      trie_.set_value(node, index);
      needs_capital_.resize(trie_.size());
      needs_capital_[node] = IsUpper(DecodeAt(name, 0, &n));
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
    for (const char* field : {"category", "lang"}) {
      if (record.contains(field) && !record[field].is_string() && !record[field].is_null()) {
        throw std::runtime_error(where + "\"" + field + "\" must be a string");
      }
    }
    const auto& category = record.contains("category") ? record["category"] : nlohmann::json();
    Add({record["id"], record["type"], category.is_string() ? category.get<std::string>() : ""}, names);
  }
}

namespace {

constexpr auto kAsciiWordByte = [] {
  std::array<bool, 256> word{};
  for (int c = '0'; c <= '9'; ++c) word[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) word[c] = word[c - 32] = true;
  return word;
}();

// The first position from `start` on that may begin a name: a non-ASCII
// byte, or an ASCII letter or digit that does not follow another. Most
// bytes are neither; skipping the rest of a word, then the spaces and
// punctuation after it, in two tight loops costs a fifth less than asking
// of every byte whether it starts a word.
std::size_t NextCandidate(std::string_view text, std::size_t start) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = start;
  if (i > 0 && kAsciiWordByte[bytes[i - 1]]) {
    while (i < text.size() && kAsciiWordByte[bytes[i]]) ++i;
  }
  for (; i < text.size(); ++i) {
    if (bytes[i] >= 0x80 || kAsciiWordByte[bytes[i]]) return i;
  }
  return text.size();
}

}  // namespace

std::vector<Match> Gazetteer::FindAll(std::string_view text) const {
  std::vector<Match> matches;
  std::size_t n = 0;
  for (std::size_t start = 0; start < text.size();) {
    start = NextCandidate(text, start);
    if (start == text.size()) break;
    const char32_t first = DecodeAt(text, start, &n);
    const std::size_t first_len = n;
    const char32_t before = DecodeBefore(text, start, &n);
    const bool word_start = !IsWordChar(before) || IsCjk(before) || IsCjk(first);
    if (!word_start || !IsWordChar(first)) {
      start += first_len;
      continue;
    }
    Match best;
    std::int32_t node = plugin::CodePointTrie::kRoot;
    for (std::size_t pos = start; pos < text.size();) {
      node = trie_.Child(node, Fold(DecodeAt(text, pos, &n)));
      if (node == plugin::CodePointTrie::kNone) break;
      pos += n;
      const std::int32_t entity = trie_.value(node);
      if (entity == plugin::CodePointTrie::kNone) continue;
      const char32_t after = pos < text.size() ? DecodeAt(text, pos, &n) : 0;
      const char32_t last = DecodeBefore(text, pos, &n);
      const bool word_end = !IsWordChar(after) || IsCjk(after) || IsCjk(last);
      if (!word_end || (needs_capital_[node] && IsLower(first))) continue;
      best = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos), entity};
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
