// word_count: an example stage built out of tree against the claimex SDK.
// It marks words of at least `min_length` letters in each sentence.
#include <cctype>

#include "claimex/plugin.h"

namespace {

class WordCount final : public claimex::Stage {
 public:
  explicit WordCount(const nlohmann::json& options) : min_length_(options.at("min_length").get<int>()) {}

  claimex::Status Process(claimex::Document& doc) override {
    auto& words = doc.layer("long_words");
    for (const claimex::Annotation& sentence : doc.find_layer("sentences")->items) {
      std::uint32_t start = sentence.begin;
      for (std::uint32_t i = sentence.begin; i <= sentence.end; ++i) {
        const bool letter = i < sentence.end && std::isalpha(static_cast<unsigned char>(doc.text[i]));
        if (letter) continue;
        if (static_cast<int>(i - start) >= min_length_) words.items.push_back({start, i, {}});
        start = i + 1;
      }
    }
    return claimex::Status::OK();
  }

 private:
  int min_length_;
};

}  // namespace

CLAIMEX_PLUGIN(WordCount, {
    .name = "word_count",
    .version = "1.0.0",
    .description = "Example: marks long ASCII words, sentence by sentence.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "min_length": {"type": "integer", "minimum": 1, "default": 8,
                       "description": "Shortest word to mark."}
      },
      "additionalProperties": false
    })",
    .reads = "sentences",
    .writes = "long_words",
});
