// The JSONL reader on any bytes: every item is a document or a reject, a
// document is valid UTF-8 with an id and holds what the JSON parser reads
// from its line (most lines take the reader's direct path, not the parser),
// and the items never outnumber the lines.
#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

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
    const std::string line = item.raw_line;
    claimex::Reader::Decode(item);
    if (item.document) {
      if (claimex::FindInvalidUtf8(item.document->text) || item.document->id.empty()) std::abort();
      const auto parsed = nlohmann::json::parse(line, nullptr, false);
      const auto field = [&](const char* name) {
        return parsed.contains(name) && parsed[name].is_string() ? parsed[name].get<std::string>() : "";
      };
      const auto& doc = *item.document;
      if (!parsed.is_object() || doc.id != field("id") || doc.text != field("text") ||
          doc.meta.source != field("source") || doc.meta.url != field("url") ||
          doc.meta.published != field("published") || doc.meta.lang != field("lang") ||
          doc.meta.title != field("title")) {
        std::abort();
      }
    } else if (item.reject.error.empty() || item.reject.line == 0) {
      std::abort();
    }
  }
  if (items > lines) std::abort();
  return 0;
}
