// Unknown organisations and people, found by pattern: capitalised names
// ending in a company suffix or an organisation head word ("Acme Robotics
// Inc.", "Zhongguancun Capital Group"), and capitalised names after a role
// word ("founder Li Wei").
//
// Each pattern is one RE2. Run over a whole document it costs two DFA passes
// over every byte, more than the gazetteer's whole walk, for a few matches
// per document. Every match holds a literal (a suffix or head word; a role
// word before the name's first capital), so a cheap scan finds those first,
// and RE2 runs only in windows around them. A window reaches back and forth
// as far as a match holding its literal can; overlapping windows are joined,
// and RE2 sees the whole text as context (for \b at a window's edge). Every
// match then lies inside exactly one window, and the matches are the ones a
// scan of the whole text finds, in the same order.
#ifndef CLAIMEX_PLUGINS_ENTITIES_NAME_PATTERNS_H_
#define CLAIMEX_PLUGINS_ENTITIES_NAME_PATTERNS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace claimex::entities {

enum class NameKind { kOrganisation, kPerson };

struct NameSpan {
  std::uint32_t begin = 0;  // byte offsets of the name (the capture), not of
  std::uint32_t end = 0;    // the role word or the comma before a suffix
};

class NamePatterns {
 public:
  NamePatterns();
  ~NamePatterns();

  struct Names {
    std::vector<NameSpan> organisations, people;
  };
  // The names in `text`, each kind in text order: what searching the whole
  // text with pattern(kind), each search starting after the previous match,
  // finds.
  Names Find(std::string_view text) const;

  const re2::RE2& pattern(NameKind kind) const;

 private:
  struct Window {
    std::size_t begin, end;
  };
  static void FindWindows(std::string_view text, std::vector<Window>& organisations, std::vector<Window>& people);
  // Windows that overlap or touch become one.
  static std::vector<Window> Join(std::vector<Window> windows);
  static std::vector<NameSpan> Search(const re2::RE2& re, std::string_view text, const std::vector<Window>& windows);

  std::unique_ptr<re2::RE2> organisations_;
  std::unique_ptr<re2::RE2> people_;
};

}  // namespace claimex::entities

#endif  // CLAIMEX_PLUGINS_ENTITIES_NAME_PATTERNS_H_
