// The reader: turns inputs into Documents, and bad input into rejects.
//
// Inputs are JSONL files (one document per line, schemas/document.schema.json),
// .txt files (one document each, id = file name), folders (their .jsonl and
// .txt files, sorted by name, not recursive so that corpus/gold/ and the
// like stay out), and "-" for JSONL on standard input. A line may end in LF
// or CRLF; a UTF-8 byte order mark at the start of a file is skipped; lines
// holding only whitespace are not documents and are not counted.
//
// Every other line or file yields exactly one item: a Document, or a reject
// saying where and why (malformed JSON, a missing or non-string id/text, a
// metadata field that is not a string, invalid UTF-8, over the size limit).
// Memory is bounded by the size limit: an overlong line is skipped without
// being held in memory.
//
// Reading is split in two so that the expensive half runs in parallel: Next()
// only frames lines (one thread), Decode() validates and parses them (any
// thread, one item at a time).
//
// Thread safety: one thread calls Next(); Decode() is a pure function of
// its item.
#ifndef CLAIMEX_CORE_READER_H_
#define CLAIMEX_CORE_READER_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimex/document.h"
#include "claimex/status.h"

namespace claimex {

struct Reject {
  std::string input;       // file name, or "-" for stdin
  std::uint64_t line = 0;  // 1-based line for JSONL input; 0 when not known
  std::string id;          // document id when known
  std::string stage;       // "reader" or the stage that failed
  std::string error;
};

struct ReaderOptions {
  std::size_t max_document_bytes = 16u << 20;  // larger documents are rejected
};

struct InputItem {
  std::optional<Document> document;
  std::string raw_line;  // a JSONL line that Decode() has yet to parse
  // For a document, only input, line and id are set: they locate it should a
  // stage reject it later. Without a document, the whole reject is set.
  Reject reject;
  std::size_t bytes = 0;  // input bytes this item consumed, for throughput
};

class Reader {
 public:
  Reader(std::vector<std::string> inputs, ReaderOptions options);
  ~Reader();

  // Expands folders and checks that every input exists and can be read, so
  // that a typo fails before any work is done.
  Status Open();

  // Fills `item` with the next input: a raw JSONL line, a document (.txt),
  // or a reject. False at the end.
  bool Next(InputItem& item);

  // Turns a raw line into a document or a reject; no-op for other items.
  static void Decode(InputItem& item);

 private:
  bool NextFromJsonl(InputItem& item);
  void ReadTextFile(const std::string& path, InputItem& item);
  // Reads the next line of the current JSONL file into line_. False at EOF.
  // Sets line_too_long_ when the line was over the limit (and dropped).
  bool ReadLine();
  void CloseCurrent();

  std::vector<std::string> inputs_;
  ReaderOptions options_;
  std::vector<std::string> files_;  // expanded, in reading order
  std::size_t next_file_ = 0;

  std::FILE* current_ = nullptr;
  std::string current_name_;
  std::uint64_t line_number_ = 0;
  std::string line_;
  std::size_t line_bytes_ = 0;  // true length, also for a dropped line
  bool line_too_long_ = false;
  std::unique_ptr<char[]> buffer_;  // kReadChunk bytes, not zeroed
  std::size_t buffer_pos_ = 0;
  std::size_t buffer_len_ = 0;
  bool eof_ = false;
};

// Builds a Document from one parsed JSON value, or explains what is wrong.
Status DocumentFromJson(const std::string& line, Document& doc);

}  // namespace claimex

#endif  // CLAIMEX_CORE_READER_H_
