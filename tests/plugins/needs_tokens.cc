// Test plugin that reads a layer no stage writes.
#include "claimex/plugin.h"

namespace {

class NeedsTokens final : public claimex::Stage {
 public:
  explicit NeedsTokens(const nlohmann::json&) {}
  claimex::Status Process(claimex::Document&) override { return claimex::Status::OK(); }
};

}  // namespace

CLAIMEX_PLUGIN(NeedsTokens, {
    .name = "needs_tokens",
    .version = "0.1.0",
    .description = "Test stage that reads the layer 'tokens'.",
    .reads = "tokens",
    .writes = "",
});
