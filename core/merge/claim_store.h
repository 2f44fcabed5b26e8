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
  // `rebuild`: find every copy and re-cluster every group, not only what
  // the run touched (the reference the incremental result equals).
  ClaimStore(std::unique_ptr<StoreDb> db, bool rebuild);
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
