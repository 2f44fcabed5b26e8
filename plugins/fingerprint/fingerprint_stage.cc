// fingerprint: per-paragraph MinHash signatures of a document, written as
// the document property "fingerprint", so that the merge can find
// syndicated copies across runs and shards (core/merge/fingerprint.h).
// The signatures are computed here, in the parallel map step, because the
// merge never sees the text.
#include "claimex/plugin.h"
#include "fingerprint.h"

namespace {

using claimex::Status;

class FingerprintStage final : public claimex::Stage {
 public:
  explicit FingerprintStage(const nlohmann::json&) {}

  Status Process(claimex::Document& doc) override {
    doc.properties["fingerprint"] = claimex::FingerprintJson(claimex::FingerprintText(doc.text));
    return Status::OK();
  }
};

}  // namespace

CLAIMEX_PLUGIN(FingerprintStage, {
    .name = "fingerprint",
    .version = "1.0.0",
    .description = "MinHash signatures (128 hashes over word 5-gram shingles) of each paragraph, so that "
                   "dedupe and merge can count syndicated copies as one source.",
    .options_schema = R"({"type": "object", "additionalProperties": false})",
    .reads = "",
    .writes = "",
});
