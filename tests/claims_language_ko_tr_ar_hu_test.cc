// Claims in Korean, Turkish, Arabic and Hungarian, end to end through the
// default pipeline: predicate, subject and qualifiers come from
// data/lang/{ko,tr,ar,hu}/, with sentences written as those languages'
// business news writes them.
#include <gtest/gtest.h>

#include "default_pipeline_fixture.h"

namespace claimex {
namespace {

using nlohmann::json;
using V = std::vector<std::string>;

class ClaimsLanguageKoTrArHuTest : public testing::DefaultPipelineTest {
 protected:
  // The attribution of each claim, "null" when none.
  V Sources(const std::string& text, const std::string& lang) {
    const Document doc = Run(text, lang);
    const ProcessedDocument view(doc, run_, pipeline_->output_layers());
    const json record = json::parse(view.annotations_json());
    V out;
    for (const auto& c : record["claims"]) {
      out.push_back(c["attribution"].is_null() ? std::string("null")
                                               : c["attribution"]["id"].get<std::string>());
    }
    return out;
  }
};

TEST_F(ClaimsLanguageKoTrArHuTest, Korean) {
  // Particles glue to nouns ("영업이익이", "매출은"): cues match inside the
  // Hangul word; 은/는 marks the topic, the subject of the sentence.
  EXPECT_EQ(Claims("삼성전자는 2026년 3분기 영업이익이 4조7000억원으로 잠정 집계됐다고 8일 밝혔다.", "ko"),
            V{"samsung operating_profit 4.7e+12 period=2026-Q3"});
  // 의 is a possessive.
  EXPECT_EQ(Claims("SK하이닉스의 2026년 3분기 매출은 24조4000억원이었다.", "ko"),
            V{"sk-hynix revenue 2.44e+13 period=2026-Q3"});
  // A relative clause before its noun names a customer; the topic is the subject.
  EXPECT_EQ(
      Claims("엔비디아에 HBM을 공급하는 SK하이닉스는 2026년 3분기 영업이익 11조4000억원을 기록했다.", "ko"),
      V{"sk-hynix operating_profit 1.14e+13 period=2026-Q3"});
  // "에 따르면" names the source before it; "투자 유치" is funding, not investment.
  EXPECT_EQ(Claims("블룸버그에 따르면 앤트로픽은 100억 달러의 투자를 유치했다.", "ko"),
            V{"anthropic funding 1e+10"});
  EXPECT_EQ(Sources("블룸버그에 따르면 앤트로픽은 100억 달러의 투자를 유치했다.", "ko"), V{"bloomberg"});
  // The contract the topic won; the one who pays is named with 로부터.
  EXPECT_EQ(Claims("삼성전자는 테슬라로부터 165억 달러 규모의 반도체 공급 계약을 수주했다.", "ko"),
            V{"samsung order_value 1.65e+10"});
  // A headline with no particle on its subject: 와 (with) marks the partner.
  EXPECT_EQ(Claims("삼성전자, 테슬라와 22조8000억원 규모 반도체 위탁생산 계약", "ko"),
            V{"samsung order_value 2.28e+13"});
  // 을/를 marks the object: the buyer is the topic, not the nearest name.
  EXPECT_EQ(Claims("세일즈포스는 인포매티카를 약 80억 달러에 인수한다.", "ko"),
            V{"salesforce deal_value 8e+09"});
  EXPECT_EQ(Claims("인포매티카 주주는 주당 25달러를 현금으로 받는다.", "ko"),
            V{"informatica price_per_unit 25 per=share"});
  EXPECT_EQ(Claims("오라클은 오픈AI와 연간 600억 달러 규모의 클라우드 계약을 맺었다.", "ko"),
            V{"oracle order_value 6e+10 per=year"});
}

TEST_F(ClaimsLanguageKoTrArHuTest, Turkish) {
  // The genitive after an apostrophe is a possessive; the stemmer takes
  // "gelirleri" and "çeyreğinde" to their cues.
  EXPECT_EQ(Claims("SK Hynix'in 2026 yılı üçüncü çeyrek gelirleri 24,4 trilyon won oldu.", "tr"),
            V{"sk-hynix revenue 2.44e+13 period=2026-Q3"});
  // "Şirket" is the company named before; "kârı" is a form the stemmer keeps whole.
  EXPECT_EQ(
      Claims("Samsung, 2026'nın üçüncü çeyreğinde 86 trilyon won gelir elde etti. Şirket, aynı dönemde 4,7 "
             "trilyon won faaliyet kârı açıkladı.",
             "tr"),
      (V{"samsung revenue 8.6e+13 period=2026-Q3", "samsung operating_profit 4.7e+12"}));
  // "göre" names the source before it; "yatırım turu" is funding.
  EXPECT_EQ(Claims("Reuters'a göre Anthropic, yeni yatırım turunda 10 milyar dolar topladı.", "tr"),
            V{"anthropic funding 1e+10"});
  EXPECT_EQ(Sources("Reuters'a göre Anthropic, yeni yatırım turunda 10 milyar dolar topladı.", "tr"),
            V{"reuters"});
  // "beş yıllık" is a five-year contract, not a yearly amount.
  EXPECT_EQ(Claims("Oracle, beş yıllık 300 milyar dolarlık bulut sözleşmesini OpenAI ile imzaladı.", "tr"),
            V{"oracle order_value 3e+11"});
  // A fine is its recipient's.
  EXPECT_EQ(Claims("Avrupa Komisyonu, Microsoft'a 1,1 milyar avro para cezası verdi.", "tr"),
            V{"microsoft fine 1.1e+09"});
  EXPECT_EQ(Claims("Salesforce, Informatica'yı 8 milyar dolara satın alacak.", "tr"),
            V{"salesforce deal_value 8e+09"});
}

TEST_F(ClaimsLanguageKoTrArHuTest, Arabic) {
  // Idafa: the possessor follows its noun with no word between; the
  // article on "الربع الثالث" is part of the cue.
  EXPECT_EQ(Claims("بلغت إيرادات إنفيديا في الربع الثالث من عام 2026 نحو 57 مليار دولار.", "ar"),
            V{"nvidia revenue 5.7e+10 period=2026-Q3"});
  // "وفقا لـ" names the source after it.
  EXPECT_EQ(Claims("وفقا لوكالة رويترز، جمعت أنثروبيك 10 مليارات دولار.", "ar"),
            V{"anthropic funding 1e+10"});
  EXPECT_EQ(Sources("وفقا لوكالة رويترز، جمعت أنثروبيك 10 مليارات دولار.", "ar"), V{"reuters"});
  // The names of a relative clause opened by "التي" are not the subject.
  EXPECT_EQ(
      Claims("أعلنت هيوماين، التي يدعمها صندوق الاستثمارات العامة، عن شراكة بقيمة 10 مليارات دولار مع إيه إم "
             "دي.",
             "ar"),
      V{"humain investment 1e+10"});
  // A company speaking of its own figure ("أرباحها") is its subject and source.
  EXPECT_EQ(Claims("قالت سامسونج إن أرباحها التشغيلية في الربع الثالث من 2026 بلغت 3.3 مليار دولار.", "ar"),
            V{"samsung operating_profit 3.3e+09 period=2026-Q3"});
  EXPECT_EQ(Sources("قالت سامسونج إن أرباحها التشغيلية في الربع الثالث من 2026 بلغت 3.3 مليار دولار.", "ar"),
            V{"samsung"});
  // A fine is its recipient's, named after "على".
  EXPECT_EQ(Claims("فرضت المفوضية الأوروبية غرامة قدرها 1.1 مليار يورو على مايكروسوفت.", "ar"),
            V{"microsoft fine 1.1e+09"});
  // A buyer's cue with "من" before the seller: the contract the seller won.
  EXPECT_EQ(Claims("وافقت أوبن إيه آي على شراء قدرة حوسبة بقيمة 300 مليار دولار من أوراكل.", "ar"),
            V{"oracle order_value 3e+11"});
}

TEST_F(ClaimsLanguageKoTrArHuTest, Hungarian) {
  // The possessor before its noun with nothing between ("az Nvidia
  // bevétele"); "negyedévében" stems to the cue.
  EXPECT_EQ(Claims("Az Nvidia bevétele 2026 harmadik negyedévében 57 milliárd dollár volt.", "hu"),
            V{"nvidia revenue 5.7e+10 period=2026-Q3"});
  // "szerint" names the source before it.
  EXPECT_EQ(Claims("A Reuters szerint az Anthropic 10 milliárd dollárt gyűjtött.", "hu"),
            V{"anthropic funding 1e+10"});
  EXPECT_EQ(Sources("A Reuters szerint az Anthropic 10 milliárd dollárt gyűjtött.", "hu"), V{"reuters"});
  // The names of a relative clause are not the subject.
  EXPECT_EQ(
      Claims("A Microsoft, amely az OpenAI legnagyobb befektetője, 80 milliárd dollárt költ adatközpontokra.",
             "hu"),
      V{"microsoft spending 8e+10"});
  // A case ending on the currency word ("dollárért") and on the name ("Informaticát").
  EXPECT_EQ(Claims("A Salesforce 8 milliárd dollárért vásárolja meg az Informaticát.", "hu"),
            V{"salesforce deal_value 8e+09"});
  EXPECT_EQ(Claims("Az Európai Bizottság 1,1 milliárd eurós bírságot szabott ki a Microsoftra.", "hu"),
            V{"microsoft fine 1.1e+09"});
  EXPECT_EQ(Claims("A Samsung működési eredménye 2026 harmadik negyedévében 3,2 milliárd dollár volt.", "hu"),
            V{"samsung operating_profit 3.2e+09 period=2026-Q3"});
  // A figure before a noun is a count, not the year of the claim
  // ("2000 munkahely", data/lang/hu/years.tsv); "2027-ben" is one.
  EXPECT_EQ(Claims("Az ESMC 10 milliárd eurót fektet be, és 2000 munkahelyet teremt.", "hu"),
            V{"esmc investment 1e+10"});
  EXPECT_EQ(Claims("Az ESMC 2027-ben 10 milliárd eurót fektet be.", "hu"), V{"esmc investment 1e+10 period=2027"});
}

}  // namespace
}  // namespace claimex
