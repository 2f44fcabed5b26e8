// gpu_count: counts of GPUs, AI chips and accelerators, with the model when
// the text names it.
//
// A number is a GPU count when, within a few words after it, there is a
// count noun ("GPUs", "AI chips", "台") or an accelerator from the catalogue
// ("H800s"), with only modifiers in between (vendors, adjectives, "units
// of"). Stop words (servers, GPU-hours, MW, parameters, days) end the
// search: the number counts something else. Digits inside a model name
// ("H20", "Ascend 910B") never become numbers in the first place. A count
// is an integer, so an ambiguous numeral ("2.048") takes its integer reading
// and says so.
//
// A four-digit figure that could be a year ("2048") is a count only before
// a noun that is plainly a count (a plural, a counter: "2048 H800s", "4096
// GPUs"), with no word before it that makes it a year ("in 2024 GPUs were
// scarce", data/lexicon/year_words.tsv); "2025 GPU shipments" is a year.
// A counter after a figure may take the model written before the figure
// ("B200を5万台"). The first figure of a range ("from 2 to 2.5 million
// MI300X") or of a coordination ("Amazon's 40,000 and Oracle's 65,000
// GPUs") counts what the second counts.
#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <unicode/uchar.h>

#include "attrs.h"
#include "bounds.h"
#include "claimex/plugin.h"
#include "data_files.h"
#include "text_scan.h"

namespace {

using claimex::Annotation;
using claimex::Document;
using claimex::Status;
namespace plugin = claimex::plugin;

constexpr int kMaxWordsBetween = 5;

std::vector<std::string> Words(const std::string& field) {
  std::vector<std::string> words;
  std::istringstream in(field);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// What the words after a number name.
struct Phrase {
  std::string model;
  std::size_t end = 0;
  bool plural = false;   // a plural or a counter: plainly a count, even of a year-like figure
  // A CJK counter ("台", "块", "基") counts GPUs only with a GPU noun or a
  // model after it ("3万台のGPU") or before the figure ("B200を5万台").
  bool counter = false;
  bool named = false;  // a GPU noun or model after the counter
  // A bound cue between the figure and its noun ("1만 개 이상의 GPU", "100
  // binden fazla GPU").
  std::string bound;
  bool back = false;  // "of these chips": the model is the one named before, in the sentence
};

class GpuCount final : public claimex::Stage {
 public:
  explicit GpuCount(const nlohmann::json& options) {
    const std::string dir = plugin::ResolveDataDir(options.at("data_dir").get<std::string>());
    bounds_ = std::make_unique<plugin::BoundCues>(dir);
    // Latin capital -> its look-alike in each script (Greek, Cyrillic).
    std::map<std::string, std::map<char, std::string>> lookalikes;
    if (const std::string file = dir + "/lexicon/homoglyphs.tsv"; std::filesystem::exists(file)) {
      for (const auto& row : plugin::ReadTsv(file, 2)) {
        const std::string& latin = row.fields[1];
        std::size_t length = 0;
        const char32_t letter = plugin::DecodeAt(row.fields[0], 0, &length);
        if (latin.size() != 1 || latin[0] < 'A' || latin[0] > 'Z' || length != row.fields[0].size() || letter < 0x80) {
          throw std::runtime_error(row.file + ":" + std::to_string(row.line) +
                                   ": a letter beyond ASCII, then the Latin capital it looks like");
        }
        lookalikes[Script(letter)][latin[0]] = row.fields[0];
      }
    }
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/accelerators.tsv", 2)) {
      Add(row.fields[0], {Kind::kModel, row.fields[1], false});
      Add(row.fields[0] + "s", {Kind::kModel, row.fields[1], true});  // "H800s"
      // "Β200" typed on a Greek keyboard: every capital that has a look-alike
      // in the script written with it.
      for (const auto& [script, letters] : lookalikes) {
        std::string variant;
        for (char c : row.fields[0]) {
          const auto it = letters.find(c);
          variant += it == letters.end() ? std::string(1, c) : it->second;
        }
        if (variant != row.fields[0]) Add(variant, {Kind::kModel, row.fields[1], false});
      }
    }
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/gpu_nouns.tsv", 2)) {
      static const std::map<std::string, Kind, std::less<>> kKinds = {
          {"count", Kind::kCount}, {"modifier", Kind::kModifier}, {"stop", Kind::kStop},
          {"conjunction", Kind::kConjunction}};
      const auto kind = kKinds.find(row.fields[1]);
      const bool plural = row.fields.size() > 2 && row.fields[2] == "plural";
      const bool back = row.fields.size() > 2 && row.fields[2] == "back";
      if (kind == kKinds.end() || (row.fields.size() > 2 && !plural && !back) ||
          (plural && kind->second != Kind::kCount) || (back && kind->second != Kind::kModifier)) {
        throw std::runtime_error(row.file + ":" + std::to_string(row.line) +
                                 ": kind must be count (maybe plural, maybe in some languages only), modifier (maybe back), stop "
                                 "or conjunction");
      }
      Add(row.fields[0], {kind->second, "", plural,
                          plural && row.fields.size() > 3 ? Words(row.fields[3]) : std::vector<std::string>{}, back});
    }
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/year_words.tsv", 1)) year_words_.Add(row.fields[0], "year");
  }

  Status Process(Document& doc) override {
    const std::string_view text = doc.text;
    auto& counts = doc.layer("gpu_counts");
    const auto& numbers = doc.find_layer("numbers")->items;
    // The number each count came from, to give the first figure of a range
    // or coordination its partner's noun.
    std::vector<std::size_t> sources;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      const Annotation& n = numbers[i];
      if (!Countable(text, n) || InModelName(text, n)) continue;
      Phrase phrase;
      if (!FollowedByGpus(text, n.end, doc.meta.lang, &phrase) && !CounterAlone(text, n.end, &phrase)) continue;
      if (plugin::AttrBool(n, "year_like") && (!phrase.plural || year_words_.Before(text, n.begin))) continue;
      std::uint32_t begin = n.begin;
      if (phrase.back && phrase.model.empty()) phrase.model = ModelNamedBefore(text, n.begin);
      if (phrase.counter && phrase.model.empty() && !GpusBefore(text, n.begin, &phrase.model, &begin) &&
          !phrase.named) {
        continue;  // "5万台の車", "5万個の部品"
      }
      const std::size_t before = counts.items.size();
      if (!Add(text, n, begin, phrase, doc.meta.lang, counts)) continue;
      if (i > 0 && (sources.empty() || sources.back() != i - 1) && Partners(text, numbers[i - 1], n)) {
        // Written before this count, so it goes first.
        Phrase partner = phrase;
        partner.end = numbers[i - 1].end;
        if (Add(text, numbers[i - 1], numbers[i - 1].begin, partner, doc.meta.lang, counts)) {
          std::rotate(counts.items.begin() + static_cast<std::ptrdiff_t>(before), counts.items.end() - 1,
                      counts.items.end());
          sources.push_back(i - 1);
        }
      }
      sources.push_back(i);
    }
    return Status::OK();
  }

 private:
  enum class Kind { kModel, kCount, kModifier, kStop, kConjunction };
  struct Entry {
    Kind kind;
    std::string model;
    bool plural;
    // Languages in which the form is plainly a count (empty: all), because a
    // noun after a figure is written as is there ("2048 GPU" in French,
    // Hungarian, Korean), where English writes a plural.
    std::vector<std::string> plural_in = {};
    bool back = false;  // a modifier that points back: "5,000 of these chips" counts the model named before
    bool PluralIn(std::string_view lang) const {
      if (!plural || plural_in.empty()) return plural;
      const std::string_view primary = lang.substr(0, lang.find('-'));
      return std::find(plural_in.begin(), plural_in.end(), primary) != plural_in.end();
    }
  };

  void Add(const std::string& phrase, Entry entry) {
    words_.Add(phrase, std::to_string(entries_.size()));
    entries_.push_back(std::move(entry));
  }

  const Entry* WordAt(std::string_view text, std::size_t pos, std::size_t* end) const {
    const auto m = words_.After(text, pos, end);
    return m ? &entries_[std::stoul(m->label)] : nullptr;
  }

  // Neither a percentage nor an amount of money ("₹50,000 GPUs").
  static bool Countable(std::string_view text, const Annotation& n) {
    if (plugin::AttrBool(n, "percent")) return false;
    std::size_t length = 0;
    return n.begin == 0 || !plugin::IsCurrencySymbol(plugin::DecodeBefore(text, n.begin, &length));
  }

  // The figure ends a model name written with a space ("Gaudi 3", "RTX 4090").
  bool InModelName(std::string_view text, const Annotation& n) const {
    const auto m = words_.Before(text, n.end);
    if (!m || entries_[std::stoul(m->label)].kind != Kind::kModel) return false;
    return plugin::StartOfCodePoints(text, n.end, m->length) < n.begin;
  }

  // Adds the count of number `n` over [begin, phrase.end); false when the
  // number is no count (not an integer, too large).
  bool Add(std::string_view text, const Annotation& n, std::uint32_t begin, const Phrase& phrase,
           const std::string& lang, claimex::Layer& counts) const {
    double count = *plugin::AttrDouble(n, "value");
    double precision = *plugin::AttrDouble(n, "precision");
    std::string reason = plugin::AttrString(n, "reason");
    if (!plugin::AttrBool(n, "integer")) {
      if (!plugin::AttrBool(n, "alt_integer")) return false;  // "2.5 GPUs" is not a count
      count = *plugin::AttrDouble(n, "alt_value");
      precision = *plugin::AttrDouble(n, "alt_precision");
      reason = "a count of GPUs is an integer, so the separator groups thousands";
    }
    // Past 2^53 a double holds no exact integer: no count of anything.
    constexpr double kLargestExactCount = 9007199254740992.0;
    if (count <= 0 || count > kLargestExactCount) return false;
    Annotation a;
    a.begin = begin;
    a.end = static_cast<std::uint32_t>(phrase.end);
    a.attrs.reserve(6);
    a.Add("count", static_cast<std::int64_t>(count));
    a.Add("precision", std::max(precision, 0.5));
    a.Add("model", phrase.model.empty() ? claimex::AttrValue() : claimex::AttrValue(phrase.model));
    std::string bound =
        bounds_->For(text, n.begin, phrase.end, plugin::AttrBool(n, "plus"), plugin::AttrBool(n, "approx"), lang);
    if (bound == "exact" && !phrase.bound.empty()) bound = phrase.bound;
    a.Add("bound", std::move(bound));
    a.Add("reading", plugin::AttrString(n, "reading"));
    a.Add("reason", reason);
    counts.items.push_back(std::move(a));
    return true;
  }

  // Whether `first` counts what `second` counts: the start of its range
  // ("from 2 to 2.5 million MI300X"), or a figure with nothing of its own
  // after it but a conjunction, maybe names and modifiers, and `second`
  // ("Amazon's 40,000 and Oracle's 65,000 GPUs").
  bool Partners(std::string_view text, const Annotation& first, const Annotation& second) const {
    if (!Countable(text, first) || plugin::AttrBool(first, "year_like")) return false;
    if (plugin::AttrView(first, "range") == "from" && plugin::AttrView(second, "range") == "to") return true;
    if (!plugin::AttrView(first, "range").empty() || second.begin - first.end > 40) return false;
    std::size_t pos = first.end, end = 0;
    const Entry* conjunction = WordAt(text, pos, &end);
    if (conjunction == nullptr || conjunction->kind != Kind::kConjunction) return false;
    pos = end;
    for (int words = 0; words < 3; ++words) {
      std::size_t n = 0;
      while (pos < second.begin && plugin::IsSpaceChar(plugin::DecodeAt(text, pos, &n))) pos += n;
      if (pos == second.begin) return true;
      const Entry* word = WordAt(text, pos, &end);
      if (word != nullptr && word->kind == Kind::kModifier && end <= second.begin) {
        pos = end;
        continue;
      }
      // A name, maybe possessive: "Oracle's", "Meta".
      if (!u_isupper(static_cast<UChar32>(plugin::DecodeAt(text, pos, &n)))) return false;
      while (pos < second.begin && !plugin::IsSpaceChar(plugin::DecodeAt(text, pos, &n))) pos += n;
    }
    return false;
  }

  // A counter right after a figure that is only a modifier after it
  // ("2000基", "5万個"): it counts GPUs when the text names them before it.
  bool CounterAlone(std::string_view text, std::size_t pos, Phrase* phrase) const {
    std::size_t end = 0, n = 0;
    // Korean writes a space before its counter: "GPU 1만 개".
    while (pos < text.size() && plugin::IsSpaceChar(plugin::DecodeAt(text, pos, &n))) pos += n;
    if (pos >= text.size() || !plugin::IsCjk(plugin::DecodeAt(text, pos, &n))) return false;
    const Entry* word = WordAt(text, pos, &end);
    if (word == nullptr || word->kind != Kind::kModifier) return false;
    // "5万個の部品": the counter counts what follows it.
    std::size_t next_end = 0;
    if (end < text.size() && WordAt(text, end, &next_end) != nullptr) return false;
    phrase->end = end;
    phrase->counter = phrase->plural = true;
    return true;
  }

  // The model named last before byte `at` in its sentence ("Meta ordered
  // H100s; 600 of these accelerators arrived"), or empty.
  std::string ModelNamedBefore(std::string_view text, std::size_t at) const {
    constexpr std::size_t kReach = 400;
    const std::size_t stop = at > kReach ? at - kReach : 0;
    for (std::size_t pos = at; pos > stop; --pos) {
      const char c = text[pos - 1];
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        // A full stop inside a figure ("1.5") or a name ("U.S.") ends no sentence.
        if (pos == at || !plugin::IsSpaceChar(static_cast<unsigned char>(text[pos]))) continue;
        break;
      }
      if (pos < at && plugin::IsWordChar(static_cast<unsigned char>(text[pos]))) continue;  // not a word's end
      if (const auto m = words_.Before(text, pos)) {
        const Entry& entry = entries_[std::stoul(m->label)];
        if (entry.kind == Kind::kModel) return entry.model;
      }
    }
    return "";
  }

  // GPUs named right before byte `at`: a model or a GPU noun, maybe with a
  // particle or vendor between ("B200を5万台", "H20芯片2万块"). `*model` and
  // `*begin` get the model and where it starts.
  bool GpusBefore(std::string_view text, std::uint32_t at, std::string* model, std::uint32_t* begin) const {
    std::size_t pos = at, n = 0;
    bool named = false;
    for (int step = 0; step < 3; ++step) {
      while (pos > 0 && plugin::IsSpaceChar(plugin::DecodeBefore(text, pos, &n))) pos -= n;
      const auto m = words_.Before(text, pos);
      if (!m) break;
      const Entry& entry = entries_[std::stoul(m->label)];
      const std::size_t start = plugin::StartOfCodePoints(text, pos, m->length);
      if (entry.kind == Kind::kModel) {
        *model = entry.model;
        *begin = static_cast<std::uint32_t>(start);
        return true;
      }
      if (entry.kind == Kind::kCount) {
        named = true;
        *begin = static_cast<std::uint32_t>(start);
      } else if (entry.kind != Kind::kModifier) {
        break;
      }
      pos = start;
    }
    return named;
  }

  // Walks the words after a number; true when they name GPUs. A bound cue
  // may stand before the noun ("1만 개 이상의 GPU").
  bool FollowedByGpus(std::string_view text, std::size_t pos, std::string_view lang, Phrase* phrase) const {
    bool counted = false;
    for (int step = 0; step < kMaxWordsBetween; ++step) {
      std::size_t n = 0;
      // A hyphen joins the words of a compound: "AMD-MI300X-Beschleuniger",
      // "B200-Chips".
      while (pos < text.size() && (plugin::IsSpaceChar(plugin::DecodeAt(text, pos, &n)) ||
                                   plugin::IsQuoteChar(plugin::DecodeAt(text, pos, &n)) ||
                                   (step > 0 && text[pos] == '-'))) {
        pos += n;
      }
      std::size_t word_end = 0;
      const Entry* m = WordAt(text, pos, &word_end);
      if (m == nullptr && phrase->bound.empty()) {
        if (std::string cue = bounds_->AfterCue(text, pos, &word_end); !cue.empty()) {
          phrase->bound = std::move(cue);
          pos = word_end;
          continue;
        }
      }
      if (m == nullptr || m->kind == Kind::kStop || m->kind == Kind::kConjunction) break;
      if (m->kind == Kind::kModifier && m->back) phrase->back = true;
      if (m->kind == Kind::kModel) {
        phrase->model = m->model;
        phrase->end = word_end;
        phrase->plural = m->plural;
        counted = true;
        // "H100 equivalents", "H800 GPU hours": the model qualifies something else.
        std::size_t stop_end = 0;
        if (const Entry* next = WordAt(text, word_end, &stop_end); next != nullptr && next->kind == Kind::kStop) {
          return false;
        }
      } else if (m->kind == Kind::kCount) {
        phrase->end = word_end;
        // A capital after a hyphen starts a compound the figure qualifies:
        // "2025 GPU-Lieferungen" is a year; "2000 GPU-t" a Hungarian count.
        const bool compound = word_end + 1 < text.size() && text[word_end] == '-' &&
                              u_isupper(static_cast<UChar32>(plugin::DecodeAt(text, word_end + 1, &n)));
        phrase->plural = m->PluralIn(lang) && !compound;
        // Chinese and Japanese counters are count words ("台", "块"); a Hangul
        // one is the noun itself ("칩", "가속기"), Korean counters being modifiers.
        const char32_t first = plugin::DecodeAt(text, pos, &n);
        phrase->counter = plugin::IsCjk(first) && !(first >= 0xAC00 && first <= 0xD7A3);
        // The noun closes the phrase; a model may still follow it, as in
        // "2.000 GPU H100", "GPU Nvidia H100", "3072块英伟达H800 GPU", with
        // its own noun after it ("1.8万颗英伟达GB300芯片").
        if (phrase->model.empty()) {
          std::size_t next_end = 0;
          const Entry* next = WordAt(text, word_end, &next_end);
          for (int k = 0; k < 2 && next != nullptr && next->kind == Kind::kModifier; ++k) {
            next = WordAt(text, next_end, &next_end);
          }
          phrase->named = next != nullptr && (next->kind == Kind::kModel || next->kind == Kind::kCount);
          if (next != nullptr && next->kind == Kind::kModel) {
            phrase->model = next->model;
            phrase->end = next_end;
            std::size_t noun_end = 0;
            if (const Entry* noun = WordAt(text, next_end, &noun_end); noun != nullptr && noun->kind == Kind::kCount) {
              phrase->end = noun_end;
            }
          }
        }
        return true;
      }
      pos = word_end;
    }
    return counted;
  }

  // The script of a look-alike letter, as homoglyphs.tsv groups them.
  static std::string Script(char32_t c) {
    return c >= 0x0370 && c <= 0x03FF ? "greek" : c >= 0x0400 && c <= 0x04FF ? "cyrillic" : "other";
  }

  std::unique_ptr<plugin::BoundCues> bounds_;
  plugin::CueLexicon words_;  // label: index into entries_
  std::vector<Entry> entries_;
  plugin::CueLexicon year_words_;
};

}  // namespace

CLAIMEX_PLUGIN(GpuCount, {
    .name = "gpu_count",
    .version = "1.0.0",
    .description = "Counts of GPUs, AI chips and accelerators, with the model when named, from the numbers "
                   "and an accelerator catalogue (data/lexicon/accelerators.tsv, gpu_nouns.tsv).",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "data_dir": {"type": "string", "default": "",
                     "description": "Folder with lexicon/accelerators.tsv, gpu_nouns.tsv, year_words.tsv and bounds.tsv; empty: the data installed with claimex."}
      },
      "additionalProperties": false
    })",
    .reads = "numbers",
    .writes = "gpu_counts",
});
