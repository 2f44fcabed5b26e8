// The three kinds of plugin a pipeline is made of.
//
//   Stage      per-document work (normalise, find numbers, assemble claims).
//              Reads and writes layers of one Document at a time.
//   Collector  cross-document work (dedupe, clusters). Sees every processed
//              document in input order and emits records at the end.
//   Sink       where results go (JSONL, SQLite, PostgreSQL).
//
// A plugin author derives from one of these, gives it a constructor that
// takes the options object (already validated against the plugin's JSON
// Schema, with defaults filled in), and exports it with CLAIMEX_PLUGIN (see
// plugin.h). Methods may throw: the SDK catches inside the plugin and turns
// a throw into a failed Status naming the stage, so a bug rejects one
// document instead of ending the run. Returning a failed Status does the
// same without the cost of an exception.
//
// Thread safety: the host creates one Stage instance per worker thread and
// calls it from that thread only, so a Stage may keep scratch buffers and
// non-thread-safe objects (an ICU BreakIterator, an RE2 set) as members.
// Collectors and sinks are created once and called from one thread.
#ifndef CLAIMEX_STAGE_H_
#define CLAIMEX_STAGE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimex/document.h"
#include "claimex/status.h"

namespace claimex {

// Identifies the code and configuration that produced a record; sinks store
// both with every row.
struct RunInfo {
  std::string engine_version;  // "0.1.0"
  std::string pipeline_hash;   // 16 hex digits over the resolved pipeline
};

// Counts of one run. Always read == processed + rejected.
struct RunSummary {
  std::uint64_t read = 0;
  std::uint64_t processed = 0;
  std::uint64_t rejected = 0;
  double seconds = 0;
};

// A processed document as collectors and sinks see it: the document plus
// what the host derives from it once, on demand.
class DocumentView {
 public:
  virtual const Document& document() const = 0;
  // The annotations record (schemas/annotations.schema.json) as one line of
  // JSON without the newline. Computed on first call, then cached.
  virtual std::string_view annotations_json() const = 0;
  // The Unicode code point offset of a byte offset into document().text.
  virtual std::uint32_t code_point_offset(std::uint32_t byte_offset) const = 0;
  // 16 hex digits derived from the id and text: equal content, equal key.
  virtual std::string_view key() const = 0;

 protected:
  ~DocumentView() = default;
};

class Stage {
 public:
  virtual ~Stage() = default;
  virtual Status Process(Document& doc) = 0;
};

// Where collectors put the records they make (cluster, conflict, ...).
class RecordEmitter {
 public:
  virtual Status Emit(std::string_view kind, const nlohmann::json& record) = 0;

 protected:
  ~RecordEmitter() = default;
};

class Collector {
 public:
  virtual ~Collector() = default;
  // Called once per processed document, in input order.
  virtual Status Collect(const DocumentView& doc) = 0;
  // Called once after the last document.
  virtual Status Finish(RecordEmitter& out) = 0;
};

class Sink {
 public:
  virtual ~Sink() = default;
  // Called once before any write.
  virtual Status Open(const RunInfo& run) = 0;
  // Called once per processed document, in input order.
  virtual Status Write(const DocumentView& doc) = 0;
  // Records emitted by collectors. Sinks that do not store a kind ignore it.
  virtual Status WriteRecord(std::string_view kind,
                             const nlohmann::json& record) = 0;
  // Called once at the end, also after a failed run, so that what was
  // written is made durable.
  virtual Status Close(const RunSummary& summary) = 0;
};

}  // namespace claimex

#endif  // CLAIMEX_STAGE_H_
