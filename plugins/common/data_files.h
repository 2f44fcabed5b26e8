// Data files of the extraction plugins: where they are and how they read.
//
// Lexicons (scale words, currencies, bound cues, accelerators) are
// tab-separated text files that users extend without recompiling: one entry
// per line, '#' starts a comment, blank lines are ignored. A malformed line
// is an error that names the file and line, raised when the plugin starts.
//
// A data file must be a regular file (not a folder, a FIFO or a device such
// as /dev/zero, which would read as empty, block, or never end) of at most
// kMaxDataFileBytes; a read error is an error, never an early end of file.
#ifndef CLAIMEX_PLUGINS_COMMON_DATA_FILES_H_
#define CLAIMEX_PLUGINS_COMMON_DATA_FILES_H_

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace claimex::plugin {

// Large enough for a gazetteer of millions of names, small enough that a
// wrong path cannot take the memory of the machine.
inline constexpr std::uintmax_t kMaxDataFileBytes = std::uintmax_t{1} << 30;

// The data folder installed with claimex, found relative to the calling
// plugin's own shared library: <prefix>/share/claimex/data.
std::string DefaultDataDir();

// `configured` when set (the plugin's data_dir option), else DefaultDataDir().
std::string ResolveDataDir(const std::string& configured);

// Opens `path` for reading after checking that it is a regular file of at
// most `max_bytes`; throws std::runtime_error naming the file and the reason
// otherwise. After reading to the end, call CheckRead.
std::ifstream OpenDataFile(const std::string& path, std::uintmax_t max_bytes = kMaxDataFileBytes);

// Throws when the stream stopped on a read error rather than at the end.
void CheckRead(const std::ifstream& in, const std::string& path);

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

// A word with an ending glued to it, from data_dir/lang/<code>/endings.tsv
// (word | endings, space-separated): "dollár" with "t ral nyi" gives
// "dollárt", "dollárral", "dollárnyi". Languages that glue case endings to a
// currency or scale word (Hungarian, Turkish) list them there, so that a
// lexicon adds the forms with the word's own entry.
struct InflectedForm {
  std::string lang;   // the folder the row came from
  std::string word;   // as the row writes it
  std::string form;   // word + ending
  std::string where;  // file:line, for errors
};
// Every language's forms, folders in name order; none when there is no
// lang/ folder. Throws with file and line on a row without endings.
std::vector<InflectedForm> ReadEndings(const std::string& data_dir);

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_DATA_FILES_H_
