#include "phrase_lexicon.h"

#include <libstemmer.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>

#include "text_scan.h"

namespace claimex::claims {
namespace {

// Compound heads shorter than this are too often a plain suffix ("-en").
constexpr std::size_t kShortestCompoundHead = 4;

}  // namespace

Stemmer::Stemmer(const std::string& algorithm) {
  if (algorithm.empty()) return;
  stemmer_ = sb_stemmer_new(algorithm.c_str(), "UTF_8");
  if (stemmer_ == nullptr) throw std::runtime_error("libstemmer has no stemmer \"" + algorithm + "\"");
}

Stemmer::~Stemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

const Word& Stemmer::Lookup(std::string_view word) {
  // Keyed by the word as written: most words of a text recur, and a hit
  // costs neither the fold nor the stemmer.
  if (auto it = cache_.find(word); it != cache_.end()) return it->second;
  Word w;
  w.form.reserve(word.size());
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); i += n) {
    plugin::AppendUtf8(plugin::Fold(plugin::DecodeAt(word, i, &n)), w.form);
  }
  w.key = w.form;
  if (stemmer_ != nullptr) {
    const sb_symbol* stem = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(w.form.data()),
                                            static_cast<int>(w.form.size()));
    if (stem != nullptr) {
      w.key.assign(reinterpret_cast<const char*>(stem), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
    }
  }
  return cache_.emplace(std::string(word), std::move(w)).first->second;
}

std::vector<Token> Stemmer::Tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  // A cache that outgrows a document's vocabulary by far is cleared rather
  // than grown without bound over a long run; only here, so that the
  // tokens of one call stay valid.
  if (cache_.size() > 1 << 16) cache_.clear();
  std::vector<Token> tokens;
  std::size_t word_begin = std::string_view::npos, n = 0;
  auto close = [&](std::size_t at) {
    if (word_begin == std::string_view::npos) return;
    tokens.push_back({word_begin, at, &Lookup(text.substr(word_begin, at - word_begin))});
    word_begin = std::string_view::npos;
  };
  for (std::size_t pos = begin; pos < end; pos += n) {
    const char32_t c = plugin::DecodeAt(text, pos, &n);
    if (plugin::IsCjk(c)) {
      close(pos);
      tokens.push_back({pos, pos + n, &Lookup(text.substr(pos, n))});
    } else if (plugin::IsWordChar(c)) {
      if (word_begin == std::string_view::npos) word_begin = pos;
    } else {
      close(pos);
    }
  }
  close(end);
  return tokens;
}

void PhraseLexicon::Add(CueKind kind, std::string_view phrase, std::string label, std::string value,
                        Stemmer& stemmer, bool compounds) {
  const auto tokens = stemmer.Tokenize(phrase, 0, phrase.size());
  if (tokens.empty()) throw std::runtime_error("a cue has no letters or digits");
  compounds_ = compounds;
  Phrase p;
  p.kind = kind;
  for (const Token& t : tokens) {
    const bool exact = t.begin > 0 && phrase[t.begin - 1] == '=';
    p.keys.push_back(t.key());
    p.exact_forms.push_back(exact ? t.form() : "");
  }
  p.label = std::make_unique<std::string>(std::move(label));
  p.value = std::make_unique<std::string>(std::move(value));
  shortest_first_ = std::min(shortest_first_, p.keys.front().size());
  auto& bucket = by_first_[p.keys.front()];
  // A phrase listed twice keeps its first row.
  for (const Phrase& q : bucket) {
    if (q.kind == p.kind && q.keys == p.keys && q.exact_forms == p.exact_forms) return;
  }
  bucket.push_back(std::move(p));
  // Unique across every lexicon ever built: a lexicon made later at the
  // same address must not take a word's cached phrases for its own.
  static std::atomic<std::size_t> generations{0};
  generation_ = ++generations;
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const Phrase& a, const Phrase& b) { return a.keys.size() > b.keys.size(); });
}

void PhraseLexicon::Resolve(const Word& word) const {
  word.lexicon = this;
  word.generation = generation_;
  const auto it = by_first_.find(word.key);
  word.phrases = it == by_first_.end() ? nullptr : &it->second;
  word.compound_phrases.clear();
  const std::string_view key = word.key;
  if (!compounds_ || key.size() <= shortest_first_) return;
  // The longest head first: "Betriebskosten" is operating costs before it
  // is costs.
  for (std::size_t cut = 1; key.size() - cut >= kShortestCompoundHead; ++cut) {
    if ((static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) continue;
    if (auto head = by_first_.find(key.substr(cut)); head != by_first_.end()) {
      word.compound_phrases.push_back(&head->second);
    }
  }
}

std::array<std::vector<Cue>, kCueKinds> PhraseLexicon::Find(const std::vector<Token>& tokens) const {
  std::array<std::vector<Cue>, kCueKinds> cues;
  if (by_first_.empty()) return cues;
  auto rest_matches = [&](const Phrase& p, std::size_t i) {
    if (i + p.keys.size() > tokens.size()) return false;
    for (std::size_t k = 0; k < p.keys.size(); ++k) {
      if (k > 0 && tokens[i + k].key() != p.keys[k]) return false;
      if (!p.exact_forms[k].empty() && tokens[i + k].form() != p.exact_forms[k]) return false;
    }
    return true;
  };
  // Per kind: the phrase found at this token, and the token after the last cue.
  std::array<std::size_t, kCueKinds> covered{};
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Word& word = *tokens[i].word;
    if (word.lexicon != this || word.generation != generation_) Resolve(word);
    if (word.phrases == nullptr && word.compound_phrases.empty()) continue;
    std::array<const Phrase*, kCueKinds> found{};
    std::array<bool, kCueKinds> whole{};
    auto offer = [&](const Phrase& p, bool whole_words) {
      const auto k = static_cast<std::size_t>(p.kind);
      if (found[k] != nullptr || covered[k] > i || !rest_matches(p, i)) return;
      found[k] = &p;
      whole[k] = whole_words;
    };
    if (word.phrases != nullptr) {
      for (const Phrase& p : *static_cast<const Phrases*>(word.phrases)) offer(p, true);
    }
    for (const void* heads : word.compound_phrases) {
      for (const Phrase& p : *static_cast<const Phrases*>(heads)) {
        if (p.keys.front().size() >= kShortestCompoundHead) offer(p, false);
      }
    }
    for (std::size_t k = 0; k < kCueKinds; ++k) {
      if (found[k] == nullptr) continue;
      const std::size_t last = i + found[k]->keys.size() - 1;
      cues[k].push_back({tokens[i].begin, tokens[last].end, found[k]->label.get(), found[k]->value.get(), whole[k]});
      covered[k] = last + 1;
    }
  }
  return cues;
}

}  // namespace claimex::claims
