// Typed reads of annotation attributes written by other stages: the SDK's
// (claimex/layers.h) under the names the plugins use.
#ifndef CLAIMEX_PLUGINS_COMMON_ATTRS_H_
#define CLAIMEX_PLUGINS_COMMON_ATTRS_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimex/layers.h"

namespace claimex::plugin {

inline std::optional<double> AttrDouble(const Annotation& a, std::string_view key) { return GetNumber(a, key); }
inline bool AttrBool(const Annotation& a, std::string_view key) { return GetBool(a, key); }
inline std::string_view AttrView(const Annotation& a, std::string_view key) { return GetString(a, key); }
inline std::string AttrString(const Annotation& a, std::string_view key) { return std::string(GetString(a, key)); }

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_ATTRS_H_
