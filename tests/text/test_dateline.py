"""Datelines (eventwire.text.dateline) on openings written for the test."""

from __future__ import annotations

import pytest

from eventwire.text.dateline import find_dateline
from eventwire.text.segment import article_dateline, news_regions


@pytest.mark.parametrize(
    ("opening", "place", "qualifier", "date"),
    [
        ("TBILISI, June 2 (Wire) - Georgian police detained", "TBILISI", None, "June 2"),
        ("GOMA, Congo, Feb 11 (Wire) - Rebels shelled", "GOMA", "Congo", "Feb 11"),
        ("LIMA (AP) \u2014 Protesters blocked", "LIMA", None, None),
        ("Dhaka, 4 Aug (Agency) - Students marched", "Dhaka", None, "4 Aug"),
        ("NEW DELHI, Sept. 9, 2023 (Wire) -- India said", "NEW DELHI", None, "Sept. 9, 2023"),
        ("MANILA \u2014 The coast guard said", "MANILA", None, None),
    ],
)
def test_a_dateline_gives_its_place_qualifier_and_date(
    opening: str, place: str, qualifier: str | None, date: str | None
) -> None:
    d = find_dateline(opening)
    assert d is not None
    assert (d.place, d.qualifier, d.date_text) == (place, qualifier, date)
    assert opening[d.place_start : d.place_end] == place
    assert opening[d.end :][0].isupper()


@pytest.mark.parametrize(
    "sentence",
    [
        "US - China talks resume in Geneva",  # a bare name in capitals needs four letters
        "NATO - the alliance said",  # a dateline is followed by a sentence
        "FILE - In this photo, soldiers stand",  # a caption label
        "Iran-backed groups urge a withdrawal",
        "The army - which denies it - said",
    ],
)
def test_ordinary_openings_are_not_datelines(sentence: str) -> None:
    assert find_dateline(sentence) is None


def test_the_dateline_is_cut_from_the_news_and_found_for_the_article() -> None:
    text = "Rebels shell market\n\nGOMA, Congo, Feb 11 (Wire) - Rebels shelled a market on Friday.\n"
    regions = [text[s:e] for s, e, _ in news_regions(text)]
    assert regions == ["Rebels shell market", "Rebels shelled a market on Friday."]
    d = article_dateline(text)
    assert d is not None and text[d.place_start : d.place_end] == "GOMA"
