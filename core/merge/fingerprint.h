// Document fingerprints and syndicated copies.
//
// A wire story reprinted by three outlets is one source, not three. Copies
// are found with MinHash over word 5-gram shingles (128 hashes, LSH with 16
// bands of 8 rows, a candidate pair is a copy at estimated Jaccard >= 0.7).
//
// Outlets wrap stories in their own boilerplate ("Sign up for our
// newsletter", a disclaimer), which makes copies look less alike and
// unrelated stories look more alike. Which paragraphs are boilerplate is
// only known across documents, so a fingerprint keeps each paragraph's
// shingles (32-bit hashes, about three bytes each once delta-coded) and the
// merge signs paragraphs one by one (the signature of a union of paragraphs
// is the elementwise minimum of theirs): it drops the boilerplate paragraphs
// and combines the rest, whatever shard each document came from.
//
// A paragraph is boilerplate when it recurs in two documents of one outlet
// (an outlet prints a story once, but its template on every page), or in
// documents that are otherwise unrelated (whole-text Jaccard below 0.3). A
// paragraph shared only by documents of different outlets that tell the same
// story is the story.
#ifndef CLAIMEX_CORE_MERGE_FINGERPRINT_H_
#define CLAIMEX_CORE_MERGE_FINGERPRINT_H_

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimex/status.h"

namespace claimex {

inline constexpr int kMinHashes = 128;
inline constexpr int kLshBands = 16;
inline constexpr int kLshRows = 8;
inline constexpr double kCopyJaccard = 0.7;
inline constexpr int kShingleWords = 5;
static_assert(kLshBands * kLshRows == kMinHashes);

using Signature = std::array<std::uint32_t, kMinHashes>;

struct ParagraphPrint {
  std::uint64_t hash = 0;  // of the normalised words: equal text, equal hash
  std::vector<std::uint32_t> shingles;  // sorted, distinct
  Signature minhash{};  // of the shingles, once signed
};

struct Fingerprint {
  std::vector<ParagraphPrint> paragraphs;  // in text order, empty ones left out
};

// Sorts 32-bit hashes and drops repeats. Hashes are uniform, so one
// counting pass on their top bits leaves buckets of a value or two, and an
// insertion sort finishes in about one pass: a comparison sort of random
// values mispredicts about every other comparison and cost as much as the
// rest of the fingerprint. When a bucket is crowded all the same (by chance,
// or by crafted text) the values are sorted by comparison, so the worst case
// stays n log n. Keeps its buffers between calls.
class HashSorter {
 public:
  void SortUnique(std::vector<std::uint32_t>& values);

 private:
  std::vector<std::uint32_t> scratch_, bucket_ends_;
};

// Paragraphs are non-blank lines. Words are runs of letters and digits,
// case-folded; each CJK character is a word of its own. A paragraph shorter
// than a shingle is one shingle. Paragraphs are not signed yet: the map step
// only records shingles.
Fingerprint FingerprintText(std::string_view utf8);
// Computes every paragraph's MinHash signature from its shingles.
void Sign(Fingerprint& fingerprint);

// {"paragraphs": [{"hash": 16 hex, "shingles": base64 of the LEB128 deltas of
// the sorted shingles}]}
nlohmann::json FingerprintJson(const Fingerprint& fingerprint);
// Parses and signs.
Status ParseFingerprint(const nlohmann::json& json, Fingerprint* out);

double EstimatedJaccard(const Signature& a, const Signature& b);
Signature Union(const Signature& a, const Signature& b);

// The pieces of FindCopies, for a store that finds the copies of new
// documents against what it holds (one row per document and band) instead
// of comparing every document again.
//
// The union of every paragraph's signature.
Signature WholeSignature(const Fingerprint& fingerprint);
// A document as a holder of a paragraph: its outlet (empty when unknown) and
// whole signature.
struct ParagraphHolder {
  std::string_view outlet;
  const Signature* whole = nullptr;
};
// Whether a paragraph held by these documents (each once) is boilerplate: it
// recurs in two documents of one outlet, in documents that are otherwise
// unrelated, or in so many that it is a template.
bool IsBoilerplate(const std::vector<ParagraphHolder>& holders);
// The signature of the paragraphs that are not boilerplate; none when every
// paragraph is.
std::optional<Signature> ContentSignature(const Fingerprint& fingerprint,
                                          const std::function<bool(std::uint64_t)>& is_boilerplate);
// The LSH key of one band of a content signature: documents sharing a band
// key are candidates, copies when IsCopy holds.
std::uint64_t BandKey(const Signature& content, int band);
bool IsCopy(const Signature& a, const Signature& b);

struct FingerprintedDocument {
  std::string id;
  std::string outlet;  // the source's name; empty when unknown
  const Fingerprint* fingerprint = nullptr;
};

// Groups of copies: each document of a group of two or more maps to the
// group's smallest id; documents that copy nothing are absent. A pure
// function of the set of documents.
std::map<std::string, std::string> FindCopies(const std::vector<FingerprintedDocument>& documents);

}  // namespace claimex

#endif  // CLAIMEX_CORE_MERGE_FINGERPRINT_H_
