#include "executor.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace claimex {
namespace {

using Clock = std::chrono::steady_clock;

struct Slot {
  std::uint64_t seq = 0;
  InputItem item;
  std::string annotations;  // rendered by the worker, when asked to
};

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

    // Every instance is created before reading starts, so a plugin that
    // cannot start fails the run before any input is consumed.
    std::vector<std::vector<std::unique_ptr<detail::StageHandle>>> stage_sets(threads);
    for (auto& set : stage_sets) {
      if (Status s = pipeline_.CreateStages(set); !s.ok()) return s;
    }

    const auto started = Clock::now();
    std::thread reader_thread([this] { ReadAll(); });
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
      workers.emplace_back([this, &set = stage_sets[i]] { Work(set); });
    }
    Status status = Consume(stats, started);
    reader_thread.join();
    for (auto& w : workers) w.join();
    stats.summary.read = read_;
    stats.summary.seconds =
        std::chrono::duration<double>(Clock::now() - started).count();
    return status;
  }

 private:
  void ReadAll() {
    std::uint64_t seq = 0;
    while (true) {
      Slot slot;
      if (!reader_.Next(slot.item)) break;
      slot.seq = seq;
      const std::size_t bytes = slot.item.bytes;
      std::unique_lock lock(mutex_);
      space_.wait(lock, [&] {
        return stop_ || in_flight_documents_ == 0 ||
               (in_flight_documents_ < options_.window_documents &&
                in_flight_bytes_ + bytes <= options_.window_bytes);
      });
      if (stop_) break;
      ++seq;
      ++in_flight_documents_;
      in_flight_bytes_ += bytes;
      work_.push_back(std::move(slot));
      work_ready_.notify_one();
    }
    std::lock_guard lock(mutex_);
    read_ = seq;
    input_done_ = true;
    work_ready_.notify_all();
    result_ready_.notify_all();
  }

  void Work(std::vector<std::unique_ptr<detail::StageHandle>>& stages) {
    while (true) {
      Slot slot;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stop_ || !work_.empty() || input_done_; });
        if (stop_ || work_.empty()) return;
        slot = std::move(work_.front());
        work_.pop_front();
      }
      Reader::Decode(slot.item);
      if (slot.item.document) RunStages(stages, slot.item);
      if (slot.item.document && options_.render_in_workers) {
        const ProcessedDocument view(*slot.item.document, run_, pipeline_.output_layers());
        slot.annotations = std::string(view.annotations_json());
      }
      std::lock_guard lock(mutex_);
      results_.emplace(slot.seq, std::move(slot));
      result_ready_.notify_all();
    }
  }

  void RunStages(std::vector<std::unique_ptr<detail::StageHandle>>& stages, InputItem& item) {
    Document& doc = *item.document;
    for (std::size_t i = 0; i < stages.size(); ++i) {
      Status s;
      try {
        s = stages[i]->Process(doc);
      } catch (const std::exception& e) {
        // Handles are noexcept; this is the host running out of memory
        // around them, which should cost one document, not the run.
        s = Status::Internal(e.what());
      }
      if (!s.ok()) {
        item.reject.stage = pipeline_.stages()[i].plugin->name;
        item.reject.error = s.ToString();
        item.document.reset();
        return;
      }
    }
  }

  Status Consume(ExecutionStats& stats, Clock::time_point started) {
    std::uint64_t next = 0;
    auto last_progress = started;
    while (true) {
      Slot slot;
      {
        std::unique_lock lock(mutex_);
        result_ready_.wait(lock, [&] {
          return results_.contains(next) || (input_done_ && next == read_);
        });
        if (!results_.contains(next)) break;
        auto node = results_.extract(next);
        slot = std::move(node.mapped());
      }
      Status fatal;
      try {
        fatal = Deliver(slot, stats);
      } catch (const std::exception& e) {
        // The consumer is host code (writers, collectors' glue); a throw
        // there must stop the run cleanly, with the workers joined.
        fatal = Status::Internal(std::string("while writing results: ") + e.what());
      }
      {
        std::lock_guard lock(mutex_);
        --in_flight_documents_;
        in_flight_bytes_ -= slot.item.bytes;
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

  Status Deliver(Slot& slot, ExecutionStats& stats) {
    stats.input_bytes += slot.item.bytes;
    if (slot.item.document) {
      const ProcessedDocument view(*slot.item.document, run_, pipeline_.output_layers(),
                                   std::move(slot.annotations));
      Outcome outcome = consumer_.OnDocument(view);
      if (outcome.kind == Outcome::Kind::kAccepted) {
        ++stats.summary.processed;
        return Status::OK();
      }
      if (outcome.kind == Outcome::Kind::kFatal) return outcome.status;
      slot.item.reject.stage = outcome.stage;
      slot.item.reject.error = outcome.status.ToString();
    }
    ++stats.summary.rejected;
    return consumer_.OnReject(slot.item.reject);
  }

  Reader& reader_;
  const Pipeline& pipeline_;
  const RunInfo& run_;
  const ExecutorOptions& options_;
  OrderedConsumer& consumer_;

  std::mutex mutex_;
  std::condition_variable space_, work_ready_, result_ready_;
  std::deque<Slot> work_;
  std::map<std::uint64_t, Slot> results_;
  std::size_t in_flight_documents_ = 0;
  std::size_t in_flight_bytes_ = 0;
  std::uint64_t read_ = 0;
  bool input_done_ = false;
  bool stop_ = false;
};

}  // namespace

Status Execute(Reader& reader, const Pipeline& pipeline, const RunInfo& run,
               const ExecutorOptions& options, OrderedConsumer& consumer,
               ExecutionStats& stats) {
  stats = ExecutionStats();
  return Run(reader, pipeline, run, options, consumer).Execute(stats);
}

}  // namespace claimex
