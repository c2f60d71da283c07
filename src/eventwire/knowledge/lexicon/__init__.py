"""The trigger lexicon and cue lists bundled with eventwire (authored by the project).

``load_lexicon()`` validates ``triggers.yaml`` and ``cues.yaml`` and indexes the entries by
(lemma, part of speech). ``Lexicon.candidates(lemma, pos)`` returns the entries for a token,
most specific first; the matcher in :mod:`eventwire.events` checks their constraints.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ...errors import DataFileError
from ..ontology.plover import CATEGORIES
from ._words import word_lists as word_lists
from ._words import words as words
from .derive import gerund, nominalisations

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FRAMES = ("act", "speech", "help", "give", "meet", "flight", "mutual", "receive", "resumed")
_FIELDS = {
    "announced",
    "intransitive",
    "subject",
    "lemma",
    "pos",
    "event",
    "mode",
    "cameo",
    "frame",
    "to",
    "absorb",
    "with",
    "object",
    "compound",
    "not_with",
    "with_object",
    "context",
    "needs_content",
    "needs_complement",
    "subject_sector",
    "not_subject_sector",
    "object_sector",
    "as_actor",
    "head",
}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry."""

    lemma: str
    pos: str
    event: str
    mode: str | None = None
    cameo: str | None = None
    frame: str = "act"
    to: tuple[str, ...] = ()
    absorb: bool = False
    with_: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    compound: frozenset[str] = frozenset()
    not_with: frozenset[str] = frozenset()
    with_object: frozenset[str] = frozenset()  # the noun after the "with" preposition ("took to the streets")
    context: tuple[str, ...] = ()
    needs_content: frozenset[str] = frozenset()
    needs_complement: frozenset[str] = frozenset()
    subject_sector: frozenset[str | None] | None = None
    not_subject_sector: frozenset[str] = frozenset()
    object_sector: frozenset[str] | None = None
    as_actor: bool = False
    head: frozenset[str] = frozenset()
    announced: bool = False  # matches only a verb told in the future ("will send", "would deliver")
    intransitive: bool = False  # matches only a verb with no direct object ("the minister quit")
    subject: frozenset[str] = frozenset()  # the lemma of the subject ("exports resumed")
    line: int = 0
    derived_from: str | None = None  # the verb a nominalisation was derived from (lexicon.derive)

    @property
    def specificity(self) -> int:
        return (
            2 * bool(self.with_)
            + 3 * bool(self.with_object)
            + 3 * bool(self.object)
            + 3 * bool(self.compound)
            + 2 * bool(self.needs_content)
            + bool(self.needs_complement)
            + bool(self.subject_sector)
            + bool(self.object_sector)
            + 2 * bool(self.head)
            + bool(self.announced)
            + bool(self.intransitive)
            + 3 * bool(self.subject)
        )

    @property
    def rule(self) -> str:
        parts = [f"{self.lemma}/{self.pos}" + (f"(<{self.derived_from})" if self.derived_from else "")]
        if self.with_:
            parts.append("+" + "|".join(sorted(self.with_)))
        if self.compound:
            parts.append("<" + "|".join(sorted(self.compound)))
        if self.object:
            parts.append(">" + "|".join(sorted(self.object)))
        if self.head:
            parts.append("^" + "|".join(sorted(self.head)))
        return "".join(parts) + f" -> {self.event}"


@dataclass(frozen=True, slots=True)
class Cues:
    content_modes: dict[str, dict[str, str]]  # category -> content lemma -> mode
    aspectual: frozenset[str]
    intent_future: frozenset[str]
    reporting: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    obligation_aux: frozenset[str]
    negators: frozenset[str]
    conditional_marks: frozenset[str]
    force_means: tuple[tuple[str, ...], ...]
    coercive_intent: frozenset[str]
    contexts: dict[str, str]  # cue lemma -> context
    assault_means: tuple[tuple[str, frozenset[str]], ...] = ()  # (mode, lemmas), in priority order


@dataclass(frozen=True)
class Lexicon:
    version: str
    triggers: tuple[Trigger, ...]
    cues: Cues
    _index: dict[tuple[str, str], tuple[Trigger, ...]] = field(repr=False)

    def candidates(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        return self._index.get((lemma, pos), ())

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(lemma for lemma, _ in self._index)

    def __len__(self) -> int:
        return len(self.triggers)


def _lemmas(
    value: Any, path: str, line: int, key: str, classes: dict[str, frozenset[str]] | None = None
) -> frozenset[str]:
    """A list of lemmas; "@name" stands for every lemma of the word class ``name``."""
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(path, f"'{key}' must be a list of lemmas", line=line)
    out: set[str] = set()
    for v in value:
        if v.startswith("@"):
            if classes is None or v[1:] not in classes:
                known = ", ".join(sorted(classes or ()))
                raise DataFileError(path, f"'{key}' names the unknown word class {v!r}; known: {known}", line=line)
            out |= classes[v[1:]]
            if v in NAMED_CLASSES:
                out.add(v)  # the class also takes names the tagger gives its entity type
        else:
            out.add(v.lower())
    return frozenset(out)


# Word classes whose members may also be named ("quit ECOWAS"): the kinds of knowledge-base entry
# whose names are members.
# "@state" takes the names of countries (coding.triggers: "suspended Fiji").
NAMED_CLASSES: dict[str, frozenset[str]] = {"@organisation": frozenset({"igo"}), "@state": frozenset()}


def load_word_classes(path: Path | None = None) -> dict[str, frozenset[str]]:
    """The semantic noun classes (``word_classes.yaml``) by name."""
    cpath, text = _read("word_classes.yaml", path)
    raw = yaml.load(text, Loader=_Loader)
    classes = raw.get("classes") if isinstance(raw, dict) else None
    if not isinstance(classes, dict):
        raise DataFileError(cpath, "expected a mapping with 'classes': {name: [lemmas]}")
    out: dict[str, frozenset[str]] = {}
    for name, members in classes.items():
        if not isinstance(members, list) or not members or not all(isinstance(m, str) for m in members):
            raise DataFileError(cpath, f"class {name!r} must be a non-empty list of lemmas")
        out[str(name)] = frozenset(m.lower() for m in members)
    return out


def _derived(triggers: list[Trigger]) -> list[Trigger]:
    """Noun entries for the unconstrained verb entries (``lexicon.derive``), where the lexicon
    has no entry of its own for the noun."""
    have = {(t.lemma, t.pos) for t in triggers}
    out: list[Trigger] = []
    for t in triggers:
        if t.pos != "VERB" or t.specificity or t.as_actor or t.not_with:
            continue
        for noun in nominalisations(t.lemma):
            if (noun, "NOUN") in have or noun in words("false_nominalisations"):
                continue
            have.add((noun, "NOUN"))
            out.append(replace(t, lemma=noun, pos="NOUN", derived_from=t.lemma))
    return out + _derived_with_object(triggers)


# Constraints a verb entry may carry besides its object and still give a noun entry.
_OBJECT_ONLY = 3


def _derived_with_object(triggers: list[Trigger]) -> list[Trigger]:
    """Noun entries for the verb entries constrained by their object alone: the object of the
    verb is the noun after "of" ("suspended aid" gives "the suspension of aid", "lifted the
    sanctions" "the lifting of sanctions"); the recipient is found as the verb's is. The noun is the verb's
    nominalisation or its -ing form; an entry the lexicon writes for the noun with that
    constraint is kept."""
    have = {(t.lemma, t.pos, t.with_object) for t in triggers}
    out: list[Trigger] = []
    for t in triggers:
        if t.pos != "VERB" or not t.object or t.specificity != _OBJECT_ONLY or t.as_actor or t.not_with:
            continue
        for noun in (*nominalisations(t.lemma), gerund(t.lemma)):
            if (noun, "NOUN", t.object) in have or noun in words("false_nominalisations"):
                continue
            have.add((noun, "NOUN", t.object))
            out.append(
                replace(
                    t, lemma=noun, pos="NOUN", with_=frozenset({"of"}), with_object=t.object,
                    object=frozenset(), derived_from=t.lemma,
                )
            )
    return out


def _trigger(raw: dict[str, Any], path: str, line: int, classes: dict[str, frozenset[str]] | None = None) -> Trigger:
    unknown = set(raw) - _FIELDS
    if unknown:
        raise DataFileError(path, f"unknown field(s) {sorted(unknown)}; known: {sorted(_FIELDS)}", line=line)
    for key in ("lemma", "pos", "event"):
        if not isinstance(raw.get(key), str):
            raise DataFileError(path, f"entry needs a '{key}'", line=line)
    if raw["event"] not in CATEGORIES:
        raise DataFileError(path, f"unknown PLOVER category '{raw['event']}'", line=line)
    if raw["pos"] not in ("VERB", "NOUN", "ADJ"):
        raise DataFileError(path, f"pos must be VERB, NOUN or ADJ, not '{raw['pos']}'", line=line)
    frame = raw.get("frame", "act")
    if frame not in FRAMES:
        raise DataFileError(path, f"unknown frame '{frame}'; known: {', '.join(FRAMES)}", line=line)
    subj = raw.get("subject_sector")
    obj_sec = raw.get("object_sector")
    return Trigger(
        lemma=raw["lemma"].lower(),
        pos=raw["pos"],
        event=raw["event"],
        mode=raw.get("mode"),
        cameo=str(raw["cameo"]) if raw.get("cameo") is not None else None,
        frame=frame,
        to=tuple(raw.get("to") or ()),
        absorb=bool(raw.get("absorb", False)),
        with_=_lemmas(raw.get("with"), path, line, "with", classes),
        object=_lemmas(raw.get("object"), path, line, "object", classes),
        compound=_lemmas(raw.get("compound"), path, line, "compound", classes),
        not_with=_lemmas(raw.get("not_with"), path, line, "not_with", classes),
        with_object=_lemmas(raw.get("with_object"), path, line, "with_object", classes),
        context=tuple(raw.get("context") or ()),
        needs_content=_lemmas(raw.get("needs_content"), path, line, "needs_content", classes),
        needs_complement=_lemmas(raw.get("needs_complement"), path, line, "needs_complement", classes),
        subject_sector=frozenset(subj) if subj is not None else None,
        not_subject_sector=frozenset(raw.get("not_subject_sector") or ()),
        object_sector=frozenset(obj_sec) if obj_sec is not None else None,
        as_actor=bool(raw.get("as_actor", False)),
        head=_lemmas(raw.get("head"), path, line, "head", classes),
        announced=bool(raw.get("announced", False)),
        intransitive=bool(raw.get("intransitive", False)),
        subject=_lemmas(raw.get("subject"), path, line, "subject", classes),
        line=line,
    )


def _members(raw: dict[str, Any], path: str, line: int, classes: dict[str, frozenset[str]]) -> list[dict[str, Any]]:
    """An entry whose lemma is a word class ("@growth") as one entry per member; a member of two
    words is a verb and its particle ("step up": lemma "step", with "up")."""
    lemma = raw.get("lemma")
    if not isinstance(lemma, str) or not lemma.startswith("@"):
        return [raw]
    members = classes.get(lemma[1:])
    if members is None:
        raise DataFileError(path, f"unknown word class '{lemma}' in 'lemma'; see word_classes.yaml", line=line)
    out = []
    for member in sorted(members):
        head, _, particle = member.partition(" ")
        one = {**raw, "lemma": head}
        if particle:
            if raw.get("with"):
                continue  # an entry's own particle and the member's cannot both apply
            one["with"] = [particle]
        out.append(one)
    return out


def _entry_lines(text: str) -> list[int]:
    """1-based line of each item of the top-level ``entries`` list."""
    node = yaml.compose(text, Loader=_Loader)
    for key, value in node.value:
        if key.value == "entries":
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _read(name: str, path: Path | None) -> tuple[str, str]:
    if path is not None:
        return str(path), path.read_text(encoding="utf-8")
    res = resources.files(__name__).joinpath(name)
    return f"eventwire/lexicon/{name}", res.read_text(encoding="utf-8")


def _with_nominalisations(table: dict[str, str]) -> dict[str, str]:
    """A content-mode table that also reads the nouns derived from its verbs ("threatened the envoy
    with expulsion" as "threatened to expel": expel); a word the table lists keeps its own mode."""
    out = dict(table)
    false = words("false_nominalisations")
    for lemma, mode in table.items():
        for noun in nominalisations(lemma):
            if noun not in false:
                out.setdefault(noun, mode)
    return out


def _cues(raw: dict[str, Any], path: str) -> Cues:
    try:
        content_modes = {
            cat: _with_nominalisations({lemma: mode for mode, lemmas in modes.items() for lemma in lemmas})
            for cat, modes in raw["content_modes"].items()
        }
        contexts = {lemma: ctx for ctx, lemmas in raw["contexts"].items() for lemma in lemmas}
        fs = frozenset
        return Cues(
            content_modes=content_modes,
            aspectual=fs(raw["aspectual"]),
            intent_future=fs(raw["intent_future"]),
            reporting=fs(raw["reporting"]),
            future_aux=fs(raw["future_aux"]),
            hypothetical_aux=fs(raw["hypothetical_aux"]),
            obligation_aux=fs(raw["obligation_aux"]),
            negators=fs(raw["negators"]),
            conditional_marks=fs(raw["conditional_marks"]),
            force_means=tuple(tuple(p) for p in raw["force_means"]),
            coercive_intent=fs(raw["coercive_intent"]),
            contexts=contexts,
            assault_means=tuple((mode, fs(lemmas)) for mode, lemmas in (raw.get("assault_means") or {}).items()),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(path, f"malformed cue file ({exc!r}); compare with the bundled cues.yaml") from exc


def load_lexicon(*, triggers_path: Path | None = None, cues_path: Path | None = None) -> Lexicon:
    """Load and validate a lexicon (the bundled one by default)."""
    tpath, ttext = _read("triggers.yaml", triggers_path)
    raw = yaml.load(ttext, Loader=_Loader)
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise DataFileError(tpath, "expected a mapping with 'version' and a list 'entries'")
    lines = _entry_lines(ttext)
    classes = load_word_classes()
    triggers = []
    for i, item in enumerate(raw["entries"]):
        line = lines[i] if i < len(lines) else None
        if not isinstance(item, dict):
            raise DataFileError(tpath, "each entry must be a mapping", line=line)
        for one in _members(item, tpath, line or 0, classes):
            triggers.append(_trigger(one, tpath, line or 0, classes))
    triggers.extend(_derived(triggers))
    index: dict[tuple[str, str], list[Trigger]] = {}
    for t in triggers:
        index.setdefault((t.lemma, t.pos), []).append(t)
    frozen = {k: tuple(sorted(v, key=lambda t: -t.specificity)) for k, v in index.items()}
    cpath, ctext = _read("cues.yaml", cues_path)
    cues = _cues(yaml.load(ctext, Loader=_Loader), cpath)
    return Lexicon(version=str(raw.get("version", "0")), triggers=tuple(triggers), cues=cues, _index=frozen)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
