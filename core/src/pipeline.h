// Pipeline files: which plugins run, in which order, with which options.
//
//   {
//     "name": "default",
//     "stages":     [{"plugin": "normalize", "options": {}}],
//     "collectors": [],
//     "sink":       {"plugin": "sqlite", "options": {"path": "claims.db"}}
//   }
//
// A pipeline file may instead start from another one and change it:
//
//   {
//     "extends": "default",
//     "insert": [{"before": "claims", "stages": [{"plugin": "rules", ...}]}],
//     "remove": ["gpu_count"],
//     "override": {"claims": {"fallback_language": "de"}},
//     "sink": {"plugin": "jsonl", "options": {"path": "-"}}
//   }
//
// `extends` names an installed pipeline (a name without a slash or .json)
// or a path relative to the file; bases may extend others, at most 8
// levels, each file under the same size and depth limits. The result is an
// ordinary pipeline, checked as one (so inserting a plugin the base lists
// is refused as a plugin listed twice). Options a plugin declares as paths
// ("format": "path") are made absolute from the folder of the file that
// gives them.
//
// schemas/pipeline.schema.json is the reference. Loading resolves every
// plugin on the registry, validates its options against the plugin's schema
// (filling defaults), and checks the data flow: every layer a stage reads
// must be written by an earlier stage, no layer by two stages; a "$option"
// entry of a plugin's reads or writes stands for the layers its option
// `option` lists (the rules stage writes "$layers"); no plugin is listed twice, and no
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
  // `pipelines_dir` holds the pipelines `extends` may name ("default").
  static Status Load(const std::string& file, PluginRegistry& registry,
                     const std::optional<std::string>& sink_override,
                     Pipeline& out, const std::string& pipelines_dir = "");
  // The same from an already parsed document that extends nothing; `origin`
  // names it in errors. Path options are taken as they are.
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
  // The pipeline as a file that extends nothing: every step with its
  // resolved options, defaults filled in.
  nlohmann::json ResolvedJson() const;

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
