// StoreDb's row-by-row bulk write (the SQLite engine's), which keeps one
// prepared statement per table and kind of write for the connection's life.
#include "store_db.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "test_util.h"

namespace claimex {
namespace {

BulkRows Rows(BulkRows::Mode mode, std::initializer_list<std::pair<const char*, const char*>> rows) {
  BulkRows out("t", {"k", "v"}, 1, mode);
  for (const auto& [key, value] : rows) {
    out.values.push_back({StoreValue::Type::kText, 0, 0, key});
    out.values.push_back(value == nullptr ? StoreValue{} : StoreValue{StoreValue::Type::kText, 0, 0, value});
  }
  return out;
}

std::string Table(StoreDb& db) {
  std::string error;
  const std::unique_ptr<StoreStatement> read =
      db.Prepare("SELECT group_concat(k || '=' || v, ' ') FROM (SELECT k, v FROM t ORDER BY k)", Planning::kKept,
                 &error);
  EXPECT_TRUE(read) << error;
  if (!read || read->Step() != StepResult::kRow) return "";
  return read->ColumnText(0);
}

TEST(StoreDbTest, BulkWritesGoOnWithTheirStatementsAfterARowFails) {
  testing::TempDir dir;
  std::unique_ptr<StoreDb> db;
  ASSERT_TRUE(OpenStoreDb("sqlite:" + dir / "store.db", /*read_only=*/false, &db).ok());
  ASSERT_TRUE(db->Exec("CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL)").ok());

  ASSERT_TRUE(db->Begin().ok());
  ASSERT_TRUE(db->BulkWrite(Rows(BulkRows::Mode::kUpsert, {{"a", "1"}, {"b", "2"}})).ok());
  // A row the table refuses fails the write there, and names the column.
  const Status refused = db->BulkWrite(Rows(BulkRows::Mode::kUpsert, {{"c", "3"}, {"d", nullptr}}));
  EXPECT_FALSE(refused.ok());
  EXPECT_NE(refused.message().find("t.v"), std::string::npos) << refused.message();
  // The same statement, reset, writes the next rows; the other kinds of
  // write have statements of their own.
  ASSERT_TRUE(db->BulkWrite(Rows(BulkRows::Mode::kUpsert, {{"b", "20"}, {"e", "5"}})).ok());
  ASSERT_TRUE(db->BulkWrite(Rows(BulkRows::Mode::kInsert, {{"a", "10"}, {"f", "6"}})).ok());
  ASSERT_TRUE(db->BulkWrite(Rows(BulkRows::Mode::kUpdate, {{"e", "50"}, {"g", "7"}})).ok());
  ASSERT_TRUE(db->Commit().ok());
  EXPECT_EQ(Table(*db), "a=1 b=20 c=3 e=50 f=6");

  // After a rollback too.
  ASSERT_TRUE(db->Begin().ok());
  ASSERT_TRUE(db->BulkWrite(Rows(BulkRows::Mode::kUpsert, {{"h", "8"}})).ok());
  db->Rollback();
  ASSERT_TRUE(db->Begin().ok());
  ASSERT_TRUE(db->BulkWrite(Rows(BulkRows::Mode::kUpsert, {{"i", "9"}})).ok());
  ASSERT_TRUE(db->Commit().ok());
  EXPECT_EQ(Table(*db), "a=1 b=20 c=3 e=50 f=6 i=9");
}

}  // namespace
}  // namespace claimex
