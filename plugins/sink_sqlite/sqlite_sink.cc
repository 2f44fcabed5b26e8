// sqlite: the embedded default store. The store itself (tables, versions,
// incremental clustering, stable keys) is core/merge/claim_store.h; this is
// SQLite under it.
//
// Concurrent runs: every write transaction is BEGIN IMMEDIATE under a long
// busy timeout, retried when SQLite still reports the file busy. WAL lets
// readers (an analyst's query, `claimex report`) read while a run writes.
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <thread>

#include "claim_store.h"
#include "claimex/plugin.h"
#include "store_schema.h"

namespace {

using claimex::Status;
using claimex::StepResult;
using nlohmann::json;

constexpr int kBusyTimeoutMs = 600000;
constexpr int kBusyRetries = 5;

class SqliteStatement final : public claimex::StoreStatement {
 public:
  explicit SqliteStatement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }

  void BindText(int i, std::string_view s) override {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
  void BindInt(int i, std::int64_t v) override { sqlite3_bind_int64(stmt_, i, v); }
  void BindDouble(int i, double v) override { sqlite3_bind_double(stmt_, i, v); }
  void BindBlob(int i, std::string_view bytes) override {
    sqlite3_bind_blob(stmt_, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  }
  void BindNull(int i) override { sqlite3_bind_null(stmt_, i); }
  StepResult Step() override {
    switch (sqlite3_step(stmt_)) {
      case SQLITE_ROW:
        return StepResult::kRow;
      case SQLITE_DONE:
        return StepResult::kDone;
      default:
        return StepResult::kError;
    }
  }
  std::string ColumnText(int i) override {
    const auto* p = sqlite3_column_text(stmt_, i);
    return p ? reinterpret_cast<const char*>(p) : "";
  }
  bool ColumnNull(int i) override { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  std::int64_t ColumnInt(int i) override { return sqlite3_column_int64(stmt_, i); }
  std::string ColumnBlob(int i) override {
    const void* p = sqlite3_column_blob(stmt_, i);
    return p ? std::string(static_cast<const char*>(p), sqlite3_column_bytes(stmt_, i)) : std::string();
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

 private:
  sqlite3_stmt* stmt_;
};

class SqliteDb final : public claimex::StoreDb {
 public:
  explicit SqliteDb(std::string path) : path_(std::move(path)) {}
  // The store finalises its statements first: sqlite3_close refuses while
  // any is open.
  ~SqliteDb() override { sqlite3_close(db_); }

  const std::string& name() const override { return path_; }

  Status Open() override {
    if (sqlite3_open(path_.c_str(), &db_) != SQLITE_OK) return Error("cannot open");
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    return Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
  }

  std::unique_ptr<claimex::StoreStatement> Prepare(const std::string& sql, std::string* error) override {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      *error = sqlite3_errmsg(db_);
      sqlite3_finalize(stmt);
      return nullptr;
    }
    return std::make_unique<SqliteStatement>(stmt);
  }

  Status Exec(const std::string& sql) override {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      std::string why = message ? message : "unknown error";
      sqlite3_free(message);
      return Status::IOError(path_ + ": " + why);
    }
    return Status::OK();
  }

  // BEGIN IMMEDIATE takes the write lock at once, so a transaction never
  // has to upgrade a read lock another writer blocks (which SQLite answers
  // with SQLITE_BUSY at once, whatever the timeout).
  Status Begin() override {
    for (int attempt = 0;; ++attempt) {
      const int rc = sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
      if (rc == SQLITE_OK) return Status::OK();
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt + 1 >= kBusyRetries) {
        return Error("cannot start a transaction");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
    }
  }
  Status Commit() override { return Exec("COMMIT"); }
  void Rollback() override { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

  bool TableExists(const std::string& table, Status* status) override {
    sqlite3_stmt* stmt = nullptr;
    bool exists = false;
    if (sqlite3_prepare_v2(db_, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1", -1, &stmt,
                           nullptr) == SQLITE_OK) {
      sqlite3_bind_text(stmt, 1, table.c_str(), -1, SQLITE_TRANSIENT);
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_ROW) exists = sqlite3_column_int64(stmt, 0) > 0;
      if (rc != SQLITE_ROW) *status = Error("cannot read the schema");
    } else {
      *status = Error("cannot read the schema");
    }
    sqlite3_finalize(stmt);
    return exists;
  }

  std::string LastError() override { return db_ ? sqlite3_errmsg(db_) : "out of memory"; }
  std::string Schema() override { return claimex::StoreSchema(claimex::SqlDialect::kSqlite); }

 private:
  Status Error(const char* what) { return Status::IOError(path_ + ": " + what + ": " + LastError()); }

  std::string path_;
  sqlite3* db_ = nullptr;
};

std::unique_ptr<claimex::StoreDb> OpenSqlite(const json& options) {
  const std::string path = options.at("path").get<std::string>();
  // A database in memory keeps nothing past the run; "-" is not stdout here.
  if (path == ":memory:" || path == "-" || path.rfind("file:", 0) == 0) {
    throw std::invalid_argument("path \"" + path + "\": the sqlite sink needs a database file");
  }
  return std::make_unique<SqliteDb>(path);
}

class SqliteSink final : public claimex::ClaimStore {
 public:
  explicit SqliteSink(const json& options) : ClaimStore(OpenSqlite(options), options.value("rebuild", false)) {}
};

}  // namespace

CLAIMEX_PLUGIN(
    SqliteSink,
    {
        .name = "sqlite",
        .version = "2.0.0",
        .description =
            "Stores documents, typed claims, clusters and conflicts in an SQLite database; idempotent, "
            "keys derived from content, clusters brought up to date incrementally at the end of each run.",
        .options_schema = R"({
      "type": "object",
      "properties": {
        "path": {"type": "string", "default": "claims.db", "minLength": 1,
                 "description": "Database file; created when missing."},
        "rebuild": {"type": "boolean", "default": false,
                    "description": "Find every copy and re-cluster every group again, not only what this run touched (the reference the incremental result equals)."}
      },
      "additionalProperties": false
    })",
        .reads = "",
        // It clusters what it holds: the host runs no collector that makes
        // clusters for it.
        .writes = "clusters",
    });
