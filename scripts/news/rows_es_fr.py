"""How es.py and fr.py write their articles and gold rows: one helper each for
money, GPU counts and the article (offsets and entity mentions computed).
Shared so that the two languages cannot drift apart."""

B, M = 10**9, 10**6


def _boundary_ok(text, start, end):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in ",.":
        return False
    if after.isalnum():
        return False
    return True


def _raw_occurrence(text, needle, start):
    n, i = 0, text.find(needle)
    while i != start:
        n += 1
        i = text.find(needle, i + 1)
    return n


def _nth_standalone(text, needle, k):
    """Start of the k-th (0-based) occurrence of needle that is not part of a
    longer number or word."""
    i, seen = text.find(needle), 0
    while i >= 0:
        if _boundary_ok(text, i, i + len(needle)):
            if seen == k:
                return i
            seen += 1
        i = text.find(needle, i + 1)
    raise SystemExit(f"span {needle!r} #{k} not found")


def _entities(text, names):
    """Every stand-alone mention of each (surface, id, type), longest surface
    first, mentions inside a longer one skipped."""
    taken, out = [], []
    for name in sorted(names, key=lambda n: -len(n[0])):
        surface, eid, etype = name[:3]
        skip = name[3] if len(name) > 3 else ()  # stand-alone mentions that are not the entity
        i, k = text.find(surface), 0
        while i >= 0:
            j = i + len(surface)
            if _boundary_ok(text, i, j) and not any(a < j and i < b for a, b in taken):
                taken.append((i, j))
                if k not in skip:
                    out.append((i, (surface, _raw_occurrence(text, surface, i), eid, etype)))
                k += 1
            i = text.find(surface, i + 1)
    return [e for _, e in sorted(out)]


def money(span, value, currency, bound, predicate, subject, fact, **kw):
    return dict(kind="money", span=span, value=value, currency=currency, bound=bound,
                predicate=predicate, subject=subject, fact=fact, **kw)


def gpus(span, count, model, bound, subject, fact, **kw):
    return dict(kind="gpu", span=span, value=count, model=model, bound=bound,
                predicate="gpu_count", subject=subject, fact=fact, **kw)


def article(aid, source, slug, published, title, dateline, paragraphs, boilerplate, names, items):
    text = "\n\n".join([title, dateline] + paragraphs + [boilerplate])
    a = {"id": aid, "lang": aid.split("-")[1], "source": source,
         "url": f"https://{source}/{slug}", "published": published, "title": title,
         "text": text, "money": [], "gpu_counts": [], "claims": [],
         "entities": _entities(text, names)}
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

