// `claimex run` killed with SIGKILL at points spread over a run that writes
// to SQLite, then run again to the end: the database passes SQLite's
// integrity and foreign-key checks and holds exactly what one clean run
// writes, and its runs table shows the killed runs unfinished. (Release only, label "hostile": it times its kills against a
// clean run and runs the default pipeline many times.)
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "test_util.h"

namespace claimex {
namespace {

using testing::DocLine;
using testing::TempDir;
using Clock = std::chrono::steady_clock;

// Runs `claimex run` on the default pipeline into `db`; kills it with
// SIGKILL after `kill_after` unless it is done first. Returns its wait status.
int RunAndMaybeKill(const std::string& cwd, const std::string& input, const std::string& db,
                    std::chrono::milliseconds kill_after) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (chdir(cwd.c_str()) != 0) _exit(127);
    const std::string sink = "sqlite:" + db;
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    execl(CLAIMEX_BINARY, CLAIMEX_BINARY, "run", "--threads", "2", "--sink", sink.c_str(), input.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto deadline = Clock::now() + kill_after;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (Clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return status;
}

// Every table, rows in key order, as text; plus SQLite's own checks.
std::string Dump(const std::string& db_path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::string out;
  auto query = [&](const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        const auto* text = sqlite3_column_text(stmt, i);
        out += text ? reinterpret_cast<const char*>(text) : "NULL";
        out += '\t';
      }
      out += '\n';
    }
    sqlite3_finalize(stmt);
  };
  query("PRAGMA integrity_check");
  query("PRAGMA foreign_key_check");
  // Everything but runs, whose times differ by design.
  for (const char* table : {"meta", "documents", "mentions", "claims", "clusters", "cluster_members", "cluster_aliases",
                            "conflicts", "conflict_clusters", "fingerprints", "records", "store_stale_groups",
                            "store_paragraphs", "store_boilerplate", "store_bands", "store_source_roots"}) {
    out += std::string("== ") + table + "\n";
    query(std::string("SELECT * FROM ") + table + " ORDER BY 1");
  }
  sqlite3_close(db);
  return out;
}

constexpr int kDocuments = 1200;

// Right after a kill: how many runs the database shows unfinished. A run
// killed before all its documents were committed must be among them. Opened
// for writing, as the next run would, so SQLite recovers the WAL first.
int UnfinishedRuns(const std::string& db_path, int documents_in_input) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return 0;  // killed before the database was created
  }
  auto count = [&](const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    int n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
      n = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return n;
  };
  const int documents = count("SELECT count(*) FROM documents");
  const int unfinished = std::max(0, count("SELECT count(*) - count(finished) FROM runs"));
  sqlite3_close(db);
  if (documents >= 0 && documents < documents_in_input) {
    EXPECT_GE(unfinished, 1) << "killed with " << documents << " of " << documents_in_input
                             << " documents committed, yet no run is marked unfinished";
  }
  return unfinished;
}

TEST(KillTest, KilledRunsThenOneToTheEndEqualACleanRun) {
  TempDir dir;
  {
    // Enough documents for three transactions (500 documents each).
    std::ifstream seeds(std::string(CLAIMEX_SOURCE_DIR) + "/corpus/seeds.jsonl");
    std::vector<std::string> texts;
    for (std::string line; std::getline(seeds, line);) texts.push_back(nlohmann::json::parse(line)["text"]);
    std::ofstream out(dir / "in.jsonl");
    for (int i = 0; i < kDocuments; ++i) {
      out << DocLine("doc-" + std::to_string(i),
                     texts[i % texts.size()] + "\n\nUpdate " + std::to_string(i) + ": Nvidia lost $" +
                         std::to_string(i % 40 + 1) + " billion.");
    }
  }
  const auto started = Clock::now();
  ASSERT_TRUE(WIFEXITED(RunAndMaybeKill(dir.str(), "in.jsonl", "clean.db", std::chrono::hours(1))));
  const auto clean_ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
  const std::string clean = Dump(dir / "clean.db");
  ASSERT_NE(clean.find("ok\t"), std::string::npos) << "the clean database fails its integrity check";

  // Points spread over the run, the last ones in the final commit and the
  // cluster rebuild; two kills in a row before the run that finishes.
  int killed = 0;
  for (const double at : {0.1, 0.3, 0.5, 0.7, 0.9, 0.98}) {
    SCOPED_TRACE("killed at " + std::to_string(at) + " of a clean run of " + std::to_string(clean_ms.count()) + " ms");
    // A run that ends before its kill (the machine is less busy than in
    // the clean run) is run again into a new store, killed sooner.
    std::string db;
    auto kill_after = std::chrono::milliseconds(static_cast<long>(clean_ms.count() * at));
    int first = 0;
    for (int attempt = 0; attempt < 4; ++attempt, kill_after /= 2) {
      db = "killed-" + std::to_string(static_cast<int>(at * 100)) + "-" + std::to_string(attempt) + ".db";
      first = RunAndMaybeKill(dir.str(), "in.jsonl", db, kill_after);
      if (WIFSIGNALED(first)) break;
    }
    killed += WIFSIGNALED(first) && WTERMSIG(first) == SIGKILL;
    // A kill can land after the run recorded itself finished (while it
    // exits); what must hold is that a run killed before it was done says
    // so, and that no later run rewrites that.
    const int unfinished_after_kill = WIFSIGNALED(first) ? UnfinishedRuns(dir / db, kDocuments) : 0;
    RunAndMaybeKill(dir.str(), "in.jsonl", db, kill_after / 2);
    const int status = RunAndMaybeKill(dir.str(), "in.jsonl", db, std::chrono::hours(1));
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
    // The first line that differs, not the dumps: gtest's diff of two
    // dumps this long would take more memory than the machine has.
    const std::string dump = Dump(dir / db);
    const auto differ = std::mismatch(dump.begin(), dump.end(), clean.begin(), clean.end());
    const auto line_start = [](const std::string& s, std::size_t at) {
      const auto nl = at == 0 ? std::string::npos : s.rfind('\n', at - 1);
      return nl == std::string::npos ? 0 : nl + 1;
    };
    const std::size_t at = static_cast<std::size_t>(differ.first - dump.begin());
    EXPECT_TRUE(dump == clean) << "first difference: " << dump.substr(line_start(dump, at), 300)
                               << "\nclean run: " << clean.substr(line_start(clean, at), 300);
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open_v2((dir / db).c_str(), &handle, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(handle, "SELECT count(*), count(finished) FROM runs", -1, &stmt, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_GE(sqlite3_column_int(stmt, 0) - sqlite3_column_int(stmt, 1), unfinished_after_kill);
    EXPECT_GE(sqlite3_column_int(stmt, 1), 1);
    sqlite3_finalize(stmt);
    ASSERT_EQ(sqlite3_prepare_v2(handle, "SELECT clusters_current FROM store_status", -1, &stmt, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(stmt, 0), 1);
    sqlite3_finalize(stmt);
    sqlite3_close(handle);
  }
  // The kills are timed against a clean run, and tried sooner when they
  // come too late: most must land before the end.
  EXPECT_GE(killed, 4) << "clean run " << clean_ms.count() << " ms";
}

}  // namespace
}  // namespace claimex
