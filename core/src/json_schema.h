// A JSON Schema validator for the subset claimex uses: plugin options and
// its own record formats.
//
// Supported keywords: type (a name or a list), properties, required,
// additionalProperties (boolean or schema), items, enum, const, minimum,
// maximum, minLength, maxLength, minItems, maxItems, pattern (RE2, searched
// as JSON Schema says), anyOf, oneOf, $ref to "#/$defs/..." or
// "#/definitions/...", and default. Other keywords (description, title,
// $schema, $id, examples, format) are annotations and ignored here; the
// pipeline loader reads `"format": "path"` of plugin options.
#ifndef CLAIMEX_CORE_JSON_SCHEMA_H_
#define CLAIMEX_CORE_JSON_SCHEMA_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimex/status.h"

namespace claimex {

struct SchemaErrors {
  // Each "<JSON pointer>: <what is wrong>", e.g. "/threads: 0 is below the
  // minimum 1".
  std::vector<std::string> messages;
  bool empty() const { return messages.empty(); }
  std::string Join() const;
};

// Checks `instance` against `schema`. When `fill_defaults` is set, object
// properties that are missing and have a "default" are added to `instance`
// first, so that a valid result is complete.
SchemaErrors ValidateJson(const nlohmann::json& schema,
                          nlohmann::json& instance, bool fill_defaults);

// Checks that `schema` uses only what ValidateJson understands, so that a
// typo in a plugin's schema is caught when the plugin loads, not ignored.
Status CheckSchema(const nlohmann::json& schema);

}  // namespace claimex

#endif  // CLAIMEX_CORE_JSON_SCHEMA_H_
