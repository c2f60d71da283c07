"""The date of an event told in the future tense (eventwire.coding.build), on sentences written for the test."""

from __future__ import annotations

from eventwire import analyze_text, code_text
from tests.event_helpers import only


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.trigger.text: e.date for e in analyze_text(text, published=published).events}


def test_a_weekday_in_a_future_clause_is_the_coming_one() -> None:
    # published on a Wednesday: "will meet ... on Friday" is two days later
    got = _dates("The Kenyan foreign minister will meet his Somali counterpart in Nairobi on Friday.", "2021-02-03")
    assert "2021-02-05" in got.values()


def test_a_weekday_of_the_reporting_verb_stays_in_the_past() -> None:
    got = _dates("Chad on Monday announced it would withdraw 200 soldiers from Mali.", "2021-02-03")
    assert got.get("withdraw") == "2021-02-01"


def test_a_weekday_in_a_past_clause_is_the_last_one() -> None:
    got = _dates("Police arrested 20 protesters in Lagos on Friday.", "2021-02-03")
    assert got.get("arrested") == "2021-01-29"


def test_a_coordinated_clause_with_its_own_subject_keeps_its_day_to_itself() -> None:
    text = "Chile called for an immediate ceasefire, and the council will meet behind closed doors on Friday."
    dates = _dates(text, "2021-11-03")
    assert dates["called for"] == "2021-11-03"  # the day of publication, not the council's Friday


def test_a_day_said_of_the_people_acted_on_while_they_act_is_the_event_day() -> None:
    # the parser hangs "on Monday" on "working", a participle describing the women
    text = "Security agents detained two Chinese engineers working for a mining firm in Kolwezi on Friday."
    e = only(code_text(text, published="2024-10-23"), "COERCE")
    assert e.date == "2024-10-18"


def test_a_day_after_publication_never_dates_an_act_told_in_the_past() -> None:
    # published on a Wednesday: the strike is set for the coming Saturday; the accusation was made
    text = "The opposition party accused the police of brutality and called a national strike for Saturday."
    events = {e.event_type: e.date for e in analyze_text(text, published="2022-05-11").events}
    assert events["ACCUSE"] == "2022-05-11"
    assert events["PROTEST"] == "2022-05-14"  # the strike keeps the day it is called for


def test_a_year_ahead_in_an_object_does_not_date_a_past_act() -> None:
    text = "The Fijian premier supported an offer from island states to co-organise the ocean conference in 2031."
    got = _dates(text, "2024-03-06")
    assert got.get("supported") == "2024-03-06"


def test_a_past_relative_clause_of_a_party_does_not_take_the_day_of_its_noun_clause() -> None:
    # what the leader did is told beside the day he spoke, not on it
    text = "The opposition leader, who criticised the verdict, spoke to reporters in Harare on Monday."
    got = _dates(text, "2022-05-11")
    assert got.get("criticised") == "2022-05-11"


def test_a_relative_clause_that_tells_the_scene_takes_its_day() -> None:
    text = "Thousands marched through Lagos on Saturday in a rally during which police detained 30 people."
    got = _dates(text, "2022-05-11")
    assert got.get("detained") == "2022-05-07"
    got = _dates("The curfew began on Sunday, when police arrested 40 students in the capital.", "2022-05-11")
    assert got.get("arrested") == "2022-05-08"


def test_a_coordinated_act_takes_the_day_its_partner_names_inside_its_own_month() -> None:
    text = "Gunmen burned a school in Beni on Sunday and shot a teacher, the third such attack this month."
    got = _dates(text, "2022-05-11")
    assert got.get("shot") == "2022-05-08"


def test_a_reported_count_of_the_year_keeps_its_year() -> None:
    # the day of the report is not the day of the killings
    text = "Rebels have killed 40 villagers in the province this year, the army said on Monday."
    got = _dates(text, "2022-05-11")
    assert got.get("killed") == "2022"


def test_a_possessive_date_dates_its_own_noun_not_the_act() -> None:
    # published on a Wednesday: "Monday's truce" is the truce's day; the pull-back has no day of its own
    text = "Rebel units began pulling back from the river crossings under the terms of Monday's truce."
    got = _dates(text, "2021-02-03")
    assert got.get("pulling back") == "2021-02-03"


def test_a_possessive_date_of_the_act_itself_still_dates_it() -> None:
    got = _dates("Police said Sunday's attack on a bus in Garissa killed four people.", "2021-02-03")
    assert got.get("attack") == "2021-01-31"


def test_a_promise_for_a_span_still_to_come_is_dated_the_day_it_is_told() -> None:
    # published on a Wednesday: the envoy's trip is promised for the week, not made on its Monday
    got = _dates("The Danish envoy will fly to Juba this week for talks with the rebels.", "2022-03-09")
    assert got.get("fly to") == "2022-03-09"
    got = _dates("Ghana said it would deploy 300 police officers to Bamako next month.", "2022-03-09")
    assert got.get("deploy") == "2022-03-09"


def test_a_span_already_over_still_dates_a_promise_made_in_it() -> None:
    text = "Ghana promised last month that it would deploy 300 police officers to Bamako."
    got = _dates(text, "2022-03-09")
    assert got.get("promised") == "2022-02"


def test_an_act_told_in_the_present_perfect_within_the_span_is_the_news_of_the_day() -> None:
    # published on a Thursday: "this week" holds the day of publication
    text = "Peru has barred a Russian frigate from the port of Callao this week and asked Moscow to wait."
    got = _dates(text, "2022-03-10")
    assert got.get("barred") == "2022-03-10"


def test_an_act_told_in_the_simple_past_keeps_the_week_it_names() -> None:
    got = _dates("Police arrested 30 students in Dakar this week.", "2022-03-10")
    assert got.get("arrested") == "2022-03-07"


def test_a_day_hung_on_a_participle_of_keeping_dates_the_act() -> None:
    # the parser hangs "on Sunday" on "operated"; whose the school is has no day
    text = "Armed men seized five teachers from a school operated by a Belgian charity on Sunday."
    got = _dates(text, "2022-03-09")
    assert got.get("seized") == "2022-03-06"


def test_a_day_hung_on_a_participle_of_an_act_stays_with_that_act() -> None:
    text = "The rebels rejected a truce signed by the two generals in Juba on Monday."
    got = _dates(text, "2022-03-09")
    assert got.get("rejected") == "2022-03-09"


def test_a_present_clause_does_not_take_the_day_of_its_past_partner() -> None:
    # published on a Wednesday: the kidnapping was on Sunday, the demand is the news of the day
    text = "Armed men kidnapped five teachers in Kivu on Sunday and are demanding a ransom for them."
    got = _dates(text, "2022-03-09")
    assert got.get("kidnapped") == "2022-03-06"
    assert got.get("demanding") == "2022-03-09"


def test_a_past_clause_still_takes_the_day_of_its_past_partner() -> None:
    text = "Armed men kidnapped five teachers in Kivu on Sunday and demanded a ransom for them."
    got = _dates(text, "2022-03-09")
    assert got.get("demanded") == "2022-03-06"


def test_a_promise_reported_with_would_is_dated_the_day_it_is_told() -> None:
    got = _dates("Spain said it would dispatch 40 military instructors to Senegal next month.", "2022-03-09")
    assert got.get("dispatch") == "2022-03-09"
    got = _dates("Ecuador said it would consult its Andean partners on the mission by mid-March.", "2022-03-09")
    assert got.get("consult") == "2022-03-09"


def test_a_month_named_in_a_clause_told_ahead_is_the_coming_one() -> None:
    # told in July: "in May" is next May, so the promise is dated the day it is told
    text = "The Chilean president said he would hold talks with Lula before a state visit to Brasilia in May."
    got = _dates(text, "2023-07-18")
    assert got.get("hold") == "2023-07-18"


def test_a_month_named_in_a_past_clause_stays_the_last_one() -> None:
    got = _dates("Peru resumed talks with Bolivia in May.", "2023-07-18")
    assert "2023-05" in got.values()


def test_a_gerund_saying_what_an_accusation_is_about_keeps_its_day_to_itself() -> None:
    # published on a Wednesday: the shelling was on Monday, the charge is the news of the day
    text = "The Georgian interior ministry accused separatist gunmen of firing mortars at a border village on Monday."
    got = _dates(text, "2021-02-03")
    assert got.get("accused") == "2021-02-03"


def test_a_gerund_of_the_means_dates_the_act_itself() -> None:
    text = "Dockworkers protested against the new port tax by blocking the harbour gates on Monday."
    got = _dates(text, "2021-02-03")
    assert got.get("protested") == "2021-02-01"


def test_a_possessive_date_of_the_happening_an_act_took_place_in_dates_the_act() -> None:
    # published on a Wednesday: the arrests were made during Sunday's march
    got = _dates("Riot police detained 14 students during Sunday's march through the capital.", "2021-02-03")
    assert got.get("detained") == "2021-01-31"


def test_a_possessive_date_of_a_happening_still_to_come_does_not_date_the_act() -> None:
    got = _dates("Riot police detained 14 students ahead of Sunday's vote on the new charter.", "2021-02-03")
    assert got.get("detained") == "2021-02-03"


def test_an_infinitive_the_act_controls_shares_its_day() -> None:
    # published on a Wednesday: the permission was given on Monday
    got = _dates("The junta allowed the Red Cross to resume visits to the military prison on Monday.", "2021-02-03")
    assert got.get("allowed") == "2021-02-01"


def test_a_finite_complement_keeps_its_day_to_itself() -> None:
    got = _dates("The opposition demanded that the electoral commission publish the results on Monday.", "2021-02-03")
    assert got.get("demanded") == "2021-02-03"
