#include "plugin_registry.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>

#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include "json_schema.h"

namespace claimex {
namespace {

namespace fs = std::filesystem;

// Deliberately never destroyed: a plugin's code must stay mapped for as long
// as anything it created (vtables, static strings) may be used, which is up
// to the very end of the process.
std::vector<std::unique_ptr<boost::dll::shared_library>>& LoadedLibraries() {
  static auto* libraries =
      new std::vector<std::unique_ptr<boost::dll::shared_library>>();
  return *libraries;
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

void PluginRegistry::Scan(const std::vector<std::string>& dirs) {
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<std::string> files;
    for (const auto& item : fs::directory_iterator(dir, ec)) {
      if (item.path().extension() == ".so") files.push_back(item.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) entries_.push_back(Load(file));
  }
  // A later plugin with the name of an earlier one is shadowed, not loaded
  // twice: the search path order is the user's way to override.
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (!entries_[i].ok()) continue;
    for (std::size_t j = 0; j < i; ++j) {
      if (entries_[j].ok() && entries_[j].name == entries_[i].name) {
        entries_[i].error = Refuse(entries_[i].file, "shadowed by " + entries_[j].file +
                                                         ", which has the same name and comes first on the search path");
        break;
      }
    }
  }
}

PluginEntry PluginRegistry::Load(const std::string& file) {
  PluginEntry entry;
  entry.file = file;
  entry.name = fs::path(file).stem().string();

  auto library = std::make_unique<boost::dll::shared_library>();
  boost::system::error_code ec;
  library->load(file, boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local, ec);
  if (ec) {
    entry.error = Refuse(file, "cannot load the library: " + ec.message());
    return entry;
  }
  if (!library->has("claimex_abi_version")) {
    entry.error = Refuse(file, "not a claimex plugin: it exports no claimex_abi_version "
                               "(was it built with CLAIMEX_PLUGIN?)");
    return entry;
  }
  const auto abi = library->get_alias<const std::uint32_t>("claimex_abi_version");
  if (abi != kAbiVersion) {
    entry.error = Refuse(file, "built for SDK ABI version " + std::to_string(abi) +
                                   ", but this claimex has ABI version " +
                                   std::to_string(kAbiVersion) + "; rebuild the plugin");
    return entry;
  }
  if (!library->has("claimex_plugin")) {
    entry.error = Refuse(file, "exports claimex_abi_version but no claimex_plugin descriptor");
    return entry;
  }
  const auto& descriptor = library->get_alias<const PluginDescriptor>("claimex_plugin");
  const PluginInfo& info = descriptor.info;
  if (info.name == nullptr || !IsValidName(info.name)) {
    entry.error = Refuse(file, "descriptor has an invalid name (want [a-z0-9_-]+)");
    return entry;
  }
  entry.name = info.name;
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
  LoadedLibraries().push_back(std::move(library));
  return entry;
}

const PluginEntry* PluginRegistry::Find(std::string_view name) const {
  for (const auto& e : entries_) {
    if (e.ok() && e.name == name) return &e;
  }
  return nullptr;
}

}  // namespace claimex
