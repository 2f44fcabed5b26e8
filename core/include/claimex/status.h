// Status: the result of an operation that can fail, as a value.
//
// Every call that crosses the plugin boundary returns a Status instead of
// throwing: an ok Status carries nothing and costs one enum; a failed one
// carries a code and a human-readable message that the host prints as is,
// so write messages that name the thing that failed ("option 'locale':
// unknown locale 'xx'"), not just the symptom.
//
// Thread safety: a Status is a plain value; distinct objects may be used
// from distinct threads without synchronisation.
#ifndef CLAIMEX_STATUS_H_
#define CLAIMEX_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace claimex {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller's input (a document, an option) is bad
    kNotFound,         // a file, plugin or record does not exist
    kIOError,          // the operating system refused a read or write
    kPluginError,      // plugin code threw or reported a failure
    kInternal,         // a broken invariant: a bug in claimex or a plugin
  };

  Status() = default;

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(Code::kIOError, std::move(msg));
  }
  static Status PluginError(std::string msg) {
    return Status(Code::kPluginError, std::move(msg));
  }
  static Status Internal(std::string msg) {
    return Status(Code::kInternal, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "ok", or "<code name>: <message>".
  std::string ToString() const {
    if (ok()) return "ok";
    return std::string(CodeName(code_)) + ": " + message_;
  }

  // Returns a copy whose message is prefixed with `context` ("stage x: ...").
  Status WithContext(std::string_view context) const {
    if (ok()) return *this;
    return Status(code_, std::string(context) + ": " + message_);
  }

  static std::string_view CodeName(Code code) {
    switch (code) {
      case Code::kOk: return "ok";
      case Code::kInvalidArgument: return "invalid argument";
      case Code::kNotFound: return "not found";
      case Code::kIOError: return "I/O error";
      case Code::kPluginError: return "plugin error";
      case Code::kInternal: return "internal error";
    }
    return "unknown";
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace claimex

#endif  // CLAIMEX_STATUS_H_
