"""The record's date and historical flag (eventwire.coding.build), on sentences written for the test."""

from __future__ import annotations

from eventwire import analyze_text
from tests.event_helpers import countries, only


def _events(text: str, published: str = "2024-03-05") -> list:
    return analyze_text(text, published=published).events


def test_a_year_set_before_an_act_noun_dates_that_act() -> None:
    e = only(_events("The 2021 massacre at Holt left 60 villagers dead."), "ASSAULT")
    assert (e.date, e.date_precision) == ("2021", "year") and e.aux.historical


def test_a_year_set_before_another_noun_does_not_date_the_act() -> None:
    e = only(_events("Police detained 12 students at a rally against the 2019 pension law."), "COERCE")
    assert e.date == "2024-03-05" and not e.aux.historical


def test_a_year_before_the_happening_an_act_follows_dates_the_act() -> None:
    e = only(_events("The bloc imposed an arms embargo on Varnia after the 2011 crackdown on protesters."), "SANCTION")
    assert e.date == "2011"


def test_a_date_in_the_year_before_is_background() -> None:
    e = only(_events("Militants killed 14 soldiers last year in an ambush near the border."), "ASSAULT")
    assert e.date == "2023" and e.aux.historical


def test_a_month_of_the_publication_year_is_news() -> None:
    e = only(_events("Militants killed 14 soldiers last month in an ambush near the border."), "ASSAULT")
    assert e.date == "2024-02" and not e.aux.historical


def test_a_year_after_a_happening_dates_that_happening_a_year_back() -> None:
    e = only(_events("A year after the massacre in Holt, families are still waiting for justice."), "ASSAULT")
    assert (e.date, e.date_precision) == ("2023", "year")


def test_a_count_of_days_after_a_happening_keeps_its_day() -> None:
    evs = _events("Troops withdrew on Friday, two days after the rebels seized the airport.")
    seized = next(e for e in evs if e.trigger.text == "seized")
    assert (seized.date, seized.date_precision) == ("2024-02-28", "day")




def test_cue_contexts_read_word_by_word_and_none_without_a_cue_word() -> None:
    """A sentence's contexts are those its cue words signal (by lemma, else by form), in text
    order; a sentence with no cue word has none."""
    from eventwire.coding.build import cue_contexts
    from eventwire.coding.pipeline import parse
    from eventwire.knowledge.lexicon import default_lexicon

    cues = default_lexicon().cues
    cue = cues.contexts
    word = sorted(k for k in cue if k.isalpha())[0]
    for text in ("The committee met again on a quiet afternoon.", f"Officials spoke of {word} near the town."):
        sent = next(parse(text).sents)
        expected = [c for t in sent if (c := cue.get(t.lemma_.lower()) or cue.get(t.lower_))]
        assert cue_contexts(sent, cues) == expected
    assert cue_contexts(next(parse("The committee met again on a quiet afternoon.").sents), cues) == []
# --- the bodies of several states take no country the article or the event's place lends ---------


def test_bodies_owned_by_several_states_take_no_lent_country() -> None:
    text = "The two countries' coast guards detained fishermen near the disputed reef, officials in Manila said."
    e = only(_events(text), "COERCE")
    assert [a.country for a in e.actor] == [None]


def test_a_body_owned_by_one_state_takes_the_article_s_country() -> None:
    text = "The country's coast guard detained fishermen near the disputed reef, officials in Manila said."
    e = only(_events(text), "COERCE")
    assert [a.country for a in e.actor] == ["PHL"]


def test_the_plural_of_a_body_a_state_has_one_of_is_several_states() -> None:
    text = "The juntas accused the regional bloc of meddling, state television in Bamako reported."
    e = only(_events(text), "ACCUSE")
    assert [a.country for a in e.actor] == [None]


def test_a_plural_a_state_has_many_of_stays_one_state_s() -> None:
    text = "The authorities accused the regional bloc of meddling, state television in Bamako reported."
    e = only(_events(text), "ACCUSE")
    assert [a.country for a in e.actor] == ["MLI"]


def test_a_body_named_for_a_world_region_takes_no_lent_country() -> None:
    text = "Officials in Harare said the Press Union of Eastern Africa had urged the police to free two reporters."
    e = only(_events(text), "REQUEST")
    assert [a.country for a in e.actor] == [None]


def test_a_body_named_for_its_members_takes_the_article_s_country() -> None:
    text = "Officials in Harare said the Union of Journalists had urged the police to free two reporters."
    e = only(_events(text), "REQUEST")
    assert [a.country for a in e.actor] == ["ZWE"]


def test_refugees_held_by_a_state_are_not_of_that_state() -> None:
    e = only(_events("Police in Mauritania rounded up 70 migrants in Nouadhibou on Sunday."), "COERCE")
    assert [(a.text, a.country) for a in e.recipient] == [("70 migrants", None)]


def test_people_displaced_at_home_are_of_the_country_where_they_are() -> None:
    e = only(_events("Soldiers in Mali opened fire on displaced people at a camp outside Gao."), "ASSAULT")
    assert [a.country for a in e.recipient] == ["MLI"]


def test_a_body_refugees_protest_against_is_not_of_their_country() -> None:
    e = only(_events("Some 500 Sudanese refugees protested outside the interior ministry in Cairo."), "PROTEST")
    assert "SDN" not in {a.country for a in e.recipient}
    # a protest by people at home: the body they protest at is of their country
    e = only(_events("Some 500 Egyptian students protested outside the interior ministry on Sunday."), "PROTEST")
    assert {a.country for a in e.recipient} == {"EGY"}


def test_immigrants_held_by_a_state_are_not_of_that_state() -> None:
    e = only(_events("Border guards in Poland detained 35 illegal immigrants near the Belarus frontier."), "COERCE")
    assert countries(e.recipient) == {None}


def test_any_country_is_of_no_one_country() -> None:
    """Free-choice state: "any country" is whichever state it may be, never the event's own."""
    e = only(_events("Moscow warned that it would strike any country that hosted the new launchers."), "THREATEN")
    assert [(a.country, a.sector) for a in e.recipient] == [(None, "GOV")]


def test_a_party_placed_by_the_event_keeps_its_country() -> None:
    # counter-case: a common noun with no free-choice word is still of the place where it acts
    e = only(_events("Kenyan police detained a student in Nairobi on Monday."), "COERCE")
    assert [a.country for a in e.recipient] == ["KEN"]


# --- members named by no body are the other party's, not the place's --------------------------------


def test_members_an_envoy_of_no_state_urges_take_no_country() -> None:
    e = only(_events("The UN envoy in Tripoli urged members to uphold the arms embargo."), "REQUEST")
    assert [(a.text, a.country) for a in e.recipient] == [("members", None)]


def test_members_of_a_named_kind_of_body_keep_the_event_s_country() -> None:
    # counter-case: "party members" name their body; police arresting them act at home
    e = only(_events("Police in Nairobi arrested five party members on Monday."), "COERCE")
    assert [a.country for a in e.recipient] == ["KEN"]


def test_bare_members_is_a_phrase_naming_no_body() -> None:
    from eventwire.coding.build import _bare_members

    assert _bare_members("members") and _bare_members("all the members") and _bare_members("12 members")
    assert not _bare_members("party members") and not _bare_members("members of the junta")


def test_an_act_a_party_is_due_or_plans_to_do_in_a_bare_month_is_not_history() -> None:
    for text in ("The two defence chiefs are due to meet in Manila in June.",
                 "The two defence chiefs plan to meet in Manila in June."):  # fmt: skip
        e = only(_events(text), "AGREE")
        assert not e.aux.historical, text


def test_an_act_a_party_was_due_to_do_in_a_bare_month_may_be_history() -> None:
    text = "The two defence chiefs were due to meet in Manila in June."
    e = only(_events(text), "AGREE")
    assert e.aux.historical


def test_an_act_set_in_a_decade_over_before_the_news_is_history() -> None:
    events = _events("Militia fighters who seized the port in the 1980s attacked a ferry on Monday.")
    assert {(e.trigger.text, e.aux.historical) for e in events} == {("seized", True), ("attacked", False)}
    events = [e for e in _events("Militia fighters seized the port in the late 1980s.")]
    assert events and all(e.aux.historical for e in events)


def test_an_act_in_the_decade_of_the_news_is_not_history() -> None:
    e = only(_events("Militia fighters seized the port in the 2020s."), "ASSAULT")
    assert not e.aux.historical
