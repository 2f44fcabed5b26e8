// What the claims stage knows of one language, read from data/lang/<code>/:
//   language.tsv      how its cues match: match (words), stemmer (a Snowball
//                     algorithm), compounds (yes), common (frequent words that
//                     tell the language of a document that does not say it)
//   predicates.tsv    cue | predicate
//   attribution.tsv   cue | after or before (where the source stands)
//   hedges.tsv        cue | hedge
//   anaphora.tsv      phrase | subject or source (what it refers back to)
//   possessives.tsv   linker | before or after [| glued]: "Nvidia's revenue",
//                     "revenue of Nvidia"; "-" is no word at all
//   qualifiers.tsv    cue | scope, per or period | value
//   clauses.tsv       word | relative or subordinate (opens a clause), or
//                     subject_marker / object_marker (a particle after a
//                     name: Japanese "は", "が" / "を")
// Every file but language.tsv may be missing: a language without hedges
// simply finds none.
#ifndef CLAIMEX_PLUGINS_CLAIMS_LANGUAGE_DATA_H_
#define CLAIMEX_PLUGINS_CLAIMS_LANGUAGE_DATA_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "phrase_lexicon.h"

namespace claimex::claims {

struct Possessive {
  std::string linker;  // empty: the possessor follows with no word between
  bool possessor_first;
  bool glued;
};

struct Language {
  std::string code;
  std::unique_ptr<Stemmer> stemmer;
  PhraseLexicon cues;
  std::vector<Possessive> possessives;
};

class Languages {
 public:
  // Reads every data/lang/<code>/ folder under `data_dir`; throws with file
  // and line on a malformed row. `fallback` must be among them.
  Languages(const std::string& data_dir, const std::string& fallback);

  // The document's language when its tag names one we have data for ("de",
  // "pt-BR"), else the one whose common words its text uses most, else
  // the fallback.
  Language& For(std::string_view lang_tag, std::string_view text);

 private:
  Language& Guess(std::string_view text);
  std::map<std::string, Language, std::less<>> by_code_;
  std::vector<Language*> guessable_;  // in the order of the bits below
  // Each common word (folded) and the languages it is common in, one bit
  // each: a guess is one lookup per word of the text's start.
  std::unordered_map<std::string, std::uint64_t> common_words_;
  Stemmer folder_{""};
  Language* fallback_;
};

}  // namespace claimex::claims

#endif  // CLAIMEX_PLUGINS_CLAIMS_LANGUAGE_DATA_H_
