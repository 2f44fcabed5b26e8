// Output records the engine writes itself: annotations and rejects.
#ifndef CLAIMEX_CORE_RECORDS_H_
#define CLAIMEX_CORE_RECORDS_H_

#include <optional>
#include <string>
#include <vector>

#include "claimex/stage.h"
#include "json_writer.h"
#include "reader.h"
#include "utf8.h"

namespace claimex {

inline constexpr const char* kEngineVersion = CLAIMEX_VERSION;
inline constexpr const char* kAnnotationsSchema = "claimex.annotations/1";
inline constexpr const char* kRejectSchema = "claimex.reject/1";
inline constexpr const char* kSummarySchema = "claimex.summary/1";

// The host's DocumentView: derives the annotations record, code point
// offsets and the content key once, on first use.
class ProcessedDocument final : public DocumentView {
 public:
  // `rendered` is the annotations record when already made, else empty.
  ProcessedDocument(const Document& doc, const RunInfo& run,
                    const std::vector<std::string>& declared_layers, std::string rendered = {})
      : doc_(doc), run_(run), declared_layers_(declared_layers), annotations_(std::move(rendered)) {}

  const Document& document() const override { return doc_; }
  std::string_view annotations_json() const override;
  std::uint32_t code_point_offset(std::uint32_t byte_offset) const override;
  std::string_view key() const override;
  // The rendered record, moved out: the view renders it again if asked.
  std::string TakeAnnotationsJson() {
    annotations_json();
    return std::move(annotations_);
  }

 private:
  const CodePointIndex& index() const;

  const Document& doc_;
  const RunInfo& run_;
  const std::vector<std::string>& declared_layers_;
  mutable std::optional<CodePointIndex> index_;
  mutable std::string annotations_;
  mutable std::string key_;
};

// Writes the attributes of an annotation as JSON members; dotted keys
// ("subject.id") become nested objects.
void WriteAttrs(JsonWriter& w, const Annotation& a);

// Writes a reject record (schemas/reject.schema.json) as one JSON line,
// without the newline.
std::string RejectJson(const Reject& reject, const RunInfo& run);

// "file:line: stage: error" for people.
std::string RejectText(const Reject& reject);

}  // namespace claimex

#endif  // CLAIMEX_CORE_RECORDS_H_
