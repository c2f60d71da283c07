"""Whole-record scoring against the gold corpus of news articles (``evaluation.corpus``).

Each article is coded as a whole (with its publication date), and every output event is
aligned to at most one gold event of the same sentence: the gold sentence must contain the
output trigger; among several, the pairing prefers an overlapping trigger, then the same
category, then the same actor (greedy, one to one).

Definitions:

* A **happening** is a gold event with its restatements (``restates`` chains). Recall counts
  happenings: one found telling is enough, so merging restatements is never penalised.
* **Precision** of a field: output events whose category and that field are right, over all
  output events (unaligned outputs are wrong). **Recall** of a field: happenings with an aligned
  output whose category and that field are right, over all factual happenings.
* **Every field right**: category, actor (right party and country), recipient (likewise),
  location country, date (to the gold precision) and factuality (the output's flags assert
  the act happened exactly when the gold's do).
* **Duplicate**: an output event aligned to a happening that an earlier output of the article
  already holds.
* Parties: an output party matches a gold party when the spans overlap, or both carry the same
  knowledge-base id, or both carry the same country and sector. The party is right when every
  gold party is matched and every output party matches; with no gold party, right when no
  output party is resolved (no country, no kb id). Country and sector are compared as sets.
* Location and date are not scored where the gold leaves them null.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.ontology import CATEGORIES
from ..record import Actor, Event
from .corpus import AUX_FLAGS, is_factual

FIELDS: tuple[str, ...] = ("category", "actor", "recipient", "location", "date", "mode", "factuality", "all")


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _party_match(o: Actor, g: dict[str, Any]) -> bool:
    if _overlap(o.start, o.end, g["start"], g["end"]):
        return True
    if g.get("kb_id") and o.kb_id == g["kb_id"]:
        return True
    return bool(g.get("country") and g.get("sector") and o.country == g["country"] and o.sector == g["sector"])


def party_right(out: list[Actor], gold: list[dict[str, Any]]) -> bool:
    """The same parties: every gold party matched and every output party matching one."""
    if not gold:
        return not any(o.country or o.kb_id for o in out)
    return all(any(_party_match(o, g) for o in out) for g in gold) and all(
        any(_party_match(o, g) for g in gold) for o in out
    )


def country_right(out: list[Actor], gold: list[dict[str, Any]]) -> bool:
    return {o.country for o in out if o.country} == {g["country"] for g in gold if g.get("country")}


def sector_right(out: list[Actor], gold: list[dict[str, Any]]) -> bool:
    return {o.sector for o in out if o.sector} == {g["sector"] for g in gold if g.get("sector")}


def date_right(out: Event, gold: dict[str, Any]) -> bool:
    g = gold.get("date")
    if g is None:
        return True
    if not out.date:
        return False
    n = {"day": 10, "month": 7, "year": 4}.get(gold.get("date_precision") or "day", 10)
    return out.date[:n] == g[:n] and len(out.date) >= n


def location_right(out: Event, gold: dict[str, Any]) -> bool:
    loc = gold.get("location")
    if loc is None or loc.get("country") is None:
        return True
    return out.location is not None and out.location.country == loc["country"]


def output_aux(ev: Event) -> dict[str, bool]:
    d = ev.aux.to_dict()
    return {f: bool(d.get(f, False)) for f in AUX_FLAGS}


@dataclass
class Judgement:
    """One output event and what the scorer found of it."""

    article: str
    split: str
    event: Event
    gold: dict[str, Any] | None
    happening: str | None
    duplicate: bool = False
    fields: dict[str, bool] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        e = self.event
        return {
            "article": self.article,
            "split": self.split,
            "category": e.event_type,
            "trigger": e.trigger.text,
            "sentence": e.sentence.text,
            "actor": [a.text for a in e.actor],
            "recipient": [a.text for a in e.recipient],
            "gold": None if self.gold is None else self.gold["id"],
            "gold_category": None if self.gold is None else self.gold["category"],
            "duplicate": self.duplicate,
            "fields": self.fields,
        }


def _root(ev: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str:
    seen = set()
    while ev.get("restates") and ev["id"] not in seen:
        seen.add(ev["id"])
        ev = by_id[ev["restates"]]
    return ev["id"]


def _pair_score(out: Event, g: dict[str, Any]) -> tuple[int, int, int]:
    trig = _overlap(out.trigger.start, out.trigger.end, g["trigger"]["start"], g["trigger"]["end"])
    return (int(out.event_type == g["category"]), int(trig), int(party_right(out.actor, g["actor"])))


def align(events: list[Event], gold: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Output index -> gold event, one to one, within sentences."""
    cands: list[tuple[tuple[int, int, int], int, int]] = []
    for i, e in enumerate(events):
        for j, g in enumerate(gold):
            s = g["sentence"]
            if s["start"] <= e.trigger.start < s["end"]:
                cands.append((_pair_score(e, g), i, j))
    cands.sort(key=lambda c: (c[0], -c[1], -c[2]), reverse=True)
    used_o: set[int] = set()
    used_g: set[int] = set()
    out: dict[int, dict[str, Any]] = {}
    for _, i, j in cands:
        if i in used_o or j in used_g:
            continue
        used_o.add(i)
        used_g.add(j)
        out[i] = gold[j]
    return out


def judge_article(art: dict[str, Any], events: list[Event]) -> list[Judgement]:
    by_id = {g["id"]: g for g in art["events"]}
    pairs = align(events, art["events"])
    held: set[str] = set()
    judged = []
    for i, e in sorted(enumerate(events), key=lambda p: p[1].trigger.start):
        g = pairs.get(i)
        j = Judgement(art["id"], art["split"], e, g, None if g is None else _root(g, by_id))
        if g is None:
            j.fields = dict.fromkeys(FIELDS, False)
        else:
            j.duplicate = j.happening in held
            held.add(j.happening)  # type: ignore[arg-type]
            cat = e.event_type == g["category"]
            f = {
                "category": cat,
                "actor": party_right(e.actor, g["actor"]) and country_right(e.actor, g["actor"]),
                "recipient": party_right(e.recipient, g["recipient"]) and country_right(e.recipient, g["recipient"]),
                "actor_sector": sector_right(e.actor, g["actor"]),
                "recipient_sector": sector_right(e.recipient, g["recipient"]),
                "location": location_right(e, g),
                "date": date_right(e, g),
                "mode": g.get("mode") is None or e.mode == g["mode"],
                "factuality": is_factual(output_aux(e)) == is_factual(g["aux"]),
            }
            f["all"] = all(f[k] for k in ("category", "actor", "recipient", "location", "date", "factuality"))
            j.fields = f
        judged.append(j)
    return judged


def missed_happenings(articles: list[dict[str, Any]], judged: list[Judgement]) -> list[dict[str, Any]]:
    """The factual gold happenings of ``articles`` that no output of ``judged`` finds in their
    category (the misses behind category recall), in article order: the article, split, gold id,
    category, trigger and sentence text, and the categories coded at that place instead."""
    by_article: dict[str, list[Judgement]] = defaultdict(list)
    for j in judged:
        by_article[j.article].append(j)
    missed = []
    for art in articles:
        js = by_article.get(art["id"], [])
        found = {j.happening for j in js if j.fields.get("category")}
        for root, g in _factual_happenings(art).items():
            if root in found:
                continue
            sent, trig = g["sentence"], g["trigger"]
            missed.append(
                {
                    "article": art["id"],
                    "split": art["split"],
                    "gold": g["id"],
                    "category": g["category"],
                    "trigger": art["text"][trig["start"] : trig["end"]],
                    "sentence": art["text"][sent["start"] : sent["end"]],
                    "coded": sorted({j.event.event_type for j in js if j.happening == root}),
                }
            )
    return missed


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


@dataclass
class RecordReport:
    split: str
    articles: int
    outputs: int
    happenings: int
    precision: dict[str, float | None]
    recall: dict[str, float | None]
    given_category: dict[str, float | None]
    duplicate_share: float | None
    unaligned_share: float | None
    no_event_sentence_fp: float | None
    aux_agreement: dict[str, float | None]
    per_category: dict[str, dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _factual_happenings(art: dict[str, Any]) -> dict[str, dict[str, Any]]:
    by_id = {g["id"]: g for g in art["events"]}
    roots: dict[str, dict[str, Any]] = {}
    for g in art["events"]:
        r = _root(g, by_id)
        if is_factual(by_id[r]["aux"]):
            roots.setdefault(r, by_id[r])
    return roots


def report(
    split: str, articles: list[dict[str, Any]], outputs: dict[str, list[Event]], all_events: dict[str, list[Event]]
) -> tuple[RecordReport, list[Judgement]]:
    """Score the articles of one split; ``outputs`` is the default output, ``all_events`` every event."""
    judged: list[Judgement] = []
    found: dict[str, dict[str, bool]] = {}
    n_happen = 0
    cat_gold: Counter[str] = Counter()
    cat_found: Counter[str] = Counter()
    ne_total = ne_fp = 0
    aux_ok: Counter[str] = Counter()
    aux_n = 0
    for art in articles:
        js = judge_article(art, outputs[art["id"]])
        judged.extend(js)
        roots = _factual_happenings(art)
        n_happen += len(roots)
        for r, g in roots.items():
            cat_gold[g["category"]] += 1
        for j in js:
            if j.happening in roots and j.fields.get("category"):
                best = found.setdefault(f"{art['id']}#{j.happening}", dict.fromkeys(FIELDS, False))
                for k in FIELDS:
                    best[k] = best[k] or j.fields.get(k, False)
        for r, g in roots.items():
            if found.get(f"{art['id']}#{r}", {}).get("category"):
                cat_found[g["category"]] += 1
        for s in art.get("no_event_sentences") or []:
            ne_total += 1
            ne_fp += any(s["start"] <= e.trigger.start < s["end"] for e in outputs[art["id"]])
        for i, g in align(all_events[art["id"]], art["events"]).items():
            if all_events[art["id"]][i].event_type != g["category"]:
                continue
            aux_n += 1
            oa = output_aux(all_events[art["id"]][i])
            for flag in AUX_FLAGS:
                aux_ok[flag] += oa[flag] == g["aux"][flag]
    n_out = len(judged)
    # a field counts only on an output whose category is right too, as recall counts it
    precision = {
        k: _ratio(sum(j.fields.get(k, False) and j.fields.get("category", False) for j in judged), n_out)
        for k in FIELDS
    }
    recall = {k: _ratio(sum(v[k] for v in found.values()), n_happen) for k in FIELDS}
    cat_right = [j for j in judged if j.fields.get("category")]
    given = {
        k: _ratio(sum(j.fields.get(k, False) for j in cat_right), len(cat_right))
        for k in (
            "actor",
            "recipient",
            "actor_sector",
            "recipient_sector",
            "location",
            "date",
            "mode",
            "factuality",
            "all",
        )
    }
    per_cat: dict[str, dict[str, Any]] = {}
    out_by_cat: dict[str, list[Judgement]] = defaultdict(list)
    for j in judged:
        out_by_cat[j.event.event_type].append(j)
    for c in CATEGORIES:
        outs = out_by_cat.get(c, [])
        if not outs and not cat_gold[c]:
            continue
        per_cat[c] = {
            "gold": cat_gold[c],
            "output": len(outs),
            "precision": _ratio(sum(j.fields.get("category", False) for j in outs), len(outs)),
            "recall": _ratio(cat_found[c], cat_gold[c]),
            "all_fields_precision": _ratio(sum(j.fields.get("all", False) for j in outs), len(outs)),
        }
    return RecordReport(
        split=split,
        articles=len(articles),
        outputs=n_out,
        happenings=n_happen,
        precision=precision,
        recall=recall,
        given_category=given,
        duplicate_share=_ratio(sum(j.duplicate for j in judged), n_out),
        unaligned_share=_ratio(sum(j.gold is None for j in judged), n_out),
        no_event_sentence_fp=_ratio(ne_fp, ne_total),
        aux_agreement={f: _ratio(aux_ok[f], aux_n) for f in AUX_FLAGS},
        per_category=per_cat,
    ), judged


def code_corpus(
    articles: Iterable[dict[str, Any]], *, convention: str = "manual"
) -> Iterator[tuple[dict[str, Any], list[Event], list[Event]]]:
    """Code each article with its publication date: (article, default output, every event), read
    under ``convention`` (:mod:`eventwire.evaluation.conventions`)."""
    from ..coding.coder import default_coder
    from ..text.article import Article
    from .conventions import under

    arts = list(articles)
    inputs = [Article.from_text(a["text"], source=a["id"], published=_date(a["published"])) for a in arts]
    for art, analysis in zip(arts, default_coder().code_articles(inputs)):
        yield art, under(analysis.coded_events(), convention), under(list(analysis.events), convention)


def _date(s: str):  # noqa: ANN202 - a datetime.date
    import datetime as dt

    return dt.date.fromisoformat(s)


def evaluate_corpus(
    articles: list[dict[str, Any]], *, splits: tuple[str, ...] = ("dev", "test", "all"), convention: str = "manual"
) -> dict[str, Any]:
    """Code every article once and score each split; returns reports and the judged outputs."""
    outputs: dict[str, list[Event]] = {}
    every: dict[str, list[Event]] = {}
    for art, out, allev in code_corpus(articles, convention=convention):
        outputs[art["id"]] = out
        every[art["id"]] = allev
    reports = {}
    judged_all: list[Judgement] = []
    for sp in splits:
        part = [a for a in articles if sp in ("all", a["split"])]
        rep, judged = report(sp, part, outputs, every)
        reports[sp] = rep
        if sp == "all":
            judged_all = judged
    return {"reports": reports, "judged": judged_all, "missed": missed_happenings(articles, judged_all)}


_ROWS: tuple[tuple[str, str], ...] = (
    ("category", "category"),
    ("actor", "actor (party and country)"),
    ("recipient", "recipient (party and country)"),
    ("location", "location country"),
    ("date", "date (to the gold precision)"),
    ("mode", "mode"),
    ("factuality", "factuality"),
    ("all", "every field right"),
)


def _f(v: object) -> str:
    return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def summary_rows(reports: dict[str, RecordReport]) -> list[tuple[str, ...]]:
    """The figures of each split side by side (first row: the header)."""
    names = list(reports)
    rows: list[tuple[str, ...]] = [("figure", *names)]
    for key, label in _ROWS:
        rows.append((f"precision: {label}", *(_f(reports[n].precision[key]) for n in names)))
    for key, label in _ROWS:
        rows.append((f"recall: {label}", *(_f(reports[n].recall[key]) for n in names)))
    for key in ("actor", "recipient", "actor_sector", "recipient_sector", "location", "date", "mode", "all"):
        rows.append(
            (
                f"given the category is right: {key.replace('_', ' ')}",
                *(_f(reports[n].given_category[key]) for n in names),
            )
        )
    rows.append(("output events that duplicate another", *(_f(reports[n].duplicate_share) for n in names)))
    rows.append(("output events in no gold event's place", *(_f(reports[n].unaligned_share) for n in names)))
    rows.append(("no-event sentences given an event", *(_f(reports[n].no_event_sentence_fp) for n in names)))
    for flag in AUX_FLAGS:
        rows.append((f"aux agreement: {flag}", *(_f(reports[n].aux_agreement[flag]) for n in names)))
    rows.append(("articles", *(str(reports[n].articles) for n in names)))
    rows.append(("factual happenings (gold)", *(str(reports[n].happenings) for n in names)))
    rows.append(("output events", *(str(reports[n].outputs) for n in names)))
    return rows


def category_rows(rep: RecordReport) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = [("category", "gold", "output", "precision", "recall", "every field right")]
    for c, d in rep.per_category.items():
        rows.append(
            (c, str(d["gold"]), str(d["output"]), _f(d["precision"]), _f(d["recall"]), _f(d["all_fields_precision"]))
        )
    return rows
