#include "text_scan.h"

#include <algorithm>

#include <unicode/uchar.h>

namespace claimex::plugin {

char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* length) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (i + n > s.size()) n = s.size() - i;
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *length = n;
  return cp;
}

char32_t DecodeBefore(std::string_view s, std::size_t i, std::size_t* length) {
  if (i == 0) {
    *length = 0;
    return 0;
  }
  std::size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return DecodeAt(s, start, length);
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}

bool IsDigitChar(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c));
}

int DigitValue(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') ? static_cast<int>(c - '0') : -1;
  return u_isdigit(static_cast<UChar32>(c)) ? u_charDigitValue(static_cast<UChar32>(c)) : -1;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsLetter(c) || (c >= '0' && c <= '9');
  const auto type = u_charType(static_cast<UChar32>(c));
  return u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool IsCurrencySymbol(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_CURRENCY_SYMBOL; }

bool IsCjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x3040 && c <= 0x30FF);
}

bool IsSpaceChar(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009 ||
         c == 0x2007 || c == 0x3000;
}

bool IsQuoteChar(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0xAB ||
         c == 0xBB || c == 0x201E || c == '(';
}

char32_t Fold(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

std::u32string FoldToU32(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0, n = 0; i < utf8.size(); i += n) out.push_back(Fold(DecodeAt(utf8, i, &n)));
  return out;
}

void CueLexicon::Add(std::string_view phrase, std::string label) {
  Entry e{FoldToU32(phrase), std::move(label)};
  if (e.phrase.empty()) return;
  if (e.phrase.front() < 0x80) ascii_first_.set(e.phrase.front());
  if (e.phrase.back() < 0x80) ascii_last_.set(e.phrase.back());
  for (auto* index : {&by_first_, &by_last_}) {
    auto& bucket = (*index)[index == &by_first_ ? e.phrase.front() : e.phrase.back()];
    const auto at = std::find_if(bucket.begin(), bucket.end(),
                                 [&](const Entry& other) { return other.phrase.size() < e.phrase.size(); });
    bucket.insert(at, e);
  }
}

std::optional<CueLexicon::Match> CueLexicon::Before(std::string_view text, std::size_t end) const {
  std::size_t n = 0;
  // Skip spaces and quotes between the cue and the position.
  while (end > 0) {
    const char32_t c = DecodeBefore(text, end, &n);
    if (!IsSpaceChar(c) && !IsQuoteChar(c)) break;
    end -= n;
  }
  if (end == 0) return std::nullopt;
  const char32_t last = Fold(DecodeBefore(text, end, &n));
  if (last < 0x80 && !ascii_last_[last]) return std::nullopt;
  const auto bucket = by_last_.find(last);
  if (bucket == by_last_.end()) return std::nullopt;
  // Fold the code points before `end`, nearest first, as far as the longest
  // candidate needs plus one for the boundary check.
  const std::size_t need = bucket->second.front().phrase.size() + 1;
  char32_t window[64];
  std::size_t size = 0;
  for (std::size_t pos = end; pos > 0 && size < std::min<std::size_t>(need, 64);) {
    window[size++] = Fold(DecodeBefore(text, pos, &n));
    pos -= n;
  }
  for (const Entry& e : bucket->second) {
    const std::size_t len = e.phrase.size();
    if (len > size) continue;
    bool same = true;
    for (std::size_t k = 0; k < len && same; ++k) same = window[k] == e.phrase[len - 1 - k];
    if (!same) continue;
    // CJK text has no spaces between words, so no boundary is required.
    const bool needs_boundary = IsWordChar(e.phrase.front()) && !IsCjk(e.phrase.front());
    if (needs_boundary && len < size && IsWordChar(window[len]) && !IsCjk(window[len])) continue;
    return Match{e.label, len};
  }
  return std::nullopt;
}

std::optional<CueLexicon::Match> CueLexicon::After(std::string_view text, std::size_t begin,
                                                   std::size_t* consumed_end) const {
  std::size_t n = 0;
  while (begin < text.size() && IsSpaceChar(DecodeAt(text, begin, &n))) begin += n;
  if (begin >= text.size()) return std::nullopt;
  // Most calls start at an ASCII letter that begins no cue: answer those
  // without decoding or folding.
  if (const auto byte = static_cast<unsigned char>(text[begin]); byte < 0x80) {
    if (!ascii_first_[(byte >= 'A' && byte <= 'Z') ? byte + 32 : byte]) return std::nullopt;
  }
  const char32_t first = Fold(DecodeAt(text, begin, &n));
  if (first < 0x80 && !ascii_first_[first]) return std::nullopt;
  const auto bucket = by_first_.find(first);
  if (bucket == by_first_.end()) return std::nullopt;
  const std::size_t need = bucket->second.front().phrase.size() + 1;
  char32_t window[64];
  std::size_t ends[64];
  std::size_t size = 0;
  for (std::size_t pos = begin; pos < text.size() && size < std::min<std::size_t>(need, 64);) {
    window[size] = Fold(DecodeAt(text, pos, &n));
    pos += n;
    ends[size++] = pos;
  }
  for (const Entry& e : bucket->second) {
    const std::size_t len = e.phrase.size();
    if (len > size) continue;
    bool same = true;
    for (std::size_t k = 0; k < len && same; ++k) same = window[k] == e.phrase[k];
    if (!same) continue;
    const bool needs_boundary = IsWordChar(e.phrase.back()) && !IsCjk(e.phrase.back());
    if (needs_boundary && len < size && IsWordChar(window[len]) && !IsCjk(window[len])) continue;
    *consumed_end = ends[len - 1];
    return Match{e.label, len};
  }
  return std::nullopt;
}

}  // namespace claimex::plugin
