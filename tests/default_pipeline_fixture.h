// A fixture that runs the repository's default pipeline over a text, in
// process, through the real plugins.
#ifndef CLAIMEX_TESTS_DEFAULT_PIPELINE_FIXTURE_H_
#define CLAIMEX_TESTS_DEFAULT_PIPELINE_FIXTURE_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pipeline.h"
#include "plugin_registry.h"
#include "records.h"

namespace claimex::testing {

class DefaultPipelineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    registry_ = new PluginRegistry();
    registry_->Scan({CLAIMEX_PLUGIN_DIR});
    pipeline_ = new Pipeline();
    ASSERT_TRUE(Pipeline::Load(std::string(CLAIMEX_SOURCE_DIR) + "/pipelines/default.json", *registry_,
                               std::nullopt, *pipeline_)
                    .ok());
  }
  static void TearDownTestSuite() {
    delete pipeline_;
    delete registry_;
  }
  void SetUp() override { ASSERT_TRUE(pipeline_->CreateStages(stages_).ok()); }

  // The document after every stage of the default pipeline.
  Document Run(const std::string& text, const std::string& lang = "en") {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.meta.lang = lang;
    for (auto& stage : stages_) EXPECT_TRUE(stage->Process(doc).ok());
    return doc;
  }

  // "text=value currency bound" per money mention; with `via`, the
  // currency's source after the currency.
  static std::vector<std::string> MoneyStrings(const Document& doc, bool via = false) {
    std::vector<std::string> out;
    for (const auto& a : doc.find_layer("money")->items) {
      char value[64];
      std::snprintf(value, sizeof value, "%.6g", std::get<double>(*a.Get("value")));
      std::string currency = std::get<std::string>(*a.Get("currency"));
      if (via) currency += "/" + std::get<std::string>(*a.Get("currency_via"));
      out.push_back(std::string(doc.slice(a)) + "=" + value + " " + currency + " " +
                    std::get<std::string>(*a.Get("bound")));
    }
    return out;
  }

  // "text=count model" per GPU count; with `bound`, its bound after it.
  static std::vector<std::string> GpuStrings(const Document& doc, bool bound) {
    std::vector<std::string> out;
    for (const auto& a : doc.find_layer("gpu_counts")->items) {
      const auto* model = std::get_if<std::string>(a.Get("model"));
      std::string line = std::string(doc.slice(a)) + "=" + std::to_string(std::get<std::int64_t>(*a.Get("count")));
      line.append(" ").append(model ? *model : "-");
      if (bound) line.append(" ").append(std::get<std::string>(*a.Get("bound")));
      out.push_back(std::move(line));
    }
    return out;
  }

  // "subject predicate value" per claim, plus " scope=", " period=", " per="
  // for each qualifier set.
  std::vector<std::string> Claims(const std::string& text, const std::string& lang) {
    const Document doc = Run(text, lang);
    const ProcessedDocument view(doc, run_, pipeline_->output_layers());
    const nlohmann::json record = nlohmann::json::parse(view.annotations_json());
    std::vector<std::string> out;
    for (const auto& c : record["claims"]) {
      const nlohmann::json& value = c["value"];
      char amount[32];
      std::snprintf(amount, sizeof amount, "%g", value.contains("amount") ? value["amount"].get<double>()
                                                                          : value["count"].get<double>());
      std::string line = (c["subject"].is_null() ? std::string("null") : c["subject"]["id"].get<std::string>()) +
                         " " + c["predicate"].get<std::string>() + " " + amount;
      for (const char* q : {"scope", "period", "per"}) {
        if (c["qualifiers"].contains(q) && !c["qualifiers"][q].is_null()) {
          line += std::string(" ") + q + "=" + c["qualifiers"][q].get<std::string>();
        }
      }
      out.push_back(line);
    }
    return out;
  }

  static inline PluginRegistry* registry_ = nullptr;
  static inline Pipeline* pipeline_ = nullptr;
  std::vector<std::unique_ptr<detail::StageHandle>> stages_;
  RunInfo run_{"test", "0000000000000000"};
};

}  // namespace claimex::testing

#endif  // CLAIMEX_TESTS_DEFAULT_PIPELINE_FIXTURE_H_
