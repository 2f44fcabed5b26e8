// Typed reads of annotation attributes written by other stages.
#ifndef CLAIMEX_PLUGINS_COMMON_ATTRS_H_
#define CLAIMEX_PLUGINS_COMMON_ATTRS_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimex/document.h"

namespace claimex::plugin {

inline std::optional<double> AttrDouble(const Annotation& a, std::string_view key) {
  const AttrValue* v = a.Get(key);
  if (v == nullptr) return std::nullopt;
  if (const auto* d = std::get_if<double>(v)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(v)) return static_cast<double>(*i);
  return std::nullopt;
}

inline bool AttrBool(const Annotation& a, std::string_view key) {
  const AttrValue* v = a.Get(key);
  const auto* b = v ? std::get_if<bool>(v) : nullptr;
  return b != nullptr && *b;
}

// A view of the annotation's own string, valid while the annotation is.
inline std::string_view AttrView(const Annotation& a, std::string_view key) {
  const AttrValue* v = a.Get(key);
  const auto* s = v ? std::get_if<std::string>(v) : nullptr;
  return s ? std::string_view(*s) : std::string_view();
}

inline std::string AttrString(const Annotation& a, std::string_view key) { return std::string(AttrView(a, key)); }

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_ATTRS_H_
