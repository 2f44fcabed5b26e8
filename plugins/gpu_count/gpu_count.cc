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
#include <algorithm>
#include <filesystem>
#include <map>
#include <string>

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
      const std::string label = "model\t" + row.fields[1];
      words_.Add(row.fields[0], label);
      words_.Add(row.fields[0] + "s", label);  // "H800s"
      // "Β200" typed on a Greek keyboard: every capital that has a look-alike
      // in the script written with it.
      for (const auto& [script, letters] : lookalikes) {
        std::string variant;
        for (char c : row.fields[0]) {
          const auto it = letters.find(c);
          variant += it == letters.end() ? std::string(1, c) : it->second;
        }
        if (variant != row.fields[0]) words_.Add(variant, label);
      }
    }
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/gpu_nouns.tsv", 2)) {
      const std::string& kind = row.fields[1];
      if (kind != "count" && kind != "modifier" && kind != "stop") {
        throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": kind must be count, modifier or stop");
      }
      words_.Add(row.fields[0], kind);
    }
  }

  Status Process(Document& doc) override {
    const std::string_view text = doc.text;
    auto& counts = doc.layer("gpu_counts");
    for (const Annotation& n : doc.find_layer("numbers")->items) {
      if (plugin::AttrBool(n, "percent") || plugin::AttrBool(n, "year_like")) continue;
      std::size_t length = 0;
      if (n.begin > 0 && plugin::IsCurrencySymbol(plugin::DecodeBefore(text, n.begin, &length))) continue;
      std::string model, bound_between;
      std::size_t end = 0;
      if (!FollowedByGpus(text, n.end, &model, &end, &bound_between)) continue;

      double count = *plugin::AttrDouble(n, "value");
      double precision = *plugin::AttrDouble(n, "precision");
      std::string reason = plugin::AttrString(n, "reason");
      if (!plugin::AttrBool(n, "integer")) {
        if (!plugin::AttrBool(n, "alt_integer")) continue;  // "2.5 GPUs" is not a count
        count = *plugin::AttrDouble(n, "alt_value");
        precision = *plugin::AttrDouble(n, "alt_precision");
        reason = "a count of GPUs is an integer, so the separator groups thousands";
      }
      // Past 2^53 a double holds no exact integer: no count of anything.
      constexpr double kLargestExactCount = 9007199254740992.0;
      if (count <= 0 || count > kLargestExactCount) continue;
      Annotation a;
      a.begin = n.begin;
      a.end = static_cast<std::uint32_t>(end);
      a.attrs.reserve(6);
      a.Add("count", static_cast<std::int64_t>(count));
      a.Add("precision", std::max(precision, 0.5));
      a.Add("model", model.empty() ? claimex::AttrValue() : claimex::AttrValue(model));
      std::string bound =
          bounds_->For(text, n.begin, end, plugin::AttrBool(n, "plus"), plugin::AttrBool(n, "approx"), doc.meta.lang);
      if (bound == "exact" && !bound_between.empty()) bound = std::move(bound_between);
      a.Add("bound", std::move(bound));
      a.Add("reading", plugin::AttrString(n, "reading"));
      a.Add("reason", reason);
      counts.items.push_back(std::move(a));
    }
    return Status::OK();
  }

 private:
  // Walks the words after a number; true when they name GPUs. A bound cue
  // may stand before the noun ("1만 개 이상의 GPU", "100 binden fazla GPU"):
  // `*bound` gets it.
  bool FollowedByGpus(std::string_view text, std::size_t pos, std::string* model, std::size_t* end,
                      std::string* bound) const {
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
      auto m = words_.After(text, pos, &word_end);
      if (!m && bound->empty()) {
        if (std::string cue = bounds_->AfterCue(text, pos, &word_end); !cue.empty()) {
          *bound = std::move(cue);
          pos = word_end;
          continue;
        }
      }
      if (!m || m->label == "stop") break;
      if (m->label.rfind("model\t", 0) == 0) {
        *model = m->label.substr(6);
        *end = word_end;
        counted = true;
      } else if (m->label == "count") {
        *end = word_end;
        // The noun closes the phrase; a model may still follow it, as in
        // "2.000 GPU H100", "GPU Nvidia H100", "3072块英伟达H800 GPU", with
        // its own noun after it ("1.8万颗英伟达GB300芯片").
        if (model->empty()) {
          std::size_t next_end = 0;
          auto next = words_.After(text, word_end, &next_end);
          for (int k = 0; k < 2 && next && next->label == "modifier"; ++k) next = words_.After(text, next_end, &next_end);
          if (next && next->label.rfind("model\t", 0) == 0) {
            *model = next->label.substr(6);
            *end = next_end;
            std::size_t noun_end = 0;
            if (auto noun = words_.After(text, next_end, &noun_end); noun && noun->label == "count") *end = noun_end;
          }
        }
        return true;
      }
      pos = word_end;
    }
    return counted;
  }

  // The script of a look-alike letter, as homoglyphs.tsv groups them.
  static std::string Script(char32_t c) { return c >= 0x0370 && c <= 0x03FF ? "greek" : c >= 0x0400 && c <= 0x04FF ? "cyrillic" : "other"; }

  std::unique_ptr<plugin::BoundCues> bounds_;
  plugin::CueLexicon words_;
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
                     "description": "Folder with lexicon/accelerators.tsv, gpu_nouns.tsv and bounds.tsv; empty: the data installed with claimex."}
      },
      "additionalProperties": false
    })",
    .reads = "numbers",
    .writes = "gpu_counts",
});
