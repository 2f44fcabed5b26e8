// Test plugin "undefined_symbol": calls a function no library defines, so
// that only immediate binding finds the fault before the run.
#include "claimex/plugin.h"

extern "C" void claimex_test_function_nobody_defines();

namespace {

class UndefinedSymbol final : public claimex::Stage {
 public:
  explicit UndefinedSymbol(const nlohmann::json&) {}
  claimex::Status Process(claimex::Document&) override {
    claimex_test_function_nobody_defines();
    return claimex::Status::OK();
  }
};

}  // namespace

CLAIMEX_PLUGIN(UndefinedSymbol, {
    .name = "undefined_symbol",
    .version = "0.1.0",
    .description = "Test stage linked against a symbol that does not exist.",
});
