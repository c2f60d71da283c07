"""Judgements told as a copula or as a reported wrong (eventwire.coding.judgements), on sentences
written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.coding.judgements import JUDGEMENT, QUOTED_JUDGEMENT, REFUSAL, WRONGDOING
from tests.event_helpers import countries, only


def _events(text: str) -> list:  # noqa: ANN401 - events of any kind
    return [e for e in code_text(text, published="2024-05-02") if e.event_type]


@pytest.mark.parametrize(
    "text",
    [
        "The Russian foreign ministry said Britain's sanctions were unlawful and inhumane.",
        "The Iranian envoy said the blockade by Israel was a violation of international law.",
        "Ghana's president said the coup was unacceptable.",
        "Kenya's foreign minister said the expulsion of its diplomats was not legal.",
        '"This is a reckless and illegal act against our fishermen," the Philippine coast guard said.',
    ],
)
def test_a_party_judging_an_act_accuses(text: str) -> None:
    e = only(_events(text), "ACCUSE")
    assert e.rule.endswith(JUDGEMENT)
    assert e.actor and e.actor[0].text != ""
    assert not e.aux or not getattr(e.aux, "negated", False)


def test_the_speaker_accuses_whoever_did_the_act_judged() -> None:
    e = only(_events("The Russian foreign ministry said Britain's sanctions were unlawful and inhumane."), "ACCUSE")
    assert countries(e.actor) == {"RUS"}
    assert countries(e.recipient) == {"GBR"}


def test_the_act_judged_is_no_second_event() -> None:
    evs = _events("The Iranian envoy said the blockade by Israel was a violation of international law.")
    assert [e.event_type for e in evs] == ["ACCUSE"]


def test_a_threat_said_of_an_act_judges_it() -> None:
    evs = _events("The Japanese prime minister said the missile tests were a grave threat to peace.")
    assert "THREATEN" not in [e.event_type for e in evs]
    assert only(evs, "ACCUSE").actor[0].text == "The Japanese prime minister"


@pytest.mark.parametrize(
    "text",
    [
        "The attack was the deadliest in the region this year.",  # no one judges it
        "The ceasefire was fragile, the army said.",  # not a judging word
        "Ghana's president said the election was fair.",  # an approval
        "Ghana's president said the coup leaders were young officers.",  # a party, not an act
    ],
)
def test_no_judgement(text: str) -> None:
    assert not [e for e in _events(text) if JUDGEMENT in e.rule]


def test_a_wrong_a_party_says_another_did_is_an_accusation() -> None:
    e = only(_events("Seoul said Pyongyang's launch violated U.N. resolutions."), "ACCUSE")
    assert e.rule == WRONGDOING
    assert countries(e.actor) == {"KOR"}
    assert countries(e.recipient) == {"PRK"}


def test_a_wrong_told_by_its_doer_or_denied_accuses_no_one() -> None:
    assert not [e for e in _events("Russia said it had not violated the agreement.") if e.rule == WRONGDOING]
    assert not [e for e in _events("The agreement was violated on Monday.") if e.rule == WRONGDOING]


def test_a_broken_truce_stays_an_assault() -> None:
    e = only(_events("The army said the rebels had breached the ceasefire overnight."), "ASSAULT")
    assert "breach" in e.rule


def test_a_judging_word_quoted_on_an_act_accuses_its_doer() -> None:
    evs = _events('The Venezuelan foreign ministry said Guyana had imposed "illegal and cruel" tariffs on its goods.')
    e = only(evs, "ACCUSE")
    assert e.rule == QUOTED_JUDGEMENT
    assert countries(e.actor) == {"VEN"}
    assert countries(e.recipient) == {"GUY"}
    only(evs, "SANCTION")  # the act judged stays an event of its own


def test_a_quoted_judging_word_on_remarks_by_a_party() -> None:
    e = only(_events('The Malian junta said the expulsion followed "hostile" remarks by Belgian officials.'), "ACCUSE")
    assert e.rule == QUOTED_JUDGEMENT
    assert countries(e.recipient) == {"BEL"}


@pytest.mark.parametrize(
    "text",
    [
        "The Malian junta said the expulsion followed hostile remarks by Belgian officials.",  # no quotation marks
        'The ministry said Guyana had imposed "new" tariffs on its goods.',  # not a judging word
        'Mali protested over what Bamako called "hostile" remarks by Belgian officials.',  # the naming verb's
    ],
)
def test_no_quoted_judgement(text: str) -> None:
    assert not [e for e in _events(text) if e.rule == QUOTED_JUDGEMENT]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Seoul said Pyongyang's offer of joint patrols was unacceptable.", "PRK"),
        ("The rebels said the government's peace plan was a non-starter.", None),
        ("The teachers' union said the ministry's terms were unrealistic.", None),
    ],
)
def test_a_proposal_called_out_of_the_question_is_refused(text: str, recipient: str | None) -> None:
    evs = _events(text)
    e = only(evs, "REJECT")
    assert e.rule == REFUSAL and e.actor
    assert not [x for x in evs if x.event_type == "ACCUSE"]
    if recipient:
        assert recipient in countries(e.recipient)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the plan was ambitious.",
        "The envoy said the proposal was not unrealistic.",
    ],
)
def test_a_proposal_judged_otherwise_is_not_refused(text: str) -> None:
    assert not [e for e in _events(text) if e.event_type == "REJECT"]
