// postgresql: the claims store in a PostgreSQL database, for a team. The
// same store as the sqlite sink (core/merge/claim_store.h: tables, versions,
// incremental clustering, stable keys), so the same input gives the same
// rows; core/merge/postgresql_db.h is the database under it (libpq, how
// concurrent runs take turns, round trips).
#include <memory>
#include <stdexcept>
#include <string>

#include "claim_store.h"
#include "claimex/plugin.h"
#include "postgresql_db.h"

namespace {

using nlohmann::json;

std::unique_ptr<claimex::StoreDb> OpenPostgres(const json& options) {
  std::unique_ptr<claimex::StoreDb> db;
  if (claimex::Status s = claimex::NewPostgresqlDb(options.at("uri").get<std::string>(), &db); !s.ok()) {
    throw std::invalid_argument(s.message());
  }
  return db;
}

class PostgresSink final : public claimex::ClaimStore {
 public:
  explicit PostgresSink(const json& options)
      : ClaimStore(OpenPostgres(options), ClaimStore::Options::Of(options)) {}
};

}  // namespace

CLAIMEX_PLUGIN(
    PostgresSink,
    {
        .name = "postgresql",
        .version = "1.0.0",
        .description =
            "Stores documents, typed claims, clusters and conflicts in a PostgreSQL database: the sqlite sink's "
            "schema and results; concurrent runs take turns per transaction.",
        .options_schema = R"({
      "type": "object",
      "properties": {
        "uri": {"type": "string", "minLength": 1,
                "description": "libpq connection URI: postgresql://USER@HOST:PORT/DB[?host=SOCKET_DIR...]"},
        "defer_clustering": {"type": "boolean", "default": false,
                             "description": "Write documents and claims only; leave finding copies and clustering to a later run (store_status says the clusters are stale until then). Parallel runs loading parts of one input cluster once at the end, and the store equals one run over the whole input."},
        "rebuild": {"type": "boolean", "default": false,
                    "description": "Find every copy and re-cluster every group again, not only what this run touched (the reference the incremental result equals)."}
      },
      "required": ["uri"],
      "additionalProperties": false
    })",
        .reads = "",
        // It clusters what it holds: the host runs no collector that makes
        // clusters for it.
        .writes = "clusters",
    });
