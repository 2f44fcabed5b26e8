// UTF-8 scanning helpers for the extraction plugins: code points, word
// boundaries, and cue phrases matched next to a position.
#ifndef CLAIMEX_PLUGINS_COMMON_TEXT_SCAN_H_
#define CLAIMEX_PLUGINS_COMMON_TEXT_SCAN_H_

#include <bitset>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimex::plugin {

// The code point starting at byte `i` (`*length` gets its byte length).
// Text is valid UTF-8 (the host guarantees it).
char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* length);
// The code point ending just before byte `i`; 0 at the start.
char32_t DecodeBefore(std::string_view s, std::size_t i, std::size_t* length);

bool IsLetter(char32_t c);
bool IsDigitChar(char32_t c);  // any Unicode decimal digit (Nd)
int DigitValue(char32_t c);    // 0-9 for Nd, -1 otherwise
bool IsWordChar(char32_t c);   // letter, digit or combining mark
// A currency sign ($, €, £, ¥, ₫ ...): Unicode category Sc.
bool IsCurrencySymbol(char32_t c);
// Han, kana and hangul: scripts written without spaces between words.
bool IsCjk(char32_t c);
// Spaces including no-break, narrow no-break and thin spaces.
bool IsSpaceChar(char32_t c);
// Quotes and similar that may stand between a cue and its number.
bool IsQuoteChar(char32_t c);

// Simple (1:1) Unicode case folding of one code point.
char32_t Fold(char32_t c);
std::u32string FoldToU32(std::string_view utf8);

// Phrases with a label ("more than" -> "over"), matched case-insensitively on
// whole words directly before or after a position, across spaces and quotes.
class CueLexicon {
 public:
  struct Match {
    std::string label;
    std::size_t length = 0;  // code points of the phrase
  };

  void Add(std::string_view phrase, std::string label);
  bool empty() const { return by_first_.empty(); }

  // The longest phrase that ends at byte `end` (spaces and quotes before `end`
  // skipped) and starts at a word boundary.
  std::optional<Match> Before(std::string_view text, std::size_t end) const;
  // The longest phrase that starts at byte `begin` (spaces skipped) and ends
  // at a word boundary; `*consumed_end` gets the byte after it.
  std::optional<Match> After(std::string_view text, std::size_t begin, std::size_t* consumed_end) const;

 private:
  struct Entry {
    std::u32string phrase;
    std::string label;
  };
  // Entries by first and by last code point, longest first, so that the
  // common case (no cue at this position) costs one decode and one lookup;
  // for ASCII, a bit test instead of the lookup.
  std::unordered_map<char32_t, std::vector<Entry>> by_first_;
  std::unordered_map<char32_t, std::vector<Entry>> by_last_;
  std::bitset<128> ascii_first_, ascii_last_;
};

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_TEXT_SCAN_H_
