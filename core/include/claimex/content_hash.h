// ContentHash: keys derived from content, equal across runs and machines.
//
// Database rows are keyed by a hash of what they contain, so that writing
// the same thing twice is a no-op. The function is 64-bit FNV-1a, fixed by
// definition, so keys survive upgrades of the compiler and of claimex.
//
// Thread safety: a plain value.
#ifndef CLAIMEX_CONTENT_HASH_H_
#define CLAIMEX_CONTENT_HASH_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace claimex {

class ContentHash {
 public:
  ContentHash& Add(std::string_view bytes) {
    // Eight bytes a load: every document's text is hashed once for its key,
    // and a loop step per byte cost half again as much. Same value.
    // (The low byte of a little-endian load is the first.)
    std::size_t i = 0;
    if constexpr (std::endian::native == std::endian::little) {
      for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, 8);
        for (int k = 0; k < 8; ++k, word >>= 8) state_ = (state_ ^ (word & 0xff)) * kPrime;
      }
    }
    for (; i < bytes.size(); ++i) state_ = (state_ ^ static_cast<unsigned char>(bytes[i])) * kPrime;
    return *this;
  }
  // Separates fields so that ("ab","c") and ("a","bc") differ.
  ContentHash& AddField(std::string_view bytes) {
    Add(bytes);
    return Add(std::string_view("\x1f", 1));
  }
  std::uint64_t value() const { return state_; }
  std::string Hex() const;

 private:
  static constexpr std::uint64_t kPrime = 0x100000001b3ULL;
  std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

inline std::string ContentHash::Hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  std::uint64_t v = state_;
  for (int i = 15; i >= 0; --i, v >>= 4) out[i] = kDigits[v & 0xf];
  return out;
}

}  // namespace claimex

#endif  // CLAIMEX_CONTENT_HASH_H_
