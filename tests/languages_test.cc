// Money and GPU counts in Russian, Ukrainian, Korean, Turkish, Arabic,
// Hungarian, Greek and Czech through the default pipeline: each language's
// scale words and abbreviations, currency words with their inflections and
// glued case endings, bound cues, decimal conventions and GPU nouns, and
// what must stay out. Then the mechanisms they needed: Arabic digits and
// separators, right-to-left marks, Hangul word starts, look-alike letters
// in model names, and endings.tsv errors.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "default_pipeline_fixture.h"
#include "numeral_parser.h"

namespace claimex {
namespace {

class LanguagesTest : public testing::DefaultPipelineTest {
 protected:
  std::vector<std::string> Money(const std::string& text, const std::string& lang) {
    return MoneyStrings(Run(text, lang));
  }
  std::vector<std::string> Gpus(const std::string& text, const std::string& lang) {
    return GpuStrings(Run(text, lang), true);
  }
};

using V = std::vector<std::string>;

TEST_F(LanguagesTest, Russian) {
  EXPECT_EQ(Money("Microsoft потратит около 80 млрд долларов на ЦОД.", "ru"), V{"80 млрд долларов=8e+10 USD approx"});
  EXPECT_EQ(Money("Сделка оценивается в 1,5 трлн рублей.", "ru"), V{"1,5 трлн рублей=1.5e+12 RUB exact"});
  EXPECT_EQ(Money("Чип стоит 3,5 млн руб.", "ru"), V{"3,5 млн руб.=3.5e+06 RUB exact"});
  EXPECT_EQ(Money("Контракт на 1 млрд 200 млн рублей.", "ru"), V{"1 млрд 200 млн рублей=1.2e+09 RUB exact"});
  EXPECT_EQ(Money("Инвестиции составят не менее 2,5 миллиарда долларов.", "ru"),
            V{"2,5 миллиарда долларов=2.5e+09 USD at_least"});
  EXPECT_EQ(Money("Бюджет — до 500 млн долларов США.", "ru"), V{"500 млн долларов США=5e+08 USD at_most"});
  EXPECT_EQ(Money("Потратила свыше 1 млрд евро.", "ru"), V{"1 млрд евро=1e+09 EUR over"});
  // A rise "до" a figure says where it went, not how far it may go.
  EXPECT_EQ(Money("Затраты выросли до 12 млрд долларов.", "ru"), V{"12 млрд долларов=1.2e+10 USD exact"});
  EXPECT_EQ(Money("Планирует потратить от 300 до 500 млрд долларов.", "ru"),
            (V{"300=3e+11 USD exact", "500 млрд долларов=5e+11 USD exact"}));
  EXPECT_EQ(Gpus("Закупил более 10 тыс. графических процессоров Nvidia.", "ru"),
            V{"10 тыс. графических процессоров=10000 - over"});
  EXPECT_EQ(Gpus("В кластере 20 000 ускорителей H100.", "ru"), V{"20 000 ускорителей H100=20000 H100 exact"});
  EXPECT_EQ(Gpus("Мощность — 150 МВт, в нём 50 тыс. серверов и 5000 сотрудников.", "ru"), V{});
  EXPECT_EQ(Money("В 2024 году выручка выросла на 15%.", "ru"), V{});
}

TEST_F(LanguagesTest, Ukrainian) {
  EXPECT_EQ(Money("Інвестує близько 2 млрд доларів.", "uk"), V{"2 млрд доларів=2e+09 USD approx"});
  EXPECT_EQ(Money("Виділив 1,2 млрд гривень.", "uk"), V{"1,2 млрд гривень=1.2e+09 UAH exact"});
  EXPECT_EQ(Money("Вартість — 450 млн грн.", "uk"), V{"450 млн грн=4.5e+08 UAH exact"});
  EXPECT_EQ(Money("Бюджет становить понад 100 млн євро.", "uk"), V{"100 млн євро=1e+08 EUR over"});
  EXPECT_EQ(Money("Вклала щонайменше 1 млрд доларів.", "uk"), V{"1 млрд доларів=1e+09 USD at_least"});
  EXPECT_EQ(Money("Витрати зросли до 3,4 млрд доларів.", "uk"), V{"3,4 млрд доларів=3.4e+09 USD exact"});
  EXPECT_EQ(Money("Ціна — приблизно 30 тис. доларів.", "uk"), V{"30 тис. доларів=30000 USD approx"});
  EXPECT_EQ(Gpus("Придбала 5 тис. відеокарт Nvidia.", "uk"), V{"5 тис. відеокарт=5000 - exact"});
  EXPECT_EQ(Gpus("Мала 3000 працівників і 200 серверів.", "uk"), V{});
}

TEST_F(LanguagesTest, Korean) {
  EXPECT_EQ(Money("데이터센터에 800억 달러를 투자한다.", "ko"), V{"800억 달러=8e+10 USD exact"});
  // A figure in parts, each with its own scale word.
  EXPECT_EQ(Money("영업이익은 7조3000억원을 기록했다.", "ko"), V{"7조3000억원=7.3e+12 KRW exact"});
  EXPECT_EQ(Money("최대 5천억 원을 지원한다.", "ko"), V{"5천억 원=5e+11 KRW at_most"});
  // Bounds after the amount, glued particles and all.
  EXPECT_EQ(Money("GPU 구매에 50억 달러 이상을 썼다.", "ko"), V{"50억 달러=5e+09 USD over"});
  EXPECT_EQ(Money("3천억 원가량을 쓸 예정이다.", "ko"), V{"3천억 원=3e+11 KRW approx"});
  EXPECT_EQ(Money("유치액은 1000억 원 미만이었다.", "ko"), V{"1000억 원=1e+11 KRW under"});
  EXPECT_EQ(Money("약 10조 원을 투자한다.", "ko"), V{"10조 원=1e+13 KRW approx"});
  // The 약 that ends 계약 (contract) is no "about".
  EXPECT_EQ(Money("이번 계약 10억 달러 규모다.", "ko"), V{"10억 달러=1e+09 USD exact"});
  EXPECT_EQ(Gpus("1만 개의 GPU를 확보했다.", "ko"), V{"1만 개의 GPU=10000 - exact"});
  EXPECT_EQ(Gpus("10만 개 이상의 GPU를 보유하고 있다.", "ko"), V{"10만 개 이상의 GPU=100000 - over"});
  EXPECT_EQ(Gpus("60만 대의 H100을 확보할 계획이다.", "ko"), V{"60만 대의 H100=600000 H100 exact"});
  EXPECT_EQ(Gpus("5천 대의 서버와 직원 5천 명이 있다.", "ko"), V{});
  // The noun or model before the figure, a spaced counter after it.
  EXPECT_EQ(Gpus("엔비디아 GPU 1만 개를 구매했다.", "ko"), V{"GPU 1만 개=10000 - exact"});
  EXPECT_EQ(Gpus("B200 GPU 10만 장을 확보했다.", "ko"), V{"B200 GPU 10만 장=100000 B200 exact"});
  EXPECT_EQ(Gpus("엔비디아 H100 1만6000개를 확보했다.", "ko"), V{"H100 1만6000개=16000 H100 exact"});
  EXPECT_EQ(Gpus("엔비디아 GPU 26만 개 이상을 공급한다.", "ko"), V{"GPU 26만 개=260000 - over"});
  EXPECT_EQ(Gpus("자동차 5만 대와 서버 1만 대를 팔았다.", "ko"), V{});
  // 엔 alone is left out: it begins 엔비디아 (Nvidia).
  EXPECT_EQ(Money("1만 엔비디아 칩", "ko"), V{});
}

TEST_F(LanguagesTest, Turkish) {
  EXPECT_EQ(Money("Microsoft 80 milyar dolar yatıracak.", "tr"), V{"80 milyar dolar=8e+10 USD exact"});
  // Case endings glued to the currency and the scale word.
  EXPECT_EQ(Money("Şirket 6,6 milyar dolarlık yatırım aldı.", "tr"), V{"6,6 milyar dolarlık=6.6e+09 USD exact"});
  EXPECT_EQ(Money("Gelir 35,1 milyar dolara ulaştı.", "tr"), V{"35,1 milyar dolara=3.51e+10 USD exact"});
  EXPECT_EQ(Money("2 milyar liralık bütçe ayırdı.", "tr"), V{"2 milyar liralık=2e+09 TRY exact"});
  EXPECT_EQ(Money("10 milyar TL'lik fon kurdu.", "tr"), V{"10 milyar TL=1e+10 TRY exact"});
  EXPECT_EQ(Money("Değeri 157 milyar doları aştı.", "tr"), V{"157 milyar doları=1.57e+11 USD over"});
  EXPECT_EQ(Money("En az 500 milyon dolar gerekiyor.", "tr"), V{"500 milyon dolar=5e+08 USD at_least"});
  EXPECT_EQ(Money("Yaklaşık 1,5 milyar avro harcadı.", "tr"), V{"1,5 milyar avro=1.5e+09 EUR approx"});
  // A figure in parts: "2 bin 500" is 2,500; not a count of countries after it, nor a year.
  EXPECT_EQ(Money("Kartın fiyatı 30 bin 500 dolar.", "tr"), V{"30 bin 500 dolar=30500 USD exact"});
  EXPECT_EQ(Money("1 milyar 200 milyon dolarlık anlaşma", "tr"), V{"1 milyar 200 milyon dolarlık=1.2e+09 USD exact"});
  EXPECT_EQ(Money("Şirket 5 milyon 20 ülkede satış yaptı, 10 milyar 2025 yılında harcandı.", "tr"), V{});
  EXPECT_EQ(Gpus("100 binden fazla GPU kullanıyor.", "tr"), V{"100 binden fazla GPU=100000 - over"});
  EXPECT_EQ(Gpus("10 bin adet Nvidia H100 bulunuyor.", "tr"), V{"10 bin adet Nvidia H100=10000 H100 exact"});
  // "yeni" (new) is no yen with an ending, "binde" (per mille) no thousand.
  EXPECT_EQ(Money("Şirket 5 yeni çip ve binde 3 pay aldı.", "tr"), V{});
  EXPECT_EQ(Gpus("2024 yılında 3.000 çalışana ulaştı ve %15 büyüdü.", "tr"), V{});
}

TEST_F(LanguagesTest, Arabic) {
  EXPECT_EQ(Money("تعتزم استثمار 80 مليار دولار.", "ar"), V{"80 مليار دولار=8e+10 USD exact"});
  // Arabic-Indic digits, the Arabic decimal and thousands separators.
  EXPECT_EQ(Money("جمعت ٦٫٦ مليار دولار.", "ar"), V{"٦٫٦ مليار دولار=6.6e+09 USD exact"});
  EXPECT_EQ(Money("بلغت ١٢٬٥٠٠ دولار.", "ar"), V{"١٢٬٥٠٠ دولار=12500 USD exact"});
  // A preposition glued to the cue, or to the figure.
  EXPECT_EQ(Money("استثمرت بنحو 40 مليار دولار.", "ar"), V{"40 مليار دولار=4e+10 USD approx"});
  EXPECT_EQ(Money("صفقة بـ10 مليارات دولار.", "ar"), V{"10 مليارات دولار=1e+10 USD exact"});
  EXPECT_EQ(Money("تتراوح بين 5 و10 مليارات دولار.", "ar"),
            (V{"5=5e+09 USD exact", "10 مليارات دولار=1e+10 USD exact"}));
  EXPECT_EQ(Money("خصصت أكثر من 100 مليار درهم إماراتي.", "ar"), V{"100 مليار درهم إماراتي=1e+11 AED over"});
  EXPECT_EQ(Money("ضخت ما لا يقل عن 1 مليار ريال سعودي.", "ar"), V{"1 مليار ريال سعودي=1e+09 SAR at_least"});
  // A riyal without its country could be Saudi, Qatari or Omani.
  EXPECT_EQ(Money("ضخت 1 مليار ريال.", "ar"), V{});
  // A right-to-left mark between the figure and its scale word.
  EXPECT_EQ(Money("أنفقت 20\u200f مليار دولار.", "ar"), V{"20\u200f مليار دولار=2e+10 USD exact"});
  EXPECT_EQ(Gpus("يضم أكثر من ١٠٠ ألف وحدة معالجة رسومات.", "ar"),
            V{"١٠٠ ألف وحدة معالجة رسومات=100000 - over"});
  EXPECT_EQ(Gpus("تمتلك 200 ألف وحدة معالجة رسومية على الأقل.", "ar"),
            V{"200 ألف وحدة معالجة رسومية=200000 - at_least"});
  // The Arabic percent sign; staff and servers are no GPUs.
  EXPECT_EQ(Money("ارتفع السهم ٣٪ و12٪.", "ar"), V{});
  EXPECT_EQ(Gpus("لديها 5000 موظف و300 خادم.", "ar"), V{});
}

TEST_F(LanguagesTest, Hungarian) {
  EXPECT_EQ(Money("80 milliárd dollárt költ.", "hu"), V{"80 milliárd dollárt=8e+10 USD exact"});
  EXPECT_EQ(Money("6,6 milliárd dollárnyi tőkét vont be.", "hu"), V{"6,6 milliárd dollárnyi=6.6e+09 USD exact"});
  EXPECT_EQ(Money("10 milliárd forintot szán rá.", "hu"), V{"10 milliárd forintot=1e+10 HUF exact"});
  EXPECT_EQ(Money("több mint 500 millió eurót kap.", "hu"), V{"500 millió eurót=5e+08 EUR over"});
  EXPECT_EQ(Money("mintegy 2 milliárd dollárral növelte.", "hu"), V{"2 milliárd dollárral=2e+09 USD approx"});
  EXPECT_EQ(Money("legfeljebb 5 milliárd forintnyi támogatás", "hu"),
            V{"5 milliárd forintnyi=5e+09 HUF at_most"});
  // Hungarian's long scale: a billió is 10^12.
  EXPECT_EQ(Money("értéke 1,2 billió forint.", "hu"), V{"1,2 billió forint=1.2e+12 HUF exact"});
  EXPECT_EQ(Money("10 milliárd dollárt meghaladó érték", "hu"), V{"10 milliárd dollárt=1e+10 USD over"});
  EXPECT_EQ(Money("300 millió dollár feletti összeg", "hu"), V{"300 millió dollár=3e+08 USD over"});
  EXPECT_EQ(Money("500 Ft-ot fizetett.", "hu"), V{"500 Ft=500 HUF exact"});
  EXPECT_EQ(Gpus("több mint 100 ezer GPU-t használ.", "hu"), V{"100 ezer GPU=100000 - over"});
  EXPECT_EQ(Gpus("5 ezer darab H100 gyorsítót vásárolt.", "hu"), V{"5 ezer darab H100 gyorsítót=5000 H100 exact"});
  EXPECT_EQ(Money("2024-ben 3000 alkalmazottat foglalkoztatott, 15%-os növekedéssel.", "hu"), V{});
}

TEST_F(LanguagesTest, Greek) {
  EXPECT_EQ(Money("θα επενδύσει 80 δισ. δολάρια", "el"), V{"80 δισ. δολάρια=8e+10 USD exact"});
  EXPECT_EQ(Money("επένδυση ύψους 200 εκατ. ευρώ", "el"), V{"200 εκατ. ευρώ=2e+08 EUR exact"});
  EXPECT_EQ(Money("συμβόλαιο αξίας 1,2 δισ. δολαρίων", "el"), V{"1,2 δισ. δολαρίων=1.2e+09 USD exact"});
  EXPECT_EQ(Money("δαπάνησε περίπου 500 εκατομμύρια δολάρια", "el"),
            V{"500 εκατομμύρια δολάρια=5e+08 USD approx"});
  EXPECT_EQ(Money("ξεπέρασε τα 300 δισεκατομμύρια δολάρια", "el"),
            V{"300 δισεκατομμύρια δολάρια=3e+11 USD over"});
  EXPECT_EQ(Money("φτάνει έως 40.000 δολάρια", "el"), V{"40.000 δολάρια=40000 USD at_most"});
  EXPECT_EQ(Money("κοστίζει από 2 έως 3 δισ. ευρώ", "el"), (V{"2=2e+09 EUR exact", "3 δισ. ευρώ=3e+09 EUR exact"}));
  // Model names typed on a Greek keyboard: Β (Beta), Η (Eta).
  EXPECT_EQ(Gpus("θα αγοράσει τουλάχιστον 50.000 Β200", "el"), V{"50.000 Β200=50000 B200 at_least"});
  EXPECT_EQ(Gpus("θα αγοράσει 350.000 Η100 της Nvidia", "el"), V{"350.000 Η100=350000 H100 exact"});
  EXPECT_EQ(Gpus("πάνω από 100.000 GPU", "el"), V{"100.000 GPU=100000 - over"});
  // The digits of "Β200" are a name, never an amount or a count.
  EXPECT_EQ(Money("Το Β200 κοστίζει 40.000 δολάρια", "el"), V{"40.000 δολάρια=40000 USD exact"});
  EXPECT_EQ(Gpus("Το 2024 είχε 2.500 εργαζόμενους και 400 διακομιστές.", "el"), V{});
}

TEST_F(LanguagesTest, Czech) {
  EXPECT_EQ(Money("investuje 80 miliard dolarů", "cs"), V{"80 miliard dolarů=8e+10 USD exact"});
  EXPECT_EQ(Money("vyčlení 1,5 mld. Kč", "cs"), V{"1,5 mld. Kč=1.5e+09 CZK exact"});
  EXPECT_EQ(Money("bude stát přes 500 mil. korun", "cs"), V{"500 mil. korun=5e+08 CZK over"});
  EXPECT_EQ(Money("utratila zhruba 2 miliardy eur", "cs"), V{"2 miliardy eur=2e+09 EUR approx"});
  EXPECT_EQ(Money("dosáhne až 3 mld. eur", "cs"), V{"3 mld. eur=3e+09 EUR at_most"});
  // A rise "až na" a price says where it went.
  EXPECT_EQ(Money("Akcie vzrostly až na 150 dolarů.", "cs"), V{"150 dolarů=150 USD exact"});
  EXPECT_EQ(Money("získal nejméně 100 milionů dolarů", "cs"), V{"100 milionů dolarů=1e+08 USD at_least"});
  EXPECT_EQ(Money("Rozpočet je od 2 do 3 miliard korun.", "cs"),
            (V{"2=2e+09 CZK exact", "3 miliard korun=3e+09 CZK exact"}));
  EXPECT_EQ(Gpus("provozuje více než 100 tisíc GPU", "cs"), V{"100 tisíc GPU=100000 - over"});
  EXPECT_EQ(Gpus("nakoupila 20 tis. akcelerátorů AMD MI300X", "cs"),
            V{"20 tis. akcelerátorů AMD MI300X=20000 MI300X exact"});
  EXPECT_EQ(Gpus("s výkonem 100 MW bude mít 50 tisíc serverů a 1 200 zaměstnanců", "cs"), V{});
}

// Currency words of the newer languages beyond their own currency: the won
// in Cyrillic, Arabic, Greek and Czech, pounds, francs, rupees, roubles.
TEST_F(LanguagesTest, OtherCurrenciesInTheNewerLanguages) {
  EXPECT_EQ(Money("Samsung потратит 5 трлн вон.", "ru"), V{"5 трлн вон=5e+12 KRW exact"});
  EXPECT_EQ(Money("прибыль 2 млн фунтов", "ru"), V{"2 млн фунтов=2e+06 GBP exact"});
  EXPECT_EQ(Money("Samsung витратить 5 трлн вон.", "uk"), V{"5 трлн вон=5e+12 KRW exact"});
  EXPECT_EQ(Money("2 млн фунтів стерлінгів", "uk"), V{"2 млн фунтів стерлінгів=2e+06 GBP exact"});
  EXPECT_EQ(Money("5조 루피", "ko"), V{"5조 루피=5e+12 INR exact"});
  EXPECT_EQ(Money("5 milyar sterlin", "tr"), V{"5 milyar sterlin=5e+09 GBP exact"});
  EXPECT_EQ(Money("5 مليارات وون", "ar"), V{"5 مليارات وون=5e+09 KRW exact"});
  EXPECT_EQ(Money("2 milliárd rubel", "hu"), V{"2 milliárd rubel=2e+09 RUB exact"});
  EXPECT_EQ(Money("5 δισ. γουόν", "el"), V{"5 δισ. γουόν=5e+09 KRW exact"});
  EXPECT_EQ(Money("5 bilionů wonů", "cs"), V{"5 bilionů wonů=5e+12 KRW exact"});
  // "вон" (over there) without a figure, "fontos" (important) after one.
  EXPECT_EQ(Money("Вон там стоят 5 серверов.", "ru"), V{});
  EXPECT_EQ(Money("5 millió fontos ügyfél", "hu"), V{});
}

// Number words (data/numbers/<lang>.tsv): a figure, a half or one and a
// half before a scale word, a scale word alone, a vague order of magnitude.
TEST_F(LanguagesTest, NumberWords) {
  EXPECT_EQ(Money("потратит полтора миллиарда долларов", "ru"), V{"полтора миллиарда долларов=1.5e+09 USD exact"});
  EXPECT_EQ(Money("оценена в полмиллиарда долларов", "ru"), V{"полмиллиарда долларов=5e+08 USD exact"});
  EXPECT_EQ(Money("составят десятки миллиардов долларов", "ru"), V{"десятки миллиардов долларов=1e+10 USD at_least"});
  EXPECT_EQ(Gpus("купила два миллиона GPU", "ru"), V{"два миллиона GPU=2000000 - exact"});
  EXPECT_EQ(Money("залучив мільярд доларів", "uk"), V{"мільярд доларів=1e+09 USD exact"});
  EXPECT_EQ(Money("bir milyar dolar yatıracak", "tr"), V{"bir milyar dolar=1e+09 USD exact"});
  EXPECT_EQ(Money("yarım milyar dolarlık proje", "tr"), V{"yarım milyar dolarlık=5e+08 USD exact"});
  EXPECT_EQ(Money("egymilliárd dollárt költ", "hu"), V{"egymilliárd dollárt=1e+09 USD exact"});
  EXPECT_EQ(Money("fél milliárd eurót ad", "hu"), V{"fél milliárd eurót=5e+08 EUR exact"});
  EXPECT_EQ(Gpus("Tízezer GPU-t vett.", "hu"), V{"Tízezer GPU=10000 - exact"});
  EXPECT_EQ(Money("θα επενδύσει μισό δισ. ευρώ", "el"), V{"μισό δισ. ευρώ=5e+08 EUR exact"});
  EXPECT_EQ(Money("investuje miliardu korun", "cs"), V{"miliardu korun=1e+09 CZK exact"});
  EXPECT_EQ(Money("dá půl miliardy korun", "cs"), V{"půl miliardy korun=5e+08 CZK exact"});
  EXPECT_EQ(Money("استثمرت الشركة مليار دولار", "ar"), V{"مليار دولار=1e+09 USD exact"});
  EXPECT_EQ(Money("خصصت نصف مليار دولار", "ar"), V{"نصف مليار دولار=5e+08 USD exact"});
  // Number words that count no money or GPUs.
  EXPECT_EQ(Money("Three companies: три компании и пять банков, hat cég, on yıl.", "ru"), V{});
  EXPECT_EQ(Gpus("A hat cég öt napig tárgyalt.", "hu"), V{});
}

// A document without a `lang` reads the scale words of the language whose
// common words it uses (as the claims stage guesses), with English's.
TEST_F(LanguagesTest, ADocumentWithoutALanguageIsGuessed) {
  EXPECT_EQ(Money("Компания потратила около 80 млрд долларов, и это также было уже много.", ""),
            V{"80 млрд долларов=8e+10 USD approx"});
  EXPECT_EQ(Money("삼성전자는 약 10조 원을 투자한다고 밝혔다.", ""), V{"10조 원=1e+13 KRW approx"});
  EXPECT_EQ(Money("Η εταιρεία θα επενδύσει 5 δισ. ευρώ για την τεχνητή νοημοσύνη και τα δίκτυα.", ""),
            V{"5 δισ. ευρώ=5e+09 EUR exact"});
  // English wins over a language that shares a word or two ("a", "is").
  EXPECT_EQ(Money("It is a deal of 5 mil and the firm said it has $2 billion.", ""), V{"$2 billion=2e+09 USD exact"});
  // One common word is no evidence.
  EXPECT_EQ(Money("Сумма и 80 млрд долларов", ""), V{});
}

// A Russian text typed on its own keyboard: "Н100" with a Cyrillic En.
TEST_F(LanguagesTest, CyrillicLookAlikesInModelNames) {
  EXPECT_EQ(Gpus("Получила 10 000 ускорителей Н100.", "ru"), V{"10 000 ускорителей Н100=10000 H100 exact"});
}

class LanguageDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("claimex_languages_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "scales");
    std::filesystem::create_directories(dir_ / "lang" / "xx");
    Write("scales/en.tsv", "million\t6\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& file, const std::string& text) { std::ofstream(dir_ / file) << text; }
  std::string Error() {
    try {
      numerals::ScaleTables tables(dir_.string());
    } catch (const std::exception& e) {
      return e.what();
    }
    return "";
  }
  std::filesystem::path dir_;
};

TEST_F(LanguageDataTest, AnEndingForAWordNoLexiconHasIsAnError) {
  Write("lang/xx/endings.tsv", "# comment\nwidget\tt nyi\n");
  const std::string error = Error();
  EXPECT_NE(error.find("lang/xx/endings.tsv:2"), std::string::npos) << error;
  EXPECT_NE(error.find("widget"), std::string::npos) << error;
}

TEST_F(LanguageDataTest, ARowWithoutEndingsIsAnError) {
  Write("lang/xx/endings.tsv", "million\t \n");
  const std::string error = Error();
  EXPECT_NE(error.find("lang/xx/endings.tsv:1: no endings"), std::string::npos) << error;
}

TEST_F(LanguageDataTest, AScaleWordsThirdColumnIsPartsOrNothing) {
  Write("scales/xx.tsv", "bin\t3\tparts\nmilyon\t6\tpieces\n");
  const std::string error = Error();
  EXPECT_NE(error.find("scales/xx.tsv:2: the third column is parts or nothing"), std::string::npos) << error;
}

TEST_F(LanguageDataTest, EndingsOfAScaleWordGiveItsPower) {
  Write("scales/xx.tsv", "millió\t6\n");
  Write("lang/xx/endings.tsv", "millió\tt nyi\n");
  EXPECT_EQ(Error(), "");
  numerals::NumeralParser parser(std::make_shared<const numerals::ScaleTables>(dir_.string()));
  const auto result = parser.Parse("5 milliót", "xx");
  ASSERT_EQ(result.numbers.size(), 1u);
  EXPECT_EQ(result.numbers[0].value, 5e6);
  EXPECT_EQ(result.numbers[0].scale_text, "milliót");
}

}  // namespace
}  // namespace claimex
