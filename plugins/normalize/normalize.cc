// normalize: Unicode NFC normalisation and sentence boundaries (ICU).
//
// Runs first in every pipeline: later stages match patterns against NFC text
// ("é" as one code point, not "e" + combining accent) and work sentence by
// sentence. The NFC check is ICU's quick check on the UTF-8 bytes, so the
// common case (already NFC) costs one scan and no copy.
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utext.h>

#include "claimex/plugin.h"

namespace {

using claimex::Document;
using claimex::Status;

bool IsAscii(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

class Normalize final : public claimex::Stage {
 public:
  explicit Normalize(const nlohmann::json& options) {
    UErrorCode status = U_ZERO_ERROR;
    nfc_ = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFC: ") + u_errorName(status));
    const std::string locale = options.at("sentence_locale").get<std::string>();
    const icu::Locale icu_locale(locale.c_str());
    if (icu_locale.isBogus()) throw std::invalid_argument("option sentence_locale: bad locale \"" + locale + "\"");
    sentences_.reset(icu::BreakIterator::createSentenceInstance(icu_locale, status));
    if (U_FAILURE(status) || !sentences_) {
      throw std::invalid_argument("option sentence_locale \"" + locale +
                                  "\": ICU has no sentence rules: " + u_errorName(status));
    }
  }

  Status Process(Document& doc) override {
    if (!doc.layers().empty()) {
      return Status::Internal("normalize must run before any stage that writes a layer");
    }
    if (Status s = ToNfc(doc); !s.ok()) return s;
    return MarkSentences(doc);
  }

 private:
  Status ToNfc(Document& doc) {
    if (IsAscii(doc.text)) return Status::OK();
    UErrorCode status = U_ZERO_ERROR;
    if (nfc_->isNormalizedUTF8(doc.text, status) && U_SUCCESS(status)) return Status::OK();
    std::string normalized;
    normalized.reserve(doc.text.size());
    icu::StringByteSink<std::string> sink(&normalized);
    status = U_ZERO_ERROR;
    nfc_->normalizeUTF8(0, doc.text, sink, nullptr, status);
    if (U_FAILURE(status)) return Status::InvalidArgument(std::string("NFC failed: ") + u_errorName(status));
    doc.text = std::move(normalized);
    doc.properties["nfc_rewritten"] = true;
    return Status::OK();
  }

  Status MarkSentences(Document& doc) {
    auto& layer = doc.layer("sentences", claimex::LayerVisibility::kInternal);
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, doc.text.data(), static_cast<int64_t>(doc.text.size()), &status);
    if (U_FAILURE(status)) return Status::Internal(std::string("utext_openUTF8: ") + u_errorName(status));
    sentences_->setText(text, status);
    if (U_FAILURE(status)) {
      utext_close(text);
      return Status::Internal(std::string("BreakIterator::setText: ") + u_errorName(status));
    }
    // With UTF-8 UText the iterator's indices are byte offsets already.
    int32_t start = sentences_->first();
    for (int32_t end = sentences_->next(); end != icu::BreakIterator::DONE;
         start = end, end = sentences_->next()) {
      auto b = static_cast<std::uint32_t>(start);
      auto e = static_cast<std::uint32_t>(end);
      while (b < e && IsSpace(doc.text[b])) ++b;
      while (e > b && IsSpace(doc.text[e - 1])) --e;
      if (b < e) layer.items.push_back({b, e, {}});
    }
    // The iterator keeps a shallow copy of the UText; drop it before closing.
    sentences_->setText(icu::UnicodeString());
    utext_close(text);
    return Status::OK();
  }

  const icu::Normalizer2* nfc_ = nullptr;  // owned by ICU, immutable
  std::unique_ptr<icu::BreakIterator> sentences_;
};

}  // namespace

CLAIMEX_PLUGIN(Normalize, {
    .name = "normalize",
    .version = "1.0.0",
    .description = "Unicode NFC normalisation (only non-NFC texts are rewritten) and ICU sentence "
                   "boundaries, written as the internal layer 'sentences'.",
    .options_schema = R"({
      "type": "object",
      "properties": {
        "sentence_locale": {
          "type": "string", "default": "en@ss=standard", "minLength": 1,
          "description": "ICU locale of the sentence rules; @ss=standard keeps abbreviations such as 'Mr.' from ending a sentence."
        }
      },
      "additionalProperties": false
    })",
    .reads = "",
    .writes = "sentences",
});
