"""The ``eventwire_attribute_table`` component: spaCy's attribute ruler, applied as a look-up.

The English pipelines map each token's fine-grained tag to its part of speech and morphology
(and fix a few words' lemmas) with an ``attribute_ruler`` of a few hundred Matcher patterns,
run over every token of every Doc: about a sixth of the parse. Each of those patterns tests a
token on a handful of attributes (TAG, LOWER, DEP, IS_SPACE) with equality, ``IN``, ``NOT_IN``
or ``REGEX``. This component compiles the same patterns at load time into a table keyed by
those attributes, reduced to what the patterns can tell apart (a word that no pattern names is
"any other word"), so a token costs one dictionary look-up. It sets the same attributes, by
the same rule precedence (a later pattern overrides an earlier one, as in
``AttributeRuler.match``), so the Doc comes out identical token by token.

:func:`swap_attribute_ruler` replaces a loaded pipeline's ``attribute_ruler`` by this
component, built from that ruler's own patterns. Patterns outside the compiled subset (an
``OP`` quantifier, an extension attribute, another predicate, a rule that sets a lexical
attribute) raise :class:`UnsupportedPattern` while compiling, and the swap then keeps the
stock ruler.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
import srsly
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG, intify_attrs
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

log = logging.getLogger(__name__)

FACTORY = "eventwire_attribute_table"

# Token attributes a pattern may test: strings (hashes) and the lexical flags.
_STRING_ATTRS = frozenset(IDS[a] for a in ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA", "SHAPE", "PREFIX", "SUFFIX"))
_FLAG_ATTRS = frozenset(v for k, v in IDS.items() if k.startswith("IS_") or k.startswith("LIKE_"))
# Token attributes a rule may set: those ``Doc.from_array`` writes exactly as the ruler does.
_WRITABLE = frozenset((TAG, POS, MORPH, LEMMA, DEP))
# The class of a value that no pattern names.
_OTHER = -1
# Look-ups remembered before a memo is cleared: by the patterns' view of a token (a few thousand
# keys on news copy) and by the token's raw attribute values (one key per word, tag and label).
_MEMO_LIMIT = 100_000
_RAW_MEMO_LIMIT = 50_000


class UnsupportedPattern(ValueError):
    """A pattern the table cannot compile; the stock attribute ruler must run it."""


@dataclass(frozen=True, slots=True)
class _Test:
    column: int  # index into the table's attribute columns
    op: str  # "EQ", "IN", "NOT_IN", "REGEX"
    values: frozenset[int]  # EQ / IN / NOT_IN
    regex: int  # REGEX: index into the column's regexes


@dataclass(frozen=True, slots=True)
class _Rule:
    specs: tuple[tuple[int, ...], ...]  # alternative patterns, each a sequence of spec ids
    attrs: tuple[tuple[int, int], ...]  # (write column, value)
    index: int  # which token of the matched span gets the attributes


def _normalise_attrs(vocab: Vocab, attrs: Mapping[str, Any]) -> dict[int, int]:
    if "_" in attrs:
        raise UnsupportedPattern("a rule sets extension attributes")
    out: dict[int, int] = dict(intify_attrs(dict(attrs), strings_map=vocab.strings))
    if MORPH in out:
        out[MORPH] = vocab.morphology.add(vocab.strings.as_string(out[MORPH]))
    return out


class AttributeTable:
    """Applies attribute-ruler patterns by table look-up; see the module docstring."""

    def __init__(self, vocab: Vocab, name: str = FACTORY) -> None:
        self.name = name
        self.vocab = vocab
        self._patterns: list[dict[str, Any]] = []
        self._compile()

    # ------------------------------------------------------------------ building
    def add_patterns(self, patterns: Iterable[Mapping[str, Any]]) -> None:
        """Adds attribute-ruler patterns (``{"patterns": [...], "attrs": {...}, "index": 0}``),
        after the ones already added; raises :class:`UnsupportedPattern` (and keeps the table as
        it was) when one cannot be compiled."""
        before = self._patterns
        self._patterns = [*before, *({"index": 0, **dict(p)} for p in patterns)]
        try:
            self._compile()
        except Exception:
            self._patterns = before
            self._compile()
            raise

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The patterns, in the attribute ruler's format and order."""
        return [dict(p) for p in self._patterns]

    def _compile(self) -> None:
        columns: list[int] = []  # attribute ids tested, in first-seen order
        literals: list[set[int]] = []
        regexes: list[list[re.Pattern[str]]] = []
        specs: list[tuple[_Test, ...]] = []
        spec_ids: dict[str, int] = {}
        rules: list[_Rule] = []
        writes: list[int] = []

        def column(attr: int) -> int:
            if attr not in columns:
                columns.append(attr)
                literals.append(set())
                regexes.append([])
            return columns.index(attr)

        def compile_spec(spec: Mapping[str, Any]) -> int:
            key = srsly.json_dumps(spec, sort_keys=True)
            if key in spec_ids:
                return spec_ids[key]
            tests: list[_Test] = []
            for name, value in spec.items():
                attr = IDS.get("ORTH" if name.upper() == "TEXT" else name.upper())
                if attr not in _STRING_ATTRS and attr not in _FLAG_ATTRS and attr != POS:
                    raise UnsupportedPattern(f"pattern tests {name!r}")
                col = column(attr)
                if isinstance(value, dict):
                    for op, arg in value.items():
                        if op in ("IN", "NOT_IN") and isinstance(arg, list):
                            vals = frozenset(int(v) if isinstance(v, bool) else get_string_id(v) for v in arg)
                            literals[col] |= vals
                            tests.append(_Test(col, op, vals, -1))
                        elif op == "REGEX" and isinstance(arg, str) and attr in _STRING_ATTRS:
                            regexes[col].append(re.compile(arg))
                            tests.append(_Test(col, "REGEX", frozenset(), len(regexes[col]) - 1))
                        else:
                            raise UnsupportedPattern(f"pattern uses {op!r} on {name!r}")
                elif isinstance(value, bool | int | str):
                    val = int(value) if isinstance(value, bool | int) else get_string_id(value)
                    literals[col].add(val)
                    tests.append(_Test(col, "EQ", frozenset((val,)), -1))
                else:
                    raise UnsupportedPattern(f"pattern gives {name!r} a {type(value).__name__}")
            spec_ids[key] = len(specs)
            specs.append(tuple(tests))
            return spec_ids[key]

        for pattern in self._patterns:
            alternatives = []
            for alt in pattern["patterns"]:
                if not alt:
                    raise UnsupportedPattern("empty pattern")
                alternatives.append(tuple(compile_spec(spec) for spec in alt))
            attrs = _normalise_attrs(self.vocab, pattern["attrs"])
            if not set(attrs) <= _WRITABLE:
                raise UnsupportedPattern(f"a rule sets attributes other than TAG, POS, MORPH, LEMMA, DEP: {attrs}")
            for attr in attrs:
                if attr not in writes:
                    writes.append(attr)
            rules.append(
                _Rule(
                    specs=tuple(alternatives),
                    attrs=tuple((writes.index(a), v) for a, v in attrs.items()),
                    index=int(pattern.get("index", 0)),
                )
            )

        self._columns = columns
        self._literals = [frozenset(s) for s in literals]
        self._regexes = regexes
        self._specs = specs
        self._rules = rules
        self._writes = writes
        # Rules of one token (matched one token at a time) and rules of several tokens.
        self._single = [(r, frozenset(alt[0] for alt in rule.specs if len(alt) == 1)) for r, rule in enumerate(rules)]
        self._single = [(r, ids) for r, ids in self._single if ids]
        self._multi = [(r, alt) for r, rule in enumerate(rules) for alt in rule.specs if len(alt) > 1]
        self._multi_first = 0
        for _r, alt in self._multi:
            self._multi_first |= 1 << alt[0]
        self._regex_memo: list[dict[int, int]] = [{} for _ in columns]
        self._raw_memo: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[tuple[int, int], ...], int]] = {}
        self._memo: dict[tuple[tuple[int, int], ...], tuple[tuple[int, ...], tuple[tuple[int, int], ...], int]] = {}

    # ------------------------------------------------------------------ matching
    def _classes(self, row: Sequence[int]) -> tuple[tuple[int, int], ...]:
        """A token's attribute values as the patterns see them: per column, the value when a
        pattern names it (else ``_OTHER``) and the bit mask of the column's regexes it matches."""
        out = []
        for col, value in enumerate(row):
            regexes = self._regexes[col]
            mask = 0
            if regexes:
                memo = self._regex_memo[col]
                mask = memo.get(value, -1)
                if mask < 0:
                    text = self.vocab.strings[value] if value else ""
                    mask = sum(1 << k for k, rx in enumerate(regexes) if rx.search(text))
                    if len(memo) >= _MEMO_LIMIT:
                        memo.clear()
                    memo[value] = mask
            out.append((value if value in self._literals[col] else _OTHER, mask))
        return tuple(out)

    def _spec_matches(self, spec: tuple[_Test, ...], classes: tuple[tuple[int, int], ...]) -> bool:
        for test in spec:
            value, mask = classes[test.column]
            if test.op == "EQ" or test.op == "IN":
                ok = value in test.values
            elif test.op == "NOT_IN":
                ok = value not in test.values
            else:
                ok = bool(mask >> test.regex & 1)
            if not ok:
                return False
        return True

    def _entry(self, classes: tuple[tuple[int, int], ...]) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...], int]:
        """For one key: the single-token rules that match, their attributes applied in rule
        order (the last rule setting an attribute wins), and the bit mask of matching specs."""
        bits = 0
        for s, spec in enumerate(self._specs):
            if self._spec_matches(spec, classes):
                bits |= 1 << s
        matched = tuple(r for r, ids in self._single if any(bits >> s & 1 for s in ids))
        return matched, self._apply(matched), bits

    def _apply(self, rules: Iterable[int]) -> tuple[tuple[int, int], ...]:
        final: dict[int, int] = {}
        for r in rules:
            for col, value in self._rules[r].attrs:
                final[col] = value
        return tuple(final.items())

    def match(self, doc: Doc) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
        """``(token index, ((write column, value), ...))`` for every token a rule sets, without
        changing ``doc``; the write columns are the attributes of :attr:`written_attrs`."""
        n = len(doc)
        if not n or not self._rules:
            return []
        array = doc.to_array(self._columns)
        rows = map(tuple, array.reshape((n, len(self._columns))).tolist())
        raw, memo = self._raw_memo, self._memo
        entries = []
        for row in rows:
            entry = raw.get(row)
            if entry is None:
                key = self._classes(row)
                entry = memo.get(key)
                if entry is None:
                    if len(memo) >= _MEMO_LIMIT:
                        memo.clear()
                    entry = memo[key] = self._entry(key)
                if len(raw) >= _RAW_MEMO_LIMIT:
                    raw.clear()
                raw[row] = entry
            entries.append(entry)
        extra: dict[int, list[int]] = {}
        if self._multi_first:
            for i, (_m, _a, bits) in enumerate(entries):
                if not bits & self._multi_first:
                    continue
                for r, alt in self._multi:
                    end = i + len(alt)
                    if end > n or not all(entries[i + k][2] >> s & 1 for k, s in enumerate(alt)):
                        continue
                    index = self._rules[r].index
                    if not -len(alt) <= index < len(alt):
                        raise ValueError(
                            f"attribute rule {r} sets token {index} of a {len(alt)}-token match at tokens "
                            f"{i}-{end}; give the rule an index inside its pattern"
                        )
                    extra.setdefault(i + index % len(alt), []).append(r)
        out = []
        for i, (matched, assigns, _bits) in enumerate(entries):
            if i in extra:
                assigns = self._apply(sorted({*matched, *extra[i]}))
            if assigns:
                out.append((i, assigns))
        return out

    @property
    def written_attrs(self) -> list[int]:
        """The attribute ids the rules set, in the order of the write columns."""
        return list(self._writes)

    def set_annotations(self, doc: Doc, matches: list[tuple[int, tuple[tuple[int, int], ...]]]) -> None:
        """Writes the attributes :meth:`match` found onto ``doc``."""
        if not matches:
            return
        values = doc.to_array(self._writes)
        if values.ndim == 1:
            values = values.reshape((-1, 1))
        for i, assigns in matches:
            for col, value in assigns:
                values[i, col] = value
        doc.from_array(self._writes, values.astype(numpy.uint64, copy=False))

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def __len__(self) -> int:
        return len(self._rules)

    # ------------------------------------------------------------------ serialisation
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"patterns": self._patterns})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> AttributeTable:
        self._patterns = []
        self.add_patterns(srsly.msgpack_loads(data)["patterns"])
        return self

    def to_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> None:
        srsly.write_msgpack(path, {"patterns": self._patterns})

    def from_disk(self, path: Any, *, exclude: Iterable[str] = ()) -> AttributeTable:
        self._patterns = []
        self.add_patterns(srsly.read_msgpack(path)["patterns"])
        return self


@Language.factory(FACTORY)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable(nlp.vocab, name)


def swap_attribute_ruler(nlp: Language, *, ruler: str = "attribute_ruler") -> bool:
    """Replaces ``nlp``'s attribute ruler named ``ruler`` by an :class:`AttributeTable` of the
    same patterns, in the same place; returns False (and keeps the ruler) when the pipeline has
    none or a pattern cannot be compiled."""
    if ruler not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(ruler)
    patterns = getattr(stock, "patterns", None)
    if patterns is None:
        return False
    table = nlp.add_pipe(FACTORY, name=FACTORY, after=ruler)
    try:
        table.add_patterns(patterns)
    except UnsupportedPattern as exc:
        nlp.remove_pipe(FACTORY)
        log.info("keeping spaCy's %s: %s", ruler, exc)
        return False
    nlp.remove_pipe(ruler)
    return True
