// Careless and hostile use of the command line (issue 16): outputs that are
// inputs, streams, one id for two texts, broken data and pipeline files,
// summaries of failed runs, sink URIs, plugins that run code or crash.
// Each test failed before the fix it is named after.
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "test_util.h"

namespace claimex {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using testing::CommandResult;
using testing::DocLine;
using testing::Lines;
using testing::ReadFile;
using testing::RunClaimex;
using testing::TempDir;
using testing::WriteFile;

const std::string kBinary = CLAIMEX_BINARY;
const std::string kHostilePlugins = CLAIMEX_HOSTILE_PLUGIN_DIR;

// Runs a shell command line in `cwd` (bash, for process substitution);
// the exit code is the shell's, so a claimex killed by signal N gives 128 + N.
CommandResult Shell(const std::string& command, const std::string& cwd) {
  TempDir io;
  const std::string line = "cd '" + cwd + "' && bash -c '" + command + "' >'" + io / "out" + "' 2>'" +
                           io / "err" + "' </dev/null";
  const int status = std::system(line.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(io / "out");
  r.err = ReadFile(io / "err");
  return r;
}

std::string Documents(int count, const std::string& prefix = "d") {
  std::string out;
  for (int i = 0; i < count; ++i) out += DocLine(prefix + std::to_string(i), "Acme spent $" + std::to_string(i + 1) + " million.");
  return out;
}

std::string Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos ? "" : "\"" + needle + "\" not in: " + haystack;
}

#define EXPECT_HAS(haystack, needle) EXPECT_EQ(Contains(haystack, needle), "")

// A pipeline of cheap stages (no lexicons to load), into `sink`.
void WritePipeline(const std::string& path, const json& stages, const json& sink = nullptr) {
  json pipeline = {{"name", "test"}, {"stages", stages}, {"collectors", json::array()}};
  if (!sink.is_null()) pipeline["sink"] = sink;
  WriteFile(path, pipeline.dump());
}

const json kNormalizeFingerprint = {{{"plugin", "normalize"}}, {{"plugin", "fingerprint"}}};

// ------------------------------------------------ 1. outputs that are inputs

TEST(MisuseTest, ExtractRefusesAnOutputThatIsItsInput) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Documents(3));
  const std::string before = ReadFile(dir / "in.jsonl");
  auto r = RunClaimex("extract -o in.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_HAS(r.err, "is the input");
  EXPECT_EQ(ReadFile(dir / "in.jsonl"), before);
  // Another name of the same file is the same file.
  fs::create_directories(dir / "sub");
  r = RunClaimex("extract -o out.jsonl --rejects sub/../in.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  fs::create_hard_link(dir / "in.jsonl", dir / "link.jsonl");
  r = RunClaimex("extract -o link.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(ReadFile(dir / "in.jsonl"), before);
  EXPECT_FALSE(fs::exists(dir / "out.jsonl"));
}

TEST(MisuseTest, RunRefusesASinkOrSummaryThatIsAnInputOrAnotherOutput) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Documents(3));
  const std::string before = ReadFile(dir / "in.jsonl");
  auto r = RunClaimex("run --sink jsonl:in.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(ReadFile(dir / "in.jsonl"), before);
  // Neither exists yet: compared by path.
  r = RunClaimex("run --sink jsonl:out.jsonl --summary ./out.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_HAS(r.err, "is the same file as");
  r = RunClaimex("run --sink sqlite:in.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(ReadFile(dir / "in.jsonl"), before);
}

TEST(MisuseTest, StandardOutputAppendedToAnInputIsRefused) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Documents(3));
  const auto r = Shell(kBinary + " extract in.jsonl >> in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_HAS(r.err, "standard output is the input");
  EXPECT_EQ(Lines(ReadFile(dir / "in.jsonl")).size(), 3u);
}

TEST(MisuseTest, AnUnusableRejectsFileLeavesTheSinkUntouched) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Documents(3));
  WriteFile(dir / "results.jsonl", "earlier results\n");
  const auto r = RunClaimex("run --sink jsonl:results.jsonl --rejects no/such/folder/r.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_EQ(ReadFile(dir / "results.jsonl"), "earlier results\n");
}

TEST(MisuseTest, MergeRefusesAnOutputThatIsItsInput) {
  TempDir dir;
  WriteFile(dir / "c.jsonl", "\n");
  const auto r = RunClaimex("merge -o c.jsonl c.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(ReadFile(dir / "c.jsonl"), "\n");
}

// --------------------------------------------------------------- 2. streams

TEST(MisuseTest, AFifoIsReadOnceAndItsWriterSurvives) {
  TempDir dir;
  WriteFile(dir / "docs.jsonl", Documents(50));
  ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);
  const auto r = Shell("(cat docs.jsonl > fifo; echo $? > writer.status) & " + kBinary +
                           " extract --threads 2 -o out.jsonl fifo; code=$?; wait; exit $code",
                       dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(ReadFile(dir / "out.jsonl")).size(), 50u);
  EXPECT_EQ(ReadFile(dir / "writer.status"), "0\n");  // no SIGPIPE (141)
}

TEST(MisuseTest, ProcessSubstitutionAndStandardInputWork) {
  TempDir dir;
  WriteFile(dir / "docs.jsonl", Documents(20));
  auto r = Shell(kBinary + " extract -o out.jsonl <(cat docs.jsonl)", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(ReadFile(dir / "out.jsonl")).size(), 20u);
  r = Shell(kBinary + " merge <(" + kBinary + " extract docs.jsonl) -o merged.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(ReadFile(dir / "merged.jsonl").empty());
  // Standard input twice: its second reading would be empty.
  r = Shell(kBinary + " extract -o out.jsonl - - < docs.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_HAS(r.err, "can be read only once");
}

// ---------------------------------------------------- 3. one id, two texts

std::string CollidingIds() {
  return DocLine("1", "Outlet A: Acme spent $5 million on chips.") +
         DocLine("1", "Outlet B: Globex raised $9 million from investors.") +
         DocLine("1", "Outlet A: Acme spent $5 million on chips.");  // the same document again
}

TEST(MisuseTest, ASecondTextUnderAnIdIsRejectedInExtractAndTheJsonlSink) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", CollidingIds());
  WritePipeline(dir / "p.json", kNormalizeFingerprint);
  auto r = RunClaimex("extract --pipeline p.json -o out.jsonl --rejects rejects.jsonl in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_EQ(Lines(ReadFile(dir / "out.jsonl")).size(), 2u);
  const auto rejects = Lines(ReadFile(dir / "rejects.jsonl"));
  ASSERT_EQ(rejects.size(), 1u);
  const json reject = json::parse(rejects[0]);
  EXPECT_EQ(reject["line"], 2);
  EXPECT_HAS(reject["error"].get<std::string>(), "already names another text (in.jsonl line 1)");

  r = RunClaimex("run --pipeline p.json --sink jsonl:run.jsonl --summary s.json in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_EQ(Lines(ReadFile(dir / "run.jsonl")).size(), 2u);
  const json summary = json::parse(ReadFile(dir / "s.json"));
  EXPECT_EQ(summary["read"], 3);
  EXPECT_EQ(summary["processed"], 2);
  EXPECT_EQ(summary["rejected"], 1);
}

int CountRows(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  int count = -1;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
      count = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return count;
}

// Within a run a second text for an id is refused (which one would be the
// correction?); a later run's new text is a new version of the document.
TEST(MisuseTest, TheSqliteSinkTakesALaterRunsTextForAnIdAsItsNewVersion) {
  TempDir dir;
  WritePipeline(dir / "p.json", kNormalizeFingerprint);
  WriteFile(dir / "a.jsonl", DocLine("1", "Outlet A: Acme spent $5 million on chips."));
  WriteFile(dir / "b.jsonl", DocLine("1", "Outlet B: Globex raised $9 million from investors.") +
                                 DocLine("2", "Outlet B: Initech spent $3 million.") +
                                 DocLine("1", "Outlet C: Hooli spent $4 million."));
  auto r = RunClaimex("run --pipeline p.json --sink sqlite:c.db a.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunClaimex("run --pipeline p.json --sink sqlite:c.db --rejects rejects.jsonl b.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 5) << r.err;
  const auto rejects = Lines(ReadFile(dir / "rejects.jsonl"));
  ASSERT_EQ(rejects.size(), 1u);
  EXPECT_HAS(rejects[0], "already names another text (b.jsonl line 1)");
  EXPECT_EQ(CountRows(dir / "c.db", "SELECT COUNT(*) FROM documents"), 3);
  EXPECT_EQ(CountRows(dir / "c.db", "SELECT COUNT(*) FROM documents WHERE id = '1'"), 2);
  EXPECT_EQ(CountRows(dir / "c.db", "SELECT COUNT(*) FROM documents WHERE id = '1' AND current = 1 AND version = 2 "
                                    "AND text LIKE '%Globex%'"),
            1);
  // The old text again is the old version, not a newer one.
  r = RunClaimex("run --pipeline p.json --sink sqlite:c.db a.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(CountRows(dir / "c.db", "SELECT COUNT(*) FROM documents WHERE id = '1' AND current = 1 AND version = 2"), 1);
}

TEST(MisuseTest, MergeRefusesAShardsSecondTextUnderAnId) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", DocLine("1", "Outlet A: Acme spent $5 million on chips."));
  WriteFile(dir / "b.jsonl", DocLine("1", "Outlet B: Globex raised $9 million from investors."));
  for (const char* shard : {"a", "b"}) {
    const auto r = RunClaimex(std::string("extract -o ") + shard + ".ann " + shard + ".jsonl", dir.str());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  auto r = RunClaimex("merge a.ann b.ann --rejects rejects.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 5) << r.err;
  EXPECT_HAS(ReadFile(dir / "rejects.jsonl"), "already names another text (a.ann line 1)");
  int fingerprints = 0;
  for (const auto& line : Lines(r.out)) fingerprints += json::parse(line)["schema"] == "claimex.fingerprint/1";
  EXPECT_EQ(fingerprints, 1);
  // Merging a shard with its own merged output is no collision.
  ASSERT_EQ(RunClaimex("merge a.ann -o a.merged", dir.str()).exit_code, 0);
  r = RunClaimex("merge a.merged a.ann", dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// ----------------------------------------------------- 4. broken data files

TEST(MisuseTest, ADataFileThatIsAFolderOrADeviceIsAConfigurationError) {
  TempDir dir;
  fs::copy(std::string(CLAIMEX_SOURCE_DIR) + "/data", dir / "data", fs::copy_options::recursive);
  fs::remove(dir / "data/lexicon/accelerators.tsv");
  fs::create_directories(dir / "data/lexicon/accelerators.tsv");
  WritePipeline(dir / "p.json", {{{"plugin", "normalize"}},
                                 {{"plugin", "numerals"}},
                                 {{"plugin", "gpu_count"}, {"options", {{"data_dir", dir / "data"}}}}});
  auto r = RunClaimex("check p.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "is not a regular file but a folder");
  fs::remove(dir / "data/lexicon/accelerators.tsv");
  fs::create_symlink("/dev/zero", dir / "data/lexicon/accelerators.tsv");
  r = RunClaimex("check p.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "is not a regular file");
}

TEST(MisuseTest, AGazetteerThatIsAFifoIsAConfigurationErrorNotAHang) {
  TempDir dir;
  ASSERT_EQ(::mkfifo((dir / "names.jsonl").c_str(), 0600), 0);
  WritePipeline(dir / "p.json", {{{"plugin", "normalize"}},
                                 {{"plugin", "entities"}, {"options", {{"extra_gazetteers", {dir / "names.jsonl"}}}}}});
  const auto r = RunClaimex("check p.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "not a regular file");
}

TEST(MisuseTest, MergeOfAFolderAndEvalWithAGoldFolderAreInputErrors) {
  TempDir dir;
  fs::create_directories(dir / "shards");
  WriteFile(dir / "in.jsonl", Documents(1));
  auto r = RunClaimex("merge shards", dir.str());
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_HAS(r.err, "is a folder");
  r = RunClaimex("eval --gold shards in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_HAS(r.err, "not a regular file but a folder");
  r = RunClaimex("eval --gold /dev/zero in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 4) << r.err;
}

// ------------------------------------------------------ 5. honest summaries

TEST(MisuseTest, ASummaryToAFullDiskIsAnOutputError) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Documents(2));
  WritePipeline(dir / "p.json", kNormalizeFingerprint);
  const auto r = RunClaimex("run --pipeline p.json --sink jsonl:out.jsonl --summary /dev/full in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_HAS(r.err, "--summary /dev/full: cannot write");
}

TEST(MisuseTest, AFailedRunsSummarySaysSoAndAccountsForEveryDocument) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Documents(300));
  WritePipeline(dir / "p.json", kNormalizeFingerprint);
  const auto r = RunClaimex("run --threads 2 --pipeline p.json --sink jsonl:/dev/full --summary s.json in.jsonl",
                            dir.str());
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_EQ(r.out.find("written to"), std::string::npos) << r.out;
  EXPECT_HAS(r.out, "run FAILED");
  const json summary = json::parse(ReadFile(dir / "s.json"));
  EXPECT_EQ(summary["status"], "failed");
  EXPECT_HAS(summary["error"].get<std::string>(), "/dev/full: write failed");
  EXPECT_GT(summary["not_processed"].get<int>(), 0);
  EXPECT_EQ(summary["read"].get<int>(), summary["processed"].get<int>() + summary["rejected"].get<int>() +
                                            summary["not_processed"].get<int>());
}

// ------------------------------------------------------------- 6. sink URIs

TEST(MisuseTest, SinksThatKeepNothingAndMalformedSinksAreUsageErrors) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Documents(1));
  for (const char* sink : {"sqlite::memory:", "sqlite:-", "sqlite:", "nonsense", "nosuchsink:x", "normalize:x"}) {
    const auto r = RunClaimex(std::string("run --sink '") + sink + "' in.jsonl", dir.str());
    EXPECT_EQ(r.exit_code, 2) << sink << ": " << r.err;
  }
  EXPECT_FALSE(fs::exists(dir / "-"));
  EXPECT_FALSE(fs::exists(dir / "claims.db"));
}

// ------------------------------------------------------------ 7. foreign code

// A plugin folder of this test's own, not writable by others.
std::string PluginFolder(const TempDir& dir, const std::vector<std::string>& plugins) {
  const std::string folder = dir / "plugins";
  fs::create_directories(folder);
  fs::permissions(folder, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
  for (const auto& name : plugins) fs::copy_file(kHostilePlugins + "/" + name + ".so", folder + "/" + name + ".so");
  return folder;
}

TEST(MisuseTest, OnlyThePluginsAPipelineNamesAreLoaded) {
  TempDir dir;
  const std::string folder = PluginFolder(dir, {"loud_constructor"});
  ASSERT_EQ(::mkfifo((folder + "/fifo.so").c_str(), 0644), 0);
  WriteFile(dir / "in.jsonl", Documents(2));
  WritePipeline(dir / "p.json", kNormalizeFingerprint);
  const std::string env = "CLAIMEX_TEST_LOADED=" + dir / "loaded" + " ";
  auto r = Shell(env + kBinary + " run --plugin-path " + folder + " --pipeline p.json --sink jsonl:out.jsonl in.jsonl",
                 dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = Shell(env + kBinary + " check --plugin-path " + folder + " p.json", dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(dir / "loaded"));
  // Only `plugins` loads everything, says so, and lists the FIFO as broken.
  r = Shell(env + kBinary + " plugins --plugin-path " + folder, dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir / "loaded"));
  EXPECT_HAS(r.out, "every library on the search path was loaded");
  EXPECT_HAS(r.out, "fifo.so: cannot load the library: not a regular file");
}

TEST(MisuseTest, AnUndefinedSymbolIsALoadErrorNamingIt) {
  TempDir dir;
  const std::string folder = PluginFolder(dir, {"undefined_symbol"});
  WritePipeline(dir / "p.json", {{{"plugin", "undefined_symbol"}}});
  WriteFile(dir / "in.jsonl", Documents(1));
  auto r = RunClaimex("check --plugin-path " + folder + " p.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "undefined_symbol.so");
  EXPECT_HAS(r.err, "claimex_test_function_nobody_defines");
  r = RunClaimex("extract --plugin-path " + folder + " --pipeline p.json in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;  // not 127 mid-run
}

TEST(MisuseTest, PluginFoldersOthersMayWriteAreSkippedWithAWarning) {
  TempDir dir;
  const std::string folder = PluginFolder(dir, {"loud_constructor"});
  fs::permissions(folder, fs::perms::all);
  WritePipeline(dir / "p.json", {{{"plugin", "loud_constructor"}}});
  const std::string env = "CLAIMEX_TEST_LOADED=" + dir / "loaded" + " ";
  const auto r = Shell(env + kBinary + " check --plugin-path " + folder + " p.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "warning: skipping plugin folder " + folder);
  EXPECT_FALSE(fs::exists(dir / "loaded"));
}

// ---------------------------------------------------------- 8. crashing code

// The records of a JSONL output; a line that is not whole JSON fails the test.
std::vector<json> RecordsOf(const std::string& text) {
  std::vector<json> out;
  for (const auto& line : Lines(text)) {
    json record = json::parse(line, nullptr, false);
    if (record.is_discarded()) {
      ADD_FAILURE() << "torn line (" << line.size() << " bytes): " << line.substr(0, 80);
      continue;
    }
    out.push_back(std::move(record));
  }
  if (!text.empty() && text.back() != '\n') ADD_FAILURE() << "the output does not end with a newline";
  return out;
}
std::vector<json> Records(const std::string& path) { return RecordsOf(ReadFile(path)); }

// Complete records of the documents before d<crash>, in input order.
void ExpectAPrefixBefore(const std::vector<json>& records, int crash) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    std::string id = std::to_string(i);
    id.insert(0, 1, 'd');  // not "d" + ...: GCC 12 warns of an overlap that is not there (-Wrestrict)
    EXPECT_EQ(records[i]["id"], id);
  }
  EXPECT_LT(records.size(), static_cast<std::size_t>(crash));
}

// AddressSanitizer reports a SIGSEGV itself (claimex hands the signal on) and
// exits with its own code, or aborts when ASAN_OPTIONS says abort_on_error=1
// (as ./build.sh test does); the child claimex inherits the variable.
int CrashExitCode(bool abort) {
#if defined(__SANITIZE_ADDRESS__)
  const char* options = std::getenv("ASAN_OPTIONS");
  const bool aborts = options != nullptr && std::string_view(options).find("abort_on_error=1") != std::string_view::npos;
  if (!abort) return aborts ? 128 + SIGABRT : 1;
#endif
  return 128 + (abort ? SIGABRT : SIGSEGV);
}

TEST(MisuseTest, ACrashingStageIsNamedWithItsDocumentAndEarlierOutputIsKept) {
  TempDir dir;
  std::string docs = Documents(300);
  docs.replace(docs.find("\"d250\",\"text\":\"Acme") + 16, 4, "CRASH");
  WriteFile(dir / "in.jsonl", docs);
  for (const bool abort : {false, true}) {
    WritePipeline(dir / "p.json", {{{"plugin", "normalize"}},
                                   {{"plugin", "crashing_stage"}, {"options", {{"crash_on", "CRASH"}, {"abort", abort}}}}});
    const std::string common = "--threads 2 --plugin-path " + kHostilePlugins + " --pipeline p.json ";
    auto r = RunClaimex("extract " + common + "-o out.jsonl in.jsonl", dir.str());
    EXPECT_EQ(r.exit_code, CrashExitCode(abort)) << r.err;
    EXPECT_HAS(r.err, std::string("fatal signal ") + (abort ? "SIGABRT" : "SIGSEGV") +
                          " in stage \"crashing_stage\" on document \"d250\" (in.jsonl line 251)");
    ExpectAPrefixBefore(Records(dir / "out.jsonl"), 250);
    r = RunClaimex("run " + common + "--sink jsonl:run.jsonl in.jsonl", dir.str());
    EXPECT_EQ(r.exit_code, CrashExitCode(abort)) << r.err;
    ExpectAPrefixBefore(Records(dir / "run.jsonl"), 250);
  }
  // SQLite: whole batches survive, and running again without the crasher
  // completes the database.
  const std::string common = "--threads 2 --plugin-path " + kHostilePlugins + " --pipeline p.json --sink sqlite:c.db ";
  auto r = RunClaimex("run " + common + "in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, CrashExitCode(true)) << r.err;
  std::string without = docs;
  const auto crash_line = without.find("{\"id\":\"d250\"");
  without.erase(crash_line, without.find('\n', crash_line) + 1 - crash_line);
  WriteFile(dir / "again.jsonl", without);
  r = RunClaimex("run " + common + "again.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(CountRows(dir / "c.db", "SELECT COUNT(*) FROM documents"), 299);
}

// Runs claimex with its standard output into a pipe of one page that is not
// read until the crash report is on stderr. The writer blocks inside write(2)
// once the pipe is full; only then is `go` created, which lets the crashing
// stage crash: the crash comes while a write is in flight, every time. Dying
// of a signal ends such a write early, mid-line, unless the crash report
// waits for it.
struct CrashedRun {
  int exit_code = -1;  // 128 + N when killed by signal N, as from a shell
  std::string out, err;
  int queued_at_crash = 0;  // bytes the pipe held when the stage crashed
};

CrashedRun CrashWhileWriting(const std::vector<std::string>& args, const std::string& cwd, const std::string& go) {
  CrashedRun r;
  int out[2], err[2];
  if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
    ADD_FAILURE() << "pipe2 failed";
    return r;
  }
  ::fcntl(out[1], F_SETPIPE_SZ, 4096);
  const int capacity = ::fcntl(out[1], F_GETPIPE_SZ);
  std::vector<std::string> words = {kBinary};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_RDONLY);
    if (null < 0 || ::dup2(null, STDIN_FILENO) < 0 || ::dup2(out[1], STDOUT_FILENO) < 0 ||
        ::dup2(err[1], STDERR_FILENO) < 0 || ::chdir(cwd.c_str()) != 0) {
      ::_exit(126);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  ::close(err[1]);
  for (int i = 0; i < 60000 && ::ioctl(out[0], FIONREAD, &r.queued_at_crash) == 0 && r.queued_at_crash < capacity;
       ++i) {
    ::usleep(1000);
  }
  EXPECT_EQ(r.queued_at_crash, capacity) << "the writer never filled the pipe";
  WriteFile(go, "");
  char buffer[4096];
  ssize_t n;
  const auto reported = [&] {
    const auto at = r.err.find("fatal signal");
    return at != std::string::npos && r.err.find('\n', at) != std::string::npos;
  };
  while (!reported() && (n = ::read(err[0], buffer, sizeof buffer)) > 0) r.err.append(buffer, n);
  // A process that does not wait for its writes is dead a moment after its
  // report; give it that moment before draining the pipe.
  siginfo_t info{};
  for (int i = 0; i < 200 && ::waitid(P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == 0; ++i) {
    ::usleep(1000);
  }
  while ((n = ::read(out[0], buffer, sizeof buffer)) > 0) r.out.append(buffer, n);
  while ((n = ::read(err[0], buffer, sizeof buffer)) > 0) r.err.append(buffer, n);
  ::close(out[0]);
  ::close(err[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : -1;
  return r;
}

TEST(MisuseTest, ACrashWhileAWriteIsInFlightLeavesNoTornLine) {
  TempDir dir;
  std::string docs = Documents(300);
  docs.replace(docs.find("\"d250\",\"text\":\"Acme") + 16, 4, "CRASH");
  WriteFile(dir / "in.jsonl", docs);
  for (const bool abort : {false, true}) {
    for (const std::string verb : {"extract", "run"}) {
      SCOPED_TRACE(verb + (abort ? " SIGABRT" : " SIGSEGV"));
      const std::string go = dir / (verb + (abort ? "-abort" : "-segv") + ".go");
      WritePipeline(dir / "p.json", {{{"plugin", "normalize"}},
                                     {{"plugin", "crashing_stage"},
                                      {"options", {{"crash_on", "CRASH"}, {"abort", abort}, {"wait_for", go}}}}});
      std::vector<std::string> args = {verb, "--threads", "2", "--plugin-path", kHostilePlugins, "--pipeline", "p.json"};
      if (verb == "run") args.insert(args.end(), {"--sink", "jsonl:-"});
      args.push_back("in.jsonl");
      const CrashedRun r = CrashWhileWriting(args, dir.str(), go);
      EXPECT_EQ(r.exit_code, CrashExitCode(abort)) << r.err;
      EXPECT_HAS(r.err, "in stage \"crashing_stage\" on document \"d250\"");
      // The write that was in flight was finished: more than the pipe held.
      EXPECT_GT(r.out.size(), static_cast<std::size_t>(r.queued_at_crash));
      ExpectAPrefixBefore(RecordsOf(r.out), 250);
    }
  }
}

// ---------------------------------------------------- 9. bounded pipelines

TEST(MisuseTest, PipelineFilesAreBoundedInSizeDepthAndNumbers) {
  TempDir dir;
  std::string deep = "{\"stages\": [{\"plugin\": \"normalize\", \"options\": {\"x\": ";
  for (int i = 0; i < 100000; ++i) deep += "[";
  for (int i = 0; i < 100000; ++i) deep += "]";
  deep += "}}], \"collectors\": []}";
  WriteFile(dir / "deep.json", deep);
  auto r = RunClaimex("check deep.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "nested deeper than 64 levels");

  WriteFile(dir / "huge.json", "{\"stages\": []}" + std::string(2u << 20, ' '));
  r = RunClaimex("check huge.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "over the limit of 1048576");

  r = RunClaimex("check /dev/zero", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "not a regular file");

  WriteFile(dir / "big_number.json",
            R"({"stages": [{"plugin": "normalize", "options": {"sentence_locale": 1e400}}], "collectors": []})");
  r = RunClaimex("check big_number.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "not valid JSON");
}

// ----------------------------------------------- 10. stages twice, layers

TEST(MisuseTest, AStageListedTwiceOrALayerNamedLikeARecordFieldIsRefused) {
  TempDir dir;
  WritePipeline(dir / "twice.json", {{{"plugin", "normalize"}}, {{"plugin", "numerals"}}, {{"plugin", "numerals"}}});
  auto r = RunClaimex("check twice.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "stages[2]: plugin \"numerals\" is already stages[1]");
  WriteFile(dir / "in.jsonl", Documents(1));
  r = RunClaimex("extract --pipeline twice.json in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;

  WritePipeline(dir / "text.json", {{{"plugin", "text_layer"}}});
  r = RunClaimex("check --plugin-path " + kHostilePlugins + " text.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "stages[0]: stage \"text_layer\"");
  EXPECT_HAS(r.err, "writes a layer named \"text\"");
}

// --------------------------------------------------------------- 11. words

TEST(MisuseTest, MessagesSayWhatIsWrong) {
  TempDir dir;
  const std::string folder = PluginFolder(dir, {});
  WriteFile(folder + "/garbage.so", "this is not an ELF file");
  auto r = RunClaimex("plugins --plugin-path " + folder, dir.str());
  EXPECT_EQ(r.out.find("Bad file descriptor"), std::string::npos) << r.out;
  EXPECT_HAS(r.out, "garbage.so: cannot load the library: " + folder + "/garbage.so: ");

  WritePipeline(dir / "typo.json", {{{"plugin", "normalise"}}});
  r = RunClaimex("check typo.json", dir.str());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_HAS(r.err, "searched for normalise.so in ");
  EXPECT_HAS(r.err, "did you mean \"normalize\"?");

  WriteFile(dir / "in.jsonl", Documents(1));
  r = RunClaimex("extract --max-mentions 0 in.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_HAS(r.err, "\"0\" is not a whole number of at least 1");
  EXPECT_EQ(r.err.find("1.79e308"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace claimex
