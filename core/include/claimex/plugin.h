// Exporting a plugin.
//
// A plugin is a shared library with one Stage, Collector or Sink class and
// one line that describes it:
//
//   #include "claimex/plugin.h"
//
//   class Shout final : public claimex::Stage {
//    public:
//     explicit Shout(const nlohmann::json& options)
//         : times_(options.at("times").get<int>()) {}
//     claimex::Status Process(claimex::Document& doc) override { ... }
//    private:
//     int times_;
//   };
//
//   CLAIMEX_PLUGIN(Shout, {
//       .name = "shout",
//       .version = "1.0.0",
//       .description = "Upper-cases the text, for demonstration.",
//       .options_schema = R"({"type": "object",
//           "properties": {"times": {"type": "integer", "default": 1,
//                                    "minimum": 1,
//                                    "description": "How loud."}},
//           "additionalProperties": false})",
//       .reads = "",
//       .writes = "shouts",
//   });
//
// The macro exports two symbols through Boost.DLL: `claimex_abi_version`,
// which the host reads and checks before touching anything else, and
// `claimex_plugin`, the descriptor below. The descriptor's factory and the
// handle it returns are compiled into the plugin and are noexcept: every
// exception thrown by plugin code is caught on the plugin's side of the
// boundary and returned as a failed Status.
//
// Options: the host validates the pipeline's options object against
// `options_schema` (a JSON Schema subset: type, properties, required,
// additionalProperties, items, enum, minimum, maximum, minLength, maxLength,
// pattern, anyOf, oneOf, $ref, default) and fills in defaults before calling
// the constructor, so a constructor may use `at()` on any option that has a
// default. `claimex plugins NAME` prints each option's type, default and
// description from the same schema.
//
// reads/writes: comma-separated layer names. The host refuses a pipeline in
// which a stage reads a layer that no earlier stage writes. A collector or a
// sink that writes "clusters" makes claim clusters; a sink that does keeps
// its own (a claims store clustering all it holds), so `run` does not run
// the collectors that make clusters for it: their records would be dropped.
//
// Thread safety: descriptors are immutable. Handles follow the contract of
// the class they wrap (stage.h).
#ifndef CLAIMEX_PLUGIN_H_
#define CLAIMEX_PLUGIN_H_

#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <type_traits>

#include <boost/dll/alias.hpp>
#include <nlohmann/json.hpp>

#include "claimex/document.h"
#include "claimex/stage.h"
#include "claimex/status.h"

namespace claimex {

// Bumped whenever a change to these headers changes the layout or meaning of
// anything that crosses the boundary. The host loads only plugins built
// against the same number.
inline constexpr std::uint32_t kAbiVersion = 1;

enum class PluginKind : std::uint32_t { kStage = 1, kCollector = 2, kSink = 3 };

// What a plugin says about itself. All strings are static, UTF-8.
struct PluginInfo {
  const char* name = "";         // unique on the search path; [a-z0-9_-]+
  const char* version = "";      // semantic version of the plugin
  const char* description = "";  // one sentence
  const char* options_schema = R"({"type":"object"})";
  const char* reads = "";   // layers it needs, comma-separated
  const char* writes = "";  // layers it adds, comma-separated
};

namespace detail {

// The host-facing side of a plugin instance. Every method is noexcept.
class StageHandle {
 public:
  virtual ~StageHandle() = default;
  virtual Status Process(Document& doc) noexcept = 0;
};

class CollectorHandle {
 public:
  virtual ~CollectorHandle() = default;
  virtual Status Collect(const DocumentView& doc) noexcept = 0;
  virtual Status Finish(RecordEmitter& out) noexcept = 0;
};

class SinkHandle {
 public:
  virtual ~SinkHandle() = default;
  virtual Status Open(const RunInfo& run) noexcept = 0;
  virtual Status Write(const DocumentView& doc) noexcept = 0;
  virtual Status WriteRecord(std::string_view kind,
                             const nlohmann::json& record) noexcept = 0;
  virtual Status Close(const RunSummary& summary) noexcept = 0;
};

// Runs `fn` and converts anything it throws into a PluginError.
template <class Fn>
Status Guarded(Fn&& fn) noexcept {
  try {
    return fn();
  } catch (const std::exception& e) {
    return Status::PluginError(std::string("threw: ") + e.what());
  } catch (...) {
    return Status::PluginError("threw an exception not derived from std::exception");
  }
}

template <class Impl>
class GuardedStage final : public StageHandle {
 public:
  explicit GuardedStage(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
  Status Process(Document& doc) noexcept override {
    return Guarded([&] { return impl_->Process(doc); });
  }

 private:
  std::unique_ptr<Impl> impl_;
};

template <class Impl>
class GuardedCollector final : public CollectorHandle {
 public:
  explicit GuardedCollector(std::unique_ptr<Impl> impl)
      : impl_(std::move(impl)) {}
  Status Collect(const DocumentView& doc) noexcept override {
    return Guarded([&] { return impl_->Collect(doc); });
  }
  Status Finish(RecordEmitter& out) noexcept override {
    return Guarded([&] { return impl_->Finish(out); });
  }

 private:
  std::unique_ptr<Impl> impl_;
};

template <class Impl>
class GuardedSink final : public SinkHandle {
 public:
  explicit GuardedSink(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
  Status Open(const RunInfo& run) noexcept override {
    return Guarded([&] { return impl_->Open(run); });
  }
  Status Write(const DocumentView& doc) noexcept override {
    return Guarded([&] { return impl_->Write(doc); });
  }
  Status WriteRecord(std::string_view kind,
                     const nlohmann::json& record) noexcept override {
    return Guarded([&] { return impl_->WriteRecord(kind, record); });
  }
  Status Close(const RunSummary& summary) noexcept override {
    return Guarded([&] { return impl_->Close(summary); });
  }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace detail

// The exported descriptor. Exactly one factory is set, the one matching
// `kind`. A factory returns a failed Status (and leaves `out` empty) when the
// constructor throws.
struct PluginDescriptor {
  PluginKind kind;
  PluginInfo info;
  Status (*create_stage)(const nlohmann::json& options,
                         std::unique_ptr<detail::StageHandle>& out) noexcept;
  Status (*create_collector)(
      const nlohmann::json& options,
      std::unique_ptr<detail::CollectorHandle>& out) noexcept;
  Status (*create_sink)(const nlohmann::json& options,
                        std::unique_ptr<detail::SinkHandle>& out) noexcept;
};

namespace detail {

template <class Impl, class Handle, template <class> class Wrapper>
Status Create(const nlohmann::json& options,
              std::unique_ptr<Handle>& out) noexcept {
  return Guarded([&] {
    out = std::make_unique<Wrapper<Impl>>(std::make_unique<Impl>(options));
    return Status::OK();
  });
}

template <class Impl>
constexpr PluginDescriptor MakeDescriptor(PluginInfo info) {
  static_assert(std::is_base_of_v<Stage, Impl> ||
                    std::is_base_of_v<Collector, Impl> ||
                    std::is_base_of_v<Sink, Impl>,
                "CLAIMEX_PLUGIN: the class must derive from claimex::Stage, "
                "claimex::Collector or claimex::Sink");
  static_assert(std::is_constructible_v<Impl, const nlohmann::json&>,
                "CLAIMEX_PLUGIN: the class needs a constructor taking "
                "(const nlohmann::json& options)");
  PluginDescriptor d{};
  d.info = info;
  if constexpr (std::is_base_of_v<Stage, Impl>) {
    d.kind = PluginKind::kStage;
    d.create_stage = &Create<Impl, StageHandle, GuardedStage>;
  } else if constexpr (std::is_base_of_v<Collector, Impl>) {
    d.kind = PluginKind::kCollector;
    d.create_collector = &Create<Impl, CollectorHandle, GuardedCollector>;
  } else {
    d.kind = PluginKind::kSink;
    d.create_sink = &Create<Impl, SinkHandle, GuardedSink>;
  }
  return d;
}

}  // namespace detail
}  // namespace claimex

// Exports `Class` as this library's plugin; the second argument is a braced
// PluginInfo initializer. Use once per shared library, at namespace scope.
#define CLAIMEX_PLUGIN(Class, ...)                                        \
  namespace claimex_plugin_export {                                       \
  const std::uint32_t abi_version = ::claimex::kAbiVersion;               \
  const ::claimex::PluginDescriptor descriptor =                          \
      ::claimex::detail::MakeDescriptor<Class>(::claimex::PluginInfo      \
                                                   __VA_ARGS__);          \
  }                                                                       \
  BOOST_DLL_ALIAS(claimex_plugin_export::abi_version, claimex_abi_version) \
  BOOST_DLL_ALIAS(claimex_plugin_export::descriptor, claimex_plugin)

#endif  // CLAIMEX_PLUGIN_H_
