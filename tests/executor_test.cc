#include "executor.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace claimex {
namespace {

using nlohmann::json;
using testing::DocLine;
using testing::TempDir;
using testing::WriteFile;

// Collects what the executor hands over, in order.
class Recorder final : public OrderedConsumer {
 public:
  Outcome OnDocument(const ProcessedDocument& doc) override {
    if (Status s = Take(doc.annotations_json()); !s.ok()) return Outcome::Fatal(s);
    return Outcome::Accepted();
  }
  Status OnRecord(std::string_view record) override {
    ++records;
    return Take(record);
  }
  Status OnReject(const Reject& reject) override {
    rejects.push_back(reject);
    return Status::OK();
  }
  std::string output;
  std::vector<Reject> rejects;
  std::size_t fail_at_document = 0;
  std::size_t documents = 0;
  std::size_t records = 0;  // of the documents, those handed over as records only

 private:
  Status Take(std::string_view record) {
    output += record;
    output += '\n';
    if (fail_at_document && ++documents == fail_at_document) return Status::IOError("disk full");
    return Status::OK();
  }
};

// A consumer that takes documents only.
class DocumentsOnly final : public OrderedConsumer {
 public:
  Outcome OnDocument(const ProcessedDocument&) override { return Outcome::Accepted(); }
  Status OnReject(const Reject&) override { return Status::OK(); }
};

// A varied generated corpus: lengths, scripts, sentence counts. Corpora
// poisoned differently need different `ids`: one id names one text.
std::string GeneratedCorpus(int documents, const std::string& poison = "", const std::string& ids = "doc-") {
  static const char* kWords[] = {"DeepSeek", "spent", "$1.6", "billion", "on", "10,000", "H800s.",
                                 "Nvidia", "lost", "Ünïcödé", "十亿", "GPUs", "Mr.", "Smith", "said."};
  std::string out;
  std::uint32_t state = 12345;
  for (int i = 0; i < documents; ++i) {
    std::string text;
    const int words = 5 + static_cast<int>((state = state * 1103515245 + 12345) % 200);
    for (int w = 0; w < words; ++w) {
      state = state * 1103515245 + 12345;
      text += std::string(kWords[(state >> 16) % std::size(kWords)]) + " ";
    }
    if (!poison.empty() && i % 50 == 7) text += poison;
    out += DocLine(ids + std::to_string(i), text);
  }
  return out;
}

class ExecutorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    registry_.Scan({CLAIMEX_TEST_PLUGIN_DIR, CLAIMEX_PLUGIN_DIR});
    const json spec = {{"stages",
                        {{{"plugin", "normalize"}},
                         {{"plugin", "marker"},
                          {"options", {{"word", "GPUs"}, {"fail_on", "FAILME"}, {"throw_on", "THROWME"}}}}}}};
    ASSERT_TRUE(Pipeline::FromJson(spec, "test", registry_, std::nullopt, pipeline_).ok());
    run_ = {"test", pipeline_.hash()};
  }

  Status RunOver(const std::string& file, int threads, Recorder& recorder, ExecutionStats& stats,
                 ExecutorOptions options = {}) {
    Reader reader({file}, {});
    EXPECT_TRUE(reader.Open().ok());
    options.threads = threads;
    return Execute(reader, pipeline_, run_, options, recorder, stats);
  }

  PluginRegistry registry_;
  Pipeline pipeline_;
  RunInfo run_;
};

TEST_F(ExecutorTest, OutputIsIdenticalForOneAndTwoThreads) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", GeneratedCorpus(400));
  Recorder one, two;
  ExecutionStats stats_one, stats_two;
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 1, one, stats_one).ok());
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 2, two, stats_two).ok());
  EXPECT_EQ(stats_one.summary.processed, 400u);
  EXPECT_EQ(testing::Lines(one.output).size(), 400u);
  EXPECT_EQ(one.output, two.output);
  EXPECT_NE(one.output.find("\"marks\":[{\"text\":\"GPUs\""), std::string::npos);
}

TEST_F(ExecutorTest, ATinyWindowStillDeliversEverythingInOrder) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", GeneratedCorpus(200));
  Recorder wide, narrow;
  ExecutionStats stats;
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 2, wide, stats).ok());
  ExecutorOptions tiny;
  tiny.window_documents = 1;
  tiny.window_bytes = 1;
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 2, narrow, stats, tiny).ok());
  EXPECT_EQ(wide.output, narrow.output);
}

TEST_F(ExecutorTest, ABadLineInTheMiddleIsOneRejectAndTheRestIsProcessed) {
  TempDir dir;
  const std::string corpus = GeneratedCorpus(300);
  const auto lines = testing::Lines(corpus);
  std::string with_bad;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    with_bad += lines[i] + "\n";
    if (i == 149) with_bad += "{not json\n";
  }
  WriteFile(dir / "in.jsonl", with_bad);
  Recorder recorder;
  ExecutionStats stats;
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 2, recorder, stats).ok());
  EXPECT_EQ(stats.summary.read, 301u);
  EXPECT_EQ(stats.summary.processed, 300u);
  EXPECT_EQ(stats.summary.rejected, 1u);
  EXPECT_EQ(stats.summary.read, stats.summary.processed + stats.summary.rejected);
  ASSERT_EQ(recorder.rejects.size(), 1u);
  EXPECT_EQ(recorder.rejects[0].line, 151u);
  EXPECT_EQ(recorder.rejects[0].stage, "reader");
}

TEST_F(ExecutorTest, StageFailuresRejectTheDocumentNamingTheStage) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", GeneratedCorpus(100, "FAILME") + GeneratedCorpus(100, "THROWME", "other-"));
  Recorder recorder;
  ExecutionStats stats;
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 2, recorder, stats).ok());
  EXPECT_EQ(stats.summary.read, 200u);
  EXPECT_EQ(stats.summary.rejected, 4u);  // documents 7 and 57 of each half
  EXPECT_EQ(stats.summary.processed, 196u);
  ASSERT_EQ(recorder.rejects.size(), 4u);
  EXPECT_EQ(recorder.rejects[0].stage, "marker");
  EXPECT_EQ(recorder.rejects[0].id, "doc-7");
  EXPECT_EQ(recorder.rejects[0].line, 8u);
  EXPECT_NE(recorder.rejects[0].error.find("marker refuses \"FAILME\""), std::string::npos);
  EXPECT_NE(recorder.rejects[2].error.find("threw: marker met \"THROWME\""), std::string::npos)
      << recorder.rejects[2].error;
}

TEST_F(ExecutorTest, BatchSizeDoesNotChangeTheOutput) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", GeneratedCorpus(300));
  Recorder reference;
  ExecutionStats stats;
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 2, reference, stats).ok());
  for (const auto& [documents, bytes] : {std::pair<std::size_t, std::size_t>{1, 1u << 20}, {7, 1u << 20}, {64, 1}}) {
    ExecutorOptions options;
    options.batch_documents = documents;
    options.batch_bytes = bytes;
    options.window_documents = 10;  // smaller than some batches: one is always admitted
    Recorder batched;
    ASSERT_TRUE(RunOver(dir / "in.jsonl", 2, batched, stats, options).ok());
    EXPECT_EQ(batched.output, reference.output) << documents << " documents, " << bytes << " bytes a batch";
    EXPECT_EQ(stats.summary.read, 300u);
  }
}

TEST_F(ExecutorTest, ProfileNamesEveryStepAndMentionsAreCounted) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", GeneratedCorpus(100));
  Recorder recorder;
  ExecutionStats stats;
  ExecutorOptions options;
  options.consumer_reads = ExecutorOptions::ConsumerReads::kDocumentAndRecord;
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 2, recorder, stats, options).ok());
  std::vector<std::string> steps;
  for (const StepTime& step : stats.profile) {
    steps.push_back(step.name);
    EXPECT_GE(step.seconds, 0.0) << step.name;
  }
  EXPECT_EQ(steps, (std::vector<std::string>{"normalize", "marker", "decode", "render", "consume"}));
  std::size_t marks = 0;
  for (std::size_t at = 0; (at = recorder.output.find("{\"text\":\"GPUs\"", at)) != std::string::npos; ++at) ++marks;
  ASSERT_GT(marks, 0u);
  EXPECT_EQ(stats.mentions["marks"], marks);
}

TEST_F(ExecutorTest, ADocumentPastMaxMentionsIsRejectedNamingTheStage) {
  TempDir dir;
  std::string many;
  for (int i = 0; i < 20; ++i) many += "GPUs ";
  WriteFile(dir / "in.jsonl", DocLine("few", "GPUs and GPUs") + DocLine("many", many));
  Recorder recorder;
  ExecutionStats stats;
  ExecutorOptions options;
  options.max_mentions = 10;
  ASSERT_TRUE(RunOver(dir / "in.jsonl", 1, recorder, stats, options).ok());
  EXPECT_EQ(stats.summary.processed, 1u);
  ASSERT_EQ(recorder.rejects.size(), 1u);
  EXPECT_EQ(recorder.rejects[0].id, "many");
  EXPECT_EQ(recorder.rejects[0].stage, "marker");
  EXPECT_NE(recorder.rejects[0].error.find("20 mentions, over the limit of 10 (--max-mentions)"), std::string::npos)
      << recorder.rejects[0].error;
}

TEST_F(ExecutorTest, AFatalConsumerErrorStopsTheRun) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", GeneratedCorpus(300));
  using Reads = ExecutorOptions::ConsumerReads;
  for (const Reads reads : {Reads::kDocument, Reads::kDocumentAndRecord, Reads::kRecord}) {
    Recorder recorder;
    recorder.fail_at_document = 10;
    ExecutionStats stats;
    ExecutorOptions options;
    options.consumer_reads = reads;
    const Status s = RunOver(dir / "in.jsonl", 2, recorder, stats, options);
    EXPECT_EQ(s.code(), Status::Code::kIOError);
    EXPECT_EQ(s.message(), "disk full");
    EXPECT_EQ(stats.summary.processed, 9u);
  }
}

TEST_F(ExecutorTest, AConsumerOfRecordsGetsWhatAConsumerOfDocumentsGets) {
  TempDir dir;
  const auto lines = testing::Lines(GeneratedCorpus(150, "FAILME") + GeneratedCorpus(150, "THROWME"));
  std::string corpus;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == 77) corpus += "{not json\n";
    corpus += lines[i] + "\n";
  }
  WriteFile(dir / "in.jsonl", corpus);
  for (const int threads : {1, 2}) {
    Recorder documents, records;
    ExecutionStats by_document, by_record;
    ASSERT_TRUE(RunOver(dir / "in.jsonl", threads, documents, by_document).ok());
    ExecutorOptions options;
    options.consumer_reads = ExecutorOptions::ConsumerReads::kRecord;
    options.batch_documents = 7;  // batches that mix processed documents and rejects
    ASSERT_TRUE(RunOver(dir / "in.jsonl", threads, records, by_record, options).ok());

    EXPECT_EQ(documents.records, 0u);
    EXPECT_EQ(records.records, by_record.summary.processed);
    EXPECT_EQ(records.output, documents.output);
    EXPECT_EQ(by_record.summary.read, 301u);
    EXPECT_EQ(by_record.summary.processed, by_document.summary.processed);
    EXPECT_EQ(by_record.summary.rejected, by_document.summary.rejected);
    EXPECT_EQ(by_record.summary.rejected, 1u + 3u + 3u);  // the bad line, FAILME, THROWME
    ASSERT_EQ(records.rejects.size(), documents.rejects.size());
    for (std::size_t i = 0; i < records.rejects.size(); ++i) {
      EXPECT_EQ(records.rejects[i].line, documents.rejects[i].line);
      EXPECT_EQ(records.rejects[i].stage, documents.rejects[i].stage);
    }
    ASSERT_GT(by_document.mentions["marks"], 0u);
    EXPECT_EQ(by_record.mentions, by_document.mentions);
  }
}

TEST_F(ExecutorTest, RecordsForAConsumerOfDocumentsOnlyFailTheRun) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", GeneratedCorpus(5));
  Reader reader({dir / "in.jsonl"}, {});
  ASSERT_TRUE(reader.Open().ok());
  DocumentsOnly consumer;
  ExecutionStats stats;
  ExecutorOptions options;
  options.consumer_reads = ExecutorOptions::ConsumerReads::kRecord;
  const Status s = Execute(reader, pipeline_, run_, options, consumer, stats);
  EXPECT_EQ(s.code(), Status::Code::kInternal);
  EXPECT_NE(s.message().find("reads documents, not records"), std::string::npos) << s.message();
}

TEST_F(ExecutorTest, AStageThatCannotStartFailsBeforeReading) {
  Pipeline broken;
  ASSERT_TRUE(Pipeline::FromJson({{"stages", {{{"plugin", "throwing_ctor"}}}}}, "test", registry_,
                                 std::nullopt, broken)
                  .ok());
  TempDir dir;
  WriteFile(dir / "in.jsonl", GeneratedCorpus(5));
  Reader reader({dir / "in.jsonl"}, {});
  ASSERT_TRUE(reader.Open().ok());
  Recorder recorder;
  ExecutionStats stats;
  const Status s = Execute(reader, broken, run_, {}, recorder, stats);
  EXPECT_EQ(s.code(), Status::Code::kPluginError);
  EXPECT_EQ(stats.summary.read, 0u);
}

}  // namespace
}  // namespace claimex
