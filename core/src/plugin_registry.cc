#include "plugin_registry.h"

#include <dlfcn.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>

#include <boost/dll/runtime_symbol_info.hpp>

#include "json_schema.h"

namespace claimex {
namespace {

namespace fs = std::filesystem;

// BOOST_DLL_ALIAS exports a pointer to the object under the alias name.
template <class T>
const T* Alias(void* library, const char* name) {
  void* symbol = ::dlsym(library, name);
  return symbol == nullptr ? nullptr : *static_cast<const T* const*>(symbol);
}

// Levenshtein distance, to suggest the plugin a typo meant.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> SplitList(std::string_view list, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find(separator, start);
    if (end == std::string_view::npos) end = list.size();
    std::string item(list.substr(start, end - start));
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) out.push_back(item);
    start = end + 1;
  }
  return out;
}

bool IsValidName(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

Status Refuse(const std::string& file, const std::string& why) {
  return Status::InvalidArgument(file + ": " + why);
}

}  // namespace

std::string_view KindName(PluginKind kind) {
  switch (kind) {
    case PluginKind::kStage: return "stage";
    case PluginKind::kCollector: return "collector";
    case PluginKind::kSink: return "sink";
  }
  return "unknown";
}

std::vector<std::string> PluginSearchPath(const std::string& cli_path) {
  std::vector<std::string> dirs = SplitList(cli_path, ':');
  if (const char* env = std::getenv("CLAIMEX_PLUGIN_PATH")) {
    for (auto& d : SplitList(env, ':')) dirs.push_back(std::move(d));
  }
  boost::system::error_code ec;
  const auto exe = boost::dll::program_location(ec);
  if (!ec) {
    dirs.push_back((fs::path(exe.string()).parent_path().parent_path() / CLAIMEX_PLUGIN_RELDIR).string());
  }
  return dirs;
}

void PluginRegistry::UseSearchPath(const std::vector<std::string>& dirs) { dirs_ = dirs; }

bool PluginRegistry::SafeToLoadFrom(const std::string& path, bool folder) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  if ((st.st_mode & (S_IWGRP | S_IWOTH)) == 0) return true;
  std::string warning = "skipping plugin " + std::string(folder ? "folder " : "library ") + path +
                        ": users other than its owner may write it (chmod go-w to use it)";
  if (std::find(warnings_.begin(), warnings_.end(), warning) == warnings_.end()) warnings_.push_back(std::move(warning));
  return false;
}

void PluginRegistry::Shadow(PluginEntry& entry) const {
  // A later plugin with the name of an earlier one is shadowed, not used:
  // the search path order is the user's way to override.
  if (!entry.ok()) return;
  for (const PluginEntry& earlier : entries_) {
    if (&earlier != &entry && earlier.ok() && earlier.name == entry.name) {
      entry.error = Refuse(entry.file, "shadowed by " + earlier.file +
                                           ", which has the same name and comes first on the search path");
      return;
    }
  }
}

void PluginRegistry::Scan(const std::vector<std::string>& dirs) {
  dirs_ = dirs;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec) || !SafeToLoadFrom(dir, true)) continue;
    std::vector<std::string> files;
    for (const auto& item : fs::directory_iterator(dir, ec)) {
      if (item.path().extension() == ".so") files.push_back(item.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      if (!SafeToLoadFrom(file, false)) continue;
      entries_.push_back(Load(file));
      Shadow(entries_.back());
    }
  }
}

PluginEntry PluginRegistry::Load(const std::string& file) {
  PluginEntry entry;
  entry.file = file;
  entry.name = fs::path(file).stem().string();

  // dlopen blocks on a FIFO and reads a device forever.
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    entry.error = Refuse(file, "cannot load the library: not a regular file");
    return entry;
  }
  ::dlerror();
  // Never closed: a plugin's code must stay mapped for as long as anything
  // it created (vtables, static strings) may be used, which is up to the
  // very end of the process.
  void* library = ::dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* why = ::dlerror();
    entry.error = Refuse(file, std::string("cannot load the library: ") + (why ? why : "unknown dlopen error"));
    return entry;
  }
  const auto* abi = Alias<std::uint32_t>(library, "claimex_abi_version");
  if (abi == nullptr) {
    entry.error = Refuse(file, "not a claimex plugin: it exports no claimex_abi_version "
                               "(was it built with CLAIMEX_PLUGIN?)");
    return entry;
  }
  if (*abi != kAbiVersion) {
    entry.error = Refuse(file, "built for SDK ABI version " + std::to_string(*abi) +
                                   ", but this claimex has ABI version " +
                                   std::to_string(kAbiVersion) + "; rebuild the plugin");
    return entry;
  }
  const auto* found = Alias<PluginDescriptor>(library, "claimex_plugin");
  if (found == nullptr) {
    entry.error = Refuse(file, "exports claimex_abi_version but no claimex_plugin descriptor");
    return entry;
  }
  const PluginDescriptor& descriptor = *found;
  const PluginInfo& info = descriptor.info;
  if (info.name == nullptr || !IsValidName(info.name)) {
    entry.error = Refuse(file, "descriptor has an invalid name (want [a-z0-9_-]+)");
    return entry;
  }
  if (entry.name != info.name) {
    entry.error = Refuse(file, "holds the plugin \"" + std::string(info.name) +
                                   "\", which must be in a file named " + info.name + ".so to be found");
    entry.name = info.name;
    return entry;
  }
  const bool factory_matches =
      (descriptor.kind == PluginKind::kStage && descriptor.create_stage) ||
      (descriptor.kind == PluginKind::kCollector && descriptor.create_collector) ||
      (descriptor.kind == PluginKind::kSink && descriptor.create_sink);
  if (!factory_matches) {
    entry.error = Refuse(file, "descriptor has no factory for its kind");
    return entry;
  }
  if (info.version == nullptr || info.description == nullptr || info.reads == nullptr ||
      info.writes == nullptr || info.options_schema == nullptr) {
    entry.error = Refuse(file, "descriptor is incomplete (a null string field)");
    return entry;
  }
  entry.options_schema = nlohmann::json::parse(info.options_schema, nullptr, false);
  if (entry.options_schema.is_discarded() || !entry.options_schema.is_object()) {
    entry.error = Refuse(file, "options_schema is not a JSON object");
    return entry;
  }
  if (Status s = CheckSchema(entry.options_schema); !s.ok()) {
    entry.error = Refuse(file, "options_schema: " + s.message());
    return entry;
  }
  entry.reads = SplitList(info.reads, ',');
  entry.writes = SplitList(info.writes, ',');
  entry.descriptor = &descriptor;
  return entry;
}

const PluginEntry* PluginRegistry::Find(std::string_view name) {
  for (const auto& e : entries_) {
    if (e.ok() && e.name == name) return &e;
  }
  if (!IsValidName(name)) return nullptr;
  for (const auto& dir : dirs_) {
    const std::string file = (fs::path(dir) / (std::string(name) + ".so")).string();
    std::error_code ec;
    if (!fs::exists(file, ec)) continue;
    const bool seen = std::any_of(entries_.begin(), entries_.end(), [&](const auto& e) { return e.file == file; });
    if (seen || !SafeToLoadFrom(dir, true) || !SafeToLoadFrom(file, false)) continue;
    entries_.push_back(Load(file));
    if (entries_.back().ok()) return &entries_.back();
  }
  return nullptr;
}

std::string PluginRegistry::WhyNotFound(std::string_view name) const {
  std::string why = "no usable plugin named \"" + std::string(name) + "\"";
  for (const auto& e : entries_) {
    if (e.name == name) why += "; " + e.error.message();
  }
  std::string searched;
  for (const auto& dir : dirs_) searched += (searched.empty() ? "" : ", ") + dir;
  why += "; searched for " + std::string(name) + ".so in " + (searched.empty() ? "no folder" : searched);
  // Names of the libraries on the path, without loading them.
  std::vector<std::pair<std::size_t, std::string>> close;
  for (const auto& dir : dirs_) {
    std::error_code ec;
    for (const auto& item : fs::directory_iterator(dir, ec)) {
      if (item.path().extension() != ".so") continue;
      const std::string candidate = item.path().stem().string();
      const std::size_t distance = EditDistance(name, candidate);
      if (distance > 0 && distance <= std::max<std::size_t>(2, name.size() / 3)) close.emplace_back(distance, candidate);
    }
  }
  std::sort(close.begin(), close.end());
  close.erase(std::unique(close.begin(), close.end()), close.end());
  if (!close.empty()) {
    why += "; did you mean";
    for (std::size_t i = 0; i < close.size() && i < 3; ++i) why += (i ? ", \"" : " \"") + close[i].second + "\"";
    why += "?";
  }
  return why;
}

}  // namespace claimex
