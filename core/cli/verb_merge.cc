// claimex merge: claim, annotations, fingerprint and cluster records in;
// fingerprints, then clusters and conflicts in key order, out.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "clusters.h"
#include "records.h"

namespace claimex::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct MergeOptions {
  std::vector<std::string> inputs;
  std::string output;
  std::string rejects_file;
  std::size_t memory_mb = MemberStore::kDefaultBudget >> 20;
  std::string temp_dir;
};

int MergeCommand(MergeOptions options) {
  std::vector<std::string>& inputs = options.inputs;
  const std::string& output = options.output;
  if (inputs.empty()) inputs.push_back("-");
  RejectLog rejects;
  if (Status s = rejects.Open(options.rejects_file); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  const RunInfo run{kEngineVersion, "0000000000000000"};
  ClusterSet clusters(options.memory_mb << 20,
                      options.temp_dir.empty() ? fs::temp_directory_path() : fs::path(options.temp_dir));
  std::uint64_t rejected = 0;
  for (const auto& input : inputs) {
    std::ifstream file;
    if (input != "-") {
      file.open(input, std::ios::binary);
      if (!file) {
        Error("input \"" + input + "\": cannot open");
        return kExitInput;
      }
    }
    std::istream& in = input == "-" ? std::cin : file;
    std::string line;
    for (std::uint64_t number = 1; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const json record = json::parse(line, nullptr, false);
      Status s = record.is_discarded() ? Status::InvalidArgument("malformed JSON") : clusters.Add(record);
      if (!s.ok()) {
        ++rejected;
        if (Status w = rejects.Write({input, number, "", "merge", s.message()}, run); !w.ok()) {
          Error(w.message());
          return kExitOutput;
        }
      }
    }
  }
  std::ofstream file;
  if (!output.empty() && output != "-") {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) {
      Error("-o " + output + ": cannot open for writing");
      return kExitOutput;
    }
  }
  std::ostream& out = output.empty() || output == "-" ? std::cout : file;
  // Fingerprints first, so that a later merge of this output finds copies;
  // then clusters and conflicts in key order.
  const auto write = [&](const json& record) {
    out << record.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  };
  clusters.ForEachFingerprint(write);
  if (Status s = clusters.ForEachRecord(write); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  out.flush();
  if (!out) {
    Error("cannot write the output");
    return kExitOutput;
  }
  if (Status s = rejects.Close(); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  return rejected > 0 ? kExitRejects : kExitOk;
}

}  // namespace

Verb AddMergeVerb(CLI::App& app) {
  auto options = std::make_shared<MergeOptions>();
  auto* merge = app.add_subcommand(
      "merge",
      "Merge claim, annotations, fingerprint, cluster or conflict records (JSONL) into fingerprint, cluster and "
      "conflict records; associative");
  merge->add_option("inputs", options->inputs, "JSONL files; - or none for standard input");
  merge->add_option("-o,--output", options->output, "Output file; default: standard output");
  merge->add_option("--rejects", options->rejects_file,
                    "Write reject records here instead of printing them to stderr");
  merge->add_option("--memory-mb", options->memory_mb,
                    "Claims held in memory, in MB of their text, before the rest go to temporary files")
      ->check(CLI::PositiveNumber);
  merge->add_option("--temp-dir", options->temp_dir, "Where those files go; default: $TMPDIR or /tmp");
  return {merge, [options] { return MergeCommand(*options); }};
}

}  // namespace claimex::cli
