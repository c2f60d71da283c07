"""The actor knowledge base: countries, agent nouns and named actors, with their alias indexes.

Three bundled YAML files in ``data/`` (authored for eventwire) are read together:

``countries.yaml``
    UN members, the two observer states, Taiwan and Kosovo: ISO3 code, name, aliases,
    demonyms and capitals (capitals and seats of government stand for the government).
``agents.yaml``
    Sector codes (CAMEO/PLOVER agent codes) and the nouns that signal them.
``actors.yaml``, ``actors_*.yaml``
    Named actors (institutions, armed groups, parties, people...) with typed affiliations and,
    for people and some organisations, dated roles.
``institutions.yaml``
    Per-country facts from which :mod:`eventwire.actors.institutions` generates each country's
    ministries, armed forces, police and legislature (where no hand-written entry has them).

Extra files passed to :meth:`KnowledgeBase.load` are actors files in the ``actors.yaml`` format
(an entry whose id already exists replaces the earlier entry, and its aliases win over earlier
ones) or PETRARCH/Phoenix dictionaries (:mod:`eventwire.actors.importers`).
Every malformed entry raises :class:`~eventwire.errors.DataFileError` naming file and line.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

from rapidfuzz import fuzz, process

from ...errors import DataFileError
from ._text import (
    cased_key,
    drop_leading_article,
    is_case_sensitive,
    normalize_alias,
    tokenize,
)
from .datafiles import _load_actor_file, _load_agents, _load_countries, _PendingTarget  # noqa: F401
from .entries import (  # noqa: F401  (re-exported: the records were defined here before 0.1.x)
    AFFILIATION_TYPES,
    KINDS,
    LABELS,
    AgentRules,
    AliasHit,
    AliasPattern,
    CountryEntry,
    KBEntry,
    NounInfo,
    Role,
    Sector,
    in_force,
    plural,
)
from .importers import ImportReport
from .merge import _add_generated, _import_petrarch

DATA_DIR = Path(__file__).resolve().parent / "data"

_DROPPABLE_PREFIXES = frozenset({"al", "el"})
# The most fuzzy look-up answers a knowledge base remembers (all are forgotten when it is full).
_FUZZY_HITS = 16384


# --------------------------------------------------------------------------- the knowledge base


class KnowledgeBase:
    """Countries, sectors and named actors, with the indexes the resolver needs.

    Build one with :meth:`load` (or share :func:`default_kb`); it is read-only afterwards.
    """

    def __init__(
        self,
        *,
        entries: Iterable[KBEntry],
        countries: Mapping[str, CountryEntry],
        sectors: Mapping[str, Sector],
        agent_rules: AgentRules,
        preferred_ids: Iterable[str] = (),
        sources: Sequence[str] = (),
    ) -> None:
        self._entries: dict[str, KBEntry] = {e.id: e for e in entries}
        self._countries = dict(countries)
        self._sectors = dict(sectors)
        self._rules = agent_rules
        self._sources = tuple(sources)
        self._cf_index: dict[str, AliasHit] = {}
        self._cs_index: dict[str, AliasHit] = {}
        self._surfaces: set[str] = set()
        self._conflicts: list[str] = []
        self._patterns: list[AliasPattern] = []
        self._nouns: dict[str, NounInfo] = {}
        self._fuzzy: dict[tuple[str, int], list[str]] | None = None
        self._fuzzy_hits: dict[tuple[str, int, float], AliasHit | None] = {}  # fuzzy_lookup's answers
        #: Malformed dictionary lines left out by ``load(skip_malformed=True)``, as "file:line: reason".
        self.skipped: tuple[str, ...] = ()
        #: What each extra file added (:class:`~eventwire.knowledge.actors.importers.ImportReport`), in order.
        self.import_reports: tuple[ImportReport, ...] = ()
        preferred = [i for i in preferred_ids if i in self._entries]
        first = set(preferred)
        order = preferred + [i for i in self._entries if i not in first]
        self._build_alias_index(order)
        self._build_noun_index()
        self.max_alias_tokens = max((k.count(" ") + 1 for k in (*self._cf_index, *self._cs_index)), default=1)
        self._first_cf: dict[str, int] = {}
        self._first_cs: dict[str, int] = {}
        for index, first in ((self._cf_index, self._first_cf), (self._cs_index, self._first_cs)):
            for key in index:
                head, n = key.split(" ", 1)[0], key.count(" ") + 1
                if first.get(head, 0) < n:
                    first[head] = n
        self.max_noun_tokens = max((k.count(" ") + 1 for k in self._nouns), default=1)
        self._first_noun: dict[str, int] = {}
        for key in self._nouns:
            head, n = key.split(" ", 1)[0], key.count(" ") + 1
            if self._first_noun.get(head, 0) < n:
                self._first_noun[head] = n

    # ----------------------------------------------------------------- construction

    @classmethod
    def load(
        cls, *, extra_paths: Sequence[Path | str] = (), prefix: str = "user", skip_malformed: bool = False
    ) -> KnowledgeBase:
        """The bundled files, then each extra file in order; later layers win.

        An extra file is either an actors file in YAML (the format of ``actors.yaml``: an entry
        whose id already exists replaces it) or a PETRARCH/Phoenix dictionary (any other suffix,
        see :mod:`eventwire.actors.importers`): a dictionary actor whose name is already a name
        of the knowledge base extends that actor or country with its spellings, keeping its id
        and coding; a new actor is added under the id ``<prefix>_<name>``. A dictionary of
        agents adds its nouns to their sectors (nouns already known keep their sector).
        Aliases of later layers win over earlier ones where two claim the same name.

        A malformed entry raises :class:`~eventwire.errors.DataFileError` naming the file and
        line. With ``skip_malformed``, malformed lines of PETRARCH dictionaries (which often
        have a few) are left out instead and listed in :attr:`skipped`. Verb dictionaries and
        files with no code at all are refused either way. What each extra file added (entries,
        user-defined countries for codes that are not ISO3, lines skipped) is in
        :attr:`import_reports`.
        """
        countries = _load_countries(DATA_DIR / "countries.yaml", _display(DATA_DIR / "countries.yaml"))
        sectors, rules = _load_agents(DATA_DIR / "agents.yaml", _display(DATA_DIR / "agents.yaml"))
        pending: list[_PendingTarget] = []
        merged: dict[str, KBEntry] = {}
        bundled_paths = [DATA_DIR / "actors.yaml", *sorted(DATA_DIR.glob("actors_*.yaml"))]
        for bundled in bundled_paths:
            entries, bundled_pending = _bundled_entries(bundled, countries=countries, sectors=sectors)
            pending.extend(bundled_pending)
            for entry in entries:
                if entry.id in merged:
                    raise DataFileError(_display(bundled), f"id {entry.id!r} is already used by another bundled file")
                merged[entry.id] = entry
        _add_generated(merged, countries)
        user_ids: list[str] = []
        sources = [_display(p) for p in bundled_paths]
        from .importers import is_petrarch_file

        skipped: list[DataFileError] | None = [] if skip_malformed else None
        reports: list[ImportReport] = []
        for raw in extra_paths:
            path = Path(raw)
            report = ImportReport(str(path))
            if is_petrarch_file(path):
                layer = _import_petrarch(
                    path,
                    countries=countries,
                    sectors=sectors,
                    merged=merged,
                    prefix=prefix,
                    skipped=skipped,
                    report=report,
                )
                for entry_id in layer:
                    user_ids.insert(0, entry_id)
            else:
                report.kind = "yaml"
                for entry in _load_actor_file(path, str(path), countries=countries, sectors=sectors, pending=pending):
                    report.already_known += entry.id in merged
                    report.added += 1
                    merged[entry.id] = entry
                    user_ids.insert(0, entry.id)  # later files first, so their aliases win
                report.new = report.added - report.already_known
            reports.append(report)
            sources.append(str(path))
        for item in pending:
            if item.target not in countries and item.target not in merged:
                raise DataFileError(
                    item.display,
                    f"{item.entry_id}: affiliation target {item.target!r} is neither an ISO3 code "
                    "of countries.yaml nor a known actor id",
                    line=item.line,
                )
        kb = cls(
            entries=merged.values(),
            countries=countries,
            sectors=sectors,
            agent_rules=rules,
            preferred_ids=dict.fromkeys(user_ids),
            sources=sources,
        )
        kb.skipped = tuple(str(e) for e in skipped or ())
        kb.import_reports = tuple(reports)
        return kb

    def _add_key(self, surface: str, hit: AliasHit, *, generated: bool = False) -> None:
        if is_case_sensitive(surface):
            index, key = self._cs_index, cased_key(surface)
        else:
            index, key = self._cf_index, normalize_alias(surface)
        if not key:
            return
        current = index.get(key)
        if current is None:
            index[key] = hit
        elif current.target != hit.target and not generated:
            self._conflicts.append(
                f"{surface!r} ({hit.label} {hit.target}) is already {current.label} {current.target}"
            )

    def _add_surface(self, surface: str, hit: AliasHit) -> None:
        self._add_key(surface, hit)
        self._patterns.append(AliasPattern(surface, hit.target, hit.label, is_case_sensitive(surface)))
        if hit.label == "ACTOR":
            self._surfaces.add(cased_key(surface))

    def _build_alias_index(self, order: Sequence[str]) -> None:
        for entry_id in order:
            entry = self._entries[entry_id]
            hit = AliasHit("ACTOR", entry_id)
            for surface in dict.fromkeys((entry.name, *entry.aliases)):
                self._add_surface(surface, hit)
        for label, attribute in (
            ("COUNTRY", "names"), ("CAPITAL", "capitals"), ("DEMONYM", "demonyms"), ("PEOPLE", "peoples")
        ):
            for country in self._countries.values():
                surfaces = (country.name, *country.aliases) if attribute == "names" else getattr(country, attribute)
                for surface in dict.fromkeys(surfaces):
                    self._add_surface(surface, AliasHit(label, country.iso3))
        # Actor aliases written with a leading "al-"/"el-" also match without it ("Sadr").
        for entry_id in order:
            entry = self._entries[entry_id]
            for surface in (entry.name, *entry.aliases):
                folded, cased = tokenize(surface)
                folded = drop_leading_article(folded)
                # never down to an article alone ("El Al" is not "al")
                if len(folded) > 1 and folded[0] in _DROPPABLE_PREFIXES and folded[1] not in _DROPPABLE_PREFIXES:
                    self._add_key(
                        " ".join(cased[len(cased) - len(folded) + 1 :]), AliasHit("ACTOR", entry_id), generated=True
                    )

    def _build_noun_index(self) -> None:
        rules = self._rules
        sector_of: dict[str, str] = {}
        for sector in self._sectors.values():
            for term in sector.terms:
                sector_of.setdefault(normalize_alias(term), sector.code)
        keys = set(sector_of) | {
            normalize_alias(t) for t in (*rules.generic_heads, *rules.group_nouns, *rules.proxy_nouns)
        }
        generic = {normalize_alias(t) for t in rules.generic_heads}
        groups = {normalize_alias(t): code for t, code in rules.group_nouns.items()}
        proxies = {normalize_alias(t) for t in rules.proxy_nouns}
        national = {normalize_alias(t): code for t, code in rules.national_heads.items()}
        for key in sorted(keys):
            info = NounInfo(key, sector_of.get(key), key in generic, groups.get(key), key in proxies, national.get(key))
            self._nouns[key] = info
        for key, info in list(self._nouns.items()):
            self._nouns.setdefault(plural(key), info)

    # ----------------------------------------------------------------- read access

    @property
    def entries(self) -> Mapping[str, KBEntry]:
        """Named actors by id."""
        return MappingProxyType(self._entries)

    @property
    def countries(self) -> Mapping[str, CountryEntry]:
        """Countries by ISO3 code."""
        return MappingProxyType(self._countries)

    @property
    def sectors(self) -> Mapping[str, Sector]:
        """Sectors by code."""
        return MappingProxyType(self._sectors)

    @property
    def sources(self) -> tuple[str, ...]:
        """The actors files read, bundled first."""
        return self._sources

    @property
    def alias_index(self) -> Mapping[str, str]:
        """Normalised actor alias -> id (case-sensitive acronyms keep their capitals)."""
        merged = {k: h.target for k, h in self._cf_index.items() if h.label == "ACTOR"}
        merged.update({k: h.target for k, h in self._cs_index.items() if h.label == "ACTOR"})
        return MappingProxyType(merged)

    @property
    def alias_conflicts(self) -> tuple[str, ...]:
        """Aliases claimed by two targets; the first claim (user files first) was kept."""
        return tuple(self._conflicts)

    def stats(self) -> dict[str, Any]:
        """Counts for a report: entries by kind, countries, sectors, names, people with dated roles."""
        kinds: dict[str, int] = {}
        for entry in self._entries.values():
            kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
        return {
            "entries": len(self._entries),
            "by_kind": dict(sorted(kinds.items())),
            "countries": len(self._countries),
            "country_names": sum(len({c.name, *c.aliases, *c.demonyms, *c.capitals}) for c in self._countries.values()),
            "sectors": len(self._sectors),
            "agent_nouns": len({n.lemma for n in self._nouns.values()}),
            "actor_aliases": sum(1 for p in self._patterns if p.label == "ACTOR"),
            "people_with_dated_roles": sum(1 for e in self._entries.values() if e.kind == "person" and e.roles),
            "alias_conflicts": len(self._conflicts),
            "user_defined_countries": sorted(c for r in self.import_reports for c in r.user_countries),
            "skipped_lines": len(self.skipped),
            "sources": list(self._sources),
        }

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def get(self, entry_id: str) -> KBEntry | None:
        return self._entries.get(entry_id)

    def country(self, iso3: str) -> CountryEntry | None:
        return self._countries.get(iso3)

    def target_name(self, target: str) -> str:
        """Display name of an ISO3 code or an actor id."""
        if target in self._countries:
            return self._countries[target].name
        entry = self._entries.get(target)
        return entry.name if entry is not None else target

    def agent_sector(self, lemma: str) -> str | None:
        """Sector code an agent noun signals ("troops" -> MIL, "prime minister" -> GOV), else None."""
        info = self._nouns.get(normalize_alias(lemma))
        return info.sector if info is not None else None

    def noun(self, key: str) -> NounInfo | None:
        """What the normalised noun ``key`` (singular or plural) signals, if anything."""
        return self._nouns.get(key)

    def longest_noun_from(self, folded: str) -> int:
        """The most tokens an agent or group noun starting with this token has (0: none starts with it)."""
        return self._first_noun.get(folded, 0)

    def longest_from(self, folded: str, cased: str) -> int:
        """The most tokens an alias starting with this token has (0: no alias starts with it)."""
        return max(self._first_cf.get(folded, 0), self._first_cs.get(cased, 0))

    def lookup(self, folded: Sequence[str], cased: Sequence[str]) -> AliasHit | None:
        """The name that exactly these tokens spell (capital acronyms are matched on case)."""
        hit = self._cs_index.get(" ".join(cased))
        if hit is not None:
            return hit
        return self._cf_index.get(" ".join(folded))

    def fuzzy_lookup(self, query: str, n_tokens: int, *, threshold: float = 90.0) -> AliasHit | None:
        """The case-insensitive alias closest to ``query`` (normalised, ``n_tokens`` long), if close enough.

        Candidates share the first letter and the token count, so one look-up compares a few
        hundred keys at most; ``threshold`` is a rapidfuzz ratio (0-100).
        """
        key = (query, n_tokens, threshold)
        if key in self._fuzzy_hits:
            return self._fuzzy_hits[key]
        if len(self._fuzzy_hits) >= _FUZZY_HITS:
            self._fuzzy_hits.clear()
        hit = self._fuzzy_hits[key] = self._closest_alias(query, n_tokens, threshold)
        return hit

    def _closest_alias(self, query: str, n_tokens: int, threshold: float) -> AliasHit | None:
        """:meth:`fuzzy_lookup` computed: the misspelt names of a news stream recur (most look-ups
        ask again for a name asked before), so its answers are remembered."""
        choices = self._fuzzy_buckets().get((query[:1], n_tokens))
        if not choices:
            return None
        found = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=threshold)
        return self._cf_index[found[0]] if found is not None else None

    def _fuzzy_buckets(self) -> dict[tuple[str, int], list[str]]:
        if self._fuzzy is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            for key in self._cf_index:
                if len(key) >= 5:
                    buckets.setdefault((key[:1], key.count(" ") + 1), []).append(key)
            self._fuzzy = buckets
        return self._fuzzy

    def is_surface(self, cased: Sequence[str]) -> bool:
        """True when the cased tokens spell an actor alias as written in the data."""
        return " ".join(cased) in self._surfaces

    def alias_patterns(self) -> list[AliasPattern]:
        """Every surface form with its id and label, for a phrase matcher."""
        return list(self._patterns)


# The bundled actors files read in this process, by (path, modification time, size, and the
# same for the files their entries are checked against): every load after the first (a user
# file, a test's extra file) reuses the parsed, immutable entries instead of reading the YAML.
_BUNDLED: dict[tuple[object, ...], tuple[list[KBEntry], list[_PendingTarget]]] = {}
_BUNDLED_LOCK = threading.Lock()


def _stamp(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return (str(path), st.st_mtime_ns, st.st_size)


def _bundled_entries(
    path: Path, *, countries: Mapping[str, CountryEntry], sectors: Mapping[str, Sector]
) -> tuple[list[KBEntry], list[_PendingTarget]]:
    key = (_stamp(path), _stamp(DATA_DIR / "countries.yaml"), _stamp(DATA_DIR / "agents.yaml"))
    with _BUNDLED_LOCK:
        hit = _BUNDLED.get(key)
    if hit is None:
        pending: list[_PendingTarget] = []
        entries = _load_actor_file(path, _display(path), countries=countries, sectors=sectors, pending=pending)
        hit = (entries, pending)
        with _BUNDLED_LOCK:
            _BUNDLED[key] = hit
    return hit


def _display(path: Path) -> str:
    """Bundled files are named relative to the package, not by a machine path."""
    try:
        return str(Path("eventwire") / path.relative_to(DATA_DIR.parents[1]))
    except ValueError:
        return str(path)


_CACHE_FORMAT = 2


def _fingerprint(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256(str(_CACHE_FORMAT).encode())
    for module in sorted(Path(__file__).parent.glob("*.py")):  # the code that builds the index
        digest.update(f"{module.name}:{module.stat().st_mtime_ns}".encode())
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            digest.update(f"{path}:missing".encode())
            continue
        digest.update(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def cache_dir() -> Path:
    """Where compiled knowledge bases are kept: ``$EVENTWIRE_CACHE_DIR`` or the user cache directory."""
    configured = os.environ.get("EVENTWIRE_CACHE_DIR")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("eventwire")) / "kb"


def load_cached(*, extra_paths: Sequence[Path | str] = ()) -> KnowledgeBase:
    """:meth:`KnowledgeBase.load`, through a compiled copy on disk while no file has changed.

    Malformed lines of PETRARCH dictionaries among ``extra_paths`` are left out (listed in
    :attr:`KnowledgeBase.skipped`): ``eventwire actors add`` accepted the files with a warning.

    The copy is keyed by the size and modification time of every bundled and extra file (and
    of this module), so an edited file is read again. A cache that cannot be written or read
    is skipped silently: the knowledge base is then built from the files.
    """
    extras = [Path(p) for p in extra_paths]
    data_files = sorted(DATA_DIR.glob("*.yaml"))
    target = cache_dir() / f"kb-{_fingerprint([*data_files, *extras])}.pickle"
    try:
        with target.open("rb") as handle:
            kb = pickle.load(handle)
        if isinstance(kb, KnowledgeBase):
            return kb
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    kb = KnowledgeBase.load(extra_paths=extras, skip_malformed=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(kb, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(target)
    except OSError:
        pass
    return kb


@functools.lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The bundled knowledge base plus the user's added files, loaded once per process.

    User files (``eventwire actors add``) are read from :func:`eventwire.actors.userfiles.user_dir`
    in the order they were added; set ``EVENTWIRE_NO_USER_ACTORS=1`` to read the bundled files only.
    """
    from .userdir import user_files

    extras = [] if os.environ.get("EVENTWIRE_NO_USER_ACTORS") else user_files()
    return load_cached(extra_paths=extras)
