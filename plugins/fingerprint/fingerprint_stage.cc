// fingerprint: the word 5-gram shingles of each paragraph of a document,
// written as the document property "fingerprint", so that the merge can
// find syndicated copies across runs and shards (core/merge/fingerprint.h).
// Shingles are taken here, in the parallel map step, because the merge never
// sees the text; the merge signs them, once it knows which paragraphs are
// boilerplate.
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
    .description = "The word 5-gram shingles of each paragraph, from which dedupe and merge find syndicated "
                   "copies (MinHash, LSH) and count them as one source.",
    .options_schema = R"({"type": "object", "additionalProperties": false})",
    .reads = "",
    .writes = "",
});
