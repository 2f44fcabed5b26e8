// The numeral parser on any valid UTF-8 text. The first byte picks the
// language prior, so conventions other than English are reached too.
#include <cmath>
#include <cstdlib>
#include <memory>

#include "fuzz_util.h"
#include "numeral_parser.h"
#include "utf8.h"

namespace {

claimex::numerals::NumeralParser& Parser() {
  static auto* parser = new claimex::numerals::NumeralParser(
      std::make_shared<const claimex::numerals::ScaleTables>(CLAIMEX_SOURCE_DIR "/data"));
  return *parser;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kLanguages[] = {"en", "de", "fr", "es", "vi", "pt-BR", "", "zh"};
  const char* lang = kLanguages[data[0] % 8];
  const std::string_view text = claimex::fuzz::AsText(data + 1, size - 1);
  if (claimex::FindInvalidUtf8(text)) return 0;  // the host rejects it before any stage
  const auto result = Parser().Parse(text, lang);
  std::uint32_t previous_end = 0;
  for (const auto& n : result.numbers) {
    // Spans are inside the text, in order, and do not overlap; values are numbers.
    if (n.begin > n.end || n.end > text.size() || n.begin < previous_end) std::abort();
    if (std::isnan(n.value) || std::isnan(n.precision)) std::abort();
    previous_end = n.end;
  }
  return 0;
}
