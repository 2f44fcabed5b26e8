// The claims store: documents, typed claims, clusters and conflicts in a
// relational database (schema: store_schema.h), brought up to date
// incrementally at the end of each run. Both database sinks are this, over
// their engine's StoreDb (store_db.h); claim_store.cc says how it works.
#ifndef CLAIMEX_CORE_MERGE_CLAIM_STORE_H_
#define CLAIMEX_CORE_MERGE_CLAIM_STORE_H_

#include <memory>

#include "claimex/stage.h"
#include "store_db.h"

namespace claimex {

class ClaimStore : public Sink {
 public:
  struct Options {
    // Find every copy and re-cluster every group, not only what the run
    // touched (the reference the incremental result equals).
    bool rebuild = false;
    // Write documents and claims only, and leave copies and clusters to a
    // later run (store_status says they are stale): runs loading parts of
    // one input side by side then cluster once, at the end, and the store
    // equals one run over the whole input, cluster keys included.
    bool defer_clustering = false;

    // From a sink's options ("rebuild", "defer_clustering").
    static Options Of(const nlohmann::json& sink_options);
  };

  ClaimStore(std::unique_ptr<StoreDb> db, Options options);
  ~ClaimStore() override;

  Status Open(const RunInfo& run) override;
  Status Write(const DocumentView& view) override;
  Status WriteRecord(std::string_view kind, const nlohmann::json& record) override;
  Status Close(const RunSummary& summary) override;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_CLAIM_STORE_H_
