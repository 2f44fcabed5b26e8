"""How en.py and de.py write their articles and gold rows: one helper each for
money, GPU counts and the article (offsets and entity mentions computed).
Shared so that the two languages cannot drift apart."""

B, M, T = 10**9, 10**6, 10**12


def _standalone(text, start, end):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in ",." or after.isalnum()
                or (after in ",." and end + 1 < len(text) and text[end + 1].isdigit()))


def _raw_occurrence(text, needle, start):
    n, i = 0, text.find(needle)
    while i != start:
        n += 1
        i = text.find(needle, i + 1)
    return n


def _nth_standalone(text, needle, k):
    i, seen = text.find(needle), 0
    while i >= 0:
        if _standalone(text, i, i + len(needle)):
            if seen == k:
                return i
            seen += 1
        i = text.find(needle, i + 1)
    raise SystemExit(f"span {needle!r} #{k} not found")


def _entities(text, names, genitive_s=False):
    """Every stand-alone mention of each (surface, id, type), longest first;
    with genitive_s a trailing genitive 's' (German "Nvidias") is allowed."""
    taken, out = [], []
    for surface, eid, etype in sorted(names, key=lambda n: -len(n[0])):
        i = text.find(surface)
        while i >= 0:
            j = i + len(surface)
            before = text[i - 1] if i > 0 else " "
            after = text[j] if j < len(text) else " "
            nxt = text[j + 1] if j + 1 < len(text) else " "
            ok = not before.isalnum() and (not after.isalnum()
                                            or (genitive_s and after == "s" and not nxt.isalnum()))
            if ok and not any(a < j and i < b for a, b in taken):
                taken.append((i, j))
                out.append((i, (surface, _raw_occurrence(text, surface, i), eid, etype)))
            i = text.find(surface, i + 1)
    return [e for _, e in sorted(out)]


def _num(v):
    v = round(v, 6)
    return int(v) if v == int(v) else v


def money(span, value, currency, bound, predicate, subject, fact, **kw):
    return dict(kind="money", span=span, value=_num(value), currency=currency, bound=bound,
                predicate=predicate, subject=subject, fact=fact, **kw)


def gpus(span, count, model, bound, subject, fact, **kw):
    return dict(kind="gpu", span=span, value=count, model=model, bound=bound,
                predicate="gpu_count", subject=subject, fact=fact, **kw)


def article(aid, source, slug, published, title, dateline, paragraphs, boilerplate, names, items):
    """items: one per figure, in text order for equal spans (the k-th item
    with a span is that span's k-th stand-alone occurrence)."""
    lang = aid.split("-")[1]
    text = "\n\n".join([title, dateline] + paragraphs + [boilerplate])
    a = {"id": aid, "lang": lang, "source": source, "url": f"https://{source}/{slug}",
         "published": published, "title": title, "text": text, "money": [], "gpu_counts": [],
         "claims": [], "entities": _entities(text, names, genitive_s=(lang == "de"))}
    count = {}
    for it in items:
        k = count.get(it["span"], 0)
        count[it["span"]] = k + 1
        start = _nth_standalone(text, it["span"], k)
        occ = _raw_occurrence(text, it["span"], start)
        if it["kind"] == "money":
            a["money"].append((it["span"], occ, it["value"], it["currency"], it["bound"]))
        else:
            a["gpu_counts"].append((it["span"], occ, it["value"], it["model"], it["bound"]))
        claim = {"text": it["span"], "occurrence": occ, "subject": it["subject"],
                 "predicate": it["predicate"], "value": it["value"],
                 "currency": it.get("currency"), "attribution": it.get("att"),
                 "hedge": it.get("hedge"), "scope": it.get("scope"),
                 "period": it.get("period"), "per": it.get("per"), "fact": it["fact"]}
        if it.get("cluster"):
            claim["cluster"] = it["cluster"]
        a["claims"].append(claim)
    return a


ORG, PER, ACC = "org", "person", "accelerator"
