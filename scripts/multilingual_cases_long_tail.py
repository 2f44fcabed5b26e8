"""Cases of the multilingual set for the long tail of issue 15: number words
past a scale word, a year-like figure before a bare GPU noun, "N of these
chips", Korean counters before a Hangul noun, Hungarian figures before a
noun, and the won, pound, franc and rupee in the newer languages; negative
cases beside them. Imported by make_multilingual_set.py."""

K, M, B, T = 10**3, 10**6, 10**9, 10**12

WORDS = [
    ("en", "The utility will spend two and a half billion dollars on new substations.",
     [("two and a half billion dollars", 0, 2.5 * B, "USD", "exact")], []),
    ("en", "Its cloud unit booked two billion three hundred million dollars in new contracts.",
     [("two billion three hundred million dollars", 0, 2.3 * B, "USD", "exact")], []),
    ("en", "The grant, a billion and a half dollars, goes to chip plants.",
     [("a billion and a half dollars", 0, 1.5 * B, "USD", "exact")], []),
    ("en", "The lab paid two thousand five hundred dollars per board, five thousand two years later.",
     [("two thousand five hundred dollars", 0, 2500, "USD", "exact")], []),
    ("de", "Der Bund gibt zwei Milliarden dreihundert Millionen Euro für Rechenzentren aus.",
     [("zwei Milliarden dreihundert Millionen Euro", 0, 2.3 * B, "EUR", "exact")], []),
    ("de", "Das Land stellt eine Milliarde und zweihundert Millionen Euro bereit.",
     [("eine Milliarde und zweihundert Millionen Euro", 0, 1.2 * B, "EUR", "exact")], []),
    ("fr", "L'État injectera deux milliards et demi d'euros dans la filière.",
     [("deux milliards et demi d'euros", 0, 2.5 * B, "EUR", "exact")], []),
    ("fr", "Le groupe a levé un milliard deux cents millions d'euros auprès d'investisseurs.",
     [("un milliard deux cents millions d'euros", 0, 1.2 * B, "EUR", "exact")], []),
    ("fr", "Le titre a gagné vingt-cinq cents à Toronto.", [("vingt-cinq cents", 0, 0.25, "USD", "exact")], []),
    ("fr", "L'usine emploiera neuf cents personnes.", [], []),
    ("es", "El fondo invertirá dos mil quinientos millones de dólares en centros de datos.",
     [("dos mil quinientos millones de dólares", 0, 2.5 * B, "USD", "exact")], []),
    ("es", "La startup captó dos millones y medio de dólares.",
     [("dos millones y medio de dólares", 0, 2.5 * M, "USD", "exact")], []),
    ("it", "Il governo stanzia due miliardi e mezzo di euro per i chip.",
     [("due miliardi e mezzo di euro", 0, 2.5 * B, "EUR", "exact")], []),
    ("pt", "A empresa vai investir dois bilhões e meio de reais em nuvem.",
     [("dois bilhões e meio de reais", 0, 2.5 * B, "BRL", "exact")], []),
    ("nl", "Het kabinet trekt twee en een half miljard euro uit voor AI.",
     [("twee en een half miljard euro", 0, 2.5 * B, "EUR", "exact")], []),
    ("pl", "Rząd przeznaczy dwa i pół miliarda złotych na superkomputery.",
     [("dwa i pół miliarda złotych", 0, 2.5 * B, "PLN", "exact")], []),
    ("cs", "Skupina vloží dva a půl miliardy korun do serverů.",
     [("dva a půl miliardy korun", 0, 2.5 * B, "CZK", "exact")], []),
    ("hu", "A kormány két és fél milliárd forintot ad a kutatásra.",
     [("két és fél milliárd forintot", 0, 2.5 * B, "HUF", "exact")], []),
    ("ru", "Стартап привлек два с половиной миллиарда долларов.",
     [("два с половиной миллиарда долларов", 0, 2.5 * B, "USD", "exact")], []),
    ("uk", "Компанія залучила два з половиною мільярда доларів.",
     [("два з половиною мільярда доларів", 0, 2.5 * B, "USD", "exact")], []),
]

GPUS = [
    ("fr", "Le supercalculateur réunit 2048 GPU Nvidia dans un seul bâtiment.", [], [("2048 GPU", 0, 2048, None, "exact")]),
    ("de", "Für das Training standen 4096 GPU bereit, später 2048 GPU von AMD.",
     [], [("4096 GPU", 0, 4096, None, "exact"), ("2048 GPU", 0, 2048, None, "exact")]),
    ("de", "Die 2025 GPU-Lieferungen blieben hinter dem Plan.", [], []),
    ("es", "El clúster de la universidad suma 2048 GPU.", [], [("2048 GPU", 0, 2048, None, "exact")]),
    ("it", "Il centro di calcolo ospita 2048 GPU.", [], [("2048 GPU", 0, 2048, None, "exact")]),
    ("pl", "Nowy klaster ma 2048 GPU.", [], [("2048 GPU", 0, 2048, None, "exact")]),
    ("en", "The 2025 GPU shipments fell short of forecasts.", [], []),
    ("en", "Meta ordered H100s last spring; 600 of these accelerators arrived in May.",
     [], [("600 of these accelerators", 0, 600, "H100", "exact")]),
    ("en", "Oracle runs B200 racks. Microsoft has 3,000 of these chips in Iowa.",
     [], [("3,000 of these chips", 0, 3000, None, "exact")]),
    ("en", "Oracle runs B200 racks and 4,000 of those servers.", [], []),
    ("de", "Meta hat H100 bestellt, 5000 dieser Chips sind schon geliefert.",
     [], [("5000 dieser Chips", 0, 5000, "H100", "exact")]),
    ("ko", "네이버는 5만 개의 칩을 들여온다.", [], [("5만 개의 칩", 0, 50000, None, "exact")]),
    ("ko", "회사는 5만 대의 서버를 운영한다.", [], []),
    ("hu", "A cég 2000 GPU-t vásárolt, és 2000 munkahelyet teremt.", [], [("2000 GPU", 0, 2000, None, "exact")]),
]

CURRENCIES = [
    ("ru", "Samsung потратит на новые линии 5 трлн вон.", [("5 трлн вон", 0, 5 * T, "KRW", "exact")], []),
    ("ru", "Вон там стоят 5 серверов.", [], []),
    ("ru", "Лондонский стартап привлек 2 млн фунтов.", [("2 млн фунтов", 0, 2 * M, "GBP", "exact")], []),
    ("uk", "SK hynix вкладе 3 трлн вон у завод.", [("3 трлн вон", 0, 3 * T, "KRW", "exact")], []),
    ("uk", "Британський фонд дав 2 млн фунтів стерлінгів.",
     [("2 млн фунтів стерлінгів", 0, 2 * M, "GBP", "exact")], []),
    ("ko", "인도 정부는 5조 루피를 반도체에 쓴다.", [("5조 루피", 0, 5 * T, "INR", "exact")], []),
    ("tr", "Londra merkezli girişim 5 milyon sterlin topladı.", [("5 milyon sterlin", 0, 5 * M, "GBP", "exact")], []),
    ("ar", "تستثمر سامسونج 5 تريليونات وون في مصنع جديد.", [("5 تريليونات وون", 0, 5 * T, "KRW", "exact")], []),
    ("hu", "A brit alap 5 millió fontot fektet be.", [("5 millió fontot", 0, 5 * M, "GBP", "exact")], []),
    ("hu", "A bank 5 millió fontos ügyfelet szolgál ki.", [], []),
    ("el", "Η Samsung θα επενδύσει 5 τρισ. γουόν.", [("5 τρισ. γουόν", 0, 5 * T, "KRW", "exact")], []),
    ("cs", "Samsung investuje 5 bilionů wonů do továrny.", [("5 bilionů wonů", 0, 5 * T, "KRW", "exact")], []),
]

CASES = WORDS + GPUS + CURRENCIES
