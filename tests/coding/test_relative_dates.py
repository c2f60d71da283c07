"""Happenings dated against another (eventwire.coding.relative_dates), on sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Event, code_text
from eventwire.coding.pipeline import load_nlp
from eventwire.coding.relative_dates import (
    anaphoric_offset,
    bounds_demanded_act,
    relative_months,
    relative_offset,
    reported_past_perfect,
    since_a_benchmark,
    since_another_clause,
    told_after,
)
from tests.event_helpers import only


@pytest.mark.parametrize(
    ("sentence", "trigger", "days"),
    [
        ("The army imposed a curfew on Monday, a day after gunmen killed five villagers.", "killed", -1),
        ("Troops withdrew on Friday, two days after the rebels seized the airport.", "seized", -2),
        ("The minister resigned on Tuesday, hours after protesters stormed his office.", "stormed", 0),
        ("Police arrested 20 people on Sunday, a week after the attack on the embassy.", "attack", -7),
        ("The talks opened on Monday, a day before the envoys signed the accord.", "signed", 1),
    ],
)
def test_a_measured_time_after_or_before_another_happening(sentence: str, trigger: str, days: int) -> None:
    doc = load_nlp()(sentence)
    tok = next(t for t in doc if t.text == trigger)
    found = relative_offset(tok)
    assert found is not None and found[1] == days


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Troops withdrew on Friday, days after the rebels seized the airport.", "seized"),  # no count
        ("Troops withdrew on Friday after the rebels seized the airport.", "seized"),  # no measure
        ("Gunmen killed five villagers on Monday.", "killed"),  # set against nothing
    ],
)
def test_no_offset_without_a_counted_measure(sentence: str, trigger: str) -> None:
    doc = load_nlp()(sentence)
    assert relative_offset(next(t for t in doc if t.text == trigger)) is None


def test_the_event_is_dated_from_the_day_of_the_clause_it_is_set_against() -> None:
    text = "The announcement came on Monday, a day after gunmen killed five villagers."
    e = only(code_text(text, published=dt.date(2021, 5, 5)), "ASSAULT")
    assert e.date == "2021-05-02"  # Monday is 3 May; the killing the day before
    text = "The announcement came on Monday, a day after gunmen killed five villagers on Saturday."
    e = only(code_text(text, published=dt.date(2021, 5, 5)), "ASSAULT")
    assert e.date == "2021-05-01"  # the clause's own day wins


def test_a_weekday_of_an_after_clause_falls_before_the_day_of_its_head() -> None:
    # published on a Tuesday: "on Tuesday" after a Thursday is the Tuesday before that Thursday
    text = "Ghana on Thursday recalled its ambassador after Togo expelled on Tuesday two of its diplomats."
    dates = {e.trigger.text: e.date for e in code_text(text, published="2022-05-10")}
    assert dates["recalled"] == "2022-05-05"
    assert dates["expelled"] == "2022-05-03"


def test_a_weekday_of_an_after_clause_already_before_its_head_stays() -> None:
    text = "Ghana recalled its ambassador from Lome on Monday after Togo expelled two Ghanaian diplomats on Saturday."
    dates = {e.trigger.text: e.date for e in code_text(text, published="2022-05-10")}
    assert dates["expelled"] == "2022-05-07"


def test_a_sentence_set_hours_after_the_day_told_before_takes_that_day() -> None:
    text = (
        "Brussels imposed sanctions on four Chinese officials on Monday.\n\n"
        "Within hours, Beijing announced entry bans on ten European lawmakers.\n"
    )
    bans = [e for e in code_text(text, published="2022-05-11") if e.trigger.text == "entry bans"]
    assert [e.date for e in bans] == ["2022-05-09"]


def _bombing(events: list[Event]) -> Event:
    """The bombing of the runway (the seizure of the airport is an act of force too)."""
    return next(e for e in events if e.trigger.text == "bombed")


def test_a_sentence_set_the_next_day_counts_one_day_on() -> None:
    text = "Rebels seized the airport on Saturday.\n\nThe next day, government troops bombed the runway.\n"
    e = _bombing(code_text(text, published="2022-05-11"))
    assert e.date == "2022-05-08"


def test_a_sentence_that_sets_no_time_keeps_the_day_of_publication() -> None:
    text = "Rebels seized the airport on Saturday.\n\nGovernment troops bombed the runway.\n"
    e = _bombing(code_text(text, published="2022-05-11"))
    assert e.date == "2022-05-11"


def test_a_happening_since_another_runs_from_that_ones_day() -> None:
    # the day the unrest set off, rather than the day the rights group spoke
    text = (
        "Sudanese police have arrested more than 200 people since the unrest erupted in Khartoum on Sunday, "
        "a rights group said on Wednesday."
    )
    e = only(code_text(text, published="2022-05-11"), "COERCE")
    assert e.date == "2022-05-08"


def test_an_event_noun_whose_relative_clause_says_when_it_began_takes_that_day() -> None:
    text = "The demonstrations, which started on Sunday, have spread to six cities."
    e = only(code_text(text, published="2022-05-11"), "PROTEST")
    assert e.date == "2022-05-08"


def test_without_a_since_clause_the_reporting_day_still_dates_the_act() -> None:
    text = "Police have arrested 200 people in the capital, a rights group said on Monday."
    e = only(code_text(text, published="2022-05-11"), "COERCE")
    assert e.date == "2022-05-09"


def test_a_bare_later_is_later_on_the_day_told_before() -> None:
    text = "Rebels seized the airport on Saturday.\n\nThe army later bombed the runway.\n"
    e = _bombing(code_text(text, published="2022-05-11"))
    assert e.date == "2022-05-07"


def test_weeks_later_is_not_the_day_told_before() -> None:
    text = "Rebels seized the airport on Saturday.\n\nTwo weeks later, government troops bombed the runway.\n"
    e = _bombing(code_text(text, published="2022-05-11"))
    assert e.date == "2022-05-11"


def test_an_attack_counted_days_before_the_day_told_is_its_own_happening_on_its_own_day() -> None:
    # dated against Sunday, the earlier ambush is no retelling of Sunday's raid
    text = (
        "Militiamen raided the village of Kamako on Sunday, residents said.\n\n"
        "Three days earlier, gunmen had ambushed an army patrol on the road to the village.\n"
    )
    events = [e for e in code_text(text, published="2022-05-11") if e.event_type == "ASSAULT"]
    ambush = next(e for e in events if e.trigger.text == "ambushed")
    assert ambush.date == "2022-05-05"


def test_a_count_that_runs_past_the_publication_day_dates_nothing() -> None:
    text = "Rebels seized the airport on Saturday.\n\nThree weeks later, government troops bombed the runway.\n"
    e = _bombing(code_text(text, published="2022-05-11"))
    assert e.date == "2022-05-11"


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("A day later, the envoy left.", 1),
        ("The envoy later left.", 0),
        ("Later this month, the envoy will leave.", None),
        ("The day before, the envoy left.", -1),
        ("Two days earlier, gunmen had ambushed a patrol near the mine.", -2),
        ("Three days later, the militia shelled the market.", 3),
        ("A week before that, bandits had raided the same village.", -7),
        ("The night before, rebels had overrun an outpost.", -1),
        ("Weeks later, the militia shelled the market.", None),
        ("Two days of fighting left the town in ruins.", None),
    ],
)
def test_anaphoric_phrases_and_their_offsets(sentence: str, days: int | None) -> None:
    told = anaphoric_offset(sentence)
    assert (told[1] if told else None) == days


@pytest.mark.parametrize(
    ("sentence", "trigger", "after"),
    [
        ("Kenya sent police to the county on Friday after bandits killed nine herders.", "killed", True),
        ("The army closed the road on Sunday, days after an ambush left two soldiers dead.", "ambush", True),
        ("Bandits killed nine herders in the county on Friday.", "killed", False),
    ],
)
def test_an_act_told_in_an_after_clause_or_phrase(sentence: str, trigger: str, after: bool) -> None:
    doc = load_nlp()(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert (told_after(tok) is not None) == after


def test_an_act_told_after_takes_the_earlier_day_the_article_tells_it_on() -> None:
    text = (
        "Kenya sent police to Baringo county on Friday after bandits killed nine herders. "
        "The bandits attacked a cattle camp near Marigat on Tuesday night, police said."
    )
    e = next(e for e in code_text(text, published="2022-06-04") if e.trigger.text == "killed")
    assert e.date == "2022-05-31"


def test_an_act_told_after_keeps_the_day_when_nothing_later_is_earlier() -> None:
    text = (
        "Kenya sent police to Baringo county on Friday after bandits killed nine herders. "
        "Residents fled their homes on Saturday."
    )
    e = next(e for e in code_text(text, published="2022-06-04") if e.trigger.text == "killed")
    assert e.date == "2022-06-03"


def test_an_attack_that_left_casualties_a_day_before_is_dated_by_that_clause() -> None:
    doc = load_nlp()("The army sealed the valley on Saturday, a day after an ambush left four soldiers dead.")
    tok = next(t for t in doc if t.text == "ambush")
    found = relative_offset(tok)
    assert found is not None and found[1] == -1


def test_the_subject_of_another_verb_in_a_measured_clause_gets_no_offset() -> None:
    doc = load_nlp()("The army sealed the valley on Saturday, a day after the ambush survivors left the town.")
    tok = next(t for t in doc if t.text == "survivors")
    assert relative_offset(tok) is None


_LEAD_AFTER = (
    "MASERU, June 4 (Wire) - Opposition lawmakers in Lesotho accused Prime Minister Sam Matekane on "
    "Saturday of intimidation after he entered the national assembly with armed soldiers on Thursday.\n\n"
    "The army did not comment.\n"
)


def test_a_headline_act_told_after_takes_the_day_the_lead_gives_its_after_clause() -> None:
    text = "Lawmakers condemn premier after soldiers enter parliament\n\n" + _LEAD_AFTER
    e = next(e for e in code_text(text, published="2022-06-04") if e.trigger.text == "enter")
    assert e.date == "2022-06-02"


def test_a_headline_act_keeps_the_lead_day_when_the_lead_dates_no_after_clause() -> None:
    lead = _LEAD_AFTER.replace(" on Thursday", "")
    text = "Lawmakers condemn premier after soldiers enter parliament\n\n" + lead
    e = next(e for e in code_text(text, published="2022-06-04") if e.trigger.text == "enter")
    assert e.date == "2022-06-04"


def test_a_headline_act_not_told_after_keeps_the_lead_day() -> None:
    text = "Lawmakers condemn premier as soldiers enter parliament\n\n" + _LEAD_AFTER
    e = next(e for e in code_text(text, published="2022-06-04") if e.trigger.text == "condemn")
    assert e.date == "2022-06-04"


@pytest.mark.parametrize(
    ("sentence", "trigger", "elsewhere"),
    [
        (
            "The minister said hundreds of threats had been sent to the consulate since Monday, "
            "and urged Jakarta to protect its diplomats.",
            "urged",
            True,
        ),
        ("Police have arrested more than 40 people in the port city since Monday.", "arrested", False),
        ("Police have arrested 40 people since Monday, when the cabinet banned rallies.", "banned", False),
    ],
)
def test_a_since_date_opens_the_span_of_its_own_clause_only(sentence: str, trigger: str, elsewhere: bool) -> None:
    doc = load_nlp()(sentence)
    tok = next(t for t in doc if t.text == trigger)
    day = next(t for t in doc if t.text == "Monday")
    assert since_another_clause(day, tok) == elsewhere


def test_an_act_conjoined_to_a_since_clause_is_not_dated_by_it() -> None:
    text = (
        "The minister said hundreds of threats had been sent to the consulate since Monday, "
        "and urged Jakarta to protect its diplomats."
    )
    e = next(e for e in code_text(text, published="2022-06-04") if e.trigger.text == "urged")
    assert e.date == "2022-06-04"


_RAID = (
    "Gunmen raid village in central Mali\n\n"
    "MOPTI, June 4 (Wire) - Gunmen attacked a village in central Mali on Thursday, local officials said.\n\n"
    "The attackers burned dozens of homes and stole cattle, the mayor said. Soldiers arrested four suspects.\n\n"
    "The government condemned the raid.\n"
)


def test_an_undated_act_opening_the_paragraph_after_the_lead_takes_the_lead_day() -> None:
    e = next(e for e in code_text(_RAID, published="2022-06-04") if e.trigger.text == "burned")
    assert e.date == "2022-06-02"


@pytest.mark.parametrize("trigger", ["arrested", "condemned"])
def test_later_or_said_undated_acts_keep_the_publication_day(trigger: str) -> None:
    e = next(e for e in code_text(_RAID, published="2022-06-04") if e.trigger.text == trigger)
    assert e.date == "2022-06-04"


def test_an_act_of_the_lead_described_in_the_present_after_it_takes_the_lead_day() -> None:
    text = (
        "EU freezes assets of Belarus officials\n\n"
        "BRUSSELS, June 4 (Wire) - European Union governments imposed sanctions on a dozen Belarusian "
        "officials on Thursday, diplomats said.\n\n"
        "The measure also bans travel to the bloc by the interior minister and his deputy.\n\n"
        "Minsk did not respond.\n"
    )
    e = next(e for e in code_text(text, published="2022-06-04") if e.trigger.text == "bans")
    assert e.date == "2022-06-02"


@pytest.mark.parametrize(
    ("sentence", "trigger", "date", "bounds"),
    [
        ("The government ordered thousands of migrants to quit the province by Nov. 3.", "ordered", "Nov.", True),
        ("The ministry told carriers to halt flights to the region from Friday.", "told", "Friday", True),
        ("The rebels pulled out of the town by Friday.", "pulled", "Friday", False),
        ("The government ordered the migrants out on Friday.", "ordered", "Friday", False),
    ],
)
def test_a_bound_of_a_demanded_act_is_not_the_day_of_the_demand(
    sentence: str, trigger: str, date: str, bounds: bool
) -> None:
    doc = load_nlp()(sentence)
    tok = next(t for t in doc if t.text == trigger)
    day = next(t for t in doc if t.text == date)
    assert bounds_demanded_act(day, tok) == bounds


def test_an_order_told_last_month_is_not_dated_by_its_deadline() -> None:
    text = "Last month the government ordered thousands of migrants to quit the province by Nov. 3."
    e = next(e for e in code_text(text, published="2023-11-08") if e.trigger.text == "ordered")
    assert e.date == "2023-10"


@pytest.mark.parametrize(
    ("sentence", "day", "benchmark"),
    [
        ("Soldiers gunned down 15 miners in what was the deadliest night since the Oct. 9 vote.", "Oct.", True),
        ("Insurgents stormed a police compound in the worst raid since Jan. 3, officials said.", "Jan.", True),
        ("It was the most violent protest since March, the governor said.", "March", True),
        ("Police have detained 40 people in the province since Jan. 3, officials said.", "Jan.", False),
        ("Troops have shelled the valley every day since March.", "March", False),
    ],
)
def test_a_since_date_after_a_ranked_noun_is_the_benchmark_of_the_ranking(
    sentence: str, day: str, benchmark: bool
) -> None:
    doc = load_nlp()(sentence)
    assert since_a_benchmark(next(t for t in doc if t.text == day)) == benchmark


def test_an_act_in_the_deadliest_night_since_a_date_is_not_dated_by_it() -> None:
    text = (
        "A curfew took effect in Hpakant on Monday, one day after troops gunned down 15 jade miners "
        "there in the deadliest night since the Oct. 9 vote, according to residents."
    )
    e = only(code_text(text, published=dt.date(2024, 3, 5)), "ASSAULT")
    assert e.date == "2024-03-03"  # the day before Monday 4 March, not the vote's day


@pytest.mark.parametrize(
    ("sentence", "trigger", "months"),
    [
        ("A year after the massacre in Holt, families are still waiting for justice.", "massacre", -12),
        ("The vote was held six months after the army seized power.", "seized", -6),
        ("Two years before the truce, rebels overran the garrison.", "truce", 24),
    ],
)
def test_a_measured_count_of_months_or_years_after_or_before(sentence: str, trigger: str, months: int) -> None:
    doc = load_nlp()(sentence)
    tok = next(t for t in doc if t.text == trigger)
    found = relative_months(tok)
    assert found is not None and found[1] == months


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Years after the war, the town is still in ruins.", "war"),
        ("Troops withdrew two days after the rebels seized the airport.", "seized"),
    ],
)
def test_no_count_of_months_or_years_gives_none(sentence: str, trigger: str) -> None:
    doc = load_nlp()(sentence)
    assert relative_months(next(t for t in doc if t.text == trigger)) is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "head"),
    [
        ("The navy said on Tuesday it had boarded a cargo ship and arrested its captain.", "boarded", "boarded"),
        ("The navy said on Tuesday it had boarded a cargo ship and arrested its captain.", "arrested", "boarded"),
        ("Officials confirmed that two convoys had been attacked near the border.", "attacked", "attacked"),
    ],
)
def test_a_past_perfect_act_under_a_reporting_verb(sentence: str, trigger: str, head: str) -> None:
    doc = load_nlp()(sentence)
    found = reported_past_perfect(next(t for t in doc if t.text == trigger))
    assert found is not None and found.text == head


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The navy boarded a cargo ship on Tuesday and arrested its captain.", "boarded"),  # simple past
        ("The navy said on Tuesday it has boarded a cargo ship.", "boarded"),  # present perfect
        ("The navy had boarded a cargo ship before the storm hit.", "boarded"),  # reported by no verb
    ],
)
def test_no_reported_past_perfect_elsewhere(sentence: str, trigger: str) -> None:
    doc = load_nlp()(sentence)
    assert reported_past_perfect(next(t for t in doc if t.text == trigger)) is None
