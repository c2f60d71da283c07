"""Compile the gold corpus from its authoring files.

The authoring files (``eval/sources/*.yaml``) hold articles as written, with every span given
as text (the sentence as a substring of the article, the trigger, actor and recipient as
substrings of that sentence). This script finds the character offsets, checks every value,
assigns each new article to a split, and writes ``eval/gold/articles.jsonl`` (one article a
line, offsets into ``text``). Splits live in ``eval/gold/splits.tsv``: an article keeps the
split it was first given, forever.

    python eval/tools/build_corpus.py            # build
    python eval/tools/build_corpus.py --check    # fail if the built file is stale or a source is malformed
    python eval/tools/build_corpus.py --only eval/sources/africa.yaml --dry-run   # check one file
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "sources"
OUT = ROOT / "gold" / "articles.jsonl"
SPLITS = ROOT / "gold" / "splits.tsv"

sys.path.insert(0, str(ROOT.parent / "src"))
from eventwire.evaluation.corpus import (  # noqa: E402
    AUX_FLAGS,
    CorpusError,
    validate_article,
)


class SourceError(ValueError):
    pass


def _find(hay: str, needle: str, *, base: int, what: str, where: str, nth: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(max(1, nth)):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise SourceError(f"{where}: {what} {needle!r} (occurrence {nth}) is not in the text it must be in")
    return base + pos, base + pos + len(needle)


def _party(raw: Any, *, sentence: str, s_start: int, where: str) -> list[dict[str, Any]]:
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    out = []
    for p in items:
        if not isinstance(p, dict) or "text" not in p:
            raise SourceError(f"{where}: a party needs at least 'text' (got {p!r})")
        start, end = _find(sentence, str(p["text"]), base=s_start, what="party", where=where, nth=int(p.get("at", 1)))
        out.append(
            {
                "text": str(p["text"]),
                "start": start,
                "end": end,
                "country": p.get("country"),
                "sector": p.get("sector"),
                "kb_id": p.get("kb_id"),
                "name": p.get("name"),
            }
        )
    return out


def compile_article(raw: dict[str, Any], *, source: str) -> dict[str, Any]:
    aid = raw.get("id")
    where = f"{source}: article {aid!r}"
    if not aid or not isinstance(aid, str):
        raise SourceError(f"{source}: an article has no string 'id'")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(f"{where}: 'text' is missing or empty")
    text = text.rstrip("\n") + "\n"
    events: list[dict[str, Any]] = []
    ids: set[str] = set()
    for i, ev in enumerate(raw.get("events") or [], 1):
        eid = str(ev.get("id") or f"e{i}")
        ew = f"{where} event {eid}"
        if eid in ids:
            raise SourceError(f"{ew}: duplicate event id")
        ids.add(eid)
        s_text = ev.get("sentence")
        if not isinstance(s_text, str):
            raise SourceError(f"{ew}: 'sentence' must be the sentence's text")
        s_start, s_end = _find(text, s_text, base=0, what="sentence", where=ew, nth=int(ev.get("sentence_at", 1)))
        t_start, t_end = _find(
            s_text, str(ev.get("trigger", "")), base=s_start, what="trigger", where=ew, nth=int(ev.get("trigger_at", 1))
        )
        aux = ev.get("aux") or []
        if isinstance(aux, str):
            aux = [aux]
        loc = ev.get("location")
        date = ev.get("date")
        events.append(
            {
                "id": eid,
                "category": ev.get("category"),
                "mode": ev.get("mode"),
                "context": list(ev.get("context") or []),
                "trigger": {"text": text[t_start:t_end], "start": t_start, "end": t_end},
                "sentence": {"start": s_start, "end": s_end},
                "actor": _party(ev.get("actor"), sentence=s_text, s_start=s_start, where=ew + " actor"),
                "recipient": _party(ev.get("recipient"), sentence=s_text, s_start=s_start, where=ew + " recipient"),
                "date": None if date is None else str(date),
                "date_precision": ev.get("date_precision") or (None if date is None else _precision(str(date))),
                "location": None if loc is None else {"name": loc.get("name"), "country": loc.get("country")},
                "aux": {f: f in aux for f in AUX_FLAGS},
                "restates": ev.get("restates"),
                "speaker": ev.get("speaker"),
                "note": ev.get("note"),
            }
        )
    no_event = []
    for s in raw.get("no_event") or []:
        start, end = _find(text, str(s), base=0, what="no-event sentence", where=where)
        no_event.append({"start": start, "end": end})
    return {
        "id": aid,
        "published": str(raw.get("published")),
        "dateline": raw.get("dateline"),
        "region": raw.get("region"),
        "source_file": source,
        "text": text,
        "events": events,
        "no_event_sentences": no_event,
    }


def _precision(date: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "day")


def _split_for(aid: str) -> str:
    return "dev" if int(hashlib.sha1(aid.encode()).hexdigest(), 16) % 2 == 0 else "test"


def read_splits() -> dict[str, str]:
    if not SPLITS.exists():
        return {}
    rows = (line.split("\t") for line in SPLITS.read_text().splitlines() if line and not line.startswith("#"))
    return {a: s for a, s in rows}


def build(paths: list[Path]) -> list[dict[str, Any]]:
    articles = []
    seen: set[str] = set()
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            raise SourceError(f"{path.name}: must be a YAML list of articles")
        for raw in data:
            art = compile_article(raw, source=path.name)
            if art["id"] in seen:
                raise SourceError(f"{path.name}: article id {art['id']!r} is used twice in the corpus")
            seen.add(art["id"])
            articles.append(art)
    return articles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="fail if eval/gold is stale or a source is malformed")
    ap.add_argument("--dry-run", action="store_true", help="validate only, write nothing")
    ap.add_argument("--only", type=Path, action="append", help="authoring file(s) to read (default: all)")
    args = ap.parse_args(argv)
    paths = args.only or sorted(SOURCES.glob("*.yaml"))
    try:
        articles = build(paths)
        splits = read_splits()
        for art in articles:
            art["split"] = splits.get(art["id"]) or _split_for(art["id"])
            validate_article(art)
    except (SourceError, CorpusError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    n_ev = sum(len(a["events"]) for a in articles)
    print(f"{len(articles)} articles, {n_ev} events", file=sys.stderr)
    if args.dry_run or args.only:
        return 0
    body = "".join(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n" for a in articles)
    split_body = "# article id<TAB>split; an article never changes split\n" + "".join(
        f"{a['id']}\t{a['split']}\n" for a in sorted(articles, key=lambda a: a["id"])
    )
    old_ids = set(read_splits())
    if args.check:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != body
        moved = {a["id"] for a in articles if a["id"] in old_ids and read_splits()[a["id"]] != a["split"]}
        if stale or moved or set(a["id"] for a in articles) - old_ids:
            print("error: eval/gold is out of date; run python eval/tools/build_corpus.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(body, encoding="utf-8")
    SPLITS.write_text(split_body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
