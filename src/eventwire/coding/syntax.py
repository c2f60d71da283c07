"""A parsed Doc's dependency tree as Python lists, read once per Doc.

spaCy makes a new Token object on every step of a walk: ``tok.children`` scans the token's edges
and yields fresh Tokens (about 2 microseconds), ``tok.subtree`` recurses through generators
(about 12 microseconds for a short phrase) and ``tok.sent`` searches for the sentence's bounds
(about 6 microseconds). The coder asks such questions thousands of times per article. The
functions here answer them from tables built once per Doc (one Token object per token, the
children of each token, the sentence of each token, the lower-cased lemmas), in the same order
and with the same tokens as spaCy's own properties:

    children_of(tok)   == list(tok.children)
    subtree_of(tok)    == list(tok.subtree)
    sent_of(tok)       == tok.sent
    tokens_of(span)    == list(span)
    lemma_of(tok)      == tok.lemma_.lower()
    lemmas_of(span)    == [t.lemma_.lower() for t in span]
    lowers_of(span)    == [t.lower_ for t in span]
    with_pos(span, ps) == [t for t in span if t.pos_ in ps]
    pos_ids_of(span)   == [t.pos for t in span]
    token_at(doc, i)   == doc[i]
    sents_of(doc)      == list(doc.sents)

The tables of the last Doc asked about are kept, so a Doc must not be changed (retokenised,
re-parsed) after its first look-up. The last Doc stays alive until another Doc is looked up.
"""

from __future__ import annotations

import bisect

import numpy
from spacy.attrs import HEAD, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

__all__ = [
    "children_of", "forget", "lemma_of", "lemmas_of", "lowers_of", "sent_of", "sents_of", "subtree_of", "token_at",
    "pos_ids_of", "tokens_of", "with_pos",
]


class _Tree:
    __slots__ = (
        "doc", "tokens", "children", "child_ids", "lefts", "lemmas", "_lowers", "_sents", "_sent_starts", "_subtrees",
        "_pos", "_with_pos",
    )

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        n = len(self.tokens)
        # HEAD holds each token's head as an offset stored in an unsigned array: view it signed.
        heads = (doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(n, dtype=numpy.int64)).tolist()
        children: list[list[Token]] = [[] for _ in range(n)]
        child_ids: list[list[int]] = [[] for _ in range(n)]  # the same children, as indices
        lefts = [0] * n  # how many of a token's children precede it
        for j, h in enumerate(heads):
            if h != j:
                children[h].append(self.tokens[j])
                child_ids[h].append(j)
                if j < h:
                    lefts[h] += 1
        self.children = children
        self.child_ids = child_ids
        self.lefts = lefts
        strings = doc.vocab.strings
        self.lemmas: list[str] = _lowered(doc.to_array(LEMMA).tolist(), strings)
        self._lowers: list[str] | None = None
        self._sents: list[Span] | None = None
        self._sent_starts: list[int] = []
        self._subtrees: dict[int, list[Token]] = {}
        self._pos: list[int] | None = None
        self._with_pos: dict[tuple[int, int, frozenset[str]], list[Token]] = {}

    @property
    def lowers(self) -> list[str]:
        if self._lowers is None:
            strings = self.doc.vocab.strings
            self._lowers = _lowered(self.doc.to_array(LOWER).tolist(), strings)
        return self._lowers

    @property
    def pos(self) -> list[int]:
        if self._pos is None:
            # read when first asked (after the repairs, which change parts of speech and then drop
            # these tables)
            self._pos = self.doc.to_array(POS).tolist()
        return self._pos

    def with_pos(self, start: int, end: int, pos: frozenset[str]) -> list[Token]:
        key = (start, end, pos)
        found = self._with_pos.get(key)
        if found is None:
            ids = _pos_ids(pos)
            tags, tokens = self.pos, self.tokens
            found = self._with_pos[key] = [tokens[i] for i in range(start, end) if tags[i] in ids]
        return found

    @property
    def sents(self) -> list[Span]:
        if self._sents is None:
            self._sents = list(self.doc.sents)
            self._sent_starts = [s.start for s in self._sents]
        return self._sents

    def sent(self, i: int) -> Span:
        return self.sents[bisect.bisect_right(self._sent_starts, i) - 1]

    def subtree(self, i: int) -> list[Token]:
        found = self._subtrees.get(i)
        if found is None:
            found = []
            self._walk(i, found)
            self._subtrees[i] = found
        return found

    def _walk(self, i: int, out: list[Token]) -> None:
        """Appends the subtree of token ``i`` in order: left children's subtrees, the token, right
        children's subtrees. Iterative (an explicit stack), so no tree depth reaches Python's
        recursion limit."""
        # a stack item is a token index to expand, or (as ~index) a token to emit
        tokens, child_ids, lefts = self.tokens, self.child_ids, self.lefts
        stack = [i]
        while stack:
            j = stack.pop()
            if j < 0:
                out.append(tokens[~j])
                continue
            kids = child_ids[j]
            if not kids:
                out.append(tokens[j])  # a leaf: emitted at once
                continue
            k = lefts[j]
            stack.extend(reversed(kids[k:]))
            stack.append(~j)
            stack.extend(reversed(kids[:k]))


# string hash -> the string in lower case (lemmas; lower-case forms, which stay as they are);
# bounded: cleared when full, the strings are short
_LOWER: dict[int, str] = {}
_LOWER_MAX = 50_000


def _lower(h: int, strings: object) -> str:
    s = _LOWER.get(h)
    if s is None:
        s = strings[h].lower()  # type: ignore[index]
        if len(_LOWER) >= _LOWER_MAX:
            _LOWER.clear()
        _LOWER[h] = s
    return s


_POS_IDS: dict[frozenset[str], frozenset[int]] = {}


def _pos_ids(pos: frozenset[str]) -> frozenset[int]:
    """The ids of the part-of-speech names ``pos`` (as ``Token.pos`` holds them)."""
    ids = _POS_IDS.get(pos)
    if ids is None:
        from spacy.symbols import IDS

        ids = _POS_IDS[pos] = frozenset(IDS[p] for p in pos)
    return ids


def _lowered(hashes: list[int], strings: object) -> list[str]:
    """``[_lower(h, strings) for h in hashes]``, calling ``_lower`` only for a string not seen yet."""
    cache = _LOWER
    return [cache[h] if h in cache else _lower(h, strings) for h in hashes]


_LAST: _Tree | None = None


def _tree(doc: Doc) -> _Tree:
    global _LAST
    last = _LAST
    if last is not None and last.doc is doc:
        return last
    tree = _Tree(doc)
    _LAST = tree
    return tree


def forget(doc: Doc) -> None:
    """Drops the tables read from ``doc``: call it after changing the Doc's tree."""
    global _LAST
    if _LAST is not None and _LAST.doc is doc:
        _LAST = None


# The look-ups below test the last Doc's tables in line before calling ``_tree``: they are asked
# about a million times per 200 articles, and the extra call was a fifth of their time.


def children_of(tok: Token) -> list[Token]:
    """The token's syntactic children, left to right (``list(tok.children)``). Do not change the list."""
    tree, doc = _LAST, tok.doc
    if tree is None or tree.doc is not doc:
        tree = _tree(doc)
    return tree.children[tok.i]


def subtree_of(tok: Token) -> list[Token]:
    """The token and all its descendants in spaCy's order (``list(tok.subtree)``). Do not change the list."""
    return _tree(tok.doc).subtree(tok.i)


def sent_of(tok: Token) -> Span:
    """The sentence holding the token (``tok.sent``)."""
    return _tree(tok.doc).sent(tok.i)


def sents_of(doc: Doc) -> list[Span]:
    """The Doc's sentences (``list(doc.sents)``), found once per Doc. Do not change the list."""
    return _tree(doc).sents


def tokens_of(span: Span) -> list[Token]:
    """The tokens of a span (``list(span)``), without making new Token objects."""
    tree, doc = _LAST, span.doc
    if tree is None or tree.doc is not doc:
        tree = _tree(doc)
    return tree.tokens[span.start:span.end]


def lemma_of(tok: Token) -> str:
    """The token's lemma in lower case (``tok.lemma_.lower()``)."""
    tree, doc = _LAST, tok.doc
    if tree is None or tree.doc is not doc:
        tree = _tree(doc)
    return tree.lemmas[tok.i]


def lemmas_of(span: Span) -> list[str]:
    """The lower-cased lemmas of a span's tokens."""
    return _tree(span.doc).lemmas[span.start:span.end]


def lowers_of(span: Span) -> list[str]:
    """The lower-cased forms of a span's tokens (``Token.lower_``)."""
    return _tree(span.doc).lowers[span.start:span.end]


def pos_ids_of(span: Span) -> list[int]:
    """The part-of-speech ids of a span's tokens (``Token.pos``)."""
    return _tree(span.doc).pos[span.start:span.end]


def with_pos(span: Span, pos: frozenset[str]) -> list[Token]:
    """The tokens of ``span`` whose part of speech (``Token.pos_``) is one of ``pos``, in order,
    found once per span: the sentence loops that look only at verbs or nouns skip the other words
    without a Token attribute read per word. ``pos`` must be a frozenset. Do not change the list."""
    tree, doc = _LAST, span.doc
    if tree is None or tree.doc is not doc:
        tree = _tree(doc)
    return tree.with_pos(span.start, span.end, pos)


def token_at(doc: Doc, i: int) -> Token:
    """``doc[i]`` (a non-negative index), without making a new Token object."""
    tree = _LAST
    if tree is None or tree.doc is not doc:
        tree = _tree(doc)
    return tree.tokens[i]
