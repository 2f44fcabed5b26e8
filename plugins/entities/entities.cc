// entities: organisations, people and accelerators, with canonical ids.
//
// Known entities come from the gazetteer (data/gazetteer/*.jsonl, plus the
// accelerator catalogue data/lexicon/accelerators.tsv) in one pass over the
// text. Unknown ones are still found by two patterns (name_patterns.h):
// capitalised names ending in a company suffix or an organisation head word
// ("Acme Robotics Inc.", "Zhongguancun Capital Group"), or opening with a
// head word and a particle ("Banco do Brasil"), and capitalised names after
// a role word ("founder Li Wei"). Their id is a slug of the name and
// `gazetteer` is false. The words are each language's
// data/lang/<code>/names.tsv: a document uses its language's (the primary
// subtag of `lang`) and English's, which business news of every language
// borrows ("CEO", "Inc."); a document without `lang` uses every language's.
// A person's role written just before the name ("Microsoft CEO Satya
// Nadella") is kept as the attribute `title`, from the roles of every
// language.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "claimex/plugin.h"
#include "data_files.h"
#include "gazetteer.h"
#include "name_patterns.h"
#include "text_scan.h"

namespace {

using claimex::Annotation;
using claimex::Document;
using claimex::Status;
using claimex::entities::Gazetteer;
using claimex::entities::NamePatterns;
using claimex::entities::NameWords;
namespace plugin = claimex::plugin;

std::string Slug(std::string_view name) {
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      out += static_cast<char>(c);  // keep other scripts as they are
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

class Entities final : public claimex::Stage {
 public:
  explicit Entities(const nlohmann::json& options) {
    const std::string dir = plugin::ResolveDataDir(options.at("data_dir").get<std::string>());
    gazetteer_ = SharedGazetteer(dir, options.at("extra_gazetteers"));
    names_ = SharedNames(dir);
    for (const std::string& role : names_->all_words.roles) titles_.Add(role, role);
  }

  Status Process(Document& doc) override {
    const std::string_view text = doc.text;
    auto& layer = doc.layer("entities");
    const auto& entities = gazetteer_->entities();
    std::vector<Annotation> found;
    std::map<std::uint32_t, std::uint32_t> taken;  // begin -> end of the spans found so far
    for (const auto& m : gazetteer_->FindAll(text)) {
      taken.emplace_hint(taken.end(), m.begin, m.end);
      const auto& e = entities[m.entity];
      Annotation a{m.begin, m.end, {}};
      a.attrs.reserve(6);
      a.Add("type", e.type);
      a.Add("id", e.id);
      if (!e.category.empty()) a.Add("category", e.category);
      if (!e.part_of.empty()) a.Add("part_of", e.part_of);
      a.Add("gazetteer", true);
      if (e.type == "person") AddTitle(text, a);
      found.push_back(std::move(a));
    }
    const NamePatterns::Names unknown = names_->For(doc.meta.lang).Find(text);
    AddUnknown(text, unknown.organisations, "org", found, taken);
    AddUnknown(text, unknown.people, "person", found, taken);
    std::sort(found.begin(), found.end(), [](const Annotation& x, const Annotation& y) { return x.begin < y.begin; });
    layer.items = std::move(found);
    return Status::OK();
  }

 private:
  // One gazetteer per set of files for the whole process: every worker
  // thread has its own stage instance, and a gazetteer of a million names
  // loaded once per thread would cost its memory and load time per thread.
  static std::shared_ptr<const Gazetteer> SharedGazetteer(const std::string& dir, const nlohmann::json& extra) {
    static std::mutex mutex;
    static std::map<std::string, std::weak_ptr<const Gazetteer>> loaded;
    const std::string key = dir + '\n' + extra.dump();
    std::lock_guard lock(mutex);
    if (auto existing = loaded[key].lock()) return existing;
    auto gazetteer = std::make_shared<Gazetteer>();
    // Accelerators come from the catalogue the GPU-count stage uses, so one
    // file names them for both.
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/accelerators.tsv", 2)) {
      gazetteer->Add({row.fields[1], "accelerator", row.fields.size() > 2 ? row.fields[2] : "", ""},
                     {row.fields[0], row.fields[0] + "s"});
    }
    for (const auto& file : JsonlFilesIn(dir + "/gazetteer")) gazetteer->LoadJsonl(file);
    for (const auto& file : extra) gazetteer->LoadJsonl(file.get<std::string>());
    loaded[key] = gazetteer;
    return gazetteer;
  }

  // The name patterns of each language with names.tsv (with English's
  // words), and of all of them together.
  struct Names {
    std::map<std::string, std::unique_ptr<NamePatterns>> by_language;
    std::unique_ptr<NamePatterns> all;
    NameWords all_words;

    const NamePatterns& For(std::string_view lang) const {
      if (lang.empty()) return *all;
      std::string primary(lang.substr(0, lang.find_first_of("-_")));
      for (char& c : primary) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const auto it = by_language.find(primary);
      return *(it != by_language.end() ? it : by_language.find("en"))->second;
    }
  };

  // Like the gazetteer, one set of patterns per data folder for the whole
  // process (RE2 is safe to share between threads).
  static std::shared_ptr<const Names> SharedNames(const std::string& dir) {
    static std::mutex mutex;
    static std::map<std::string, std::weak_ptr<const Names>> loaded;
    std::lock_guard lock(mutex);
    if (auto existing = loaded[dir].lock()) return existing;
    std::map<std::string, NameWords> words;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(dir + "/lang", ec)) {
      const auto file = item.path() / "names.tsv";
      if (std::filesystem::exists(file)) words[item.path().filename().string()] = claimex::entities::ReadNameWords(file);
    }
    if (ec) throw std::runtime_error("language folder " + dir + "/lang: " + ec.message());
    if (!words.contains("en")) throw std::runtime_error(dir + "/lang/en/names.tsv: missing");
    auto names = std::make_shared<Names>();
    names->all_words = words["en"];
    for (const auto& [code, list] : words) {
      NameWords with_english = words["en"];
      with_english.Append(list);
      names->all_words.Append(list);
      names->by_language[code] = std::make_unique<NamePatterns>(with_english);
    }
    names->all = std::make_unique<NamePatterns>(names->all_words);
    loaded[dir] = names;
    return names;
  }

  static std::vector<std::string> JsonlFilesIn(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
      if (item.path().extension() == ".jsonl") files.push_back(item.path().string());
    }
    if (ec) throw std::runtime_error("gazetteer folder " + dir + ": " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
  }

  // "Microsoft CEO Satya Nadella": the role word just before the name.
  void AddTitle(std::string_view text, Annotation& person) const {
    if (auto role = titles_.Before(text, person.begin)) person.Set("title", role->label);
  }

  // Adds the `names` that no earlier entity overlaps. `taken` holds the
  // spans found so far; they do not overlap, so only the one starting last
  // before `end` can.
  static void AddUnknown(std::string_view text, const std::vector<claimex::entities::NameSpan>& names,
                         const char* type, std::vector<Annotation>& found,
                         std::map<std::uint32_t, std::uint32_t>& taken) {
    for (const auto [begin, end] : names) {
      if (auto next = taken.lower_bound(end); next != taken.begin() && std::prev(next)->second > begin) continue;
      taken.emplace(begin, end);
      Annotation a{begin, end, {}};
      a.Add("type", type);
      a.Add("id", Slug(text.substr(begin, end - begin)));
      a.Add("gazetteer", false);
      found.push_back(std::move(a));
    }
  }

  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const Names> names_;
  plugin::CueLexicon titles_;
};

}  // namespace

CLAIMEX_PLUGIN(Entities, {
    .name = "entities",
    .version = "1.0.0",
    .description = "Organisations, people and accelerators with canonical ids, from a gazetteer (JSONL data "
                   "files) matched in one pass, plus unknown companies and people found by pattern.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "data_dir": {"type": "string", "default": "",
                     "description": "Folder with gazetteer/*.jsonl, lexicon/accelerators.tsv and lang/<code>/names.tsv; empty: the data installed with claimex."},
        "extra_gazetteers": {"type": "array", "items": {"type": "string"}, "default": [],
                             "description": "More gazetteer JSONL files, loaded after the folder's; earlier names win."}
      },
      "additionalProperties": false
    })",
    .reads = "",
    .writes = "entities",
});
