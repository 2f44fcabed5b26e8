#include "utf8.h"

#include <algorithm>
#include <cstring>

namespace claimex {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Code points in text[begin, end): every byte but continuation bytes,
// counted eight at a time (a continuation byte is 10xxxxxx: high bit set,
// next bit clear).
std::uint32_t CountCodePoints(std::string_view text, std::size_t begin, std::size_t end) {
  std::uint32_t count = 0;
  std::size_t i = begin;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    const std::uint64_t continuation = (word & ~(word << 1) & 0x8080808080808080ULL) >> 7;
    // One bit per byte: the multiply sums the eight bytes into the top one.
    count += 8 - static_cast<std::uint32_t>((continuation * 0x0101010101010101ULL) >> 56);
  }
  for (; i < end; ++i) {
    if (!IsContinuation(static_cast<unsigned char>(text[i]))) ++count;
  }
  return count;
}

// The same, for `end` less than kStride past `begin` in a text that has
// eight bytes from `begin + 8 * k` on for every k that starts inside the
// range: the last word is read whole and its bytes past `end` masked off.
std::uint32_t CountCodePointsShort(std::string_view text, std::size_t begin, std::size_t end) {
  std::uint32_t count = 0;
  for (std::size_t i = begin; i < end; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    const std::size_t n = std::min<std::size_t>(8, end - i);
    // n bytes count; the others are made ASCII (no continuation bytes).
    if (n < 8) word &= ~std::uint64_t{0} >> (8 * (8 - n));
    const std::uint64_t continuation = (word & ~(word << 1) & 0x8080808080808080ULL) >> 7;
    count += static_cast<std::uint32_t>(n) - static_cast<std::uint32_t>((continuation * 0x0101010101010101ULL) >> 56);
  }
  return count;
}

bool IsAscii(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Most news text is ASCII: skip it eight bytes at a time.
    if (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // valid range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // over U+10FFFF
    } else {
      return i;
    }
    if (i + len > n || s[i + 1] < lo || s[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k) {
      if (!IsContinuation(s[i + k])) return i;
    }
    i += len;
  }
  return std::nullopt;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  ascii_ = IsAscii(text);
  if (ascii_) return;
  checkpoints_.reserve(text.size() / kStride + 1);
  std::uint32_t count = 0;
  for (std::size_t block = 0; block < text.size(); block += kStride) {
    checkpoints_.push_back(count);
    count += CountCodePoints(text, block, std::min(text.size(), block + kStride));
  }
}

std::uint32_t CodePointIndex::ToCodePoint(std::uint32_t byte_offset) const {
  if (ascii_) return byte_offset;
  const std::size_t at = std::min<std::size_t>(byte_offset, text_.size());
  const std::size_t block = std::min(at / kStride, checkpoints_.size() - 1);
  // Whole words from the block start where the text goes on that far:
  // records ask for every mention's two offsets, and a byte loop at the end
  // of each count cost as much as the rest.
  if (block * kStride + kStride + 8 <= text_.size()) {
    return checkpoints_[block] + CountCodePointsShort(text_, block * kStride, at);
  }
  return checkpoints_[block] + CountCodePoints(text_, block * kStride, at);
}

}  // namespace claimex
