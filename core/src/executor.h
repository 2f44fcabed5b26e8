// The streaming executor: reader -> workers -> results in input order.
//
//   reader thread (frames lines into batches) --(bounded window)--> N
//   workers, each decoding JSON and running its own stage instances -->
//   reorder buffer --> the calling thread, which hands every result, in
//   input order, to an OrderedConsumer (the writer side: JSONL output,
//   collectors and a sink).
//
// The window bounds both the number of documents and their bytes between
// reading and consuming, so memory does not grow with the input; one batch
// is always admitted, so a single large document cannot stall the run.
// Because results are consumed strictly in input order, output is the same
// for any thread count.
//
// A stage that fails (returns an error or throws) turns its document into a
// reject naming the stage; the run goes on. Only a failure of the consumer
// (a sink that cannot write) ends the run early. A document whose id an
// earlier document of the run holds with another text is rejected before
// the consumer sees it (DocumentIds in reader.h).
//
// A stage that crashes the process (SIGSEGV, SIGABRT, SIGBUS, SIGFPE,
// SIGILL) cannot be survived, but the process says on stderr which stage
// and which document were running before it dies of the signal; consumers
// make what they wrote durable batch by batch (OnBatchEnd), and the process
// dies only once the batch being delivered is written, so that no output
// ends in a torn line, and no later batch starts.
#ifndef CLAIMEX_CORE_EXECUTOR_H_
#define CLAIMEX_CORE_EXECUTOR_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimex/stage.h"
#include "pipeline.h"
#include "reader.h"
#include "records.h"

namespace claimex {

struct ExecutorOptions {
  int threads = 0;                          // 0: one per core
  std::size_t window_documents = 512;       // documents in flight at most
  std::size_t window_bytes = 128u << 20;    // input bytes in flight at most
  // Documents are handed between threads in batches of this many documents
  // or bytes, whichever comes first.
  std::size_t batch_documents = 64;
  std::size_t batch_bytes = 1u << 20;
  // A document whose public layers hold more mentions than this after a
  // stage is rejected: memory per document is bounded by this, not by how
  // many numerals a hostile or broken input packs into its size limit.
  // (Internal layers such as sentences are bounded by the text size.)
  std::size_t max_mentions = 250000;
  bool progress = false;                    // a progress line on stderr
  // What the consumer reads of a processed document; the workers do the
  // rest. kDocumentAndRecord: each annotations record is rendered on the
  // worker that processed the document, so that writing records is not
  // serialised on the consumer thread (eval). kRecord: the consumer reads
  // only the record (extract), and the worker also frees the document, on
  // the thread that allocated it and while it is still in cache. Freeing it
  // on the consumer thread instead cost about a tenth of the run at 1 and 2
  // threads (generated corpus): cold frees of another thread's memory, and
  // the worker then allocating colder memory for the next document.
  enum class ConsumerReads { kDocument, kDocumentAndRecord, kRecord };
  ConsumerReads consumer_reads = ConsumerReads::kDocument;
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
  // Called once every stage instance exists, before any input is read: the
  // place to open outputs, so that a run that cannot start leaves them as
  // they were. A failed Status ends the run before it starts.
  virtual Status OnStart() { return Status::OK(); }
  virtual Outcome OnDocument(const ProcessedDocument& doc) = 0;
  // Called instead of OnDocument under ConsumerReads::kRecord, with the
  // annotations record of a processed document that is gone by then. A
  // failed Status ends the run. Consumers that only take documents keep
  // the default, which fails.
  virtual Status OnRecord(std::string_view record);
  // A failed Status (the rejects file cannot be written) ends the run.
  virtual Status OnReject(const Reject& reject) = 0;
  // After each batch of results: flush what was written, so that a crash
  // later in the run loses no more than the batches being worked on.
  virtual Status OnBatchEnd() { return Status::OK(); }
};

// Where the time went, summed over all threads: one entry per stage in
// pipeline order, then the host's own steps ("decode" parses JSON lines,
// "render" writes annotations records (and, under ConsumerReads::kRecord,
// frees each document), "consume" is the ordered writer side:
// output, collectors, sink). Seconds are thread time, so with N threads they
// add up to about N times the wall time.
struct StepTime {
  std::string name;
  double seconds = 0;
};

struct ExecutionStats {
  RunSummary summary;
  std::uint64_t input_bytes = 0;
  int threads = 0;
  std::vector<StepTime> profile;
  // Items of each public layer over the accepted documents.
  std::map<std::string, std::uint64_t> mentions;
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
