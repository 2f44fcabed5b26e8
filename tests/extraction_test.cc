// The money and GPU-count stages end to end through the plugins, with the
// seed traps, and the evaluation figures the issue asks for.
#include <gtest/gtest.h>

#include "default_pipeline_fixture.h"
#include "test_util.h"
#include "text_scan.h"

namespace claimex {
namespace {

using nlohmann::json;

std::u32string ToCodePoints(const std::string& utf8) {
  std::u32string out;
  for (std::size_t i = 0, n = 0; i < utf8.size(); i += n) out.push_back(plugin::DecodeAt(utf8, i, &n));
  return out;
}

class ExtractionTest : public testing::DefaultPipelineTest {
 protected:
  // "text=value currency bound" per money mention.
  std::vector<std::string> Money(const std::string& text, const std::string& lang = "en") {
    const Document doc = Run(text, lang);
    std::vector<std::string> out;
    for (const auto& a : doc.find_layer("money")->items) {
      char value[64];
      std::snprintf(value, sizeof value, "%.6g", std::get<double>(*a.Get("value")));
      out.push_back(std::string(doc.slice(a)) + "=" + value + " " + std::get<std::string>(*a.Get("currency")) +
                    " " + std::get<std::string>(*a.Get("bound")));
    }
    return out;
  }

  // "text=count model bound" per GPU count.
  std::vector<std::string> Gpus(const std::string& text, const std::string& lang = "en") {
    const Document doc = Run(text, lang);
    std::vector<std::string> out;
    for (const auto& a : doc.find_layer("gpu_counts")->items) {
      const auto* model = std::get_if<std::string>(a.Get("model"));
      out.push_back(std::string(doc.slice(a)) + "=" + std::to_string(std::get<std::int64_t>(*a.Get("count"))) +
                    " " + (model ? *model : "-") + " " + std::get<std::string>(*a.Get("bound")));
    }
    return out;
  }

};

using V = std::vector<std::string>;

TEST_F(ExtractionTest, SeedTraps) {
  EXPECT_EQ(Money("Was the cost of DeepSeek $1,6 billion? It spent $6 million and 2.048 GPUs, and 50.000 "
                  "Hopper GPUs."),
            (V{"$1,6 billion=1.6e+09 USD exact", "$6 million=6e+06 USD exact"}));
  EXPECT_EQ(Gpus("Was the cost of DeepSeek $1,6 billion? It spent $6 million and 2.048 GPUs, and 50.000 "
                 "Hopper GPUs."),
            (V{"2.048 GPUs=2048 - exact", "50.000 Hopper GPUs=50000 Hopper exact"}));
  EXPECT_EQ(Gpus("DeepSeek acquired 10, 000 units of NVIDIA’s A100 GPUs in 2021."),
            (V{"10, 000 units of NVIDIA’s A100 GPUs=10000 A100 exact"}));
  EXPECT_EQ(Gpus("It also invested in H20 GPUs and Ascend 910B chips."), V{});
}

TEST_F(ExtractionTest, CurrenciesBeforeAndAfter) {
  EXPECT_EQ(Money("US$ 5 million, €3 billion, £2bn and ¥100 million."),
            (V{"US$ 5 million=5e+06 USD exact", "€3 billion=3e+09 EUR exact", "£2bn=2e+09 GBP exact",
               "¥100 million=1e+08 JPY exact"}));
  EXPECT_EQ(Money("投资了¥100亿。", "zh"), V{"¥100亿=1e+10 CNY exact"});
  EXPECT_EQ(Money("5 Milliarden US-Dollar und 2 Mio. Euro", "de"),
            (V{"5 Milliarden US-Dollar=5e+09 USD exact", "2 Mio. Euro=2e+06 EUR exact"}));
  EXPECT_EQ(Money("chi 2 tỷ đô la", "vi"), V{"2 tỷ đô la=2e+09 USD exact"});
  EXPECT_EQ(Money("USD 40 million and 300 million yuan and NT$5 billion"),
            (V{"USD 40 million=4e+07 USD exact", "300 million yuan=3e+08 CNY exact", "NT$5 billion=5e+09 TWD exact"}));
}

TEST_F(ExtractionTest, NotMoney) {
  EXPECT_EQ(Money("In 2024, revenue grew 25% to 3 million units; 40 percent of 1,000 staff."), V{});
}

TEST_F(ExtractionTest, Bounds) {
  EXPECT_EQ(Money("about $5 million, more than $2 billion, well higher than $500M, under $1 million, at least "
                  "$3 million, up to $944 million, $2+ billion"),
            (V{"$5 million=5e+06 USD approx", "$2 billion=2e+09 USD over", "$500M=5e+08 USD over",
               "$1 million=1e+06 USD under", "$3 million=3e+06 USD at_least", "$944 million=9.44e+08 USD at_most",
               "$2+ billion=2e+09 USD at_least"}));
  EXPECT_EQ(Money("rund 5 Millionen Euro", "de"), V{"5 Millionen Euro=5e+06 EUR approx"});
  EXPECT_EQ(Money("plus de 500 millions de dollars", "fr"), V{"500 millions de dollars=5e+08 USD over"});
  EXPECT_EQ(Money("khoảng 1,6 tỷ USD", "vi"), V{"1,6 tỷ USD=1.6e+09 USD approx"});
}

TEST_F(ExtractionTest, RangesGiveTwoMentions) {
  EXPECT_EQ(Money("from $15,000 to $40,000"), (V{"$15,000=15000 USD exact", "$40,000=40000 USD exact"}));
  EXPECT_EQ(Money("$40-45bn"), (V{"$40=4e+10 USD exact", "45bn=4.5e+10 USD exact"}));
  EXPECT_EQ(Money("between €2 and €3 billion"), (V{"€2=2e+09 EUR exact", "€3 billion=3e+09 EUR exact"}));
  EXPECT_EQ(Money("2~3億ドル", "ja"), (V{"2=2e+08 USD exact", "3億ドル=3e+08 USD exact"}));
}

TEST_F(ExtractionTest, GpuCountForms) {
  EXPECT_EQ(Gpus("25K H100s, 10,000 H800s and 2,048 GPUs"),
            (V{"25K H100s=25000 H100 exact", "10,000 H800s=10000 H800 exact", "2,048 GPUs=2048 - exact"}));
  EXPECT_EQ(Gpus("about 10,000 “China-specific” H800 AI GPUs"), V{"10,000 “China-specific” H800 AI GPUs=10000 H800 approx"});
  EXPECT_EQ(Gpus("20 mil GPUs", "es"), V{"20 mil GPUs=20000 - exact"});
  EXPECT_EQ(Gpus("約3万台のGPU", "ja"), V{"3万台=30000 - approx"});
  EXPECT_EQ(Gpus("more than 5,000 MI300X accelerators"), V{"5,000 MI300X accelerators=5000 MI300X over"});
}

TEST_F(ExtractionTest, ThingsThatAreNotGpuCounts) {
  EXPECT_EQ(Gpus("It used 2.79 million GPU hours on 2,048 servers, 100 MW, 671 billion parameters, 55 days, "
                 "with H20 GPUs and 8 nodes."),
            V{});
  EXPECT_EQ(Gpus("GPUs cost $30,000 each; 2.5 GPUs per user."), V{});
  // An amount of money in any currency is no count, even before "GPUs".
  EXPECT_EQ(Gpus("a ₹50,000 GPUs budget and ₫200 GPUs"), V{});
  // Found by the extract fuzzer: beyond 2^53 a double holds no exact count
  // (and the conversion to an integer was undefined behaviour).
  EXPECT_EQ(Gpus("33333333333333333333333333333333333333333333,000 NVIDIA GPUs"), V{});
}

// Issue 15, item 1: the wrong-by-a-million bug, and every path that shares a
// scale or a currency between the ends of a range.
TEST_F(ExtractionTest, SharedScaleAndCurrencyInRanges) {
  EXPECT_EQ(Money("from $650,000 to $2.1 million"),
            (V{"$650,000=650000 USD exact", "$2.1 million=2.1e+06 USD exact"}));
  EXPECT_EQ(Money("fines of $300 to $5 million"), (V{"$300=300 USD exact", "$5 million=5e+06 USD exact"}));
  // 300 or 300 million? Without its own currency the start is left out.
  EXPECT_EQ(Money("from 300 to 5 million dollars"), V{"5 million dollars=5e+06 USD exact"});
  EXPECT_EQ(Money("zwischen 2 und 3 Milliarden Euro", "de"),
            (V{"2=2e+09 EUR exact", "3 Milliarden Euro=3e+09 EUR exact"}));
  EXPECT_EQ(Money("stieg von 2 auf 3 Milliarden Euro", "de"),
            (V{"2=2e+09 EUR exact", "3 Milliarden Euro=3e+09 EUR exact"}));
  EXPECT_EQ(Money("sank von 5 auf 3 Milliarden Euro", "de"), V{"3 Milliarden Euro=3e+09 EUR exact"});
  EXPECT_EQ(Money("de 2 à 3 milliards d'euros", "fr"),
            (V{"2=2e+09 EUR exact", "3 milliards d'euros=3e+09 EUR exact"}));
  EXPECT_EQ(Money("tussen de 40 miljard en 42 miljard dollar", "nl"),
            (V{"40 miljard=4e+10 USD exact", "42 miljard dollar=4.2e+10 USD exact"}));
  EXPECT_EQ(Money("entre 2 y 3 millones de dólares", "es"),
            (V{"2=2e+06 USD exact", "3 millones de dólares=3e+06 USD exact"}));
  EXPECT_EQ(Money("para 2026 en 42.000 millones de dólares", "es"),
            V{"42.000 millones de dólares=4.2e+10 USD exact"});
  EXPECT_EQ(Money("od 2 do 3 mld zł", "pl"), (V{"2=2e+09 PLN exact", "3 mld zł=3e+09 PLN exact"}));
  EXPECT_EQ(Money("20亿至30亿美元", "zh"), (V{"20亿=2e+09 USD exact", "30亿美元=3e+09 USD exact"}));
}

// The end of a range written with its own currency takes the range's bound:
// "tot" and "hingga" join, they are no "up to" here.
TEST_F(ExtractionTest, RangeEndsWithTheirOwnCurrency) {
  EXPECT_EQ(Money("een bandbreedte van 25 dollar tot 28 dollar", "nl"),
            (V{"25 dollar=25 USD exact", "28 dollar=28 USD exact"}));
  EXPECT_EQ(Money("kisaran awal US$24 hingga US$26", "id"), (V{"US$24=24 USD exact", "US$26=26 USD exact"}));
  EXPECT_EQ(Money("tot 28 dollar", "nl"), V{"28 dollar=28 USD at_most"});
}

TEST_F(ExtractionTest, PolishAbbreviationsAndBounds) {
  EXPECT_EQ(Money("pozyskał 10 mld dol. (ok. 39 mld zł), 4,7 bln wonów, ok. 30 tys. dol., ponad 100 mln dol.",
                  "pl"),
            (V{"10 mld dol.=1e+10 USD exact", "39 mld zł=3.9e+10 PLN approx", "4,7 bln wonów=4.7e+12 KRW exact",
               "30 tys. dol.=30000 USD approx", "100 mln dol.=1e+08 USD over"}));
  EXPECT_EQ(Money("karę przekraczającą 2 mld euro", "pl"), V{"2 mld euro=2e+09 EUR over"});
}

TEST_F(ExtractionTest, NationalCurrencyWords) {
  EXPECT_EQ(Money("452 miljard Taiwanese dollar, zo'n 30.000 dollar", "nl"),
            (V{"452 miljard Taiwanese dollar=4.52e+11 TWD exact", "30.000 dollar=30000 USD approx"}));
  EXPECT_EQ(Money("452 milliards de dollars taïwanais et 33,1 milliards de dollars américains", "fr"),
            (V{"452 milliards de dollars taïwanais=4.52e+11 TWD exact",
               "33,1 milliards de dollars américains=3.31e+10 USD exact"}));
  EXPECT_EQ(Money("4,7 billones de wones y 452.000 millones de dólares taiwaneses", "es"),
            (V{"4,7 billones de wones=4.7e+12 KRW exact", "452.000 millones de dólares taiwaneses=4.52e+11 TWD exact"}));
  EXPECT_EQ(Money("rondó los 7.600 millones de euros; en torno a 65.000 dólares; supera ya los 4 billones de dólares",
                  "es"),
            (V{"7.600 millones de euros=7.6e+09 EUR approx", "65.000 dólares=65000 USD approx",
               "4 billones de dólares=4e+12 USD over"}));
  EXPECT_EQ(Money("5 billion Australian dollars, 3 million Swiss francs and 2 million Canadian dollars"),
            (V{"5 billion Australian dollars=5e+09 AUD exact", "3 million Swiss francs=3e+06 CHF exact",
               "2 million Canadian dollars=2e+06 CAD exact"}));
  EXPECT_EQ(Money("4 milliards de dollars australiens, 3 millions de francs suisses, 2 millions de livres sterling",
                  "fr"),
            (V{"4 milliards de dollars australiens=4e+09 AUD exact", "3 millions de francs suisses=3e+06 CHF exact",
               "2 millions de livres sterling=2e+06 GBP exact"}));
}

TEST_F(ExtractionTest, CurrencyFormsAroundTheNumber) {
  EXPECT_EQ(Money("EUR5bn, USD9 million, RM120 million, C$ 5 million, AU $3 billion, HK$ 2bn"),
            (V{"EUR5bn=5e+09 EUR exact", "USD9 million=9e+06 USD exact", "RM120 million=1.2e+08 MYR exact",
               "C$ 5 million=5e+06 CAD exact", "AU $3 billion=3e+09 AUD exact", "HK$ 2bn=2e+09 HKD exact"}));
  EXPECT_EQ(Money("2,6 milliards $ et 37 millions de $", "fr"),
            (V{"2,6 milliards $=2.6e+09 USD exact", "37 millions de $=3.7e+07 USD exact"}));
  EXPECT_EQ(Money("sekitar Rp163 triliun", "id"), V{"Rp163 triliun=1.63e+14 IDR approx"});
}

TEST_F(ExtractionTest, KoreanWonAndMixedNumeralsInChineseAndJapanese) {
  EXPECT_EQ(Money("营业利润为11.4万亿韩元（约合80亿美元），营收为24.4万亿韩元", "zh"),
            (V{"11.4万亿韩元=1.14e+13 KRW exact", "80亿美元=8e+09 USD approx", "24.4万亿韩元=2.44e+13 KRW exact"}));
  EXPECT_EQ(Money("営業利益は11兆2000億ウォン（約1兆1800億円）、1株52万ウォン", "ja"),
            (V{"11兆2000億ウォン=1.12e+13 KRW exact", "1兆1800億円=1.18e+12 JPY approx", "52万ウォン=520000 KRW exact"}));
  EXPECT_EQ(Money("費用は約460万ドル（約6億9000万円）", "ja"),
            (V{"460万ドル=4.6e+06 USD approx", "6億9000万円=6.9e+08 JPY approx"}));
}

TEST_F(ExtractionTest, SmallWanAmountsAndCjkBounds) {
  EXPECT_EQ(Money("按每颗GB300约6万美元的价格，身家增加逾1000亿美元，估值约为43亿美元", "zh"),
            (V{"6万美元=60000 USD approx", "1000亿美元=1e+11 USD over", "43亿美元=4.3e+09 USD approx"}));
  EXPECT_EQ(Money("GB300の価格は約6万ドル。年600億ドル規模。10億ドルを超える", "ja"),
            (V{"6万ドル=60000 USD approx", "600億ドル=6e+10 USD approx", "10億ドル=1e+09 USD over"}));
  // Model numbers and years are never amounts.
  EXPECT_EQ(Money("H20とGB300、2026年、H800型", "ja"), V{});
}

// An amount whose currency the sentence gave just before, with nothing after
// it: "at a valuation of 230 miljard".
TEST_F(ExtractionTest, CurrencyOfTheSentenceForABareScaledAmount) {
  EXPECT_EQ(Money("Anthropic haalt 10 miljard dollar op bij waardering van 230 miljard\n", "nl"),
            (V{"10 miljard dollar=1e+10 USD exact", "230 miljard=2.3e+11 USD exact"}));
  EXPECT_EQ(Money("utile a 425 miliardi di dollari taiwanesi, sopra le attese che indicavano circa 410 miliardi.",
                  "it"),
            (V{"425 miliardi di dollari taiwanesi=4.25e+11 TWD exact", "410 miliardi=4.1e+11 TWD approx"}));
  // Something written after the figure, another sentence: not money.
  EXPECT_EQ(Money("It earned $5 billion and has 2 billion users."), V{"$5 billion=5e+09 USD exact"});
  EXPECT_EQ(Money("It earned $5 billion. It has 2 billion."), V{"$5 billion=5e+09 USD exact"});
}

TEST_F(ExtractionTest, ConversionOfAnApproximateAmount) {
  EXPECT_EQ(Money("zo'n 8,1 miljard dollar (7,5 miljard euro)", "nl"),
            (V{"8,1 miljard dollar=8.1e+09 USD approx", "7,5 miljard euro=7.5e+09 EUR approx"}));
  EXPECT_EQ(Money("4,6 miljoen dollar (4,2 miljoen euro)", "nl"),
            (V{"4,6 miljoen dollar=4.6e+06 USD exact", "4,2 miljoen euro=4.2e+06 EUR exact"}));
}

TEST_F(ExtractionTest, GpuCountsWithCountersVendorsAndModelsInCjkAndPolish) {
  EXPECT_EQ(Gpus("3072基のH800型GPUを使った。約2万個のGPUを運用。1万8000個のエヌビディア製GB300を購入", "ja"),
            (V{"3072基のH800型GPU=3072 H800 exact", "2万個のGPU=20000 - approx",
               "1万8000個のエヌビディア製GB300=18000 GB300 exact"}));
  EXPECT_EQ(Gpus("1万8000個のAI半導体を調達", "ja"), V{"1万8000個のAI半導体=18000 - exact"});
  EXPECT_EQ(Gpus("共使用了3072块英伟达H800 GPU，采购1.8万颗英伟达GB300芯片", "zh"),
            (V{"3072块英伟达H800 GPU=3072 H800 exact", "1.8万颗英伟达GB300芯片=18000 GB300 exact"}));
  EXPECT_EQ(Gpus("na 3072 procesorach graficznych Nvidia H800, ok. 20 tys. procesorów graficznych", "pl"),
            (V{"3072 procesorach graficznych Nvidia H800=3072 H800 exact",
               "20 tys. procesorów graficznych=20000 - approx"}));
  EXPECT_EQ(Gpus("kauft 20.000 Hochleistungschips vom Typ GB300 und mehr als 200.000 Nvidia-GPUs", "de"),
            (V{"20.000 Hochleistungschips vom Typ GB300=20000 GB300 exact", "200.000 Nvidia-GPUs=200000 - over"}));
  // A counter alone counts nothing: "3基のデータセンター", "5万個の部品".
  EXPECT_EQ(Gpus("3基のデータセンターと5万個の部品", "ja"), V{});
}

// Issue 15, item 5: a year-like figure before a plural GPU noun is a count,
// unless a word before it makes it a year; before a singular noun it is one.
TEST_F(ExtractionTest, YearLikeFiguresBeforeGpuNouns) {
  EXPECT_EQ(Gpus("The cluster links 4096 GPUs and the lab ordered 2048 H800s."),
            (V{"4096 GPUs=4096 - exact", "2048 H800s=2048 H800 exact"}));
  EXPECT_EQ(Gpus("2025 GPU shipments rose, and in 2024 GPUs were scarce. By 2026 GPUs will be cheaper."), V{});
  EXPECT_EQ(Gpus("Seit 2023 GPUs knapp sind, kauft sie 2048 GPUs.", "de"), V{"2048 GPUs=2048 - exact"});
}

TEST_F(ExtractionTest, ModelWrittenBeforeACounter) {
  EXPECT_EQ(Gpus("同社はB200を5万台導入する。NVIDIAのH100を1万台。", "ja"),
            (V{"B200を5万台=50000 B200 exact", "H100を1万台=10000 H100 exact"}));
  EXPECT_EQ(Gpus("さくらインターネットはH100を2000基導入した。", "ja"), V{"H100を2000基=2000 H100 exact"});
  EXPECT_EQ(Gpus("采购H20芯片2万块", "zh"), V{"H20芯片2万块=20000 H20 exact"});
  // A counter alone still counts only a GPU noun: "5万台の車" is no count.
  EXPECT_EQ(Gpus("トヨタは5万台の車を売った。", "ja"), V{});
  EXPECT_EQ(Gpus("训练用了278万GPU小时。", "zh"), V{});
}

TEST_F(ExtractionTest, TheFirstFigureOfARangeOrACoordinationCountsTheSame) {
  EXPECT_EQ(Gpus("Amazon's 40,000 and Oracle's 65,000 GPUs were counted."),
            (V{"40,000=40000 - exact", "65,000 GPUs=65000 - exact"}));
  EXPECT_EQ(Gpus("AMD expects to ship from 2 to 2.5 million MI300X."),
            (V{"2=2000000 MI300X exact", "2.5 million MI300X=2500000 MI300X exact"}));
  // A figure with its own noun, or a clause between, is something else.
  EXPECT_EQ(Gpus("40,000 servers and 65,000 GPUs; it raised 5,000 and Nvidia sold 6,000 GPUs."),
            (V{"65,000 GPUs=65000 - exact", "6,000 GPUs=6000 - exact"}));
  EXPECT_EQ(Gpus("$5,000 and 6,000 GPUs"), V{"6,000 GPUs=6000 - exact"});
}

TEST_F(ExtractionTest, ModelNamesWithASpaceAndWhatAModelQualifies) {
  EXPECT_EQ(Gpus("The site uses 2,000 Gaudi 3 accelerators."), V{"2,000 Gaudi 3 accelerators=2000 Gaudi 3 exact"});
  EXPECT_EQ(Gpus("About 600,000 H100 equivalents; 2.79 million H800 GPU hours."), V{});
}

// A grouped start shares the scale of an end written the same way; the
// wrong-by-a-million reading (2,000 euros) is gone.
TEST_F(ExtractionTest, GroupedRangeEndsShareTheirScale) {
  EXPECT_EQ(Money("El gasto estará entre 2.000 y 3.000 millones de euros.", "es"),
            (V{"2.000=2e+09 EUR exact", "3.000 millones de euros=3e+09 EUR exact"}));
  EXPECT_EQ(Money("Salaries range from $650,000 to $2.1 million."),
            (V{"$650,000=650000 USD exact", "$2.1 million=2.1e+06 USD exact"}));
}

// Issue 15, item 3: number words of each language, from data/numbers.
TEST_F(ExtractionTest, MoneyInNumberWords) {
  EXPECT_EQ(Money("zwei bis drei Milliarden Euro und eine Viertelmilliarde Dollar", "de"),
            (V{"zwei=2e+09 EUR exact", "drei Milliarden Euro=3e+09 EUR exact",
               "eine Viertelmilliarde Dollar=2.5e+08 USD exact"}));
  EXPECT_EQ(Money("un milliard d'euros et un demi-milliard de dollars", "fr"),
            (V{"un milliard d'euros=1e+09 EUR exact", "un demi-milliard de dollars=5e+08 USD exact"}));
  EXPECT_EQ(Money("dos mil millones de dólares", "es"), V{"dos mil millones de dólares=2e+09 USD exact"});
  EXPECT_EQ(Money("mezzo miliardo di euro", "it"), V{"mezzo miliardo di euro=5e+08 EUR exact"});
  EXPECT_EQ(Money("pół miliarda złotych", "pl"), V{"pół miliarda złotych=5e+08 PLN exact"});
  EXPECT_EQ(Money("meio bilhão de reais", "pt"), V{"meio bilhão de reais=5e+08 BRL exact"});
  EXPECT_EQ(Money("een half miljard euro", "nl"), V{"een half miljard euro=5e+08 EUR exact"});
  EXPECT_EQ(Money("two hundred fifty million dollars"), V{"two hundred fifty million dollars=2.5e+08 USD exact"});
  // Vague: at least the order of magnitude, which no figure in it contradicts.
  EXPECT_EQ(Money("tens of millions of dollars; des dizaines de millions d'euros", "en"),
            V{"tens of millions of dollars=1e+07 USD at_least"});
  EXPECT_EQ(Money("des dizaines de millions d'euros", "fr"), V{"dizaines de millions d'euros=1e+07 EUR at_least"});
}

TEST_F(ExtractionTest, EvalOnTheSeedsAndTheMultilingualSet) {
  testing::TempDir dir;
  const std::string root = CLAIMEX_SOURCE_DIR;
  for (const auto& [gold, input, floor] :
       {std::tuple{root + "/corpus/gold/seeds.jsonl", root + "/corpus/seeds.jsonl", 0.97},
        std::tuple{root + "/corpus/multilingual/gold.jsonl", root + "/corpus/multilingual/documents.jsonl", 1.0}}) {
    const auto r = testing::RunClaimex("eval --json --gold " + gold + " " + input, dir.str());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json report = json::parse(r.out);
    EXPECT_TRUE(report["unseen_gold_documents"].empty());
    for (const char* type : {"money", "gpu_counts"}) {
      const json& t = report["types"][type];
      EXPECT_GE(t["precision"].get<double>(), floor) << gold << " " << type << "\n" << t.dump(2);
      EXPECT_GE(t["recall"].get<double>(), floor) << gold << " " << type << "\n" << t.dump(2);
      EXPECT_GE(t["bound_accuracy"].get<double>(), floor) << gold << " " << type;
    }
    EXPECT_GE(report["types"]["gpu_counts"]["model_accuracy"].get<double>(), floor);
    if (report["types"].contains("claims")) {
      // Issue floors for entities and claims, on the seeds.
      EXPECT_GE(report["types"]["entities"]["f1"].get<double>(), 0.9) << report["types"]["entities"].dump(2);
      EXPECT_GE(report["types"]["claims"]["f1"].get<double>(), 0.95) << report["types"]["claims"].dump(2);
      EXPECT_GE(report["types"]["claims"]["attribution_accuracy"].get<double>(), 0.9);
      // Claim clusters against the gold clusters, pairwise (0.98 now), and
      // no conflict: the five articles do not disagree.
      ASSERT_TRUE(report.contains("clusters"));
      EXPECT_GE(report["clusters"]["f1"].get<double>(), 0.95) << report["clusters"].dump(2);
      EXPECT_EQ(report["conflicts"]["predicted_pairs"], 0) << report["conflicts"].dump(2);
    }
  }
}

TEST_F(ExtractionTest, GoldTextsAreExactSubstrings) {
  const std::string root = CLAIMEX_SOURCE_DIR;
  for (const auto& [gold_file, docs_file] :
       {std::pair{root + "/corpus/gold/seeds.jsonl", root + "/corpus/seeds.jsonl"},
        std::pair{root + "/corpus/multilingual/gold.jsonl", root + "/corpus/multilingual/documents.jsonl"}}) {
    std::map<std::string, std::u32string> texts;
    for (const auto& line : testing::Lines(testing::ReadFile(docs_file))) {
      const json doc = json::parse(line);
      const std::u32string text = ToCodePoints(doc["text"]);
      texts[doc["id"]] = text;
    }
    for (const auto& line : testing::Lines(testing::ReadFile(gold_file))) {
      const json gold = json::parse(line);
      for (const char* layer : {"money", "gpu_counts"}) {
        for (const auto& m : gold[layer]) {
          const std::u32string& text = texts.at(gold["id"]);
          const std::size_t start = m["start"], end = m["end"];
          const std::u32string want = ToCodePoints(m["text"]);
          EXPECT_EQ(text.substr(start, end - start), want) << gold["id"] << " " << m["text"];
        }
      }
    }
  }
}

}  // namespace
}  // namespace claimex
