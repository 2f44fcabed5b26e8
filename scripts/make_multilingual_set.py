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
     [("2 billions de dollars", 0, 2 * T, "USD", "exact")], []),
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


CASES += NEW_LANGUAGE_CASES


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
