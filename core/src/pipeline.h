// Pipeline files: which plugins run, in which order, with which options.
//
//   {
//     "name": "default",
//     "stages":     [{"plugin": "normalize", "options": {}}],
//     "collectors": [],
//     "sink":       {"plugin": "sqlite", "options": {"path": "claims.db"}}
//   }
//
// schemas/pipeline.schema.json is the reference. Loading resolves every
// plugin on the registry, validates its options against the plugin's schema
// (filling defaults), and checks the data flow: every layer a stage reads
// must be written by an earlier stage; no plugin is listed twice, and no
// stage writes a layer named like a field of the annotations record (id,
// text, ...). A pipeline file is a regular file of at most
// kMaxPipelineBytes, nested at most kMaxPipelineDepth deep (options
// included). Every error names the pipeline file, the plugin and the
// plugin's library file.
#ifndef CLAIMEX_CORE_PIPELINE_H_
#define CLAIMEX_CORE_PIPELINE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimex/plugin.h"
#include "plugin_registry.h"

namespace claimex {

inline constexpr std::size_t kMaxPipelineBytes = 1u << 20;
inline constexpr int kMaxPipelineDepth = 64;

struct PipelineStep {
  const PluginEntry* plugin = nullptr;
  nlohmann::json options;  // validated, defaults filled in
};

class Pipeline {
 public:
  // Parses and checks `file` against `registry`. `sink_override`, when set,
  // replaces the file's sink ("sqlite:PATH", "jsonl:PATH", "-" for stdout).
  // Plugins are loaded from `registry`'s search path as the file names them.
  static Status Load(const std::string& file, PluginRegistry& registry,
                     const std::optional<std::string>& sink_override,
                     Pipeline& out);
  // The same from an already parsed document; `origin` names it in errors.
  static Status FromJson(nlohmann::json spec, const std::string& origin,
                         PluginRegistry& registry,
                         const std::optional<std::string>& sink_override,
                         Pipeline& out);

  const std::string& name() const { return name_; }
  // 16 hex digits over the stages and collectors with their plugin versions
  // and resolved options; the sink is left out because it does not change
  // what is extracted.
  const std::string& hash() const { return hash_; }
  const std::vector<PipelineStep>& stages() const { return stages_; }
  const std::vector<PipelineStep>& collectors() const { return collectors_; }
  const std::optional<PipelineStep>& sink() const { return sink_; }
  // Sets a boolean option of the sink from the command line (`run
  // --rebuild`); false when there is no sink or it declares no such option.
  bool SetSinkFlag(const std::string& key, bool value);
  // Public layers the stages write, in pipeline order: the keys of the
  // annotations record.
  const std::vector<std::string>& output_layers() const { return output_layers_; }

  // One fresh set of stage instances (one per worker thread).
  Status CreateStages(std::vector<std::unique_ptr<detail::StageHandle>>& out) const;
  Status CreateCollectors(std::vector<std::unique_ptr<detail::CollectorHandle>>& out) const;
  Status CreateSink(std::unique_ptr<detail::SinkHandle>& out) const;

 private:
  std::string name_;
  std::string hash_;
  std::vector<PipelineStep> stages_;
  std::vector<PipelineStep> collectors_;
  std::optional<PipelineStep> sink_;
  std::vector<std::string> output_layers_;
};

// Parses a --sink URI into a pipeline "sink" object.
Status ParseSinkUri(const std::string& uri, nlohmann::json& sink);

// The pipeline schema (schemas/pipeline.schema.json, compiled in).
const nlohmann::json& PipelineSchema();

}  // namespace claimex

#endif  // CLAIMEX_CORE_PIPELINE_H_
