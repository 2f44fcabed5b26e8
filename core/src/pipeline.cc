#include "pipeline.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "claimex/content_hash.h"
#include "json_schema.h"

namespace claimex {
namespace {

using nlohmann::json;

// The top-level fields of an annotations record: a layer of one of these
// names would overwrite it.
const std::set<std::string, std::less<>> kRecordFields = {"schema", "engine", "pipeline", "id",    "key",  "source",
                                                          "url",    "published", "lang",   "title", "text"};

struct TooDeep {};

namespace fs = std::filesystem;

// A base may extend another; the chain is short in practice, and bounded so
// that the files read stay a few MiB.
constexpr int kMaxExtendsDepth = 8;

// A "$option" entry of a descriptor's reads or writes stands for the layers
// its option `option` lists: strings, or objects whose "layer" is one.
std::vector<std::string> DeclaredLayers(const std::vector<std::string>& declared, const json& options) {
  std::vector<std::string> layers;
  for (const auto& entry : declared) {
    if (entry.empty() || entry[0] != '$') {
      layers.push_back(entry);
      continue;
    }
    const auto it = options.find(entry.substr(1));
    if (it == options.end() || !it->is_array()) continue;
    for (const json& item : *it) {
      if (item.is_string()) layers.push_back(item.get<std::string>());
      if (item.is_object() && item.contains("layer") && item["layer"].is_string()) {
        layers.push_back(item["layer"].get<std::string>());
      }
    }
  }
  return layers;
}

Status ReadPipelineJson(const std::string& file, json& spec) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) {
    return Status::NotFound(file + ": cannot open the pipeline file: " + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) return Status::InvalidArgument(file + ": the pipeline file is not a regular file");
  if (static_cast<std::uintmax_t>(st.st_size) > kMaxPipelineBytes) {
    return Status::InvalidArgument(file + ": the pipeline file is " + std::to_string(st.st_size) +
                                   " bytes, over the limit of " + std::to_string(kMaxPipelineBytes));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound(file + ": cannot open the pipeline file: " + std::strerror(errno));
  std::string text(kMaxPipelineBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) return Status::InvalidArgument(file + ": read error in the pipeline file");
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > kMaxPipelineBytes) {
    return Status::InvalidArgument(file + ": the pipeline file is over the limit of " +
                                   std::to_string(kMaxPipelineBytes) + " bytes");
  }
  try {
    // Refused while parsing, before a deep tree exists: copying one
    // recurses once per level.
    spec = json::parse(text, [](int depth, json::parse_event_t, json&) {
      if (depth > kMaxPipelineDepth) throw TooDeep();
      return true;
    });
  } catch (const TooDeep&) {
    return Status::InvalidArgument(file + ": nested deeper than " + std::to_string(kMaxPipelineDepth) +
                                   " levels, the limit for pipeline files and options");
  } catch (const json::exception& e) {
    // Syntax errors, and numbers too large for a double (1e400).
    return Status::InvalidArgument(file + ": not valid JSON: " + e.what());
  }
  return Status::OK();
}

// Makes the options a plugin declares as paths ("format": "path", or arrays
// of them) absolute from `dir`, the folder of the file that gives them, so
// that a pipeline and its rule files move together. A plugin that cannot be
// found is left for the step's own check to report.
void ResolvePathOptions(const std::string& plugin, json& options, const fs::path& dir, PluginRegistry& registry) {
  if (!options.is_object()) return;
  const PluginEntry* entry = registry.Find(plugin);
  if (entry == nullptr || !entry->ok()) return;
  const json props = entry->options_schema.value("properties", json::object());
  const auto absolute = [&](json& value) {
    if (value.is_string() && !value.get_ref<const std::string&>().empty() &&
        fs::path(value.get<std::string>()).is_relative()) {
      value = fs::absolute(dir / value.get<std::string>()).lexically_normal().string();
    }
  };
  for (auto& [name, value] : options.items()) {
    if (!props.contains(name) || !props[name].is_object()) continue;
    const json& prop = props[name];
    if (prop.value("format", "") == "path") absolute(value);
    if (prop.contains("items") && prop["items"].is_object() && prop["items"].value("format", "") == "path" &&
        value.is_array()) {
      for (json& item : value) absolute(item);
    }
  }
}

void ResolveStepPaths(json& step, const fs::path& dir, PluginRegistry& registry) {
  if (step.is_object() && step.contains("plugin") && step["plugin"].is_string() && step.contains("options")) {
    ResolvePathOptions(step["plugin"].get<std::string>(), step["options"], dir, registry);
  }
}

// RFC 7386: objects merge key by key, null removes, the rest replaces.
void MergePatch(json& target, const json& patch) {
  if (!patch.is_object()) {
    target = patch;
    return;
  }
  if (!target.is_object()) target = json::object();
  for (const auto& [key, value] : patch.items()) {
    if (value.is_null()) {
      target.erase(key);
    } else {
      MergePatch(target[key], value);
    }
  }
}

// Where a plugin is in a resolved spec: its list ("stages" or
// "collectors") and index.
bool FindStep(const json& spec, const std::string& plugin, std::string* list, std::size_t* index) {
  for (const char* name : {"stages", "collectors"}) {
    if (!spec.contains(name)) continue;
    const json& steps = spec[name];
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (steps[i].value("plugin", "") == plugin) {
        *list = name;
        *index = i;
        return true;
      }
    }
  }
  return false;
}

struct Resolver {
  PluginRegistry& registry;
  std::string pipelines_dir;
  std::vector<std::string> chain;  // files being resolved, outermost first

  Status Resolve(const std::string& file, json& spec) {
    if (chain.size() > static_cast<std::size_t>(kMaxExtendsDepth)) {
      return Status::InvalidArgument(file + ": extends more than " + std::to_string(kMaxExtendsDepth) +
                                     " levels of base pipelines");
    }
    std::error_code ec;
    const std::string canonical = fs::weakly_canonical(file, ec).string();
    for (const auto& seen : chain) {
      if (seen == canonical) return Status::InvalidArgument(file + ": extends itself (through " + chain.back() + ")");
    }
    if (Status s = ReadPipelineJson(file, spec); !s.ok()) return s;
    if (!spec.is_object()) return Status::OK();  // the schema check says why
    const fs::path dir = fs::path(file).parent_path();
    for (const char* list : {"stages", "collectors"}) {
      if (spec.contains(list) && spec[list].is_array()) {
        for (json& step : spec[list]) ResolveStepPaths(step, dir, registry);
      }
    }
    if (spec.contains("sink")) ResolveStepPaths(spec["sink"], dir, registry);
    if (!spec.contains("extends")) return Status::OK();

    if (SchemaErrors errors = ValidateJson(PipelineSchema(), spec, false); !errors.empty()) {
      return Status::InvalidArgument(file + ": " + errors.Join());
    }
    if (spec.contains("stages")) {
      return Status::InvalidArgument(file + ": a pipeline that extends another gives no \"stages\"; "
                                     "put its own with \"insert\" before or after a stage of the base");
    }
    const std::string base = spec["extends"].get<std::string>();
    const bool named = base.find('/') == std::string::npos && fs::path(base).extension() != ".json";
    const std::string base_file = named ? (fs::path(pipelines_dir) / (base + ".json")).string()
                                        : (dir / base).lexically_normal().string();
    json resolved;
    chain.push_back(canonical);
    Status s = Resolve(base_file, resolved);
    chain.pop_back();
    if (!s.ok()) return s.WithContext(file + ": extends \"" + base + "\"");
    if (SchemaErrors errors = ValidateJson(PipelineSchema(), resolved, false); !errors.empty()) {
      return Status::InvalidArgument(base_file + ": " + errors.Join());
    }
    for (const char* key : {"name", "description", "collectors", "sink"}) {
      if (spec.contains(key)) resolved[key] = spec[key];
    }
    if (spec.contains("collectors")) {
      for (json& step : resolved["collectors"]) ResolveStepPaths(step, dir, registry);
    }
    for (const json& name : spec.value("remove", json::array())) {
      std::string list;
      std::size_t index = 0;
      if (!FindStep(resolved, name.get<std::string>(), &list, &index)) {
        return Status::InvalidArgument(file + ": remove: the base has no plugin \"" + name.get<std::string>() + "\"");
      }
      resolved[list].erase(index);
    }
    const json inserts = spec.value("insert", json::array());
    for (std::size_t i = 0; i < inserts.size(); ++i) {
      const json& insert = inserts[i];
      const bool before = insert.contains("before");
      const std::string anchor = insert[before ? "before" : "after"].get<std::string>();
      std::string list;
      std::size_t index = 0;
      if (!FindStep(resolved, anchor, &list, &index)) {
        return Status::InvalidArgument(file + ": insert[" + std::to_string(i) + "]: the pipeline has no plugin \"" +
                                       anchor + "\" to insert " + (before ? "before" : "after"));
      }
      json& steps = resolved[list];
      std::size_t at = before ? index : index + 1;
      for (json step : insert["stages"]) {
        ResolveStepPaths(step, dir, registry);
        steps.insert(steps.begin() + static_cast<std::ptrdiff_t>(at++), std::move(step));
      }
    }
    const json overrides = spec.value("override", json::object());
    for (const auto& [plugin, patch] : overrides.items()) {
      std::string list;
      std::size_t index = 0;
      if (plugin == resolved.value("sink", json::object()).value("plugin", "")) {
        list = "sink";
      } else if (!FindStep(resolved, plugin, &list, &index)) {
        return Status::InvalidArgument(file + ": override: the pipeline has no plugin \"" + plugin + "\"");
      }
      json& step = list == "sink" ? resolved["sink"] : resolved[list][index];
      json options = patch;
      ResolvePathOptions(plugin, options, dir, registry);
      MergePatch(step["options"], options);
    }
    spec = std::move(resolved);
    return Status::OK();
  }
};

Status ResolveStep(const json& spec, PluginKind want, const std::string& origin,
                   const std::string& where, PluginRegistry& registry,
                   PipelineStep& step) {
  const std::string name = spec.at("plugin").get<std::string>();
  const PluginEntry* plugin = registry.Find(name);
  if (plugin == nullptr) return Status::NotFound(origin + ": " + where + ": " + registry.WhyNotFound(name));
  if (plugin->descriptor->kind != want) {
    return Status::InvalidArgument(origin + ": " + where + ": plugin \"" + name + "\" (" +
                                   plugin->file + ") is a " +
                                   std::string(KindName(plugin->descriptor->kind)) +
                                   ", not a " + std::string(KindName(want)));
  }
  json options = spec.value("options", json::object());
  if (SchemaErrors errors = ValidateJson(plugin->options_schema, options, true);
      !errors.empty()) {
    return Status::InvalidArgument(origin + ": " + where + ": options of plugin \"" + name +
                                   "\" (" + plugin->file + ") are invalid: " + errors.Join());
  }
  step.plugin = plugin;
  step.options = std::move(options);
  return Status::OK();
}

template <class Handle, class Factory>
Status Instantiate(const PipelineStep& step, Factory factory, std::unique_ptr<Handle>& out) {
  Status s = factory(step.options, out);
  if (!s.ok() || !out) {
    if (s.ok()) s = Status::PluginError("factory returned no instance");
    return s.WithContext("plugin \"" + std::string(step.plugin->name) + "\" (" +
                         step.plugin->file + ") failed to start");
  }
  return Status::OK();
}

}  // namespace

const json& PipelineSchema() {
  extern const char* const kPipelineSchemaText;
  static const json schema = json::parse(kPipelineSchemaText);
  return schema;
}

Status ParseSinkUri(const std::string& uri, json& sink) {
  if (uri == "-") {
    sink = {{"plugin", "jsonl"}, {"options", {{"path", "-"}}}};
    return Status::OK();
  }
  const auto colon = uri.find(':');
  if (colon == std::string::npos || colon == 0) {
    return Status::InvalidArgument("--sink \"" + uri +
                                   "\": expected PLUGIN:TARGET, e.g. sqlite:claims.db or jsonl:-");
  }
  // A libpq URI names the database itself, with its scheme.
  for (const char* scheme : {"postgresql", "postgres"}) {
    if (uri.compare(0, colon, scheme) == 0) {
      sink = {{"plugin", "postgresql"}, {"options", {{"uri", uri}}}};
      return Status::OK();
    }
  }
  std::string target = uri.substr(colon + 1);
  const bool sqlite = uri.compare(0, colon, "sqlite") == 0;
  if (target.rfind("//", 0) == 0 && sqlite) target.erase(0, 2);
  if (target.empty()) {
    return Status::InvalidArgument("--sink \"" + uri + "\": no target after the colon, e.g. sqlite:claims.db");
  }
  // A database in memory is gone when the run ends, and "-" would be a file
  // of that name: both would report success and keep nothing where asked.
  if (sqlite && (target == ":memory:" || target == "-" || target.rfind("file:", 0) == 0)) {
    return Status::InvalidArgument("--sink \"" + uri + "\": sqlite needs a database file; for standard output use " +
                                   "--sink - (JSONL)");
  }
  sink = {{"plugin", uri.substr(0, colon)}, {"options", {{"path", target}}}};
  return Status::OK();
}

Status Pipeline::Load(const std::string& file, PluginRegistry& registry,
                      const std::optional<std::string>& sink_override, Pipeline& out,
                      const std::string& pipelines_dir) {
  json spec;
  Resolver resolver{registry, pipelines_dir, {}};
  if (Status s = resolver.Resolve(file, spec); !s.ok()) return s;
  return FromJson(std::move(spec), file, registry, sink_override, out);
}

Status Pipeline::FromJson(json spec, const std::string& origin, PluginRegistry& registry,
                          const std::optional<std::string>& sink_override, Pipeline& out) {
  if (sink_override) {
    json sink;
    if (Status s = ParseSinkUri(*sink_override, sink); !s.ok()) return s;
    if (spec.is_object()) spec["sink"] = sink;
  }
  if (SchemaErrors errors = ValidateJson(PipelineSchema(), spec, true); !errors.empty()) {
    return Status::InvalidArgument(origin + ": " + errors.Join());
  }
  if (spec.contains("extends")) {
    return Status::InvalidArgument(origin + ": \"extends\" is resolved when a pipeline file is loaded");
  }
  Pipeline p;
  p.name_ = spec.value("name", "");
  std::set<std::string> available;
  json identity = json::object();
  identity["stages"] = json::array();
  identity["collectors"] = json::array();

  // A plugin listed twice would write its layers or records twice.
  std::map<std::string, std::string> step_of_plugin;
  const auto listed_once = [&](const PipelineStep& step, const std::string& where) {
    const auto [it, inserted] = step_of_plugin.emplace(step.plugin->name, where);
    if (inserted) return Status::OK();
    return Status::InvalidArgument(origin + ": " + where + ": plugin \"" + step.plugin->name + "\" is already " +
                                   it->second + "; a pipeline lists each plugin once");
  };
  std::map<std::string, std::string> writer_of_layer;
  const json& stages = spec.at("stages");
  for (std::size_t i = 0; i < stages.size(); ++i) {
    PipelineStep step;
    const std::string where = "stages[" + std::to_string(i) + "]";
    if (Status s = ResolveStep(stages[i], PluginKind::kStage, origin, where, registry, step); !s.ok()) {
      return s;
    }
    if (Status s = listed_once(step, where); !s.ok()) return s;
    const std::vector<std::string> writes = DeclaredLayers(step.plugin->writes, step.options);
    for (const auto& layer : writes) {
      if (kRecordFields.contains(layer)) {
        return Status::InvalidArgument(origin + ": " + where + ": stage \"" + step.plugin->name + "\" (" +
                                       step.plugin->file + ") writes a layer named \"" + layer +
                                       "\", a field of every annotations record it would overwrite");
      }
    }
    for (const auto& layer : DeclaredLayers(step.plugin->reads, step.options)) {
      if (!available.contains(layer)) {
        return Status::InvalidArgument(origin + ": " + where + ": stage \"" + step.plugin->name +
                                       "\" (" + step.plugin->file + ") reads layer \"" + layer +
                                       "\", which no earlier stage writes");
      }
    }
    for (const auto& layer : writes) {
      // Two stages writing one layer would mix their mentions.
      const auto [writer, inserted] = writer_of_layer.emplace(layer, step.plugin->name);
      if (!inserted) {
        return Status::InvalidArgument(origin + ": " + where + ": stage \"" + step.plugin->name + "\" (" +
                                       step.plugin->file + ") writes layer \"" + layer + "\", which stage \"" +
                                       writer->second + "\" writes already");
      }
      if (available.insert(layer).second) p.output_layers_.push_back(layer);
    }
    identity["stages"].push_back({{"plugin", step.plugin->name},
                                  {"version", step.plugin->descriptor->info.version},
                                  {"options", step.options}});
    p.stages_.push_back(std::move(step));
  }
  const json& collectors = spec.at("collectors");
  for (std::size_t i = 0; i < collectors.size(); ++i) {
    PipelineStep step;
    const std::string where = "collectors[" + std::to_string(i) + "]";
    if (Status s = ResolveStep(collectors[i], PluginKind::kCollector, origin, where, registry, step);
        !s.ok()) {
      return s;
    }
    if (Status s = listed_once(step, where); !s.ok()) return s;
    for (const auto& layer : DeclaredLayers(step.plugin->reads, step.options)) {
      if (!available.contains(layer)) {
        return Status::InvalidArgument(origin + ": " + where + ": collector \"" +
                                       step.plugin->name + "\" (" + step.plugin->file +
                                       ") reads layer \"" + layer + "\", which no stage writes");
      }
    }
    identity["collectors"].push_back({{"plugin", step.plugin->name},
                                      {"version", step.plugin->descriptor->info.version},
                                      {"options", step.options}});
    p.collectors_.push_back(std::move(step));
  }
  if (spec.contains("sink")) {
    PipelineStep step;
    if (Status s = ResolveStep(spec["sink"], PluginKind::kSink, origin, "sink", registry, step);
        !s.ok()) {
      return s;
    }
    p.sink_ = std::move(step);
  }
  // nlohmann objects keep keys sorted, so the dump is canonical.
  p.hash_ = ContentHash().Add(identity.dump()).Hex();
  out = std::move(p);
  return Status::OK();
}

json Pipeline::ResolvedJson() const {
  const auto steps = [](const std::vector<PipelineStep>& list) {
    json out = json::array();
    for (const auto& step : list) out.push_back({{"plugin", step.plugin->name}, {"options", step.options}});
    return out;
  };
  json out = {{"stages", steps(stages_)}, {"collectors", steps(collectors_)}};
  if (!name_.empty()) out["name"] = name_;
  if (sink_) out["sink"] = {{"plugin", sink_->plugin->name}, {"options", sink_->options}};
  return out;
}

Status Pipeline::CreateStages(std::vector<std::unique_ptr<detail::StageHandle>>& out) const {
  out.clear();
  for (const auto& step : stages_) {
    std::unique_ptr<detail::StageHandle> handle;
    if (Status s = Instantiate(step, step.plugin->descriptor->create_stage, handle); !s.ok()) {
      return s;
    }
    out.push_back(std::move(handle));
  }
  return Status::OK();
}

Status Pipeline::CreateCollectors(
    std::vector<std::unique_ptr<detail::CollectorHandle>>& out) const {
  out.clear();
  for (const auto& step : collectors_) {
    std::unique_ptr<detail::CollectorHandle> handle;
    if (Status s = Instantiate(step, step.plugin->descriptor->create_collector, handle); !s.ok()) {
      return s;
    }
    out.push_back(std::move(handle));
  }
  return Status::OK();
}

bool Pipeline::SetSinkFlag(const std::string& key, bool value) {
  if (!sink_) return false;
  const nlohmann::json& properties = sink_->plugin->options_schema.value("properties", nlohmann::json::object());
  if (!properties.contains(key) || properties[key].value("type", "") != "boolean") return false;
  sink_->options[key] = value;
  return true;
}

Status Pipeline::CreateSink(std::unique_ptr<detail::SinkHandle>& out) const {
  if (!sink_) return Status::InvalidArgument("the pipeline has no sink; give one with --sink");
  return Instantiate(*sink_, sink_->plugin->descriptor->create_sink, out);
}

}  // namespace claimex
