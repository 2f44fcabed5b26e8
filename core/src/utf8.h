// UTF-8 validation and byte-to-code-point offset conversion.
#ifndef CLAIMEX_CORE_UTF8_H_
#define CLAIMEX_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace claimex {

// Returns the byte offset of the first byte that is not part of a well-formed
// UTF-8 sequence (overlong forms, surrogates and values over U+10FFFF are
// ill-formed), or nullopt when all of `text` is valid.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text);

// Maps byte offsets of one valid UTF-8 text to code point offsets in O(1)
// amortised: a checkpoint every kStride bytes, then a short scan. ASCII-only
// texts need no table at all.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  std::uint32_t ToCodePoint(std::uint32_t byte_offset) const;

 private:
  static constexpr std::uint32_t kStride = 64;
  std::string_view text_;
  bool ascii_ = true;
  std::vector<std::uint32_t> checkpoints_;  // code points before i*kStride
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_UTF8_H_
