// The reference the extract throughput is measured against: ICU's sentence
// break iterator alone over the text of every document of a JSONL corpus.
//
//   claimex_icu_sentence_pass CORPUS.jsonl
//
// Prints one JSON object: input bytes, text bytes, sentences, seconds (only
// the break iteration is timed; reading and JSON parsing are not) and MB/s of
// input. The iterator reads UTF-8 in place through a UText, which is the
// fastest way to hand ICU this text, so the reference is not slowed by a
// UTF-16 copy.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: claimex_icu_sentence_pass CORPUS.jsonl\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << argv[1] << ": cannot open\n";
    return 4;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) {
    std::cerr << "ICU: " << u_errorName(status) << "\n";
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  Clock::duration timed{};
  std::uint64_t input_bytes = 0, text_bytes = 0, sentence_count = 0;
  std::string line;
  while (std::getline(in, line)) {
    input_bytes += line.size() + 1;
    const auto doc = nlohmann::json::parse(line, nullptr, false);
    if (!doc.is_object() || !doc.contains("text") || !doc["text"].is_string()) continue;
    const std::string& text = doc["text"].get_ref<const std::string&>();
    text_bytes += text.size();
    const auto started = Clock::now();
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    sentences->setText(utext, status);
    for (int32_t end = sentences->first(); end != icu::BreakIterator::DONE; end = sentences->next()) {
      ++sentence_count;
    }
    sentences->setText(icu::UnicodeString());
    utext_close(utext);
    timed += Clock::now() - started;
    if (U_FAILURE(status)) {
      std::cerr << "ICU: " << u_errorName(status) << "\n";
      return 1;
    }
  }
  const double seconds = std::chrono::duration<double>(timed).count();
  std::printf(
      "{\"input_bytes\": %llu, \"text_bytes\": %llu, \"sentences\": %llu, \"seconds\": %.3f, "
      "\"mb_per_s\": %.1f}\n",
      static_cast<unsigned long long>(input_bytes), static_cast<unsigned long long>(text_bytes),
      static_cast<unsigned long long>(sentence_count), seconds, input_bytes / 1e6 / seconds);
  return 0;
}
