#include "store_db.h"

#include <filesystem>

#include "sqlite_db.h"

namespace claimex {

Status OpenStoreDb(const std::string& uri, bool read_only, std::unique_ptr<StoreDb>* db) {
  if (uri.rfind("postgresql://", 0) == 0 || uri.rfind("postgres://", 0) == 0) {
    return Status::InvalidArgument("--db " + uri.substr(0, uri.find("://") + 3) +
                                   "...: PostgreSQL stores are not built into this report yet; "
                                   "give an SQLite store (sqlite:PATH)");
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
