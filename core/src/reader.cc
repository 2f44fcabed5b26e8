#include "reader.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>

#include <nlohmann/json.hpp>

#include "json_bytes.h"
#include "utf8.h"

namespace claimex {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::size_t kReadChunk = 1 << 20;
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsBlank(std::string_view s) { return std::all_of(s.begin(), s.end(), IsJsonSpace); }

std::string TypeName(const json& v) { return v.type_name(); }

std::string SizeText(std::size_t bytes) {
  return std::to_string(bytes) + " bytes";
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads the four hex digits of a \u escape at s[i..i+4).
bool ReadHex4(std::string_view s, std::size_t i, char32_t* unit) {
  if (i + 4 > s.size()) return false;
  *unit = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    const int d = HexDigit(s[i + k]);
    if (d < 0) return false;
    *unit = *unit << 4 | static_cast<char32_t>(d);
  }
  return true;
}

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | c >> 6);
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | c >> 12);
    out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | c >> 18);
    out += static_cast<char>(0x80 | (c >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The JSON string whose opening quote is at s[*i], unescaped into `out`;
// *i ends after the closing quote. False when it is not a valid string.
bool ScanString(std::string_view s, std::size_t* i, std::string& out) {
  out.clear();
  std::size_t pos = *i + 1;
  while (true) {
    const std::size_t special = FindJsonSpecialByte(s, pos);
    out.append(s.data() + pos, special - pos);
    if (special == s.size() || s[special] != '\\') {
      if (special == s.size() || s[special] != '"') return false;  // unterminated, or a raw control byte
      *i = special + 1;
      return true;
    }
    if (special + 1 >= s.size()) return false;
    pos = special + 2;
    switch (s[special + 1]) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        char32_t unit;
        if (!ReadHex4(s, pos, &unit)) return false;
        pos += 4;
        if (unit >= 0xDC00 && unit <= 0xDFFF) return false;
        if (unit >= 0xD800 && unit <= 0xDBFF) {
          char32_t low;
          if (pos + 2 > s.size() || s[pos] != '\\' || s[pos + 1] != 'u' || !ReadHex4(s, pos + 2, &low) ||
              low < 0xDC00 || low > 0xDFFF) {
            return false;
          }
          pos += 6;
          unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
        }
        AppendUtf8(out, unit);
        break;
      }
      default: return false;
    }
  }
}

// The shape nearly every input line has: one object whose members are all
// strings or null. Read straight into the Document, several times faster
// than building a JSON tree. Any other shape and every error return false
// and go the general way, so what is accepted and how errors read are the
// general path's alone. Repeated members: the last wins, as there.
bool DocumentFromFlatJson(std::string_view line, Document& doc) {
  std::size_t i = 0;
  const auto skip_space = [&] {
    while (i < line.size() && IsJsonSpace(line[i])) ++i;
  };
  skip_space();
  if (i == line.size() || line[i] != '{') return false;
  ++i;
  std::string key, ignored;
  std::string* const meta[] = {&doc.meta.source, &doc.meta.url, &doc.meta.published, &doc.meta.lang,
                               &doc.meta.title};
  constexpr std::string_view kMetaNames[] = {"source", "url", "published", "lang", "title"};
  bool has_id = false, has_text = false;
  skip_space();
  if (i < line.size() && line[i] == '}') return false;  // no id: the general path says so
  while (true) {
    if (i == line.size() || line[i] != '"' || !ScanString(line, &i, key)) return false;
    skip_space();
    if (i == line.size() || line[i] != ':') return false;
    ++i;
    skip_space();
    std::string* target = &ignored;
    if (key == "id") {
      target = &doc.id;
      has_id = true;
    } else if (key == "text") {
      target = &doc.text;
      has_text = true;
    } else {
      for (std::size_t m = 0; m < std::size(kMetaNames); ++m) {
        if (key == kMetaNames[m]) target = meta[m];
      }
    }
    if (i < line.size() && line[i] == '"') {
      if (target == &doc.text) doc.text.reserve(line.size() - i);
      if (!ScanString(line, &i, *target)) return false;
    } else if (line.substr(i, 4) == "null" && target != &doc.id && target != &doc.text) {
      target->clear();
      i += 4;
    } else {
      return false;
    }
    skip_space();
    if (i == line.size()) return false;
    if (line[i] == '}') break;
    if (line[i] != ',') return false;
    ++i;
    skip_space();
  }
  ++i;
  skip_space();
  return i == line.size() && has_id && has_text && !doc.id.empty();
}

}  // namespace

Status DocumentFromJson(const std::string& line, Document& doc) {
  if (DocumentFromFlatJson(line, doc)) return Status::OK();
  doc = Document();
  json value;
  try {
    value = json::parse(line);
  } catch (const json::exception& e) {
    // A syntax error, or a number too large for a double (out_of_range.406,
    // "1e400"): either way the line cannot be read. e.what() carries
    // nlohmann's "[json.exception.parse_error.101] " id.
    std::string what = e.what();
    if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    return Status::InvalidArgument("malformed JSON: " + what);
  }
  if (!value.is_object()) {
    return Status::InvalidArgument("a document must be a JSON object, got " + TypeName(value));
  }
  for (const char* field : {"id", "text"}) {
    const auto it = value.find(field);
    if (it == value.end()) {
      return Status::InvalidArgument(std::string("missing \"") + field + "\"");
    }
    if (!it->is_string()) {
      return Status::InvalidArgument(std::string("\"") + field + "\" must be a string, got " +
                                     TypeName(*it));
    }
  }
  doc.id = value["id"].get<std::string>();
  if (doc.id.empty()) return Status::InvalidArgument("\"id\" is empty");
  doc.text = std::move(value["text"].get_ref<std::string&>());
  std::string* fields[] = {&doc.meta.source, &doc.meta.url, &doc.meta.published,
                           &doc.meta.lang, &doc.meta.title};
  const char* names[] = {"source", "url", "published", "lang", "title"};
  for (std::size_t i = 0; i < std::size(names); ++i) {
    const auto it = value.find(names[i]);
    if (it == value.end() || it->is_null()) continue;
    if (!it->is_string()) {
      return Status::InvalidArgument(std::string("\"") + names[i] + "\" must be a string, got " +
                                     TypeName(*it));
    }
    *fields[i] = it->get<std::string>();
  }
  return Status::OK();
}

Reader::Reader(std::vector<std::string> inputs, ReaderOptions options)
    : inputs_(std::move(inputs)), options_(options), buffer_(std::make_unique_for_overwrite<char[]>(kReadChunk)) {}

Reader::~Reader() { CloseCurrent(); }

std::optional<FileIdentity> IdentityOf(const std::string& path) {
  struct stat st {};
  if ((path == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(path.c_str(), &st)) != 0) return std::nullopt;
  // Standard input is read once even when it is a file: it is not reopened.
  return FileIdentity{st.st_dev, st.st_ino, path != "-" && S_ISREG(st.st_mode)};
}

std::uint64_t TextHash(std::string_view text) { return std::hash<std::string_view>()(text); }

const DocumentIds::Owner* DocumentIds::Claim(const std::string& id, std::uint64_t text_hash,
                                             const std::string& input, std::uint64_t line) {
  if (inputs_.empty() || inputs_.back() != input) inputs_.push_back(input);
  const auto [it, inserted] =
      ids_.try_emplace(id, Entry{text_hash, static_cast<std::uint32_t>(inputs_.size() - 1), line});
  if (inserted || it->second.text_hash == text_hash) return nullptr;
  owner_ = {inputs_[it->second.input], it->second.line};
  return &owner_;
}

std::string DocumentIds::Refusal(const std::string& id, const Owner& owner) {
  std::string where = owner.input;
  if (owner.line > 0) where += " line " + std::to_string(owner.line);
  return "id \"" + id + "\" already names another text (" + where +
         "); one id names one document, so give this one an id of its own";
}

Status Reader::Open() {
  files_.clear();
  const auto add = [&](const std::string& name, const FileIdentity& identity) -> Status {
    if (!identity.regular) {
      for (const InputFile& earlier : files_) {
        if (earlier.identity == identity) {
          return Status::InvalidArgument("input \"" + name + "\" is the stream \"" + earlier.name +
                                         "\" again; a stream can be read only once");
        }
      }
    }
    files_.push_back({name, identity});
    return Status::OK();
  };
  for (const auto& input : inputs_) {
    // stat and access only: opening a FIFO to check it would take its
    // writer's only reader away.
    const std::optional<FileIdentity> identity = IdentityOf(input);
    if (!identity) {
      if (input == "-") return Status::IOError("input \"-\": standard input is closed");
      if (errno == ENOENT || errno == ENOTDIR) {
        return Status::NotFound("input \"" + input + "\": no such file or directory");
      }
      return Status::IOError("input \"" + input + "\": " + std::strerror(errno));
    }
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      std::vector<std::pair<std::string, FileIdentity>> found;
      for (const auto& item : fs::directory_iterator(input, ec)) {
        const auto ext = item.path().extension();
        if (!item.is_regular_file() || (ext != ".jsonl" && ext != ".txt")) continue;
        if (auto file = IdentityOf(item.path().string())) found.emplace_back(item.path().string(), *file);
      }
      if (ec) return Status::IOError("input \"" + input + "\": " + ec.message());
      std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      for (const auto& [name, file] : found) {
        if (::access(name.c_str(), R_OK) != 0) {
          return Status::IOError("input \"" + name + "\": " + std::strerror(errno));
        }
        if (Status s = add(name, file); !s.ok()) return s;
      }
      continue;
    }
    if (input != "-" && ::access(input.c_str(), R_OK) != 0) {
      return Status::IOError("input \"" + input + "\": " + std::strerror(errno));
    }
    if (Status s = add(input, *identity); !s.ok()) return s;
  }
  return Status::OK();
}

void Reader::CloseCurrent() {
  if (current_ != nullptr && current_ != stdin) std::fclose(current_);
  current_ = nullptr;
}

bool Reader::Next(InputItem& item) {
  item = InputItem();
  while (true) {
    if (current_ != nullptr) {
      if (NextFromJsonl(item)) return true;
      CloseCurrent();
    }
    if (next_file_ >= files_.size()) return false;
    const std::string& name = files_[next_file_++].name;
    if (name != "-" && fs::path(name).extension() == ".txt") {
      ReadTextFile(name, item);
      return true;
    }
    current_ = name == "-" ? stdin : std::fopen(name.c_str(), "rb");
    current_name_ = name;
    line_number_ = 0;
    buffer_pos_ = buffer_len_ = 0;
    eof_ = false;
    if (current_ == nullptr) {
      item.reject = {name, 0, "", "reader", std::string("cannot open: ") + std::strerror(errno)};
      return true;
    }
  }
}

bool Reader::ReadLine() {
  line_.clear();
  line_bytes_ = 0;
  line_too_long_ = false;
  bool any = false;
  while (true) {
    if (buffer_pos_ == buffer_len_) {
      if (eof_) break;
      buffer_len_ = std::fread(buffer_.get(), 1, kReadChunk, current_);
      buffer_pos_ = 0;
      if (buffer_len_ == 0) {
        eof_ = true;
        break;
      }
    }
    const char* start = buffer_.get() + buffer_pos_;
    const std::size_t available = buffer_len_ - buffer_pos_;
    const void* newline = std::memchr(start, '\n', available);
    const std::size_t take =
        newline ? static_cast<const char*>(newline) - start : available;
    any = true;
    line_bytes_ += take;
    if (line_bytes_ > options_.max_document_bytes) {
      line_too_long_ = true;
      line_.clear();
      line_.shrink_to_fit();
    } else {
      line_.append(start, take);
    }
    buffer_pos_ += take;
    if (newline) {
      ++buffer_pos_;
      break;
    }
  }
  if (!any) return false;
  ++line_number_;
  if (!line_.empty() && line_.back() == '\r') line_.pop_back();
  if (line_number_ == 1 && line_.compare(0, kBom.size(), kBom) == 0) line_.erase(0, kBom.size());
  return true;
}

bool Reader::NextFromJsonl(InputItem& item) {
  while (ReadLine()) {
    item.bytes = line_bytes_ + 1;
    if (line_too_long_) {
      item.reject = {current_name_, line_number_, "", "reader",
                     "line is over " + SizeText(options_.max_document_bytes) +
                         " (--max-doc-bytes); skipped"};
      return true;
    }
    if (IsBlank(line_)) continue;
    item.reject = {current_name_, line_number_, "", "", ""};
    item.raw_line = std::move(line_);
    line_ = std::string();
    return true;
  }
  if (std::ferror(current_)) {
    item.reject = {current_name_, line_number_ + 1, "", "reader",
                   std::string("read error: ") + std::strerror(errno)};
    std::clearerr(current_);
    eof_ = true;
    return true;
  }
  return false;
}

void Reader::Decode(InputItem& item) {
  if (item.raw_line.empty()) return;
  const std::string line = std::move(item.raw_line);
  item.raw_line.clear();
  if (auto bad = FindInvalidUtf8(line)) {
    item.reject.stage = "reader";
    item.reject.error = "invalid UTF-8 at byte " + std::to_string(*bad) + " of the line";
    return;
  }
  Document doc;
  if (Status s = DocumentFromJson(line, doc); !s.ok()) {
    // Salvage the id when the line is JSON but otherwise wrong, so the
    // reject can be traced to its document.
    const json parsed = json::parse(line, nullptr, false);
    if (parsed.is_object() && parsed.contains("id") && parsed["id"].is_string()) {
      item.reject.id = parsed["id"].get<std::string>();
    }
    item.reject.stage = "reader";
    item.reject.error = s.message();
    return;
  }
  item.reject.id = doc.id;
  item.text_hash = TextHash(doc.text);
  item.document = std::move(doc);
}

void Reader::ReadTextFile(const std::string& path, InputItem& item) {
  const std::string id = fs::path(path).stem().string();
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    item.reject = {path, 0, id, "reader", std::string("cannot open: ") + std::strerror(errno)};
    return;
  }
  // Read up to one byte past the limit rather than trusting a size from
  // stat, which a stream does not have and a growing file outdates.
  const std::size_t limit = options_.max_document_bytes;
  std::string text;
  std::size_t total = 0;
  bool over = false;
  while (true) {
    const std::size_t got = std::fread(buffer_.get(), 1, kReadChunk, f);
    if (got == 0) break;
    total += got;
    if (total > limit) {
      over = true;
      text = std::string();
    } else {
      text.append(buffer_.get(), got);
    }
  }
  const bool failed = std::ferror(f) != 0;
  const int error = errno;
  std::fclose(f);
  item.bytes = total;
  if (failed) {
    item.reject = {path, 0, id, "reader", std::string("read error: ") + std::strerror(error)};
    return;
  }
  if (over) {
    item.reject = {path, 0, id, "reader",
                   "file is " + SizeText(total) + ", over " + SizeText(limit) + " (--max-doc-bytes)"};
    return;
  }
  if (text.compare(0, kBom.size(), kBom) == 0) text.erase(0, kBom.size());
  if (auto bad = FindInvalidUtf8(text)) {
    item.reject = {path, 0, id, "reader", "invalid UTF-8 at byte " + std::to_string(*bad)};
    return;
  }
  Document doc;
  doc.id = id;
  doc.text = std::move(text);
  item.text_hash = TextHash(doc.text);
  item.document = std::move(doc);
  item.reject = {path, 0, id, "", ""};
}

}  // namespace claimex
