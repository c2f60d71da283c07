"""Same-length normalisation: ``translate_chars`` gives what ``str.translate`` gives."""

from __future__ import annotations

import pytest

from eventwire.coding.normalize import _NORMALIZE, normalize_for_parse, translate_chars


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII text with 'quotes' and - dashes.",
        "The mayor\u2019s office said \u201cno\u201d \u2013 twice\u00a0over.",
        "\u2018\u2019\u201c\u201d\u2013\u2014\u2010\u2011\u00a0\u2007\u202f\u2009",
        "Caf\u00e9 owners in Z\u00fcrich \u2014 not the \u201cbakers\u201d \u2014 struck.",
        "",
    ],
)
def test_translate_chars_equals_str_translate(text: str) -> None:
    assert translate_chars(text, _NORMALIZE) == text.translate(_NORMALIZE)
    assert normalize_for_parse(text) == text.translate(_NORMALIZE)


def test_ascii_text_comes_back_unchanged() -> None:
    text = "Nothing to replace here."
    assert translate_chars(text, _NORMALIZE) is text


def test_characters_outside_the_table_stay() -> None:
    assert translate_chars("na\u00efve \u2019", _NORMALIZE) == "na\u00efve '"
