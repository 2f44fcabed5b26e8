// Test plugin whose constructor always throws.
#include <stdexcept>

#include "claimex/plugin.h"

namespace {

class ThrowingCtor final : public claimex::Stage {
 public:
  explicit ThrowingCtor(const nlohmann::json&) { throw std::runtime_error("cannot start: model file missing"); }
  claimex::Status Process(claimex::Document&) override { return claimex::Status::OK(); }
};

}  // namespace

CLAIMEX_PLUGIN(ThrowingCtor, {
    .name = "throwing_ctor",
    .version = "0.1.0",
    .description = "Test stage whose constructor throws.",
});
