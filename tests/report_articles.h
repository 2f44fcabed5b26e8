// Articles the report tests build their store from: a fact five outlets
// report in four languages (one outlet's article carries a <script> in its
// text and its title, another is Arabic, another Chinese), a fact outlets
// disagree on, and an old fact for --since.
#ifndef CLAIMEX_TESTS_REPORT_ARTICLES_H_
#define CLAIMEX_TESTS_REPORT_ARTICLES_H_

#include <string>

#include <nlohmann/json.hpp>

namespace claimex::testing {

// What the injected script does if it ever runs: the page's title changes
// and an element with this id appears.
inline constexpr const char* kInjectedId = "injected-by-article";

inline std::string ReportArticles() {
  using nlohmann::json;
  const std::string script = std::string("<script>document.title='pwned';document.body.insertAdjacentHTML(") +
                             "'beforeend','<p id=\"" + kInjectedId + "\">ran</p>')</script>";
  const json docs[] = {
      {{"id", "en-1"}, {"source", "Tech Wire"}, {"lang", "en"}, {"published", "2025-03-01"},
       {"url", "https://techwire.example/anthropic"}, {"title", "Anthropic raises $40 million"},
       {"text", "Anthropic raised $40 million in a funding round, the company said."}},
      {{"id", "en-2"}, {"source", "Daily Ledger"}, {"lang", "en"}, {"published", "2025-03-02"},
       {"url", "https://ledger.example/anthropic"}, {"title", "Anthropic funding"},
       {"text", "Anthropic has raised $40 million from investors, according to a filing."}},
      {{"id", "ar-1"}, {"source", "Al Khabar"}, {"lang", "ar"}, {"published", "2025-03-03"},
       {"url", "https://alkhabar.example/a1"}, {"title", "تمويل جديد"},
       {"text", "قالت الشركة إن أنثروبيك جمعت 40 مليون دولار في جولة تمويل."}},
      {{"id", "ev-1"}, {"source", "Evil Post"}, {"lang", "en"}, {"published", "2025-03-04"},
       {"url", "javascript:alert(1)"}, {"title", "Anthropic </script>" + script},
       {"text", script + "\n\nAnthropic raised $40 million in its latest funding round, a spokesperson said."}},
      {{"id", "zh-1"}, {"source", "Keji Ribao"}, {"lang", "zh"}, {"published", "2025-03-05"},
       {"text", "Anthropic 融资 4000 万美元。"}},
      {{"id", "fr-a"}, {"source", "Les Echos"}, {"lang", "fr"}, {"published", "2025-02-01"},
       {"text", "Mistral AI a levé 2 milliards d'euros lors de sa dernière levée de fonds."}},
      {{"id", "fr-b"}, {"source", "Le Monde"}, {"lang", "fr"}, {"published", "2025-02-02"},
       {"text", "Mistral AI a levé 5 milliards d'euros lors de sa dernière levée de fonds."}},
      {{"id", "fr-c"}, {"source", "Le Figaro"}, {"lang", "fr"}, {"published", "2025-02-03"},
       {"text", "Selon la société, Mistral AI a levé 2 milliards d'euros."}},
      {{"id", "old-1"}, {"source", "Old News"}, {"lang", "en"}, {"published", "2019-05-01"},
       {"text", "Nvidia spent $9 billion on research in 2019, the company said."}},
  };
  std::string out;
  for (const json& d : docs) out += d.dump() + "\n";
  return out;
}

}  // namespace claimex::testing

#endif  // CLAIMEX_TESTS_REPORT_ARTICLES_H_
