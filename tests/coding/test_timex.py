"""Date expressions found in sentences and resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.timex import find_dates, pick_event_date
from eventwire.record import DateMention

PUB = dt.date(2018, 2, 6)  # a Tuesday


def one(text: str, *, published: dt.date | None = PUB) -> DateMention:
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    return found[0]


def check_offsets(text: str, mentions: list[DateMention], offset: int = 0) -> None:
    for m in mentions:
        assert text[m.start - offset : m.end - offset] == m.text


def test_publication_date_is_a_tuesday() -> None:
    assert PUB.weekday() == 1


# --- weekdays ------------------------------------------------------------------------------


def test_on_monday_is_the_day_before_publication() -> None:
    m = one("Rebels shelled the ridge on Monday, a spokesman said.")
    assert (m.text, m.date, m.precision, m.relative) == ("Monday", "2018-02-05", "day", True)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The envoy arrived Friday.", "2018-02-02"),
        ("Talks broke down last Friday.", "2018-02-02"),
        ("The vote is due next Tuesday.", "2018-02-13"),
        ("The council met last Tuesday.", "2018-01-30"),
        ("Police said Tuesday that two men were held.", "2018-02-06"),  # publication weekday
        ("The minister will fly out this Friday.", "2018-02-09"),
        ("Shops were looted Sunday night.", "2018-02-04"),
        ("The unions called a general strike for Friday.", "2018-02-09"),  # ahead
        ("The curfew stays in force until Monday.", "2018-02-12"),
        ("The curfew was lifted on Monday.", "2018-02-05"),
    ],
)
def test_weekday_resolution(text: str, date: str) -> None:
    m = one(text)
    assert m.date == date
    assert m.precision == "day"
    assert m.relative


def test_modifier_is_part_of_the_span() -> None:
    assert one("Troops withdrew last Friday.").text == "last Friday"
    assert one("Troops withdraw next Tuesday.").text == "next Tuesday"


def test_weekday_without_publication_date_is_unresolved() -> None:
    m = one("Rebels shelled the ridge on Monday.", published=None)
    assert m.text == "Monday"
    assert m.date is None and m.precision is None and m.relative


# --- relative words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Yesterday the navy seized a tanker.", "2018-02-05", "day"),
        ("The court rules today.", "2018-02-06", "day"),
        ("A curfew starts tonight.", "2018-02-06", "day"),
        ("The summit opens tomorrow.", "2018-02-07", "day"),
        ("Gunfire was heard last night near the port.", "2018-02-05", "day"),
        ("The mayor resigned this morning.", "2018-02-06", "day"),
        ("Two days ago the bridge was blown up.", "2018-02-04", "day"),
        ("Negotiators met earlier this week.", "2018-02-05", "week"),
        ("Negotiators met last week.", "2018-01-29", "week"),
        ("Negotiators meet this week.", "2018-02-05", "week"),
        ("Negotiators meet next week.", "2018-02-12", "week"),
        ("Strikes spread last month.", "2018-01", "month"),
        ("Strikes spread this month.", "2018-02", "month"),
        ("Strikes may spread next month.", "2018-03", "month"),
        ("The party lost power last year.", "2017", "year"),
        ("Elections are due this year.", "2018", "year"),
        ("Elections are due next year.", "2019", "year"),
        ("The pact was signed earlier this year.", "2018", "year"),
    ],
)
def test_relative_words(text: str, date: str, precision: str) -> None:
    m = one(text)
    assert (m.date, m.precision, m.relative) == (date, precision, True)


def test_overnight_is_the_night_ending_on_the_publication_day() -> None:
    m = one("Militia fighters shelled the northern suburbs overnight, killing a child.")
    assert (m.text, m.date, m.precision) == ("overnight", "2018-02-06", "day")


@pytest.mark.parametrize(
    "text",
    [
        "The governor imposed an overnight curfew across the province.",
        "Shops stayed shut under the overnight-only restrictions.",
    ],
)
def test_overnight_as_an_adjective_is_no_date(text: str) -> None:
    assert find_dates(text, published=PUB) == []


def test_overnight_before_a_weekday_leaves_the_weekday() -> None:
    m = one("Gunfire rang out overnight Sunday near the barracks.")
    assert (m.text, m.date) == ("Sunday", "2018-02-04")


def test_last_year_text_and_value() -> None:
    m = one("The border was closed last year.")
    assert (m.text, m.date, m.precision) == ("last year", "2017", "year")


def test_relative_words_without_publication_date_are_unresolved() -> None:
    for text in ("Yesterday the navy seized a tanker.", "Talks resume next week.", "It grew last year."):
        m = one(text, published=None)
        assert m.date is None and m.precision is None and m.relative


def test_vague_expressions_are_skipped() -> None:
    assert find_dates("Fighting has intensified in recent days.", published=PUB) == []
    assert find_dates("The group recently changed leaders.", published=PUB) == []


# --- explicit dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "date", "precision"),
    [
        ("The ceasefire began Aug. 20, 2017 at noon.", "Aug. 20, 2017", "2017-08-20", "day"),
        ("The ceasefire began August 20, 2017.", "August 20, 2017", "2017-08-20", "day"),
        ("The ceasefire began on 20 August 2017.", "20 August 2017", "2017-08-20", "day"),
        ("The ceasefire began on 2017-08-20.", "2017-08-20", "2017-08-20", "day"),
        ("On Sunday, Aug. 20, 2017, the ceasefire began.", "Sunday, Aug. 20, 2017", "2017-08-20", "day"),
        ("The cabinet quit in March 2015.", "March 2015", "2015-03", "month"),
        ("The cabinet quit in 2014.", "2014", "2014", "year"),
        ("The group has fought the army since 2003.", "2003", "2003", "year"),
        ("The war of 1967 changed the map.", "1967", "1967", "year"),
        ("The plan fell apart in early 2016.", "early 2016", "2016", "year"),
    ],
)
def test_explicit_dates(text: str, span: str, date: str, precision: str) -> None:
    for published in (PUB, None):  # explicit dates need no publication date
        m = one(text, published=published)
        assert (m.text, m.date, m.precision, m.relative) == (span, date, precision, False)


def test_year_list_gives_one_mention_per_year() -> None:
    found = find_dates("Floods in 2014 and 2015 displaced thousands.", published=PUB)
    assert [(m.text, m.date, m.precision) for m in found] == [("2014", "2014", "year"), ("2015", "2015", "year")]
    found = find_dates("Raids in 2011, 2012 and 2013 were reported.")
    assert [m.date for m in found] == ["2011", "2012", "2013"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Protesters gathered on Feb 5 outside parliament.", "2018-02-05"),
        ("Protesters gathered on February 5 outside parliament.", "2018-02-05"),
        ("Protesters gathered on 5 February outside parliament.", "2018-02-05"),
        ("The ballot was held on Dec. 28.", "2017-12-28"),  # closest: last December
        ("The treaty will be signed on March 1.", "2018-03-01"),  # closest: next month
    ],
)
def test_day_and_month_take_the_closest_year(text: str, date: str) -> None:
    m = one(text)
    assert (m.date, m.precision, m.relative) == (date, "day", True)


def test_day_and_month_without_publication_date_are_unresolved() -> None:
    m = one("Protesters gathered on Feb 5 outside parliament.", published=None)
    assert m.text == "Feb 5" and m.date is None and m.relative


@pytest.mark.parametrize(
    ("text", "span", "date"),
    [
        ("The offensive started in January.", "January", "2018-01"),
        ("The offensive started in March.", "March", "2017-03"),  # not after publication
        ("The offensive started in early March.", "early March", "2017-03"),
        ("Fighting has raged since mid-October.", "mid-October", "2017-10"),
        ("Output fell in May.", "May", "2017-05"),
    ],
)
def test_month_alone(text: str, span: str, date: str) -> None:
    m = one(text)
    assert (m.text, m.date, m.precision, m.relative) == (span, date, "month", True)


# --- false positives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents may attack the convoy again.",
        "May the talks succeed, the envoy said.",
        "A protest march reached the central square.",
        "The march was peaceful, organisers said.",
        "Sun and Sat are not dates here.",
        "Officials counted 5,300 displaced families.",
        "Some 7,000 troops were deployed.",
        "The convoy carried 2015 tonnes of grain.",
        "Of the 1,500 detainees, 2014 people were released in batches.",
        "He won the second round easily.",
        "The decision came in the 1990s.",
        "The bus line 2018 was suspended.",
        "Militants fired 1999 rockets, the army said.",
        "Reporters for the Sunday Times were expelled.",
        "The vote went to Theresa May and her ministers.",
        "Farmers marched on Mondays in protest.",
    ],
)
def test_false_positives_produce_nothing(text: str) -> None:
    assert find_dates(text, published=PUB) == []


# --- spans, offsets, order -----------------------------------------------------------------


def test_offsets_are_added() -> None:
    sentence = "Gunmen stormed a checkpoint on Monday and again on Feb 5."
    found = find_dates(sentence, published=PUB, offset=120)
    assert [m.text for m in found] == ["Monday", "Feb 5"]
    check_offsets(sentence, found, offset=120)
    article = "x" * 120 + sentence
    assert all(article[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Shelling resumed on\u00a0Monday, residents said.", "Monday"),
        ("Shelling resumed last\u00a0Friday, residents said.", "last\u00a0Friday"),
        ("The deal was signed Aug.\u00a020,\u00a02017 in the capital.", "Aug.\u00a020,\u00a02017"),
        ("Turnout fell in\u00a02014 and\u00a02015.", "2014"),
        ("Aid arrived earlier\u00a0this\u00a0week.", "earlier\u00a0this\u00a0week"),
    ],
)
def test_non_breaking_spaces_match_and_keep_offsets(text: str, span: str) -> None:
    found = find_dates(text, published=PUB, offset=7)
    assert found and found[0].text == span
    check_offsets(text, found, offset=7)


def test_mentions_in_text_order_and_non_overlapping() -> None:
    text = "Since 2014 the militia held the town; on Sunday, Feb. 4, 2018, and yesterday it fell."
    found = find_dates(text, published=PUB)
    assert [m.text for m in found] == ["2014", "Sunday, Feb. 4, 2018", "yesterday"]
    assert [m.start for m in found] == sorted(m.start for m in found)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    check_offsets(text, found)


def test_longest_match_wins() -> None:
    # "August 20, 2017" beats "August 20" and "2017"; "last week" beats nothing shorter
    found = find_dates("It began on August 20, 2017, as reported last week.", published=PUB)
    assert [m.text for m in found] == ["August 20, 2017", "last week"]


def test_curly_apostrophes_and_possessives() -> None:
    m = one("Yesterday\u2019s strike hit a market.")
    assert m.text == "Yesterday" and m.date == "2018-02-05"


def test_invalid_calendar_dates_are_dropped() -> None:
    assert find_dates("The order is dated 2017-02-30.", published=PUB) == []
    assert find_dates("It was signed on Feb. 30, 2017.", published=PUB) == []


def test_to_dict_round_trip() -> None:
    m = one("The ceasefire began Aug. 20, 2017.")
    assert m.to_dict() == {
        "text": "Aug. 20, 2017",
        "start": 20,
        "end": 33,
        "date": "2017-08-20",
        "precision": "day",
        "relative": False,
    }


# --- pick_event_date -----------------------------------------------------------------------


def test_pick_prefers_resolved_day_precision() -> None:
    text = "In 2016 the rebels, who last year lost ground, attacked a base on Monday."
    found = find_dates(text, published=PUB)
    trigger = text.index("attacked")
    picked = pick_event_date(found, trigger_start=trigger)
    assert picked is not None and picked.text == "Monday"


def test_pick_nearest_among_equals() -> None:
    text = "After talks on Monday failed, troops attacked on Friday."
    found = find_dates(text, published=PUB)
    picked = pick_event_date(found, trigger_start=text.index("attacked"))
    assert picked is not None and picked.text == "Friday"
    picked = pick_event_date(found, trigger_start=text.index("talks"))
    assert picked is not None and picked.text == "Monday"


def test_pick_coarser_when_no_day() -> None:
    text = "The army retook the city last month after fighting since 2016."
    found = find_dates(text, published=PUB)
    picked = pick_event_date(found, trigger_start=text.index("retook"))
    assert picked is not None and picked.precision == "month"


def test_pick_unresolved_only_as_last_resort() -> None:
    text = "Troops attacked on Monday."
    found = find_dates(text)  # no publication date
    picked = pick_event_date(found, trigger_start=text.index("attacked"))
    assert picked is not None and picked.date is None
    assert pick_event_date([], trigger_start=0) is None


def test_patterns_are_compiled_at_import() -> None:
    import re

    from eventwire import timex

    assert timex._PATTERNS and all(isinstance(p, re.Pattern) for p, _ in timex._PATTERNS)


# --- the per-pattern gates change nothing -------------------------------------------------

_GATE_SENTENCES = [
    "Troops left on 2017-08-20 and returned on Sunday, Aug. 20, 2017.",
    "The talks began on 20th of August, 2017 and ended Feb 5.",
    "He arrived 5 February and left in March 2015, since May, in early 2015 and 2016.",
    "Last Monday night, yesterday morning, this afternoon and the day before yesterday.",
    "Earlier this week, next month, last year, over the weekend, three days ago, a couple of weeks ago.",
    "TODAY and Tonight; LAST WEEK; Two Years Ago; May said on Friday the Sunday Times reported.",
    "In 2014 cases rose; 2,014 people; the 1990s; mid-March; late 2019; in 2014 and 2015.",
    "No date here at all, only words like weekly, monthly, agony and the Mayor of Ago.",
    "\u212aelvin wee\u212a and \u0130n 2014.",  # letters that case-fold to ASCII
    "300 troops and 12 tanks left; Sept. 3 and 4 Oct; since \u0661\u0669\u0669\u0660 and "
    "20\u0661\u0664.",  # digits, no year
    "Dec 2019, 1999-12-31, Jan. 7 and 2020 in 19 and 20 units.",  # years and months apart
]


def _find_dates_ungated(text: str, published: dt.date | None) -> list[DateMention]:
    """find_dates with every pattern tried on every sentence (the reference the gates must match)."""
    from eventwire import timex

    gates = timex._GATES
    try:
        timex._GATES = tuple((lambda _s: True,) for _ in gates)  # type: ignore[misc]
        return find_dates(text, published=published)
    finally:
        timex._GATES = gates


@pytest.mark.parametrize("text", _GATE_SENTENCES)
@pytest.mark.parametrize("published", [dt.date(2018, 2, 6), None])
def test_pattern_gates_change_nothing(text: str, published: dt.date | None) -> None:
    assert find_dates(text, published=published) == _find_dates_ungated(text, published)
    for start in range(0, len(text), 7):  # every fragment too: a gate holds only where its literal is
        part = text[start:start + 40]
        assert find_dates(part, published=published) == _find_dates_ungated(part, published)


# --- the bounds of the calendar --------------------------------------------------------------

_RELATIVE = [
    "yesterday",
    "tomorrow",
    "the day after tomorrow",
    "last week",
    "next week",
    "last weekend",
    "next weekend",
    "over the weekend",
    "last month",
    "next month",
    "last year",
    "next year",
    "on Monday",
    "next Monday",
    "in March",
    "three days ago",
    "five weeks ago",
    "two months ago",
    "ten years ago",
]


@pytest.mark.parametrize("published", [dt.date.min, dt.date.max], ids=["first-day", "last-day"])
@pytest.mark.parametrize("expression", _RELATIVE)
def test_relative_dates_clamp_to_the_calendar(expression: str, published: dt.date) -> None:
    """At 0001-01-01 and 9999-12-31 a relative date stays inside the calendar: no OverflowError,
    no year '0000' or '10000'; every resolved value is valid ISO."""
    for m in find_dates(f"Rebels shelled the ridge {expression}.", published=published):
        if m.date is None:
            continue
        if m.precision in ("day", "week"):
            assert dt.date.fromisoformat(m.date)
        elif m.precision == "month":
            assert dt.date.fromisoformat(m.date + "-01")
        else:
            assert len(m.date) == 4 and 1 <= int(m.date) <= 9999, m.date


def test_last_year_at_the_first_year_is_the_first_year() -> None:
    assert one("Rebels shelled the ridge last year.", published=dt.date.min).date == "0001"
    assert one("Rebels shelled the ridge next year.", published=dt.date.max).date == "9999"
    assert one("Rebels shelled the ridge yesterday.", published=dt.date.min).date == "0001-01-01"
    assert one("Rebels shelled the ridge tomorrow.", published=dt.date.max).date == "9999-12-31"


@pytest.mark.parametrize(
    "text", ["The 2019 bombing of the market", "Varnia's 1990 invasion of its neighbour", "Their 2018 raid"]
)
def test_a_year_set_before_a_noun_is_that_year(text: str) -> None:
    m = one(text)
    assert (m.text, m.precision) == (m.text[:4], "year") and m.date == m.text


def test_a_bare_count_before_a_noun_is_no_year() -> None:
    assert find_dates("The team scored 2018 points in the season.", published=PUB) == []
