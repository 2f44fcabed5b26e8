#include "fingerprint.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <numeric>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace claimex {
namespace {

// Documents sharing a paragraph below this whole-text similarity do not
// tell the same story, so what they share is boilerplate.
constexpr double kUnrelatedJaccard = 0.3;
// A paragraph in this many documents is boilerplate without comparing them
// pairwise: no wire story is reprinted verbatim this often within one merge
// of news, and the pairwise check would cost its square.
constexpr std::size_t kAlwaysBoilerplateDocuments = 64;

std::uint64_t Mix(std::uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

bool IsCjk(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
      return true;
    default:
      return false;
  }
}

// ASCII letters and digits, lower-cased; 0 for every other byte.
constexpr auto kAsciiWordFolded = [] {
  std::array<std::uint8_t, 256> folded{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) folded[c] = static_cast<std::uint8_t>(c);
    if (c >= 'A' && c <= 'Z') folded[c] = static_cast<std::uint8_t>(c - 'A' + 'a');
  }
  return folded;
}();

// Word hashes of one paragraph: FNV-1a over the case-folded UTF-8 of each
// word, with ASCII folded inline because it is most of the text.
void Words(std::string_view line, std::vector<std::uint64_t>& words) {
  constexpr std::uint64_t kBasis = 0xcbf29ce484222325ULL, kPrime = 0x100000001b3ULL;
  words.clear();
  std::uint64_t word = kBasis;
  bool in_word = false;
  auto flush = [&] {
    if (in_word) words.push_back(Mix(word));
    word = kBasis;
    in_word = false;
  };
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(line.data());
  const auto length = static_cast<std::int32_t>(line.size());
  for (std::int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {
      std::uint8_t folded = kAsciiWordFolded[bytes[i]];
      if (folded == 0) {
        flush();
        ++i;
        continue;
      }
      // The ASCII run of the word in one tight loop.
      do {
        word = (word ^ folded) * kPrime;
      } while (++i < length && (folded = kAsciiWordFolded[bytes[i]]) != 0);
      in_word = true;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !u_isalnum(c)) {
      flush();
      continue;
    }
    const bool cjk = IsCjk(c);
    if (cjk) flush();
    char buffer[U8_MAX_LENGTH];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, u_foldCase(c, U_FOLD_CASE_DEFAULT));
    for (std::int32_t k = 0; k < n; ++k) word = (word ^ static_cast<std::uint8_t>(buffer[k])) * kPrime;
    in_word = true;
    if (cjk) flush();
  }
  flush();
}

// The 128 hash functions are h_i(x) = a(x) + i * b(x), which costs one
// add per function and shingle instead of a full mix: h_i + b is h_(i+1)
// (modulo 2^64, as the product is), and adds, unlike 64-bit products,
// the compiler does several at once.
Signature MinHash(const std::vector<std::uint32_t>& shingles) {
  Signature signature;
  signature.fill(UINT32_MAX);
  for (std::uint32_t shingle : shingles) {
    const std::uint64_t b = Mix(shingle ^ 0x9e3779b97f4a7c15ULL) | 1;
    std::uint64_t h = Mix(shingle);
    for (int i = 0; i < kMinHashes; ++i, h += b) {
      signature[i] = std::min(signature[i], static_cast<std::uint32_t>(h >> 32));
    }
  }
  return signature;
}

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Base64(const std::uint8_t* data, std::size_t size) {
  std::string out((size + 2) / 3 * 4, '=');
  char* at = out.data();
  std::size_t i = 0;
  // Whole groups of three bytes without a test per byte (a fingerprint is
  // megabytes of them per hundred of text), then the one or two left over.
  for (; i + 3 <= size; i += 3, at += 4) {
    const std::uint32_t n = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
    at[0] = kBase64[n >> 18];
    at[1] = kBase64[(n >> 12) & 63];
    at[2] = kBase64[(n >> 6) & 63];
    at[3] = kBase64[n & 63];
  }
  if (i < size) {
    const std::uint32_t n = data[i] << 16 | (i + 1 < size ? data[i + 1] << 8 : 0);
    at[0] = kBase64[n >> 18];
    at[1] = kBase64[(n >> 12) & 63];
    if (i + 1 < size) at[2] = kBase64[(n >> 6) & 63];
  }
  return out;
}

bool FromBase64(std::string_view text, std::vector<std::uint8_t>& out) {
  if (text.size() % 4 != 0) return false;
  out.clear();
  for (std::size_t i = 0; i < text.size(); i += 4) {
    std::uint32_t n = 0;
    int padding = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = text[i + k];
      const char* at = c == '=' ? nullptr : std::strchr(kBase64, c);
      if (c == '=') {
        if (i + 4 != text.size() || k < 2) return false;
        ++padding;
      } else if (at == nullptr || c == '\0' || padding > 0) {
        return false;
      }
      n = (n << 6) | (at ? static_cast<std::uint32_t>(at - kBase64) : 0);
    }
    out.push_back(static_cast<std::uint8_t>(n >> 16));
    if (padding < 2) out.push_back(static_cast<std::uint8_t>(n >> 8));
    if (padding < 1) out.push_back(static_cast<std::uint8_t>(n));
  }
  return true;
}

std::string Hex(std::uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[i] = kDigits[v & 15];
  return out;
}

Signature EmptySignature() {
  Signature s;
  s.fill(UINT32_MAX);
  return s;
}

class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  std::size_t Find(std::size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(std::size_t a, std::size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<std::size_t> parent_;
};

}  // namespace

void HashSorter::SortUnique(std::vector<std::uint32_t>& values) {
  constexpr std::uint32_t kCrowdedBucket = 16;
  const std::size_t n = values.size();
  if (n < 2) return;
  // About one bucket per value.
  const int bits = std::min(16, static_cast<int>(std::bit_width(n)));
  const int shift = 32 - bits;
  bucket_ends_.assign((std::size_t{1} << bits) + 1, 0);
  bool crowded = false;
  for (std::uint32_t v : values) crowded |= ++bucket_ends_[(v >> shift) + 1] > kCrowdedBucket;
  if (crowded) {
    std::sort(values.begin(), values.end());
  } else {
    for (std::size_t b = 1; b < bucket_ends_.size(); ++b) bucket_ends_[b] += bucket_ends_[b - 1];
    scratch_.resize(n);
    for (std::uint32_t v : values) scratch_[bucket_ends_[v >> shift]++] = v;
    // Values out of order share a bucket, so this moves each value past a
    // few others at most.
    for (std::size_t i = 1; i < n; ++i) {
      const std::uint32_t v = scratch_[i];
      std::size_t j = i;
      for (; j > 0 && scratch_[j - 1] > v; --j) scratch_[j] = scratch_[j - 1];
      scratch_[j] = v;
    }
    values.swap(scratch_);
  }
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// The hash of the kShingleWords words from `first` on (fewer at the end of
// a short paragraph).
std::uint64_t Shingle(const std::uint64_t* first, std::size_t words) {
  std::uint64_t shingle = 0;
  for (std::size_t k = 0; k < words; ++k) shingle = Mix(shingle ^ first[k]);
  return shingle;
}

Fingerprint FingerprintText(std::string_view utf8) {
  Fingerprint out;
  std::vector<std::uint64_t> words;
  HashSorter sorter;
  std::size_t start = 0;
  while (start < utf8.size()) {
    std::size_t end = utf8.find('\n', start);
    if (end == std::string_view::npos) end = utf8.size();
    Words(utf8.substr(start, end - start), words);
    start = end + 1;
    if (words.empty()) continue;
    ParagraphPrint paragraph;
    for (std::uint64_t w : words) paragraph.hash = Mix(paragraph.hash ^ w);
    if (words.size() < kShingleWords) {
      paragraph.shingles.push_back(static_cast<std::uint32_t>(Shingle(words.data(), words.size()) >> 32));
    } else {
      const std::size_t count = words.size() - kShingleWords + 1;
      paragraph.shingles.resize(count);
      // Each shingle is a chain of dependent multiplies; four chains side by
      // side keep the multiplier busy instead of waiting on one.
      std::size_t i = 0;
      for (; i + 4 <= count; i += 4) {
        std::uint64_t a = 0, b = 0, c = 0, d = 0;
        for (std::size_t k = 0; k < kShingleWords; ++k) {
          a = Mix(a ^ words[i + k]);
          b = Mix(b ^ words[i + 1 + k]);
          c = Mix(c ^ words[i + 2 + k]);
          d = Mix(d ^ words[i + 3 + k]);
        }
        paragraph.shingles[i] = static_cast<std::uint32_t>(a >> 32);
        paragraph.shingles[i + 1] = static_cast<std::uint32_t>(b >> 32);
        paragraph.shingles[i + 2] = static_cast<std::uint32_t>(c >> 32);
        paragraph.shingles[i + 3] = static_cast<std::uint32_t>(d >> 32);
      }
      for (; i < count; ++i) paragraph.shingles[i] = static_cast<std::uint32_t>(Shingle(&words[i], kShingleWords) >> 32);
    }
    sorter.SortUnique(paragraph.shingles);
    out.paragraphs.push_back(std::move(paragraph));
  }
  return out;
}

nlohmann::json FingerprintJson(const Fingerprint& fingerprint) {
  nlohmann::json paragraphs = nlohmann::json::array();
  std::vector<std::uint8_t> bytes;
  for (const ParagraphPrint& p : fingerprint.paragraphs) {
    // Sorted shingles as LEB128 deltas: about three bytes each.
    bytes.resize(5 * p.shingles.size());  // at most five bytes a delta
    std::size_t length = 0;
    std::uint32_t previous = 0;
    for (std::uint32_t shingle : p.shingles) {
      for (std::uint32_t delta = shingle - previous;; delta >>= 7) {
        bytes[length++] = static_cast<std::uint8_t>((delta & 0x7f) | (delta > 0x7f ? 0x80 : 0));
        if (delta <= 0x7f) break;
      }
      previous = shingle;
    }
    // Members set one by one: an initializer list copies its strings, which
    // cost a quarter of this function.
    nlohmann::json& paragraph = paragraphs.emplace_back(nlohmann::json::object());
    paragraph["hash"] = Hex(p.hash);
    paragraph["shingles"] = Base64(bytes.data(), length);
  }
  return {{"paragraphs", std::move(paragraphs)}};
}

Status ParseFingerprint(const nlohmann::json& json, Fingerprint* out) {
  out->paragraphs.clear();
  if (!json.is_object() || !json.contains("paragraphs") || !json["paragraphs"].is_array()) {
    return Status::InvalidArgument("a fingerprint needs a paragraphs array");
  }
  std::vector<std::uint8_t> bytes;
  for (const auto& p : json["paragraphs"]) {
    if (!p.is_object() || !p.contains("hash") || !p["hash"].is_string() || !p.contains("shingles") ||
        !p["shingles"].is_string()) {
      return Status::InvalidArgument("a fingerprint paragraph needs hash and shingles strings");
    }
    const std::string& hash = p["hash"].get_ref<const std::string&>();
    if (hash.size() != 16 || hash.find_first_not_of("0123456789abcdef") != std::string::npos) {
      return Status::InvalidArgument("a fingerprint paragraph hash is 16 lower-case hex digits");
    }
    if (!FromBase64(p["shingles"].get_ref<const std::string&>(), bytes)) {
      return Status::InvalidArgument("fingerprint shingles are not base64");
    }
    ParagraphPrint paragraph;
    paragraph.hash = std::stoull(hash, nullptr, 16);
    std::uint64_t value = 0;
    int shift = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      if (shift > 28) return Status::InvalidArgument("a fingerprint shingle delta is longer than 32 bits");
      value += static_cast<std::uint64_t>(bytes[i] & 0x7f) << shift;
      shift += 7;
      if (bytes[i] & 0x80) continue;
      const std::uint64_t previous = paragraph.shingles.empty() ? 0 : paragraph.shingles.back();
      if (previous + value > UINT32_MAX || (!paragraph.shingles.empty() && value == 0)) {
        return Status::InvalidArgument("fingerprint shingles are not strictly increasing 32-bit values");
      }
      paragraph.shingles.push_back(static_cast<std::uint32_t>(previous + value));
      value = 0;
      shift = 0;
    }
    if (shift != 0 || paragraph.shingles.empty()) {
      return Status::InvalidArgument("fingerprint shingles are cut short or empty");
    }
    out->paragraphs.push_back(std::move(paragraph));
  }
  Sign(*out);
  return Status::OK();
}

void Sign(Fingerprint& fingerprint) {
  for (ParagraphPrint& p : fingerprint.paragraphs) p.minhash = MinHash(p.shingles);
}

double EstimatedJaccard(const Signature& a, const Signature& b) {
  int equal = 0;
  for (int i = 0; i < kMinHashes; ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / kMinHashes;
}

Signature Union(const Signature& a, const Signature& b) {
  Signature out;
  for (int i = 0; i < kMinHashes; ++i) out[i] = std::min(a[i], b[i]);
  return out;
}

Signature WholeSignature(const Fingerprint& fingerprint) {
  Signature whole = EmptySignature();
  for (const ParagraphPrint& p : fingerprint.paragraphs) whole = Union(whole, p.minhash);
  return whole;
}

bool IsBoilerplate(const std::vector<ParagraphHolder>& holders) {
  if (holders.size() < 2) return false;
  if (holders.size() >= kAlwaysBoilerplateDocuments) return true;
  std::unordered_set<std::string_view> outlets;
  for (const ParagraphHolder& h : holders) {
    if (!h.outlet.empty() && !outlets.insert(h.outlet).second) return true;
  }
  for (std::size_t i = 0; i < holders.size(); ++i) {
    for (std::size_t j = i + 1; j < holders.size(); ++j) {
      if (EstimatedJaccard(*holders[i].whole, *holders[j].whole) < kUnrelatedJaccard) return true;
    }
  }
  return false;
}

std::optional<Signature> ContentSignature(const Fingerprint& fingerprint,
                                          const std::function<bool(std::uint64_t)>& is_boilerplate) {
  std::optional<Signature> content;
  for (const ParagraphPrint& p : fingerprint.paragraphs) {
    if (is_boilerplate(p.hash)) continue;
    content = content ? Union(*content, p.minhash) : p.minhash;
  }
  return content;
}

std::uint64_t BandKey(const Signature& content, int band) {
  std::uint64_t key = Mix(static_cast<std::uint64_t>(band) + 1);
  for (int row = 0; row < kLshRows; ++row) key = Mix(key ^ content[band * kLshRows + row]);
  return key;
}

bool IsCopy(const Signature& a, const Signature& b) { return EstimatedJaccard(a, b) >= kCopyJaccard; }

std::map<std::string, std::string> FindCopies(const std::vector<FingerprintedDocument>& input) {
  std::vector<FingerprintedDocument> docs;
  for (const auto& d : input) {
    if (d.fingerprint != nullptr && !d.fingerprint->paragraphs.empty()) docs.push_back(d);
  }
  std::sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return a.id < b.id; });

  std::vector<Signature> whole;
  whole.reserve(docs.size());
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> holders;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    whole.push_back(WholeSignature(*docs[i].fingerprint));
    for (const ParagraphPrint& p : docs[i].fingerprint->paragraphs) {
      auto& list = holders[p.hash];
      if (list.empty() || list.back() != i) list.push_back(i);
    }
  }
  std::unordered_set<std::uint64_t> boilerplate;
  std::vector<ParagraphHolder> holding;
  for (const auto& [hash, list] : holders) {
    holding.clear();
    for (std::size_t i : list) holding.push_back({docs[i].outlet, &whole[i]});
    if (IsBoilerplate(holding)) boilerplate.insert(hash);
  }

  std::vector<std::optional<Signature>> content(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    content[i] = ContentSignature(*docs[i].fingerprint, [&](std::uint64_t h) { return boilerplate.count(h) > 0; });
  }

  std::unordered_map<std::uint64_t, std::vector<std::size_t>> buckets;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (!content[i]) continue;
    for (int band = 0; band < kLshBands; ++band) buckets[BandKey(*content[i], band)].push_back(i);
  }
  DisjointSets groups(docs.size());
  for (const auto& [key, members] : buckets) {
    for (std::size_t a = 1; a < members.size(); ++a) {
      for (std::size_t b = 0; b < a; ++b) {
        if (groups.Find(members[a]) == groups.Find(members[b])) continue;
        if (IsCopy(*content[members[a]], *content[members[b]])) groups.Join(members[a], members[b]);
      }
    }
  }
  std::map<std::string, std::string> copies;
  std::vector<std::size_t> group_size(docs.size(), 0);
  for (std::size_t i = 0; i < docs.size(); ++i) ++group_size[groups.Find(i)];
  // Join keeps the smaller index as the root, and documents are sorted by
  // id, so a root is its group's smallest id.
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const std::size_t root = groups.Find(i);
    if (group_size[root] > 1) copies[docs[i].id] = docs[root].id;
  }
  return copies;
}

}  // namespace claimex
