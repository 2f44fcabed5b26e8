// claimex merge: claim, annotations, fingerprint and cluster records in;
// fingerprints, then clusters and conflicts in key order, out.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "cli.h"
#include "clusters.h"
#include "parse_json.h"
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
  std::string part;  // "K/N"
};

// "K/N", 1 <= K <= N: key range K of N.
std::optional<KeyPart> ParsePart(const std::string& text) {
  unsigned part = 0, parts = 0;
  char slash = 0, rest = 0;
  if (std::sscanf(text.c_str(), "%u%c%u%c", &part, &slash, &parts, &rest) != 3 || slash != '/' || part < 1 ||
      part > parts || parts > 4096) {
    return std::nullopt;
  }
  return KeyPart{part - 1, parts};
}

// Inputs are files or streams ("-", FIFOs, <(...)); each is checked without
// being opened and read once. A folder holds no records.
Status CheckInputs(const std::vector<std::string>& inputs, std::vector<InputFile>& files) {
  for (const auto& input : inputs) {
    const std::optional<FileIdentity> identity = IdentityOf(input);
    if (!identity) return Status::NotFound("input \"" + input + "\": " + std::strerror(errno));
    std::error_code ec;
    if (input != "-" && fs::is_directory(input, ec)) {
      return Status::NotFound("input \"" + input + "\" is a folder; merge reads JSONL files (try " + input +
                              "/*.jsonl)");
    }
    if (input != "-" && ::access(input.c_str(), R_OK) != 0) {
      return Status::NotFound("input \"" + input + "\": " + std::strerror(errno));
    }
    for (const InputFile& earlier : files) {
      if (!identity->regular && earlier.identity == *identity) {
        return Status::InvalidArgument("input \"" + input + "\" is the stream \"" + earlier.name +
                                       "\" again; a stream can be read only once");
      }
    }
    files.push_back({input, *identity});
  }
  return Status::OK();
}

// The rule of the reader (DocumentIds), applied to records: an annotations
// or fingerprint record whose document id an earlier record gave another
// text is refused whole, claims included. Texts are told apart by their
// fingerprint, which is what finds copies and is in both kinds of record,
// else by the annotations record's key (id and text). Claim and cluster
// records name their documents by id alone and are taken as they come.
class MergeIds {
 public:
  // Empty when `record` may be merged; else why not.
  std::string Check(const json& record, const std::string& input, std::uint64_t line) {
    const json* schema = record.is_object() ? &record["schema"] : nullptr;
    if (schema == nullptr || !schema->is_string()) return "";
    const bool annotations = *schema == kAnnotationsSchema;
    if (!annotations && *schema != kFingerprintSchema) return "";
    const json& id = record.value(annotations ? "id" : "doc", json());
    if (!id.is_string()) return "";
    const std::string doc = id.get<std::string>();
    if (const auto fingerprint = record.find("fingerprint"); fingerprint != record.end()) {
      if (const auto* owner = by_fingerprint_.Claim(doc, TextHash(fingerprint->dump()), input, line)) {
        return DocumentIds::Refusal(doc, *owner);
      }
    }
    if (annotations && record.value("key", json()).is_string()) {
      if (const auto* owner = by_key_.Claim(doc, TextHash(record["key"].get<std::string>()), input, line)) {
        return DocumentIds::Refusal(doc, *owner);
      }
    }
    return "";
  }

 private:
  DocumentIds by_fingerprint_, by_key_;
};

int MergeCommand(MergeOptions options) {
  std::vector<std::string>& inputs = options.inputs;
  const std::string& output = options.output;
  if (inputs.empty()) inputs.push_back("-");
  std::vector<InputFile> files;
  if (Status s = CheckInputs(inputs, files); !s.ok()) {
    Error(s.message());
    return ExitForInputs(s);
  }
  if (Status s = CheckOutputs(files, {{"-o", output}, {"--rejects", options.rejects_file}}); !s.ok()) {
    Error(s.message());
    return kExitUsage;
  }
  std::optional<KeyPart> part = KeyPart{};
  if (!options.part.empty() && !(part = ParsePart(options.part))) {
    Error("--part " + options.part + ": expected K/N, 1 <= K <= N <= 4096");
    return kExitUsage;
  }
  RejectLog rejects;
  if (Status s = rejects.Open(options.rejects_file); !s.ok()) {
    Error(s.message());
    return kExitOutput;
  }
  const RunInfo run{kEngineVersion, "0000000000000000"};
  ClusterSet clusters(options.memory_mb << 20,
                      options.temp_dir.empty() ? fs::temp_directory_path() : fs::path(options.temp_dir));
  clusters.KeepOnly(*part);
  MergeIds ids;
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
    std::uint64_t number = 1;
    for (; std::getline(in, line); ++number) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const json record = ParseJson(line, [](std::string_view schema, std::string_view field) {
        return schema != kAnnotationsSchema || ClusterSet::ReadsAnnotationsField(field);
      });
      Status s = Status::OK();
      if (record.is_discarded()) {
        s = Status::InvalidArgument("malformed JSON");
      } else if (std::string refused = ids.Check(record, input, number); !refused.empty()) {
        s = Status::InvalidArgument(refused);
      } else {
        s = clusters.Add(record);
      }
      if (!s.ok()) {
        ++rejected;
        if (Status w = rejects.Write({input, number, "", "merge", s.message()}, run); !w.ok()) {
          Error(w.message());
          return kExitOutput;
        }
      }
    }
    if (in.bad()) {
      Error("input \"" + input + "\": read error at line " + std::to_string(number));
      return kExitInput;
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
  if (file.is_open()) file.close();
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
      ->check(PositiveCount());
  merge->add_option("--temp-dir", options->temp_dir, "Where those files go; default: $TMPDIR or /tmp");
  merge->add_option("--part", options->part,
                    "K/N: write every fingerprint but only the clusters and conflicts of key range K of N; parts "
                    "merged side by side, their clusters one after another, are the whole merge's output");
  return {merge, [options] { return MergeCommand(*options); }};
}

}  // namespace claimex::cli
