"""Row helpers of the Korean, Turkish, Arabic and Hungarian news modules
(scripts/news/{ko,tr,ar,hu}.py), as scripts/news/ja.py writes its own: each
figure is one row giving both its mention (money or GPU count) and its
claim; article() splits the rows into the layers make_news_set.py reads.
Entities are (surface, id, type) aliases; every occurrence of each alias in
the text is an entity mention (a longer alias wins over a shorter one).
"""

K, M, B, T = 10**3, 10**6, 10**9, 10**12


def money(text, occ, value, currency, bound, subject, predicate, fact, cluster=None,
          attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("money", text, occ, value, currency, bound, subject, predicate, fact, cluster,
            attribution, hedge, scope, period, per)


def gpus(text, occ, count, model, bound, subject, fact, cluster=None,
         attribution=None, hedge=None, scope=None, period=None, per=None):
    return ("gpu", text, occ, count, model, bound, subject, "gpu_count", fact, cluster,
            attribution, hedge, scope, period, per)


def _entities(text, aliases):
    """Every occurrence of every alias, longest alias first, no overlaps."""
    taken, out = [], []
    for surface, entity_id, entity_type in sorted(aliases, key=lambda a: -len(a[0])):
        start, occ = text.find(surface), 0
        while start >= 0:
            end = start + len(surface)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                out.append((start, (surface, occ, entity_id, entity_type)))
            occ += 1
            start = text.find(surface, start + 1)
    return [m for _, m in sorted(out)]


def article(lang, id, source, slug, published, title, body, figures, aliases):
    text = title + "\n\n" + body.strip()
    a = {"id": id, "lang": lang, "source": source, "url": "https://%s/%s" % (source, slug),
         "published": published, "title": title, "text": text,
         "money": [], "gpu_counts": [], "entities": _entities(text, aliases), "claims": []}
    for (kind, t, occ, value, unit, bound, subject, predicate, fact, cluster,
         attribution, hedge, scope, period, per) in figures:
        if kind == "money":
            a["money"].append((t, occ, value, unit, bound))
        else:
            a["gpu_counts"].append((t, occ, value, unit, bound))
        c = {"text": t, "occurrence": occ, "subject": subject, "predicate": predicate,
             "value": value, "currency": unit if kind == "money" else None,
             "attribution": attribution, "hedge": hedge, "scope": scope, "period": period,
             "per": per, "fact": fact}
        if cluster:
            c["cluster"] = cluster
        a["claims"].append(c)
    return a


