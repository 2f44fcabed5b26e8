// The claims store both database sinks (sqlite, postgresql) are: the
// engine-specific part is a StoreDb (store_db.h).
//
// The tables are the claims store schema (core/merge/store_schema.h; README
// "The database"). Keys are derived from content, so writing the same
// document twice adds nothing; a document seen again under another pipeline
// has its mentions and claims replaced, so the database holds one
// consistent extraction per document, traced by engine and pipeline.
//
// Versions: a document whose id the database holds with another text is
// a new version of it. The old row stays (current = 0) with its claims, for
// audit, and its claims leave the clusters. Within one run the host already
// refuses a second text for an id (which text would be the correction?); an
// old text seen again later is the old version, not a new one, so re-running
// an old file never undoes a correction.
//
// Incremental clustering: a claim's group (subject and unit) holds every
// claim it may share a cluster or a conflict with, and within the group a
// claim touches only the claims whose reaches (MemberReach) overlap its
// own, directly or through others: a run of reaches. Writing a claim marks
// its reach in its group stale; at the end of the run the copies of the new
// documents are found through the stored LSH band index (one row per
// document and band), a change of copy group or of the source an outlet
// counts as marks the reaches of the claims of the documents it concerns,
// and only the runs of reaches that meet a mark are re-clustered, with the
// same merge as `claimex merge` (clusters.h), the facts they are in judged
// again with the stored clusters outside them (GroupPart). In a dense
// group one run holds most of its claims, so a mark is first re-made in a
// window around it (ReclusterWindow), which stands when what the change
// did cannot meet what the window left out; only when it cannot grow to
// that are the runs re-clustered. The result equals clustering everything
// again (option rebuild does that).
// A run may leave all of that to a later one (option defer_clustering):
// parallel loaders of one input then cluster once, so that the store is
// what one run over the input makes, cluster keys included.
//
// Cluster keys are stable: a re-clustered cluster keeps the key of the old
// cluster it shares most members with; a key that goes (clusters merged, or
// every member superseded) stays in cluster_aliases with its successor.
//
// Concurrent runs: every write transaction excludes the other writers
// (StoreDb::Begin: SQLite's write lock, a PostgreSQL advisory lock), so
// several runs into one store all complete and the store equals one run over
// their union. A run that has written its documents while another is still
// writing leaves the clustering to that one (FinishLoading), so that they
// cluster once. Crash consistency: documents and claims commit in batches together
// with the stale marks they cause, each group's re-clustering commits with
// the removal of its mark, so a run killed anywhere leaves a store whose
// store_status view says what is stale, and the next run finishes it.
//
// Transactions: every one runs through InTransaction, which writes it again
// from the start when the engine says another transaction made it fail (a
// PostgreSQL deadlock or serialization failure); so a batch holds its
// documents as rows (DocumentRows) until its transaction. Rows are held in
// Bulk buffers and written at commit, or before a statement that reads
// them (FlushBulk), in one StoreDb::BulkWrite per table.
#include "claim_store.h"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <limits>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <variant>
#include <vector>

#include "claimex/content_hash.h"
#include "clusters.h"
#include "fingerprint.h"
#include "parse_json.h"
#include "store_schema.h"

namespace claimex {
namespace {

using nlohmann::json;

constexpr int kDocumentsPerTransaction = 500;
// Pending documents whose copies one transaction finds, and the most claims
// one re-clustering transaction reads: both bound memory and how long
// another writer waits.
constexpr int kPendingPerTransaction = 500;
constexpr int kClaimsPerTransaction = 20000;
// A group's stale marks re-clustered in windows (ReclusterWindow) before
// its runs are, the tries of one window, and the most claims it reads:
// past those, re-clustering the runs costs less.
constexpr int kWindowsPerGroup = 32;
constexpr int kWindowAttempts = 8;
constexpr int kWindowClaims = 20000;
// The most claims near a new claim that JoinInPlace reads to place it from
// the stored clusters (NearClaimsApart); past them, a window places it.
constexpr std::size_t kNearClaims = 2000;
// Tries of a window that reads one claim's class (WindowClass) before it
// reads every class.
constexpr int kClassWindowAttempts = 3;
// Tries of a transaction that failed through another one (InTransaction).
constexpr int kTransactionAttempts = 6;
// What of a claim's group its change makes stale (store_stale_groups): its
// reach and itself, or the whole group for a subsidiary's claim
// (AddClaimRows).
constexpr const char* kClaimReach =
    "CASE WHEN c.part_of IS NULL THEN c.reach_low END, CASE WHEN c.part_of IS NULL THEN c.reach_high END, "
    "CASE WHEN c.part_of IS NULL THEN c.claim_key END";
const std::string kNoReach =
    "CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS TEXT)";
const std::string kReachesOfDocument =
    std::string("SELECT c.group_key, ") + kClaimReach + " FROM claims c WHERE c.doc_key = ?1";

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Cluster keys one query checks (UsedKeys).
constexpr int kKeysPerQuery = 200;

std::string KeyOf(std::initializer_list<std::string_view> fields) {
  ContentHash hash;
  for (std::string_view f : fields) hash.AddField(f);
  return hash.Hex();
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// `text` with every merge key of `keys` replaced by its stable key, all at
// once (a stable key may be another cluster's merge key).
std::string ReplaceKeys(const std::string& text, const std::map<std::string, std::string>& keys) {
  constexpr std::size_t kKeyLength = 16;
  // A key kept as it is needs no look-up, and a large record is mostly
  // text no key could be: only a run of bytes keys are made of is looked
  // up, once it is as long as a key.
  std::vector<std::pair<std::string_view, std::string_view>> changed;  // in key order, as `keys`
  std::array<bool, 256> in_keys{};
  for (const auto& [from, to] : keys) {
    if (from == to || from.size() != kKeyLength) continue;
    changed.emplace_back(from, to);
    for (const char c : from) in_keys[static_cast<unsigned char>(c)] = true;
  }
  if (changed.empty()) return text;
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // what of `text` lies before it is in `out`
  std::size_t run = 0;     // bytes of keys' alphabet that end at `end`
  for (std::size_t end = 0; end < text.size(); ++end) {
    run = in_keys[static_cast<unsigned char>(text[end])] ? run + 1 : 0;
    if (run < kKeyLength) continue;
    const std::string_view at(text.data() + end + 1 - kKeyLength, kKeyLength);
    const auto it = std::lower_bound(changed.begin(), changed.end(), at,
                                     [](const auto& key, std::string_view v) { return key.first < v; });
    if (it == changed.end() || it->first != at) continue;
    out.append(text, copied, end + 1 - kKeyLength - copied).append(it->second);
    copied = end + 1;
    run = 0;  // a key replaced is not the start of another
  }
  return out.append(text, copied);
}

std::string NowUtc() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Attributes as a JSON object; dotted keys ("subject.id") become nested
// objects, as in the annotations records.
json AttrsJson(const Annotation& a) {
  json out = json::object();
  for (const auto& [key, value] : a.attrs) {
    json v;
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          if constexpr (std::is_same_v<T, std::monostate>)
            v = nullptr;
          else
            v = x;
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

// Chained binds over a StoreStatement, the way the store's code reads.
class Statement {
 public:
  explicit Statement(std::unique_ptr<StoreStatement> impl) : impl_(std::move(impl)) {}

  Statement& Text(int i, std::string_view s) {
    if (impl_) impl_->BindText(i, s);
    return *this;
  }
  // Empty text is NULL: a document without an outlet has none.
  Statement& TextOrNull(int i, std::string_view s) { return s.empty() ? Null(i) : Text(i, s); }
  // A JSON string as text, null as NULL, anything else serialised.
  Statement& JsonText(int i, const json& v) {
    if (v.is_null()) return Null(i);
    if (v.is_string()) return Text(i, v.get_ref<const std::string&>());
    return Text(i, Dump(v));
  }
  Statement& Int(int i, std::int64_t v) {
    if (impl_) impl_->BindInt(i, v);
    return *this;
  }
  Statement& Double(int i, double v) {
    if (!std::isfinite(v)) return Null(i);
    if (impl_) impl_->BindDouble(i, v);
    return *this;
  }
  Statement& Blob(int i, const void* data, std::size_t size) {
    if (impl_) impl_->BindBlob(i, std::string_view(static_cast<const char*>(data), size));
    return *this;
  }
  Statement& Null(int i) {
    if (impl_) impl_->BindNull(i);
    return *this;
  }
  StepResult Step() { return impl_ ? impl_->Step() : StepResult::kError; }
  StepResult Execute() { return impl_ ? impl_->Execute() : StepResult::kError; }
  std::string ColumnText(int i) { return impl_->ColumnText(i); }
  bool ColumnNull(int i) { return impl_->ColumnNull(i); }
  std::int64_t ColumnInt(int i) { return impl_->ColumnInt(i); }
  double ColumnDouble(int i) { return impl_->ColumnDouble(i); }
  // A stored signature; false when NULL or not one.
  bool ColumnSignature(int i, Signature* out) {
    const std::string bytes = impl_->ColumnBlob(i);
    if (bytes.size() != sizeof(Signature)) return false;
    std::memcpy(out->data(), bytes.data(), sizeof(Signature));
    return true;
  }
  void Reset() {
    if (impl_) impl_->Reset();
  }

 private:
  std::unique_ptr<StoreStatement> impl_;  // null: it did not prepare
};

// Rows of one table kept until the transaction commits, then written by one
// StoreDb::BulkWrite: a statement per row costs a database server a
// statement's work per row (parse, plan, a round trip).
class Bulk {
 public:
  Bulk(std::string table, std::vector<std::string> columns, std::size_t key_columns, BulkRows::Mode mode)
      : rows_(std::move(table), std::move(columns), key_columns, mode) {}

  Bulk& Text(std::string_view s) { return Add(StoreValue::Type::kText, s); }
  Bulk& TextOrNull(std::string_view s) { return s.empty() ? Null() : Text(s); }
  // As Statement::JsonText.
  Bulk& JsonText(const json& v) {
    if (v.is_null()) return Null();
    if (v.is_string()) return Text(v.get_ref<const std::string&>());
    return Text(Dump(v));
  }
  Bulk& Int(std::int64_t v) {
    Add(StoreValue::Type::kInt, {}).rows_.values.back().integer = v;
    return *this;
  }
  Bulk& Double(double v) {
    if (!std::isfinite(v)) return Null();
    Add(StoreValue::Type::kDouble, {}).rows_.values.back().real = v;
    return *this;
  }
  Bulk& Blob(const void* data, std::size_t size) {
    return Add(StoreValue::Type::kBlob, std::string_view(static_cast<const char*>(data), size));
  }
  Bulk& Null() { return Add(StoreValue::Type::kNull, {}); }

  const BulkRows& rows() const { return rows_; }
  void Clear() { rows_.values.clear(); }
  // The rows of `other`, a Bulk of the same table and columns.
  void Append(const Bulk& other) {
    rows_.values.insert(rows_.values.end(), other.rows_.values.begin(), other.rows_.values.end());
  }

 private:
  Bulk& Add(StoreValue::Type type, std::string_view bytes) {
    StoreValue& v = rows_.values.emplace_back();
    v.type = type;
    v.bytes = bytes;
    return *this;
  }

  BulkRows rows_;
};

// The tables a document's write adds rows to in bulk.
Bulk ParagraphRows() { return Bulk("store_paragraphs", {"hash", "doc_key"}, 2, BulkRows::Mode::kInsert); }
Bulk MentionRows() {
  return Bulk("mentions", {"mention_key", "doc_key", "layer", "start", "\"end\"", "text", "attrs"}, 1,
              BulkRows::Mode::kInsert);
}
Bulk ClaimRows() {
  return Bulk("claims",
              {"claim_key", "doc_key", "member_key", "group_key", "subject", "part_of", "predicate", "family",
               "family_kind", "amount", "unit", "precision", "bound", "low", "high", "reach_low", "reach_high",
               "model", "scope", "period", "per", "basis",
               "attribution", "hedge", "start", "\"end\"", "text", "sentence", "record", "member"},
              1, BulkRows::Mode::kInsert);
}
Bulk StaleGroupRows() {
  return Bulk("store_stale_groups", {"group_key", "low", "high", "claim_key"}, 4, BulkRows::Mode::kInsert);
}
Bulk RecordRows() { return Bulk("records", {"record_key", "kind", "record"}, 1, BulkRows::Mode::kUpsert); }

// A document as the store writes it, made from its view when the host hands
// it over: the views of a batch are gone by the time its transaction
// commits, and a transaction may have to be written again from the start.
struct DocumentRows {
  std::string doc_key, id, source, url, published, lang, title, text;
  std::optional<Signature> whole;
  std::string fingerprint;  // the fingerprint record, JSON; empty: none
  Bulk paragraphs = ParagraphRows(), mentions = MentionRows(), claims = ClaimRows(), stale = StaleGroupRows();
};

// Texts written to a temporary file and read back one at a time: a large
// group's cluster records (made, and as stored) are each as large as its
// members' records, and all of them are made before the first is written
// (StableKeys needs every one's members).
class SpilledTexts {
 public:
  using At = std::pair<std::uint64_t, std::size_t>;  // offset, size

  SpilledTexts() : file_(std::tmpfile()), error_(file_ != nullptr ? 0 : errno != 0 ? errno : EIO) {}
  ~SpilledTexts() {
    if (file_ != nullptr) std::fclose(file_);
  }
  SpilledTexts(const SpilledTexts&) = delete;
  SpilledTexts& operator=(const SpilledTexts&) = delete;

  At Add(std::string_view text) {
    const At at{size_, text.size()};
    if (error_ == 0 && std::fwrite(text.data(), 1, text.size(), file_) != text.size()) error_ = errno;
    size_ += text.size();
    unflushed_ = true;
    return at;
  }
  Status Read(At at, std::string* text) {
    if (error_ == 0 && unflushed_ && std::fflush(file_) != 0) error_ = errno;
    if (error_ != 0) {
      return Status::IOError(std::string("cannot hold cluster records in a temporary file: ") + std::strerror(error_));
    }
    unflushed_ = false;
    text->resize(at.second);
    for (std::size_t done = 0; done < at.second;) {
      const ssize_t n = pread(fileno(file_), text->data() + done, at.second - done, static_cast<off_t>(at.first + done));
      if (n <= 0) {
        return Status::IOError(std::string("cannot read a cluster record back: ") +
                               (n == 0 ? "the temporary file ended early" : std::strerror(errno)));
      }
      done += static_cast<std::size_t>(n);
    }
    return Status::OK();
  }

 private:
  std::FILE* file_;
  int error_;  // errno of the first failure
  std::uint64_t size_ = 0;
  bool unflushed_ = false;
};

// A cluster or conflict record of a re-clustered group, as the store uses
// it: its text in a SpilledTexts (held parsed, a large group's records were
// several times their text; held as text, as large as its members).
struct MergedRecord {
  bool conflict;
  std::string key;                       // as the merge keys it
  std::vector<std::string> member_keys;  // of a cluster
  std::vector<std::string> member_docs;  // their documents' ids, in the same order
  SpilledTexts::At text;  // the record, serialised
  std::string fact;       // of a cluster that may conflict: its conflict key
  bool low_open = false, high_open = false;

  static MergedRecord Of(const nlohmann::json& record, const std::string& fact, const FactCluster* summary,
                         SpilledTexts& texts) {
    MergedRecord r{record["schema"] == kConflictSchema, record["key"].get<std::string>(), {}, {},
                   texts.Add(Dump(record)), fact};
    if (summary != nullptr) r.low_open = summary->low_open, r.high_open = summary->high_open;
    if (!r.conflict) {
      for (const auto& m : record["members"]) {
        r.member_keys.push_back(m["key"].get<std::string>());
        r.member_docs.push_back(m["doc"].get<std::string>());
      }
    }
    return r;
  }
};

struct PendingDocument {
  std::string doc_key, id;
  bool current = false;
};

}  // namespace

class ClaimStore::Impl {
 public:
  Impl(std::unique_ptr<StoreDb> db, ClaimStore::Options options)
      : db_(std::move(db)),
        path_(db_->name()),
        options_(options),
        documents_of_claims_("JOIN documents d" + db_->IndexHint("documents_membership") +
                             " ON d.doc_key = c.doc_key") {}

  ~Impl() {
    // Statements before the connection they belong to.
    statements_.clear();
  }

  Status Open(const RunInfo& run) {
    run_ = run;
    if (Status s = db_->Open(); !s.ok()) return s;
    opened_ = true;
    run_key_ = KeyOf({NowUtc(), std::to_string(::getpid()),
                      std::to_string(std::chrono::steady_clock::now().time_since_epoch().count())});
    const std::string started = NowUtc();
    return InTransaction([&] {
      if (Status s = CheckSchemaVersion(); !s.ok()) return s;
      if (Status s = AddColumnsOfThisVersion(); !s.ok()) return s;
      if (Status s = Exec(db_->Schema()); !s.ok()) return s;
      Sql("INSERT INTO meta(key, value) VALUES ('schema_version', ?1) ON CONFLICT DO NOTHING")
          .Text(1, kStoreSchemaVersion);
      if (Status s = Run("cannot write the schema version"); !s.ok()) return s;
      Sql("INSERT INTO runs(run_key, started, engine, pipeline) VALUES (?1, ?2, ?3, ?4)")
          .Text(1, run_key_)
          .Text(2, started)
          .Text(3, run_.engine_version)
          .Text(4, run_.pipeline_hash);
      if (Status s = Run("cannot record the run"); !s.ok()) return s;
      // A run that leaves clustering to a later one is no run another may
      // leave it to.
      const std::string owner = db_->OwnerToken();
      if (options_.defer_clustering || owner.empty()) return Status::OK();
      Sql("INSERT INTO store_loading(run_key, owner) VALUES (?1, ?2)").Text(1, run_key_).Text(2, owner);
      return Run("cannot record the run");
    });
  }

  Status Write(const DocumentView& view) {
    DocumentRows& rows = batch_.emplace_back();
    if (Status s = MakeRows(view, &rows); !s.ok()) {
      batch_.pop_back();
      return s;
    }
    if (batch_.size() >= kDocumentsPerTransaction) return WriteBatch();
    return Status::OK();
  }

  Status WriteRecord(std::string_view kind, const json& record) {
    // The store clusters itself at Close; the host runs no collector that
    // makes clusters for it, but a caller may still hand their records over.
    if (kind == "cluster" || kind == "conflict") return Status::OK();
    const std::string text = Dump(record);
    const std::string key = record.contains("key") && record["key"].is_string()
                                ? record["key"].get<std::string>()
                                : KeyOf({kind, text});
    held_records_.Text(key).Text(kind).Text(text);
    return Status::OK();
  }

  Status Close() {
    if (!opened_) return Status::OK();
    if (Status s = WriteBatch(); !s.ok()) return s;
    if (options_.rebuild) {
      if (Status s = InTransaction([&] { return MarkEverythingStale(); }); !s.ok()) return s;
    }
    if (Status s = InTransaction([&] { return FinishLoading(); }); !s.ok()) return s;
    if (!options_.defer_clustering && clustering_left_to_.empty()) {
      if (Status s = FindCopiesOfPending(); !s.ok()) return s;
      if (Status s = InTransaction([&] { return UpdateSourceRoots(); }); !s.ok()) return s;
      if (Status s = ReclusterStaleGroups(); !s.ok()) return s;
    }
    const std::string finished = NowUtc();
    return InTransaction([&] {
      Sql("UPDATE runs SET finished = ?2, documents = ?3 WHERE run_key = ?1")
          .Text(1, run_key_)
          .Text(2, finished)
          .Int(3, static_cast<std::int64_t>(written_));
      return Run("cannot record the end of the run");
    });
  }

 private:
  // ---- writing documents --------------------------------------------------

  // This run has written its documents. When another that will cluster at
  // its end is still writing, its clustering will take in what this one
  // wrote (it re-clusters every stale group): this one leaves it to that
  // one (clustering_left_to_). Writers ending one after another decide in
  // turn, in a transaction each, so the last of them clusters. A run whose
  // client ended without finishing (killed) is no writer any more.
  Status FinishLoading() {
    clustering_left_to_.clear();
    Sql("DELETE FROM store_loading WHERE run_key = ?1").Text(1, run_key_);
    if (Status s = Run("cannot record the run"); !s.ok()) return s;
    if (options_.defer_clustering) return Status::OK();
    std::vector<std::pair<std::string, std::string>> loading;  // run key, owner
    Sql("SELECT run_key, owner FROM store_loading ORDER BY run_key");
    StepResult rc;
    while ((rc = last_->Step()) == StepResult::kRow) loading.emplace_back(last_->ColumnText(0), last_->ColumnText(1));
    if (Status s = Done(rc, "cannot read the runs"); !s.ok()) return s;
    for (const auto& [run_key, owner] : loading) {
      if (db_->OwnerLives(owner)) {
        clustering_left_to_ = run_key;
        return Status::OK();
      }
      Sql("DELETE FROM store_loading WHERE run_key = ?1").Text(1, run_key);
      if (Status s = Run("cannot record the run"); !s.ok()) return s;
    }
    return Status::OK();
  }

  // The documents and records held since the last batch, in one write
  // transaction.
  Status WriteBatch() {
    if (batch_.empty() && held_records_.rows().empty()) return Status::OK();
    std::uint64_t written = 0;
    const Status status = InTransaction([&] {
      written = 0;
      for (const DocumentRows& rows : batch_) {
        bool wrote = false;
        if (Status s = WriteDocument(rows, &wrote); !s.ok()) return s;
        written += wrote ? 1 : 0;
      }
      records_.Append(held_records_);
      return Status::OK();
    });
    if (!status.ok()) return status;
    written_ += written;
    committed_ += written;
    batch_.clear();
    held_records_.Clear();
    return Status::OK();
  }

  // `view` as the rows its write adds.
  Status MakeRows(const DocumentView& view, DocumentRows* rows) {
    const Document& doc = view.document();
    rows->doc_key = view.key();
    rows->id = doc.id;
    rows->source = doc.meta.source;
    rows->url = doc.meta.url;
    rows->published = doc.meta.published;
    rows->lang = doc.meta.lang;
    rows->title = doc.meta.title;
    rows->text = doc.text;
    if (auto it = doc.properties.find("fingerprint"); it != doc.properties.end()) {
      auto text_or_null = [](const std::string& s) { return s.empty() ? json() : json(s); };
      const json record = {{"schema", kFingerprintSchema},
                           {"doc", doc.id},
                           {"source", text_or_null(doc.meta.source)},
                           {"published", text_or_null(doc.meta.published)},
                           {"fingerprint", *it}};
      Fingerprint fingerprint;
      if (Status s = ParseFingerprint(*it, &fingerprint); !s.ok()) {
        return Status::InvalidArgument("fingerprint: " + s.message());
      }
      if (!fingerprint.paragraphs.empty()) rows->whole = WholeSignature(fingerprint);
      rows->fingerprint = Dump(record);
      for (const ParagraphPrint& p : fingerprint.paragraphs) {
        rows->paragraphs.Int(static_cast<std::int64_t>(p.hash)).Text(rows->doc_key);
      }
    }
    for (const Layer& layer : doc.layers()) {
      if (layer.visibility == LayerVisibility::kInternal) continue;
      for (const Annotation& a : layer.items) {
        if (Status st = AddAnnotationRows(view, layer.name, a, rows); !st.ok()) return st;
      }
    }
    return Status::OK();
  }

  // Writes one document of the batch; `wrote`: whether it was new to the
  // store (or new to this pipeline).
  Status WriteDocument(const DocumentRows& rows, bool* wrote) {
    *wrote = false;
    const std::string& doc_key = rows.doc_key;
    // The document itself, and the current version of its id: one round
    // trip, which is what a document costs a database over a network.
    Sql("SELECT doc_key, pipeline, current, version FROM documents WHERE doc_key = ?1 OR (id = ?2 AND current = 1)")
        .Text(1, doc_key)
        .Text(2, rows.id);
    bool found = false, stored_current = false;
    std::string stored_pipeline, old_key;
    std::int64_t version = 1;
    StepResult rc;
    while ((rc = last_->Step()) == StepResult::kRow) {
      if (last_->ColumnText(0) == doc_key) {
        found = true;
        stored_pipeline = last_->ColumnText(1);
        stored_current = last_->ColumnInt(2) == 1;
      } else {
        old_key = last_->ColumnText(0);
        version = last_->ColumnInt(3) + 1;
      }
    }
    if (Status s = Done(rc, "cannot look up a document"); !s.ok()) return s;
    // The same text again: nothing new, unless another pipeline extracted
    // it; an old version seen again stays old.
    if (found && (stored_pipeline == run_.pipeline_hash || !stored_current)) return Status::OK();

    // What follows reads and deletes claims this transaction may hold back.
    if (found || !old_key.empty()) {
      if (Status s = FlushBulk(); !s.ok()) return s;
    }
    if (found) {
      if (Status s = DeleteExtraction(doc_key); !s.ok()) return s;
      Sql("UPDATE documents SET engine = ?2, pipeline = ?3 WHERE doc_key = ?1")
          .Text(1, doc_key)
          .Text(2, run_.engine_version)
          .Text(3, run_.pipeline_hash);
      if (Status s = Run("cannot update a document"); !s.ok()) return s;
    } else {
      if (!old_key.empty()) {
        if (Status s = Supersede(old_key, doc_key); !s.ok()) return s;
      }
      if (Status s = InsertDocument(rows, version); !s.ok()) return s;
    }
    paragraphs_.Append(rows.paragraphs);
    mentions_.Append(rows.mentions);
    claims_.Append(rows.claims);
    stale_.Append(rows.stale);
    *wrote = true;
    return Status::OK();
  }

  Status CheckSchemaVersion() {
    Status status;
    const bool has_meta = db_->TableExists("meta", &status);
    if (!status.ok()) return status;
    if (!has_meta) return Status::OK();
    Sql("SELECT value FROM meta WHERE key = 'schema_version'");
    const StepResult rc = last_->Step();
    const std::string version = rc == StepResult::kRow ? last_->ColumnText(0) : "";
    if (Status s = Done(rc, "cannot read the schema version"); !s.ok()) return s;
    if (!version.empty() && version != kStoreSchemaVersion) {
      return Status::IOError(path_ + ": a claims store of schema version " + version +
                             ", this claimex writes version " + kStoreSchemaVersion +
                             "; run the articles again into a new database file");
    }
    return Status::OK();
  }

  // Columns this version added to a store of its schema version, which a
  // store written before them lacks, before the schema's indexes of them:
  // they may be NULL, as in the rows written before them.
  Status AddColumnsOfThisVersion() {
    Status status;
    if (!db_->TableExists("store_stale_groups", &status) ||
        db_->ColumnExists("store_stale_groups", "claim_key", &status) || !status.ok()) {
      return status;
    }
    return Exec("ALTER TABLE store_stale_groups ADD COLUMN claim_key TEXT");
  }

  Status InsertDocument(const DocumentRows& rows, std::int64_t version) {
    Sql("INSERT INTO documents(doc_key, id, version, current, source, url, published, lang, title, text, "
        "engine, "
        "pipeline, pending, whole_sig) VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12)")
        .Text(1, rows.doc_key)
        .Text(2, rows.id)
        .Int(3, version)
        .TextOrNull(4, rows.source)
        .TextOrNull(5, rows.url);
    last_->TextOrNull(6, rows.published).TextOrNull(7, rows.lang).TextOrNull(8, rows.title);
    last_->Text(9, rows.text).Text(10, run_.engine_version).Text(11, run_.pipeline_hash);
    if (rows.whole) last_->Blob(12, rows.whole->data(), sizeof(Signature));
    if (Status s = Run("cannot insert a document"); !s.ok()) return s;
    if (rows.fingerprint.empty()) return Status::OK();
    Sql("INSERT INTO fingerprints(doc_key, doc_id, record) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (doc_key) DO UPDATE SET doc_id = excluded.doc_id, record = excluded.record")
        .Text(1, rows.doc_key)
        .Text(2, rows.id)
        .Text(3, rows.fingerprint);
    return Run("cannot insert a fingerprint");
  }

  // The old version leaves the clusters: its groups go stale, and its copies
  // are found again without it.
  Status Supersede(const std::string& old_key, const std::string& new_key) {
    if (Status s = MarkStale(kReachesOfDocument, old_key); !s.ok())
      return s;
    Sql("UPDATE documents SET current = 0, superseded_by = ?2, pending = 1 WHERE doc_key = ?1")
        .Text(1, old_key)
        .Text(2, new_key);
    return Run("cannot supersede a document");
  }

  // Same content, another pipeline: what it extracted goes.
  Status DeleteExtraction(const std::string& doc_key) {
    // Its clusters lose members no row holds any more: every cluster of
    // those groups is looked at again.
    if (Status s = MarkStale("SELECT DISTINCT group_key, " + kNoReach + " FROM claims WHERE doc_key = ?1", doc_key);
        !s.ok())
      return s;
    for (const char* sql :
         {"DELETE FROM mentions WHERE doc_key = ?1", "DELETE FROM claims WHERE doc_key = ?1"}) {
      Sql(sql).Text(1, doc_key);
      if (Status s = Run("cannot delete stale rows"); !s.ok()) return s;
    }
    return Status::OK();
  }

  Status AddAnnotationRows(const DocumentView& view, const std::string& layer, const Annotation& a,
                        DocumentRows* rows) {
    const std::string& doc_key = rows->doc_key;
    const std::string attrs = Dump(AttrsJson(a));
    const auto start = view.code_point_offset(a.begin);
    const auto end = view.code_point_offset(a.end);
    const std::string span = std::to_string(start) + ":" + std::to_string(end);
    const std::string_view text = view.document().slice(a);
    if (layer == "claims")
      return AddClaimRows(view, KeyOf({doc_key, span, attrs}), a, start, end, text, rows);
    rows->mentions.Text(KeyOf({doc_key, layer, span, attrs})).Text(doc_key).Text(layer);
    rows->mentions.Int(static_cast<std::int64_t>(start)).Int(static_cast<std::int64_t>(end)).Text(text).Text(attrs);
    return Status::OK();
  }

  Status AddClaimRows(const DocumentView& view, const std::string& claim_key, const Annotation& a,
                   std::size_t start, std::size_t end, std::string_view text, DocumentRows* rows) {
    const std::string& doc_key = rows->doc_key;
    Bulk& claims = rows->claims;
    const Document& doc = view.document();
    // The claim record of schemas/claim.schema.json.
    json record = AttrsJson(a);
    record["schema"] = "claimex.claim/1";
    record["engine"] = run_.engine_version;
    record["pipeline"] = run_.pipeline_hash;
    record["doc"] = doc.id;
    record["text"] = text;
    record["start"] = start;
    record["end"] = end;
    const json doc_json = {{"id", doc.id},
                           {"source", doc.meta.source.empty() ? json() : json(doc.meta.source)},
                           {"published", doc.meta.published.empty() ? json() : json(doc.meta.published)}};
    json member;
    if (Status s = ClaimMember(record, doc_json, &member); !s.ok()) {
      return Status::InvalidArgument("claim \"" + std::string(text) + "\": " + s.message());
    }
    const std::string group_key = KeyOf({MemberGroup(member)});
    const auto [low, high] = MemberInterval(member);
    const auto [reach_low, reach_high] = MemberReach(member);
    claims.Text(claim_key).Text(doc_key).Text(member["key"].get<std::string>()).Text(group_key);
    claims.JsonText(member["subject"]).JsonText(member["subject_part_of"]).JsonText(member["predicate"]);
    claims.JsonText(member["family"]).JsonText(member["family_kind"]).Double(member["amount"].get<double>());
    claims.JsonText(member["unit"]).Double(member["precision"].get<double>()).JsonText(member["bound"]);
    claims.Double(low).Double(high).Double(reach_low).Double(reach_high);
    claims.JsonText(member["model"]).JsonText(member["scope"]).JsonText(member["period"]);
    claims.JsonText(member["per"]).JsonText(member["basis"]).JsonText(member["attribution"]);
    claims.JsonText(member["hedge"]).Int(static_cast<std::int64_t>(start)).Int(static_cast<std::int64_t>(end));
    claims.Text(text).JsonText(member["sentence"]).Text(Dump(record)).Text(Dump(member));
    // A subsidiary's claim changes the order the whole group is clustered
    // in (GroupPart::owners); any other only what its reach meets.
    rows->stale.Text(group_key);
    if (member["subject_part_of"].is_null()) {
      rows->stale.Double(reach_low).Double(reach_high).Text(claim_key);
    } else {
      rows->stale.Null().Null().Null();
    }
    return Status::OK();
  }

  // ---- copies -------------------------------------------------------------

  Status MarkEverythingStale() {
    return Exec(
            "DELETE FROM store_bands; DELETE FROM store_boilerplate; DELETE FROM store_source_roots;"
            "UPDATE documents SET pending = 1, content_sig = NULL, copy_group = NULL WHERE current = 1;"
            "INSERT INTO store_stale_groups(group_key, low, high, claim_key) SELECT DISTINCT group_key, " +
            kNoReach + " FROM claims WHERE true;");
  }

  // Finds the copies of pending documents (new, or superseded) a batch at a
  // time, each batch as if it arrived alone, which gives what FindCopies
  // gives over every document at once: a paragraph whose boilerplate verdict
  // a batch changes re-signs the documents holding it, and copy groups are
  // the components of the band index's candidate pairs that are copies.
  Status FindCopiesOfPending() {
    for (bool done = false; !done;) {
      Status status = InTransaction([&] {
        std::vector<PendingDocument> pending;
        Sql("SELECT doc_key, id, current FROM documents WHERE pending = 1 LIMIT ?1")
            .Int(1, kPendingPerTransaction);
        StepResult rc;
        while ((rc = last_->Step()) == StepResult::kRow) {
          pending.push_back({last_->ColumnText(0), last_->ColumnText(1), last_->ColumnInt(2) == 1});
        }
        if (Status s = Done(rc, "cannot read pending documents"); !s.ok()) return s;
        done = pending.empty();
        return FindCopiesOf(pending);
      });
      if (!status.ok()) return status;
    }
    return Status::OK();
  }

  Status FindCopiesOf(const std::vector<PendingDocument>& pending) {
    // Paragraphs whose verdict may change: those of the pending documents.
    std::set<std::int64_t> hashes, lost;  // lost: held by a superseded document
    std::set<std::string> resign;         // current documents whose content signature must be made again
    std::set<std::string> old_groups;
    std::set<std::int64_t> held_once;  // by one document: no boilerplate (IsBoilerplate)
    for (const PendingDocument& d : pending) {
      // With each paragraph its verdict and whether more than one document
      // holds it (counted to two: boilerplate is held by thousands): a
      // round trip per document, not two per paragraph.
      Sql("SELECT p.hash, (SELECT count(*) FROM store_boilerplate b WHERE b.hash = p.hash), "
          "(SELECT count(*) FROM (SELECT 1 FROM store_paragraphs q WHERE q.hash = p.hash LIMIT 2) AS held) "
          "FROM store_paragraphs p "
          "WHERE p.doc_key = ?1")
          .Text(1, d.doc_key);
      StepResult rc;
      while ((rc = last_->Step()) == StepResult::kRow) {
        const std::int64_t hash = last_->ColumnInt(0);
        (d.current ? hashes : lost).insert(hash);
        boilerplate_[hash] = last_->ColumnInt(1) > 0;
        if (last_->ColumnInt(2) < 2) held_once.insert(hash);
      }
      if (Status s = Done(rc, "cannot read paragraphs"); !s.ok()) return s;
      if (d.current) {
        resign.insert(d.doc_key);
      } else {
        if (Status s = ForgetDocument(d.doc_key, old_groups); !s.ok()) return s;
      }
    }
    hashes.insert(lost.begin(), lost.end());
    for (std::int64_t hash : hashes) {
      if (Status s = Rejudge(hash, lost.count(hash) > 0, held_once.count(hash) > 0, resign); !s.ok()) return s;
    }
    for (const std::string& doc_key : resign) {
      if (Status s = Resign(doc_key, old_groups); !s.ok()) return s;
    }
    // Regrouping reads the signatures and bands just made.
    if (Status s = FlushBulk(); !s.ok()) return s;
    // Whoever was in a group a re-signed document left or joined.
    std::set<std::string> seeds = resign;
    for (const std::string& group : old_groups) {
      Sql("SELECT doc_key FROM documents WHERE copy_group = ?1 AND current = 1").Text(1, group);
      StepResult rc;
      while ((rc = last_->Step()) == StepResult::kRow) seeds.insert(last_->ColumnText(0));
      if (Status s = Done(rc, "cannot read a copy group"); !s.ok()) return s;
    }
    if (Status s = RegroupCopies(seeds); !s.ok()) return s;
    for (const PendingDocument& d : pending) found_.Text(d.doc_key).Int(0);
    return Status::OK();
  }

  // A superseded document is no copy of anything any more.
  Status ForgetDocument(const std::string& doc_key, std::set<std::string>& old_groups) {
    Sql("SELECT copy_group FROM documents WHERE doc_key = ?1").Text(1, doc_key);
    const StepResult rc = last_->Step();
    if (rc == StepResult::kRow && !last_->ColumnNull(0)) old_groups.insert(last_->ColumnText(0));
    if (Status s = Done(rc, "cannot read a document"); !s.ok()) return s;
    Sql("DELETE FROM store_bands WHERE doc_key = ?1").Text(1, doc_key);
    if (Status s = Run("cannot delete bands"); !s.ok()) return s;
    Sql("UPDATE documents SET content_sig = NULL, copy_group = NULL WHERE doc_key = ?1").Text(1, doc_key);
    return Run("cannot update a document");
  }

  // Whether paragraph `hash` is boilerplate among the current documents
  // holding it; when the verdict changes, they are re-signed. A holder more
  // never makes boilerplate the story again, so only a paragraph that `lost`
  // a holder (a superseded document) is judged again once boilerplate.
  Status Rejudge(std::int64_t hash, bool lost, bool held_once, std::set<std::string>& resign) {
    bool was = false;
    if (Status s = StoredBoilerplate(hash, &was); !s.ok()) return s;
    if (was && !lost) return Status::OK();
    // Fewer than two holders make no boilerplate: it stays what it was, none.
    if (!was && held_once) return Status::OK();
    StepResult rc;
    struct Holder {
      std::string doc_key, outlet;
      Signature whole;
    };
    std::vector<Holder> holders;
    Sql("SELECT d.doc_key, d.source, d.whole_sig FROM store_paragraphs p JOIN documents d ON d.doc_key = "
        "p.doc_key "
        "WHERE p.hash = ?1 AND d.current = 1 AND d.whole_sig IS NOT NULL")
        .Int(1, hash);
    while ((rc = last_->Step()) == StepResult::kRow) {
      Holder& h = holders.emplace_back();
      h.doc_key = last_->ColumnText(0);
      h.outlet = last_->ColumnText(1);
      last_->ColumnSignature(2, &h.whole);
    }
    if (Status s = Done(rc, "cannot read paragraph holders"); !s.ok()) return s;
    std::vector<ParagraphHolder> view;
    for (const Holder& h : holders) view.push_back({h.outlet, &h.whole});
    const bool now = IsBoilerplate(view);
    if (now == was) return Status::OK();
    Sql(now ? "INSERT INTO store_boilerplate(hash) VALUES (?1)"
            : "DELETE FROM store_boilerplate WHERE hash = ?1")
        .Int(1, hash);
    if (Status s = Run("cannot write boilerplate"); !s.ok()) return s;
    boilerplate_[hash] = now;
    for (const Holder& h : holders) resign.insert(h.doc_key);
    return Status::OK();
  }

  // Whether the store says paragraph `hash` is boilerplate. Remembered for
  // the transaction, in which no other writer changes it: a document's
  // paragraphs are asked about once while finding copies, again while
  // signing it and the documents sharing them.
  Status StoredBoilerplate(std::int64_t hash, bool* boilerplate) {
    if (auto it = boilerplate_.find(hash); it != boilerplate_.end()) {
      *boilerplate = it->second;
      return Status::OK();
    }
    Sql("SELECT count(*) FROM store_boilerplate WHERE hash = ?1").Int(1, hash);
    const StepResult rc = last_->Step();
    *boilerplate = rc == StepResult::kRow && last_->ColumnInt(0) > 0;
    if (Status s = Done(rc, "cannot read boilerplate"); !s.ok()) return s;
    boilerplate_[hash] = *boilerplate;
    return Status::OK();
  }

  // A current document's content signature and bands, from its fingerprint
  // and the boilerplate verdicts.
  Status Resign(const std::string& doc_key, std::set<std::string>& old_groups) {
    Sql("SELECT f.record, d.copy_group FROM documents d LEFT JOIN fingerprints f ON f.doc_key = d.doc_key "
        "WHERE d.doc_key = ?1")
        .Text(1, doc_key);
    StepResult rc = last_->Step();
    const std::string record = rc == StepResult::kRow ? last_->ColumnText(0) : "";
    if (rc == StepResult::kRow && !last_->ColumnNull(1)) old_groups.insert(last_->ColumnText(1));
    if (Status s = Done(rc, "cannot read a fingerprint"); !s.ok()) return s;
    std::optional<Signature> content;
    if (!record.empty()) {
      Fingerprint fingerprint;
      const json parsed = ParseJson(record);
      if (Status s = ParseFingerprint(parsed.value("fingerprint", json()), &fingerprint); !s.ok()) {
        return Status::IOError(path_ + ": the stored fingerprint of " + doc_key + ": " + s.message());
      }
      Status lookup;
      content = ContentSignature(fingerprint, [&](std::uint64_t hash) {
        bool boilerplate = false;
        if (Status s = StoredBoilerplate(static_cast<std::int64_t>(hash), &boilerplate); !s.ok()) lookup = s;
        return boilerplate;
      });
      if (!lookup.ok()) return lookup;
    }
    Sql("DELETE FROM store_bands WHERE doc_key = ?1").Text(1, doc_key);
    if (Status s = Run("cannot delete bands"); !s.ok()) return s;
    signatures_.Text(doc_key);
    if (!content) {
      signatures_.Null();
      return Status::OK();
    }
    signatures_.Blob(content->data(), sizeof(Signature));
    for (int band = 0; band < kLshBands; ++band) {
      bands_.Int(band).Int(static_cast<std::int64_t>(BandKey(*content, band))).Text(doc_key);
    }
    return Status::OK();
  }

  // The copy groups of every document reachable from `seeds` through
  // candidate pairs that are copies: a group is a component, named by its
  // smallest id. A document whose group changes has its groups go stale.
  Status RegroupCopies(const std::set<std::string>& seeds) {
    struct Node {
      std::string id, group;
      bool has_content = false;
      Signature content;
    };
    std::map<std::string, Node> nodes;
    auto load = [&](const std::string& doc_key, Node** out) -> Status {
      auto [it, inserted] = nodes.try_emplace(doc_key);
      *out = &it->second;
      if (!inserted) return Status::OK();
      Sql("SELECT id, copy_group, content_sig FROM documents WHERE doc_key = ?1").Text(1, doc_key);
      const StepResult rc = last_->Step();
      if (rc == StepResult::kRow) {
        it->second.id = last_->ColumnText(0);
        it->second.group = last_->ColumnText(1);
        it->second.has_content = last_->ColumnSignature(2, &it->second.content);
      }
      return Done(rc, "cannot read a document");
    };
    std::set<std::string> done;
    for (const std::string& seed : seeds) {
      if (done.count(seed)) continue;
      std::vector<std::string> component{seed};
      done.insert(seed);
      for (std::size_t i = 0; i < component.size(); ++i) {
        Node* node = nullptr;
        if (Status s = load(component[i], &node); !s.ok()) return s;
        if (!node->has_content) continue;
        const Signature content = node->content;
        // Every band at once: one round trip per document, not one per band.
        Statement& bands = Sql(BandQuery());
        for (int band = 0; band < kLshBands; ++band) {
          bands.Int(2 * band + 1, band).Int(2 * band + 2, static_cast<std::int64_t>(BandKey(content, band)));
        }
        std::vector<std::string> candidates;
        StepResult rc;
        while ((rc = last_->Step()) == StepResult::kRow) candidates.push_back(last_->ColumnText(0));
        if (Status s = Done(rc, "cannot read bands"); !s.ok()) return s;
        for (const std::string& other : candidates) {
          if (done.count(other)) continue;
          Node* candidate = nullptr;
          if (Status s = load(other, &candidate); !s.ok()) return s;
          if (!candidate->has_content || !IsCopy(content, candidate->content)) continue;
          done.insert(other);
          component.push_back(other);
        }
      }
      std::string root;
      for (const std::string& doc_key : component) {
        const std::string& id = nodes.at(doc_key).id;
        if (root.empty() || id < root) root = id;
      }
      if (component.size() == 1) root.clear();
      for (const std::string& doc_key : component) {
        Node& node = nodes.at(doc_key);
        if (node.group == root) continue;
        Sql("UPDATE documents SET copy_group = ?2 WHERE doc_key = ?1").Text(1, doc_key).TextOrNull(2, root);
        if (Status s = Run("cannot update a copy group"); !s.ok()) return s;
        node.group = root;
        if (Status s = MarkStale(kReachesOfDocument, doc_key); !s.ok()) {
          return s;
        }
      }
    }
    return Status::OK();
  }

  // The documents sharing any band of a signature: (band, band_hash) pairs
  // as parameters 1 and 2, 3 and 4, ...
  static const std::string& BandQuery() {
    static const std::string sql = [] {
      std::string q = "SELECT DISTINCT doc_key FROM store_bands WHERE ";
      for (int band = 0; band < kLshBands; ++band) {
        q += (band ? " OR " : "") + std::string("(band = ?") + std::to_string(2 * band + 1) + " AND band_hash = ?" +
             std::to_string(2 * band + 2) + ")";
      }
      return q;
    }();
    return sql;
  }

  // The sources outlets and copy groups count as (IndependentSources over
  // the copied documents, which are few); groups of the documents whose
  // source changed go stale.
  Status UpdateSourceRoots() {
    std::map<std::string, std::string> copies, outlets;
    // (">= ''", not "IS NOT NULL": SQLite reads the index for a range, but
    // scans every document for the other.)
    Sql("SELECT id, copy_group, source FROM documents WHERE current = 1 AND copy_group >= ''");
    StepResult rc;
    while ((rc = last_->Step()) == StepResult::kRow) {
      const std::string id = last_->ColumnText(0);
      copies[id] = last_->ColumnText(1);
      outlets[id] = last_->ColumnText(2);
    }
    if (Status s = Done(rc, "cannot read copy groups"); !s.ok()) return s;
    const std::map<std::string, std::string> roots = IndependentSources(copies, outlets).Roots();
    if (Status s = LoadRoots(); !s.ok()) return s;
    std::set<std::string> changed;
    for (const auto& [node, root] : roots) {
      if (auto it = roots_.find(node); it == roots_.end() || it->second != root) changed.insert(node);
    }
    for (const auto& [node, root] : roots_) {
      if (!roots.count(node)) changed.insert(node);
    }
    for (const std::string& node : changed) {
      const bool outlet = node.rfind("source:", 0) == 0;
      const std::string name = node.substr(node.find(':') + 1);
      if (Status s =
              MarkStale(std::string("SELECT DISTINCT c.group_key, ") + kClaimReach +
                            " FROM claims c JOIN documents d ON d.doc_key = c.doc_key WHERE " +
                            (outlet ? "d.source" : "d.copy_group") + " = ?1 AND d.current = 1",
                        name);
          !s.ok()) {
        return s;
      }
      if (auto it = roots.find(node); it != roots.end()) {
        Sql("INSERT INTO store_source_roots(node, root) VALUES (?1, ?2) "
            "ON CONFLICT (node) DO UPDATE SET root = excluded.root")
            .Text(1, node)
            .Text(2, it->second);
      } else {
        Sql("DELETE FROM store_source_roots WHERE node = ?1").Text(1, node);
      }
      if (Status s = Run("cannot write a source root"); !s.ok()) return s;
    }
    roots_ = roots;
    return Status::OK();
  }

  Status LoadRoots() {
    roots_.clear();
    Sql("SELECT node, root FROM store_source_roots");
    StepResult rc;
    while ((rc = last_->Step()) == StepResult::kRow) roots_[last_->ColumnText(0)] = last_->ColumnText(1);
    return Done(rc, "cannot read source roots");
  }

  // ---- clusters -----------------------------------------------------------

  Status ReclusterStaleGroups() {
    for (bool done = false; !done;) {
      Status status = InTransaction([&] {
        // Roots as of this transaction: another run may have changed them.
        if (Status s = LoadRoots(); !s.ok()) return s;
        std::vector<std::string> groups;
        Sql("SELECT DISTINCT group_key FROM store_stale_groups LIMIT 256");
        StepResult rc;
        while ((rc = last_->Step()) == StepResult::kRow) groups.push_back(last_->ColumnText(0));
        if (Status s = Done(rc, "cannot read stale groups"); !s.ok()) return s;
        done = groups.empty();
        std::size_t claims = 0;
        for (const std::string& group : groups) {
          if (Status s = Recluster(group, &claims); !s.ok()) return s;
          if (claims >= kClaimsPerTransaction) break;
        }
        return Status::OK();
      });
      if (!status.ok()) return status;
    }
    return Status::OK();
  }

  // Which of a group's claims are stale: `whole`, or those whose reaches
  // lie in `runs`, the runs of overlapping reaches (MemberReach) that meet a
  // stale mark. Claims of other runs cannot touch their clusters. A group
  // whose every run is stale is whole: read at once, it costs less.
  Status StaleRuns(const std::string& group, bool* whole, std::vector<std::pair<double, double>>* runs) {
    *whole = false;
    std::vector<std::pair<double, double>> marks;
    Sql("SELECT low, high FROM store_stale_groups WHERE group_key = ?1").Text(1, group);
    StepResult rc;
    while ((rc = last_->Step()) == StepResult::kRow) {
      if (last_->ColumnNull(0) || last_->ColumnNull(1)) {
        *whole = true;
      } else {
        marks.emplace_back(last_->ColumnDouble(0), last_->ColumnDouble(1));
      }
    }
    if (Status s = Done(rc, "cannot read stale marks"); !s.ok()) return s;
    if (*whole) return Status::OK();
    std::sort(marks.begin(), marks.end());
    std::vector<double> highest(marks.size());  // of the marks up to each
    for (std::size_t i = 0; i < marks.size(); ++i) {
      highest[i] = i == 0 ? marks[i].second : std::max(highest[i - 1], marks[i].second);
    }
    const auto stale = [&](const std::pair<double, double>& run) {
      const auto after = std::upper_bound(marks.begin(), marks.end(), std::pair{run.second, kInfinity});
      return after != marks.begin() && highest[after - marks.begin() - 1] >= run.first;
    };
    std::size_t all_runs = 0;
    std::optional<std::pair<double, double>> run;
    const auto close = [&] {
      if (!run) return;
      ++all_runs;
      if (stale(*run)) runs->push_back(*run);
    };
    Sql("SELECT reach_low, reach_high FROM claims WHERE group_key = ?1 ORDER BY reach_low").Text(1, group);
    while ((rc = last_->Step()) == StepResult::kRow) {
      const double low = last_->ColumnDouble(0), high = last_->ColumnDouble(1);
      if (run && low <= run->second) {
        run->second = std::max(run->second, high);
        continue;
      }
      close();
      run = std::pair{low, high};
    }
    close();
    if (Status s = Done(rc, "cannot read a group's reaches"); !s.ok()) return s;
    *whole = runs->size() == all_runs && all_runs > 0;
    if (*whole) runs->clear();
    return Status::OK();
  }

  // What re-clustering (part of) a group reads of the store, and writes
  // back where it changed.
  struct Reclustering {
    // The current claims, as members; let go once their records are made.
    std::unique_ptr<ClusterSet> set = std::make_unique<ClusterSet>();
    std::size_t members = 0;
    std::map<std::string, std::vector<std::string>> claims_of;  // member key -> current claim keys
    std::map<std::string, std::string> old_link;                // claim key -> stored cluster key
    std::map<std::string, std::set<std::string>> old_members;   // stored cluster key -> member keys
    std::map<std::string, std::string> copies;
    // Key -> where `stored` holds its record, of the clusters and conflicts
    // re-made.
    std::map<std::string, SpilledTexts::At> old_clusters, old_conflicts;
    SpilledTexts stored;
    GroupPart part;
    struct Outside {
      std::string cluster_key;
      bool disputed;
    };
    std::map<std::string, Outside> outside;  // merge key -> a cluster not re-made, of a fact that was
  };

  Status ReadConflict(const std::string& fact, json* record, Reclustering& r) {
    Sql("SELECT record FROM conflicts WHERE conflict_key = ?1").Text(1, fact);
    StepResult rc = last_->Step();
    if (rc == StepResult::kRow) {
      const std::string text = last_->ColumnText(0);
      r.old_conflicts[fact] = r.stored.Add(text);
      if (record != nullptr) *record = ParseJson(text);
    }
    return Done(rc == StepResult::kRow ? StepResult::kDone : rc, "cannot read a conflict");
  }

  // The organisations the group's subsidiaries belong to (GroupPart).
  Status ReadOwners(const std::string& group, std::set<std::string>* owners) {
    Sql("SELECT c.part_of FROM claims c " + documents_of_claims_ +
        " WHERE c.group_key = ?1 AND c.part_of IS NOT NULL AND d.current = 1 LIMIT 1")
        .Text(1, group);
    StepResult rc = last_->Step();
    if (rc == StepResult::kRow) owners->insert(json(last_->ColumnText(0)).dump());
    return Done(rc == StepResult::kRow ? StepResult::kDone : rc, "cannot read subsidiaries");
  }

  // What re-making a part of a group's clusters needs of the rest, once
  // the stored clusters it re-makes are read (r.old_clusters, and their
  // facts in r.part.facts): their facts' conflicts, and how to read a
  // fact's other clusters.
  Status ReadPartContext(Reclustering& r) {
    for (auto& [fact, record] : r.part.facts) {
      if (Status s = ReadConflict(fact, &record, r); !s.ok()) return s;
    }
    r.part.outside = [this, &r](const std::string& fact, std::vector<FactCluster>* clusters) -> Status {
      if (!r.part.facts.count(fact)) {
        if (Status s = ReadConflict(fact, nullptr, r); !s.ok()) return s;
      }
      Sql("SELECT cluster_key, merge_key, low, high, low_open, high_open, amount, bound, sources, conflicts "
          "FROM clusters WHERE fact_key = ?1")
          .Text(1, fact);
      StepResult rc;
      while ((rc = last_->Step()) == StepResult::kRow) {
        std::string key = last_->ColumnText(0);
        if (r.old_clusters.count(key)) continue;
        FactCluster c;
        c.key = last_->ColumnText(1);
        c.low = last_->ColumnNull(2) ? -kInfinity : last_->ColumnDouble(2);
        c.high = last_->ColumnNull(3) ? kInfinity : last_->ColumnDouble(3);
        c.low_open = last_->ColumnInt(4) != 0;
        c.high_open = last_->ColumnInt(5) != 0;
        c.amount = last_->ColumnDouble(6);
        c.bound = last_->ColumnText(7);
        c.sources = static_cast<std::size_t>(last_->ColumnInt(8));
        r.outside[c.key] = {std::move(key), last_->ColumnInt(9) != 0};
        clusters->push_back(std::move(c));
      }
      return Done(rc, "cannot read a fact's clusters");
    };
    return Status::OK();
  }

  // A stale mark: where a claim changed, and which.
  struct StaleMark {
    double low = 0, high = 0;
    std::string claim_key;  // empty: any claim of that reach
    bool operator==(const StaleMark&) const = default;
  };

  // The claims of a group a window started from one claim reads. A claim
  // of a specific family joins, and decides the place of, no cluster of
  // another family, nor one naming a GPU model of another model's, and a
  // figure per one unit none per another (GroupMerge::Holders); so the
  // window reads the claim's family, with its model or none, and the
  // generic claims that may join them, all of its per; one started from a
  // generic claim reads every family of its per. A claim of that class
  // that another family's or model's clusters also hold is then clustered
  // unlike the store, and one that another's clusters may take joins a
  // cluster of the class alone where the whole group would leave it apart
  // (ReclusterWindow's condition 3): where either matters the window
  // fails, and reads every class. (Reading the families of those clusters
  // too, before every class, read more claims in all: 45.8k against 40.2k
  // adding 5 articles at 1M claims.)
  struct WindowClass {
    bool every = true;  // every claim: the mark names no claim, or one no longer stored
    std::string per, family, model;  // "" for NULL
    bool specific = false;
    // The SQL that keeps a claim of the class, its parameters numbered from
    // `first`.
    std::string Filter(int first) const {
      if (every) return "";
      const auto p = [&](int i) { return "?" + std::to_string(first + i); };
      std::string sql = " AND COALESCE(c.per, '') = " + p(0);
      if (!specific) return sql;
      sql += " AND (c.family = " + p(1) + " OR c.family_kind = 'generic')";
      if (!model.empty()) sql += " AND COALESCE(c.model, '') IN (" + p(2) + ", '')";
      return sql;
    }
    void Bind(Statement& statement, int first) const {
      if (every) return;
      statement.Text(first, per);
      if (!specific) return;
      statement.Text(first + 1, family);
      if (!model.empty()) statement.Text(first + 2, model);
    }
    // Whether the class reads the claims of a cluster of `cluster_family`
    // naming `cluster_model` ("" for none).
    bool Reads(const std::string& cluster_family, const std::string& cluster_model) const {
      if (every || !specific) return true;
      return cluster_family == family && (model.empty() || cluster_model.empty() || cluster_model == model);
    }
  };

  // The class of the claim `mark` names; every claim when it names none,
  // or one no longer stored.
  Status ClassOf(const std::string& group, const StaleMark& mark, WindowClass* window_class) {
    *window_class = WindowClass{};
    if (mark.claim_key.empty()) return Status::OK();
    Sql("SELECT family, family_kind, model, per FROM claims WHERE claim_key = ?1 AND group_key = ?2")
        .Text(1, mark.claim_key)
        .Text(2, group);
    const StepResult rc = last_->Step();
    if (rc == StepResult::kRow) {
      window_class->every = false;
      window_class->family = last_->ColumnText(0);
      window_class->specific = last_->ColumnText(1) != "generic";
      window_class->model = last_->ColumnNull(2) ? "" : last_->ColumnText(2);
      window_class->per = last_->ColumnNull(3) ? "" : last_->ColumnText(3);
    }
    return Done(rc == StepResult::kRow ? StepResult::kDone : rc, "cannot read a stale claim");
  }

  // A claim read for a window (ReclusterWindow).
  struct WindowRow {
    std::string claim_key, member_key;
    std::string stored;  // its cluster's key; empty when it has none
    bool current;        // of a current document
    double reach_low, reach_high;
    bool generic, names_model;
  };

  // A window of a group: a part of one of its runs (StaleRuns) re-made on
  // its own, when what a change does stays inside it. Runs of overlapping
  // reaches chain across a dense group (most of a company's figures), while
  // a new claim changes only the clusters near it.
  //
  // The claims whose reaches meet the window are clustered twice: as
  // stored (every linked claim) and as now (every current one). Both miss
  // the claims outside, so near the window's ends they may differ from
  // what the whole group makes. What the change did is the clusters that
  // differ between the two (Z); what the missing claims did is the
  // clusters of the first that differ from the store (X). Clustering makes
  // a claim's cluster from the clusters its reach meets, so the change is
  // the whole group's when (1) every cluster the change re-made is as
  // stored, and (2) every claim whose reach meets a changed cluster lies
  // inside the window and meets no cluster of X: then no claim sees both
  // what the change did and what the window misses, and outside the
  // changed clusters the group's clustering is the stored one. The window
  // grows until both hold, or it gives way to the run.
  //
  // The claims outside the window's class (WindowClass) are of clusters
  // the change cannot touch, and the claims of the class whose clusters
  // they are also in are clustered unlike the store (X); so the same
  // conditions hold for a window of one class when also (3) no stored
  // cluster outside the class may take a claim whose reach meets a changed
  // cluster, which the window, not reading it, would place alone.
  //
  // *done: the stale mark it started from is current.
  Status ReclusterWindow(const std::string& group, const StaleMark& seed, std::size_t* claims_read, bool* done) {
    WindowClass window_class;
    if (Status s = ClassOf(group, seed, &window_class); !s.ok()) return s;
    bool too_large = false;
    if (Status s = TryWindow(group, seed, window_class, claims_read, done, &too_large);
        !s.ok() || *done || too_large || window_class.every) {
      return s;
    }
    return TryWindow(group, seed, WindowClass{}, claims_read, done, &too_large);
  }

  // ReclusterWindow with the claims of `window_class`. *too_large: it
  // stopped at kWindowClaims.
  Status TryWindow(const std::string& group, const StaleMark& seed, const WindowClass& window_class,
                   std::size_t* claims_read, bool* done, bool* too_large) {
    *done = false;
    *too_large = false;
    GroupPart context;
    if (Status s = ReadOwners(group, &context.owners); !s.ok()) return s;
    double low = seed.low, high = seed.high;
    // A window only grows, so each try reads the claims its growth added
    // (those meeting it but not the window of the try before) to what the
    // tries before read, and clusters again only when it read any: most
    // tries fail on a reach the window already read.
    std::vector<WindowRow> rows;
    Reclustering r;
    ClusterSet before;
    std::vector<ClusterShape> was, now;
    double read_low = 0, read_high = 0;
    const int attempts = window_class.every ? kWindowAttempts : kClassWindowAttempts;
    for (int attempt = 0; attempt < attempts; ++attempt) {
      const std::string reads =
          "SELECT c.claim_key, c.member_key, c.cluster_key, d.current, d.id, d.copy_group, c.member, "
          "c.reach_low, c.reach_high, c.family_kind, c.model FROM claims c " +
          documents_of_claims_ +
          " WHERE c.group_key = ?1 AND c.reach_low <= ?3 AND c.reach_high >= ?2 AND "
          "(d.current = 1 OR c.cluster_key IS NOT NULL)";
      // (Parameters numbered without a gap: PostgreSQL types each.)
      Statement& read =
          attempt == 0 ? Sql(reads + window_class.Filter(5) + " LIMIT ?4")
                       : Sql(reads + " AND NOT (c.reach_low <= ?6 AND c.reach_high >= ?5)" + window_class.Filter(7) +
                             " LIMIT ?4")
                             .Double(5, read_low)
                             .Double(6, read_high);
      window_class.Bind(read, attempt == 0 ? 5 : 7);
      read.Text(1, group)
          .Double(2, low)
          .Double(3, high)
          .Int(4, static_cast<std::int64_t>(kWindowClaims + 1 - rows.size()));
      read_low = low;
      read_high = high;
      const std::size_t read_before = rows.size();
      StepResult rc;
      while ((rc = last_->Step()) == StepResult::kRow) {
        WindowRow row{last_->ColumnText(0),
                      last_->ColumnText(1),
                      last_->ColumnNull(2) ? "" : last_->ColumnText(2),
                      last_->ColumnInt(3) == 1,
                      last_->ColumnDouble(7),
                      last_->ColumnDouble(8),
                      last_->ColumnText(9) == "generic",
                      !last_->ColumnNull(10)};
        std::string member = last_->ColumnText(6);
        Status added = Status::OK();
        if (row.current) {
          added = AddCurrentMember(group, std::move(member), last_->ColumnText(4),
                                   last_->ColumnNull(5) ? std::nullopt : std::optional(last_->ColumnText(5)),
                                   r, row.stored.empty() ? nullptr : &before);
        } else if (!row.stored.empty()) {
          if (Status s = before.AddStoredMember(std::move(member)); !s.ok()) {
            added = Status::IOError(path_ + ": a stored claim of group " + group + ": " + s.message());
          }
        }
        if (!added.ok()) {
          last_->Reset();
          return added;
        }
        rows.push_back(std::move(row));
      }
      if (Status s = Done(rc, "cannot read a window's claims"); !s.ok()) return s;
      *claims_read += rows.size() - read_before;
      if (rows.size() > kWindowClaims) {
        *too_large = true;
        return Status::OK();
      }

      if (attempt == 0 || rows.size() > read_before) {
        was.clear();
        now.clear();
        if (Status s = before.ForEachShape(&context, [&](const ClusterShape& c) { was.push_back(c); }); !s.ok()) {
          return s;
        }
        if (Status s = r.set->ForEachShape(&context, [&](const ClusterShape& c) { now.push_back(c); }); !s.ok()) {
          return s;
        }
      }
      std::map<std::string, const WindowRow*> row_of_member;  // a linked row, when the member has one
      for (const WindowRow& row : rows) {
        if (!row.stored.empty()) row_of_member[row.member_key] = &row;
      }
      // Z: the clusters that differ between before and now; X: those of
      // before that differ from the store. A member is in one cluster of a
      // clustering, so its first names it there.
      const auto by_first_member = [](const std::vector<ClusterShape>& shapes) {
        std::map<std::string_view, const ClusterShape*> by;
        for (const ClusterShape& c : shapes) by[c.members.front()] = &c;
        return by;
      };
      const auto was_by = by_first_member(was), now_by = by_first_member(now);
      const auto was_made = [&](const ClusterShape* c) { return c >= was.data() && c < was.data() + was.size(); };
      std::vector<const ClusterShape*> changed, unlike_store;
      std::map<const ClusterShape*, std::string> stored_key;  // of before's clusters as stored
      for (const ClusterShape& c : was) {
        std::string key;
        if (Status s = StoredAs(c, row_of_member, &key); !s.ok()) return s;
        if (key.empty()) {
          unlike_store.push_back(&c);
        } else {
          stored_key[&c] = key;
        }
        const auto same = now_by.find(c.members.front());
        if (same == now_by.end() || !(*same->second == c)) changed.push_back(&c);
      }
      // The clusters now that the change made, by first member, and their
      // members.
      std::set<std::string> made, made_members;
      const auto make = [&](const ClusterShape& c) {
        changed.push_back(&c);
        made.insert(c.members.front());
        made_members.insert(c.members.begin(), c.members.end());
      };
      for (const ClusterShape& c : now) {
        const auto same = was_by.find(c.members.front());
        if (same == was_by.end() || !(*same->second == c)) make(c);
      }
      // The clusters of a marked claim are re-made too (a copy found
      // changes its cluster's record, not its members). A mark that names
      // no claim marks every claim of its reach, and is the window's only
      // when it reads every class.
      std::vector<StaleMark> covered;  // the marks the window makes current
      std::set<std::string> marked_was, marked_now;  // member keys
      {
        std::map<std::string, const WindowRow*> row_of_claim;
        for (const WindowRow& row : rows) row_of_claim[row.claim_key] = &row;
        std::set<std::pair<double, double>> any_claim;  // reaches of marks naming none
        Sql("SELECT DISTINCT low, high, claim_key FROM store_stale_groups WHERE group_key = ?1 AND low <= ?3 AND "
            "high >= ?2")
            .Text(1, group)
            .Double(2, low)
            .Double(3, high);
        std::vector<StaleMark> marks;
        while ((rc = last_->Step()) == StepResult::kRow) {
          marks.push_back({last_->ColumnDouble(0), last_->ColumnDouble(1),
                           last_->ColumnNull(2) ? "" : last_->ColumnText(2)});
        }
        if (Status s = Done(rc, "cannot read stale marks"); !s.ok()) return s;
        const auto mark = [&](const WindowRow& row) {
          (row.stored.empty() ? marked_now : marked_was).insert(row.member_key);
          if (row.current) marked_now.insert(row.member_key);
        };
        for (const StaleMark& m : marks) {
          if (m.claim_key.empty()) {
            if (window_class.every) any_claim.emplace(m.low, m.high);
            continue;
          }
          const auto row = row_of_claim.find(m.claim_key);
          if (row == row_of_claim.end()) continue;
          mark(*row->second);
          covered.push_back(m);
        }
        std::set<std::pair<double, double>> any_claim_covered;
        for (const WindowRow& row : rows) {
          if (!any_claim.count({row.reach_low, row.reach_high})) continue;
          mark(row);
          any_claim_covered.emplace(row.reach_low, row.reach_high);
        }
        for (const auto& [mark_low, mark_high] : any_claim_covered) covered.push_back({mark_low, mark_high, ""});
      }
      const auto holds_one = [](const ClusterShape& c, const std::set<std::string>& keys) {
        return std::any_of(c.members.begin(), c.members.end(), [&](const std::string& m) { return keys.count(m) > 0; });
      };
      for (const ClusterShape& c : was) {
        if (holds_one(c, marked_was) && std::find(changed.begin(), changed.end(), &c) == changed.end()) {
          changed.push_back(&c);
        }
      }
      for (const ClusterShape& c : now) {
        if (holds_one(c, marked_now) && !made.count(c.members.front())) make(c);
      }
      const auto meets = [](const ClusterShape& c, const WindowRow& row) {
        return c.low <= row.reach_high && c.high >= row.reach_low;
      };
      double want_low = low, want_high = high;
      bool holds = true;
      for (const ClusterShape* c : changed) {
        // (1): a re-made cluster as stored (one of now is new).
        if (was_made(c) && !stored_key.count(c)) {
          holds = false;
          want_low = std::min(want_low, c->low);
          want_high = std::max(want_high, c->high);
        }
      }
      std::vector<const WindowRow*> near_change;
      for (const WindowRow& row : rows) {
        if (std::none_of(changed.begin(), changed.end(), [&](const ClusterShape* c) { return meets(*c, row); })) {
          continue;
        }
        near_change.push_back(&row);
        // (2)
        if (row.reach_low < low || row.reach_high > high) holds = false;
        want_low = std::min(want_low, row.reach_low);
        want_high = std::max(want_high, row.reach_high);
        for (const ClusterShape* c : unlike_store) {
          if (!meets(*c, row)) continue;
          holds = false;
          want_low = std::min(want_low, c->low);
          want_high = std::max(want_high, c->high);
        }
      }
      if (!holds) {
        // Grown past what failed by a tenth of that each way: a window
        // costs its claims, so it grows no further than it must, in a
        // few tries.
        const double margin = (want_high - want_low) / 10;
        low = want_low - margin;
        high = want_high + margin;
        continue;
      }
      // (3), in a window of one class: no claim near the change may be
      // taken by a cluster outside the class, whose holding it the window
      // cannot see (a generic figure between two facts of another family
      // stays apart, and would join a new fact of the class alone).
      if (!window_class.every) {
        bool held_outside = false;
        if (Status s = HeldOutside(group, window_class, near_change, low, high, &held_outside); !s.ok()) return s;
        if (held_outside) return Status::OK();
      }

      // The change holds: re-make its clusters alone.
      std::set<std::string> remade;  // stored keys of the clusters re-made
      for (const ClusterShape* c : changed) {
        const auto key = stored_key.find(c);
        if (key == stored_key.end()) continue;
        remade.insert(key->second);
        r.old_members[key->second].insert(c->members.begin(), c->members.end());
      }
      for (const std::string& key : remade) {
        Sql("SELECT record, fact_key FROM clusters WHERE cluster_key = ?1").Text(1, key);
        rc = last_->Step();
        if (rc == StepResult::kRow) {
          r.old_clusters[key] = r.stored.Add(last_->ColumnText(0));
          if (!last_->ColumnNull(1)) r.part.facts[last_->ColumnText(1)];
        }
        if (Status s = Done(rc == StepResult::kRow ? StepResult::kDone : rc, "cannot read a cluster"); !s.ok()) {
          return s;
        }
      }
      for (const WindowRow& row : rows) {
        if (!row.stored.empty() && remade.count(row.stored)) r.old_link.emplace(row.claim_key, row.stored);
      }
      for (const WindowRow& row : rows) {
        if (row.current && made_members.count(row.member_key)) r.claims_of[row.member_key].push_back(row.claim_key);
      }
      r.part.owners = context.owners;
      r.part.keep = [&made](const std::vector<std::string>& members) { return made.count(members.front()) > 0; };
      if (Status s = ReadPartContext(r); !s.ok()) return s;
      if (Status s = WriteReclustered(group, false, r); !s.ok()) return s;

      // The marks of the claims re-made are current; a mark no claim has
      // (its claims were deleted) is left to the runs.
      for (const StaleMark& mark : covered) {
        if (mark.claim_key.empty()) {
          Sql("DELETE FROM store_stale_groups WHERE group_key = ?1 AND low = ?2 AND high = ?3 AND claim_key IS NULL")
              .Text(1, group)
              .Double(2, mark.low)
              .Double(3, mark.high);
        } else {
          Sql("DELETE FROM store_stale_groups WHERE group_key = ?1 AND claim_key = ?2")
              .Text(1, group)
              .Text(2, mark.claim_key);
        }
        if (Status s = Run("cannot mark a window current"); !s.ok()) return s;
        if (mark == seed) *done = true;
      }
      return Status::OK();
    }
    return Status::OK();
  }

  // Whether a cluster of the store outside `window_class` (of another
  // family, or naming another model) may take one of `rows` (it lies in
  // the row's reach: GroupMerge::OnlyHolder), where the row is one such a
  // cluster may take (a generic claim, or one naming no model).
  Status HeldOutside(const std::string& group, const WindowClass& window_class,
                     const std::vector<const WindowRow*>& rows, double low, double high, bool* held) {
    *held = false;
    if (!window_class.specific) return Status::OK();  // it reads every family and model of its per
    std::vector<const WindowRow*> open;
    for (const WindowRow* row : rows) {
      if (row->generic || (!window_class.model.empty() && !row->names_model)) open.push_back(row);
    }
    if (open.empty()) return Status::OK();
    Sql("SELECT amount, predicate, COALESCE(model, '') FROM clusters WHERE group_key = ?1 AND amount >= ?2 AND "
        "amount <= ?3 AND family_kind <> 'generic' AND COALESCE(per, '') = ?4")
        .Text(1, group)
        .Double(2, low)
        .Double(3, high)
        .Text(4, window_class.per);
    StepResult rc;
    while (!*held && (rc = last_->Step()) == StepResult::kRow) {
      if (window_class.Reads(last_->ColumnText(1), last_->ColumnText(2))) continue;
      const double amount = last_->ColumnDouble(0);
      *held = std::any_of(open.begin(), open.end(),
                          [&](const WindowRow* row) { return row->reach_low <= amount && amount <= row->reach_high; });
    }
    if (*held) {
      last_->Reset();
      return Status::OK();
    }
    return Done(rc, "cannot read a window's clusters");
  }

  // The stored key of a cluster `before` made in a window, when the store
  // holds it as made (its members, and no other, its amount and its
  // range); empty when not.
  Status StoredAs(const ClusterShape& c, const std::map<std::string, const WindowRow*>& linked, std::string* key) {
    key->clear();
    std::string common;
    for (const std::string& member : c.members) {
      const auto row = linked.find(member);
      if (row == linked.end() || (!common.empty() && row->second->stored != common)) return Status::OK();
      common = row->second->stored;
    }
    if (common.empty()) return Status::OK();
    Sql("SELECT k.amount, k.low, k.high, (SELECT COUNT(*) FROM cluster_members m WHERE m.cluster_key = "
        "k.cluster_key) FROM clusters k WHERE k.cluster_key = ?1")
        .Text(1, common);
    const StepResult rc = last_->Step();
    if (rc == StepResult::kRow && last_->ColumnDouble(0) == c.amount &&
        (last_->ColumnNull(1) ? -kInfinity : last_->ColumnDouble(1)) == c.range_low &&
        (last_->ColumnNull(2) ? kInfinity : last_->ColumnDouble(2)) == c.range_high &&
        static_cast<std::size_t>(last_->ColumnInt(3)) == c.members.size()) {
      *key = common;
    }
    return Done(rc == StepResult::kRow ? StepResult::kDone : rc, "cannot read a cluster");
  }

  // What JoinInPlace reads of a stored cluster besides its columns
  // (JoiningMember::StoredCluster).
  struct StoredClusterOf {
    std::string cluster_key;
    bool variants;
  };

  // The stored clusters of a group whose amounts lie in [low, high].
  Status ReadStoredClusters(const std::string& group, double low, double high,
                            std::vector<JoiningMember::StoredCluster>* clusters,
                            std::vector<StoredClusterOf>* of) {
    Sql("SELECT cluster_key, merge_key, subject, predicate, family_kind, model, unit, per, basis, "
        "scope, period, bound, amount, low, high, low_open, high_open, variants FROM clusters "
        "WHERE group_key = ?1 AND amount >= ?2 AND amount <= ?3")
        .Text(1, group)
        .Double(2, low)
        .Double(3, high);
    const auto optional_text = [&](int i) {
      return last_->ColumnNull(i) ? std::optional<std::string>()
                                  : std::optional<std::string>(last_->ColumnText(i));
    };
    StepResult rc;
    while ((rc = last_->Step()) == StepResult::kRow) {
      JoiningMember::StoredCluster& c = clusters->emplace_back();
      c.merge_key = last_->ColumnText(1);
      c.subject = optional_text(2);
      c.predicate = optional_text(3);
      c.family_kind = optional_text(4);
      c.model = optional_text(5);
      c.unit = optional_text(6);
      c.per = optional_text(7);
      c.basis = optional_text(8);
      c.scope = optional_text(9);
      c.period = optional_text(10);
      c.bound = last_->ColumnText(11);
      c.amount = last_->ColumnDouble(12);
      c.low = last_->ColumnNull(13) ? -kInfinity : last_->ColumnDouble(13);
      c.high = last_->ColumnNull(14) ? kInfinity : last_->ColumnDouble(14);
      c.low_open = last_->ColumnInt(15) != 0;
      c.high_open = last_->ColumnInt(16) != 0;
      of->push_back({last_->ColumnText(0), last_->ColumnInt(17) > 0});
    }
    return Done(rc, "cannot read a claim's clusters");
  }

  // A new claim placed from the stored clusters without clustering the
  // claims around it again: the commonest change a daily run makes (one
  // more outlet reports a known figure, or one no outlet had), which in a
  // dense group a window pays with thousands of claims. Clustering first
  // gives a claim that states less than a fact to the one cluster of
  // another slot or partition that may take it (GroupMerge's holders: they
  // lie in its reach), where it widens nothing; else places a point figure
  // among the clusters its own slot and partition's more precise figures
  // made before it, in the nearest whose figure it holds, or begins one;
  // and a bounded figure in its own slot's point cluster that meets it, or
  // else in its bound's cluster. So when
  //   (a) no other mark meets its reach but those of new claims (the
  //       store is what clustering the claims it placed makes, around it),
  // and either
  //   (b) one stored cluster takes it (JoiningMember::TakenBy), or
  //   (c) none does, the nearest stored cluster of its own whose figure it
  //       holds, C, was begun by a figure placed before it, no other
  //       cluster of its own is as near, stored or folded into another as
  //       its variants (one made before the claim is no wider than it, so
  //       lies within that width of the one it was folded into), and its
  //       figure narrows C's range nowhere, or
  //   (d) none does and no stored cluster of its own holds its figure: it
  //       begins a cluster, when no claim whose reach meets its own would
  //       be placed otherwise beside that cluster (NearClaimsApart), or
  //   (e) it is bounded, none takes it and no point figure of its own
  //       meets it: it joins its bound's cluster, or begins it as in (d),
  // clustering everything again puts it in that cluster, and every other
  // claim sees the cluster as before: its figure, its range, its kind.
  // Only the cluster's record changes, and the conflict of its fact: both
  // are made again from its members and the claim, as a window re-makes
  // what it changed, once clustering them alone is seen to give the stored
  // cluster with the claim (or the claim alone). *done: the mark is current.
  Status JoinInPlace(const std::string& group, const StaleMark& seed, std::size_t* claims_read, bool* done) {
    *done = false;
    if (seed.claim_key.empty()) return Status::OK();
    Sql("SELECT c.member, c.member_key, c.cluster_key, d.current, d.id, d.copy_group FROM claims c " +
        documents_of_claims_ + " WHERE c.claim_key = ?1 AND c.group_key = ?2")
        .Text(1, seed.claim_key)
        .Text(2, group);
    StepResult rc = last_->Step();
    const bool found = rc == StepResult::kRow;
    std::string text, member_key, doc;
    std::optional<std::string> copy_group;
    bool placeable = false;
    if (found) {
      text = last_->ColumnText(0);
      member_key = last_->ColumnText(1);
      placeable = last_->ColumnNull(2) && last_->ColumnInt(3) == 1;
      doc = last_->ColumnText(4);
      if (!last_->ColumnNull(5)) copy_group = last_->ColumnText(5);
    }
    if (Status s = Done(found ? StepResult::kDone : rc, "cannot read a stale claim"); !s.ok() || !placeable)
      return s;
    JoiningMember joining;
    if (Status s = JoiningMember::Of(text, &joining); !s.ok()) {
      return Status::IOError(path_ + ": a stored claim of group " + group + ": " + s.message());
    }
    if (!joining.Placeable()) return Status::OK();

    // (a): the marks of other new claims aside. The store is what
    // clustering the claims it has placed makes, and the place found here
    // is where clustering those and this one puts it; each new claim near
    // it is then placed from that store in turn, and reads this one placed.
    Sql("SELECT 1 FROM store_stale_groups s WHERE s.group_key = ?1 AND "
        "(s.low IS NULL OR (s.low <= ?3 AND s.high >= ?2)) AND (s.claim_key IS NULL OR (s.claim_key <> ?4 "
        "AND NOT EXISTS (SELECT 1 FROM claims c " +
        documents_of_claims_ +
        " WHERE c.claim_key = s.claim_key AND c.cluster_key IS NULL AND d.current = 1))) LIMIT 1")
        .Text(1, group)
        .Double(2, seed.low)
        .Double(3, seed.high)
        .Text(4, seed.claim_key);
    rc = last_->Step();
    const bool other_mark = rc == StepResult::kRow;
    if (Status s = Done(other_mark ? StepResult::kDone : rc, "cannot read stale marks");
        !s.ok() || other_mark) {
      return s;
    }
    Reclustering r;
    if (Status s = ReadOwners(group, &r.part.owners); !s.ok() || !r.part.owners.empty()) return s;

    // The stored clusters around it: in its reach, and as far as a cluster
    // folded into one could lie.
    const double amount = joining.amount(), width = joining.width();
    std::vector<JoiningMember::StoredCluster> clusters;
    std::vector<StoredClusterOf> around;
    if (Status s = ReadStoredClusters(group, std::min(seed.low, amount - 2 * width),
                                      std::max(seed.high, amount + 2 * width), &clusters, &around);
        !s.ok()) {
      return s;
    }
    const JoiningMember::StoredCluster* taken_by = nullptr;
    if (!joining.TakenBy(clusters, &taken_by)) return Status::OK();

    const bool among_points = taken_by == nullptr && joining.ClusteredAmongItsOwn();
    std::size_t target = clusters.size();  // none: it begins a cluster
    double nearest = kInfinity;
    if (taken_by != nullptr) {
      target = static_cast<std::size_t>(taken_by - clusters.data());  // (b)
    } else if (among_points) {
      // (c), or (d) when it holds no cluster's figure
      bool tie = false;
      for (std::size_t i = 0; i < clusters.size(); ++i) {
        const JoiningMember::StoredCluster& c = clusters[i];
        if (c.merge_key != joining.MergeKey(c.bound, c.amount) || !joining.MayStandFor(c.bound, c.amount))
          continue;
        const double distance = std::fabs(c.amount - amount);
        if (distance < nearest) {
          nearest = distance;
          target = i;
          tie = false;
        } else if (distance == nearest) {
          tie = true;
        }
      }
      if (tie) return Status::OK();
      if (target != clusters.size()) {
        const JoiningMember::StoredCluster& c = clusters[target];
        if (!joining.Keeps(c.low, c.high, c.low_open, c.high_open)) return Status::OK();
        for (std::size_t i = 0; i < clusters.size(); ++i) {
          // Its own clusters holding variants, but the target's, which its
          // record shows below.
          if (i == target || !around[i].variants ||
              clusters[i].merge_key != joining.MergeKey(clusters[i].bound, clusters[i].amount)) {
            continue;
          }
          Sql("SELECT 1 FROM claims WHERE cluster_key = ?1 AND amount >= ?2 AND amount <= ?3 LIMIT 1")
              .Text(1, around[i].cluster_key)
              .Double(2, amount - nearest)
              .Double(3, amount + nearest);
          rc = last_->Step();
          const bool as_near = rc == StepResult::kRow;
          if (Status s = Done(as_near ? StepResult::kDone : rc, "cannot read a cluster's claims");
              !s.ok() || as_near) {
            return s;
          }
        }
      }
    } else {
      // (e): its bound's cluster, when it has one
      const std::string own = joining.MergeKey(joining.bound(), amount);
      for (std::size_t i = 0; i < clusters.size() && target == clusters.size(); ++i) {
        if (clusters[i].merge_key == own) target = i;
      }
    }
    const bool begins = target == clusters.size();
    if (taken_by == nullptr && (begins || !among_points)) {
      bool apart = false;
      if (Status s = NearClaimsApart(group, seed, joining, begins, claims_read, &apart); !s.ok() || !apart)
        return s;
    }

    std::map<std::string, char> labels;  // member key -> as ClusterShape labels it
    const JoiningMember::StoredCluster* stored = begins ? nullptr : &clusters[target];
    if (!begins) {
      const std::string& cluster = around[target].cluster_key;
      // Its record: its members' labels, and, for (c), that it was begun
      // before the claim and folded no cluster as near as it.
      Sql("SELECT record, fact_key FROM clusters WHERE cluster_key = ?1").Text(1, cluster);
      rc = last_->Step();
      if (rc != StepResult::kRow) return Done(rc, "cannot read a cluster");
      const std::string record_text = last_->ColumnText(0);
      if (!last_->ColumnNull(1)) r.part.facts[last_->ColumnText(1)];
      if (Status s = Done(StepResult::kDone, "cannot read a cluster"); !s.ok()) return s;
      bool begun_before = false;
      for (const json& m : ParseJson(record_text).value("members", json::array())) {
        const bool variant = m.contains("variant"), joined = m.contains("joined");
        if (among_points && variant && std::fabs(m.value("amount", 0.0) - amount) <= nearest)
          return Status::OK();
        if (!variant && !joined && joining.PlacedBefore(m)) begun_before = true;
        labels[m["key"].get<std::string>()] = variant ? 'v' : joined ? 'j' : '-';
      }
      if ((among_points && !begun_before) || labels.count(member_key)) return Status::OK();

      // Its claims, and the new one.
      Sql("SELECT c.claim_key, c.member_key, d.current, d.id, d.copy_group, c.member FROM claims c " +
          documents_of_claims_ + " WHERE c.cluster_key = ?1")
          .Text(1, cluster);
      bool all_current = true;
      while (all_current && (rc = last_->Step()) == StepResult::kRow) {
        all_current = last_->ColumnInt(2) == 1;
        const std::string claim_key = last_->ColumnText(0), key = last_->ColumnText(1);
        if (Status s = AddCurrentMember(
                group, last_->ColumnText(5), last_->ColumnText(3),
                last_->ColumnNull(4) ? std::nullopt : std::optional(last_->ColumnText(4)), r);
            !s.ok()) {
          last_->Reset();
          return s;
        }
        r.claims_of[key].push_back(claim_key);
        r.old_link.emplace(claim_key, cluster);
        r.old_members[cluster].insert(key);
      }
      if (!all_current) {
        last_->Reset();
        return Status::OK();
      }
      if (Status s = Done(rc, "cannot read a cluster's claims"); !s.ok()) return s;
      r.old_clusters[cluster] = r.stored.Add(record_text);
    }
    if (Status s = AddCurrentMember(group, text, doc, copy_group, r); !s.ok()) return s;
    r.claims_of[member_key].push_back(seed.claim_key);
    *claims_read += r.members;

    // Clustered alone, they must give the stored cluster with the claim:
    // joined (or cut, as a truncation) in (b), a plain member else; or the
    // claim alone when it begins one.
    std::vector<ClusterShape> shapes;
    if (Status s = r.set->ForEachShape(&r.part, [&](const ClusterShape& c) { shapes.push_back(c); });
        !s.ok()) {
      return s;
    }
    if (shapes.size() != 1) return Status::OK();
    const ClusterShape& shape = shapes.front();
    const auto at = std::lower_bound(shape.members.begin(), shape.members.end(), member_key);
    if (at == shape.members.end() || *at != member_key) return Status::OK();
    const char label = shape.labels[static_cast<std::size_t>(at - shape.members.begin())];
    if (taken_by != nullptr ? label == '-' : label != '-') return Status::OK();
    labels[member_key] = label;
    std::string expected;
    for (const auto& [key, member_label] : labels) expected.push_back(member_label);
    if ((stored != nullptr && (shape.amount != stored->amount || shape.range_low != stored->low ||
                               shape.range_high != stored->high)) ||
        shape.labels != expected ||
        !std::equal(shape.members.begin(), shape.members.end(), labels.begin(), labels.end(),
                    [](const std::string& key, const auto& labelled) { return key == labelled.first; })) {
      return Status::OK();
    }
    r.part.keep = [](const std::vector<std::string>&) { return true; };
    if (Status s = ReadPartContext(r); !s.ok()) return s;
    if (Status s = WriteReclustered(group, false, r); !s.ok()) return s;
    Sql("DELETE FROM store_stale_groups WHERE group_key = ?1 AND claim_key = ?2")
        .Text(1, group)
        .Text(2, seed.claim_key);
    if (Status s = Run("cannot mark a claim current"); !s.ok()) return s;
    *done = true;
    return Status::OK();
  }

  // For a claim whose place no stored cluster tells ((d) and (e) of
  // JoinInPlace): whether every current claim of its group whose reach
  // meets its own is clustered as before and apart from it. `begins`: it
  // begins a cluster, which the claims of its slot and partition may meet
  // (JoiningMember::BeginsApartFrom) and, of the others, those the cluster
  // may take; else it joins its bound's cluster, which only a point
  // figure of its own holding it would keep it from. The claims that may
  // meet it are those of its class (WindowClass).
  Status NearClaimsApart(const std::string& group, const StaleMark& seed, const JoiningMember& joining,
                         bool begins, std::size_t* claims_read, bool* apart) {
    *apart = false;
    WindowClass near_class;
    if (Status s = ClassOf(group, seed, &near_class); !s.ok()) return s;
    Statement& read =
        Sql("SELECT c.member, c.member_key, k.cluster_key, k.amount, k.low, k.high, k.low_open, k.high_open "
            "FROM claims c " +
            documents_of_claims_ +
            " LEFT JOIN clusters k ON k.cluster_key = c.cluster_key WHERE c.group_key = ?1 AND "
            "c.reach_low <= ?3 AND c.reach_high >= ?2 AND d.current = 1 AND c.claim_key <> ?4" +
            near_class.Filter(6) + " LIMIT ?5");
    near_class.Bind(read, 6);
    read.Text(1, group)
        .Double(2, seed.low)
        .Double(3, seed.high)
        .Text(4, seed.claim_key)
        .Int(5, static_cast<std::int64_t>(kNearClaims + 1));
    struct Near {
      JoiningMember member;
      std::string member_key, cluster_key;
      JoiningMember::StoredCluster cluster;  // its amount and range
    };
    std::vector<Near> near;
    StepResult rc;
    while ((rc = last_->Step()) == StepResult::kRow) {
      Near& n = near.emplace_back();
      if (Status s = JoiningMember::Of(last_->ColumnText(0), &n.member); !s.ok()) {
        last_->Reset();
        return Status::IOError(path_ + ": a stored claim of group " + group + ": " + s.message());
      }
      n.member_key = last_->ColumnText(1);
      if (!last_->ColumnNull(2)) {
        n.cluster_key = last_->ColumnText(2);
        n.cluster.amount = last_->ColumnDouble(3);
        n.cluster.low = last_->ColumnNull(4) ? -kInfinity : last_->ColumnDouble(4);
        n.cluster.high = last_->ColumnNull(5) ? kInfinity : last_->ColumnDouble(5);
        n.cluster.low_open = last_->ColumnInt(6) != 0;
        n.cluster.high_open = last_->ColumnInt(7) != 0;
      }
      if (near.size() > kNearClaims) {
        last_->Reset();
        break;
      }
    }
    *claims_read += near.size();
    if (near.size() > kNearClaims) return Status::OK();
    if (Status s = Done(rc, "cannot read the claims near a claim"); !s.ok()) return s;
    std::map<std::string, PlacedMembers> placed;  // by cluster key: near claims share large clusters
    // By reach: near claims of another slot are mostly one generic figure
    // many outlets state.
    std::map<std::pair<double, double>, std::vector<JoiningMember::StoredCluster>> clusters_in;
    for (const Near& n : near) {
      if (!n.member.Placeable()) return Status::OK();
      if (!joining.SharesItsSlot(n.member)) {
        if (!begins || !joining.MayTake(n.member)) continue;
        auto [clusters, read_now] = clusters_in.try_emplace({n.member.reach_low(), n.member.reach_high()});
        if (read_now) {
          std::vector<StoredClusterOf> of;
          if (Status s = ReadStoredClusters(group, n.member.reach_low(), n.member.reach_high(),
                                            &clusters->second, &of);
              !s.ok()) {
            return s;
          }
        }
        const JoiningMember::StoredCluster* taken_by = nullptr;
        bool several = false;
        if (!n.member.TakenBy(clusters->second, &taken_by, &several) || !several) return Status::OK();
        continue;
      }
      if (!joining.ClusteredAmongItsOwn()) {
        if (joining.MeetsAsPoint(n.member)) return Status::OK();
        continue;
      }
      const PlacedMembers* in = nullptr;
      if (!n.cluster_key.empty() && joining.NeedsPlacement(n.member)) {
        auto [at, read_now] = placed.try_emplace(n.cluster_key);
        if (read_now) {
          if (Status s = ReadPlacedMembers(n.cluster_key, joining, &at->second); !s.ok()) return s;
        }
        in = &at->second;
      }
      const bool plain = in != nullptr && in->plain.count(n.member_key) > 0;
      if (!joining.BeginsApartFrom(n.member, plain ? &n.cluster : nullptr, plain && in->begun_before)) {
        return Status::OK();
      }
    }
    *apart = true;
    return Status::OK();
  }

  // Of a stored cluster: its members that are neither variants nor
  // joined, and whether one placed before the claim JoinInPlace places
  // began it.
  struct PlacedMembers {
    std::set<std::string> plain;  // member keys
    bool begun_before = false;
  };

  Status ReadPlacedMembers(const std::string& cluster_key, const JoiningMember& joining,
                           PlacedMembers* members) {
    Sql("SELECT record FROM clusters WHERE cluster_key = ?1").Text(1, cluster_key);
    const StepResult rc = last_->Step();
    if (rc == StepResult::kRow) {
      for (const json& m : ParseJson(last_->ColumnText(0)).value("members", json::array())) {
        if (m.contains("variant") || m.contains("joined")) continue;
        members->plain.insert(m.value("key", ""));
        if (joining.PlacedBefore(m)) members->begun_before = true;
      }
    }
    return Done(rc == StepResult::kRow ? StepResult::kDone : rc, "cannot read a cluster");
  }

  // Adds a current claim's member to `r`, with its document's copies.
  Status AddCurrentMember(const std::string& group, std::string member, const std::string& doc,
                          const std::optional<std::string>& copy_group, Reclustering& r,
                          ClusterSet* also = nullptr) {
    if (Status s = r.set->AddStoredMember(std::move(member), also); !s.ok()) {
      return Status::IOError(path_ + ": a stored claim of group " + group + ": " + s.message());
    }
    ++r.members;
    if (copy_group) r.copies[doc] = *copy_group;
    return Status::OK();
  }

  // Re-clusters a group's stale marks a window at a time (ReclusterWindow)
  // while each holds. *current: every one did.
  Status ReclusterWindows(const std::string& group, std::size_t* claims_read, bool* current) {
    *current = false;
    // A group marked all over (a bulk load, a source that changed) costs
    // less as runs.
    Sql("SELECT COUNT(*) FROM (SELECT DISTINCT low, high FROM store_stale_groups WHERE group_key = ?1 LIMIT ?2) m")
        .Text(1, group)
        .Int(2, kWindowsPerGroup + 1);
    StepResult counted = last_->Step();
    const bool many = counted == StepResult::kRow && last_->ColumnInt(0) > kWindowsPerGroup;
    if (Status s = Done(counted == StepResult::kRow ? StepResult::kDone : counted, "cannot count stale marks");
        !s.ok() || many) {
      return s;
    }
    for (int window = 0; window < kWindowsPerGroup; ++window) {
      Sql("SELECT low, high, claim_key FROM store_stale_groups WHERE group_key = ?1 "
          "ORDER BY CASE WHEN low IS NULL OR high IS NULL THEN 0 ELSE 1 END, low, high, claim_key LIMIT 1")
          .Text(1, group);
      const StepResult rc = last_->Step();
      std::optional<StaleMark> mark;
      bool whole = false;
      if (rc == StepResult::kRow) {
        whole = last_->ColumnNull(0) || last_->ColumnNull(1);
        if (!whole) {
          mark = StaleMark{last_->ColumnDouble(0), last_->ColumnDouble(1),
                           last_->ColumnNull(2) ? "" : last_->ColumnText(2)};
        }
      }
      if (Status s = Done(rc == StepResult::kRow ? StepResult::kDone : rc, "cannot read stale marks"); !s.ok()) {
        return s;
      }
      if (whole) return Status::OK();
      if (!mark) {
        *current = true;
        return Status::OK();
      }
      bool done = false;
      if (Status s = JoinInPlace(group, *mark, claims_read, &done); !s.ok()) return s;
      if (!done) {
        if (Status s = ReclusterWindow(group, *mark, claims_read, &done); !s.ok()) return s;
      }
      // What the window wrote is read by the next, or by the runs.
      if (Status s = FlushBulk(); !s.ok()) return s;
      if (!done) return Status::OK();
    }
    return Status::OK();
  }

  // Re-clusters what of one group is stale and writes only what changed: a
  // cluster or a conflict whose record is the stored one stays as it is,
  // and a claim's cluster_key is written only when it moves. A few new
  // claims then cost the reads of the runs they meet and the writes of
  // their clusters, not those of the group (a database server rewrites a
  // whole row, and its indexes, per update).
  Status Recluster(const std::string& group, std::size_t* claims_read) {
    bool current = false;
    if (Status s = ReclusterWindows(group, claims_read, &current); !s.ok() || current) return s;
    bool whole = false;
    std::vector<std::pair<double, double>> runs;
    if (Status s = StaleRuns(group, &whole, &runs); !s.ok()) return s;

    // The claims: the current ones as members, added to the set as they are
    // read (held parsed all at once, a large group's were most of a bulk
    // load's peak memory), and every one's cluster as stored.
    Reclustering r;
    ClusterSet& set = *r.set;
    std::size_t& members = r.members;
    auto& claims_of = r.claims_of;
    auto& old_link = r.old_link;
    auto& old_members = r.old_members;
    auto& copies = r.copies;
    const std::string claims_sql =
        "SELECT c.claim_key, c.member_key, c.cluster_key, d.current, d.id, d.copy_group, "
        "CASE WHEN d.current = 1 THEN c.member END FROM claims c " +
        documents_of_claims_ + " WHERE c.group_key = ?1";
    const auto read_claims = [&]() -> Status {
      StepResult rc;
      while ((rc = last_->Step()) == StepResult::kRow) {
        std::string claim_key = last_->ColumnText(0), member_key = last_->ColumnText(1);
        if (!last_->ColumnNull(2)) {
          const std::string cluster_key = last_->ColumnText(2);
          old_members[cluster_key].insert(member_key);
          old_link.emplace(claim_key, cluster_key);
        }
        if (last_->ColumnInt(3) != 1) continue;
        if (Status s = set.AddStoredMember(last_->ColumnText(6)); !s.ok()) {
          last_->Reset();
          return Status::IOError(path_ + ": a stored claim of group " + group + ": " + s.message());
        }
        ++members;
        if (!last_->ColumnNull(5)) copies[last_->ColumnText(4)] = last_->ColumnText(5);
        claims_of[std::move(member_key)].push_back(std::move(claim_key));
      }
      return Done(rc, "cannot read a group's claims");
    };
    if (whole) {
      Sql(claims_sql).Text(1, group);
      if (Status s = read_claims(); !s.ok()) return s;
    }
    for (const auto& [low, high] : runs) {
      Sql(claims_sql + " AND c.reach_low >= ?2 AND c.reach_low <= ?3").Text(1, group).Double(2, low).Double(3, high);
      if (Status s = read_claims(); !s.ok()) return s;
    }
    *claims_read += members;

    // The clusters and conflicts as stored: the group's, or those of the
    // runs re-clustered and of the facts they are in.
    auto& old_clusters = r.old_clusters;
    auto& old_conflicts = r.old_conflicts;
    GroupPart& part = r.part;
    if (whole) {
      for (auto [sql, stored] :
           {std::pair{"SELECT cluster_key, record FROM clusters WHERE group_key = ?1", &old_clusters},
            std::pair{"SELECT conflict_key, record FROM conflicts WHERE group_key = ?1", &old_conflicts}}) {
        Sql(sql).Text(1, group);
        StepResult rc;
        while ((rc = last_->Step()) == StepResult::kRow) (*stored)[last_->ColumnText(0)] = r.stored.Add(last_->ColumnText(1));
        if (Status s = Done(rc, "cannot read a group's clusters"); !s.ok()) return s;
      }
      for (const auto& [key, record] : old_clusters) old_members[key];
    } else {
      // A query per run, not per cluster: a round trip each, to a server.
      for (const auto& [low, high] : runs) {
        Sql("SELECT k.cluster_key, k.record, k.fact_key FROM clusters k WHERE k.cluster_key IN (SELECT "
            "c.cluster_key FROM claims c WHERE c.group_key = ?1 AND c.reach_low >= ?2 AND c.reach_low <= ?3)")
            .Text(1, group)
            .Double(2, low)
            .Double(3, high);
        StepResult rc;
        while ((rc = last_->Step()) == StepResult::kRow) {
          old_clusters[last_->ColumnText(0)] = r.stored.Add(last_->ColumnText(1));
          if (!last_->ColumnNull(2)) part.facts[last_->ColumnText(2)];
        }
        if (Status s = Done(rc, "cannot read a run's clusters"); !s.ok()) return s;
      }
      if (Status s = ReadOwners(group, &part.owners); !s.ok()) return s;
      if (Status s = ReadPartContext(r); !s.ok()) return s;
    }

    if (Status s = WriteReclustered(group, whole, r); !s.ok()) return s;
    Sql("DELETE FROM store_stale_groups WHERE group_key = ?1").Text(1, group);
    return Run("cannot mark a group current");
  }

  // Writes what re-clustering made of `r` where it differs from what is
  // stored: records, members, conflicts, claims' clusters, retired keys.
  Status WriteReclustered(const std::string& group, bool whole, Reclustering& r) {
    const GroupPart& part = r.part;
    const auto& copies = r.copies;
    const auto& old_members = r.old_members;
    const auto& old_clusters = r.old_clusters;
    const auto& old_conflicts = r.old_conflicts;
    const auto& claims_of = r.claims_of;
    auto& old_link = r.old_link;
    const auto& outside = r.outside;
    std::vector<std::pair<FactCluster, json>> judged;
    std::vector<MergedRecord> records;
    SpilledTexts texts;
    if (r.members > 0 || !whole) {
      const IndependentSources independent = IndependentSources::FromRoots(copies, roots_);
      DocumentSources sources;
      sources.copies = copies;
      sources.source_of = [&](const std::string& doc, const std::string& outlet) {
        return independent.Of(doc, outlet);
      };
      GroupOutput output;
      output.record = [&](const json& r, const std::string& fact, const FactCluster* summary) {
        records.push_back(MergedRecord::Of(r, fact, summary, texts));
      };
      output.judged = [&](const FactCluster& c, const json& entry) { judged.emplace_back(c, entry); };
      if (Status s = r.set->ForEachRecord(sources, whole ? nullptr : &part, output); !s.ok()) {
        return Status::IOError(path_ + ": " + s.message());
      }
    }
    r.set.reset();

    std::map<std::string, std::string> stable;
    if (Status s = StableKeys(records, old_members, &stable); !s.ok()) return s;
    for (const auto& [merge_key, c] : outside) stable.emplace(merge_key, c.cluster_key);
    std::map<std::string, std::string> cluster_of;  // member key -> its cluster's stable key
    std::set<std::string> kept;                     // stable keys of clusters and conflicts
    for (MergedRecord& record : records) {
      const bool conflict = record.conflict;
      std::string made;
      if (Status s = texts.Read(record.text, &made); !s.ok()) return Status::IOError(path_ + ": " + s.message());
      const std::string text = ReplaceKeys(made, stable);
      const std::string key = conflict ? record.key : stable.at(record.key);
      kept.insert(key);
      for (const std::string& m : record.member_keys) cluster_of[m] = key;
      const std::map<std::string, SpilledTexts::At>& old = conflict ? old_conflicts : old_clusters;
      const auto it = old.find(key);
      if (it != old.end()) {
        std::string was;
        if (Status s = r.stored.Read(it->second, &was); !s.ok()) return Status::IOError(path_ + ": " + s.message());
        if (was == text) continue;
      }
      if (it != old.end()) {
        // Its member rows are written again below.
        Sql(conflict ? "DELETE FROM conflict_clusters WHERE conflict_key = ?1"
                     : "DELETE FROM cluster_members WHERE cluster_key = ?1")
            .Text(1, key);
        if (Status s = Run("cannot clear a cluster's members"); !s.ok()) return s;
      }
      // A large cluster's record is mostly members, which `record` holds.
      const json stored = ParseJson(text, [](std::string_view schema, std::string_view field) {
        return schema == kConflictSchema || field != "members";
      });
      if (Status s = conflict ? InsertConflict(group, stored, text) : InsertCluster(group, record, stored, text);
          !s.ok()) {
        return s;
      }
    }
    // Clusters outside the runs whose conflict the runs changed: only that
    // entry of their records.
    for (const auto& [c, entry] : judged) {
      const Reclustering::Outside& o = outside.at(c.key);
      if (entry.is_null() && !o.disputed) continue;
      const json conflicts = entry.is_null() ? json::array() : json::array({json::parse(ReplaceKeys(Dump(entry), stable))});
      Sql("SELECT record FROM clusters WHERE cluster_key = ?1").Text(1, o.cluster_key);
      StepResult rc = last_->Step();
      const std::string text = rc == StepResult::kRow ? last_->ColumnText(0) : "";
      if (Status s = Done(rc == StepResult::kRow ? StepResult::kDone : rc, "cannot read a cluster"); !s.ok()) return s;
      // Most of a disputed fact's clusters keep their entry, and a large
      // cluster's record is mostly members: only that field is built to
      // tell.
      const json entries =
          ParseJson(text, [](std::string_view, std::string_view field) { return field == "conflicts"; });
      if (!entries.is_object() || entries.value("conflicts", json()) == conflicts) continue;
      json record = ParseJson(text);
      record["conflicts"] = conflicts;
      Sql("UPDATE clusters SET record = ?2, conflicts = ?3, conflict_key = ?4 WHERE cluster_key = ?1")
          .Text(1, o.cluster_key)
          .Text(2, Dump(record))
          .Int(3, entry.is_null() ? 0 : 1)
          .JsonText(4, entry.is_null() ? json() : entry["key"]);
      if (Status s = Run("cannot update a cluster's conflict"); !s.ok()) return s;
    }
    for (const auto& [key, record] : old_conflicts) {
      if (kept.count(key)) continue;
      for (const char* sql : {"DELETE FROM conflict_clusters WHERE conflict_key = ?1",
                              "DELETE FROM conflicts WHERE conflict_key = ?1"}) {
        Sql(sql).Text(1, key);
        if (Status s = Run("cannot delete a conflict"); !s.ok()) return s;
      }
    }
    for (const auto& [key, record] : old_clusters) {
      if (kept.count(key)) continue;
      for (const char* sql : {"DELETE FROM conflict_clusters WHERE cluster_key = ?1",
                              "DELETE FROM cluster_members WHERE cluster_key = ?1",
                              "DELETE FROM clusters WHERE cluster_key = ?1"}) {
        Sql(sql).Text(1, key);
        if (Status s = Run("cannot delete a cluster"); !s.ok()) return s;
      }
    }

    // Each claim's cluster, where it moved; a superseded document's claims
    // leave theirs.
    for (const auto& [member_key, claim_keys] : claims_of) {
      const auto cluster = cluster_of.find(member_key);
      for (const std::string& claim_key : claim_keys) {
        const auto old = old_link.find(claim_key);
        const bool linked = old != old_link.end();
        if (cluster == cluster_of.end()) {
          if (linked) links_.Text(claim_key).Null();
        } else if (!linked || old->second != cluster->second) {
          links_.Text(claim_key).Text(cluster->second);
        }
        if (linked) old_link.erase(old);
      }
    }
    for (const auto& [claim_key, cluster_key] : old_link) links_.Text(claim_key).Null();

    // Old keys no cluster kept: resolvable to where most of their members went.
    for (const auto& [old_key, keys] : old_members) {
      if (kept.count(old_key)) continue;
      std::map<std::string, std::size_t> shared;
      for (const std::string& m : keys) {
        if (auto it = cluster_of.find(m); it != cluster_of.end()) ++shared[it->second];
      }
      std::string successor;
      std::size_t best = 0;
      for (const auto& [key, n] : shared) {
        if (n > best) best = n, successor = key;  // ties: the smallest key, met first
      }
      Sql("INSERT INTO cluster_aliases(retired_key, successor_key) VALUES (?1, ?2) "
          "ON CONFLICT (retired_key) DO UPDATE SET successor_key = excluded.successor_key")
          .Text(1, old_key)
          .TextOrNull(2, successor);
      if (Status s = Run("cannot retire a cluster key"); !s.ok()) return s;
      Sql("UPDATE cluster_aliases SET successor_key = ?2 WHERE successor_key = ?1")
          .Text(1, old_key)
          .TextOrNull(2, successor);
      if (Status s = Run("cannot retire a cluster key"); !s.ok()) return s;
    }
    return Status::OK();
  }

  // Merge key -> stable key. Each new cluster takes the old key it shares
  // most members with (pairs by decreasing overlap, ties by key), so a key
  // survives a more precise member joining; a cluster sharing none takes
  // its merge key, unless that was ever used, then one made from it.
  Status StableKeys(const std::vector<MergedRecord>& records,
                    const std::map<std::string, std::set<std::string>>& old_members,
                    std::map<std::string, std::string>* stable) {
    std::map<std::string, std::vector<const std::string*>> old_of;  // member key -> old clusters holding it
    for (const auto& [old_key, keys] : old_members) {
      for (const std::string& m : keys) old_of[m].push_back(&old_key);
    }
    struct Pair {
      std::size_t shared;
      std::string old_key, merge_key;
    };
    std::vector<Pair> pairs;
    std::vector<std::string> merge_keys;
    for (const MergedRecord& r : records) {
      if (r.conflict) continue;
      const std::string& merge_key = merge_keys.emplace_back(r.key);
      std::map<const std::string*, std::size_t> shared;
      for (const std::string& m : r.member_keys) {
        if (auto it = old_of.find(m); it != old_of.end()) {
          for (const std::string* old_key : it->second) ++shared[old_key];
        }
      }
      for (const auto& [old_key, n] : shared) pairs.push_back({n, *old_key, merge_key});
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
      return std::tie(b.shared, a.old_key, a.merge_key) < std::tie(a.shared, b.old_key, b.merge_key);
    });
    std::set<std::string> taken;
    for (const Pair& p : pairs) {
      if (stable->count(p.merge_key) || taken.count(p.old_key)) continue;
      (*stable)[p.merge_key] = p.old_key;
      taken.insert(p.old_key);
    }
    std::vector<std::string> unmatched;
    for (const std::string& merge_key : merge_keys) {
      if (!stable->count(merge_key)) unmatched.push_back(merge_key);
    }
    std::set<std::string> used;
    if (Status s = UsedKeys(unmatched, &used); !s.ok()) return s;
    for (const std::string& merge_key : unmatched) {
      std::string key = merge_key;
      for (int n = 1; taken.count(key) || old_members.count(key) || (n == 1 ? used.count(key) > 0 : KeyWasUsed(key));
           ++n) {
        key = merge_key.substr(0, 8) + KeyOf({merge_key, std::to_string(n)}).substr(0, 8);
      }
      (*stable)[merge_key] = key;
      taken.insert(key);
    }
    return Status::OK();
  }

  // Which of `keys` a cluster or a retired key of the store has, or a
  // cluster this transaction holds back: a round trip per kKeysPerQuery
  // keys, not one per key.
  Status UsedKeys(const std::vector<std::string>& keys, std::set<std::string>* used) {
    static const std::string sql = [] {
      std::string list;
      for (int i = 1; i <= kKeysPerQuery; ++i) list += (i > 1 ? ", ?" : "?") + std::to_string(i);
      return "SELECT cluster_key FROM clusters WHERE cluster_key IN (" + list +
             ") UNION ALL SELECT retired_key FROM cluster_aliases WHERE retired_key IN (" + list + ")";
    }();
    for (std::size_t first = 0; first < keys.size(); first += kKeysPerQuery) {
      // The store's clusters grow through a run from none.
      Statement& query = Sql(sql, Planning::kEachExecution);
      for (std::size_t i = 0; i < static_cast<std::size_t>(kKeysPerQuery); ++i) {
        if (first + i < keys.size()) {
          query.Text(static_cast<int>(i) + 1, keys[first + i]);
        } else {
          query.Null(static_cast<int>(i) + 1);
        }
      }
      StepResult rc;
      while ((rc = last_->Step()) == StepResult::kRow) used->insert(last_->ColumnText(0));
      if (Status s = Done(rc, "cannot read cluster keys"); !s.ok()) return s;
    }
    for (const std::string& key : keys) {
      if (cluster_keys_held_.count(key)) used->insert(key);
    }
    return Status::OK();
  }

  bool KeyWasUsed(const std::string& key) {
    if (cluster_keys_held_.count(key)) return true;
    Sql("SELECT (SELECT count(*) FROM cluster_aliases WHERE retired_key = ?1) + (SELECT count(*) FROM "
        "clusters WHERE "
        "cluster_key = ?1)")
        .Text(1, key);
    const StepResult rc = last_->Step();
    const bool used = rc == StepResult::kRow && last_->ColumnInt(0) > 0;
    last_->Reset();
    return used;
  }

  Status InsertCluster(const std::string& group, const MergedRecord& merged, const json& c, const std::string& text) {
    const std::string& merge_key = merged.key;
    const json& slot = c["slot"];
    const json& qualifiers = c["qualifiers"];
    const json& value = c["value"];
    const std::string key = c["key"];
    const bool disputed = !c["conflicts"].empty();
    clusters_.Text(key).JsonText(merge_key).Text(group).JsonText(slot["subject"]).JsonText(slot["predicate"]);
    clusters_.JsonText(slot["family_kind"]).JsonText(slot["model"]).JsonText(slot["unit"]);
    clusters_.JsonText(slot["per"]).JsonText(slot["basis"]).JsonText(qualifiers["scope"]);
    clusters_.JsonText(qualifiers["period"]).Double(value["amount"].get<double>());
    if (value["low"].is_number()) {
      clusters_.Double(value["low"].get<double>());
    } else {
      clusters_.Null();
    }
    if (value["high"].is_number()) {
      clusters_.Double(value["high"].get<double>());
    } else {
      clusters_.Null();
    }
    clusters_.JsonText(value["bound"]).Int(c["documents"].get<std::int64_t>()).Int(c["sources"].get<std::int64_t>());
    clusters_.Int(c["variants"].get<std::int64_t>()).Int(c["joined"].get<std::int64_t>());
    clusters_.JsonText(c["first_seen"]).JsonText(c["last_seen"]).Int(disputed ? 1 : 0);
    if (disputed) {
      clusters_.JsonText(c["conflicts"][0]["key"]);
    } else {
      clusters_.Null();
    }
    clusters_.TextOrNull(merged.fact).Int(merged.low_open ? 1 : 0).Int(merged.high_open ? 1 : 0).Text(text);
    cluster_keys_held_.insert(key);
    for (std::size_t i = 0; i < merged.member_keys.size(); ++i) {
      members_.Text(key).Text(merged.member_keys[i]).Text(merged.member_docs[i]);
    }
    return Status::OK();
  }

  Status InsertConflict(const std::string& group, const json& c, const std::string& text) {
    const json& slot = c["slot"];
    const std::string key = c["key"];
    conflicts_.Text(key).Text(group).JsonText(slot["subject"]).JsonText(slot["predicate"]);
    conflicts_.JsonText(slot["model"]).JsonText(slot["unit"]).JsonText(c["qualifiers"]["scope"]);
    conflicts_.JsonText(c["qualifiers"]["period"]).Int(static_cast<std::int64_t>(c["clusters"].size()));
    conflicts_.JsonText(c["reason"]).Text(text);
    for (const json& entry : c["clusters"]) conflict_clusters_.Text(key).JsonText(entry["key"]);
    return Status::OK();
  }

  // ---- the database -------------------------------------------------------

  // Runs `select` (one text parameter; columns group_key, low, high,
  // claim_key) and marks what it returns stale.
  Status MarkStale(const std::string& select, const std::string& parameter) {
    Sql("INSERT INTO store_stale_groups(group_key, low, high, claim_key) " + select).Text(1, parameter);
    return Run("cannot mark groups stale");
  }

  // A cached statement, reset and ready to bind; last_ is it.
  Statement& Sql(const std::string& sql, Planning planning = Planning::kKept) {
    auto& slot = statements_[sql];
    if (!slot) {
      std::string error;
      auto prepared = db_->Prepare(sql, planning, &error);
      if (!prepared) {
        prepare_error_ = error;
        statements_.erase(sql);
        broken_ = std::make_unique<Statement>(nullptr);  // binds and steps fail harmlessly
        last_ = broken_.get();
        return *last_;
      }
      slot = std::make_unique<Statement>(std::move(prepared));
    }
    last_ = slot.get();
    return *slot;
  }

  // Runs last_, a statement whose rows (if any) nobody reads.
  Status Run(const char* what) {
    if (!prepare_error_.empty())
      return Status::IOError(path_ + ": " + what + ": " + prepare_error_ + Committed());
    const StepResult rc = last_->Execute();
    last_->Reset();
    if (rc == StepResult::kError) return Error(what);
    return Status::OK();
  }

  // After reading rows from last_: `rc` is the last step's code.
  Status Done(StepResult rc, const char* what) {
    if (!prepare_error_.empty())
      return Status::IOError(path_ + ": " + what + ": " + prepare_error_ + Committed());
    last_->Reset();
    if (rc == StepResult::kError) return Error(what);
    return Status::OK();
  }

  // Runs `body` in a write transaction and commits it. When the engine says
  // the failure was another transaction's doing (a deadlock, a serialization
  // failure), rolls back and runs it again from the start, after a pause
  // that grows, a few times: everything `body` writes it makes again.
  Status InTransaction(const std::function<Status()>& body) {
    static std::minstd_rand jitter(static_cast<unsigned>(::getpid()));
    for (int attempt = 1;; ++attempt) {
      Status s = Begin();
      if (s.ok()) s = body();
      if (s.ok()) s = Commit();
      if (s.ok()) return s;
      const bool again = attempt < kTransactionAttempts && db_->LastFailureIsTransient();
      Abandon(s);
      if (!again) return s;
      // Apart, so that the transactions that collided do not collide again.
      const int pause_ms = (25 << attempt) + static_cast<int>(jitter() % 50);
      std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
    }
  }

  Status Begin() {
    boilerplate_.clear();  // another writer may have changed it since
    DropBulk();
    prepare_error_.clear();  // of the transaction before: a retried one prepares again
    // In one from here: a Begin that fails half-way is rolled back.
    in_transaction_ = true;
    if (Status s = db_->Begin(); !s.ok()) return Status::IOError(s.message() + Committed());
    return Status::OK();
  }

  Status Commit() {
    if (Status s = FlushBulk(); !s.ok()) return Abandon(s);
    if (Status s = db_->Commit(); !s.ok()) return Status::IOError(s.message() + Committed());
    in_transaction_ = false;
    return Status::OK();
  }

  Status Abandon(const Status& why) {
    DropBulk();
    if (in_transaction_) db_->Rollback();
    in_transaction_ = false;
    return why;
  }

  // Every row held back, written; in an order where a row comes after the
  // rows it references.
  Status FlushBulk() {
    for (Bulk* bulk : BulkInOrder()) {
      if (Status s = db_->BulkWrite(bulk->rows()); !s.ok()) {
        return Status::IOError(path_ + ": cannot write " + bulk->rows().table + ": " + s.message() + Committed());
      }
      bulk->Clear();
    }
    return Status::OK();
  }

  void DropBulk() {
    for (Bulk* bulk : BulkInOrder()) bulk->Clear();
    cluster_keys_held_.clear();
  }

  std::array<Bulk*, 13> BulkInOrder() {
    return {&paragraphs_, &mentions_, &claims_, &stale_, &records_, &signatures_, &bands_,
            &found_, &clusters_, &conflicts_, &members_, &conflict_clusters_, &links_};
  }

  // Errors say how much of the run is safe in the database, so that a
  // failed run's summary can tell.
  std::string Committed() const {
    return " (" + std::to_string(committed_) + " documents of this run committed)";
  }

  Status Exec(const std::string& sql) {
    if (Status s = db_->Exec(sql); !s.ok()) return Status::IOError(s.message() + Committed());
    return Status::OK();
  }

  Status Error(const char* what) {
    return Status::IOError(path_ + ": " + what + ": " + db_->LastError() + Committed());
  }

  std::unique_ptr<StoreDb> db_;
  std::string path_;
  ClaimStore::Options options_;
  // How a query that reads claims joins their documents (`c`, `d`).
  std::string documents_of_claims_;
  std::string clustering_left_to_;  // the run this one leaves its clustering to (FinishLoading)
  bool opened_ = false;
  RunInfo run_;
  std::string run_key_;
  std::map<std::string, std::unique_ptr<Statement>> statements_;
  std::unique_ptr<Statement> broken_;
  Statement* last_ = nullptr;
  std::string prepare_error_;
  bool in_transaction_ = false;
  std::uint64_t committed_ = 0, written_ = 0;
  std::map<std::string, std::string> roots_;  // store_source_roots
  std::map<std::int64_t, bool> boilerplate_;  // store_boilerplate, as read in this transaction

  // Rows held back until the transaction commits (FlushBulk).
  using Mode = BulkRows::Mode;
  Bulk paragraphs_ = ParagraphRows(), mentions_ = MentionRows(), claims_ = ClaimRows(), stale_ = StaleGroupRows();
  Bulk records_ = RecordRows();
  Bulk signatures_{"documents", {"doc_key", "content_sig"}, 1, Mode::kUpdate};
  Bulk bands_{"store_bands", {"band", "band_hash", "doc_key"}, 3, Mode::kInsert};
  Bulk found_{"documents", {"doc_key", "pending"}, 1, Mode::kUpdate};  // copies found: pending = 0
  Bulk clusters_{"clusters",
                 {"cluster_key", "merge_key", "group_key", "subject", "predicate", "family_kind", "model", "unit",
                  "per", "basis", "scope", "period", "amount", "low", "high", "bound", "documents", "sources",
                  "variants", "joined", "first_seen", "last_seen", "conflicts", "conflict_key", "fact_key", "low_open",
                  "high_open", "record"},
                 1,
                 Mode::kUpsert};
  Bulk conflicts_{"conflicts",
                  {"conflict_key", "group_key", "subject", "predicate", "model", "unit", "scope", "period",
                   "clusters", "reason", "record"},
                  1,
                  Mode::kUpsert};
  Bulk members_{"cluster_members", {"cluster_key", "member_key", "doc_id"}, 2, Mode::kInsert};
  Bulk conflict_clusters_{"conflict_clusters", {"conflict_key", "cluster_key"}, 2, Mode::kInsert};
  Bulk links_{"claims", {"claim_key", "cluster_key"}, 1, Mode::kUpdate};  // a claim's cluster
  std::set<std::string> cluster_keys_held_;  // of clusters_, which KeyWasUsed must see

  // What the host handed over since the last batch's transaction.
  std::vector<DocumentRows> batch_;
  Bulk held_records_ = RecordRows();
};

ClaimStore::Options ClaimStore::Options::Of(const nlohmann::json& sink_options) {
  return {.rebuild = sink_options.value("rebuild", false),
          .defer_clustering = sink_options.value("defer_clustering", false)};
}

ClaimStore::ClaimStore(std::unique_ptr<StoreDb> db, Options options)
    : impl_(std::make_unique<Impl>(std::move(db), options)) {}
ClaimStore::~ClaimStore() = default;
Status ClaimStore::Open(const RunInfo& run) { return impl_->Open(run); }
Status ClaimStore::Write(const DocumentView& view) { return impl_->Write(view); }
Status ClaimStore::WriteRecord(std::string_view kind, const nlohmann::json& record) {
  return impl_->WriteRecord(kind, record);
}
Status ClaimStore::Close(const RunSummary&) { return impl_->Close(); }

}  // namespace claimex
