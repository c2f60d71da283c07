"""Incident clustering: quality on the project's test corpus, and cost as the store grows.

    python benchmarks/bench_incidents.py                      # quality + cost at 10k and 100k events
    python benchmarks/bench_incidents.py --sizes 1000 10000   # a quicker cost check
    python benchmarks/bench_incidents.py --order shuffled     # the reports arriving in random order

Quality: the reports of ``tests/data/incidents/reports.jsonl`` (several differently worded
reports of three incidents, plus look-alikes in other places or weeks) are coded, clustered,
and scored by pairwise precision and recall against their hand-given incident labels. Only the
events of each report's labelled category are scored (a report of a protest may also code the
arrests it mentions).

Cost: synthetic event records (every field the clusterer reads, drawn from realistic pools of
categories, actors, places and dates, with 1-6 reports per happening) are clustered at each
size. The table prints seconds, microseconds per event, and the ratio of time to n log n, side
by side: a constant last column means n log n growth; quadratic growth would multiply it by
the size ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "incidents" / "reports.jsonl"

_CATEGORIES = ("ASSAULT", "PROTEST", "COERCE", "THREATEN", "REQUEST", "ACCUSE", "CONSULT", "AID", "MOBILIZE",
               "SANCTION", "RETREAT", "AGREE", "SUPPORT", "REJECT", "COOPERATE", "CONCEDE")  # fmt: skip
_SECTORS = ("REB", "MIL", "GOV", "COP", "CVL", "UAF", "OPP", "EDU")


def quality(path: Path = CORPUS) -> dict[str, Any]:
    """Pairwise precision/recall of cluster() on the labelled corpus."""
    from eventwire.coding.coder import default_coder
    from eventwire.store.incidents import cluster, pairwise_scores
    from eventwire.text.article import Article

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = [
        Article.from_text(r["text"], published=dt.date.fromisoformat(r["published"]), outlet=r["outlet"]) for r in rows
    ]
    events, gold = [], {}
    for row, analysis in zip(rows, default_coder().code_articles(arts)):
        for e in analysis.coded_events():
            events.append(e)
            if e.event_type == row["event_type"]:
                gold[e.id] = row["incident"]
    incidents = cluster(events)
    predicted = {rid: inc.id for inc in incidents for rid in inc.reports}
    p, r, f = pairwise_scores(predicted, gold)
    labelled = {inc.id for inc in incidents if any(rid in gold for rid in inc.reports)}
    return {"reports": len(rows), "events_scored": len(gold), "gold_incidents": len(set(gold.values())),
            "predicted_incidents": len(labelled), "precision": p, "recall": r, "f1": f}  # fmt: skip


def synthetic(n: int, *, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` event records: happenings with 1-6 reports each, over one year and 400 places."""
    rng = random.Random(seed)
    places = [(f"City{i}", f"C{i % 60:02d}", rng.uniform(-40, 60), rng.uniform(-20, 120)) for i in range(400)]
    actors = [(f"actor_{i}", f"C{i % 60:02d}", rng.choice(_SECTORS)) for i in range(1500)]
    day0 = dt.date(2020, 1, 1).toordinal()
    out: list[dict[str, Any]] = []
    h = 0
    while len(out) < n:
        h += 1
        cat = rng.choice(_CATEGORIES)
        kb, country, sector = rng.choice(actors)
        rkb, rcountry, rsector = rng.choice(actors)
        name, pcountry, lat, lon = rng.choice(places)
        day = day0 + rng.randrange(365)
        for k in range(min(rng.randint(1, 6), n - len(out))):
            known = rng.random() < 0.6
            art = f"a{h}_{k}"
            prec = rng.choices(("day", "week", "month", "year"), weights=(85, 5, 7, 3))[0]
            d = dt.date.fromordinal(day + rng.randint(0, 1))
            date = {"day": d.isoformat(), "week": (d - dt.timedelta(days=d.weekday())).isoformat(),
                    "month": d.isoformat()[:7], "year": d.isoformat()[:4]}[prec]  # fmt: skip
            out.append(
                {
                    "id": f"e{h}_{k}",
                    "event_type": cat,
                    "mode": None,
                    "actor": [{"kb_id": kb if known else None, "name": kb, "country": country, "sector": sector}],
                    "recipient": [
                        {
                            "kb_id": rkb if rng.random() < 0.5 else None,
                            "name": rkb,
                            "country": rcountry,
                            "sector": rsector,
                        }
                    ],
                    "date": date,
                    "date_precision": prec,
                    "date_source": "sentence",
                    "location": {"name": name, "country": pcountry, "lat": lat, "lon": lon, "precision": "city"},
                    "aux": {"negated": False},
                    "article": {"id": art, "outlet": f"outlet{rng.randrange(40)}", "published": d.isoformat()},
                    "sentence": {"text": f"report {h} {k}"},
                    "trigger": {"start": 0},
                    "_gold": h,
                }
            )
    return out


def cost(sizes: list[int], *, order: str = "generated") -> list[dict[str, Any]]:
    """Cluster ``synthetic(n)`` at each size, the reports arriving as generated (a happening's reports
    together), ``shuffled`` or sorted by ``date``."""
    from eventwire.store.incidents import cluster, pairwise_scores

    rows = []
    for n in sizes:
        events = synthetic(n)
        if order == "shuffled":
            random.Random(1).shuffle(events)
        elif order == "date":
            events.sort(key=lambda e: (e["date"], e["id"]))
        t0 = time.perf_counter()
        incidents = cluster(events)
        secs = time.perf_counter() - t0
        predicted = {rid: inc.id for inc in incidents for rid in inc.reports}
        p, r, _ = pairwise_scores(predicted, {e["id"]: str(e["_gold"]) for e in events})
        rows.append(
            {
                "n": n,
                "seconds": secs,
                "us_per_event": 1e6 * secs / n,
                "per_nlogn": 1e9 * secs / (n * math.log2(n)),
                "incidents": len(incidents),
                "precision": p,
                "recall": r,
            }
        )
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--skip-quality", action="store_true")
    ap.add_argument("--order", choices=("generated", "shuffled", "date"), default="generated",
                    help="the order the synthetic reports arrive in")
    args = ap.parse_args()
    if not args.skip_quality:
        q = quality()
        print(f"corpus: {q['reports']} reports, {q['events_scored']} events scored, "
              f"{q['gold_incidents']} gold incidents, {q['predicted_incidents']} predicted")  # fmt: skip
        print(f"pairwise precision {q['precision']:.3f}  recall {q['recall']:.3f}  F1 {q['f1']:.3f}")
    if args.sizes:
        rows = cost(sorted(args.sizes), order=args.order)
        print(f"{'events':>9} {'seconds':>9} {'us/event':>9} {'ns/(n log2 n)':>14} {'incidents':>10} {'P':>6} {'R':>6}")
        for r in rows:
            print(
                f"{r['n']:>9} {r['seconds']:>9.2f} {r['us_per_event']:>9.1f} {r['per_nlogn']:>14.1f} "
                f"{r['incidents']:>10} "
                f"{r['precision']:>6.3f} {r['recall']:>6.3f}"
            )
        if len(rows) >= 2:
            a, b = rows[0], rows[-1]
            k = b["n"] / a["n"]
            print(f"time ratio {b['seconds'] / a['seconds']:.1f}x for {k:.0f}x the events "
                  f"(n log n predicts {k * math.log(b['n']) / math.log(a['n']):.1f}x, n^2 {k * k:.0f}x)")


if __name__ == "__main__":
    main()
