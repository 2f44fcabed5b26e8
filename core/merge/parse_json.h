// JSON text to nlohmann::json, faster: simdjson finds the structure and
// checks the text (UTF-8 too), nlohmann builds only the value. A merge and
// a store read every claim several times, and nlohmann's own lexer was
// half of their time (bench/dask.sh, bench/store.sh).
//
// Thread safety: each thread parses with a parser of its own.
#ifndef CLAIMEX_CORE_MERGE_PARSE_JSON_H_
#define CLAIMEX_CORE_MERGE_PARSE_JSON_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimex {

// Whether to build field `field` of the top-level object, whose "schema"
// is `schema` (empty when it has none): what a reader skips is never built.
using TopLevelFields = bool (*)(std::string_view schema, std::string_view field);

// The value json::parse(text, nullptr, false) gives, to the same bytes when
// dumped (a discarded value when `text` is not JSON): text simdjson refuses
// (nesting past its depth, an integer past 64 bits), and text that may hold
// "-0", go to nlohmann, which decides. With `keep`, top-level fields it
// refuses are left out.
nlohmann::json ParseJson(std::string_view text, TopLevelFields keep = nullptr);

// The first `limit` items of the top-level object's array `array` that are
// objects holding `having`, as ParseJson builds them (none when `text` is
// not such an object): a few items of a large array, the rest never built.
std::vector<nlohmann::json> ParseJsonItems(std::string_view text, std::string_view array, std::string_view having,
                                           std::size_t limit);

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_PARSE_JSON_H_
