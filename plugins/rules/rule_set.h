// Rule files of the rules stage, compiled, and matched against a document.
//
// A rule file is JSONL, one rule per line (schemas/rule.schema.json; blank
// lines are skipped):
//
//   {"id": "power.mw", "label": "power",
//    "pattern": "{number}\\s*(?P<unit>MW|megawatts?)",
//    "units": {"MW": 1e6, "megawatt": 1e6, "megawatts": 1e6}, "unit": "W"}
//
// The pattern is RE2 syntax (linear time, no backreferences), compiled once
// under a memory bound. `{number}` stands for one numeral of the `numbers`
// layer: the mention's value is that numeral's (so "1,2 GW" in a German
// article is 1.2) times the multiplier of the text the group `unit` took.
// Named groups with a meaning: `unit` (looked up in `units`), `bound`
// (looked up in `bounds`: "up to" -> at_most), `mention` (the span the
// mention covers, when it is not the whole match); any other named group is
// written as an attribute holding the text it took (or its entry in
// `words`, when the rule maps it). Matching folds case (Unicode simple
// folding) unless the rule says "case": "exact"; a match must start and end
// at word boundaries, except next to a Chinese or Japanese character.
//
// Overlaps: mentions of one layer never overlap. Of the matches of a
// layer's rules that overlap, the longest wins, then the higher priority,
// then the rule listed first (files in the order given, lines in order).
//
// Cost: every rule goes into one RE2::Set, so a document is scanned once to
// learn which rules match anywhere; only those are run to find where.
//
// Thread safety: a RuleSet is immutable once built; Find may be called from
// any number of threads at once.
#ifndef CLAIMEX_PLUGINS_RULES_RULE_SET_H_
#define CLAIMEX_PLUGINS_RULES_RULE_SET_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "claimex/document.h"

namespace claimex::rules {

struct RuleSetOptions {
  std::vector<std::string> files;
  std::vector<std::string> layers;  // the labels rules may use
  std::int64_t max_mem = 8 << 20;   // bytes of RE2 memory per rule
  std::int64_t set_max_mem = 256 << 20;  // bytes for the set of all rules
};

struct Rule {
  std::string id, label, file;
  int line = 0;
  int priority = 0;
  std::size_t order = 0;  // position over all files
  std::string unit;       // the unit values are given in ("W"); empty: none
  bool fold = true;
  bool has_number = false;
  // Keys folded when the rule folds case.
  std::map<std::string, double, std::less<>> units;
  std::map<std::string, std::string, std::less<>> bounds;
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> words;
  std::vector<std::pair<std::string, AttrValue>> attributes;  // constant ones
  std::unique_ptr<re2::RE2> re;
  // Capture group numbers (0: absent) and the other named groups.
  int number_group = 0, unit_group = 0, bound_group = 0, mention_group = 0;
  std::vector<std::pair<std::string, int>> captures;
};

// One mention found: the layer, the span in bytes of the document, and the
// attributes to write.
struct Found {
  const Rule* rule = nullptr;
  std::uint32_t begin = 0, end = 0;
  std::vector<std::pair<std::string, AttrValue>> attrs;
};

class RuleSet {
 public:
  // Reads and compiles every rule; throws std::runtime_error naming
  // file:line and the rule id (and RE2's message for a bad pattern).
  explicit RuleSet(const RuleSetOptions& options);
  ~RuleSet();

  // The mentions of `doc` (whose `numbers` layer is read), per layer in
  // text order; layers that found nothing are absent.
  std::map<std::string, std::vector<Found>> Find(const Document& doc) const;

  std::size_t size() const { return rules_.size(); }

 private:
  std::vector<Rule> rules_;
  std::unique_ptr<re2::RE2::Set> set_;
};

// Folds `s` as the rules do (Unicode simple case folding), to UTF-8.
std::string FoldUtf8(std::string_view s);

}  // namespace claimex::rules

#endif  // CLAIMEX_PLUGINS_RULES_RULE_SET_H_
