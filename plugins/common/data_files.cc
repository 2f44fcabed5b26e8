#include "data_files.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <boost/dll/runtime_symbol_info.hpp>

namespace claimex::plugin {

namespace fs = std::filesystem;

std::string DefaultDataDir() {
  // this_line_location() is the shared library this code is linked into:
  // the plugin, since this library is static.
  const fs::path self = boost::dll::this_line_location().string();
  return (self.parent_path() / CLAIMEX_DATA_FROM_PLUGIN).lexically_normal().string();
}

std::string ResolveDataDir(const std::string& configured) {
  return configured.empty() ? DefaultDataDir() : configured;
}

std::ifstream OpenDataFile(const std::string& path, std::uintmax_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    throw std::runtime_error("cannot read data file " + path + ": " + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) {
    throw std::runtime_error("data file " + path + " is not a regular file" +
                             (S_ISDIR(st.st_mode) ? " but a folder" : ""));
  }
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    throw std::runtime_error("data file " + path + " is " + std::to_string(st.st_size) +
                             " bytes, over the limit of " + std::to_string(max_bytes));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read data file " + path + ": " + std::strerror(errno));
  return in;
}

void CheckRead(const std::ifstream& in, const std::string& path) {
  if (in.bad()) throw std::runtime_error("read error in data file " + path);
}

std::vector<TsvRow> ReadTsv(const std::string& path, std::size_t min_fields) {
  std::ifstream in = OpenDataFile(path);
  std::vector<TsvRow> rows;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    TsvRow row{path, number, {}};
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      row.fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields || row.fields[0].empty()) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": expected " +
                               std::to_string(min_fields) + " tab-separated fields");
    }
    rows.push_back(std::move(row));
  }
  CheckRead(in, path);
  return rows;
}

std::vector<std::string> TsvFilesIn(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw std::runtime_error("data folder " + dir + " does not exist");
  std::vector<std::string> files;
  for (const auto& item : fs::directory_iterator(dir, ec)) {
    if (item.path().extension() == ".tsv") files.push_back(item.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<InflectedForm> ReadEndings(const std::string& data_dir) {
  std::vector<InflectedForm> out;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& item : fs::directory_iterator(data_dir + "/lang", ec)) {
    if (fs::exists(item.path() / "endings.tsv")) files.push_back(item.path() / "endings.tsv");
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string lang = file.parent_path().filename().string();
    for (const auto& row : ReadTsv(file.string(), 2)) {
      const std::string where = row.file + ":" + std::to_string(row.line);
      std::size_t added = 0;
      for (std::size_t i = 0; i < row.fields[1].size();) {
        const std::size_t end = std::min(row.fields[1].find(' ', i), row.fields[1].size());
        if (end > i) {
          out.push_back({lang, row.fields[0], row.fields[0] + row.fields[1].substr(i, end - i), where});
          ++added;
        }
        i = end + 1;
      }
      if (added == 0) throw std::runtime_error(where + ": no endings");
    }
  }
  return out;
}

}  // namespace claimex::plugin
