// The streaming executor: reader -> workers -> results in input order.
//
//   reader thread (frames lines) --(bounded window)--> N workers, each
//   decoding JSON and running its own stage instances --> reorder buffer --> the calling thread, which hands every
//   result, in input order, to an OrderedConsumer (the writer side: JSONL
//   output, collectors and a sink).
//
// The window bounds both the number of documents and their bytes between
// reading and consuming, so memory does not grow with the input; one
// document is always admitted, so a single large one cannot stall the run.
// Because results are consumed strictly in input order, output is the same
// for any thread count.
//
// A stage that fails (returns an error or throws) turns its document into a
// reject naming the stage; the run goes on. Only a failure of the consumer
// (a sink that cannot write) ends the run early.
#ifndef CLAIMEX_CORE_EXECUTOR_H_
#define CLAIMEX_CORE_EXECUTOR_H_

#include <cstdint>
#include <string>

#include "claimex/stage.h"
#include "pipeline.h"
#include "reader.h"
#include "records.h"

namespace claimex {

struct ExecutorOptions {
  int threads = 0;                          // 0: one per core
  std::size_t window_documents = 512;       // documents in flight at most
  std::size_t window_bytes = 128u << 20;    // input bytes in flight at most
  bool progress = false;                    // a progress line on stderr
  // Render each annotations record on the worker that processed the
  // document, so that writing it is not serialised on the consumer thread.
  // Worth it when the consumer writes every record (extract, eval).
  bool render_in_workers = false;
};

// What the consumer made of one document.
struct Outcome {
  enum class Kind { kAccepted, kRejected, kFatal };
  Kind kind = Kind::kAccepted;
  std::string stage;  // for kRejected: who refused it
  Status status;      // why (kRejected, kFatal)

  static Outcome Accepted() { return {}; }
  static Outcome Rejected(std::string stage, Status why) {
    return {Kind::kRejected, std::move(stage), std::move(why)};
  }
  static Outcome Fatal(Status why) { return {Kind::kFatal, "", std::move(why)}; }
};

class OrderedConsumer {
 public:
  virtual ~OrderedConsumer() = default;
  virtual Outcome OnDocument(const ProcessedDocument& doc) = 0;
  // A failed Status (the rejects file cannot be written) ends the run.
  virtual Status OnReject(const Reject& reject) = 0;
};

struct ExecutionStats {
  RunSummary summary;
  std::uint64_t input_bytes = 0;
  int threads = 0;
};

// Runs `pipeline`'s stages over everything `reader` yields. Returns a failed
// Status when stage instances cannot be created (before any input is read)
// or when the consumer reported a fatal error; `stats` is filled in either
// case.
Status Execute(Reader& reader, const Pipeline& pipeline, const RunInfo& run,
               const ExecutorOptions& options, OrderedConsumer& consumer,
               ExecutionStats& stats);

}  // namespace claimex

#endif  // CLAIMEX_CORE_EXECUTOR_H_
