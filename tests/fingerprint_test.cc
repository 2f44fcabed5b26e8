// Document fingerprints: MinHash estimates, paragraph normalisation, the
// record format, and copy groups with boilerplate left out.
#include "fingerprint.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <random>

#include <gtest/gtest.h>

namespace claimex {
namespace {

using nlohmann::json;

// A paragraph of `words` distinct made-up words from one vocabulary seed.
std::string Prose(unsigned seed, int words) {
  static const char* const kSyllables[] = {"ka", "lo", "mi", "ru", "te", "po", "sa", "ve", "ni", "do", "bra", "qui"};
  std::mt19937 rng(seed);
  std::string out;
  for (int w = 0; w < words; ++w) {
    if (w > 0) out += ' ';
    for (int s = 0; s < 3; ++s) out += kSyllables[rng() % 12];
  }
  return out;
}

std::string Story(unsigned seed, int paragraphs) {
  std::string out;
  for (int p = 0; p < paragraphs; ++p) out += Prose(seed * 100 + p, 60) + "\n\n";
  return out;
}

// The same as a comparison sort and unique, for every size and for the
// inputs bucketing handles worst: all in one bucket, all equal.
TEST(FingerprintTest, HashSorterSortsAndDropsRepeats) {
  std::mt19937 rng(7);
  HashSorter sorter;
  for (const std::size_t n : {0, 1, 2, 3, 17, 65, 1000, 70000, 2000000}) {
    for (const int shape : {0, 1, 2}) {
      std::vector<std::uint32_t> values(n);
      for (auto& v : values) {
        if (shape == 0) v = static_cast<std::uint32_t>(rng());               // uniform
        if (shape == 1) v = 0xABCD0000u | static_cast<std::uint32_t>(rng() & 0xFFFF);  // one bucket
        if (shape == 2) v = static_cast<std::uint32_t>(rng() % 5);           // repeats
      }
      std::vector<std::uint32_t> expected = values;
      std::sort(expected.begin(), expected.end());
      expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
      sorter.SortUnique(values);
      ASSERT_EQ(values, expected) << n << " values, shape " << shape;
    }
  }
}

TEST(FingerprintTest, EstimatesJaccardOfShingleSets) {
  // Two texts of 400 words that share a known share of their shingles.
  for (int shared : {0, 100, 200, 300, 400}) {
    const std::string common = Prose(1, shared);
    const std::string left = Prose(2, 400 - shared), right = Prose(3, 400 - shared);
    Fingerprint fa = FingerprintText(common + " " + left);
    Fingerprint fb = FingerprintText(common + " " + right);
    Sign(fa);
    Sign(fb);
    std::vector<std::uint32_t> sa = fa.paragraphs[0].shingles, sb = fb.paragraphs[0].shingles, both, either;
    std::set_intersection(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(both));
    std::set_union(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(either));
    const double truth = static_cast<double>(both.size()) / either.size();
    // 128 hashes: standard error at most 0.045; four of them is a bug.
    EXPECT_NEAR(EstimatedJaccard(fa.paragraphs[0].minhash, fb.paragraphs[0].minhash), truth, 0.18) << shared;
  }
}

TEST(FingerprintTest, ParagraphsIgnoreCasePunctuationAndSpacing) {
  const Fingerprint a = FingerprintText("DeepSeek spent $1.6 billion on hardware.\n\nSecond  paragraph here");
  const Fingerprint b = FingerprintText("deepseek spent 1 6 billion, on HARDWARE\nsecond paragraph here!\n\n\n");
  ASSERT_EQ(a.paragraphs.size(), 2u);
  ASSERT_EQ(b.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0].hash, b.paragraphs[0].hash);
  EXPECT_EQ(a.paragraphs[1].hash, b.paragraphs[1].hash);
  EXPECT_NE(a.paragraphs[0].hash, a.paragraphs[1].hash);
  // A paragraph shorter than a shingle is one shingle; CJK characters are words.
  EXPECT_EQ(FingerprintText("Short one").paragraphs[0].shingles.size(), 1u);
  EXPECT_EQ(FingerprintText("英伟达市值蒸发五千九百亿美元").paragraphs[0].shingles.size(), 10u);
  EXPECT_TRUE(FingerprintText(" \n\n--- \n").paragraphs.empty());
}

TEST(FingerprintTest, RecordRoundTripsAndRefusesDamage) {
  Fingerprint original = FingerprintText(Story(7, 3) + "Short one");
  Sign(original);
  const json record = FingerprintJson(original);
  Fingerprint parsed;
  ASSERT_TRUE(ParseFingerprint(record, &parsed).ok());
  ASSERT_EQ(parsed.paragraphs.size(), original.paragraphs.size());
  for (std::size_t i = 0; i < parsed.paragraphs.size(); ++i) {
    EXPECT_EQ(parsed.paragraphs[i].hash, original.paragraphs[i].hash);
    EXPECT_EQ(parsed.paragraphs[i].shingles, original.paragraphs[i].shingles);
    EXPECT_EQ(parsed.paragraphs[i].minhash, original.paragraphs[i].minhash);
  }
  EXPECT_EQ(FingerprintJson(parsed), record);

  for (const json& bad : {json::array(), json{{"paragraphs", 1}}, json{{"paragraphs", {{{"hash", "x"}}}}},
                          json{{"paragraphs", {{{"hash", "00000000000000zz"}, {"shingles", "AQ=="}}}}},
                          json{{"paragraphs", {{{"hash", "0000000000000000"}, {"shingles", "A!=="}}}}},
                          json{{"paragraphs", {{{"hash", "0000000000000000"}, {"shingles", "gA=="}}}}},
                          json{{"paragraphs", {{{"hash", "0000000000000000"}, {"shingles", "//////8="}}}}},
                          json{{"paragraphs", {{{"hash", "0000000000000000"}, {"shingles", ""}}}}}}) {
    EXPECT_FALSE(ParseFingerprint(bad, &parsed).ok()) << bad.dump();
  }
}

struct Corpus {
  std::vector<std::pair<std::string, std::string>> docs;  // id, outlet
  std::vector<Fingerprint> prints;
  void Add(const std::string& id, const std::string& outlet, const std::string& text) {
    docs.emplace_back(id, outlet);
    prints.push_back(FingerprintText(text));
    Sign(prints.back());
  }
  std::map<std::string, std::string> Copies(unsigned shuffle_seed = 0) const {
    std::vector<FingerprintedDocument> input;
    for (std::size_t i = 0; i < docs.size(); ++i) input.push_back({docs[i].first, docs[i].second, &prints[i]});
    if (shuffle_seed) std::shuffle(input.begin(), input.end(), std::mt19937(shuffle_seed));
    return FindCopies(input);
  }
};

TEST(FingerprintTest, FindsEditedAndTrimmedCopiesButNotOtherStories) {
  const std::string story = Story(11, 10);
  std::string edited = story;
  edited.replace(edited.find(' '), 1, " Reuters reported ");  // a light edit
  std::string trimmed = story.substr(0, story.rfind("\n\n", story.size() - 3));  // last paragraph cut
  Corpus corpus;
  corpus.Add("wire", "Wire", story);
  corpus.Add("edited", "Outlet A", edited);
  corpus.Add("trimmed", "Outlet B", trimmed);
  corpus.Add("other", "Outlet C", Story(12, 10));
  corpus.Add("empty", "Outlet D", "");
  const auto copies = corpus.Copies();
  EXPECT_EQ(copies, (std::map<std::string, std::string>{{"edited", "edited"}, {"trimmed", "edited"}, {"wire", "edited"}}));
  for (unsigned seed = 1; seed < 6; ++seed) EXPECT_EQ(corpus.Copies(seed), copies);
}

TEST(FingerprintTest, BoilerplateDoesNotMakeCopies) {
  // Short different stories under a long footer: alike as whole texts.
  std::string footer;
  for (int p = 0; p < 6; ++p) footer += Prose(900 + p, 60) + "\n";
  Corpus corpus;
  corpus.Add("a1", "Outlet A", Prose(21, 40) + "\n" + footer);
  corpus.Add("a2", "Outlet A", Prose(22, 40) + "\n" + footer);
  corpus.Add("b1", "Outlet B", Prose(23, 40) + "\n" + footer);
  EXPECT_GE(EstimatedJaccard(WholeSignature(corpus.prints[0]), WholeSignature(corpus.prints[2])), kCopyJaccard);
  EXPECT_TRUE(corpus.Copies().empty());

  // Outlet A's copy of a wire story, under the same footer, is still a copy.
  const std::string story = Story(31, 8);
  corpus.Add("wire", "Wire", story);
  corpus.Add("a3", "Outlet A", story + footer);
  EXPECT_EQ(corpus.Copies(), (std::map<std::string, std::string>{{"a3", "a3"}, {"wire", "a3"}}));
}

TEST(FingerprintTest, StoryReprintedByManyOutletsStaysTheStory) {
  // Shared by every document, but documents that tell one story: not boilerplate.
  const std::string story = Story(41, 6);
  Corpus corpus;
  for (int i = 0; i < 5; ++i) {
    const std::string n = std::to_string(i);
    corpus.Add("d" + n, "Outlet " + n, story);
  }
  EXPECT_EQ(corpus.Copies().size(), 5u);
}

}  // namespace
}  // namespace claimex
