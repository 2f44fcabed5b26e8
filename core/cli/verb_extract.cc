// claimex extract: the per-document stages; one annotations record per
// document, in input order.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <memory>
#include <string>

#include "cli.h"

namespace claimex::cli {
namespace {

// Records are gathered here and written with write(2) a batch at a time,
// never cut: a stdio buffer that fills up writes part of a record, which a
// crash would leave torn at the end of the file.
class RecordFile {
 public:
  ~RecordFile() {
    if (fd_ > STDOUT_FILENO) ::close(fd_);
  }
  // "-" or empty for standard output.
  Status Open(const std::string& path) {
    path_ = path;
    if (path.empty() || path == "-") return Status::OK();
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd_ < 0) return Status::IOError("-o " + path + ": cannot open for writing");
    return Status::OK();
  }
  Status Append(std::string_view record) {
    pending_.append(record);
    pending_ += '\n';
    return pending_.size() >= kFlushBytes ? Flush() : Status::OK();
  }
  Status Flush() {
    std::size_t done = 0;
    while (done < pending_.size()) {
      const ssize_t n = ::write(fd_, pending_.data() + done, pending_.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return Status::IOError("cannot write the output" + (path_.empty() ? "" : " " + path_));
      done += static_cast<std::size_t>(n);
    }
    pending_.clear();
    return Status::OK();
  }
  Status Close() {
    Status s = Flush();
    if (fd_ > STDOUT_FILENO && ::close(fd_) != 0 && s.ok()) s = Status::IOError("cannot write the output " + path_);
    fd_ = -1;
    return s;
  }

 private:
  static constexpr std::size_t kFlushBytes = 1u << 20;
  std::string path_;
  int fd_ = STDOUT_FILENO;
  std::string pending_;
};

class ExtractConsumer final : public OrderedConsumer {
 public:
  ExtractConsumer(const std::string& output, const std::string& rejects_file, RejectLog& rejects,
                  const RunInfo& run)
      : output_(output), rejects_file_(rejects_file), rejects_(rejects), run_(run) {}

  Status OnStart() override {
    if (Status s = out_.Open(output_); !s.ok()) return s;
    return rejects_.Open(rejects_file_);
  }
  Outcome OnDocument(const ProcessedDocument& doc) override {
    if (Status s = OnRecord(doc.annotations_json()); !s.ok()) return Outcome::Fatal(s);
    return Outcome::Accepted();
  }
  Status OnRecord(std::string_view record) override { return out_.Append(record); }
  Status OnReject(const Reject& reject) override { return rejects_.Write(reject, run_); }
  Status OnBatchEnd() override {
    if (Status s = out_.Flush(); !s.ok()) return s;
    return rejects_.Flush();
  }
  Status Close() { return out_.Close(); }

 private:
  const std::string& output_;
  const std::string& rejects_file_;
  RecordFile out_;
  RejectLog& rejects_;
  const RunInfo& run_;
};

struct ExtractOptions {
  CommonOptions common;
  std::string output;
};

int Extract(const ExtractOptions& options) {
  const CommonOptions& common = options.common;
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
  if (int code = OpenInputsAndCheckOutputs(reader, {setup.pipeline_file},
                                           {{"-o", options.output}, {"--rejects", common.rejects_file}});
      code != kExitOk) {
    return code;
  }
  RejectLog rejects;
  ExtractConsumer consumer(options.output, common.rejects_file, rejects, setup.run);
  ExecutionStats stats;
  Status status = Execute(reader, setup.pipeline, setup.run,
                          MakeExecutorOptions(common, ExecutorOptions::ConsumerReads::kRecord), consumer, stats);
  if (Status s = consumer.Close(); !s.ok() && status.ok()) status = s;
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
