// SQLite under the claims store (store_db.h): what the sqlite sink writes
// through and `claimex report` reads through.
//
// Concurrent runs: every write transaction is BEGIN IMMEDIATE under a long
// busy timeout, retried when SQLite still reports the file busy. WAL lets
// readers (an analyst's query, `claimex report`) read while a run writes.
#ifndef CLAIMEX_CORE_MERGE_SQLITE_DB_H_
#define CLAIMEX_CORE_MERGE_SQLITE_DB_H_

#include <memory>
#include <string>

#include "store_db.h"

namespace claimex {

// `read_only`: opens an existing file without writing to it (no journal
// mode change, no file created); Begin then fails.
std::unique_ptr<StoreDb> NewSqliteDb(std::string path, bool read_only);

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_SQLITE_DB_H_
