// ParseJson gives what json::parse gives: the same value of the same type,
// dumped to the same bytes, and a discarded value for what is not JSON.
#include "parse_json.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace claimex {
namespace {

using nlohmann::json;

void ExpectSameAsNlohmann(const std::string& text) {
  const json expected = json::parse(text, nullptr, false);
  const json got = ParseJson(text);
  ASSERT_EQ(got.is_discarded(), expected.is_discarded()) << text;
  if (expected.is_discarded()) return;
  EXPECT_EQ(got.dump(), expected.dump()) << text;
  EXPECT_EQ(got.type(), expected.type()) << text;
  if (expected.is_array()) {
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(got[i].type(), expected[i].type()) << text << " [" << i << "]";
    }
  }
}

TEST(ParseJsonTest, NumbersKeepTheirTypeAndValue) {
  for (const char* text :
       {"[0, 1, -1, 9223372036854775807, -9223372036854775808, 9223372036854775808, "
        "18446744073709551615, 1.5, -0.0, 1e300, 2.5e-308, 0.1, 5.576, 1E2, 123456789012345678]",
        "18446744073709551616", "[1e400]", "-18446744073709551617", "3", "-3", "3.0", "-0",
        "[-0, 0e0, 1e-400]", "{\"a\":-0}", "[1,-0 ]", "[\"2025-01-15\", -0.5, -0e1]"}) {
    ExpectSameAsNlohmann(text);
  }
}

TEST(ParseJsonTest, StringsObjectsAndOddities) {
  for (const char* text :
       {R"({"b": 1, "a": [true, false, null], "c": {"d": "\u00e9\u4e2d\ud83d\ude00 \"q\" \\ \/ \n\t"}})",
        R"({"k": 1, "k": 2})", R"("")", "[]", "{}", " \t[1]\n", R"({"a":"x\u0000y"})"}) {
    ExpectSameAsNlohmann(text);
  }
}

TEST(ParseJsonTest, WhatIsNotJsonIsDiscarded) {
  for (const std::string& text :
       {std::string("{not json"), std::string("[1,]"), std::string(""), std::string("{\"a\": \"\xff\xfe\"}"),
        std::string("[1] [2]"), std::string("{\"a\": 01}"), std::string("nul")}) {
    ExpectSameAsNlohmann(text);
  }
}

TEST(ParseJsonTest, NestingPastSimdjsonsDepthGoesToNlohmann) {
  const std::string deep = std::string(3000, '[') + std::string(3000, ']');
  ExpectSameAsNlohmann(deep);
  EXPECT_FALSE(ParseJson(deep).is_discarded());
}

TEST(ParseJsonTest, TopLevelFieldsCanBeLeftUnbuilt) {
  const auto keep = [](std::string_view schema, std::string_view field) {
    return schema != "s/1" || field != "big";
  };
  EXPECT_EQ(ParseJson(R"({"schema": "s/1", "big": [1, 2], "id": "x"})", keep),
            json::parse(R"({"schema": "s/1", "id": "x"})"));
  EXPECT_EQ(ParseJson(R"({"schema": "t/1", "big": [1, 2]})", keep),
            json::parse(R"({"schema": "t/1", "big": [1, 2]})"));
  EXPECT_EQ(ParseJson(R"({"big": {"schema": "s/1", "big": 1}})", keep),
            json::parse(R"({"big": {"schema": "s/1", "big": 1}})"));
  EXPECT_EQ(ParseJson("[1]", keep), json::array({1}));
  EXPECT_TRUE(ParseJson("{bad", keep).is_discarded());
}


TEST(ParseJsonTest, ItemsOfALargeArrayAreBuiltOnlyWhenTheyHoldTheField) {
  const std::string text = R"({"members": [{"k": 1}, {"k": 2, "v": "a"}, 3, {"v": null}, {"v": "c", "n": -0.5}],
                               "other": [{"v": 1}]})";
  EXPECT_EQ(ParseJsonItems(text, "members", "v", 10),
            (std::vector<json>{json::parse(R"({"k": 2, "v": "a"})"), json::parse(R"({"v": null})"),
                               json::parse(R"({"v": "c", "n": -0.5})")}));
  EXPECT_EQ(ParseJsonItems(text, "members", "v", 2).size(), 2u);
  EXPECT_TRUE(ParseJsonItems(text, "members", "v", 0).empty());
  EXPECT_TRUE(ParseJsonItems(text, "absent", "v", 10).empty());
  EXPECT_TRUE(ParseJsonItems(R"({"members": {"v": 1}})", "members", "v", 10).empty());
  EXPECT_TRUE(ParseJsonItems("[1]", "members", "v", 10).empty());
  EXPECT_TRUE(ParseJsonItems("{bad", "members", "v", 10).empty());
  // Text nlohmann alone reads ("-0") gives the same items.
  const std::vector<json> nlohmanns = ParseJsonItems(R"({"m": [{"v": -0}, {"w": 1}]})", "m", "v", 10);
  ASSERT_EQ(nlohmanns.size(), 1u);
  EXPECT_EQ(nlohmanns[0].dump(), json::parse(R"({"v": -0})").dump());
}

}  // namespace
}  // namespace claimex
