// Test plugin "marker": marks every occurrence of a word, and fails or
// throws on demand so that the host's error paths can be exercised.
#include <stdexcept>
#include <string>

#include "claimex/plugin.h"

namespace {

class Marker final : public claimex::Stage {
 public:
  explicit Marker(const nlohmann::json& options)
      : word_(options.at("word").get<std::string>()),
        fail_on_(options.at("fail_on").get<std::string>()),
        throw_on_(options.at("throw_on").get<std::string>()) {}

  claimex::Status Process(claimex::Document& doc) override {
    if (!throw_on_.empty() && doc.text.find(throw_on_) != std::string::npos) {
      throw std::runtime_error("marker met \"" + throw_on_ + "\"");
    }
    if (!fail_on_.empty() && doc.text.find(fail_on_) != std::string::npos) {
      return claimex::Status::InvalidArgument("marker refuses \"" + fail_on_ + "\"");
    }
    auto& layer = doc.layer("marks");
    for (auto pos = doc.text.find(word_); pos != std::string::npos;
         pos = doc.text.find(word_, pos + word_.size())) {
      claimex::Annotation a;
      a.begin = static_cast<std::uint32_t>(pos);
      a.end = static_cast<std::uint32_t>(pos + word_.size());
      a.Set("word", word_);
      a.Set("sentences_seen", static_cast<std::int64_t>(
                                  doc.find_layer("sentences") ? doc.find_layer("sentences")->items.size() : 0));
      layer.items.push_back(std::move(a));
    }
    return claimex::Status::OK();
  }

 private:
  std::string word_, fail_on_, throw_on_;
};

}  // namespace

CLAIMEX_PLUGIN(Marker, {
    .name = "marker",
    .version = "0.1.0",
    .description = "Test stage: marks a word; fails or throws on demand.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "word": {"type": "string", "minLength": 1, "description": "What to mark."},
        "fail_on": {"type": "string", "default": "", "description": "Return an error when the text contains this."},
        "throw_on": {"type": "string", "default": "", "description": "Throw when the text contains this."}
      },
      "required": ["word"],
      "additionalProperties": false
    })",
    .reads = "sentences",
    .writes = "marks",
});
