// The members a merge holds, in memory until they pass a budget, then in
// temporary files, so that merging ten million claims needs about as much
// memory as merging a few hundred thousand.
//
// Spilled members go first to files by a hash of their key; at the end each
// of those is read back alone to keep one member per key (the same claim
// seen twice), and the survivors go to files by the hash their group's
// cluster keys start with. Those are then read back one at a time in hash
// order, so groups come out in key order exactly as from memory: the output
// does not depend on whether the merge spilled.
//
// A group is every member of one subject in one unit: all the slots whose
// claims may meet in a cluster (an unknown predicate joins a known one, a
// count without a model the one with a model), so each group must fit in
// memory once read back; a merge of many subjects needs little.
#ifndef CLAIMEX_CORE_MERGE_MEMBER_STORE_H_
#define CLAIMEX_CORE_MERGE_MEMBER_STORE_H_

#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimex/status.h"

namespace claimex {

struct ClusteringView;  // what clustering reads of a member (clusters.cc)

struct StoredMember {
  std::string group;   // subject and unit, serialised: who may share a cluster
  std::string doc;
  std::string outlet;  // the source's name, empty when unknown
  std::string json;    // the member record, serialised
  // Made from `json` the first time a set of members is clustered for its
  // shapes (ClusterSet::ForEachShape), which a store's window does again
  // each time it grows; gone with the member when another replaces it.
  mutable std::shared_ptr<const ClusteringView> view;
};

// The first eight hex digits of a group's hash: where its cluster keys start.
std::string GroupPrefix(std::string_view group);

class MemberStore {
 public:
  // Members are kept in memory up to `memory_budget` bytes of member text,
  // then spilled under `temp_dir` (a private folder is made inside it).
  explicit MemberStore(std::size_t memory_budget = kDefaultBudget,
                       std::filesystem::path temp_dir = std::filesystem::temp_directory_path());
  ~MemberStore();
  MemberStore(const MemberStore&) = delete;
  MemberStore& operator=(const MemberStore&) = delete;

  // Keeps one member per key: of two, the greater text, so that the result
  // does not depend on arrival order.
  Status Add(const std::string& key, StoredMember member);

  // Calls `visit` once per group prefix, in ascending order, with the
  // members of every group under that prefix (groups in order, members in
  // key order).
  using Groups = std::map<std::string, std::vector<const StoredMember*>, std::less<>>;
  Status ForEachPrefix(const std::function<void(const std::string& prefix, const Groups& groups)>& visit) const;

  bool spilled() const { return !dir_.empty(); }
  static constexpr std::size_t kDefaultBudget = 256u << 20;

 private:
  static constexpr int kPartitions = 64;
  Status Spill();
  Status Write(std::FILE* file, const std::string& key, const StoredMember& member) const;

  std::size_t budget_;
  std::filesystem::path temp_root_;
  std::map<std::string, StoredMember> members_;  // while in memory
  std::size_t bytes_ = 0;
  std::filesystem::path dir_;                 // set once spilled
  std::vector<std::FILE*> by_key_;            // spill files by key hash
};

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_MEMBER_STORE_H_
