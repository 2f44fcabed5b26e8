// claimex plugins: every plugin on the search path, as gst-inspect does.
#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli.h"

namespace claimex::cli {
namespace {

using nlohmann::json;

std::string OptionType(const json& schema) {
  if (!schema.contains("type")) return "any";
  const json& type = schema["type"];
  if (type.is_string()) return type.get<std::string>();
  std::string out;
  for (const auto& t : type) out += (out.empty() ? "" : "|") + t.get<std::string>();
  return out;
}

json PluginJson(const PluginEntry& e) {
  json j = {{"name", e.name}, {"file", e.file}, {"ok", e.ok()}};
  if (!e.ok()) {
    j["error"] = e.error.message();
    return j;
  }
  const PluginInfo& info = e.descriptor->info;
  j["version"] = info.version;
  j["kind"] = KindName(e.descriptor->kind);
  j["description"] = info.description;
  j["reads"] = e.reads;
  j["writes"] = e.writes;
  j["options_schema"] = e.options_schema;
  return j;
}

void PrintPlugin(const PluginEntry& e) {
  const PluginInfo& info = e.descriptor->info;
  std::printf("%s %s (%s)\n  file: %s\n  %s\n", e.name.c_str(), info.version,
              std::string(KindName(e.descriptor->kind)).c_str(), e.file.c_str(), info.description);
  auto join = [](const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
    return out.empty() ? std::string("-") : out;
  };
  std::printf("  reads: %s  writes: %s\n", join(e.reads).c_str(), join(e.writes).c_str());
  const json props = e.options_schema.value("properties", json::object());
  if (props.empty()) {
    std::printf("  options: none\n");
    return;
  }
  // A longer manual, where the options point to files of a format of the
  // plugin's own (the rules stage's rule files).
  if (e.options_schema.contains("description")) {
    std::printf("  %s\n", e.options_schema["description"].get<std::string>().c_str());
  }
  std::printf("  options:\n");
  for (const auto& [name, schema] : props.items()) {
    std::printf("    %-20s %-8s", name.c_str(), OptionType(schema).c_str());
    if (schema.contains("default")) std::printf(" default %s", schema["default"].dump().c_str());
    if (schema.contains("enum")) std::printf(" one of %s", schema["enum"].dump().c_str());
    if (schema.contains("minimum")) std::printf(" min %s", schema["minimum"].dump().c_str());
    if (schema.contains("maximum")) std::printf(" max %s", schema["maximum"].dump().c_str());
    std::printf("\n      %s\n", schema.value("description", "(no description)").c_str());
  }
}

struct PluginsOptions {
  CommonOptions common;
  std::string name;
  bool as_json = false;
};

int PluginsCommand(const PluginsOptions& options) {
  const std::string& name = options.name;
  PluginRegistry registry;
  const auto dirs = PluginSearchPath(options.common.plugin_path);
  registry.Scan(dirs);
  WarnAboutPlugins(registry);
  std::vector<const PluginEntry*> shown;
  for (const auto& e : registry.entries()) {
    if (name.empty() || e.name == name) shown.push_back(&e);
  }
  if (!name.empty() && shown.empty()) {
    Error(registry.WhyNotFound(name));
    return kExitConfig;
  }
  if (options.as_json) {
    json out = json::array();
    for (const auto* e : shown) out.push_back(PluginJson(*e));
    std::printf("%s\n", out.dump(2).c_str());
    return kExitOk;
  }
  std::string path;
  for (const auto& d : dirs) path += (path.empty() ? "" : ":") + d;
  std::printf("search path: %s\n", path.c_str());
  // Other verbs load only the plugins their pipeline names.
  std::printf("(every library on the search path was loaded to describe it)\n\n");
  bool any_broken = false;
  for (const auto* e : shown) {
    if (e->ok()) {
      PrintPlugin(*e);
      std::printf("\n");
    } else {
      any_broken = true;
    }
  }
  if (any_broken) {
    std::printf("broken:\n");
    for (const auto* e : shown) {
      if (!e->ok()) std::printf("  %s: %s\n", e->name.c_str(), e->error.message().c_str());
    }
  }
  return kExitOk;
}

}  // namespace

Verb AddPluginsVerb(CLI::App& app) {
  auto options = std::make_shared<PluginsOptions>();
  auto* plugins = app.add_subcommand("plugins", "List plugins with their options; broken ones with the reason");
  AddCommon(plugins, options->common, false);
  plugins->add_option("name", options->name, "Show only this plugin");
  plugins->add_flag("--json", options->as_json, "Machine-readable output");
  return {plugins, [options] { return PluginsCommand(*options); }};
}

}  // namespace claimex::cli
