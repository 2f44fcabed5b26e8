#include "json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <variant>

#include "json_bytes.h"

namespace claimex {

void JsonWriter::Grow(std::size_t n) {
  // Doubling keeps growth amortised; the new room is zero-filled once by
  // resize, then written over.
  out_.resize(std::max({out_.capacity(), 2 * out_.size(), size_ + n + 256}));
}

void JsonWriter::QuotedLongOrEscaped(std::string_view value, char after) {
  std::size_t special = FindJsonSpecialByte(value, 0);
  // A long string with nothing to escape, as nearly every one: one memcpy.
  if (special == value.size()) {
    char* p = Room(value.size() + 3);
    p[0] = '"';
    std::memcpy(p + 1, value.data(), value.size());
    p[value.size() + 1] = '"';
    p[value.size() + 2] = after;
    Advance(value.size() + (after != 0 ? 3 : 2));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  Put('"');
  std::size_t run_start = 0;
  for (; special < value.size(); special = FindJsonSpecialByte(value, special + 1)) {
    Put(value.substr(run_start, special - run_start));
    run_start = special + 1;
    const auto c = static_cast<unsigned char>(value[special]);
    switch (c) {
      case '"': Put("\\\""); break;
      case '\\': Put("\\\\"); break;
      case '\n': Put("\\n"); break;
      case '\r': Put("\\r"); break;
      case '\t': Put("\\t"); break;
      case '\b': Put("\\b"); break;
      case '\f': Put("\\f"); break;
      default: {
        const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
        Put(std::string_view(escape, sizeof escape));
      }
    }
  }
  Put(value.substr(run_start));
  Put('"');
  if (after != 0) Put(after);
}

void AppendJsonString(std::string& out, std::string_view value) { JsonWriter(out).String(value); }

bool JsonWriter::PutWholeDouble(double value) {
  // Below 1e15 every whole number is a double and its neighbours are less
  // than half away, so its shortest digits are its own digits without the
  // trailing zeros; -0 keeps its sign, which an integer would lose.
  if (!(value > -1e15 && value < 1e15)) return false;
  const auto whole = static_cast<std::int64_t>(value);
  if (static_cast<double>(whole) != value || (whole == 0 && std::signbit(value))) return false;
  char buf[32];
  char* const end = std::to_chars(buf, buf + 24, whole).ptr;
  char* const digits = buf + (whole < 0 ? 1 : 0);
  const auto length = static_cast<std::size_t>(end - digits);
  const char* last = end;
  while (last - 1 > digits && last[-1] == '0') --last;
  const auto significant = static_cast<std::size_t>(last - digits);
  // to_chars writes the shorter of %f and %e, %f on a tie. %e is the
  // digits, a point after the first of several, and e+ with a two-digit
  // exponent ("4e+07", "1.25e+09").
  const std::size_t scientific = (significant > 1 ? significant + 1 : 1) + 4;
  if (length <= scientific) {
    Put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
    return true;
  }
  char* p = digits + 1;
  if (significant > 1) {
    std::memmove(digits + 2, digits + 1, significant - 1);
    digits[1] = '.';
    p = digits + significant + 1;
  }
  const auto exponent = static_cast<int>(length - 1);
  *p++ = 'e';
  *p++ = '+';
  *p++ = static_cast<char>('0' + exponent / 10);
  *p++ = static_cast<char>('0' + exponent % 10);
  Put(std::string_view(buf, static_cast<std::size_t>(p - buf)));
  return true;
}

JsonWriter& JsonWriter::Int(std::int64_t value) {
  Separate();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  Put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  return *this;
}

JsonWriter& JsonWriter::UInt(std::uint64_t value) {
  Separate();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  Put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  return *this;
}

JsonWriter& JsonWriter::Double(double value) {
  if (!std::isfinite(value)) return Null();  // JSON has no NaN or infinity
  Separate();
  if (PutWholeDouble(value)) return *this;
  char buf[32];
  // Shortest representation that reads back to the same double.
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  Put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  Separate();
  Put(value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  Separate();
  Put("null");
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
      // The containers themselves: items() and the json iterators cost
      // more than the short members they visit (a fingerprint's
      // paragraphs).
      BeginObject();
      for (const auto& [key, member] : value.get_ref<const nlohmann::json::object_t&>()) Key(key).Json(member);
      return EndObject();
    case Type::array:
      BeginArray();
      for (const auto& element : value.get_ref<const nlohmann::json::array_t&>()) Json(element);
      return EndArray();
    case Type::string: return String(value.get_ref<const std::string&>());
    case Type::boolean: return Bool(value.get<bool>());
    case Type::number_integer: return Int(value.get<std::int64_t>());
    case Type::number_unsigned: return UInt(value.get<std::uint64_t>());
    case Type::number_float: {
      const std::size_t at = size_;
      Double(value.get<double>());
      // As nlohmann writes it: a float stays recognisably a float ("1.0").
      if (std::string_view(out_.data() + at, size_ - at).find_first_of(".en") == std::string_view::npos) Put(".0");
      return *this;
    }
    default: return Null();
  }
}

}  // namespace claimex
