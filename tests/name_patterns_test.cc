// Unknown organisations and people found by pattern (plugins/entities/
// name_patterns.h), with the words of the shipped data/lang/*/names.tsv.
#include <filesystem>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "default_pipeline_fixture.h"
#include "name_patterns.h"
#include "records.h"
#include "test_util.h"

namespace claimex {
namespace {

using entities::NameKind;
using entities::NamePatterns;
using entities::NameWords;
using nlohmann::json;
using V = std::vector<std::string>;

const std::string kLang = std::string(CLAIMEX_SOURCE_DIR) + "/data/lang/";

NameWords Words(const std::vector<std::string>& languages) {
  NameWords words;
  for (const std::string& code : languages) words.Append(entities::ReadNameWords(kLang + code + "/names.tsv"));
  return words;
}

const V kAllLanguages = {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "vi", "id"};

// What the patterns find scanning the whole text, each search after the
// previous match: the reference the windowed search must equal.
V WholeTextNames(const NamePatterns& patterns, NameKind kind, std::string_view text) {
  V names;
  const auto found = patterns.FindInWholeText(text);
  for (const auto [begin, end] : kind == NameKind::kOrganisation ? found.organisations : found.people) {
    names.push_back(std::to_string(begin) + ":" + std::string(text.substr(begin, end - begin)));
  }
  return names;
}

V FoundNames(const NamePatterns& patterns, NameKind kind, std::string_view text) {
  V names;
  const auto found = patterns.Find(text);
  for (const auto [begin, end] : kind == NameKind::kOrganisation ? found.organisations : found.people) {
    names.push_back(std::to_string(begin) + ":" + std::string(text.substr(begin, end - begin)));
  }
  return names;
}

TEST(NamePatternsTest, OrganisationsAndPeople) {
  const NamePatterns patterns(Words({"en"}));
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation, "Shares of Acme Robotics Inc. rose; Zhongguancun Capital Group"),
            (V{"10:Acme Robotics", "35:Zhongguancun Capital Group"}));
  // Up to five words before a suffix: the sixth is left out.
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation,
                       "Alpha Beta Gamma Delta Epsilon Inc. and Zeta Alpha Beta Gamma Delta Epsilon, Co., Ltd."),
            (V{"0:Alpha Beta Gamma Delta Epsilon", "45:Alpha Beta Gamma Delta Epsilon"}));
  // Greedy: the name runs to the last head word.
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation, "Alpha Beta Group Holdings said"),
            V{"0:Alpha Beta Group Holdings"});
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation, "by Shenzhen Mindray Bio-Medical, Co., Ltd. and x-Acme plc"),
            (V{"3:Shenzhen Mindray Bio-Medical", "49:Acme"}));
  EXPECT_EQ(FoundNames(patterns, NameKind::kPerson, "said chief executive, Li Wei Ming Zhao and co-founder Ann Lee"),
            (V{"22:Li Wei Ming", "54:Ann Lee"}));
  EXPECT_EQ(FoundNames(patterns, NameKind::kPerson, "the Founder Li Wei; analyst  Ann Lee; subanalyst Bo Yu"), V{});
}

// A head word followed by another capitalised word ends no name: the name
// goes on ("PT Bank Mandiri"), and a part of it is no organisation.
TEST(NamePatternsTest, AHeadWordEndsTheName) {
  const NamePatterns patterns(Words(kAllLanguages));
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation, "saham PT Bank Mandiri naik; PKO Bank Polski"), V{});
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation, "Acme Capital, Acme Group. Acme Bank (Beta Labs)"),
            (V{"0:Acme Capital", "14:Acme Group", "26:Acme Bank"}));
}

// An article opens no organisation's name.
TEST(NamePatternsTest, ArticlesOpenNoName) {
  const NamePatterns patterns(Words(kAllLanguages));
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation, "Die Bank hat. Die Deutsche Bank hat. The Carlyle Group"),
            (V{"18:Deutsche Bank", "41:Carlyle Group"}));
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation, "O Banco do Brasil S.A. anunciou"), V{"2:Banco do Brasil"});
}

TEST(NamePatternsTest, OtherLanguages) {
  const NamePatterns patterns(Words(kAllLanguages));
  auto orgs = [&](std::string_view text) {
    V out;
    for (const auto [begin, end] : patterns.Find(text).organisations) out.emplace_back(text.substr(begin, end - begin));
    return out;
  };
  auto people = [&](std::string_view text) {
    V out;
    for (const auto [begin, end] : patterns.Find(text).people) out.emplace_back(text.substr(begin, end - begin));
    return out;
  };
  EXPECT_EQ(orgs("Aktien der Deutschen Bank und der Müller Holding GmbH"), (V{"Deutschen Bank", "Müller Holding"}));
  EXPECT_EQ(orgs("O Banco do Brasil S.A. e a Caixa; a Caisse des Dépôts et Consignations"),
            (V{"Banco do Brasil", "Caisse des Dépôts"}));
  EXPECT_EQ(orgs("la Banque de France, l'Université de Lyon, la Universidad de Buenos Aires"),
            (V{"Banque de France", "Université de Lyon", "Universidad de Buenos Aires"}));
  EXPECT_EQ(orgs("Acme S.p.A., Beta sp. z o.o., Gamma N.V., PT Bank Central Asia Tbk, Delta Ltda."),
            (V{"Acme", "Beta", "Gamma", "PT Bank Central Asia", "Delta"}));
  EXPECT_EQ(orgs("ING Groep; Énergie Holding; Łódź Capital"), (V{"ING Groep", "Énergie Holding", "Łódź Capital"}));
  EXPECT_EQ(people("Vorstandschef Christian Sewing; Präsidentin Ursula von der Leyen; le PDG Patrick Pouyanné"),
            (V{"Christian Sewing", "Ursula von der Leyen", "Patrick Pouyanné"}));
  EXPECT_EQ(people("el consejero delegado José Bogas; l'amministratore delegato Carlo Messina"),
            (V{"José Bogas", "Carlo Messina"}));
  EXPECT_EQ(people("o presidente-executivo Tarciana Medeiros; topman Jan de Vries; prezes Łukasz Śliwiński"),
            (V{"Tarciana Medeiros", "Jan de Vries", "Łukasz Śliwiński"}));
  EXPECT_EQ(people("giám đốc điều hành Nguyễn Văn An; direktur utama Darmawan Junaidi; Nvidia-Chef Jensen Huang"),
            (V{"Nguyễn Văn An", "Darmawan Junaidi", "Jensen Huang"}));
}

// Particles stand between two capitalised words only, and in a person's
// name only after the first.
TEST(NamePatternsTest, ParticlesNeverFirstOrLast) {
  const NamePatterns patterns(Words(kAllLanguages));
  auto people = [&](std::string_view text) {
    V out;
    for (const auto [begin, end] : patterns.Find(text).people) out.emplace_back(text.substr(begin, end - begin));
    return out;
  };
  EXPECT_EQ(people("directeur général Arthur Mensch de Mistral"), V{"Arthur Mensch"});
  EXPECT_EQ(people("fondateur Arthur de la"), V{});
  EXPECT_EQ(people("fondateur de Mistral AI"), V{});
  EXPECT_EQ(FoundNames(patterns, NameKind::kOrganisation, "o Banco do brasil, o Banco do"), V{});
}

// A person's name holding a suffix or head word is a bank before its
// director, not a person.
TEST(NamePatternsTest, PeopleHoldNoOrganisationWords) {
  const NamePatterns patterns(Words(kAllLanguages));
  EXPECT_EQ(FoundNames(patterns, NameKind::kPerson, "direktur utama Bank Mandiri Darmawan Junaidi"), V{});
  EXPECT_FALSE(patterns.Plausible(NameKind::kPerson, "Bank Mandiri Darmawan"));
  EXPECT_TRUE(patterns.Plausible(NameKind::kPerson, "Darmawan Junaidi"));
}

// Every suffix, head word, role and particle, in every position a window's
// edge could cut: at the start of the text, after punctuation, with names of
// up to and past the longest the patterns take, next to each other, so that
// the windows join. Both searches must find the same names.
TEST(NamePatternsTest, WindowsFindWhatAWholeTextScanFinds) {
  const NameWords words = Words(kAllLanguages);
  V pieces = {"Acme", "Robotics", "Bio-Medical", "O’Neil", "AT&T", "J.", "Li", "Wei", "Ann", "Lee", "the", "and",
              "x-Acme", "Incheon", "Corp", "Founder", "42", "é", "Ünal", "Łukasz", "Đặng", "École", "LeCun", "ÉTAT"};
  for (const auto* list : {&words.suffixes, &words.heads, &words.roles, &words.particles, &words.articles}) {
    pieces.insert(pieces.end(), list->begin(), list->end());
  }
  const V separators = {" ", " ", " ", " ", " ", " ", ", ", ". ", "  ", "\n", "-", "’", "(", "\"", "«", ""};
  for (const V& languages : {V{"en"}, kAllLanguages}) {
    const NamePatterns patterns(Words(languages));
    std::mt19937 random(20261123);
    for (int round = 0; round < 20000; ++round) {
      std::string text;
      const int count = static_cast<int>(random() % 24);
      for (int w = 0; w < count; ++w) {
        if (w > 0) text += separators[random() % separators.size()];
        text += pieces[random() % pieces.size()];
      }
      for (const auto kind : {NameKind::kOrganisation, NameKind::kPerson}) {
        ASSERT_EQ(FoundNames(patterns, kind, text), WholeTextNames(patterns, kind, text)) << text;
      }
    }
    for (const char* corpus : {"/corpus/seeds.jsonl", "/corpus/multilingual/documents.jsonl"}) {
      std::istringstream lines(testing::ReadFile(std::string(CLAIMEX_SOURCE_DIR) + corpus));
      for (std::string line; std::getline(lines, line);) {
        const std::string text = json::parse(line)["text"];
        for (const auto kind : {NameKind::kOrganisation, NameKind::kPerson}) {
          EXPECT_EQ(FoundNames(patterns, kind, text), WholeTextNames(patterns, kind, text)) << corpus;
        }
      }
    }
  }
}

TEST(NamePatternsTest, EveryShippedLanguageLoads) {
  for (const auto& item : std::filesystem::directory_iterator(kLang)) {
    if (!std::filesystem::exists(item.path() / "names.tsv")) continue;
    const std::string code = item.path().filename().string();
    EXPECT_NO_THROW(NamePatterns(Words({"en", code}))) << code;
  }
  EXPECT_NO_THROW(NamePatterns(Words(kAllLanguages)));
}

TEST(NamePatternsTest, BadRowsNameTheLine) {
  testing::TempDir dir;
  for (const auto& [row, message] : std::vector<std::pair<std::string, std::string>>{
           {"Acme\tcompany\n", "names.tsv:2: kind \"company\""},
           {"Von\tparticle\n", "names.tsv:2: a particle is lowercase"},
           {"&\tparticle\n", "names.tsv:2: a name word has two bytes"}}) {
    testing::WriteFile(dir / "names.tsv", "Inc.\tsuffix\n" + row);
    try {
      entities::ReadNameWords(dir / "names.tsv");
      ADD_FAILURE() << "no error for " << row;
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
    }
  }
}

// The entities stage takes the words of the document's language and
// English's; a document without a language, every language's.
class NamePatternsStageTest : public testing::DefaultPipelineTest {
 protected:
  V People(const std::string& text, const std::string& lang) {
    Document doc = Run(text, lang);
    V out;
    for (const auto& a : doc.layer("entities").items) {
      if (text.substr(a.begin, a.end - a.begin) == "Christian Sewing") out.push_back(lang.empty() ? "-" : lang);
    }
    return out;
  }
};

TEST_F(NamePatternsStageTest, LanguagesOfTheDocument) {
  const std::string text = "Vorstandschef Christian Sewing sagte, die Bank habe 2 Milliarden Euro investiert.";
  EXPECT_EQ(People(text, "de"), V{"de"});
  EXPECT_EQ(People(text, "de-AT"), V{"de-AT"});
  EXPECT_EQ(People(text, ""), V{"-"});
  EXPECT_EQ(People(text, "pl"), V{});
  EXPECT_EQ(People(text, "zh"), V{});
  EXPECT_EQ(People("CEO Christian Sewing said", "pl"), V{"pl"});
}

}  // namespace
}  // namespace claimex
