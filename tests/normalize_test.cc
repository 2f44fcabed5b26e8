#include <gtest/gtest.h>

#include "pipeline.h"
#include "plugin_registry.h"

namespace claimex {
namespace {

class NormalizeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.Scan({CLAIMEX_PLUGIN_DIR});
    ASSERT_TRUE(Pipeline::FromJson({{"stages", {{{"plugin", "normalize"}}}}}, "test", registry_,
                                   std::nullopt, pipeline_)
                    .ok());
    ASSERT_TRUE(pipeline_.CreateStages(stages_).ok());
  }

  Document Process(const std::string& text) {
    Document doc;
    doc.id = "d";
    doc.text = text;
    EXPECT_TRUE(stages_[0]->Process(doc).ok());
    return doc;
  }

  std::vector<std::string> Sentences(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& a : doc.find_layer("sentences")->items) out.emplace_back(doc.slice(a));
    return out;
  }

  PluginRegistry registry_;
  Pipeline pipeline_;
  std::vector<std::unique_ptr<detail::StageHandle>> stages_;
};

TEST_F(NormalizeTest, RewritesDecomposedTextToNfc) {
  const Document doc = Process("Nguye\xCC\x82\xCC\x83n spent e\xCC\x81norme sums.");  // NFD
  EXPECT_EQ(doc.text, "Nguyễn spent énorme sums.");
  EXPECT_EQ(doc.properties.value("nfc_rewritten", false), true);
}

TEST_F(NormalizeTest, LeavesNfcTextUntouched) {
  const Document doc = Process("Nguyễn spent €1,6 billion.");
  EXPECT_EQ(doc.text, "Nguyễn spent €1,6 billion.");
  EXPECT_FALSE(doc.properties.contains("nfc_rewritten"));
}

TEST_F(NormalizeTest, MarksSentencesAsAnInternalLayerOfByteSpans) {
  const Document doc = Process("DeepSeek spent $1.6 billion.  Mr. Smith said so!\n\nIt cost 十亿. Done");
  const Layer* layer = doc.find_layer("sentences");
  ASSERT_NE(layer, nullptr);
  EXPECT_EQ(layer->visibility, LayerVisibility::kInternal);
  EXPECT_EQ(Sentences(doc), (std::vector<std::string>{"DeepSeek spent $1.6 billion.", "Mr. Smith said so!",
                                                      "It cost 十亿.", "Done"}));
}

// ICU counts UTF-16 units: a character beyond the BMP is two of them, one of
// two to four bytes is one, and long ASCII runs are skipped in bulk.
TEST_F(NormalizeTest, SentenceSpansAreBytesWhateverTheCharacters) {
  const std::string ascii_run = "The " + std::string(40, 'a');
  const Document doc = Process("\xF0\x9F\x9A\x80 Launch cost \xC2\xA3" "5. " + ascii_run +
                               " \xE2\x82\xAC" "2. \xF0\xA0\x80\x80\xF0\xA0\x80\x81 spent 6\xE5\x84\x84\xE3\x80\x82"
                               "\xE6\x9C\x80\xE5\x90\x8E. End \xF0\x9F\x98\x80");
  EXPECT_EQ(Sentences(doc),
            (std::vector<std::string>{"\xF0\x9F\x9A\x80 Launch cost \xC2\xA3" "5.", ascii_run + " \xE2\x82\xAC" "2.",
                                      "\xF0\xA0\x80\x80\xF0\xA0\x80\x81 spent 6\xE5\x84\x84\xE3\x80\x82",
                                      "\xE6\x9C\x80\xE5\x90\x8E.", "End \xF0\x9F\x98\x80"}));
}

TEST_F(NormalizeTest, EmptyTextHasNoSentences) {
  const Document doc = Process("");
  EXPECT_TRUE(doc.find_layer("sentences")->items.empty());
}

TEST_F(NormalizeTest, AnUnknownLocaleStillStartsButABogusOneIsRefused) {
  Pipeline pipeline;
  ASSERT_TRUE(Pipeline::FromJson({{"stages", {{{"plugin", "normalize"}, {"options", {{"sentence_locale", "vi"}}}}}}},
                                 "test", registry_, std::nullopt, pipeline)
                  .ok());
  std::vector<std::unique_ptr<detail::StageHandle>> stages;
  EXPECT_TRUE(pipeline.CreateStages(stages).ok());
}

}  // namespace
}  // namespace claimex
