"""Blocks, furniture and news regions, with offsets checked against the text."""

from __future__ import annotations

import pytest

from eventwire.text.segment import Block, furniture_spans, news_regions, split_blocks

NBSP = "\u00a0"

HEADLINE = "Rocket fire hits airbase west of the capital"
SUBHEAD = "Militia alliance claims the attack in a late-night statement"
CAPTION = (
    "FILE - In this Aug. 20, 2017 file photo, U.S. Army Gen. Mark Ellison speaks to soldiers at "
    "St. Michael's camp near the river, before a patrol."
)
NEWS = (
    "Three rockets struck the airbase on Tuesday night, damaging a hangar and a fuel truck, "
    "two security officials said."
)
CREDIT = "(AP Photo/Jane Doe, File)"
BANNER = "Powered by automated translation"
PARA_2 = f"The defence ministry condemned the attack and ordered an inquiry, a spokesman said on{NBSP}Wednesday."
PARA_3 = f"No group has claimed earlier strikes on the base, which hosts about 2,500{NBSP}foreign troops."

ARTICLE = (
    f"{HEADLINE}\n{SUBHEAD}\n\n"
    f"{CAPTION} {NEWS} {CREDIT}\n{BANNER}\n\n"
    f"{PARA_2}\n{NBSP}\n{PARA_3}\n"
)


def region_texts(text: str) -> list[str]:
    return [text[start:end] for start, end, _kind in news_regions(text)]


def assert_exact(text: str, blocks: list[Block]) -> None:
    for block in blocks:
        assert text[block.start : block.end] == block.text
        assert block.text == block.text.strip()


# --- the reference layout ----------------------------------------------------------------------


def test_blocks_of_article() -> None:
    blocks = split_blocks(ARTICLE)
    assert_exact(ARTICLE, blocks)
    assert [(b.kind, b.furniture) for b in blocks] == [
        ("headline", None),
        ("headline", None),
        ("paragraph", None),
        ("furniture", "banner"),
        ("paragraph", None),
        ("paragraph", None),
    ]
    assert [b.text for b in blocks] == [HEADLINE, SUBHEAD, f"{CAPTION} {NEWS} {CREDIT}", BANNER, PARA_2, PARA_3]


def test_results_are_the_callers_own_when_the_analysis_is_remembered() -> None:
    # the analysis of a text is remembered; what a caller gets must still be its own to change
    blocks, regions = split_blocks(ARTICLE), news_regions(ARTICLE)
    blocks.clear()
    regions.clear()
    assert [b.kind for b in split_blocks(ARTICLE)][:2] == ["headline", "headline"]
    assert region_texts(ARTICLE)[:2] == [HEADLINE, SUBHEAD]


def test_news_regions_skip_caption_credit_and_banner() -> None:
    regions = news_regions(ARTICLE)
    assert [ARTICLE[s:e] for s, e, _ in regions] == [HEADLINE, SUBHEAD, NEWS, PARA_2, PARA_3]
    assert [kind for _, _, kind in regions] == ["headline", "headline", "paragraph", "paragraph", "paragraph"]
    news_start = ARTICLE.index(NEWS)
    assert (news_start, news_start + len(NEWS), "paragraph") in regions
    covered = "".join(ARTICLE[s:e] for s, e, _ in regions)
    for furniture in ("FILE -", "file photo", "Gen. Mark Ellison", "AP Photo", "Jane Doe", BANNER):
        assert furniture not in covered
    assert f"on{NBSP}Wednesday." in covered  # characters are kept, not replaced


def test_furniture_spans_inside_the_paragraph() -> None:
    block = f"{CAPTION} {NEWS} {CREDIT}"
    spans = furniture_spans(block)
    assert [(block[s:e], reason) for s, e, reason in spans] == [(CAPTION, "caption"), (CREDIT, "credit")]


# --- splitting ---------------------------------------------------------------------------------


def test_blank_lines_with_non_breaking_spaces_split() -> None:
    text = f"First paragraph ends here.\n \t{NBSP}\n\n{NBSP}Second paragraph ends here.{NBSP}\n"
    blocks = split_blocks(text)
    assert_exact(text, blocks)
    assert [b.text for b in blocks] == ["First paragraph ends here.", "Second paragraph ends here."]


def test_headline_line_ends_block_without_blank_line() -> None:
    text = "Ceasefire collapses in northern province\nFighting resumed on Sunday, residents said."
    blocks = split_blocks(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("headline", "Ceasefire collapses in northern province"),
        ("paragraph", "Fighting resumed on Sunday, residents said."),
    ]


def test_one_paragraph_per_line() -> None:
    text = "Rebels seized the town on Monday.\nThe army said it would retake it.\nTalks are planned."
    assert [b.text for b in split_blocks(text)] == text.split("\n")


def test_hard_wrapped_prose_stays_one_block() -> None:
    text = (
        "Officials said on Monday that the government would hold\n"
        "talks with the United States on the future of coalition\n"
        "troops in the country, after weeks of attacks on bases\n"
        "hosting foreign forces."
    )
    blocks = split_blocks(text)
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", text)]
    assert region_texts(text) == [text]


def test_line_ending_in_abbreviation_does_not_split() -> None:
    text = "The envoy met the head of the U.N.\nSecurity Council in a closed session on Friday."
    assert len(split_blocks(text)) == 1


def test_crlf_text_keeps_offsets() -> None:
    text = "Port reopens after blockade\r\n\r\nShips entered the harbour on Thursday.\r\n"
    blocks = split_blocks(text)
    assert_exact(text, blocks)
    assert [b.text for b in blocks] == ["Port reopens after blockade", "Ships entered the harbour on Thursday."]


def test_first_block_is_headline_even_with_question_mark() -> None:
    text = "Will the truce hold?\n\nBoth sides accused each other of violations on Saturday."
    assert [b.kind for b in split_blocks(text)] == ["headline", "paragraph"]


def test_lone_sentence_is_a_paragraph() -> None:
    text = "Police arrested four protesters outside parliament on Monday."
    assert [b.kind for b in split_blocks(text)] == ["paragraph"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", f"{NBSP}\n{NBSP}"])
def test_blank_text_has_no_blocks(text: str) -> None:
    assert split_blocks(text) == []
    assert news_regions(text) == []


def test_furniture_lines_are_their_own_blocks() -> None:
    text = (
        "By JANE DOE and OMAR HADDAD, Associated Press\n"
        "BAGHDAD (AP) \u2014 Gunmen attacked a checkpoint on the airport road.\n"
        "ADVERTISEMENT\n"
        "Photo: Soldiers inspect the damaged checkpoint\n"
        "The attack killed two policemen, officials said."
    )
    blocks = split_blocks(text)
    assert_exact(text, blocks)
    assert [(b.kind, b.furniture) for b in blocks] == [
        ("furniture", "byline"),
        ("paragraph", None),
        ("furniture", "banner"),
        ("furniture", "caption"),
        ("paragraph", None),
    ]
    assert region_texts(text) == [  # the dateline is furniture too (eventwire.text.dateline)
        "Gunmen attacked a checkpoint on the airport road.",
        "The attack killed two policemen, officials said.",
    ]


# --- furniture ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "(AP Photo/Hadi Nasser)",
        "(AP Photo/Hadi Nasser, File)",
        "(Reuters/Lena Marsh)",
        "(AFP via Getty Images)",
        "(Photo by Lena Marsh/Getty Images)",
        "REUTERS/Lena al-Marsh/File Photo",
        "Photo by Lena Marsh/Getty Images",
        "Omar Haddad/AFP via Getty Images",
    ],
)
def test_credits(credit: str) -> None:
    block = f"Troops patrol the border crossing. {credit}"
    spans = furniture_spans(block)
    assert [(block[s:e], reason) for s, e, reason in spans] == [(credit, "credit")]


@pytest.mark.parametrize(
    "banner",
    [
        "Powered by automated translation",
        "Share this article",
        "Sign up for our morning briefing newsletter",
        "Follow us on Facebook and Instagram",
        "Click here to read the full statement.",
        "Read more: Militias threaten bases in the east",
        "Advertisement",
        "Copyright 2024 The Valley Courier.",
        "All rights reserved.",
    ],
)
def test_banner_lines(banner: str) -> None:
    text = f"Envoys met in the capital on Friday.\n{banner}\nThey agreed to meet again next week."
    blocks = split_blocks(text)
    assert_exact(text, blocks)
    assert [b.kind for b in blocks] == ["paragraph", "furniture", "paragraph"]
    assert blocks[1].text == banner
    assert region_texts(text) == ["Envoys met in the capital on Friday.", "They agreed to meet again next week."]


def test_glued_advertisement_marker() -> None:
    block = "Officials vowed to respond. Advertisement The minister resigned on Friday."
    assert region_texts(block) == ["Officials vowed to respond.", "The minister resigned on Friday."]


def test_caption_variants_end_at_the_sentence_end() -> None:
    block = (
        "In this photo released by the Iraqi army, soldiers patrol near the Mt. Sinjar road on "
        "Jan. 4. The army said the patrols would continue. "
        "FILE PHOTO: Fighters gather in a square in the old city, May 1, 2023. "
        "A curfew was lifted on Friday."
    )
    assert region_texts(block) == ["The army said the patrols would continue.", "A curfew was lifted on Friday."]


def test_caption_followed_by_quote() -> None:
    block = 'In this image taken from video, a man speaks. "We will not leave," he told reporters.'
    assert region_texts(block) == ['"We will not leave," he told reporters.']


def test_news_that_looks_like_furniture_is_kept() -> None:
    text = (
        "In this case, the court ruled against the ministry. "
        "BAGHDAD (Reuters) - Getty Images said on Monday it would appeal. "
        "The file was sent to the prosecutor, a lawyer said. "
        "By the end of the week, the photo agency had hired a new copyright lawyer."
    )
    assert furniture_spans(text) == []
    assert region_texts(text) == [text]


def test_spans_are_sorted_disjoint_and_trimmed() -> None:
    block = f"  {CAPTION} {CREDIT} {NEWS} (AP Photo/Jane Doe)\n{BANNER}  "
    spans = furniture_spans(block)
    assert spans == sorted(spans)
    for (_s1, end1, _r1), (start2, _e2, _r2) in zip(spans, spans[1:]):
        assert end1 <= start2
    for start, end, _reason in spans:
        assert block[start:end] == block[start:end].strip()
    assert region_texts(block) == [NEWS]
