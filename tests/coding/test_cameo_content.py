"""CAMEO sub-codes from the content of an act (eventwire.coding.cameo_content), on sentences
written for the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from eventwire import code_text
from eventwire.coding.cameo_content import (  # noqa: PLC2701 (the rule table itself)
    _RULES_OF,
    CODES,
    SLOTS,
    _classes,
    content_slot,
    content_tokens,
    content_words,
    family_of,
    refine_code,
)
from eventwire.coding.pipeline import load_nlp
from eventwire.coding.triggers import Found
from eventwire.knowledge.lexicon import default_lexicon
from eventwire.knowledge.ontology import CAMEO_CODES, cameo_to_plover, goldstein
from tests.event_helpers import only

# The base code of each family: the code whose category every sub-code must keep.
_BASE = {"02": "020", "03": "030", "09": "090", "10": "100", "12": "120", "13": "130", "112": "112"}


def _base(family: str) -> str:
    return _BASE.get(family, family)


def test_every_code_of_the_table_exists_and_keeps_its_family_category() -> None:
    assert CODES
    for (family, slot), code in CODES.items():
        assert slot in SLOTS, (family, slot)
        assert code in CAMEO_CODES, (family, slot, code)
        assert code.startswith(family[:2]), (family, slot, code)
        assert cameo_to_plover(code)[0] == cameo_to_plover(_base(family))[0], (family, slot, code)


def test_every_rule_names_known_classes_and_a_slot_with_a_code() -> None:
    classes = _classes()
    for family, rules in _RULES_OF.items():
        for slot, needs in rules:
            assert all(name in classes for name in needs), (family, slot, needs)
            if family != "12" or slot != "backing":  # CAMEO has no code for refusing diplomatic backing
                assert (family, slot) in CODES, (family, slot)


@pytest.mark.parametrize(
    ("code", "family"),
    [("030", "03"), ("025", "02"), ("100", "10"), ("1246", "12"), ("090", "09"), ("112", "112"), ("138", "13"),
     ("143", "143"), ("111", None), ("114", None), ("140", None), ("057", None), ("190", None)],
)  # fmt: skip
def test_the_family_of_a_code(code: str, family: str | None) -> None:
    assert family_of(code) == family


@pytest.mark.parametrize(
    ("family", "words", "slot"),
    [
        ("10", {"lift", "sanction"}, "yield_sanctions"),
        ("10", {"lift", "curfew"}, "yield_administrative"),
        ("10", {"release", "prisoner"}, "yield_release"),
        ("10", {"allow", "inspector"}, "yield_access"),
        ("10", {"aid", "humanitarian"}, "aid_humanitarian"),
        ("10", {"send", "weapon"}, "aid_military"),
        ("10", {"cooperation", "intelligence"}, "cooperate_intelligence"),
        ("10", {"support", "diplomatic"}, "backing"),
        ("10", {"resignation"}, "reform_leadership"),
        ("03", {"mediate"}, "mediate"),
        ("03", {"mediation"}, "mediation"),
        ("112", {"war crime", "war", "crime"}, "war_crimes"),
        ("112", {"crime"}, "crime"),
        ("13", {"cut", "aid"}, "cut_aid"),
        ("13", {"break", "tie"}, "break_relations"),
        ("13", {"pull", "talk"}, "halt_talks"),
        ("13", {"nuclear", "weapon", "attack"}, "mass_destruction"),
        ("13", {"attack"}, "conventional_attack"),
        ("13", {"declare", "martial law", "martial", "law"}, "emergency_rule"),
        ("141", {"tax", "law"}, "reform_policy"),
        ("141", {"aid"}, None),
        ("112", {"weather"}, None),
    ],
)
def test_content_words_fill_a_slot(family: str, words: set[str], slot: str | None) -> None:
    assert content_slot(family, frozenset(words)) == slot


def _found(text: str, trigger: str, lemma: str, event: str, *, pos: str = "VERB") -> Found:
    """A found event on the word ``trigger`` of ``text``, with the lexicon's ``lemma`` entry of ``event``."""
    doc = load_nlp()(text)
    tok: Token = next(t for t in doc if t.text == trigger)
    entry = next(e for e in default_lexicon().candidates(lemma, pos) if e.event == event)
    return Found(token=tok, entry=entry, event=event, mode=entry.mode, end=tok, start_tok=tok)


def _words(f: Found) -> frozenset[str]:
    return content_words(content_tokens(f))


def test_the_content_is_the_complement_not_an_adjunct() -> None:
    text = "The president promised political reforms after the protests."
    words = _words(_found(text, "promised", "promise", "AGREE"))
    assert "reform" in words
    assert "protest" not in words


def test_a_light_verb_lends_a_nominal_trigger_its_content() -> None:
    f = _found("Teachers went on strike over a pay freeze.", "strike", "strike", "PROTEST", pos="NOUN")
    assert "pay" in _words(f)


def test_an_act_word_describing_a_noun_is_not_the_act() -> None:
    f = _found("The opposition demanded free elections.", "demanded", "demand", "REQUEST")
    assert "free" not in _words(f)
    assert content_slot("10", _words(f)) == "reform_institutions"


def test_a_sub_code_of_another_category_keeps_the_base_code() -> None:
    f = _found("The rebels promised to free the hostages.", "promised", "promise", "AGREE")
    assert refine_code(f, "030") == "0353"
    f.event = "CONCEDE"  # what a promised concession becomes: 0353 is an AGREE code
    assert refine_code(f, "030") == "030"


def test_an_act_without_content_keeps_its_code() -> None:
    f = _found("The rebels promised.", "promised", "promise", "AGREE")
    assert refine_code(f, "030") == "030"
    assert refine_code(f, None) is None


@pytest.mark.parametrize(
    ("text", "category", "code"),
    [
        # a demand that the other side give way, with nothing finer named: the demand's own code
        ("The opposition demanded that the troops leave the capital.", "REQUEST", "105"),
        # an appeal keeps the appeal codes
        ("The UN urged the government to release the detained journalists.", "REQUEST", "0253"),
        # what happened after is not what was asked for
        ("Students demanded talks after the election.", "REQUEST", "106"),
        ("The opposition demanded free elections.", "REQUEST", "1044"),
        # a party accused is not what it is accused of
        ("The minister accused the militants of smuggling weapons.", "ACCUSE", "1121"),
        # criticism and complaints take no accusation sub-code
        ("The opposition condemned the corruption in the ministry.", "ACCUSE", "111"),
    ],
)
def test_the_coder_refines_the_code(text: str, category: str, code: str) -> None:
    e = only(code_text(text, published="2024-03-01"), category)
    assert e.cameo.code == code


def test_the_context_and_goldstein_score_follow_the_refined_code() -> None:
    e = only(code_text("Activists demanded equal rights for women.", published="2024-03-01"), "REQUEST")
    assert e.cameo.code == "1043"
    assert e.cameo.goldstein == goldstein("1043")
    assert "rights_freedoms" in e.context
