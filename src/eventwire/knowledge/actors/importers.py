"""Importers for the actor and agent dictionaries of PETRARCH / Phoenix / TABARI.

The dictionaries are read at run time from a path the user gives; nothing of them is bundled.

Actor dictionaries (``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``, ``PETR.Validate.actors.txt``...): one block per actor::

    HEZBOLLAH_ [LBNREB]            # a primary phrase, optionally with its code(s)
    +HIZBULLAH                     # synonyms start with "+"
    SOME_PERSON_
        [AFGGOV 331108-730717]     # code lines: CCCSSS, optional YYMMDD-YYMMDD, >YYMMDD, <YYMMDD
        [AFGELI]

The syntax is PETRARCH's (``PETRreader.read_FIN_line`` and ``read_actor_dictionary``):

* comments: a line starting with ``#``, anything after ``#``, and ``<!-- ... -->`` on one line,
  inside a line or over several lines; blank lines;
* indentation is not significant: a line starting with ``[`` is a code line of the actor above,
  any other line (indented or not) starts an actor or, with ``+``, adds a synonym;
* codes in any case (``[pse]``); spaces inside a date restriction (``[EGYGOV > 140608]``,
  ``[HOBGOV 19950601 - 19990815]``); dates as YYMMDD (00-30 read as 20YY) or YYYYMMDD;
* slash alternatives (``[ELR/GAL]``: the actor codes as each); the null codes ``[---]`` and
  ``[+++]`` (the phrase is recognised but codes no country or sector: nothing is added).

Words are joined by "_"; a trailing "_" (whole word) is dropped, and stems are read as words.
A code is a three-letter country (or IGO/NGO/IMG...) followed by three-letter sectors; the
first sector the knowledge base knows is kept. Dated codes become roles. A three-letter head
that is neither an ISO3 country of the knowledge base nor a known non-country head (IGO, NGO,
IMG, MNC, a sector, a religion) is a custom or historical CAMEO code (``USR``, ``YUG``, ``MEA``):
it is kept as a user-defined country and listed in the :class:`ImportReport`. The CAMEO codes
of ISO3 countries (``TMP`` for Timor-Leste, ``KSV`` for Kosovo...) are read as their ISO3 codes.

Agent dictionaries (``Phoenix.agents.txt``): ``PHRASE [~SEC]`` lines, ``!SET! = A, B``
substitution sets and ``{PLURAL}`` forms; each phrase becomes an agent noun of sector SEC.

Verb, discard and issue dictionaries are not actor dictionaries: :func:`dictionary_kind`
tells them apart and the knowledge base refuses them with a message that says so.

Every line that cannot be read raises :class:`~eventwire.errors.DataFileError` naming the file
and the line (or, given a ``skipped`` list, is recorded there and left out).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import DataFileError
from ._text import normalize_alias
from .entries import KBEntry, Role

__all__ = [
    "ImportReport",
    "PetrarchActor",
    "dictionary_kind",
    "is_petrarch_file",
    "read_petrarch_actors",
    "read_petrarch_agents",
    "slug",
]

_CODE = re.compile(r"\[([^\[\]]*)\]")
_DATE6 = re.compile(r"^\d{6}$")
_DATE8 = re.compile(r"^\d{8}$")
_ONE_CODE = re.compile(r"[A-Z0-9]{3,}|-{3}|\+{3}")
_DATE_SPEC = re.compile(r"^(?:(?P<op>[<>])(?P<one>\d+)|(?P<start>\d+)-(?P<end>\d+))$")
_NON_COUNTRY = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS"}
#: CAMEO heads for transnational religious actors (CAMEO 1.1b3, religion codes): coded as REL.
_RELIGION = frozenset(
    {"ADR", "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "ITR", "JAN", "JEW", "MOS", "SHN", "SIK", "TAO", "ZRO"}
)
#: Heads that code nothing: the null codes ``---`` and ``+++`` and TABARI's discard ``###``.
NULL_HEADS = frozenset({"---", "+++", "###"})
#: CAMEO country codes that differ from the ISO3 code of the same country.
CAMEO_TO_ISO3 = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}


@dataclass(slots=True)
class PetrarchActor:
    """One actor block: its phrases and its codes, with the line where it starts."""

    line: int
    phrases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None, int]] = field(default_factory=list)  # code, start, end, line


@dataclass(slots=True)
class ImportReport:
    """What one PETRARCH/Phoenix dictionary added to a knowledge base.

    ``added`` counts the dictionary entries now in the knowledge base (actor blocks, or agent
    nouns): ``new`` of them as new actors (or nouns), the rest as new spellings of a known actor
    or country. ``user_countries`` maps each code kept as a user-defined country to its name;
    ``read_as_iso3`` the CAMEO codes read as another ISO3 code. ``uncoded`` counts actor blocks
    with no code the knowledge base can use (only ``[---]``/``[+++]``), ``unknown_sectors`` the
    agent nouns of a sector the knowledge base lacks; ``skipped`` holds "file:line: reason" for
    every malformed line left out.
    """

    path: str
    kind: str = "actors"
    added: int = 0
    new: int = 0
    already_known: int = 0
    uncoded: int = 0
    user_countries: dict[str, str] = field(default_factory=dict)
    read_as_iso3: dict[str, str] = field(default_factory=dict)
    unknown_sectors: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def dictionary_kind(text: str) -> str:
    """``"actors"``, ``"agents"``, ``"verbs"`` or ``"other"`` (no code at all: discards, notes...)."""
    if re.search(r"^---\s+\S.*---\s*$", text, re.M) or re.search(r"^&[A-Z]", text, re.M):
        return "verbs"
    if is_agents_text(text):
        return "agents"
    if any(_CODE.search(line) for _n, line in _clean_lines(text)):
        return "actors"
    return "other"


def _clean_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of every line with PETRARCH's comments removed; blank lines left out.

    ``#`` starts a comment running to the end of the line; ``<!--`` starts one running to the
    next ``-->``, on the same line or a later one.
    """
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        kept: list[str] = []
        i = 0
        if not in_comment and raw.lstrip().startswith("-->"):
            i = raw.index("-->") + 3  # the end of a comment whose start was not marked
        while i < len(raw):
            if in_comment:
                end = raw.find("-->", i)
                if end < 0:
                    break
                in_comment, i = False, end + 3
                continue
            hash_at, open_at = raw.find("#", i), raw.find("<!--", i)
            if open_at >= 0 and (hash_at < 0 or open_at < hash_at):
                kept.append(raw[i:open_at])
                in_comment, i = True, open_at + 4
                continue
            kept.append(raw[i:] if hash_at < 0 else raw[i:hash_at])
            break
        line = " ".join(kept).rstrip()
        if line.strip():
            yield number, line


def is_petrarch_file(path: Path) -> bool:
    """True for a file that is not YAML/JSON by name (PETRARCH dictionaries are plain .txt)."""
    return path.suffix.lower() not in (".yaml", ".yml", ".json")


def is_agents_text(text: str) -> bool:
    """True when the dictionary codes agents (``[~GOV]`` / ``[GOV~]``) rather than actors."""
    return re.search(r"\[\s*~\s*[A-Za-z]{3}|\[\s*[A-Za-z]{3}\s*~\s*\]", text) is not None


def slug(text: str) -> str:
    """A snake_case id fragment of a phrase ("HEZBOLLAH_" -> "hezbollah")."""
    return re.sub(r"[^a-z0-9]+", "_", normalize_alias(text)).strip("_") or "x"


def _phrase(raw: str) -> str:
    """Dictionary phrase to text: "_" between words, "_" at the end meaning a whole word.

    A parenthesised abbreviation inside a phrase ("ARMY_(AAIA)_") is dropped from it.
    """
    raw = re.sub(r"\([^()]*\)", " ", raw)
    return " ".join(w for w in re.split(r"[_\s]+", raw.strip()) if w)


def _date(raw: str, display: str, line: int) -> str:
    if _DATE8.match(raw):
        iso = f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    elif _DATE6.match(raw):
        yy = int(raw[:2])
        century = "20" if yy <= 30 else "19"
        iso = f"{century}{raw[:2]}-{raw[2:4]}-{raw[4:]}"
    else:
        raise DataFileError(display, f"date {raw!r} has {len(raw)} digits; write YYMMDD (6) or YYYYMMDD (8)", line=line)
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        raise DataFileError(display, f"date {raw!r} is not a calendar date", line=line) from None
    return iso


def _codes(raw: str, display: str, line: int) -> list[tuple[str, str | None, str | None, int]]:
    """The codes of one ``[...]``: slash alternatives each, sharing the date restriction."""
    parts = raw.split()
    if not parts:
        raise DataFileError(display, "empty code [] ; write a code like [LBNREB]", line=line)
    codes = [c.strip("~") for c in parts[0].upper().split("/")]
    for code in codes:
        if not _ONE_CODE.fullmatch(code):
            raise DataFileError(display, f"code {code!r} is not a CAMEO code like USAGOV", line=line)
    start = end = None
    if len(parts) > 1:
        span = "".join(parts[1:])
        found = _DATE_SPEC.match(span)
        if found is None:
            raise DataFileError(
                display, f"date restriction {span!r} is not YYMMDD-YYMMDD, >YYMMDD or <YYMMDD", line=line
            )
        if found.group("op") == ">":
            start = _date(found.group("one"), display, line)
        elif found.group("op") == "<":
            end = _date(found.group("one"), display, line)
        else:
            start, end = _date(found.group("start"), display, line), _date(found.group("end"), display, line)
    return [(code, start, end, line) for code in codes]


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
    for number, line in _clean_lines(_read_text(path, display)):
        try:
            current = _actor_line(line, number, display, blocks, current)
        except DataFileError as exc:
            if skipped is None:
                raise
            skipped.append(exc)
            if line.lstrip()[:1] not in ("+", "["):
                current = PetrarchActor(number)  # a broken actor: its synonyms go with it
    return blocks


def _actor_line(
    line: str, number: int, display: str, blocks: list[PetrarchActor], current: PetrarchActor | None
) -> PetrarchActor | None:
    """Read one comment-free line into ``blocks``; returns the block now open.

    As in PETRARCH, indentation does not matter: a line starting with ``[`` holds codes of the
    actor above, a line starting with ``+`` a synonym, any other line a new actor.
    """
    line = line.strip()
    if line.count("[") != line.count("]"):
        raise DataFileError(display, f"unbalanced brackets in {line!r}", line=number)
    codes = [c for m in _CODE.finditer(line) for c in _codes(m.group(1), display, number)]
    text = _CODE.sub(" ", line).strip()
    if line.startswith("["):
        if current is None:
            raise DataFileError(display, f"code line {line!r} comes before any actor", line=number)
        if text:
            raise DataFileError(display, f"unexpected text {text!r} after the codes of a code line", line=number)
        current.codes.extend(codes)
    elif text.startswith("+"):
        if current is None:
            raise DataFileError(display, f"synonym {text!r} comes before any actor", line=number)
        phrase = _phrase(text[1:])
        if not phrase:
            raise DataFileError(display, "a '+' synonym line without a phrase", line=number)
        current.phrases.append(phrase)
        current.codes.extend(codes)
    else:
        phrase = _phrase(text)
        if not phrase:
            raise DataFileError(display, f"actor line {line!r} has no phrase", line=number)
        current = PetrarchActor(number, [phrase], codes)
        blocks.append(current)
    return current


def custom_country_codes(
    blocks: list[PetrarchActor], *, countries: Mapping[str, object], sectors: Mapping[str, object]
) -> dict[str, str]:
    """Code -> name (``"<CODE> (user-defined)"``) of every country head in ``blocks`` that is not ISO3.

    The name is not taken from the dictionary: an actor coded with a bare code is not
    necessarily the country's name (``BILBO [HOB]``, ``CONTINUITY_IRA [WEU]``).
    """
    found: dict[str, str] = {}
    for block in blocks:
        for code, *_ in block.codes:
            head = code[:3]
            if (
                head in countries
                or head in _NON_COUNTRY
                or head in sectors
                or head in _RELIGION
                or head in NULL_HEADS
                or head in CAMEO_TO_ISO3
                or head in found
            ):
                continue
            found[head] = f"{head} (user-defined)"
    return found


def read_as_iso3(blocks: list[PetrarchActor], countries: Mapping[str, object]) -> dict[str, str]:
    """Rewrite CAMEO country heads that stand for an ISO3 country (TMP -> TLS); returns those rewritten."""
    done: dict[str, str] = {}
    for block in blocks:
        for i, (code, start, end, line) in enumerate(block.codes):
            iso = CAMEO_TO_ISO3.get(code[:3])
            if iso is not None and iso in countries and code[:3] not in countries:
                block.codes[i] = (iso + code[3:], start, end, line)
                done[code[:3]] = iso
    return done


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
    code = code.strip("~")
    head = code[:3]
    country = head if head in countries else None
    sector = _NON_COUNTRY.get(head) or ("REL" if head in _RELIGION and "REL" in sectors else None)
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
    for number, line in _clean_lines(_read_text(path, display)):
        line = line.strip()
        set_match = re.fullmatch(r"(![A-Za-z0-9_]+!)\s*=\s*(.+)", line)
        if set_match:
            words = [w.strip() for w in set_match.group(2).split(",") if w.strip()]
            sets[set_match.group(1).upper()] = [w.upper() for w in words]
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
    if "[" not in line and "]" not in line:
        raise DataFileError(display, f"agent line {line!r} has no code; write one like [~GOV]", line=number)
    code_match = re.search(r"\[\s*~?\s*([A-Za-z]{3})[A-Za-z]*\s*~?\s*\]", line)
    if code_match is None or line.count("[") != 1 or line.count("]") != 1:
        raise DataFileError(display, f"agent line {line!r} needs one code like [~GOV]", line=number)
    phrase = line[: line.index("[")]
    plurals = re.findall(r"\{([^{}]*)\}", phrase)
    phrase = re.sub(r"\{[^{}]*\}", " ", phrase).strip()
    if not phrase:
        raise DataFileError(display, f"agent line {line!r} has no phrase", line=number)
    variants = [phrase]
    for name, words in sets.items():
        if name in phrase.upper():
            phrase = re.sub(re.escape(name), name, phrase, flags=re.I)
            variants = [v.replace(name, w) for v in variants for w in words]
    unknown = re.search(r"![A-Z0-9_]+!", " ".join(variants), re.I)
    if unknown:
        raise DataFileError(display, f"substitution set {unknown.group(0)} is not defined above", line=number)
    for v in [*variants, *(p for p in plurals if p.strip())]:
        text = _phrase(v).lower()
        if text:
            out.append((text, code_match.group(1).upper(), number))
    return out
