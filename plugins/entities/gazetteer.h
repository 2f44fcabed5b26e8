// The gazetteer: known entities and a one-pass matcher over their names.
//
// Entries come from JSONL files (one entity per line: id, type, names, and
// optional category, lang and part_of: the id of the organisation it belongs
// to, as a joint venture or subsidiary does), so users extend it without
// recompiling. All
// names go into one trie over case-folded code points; matching walks it
// from each word start and keeps the longest name that ends on a word
// boundary, so "Nvidia H100" beats "Nvidia", "Meta" does not match inside
// "metadata", and "Nvidia's" yields "Nvidia". A name written with a capital
// first letter does not match a lower-case word ("apple" is not Apple).
// Most words begin no name: a word of ASCII letters and digits is looked up
// whole in a small hash set of the names' first words before any walk; a
// lower-case word in the smaller set of the first words of names that need
// no capital, since the common words that open names ("The Verge", "Open
// AI") mostly stand in lower case.
#ifndef CLAIMEX_PLUGINS_ENTITIES_GAZETTEER_H_
#define CLAIMEX_PLUGINS_ENTITIES_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code_point_trie.h"

namespace claimex::entities {

struct Entity {
  std::string id;
  std::string type;      // org, person, accelerator, ...
  std::string category;  // optional: ai_lab, analyst, media, ...
  std::string part_of;   // optional: the id of the organisation it belongs to
};

struct Match {
  std::uint32_t begin = 0, end = 0;  // bytes
  int entity = -1;                   // index into Gazetteer::entities()
};

class Gazetteer {
 public:
  Gazetteer();
  // Adds one entity with its names; returns its index.
  int Add(Entity entity, const std::vector<std::string>& names);
  // Loads a JSONL file; throws std::runtime_error naming file:line.
  void LoadJsonl(const std::string& path);

  std::vector<Match> FindAll(std::string_view text) const;
  const std::vector<Entity>& entities() const { return entities_; }
  std::size_t names() const { return names_; }

 private:
  // The keys (FirstWordKey) of the names' folded leading runs of ASCII
  // letters and digits. Where the text has such a run, a name that matches
  // there cannot end inside it (no word boundary), and if the character
  // after the run does not fold to an ASCII letter or digit (only the
  // Kelvin sign and the long s do), the name's own run ends there too: it
  // starts with exactly the text's run. So such a run not in the set
  // starts no name. Keys may collide; the trie walk after a hit decides.
  class FirstWords {
   public:
    void Insert(std::uint64_t key);
    bool MayContain(std::uint64_t key) const {
      for (std::size_t slot = key >> shift_;; slot = (slot + 1) & (table_.size() - 1)) {
        if (table_[slot] == key) return true;
        if (table_[slot] == kEmpty) return false;
      }
    }

   private:
    static constexpr std::uint64_t kEmpty = 0;  // no key is 0: see FirstWordKey
    std::vector<std::uint64_t> table_ = std::vector<std::uint64_t>(16, kEmpty);
    int shift_ = 60;  // 64 - log2(table size)
    std::size_t size_ = 0;
  };

  // The root's children by a code point beyond ASCII. The trie keeps them
  // in one sibling list, hundreds long with the names of several scripts,
  // which every word of such text that starts with one would walk through.
  class WideFirstChars {
   public:
    void Insert(char32_t c, std::int32_t node);
    std::int32_t Find(char32_t c) const {
      for (std::size_t slot = Slot(c);; slot = (slot + 1) & (table_.size() - 1)) {
        if (table_[slot].c == c) return table_[slot].node;
        if (table_[slot].c == 0) return plugin::CodePointTrie::kNone;
      }
    }

   private:
    struct Entry {
      char32_t c = 0;  // 0 for an empty slot: no key is ASCII
      std::int32_t node = plugin::CodePointTrie::kNone;
    };
    std::size_t Slot(char32_t c) const { return static_cast<std::uint32_t>(c * 0x9E3779B1U) >> shift_; }
    std::vector<Entry> table_ = std::vector<Entry>(16);
    int shift_ = 28;  // 32 - log2(table size)
    std::size_t size_ = 0;
  };

  FirstWords first_words_;
  // The first words of the names that need no capital: a word starting with
  // a lower-case letter can start no other.
  FirstWords lowercase_first_words_;
  // Folded names; a node's value is the entity whose name ends there.
  plugin::CodePointTrie trie_{true};
  WideFirstChars wide_first_chars_;
  std::vector<bool> needs_capital_;  // by node
  std::vector<Entity> entities_;
  std::size_t names_ = 0;
};

}  // namespace claimex::entities

#endif  // CLAIMEX_PLUGINS_ENTITIES_GAZETTEER_H_
