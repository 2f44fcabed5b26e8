#include "executor.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace claimex {
namespace {

using Clock = std::chrono::steady_clock;

// What this thread is running, for the crash report. Plain pointers to
// strings that outlive the work, so that setting it costs two stores and the
// signal handler only reads memory.
struct RunningNow {
  const std::string* stage = nullptr;
  const Reject* where = nullptr;  // input, line and id of the document
};
thread_local RunningNow running_now;

void WriteStderr(const char* text, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(STDERR_FILENO, text, size);
    if (n <= 0) return;
    text += n;
    size -= static_cast<std::size_t>(n);
  }
}
void WriteStderr(const char* text) { WriteStderr(text, std::strlen(text)); }
void WriteStderr(const std::string& text) { WriteStderr(text.data(), std::min<std::size_t>(text.size(), 300)); }

// Dying of a signal ends every write(2) in flight early (Linux checks for a
// fatal signal between pages of a file write and while a pipe is full), so a
// crash on a worker while the consumer writes a batch would leave the last
// line of the output torn. The consumer therefore holds this fence while it
// delivers a batch (outputs, rejects, sink: everything it writes), and the
// crash report waits for the delivery in flight to end before the process
// dies; a delivery that would start after the crash never starts. Outputs
// so end at a batch boundary, whichever sink writes them, without plugins
// taking part. Lock-free atomics only: the handler reads them.
class DeliveryFence {
 public:
  // Held by the consumer for one batch. After a crash it does not return:
  // the process is about to die of the signal, and whatever the consumer
  // would write then could be cut.
  DeliveryFence() {
    in_flight_.fetch_add(1);
    if (crashing_.load()) {
      in_flight_.fetch_sub(1);
      for (;;) ::pause();
    }
    held_here_ = true;
  }
  ~DeliveryFence() {
    held_here_ = false;
    in_flight_.fetch_sub(1);
  }
  DeliveryFence(const DeliveryFence&) = delete;
  DeliveryFence& operator=(const DeliveryFence&) = delete;

  // For the crash handler: closes the fence, then waits for a delivery in
  // flight on another thread (one that crashes mid-delivery cannot finish
  // it), at most `max_ms`. False when one was still in flight.
  static bool CloseAndWait(int max_ms) {
    crashing_.store(true);
    const int own = held_here_ ? 1 : 0;
    for (int waited = 0; in_flight_.load() > own; ++waited) {
      if (waited >= max_ms) return false;
      const timespec millisecond{0, 1000000};
      ::nanosleep(&millisecond, nullptr);
    }
    return true;
  }

 private:
  static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);
  static inline std::atomic<int> in_flight_{0};
  static inline std::atomic<bool> crashing_{false};
  static inline thread_local bool held_here_ = false;
};

// Long enough for a batch written to a slow disk; a reader that stops
// reading a pipe is not waited for longer.
constexpr int kCrashWaitMs = 5000;

constexpr int kCrashSignals[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};
struct sigaction previous_actions[NSIG];

// Async-signal-safe: write(2), nanosleep, sigaction and lock-free atomics
// only, no allocation, no locks.
void ReportCrash(int signal) {
  const RunningNow now = running_now;
  WriteStderr("claimex: fatal signal ");
  WriteStderr(signal == SIGSEGV ? "SIGSEGV" : signal == SIGABRT ? "SIGABRT" : signal == SIGBUS ? "SIGBUS"
              : signal == SIGFPE ? "SIGFPE" : "SIGILL");
  if (now.stage != nullptr) {
    WriteStderr(" in stage \"");
    WriteStderr(*now.stage);
    WriteStderr("\"");
  }
  if (now.where != nullptr) {
    WriteStderr(" on document \"");
    WriteStderr(now.where->id);
    WriteStderr("\" (");
    WriteStderr(now.where->input);
    if (now.where->line > 0) {
      char digits[24];
      std::size_t n = sizeof digits;
      for (std::uint64_t line = now.where->line; line > 0 && n > 0; line /= 10) digits[--n] = '0' + line % 10;
      WriteStderr(" line ");
      WriteStderr(digits + n, sizeof digits - n);
    }
    WriteStderr(")");
  }
  WriteStderr("; output written before this document is kept\n");
  if (!DeliveryFence::CloseAndWait(kCrashWaitMs)) {
    WriteStderr("claimex: a write was still in flight after 5 s; the output may end in a partial line\n");
  }
  // Whoever handled the signal before (the default action: die of it; a
  // sanitizer: its report) handles it now.
  ::sigaction(signal, &previous_actions[signal], nullptr);
  ::raise(signal);
}

void InstallCrashReport() {
  static const bool installed = [] {
    struct sigaction action {};
    action.sa_handler = ReportCrash;
    action.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (int signal : kCrashSignals) ::sigaction(signal, &action, &previous_actions[signal]);
    return true;
  }();
  (void)installed;
}

// A stack of its own for the crash report, so that a stage that overflows
// its stack is still reported. One per thread, as sigaltstack is.
class AlternateSignalStack {
 public:
  AlternateSignalStack() : memory_(std::make_unique<char[]>(kSize)) {
    stack_t stack{};
    stack.ss_sp = memory_.get();
    stack.ss_size = kSize;
    ::sigaltstack(&stack, nullptr);
  }
  ~AlternateSignalStack() {
    stack_t disable{};
    disable.ss_flags = SS_DISABLE;
    ::sigaltstack(&disable, nullptr);
  }

 private:
  static constexpr std::size_t kSize = 64 << 10;
  std::unique_ptr<char[]> memory_;
};

// Documents travel in batches: handing each one between threads alone cost
// more (futex wake-ups, context switches) than extracting a short article.
struct Batch {
  std::uint64_t seq = 0;
  std::vector<InputItem> items;
  // Rendered by the worker, when the consumer reads records; under
  // ConsumerReads::kRecord an empty one marks a reject.
  std::vector<std::string> annotations;
  // Under ConsumerReads::kRecord: the batch's public mentions, counted
  // before its documents were freed.
  std::map<std::string, std::uint64_t> mentions;
  std::size_t bytes = 0;
};

void CountMentions(const Document& doc, std::map<std::string, std::uint64_t>& mentions) {
  for (const Layer& layer : doc.layers()) {
    if (layer.visibility == LayerVisibility::kPublic) mentions[layer.name] += layer.items.size();
  }
}

class Run {
 public:
  Run(Reader& reader, const Pipeline& pipeline, const RunInfo& run,
      const ExecutorOptions& options, OrderedConsumer& consumer)
      : reader_(reader), pipeline_(pipeline), run_(run), options_(options),
        consumer_(consumer) {}

  Status Execute(ExecutionStats& stats) {
    int threads = options_.threads > 0 ? options_.threads
                                       : static_cast<int>(std::thread::hardware_concurrency());
    if (threads <= 0) threads = 1;
    stats.threads = threads;

    InstallCrashReport();
    // Every instance is created before reading starts, so a plugin that
    // cannot start fails the run before any input is consumed.
    std::vector<std::vector<std::unique_ptr<detail::StageHandle>>> stage_sets(threads);
    for (auto& set : stage_sets) {
      if (Status s = pipeline_.CreateStages(set); !s.ok()) return s;
    }
    if (Status s = consumer_.OnStart(); !s.ok()) return s;

    const auto started = Clock::now();
    std::thread reader_thread([this] { ReadAll(); });
    // Steps: the stages, then decode, render, consume.
    const std::size_t stage_count = pipeline_.stages().size();
    std::vector<std::vector<Clock::duration>> worker_times(
        threads, std::vector<Clock::duration>(stage_count + 2));
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
      workers.emplace_back([this, &set = stage_sets[i], &times = worker_times[i]] { Work(set, times); });
    }
    Clock::duration consume_time{};
    Status status = Consume(stats, started, consume_time);
    reader_thread.join();
    for (auto& w : workers) w.join();
    for (std::size_t step = 0; step < stage_count + 2; ++step) {
      Clock::duration total{};
      for (const auto& times : worker_times) total += times[step];
      const std::string name = step < stage_count ? pipeline_.stages()[step].plugin->name
                               : step == stage_count ? "decode"
                                                     : "render";
      stats.profile.push_back({name, std::chrono::duration<double>(total).count()});
    }
    stats.profile.push_back({"consume", std::chrono::duration<double>(consume_time).count()});
    stats.summary.read = read_;
    stats.summary.seconds =
        std::chrono::duration<double>(Clock::now() - started).count();
    return status;
  }

 private:
  void ReadAll() {
    std::uint64_t seq = 0, items = 0;
    bool more = true;
    while (more) {
      Batch batch;
      batch.seq = seq;
      while (batch.items.size() < options_.batch_documents && batch.bytes < options_.batch_bytes) {
        InputItem item;
        if (!reader_.Next(item)) {
          more = false;
          break;
        }
        batch.bytes += item.bytes;
        batch.items.push_back(std::move(item));
      }
      if (batch.items.empty()) break;
      const std::size_t documents = batch.items.size();
      std::unique_lock lock(mutex_);
      space_.wait(lock, [&] {
        return stop_ || in_flight_documents_ == 0 ||
               (in_flight_documents_ + documents <= options_.window_documents &&
                in_flight_bytes_ + batch.bytes <= options_.window_bytes);
      });
      if (stop_) break;
      ++seq;
      items += documents;
      in_flight_documents_ += documents;
      in_flight_bytes_ += batch.bytes;
      work_.push_back(std::move(batch));
      work_ready_.notify_one();
    }
    std::lock_guard lock(mutex_);
    read_ = items;
    batches_ = seq;
    input_done_ = true;
    work_ready_.notify_all();
    result_ready_.notify_all();
  }

  // `times`: one entry per stage, then decode and render.
  void Work(std::vector<std::unique_ptr<detail::StageHandle>>& stages,
            std::vector<Clock::duration>& times) {
    const AlternateSignalStack signal_stack;
    const std::size_t decode_step = stages.size();
    const std::size_t render_step = decode_step + 1;
    while (true) {
      Batch batch;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stop_ || !work_.empty() || input_done_; });
        if (stop_ || work_.empty()) return;
        batch = std::move(work_.front());
        work_.pop_front();
      }
      const bool render = options_.consumer_reads != ExecutorOptions::ConsumerReads::kDocument;
      const bool release = options_.consumer_reads == ExecutorOptions::ConsumerReads::kRecord;
      if (render) batch.annotations.resize(batch.items.size());
      for (std::size_t i = 0; i < batch.items.size(); ++i) {
        InputItem& item = batch.items[i];
        auto mark = Clock::now();
        Reader::Decode(item);
        times[decode_step] += Clock::now() - mark;
        if (item.document) RunStages(stages, item, times);
        if (item.document && render) {
          mark = Clock::now();
          batch.annotations[i] =
              ProcessedDocument(*item.document, run_, pipeline_.output_layers()).TakeAnnotationsJson();
          if (release) {
            CountMentions(*item.document, batch.mentions);
            item.document.reset();
          }
          times[render_step] += Clock::now() - mark;
        }
      }
      std::lock_guard lock(mutex_);
      results_.emplace(batch.seq, std::move(batch));
      result_ready_.notify_all();
    }
  }

  void RunStages(std::vector<std::unique_ptr<detail::StageHandle>>& stages, InputItem& item,
                 std::vector<Clock::duration>& times) {
    Document& doc = *item.document;
    running_now.where = &item.reject;
    const std::unique_ptr<RunningNow, void (*)(RunningNow*)> done(&running_now, [](RunningNow* now) { *now = {}; });
    for (std::size_t i = 0; i < stages.size(); ++i) {
      Status s;
      const auto mark = Clock::now();
      running_now.stage = &pipeline_.stages()[i].plugin->name;
      try {
        s = stages[i]->Process(doc);
      } catch (const std::exception& e) {
        // Handles are noexcept; this is the host running out of memory
        // around them, which should cost one document, not the run.
        s = Status::Internal(e.what());
      }
      running_now.stage = nullptr;
      times[i] += Clock::now() - mark;
      if (s.ok()) {
        std::size_t mentions = 0;
        for (const Layer& layer : doc.layers()) {
          if (layer.visibility == LayerVisibility::kPublic) mentions += layer.items.size();
        }
        if (mentions > options_.max_mentions) {
          s = Status::InvalidArgument("the document has " + std::to_string(mentions) +
                                      " mentions, over the limit of " + std::to_string(options_.max_mentions) +
                                      " (--max-mentions)");
        }
      }
      if (!s.ok()) {
        item.reject.stage = pipeline_.stages()[i].plugin->name;
        item.reject.error = s.ToString();
        item.document.reset();
        return;
      }
    }
  }

  Status Consume(ExecutionStats& stats, Clock::time_point started, Clock::duration& consume_time) {
    std::uint64_t next = 0;
    auto last_progress = started;
    while (true) {
      Batch batch;
      {
        std::unique_lock lock(mutex_);
        result_ready_.wait(lock, [&] {
          return results_.contains(next) || (input_done_ && next == batches_);
        });
        if (!results_.contains(next)) break;
        auto node = results_.extract(next);
        batch = std::move(node.mapped());
      }
      Status fatal;
      const auto mark = Clock::now();
      try {
        const DeliveryFence fence;
        for (std::size_t i = 0; fatal.ok() && i < batch.items.size(); ++i) {
          fatal = Deliver(batch.items[i], batch.annotations.empty() ? std::string() : std::move(batch.annotations[i]),
                          stats);
        }
        if (fatal.ok()) fatal = consumer_.OnBatchEnd();
      } catch (const std::exception& e) {
        // The consumer is host code (writers, collectors' glue); a throw
        // there must stop the run cleanly, with the workers joined.
        fatal = Status::Internal(std::string("while writing results: ") + e.what());
      }
      consume_time += Clock::now() - mark;
      if (fatal.ok()) {
        for (const auto& [layer, count] : batch.mentions) stats.mentions[layer] += count;
      }
      {
        std::lock_guard lock(mutex_);
        in_flight_documents_ -= batch.items.size();
        in_flight_bytes_ -= batch.bytes;
        if (!fatal.ok()) stop_ = true;
        space_.notify_all();
        if (!fatal.ok()) work_ready_.notify_all();
      }
      if (!fatal.ok()) return fatal;
      ++next;
      if (options_.progress && Clock::now() - last_progress > std::chrono::milliseconds(500)) {
        last_progress = Clock::now();
        const double secs = std::chrono::duration<double>(last_progress - started).count();
        std::fprintf(stderr, "\rclaimex: %llu processed, %llu rejected, %.1f MB/s   ",
                     static_cast<unsigned long long>(stats.summary.processed),
                     static_cast<unsigned long long>(stats.summary.rejected),
                     stats.input_bytes / 1e6 / secs);
      }
    }
    if (options_.progress) std::fprintf(stderr, "\r%60s\r", "");
    return Status::OK();
  }

  Status Deliver(InputItem& item, std::string annotations, ExecutionStats& stats) {
    stats.input_bytes += item.bytes;
    if (item.text_hash) {
      if (const auto* owner = ids_.Claim(item.reject.id, *item.text_hash, item.reject.input, item.reject.line)) {
        item.reject.stage = "reader";
        item.reject.error = DocumentIds::Refusal(item.reject.id, *owner);
        ++stats.summary.rejected;
        return consumer_.OnReject(item.reject);
      }
    }
    if (options_.consumer_reads == ExecutorOptions::ConsumerReads::kRecord && !annotations.empty()) {
      if (Status s = consumer_.OnRecord(annotations); !s.ok()) return s;
      ++stats.summary.processed;
      return Status::OK();
    }
    if (item.document) {
      const ProcessedDocument view(*item.document, run_, pipeline_.output_layers(), std::move(annotations));
      Outcome outcome = consumer_.OnDocument(view);
      if (outcome.kind == Outcome::Kind::kAccepted) {
        ++stats.summary.processed;
        CountMentions(*item.document, stats.mentions);
        return Status::OK();
      }
      if (outcome.kind == Outcome::Kind::kFatal) return outcome.status;
      item.reject.stage = outcome.stage;
      item.reject.error = outcome.status.ToString();
    }
    ++stats.summary.rejected;
    return consumer_.OnReject(item.reject);
  }

  Reader& reader_;
  const Pipeline& pipeline_;
  const RunInfo& run_;
  const ExecutorOptions& options_;
  OrderedConsumer& consumer_;
  DocumentIds ids_;  // the consumer thread's alone

  std::mutex mutex_;
  std::condition_variable space_, work_ready_, result_ready_;
  std::deque<Batch> work_;
  std::map<std::uint64_t, Batch> results_;
  std::size_t in_flight_documents_ = 0;
  std::size_t in_flight_bytes_ = 0;
  std::uint64_t read_ = 0;     // items
  std::uint64_t batches_ = 0;
  bool input_done_ = false;
  bool stop_ = false;
};

}  // namespace

Status OrderedConsumer::OnRecord(std::string_view) {
  return Status::Internal("this consumer reads documents, not records: run it with ConsumerReads::kDocument");
}

Status Execute(Reader& reader, const Pipeline& pipeline, const RunInfo& run,
               const ExecutorOptions& options, OrderedConsumer& consumer,
               ExecutionStats& stats) {
  stats = ExecutionStats();
  return Run(reader, pipeline, run, options, consumer).Execute(stats);
}

}  // namespace claimex
