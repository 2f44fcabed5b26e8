#include "name_patterns.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

#include <re2/re2.h>
#include <unicode/uchar.h>

#include "data_files.h"

namespace claimex::entities {
namespace {

// Words of a company name before its suffix, at most; capitalised words of
// an organisation's name before its head word, and after a head word and a
// particle; capitalised words of a person's name after a role word.
constexpr int kOrganisationNameWords = 5;
constexpr int kWordsBeforeHead = 3;
constexpr int kWordsAfterParticle = 3;
constexpr int kPersonNameWords = 3;
constexpr std::size_t kShortestMatch = 4;

// The characters of words: ASCII letters, digits and '_', and every other
// character but the punctuation blocks (Latin-1's « » ¿, General
// Punctuation's – ’ “ „, CJK and fullwidth punctuation). Ranges, not
// \p{L}: Unicode's classes make RE2's automata many times larger, and the
// search of the windows as many times slower.
#define CLAIMEX_WORD_CHARS \
  R"(0-9A-Za-z_\x{C0}-\x{1FFF}\x{2070}-\x{2DFF}\x{2E80}-\x{2FFF}\x{3040}-\x{FEFF}\x{FF10}-\x{FF19}\x{FF21}-\x{10FFFF})"
// Where a name may start: after a character of no word (RE2's \b knows
// ASCII only, and "Élysée" starts with a capital).
constexpr std::string_view kBoundary = "(?:^|[^" CLAIMEX_WORD_CHARS "])";
// What ends a name at its head word: not another word that may be
// capitalised ("PT Bank Mandiri" is no "PT Bank"; any letter of the Latin,
// Greek and Cyrillic blocks is taken for a capital, to be safe).
constexpr std::string_view kHeadEnd = "(?: ?$|[^" CLAIMEX_WORD_CHARS R"( ]| [^A-Z\x{C0}-\x{52F}\x{1E00}-\x{1FFF}]))";
// A word of an organisation's name after its capital; before a head word
// without ’ or ' (not "Acme’s Capital").
constexpr std::string_view kOrganisationWordChars = "[" CLAIMEX_WORD_CHARS "&'’-]*";
constexpr std::string_view kHeadWordChars = "[" CLAIMEX_WORD_CHARS "&-]*";
// A word of a person's name after its first two letters: no digits.
constexpr std::string_view kPersonWordChars =
    R"([A-Za-z\x{C0}-\x{1FFF}\x{2070}-\x{2DFF}\x{2E80}-\x{2FFF}\x{3040}-\x{FEFF}\x{FF21}-\x{10FFFF}'’-]*)";
#undef CLAIMEX_WORD_CHARS
// A capital, and a lowercase letter, of the Latin, Greek and Cyrillic
// blocks, loosely: \p{Lu} and \p{Ll} are some 800 instructions each, which
// every search for the groups pays. Search checks each word's first letters
// exactly (Capitalised).
constexpr std::string_view kUpper = R"([A-Z\x{C0}-\x{DE}\x{100}-\x{24F}\x{370}-\x{3FF}\x{400}-\x{42F}\x{1E00}-\x{1EFF}])";
constexpr std::string_view kLower = R"([a-z\x{DF}-\x{FF}\x{100}-\x{24F}\x{370}-\x{3FF}\x{430}-\x{52F}\x{1E00}-\x{1EFF}])";

// The code point at `at` of valid UTF-8 `s`, and its length.
std::pair<char32_t, std::size_t> CodePointAt(std::string_view s, std::size_t at) {
  const auto b = static_cast<unsigned char>(s[at]);
  if (b < 0x80) return {b, 1};
  const std::size_t length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t cp = b & (0x7F >> length);
  for (std::size_t i = 1; i < length && at + i < s.size(); ++i) cp = cp << 6 | (static_cast<unsigned char>(s[at + i]) & 0x3F);
  return {cp, length};
}

constexpr bool IsAsciiWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The literals as alternatives; with `word_boundary`, one ending in an
// ASCII word character must end a word ("SA" is not the start of "SAS").
std::string Alternatives(const std::vector<std::string>& literals, bool word_boundary) {
  std::string out = "(?:";
  for (std::size_t i = 0; i < literals.size(); ++i) {
    if (i > 0) out += '|';
    out += re2::RE2::QuoteMeta(literals[i]);
    if (word_boundary && IsAsciiWordByte(literals[i].back())) out += "\\b";
  }
  return out + ")";
}

std::unique_ptr<re2::RE2> Compile(const std::string& pattern) {
  re2::RE2::Options options;
  options.set_max_mem(32 << 20);
  options.set_log_errors(false);
  auto re = std::make_unique<re2::RE2>(pattern, options);
  if (!re->ok()) throw std::runtime_error("entity pattern: " + re->error());
  return re;
}

int Spaces(const std::vector<std::string>& words) {
  int most = 0;
  for (const std::string& w : words) most = std::max(most, static_cast<int>(std::count(w.begin(), w.end(), ' ')));
  return most;
}

void AppendNew(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const std::string& w : from) {
    if (std::find(to.begin(), to.end(), w) == to.end()) to.push_back(w);
  }
}

// The start of the code point before `at` (at > 0).
std::size_t PreviousCodePoint(std::string_view text, std::size_t at) {
  do {
    --at;
  } while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
  return at;
}

}  // namespace

void NameWords::Append(const NameWords& other) {
  AppendNew(suffixes, other.suffixes);
  AppendNew(heads, other.heads);
  AppendNew(roles, other.roles);
  AppendNew(particles, other.particles);
  AppendNew(articles, other.articles);
}

NameWords ReadNameWords(const std::string& path) {
  NameWords words;
  for (const auto& row : plugin::ReadTsv(path, 2)) {
    const std::string where = row.file + ":" + std::to_string(row.line) + ": ";
    const std::string& word = row.fields[0];
    const std::string& kind = row.fields[1];
    // Every word but an article is a literal the window scan looks for.
    if (word.empty() || (word.size() < 2 && kind != "article")) {
      throw std::runtime_error(where + "a name word has two bytes at least");
    }
    if (word.front() == ' ' || word.back() == ' ') throw std::runtime_error(where + "a name word has no space at either end");
    if (kind == "suffix") {
      AppendNew(words.suffixes, {word});
    } else if (kind == "head") {
      AppendNew(words.heads, {word});
    } else if (kind == "role") {
      AppendNew(words.roles, {word});
    } else if (kind == "particle") {
      if (std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        throw std::runtime_error(where + "a particle is lowercase");
      }
      AppendNew(words.particles, {word});
    } else if (kind == "article") {
      if (word.find(' ') != std::string::npos) throw std::runtime_error(where + "an article is one word");
      AppendNew(words.articles, {word});
    } else {
      throw std::runtime_error(where + "kind \"" + kind + "\" is none of suffix, head, role, particle, article");
    }
  }
  return words;
}

NamePatterns::LiteralIndex::LiteralIndex(std::vector<std::string> literals) : literals_(std::move(literals)) {
  for (std::string_view literal : literals_) {
    by_first_[static_cast<unsigned char>(literal.front())].push_back(literal);
    by_last_[static_cast<unsigned char>(literal.back())].push_back(literal);
    first_two_.set(Pair(literal[0], literal[1]));
    last_two_.set(Pair(literal[literal.size() - 2], literal.back()));
  }
}

NamePatterns::NamePatterns(const NameWords& words) {
  if (words.suffixes.empty() && words.heads.empty()) throw std::runtime_error("entity patterns: no suffix or head word");
  if (words.roles.empty()) throw std::runtime_error("entity patterns: no role word");
  const std::string boundary(kBoundary);
  const std::string word = std::string(kUpper) + std::string(kOrganisationWordChars);
  const std::string head_word = std::string(kUpper) + std::string(kHeadWordChars);
  const std::string particle = words.particles.empty() ? "" : Alternatives(words.particles, false);
  // "Banco do Brasil", "Caisse des Dépôts": a head word, a particle, then
  // capitalised words.
  const std::string head_first = particle.empty() || words.heads.empty()
                                     ? ""
                                     : Alternatives(words.heads, false) + " " + particle + " " + word + "(?: " + word +
                                           "){0," + std::to_string(kWordsAfterParticle - 1) + "}";
  std::vector<std::string> alternatives;
  if (!words.suffixes.empty()) {
    const std::string plain = "(?:" + word + R"(\.? ){0,)" + std::to_string(kOrganisationNameWords - 1) + "}" + word;
    alternatives.push_back(boundary + "((?:" + plain + (head_first.empty() ? "" : "|" + head_first) + ")),? " +
                           Alternatives(words.suffixes, true));
  }
  if (!words.heads.empty()) {
    alternatives.push_back(boundary + "((?:" + head_word + " ){1," + std::to_string(kWordsBeforeHead) + "}" +
                           Alternatives(words.heads, false) + ")" + std::string(kHeadEnd));
  }
  if (!head_first.empty()) alternatives.push_back(boundary + "(" + head_first + ")");
  std::string organisations;
  for (const std::string& a : alternatives) organisations += (organisations.empty() ? "" : "|") + a;
  organisations_ = Compile(organisations);

  // "Ursula von der Leyen": a particle after the first name only, so that
  // "Arthur Mensch de Mistral" is "Arthur Mensch".
  const std::string name = std::string(kUpper) + std::string(kLower) + std::string(kPersonWordChars);
  people_ = Compile(boundary + Alternatives(words.roles, false) + ",? (" + name + " " +
                    (particle.empty() ? "" : "(?:" + particle + " )?") + name + "(?: " + name + "){0," +
                    std::to_string(kPersonNameWords - 2) + "})");

  std::vector<std::string> organisation_literals = words.suffixes;
  AppendNew(organisation_literals, words.heads);
  organisation_literals_ = std::make_unique<LiteralIndex>(organisation_literals);
  head_literals_ = std::make_unique<LiteralIndex>(head_first.empty() ? std::vector<std::string>{} : words.heads);
  role_literals_ = std::make_unique<LiteralIndex>(words.roles);
  heads_ = std::make_unique<LiteralIndex>(words.heads);
  articles_ = words.articles;
  for (const std::string& p : words.particles) {
    for (std::size_t begin = 0; begin < p.size();) {
      const std::size_t end = std::min(p.find(' ', begin), p.size());
      particle_words_.insert(p.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  for (const auto* list : {&words.suffixes, &words.heads}) {
    for (const std::string& w : *list) {
      if (w.find(' ') == std::string::npos) organisation_words_.insert(w);
    }
  }

  const int particle_spaces = words.particles.empty() ? -1 : Spaces(words.particles);
  const int head_spaces = Spaces(words.heads);
  // Before a suffix: the name's words, or a head word, a particle and the
  // words after it; before a head word ending a name: its words.
  spaces_before_literal_ = std::max(kOrganisationNameWords, kWordsBeforeHead);
  if (!head_first.empty()) {
    spaces_before_literal_ =
        std::max(spaces_before_literal_, head_spaces + particle_spaces + kWordsAfterParticle + 3);
  }
  spaces_after_head_ = particle_spaces + kWordsAfterParticle + 1;
  person_spaces_ = kPersonNameWords - 1 + particle_spaces + 1;

  // Bytes that can stand inside a match: those of words (every byte of a
  // multibyte character too), the punctuation the patterns allow in names
  // and between a name and its suffix, the space, and the literals' own.
  for (int c = 0; c < 256; ++c) {
    organisation_byte_[c] = c >= 0x80 || IsAsciiWordByte(static_cast<char>(c));
    person_byte_[c] = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  for (unsigned char c : std::string_view("&'-., ")) organisation_byte_[c] = true;
  for (unsigned char c : std::string_view("'- ")) person_byte_[c] = true;
  for (const auto* list : {&words.suffixes, &words.heads, &words.particles}) {
    for (const std::string& w : *list) {
      for (unsigned char c : w) organisation_byte_[c] = true;
    }
  }
  for (const std::string& w : words.particles) {
    for (unsigned char c : w) person_byte_[c] = true;
  }
  for (const std::string& w : organisation_literals) byte_cases_[static_cast<unsigned char>(w[0])] |= kLiteralFirst;
  if (!head_first.empty()) {
    for (const std::string& w : words.particles) byte_cases_[static_cast<unsigned char>(w[0])] |= kParticleFirst;
  }
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'A' && c <= 'Z') || c >= 0xC0) byte_cases_[c] |= kNameFirst;
  }
}

NamePatterns::~NamePatterns() = default;

const re2::RE2& NamePatterns::pattern(NameKind kind) const {
  return kind == NameKind::kOrganisation ? *organisations_ : *people_;
}

bool NamePatterns::Plausible(NameKind kind, std::string_view name) const {
  if (kind == NameKind::kOrganisation) return true;
  for (std::size_t begin = 0; begin < name.size();) {
    const std::size_t end = std::min(name.find(' ', begin), name.size());
    if (organisation_words_.contains(std::string(name.substr(begin, end - begin)))) return false;
    begin = end + 1;
  }
  return true;
}

std::vector<NamePatterns::Window> NamePatterns::Join(std::vector<Window> windows) {
  // They are found in the order of the spaces their literals touch, not
  // always of their starts.
  std::sort(windows.begin(), windows.end(), [](const Window& a, const Window& b) { return a.begin < b.begin; });
  std::vector<Window> joined;
  for (const Window& w : windows) {
    if (!joined.empty() && w.begin <= joined.back().end) {
      joined.back().end = std::max(joined.back().end, w.end);
    } else {
      joined.push_back(w);
    }
  }
  return joined;
}

void NamePatterns::FindWindows(std::string_view text, std::vector<Window>& organisations,
                               std::vector<Window>& people) const {
  // Back from `at` over bytes a name can hold, across `limit` spaces at
  // most, then one character more: the boundary before the name.
  auto back = [&](std::size_t at, const std::array<bool, 256>& allowed, int limit) {
    std::size_t begin = at;
    for (int spaces = 0; begin > 0 && allowed[static_cast<unsigned char>(text[begin - 1])]; --begin) {
      if (text[begin - 1] == ' ' && ++spaces > limit) break;
    }
    return begin > 0 ? PreviousCodePoint(text, begin) : begin;
  };
  // Forth from `at` likewise, stopping before the space past `limit`.
  auto forth = [&](std::size_t at, const std::array<bool, 256>& allowed, int limit) {
    std::size_t end = at;
    for (int spaces = 0; end < text.size() && allowed[static_cast<unsigned char>(text[end])]; ++end) {
      if (text[end] == ' ' && ++spaces > limit) break;
    }
    return end;
  };
  // Whether the word before the space at `space` (a comma after it left
  // out) may end in a capitalised word: not when it is all ASCII lowercase
  // letters and digits ("the Group"), most often.
  auto capital_may_end_before = [&](std::size_t space) {
    std::size_t i = space > 0 && text[space - 1] == ',' ? space - 1 : space;
    for (; i > 0 && text[i - 1] != ' '; --i) {
      const char b = text[i - 1];
      if (!((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9'))) return true;
    }
    return false;
  };
  auto after_space = [&](std::size_t at) {
    // A suffix or head word at `at`, ending the name; what follows a head
    // word is looked at too (a space and a character of four bytes at most).
    const std::uint8_t cases = byte_cases_[static_cast<unsigned char>(text[at])];
    if (cases == 0) return;  // most spaces: a lowercase word no literal or particle starts with
    if (const std::size_t length = (cases & kLiteralFirst) != 0 ? organisation_literals_->LongestAt(text, at) : 0;
        length > 0 && capital_may_end_before(at - 1)) {
      // A suffix ends the match; a head word is followed by what ends the
      // name.
      const std::size_t head = heads_->LongestAt(text, at);
      organisations.push_back({back(at, organisation_byte_, spaces_before_literal_),
                               std::min(text.size(), std::max(at + length, head > 0 ? at + head + 5 : 0))});
    }
    // A head word just before the space, opening a name with the particle
    // after the space.
    if (const std::size_t length = (cases & kParticleFirst) != 0 ? head_literals_->LongestBefore(text, at - 1) : 0;
        length > 0) {
      const std::size_t begin = at - 1 - length;
      organisations.push_back(
          {begin > 0 ? PreviousCodePoint(text, begin) : begin, forth(at - 1, organisation_byte_, spaces_after_head_)});
    }
    // The first capital of a person's name after a role word, and a comma
    // maybe: an ASCII capital or a character of two bytes or more.
    if ((cases & kNameFirst) == 0) return;
    const std::size_t role_end = at - 1;
    std::size_t begin = role_end;
    if (const std::size_t length = role_literals_->LongestBefore(text, role_end); length > 0) {
      begin = role_end - length;
    }
    if (role_end > 0 && text[role_end - 1] == ',') {
      if (const std::size_t length = role_literals_->LongestBefore(text, role_end - 1); length > 0) {
        begin = std::min(begin, role_end - 1 - length);
      }
    }
    if (begin == role_end) return;
    people.push_back({begin > 0 ? PreviousCodePoint(text, begin) : begin, forth(at, person_byte_, person_spaces_)});
  };
  // Spaces are found eight bytes at a time: a word of news text holds one
  // or two, and most bytes are no candidate at all.
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    const std::uint64_t x = word ^ (kOnes * ' ');
    // Exact for the lowest space of the word; a byte above one may show up
    // falsely, so each candidate is checked.
    for (std::uint64_t spaces = (x - kOnes) & ~x & kHighs; spaces != 0; spaces &= spaces - 1) {
      const std::size_t space = i + static_cast<std::size_t>(std::countr_zero(spaces)) / 8;
      if (text[space] == ' ' && space + 1 < text.size()) after_space(space + 1);
    }
  }
  for (; i + 1 < text.size(); ++i) {
    if (text[i] == ' ') after_space(i + 1);
  }
}

std::size_t NamePatterns::ArticleAt(std::string_view name) const {
  for (const std::string& article : articles_) {
    if (name.size() > article.size() && name[article.size()] == ' ' && name.starts_with(article)) return article.size();
  }
  return 0;
}

bool NamePatterns::Capitalised(NameKind kind, std::string_view name) const {
  for (std::size_t begin = 0; begin < name.size();) {
    const std::size_t end = std::min(name.find(' ', begin), name.size());
    const std::string_view word = name.substr(begin, end - begin);
    begin = end + 1;
    if (word.empty() || particle_words_.contains(std::string(word))) continue;
    const auto [first, length] = CodePointAt(word, 0);
    if (!u_isupper(static_cast<UChar32>(first))) return false;
    if (kind == NameKind::kPerson && (length >= word.size() || !u_islower(static_cast<UChar32>(CodePointAt(word, length).first)))) {
      return false;
    }
  }
  return true;
}

std::vector<NameSpan> NamePatterns::Search(NameKind kind, std::string_view text,
                                           const std::vector<Window>& windows) const {
  const re2::RE2& re = pattern(kind);
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[4];
  const int group_count = std::min(4, 1 + re.NumberOfCapturingGroups());
  std::vector<NameSpan> names;
  std::size_t pos = 0;
  for (const Window& window : windows) {
    pos = std::max(pos, window.begin);
    // No match is shorter than a capital, a space and a literal.
    while (pos + kShortestMatch <= window.end && re.Match(input, pos, window.end, re2::RE2::UNANCHORED, groups, group_count)) {
      pos = static_cast<std::size_t>(groups[0].data() - text.data()) + std::max<std::size_t>(groups[0].size(), 1);
      const auto* name = std::find_if(groups + 1, groups + group_count, [](const auto& g) { return !g.empty(); });
      if (name == groups + group_count) continue;
      const auto begin = static_cast<std::size_t>(name->data() - text.data());
      const std::string_view found(name->data(), name->size());
      if (!Capitalised(kind, found)) continue;
      // "Die Bank hat", "O Banco do Brasil": the search goes on from the
      // space after the article, where "Banco do Brasil" starts.
      if (kind == NameKind::kOrganisation) {
        if (const std::size_t article = ArticleAt(found); article > 0) {
          pos = begin + article;
          continue;
        }
      } else if (!Plausible(kind, found)) {
        continue;
      }
      names.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(begin + name->size())});
    }
  }
  return names;
}

NamePatterns::Names NamePatterns::Find(std::string_view text) const {
  std::vector<Window> organisations, people;
  FindWindows(text, organisations, people);
  return {Search(NameKind::kOrganisation, text, Join(std::move(organisations))),
          Search(NameKind::kPerson, text, Join(std::move(people)))};
}

NamePatterns::Names NamePatterns::FindInWholeText(std::string_view text) const {
  const std::vector<Window> whole = {{0, text.size()}};
  return {Search(NameKind::kOrganisation, text, whole), Search(NameKind::kPerson, text, whole)};
}

}  // namespace claimex::entities
