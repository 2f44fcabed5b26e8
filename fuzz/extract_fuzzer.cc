// A whole document through the default pipeline, in process, with the real
// plugins: every stage succeeds or rejects the document with a reason, and
// the annotations record is valid JSON whose spans lie inside the text.
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_util.h"
#include "pipeline.h"
#include "plugin_registry.h"
#include "records.h"
#include "utf8.h"

namespace {

struct DefaultPipeline {
  DefaultPipeline() {
    registry.Scan({CLAIMEX_PLUGIN_DIR});
    if (!claimex::Pipeline::Load(CLAIMEX_SOURCE_DIR "/pipelines/default.json", registry, std::nullopt, pipeline)
             .ok() ||
        !pipeline.CreateStages(stages).ok()) {
      std::abort();
    }
  }
  claimex::PluginRegistry registry;
  claimex::Pipeline pipeline;
  std::vector<std::unique_ptr<claimex::detail::StageHandle>> stages;
};

DefaultPipeline& Default() {
  static auto* pipeline = new DefaultPipeline();
  return *pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Default();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kLanguages[] = {"en", "de", "fr", "es", "vi", "pt-BR", "", "zh"};
  claimex::Document doc;
  doc.id = "fuzz";
  doc.meta.lang = kLanguages[data[0] % 8];
  doc.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  if (claimex::FindInvalidUtf8(doc.text)) return 0;  // the reader rejects it before any stage
  for (auto& stage : Default().stages) {
    const claimex::Status s = stage->Process(doc);
    if (!s.ok()) {
      if (s.message().empty()) std::abort();
      return 0;
    }
  }
  const claimex::RunInfo run{"fuzz", "0000000000000000"};
  const claimex::ProcessedDocument view(doc, run, Default().pipeline.output_layers());
  const auto record = nlohmann::json::parse(view.annotations_json(), nullptr, false);
  if (record.is_discarded()) std::abort();
  const std::size_t code_points = view.code_point_offset(static_cast<std::uint32_t>(doc.text.size()));
  for (const auto& [name, layer] : record.items()) {
    if (!layer.is_array()) continue;
    for (const auto& mention : layer) {
      const auto start = mention.value("start", std::size_t{0}), end = mention.value("end", std::size_t{0});
      if (start > end || end > code_points) std::abort();
    }
  }
  return 0;
}
