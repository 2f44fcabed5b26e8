#include "json_schema.h"

#include <cmath>
#include <set>
#include <string_view>

#include <re2/re2.h>

namespace claimex {
namespace {

using nlohmann::json;

std::string Describe(const json& v) {
  std::string s = v.dump(-1, ' ', false, json::error_handler_t::replace);
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

bool HasType(const json& v, std::string_view type) {
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "string") return v.is_string();
  if (type == "boolean") return v.is_boolean();
  if (type == "null") return v.is_null();
  if (type == "number") return v.is_number();
  if (type == "integer") {
    if (v.is_number_integer()) return true;
    if (v.is_number_float()) {
      // A number with no fractional part, however large (JSON Schema); a
      // cast to an integer type would be undefined past its range.
      const double d = v.get<double>();
      return std::isfinite(d) && d == std::trunc(d);
    }
  }
  return false;
}

std::size_t CodePoints(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

class Validator {
 public:
  Validator(const json& root, bool fill_defaults)
      : root_(root), fill_defaults_(fill_defaults) {}

  void Validate(const json& schema, json& v, const std::string& at,
                std::vector<std::string>& errors, int depth = 0) const {
    if (depth > 64) {
      errors.push_back(at + ": schema nests too deep (a $ref cycle?)");
      return;
    }
    if (schema.is_boolean()) {
      if (!schema.get<bool>()) errors.push_back(at + ": no value is allowed here");
      return;
    }
    if (!schema.is_object()) return;
    const std::string where = at.empty() ? "/" : at;

    if (auto it = schema.find("$ref"); it != schema.end()) {
      const json* target = Resolve(it->get<std::string>());
      if (target == nullptr) {
        errors.push_back(where + ": unresolvable $ref " + it->dump());
        return;
      }
      Validate(*target, v, at, errors, depth + 1);
    }
    if (auto it = schema.find("type"); it != schema.end()) {
      bool match = false;
      if (it->is_string()) {
        match = HasType(v, it->get<std::string>());
      } else {
        for (const auto& t : *it) match = match || HasType(v, t.get<std::string>());
      }
      if (!match) {
        errors.push_back(where + ": expected " + it->dump() + ", got " + Describe(v));
        return;  // the other keywords would only repeat the mismatch
      }
    }
    if (auto it = schema.find("enum"); it != schema.end()) {
      bool found = false;
      for (const auto& e : *it) found = found || e == v;
      if (!found) errors.push_back(where + ": " + Describe(v) + " is not one of " + it->dump());
    }
    if (auto it = schema.find("const"); it != schema.end() && *it != v) {
      errors.push_back(where + ": must be " + it->dump());
    }
    if (v.is_number()) CheckNumber(schema, v, where, errors);
    if (v.is_string()) CheckString(schema, v.get<std::string>(), where, errors);
    if (v.is_array()) CheckArray(schema, v, at, errors, depth);
    if (v.is_object()) CheckObject(schema, v, at, errors, depth);
    if (auto it = schema.find("anyOf"); it != schema.end()) {
      CheckAlternatives(*it, v, at, errors, depth, /*exactly_one=*/false);
    }
    if (auto it = schema.find("oneOf"); it != schema.end()) {
      CheckAlternatives(*it, v, at, errors, depth, /*exactly_one=*/true);
    }
  }

 private:
  const json* Resolve(const std::string& ref) const {
    if (ref.rfind("#/", 0) != 0) return nullptr;
    try {
      const json::json_pointer pointer(ref.substr(1));
      if (!root_.contains(pointer)) return nullptr;
      return &root_.at(pointer);
    } catch (const json::exception&) {
      return nullptr;
    }
  }

  void CheckNumber(const json& schema, const json& v, const std::string& where,
                   std::vector<std::string>& errors) const {
    const double d = v.get<double>();
    if (auto it = schema.find("minimum"); it != schema.end() && d < it->get<double>()) {
      errors.push_back(where + ": " + v.dump() + " is below the minimum " + it->dump());
    }
    if (auto it = schema.find("maximum"); it != schema.end() && d > it->get<double>()) {
      errors.push_back(where + ": " + v.dump() + " is above the maximum " + it->dump());
    }
  }

  void CheckString(const json& schema, const std::string& s,
                   const std::string& where,
                   std::vector<std::string>& errors) const {
    const std::size_t length = CodePoints(s);
    if (auto it = schema.find("minLength"); it != schema.end() && length < it->get<std::size_t>()) {
      errors.push_back(where + ": shorter than " + it->dump() + " characters");
    }
    if (auto it = schema.find("maxLength"); it != schema.end() && length > it->get<std::size_t>()) {
      errors.push_back(where + ": longer than " + it->dump() + " characters");
    }
    if (auto it = schema.find("pattern"); it != schema.end()) {
      const RE2 re(it->get<std::string>());
      if (!re.ok()) {
        errors.push_back(where + ": bad pattern in schema: " + re.error());
      } else if (!RE2::PartialMatch(s, re)) {
        errors.push_back(where + ": " + Describe(s) + " does not match " + it->dump());
      }
    }
  }

  void CheckArray(const json& schema, json& v, const std::string& at,
                  std::vector<std::string>& errors, int depth) const {
    const std::string where = at.empty() ? "/" : at;
    if (auto it = schema.find("minItems"); it != schema.end() && v.size() < it->get<std::size_t>()) {
      errors.push_back(where + ": fewer than " + it->dump() + " items");
    }
    if (auto it = schema.find("maxItems"); it != schema.end() && v.size() > it->get<std::size_t>()) {
      errors.push_back(where + ": more than " + it->dump() + " items");
    }
    if (auto it = schema.find("items"); it != schema.end()) {
      for (std::size_t i = 0; i < v.size(); ++i) {
        Validate(*it, v[i], at + "/" + std::to_string(i), errors, depth + 1);
      }
    }
  }

  void CheckObject(const json& schema, json& v, const std::string& at,
                   std::vector<std::string>& errors, int depth) const {
    const std::string where = at.empty() ? "/" : at;
    const auto props = schema.find("properties");
    if (props != schema.end() && fill_defaults_) {
      for (const auto& [name, sub] : props->items()) {
        if (!v.contains(name) && sub.is_object() && sub.contains("default")) {
          v[name] = sub["default"];
        }
      }
    }
    if (auto it = schema.find("required"); it != schema.end()) {
      for (const auto& name : *it) {
        if (!v.contains(name.get<std::string>())) {
          errors.push_back(where + ": missing required property " + name.dump());
        }
      }
    }
    const auto additional = schema.find("additionalProperties");
    for (auto& [name, value] : v.items()) {
      const std::string child = at + "/" + name;
      if (props != schema.end() && props->contains(name)) {
        Validate((*props)[name], value, child, errors, depth + 1);
      } else if (additional != schema.end()) {
        if (additional->is_boolean() && !additional->get<bool>()) {
          std::string known;
          if (props != schema.end()) {
            for (const auto& [k, unused] : props->items()) known += (known.empty() ? "" : ", ") + k;
          }
          errors.push_back(where + ": unknown property \"" + name + "\"" +
                           (known.empty() ? "" : " (known: " + known + ")"));
        } else {
          Validate(*additional, value, child, errors, depth + 1);
        }
      }
    }
  }

  void CheckAlternatives(const json& options, json& v, const std::string& at,
                         std::vector<std::string>& errors, int depth,
                         bool exactly_one) const {
    int matches = 0;
    json accepted;
    std::vector<std::string> reasons;
    for (const auto& option : options) {
      json candidate = v;  // defaults of a failed branch must not leak
      std::vector<std::string> branch_errors;
      Validate(option, candidate, at, branch_errors, depth + 1);
      if (branch_errors.empty()) {
        if (matches++ == 0) accepted = std::move(candidate);
      } else {
        reasons.push_back(branch_errors.front());
      }
    }
    const std::string where = at.empty() ? "/" : at;
    if (matches == 0) {
      std::string why;
      for (const auto& r : reasons) why += (why.empty() ? "" : "; ") + r;
      errors.push_back(where + ": matches none of the allowed forms (" + why + ")");
    } else if (exactly_one && matches > 1) {
      errors.push_back(where + ": matches more than one of the oneOf forms");
    } else {
      v = std::move(accepted);
    }
  }

  const json& root_;
  bool fill_defaults_;
};

const std::set<std::string, std::less<>>& KnownKeywords() {
  static const std::set<std::string, std::less<>> kKnown = {
      "type", "properties", "required", "additionalProperties", "items",
      "enum", "const", "minimum", "maximum", "minLength", "maxLength",
      "minItems", "maxItems", "pattern", "anyOf", "oneOf", "$ref", "default",
      "description", "title", "$schema", "$id", "$defs", "definitions",
      "examples", "$comment", "format"};
  return kKnown;
}

Status CheckSchemaAt(const json& schema, const std::string& at) {
  if (schema.is_boolean()) return Status::OK();
  if (!schema.is_object()) {
    return Status::InvalidArgument(at + ": a schema must be an object or a boolean");
  }
  for (const auto& [key, value] : schema.items()) {
    if (!KnownKeywords().contains(key)) {
      return Status::InvalidArgument(at + ": unsupported schema keyword \"" + key + "\"");
    }
    if (key == "properties" || key == "$defs" || key == "definitions") {
      if (!value.is_object()) return Status::InvalidArgument(at + "/" + key + ": must be an object");
      for (const auto& [name, sub] : value.items()) {
        if (Status s = CheckSchemaAt(sub, at + "/" + key + "/" + name); !s.ok()) return s;
      }
    } else if (key == "items" || key == "additionalProperties") {
      if (Status s = CheckSchemaAt(value, at + "/" + key); !s.ok()) return s;
    } else if (key == "anyOf" || key == "oneOf") {
      if (!value.is_array()) return Status::InvalidArgument(at + "/" + key + ": must be an array");
      for (std::size_t i = 0; i < value.size(); ++i) {
        if (Status s = CheckSchemaAt(value[i], at + "/" + key + "/" + std::to_string(i)); !s.ok()) return s;
      }
    } else if (key == "pattern") {
      const RE2 re(value.get<std::string>(), RE2::Quiet);
      if (!re.ok()) return Status::InvalidArgument(at + "/pattern: " + re.error());
    }
  }
  return Status::OK();
}

}  // namespace

std::string SchemaErrors::Join() const {
  std::string out;
  for (const auto& m : messages) out += (out.empty() ? "" : "; ") + m;
  return out;
}

SchemaErrors ValidateJson(const json& schema, json& instance, bool fill_defaults) {
  SchemaErrors errors;
  try {
    Validator(schema, fill_defaults).Validate(schema, instance, "", errors.messages);
  } catch (const json::exception& e) {
    // A keyword with a value of the wrong type in the schema itself.
    errors.messages.push_back(std::string("malformed schema: ") + e.what());
  }
  return errors;
}

Status CheckSchema(const json& schema) {
  try {
    return CheckSchemaAt(schema, "");
  } catch (const json::exception& e) {
    return Status::InvalidArgument(std::string("malformed schema: ") + e.what());
  }
}

}  // namespace claimex
