// UTF-8 scanning helpers for the extraction plugins: code points, word
// boundaries, and cue phrases matched next to a position.
#ifndef CLAIMEX_PLUGINS_COMMON_TEXT_SCAN_H_
#define CLAIMEX_PLUGINS_COMMON_TEXT_SCAN_H_

#include <cstdint>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code_point_trie.h"

namespace claimex::plugin {

// The ASCII case of each helper below is inline: it is most of the text and
// most calls, and these run on every byte of every stage. The rest goes to
// the out-of-line (ICU) half.
namespace detail {
char32_t DecodeMultibyte(std::string_view s, std::size_t i, std::size_t* length);
bool IsLetterBeyondAscii(char32_t c);
bool IsWordCharBeyondAscii(char32_t c);
char32_t FoldBeyondAscii(char32_t c);
}  // namespace detail

// The code point starting at byte `i` (`*length` gets its byte length).
// Text is valid UTF-8 (the host guarantees it).
inline char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* length) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *length = 1;
    return c;
  }
  return detail::DecodeMultibyte(s, i, length);
}
// The code point ending just before byte `i`; 0 at the start.
inline char32_t DecodeBefore(std::string_view s, std::size_t i, std::size_t* length) {
  if (i == 0) {
    *length = 0;
    return 0;
  }
  std::size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return DecodeAt(s, start, length);
}
// The byte where the `count` code points ending at byte `end` start: where a
// phrase CueLexicon::Before matched (its `length`) begins.
inline std::size_t StartOfCodePoints(std::string_view s, std::size_t end, std::size_t count) {
  std::size_t n = 0;
  for (; count > 0 && end > 0; --count) {
    DecodeBefore(s, end, &n);
    end -= n;
  }
  return end;
}

inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return detail::IsLetterBeyondAscii(c);
}
bool IsDigitChar(char32_t c);  // any Unicode decimal digit (Nd)
int DigitValue(char32_t c);    // 0-9 for Nd, -1 otherwise
// Letter, digit or combining mark.
inline bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsLetter(c) || (c >= '0' && c <= '9');
  return detail::IsWordCharBeyondAscii(c);
}
// A currency sign ($, €, £, ¥, ₫ ...): Unicode category Sc.
bool IsCurrencySymbol(char32_t c);
// Han, kana and hangul: scripts written without spaces between words.
inline bool IsCjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x3040 && c <= 0x30FF);
}
// Hangul syllables and jamo.
inline bool IsHangul(char32_t c) {
  return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}
// Spaces including no-break, narrow no-break and thin spaces.
bool IsSpaceChar(char32_t c);
// Quotes and similar that may stand between a cue and its number.
bool IsQuoteChar(char32_t c);

// Simple (1:1) Unicode case folding of one code point.
inline char32_t Fold(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return detail::FoldBeyondAscii(c);
}
std::u32string FoldToU32(std::string_view utf8);
// Appends code point `c` to `out` as UTF-8.
void AppendUtf8(char32_t c, std::string& out);

// Phrases with a label ("more than" -> "over"), matched case-insensitively on
// whole words directly before or after a position, across spaces and quotes.
class CueLexicon {
 public:
  struct Match {
    std::string label;
    std::size_t length = 0;  // code points of the phrase
  };

  void Add(std::string_view phrase, std::string label);
  bool empty() const { return labels_.empty(); }

  // The longest phrase that ends at byte `end` (spaces and quotes before `end`
  // skipped) and starts at a word boundary.
  std::optional<Match> Before(std::string_view text, std::size_t end) const;
  // The longest phrase that starts at byte `begin` (spaces skipped) and ends
  // at a word boundary; `*consumed_end` gets the byte after it.
  std::optional<Match> After(std::string_view text, std::size_t begin, std::size_t* consumed_end) const;

 private:
  // Phrases as a trie of folded code points (a node's value indexes
  // labels_), walked one code point at a time from the position, so that a
  // word that begins no phrase costs a lookup or two; a second trie holds
  // them reversed for Before.
  // Walks `trie` over the folded code points `next` yields (with the byte
  // offset past each); the longest phrase whose boundary check passes wins,
  // and `*match_end` gets the offset past its last code point.
  // `backward`: the walk goes from a phrase's end to its start (Before).
  template <typename Next>
  std::optional<Match> Walk(const CodePointTrie& trie, Next next, std::size_t* match_end, bool backward) const;

  CodePointTrie forward_, backward_;
  std::vector<std::string> labels_;
};

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_TEXT_SCAN_H_
