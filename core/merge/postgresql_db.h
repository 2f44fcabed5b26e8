// The claims store's database (store_db.h) in PostgreSQL, over libpq: what
// the postgresql sink writes into, and what any other part of claimex that
// reads a store (a report, a test) opens for a postgresql:// URI. Built only
// where CMake finds libpq (Debian libpq-dev): the target
// claimex_postgresql_db.
//
// Writers: each write transaction (Begin) first takes one transaction-scoped
// advisory lock, so claimex runs into one database take turns per
// transaction, as they do on SQLite's write lock: the merge reads what it is
// about to rewrite, and two merges of one group at once would interleave.
// Since no two claimex transactions hold row locks at once, they cannot
// deadlock each other; another client of the database can deadlock with
// one, or fail its serialization: LastFailureIsTransient says so, and the
// store (claim_store.cc) runs the transaction again.
//
// Bulk writes (BulkWrite) COPY into a staging table of the connection, then
// go into their table in one statement, keys sorted.
//
// Round trips: statements whose rows nobody reads (Execute) are sent in
// libpq's pipeline mode, without waiting for each answer; their results are
// checked, in order, before the next statement with rows and at commit, so a
// failure is never lost, only reported a few statements later.
//
// One connection, used from one thread at a time.
#ifndef CLAIMEX_CORE_MERGE_POSTGRESQL_DB_H_
#define CLAIMEX_CORE_MERGE_POSTGRESQL_DB_H_

#include <memory>
#include <string>

#include "claimex/status.h"
#include "store_db.h"

namespace claimex {

// A store at `uri`, a libpq connection URI (postgresql://USER@HOST:PORT/DB
// or postgres://...), not yet connected: its Open() connects. On success
// *db owns it; InvalidArgument, naming the URI without its password, when
// `uri` is no PostgreSQL URI.
Status NewPostgresqlDb(const std::string& uri, std::unique_ptr<StoreDb>* db);

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_POSTGRESQL_DB_H_
