#include "utf8.h"

#include <cstring>

namespace claimex {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

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
  for (unsigned char c : text) {
    if (c >= 0x80) {
      ascii_ = false;
      break;
    }
  }
  if (ascii_) return;
  checkpoints_.reserve(text.size() / kStride + 1);
  std::uint32_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    if (!IsContinuation(static_cast<unsigned char>(text[i]))) ++count;
  }
}

std::uint32_t CodePointIndex::ToCodePoint(std::uint32_t byte_offset) const {
  if (ascii_) return byte_offset;
  if (byte_offset >= text_.size()) {
    // One past the end: count everything.
    std::uint32_t base = static_cast<std::uint32_t>(
        (checkpoints_.size() - 1) * kStride);
    std::uint32_t count = checkpoints_.back();
    for (std::size_t i = base; i < text_.size(); ++i) {
      if (!IsContinuation(static_cast<unsigned char>(text_[i]))) ++count;
    }
    return count;
  }
  const std::uint32_t block = byte_offset / kStride;
  std::uint32_t count = checkpoints_[block];
  for (std::uint32_t i = block * kStride; i < byte_offset; ++i) {
    if (!IsContinuation(static_cast<unsigned char>(text_[i]))) ++count;
  }
  return count;
}

}  // namespace claimex
