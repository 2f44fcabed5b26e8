// A streaming JSON writer into a reusable string buffer.
//
// Output records are written per document on the hot path; building an
// nlohmann::json tree per record and dumping it costs as much as the
// extraction itself, so records are written directly. The writer appends
// through a raw pointer into room it makes in the string (a few hundred
// thousand short keys and values per megabyte of text make std::string's
// per-call checks the main cost otherwise), so the string holds exactly what
// was written only after Finish() or the writer's end. The caller is
// responsible for well-formed nesting; keys and strings are escaped here.
#ifndef CLAIMEX_CORE_JSON_WRITER_H_
#define CLAIMEX_CORE_JSON_WRITER_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimex/document.h"

namespace claimex {

class JsonWriter {
 public:
  // Appends to `out`.
  explicit JsonWriter(std::string& out) : out_(out), size_(out.size()) {}
  ~JsonWriter() { Finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Cuts `out` to what was written; writing may go on after it.
  void Finish() { out_.resize(size_); }

  JsonWriter& BeginObject() { Separate(); Put('{'); first_ = true; return *this; }
  JsonWriter& EndObject() { Put('}'); first_ = false; return *this; }
  JsonWriter& BeginArray() { Separate(); Put('['); first_ = true; return *this; }
  JsonWriter& EndArray() { Put(']'); first_ = false; return *this; }

  // Writes `"key":`; the next value call writes the value.
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view value);
  JsonWriter& Int(std::int64_t value);
  JsonWriter& UInt(std::uint64_t value);
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  JsonWriter& Value(const AttrValue& value);
  // Embeds an nlohmann value (small, document-level properties).
  JsonWriter& Json(const nlohmann::json& value);

 private:
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_) Put(',');
    first_ = false;
  }
  // Where the next `n` bytes go; they count once Advance(n) says so.
  char* Room(std::size_t n) {
    if (out_.size() - size_ < n) Grow(n);
    return out_.data() + size_;
  }
  void Grow(std::size_t n);
  void Advance(std::size_t n) { size_ += n; }
  void Put(char c) {
    *Room(1) = c;
    ++size_;
  }
  void Put(std::string_view bytes) {
    std::memcpy(Room(bytes.size()), bytes.data(), bytes.size());
    size_ += bytes.size();
  }
  static constexpr std::size_t kShortString = 32;
  // `value` quoted and escaped, then `after` unless it is 0.
  void QuotedString(std::string_view value, char after);

  std::string& out_;
  std::size_t size_;  // bytes of out_ written; the rest is room
  bool first_ = true;
  bool after_key_ = false;
};

// Appends `value` as a JSON string literal (with quotes) to `out`.
void AppendJsonString(std::string& out, std::string_view value);

}  // namespace claimex

#endif  // CLAIMEX_CORE_JSON_WRITER_H_
