// Claims per language, end to end through the default pipeline: for each
// supported language, that predicate, subject and qualifiers come from that
// language's data (data/lang/<code>/), with sentences written as that
// language's business news writes them.
#include <gtest/gtest.h>

#include "default_pipeline_fixture.h"
#include "records.h"

namespace claimex {
namespace {

using nlohmann::json;
using V = std::vector<std::string>;

class ClaimsLanguageTest : public testing::DefaultPipelineTest {
 protected:
  // "subject predicate value" per claim, plus " scope=", " period=", " per="
  // for each qualifier set.
  V Claims(const std::string& text, const std::string& lang) {
    const Document doc = Run(text, lang);
    const ProcessedDocument view(doc, run_, pipeline_->output_layers());
    const json record = json::parse(view.annotations_json());
    V out;
    for (const auto& c : record["claims"]) {
      const json& value = c["value"];
      char amount[32];
      std::snprintf(amount, sizeof amount, "%g", value.contains("amount") ? value["amount"].get<double>()
                                                                          : value["count"].get<double>());
      std::string line = (c["subject"].is_null() ? std::string("null") : c["subject"]["id"].get<std::string>()) +
                         " " + c["predicate"].get<std::string>() + " " + amount;
      for (const char* q : {"scope", "period", "per"}) {
        if (c["qualifiers"].contains(q) && !c["qualifiers"][q].is_null()) {
          line += std::string(" ") + q + "=" + c["qualifiers"][q].get<std::string>();
        }
      }
      out.push_back(line);
    }
    return out;
  }

  RunInfo run_{"test", "0000000000000000"};
};

TEST_F(ClaimsLanguageTest, Dutch) {
  EXPECT_EQ(Claims("De kwartaalomzet van TSMC steeg tot 33,1 miljard dollar.", "nl"),
            V{"tsmc revenue 3.31e+10"});
}

TEST_F(ClaimsLanguageTest, Polish) {
  EXPECT_EQ(Claims("Przychody Samsunga wyniosły 86 bln wonów w trzecim kwartale 2026 roku.", "pl"),
            V{"samsung revenue 8.6e+13 period=2026-Q3"});
}

}  // namespace
}  // namespace claimex
