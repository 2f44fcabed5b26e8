#include "text_scan.h"

#include <string>

#include <gtest/gtest.h>

namespace claimex::plugin {
namespace {

class CueLexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    cues_.Add("spent", "spending");
    cues_.Add("spent on training", "training_cost");
    cues_.Add("spent on", "spending_on");
    cues_.Add("according to", "after");
    cues_.Add("According To", "duplicate, ignored");
    cues_.Add("训练成本", "training_cost");
    cues_.Add("coût", "cost");
    cues_.Add("$", "currency");
  }

  CueLexicon cues_;
};

TEST_F(CueLexiconTest, AfterTakesTheLongestPhraseThatEndsAWord) {
  std::size_t end = 0;
  const std::string text = "  Spent on training runs";
  auto m = cues_.After(text, 0, &end);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->label, "training_cost");
  EXPECT_EQ(m->length, 17u);
  EXPECT_EQ(text.substr(0, end), "  Spent on training");
  // "trainings" does not end a word after "training": the shorter phrase.
  m = cues_.After("spent on trainings", 0, &end);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->label, "spending_on");
  EXPECT_EQ(end, 8u);
  m = cues_.After("spent onwards", 0, &end);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->label, "spending");
  EXPECT_FALSE(cues_.After("spently", 0, &end));
  EXPECT_FALSE(cues_.After("overspent", 0, &end));
  EXPECT_FALSE(cues_.After("", 0, &end));
  EXPECT_FALSE(cues_.After("spen", 0, &end));
}

TEST_F(CueLexiconTest, FoldsCaseAndKeepsTheFirstLabelOfAPhrase) {
  std::size_t end = 0;
  const auto m = cues_.After("ACCORDING TO Omdia", 0, &end);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->label, "after");
  EXPECT_EQ(end, 12u);
  const auto accented = cues_.After("COÛT total", 0, &end);
  ASSERT_TRUE(accented);
  EXPECT_EQ(accented->label, "cost");
  EXPECT_EQ(end, 5u);  // Û is two bytes
}

TEST_F(CueLexiconTest, CjkPhrasesNeedNoWordBoundary) {
  std::size_t end = 0;
  const std::string text = "其训练成本约为";
  const auto m = cues_.After(text, 3, &end);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->label, "training_cost");
  EXPECT_EQ(end, 15u);
  const auto before = cues_.Before(text, 15);
  ASSERT_TRUE(before);
  EXPECT_EQ(before->length, 4u);
}

TEST_F(CueLexiconTest, BeforeSkipsSpacesAndQuotesAndNeedsAWordStart) {
  auto m = cues_.Before("they spent on \" $", 15);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->label, "spending_on");
  m = cues_.Before("according to ", 13);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->label, "after");
  EXPECT_FALSE(cues_.Before("overspent ", 10));
  EXPECT_FALSE(cues_.Before("   ", 3));
  m = cues_.Before("costs $", 7);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->label, "currency");
}

// The directly indexed second level must find exactly what the sibling
// lists find: ASCII and non-ASCII at either level, in any insertion order.
TEST(CodePointTrieTest, SecondLevelIndexFindsWhatTheListsFind) {
  const std::u32string words[] = {U"ab", U"ac", U"a\u00e9", U"\u00e9a", U"b", U"ba", U"abc", U"\u4e2d\u6587", U"zz", U"a"};
  CodePointTrie indexed(true), plain;
  for (const std::u32string& word : words) {
    std::int32_t a = CodePointTrie::kRoot, b = CodePointTrie::kRoot;
    for (char32_t c : word) {
      a = indexed.AddChild(a, c);
      b = plain.AddChild(b, c);
    }
    indexed.set_value(a, static_cast<std::int32_t>(word.size()));
    plain.set_value(b, static_cast<std::int32_t>(word.size()));
  }
  ASSERT_EQ(indexed.size(), plain.size());
  const std::u32string probes[] = {U"ab", U"ac", U"ad", U"a\u00e9", U"a\u00ea", U"\u00e9a", U"\u00e9b", U"ba", U"bb",
                                   U"abc", U"abd", U"\u4e2d\u6587", U"\u4e2dx", U"zz", U"za", U"q", U"a"};
  for (const std::u32string& probe : probes) {
    std::int32_t a = CodePointTrie::kRoot, b = CodePointTrie::kRoot;
    for (char32_t c : probe) {
      if (a != CodePointTrie::kNone) a = indexed.Child(a, c);
      if (b != CodePointTrie::kNone) b = plain.Child(b, c);
    }
    ASSERT_EQ(a == CodePointTrie::kNone, b == CodePointTrie::kNone);
    if (a != CodePointTrie::kNone) {
      EXPECT_EQ(indexed.value(a), plain.value(b));
      EXPECT_EQ(indexed.code_point(a), probe.back());
    }
  }
  // Adding what is there returns the same node.
  EXPECT_EQ(indexed.AddChild(indexed.Child(CodePointTrie::kRoot, U'a'), U'b'),
            indexed.Child(indexed.Child(CodePointTrie::kRoot, U'a'), U'b'));
  EXPECT_EQ(indexed.size(), plain.size());
}

}  // namespace
}  // namespace claimex::plugin
