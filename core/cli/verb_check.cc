// claimex check: a pipeline file validated, and every plugin constructed
// once, without reading input; prints the resolved pipeline (what a file
// that extends another one comes to).
#include <cstdio>
#include <memory>

#include "cli.h"

namespace claimex::cli {
namespace {

struct CheckOptions {
  CommonOptions common;
  std::string file;
  bool as_json = false;
};

int CheckCommand(CheckOptions options) {
  const std::string& file = options.file;
  options.common.pipeline_file = file;
  Setup setup;
  if (Status s = LoadSetup(options.common, std::nullopt, setup); !s.ok()) {
    Error(s.message());
    return kExitConfig;
  }
  // Construct every plugin once: options a schema cannot express (a locale
  // that does not exist) are checked by the constructors.
  std::vector<std::unique_ptr<detail::StageHandle>> stages;
  std::vector<std::unique_ptr<detail::CollectorHandle>> collectors;
  std::unique_ptr<detail::SinkHandle> sink;
  Status s = setup.pipeline.CreateStages(stages);
  if (s.ok()) s = setup.pipeline.CreateCollectors(collectors);
  if (s.ok() && setup.pipeline.sink()) s = setup.pipeline.CreateSink(sink);
  if (!s.ok()) {
    Error(file + ": " + s.message());
    return kExitConfig;
  }
  if (options.as_json) {
    std::printf("%s\n", setup.pipeline.ResolvedJson().dump(2).c_str());
    return kExitOk;
  }
  std::printf("%s: ok (pipeline \"%s\", hash %s)\n", file.c_str(), setup.pipeline.name().c_str(),
              setup.pipeline.hash().c_str());
  for (const auto& step : setup.pipeline.stages()) {
    std::printf("  stage     %s %s %s\n", step.plugin->name.c_str(), step.plugin->descriptor->info.version,
                step.options.dump().c_str());
  }
  for (const auto& step : setup.pipeline.collectors()) {
    std::printf("  collector %s %s %s\n", step.plugin->name.c_str(), step.plugin->descriptor->info.version,
                step.options.dump().c_str());
  }
  if (setup.pipeline.sink()) {
    std::printf("  sink      %s\n", SinkLabel(*setup.pipeline.sink()).c_str());
  }
  return kExitOk;
}

}  // namespace

Verb AddCheckVerb(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  auto* check = app.add_subcommand("check", "Validate a pipeline file and every plugin's options");
  AddCommon(check, options->common, false);
  check->add_option("pipeline", options->file, "Pipeline file")->required();
  check->add_flag("--json", options->as_json,
                  "Print the resolved pipeline (bases and insertions applied, defaults filled in) as a pipeline file");
  return {check, [options] { return CheckCommand(*options); }};
}

}  // namespace claimex::cli
