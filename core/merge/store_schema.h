// The relational schema of a claims store: one definition for every sink
// that keeps claims in a database (SQLite, PostgreSQL). README "The
// database" is the analyst's guide to it.
//
// Written in the SQL both engines read; StoreSchema() maps the few types
// that are spelt differently, and adds the indexes one engine alone needs.
// Keys are derived from content (documents, claims, mentions, conflicts)
// or kept stable across runs (clusters, see cluster_aliases), so writing
// the same input twice changes nothing.
//
// References between tables (a mention's doc_key, a member's cluster_key)
// are kept by the one writer of a store, which writes a row after the row
// it names in the same transaction and deletes in the other order; they are
// not declared as FOREIGN KEYs, because PostgreSQL checks a declared one
// with a query per row written: 117k mentions took 3.3 s with the check and
// 0.7 s without it. tests/store_test.cc checks that no reference dangles.
//
// Internal tables (names starting with "store_") hold what incremental
// clustering needs between runs: which groups of claims are stale, the
// paragraphs and LSH bands of documents, the sources outlets count as.
#ifndef CLAIMEX_CORE_MERGE_STORE_SCHEMA_H_
#define CLAIMEX_CORE_MERGE_STORE_SCHEMA_H_

#include <string>

namespace claimex {

// Bumped when a table changes shape; a store of another version is refused
// with a message saying so, never written into.
inline constexpr const char* kStoreSchemaVersion = "3";

enum class SqlDialect { kSqlite, kPostgres };

inline constexpr const char* kStoreSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
-- One row per run: a run that has not finished (killed, failed, or still
-- going) has finished NULL. Whether the clusters are current is in the
-- store_status view, not here: any later run brings them up to date.
CREATE TABLE IF NOT EXISTS runs (
  run_key   TEXT PRIMARY KEY,
  started   TEXT NOT NULL,          -- UTC, ISO 8601
  finished  TEXT,
  engine    TEXT NOT NULL,
  pipeline  TEXT NOT NULL,
  documents BIGINT                  -- documents this run wrote, once finished
);
-- Every text an id has had. A later run's new text for a known id is a new
-- version: the old row stays (current = 0, superseded_by the new doc_key),
-- its claims stay in claims for audit but leave the clusters.
CREATE TABLE IF NOT EXISTS documents (
  doc_key       TEXT PRIMARY KEY,   -- from id and text
  id            TEXT NOT NULL,
  version       BIGINT NOT NULL,    -- 1, 2, ... per id
  current       BIGINT NOT NULL,    -- 1 for the latest version of its id
  superseded_by TEXT,
  source        TEXT,               -- the outlet
  url           TEXT,
  published     TEXT,
  lang          TEXT,
  title         TEXT,
  text          TEXT NOT NULL,      -- NFC, the text offsets refer to
  engine        TEXT NOT NULL,
  pipeline      TEXT NOT NULL,
  copy_group    TEXT,               -- smallest id among its syndicated copies; NULL: copies nothing
  pending       BIGINT NOT NULL,    -- 1 until its copies are found (store_status)
  whole_sig     BLOB,               -- MinHash of all its paragraphs
  content_sig   BLOB                -- MinHash of its paragraphs that are not boilerplate
);
CREATE INDEX IF NOT EXISTS documents_by_id ON documents(id);
CREATE INDEX IF NOT EXISTS documents_by_source ON documents(source);
CREATE INDEX IF NOT EXISTS documents_by_copy_group ON documents(copy_group);
CREATE INDEX IF NOT EXISTS documents_pending ON documents(pending);
CREATE TABLE IF NOT EXISTS mentions (
  mention_key TEXT PRIMARY KEY,     -- from doc_key, layer, span and attributes
  doc_key     TEXT NOT NULL,        -- documents.doc_key
  layer       TEXT NOT NULL,
  start       BIGINT NOT NULL,      -- code point offsets into documents.text
  "end"       BIGINT NOT NULL,
  text        TEXT NOT NULL,
  attrs       TEXT NOT NULL         -- JSON object
);
CREATE INDEX IF NOT EXISTS mentions_by_doc ON mentions(doc_key);
-- One row per claim, typed: the fields of the claim record a query needs,
-- and the record itself.
CREATE TABLE IF NOT EXISTS claims (
  claim_key   TEXT PRIMARY KEY,     -- from doc_key, span and attributes
  doc_key     TEXT NOT NULL,        -- documents.doc_key
  member_key  TEXT NOT NULL,        -- cluster_members.member_key: document id and span
  group_key   TEXT NOT NULL,        -- subject and unit: the claims that may share a cluster
  subject     TEXT,                 -- entity id
  part_of     TEXT,                 -- the organisation the subject is a subsidiary of
  predicate   TEXT NOT NULL,
  family      TEXT NOT NULL,        -- what the predicate is a kind of: clusters are per family
  family_kind TEXT NOT NULL,        -- specific or generic
  amount      REAL NOT NULL,        -- in units of the currency, or a count
  unit        TEXT,                 -- ISO 4217 currency, "gpu", or a quantity's unit
  precision   REAL NOT NULL,
  bound       TEXT NOT NULL,        -- exact, approx, at_least, at_most, over, under
  low         REAL,                 -- what the figure stands for within its precision
  high        REAL,
  reach_low   REAL NOT NULL,        -- where it may touch another claim's clustering
  reach_high  REAL NOT NULL,
  model       TEXT,
  scope       TEXT,
  period      TEXT,
  per         TEXT,
  basis       TEXT,
  attribution TEXT,
  hedge       TEXT,
  start       BIGINT NOT NULL,      -- code point offsets into documents.text
  "end"       BIGINT NOT NULL,
  text        TEXT NOT NULL,
  sentence    TEXT,
  cluster_key TEXT,                 -- NULL while its document is superseded
  record      TEXT NOT NULL,        -- JSON claim record (schemas/claim.schema.json)
  member      TEXT NOT NULL         -- JSON cluster member: what clustering reads
);
CREATE INDEX IF NOT EXISTS claims_by_doc ON claims(doc_key);
-- A group's reaches in order, read without the rows: which of its claims
-- a run re-clusters (core/merge/clusters.h MemberReach).
CREATE INDEX IF NOT EXISTS claims_by_group ON claims(group_key, reach_low, reach_high);
CREATE INDEX IF NOT EXISTS claims_of_subsidiaries ON claims(group_key) WHERE part_of IS NOT NULL;
CREATE INDEX IF NOT EXISTS claims_by_subject ON claims(subject, predicate);
CREATE INDEX IF NOT EXISTS claims_by_predicate ON claims(predicate);
CREATE INDEX IF NOT EXISTS claims_by_cluster ON claims(cluster_key);
CREATE TABLE IF NOT EXISTS clusters (
  cluster_key  TEXT PRIMARY KEY,    -- stable: see cluster_aliases
  merge_key    TEXT NOT NULL,       -- the key `claimex merge` gives the same cluster
  group_key    TEXT NOT NULL,
  subject      TEXT,
  predicate    TEXT NOT NULL,       -- the slot's predicate family
  family_kind  TEXT NOT NULL,
  model        TEXT,
  unit         TEXT,
  per          TEXT,
  basis        TEXT,
  scope        TEXT,
  period       TEXT,
  amount       REAL NOT NULL,
  low          REAL,
  high         REAL,
  bound        TEXT NOT NULL,
  documents    BIGINT NOT NULL,
  sources      BIGINT NOT NULL,     -- independent: copies and one outlet's articles count once
  variants     BIGINT NOT NULL,
  joined       BIGINT NOT NULL,
  first_seen   TEXT,
  last_seen    TEXT,
  conflicts    BIGINT NOT NULL,     -- 1 when the cluster is in a conflict
  conflict_key TEXT,
  fact_key     TEXT,                -- the conflict key of its fact; NULL when it cannot conflict
  low_open     BIGINT NOT NULL,     -- 1 when low itself is excluded ("over 500")
  high_open    BIGINT NOT NULL,
  record       TEXT NOT NULL        -- JSON cluster record (schemas/cluster.schema.json)
);
-- A group's clusters by amount: those that may take a window's claims
-- (core/merge/claim_store.cc HeldOutside).
DROP INDEX IF EXISTS clusters_by_group;
CREATE INDEX IF NOT EXISTS clusters_by_group_amount ON clusters(group_key, amount);
CREATE INDEX IF NOT EXISTS clusters_by_fact ON clusters(fact_key);
CREATE INDEX IF NOT EXISTS clusters_by_subject ON clusters(subject, predicate);
CREATE INDEX IF NOT EXISTS clusters_by_predicate ON clusters(predicate);
CREATE INDEX IF NOT EXISTS clusters_by_sources ON clusters(sources, documents);
CREATE TABLE IF NOT EXISTS cluster_members (
  cluster_key TEXT NOT NULL,        -- clusters.cluster_key
  member_key  TEXT NOT NULL,        -- claims.member_key
  doc_id      TEXT NOT NULL,
  PRIMARY KEY (cluster_key, member_key)
);
-- A cluster key changes only when clusters merge (or a cluster loses every
-- member); the key that goes is kept here with the cluster it went into
-- (NULL when none), so a saved reference still resolves.
CREATE TABLE IF NOT EXISTS cluster_aliases (
  retired_key   TEXT PRIMARY KEY,
  successor_key TEXT
);
-- One row per fact (slot and qualifiers) whose clusters cannot all hold,
-- and one conflict_clusters row per cluster that disagrees with another:
-- linear in the clusters of the fact.
CREATE TABLE IF NOT EXISTS conflicts (
  conflict_key TEXT PRIMARY KEY,
  group_key    TEXT NOT NULL,
  subject      TEXT,
  predicate    TEXT NOT NULL,
  model        TEXT,
  unit         TEXT,
  scope        TEXT,
  period       TEXT,
  clusters     BIGINT NOT NULL,     -- how many clusters of the fact disagree
  reason       TEXT NOT NULL,
  record       TEXT NOT NULL        -- JSON conflict record (schemas/conflict.schema.json)
);
CREATE INDEX IF NOT EXISTS conflicts_by_group ON conflicts(group_key);
CREATE TABLE IF NOT EXISTS conflict_clusters (
  conflict_key TEXT NOT NULL,       -- conflicts.conflict_key
  cluster_key  TEXT NOT NULL,       -- clusters.cluster_key
  PRIMARY KEY (conflict_key, cluster_key)
);
CREATE TABLE IF NOT EXISTS fingerprints (
  doc_key   TEXT PRIMARY KEY,       -- documents.doc_key
  doc_id    TEXT NOT NULL,
  record    TEXT NOT NULL           -- JSON fingerprint record: what finds syndicated copies
);
CREATE TABLE IF NOT EXISTS records (
  record_key TEXT PRIMARY KEY,
  kind       TEXT NOT NULL,
  record     TEXT NOT NULL          -- JSON, as the collector emitted it
);
-- What of a group is stale: the reaches of the claims that changed (low
-- and high; NULL: the whole group). Written with the claims that make it
-- so, emptied as each group is re-clustered.
CREATE TABLE IF NOT EXISTS store_stale_groups (
  group_key TEXT NOT NULL,
  low       REAL,
  high      REAL,
  claim_key TEXT                    -- the claim that changed; NULL: any claim of that reach
);
CREATE INDEX IF NOT EXISTS store_stale_groups_by_claim ON store_stale_groups(group_key, claim_key);
-- Paragraph hashes of documents, and those that are boilerplate.
CREATE TABLE IF NOT EXISTS store_paragraphs (
  hash    BIGINT NOT NULL,
  doc_key TEXT NOT NULL,            -- documents.doc_key
  PRIMARY KEY (hash, doc_key)
);
-- A document's paragraphs, read for every document whose copies are found:
-- without it each read scans the table, a cost that grows with the store.
CREATE INDEX IF NOT EXISTS store_paragraphs_by_doc ON store_paragraphs(doc_key);
CREATE TABLE IF NOT EXISTS store_boilerplate (
  hash BIGINT PRIMARY KEY
);
-- The LSH band index: one row per current document and band of its
-- content signature; documents sharing a row are copy candidates.
CREATE TABLE IF NOT EXISTS store_bands (
  band      BIGINT NOT NULL,
  band_hash BIGINT NOT NULL,
  doc_key   TEXT NOT NULL,          -- documents.doc_key
  PRIMARY KEY (band, band_hash, doc_key)
);
CREATE INDEX IF NOT EXISTS store_bands_by_doc ON store_bands(doc_key);
-- Runs still writing documents that will cluster at their end, and how to
-- tell whether their client still runs (StoreDb::OwnerToken): a run that
-- ends while one of them still writes leaves the clustering to it, so that
-- writers side by side cluster once, not once each.
CREATE TABLE IF NOT EXISTS store_loading (
  run_key TEXT PRIMARY KEY,
  owner   TEXT NOT NULL
);
-- Outlets and copy groups that count as another source ("source:OUTLET",
-- "copy:ID" -> the one they count as).
CREATE TABLE IF NOT EXISTS store_source_roots (
  node TEXT PRIMARY KEY,
  root TEXT NOT NULL
);

-- Views an analyst starts from.
-- Facts: every cluster with its value and how many independent sources say it.
CREATE VIEW IF NOT EXISTS facts AS
  SELECT cluster_key, subject, predicate, model, scope, period, per, basis, amount, unit, low, high, bound,
         sources, documents, first_seen, last_seen, conflicts AS disputed
  FROM clusters;
-- Evidence: every current claim with its document, outlet and sentence.
CREATE VIEW IF NOT EXISTS evidence AS
  SELECT c.cluster_key, c.subject, c.predicate, c.amount, c.unit, c.bound, c.hedge, c.attribution,
         d.id AS doc, d.source AS outlet, d.published, d.url, d.title, c.text, c.sentence, c.start, c."end",
         d.copy_group
  FROM claims c JOIN documents d ON d.doc_key = c.doc_key
  WHERE d.current = 1;
-- Disagreements: one row per cluster of a fact whose clusters cannot all hold.
CREATE VIEW IF NOT EXISTS disagreements AS
  SELECT f.conflict_key, f.subject, f.predicate, f.model, f.scope, f.period, k.cluster_key, k.amount, k.unit,
         k.low, k.high, k.bound, k.sources, k.documents, f.reason
  FROM conflicts f JOIN conflict_clusters x ON x.conflict_key = f.conflict_key
       JOIN clusters k ON k.cluster_key = x.cluster_key;
-- Outlets: how many current documents each has, and the source it counts
-- as (another outlet's when it reprints that one's wire copy).
CREATE VIEW IF NOT EXISTS sources AS
  SELECT d.source AS outlet, COUNT(*) AS documents,
         COALESCE(r.root, 'source:' || d.source) AS counts_as
  FROM documents d LEFT JOIN store_source_roots r ON r.node = 'source:' || d.source
  WHERE d.current = 1 AND d.source IS NOT NULL
  GROUP BY d.source, r.root;
-- Whether the clusters are current: stale groups and pending documents are
-- work a killed run left; the next run does it.
CREATE VIEW IF NOT EXISTS store_status AS
  SELECT (SELECT COUNT(DISTINCT group_key) FROM store_stale_groups) AS stale_groups,
         (SELECT COUNT(*) FROM documents WHERE pending = 1) AS pending_documents,
         (SELECT COUNT(*) FROM runs WHERE finished IS NULL) AS unfinished_runs,
         CASE WHEN (SELECT COUNT(*) FROM store_stale_groups) = 0
                   AND (SELECT COUNT(*) FROM documents WHERE pending = 1) = 0 THEN 1 ELSE 0 END AS clusters_current;
)sql";

// Indexes only SQLite needs. What clustering reads of a claim's document,
// without the document's row: SQLite keeps a row's text in it, and a row
// read past the text crosses the pages it fills (PostgreSQL keeps large
// values out of the row). SQLite is told to use it: store_db.h IndexHint.
inline constexpr const char* kSqliteIndexes = R"sql(
CREATE INDEX IF NOT EXISTS documents_membership ON documents(doc_key, current, id, copy_group);
)sql";

// The schema in `dialect`'s spelling.
inline std::string StoreSchema(SqlDialect dialect) {
  std::string sql = kStoreSchema;
  if (dialect == SqlDialect::kSqlite) return sql + kSqliteIndexes;
  const std::pair<const char*, const char*> spelling[] = {
      {"CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW"},
      {" BLOB", " BYTEA"},
      {" REAL", " DOUBLE PRECISION"},
  };
  for (const auto& [from, to] : spelling) {
    for (std::size_t at = sql.find(from); at != std::string::npos;
         at = sql.find(from, at + std::char_traits<char>::length(to))) {
      sql.replace(at, std::char_traits<char>::length(from), to);
    }
  }
  return sql;
}

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_STORE_SCHEMA_H_
