"""``eventwire evaluate``: accuracy against gold files of three kinds.

* the project's gold corpus of news articles (``eval/gold/articles.jsonl``): whole records;
* sentence-level records (PLOVER GSR JSON, or eventwire's own records): categories per sentence;
* NGEC synthetic stories (JSONL with ``label``): labelled category found per story.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import DataFileError, ModelError
from ._common import EXIT_OK, EXIT_SETUP, echo_error, main

DOC_COMMAND = (
    "eventwire evaluate eval/gold/articles.jsonl ../shared/eval/plover_gsr_dev.json "
    "../shared/eval/ngec_synthetic_dev.jsonl --limit 600 --format markdown --output docs/accuracy.md"
)


def _plain(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows
    )


def _corpus_text(path: Path, *, split: str, fmt: str, misses: bool, convention: str = "manual") -> str:
    from ..evaluation.corpus import load_corpus
    from ..evaluation.records import category_rows, evaluate_corpus, summary_rows

    corpus = load_corpus(path)
    splits = ("dev", "test", "all") if split == "all" else (split,)
    articles = corpus.split(split)
    res = evaluate_corpus(articles, splits=splits if split == "all" else (split, "all"), convention=convention)
    reports = {k: v for k, v in res["reports"].items() if k in splits}
    if fmt == "json":
        data: dict[str, object] = {k: r.to_dict() for k, r in reports.items()}
        if misses:
            data["wrong_outputs"] = [j.to_dict() for j in res["judged"] if not j.fields.get("all")]
            data["missed_happenings"] = res["missed"]
        return json.dumps(data, indent=1, ensure_ascii=False)
    text = _plain(summary_rows(reports))
    for name, rep in reports.items():
        text += f"\n\nper category ({name})\n" + _plain(category_rows(rep))
    if misses:
        text += "\n\noutput events not right in every field:\n"
        for j in res["judged"]:
            if not j.fields.get("all"):
                bad = ",".join(k for k, v in j.fields.items() if not v and k != "all")
                gold = j.gold["category"] if j.gold else "-"
                e = j.event
                text += f"  [{j.split}] {j.article}: {e.event_type} (gold {gold}) wrong: {bad}"
                text += f"  <{e.trigger.text}> {e.sentence.text[:140]}\n"
        text += "\ngold happenings no output finds in their category:\n"
        for m in res["missed"]:
            coded = ",".join(m["coded"]) or "-"
            text += f"  [{m['split']}] {m['article']}: {m['category']} (coded {coded})"
            text += f"  <{m['trigger']}> {m['sentence'][:140]}\n"
    return text


def _stories_text(
    path: Path, *, half: str, limit: int | None, fmt: str, misses: bool, convention: str = "manual"
) -> str:
    from ..evaluation.ngec import evaluate_stories, load_stories

    rep = evaluate_stories(load_stories(path, limit=limit, half=half), convention=convention)
    data = rep.summary()
    if fmt == "json":
        if misses:
            data["misses"] = rep.misses
        return json.dumps(data, indent=1, ensure_ascii=False)
    rows = [("figure", "value")] + [(k, str(v)) for k, v in data.items() if k != "per_label"]
    rows += [(f"found: {k}", f"{v['found']} of {v['stories']}") for k, v in data["per_label"].items()]
    text = _plain(rows)
    if misses:
        text += "\n\nmissed:\n" + "\n".join(
            f"  {m['id']} {m['label']:9} coded {','.join(m['coded']) or '-'}" for m in rep.misses
        )
    return text


def _gsr_text(path: Path, *, by: str, half: str, fmt: str, misses: bool, convention: str = "cameo") -> str:
    from ..evaluation.gsr import breakdown, evaluate_gold, format_table, load_gold, split_half

    rep = evaluate_gold(split_half(load_gold(path), half), convention=convention)
    if fmt == "json":
        data = rep.to_dict()
        if by != "category":
            head, *rows = breakdown(rep, by)
            data["breakdown"] = {"by": by, "rows": [dict(zip(head, r)) for r in rows]}
        if misses:
            data["misses"], data["extras"] = rep.misses, rep.extras
        return json.dumps(data, indent=1, ensure_ascii=False)
    text = format_table(rep, by=by)
    if misses:
        text += "\n\nmissed:\n" + "\n".join(
            f"  {m['gold']:9} got {','.join(m['predicted']) or '-':20} {m['text']}" for m in rep.misses
        )
        text += "\n\nextra:\n" + "\n".join(
            f"  {','.join(x['extra']):9} gold {','.join(x['gold']):20} {x['text']}" for x in rep.extras
        )
    return text


@main.command("evaluate")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--by",
    type=click.Choice(["category", "actor", "mode", "context"]),
    default="category",
    show_default=True,
    help="Sentence-level gold: breakdown printed after the summary.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
    help="table: for reading; json: every figure; markdown: the accuracy document, all GOLD files in one.",
)
@click.option(
    "--split",
    type=click.Choice(["all", "dev", "test"]),
    default="all",
    show_default=True,
    help="Gold corpus: score one split (all shows dev, test and all side by side).",
)
@click.option(
    "--half",
    type=click.Choice(["all", "even", "odd"]),
    default="all",
    show_default=True,
    help="Sentence-level gold and stories: every other sentence or story only.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Stories: score the first N only.")
@click.option(
    "--misses",
    is_flag=True,
    help="Also list what the coder got wrong (and, for a gold corpus, the happenings it missed).",
)
@click.option(
    "--convention",
    type=click.Choice(["auto", "manual", "cameo"]),
    default="auto",
    show_default=True,
    help="How a promised concession is scored: manual (CONCEDE, the PLOVER manual), cameo (AGREE, as the "
    "GSR codes it); auto: the GSR by cameo, other gold by manual.",
)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of stdout.")
def evaluate_cmd(
    gold: tuple[Path, ...],
    by: str,
    fmt: str,
    split: str,
    half: str,
    limit: int | None,
    misses: bool,
    convention: str,
    output: Path | None,
) -> None:
    """Code GOLD (gold corpus JSONL, PLOVER GSR JSON, eventwire records, or NGEC stories) and report accuracy."""
    from ..evaluation.corpus import is_corpus_file
    from ..evaluation.ngec import is_ngec_file

    for g in gold:
        if not g.is_file():
            echo_error(
                f"{g}: no such file; give the path of a gold corpus (.jsonl), GSR records (.json) or stories (.jsonl)"
            )
            sys.exit(1)
    try:
        if fmt == "markdown":
            from ..evaluation.document import accuracy_document

            text = accuracy_document(list(gold), command=DOC_COMMAND, limit=limit)
        else:
            parts = []
            for g in gold:
                own = "manual" if convention == "auto" else convention
                if is_corpus_file(g):
                    parts.append(_corpus_text(g, split=split, fmt=fmt, misses=misses, convention=own))
                elif is_ngec_file(g):
                    parts.append(_stories_text(g, half=half, limit=limit, fmt=fmt, misses=misses, convention=own))
                else:
                    gsr = "cameo" if convention == "auto" else convention
                    parts.append(_gsr_text(g, by=by, half=half, fmt=fmt, misses=misses, convention=gsr))
            text = "\n\n".join(parts)
    except DataFileError as exc:
        echo_error(str(exc))
        sys.exit(1)
    except ModelError as exc:
        echo_error(str(exc))
        sys.exit(EXIT_SETUP)
    if output is not None:
        output.write_text(text + "\n", encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)
    sys.exit(EXIT_OK)
