#include "bounds.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "data_files.h"

namespace claimex::plugin {
namespace {

// Words looked at before a cue: it is no bound because of a verb in its
// clause ("wzrosły na giełdzie w Seulu o 1,3 proc., do"), never across a
// sentence.
constexpr int kMaxBetween = 16;

bool EndsSentence(std::string_view text, std::size_t at, char32_t c) {
  if (c == '\n' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F) return true;
  return (c == '.' || c == '!' || c == '?') && at + 1 < text.size() &&
         IsSpaceChar(static_cast<unsigned char>(text[at + 1]));
}

}  // namespace

BoundCues::BoundCues(const std::string& data_dir) {
  std::error_code ec;
  for (const auto& item : std::filesystem::directory_iterator(data_dir + "/lang", ec)) {
    const auto file = item.path() / "bounds.tsv";
    if (!std::filesystem::exists(file)) continue;
    for (const auto& row : ReadTsv(file.string(), 4)) {
      const auto where = row.file + ":" + std::to_string(row.line);
      Context c;
      c.lang = item.path().filename().string();
      std::u32string word = FoldToU32(row.fields[1]);
      c.any_start = !word.empty() && word.front() == U'*';
      c.any_end = word.size() > 1 && word.back() == U'*';
      c.word = word.substr(c.any_start ? 1 : 0, word.size() - c.any_start - c.any_end);
      if (c.word.empty()) throw std::runtime_error(where + ": no word");
      try {
        c.between = std::stoi(row.fields[2]);
      } catch (const std::exception&) {
        throw std::runtime_error(where + ": words between is not a number");
      }
      if (c.between < 0 || c.between > kMaxBetween) {
        throw std::runtime_error(where + ": words between must be 0 to " + std::to_string(kMaxBetween));
      }
      if (row.fields[3] != "bound" && row.fields[3] != "no_bound") {
        throw std::runtime_error(where + ": the last column must be bound or no_bound");
      }
      c.bound = row.fields[3] == "bound";
      CueContexts& cue = contexts_[FoldToU32(row.fields[0])];
      cue.max_between = std::max(cue.max_between, c.between);
      cue.contexts.push_back(std::move(c));
    }
  }
  static const std::set<std::string, std::less<>> kBounds = {"approx", "over", "under", "at_least", "at_most"};
  for (const auto& row : ReadTsv(data_dir + "/lexicon/bounds.tsv", 3)) {
    if (!kBounds.contains(row.fields[1])) {
      throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": unknown bound \"" + row.fields[1] +
                               "\"");
    }
    if (row.fields[2] == "before") {
      // A trailing '?' marks a cue that some language's words may undo, so
      // that only those cues pay for the look back.
      before_.Add(row.fields[0], contexts_.contains(FoldToU32(row.fields[0])) ? row.fields[1] + "?" : row.fields[1]);
    } else if (row.fields[2] == "after") {
      after_.Add(row.fields[0], row.fields[1]);
    } else {
      throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": where must be before or after");
    }
  }
}

bool BoundCues::Matches(const Context& c, std::u32string_view word) {
  if (word.size() < c.word.size()) return false;
  if (c.any_start && c.any_end) return word.find(c.word) != std::u32string_view::npos;
  if (c.any_start) return word.substr(word.size() - c.word.size()) == c.word;
  if (c.any_end) return word.substr(0, c.word.size()) == c.word;
  return word == c.word;
}

bool BoundCues::IsNoBound(std::string_view text, std::size_t cue_start, const CueContexts& cue,
                          std::string_view lang) const {
  const std::string_view primary = lang.substr(0, lang.find_first_of("-_"));
  std::size_t at = cue_start;
  std::size_t n = 0;
  std::u32string word;
  for (int index = 0; index <= cue.max_between && at > 0;) {
    const char32_t c = DecodeBefore(text, at, &n);
    if (!IsWordChar(c)) {
      at -= n;
      if (EndsSentence(text, at, c)) return false;
      continue;
    }
    std::size_t start = at;
    while (start > 0 && IsWordChar(DecodeBefore(text, start, &n))) start -= n;
    word.clear();
    for (std::size_t i = start; i < at; i += n) word.push_back(Fold(DecodeAt(text, i, &n)));
    // The nearest word that the data names decides.
    for (const Context& context : cue.contexts) {
      if (index <= context.between && (primary.empty() || context.lang == primary) && Matches(context, word)) {
        return !context.bound;
      }
    }
    at = start;
    ++index;
  }
  return false;
}

std::string BoundCues::For(std::string_view text, std::size_t begin, std::size_t end, bool plus, bool approx,
                           std::string_view lang) const {
  if (auto cue = before_.Before(text, begin)) {
    if (cue->label.back() != '?') return cue->label;
    cue->label.pop_back();
    // Where the cue starts: past the spaces and quotes Before skipped, then
    // its code points.
    std::size_t cue_end = begin;
    std::size_t n = 0;
    while (cue_end > 0) {
      const char32_t c = DecodeBefore(text, cue_end, &n);
      if (!IsSpaceChar(c) && !IsQuoteChar(c)) break;
      cue_end -= n;
    }
    const std::size_t cue_start = StartOfCodePoints(text, cue_end, cue->length);
    std::u32string key = FoldToU32(text.substr(cue_start, cue_end - cue_start));
    // The data writes a phrase with one plain space between its words.
    std::replace_if(key.begin(), key.end(), [](char32_t c) { return IsSpaceChar(c); }, U' ');
    key.erase(std::unique(key.begin(), key.end(), [](char32_t a, char32_t b) { return a == U' ' && b == U' '; }),
              key.end());
    const auto contexts = contexts_.find(key);
    if (contexts == contexts_.end() || !IsNoBound(text, cue_start, contexts->second, lang)) return cue->label;
  }
  std::size_t cue_end = 0;
  if (std::string cue = AfterCue(text, end, &cue_end); !cue.empty()) return cue;
  if (plus) return "at_least";
  if (approx) return "approx";
  return "exact";
}

std::string BoundCues::AfterCue(std::string_view text, std::size_t at, std::size_t* cue_end) const {
  auto cue = after_.After(text, at, cue_end);
  return cue ? std::move(cue->label) : std::string();
}

}  // namespace claimex::plugin
