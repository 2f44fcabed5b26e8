#include <filesystem>

#include <gtest/gtest.h>

#include "pipeline.h"
#include "plugin_registry.h"
#include "test_util.h"

namespace claimex {
namespace {

using nlohmann::json;

std::string TestPlugin(const std::string& name) {
  return std::string(CLAIMEX_TEST_PLUGIN_DIR) + "/" + name + ".so";
}

class PluginLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override { registry_.Scan({CLAIMEX_TEST_PLUGIN_DIR, CLAIMEX_PLUGIN_DIR}); }

  Status LoadPipeline(const json& spec, Pipeline& pipeline) {
    return Pipeline::FromJson(spec, "test.json", registry_, std::nullopt, pipeline);
  }

  PluginRegistry registry_;
};

TEST_F(PluginLoaderTest, LoadsAGoodPluginWithItsDescriptor) {
  const PluginEntry* marker = registry_.Find("marker");
  ASSERT_NE(marker, nullptr);
  EXPECT_TRUE(marker->ok());
  EXPECT_EQ(marker->file, TestPlugin("marker"));
  EXPECT_EQ(marker->descriptor->kind, PluginKind::kStage);
  EXPECT_STREQ(marker->descriptor->info.version, "0.1.0");
  EXPECT_EQ(marker->reads, std::vector<std::string>{"sentences"});
  EXPECT_EQ(marker->writes, std::vector<std::string>{"marks"});
  EXPECT_TRUE(marker->options_schema["properties"].contains("word"));
}

TEST_F(PluginLoaderTest, RefusesAWrongAbiNamingFileAndBothVersions) {
  const PluginEntry entry = registry_.Load(TestPlugin("bad_abi"));
  ASSERT_FALSE(entry.ok());
  const std::string& why = entry.error.message();
  EXPECT_NE(why.find(TestPlugin("bad_abi")), std::string::npos) << why;
  EXPECT_NE(why.find("ABI version " + std::to_string(kAbiVersion + 41)), std::string::npos) << why;
  EXPECT_NE(why.find("ABI version " + std::to_string(kAbiVersion) + ";"), std::string::npos) << why;
  EXPECT_EQ(entry.descriptor, nullptr);
}

TEST_F(PluginLoaderTest, RefusesALibraryWithoutDescriptor) {
  const PluginEntry entry = registry_.Load(TestPlugin("no_descriptor"));
  ASSERT_FALSE(entry.ok());
  EXPECT_NE(entry.error.message().find("not a claimex plugin"), std::string::npos);
  EXPECT_NE(entry.error.message().find(TestPlugin("no_descriptor")), std::string::npos);
}

TEST_F(PluginLoaderTest, RefusesAFileThatIsNotALibrary) {
  testing::TempDir dir;
  testing::WriteFile(dir / "garbage.so", "this is not an ELF file");
  PluginRegistry registry;
  registry.Scan({dir.str()});
  ASSERT_EQ(registry.entries().size(), 1u);
  EXPECT_FALSE(registry.entries()[0].ok());
  EXPECT_NE(registry.entries()[0].error.message().find("cannot load the library"), std::string::npos);
  EXPECT_NE(registry.entries()[0].error.message().find(dir / "garbage.so"), std::string::npos);
}

TEST_F(PluginLoaderTest, ScanListsBrokenPluginsToo) {
  int broken = 0;
  for (const auto& e : registry_.entries()) broken += !e.ok();
  EXPECT_EQ(broken, 2);  // bad_abi, no_descriptor
}

TEST_F(PluginLoaderTest, EarlierDirectoryShadowsALaterPluginOfTheSameName) {
  PluginRegistry registry;
  registry.Scan({CLAIMEX_TEST_PLUGIN_DIR, CLAIMEX_TEST_PLUGIN_DIR});
  const PluginEntry* marker = registry.Find("marker");
  ASSERT_NE(marker, nullptr);
  int shadowed = 0;
  for (const auto& e : registry.entries()) {
    shadowed += e.error.message().find("shadowed by") != std::string::npos;
  }
  EXPECT_EQ(shadowed, 3);  // the second copy of each good plugin
}

TEST_F(PluginLoaderTest, ThrowingConstructorIsAStartError) {
  Pipeline pipeline;
  ASSERT_TRUE(LoadPipeline({{"stages", {{{"plugin", "throwing_ctor"}}}}}, pipeline).ok());
  std::vector<std::unique_ptr<detail::StageHandle>> stages;
  const Status s = pipeline.CreateStages(stages);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kPluginError);
  EXPECT_NE(s.message().find("plugin \"throwing_ctor\" (" + TestPlugin("throwing_ctor") + ") failed to start"),
            std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("threw: cannot start: model file missing"), std::string::npos) << s.message();
}

TEST_F(PluginLoaderTest, ThrowingProcessBecomesAStatus) {
  Pipeline pipeline;
  ASSERT_TRUE(LoadPipeline({{"stages",
                             {{{"plugin", "normalize"}},
                              {{"plugin", "marker"}, {"options", {{"word", "a"}, {"throw_on", "boom"}}}}}}},
                           pipeline)
                  .ok());
  std::vector<std::unique_ptr<detail::StageHandle>> stages;
  ASSERT_TRUE(pipeline.CreateStages(stages).ok());
  Document doc;
  doc.id = "d";
  doc.text = "a boom";
  ASSERT_TRUE(stages[0]->Process(doc).ok());
  const Status s = stages[1]->Process(doc);
  EXPECT_EQ(s.code(), Status::Code::kPluginError);
  EXPECT_EQ(s.message(), "threw: marker met \"boom\"");
}

TEST_F(PluginLoaderTest, InvalidOptionsAreRefusedWithTheSchemaError) {
  Pipeline pipeline;
  Status s = LoadPipeline({{"stages", {{{"plugin", "normalize"}}, {{"plugin", "marker"}}}}}, pipeline);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("options of plugin \"marker\" (" + TestPlugin("marker") + ") are invalid"),
            std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("missing required property \"word\""), std::string::npos);

  s = LoadPipeline({{"stages", {{{"plugin", "normalize"}, {"options", {{"sentence_locale", 3}}}}}}}, pipeline);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/sentence_locale: expected \"string\""), std::string::npos) << s.message();
}

TEST_F(PluginLoaderTest, ReadingALayerNoEarlierStageWritesIsRefused) {
  Pipeline pipeline;
  Status s = LoadPipeline({{"stages", {{{"plugin", "needs_tokens"}}}}}, pipeline);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("stage \"needs_tokens\" (" + TestPlugin("needs_tokens") +
                             ") reads layer \"tokens\", which no earlier stage writes"),
            std::string::npos)
      << s.message();
  // Order matters: marker reads sentences, which normalize writes.
  s = LoadPipeline({{"stages", {{{"plugin", "marker"}, {"options", {{"word", "x"}}}}, {{"plugin", "normalize"}}}}},
                   pipeline);
  EXPECT_FALSE(s.ok());
}

TEST_F(PluginLoaderTest, UnknownPluginAndWrongKindAreRefused) {
  Pipeline pipeline;
  Status s = LoadPipeline({{"stages", {{{"plugin", "nope"}}}}}, pipeline);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  s = LoadPipeline({{"stages", {{{"plugin", "bad_abi"}}}}}, pipeline);
  EXPECT_NE(s.message().find("ABI version"), std::string::npos) << s.message();
  s = LoadPipeline({{"stages", {{{"plugin", "sqlite"}}}}}, pipeline);
  EXPECT_NE(s.message().find("is a sink, not a stage"), std::string::npos) << s.message();
}

TEST_F(PluginLoaderTest, PipelineHashFollowsOptionsNotSink) {
  Pipeline a, b, c;
  const json stages = {{{"plugin", "normalize"}}};
  ASSERT_TRUE(LoadPipeline({{"stages", stages}, {"sink", {{"plugin", "jsonl"}}}}, a).ok());
  ASSERT_TRUE(LoadPipeline({{"stages", stages}, {"sink", {{"plugin", "sqlite"}}}}, b).ok());
  ASSERT_TRUE(LoadPipeline({{"stages", {{{"plugin", "normalize"}, {"options", {{"sentence_locale", "de"}}}}}}}, c).ok());
  EXPECT_EQ(a.hash(), b.hash());
  EXPECT_NE(a.hash(), c.hash());
  EXPECT_EQ(a.hash().size(), 16u);
}

}  // namespace
}  // namespace claimex
