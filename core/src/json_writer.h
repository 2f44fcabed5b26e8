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
  JsonWriter& Key(std::string_view key) {
    Separate();
    QuotedString(key, ':');
    after_key_ = true;
    return *this;
  }

  JsonWriter& String(std::string_view value) {
    Separate();
    QuotedString(value, 0);
    return *this;
  }
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
  // Writes a whole-numbered `value` as std::to_chars would, at a fraction
  // of its cost (its shortest-digits search); false, writing nothing, when
  // `value` is not whole or not below 1e15 in magnitude.
  bool PutWholeDouble(double value);
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
  // `value` quoted and escaped, then `after` unless it is 0. Inline for
  // short strings with nothing to escape, nearly every key and value: a few
  // hundred thousand of them per megabyte of text, where a call and its
  // prologue cost as much as the copy.
  void QuotedString(std::string_view value, char after) {
    if (value.size() <= kShortString) {
      char* p = Room(value.size() + 3);
      if (!CopyShort(p + 1, value.data(), value.size())) {
        p[0] = '"';
        p[value.size() + 1] = '"';
        p[value.size() + 2] = after;
        Advance(value.size() + (after != 0 ? 3 : 2));
        return;
      }
    }
    QuotedLongOrEscaped(value, after);
  }
  void QuotedLongOrEscaped(std::string_view value, char after);

  // Nonzero when one of the eight bytes of `word` is a quote, a backslash
  // or a control character (exact as a whole; which byte it flags is not).
  static std::uint64_t SpecialBytes(std::uint64_t word) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    const std::uint64_t quote = word ^ (kOnes * '"'), backslash = word ^ (kOnes * '\\');
    return (((word - kOnes * 0x20) & ~word) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash)) & kHighs;
  }
  // Copies `size` bytes from `from` to `to` eight at a time, the last eight
  // overlapping the ones before, and says whether any needs escaping: for
  // strings of a few bytes, whole words cost less than a byte loop or a
  // scan followed by a memcpy call.
  static bool CopyShort(char* to, const char* from, std::size_t size) {
    std::uint64_t special = 0, word;
    if (size >= 8) {
      for (std::size_t i = 0; i + 8 < size; i += 8) {
        std::memcpy(&word, from + i, 8);
        std::memcpy(to + i, &word, 8);
        special |= SpecialBytes(word);
      }
      std::memcpy(&word, from + size - 8, 8);
      std::memcpy(to + size - 8, &word, 8);
      return (special | SpecialBytes(word)) != 0;
    }
    if (size >= 4) {
      std::uint32_t head, tail;
      std::memcpy(&head, from, 4);
      std::memcpy(&tail, from + size - 4, 4);
      std::memcpy(to, &head, 4);
      std::memcpy(to + size - 4, &tail, 4);
      return SpecialBytes(std::uint64_t{tail} << 32 | head) != 0;
    }
    // Three bytes at most: the rest of the word is filled with 'a', which
    // needs no escape.
    word = 0x6161616161616161ULL;
    for (std::size_t i = 0; i < size; ++i) {
      to[i] = from[i];
      word = word << 8 | static_cast<unsigned char>(from[i]);
    }
    return SpecialBytes(word) != 0;
  }

  std::string& out_;
  std::size_t size_;  // bytes of out_ written; the rest is room
  bool first_ = true;
  bool after_key_ = false;
};

// Appends `value` as a JSON string literal (with quotes) to `out`.
void AppendJsonString(std::string& out, std::string_view value);

}  // namespace claimex

#endif  // CLAIMEX_CORE_JSON_WRITER_H_
