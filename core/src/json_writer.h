// A streaming JSON writer into a reusable string buffer.
//
// Output records are written per document on the hot path; building an
// nlohmann::json tree per record and dumping it costs as much as the
// extraction itself, so records are written directly. The caller is
// responsible for well-formed nesting; keys and strings are escaped here.
#ifndef CLAIMEX_CORE_JSON_WRITER_H_
#define CLAIMEX_CORE_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claimex/document.h"

namespace claimex {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& BeginObject() { Separate(); out_ += '{'; first_ = true; return *this; }
  JsonWriter& EndObject() { out_ += '}'; first_ = false; return *this; }
  JsonWriter& BeginArray() { Separate(); out_ += '['; first_ = true; return *this; }
  JsonWriter& EndArray() { out_ += ']'; first_ = false; return *this; }

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
    if (!first_) out_ += ',';
    first_ = false;
  }

  std::string& out_;
  bool first_ = true;
  bool after_key_ = false;
};

// Appends `value` as a JSON string literal (with quotes) to `out`, then
// `after` unless it is 0 (a key's ':').
void AppendJsonString(std::string& out, std::string_view value, char after = 0);

}  // namespace claimex

#endif  // CLAIMEX_CORE_JSON_WRITER_H_
