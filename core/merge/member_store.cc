#include "member_store.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "claimex/content_hash.h"

namespace claimex {
namespace {

bool WriteField(std::FILE* file, std::string_view field) {
  const auto size = static_cast<std::uint32_t>(field.size());
  return std::fwrite(&size, sizeof size, 1, file) == 1 &&
         (size == 0 || std::fwrite(field.data(), 1, size, file) == size);
}

bool ReadField(std::FILE* file, std::string& field) {
  std::uint32_t size = 0;
  if (std::fread(&size, sizeof size, 1, file) != 1) return false;
  field.resize(size);
  return size == 0 || std::fread(field.data(), 1, size, file) == size;
}

// Reads every (key, member) of a spill file; false on a short read.
bool ReadAll(std::FILE* file, const std::function<void(std::string&&, StoredMember&&)>& take) {
  std::rewind(file);
  while (true) {
    std::string key;
    StoredMember m;
    if (!ReadField(file, key)) return std::feof(file) != 0 && !std::ferror(file);
    if (!ReadField(file, m.group) || !ReadField(file, m.doc) || !ReadField(file, m.outlet) ||
        !ReadField(file, m.json)) {
      return false;
    }
    take(std::move(key), std::move(m));
  }
}

// Partition of a group prefix: its first two hex digits, scaled, so that
// partitions hold ascending ranges of prefixes.
int PartitionOfPrefix(std::string_view prefix, int partitions) {
  return static_cast<int>(std::stoul(std::string(prefix.substr(0, 2)), nullptr, 16)) * partitions / 256;
}

// Partition of a member key, which input may spell any way: by its hash.
int PartitionOfKey(std::string_view key, int partitions) {
  return static_cast<int>(ContentHash().Add(key).value() % static_cast<std::uint64_t>(partitions));
}

std::size_t Footprint(const std::string& key, const StoredMember& m) {
  return key.size() + m.group.size() + m.doc.size() + m.outlet.size() + m.json.size() + 160;
}

void KeepOne(std::map<std::string, StoredMember>& members, std::string key, StoredMember member) {
  const auto it = members.find(key);
  if (it == members.end()) {
    members.emplace(std::move(key), std::move(member));
  } else if (member.json > it->second.json) {
    it->second = std::move(member);
  }
}

}  // namespace

std::string GroupPrefix(std::string_view group) { return ContentHash().AddField(group).Hex().substr(0, 8); }

MemberStore::MemberStore(std::size_t memory_budget, std::filesystem::path temp_dir)
    : budget_(memory_budget), temp_root_(std::move(temp_dir)) {}

MemberStore::~MemberStore() {
  for (std::FILE* f : by_key_) {
    if (f != nullptr) std::fclose(f);
  }
  if (!dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
}

Status MemberStore::Write(std::FILE* file, const std::string& key, const StoredMember& m) const {
  if (!WriteField(file, key) || !WriteField(file, m.group) || !WriteField(file, m.doc) ||
      !WriteField(file, m.outlet) || !WriteField(file, m.json)) {
    return Status::IOError("merge: cannot write a spill file under " + dir_.string() + ": " + std::strerror(errno));
  }
  return Status::OK();
}

Status MemberStore::Spill() {
  std::random_device random;
  dir_ = temp_root_ / ("claimex-merge-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  std::error_code ec;
  if (!std::filesystem::create_directories(dir_, ec) || ec) {
    const std::string where = dir_.string();
    dir_.clear();
    return Status::IOError("merge: cannot make a spill folder " + where + ": " + ec.message());
  }
  for (int i = 0; i < kPartitions; ++i) {
    std::FILE* f = std::fopen((dir_ / ("key-" + std::to_string(i))).c_str(), "w+b");
    if (f == nullptr) return Status::IOError("merge: cannot create a spill file in " + dir_.string());
    by_key_.push_back(f);
  }
  for (const auto& [key, member] : members_) {
    if (Status s = Write(by_key_[PartitionOfKey(key, kPartitions)], key, member); !s.ok()) return s;
  }
  members_.clear();
  bytes_ = 0;
  return Status::OK();
}

Status MemberStore::Add(const std::string& key, StoredMember member) {
  if (!spilled()) {
    bytes_ += Footprint(key, member);
    KeepOne(members_, key, std::move(member));
    if (bytes_ > budget_) return Spill();
    return Status::OK();
  }
  return Write(by_key_[PartitionOfKey(key, kPartitions)], key, member);
}

Status MemberStore::ForEachPrefix(
    const std::function<void(const std::string& prefix, const Groups& groups)>& visit) const {
  // Visits the prefixes of one batch of members, in order.
  const auto visit_all = [&](const std::map<std::string, StoredMember>& members) {
    std::map<std::string, Groups> by_prefix;
    for (const auto& [key, member] : members) by_prefix[GroupPrefix(member.group)][member.group].push_back(&member);
    for (const auto& [prefix, groups] : by_prefix) visit(prefix, groups);
  };
  if (!spilled()) {
    visit_all(members_);
    return Status::OK();
  }
  const Status read_error = Status::IOError("merge: a spill file under " + dir_.string() + " cannot be read back");
  // One member per key, regrouped by group prefix.
  std::vector<std::FILE*> by_group;
  for (int i = 0; i < kPartitions; ++i) {
    std::FILE* f = std::fopen((dir_ / ("group-" + std::to_string(i))).c_str(), "w+b");
    if (f == nullptr) {
      for (std::FILE* g : by_group) std::fclose(g);
      return Status::IOError("merge: cannot create a spill file in " + dir_.string());
    }
    by_group.push_back(f);
  }
  Status status;
  for (std::FILE* file : by_key_) {
    if (!status.ok()) break;
    std::map<std::string, StoredMember> unique;
    if (std::fflush(file) != 0 ||
        !ReadAll(file, [&](std::string&& key, StoredMember&& m) { KeepOne(unique, std::move(key), std::move(m)); })) {
      status = read_error;
      break;
    }
    for (const auto& [key, member] : unique) {
      status = Write(by_group[PartitionOfPrefix(GroupPrefix(member.group), kPartitions)], key, member);
      if (!status.ok()) break;
    }
  }
  for (std::FILE* file : by_group) {
    if (status.ok()) {
      std::map<std::string, StoredMember> members;
      if (std::fflush(file) != 0 ||
          !ReadAll(file, [&](std::string&& key, StoredMember&& m) { members.emplace(std::move(key), std::move(m)); })) {
        status = read_error;
      } else {
        visit_all(members);
      }
    }
    std::fclose(file);
  }
  return status;
}

}  // namespace claimex
