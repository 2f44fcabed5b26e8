// power_stage: megawatts after a numeral of the numbers layer, as a layer
// whose mentions the claims stage turns into claims (power_stage.json).
#include <string_view>

#include "claimex/layers.h"
#include "claimex/plugin.h"

namespace {

class PowerStage final : public claimex::Stage {
 public:
  explicit PowerStage(const nlohmann::json&) {}

  claimex::Status Process(claimex::Document& doc) override {
    auto& power = doc.layer("power");
    const std::string_view text = doc.text;
    for (const claimex::Annotation& n : doc.find_layer("numbers")->items) {
      std::size_t at = n.end;
      while (at < text.size() && text[at] == ' ') ++at;
      if (text.substr(at, 2) != "MW") continue;
      const double value = claimex::GetNumber(n, "value").value_or(0);
      const double precision = claimex::GetNumber(n, "precision").value_or(0);
      // The attributes the claims stage's values option reads.
      power.items.push_back({n.begin, static_cast<std::uint32_t>(at + 2),
                             {{"value", value * 1e6}, {"unit", std::string("W")},
                              {"precision", precision * 1e6}, {"bound", std::string("exact")}}});
    }
    return claimex::Status::OK();
  }
};

}  // namespace

CLAIMEX_PLUGIN(PowerStage, {
    .name = "power_stage",
    .version = "1.0.0",
    .description = "Example: power in MW after a numeral, in watts, for the claims stage.",
    .options_schema = R"({"type": "object", "additionalProperties": false})",
    .reads = "numbers",
    .writes = "power",
});
