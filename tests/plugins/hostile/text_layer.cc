// Test plugin "text_layer": writes a layer named like the annotations
// record's "text" field, which the pipeline must refuse.
#include "claimex/plugin.h"

namespace {

class TextLayer final : public claimex::Stage {
 public:
  explicit TextLayer(const nlohmann::json&) {}
  claimex::Status Process(claimex::Document& doc) override {
    doc.layer("text");
    return claimex::Status::OK();
  }
};

}  // namespace

CLAIMEX_PLUGIN(TextLayer, {
    .name = "text_layer",
    .version = "0.1.0",
    .description = "Test stage writing a layer named text.",
    .writes = "text",
});
