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
      EXPECT_GE(report["types"]["claims"]["f1"].get<double>(), 0.85) << report["types"]["claims"].dump(2);
      EXPECT_GE(report["types"]["claims"]["attribution_accuracy"].get<double>(), 0.9);
      // Claim clusters against the gold clusters, pairwise (0.83 now; the
      // misses are claims whose predicate the sentence does not name).
      ASSERT_TRUE(report.contains("clusters"));
      EXPECT_GE(report["clusters"]["f1"].get<double>(), 0.8) << report["clusters"].dump(2);
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
