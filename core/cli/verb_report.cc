// claimex report: the page a person reads of a claims store (facts by
// independent sources, their evidence, disagreements, the documents with
// their mentions), as one HTML file or as JSON-LD; core/report/page.h.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli.h"
#include "page.h"

namespace claimex::cli {
namespace {

struct ReportCommandOptions {
  std::string db = "sqlite:claims.db";
  report::ReportOptions page;
  std::string format = "html";
  std::string output;
};

// YYYY-MM-DD, the prefix of the ISO 8601 dates the store keeps.
CLI::Validator IsoDate() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        const bool ok = value.size() == 10 && value[4] == '-' && value[7] == '-' &&
                        std::all_of(value.begin(), value.end(), [](char c) { return std::isdigit(c) || c == '-'; });
        return ok ? "" : "\"" + value + "\" is not a date (YYYY-MM-DD)";
      },
      "DATE");
}

}  // namespace

int WriteReport(const std::string& db_uri, const report::ReportOptions& options, const std::string& format,
                const OutputFile& output) {
  std::unique_ptr<StoreDb> db;
  if (Status s = OpenStoreDb(db_uri, /*read_only=*/true, &db); !s.ok()) {
    Error(s.message());
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitInput;
  }
  std::vector<InputFile> inputs;
  if (auto identity = IdentityOf(db->name())) inputs.push_back({db->name(), *identity});
  if (Status s = CheckOutputs(inputs, {output}); !s.ok()) {
    Error(s.message());
    return kExitUsage;
  }
  report::Page page;
  if (Status s = report::ReadPage(*db, options, &page); !s.ok()) {
    Error(s.message());
    return kExitInput;
  }
  db.reset();
  std::ofstream file;
  const bool to_stdout = output.path == "-";
  if (!to_stdout) {
    file.open(output.path, std::ios::binary | std::ios::trunc);
    if (!file) {
      Error(output.option + " " + output.path + ": cannot open for writing");
      return kExitOutput;
    }
  }
  std::ostream& out = to_stdout ? std::cout : file;
  if (format == "jsonld") {
    report::WriteJsonLd(page, out);
  } else {
    report::WriteHtml(page, out);
  }
  out.flush();
  if (file.is_open()) file.close();
  if (!out) {
    Error(output.option + " " + output.path + ": write failed");
    return kExitOutput;
  }
  return kExitOk;
}

Verb AddReportVerb(CLI::App& app) {
  auto options = std::make_shared<ReportCommandOptions>();
  auto* cmd = app.add_subcommand("report", "Write the report a person reads of a claims store (HTML or JSON-LD)");
  cmd->add_option("--db", options->db, "The claims store: sqlite:PATH, a path, or postgresql://...")->capture_default_str();
  cmd->add_option("--subject", options->page.subject, "Only facts about this entity id (e.g. nvidia)");
  cmd->add_option("--since", options->page.since, "Only facts last seen on or after this date")->check(IsoDate());
  cmd->add_option("--top", options->page.top, "Facts, and disagreements, on the page")
      ->check(PositiveCount())
      ->capture_default_str();
  cmd->add_option("--format", options->format, "html: the page; jsonld: its facts as schema.org Claim JSON-LD")
      ->check(CLI::IsMember({"html", "jsonld"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options->output, "The file to write, or - for standard output")->required();
  return {cmd, [options] { return WriteReport(options->db, options->page, options->format, {"-o", options->output}); }};
}

}  // namespace claimex::cli
