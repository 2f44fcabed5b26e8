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
  bool empty() const { return labels_.empty(); }

  // The longest phrase that ends at byte `end` (spaces and quotes before `end`
  // skipped) and starts at a word boundary.
  std::optional<Match> Before(std::string_view text, std::size_t end) const;
  // The longest phrase that starts at byte `begin` (spaces skipped) and ends
  // at a word boundary; `*consumed_end` gets the byte after it.
  std::optional<Match> After(std::string_view text, std::size_t begin, std::size_t* consumed_end) const;

 private:
  // Phrases as a trie of folded code points, walked one code point at a
  // time from the position, so that a word that begins no phrase costs a
  // lookup or two; a second trie holds them reversed for Before.
  struct Node {
    char32_t c = 0;
    std::int32_t first_child = -1;
    std::int32_t next_sibling = -1;
    std::int32_t label = -1;  // index into labels_ where a phrase ends here
  };
  struct Trie {
    Trie();
    std::int32_t Child(std::int32_t node, char32_t c) const;
    std::int32_t AddChild(std::int32_t node, char32_t c);
    std::vector<Node> nodes;
    std::int32_t ascii_root[128];  // the root's children, indexed directly
  };
  // Walks `trie` over the folded code points `next` yields (with the byte
  // offset past each); the longest phrase whose boundary check passes wins,
  // and `*match_end` gets the offset past its last code point.
  template <typename Next>
  std::optional<Match> Walk(const Trie& trie, Next next, std::size_t* match_end) const;

  Trie forward_, backward_;
  std::vector<std::string> labels_;
};

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_TEXT_SCAN_H_
