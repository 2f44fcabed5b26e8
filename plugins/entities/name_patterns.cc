#include "name_patterns.h"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstring>
#include <stdexcept>

#include <re2/re2.h>

namespace claimex::entities {
namespace {

// Words of a company name before its suffix, at most; of a person's name
// after a role word, at most.
constexpr int kOrganisationNameWords = 5;
constexpr int kPersonNameWords = 3;

// As written after a company's name ("Acme Robotics Inc.").
constexpr std::string_view kSuffixes[] = {"Inc.", "Inc", "Corp.", "Corporation", "Ltd.", "Ltd", "LLC", "AG",
                                          "GmbH", "S.A.", "SA",  "PLC",   "plc",         "Co., Ltd."};
// Last words of an organisation's name ("Zhongguancun Capital Group").
constexpr std::string_view kHeadWords[] = {"University", "Group",    "Capital",      "Ratings",  "Research",
                                           "Institute",  "Labs",     "Bank",         "Partners", "Technologies",
                                           "Holdings",   "Ventures", "Securities",   "Analytics"};
// Written just before a person's name ("founder Li Wei").
constexpr std::string_view kRoles[] = {"founder",   "co-founder", "CEO",       "chief executive", "analyst",
                                       "researcher", "scientist", "president", "chairman",        "engineer",
                                       "executive", "spokesperson", "spokesman", "spokeswoman"};

constexpr bool IsAsciiWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string Alternatives(const auto& literals, bool word_boundary_after_word) {
  std::string out;
  for (std::string_view literal : literals) {
    if (!out.empty()) out += '|';
    for (char c : literal) {
      if (c == '.') out += '\\';
      out += c;
    }
    if (word_boundary_after_word && IsAsciiWordByte(literal.back())) out += "\\b";
  }
  return out;
}

std::unique_ptr<re2::RE2> Compile(const std::string& pattern) {
  re2::RE2::Options options;
  options.set_max_mem(16 << 20);
  options.set_log_errors(false);
  auto re = std::make_unique<re2::RE2>(pattern, options);
  if (!re->ok()) throw std::runtime_error("entity pattern: " + re->error());
  return re;
}

// Literals of two bytes or more, indexed by their first and by their last
// two bytes, so that the scan rejects most positions with one lookup and
// compares the rest with the few literals that could be there.
class LiteralIndex {
 public:
  template <typename... Lists>
  explicit LiteralIndex(const Lists&... lists) {
    auto add = [this](std::string_view literal) {
      by_first_[static_cast<unsigned char>(literal.front())].push_back(literal);
      by_last_[static_cast<unsigned char>(literal.back())].push_back(literal);
      first_two_.set(Pair(literal[0], literal[1]));
      last_two_.set(Pair(literal[literal.size() - 2], literal.back()));
    };
    (std::for_each(std::begin(lists), std::end(lists), add), ...);
  }

  // The length of the longest literal starting at `at`, or 0.
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

  std::array<std::vector<std::string_view>, 256> by_first_, by_last_;
  std::bitset<65536> first_two_, last_two_;
};

const LiteralIndex& OrganisationLiterals() {
  static const LiteralIndex index(kSuffixes, kHeadWords);
  return index;
}

const LiteralIndex& RoleLiterals() {
  static const LiteralIndex index(kRoles);
  return index;
}

// Bytes that can stand inside a match: ASCII word characters, the
// punctuation the patterns allow in names and between a name and its
// suffix, the space, and every byte of a multibyte character (for ’).
constexpr auto kOrganisationByte = [] {
  std::array<bool, 256> allowed{};
  for (int c = 0; c < 256; ++c) allowed[c] = c >= 0x80 || IsAsciiWordByte(static_cast<char>(c));
  for (unsigned char c : std::string_view("&'-., ")) allowed[c] = true;
  return allowed;
}();
// Bytes that can stand inside a person's name: letters, apostrophes and the
// space.
constexpr auto kPersonNameByte = [] {
  std::array<bool, 256> allowed{};
  for (int c = 0; c < 256; ++c) allowed[c] = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  for (unsigned char c : std::string_view("' ")) allowed[c] = true;
  return allowed;
}();

}  // namespace

NamePatterns::NamePatterns() {
  const std::string word = R"([A-Z][\w&'’-]*)";
  organisations_ =
      Compile(R"(\b((?:)" + word + R"(\.? ){0,)" + std::to_string(kOrganisationNameWords - 1) + "}" + word +
              R"(),? (?:)" + Alternatives(kSuffixes, true) + ")" + "|" + R"(\b((?:[A-Z][\w&-]* ){1,3}(?:)" +
              Alternatives(kHeadWords, false) + R"()\b))");
  people_ = Compile(R"(\b(?:)" + Alternatives(kRoles, false) + R"(),? ([A-Z][a-z]+(?: [A-Z][a-z'’]+){1,)" +
                    std::to_string(kPersonNameWords - 1) + "})");
}

NamePatterns::~NamePatterns() = default;

const re2::RE2& NamePatterns::pattern(NameKind kind) const {
  return kind == NameKind::kOrganisation ? *organisations_ : *people_;
}

std::vector<NamePatterns::Window> NamePatterns::Join(std::vector<Window> windows) {
  // They were found in the order of their literals, which for these
  // literals is the order of their starts too; sorting keeps the joining
  // right whatever literals are added.
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
                               std::vector<Window>& people) {
  // Every literal stands right after a space, at a capital or at "plc".
  auto after_space = [&](std::size_t at) {
    const char c = text[at];
    const bool capital = c >= 'A' && c <= 'Z';
    if (!capital && c != 'p') return;
    // A suffix or head word at `at`: the name before it has at most
    // kOrganisationNameWords words, so as many spaces, all in one run of
    // bytes a name can hold.
    if (const std::size_t length = OrganisationLiterals().LongestAt(text, at); length > 0) {
      std::size_t begin = at;
      for (int spaces = 0; begin > 0 && kOrganisationByte[static_cast<unsigned char>(text[begin - 1])]; --begin) {
        if (text[begin - 1] == ' ' && ++spaces > kOrganisationNameWords) break;
      }
      organisations.push_back({begin, at + length});
    }
    if (!capital) return;
    // The first capital of a person's name after a role word, and a comma
    // maybe.
    const std::size_t role_end = at - 1;
    std::size_t begin = role_end;
    if (const std::size_t length = RoleLiterals().LongestBefore(text, role_end); length > 0) {
      begin = role_end - length;
    }
    if (role_end > 0 && text[role_end - 1] == ',') {
      if (const std::size_t length = RoleLiterals().LongestBefore(text, role_end - 1); length > 0) {
        begin = std::min(begin, role_end - 1 - length);
      }
    }
    if (begin == role_end) return;
    std::size_t end = at;
    for (int spaces = 0; end < text.size() && kPersonNameByte[static_cast<unsigned char>(text[end])]; ++end) {
      if (text[end] == ' ' && ++spaces >= kPersonNameWords) break;
    }
    people.push_back({begin, end});
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

std::vector<NameSpan> NamePatterns::Search(const re2::RE2& re, std::string_view text,
                                           const std::vector<Window>& windows) {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[3];
  const int group_count = 1 + re.NumberOfCapturingGroups();
  std::vector<NameSpan> names;
  std::size_t pos = 0;
  for (const Window& window : windows) {
    pos = std::max(pos, window.begin);
    while (pos < window.end && re.Match(input, pos, window.end, re2::RE2::UNANCHORED, groups, group_count)) {
      pos = static_cast<std::size_t>(groups[0].data() - text.data()) + std::max<std::size_t>(groups[0].size(), 1);
      const re2::StringPiece& name = !groups[1].empty() ? groups[1] : groups[2];
      if (name.empty()) continue;
      const auto begin = static_cast<std::uint32_t>(name.data() - text.data());
      names.push_back({begin, static_cast<std::uint32_t>(begin + name.size())});
    }
  }
  return names;
}

NamePatterns::Names NamePatterns::Find(std::string_view text) const {
  std::vector<Window> organisations, people;
  FindWindows(text, organisations, people);
  return {Search(*organisations_, text, Join(std::move(organisations))),
          Search(*people_, text, Join(std::move(people)))};
}

}  // namespace claimex::entities
