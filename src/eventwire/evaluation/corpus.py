"""The gold corpus of news articles: its record format, loader and validator.

One article a line (JSONL), written by the project (``eval/gold/articles.jsonl``, compiled from
``eval/sources/*.yaml`` by ``eval/tools/build_corpus.py``). Every offset points into ``text``.

An article::

    {"id": "...", "split": "dev" | "test", "published": "YYYY-MM-DD", "dateline": "KABUL" | null,
     "region": "...", "text": "...", "no_event_sentences": [{"start": s, "end": e}, ...],
     "events": [GOLD EVENT, ...]}

A gold event::

    {"id": "e1", "category": "ASSAULT", "mode": "aerial" | null, "context": [...],
     "trigger": {"text", "start", "end"}, "sentence": {"start", "end"},
     "actor": [PARTY, ...], "recipient": [PARTY, ...],        # [] when the text names none
     "date": "YYYY[-MM[-DD]]" | null, "date_precision": "day" | "month" | "year" | null,
     "location": {"name", "country"} | null,
     "aux": {"negated", "hypothetical", "future", "historical", "denied", "alleged"},
     "restates": "e1" | null,        # this sentence tells again an event coded earlier
     "speaker": "..." | null, "note": "..." | null}

A party: ``{"text", "start", "end", "country" (ISO3 | null), "sector" (agent code | null),
"kb_id" | null, "name" | null}``. The span is the mention in the event's sentence; a pronoun
or "the group" carries the identity of what it refers to.

Validation (``validate_article``) checks every span against the text, every category, mode,
sector, flag and date, and that ``restates`` points to an earlier event of the same article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DataFileError
from ..knowledge.ontology import CATEGORIES
from ..knowledge.ontology.plover import MODES

# PLOVER's four auxiliary modes plus two for factuality: ``denied`` (a party denies the act
# happened) and ``alleged`` (an accusation or unconfirmed claim, not asserted by the text).
AUX_FLAGS: tuple[str, ...] = ("negated", "hypothetical", "future", "historical", "denied", "alleged")
# Flags under which the text does not assert that the act happened.
NON_FACTUAL: frozenset[str] = frozenset({"negated", "hypothetical", "future", "denied", "alleged"})

SECTORS: frozenset[str] = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "REB",
        "UAF",
        "OPP",
        "PTY",
        "JUD",
        "LEG",
        "MED",
        "CVL",
        "REF",
        "BUS",
        "IGO",
        "NGO",
        "HRI",
        "LAB",
        "EDU",
        "REL",
        "HLH",
        "ELI",
        "CRM",
        "SPY",
        "AGR",
        "ENV",
    }
)
SPLITS: tuple[str, ...] = ("dev", "test")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class CorpusError(DataFileError):
    """A corpus record that does not follow the format; the message names the record and field."""

    def __init__(self, reason: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        if path is None:
            self.path, self.line, self.reason = "", line, reason
            Exception.__init__(self, reason)
        else:
            super().__init__(str(path), reason, line=line)


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    articles: list[dict[str, Any]]

    def split(self, name: str) -> list[dict[str, Any]]:
        return [a for a in self.articles if name in ("all", a["split"])]


def is_factual(aux: dict[str, bool]) -> bool:
    """True when the text asserts the act happened (or is happening)."""
    return not any(aux.get(f) for f in NON_FACTUAL)


def _date_ok(value: str) -> bool:
    if not _DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _span(art: dict[str, Any], span: dict[str, Any], where: str, *, text: str | None = None) -> None:
    s, e = span.get("start"), span.get("end")
    if not isinstance(s, int) or not isinstance(e, int) or not 0 <= s < e <= len(art["text"]):
        raise CorpusError(f"{where}: span {s}-{e} is not inside the article text")
    if text is not None and art["text"][s:e] != text:
        raise CorpusError(f"{where}: text[{s}:{e}] is {art['text'][s:e]!r}, not {text!r}")


def _party(art: dict[str, Any], p: dict[str, Any], where: str, sentence: tuple[int, int]) -> None:
    _span(art, p, where, text=p.get("text"))
    if not (sentence[0] <= p["start"] and p["end"] <= sentence[1]):
        raise CorpusError(f"{where}: {p['text']!r} is outside its event's sentence")
    c = p.get("country")
    if c is not None and not _ISO3.match(str(c)):
        raise CorpusError(f"{where}: country {c!r} is not an ISO 3166 alpha-3 code (or null)")
    sec = p.get("sector")
    if sec is not None and sec not in SECTORS:
        raise CorpusError(f"{where}: sector {sec!r} is not an agent code ({', '.join(sorted(SECTORS))})")


def validate_article(art: dict[str, Any]) -> None:
    """Raise ``CorpusError`` naming the article, the event and the field that is wrong."""
    aid = art.get("id")
    where = f"article {aid!r}"
    if not isinstance(aid, str) or not aid:
        raise CorpusError("an article has no id")
    if art.get("split") not in SPLITS:
        raise CorpusError(f"{where}: split must be one of {SPLITS}, not {art.get('split')!r}")
    if not isinstance(art.get("text"), str) or not art["text"].strip():
        raise CorpusError(f"{where}: text is empty")
    if not _date_ok(str(art.get("published"))) or len(str(art.get("published"))) != 10:
        raise CorpusError(f"{where}: published must be an ISO date YYYY-MM-DD, not {art.get('published')!r}")
    seen: list[str] = []
    for ev in art.get("events") or []:
        ew = f"{where} event {ev.get('id')!r}"
        if ev.get("id") in seen:
            raise CorpusError(f"{ew}: duplicate event id")
        if ev.get("category") not in CATEGORIES:
            raise CorpusError(f"{ew}: category {ev.get('category')!r} is not a PLOVER category")
        mode = ev.get("mode")
        if mode is not None and mode not in MODES[ev["category"]]:
            allowed = ", ".join(MODES[ev["category"]]) or "none"
            raise CorpusError(f"{ew}: mode {mode!r} is not a mode of {ev['category']} ({allowed})")
        _span(art, ev["sentence"], ew + " sentence")
        sent = (ev["sentence"]["start"], ev["sentence"]["end"])
        _span(art, ev["trigger"], ew + " trigger", text=ev["trigger"].get("text"))
        if not (sent[0] <= ev["trigger"]["start"] and ev["trigger"]["end"] <= sent[1]):
            raise CorpusError(f"{ew}: the trigger is outside the sentence")
        for role in ("actor", "recipient"):
            if not isinstance(ev.get(role), list):
                raise CorpusError(f"{ew}: {role} must be a list of parties ([] when none)")
            for p in ev[role]:
                _party(art, p, f"{ew} {role}", sent)
        date = ev.get("date")
        if date is not None and not _date_ok(str(date)):
            raise CorpusError(f"{ew}: date {date!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD")
        if date is not None and ev.get("date_precision") not in ("day", "month", "year"):
            raise CorpusError(f"{ew}: date_precision must be day, month or year")
        loc = ev.get("location")
        if loc is not None:
            if not loc.get("name"):
                raise CorpusError(f"{ew}: location needs a name")
            if loc.get("country") is not None and not _ISO3.match(str(loc["country"])):
                raise CorpusError(f"{ew}: location country {loc['country']!r} is not ISO3")
        aux = ev.get("aux")
        if (
            not isinstance(aux, dict)
            or set(aux) != set(AUX_FLAGS)
            or not all(isinstance(v, bool) for v in aux.values())
        ):
            raise CorpusError(f"{ew}: aux must hold the flags {', '.join(AUX_FLAGS)} as true/false")
        if ev.get("restates") is not None and ev["restates"] not in seen:
            raise CorpusError(f"{ew}: restates {ev['restates']!r}, which is not an earlier event of the article")
        seen.append(ev["id"])
    for i, s in enumerate(art.get("no_event_sentences") or []):
        _span(art, s, f"{where} no-event sentence {i + 1}")


def load_corpus(path: str | Path, *, validate: bool = True) -> CorpusFile:
    """Read a corpus JSONL file; a malformed line raises ``CorpusError`` naming the line."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CorpusError(
            f"cannot read the corpus ({exc.strerror}); give the path of eval/gold/articles.jsonl", path=p
        ) from None
    articles = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            art = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"not JSON ({exc.msg}); one article object a line", path=p, line=n) from None
        if validate:
            try:
                validate_article(art)
            except CorpusError as exc:
                raise CorpusError(exc.reason, path=p, line=n) from None
        articles.append(art)
    return CorpusFile(p, articles)


def first_record(path: str | Path) -> dict[str, Any] | None:
    """The first JSON object of a ``.jsonl`` file, or None (another kind of file, unreadable)."""
    p = Path(path)
    if p.suffix != ".jsonl":
        return None
    try:
        with p.open(encoding="utf-8") as fh:
            first = json.loads(fh.readline())
    except (OSError, ValueError):
        return None
    return first if isinstance(first, dict) else None


def is_corpus_file(path: str | Path) -> bool:
    """A JSONL file whose first object has ``text`` and ``events`` lists: a gold corpus."""
    first = first_record(path)
    return first is not None and "events" in first and "text" in first and "label" not in first


def iter_events(corpus: CorpusFile, split: str = "all") -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for art in corpus.split(split):
        for ev in art["events"]:
            yield art, ev
