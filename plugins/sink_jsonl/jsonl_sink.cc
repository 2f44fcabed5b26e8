// jsonl: writes annotations records, then collector records, one per line.
//
// The stream is the interchange format between claimex processes (extract
// on shards, merge on the results), so it holds exactly the records and
// nothing else; summaries go to stderr.
#include <cstdio>
#include <string>

#include "claimex/plugin.h"

namespace {

using claimex::Status;

class JsonlSink final : public claimex::Sink {
 public:
  explicit JsonlSink(const nlohmann::json& options)
      : path_(options.at("path").get<std::string>()) {}

  ~JsonlSink() override {
    if (out_ != nullptr && out_ != stdout) std::fclose(out_);
  }

  Status Open(const claimex::RunInfo&) override {
    out_ = path_ == "-" ? stdout : std::fopen(path_.c_str(), "wb");
    if (out_ == nullptr) return Status::IOError(path_ + ": cannot open for writing");
    return Status::OK();
  }

  Status Write(const claimex::DocumentView& doc) override { return WriteLine(doc.annotations_json()); }

  Status WriteRecord(std::string_view, const nlohmann::json& record) override {
    return WriteLine(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }

  Status Close(const claimex::RunSummary&) override {
    if (out_ == nullptr) return Status::OK();
    const bool flushed = std::fflush(out_) == 0;
    const bool closed = out_ == stdout || std::fclose(out_) == 0;
    out_ = nullptr;
    if (!flushed || !closed) return Status::IOError(path_ + ": write failed");
    return Status::OK();
  }

 private:
  Status WriteLine(std::string_view line) {
    if (std::fwrite(line.data(), 1, line.size(), out_) != line.size() || std::fputc('\n', out_) == EOF) {
      return Status::IOError(path_ + ": write failed");
    }
    return Status::OK();
  }

  std::string path_;
  std::FILE* out_ = nullptr;
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
