#include "json_writer.h"

#include <charconv>
#include <cmath>
#include <random>
#include <vector>

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

// Whole numbers take a shortcut past to_chars's shortest-digits search; what
// it writes must be what to_chars writes, in fixed or scientific form.
TEST(JsonWriterTest, DoublesAreWrittenAsToCharsWritesThem) {
  std::vector<double> values = {0.0, -0.0, 1, -1, 7, 72, 100, 1000, 10000, 100000, 1234500, 40000000, -40000000,
                                1.6e9, 125e7, 999999999999999, 1e15, -1e15, 1e16, 123456789012345, 0.5, 5e-4,
                                500.667, 2.5, 1e300, 4503599627370497.0};
  std::mt19937_64 random(7);
  for (int i = 0; i < 20000; ++i) {
    double v = static_cast<double>(random() % 1000000000000000ULL);
    v = std::trunc(v / std::pow(10.0, static_cast<double>(random() % 15)));
    values.push_back(i % 2 ? v : -v);
    values.push_back(v * std::pow(10.0, static_cast<double>(random() % 8)));
  }
  for (const double v : values) {
    char expected[64];
    const auto end = std::to_chars(expected, expected + sizeof expected, v).ptr;
    std::string out;
    JsonWriter(out).Double(v);
    ASSERT_EQ(out, std::string(expected, end)) << v;
  }
}

TEST(JsonWriterTest, NonFiniteIsNull) {
  EXPECT_EQ(Written(json(std::numeric_limits<double>::infinity())), "null");
}

// Strings of every byte class, short and long (the writer copies plain runs
// in bulk and escapes the rest), are written as nlohmann's dump writes them.
TEST(JsonWriterTest, StringsAreEscapedAsJsonDumpDoes) {
  std::mt19937 random(7);
  const std::string pieces[] = {"a", "plain text ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", "/",
                                "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", std::string(1, '\0'), "0123456789"};
  for (int round = 0; round < 2000; ++round) {
    std::string value;
    const int count = static_cast<int>(random() % 40);
    for (int k = 0; k < count; ++k) value += pieces[random() % std::size(pieces)];
    std::string out = "prefix ";
    {
      JsonWriter w(out);
      w.BeginArray().String(value).Key(value).Null().EndArray();
    }
    ASSERT_EQ(out, "prefix [" + json(value).dump() + "," + json(value).dump() + ":null]") << round;
  }
}

TEST(JsonWriterTest, TheStringHoldsWhatWasWrittenOnceFinished) {
  std::string out = "{";
  JsonWriter w(out);
  for (int i = 0; i < 10000; ++i) w.Key("k").UInt(static_cast<std::uint64_t>(i));
  w.Finish();
  EXPECT_EQ(out.find('\0'), std::string::npos);
  EXPECT_EQ(out.substr(out.size() - 8), "\"k\":9999");
  EXPECT_EQ(json::parse(out + "}")["k"], 9999);
  w.Key("more").Bool(true);
  w.Finish();
  EXPECT_EQ(out.substr(out.size() - 12), ",\"more\":true");
}

}  // namespace
}  // namespace claimex
