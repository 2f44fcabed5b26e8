// Byte-level scanning shared by the JSON reader fast path and the writer.
#ifndef CLAIMEX_CORE_JSON_BYTES_H_
#define CLAIMEX_CORE_JSON_BYTES_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace claimex {

// Bytes a JSON string cannot carry as is: a quote, a backslash or a control
// character.
inline constexpr auto kJsonSpecialByte = [] {
  std::array<bool, 256> special{};
  for (int c = 0; c < 0x20; ++c) special[c] = true;
  special['"'] = special['\\'] = true;
  return special;
}();

// The first position at or after `i` holding a byte a JSON string cannot
// carry as is (a quote, a backslash or a control character), or s.size().
// News text is long runs of plain bytes, so it is skipped eight at a time.
inline std::size_t FindJsonSpecialByte(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  while (i + 8 <= s.size()) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    const std::uint64_t control = (word - kOnes * 0x20) & ~word;
    const std::uint64_t quote = ((word ^ (kOnes * '"')) - kOnes) & ~(word ^ (kOnes * '"'));
    const std::uint64_t backslash = ((word ^ (kOnes * '\\')) - kOnes) & ~(word ^ (kOnes * '\\'));
    if (((control | quote | backslash) & kHighs) != 0) break;
    i += 8;
  }
  for (; i < s.size(); ++i) {
    if (kJsonSpecialByte[static_cast<unsigned char>(s[i])]) return i;
  }
  return s.size();
}

}  // namespace claimex

#endif  // CLAIMEX_CORE_JSON_BYTES_H_
