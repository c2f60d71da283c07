"""Versioned schema migrations of the event store.

A migration is a file ``NNNN_name.sql`` in ``eventwire/store/``; its number is the schema version it
brings the database to. :func:`migrate` applies, in order and each in its own transaction, every
migration above the version recorded in the ``schema_version`` table. To change the schema, add
the next numbered file (never edit one already released). A module that needs its own tables
can also register a Python migration with :func:`register`, under a number of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["Migration", "available", "current_version", "migrate", "register"]

_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Any], None]  # receives the DuckDB connection, inside a transaction


_REGISTERED: dict[int, Migration] = {}


def register(version: int, name: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Decorator: ``@register(7, "claims")`` on ``def m(con): con.execute(...)``."""

    def deco(func: Callable[[Any], None]) -> Callable[[Any], None]:
        if version in _REGISTERED or version in _sql_files():
            raise ValueError(f"migration number {version} is taken; pick the next free number")
        _REGISTERED[version] = Migration(version, name, func)
        return func

    return deco


def _sql_files() -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    for entry in resources.files(__package__ or "eventwire.store").iterdir():
        m = _FILE.match(entry.name)
        if m:
            out[int(m.group(1))] = (m.group(2), entry.read_text(encoding="utf-8"))
    return out


def _sql_migration(version: int, name: str, sql: str) -> Migration:
    def apply(con: Any) -> None:
        con.execute(sql)

    return Migration(version, name, apply)


def available() -> list[Migration]:
    """Every known migration, SQL files and registered functions, by version."""
    found = {v: _sql_migration(v, n, s) for v, (n, s) in _sql_files().items()}
    for v, mig in _REGISTERED.items():
        if v in found:
            raise ValueError(f"migration number {v} is used twice ({found[v].name}, {mig.name})")
        found[v] = mig
    return [found[v] for v in sorted(found)]


def current_version(con: Any) -> int:
    """The schema version of the open database (0 for an empty one)."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name VARCHAR, applied_at TIMESTAMP)"
    )
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: Any) -> list[int]:
    """Bring the database to the latest version; returns the versions applied."""
    done = current_version(con)
    applied: list[int] = []
    for mig in available():
        if mig.version <= done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            mig.apply(con)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                [mig.version, mig.name, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(mig.version)
    return applied
