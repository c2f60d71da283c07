"""``eventwire evaluate``: accuracy against sentence-level gold records."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import DataFileError, ModelError
from ._common import EXIT_OK, EXIT_SETUP, echo_error, main

DOC_COMMAND = "eventwire evaluate {gold} --format markdown --output docs/accuracy.md"


@main.command("evaluate")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--by",
    type=click.Choice(["category", "actor", "mode", "context"]),
    default="category",
    show_default=True,
    help="Breakdown printed after the summary.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
    help="table: for reading; json: every figure; markdown: the accuracy document (all records, then each half).",
)
@click.option(
    "--half",
    type=click.Choice(["all", "even", "odd"]),
    default="all",
    show_default=True,
    help="Score every other distinct sentence only (tune on one half, check on the other).",
)
@click.option(
    "--misses", is_flag=True, help="Also list the gold events the coder missed and the sentences with extra events."
)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file instead of stdout.")
def evaluate_cmd(gold: Path, by: str, fmt: str, half: str, misses: bool, output: Path | None) -> None:
    """Code each sentence of GOLD (PLOVER GSR JSON or eventwire records) and report accuracy."""
    from ..evaluation.gsr import breakdown, evaluate_gold, format_table, load_gold, split_half
    from ..evaluation.report import accuracy_markdown

    if not gold.is_file():
        echo_error(f"{gold}: no such file; give the path of a JSON list of gold records")
        sys.exit(1)
    try:
        records = load_gold(gold)
        if fmt == "markdown":
            text = accuracy_markdown(records, gold_name=gold.name, command=DOC_COMMAND.format(gold=gold))
        else:
            rep = evaluate_gold(split_half(records, half))
            if fmt == "json":
                data = rep.to_dict()
                if by != "category":
                    head, *rows = breakdown(rep, by)
                    data["breakdown"] = {"by": by, "rows": [dict(zip(head, r)) for r in rows]}
                if misses:
                    data["misses"], data["extras"] = rep.misses, rep.extras
                text = json.dumps(data, indent=1, ensure_ascii=False)
            else:
                text = format_table(rep, by=by)
                if misses:
                    text += "\n\nmissed:\n" + "\n".join(
                        f"  {m['gold']:9} got {','.join(m['predicted']) or '-':20} {m['text']}" for m in rep.misses
                    )
                    text += "\n\nextra:\n" + "\n".join(
                        f"  {','.join(x['extra']):9} gold {','.join(x['gold']):20} {x['text']}" for x in rep.extras
                    )
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
