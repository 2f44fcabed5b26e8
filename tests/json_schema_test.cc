#include "json_schema.h"

#include <fstream>

#include <gtest/gtest.h>

#include "pipeline.h"

namespace claimex {
namespace {

using nlohmann::json;

const json kSchema = json::parse(R"({
  "type": "object",
  "properties": {
    "threads": {"type": "integer", "minimum": 1, "maximum": 64, "default": 4},
    "mode": {"enum": ["fast", "exact"], "default": "fast"},
    "name": {"type": "string", "pattern": "^[a-z]+$"},
    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2}
  },
  "required": ["name"],
  "additionalProperties": false
})");

TEST(JsonSchemaTest, FillsDefaultsOfAValidInstance) {
  json options = {{"name", "abc"}};
  EXPECT_TRUE(ValidateJson(kSchema, options, true).empty());
  EXPECT_EQ(options["threads"], 4);
  EXPECT_EQ(options["mode"], "fast");
}

TEST(JsonSchemaTest, ReportsEachProblemWithItsPath) {
  json options = {{"threads", 0}, {"mode", "slow"}, {"name", "ABC"}, {"tags", {1, "b", "c"}}, {"x", 1}};
  const SchemaErrors errors = ValidateJson(kSchema, options, true);
  const std::string all = errors.Join();
  EXPECT_NE(all.find("/threads: 0 is below the minimum 1"), std::string::npos) << all;
  EXPECT_NE(all.find("/mode: \"slow\" is not one of"), std::string::npos) << all;
  EXPECT_NE(all.find("/name: \"ABC\" does not match"), std::string::npos) << all;
  EXPECT_NE(all.find("/tags: more than 2 items"), std::string::npos) << all;
  EXPECT_NE(all.find("/tags/0: expected \"string\""), std::string::npos) << all;
  EXPECT_NE(all.find("unknown property \"x\""), std::string::npos) << all;
}

TEST(JsonSchemaTest, MissingRequiredAndWrongType) {
  json options = {{"threads", "four"}};
  const std::string all = ValidateJson(kSchema, options, true).Join();
  EXPECT_NE(all.find("missing required property \"name\""), std::string::npos) << all;
  EXPECT_NE(all.find("/threads: expected \"integer\""), std::string::npos) << all;
}

TEST(JsonSchemaTest, IntegersAreWholeNumbersOfAnySize) {
  const json schema = json::parse(R"({"type": "integer"})");
  // Past the range of a long long: still whole (was undefined behaviour).
  json huge = 1e300, whole = 4.0, fraction = 4.5;
  EXPECT_TRUE(ValidateJson(schema, huge, true).empty());
  EXPECT_TRUE(ValidateJson(schema, whole, true).empty());
  EXPECT_FALSE(ValidateJson(schema, fraction, true).empty());
}

TEST(JsonSchemaTest, AnyOfAndRefs) {
  const json schema = json::parse(R"({
    "$defs": {"pos": {"type": "integer", "minimum": 1}},
    "anyOf": [{"$ref": "#/$defs/pos"}, {"type": "string"}]})");
  json a = 3, b = "x", c = 0;
  EXPECT_TRUE(ValidateJson(schema, a, false).empty());
  EXPECT_TRUE(ValidateJson(schema, b, false).empty());
  EXPECT_FALSE(ValidateJson(schema, c, false).empty());
}

TEST(JsonSchemaTest, RefusesUnknownKeywordsInSchemas) {
  EXPECT_TRUE(CheckSchema(kSchema).ok());
  const Status s = CheckSchema(json::parse(R"({"type":"object","propertees":{}})"));
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("propertees"), std::string::npos);
  EXPECT_FALSE(CheckSchema(json::parse(R"({"pattern":"("})")).ok());
}

TEST(JsonSchemaTest, ShippedSchemasUseOnlySupportedKeywords) {
  for (const char* name : {"document", "annotations", "reject", "summary", "pipeline", "claim", "cluster"}) {
    std::ifstream in(std::string(CLAIMEX_SOURCE_DIR) + "/schemas/" + name + ".schema.json");
    const json schema = json::parse(in);
    EXPECT_TRUE(CheckSchema(schema).ok()) << name << ": " << CheckSchema(schema).message();
  }
}

TEST(JsonSchemaTest, DefaultPipelineMatchesThePipelineSchema) {
  std::ifstream in(std::string(CLAIMEX_SOURCE_DIR) + "/pipelines/default.json");
  json pipeline = json::parse(in);
  EXPECT_TRUE(ValidateJson(PipelineSchema(), pipeline, true).empty());
}

}  // namespace
}  // namespace claimex
