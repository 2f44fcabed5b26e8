// claimex eval: the per-document stages scored against gold annotations.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "evaluation.h"

namespace claimex::cli {
namespace {

using nlohmann::json;

class EvalConsumer final : public OrderedConsumer {
 public:
  EvalConsumer(Evaluation& evaluation, const std::string& rejects_file, RejectLog& rejects, const RunInfo& run)
      : evaluation_(evaluation), rejects_file_(rejects_file), rejects_(rejects), run_(run) {}
  Status OnStart() override { return rejects_.Open(rejects_file_); }
  Outcome OnDocument(const ProcessedDocument& doc) override {
    evaluation_.Score(json::parse(doc.annotations_json()), doc.document().text, doc.document().meta.lang);
    return Outcome::Accepted();
  }
  Status OnReject(const Reject& reject) override { return rejects_.Write(reject, run_); }

 private:
  Evaluation& evaluation_;
  const std::string& rejects_file_;
  RejectLog& rejects_;
  const RunInfo& run_;
};

constexpr std::uintmax_t kMaxGoldBytes = std::uintmax_t{1} << 30;

Status CheckGoldFile(const std::string& file) {
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) return Status::NotFound("--gold " + file + ": " + std::strerror(errno));
  if (!S_ISREG(st.st_mode)) {
    return Status::InvalidArgument("--gold " + file + ": not a regular file" +
                                   (S_ISDIR(st.st_mode) ? " but a folder" : ""));
  }
  if (static_cast<std::uintmax_t>(st.st_size) > kMaxGoldBytes) {
    return Status::InvalidArgument("--gold " + file + ": " + std::to_string(st.st_size) +
                                   " bytes, over the limit of " + std::to_string(kMaxGoldBytes));
  }
  return Status::OK();
}

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
  // The gold file is an input: a folder or a device would read as no gold
  // at all, or never end.
  if (Status s = CheckGoldFile(options.gold_file); !s.ok()) {
    Error(s.message());
    return kExitInput;
  }
  Evaluation evaluation;
  if (Status s = evaluation.LoadGold(options.gold_file); !s.ok()) {
    Error(s.message());
    return s.code() == Status::Code::kNotFound ? kExitInput : kExitConfig;
  }
  if (common.inputs.empty()) common.inputs.push_back("corpus");
  Reader reader(common.inputs, {common.max_doc_bytes});
  if (int code = OpenInputsAndCheckOutputs(reader, {setup.pipeline_file, options.gold_file},
                                           {{"--rejects", common.rejects_file}});
      code != kExitOk) {
    return code;
  }
  RejectLog rejects;
  EvalConsumer consumer(evaluation, common.rejects_file, rejects, setup.run);
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
