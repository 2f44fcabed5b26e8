#!/usr/bin/env python3
"""Writes the multilingual regression set: corpus/multilingual/documents.jsonl
(one short document per case) and corpus/multilingual/gold.jsonl (what each
must yield), from the cases below. Offsets are computed, so every gold text
is an exact substring.

    python3 scripts/make_multilingual_set.py corpus/multilingual
"""
import json
import pathlib
import sys

from gold_util import locate
from multilingual_cases_long_tail import CASES as LONG_TAIL_CASES
from multilingual_cases_new_languages import CASES as NEW_LANGUAGE_CASES

K, M, B, T = 10**3, 10**6, 10**9, 10**12

# (lang, text, money [(text, occurrence, value, currency, bound)],
#               gpu counts [(text, occurrence, count, model, bound)])
CASES = [
    ("en", "OpenAI raised $6.6B at a $157 billion valuation.",
     [("$6.6B", 0, 6.6 * B, "USD", "exact"), ("$157 billion", 0, 157 * B, "USD", "exact")], []),
    ("en", "The startup spent $40-45bn on chips.",
     [("$40", 0, 40 * B, "USD", "exact"), ("45bn", 0, 45 * B, "USD", "exact")], []),
    ("en", "Prices ranged from $15,000 to $40,000 per unit.",
     [("$15,000", 0, 15 * K, "USD", "exact"), ("$40,000", 0, 40 * K, "USD", "exact")], []),
    ("en", "Analysts expect $2+ billion in spending.", [("$2+ billion", 0, 2 * B, "USD", "at_least")], []),
    ("en", "It bought 25K H100s last year.", [], [("25K H100s", 0, 25000, "H100", "exact")]),
    ("en", "The lab owns six million dollars of equipment.",
     [("six million dollars", 0, 6 * M, "USD", "exact")], []),
    ("en", "Meta plans to spend half a billion dollars on servers.",
     [("half a billion dollars", 0, 0.5 * B, "USD", "exact")], []),
    ("en", "Revenue grew 25% to €1.2 billion in 2024.", [("€1.2 billion", 0, 1.2 * B, "EUR", "exact")], []),
    ("en", "The cluster has 2,048 H800 GPUs and used 2.79 million GPU hours.",
     [], [("2,048 H800 GPUs", 0, 2048, "H800", "exact")]),
    ("en", "They run 1,000 servers with 8 GPUs each.", [], [("8 GPUs", 0, 8, None, "exact")]),
    ("en", "Nvidia's H20 GPUs sell in China for about $12,000.", [("$12,000", 0, 12 * K, "USD", "approx")], []),
    ("en", "The company bought up to 20,000 Ascend 910B chips.",
     [], [("20,000 Ascend 910B chips", 0, 20000, "Ascend 910B", "at_most")]),
    ("en", "Tesla said it would spend $500M on Dojo.", [("$500M", 0, 500 * M, "USD", "exact")], []),
    ("en", "A dozen A100 GPUs cost roughly £200,000.",
     [("£200,000", 0, 200 * K, "GBP", "approx")], [("A dozen A100 GPUs", 0, 12, "A100", "exact")]),
    ("en", "In 2023, the firm had 1,500 employees and a model with 671 billion parameters.", [], []),
    ("en", "One H100 costs 30,000 dollars, more than 3 times an older card.",
     [("30,000 dollars", 0, 30 * K, "USD", "exact")], []),
    ("de", "DeepSeek soll rund 1,6 Milliarden Dollar in Hardware investiert haben.",
     [("1,6 Milliarden Dollar", 0, 1.6 * B, "USD", "approx")], []),
    ("de", "Das Unternehmen verfügt über 50.000 GPUs von Nvidia.", [], [("50.000 GPUs", 0, 50000, None, "over")]),
    ("de", "Der Börsenwert sank um 589 Mrd. US-Dollar.", [("589 Mrd. US-Dollar", 0, 589 * B, "USD", "exact")], []),
    ("de", "Die Schulden betragen 1,2 Billionen Euro.", [("1,2 Billionen Euro", 0, 1.2 * T, "EUR", "exact")], []),
    ("de", "Microsoft investiert 3,3 Mio. Euro in das Projekt.", [("3,3 Mio. Euro", 0, 3.3 * M, "EUR", "exact")], []),
    ("fr", "DeepSeek aurait dépensé plus de 500 millions de dollars.",
     [("500 millions de dollars", 0, 500 * M, "USD", "over")], []),
    ("fr", "La capitalisation de Nvidia a chuté de 589 milliards de dollars.",
     [("589 milliards de dollars", 0, 589 * B, "USD", "exact")], []),
    ("fr", "Le projet coûte 1\u202f200\u202f000 € au total.", [("1\u202f200\u202f000 €", 0, 1.2 * M, "EUR", "exact")], []),
    ("fr", "Mistral a levé 1,7 milliard d'euros.", [("1,7 milliard d'euros", 0, 1.7 * B, "EUR", "exact")], []),
    ("fr", "Un billion d'euros, soit 1 000 milliards : 2 billions de dollars.",
     [("Un billion d'euros", 0, 1 * T, "EUR", "exact"), ("1 000 milliards", 0, 1 * T, "EUR", "exact"),
      ("2 billions de dollars", 0, 2 * T, "USD", "exact")], []),
    ("es", "La empresa gastó unos 5,6 millones de dólares.",
     [("5,6 millones de dólares", 0, 5.6 * M, "USD", "approx")], []),
    ("es", "El centro de datos tiene 20 mil GPUs.", [], [("20 mil GPUs", 0, 20000, None, "exact")]),
    ("es", "La inversión alcanza los 2.000 millones de euros.",
     [("2.000 millones de euros", 0, 2 * B, "EUR", "exact")], []),
    ("es", "Compró 10.000 chips de IA el año pasado.", [], [("10.000 chips de IA", 0, 10000, None, "exact")]),
    ("it", "L'azienda ha investito 1,5 miliardi di euro.", [("1,5 miliardi di euro", 0, 1.5 * B, "EUR", "exact")], []),
    ("it", "Sono state acquistate circa 3.000 GPU.", [], [("3.000 GPU", 0, 3000, None, "approx")]),
    ("pt", "A empresa gastou R$ 2,5 bilhões em servidores.", [("R$ 2,5 bilhões", 0, 2.5 * B, "BRL", "exact")], []),
    ("pt", "O laboratório tem mais de 5 mil GPUs.", [], [("5 mil GPUs", 0, 5000, None, "over")]),
    ("nl", "Het bedrijf investeerde 2,3 miljard euro.", [("2,3 miljard euro", 0, 2.3 * B, "EUR", "exact")], []),
    ("nl", "Er staan ongeveer 4.000 GPU's in het datacenter.", [], [("4.000 GPU's", 0, 4000, None, "approx")]),
    ("pl", "Firma wydała 1,2 mld dolarów na sprzęt.", [("1,2 mld dolarów", 0, 1.2 * B, "USD", "exact")], []),
    ("pl", "Centrum ma ponad 10 tys. GPU.", [], [("10 tys. GPU", 0, 10000, None, "over")]),
    ("vi", "DeepSeek đã chi khoảng 1,6 tỷ USD cho phần cứng.", [("1,6 tỷ USD", 0, 1.6 * B, "USD", "approx")], []),
    ("vi", "Công ty sở hữu 50.000 GPU Nvidia.", [], [("50.000 GPU", 0, 50000, None, "exact")]),
    ("id", "Perusahaan itu menghabiskan Rp 5 triliun untuk pusat data.",
     [("Rp 5 triliun", 0, 5 * T, "IDR", "exact")], []),
    ("id", "Mereka membeli sekitar 2.000 GPU H100.", [], [("2.000 GPU H100", 0, 2000, "H100", "approx")]),
    ("zh", "该公司投资了约10亿美元。", [("10亿美元", 0, 1 * B, "USD", "approx")], []),
    ("zh", "DeepSeek拥有5万块GPU。", [], [("5万块", 0, 50000, None, "exact")]),
    ("ja", "同社は2~3億ドルを投資した。", [("2", 0, 2 * 10**8, "USD", "exact"), ("3億ドル", 0, 3 * 10**8, "USD", "exact")], []),
    ("ja", "約3万台のGPUを導入した。", [], [("3万台", 0, 30000, None, "approx")]),
]

# Issue 15: number words, currency forms, cents, bounds, GPU count forms and negatives, per language.
EN = [
    # number words, vague quantities
    ("en", "The startup raised two hundred fifty million dollars in its latest round.",
     [("two hundred fifty million dollars", 0, 250 * M, "USD", "exact")], []),
    ("en", "Investors put a billion dollars into the lab.", [("a billion dollars", 0, 1 * B, "USD", "exact")], []),
    ("en", "The chips cost tens of millions of dollars.",
     [("tens of millions of dollars", 0, 10 * M, "USD", "at_least")], []),
    ("en", "Training runs now cost hundreds of millions of dollars, a report said.",
     [("hundreds of millions of dollars", 0, 100 * M, "USD", "at_least")], []),
    ("en", "Each card sells for twenty thousand dollars.",
     [("twenty thousand dollars", 0, 20 * K, "USD", "exact")], []),
    ("en", "Analysts put the budget at two to three billion dollars.",
     [("two", 0, 2 * B, "USD", "exact"), ("three billion dollars", 0, 3 * B, "USD", "exact")], []),
    ("en", "The fine was one hundred million euros.", [("one hundred million euros", 0, 100 * M, "EUR", "exact")], []),
    ("en", "Not a cent of it went to chips, and one of the founders left.", [], []),
    # currency variants
    ("en", "Shopify set aside C$1.2 billion for data centres.", [("C$1.2 billion", 0, 1.2 * B, "CAD", "exact")], []),
    ("en", "The Sydney firm raised A$300 million.", [("A$300 million", 0, 300 * M, "AUD", "exact")], []),
    ("en", "The deal is worth AU$ 2.5bn.", [("AU$ 2.5bn", 0, 2.5 * B, "AUD", "exact")], []),
    ("en", "Its Singapore unit spent S$450 million.", [("S$450 million", 0, 450 * M, "SGD", "exact")], []),
    ("en", "The New Zealand lab got NZ$80 million.", [("NZ$80 million", 0, 80 * M, "NZD", "exact")], []),
    ("en", "Tencent paid HK$12 billion for the stake.", [("HK$12 billion", 0, 12 * B, "HKD", "exact")], []),
    ("en", "The Mexican operator plans MX$9 billion of investment.",
     [("MX$9 billion", 0, 9 * B, "MXN", "exact")], []),
    ("en", "The bank lent USD9 million and EUR5bn.",
     [("USD9 million", 0, 9 * M, "USD", "exact"), ("EUR5bn", 0, 5 * B, "EUR", "exact")], []),
    ("en", "Malaysia's data centre costs RM120 million.", [("RM120 million", 0, 120 * M, "MYR", "exact")], []),
    ("en", "The Australian miner sold $US5bn of bonds.", [("$US5bn", 0, 5 * B, "USD", "exact")], []),
    ("en", "The grant was 300 million Australian dollars.",
     [("300 million Australian dollars", 0, 300 * M, "AUD", "exact")], []),
    ("en", "It raised 2 billion shekels in Tel Aviv.", [("2 billion shekels", 0, 2 * B, "ILS", "exact")], []),
    ("en", "SoftBank booked 7,340 yen per share, or ¥7,340.", [("7,340 yen", 0, 7340, "JPY", "exact"), ("¥7,340", 0, 7340, "JPY", "exact")], []),
    ("en", "The stock fell 42 cents to $7.20.", [("42 cents", 0, 0.42, "USD", "exact"), ("$7.20", 0, 7.2, "USD", "exact")], []),
    ("en", "A token costs 61.5 cents.", [("61.5 cents", 0, 0.615, "USD", "exact")], []),
    ("en", "Tickets cost 7 dollars 20 cents each.", [("7 dollars 20 cents", 0, 7.2, "USD", "exact")], []),
    ("en", "It charged seven dollars and twenty cents.",
     [("seven dollars and twenty cents", 0, 7.2, "USD", "exact")], []),
    # bounds
    ("en", "Capex will exceed $80 billion this year.", [("$80 billion", 0, 80 * B, "USD", "over")], []),
    ("en", "Revenue could surpass $10 billion.", [("$10 billion", 0, 10 * B, "USD", "over")], []),
    ("en", "The bill tops $4 billion.", [("$4 billion", 0, 4 * B, "USD", "over")], []),
    ("en", "Its value is approaching $3 trillion.", [("$3 trillion", 0, 3 * T, "USD", "approx")], []),
    ("en", "The company will ramp up to $80 billion in spending.", [("$80 billion", 0, 80 * B, "USD", "exact")], []),
    ("en", "It could spend as much as $5 billion.", [("$5 billion", 0, 5 * B, "USD", "at_most")], []),
    ("en", "The round was less than $500 million.", [("$500 million", 0, 500 * M, "USD", "under")], []),
    ("en", "It has an estimated $2 billion in cash.", [("$2 billion", 0, 2 * B, "USD", "approx")], []),
    # shared scale
    ("en", "Salaries range from $650,000 to $2.1 million.",
     [("$650,000", 0, 650 * K, "USD", "exact"), ("$2.1 million", 0, 2.1 * M, "USD", "exact")], []),
    ("en", "Grants run from $300 to $5 million.",
     [("$300", 0, 300, "USD", "exact"), ("$5 million", 0, 5 * M, "USD", "exact")], []),
    ("en", "Between $2 billion and $3 billion was spent.",
     [("$2 billion", 0, 2 * B, "USD", "exact"), ("$3 billion", 0, 3 * B, "USD", "exact")], []),
    # GPUs
    ("en", "The cluster links 4096 GPUs over InfiniBand.", [], [("4096 GPUs", 0, 4096, None, "exact")]),
    ("en", "DeepSeek trained on 2048 H800s.", [], [("2048 H800s", 0, 2048, "H800", "exact")]),
    ("en", "2025 GPU shipments rose by a third.", [], []),
    ("en", "In 2024 GPUs were hard to find.", [], []),
    ("en", "Amazon's 40,000 and Oracle's 65,000 GPUs sit idle.",
     [], [("40,000", 0, 40000, None, "exact"), ("65,000 GPUs", 0, 65000, None, "exact")]),
    ("en", "xAI will add 50,000 more B200s.", [], [("50,000 more B200s", 0, 50000, "B200", "exact")]),
    ("en", "AMD hopes to ship from 2 to 2.5 million MI300X.",
     [], [("2", 0, 2 * M, "MI300X", "exact"), ("2.5 million MI300X", 0, 2.5 * M, "MI300X", "exact")]),
    ("en", "Microsoft bought 30,000 of AMD's newest accelerators.",
     [], [("30,000 of AMD's newest accelerators", 0, 30000, None, "exact")]),
    ("en", "The site will hold 300K GPUs (80K B200s).",
     [], [("300K GPUs", 0, 300000, None, "exact"), ("80K B200s", 0, 80000, "B200", "exact")]),
    ("en", "The lab has as many as 10,000 H100s.", [], [("10,000 H100s", 0, 10000, "H100", "at_most")]),
    ("en", "Twelve GPUs were stolen.", [], [("Twelve GPUs", 0, 12, None, "exact")]),
    ("en", "Thousands of GPUs were shipped.", [], [("Thousands of GPUs", 0, 1000, None, "at_least")]),
    # negatives
    ("en", "The model has 405 billion parameters and saw 15 trillion tokens.", [], []),
    ("en", "Training took 2.79 million GPU-hours on 256 servers.", [], []),
    ("en", "The H20 and the B200 differ; 8 nodes hold 64 racks.", [], []),
    ("en", "The campus draws 300 MW and does 4 exaflops.", [], []),
    ("en", "Nvidia shares rose 3% to close at 140 points on the index.", [], []),
]

DE = [
    ("de", "Der Konzern investiert eine Milliarde Euro in Rechenzentren.",
     [("eine Milliarde Euro", 0, 1 * B, "EUR", "exact")], []),
    ("de", "Für die Chips zahlt das Start-up eine Viertelmilliarde Dollar.",
     [("eine Viertelmilliarde Dollar", 0, 0.25 * B, "USD", "exact")], []),
    ("de", "Die Ausgaben sollen auf zwei bis drei Milliarden Euro steigen.",
     [("zwei", 0, 2 * B, "EUR", "exact"), ("drei Milliarden Euro", 0, 3 * B, "EUR", "exact")], []),
    ("de", "Aleph Alpha sammelte eine halbe Milliarde US-Dollar ein.",
     [("eine halbe Milliarde US-Dollar", 0, 0.5 * B, "USD", "exact")], []),
    ("de", "Die Förderung beträgt anderthalb Milliarden Euro.",
     [("anderthalb Milliarden Euro", 0, 1.5 * B, "EUR", "exact")], []),
    ("de", "Das Projekt kostet zehn Millionen Euro.", [("zehn Millionen Euro", 0, 10 * M, "EUR", "exact")], []),
    ("de", "Der Staat gibt Dutzende Millionen Euro für KI aus.",
     [("Dutzende Millionen Euro", 0, 10 * M, "EUR", "at_least")], []),
    ("de", "Ein Jahr später war eine Firma pleite.", [], []),
    ("de", "Der Bund plant einen 20-Milliarden-Euro-Fonds.", [("20-Milliarden-Euro", 0, 20 * B, "EUR", "exact")], []),
    ("de", "SAP zahlt 2,5 Mrd. Euro und 300 Mio. Dollar.",
     [("2,5 Mrd. Euro", 0, 2.5 * B, "EUR", "exact"), ("300 Mio. Dollar", 0, 300 * M, "USD", "exact")], []),
    ("de", "Die Aktie fiel um 42 Cent auf 7,20 Euro.",
     [("42 Cent", 0, 0.42, "EUR", "exact"), ("7,20 Euro", 0, 7.2, "EUR", "exact")], []),
    ("de", "Die Bank verwaltet 12 Milliarden Schweizer Franken.",
     [("12 Milliarden Schweizer Franken", 0, 12 * B, "CHF", "exact")], []),
    ("de", "Die Kosten dürften 5 Milliarden Euro übersteigen.", [("5 Milliarden Euro", 0, 5 * B, "EUR", "over")], []),
    ("de", "Der Umsatz lag bei mehr als 4 Milliarden Euro.", [("4 Milliarden Euro", 0, 4 * B, "EUR", "over")], []),
    ("de", "Die Firma investiert bis zu 3 Milliarden Euro.", [("3 Milliarden Euro", 0, 3 * B, "EUR", "at_most")], []),
    ("de", "Der Wert liegt bei mindestens 800 Millionen Euro.", [("800 Millionen Euro", 0, 800 * M, "EUR", "at_least")], []),
    ("de", "Der Auftrag hat einen Wert von weniger als 100 Millionen Euro.",
     [("100 Millionen Euro", 0, 100 * M, "EUR", "under")], []),
    ("de", "Das Unternehmen kauft 10.000 B200-Chips.", [], [("10.000 B200-Chips", 0, 10000, "B200", "exact")]),
    ("de", "Im Rechenzentrum stehen 5.000 AMD-MI300X-Beschleuniger.",
     [], [("5.000 AMD-MI300X-Beschleuniger", 0, 5000, "MI300X", "exact")]),
    ("de", "Das Labor betreibt 2048 GPUs.", [], [("2048 GPUs", 0, 2048, None, "exact")]),
    ("de", "Seit 2023 GPUs knapp sind, steigen die Preise.", [], []),
    ("de", "Der Cluster hat rund 20.000 Nvidia-GPUs.", [], [("20.000 Nvidia-GPUs", 0, 20000, None, "approx")]),
    ("de", "Das Modell hat 70 Milliarden Parameter und lief 3 Millionen GPU-Stunden.", [], []),
    ("de", "Der Park hat 500 Server und 200 MW.", [], []),
]
FR = [
    ("fr", "Mistral lève un milliard d'euros.", [("un milliard d'euros", 0, 1 * B, "EUR", "exact")], []),
    ("fr", "L'État investit un demi-milliard d'euros dans le calcul.",
     [("un demi-milliard d'euros", 0, 0.5 * B, "EUR", "exact")], []),
    ("fr", "Le fonds pèse deux milliards de dollars.", [("deux milliards de dollars", 0, 2 * B, "USD", "exact")], []),
    ("fr", "La start-up a levé vingt millions d'euros.", [("vingt millions d'euros", 0, 20 * M, "EUR", "exact")], []),
    ("fr", "Les pertes atteignent des dizaines de millions d'euros.",
     [("dizaines de millions d'euros", 0, 10 * M, "EUR", "at_least")], []),
    ("fr", "Le projet coûte des centaines de millions de dollars.",
     [("centaines de millions de dollars", 0, 100 * M, "USD", "at_least")], []),
    ("fr", "Un an plus tard, une entreprise a fermé.", [], []),
    ("fr", "Le contrat vaut 37 millions de $.", [("37 millions de $", 0, 37 * M, "USD", "exact")], []),
    ("fr", "Hydro-Québec investira 41 G$ d'ici 2035.", [("41 G$", 0, 41 * B, "CAD", "exact")], []),
    ("fr", "La subvention est de 250 M$.", [("250 M$", 0, 250 * M, "USD", "exact")], []),
    ("fr", "Le groupe a dépensé 2,6 milliards $.", [("2,6 milliards $", 0, 2.6 * B, "USD", "exact")], []),
    ("fr", "La filiale a reçu 300 millions de dollars australiens.",
     [("300 millions de dollars australiens", 0, 300 * M, "AUD", "exact")], []),
    ("fr", "La banque gère 40 milliards de francs suisses.",
     [("40 milliards de francs suisses", 0, 40 * B, "CHF", "exact")], []),
    ("fr", "Le rachat coûte 5 milliards de livres sterling.",
     [("5 milliards de livres sterling", 0, 5 * B, "GBP", "exact")], []),
    ("fr", "Le ticket coûte 12500 $.", [("12500 $", 0, 12500, "USD", "exact")], []),
    ("fr", "Les dépenses devraient dépasser 10 milliards d'euros.",
     [("10 milliards d'euros", 0, 10 * B, "EUR", "over")], []),
    ("fr", "Le budget atteint au moins 3 milliards d'euros.", [("3 milliards d'euros", 0, 3 * B, "EUR", "at_least")], []),
    ("fr", "La facture est de moins de 50 millions d'euros.", [("50 millions d'euros", 0, 50 * M, "EUR", "under")], []),
    ("fr", "Le prêt ira jusqu'à 2 milliards d'euros.", [("2 milliards d'euros", 0, 2 * B, "EUR", "at_most")], []),
    ("fr", "Le cours a perdu 15 centimes à 3,40 euros.",
     [("15 centimes", 0, 0.15, "EUR", "exact"), ("3,40 euros", 0, 3.4, "EUR", "exact")], []),
    ("fr", "Le supercalculateur compte 1 500 GPU Nvidia H100.",
     [], [("1 500 GPU Nvidia H100", 0, 1500, "H100", "exact")]),
    ("fr", "Scaleway a acheté environ 5 000 puces.", [], [("5 000 puces", 0, 5000, None, "approx")]),
    ("fr", "Le centre aura 3 000 modèles MI300X.", [], [("3 000 modèles MI300X", 0, 3000, "MI300X", "exact")]),
    ("fr", "Le modèle compte 123 milliards de paramètres et 400 serveurs.", [], []),
]
ES = [
    ("es", "La empresa invertirá dos mil millones de dólares.",
     [("dos mil millones de dólares", 0, 2 * B, "USD", "exact")], []),
    ("es", "El fondo suma mil millones de euros.", [("mil millones de euros", 0, 1 * B, "EUR", "exact")], []),
    ("es", "El Gobierno aporta medio millón de euros.", [("medio millón de euros", 0, 0.5 * M, "EUR", "exact")], []),
    ("es", "La ronda alcanzó un millón de dólares.", [("un millón de dólares", 0, 1 * M, "USD", "exact")], []),
    ("es", "El plan cuesta trescientos cincuenta millones de euros.",
     [("trescientos cincuenta millones de euros", 0, 350 * M, "EUR", "exact")], []),
    ("es", "Las pérdidas suman decenas de millones de dólares.",
     [("decenas de millones de dólares", 0, 10 * M, "USD", "at_least")], []),
    ("es", "Un año después una empresa cerró.", [], []),
    ("es", "La firma pagó 4.500 millones de pesos mexicanos.",
     [("4.500 millones de pesos mexicanos", 0, 4.5 * B, "MXN", "exact")], []),
    ("es", "El banco recibió 20 millones de francos suizos.",
     [("20 millones de francos suizos", 0, 20 * M, "CHF", "exact")], []),
    ("es", "La compra costó 3.000 millones de libras esterlinas.",
     [("3.000 millones de libras esterlinas", 0, 3 * B, "GBP", "exact")], []),
    ("es", "El gasto podría superar los 5.000 millones de euros.",
     [("5.000 millones de euros", 0, 5 * B, "EUR", "over")], []),
    ("es", "La inversión será de al menos 800 millones de euros.",
     [("800 millones de euros", 0, 800 * M, "EUR", "at_least")], []),
    ("es", "El contrato vale menos de 90 millones de dólares.",
     [("90 millones de dólares", 0, 90 * M, "USD", "under")], []),
    ("es", "El precio bajó 30 céntimos hasta 2,10 euros.",
     [("30 céntimos", 0, 0.3, "EUR", "exact"), ("2,10 euros", 0, 2.1, "EUR", "exact")], []),
    ("es", "El centro tendrá 4.000 unidades B200.", [], [("4.000 unidades B200", 0, 4000, "B200", "exact")]),
    ("es", "Compró 3.000 modelos MI300X.", [], [("3.000 modelos MI300X", 0, 3000, "MI300X", "exact")]),
    ("es", "El superordenador usa más de 2.000 GPU H100.", [], [("2.000 GPU H100", 0, 2000, "H100", "over")]),
    ("es", "El modelo tiene 70.000 millones de parámetros y 300 servidores.", [], []),
]

IT = [
    ("it", "Il governo stanzia mezzo miliardo di euro.", [("mezzo miliardo di euro", 0, 0.5 * B, "EUR", "exact")], []),
    ("it", "La società ha raccolto un miliardo di dollari.",
     [("un miliardo di dollari", 0, 1 * B, "USD", "exact")], []),
    ("it", "Il piano vale due miliardi di euro.", [("due miliardi di euro", 0, 2 * B, "EUR", "exact")], []),
    ("it", "La startup ha ottenuto venti milioni di euro.", [("venti milioni di euro", 0, 20 * M, "EUR", "exact")], []),
    ("it", "Le perdite ammontano a decine di milioni di euro.",
     [("decine di milioni di euro", 0, 10 * M, "EUR", "at_least")], []),
    ("it", "Un anno dopo una società ha chiuso.", [], []),
    ("it", "Il gruppo ha investito 3,2 mld di euro.", [("3,2 mld di euro", 0, 3.2 * B, "EUR", "exact")], []),
    ("it", "La banca gestisce 15 miliardi di franchi svizzeri.",
     [("15 miliardi di franchi svizzeri", 0, 15 * B, "CHF", "exact")], []),
    ("it", "Il titolo ha perso 20 centesimi a 4,50 euro.",
     [("20 centesimi", 0, 0.2, "EUR", "exact"), ("4,50 euro", 0, 4.5, "EUR", "exact")], []),
    ("it", "La spesa supera i 6 miliardi di euro.", [("6 miliardi di euro", 0, 6 * B, "EUR", "over")], []),
    ("it", "Il prestito arriva fino a 1 miliardo di euro.", [("1 miliardo di euro", 0, 1 * B, "EUR", "at_most")], []),
    ("it", "Il contratto vale almeno 300 milioni di euro.", [("300 milioni di euro", 0, 300 * M, "EUR", "at_least")], []),
    ("it", "Il centro ospiterà 3.000 modelli MI300X.", [], [("3.000 modelli MI300X", 0, 3000, "MI300X", "exact")]),
    ("it", "Il supercomputer usa oltre 4.000 GPU Nvidia.", [], [("4.000 GPU", 0, 4000, None, "over")]),
    ("it", "Il modello ha 7 miliardi di parametri e 200 server.", [], []),
]
PT = [
    ("pt", "O banco investiu meio bilhão de dólares.", [("meio bilhão de dólares", 0, 0.5 * B, "USD", "exact")], []),
    ("pt", "A empresa recebeu um bilhão de reais.", [("um bilhão de reais", 0, 1 * B, "BRL", "exact")], []),
    ("pt", "O fundo tem dois bilhões de dólares.", [("dois bilhões de dólares", 0, 2 * B, "USD", "exact")], []),
    ("pt", "A startup captou dez milhões de reais.", [("dez milhões de reais", 0, 10 * M, "BRL", "exact")], []),
    ("pt", "As perdas chegam a dezenas de milhões de reais.",
     [("dezenas de milhões de reais", 0, 10 * M, "BRL", "at_least")], []),
    ("pt", "Um ano depois uma empresa fechou.", [], []),
    ("pt", "A Petrobras vai gastar R$ 3,5 bilhões.", [("R$ 3,5 bilhões", 0, 3.5 * B, "BRL", "exact")], []),
    ("pt", "O contrato é de R$ 120 mi.", [("R$ 120 mi", 0, 120 * M, "BRL", "exact")], []),
    ("pt", "A ação caiu 30 centavos para R$ 8,20.",
     [("30 centavos", 0, 0.3, "BRL", "exact"), ("R$ 8,20", 0, 8.2, "BRL", "exact")], []),
    ("pt", "Os gastos devem ultrapassar R$ 10 bilhões.", [("R$ 10 bilhões", 0, 10 * B, "BRL", "over")], []),
    ("pt", "O valor chega a até R$ 2 bilhões.", [("R$ 2 bilhões", 0, 2 * B, "BRL", "at_most")], []),
    ("pt", "O investimento é de pelo menos R$ 500 milhões.", [("R$ 500 milhões", 0, 500 * M, "BRL", "at_least")], []),
    ("pt", "O centro terá 2.000 unidades H100.", [], [("2.000 unidades H100", 0, 2000, "H100", "exact")]),
    ("pt", "A empresa comprou cerca de 1.000 GPUs.", [], [("1.000 GPUs", 0, 1000, None, "approx")]),
    ("pt", "O modelo tem 13 bilhões de parâmetros e 100 servidores.", [], []),
]
NL = [
    ("nl", "Het fonds investeert een half miljard euro.", [("een half miljard euro", 0, 0.5 * B, "EUR", "exact")], []),
    ("nl", "ASML leent anderhalf miljard dollar.", [("anderhalf miljard dollar", 0, 1.5 * B, "USD", "exact")], []),
    ("nl", "De overheid trekt twee miljard euro uit.", [("twee miljard euro", 0, 2 * B, "EUR", "exact")], []),
    ("nl", "Het project kost tien miljoen euro.", [("tien miljoen euro", 0, 10 * M, "EUR", "exact")], []),
    ("nl", "De verliezen lopen op tot tientallen miljoenen euro.",
     [("tientallen miljoenen euro", 0, 10 * M, "EUR", "at_least")], []),
    ("nl", "Een jaar later ging een bedrijf failliet.", [], []),
    ("nl", "Het bedrijf haalde 2,4 mld euro op.", [("2,4 mld euro", 0, 2.4 * B, "EUR", "exact")], []),
    ("nl", "Het aandeel daalde 12 cent naar 5,30 euro.",
     [("12 cent", 0, 0.12, "EUR", "exact"), ("5,30 euro", 0, 5.3, "EUR", "exact")], []),
    ("nl", "De kosten bedragen meer dan 3 miljard euro.", [("3 miljard euro", 0, 3 * B, "EUR", "over")], []),
    ("nl", "De lening bedraagt minstens 400 miljoen euro.", [("400 miljoen euro", 0, 400 * M, "EUR", "at_least")], []),
    ("nl", "Het datacenter krijgt ruim 8.000 GPU's.", [], [("8.000 GPU's", 0, 8000, None, "over")]),
    ("nl", "Het model heeft 7 miljard parameters en 300 servers.", [], []),
]
PL = [
    ("pl", "Spółka wyda pół miliarda złotych na centra danych.",
     [("pół miliarda złotych", 0, 0.5 * B, "PLN", "exact")], []),
    ("pl", "Fundusz ma półtora miliarda dolarów.", [("półtora miliarda dolarów", 0, 1.5 * B, "USD", "exact")], []),
    ("pl", "Rząd przeznaczy dwa miliardy złotych na AI.", [("dwa miliardy złotych", 0, 2 * B, "PLN", "exact")], []),
    ("pl", "Inwestycja o wartości dwóch miliardów złotych ruszy w maju.",
     [("dwóch miliardów złotych", 0, 2 * B, "PLN", "exact")], []),
    ("pl", "Firma pozyskała ponad miliard dolarów.", [("miliard dolarów", 0, 1 * B, "USD", "over")], []),
    ("pl", "Koszty sięgają dziesiątki milionów złotych.",
     [("dziesiątki milionów złotych", 0, 10 * M, "PLN", "at_least")], []),
    ("pl", "Jeden rok później jedna firma upadła.", [], []),
    ("pl", "Bank pożyczył 300 mln zł.", [("300 mln zł", 0, 300 * M, "PLN", "exact")], []),
    ("pl", "Spółka zapłaci 4,5 mld dolarów.", [("4,5 mld dolarów", 0, 4.5 * B, "USD", "exact")], []),
    ("pl", "Kurs akcji wzrósł do 36 dol.", [("36 dol.", 0, 36, "USD", "exact")], []),
    ("pl", "Kara wyniesie do 5 mln zł.", [("5 mln zł", 0, 5 * M, "PLN", "at_most")], []),
    ("pl", "Akcja kosztuje 20 zł i 50 groszy.", [("20 zł i 50 groszy", 0, 20.5, "PLN", "exact")], []),
    ("pl", "Wartość kontraktu przekroczyła 2 mld zł.", [("2 mld zł", 0, 2 * B, "PLN", "over")], []),
    ("pl", "Centrum ma 10 tys. procesorów graficznych.",
     [], [("10 tys. procesorów graficznych", 0, 10000, None, "exact")]),
    ("pl", "Firma kupiła 5 tys. chipów B200.", [], [("5 tys. chipów B200", 0, 5000, "B200", "exact")]),
    ("pl", "Na 3072 procesorach graficznych Nvidia H800 trenowano model.",
     [], [("3072 procesorach graficznych Nvidia H800", 0, 3072, "H800", "exact")]),
    ("pl", "Model ma 70 mld parametrów i 500 serwerów.", [], []),
]

VI = [
    ("vi", "Công ty chi 2 tỷ đô la Mỹ cho trung tâm dữ liệu.",
     [("2 tỷ đô la Mỹ", 0, 2 * B, "USD", "exact")], []),
    ("vi", "Vốn hóa của Nvidia vượt 3.000 tỷ USD.", [("3.000 tỷ USD", 0, 3 * T, "USD", "over")], []),
    ("vi", "Dự án trị giá hơn 500 triệu USD.", [("500 triệu USD", 0, 500 * M, "USD", "over")], []),
    ("vi", "Ngân sách tối đa 1,2 tỷ USD.", [("1,2 tỷ USD", 0, 1.2 * B, "USD", "at_most")], []),
    ("vi", "Viettel đầu tư 10.000 tỷ đồng.", [("10.000 tỷ đồng", 0, 10 * T, "VND", "exact")], []),
    ("vi", "FPT mua khoảng 4.000 GPU H100.", [], [("4.000 GPU H100", 0, 4000, "H100", "approx")]),
    ("vi", "Mô hình có 7 tỷ tham số và 100 máy chủ.", [], []),
]
ID = [
    ("id", "Telkom menyiapkan Rp 10 triliun untuk pusat data.", [("Rp 10 triliun", 0, 10 * T, "IDR", "exact")], []),
    ("id", "Investasi itu lebih dari US$ 2 miliar.", [("US$ 2 miliar", 0, 2 * B, "USD", "over")], []),
    ("id", "Harga saham naik menjadi Rp163 per lembar.", [("Rp163", 0, 163, "IDR", "exact")], []),
    ("id", "Nilainya sekitar 500 juta dolar AS.", [("500 juta dolar AS", 0, 500 * M, "USD", "approx")], []),
    ("id", "Perusahaan membeli 1.000 GPU Nvidia.", [], [("1.000 GPU", 0, 1000, None, "exact")]),
]
ZH = [
    ("zh", "该公司投资了三百亿元人民币。", [("三百亿元", 0, 30 * B, "CNY", "exact")], []),
    ("zh", "英伟达市值蒸发了5890亿美元。", [("5890亿美元", 0, 589 * B, "USD", "exact")], []),
    ("zh", "项目耗资328.5万美元。", [("328.5万美元", 0, 3.285 * M, "USD", "exact")], []),
    ("zh", "融资额超过10亿美元。", [("10亿美元", 0, 1 * B, "USD", "over")], []),
    ("zh", "该交易价值接近50亿元。", [("50亿元", 0, 5 * B, "CNY", "approx")], []),
    ("zh", "市值高达3万亿美元。", [("3万亿美元", 0, 3 * T, "USD", "at_most")], []),
    ("zh", "公司采购了20,000个H20 GPU。", [], [("20,000个H20 GPU", 0, 20000, "H20", "exact")]),
    ("zh", "数据中心部署8,000台B200。", [], [("8,000台B200", 0, 8000, "B200", "exact")]),
    ("zh", "字节跳动订购了约10万块英伟达H20芯片。", [], [("10万块英伟达H20芯片", 0, 100000, "H20", "approx")]),
    ("zh", "该模型有6710亿参数，训练用了278万GPU小时。", [], []),
]
JA = [
    ("ja", "同社は二千億円を投じる。", [("二千億円", 0, 200 * B, "JPY", "exact")], []),
    ("ja", "ソフトバンクは三万台のGPUを導入した。", [], [("三万台", 0, 30000, None, "exact")]),
    ("ja", "売上高は2万4000円だった。", [("2万4000円", 0, 24000, "JPY", "exact")], []),
    ("ja", "投資額は約1000億円に上る。", [("1000億円", 0, 100 * B, "JPY", "approx")], []),
    ("ja", "同社はB200を5万台導入する。", [], [("B200を5万台", 0, 50000, "B200", "exact")]),
    ("ja", "3万個のAMD MI300Xを調達した。", [], [("3万個のAMD MI300X", 0, 30000, "MI300X", "exact")]),
    ("ja", "さくらインターネットはH100を2000基導入した。", [], [("H100を2000基", 0, 2000, "H100", "exact")]),
    ("ja", "トヨタは5万台の車を売った。", [], []),
    ("ja", "その模型は700億のパラメータを持つ。", [], []),
]

EN2 = [
    ("en", "Cohere's C$ 500 million round closed.", [("C$ 500 million", 0, 500 * M, "CAD", "exact")], []),
    ("en", "The Toronto lab raised CA$240 million.", [("CA$240 million", 0, 240 * M, "CAD", "exact")], []),
    ("en", "The bonds paid US $ 1.5 billion.", [("US $ 1.5 billion", 0, 1.5 * B, "USD", "exact")], []),
    ("en", "TSMC earned NT$452 billion last quarter.", [("NT$452 billion", 0, 452 * B, "TWD", "exact")], []),
    ("en", "Embraer booked R$2 billion in orders.", [("R$2 billion", 0, 2 * B, "BRL", "exact")], []),
    ("en", "GoTo lost Rp5 trillion.", [("Rp5 trillion", 0, 5 * T, "IDR", "exact")], []),
    ("en", "The fund holds 40 billion Swiss francs.", [("40 billion Swiss francs", 0, 40 * B, "CHF", "exact")], []),
    ("en", "Baidu spent 12 billion Chinese yuan on chips.", [("12 billion Chinese yuan", 0, 12 * B, "CNY", "exact")], []),
    ("en", "Arm was bought for 24 billion pounds sterling.",
     [("24 billion pounds sterling", 0, 24 * B, "GBP", "exact")], []),
    ("en", "Samsung will invest 300 trillion Korean won.", [("300 trillion Korean won", 0, 300 * T, "KRW", "exact")], []),
    ("en", "The share price rose 3 cents to 45 cents.",
     [("3 cents", 0, 0.03, "USD", "exact"), ("45 cents", 0, 0.45, "USD", "exact")], []),
    ("en", "Nvidia added more than $200 billion in value.", [("$200 billion", 0, 200 * B, "USD", "over")], []),
    ("en", "Meta will spend at least $60 billion.", [("$60 billion", 0, 60 * B, "USD", "at_least")], []),
    ("en", "The chip costs around $30,000.", [("$30,000", 0, 30 * K, "USD", "approx")], []),
    ("en", "The project may cost up to $500 billion.", [("$500 billion", 0, 500 * B, "USD", "at_most")], []),
    ("en", "Costs fell below $2 million.", [("$2 million", 0, 2 * M, "USD", "under")], []),
    ("en", "Spending rose to between $40 billion and $45 billion.",
     [("$40 billion", 0, 40 * B, "USD", "exact"), ("$45 billion", 0, 45 * B, "USD", "exact")], []),
    ("en", "The company spent $1.2-1.5 billion.",
     [("$1.2", 0, 1.2 * B, "USD", "exact"), ("1.5 billion", 0, 1.5 * B, "USD", "exact")], []),
    ("en", "It offered $24 to $26 a share.", [("$24", 0, 24, "USD", "exact"), ("$26", 0, 26, "USD", "exact")], []),
    ("en", "A $5-million grant went to the lab.", [("$5-million", 0, 5 * M, "USD", "exact")], []),
    ("en", "The lab runs 16,384 H100 GPUs.", [], [("16,384 H100 GPUs", 0, 16384, "H100", "exact")]),
    ("en", "It ordered 100,000 GB200 chips.", [], [("100,000 GB200 chips", 0, 100000, "GB200", "exact")]),
    ("en", "About 600,000 H100 equivalents are planned.", [], []),
    ("en", "The site uses 2,000 Gaudi 3 accelerators.", [], [("2,000 Gaudi 3 accelerators", 0, 2000, "Gaudi 3", "exact")]),
    ("en", "More than 1,000 MI300X GPUs are installed.", [], [("1,000 MI300X GPUs", 0, 1000, "MI300X", "over")]),
    ("en", "The 1,024-node cluster has 4 petabytes.", [], []),
    ("en", "Training took 2.79 million H800 GPU hours.", [], []),
    ("en", "The model scored 90 points on the benchmark in 2025.", [], []),
    ("en", "It has 1,500 employees and 20 offices.", [], []),
    ("en", "Two thousand GPUs arrived.", [], [("Two thousand GPUs", 0, 2000, None, "exact")]),
    ("en", "The stake is worth half a billion pounds.", [("half a billion pounds", 0, 0.5 * B, "GBP", "exact")], []),
]
DE2 = [
    ("de", "Das Start-up sammelte 600 Millionen US-Dollar ein.", [("600 Millionen US-Dollar", 0, 600 * M, "USD", "exact")], []),
    ("de", "Der Fonds verwaltet 3 Billionen Yen.", [("3 Billionen Yen", 0, 3 * T, "JPY", "exact")], []),
    ("de", "Die Übernahme kostet 8 Mrd. Pfund Sterling.", [("8 Mrd. Pfund Sterling", 0, 8 * B, "GBP", "exact")], []),
    ("de", "Die Investition liegt bei etwa 2 Mrd. Euro.", [("2 Mrd. Euro", 0, 2 * B, "EUR", "approx")], []),
    ("de", "Der Umsatz stieg auf 35,1 Mrd. US-Dollar.", [("35,1 Mrd. US-Dollar", 0, 35.1 * B, "USD", "exact")], []),
    ("de", "Die Ausgaben liegen zwischen 2 und 3 Milliarden Euro.",
     [("2", 0, 2 * B, "EUR", "exact"), ("3 Milliarden Euro", 0, 3 * B, "EUR", "exact")], []),
    ("de", "Der Wert stieg von 1,2 auf 1,5 Milliarden Euro.",
     [("1,2", 0, 1.2 * B, "EUR", "exact"), ("1,5 Milliarden Euro", 0, 1.5 * B, "EUR", "exact")], []),
    ("de", "Ein Cloud-Auftrag von OpenAI über 300 Milliarden Dollar.",
     [("300 Milliarden Dollar", 0, 300 * B, "USD", "exact")], []),
    ("de", "Das Rechenzentrum kostet knapp 1 Milliarde Euro.", [("1 Milliarde Euro", 0, 1 * B, "EUR", "approx")], []),
    ("de", "Die Firma kauft 20.000 KI-Chips.", [], [("20.000 KI-Chips", 0, 20000, None, "exact")]),
    ("de", "Das Labor nutzt über 4.000 Grafikprozessoren.", [], [("4.000 Grafikprozessoren", 0, 4000, None, "over")]),
    ("de", "Im Jahr 2025 kamen 300 Server hinzu.", [], []),
    ("de", "Der Konzern hat 200.000 Mitarbeiter.", [], []),
]
FR2 = [
    ("fr", "La start-up a levé 600 millions de dollars américains.",
     [("600 millions de dollars américains", 0, 600 * M, "USD", "exact")], []),
    ("fr", "Le contrat vaut 2 milliards de dollars canadiens.",
     [("2 milliards de dollars canadiens", 0, 2 * B, "CAD", "exact")], []),
    ("fr", "Le fonds a investi 1,5 Md€ dans l'IA.", [("1,5 Md€", 0, 1.5 * B, "EUR", "exact")], []),
    ("fr", "La société vaut environ 12 milliards d'euros.", [("12 milliards d'euros", 0, 12 * B, "EUR", "approx")], []),
    ("fr", "Les dépenses se situent entre 2 et 3 milliards d'euros.",
     [("2", 0, 2 * B, "EUR", "exact"), ("3 milliards d'euros", 0, 3 * B, "EUR", "exact")], []),
    ("fr", "Le chiffre d'affaires est passé de 1,1 à 1,4 milliard d'euros.",
     [("1,1", 0, 1.1 * B, "EUR", "exact"), ("1,4 milliard d'euros", 0, 1.4 * B, "EUR", "exact")], []),
    ("fr", "Le projet coûte 500 millions d'euros.", [("500 millions d'euros", 0, 500 * M, "EUR", "exact")], []),
    ("fr", "La banque a prêté 3 milliards de yens.", [("3 milliards de yens", 0, 3 * B, "JPY", "exact")], []),
    ("fr", "Le campus comptera plus de 10 000 GPU.", [], [("10 000 GPU", 0, 10000, None, "over")]),
    ("fr", "Le groupe emploie 5 000 personnes depuis 2020.", [], []),
]
ES2 = [
    ("es", "La firma captó 300 millones de dólares estadounidenses.",
     [("300 millones de dólares estadounidenses", 0, 300 * M, "USD", "exact")], []),
    ("es", "Telefónica invertirá unos 1.500 millones de euros.",
     [("1.500 millones de euros", 0, 1.5 * B, "EUR", "approx")], []),
    ("es", "El coste rondó los 200 millones de euros.", [("200 millones de euros", 0, 200 * M, "EUR", "approx")], []),
    ("es", "El gasto estará entre 2.000 y 3.000 millones de euros.",
     [("2.000", 0, 2 * B, "EUR", "exact"), ("3.000 millones de euros", 0, 3 * B, "EUR", "exact")], []),
    ("es", "Las acciones subieron un 1,2 %, hasta 89.500 wones.", [("89.500 wones", 0, 89500, "KRW", "exact")], []),
    ("es", "La multa será de hasta 20 millones de euros.", [("20 millones de euros", 0, 20 * M, "EUR", "at_most")], []),
    ("es", "El centro de datos albergará 10 mil GPU.", [], [("10 mil GPU", 0, 10000, None, "exact")]),
    ("es", "La empresa tiene 4.000 empleados desde 2021.", [], []),
]
IT2 = [
    ("it", "La startup ha raccolto 400 milioni di dollari.", [("400 milioni di dollari", 0, 400 * M, "USD", "exact")], []),
    ("it", "Il gruppo investirà circa 2 miliardi di euro.", [("2 miliardi di euro", 0, 2 * B, "EUR", "approx")], []),
    ("it", "Il costo è tra 1 e 2 miliardi di euro.",
     [("1", 0, 1 * B, "EUR", "exact"), ("2 miliardi di euro", 0, 2 * B, "EUR", "exact")], []),
    ("it", "Il fatturato è di più di 5 miliardi di euro.", [("5 miliardi di euro", 0, 5 * B, "EUR", "over")], []),
    ("it", "Il data center avrà 5.000 GPU H100.", [], [("5.000 GPU H100", 0, 5000, "H100", "exact")]),
    ("it", "L'azienda ha 3.000 dipendenti dal 2020.", [], []),
]
PT2 = [
    ("pt", "A startup levantou US$ 300 milhões.", [("US$ 300 milhões", 0, 300 * M, "USD", "exact")], []),
    ("pt", "O projeto custa cerca de R$ 1 bilhão.", [("R$ 1 bilhão", 0, 1 * B, "BRL", "approx")], []),
    ("pt", "A empresa investirá 2 mil milhões de euros.", [("2 mil milhões de euros", 0, 2 * B, "EUR", "exact")], []),
    ("pt", "O custo fica entre R$ 2 bilhões e R$ 3 bilhões.",
     [("R$ 2 bilhões", 0, 2 * B, "BRL", "exact"), ("R$ 3 bilhões", 0, 3 * B, "BRL", "exact")], []),
    ("pt", "O gasto é de mais de US$ 1 bilhão.", [("US$ 1 bilhão", 0, 1 * B, "USD", "over")], []),
    ("pt", "O laboratório tem 3 mil GPUs.", [], [("3 mil GPUs", 0, 3000, None, "exact")]),
    ("pt", "A empresa tem 2.000 funcionários desde 2019.", [], []),
]
NL2 = [
    ("nl", "Mistral haalde 600 miljoen dollar op.", [("600 miljoen dollar", 0, 600 * M, "USD", "exact")], []),
    ("nl", "De deal is ongeveer 4 miljard euro waard.", [("4 miljard euro", 0, 4 * B, "EUR", "approx")], []),
    ("nl", "De investering ligt tussen de 2 en 3 miljard euro.",
     [("2", 0, 2 * B, "EUR", "exact"), ("3 miljard euro", 0, 3 * B, "EUR", "exact")], []),
    ("nl", "De koers steeg tot 38 euro.", [("38 euro", 0, 38, "EUR", "exact")], []),
    ("nl", "De boete bedraagt tot 10 miljoen euro.", [("10 miljoen euro", 0, 10 * M, "EUR", "at_most")], []),
    ("nl", "Het cluster telt 6.000 GPU's van Nvidia.", [], [("6.000 GPU's", 0, 6000, None, "exact")]),
    ("nl", "Het bedrijf heeft 3.000 werknemers sinds 2018.", [], []),
]
PL2 = [
    ("pl", "Spółka pozyskała 200 mln dolarów.", [("200 mln dolarów", 0, 200 * M, "USD", "exact")], []),
    ("pl", "Projekt kosztuje około 1,5 mld zł.", [("1,5 mld zł", 0, 1.5 * B, "PLN", "approx")], []),
    ("pl", "Wydatki wyniosą od 2 do 3 mld zł.",
     [("2", 0, 2 * B, "PLN", "exact"), ("3 mld zł", 0, 3 * B, "PLN", "exact")], []),
    ("pl", "Fundusz ma ponad 500 mln euro.", [("500 mln euro", 0, 500 * M, "EUR", "over")], []),
    ("pl", "Kontrakt jest wart co najmniej 100 mln zł.", [("100 mln zł", 0, 100 * M, "PLN", "at_least")], []),
    ("pl", "Bank wyda mniej niż 50 mln zł.", [("50 mln zł", 0, 50 * M, "PLN", "under")], []),
    ("pl", "Klaster ma ok. 20 tys. procesorów graficznych.",
     [], [("20 tys. procesorów graficznych", 0, 20000, None, "approx")]),
    ("pl", "Firma zatrudnia 1000 osób od 2015 roku.", [], []),
]
VI2 = [
    ("vi", "Công ty huy động 300 triệu đô la.", [("300 triệu đô la", 0, 300 * M, "USD", "exact")], []),
    ("vi", "Dự án có vốn gần 2 tỷ USD.", [("2 tỷ USD", 0, 2 * B, "USD", "approx")], []),
    ("vi", "Chi phí ít nhất 100 triệu USD.", [("100 triệu USD", 0, 100 * M, "USD", "at_least")], []),
    ("vi", "Doanh thu vượt quá 5 tỷ USD.", [("5 tỷ USD", 0, 5 * B, "USD", "over")], []),
    ("vi", "Trung tâm có hơn 1.000 GPU.", [], [("1.000 GPU", 0, 1000, None, "over")]),
]
ID2 = [
    ("id", "Startup itu meraih US$ 300 juta.", [("US$ 300 juta", 0, 300 * M, "USD", "exact")], []),
    ("id", "Nilai proyek mencapai Rp 2,5 triliun.", [("Rp 2,5 triliun", 0, 2.5 * T, "IDR", "exact")], []),
    ("id", "Biayanya setidaknya Rp 1 triliun.", [("Rp 1 triliun", 0, 1 * T, "IDR", "at_least")], []),
    ("id", "Pusat data itu punya lebih dari 2.000 GPU.", [], [("2.000 GPU", 0, 2000, None, "over")]),
]
ZH2 = [
    ("zh", "阿里巴巴将投资3800亿元人民币。", [("3800亿元", 0, 380 * B, "CNY", "exact")], []),
    ("zh", "该公司营收约为2万4000元。", [("2万4000元", 0, 24000, "CNY", "approx")], []),
    ("zh", "腾讯融资至少5亿美元。", [("5亿美元", 0, 500 * M, "USD", "at_least")], []),
    ("zh", "交易额远高于100亿美元。", [("100亿美元", 0, 10 * B, "USD", "over")], []),
    ("zh", "市值不到1000亿美元。", [("1000亿美元", 0, 100 * B, "USD", "under")], []),
    ("zh", "百度采购了1万颗昇腾芯片。", [], [("1万颗", 0, 10000, None, "exact")]),
    ("zh", "公司有5000名员工。", [], []),
]
JA2 = [
    ("ja", "同社は5000億円を投資する。", [("5000億円", 0, 500 * B, "JPY", "exact")], []),
    ("ja", "調達額は10億ドルを超える。", [("10億ドル", 0, 1 * B, "USD", "over")], []),
    ("ja", "費用は最大50億円だ。", [("50億円", 0, 5 * B, "JPY", "at_most")], []),
    ("ja", "売上高は1兆円以上となった。", [("1兆円", 0, 1 * T, "JPY", "over")], []),
    ("ja", "同社はGPUを1万基導入した。", [], [("GPUを1万基", 0, 10000, None, "exact")]),
    ("ja", "従業員は3000人いる。", [], []),
]
EN3 = [
    ("en", "Nvidia sold 500,000 H100s in the quarter.", [], [("500,000 H100s", 0, 500000, "H100", "exact")]),
    ("en", "The firm plans 1,000 and 2,000 GB200s for its two sites.",
     [], [("1,000", 0, 1000, "GB200", "exact"), ("2,000 GB200s", 0, 2000, "GB200", "exact")]),
    ("en", "Oracle will buy 4096 GB200s.", [], [("4096 GB200s", 0, 4096, "GB200", "exact")]),
    ("en", "Since 2023 GPUs have doubled in price.", [], []),
    ("en", "The 2026 GPU roadmap was unveiled.", [], []),
    ("en", "The rig holds eight GPUs.", [], [("eight GPUs", 0, 8, None, "exact")]),
    ("en", "The seed round was ten million dollars.", [("ten million dollars", 0, 10 * M, "USD", "exact")], []),
    ("en", "A quarter of the $4 billion budget went to chips.", [("$4 billion", 0, 4 * B, "USD", "exact")], []),
    ("en", "The deal was worth a hundred million dollars.",
     [("a hundred million dollars", 0, 100 * M, "USD", "exact")], []),
    ("en", "The fine is 4.3 billion euros.", [("4.3 billion euros", 0, 4.3 * B, "EUR", "exact")], []),
]
DE3 = [
    ("de", "Der Chipkonzern zahlt zwei Milliarden Dollar.", [("zwei Milliarden Dollar", 0, 2 * B, "USD", "exact")], []),
    ("de", "Der Staat gibt fünf Millionen Euro.", [("fünf Millionen Euro", 0, 5 * M, "EUR", "exact")], []),
    ("de", "Der Konzern kauft 4096 KI-Chips.", [], [("4096 KI-Chips", 0, 4096, None, "exact")]),
    ("de", "Das Labor kauft 3.000 weitere GPUs.", [], [("3.000 weitere GPUs", 0, 3000, None, "exact")]),
]
FR3 = [
    ("fr", "Le groupe investit trois milliards d'euros.", [("trois milliards d'euros", 0, 3 * B, "EUR", "exact")], []),
    ("fr", "La levée atteint cinquante millions d'euros.",
     [("cinquante millions d'euros", 0, 50 * M, "EUR", "exact")], []),
]
ES3 = [
    ("es", "La empresa pagó tres millones de euros.", [("tres millones de euros", 0, 3 * M, "EUR", "exact")], []),
    ("es", "El Estado invierte cien millones de euros.", [("cien millones de euros", 0, 100 * M, "EUR", "exact")], []),
]
IT3 = [
    ("it", "Lo Stato investe tre miliardi di euro.", [("tre miliardi di euro", 0, 3 * B, "EUR", "exact")], []),
    ("it", "Il fondo ha cento milioni di euro.", [("cento milioni di euro", 0, 100 * M, "EUR", "exact")], []),
]
PT3 = [
    ("pt", "O governo investe três bilhões de reais.", [("três bilhões de reais", 0, 3 * B, "BRL", "exact")], []),
    ("pt", "O banco emprestou cem milhões de dólares.", [("cem milhões de dólares", 0, 100 * M, "USD", "exact")], []),
]
NL3 = [
    ("nl", "De staat steekt drie miljard euro in chips.", [("drie miljard euro", 0, 3 * B, "EUR", "exact")], []),
    ("nl", "Het bedrijf kreeg een miljard euro.", [("een miljard euro", 0, 1 * B, "EUR", "exact")], []),
]
PL3 = [
    ("pl", "Spółka wyda trzy miliardy złotych.", [("trzy miliardy złotych", 0, 3 * B, "PLN", "exact")], []),
    ("pl", "Rząd da pięćset milionów złotych.", [("pięćset milionów złotych", 0, 500 * M, "PLN", "exact")], []),
]
ASIA3 = [
    ("vi", "Tập đoàn chi khoảng 3 tỷ đô la Mỹ.", [("3 tỷ đô la Mỹ", 0, 3 * B, "USD", "approx")], []),
    ("vi", "Công ty có 2.000 nhân viên từ năm 2020.", [], []),
    ("id", "Perusahaan itu memiliki 500 karyawan sejak 2019.", [], []),
    ("id", "Dana itu hampir US$ 1 miliar.", [("US$ 1 miliar", 0, 1 * B, "USD", "approx")], []),
    ("zh", "字节跳动计划投资约1600亿元。", [("1600亿元", 0, 160 * B, "CNY", "approx")], []),
    ("zh", "该集群拥有超过1万块GPU。", [], [("1万块", 0, 10000, None, "over")]),
    ("ja", "同社は約2兆円を投じる。", [("2兆円", 0, 2 * T, "JPY", "approx")], []),
    ("ja", "その工場は2025年に稼働した。", [], []),
]

ISSUE_15_CASES = (EN + DE + FR + ES + IT + PT + NL + PL + VI + ID + ZH + JA + EN2 + DE2 + FR2 + ES2 + IT2 + PT2 + NL2 +
                  PL2 + VI2 + ID2 + ZH2 + JA2 + EN3 + DE3 + FR3 + ES3 + IT3 + PT3 + NL3 + PL3 + ASIA3)

CASES += ISSUE_15_CASES


CASES += NEW_LANGUAGE_CASES

CASES += LONG_TAIL_CASES


def main(out_dir):
    out = pathlib.Path(out_dir)
    docs, gold = [], []
    for index, (lang, text, money, gpus) in enumerate(CASES):
        doc_id = f"ml-{index:02d}-{lang}"
        docs.append({"id": doc_id, "text": text, "lang": lang})
        record = {"id": doc_id, "money": [], "gpu_counts": []}
        for needle, nth, value, currency, bound in money:
            start, end = locate(text, needle, nth)
            record["money"].append({"text": needle, "start": start, "end": end, "value": round(value, 6),
                                    "currency": currency, "bound": bound})
        for needle, nth, count, model, bound in gpus:
            start, end = locate(text, needle, nth)
            record["gpu_counts"].append({"text": needle, "start": start, "end": end, "count": count,
                                         "model": model, "bound": bound})
        gold.append(record)
    for name, rows in (("documents.jsonl", docs), ("gold.jsonl", gold)):
        (out / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main(sys.argv[1])
