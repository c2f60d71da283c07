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
INVESTIGATE=ACCUSE with mode investigate), as are legacy modes.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..ontology import CATEGORIES, normalize_category
from ..ontology.plover import normalize_mode
from ..record import Actor, Event


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
        out.append(GoldParty(code=code.upper() if isinstance(code, str) and code else None, sector=sector))
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
        if not isinstance(r, dict) or not isinstance(r.get("text"), str) or not name:
            raise DataFileError(str(path), f"record {i} needs 'text' and 'event' (or 'event_type')")
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
        ))
    return out


def _code(a: Actor) -> str | None:
    if a.country:
        return a.country
    if a.sector in ("IGO", "NGO"):
        return a.sector
    return None


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


def score(gold: list[GoldEvent], predictions: Iterable[list[Event]]) -> Report:
    """Score predictions (one list of events per distinct gold sentence, in first-seen order)."""
    by_text: dict[str, list[GoldEvent]] = {}
    for g in gold:
        by_text.setdefault(g.text, []).append(g)
    rep = Report(n_records=len(gold), n_sentences=len(by_text))
    for (text, golds), events in zip(by_text.items(), predictions):
        events = [e for e in events if not e.aux.negated]
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
        best = max(events, key=lambda e: e.confidence).event_type if events else "NONE"
        for g in golds:
            same = sorted((e for e in events if e.event_type == g.event), key=lambda e: -e.confidence)
            rep.confusion[g.event][g.event if same else best] += 1
            if not same:
                rep.misses.append({"id": g.id, "gold": g.event, "predicted": sorted(pred_cats), "text": text})
                continue
            rep.category_hits += 1
            e = same[0]
            for side, pred, store_c, store_s in (
                ("actor", e.actor, rep.actor_country, rep.actor_sector),
                ("recipient", e.recipient, rep.recipient_country, rep.recipient_sector),
            ):
                c_ok, s_ok = _party_hits(pred, getattr(g, side))
                if c_ok is not None:
                    store_c.append(c_ok)
                if s_ok is not None:
                    store_s.append(s_ok)
            if g.mode:
                rep.mode.append(e.mode == g.mode)
    return rep


def evaluate(path: Path, *, batch_size: int = 32) -> Report:
    """Code every gold sentence with the default coder and score it."""
    from ..coder import code_texts

    gold = load_gold(path)
    texts = list(dict.fromkeys(g.text for g in gold))
    return score(gold, code_texts(texts, batch_size=batch_size))


def format_table(rep: Report, *, by: str = "category") -> str:
    s = rep.summary()
    lines = [f"{k:28} {v:.3f}" if isinstance(v, float) else f"{k:28} {v}" for k, v in s.items()]
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
