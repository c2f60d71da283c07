"""Shared pieces of the ``eventwire`` command: the group, exit codes, option callbacks.

Exit codes, stable for scripts:
    0  every input was coded (an input with no events is coded too)
    1  at least one input could not be read; the others were coded and printed
    2  usage error (bad option or value)
    3  eventwire itself cannot run: model or data file missing or malformed, the database cannot
       be opened (missing, locked by another process, not a database), the port is taken
  130  interrupted (Ctrl-C or SIGINT); what was committed stays, running again resumes
"""

from __future__ import annotations

import datetime as dt

import click

from .._version import __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_SETUP = 0, 1, 2, 3
EXIT_INTERRUPTED = 130


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """Click callback: a YYYY-MM-DD option value as a date."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date; use YYYY-MM-DD, e.g. 2018-02-06") from None


def echo_error(msg: str) -> None:
    """One line on stderr, prefixed so scripts can grep it."""
    click.echo(f"eventwire: error: {msg}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """Turn news reports into PLOVER event data with evidence."""
