// rules: layers of mentions found by RE2 patterns from rule files, written
// without compiling anything (rule_set.h has the format and the policy).
//
// Writes the layers of its `layers` option ("$layers": the host reads them
// from the options to check the pipeline's data flow), each one present,
// perhaps empty, in every document. Reads `numbers` for `{number}`.
#include <memory>
#include <mutex>

#include "claimex/plugin.h"
#include "rule_set.h"

namespace {

using claimex::Document;
using claimex::Status;
using claimex::rules::RuleSet;

// One compiled set per configuration, shared by the stage instances of
// every worker thread: RE2 matches from any thread, and 10,000 rules
// compiled once per thread would multiply the start.
std::shared_ptr<const RuleSet> SharedRuleSet(const nlohmann::json& options) {
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const RuleSet>> cache;
  const std::string key = options.dump();
  std::lock_guard<std::mutex> lock(mutex);
  if (auto set = cache[key].lock()) return set;
  claimex::rules::RuleSetOptions o;
  o.files = options.at("files").get<std::vector<std::string>>();
  o.layers = options.at("layers").get<std::vector<std::string>>();
  o.max_mem = options.at("max_mem").get<std::int64_t>();
  o.set_max_mem = options.at("set_max_mem").get<std::int64_t>();
  auto set = std::make_shared<const RuleSet>(o);
  cache[key] = set;
  return set;
}

class Rules final : public claimex::Stage {
 public:
  explicit Rules(const nlohmann::json& options)
      : rules_(SharedRuleSet(options)), layers_(options.at("layers").get<std::vector<std::string>>()) {}

  Status Process(Document& doc) override {
    for (const auto& name : layers_) doc.layer(name);
    for (auto& [label, found] : rules_->Find(doc)) {
      auto& layer = doc.layer(label).items;
      layer.reserve(found.size());
      for (auto& f : found) layer.push_back({f.begin, f.end, std::move(f.attrs)});
    }
    return Status::OK();
  }

 private:
  std::shared_ptr<const RuleSet> rules_;
  std::vector<std::string> layers_;
};

}  // namespace

CLAIMEX_PLUGIN(Rules, {
    .name = "rules",
    .version = "1.0.0",
    .description = "Finds mentions with RE2 patterns read from rule files (JSONL), with values from the numbers "
                   "layer through {number}, and writes them to the layers the rules name.",
    .options_schema = R"({
      "type": "object",
      "description": "Rule files are JSONL, one rule per line (schemas/rule.schema.json): {\"id\": \"power.mw\", \"label\": \"power\", \"pattern\": \"{number}\\\\s*(?P<unit>MW|megawatts?)\", \"units\": {\"MW\": 1e6, \"megawatt\": 1e6, \"megawatts\": 1e6}, \"unit\": \"W\"}. id: unique over all files. label: the layer, one of the layers option. pattern: RE2 syntax, where {number} (once at most) is one numeral of the numbers layer (not a percentage), read in the document's decimal convention. Named groups: unit (its text, looked up in units, multiplies the numeral), bound (looked up in bounds: {\"up to\": \"at_most\"}; else approx for 'tens of', over for '2+', exact), mention (the span of the mention when it is not the whole match); any other named group becomes an attribute with the text it took, or its entry in words ({\"group\": {\"text\": \"value\"}}). attributes: constant attributes of every mention ({\"predicate\": \"power_capacity\"}). priority: integer, default 0. case: fold (default: Unicode simple case folding, also of the keys of units, bounds and words) or exact. A match starts and ends at word boundaries except next to Chinese or Japanese characters. Each mention has rule (the id), and with {number} value (numeral times multiplier), unit (the rule's unit), precision and bound. Overlaps: within a layer, the longest match wins, then the higher priority, then the rule listed first. A bad rule stops the stage at start with file:line, the rule id and RE2's message.",
      "properties": {
        "files": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1, "format": "path"},
                  "description": "Rule files, in order (the order breaks ties); relative paths are relative to the pipeline file that names them."},
        "layers": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                   "description": "The layers the rules write (every rule's label is one): each is in every annotations record, empty when nothing matched."},
        "max_mem": {"type": "integer", "default": 8388608, "minimum": 65536, "maximum": 1073741824,
                    "description": "Bytes of memory RE2 may use for one rule's pattern."},
        "set_max_mem": {"type": "integer", "default": 268435456, "minimum": 1048576, "maximum": 4294967296,
                        "description": "Bytes of memory RE2 may use for the set of all rules, which finds in one pass over a document the rules that match it."}
      },
      "required": ["files", "layers"],
      "additionalProperties": false
    })",
    .reads = "numbers",
    .writes = "$layers",
});
