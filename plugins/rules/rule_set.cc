#include "rule_set.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <re2/re2.h>
#include <re2/set.h>

#include "claimex/layers.h"
#include "data_files.h"
#include "text_scan.h"

namespace claimex::rules {
namespace {

using nlohmann::json;

// A numeral of the numbers layer stands in the scanned text as this one
// private-use character (U+E000), which no rule can spell but `{number}`.
constexpr std::string_view kNumberMark = "\xEE\x80\x80";
constexpr std::string_view kPlaceholder = "{number}";
constexpr int kMaxRuleDepth = 16;
const std::set<std::string, std::less<>> kBounds = {"exact", "approx", "over", "under", "at_least", "at_most"};
// Attributes the stage writes itself.
const std::set<std::string, std::less<>> kReserved = {"rule", "value", "unit", "precision", "bound", "number"};

std::string_view View(const re2::StringPiece& piece) { return std::string_view(piece.data(), piece.size()); }

// What a rule's line says, checked field by field: errors name the field.
class RuleReader {
 public:
  RuleReader(const std::string& file, int line) : where_(file + ":" + std::to_string(line)) {}

  [[noreturn]] void Fail(const std::string& why) const {
    throw std::runtime_error(where_ + (id_.empty() ? "" : ": rule \"" + id_ + "\"") + ": " + why);
  }
  void SetId(const std::string& id) { id_ = id; }

  std::string String(const json& j, const char* key, bool required) const {
    if (!j.contains(key)) {
      if (required) Fail(std::string("needs \"") + key + "\"");
      return "";
    }
    if (!j[key].is_string() || j[key].get_ref<const std::string&>().empty()) {
      Fail(std::string("\"") + key + "\" must be a non-empty string");
    }
    return j[key].get<std::string>();
  }

  // An object whose values are all of one kind, checked by `ok`.
  template <typename Ok>
  const json& Object(const json& j, const char* key, const char* what, Ok ok) const {
    static const json kEmpty = json::object();
    if (!j.contains(key)) return kEmpty;
    if (!j[key].is_object()) Fail(std::string("\"") + key + "\" must be an object");
    for (const auto& [k, v] : j[key].items()) {
      if (k.empty() || !ok(v)) Fail(std::string("\"") + key + "\" maps \"" + k + "\" to " + v.dump() + ", not " + what);
    }
    return j[key];
  }

 private:
  std::string where_, id_;
};

// The pattern RE2 compiles: `{number}` made the group `number` over the
// mark.
std::string Translate(const RuleReader& reader, const std::string& pattern, bool* has_number) {
  std::string out;
  std::size_t at = 0, found = 0;
  *has_number = false;
  while ((found = pattern.find(kPlaceholder, at)) != std::string::npos) {
    if (*has_number) reader.Fail("pattern: {number} may appear once");
    *has_number = true;
    out.append(pattern, at, found - at).append("(?P<number>\\x{E000})");
    at = found + kPlaceholder.size();
  }
  out.append(pattern, at, std::string::npos);
  return out;
}

Rule ReadRule(const std::string& file, int line_number, const std::string& line, const RuleSetOptions& options,
              std::size_t order) {
  RuleReader reader(file, line_number);
  json j;
  try {
    j = json::parse(line, [](int depth, json::parse_event_t, json&) {
      if (depth > kMaxRuleDepth) throw std::runtime_error("nested deeper than 16 levels");
      return true;
    });
  } catch (const std::exception& e) {
    reader.Fail(std::string("not a JSON rule: ") + e.what());
  }
  if (!j.is_object()) reader.Fail("a rule is a JSON object");
  static const std::set<std::string, std::less<>> kFields = {"id",    "label",  "pattern",  "priority", "case",
                                                             "units", "unit",   "bounds",   "words",    "attributes",
                                                             "comment"};
  Rule rule;
  rule.file = file;
  rule.line = line_number;
  rule.order = order;
  rule.id = reader.String(j, "id", true);
  reader.SetId(rule.id);
  for (const auto& [key, value] : j.items()) {
    if (!kFields.contains(key)) reader.Fail("unknown field \"" + key + "\" (schemas/rule.schema.json lists them)");
  }
  rule.label = reader.String(j, "label", true);
  if (std::find(options.layers.begin(), options.layers.end(), rule.label) == options.layers.end()) {
    std::string layers;
    for (const auto& l : options.layers) layers += (layers.empty() ? "" : ", ") + l;
    reader.Fail("label \"" + rule.label + "\" is not one of the stage's layers option (" + layers + ")");
  }
  const std::string pattern = reader.String(j, "pattern", true);
  if (j.contains("priority")) {
    if (!j["priority"].is_number_integer()) reader.Fail("\"priority\" must be an integer");
    rule.priority = j["priority"].get<int>();
  }
  if (j.contains("case")) {
    const std::string c = reader.String(j, "case", false);
    if (c != "fold" && c != "exact") reader.Fail("\"case\" is fold or exact");
    rule.fold = c == "fold";
  }
  rule.unit = reader.String(j, "unit", false);
  auto key = [&](const std::string& k) { return rule.fold ? FoldUtf8(k) : k; };
  for (const auto& [k, v] : reader.Object(j, "units", "a positive number", [](const json& v) {
         return v.is_number() && v.get<double>() > 0;
       }).items()) {
    rule.units[key(k)] = v.get<double>();
  }
  for (const auto& [k, v] : reader.Object(j, "bounds", "a bound (exact, approx, over, under, at_least, at_most)",
                                          [](const json& v) { return v.is_string() && kBounds.contains(v.get<std::string>()); })
                                .items()) {
    rule.bounds[key(k)] = v.get<std::string>();
  }
  for (const auto& [group, map] : reader.Object(j, "words", "an object of strings", [](const json& v) {
         return v.is_object() && std::all_of(v.begin(), v.end(), [](const json& s) { return s.is_string(); });
       }).items()) {
    auto& words = rule.words[group];
    for (const auto& [k, v] : map.items()) words[key(k)] = v.get<std::string>();
  }
  for (const auto& [k, v] : reader.Object(j, "attributes", "a string, number or boolean", [](const json& v) {
         return v.is_string() || v.is_number() || v.is_boolean();
       }).items()) {
    if (kReserved.contains(k) || k.find('.') != std::string::npos) {
      reader.Fail("\"attributes\" may not set \"" + k + "\", which the stage writes (or a dotted key)");
    }
    if (v.is_string()) rule.attributes.emplace_back(k, v.get<std::string>());
    if (v.is_boolean()) rule.attributes.emplace_back(k, v.get<bool>());
    if (v.is_number_integer()) rule.attributes.emplace_back(k, v.get<std::int64_t>());
    if (v.is_number_float()) rule.attributes.emplace_back(k, v.get<double>());
  }

  re2::RE2::Options re_options;
  re_options.set_encoding(re2::RE2::Options::EncodingUTF8);
  re_options.set_longest_match(true);
  re_options.set_log_errors(false);
  re_options.set_max_mem(options.max_mem);
  re_options.set_case_sensitive(!rule.fold);
  rule.re = std::make_unique<re2::RE2>(Translate(reader, pattern, &rule.has_number), re_options);
  if (!rule.re->ok()) reader.Fail("pattern: " + rule.re->error());
  if (re2::RE2::FullMatch("", *rule.re)) reader.Fail("pattern matches the empty text");
  for (const auto& [name, group] : rule.re->NamedCapturingGroups()) {
    if (name == "number") {
      if (!rule.has_number) reader.Fail("pattern: the group name \"number\" is {number}'s");
      rule.number_group = group;
    } else if (name == "unit") {
      rule.unit_group = group;
    } else if (name == "bound") {
      rule.bound_group = group;
    } else if (name == "mention") {
      rule.mention_group = group;
    } else if (kReserved.contains(name)) {
      reader.Fail("pattern: the group name \"" + name + "\" is an attribute the stage writes");
    } else {
      rule.captures.emplace_back(name, group);
    }
  }
  if (rule.unit_group != 0 && rule.units.empty()) reader.Fail("the group `unit` needs \"units\"");
  if (rule.unit_group == 0 && !rule.units.empty()) reader.Fail("\"units\" needs a group `unit` in the pattern");
  if (rule.bound_group != 0 && rule.bounds.empty()) reader.Fail("the group `bound` needs \"bounds\"");
  if (!rule.has_number && (rule.unit_group != 0 || !rule.unit.empty())) {
    reader.Fail("a unit needs a {number} in the pattern");
  }
  for (const auto& entry : rule.words) {
    const std::string& group = entry.first;  // clang 14 captures no structured binding
    if (std::none_of(rule.captures.begin(), rule.captures.end(), [&](const auto& c) { return c.first == group; })) {
      reader.Fail("\"words\" names a group \"" + group + "\" that the pattern does not have");
    }
  }
  return rule;
}

// The document as the rules see it: the text with every numeral of the
// numbers layer replaced by the mark, and the way back to byte offsets.
struct Scanned {
  std::string text;
  struct Mark {
    std::uint32_t at;  // offset of the mark in `text`
    const Annotation* number;
  };
  std::vector<Mark> marks;

  Scanned(const Document& doc) {
    const Layer* numbers = doc.find_layer("numbers");
    if (numbers == nullptr || numbers->items.empty()) {
      text = doc.text;
      return;
    }
    text.reserve(doc.text.size());
    std::uint32_t copied = 0;
    for (const Annotation& n : numbers->items) {
      // A percentage is not a quantity of anything a unit could follow.
      if (n.begin < copied || GetBool(n, "percent")) continue;
      text.append(doc.text, copied, n.begin - copied);
      marks.push_back({static_cast<std::uint32_t>(text.size()), &n});
      text.append(kNumberMark);
      copied = n.end;
    }
    text.append(doc.text, copied, std::string::npos);
  }

  // The byte offset in the document of offset `at` of `text`, which is not
  // inside a mark.
  std::uint32_t ToDocument(std::size_t at) const {
    auto after = std::upper_bound(marks.begin(), marks.end(), at,
                                  [](std::size_t pos, const Mark& m) { return pos < m.at; });
    if (after == marks.begin()) return static_cast<std::uint32_t>(at);
    const Mark& m = *std::prev(after);
    return static_cast<std::uint32_t>(m.number->end + (at - m.at - kNumberMark.size()));
  }
  // The numeral whose mark starts at `at`, or nullptr (a U+E000 of the text).
  const Annotation* NumberAt(std::size_t at) const {
    auto it = std::lower_bound(marks.begin(), marks.end(), at, [](const Mark& m, std::size_t pos) { return m.at < pos; });
    return it != marks.end() && it->at == at ? it->number : nullptr;
  }
  std::uint32_t DocumentBegin(std::size_t at) const {
    if (const Annotation* n = NumberAt(at)) return n->begin;
    return ToDocument(at);
  }
  std::uint32_t DocumentEnd(std::size_t at) const {
    if (at >= kNumberMark.size()) {
      if (const Annotation* n = NumberAt(at - kNumberMark.size())) return n->end;
    }
    return ToDocument(at);
  }
};

// Whether a match may start (or end) at `at`: not inside a word, except
// where a Chinese or Japanese character stands on either side.
bool AtBoundary(std::string_view text, std::size_t at) {
  if (at == 0 || at >= text.size()) return true;
  std::size_t n = 0;
  const char32_t before = plugin::DecodeBefore(text, at, &n);
  const char32_t after = plugin::DecodeAt(text, at, &n);
  if (plugin::IsCjk(before) || plugin::IsCjk(after)) return true;
  return !(plugin::IsWordChar(before) && plugin::IsWordChar(after));
}

// The key a group's text is looked up by: without the spaces around it
// ("up to " in "(?P<bound>up to\s+)?"), folded when the rule folds.
std::string Key(const Rule& rule, std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return std::string();
  text = text.substr(first, text.find_last_not_of(" \t\n") - first + 1);
  return rule.fold ? FoldUtf8(text) : std::string(text);
}

std::string Lookup(const Rule& rule, std::string_view text, const std::map<std::string, std::string, std::less<>>& map,
                   bool* found) {
  const std::string key = Key(rule, text);
  const auto it = map.find(key);
  *found = it != map.end();
  return *found ? it->second : std::string();
}

// The matches of `rule` in `s`, left to right, not overlapping one another.
void Scan(const Rule& rule, const Scanned& s, std::vector<Found>& out) {
  const int groups = 1 + rule.re->NumberOfCapturingGroups();
  std::vector<re2::StringPiece> g(static_cast<std::size_t>(groups));
  const re2::StringPiece text(s.text);
  std::size_t pos = 0;
  while (pos < s.text.size() &&
         rule.re->Match(text, pos, s.text.size(), re2::RE2::UNANCHORED, g.data(), groups)) {
    const std::size_t begin = g[0].data() - s.text.data();
    const std::size_t end = begin + g[0].size();
    auto next = [&] {
      std::size_t n = 0;
      plugin::DecodeAt(s.text, begin, &n);
      return begin + n;
    };
    if (!AtBoundary(s.text, begin) || !AtBoundary(s.text, end)) {
      pos = next();
      continue;
    }
    pos = end;
    Found f;
    f.rule = &rule;
    const re2::StringPiece span = rule.mention_group != 0 && g[rule.mention_group].data() != nullptr
                                      ? g[rule.mention_group]
                                      : g[0];
    const std::size_t span_begin = span.data() - s.text.data();
    f.begin = s.DocumentBegin(span_begin);
    f.end = s.DocumentEnd(span_begin + span.size());
    if (f.begin >= f.end) continue;
    f.attrs.emplace_back("rule", rule.id);
    if (rule.has_number) {
      const Annotation* number = s.NumberAt(g[rule.number_group].data() - s.text.data());
      if (number == nullptr) continue;
      double multiplier = 1;
      if (rule.unit_group != 0 && g[rule.unit_group].data() != nullptr) {
        const auto it = rule.units.find(Key(rule, View(g[rule.unit_group])));
        // A unit the rule does not give a multiplier for is no value of it.
        if (it == rule.units.end()) continue;
        multiplier = it->second;
      }
      f.attrs.emplace_back("value", *GetNumber(*number, "value") * multiplier);
      if (!rule.unit.empty()) f.attrs.emplace_back("unit", rule.unit);
      f.attrs.emplace_back("precision", GetNumber(*number, "precision").value_or(0) * multiplier);
      std::string bound = "exact";
      if (GetBool(*number, "approx")) bound = "approx";
      if (GetBool(*number, "plus")) bound = "over";
      if (rule.bound_group != 0 && g[rule.bound_group].data() != nullptr) {
        bool known = false;
        std::string stated = Lookup(rule, View(g[rule.bound_group]), rule.bounds, &known);
        if (known) bound = std::move(stated);
      }
      f.attrs.emplace_back("bound", bound);
    }
    for (const auto& [name, group] : rule.captures) {
      if (g[group].data() == nullptr) continue;
      const auto words = rule.words.find(name);
      bool known = false;
      std::string value = words == rule.words.end() ? std::string() : Lookup(rule, View(g[group]), words->second, &known);
      if (!known) value = std::string(View(g[group]));
      f.attrs.emplace_back(name, std::move(value));
    }
    for (const auto& a : rule.attributes) f.attrs.push_back(a);
    out.push_back(std::move(f));
  }
}

}  // namespace

std::string FoldUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char32_t c : plugin::FoldToU32(s)) plugin::AppendUtf8(c, out);
  return out;
}

RuleSet::RuleSet(const RuleSetOptions& options) {
  std::map<std::string, std::string, std::less<>> seen;  // id -> file:line
  for (const std::string& file : options.files) {
    std::ifstream in = plugin::OpenDataFile(file);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      Rule rule = ReadRule(file, number, line, options, rules_.size());
      const auto [it, inserted] = seen.emplace(rule.id, file + ":" + std::to_string(number));
      if (!inserted) {
        throw std::runtime_error(file + ":" + std::to_string(number) + ": rule \"" + rule.id +
                                 "\": the id is already used at " + it->second);
      }
      rules_.push_back(std::move(rule));
    }
    plugin::CheckRead(in, file);
  }
  if (rules_.empty()) throw std::runtime_error("the rule files hold no rule");
  re2::RE2::Options set_options;
  set_options.set_encoding(re2::RE2::Options::EncodingUTF8);
  set_options.set_log_errors(false);
  set_options.set_max_mem(options.set_max_mem);
  set_ = std::make_unique<re2::RE2::Set>(set_options, re2::RE2::UNANCHORED);
  for (const Rule& rule : rules_) {
    std::string error;
    // One set serves rules that fold case and rules that do not.
    if (set_->Add((rule.fold ? "(?i:" : "(?:") + rule.re->pattern() + ")", &error) < 0) {
      throw std::runtime_error(rule.file + ":" + std::to_string(rule.line) + ": rule \"" + rule.id +
                               "\": pattern: " + error);
    }
  }
  if (!set_->Compile()) {
    throw std::runtime_error("the " + std::to_string(rules_.size()) +
                             " rules together need more than set_max_mem (" + std::to_string(options.set_max_mem) +
                             " bytes) of RE2 memory");
  }
}

RuleSet::~RuleSet() = default;

std::map<std::string, std::vector<Found>> RuleSet::Find(const Document& doc) const {
  std::map<std::string, std::vector<Found>> by_layer;
  const Scanned scanned(doc);
  std::vector<int> hits;
  re2::RE2::Set::ErrorInfo error{};
  if (!set_->Match(scanned.text, &hits, &error)) {
    if (error.kind == re2::RE2::Set::kNoError) return by_layer;
    // The set's DFA ran out of memory on this text: each rule alone (with
    // RE2's own fallback) gives the same mentions, only slower.
    hits.resize(rules_.size());
    for (std::size_t i = 0; i < rules_.size(); ++i) hits[i] = static_cast<int>(i);
  }
  std::sort(hits.begin(), hits.end());
  std::map<std::string, std::vector<Found>> candidates;
  for (const int i : hits) {
    const Rule& rule = rules_[static_cast<std::size_t>(i)];
    Scan(rule, scanned, candidates[rule.label]);
  }
  for (auto& [label, found] : candidates) {
    // Longest first, then priority, then the rule listed first.
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
      if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
      if (a.rule->priority != b.rule->priority) return a.rule->priority > b.rule->priority;
      if (a.rule->order != b.rule->order) return a.rule->order < b.rule->order;
      return a.begin < b.begin;
    });
    std::map<std::uint32_t, std::uint32_t> taken;  // begin -> end, not overlapping
    std::vector<Found> kept;
    for (Found& f : found) {
      auto next = taken.lower_bound(f.end);
      if (next != taken.begin() && std::prev(next)->second > f.begin) continue;
      taken.emplace(f.begin, f.end);
      kept.push_back(std::move(f));
    }
    if (kept.empty()) continue;
    std::sort(kept.begin(), kept.end(), [](const Found& a, const Found& b) { return a.begin < b.begin; });
    by_layer[label] = std::move(kept);
  }
  return by_layer;
}

}  // namespace claimex::rules
