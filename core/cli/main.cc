// claimex: the command line. See README.md for the verbs and exit codes.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <cmath>
#include <tuple>

#include <CLI/CLI.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <nlohmann/json.hpp>

#include "clusters.h"
#include "evaluation.h"
#include "executor.h"
#include "json_writer.h"
#include "pipeline.h"
#include "plugin_registry.h"
#include "reader.h"
#include "records.h"

namespace claimex {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ConsumerReads = ExecutorOptions::ConsumerReads;

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

std::string DefaultPipelineFile() {
  boost::system::error_code ec;
  const auto exe = boost::dll::program_location(ec);
  if (ec) return "pipelines/default.json";
  return (fs::path(exe.string()).parent_path().parent_path() / CLAIMEX_SHARE_RELDIR / "pipelines" /
          "default.json")
      .string();
}

void Error(const std::string& message) { std::cerr << "claimex: " << message << "\n"; }

int ExitFor(const Status& s) {
  switch (s.code()) {
    case Status::Code::kNotFound:
    case Status::Code::kInvalidArgument:
    case Status::Code::kPluginError: return kExitConfig;
    case Status::Code::kIOError: return kExitOutput;
    default: return kExitInternal;
  }
}

// Rejects go to --rejects FILE as JSONL, or to stderr as text.
class RejectLog {
 public:
  Status Open(const std::string& file) {
    if (file.empty()) return Status::OK();
    out_.open(file, std::ios::binary | std::ios::trunc);
    if (!out_) return Status::IOError("--rejects " + file + ": cannot open for writing");
    file_ = file;
    return Status::OK();
  }
  Status Write(const Reject& reject, const RunInfo& run) {
    if (file_.empty()) {
      Error("rejected " + RejectText(reject));
      return Status::OK();
    }
    out_ << RejectJson(reject, run) << '\n';
    if (!out_) return Status::IOError("--rejects " + file_ + ": write failed");
    return Status::OK();
  }
  Status Close() {
    if (file_.empty()) return Status::OK();
    out_.close();
    if (!out_) return Status::IOError("--rejects " + file_ + ": write failed");
    return Status::OK();
  }

 private:
  std::string file_;
  std::ofstream out_;
};

struct Setup {
  PluginRegistry registry;
  Pipeline pipeline;
  RunInfo run;
};

Status LoadSetup(const CommonOptions& common, const std::optional<std::string>& sink, Setup& setup) {
  setup.registry.Scan(PluginSearchPath(common.plugin_path));
  const std::string file = common.pipeline_file.empty() ? DefaultPipelineFile() : common.pipeline_file;
  if (Status s = Pipeline::Load(file, setup.registry, sink, setup.pipeline); !s.ok()) return s;
  setup.run = {kEngineVersion, setup.pipeline.hash()};
  return Status::OK();
}

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

ExecutorOptions MakeExecutorOptions(const CommonOptions& common, ConsumerReads consumer_reads) {
  ExecutorOptions options;
  options.threads = common.threads;
  options.progress = StderrIsTerminal();
  options.consumer_reads = consumer_reads;
  options.max_mentions = common.max_mentions;
  return options;
}

// ---------------------------------------------------------------- extract

class ExtractConsumer final : public OrderedConsumer {
 public:
  ExtractConsumer(std::FILE* out, RejectLog& rejects, const RunInfo& run)
      : out_(out), rejects_(rejects), run_(run) {}
  Outcome OnDocument(const ProcessedDocument& doc) override {
    if (Status s = OnRecord(doc.annotations_json()); !s.ok()) return Outcome::Fatal(s);
    return Outcome::Accepted();
  }
  Status OnRecord(std::string_view record) override {
    if (std::fwrite(record.data(), 1, record.size(), out_) != record.size() ||
        std::fputc('\n', out_) == EOF) {
      return Status::IOError("cannot write the output");
    }
    return Status::OK();
  }
  Status OnReject(const Reject& reject) override { return rejects_.Write(reject, run_); }

 private:
  std::FILE* out_;
  RejectLog& rejects_;
  const RunInfo& run_;
};

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

int Finish(const Status& status, const ExecutionStats& stats, RejectLog& rejects,
           const CommonOptions& common) {
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

int Extract(const CommonOptions& common, const std::string& output) {
  Setup setup;
  if (Status s = LoadSetup(common, std::nullopt, setup); !s.ok()) {
    Error(s.message());
    return kExitConfig;
  }
  if (common.inputs.empty()) {
    Error("extract: no inputs (give files, folders, or - for standard input)");
    return kExitUsage;
  }
  Reader reader(common.inputs, {common.max_doc_bytes});
  if (Status s = reader.Open(); !s.ok()) {
    Error(s.message());
    return kExitInput;
  }
  std::FILE* out = stdout;
  if (!output.empty() && output != "-") {
    out = std::fopen(output.c_str(), "wb");
    if (out == nullptr) {
      Error("-o " + output + ": cannot open for writing");
      return kExitOutput;
    }
  }
  RejectLog rejects;
  if (Status s = rejects.Open(common.rejects_file); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  ExtractConsumer consumer(out, rejects, setup.run);
  ExecutionStats stats;
  Status status = Execute(reader, setup.pipeline, setup.run,
                          MakeExecutorOptions(common, ConsumerReads::kRecord), consumer, stats);
  if (std::fflush(out) != 0 || (out != stdout && std::fclose(out) != 0)) {
    if (status.ok()) status = Status::IOError("cannot write the output");
  }
  return Finish(status, stats, rejects, common);
}

// -------------------------------------------------------------------- run

class CollectingEmitter final : public RecordEmitter {
 public:
  explicit CollectingEmitter(detail::SinkHandle& sink) : sink_(sink) {}
  Status Emit(std::string_view kind, const json& record) override {
    ++counts_[std::string(kind)];
    if (kind == "cluster") clusters_.push_back(record);
    if (kind == "conflict") conflicts_.push_back(record);
    return sink_.WriteRecord(kind, record);
  }
  const std::map<std::string, std::uint64_t>& counts() const { return counts_; }
  const std::vector<json>& clusters() const { return clusters_; }
  const std::vector<json>& conflicts() const { return conflicts_; }

 private:
  detail::SinkHandle& sink_;
  std::map<std::string, std::uint64_t> counts_;
  std::vector<json> clusters_, conflicts_;  // for the summary
};

class RunConsumer final : public OrderedConsumer {
 public:
  RunConsumer(const Pipeline& pipeline,
              std::vector<std::unique_ptr<detail::CollectorHandle>>& collectors,
              detail::SinkHandle& sink, RejectLog& rejects, const RunInfo& run)
      : pipeline_(pipeline), collectors_(collectors), sink_(sink), rejects_(rejects), run_(run) {}

  Outcome OnDocument(const ProcessedDocument& doc) override {
    for (std::size_t i = 0; i < collectors_.size(); ++i) {
      if (Status s = collectors_[i]->Collect(doc); !s.ok()) {
        return Outcome::Rejected(pipeline_.collectors()[i].plugin->name, s);
      }
    }
    if (Status s = sink_.Write(doc); !s.ok()) {
      return Outcome::Fatal(Status::IOError(s.WithContext("sink \"" + pipeline_.sink()->plugin->name + "\"").message()));
    }
    return Outcome::Accepted();
  }
  Status OnReject(const Reject& reject) override { return rejects_.Write(reject, run_); }

 private:
  const Pipeline& pipeline_;
  std::vector<std::unique_ptr<detail::CollectorHandle>>& collectors_;
  detail::SinkHandle& sink_;
  RejectLog& rejects_;
  const RunInfo& run_;
};

std::string SinkLabel(const PipelineStep& sink) {
  std::string label = sink.plugin->name;
  if (sink.options.contains("path")) label += ":" + sink.options["path"].get<std::string>();
  return label;
}

json SummaryJson(const Setup& setup, const ExecutionStats& stats,
                 const std::map<std::string, std::uint64_t>& records) {
  return {{"schema", kSummarySchema},
          {"engine", setup.run.engine_version},
          {"pipeline", setup.run.pipeline_hash},
          {"pipeline_name", setup.pipeline.name()},
          {"read", stats.summary.read},
          {"processed", stats.summary.processed},
          {"rejected", stats.summary.rejected},
          {"seconds", stats.summary.seconds},
          {"input_bytes", stats.input_bytes},
          {"threads", stats.threads},
          {"sink", SinkLabel(*setup.pipeline.sink())},
          {"mentions", stats.mentions},
          {"records", records}};
}

std::string Amount(const json& value) {
  double amount = value.value("amount", 0.0);
  const char* scale = "";
  for (auto [factor, word] : {std::pair{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}}) {
    if (std::fabs(amount) >= factor) {
      amount /= factor;
      scale = word;
      break;
    }
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g%s", amount, scale);
  const std::string bound = value.value("bound", "exact");
  std::string unit = value.value("unit", json()).is_string() ? " " + value["unit"].get<std::string>() : "";
  return (bound == "exact" ? "" : bound + " ") + buf + unit;
}

// Subject, predicate, and what else tells the fact apart.
std::string SlotText(const json& record) {
  const json& slot = record["slot"];
  std::string out = slot["subject"].is_string() ? slot["subject"].get<std::string>() : "(no subject)";
  out += " " + slot["predicate"].get<std::string>();
  if (slot["model"].is_string()) out += " " + slot["model"].get<std::string>();
  if (slot.value("per", json()).is_string()) out += " per " + slot["per"].get<std::string>();
  const json qualifiers = record.value("qualifiers", json::object());
  for (const char* q : {"scope", "period"}) {
    if (qualifiers.value(q, json()).is_string()) out += " " + qualifiers[q].get<std::string>();
  }
  return out;
}

// The clusters most sources agree on, the facts sources disagree on, and
// the variants kept in a cluster.
void PrintClusters(std::FILE* to, std::vector<json> clusters, const std::vector<json>& conflicts) {
  if (clusters.empty()) return;
  std::stable_sort(clusters.begin(), clusters.end(), [](const json& a, const json& b) {
    return std::tie(b["sources"], b["documents"]) < std::tie(a["sources"], a["documents"]);
  });
  std::fprintf(to, "top claim clusters:\n");
  for (std::size_t i = 0; i < clusters.size() && i < 8; ++i) {
    const json& c = clusters[i];
    std::string attributions;
    for (const auto& a : c["attributions"]) attributions += (attributions.empty() ? "" : ", ") + a.get<std::string>();
    std::fprintf(to, "  %-40s %-28s %zu sources, %zu documents%s\n", SlotText(c).c_str(),
                 Amount(c["value"]).c_str(), c["sources"].get<std::size_t>(), c["documents"].get<std::size_t>(),
                 attributions.empty() ? "" : (" (according to " + attributions + ")").c_str());
  }
  if (!conflicts.empty()) {
    std::fprintf(to, "conflicts (%zu facts whose clusters cannot all hold):\n", conflicts.size());
  }
  for (std::size_t i = 0; i < conflicts.size() && i < 8; ++i) {
    const json& conflict = conflicts[i];
    std::string line = SlotText(conflict) + ":";
    const json& listed = conflict["clusters"];
    for (std::size_t j = 0; j < listed.size() && j < 4; ++j) {
      const json value = {{"amount", listed[j]["amount"]}, {"bound", listed[j]["bound"]},
                          {"unit", conflict["slot"]["unit"]}};
      line += (j == 0 ? " " : " vs ") + Amount(value) + " (" + std::to_string(listed[j]["sources"].get<int>()) +
              " sources)";
    }
    if (listed.size() > 4) line += " ... (" + std::to_string(listed.size()) + " clusters)";
    std::fprintf(to, "  %s\n", line.c_str());
  }
  std::vector<std::string> variants;
  for (const json& c : clusters) {
    for (const auto& m : c["members"]) {
      if (!m.contains("variant")) continue;
      variants.push_back(SlotText(c) + ": \"" + m["text"].get<std::string>() + "\" in " + m["doc"].get<std::string>() +
                         ": " + m["variant"].get<std::string>());
    }
  }
  if (!variants.empty()) std::fprintf(to, "variants (kept in their cluster):\n");
  for (std::size_t i = 0; i < variants.size() && i < 8; ++i) std::fprintf(to, "  %s\n", variants[i].c_str());
}

void PrintSummary(std::FILE* to, const json& summary) {
  const double seconds = summary["seconds"].get<double>();
  const double mb = summary["input_bytes"].get<double>() / 1e6;
  std::fprintf(to, "claimex %s  pipeline %s (%s)  %d threads\n",
               summary["engine"].get<std::string>().c_str(),
               summary["pipeline_name"].get<std::string>().c_str(),
               summary["pipeline"].get<std::string>().c_str(), summary["threads"].get<int>());
  std::fprintf(to, "documents: %llu read = %llu processed + %llu rejected\n",
               summary["read"].get<unsigned long long>(),
               summary["processed"].get<unsigned long long>(),
               summary["rejected"].get<unsigned long long>());
  for (const auto& [layer, count] : summary["mentions"].items()) {
    std::fprintf(to, "%s: %llu\n", layer.c_str(), count.get<unsigned long long>());
  }
  for (const auto& [kind, count] : summary["records"].items()) {
    std::fprintf(to, "%s records: %llu\n", kind.c_str(), count.get<unsigned long long>());
  }
  std::fprintf(to, "written to %s\n", summary["sink"].get<std::string>().c_str());
  std::fprintf(to, "time: %.3f s (%.2f MB at %.2f MB/s)\n", seconds, mb,
               seconds > 0 ? mb / seconds : 0.0);
}

int RunCommand(CommonOptions common, const std::optional<std::string>& sink_uri,
               const std::string& summary_file) {
  Setup setup;
  if (Status s = LoadSetup(common, sink_uri, setup); !s.ok()) {
    Error(s.message());
    return kExitConfig;
  }
  if (!setup.pipeline.sink()) {
    Error("the pipeline has no sink; add one or give --sink");
    return kExitConfig;
  }
  if (common.inputs.empty()) {
    if (!fs::is_directory("corpus")) {
      Error("run: no inputs given and there is no ./corpus folder");
      return kExitInput;
    }
    common.inputs.push_back("corpus");
  }
  Reader reader(common.inputs, {common.max_doc_bytes});
  if (Status s = reader.Open(); !s.ok()) {
    Error(s.message());
    return kExitInput;
  }
  std::vector<std::unique_ptr<detail::CollectorHandle>> collectors;
  std::unique_ptr<detail::SinkHandle> sink;
  if (Status s = setup.pipeline.CreateCollectors(collectors); !s.ok()) {
    Error(s.message());
    return kExitConfig;
  }
  if (Status s = setup.pipeline.CreateSink(sink); !s.ok()) {
    Error(s.message());
    return kExitConfig;
  }
  if (Status s = sink->Open(setup.run); !s.ok()) {
    Error("sink \"" + setup.pipeline.sink()->plugin->name + "\": " + s.message());
    return kExitOutput;
  }
  RejectLog rejects;
  if (Status s = rejects.Open(common.rejects_file); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  RunConsumer consumer(setup.pipeline, collectors, *sink, rejects, setup.run);
  ExecutionStats stats;
  Status status = Execute(reader, setup.pipeline, setup.run,
                          MakeExecutorOptions(common, ConsumerReads::kDocument), consumer, stats);

  CollectingEmitter emitter(*sink);
  for (std::size_t i = 0; status.ok() && i < collectors.size(); ++i) {
    if (Status s = collectors[i]->Finish(emitter); !s.ok()) {
      status = Status::IOError(
          s.WithContext("collector \"" + setup.pipeline.collectors()[i].plugin->name + "\"").message());
    }
  }
  // Closed even after a failure, so that what was written is durable.
  if (Status s = sink->Close(stats.summary); !s.ok() && status.ok()) {
    status = Status::IOError("sink \"" + setup.pipeline.sink()->plugin->name + "\": " + s.message());
  }
  const json summary = SummaryJson(setup, stats, emitter.counts());
  const bool sink_uses_stdout = setup.pipeline.sink()->options.value("path", "") == "-";
  PrintSummary(sink_uses_stdout ? stderr : stdout, summary);
  PrintClusters(sink_uses_stdout ? stderr : stdout, emitter.clusters(), emitter.conflicts());
  if (!summary_file.empty()) {
    std::ofstream out(summary_file, std::ios::binary | std::ios::trunc);
    out << summary.dump() << '\n';
    if (!out) {
      Error("--summary " + summary_file + ": cannot write");
      return kExitOutput;
    }
  }
  return Finish(status, stats, rejects, common);
}

// ------------------------------------------------------------------- eval

class EvalConsumer final : public OrderedConsumer {
 public:
  EvalConsumer(Evaluation& evaluation, RejectLog& rejects, const RunInfo& run)
      : evaluation_(evaluation), rejects_(rejects), run_(run) {}
  Outcome OnDocument(const ProcessedDocument& doc) override {
    evaluation_.Score(json::parse(doc.annotations_json()), doc.document().text, doc.document().meta.lang);
    return Outcome::Accepted();
  }
  Status OnReject(const Reject& reject) override { return rejects_.Write(reject, run_); }

 private:
  Evaluation& evaluation_;
  RejectLog& rejects_;
  const RunInfo& run_;
};

int EvalCommand(CommonOptions common, const std::string& gold_file, bool as_json) {
  Setup setup;
  if (Status s = LoadSetup(common, std::nullopt, setup); !s.ok()) {
    Error(s.message());
    return kExitConfig;
  }
  Evaluation evaluation;
  if (Status s = evaluation.LoadGold(gold_file); !s.ok()) {
    Error(s.message());
    return s.code() == Status::Code::kNotFound ? kExitInput : kExitConfig;
  }
  if (common.inputs.empty()) common.inputs.push_back("corpus");
  Reader reader(common.inputs, {common.max_doc_bytes});
  if (Status s = reader.Open(); !s.ok()) {
    Error(s.message());
    return kExitInput;
  }
  RejectLog rejects;
  if (Status s = rejects.Open(common.rejects_file); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  EvalConsumer consumer(evaluation, rejects, setup.run);
  ExecutionStats stats;
  const Status status = Execute(reader, setup.pipeline, setup.run,
                                MakeExecutorOptions(common, ConsumerReads::kDocumentAndRecord), consumer, stats);
  if (as_json) {
    json out = evaluation.ToJson();
    out["engine"] = setup.run.engine_version;
    out["pipeline"] = setup.run.pipeline_hash;
    std::printf("%s\n", out.dump(2).c_str());
  } else {
    std::printf("%s", evaluation.ToText().c_str());
  }
  return Finish(status, stats, rejects, common);
}

// ------------------------------------------------------------------ merge

int MergeCommand(std::vector<std::string> inputs, const std::string& output, const std::string& rejects_file,
                 std::size_t memory_mb, const std::string& temp_dir) {
  if (inputs.empty()) inputs.push_back("-");
  RejectLog rejects;
  if (Status s = rejects.Open(rejects_file); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  const RunInfo run{kEngineVersion, "0000000000000000"};
  ClusterSet clusters(memory_mb << 20, temp_dir.empty() ? fs::temp_directory_path() : fs::path(temp_dir));
  std::uint64_t rejected = 0;
  for (const auto& input : inputs) {
    std::ifstream file;
    if (input != "-") {
      file.open(input, std::ios::binary);
      if (!file) {
        Error("input \"" + input + "\": cannot open");
        return kExitInput;
      }
    }
    std::istream& in = input == "-" ? std::cin : file;
    std::string line;
    for (std::uint64_t number = 1; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const json record = json::parse(line, nullptr, false);
      Status s = record.is_discarded() ? Status::InvalidArgument("malformed JSON") : clusters.Add(record);
      if (!s.ok()) {
        ++rejected;
        if (Status w = rejects.Write({input, number, "", "merge", s.message()}, run); !w.ok()) {
          Error(w.message());
          return kExitOutput;
        }
      }
    }
  }
  std::ofstream file;
  if (!output.empty() && output != "-") {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) {
      Error("-o " + output + ": cannot open for writing");
      return kExitOutput;
    }
  }
  std::ostream& out = output.empty() || output == "-" ? std::cout : file;
  // Fingerprints first, so that a later merge of this output finds copies;
  // then clusters and conflicts in key order.
  const auto write = [&](const json& record) {
    out << record.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  };
  clusters.ForEachFingerprint(write);
  if (Status s = clusters.ForEachRecord(write); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  out.flush();
  if (!out) {
    Error("cannot write the output");
    return kExitOutput;
  }
  if (Status s = rejects.Close(); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  return rejected > 0 ? kExitRejects : kExitOk;
}

// ---------------------------------------------------------------- plugins

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

int PluginsCommand(const std::string& plugin_path, const std::string& name, bool as_json) {
  PluginRegistry registry;
  const auto dirs = PluginSearchPath(plugin_path);
  registry.Scan(dirs);
  std::vector<const PluginEntry*> shown;
  for (const auto& e : registry.entries()) {
    if (name.empty() || e.name == name) shown.push_back(&e);
  }
  if (!name.empty() && shown.empty()) {
    Error("no plugin named \"" + name + "\" on the search path");
    return kExitConfig;
  }
  if (as_json) {
    json out = json::array();
    for (const auto* e : shown) out.push_back(PluginJson(*e));
    std::printf("%s\n", out.dump(2).c_str());
    return kExitOk;
  }
  std::string path;
  for (const auto& d : dirs) path += (path.empty() ? "" : ":") + d;
  std::printf("search path: %s\n\n", path.c_str());
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

// ------------------------------------------------------------------ check

int CheckCommand(const std::string& plugin_path, const std::string& file) {
  CommonOptions common;
  common.plugin_path = plugin_path;
  common.pipeline_file = file;
  Setup setup;
  if (Status s = LoadSetup(common, std::nullopt, setup); !s.ok()) {
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
  std::printf("%s: ok (pipeline \"%s\", hash %s)\n", file.c_str(), setup.pipeline.name().c_str(),
              setup.pipeline.hash().c_str());
  for (const auto& step : setup.pipeline.stages()) {
    std::printf("  stage     %s %s %s\n", step.plugin->name.c_str(),
                step.plugin->descriptor->info.version, step.options.dump().c_str());
  }
  for (const auto& step : setup.pipeline.collectors()) {
    std::printf("  collector %s %s %s\n", step.plugin->name.c_str(),
                step.plugin->descriptor->info.version, step.options.dump().c_str());
  }
  if (setup.pipeline.sink()) {
    std::printf("  sink      %s\n", SinkLabel(*setup.pipeline.sink()).c_str());
  }
  return kExitOk;
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
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--profile", common.profile,
                "Print where the time went (per stage, decode, render, consume) to stderr");
  cmd->add_option("inputs", common.inputs,
                  "JSONL files, .txt files, folders of them, or - for standard input");
}

int Main(int argc, char** argv) {
  CLI::App app{"claimex: sourced claim records from the numbers in news articles"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(kEngineVersion));

  CommonOptions common;
  std::optional<std::string> sink_uri;
  std::string summary_file;
  std::string output;
  std::string plugin_name;
  std::string check_file;
  bool plugins_json = false;

  auto* run = app.add_subcommand("run", "Run the whole pipeline: stages, collectors, sink");
  AddCommon(run, common, true);
  run->add_option("--sink", sink_uri,
                  "Where results go: sqlite:PATH, jsonl:PATH, or - (JSONL on stdout)");
  run->add_option("--summary", summary_file, "Also write the run summary as JSON here");

  auto* extract = app.add_subcommand(
      "extract", "Run the per-document stages; write one annotations record per document (JSONL)");
  AddCommon(extract, common, true);
  extract->add_option("-o,--output", output, "Output file; default: standard output");

  auto* plugins = app.add_subcommand("plugins", "List plugins with their options; broken ones with the reason");
  AddCommon(plugins, common, false);
  plugins->add_option("name", plugin_name, "Show only this plugin");
  plugins->add_flag("--json", plugins_json, "Machine-readable output");

  std::vector<std::string> merge_inputs;
  std::string merge_output, merge_rejects;
  auto* merge = app.add_subcommand(
      "merge",
      "Merge claim, annotations, fingerprint, cluster or conflict records (JSONL) into fingerprint, cluster and "
      "conflict records; associative");
  merge->add_option("inputs", merge_inputs, "JSONL files; - or none for standard input");
  merge->add_option("-o,--output", merge_output, "Output file; default: standard output");
  merge->add_option("--rejects", merge_rejects, "Write reject records here instead of printing them to stderr");
  std::size_t merge_memory_mb = MemberStore::kDefaultBudget >> 20;
  std::string merge_temp_dir;
  merge->add_option("--memory-mb", merge_memory_mb,
                    "Claims held in memory, in MB of their text, before the rest go to temporary files")
      ->check(CLI::PositiveNumber);
  merge->add_option("--temp-dir", merge_temp_dir, "Where those files go; default: $TMPDIR or /tmp");

  std::string gold_file;
  bool eval_json = false;
  auto* eval = app.add_subcommand("eval", "Score extraction against gold annotations: precision, recall, F1");
  AddCommon(eval, common, true);
  eval->add_option("--gold", gold_file, "Gold annotations (JSONL), e.g. corpus/gold/seeds.jsonl")->required();
  eval->add_flag("--json", eval_json, "Machine-readable output");

  auto* check = app.add_subcommand("check", "Validate a pipeline file and every plugin's options");
  AddCommon(check, common, false);
  check->add_option("pipeline", check_file, "Pipeline file")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (run->parsed()) return RunCommand(common, sink_uri, summary_file);
  if (extract->parsed()) return Extract(common, output);
  if (plugins->parsed()) return PluginsCommand(common.plugin_path, plugin_name, plugins_json);
  if (merge->parsed()) return MergeCommand(merge_inputs, merge_output, merge_rejects, merge_memory_mb, merge_temp_dir);
  if (eval->parsed()) return EvalCommand(common, gold_file, eval_json);
  if (check->parsed()) return CheckCommand(common.plugin_path, check_file);
  return kExitUsage;
}

}  // namespace
}  // namespace claimex

int main(int argc, char** argv) {
  try {
    return claimex::Main(argc, argv);
  } catch (const std::exception& e) {
    claimex::Error(std::string("internal error: ") + e.what());
    return claimex::kExitInternal;
  }
}
