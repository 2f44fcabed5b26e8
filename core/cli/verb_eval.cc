// claimex eval: the per-document stages scored against gold annotations.
#include <cstdio>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "evaluation.h"

namespace claimex::cli {
namespace {

using nlohmann::json;

class EvalConsumer final : public OrderedConsumer {
 public:
  EvalConsumer(Evaluation& evaluation, RejectLog& rejects, const RunInfo& run)
      : evaluation_(evaluation), rejects_(rejects), run_(run) {}
  Outcome OnDocument(const ProcessedDocument& doc) override {
    evaluation_.Score(json::parse(doc.annotations_json()), doc.document().text, doc.document().meta.lang);
    return Outcome::Accepted();
  }
  Status OnReject(const Reject& reject) override { return rejects_.Write(reject, run_); }

 private:
  Evaluation& evaluation_;
  RejectLog& rejects_;
  const RunInfo& run_;
};

struct EvalOptions {
  CommonOptions common;
  std::string gold_file;
  bool as_json = false;
};

int EvalCommand(EvalOptions options) {
  CommonOptions& common = options.common;
  Setup setup;
  if (Status s = LoadSetup(common, std::nullopt, setup); !s.ok()) {
    Error(s.message());
    return kExitConfig;
  }
  Evaluation evaluation;
  if (Status s = evaluation.LoadGold(options.gold_file); !s.ok()) {
    Error(s.message());
    return s.code() == Status::Code::kNotFound ? kExitInput : kExitConfig;
  }
  if (common.inputs.empty()) common.inputs.push_back("corpus");
  Reader reader(common.inputs, {common.max_doc_bytes});
  if (Status s = reader.Open(); !s.ok()) {
    Error(s.message());
    return kExitInput;
  }
  RejectLog rejects;
  if (Status s = rejects.Open(common.rejects_file); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  EvalConsumer consumer(evaluation, rejects, setup.run);
  ExecutionStats stats;
  const Status status =
      Execute(reader, setup.pipeline, setup.run,
              MakeExecutorOptions(common, ExecutorOptions::ConsumerReads::kDocumentAndRecord), consumer, stats);
  if (options.as_json) {
    json out = evaluation.ToJson();
    out["engine"] = setup.run.engine_version;
    out["pipeline"] = setup.run.pipeline_hash;
    std::printf("%s\n", out.dump(2).c_str());
  } else {
    std::printf("%s", evaluation.ToText().c_str());
  }
  return Finish(status, stats, rejects, common);
}

}  // namespace

Verb AddEvalVerb(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  auto* eval = app.add_subcommand("eval", "Score extraction against gold annotations: precision, recall, F1");
  AddCommon(eval, options->common, true);
  eval->add_option("--gold", options->gold_file, "Gold annotations (JSONL), e.g. corpus/gold/seeds.jsonl")
      ->required();
  eval->add_flag("--json", options->as_json, "Machine-readable output");
  return {eval, [options] { return EvalCommand(*options); }};
}

}  // namespace claimex::cli
