// What the verbs of the command line share: exit codes, the options every
// pipeline verb takes, the reject log, loading a pipeline, and ending a run.
//
// Each verb lives in its own verb_<name>.cc and exposes one Add<Name>Verb
// that declares its subcommand and options on the application and returns
// how to run it once the command line is parsed; main.cc only dispatches.
#ifndef CLAIMEX_CORE_CLI_CLI_H_
#define CLAIMEX_CORE_CLI_CLI_H_

#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "claimex/status.h"
#include "executor.h"
#include "page.h"
#include "pipeline.h"
#include "plugin_registry.h"
#include "reader.h"

namespace claimex::cli {

// Documented in README.md ("Exit codes"); scripts depend on them.
enum ExitCode {
  kExitOk = 0,
  kExitInternal = 1,
  kExitUsage = 2,
  kExitConfig = 3,
  kExitInput = 4,
  kExitRejects = 5,
  kExitOutput = 6,
};

struct CommonOptions {
  std::string pipeline_file;
  std::string plugin_path;
  std::vector<std::string> inputs;
  int threads = 0;
  std::string rejects_file;
  std::size_t max_doc_bytes = 16u << 20;
  std::size_t max_mentions = ExecutorOptions().max_mentions;
  bool profile = false;
};

// Declares the options of CommonOptions on `cmd`: only --plugin-path when
// `with_pipeline_io` is false.
void AddCommon(CLI::App* cmd, CommonOptions& common, bool with_pipeline_io);

// A verb once declared: its subcommand, and what runs it after parsing. The
// options it parses into are owned by `run`.
struct Verb {
  CLI::App* command = nullptr;
  std::function<int()> run;
};

Verb AddRunVerb(CLI::App& app);
Verb AddExtractVerb(CLI::App& app);
Verb AddPluginsVerb(CLI::App& app);
Verb AddMergeVerb(CLI::App& app);
Verb AddEvalVerb(CLI::App& app);
Verb AddCheckVerb(CLI::App& app);
Verb AddReportVerb(CLI::App& app);

void Error(const std::string& message);

int ExitFor(const Status& s);

// The exit code for a failed Reader::Open: a stream given twice is a usage
// error, the rest are inputs that cannot be read.
int ExitForInputs(const Status& s);

// A file a verb writes, named by the option that names it ("-o", "--rejects").
struct OutputFile {
  std::string option;
  std::string path;
};

// The report of the claims store `db_uri` into `output` ("-": standard
// output) as html or jsonld: kExitOk, or the exit code after saying why.
int WriteReport(const std::string& db_uri, const report::ReportOptions& options, const std::string& format,
                const OutputFile& output);

// Refuses (InvalidArgument, exit 2) an output that is one of the inputs or
// another output, compared as files (device and inode) rather than as
// strings, so that nothing is truncated before it is read or written twice.
// Standard output counts as an output when it is a regular file. Outputs
// that do not exist yet are compared by their absolute path.
Status CheckOutputs(const std::vector<InputFile>& inputs, const std::vector<OutputFile>& outputs);

// Opens `reader` (checking its inputs without consuming a stream), then
// refuses any of `outputs` that is one of its files or of `also_read` (the
// pipeline file, the gold file: read all the same, so protected as inputs
// too). kExitOk, or the exit code after saying why.
int OpenInputsAndCheckOutputs(Reader& reader, const std::vector<std::string>& also_read,
                              const std::vector<OutputFile>& outputs);

// Positive whole numbers, with a message that says so.
CLI::Validator PositiveCount();

// Rejects go to --rejects FILE as JSONL, or to stderr as text.
class RejectLog {
 public:
  // Creates or truncates `file`: call it only once the run can start.
  Status Open(const std::string& file);
  Status Write(const Reject& reject, const RunInfo& run);
  Status Flush();
  Status Close();

 private:
  std::string file_;
  std::ofstream out_;
};

struct Setup {
  PluginRegistry registry;
  Pipeline pipeline;
  RunInfo run;
  std::string pipeline_file;
};

// Loads the pipeline, and from the search path only the plugins it names.
Status LoadSetup(const CommonOptions& common, const std::optional<std::string>& sink, Setup& setup);

// Prints the registry's warnings (plugin folders skipped as unsafe).
void WarnAboutPlugins(const PluginRegistry& registry);

ExecutorOptions MakeExecutorOptions(const CommonOptions& common, ExecutorOptions::ConsumerReads consumer_reads);

// "sqlite:claims.db": the sink plugin and its path.
std::string SinkLabel(const PipelineStep& sink);

// Ends a pipeline verb: the profile when asked, the rejects file closed,
// and the exit code for `status` and the rejects counted.
int Finish(const Status& status, const ExecutionStats& stats, RejectLog& rejects, const CommonOptions& common);

}  // namespace claimex::cli

#endif  // CLAIMEX_CORE_CLI_CLI_H_
