// Finding, loading and describing plugins.
//
// The registry scans the directories of the search path for shared
// libraries, loads each, and checks it in this order: the file loads; it
// exports `claimex_abi_version`; that number equals kAbiVersion; it exports
// the descriptor; the descriptor is complete and its options schema parses.
// A library that fails a check is kept as a broken entry with the reason,
// so `claimex plugins` can list it. Libraries are never unloaded: objects
// and strings they own may be referenced until the process exits.
#ifndef CLAIMEX_CORE_PLUGIN_REGISTRY_H_
#define CLAIMEX_CORE_PLUGIN_REGISTRY_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimex/plugin.h"
#include "claimex/status.h"

namespace claimex {

struct PluginEntry {
  std::string file;  // path of the shared library
  std::string name;  // from the descriptor; the file stem when broken
  Status error;      // ok for a usable plugin
  const PluginDescriptor* descriptor = nullptr;  // null when broken
  nlohmann::json options_schema;
  std::vector<std::string> reads;
  std::vector<std::string> writes;

  bool ok() const { return error.ok(); }
};

std::string_view KindName(PluginKind kind);

// The directories to search, in order: `cli_path` (colon-separated, from
// --plugin-path), then $CLAIMEX_PLUGIN_PATH, then the default next to the
// executable (<prefix>/<libdir>/claimex/plugins, where <prefix>/bin holds it;
// the build tree has the same layout).
std::vector<std::string> PluginSearchPath(const std::string& cli_path);

class PluginRegistry {
 public:
  // Loads every shared library found in `dirs` (not recursive, sorted by
  // file name so the result does not depend on the file system).
  void Scan(const std::vector<std::string>& dirs);

  // Loads one library; used by Scan and by tests.
  PluginEntry Load(const std::string& file);

  // The first usable plugin named `name` on the search path, or nullptr.
  const PluginEntry* Find(std::string_view name) const;

  // Every library found, usable or not, in search order.
  const std::vector<PluginEntry>& entries() const { return entries_; }

 private:
  std::vector<PluginEntry> entries_;
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_PLUGIN_REGISTRY_H_
