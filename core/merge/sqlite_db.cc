#include "sqlite_db.h"

#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "store_schema.h"

namespace claimex {
namespace {

constexpr int kBusyTimeoutMs = 600000;
constexpr int kBusyRetries = 5;

// When process `pid` started (/proc/PID/stat, field 22, in clock ticks
// since boot): with the pid, what names one process, as a pid alone may be
// used again. Empty when there is no such process running: none, or one
// that ended and is not yet reaped (a killed run whose parent died with
// it), or no /proc.
std::string StartTime(const std::string& pid) {
  std::ifstream stat("/proc/" + pid + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return "";
  // The command name, field 2, is in parentheses and may hold spaces.
  const auto close = line.rfind(')');
  if (close == std::string::npos) return "";
  std::istringstream fields(line.substr(close + 1));
  std::string field;
  for (int i = 3; i <= 22; ++i) {
    if (!(fields >> field)) return "";
    if (i == 3 && (field == "Z" || field == "X")) return "";  // state: ended
  }
  return field;
}

std::string HostName() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) return "";
  return host;
}

class SqliteStatement final : public StoreStatement {
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
  double ColumnDouble(int i) override { return sqlite3_column_double(stmt_, i); }
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

class SqliteDb final : public StoreDb {
 public:
  SqliteDb(std::string path, bool read_only) : path_(std::move(path)), read_only_(read_only) {}
  // The store finalises its statements first: sqlite3_close refuses while
  // any is open.
  ~SqliteDb() override {
    FinalizeRowStatements();
    sqlite3_close(db_);
  }

  const std::string& name() const override { return path_; }

  Status Open() override {
    const int flags = read_only_ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path_.c_str(), &db_, flags, nullptr) != SQLITE_OK) return Error("cannot open");
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    if (read_only_) return Status::OK();
    // Turning a file to WAL upgrades a read lock to an exclusive one; while
    // another run holds the file SQLite answers that with SQLITE_BUSY at
    // once, whatever the timeout (a lock upgrade could deadlock), so runs
    // starting together on a new file each retry it.
    if (ExecRetryingBusy("PRAGMA journal_mode=WAL") != SQLITE_OK) return Error("cannot turn on write-ahead logging");
    // A bulk load inserts into a dozen indexes in key order, not row order:
    // with the default 2 MB of page cache, 100k claims took 44.6 s, most of
    // it re-reading and re-writing index pages; with 64 MB, 29.9 s (256 MB:
    // no faster). The cache fills only as far as a store is touched.
    return Exec("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;");
  }

  // SQLite plans at prepare time from the schema (and sqlite_stat1, which
  // no claimex run writes), never from how much a table holds: `planning`
  // changes nothing.
  std::unique_ptr<StoreStatement> Prepare(const std::string& sql, Planning /*planning*/, std::string* error) override {
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
    if (ExecRetryingBusy("BEGIN IMMEDIATE") != SQLITE_OK) return Error("cannot start a transaction");
    return Status::OK();
  }
  Status Commit() override { return Exec("COMMIT"); }
  void Rollback() override { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

  bool TableExists(const std::string& table, Status* status) override {
    return CountIsPositive("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1", {table},
                           status);
  }
  bool ColumnExists(const std::string& table, const std::string& column, Status* status) override {
    return CountIsPositive("SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2", {table, column}, status);
  }

  std::string LastError() override { return db_ ? sqlite3_errmsg(db_) : "out of memory"; }
  std::string Schema() override { return StoreSchema(SqlDialect::kSqlite); }
  // Without statistics SQLite looks a document up by its primary key,
  // then reads its row, rather than through an index that holds what a
  // query reads of it: it does not count the pages of a large row.
  std::string IndexHint(const std::string& index) override { return " INDEXED BY " + index; }

  // A file store's clients share its machine, or a file system: host, pid
  // and the pid's start time.
  std::string OwnerToken() override {
    const std::string pid = std::to_string(::getpid());
    const std::string started = StartTime(pid);
    return started.empty() ? "" : HostName() + " " + pid + " " + started;
  }
  bool OwnerLives(const std::string& token) override {
    std::istringstream fields(token);
    std::string host, pid, started;
    if (!(fields >> host >> pid >> started)) return false;
    if (host != HostName()) return true;
    return StartTime(pid) == started;
  }

 private:
  // For a statement SQLite may refuse as busy without waiting out the
  // timeout; what the last attempt answered.
  int ExecRetryingBusy(const char* sql) {
    for (int attempt = 0;; ++attempt) {
      const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
      if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt + 1 >= kBusyRetries) return rc;
      std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
    }
  }

  Status Error(const char* what) { return Status::IOError(path_ + ": " + what + ": " + LastError()); }

  // Whether `sql`, a count of the schema with `parameters`, counts any.
  bool CountIsPositive(const char* sql, const std::vector<std::string>& parameters, Status* status) {
    sqlite3_stmt* stmt = nullptr;
    bool positive = false;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) == SQLITE_OK) {
      for (std::size_t i = 0; i < parameters.size(); ++i) {
        sqlite3_bind_text(stmt, static_cast<int>(i + 1), parameters[i].c_str(), -1, SQLITE_TRANSIENT);
      }
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_ROW) positive = sqlite3_column_int64(stmt, 0) > 0;
      if (rc != SQLITE_ROW) *status = Error("cannot read the schema");
    } else {
      *status = Error("cannot read the schema");
    }
    sqlite3_finalize(stmt);
    return positive;
  }

  std::string path_;
  bool read_only_;
  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<StoreDb> NewSqliteDb(std::string path, bool read_only) {
  return std::make_unique<SqliteDb>(std::move(path), read_only);
}

}  // namespace claimex
