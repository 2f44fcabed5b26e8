#include "bounds.h"

#include <set>
#include <stdexcept>

#include "data_files.h"

namespace claimex::plugin {

BoundCues::BoundCues(const std::string& data_dir) {
  static const std::set<std::string, std::less<>> kBounds = {"approx", "over", "under", "at_least", "at_most"};
  for (const auto& row : ReadTsv(data_dir + "/lexicon/bounds.tsv", 3)) {
    if (!kBounds.contains(row.fields[1])) {
      throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": unknown bound \"" + row.fields[1] +
                               "\"");
    }
    if (row.fields[2] == "before") {
      before_.Add(row.fields[0], row.fields[1]);
    } else if (row.fields[2] == "after") {
      after_.Add(row.fields[0], row.fields[1]);
    } else {
      throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": where must be before or after");
    }
  }
}

std::string BoundCues::For(std::string_view text, std::size_t begin, std::size_t end, bool plus,
                           bool approx) const {
  if (auto cue = before_.Before(text, begin)) return cue->label;
  std::size_t cue_end = 0;
  if (auto cue = after_.After(text, end, &cue_end)) return cue->label;
  if (plus) return "at_least";
  if (approx) return "approx";
  return "exact";
}

}  // namespace claimex::plugin
