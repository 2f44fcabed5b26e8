// The numeral parser behind the numerals stage, kept apart from the plugin
// glue so that tests and benchmarks can drive it directly.
//
// Parsing is two passes over a document: the first finds numeral tokens and
// the evidence each gives about the decimal convention; the document's
// convention is decided from all of it (the language is only a prior); the
// second gives every numeral its value, resolving ambiguous ones ("2.048",
// "1,600") by that convention and saying so.
#ifndef CLAIMEX_PLUGINS_NUMERALS_NUMERAL_PARSER_H_
#define CLAIMEX_PLUGINS_NUMERALS_NUMERAL_PARSER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text_scan.h"

namespace claimex::numerals {

enum class Convention { kDotDecimal, kCommaDecimal };

struct Evidence {
  std::uint32_t begin = 0, end = 0;  // bytes of the numeral that gave it
  Convention supports = Convention::kDotDecimal;
  double weight = 0;
};

struct ConventionDecision {
  Convention decimal = Convention::kDotDecimal;
  double confidence = 0.5;  // share of the weight for the winner, 0.5..1
  std::string prior;        // "." or "," from the language, empty if none
  std::vector<Evidence> evidence;
};

struct Number {
  std::uint32_t begin = 0, end = 0;  // bytes: sign, numeral, scale word
  double value = 0;
  double precision = 0;  // half a unit of the last significant digit, times scale
  bool integer = false;  // no fractional digits stated, no fractional value
  int scale = 0;         // power of ten applied
  std::string scale_text;
  bool percent = false;
  bool plus = false;    // "2+ billion"
  bool approx = false;  // vague: "tens of millions", "10s of millions" (also plus: at least that much)
  bool year_like = false;
  bool words = false;  // written in words
  bool grouped = false;  // thousands separators in the figure ("650,000"): a magnitude of its own
  // The start of a range whose partner has a scale word that could not be
  // shared ("300 to 5 million": 300 million would exceed 5 million), so the
  // figure's own magnitude is not known; a unit written with it still holds.
  bool magnitude_unsure = false;
  std::string reading;  // unambiguous, convention, words
  std::string reason;
  std::optional<double> alt_value;  // the other reading of an ambiguous numeral
  std::optional<double> alt_precision;
  bool alt_integer = false;
  std::string range;  // "from" / "to" when part of a range
};

struct ParseResult {
  ConventionDecision convention;
  std::vector<Number> numbers;  // in text order, not overlapping
};

// One language's number words (data_dir/numbers/<lang>.tsv): "two",
// "zwanzig", "un" before "milliard", "pół", "Viertelmilliarde".
struct NumberWords {
  enum class Kind { kNumber, kArticle, kMultiplier, kJoiner, kFraction, kScaled, kVague };
  struct Word {
    Kind kind = Kind::kNumber;
    double value = 0;  // kVague: a power of ten
    int power = 0;     // kScaled
    // kMultiplier: the largest figure it multiplies, 0 for any ("deux cents"
    // is 200, "vingt-cinq cents" 25 cents, not 2500).
    double largest_before = 0;
    bool ascii = false;  // written in ASCII: a match must be too ("ſix" folds to "six" but is none)
  };
  plugin::CueLexicon lexicon;  // label: index into words
  std::vector<Word> words;
  // The word starting at byte `at` (spaces skipped), or null; `*end` gets
  // the byte after it.
  const Word* At(std::string_view text, std::size_t at, std::size_t* end) const;
  bool may_start[256] = {};  // first bytes of the words, both cases: a cheap test first
  // Whether a figure may start with a word that begins with these three
  // bytes (hashed), so that most words ("the", "of", "und") cost a table
  // lookup and no walk through the lexicon.
  bool MayBegin(std::string_view text, std::size_t at) const {
    return static_cast<unsigned char>(text[at]) >= 0x80 ? beyond_ascii_ : begins_[KeyAt(text, at)];
  }
  void AddBeginning(std::string_view word);

 private:
  static std::size_t KeyAt(std::string_view text, std::size_t at);
  std::vector<bool> begins_ = std::vector<bool>(1 << 16);
  bool beyond_ascii_ = false;  // a word starts with a letter beyond ASCII
};

// The lexicons a parser needs; immutable once built, shared by instances.
class ScaleTables {
 public:
  // Loads data_dir/scales/*.tsv: file name = language.
  explicit ScaleTables(const std::string& data_dir);
  // Scale words of `lang` (primary subtag), then English as the fallback.
  std::vector<const plugin::CueLexicon*> For(std::string_view lang) const;

  // Currency forms from data_dir/lexicon/currencies.tsv (empty when the
  // folder has none), which tell a range's ends apart: "25 dollar tot 28
  // dollar", "US$24 hingga US$26".
  const plugin::CueLexicon& currency_prefixes() const { return currency_prefixes_; }
  const plugin::CueLexicon& currency_suffixes() const { return currency_suffixes_; }
  const plugin::CueLexicon& connectors() const { return connectors_; }
  // Scale words after which a figure goes on with a smaller part one space
  // on (the third column of scales/<lang>.tsv: Turkish "2 bin 500").
  const plugin::CueLexicon& parts_words() const { return parts_words_; }
  // Currency forms that carry a power of ten of their own (the fourth
  // column of currencies.tsv): "cents" (-2), Quebec's "G$" (9), "M€" (6).
  // They are the figure's scale word, and name its currency too.
  const plugin::CueLexicon& currency_scales() const { return currency_scales_; }
  // Units that may be glued to the digits (data_dir/lexicon/units.tsv):
  // "250MW" is a number, where "5G" or "910B" is part of a name.
  const plugin::CueLexicon& glued_units() const { return glued_units_; }
  // A prefix form of letters only, or a dollar sign and letters ("USD",
  // "EUR", "Rp", "RM", "$US"): glued to the digits ("EUR5bn", "Rp163",
  // "$US5") it does not make them part of a name.
  bool IsGluedCurrency(std::string_view letters) const;
  // Number words of `lang` (primary subtag; English for none), or null.
  const NumberWords* NumberWordsFor(std::string_view lang) const;
  // Whether the year-like figure ending at byte `end` may be a year in
  // `lang`: a language with data_dir/lang/<code>/years.tsv writes a year
  // before a word only before the words listed there (Hungarian "2026.
  // április", "2024-ben", "2000 óta", but "2000 munkahely" is a count).
  bool MayBeYear(std::string_view lang, std::string_view text, std::size_t end) const;
  // Whether a glued form ends in this ASCII letter: a cheap test first.
  bool MayEndGluedCurrency(char c) const { return glued_last_letters_[static_cast<unsigned char>(c)]; }

  // For a document that names no language: the language with scale words
  // whose `common` words (data_dir/lang/<code>/language.tsv, as the claims
  // stage guesses) the first bytes of `text` use most, at least twice and
  // more than English's; empty otherwise. Costs a few map lookups per word
  // of those bytes, and only such documents pay it.
  std::string_view Guess(std::string_view text) const;

 private:
  std::map<std::string, std::uint64_t, std::less<>> common_words_;  // folded word -> bits of guessable_
  std::vector<std::string> guessable_;
  std::map<std::string, plugin::CueLexicon, std::less<>> by_lang_;
  std::map<std::string, NumberWords, std::less<>> number_words_;
  struct YearWord {
    std::u32string folded;
    bool prefix = false;  // written with a final "*": "januárjában" for "január*"
  };
  std::map<std::string, std::vector<YearWord>, std::less<>> year_words_;  // by language
  plugin::CueLexicon currency_prefixes_, currency_suffixes_, connectors_, currency_scales_, glued_units_, parts_words_;
  std::vector<std::string> glued_currencies_;  // sorted
  bool glued_last_letters_[256] = {};
};

class NumeralParser {
 public:
  explicit NumeralParser(std::shared_ptr<const ScaleTables> scales);
  ~NumeralParser();

  ParseResult Parse(std::string_view text, std::string_view lang);

 private:
  struct Token;
  bool ScanToken(std::string_view text, std::size_t start, Token& token) const;
  static double StatedPrecision(const std::string& whole, const std::string& frac, int scale);
  void Resolve(std::string_view text, Token& token, const ConventionDecision& convention,
               const std::vector<const plugin::CueLexicon*>& scales, Number& out) const;
  void FindNumberWords(std::string_view text, const NumberWords& words,
                       const std::vector<const plugin::CueLexicon*>& scales, std::vector<Number>& numbers) const;
  bool NumberInWords(std::string_view text, std::size_t begin, const NumberWords& words,
                     const std::vector<const plugin::CueLexicon*>& scales, Number& out) const;
  void FindKanjiNumerals(std::string_view text, const std::vector<const plugin::CueLexicon*>& scales,
                         std::vector<Number>& numbers) const;
  void ComposeParts(std::string_view text, std::vector<Number>& numbers) const;
  void LinkRanges(std::string_view text, std::vector<Number>& numbers) const;
  std::string PriorFor(std::string_view lang);

  std::shared_ptr<const ScaleTables> scales_;
  std::map<std::string, std::string, std::less<>> prior_cache_;
};

}  // namespace claimex::numerals

#endif  // CLAIMEX_PLUGINS_NUMERALS_NUMERAL_PARSER_H_
