#include "language_data.h"

#include <bit>
#include <filesystem>
#include <stdexcept>

#include "data_files.h"
#include "text_scan.h"

namespace claimex::claims {
namespace {

void Check(bool ok, const plugin::TsvRow& row, const std::string& what) {
  if (!ok) throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": " + what);
}

// How much of a document's start is read to guess its language: a headline
// and a sentence or two hold enough function words.
constexpr std::size_t kGuessBytes = 600;

}  // namespace

Languages::Languages(const std::string& data_dir, const std::string& fallback) {
  const std::filesystem::path root = std::filesystem::path(data_dir) / "lang";
  if (!std::filesystem::is_directory(root)) throw std::runtime_error("data folder has no lang/: " + root.string());
  std::vector<std::filesystem::path> folders;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (entry.is_directory() && std::filesystem::exists(entry.path() / "language.tsv")) folders.push_back(entry.path());
  }
  std::sort(folders.begin(), folders.end());
  for (const auto& folder : folders) {
    Language lang;
    lang.code = folder.filename().string();
    std::string algorithm;
    bool compounds = false;
    std::vector<std::string> common;
    for (const auto& row : plugin::ReadTsv((folder / "language.tsv").string(), 2)) {
      const std::string& key = row.fields[0];
      const std::string& value = row.fields[1];
      if (key == "match") {
        Check(value == "words" || value == "substring", row, "match is words or substring");
      } else if (key == "stemmer") {
        algorithm = value;
      } else if (key == "compounds") {
        Check(value == "yes" || value == "no", row, "compounds is yes or no");
        compounds = value == "yes";
      } else if (key == "common") {
        common.push_back(value);
      } else {
        Check(false, row, "unknown setting \"" + key + "\"");
      }
    }
    lang.stemmer = std::make_unique<Stemmer>(algorithm);
    // A language past the 64th is never guessed, only named by a tag.
    const bool guessable = !common.empty() && guessable_.size() < 64;
    if (guessable) {
      const std::uint64_t bit = std::uint64_t{1} << guessable_.size();
      for (const std::string& line : common) {
        for (const Token& t : folder_.Tokenize(line, 0, line.size())) common_words_[t.key()] |= bit;
      }
    }
    auto load = [&](const char* file, CueKind kind, std::size_t fields,
                    const std::vector<std::string>& labels) {
      const auto path = folder / file;
      if (!std::filesystem::exists(path)) return;
      for (const auto& row : plugin::ReadTsv(path.string(), fields)) {
        if (!labels.empty()) {
          Check(std::find(labels.begin(), labels.end(), row.fields[1]) != labels.end(), row,
                "\"" + row.fields[1] + "\" is not one of the labels this file takes");
        }
        // A predicate cue's optional third column: the predicate its claim
        // takes when the text names a seller ("buy ... from Oracle").
        const bool third = fields > 2 || (kind == CueKind::kPredicate && row.fields.size() > 2);
        try {
          lang.cues.Add(kind, row.fields[0], row.fields[1], third ? row.fields[2] : "", *lang.stemmer, compounds);
        } catch (const std::runtime_error& e) {
          Check(false, row, e.what());
        }
      }
    };
    load("predicates.tsv", CueKind::kPredicate, 2, {});
    load("attribution.tsv", CueKind::kAttribution, 2, {"after", "after_source", "before"});
    load("hedges.tsv", CueKind::kHedge, 2, {});
    load("anaphora.tsv", CueKind::kAnaphor, 2, {"subject", "source"});
    load("qualifiers.tsv", CueKind::kQualifier, 3, {"scope", "per", "period", "basis"});
    load("clauses.tsv", CueKind::kClause, 2, {"relative", "subordinate", "subject_marker", "topic_marker", "object_marker", "conjunction", "seller_marker"});
    if (const auto path = folder / "possessives.tsv"; std::filesystem::exists(path)) {
      for (const auto& row : plugin::ReadTsv(path.string(), 2)) {
        Check(row.fields[1] == "before" || row.fields[1] == "after", row, "a possessive is before or after");
        Check(row.fields.size() < 3 || row.fields[2] == "glued", row, "the third column is glued or nothing");
        lang.possessives.push_back(
            {row.fields[0] == "-" ? "" : row.fields[0], row.fields[1] == "before", row.fields.size() > 2});
      }
    }
    std::string code = lang.code;
    auto [it, inserted] = by_code_.emplace(std::move(code), std::move(lang));
    if (guessable) guessable_.push_back(&it->second);
  }
  auto it = by_code_.find(fallback);
  if (it == by_code_.end()) throw std::runtime_error("data folder has no lang/" + fallback + "/language.tsv");
  fallback_ = &it->second;
}

Language& Languages::For(std::string_view lang_tag, std::string_view text) {
  const std::string_view primary = lang_tag.substr(0, lang_tag.find_first_of("-_"));
  std::string folded;
  for (char c : primary) folded += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (auto it = by_code_.find(folded); it != by_code_.end()) return it->second;
  return Guess(text);
}

Language& Languages::Guess(std::string_view text) {
  std::size_t end = std::min(text.size(), kGuessBytes);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  std::vector<std::size_t> hits(guessable_.size(), 0);
  for (const Token& t : folder_.Tokenize(text, 0, end)) {
    const auto it = common_words_.find(t.key());
    if (it == common_words_.end()) continue;
    for (std::uint64_t bits = it->second; bits != 0; bits &= bits - 1) ++hits[std::countr_zero(bits)];
  }
  Language* best = fallback_;
  std::size_t best_hits = 0;
  for (std::size_t i = 0; i < guessable_.size(); ++i) {
    if (hits[i] > best_hits) {
      best = guessable_[i];
      best_hits = hits[i];
    }
  }
  return *best;
}

}  // namespace claimex::claims
