// claimex: the command line. See README.md for the verbs and exit codes.
//
// One file per verb (verb_*.cc), as git's builtin/ does; this one parses
// and dispatches.
#include <exception>
#include <string>

#include <CLI/CLI.hpp>

#include "cli.h"
#include "records.h"

namespace claimex::cli {
namespace {

int Main(int argc, char** argv) {
  CLI::App app{"claimex: sourced claim records from the numbers in news articles"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(kEngineVersion));
  // In this order in --help.
  const Verb verbs[] = {AddRunVerb(app),  AddExtractVerb(app), AddPluginsVerb(app), AddMergeVerb(app),
                        AddEvalVerb(app), AddCheckVerb(app),   AddReportVerb(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (const Verb& verb : verbs) {
    if (verb.command->parsed()) return verb.run();
  }
  return kExitUsage;
}

}  // namespace
}  // namespace claimex::cli

int main(int argc, char** argv) {
  try {
    return claimex::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    claimex::cli::Error(std::string("internal error: ") + e.what());
    return claimex::cli::kExitInternal;
  }
}
