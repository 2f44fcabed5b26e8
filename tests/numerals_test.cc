// The numeral parser on every form it promises to read.
#include "numeral_parser.h"

#include <gtest/gtest.h>

namespace claimex::numerals {
namespace {

class NumeralsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scales_ = std::make_shared<const ScaleTables>(std::string(CLAIMEX_SOURCE_DIR) + "/data");
  }

  ParseResult Parse(const std::string& text, const std::string& lang = "en") {
    NumeralParser parser(scales_);
    text_ = text;
    return parser.Parse(text_, lang);
  }

  // The single number found in `text`.
  Number One(const std::string& text, const std::string& lang = "en") {
    const ParseResult r = Parse(text, lang);
    EXPECT_EQ(r.numbers.size(), 1u) << text;
    return r.numbers.empty() ? Number() : r.numbers[0];
  }

  std::string Covered(const Number& n) const { return text_.substr(n.begin, n.end - n.begin); }

  static std::shared_ptr<const ScaleTables> scales_;
  std::string text_;
};

std::shared_ptr<const ScaleTables> NumeralsTest::scales_;

TEST_F(NumeralsTest, GroupingSeparators) {
  EXPECT_EQ(One("about 2,048 units").value, 2048);
  EXPECT_EQ(One("about 1,234,567 units").value, 1234567);
  EXPECT_EQ(One("ungefähr 1.234.567 Stück", "de").value, 1234567);
  EXPECT_EQ(One("soit 1 234 567 unités", "fr").value, 1234567);
  EXPECT_EQ(One("soit 1\u202f234\u202f567 unités", "fr").value, 1234567);
  EXPECT_EQ(One("soit 1\u00a0234 unités", "fr").value, 1234);
  EXPECT_EQ(One("CHF 1'234'567", "de").value, 1234567);
  EXPECT_EQ(One("CHF 1’234’567", "de").value, 1234567);
  EXPECT_EQ(One("acquired 10, 000 units").value, 10000);
}

TEST_F(NumeralsTest, DecimalMarks) {
  EXPECT_DOUBLE_EQ(One("rate of 3.14 now").value, 3.14);
  EXPECT_DOUBLE_EQ(One("Quote 3,14 jetzt", "de").value, 3.14);
  EXPECT_DOUBLE_EQ(One("total 1.234,5 Euro", "de").value, 1234.5);
  EXPECT_DOUBLE_EQ(One("total 1,234.5 dollars").value, 1234.5);
  EXPECT_DOUBLE_EQ(One("a share of 0.125").value, 0.125);  // a leading 0 is never grouped
}

TEST_F(NumeralsTest, UnicodeDigitsAndSigns) {
  EXPECT_EQ(One("全角 １２３ 個", "ja").value, 123);
  EXPECT_EQ(One("عدد ٣٠٠ وحدة", "ar").value, 300);
  EXPECT_EQ(One("fell -5% today").value, -5);
  EXPECT_TRUE(One("fell -5% today").percent);
  EXPECT_EQ(One("a change of \u22123 points").value, -3);
  const auto range = Parse("between 40-45 units");
  ASSERT_EQ(range.numbers.size(), 2u);
  EXPECT_EQ(range.numbers[1].value, 45);  // the hyphen joins, it is no sign
}

TEST_F(NumeralsTest, PercentIsMarked) {
  EXPECT_TRUE(One("grew 25% in a year").percent);
  EXPECT_TRUE(One("grew 25 percent in a year").percent);
  EXPECT_TRUE(One("wuchs um 25 Prozent", "de").percent);
  EXPECT_FALSE(One("grew to 25 units").percent);
}

TEST_F(NumeralsTest, Suffixes) {
  EXPECT_EQ(One("bought 25K H100s").value, 25000);
  EXPECT_EQ(One("spent $500M").value, 500e6);
  EXPECT_EQ(One("spent $1.6B").value, 1.6e9);
  EXPECT_EQ(One("spent $45bn").value, 45e9);
  const Number plus = One("expects $2+ billion");
  EXPECT_EQ(plus.value, 2e9);
  EXPECT_TRUE(plus.plus);
  // Without a currency, M and B are not scales: "910B" is a model name.
  EXPECT_TRUE(Parse("the 910B chip").numbers.empty());
  EXPECT_TRUE(Parse("the 5G network").numbers.empty());
}

TEST_F(NumeralsTest, NumberWords) {
  EXPECT_EQ(One("six million dollars").value, 6e6);
  EXPECT_EQ(One("a dozen GPUs").value, 12);
  EXPECT_EQ(One("half a billion dollars").value, 0.5e9);
  EXPECT_EQ(One("twenty-five thousand chips").value, 25000);
  EXPECT_EQ(One("two hundred million").value, 200e6);
  const Number vague = One("tens of millions of dollars");
  EXPECT_EQ(vague.value, 1e7);
  EXPECT_TRUE(vague.approx);
  EXPECT_TRUE(One("cost $10s of millions").approx);
  EXPECT_TRUE(Parse("one of the firms").numbers.empty());
}

// Number words are whole words in any case; one that only folds to a number
// word ("ſix" with a long s) is not read as one.
TEST_F(NumeralsTest, NumberWordsAreWholeWords) {
  EXPECT_EQ(One("Twenty-One Thousand GPUs").value, 21000);
  EXPECT_EQ(Covered(One("about SIXTY-NINE million")), "SIXTY-NINE million");
  const Number no_tail = One("twenty-onex units");
  EXPECT_EQ(no_tail.value, 20);
  EXPECT_EQ(Covered(no_tail), "twenty");
  EXPECT_TRUE(Parse("someone twentyfold sixes tenth_ anyone").numbers.empty());
  EXPECT_EQ(One("caf\xC3\xA9" "five million").value, 5e6);  // a non-ASCII letter is no word byte
  EXPECT_TRUE(Parse("twenty-\xC5\xBF" "even million").numbers.empty());
  EXPECT_TRUE(Parse("\xC5\xBF" "ix thousand").numbers.empty());
  EXPECT_TRUE(Parse("\xC5\xBF" "eventy-\xC5\xBF" "ix").numbers.empty());
  const ParseResult two = Parse("two-thirds of a thousand, then a million");
  ASSERT_EQ(two.numbers.size(), 3u);
  EXPECT_EQ(two.numbers[0].value, 2);
  EXPECT_EQ(two.numbers[1].value, 1e3);
  EXPECT_EQ(two.numbers[2].value, 1e6);
}

TEST_F(NumeralsTest, ScaleWordsPerLanguageWithFalseFriends) {
  EXPECT_EQ(One("1,6 Billionen Euro", "de").value, 1.6e12);   // German Billion = 10^12
  EXPECT_EQ(One("1,6 Milliarden Euro", "de").value, 1.6e9);
  EXPECT_EQ(One("3 Mrd. Euro", "de").value, 3e9);
  EXPECT_EQ(One("2 Mio. Euro", "de").value, 2e6);
  EXPECT_EQ(One("2 billions d'euros", "fr").value, 2e12);     // French billion = 10^12
  EXPECT_EQ(One("2 milliards d'euros", "fr").value, 2e9);
  EXPECT_EQ(One("1.6 billion dollars", "en").value, 1.6e9);
  EXPECT_EQ(One("20 mil GPUs", "es").value, 20000);             // Spanish mil = 10^3
  EXPECT_EQ(One("5 mil millones de euros", "es").value, 5e9);
  EXPECT_EQ(One("3 miliardi di euro", "it").value, 3e9);
  EXPECT_EQ(One("2 bilhões de reais", "pt").value, 2e9);
  EXPECT_EQ(One("4 miljard euro", "nl").value, 4e9);
  EXPECT_EQ(One("1,2 mld zł", "pl").value, 1.2e9);
  EXPECT_EQ(One("1,6 tỷ USD", "vi").value, 1.6e9);
  EXPECT_EQ(One("5 triệu USD", "vi").value, 5e6);
  EXPECT_EQ(One("Rp 5 juta", "id").value, 5e6);
  EXPECT_EQ(One("5 miliar rupiah", "id").value, 5e9);
  EXPECT_EQ(One("拥有5万块", "zh").value, 5e4);
  EXPECT_EQ(One("投资10亿美元", "zh").value, 1e9);
  EXPECT_EQ(One("投资1十亿美元", "zh").value, 1e9);
  EXPECT_EQ(One("投资3億ドル", "ja").value, 3e8);
}

TEST_F(NumeralsTest, StatedPrecision) {
  const Number six = One("$6 million");
  EXPECT_EQ(six.value, 6e6);
  EXPECT_EQ(six.precision, 0.5e6);
  const Number exact = One("$5.576 million");
  EXPECT_EQ(exact.value, 5.576e6);
  EXPECT_NEAR(exact.precision, 500, 1e-6);
  EXPECT_EQ(One("2,048 GPUs").precision, 0.5);
  // Trailing zeros of a whole number are a round figure, not stated digits.
  EXPECT_EQ(One("$600 billion").precision, 50e9);
  EXPECT_EQ(One("10,000 GPUs").precision, 5000);
  EXPECT_NEAR(One("$600.0 billion").precision, 0.05e9, 1);
  EXPECT_EQ(One("$589 billion").precision, 0.5e9);
  EXPECT_EQ(One("$500M").precision, 50e6);
}

TEST_F(NumeralsTest, ConventionFromEvidenceNotLanguage) {
  // An English article with decimal commas and dot grouping (the VTC seed).
  const auto r = Parse("DeepSeek spent $1,6 billion and 2.048 GPUs; 50.000 Hopper GPUs and 10.000 H800.", "en");
  EXPECT_EQ(r.convention.decimal, Convention::kCommaDecimal);
  EXPECT_GT(r.convention.confidence, 0.8);
  EXPECT_EQ(r.convention.prior, ".");
  ASSERT_EQ(r.numbers.size(), 4u);
  EXPECT_EQ(r.numbers[0].value, 1.6e9);
  EXPECT_EQ(r.numbers[1].value, 2048);
  EXPECT_EQ(r.numbers[1].reading, "convention");
  ASSERT_TRUE(r.numbers[1].alt_value);
  EXPECT_DOUBLE_EQ(*r.numbers[1].alt_value, 2.048);
  EXPECT_NE(r.numbers[1].reason.find("groups thousands"), std::string::npos);
  EXPECT_EQ(r.numbers[2].value, 50000);
}

TEST_F(NumeralsTest, AmbiguousNumeralFollowsTheDocument) {
  const auto dot = Parse("It cost $1.6 billion; 2.048 was the ratio.");
  EXPECT_DOUBLE_EQ(dot.numbers[1].value, 2.048);
  EXPECT_EQ(dot.numbers[1].alt_value, 2048);
  EXPECT_NEAR(dot.numbers[1].precision, 0.0005, 1e-12);
  EXPECT_EQ(dot.numbers[1].alt_precision, 0.5);
  const auto comma = Parse("Es kostete 1,6 Milliarden; 2.048 Einheiten.", "de");
  EXPECT_EQ(comma.numbers[1].value, 2048);
}

TEST_F(NumeralsTest, MixedDocumentResolvesUnambiguousNumeralsByThemselves) {
  // A French article quoting an English figure.
  const auto r = Parse("Le budget est de 1 234,5 millions ; le tweet disait « 1,234.5 million ».", "fr");
  ASSERT_EQ(r.numbers.size(), 2u);
  EXPECT_DOUBLE_EQ(r.numbers[0].value, 1234.5e6);
  EXPECT_DOUBLE_EQ(r.numbers[1].value, 1234.5e6);
  EXPECT_EQ(r.numbers[1].reading, "unambiguous");
}

TEST_F(NumeralsTest, NamesDatesAndDecadesAreNotQuantities) {
  EXPECT_TRUE(Parse("H20 GPUs and A100 cards").numbers.empty());
  EXPECT_TRUE(Parse("in the 1990s").numbers.empty());
  EXPECT_TRUE(Parse("on 03.06.2025").numbers.empty());
  EXPECT_TRUE(One("founded in 2023").year_like);
  EXPECT_FALSE(One("bought 2,023 chips").year_like);
}

TEST_F(NumeralsTest, RangesShareTheirScale) {
  const auto r = Parse("$40-45bn");
  ASSERT_EQ(r.numbers.size(), 2u);
  EXPECT_EQ(r.numbers[0].value, 40e9);
  EXPECT_EQ(r.numbers[0].range, "from");
  EXPECT_EQ(r.numbers[1].value, 45e9);
  const auto between = Parse("between €2 and €3 billion");
  EXPECT_EQ(between.numbers[0].value, 2e9);
  const auto separate = Parse("$6 million and 2,048 GPUs");
  EXPECT_TRUE(separate.numbers[0].range.empty());
}

}  // namespace
}  // namespace claimex::numerals
