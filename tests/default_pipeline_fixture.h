// A fixture that runs the repository's default pipeline over a text, in
// process, through the real plugins.
#ifndef CLAIMEX_TESTS_DEFAULT_PIPELINE_FIXTURE_H_
#define CLAIMEX_TESTS_DEFAULT_PIPELINE_FIXTURE_H_

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "pipeline.h"
#include "plugin_registry.h"

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

  static inline PluginRegistry* registry_ = nullptr;
  static inline Pipeline* pipeline_ = nullptr;
  std::vector<std::unique_ptr<detail::StageHandle>> stages_;
};

}  // namespace claimex::testing

#endif  // CLAIMEX_TESTS_DEFAULT_PIPELINE_FIXTURE_H_
