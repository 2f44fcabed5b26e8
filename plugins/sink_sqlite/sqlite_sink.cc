// sqlite: the embedded default store. The store itself (tables, versions,
// incremental clustering, stable keys) is core/merge/claim_store.h; this is
// SQLite under it (core/merge/sqlite_db.h), which `claimex report` reads
// through too.
#include <stdexcept>
#include <string>

#include "claim_store.h"
#include "claimex/plugin.h"
#include "sqlite_db.h"

namespace {

using nlohmann::json;

std::unique_ptr<claimex::StoreDb> OpenSqlite(const json& options) {
  const std::string path = options.at("path").get<std::string>();
  // A database in memory keeps nothing past the run; "-" is not stdout here.
  if (path == ":memory:" || path == "-" || path.rfind("file:", 0) == 0) {
    throw std::invalid_argument("path \"" + path + "\": the sqlite sink needs a database file");
  }
  return claimex::NewSqliteDb(path, /*read_only=*/false);
}

class SqliteSink final : public claimex::ClaimStore {
 public:
  explicit SqliteSink(const json& options) : ClaimStore(OpenSqlite(options), ClaimStore::Options::Of(options)) {}
};

}  // namespace

CLAIMEX_PLUGIN(
    SqliteSink,
    {
        .name = "sqlite",
        .version = "2.0.0",
        .description =
            "Stores documents, typed claims, clusters and conflicts in an SQLite database; idempotent, "
            "keys derived from content, clusters brought up to date incrementally at the end of each run.",
        .options_schema = R"({
      "type": "object",
      "properties": {
        "path": {"type": "string", "default": "claims.db", "minLength": 1,
                 "description": "Database file; created when missing."},
        "defer_clustering": {"type": "boolean", "default": false,
                             "description": "Write documents and claims only; leave finding copies and clustering to a later run (store_status says the clusters are stale until then). Parallel runs loading parts of one input cluster once at the end, and the store equals one run over the whole input."},
        "rebuild": {"type": "boolean", "default": false,
                    "description": "Find every copy and re-cluster every group again, not only what this run touched (the reference the incremental result equals)."}
      },
      "additionalProperties": false
    })",
        .reads = "",
        // It clusters what it holds: the host runs no collector that makes
        // clusters for it.
        .writes = "clusters",
    });
