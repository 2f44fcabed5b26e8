// claimex extract: the per-document stages; one annotations record per
// document, in input order.
#include <cstdio>
#include <memory>

#include "cli.h"

namespace claimex::cli {
namespace {

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

struct ExtractOptions {
  CommonOptions common;
  std::string output;
};

int Extract(const ExtractOptions& options) {
  const CommonOptions& common = options.common;
  const std::string& output = options.output;
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
                          MakeExecutorOptions(common, ExecutorOptions::ConsumerReads::kRecord), consumer, stats);
  if (std::fflush(out) != 0 || (out != stdout && std::fclose(out) != 0)) {
    if (status.ok()) status = Status::IOError("cannot write the output");
  }
  return Finish(status, stats, rejects, common);
}

}  // namespace

Verb AddExtractVerb(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  auto* extract = app.add_subcommand(
      "extract", "Run the per-document stages; write one annotations record per document (JSONL)");
  AddCommon(extract, options->common, true);
  extract->add_option("-o,--output", options->output, "Output file; default: standard output");
  return {extract, [options] { return Extract(*options); }};
}

}  // namespace claimex::cli
