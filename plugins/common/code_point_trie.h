// A trie over code points with an integer value per node: the index behind
// the gazetteer and the cue lexicons, which match many phrases at one
// position of a text in a single walk.
//
// 16 bytes a node, children as a sibling list, so that a gazetteer of
// millions of names stays a few bytes per character. The root's ASCII
// children are indexed directly; so, when asked, are their ASCII children
// (64 KB whatever the size), for a large trie whose second-level lists are
// long and where most walks over a text end.
#ifndef CLAIMEX_PLUGINS_COMMON_CODE_POINT_TRIE_H_
#define CLAIMEX_PLUGINS_COMMON_CODE_POINT_TRIE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

namespace claimex::plugin {

class CodePointTrie {
 public:
  static constexpr std::int32_t kRoot = 0;
  static constexpr std::int32_t kNone = -1;

  explicit CodePointTrie(bool index_second_level = false) : nodes_(1) {
    std::fill(std::begin(ascii_root_), std::end(ascii_root_), kNone);
    if (index_second_level) ascii_second_.assign(128 * 128, kNone);
  }

  // The child of `node` for `c`, or kNone.
  std::int32_t Child(std::int32_t node, char32_t c) const {
    if (c < 0x80) {
      if (node == kRoot) return ascii_root_[c];
      if (const std::int32_t row = SecondLevelRow(node); row >= 0) return ascii_second_[row * 128 + c];
    }
    for (std::int32_t child = nodes_[node].first_child; child != kNone; child = nodes_[child].next_sibling) {
      if (nodes_[child].c == c) return child;
    }
    return kNone;
  }

  // The child of `node` for `c`, made if it is not there yet.
  std::int32_t AddChild(std::int32_t node, char32_t c) {
    if (const std::int32_t existing = Child(node, c); existing != kNone) return existing;
    const auto child = static_cast<std::int32_t>(nodes_.size());
    nodes_.push_back({c, kNone, nodes_[node].first_child, kNone});
    nodes_[node].first_child = child;
    if (c < 0x80) {
      if (node == kRoot) ascii_root_[c] = child;
      if (const std::int32_t row = SecondLevelRow(node); row >= 0) ascii_second_[row * 128 + c] = child;
    }
    return child;
  }

  char32_t code_point(std::int32_t node) const { return nodes_[node].c; }
  // kNone until set.
  std::int32_t value(std::int32_t node) const { return nodes_[node].value; }
  void set_value(std::int32_t node, std::int32_t value) { nodes_[node].value = value; }
  std::size_t size() const { return nodes_.size(); }

 private:
  struct Node {
    char32_t c = 0;
    std::int32_t first_child = kNone;
    std::int32_t next_sibling = kNone;
    std::int32_t value = kNone;
  };

  // The row of ascii_second_ for a child of the root by an ASCII code
  // point, or -1 (also when the second level is not indexed).
  std::int32_t SecondLevelRow(std::int32_t node) const {
    if (ascii_second_.empty()) return -1;
    const char32_t c = nodes_[node].c;
    return c < 0x80 && ascii_root_[c] == node ? static_cast<std::int32_t>(c) : -1;
  }

  std::vector<Node> nodes_;
  std::int32_t ascii_root_[128];
  std::vector<std::int32_t> ascii_second_;  // [first * 128 + second], when indexed
};

}  // namespace claimex::plugin

#endif  // CLAIMEX_PLUGINS_COMMON_CODE_POINT_TRIE_H_
