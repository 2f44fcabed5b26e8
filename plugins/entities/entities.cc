// entities: organisations, people and accelerators, with canonical ids.
//
// Known entities come from the gazetteer (data/gazetteer/*.jsonl, plus the
// accelerator catalogue data/lexicon/accelerators.tsv) in one pass over the
// text. Unknown ones are still found by two patterns, compiled once per
// stage instance and run once per document: capitalised names ending in a
// company suffix or an organisation head word ("Acme Robotics Inc.",
// "Zhongguancun Capital Group"), and capitalised names after a role word
// ("founder Li Wei"). Their id is a slug of the name and `gazetteer` is
// false. A person's role written just before the name ("Microsoft CEO
// Satya Nadella") is kept as the attribute `title`.
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "claimex/plugin.h"
#include "data_files.h"
#include "gazetteer.h"
#include "text_scan.h"

namespace {

using claimex::Annotation;
using claimex::Document;
using claimex::Status;
using claimex::entities::Gazetteer;
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

std::unique_ptr<RE2> Compile(const std::string& pattern) {
  RE2::Options options;
  options.set_max_mem(16 << 20);
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) throw std::runtime_error("entity pattern: " + re->error());
  return re;
}

class Entities final : public claimex::Stage {
 public:
  explicit Entities(const nlohmann::json& options) {
    const std::string dir = plugin::ResolveDataDir(options.at("data_dir").get<std::string>());
    gazetteer_ = SharedGazetteer(dir, options.at("extra_gazetteers"));
    const std::string name = R"((?:[A-Z][\w&'’-]*\.? ){0,4}[A-Z][\w&'’-]*)";
    companies_ = Compile(R"(\b()" + name +
                         R"(),? (?:Inc\.|Inc\b|Corp\.|Corporation\b|Ltd\.|Ltd\b|LLC\b|AG\b|GmbH\b|S\.A\.|SA\b|PLC\b|plc\b|Co\., Ltd\.))" +
                         "|" + R"(\b((?:[A-Z][\w&-]* ){1,3}(?:University|Group|Capital|Ratings|Research|Institute|Labs|Bank|Partners|Technologies|Holdings|Ventures|Securities|Analytics)\b))");
    people_ = Compile(
        R"(\b(?:founder|co-founder|CEO|chief executive|analyst|researcher|scientist|president|chairman|engineer|executive|spokesperson|spokesman|spokeswoman),? ([A-Z][a-z]+(?: [A-Z][a-z'’]+){1,2}))");
    titles_.Add("CEO", "CEO");
    for (const char* role : {"chief executive", "founder", "co-founder", "president", "chairman", "analyst",
                             "lead AI scientist", "chief AI scientist", "scientist", "researcher", "executive",
                             "chief technology officer", "CTO", "chief financial officer", "CFO"}) {
      titles_.Add(role, role);
    }
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
      a.attrs.reserve(5);
      a.Add("type", e.type);
      a.Add("id", e.id);
      if (!e.category.empty()) a.Add("category", e.category);
      a.Add("gazetteer", true);
      if (e.type == "person") AddTitle(text, a);
      found.push_back(std::move(a));
    }
    AddUnknown(text, *companies_, "org", found, taken);
    AddUnknown(text, *people_, "person", found, taken);
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
      gazetteer->Add({row.fields[1], "accelerator", row.fields.size() > 2 ? row.fields[2] : ""},
                     {row.fields[0], row.fields[0] + "s"});
    }
    for (const auto& file : JsonlFilesIn(dir + "/gazetteer")) gazetteer->LoadJsonl(file);
    for (const auto& file : extra) gazetteer->LoadJsonl(file.get<std::string>());
    loaded[key] = gazetteer;
    return gazetteer;
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

  // Adds matches of `re` (its first non-empty group is the name) that no
  // earlier entity overlaps. `taken` holds the spans found so far; they do
  // not overlap, so only the one starting last before `end` can.
  static void AddUnknown(std::string_view text, const RE2& re, const char* type, std::vector<Annotation>& found,
                         std::map<std::uint32_t, std::uint32_t>& taken) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece groups[3];
    std::size_t pos = 0;
    while (pos < text.size() &&
           re.Match(input, pos, text.size(), RE2::UNANCHORED, groups, 1 + re.NumberOfCapturingGroups())) {
      const re2::StringPiece& name = !groups[1].empty() ? groups[1] : groups[2];
      pos = static_cast<std::size_t>(groups[0].data() - text.data()) + std::max<std::size_t>(groups[0].size(), 1);
      if (name.empty()) continue;
      const auto begin = static_cast<std::uint32_t>(name.data() - text.data());
      const auto end = static_cast<std::uint32_t>(begin + name.size());
      if (auto next = taken.lower_bound(end); next != taken.begin() && std::prev(next)->second > begin) continue;
      taken.emplace(begin, end);
      Annotation a{begin, end, {}};
      a.Add("type", type);
      a.Add("id", Slug(std::string_view(name.data(), name.size())));
      a.Add("gazetteer", false);
      found.push_back(std::move(a));
    }
  }

  std::shared_ptr<const Gazetteer> gazetteer_;
  std::unique_ptr<RE2> companies_;
  std::unique_ptr<RE2> people_;
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
                     "description": "Folder with gazetteer/*.jsonl and lexicon/accelerators.tsv; empty: the data installed with claimex."},
        "extra_gazetteers": {"type": "array", "items": {"type": "string"}, "default": [],
                             "description": "More gazetteer JSONL files, loaded after the folder's; earlier names win."}
      },
      "additionalProperties": false
    })",
    .reads = "",
    .writes = "entities",
});
