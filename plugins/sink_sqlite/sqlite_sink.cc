// sqlite: the embedded default store.
//
// Tables: documents, mentions (every public layer but claims), claims,
// fingerprints, clusters, cluster_members, conflicts, and records (what
// other collectors emit). Keys are derived from content, so writing
// the same document twice adds nothing; a document seen again under another
// pipeline has its mentions and claims replaced, so the database always
// holds one consistent extraction per document, traced by engine and
// pipeline. Writes are batched in transactions; a run killed midway leaves
// whole batches only (WAL), and running again completes it.
//
// One id names one document: a document whose id the database holds with
// another text is refused (InvalidArgument, which the host turns into a
// reject naming the sink), so that two outlets numbering their articles from
// 1 never become one source. Delete the old row to replace a document.
//
// Clusters are recomputed at the end of every run from all the claims the
// database holds, with the same merge as `claimex merge`, so a run over new
// articles merges into what is there: seeds then one more article equals all
// six at once. Cluster and conflict records a collector emits are therefore
// not stored again.
#include <sqlite3.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <variant>

#include "claimex/content_hash.h"
#include "clusters.h"
#include "claimex/plugin.h"

namespace {

using claimex::Status;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  doc_key   TEXT PRIMARY KEY,   -- from id and text
  id        TEXT NOT NULL,
  source    TEXT,
  url       TEXT,
  published TEXT,
  lang      TEXT,
  title     TEXT,
  text      TEXT NOT NULL,      -- NFC, the text offsets refer to
  engine    TEXT NOT NULL,
  pipeline  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_by_id ON documents(id);
CREATE TABLE IF NOT EXISTS mentions (
  mention_key TEXT PRIMARY KEY, -- from doc_key, layer, span and attributes
  doc_key     TEXT NOT NULL REFERENCES documents(doc_key),
  layer       TEXT NOT NULL,
  start       INTEGER NOT NULL, -- code point offsets into documents.text
  "end"       INTEGER NOT NULL,
  text        TEXT NOT NULL,
  attrs       TEXT NOT NULL     -- JSON object
);
CREATE INDEX IF NOT EXISTS mentions_by_doc ON mentions(doc_key);
CREATE TABLE IF NOT EXISTS claims (
  claim_key TEXT PRIMARY KEY,
  doc_key   TEXT NOT NULL REFERENCES documents(doc_key),
  record    TEXT NOT NULL       -- JSON claim record
);
CREATE INDEX IF NOT EXISTS claims_by_doc ON claims(doc_key);
CREATE TABLE IF NOT EXISTS clusters (
  cluster_key TEXT PRIMARY KEY,
  subject     TEXT,
  predicate   TEXT NOT NULL,
  model       TEXT,
  unit        TEXT,
  amount      REAL NOT NULL,
  bound       TEXT NOT NULL,
  documents   INTEGER NOT NULL,
  sources     INTEGER NOT NULL,
  conflicts   INTEGER NOT NULL,  -- 1 when the cluster is in a conflict
  record      TEXT NOT NULL     -- JSON cluster record
);
CREATE TABLE IF NOT EXISTS conflicts (
  conflict_key TEXT PRIMARY KEY,
  subject      TEXT,
  predicate    TEXT NOT NULL,
  clusters     INTEGER NOT NULL, -- how many clusters of the fact disagree
  record       TEXT NOT NULL    -- JSON conflict record (schemas/conflict.schema.json)
);
CREATE TABLE IF NOT EXISTS cluster_members (
  cluster_key TEXT NOT NULL REFERENCES clusters(cluster_key),
  member_key  TEXT NOT NULL,    -- from document id and span
  doc_id      TEXT NOT NULL,
  PRIMARY KEY (cluster_key, member_key)
);
CREATE TABLE IF NOT EXISTS fingerprints (
  doc_key   TEXT PRIMARY KEY REFERENCES documents(doc_key),
  doc_id    TEXT NOT NULL,
  record    TEXT NOT NULL       -- JSON fingerprint record: what finds syndicated copies
);
CREATE TABLE IF NOT EXISTS records (
  record_key TEXT PRIMARY KEY,
  kind       TEXT NOT NULL,
  record     TEXT NOT NULL      -- JSON, as the collector emitted it
);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');
)sql";

constexpr int kDocumentsPerTransaction = 500;

std::string KeyOf(std::initializer_list<std::string_view> fields) {
  claimex::ContentHash hash;
  for (std::string_view f : fields) hash.AddField(f);
  return hash.Hex();
}

// Attributes as a JSON object; dotted keys ("subject.id") become nested
// objects, as in the annotations records.
nlohmann::json AttrsJson(const claimex::Annotation& a) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, value] : a.attrs) {
    nlohmann::json v;
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::monostate>) v = nullptr;
          else v = x;
        },
        value);
    const auto dot = key.find('.');
    if (dot == std::string::npos) {
      out[key] = std::move(v);
    } else {
      out[key.substr(0, dot)][key.substr(dot + 1)] = std::move(v);
    }
  }
  return out;
}

class Statement {
 public:
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(stmt_); }

  int Prepare(sqlite3* db, const char* sql) { return sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
  Statement& Text(int i, std::string_view s) {
    sqlite3_bind_text(stmt_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Int(int i, std::int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  int Step() { return sqlite3_step(stmt_); }
  sqlite3_stmt* raw() { return stmt_; }
  std::string ColumnText(int i) {
    const auto* p = sqlite3_column_text(stmt_, i);
    return p ? reinterpret_cast<const char*>(p) : "";
  }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteSink final : public claimex::Sink {
 public:
  explicit SqliteSink(const nlohmann::json& options) : path_(options.at("path").get<std::string>()) {
    // A database in memory keeps nothing past the run; "-" is not stdout here.
    if (path_ == ":memory:" || path_ == "-" || path_.rfind("file:", 0) == 0) {
      throw std::invalid_argument("path \"" + path_ + "\": the sqlite sink needs a database file");
    }
  }

  ~SqliteSink() override {
    // Statements first: sqlite3_close refuses while any is open.
    for (auto* statement : {&find_doc_, &find_other_text_, &insert_doc_, &update_doc_, &delete_mentions_, &delete_claims_,
                            &insert_mention_, &insert_claim_, &insert_record_, &insert_fingerprint_}) {
      statement->reset();
    }
    if (db_ != nullptr) sqlite3_close(db_);
  }

  Status Open(const claimex::RunInfo& run) override {
    run_ = run;
    if (sqlite3_open(path_.c_str(), &db_) != SQLITE_OK) return Error("cannot open");
    sqlite3_busy_timeout(db_, 10000);
    if (Status s = Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !s.ok()) return s;
    if (Status s = Exec(kSchema); !s.ok()) return s;
    struct {
      std::unique_ptr<Statement>* stmt;
      const char* sql;
    } statements[] = {
        {&find_doc_, "SELECT pipeline FROM documents WHERE doc_key = ?1"},
        {&find_other_text_, "SELECT doc_key FROM documents WHERE id = ?1 AND doc_key <> ?2 LIMIT 1"},
        {&insert_doc_,
         "INSERT INTO documents(doc_key, id, source, url, published, lang, title, text, engine, pipeline) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&update_doc_, "UPDATE documents SET engine = ?2, pipeline = ?3 WHERE doc_key = ?1"},
        {&delete_mentions_, "DELETE FROM mentions WHERE doc_key = ?1"},
        {&delete_claims_, "DELETE FROM claims WHERE doc_key = ?1"},
        {&insert_mention_,
         "INSERT OR IGNORE INTO mentions(mention_key, doc_key, layer, start, \"end\", text, attrs) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&insert_claim_, "INSERT OR IGNORE INTO claims(claim_key, doc_key, record) VALUES (?1, ?2, ?3)"},
        {&insert_record_, "INSERT OR REPLACE INTO records(record_key, kind, record) VALUES (?1, ?2, ?3)"},
        {&insert_fingerprint_, "INSERT OR REPLACE INTO fingerprints(doc_key, doc_id, record) VALUES (?1, ?2, ?3)"},
    };
    for (auto& [stmt, sql] : statements) {
      *stmt = std::make_unique<Statement>();
      if ((*stmt)->Prepare(db_, sql) != SQLITE_OK) return Error("cannot prepare a statement");
    }
    return Exec("BEGIN");
  }

  Status Write(const claimex::DocumentView& view) override {
    const claimex::Document& doc = view.document();
    const std::string doc_key(view.key());
    find_doc_->Text(1, doc_key);
    const int found = find_doc_->Step();
    const std::string stored_pipeline = found == SQLITE_ROW ? find_doc_->ColumnText(0) : "";
    find_doc_->Reset();
    if (found != SQLITE_ROW && found != SQLITE_DONE) return Error("cannot look up a document");
    if (found == SQLITE_ROW && stored_pipeline == run_.pipeline_hash) return Status::OK();
    if (found != SQLITE_ROW) {
      find_other_text_->Text(1, doc.id).Text(2, doc_key);
      const int other = find_other_text_->Step();
      const std::string other_key = other == SQLITE_ROW ? find_other_text_->ColumnText(0) : "";
      find_other_text_->Reset();
      if (other != SQLITE_ROW && other != SQLITE_DONE) return Error("cannot look up a document id");
      if (other == SQLITE_ROW) {
        return Status::InvalidArgument("id \"" + doc.id + "\" already names another text in " + path_ +
                                       " (doc_key " + other_key +
                                       "); one id names one document, so give this one an id of its own");
      }
    }

    if (found == SQLITE_ROW) {
      // Same content, other pipeline: replace what it extracted.
      for (Statement* s : {delete_mentions_.get(), delete_claims_.get()}) {
        if (Status st = Run(s->Text(1, doc_key), "cannot delete stale rows"); !st.ok()) return st;
      }
      update_doc_->Text(1, doc_key).Text(2, run_.engine_version).Text(3, run_.pipeline_hash);
      if (Status st = Run(*update_doc_, "cannot update a document"); !st.ok()) return st;
    } else {
      insert_doc_->Text(1, doc_key).Text(2, doc.id).Text(3, doc.meta.source).Text(4, doc.meta.url);
      insert_doc_->Text(5, doc.meta.published).Text(6, doc.meta.lang).Text(7, doc.meta.title);
      insert_doc_->Text(8, doc.text).Text(9, run_.engine_version).Text(10, run_.pipeline_hash);
      if (Status st = Run(*insert_doc_, "cannot insert a document"); !st.ok()) return st;
    }
    if (auto fingerprint = doc.properties.find("fingerprint"); fingerprint != doc.properties.end()) {
      auto text_or_null = [](const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
      const nlohmann::json record = {{"schema", claimex::kFingerprintSchema},
                                     {"doc", doc.id},
                                     {"source", text_or_null(doc.meta.source)},
                                     {"published", text_or_null(doc.meta.published)},
                                     {"fingerprint", *fingerprint}};
      insert_fingerprint_->Text(1, doc_key).Text(2, doc.id);
      insert_fingerprint_->Text(3, record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      if (Status st = Run(*insert_fingerprint_, "cannot insert a fingerprint"); !st.ok()) return st;
    }
    for (const claimex::Layer& layer : doc.layers()) {
      if (layer.visibility == claimex::LayerVisibility::kInternal) continue;
      for (const claimex::Annotation& a : layer.items) {
        if (Status st = WriteAnnotation(view, doc_key, layer.name, a); !st.ok()) return st;
      }
    }
    if (++documents_in_transaction_ >= kDocumentsPerTransaction) return Commit();
    return Status::OK();
  }

  Status WriteRecord(std::string_view kind, const nlohmann::json& record) override {
    if (kind == "cluster" || kind == "conflict") return Status::OK();  // rebuilt from all claims at Close
    const std::string json = record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const std::string key = record.contains("key") && record["key"].is_string()
                                ? record["key"].get<std::string>()
                                : KeyOf({kind, json});
    insert_record_->Text(1, key).Text(2, kind).Text(3, json);
    return Run(*insert_record_, "cannot insert a record");
  }

  Status Close(const claimex::RunSummary&) override {
    if (db_ == nullptr) return Status::OK();
    if (Status s = Commit(); !s.ok()) return s;
    if (Status s = RebuildClusters(); !s.ok()) {
      Exec("ROLLBACK");
      return s;
    }
    return Exec("COMMIT");
  }

 private:
  Status WriteAnnotation(const claimex::DocumentView& view, const std::string& doc_key,
                         const std::string& layer, const claimex::Annotation& a) {
    const std::string attrs = AttrsJson(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const auto start = view.code_point_offset(a.begin);
    const auto end = view.code_point_offset(a.end);
    const std::string span = std::to_string(start) + ":" + std::to_string(end);
    const std::string_view text = view.document().slice(a);
    if (layer == "claims") {
      // The claim record of schemas/claim.schema.json.
      nlohmann::json record = AttrsJson(a);
      record["schema"] = "claimex.claim/1";
      record["engine"] = run_.engine_version;
      record["pipeline"] = run_.pipeline_hash;
      record["doc"] = view.document().id;
      record["text"] = text;
      record["start"] = start;
      record["end"] = end;
      insert_claim_->Text(1, KeyOf({doc_key, span, attrs})).Text(2, doc_key);
      insert_claim_->Text(3, record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      return Run(*insert_claim_, "cannot insert a claim");
    }
    insert_mention_->Text(1, KeyOf({doc_key, layer, span, attrs})).Text(2, doc_key).Text(3, layer);
    insert_mention_->Int(4, start).Int(5, end).Text(6, text).Text(7, attrs);
    return Run(*insert_mention_, "cannot insert a mention");
  }

  Status RebuildClusters() {
    claimex::ClusterSet clusters;
    for (const char* table : {"fingerprints", "claims"}) {
      Statement all;
      const std::string query = std::string("SELECT record FROM ") + table;
      if (all.Prepare(db_, query.c_str()) != SQLITE_OK) return Error("cannot read claims");
      int rc;
      while ((rc = all.Step()) == SQLITE_ROW) {
        const auto record = nlohmann::json::parse(all.ColumnText(0), nullptr, false);
        if (Status s = clusters.Add(record); !s.ok()) {
          return Status::IOError(path_ + ": a stored " + table + " row: " + s.message());
        }
      }
      if (rc != SQLITE_DONE) return Error("cannot read claims");
    }
    if (Status s = Exec("DELETE FROM cluster_members; DELETE FROM clusters; DELETE FROM conflicts;"); !s.ok()) {
      return s;
    }
    Statement insert, member, conflict;
    if (insert.Prepare(db_,
                       "INSERT INTO clusters(cluster_key, subject, predicate, model, unit, amount, bound, documents, "
                       "sources, conflicts, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)") != SQLITE_OK ||
        member.Prepare(db_, "INSERT OR IGNORE INTO cluster_members(cluster_key, member_key, doc_id) VALUES (?1, ?2, ?3)") !=
            SQLITE_OK ||
        conflict.Prepare(db_,
                         "INSERT INTO conflicts(conflict_key, subject, predicate, clusters, record) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)") != SQLITE_OK) {
      return Error("cannot prepare cluster statements");
    }
    auto text_or_null = [](const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : std::string(); };
    Status status;
    const Status read = clusters.ForEachRecord([&](const nlohmann::json& c) {
      if (!status.ok()) return;
      const auto& slot = c["slot"];
      if (c["schema"] == claimex::kConflictSchema) {
        conflict.Text(1, c["key"].get<std::string>()).Text(2, text_or_null(slot["subject"]));
        conflict.Text(3, slot["predicate"].get<std::string>()).Int(4, static_cast<std::int64_t>(c["clusters"].size()));
        conflict.Text(5, c.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        status = Run(conflict, "cannot insert a conflict");
        return;
      }
      insert.Text(1, c["key"].get<std::string>()).Text(2, text_or_null(slot["subject"]));
      insert.Text(3, slot["predicate"].get<std::string>()).Text(4, text_or_null(slot["model"]));
      insert.Text(5, text_or_null(slot["unit"]));
      sqlite3_bind_double(insert.raw(), 6, c["value"]["amount"].get<double>());
      insert.Text(7, c["value"]["bound"].get<std::string>()).Int(8, c["documents"].get<std::int64_t>());
      insert.Int(9, c["sources"].get<std::int64_t>()).Int(10, c["conflicts"].empty() ? 0 : 1);
      insert.Text(11, c.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      status = Run(insert, "cannot insert a cluster");
      for (const auto& m : c["members"]) {
        if (!status.ok()) return;
        member.Text(1, c["key"].get<std::string>()).Text(2, m["key"].get<std::string>());
        member.Text(3, m["doc"].get<std::string>());
        status = Run(member, "cannot insert a cluster member");
      }
    });
    if (!read.ok()) return Status::IOError(path_ + ": " + read.message());
    if (!status.ok()) return status;
    return Status::OK();
  }

  Status Commit() {
    if (Status s = Exec("COMMIT; BEGIN"); !s.ok()) return s;
    committed_ += documents_in_transaction_;
    documents_in_transaction_ = 0;
    return Status::OK();
  }

  // Errors say how much of the run is safe in the database, so that a
  // failed run's summary can tell.
  std::string Committed() const {
    return " (" + std::to_string(committed_) + " documents of this run committed)";
  }

  Status Run(Statement& stmt, const char* what) {
    const int rc = stmt.Step();
    stmt.Reset();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return Error(what);
    return Status::OK();
  }

  Status Exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string why = message ? message : "unknown error";
      sqlite3_free(message);
      return Status::IOError(path_ + ": " + why + Committed());
    }
    return Status::OK();
  }

  Status Error(const char* what) {
    return Status::IOError(path_ + ": " + what + ": " + (db_ ? sqlite3_errmsg(db_) : "out of memory") + Committed());
  }

  std::string path_;
  claimex::RunInfo run_;
  sqlite3* db_ = nullptr;
  int documents_in_transaction_ = 0;
  std::uint64_t committed_ = 0;
  std::unique_ptr<Statement> find_doc_, find_other_text_, insert_doc_, update_doc_, delete_mentions_, delete_claims_,
      insert_mention_, insert_claim_, insert_record_, insert_fingerprint_;
};

}  // namespace

CLAIMEX_PLUGIN(SqliteSink, {
    .name = "sqlite",
    .version = "1.0.0",
    .description = "Stores documents, mentions, claims and collector records in an SQLite database; "
                   "idempotent, keys derived from content.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "path": {"type": "string", "default": "claims.db", "minLength": 1,
                 "description": "Database file; created when missing."}
      },
      "additionalProperties": false
    })",
    .reads = "",
    .writes = "",
});
