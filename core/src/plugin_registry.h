// Finding, loading and describing plugins.
//
// Loading a library runs its code (static constructors), so the registry
// loads only what is asked for: the plugin named X is the library X.so in
// the first folder of the search path that holds a usable one, found by
// name without opening any other file. Only Scan (`claimex plugins`) loads
// every library of the search path.
//
// A library is loaded with immediate binding (RTLD_NOW), so an undefined
// symbol is a load error naming the library and the symbol rather than a
// crash when the code runs, and checked in this order: it is a regular
// file; it loads; it exports `claimex_abi_version`; that number equals
// kAbiVersion; it exports the descriptor; the descriptor is complete, its
// name is its file's stem, and its options schema parses. A library that
// fails a check is kept as a broken entry with the reason, so `claimex
// plugins` can list it. Libraries are never unloaded: objects and strings
// they own may be referenced until the process exits.
//
// Folders and libraries that users other than their owner (or root) may
// write are skipped with a warning: whoever can write them can run code in
// every claimex process. The current folder is searched only when named.
#ifndef CLAIMEX_CORE_PLUGIN_REGISTRY_H_
#define CLAIMEX_CORE_PLUGIN_REGISTRY_H_

#include <deque>
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
  // Searches `dirs` for plugins from now on, loading nothing yet.
  void UseSearchPath(const std::vector<std::string>& dirs);

  // Loads every shared library found in `dirs` (not recursive, sorted by
  // file name so the result does not depend on the file system), and
  // searches them from now on.
  void Scan(const std::vector<std::string>& dirs);

  // Loads one library; used by Scan and by tests.
  PluginEntry Load(const std::string& file);

  // The first usable plugin named `name` on the search path, loading
  // <dir>/<name>.so from each folder in turn until one is; nullptr when
  // none is. Entries stay where they are: the pointer lives as long as
  // the registry.
  const PluginEntry* Find(std::string_view name);

  // Why Find(name) found nothing: the broken libraries of that name, the
  // folders searched, and the plugins of similar names.
  std::string WhyNotFound(std::string_view name) const;

  // Every library loaded so far, usable or not, in search order.
  const std::deque<PluginEntry>& entries() const { return entries_; }
  const std::vector<std::string>& search_path() const { return dirs_; }

  // Folders and files skipped as unsafe, one message each.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  bool SafeToLoadFrom(const std::string& path, bool folder);
  void Shadow(PluginEntry& entry) const;

  std::vector<std::string> dirs_;
  std::deque<PluginEntry> entries_;
  std::vector<std::string> warnings_;
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_PLUGIN_REGISTRY_H_
