#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <boost/dll/runtime_symbol_info.hpp>

#include "cli.h"
#include "records.h"

namespace claimex::cli {
namespace {

namespace fs = std::filesystem;

// The installed pipelines, found from the binary's own location.
std::string PipelinesDir() {
  boost::system::error_code ec;
  const auto exe = boost::dll::program_location(ec);
  if (ec) return "pipelines";
  return (fs::path(exe.string()).parent_path().parent_path() / CLAIMEX_SHARE_RELDIR / "pipelines").string();
}

std::string DefaultPipelineFile() { return (fs::path(PipelinesDir()) / "default.json").string(); }

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

// Thread seconds per step, their share, and the input rate each step alone
// would allow on one thread: the slowest step is the one to work on.
void PrintProfile(const ExecutionStats& stats) {
  double total = 0;
  for (const StepTime& step : stats.profile) total += step.seconds;
  std::fprintf(stderr, "profile: %.1f MB in %.2f s wall, %d threads, %.2f thread-seconds\n",
               stats.input_bytes / 1e6, stats.summary.seconds, stats.threads, total);
  const double wall = stats.summary.seconds;
  for (const auto& [layer, count] : stats.mentions) {
    std::fprintf(stderr, "  %-14s %10llu mentions %10.0f/s\n", layer.c_str(),
                 static_cast<unsigned long long>(count), wall > 0 ? count / wall : 0.0);
  }
  std::fprintf(stderr, "  %-14s %10s %7s %12s\n", "step", "seconds", "share", "MB/s alone");
  for (const StepTime& step : stats.profile) {
    std::fprintf(stderr, "  %-14s %10.3f %6.1f%% %12.1f\n", step.name.c_str(), step.seconds,
                 total > 0 ? 100 * step.seconds / total : 0.0,
                 step.seconds > 0 ? stats.input_bytes / 1e6 / step.seconds : 0.0);
  }
}

}  // namespace

void Error(const std::string& message) { std::cerr << "claimex: " << message << "\n"; }

int ExitForInputs(const Status& s) {
  return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitInput;
}

int OpenInputsAndCheckOutputs(Reader& reader, const std::vector<std::string>& also_read,
                              const std::vector<OutputFile>& outputs) {
  if (Status s = reader.Open(); !s.ok()) {
    Error(s.message());
    return ExitForInputs(s);
  }
  std::vector<InputFile> read = reader.files();
  for (const auto& path : also_read) {
    if (auto identity = IdentityOf(path)) read.push_back({path, *identity});
  }
  if (Status s = CheckOutputs(read, outputs); !s.ok()) {
    Error(s.message());
    return kExitUsage;
  }
  return kExitOk;
}

Status CheckOutputs(const std::vector<InputFile>& inputs, const std::vector<OutputFile>& outputs) {
  struct Target {
    std::string label;
    std::optional<FileIdentity> identity;
    fs::path absolute;  // for outputs that do not exist yet
  };
  std::vector<Target> targets;
  struct stat st {};
  if (::fstat(STDOUT_FILENO, &st) == 0 && S_ISREG(st.st_mode)) {
    targets.push_back({"standard output", FileIdentity{st.st_dev, st.st_ino, true}, {}});
  }
  for (const auto& output : outputs) {
    if (output.path.empty() || output.path == "-") continue;
    std::optional<FileIdentity> identity = IdentityOf(output.path);
    // Devices (/dev/null, /dev/full) and FIFOs are not truncated, and may
    // well take several outputs.
    if (identity && !identity->regular) continue;
    std::error_code ec;
    targets.push_back({output.option + " " + output.path, identity,
                       identity ? fs::path() : fs::weakly_canonical(fs::absolute(output.path), ec)});
  }
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Target& target = targets[i];
    if (target.identity) {
      for (const InputFile& input : inputs) {
        if (input.identity == *target.identity) {
          return Status::InvalidArgument(target.label + " is the input " + input.name +
                                         ": writing it would destroy it before it is read");
        }
      }
    }
    for (std::size_t j = 0; j < i; ++j) {
      const Target& earlier = targets[j];
      const bool same = target.identity ? earlier.identity && *earlier.identity == *target.identity
                                        : !earlier.identity && earlier.absolute == target.absolute;
      if (same) {
        return Status::InvalidArgument(target.label + " is the same file as " + earlier.label +
                                       "; give each output a file of its own");
      }
    }
  }
  return Status::OK();
}

CLI::Validator PositiveCount() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        unsigned long long n = 0;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (error != std::errc() || end != value.data() + value.size() || n == 0) {
          return "\"" + value + "\" is not a whole number of at least 1";
        }
        return "";
      },
      "POSITIVE");
}

void WarnAboutPlugins(const PluginRegistry& registry) {
  for (const auto& warning : registry.warnings()) Error("warning: " + warning);
}

int ExitFor(const Status& s) {
  switch (s.code()) {
    case Status::Code::kNotFound:
    case Status::Code::kInvalidArgument:
    case Status::Code::kPluginError: return kExitConfig;
    case Status::Code::kIOError: return kExitOutput;
    default: return kExitInternal;
  }
}

Status RejectLog::Open(const std::string& file) {
  if (file.empty()) return Status::OK();
  out_.open(file, std::ios::binary | std::ios::trunc);
  if (!out_) return Status::IOError("--rejects " + file + ": cannot open for writing");
  file_ = file;
  return Status::OK();
}

Status RejectLog::Write(const Reject& reject, const RunInfo& run) {
  if (file_.empty()) {
    Error("rejected " + RejectText(reject));
    return Status::OK();
  }
  out_ << RejectJson(reject, run) << '\n';
  if (!out_) return Status::IOError("--rejects " + file_ + ": write failed");
  return Status::OK();
}

Status RejectLog::Flush() {
  if (file_.empty()) return Status::OK();
  out_.flush();
  if (!out_) return Status::IOError("--rejects " + file_ + ": write failed");
  return Status::OK();
}

Status RejectLog::Close() {
  if (file_.empty()) return Status::OK();
  out_.close();
  if (!out_) return Status::IOError("--rejects " + file_ + ": write failed");
  return Status::OK();
}

Status LoadSetup(const CommonOptions& common, const std::optional<std::string>& sink, Setup& setup) {
  setup.registry.UseSearchPath(PluginSearchPath(common.plugin_path));
  setup.pipeline_file = common.pipeline_file.empty() ? DefaultPipelineFile() : common.pipeline_file;
  const Status s = Pipeline::Load(setup.pipeline_file, setup.registry, sink, setup.pipeline, PipelinesDir());
  WarnAboutPlugins(setup.registry);
  if (!s.ok()) return s;
  setup.run = {kEngineVersion, setup.pipeline.hash()};
  return Status::OK();
}

ExecutorOptions MakeExecutorOptions(const CommonOptions& common, ExecutorOptions::ConsumerReads consumer_reads) {
  ExecutorOptions options;
  options.threads = common.threads;
  options.progress = StderrIsTerminal();
  options.consumer_reads = consumer_reads;
  options.max_mentions = common.max_mentions;
  return options;
}

std::string SinkLabel(const PipelineStep& sink) {
  std::string label = sink.plugin->name;
  if (sink.options.contains("path")) label += ":" + sink.options["path"].get<std::string>();
  if (sink.options.contains("uri")) {
    // A summary is shared; the password in a URI is not.
    std::string uri = sink.options["uri"].get<std::string>();
    const auto authority = uri.find("://");
    if (authority != std::string::npos) {
      const auto at = uri.find('@', authority + 3);
      const auto colon = uri.find(':', authority + 3);
      if (at != std::string::npos && colon < at && uri.find('/', authority + 3) > at) {
        uri.replace(colon + 1, at - colon - 1, "***");
      }
    }
    label = uri;
  }
  return label;
}

int Finish(const Status& status, const ExecutionStats& stats, RejectLog& rejects, const CommonOptions& common) {
  if (common.profile) PrintProfile(stats);
  if (Status s = rejects.Close(); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  if (!status.ok()) {
    Error(status.message());
    return status.code() == Status::Code::kIOError ? kExitOutput : ExitFor(status);
  }
  return stats.summary.rejected > 0 ? kExitRejects : kExitOk;
}

void AddCommon(CLI::App* cmd, CommonOptions& common, bool with_pipeline_io) {
  cmd->add_option("--plugin-path", common.plugin_path,
                  "Colon-separated plugin folders, searched before $CLAIMEX_PLUGIN_PATH "
                  "and the installed default");
  if (!with_pipeline_io) return;
  cmd->add_option("--pipeline", common.pipeline_file,
                  "Pipeline file (JSON); default: the installed default pipeline");
  cmd->add_option("--threads", common.threads, "Worker threads; 0 = one per core")
      ->check(CLI::Range(0, 1024));
  cmd->add_option("--rejects", common.rejects_file,
                  "Write reject records (JSONL) here instead of printing them to stderr");
  // Spans are 32-bit byte offsets.
  cmd->add_option("--max-doc-bytes", common.max_doc_bytes,
                  "Reject documents (JSONL lines, .txt files) larger than this")
      ->check(CLI::Range(std::size_t{1}, std::size_t{UINT32_MAX}));
  cmd->add_option("--max-mentions", common.max_mentions,
                  "Reject a document once its output layers hold more mentions than this")
      ->check(PositiveCount());
  cmd->add_flag("--profile", common.profile,
                "Print where the time went (per stage, decode, render, consume) to stderr");
  cmd->add_option("inputs", common.inputs,
                  "JSONL files, .txt files, folders of them, or - for standard input");
}

}  // namespace claimex::cli
