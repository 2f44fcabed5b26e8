// dedupe: the cross-document collector that turns the claims of a run into
// claim clusters and conflict records (kinds "cluster" and "conflict"),
// using the same merge as `claimex merge` (core/merge/clusters.h), so a run
// and a map/reduce over shards agree.
#include "claimex/plugin.h"
#include "clusters.h"

namespace {

using claimex::Status;

class Dedupe final : public claimex::Collector {
 public:
  explicit Dedupe(const nlohmann::json&) {}

  Status Collect(const claimex::DocumentView& doc) override {
    // The annotations record has the claims in their output form, with
    // code point offsets: the form merge reads from any source.
    return clusters_.Add(nlohmann::json::parse(doc.annotations_json()));
  }

  Status Finish(claimex::RecordEmitter& out) override {
    Status status;
    const Status read = clusters_.ForEachRecord([&](const nlohmann::json& record) {
      if (status.ok()) status = out.Emit(record["schema"] == claimex::kConflictSchema ? "conflict" : "cluster", record);
    });
    return read.ok() ? status : read;
  }

 private:
  claimex::ClusterSet clusters_;
};

}  // namespace

CLAIMEX_PLUGIN(Dedupe, {
    .name = "dedupe",
    .version = "1.0.0",
    .description = "Claim clusters across documents: claims of one slot whose values agree within their "
                   "stated precision, with their sources, and one conflict record per fact whose clusters "
                   "cannot all agree.",
    .options_schema = R"({"type": "object", "additionalProperties": false})",
    .reads = "claims",
    .writes = "clusters",
});
