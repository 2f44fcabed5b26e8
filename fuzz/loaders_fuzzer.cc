// The data-file loaders users write by hand, with no compiler: gazetteer
// JSONL and lexicon TSV. Any bytes either load or fail with an exception
// naming the file and line; a gazetteer that loads then matches its own
// bytes as text without trouble.
#include <cstdlib>
#include <stdexcept>

#include "data_files.h"
#include "fuzz_util.h"
#include "gazetteer.h"
#include "text_scan.h"
#include "utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const claimex::fuzz::MemoryFile file(data, size);
  claimex::entities::Gazetteer gazetteer;
  bool loaded = true;
  try {
    gazetteer.LoadJsonl(file.path());
  } catch (const std::runtime_error&) {
    loaded = false;
  }
  const std::string_view text = claimex::fuzz::AsText(data, size);
  const bool valid = !claimex::FindInvalidUtf8(text);
  if (loaded && valid) {
    for (const auto& m : gazetteer.FindAll(text)) {
      if (m.begin >= m.end || m.end > size || m.entity < 0 ||
          static_cast<std::size_t>(m.entity) >= gazetteer.entities().size()) {
        std::abort();
      }
    }
  }
  try {
    claimex::plugin::CueLexicon lexicon;
    for (const auto& row : claimex::plugin::ReadTsv(file.path(), 2)) {
      lexicon.Add(row.fields[0], row.fields[1]);
    }
    if (valid) {
      std::size_t end = 0;
      for (std::size_t i = 0; i < size; ++i) {
        if ((data[i] & 0xC0) == 0x80) continue;  // only at code point starts
        (void)lexicon.Before(text, i);
        (void)lexicon.After(text, i, &end);
      }
    }
  } catch (const std::runtime_error&) {
  }
  return 0;
}
