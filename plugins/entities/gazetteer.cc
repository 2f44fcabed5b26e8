#include "gazetteer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>

#include "data_files.h"
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

constexpr auto kAsciiWordByte = [] {
  std::array<bool, 256> word{};
  for (int c = '0'; c <= '9'; ++c) word[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) word[c] = word[c - 32] = true;
  return word;
}();

// A hash of the run of ASCII letters and digits `text[begin, end)`, the
// same whatever their case: setting bit 5 lower-cases a letter and leaves a
// digit as it is. Eight bytes at a time, read whole where the text goes on
// that far; never 0.
inline std::uint64_t FirstWordKey(std::string_view text, std::size_t begin, std::size_t end) {
  std::uint64_t key = end - begin;
  for (std::size_t i = begin; i < end; i += 8) {
    const std::size_t n = std::min<std::size_t>(8, end - i);
    std::uint64_t chunk = 0;
    if (i + 8 <= text.size()) {
      std::memcpy(&chunk, text.data() + i, 8);
      if (n < 8) chunk &= ~std::uint64_t{0} >> (8 * (8 - n));
    } else {
      for (std::size_t k = 0; k < n; ++k) {
        chunk |= std::uint64_t{static_cast<unsigned char>(text[i + k])} << (8 * k);
      }
    }
    chunk |= 0x2020202020202020ULL >> (8 * (8 - n));
    key = (key ^ chunk) * 0x9E3779B97F4A7C15ULL;
    key ^= key >> 32;
  }
  return key | 1;
}

}  // namespace

void Gazetteer::FirstWords::Insert(std::uint64_t key) {
  if (MayContain(key)) return;
  if (4 * (size_ + 1) > table_.size()) {
    // At most a quarter full, so that an absent key, the common case,
    // usually meets an empty slot at once.
    std::vector<std::uint64_t> keys;
    for (const std::uint64_t k : table_) {
      if (k != kEmpty) keys.push_back(k);
    }
    table_.assign(2 * table_.size(), kEmpty);
    --shift_;
    size_ = 0;
    for (const std::uint64_t k : keys) Insert(k);
  }
  std::size_t slot = key >> shift_;
  while (table_[slot] != kEmpty) slot = (slot + 1) & (table_.size() - 1);
  table_[slot] = key;
  ++size_;
}

void Gazetteer::WideFirstChars::Insert(char32_t c, std::int32_t node) {
  if (Find(c) != plugin::CodePointTrie::kNone) return;
  if (2 * (size_ + 1) > table_.size()) {
    std::vector<Entry> entries;
    for (const Entry& e : table_) {
      if (e.c != 0) entries.push_back(e);
    }
    table_.assign(2 * table_.size(), Entry{});
    --shift_;
    size_ = 0;
    for (const Entry& e : entries) Insert(e.c, e.node);
  }
  std::size_t slot = Slot(c);
  while (table_[slot].c != 0) slot = (slot + 1) & (table_.size() - 1);
  table_[slot] = {c, node};
  ++size_;
}

Gazetteer::Gazetteer() = default;

int Gazetteer::Add(Entity entity, const std::vector<std::string>& names) {
  const int index = static_cast<int>(entities_.size());
  entities_.push_back(std::move(entity));
  for (const std::string& name : names) {
    std::int32_t node = plugin::CodePointTrie::kRoot;
    std::size_t n = 0;
    std::string first_word;
    bool in_first_word = true;
    for (std::size_t i = 0; i < name.size(); i += n) {
      const char32_t folded = Fold(DecodeAt(name, i, &n));
      in_first_word = in_first_word && folded < 0x80 && kAsciiWordByte[folded];
      if (in_first_word) first_word.push_back(static_cast<char>(folded));
      if (node == plugin::CodePointTrie::kRoot && folded >= 0x80) {
        node = trie_.AddChild(node, folded);
        wide_first_chars_.Insert(folded, node);
      } else {
        node = trie_.AddChild(node, folded);
      }
    }
    if (node == plugin::CodePointTrie::kRoot) continue;
    const std::uint64_t key = FirstWordKey(first_word, 0, first_word.size());
    first_words_.Insert(key);
    // The first entity to claim a name keeps it.
    if (trie_.value(node) == plugin::CodePointTrie::kNone) {
      trie_.set_value(node, index);
      needs_capital_.resize(trie_.size());
      needs_capital_[node] = IsUpper(DecodeAt(name, 0, &n));
      ++names_;
    }
    if (!needs_capital_[node]) lowercase_first_words_.Insert(key);
  }
  return index;
}

void Gazetteer::LoadJsonl(const std::string& path) {
  std::ifstream in = plugin::OpenDataFile(path);
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
    for (const char* field : {"category", "lang", "part_of"}) {
      if (record.contains(field) && !record[field].is_string() && !record[field].is_null()) {
        throw std::runtime_error(where + "\"" + field + "\" must be a string");
      }
    }
    auto optional = [&](const char* field) { return record.value(field, nlohmann::json()).is_string() ? record[field].get<std::string>() : ""; };
    Add({record["id"], record["type"], optional("category"), optional("part_of")}, names);
  }
  plugin::CheckRead(in, path);
}

namespace {

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
    if (static_cast<unsigned char>(text[start]) < 0x80) {
      std::size_t run_end = start + 1;
      while (run_end < text.size() && kAsciiWordByte[static_cast<unsigned char>(text[run_end])]) ++run_end;
      const bool run_is_first_word =
          run_end == text.size() || static_cast<unsigned char>(text[run_end]) < 0x80 ||
          Fold(DecodeAt(text, run_end, &n)) >= 0x80;
      const auto first_byte = static_cast<unsigned char>(text[start]);
      const FirstWords& first_words = first_byte >= 'a' && first_byte <= 'z' ? lowercase_first_words_ : first_words_;
      if (run_is_first_word && !first_words.MayContain(FirstWordKey(text, start, run_end))) {
        start = run_end;
        continue;
      }
    }
    const char32_t first = DecodeAt(text, start, &n);
    const std::size_t first_len = n;
    // Most characters beyond ASCII start no name: that is one lookup,
    // cheaper than the word-start test's.
    if (const char32_t folded = Fold(first);
        folded >= 0x80 && wide_first_chars_.Find(folded) == plugin::CodePointTrie::kNone) {
      start += first_len;
      continue;
    }
    const char32_t before = DecodeBefore(text, start, &n);
    const bool word_start = !IsWordChar(before) || IsCjk(before) || IsCjk(first);
    if (!word_start || !IsWordChar(first)) {
      start += first_len;
      continue;
    }
    Match best;
    std::int32_t node = plugin::CodePointTrie::kRoot;
    for (std::size_t pos = start; pos < text.size();) {
      const char32_t c = Fold(DecodeAt(text, pos, &n));
      node = node == plugin::CodePointTrie::kRoot && c >= 0x80 ? wide_first_chars_.Find(c) : trie_.Child(node, c);
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
