"""Accuracy against sentence-level gold records (PLOVER GSR JSON or eventwire's own record form).

Each gold record holds one sentence (``text``) and one event; records that share a sentence are
scored together, as sets. For every sentence the coder's categories (negated events excluded)
are compared with the gold categories:

* category accuracy: share of gold events whose category the coder produced for that sentence;
* per-category precision / recall / F1 from set overlap, and macro-F1 over the categories that
  occur in the gold or the output;
* a confusion matrix of gold category vs. the coder's best event for the sentence (``NONE``);
* actor / recipient country and sector accuracy, mode accuracy: on gold events whose category
  was found, comparing with the coder's event of that category;
* the share of sentences with no event and with an event not in the gold.

Legacy 2016 names are mapped (DEMAND=REQUEST, DISAPPROVE=ACCUSE, FIGHT=ASSAULT,
INVESTIGATE=ACCUSE with mode investigate), as are legacy modes and the two CAMEO country codes
that are not ISO 3166 (JAP, ITL).

``split_half`` keeps every other distinct sentence ("even" or "odd"), so a lexicon tuned on one
half can be measured on the other.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..knowledge.ontology import CATEGORIES, normalize_category
from ..knowledge.ontology.plover import normalize_mode
from ..record import Actor, Event
from .conventions import under


@dataclass(frozen=True)
class GoldParty:
    code: str | None  # ISO3, IGO, NGO or a sector-only code
    sector: str | None


@dataclass(frozen=True)
class GoldEvent:
    id: str
    text: str
    event: str
    mode: str | None
    actor: tuple[GoldParty, ...]
    recipient: tuple[GoldParty, ...]
    context: tuple[str, ...] = ()


# Country codes of the CAMEO era that ISO 3166 spells differently.
_LEGACY_COUNTRY = {"JAP": "JPN", "ITL": "ITA"}

# Context names of the 2016 gold records -> current PLOVER contexts.
_LEGACY_CONTEXT = {
    "refugee": "migration", "refugees": "migration", "resource": "natural_resource",
    "resources": "natural_resource", "rights": "human_rights", "discrimination": "inequality",
    "government": "executive", "political": "political_institutions", "assets": "economic",
}


def _contexts(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = raw.split(",")
    if not isinstance(raw, list):
        return ()
    out = []
    for c in raw:
        if isinstance(c, str) and c.strip():
            name = c.strip().lower().replace(" ", "_").replace("-", "_")
            out.append(_LEGACY_CONTEXT.get(name, name))
    return tuple(dict.fromkeys(out))


def _parties(raw: Any) -> tuple[GoldParty, ...]:
    if not raw:
        return ()
    out = []
    for p in raw:
        if not isinstance(p, dict):
            continue
        code = p.get("code") or p.get("country")
        sector = p.get("sector")
        sector = sector[:3].upper() if isinstance(sector, str) and sector[:3].isalpha() else None
        code = code.upper() if isinstance(code, str) and code else None
        out.append(GoldParty(code=_LEGACY_COUNTRY.get(code, code) if code else None, sector=sector))
    return tuple(out)


def load_gold(path: Path) -> list[GoldEvent]:
    """Read gold records; raise DataFileError naming the record that cannot be used."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataFileError(str(path), f"cannot read gold records ({exc}); expected a JSON list of records") from exc
    if isinstance(raw, dict) and isinstance(raw.get("records"), list):
        raw = raw["records"]
    if not isinstance(raw, list):
        raise DataFileError(str(path), "expected a JSON list of records with 'text' and 'event' (or 'event_type')")
    out = []
    for i, r in enumerate(raw):
        name = r.get("event") or r.get("event_type") if isinstance(r, dict) else None
        if isinstance(r, dict) and not isinstance(r.get("text"), str) and isinstance(r.get("sentence"), dict):
            r = {**r, "text": r["sentence"].get("text")}  # eventwire's own record form
        if not isinstance(r, dict) or not isinstance(r.get("text"), str) or not name:
            raise DataFileError(
                str(path), f"record {i} needs 'text' (or 'sentence.text') and 'event' (or 'event_type')"
            )
        try:
            cat, implied = normalize_category(name)
        except ValueError as exc:
            raise DataFileError(str(path), f"record {i}: {exc}") from exc
        mode = r.get("mode") or implied
        mode = normalize_mode(cat, mode) if mode else None
        out.append(GoldEvent(
            id=str(r.get("id", i)), text=r["text"].strip(), event=cat, mode=mode,
            actor=_parties(r.get("source") or r.get("actor")),
            recipient=_parties(r.get("target") or r.get("recipient")),
            context=_contexts(r.get("context")),
        ))
    if not out:
        raise DataFileError(str(path), "no gold records; expected a JSON list of records with 'text' and 'event'")
    return out


def split_half(gold: list[GoldEvent], half: str) -> list[GoldEvent]:
    """Records of every other distinct sentence: ``half`` is "even" (0, 2, ...), "odd" or "all"."""
    if half == "all":
        return list(gold)
    if half not in ("even", "odd"):
        raise ValueError(f"half must be 'all', 'even' or 'odd', not {half!r}")
    order = {t: k for k, t in enumerate(dict.fromkeys(g.text for g in gold))}
    want = 0 if half == "even" else 1
    return [g for g in gold if order[g.text] % 2 == want]


def _code(a: Actor) -> str | None:
    """The GSR code of a coded party: its ISO3 country; IGO for an international organisation
    (the GSR codes such bodies as code IGO with their function as sector, e.g. IGO/MIL), known
    from its sector or from a knowledge-base entry of kind igo; IMG for an armed group of no one
    country (al-Qaeda); NGO from the sector."""
    kind = _kb_kind(a.kb_id) if a.kb_id else None
    if kind == "igo":
        return "IGO"
    if a.country:
        return a.country
    if kind == "armed_group":
        return "IMG"  # CAMEO's international militarised group: an armed group of no one country
    if a.sector in ("IGO", "NGO"):
        return a.sector
    return None


def _kb_kind(kb_id: str) -> str | None:
    from ..knowledge.actors import default_kb

    entry = default_kb().get(kb_id)
    return entry.kind if entry is not None else None


def _party_hits(pred: list[Actor], gold: tuple[GoldParty, ...]) -> tuple[bool | None, bool | None]:
    """(code correct, sector correct) for one side; None where the gold has nothing to score."""
    codes = [g.code for g in gold if g.code and g.code != "***"]
    sectors = [g.sector for g in gold if g.sector]
    code_ok = None if not codes else any(_code(a) in codes for a in pred)
    sector_ok = None if not sectors else any(a.sector in sectors for a in pred)
    return code_ok, sector_ok


@dataclass
class Report:
    n_records: int = 0
    n_sentences: int = 0
    category_hits: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    confusion: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    actor_country: list[bool] = field(default_factory=list)
    recipient_country: list[bool] = field(default_factory=list)
    actor_sector: list[bool] = field(default_factory=list)
    recipient_sector: list[bool] = field(default_factory=list)
    mode: list[bool] = field(default_factory=list)
    no_event: int = 0
    extra_event: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)  # one per gold event, for breakdowns

    def per_category(self) -> dict[str, dict[str, float]]:
        out = {}
        for cat in CATEGORIES:
            tp, fp, fn = self.tp[cat], self.fp[cat], self.fn[cat]
            if tp + fp + fn == 0:
                continue
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[cat] = {"precision": p, "recall": r, "f1": f, "support": tp + fn}
        return out

    def summary(self) -> dict[str, float | int | None]:
        per = self.per_category()

        def rate(xs: list[bool]) -> float | None:
            return sum(xs) / len(xs) if xs else None

        return {
            "records": self.n_records,
            "sentences": self.n_sentences,
            "category_accuracy": self.category_hits / self.n_records if self.n_records else None,
            "macro_f1": sum(v["f1"] for v in per.values()) / len(per) if per else None,
            "actor_country_accuracy": rate(self.actor_country),
            "recipient_country_accuracy": rate(self.recipient_country),
            "actor_sector_accuracy": rate(self.actor_sector),
            "recipient_sector_accuracy": rate(self.recipient_sector),
            "mode_accuracy": rate(self.mode),
            "mode_scored": len(self.mode),
            "no_event_share": self.no_event / self.n_sentences if self.n_sentences else None,
            "extra_event_share": self.extra_event / self.n_sentences if self.n_sentences else None,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "per_category": self.per_category(),
            "confusion": {g: dict(c) for g, c in sorted(self.confusion.items())},
        }


def score(gold: list[GoldEvent], predictions: Iterable[list[Event]], *, convention: str = "cameo") -> Report:
    """Score predictions (one list of events per distinct gold sentence, in first-seen order),
    read under ``convention`` (:mod:`eventwire.evaluation.conventions`; the GSR's own is "cameo")."""
    by_text: dict[str, list[GoldEvent]] = {}
    for g in gold:
        by_text.setdefault(g.text, []).append(g)
    rep = Report(n_records=len(gold), n_sentences=len(by_text))
    for (text, golds), events in zip(by_text.items(), predictions):
        events = [e for e in under(events, convention) if not e.aux.negated]
        pred_cats = {e.event_type for e in events}
        gold_cats = {g.event for g in golds}
        for c in pred_cats & gold_cats:
            rep.tp[c] += 1
        for c in pred_cats - gold_cats:
            rep.fp[c] += 1
        for c in gold_cats - pred_cats:
            rep.fn[c] += 1
        if not events:
            rep.no_event += 1
        if pred_cats - gold_cats:
            rep.extra_event += 1
            rep.extras.append({"gold": sorted(gold_cats), "extra": sorted(pred_cats - gold_cats), "text": text})
        best = max(events, key=lambda e: e.confidence).event_type if events else "NONE"
        for g in golds:
            same = sorted((e for e in events if e.event_type == g.event), key=lambda e: -e.confidence)
            rep.confusion[g.event][g.event if same else best] += 1
            row: dict[str, Any] = {"id": g.id, "event": g.event, "found": bool(same), "gold_mode": g.mode,
                                   "mode": None, "gold_context": g.context, "context": (), "text": text}
            rep.rows.append(row)
            if not same:
                rep.misses.append({"id": g.id, "gold": g.event, "predicted": sorted(pred_cats), "text": text})
                continue
            rep.category_hits += 1
            e = same[0]
            row["mode"], row["context"] = e.mode, tuple(e.context)
            for side, pred, store_c, store_s in (
                ("actor", _cameo_view(e.actor, e), rep.actor_country, rep.actor_sector),
                ("recipient", _cameo_view(e.recipient, e), rep.recipient_country, rep.recipient_sector),
            ):
                c_ok, s_ok = _party_hits(pred, getattr(g, side))
                row[f"{side}_country"], row[f"{side}_sector"] = c_ok, s_ok
                row[f"{side}_coded"] = [_code(a) for a in pred]
                row[f"{side}_gold"] = [x.code for x in getattr(g, side)]
                if c_ok is not None:
                    store_c.append(c_ok)
                if s_ok is not None:
                    store_s.append(s_ok)
            if g.mode:
                rep.mode.append(e.mode == g.mode)
    return rep


def _cameo_view(parties: list[Actor], e: Event) -> list[Actor]:
    """The parties as the gold standard's CAMEO convention codes them: where the text names no
    party with a country, the country of the event's place stands in ("a curfew in Cizre": target
    TUR). eventwire's records never make a place a party; this view is for scoring only."""
    if any(a.country for a in parties) or e.location is None or not e.location.country:
        return parties
    return [*parties, Actor(text=e.location.name, start=-1, end=-1, country=e.location.country)]


def _rate(xs: Iterable[bool | None]) -> str:
    vals = [x for x in xs if x is not None]
    return f"{sum(vals) / len(vals):.2f} ({len(vals)})" if vals else "-"


def breakdown(rep: Report, by: str) -> list[tuple[str, ...]]:
    """Rows of a breakdown table (first row is the header) by "actor", "mode" or "context"."""
    if by == "actor":
        table: list[tuple[str, ...]] = [
            ("category", "actor country", "recipient country", "actor sector", "recipient sector")
        ]
        for cat in CATEGORIES:
            rows = [r for r in rep.rows if r["event"] == cat and r["found"]]
            if rows:
                table.append((cat, _rate(r["actor_country"] for r in rows), _rate(r["recipient_country"] for r in rows),
                              _rate(r["actor_sector"] for r in rows), _rate(r["recipient_sector"] for r in rows)))
        return table
    if by == "mode":
        table = [("category", "gold mode", "n", "category found", "mode right", "coded modes")]
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in rep.rows:
            groups[(r["event"], r["gold_mode"] or "-")].append(r)
        for (cat, mode), rows in sorted(groups.items(), key=lambda kv: (CATEGORIES.index(kv[0][0]), kv[0][1])):
            found = [r for r in rows if r["found"]]
            right = [r["mode"] == r["gold_mode"] for r in found] if mode != "-" else []
            coded = Counter(r["mode"] or "-" for r in found)
            table.append((cat, mode, str(len(rows)), f"{len(found)}", _rate(right) if mode != "-" else "-",
                          ", ".join(f"{m} {n}" for m, n in coded.most_common())))
        return table
    if by == "context":
        table = [("gold context", "n", "category accuracy", "context coded")]
        ctx_groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rep.rows:
            for c in r["gold_context"] or ("-",):
                ctx_groups[c].append(r)
        for c, rows in sorted(ctx_groups.items(), key=lambda kv: -len(kv[1])):
            found = [r for r in rows if r["found"]]
            coded = _rate(c in r["context"] for r in found) if c != "-" else "-"
            table.append((c, str(len(rows)), _rate(r["found"] for r in rows), coded))
        return table
    raise ValueError(f"cannot break down by {by!r}; use category, actor, mode or context")


def evaluate(path: Path, *, half: str = "all", batch_size: int = 32, convention: str = "cameo") -> Report:
    """Code every gold sentence (of one half, if asked) with the default coder and score it."""
    return evaluate_gold(split_half(load_gold(path), half), batch_size=batch_size, convention=convention)


def evaluate_gold(gold: list[GoldEvent], *, batch_size: int = 32, convention: str = "cameo") -> Report:
    """Code the sentences of ``gold`` with the default coder and score them."""
    from ..coding.coder import code_texts

    texts = list(dict.fromkeys(g.text for g in gold))
    return score(gold, code_texts(texts, batch_size=batch_size), convention=convention)


def _plain(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]


def markdown_table(rows: list[tuple[str, ...]]) -> str:
    head, *body = rows
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(out)


def format_table(rep: Report, *, by: str = "category") -> str:
    s = rep.summary()
    lines = [f"{k:28} {v:.3f}" if isinstance(v, float) else f"{k:28} {v}" for k, v in s.items()]
    if by != "category":
        lines.append("")
        lines.extend(_plain(breakdown(rep, by)))
        return "\n".join(lines)
    if by == "category":
        lines.append("")
        lines.append(f"{'category':10} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>4}")
        for cat, v in rep.per_category().items():
            lines.append(f"{cat:10} {v['precision']:6.2f} {v['recall']:6.2f} {v['f1']:6.2f} {int(v['support']):4}")
        lines.append("")
        cols = list(CATEGORIES) + ["NONE"]
        short = {c: c[:4] for c in cols}
        lines.append("confusion (rows gold, columns coded)")
        lines.append(" " * 10 + " ".join(f"{short[c]:>4}" for c in cols))
        for g in CATEGORIES:
            row = rep.confusion.get(g)
            if row:
                lines.append(f"{g:10}" + " ".join(f"{row.get(c, 0) or '.':>4}" for c in cols))
    return "\n".join(lines)
