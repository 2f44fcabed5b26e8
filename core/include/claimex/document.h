// Document: one input article and everything the stages learn about it.
//
// A Document holds the UTF-8 text, the metadata the input gave, and layers
// of typed annotations over spans of the text. Stages talk to each other
// only through this model: a stage reads the layers an earlier stage wrote
// and adds its own, and declares both in its plugin descriptor so that the
// host can refuse a pipeline whose order cannot work.
//
// Offsets: inside the engine every span is a pair of byte offsets into
// `text` (`begin` inclusive, `end` exclusive), so stages can slice the text
// without decoding it. The host converts them to Unicode code point offsets
// in every output record, so `text[start:end]` in Python or JavaScript
// gives the mention back.
//
// The text is valid UTF-8 when a stage sees it (the reader rejects anything
// else). A stage that rewrites `text` (Unicode normalisation) must run
// before any stage that writes a layer, because it invalidates offsets.
//
// Thread safety: a Document is owned by one worker thread at a time; the
// host hands it from the reader to a worker to the writer, never sharing
// it, so stages need no locking. References returned by layer() stay valid
// for the life of the document.
#ifndef CLAIMEX_DOCUMENT_H_
#define CLAIMEX_DOCUMENT_H_

#include <cassert>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimex {

// What the input said about the document; empty strings when it was silent.
struct Metadata {
  std::string source;     // outlet name or domain ("VTC News")
  std::string url;
  std::string published;  // ISO 8601 date or date-time, as given
  std::string lang;       // BCP 47 tag ("en", "pt-BR"), a prior only
  std::string title;
};

// An attribute value. Integers stay exact (counts, money in minor units if a
// stage wants them); doubles are for values with a stated precision.
using AttrValue =
    std::variant<std::monostate, bool, std::int64_t, double, std::string>;

struct Annotation {
  std::uint32_t begin = 0;  // byte offset into Document::text, inclusive
  std::uint32_t end = 0;    // byte offset, exclusive
  // Ordered so that outputs are deterministic; keys are unique.
  std::vector<std::pair<std::string, AttrValue>> attrs;

  // Sets `key`, replacing an earlier value of the same key.
  void Set(std::string_view key, AttrValue value) {
    for (auto& [k, v] : attrs) {
      if (k == key) {
        v = std::move(value);
        return;
      }
    }
    Append(key, std::move(value));
  }

  // Adds `key`, which must not be set yet: for a stage filling in a new
  // annotation, without Set's search through the keys already there.
  void Add(std::string_view key, AttrValue value) {
    assert(Get(key) == nullptr && "Annotation::Add: key already set");
    Append(key, std::move(value));
  }

  // Returns nullptr when `key` is not set.
  const AttrValue* Get(std::string_view key) const {
    for (const auto& [k, v] : attrs) {
      if (k == key) return &v;
    }
    return nullptr;
  }

 private:
  // The key is made in place: a temporary string moved in would copy a
  // short key twice, and stages add millions of attributes.
  void Append(std::string_view key, AttrValue&& value) {
    attrs.emplace_back(std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple(std::move(value)));
  }
};

// Internal layers (sentence boundaries, tokens) serve later stages and are
// left out of output records; public layers are the product.
enum class LayerVisibility { kPublic, kInternal };

struct Layer {
  std::string name;
  LayerVisibility visibility = LayerVisibility::kPublic;
  std::vector<Annotation> items;
};

class Document {
 public:
  std::string id;
  std::string text;  // UTF-8; NFC once the normalize stage has run
  Metadata meta;
  // Document-level findings that are not spans, keyed by output field name
  // (the numerals stage puts "convention" here). Always a JSON object.
  nlohmann::json properties = nlohmann::json::object();

  // Returns the layer named `name`, creating it (empty) if needed. Layers
  // keep their creation order in outputs.
  Layer& layer(std::string_view name,
               LayerVisibility visibility = LayerVisibility::kPublic) {
    for (Layer& l : layers_) {
      if (l.name == name) return l;
    }
    layers_.push_back(Layer{std::string(name), visibility, {}});
    return layers_.back();
  }

  // Returns nullptr when no stage wrote `name`.
  const Layer* find_layer(std::string_view name) const {
    for (const Layer& l : layers_) {
      if (l.name == name) return &l;
    }
    return nullptr;
  }

  const std::deque<Layer>& layers() const { return layers_; }

  // The text a span covers.
  std::string_view slice(const Annotation& a) const {
    return std::string_view(text).substr(a.begin, a.end - a.begin);
  }

 private:
  std::deque<Layer> layers_;  // a deque so that references survive growth
};

}  // namespace claimex

#endif  // CLAIMEX_DOCUMENT_H_
