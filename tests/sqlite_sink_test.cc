#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include "test_util.h"

namespace claimex {
namespace {

using testing::DocLine;
using testing::RunClaimex;
using testing::TempDir;
using testing::WriteFile;

std::int64_t Count(const std::string& db_path, const std::string& table) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  const std::string sql = "SELECT count(*) FROM " + table;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  const std::int64_t n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return n;
}

std::string Pipeline(const std::string& word) {
  return R"({"name": "t", "stages": [{"plugin": "normalize"},
             {"plugin": "marker", "options": {"word": ")" + word + R"("}}],
             "sink": {"plugin": "sqlite", "options": {"path": "out.db"}}})";
}

class SqliteSinkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(dir_ / "in.jsonl", DocLine("a", "GPUs and more GPUs. Café GPUs.") + DocLine("b", "No match here.") +
                                     DocLine("c", "One GPUs."));
    WriteFile(dir_ / "gpus.json", Pipeline("GPUs"));
    WriteFile(dir_ / "cafe.json", Pipeline("Café"));
  }
  testing::CommandResult Run(const std::string& pipeline, const std::string& input = "in.jsonl") {
    return RunClaimex("run --threads 2 --plugin-path " CLAIMEX_TEST_PLUGIN_DIR " --pipeline " + pipeline + " " + input,
                      dir_.str());
  }
  TempDir dir_;
};

TEST_F(SqliteSinkTest, ASecondIdenticalRunAddsNoRows) {
  ASSERT_EQ(Run("gpus.json").exit_code, 0);
  EXPECT_EQ(Count(dir_ / "out.db", "documents"), 3);
  EXPECT_EQ(Count(dir_ / "out.db", "mentions"), 4);
  ASSERT_EQ(Run("gpus.json").exit_code, 0);
  EXPECT_EQ(Count(dir_ / "out.db", "documents"), 3);
  EXPECT_EQ(Count(dir_ / "out.db", "mentions"), 4);
}

TEST_F(SqliteSinkTest, NewDocumentsAreAddedIncrementally) {
  ASSERT_EQ(Run("gpus.json").exit_code, 0);
  WriteFile(dir_ / "more.jsonl", DocLine("a", "GPUs and more GPUs. Café GPUs.") + DocLine("d", "GPUs!"));
  ASSERT_EQ(Run("gpus.json", "more.jsonl").exit_code, 0);
  EXPECT_EQ(Count(dir_ / "out.db", "documents"), 4);
  EXPECT_EQ(Count(dir_ / "out.db", "mentions"), 5);
}

TEST_F(SqliteSinkTest, AnotherPipelineReplacesTheMentionsOfADocument) {
  ASSERT_EQ(Run("gpus.json").exit_code, 0);
  ASSERT_EQ(Run("cafe.json").exit_code, 0);
  EXPECT_EQ(Count(dir_ / "out.db", "documents"), 3);
  EXPECT_EQ(Count(dir_ / "out.db", "mentions"), 1);  // only "Café" in a
}

TEST_F(SqliteSinkTest, OffsetsAreCodePoints) {
  ASSERT_EQ(Run("cafe.json").exit_code, 0);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_ / "out.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT m.start, m.\"end\", m.text, substr(d.text, m.start + 1, m.\"end\" - m.start) "
                               "FROM mentions m JOIN documents d USING (doc_key)",
                               -1, &stmt, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(stmt, 0), 20);
  EXPECT_EQ(sqlite3_column_int(stmt, 1), 24);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2)), "Café");
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)), "Café");
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

TEST(SqliteSinkConflictsTest, OneRowPerFactAndClustersFlagTheirs) {
  TempDir dir;
  WriteFile(dir / "in.jsonl",
            nlohmann::json{{"id", "a"}, {"lang", "fr"}, {"source", "A"}, {"text", "Mistral AI a levé 2 milliards d'euros."}}
                    .dump() +
                "\n" +
                nlohmann::json{
                    {"id", "b"}, {"lang", "fr"}, {"source", "B"}, {"text", "Mistral AI a levé 5 milliards d'euros."}}
                    .dump() +
                "\n");
  ASSERT_EQ(RunClaimex("run --sink sqlite:out.db in.jsonl", dir.str()).exit_code, 0);
  EXPECT_EQ(Count(dir / "out.db", "conflicts"), 1);
  EXPECT_EQ(Count(dir / "out.db", "conflicts WHERE subject = 'mistral' AND predicate = 'funding' AND clusters = 2"), 1);
  EXPECT_EQ(Count(dir / "out.db", "clusters WHERE conflicts = 1"), 2);
  // Rebuilt, not appended, on the next run.
  ASSERT_EQ(RunClaimex("run --sink sqlite:out.db in.jsonl", dir.str()).exit_code, 0);
  EXPECT_EQ(Count(dir / "out.db", "conflicts"), 1);
}

}  // namespace
}  // namespace claimex
