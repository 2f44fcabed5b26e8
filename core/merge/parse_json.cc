#include "parse_json.h"

#include <string>

#include <simdjson.h>

namespace claimex {
namespace {

using nlohmann::json;

json Build(simdjson::dom::element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::OBJECT: {
      json out = json::object();
      // Of a key given twice, the last value, as nlohmann keeps it.
      for (simdjson::dom::key_value_pair field : simdjson::dom::object(e)) {
        out[std::string(field.key)] = Build(field.value);
      }
      return out;
    }
    case simdjson::dom::element_type::ARRAY: {
      json out = json::array();
      for (simdjson::dom::element item : simdjson::dom::array(e)) out.push_back(Build(item));
      return out;
    }
    case simdjson::dom::element_type::STRING:
      return std::string(std::string_view(e));
    // nlohmann reads an integer that is not negative as unsigned.
    case simdjson::dom::element_type::INT64: {
      const std::int64_t v = std::int64_t(e);
      return v >= 0 ? json(static_cast<std::uint64_t>(v)) : json(v);
    }
    case simdjson::dom::element_type::UINT64:
      return std::uint64_t(e);
    case simdjson::dom::element_type::DOUBLE:
      return double(e);
    case simdjson::dom::element_type::BOOL:
      return bool(e);
    case simdjson::dom::element_type::NULL_VALUE:
      return nullptr;
  }
  return nullptr;
}

// "-0" where a number may start and end: a date's "-01" is not one. Text
// of a string that looks so only costs the slower parse.
bool MayHoldNegativeZero(std::string_view text) {
  for (std::size_t at = text.find("-0"); at != std::string_view::npos; at = text.find("-0", at + 1)) {
    const bool starts =
        at == 0 || std::string_view(" \t\n\r[,:").find(text[at - 1]) != std::string_view::npos;
    const bool ends = at + 2 == text.size() ||
                      std::string_view("0123456789.eE").find(text[at + 2]) == std::string_view::npos;
    if (starts && ends) return true;
  }
  return false;
}

// `text` parsed by simdjson; false when nlohmann must decide: nlohmann
// reads "-0" as a signed integer, which simdjson does not tell from 0, and
// text simdjson refuses may still be nlohmann's.
bool ParseFast(std::string_view text, simdjson::dom::element* root) {
  if (MayHoldNegativeZero(text)) return false;
  thread_local simdjson::dom::parser parser;
  // simdjson reads past the end of its input, which must be padded.
  thread_local std::string padded;
  padded.reserve(text.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(text);
  return parser.parse(padded.data(), padded.size(), false).get(*root) == simdjson::SUCCESS;
}

}  // namespace

json ParseJson(std::string_view text, TopLevelFields keep) {
  simdjson::dom::element root;
  if (!ParseFast(text, &root)) return json::parse(text, nullptr, false);
  if (keep == nullptr || !root.is_object()) return Build(root);
  const simdjson::dom::object object(root);
  std::string_view schema;
  if (object["schema"].get(schema) != simdjson::SUCCESS) schema = {};
  json out = json::object();
  for (simdjson::dom::key_value_pair field : object) {
    if (keep(schema, field.key)) out[std::string(field.key)] = Build(field.value);
  }
  return out;
}

std::vector<json> ParseJsonItems(std::string_view text, std::string_view array, std::string_view having,
                                 std::size_t limit) {
  std::vector<json> items;
  simdjson::dom::element root;
  if (!ParseFast(text, &root)) {
    const json whole = json::parse(text, nullptr, false);
    const std::string name(array);
    if (!whole.is_object() || !whole.contains(name) || !whole[name].is_array()) return items;
    for (const json& item : whole[name]) {
      if (items.size() == limit) break;
      if (item.is_object() && item.contains(std::string(having))) items.push_back(item);
    }
    return items;
  }
  simdjson::dom::array listed;
  if (root[array].get(listed) != simdjson::SUCCESS) return items;
  for (simdjson::dom::element item : listed) {
    if (items.size() == limit) break;
    simdjson::dom::element field;
    if (item.is_object() && item[having].get(field) == simdjson::SUCCESS) items.push_back(Build(item));
  }
  return items;
}

}  // namespace claimex
