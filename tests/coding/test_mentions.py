"""Mentions: the look-ups a mention's resolution makes once per article."""

from __future__ import annotations

from eventwire.coding.mentions import Mentions
from eventwire.coding.normalize import normalize_for_parse
from eventwire.coding.pipeline import parse
from eventwire.knowledge.actors import default_kb

TEXT = (
    "Kenya\u2019s police \u2014 the \u201cblue\u201d unit \u2014 arrested the leaders of the Allied Democratic "
    "Forces (ADF)."
)


def test_a_cut_of_the_normalised_article_is_the_cut_normalised() -> None:
    mentions = Mentions(parse(TEXT), TEXT, kb=default_kb(), published=None)
    for start in range(len(TEXT)):
        for end in range(start, len(TEXT) + 1, 7):
            assert mentions._norm_text(start, end) == normalize_for_parse(TEXT[start:end])


def test_acronyms_are_found_from_the_brackets_around_them() -> None:
    doc = parse(TEXT)
    mentions = Mentions(doc, TEXT, kb=default_kb(), published=None)
    assert mentions._acronyms() == {"ADF": next(t.i for t in doc if t.text == "Forces")}
    plain = "Kenyan police arrested the leaders of the Allied Democratic Forces."
    assert Mentions(parse(plain), plain, kb=default_kb(), published=None)._acronyms() == {}
