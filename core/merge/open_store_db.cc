// OpenStoreDb: the engine a store URI names.
#include <filesystem>

#include "sqlite_db.h"
#include "store_db.h"
#ifdef CLAIMEX_HAVE_POSTGRESQL
#include "postgresql_db.h"
#endif

namespace claimex {

Status OpenStoreDb(const std::string& uri, bool read_only, std::unique_ptr<StoreDb>* db) {
  if (uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0) {
#ifdef CLAIMEX_HAVE_POSTGRESQL
    // PostgreSQL has no read-only connection to ask for: a reader only
    // reads, and a missing database is the connection's own error.
    std::unique_ptr<StoreDb> opened;
    if (Status s = NewPostgresqlDb(uri, &opened); !s.ok()) return s;
    if (Status s = opened->Open(); !s.ok()) return s;
    *db = std::move(opened);
    return Status::OK();
#else
    return Status::InvalidArgument(uri.substr(0, uri.find("://") + 3) +
                                   "...: this claimex was built without libpq (Debian libpq-dev); "
                                   "give an SQLite store (sqlite:PATH)");
#endif
  }
  const std::string path = uri.rfind("sqlite:", 0) == 0 ? uri.substr(7) : uri;
  if (path.empty()) return Status::InvalidArgument("--db \"" + uri + "\": no file named");
  std::error_code ec;
  if (read_only && !std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound(path + ": no such claims store (run `claimex run --sink sqlite:" + path +
                            "` to make one)");
  }
  auto opened = NewSqliteDb(path, read_only);
  if (Status s = opened->Open(); !s.ok()) return s;
  *db = std::move(opened);
  return Status::OK();
}

}  // namespace claimex
