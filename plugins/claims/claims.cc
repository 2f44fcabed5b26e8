// claims: who spent how much on what, according to whom.
//
// One claim per value mention (money, GPU count, a quantity of a layer the values option names), assembled from the cues of
// the document's language (language_data.h; data/lang/<code>/):
//   predicate    the predicate cue nearest the value, where a clause boundary
//                or another amount in between counts as far; GPU counts are
//                gpu_count. A sentence without one takes the headline's, when
//                all the headline's cues name one family; none gives
//                "unknown", never a guess. `predicate_via` says which.
//   subject      the entity the clause is about (Subject() lists the
//                order): the possessor of the value or of its predicate
//                ("Nvidia's market value", "la valorisation de Mistral"), a
//                name the language marks as subject (は), the first name of
//                the value's clause, then of its sentence (names in relative
//                and subordinate clauses and parentheses skipped), the
//                recipient of a subsidy or fine, a company stating its own
//                figure, an anaphor's antecedent, the document's focus.
//                Sources (analysts, media, regulators) and GPU vendors are
//                never subjects. `subject.via` says how it was found.
//   attribution  the entity after "according to", before "said"; "the firm"
//                and "the report" mean the source last named.
//   hedge        the hedge cue nearest the value.
//   qualifiers   scope (a training run, a total, a combined figure) from
//                the value's clause; period from a period cue and the year
//                nearest the amount (clause, sentence, then a headline's
//                quarter); `per` ("a share", "per GPU", "a year") next to it;
//                `basis`: a forecast or an end of a range. Each qualifier
//                belongs to the amount nearest it. An amount per share or per
//                unit is a price (per_unit.tsv). A conversion in parentheses
//                says what the amount before it says.
//   family       the slot a merge groups the predicate under, and whether it
//                is specific or generic (predicate_families.tsv).
// Attributes use dotted keys ("subject.id") that outputs write as nested
// objects.
#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "attrs.h"
#include "claimex/plugin.h"
#include "data_files.h"
#include "language_data.h"
#include "text_scan.h"

namespace {

using claimex::Annotation;
using claimex::AttrValue;
using claimex::Document;
using claimex::Status;
using claimex::claims::Cue;
using claimex::claims::CueKind;
using claimex::claims::Language;
using claimex::claims::Possessive;
using claimex::claims::Token;
namespace plugin = claimex::plugin;

std::size_t Gap(std::size_t a_begin, std::size_t a_end, std::size_t b_begin, std::size_t b_end) {
  if (a_end <= b_begin) return b_begin - a_end;
  if (b_end <= a_begin) return a_begin - b_end;
  return 0;
}

// A comma inside a numeral ("NT$1,05") is not a clause boundary.
bool IsBoundaryAt(std::string_view text, std::size_t i) {
  const char ch = text[i];
  if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') {
    const bool in_number = ch == ',' && i > 0 && i + 1 < text.size() &&
                           std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                           std::isdigit(static_cast<unsigned char>(text[i + 1]));
    return !in_number;
  }
  // U+2014 and U+2013, the em and en dashes, start with E2 80 94/93; CJK
  // commas and semicolons (U+3001, U+FF0C, U+FF1B) are boundaries too.
  const auto b = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  if (b(i) == 0xE2 && b(i + 1) == 0x80 && (b(i + 2) == 0x94 || b(i + 2) == 0x93)) return true;
  if (b(i) == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x81) return true;
  if (b(i) == 0xEF && b(i + 1) == 0xBC && (b(i + 2) == 0x8C || b(i + 2) == 0x9B)) return true;
  return false;
}

// Views into the entity's own attributes, which live as long as the
// document: entity references are copied around freely.
struct EntityRef {
  const Annotation* annotation;
  std::string_view id, type, category;
  std::string_view part_of;  // the organisation it belongs to (gazetteer), or empty
  std::size_t begin() const { return annotation->begin; }
  std::size_t end() const { return annotation->end; }
};

// Entities are sorted by start and do not overlap, so their ends are sorted
// too: every lookup below is a binary search plus a walk bounded by the
// sentence, and a document with 100,000 mentions costs no more per claim
// than one with ten.
std::size_t FirstStartingAtOrAfter(const std::vector<EntityRef>& entities, std::size_t pos) {
  return static_cast<std::size_t>(
      std::lower_bound(entities.begin(), entities.end(), pos,
                       [](const EntityRef& e, std::size_t at) { return e.begin() < at; }) -
      entities.begin());
}

// Cues further than this from a value are not its cues; the bound keeps a
// run-on "sentence" of thousands of values linear.
constexpr std::size_t kCueReach = 500;
// What a clause boundary between a cue and an amount adds to their distance.
constexpr std::size_t kBoundaryCost = 200;
// How many words may stand between a possessor and what it owns ("Nvidia's
// quarterly data-centre revenue").
constexpr int kPossessiveGapWords = 2;
// What the headline's first organisation counts for in the document's focus.
constexpr int kHeadlineSubjectWeight = 4;
// How far a forecast may miss the figure it is of, as a ratio: a
// consensus seldom misses by a third.
constexpr double kForecastMiss = 1.4;
// How often one figure may stand in a document and still be taken for one
// fact restated: past it, a table of equal amounts, not a story.
constexpr std::size_t kMostRestatements = 8;
// A per-unit cue belongs to the amount it touches: "$28 a share".
constexpr std::size_t kPerReach = 24;

// The cues of one span of text, found once for all the claims in it.
struct SpanCues {
  std::size_t begin = 0, end = 0;
  bool valid = false;
  std::vector<Cue> predicates, attribution, hedges, anaphora, qualifiers, clauses;
};

struct Source {
  EntityRef entity;
  bool named_here = false;  // named in the claim's sentence, not an anaphor
};

struct Family {
  std::string name;
  bool generic = false;
  bool possessor_is_object = false;  // "the acquisition of X": X is bought, not buying
  bool to_recipient = false;         // a subsidy's or fine's subject is who receives it
};

// A layer whose mentions become claims, and how to read them (the `values`
// option). Money and GPU counts are the built-in kinds; a quantity is any
// other amount with a unit, from a user's stage or rules.
struct ValueSource {
  enum class Type { kMoney, kCount, kQuantity };
  std::string layer;
  Type type = Type::kQuantity;
  // Attributes of a quantity's mentions.
  std::string amount, unit, precision, bound;
  // The predicate: the mention's attribute `predicate_attribute` when set,
  // else `predicate`, else the cues of the sentence as for money.
  std::string predicate, predicate_attribute;
};

class Claims final : public claimex::Stage {
 public:
  explicit Claims(const nlohmann::json& options)
      : data_dir_(plugin::ResolveDataDir(options.at("data_dir").get<std::string>())),
        languages_(data_dir_, options.at("fallback_language").get<std::string>()),
        relations_(options.at("relations").get<bool>()) {
    for (const auto& row : plugin::ReadTsv(data_dir_ + "/lexicon/predicate_families.tsv", 3)) {
      if (row.fields[2] != "specific" && row.fields[2] != "generic") {
        throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": the kind is specific or generic");
      }
      const std::string role = row.fields.size() > 3 ? row.fields[3] : "";
      if (!role.empty() && role != "object" && role != "recipient") {
        throw std::runtime_error(row.file + ":" + std::to_string(row.line) +
                                 ": the fourth column is object, recipient or nothing");
      }
      families_[row.fields[0]] = {row.fields[1], row.fields[2] == "generic", role == "object", role == "recipient"};
    }
    for (const char* predicate : {"unknown", "gpu_count"}) {
      if (!families_.contains(predicate)) {
        throw std::runtime_error(data_dir_ + "/lexicon/predicate_families.tsv must list " + predicate);
      }
    }
    for (const auto& row : plugin::ReadTsv(data_dir_ + "/lexicon/refinements.tsv", 2)) {
      refinements_.insert({row.fields[0], row.fields[1]});
    }
    for (const auto& row : plugin::ReadTsv(data_dir_ + "/lexicon/forecast_hedges.tsv", 2)) {
      basis_of_hedge_[row.fields[0]] = row.fields[1];
    }
    for (const auto& row : plugin::ReadTsv(data_dir_ + "/lexicon/per_unit.tsv", 3)) {
      if (row.fields[2] != "product" && row.fields[2] != "-") {
        throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": the third column is product or -");
      }
      auto& rule = unit_prices_[row.fields[0]];
      rule.price = row.fields[1];
      rule.of_product = row.fields[2] == "product";
      if (rule.of_product && product_per_.empty()) product_per_ = row.fields[0];
      for (std::size_t i = 3; i < row.fields.size(); ++i) rule.kept_families.insert(row.fields[i]);
    }
    for (const auto& entry : options.at("values")) {
      ValueSource& v = sources_.emplace_back();
      v.layer = entry.at("layer").get<std::string>();
      const std::string type = entry.value("type", "quantity");
      v.type = type == "money" ? ValueSource::Type::kMoney
                               : type == "count" ? ValueSource::Type::kCount : ValueSource::Type::kQuantity;
      v.amount = entry.value("amount", "value");
      v.unit = entry.value("unit", "unit");
      v.precision = entry.value("precision", "precision");
      v.bound = entry.value("bound", "bound");
      v.predicate = entry.value("predicate", v.type == ValueSource::Type::kCount ? "gpu_count" : "");
      v.predicate_attribute = entry.value("predicate_attribute", "");
      if (!v.predicate.empty() && !families_.contains(v.predicate)) {
        throw std::runtime_error("values: layer \"" + v.layer + "\": predicate \"" + v.predicate +
                                 "\" is not in " + data_dir_ + "/lexicon/predicate_families.tsv");
      }
    }
  }

  Status Process(Document& doc) override {
    struct Value {
      const Annotation* mention;
      const ValueSource* source;
    };
    std::vector<Value> values;
    // The mentions of a count are the spans whose names are not subjects.
    static const std::vector<Annotation> kNone;
    const std::vector<Annotation>* gpu_spans = &kNone;
    for (const ValueSource& source : sources_) {
      const claimex::Layer* layer = doc.find_layer(source.layer);
      if (layer == nullptr) continue;
      for (const Annotation& m : layer->items) values.push_back({&m, &source});
      if (source.type == ValueSource::Type::kCount) gpu_spans = &layer->items;
    }
    if (values.empty()) return Status::OK();
    Language& lang = languages_.For(doc.meta.lang, doc.text);
    language_ = &lang;
    text_ = doc.text;
    range_low_ = SIZE_MAX;
    last_source_.reset();
    cues_ = SpanCues();
    const std::string_view text = doc.text;
    const auto& sentences = doc.find_layer("sentences")->items;
    std::vector<EntityRef> entities;
    const auto [h_begin, h_end] = Headline(doc);
    std::map<std::string_view, int> org_frequency;
    bool headline_subject_seen = false;
    for (const Annotation& a : doc.find_layer("entities")->items) {
      EntityRef e{&a, plugin::AttrView(a, "id"), plugin::AttrView(a, "type"), plugin::AttrView(a, "category"),
                  relations_ ? plugin::AttrView(a, "part_of") : std::string_view()};
      if (e.type == "org" && !IsSource(e)) {
        // The headline's first organisation is what it is about ("Humain
        // to buy 18,000 Nvidia chips"): it counts more than other names.
        const bool headline_subject = a.end <= h_end && !headline_subject_seen;
        if (a.end <= h_end) headline_subject_seen = true;
        org_frequency[e.id] += headline_subject ? kHeadlineSubjectWeight : a.end <= h_end ? 2 : 1;
      }
      entities.push_back(e);
    }
    std::stable_sort(entities.begin(), entities.end(),
                     [](const EntityRef& a, const EntityRef& b) { return a.begin() < b.begin(); });
    analysts_by_end_.clear();
    not_years_.clear();
    for (const Annotation& n : doc.find_layer("numbers")->items) {
      if (n.end - n.begin == 4 && !plugin::AttrBool(n, "year_like")) not_years_.push_back(n.begin);
    }
    std::sort(not_years_.begin(), not_years_.end());
    for (const auto& e : entities) {
      if (e.category == "analyst") analysts_by_end_.push_back(&e);
    }
    std::stable_sort(analysts_by_end_.begin(), analysts_by_end_.end(),
                     [](const EntityRef* a, const EntityRef* b) { return a->end() < b->end(); });
    // The text is about the organisation it names most (not counting
    // analysts, outlets, regulators), a name in the headline counting twice.
    std::optional<EntityRef> focus;
    int best = 0, total = 0;
    for (const auto& [id, count] : org_frequency) total += count;
    for (const auto& e : entities) {
      if (e.type == "org" && !IsSource(e) && org_frequency[e.id] > best) {
        best = org_frequency[e.id];
        focus = e;
      }
    }
    // How clearly the text is about one organisation: its share of the
    // organisation names that are not sources.
    const double focus_share = total > 0 ? static_cast<double>(best) / total : 0.0;
    std::stable_sort(values.begin(), values.end(),
                     [](const Value& a, const Value& b) { return a.mention->begin < b.mention->begin; });
    std::vector<const Annotation*> amounts;
    for (const Value& v : values) amounts.push_back(v.mention);
    const std::string published_year = doc.meta.published.size() >= 4 ? doc.meta.published.substr(0, 4) : "";

    const SpanCues headline = h_end > h_begin ? FindCues(lang, text, h_begin, h_end) : SpanCues();
    // What the last claim said, for a conversion of its amount that follows
    // in parentheses: "€2 billion (about $2.3 billion)".
    struct Said {
      const Annotation* mention = nullptr;
      std::size_t claim = SIZE_MAX;  // its index in the claims layer
      std::optional<EntityRef> subject;
      std::string via, predicate, predicate_via;
      Qualifiers qualifiers;
    } last;

    auto& claims = doc.layer("claims");
    // For each claim, the claim whose amount it converts, or SIZE_MAX.
    std::vector<std::size_t> converts;
    converts.reserve(values.size());
    for (const Value& v : values) {
      const Annotation& m = *v.mention;
      const bool money = v.source->type == ValueSource::Type::kMoney;
      const bool quantity = v.source->type == ValueSource::Type::kQuantity;
      // Sentences are in text order: the last one starting at or before the
      // value holds it, unless the value sits in trimmed space between two.
      auto sentence = std::upper_bound(sentences.begin(), sentences.end(), m.begin,
                                       [](std::uint32_t at, const Annotation& s) { return at < s.begin; });
      const bool inside = sentence != sentences.begin() && m.begin < std::prev(sentence)->end;
      const std::size_t s_begin = inside ? std::prev(sentence)->begin : m.begin;
      std::size_t s_end = inside ? std::prev(sentence)->end : m.end;
      // A break inside an amount is an abbreviation's full stop ("300 Mrd.
      // Dollar"): the sentence goes on to the end of the next.
      auto inside_an_amount = [&](std::size_t at) {
        const auto after = std::upper_bound(amounts.begin(), amounts.end(), at,
                                            [](std::size_t pos, const Annotation* a) { return pos < a->begin; });
        return after != amounts.begin() && at < (*std::prev(after))->end;
      };
      for (auto next = sentence; (s_end < m.end || inside_an_amount(s_end)) && next != sentences.end(); ++next) {
        s_end = std::max<std::size_t>(s_end, next->end);
      }
      if (!cues_.valid || cues_.begin != s_begin || cues_.end != s_end) cues_ = FindCues(lang, text, s_begin, s_end);
      const auto [c_begin, c_end] = Clause(text, s_begin, s_end, m);

      const auto source = Attribution(s_begin, s_end, entities, focus);

      std::string predicate = v.source->predicate, predicate_via;
      if (!v.source->predicate_attribute.empty()) {
        // A predicate outside the vocabulary would make a slot of its own.
        const std::string_view stated = plugin::AttrView(m, v.source->predicate_attribute);
        if (families_.contains(std::string(stated))) predicate = stated;
      }
      const Cue* predicate_cue = nullptr;
      if (money || (quantity && predicate.empty())) {
        predicate_cue = NearestCue(cues_.predicates, text, m, amounts, /*generic_costs_more=*/true);
        if (predicate_cue != nullptr) {
          predicate = *predicate_cue->label;
          predicate_via = predicate_cue->begin >= c_begin && predicate_cue->end <= c_end ? "clause" : "sentence";
        } else if (h_end > h_begin && !(s_begin >= h_begin && s_end <= h_end)) {
          if (auto single = SingleFamily(headline.predicates); single && HeadlineSpeaksOf(amounts, m, h_end)) {
            predicate = *single;
            predicate_via = "headline";
          }
        }
        if (predicate_cue == nullptr && predicate_via.empty()) predicate = "unknown";
      }

      Qualifiers q = FindQualifiers(text, m, amounts, c_begin, c_end, headline, published_year);
      // "Each GB300 sells for $60,000 to $70,000": the unit its low end is
      // stated in, its high end is too.
      const bool range_high = money && plugin::AttrView(m, "range") == "to" && !claims.items.empty() &&
                              claims.items.back().end <= m.begin && range_low_ == claims.items.size() - 1;
      if (range_high && q.per.empty()) q.per = plugin::AttrView(claims.items.back(), "qualifiers.per");
      bool price_of_product = false;
      if (money && !q.per.empty()) {
        // "$25 a share" in a deal story is the price per share, not the deal.
        if (auto rule = unit_prices_.find(q.per); rule != unit_prices_.end()) {
          const Family& f = FamilyOf(predicate);
          if (!rule->second.kept_families.contains(f.name)) predicate = rule->second.price;
          price_of_product = rule->second.of_product && predicate == rule->second.price;
        }
      } else if (money && !product_per_.empty() && predicate == unit_prices_.at(product_per_).price) {
        // "den Preis eines GB300-Chips auf rund 65.000 Dollar": a price with
        // a product in its clause is the price of one.
        const EntityRef* product = Product(s_begin, c_begin, c_end, m, entities);
        if (product != nullptr && product->begin() >= c_begin) {
          q.per = product_per_;
          price_of_product = true;
        }
      }

      std::string via;
      std::optional<EntityRef> subject = Subject(lang, text, s_begin, s_end, c_begin, c_end, m,
                                                 v.source->type == ValueSource::Type::kCount, predicate_cue, entities, *gpu_spans, source, focus, focus_share, &via);
      // A buyer's cue in the clause of a purchase or an order ("soll beim
      // Softwarekonzern Oracle Rechenleistung für 300 Mrd. Dollar
      // einkaufen"): the seller it names is the subject.
      if (predicate_cue != nullptr) {
        const std::size_t clause_end = AfterParenthesis(text, m.end, c_end, s_end);
        const std::string& family = FamilyOf(predicate).name;
        for (const Cue& buyer : cues_.predicates) {
          if (buyer.value->empty() || buyer.begin < c_begin || buyer.end > clause_end) continue;
          if (FamilyOf(*buyer.label).name != family && FamilyOf(*buyer.value).name != family) continue;
          if (const EntityRef* seller = Seller(text, c_begin, clause_end, m, subject, entities)) {
            subject = *seller;
            via = "seller";
            predicate = *buyer.value;
          }
          break;
        }
      }
      if (price_of_product) {
        if (const EntityRef* product = Product(s_begin, c_begin, c_end, m, entities)) {
          subject = *product;
          via = "product";
        }
      }
      const bool conversion = money && last.mention != nullptr && IsConversion(text, *last.mention, m);
      converts.push_back(conversion ? last.claim : SIZE_MAX);
      if (conversion) {
        subject = last.subject;
        via = last.via;
        predicate = last.predicate;
        predicate_via = last.predicate_via;
        q = last.qualifiers;
      }
      if (money) last = {&m, claims.items.size(), subject, via, predicate, predicate_via, q};

      Annotation claim{m.begin, m.end, {}};
      claim.attrs.reserve(30);
      if (subject) {
        claim.Add("subject.id", std::string(subject->id));
        claim.Add("subject.type", std::string(subject->type));
        claim.Add("subject.text", std::string(doc.slice(*subject->annotation)));
        claim.Add("subject.via", via);
        if (!subject->part_of.empty()) claim.Add("subject.part_of", std::string(subject->part_of));
      } else {
        claim.Add("subject", AttrValue());
      }
      const Family& family = FamilyOf(predicate);
      claim.Add("predicate", predicate);
      claim.Add("predicate_via", predicate_via.empty() ? AttrValue() : AttrValue(predicate_via));
      claim.Add("family", family.name);
      claim.Add("family_kind", std::string(family.generic ? "generic" : "specific"));
      if (money) {
        claim.Add("value.type", std::string("money"));
        claim.Add("value.amount", *plugin::AttrDouble(m, "value"));
        claim.Add("value.currency", plugin::AttrString(m, "currency"));
        claim.Add("value.bound", plugin::AttrString(m, "bound"));
        claim.Add("value.precision", *plugin::AttrDouble(m, "precision"));
      } else if (quantity) {
        claim.Add("value.type", std::string("quantity"));
        claim.Add("value.amount", plugin::AttrDouble(m, v.source->amount).value_or(0));
        claim.Add("value.unit", plugin::AttrString(m, v.source->unit));
        const std::string_view bound = plugin::AttrView(m, v.source->bound);
        claim.Add("value.bound", std::string(bound.empty() ? "exact" : bound));
        claim.Add("value.precision", plugin::AttrDouble(m, v.source->precision).value_or(0));
      } else {
        claim.Add("value.type", std::string("count"));
        claim.Add("value.count", *m.Get("count"));
        claim.Add("value.unit", std::string("gpu"));
        claim.Add("value.bound", plugin::AttrString(m, "bound"));
        claim.Add("value.precision", *plugin::AttrDouble(m, "precision"));
        claim.Add("qualifiers.model", *m.Get("model"));
      }
      claim.Add("qualifiers.scope", q.scope.empty() ? AttrValue() : AttrValue(q.scope));
      claim.Add("qualifiers.period", q.period.empty() ? AttrValue() : AttrValue(q.period));
      claim.Add("qualifiers.per", q.per.empty() ? AttrValue() : AttrValue(q.per));
      // A forecast, or one end of a range ("$24 to $26"), is not the figure
      // reported as fact.
      const Cue* hedge = NearestCue(cues_.hedges, text, m, amounts, false);
      std::string basis;
      if (hedge != nullptr && NearestAmount(amounts, hedge->begin, hedge->end, kCueReach) == &m) {
        if (auto b = basis_of_hedge_.find(*hedge->label); b != basis_of_hedge_.end()) basis = b->second;
      }
      // A price the market set at a moment ("closed at", "first day of
      // trading").
      if (basis.empty()) basis = q.basis;
      // The two ends of a range are two facts: its low and its high.
      if (basis.empty() && money) {
        const std::string_view end = plugin::AttrView(m, "range");
        if (end == "from") basis = "range_low";
        if (end == "to") basis = "range_high";
      }
      claim.Add("qualifiers.basis", basis.empty() ? AttrValue() : AttrValue(basis));
      if (source) {
        claim.Add("attribution.id", std::string(source->entity.id));
        claim.Add("attribution.text", std::string(doc.slice(*source->entity.annotation)));
      } else {
        claim.Add("attribution", AttrValue());
      }
      claim.Add("hedge", hedge ? AttrValue(*hedge->label) : AttrValue());
      claim.Add("language", lang.code);
      claim.Add("evidence.doc", doc.id);
      claim.Add("evidence.source", doc.meta.source.empty() ? AttrValue() : AttrValue(doc.meta.source));
      claim.Add("evidence.published", doc.meta.published.empty() ? AttrValue() : AttrValue(doc.meta.published));
      claim.Add("evidence.sentence", std::string(text.substr(s_begin, s_end - s_begin)));
      // "$24 to $26 a share": what the range's high end says of its unit
      // and predicate, its low end says too.
      if (range_high) {
        Annotation& low = claims.items.back();
        if (!q.per.empty() && plugin::AttrView(low, "qualifiers.per").empty()) low.Set("qualifiers.per", q.per);
        if (plugin::AttrView(low, "predicate") == "unknown" && predicate != "unknown") {
          const Family& f = FamilyOf(predicate);
          low.Set("predicate", predicate);
          low.Set("family", f.name);
          low.Set("family_kind", std::string(f.generic ? "generic" : "specific"));
        }
      }
      range_low_ = money && plugin::AttrView(m, "range") == "from" ? claims.items.size() : SIZE_MAX;
      claims.items.push_back(std::move(claim));
    }
    ShareRestatements(claims.items, converts);
    return Status::OK();
  }

 private:
  struct Qualifiers {
    std::string scope, period, per;
    std::string basis;  // from a basis cue of the clause ("closed at": market)
  };
  struct UnitPrice {
    std::string price;                  // the predicate an amount per unit is
    bool of_product = false;            // the price is the named product's
    std::set<std::string> kept_families;  // families whose per-unit amounts stay theirs
  };

  // How much a claim's predicate says: nothing, that money moved, what it
  // is; a family that refines another says more than it ("operating
  // profit" than "profit").
  int PredicateRank(std::string_view family, std::string_view other) const {
    if (family == "unknown") return 0;
    const auto it = families_.find(std::string(family));
    if (it != families_.end() && it->second.generic) return 1;
    return refinements_.contains({std::string(family), std::string(other)}) ? 3 : 2;
  }

  static bool FirmSubject(const Annotation& c) {
    const std::string_view via = plugin::AttrView(c, "subject.via");
    return !via.empty() && via != "document focus" && via != "anaphor";
  }

  // Copies `from`'s subject into `to`, where `to`'s subject keys stood, so
  // that records keep their field order.
  static void CopySubject(const Annotation& from, Annotation& to) {
    auto is_subject = [](const auto& kv) { return kv.first == "subject" || kv.first.rfind("subject.", 0) == 0; };
    auto first = std::find_if(to.attrs.begin(), to.attrs.end(), is_subject);
    const std::size_t at = static_cast<std::size_t>(first - to.attrs.begin());
    std::erase_if(to.attrs, is_subject);
    std::vector<std::pair<std::string, AttrValue>> subject;
    std::copy_if(from.attrs.begin(), from.attrs.end(), std::back_inserter(subject), is_subject);
    to.attrs.insert(to.attrs.begin() + static_cast<std::ptrdiff_t>(std::min(at, to.attrs.size())), subject.begin(),
                    subject.end());
  }

  // An article states its main figures more than once, the headline most
  // briefly: "SK hynix profit hits record 11.4 trillion won" is the text's
  // "operating profit of 11.4 trillion won". Two money claims of one
  // document with the same amount, currency, unit and basis, whose subjects
  // do not disagree, are one fact: the one that says less of the predicate
  // or the subject takes what the other says. (Not the period: a headline
  // states its figure without one, and a year elsewhere in the text may be
  // another figure's.) Claims whose firm
  // subjects or specific predicates differ are two facts that happen to
  // share a figure, and stay as they are.
  // A conversion says what its original says, after the sharing too.
  void ShareRestatements(std::vector<Annotation>& claims, const std::vector<std::size_t>& converts) const {
    auto same_figure = [](const Annotation& a, const Annotation& b) {
      const AttrValue* amount = a.Get("value.amount");
      return amount != nullptr && b.Get("value.amount") != nullptr && *amount == *b.Get("value.amount") &&
             plugin::AttrView(a, "value.currency") == plugin::AttrView(b, "value.currency") &&
             plugin::AttrView(a, "qualifiers.per") == plugin::AttrView(b, "qualifiers.per") &&
             plugin::AttrView(a, "qualifiers.basis") == plugin::AttrView(b, "qualifiers.basis") &&
             plugin::AttrView(a, "qualifiers.scope") == plugin::AttrView(b, "qualifiers.scope");
    };
    // Each claim with the same figure once: a document states a figure a
    // few times, so the pairs stay few however long the document is.
    std::map<std::pair<double, std::string>, std::vector<std::size_t>> by_figure;
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (const auto amount = plugin::AttrDouble(claims[i], "value.amount");
          amount && plugin::AttrView(claims[i], "value.type") == "money") {
        by_figure[{*amount, plugin::AttrString(claims[i], "value.currency")}].push_back(i);
      }
    }
    for (const auto& [figure, members] : by_figure) {
      if (members.size() < 2 || members.size() > kMostRestatements) continue;
      for (std::size_t x = 0; x < members.size(); ++x) {
        for (std::size_t y = 0; y < members.size(); ++y) {
          Annotation& to = claims[members[x]];
          const Annotation& from = claims[members[y]];
          if (x == y || !same_figure(to, from)) continue;
          const bool to_firm = FirmSubject(to), from_firm = FirmSubject(from);
          const std::string_view to_subject = plugin::AttrView(to, "subject.id");
          const std::string_view from_subject = plugin::AttrView(from, "subject.id");
          const std::string_view to_family = plugin::AttrView(to, "family");
          const std::string_view from_family = plugin::AttrView(from, "family");
          const int to_rank = PredicateRank(to_family, from_family);
          const int from_rank = PredicateRank(from_family, to_family);
          // Two names for one figure are two facts, unless the other
          // statement refines this one ("OpenAI signs $300 billion deal with
          // Oracle", then Oracle's order of $300 billion): then it names
          // the fact's subject too.
          const bool refined = from_rank == 3 && to_rank == 2;
          if (to_firm && from_firm && to_subject != from_subject && !refined) continue;
          if (to_rank == 2 && from_rank == 2 && to_family != from_family) continue;
          if (from_rank > to_rank) {
            for (const char* key : {"predicate", "family", "family_kind"}) to.Set(key, *from.Get(key));
            to.Set("predicate_via", AttrValue(std::string("restatement")));
          }
          if (from_firm && (!to_firm || (refined && to_subject != from_subject))) {
            CopySubject(from, to);
            to.Set("subject.via", AttrValue(std::string("restatement")));
          }
        }
      }
    }
    // "Analysts had expected 4.9 trillion won": a forecast that names no
    // predicate is of the figure reported before it that it is near to (see
    // kForecastMiss), not of the revenue in between.
    for (std::size_t i = 1; i < claims.size(); ++i) {
      Annotation& forecast = claims[i];
      if (plugin::AttrView(forecast, "qualifiers.basis") != "forecast" || plugin::AttrView(forecast, "family") != "unknown") {
        continue;
      }
      for (std::size_t j = i; j > 0; --j) {
        const Annotation& reported = claims[j - 1];
        if (PredicateRank(plugin::AttrView(reported, "family"), "") < 2) continue;
        const auto amount = plugin::AttrDouble(forecast, "value.amount");
        const auto reported_amount = plugin::AttrDouble(reported, "value.amount");
        if (!amount || !reported_amount || *reported_amount <= 0 ||
            plugin::AttrView(forecast, "value.currency") != plugin::AttrView(reported, "value.currency") ||
            *amount / *reported_amount < 1 / kForecastMiss || *amount / *reported_amount > kForecastMiss) {
          continue;
        }
        const bool firm = FirmSubject(forecast);
        if (firm && plugin::AttrView(forecast, "subject.id") != plugin::AttrView(reported, "subject.id")) break;
        for (const char* key : {"predicate", "family", "family_kind"}) forecast.Set(key, *reported.Get(key));
        forecast.Set("predicate_via", AttrValue(std::string("forecast")));
        if (!firm && FirmSubject(reported)) {
          CopySubject(reported, forecast);
          forecast.Set("subject.via", AttrValue(std::string("forecast")));
        }
        break;
      }
    }
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (converts[i] == SIZE_MAX) continue;
      const Annotation& original = claims[converts[i]];
      for (const char* key : {"predicate", "predicate_via", "family", "family_kind"}) claims[i].Set(key, *original.Get(key));
      CopySubject(original, claims[i]);
    }
  }

  // Whether text[from, to) is a conjunction between spaces: " e ", " and ".
  bool Conjoined(std::string_view text, std::size_t from, std::size_t to) const {
    return std::any_of(cues_.clauses.begin(), cues_.clauses.end(), [&](const Cue& k) {
      return *k.label == "conjunction" && k.begin >= from && k.end <= to && SkipSpaces(text, from, to) == k.begin &&
             SkipSpaces(text, k.end, to) == to;
    });
  }

  // Whether a seller marker stands right after the name ("エヌビディアから")
  // or right before it ("from Nvidia") in the current sentence.
  bool SellerMarked(const EntityRef& e) const {
    return std::any_of(cues_.clauses.begin(), cues_.clauses.end(), [&](const Cue& k) {
      return *k.label == "seller_marker" &&
             (k.begin == e.end() || (k.end <= e.begin() && SkipSpaces(text_, k.end, e.begin()) == e.begin()));
    });
  }

  // Conjunctions and seller markers part or mark, they open no clause
  // whose names are skipped.
  static bool OpensClause(const Cue& c) { return *c.label != "conjunction" && *c.label != "seller_marker"; }
  static bool PartsClauses(const Cue& c) {
    return *c.label == "conjunction" || *c.label == "relative" || *c.label == "subordinate";
  }

  // "OpenAI has agreed to buy $300 billion of computing power from Oracle":
  // after a buyer's cue (a predicate cue with a seller's predicate in its
  // third column), the organisation right after a seller marker in the
  // value's clause, if it is not the buyer.
  const EntityRef* Seller(std::string_view text, std::size_t c_begin, std::size_t c_end, const Annotation& m,
                          const std::optional<EntityRef>& buyer, const std::vector<EntityRef>& entities) const {
    for (const Cue& k : cues_.clauses) {
      if (*k.label != "seller_marker" || k.begin < c_begin || k.end > c_end || (k.begin < m.end && m.begin < k.end)) {
        continue;
      }
      for (std::size_t i = FirstStartingAtOrAfter(entities, k.end); i < entities.size() && entities[i].begin() < c_end;
           ++i) {
        const EntityRef& e = entities[i];
        if (!FewWords(text, k.end, e.begin(), 2)) break;
        if (e.type != "org" || IsSource(e) || e.category == "government") continue;
        if (buyer && buyer->id == e.id) break;
        return &e;
      }
    }
    return nullptr;
  }

  static bool IsSource(const EntityRef& e) {
    return e.category == "analyst" || e.category == "media" || e.category == "regulator";
  }

  const Family& FamilyOf(const std::string& predicate) const {
    const auto it = families_.find(predicate);
    return it == families_.end() ? families_.at("unknown") : it->second;
  }

  SpanCues FindCues(Language& lang, std::string_view text, std::size_t begin, std::size_t end) const {
    auto found = lang.cues.Find(lang.stemmer->Tokenize(text, begin, end));
    auto take = [&](CueKind kind) { return std::move(found[static_cast<std::size_t>(kind)]); };
    return {begin,
            end,
            true,
            take(CueKind::kPredicate),
            take(CueKind::kAttribution),
            take(CueKind::kHedge),
            take(CueKind::kAnaphor),
            take(CueKind::kQualifier),
            take(CueKind::kClause)};
  }

  // Whether `m` converts `previous` into another currency: it opens a
  // parenthesis right after it, with at most two words before it ("(about
  // $2.3 billion)", "（约合429亿元人民币）").
  static bool IsConversion(std::string_view text, const Annotation& previous, const Annotation& m) {
    if (previous.end > m.begin) return false;
    const std::string_view between = text.substr(previous.end, m.begin - previous.end);
    constexpr std::string_view kOpen = "(", kWideOpen = "\xEF\xBC\x88";  // U+FF08
    std::size_t open = between.find(kOpen), width = kOpen.size();
    if (open == std::string_view::npos) {
      open = between.find(kWideOpen);
      width = kWideOpen.size();
    }
    if (open == std::string_view::npos || between.find_first_not_of(" \t\u00a0", 0) < open) return false;
    return FewWords(text, previous.end + open + width, m.begin, 2, /*abbreviations=*/true);
  }

  // The headline: the document's title where the text starts with it, else
  // a short first line standing alone.
  static std::pair<std::size_t, std::size_t> Headline(const Document& doc) {
    const std::string_view text = doc.text;
    constexpr std::size_t kLongestHeadline = 300;
    if (!doc.meta.title.empty() && text.substr(0, doc.meta.title.size()) == doc.meta.title) {
      return {0, doc.meta.title.size()};
    }
    const std::size_t line_end = text.find('\n');
    if (line_end == std::string_view::npos || line_end > kLongestHeadline) return {0, 0};
    return {0, line_end};
  }

  // The headline's predicate when its cues all name one family ("Mistral
  // raises €2 billion": funding); none when it names two or none.
  std::optional<std::string> SingleFamily(const std::vector<Cue>& cues) const {
    std::optional<std::string> predicate;
    for (const Cue& c : cues) {
      if (FamilyOf(*c.label).generic) continue;
      if (predicate && FamilyOf(*predicate).name != FamilyOf(*c.label).name) return std::nullopt;
      if (!predicate) predicate = *c.label;
    }
    return predicate;
  }

  // The headline's predicate is the value's only when the headline holds no
  // other figure ("Hardware spend as high as $500 million" says nothing of
  // the $6 million in the text), or restates this one.
  static bool HeadlineSpeaksOf(const std::vector<const Annotation*>& amounts, const Annotation& m,
                               std::size_t h_end) {
    for (const Annotation* a : amounts) {
      if (a->begin >= h_end) break;
      if (a->Get("value") == nullptr || m.Get("value") == nullptr || !(*a->Get("value") == *m.Get("value"))) {
        return false;
      }
    }
    return true;
  }

  // The value's clause: from the last boundary or clause word before it to
  // the first boundary after it, within the sentence.
  std::pair<std::size_t, std::size_t> Clause(std::string_view text, std::size_t s_begin, std::size_t s_end,
                                             const Annotation& m) const {
    std::size_t begin = s_begin, end = s_end;
    for (std::size_t i = m.begin; i > s_begin; --i) {
      if (IsBoundaryAt(text, i - 1)) {
        begin = i;
        break;
      }
    }
    for (const Cue& c : cues_.clauses) {
      if (OpensClause(c) && c.end <= m.begin && c.begin >= begin) begin = c.begin;
    }
    for (std::size_t i = m.end; i < s_end; ++i) {
      if (IsBoundaryAt(text, i)) {
        end = i;
        break;
      }
    }
    return {begin, end};
  }

  // The cue nearest the amount wins, where a clause boundary or another
  // amount in between counts as far, and a generic cue ("spent") yields to
  // a specific one close by ("spent on operating costs").
  const Cue* NearestCue(const std::vector<Cue>& cues, std::string_view text, const Annotation& m,
                        const std::vector<const Annotation*>& amounts, bool generic_costs_more) const {
    constexpr std::size_t kGenericCost = 60, kCompoundCost = 10;
    const Cue* best = nullptr;
    std::size_t best_cost = 0;
    for (const Cue& c : cues) {
      if (c.begin < m.end && m.begin < c.end) continue;  // inside the amount itself
      const std::size_t from = std::min<std::size_t>(c.end, m.end);
      const std::size_t to = std::max<std::size_t>(c.begin, m.begin);
      std::size_t cost = Gap(c.begin, c.end, m.begin, m.end);
      if (cost > kCueReach) continue;
      for (std::size_t i = from; i < to; ++i) {
        if (IsBoundaryAt(text, i)) cost += kBoundaryCost;
      }
      const auto first_inside = std::lower_bound(amounts.begin(), amounts.end(), from,
                                                 [](const Annotation* a, std::size_t at) { return a->begin < at; });
      for (auto it = first_inside; it != amounts.end() && (*it)->begin < to; ++it) {
        const Annotation* other = *it;
        if (other == &m || other->end > to) continue;
        // Amounts joined by a word or two share their cue ("spent $6
        // million and 2,048 GPUs to train it", "$40 billion to $42 billion").
        const std::size_t gap_begin = other->begin >= m.end ? m.end : other->end;
        const std::size_t gap_end = other->begin >= m.end ? other->begin : m.begin;
        const bool coordinated = gap_end - gap_begin <= 6 && !IsBoundaryAt(text, gap_begin);
        if (!coordinated) cost += kBoundaryCost;
      }
      // "spent $1.6 billion and bought 50,000 GPUs": a cue past a
      // conjunction after the amount is the next clause's, unless the
      // conjunction joins another amount to this one ("$40 billion and $42
      // billion of capex"); a cue past a relative or subordinate marker is
      // that clause's ("a $10 billion round that raised its valuation",
      // "... after the investment").
      if (c.begin >= m.end) {
        for (const Cue& k : cues_.clauses) {
          if (k.begin >= c.begin) break;
          if (!PartsClauses(k) || k.begin < m.end) continue;
          const auto next = std::lower_bound(amounts.begin(), amounts.end(), k.end,
                                             [](const Annotation* a, std::size_t at) { return a->begin < at; });
          const bool joins_amounts = next != amounts.end() && (*next)->begin < c.begin &&
                                     SkipSpaces(text, k.end, (*next)->begin) == (*next)->begin;
          if (!joins_amounts) cost += kBoundaryCost;
        }
      }
      if (generic_costs_more && FamilyOf(*c.label).generic) cost += kGenericCost;
      if (!c.whole_words) cost += kCompoundCost;
      if (best == nullptr || cost < best_cost) {
        best = &c;
        best_cost = cost;
      }
    }
    return best;
  }

  // Scope and per from the value's clause; the period from its clause, else
  // its sentence, else the headline.
  Qualifiers FindQualifiers(std::string_view text, const Annotation& m, const std::vector<const Annotation*>& amounts,
                            std::size_t c_begin, std::size_t c_end, const SpanCues& headline,
                            const std::string& published_year) const {
    Qualifiers q;
    std::size_t scope_gap = SIZE_MAX, per_gap = SIZE_MAX, basis_gap = SIZE_MAX;
    for (const Cue& c : cues_.qualifiers) {
      if (c.begin < c_begin || c.end > c_end || (c.begin < m.end && m.begin < c.end)) continue;
      const std::size_t gap = Gap(c.begin, c.end, m.begin, m.end);
      if (*c.label == "scope" && gap < scope_gap) {
        q.scope = *c.value;
        scope_gap = gap;
      } else if (*c.label == "basis" && gap < basis_gap) {
        q.basis = *c.value;
        basis_gap = gap;
      } else if (*c.label == "per" && gap <= kPerReach && gap < per_gap && NearestAmount(amounts, c.begin, c.end) == &m) {
        q.per = *c.value;
        per_gap = gap;
      }
    }
    // In the value's sentence a period belongs to the amount nearest it
    // ("24.4 trillion won, up from 17.6 trillion won in 2025"); a headline's
    // frames the whole article.
    // "24.4 trillion won, against 17.6 trillion a year earlier": the
    // sentence's period, a year before.
    const bool prior = std::any_of(cues_.qualifiers.begin(), cues_.qualifiers.end(), [&](const Cue& c) {
      return *c.label == "period" && *c.value == "prior" && NearestAmount(amounts, c.begin, c.end, 200) == &m;
    });
    if (prior) {
      std::string period = PeriodIn(text, cues_.qualifiers, cues_.begin, cues_.end, m, amounts, false, published_year);
      if (period.empty() && headline.valid) {
        period = PeriodIn(text, headline.qualifiers, headline.begin, headline.end, m, amounts, false, published_year);
      }
      if (period.empty()) period = published_year;
      q.period = YearBefore(period);
      return q;
    }
    q.period = PeriodIn(text, cues_.qualifiers, c_begin, c_end, m, amounts, true, published_year);
    if (q.period.empty()) {
      q.period = PeriodIn(text, cues_.qualifiers, cues_.begin, cues_.end, m, amounts, true, published_year);
    }
    // Only a headline's quarter, half or fiscal year frames the article: a
    // bare year there is as often a dateline ("Published on June 3, 2025").
    if (q.period.empty() && headline.valid && !(m.begin >= headline.begin && m.end <= headline.end) &&
        std::any_of(headline.qualifiers.begin(), headline.qualifiers.end(), [](const Cue& c) {
          return *c.label == "period" && *c.value != "until" && *c.value != "prior";
        })) {
      q.period = PeriodIn(text, headline.qualifiers, headline.begin, headline.end, m, amounts, false, published_year);
    }
    return q;
  }

  // Where the value's clause ends when a parenthesis right after the value
  // (a conversion) is not taken as its end: "1,3 bilhão de euros (cerca de
  // R$ 8,2 bilhões) à Microsoft".
  static std::size_t AfterParenthesis(std::string_view text, std::size_t value_end, std::size_t c_end,
                                      std::size_t s_end) {
    const std::size_t open = SkipSpaces(text, value_end, s_end);
    if (open != c_end || open >= s_end || text[open] != '(') return c_end;
    const std::size_t close = text.find(')', open);
    if (close == std::string_view::npos || close >= s_end) return c_end;
    std::size_t end = close + 1;
    while (end < s_end && !IsBoundaryAt(text, end)) ++end;
    return end;
  }

  // The amount nearest a cue: a per-unit cue between two amounts is the
  // nearer one's ("$8 billion, 1株25ドル").
  // Only amounts of the cue's sentence count: the sentence before may end
  // closer.
  const Annotation* NearestAmount(const std::vector<const Annotation*>& amounts, std::size_t begin,
                                  std::size_t end, std::size_t reach = kPerReach) const {
    const Annotation* nearest = nullptr;
    std::size_t best = SIZE_MAX;
    const std::size_t from = std::max(cues_.begin, begin > reach ? begin - reach : 0);
    for (auto it = std::lower_bound(amounts.begin(), amounts.end(), from,
                                    [](const Annotation* a, std::size_t at) { return a->end < at; });
         it != amounts.end() && (*it)->begin <= end + reach && (*it)->end <= cues_.end; ++it) {
      if ((*it)->begin < cues_.begin) continue;
      // A conversion in parentheses is its amount's: "NT$1.05 trillion
      // (about $33.1 billion) in 2026" is the first one's year.
      if (it != amounts.begin() && IsConversion(text_, **std::prev(it), **it)) continue;
      // A clause boundary in between counts as far, as for cues.
      std::size_t gap = Gap(begin, end, (*it)->begin, (*it)->end);
      const std::size_t from_byte = std::min(end, static_cast<std::size_t>((*it)->end));
      const std::size_t to_byte = std::max(begin, static_cast<std::size_t>((*it)->begin));
      for (std::size_t i = from_byte; i < to_byte; ++i) gap += IsBoundaryAt(text_, i) ? kBoundaryCost : 0;
      if (gap < best) {
        best = gap;
        nearest = *it;
      }
    }
    return nearest;
  }

  // "2026-Q3" -> "2025-Q3", "FY2027" -> "FY2026"; empty stays empty.
  static std::string YearBefore(std::string period) {
    const std::size_t at = period.rfind("FY", 0) == 0 ? 2 : 0;
    if (period.size() < at + 4) return "";
    const int year = std::stoi(period.substr(at, 4)) - 1;
    return period.replace(at, 4, std::to_string(year));
  }

  // The period stated in text[from, to): the period cue and the year
  // nearest the amount ("Q3 2026" -> 2026-Q3, "fiscal 2027" -> FY2027, a
  // year alone), a quarter without a year taking the publication's.
  std::string PeriodIn(std::string_view text, const std::vector<Cue>& qualifiers, std::size_t from,
                              std::size_t to, const Annotation& m, const std::vector<const Annotation*>& amounts,
                              bool nearest_only, const std::string& published_year) const {
    constexpr std::size_t kPeriodReach = 200;
    auto owned = [&](std::size_t begin, std::size_t end) {
      return !nearest_only || NearestAmount(amounts, begin, end, kPeriodReach) == &m;
    };
    std::string period_word;
    std::size_t period_gap = SIZE_MAX;
    // "until 2033", "bis 2030": a year right after such a cue is a deadline.
    std::vector<std::size_t> deadline_cue_ends;
    for (const Cue& c : qualifiers) {
      if (*c.label != "period" || c.begin < from || c.end > to || (c.begin < m.end && m.begin < c.end)) continue;
      if (*c.value == "until") {
        deadline_cue_ends.push_back(c.end);
        continue;
      }
      if (*c.value == "prior") continue;
      if (!owned(c.begin, c.end)) continue;
      const std::size_t gap = Gap(c.begin, c.end, m.begin, m.end);
      if (gap < period_gap) {
        period_word = *c.value;
        period_gap = gap;
      }
    }
    // Four digits 1990-2099 standing alone ("2026", "FY2026" and "2026年"
    // too), not part of a longer number or of the amount.
    std::string year;
    std::size_t year_gap = SIZE_MAX;
    auto inside_an_amount = [&](std::size_t i) {
      const auto after = std::upper_bound(amounts.begin(), amounts.end(), i,
                                          [](std::size_t at, const Annotation* a) { return at < a->begin; });
      return after != amounts.begin() && i < (*std::prev(after))->end;
    };
    for (std::size_t i = from; i + 4 <= to; ++i) {
      if (text[i] != '1' && text[i] != '2') continue;
      const std::string_view y = text.substr(i, 4);
      const bool digits = std::all_of(y.begin(), y.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (!digits || y < "1990" || y > "2099" || inside_an_amount(i)) continue;
      if (std::binary_search(not_years_.begin(), not_years_.end(), i)) continue;
      const bool alone_before = i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]));
      const bool alone_after = i + 4 >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4]));
      if (!alone_before || !alone_after) continue;
      // A number written with a grouping mark is not a year: "12,2026".
      if (i > 1 && (text[i - 1] == ',' || text[i - 1] == '.') && std::isdigit(static_cast<unsigned char>(text[i - 2]))) {
        continue;
      }
      const bool deadline = std::any_of(deadline_cue_ends.begin(), deadline_cue_ends.end(),
                                        [&](std::size_t e) { return e <= i && FewWords(text, e, i, 1); });
      if (deadline || !owned(i, i + 4)) continue;
      const std::size_t gap = Gap(i, i + 4, m.begin, m.end);
      if (gap < year_gap) {
        year = std::string(y);
        year_gap = gap;
      }
    }
    if (period_word.empty()) return year;
    if (period_word == "FY") return year.empty() ? "" : "FY" + year;
    const std::string& y = year.empty() ? published_year : year;
    return y.empty() ? "" : y + "-" + period_word;
  }

  std::optional<Source> Attribution(std::size_t s_begin, std::size_t s_end,
                                    const std::vector<EntityRef>& entities,
                                    const std::optional<EntityRef>& focus) {
    // The analyst last named before this sentence ("A new report by
    // SemiAnalysis reveals ..."); outlets relaying a story are not sources.
    const auto analysts_before =
        std::upper_bound(analysts_by_end_.begin(), analysts_by_end_.end(), s_begin,
                         [](std::size_t at, const EntityRef* e) { return at < e->end(); });
    if (analysts_before != analysts_by_end_.begin()) last_source_ = **std::prev(analysts_before);
    for (const Cue& cue : cues_.attribution) {
      const EntityRef* found = nullptr;
      if (*cue.label == "after" || *cue.label == "after_source") {
        // The first named entity after the cue, within a few words; after
        // a cue as weak as "datos de" ("herramientas de datos de
        // Informatica"), only an analyst, outlet or regulator.
        for (std::size_t i = FirstStartingAtOrAfter(entities, cue.end);
             i < entities.size() && entities[i].begin() < s_end && entities[i].begin() - cue.end <= 40; ++i) {
          if (entities[i].type != "accelerator") {
            if (*cue.label == "after" || IsSource(entities[i])) found = &entities[i];
            break;
          }
        }
      } else {
        // The entity ending at most three bytes before the cue.
        for (std::size_t i = FirstStartingAtOrAfter(entities, cue.begin); i > 0; --i) {
          const EntityRef& e = entities[i - 1];
          if (e.begin() < s_begin || e.end() + 3 < cue.begin) break;
          if (e.end() <= cue.begin && e.type != "accelerator") {
            found = &e;
            break;
          }
        }
        // "The firm estimated": the source last named in the document;
        // "the company said": the organisation the text is about.
        if (found == nullptr) {
          for (const Cue& a : cues_.anaphora) {
            if (a.end > cue.begin || a.end + 3 < cue.begin) continue;
            if (*a.label == "source" && last_source_) return Source{*last_source_, false};
            if (*a.label == "subject" && focus) return Source{*focus, false};
          }
        }
      }
      if (found != nullptr && (found->type == "person" || found->type == "org")) {
        if (IsSource(*found)) last_source_ = *found;
        return Source{*found, true};
      }
    }
    return std::nullopt;
  }

  // Whether text[from, to) is at most `max_words` words, with no boundary
  // (nor a full stop, unless `abbreviations`: "ca.", "ok."); two CJK
  // characters count as a word.
  static bool FewWords(std::string_view text, std::size_t from, std::size_t to, int max_words,
                       bool abbreviations = false, bool commas = false) {
    if (from > to) return false;
    int half_words = 0;
    bool in_word = false;
    std::size_t n = 0;
    for (std::size_t i = from; i < to; i += n) {
      if ((IsBoundaryAt(text, i) && !(commas && text[i] == ',')) || (text[i] == '.' && !abbreviations)) return false;
      const char32_t c = plugin::DecodeAt(text, i, &n);
      const bool cjk = plugin::IsCjk(c);
      const bool word = !cjk && (plugin::IsWordChar(c) || c == '-');
      if (cjk) {
        ++half_words;
      } else if (word && !in_word) {
        half_words += 2;
      }
      if (half_words > 2 * max_words) return false;
      in_word = word;
    }
    return true;
  }

  static std::size_t SkipSpaces(std::string_view text, std::size_t i, std::size_t limit) {
    std::size_t n = 0;
    while (i < limit && plugin::IsSpaceChar(plugin::DecodeAt(text, i, &n))) i += n;
    return i;
  }

  static bool StartsWithFolded(std::string_view text, std::size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k) {
      const char a = text[at + k], b = word[k];
      if (a != b && !(a >= 'A' && a <= 'Z' && a + 32 == b)) return false;
    }
    return true;
  }

  // Whether a particle or case ending starting at `at` is glued to the name
  // ending at `name_end`: touching it, or past the apostrophe that Turkish
  // writes between a proper name and its ending.
  static bool GluedToName(std::string_view text, std::size_t name_end, std::size_t at) {
    if (at == name_end) return true;
    if (at < name_end) return false;
    std::size_t n = 0;
    const char32_t c = plugin::DecodeAt(text, name_end, &n);
    return (c == U'\'' || c == U'\u2019') && name_end + n == at;
  }

  // The entity that owns the span [t_begin, t_end) through one of the
  // language's possessives, if any.
  const EntityRef* Possessor(const Language& lang, std::string_view text, std::size_t s_begin, std::size_t s_end,
                             std::size_t t_begin, std::size_t t_end, bool possessor_after,
                             const std::vector<EntityRef>& entities,
                             const std::function<bool(const EntityRef&)>& candidate) const {
    for (const Possessive& p : lang.possessives) {
      if (!p.possessor_first && !possessor_after) continue;
      if (p.possessor_first) {
        // The nearest candidate ending before the span: name, linker, a few words, span.
        for (std::size_t i = FirstStartingAtOrAfter(entities, t_begin); i > 0; --i) {
          const EntityRef& e = entities[i - 1];
          if (e.begin() < s_begin) break;
          if (e.end() > t_begin) continue;
          std::size_t at = p.glued ? e.end() : SkipSpaces(text, e.end(), t_begin);
          if (!p.glued && at == e.end() && !p.linker.empty()) break;
          if (!StartsWithFolded(text, at, p.linker)) break;
          at += p.linker.size();
          if (at < t_begin) {
            std::size_t n = 0;
            const char32_t next = plugin::DecodeAt(text, at, &n);
            if (plugin::IsWordChar(next) && !plugin::IsCjk(next)) break;  // "Nvidias" is not "Nvidia" + "s"
          }
          // With no linker word the name must touch what it owns ("台积电营收"),
          // and an exchange touching a figure is where it was raised
          // ("登陆纳斯达克募资11亿美元"), not whose.
          if (p.linker.empty() ? at != t_begin : !FewWords(text, at, t_begin, kPossessiveGapWords)) break;
          if (p.linker.empty() && e.category == "exchange") break;
          if (candidate(e)) return &e;
          break;
        }
      } else {
        // Span, a few words, linker, name.
        for (std::size_t i = FirstStartingAtOrAfter(entities, t_end); i < entities.size(); ++i) {
          const EntityRef& e = entities[i];
          if (e.begin() >= s_end) break;
          if (!candidate(e)) continue;
          // The linker is the last word before the name.
          std::size_t before = e.begin();
          std::size_t n = 0;
          while (before > t_end && plugin::IsSpaceChar(plugin::DecodeBefore(text, before, &n))) before -= n;
          if (p.linker.empty()) {
            if (before == t_end && before < e.begin()) return &e;
            break;
          }
          if (before < t_end + p.linker.size() && !(p.glued && before == e.begin())) break;
          const std::size_t linker_at = (p.glued ? e.begin() : before) - p.linker.size();
          if (linker_at < t_end || !StartsWithFolded(text, linker_at, p.linker)) break;
          if (linker_at > 0 && linker_at > t_end) {
            const char32_t prev = plugin::DecodeBefore(text, linker_at, &n);
            if (plugin::IsWordChar(prev) && !plugin::IsCjk(prev)) break;
          }
          if (!FewWords(text, t_end, linker_at, kPossessiveGapWords)) break;
          return &e;
        }
      }
    }
    return nullptr;
  }

  // The spans of text[s_begin, to) that hold no subject of what follows
  // them: relative and subordinate clauses closed before `to`, and
  // parentheses.
  std::vector<std::pair<std::size_t, std::size_t>> Skipped(std::string_view text, std::size_t s_begin,
                                                           std::size_t to) const {
    std::vector<std::pair<std::size_t, std::size_t>> skipped;
    for (const Cue& c : cues_.clauses) {
      if (c.begin >= to) break;
      // Case markers ("を", "は") open no embedded clause.
      if (*c.label != "relative" && *c.label != "subordinate") continue;
      std::size_t close = c.end;
      while (close < to && !IsBoundaryAt(text, close)) ++close;
      if (close < to) skipped.emplace_back(c.begin, close);
    }
    for (std::size_t i = s_begin; i < to; ++i) {
      if (text[i] != '(') continue;
      const std::size_t close = text.find(')', i);
      if (close != std::string_view::npos && close < to) skipped.emplace_back(i, close);
    }
    return skipped;
  }

  // The first candidate in text[from, to) outside `skipped`.
  // The first candidate in text[from, to) outside `skipped`; a name that
  // owns the next one is not it ("Elon Musk's xAI" is about xAI).
  const EntityRef* FirstIn(std::size_t from, std::size_t to, const std::vector<EntityRef>& entities,
                           const std::function<bool(const EntityRef&)>& candidate,
                           const std::vector<std::pair<std::size_t, std::size_t>>& skipped) const {
    for (std::size_t i = FirstStartingAtOrAfter(entities, from); i < entities.size() && entities[i].begin() < to; ++i) {
      const EntityRef& e = entities[i];
      const bool inside_skipped = std::any_of(skipped.begin(), skipped.end(), [&](const auto& s) {
        return e.begin() >= s.first && e.end() <= s.second;
      });
      if (e.end() > to || !candidate(e) || inside_skipped) continue;
      // Whether or not the owned name may be the subject itself ("Elon
      // Musk's xAI says ...": xAI is the source), its owner is not.
      const EntityRef& next = i + 1 < entities.size() ? entities[i + 1] : e;
      const bool owns_next = &next != &e && next.end() <= to && (next.type == "org" || next.type == "person") &&
                             Possessor(*language_, text_, e.begin(), to, entities[i + 1].begin(), entities[i + 1].end(),
                                       false, entities, [&](const EntityRef& o) { return o.annotation == e.annotation; }) != nullptr;
      if (!owns_next) return &e;
    }
    return nullptr;
  }

  // Where the clause holding `at` starts: after the last boundary or at the
  // last clause word before it.
  std::size_t ClauseStart(std::string_view text, std::size_t s_begin, std::size_t at) const {
    std::size_t begin = s_begin;
    for (std::size_t i = at; i > s_begin; --i) {
      if (IsBoundaryAt(text, i - 1)) {
        begin = i;
        break;
      }
    }
    for (const Cue& c : cues_.clauses) {
      if (OpensClause(c) && c.end <= at && c.begin >= begin) begin = c.begin;
    }
    return begin;
  }

  // What an anaphor at `at` refers to: the first organisation of its
  // clause, then of its sentence, else the one the text is about.
  std::optional<EntityRef> Antecedent(std::string_view text, std::size_t s_begin, std::size_t at,
                                      const std::vector<EntityRef>& entities,
                                      const std::function<bool(const EntityRef&)>& candidate,
                                      const std::optional<EntityRef>& focus) const {
    const std::function<bool(const EntityRef&)> organisation = [&](const EntityRef& e) {
      return e.type == "org" && candidate(e);
    };
    // In apposition to the name right before it: "rival Samsung
    // Electronics, the company that reported ...".
    const std::size_t i = FirstStartingAtOrAfter(entities, at);
    if (i > 0 && entities[i - 1].begin() >= s_begin && organisation(entities[i - 1])) {
      const std::size_t after = entities[i - 1].end();
      if (after < at && IsBoundaryAt(text, after) && text[after] == ',' && SkipSpaces(text, after + 1, at) == at) {
        return entities[i - 1];
      }
    }
    const auto skipped = Skipped(text, s_begin, at);
    if (const EntityRef* e = FirstIn(ClauseStart(text, s_begin, at), at, entities, organisation, skipped)) return *e;
    if (const EntityRef* e = FirstIn(s_begin, at, entities, organisation, skipped)) return *e;
    return focus;
  }

  // Where a parenthesis closing right before `at` opens ("Humain（ヒューメイン）"),
  // within the sentence; `at` when none closes there.
  static std::size_t BeforeParenthesis(std::string_view text, std::size_t s_begin, std::size_t at) {
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}}) {
      if (at < s_begin + close.size() || text.substr(at - close.size(), close.size()) != close) continue;
      const std::size_t opened = text.rfind(open, at - close.size());
      if (opened != std::string_view::npos && opened >= s_begin) return opened;
    }
    return at;
  }

  // The product a price per unit is of: the accelerator named in the
  // amount's clause ("le prix d'une GB300 à quelque 65 000 dollars"), else
  // the last one named before it in its sentence ("Each GB300 sells for").
  static const EntityRef* Product(std::size_t s_begin, std::size_t c_begin, std::size_t c_end, const Annotation& m,
                                  const std::vector<EntityRef>& entities) {
    const EntityRef* before = nullptr;
    for (std::size_t i = FirstStartingAtOrAfter(entities, s_begin); i < entities.size() && entities[i].begin() < c_end;
         ++i) {
      const EntityRef& e = entities[i];
      if (e.type != "accelerator") continue;
      if (e.begin() >= c_begin) return &e;
      if (e.end() <= m.begin) before = &e;
    }
    return before;
  }

  // `via` says how the subject was found: possessive, name (the first of
  // its clause or sentence), attribution (a company speaking of itself),
  // anaphor, or document focus.
  std::optional<EntityRef> Subject(const Language& lang, std::string_view text, std::size_t s_begin,
                                   std::size_t s_end, std::size_t c_begin, std::size_t c_end, const Annotation& m,
                                   bool is_count, const Cue* predicate_cue, const std::vector<EntityRef>& entities,
                                   const std::vector<Annotation>& gpu_spans, const std::optional<Source>& source,
                                   const std::optional<EntityRef>& focus, double focus_share,
                                   std::string* via) const {
    constexpr double kClearFocus = 0.5;
    const std::function<bool(const EntityRef&)> any_candidate = [&](const EntityRef& e) {
      if (e.type != "org" && e.type != "person") return false;
      if (IsSource(e) || (source && source->named_here && source->entity.annotation == e.annotation)) return false;
      // A chip maker named after a count of chips is their vendor: "18,000
      // GB300 chips from Nvidia", "3.072 GPU H800 của Nvidia".
      if (is_count && e.begin() >= m.end && e.category == "chip_maker") return false;
      // Nor is the seller of counted chips: "エヌビディアから1万8000個", "from Nvidia".
      if (is_count && e.category == "chip_maker" && SellerMarked(e)) return false;
      // GPU spans are sorted and disjoint: only the last one starting at or
      // before the entity can hold it.
      const auto gpu = std::upper_bound(gpu_spans.begin(), gpu_spans.end(), e.begin(),
                                        [](std::size_t at, const Annotation& g) { return at < g.begin; });
      return !(gpu != gpu_spans.begin() && e.end() <= std::prev(gpu)->end);
    };
    // "la compra de Informatica": what is bought is not who buys.
    const EntityRef* bought = nullptr;
    if (predicate_cue != nullptr && FamilyOf(*predicate_cue->label).possessor_is_object) {
      bought = Possessor(lang, text, s_begin, s_end, predicate_cue->begin, predicate_cue->end, true, entities,
                         any_candidate);
    }
    // A name the language marks as an object ("インフォマティカを",
    // "Informatica'yı").
    auto marked_object = [&](const EntityRef& e) {
      return std::any_of(cues_.clauses.begin(), cues_.clauses.end(), [&](const Cue& k) {
        return *k.label == "object_marker" && GluedToName(text, e.end(), k.begin);
      });
    };
    // A subsidy or a fine is about who receives it: the government that
    // grants or imposes it is not its subject.
    const bool to_recipient = predicate_cue != nullptr && FamilyOf(*predicate_cue->label).to_recipient;
    const std::function<bool(const EntityRef&)> candidate = [&](const EntityRef& e) {
      return !marked_object(e) && (bought == nullptr || e.annotation != bought->annotation) &&
             !(to_recipient && e.category == "government") && any_candidate(e);
    };
    // A company that speaks may be what its own "its" refers to: "xAI says
    // its cluster runs on 200,000 GPUs".
    const std::function<bool(const EntityRef&)> antecedent = [&](const EntityRef& e) {
      return candidate(e) || (source && source->named_here && source->entity.annotation == e.annotation &&
                              !IsSource(e) && !marked_object(e));
    };
    auto by_anaphor = [&](std::size_t at) {
      *via = "anaphor";
      return Antecedent(text, s_begin, at, entities, antecedent, focus);
    };

    // 1. The possessor of the value, or of its predicate when that stands
    // in the value's clause; "the acquisition of X" names the target, not
    // the buyer, where the family says so.
    struct Owned {
      std::size_t begin, end;
      bool possessor_after;
    };
    std::vector<Owned> owned = {{m.begin, m.end, true}};
    if (predicate_cue != nullptr && predicate_cue->begin >= c_begin && predicate_cue->end <= c_end) {
      owned.push_back({predicate_cue->begin, predicate_cue->end, !FamilyOf(*predicate_cue->label).possessor_is_object});
    }
    for (const Owned& o : owned) {
      if (const EntityRef* e =
              Possessor(lang, text, s_begin, s_end, o.begin, o.end, o.possessor_after, entities, candidate)) {
        *via = "possessive";
        return *e;
      }
      // "its revenue", "seine Bewertung".
      for (const Cue& a : cues_.anaphora) {
        if (*a.label == "subject" && a.end <= o.begin && FewWords(text, a.end, o.begin, 1)) {
          if (auto antecedent = by_anaphor(a.begin)) return antecedent;
        }
      }
    }

    // 2. A name the language marks as the topic ("セールスフォースは"), else
    // the subject marked last before the value: an earlier one is an
    // embedded clause's ("TSMCが熊本県に設けた子会社JASMの工場に、日本政府が").
    const EntityRef* topic = nullptr;
    const EntityRef* marked_subject = nullptr;
    for (const Cue& k : cues_.clauses) {
      if (k.begin >= m.begin) break;
      if (*k.label != "subject_marker" && *k.label != "topic_marker") continue;
      // The name right before the marker, or before a reading in
      // parentheses there: "Humain（ヒューメイン）は".
      const std::size_t at = BeforeParenthesis(text, s_begin, k.begin);
      const std::size_t i = FirstStartingAtOrAfter(entities, at);
      if (i == 0 || entities[i - 1].begin() < s_begin || entities[i - 1].end() != at) continue;
      if (*k.label == "topic_marker" && topic == nullptr) topic = &entities[i - 1];
      if (*k.label == "subject_marker") marked_subject = &entities[i - 1];
    }
    for (const EntityRef* e : {topic, marked_subject}) {
      if (e != nullptr && candidate(*e)) {
        *via = "name";
        return *e;
      }
      if (e != nullptr) break;
    }

    // 3. A relative clause right after the value is about it: "the $5.6
    // million that DeepSeek reported", "la ronda de 600 millones que la
    // firma cerró".
    for (const Cue& c : cues_.clauses) {
      if (c.begin < m.end || *c.label != "relative") continue;
      if (!FewWords(text, m.end, c.begin, 1)) break;
      std::size_t close = c.end;
      while (close < s_end && !IsBoundaryAt(text, close)) ++close;
      const EntityRef* named = FirstIn(c.end, close, entities, candidate, {});
      const Cue* anaphor = nullptr;
      for (const Cue& a : cues_.anaphora) {
        if (*a.label == "subject" && a.begin >= c.end && a.end <= close) {
          anaphor = &a;
          break;
        }
      }
      if (anaphor != nullptr && (named == nullptr || anaphor->begin < named->begin())) {
        if (auto antecedent = by_anaphor(anaphor->begin)) return antecedent;
      }
      if (named != nullptr) {
        *via = "name";
        return *named;
      }
      break;
    }

    // A subsidy or a fine is about who receives it, named after the
    // amount ("€5 billion of state aid for ESMC"), not who grants it.
    if (to_recipient) {
      if (const EntityRef* e = FirstIn(m.end, AfterParenthesis(text, m.end, c_end, s_end), entities, candidate, {})) {
        *via = "name";
        return *e;
      }
      // Else the one named last before it: the sentence names the granter
      // or the recipient's owner first ("TSMCが熊本県に設けた子会社JASMの工場に、
      // 日本政府が最大4760億円を助成した", "Berlin had promised Intel €9.9bn").
      for (std::size_t i = FirstStartingAtOrAfter(entities, m.begin); i > 0; --i) {
        const EntityRef& e = entities[i - 1];
        if (e.begin() < s_begin) break;
        if (e.end() <= m.begin && candidate(e)) {
          *via = "name";
          return e;
        }
      }
    }

    // 4. The first name of the value's clause, then of its sentence; an
    // anaphor standing before it is the subject instead ("l'entreprise
    // fondée par d'anciens chercheurs de Google").
    const auto skipped = Skipped(text, s_begin, m.begin);
    const Cue* first_anaphor = nullptr;
    for (const Cue& a : cues_.anaphora) {
      if (*a.label == "subject" && a.end <= m.begin) {
        first_anaphor = &a;
        break;
      }
    }
    auto named_or_anaphor = [&](const EntityRef* e, std::size_t from) -> std::optional<EntityRef> {
      // "El fabricante neerlandés ASML": an anaphor in apposition to the
      // name is that name.
      const bool apposition = e != nullptr && first_anaphor != nullptr && first_anaphor->end <= e->begin() &&
                              FewWords(text, first_anaphor->end, e->begin(), 1);
      if (first_anaphor != nullptr && first_anaphor->begin >= from && !apposition &&
          (e == nullptr || first_anaphor->end <= e->begin())) {
        return by_anaphor(first_anaphor->begin);
      }
      if (e == nullptr) return std::nullopt;
      *via = "name";
      return *e;
    };
    if (auto s = named_or_anaphor(FirstIn(c_begin, m.begin, entities, candidate, skipped), c_begin)) return s;
    // The value in a relative clause that names nobody is its antecedent's:
    // "de Informatica, que ingresó 1.600 millones".
    for (const Cue& r : cues_.clauses) {
      if (r.begin != c_begin || *r.label != "relative") continue;
      const std::size_t i = FirstStartingAtOrAfter(entities, r.begin);
      if (i == 0) break;
      const EntityRef& e = entities[i - 1];
      // Between the name and the clause word: nothing, or an apposition
      // ("Samsung Electronics, its larger rival, which reported ...").
      const bool adjacent = e.end() <= r.begin && SkipSpaces(text, e.end(), r.begin) + 1 >= r.begin;
      const bool apposition = e.end() < r.begin && text[e.end()] == ',' &&
                              FewWords(text, e.end() + 1, r.begin > 0 && text[r.begin - 1] == ' ' ? r.begin - 1 : r.begin, 3,
                                       false, /*commas=*/true);
      if (e.begin() >= s_begin && (adjacent || apposition) && candidate(e)) {
        // "Google e Amazon, que juntas já somam US$ 11 bilhões": the first
        // of names joined by a conjunction.
        std::size_t first = i - 1;
        while (first > 0 && entities[first - 1].begin() >= s_begin && candidate(entities[first - 1]) &&
               Conjoined(text, entities[first - 1].end(), entities[first].begin())) {
          --first;
        }
        *via = first == i - 1 ? "name" : "coordination";
        return entities[first];
      }
      break;
    }
    // A company stating its own figure in the value's clause.
    if (source && source->named_here && source->entity.begin() >= c_begin && source->entity.type == "org" &&
        !IsSource(source->entity)) {
      *via = "attribution";
      return source->entity;
    }
    if (auto s = named_or_anaphor(FirstIn(s_begin, m.begin, entities, candidate, skipped), s_begin)) return s;
    // 5. A name right after the value, in its clause ("€5 billion for ESMC").
    if (const EntityRef* e = FirstIn(m.end, AfterParenthesis(text, m.end, c_end, s_end), entities, candidate, {})) {
      *via = "name";
      return *e;
    }
    if (source && source->entity.type == "org" && !IsSource(source->entity)) {
      *via = "attribution";  // "DeepSeek said its costs ..."
      return source->entity;
    }
    // 6. A sentence that names nobody but sources before the value or in
    // its clause ("Operating costs are estimated at $944 million.",
    // "Analysts polled by LSEG expected 4.9 trillion won") is about what the
    // text is about, when that is clear.
    bool names_anyone = false;
    for (std::size_t i = FirstStartingAtOrAfter(entities, s_begin);
         !names_anyone && i < entities.size() && entities[i].begin() < c_end; ++i) {
      names_anyone = candidate(entities[i]);
    }
    if (!names_anyone && focus && focus_share >= kClearFocus) {
      *via = "document focus";
      return focus;
    }
    return std::nullopt;
  }

  std::string data_dir_;
  std::vector<ValueSource> sources_;
  claimex::claims::Languages languages_;
  bool relations_;
  std::map<std::string, Family> families_;  // predicate -> its slot and kind
  std::map<std::string, UnitPrice> unit_prices_;  // per -> what an amount per it is
  std::string product_per_;  // the first per of a product's price in per_unit.tsv: a price of one product is per it
  std::set<std::pair<std::string, std::string>> refinements_;  // (family, the family it says more than)
  std::map<std::string, std::string> basis_of_hedge_;  // hedge -> forecast
  std::optional<EntityRef> last_source_;  // within the current document only
  std::vector<const EntityRef*> analysts_by_end_;  // of the current document
  // Where the current document's numerals of four digits start that the
  // numerals stage found to be no year ("2000 munkahely", lang/*/years.tsv).
  std::vector<std::size_t> not_years_;
  SpanCues cues_;                                  // of the sentence of the current claim
  const Language* language_ = nullptr;             // of the current document
  std::size_t range_low_ = SIZE_MAX;               // the claim of the last range's low end
  std::string_view text_;                          // of the current document
};

}  // namespace

CLAIMEX_PLUGIN(Claims, {
    .name = "claims",
    .version = "2.0.0",
    .description = "Claim records: subject, predicate, value, qualifiers (scope, period, per unit), attribution, "
                   "hedge and evidence for every value mention of the layers its values option names (money and GPU "
                   "counts by default; quantities of other stages), from per-language cue data.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "data_dir": {"type": "string", "default": "",
                     "description": "Folder with lang/<code>/*.tsv, lexicon/predicate_families.tsv and lexicon/per_unit.tsv; empty: the data installed with claimex."},
        "fallback_language": {"type": "string", "default": "en",
                     "description": "The language of a document whose lang names no language of the data and whose text gives no sign of one."},
        "values": {"type": "array", "minItems": 1,
                   "default": [{"layer": "money", "type": "money"}, {"layer": "gpu_counts", "type": "count"}],
                   "description": "The layers whose mentions become claims. type money (value, currency, bound, precision: the money stage's) or count (count, model: gpu_count's); type quantity, any amount with a unit: its mentions' attributes amount (default value), unit (default unit), precision, bound, and its predicate: the attribute predicate_attribute names, else predicate (of data/lexicon/predicate_families.tsv), else the predicate cues of its sentence as for money. Subject, qualifiers, attribution, hedge and evidence come as for money.",
                   "items": {"type": "object", "properties": {
                     "layer": {"type": "string", "minLength": 1},
                     "type": {"enum": ["money", "count", "quantity"], "default": "quantity"},
                     "amount": {"type": "string", "minLength": 1}, "unit": {"type": "string", "minLength": 1},
                     "precision": {"type": "string", "minLength": 1}, "bound": {"type": "string", "minLength": 1},
                     "predicate": {"type": "string", "minLength": 1}, "predicate_attribute": {"type": "string", "minLength": 1}},
                   "required": ["layer"], "additionalProperties": false}},
        "relations": {"type": "boolean", "default": true,
                     "description": "Write subject.part_of, the organisation the subject belongs to (gazetteer part_of), so that the merge may file a parent's claim under the one subsidiary's fact it matches."}
      },
      "additionalProperties": false
    })",
    .reads = "sentences,numbers,entities,$values",
    .writes = "claims",
});
