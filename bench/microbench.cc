// Per-function benchmarks of the extraction hot paths, so that a regression
// shows up at the function that caused it rather than as a slower run.
//
//   build/bin/claimex_microbench [--benchmark_filter=REGEX]
//
// Inputs are the five seed articles (corpus/seeds.jsonl), the same text the
// accuracy figures are measured on. Throughput is reported in bytes of
// article text per second.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "claimex/document.h"
#include "gazetteer.h"
#include "json_writer.h"
#include "numeral_parser.h"
#include "pipeline.h"
#include "plugin_registry.h"
#include "reader.h"
#include "records.h"

namespace claimex {
namespace {

const std::string kSource = CLAIMEX_SOURCE_DIR;

const std::vector<std::string>& SeedLines() {
  static const std::vector<std::string> lines = [] {
    std::ifstream in(kSource + "/corpus/seeds.jsonl");
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    if (out.empty()) throw std::runtime_error("corpus/seeds.jsonl is missing or empty");
    return out;
  }();
  return lines;
}

std::vector<Document> SeedDocuments() {
  std::vector<Document> docs;
  for (const std::string& line : SeedLines()) {
    Document doc;
    if (!DocumentFromJson(line, doc).ok()) throw std::runtime_error("bad seed line");
    docs.push_back(std::move(doc));
  }
  return docs;
}

std::int64_t TextBytes(const std::vector<Document>& docs) {
  std::int64_t bytes = 0;
  for (const Document& doc : docs) bytes += static_cast<std::int64_t>(doc.text.size());
  return bytes;
}

// The default pipeline's stages, loaded from the build tree as `claimex` loads them.
struct DefaultStages {
  DefaultStages() {
    registry.Scan({CLAIMEX_PLUGIN_DIR});
    const Status loaded = Pipeline::Load(kSource + "/pipelines/default.json", registry, std::nullopt, pipeline);
    if (!loaded.ok()) throw std::runtime_error(loaded.message());
    if (Status s = pipeline.CreateStages(stages); !s.ok()) throw std::runtime_error(s.message());
  }
  std::size_t IndexOf(const std::string& name) const {
    for (std::size_t i = 0; i < pipeline.stages().size(); ++i) {
      if (pipeline.stages()[i].plugin->name == name) return i;
    }
    throw std::runtime_error("no stage " + name + " in the default pipeline");
  }
  // The seeds after the stages before `stage`.
  std::vector<Document> PreparedFor(std::size_t stage) {
    std::vector<Document> docs = SeedDocuments();
    for (Document& doc : docs) {
      for (std::size_t i = 0; i < stage; ++i) {
        if (!stages[i]->Process(doc).ok()) throw std::runtime_error("stage failed on a seed");
      }
    }
    return docs;
  }
  PluginRegistry registry;
  Pipeline pipeline;
  std::vector<std::unique_ptr<detail::StageHandle>> stages;
};

DefaultStages& Stages() {
  static DefaultStages stages;
  return stages;
}

void BM_ReaderDecode(benchmark::State& state) {
  std::int64_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& line : SeedLines()) {
      InputItem item;
      item.raw_line = line;
      Reader::Decode(item);
      benchmark::DoNotOptimize(item.document);
      bytes += static_cast<std::int64_t>(line.size());
    }
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ReaderDecode);

void BM_NumeralParse(benchmark::State& state) {
  numerals::NumeralParser parser(std::make_shared<const numerals::ScaleTables>(kSource + "/data"));
  const std::vector<Document> docs = SeedDocuments();
  for (auto _ : state) {
    for (const Document& doc : docs) benchmark::DoNotOptimize(parser.Parse(doc.text, doc.meta.lang));
  }
  state.SetBytesProcessed(state.iterations() * TextBytes(docs));
}
BENCHMARK(BM_NumeralParse);

// The whole gazetteer, as the entities stage loads it (less the
// accelerators): its names open with common words ("The", "Open") and with
// characters beyond ASCII of several scripts.
void BM_GazetteerFindAll(benchmark::State& state) {
  std::vector<std::string> files;
  for (const auto& item : std::filesystem::directory_iterator(kSource + "/data/gazetteer")) {
    if (item.path().extension() == ".jsonl") files.push_back(item.path().string());
  }
  std::sort(files.begin(), files.end());
  entities::Gazetteer gazetteer;
  for (const std::string& file : files) gazetteer.LoadJsonl(file);
  const std::vector<Document> docs = SeedDocuments();
  for (auto _ : state) {
    for (const Document& doc : docs) benchmark::DoNotOptimize(gazetteer.FindAll(doc.text));
  }
  state.SetBytesProcessed(state.iterations() * TextBytes(docs));
}
BENCHMARK(BM_GazetteerFindAll);

// One stage of the default pipeline over documents prepared by the stages
// before it; the copy each run needs is not timed.
void BM_Stage(benchmark::State& state, const std::string& name) {
  DefaultStages& stages = Stages();
  const std::size_t index = stages.IndexOf(name);
  const std::vector<Document> prepared = stages.PreparedFor(index);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs = prepared;
    state.ResumeTiming();
    for (Document& doc : docs) {
      if (!stages.stages[index]->Process(doc).ok()) state.SkipWithError("stage failed");
    }
  }
  state.SetBytesProcessed(state.iterations() * TextBytes(prepared));
}
BENCHMARK_CAPTURE(BM_Stage, normalize, std::string("normalize"));
BENCHMARK_CAPTURE(BM_Stage, fingerprint, std::string("fingerprint"));
BENCHMARK_CAPTURE(BM_Stage, numerals, std::string("numerals"));
BENCHMARK_CAPTURE(BM_Stage, money, std::string("money"));
BENCHMARK_CAPTURE(BM_Stage, gpu_count, std::string("gpu_count"));
BENCHMARK_CAPTURE(BM_Stage, entities, std::string("entities"));
BENCHMARK_CAPTURE(BM_Stage, claims, std::string("claims"));

void BM_AnnotationsJson(benchmark::State& state) {
  DefaultStages& stages = Stages();
  const std::vector<Document> docs = stages.PreparedFor(stages.stages.size());
  const RunInfo run{"bench", "0000000000000000"};
  std::int64_t written = 0;
  for (auto _ : state) {
    for (const Document& doc : docs) {
      const ProcessedDocument view(doc, run, stages.pipeline.output_layers());
      written += static_cast<std::int64_t>(view.annotations_json().size());
    }
  }
  state.SetBytesProcessed(written);
}
BENCHMARK(BM_AnnotationsJson);

// Keys and short values, most of what a record holds: the writer's inline
// path.
void BM_JsonWriterShortStrings(benchmark::State& state) {
  const std::string_view words[] = {"text", "start", "end", "type", "org", "id", "deepseek", "gazetteer",
                                    "category", "ai_lab", "subject", "predicate_via", "market_cap_change"};
  std::string out;
  std::int64_t bytes = 0;
  for (auto _ : state) {
    out.clear();
    {
      JsonWriter w(out);
      w.BeginObject();
      for (int i = 0; i < 100; ++i) {
        for (std::string_view word : words) w.Key(word).String(word);
      }
      w.EndObject();
    }
    benchmark::DoNotOptimize(out.data());
    bytes += static_cast<std::int64_t>(out.size());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_JsonWriterShortStrings);

void BM_AppendJsonString(benchmark::State& state) {
  const std::vector<Document> docs = SeedDocuments();
  std::string out;
  for (auto _ : state) {
    for (const Document& doc : docs) {
      out.clear();
      AppendJsonString(out, doc.text);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * TextBytes(docs));
}
BENCHMARK(BM_AppendJsonString);

}  // namespace
}  // namespace claimex

BENCHMARK_MAIN();
