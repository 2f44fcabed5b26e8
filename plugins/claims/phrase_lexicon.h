// Cue phrases of one language, matched word by word through inflection.
//
// A text is cut into tokens: runs of letters and digits, and every CJK
// character on its own, so that in Chinese and Japanese a phrase matches as
// a substring and elsewhere only on whole words. Each token's key is its
// case-folded form, stemmed by the language's Snowball stemmer when it has
// one ("Umsatzes" and "Umsatz" share "umsatz"). A phrase is the sequence of
// its tokens' keys. In languages that write compounds as one word (German,
// Dutch), a phrase's first word also matches the end of a longer word
// ("Quartalsumsatz" holds "Umsatz"), after any whole-word match. A phrase
// word written with a leading "=" matches only its own form, for the rare
// word a stemmer conflates with another ("=reported" is not "reportedly").
//
// Not thread-safe (the stemmer keeps state): one per stage instance.
#ifndef CLAIMEX_PLUGINS_CLAIMS_PHRASE_LEXICON_H_
#define CLAIMEX_PLUGINS_CLAIMS_PHRASE_LEXICON_H_

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sb_stemmer;

namespace claimex::claims {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// A word as the stemmer saw it: what one lookup of the word as written
// gives, kept for the stemmer's life or until its cache is cleared.
struct Word {
  std::string form;  // folded only
  std::string key;   // folded and stemmed
  // What a PhraseLexicon found for the key, so that a word seen before
  // costs one hash lookup in all: valid while `lexicon` and `generation`
  // are that lexicon's own.
  mutable const void* lexicon = nullptr;
  mutable std::size_t generation = 0;
  mutable const void* phrases = nullptr;  // starting with the key; nullptr: none
  mutable std::vector<const void*> compound_phrases;  // starting with an end of the key
};

struct Token {
  std::size_t begin, end;  // bytes
  const Word* word;
  const std::string& key() const { return word->key; }
  const std::string& form() const { return word->form; }
};

class Stemmer {
 public:
  // `algorithm` is a Snowball name ("german"); empty folds case only.
  // Throws std::runtime_error for an algorithm libstemmer does not have.
  explicit Stemmer(const std::string& algorithm);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The tokens of text[begin, end). They view the stemmer's cache: valid
  // until its next Tokenize.
  std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end);

 private:
  const Word& Lookup(std::string_view word);

  sb_stemmer* stemmer_ = nullptr;
  // Node-based: a Word keeps its address as the map grows.
  std::unordered_map<std::string, Word, StringHash, std::equal_to<>> cache_;  // word as written -> Word
};

struct Cue {
  std::size_t begin, end;  // bytes
  const std::string* label;
  const std::string* value;  // the third column, empty when none
  bool whole_words;          // false when it matched the end of a compound
};

// The lexicons of one language, each a kind of cue; one lookup per token
// serves them all.
enum class CueKind { kPredicate, kAttribution, kHedge, kAnaphor, kQualifier, kClause, kCount };
inline constexpr std::size_t kCueKinds = static_cast<std::size_t>(CueKind::kCount);

class PhraseLexicon {
 public:
  void Add(CueKind kind, std::string_view phrase, std::string label, std::string value, Stemmer& stemmer,
           bool compounds);

  // Every cue of each kind over `tokens` (of one span of a text), leftmost
  // first; of cues of a kind starting at one token the longest wins, and
  // cues of a kind do not overlap.
  std::array<std::vector<Cue>, kCueKinds> Find(const std::vector<Token>& tokens) const;

 private:
  struct Phrase {
    CueKind kind;
    std::vector<std::string> keys;
    std::vector<std::string> exact_forms;  // per word: the form it must have, or empty
    std::unique_ptr<std::string> label, value;  // stable addresses for Cue
  };
  using Phrases = std::vector<Phrase>;
  // The phrases starting with the word's key and, with compounds, with
  // each end of it, longest end first; resolved once per word.
  void Resolve(const Word& word) const;

  // Phrases by the key of their first token, longest first.
  std::unordered_map<std::string, Phrases, StringHash, std::equal_to<>> by_first_;
  bool compounds_ = false;
  std::size_t shortest_first_ = SIZE_MAX;  // bytes of the shortest first key
  std::size_t generation_ = 0;             // changes with every phrase added
};

}  // namespace claimex::claims

#endif  // CLAIMEX_PLUGINS_CLAIMS_PHRASE_LEXICON_H_
