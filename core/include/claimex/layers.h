// The layers the built-in stages write, and typed reads of their attributes.
//
// A plugin that reads another stage's layer needs to know which keys it
// holds and which alternative of AttrValue each one is: a std::get of the
// wrong alternative throws, and a throwing stage rejects every document.
// This header is that list. Read attributes with GetNumber, GetString and
// GetBool below, which return nothing instead of throwing when a key is
// missing or of another type. Output records write the same keys (JSON
// field names of schemas/annotations.schema.json and claim.schema.json).
//
// Types: "double" is AttrValue's double, "int" its int64_t, "string" its
// std::string, "bool" its bool, "null" std::monostate. "?" marks a key that
// is set only when it applies. Spans are byte offsets (document.h).
//
// Dotted keys: a key with a dot ("subject.id") is written in output records
// as a field of a nested object ({"subject": {"id": ...}}), split at the
// first dot only. A stage writes the keys of one object next to each other
// (subject.id, subject.type, then other keys), since the writer opens the
// object at its first key and closes it at the first key outside it. A bare
// key set to null ("subject" = monostate) writes `"subject": null`.
//
// sentences (internal; normalize)
//   no attributes: one annotation per sentence, in text order, not
//   overlapping. Not in output records.
//
// numbers (numerals)
//   value          double  the value, scale applied ("1,6 Mrd." is 1.6e9)
//   precision      double  half a unit of the last stated digit, scaled
//   integer        bool    no fractional digits stated
//   scale          int?    power of ten of a scale word or suffix
//   scale_text     string? the scale word as written ("Milliarden", "bn")
//   percent        bool?   true for "12%"
//   plus           bool?   "2+ billion"
//   approx         bool?   "tens of millions"
//   year_like      bool?   four digits that may be a year
//   range          string? "from" or "to": an end of a range
//   magnitude_unsure bool? a range end whose scale word could not be shared
//   reading        string  unambiguous, convention, words
//   reason         string? why an ambiguous numeral got its reading
//   alt_value, alt_precision double?, alt_integer bool?
//                          the other reading of an ambiguous numeral
//   A numeral glued to a unit listed in data/lexicon/units.tsv ("250MW",
//   "5GW") is a number whose span ends before the unit.
//
// money (money)
//   value          double  in units of the currency ("42 cents" is 0.42)
//   currency       string  ISO 4217
//   currency_via   string  written, outlet, text, default, sentence, range
//   bound          string  exact, approx, over, under, at_least, at_most
//   precision      double
//   range          string? "from" or "to"
//   reading        string  the numeral's reading
//
// gpu_counts (gpu_count)
//   count          int
//   precision      double  at least 0.5
//   model          string or null   canonical accelerator id ("H100")
//   bound          string  as for money
//   reading, reason string
//
// entities (entities)
//   type           string  org, person, accelerator
//   id             string  canonical id ("nvidia"), or a slug of the name
//   category       string? from the gazetteer: ai_lab, analyst, chip_maker,
//                          cloud, company, exchange, government, investor,
//                          media, regulator, university
//   gazetteer      bool    false for names found by pattern
//   title          string? a person's role word ("ceo")
//
// claims (claims): the fields of schemas/claim.schema.json as dotted keys:
//   subject.id, subject.type, subject.text, subject.via (or subject = null),
//   predicate, predicate_via, family, family_kind (string);
//   value.type (money, count, quantity), value.amount (double),
//   value.currency (money), value.count (int: count), value.unit (count,
//   quantity), value.bound (string), value.precision (double);
//   qualifiers.model, .scope, .period, .per, .basis (string or null);
//   attribution.id, attribution.text (or attribution = null), hedge,
//   language, evidence.doc, evidence.source, evidence.published,
//   evidence.sentence.
//
// Layers of the rules stage are named by its rule files; their attributes
// are listed by `claimex plugins rules`.
#ifndef CLAIMEX_LAYERS_H_
#define CLAIMEX_LAYERS_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "claimex/document.h"

namespace claimex {

// A number attribute as a double, whether stored as double or int.
inline std::optional<double> GetNumber(const Annotation& a, std::string_view key) {
  const AttrValue* v = a.Get(key);
  if (v == nullptr) return std::nullopt;
  if (const auto* d = std::get_if<double>(v)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(v)) return static_cast<double>(*i);
  return std::nullopt;
}

// A view of a string attribute, valid while the annotation is; empty when
// the key is missing or not a string.
inline std::string_view GetString(const Annotation& a, std::string_view key) {
  const AttrValue* v = a.Get(key);
  const auto* s = v ? std::get_if<std::string>(v) : nullptr;
  return s ? std::string_view(*s) : std::string_view();
}

// True only when the key holds the bool true.
inline bool GetBool(const Annotation& a, std::string_view key) {
  const AttrValue* v = a.Get(key);
  const auto* b = v ? std::get_if<bool>(v) : nullptr;
  return b != nullptr && *b;
}

}  // namespace claimex

#endif  // CLAIMEX_LAYERS_H_
