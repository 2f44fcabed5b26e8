// claimex run: the whole flow, stages, collectors and sink, then a summary
// and the clusters most sources agree on.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <string_view>
#include <tuple>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "cli.h"
#include "parse_json.h"
#include "records.h"

namespace claimex::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// How many variants kept in their cluster a run's summary lists.
constexpr std::size_t kVariantsListed = 8;

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

bool WritesClusters(const PluginEntry& plugin) {
  return std::find(plugin.writes.begin(), plugin.writes.end(), "clusters") != plugin.writes.end();
}

// Whether collector `i` runs: not one that makes clusters for a sink that
// makes its own (a claims store clusters everything it holds; holding a
// whole bulk load's claims and fingerprints a second time is what made a
// run's memory grow with its input).
bool RunsFor(const Pipeline& pipeline, std::size_t i) {
  return !(pipeline.sink() && WritesClusters(*pipeline.sink()->plugin) &&
           WritesClusters(*pipeline.collectors()[i].plugin));
}

// What a run wrote besides the sink, opened only once the run can start.
struct RunOutputs {
  const std::string& rejects_file;
  const std::string& summary_file;
  RejectLog rejects;
  std::ofstream summary;
};

class RunConsumer final : public OrderedConsumer {
 public:
  RunConsumer(const Pipeline& pipeline,
              std::vector<std::unique_ptr<detail::CollectorHandle>>& collectors,
              detail::SinkHandle& sink, RunOutputs& outputs, const RunInfo& run)
      : pipeline_(pipeline), collectors_(collectors), sink_(sink), outputs_(outputs), run_(run) {}

  // Rejects and summary before the sink: an unusable --rejects or --summary
  // must not have touched the database or the JSONL file.
  Status OnStart() override {
    if (Status s = outputs_.rejects.Open(outputs_.rejects_file); !s.ok()) return s;
    if (!outputs_.summary_file.empty()) {
      outputs_.summary.open(outputs_.summary_file, std::ios::binary | std::ios::trunc);
      if (!outputs_.summary) return Status::IOError("--summary " + outputs_.summary_file + ": cannot open for writing");
    }
    if (Status s = sink_.Open(run_); !s.ok()) {
      return Status::IOError("sink \"" + pipeline_.sink()->plugin->name + "\": " + s.message());
    }
    sink_open_ = true;
    return Status::OK();
  }

  // The sink first: a document it refuses (an id that names another text in
  // the database) must not reach the collectors either.
  Outcome OnDocument(const ProcessedDocument& doc) override {
    if (Status s = sink_.Write(doc); !s.ok()) {
      const std::string sink = "sink \"" + pipeline_.sink()->plugin->name + "\"";
      if (s.code() == Status::Code::kInvalidArgument) return Outcome::Rejected(pipeline_.sink()->plugin->name, s);
      return Outcome::Fatal(Status::IOError(s.WithContext(sink).message()));
    }
    for (std::size_t i = 0; i < collectors_.size(); ++i) {
      if (!RunsFor(pipeline_, i)) continue;
      if (Status s = collectors_[i]->Collect(doc); !s.ok()) {
        return Outcome::Rejected(pipeline_.collectors()[i].plugin->name, s);
      }
    }
    return Outcome::Accepted();
  }
  Status OnReject(const Reject& reject) override { return outputs_.rejects.Write(reject, run_); }
  Status OnBatchEnd() override { return outputs_.rejects.Flush(); }

  bool sink_open() const { return sink_open_; }

 private:
  const Pipeline& pipeline_;
  std::vector<std::unique_ptr<detail::CollectorHandle>>& collectors_;
  detail::SinkHandle& sink_;
  RunOutputs& outputs_;
  const RunInfo& run_;
  bool sink_open_ = false;
};

// A failed run says so, and what it did not get to: read = processed +
// rejected + not_processed always holds, with not_processed 0 for a run
// that completed.
json SummaryJson(const Setup& setup, const ExecutionStats& stats,
                 const std::map<std::string, std::uint64_t>& records, const Status& status) {
  const RunSummary& counts = stats.summary;
  json summary = {{"schema", kSummarySchema},
                  {"engine", setup.run.engine_version},
                  {"pipeline", setup.run.pipeline_hash},
                  {"pipeline_name", setup.pipeline.name()},
                  {"status", status.ok() ? "completed" : "failed"},
                  {"read", counts.read},
                  {"processed", counts.processed},
                  {"rejected", counts.rejected},
                  {"not_processed", counts.read - counts.processed - counts.rejected},
                  {"seconds", counts.seconds},
                  {"input_bytes", stats.input_bytes},
                  {"threads", stats.threads},
                  {"sink", SinkLabel(*setup.pipeline.sink())},
                  {"mentions", stats.mentions},
                  {"records", records}};
  if (!status.ok()) summary["error"] = status.message();
  return summary;
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
void PrintClusters(std::FILE* to, std::vector<json> clusters, const std::vector<json>& conflicts,
                   std::size_t conflict_count) {
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
    std::fprintf(to, "conflicts (%zu facts whose clusters cannot all hold):\n", conflict_count);
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
  for (std::size_t i = 0; i < variants.size() && i < kVariantsListed; ++i) {
    std::fprintf(to, "  %s\n", variants[i].c_str());
  }
}

// The clusters of a SQLite claims store most sources agree on, and its
// conflicts: what a run into a store shows (it clusters all it holds, not
// only this run's documents), and whether they are current (another run
// still writing may have them to cluster). Empty when the file cannot be
// read.
void ReadStoreClusters(const std::string& path, std::vector<json>& clusters, std::vector<json>& conflicts,
                       std::size_t& conflict_count, bool& current) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return;
  }
  auto query = [&](const char* sql, const std::function<void(sqlite3_stmt*)>& row) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
      while (sqlite3_step(stmt) == SQLITE_ROW) row(stmt);
    }
    sqlite3_finalize(stmt);
  };
  auto text = [](sqlite3_stmt* stmt) {
    const auto* column = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    return std::string_view(column ? column : "");
  };
  // The clusters most sources agree on are the largest, their records
  // mostly members: of those, only the few variants the summary lists are
  // built.
  std::size_t variants_listed = 0;
  query("SELECT record, variants FROM clusters ORDER BY sources DESC, documents DESC, cluster_key LIMIT 8",
        [&](sqlite3_stmt* stmt) {
          json cluster = ParseJson(
              text(stmt), [](std::string_view, std::string_view field) { return field != "members"; });
          cluster["members"] = json::array();
          if (sqlite3_column_int64(stmt, 1) > 0 && variants_listed < kVariantsListed) {
            cluster["members"] =
                ParseJsonItems(text(stmt), "members", "variant", kVariantsListed - variants_listed);
          }
          variants_listed += cluster["members"].size();
          clusters.push_back(std::move(cluster));
        });
  query("SELECT record FROM conflicts ORDER BY clusters DESC, conflict_key LIMIT 8",
        [&](sqlite3_stmt* stmt) { conflicts.push_back(ParseJson(text(stmt))); });
  query("SELECT count(*) FROM conflicts",
        [&](sqlite3_stmt* stmt) { conflict_count = static_cast<std::size_t>(sqlite3_column_int64(stmt, 0)); });
  query("SELECT clusters_current FROM store_status",
        [&](sqlite3_stmt* stmt) { current = sqlite3_column_int64(stmt, 0) == 1; });
  sqlite3_close(db);
}

void PrintSummary(std::FILE* to, const json& summary) {
  const double seconds = summary["seconds"].get<double>();
  const double mb = summary["input_bytes"].get<double>() / 1e6;
  std::fprintf(to, "claimex %s  pipeline %s (%s)  %d threads\n",
               summary["engine"].get<std::string>().c_str(),
               summary["pipeline_name"].get<std::string>().c_str(),
               summary["pipeline"].get<std::string>().c_str(), summary["threads"].get<int>());
  std::fprintf(to, "documents: %llu read = %llu processed + %llu rejected",
               summary["read"].get<unsigned long long>(),
               summary["processed"].get<unsigned long long>(),
               summary["rejected"].get<unsigned long long>());
  const auto not_processed = summary["not_processed"].get<unsigned long long>();
  if (not_processed > 0) std::fprintf(to, " + %llu not processed", not_processed);
  std::fprintf(to, "\n");
  for (const auto& [layer, count] : summary["mentions"].items()) {
    std::fprintf(to, "%s: %llu\n", layer.c_str(), count.get<unsigned long long>());
  }
  for (const auto& [kind, count] : summary["records"].items()) {
    std::fprintf(to, "%s records: %llu\n", kind.c_str(), count.get<unsigned long long>());
  }
  if (summary["status"] == "completed") {
    std::fprintf(to, "written to %s\n", summary["sink"].get<std::string>().c_str());
  } else {
    // The sink keeps what it committed before the failure (whole batches);
    // its own error says how much when it knows.
    std::fprintf(to, "run FAILED: %s\n%s holds only what was committed before the failure; run again to complete it\n",
                 summary["error"].get<std::string>().c_str(), summary["sink"].get<std::string>().c_str());
  }
  std::fprintf(to, "time: %.3f s (%.2f MB at %.2f MB/s)\n", seconds, mb,
               seconds > 0 ? mb / seconds : 0.0);
}

// --sink values are checked as options (exit 2): their syntax, and that
// they name a sink plugin.
Status CheckSinkUri(const std::string& uri, PluginRegistry& registry) {
  json sink;
  if (Status s = ParseSinkUri(uri, sink); !s.ok()) return s;
  const std::string name = sink["plugin"].get<std::string>();
  const PluginEntry* plugin = registry.Find(name);
  if (plugin == nullptr) return Status::InvalidArgument("--sink \"" + uri + "\": " + registry.WhyNotFound(name));
  if (plugin->descriptor->kind != PluginKind::kSink) {
    return Status::InvalidArgument("--sink \"" + uri + "\": plugin \"" + name + "\" is a " +
                                   std::string(KindName(plugin->descriptor->kind)) + ", not a sink");
  }
  return Status::OK();
}

Status WriteSummary(std::ofstream& out, const std::string& file, const json& summary) {
  out << summary.dump() << '\n';
  // Only a flushed and closed stream has met a full disk.
  out.flush();
  out.close();
  if (!out) return Status::IOError("--summary " + file + ": cannot write");
  return Status::OK();
}

struct RunOptions {
  CommonOptions common;
  std::optional<std::string> sink_uri;
  std::string summary_file;
  std::string report_file;
  bool rebuild = false;
  bool defer_clustering = false;
};

int RunCommand(RunOptions options) {
  CommonOptions& common = options.common;
  const std::optional<std::string>& sink_uri = options.sink_uri;
  const std::string& summary_file = options.summary_file;
  const std::string& report_file = options.report_file;
  if (sink_uri) {
    PluginRegistry registry;
    registry.UseSearchPath(PluginSearchPath(common.plugin_path));
    if (Status s = CheckSinkUri(*sink_uri, registry); !s.ok()) {
      Error(s.message());
      return kExitUsage;
    }
  }
  Setup setup;
  if (Status s = LoadSetup(common, sink_uri, setup); !s.ok()) {
    Error(s.message());
    return kExitConfig;
  }
  if (!setup.pipeline.sink()) {
    Error("the pipeline has no sink; add one or give --sink");
    return kExitConfig;
  }
  for (const auto& [given, sink_flag, flag] : {std::tuple{options.rebuild, "rebuild", "--rebuild"},
                                               std::tuple{options.defer_clustering, "defer_clustering",
                                                          "--defer-clustering"}}) {
    if (given && !setup.pipeline.SetSinkFlag(sink_flag, true)) {
      Error(std::string(flag) + ": sink \"" + setup.pipeline.sink()->plugin->name + "\" keeps no clusters");
      return kExitUsage;
    }
  }
  const std::string& sink_name = setup.pipeline.sink()->plugin->name;
  if (!report_file.empty() && sink_name != "sqlite" && sink_name != "postgresql") {
    Error("--report: the report reads a claims store; sink \"" + sink_name +
          "\" is not one (give --sink sqlite:PATH or postgresql://...)");
    return kExitUsage;
  }
  if (common.inputs.empty()) {
    if (!fs::is_directory("corpus")) {
      Error("run: no inputs given and there is no ./corpus folder");
      return kExitInput;
    }
    common.inputs.push_back("corpus");
  }
  Reader reader(common.inputs, {common.max_doc_bytes});
  const PipelineStep& sink_step = *setup.pipeline.sink();
  const std::string sink_path = sink_step.options.value("path", "");
  if (int code = OpenInputsAndCheckOutputs(reader, {setup.pipeline_file},
                                           {{"the sink's file", sink_path},
                                            {"--rejects", common.rejects_file},
                                            {"--summary", summary_file},
                                            {"--report", report_file}});
      code != kExitOk) {
    return code;
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
  RunOutputs outputs{common.rejects_file, summary_file, {}, {}};
  RunConsumer consumer(setup.pipeline, collectors, *sink, outputs, setup.run);
  ExecutionStats stats;
  const auto started = std::chrono::steady_clock::now();
  Status status = Execute(reader, setup.pipeline, setup.run,
                          MakeExecutorOptions(common, ExecutorOptions::ConsumerReads::kDocument), consumer, stats);
  if (!consumer.sink_open()) {
    // The run never started (a stage, an output or the sink could not
    // open): nothing was written but, when it could be opened, the summary
    // saying so.
    if (outputs.summary.is_open()) {
      if (Status s = WriteSummary(outputs.summary, summary_file, SummaryJson(setup, stats, {}, status)); !s.ok()) {
        Error(s.message());
      }
    }
    return Finish(status, stats, outputs.rejects, common);
  }

  CollectingEmitter emitter(*sink);
  for (std::size_t i = 0; status.ok() && i < collectors.size(); ++i) {
    if (!RunsFor(setup.pipeline, i)) continue;
    if (Status s = collectors[i]->Finish(emitter); !s.ok()) {
      status = Status::IOError(
          s.WithContext("collector \"" + setup.pipeline.collectors()[i].plugin->name + "\"").message());
    }
  }
  // Closed even after a failure, so that what was written is durable.
  if (Status s = sink->Close(stats.summary); !s.ok() && status.ok()) {
    status = Status::IOError("sink \"" + setup.pipeline.sink()->plugin->name + "\": " + s.message());
  }
  // The time covers what the collectors and the sink do after the last
  // document (a store re-clustering), not only the documents.
  stats.summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const json summary = SummaryJson(setup, stats, emitter.counts(), status);
  const bool sink_uses_stdout = sink_path == "-";
  PrintSummary(sink_uses_stdout ? stderr : stdout, summary);
  if (status.ok()) {
    std::FILE* to = sink_uses_stdout ? stderr : stdout;
    if (options.defer_clustering) {
      std::fprintf(to, "clusters: left to a later run (--defer-clustering); until then store_status says they are stale\n");
    } else if (setup.pipeline.sink()->plugin->name == "sqlite") {
      std::vector<json> clusters, conflicts;
      std::size_t conflict_count = 0;
      bool current = true;
      ReadStoreClusters(sink_path, clusters, conflicts, conflict_count, current);
      if (!current) {
        std::fprintf(to,
                     "clusters: not current yet; a run still writing into the store clusters at its end what "
                     "both wrote (store_status)\n");
      }
      PrintClusters(to, clusters, conflicts, conflict_count);
    } else {
      PrintClusters(to, emitter.clusters(), emitter.conflicts(), emitter.conflicts().size());
    }
  }
  if (!summary_file.empty()) {
    if (Status s = WriteSummary(outputs.summary, summary_file, summary); !s.ok()) {
      Error(s.message());
      Finish(status, stats, outputs.rejects, common);
      return kExitOutput;
    }
  }
  const int code = Finish(status, stats, outputs.rejects, common);
  // The report of the store the run leaves, once it completed.
  if (!report_file.empty() && (code == kExitOk || code == kExitRejects)) {
    const std::string store =
        sink_name == "sqlite" ? "sqlite:" + sink_path : sink_step.options.value("uri", std::string());
    if (const int report = WriteReport(store, {}, "html", {"--report", report_file}); report != kExitOk) {
      return report;
    }
  }
  return code;
}

}  // namespace

Verb AddRunVerb(CLI::App& app) {
  auto options = std::make_shared<RunOptions>();
  auto* run = app.add_subcommand("run", "Run the whole pipeline: stages, collectors, sink");
  AddCommon(run, options->common, true);
  run->add_option("--sink", options->sink_uri, "Where results go: sqlite:PATH, postgresql://USER@HOST:PORT/DB, jsonl:PATH, or - (JSONL on stdout)");
  run->add_option("--summary", options->summary_file, "Also write the run summary as JSON here");
  run->add_option("--report", options->report_file,
                  "At the end, write the report of the claims store (HTML, as `claimex report`) here");
  run->add_flag("--rebuild", options->rebuild,
                "Find every copy and re-cluster everything the store holds, not only what this run touches");
  run->add_flag("--defer-clustering", options->defer_clustering,
                "Write documents and claims into the store and leave copies and clusters to a later run "
                "(parallel loaders of one input: the last, a run with no input, clusters once)")
      ->excludes("--rebuild");
  return {run, [options] {
            return RunCommand(*options);
          }};
}

}  // namespace claimex::cli
