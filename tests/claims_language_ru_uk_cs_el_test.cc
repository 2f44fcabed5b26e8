// Claims in Russian, Ukrainian, Czech and Greek, end to end through the
// default pipeline: predicate, subject and qualifiers come from
// data/lang/{ru,uk,cs,el}/, with sentences written as those languages'
// business news writes them (case forms, a genitive possessor after the noun,
// attributions, relative clauses that name someone else).
#include <gtest/gtest.h>

#include "default_pipeline_fixture.h"

namespace claimex {
namespace {

using V = std::vector<std::string>;

class ClaimsLanguageRuUkCsElTest : public testing::DefaultPipelineTest {
 protected:
  // "attribution hedge" of each claim, "null" for either when none.
  V Sources(const std::string& text, const std::string& lang) {
    const Document doc = Run(text, lang);
    const ProcessedDocument view(doc, run_, pipeline_->output_layers());
    const nlohmann::json record = nlohmann::json::parse(view.annotations_json());
    V out;
    for (const auto& c : record["claims"]) {
      out.push_back((c["attribution"].is_null() ? std::string("null") : c["attribution"]["id"].get<std::string>()) +
                    " " + (c["hedge"].is_null() ? std::string("null") : c["hedge"].get<std::string>()));
    }
    return out;
  }
};

TEST_F(ClaimsLanguageRuUkCsElTest, Russian) {
  // "выручка Nvidia": the possessor in the genitive after the noun; the
  // quarter in the prepositional case.
  EXPECT_EQ(Claims("Выручка Nvidia в третьем квартале 2026 года составила 57 млрд долларов.", "ru"),
            V{"nvidia revenue 5.7e+10 period=2026-Q3"});
  // An accusative form of the cue ("выручку"), and the speaker after the dash.
  EXPECT_EQ(Claims("Samsung Electronics получила операционную прибыль в размере 3,4 млрд долларов, сообщила компания.",
                   "ru"),
            V{"samsung operating_profit 3.4e+09"});
  // The relative clause names Microsoft, which is not the subject.
  EXPECT_EQ(Claims("OpenAI, которую поддерживает Microsoft, привлекла 40 млрд долларов в новом раунде.", "ru"),
            V{"openai funding 4e+10"});
  // "при оценке", the prepositional case; the agency after "как сообщает",
  // and the sources it cites hedge both figures.
  const std::string anthropic =
      "Как сообщает Bloomberg со ссылкой на источники, Anthropic привлекла 10 млрд долларов при оценке в 230 млрд "
      "долларов.";
  EXPECT_EQ(Claims(anthropic, "ru"), (V{"anthropic funding 1e+10", "anthropic valuation 2.3e+11"}));
  EXPECT_EQ(Sources(anthropic, "ru"), (V{"bloomberg reportedly", "bloomberg reportedly"}));
  // A speech verb before "что" has its speaker before it; the genitive
  // "выручка OpenAI" names whose revenue it is.
  const std::string openai = "Microsoft заявила, что выручка OpenAI составила 13 млрд долларов.";
  EXPECT_EQ(Claims(openai, "ru"), V{"openai revenue 1.3e+10"});
  EXPECT_EQ(Sources(openai, "ru"), V{"microsoft null"});
  // A buyer's cue with the seller after "у": the contract is the seller's.
  EXPECT_EQ(Claims("По данным Reuters, OpenAI купила у Oracle вычислительные мощности на 300 млрд долларов.", "ru"),
            V{"oracle order_value 3e+11"});
  EXPECT_EQ(Claims("Еврокомиссия оштрафовала Google на 2,95 млрд евро.", "ru"), V{"google fine 2.95e+09"});
}

TEST_F(ClaimsLanguageRuUkCsElTest, Ukrainian) {
  EXPECT_EQ(Claims("Виручка Nvidia у третьому кварталі 2026 року зросла до 57 млрд доларів.", "uk"),
            V{"nvidia revenue 5.7e+10 period=2026-Q3"});
  // The speech verb before the agency, after the figure.
  const std::string openai = "Microsoft заявила, що виручка OpenAI сягнула 13 млрд доларів.";
  EXPECT_EQ(Claims(openai, "uk"), V{"openai revenue 1.3e+10"});
  EXPECT_EQ(Sources(openai, "uk"), V{"microsoft null"});
  const std::string humain = "Humain купить 18 000 чипів Nvidia GB300, повідомило агентство Reuters.";
  EXPECT_EQ(Claims(humain, "uk"), V{"humain gpu_count 18000"});
  EXPECT_EQ(Sources(humain, "uk"), V{"reuters null"});
  EXPECT_EQ(Claims("OpenAI, яку підтримує Microsoft, залучила 40 млрд доларів у новому раунді фінансування.", "uk"),
            V{"openai funding 4e+10"});
  EXPECT_EQ(Claims("Чистий прибуток Samsung Electronics за третій квартал 2026 року склав 8,6 млрд доларів, повідомила компанія.",
                   "uk"),
            V{"samsung profit 8.6e+09 period=2026-Q3"});
}

TEST_F(ClaimsLanguageRuUkCsElTest, Czech) {
  // "tržby společnosti Nvidia": the possessor after the noun, behind the
  // genitive of "společnost".
  EXPECT_EQ(Claims("Tržby společnosti Nvidia ve třetím čtvrtletí 2026 dosáhly 57 miliard dolarů.", "cs"),
            V{"nvidia revenue 5.7e+10 period=2026-Q3"});
  EXPECT_EQ(Claims("Společnost OpenAI, kterou podporuje Microsoft, získala v novém kole financování 40 miliard dolarů.",
                   "cs"),
            V{"openai funding 4e+10"});
  const std::string openai = "Microsoft uvedl, že tržby společnosti OpenAI dosáhly 13 miliard dolarů.";
  EXPECT_EQ(Claims(openai, "cs"), V{"openai revenue 1.3e+10"});
  EXPECT_EQ(Sources(openai, "cs"), V{"microsoft null"});
  const std::string informatica = "Podle agentury Reuters Salesforce koupí firmu Informatica za 8 miliard dolarů, "
                                  "tedy 25 dolarů za akcii.";
  EXPECT_EQ(Claims(informatica, "cs"), (V{"salesforce deal_value 8e+09", "salesforce price_per_unit 25 per=share"}));
  EXPECT_EQ(Sources(informatica, "cs"), (V{"reuters null", "reuters null"}));
  EXPECT_EQ(Claims("Evropská komise schválila německou státní podporu ve výši 5 miliard eur pro ESMC.", "cs"),
            V{"esmc subsidy 5e+09"});
  EXPECT_EQ(Claims("Provozní zisk společnosti SK hynix ve třetím čtvrtletí 2026 činil 8 miliard dolarů, uvedla firma.", "cs"),
            V{"sk-hynix operating_profit 8e+09 period=2026-Q3"});
}

TEST_F(ClaimsLanguageRuUkCsElTest, Greek) {
  // "τα έσοδα της Nvidia": the genitive possessor with its article after the noun.
  EXPECT_EQ(Claims("Τα έσοδα της Nvidia στο τρίτο τρίμηνο του 2026 ανήλθαν σε 57 δισ. δολάρια.", "el"),
            V{"nvidia revenue 5.7e+10 period=2026-Q3"});
  EXPECT_EQ(Claims("Η OpenAI, την οποία στηρίζει η Microsoft, άντλησε 40 δισ. δολάρια σε νέο γύρο χρηματοδότησης.",
                   "el"),
            V{"openai funding 4e+10"});
  const std::string openai = "Η Microsoft δήλωσε ότι τα έσοδα της OpenAI έφτασαν τα 13 δισ. δολάρια.";
  EXPECT_EQ(Claims(openai, "el"), V{"openai revenue 1.3e+10"});
  EXPECT_EQ(Sources(openai, "el"), V{"microsoft null"});
  const std::string anthropic = "Η Anthropic άντλησε 10 δισ. δολάρια, με αποτίμηση 230 δισ. δολαρίων, σύμφωνα με πηγές.";
  EXPECT_EQ(Claims(anthropic, "el"), (V{"anthropic funding 1e+10", "anthropic valuation 2.3e+11"}));
  EXPECT_EQ(Sources(anthropic, "el"), (V{"null reportedly", "null reportedly"}));
  EXPECT_EQ(Claims("Η Κομισιόν ενέκρινε κρατική ενίσχυση 5 δισ. ευρώ για την ESMC στη Δρέσδη.", "el"),
            V{"esmc subsidy 5e+09"});
  EXPECT_EQ(Claims("Τα λειτουργικά κέρδη της Samsung ανήλθαν σε 3,4 δισ. δολάρια, ανακοίνωσε η εταιρεία.", "el"),
            V{"samsung operating_profit 3.4e+09"});
}

}  // namespace
}  // namespace claimex
