#include "utf8.h"

#include <gtest/gtest.h>

namespace claimex {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_FALSE(FindInvalidUtf8("plain ASCII text that is longer than eight bytes"));
  EXPECT_FALSE(FindInvalidUtf8("Nguyễn 十亿 € 𝟘 — ok"));
  EXPECT_FALSE(FindInvalidUtf8(std::string("nul\0inside", 10)));
}

TEST(Utf8Test, FindsTheFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("abc\xff"), 3u);
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);                  // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("ab\xE0\x80\xAF"), 2u);            // overlong 3-byte
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);             // lone surrogate U+D800
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);          // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("12345678\xE2\x82"), 8u);          // truncated at the end
  EXPECT_EQ(FindInvalidUtf8("\x80 stray continuation"), 0u);
}

TEST(Utf8Test, CodePointOffsets) {
  const std::string text = "€1,6 bn – ok";  // € and – are 3 bytes each
  const CodePointIndex index(text);
  EXPECT_EQ(index.ToCodePoint(0), 0u);
  EXPECT_EQ(index.ToCodePoint(3), 1u);
  EXPECT_EQ(index.ToCodePoint(text.size()), 12u);
}

TEST(Utf8Test, CodePointOffsetsAcrossCheckpoints) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += (i % 3 == 0) ? "é" : "a";
  const CodePointIndex index(text);
  std::uint32_t expected = 0;
  for (std::uint32_t byte = 0; byte <= text.size(); ++byte) {
    if (byte == text.size() || (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) {
      ASSERT_EQ(index.ToCodePoint(byte), expected) << "at byte " << byte;
      ++expected;
    }
  }
}

TEST(Utf8Test, CodePointOffsetAtTheEndOfWholeCheckpointBlocks) {
  std::string text;
  for (int i = 0; i < 256; ++i) text += "\xF0\x9F\x98\x80";  // 1,024 bytes: two whole blocks
  const CodePointIndex index(text);
  EXPECT_EQ(index.ToCodePoint(4), 1u);
  EXPECT_EQ(index.ToCodePoint(512), 128u);
  EXPECT_EQ(index.ToCodePoint(1020), 255u);
  EXPECT_EQ(index.ToCodePoint(1024), 256u);
}

}  // namespace
}  // namespace claimex
