// numerals: every numeral of a document with its value and stated precision,
// and the document's decimal convention with the evidence for it.
//
// Writes the public layer "numbers" and the document property "convention".
// Later stages (money, gpu_count) read the numbers; an ambiguous numeral
// carries both readings (value, alt_value) so that a stage that knows the
// meaning ("a GPU count is an integer") can choose and say why.
#include <memory>
#include <string>

#include "claimex/plugin.h"
#include "data_files.h"
#include "numeral_parser.h"

namespace {

using claimex::Document;
using claimex::Status;
using claimex::numerals::Convention;

class Numerals final : public claimex::Stage {
 public:
  explicit Numerals(const nlohmann::json& options)
      : parser_(std::make_shared<const claimex::numerals::ScaleTables>(
            claimex::plugin::ResolveDataDir(options.at("data_dir").get<std::string>()))),
        max_evidence_(options.at("max_evidence").get<int>()) {}

  Status Process(Document& doc) override {
    const auto result = parser_.Parse(doc.text, doc.meta.lang);
    const auto& c = result.convention;
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& e : c.evidence) {
      if (static_cast<int>(evidence.size()) >= max_evidence_) break;
      evidence.push_back({{"text", doc.text.substr(e.begin, e.end - e.begin)},
                          {"supports", e.supports == Convention::kCommaDecimal ? "comma_decimal" : "dot_decimal"},
                          {"weight", e.weight}});
    }
    const bool comma = c.decimal == Convention::kCommaDecimal;
    doc.properties["convention"] = {{"decimal", comma ? "," : "."},
                                    {"group", comma ? "." : ","},
                                    {"confidence", std::round(c.confidence * 1000) / 1000},
                                    {"prior", c.prior.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.prior)},
                                    {"evidence", std::move(evidence)}};
    auto& layer = doc.layer("numbers");
    layer.items.reserve(result.numbers.size());
    for (const auto& n : result.numbers) {
      claimex::Annotation a;
      a.begin = n.begin;
      a.end = n.end;
      a.attrs.reserve(12);
      a.Add("value", n.value);
      a.Add("precision", n.precision);
      a.Add("integer", n.integer);
      if (n.scale != 0) {
        a.Add("scale", static_cast<std::int64_t>(n.scale));
        a.Add("scale_text", n.scale_text);
      }
      if (n.percent) a.Add("percent", true);
      if (n.plus) a.Add("plus", true);
      if (n.approx) a.Add("approx", true);
      if (n.year_like) a.Add("year_like", true);
      if (!n.range.empty()) a.Add("range", n.range);
      if (n.magnitude_unsure) a.Add("magnitude_unsure", true);
      a.Add("reading", n.reading);
      // The why matters where a choice was made; an unambiguous numeral's
      // reading is its own reason, and repeating it would bloat every record.
      if (n.reading != "unambiguous") a.Add("reason", n.reason);
      if (n.alt_value) {
        a.Add("alt_value", *n.alt_value);
        a.Add("alt_precision", *n.alt_precision);
        a.Add("alt_integer", n.alt_integer);
      }
      layer.items.push_back(std::move(a));
    }
    return Status::OK();
  }

 private:
  claimex::numerals::NumeralParser parser_;
  int max_evidence_;
};

}  // namespace

CLAIMEX_PLUGIN(Numerals, {
    .name = "numerals",
    .version = "1.0.0",
    .description = "Finds numerals (digits in any script, grouping, scale words, K/M/B suffixes, English "
                   "number words), decides the document's decimal convention from the evidence, and gives "
                   "each numeral its value and stated precision.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "data_dir": {"type": "string", "default": "",
                     "description": "Folder with scales/<lang>.tsv; empty: the data installed with claimex."},
        "max_evidence": {"type": "integer", "default": 8, "minimum": 0,
                         "description": "How many pieces of convention evidence to record per document."}
      },
      "additionalProperties": false
    })",
    .reads = "",
    .writes = "numbers",
});
