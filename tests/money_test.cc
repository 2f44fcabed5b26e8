// The money stage end to end through the default pipeline: fractions of a
// currency, Quebec's scaled dollar signs, what a bare "$" means in a
// document, and the cues that are no bound, in each language they are
// written in.
#include <gtest/gtest.h>

#include "default_pipeline_fixture.h"

namespace claimex {
namespace {

class MoneyTest : public testing::DefaultPipelineTest {
 protected:
  // "text=value currency bound" per money mention; with `via`, the currency's
  // source after the currency.
  std::vector<std::string> Money(const std::string& text, const std::string& lang = "en", bool via = false,
                                 const Metadata& meta = {}) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.meta = meta;
    doc.meta.lang = lang;
    for (auto& stage : stages_) EXPECT_TRUE(stage->Process(doc).ok());
    return MoneyStrings(doc, via);
  }

  std::vector<std::string> Gpus(const std::string& text, const std::string& lang) {
    return GpuStrings(Run(text, lang), false);
  }

  // The precision of the only money mention.
  double Precision(const std::string& text, const std::string& lang = "en") {
    const Document doc = Run(text, lang);
    const auto& items = doc.find_layer("money")->items;
    EXPECT_EQ(items.size(), 1u) << text;
    return items.empty() ? -1 : std::get<double>(*items[0].Get("precision"));
  }
};

using V = std::vector<std::string>;

TEST_F(MoneyTest, CentsAreHundredthsOfTheDollar) {
  EXPECT_EQ(Money("The stock slipped 42 cents in late trading."), V{"42 cents=0.42 USD exact"});
  EXPECT_EQ(Money("Power costs 61.5 cents a kilowatt-hour there."), V{"61.5 cents=0.615 USD exact"});
  EXPECT_EQ(Money("a dividend of 12¢ a share"), V{"12¢=0.12 USD exact"});
  EXPECT_DOUBLE_EQ(Precision("The stock slipped 42 cents in late trading."), 0.005);
  EXPECT_DOUBLE_EQ(Precision("Power costs 61.5 cents a kilowatt-hour there."), 0.0005);
}

TEST_F(MoneyTest, AWholeAmountAndItsCentsAreOne) {
  EXPECT_EQ(Money("Tickets were sold for 7 dollars 20 cents each."), V{"7 dollars 20 cents=7.2 USD exact"});
  EXPECT_EQ(Money("He paid seven dollars and twenty cents for the cable."),
            V{"seven dollars and twenty cents=7.2 USD exact"});
  EXPECT_DOUBLE_EQ(Precision("He paid seven dollars and twenty cents for the cable."), 0.005);
  EXPECT_EQ(Money("un billet à 5 euros et 20 centimes", "fr"), V{"5 euros et 20 centimes=5.2 EUR exact"});
  // Two prices, not one: a currency sign before the whole, a range.
  EXPECT_EQ(Money("It rose $7 and 20 cents later fell."), (V{"$7=7 USD exact", "20 cents=0.2 USD exact"}));
  // "a cent" in "not a cent" is no amount; neither is a cent without digits.
  EXPECT_EQ(Money("They did not get a cent from the deal."), V{});
}

TEST_F(MoneyTest, CentsInARange) {
  EXPECT_EQ(Money("shares traded between 40 and 45 cents"),
            (V{"40=0.4 USD exact", "45 cents=0.45 USD exact"}));
  EXPECT_EQ(Money("fares of 25 to 30 cents a mile"), (V{"25=0.25 USD exact", "30 cents=0.3 USD exact"}));
  // The start has its own currency: a dollar, not a cent.
  EXPECT_EQ(Money("prices from $1 to 45 cents"), (V{"$1=1 USD exact", "45 cents=0.45 USD exact"}));
  // 300 cents would be more than 5: the start's magnitude is not known.
  EXPECT_EQ(Money("from 300 to 5 cents"), V{"5 cents=0.05 USD exact"});
}

TEST_F(MoneyTest, FractionsOfTheCurrencyInEachLanguage) {
  EXPECT_EQ(Money("Das Papier verlor 42 Cent auf 7,20 Dollar.", "de"),
            (V{"42 Cent=0.42 USD exact", "7,20 Dollar=7.2 USD exact"}));
  EXPECT_EQ(Money("Der Strompreis stieg um 3 Cent auf 41 Cent je Kilowattstunde, also 0,41 Euro.", "de"),
            (V{"3 Cent=0.03 EUR exact", "41 Cent=0.41 EUR exact", "0,41 Euro=0.41 EUR exact"}));
  // A "Cent" with no amount in its sentence could be of any currency.
  EXPECT_EQ(Money("Der Liter kostet 5 Cent mehr.", "de"), V{});
  EXPECT_EQ(Money("Le ticket passe à 1,90 euro, soit 20 centimes de plus.", "fr"),
            (V{"1,90 euro=1.9 EUR exact", "20 centimes=0.2 EUR exact"}));
  EXPECT_EQ(Money("La acción cedió 30 céntimos, hasta 12,40 euros.", "es"),
            (V{"30 céntimos=0.3 EUR exact", "12,40 euros=12.4 EUR at_most"}));
  EXPECT_EQ(Money("El peso cerró en 50 centavos de dólar.", "es"), V{"50 centavos de dólar=0.5 USD exact"});
  EXPECT_EQ(Money("A ação subiu 35 centavos, para R$ 18,20.", "pt"),
            (V{"35 centavos=0.35 BRL exact", "R$ 18,20=18.2 BRL exact"}));
  EXPECT_EQ(Money("Il titolo ha guadagnato 15 centesimi.", "it"), V{"15 centesimi=0.15 EUR exact"});
  EXPECT_EQ(Money("Akcje podrożały o 20 groszy, do 5,20 zł.", "pl"),
            (V{"20 groszy=0.2 PLN exact", "5,20 zł=5.2 PLN exact"}));
  EXPECT_EQ(Money("Harga minyak naik 40 sen menjadi US$81,20 per barel.", "id"),
            (V{"40 sen=0.4 USD exact", "US$81,20=81.2 USD exact"}));
  EXPECT_EQ(Money("The shares closed up 12 pence."), V{"12 pence=0.12 GBP exact"});
}

TEST_F(MoneyTest, QuebecAndFrenchScaledSigns) {
  EXPECT_EQ(Money("Hydro-Québec investira 41 G$ d'ici 2035.", "fr", true), V{"41 G$=4.1e+10 CAD/written exact"});
  EXPECT_EQ(Money("Un budget de 1,2 G$ US pour la filiale.", "fr", true), V{"1,2 G$ US=1.2e+09 USD/written exact"});
  EXPECT_EQ(Money("un contrat de 300 M$ et une prime de 50 k$", "fr", true),
            (V{"300 M$=3e+08 USD/default exact", "50 k$=50000 USD/default exact"}));
  // G$ is only written for Canadian dollars: a text using it means them by M$.
  EXPECT_EQ(Money("Le plan coûtera 41 G$. La première phase coûtera 300 M$.", "fr", true),
            (V{"41 G$=4.1e+10 CAD/written exact", "300 M$=3e+08 CAD/text exact"}));
  EXPECT_EQ(Money("entre 2 et 3 G$", "fr"), (V{"2=2e+09 CAD exact", "3 G$=3e+09 CAD exact"}));
  EXPECT_EQ(Money("un tour de 12 M€ et 800 k€ de subventions", "fr"),
            (V{"12 M€=1.2e+07 EUR exact", "800 k€=800000 EUR exact"}));
  // A letter before a number with no currency sign is no scale.
  EXPECT_EQ(Money("le modèle 41 G et 300 M de paramètres", "fr"), V{});
}

TEST_F(MoneyTest, ABareDollarSignFollowsTheOutletsCountry) {
  Metadata globe;
  globe.url = "https://www.theglobeandmail.ca/business/article-telus-earnings/";
  EXPECT_EQ(Money("Telus earned $1.1 billion, or US$790 million.", "en", true, globe),
            (V{"$1.1 billion=1.1e+09 CAD/outlet exact", "US$790 million=7.9e+08 USD/written exact"}));
  Metadata sydney;
  sydney.source = "afr.com.au";
  EXPECT_EQ(Money("The miner raised $2 billion.", "en", true, sydney), V{"$2 billion=2e+09 AUD/outlet exact"});
  EXPECT_EQ(Money("Le contrat vaut 5 millions de dollars.", "fr-CA", true),
            V{"5 millions de dollars=5e+06 CAD/outlet exact"});
  EXPECT_EQ(Money("Pemex pagó $3,000 millones.", "es-MX", true), V{"$3,000 millones=3e+09 MXN/outlet exact"});
  // Words of another country's currency stay what they say.
  EXPECT_EQ(Money("It paid 5 million US dollars.", "en-CA", true), V{"5 million US dollars=5e+06 USD/written exact"});
  EXPECT_EQ(Money("It earned $3 billion.", "en", true), V{"$3 billion=3e+09 USD/default exact"});
}

TEST_F(MoneyTest, ABareDollarSignAfterALocalOne) {
  EXPECT_EQ(Money("Shopify posted C$1.2 billion in revenue. Its logistics arm lost $40 million.", "en", true),
            (V{"C$1.2 billion=1.2e+09 CAD/written exact", "$40 million=4e+07 CAD/text exact"}));
  // The conversion of a local amount, in its sentence, is into US dollars.
  EXPECT_EQ(Money("Telus earned C$1.1 billion ($790 million) in the quarter.", "en", true),
            (V{"C$1.1 billion=1.1e+09 CAD/written exact", "$790 million=7.9e+08 USD/default exact"}));
  EXPECT_EQ(Money("TSMC earned NT$452 billion, or about $14 billion.", "en", true),
            (V{"NT$452 billion=4.52e+11 TWD/written exact", "$14 billion=1.4e+10 USD/default approx"}));
  // A text that writes US$ too keeps the bare sign for the US dollar.
  EXPECT_EQ(Money("It raised C$1 billion and US$200 million. A rival raised $50 million.", "en", true),
            (V{"C$1 billion=1e+09 CAD/written exact", "US$200 million=2e+08 USD/written exact",
               "$50 million=5e+07 USD/default exact"}));
  // Two local dollars: which one?
  EXPECT_EQ(Money("It raised C$1 billion and A$2 billion. A rival raised $50 million.", "en", true),
            (V{"C$1 billion=1e+09 CAD/written exact", "A$2 billion=2e+09 AUD/written exact",
               "$50 million=5e+07 USD/default exact"}));
  // A currency word is no evidence: "Taiwanese dollar" then "dollar".
  EXPECT_EQ(Money("452 miljard Taiwanese dollar, omgerekend 14 miljard dollar.", "nl", true),
            (V{"452 miljard Taiwanese dollar=4.52e+11 TWD/written exact", "14 miljard dollar=1.4e+10 USD/default exact"}));
}

TEST_F(MoneyTest, VerbsAndPhrasesThatBound) {
  EXPECT_EQ(Money("Costs could exceed $3 billion and may surpass $4 billion; revenue tops $5 billion, "
                  "approaching $6 billion."),
            (V{"$3 billion=3e+09 USD over", "$4 billion=4e+09 USD over", "$5 billion=5e+09 USD over",
               "$6 billion=6e+09 USD approx"}));
  EXPECT_EQ(Money("Le coût pourrait dépasser 5 milliards d'euros.", "fr"), V{"5 milliards d'euros=5e+09 EUR over"});
  EXPECT_EQ(Money("Die Kosten übersteigen 5 Milliarden Euro.", "de"), V{"5 Milliarden Euro=5e+09 EUR over"});
  EXPECT_EQ(Money("La inversión podría superar 5.000 millones de euros.", "es"),
            V{"5.000 millones de euros=5e+09 EUR over"});
  EXPECT_EQ(Money("O custo deve ultrapassar 5 milhões de reais.", "pt"), V{"5 milhões de reais=5e+06 BRL over"});
  EXPECT_EQ(Money("Koszt może przekroczyć 2 mld zł, a zysk wyniósł mniej niż 300 mln zł.", "pl"),
            (V{"2 mld zł=2e+09 PLN over", "300 mln zł=3e+08 PLN under"}));
  EXPECT_EQ(Money("Doanh thu vượt 5 tỷ USD.", "vi"), V{"5 tỷ USD=5e+09 USD over"});
  EXPECT_EQ(Money("营收远高于70亿美元，利润高达80亿美元，成本低于10亿美元", "zh"),
            (V{"70亿美元=7e+09 USD over", "80亿美元=8e+09 USD at_most", "10亿美元=1e+09 USD under"}));
  EXPECT_EQ(Money("投資額は1000億円弱、費用は50億円以下。", "ja"),
            (V{"1000億円=1e+11 JPY approx", "50億円=5e+09 JPY at_most"}));
}

TEST_F(MoneyTest, AnUpToThatSaysWhereAFigureWentIsNoBound) {
  EXPECT_EQ(Money("Meta will ramp up to $80 billion in capital spending."), V{"$80 billion=8e+10 USD exact"});
  EXPECT_EQ(Money("The bill adds up to $4 billion."), V{"$4 billion=4e+09 USD exact"});
  EXPECT_EQ(Money("The fund could invest up to $4 billion."), V{"$4 billion=4e+09 USD at_most"});
  // Spanish: a price that rose, then a ceiling.
  EXPECT_EQ(Money("Las acciones subieron un 1,2 % en la Bolsa de Seúl, hasta 89.500 wones.", "es"),
            V{"89.500 wones=89500 KRW exact"});
  EXPECT_EQ(Money("La multa podría llegar hasta 5 millones de euros.", "es"), V{"5 millones de euros=5e+06 EUR at_most"});
  // Polish: "do" after a verb of change is "to".
  EXPECT_EQ(Money("Kurs akcji wzrósł do 36 dol. Kara wyniesie do 5 mln zł.", "pl"),
            (V{"36 dol.=36 USD exact", "5 mln zł=5e+06 PLN at_most"}));
  EXPECT_EQ(Money("Akcje wzrosły na giełdzie w Seulu o 1,3 proc., do 89 500 wonów.", "pl"),
            V{"89 500 wonów=89500 KRW exact"});
  // A sentence boundary ends the look back.
  EXPECT_EQ(Money("Akcje wzrosły. Kara do 5 mln zł.", "pl"), V{"5 mln zł=5e+06 PLN at_most"});
  EXPECT_EQ(Money("De koers steeg tot 28 dollar, de boete bedraagt tot 5 miljoen euro.", "nl"),
            (V{"28 dollar=28 USD exact", "5 miljoen euro=5e+06 EUR at_most"}));
  EXPECT_EQ(Money("A ação subiu 2 %, até R$ 40.", "pt"), V{"R$ 40=40 BRL exact"});
  EXPECT_EQ(Money("Saham naik 3 persen hingga Rp 9.000.", "id"), V{"Rp 9.000=9000 IDR exact"});
  EXPECT_EQ(Money("Il titolo è salito fino a 30 euro.", "it"), V{"30 euro=30 EUR exact"});
  EXPECT_EQ(Money("Doanh thu tăng lên tới 5 tỷ USD.", "vi"), V{"5 tỷ USD=5e+09 USD exact"});
}

TEST_F(MoneyTest, GermanUeberAfterAnAgreementIsWhatItIsWorth) {
  EXPECT_EQ(Money("Oracle erhält einen Cloud-Auftrag von OpenAI über 300 Milliarden Dollar.", "de"),
            V{"300 Milliarden Dollar=3e+11 USD exact"});
  EXPECT_EQ(Money("Der Konzern unterzeichnet einen Liefervertrag über 2 Milliarden Euro.", "de"),
            V{"2 Milliarden Euro=2e+09 EUR exact"});
  EXPECT_EQ(Money("Ein Kredit über 500 Millionen Euro.", "de"), V{"500 Millionen Euro=5e+08 EUR exact"});
  // "von über", "mit über": more than.
  EXPECT_EQ(Money("Ein Auftrag von über 5 Milliarden Euro.", "de"), V{"5 Milliarden Euro=5e+09 EUR over"});
  EXPECT_EQ(Money("Der Umsatz lag bei über 3 Milliarden Euro.", "de"), V{"3 Milliarden Euro=3e+09 EUR over"});
  EXPECT_EQ(Money("Über 3 Milliarden Euro flossen.", "de"), V{"3 Milliarden Euro=3e+09 EUR over"});
}

TEST_F(MoneyTest, CurrencyAndScaleInCompounds) {
  EXPECT_EQ(Money("Berlin legt einen 20-Milliarden-Euro-Fonds auf.", "de"), V{"20-Milliarden-Euro=2e+10 EUR exact"});
  EXPECT_EQ(Money("The province announced a $5-million grant and a 20-million-dollar loan."),
            (V{"$5-million=5e+06 USD exact", "20-million-dollar=2e+07 USD exact"}));
  EXPECT_EQ(Money("The group raised $US5 billion and $CA2 billion."),
            (V{"$US5 billion=5e+09 USD exact", "$CA2 billion=2e+09 CAD exact"}));
  EXPECT_EQ(Money("Die 20-Milliarden-Grenze fiel.", "de"), V{});
}

TEST_F(MoneyTest, KanjiAmounts) {
  EXPECT_EQ(Money("同社は二千億円を投じ、売上は一兆二千億円だった。", "ja"),
            (V{"二千億円=2e+11 JPY exact", "一兆二千億円=1.2e+12 JPY exact"}));
  EXPECT_EQ(Money("公司融资约两千万美元", "zh"), V{"两千万美元=2e+07 USD approx"});
}

// GPU counts share the bound cues and the hyphenated compounds.
TEST_F(MoneyTest, GpuCountsWithUnitWordsAndCompounds) {
  EXPECT_EQ(Gpus("La empresa compró 5.000 unidades B200 y 300 modelos MI300X.", "es"),
            (V{"5.000 unidades B200=5000 B200", "300 modelos MI300X=300 MI300X"}));
  // Without a model the same words count something else.
  EXPECT_EQ(Gpus("Lanzó 300 modelos de IA y 5.000 unidades vendidas.", "es"), V{});
  EXPECT_EQ(Gpus("Perusahaan membeli 10.000 unit GPU AMD.", "id"), V{"10.000 unit GPU=10000 -"});
  EXPECT_EQ(Gpus("Der Konzern kauft 5.000 AMD-MI300X-Beschleuniger und 2.000 B200-Chips.", "de"),
            (V{"5.000 AMD-MI300X-Beschleuniger=5000 MI300X", "2.000 B200-Chips=2000 B200"}));
  EXPECT_EQ(Gpus("Das Training brauchte 2.000 GPU-Stunden.", "de"), V{});
  EXPECT_EQ(Gpus("Spółka kupiła 20 tys. procesorów B200, a nie 300 procesorów Intel.", "pl"),
            V{"20 tys. procesorów B200=20000 B200"});
}

// A year-like figure before a bare GPU noun is a count where the language
// writes a noun after a figure as is; English needs the plural.
TEST_F(MoneyTest, AYearLikeFigureBeforeABareGpuNoun) {
  EXPECT_EQ(Gpus("Le cluster compte 2048 GPU Nvidia.", "fr"), V{"2048 GPU=2048 -"});
  EXPECT_EQ(Gpus("Der Cluster hat 4096 GPU und 2048 GPU von AMD.", "de"), (V{"4096 GPU=4096 -", "2048 GPU=2048 -"}));
  EXPECT_EQ(Gpus("El clúster usa 2048 GPU.", "es"), V{"2048 GPU=2048 -"});
  EXPECT_EQ(Gpus("Il cluster usa 2048 GPU.", "it"), V{"2048 GPU=2048 -"});
  EXPECT_EQ(Gpus("Klaster ma 2048 GPU.", "pl"), V{"2048 GPU=2048 -"});
  EXPECT_EQ(Gpus("A cég 2000 GPU-t vásárolt.", "hu"), V{"2000 GPU=2000 -"});
  // Still a year: English singular, a German compound, a year word before.
  EXPECT_EQ(Gpus("2025 GPU shipments rose.", "en"), V{});
  EXPECT_EQ(Gpus("Die 2025 GPU-Lieferungen stiegen.", "de"), V{});
  EXPECT_EQ(Gpus("En 2024 GPU et CPU manquaient.", "fr"), V{});
}

// "N of these chips" counts the model the sentence named before, never one
// of another sentence.
TEST_F(MoneyTest, GpusOfTheseTakeTheModelNamedBefore) {
  EXPECT_EQ(Gpus("Meta ordered H100s; 600 of these accelerators arrived.", "en"),
            V{"600 of these accelerators=600 H100"});
  EXPECT_EQ(Gpus("They bought GPUs, and 5 thousand of these chips went to Texas.", "en"),
            V{"5 thousand of these chips=5000 -"});
  EXPECT_EQ(Gpus("Oracle uses B200. Microsoft has 3,000 of these chips.", "en"), V{"3,000 of these chips=3000 -"});
  EXPECT_EQ(Gpus("Meta hat H100 bestellt, 5000 dieser Chips kamen an.", "de"), V{"5000 dieser Chips=5000 H100"});
  EXPECT_EQ(Gpus("Meta a commandé des H100, dont 5 000 de ces puces.", "fr"), V{"5 000 de ces puces=5000 H100"});
  EXPECT_EQ(Gpus("Oracle uses B200 racks, and 4,000 of those servers.", "en"), V{});
}

// A Hangul count noun after a Korean counter is the noun, not a counter
// that needs one.
TEST_F(MoneyTest, KoreanCounterThenAHangulNoun) {
  EXPECT_EQ(Gpus("5만 개의 칩을 샀다", "ko"), V{"5만 개의 칩=50000 -"});
  EXPECT_EQ(Gpus("5만 개 가속기", "ko"), V{"5만 개 가속기=50000 -"});
  EXPECT_EQ(Gpus("5만 대의 서버", "ko"), V{});
  EXPECT_EQ(Gpus("5만 개의 부품", "ko"), V{});
}

// Number words past a scale word are one amount, never its smaller part.
TEST_F(MoneyTest, AmountsInWordsPastAScaleWord) {
  EXPECT_EQ(Money("two billion three hundred million dollars"),
            V{"two billion three hundred million dollars=2.3e+09 USD exact"});
  EXPECT_EQ(Money("deux milliards cinq cents millions de dollars", "fr"),
            V{"deux milliards cinq cents millions de dollars=2.5e+09 USD exact"});
  EXPECT_EQ(Money("dos mil quinientos millones de dólares", "es"),
            V{"dos mil quinientos millones de dólares=2.5e+09 USD exact"});
  EXPECT_EQ(Money("dwa i pół miliarda złotych", "pl"), V{"dwa i pół miliarda złotych=2.5e+09 PLN exact"});
}

}  // namespace
}  // namespace claimex
