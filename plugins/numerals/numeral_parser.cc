#include "numeral_parser.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <stdexcept>

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include "data_files.h"

namespace claimex::numerals {
namespace {

// How far a round figure's trailing zeros may stretch it, as a share of it.
constexpr double kRoundFigureShare = 0.1;

using plugin::CueLexicon;
using plugin::DecodeAt;
using plugin::DecodeBefore;
using plugin::IsCurrencySymbol;
using plugin::IsDigitChar;
using plugin::IsLetter;
using plugin::IsSpaceChar;
using plugin::IsWordChar;

constexpr double kUnambiguousWeight = 3;
constexpr double kRoundGroupWeight = 2;  // "10.000": nobody writes ten as 10.000
constexpr double kAmbiguousWeight = 1;
constexpr double kPriorWeight = 1.5;

// Separators that group thousands but never mark decimals; U+066C is the
// Arabic thousands separator ("١٬٠٠٠").
bool IsGroupingSpace(char32_t c) {
  return c == ' ' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == '\'' || c == 0x2019 || c == 0x066C;
}
// The Arabic decimal separator ("١٫٥"): a decimal mark whatever the
// document's convention, and no evidence about it.
constexpr char32_t kArabicDecimal = 0x066B;
constexpr char kArabicDecimalSep = 'a';  // how a token's seps write it

// The Arabic block and its presentation forms (tatweel U+0640 included).
bool IsArabicLetter(char32_t c) { return (c >= 0x0620 && c <= 0x06FF) || (c >= 0xFB50 && c <= 0xFEFC); }

std::string_view PrimaryLanguage(std::string_view lang) {
  const auto cut = lang.find_first_of("-_");
  return cut == std::string_view::npos ? lang : lang.substr(0, cut);
}

// Calls `f` with each word of `text`, case-folded into `key`: a run of
// letters and digits, or one CJK character (as the claims stage tokenises).
template <typename F>
void ForEachWord(std::string_view text, std::string& key, F f) {
  key.clear();
  std::size_t n = 0;
  auto close = [&] {
    if (!key.empty()) f(key);
    key.clear();
  };
  for (std::size_t i = 0; i < text.size(); i += n) {
    const char32_t c = DecodeAt(text, i, &n);
    const bool cjk = plugin::IsCjk(c);
    if (cjk || !IsWordChar(c)) close();
    if (!cjk && !IsWordChar(c)) continue;
    plugin::AppendUtf8(plugin::Fold(c), key);
    if (cjk) close();
  }
  close();
}

template <typename Map>
const std::string* Find(const Map& map, std::string_view key) {
  const auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}

}  // namespace

bool ScaleTables::MayBeYear(std::string_view lang, std::string_view text, std::size_t end) const {
  const auto words = year_words_.find(PrimaryLanguage(lang));
  if (words == year_words_.end() || end + 1 >= text.size() || text[end] != ' ') return true;
  std::size_t word_end = end + 1, n = 0;
  while (word_end < text.size() && IsWordChar(DecodeAt(text, word_end, &n))) word_end += n;
  if (word_end == end + 1 || IsDigitChar(DecodeAt(text, end + 1, &n))) return true;
  const std::u32string word = plugin::FoldToU32(text.substr(end + 1, word_end - end - 1));
  return std::any_of(words->second.begin(), words->second.end(), [&](const YearWord& w) {
    return w.prefix ? word.starts_with(w.folded) : word == w.folded;
  });
}

ScaleTables::ScaleTables(const std::string& data_dir) {
  // Scale words and suffix currency forms as written, for the endings of
  // lang/<code>/endings.tsv.
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> scale_words;
  std::set<std::string, std::less<>> suffix_forms;
  for (const auto& file : plugin::TsvFilesIn(data_dir + "/scales")) {
    const std::string lang = std::filesystem::path(file).stem().string();
    CueLexicon& table = by_lang_[lang];
    for (const auto& row : plugin::ReadTsv(file, 2)) {
      int exponent = 0;
      try {
        exponent = std::stoi(row.fields[1]);
      } catch (const std::exception&) {
        throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": power of ten is not a number");
      }
      table.Add(row.fields[0], std::to_string(exponent));
      scale_words[lang].emplace(row.fields[0], std::to_string(exponent));
      if (row.fields.size() > 2 && !row.fields[2].empty()) {
        if (row.fields[2] != "parts") {
          throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": the third column is parts or nothing");
        }
        parts_words_.Add(row.fields[0], "parts");
      }
    }
  }
  if (!by_lang_.contains("en")) throw std::runtime_error("data folder " + data_dir + " has no scales/en.tsv");
  const std::string currencies = data_dir + "/lexicon/currencies.tsv";
  std::vector<std::pair<std::string, std::string>> currency_scale_rows;
  if (std::filesystem::exists(currencies)) {
    for (const auto& row : plugin::ReadTsv(currencies, 3)) {
      const std::string& form = row.fields[0];
      const std::string& where = row.fields[2];
      if (where != "suffix") {
        currency_prefixes_.Add(form, "currency");
        // Letters, maybe after a dollar sign ("$US5 billion").
        const std::size_t first = !form.empty() && form[0] == '$' ? 1 : 0;
        const bool letters = std::all_of(form.begin() + first, form.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        });
        if (letters && form.size() > first) {
          glued_currencies_.push_back(form);
          glued_last_letters_[static_cast<unsigned char>(form.back())] = true;
        }
      }
      if (where != "prefix") {
        currency_suffixes_.Add(form, "currency");
        suffix_forms.insert(form);
      }
      if (row.fields.size() > 3 && !row.fields[3].empty()) {
        int exponent = 0;
        try {
          exponent = std::stoi(row.fields[3]);
        } catch (const std::exception&) {
          throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": power of ten is not a number");
        }
        if (where != "suffix") {
          throw std::runtime_error(row.file + ":" + std::to_string(row.line) +
                                   ": a form with a power of ten stands after the figure (suffix)");
        }
        currency_scales_.Add(form, std::to_string(exponent));
        currency_scale_rows.emplace_back(form, std::to_string(exponent));
      }
    }
    std::sort(glued_currencies_.begin(), glued_currencies_.end());
  }
  // A currency form with a power of ten is a scale word in every language
  // ("42 cents", "41 G$"), looked up with the language's own.
  for (auto& [lang, table] : by_lang_) {
    for (const auto& [form, exponent] : currency_scale_rows) table.Add(form, exponent);
  }
  // "milyarlık", "binden", "dollárt": endings glued to a scale word of the
  // language, or to a currency after the figure.
  for (const auto& inflected : plugin::ReadEndings(data_dir)) {
    const auto words = scale_words.find(inflected.lang);
    const auto* exponent = words == scale_words.end() ? nullptr : Find(words->second, inflected.word);
    if (exponent != nullptr) {
      by_lang_[inflected.lang].Add(inflected.form, *exponent);
    } else if (suffix_forms.contains(inflected.word)) {
      currency_suffixes_.Add(inflected.form, "currency");
    } else {
      throw std::runtime_error(inflected.where + ": \"" + inflected.word + "\" is no scale word of scales/" +
                               inflected.lang + ".tsv and no currency written after a figure in lexicon/currencies.tsv");
    }
  }
  for (const auto& [lang, table] : by_lang_) {
    const std::string file = data_dir + "/lang/" + lang + "/language.tsv";
    if (guessable_.size() >= 64 || !std::filesystem::exists(file)) continue;
    const std::uint64_t bit = std::uint64_t{1} << guessable_.size();
    bool common = false;
    std::string key;
    for (const auto& row : plugin::ReadTsv(file, 2)) {
      if (row.fields[0] != "common") continue;
      common = true;
      ForEachWord(row.fields[1], key, [&](const std::string& word) { common_words_[word] |= bit; });
    }
    if (common) guessable_.push_back(lang);
  }
  if (std::filesystem::exists(data_dir + "/lang")) {
    for (const auto& entry : std::filesystem::directory_iterator(data_dir + "/lang")) {
      const std::string file = (entry.path() / "years.tsv").string();
      if (!entry.is_directory() || !std::filesystem::exists(file)) continue;
      auto& words = year_words_[entry.path().filename().string()];
      for (const auto& row : plugin::ReadTsv(file, 1)) {
        std::string_view word = row.fields[0];
        const bool prefix = word.ends_with('*');
        if (prefix) word.remove_suffix(1);
        if (word.empty()) throw std::runtime_error(row.file + ":" + std::to_string(row.line) + ": an empty word");
        words.push_back({plugin::FoldToU32(word), prefix});
      }
    }
  }
  const std::string connectors = data_dir + "/lexicon/connectors.tsv";
  if (std::filesystem::exists(connectors)) {
    for (const auto& row : plugin::ReadTsv(connectors, 1)) connectors_.Add(row.fields[0], "of");
  }
  const std::string units = data_dir + "/lexicon/units.tsv";
  if (std::filesystem::exists(units)) {
    for (const auto& row : plugin::ReadTsv(units, 1)) glued_units_.Add(row.fields[0], "unit");
  }
  if (std::filesystem::exists(data_dir + "/numbers")) {
    static const std::map<std::string, NumberWords::Kind, std::less<>> kKinds = {
        {"number", NumberWords::Kind::kNumber},         {"article", NumberWords::Kind::kArticle},
        {"multiplier", NumberWords::Kind::kMultiplier}, {"joiner", NumberWords::Kind::kJoiner},
        {"fraction", NumberWords::Kind::kFraction},     {"scaled", NumberWords::Kind::kScaled},
        {"vague", NumberWords::Kind::kVague}};
    for (const auto& file : plugin::TsvFilesIn(data_dir + "/numbers")) {
      NumberWords& table = number_words_[std::filesystem::path(file).stem().string()];
      for (const auto& row : plugin::ReadTsv(file, 3)) {
        const std::string where = row.file + ":" + std::to_string(row.line) + ": ";
        const auto kind = kKinds.find(row.fields[2]);
        if (kind == kKinds.end()) {
          throw std::runtime_error(where + "kind must be number, article, multiplier, joiner, fraction, scaled or vague");
        }
        NumberWords::Word word;
        word.kind = kind->second;
        try {
          if (word.kind != NumberWords::Kind::kJoiner) word.value = std::stod(row.fields[1]);
          if (word.kind == NumberWords::Kind::kScaled) word.power = std::stoi(row.fields.at(3));
          if (word.kind == NumberWords::Kind::kMultiplier && row.fields.size() > 3) {
            word.largest_before = std::stod(row.fields[3]);
          }
        } catch (const std::exception&) {
          throw std::runtime_error(where + (word.kind == NumberWords::Kind::kScaled
                                                ? "a scaled word needs a value and a power of ten"
                                                : "value is not a number"));
        }
        word.ascii = std::all_of(row.fields[0].begin(), row.fields[0].end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        table.lexicon.Add(row.fields[0], std::to_string(table.words.size()));
        table.words.push_back(word);
        const auto first = static_cast<unsigned char>(row.fields[0][0]);
        if (first < 0x80) {
          table.may_start[std::tolower(first)] = table.may_start[std::toupper(first)] = true;
        } else {
          // Another letter's capital may start with another lead byte.
          for (int b = 0xC0; b < 0x100; ++b) table.may_start[b] = true;
        }
        if (word.kind != NumberWords::Kind::kJoiner && word.kind != NumberWords::Kind::kMultiplier) {
          table.AddBeginning(row.fields[0]);
        }
      }
    }
  }
}

// The first three bytes of the word at `at` (an ASCII first byte): ASCII
// letters lowercased, any byte beyond ASCII as 0x80 (its capital may differ
// there), and 0 from the first byte that is no word byte on.
std::size_t NumberWords::KeyAt(std::string_view text, std::size_t at) {
  auto fold = [](unsigned b) -> unsigned {
    if (b >= 0x80) return 0x80;
    const unsigned lower = b | 0x20;
    return (lower - 'a' < 26u || b - '0' < 10u) ? lower : 0;
  };
  const std::size_t left = text.size() - at;
  const unsigned b0 = static_cast<unsigned char>(text[at]) | 0x20;
  const unsigned b1 = left > 1 ? fold(static_cast<unsigned char>(text[at + 1])) : 0;
  const unsigned b2 = left > 2 && b1 != 0 ? fold(static_cast<unsigned char>(text[at + 2])) : 0;
  return ((b0 * 131 + b1) * 131 + b2) & 0xFFFF;
}

void NumberWords::AddBeginning(std::string_view word) {
  if (static_cast<unsigned char>(word[0]) >= 0x80) {
    beyond_ascii_ = true;
  } else {
    begins_[KeyAt(word, 0)] = true;
  }
}

const NumberWords::Word* NumberWords::At(std::string_view text, std::size_t at, std::size_t* end) const {
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || !may_start[static_cast<unsigned char>(text[at])]) return nullptr;
  const auto m = lexicon.After(text, at, end);
  if (!m) return nullptr;
  const Word& word = words[std::stoul(m->label)];
  if (word.ascii && std::any_of(text.begin() + at, text.begin() + *end,
                                [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    return nullptr;
  }
  return &word;
}

const NumberWords* ScaleTables::NumberWordsFor(std::string_view lang) const {
  const auto primary = PrimaryLanguage(lang);
  const auto it = number_words_.find(primary.empty() ? std::string_view("en") : primary);
  return it == number_words_.end() ? nullptr : &it->second;
}

std::string_view ScaleTables::Guess(std::string_view text) const {
  // As much as the claims stage reads for its guess: a headline and a
  // sentence or two.
  constexpr std::size_t kGuessBytes = 600;
  std::size_t end = std::min(text.size(), kGuessBytes);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  int hits[64] = {};
  std::string key;
  ForEachWord(text.substr(0, end), key, [&](const std::string& word) {
    const auto it = common_words_.find(word);
    if (it == common_words_.end()) return;
    for (std::uint64_t bits = it->second; bits != 0; bits &= bits - 1) ++hits[std::countr_zero(bits)];
  });
  std::size_t best = guessable_.size();
  int english = 0;
  for (std::size_t i = 0; i < guessable_.size(); ++i) {
    if (guessable_[i] == "en") english = hits[i];
    if (guessable_[i] != "en" && (best == guessable_.size() || hits[i] > hits[best])) best = i;
  }
  if (best == guessable_.size() || hits[best] < 2 || hits[best] <= english) return {};
  return guessable_[best];
}

bool ScaleTables::IsGluedCurrency(std::string_view letters) const {
  return std::binary_search(glued_currencies_.begin(), glued_currencies_.end(), letters,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

std::vector<const CueLexicon*> ScaleTables::For(std::string_view lang) const {
  std::vector<const CueLexicon*> out;
  const auto primary = PrimaryLanguage(lang);
  if (auto it = by_lang_.find(primary); it != by_lang_.end() && primary != "en") out.push_back(&it->second);
  out.push_back(&by_lang_.find("en")->second);
  return out;
}

struct NumeralParser::Token {
  std::uint32_t begin = 0, end = 0;  // sign included
  int sign = 1;
  std::vector<std::string> groups;
  std::vector<char> seps;  // '.', ',' or ' ' (any grouping space or apostrophe)
  enum class Kind { kInteger, kDecimal, kAmbiguous, kSkip } kind = Kind::kInteger;
  char decimal_sep = 0;  // kDecimal, kAmbiguous: the separator in question
  std::string reason;
  bool currency_before = false;  // a currency sign, or a code glued to the digits ("EUR5bn")
};

NumeralParser::NumeralParser(std::shared_ptr<const ScaleTables> scales) : scales_(std::move(scales)) {}

NumeralParser::~NumeralParser() = default;

std::string NumeralParser::PriorFor(std::string_view lang) {
  if (lang.empty()) return "";
  if (auto it = prior_cache_.find(lang); it != prior_cache_.end()) return it->second;
  std::string symbol;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(std::string(lang).c_str());
  const icu::DecimalFormatSymbols symbols(locale, status);
  if (U_SUCCESS(status)) {
    symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol).toUTF8String(symbol);
  }
  if (symbol != "." && symbol != ",") symbol.clear();
  prior_cache_.emplace(std::string(lang), symbol);
  return symbol;
}

bool NumeralParser::ScanToken(std::string_view text, std::size_t start, Token& t) const {
  std::size_t n = 0;
  t = Token();
  t.begin = static_cast<std::uint32_t>(start);
  // A sign counts when it stands alone before the digits ("-5%"), not
  // between two numbers ("40-45bn").
  const char32_t before = DecodeBefore(text, start, &n);
  if (before == '-' || before == 0x2212 || before == '+') {
    std::size_t m = 0;
    const char32_t before_sign = DecodeBefore(text, start - n, &m);
    if (before_sign == 0 || IsSpaceChar(before_sign) || before_sign == '(') {
      t.sign = before == '+' ? 1 : -1;
      t.begin = static_cast<std::uint32_t>(start - n);
    }
  }
  const char32_t currency = DecodeBefore(text, t.begin, &n);
  if (IsCurrencySymbol(currency)) {
    t.currency_before = true;
  } else if (IsSpaceChar(currency)) {
    std::size_t m = 0;
    t.currency_before = IsCurrencySymbol(DecodeBefore(text, t.begin - n, &m));
  }

  auto read_group = [&](std::size_t& pos, std::string& digits) {
    std::size_t len = 0;
    while (pos < text.size()) {
      const char32_t c = DecodeAt(text, pos, &len);
      const int d = plugin::DigitValue(c);
      if (d < 0) break;
      digits.push_back(static_cast<char>('0' + d));
      pos += len;
    }
  };
  // Counts the digits that start at `pos`, up to four.
  auto digits_at = [&](std::size_t pos) {
    int count = 0;
    std::size_t len = 0;
    while (pos < text.size() && count < 4 && IsDigitChar(DecodeAt(text, pos, &len))) {
      ++count;
      pos += len;
    }
    return count;
  };

  std::size_t pos = start;
  t.groups.emplace_back();
  read_group(pos, t.groups.back());
  while (pos < text.size()) {
    const char32_t c = DecodeAt(text, pos, &n);
    std::size_t next = pos + n;
    char sep = 0;
    if ((c == '.' || c == ',') && next < text.size() && digits_at(next) > 0) {
      sep = static_cast<char>(c);
    } else if (c == kArabicDecimal && next < text.size() && digits_at(next) > 0) {
      sep = kArabicDecimalSep;
    } else if (c == ',' && next < text.size() && text[next] == ' ' && digits_at(next + 1) == 3 &&
               text.compare(next + 1, 3, "000") == 0 && t.groups.back().size() <= 3) {
      // "10, 000": a stray space after a grouping comma. Only before "000",
      // because "March 5, 200 people" is two numbers.
      sep = ',';
      next += 1;
    } else if (IsGroupingSpace(c) && digits_at(next) == 3 && t.groups.back().size() <= 3 &&
               (t.seps.empty() || t.seps.back() == ' ')) {
      sep = ' ';
    }
    if (sep == 0) break;
    t.seps.push_back(sep);
    t.groups.emplace_back();
    pos = next;
    read_group(pos, t.groups.back());
  }
  t.end = static_cast<std::uint32_t>(pos);

  const auto count = [&](char s) { return std::count(t.seps.begin(), t.seps.end(), s); };
  // Groups 1 .. last-1 must have exactly three digits to be thousands.
  const auto middle_groups_are_three = [&](std::size_t last) {
    for (std::size_t i = 1; i < last; ++i) {
      if (t.groups[i].size() != 3) return false;
    }
    return true;
  };
  const auto dots = count('.'), commas = count(',');
  if (const auto arabic = count(kArabicDecimalSep); arabic > 0) {
    // Only thousands groups of U+066C or spaces before it.
    if (arabic == 1 && dots + commas == 0 && t.seps.back() == kArabicDecimalSep) {
      t.kind = Token::Kind::kDecimal;
      t.decimal_sep = kArabicDecimalSep;
      t.reason = "the Arabic decimal separator";
    } else {
      t.kind = Token::Kind::kSkip;
    }
  } else if (t.seps.empty()) {
    t.kind = Token::Kind::kInteger;
    t.reason = "no separator";
  } else if (dots > 0 && commas > 0) {
    const char last = t.seps.back();
    if (count(last) == 1 && middle_groups_are_three(t.groups.size() - 1) && t.groups[0].size() <= 3) {
      t.kind = Token::Kind::kDecimal;
      t.decimal_sep = last;
      t.reason = std::string("both '.' and ',': the last, '") + last + "', is the decimal mark";
    } else {
      t.kind = Token::Kind::kSkip;
    }
  } else if (dots + commas >= 2) {
    if (middle_groups_are_three(t.groups.size()) && t.groups[0].size() <= 3) {
      t.kind = Token::Kind::kInteger;
      t.reason = std::string("several 3-digit groups: '") + (dots ? '.' : ',') + "' groups thousands";
    } else {
      t.kind = Token::Kind::kSkip;  // a date or a version, not a quantity
    }
  } else if (dots + commas == 1) {
    const char sep = dots ? '.' : ',';
    const std::size_t at = std::find(t.seps.begin(), t.seps.end(), sep) - t.seps.begin();
    const std::string& after = t.groups[at + 1];
    const bool last = at + 1 == t.groups.size() - 1;
    if (!last) {
      t.kind = Token::Kind::kSkip;
    } else if (after.size() != 3 || t.groups[0] == "0" || (at > 0 && t.seps[at - 1] == ' ')) {
      t.kind = Token::Kind::kDecimal;
      t.decimal_sep = sep;
      t.reason = t.groups[0] == "0" && after.size() == 3
                     ? std::string("a leading 0: '") + sep + "' is the decimal mark"
                     : std::string("") + std::to_string(after.size()) + " digit(s) after '" + sep +
                           "': it is the decimal mark";
    } else if (t.groups[0].size() > 3) {
      t.kind = Token::Kind::kDecimal;
      t.decimal_sep = sep;
      t.reason = std::string("more than 3 digits before '") + sep + "': it is the decimal mark";
    } else {
      t.kind = Token::Kind::kAmbiguous;
      t.decimal_sep = sep;
    }
  } else {
    t.kind = Token::Kind::kInteger;  // only grouping spaces
    t.reason = "grouped by spaces";
  }
  return t.kind != Token::Kind::kSkip;
}

// Half a unit of the last significant digit. Trailing zeros of a whole
// number are not taken as significant: "$600 billion" is a round figure
// (+-50 billion), while "$589 billion" is +-0.5 billion and "$600.0 billion"
// is +-0.05 billion. This is what lets dedupe tell a rounding of one figure
// from a different figure.
double NumeralParser::StatedPrecision(const std::string& whole, const std::string& frac, int scale) {
  int exponent = scale - static_cast<int>(frac.size());
  if (frac.empty()) {
    const std::size_t last_nonzero = whole.find_last_not_of('0');
    if (last_nonzero != std::string::npos && last_nonzero + 1 < whole.size()) {
      // Trailing zeros make a round figure, but a writer rounds to two
      // digits or so: "$10 billion" is not "$13 billion" said loosely, while
      // "$600 billion" may be "$589 billion".
      const double half_round = 0.5 * std::pow(10.0, exponent + static_cast<int>(whole.size() - 1 - last_nonzero));
      // strtod, not stod: hundreds of digits are out of a double's range,
      // which stod throws for and strtod gives as infinity.
      const double value = std::strtod(whole.c_str(), nullptr) * std::pow(10.0, scale);
      return std::max(0.5 * std::pow(10.0, exponent), std::min(half_round, kRoundFigureShare * value));
    }
  }
  return 0.5 * std::pow(10.0, exponent);
}

void NumeralParser::Resolve(std::string_view text, Token& t, const ConventionDecision& convention,
                            const std::vector<const CueLexicon*>& scales, Number& out) const {
  out = Number();
  out.begin = t.begin;
  std::string int_digits, frac_digits, alt_int, alt_frac;
  const char doc_decimal = convention.decimal == Convention::kCommaDecimal ? ',' : '.';
  auto split = [&](char decimal, std::string& whole, std::string& frac) {
    bool after = false;
    for (std::size_t i = 0; i < t.groups.size(); ++i) {
      if (i > 0 && t.seps[i - 1] == decimal) after = true;
      (after ? frac : whole) += t.groups[i];
    }
  };
  switch (t.kind) {
    case Token::Kind::kInteger:
      split(0, int_digits, frac_digits);
      out.grouped = !t.seps.empty();
      out.reading = "unambiguous";
      out.reason = t.reason;
      break;
    case Token::Kind::kDecimal:
      split(t.decimal_sep, int_digits, frac_digits);
      out.grouped = t.seps.size() > 1;
      out.reading = "unambiguous";
      out.reason = t.reason;
      break;
    case Token::Kind::kAmbiguous: {
      const bool as_decimal = t.decimal_sep == doc_decimal;
      split(as_decimal ? t.decimal_sep : 0, int_digits, frac_digits);
      split(as_decimal ? 0 : t.decimal_sep, alt_int, alt_frac);
      out.grouped = !as_decimal;
      out.reading = "convention";
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.2f", convention.confidence);
      out.reason = std::string("'") + t.decimal_sep + "' before 3 digits is ambiguous; the document uses '" +
                   doc_decimal + "' as decimal mark (confidence " + confidence + "), so it " +
                   (as_decimal ? "is the decimal mark" : "groups thousands");
      break;
    }
    case Token::Kind::kSkip:
      break;
  }

  // What follows the digits: '+', a suffix, a scale word, a percent sign.
  std::size_t pos = t.end;
  std::size_t n = 0;
  if (pos < text.size() && text[pos] == '+') {
    out.plus = true;
    ++pos;
  }
  bool scaled = false;
  if (pos < text.size()) {
    const char c = text[pos];
    std::size_t after_len = 0;
    const char32_t after = pos + 1 < text.size() ? DecodeAt(text, pos + 1, &after_len) : 0;
    // One-letter suffixes: K is unambiguous enough; M, B and T are scales
    // only right after a currency ("$500M"), else they are model names
    // ("910B") or units.
    int exponent = 0;
    if ((c == 'K' || c == 'k') && !IsWordChar(after)) exponent = 3;
    if (t.currency_before && !IsWordChar(after)) {
      if (c == 'M' || c == 'm') exponent = 6;
      if (c == 'B' || c == 'b') exponent = 9;
      if (c == 'T') exponent = 12;
    }
    if (exponent > 0) {
      out.scale = exponent;
      out.scale_text = std::string(1, c);
      pos += 1;
      scaled = true;
    }
  }
  if (!scaled && pos + 1 < text.size() && text[pos] == 's' && !IsWordChar(DecodeAt(text, pos + 1, &n))) {
    // "$10s of millions": tens of millions.
    std::size_t of_end = 0;
    if (scales_->connectors().After(text, pos + 1, &of_end)) {
      for (const CueLexicon* table : scales) {
        std::size_t scale_end = 0;
        if (auto m = table->After(text, of_end, &scale_end)) {
          out.scale = std::stoi(m->label);
          out.scale_text = std::string(text.substr(of_end, scale_end - of_end));
          // At least that much: "$10s of millions" is ten million or more.
          out.approx = true;
          out.plus = true;
          pos = scale_end;
          scaled = true;
          break;
        }
      }
    }
    if (!scaled) return;  // "1990s": a decade, not a quantity
  }
  // A scale word joined by a hyphen, in a compound ("ein 20-Milliarden-
  // Euro-Fonds", "a $5-million grant").
  const std::size_t scale_from = !scaled && pos + 1 < text.size() && text[pos] == '-' &&
                                         IsLetter(DecodeAt(text, pos + 1, &n))
                                     ? pos + 1
                                     : pos;
  if (!scaled) {
    for (const CueLexicon* table : scales) {
      std::size_t scale_end = 0;
      if (auto m = table->After(text, scale_from, &scale_end)) {
        out.scale = std::stoi(m->label);
        std::size_t skip = scale_from;
        while (skip < scale_end && IsSpaceChar(DecodeAt(text, skip, &n))) skip += n;
        out.scale_text = std::string(text.substr(skip, scale_end - skip));
        pos = scale_end;
        scaled = true;
        break;
      }
    }
  }
  // A numeral glued to letters that are not a scale is part of a name ("5G",
  // "910B" without a currency), unless they are a unit ("250MW").
  if (!scaled && pos < text.size() && IsLetter(DecodeAt(text, pos, &n))) {
    const char32_t c = DecodeAt(text, pos, &n);
    std::size_t unit_end = 0;
    // CJK ideographs may follow without a space.
    if (c < 0x2E80 && !scales_->glued_units().After(text, pos, &unit_end)) return;
  }
  if (!out.plus && pos < text.size() && text[pos] == '+') {
    out.plus = true;
    ++pos;
  }
  // Percent.
  std::size_t p = pos;
  while (p < text.size() && IsSpaceChar(DecodeAt(text, p, &n)) && p - pos < 2) p += n;
  if (p < text.size()) {
    const char32_t c = DecodeAt(text, p, &n);
    if (c == '%' || c == 0xFF05 || c == 0x066A) {  // 0x066A: the Arabic percent sign
      out.percent = true;
      pos = p + n;
    } else {
      static const CueLexicon kPercentWords = [] {
        CueLexicon words;
        for (const char* w : {"percent", "per cent", "prozent", "pour cent", "por ciento", "per cento",
                              "por cento", "procent", "phần trăm", "persen"}) {
          words.Add(w, "%");
        }
        return words;
      }();
      std::size_t word_end = 0;
      if (kPercentWords.After(text, pos, &word_end)) {
        out.percent = true;
        pos = word_end;
      }
    }
  }
  out.end = static_cast<std::uint32_t>(pos);

  auto to_value = [&](const std::string& whole, const std::string& frac) {
    std::string literal = (whole.empty() ? "0" : whole) + (frac.empty() ? "" : "." + frac) + "e" +
                          std::to_string(out.scale);
    return t.sign * std::strtod(literal.c_str(), nullptr);
  };
  out.value = to_value(int_digits, frac_digits);
  out.precision = StatedPrecision(int_digits, frac_digits, out.scale);
  out.integer = std::floor(out.value) == out.value;
  if (t.kind == Token::Kind::kAmbiguous) {
    out.alt_value = to_value(alt_int, alt_frac);
    out.alt_precision = StatedPrecision(alt_int, alt_frac, out.scale);
    out.alt_integer = std::floor(*out.alt_value) == *out.alt_value;
  }
  out.year_like = t.seps.empty() && out.scale == 0 && !out.percent && int_digits.size() == 4 &&
                  out.value >= 1900 && out.value <= 2100;
}

// A figure in words at byte `begin`: "two hundred fifty million", "eine
// halbe Milliarde", "dos mil millones", "pół miliarda", "vingt et un".
bool NumeralParser::NumberInWords(std::string_view text, std::size_t begin, const NumberWords& words,
                                  const std::vector<const CueLexicon*>& scales, Number& num) const {
  using Kind = NumberWords::Kind;
  std::size_t pos = 0;
  const NumberWords::Word* w = words.At(text, begin, &pos);
  if (w == nullptr || w->kind == Kind::kJoiner || w->kind == Kind::kMultiplier) return false;
  num = Number();
  num.begin = static_cast<std::uint32_t>(begin);
  num.words = true;
  num.reading = "words";
  double base = 1;
  double vague_power = 0;
  bool needs_scale = false;  // "a", "un", "half": a figure only before a scale word
  bool fraction = false;
  std::size_t end = 0;
  auto next_is = [&](std::size_t at, Kind kind) {
    const NumberWords::Word* next = words.At(text, at, &end);
    return next != nullptr && next->kind == kind ? next : nullptr;
  };
  // "and a half" at byte `at` ("two and a half billion", "deux milliards et
  // demi", "dwa i pół miliarda"): the fraction's value, `*after` past it.
  auto and_a_fraction = [&](std::size_t at, std::size_t* after) -> double {
    if (!next_is(at, Kind::kJoiner)) return 0;
    at = end;
    if (next_is(at, Kind::kArticle)) at = end;
    const NumberWords::Word* part = next_is(at, Kind::kFraction);
    if (part == nullptr) return 0;
    *after = end;
    return part->value;
  };
  switch (w->kind) {
    case Kind::kScaled:
      num.scale = w->power;
      num.scale_text = std::string(text.substr(begin, pos - begin));
      base = w->value;
      break;
    case Kind::kVague:
      vague_power = w->value;
      num.approx = true;
      num.plus = true;
      break;
    case Kind::kFraction:  // "half a billion", "pół miliarda", "mezzo miliardo"
      base = w->value;
      fraction = needs_scale = true;
      if (next_is(pos, Kind::kArticle)) pos = end;
      break;
    case Kind::kArticle: {  // "eine halbe Milliarde", "a dozen", "un milliard", "eine Viertelmilliarde"
      const NumberWords::Word* next = words.At(text, pos, &end);
      const Kind kind = next != nullptr ? next->kind : Kind::kJoiner;
      if (kind == Kind::kFraction) {
        base = next->value;
        fraction = true;
        pos = end;
      } else if (kind == Kind::kMultiplier) {
        base = next->value;
        pos = end;
        break;
      } else if (const double half = and_a_fraction(pos, &end); half > 0) {  // "one and a half billion"
        base += half;
        pos = end;
      } else if (kind == Kind::kScaled) {
        std::size_t skip = pos, n = 0;
        while (skip < end && IsSpaceChar(DecodeAt(text, skip, &n))) skip += n;
        num.scale = next->power;
        num.scale_text = std::string(text.substr(skip, end - skip));
        base = next->value;
        pos = end;
        w = next;
        break;
      }
      needs_scale = true;
      break;
    }
    default: {
      // A part of a smaller order adds ("twenty-two", "veinte y dos",
      // "trescientos cincuenta"); a multiplier multiplies ("two hundred").
      base = w->value;
      bool multiplied = false;
      for (;;) {
        std::size_t at = pos;
        if (const double half = and_a_fraction(at, &end); half > 0) {  // "two and a half", not "two and a"
          base += half;
          pos = end;
          break;
        }
        if (at + 1 < text.size() && text[at] == '-' && IsLetter(static_cast<unsigned char>(text[at + 1]))) {
          ++at;
        } else if (next_is(at, Kind::kJoiner)) {
          at = end;
        }
        const NumberWords::Word* next = words.At(text, at, &end);
        // "twenty-ſeven": a part that only folds to a number word makes
        // the figure unknown, not twenty.
        if (next == nullptr && at != pos && words.lexicon.After(text, at, &end)) return false;
        if (next == nullptr) break;
        if (next->kind == Kind::kMultiplier && !multiplied && at == pos &&
            (next->largest_before == 0 || base <= next->largest_before)) {
          base *= next->value;
          multiplied = true;
        } else if ((next->kind == Kind::kNumber || (next->kind == Kind::kArticle && at != pos)) && next->value >= 1 &&
                   std::floor(next->value) == next->value && std::floor(base) == base && base >= 20) {
          // "twenty-one", "vingt et un", but not "twenty a share", "ten five".
          double place = 1;
          while (std::fmod(base, place * 10) == 0) place *= 10;
          if (next->value >= place) break;
          base += next->value;
        } else {
          break;
        }
        pos = end;
      }
      needs_scale = std::floor(base) != base;  // "anderthalb", "półtora"
    }
  }
  if (w->kind != Kind::kScaled) {
    // "un demi-milliard": a hyphen may join a fraction to its scale word.
    const std::size_t from = fraction && pos < text.size() && text[pos] == '-' ? pos + 1 : pos;
    for (const CueLexicon* table : scales) {
      std::size_t scale_end = 0;
      auto m = table->After(text, from, &scale_end);
      if (!m) continue;
      // A fraction of a currency ("twenty cents") is a figure's scale only
      // after a figure: "not a cent" is no amount.
      std::size_t form_end = 0;
      if ((needs_scale || num.approx) && scales_->currency_scales().After(text, from, &form_end) &&
          form_end == scale_end) {
        break;
      }
      num.scale = std::stoi(m->label);
      std::size_t skip = from, n = 0;
      while (skip < scale_end && IsSpaceChar(DecodeAt(text, skip, &n))) skip += n;
      num.scale_text = std::string(text.substr(skip, scale_end - skip));
      pos = scale_end;
      break;
    }
    if (needs_scale && num.scale_text.empty()) return false;
  }
  // What a scale word leaves for a smaller order: "deux milliards et demi",
  // "zwei Milliarden dreihundert Millionen", "two thousand five hundred",
  // and thousands of a larger scale, "dos mil quinientos millones".
  double smaller = 0;
  int stated_power = num.scale;
  if (!num.approx && num.scale >= 3) {
    std::size_t half_end = 0;
    const double half = and_a_fraction(pos, &half_end);
    // "two billion and half a million" is two figures.
    const bool scale_after = half > 0 && std::any_of(scales.begin(), scales.end(), [&](const CueLexicon* table) {
      std::size_t scale_end = 0;
      return table->After(text, next_is(half_end, Kind::kArticle) ? end : half_end, &scale_end).has_value();
    });
    if (half > 0 && !scale_after) {
      base += half;
      pos = half_end;
    } else if (half == 0) {
      std::size_t at = pos;
      if (next_is(at, Kind::kJoiner)) at = end;
      Number part;
      if (words.At(text, at, &end) != nullptr && NumberInWords(text, at, words, scales, part) && !part.approx) {
        const double own = std::pow(10.0, num.scale);
        const double part_base = part.value / std::pow(10.0, part.scale);
        if (part.scale > 0 && part.scale < num.scale && part.value < own) {
          smaller = part.value;
          stated_power = part.scale;
          pos = part.end;
        } else if (part.scale == 0 && num.scale == 3 && part.integer && part.value >= 100 && part.value < own) {
          smaller = part.value;
          stated_power = 0;
          pos = part.end;
        } else if (num.scale == 3 && part.scale > 3 && part_base < 1000) {
          base = base * 1000 + part_base;
          num.scale = stated_power = part.scale;
          num.scale_text = part.scale_text;
          pos = part.end;
        }
      }
    }
  }
  num.end = static_cast<std::uint32_t>(pos);
  if (num.approx) {
    // An order of magnitude: at least that much ("tens of millions" is ten
    // million or more), the lower edge stated to its own unit.
    num.value = std::pow(10.0, vague_power + num.scale);
    num.precision = 0.5 * num.value;
    num.reason = "a vague quantity in words: at least its order of magnitude";
  } else {
    num.value = base * std::pow(10.0, num.scale) + smaller;
    num.precision = 0.5 * std::pow(10.0, stated_power);
    num.reason = "number words";
  }
  num.integer = std::floor(num.value) == num.value;
  return true;
}

void NumeralParser::FindNumberWords(std::string_view text, const NumberWords& words,
                                    const std::vector<const CueLexicon*>& scales, std::vector<Number>& numbers) const {
  // Byte classes: an ASCII byte that is no word byte (0), one that is (1),
  // a byte beyond ASCII (2, decoded). Most text is ASCII: a table lookup a byte.
  static const auto kClass = [] {
    std::array<std::uint8_t, 256> table{};
    for (int b = 0; b < 256; ++b) table[b] = b >= 0x80 ? 2 : IsWordChar(static_cast<char32_t>(b)) ? 1 : 0;
    return table;
  }();
  std::vector<Number> found;
  const std::size_t size = text.size();
  std::size_t n = 0;
  for (std::size_t i = 0; i < size;) {
    std::uint8_t c = kClass[static_cast<unsigned char>(text[i])];
    if (c == 0) {
      ++i;
      continue;
    }
    n = 1;
    if (c == 2 && !IsWordChar(DecodeAt(text, i, &n))) {
      i += n;
      continue;
    }
    // A word starts here.
    if (words.MayBegin(text, i)) {
      Number num;
      if (NumberInWords(text, i, words, scales, num)) {
        i = num.end;
        found.push_back(std::move(num));
        continue;
      }
    }
    for (i += n; i < size; i += n) {
      c = kClass[static_cast<unsigned char>(text[i])];
      n = 1;
      if (c == 0 || (c == 2 && !IsWordChar(DecodeAt(text, i, &n)))) break;
    }
  }
  // Keep digit numerals where both claim the same text.
  for (Number& w : found) {
    const bool overlaps = std::any_of(numbers.begin(), numbers.end(),
                                      [&](const Number& d) { return d.begin < w.end && w.begin < d.end; });
    if (!overlaps) numbers.push_back(std::move(w));
  }
}

// Japanese and Chinese figures in kanji: "三万", "二千億", "三百五十億" (digits
// 一 to 九 and 两, 十 百 千 within a group). Such a figure counts only with a
// scale word of ten thousand or more right after it, so that words written
// with these characters ("一部", "三菱", "千代田") are no numbers, and never
// after a digit or a word that makes it vague or an ordinal ("数千億",
// "第一").
void NumeralParser::FindKanjiNumerals(std::string_view text, const std::vector<const CueLexicon*>& scales,
                                      std::vector<Number>& numbers) const {
  auto digit = [](char32_t c) {
    switch (c) {
      case U'一': return 1;
      case U'二': case U'两': case U'兩': return 2;
      case U'三': return 3;
      case U'四': return 4;
      case U'五': return 5;
      case U'六': return 6;
      case U'七': return 7;
      case U'八': return 8;
      case U'九': return 9;
      default: return -1;
    }
  };
  auto multiplier = [](char32_t c) { return c == U'十' ? 10 : c == U'百' ? 100 : c == U'千' ? 1000 : 0; };
  std::vector<Number> found;
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const char32_t first = DecodeAt(text, i, &n);
    if (digit(first) < 0 && multiplier(first) == 0) {
      i += n;
      continue;
    }
    const char32_t before = DecodeBefore(text, i, &n);
    const bool vague = before == U'数' || before == U'何' || before == U'幾' || before == U'几' || before == U'多' ||
                       before == U'第' || IsDigitChar(before) || before == '.' || before == ',';
    // One group: a digit, then at most one digit before each multiplier.
    double total = 0;
    int pending = -1;
    bool valid = true;
    std::size_t pos = i;
    while (pos < text.size()) {
      const char32_t c = DecodeAt(text, pos, &n);
      const int d = digit(c);
      const int m = multiplier(c);
      if (d >= 0) {
        if (pending >= 0) valid = false;  // "二〇二六": digits by position, a year
        pending = d;
      } else if (m > 0) {
        total += (pending >= 0 ? pending : 1) * m;
        pending = -1;
      } else {
        break;
      }
      pos += n;
    }
    if (pending >= 0) total += pending;
    const std::size_t start = i;
    const std::size_t run_end = pos;
    i = run_end;
    if (vague || !valid || total <= 0 || run_end >= text.size() || !plugin::IsCjk(DecodeAt(text, run_end, &n))) {
      continue;
    }
    for (const CueLexicon* table : scales) {
      std::size_t scale_end = 0;
      auto m = table->After(text, run_end, &scale_end);
      if (!m) continue;
      const int scale = std::stoi(m->label);
      if (scale < 4) break;
      const std::string whole = std::to_string(static_cast<long long>(total));
      Number num;
      num.begin = static_cast<std::uint32_t>(start);
      num.end = static_cast<std::uint32_t>(scale_end);
      num.scale = scale;
      num.scale_text = std::string(text.substr(run_end, scale_end - run_end));
      num.value = total * std::pow(10.0, scale);
      num.precision = StatedPrecision(whole, "", scale);
      num.integer = true;
      num.reading = "words";
      num.reason = "a figure in kanji";
      found.push_back(std::move(num));
      i = scale_end;
      break;
    }
  }
  for (Number& k : found) {
    const bool overlaps = std::any_of(numbers.begin(), numbers.end(),
                                      [&](const Number& d) { return d.begin < k.end && k.begin < d.end; });
    if (!overlaps) numbers.push_back(std::move(k));
  }
}

// Japanese, Chinese and Korean write one figure in parts, each with its own
// scale: "6億9000万" is 6*10^8 + 9000*10^4, "1兆1800億" 1.18*10^12, "2万4000"
// 24,000, "7조3000억". A part directly after a CJK scale word, smaller than
// that scale's unit, belongs to the figure before it. So does a part one
// space after a scale word marked `parts` in scales/<lang>.tsv (Turkish "2
// bin 500 dolar", "1 milyar 200 milyon"; Russian "1 млрд 200 млн"), when it
// is the next group of three digits down (at least a thousandth of the
// unit: "5 milyon 20 ülkede" is two numbers) and no year.
void NumeralParser::ComposeParts(std::string_view text, std::vector<Number>& numbers) const {
  std::size_t n = 0;
  std::size_t kept = 0;  // numbers[0, kept) are final
  for (std::size_t i = 0; i < numbers.size(); ++i) {
    if (kept > 0) {
      Number& a = numbers[kept - 1];
      const Number& b = numbers[i];
      const double unit = std::pow(10.0, a.scale);
      bool parts = false;
      if (b.begin == a.end) {
        parts = !a.scale_text.empty() && plugin::IsCjk(DecodeAt(a.scale_text, 0, &n));
      } else if (b.begin == a.end + 1 && text[a.end] == ' ' && !b.year_like && b.value >= unit * 1e-3 &&
                 !scales_->parts_words().empty()) {
        std::size_t end = 0;
        parts = scales_->parts_words().After(a.scale_text, 0, &end) && end == a.scale_text.size();
      }
      if (parts && a.scale >= 3 && !a.words && !b.words && !a.percent && !b.percent && !b.alt_value && a.value >= 0 &&
          b.value >= 0 && b.scale < a.scale) {
        // "1.5万3000" is no figure: the first part must be whole units.
        if (b.value < unit && a.precision >= 0.5 * unit * (1 - 1e-9)) {
          a.value += b.value;
          a.precision = b.precision;
          a.integer = std::floor(a.value) == a.value;
          a.end = b.end;
          a.plus = b.plus;
          // A third part is smaller still: "1兆1800億5000万".
          a.scale = b.scale;
          a.scale_text = b.scale_text;
          a.reason = "a figure written in parts with their own scale words";
          continue;
        }
      }
    }
    if (kept != i) numbers[kept] = std::move(numbers[i]);
    ++kept;
  }
  numbers.resize(kept);
}

void NumeralParser::LinkRanges(std::string_view text, std::vector<Number>& numbers) const {
  // "to" joins a range by itself; "and" only after "between" or when the
  // scale is written once ("between €2 and €3 billion", "2 or 3 billion").
  static const CueLexicon kJoiners = [] {
    CueLexicon j;
    for (const char* w : {"-", "–", "—", "~", "〜", "～", "to", "bis", "auf", "à", "a", "hasta", "tot", "naar", "do",
                          "đến", "tới", "hingga", "sampai", "至", "到", "до", "až", "έως", "ως", "μέχρι", "إلى"}) {
      j.Add(w, "to");
    }
    for (const char* w : {"and", "und", "et", "y", "e", "en", "i", "dan", "và", "or", "oder", "ou", "o",
                          "lub", "albo", "atau", "hoặc", "和", "与", "或", "и", "или", "і", "та", "або", "és", "vagy",
                          "ile", "veya", "και", "ή", "nebo"}) {
      j.Add(w, "and");
    }
    return j;
  }();
  // Words that open a range before its first end.
  static const CueLexicon kOpeners = [] {
    CueLexicon o;
    for (const char* w : {"between", "zwischen", "entre", "tussen", "tussen de", "między", "antara", "giữa", "tra",
                          "fra", "介于", "между", "між", "μεταξύ", "mezi", "بين"}) {
      o.Add(w, "between");
    }
    for (const char* w : {"from", "von", "de", "van", "od", "z", "từ", "dari", "desde", "da", "от", "від", "από", "من"}) {
      o.Add(w, "from");
    }
    return o;
  }();
  const CueLexicon& prefixes = scales_->currency_prefixes();
  const CueLexicon& suffixes = scales_->currency_suffixes();
  std::size_t n = 0;
  auto skip_spaces = [&](std::size_t pos) {
    while (pos < text.size() && IsSpaceChar(DecodeAt(text, pos, &n))) pos += n;
    return pos;
  };
  // Past a currency word after a figure ("25 dollar", "5 millions d'euros").
  auto past_suffix = [&](std::size_t pos) {
    std::size_t end = 0;
    if (suffixes.After(text, pos, &end)) return end;
    std::size_t connector_end = 0;
    if (scales_->connectors().After(text, pos, &connector_end) && suffixes.After(text, connector_end, &end)) {
      return end;
    }
    return pos;
  };
  // Where a currency written before byte `pos` starts ("US$24", "€ 2"), or
  // `pos` when there is none.
  auto before_prefix = [&](std::size_t pos) {
    std::size_t start = pos;
    while (start > 0 && IsSpaceChar(DecodeBefore(text, start, &n))) start -= n;
    if (auto m = prefixes.Before(text, start)) return plugin::StartOfCodePoints(text, start, m->length);
    std::size_t symbols = start;
    while (symbols > 0 && plugin::IsCurrencySymbol(DecodeBefore(text, symbols, &n))) symbols -= n;
    return symbols < start ? symbols : pos;
  };
  for (std::size_t i = 0; i + 1 < numbers.size(); ++i) {
    Number& a = numbers[i];
    Number& b = numbers[i + 1];
    if (b.begin < a.end || b.begin - a.end > 48) continue;
    // Words join a range only by sharing a scale: "zwei bis drei Milliarden".
    const bool in_words = a.words || b.words;
    if (in_words && (a.approx || b.approx)) continue;
    // a, then maybe its currency word, the joiner, maybe b's currency, b.
    std::size_t joiner_end = 0;
    std::size_t a_unit_end = a.end;
    auto joiner = kJoiners.After(text, a.end, &joiner_end);
    if (const std::size_t at = skip_spaces(a.end); !joiner && at + 2 == b.begin && text.compare(at, 2, "و") == 0) {
      // Arabic glues "and" to the figure after it: "بين 5 و10 مليارات".
      joiner = CueLexicon::Match{"and", 1};
      joiner_end = at + 2;
    }
    if (!joiner) {
      if (b.begin - a.end < 4) continue;  // no room for a currency word and a joiner
      a_unit_end = past_suffix(a.end);
      if (a_unit_end == a.end || !(joiner = kJoiners.After(text, a_unit_end, &joiner_end))) continue;
    }
    const bool a_unit = a_unit_end != a.end;
    // Only spaces and b's currency between the joiner and b.
    const std::size_t after_joiner = skip_spaces(joiner_end);
    if (after_joiner + 12 < b.begin) continue;
    const std::size_t b_start = after_joiner == b.begin ? b.begin : before_prefix(b.begin);
    if (after_joiner != b_start) continue;
    const bool b_unit = b_start != b.begin || past_suffix(b.end) != b.end;
    const std::size_t a_start = before_prefix(a.begin);
    const bool a_prefixed = a_start != a.begin;
    const auto opener = kOpeners.Before(text, a_start);
    const bool between = opener && opener->label == "between";
    const std::size_t joiner_at = skip_spaces(a_unit_end);
    // A sign ("-", "~") or a Chinese "至", "到": nothing but a range joiner.
    const char32_t joiner_first = DecodeAt(text, joiner_at, &n);
    const bool symbol = !IsLetter(joiner_first) || plugin::IsCjk(joiner_first);
    // A range shares one scale ("$40-45bn", "between €2 and €3 billion"),
    // when the first end has no magnitude of its own and the shared reading
    // keeps low <= high ("$300 to $5 million" is $300).
    // A fraction of the currency ("40 to 45 cents") is shared only by a
    // start without a currency of its own: "$1 to 45 cents" is a dollar.
    const bool scale_written_once =
        !a_unit && a.scale == 0 && (b.scale > 0 || (b.scale < 0 && !a_prefixed) || b.percent);
    bool share = false;
    // A year is a year ("para 2026 en 42.000 millones"), unless a "between"
    // says otherwise.
    // A grouped start ("650,000") has a magnitude of its own, unless the end
    // is written the same way: "entre 2.000 y 3.000 millones" is 2,000 million.
    const bool a_open = !a.grouped || b.grouped;
    if (scale_written_once && b.scale != 0 && a_open && (!a.year_like || between)) {
      share = std::fabs(a.value) * std::pow(10.0, b.scale) <= std::fabs(b.value) * (1 + 1e-12);
    }
    bool link = false;
    if (joiner->label == "and") {
      link = between || share || (scale_written_once && b.percent);
    } else {
      // A word such as "bis" or "do" joins only what is plainly a range: a
      // scale written once, a "from" or "between" before the first end, a
      // currency with each end ("25 dollar tot 28 dollar").
      const bool to = joiner_end - joiner_at == 2 && (text.compare(joiner_at, 2, "to") == 0 ||
                                                       text.compare(joiner_at, 2, "To") == 0);
      link = symbol || to || scale_written_once || opener || ((a_unit || a_prefixed) && b_unit);
    }
    if (!link || (in_words && !share)) continue;
    if ((a.year_like || b.year_like) && !share && !b.percent) continue;
    a.range = "from";
    b.range = "to";
    if (share) {
      const double factor = std::pow(10.0, b.scale);
      a.value *= factor;
      a.precision *= factor;
      if (a.alt_precision) a.alt_precision = *a.alt_precision * factor;
      if (a.alt_value) a.alt_value = *a.alt_value * factor;
      a.scale = b.scale;
      a.scale_text = b.scale_text;
      a.integer = std::floor(a.value) == a.value;
      a.year_like = false;
    } else if (scale_written_once && b.scale != 0 && a_open) {
      a.magnitude_unsure = true;
    }
    if (b.percent && scale_written_once) a.percent = true;
  }
}

ParseResult NumeralParser::Parse(std::string_view text, std::string_view lang) {
  ParseResult result;
  std::vector<Token> tokens;
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const bool ascii_digit = byte >= '0' && byte <= '9';
    if (byte < 0x80 && !ascii_digit) {
      ++i;
      continue;
    }
    const char32_t c = ascii_digit ? byte : DecodeAt(text, i, &n);
    if (!ascii_digit && !IsDigitChar(c)) {
      i += n;
      continue;
    }
    // Digits inside a word ("H800", "v5p", "A100") are names, not numerals,
    // unless the letters are a currency code glued to them ("EUR5bn",
    // "Rp163"). The name ends where CJK text starts ("GB300约6万美元").
    // Arabic glues its prepositions and "and" to the word after them
    // ("بـ10 مليارات", "و20"): Arabic letters before digits make no name.
    const char32_t before = DecodeBefore(text, i, &n);
    bool glued_currency = false;
    if ((IsLetter(before) && !plugin::IsCjk(before) && !IsArabicLetter(before)) || before == '_') {
      if (before < 0x80 && scales_->MayEndGluedCurrency(static_cast<char>(before))) {
        std::size_t start = i;
        while (start > 0 && start + 4 > i && static_cast<unsigned char>(text[start - 1]) < 0x80 &&
               IsLetter(static_cast<unsigned char>(text[start - 1]))) {
          --start;
        }
        glued_currency = (start > 0 && text[start - 1] == '$' &&
                          scales_->IsGluedCurrency(text.substr(start - 1, i - start + 1))) ||
                         (!IsWordChar(DecodeBefore(text, start, &n)) &&
                          scales_->IsGluedCurrency(text.substr(start, i - start)));
      }
      if (!glued_currency) {
        while (i < text.size()) {
          const char32_t c = DecodeAt(text, i, &n);
          if (!IsWordChar(c) || (c >= 0x2E80 && plugin::IsCjk(c))) break;
          i += n;
        }
        continue;
      }
    }
    Token token;
    const bool keep = ScanToken(text, i, token);
    if (glued_currency) token.currency_before = true;
    i = std::max<std::size_t>(token.end, i + 1);
    if (keep) tokens.push_back(std::move(token));
  }

  // The language whose words to read: the document's, else a guess.
  const std::string_view words_lang = lang.empty() ? scales_->Guess(text) : lang;
  const auto scales = scales_->For(words_lang);
  // Evidence about the document's decimal mark.
  double comma = 0, dot = 0;
  auto add = [&](const Token& t, Convention c, double w) {
    (c == Convention::kCommaDecimal ? comma : dot) += w;
    result.convention.evidence.push_back({t.begin, t.end, c, w});
  };
  for (const Token& t : tokens) {
    const bool grouped_dots = std::count(t.seps.begin(), t.seps.end(), '.') > 0;
    const bool grouped_commas = std::count(t.seps.begin(), t.seps.end(), ',') > 0;
    if (t.kind == Token::Kind::kDecimal && t.decimal_sep == kArabicDecimalSep) {
      continue;
    } else if (t.kind == Token::Kind::kDecimal) {
      add(t, t.decimal_sep == ',' ? Convention::kCommaDecimal : Convention::kDotDecimal, kUnambiguousWeight);
    } else if (t.kind == Token::Kind::kInteger && (grouped_dots || grouped_commas)) {
      add(t, grouped_dots ? Convention::kCommaDecimal : Convention::kDotDecimal, kUnambiguousWeight);
    } else if (t.kind == Token::Kind::kAmbiguous) {
      // What each reading of the separator says about the document.
      const bool comma_sep = t.decimal_sep == ',';
      const Convention if_grouping = comma_sep ? Convention::kDotDecimal : Convention::kCommaDecimal;
      const Convention if_decimal = comma_sep ? Convention::kCommaDecimal : Convention::kDotDecimal;
      std::size_t end = 0;
      bool scale_follows = false;
      for (const CueLexicon* table : scales) scale_follows = scale_follows || table->After(text, t.end, &end);
      if (t.groups.back() == "000") {
        add(t, if_grouping, kRoundGroupWeight);  // "10.000", "10,000", "2.000 millones"
      } else if (scale_follows) {
        add(t, if_decimal, kAmbiguousWeight);  // "5.576 million"
      } else if (t.decimal_sep == ',') {
        add(t, if_grouping, kAmbiguousWeight);  // "2,048": English habit
      }
    }
  }
  const std::string prior = PriorFor(lang);
  result.convention.prior = prior;
  if (prior == ",") comma += kPriorWeight;
  if (prior == ".") dot += kPriorWeight;
  result.convention.decimal = comma > dot ? Convention::kCommaDecimal : Convention::kDotDecimal;
  const double total = comma + dot;
  result.convention.confidence = total > 0 ? std::max(comma, dot) / total : 0.5;

  for (Token& t : tokens) {
    Number number;
    Resolve(text, t, result.convention, scales, number);
    // A numeral too large for a double ("9" x 500) has no value to report;
    // it is left out rather than written as an infinite amount.
    const bool finite = std::isfinite(number.value) && std::isfinite(number.precision) &&
                        (!number.alt_value || (std::isfinite(*number.alt_value) && std::isfinite(*number.alt_precision)));
    if (number.end > number.begin && finite) result.numbers.push_back(std::move(number));
  }
  if (const NumberWords* words = scales_->NumberWordsFor(words_lang)) {
    FindNumberWords(text, *words, scales, result.numbers);
  }
  if (PrimaryLanguage(lang) == "ja" || PrimaryLanguage(lang) == "zh") FindKanjiNumerals(text, scales, result.numbers);
  std::sort(result.numbers.begin(), result.numbers.end(),
            [](const Number& a, const Number& b) { return a.begin < b.begin; });
  for (Number& number : result.numbers) {
    if (number.year_like && !scales_->MayBeYear(lang, text, number.end)) number.year_like = false;
  }
  ComposeParts(text, result.numbers);
  LinkRanges(text, result.numbers);
  return result;
}

}  // namespace claimex::numerals
