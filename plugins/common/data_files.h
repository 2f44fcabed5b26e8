// Data files of the extraction plugins: where they are and how they read.
//
// Lexicons (scale words, currencies, bound cues, accelerators) are
// tab-separated text files that users extend without recompiling: one entry
// per line, '#' starts a comment, blank lines are ignored. A malformed line
// is an error that names the file and line, raised when the plugin starts.
#ifndef CLAIMEX_PLUGINS_COMMON_DATA_FILES_H_
#define CLAIMEX_PLUGINS_COMMON_DATA_FILES_H_

#include <string>
#include <vector>

namespace claimex::plugin {

// The data folder installed with claimex, found relative to the calling
// plugin's own shared library: <prefix>/share/claimex/data.
std::string DefaultDataDir();

// `configured` when set (the plugin's data_dir option), else DefaultDataDir().
std::string ResolveDataDir(const std::string& configured);

struct TsvRow {
  std::string file;
  int line = 0;
  std::vector<std::string> fields;
};

// Reads every row of `path`; throws std::runtime_error naming the file when
// it cannot be read, or file:line when a row has fewer than `min_fields`.
std::vector<TsvRow> ReadTsv(const std::string& path, std::size_t min_fields);

// The *.tsv files of a folder, sorted; throws when the folder is missing.
std::vector<std::string> TsvFilesIn(const std::string& dir);

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_DATA_FILES_H_
