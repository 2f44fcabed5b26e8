// The claims stage's cue matcher: stems, compounds, exact forms, CJK
// substrings; and how a document's language is chosen.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "language_data.h"
#include "phrase_lexicon.h"

namespace claimex::claims {
namespace {

// "label@matched text" for each cue of `kind`.
std::vector<std::string> Found(const PhraseLexicon& lexicon, Stemmer& stemmer, const std::string& text,
                               CueKind kind = CueKind::kPredicate) {
  std::vector<std::string> out;
  const auto cues = lexicon.Find(stemmer.Tokenize(text, 0, text.size()));
  for (const Cue& c : cues[static_cast<std::size_t>(kind)]) {
    out.push_back(*c.label + "@" + text.substr(c.begin, c.end - c.begin) + (c.whole_words ? "" : "~"));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(PhraseLexiconTest, InflectedFormsMatchThroughTheStemmer) {
  Stemmer english("english");
  PhraseLexicon lexicon;
  lexicon.Add(CueKind::kPredicate, "revenue", "revenue", "", english, false);
  lexicon.Add(CueKind::kPredicate, "operating profit", "operating_profit", "", english, false);
  lexicon.Add(CueKind::kPredicate, "profit", "profit", "", english, false);
  EXPECT_EQ(Found(lexicon, english, "Quarterly Revenues rose; operating profits fell, profit too."),
            (V{"revenue@Revenues", "operating_profit@operating profits", "profit@profit"}));
  EXPECT_EQ(Found(lexicon, english, "prerevenue"), V{});  // whole words only
}

TEST(PhraseLexiconTest, CompoundHeadsAfterWholeWords) {
  Stemmer german("german");
  PhraseLexicon lexicon;
  lexicon.Add(CueKind::kPredicate, "Umsatz", "revenue", "", german, true);
  lexicon.Add(CueKind::kPredicate, "Kosten", "spending", "", german, true);
  lexicon.Add(CueKind::kPredicate, "Betriebskosten", "operating_cost", "", german, true);
  EXPECT_EQ(Found(lexicon, german, "Der Umsatz des Konzerns und der Quartalsumsatz"),
            (V{"revenue@Umsatz", "revenue@Quartalsumsatz~"}));
  // The longest head wins: operating costs, not costs.
  EXPECT_EQ(Found(lexicon, german, "die Jahresbetriebskosten"), V{"operating_cost@Jahresbetriebskosten~"});
  EXPECT_EQ(Found(lexicon, german, "die Betriebskosten"), V{"operating_cost@Betriebskosten"});
}

TEST(PhraseLexiconTest, AnExactFormIsNotItsStem) {
  Stemmer english("english");
  PhraseLexicon lexicon;
  lexicon.Add(CueKind::kHedge, "=reportedly", "reportedly", "", english, false);
  lexicon.Add(CueKind::kAttribution, "=reported", "before", "", english, false);
  EXPECT_EQ(Found(lexicon, english, "Acme reported that it reportedly spent", CueKind::kHedge),
            V{"reportedly@reportedly"});
  EXPECT_EQ(Found(lexicon, english, "Acme reported that it reportedly spent", CueKind::kAttribution),
            V{"before@reported"});
}

TEST(PhraseLexiconTest, KindsAreFoundIndependently) {
  Stemmer english("english");
  PhraseLexicon lexicon;
  lexicon.Add(CueKind::kHedge, "estimated", "estimated", "", english, false);
  lexicon.Add(CueKind::kAttribution, "estimated", "before", "", english, false);
  const std::string text = "SemiAnalysis estimated";
  EXPECT_EQ(Found(lexicon, english, text, CueKind::kHedge), V{"estimated@estimated"});
  EXPECT_EQ(Found(lexicon, english, text, CueKind::kAttribution), V{"before@estimated"});
}

TEST(PhraseLexiconTest, CjkCuesMatchAsSubstrings) {
  Stemmer none("");
  PhraseLexicon lexicon;
  lexicon.Add(CueKind::kPredicate, "市值", "market_value", "", none, false);
  lexicon.Add(CueKind::kPredicate, "营收", "revenue", "", none, false);
  lexicon.Add(CueKind::kQualifier, "每股", "per", "share", none, false);
  EXPECT_EQ(Found(lexicon, none, "英伟达的市值下跌，营收增长"), (V{"market_value@市值", "revenue@营收"}));
  const std::string text = "每股28美元";
  const auto cues = lexicon.Find(none.Tokenize(text, 0, text.size()))[static_cast<std::size_t>(CueKind::kQualifier)];
  ASSERT_EQ(cues.size(), 1u);
  EXPECT_EQ(*cues[0].value, "share");
}

class LanguagesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("claimex-lang-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    Write("en/language.tsv", "match\twords\nstemmer\tenglish\ncommon\tthe and of\n");
    Write("en/predicates.tsv", "revenue\trevenue\n");
    Write("de/language.tsv", "match\twords\nstemmer\tgerman\ncompounds\tyes\ncommon\tder die und\n");
    Write("de/predicates.tsv", "Umsatz\trevenue\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& file, const std::string& content) {
    std::filesystem::create_directories((dir_ / "lang" / file).parent_path());
    std::ofstream(dir_ / "lang" / file) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(LanguagesTest, TheTagThenTheTextThenTheFallback) {
  Languages languages(dir_.string(), "en");
  EXPECT_EQ(languages.For("de", "").code, "de");
  EXPECT_EQ(languages.For("DE-at", "").code, "de");
  EXPECT_EQ(languages.For("", "Der Umsatz und die Kosten der Firma").code, "de");
  EXPECT_EQ(languages.For("sv", "The revenue of the firm and its costs").code, "en");
  EXPECT_EQ(languages.For("", "12345").code, "en");
}

TEST_F(LanguagesTest, MalformedRowsNameFileAndLine) {
  Write("en/attribution.tsv", "according to\tafter\nsaid\tsomewhere\n");
  try {
    Languages languages(dir_.string(), "en");
    FAIL() << "a bad label was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("attribution.tsv:2"), std::string::npos) << e.what();
  }
  Write("en/attribution.tsv", "according to\tafter\n");
  Write("de/language.tsv", "stemmer\tklingon\n");
  EXPECT_THROW(Languages(dir_.string(), "en"), std::runtime_error);
  Write("de/language.tsv", "match\twords\nspeed\tfast\n");
  EXPECT_THROW(Languages(dir_.string(), "en"), std::runtime_error);
  Write("de/language.tsv", "match\twords\n");
  EXPECT_THROW(Languages(dir_.string(), "fr"), std::runtime_error);  // no fallback folder
}

}  // namespace
}  // namespace claimex::claims
