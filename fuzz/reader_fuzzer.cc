// The JSONL reader on any bytes: every item is a document or a reject, a
// document is valid UTF-8 with an id, and the items never outnumber the
// lines.
#include <algorithm>
#include <cstdlib>

#include "fuzz_util.h"
#include "reader.h"
#include "utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const claimex::fuzz::MemoryFile file(data, size);
  // A small limit so that the over-the-limit path is reached too.
  claimex::Reader reader({file.path()}, {256});
  if (!reader.Open().ok()) std::abort();
  const std::size_t lines = std::count(data, data + size, '\n') + 1;
  std::size_t items = 0;
  for (claimex::InputItem item; reader.Next(item); item = claimex::InputItem()) {
    ++items;
    claimex::Reader::Decode(item);
    if (item.document) {
      if (claimex::FindInvalidUtf8(item.document->text) || item.document->id.empty()) std::abort();
    } else if (item.reject.error.empty() || item.reject.line == 0) {
      std::abort();
    }
  }
  if (items > lines) std::abort();
  return 0;
}
