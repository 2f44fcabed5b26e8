#include "records.h"

#include <algorithm>

#include "claimex/content_hash.h"
#include "json_writer.h"

namespace claimex {

namespace {

// Keys are a few bytes: a loop costs less than the call to memchr.
std::size_t FindDot(std::string_view key) {
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (key[i] == '.') return i;
  }
  return std::string_view::npos;
}

}  // namespace

void WriteAttrs(JsonWriter& w, const Annotation& a) {
  // Dotted keys ("subject.id", "subject.type") become one nested object;
  // stages write the keys of one object next to each other.
  std::string_view open;
  for (const auto& [key, value] : a.attrs) {
    const std::string_view name = key;
    const std::size_t dot = FindDot(name);
    const std::string_view prefix = dot == std::string_view::npos ? std::string_view() : name.substr(0, dot);
    if (prefix != open) {
      if (!open.empty()) w.EndObject();
      if (!prefix.empty()) w.Key(prefix).BeginObject();
      open = prefix;
    }
    w.Key(dot == std::string_view::npos ? name : name.substr(dot + 1)).Value(value);
  }
  if (!open.empty()) w.EndObject();
}

const CodePointIndex& ProcessedDocument::index() const {
  if (!index_) index_.emplace(doc_.text);
  return *index_;
}

std::uint32_t ProcessedDocument::code_point_offset(std::uint32_t byte_offset) const {
  return index().ToCodePoint(byte_offset);
}

std::string_view ProcessedDocument::key() const {
  if (key_.empty()) key_ = ContentHash().AddField(doc_.id).Add(doc_.text).Hex();
  return key_;
}

std::string_view ProcessedDocument::annotations_json() const {
  if (!annotations_.empty()) return annotations_;
  // Records run about four times their text, often a little more (measured
  // on the seeds and the generated corpus): reserving five times once saves
  // the copies of growing.
  annotations_.reserve(5 * doc_.text.size() + 4096);
  JsonWriter w(annotations_);
  w.BeginObject();
  w.Key("schema").String(kAnnotationsSchema);
  w.Key("engine").String(run_.engine_version);
  w.Key("pipeline").String(run_.pipeline_hash);
  w.Key("id").String(doc_.id);
  w.Key("key").String(key());
  const std::pair<const char*, const std::string*> meta[] = {
      {"source", &doc_.meta.source}, {"url", &doc_.meta.url},
      {"published", &doc_.meta.published}, {"lang", &doc_.meta.lang},
      {"title", &doc_.meta.title}};
  for (const auto& [name, value] : meta) {
    if (!value->empty()) w.Key(name).String(*value);
  }
  for (const auto& [name, value] : doc_.properties.items()) w.Key(name).Json(value);
  for (const Layer& layer : doc_.layers()) {
    if (layer.visibility == LayerVisibility::kInternal) continue;
    w.Key(layer.name).BeginArray();
    for (const Annotation& a : layer.items) {
      w.BeginObject();
      w.Key("text").String(doc_.slice(a));
      w.Key("start").UInt(code_point_offset(a.begin));
      w.Key("end").UInt(code_point_offset(a.end));
      WriteAttrs(w, a);
      w.EndObject();
    }
    w.EndArray();
  }
  // A layer the pipeline promises is present even when a document has none
  // of it, so consumers can tell "nothing found" from "not looked for".
  for (const auto& name : declared_layers_) {
    if (doc_.find_layer(name) == nullptr) w.Key(name).BeginArray().EndArray();
  }
  w.EndObject();
  w.Finish();
  return annotations_;
}

std::string RejectJson(const Reject& reject, const RunInfo& run) {
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("schema").String(kRejectSchema);
  w.Key("engine").String(run.engine_version);
  w.Key("pipeline").String(run.pipeline_hash);
  w.Key("input").String(reject.input);
  if (reject.line > 0) w.Key("line").UInt(reject.line);
  if (!reject.id.empty()) w.Key("id").String(reject.id);
  w.Key("stage").String(reject.stage);
  w.Key("error").String(reject.error);
  w.EndObject();
  w.Finish();
  return out;
}

std::string RejectText(const Reject& reject) {
  std::string where = reject.input;
  if (reject.line > 0) where.append(":").append(std::to_string(reject.line));
  if (!reject.id.empty()) where.append(" (id \"").append(reject.id).append("\")");
  where.append(": ").append(reject.stage).append(": ").append(reject.error);
  return where;
}

}  // namespace claimex
