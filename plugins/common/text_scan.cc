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
  longest_ = std::max(longest_, e.phrase.size());
  const auto at = std::find_if(entries_.begin(), entries_.end(),
                               [&](const Entry& other) { return other.phrase.size() < e.phrase.size(); });
  entries_.insert(at, std::move(e));
}

std::optional<CueLexicon::Match> CueLexicon::Before(std::string_view text, std::size_t end) const {
  std::size_t n = 0;
  // Skip spaces and quotes between the cue and the position.
  while (end > 0) {
    const char32_t c = DecodeBefore(text, end, &n);
    if (!IsSpaceChar(c) && !IsQuoteChar(c)) break;
    end -= n;
  }
  // Fold the window of code points before `end`, nearest last.
  std::u32string window;
  std::vector<std::size_t> starts;  // byte offset of each window code point
  std::size_t pos = end;
  while (pos > 0 && window.size() < longest_ + 1) {
    const char32_t c = DecodeBefore(text, pos, &n);
    pos -= n;
    window.insert(window.begin(), Fold(c));
    starts.insert(starts.begin(), pos);
  }
  for (const Entry& e : entries_) {
    if (e.phrase.size() > window.size()) continue;
    const std::size_t from = window.size() - e.phrase.size();
    if (window.compare(from, e.phrase.size(), e.phrase) != 0) continue;
    // CJK text has no spaces between words, so no boundary is required.
    const bool phrase_starts_with_word = IsWordChar(e.phrase.front()) && !IsCjk(e.phrase.front());
    if (phrase_starts_with_word && from > 0 && IsWordChar(window[from - 1])) continue;
    if (phrase_starts_with_word && from == 0 && starts[0] > 0 &&
        IsWordChar(DecodeBefore(text, starts[0], &n))) {
      continue;
    }
    return Match{e.label, e.phrase.size()};
  }
  return std::nullopt;
}

std::optional<CueLexicon::Match> CueLexicon::After(std::string_view text, std::size_t begin,
                                                   std::size_t* consumed_end) const {
  std::size_t n = 0;
  while (begin < text.size() && IsSpaceChar(DecodeAt(text, begin, &n))) begin += n;
  std::u32string window;
  std::vector<std::size_t> ends;
  for (std::size_t pos = begin; pos < text.size() && window.size() < longest_ + 1;) {
    window.push_back(Fold(DecodeAt(text, pos, &n)));
    pos += n;
    ends.push_back(pos);
  }
  for (const Entry& e : entries_) {
    if (e.phrase.size() > window.size()) continue;
    if (window.compare(0, e.phrase.size(), e.phrase) != 0) continue;
    const bool phrase_ends_with_word = IsWordChar(e.phrase.back()) && !IsCjk(e.phrase.back());
    if (phrase_ends_with_word && e.phrase.size() < window.size() && IsWordChar(window[e.phrase.size()]) &&
        !IsCjk(window[e.phrase.size()])) {
      continue;
    }
    *consumed_end = ends[e.phrase.size() - 1];
    return Match{e.label, e.phrase.size()};
  }
  return std::nullopt;
}

}  // namespace claimex::plugin
