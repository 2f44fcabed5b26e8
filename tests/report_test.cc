// The report: the page model read from a store the default pipeline wrote,
// the HTML and JSON-LD written from it (escaping, right-to-left text,
// determinism), the filters, and the command line's error paths.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "page.h"
#include "report_articles.h"
#include "test_util.h"

namespace claimex::report {
namespace {

using nlohmann::json;
using testing::ReadFile;
using testing::RunClaimex;
using testing::TempDir;
using testing::WriteFile;

class ReportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    WriteFile(*dir_ / "articles.jsonl", testing::ReportArticles());
    const auto r = RunClaimex("run --sink sqlite:claims.db articles.jsonl", dir_->str());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete dir_; }

  static std::string Store() { return *dir_ / "claims.db"; }

  static Page Read(const ReportOptions& options = {}) {
    std::unique_ptr<StoreDb> db;
    Status s = OpenStoreDb("sqlite:" + Store(), /*read_only=*/true, &db);
    EXPECT_TRUE(s.ok()) << s.message();
    Page page;
    if (!db) return page;
    s = ReadPage(*db, options, &page);
    EXPECT_TRUE(s.ok()) << s.message();
    return page;
  }

  static std::string Html(const Page& page) {
    std::ostringstream out;
    WriteHtml(page, out);
    return out.str();
  }

  static const Fact* FactOf(const Page& page, const std::string& subject) {
    for (const Fact& f : page.facts) {
      if (f.subject == subject) return &f;
    }
    return nullptr;
  }

  static TempDir* dir_;
};

TempDir* ReportTest::dir_ = nullptr;

TEST_F(ReportTest, FactsComeByIndependentSourcesWithTheirMembers) {
  const Page page = Read();
  ASSERT_FALSE(page.facts.empty());
  EXPECT_EQ(page.facts_total, page.facts.size());
  for (std::size_t i = 1; i < page.facts.size(); ++i) EXPECT_GE(page.facts[i - 1].sources, page.facts[i].sources);
  const Fact& top = page.facts.front();
  EXPECT_EQ(top.subject, "anthropic");
  EXPECT_EQ(top.predicate, "funding");
  EXPECT_EQ(top.value.amount, 40e6);
  EXPECT_EQ(top.value.unit, "USD");
  EXPECT_EQ(top.sources, 5);
  EXPECT_EQ(top.outlets,
            (std::vector<std::string>{"Al Khabar", "Daily Ledger", "Evil Post", "Keji Ribao", "Tech Wire"}));
  EXPECT_EQ(top.languages, (std::vector<std::string>{"ar", "en", "zh"}));
  EXPECT_EQ(top.first_seen, "2025-03-01");
  EXPECT_EQ(top.last_seen, "2025-03-05");
  ASSERT_EQ(top.members.size(), 5u);
  EXPECT_EQ(top.members_total, 5u);
  // Earliest first, each with its article and the amount and subject found
  // in its sentence.
  const Member& first = top.members.front();
  EXPECT_EQ(first.doc, "en-1");
  EXPECT_EQ(first.outlet, "Tech Wire");
  EXPECT_EQ(first.url, "https://techwire.example/anthropic");
  EXPECT_EQ(first.lang, "en");
  EXPECT_EQ(first.sentence.substr(first.amount.begin, first.amount.end - first.amount.begin), "$40 million");
  EXPECT_EQ(first.sentence.substr(first.subject.begin, first.subject.end - first.subject.begin), "Anthropic");
  EXPECT_GT(top.value.precision, 0);
}

TEST_F(ReportTest, DisagreementsHoldEachClusterAndEachOutletsFigure) {
  const Page page = Read();
  ASSERT_EQ(page.disagreements.size(), 1u);
  const Disagreement& d = page.disagreements.front();
  EXPECT_EQ(d.subject, "mistral");
  EXPECT_FALSE(d.reason.empty());
  ASSERT_EQ(d.sides.size(), 2u);
  EXPECT_EQ(d.sides[0].value.amount, 2e9);
  EXPECT_EQ(d.sides[0].sources, 2);
  EXPECT_EQ(d.sides[1].value.amount, 5e9);
  ASSERT_EQ(d.sides[0].figures.size(), 2u);
  EXPECT_EQ(d.sides[0].figures[0].outlet, "Le Figaro");
  EXPECT_EQ(d.sides[0].figures[1].outlet, "Les Echos");
  const std::string html = Html(page);
  EXPECT_NE(html.find("<svg class=\"axis\""), std::string::npos);
  EXPECT_NE(html.find(">Le Monde</text>"), std::string::npos);
  const Fact* mistral = FactOf(page, "mistral");
  ASSERT_NE(mistral, nullptr);
  EXPECT_EQ(mistral->conflict_key, d.key);
}

TEST_F(ReportTest, DocumentsCarryTheirMentionsAsByteSpans) {
  const Page page = Read();
  const auto ar = std::find_if(page.documents.begin(), page.documents.end(),
                               [](const DocumentView& d) { return d.id == "ar-1"; });
  ASSERT_NE(ar, page.documents.end());
  std::vector<std::string> layers;
  for (const Mention& m : ar->mentions) {
    ASSERT_LE(m.span.end, ar->text.size());
    layers.push_back(m.layer);
    if (m.layer == "money") EXPECT_EQ(ar->text.substr(m.span.begin, m.span.end - m.span.begin), "40 مليون دولار");
  }
  for (const char* layer : {"money", "claims"}) {
    EXPECT_NE(std::find(layers.begin(), layers.end(), layer), layers.end()) << layer;
  }
  EXPECT_EQ(page.documents_referenced, page.documents.size());
}

TEST_F(ReportTest, ArticleTextIsEscapedEverywhere) {
  const std::string html = Html(Read());
  const std::string open = "<script type=\"application/ld+json\">";
  const std::size_t ld = html.find(open);
  ASSERT_NE(ld, std::string::npos);
  const std::size_t end = html.find("</script>", ld);
  ASSERT_NE(end, std::string::npos);
  const std::string jsonld = html.substr(ld + open.size(), end - ld - open.size());
  const std::string rest = html.substr(0, ld) + html.substr(end);
  // The injected script shows as text, in the members and in the document.
  EXPECT_EQ(rest.find("<script>document.title"), std::string::npos);
  EXPECT_NE(rest.find("&lt;script&gt;document.title"), std::string::npos);
  // A javascript: URL is never a link.
  EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos);
  // In the JSON-LD no "</" ends the script element early (a "<script>"
  // there is inert once no "<!--" precedes it).
  EXPECT_NE(jsonld.find("Anthropic <\\/script>"), std::string::npos);
  EXPECT_EQ(jsonld.find("</"), std::string::npos);
  EXPECT_EQ(jsonld.find("<!--"), std::string::npos);
  // Still JSON, and the title comes back as the article had it.
  const json parsed = json::parse(jsonld);
  bool found = false;
  for (const json& claim : parsed["@graph"]) {
    for (const json& work : claim["appearance"]) found |= work.value("headline", "").find("</script>") == 10;
  }
  EXPECT_TRUE(found);
}

TEST_F(ReportTest, RightToLeftAndCjkTextKeepTheirDirectionAndLanguage) {
  const std::string html = Html(Read());
  EXPECT_NE(html.find("<article class=\"doc\" id=\"doc-ar-1\" lang=\"ar\">"), std::string::npos);
  EXPECT_NE(html.find("<q dir=\"auto\" lang=\"ar\">"), std::string::npos);
  EXPECT_NE(html.find("<q dir=\"auto\" lang=\"zh\">"), std::string::npos);
  EXPECT_NE(html.find("融资"), std::string::npos);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
}

TEST_F(ReportTest, SinceAndSubjectNarrowThePage) {
  const Page all = Read();
  ASSERT_NE(FactOf(all, "nvidia"), nullptr);
  const Page recent = Read({.since = "2025-01-01"});
  EXPECT_EQ(FactOf(recent, "nvidia"), nullptr);
  EXPECT_NE(FactOf(recent, "anthropic"), nullptr);
  EXPECT_EQ(recent.facts_total, all.facts_total - 1);
  EXPECT_EQ(recent.disagreements.size(), 1u);
  EXPECT_TRUE(Read({.since = "2025-02-10"}).disagreements.empty());
  const Page mistral = Read({.subject = "mistral"});
  ASSERT_FALSE(mistral.facts.empty());
  for (const Fact& f : mistral.facts) EXPECT_EQ(f.subject, "mistral");
  EXPECT_EQ(mistral.disagreements.size(), 1u);
  EXPECT_TRUE(Read({.subject = "anthropic"}).disagreements.empty());
}

TEST_F(ReportTest, TopBoundsThePageAndSaysSo) {
  const Page page = Read({.top = 1});
  ASSERT_EQ(page.facts.size(), 1u);
  EXPECT_GT(page.facts_total, 1u);
  EXPECT_NE(Html(page).find("<code>--top 1</code>"), std::string::npos);
}

TEST_F(ReportTest, SameStoreSameBytes) {
  TempDir out;
  for (const char* name : {"a.html", "b.html"}) {
    const auto r = RunClaimex("report --db " + Store() + " -o " + out / name, out.str());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  EXPECT_EQ(ReadFile(out / "a.html"), ReadFile(out / "b.html"));
  EXPECT_FALSE(ReadFile(out / "a.html").empty());
}

TEST_F(ReportTest, JsonLdAloneIsOneClaimPerFact) {
  TempDir out;
  const auto r = RunClaimex("report --db sqlite:" + Store() + " --format jsonld -o -", out.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json doc = json::parse(r.out);
  EXPECT_EQ(doc["@context"], "https://schema.org");
  ASSERT_EQ(doc["@graph"].size(), Read().facts.size());
  const json& claim = doc["@graph"][0];
  EXPECT_EQ(claim["@type"], "Claim");
  EXPECT_EQ(claim["appearance"].size(), 5u);
  EXPECT_EQ(claim["firstAppearance"]["url"], "https://techwire.example/anthropic");
  EXPECT_EQ(claim["firstAppearance"]["publisher"]["name"], "Tech Wire");
  EXPECT_EQ(claim["author"][0]["name"], "anthropic");
  std::map<std::string, json> properties;
  for (const json& p : claim["additionalProperty"]) properties[p["propertyID"]] = p["value"];
  EXPECT_EQ(properties["value"], 40e6);
  EXPECT_EQ(properties["unit"], "USD");
  EXPECT_EQ(properties["bound"], "exact");
  EXPECT_GT(properties["precision"].get<double>(), 0);
}

TEST_F(ReportTest, RunWritesTheReportAtTheEnd) {
  TempDir dir;
  WriteFile(dir / "articles.jsonl", testing::ReportArticles());
  auto r = RunClaimex("run --sink sqlite:claims.db --report report.html articles.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(ReadFile(dir / "report.html").find("id=\"conflict-"), std::string::npos);
  r = RunClaimex("run --sink jsonl:out.jsonl --report report2.html articles.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--report"), std::string::npos) << r.err;
  r = RunClaimex("run --sink sqlite:claims.db --report articles.jsonl articles.jsonl", dir.str());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(ReadFile(dir / "articles.jsonl").find("Anthropic"), std::string::npos);
}

TEST_F(ReportTest, StoresThatCannotBeReadAreClearErrors) {
  TempDir dir;
  auto r = RunClaimex("report --db sqlite:missing.db -o out.html", dir.str());
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("missing.db: no such claims store"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "missing.db"));

  WriteFile(dir / "text.db", "not a database\n");
  r = RunClaimex("report --db text.db -o out.html", dir.str());
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("text.db: not a claims store"), std::string::npos) << r.err;

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir / "other.db").c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  r = RunClaimex("report --db other.db -o out.html", dir.str());
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("other.db: not a claims store (it has no meta table)"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out.html"));


  r = RunClaimex("report --db " + Store() + " -o " + Store(), dir.str());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("is the input"), std::string::npos) << r.err;

  r = RunClaimex("report --db " + Store() + " --since yesterday -o out.html", dir.str());
  EXPECT_EQ(r.exit_code, 2);
  r = RunClaimex("report --db " + Store() + " -o " + dir / "no/such/dir/out.html", dir.str());
  EXPECT_EQ(r.exit_code, 6);
}

}  // namespace
}  // namespace claimex::report
