"""Whole-record scoring (eventwire.evaluation.records) on articles and outputs written for the test."""

from __future__ import annotations

from typing import Any

from eventwire.evaluation.corpus import AUX_FLAGS, validate_article
from eventwire.evaluation.records import judge_article, party_right, report
from eventwire.record import Actor, Aux, Cameo, Event, Place, TextSpan

TEXT = (
    "Rebels shell Dara market\n\n"
    "Rebels shelled a market in Dara on Sunday, killing four people, the army said.\n\n"
    "The government later accused the rebels of breaking the truce.\n"
)


def _span(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    pos = -1
    for _ in range(nth):
        pos = TEXT.index(needle, pos + 1)
    return pos, pos + len(needle)


def _party(needle: str, country: str | None, sector: str | None, nth: int = 1) -> dict[str, Any]:
    s, e = _span(TEXT, needle, nth)
    return {"text": needle, "start": s, "end": e, "country": country, "sector": sector, "kb_id": None, "name": None}


def _sent(needle: str) -> dict[str, int]:
    s, e = _span(TEXT, needle)
    return {"start": s, "end": e}


def _gold(
    eid: str, cat: str, sentence: str, trigger: str, actor, recipient, *, restates=None, aux=(), date="2020-03-01"
):
    s, e = _span(TEXT, trigger)
    return {
        "id": eid,
        "category": cat,
        "mode": None,
        "context": [],
        "trigger": {"text": trigger, "start": s, "end": e},
        "sentence": _sent(sentence),
        "actor": actor,
        "recipient": recipient,
        "date": date,
        "date_precision": "day",
        "location": {"name": "Dara", "country": "SYR"},
        "aux": {f: f in aux for f in AUX_FLAGS},
        "restates": restates,
        "speaker": None,
        "note": None,
    }


ARTICLE = {
    "id": "t1",
    "split": "dev",
    "published": "2020-03-02",
    "text": TEXT,
    "no_event_sentences": [],
    "events": [
        _gold("e1", "ASSAULT", "Rebels shell Dara market", "shell", [_party("Rebels", "SYR", "REB")], []),
        _gold(
            "e2",
            "ASSAULT",
            "Rebels shelled a market",
            "shelled",
            [_party("Rebels", "SYR", "REB", 2)],
            [],
            restates="e1",
        ),
        _gold(
            "e3",
            "ACCUSE",
            "The government later accused the rebels of breaking the truce.",
            "accused",
            [_party("The government", "SYR", "GOV")],
            [_party("the rebels", "SYR", "REB")],
        ),
    ],
}


def _actor(needle: str, country: str | None, sector: str | None, nth: int = 1) -> Actor:
    s, e = _span(TEXT, needle, nth)
    return Actor(text=needle, start=s, end=e, country=country, sector=sector)


def _event(
    cat: str,
    trigger: str,
    sentence: str,
    actor: list[Actor],
    recipient: list[Actor],
    *,
    country: str = "SYR",
    date: str | None = "2020-03-01",
    aux: Aux | None = None,
) -> Event:
    ts, te = _span(TEXT, trigger)
    ss, se = _span(TEXT, sentence)
    loc = Place(name="x", country=country, lat=None, lon=None, precision="country")
    return Event(
        event_type=cat,
        mode=None,
        context=[],
        actor=actor,
        recipient=recipient,
        trigger=TextSpan(trigger, ts, te),
        sentence=TextSpan(sentence, ss, se),
        cameo=Cameo(None, None, 4),
        plover_score=None,
        date=date,
        date_precision="day",
        location=loc,
        aux=aux or Aux(),
    )


def test_the_test_article_is_a_valid_corpus_record() -> None:
    validate_article(ARTICLE)


def test_a_perfect_output_is_right_in_every_field_and_restatements_do_not_count_twice_for_recall() -> None:
    outs = [
        _event("ASSAULT", "shelled", "Rebels shelled a market", [_actor("Rebels", "SYR", "REB", 2)], []),
        _event(
            "ACCUSE",
            "accused",
            "The government later accused the rebels of breaking the truce.",
            [_actor("The government", "SYR", "GOV")],
            [_actor("the rebels", "SYR", "REB")],
        ),
    ]
    rep, judged = report("dev", [ARTICLE], {"t1": outs}, {"t1": outs})
    assert [j.fields["all"] for j in judged] == [True, True]
    assert rep.happenings == 2 and rep.recall["all"] == 1.0 and rep.precision["all"] == 1.0
    assert rep.duplicate_share == 0.0


def test_telling_one_happening_twice_is_a_duplicate() -> None:
    outs = [
        _event("ASSAULT", "shell", "Rebels shell Dara market", [_actor("Rebels", "SYR", "REB")], []),
        _event("ASSAULT", "shelled", "Rebels shelled a market", [_actor("Rebels", "SYR", "REB", 2)], []),
    ]
    judged = judge_article(ARTICLE, outs)
    assert [j.duplicate for j in judged] == [False, True]


def test_a_wrong_actor_place_or_date_makes_the_record_wrong_but_keeps_the_category() -> None:
    wrong_actor = _event(
        "ACCUSE",
        "accused",
        "The government later accused the rebels of breaking the truce.",
        [_actor("the rebels", "SYR", "REB")],
        [],
    )
    wrong_place = _event(
        "ASSAULT", "shelled", "Rebels shelled a market", [_actor("Rebels", "SYR", "REB", 2)], [], country="USA"
    )
    wrong_date = _event(
        "ASSAULT", "shelled", "Rebels shelled a market", [_actor("Rebels", "SYR", "REB", 2)], [], date="2020-03-02"
    )
    for ev, field in ((wrong_actor, "actor"), (wrong_place, "location"), (wrong_date, "date")):
        (j,) = judge_article(ARTICLE, [ev])
        assert j.fields["category"] and not j.fields[field] and not j.fields["all"], field


def test_an_output_in_a_sentence_without_gold_is_unaligned_and_wrong() -> None:
    outs = [_event("PROTEST", "market", "Rebels shell Dara market", [], [])]
    outs[0].trigger = TextSpan("Dara", *_span(TEXT, "Dara"))
    (j,) = judge_article({**ARTICLE, "events": ARTICLE["events"][2:]}, outs)
    assert j.gold is None and not j.fields["all"]


def test_factuality_must_agree() -> None:
    art = {
        **ARTICLE,
        "events": [
            _gold(
                "e1",
                "ACCUSE",
                "The government later accused the rebels of breaking the truce.",
                "accused",
                [_party("The government", "SYR", "GOV")],
                [_party("the rebels", "SYR", "REB")],
                aux=("alleged",),
            )
        ],
    }
    ev = _event(
        "ACCUSE",
        "accused",
        "The government later accused the rebels of breaking the truce.",
        [_actor("The government", "SYR", "GOV")],
        [_actor("the rebels", "SYR", "REB")],
    )
    (j,) = judge_article(art, [ev])
    assert j.fields["category"] and not j.fields["factuality"] and not j.fields["all"]


def test_parties_match_by_span_or_identity_and_no_gold_party_accepts_only_unresolved_output() -> None:
    gold = [_party("Rebels", "SYR", "REB")]
    assert party_right([_actor("Rebels", None, None)], gold)
    assert party_right([_actor("the rebels", "SYR", "REB")], gold)  # same country and sector
    assert not party_right([_actor("The government", "SYR", "GOV")], gold)
    assert not party_right([_actor("Rebels", "SYR", "REB"), _actor("The government", "SYR", "GOV")], gold)
    assert party_right([], []) and party_right([_actor("Rebels", None, None)], [])
    assert not party_right([_actor("Rebels", "SYR", "REB")], [])


def test_a_field_counts_for_precision_only_on_an_output_of_the_right_category() -> None:
    # the right actor on a wrong category is no right actor, as recall already counts it
    wrong_category = _event(
        "REJECT",
        "accused",
        "The government later accused the rebels of breaking the truce.",
        [_actor("The government", "SYR", "GOV")],
        [_actor("the rebels", "SYR", "REB")],
    )
    rep, judged = report("dev", [ARTICLE], {"t1": [wrong_category]}, {"t1": [wrong_category]})
    assert judged[0].fields["actor"] and not judged[0].fields["category"]
    assert rep.precision["actor"] == 0.0 and rep.recall["actor"] == 0.0
