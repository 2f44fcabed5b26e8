// PostgresDb, the libpq StoreDb (postgresql_db.h says what it promises).
#include "postgresql_db.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "store_schema.h"

namespace {

using claimex::Status;
using claimex::StepResult;

// "claimex" in ASCII: the advisory lock every claimex writer takes.
constexpr long long kWriterLock = 0x636c61696d6578LL;
// Statements sent before their answers are read: a bound on what libpq
// and the server buffer, below what could fill both sockets' buffers.
constexpr std::size_t kMaxInFlight = 512;

// The URI as messages may show it: without a password.
std::string WithoutPassword(const std::string& uri) {
  static const std::regex user_password(R"(^(postgres(?:ql)?://[^:@/]*):[^@/]*@)");
  static const std::regex password_parameter(R"(([?&]password=)[^&]*)");
  return std::regex_replace(std::regex_replace(uri, user_password, "$1:***@"), password_parameter, "$1***");
}

// "?1" -> "$1": the store writes parameters the way SQLite reads them.
std::string PostgresParameters(const std::string& sql, int* count) {
  std::string out;
  *count = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] == '?' && i + 1 < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i + 1]))) {
      out += '$';
      int n = 0;
      while (i + 1 < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i + 1]))) {
        n = n * 10 + (sql[++i] - '0');
        out += sql[i];
      }
      *count = std::max(*count, n);
    } else {
      out += sql[i];
    }
  }
  return out;
}

class PostgresDb;

class PostgresStatement final : public claimex::StoreStatement {
 public:
  // `name`: of the prepared statement; empty: `text` is sent, and planned,
  // at each execution.
  PostgresStatement(PostgresDb* db, std::string name, std::string text, int parameters)
      : db_(db), name_(std::move(name)), text_(std::move(text)), values_(parameters), binary_(parameters, 0) {}
  ~PostgresStatement() override { PQclear(result_); }

  void BindText(int i, std::string_view s) override { Set(i, std::string(s), false); }
  void BindInt(int i, std::int64_t v) override { Set(i, std::to_string(v), false); }
  void BindDouble(int i, double v) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    Set(i, buf, false);
  }
  void BindBlob(int i, std::string_view bytes) override { Set(i, std::string(bytes), true); }
  void BindNull(int i) override {
    if (i >= 1 && i <= static_cast<int>(values_.size())) values_[i - 1].reset();
  }

  StepResult Step() override;
  StepResult Execute() override;

  std::string ColumnText(int i) override {
    return ColumnNull(i) ? std::string() : std::string(PQgetvalue(result_, row_, i));
  }
  bool ColumnNull(int i) override { return PQgetisnull(result_, row_, i) != 0; }
  std::int64_t ColumnInt(int i) override { return ColumnNull(i) ? 0 : std::strtoll(PQgetvalue(result_, row_, i), nullptr, 10); }
  // Exact: the session asks for the shortest form that reads back (Open).
  double ColumnDouble(int i) override { return ColumnNull(i) ? 0 : std::strtod(PQgetvalue(result_, row_, i), nullptr); }
  std::string ColumnBlob(int i) override {
    if (ColumnNull(i)) return {};
    std::size_t size = 0;
    unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row_, i)), &size);
    std::string out(reinterpret_cast<const char*>(bytes), size);
    PQfreemem(bytes);
    return out;
  }
  void Reset() override {
    PQclear(result_);
    result_ = nullptr;
    row_ = -1;
    for (auto& v : values_) v.reset();
    std::fill(binary_.begin(), binary_.end(), 0);
  }

 private:
  void Set(int i, std::string value, bool binary) {
    if (i < 1 || i > static_cast<int>(values_.size())) return;
    values_[i - 1] = std::move(value);
    binary_[i - 1] = binary ? 1 : 0;
  }
  // Sends the statement with its parameters; false when libpq refuses.
  bool Send();

  PostgresDb* db_;
  std::string name_, text_;
  std::vector<std::optional<std::string>> values_;
  std::vector<int> binary_;
  PGresult* result_ = nullptr;
  int row_ = -1;
};

class PostgresDb final : public claimex::StoreDb {
 public:
  explicit PostgresDb(std::string uri) : uri_(std::move(uri)), name_(WithoutPassword(uri_)) {}
  ~PostgresDb() override {
    if (conn_ != nullptr) PQfinish(conn_);
  }

  const std::string& name() const override { return name_; }

  Status Open() override {
    conn_ = PQconnectdb(uri_.c_str());
    if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) return Failure("cannot connect");
    // "relation already exists, skipping" and the like are not for the run's output.
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
    // extra_float_digits 1: doubles come back exactly, whatever the server's
    // configuration says (clustering compares stored reaches with ==).
    return Exec("SET client_min_messages = warning; SET client_encoding = 'UTF8'; SET extra_float_digits = 1");
  }

  std::unique_ptr<claimex::StoreStatement> Prepare(const std::string& sql, claimex::Planning planning,
                                                   std::string* error) override {
    if (!Sync()) {
      *error = LastError();
      return nullptr;
    }
    int parameters = 0;
    std::string text = PostgresParameters(sql, &parameters);
    // Sent as text, planned at each execution: an error shows there.
    if (planning == claimex::Planning::kEachExecution) {
      return std::make_unique<PostgresStatement>(this, "", std::move(text), parameters);
    }
    const std::string name = "claimex_" + std::to_string(++statements_);
    PGresult* result = PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    // Preparing locks the tables the statement names: it can deadlock too.
    if (!ok) *error = last_error_ = Message(result);
    PQclear(result);
    if (!ok) return nullptr;
    return std::make_unique<PostgresStatement>(this, name, "", parameters);
  }

  Status Exec(const std::string& sql) override {
    if (!Sync()) return Failure("a statement failed");
    PGresult* result = PQexec(conn_, sql.c_str());
    const ExecStatusType status = PQresultStatus(result);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok) last_error_ = Message(result);
    PQclear(result);
    return ok ? Status::OK() : Status::IOError(name_ + ": " + last_error_);
  }

  Status Begin() override {
    staged_.clear();
    last_error_.clear();  // LastFailureIsTransient reads it
    if (Status s = Exec("BEGIN"); !s.ok()) return s;
    return Exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")");
  }

  Status Commit() override {
    if (!Sync()) {
      Rollback();
      return Failure("a statement failed");
    }
    staged_.clear();
    PGresult* result = PQexec(conn_, "COMMIT");
    // A transaction that failed ends in ROLLBACK, answered as success.
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK && std::string(PQcmdStatus(result)) == "COMMIT";
    if (!ok) last_error_ = PQresultStatus(result) == PGRES_COMMAND_OK ? "the transaction was rolled back" : Message(result);
    PQclear(result);
    return ok ? Status::OK() : Status::IOError(name_ + ": cannot commit: " + last_error_);
  }

  void Rollback() override {
    Sync();
    PQclear(PQexec(conn_, "ROLLBACK"));
    failure_.clear();
    staged_.clear();
  }

  // COPY into a staging table of the connection (emptied at commit), then
  // one statement from it into the table, keys sorted so that concurrent
  // writers lock rows in one order. The staging table has the target's
  // column types and the rows' order, which decides between rows of one key.
  Status BulkWrite(const claimex::BulkRows& rows) override {
    if (rows.empty()) return Status::OK();
    if (!Sync()) return Status::IOError(LastError());
    std::string columns;
    for (const std::string& c : rows.columns) columns += (columns.empty() ? "" : ", ") + c;
    auto [it, created] = stages_.try_emplace(rows.table + "(" + columns + ")");
    if (created) it->second = "claimex_stage_" + std::to_string(stages_.size());
    const std::string& stage = it->second;
    // Created at each use: a transaction that rolls back takes its creation with it.
    std::string prepare = "CREATE TEMP TABLE IF NOT EXISTS " + stage + " ON COMMIT DELETE ROWS AS SELECT " +
                          columns + ", 0::bigint AS claimex_row FROM " + rows.table + " WITH NO DATA";
    if (!staged_.insert(stage).second) prepare += "; TRUNCATE " + stage;
    if (Status s = Exec(prepare); !s.ok()) return Status::IOError(last_error_);
    if (Status s = Copy(stage, columns, rows); !s.ok()) return s;
    return Exec(FromStage(rows, stage)).ok() ? Status::OK() : Status::IOError(last_error_);
  }

  bool TableExists(const std::string& table, Status* status) override {
    return IsTrue("SELECT to_regclass($1) IS NOT NULL", {table}, status);
  }
  bool ColumnExists(const std::string& table, const std::string& column, Status* status) override {
    return IsTrue(
        "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND "
        "table_name = $1 AND column_name = $2)",
        {table, column}, status);
  }

  std::string LastError() override { return last_error_.empty() ? "unknown error" : last_error_; }
  // Message() ends a failure with its SQLSTATE: 40P01 deadlock_detected,
  // 40001 serialization_failure.
  bool LastFailureIsTransient() override {
    return last_error_.find("(SQLSTATE 40P01)") != std::string::npos ||
           last_error_.find("(SQLSTATE 40001)") != std::string::npos;
  }
  std::string Schema() override { return claimex::StoreSchema(claimex::SqlDialect::kPostgres); }

  // The server's process for this connection, which ends when the
  // connection does (the client's end, even by a kill, closes it): its pid
  // and start time.
  std::string OwnerToken() override {
    return Single("SELECT pid::text || ' ' || backend_start::text FROM pg_stat_activity WHERE pid = pg_backend_pid()",
                  {});
  }
  bool OwnerLives(const std::string& token) override {
    const auto space = token.find(' ');
    if (space == std::string::npos) return false;
    return Single("SELECT count(*) FROM pg_stat_activity WHERE pid::text = $1 AND backend_start::text = $2",
                  {token.substr(0, space), token.substr(space + 1)}) == "1";
  }

  // ---- for statements ----------------------------------------------------

  // The one value `sql` returns; empty when it fails or returns none.
  std::string Single(const char* sql, const std::vector<std::string>& parameters) {
    if (!Sync()) return "";
    std::vector<const char*> values;
    for (const std::string& p : parameters) values.push_back(p.c_str());
    PGresult* result = PQexecParams(conn_, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                                    nullptr, 0);
    std::string value;
    if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1 && !PQgetisnull(result, 0, 0)) {
      value = PQgetvalue(result, 0, 0);
    } else if (PQresultStatus(result) != PGRES_TUPLES_OK) {
      last_error_ = Message(result);
    }
    PQclear(result);
    return value;
  }

  PGconn* conn() { return conn_; }

  // Answers every statement sent ahead and not yet answered; false, with
  // the first failure's message, when one failed.
  bool Sync() {
    if (in_flight_ == 0) return failure_.empty();
    if (PQpipelineSync(conn_) != 1) {
      failure_ = PQerrorMessage(conn_);
    }
    // One result then NULL per statement, then the sync's own result; two
    // NULLs in a row: nothing more will come (the connection is gone).
    for (bool after_null = false;;) {
      PGresult* result = PQgetResult(conn_);
      if (result == nullptr) {
        if (after_null) {
          if (failure_.empty()) failure_ = "the connection was lost";
          break;
        }
        after_null = true;
        continue;
      }
      after_null = false;
      const ExecStatusType status = PQresultStatus(result);
      if (status == PGRES_PIPELINE_SYNC) {
        PQclear(result);
        break;
      }
      if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && failure_.empty()) {
        failure_ = status == PGRES_PIPELINE_ABORTED ? "aborted after an earlier failure" : Message(result);
      }
      PQclear(result);
      if (status == PGRES_FATAL_ERROR && PQstatus(conn_) != CONNECTION_OK) break;
    }
    in_flight_ = 0;
    PQexitPipelineMode(conn_);
    if (!failure_.empty()) last_error_ = failure_;
    return failure_.empty();
  }

  // Before sending a statement ahead: the pipeline, entered if need be.
  bool SendAhead() {
    if (!failure_.empty()) return false;
    if (in_flight_ >= kMaxInFlight && !Sync()) return false;
    if (PQpipelineStatus(conn_) == PQ_PIPELINE_OFF && PQenterPipelineMode(conn_) != 1) {
      last_error_ = PQerrorMessage(conn_);
      return false;
    }
    return true;
  }
  void SentAhead() { ++in_flight_; }

  void SetError(std::string message) { last_error_ = std::move(message); }
  static std::string Message(const PGresult* result) {
    std::string message = result ? PQresultErrorMessage(result) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    if (const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr) {
      message += std::string(" (SQLSTATE ") + state + ")";
    }
    return message;
  }

 private:
  // Whether `sql`, a question of the schema with text `parameters`, answers
  // true.
  bool IsTrue(const char* sql, const std::vector<std::string>& parameters, Status* status) {
    if (!Sync()) {
      *status = Failure("a statement failed");
      return false;
    }
    std::vector<const char*> values;
    for (const std::string& p : parameters) values.push_back(p.c_str());
    PGresult* result = PQexecParams(conn_, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                                    nullptr, 0);
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    const bool answer = ok && std::string(PQgetvalue(result, 0, 0)) == "t";
    if (!ok) *status = Status::IOError(name_ + ": cannot read the schema: " + Message(result));
    PQclear(result);
    return answer;
  }

  Status Failure(const char* what) {
    std::string why = last_error_;
    if (why.empty() && conn_ != nullptr) why = PQerrorMessage(conn_);
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return Status::IOError(name_ + ": " + what + ": " + (why.empty() ? "out of memory" : why));
  }

  Status Copy(const std::string& stage, const std::string& columns, const claimex::BulkRows& rows) {
    PGresult* result = PQexec(conn_, ("COPY " + stage + " (" + columns + ", claimex_row) FROM STDIN").c_str());
    const bool copying = PQresultStatus(result) == PGRES_COPY_IN;
    if (!copying) last_error_ = Message(result);
    PQclear(result);
    if (!copying) return Status::IOError(last_error_);
    // Sent in pieces of about this size: a bound on the run's memory.
    constexpr std::size_t kPiece = 1 << 20;
    std::string data;
    bool sent = true;
    const std::size_t width = rows.columns.size();
    for (std::size_t row = 0; row < rows.size() && sent; ++row) {
      for (std::size_t column = 0; column < width; ++column) {
        AppendCopyText(rows.values[row * width + column], &data);
        data += '\t';
      }
      data += std::to_string(row);
      data += '\n';
      if (data.size() >= kPiece || row + 1 == rows.size()) {
        sent = PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) == 1;
        data.clear();
      }
    }
    if (PQputCopyEnd(conn_, sent ? nullptr : "claimex could not send its rows") != 1) sent = false;
    if (!sent) last_error_ = PQerrorMessage(conn_);
    bool ok = sent;
    while (PGresult* end = PQgetResult(conn_)) {
      if (PQresultStatus(end) != PGRES_COMMAND_OK && ok) {
        last_error_ = Message(end);
        ok = false;
      }
      PQclear(end);
    }
    return ok ? Status::OK() : Status::IOError(last_error_);
  }

  // A value as COPY's text format spells it.
  static void AppendCopyText(const claimex::StoreValue& v, std::string* out) {
    using Type = claimex::StoreValue::Type;
    switch (v.type) {
      case Type::kNull:
        *out += "\\N";
        return;
      case Type::kInt:
        *out += std::to_string(v.integer);
        return;
      case Type::kDouble: {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", v.real);
        *out += buf;
        return;
      }
      case Type::kBlob: {
        // bytea's hex input, its backslash escaped for COPY.
        static const char kHex[] = "0123456789abcdef";
        *out += "\\\\x";
        for (const unsigned char c : v.bytes) {
          *out += kHex[c >> 4];
          *out += kHex[c & 15];
        }
        return;
      }
      case Type::kText:
        for (const char c : v.bytes) {
          switch (c) {
            case '\\':
              *out += "\\\\";
              break;
            case '\n':
              *out += "\\n";
              break;
            case '\r':
              *out += "\\r";
              break;
            case '\t':
              *out += "\\t";
              break;
            default:
              *out += c;
          }
        }
        return;
    }
  }

  // The statement that writes the staged rows into their table.
  static std::string FromStage(const claimex::BulkRows& rows, const std::string& stage) {
    std::string columns, key, updates, matches;
    for (std::size_t i = 0; i < rows.columns.size(); ++i) {
      const std::string& c = rows.columns[i];
      columns += (i ? ", " : "") + c;
      if (i < rows.key_columns) {
        key += (i ? ", " : "") + c;
        matches += (i ? " AND " : "") + rows.table + "." + c + " = s." + c;
      } else {
        updates += (updates.empty() ? "" : ", ") + c + " = " +
                   (rows.mode == claimex::BulkRows::Mode::kUpdate ? "s." : "excluded.") + c;
      }
    }
    using Mode = claimex::BulkRows::Mode;
    if (rows.mode == Mode::kInsert || updates.empty()) {
      // A key staged twice: the first row is inserted, the second finds it.
      return "INSERT INTO " + rows.table + " (" + columns + ") SELECT " + columns + " FROM " + stage + " ORDER BY " +
             key + ", claimex_row ON CONFLICT DO NOTHING";
    }
    // One row per key, the last staged (a statement may not touch a row twice).
    const std::string last = "SELECT DISTINCT ON (" + key + ") " + columns + " FROM " + stage + " ORDER BY " + key +
                             ", claimex_row DESC";
    if (rows.mode == Mode::kUpsert) {
      return "INSERT INTO " + rows.table + " (" + columns + ") " + last + " ON CONFLICT (" + key + ") DO UPDATE SET " +
             updates;
    }
    return "UPDATE " + rows.table + " SET " + updates + " FROM (" + last + ") s WHERE " + matches;
  }

  std::string uri_, name_;
  PGconn* conn_ = nullptr;
  std::map<std::string, std::string> stages_;  // table(columns) -> its staging table
  std::set<std::string> staged_;               // staging tables used in this transaction
  int statements_ = 0;
  std::size_t in_flight_ = 0;
  std::string failure_;  // of a statement sent ahead: the transaction is lost
  std::string last_error_;
};

bool PostgresStatement::Send() {
  std::vector<const char*> values(values_.size());
  std::vector<int> lengths(values_.size());
  for (std::size_t i = 0; i < values_.size(); ++i) {
    values[i] = values_[i] ? values_[i]->data() : nullptr;
    lengths[i] = values_[i] ? static_cast<int>(values_[i]->size()) : 0;
  }
  const int sent = name_.empty() ? PQsendQueryParams(db_->conn(), text_.c_str(), static_cast<int>(values.size()),
                                                     nullptr, values.data(), lengths.data(), binary_.data(), 0)
                                 : PQsendQueryPrepared(db_->conn(), name_.c_str(), static_cast<int>(values.size()),
                                                       values.data(), lengths.data(), binary_.data(), 0);
  if (sent != 1) {
    db_->SetError(PQerrorMessage(db_->conn()));
    return false;
  }
  return true;
}

StepResult PostgresStatement::Step() {
  if (result_ == nullptr) {
    if (!db_->Sync()) return StepResult::kError;
    if (!Send()) return StepResult::kError;
    result_ = PQgetResult(db_->conn());
    while (PGresult* more = PQgetResult(db_->conn())) PQclear(more);
    const ExecStatusType status = PQresultStatus(result_);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      db_->SetError(PostgresDb::Message(result_));
      return StepResult::kError;
    }
  }
  return ++row_ < PQntuples(result_) ? StepResult::kRow : StepResult::kDone;
}

StepResult PostgresStatement::Execute() {
  if (!db_->SendAhead() || !Send()) return StepResult::kError;
  db_->SentAhead();
  return StepResult::kDone;
}

}  // namespace

namespace claimex {

Status NewPostgresqlDb(const std::string& uri, std::unique_ptr<StoreDb>* db) {
  if (uri.rfind("postgresql://", 0) != 0 && uri.rfind("postgres://", 0) != 0) {
    return Status::InvalidArgument("uri \"" + WithoutPassword(uri) + "\": expected postgresql://USER@HOST:PORT/DB");
  }
  *db = std::make_unique<PostgresDb>(uri);
  return Status::OK();
}

}  // namespace claimex
