#include "reader.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace claimex {
namespace {

using testing::DocLine;
using testing::TempDir;
using testing::WriteFile;

std::vector<InputItem> ReadAll(const std::vector<std::string>& inputs, ReaderOptions options = {}) {
  Reader reader(inputs, options);
  EXPECT_TRUE(reader.Open().ok());
  std::vector<InputItem> items;
  for (InputItem item; reader.Next(item);) {
    Reader::Decode(item);
    items.push_back(std::move(item));
  }
  return items;
}

TEST(ReaderTest, ReadsDocumentsWithMetadata) {
  TempDir dir;
  WriteFile(dir / "a.jsonl",
            R"({"id":"a","text":"Hello.","source":"VTC News","published":"2025-06-03","lang":"en","extra":1})"
            "\n");
  const auto items = ReadAll({dir / "a.jsonl"});
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].document);
  EXPECT_EQ(items[0].document->id, "a");
  EXPECT_EQ(items[0].document->text, "Hello.");
  EXPECT_EQ(items[0].document->meta.source, "VTC News");
  EXPECT_EQ(items[0].document->meta.published, "2025-06-03");
  EXPECT_EQ(items[0].reject.line, 1u);
}

TEST(ReaderTest, AcceptsCrlfBomAndSkipsBlankLines) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", "\xEF\xBB\xBF" R"({"id":"a","text":"x"})" "\r\n\r\n   \n" R"({"id":"b","text":"y"})" "\r\n");
  const auto items = ReadAll({dir / "a.jsonl"});
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].document && items[1].document);
  EXPECT_EQ(items[0].document->id, "a");
  EXPECT_EQ(items[1].document->text, "y");
  EXPECT_EQ(items[1].reject.line, 4u);
}

struct BadLine {
  std::string name;
  std::string line;
  std::string expected_error;
};

void PrintTo(const BadLine& bad, std::ostream* os) { *os << bad.name; }

class ReaderRejectTest : public ::testing::TestWithParam<BadLine> {};

TEST_P(ReaderRejectTest, RejectsTheLineAndReadsOn) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", DocLine("before", "ok") + GetParam().line + "\n" + DocLine("after", "ok"));
  const auto items = ReadAll({dir / "in.jsonl"}, {.max_document_bytes = 200});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_TRUE(items[0].document);
  EXPECT_TRUE(items[2].document);
  ASSERT_FALSE(items[1].document);
  EXPECT_EQ(items[1].reject.line, 2u);
  EXPECT_EQ(items[1].reject.stage, "reader");
  EXPECT_EQ(items[1].reject.input, dir / "in.jsonl");
  EXPECT_NE(items[1].reject.error.find(GetParam().expected_error), std::string::npos)
      << items[1].reject.error;
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, ReaderRejectTest,
    ::testing::Values(BadLine{"MalformedJson", R"({"id":"x","text":"unterminated)", "malformed JSON"},
                      BadLine{"NumberTooLarge", R"({"id":"x","text":"x","n":4e666})", "malformed JSON: number overflow"},
                      BadLine{"NotAnObject", R"([1,2,3])", "must be a JSON object"},
                      BadLine{"MissingId", R"({"text":"no id"})", "missing \"id\""},
                      BadLine{"MissingText", R"({"id":"x"})", "missing \"text\""},
                      BadLine{"NumericId", R"({"id":7,"text":"x"})", "\"id\" must be a string"},
                      BadLine{"ArrayText", R"({"id":"x","text":["a"]})", "\"text\" must be a string"},
                      BadLine{"EmptyId", R"({"id":"","text":"x"})", "\"id\" is empty"},
                      BadLine{"NumericSource", R"({"id":"x","text":"x","source":5})", "\"source\" must be a string"},
                      BadLine{"InvalidUtf8", "{\"id\":\"x\",\"text\":\"bad \xC3\x28 byte\"}", "invalid UTF-8 at byte 22"},
                      BadLine{"LoneSurrogateEscape", R"({"id":"x","text":"lone \ud800 surrogate"})", "malformed JSON"},
                      BadLine{"RawNul", std::string(R"({"id":"x","text":"nul)") + '\0' + R"(raw"})", "malformed JSON"},
                      BadLine{"OverSizeLimit", DocLine("big", std::string(300, 'a')).substr(0, 320), "over 200 bytes"}),
    [](const auto& info) { return info.param.name; });

TEST(ReaderTest, RejectKeepsTheIdWhenItCanBeRead) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", R"({"id":"known","text":42})" "\n");
  const auto items = ReadAll({dir / "in.jsonl"});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].reject.id, "known");
}

TEST(ReaderTest, LastLineWithoutNewlineIsRead) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", DocLine("a", "x") + R"({"id":"b","text":"y"})");
  const auto items = ReadAll({dir / "in.jsonl"});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(items[1].document);
}

TEST(ReaderTest, OverlongLineIsSkippedWithoutLosingTheNext) {
  TempDir dir;
  // Longer than the 1 MiB read chunk, so the drop spans several reads.
  WriteFile(dir / "in.jsonl", DocLine("big", std::string(3 << 20, 'a')) + DocLine("next", "ok"));
  const auto items = ReadAll({dir / "in.jsonl"}, {.max_document_bytes = 1 << 20});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].document);
  EXPECT_NE(items[0].reject.error.find("--max-doc-bytes"), std::string::npos);
  ASSERT_TRUE(items[1].document);
  EXPECT_EQ(items[1].document->id, "next");
  EXPECT_EQ(items[1].reject.line, 2u);
}

TEST(ReaderTest, TextFilesAndFoldersAreReadSortedAndNotRecursively) {
  TempDir dir;
  WriteFile(dir / "b.txt", "\xEF\xBB\xBFSecond file.");
  WriteFile(dir / "a.jsonl", DocLine("a1", "first"));
  WriteFile(dir / "notes.md", "ignored");
  std::filesystem::create_directories(dir / "gold");
  WriteFile(dir / "gold/g.jsonl", DocLine("gold", "must not be read"));
  const auto items = ReadAll({dir.str()});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].document->id, "a1");
  EXPECT_EQ(items[1].document->id, "b");
  EXPECT_EQ(items[1].document->text, "Second file.");
}

TEST(ReaderTest, BadTextFilesAreRejected) {
  TempDir dir;
  WriteFile(dir / "bad.txt", "caf\xE9");
  WriteFile(dir / "big.txt", std::string(500, 'x'));
  const auto items = ReadAll({dir / "bad.txt", dir / "big.txt"}, {.max_document_bytes = 100});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_NE(items[0].reject.error.find("invalid UTF-8 at byte 3"), std::string::npos);
  EXPECT_EQ(items[0].reject.id, "bad");
  EXPECT_NE(items[1].reject.error.find("over 100 bytes"), std::string::npos);
}

// Most lines take a direct path that skips the JSON tree; whatever the line,
// the document (or the refusal) must be what the JSON parser itself makes of it.
TEST(ReaderTest, DirectPathReadsLinesAsTheJsonParserDoes) {
  const std::string lines[] = {
      R"({"id":"a","text":"plain"})",
      R"(  { "id" : "a" , "text" : "spaced" , "lang" : "en" }  )",
      R"({"id":"e","text":"q\" b\\ s\/ \b\f\n\r\t end"})",
      R"({"id":"u","text":"caf\u00e9 \u20AC1,6 \ud83d\ude00 nul\u0000!"})",
      R"({"id":"first","text":"x","id":"second"})",
      R"({"id":"t","text":"x","title":"old","title":null,"source":null,"url":"https://x.test/a"})",
      R"({"id":"n","text":"x","extra":{"nested":[1,2.5e3,true,null]},"published":"2025-01-27"})",
      R"({"id":"w","text":"x","words":523})",
      R"({"text":"text before id","source":"VTC News","id":"late"})",
      R"({"id":"x","text":"lone low \udc00"})",
      R"({"id":"x","text":"high then text \ud800x"})",
      R"({"id":"x","text":"bad escape \x41"})",
      R"({"id":"x","text":"short \u12"})",
      R"({"id":"x","text":"y"} trailing)",
      R"({"id":"x","text":"y",})",
      R"({"id":"x" "text":"y"})",
      R"({"id":null,"text":"y"})",
      R"({"id":"x","text":null})",
      R"({})",
      R"({"id":"x","text":"y")",
      R"({"id":"x","text":"unterminated)",
  };
  for (const std::string& line : lines) {
    SCOPED_TRACE(line);
    Document doc;
    const Status status = DocumentFromJson(line, doc);
    const auto parsed = nlohmann::json::parse(line, nullptr, false);
    const auto string_or_empty = [&](const char* field) {
      return parsed.contains(field) && parsed[field].is_string() ? parsed[field].get<std::string>() : "";
    };
    const bool valid = parsed.is_object() && parsed.contains("id") && parsed["id"].is_string() &&
                       !parsed["id"].get<std::string>().empty() && parsed.contains("text") &&
                       parsed["text"].is_string();
    ASSERT_EQ(status.ok(), valid) << status.message();
    if (!valid) continue;
    EXPECT_EQ(doc.id, string_or_empty("id"));
    EXPECT_EQ(doc.text, string_or_empty("text"));
    EXPECT_EQ(doc.meta.source, string_or_empty("source"));
    EXPECT_EQ(doc.meta.url, string_or_empty("url"));
    EXPECT_EQ(doc.meta.published, string_or_empty("published"));
    EXPECT_EQ(doc.meta.lang, string_or_empty("lang"));
    EXPECT_EQ(doc.meta.title, string_or_empty("title"));
  }
}

TEST(ReaderTest, MissingInputFailsBeforeReading) {
  Reader reader({"/no/such/file.jsonl"}, {});
  const Status s = reader.Open();
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("/no/such/file.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace claimex
