#include "json_writer.h"

#include <gtest/gtest.h>

namespace claimex {
namespace {

using nlohmann::json;

std::string Written(const json& value) {
  std::string out;
  JsonWriter(out).Json(value);
  return out;
}

// Document properties are written by JsonWriter::Json, not nlohmann's dump;
// what it writes must read back as the same value, and look as dump's would.
TEST(JsonWriterTest, PropertiesReadBackAsTheSameValue) {
  const json value = json::parse(R"({"convention": {"confidence": 1.0, "decimal": ",", "evidence": [
      {"text": "1,6 \"quoted\"\n", "weight": 2.5}], "prior": null, "big": 1e300, "tiny": -0.001,
      "count": 7, "negative": -3, "flags": [true, false], "empty": {}, "none": []}})");
  const std::string written = Written(value);
  EXPECT_EQ(json::parse(written), value);
  EXPECT_EQ(written, value.dump());
}

TEST(JsonWriterTest, WholeFloatsStayFloats) {
  EXPECT_EQ(Written(json(1.0)), "1.0");
  EXPECT_EQ(Written(json(-5.0)), "-5.0");
  EXPECT_EQ(Written(json(1e20)), json(1e20).dump());
  EXPECT_EQ(Written(json(0.5)), "0.5");
  EXPECT_EQ(Written(json(5)), "5");
}

TEST(JsonWriterTest, NonFiniteIsNull) {
  EXPECT_EQ(Written(json(std::numeric_limits<double>::infinity())), "null");
}

}  // namespace
}  // namespace claimex
