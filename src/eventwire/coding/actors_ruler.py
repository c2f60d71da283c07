"""The ``eventwire_actors`` pipeline component: known actors tagged over the statistical NER.

The small English model tags the actors that matter most wrongly ("Kataib Hezbollah" PERSON,
"Daesh" GPE). This component matches every alias of the knowledge base's named actors
(case-sensitive, so the pronoun "us" is never the United States) and writes them as ``ACTOR``
entities whose ``kb_id_`` is the knowledge-base id, replacing any overlapping NER entity. The
matches are also kept in ``doc.spans["actors"]``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .normalize import normalize_for_parse

ACTOR_LABEL = "ACTOR"


class ActorRuler:
    def __init__(self, nlp: Language, name: str = "eventwire_actors") -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._count = 0
        self.add_patterns(nlp, self._default_patterns())

    @staticmethod
    def _default_patterns() -> list[tuple[str, str]]:
        from ..knowledge.actors import default_kb

        return [(p.text, p.kb_id) for p in default_kb().alias_patterns() if p.label == ACTOR_LABEL]

    def add_patterns(self, nlp: Language, patterns: Iterable[tuple[str, str]]) -> None:
        by_id: dict[str, set[str]] = {}
        for text, kb_id in patterns:
            by_id.setdefault(kb_id, set()).add(normalize_for_parse(text))
        unique = sorted({t for texts in by_id.values() for t in texts})
        docs = dict(zip(unique, _uncached_tokens(nlp, unique), strict=True))  # one tokenizer pass
        for kb_id, texts in by_id.items():
            self.matcher.add(kb_id, [docs[t] for t in sorted(texts)])
            self._count += len(texts)

    def match(self, doc: Doc) -> list[Span]:
        """The actor spans of ``doc`` (longest first when they overlap), without mutating it."""
        spans = [
            Span(doc, start, end, label=ACTOR_LABEL, kb_id=match_id)
            for match_id, start, end in self.matcher(doc)
        ]
        return filter_spans(spans)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        taken = {i for s in spans for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted([*kept, *spans], key=lambda s: s.start)
        doc.spans["actors"] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def __len__(self) -> int:
        return self._count


def _uncached_tokens(nlp: Language, texts: list[str]) -> list[Doc]:
    """The tokenizer's Docs of ``texts``, left out of its cache.

    spaCy's tokenizer remembers how it split each chunk of text, up to ``max_cache_size`` (10,000)
    chunks, and stops remembering once that many are held. The knowledge base's aliases are more
    chunks than that: tokenized with the cache on, they filled it at load time and no word of an
    article was ever remembered, so every article was split afresh (about 2 ms of an article's
    parse, twenty times a warm tokenizer's time). The split is the same either way."""
    tokenizer = nlp.tokenizer
    size = getattr(tokenizer, "max_cache_size", None)
    if size is None:  # not spaCy's own tokenizer: nothing to keep out
        return list(tokenizer.pipe(texts))
    tokenizer.max_cache_size = 0
    try:
        return list(tokenizer.pipe(texts))
    finally:
        tokenizer.max_cache_size = size


@Language.factory("eventwire_actors")
def make_actor_ruler(nlp: Language, name: str) -> ActorRuler:
    return ActorRuler(nlp, name)


def add_actor_ruler(nlp: Language) -> None:
    if "eventwire_actors" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_actors", after="ner")
