// examples/rules: data-centre power found by rules, with no compiler, made
// claims by the claims stage's values option, clustered, in conflict, and
// stored. The database is read through its rows' text, not its column
// layout, which is not what this test is about.
#include <sqlite3.h>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace claimex::testing {
namespace {

using nlohmann::json;

const std::string kPipeline = std::string(CLAIMEX_SOURCE_DIR) + "/examples/rules/power.json";

std::string Docs() {
  return json{{"id", "wire"}, {"source", "Example Wire"},
              {"text", "Microsoft's new 150 MW campus in Wisconsin opens next year."}}.dump() +
         "\n" +
         json{{"id", "zeitung"}, {"source", "Beispiel Zeitung"}, {"lang", "de"},
              {"text", "Der neue Campus von Microsoft soll 150 Megawatt leisten."}}.dump() +
         "\n" +
         json{{"id", "journal"}, {"source", "Le Journal"}, {"lang", "fr"},
              {"text", "Le nouveau campus de Microsoft consommera 0,3 GW, soit 300 mégawatts."}}.dump() +
         "\n";
}

// Every row of `table`, its columns joined as text.
std::vector<std::string> Rows(const std::string& db_path, const std::string& table) {
  sqlite3* db = nullptr;
  std::vector<std::string> rows;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, ("SELECT * FROM " + table).c_str(), -1, &stmt, nullptr), SQLITE_OK);
  while (stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      const unsigned char* text = sqlite3_column_text(stmt, i);
      row += std::string(text ? reinterpret_cast<const char*>(text) : "") + "\x1f";
    }
    rows.push_back(row);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

bool AnyHas(const std::vector<std::string>& rows, std::initializer_list<const char*> words) {
  for (const auto& row : rows) {
    bool all = true;
    for (const char* w : words) all = all && row.find(w) != std::string::npos;
    if (all) return true;
  }
  return false;
}

TEST(PowerExample, AFigureInMegawattsBecomesAClaimAClusterAndAConflict) {
  TempDir dir;
  WriteFile(dir / "docs.jsonl", Docs());
  const CommandResult extract = RunClaimex("extract --pipeline " + kPipeline + " docs.jsonl", dir.str());
  ASSERT_EQ(extract.exit_code, 0) << extract.err;
  const auto lines = Lines(extract.out);
  ASSERT_EQ(lines.size(), 3u);
  const json wire = json::parse(lines[0]);
  ASSERT_EQ(wire["power"].size(), 1u);
  EXPECT_EQ(wire["power"][0]["text"], "150 MW");
  ASSERT_EQ(wire["claims"].size(), 1u);
  const json& claim = wire["claims"][0];
  EXPECT_EQ(claim["subject"]["id"], "microsoft");
  EXPECT_EQ(claim["predicate"], "power_capacity");
  EXPECT_EQ(claim["value"]["type"], "quantity");
  EXPECT_DOUBLE_EQ(claim["value"]["amount"].get<double>(), 1.5e8);
  EXPECT_EQ(claim["value"]["unit"], "W");
  EXPECT_EQ(claim["evidence"]["source"], "Example Wire");
  // The German figure agrees; the French one, twice the same, disagrees.
  const json zeitung = json::parse(lines[1]);
  ASSERT_EQ(zeitung["claims"].size(), 1u);
  EXPECT_DOUBLE_EQ(zeitung["claims"][0]["value"]["amount"].get<double>(), 1.5e8);
  const json journal = json::parse(lines[2]);
  ASSERT_EQ(journal["power"].size(), 2u);
  EXPECT_DOUBLE_EQ(journal["power"][0]["value"].get<double>(), 3e8);  // "0,3 GW"
  EXPECT_DOUBLE_EQ(journal["power"][1]["value"].get<double>(), 3e8);

  WriteFile(dir / "annotations.jsonl", extract.out);
  const CommandResult merged = RunClaimex("merge annotations.jsonl", dir.str());
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  int clusters = 0, conflicts = 0;
  for (const auto& line : Lines(merged.out)) {
    const json r = json::parse(line);
    const std::string schema = r.value("schema", "");
    if (schema.rfind("claimex.cluster", 0) == 0 && r["slot"]["predicate"] == "power_capacity") {
      ++clusters;
      EXPECT_EQ(r["slot"]["subject"], "microsoft");
      EXPECT_EQ(r["value"]["unit"], "W");
      const double amount = r["value"]["amount"].get<double>();
      EXPECT_TRUE(amount == 1.5e8 || amount == 3e8) << amount;
      EXPECT_EQ(r["members"].size(), 2u);
    }
    if (schema.rfind("claimex.conflict", 0) == 0) ++conflicts;
  }
  EXPECT_EQ(clusters, 2);
  EXPECT_EQ(conflicts, 1);

  const CommandResult run = RunClaimex("run --pipeline " + kPipeline + " --sink sqlite:power.db docs.jsonl", dir.str());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("microsoft power_capacity: 150 million W (2 sources) vs 300 million W (1 sources)"),
            std::string::npos)
      << run.out;
  const std::string db = dir / "power.db";
  EXPECT_TRUE(AnyHas(Rows(db, "mentions"), {"power", "150 MW"}));
  EXPECT_TRUE(AnyHas(Rows(db, "claims"), {"power_capacity", "quantity", "microsoft"}));
  EXPECT_TRUE(AnyHas(Rows(db, "clusters"), {"power_capacity", "microsoft"}));
  EXPECT_TRUE(AnyHas(Rows(db, "conflicts"), {"power_capacity", "microsoft"}));
}

TEST(PowerExample, ThePipelineResolvesItsRulesBesideIt) {
  TempDir dir;
  const CommandResult r = RunClaimex("check --json " + kPipeline, dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json p = json::parse(r.out);
  bool found = false;
  for (const auto& step : p["stages"]) {
    if (step["plugin"] == "rules") {
      found = true;
      EXPECT_EQ(step["options"]["files"][0], std::string(CLAIMEX_SOURCE_DIR) + "/examples/rules/power.jsonl");
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace claimex::testing
