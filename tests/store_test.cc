// The claims store across runs, in SQLite and in PostgreSQL: incremental
// clustering equals `claimex merge` over everything, whatever the order and
// batches articles arrive in; versions; stable cluster keys; concurrent
// writers; and both sinks hold the same rows for the same input.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"
#ifdef CLAIMEX_HAVE_POSTGRESQL
#include "postgres_server.h"
#endif

namespace claimex {
namespace {

using nlohmann::json;
using testing::Lines;
using testing::ReadFile;
using testing::RunClaimex;
using testing::TempDir;
using testing::WriteFile;

std::string Doc(const std::string& id, const std::string& source, const std::string& text,
                const std::string& lang = "en") {
  return json{{"id", id},
              {"source", source},
              {"lang", lang},
              {"published", "2025-02-0" + std::to_string(id.size() % 9 + 1)},
              {"text", text}}
             .dump() +
         "\n";
}

// An article in which an outlet reports one funding figure of Microsoft's.
std::string Raised(const std::string& id, const std::string& outlet, const std::string& figure) {
  return Doc(id, outlet, "Microsoft raised " + figure + " in a funding round, the company said.");
}

// Articles with what the store must get right across runs: syndicated
// copies (one wire story in three outlets, each with its own footer, which
// recurs in an outlet's articles and so is boilerplate), facts several
// outlets agree on, a fact they disagree on, and claims only one makes.
std::vector<std::string> Articles() {
  std::vector<std::string> docs;
  std::ifstream seeds(std::string(CLAIMEX_SOURCE_DIR) + "/corpus/seeds.jsonl");
  for (std::string line; std::getline(seeds, line);) docs.push_back(line + "\n");
  const std::string wire =
      "Nvidia shares fell sharply on Monday as investors weighed the cost of training large models.\n\n"
      "The chipmaker lost $589 billion in market value, the largest one-day drop for any company, "
      "according to Bloomberg data.\n\n"
      "Analysts at Bernstein said the selloff was overdone and kept their rating on the stock.";
  const std::map<std::string, std::string> footers = {
      {"Daily Ledger", "Sign up for the Daily Ledger newsletter to get markets news every morning."},
      {"Tech Wire", "Tech Wire is supported by its readers. We may earn a commission when you buy."},
      {"Market Post", "Follow Market Post on social media for more stories like this one."}};
  int n = 0;
  for (const auto& [outlet, footer] : footers) {
    docs.push_back(Doc("wire-" + std::to_string(n), outlet, wire + "\n\n" + footer));
    docs.push_back(Doc("own-" + std::to_string(n), outlet,
                       "Acme Robotics raised $" + std::to_string(40 + 5 * n) +
                           " million in a funding round led by Sequoia, the startup said.\n\n" + footer));
    ++n;
  }
  docs.push_back(
      Doc("fr-a", "Les Echos", "Mistral AI a levé 2 milliards d'euros lors de sa dernière levée.", "fr"));
  docs.push_back(
      Doc("fr-b", "Le Monde", "Mistral AI a levé 5 milliards d'euros lors de sa dernière levée.", "fr"));
  docs.push_back(
      Doc("fr-c", "Le Figaro", "Selon l'entreprise, Mistral AI a levé 2 milliards d'euros.", "fr"));
  docs.push_back(Doc("chips", "Chip Times", "Microsoft spent about $80 billion on data centers this year."));
  docs.push_back(Doc("chips-2", "Server News", "Microsoft spent $80.2 billion on data centers this year."));
  return docs;
}

// Numbers as doubles: an annotations file says 1300000 where the store's
// annotation said 1300000.0, the same value.
json Numbers(json j) {
  if (j.is_number()) return j.get<double>();
  if (j.is_structured()) {
    for (auto& v : j) v = Numbers(v);
  }
  return j;
}

// Cluster and conflict records with every cluster key replaced by what
// identifies the cluster whatever its key: its members. Sorted.
std::vector<std::string> Canonical(const std::vector<json>& records) {
  std::map<std::string, std::string> name;
  for (const json& r : records) {
    if (r["schema"] != "claimex.cluster/1") continue;
    std::vector<std::string> members;
    for (const json& m : r["members"]) members.push_back(m["key"]);
    std::sort(members.begin(), members.end());
    std::string joined;
    for (const std::string& m : members) joined += m + ",";
    name[r["key"]] = "cluster(" + std::to_string(std::hash<std::string>()(joined)) + ")";
  }
  std::vector<std::string> out;
  for (const json& r : records) {
    if (r["schema"] != "claimex.cluster/1" && r["schema"] != "claimex.conflict/1") continue;
    std::string text = Numbers(r).dump();
    for (const auto& [key, canonical] : name) {
      for (std::size_t at = text.find(key); at != std::string::npos;
           at = text.find(key, at + canonical.size())) {
        text.replace(at, key.size(), canonical);
      }
    }
    out.push_back(text);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Records only one side has, shortened: what a failure needs to show.
std::string Difference(const std::vector<std::string>& got, const std::vector<std::string>& want) {
  std::vector<std::string> only_got, only_want;
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(only_got));
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(only_want));
  std::string out;
  for (const std::string& r : only_got) out += "\n  only in the store: " + r.substr(0, 1500);
  for (const std::string& r : only_want) out += "\n  only in merge:     " + r.substr(0, 1500);
  return out;
}

#define EXPECT_SAME_RECORDS(got, want)                     \
  do {                                                     \
    const auto got_ = (got);                               \
    const auto want_ = (want);                             \
    EXPECT_TRUE(got_ == want_) << Difference(got_, want_); \
  } while (0)

// Opened for writing, as the next run would: after a killed run only a
// connection that may write can recover its WAL (a read-only one finds the
// database locked).
std::vector<json> SqliteQuery(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK)
      << sql << ": " << sqlite3_errmsg(db);
  std::vector<json> rows;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    json row = json::array();
    for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
      switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_NULL:
          row.push_back(nullptr);
          break;
        case SQLITE_INTEGER:
          row.push_back(sqlite3_column_int64(stmt, i));
          break;
        case SQLITE_FLOAT:
          row.push_back(sqlite3_column_double(stmt, i));
          break;
        default:
          row.push_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)));
      }
    }
    rows.push_back(std::move(row));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

// What `claimex merge` makes of the annotations of `docs`.
std::vector<json> MergedRecords(const TempDir& dir, const std::vector<std::string>& docs) {
  std::string all;
  for (const std::string& d : docs) all += d;
  WriteFile(dir / "all.jsonl", all);
  auto r = RunClaimex("extract -o all.ann all.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunClaimex("merge all.ann", dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<json> records;
  for (const std::string& line : Lines(r.out)) records.push_back(json::parse(line));
  return records;
}

// Where a test's stores live: SQLite files in its folder, or databases of
// the binary's PostgreSQL server. A store is named as a file ("c.db").
class Backend {
 public:
  Backend(std::string kind, const TempDir& dir) : kind_(std::move(kind)), dir_(dir) {}

  bool postgresql() const { return kind_ == "postgresql"; }

  // The --sink value for store `name`.
  std::string Sink(const std::string& name) {
    if (!postgresql()) return "sqlite:" + name;
#ifdef CLAIMEX_HAVE_POSTGRESQL
    return Uri(name);
#else
    return "";
#endif
  }

  std::vector<json> Query(const std::string& name, const std::string& sql) {
    if (!postgresql()) return SqliteQuery(dir_ / name, sql);
#ifdef CLAIMEX_HAVE_POSTGRESQL
    std::string error;
    auto rows = testing::PostgresQuery(Uri(name), sql, &error);
    EXPECT_EQ(error, "");
    return rows;
#else
    return {};
#endif
  }

  bool HasTable(const std::string& name, const std::string& table) {
    if (!postgresql() && !std::filesystem::exists(dir_ / name)) return false;
    return Int(name, postgresql() ? "SELECT count(*) FROM pg_tables WHERE tablename = '" + table + "'"
                                  : "SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'") > 0;
  }

  std::int64_t Int(const std::string& name, const std::string& sql) {
    return Query(name, sql).at(0).at(0).get<std::int64_t>();
  }

  // A pair of the records and one of the rows that the other lacks.
  static std::string Sample(const std::set<std::pair<std::string, std::string>>& records,
                            const std::set<std::pair<std::string, std::string>>& rows) {
    std::string out;
    for (const auto& [only, other, what] : {std::tuple{&records, &rows, ": only in a record "},
                                            std::tuple{&rows, &records, ": only in a row "}}) {
      for (const auto& pair : *only) {
        if (other->count(pair)) continue;
        out += what + pair.first + " " + pair.second;
        break;
      }
    }
    return out;
  }

  // What the tables say that the records do not: cluster_members and
  // conflict_clusters rows against the cluster and conflict records,
  // claims.cluster_key against the cluster holding the claim's member, and
  // rows naming a row that is not there (references are not declared as
  // foreign keys, store_schema.h). Empty when the store is consistent.
  std::vector<std::string> Inconsistencies(const std::string& name) {
    std::vector<std::string> found;
    std::set<std::pair<std::string, std::string>> in_records, in_rows;
    std::map<std::string, std::string> cluster_of;  // member key -> cluster key
    for (const json& row : Query(name, "SELECT cluster_key, record FROM clusters")) {
      const json record = json::parse(row[1].get<std::string>());
      if (record["key"] != row[0]) found.push_back("cluster " + row[0].dump() + " holds the record of " + record["key"].dump());
      for (const json& m : record["members"]) {
        in_records.emplace(row[0], m["key"]);
        cluster_of[m["key"]] = row[0];
      }
    }
    for (const json& row : Query(name, "SELECT cluster_key, member_key FROM cluster_members")) in_rows.emplace(row[0], row[1]);
    if (in_records != in_rows) found.push_back("cluster_members are not the members of the cluster records" + Sample(in_records, in_rows));
    in_records.clear();
    in_rows.clear();
    for (const json& row : Query(name, "SELECT conflict_key, record FROM conflicts")) {
      const json record = json::parse(row[1].get<std::string>());
      for (const json& c : record["clusters"]) in_records.emplace(row[0], c["key"]);
    }
    for (const json& row : Query(name, "SELECT conflict_key, cluster_key FROM conflict_clusters")) in_rows.emplace(row[0], row[1]);
    if (in_records != in_rows) found.push_back("conflict_clusters are not the clusters of the conflict records" + Sample(in_records, in_rows));
    for (const json& row :
         Query(name, "SELECT c.claim_key, c.member_key, c.cluster_key, d.current FROM claims c JOIN documents d "
                     "ON d.doc_key = c.doc_key")) {
      const auto it = cluster_of.find(row[1]);
      const json want = row[3] == 1 && it != cluster_of.end() ? json(it->second) : json();
      if (row[2] != want) found.push_back("claim " + row[0].dump() + " names cluster " + row[2].dump() + ", not " + want.dump());
    }
    const std::int64_t dangling = Int(
        name,
        "SELECT (SELECT count(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_key = x.doc_key))"
        " + (SELECT count(*) FROM claims x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_key = x.doc_key))"
        " + (SELECT count(*) FROM fingerprints x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_key = x.doc_key))"
        " + (SELECT count(*) FROM store_paragraphs x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_key = x.doc_key))"
        " + (SELECT count(*) FROM store_bands x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_key = x.doc_key))"
        " + (SELECT count(*) FROM cluster_members x WHERE NOT EXISTS (SELECT 1 FROM clusters k WHERE k.cluster_key = x.cluster_key))"
        " + (SELECT count(*) FROM conflict_clusters x WHERE NOT EXISTS (SELECT 1 FROM conflicts f WHERE f.conflict_key = x.conflict_key))"
        " + (SELECT count(*) FROM clusters x WHERE x.conflict_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM conflicts f WHERE f.conflict_key = x.conflict_key))");
    if (dangling != 0) found.push_back(std::to_string(dangling) + " rows name a row that is not there");
    return found;
  }

  std::vector<json> StoredRecords(const std::string& name) {
    std::vector<json> records;
    for (const json& row : Query(name, "SELECT record FROM clusters UNION ALL SELECT record FROM conflicts")) {
      records.push_back(json::parse(row[0].get<std::string>()));
    }
    return records;
  }

 private:
#ifdef CLAIMEX_HAVE_POSTGRESQL
  // One database per store and test: the server outlives each test.
  std::string Uri(const std::string& name) {
    auto [it, inserted] = uris_.try_emplace(name);
    if (inserted) {
      static int created = 0;
      std::string database = "store_" + std::to_string(++created);
      std::string why;
      it->second = testing::PostgresServer::Get(&why)->CreateDatabase(database);
    }
    return it->second;
  }
  std::map<std::string, std::string> uris_;
#endif
  std::string kind_;
  const TempDir& dir_;
};

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
#ifdef CLAIMEX_HAVE_POSTGRESQL
    std::string why;
    if (store.postgresql() && testing::PostgresServer::Get(&why) == nullptr) GTEST_SKIP() << why;
#endif
  }
  // One run per batch of 1 to `most` of `docs`, shuffled, into `db`.
  void RunInRandomBatches(std::vector<std::string> docs, std::size_t most, std::mt19937& random,
                          const std::string& db) {
    std::shuffle(docs.begin(), docs.end(), random);
    for (std::size_t at = 0; at < docs.size();) {
      const std::size_t batch = std::uniform_int_distribution<std::size_t>(1, most)(random);
      std::string input;
      for (std::size_t i = at; i < std::min(at + batch, docs.size()); ++i) input += docs[i];
      at += batch;
      WriteFile(dir / "batch.jsonl", input);
      const auto r = RunClaimex("run --sink '" + store.Sink(db) + "' batch.jsonl", dir.str());
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }

  // Runs `docs` into `db` one per run, in order, and compares the store
  // with one merge of what it has seen after each.
  void RunOneAtATimeEqualsMerging(const std::vector<std::string>& docs, const std::string& db) {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      WriteFile(dir / "one.jsonl", docs[i]);
      const auto r = RunClaimex("run --sink '" + store.Sink(db) + "' one.jsonl", dir.str());
      ASSERT_EQ(r.exit_code, 0) << r.err;
      SCOPED_TRACE("after " + std::to_string(i + 1) + " articles");
      const std::vector<std::string> so_far(docs.begin(), docs.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      EXPECT_SAME_RECORDS(Canonical(store.StoredRecords(db)), Canonical(MergedRecords(dir, so_far)));
    }
    EXPECT_EQ(store.Inconsistencies(db), std::vector<std::string>{});
  }

  // `docs` run into `orders` stores, each in a random order of batches of
  // up to `most`, make the stores `reference` is.
  void ExpectRunsInRandomOrdersEqual(const std::vector<std::string>& docs, const std::vector<std::string>& reference,
                                     int orders, std::size_t most, unsigned seed, const std::string& name) {
    std::mt19937 random(seed);
    for (int order = 0; order < orders; ++order) {
      SCOPED_TRACE("order " + std::to_string(order));
      const std::string db = name + "-" + std::to_string(order) + ".db";
      ASSERT_NO_FATAL_FAILURE(RunInRandomBatches(docs, most, random, db));
      EXPECT_SAME_RECORDS(Canonical(store.StoredRecords(db)), reference);
      EXPECT_EQ(store.Inconsistencies(db), std::vector<std::string>{});
    }
  }

  TempDir dir;
  Backend store{GetParam(), dir};
};

TEST_P(StoreTest, IncrementalRunsInAnyOrderEqualOneMergeOfEverything) {
  const std::vector<std::string> docs = Articles();
  const std::vector<std::string> reference = Canonical(MergedRecords(dir, docs));
  ASSERT_GT(reference.size(), 10u);
  ASSERT_TRUE(std::any_of(reference.begin(), reference.end(), [](const std::string& r) {
    return r.find("claimex.conflict/1") != std::string::npos;
  }));
  ASSERT_TRUE(std::any_of(reference.begin(), reference.end(),
                          [](const std::string& r) { return r.find("copy_group") != std::string::npos; }));
  std::mt19937 random(17);
  for (int order = 0; order < 3; ++order) {
    SCOPED_TRACE("order " + std::to_string(order));
    const std::string db = "order-" + std::to_string(order) + ".db";
    ASSERT_NO_FATAL_FAILURE(RunInRandomBatches(docs, 6, random, db));
    EXPECT_SAME_RECORDS(Canonical(store.StoredRecords(db)), reference);
    EXPECT_EQ(store.Inconsistencies(db), std::vector<std::string>{});
    EXPECT_EQ(store.Int(db, "SELECT clusters_current FROM store_status"), 1);
    // Rebuilding finds the same and keeps every key.
    const auto keys = store.Query(db, "SELECT cluster_key FROM clusters ORDER BY 1");
    const auto r = RunClaimex("run --rebuild --sink '" + store.Sink(db) + "' batch.jsonl", dir.str());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_SAME_RECORDS(Canonical(store.StoredRecords(db)), reference);
    EXPECT_EQ(store.Query(db, "SELECT cluster_key FROM clusters ORDER BY 1"), keys);
    EXPECT_EQ(store.Inconsistencies(db), std::vector<std::string>{});
  }
}

// Many articles on one company, whose figures sit close together: the
// claims of one group, re-clustered a run of overlapping reaches at a time
// (MemberReach), with truncations, bounds, generic claims joining specific
// facts, counts with and without a model, and conflicts whose clusters
// arrive in different runs.
// `count` articles of three sentences picked from `sentences` and filled
// in by `fill`, each from an outlet picked from `outlets`.
std::vector<std::string> ThreeSentenceArticles(const std::string& prefix, int count,
                                               const std::vector<std::string>& outlets,
                                               const std::vector<std::string>& sentences, std::mt19937& random,
                                               const std::function<std::string(std::string)>& fill) {
  const auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  std::vector<std::string> docs;
  for (int i = 0; i < count; ++i) {
    std::string text;
    for (int s = 0; s < 3; ++s) text.append(s ? " " : "").append(fill(pick(sentences)));
    docs.push_back(Doc(prefix + std::to_string(i), pick(outlets), text));
  }
  return docs;
}

std::vector<std::string> CrowdedGroup() {
  const std::vector<std::string> outlets = {"Daily Ledger", "Tech Wire", "Market Post", "Chip Times", "Server News"};
  const std::vector<std::string> money = {"$1.2 billion",   "$1.23 billion",       "about $1.2 billion",
                                          "$1 billion",     "more than $1 billion", "up to $1.25 billion",
                                          "$1,230 million", "$2 billion",          "$2.5 billion",
                                          "about $5 billion", "$40 million",       "$45 million",
                                          "$60 million",    "over $40 million"};
  const std::vector<std::string> gpus = {"2,048", "2,000", "about 2,000", "10,000", "more than 10,000"};
  const std::vector<std::string> sentences = {
      "Microsoft raised {m} in a funding round, the company said.",
      "Microsoft's capital expenditure reached {m} last year.",
      "Microsoft spent {m} on data centers.",
      "Microsoft was valued at {m} in the deal.",
      "Microsoft bought {n} H100 GPUs.",
      "Microsoft bought {n} GPUs for its cluster."};
  std::mt19937 random(5);
  const auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  return ThreeSentenceArticles("crowd-", 40, outlets, sentences, random, [&](std::string sentence) {
    for (const auto& [hole, with] : {std::pair{"{m}", pick(money)}, std::pair{"{n}", pick(gpus)}}) {
      if (const auto at = sentence.find(hole); at != std::string::npos) sentence.replace(at, 3, with);
    }
    return sentence;
  });
}

TEST_P(StoreTest, RunsAddingToACrowdedGroupEqualOneMergeOfEverything) {
  const std::vector<std::string> docs = CrowdedGroup();
  const std::vector<json> merged = MergedRecords(dir, docs);
  std::size_t conflicts = 0, variants = 0, joined = 0;
  for (const json& r : merged) {
    if (r["schema"] == "claimex.conflict/1") ++conflicts;
    if (r["schema"] == "claimex.cluster/1") variants += r["variants"].get<std::size_t>(), joined += r["joined"].get<std::size_t>();
  }
  ASSERT_GE(conflicts, 2u);
  ASSERT_GT(variants, 0u);
  ASSERT_GT(joined, 0u);
  const std::vector<std::string> reference = Canonical(merged);
  ExpectRunsInRandomOrdersEqual(docs, reference, 2, 3, 23, "crowd");
}

// Articles whose figures crowd one range at every precision: "$1.4
// billion", "$1.43 billion", "about $1 billion", "more than $1.427
// billion" chain from one end to the other, so a run adding a few of them
// re-makes a window of the range (claim_store.cc ReclusterWindow), not all
// of it, and its ends meet figures it did not read.
std::vector<std::string> DenseGroup() {
  const std::vector<std::string> outlets = {"Daily Ledger", "Tech Wire", "Market Post", "Chip Times", "Server News",
                                            "Bay Journal"};
  const std::vector<std::string> limits = {"", "", "", "about ", "more than ", "up to ", "nearly ", "at least "};
  // Families, generic claims, counts naming a model and not, so that a
  // window of one claim's class (ReclusterWindow) meets claims of others.
  const std::vector<std::string> sentences = {"Microsoft raised {m} in a funding round, the company said.",
                                              "Microsoft spent {m} on data centers.",
                                              "Microsoft was valued at {m} in the deal.",
                                              "Microsoft bought {n} GPUs for its cluster.",
                                              "Microsoft bought {n} H100 GPUs.",
                                              "Microsoft bought {n} A100 chips."};
  std::mt19937 random(11);
  const auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  // A value in [1, 3) stated to 1 to 4 significant digits.
  const auto figure = [&] {
    const int digits = 1 + static_cast<int>(random() % 4);
    int scale = 1;
    for (int d = 1; d < digits; ++d) scale *= 10;
    const int value = scale + static_cast<int>(random() % (2 * scale));
    std::string text = std::to_string(value);
    if (digits > 1) text.insert(1, ".");
    return text;
  };
  return ThreeSentenceArticles("dense-", 36, outlets, sentences, random, [&](std::string sentence) {
    if (const auto at = sentence.find("{m}"); at != std::string::npos) {
      sentence.replace(at, 3, pick(limits) + "$" + figure() + " billion");
    }
    if (const auto at = sentence.find("{n}"); at != std::string::npos) {
      sentence.replace(at, 3, pick(limits) + figure() + " thousand");
    }
    return sentence;
  });
}

TEST_P(StoreTest, RunsAddingToADenseGroupEqualOneMergeOfEverything) {
  const std::vector<std::string> docs = DenseGroup();
  const std::vector<json> merged = MergedRecords(dir, docs);
  std::size_t clusters = 0, variants = 0;
  for (const json& r : merged) {
    if (r["schema"] == "claimex.cluster/1") ++clusters, variants += r["variants"].get<std::size_t>();
  }
  ASSERT_GT(clusters, 40u);
  ASSERT_GT(variants, 0u);
  const std::vector<std::string> reference = Canonical(merged);
  ExpectRunsInRandomOrdersEqual(docs, reference, 3, 2, 29, "dense");
}

// A claim that states less than a fact (no model, a generic predicate)
// stays alone until the fact arrives in a later run, and then joins it: the
// window the fact's claim re-makes reads the claims that may join it.
TEST_P(StoreTest, AClaimStatingLessJoinsAFactThatArrivesInALaterRun) {
  const std::vector<std::string> docs = {
      Doc("n", "Chip Times", "Microsoft bought 2,048 GPUs for its cluster."),
      Doc("g", "Server News", "Microsoft spent $45 million last quarter."),
      Doc("m", "Tech Wire", "Microsoft bought 2,048 H100 GPUs."),
      Doc("f", "Daily Ledger", "Microsoft raised $45 million in a funding round, the company said.")};
  const std::vector<json> merged = MergedRecords(dir, docs);
  std::size_t joined = 0;
  for (const json& r : merged) {
    if (r["schema"] == "claimex.cluster/1") joined += r["joined"].get<std::size_t>();
  }
  ASSERT_EQ(joined, 2u);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    WriteFile(dir / "one.jsonl", docs[i]);
    const auto r = RunClaimex("run --sink '" + store.Sink("c.db") + "' one.jsonl", dir.str());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  EXPECT_SAME_RECORDS(Canonical(store.StoredRecords("c.db")), Canonical(merged));
  EXPECT_EQ(store.Inconsistencies("c.db"), std::vector<std::string>{});
}

// A figure that two facts of another class may both stand for (a
// generic "$1.2 billion" between two funding rounds; 2,000 GPUs of no model
// between two A100 orders) stays apart, and stays apart when a fact of
// the window's own class that could take it arrives in a later run: the
// window of that fact's class does not read the others, so it must see
// from the stored clusters that they hold it too.
TEST_P(StoreTest, AFigureBetweenFactsOfAnotherClassStaysApartWhenAFactOfItsOwnArrives) {
  const std::vector<std::vector<std::string>> cases = {
      {Doc("a", "Daily Ledger", "Microsoft raised $1.23 billion in a funding round, the company said."),
       Doc("b", "Tech Wire", "Microsoft raised $1.21 billion in a funding round, the company said."),
       Doc("g", "Server News", "Microsoft spent $1.2 billion last quarter."),
       Doc("n", "Chip Times", "Microsoft's capital expenditure reached $1.22 billion.")},
      {Doc("a", "Daily Ledger", "Microsoft bought 2,048 A100 GPUs."),
       Doc("b", "Tech Wire", "Microsoft bought 2,010 A100 GPUs."),
       Doc("g", "Server News", "Microsoft bought 2,000 GPUs for its cluster."),
       Doc("n", "Chip Times", "Microsoft bought 2,030 H100 GPUs.")}};
  for (std::size_t c = 0; c < cases.size(); ++c) {
    const std::vector<std::string>& docs = cases[c];
    const std::vector<json> merged = MergedRecords(dir, docs);
    std::size_t clusters = 0, joined = 0;
    for (const json& r : merged) {
      if (r["schema"] == "claimex.cluster/1") ++clusters, joined += r["joined"].get<std::size_t>();
    }
    ASSERT_EQ(clusters, 4u) << "case " << c;
    ASSERT_EQ(joined, 0u) << "case " << c;
    const std::string db = "apart-" + std::to_string(c) + ".db";
    for (const std::string& doc : docs) {
      WriteFile(dir / "one.jsonl", doc);
      const auto r = RunClaimex("run --sink '" + store.Sink(db) + "' one.jsonl", dir.str());
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    EXPECT_SAME_RECORDS(Canonical(store.StoredRecords(db)), Canonical(merged));
    EXPECT_EQ(store.Inconsistencies(db), std::vector<std::string>{});
  }
}

// Several companies' figures of several families, generic ones and GPU
// counts naming a model or none, close enough that a figure of one class
// may stand for facts of others: runs of a few articles in any order make
// what one merge of everything makes, however a window of one claim's
// class meets the others.
std::vector<std::string> ManyClassesPerCompany() {
  const std::vector<std::string> outlets = {"Daily Ledger", "Tech Wire", "Market Post", "Chip Times", "Server News",
                                            "Bay Journal"};
  const std::vector<std::string> limits = {"", "", "", "about ", "more than ", "up to ", "nearly "};
  const std::vector<std::string> money = {"{c} raised {m} in a funding round, the company said.",
                                          "{c} spent {m} last quarter.",
                                          "{c}'s capital expenditure reached {m}.",
                                          "{c} was valued at {m} in the deal.",
                                          "{c} spent {m} on data centers."};
  const std::vector<std::string> gpus = {"{c} bought {n} GPUs for its cluster.", "{c} bought {n} H100 GPUs.",
                                         "{c} bought {n} A100 GPUs."};
  std::mt19937 random(3);
  const auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  // `digits` significant digits of a value in [lead, lead + span) times a
  // power of ten.
  const auto digits_of = [&](int lead, int span) {
    const int digits = 1 + static_cast<int>(random() % 4);
    int scale = 1;
    for (int d = 1; d < digits; ++d) scale *= 10;
    return std::pair{lead * scale + static_cast<int>(random() % (span * scale)), digits};
  };
  const auto fill = [](std::string sentence, const std::string& hole, const std::string& with) {
    if (const auto at = sentence.find(hole); at != std::string::npos) sentence.replace(at, hole.size(), with);
    return sentence;
  };
  std::vector<std::string> docs;
  for (const std::string company : {"Microsoft", "Google", "Huawei", "Mistral"}) {
    for (int i = 0; i < 12; ++i) {
      std::string text;
      const int sentences = 1 + static_cast<int>(random() % 3);
      for (int s = 0; s < sentences; ++s) {
        std::string sentence;
        if (random() % 5 < 3) {
          std::string value = std::to_string(digits_of(1, 2).first);
          if (value.size() > 1) value.insert(1, ".");
          sentence = fill(pick(money), "{m}", pick(limits) + "$" + value + " billion");
        } else {
          const auto [value, digits] = digits_of(2, 1);
          int count = value;
          for (int d = digits; d < 4; ++d) count *= 10;
          std::string number = std::to_string(count);
          number.insert(1, ",");
          sentence = fill(pick(gpus), "{n}", pick(limits) + number);
        }
        text.append(s ? " " : "").append(fill(sentence, "{c}", company));
      }
      docs.push_back(Doc("class-" + company + "-" + std::to_string(i), pick(outlets), text));
    }
  }
  return docs;
}

TEST_P(StoreTest, RunsOfFiguresOfManyClassesEqualOneMergeOfEverything) {
  const std::vector<std::string> docs = ManyClassesPerCompany();
  const std::vector<json> merged = MergedRecords(dir, docs);
  std::size_t joined = 0;
  std::set<std::string> families;
  for (const json& r : merged) {
    if (r["schema"] != "claimex.cluster/1") continue;
    joined += r["joined"].get<std::size_t>();
    families.insert(r["slot"]["predicate"].get<std::string>());
  }
  ASSERT_GT(joined, 0u);
  ASSERT_GE(families.size(), 5u);
  // (These articles and orders made a window of one class place a figure
  // that clusters of another class also stand for before its condition 3:
  // claim_store.cc HeldOutside.)
  ExpectRunsInRandomOrdersEqual(docs, Canonical(merged), 2, 3, 9, "classes");
}

// A store this schema version wrote before its marks named their claims:
// the column is added, and runs into it go on as into a new one.
// Outlets restating known figures, one article a run: a figure that
// joins its cluster in place (plain, approximate, generic and taken by the
// one fact that holds it), and the figures that must not be placed so: one
// nearer a cluster folded into another as its variants ("about $5.05
// billion" is nearer the $5 billion folded into $5.576 billion than the
// $5.53 billion it would otherwise join), one between two facts that both
// hold it, a new fact that takes a generic figure from another, a forecast
// of GPUs of a model beside the fact (whose clusters are made after the
// forecast's) and a forecast that states its year, two new figures meeting
// in one article. Each run makes what one merge of everything makes,
// conflicts and sources included.
TEST_P(StoreTest, AFigureJoiningItsClusterInPlaceMakesWhatOneMergeMakes) {
  const std::vector<std::string> docs = {
      Raised("fine", "Daily Ledger", "$5.576 billion"),
      Raised("coarse", "Tech Wire", "$5 billion"),
      Raised("low", "Market Post", "$2.3 billion"),
      Raised("high", "Chip Times", "$2.7 billion"),
      Raised("again", "Server News", "$5.576 billion"),
      Raised("near-folded", "Bay Journal", "about $5.1 billion"),
      Raised("apart", "Market Post", "$5.53 billion"),
      Raised("nearer-folded", "Chip Times", "about $5.05 billion"),
      Doc("generic", "Server News", "Microsoft spent $2.3 billion last quarter."),
      Raised("about", "Bay Journal", "about $2.3 billion"),
      Raised("between", "Tech Wire", "$2.5 billion"),
      Doc("capex", "Daily Ledger", "Microsoft's capital expenditure reached $2.31 billion."),
      Doc("gpus", "Chip Times", "Microsoft bought 2,048 H100 GPUs."),
      Doc("in-2026", "Tech Wire", "Microsoft will buy 2,048 H100 GPUs in 2026, analysts forecast."),
      Doc("forecast", "Server News", "Microsoft will buy 2,048 H100 GPUs, analysts forecast."),
      Doc("pair", "Market Post",
          "Microsoft raised $5.576 billion in a funding round. Microsoft was valued at $5.58 billion in the "
          "deal.")};
  const std::vector<json> merged = MergedRecords(dir, docs);
  std::size_t variants = 0, conflicts = 0;
  for (const json& r : merged) {
    if (r["schema"] == "claimex.cluster/1") variants += r["variants"].get<std::size_t>();
    if (r["schema"] == "claimex.conflict/1") ++conflicts;
  }
  ASSERT_GT(variants, 0u);
  ASSERT_GT(conflicts, 0u);
  ASSERT_NO_FATAL_FAILURE(RunOneAtATimeEqualsMerging(docs, "place.db"));
  ExpectRunsInRandomOrdersEqual(docs, Canonical(merged), 2, 2, 5, "place");
}

// A figure no stored cluster holds begins its own, and a bounded one joins
// its bound's, in place only when no claim near it would be clustered
// otherwise beside it. Each pair below is one the store must leave to a
// window: a coarser figure that began its own cluster would join the new
// one; the new figure would join a cluster folded into another as its
// variants; a cluster the new figure cuts to its last digit is folded into it;
// a generic figure, or another slot's bound, the new cluster may take; a
// point cluster a bound meets.
TEST_P(StoreTest, AFigureBeginningItsClusterInPlaceMakesWhatOneMergeMakes) {
  const std::vector<std::string> docs = {
      Raised("alone", "Daily Ledger", "$2.3 billion"),
      Raised("coarse-first", "Tech Wire", "about $3 billion"),
      Raised("drawn", "Market Post", "$3.12 billion"),
      Raised("fine", "Bay Journal", "$5.576 billion"),
      Raised("folded", "Daily Ledger", "$5.5 billion"),
      Raised("joins-folded", "Tech Wire", "about $5.05 billion"),
      Raised("cut", "Chip Times", "$7 billion"),
      Raised("cut-from", "Server News", "$7.6 billion"),
      Doc("generic", "Bay Journal", "Microsoft spent $9 billion last quarter."),
      Raised("takes-generic", "Daily Ledger", "$9.4 billion"),
      Raised("bound", "Tech Wire", "more than $12 billion"),
      Raised("same-bound", "Market Post", "more than $12 billion"),
      Raised("point", "Chip Times", "$15 billion"),
      Raised("meets-point", "Server News", "up to $15 billion"),
      Doc("generic-bound", "Bay Journal", "Microsoft spent more than $20 billion last quarter."),
      Raised("takes-bound", "Daily Ledger", "more than $20 billion"),
      Raised("apart", "Tech Wire", "$25.5 billion")};
  const std::vector<json> merged = MergedRecords(dir, docs);
  std::size_t variants = 0, joined = 0;
  for (const json& r : merged) {
    if (r["schema"] != "claimex.cluster/1") continue;
    variants += r["variants"].get<std::size_t>();
    joined += r["joined"].get<std::size_t>();
  }
  ASSERT_GT(variants, 0u);
  ASSERT_GE(joined, 2u);
  ASSERT_NO_FATAL_FAILURE(RunOneAtATimeEqualsMerging(docs, "begin.db"));
  ExpectRunsInRandomOrdersEqual(docs, Canonical(merged), 2, 2, 7, "begin");
}

// Articles on one company, each with one to three figures drawn at
// random: funding, spending, capital expenditure, valuations and market
// value in billions of dollars, GPU counts with and without a model, each
// exact, about, more than, up to or nearly, at one to four significant
// digits, so that the figures cut, round and bound one another the ways
// placing a new figure in place must judge.
std::vector<std::string> RandomFiguresOfOneCompany(unsigned seed, std::size_t articles) {
  static const char* const kOutlets[] = {"Daily Ledger", "Tech Wire",   "Market Post",
                                         "Chip Times",   "Server News", "Bay Journal"};
  static const char* const kLimits[] = {"", "", "", "about ", "more than ", "up to ", "nearly "};
  static const char* const kMoney[] = {"Microsoft raised {} in a funding round, the company said.",
                                       "Microsoft spent {} last quarter.",
                                       "Microsoft's capital expenditure reached {}.",
                                       "Microsoft was valued at {} in the deal.",
                                       "Microsoft spent {} on data centers.",
                                       "Microsoft's market value fell by {}."};
  static const char* const kGpus[] = {"Microsoft bought {} GPUs for its cluster.",
                                      "Microsoft bought {} H100 GPUs.", "Microsoft bought {} A100 GPUs.",
                                      "Microsoft bought {} A100 chips."};
  std::mt19937 random(seed);
  const auto pick = [&](const auto& options) {
    return options[std::uniform_int_distribution<std::size_t>(0, std::size(options) - 1)(random)];
  };
  const auto between = [&](int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random);
  };
  const auto filled = [](std::string sentence, const std::string& figure) {
    return sentence.replace(sentence.find("{}"), 2, figure);
  };
  std::vector<std::string> docs;
  for (std::size_t i = 0; i < articles; ++i) {
    std::string text;
    for (int sentence = between(1, 3); sentence > 0; --sentence) {
      const int digits = between(1, 4);
      int scale = 1;
      for (int d = 1; d < digits; ++d) scale *= 10;
      std::string figure = pick(kLimits);
      if (between(0, 9) < 6) {
        const std::string value = std::to_string(scale + between(0, 2 * scale - 1));
        figure += "$" + value.substr(0, 1) + (value.size() > 1 ? "." + value.substr(1) : "") + " billion";
        text += filled(pick(kMoney), figure);
      } else {
        std::string count = std::to_string((2 * scale + between(0, scale - 1)) * (10000 / scale));
        for (std::size_t at = count.size(); at > 3; at -= 3) count.insert(at - 3, ",");
        text += filled(pick(kGpus), figure + count);
      }
      text += " ";
    }
    docs.push_back(Doc("r" + std::to_string(i), pick(kOutlets), text));
  }
  return docs;
}

// Random figures arriving one article a run (RandomFiguresOfOneCompany)
// make what one merge of them all makes: a check on placing in place
// beyond the cases written out above.
TEST_P(StoreTest, RandomFiguresAddedOneAtATimeEqualOneMergeOfThemAll) {
  for (unsigned seed = 1; seed <= 8; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    const std::vector<std::string> docs = RandomFiguresOfOneCompany(seed, 12);
    const std::string db = "random-" + std::to_string(seed) + ".db";
    for (const std::string& doc : docs) {
      WriteFile(dir / "one.jsonl", doc);
      const auto r = RunClaimex("run --sink '" + store.Sink(db) + "' one.jsonl", dir.str());
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    EXPECT_SAME_RECORDS(Canonical(store.StoredRecords(db)), Canonical(MergedRecords(dir, docs)));
    EXPECT_EQ(store.Inconsistencies(db), std::vector<std::string>{});
  }
}

TEST_P(StoreTest, AStoreWrittenBeforeMarksNamedTheirClaimsTakesNewRuns) {
  const std::vector<std::string> docs = CrowdedGroup();
  std::string first, second;
  for (std::size_t i = 0; i < docs.size(); ++i) (i < docs.size() / 2 ? first : second) += docs[i];
  WriteFile(dir / "first.jsonl", first);
  WriteFile(dir / "second.jsonl", second);
  auto r = RunClaimex("run --sink '" + store.Sink("c.db") + "' first.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  store.Query("c.db", "DROP INDEX store_stale_groups_by_claim");
  store.Query("c.db", "ALTER TABLE store_stale_groups DROP COLUMN claim_key");
  ASSERT_EQ(store.Int("c.db", store.postgresql() ? "SELECT count(*) FROM information_schema.columns WHERE "
                                                   "table_name = 'store_stale_groups' AND column_name = 'claim_key'"
                                                 : "SELECT count(*) FROM pragma_table_info('store_stale_groups') "
                                                   "WHERE name = 'claim_key'"),
            0);
  r = RunClaimex("run --sink '" + store.Sink("c.db") + "' second.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_SAME_RECORDS(Canonical(store.StoredRecords("c.db")), Canonical(MergedRecords(dir, docs)));
  EXPECT_EQ(store.Inconsistencies("c.db"), std::vector<std::string>{});
}

TEST_P(StoreTest, ClaimsAreTypedRowsJoinedToTheirCluster) {
  WriteFile(dir / "in.jsonl",
            Doc("a", "Chip Times", "Microsoft spent about $80 billion on data centers this year.") +
                Doc("b", "Server News", "Microsoft spent $80.2 billion on data centers this year."));
  ASSERT_EQ(RunClaimex("run --sink '" + store.Sink("c.db") + "' in.jsonl", dir.str()).exit_code, 0);
  const auto rows = store.Query("c.db",
                          "SELECT c.subject, c.predicate, c.amount, c.unit, c.bound, k.amount, k.sources "
                          "FROM claims c JOIN clusters k USING (cluster_key) ORDER BY c.amount");
  EXPECT_EQ(rows, (std::vector<json>{{"microsoft", "spending", 80e9, "USD", "approx", 80.2e9, 2},
                                     {"microsoft", "spending", 80.2e9, "USD", "exact", 80.2e9, 2}}));
  EXPECT_EQ(store.Int("c.db", "SELECT count(DISTINCT cluster_key) FROM claims"), 1);
  EXPECT_EQ(store.Int("c.db", "SELECT count(*) FROM evidence WHERE outlet IN ('Chip Times', 'Server News')"),
            2);
}

TEST_P(StoreTest, ALaterTextForAnIdSupersedesTheOldAndKeepsItForAudit) {
  WriteFile(dir / "v1.jsonl",
            Doc("1", "Chip Times", "Globex spent $9 million on chips.") +
                Doc("2", "Server News", "Globex spent $9 million on chips, the company said."));
  WriteFile(dir / "v2.jsonl", Doc("1", "Chip Times", "Globex spent $7 million on chips (corrected)."));
  ASSERT_EQ(RunClaimex("run --sink '" + store.Sink("c.db") + "' v1.jsonl", dir.str()).exit_code, 0);
  const auto before = store.Query("c.db", "SELECT cluster_key, sources FROM clusters");
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0][1], 2);
  auto r = RunClaimex("run --sink '" + store.Sink("c.db") + "' v2.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(store.Query("c.db", "SELECT version, current FROM documents WHERE id = '1' ORDER BY version"),
            (std::vector<json>{{1, 0}, {2, 1}}));
  // The old claim stays, out of every cluster; the $9 million cluster keeps
  // its key with one source, the correction has a cluster of its own.
  EXPECT_EQ(store.Int("c.db",
                "SELECT count(*) FROM claims c JOIN documents d USING (doc_key) "
                "WHERE d.current = 0 AND c.cluster_key IS NULL"),
            1);
  EXPECT_EQ(store.Query("c.db", "SELECT amount, sources FROM clusters WHERE cluster_key = '" +
                                    before[0][0].get<std::string>() + "'"),
            (std::vector<json>{{9e6, 1}}));
  EXPECT_EQ(store.Int("c.db", "SELECT count(*) FROM clusters"), 2);
  // The old text again is the old version, not a third one.
  r = RunClaimex("run --sink '" + store.Sink("c.db") + "' v1.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(store.Int("c.db", "SELECT count(*) FROM documents WHERE id = '1'"), 2);
  EXPECT_EQ(store.Int("c.db",
                "SELECT c.amount FROM clusters c JOIN claims USING (cluster_key) "
                "JOIN documents d USING (doc_key) WHERE d.id = '1'"),
            7000000);
  EXPECT_EQ(store.Inconsistencies("c.db"), std::vector<std::string>{});
}

TEST_P(StoreTest, AClusterKeepsItsKeyAndARetiredKeyResolves) {
  WriteFile(dir / "a.jsonl",
            Doc("a", "Chip Times", "Microsoft spent about $80 billion on data centers this year."));
  WriteFile(dir / "b.jsonl",
            Doc("b", "Server News", "Microsoft spent $80.2 billion on data centers this year."));
  WriteFile(dir / "a2.jsonl", Doc("a", "Chip Times", "Microsoft opened a data center this year."));
  ASSERT_EQ(RunClaimex("run --sink '" + store.Sink("c.db") + "' a.jsonl", dir.str()).exit_code, 0);
  const std::string key = store.Query("c.db", "SELECT cluster_key FROM clusters").at(0).at(0);
  // A more precise figure joins: `merge` names the cluster anew, the store
  // keeps the key.
  ASSERT_EQ(RunClaimex("run --sink '" + store.Sink("c.db") + "' b.jsonl", dir.str()).exit_code, 0);
  EXPECT_EQ(store.Query("c.db", "SELECT cluster_key, amount, documents FROM clusters"),
            (std::vector<json>{{key, 80.2e9, 2}}));
  EXPECT_NE(store.Query("c.db", "SELECT merge_key FROM clusters").at(0).at(0), key);
  // Its first member's document corrected away: still the same cluster.
  ASSERT_EQ(RunClaimex("run --sink '" + store.Sink("c.db") + "' a2.jsonl", dir.str()).exit_code, 0);
  EXPECT_EQ(store.Query("c.db", "SELECT cluster_key, documents FROM clusters"),
            (std::vector<json>{{key, 1}}));
  EXPECT_EQ(store.Inconsistencies("c.db"), std::vector<std::string>{});
  // The last member gone too: the key retires with no successor.
  WriteFile(dir / "b2.jsonl", Doc("b", "Server News", "Microsoft opened another data center."));
  ASSERT_EQ(RunClaimex("run --sink '" + store.Sink("c.db") + "' b2.jsonl", dir.str()).exit_code, 0);
  EXPECT_EQ(store.Int("c.db", "SELECT count(*) FROM clusters"), 0);
  EXPECT_EQ(store.Query("c.db", "SELECT retired_key, successor_key FROM cluster_aliases"),
            (std::vector<json>{{key, nullptr}}));
}

TEST_P(StoreTest, ConcurrentWritersEqualOneRunOverTheUnion) {
  const std::vector<std::string> docs = Articles();
  constexpr int kWriters = 4;
  std::string parts[kWriters];
  for (std::size_t i = 0; i < docs.size(); ++i) parts[i % kWriters] += docs[i];
  std::string command = "cd '" + dir.str() + "' && (";
  for (int i = 0; i < kWriters; ++i) {
    WriteFile(dir / ("part" + std::to_string(i) + ".jsonl"), parts[i]);
    command += std::string("(") + CLAIMEX_BINARY + " run --sink '" + store.Sink("c.db") + "' part" + std::to_string(i) +
               ".jsonl >/dev/null 2>err" + std::to_string(i) + "; echo $? >rc" + std::to_string(i) + ") & ";
  }
  command += "wait)";
  ASSERT_EQ(std::system(command.c_str()), 0);
  for (int i = 0; i < kWriters; ++i) {
    EXPECT_EQ(ReadFile(dir / ("rc" + std::to_string(i))), "0\n")
        << ReadFile(dir / ("err" + std::to_string(i)));
  }
  EXPECT_SAME_RECORDS(Canonical(store.StoredRecords("c.db")), Canonical(MergedRecords(dir, docs)));
  EXPECT_EQ(store.Int("c.db", "SELECT count(*) FROM runs WHERE finished IS NOT NULL"), kWriters);
  EXPECT_EQ(store.Int("c.db", "SELECT clusters_current FROM store_status"), 1);
  EXPECT_EQ(store.Inconsistencies("c.db"), std::vector<std::string>{});
}

// A run that ends while another is still writing leaves the clustering to
// it: the store is not current until the other ends, which clusters what
// both wrote. (The other reads standard input from a FIFO the test keeps
// open, so it is still writing for as long as the test wants.)
TEST_P(StoreTest, ARunEndingBesideOneStillWritingLeavesItTheClustering) {
  const std::vector<std::string> docs = Articles();
  std::string early, late;
  for (std::size_t i = 0; i < docs.size(); ++i) (i % 2 ? late : early) += docs[i];
  WriteFile(dir / "early.jsonl", early);
  ASSERT_EQ(::mkfifo((dir / "late.fifo").c_str(), 0600), 0);
  ASSERT_EQ(std::system(("cd '" + dir.str() + "' && (" + CLAIMEX_BINARY + " run --sink '" + store.Sink("c.db") +
                         "' - <late.fifo >late.out 2>late.err; echo $? >late.rc) &")
                            .c_str()),
            0);
  std::ofstream fifo(dir / "late.fifo", std::ios::binary);
  fifo << docs[1] << std::flush;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while ((!store.HasTable("c.db", "store_loading") || store.Int("c.db", "SELECT count(*) FROM store_loading") == 0) &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(store.Int("c.db", "SELECT count(*) FROM store_loading"), 1) << "the late run never started writing";
  const auto r = RunClaimex("run --sink '" + store.Sink("c.db") + "' early.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(store.Int("c.db", "SELECT clusters_current FROM store_status"), 0);
  if (!store.postgresql()) {
    EXPECT_NE(r.out.find("clusters: not current yet"), std::string::npos) << r.out;
  }
  fifo << late.substr(docs[1].size());
  fifo.close();
  while (!std::filesystem::exists(dir / "late.rc") && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(ReadFile(dir / "late.rc"), "0\n") << ReadFile(dir / "late.err");
  EXPECT_EQ(store.Int("c.db", "SELECT clusters_current FROM store_status"), 1);
  EXPECT_EQ(store.Int("c.db", "SELECT count(*) FROM store_loading"), 0);
  EXPECT_SAME_RECORDS(Canonical(store.StoredRecords("c.db")), Canonical(MergedRecords(dir, docs)));
  EXPECT_EQ(store.Inconsistencies("c.db"), std::vector<std::string>{});
}

// Loaders of parts of one input side by side, each leaving the clustering
// to a later run, then one run with no input: the store one run over the
// whole input makes, to the cluster keys (a store keeps a key when its
// cluster grows, so clusters built up run by run would keep their first
// members' keys).
TEST_P(StoreTest, ParallelLoadersThatDeferClusteringThenOneRunEqualOneRunKeysIncluded) {
  std::string all;
  for (const std::string& d : Articles()) all += d;
  all += ReadFile(std::string(CLAIMEX_SOURCE_DIR) + "/corpus/news/documents.jsonl");
  const std::vector<std::string> lines = Lines(all);
  constexpr int kLoaders = 3;
  std::string parts[kLoaders];
  for (std::size_t i = 0; i < lines.size(); ++i) parts[i % kLoaders] += lines[i] + "\n";
  WriteFile(dir / "all.jsonl", all);
  ASSERT_EQ(RunClaimex("run --sink '" + store.Sink("one.db") + "' all.jsonl", dir.str()).exit_code, 0);
  std::string command = "cd '" + dir.str() + "' && (";
  for (int i = 0; i < kLoaders; ++i) {
    const std::string n = std::to_string(i);
    WriteFile(dir / ("part" + n + ".jsonl"), parts[i]);
    command += std::string("(") + CLAIMEX_BINARY + " run --defer-clustering --sink '" + store.Sink("parts.db") +
               "' part" + n + ".jsonl >out" + n + " 2>err" + n + "; echo $? >rc" + n + ") & ";
  }
  ASSERT_EQ(std::system((command + "wait)").c_str()), 0);
  for (int i = 0; i < kLoaders; ++i) {
    const std::string n = std::to_string(i);
    EXPECT_EQ(ReadFile(dir / ("rc" + n)), "0\n") << ReadFile(dir / ("err" + n));
    EXPECT_NE(ReadFile(dir / ("out" + n)).find("clusters: left to a later run"), std::string::npos);
  }
  EXPECT_EQ(store.Int("parts.db", "SELECT clusters_current FROM store_status"), 0);
  EXPECT_EQ(store.Int("parts.db", "SELECT count(*) FROM clusters"), 0);
  const auto r = RunClaimex("run --sink '" + store.Sink("parts.db") + "' /dev/null", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(store.Int("parts.db", "SELECT clusters_current FROM store_status"), 1);
  for (const char* sql : {"SELECT cluster_key, record FROM clusters ORDER BY 1",
                          "SELECT conflict_key, record FROM conflicts ORDER BY 1",
                          "SELECT claim_key, cluster_key FROM claims ORDER BY 1",
                          "SELECT doc_key, copy_group FROM documents ORDER BY 1",
                          "SELECT * FROM cluster_aliases ORDER BY 1"}) {
    EXPECT_EQ(store.Query("parts.db", sql), store.Query("one.db", sql)) << sql;
  }
  EXPECT_GT(store.Int("one.db", "SELECT count(*) FROM clusters"), 100);
  EXPECT_EQ(store.Inconsistencies("parts.db"), std::vector<std::string>{});
  // A flag that cannot mean anything here is refused before any work.
  EXPECT_EQ(RunClaimex("run --defer-clustering --rebuild --sink '" + store.Sink("parts.db") + "' /dev/null", dir.str())
                .exit_code,
            2);
}

// Killed (SIGKILL) at points spread over a run, then run again to the end:
// the store holds what a clean run writes, its runs table shows the killed
// run unfinished, and its clusters are current.
TEST_P(StoreTest, AKilledRunThenOneToTheEndEqualsACleanRun) {
  std::string input;
  for (const std::string& d : Articles()) input += d;
  input += ReadFile(std::string(CLAIMEX_SOURCE_DIR) + "/corpus/news/documents.jsonl");
  WriteFile(dir / "in.jsonl", input);
  const std::string run = std::string(CLAIMEX_BINARY) + " run --sink '";
  const auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(std::system(("cd '" + dir.str() + "' && " + run + store.Sink("clean.db") + "' in.jsonl >/dev/null").c_str()),
            0);
  const auto clean_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  const auto clean = Canonical(store.StoredRecords("clean.db"));
  int landed = 0;
  for (const double at : {0.2, 0.5, 0.8}) {
    SCOPED_TRACE("killed at " + std::to_string(at) + " of " + std::to_string(clean_ms) + " ms");
    const std::string db = "killed-" + std::to_string(static_cast<int>(at * 10)) + ".db";
    // `timeout -s KILL` is the kill: no handler runs, as in a crash.
    const std::string kill_after = std::to_string(clean_ms * at / 1000.0);
    const int killed = std::system(("cd '" + dir.str() + "' && timeout -s KILL " + kill_after + " " + run +
                                    store.Sink(db) + "' in.jsonl >/dev/null 2>&1")
                                       .c_str());
    // A kill can land after the run recorded its end, while it exits.
    const std::int64_t unfinished = WIFEXITED(killed) && WEXITSTATUS(killed) == 137 && store.HasTable(db, "runs")
                                        ? store.Int(db, "SELECT count(*) - count(finished) FROM runs")
                                        : 0;
    ASSERT_EQ(std::system(("cd '" + dir.str() + "' && " + run + store.Sink(db) + "' in.jsonl >/dev/null").c_str()), 0);
    EXPECT_SAME_RECORDS(Canonical(store.StoredRecords(db)), clean);
    EXPECT_EQ(store.Query(db, "SELECT doc_key, copy_group FROM documents ORDER BY doc_key"),
              store.Query("clean.db", "SELECT doc_key, copy_group FROM documents ORDER BY doc_key"));
    EXPECT_EQ(store.Int(db, "SELECT clusters_current FROM store_status"), 1);
    EXPECT_EQ(store.Inconsistencies(db), std::vector<std::string>{});
    // The killed run stays unfinished; the one after it finished.
    EXPECT_EQ(store.Int(db, "SELECT count(*) - count(finished) FROM runs"), unfinished);
    EXPECT_GE(store.Int(db, "SELECT count(finished) FROM runs"), 1);
    landed += unfinished == 1;
  }
  EXPECT_GE(landed, 1) << "no kill landed before a run's end: the test tested nothing";
}

#ifdef CLAIMEX_HAVE_POSTGRESQL
INSTANTIATE_TEST_SUITE_P(Sinks, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

// The same input, in two batches, into each sink: the same rows, table by
// table (every column but the REAL ones, whose text the engines spell
// differently; the records that hold those values are compared).
TEST(BothSinksTest, HoldTheSameRows) {
  std::string why;
  if (testing::PostgresServer::Get(&why) == nullptr) GTEST_SKIP() << why;
  TempDir dir;
  Backend sqlite("sqlite", dir), postgresql("postgresql", dir);
  const std::string corpus = std::string(CLAIMEX_SOURCE_DIR) + "/corpus/";
  std::string articles;
  for (const std::string& d : Articles()) articles += d;
  WriteFile(dir / "articles.jsonl", articles);
  for (Backend* store : {&sqlite, &postgresql}) {
    for (const std::string& input : {corpus + "news/documents.jsonl", dir / "articles.jsonl"}) {
      const auto r = RunClaimex("run --sink '" + store->Sink("s.db") + "' '" + input + "'", dir.str());
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  for (const char* sql :
       {"SELECT doc_key, id, version, current, superseded_by, source, url, published, lang, title, text, copy_group, "
        "pending FROM documents ORDER BY doc_key",
        "SELECT mention_key, doc_key, layer, start, \"end\", text, attrs FROM mentions ORDER BY mention_key",
        "SELECT claim_key, doc_key, member_key, group_key, subject, predicate, family, family_kind, unit, bound, "
        "model, scope, period, per, basis, attribution, hedge, start, \"end\", text, sentence, cluster_key, record, "
        "member FROM claims ORDER BY claim_key",
        "SELECT cluster_key, merge_key, group_key, subject, predicate, unit, bound, documents, sources, variants, "
        "joined, first_seen, last_seen, conflicts, conflict_key, record FROM clusters ORDER BY cluster_key",
        "SELECT * FROM cluster_members ORDER BY cluster_key, member_key",
        "SELECT * FROM cluster_aliases ORDER BY retired_key",
        "SELECT conflict_key, group_key, subject, predicate, clusters, reason, record FROM conflicts "
        "ORDER BY conflict_key",
        "SELECT * FROM conflict_clusters ORDER BY conflict_key, cluster_key",
        "SELECT band, band_hash, doc_key FROM store_bands ORDER BY band, band_hash, doc_key",
        "SELECT * FROM store_source_roots ORDER BY node",
        "SELECT * FROM sources ORDER BY outlet",
        "SELECT * FROM store_status"}) {
    SCOPED_TRACE(sql);
    const auto want = sqlite.Query("s.db", sql);
    const auto got = postgresql.Query("s.db", sql);
    EXPECT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
      if (got[i] != want[i]) {
        ADD_FAILURE() << "row " << i << "\n postgresql: " << got[i].dump().substr(0, 600)
                      << "\n sqlite:     " << want[i].dump().substr(0, 600);
        break;
      }
    }
  }
  EXPECT_GT(sqlite.Int("s.db", "SELECT count(*) FROM conflicts"), 0);

  // The report reads either engine with the same SQL: the same page, but
  // for the store's name in it.
  for (const std::string format : {"html", "jsonld"}) {
    SCOPED_TRACE(format);
    std::map<std::string, std::string> pages;
    for (Backend* store : {&sqlite, &postgresql}) {
      const auto r = RunClaimex(
          "report --format " + format + " --db '" + store->Sink("s.db") + "' -o '" + dir / "page" + "'", dir.str());
      ASSERT_EQ(r.exit_code, 0) << r.err;
      std::string page = ReadFile(dir / "page");
      std::string name = store->postgresql() ? store->Sink("s.db") : "s.db";
      for (const std::string& spelled : {name, std::regex_replace(name, std::regex("&"), "&amp;")}) {
        for (std::size_t at; (at = page.find(spelled)) != std::string::npos;) page.replace(at, spelled.size(), "STORE");
      }
      pages[store->Sink("s.db")] = page;
    }
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_GT(pages.begin()->second.size(), 10000u);
    EXPECT_TRUE(pages.begin()->second == pages.rbegin()->second) << "the two engines' reports differ";
  }
}
// Another client of the database deadlocks with a run: it holds a table the
// run's batch writes, then waits for the lock the run's transaction holds.
// PostgreSQL aborts the run's transaction (its deadlock check comes first:
// it waited first, with the shorter deadlock_timeout); the run writes its
// batch again once the client is gone, and ends with what an undisturbed
// run writes.
TEST(PostgresqlSinkTest, ARunDeadlockedByAnotherClientWritesItsBatchAgain) {
  std::string why;
  if (testing::PostgresServer::Get(&why) == nullptr) GTEST_SKIP() << why;
  TempDir dir;
  Backend store("postgresql", dir);
  const std::vector<std::string> docs = Articles();
  std::string rest;
  for (std::size_t i = 1; i < docs.size(); ++i) rest += docs[i];
  WriteFile(dir / "first.jsonl", docs[0]);
  WriteFile(dir / "rest.jsonl", rest);
  for (const char* db : {"clean.db", "c.db"}) {
    ASSERT_EQ(RunClaimex("run --sink '" + store.Sink(db) + "' first.jsonl", dir.str()).exit_code, 0);
  }
  ASSERT_EQ(RunClaimex("run --sink '" + store.Sink("clean.db") + "' rest.jsonl", dir.str()).exit_code, 0);

  PGconn* other = PQconnectdb(store.Sink("c.db").c_str());
  ASSERT_EQ(PQstatus(other), CONNECTION_OK) << PQerrorMessage(other);
  auto exec = [&](const std::string& sql) {
    PGresult* result = PQexec(other, sql.c_str());
    const ExecStatusType status = PQresultStatus(result);
    std::string out = status == PGRES_TUPLES_OK && PQntuples(result) > 0 ? PQgetvalue(result, 0, 0) : "";
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) out = std::string("error: ") + PQresultErrorMessage(result);
    PQclear(result);
    return out;
  };
  ASSERT_EQ(exec("ALTER DATABASE " + exec("SELECT current_database()") + " SET deadlock_timeout = '3s'"), "");
  ASSERT_EQ(exec("SET deadlock_timeout = '10min'"), "");
  ASSERT_EQ(exec("BEGIN"), "");
  ASSERT_EQ(exec("LOCK TABLE fingerprints IN SHARE MODE"), "");
  const std::string run = "cd '" + dir.str() + "' && (" + CLAIMEX_BINARY + " run --sink '" + store.Sink("c.db") +
                          "' rest.jsonl >/dev/null 2>err; echo $? >rc) &";
  ASSERT_EQ(std::system(run.c_str()), 0);
  // The run's batch waits for the table; then this client waits for the run.
  bool waiting = false;
  for (int i = 0; i < 3000 && !waiting; ++i) {
    waiting = exec("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'fingerprints'::regclass") != "0";
    if (!waiting) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_TRUE(waiting) << ReadFile(dir / "err");
  // A bigint advisory key is its high and low halves (classid, objid).
  EXPECT_EQ(exec("SELECT pg_advisory_xact_lock((classid::bigint << 32) | objid::bigint) FROM pg_locks "
                 "WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() "
                 "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
            "");
  // Granted while the run still waited for the table: the run's transaction
  // was aborted, the deadlock happened.
  ASSERT_EQ(exec("ROLLBACK"), "");
  PQfinish(other);
  for (int i = 0; i < 6000 && ReadFile(dir / "rc").empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(ReadFile(dir / "rc"), "0\n") << ReadFile(dir / "err");
  EXPECT_SAME_RECORDS(Canonical(store.StoredRecords("c.db")), Canonical(store.StoredRecords("clean.db")));
  EXPECT_EQ(store.Query("c.db", "SELECT count(*), count(cluster_key) FROM claims"),
            store.Query("clean.db", "SELECT count(*), count(cluster_key) FROM claims"));
  EXPECT_EQ(store.Int("c.db", "SELECT clusters_current FROM store_status"), 1);
}

// A server that is not there: the output error, saying where and why,
// and never the password.
TEST(PostgresqlSinkTest, AnUnreachableServerIsAnOutputErrorWithoutThePassword) {
  TempDir dir;
  const auto r = RunClaimex("run --summary s.json --sink 'postgresql://bob:secret@127.0.0.1:1/claims' " +
                                std::string(CLAIMEX_SOURCE_DIR) + "/corpus/seeds.jsonl",
                            dir.str());
  EXPECT_EQ(r.exit_code, 6) << r.err;
  EXPECT_NE(r.err.find("postgresql://bob:***@127.0.0.1:1/claims: cannot connect"), std::string::npos) << r.err;
  EXPECT_EQ((r.out + r.err + ReadFile(dir / "s.json")).find("secret"), std::string::npos);

  // The report of a store it cannot reach: an input error, no page.
  const auto report = RunClaimex("report --db 'postgresql://bob:secret@127.0.0.1:1/claims' -o page.html", dir.str());
  EXPECT_EQ(report.exit_code, 4) << report.err;
  EXPECT_NE(report.err.find("postgresql://bob:***@127.0.0.1:1/claims: cannot connect"), std::string::npos)
      << report.err;
  EXPECT_EQ((report.out + report.err).find("secret"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir / "page.html"));
}
#else
INSTANTIATE_TEST_SUITE_P(Sinks, StoreTest, ::testing::Values("sqlite"), [](const auto& info) { return info.param; });
#endif

}  // namespace
}  // namespace claimex
