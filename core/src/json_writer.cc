#include "json_writer.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <variant>

#include "json_bytes.h"

namespace claimex {

void AppendJsonString(std::string& out, std::string_view value, char after) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::size_t i = FindJsonSpecialByte(value, 0);
  if (i == value.size()) {
    // Nothing to escape (nearly every key and value): one copy.
    const std::size_t at = out.size();
    out.resize(at + value.size() + (after != 0 ? 3 : 2));
    char* p = out.data() + at;
    *p++ = '"';
    std::memcpy(p, value.data(), value.size());
    p[value.size()] = '"';
    if (after != 0) p[value.size() + 1] = after;
    return;
  }
  out += '"';
  std::size_t run_start = 0;
  for (; i < value.size(); i = FindJsonSpecialByte(value, i + 1)) {
    const auto c = static_cast<unsigned char>(value[i]);
    out.append(value.data() + run_start, i - run_start);
    run_start = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xf];
    }
  }
  out.append(value.data() + run_start, value.size() - run_start);
  out += '"';
  if (after != 0) out += after;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  Separate();
  AppendJsonString(out_, key, ':');
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  Separate();
  AppendJsonString(out_, value);
  return *this;
}

JsonWriter& JsonWriter::Int(std::int64_t value) {
  Separate();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out_.append(buf, end);
  return *this;
}

JsonWriter& JsonWriter::UInt(std::uint64_t value) {
  Separate();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out_.append(buf, end);
  return *this;
}

JsonWriter& JsonWriter::Double(double value) {
  if (!std::isfinite(value)) return Null();  // JSON has no NaN or infinity
  Separate();
  char buf[32];
  // Shortest representation that reads back to the same double.
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out_.append(buf, end);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  Separate();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::Null() {
  Separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::Value(const AttrValue& value) {
  std::visit(
      [this](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) Null();
        else if constexpr (std::is_same_v<T, bool>) Bool(v);
        else if constexpr (std::is_same_v<T, std::int64_t>) Int(v);
        else if constexpr (std::is_same_v<T, double>) Double(v);
        else String(v);
      },
      value);
  return *this;
}

JsonWriter& JsonWriter::Json(const nlohmann::json& value) {
  using Type = nlohmann::json::value_t;
  switch (value.type()) {
    case Type::object:
      BeginObject();
      for (const auto& [key, member] : value.items()) Key(key).Json(member);
      return EndObject();
    case Type::array:
      BeginArray();
      for (const auto& element : value) Json(element);
      return EndArray();
    case Type::string: return String(value.get_ref<const std::string&>());
    case Type::boolean: return Bool(value.get<bool>());
    case Type::number_integer: return Int(value.get<std::int64_t>());
    case Type::number_unsigned: return UInt(value.get<std::uint64_t>());
    case Type::number_float: {
      const std::size_t at = out_.size();
      Double(value.get<double>());
      // As nlohmann writes it: a float stays recognisably a float ("1.0").
      if (out_.find_first_of(".en", at) == std::string::npos) out_ += ".0";
      return *this;
    }
    default: return Null();
  }
}

}  // namespace claimex
