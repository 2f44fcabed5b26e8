// Bound cues ("more than", "up to", "rund", "khoảng") shared by the stages
// that report amounts, from data/lexicon/bounds.tsv, and the words of each
// language that make a cue no bound, from data/lang/<code>/bounds.tsv: the
// "hasta" of "subieron un 1,2 %, hasta 89.500 wones" says where a price
// went, not how far it may go; a "Cloud-Auftrag über 300 Milliarden Dollar"
// is worth that, not more.
#ifndef CLAIMEX_PLUGINS_COMMON_BOUNDS_H_
#define CLAIMEX_PLUGINS_COMMON_BOUNDS_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text_scan.h"

namespace claimex::plugin {

class BoundCues {
 public:
  // Reads data_dir/lexicon/bounds.tsv and every data_dir/lang/*/bounds.tsv;
  // throws with file and line on a malformed row.
  explicit BoundCues(const std::string& data_dir);

  // The bound of the amount at bytes [begin, end): a cue just before begin
  // or just after end, unless a word of `lang` (primary subtag; every
  // language's when empty) before the cue makes it none; else at_least for
  // "2+", approx for a vague amount ("tens of millions"); else exact.
  std::string For(std::string_view text, std::size_t begin, std::size_t end, bool plus, bool approx,
                  std::string_view lang = {}) const;
  // A cue that stands after an amount ("or more", "이상", "fazla") starting
  // at byte `at`, spaces skipped: its bound, and `*cue_end` past it; empty
  // when there is none. For a count whose noun follows the cue ("1만 개 이상의
  // GPU", "100 binden fazla GPU").
  std::string AfterCue(std::string_view text, std::size_t at, std::size_t* cue_end) const;

 private:
  // A word that decides what a cue before an amount means.
  struct Context {
    std::string lang;     // the folder it came from
    std::u32string word;  // folded, without the wildcards
    bool any_start = false, any_end = false;  // "*auftrag", "wzros*"
    int between = 0;      // words that may stand between it and the cue
    bool bound = false;   // keeps the cue a bound ("von über"): the nearest word found decides
  };
  struct CueContexts {
    int max_between = 0;
    std::vector<Context> contexts;
  };
  bool IsNoBound(std::string_view text, std::size_t cue_start, const CueContexts& cue, std::string_view lang) const;
  static bool Matches(const Context& c, std::u32string_view word);

  CueLexicon before_;
  CueLexicon after_;
  // cue (folded) -> the words of every language that decide it.
  std::map<std::u32string, CueContexts, std::less<>> contexts_;
};

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_BOUNDS_H_
