// What the claims store (claim_store.h) needs of a database: prepared
// statements with numbered parameters, rows of text, and write
// transactions that exclude every other writer. One implementation per
// engine: SQLite (sqlite_db.h) and PostgreSQL (postgresql_db.h);
// OpenStoreDb picks one from a URI.
//
// Statements are written once, in the SQL both engines read: parameters
// are ?1, ?2 ... (PostgreSQL's $1, $2 ... once translated), inserts say
// ON CONFLICT, and an INSERT ... SELECT carries a WHERE clause (SQLite
// would read its ON CONFLICT as a join constraint otherwise). Where one
// engine needs to be told which index to use, IndexHint says how.
#ifndef CLAIMEX_CORE_MERGE_STORE_DB_H_
#define CLAIMEX_CORE_MERGE_STORE_DB_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimex/status.h"

namespace claimex {

enum class StepResult { kRow, kDone, kError };

// When an engine that keeps query plans plans a statement.
enum class Planning {
  kKept,  // once, or when the engine decides
  // At each execution, with its parameters: for a statement whose best plan
  // depends on how much a table holds, which a run changes (PostgreSQL would
  // keep a generic plan made while the table was empty: a scan of the whole
  // table at each execution once it is not).
  kEachExecution,
};

class StoreStatement {
 public:
  virtual ~StoreStatement() = default;

  virtual void BindText(int i, std::string_view s) = 0;
  virtual void BindInt(int i, std::int64_t v) = 0;
  virtual void BindDouble(int i, double v) = 0;
  virtual void BindBlob(int i, std::string_view bytes) = 0;
  virtual void BindNull(int i) = 0;

  // The next row, or the end. A statement whose rows the caller does not
  // read goes through Execute instead: an engine may then send it without
  // waiting for its answer, and report a failure at the next Step, Execute
  // of a statement with rows, or commit.
  virtual StepResult Step() = 0;
  virtual StepResult Execute() { return Step(); }

  // Columns of the current row. A NULL reads as "" and 0.
  virtual std::string ColumnText(int i) = 0;
  virtual bool ColumnNull(int i) = 0;
  virtual std::int64_t ColumnInt(int i) = 0;
  virtual double ColumnDouble(int i) = 0;
  virtual std::string ColumnBlob(int i) = 0;

  // Ready to bind and step again; bindings cleared.
  virtual void Reset() = 0;
};

// One value of a row written in bulk (BulkRows).
struct StoreValue {
  enum class Type { kNull, kInt, kDouble, kText, kBlob };
  Type type = Type::kNull;
  std::int64_t integer = 0;
  double real = 0;
  std::string bytes;  // of kText and kBlob
};

// Rows for one table, written by one StoreDb::BulkWrite as if each were a
// statement of its own, in order.
struct BulkRows {
  enum class Mode {
    kInsert,  // INSERT ... ON CONFLICT DO NOTHING: a row whose key is taken is dropped
    kUpsert,  // ... ON CONFLICT (key) DO UPDATE: the last row of a key sets its other columns
    kUpdate,  // UPDATE ... WHERE key: the other columns of the row that has the key, if any
  };
  BulkRows(std::string table, std::vector<std::string> columns, std::size_t key_columns, Mode mode)
      : table(std::move(table)), columns(std::move(columns)), key_columns(key_columns), mode(mode) {}

  std::size_t size() const { return values.size() / columns.size(); }
  bool empty() const { return values.empty(); }

  std::string table;
  std::vector<std::string> columns;  // the key's first, as SQL spells them ("\"end\"")
  std::size_t key_columns;
  Mode mode;
  std::vector<StoreValue> values;  // row after row, columns.size() each
};

class StoreDb {
 public:
  virtual ~StoreDb() = default;

  // What messages call the store: a path, or a URI without its password.
  virtual const std::string& name() const = 0;

  // Connects (creating the database file where the engine does that).
  virtual Status Open() = 0;
  // Null with the engine's message in `error` when `sql` does not prepare.
  virtual std::unique_ptr<StoreStatement> Prepare(const std::string& sql, Planning planning, std::string* error) = 0;
  // Statements without parameters, several separated by ";".
  virtual Status Exec(const std::string& sql) = 0;
  // A write transaction no other writer of the store runs beside: the
  // merge re-reads what it writes, so two at once would interleave.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;
  virtual bool TableExists(const std::string& table, Status* status) = 0;
  virtual bool ColumnExists(const std::string& table, const std::string& column, Status* status) = 0;
  // Writes `rows` inside the current transaction; the engine's message on
  // failure. This one is a prepared statement per row, which costs an
  // embedded engine nothing; an engine behind a network writes them in one
  // go.
  virtual Status BulkWrite(const BulkRows& rows);
  // The engine's message for the last failure.
  virtual std::string LastError() = 0;
  // Whether the last failure came from another transaction running beside
  // this one (a deadlock, a serialization failure), so that the same
  // transaction, rolled back and run again, may pass.
  virtual bool LastFailureIsTransient() { return false; }
  // How the shared schema (store_schema.h) is spelt for this engine.
  virtual std::string Schema() = 0;
  // What follows a table's name in FROM to have the engine read it through
  // `index`: for an index whose worth the engine's planner cannot see.
  // Empty where the planner sees it.
  virtual std::string IndexHint(const std::string& /*index*/) { return ""; }
  // What another process gives OwnerLives to tell whether this one, the
  // store's client, still runs; empty when the engine cannot tell.
  virtual std::string OwnerToken() = 0;
  // Whether the client that gave `token` still runs. True when this process
  // cannot tell (the token of another machine); false when its owner ended,
  // even by a kill.
  virtual bool OwnerLives(const std::string& token) = 0;

 protected:
  // For an engine whose connection must outlive its statements: called
  // before it closes.
  void FinalizeRowStatements() { row_statements_.clear(); }

 private:
  // BulkWrite's, by their SQL: a store writes the same dozen tables after
  // every window it re-clusters, and preparing their statements again cost
  // a bulk load more than a tenth of its writes.
  std::map<std::string, std::unique_ptr<StoreStatement>> row_statements_;
};

// The store `uri` names ("sqlite:PATH", a path, or a postgresql:// URI),
// opened; with `read_only`, an existing SQLite file only (NotFound when
// there is none). A PostgreSQL URI is InvalidArgument in a claimex built
// without libpq.
Status OpenStoreDb(const std::string& uri, bool read_only, std::unique_ptr<StoreDb>* db);

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_STORE_DB_H_
