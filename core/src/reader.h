// The reader: turns inputs into Documents, and bad input into rejects.
//
// Inputs are JSONL files (one document per line, schemas/document.schema.json),
// .txt files (one document each, id = file name), folders (their .jsonl and
// .txt files, sorted by name, not recursive so that corpus/gold/ and the
// like stay out), and "-" for JSONL on standard input. A line may end in LF
// or CRLF; a UTF-8 byte order mark at the start of a file is skipped; lines
// holding only whitespace are not documents and are not counted.
//
// Inputs are checked without being consumed (stat, access) and then read
// exactly once, so "-", FIFOs and process substitutions (<(zcat x.gz)) work;
// a stream given twice is refused, since its second reading would be empty
// or would block. The same regular file given twice is read twice.
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

#include <sys/types.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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
  // Of the text as read, set with the document: tells two documents that
  // share an id apart (see DocumentIds).
  std::optional<std::uint64_t> text_hash;
};

// What a path is on the file system: equal for two names of one file
// (links, "./x" and "x", /dev/stdin and "-"), which string comparison misses.
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  bool regular = false;  // false for FIFOs, terminals and other streams
  friend bool operator==(const FileIdentity& a, const FileIdentity& b) {
    return a.device == b.device && a.inode == b.inode;
  }
};

// stat() of `path` ("-" is standard input); nullopt when it does not exist
// or cannot be examined.
std::optional<FileIdentity> IdentityOf(const std::string& path);

struct InputFile {
  std::string name;  // as given, or the folder's path joined with the file's
  FileIdentity identity;
};

// One id names one text. The first document to use an id owns it; a later
// document with that id and the same text is the same document again (and
// idempotent everywhere downstream), one with another text is refused, since
// keys, sources and copy groups downstream are per id and would merge the two.
class DocumentIds {
 public:
  struct Owner {
    std::string input;
    std::uint64_t line = 0;
  };
  // Null when `id` is new or names `text_hash` already; else where the
  // text it names was first seen.
  const Owner* Claim(const std::string& id, std::uint64_t text_hash, const std::string& input, std::uint64_t line);
  // The error of a reject for a document refused by Claim.
  static std::string Refusal(const std::string& id, const Owner& owner);

 private:
  struct Entry {
    std::uint64_t text_hash;
    std::uint32_t input;  // index into inputs_
    std::uint64_t line;
  };
  std::unordered_map<std::string, Entry> ids_;
  std::vector<std::string> inputs_;
  Owner owner_;
};

// The hash DocumentIds compares: fast, and equal only within one process.
std::uint64_t TextHash(std::string_view text);

class Reader {
 public:
  Reader(std::vector<std::string> inputs, ReaderOptions options);
  ~Reader();

  // Expands folders and checks that every input exists and can be read, so
  // that a typo fails before any work is done: NotFound or IOError naming
  // the input; InvalidArgument for a stream given twice.
  Status Open();

  // After Open(): every file that will be read, in reading order.
  const std::vector<InputFile>& files() const { return files_; }

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
  std::vector<InputFile> files_;  // expanded, in reading order
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
