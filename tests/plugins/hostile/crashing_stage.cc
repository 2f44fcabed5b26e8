// Test plugin "crashing_stage": kills the process with a signal when the
// text contains a word, as a plugin with a memory bug would.
#include <csignal>
#include <cstdlib>
#include <string>

#include "claimex/plugin.h"

namespace {

class CrashingStage final : public claimex::Stage {
 public:
  explicit CrashingStage(const nlohmann::json& options)
      : crash_on_(options.at("crash_on").get<std::string>()), abort_(options.at("abort").get<bool>()) {}

  claimex::Status Process(claimex::Document& doc) override {
    if (doc.text.find(crash_on_) == std::string::npos) return claimex::Status::OK();
    if (abort_) std::abort();
    std::raise(SIGSEGV);
    return claimex::Status::OK();
  }

 private:
  std::string crash_on_;
  bool abort_;
};

}  // namespace

CLAIMEX_PLUGIN(CrashingStage, {
    .name = "crashing_stage",
    .version = "0.1.0",
    .description = "Test stage: dies of SIGSEGV (or SIGABRT) on a document containing a word.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "crash_on": {"type": "string", "minLength": 1, "description": "Crash on a text containing this."},
        "abort": {"type": "boolean", "default": false, "description": "Abort instead of SIGSEGV."}
      },
      "required": ["crash_on"],
      "additionalProperties": false
    })",
});
