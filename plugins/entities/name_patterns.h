// Unknown organisations and people, found by pattern: capitalised names
// ending in a company suffix or an organisation head word ("Acme Robotics
// Inc.", "Zhongguancun Capital Group"), names opening with a head word and a
// particle ("Banco do Brasil", "Caisse des Dépôts"), and capitalised names
// after a role word ("founder Li Wei", "Vorstandschef Christian Sewing").
//
// The words are data: each language's data/lang/<code>/names.tsv lists its
// suffixes, head words, roles and particles (NameWords); the patterns are
// built from the lists of the languages a document is in. A name's words
// start with an uppercase letter of any script (\p{Lu}: "Łukasz", "Đặng",
// "Élysée"). A particle ("von der", "do", "de la") stands only between two
// capitalised words: after an organisation's head word, after a person's
// first name. An organisation's name never starts with an article ("Die
// Bank hat" names no bank; in "O Banco do Brasil" the search goes on after
// "O" and finds "Banco do Brasil").
//
// Each pattern is one RE2. Run over a whole document it costs two DFA passes
// over every byte, more than the gazetteer's whole walk, for a few matches
// per document. Every match holds a literal (a suffix or head word; a role
// word before the name's first capital), and every literal touches a space
// (suffixes and head words start after one; a head word opening a name and
// a role word end before one), so a cheap scan of the spaces finds those
// first, and RE2 runs only in windows around them. A window reaches back and
// forth as far as a match holding its literal can, plus the character before
// (the patterns' word boundary) and after (what ends a head-final name);
// overlapping windows are joined, and RE2 sees the whole text as context.
// Every match then lies inside exactly one window, and the matches are the
// ones a scan of the whole text finds, in the same order.
//
// A NamePatterns is immutable once built; Find may be called from any number
// of threads at once.
#ifndef CLAIMEX_PLUGINS_ENTITIES_NAME_PATTERNS_H_
#define CLAIMEX_PLUGINS_ENTITIES_NAME_PATTERNS_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace re2 {
class RE2;
}

namespace claimex::entities {

enum class NameKind { kOrganisation, kPerson };

// The cue words of one language or of several, each list in file order
// without repeats. Matching is case-sensitive.
struct NameWords {
  std::vector<std::string> suffixes;   // after a company's name: "Inc.", "GmbH", "S.p.A."
  std::vector<std::string> heads;      // an organisation's last word: "Group", "Bank"; or first, before a particle
  std::vector<std::string> roles;      // before a person's name: "CEO", "Vorstandschef", "PDG"
  std::vector<std::string> particles;  // inside a name: "von der", "do", "de la"
  std::vector<std::string> articles;   // capitalised, opening a sentence, never a name: "The", "Die", "O"

  // Adds the words of `other` that this does not hold yet.
  void Append(const NameWords& other);
};

// Reads a names.tsv file (rows `word<TAB>suffix|head|role|particle|article`).
// Throws std::runtime_error naming the file, or file:line for a row with
// another kind, a word shorter than two bytes (but an article), a word with a space at
// either end, or a particle that is not lowercase.
NameWords ReadNameWords(const std::string& path);

struct NameSpan {
  std::uint32_t begin = 0;  // byte offsets of the name (the capture), not of
  std::uint32_t end = 0;    // the role word or the comma before a suffix
};

class NamePatterns {
 public:
  // Throws std::runtime_error when the words make no valid pattern.
  explicit NamePatterns(const NameWords& words);
  ~NamePatterns();

  struct Names {
    std::vector<NameSpan> organisations, people;
  };
  // The names in `text`, each kind in text order: what searching the whole
  // text with pattern(kind), each search starting after the previous match,
  // finds (the name is the match's first non-empty group), less the people
  // that Plausible rejects and the names whose words do not all start with
  // a capital (the patterns' classes are loose, for speed); an
  // organisation's name starting with an article is none, and the search
  // goes on after the article.
  Names Find(std::string_view text) const;
  // The same, searching the whole text instead of the windows: slower, the
  // reference Find must equal (for tests).
  Names FindInWholeText(std::string_view text) const;

  // False for a person's name holding a suffix or a head word: "Direktur
  // Utama Bank Mandiri Darmawan" names a bank before its director.
  bool Plausible(NameKind kind, std::string_view name) const;

  const re2::RE2& pattern(NameKind kind) const;

  // Literals of two bytes or more, indexed by their first and by their last
  // two bytes, so that the scan rejects most positions with one lookup and
  // compares the rest with the few literals that could be there.
  class LiteralIndex {
   public:
    explicit LiteralIndex(std::vector<std::string> literals);
    LiteralIndex(const LiteralIndex&) = delete;
    LiteralIndex& operator=(const LiteralIndex&) = delete;
    // The length of the longest literal starting at `at`, or 0. Inline: the
    // scan asks at every space.
    std::size_t LongestAt(std::string_view text, std::size_t at) const {
      std::size_t longest = 0;
      if (at + 2 > text.size() || !first_two_.test(Pair(text[at], text[at + 1]))) return longest;
      for (std::string_view literal : by_first_[static_cast<unsigned char>(text[at])]) {
        if (literal.size() > longest && text.compare(at, literal.size(), literal) == 0) longest = literal.size();
      }
      return longest;
    }
    // The length of the longest literal ending just before `end`, or 0.
    std::size_t LongestBefore(std::string_view text, std::size_t end) const {
      std::size_t longest = 0;
      if (end < 2 || !last_two_.test(Pair(text[end - 2], text[end - 1]))) return longest;
      for (std::string_view literal : by_last_[static_cast<unsigned char>(text[end - 1])]) {
        if (literal.size() > longest && literal.size() <= end &&
            text.compare(end - literal.size(), literal.size(), literal) == 0) {
          longest = literal.size();
        }
      }
      return longest;
    }

   private:
    static std::size_t Pair(char a, char b) {
      return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 | static_cast<unsigned char>(b);
    }
    const std::vector<std::string> literals_;  // what the views below see
    std::array<std::vector<std::string_view>, 256> by_first_, by_last_;
    std::bitset<65536> first_two_, last_two_;
  };

 private:
  struct Window {
    std::size_t begin, end;
  };
  void FindWindows(std::string_view text, std::vector<Window>& organisations, std::vector<Window>& people) const;
  // Windows that overlap or touch become one.
  static std::vector<Window> Join(std::vector<Window> windows);
  std::vector<NameSpan> Search(NameKind kind, std::string_view text, const std::vector<Window>& windows) const;
  // Whether every word of `name` but its particles starts with a capital
  // (and, in a person's name, goes on with a lowercase letter): the
  // patterns take any letter of some blocks for either.
  bool Capitalised(NameKind kind, std::string_view name) const;
  // The length of the article `name` starts with (then a space), or 0.
  std::size_t ArticleAt(std::string_view name) const;

  std::unique_ptr<re2::RE2> organisations_;
  std::unique_ptr<re2::RE2> people_;
  // Suffixes and head words starting after a space; head words ending
  // before one (a name opening with its head); roles ending before one.
  // And the head words alone, to tell a head from a suffix.
  std::unique_ptr<LiteralIndex> organisation_literals_, head_literals_, role_literals_, heads_;
  std::unordered_set<std::string> organisation_words_;  // for Plausible
  std::vector<std::string> articles_;
  std::unordered_set<std::string> particle_words_;
  std::array<bool, 256> organisation_byte_{}, person_byte_{};
  // What a byte after a space may start: a suffix or head word, a particle
  // (after a head word opening a name), a person's name (a capital, or a
  // character of two bytes or more).
  static constexpr std::uint8_t kLiteralFirst = 1, kParticleFirst = 2, kNameFirst = 4;
  std::array<std::uint8_t, 256> byte_cases_{};
  // Spaces a match may hold before its suffix or head-word literal, and
  // after a head word that opens it; spaces a person's name may hold.
  int spaces_before_literal_ = 0, spaces_after_head_ = 0, person_spaces_ = 0;
};

}  // namespace claimex::entities

#endif  // CLAIMEX_PLUGINS_ENTITIES_NAME_PATTERNS_H_
