// Bound cues ("more than", "up to", "rund", "khoảng") shared by the stages
// that report amounts, from data/lexicon/bounds.tsv.
#ifndef CLAIMEX_PLUGINS_COMMON_BOUNDS_H_
#define CLAIMEX_PLUGINS_COMMON_BOUNDS_H_

#include <string>
#include <string_view>

#include "text_scan.h"

namespace claimex::plugin {

class BoundCues {
 public:
  explicit BoundCues(const std::string& data_dir);

  // The bound of the amount at bytes [begin, end): a cue just before begin
  // or just after end; else at_least for "2+", approx for a vague amount
  // ("tens of millions"); else exact.
  std::string For(std::string_view text, std::size_t begin, std::size_t end, bool plus, bool approx) const;

 private:
  CueLexicon before_;
  CueLexicon after_;
};

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_BOUNDS_H_
