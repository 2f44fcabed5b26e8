// money: amounts of money, from the numbers and the currency next to them.
//
// A number is money when a currency stands before it ("$", "US$", "€",
// "Rp") or after it and its scale word ("dollars", "de dólares", "元",
// "ドル"), or when its scale word is a currency form with a power of ten
// ("42 cents", "41 G$"); years, percentages and amounts with no currency are
// not. The value is in units of the currency, the currency is ISO 4217, and
// the bound comes from cues around the amount (data/lexicon/bounds.tsv). In a
// range ("$40-45bn", "between €2 and €3 billion") both ends share the
// currency. A whole amount and its fraction ("7 dollars 20 cents") are one.
//
// Each mention says how its currency was found (currency_via): written with
// it; the document's dollar, for a bare "$", from the outlet's country
// (outlet), a local dollar sign written in an earlier sentence of a text
// that writes no US one (text), or the dollar_currency option (default); the nearest amount of its
// sentence, for a fraction such as "Cent" or a bare scaled figure (sentence);
// the other end of its range (range).
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
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

// One row of currencies.tsv.
struct Form {
  std::string text;
  std::string iso;                   // empty: the document's dollar, or (a fraction) none of its own
  bool dollar = false;               // "$", "dollars": what the document's dollar is
  bool fraction = false;             // a power of ten below 0: "cents", "groszy"
  std::vector<std::string> part_of;  // a fraction: the currencies whose amounts near it give it theirs
  bool local_dollar = false;         // the dollar of a country of its own (C$, A$): evidence for bare ones
  bool us = false;                   // the US dollar written as such (US$, USD): bare ones stay USD
};

class Money final : public claimex::Stage {
 public:
  explicit Money(const nlohmann::json& options)
      : bounds_(plugin::ResolveDataDir(options.at("data_dir").get<std::string>())),
        dollar_(options.at("dollar_currency").get<std::string>()),
        dollar_from_document_(options.at("dollar_from_document").get<bool>()) {
    const std::string dir = plugin::ResolveDataDir(options.at("data_dir").get<std::string>());
    std::set<std::string, std::less<>> region_dollars;
    std::map<std::string, std::string, std::less<>> suffix_labels;  // form as written -> its label
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/dollar_regions.tsv", 2)) {
      regions_[Lower(row.fields[0])] = row.fields[1];
      region_dollars.insert(row.fields[1]);
    }
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/currencies.tsv", 3)) {
      const std::string& where = row.fields[2];
      if (where != "prefix" && where != "suffix" && where != "both") {
        throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": where must be prefix, suffix or both");
      }
      Form form;
      form.text = row.fields[0];
      std::vector<std::string> codes = Words(row.fields[1]);
      if (codes.empty()) throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": no currency");
      for (std::size_t i = 0; i < codes.size(); ++i) {
        const bool special = i == 0 && (codes[i] == "$" || codes[i] == "-");
        if (!special && !IsIsoCode(codes[i])) {
          throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": \"" + codes[i] +
                                   "\" is no ISO 4217 code");
        }
      }
      form.dollar = codes[0] == "$";
      if (codes[0] != "$" && codes[0] != "-") form.iso = codes[0];
      form.part_of.assign(codes.begin() + 1, codes.end());
      form.fraction = row.fields.size() > 3 && !row.fields[3].empty() && row.fields[3][0] == '-';
      form.local_dollar = region_dollars.contains(form.iso);
      form.us = form.iso == "USD";
      const std::string label = std::to_string(forms_.size());
      forms_.push_back(std::move(form));
      if (where != "suffix") prefix_.Add(row.fields[0], label);
      if (where != "prefix") {
        suffix_.Add(row.fields[0], label);
        suffix_labels.emplace(row.fields[0], label);
      }
    }
    // "dollárt", "dolarlık": a case ending glued to a currency written after
    // the figure. Rows for scale words are the numerals stage's.
    for (const auto& inflected : plugin::ReadEndings(dir)) {
      if (auto it = suffix_labels.find(inflected.word); it != suffix_labels.end()) suffix_.Add(inflected.form, it->second);
    }
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/connectors.tsv", 1)) connectors_.Add(row.fields[0], "of");
    for (const auto& row : plugin::ReadTsv(dir + "/lexicon/subunit_joiners.tsv", 1)) joiners_.Add(row.fields[0], "and");
  }

  Status Process(Document& doc) override {
    const claimex::Layer* numbers = doc.find_layer("numbers");
    auto& money = doc.layer("money");
    const std::string_view text = doc.text;
    struct Found {
      const Annotation* number = nullptr;
      std::uint32_t begin = 0, end = 0;
      const Form* form = nullptr;
      bool suffix = false;  // the form stands after the figure (not before it)
      std::string currency;
      const char* via = "";
      double value = 0, precision = 0;
      int scale = 0;
      bool integer = false;
      std::string_view range, scale_text;
      bool dropped = false;
    };
    std::vector<Found> found;
    for (const Annotation& n : numbers->items) {
      if (plugin::AttrBool(n, "percent")) continue;
      Found f;
      f.number = &n;
      f.begin = n.begin;
      f.end = n.end;
      f.scale = static_cast<int>(plugin::AttrDouble(n, "scale").value_or(0));
      if (const Form* m = Prefix(text, n.begin, &f.begin)) f.form = m;
      std::size_t suffix_end = 0;
      if (const Form* m = Suffix(text, n.end, &suffix_end)) {
        if (f.form == nullptr) {
          f.form = m;
          f.suffix = true;
        }
        f.end = static_cast<std::uint32_t>(suffix_end);
      } else if (f.form == nullptr && f.scale != 0) {
        // The scale word may be the currency itself: "42 cents", "41 G$".
        f.scale_text = plugin::AttrView(n, "scale_text");
        f.form = ScaleForm(text, n, f.scale_text);
        f.suffix = f.form != nullptr;
      }
      f.range = plugin::AttrView(n, "range");
      // Without a currency only a range's end or a scaled figure can become
      // an amount (below).
      if (f.form == nullptr && f.range.empty() && f.scale < 6) continue;
      f.value = *plugin::AttrDouble(n, "value");
      f.precision = *plugin::AttrDouble(n, "precision");
      f.integer = plugin::AttrBool(n, "integer");
      found.push_back(f);
    }
    if (found.empty()) return Status::OK();

    // What a bare "$" means here: the outlet's country says; else a text
    // that wrote a local dollar sign ("C$") in an earlier sentence and no US
    // one uses that dollar bare too. A bare "$" in the sentence of a local
    // amount is its conversion ("C$1.2 billion ($870 million)", "NT$452
    // billion, or about $14 billion"), and a text that writes "US$" keeps
    // "$" for that; words ("452 miljard Taiwanese dollar, omgerekend 14
    // miljard dollar") are no evidence.
    std::string outlet;
    if (dollar_from_document_) outlet = OutletDollar(doc.meta);
    bool writes_us = false;
    for (const Found& f : found) writes_us = writes_us || (f.form != nullptr && f.form->us);
    std::string local;
    bool several_locals = false;
    const Found* last_local = nullptr;
    auto document_dollar = [&](Found& f) {
      if (!outlet.empty()) {
        f.currency = outlet;
        f.via = "outlet";
      } else if (dollar_from_document_ && f.form->text.find('$') != std::string::npos && !local.empty() &&
                 !several_locals && !writes_us &&
                 !SameSentence(text, last_local->end, f.begin)) {
        f.currency = local;
        f.via = "text";
      } else {
        f.currency = dollar_;
        f.via = "default";
      }
    };
    std::vector<std::size_t> fractions;
    for (std::size_t i = 0; i < found.size(); ++i) {
      Found& f = found[i];
      if (f.form == nullptr) continue;
      if (f.form->local_dollar && f.form->text.find('$') != std::string::npos) {
        if (local.empty()) local = f.form->iso;
        several_locals = several_locals || local != f.form->iso;
        last_local = &f;
      }
      if (!f.form->part_of.empty()) {
        fractions.push_back(i);
        continue;
      }
      if (f.form->dollar) {
        document_dollar(f);
      } else {
        f.currency = Iso(*f.form, doc);
        f.via = "written";
      }
    }
    // A fraction ("Cent", "cents", "centavos") is of the currency of the
    // amount nearest it in its sentence, when that currency has such
    // fractions: "fiel um 42 Cent auf 7,20 Dollar"; else of its default.
    for (const std::size_t i : fractions) {
      Found& f = found[i];
      const Found* nearest = nullptr;
      for (std::size_t k = i; k-- > 0 && nearest == nullptr;) {
        if (!SameSentence(text, found[k].end, f.begin)) break;
        if (Fits(found[k], f)) nearest = &found[k];
      }
      for (std::size_t k = i + 1; k < found.size(); ++k) {
        if (!SameSentence(text, f.end, found[k].begin)) break;
        if (!Fits(found[k], f)) continue;
        if (nearest == nullptr || found[k].begin - f.end < f.begin - nearest->end) nearest = &found[k];
        break;
      }
      if (nearest != nullptr) {
        f.currency = nearest->currency;
        f.via = "sentence";
      } else if (f.form->dollar) {
        document_dollar(f);
      } else if (!f.form->iso.empty()) {
        f.currency = f.form->iso;
        f.via = "written";
      }
    }
    // A whole amount and its fraction are one: "7 dollars 20 cents",
    // "seven dollars and twenty cents".
    for (std::size_t i = 0; i + 1 < found.size(); ++i) {
      Found& a = found[i];
      Found& b = found[i + 1];
      if (a.currency.empty() || b.currency != a.currency || !a.suffix || a.form->fraction || b.form == nullptr ||
          !b.form->fraction || !a.range.empty() || !b.range.empty() || !a.integer || a.scale != 0 || b.value <= 0 ||
          b.value >= 1 ||
          !JoinedByAnd(text, a.end, b.begin)) {
        continue;
      }
      const double unit = std::pow(10.0, b.scale);
      a.value += b.value;
      a.precision = std::min(b.precision, 0.5 * unit);
      a.end = b.end;
      b.dropped = true;
      ++i;
    }
    // Ranges share their currency: "$40-45bn", "2~3億ドル", "tussen de 40
    // miljard en 42 miljard dollar". A start whose magnitude is unsure ("300
    // to 5 million dollars": 300 or 300 million?) takes none: a missed
    // amount is better than a wrong one.
    for (std::size_t i = 0; i + 1 < found.size(); ++i) {
      if (found[i].dropped || found[i + 1].dropped || found[i].range != "from" || found[i + 1].range != "to") {
        continue;
      }
      if (found[i].currency.empty() && !found[i + 1].currency.empty() &&
          !plugin::AttrBool(*found[i].number, "magnitude_unsure")) {
        found[i].currency = found[i + 1].currency;
        found[i].via = "range";
      }
      if (found[i + 1].currency.empty() && !found[i].currency.empty()) {
        found[i + 1].currency = found[i].currency;
        found[i + 1].via = "range";
      }
    }
    // A figure with a scale word and nothing after it, in the sentence of an
    // amount, is an amount of that currency: "raises 10 miljard dollar at a
    // valuation of 230 miljard", "sopra le attese, che indicavano circa 410
    // miliardi." Anything written after it ("2 billion users") keeps it out.
    const Found* last = nullptr;
    for (Found& f : found) {
      if (f.dropped) continue;
      if (!f.currency.empty()) {
        last = &f;
        continue;
      }
      if (last == nullptr || !NothingAfter(text, f.end) || f.scale < 6 ||
          plugin::AttrBool(*f.number, "magnitude_unsure") || !SameSentence(text, last->end, f.begin)) {
        continue;
      }
      const double value = f.value;
      const double before = last->value;
      if (value <= 0 || before <= 0 || value / before > 1e3 || before / value > 1e3) continue;
      f.currency = last->currency;
      f.via = "sentence";
    }
    std::string range_bound;
    const Found* previous = nullptr;
    bool previous_approx = false;
    for (const Found& f : found) {
      if (f.currency.empty() || f.dropped) continue;
      const Annotation& n = *f.number;
      const std::string_view range = f.range;
      // The end of a range takes the bound of its start: in "2~3億ドル" the
      // "~" joins, it is no "about".
      std::string bound = range == "to" && !range_bound.empty()
                              ? range_bound
                              : bounds_.For(text, f.begin, f.end, plugin::AttrBool(n, "plus"),
                                            plugin::AttrBool(n, "approx"), doc.meta.lang);
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
      a.attrs.reserve(7);
      a.Add("value", f.value);
      a.Add("currency", f.currency);
      a.Add("currency_via", std::string(f.via));
      a.Add("bound", std::move(bound));
      a.Add("precision", f.precision);
      if (!range.empty()) a.Add("range", std::string(range));
      a.Add("reading", plugin::AttrString(n, "reading"));
      money.items.push_back(std::move(a));
    }
    return Status::OK();
  }

 private:
  // A currency directly before byte `at` (one space allowed); `begin` gets
  // where it starts.
  const Form* Prefix(std::string_view text, std::uint32_t at, std::uint32_t* begin) const {
    std::size_t n = 0;
    std::size_t end = at;
    const char32_t c = plugin::DecodeBefore(text, end, &n);
    if (plugin::IsSpaceChar(c)) end -= n;
    auto m = prefix_.Before(text, end);
    if (!m) return nullptr;
    *begin = static_cast<std::uint32_t>(plugin::StartOfCodePoints(text, end, m->length));
    return &forms_[std::stoul(m->label)];
  }

  // A currency after byte `at`, possibly after a connector ("de dólares")
  // or, in a compound, a hyphen ("20-Milliarden-Euro-Fonds").
  const Form* Suffix(std::string_view text, std::uint32_t at, std::size_t* end) const {
    if (auto m = suffix_.After(text, at, end)) return &forms_[std::stoul(m->label)];
    if (at + 1 < text.size() && text[at] == '-' && plugin::IsLetter(static_cast<unsigned char>(text[at + 1]))) {
      if (auto m = suffix_.After(text, at + 1, end)) return &forms_[std::stoul(m->label)];
    }
    std::size_t connector_end = 0;
    if (connectors_.After(text, at, &connector_end)) {
      if (auto m = suffix_.After(text, connector_end, end)) return &forms_[std::stoul(m->label)];
    }
    return nullptr;
  }

  // The currency form that is a number's own scale word ("cents", "G$"),
  // not one its range partner lent it.
  const Form* ScaleForm(std::string_view text, const Annotation& number, std::string_view scale_text) const {
    if (scale_text.empty() || number.end - number.begin < scale_text.size() ||
        text.substr(number.end - scale_text.size(), scale_text.size()) != scale_text) {
      return nullptr;
    }
    std::size_t end = 0;
    auto m = suffix_.After(scale_text, 0, &end);
    return m && end == scale_text.size() ? &forms_[std::stoul(m->label)] : nullptr;
  }

  // The dollar of the outlet's country: the region of the document's
  // language tag ("en-CA"), else the top-level domain of its url or source.
  std::string OutletDollar(const claimex::Metadata& meta) const {
    if (regions_.empty()) return "";
    const auto cut = meta.lang.find_first_of("-_");
    if (cut != std::string::npos) {
      // The region is the subtag of two letters: "zh-Hant-TW", "fr-CA".
      std::string_view rest = std::string_view(meta.lang).substr(cut + 1);
      while (!rest.empty()) {
        const auto next = rest.find_first_of("-_");
        const std::string_view subtag = rest.substr(0, next);
        if (subtag.size() == 2) {
          if (auto it = regions_.find(Lower(subtag)); it != regions_.end()) return it->second;
        }
        if (next == std::string_view::npos) break;
        rest.remove_prefix(next + 1);
      }
    }
    for (const std::string* where : {&meta.url, &meta.source}) {
      std::string_view host = *where;
      if (const auto scheme = host.find("://"); scheme != std::string_view::npos) host.remove_prefix(scheme + 3);
      host = host.substr(0, host.find_first_of("/:?# "));
      const auto dot = host.rfind('.');
      if (dot == std::string_view::npos) continue;
      if (auto it = regions_.find(Lower(host.substr(dot + 1))); it != regions_.end()) return it->second;
    }
    return "";
  }

  // Whether `amount` can give the fraction `fraction` its currency.
  static bool Fits(const auto& amount, const auto& fraction) {
    if (amount.currency.empty() || amount.form == nullptr || amount.form->fraction || amount.dropped) return false;
    const auto& part_of = fraction.form->part_of;
    return std::find(part_of.begin(), part_of.end(), amount.currency) != part_of.end();
  }

  // Only spaces and at most one joining word ("and", "und") in [from, to).
  bool JoinedByAnd(std::string_view text, std::size_t from, std::size_t to) const {
    std::size_t n = 0;
    std::size_t at = from;
    while (at < to && plugin::IsSpaceChar(plugin::DecodeAt(text, at, &n))) at += n;
    std::size_t joiner_end = 0;
    if (at < to && joiners_.After(text, at, &joiner_end) && joiner_end <= to) at = joiner_end;
    while (at < to && plugin::IsSpaceChar(plugin::DecodeAt(text, at, &n))) at += n;
    return at == to;
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

  static std::string Iso(const Form& form, const Document& doc) {
    // The yen sign also writes the yuan; Chinese text means yuan.
    if (form.text == "¥" && doc.meta.lang.rfind("zh", 0) == 0) return "CNY";
    return form.iso;
  }

  static std::string Lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }

  static bool IsIsoCode(std::string_view code) {
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  static std::vector<std::string> Words(std::string_view field) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < field.size();) {
      const std::size_t end = std::min(field.find(' ', i), field.size());
      if (end > i) out.emplace_back(field.substr(i, end - i));
      i = end + 1;
    }
    return out;
  }

  plugin::BoundCues bounds_;
  std::string dollar_;
  bool dollar_from_document_;
  std::vector<Form> forms_;  // a lexicon label is an index here
  std::map<std::string, std::string, std::less<>> regions_;
  plugin::CueLexicon prefix_, suffix_, connectors_, joiners_;
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
                     "description": "Folder with lexicon/currencies.tsv, connectors.tsv, bounds.tsv, dollar_regions.tsv, subunit_joiners.tsv and lang/<code>/bounds.tsv; empty: the data installed with claimex."},
        "dollar_currency": {"type": "string", "default": "USD", "pattern": "^[A-Z]{3}$",
                            "description": "What a bare '$' means when the document does not say."},
        "dollar_from_document": {"type": "boolean", "default": true,
                                 "description": "Whether the outlet's country (lexicon/dollar_regions.tsv) or a local dollar written earlier in a text with no US one (C$, A$) decides what a bare '$' means."}
      },
      "additionalProperties": false
    })",
    .reads = "numbers",
    .writes = "money",
});
