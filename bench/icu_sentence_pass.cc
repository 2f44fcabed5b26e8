// The reference the extract throughput is measured against: ICU's sentence
// break iterator alone over the text of every document of a JSONL corpus.
//
//   claimex_icu_sentence_pass CORPUS.jsonl
//
// Prints one JSON object: input bytes, text bytes, sentences, seconds (only
// the conversion to UTF-16 and the break iteration are timed; reading and
// JSON parsing are not) and MB/s of input. ICU iterates UTF-16 about 1.5x
// faster than it reads UTF-8 through a UText, conversion included (measured
// on the generated corpus), so the reference is the UTF-16 pass: the
// fastest way found to run ICU's sentence rules over this text.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

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
  std::vector<char16_t> utf16;  // reused, as a long-running process would
  while (std::getline(in, line)) {
    input_bytes += line.size() + 1;
    const auto doc = nlohmann::json::parse(line, nullptr, false);
    if (!doc.is_object() || !doc.contains("text") || !doc["text"].is_string()) continue;
    const std::string& text = doc["text"].get_ref<const std::string&>();
    text_bytes += text.size();
    const auto started = Clock::now();
    utf16.resize(text.size() + 1);
    int32_t units = 0;
    u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &units, text.data(),
                  static_cast<int32_t>(text.size()), &status);
    const icu::UnicodeString alias(false, utf16.data(), units);
    sentences->setText(alias);
    for (int32_t end = sentences->first(); end != icu::BreakIterator::DONE; end = sentences->next()) {
      ++sentence_count;
    }
    sentences->setText(icu::UnicodeString());
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
