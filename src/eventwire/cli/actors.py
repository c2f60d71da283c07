"""``eventwire actors``: look names up in the knowledge base, add user files, show counts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from ..errors import DataFileError
from ._common import EXIT_INPUT, EXIT_SETUP, echo_error, main, parse_date_option


@main.group("actors")
def actors_group() -> None:
    """The actor knowledge base: look up names, add your own files, show what is loaded."""


def _load_kb(no_user: bool) -> Any:
    from ..knowledge.actors import default_kb
    from ..knowledge.actors.kb import load_cached

    return load_cached() if no_user else default_kb()


@actors_group.command("lookup")
@click.argument("text")
@click.option(
    "--date",
    "date",
    callback=parse_date_option,
    metavar="YYYY-MM-DD",
    help="Date of the text: selects the roles in force (a president codes as GOV only in office).",
)
@click.option(
    "--context",
    default=None,
    metavar="SENTENCE",
    help="The sentence around TEXT; lends a country when TEXT names none.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--no-user-files", is_flag=True, help="Use the bundled knowledge base only.")
def lookup_cmd(text: str, date: dt.date | None, context: str | None, fmt: str, no_user_files: bool) -> None:
    """Resolve TEXT (a name or noun phrase) to an actor; exit 1 when nothing in it is known."""
    from ..knowledge.actors import lookup

    try:
        kb = _load_kb(no_user_files)
    except DataFileError as exc:
        echo_error(f"{exc}; fix the file or remove it with `eventwire actors remove NAME`")
        raise SystemExit(EXIT_SETUP) from None
    res = lookup(text, date=date.isoformat() if date else None, context=context, kb=kb)
    if res is None:
        if fmt == "json":
            click.echo(json.dumps({"text": text, "resolved": False}))
        else:
            echo_error(f"nothing in {text!r} is known to the knowledge base; add it with `eventwire actors add FILE`")
        raise SystemExit(EXIT_INPUT)
    if fmt == "json":
        click.echo(json.dumps({"text": text, "resolved": True, **res.to_dict()}, ensure_ascii=False))
        return
    code = "/".join(x for x in (res.country, res.sector) if x) or "-"
    click.echo(f"{res.name}  [{code}]  kb_id={res.kb_id or '-'}  resolved_by={res.resolved_by}")
    for a in res.affiliations:
        dates = "" if not (a.start or a.end) else f" ({a.start or '…'} to {a.end or '…'})"
        click.echo(f"  {a.type} {kb.target_name(a.target)} [{a.target}]{dates}")


@actors_group.command("add")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--strict",
    is_flag=True,
    help="Refuse the whole file at its first malformed line (default: skip such lines with a warning).",
)
def add_cmd(file: Path, strict: bool) -> None:
    """Check FILE (actors YAML, or a PETRARCH/Phoenix .txt dictionary) and keep it on top of the bundled base.

    Malformed lines of a dictionary are skipped with a warning (file, line, reason); codes that
    are not ISO3 countries are kept as user-defined countries. Verb dictionaries are refused.
    The last line reads "N entries added, K lines skipped".
    """
    from ..knowledge.actors.userfiles import add_user_file

    try:
        added = add_user_file(file, strict=strict)
    except DataFileError as exc:
        hint = "" if strict or exc.line is None else " (a YAML file is read strictly)"
        echo_error(f"{exc}; nothing was added{hint}")
        raise SystemExit(EXIT_INPUT) from None
    report = added.report
    for line in report.skipped:
        click.echo(f"eventwire: warning: {line}; line skipped", err=True)
    click.echo(f"added {file} as {added.stored}")
    if report.kind == "agents":
        click.echo(f"  {report.new} new agent nouns; {report.already_known} already known kept their sector")
        for code, n in sorted(report.unknown_sectors.items()):
            click.echo(f"  {n} agent nouns of sector {code} not added: the knowledge base has no sector {code}")
    else:
        click.echo(f"  {report.new} new entries, {report.already_known} extend a known actor or country")
    if report.read_as_iso3:
        pairs = ", ".join(f"{c} as {iso}" for c, iso in sorted(report.read_as_iso3.items()))
        click.echo(f"  CAMEO codes read as ISO3 countries: {pairs}")
    if report.user_countries:
        codes = ", ".join(report.user_countries)
        n = len(report.user_countries)
        click.echo(f"  {n} codes are not ISO3 countries, kept as user-defined countries: {codes}")
    if report.uncoded:
        click.echo(f"  {report.uncoded} actors code no country or sector ([---], [+++]) and add nothing")
    click.echo(f"{report.added} entries added, {len(report.skipped)} lines skipped")


@actors_group.command("remove")
@click.argument("name")
def remove_cmd(name: str) -> None:
    """Stop using the added file NAME."""
    from ..knowledge.actors.userfiles import remove_user_file

    try:
        removed = remove_user_file(name)
    except DataFileError as exc:
        echo_error(str(exc))
        raise SystemExit(EXIT_INPUT) from None
    click.echo(f"removed {removed}")


@actors_group.command("stats")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--no-user-files", is_flag=True, help="Count the bundled knowledge base only.")
def stats_cmd(fmt: str, no_user_files: bool) -> None:
    """Counts of the knowledge base in use (entries by kind, countries, names, files read)."""
    try:
        kb = _load_kb(no_user_files)
    except DataFileError as exc:
        echo_error(f"{exc}; fix the file or remove it with `eventwire actors remove NAME`")
        raise SystemExit(EXIT_SETUP) from None
    stats = kb.stats()
    if fmt == "json":
        click.echo(json.dumps(stats, indent=2))
        return
    for key, value in stats.items():
        if key == "by_kind":
            click.echo("entries by kind: " + ", ".join(f"{k} {v}" for k, v in value.items()))
        elif key == "sources":
            click.echo("files read:")
            for source in value:
                click.echo(f"  {source}")
        else:
            click.echo(f"{key.replace('_', ' ')}: {value}")
