"""Importers for the actor and agent dictionaries of PETRARCH / Phoenix / TABARI.

The dictionaries are read at run time from a path the user gives; nothing of them is bundled.

Actor dictionaries (``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``...): one block per actor::

    HEZBOLLAH_ [LBNREB]            # a primary phrase, optionally with its code(s)
    +HIZBULLAH                     # synonyms start with "+"
    SOME_PERSON_
        [AFGGOV 331108-730717]     # code lines: CCCSSS, optional YYMMDD-YYMMDD, >YYMMDD, <YYMMDD
        [AFGELI]

Words are joined by "_"; a trailing "_" (whole word) is dropped, and stems are read as words.
A code is a three-letter country (or IGO/NGO/IMG...) followed by three-letter sectors; the
first sector the knowledge base knows is kept. Dated codes become roles.

Agent dictionaries (``Phoenix.agents.txt``): ``PHRASE [~SEC]`` lines, ``!SET! = A, B``
substitution sets and ``{PLURAL}`` forms; each phrase becomes an agent noun of sector SEC.

Every line that cannot be read raises :class:`~eventwire.errors.DataFileError` naming the file
and the line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import DataFileError
from ._text import normalize_alias
from .entries import KBEntry, Role

__all__ = ["PetrarchActor", "is_petrarch_file", "read_petrarch_actors", "read_petrarch_agents", "slug"]

_CODE = re.compile(r"\[([^\[\]]*)\]")
_DATE6 = re.compile(r"^\d{6}$")
_DATE8 = re.compile(r"^\d{8}$")
_NON_COUNTRY = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS"}


@dataclass(slots=True)
class PetrarchActor:
    """One actor block: its phrases and its codes, with the line where it starts."""

    line: int
    phrases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None, int]] = field(default_factory=list)  # code, start, end, line


def is_petrarch_file(path: Path) -> bool:
    """True for a file that is not YAML/JSON by name (PETRARCH dictionaries are plain .txt)."""
    return path.suffix.lower() not in (".yaml", ".yml", ".json")


def is_agents_text(text: str) -> bool:
    """True when the dictionary codes agents (``[~GOV]`` / ``[GOV~]``) rather than actors."""
    return re.search(r"\[\s*~[A-Z]{3}|\[[A-Z]{3}~\s*\]", text) is not None


def slug(text: str) -> str:
    """A snake_case id fragment of a phrase ("HEZBOLLAH_" -> "hezbollah")."""
    return re.sub(r"[^a-z0-9]+", "_", normalize_alias(text)).strip("_") or "x"


def _phrase(raw: str) -> str:
    """Dictionary phrase to text: "_" between words, "_" at the end meaning a whole word.

    A parenthesised abbreviation inside a phrase ("ARMY_(AAIA)_") is dropped from it.
    """
    raw = re.sub(r"\([^()]*\)", " ", raw)
    return " ".join(w for w in re.split(r"[_\s]+", raw.strip()) if w)


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _date(raw: str, display: str, line: int) -> str:
    if _DATE8.match(raw):
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    if _DATE6.match(raw):
        yy = int(raw[:2])
        century = "20" if yy <= 30 else "19"
        return f"{century}{raw[:2]}-{raw[2:4]}-{raw[4:]}"
    raise DataFileError(display, f"date {raw!r} is not YYMMDD or YYYYMMDD", line=line)


def _code(raw: str, display: str, line: int) -> tuple[str, str | None, str | None, int]:
    parts = raw.split()
    if not parts:
        raise DataFileError(display, "empty code [] ; write a code like [LBNREB]", line=line)
    code = parts[0]
    if not re.fullmatch(r"[A-Z0-9~-]{3,}", code):
        raise DataFileError(display, f"code {code!r} is not a CAMEO code like USAGOV", line=line)
    start = end = None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = _date(span[1:], display, line)
        elif span.startswith("<"):
            end = _date(span[1:], display, line)
        elif "-" in span:
            a, _, b = span.partition("-")
            start, end = _date(a, display, line), _date(b, display, line)
        else:
            raise DataFileError(display, f"date range {span!r} is not YYMMDD-YYMMDD, >YYMMDD or <YYMMDD", line=line)
    return code, start, end, line


def _read_text(path: Path, display: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(display, "file not found; check the path") from None
    except UnicodeDecodeError:
        try:
            return path.read_text(encoding="latin-1")
        except OSError as exc:
            raise DataFileError(display, f"cannot be read ({exc})") from None
    except OSError as exc:
        raise DataFileError(display, f"cannot be read ({exc.strerror})") from None


def read_petrarch_actors(
    path: Path, display: str | None = None, *, skipped: list[DataFileError] | None = None
) -> list[PetrarchActor]:
    """The actor blocks of a PETRARCH/Phoenix actor dictionary, in file order.

    A malformed line raises :class:`DataFileError` (file and line), unless ``skipped`` is a
    list: the error is then appended to it and the line left out.
    """
    display = display or str(path)
    blocks: list[PetrarchActor] = []
    current: PetrarchActor | None = None
    for number, raw in enumerate(_read_text(path, display).splitlines(), start=1):
        try:
            current = _actor_line(raw, number, display, blocks, current)
        except DataFileError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
            if raw[:1] not in ("+", " ", "\t"):
                current = PetrarchActor(number)  # a broken actor: its synonyms go with it
    return blocks


def _actor_line(
    raw: str, number: int, display: str, blocks: list[PetrarchActor], current: PetrarchActor | None
) -> PetrarchActor | None:
    """Read one line into ``blocks``; returns the block now open."""
    stripped = raw.strip()
    if stripped.startswith("<!--") or stripped.startswith("-->"):
        return current
    line = _strip_comment(raw)
    if not line.strip():
        return current
    if line.count("[") != line.count("]"):
        raise DataFileError(display, f"unbalanced brackets in {line.strip()!r}", line=number)
    codes = [_code(m.group(1), display, number) for m in _CODE.finditer(line)]
    text = _CODE.sub(" ", line).strip()
    if text.startswith("+"):
        if current is None:
            raise DataFileError(display, f"synonym {text!r} comes before any actor", line=number)
        phrase = _phrase(text[1:])
        if not phrase:
            raise DataFileError(display, "a '+' synonym line without a phrase", line=number)
        current.phrases.append(phrase)
        current.codes.extend(codes)
    elif line[:1] in " \t" or not text:
        if current is None or (text and not codes):
            raise DataFileError(
                display, f"indented line {line.strip()!r} is not a code line of an actor", line=number
            )
        if text:
            raise DataFileError(display, f"unexpected text {text!r} on a code line", line=number)
        current.codes.extend(codes)
    else:
        phrase = _phrase(text)
        if not phrase:
            raise DataFileError(display, f"actor line {line.strip()!r} has no phrase", line=number)
        current = PetrarchActor(number, [phrase], codes)
        blocks.append(current)
    return current


def to_entries(
    blocks: list[PetrarchActor],
    *,
    display: str,
    countries: Mapping[str, object],
    sectors: Mapping[str, object],
    prefix: str,
) -> list[tuple[KBEntry, int]]:
    """Knowledge-base entries (and their lines) for actor blocks; blocks with no usable code are skipped."""
    out: list[tuple[KBEntry, int]] = []
    seen: set[str] = set()
    for block in blocks:
        undated = [c for c in block.codes if c[1] is None and c[2] is None]
        dated = [c for c in block.codes if c[1] is not None or c[2] is not None]
        country: str | None = None
        sector: str | None = None
        for code, *_ in undated + dated:
            c, s = _split_code(code, countries, sectors)
            country = country or c
            sector = sector or s
            if country and sector:
                break
        roles = []
        for code, start, end, _line in dated:
            c, s = _split_code(code, countries, sectors)
            roles.append(Role(s, c or country, code, start or "1900", end))
        if country is None and sector is None:
            continue  # no code this knowledge base can use (a comment-only or unknown-code block)
        kind = _kind(sector, bool(roles))
        if sector is None and kind != "person":
            kind = "state_institution"
        base = f"{prefix}_{slug(block.phrases[0])}"
        entry_id, k = base, 2
        while entry_id in seen:
            entry_id, k = f"{base}_{k}", k + 1
        seen.add(entry_id)
        name = block.phrases[0].title() if block.phrases[0].isupper() else block.phrases[0]
        aliases = tuple(dict.fromkeys(p for p in block.phrases[1:] if p))
        out.append((KBEntry(entry_id, name, kind, country, sector, aliases, (), tuple(roles)), block.line))
    return out


def _split_code(
    code: str, countries: Mapping[str, object], sectors: Mapping[str, object]
) -> tuple[str | None, str | None]:
    code = code.strip("~-")
    head = code[:3]
    country = head if head in countries else None
    sector = _NON_COUNTRY.get(head)
    rest = code[3:] if (country or sector or head in ("---",)) else code
    for i in range(0, len(rest) - 2, 3):
        part = rest[i : i + 3]
        if part in sectors:
            sector = sector or part
            break
    if sector is None and head in sectors and country is None:
        sector = head
    return country, sector


def _kind(sector: str | None, dated: bool) -> str:
    if dated:
        return "person"
    return {"REB": "armed_group", "IGO": "igo", "NGO": "ngo", "PTY": "party", "MED": "media", "BUS": "company"}.get(
        sector or "", "state_institution"
    )


def read_petrarch_agents(
    path: Path, display: str | None = None, *, skipped: list[DataFileError] | None = None
) -> list[tuple[str, str, int]]:
    """(phrase, sector, line) for every agent of a PETRARCH agents dictionary, substitution sets expanded.

    Malformed lines raise or are collected in ``skipped`` as for :func:`read_petrarch_actors`.
    """
    display = display or str(path)
    sets: dict[str, list[str]] = {}
    out: list[tuple[str, str, int]] = []
    for number, raw in enumerate(_read_text(path, display).splitlines(), start=1):
        line = _strip_comment(raw).strip()
        if not line or line.startswith("<!--"):
            continue
        set_match = re.fullmatch(r"(![A-Z0-9_]+!)\s*=\s*(.+)", line)
        if set_match:
            sets[set_match.group(1)] = [w.strip() for w in set_match.group(2).split(",") if w.strip()]
            continue
        try:
            out.extend(_agent_line(line, number, display, sets))
        except DataFileError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
    return out


def _agent_line(line: str, number: int, display: str, sets: Mapping[str, list[str]]) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    code_match = re.search(r"\[\s*~?([A-Z]{3})[A-Z]*~?\s*\]", line)
    if code_match is None or line.count("[") != 1 or line.count("]") != 1:
        raise DataFileError(display, f"agent line {line!r} needs one code like [~GOV]", line=number)
    phrase = line[: line.index("[")]
    plurals = re.findall(r"\{([^{}]*)\}", phrase)
    phrase = re.sub(r"\{[^{}]*\}", " ", phrase).strip()
    if not phrase:
        raise DataFileError(display, f"agent line {line!r} has no phrase", line=number)
    variants = [phrase]
    for name, words in sets.items():
        if name in phrase:
            variants = [v.replace(name, w) for v in variants for w in words]
    unknown = re.search(r"![A-Z0-9_]+!", " ".join(variants))
    if unknown:
        raise DataFileError(display, f"substitution set {unknown.group(0)} is not defined above", line=number)
    for v in [*variants, *(p for p in plurals if p.strip())]:
        text = _phrase(v).lower()
        if text:
            out.append((text, code_match.group(1), number))
    return out
