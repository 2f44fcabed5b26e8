#include "text_scan.h"

#include <algorithm>

#include <unicode/uchar.h>

namespace claimex::plugin {

namespace detail {

char32_t DecodeMultibyte(std::string_view s, std::size_t i, std::size_t* length) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (i + n > s.size()) n = s.size() - i;
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *length = n;
  return cp;
}

bool IsLetterBeyondAscii(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

bool IsWordCharBeyondAscii(char32_t c) {
  const auto type = u_charType(static_cast<UChar32>(c));
  return u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

char32_t FoldBeyondAscii(char32_t c) {
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

}  // namespace detail

bool IsDigitChar(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c));
}

int DigitValue(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') ? static_cast<int>(c - '0') : -1;
  return u_isdigit(static_cast<UChar32>(c)) ? u_charDigitValue(static_cast<UChar32>(c)) : -1;
}

bool IsCurrencySymbol(char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_CURRENCY_SYMBOL; }

bool IsSpaceChar(char32_t c) {
  // The direction marks of right-to-left text (LRM, RLM, the Arabic letter
  // mark) are invisible: between a figure and its scale word they are space.
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F || c == 0x2009 ||
         c == 0x2007 || c == 0x3000 || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool IsQuoteChar(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0xAB ||
         c == 0xBB || c == 0x201E || c == '(';
}

std::u32string FoldToU32(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0, n = 0; i < utf8.size(); i += n) out.push_back(Fold(DecodeAt(utf8, i, &n)));
  return out;
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

void CueLexicon::Add(std::string_view phrase, std::string label) {
  const std::u32string folded = FoldToU32(phrase);
  if (folded.empty()) return;
  std::int32_t forward = CodePointTrie::kRoot, backward = CodePointTrie::kRoot;
  for (char32_t c : folded) forward = forward_.AddChild(forward, c);
  for (auto c = folded.rbegin(); c != folded.rend(); ++c) backward = backward_.AddChild(backward, *c);
  // The same phrase twice: the first label stays.
  if (forward_.value(forward) != CodePointTrie::kNone) return;
  const auto index = static_cast<std::int32_t>(labels_.size());
  forward_.set_value(forward, index);
  backward_.set_value(backward, index);
  labels_.push_back(std::move(label));
}

template <typename Next>
std::optional<CueLexicon::Match> CueLexicon::Walk(const CodePointTrie& trie, Next next, std::size_t* match_end,
                                                  bool backward) const {
  std::optional<Match> best;
  std::int32_t node = CodePointTrie::kRoot;
  std::size_t depth = 0;
  char32_t c;
  std::size_t c_end = 0;
  if (!next(&c, &c_end)) return best;
  while ((node = trie.Child(node, c)) != CodePointTrie::kNone) {
    ++depth;
    const std::int32_t label = trie.value(node);
    const char32_t last = trie.code_point(node);
    const std::size_t hit_end = c_end;
    const bool more = next(&c, &c_end);
    if (label != CodePointTrie::kNone) {
      // A phrase ending in a letter must not end inside a word; CJK text
      // has no spaces between words, so no boundary is required there.
      // Hangul has spaces but glues particles to a word's end ("달러를"):
      // read backwards, a phrase must start a Hangul word ("약 10억", not
      // the end of "계약"); read forwards it may end inside one.
      const auto bounded = [backward](char32_t x) {
        return IsWordChar(x) && (!IsCjk(x) || (backward && IsHangul(x)));
      };
      if (!(bounded(last) && more && bounded(c))) {
        best = Match{labels_[label], depth};
        *match_end = hit_end;
      }
    }
    if (!more) break;
  }
  return best;
}

std::optional<CueLexicon::Match> CueLexicon::Before(std::string_view text, std::size_t end) const {
  std::size_t n = 0;
  // Skip spaces and quotes between the cue and the position.
  while (end > 0) {
    const char32_t c = DecodeBefore(text, end, &n);
    if (!IsSpaceChar(c) && !IsQuoteChar(c)) break;
    end -= n;
  }
  std::size_t phrase_start = 0;
  return Walk(
      backward_,
      [&, pos = end](char32_t* c, std::size_t* after) mutable {
        if (pos == 0) return false;
        *c = Fold(DecodeBefore(text, pos, &n));
        *after = pos -= n;
        return true;
      },
      &phrase_start, true);
}

std::optional<CueLexicon::Match> CueLexicon::After(std::string_view text, std::size_t begin,
                                                   std::size_t* consumed_end) const {
  std::size_t n = 0;
  while (begin < text.size() && IsSpaceChar(DecodeAt(text, begin, &n))) begin += n;
  // Most calls start at an ASCII letter that begins no cue: answer those
  // without decoding or folding.
  if (begin < text.size()) {
    if (const auto byte = static_cast<unsigned char>(text[begin]); byte < 0x80) {
      if (forward_.Child(CodePointTrie::kRoot, (byte >= 'A' && byte <= 'Z') ? byte + 32 : byte) == CodePointTrie::kNone) {
        return std::nullopt;
      }
    }
  }
  return Walk(
      forward_,
      [&, pos = begin](char32_t* c, std::size_t* after) mutable {
        if (pos >= text.size()) return false;
        *c = Fold(DecodeAt(text, pos, &n));
        *after = pos += n;
        return true;
      },
      consumed_end, false);
}

}  // namespace claimex::plugin
