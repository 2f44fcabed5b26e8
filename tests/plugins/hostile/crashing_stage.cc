// Test plugin "crashing_stage": kills the process with a signal when the
// text contains a word, as a plugin with a memory bug would. With
// "wait_for", it first waits until that file exists, so that a test can
// crash it at a moment of its choosing (while a write is in flight).
#include <sys/stat.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <string>
#include <thread>

#include "claimex/plugin.h"

namespace {

class CrashingStage final : public claimex::Stage {
 public:
  explicit CrashingStage(const nlohmann::json& options)
      : crash_on_(options.at("crash_on").get<std::string>()),
        abort_(options.at("abort").get<bool>()),
        wait_for_(options.at("wait_for").get<std::string>()) {}

  claimex::Status Process(claimex::Document& doc) override {
    if (doc.text.find(crash_on_) == std::string::npos) return claimex::Status::OK();
    // Bounded, so that a test that never creates the file still ends.
    struct stat st;
    for (int i = 0; !wait_for_.empty() && i < 60000 && ::stat(wait_for_.c_str(), &st) != 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (abort_) std::abort();
    std::raise(SIGSEGV);
    return claimex::Status::OK();
  }

 private:
  std::string crash_on_;
  bool abort_;
  std::string wait_for_;
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
        "abort": {"type": "boolean", "default": false, "description": "Abort instead of SIGSEGV."},
        "wait_for": {"type": "string", "default": "", "description": "Before crashing, wait (up to a minute) until this file exists."}
      },
      "required": ["crash_on"],
      "additionalProperties": false
    })",
});
