// The report of the seeds (and of the report tests' articles: a
// disagreement, an article that carries a <script>) as a real browser shows
// it: headless Chromium's DOM after the page's own script ran, and a
// screenshot. Skipped only when there is no Chromium (CI installs it:
// scripts/install-deps.sh).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <string>

#include "report_articles.h"
#include "test_util.h"

namespace claimex {
namespace {

using testing::ReadFile;
using testing::RunClaimex;
using testing::TempDir;
using testing::WriteFile;

std::string Chromium() {
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    for (const char* dir : {"/usr/bin/", "/usr/local/bin/", "/snap/bin/"}) {
      const std::string path = std::string(dir) + name;
      if (::access(path.c_str(), X_OK) == 0) return path;
    }
  }
  return "";
}

// Runs the browser on `page` with `flags`; its standard output.
std::string Browse(const std::string& chromium, const std::string& flags, const std::string& page,
                   const TempDir& dir) {
  // A profile of its own, so that nothing of the user's is read or kept.
  const std::string command = "timeout 120 '" + chromium + "' --headless --no-sandbox --disable-gpu " +
                              "--user-data-dir='" + dir / "profile" + "' " + flags + " 'file://" + page + "' >'" +
                              dir / "browser.out" + "' 2>/dev/null";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
  return ReadFile(dir / "browser.out");
}

TEST(ReportBrowserTest, SeedsReportReadsInABrowser) {
  const std::string chromium = Chromium();
  if (chromium.empty()) GTEST_SKIP() << "no chromium binary (apt-get install chromium, see scripts/install-deps.sh)";
  TempDir dir;
  WriteFile(dir / "articles.jsonl", testing::ReportArticles());
  const std::string seeds = std::string(CLAIMEX_SOURCE_DIR) + "/corpus/seeds.jsonl";
  auto r = RunClaimex("run --sink sqlite:claims.db '" + seeds + "' articles.jsonl", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunClaimex("report --db claims.db -o report.html", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The facts the store ranks first, with their source counts.
  r = RunClaimex("report --db claims.db --top 3 --format jsonld -o -", dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json top = nlohmann::json::parse(r.out)["@graph"];
  ASSERT_EQ(top.size(), 3u);

  const std::string dom = Browse(chromium, "--dump-dom", dir / "report.html", dir);
  ASSERT_NE(dom.find("</html>"), std::string::npos) << dom.substr(0, 500);
  for (const auto& claim : top) {
    std::int64_t sources = 0;
    for (const auto& p : claim["additionalProperty"]) {
      if (p["propertyID"] == "sources") sources = p["value"];
    }
    const std::string row = "id=\"fact-" + claim["identifier"].get<std::string>() + "\"";
    const std::size_t at = dom.find(row);
    ASSERT_NE(at, std::string::npos) << row;
    const std::string rest = dom.substr(at, dom.find("</tbody>", at) - at);
    EXPECT_NE(rest.find("data-sources=\"" + std::to_string(sources) + "\""), std::string::npos) << rest.substr(0, 300);
    EXPECT_TRUE(std::regex_search(rest, std::regex("class=\"num sources\">" + std::to_string(sources) + " ")))
        << rest.substr(0, 600);
  }
  // The disagreement is drawn: a cluster band and each outlet's figure.
  EXPECT_NE(dom.find("<svg class=\"axis\""), std::string::npos);
  EXPECT_NE(dom.find("class=\"band c0\""), std::string::npos);
  EXPECT_NE(dom.find(">Le Monde</text>"), std::string::npos);
  // The article's script did not run: the title is the page's, no element
  // it would have added, and its text shows as text.
  EXPECT_NE(dom.find("<title>claimex report: claims.db</title>"), std::string::npos);
  EXPECT_EQ(dom.find(std::string("<p id=\"") + testing::kInjectedId + "\">"), std::string::npos);
  EXPECT_NE(dom.find("&lt;script&gt;document.title='pwned'"), std::string::npos);

  Browse(chromium, "--window-size=1280,2000 --screenshot='" + dir / "report.png" + "'", dir / "report.html", dir);
  std::error_code ec;
  EXPECT_GT(std::filesystem::file_size(dir / "report.png", ec), 10000u) << ec.message();
}

}  // namespace
}  // namespace claimex
