// Test library that runs code as soon as it is loaded: its static
// constructor creates the file $CLAIMEX_TEST_LOADED names. A run whose
// pipeline does not name it must not load it.
#include <cstdio>
#include <cstdlib>

#include "claimex/plugin.h"

namespace {

[[gnu::constructor]] void AnnounceLoad() {
  if (const char* path = std::getenv("CLAIMEX_TEST_LOADED")) {
    if (std::FILE* f = std::fopen(path, "w")) std::fclose(f);
  }
}

class LoudConstructor final : public claimex::Stage {
 public:
  explicit LoudConstructor(const nlohmann::json&) {}
  claimex::Status Process(claimex::Document&) override { return claimex::Status::OK(); }
};

}  // namespace

CLAIMEX_PLUGIN(LoudConstructor, {
    .name = "loud_constructor",
    .version = "0.1.0",
    .description = "Test stage whose library runs code when loaded.",
});
