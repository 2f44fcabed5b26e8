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
  EXPECT_EQ(One("two hundred fifty million dollars").value, 250e6);  // not "fifty million"
  EXPECT_EQ(One("a hundred million").value, 100e6);
  // An order of magnitude is at least that much (plus), and vague.
  const Number vague = One("tens of millions of dollars");
  EXPECT_EQ(vague.value, 1e7);
  EXPECT_TRUE(vague.approx);
  EXPECT_TRUE(vague.plus);
  EXPECT_TRUE(One("cost $10s of millions").plus);
  EXPECT_TRUE(Parse("one of the firms").numbers.empty());
  // Parts join only as numerals do: "twenty a share" is twenty, "ten five" two figures.
  EXPECT_EQ(Parse("costs twenty a share").numbers.at(0).value, 20);
  EXPECT_EQ(Parse("ten five-year notes").numbers.size(), 2u);
  // "a cent" (as in "not a cent") is no amount; "twenty cents" is.
  EXPECT_TRUE(Parse("not a cent more").numbers.empty());
  EXPECT_DOUBLE_EQ(One("twenty cents").value, 0.2);
}

// Number words of each language come from data/numbers/<lang>.tsv.
TEST_F(NumeralsTest, NumberWordsPerLanguage) {
  EXPECT_EQ(One("eine Milliarde Euro", "de").value, 1e9);
  EXPECT_EQ(One("eine Viertelmilliarde Euro", "de").value, 0.25e9);
  EXPECT_EQ(One("eine halbe Milliarde Euro", "de").value, 0.5e9);
  EXPECT_EQ(One("anderthalb Milliarden Euro", "de").value, 1.5e9);
  EXPECT_EQ(One("un milliard d'euros", "fr").value, 1e9);
  EXPECT_EQ(One("un demi-milliard de dollars", "fr").value, 0.5e9);
  EXPECT_EQ(One("vingt et un millions", "fr").value, 21e6);
  EXPECT_EQ(One("dos mil millones de dólares", "es").value, 2e9);
  EXPECT_EQ(One("mil millones de euros", "es").value, 1e9);
  EXPECT_EQ(One("medio millón de dólares", "es").value, 0.5e6);
  EXPECT_EQ(One("trescientos cincuenta millones", "es").value, 350e6);
  EXPECT_EQ(One("mezzo miliardo di euro", "it").value, 0.5e9);
  EXPECT_EQ(One("meio bilhão de dólares", "pt").value, 0.5e9);
  EXPECT_EQ(One("een half miljard euro", "nl").value, 0.5e9);
  EXPECT_EQ(One("pół miliarda dolarów", "pl").value, 0.5e9);
  EXPECT_EQ(One("półtora miliarda złotych", "pl").value, 1.5e9);
  EXPECT_EQ(One("dwóch miliardów złotych", "pl").value, 2e9);
  EXPECT_EQ(One("ponad miliard dolarów", "pl").value, 1e9);
  const Number vague = One("des dizaines de millions d'euros", "fr");
  EXPECT_EQ(vague.value, 1e7);
  EXPECT_TRUE(vague.plus);
  // An article alone is no figure: "ein Jahr", "un an", "een bedrijf".
  EXPECT_TRUE(Parse("ein Jahr und eine Firma", "de").numbers.empty());
  EXPECT_TRUE(Parse("un an et une firme", "fr").numbers.empty());
  EXPECT_TRUE(Parse("een bedrijf", "nl").numbers.empty());
  // Another language's words are not read: "due" is English here.
  EXPECT_TRUE(Parse("due billion", "en").numbers.empty());
}

TEST_F(NumeralsTest, RangesInWordsShareTheirScale) {
  const ParseResult r = Parse("zwei bis drei Milliarden Euro", "de");
  ASSERT_EQ(r.numbers.size(), 2u);
  EXPECT_EQ(r.numbers[0].value, 2e9);
  EXPECT_EQ(r.numbers[0].range, "from");
  EXPECT_EQ(r.numbers[1].value, 3e9);
  EXPECT_EQ(r.numbers[1].range, "to");
  // Without a scale to share, words are no range ("zwei bis drei Jahre").
  const ParseResult years = Parse("zwei bis drei Jahre", "de");
  ASSERT_EQ(years.numbers.size(), 2u);
  EXPECT_TRUE(years.numbers[0].range.empty());
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
  // A letter beyond ASCII is a letter: "caféfive" is one word, no number.
  EXPECT_TRUE(Parse("caf\xC3\xA9" "five million").numbers.empty());
  EXPECT_EQ(One("caf\xC3\xA9 five million").value, 5e6);
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
  // Trailing zeros of a whole number are a round figure, not stated digits,
  // rounded to two digits or so: within 10% of it.
  EXPECT_EQ(One("$600 billion").precision, 50e9);
  EXPECT_EQ(One("10,000 GPUs").precision, 1000);
  EXPECT_EQ(One("$10 billion").precision, 1e9);
  EXPECT_EQ(One("$100 million").precision, 10e6);
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

TEST_F(NumeralsTest, NumeralsGluedToAUnitAreNumbers) {
  const Number mw = One("a 250MW campus");
  EXPECT_EQ(mw.value, 250);
  EXPECT_EQ(Covered(mw), "250");
  EXPECT_DOUBLE_EQ(One("Die Anlage soll 1,2GW leisten", "de").value, 1.2);
  EXPECT_DOUBLE_EQ(One("about 1.5TWh a year").value, 1.5);
  EXPECT_EQ(One("a 5gw site").value, 5);
  // Letters that are no unit of data/lexicon/units.tsv stay part of a name,
  // and a unit is a whole word.
  EXPECT_TRUE(Parse("5G phones and 80GB chips").numbers.empty());
  EXPECT_TRUE(Parse("model 5MWx").numbers.empty());
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

// Issue 15, item 1: a scale word written once is shared by the other end of a
// range only when that end has no magnitude of its own and the shared
// reading keeps low <= high.
TEST_F(NumeralsTest, SharedScaleOnlyWhenTheFirstEndHasNoMagnitudeOfItsOwn) {
  const auto grouped = Parse("from $650,000 to $2.1 million");
  ASSERT_EQ(grouped.numbers.size(), 2u);
  EXPECT_EQ(grouped.numbers[0].value, 650000);  // not $650 billion
  EXPECT_EQ(grouped.numbers[0].range, "from");
  EXPECT_FALSE(grouped.numbers[0].magnitude_unsure);
  const auto out_of_order = Parse("$300 to $5 million");
  ASSERT_EQ(out_of_order.numbers.size(), 2u);
  EXPECT_EQ(out_of_order.numbers[0].value, 300);  // not $300 million
  EXPECT_TRUE(out_of_order.numbers[0].magnitude_unsure);
  EXPECT_EQ(Parse("$5 to $10 million").numbers[0].value, 5e6);
  EXPECT_EQ(Parse("2 or 3 billion").numbers[0].value, 2e9);
  EXPECT_TRUE(Parse("between 300 and 5 million").numbers[0].magnitude_unsure);
  // A decrease cannot be told from a range whose scale is not shared.
  EXPECT_TRUE(Parse("von 5 auf 3 Milliarden Euro", "de").numbers[0].magnitude_unsure);
}

TEST_F(NumeralsTest, SharedScaleInEveryLanguageRangeForm) {
  for (const auto& [text, lang, low] :
       {std::tuple{"von 2 auf 3 Milliarden Euro", "de", 2e9}, {"zwischen 2 und 3 Milliarden Euro", "de", 2e9},
        {"de 2 à 3 milliards d'euros", "fr", 2e9}, {"entre 2 et 3 milliards", "fr", 2e9},
        {"tussen 2 en 3 miljard euro", "nl", 2e9}, {"van 2 tot 3 miljard", "nl", 2e9},
        {"entre 2 y 3 millones de dólares", "es", 2e6}, {"od 2 do 3 mld zł", "pl", 2e9},
        {"da 2 a 3 miliardi", "it", 2e9}, {"từ 2 đến 3 tỷ USD", "vi", 2e9}, {"antara 2 dan 3 miliar", "id", 2e9},
        {"2至3亿美元", "zh", 2e8}}) {
    const auto r = Parse(text, lang);
    ASSERT_EQ(r.numbers.size(), 2u) << text;
    EXPECT_EQ(r.numbers[0].value, low) << text;
    EXPECT_EQ(r.numbers[0].range, "from") << text;
    EXPECT_EQ(r.numbers[1].range, "to") << text;
  }
  // Both ends with their own scale: linked, nothing shared.
  const auto both = Parse("tussen de 40 miljard en 42 miljard dollar", "nl");
  ASSERT_EQ(both.numbers.size(), 2u);
  EXPECT_EQ(both.numbers[0].value, 40e9);
  EXPECT_EQ(both.numbers[0].range, "from");
  const auto zh = Parse("20亿至30亿美元", "zh");
  EXPECT_EQ(zh.numbers[0].range, "from");
  // A year is no end of a range: "para 2026 en 42.000 millones".
  const auto year = Parse("para 2026 en 42.000 millones de dólares", "es");
  ASSERT_EQ(year.numbers.size(), 2u);
  EXPECT_EQ(year.numbers[0].value, 2026);
  EXPECT_TRUE(year.numbers[0].range.empty());
  // "and" alone does not join two amounts that each have their unit.
  EXPECT_TRUE(Parse("$6 million and $2 billion").numbers[0].range.empty());
}

TEST_F(NumeralsTest, RangeEndsWithTheirOwnCurrencyWords) {
  const auto nl = Parse("van 25 dollar tot 28 dollar", "nl");
  ASSERT_EQ(nl.numbers.size(), 2u);
  EXPECT_EQ(nl.numbers[0].range, "from");
  EXPECT_EQ(nl.numbers[1].range, "to");
  EXPECT_EQ(nl.numbers[0].value, 25);
  const auto id = Parse("kisaran awal US$24 hingga US$26", "id");
  ASSERT_EQ(id.numbers.size(), 2u);
  EXPECT_EQ(id.numbers[1].range, "to");
}

// Japanese and Chinese figures in parts ("6億9000万"), each part with its scale.
TEST_F(NumeralsTest, CjkFiguresWrittenInParts) {
  EXPECT_EQ(One("約6億9000万円", "ja").value, 6.9e8);
  EXPECT_EQ(One("約1兆1800億円", "ja").value, 1.18e12);
  EXPECT_EQ(One("11兆2000億ウォン", "ja").value, 11.2e12);
  EXPECT_EQ(One("7兆300億ウォン", "ja").value, 7.03e12);
  EXPECT_EQ(One("1兆1800億5000万円", "ja").value, 1.18005e12);
  EXPECT_EQ(One("1万8000個", "ja").value, 18000);
  EXPECT_EQ(One("2万4000人", "zh").value, 24000);
  EXPECT_EQ(One("2万5千人", "zh").value, 25000);
  EXPECT_EQ(Covered(One("約6億9000万円", "ja")), "6億9000万");
  EXPECT_EQ(One("6億9000万円", "ja").precision, 5e6);
  EXPECT_EQ(One("11.4万亿韩元", "zh").value, 11.4e12);
  // A part that is no smaller unit stays apart.
  EXPECT_EQ(Parse("1.5万3000", "zh").numbers.size(), 2u);
}

TEST_F(NumeralsTest, CjkTextAfterAModelNameIsRead) {
  // The model name ends where the Chinese text starts.
  EXPECT_EQ(One("按每颗GB300约6万美元的价格", "zh").value, 6e4);
  EXPECT_EQ(One("Kimi K3最终训练成本仅460万美元", "zh").value, 4.6e6);
}

TEST_F(NumeralsTest, CurrencyCodesGluedToDigits) {
  EXPECT_EQ(One("raised EUR5bn").value, 5e9);
  EXPECT_EQ(One("paid USD9 million").value, 9e6);
  EXPECT_EQ(One("sekitar Rp163 triliun", "id").value, 163e12);
  EXPECT_EQ(One("USD9M deal").value, 9e6);  // a code before counts like a sign for M
  // Letters that are no currency still make a name.
  EXPECT_TRUE(Parse("GB300 and H100 and XEUR5 and MI300X").numbers.empty());
}

TEST_F(NumeralsTest, PolishBlnIsTenToTheTwelve) {
  EXPECT_EQ(One("4,7 bln wonów", "pl").value, 4.7e12);  // bilion
  EXPECT_EQ(One("4.7 bln won").value, 4.7e9);            // English bln: billion
}

// A currency form with a power of ten is the figure's scale word: the
// numeral is in units of the currency, whatever the language.
TEST_F(NumeralsTest, CurrencyFormsWithAPowerOfTen) {
  const Number cents = One("slipped 42 cents");
  EXPECT_DOUBLE_EQ(cents.value, 0.42);
  EXPECT_EQ(cents.scale, -2);
  EXPECT_EQ(Covered(cents), "42 cents");
  EXPECT_DOUBLE_EQ(One("kostet 41 Cent", "de").value, 0.41);
  EXPECT_DOUBLE_EQ(One("investira 41 G$", "fr").value, 41e9);
  EXPECT_DOUBLE_EQ(One("un contrat de 300 M$", "fr").value, 300e6);
  EXPECT_DOUBLE_EQ(One("une prime de 50 k€", "fr").value, 50e3);
  // In words too, but "a cent" is no amount.
  EXPECT_DOUBLE_EQ(One("paid twenty cents").value, 0.2);
  EXPECT_TRUE(Parse("not a cent").numbers.empty());
  // A letter and no currency sign: no scale.
  EXPECT_EQ(One("le modèle 41 G", "fr").value, 41);
}

TEST_F(NumeralsTest, ARangeSharesAFractionOnlyWithAStartWithoutItsOwnCurrency) {
  const auto shared = Parse("between 40 and 45 cents");
  ASSERT_EQ(shared.numbers.size(), 2u);
  EXPECT_DOUBLE_EQ(shared.numbers[0].value, 0.4);
  const auto own = Parse("from $1 to 45 cents");
  ASSERT_EQ(own.numbers.size(), 2u);
  EXPECT_DOUBLE_EQ(own.numbers[0].value, 1);
  const auto unsure = Parse("from 300 to 5 cents");
  ASSERT_EQ(unsure.numbers.size(), 2u);
  EXPECT_TRUE(unsure.numbers[0].magnitude_unsure);
}

TEST_F(NumeralsTest, ScaleWordsInHyphenatedCompounds) {
  const Number fund = One("ein 20-Milliarden-Euro-Fonds", "de");
  EXPECT_DOUBLE_EQ(fund.value, 20e9);
  EXPECT_EQ(Covered(fund), "20-Milliarden");
  EXPECT_DOUBLE_EQ(One("a $5-million grant").value, 5e6);
  // A hyphen before digits is a range, before another word no scale.
  EXPECT_EQ(Parse("the 2020-2025 plan").numbers.size(), 2u);
  EXPECT_EQ(One("a 5-year deal").value, 5);
}

TEST_F(NumeralsTest, DollarSignAndCodeGluedToDigits) {
  EXPECT_DOUBLE_EQ(One("raised $US5 billion").value, 5e9);
  EXPECT_DOUBLE_EQ(One("raised $CA2 billion").value, 2e9);
  // Letters glued to digits after a "$" that make no code are a name.
  EXPECT_TRUE(Parse("the $XB5 token").numbers.empty());
}

TEST_F(NumeralsTest, KanjiFiguresWithAScaleWord) {
  EXPECT_DOUBLE_EQ(One("費用は三万ドル", "ja").value, 3e4);
  EXPECT_DOUBLE_EQ(One("投資額は二千億円", "ja").value, 2e11);
  EXPECT_DOUBLE_EQ(One("三百五十億円の赤字", "ja").value, 3.5e10);
  EXPECT_DOUBLE_EQ(One("売上は一兆二千億円", "ja").value, 1.2e12);
  EXPECT_DOUBLE_EQ(One("融资两千万美元", "zh").value, 2e7);
  EXPECT_DOUBLE_EQ(One("三万ドル", "ja").precision, 5e3);
  // Words written with the same characters, vague and ordinal figures.
  EXPECT_TRUE(Parse("三菱商事と一部の企業、千代田区", "ja").numbers.empty());
  EXPECT_TRUE(Parse("数千億円の投資、数十亿美元", "ja").numbers.empty());
  EXPECT_TRUE(Parse("第一四半期、二〇二六年", "ja").numbers.empty());
  // Only Japanese and Chinese read kanji.
  EXPECT_TRUE(Parse("三万ドル", "en").numbers.empty());
}

// A scale word may leave a smaller order or a half after it, in every
// language with number words; a figure that only stands next to it stays
// apart.
TEST_F(NumeralsTest, NumberWordsPastAScaleWord) {
  EXPECT_EQ(One("zwei Milliarden dreihundert Millionen Euro", "de").value, 2.3e9);
  EXPECT_EQ(One("eine Milliarde und zweihundert Millionen Euro", "de").value, 1.2e9);
  EXPECT_EQ(One("deux milliards et demi d'euros", "fr").value, 2.5e9);
  EXPECT_EQ(One("un milliard deux cents millions d'euros", "fr").value, 1.2e9);
  EXPECT_EQ(One("two and a half billion dollars").value, 2.5e9);
  EXPECT_EQ(One("one and a half billion dollars").value, 1.5e9);
  EXPECT_EQ(One("a billion and a half dollars").value, 1.5e9);
  EXPECT_EQ(One("two billion three hundred million dollars").value, 2.3e9);
  EXPECT_EQ(One("two million five hundred thousand dollars").value, 2.5e6);
  EXPECT_EQ(One("two thousand five hundred dollars").value, 2500);
  EXPECT_EQ(One("two hundred and fifty million dollars").value, 250e6);
  EXPECT_EQ(One("dos mil quinientos millones de dólares", "es").value, 2.5e9);
  EXPECT_EQ(One("dos millones y medio de dólares", "es").value, 2.5e6);
  EXPECT_EQ(One("due miliardi e mezzo di euro", "it").value, 2.5e9);
  EXPECT_EQ(One("dois bilhões e meio de reais", "pt").value, 2.5e9);
  EXPECT_EQ(One("twee en een half miljard euro", "nl").value, 2.5e9);
  EXPECT_EQ(One("dwa i pół miliarda złotych", "pl").value, 2.5e9);
  EXPECT_EQ(One("dva a půl miliardy korun", "cs").value, 2.5e9);
  EXPECT_EQ(One("két és fél milliárd forint", "hu").value, 2.5e9);
  EXPECT_EQ(One("два с половиной миллиарда долларов", "ru").value, 2.5e9);
  EXPECT_EQ(One("два з половиною мільярда доларів", "uk").value, 2.5e9);
  // The smaller order is what the figure is stated to.
  EXPECT_EQ(One("zwei Milliarden dreihundert Millionen Euro", "de").precision, 0.5e6);
  EXPECT_EQ(Covered(One("zwei Milliarden dreihundert Millionen Euro", "de")), "zwei Milliarden dreihundert Millionen");
  // Not one figure: a year after thousands, half of another scale, a half
  // with no scale at all, a larger scale after a smaller one.
  const ParseResult years = Parse("five thousand two years later");
  ASSERT_EQ(years.numbers.size(), 2u);
  EXPECT_EQ(years.numbers[0].value, 5000);
  const ParseResult half = Parse("two billion and half a million dollars");
  ASSERT_EQ(half.numbers.size(), 2u);
  EXPECT_EQ(half.numbers[0].value, 2e9);
  EXPECT_EQ(half.numbers[1].value, 0.5e6);
  EXPECT_TRUE(Parse("twenty and a half").numbers.empty());
  const ParseResult range = Parse("between two billion and three billion");
  ASSERT_EQ(range.numbers.size(), 2u);
  EXPECT_EQ(range.numbers[1].value, 3e9);
}

// The French "cent" after a figure in words up to nine is a hundred; after
// a larger one it is the coin ("vingt-cinq cents", Quebec's 25 cents).
TEST_F(NumeralsTest, FrenchCentIsAHundredAfterASmallFigure) {
  EXPECT_EQ(One("deux cents millions d'euros", "fr").value, 200e6);
  EXPECT_EQ(One("neuf cents salariés", "fr").value, 900);
  EXPECT_DOUBLE_EQ(One("vingt-cinq cents", "fr").value, 0.25);
  EXPECT_DOUBLE_EQ(One("25 cents", "fr").value, 0.25);
}

// Hungarian writes a year before a noun with a full stop or a hyphenated
// ending: a bare four-digit figure before a word is a year only before the
// words of data/lang/hu/years.tsv.
TEST_F(NumeralsTest, AHungarianYearBeforeANounIsMarked) {
  EXPECT_FALSE(One("A gyár 2000 munkahelyet teremt.", "hu").year_like);
  EXPECT_TRUE(One("2026 januárjában", "hu").year_like);
  EXPECT_TRUE(One("2000 óta", "hu").year_like);
  EXPECT_TRUE(One("2025 végén", "hu").year_like);
  EXPECT_TRUE(Parse("2026. április 29.", "hu").numbers.at(0).year_like);
  EXPECT_TRUE(One("2024-ben", "hu").year_like);
  const ParseResult range = Parse("1500-2000 munkahely", "hu");
  ASSERT_EQ(range.numbers.size(), 2u);
  EXPECT_EQ(range.numbers[0].range, "from");
  // Other languages keep their figures before a noun year-like.
  EXPECT_TRUE(One("2000 jobs", "en").year_like);
}

}  // namespace
}  // namespace claimex::numerals
