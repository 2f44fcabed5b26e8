#include "pipeline.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
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
                      const std::optional<std::string>& sink_override, Pipeline& out) {
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
  json spec;
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
  const json& stages = spec.at("stages");
  for (std::size_t i = 0; i < stages.size(); ++i) {
    PipelineStep step;
    const std::string where = "stages[" + std::to_string(i) + "]";
    if (Status s = ResolveStep(stages[i], PluginKind::kStage, origin, where, registry, step); !s.ok()) {
      return s;
    }
    if (Status s = listed_once(step, where); !s.ok()) return s;
    for (const auto& layer : step.plugin->writes) {
      if (kRecordFields.contains(layer)) {
        return Status::InvalidArgument(origin + ": " + where + ": stage \"" + step.plugin->name + "\" (" +
                                       step.plugin->file + ") writes a layer named \"" + layer +
                                       "\", a field of every annotations record it would overwrite");
      }
    }
    for (const auto& layer : step.plugin->reads) {
      if (!available.contains(layer)) {
        return Status::InvalidArgument(origin + ": " + where + ": stage \"" + step.plugin->name +
                                       "\" (" + step.plugin->file + ") reads layer \"" + layer +
                                       "\", which no earlier stage writes");
      }
    }
    for (const auto& layer : step.plugin->writes) {
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
    for (const auto& layer : step.plugin->reads) {
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
