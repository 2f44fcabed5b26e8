// money: amounts of money, from the numbers and the currency next to them.
//
// A number is money when a currency stands before it ("$", "US$", "€",
// "Rp") or after it and its scale word ("dollars", "de dólares", "元",
// "ドル"); years, percentages and amounts with no currency are not. The
// value is in units of the currency, the currency is ISO 4217, and the bound
// comes from cues around the amount (data/lexicon/bounds.tsv). In a range
// ("$40-45bn", "between €2 and €3 billion") both ends share the currency.
#include <string>
#include <vector>

#include "attrs.h"
#include "bounds.h"
#include "claimex/plugin.h"
#include "data_files.h"
#include "text_scan.h"

namespace {

using claimex::Annotation;
using claimex::Document;
using claimex::Status;
namespace plugin = claimex::plugin;

class Money final : public claimex::Stage {
 public:
  explicit Money(const nlohmann::json& options)
      : bounds_(plugin::ResolveDataDir(options.at("data_dir").get<std::string>())),
        dollar_(options.at("dollar_currency").get<std::string>()) {
    const std::string dir = plugin::ResolveDataDir(options.at("data_dir").get<std::string>());
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/currencies.tsv", 3)) {
      const std::string& where = row.fields[2];
      if (where != "prefix" && where != "suffix" && where != "both") {
        throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": where must be prefix, suffix or both");
      }
      // The label keeps the form so that "¥" and "$" can be read per document.
      const std::string label = row.fields[1] + "\t" + row.fields[0];
      if (where != "suffix") prefix_.Add(row.fields[0], label);
      if (where != "prefix") suffix_.Add(row.fields[0], label);
    }
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/connectors.tsv", 1)) connectors_.Add(row.fields[0], "of");
  }

  Status Process(Document& doc) override {
    const claimex::Layer* numbers = doc.find_layer("numbers");
    auto& money = doc.layer("money");
    const std::string_view text = doc.text;
    struct Found {
      const Annotation* number;
      std::uint32_t begin, end;
      std::string currency;
    };
    std::vector<Found> found;
    for (const Annotation& n : numbers->items) {
      if (plugin::AttrBool(n, "percent")) continue;
      Found f{&n, n.begin, n.end, ""};
      if (auto m = Prefix(text, n.begin, &f.begin)) f.currency = Iso(*m, doc);
      std::size_t suffix_end = 0;
      if (auto m = Suffix(text, n.end, &suffix_end)) {
        if (f.currency.empty()) f.currency = Iso(*m, doc);
        f.end = static_cast<std::uint32_t>(suffix_end);
      }
      found.push_back(f);
    }
    // Ranges share their currency: "$40-45bn", "2~3億ドル", "tussen de 40
    // miljard en 42 miljard dollar". A start whose magnitude is unsure ("300
    // to 5 million dollars": 300 or 300 million?) takes none: a missed
    // amount is better than a wrong one.
    for (std::size_t i = 0; i + 1 < found.size(); ++i) {
      if (plugin::AttrView(*found[i].number, "range") != "from" ||
          plugin::AttrView(*found[i + 1].number, "range") != "to") {
        continue;
      }
      if (found[i].currency.empty() && !plugin::AttrBool(*found[i].number, "magnitude_unsure")) {
        found[i].currency = found[i + 1].currency;
      }
      if (found[i + 1].currency.empty()) found[i + 1].currency = found[i].currency;
    }
    // A figure with a scale word and nothing after it, in the sentence of an
    // amount, is an amount of that currency: "raises 10 miljard dollar at a
    // valuation of 230 miljard", "sopra le attese, che indicavano circa 410
    // miliardi." Anything written after it ("2 billion users") keeps it out.
    const Found* last = nullptr;
    for (Found& f : found) {
      if (!f.currency.empty()) {
        last = &f;
        continue;
      }
      if (last == nullptr || !NothingAfter(text, f.end) || plugin::AttrDouble(*f.number, "scale").value_or(0) < 6 ||
          plugin::AttrBool(*f.number, "magnitude_unsure") || !SameSentence(text, last->end, f.begin)) {
        continue;
      }
      const double value = *plugin::AttrDouble(*f.number, "value");
      const double before = *plugin::AttrDouble(*last->number, "value");
      if (value <= 0 || before <= 0 || value / before > 1e3 || before / value > 1e3) continue;
      f.currency = last->currency;
    }
    std::string range_bound;
    const Found* previous = nullptr;
    bool previous_approx = false;
    for (const Found& f : found) {
      if (f.currency.empty()) continue;
      const Annotation& n = *f.number;
      const std::string_view range = plugin::AttrView(n, "range");
      // The end of a range takes the bound of its start: in "2~3億ドル" the
      // "~" joins, it is no "about".
      std::string bound = range == "to" && !range_bound.empty()
                              ? range_bound
                              : bounds_.For(text, f.begin, f.end, plugin::AttrBool(n, "plus"),
                                            plugin::AttrBool(n, "approx"));
      range_bound = range == "from" ? bound : "";
      // A conversion in parentheses right after an approximate amount is
      // approximate too: "zo'n 8,1 miljard dollar (7,5 miljard euro)".
      if (previous_approx && bound.size() == 5 && bound == "exact" &&
          InParenthesesAfter(text, previous->end, f.begin)) {
        bound = "approx";
      }
      previous = &f;
      previous_approx = bound.size() == 6 && bound == "approx";
      Annotation a;
      a.begin = f.begin;
      a.end = f.end;
      a.attrs.reserve(6);
      a.Add("value", *plugin::AttrDouble(n, "value"));
      a.Add("currency", f.currency);
      a.Add("bound", std::move(bound));
      a.Add("precision", *plugin::AttrDouble(n, "precision"));
      if (!range.empty()) a.Add("range", std::string(range));
      a.Add("reading", plugin::AttrString(n, "reading"));
      money.items.push_back(std::move(a));
    }
    return Status::OK();
  }

 private:
  // A currency directly before byte `at` (one space allowed); `begin` gets
  // where it starts.
  std::optional<std::string> Prefix(std::string_view text, std::uint32_t at, std::uint32_t* begin) const {
    std::size_t n = 0;
    std::size_t end = at;
    const char32_t c = plugin::DecodeBefore(text, end, &n);
    if (plugin::IsSpaceChar(c)) end -= n;
    auto m = prefix_.Before(text, end);
    if (!m) return std::nullopt;
    std::size_t start = end;
    for (std::size_t i = 0; i < m->length; ++i) {
      plugin::DecodeBefore(text, start, &n);
      start -= n;
    }
    *begin = static_cast<std::uint32_t>(start);
    return m->label;
  }

  // A currency after byte `at`, possibly after a connector ("de dólares").
  std::optional<std::string> Suffix(std::string_view text, std::uint32_t at, std::size_t* end) const {
    if (auto m = suffix_.After(text, at, end)) return m->label;
    std::size_t connector_end = 0;
    if (connectors_.After(text, at, &connector_end)) {
      if (auto m = suffix_.After(text, connector_end, end)) return m->label;
    }
    return std::nullopt;
  }

  // Only spaces, then punctuation or the end of the line, after byte `at`.
  static bool NothingAfter(std::string_view text, std::size_t at) {
    std::size_t n = 0;
    while (at < text.size()) {
      const char32_t c = plugin::DecodeAt(text, at, &n);
      if (c == '\n' || c == '\r') return true;
      if (!plugin::IsSpaceChar(c)) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == 0x3002 ||
               c == 0xFF0C || c == 0x3001 || c == 0xFF09 || c == 0xFF1B;
      }
      at += n;
    }
    return true;
  }

  // No line break or sentence end in [from, to).
  static bool SameSentence(std::string_view text, std::size_t from, std::size_t to) {
    std::size_t n = 0;
    for (std::size_t i = from; i < to; i += n) {
      const char32_t c = plugin::DecodeAt(text, i, &n);
      if (c == '\n' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F) return false;
      if ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && plugin::IsSpaceChar(static_cast<unsigned char>(text[i + 1]))) {
        return false;
      }
    }
    return true;
  }

  // [from, to) is an opening parenthesis between spaces.
  static bool InParenthesesAfter(std::string_view text, std::size_t from, std::size_t to) {
    std::size_t n = 0;
    bool paren = false;
    for (std::size_t i = from; i < to; i += n) {
      const char32_t c = plugin::DecodeAt(text, i, &n);
      if ((c == '(' || c == 0xFF08) && !paren) {
        paren = true;
      } else if (!plugin::IsSpaceChar(c)) {
        return false;
      }
    }
    return paren;
  }

  std::string Iso(const std::string& label, const Document& doc) const {
    const auto tab = label.find('\t');
    const std::string iso = label.substr(0, tab);
    const std::string form = label.substr(tab + 1);
    if (form == "$") return dollar_;
    // The yen sign also writes the yuan; Chinese text means yuan.
    if (form == "¥" && doc.meta.lang.rfind("zh", 0) == 0) return "CNY";
    return iso;
  }

  plugin::BoundCues bounds_;
  std::string dollar_;
  plugin::CueLexicon prefix_, suffix_, connectors_;
};

}  // namespace

CLAIMEX_PLUGIN(Money, {
    .name = "money",
    .version = "1.0.0",
    .description = "Money mentions: numbers with a currency before or after them, as ISO 4217 amounts in "
                   "units of the currency, with their bound (exact, approx, over, under, at_least, at_most).",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "data_dir": {"type": "string", "default": "",
                     "description": "Folder with lexicon/currencies.tsv, connectors.tsv and bounds.tsv; empty: the data installed with claimex."},
        "dollar_currency": {"type": "string", "default": "USD", "pattern": "^[A-Z]{3}$",
                            "description": "What a bare '$' means."}
      },
      "additionalProperties": false
    })",
    .reads = "numbers",
    .writes = "money",
});
