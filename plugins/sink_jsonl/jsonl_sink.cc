// jsonl: writes annotations records, then collector records, one per line.
//
// The stream is the interchange format between claimex processes (extract
// on shards, merge on the results), so it holds exactly the records and
// nothing else; summaries go to stderr. Written every kDocumentsPerFlush
// documents, whole lines only, so that a crash loses only the documents
// since and leaves no torn line.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "claimex/plugin.h"

namespace {

using claimex::Status;

// The executor's batch, so that writing costs no more than handing results
// between threads does.
constexpr int kDocumentsPerFlush = 64;
constexpr std::size_t kFlushBytes = 1u << 20;

class JsonlSink final : public claimex::Sink {
 public:
  explicit JsonlSink(const nlohmann::json& options)
      : path_(options.at("path").get<std::string>()) {}

  ~JsonlSink() override {
    if (fd_ > STDOUT_FILENO) ::close(fd_);
  }

  Status Open(const claimex::RunInfo&) override {
    fd_ = path_ == "-" ? STDOUT_FILENO : ::open(path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd_ < 0) return Status::IOError(path_ + ": cannot open for writing");
    return Status::OK();
  }

  Status Write(const claimex::DocumentView& doc) override {
    Append(doc.annotations_json());
    if (++unflushed_ >= kDocumentsPerFlush || pending_.size() >= kFlushBytes) return Flush();
    return Status::OK();
  }

  Status WriteRecord(std::string_view, const nlohmann::json& record) override {
    Append(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return pending_.size() >= kFlushBytes ? Flush() : Status::OK();
  }

  Status Close(const claimex::RunSummary&) override {
    if (fd_ < 0) return Status::OK();
    Status s = Flush();
    if (fd_ > STDOUT_FILENO && ::close(fd_) != 0 && s.ok()) s = Status::IOError(path_ + ": write failed");
    fd_ = -1;
    return s;
  }

 private:
  void Append(std::string_view line) {
    pending_.append(line);
    pending_ += '\n';
  }

  // One write(2) of whole lines where the file allows it: a stdio buffer
  // that fills up writes part of a line, which a crash leaves torn.
  Status Flush() {
    unflushed_ = 0;
    std::size_t done = 0;
    while (done < pending_.size()) {
      const ssize_t n = ::write(fd_, pending_.data() + done, pending_.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return Status::IOError(path_ + ": write failed");
      done += static_cast<std::size_t>(n);
    }
    pending_.clear();
    return Status::OK();
  }

  std::string path_;
  int fd_ = -1;
  std::string pending_;
  int unflushed_ = 0;
};

}  // namespace

CLAIMEX_PLUGIN(JsonlSink, {
    .name = "jsonl",
    .version = "1.0.0",
    .description = "Writes one annotations record per document and every collector record as JSON "
                   "lines, to a file or standard output.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "path": {"type": "string", "default": "-", "minLength": 1,
                 "description": "Output file; - for standard output."}
      },
      "additionalProperties": false
    })",
    .reads = "",
    .writes = "",
});
