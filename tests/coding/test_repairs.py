"""Parse repairs (eventwire.coding.repairs), on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire import code_text
from eventwire.coding.pipeline import parse
from eventwire.coding.repairs import repair
from tests.event_helpers import only


def _token(doc, word: str):  # noqa: ANN001, ANN202 - a spaCy Doc and Token
    return next(t for t in doc if t.text == word)


def test_a_past_verb_joined_to_a_bare_verb_moves_to_the_clause_above() -> None:
    doc = parse("Norway demanded that Chad free the reporters and expelled its ambassador.")
    assert _token(doc, "expelled").head.text == "free"  # the parser's reading
    assert repair(doc) == 1
    assert _token(doc, "expelled").head.text == "demanded"
    assert _token(doc, "and").head.text == "demanded"
    assert [s.text for s in doc.sents] == [doc.text]


@pytest.mark.parametrize(
    "text",
    [
        "Norway urged Chad to free the reporters and to reopen the border.",
        "Norway said Chad had freed the reporters and reopened the border.",
        "Norway demanded that Chad free the reporters, but Chad refused.",
    ],
)
def test_a_parse_that_is_right_is_left_alone(text: str) -> None:
    doc = parse(text)
    heads = [t.head.i for t in doc]
    repair(doc)
    assert [t.head.i for t in doc] == heads


def test_the_verb_moved_is_an_act_of_the_subject_above() -> None:
    evs = code_text(
        "The Dutch minister said that Ankara should halt the trials and accused Turkey of bullying journalists."
    )
    e = only(evs, "ACCUSE")
    assert [a.text for a in e.actor] == ["The Dutch minister"]
    assert [a.country for a in e.recipient] == ["TUR"]


def test_a_participle_taken_for_the_main_verb_gives_way_to_the_verb_after_it() -> None:
    doc = parse("Protesters waving flags rallied in Harare on Friday. Police watched.")
    assert _token(doc, "waving").dep_ == "ROOT"  # the parser's reading
    repair(doc)
    rallied = _token(doc, "rallied")
    assert rallied.dep_ == "ROOT"
    assert _token(doc, "Protesters").head == rallied
    assert _token(doc, "waving").head.text == "Protesters"
    assert [s.text for s in doc.sents] == ["Protesters waving flags rallied in Harare on Friday.", "Police watched."]


def test_a_participle_with_be_is_the_main_verb() -> None:
    doc = parse("Protesters were waving flags that police seized on Friday.")
    heads = [t.head.i for t in doc]
    repair(doc)
    assert [t.head.i for t in doc] == heads


def test_the_verb_made_main_keeps_its_own_day() -> None:
    text = "Women holding portraits of missing relatives gathered in Santiago on Sunday."
    evs = code_text(text, published="2023-05-12")
    e = only(evs, "PROTEST")
    assert e.date == "2023-05-07"


def test_a_quoted_name_the_parser_made_the_object_becomes_the_name_given() -> None:
    doc = parse('Officials watched the jets on Monday, calling the flight "intimidation" that risked a collision.')
    assert _token(doc, "intimidation").dep_ == "dobj"  # the parser's reading
    repair(doc)
    assert (_token(doc, "flight").dep_, _token(doc, "flight").head.text) == ("dobj", "calling")
    assert (_token(doc, "intimidation").dep_, _token(doc, "intimidation").head.text) == ("oprd", "calling")
    assert [t.text for t in doc if t.head.text == "flight" and t.dep_ == "det"] == ["the"]


def test_a_quoted_name_makes_the_naming_a_judgement() -> None:
    text = 'The army tracked the boats on Sunday, calling the manoeuvre "provocation" that risked an incident.'
    evs = code_text(text)
    e = only(evs, "ACCUSE")
    assert e.trigger.text == "calling"


def test_a_quoted_object_of_a_verb_that_names_nothing_is_left_alone() -> None:
    doc = parse('The agency published the annual "freedom" index on Tuesday.')
    heads = [(t.head.i, t.dep_) for t in doc]
    repair(doc)
    assert [(t.head.i, t.dep_) for t in doc] == heads


def test_a_plural_noun_read_as_the_verb_of_a_listed_subject_ends_the_list_of_objects() -> None:
    doc = parse("Canada imposed visa bans and asset freezes on three ministers on Friday.")
    assert _token(doc, "freezes").tag_ == "VBZ"  # the parser's reading: "bans and asset" freeze
    assert repair(doc) == 1
    assert (_token(doc, "bans").dep_, _token(doc, "bans").head.text) == ("dobj", "imposed")
    assert (_token(doc, "freezes").dep_, _token(doc, "freezes").head.text) == ("conj", "bans")
    assert _token(doc, "on").head.text == "imposed"
    assert [s.text for s in doc.sents] == [doc.text]


def test_a_verb_with_a_subject_of_one_is_left_a_verb() -> None:
    doc = parse("The court ruled that the new law breaks the constitution.")
    assert repair(doc) == 0


def test_who_imposes_a_list_of_penalties_is_who_accuses_in_the_clause_after_it() -> None:
    text = "The bloc imposed visa bans and asset freezes on six officers in May, accusing them of rigging the vote."
    e = only(code_text(text), "ACCUSE")
    assert [a.text for a in e.actor] == ["The bloc"]


@pytest.mark.parametrize(
    ("text", "verb", "category"),
    [
        ("Kenyan police arrest opposition leaders", "arrest", "COERCE"),
        ("Chile police fire water cannon at Santiago students defying curfew", "fire", "ASSAULT"),
    ],
)
def test_a_headline_verb_the_tagger_took_for_a_modifier_becomes_the_verb(text: str, verb: str, category: str) -> None:
    doc = parse(text)
    assert _token(doc, verb).pos_ == "NOUN"  # the tagger's reading
    assert repair(doc) == 1
    assert _token(doc, verb).dep_ == "ROOT" and _token(doc, "police").head.text == verb
    e = only(code_text(text, published="2023-01-03"), category)
    assert e.trigger.text == verb and e.actor[0].text.endswith("police") and e.recipient


def test_a_noun_phrase_with_no_party_before_the_word_is_left_alone() -> None:
    doc = parse("Ukraine peace talk hopes")
    heads = [t.head.i for t in doc]
    repair(doc)
    assert [t.head.i for t in doc] == heads


def test_as_read_as_a_preposition_becomes_the_marker_of_its_clause() -> None:
    doc = parse("Kenya deploys 2,000 troops as riots over the senator's jailing spread")
    assert _token(doc, "riots").head.text == "as"  # the parser's reading
    repair(doc)
    assert _token(doc, "riots").head.text == "spread"
    assert _token(doc, "riots").dep_ == "nsubj"
    assert _token(doc, "as").dep_ == "mark"


def test_a_headlines_riots_after_as_are_an_event_of_their_own() -> None:
    evs = code_text("Kenya deploys 2,000 troops as riots over the senator's jailing spread")
    assert only(evs, "PROTEST").trigger.text == "riots"


_RAID = "The cabinet of Ecuador resigned, hours after hooded gunmen and soldiers raided a radio station in Quito."


def test_after_read_as_a_preposition_becomes_the_marker_of_its_clause() -> None:
    doc = parse(_RAID)
    repair(doc)
    assert _token(doc, "gunmen").head.text == "raided"
    assert _token(doc, "gunmen").dep_ == "nsubj"
    assert _token(doc, "after").dep_ == "mark"


def test_the_raid_hours_after_which_a_cabinet_quit_is_an_event_of_its_own() -> None:
    evs = code_text(_RAID)
    raid = only(evs, "ASSAULT")
    assert raid.trigger.text == "raided"
    assert "hooded gunmen" in [a.text for a in raid.actor]


def test_after_before_a_noun_phrase_with_no_verb_stays_a_preposition() -> None:
    doc = parse("Quito closed its embassy in Lima days after the talks with Chile in April.")
    heads = [t.head.i for t in doc]
    repair(doc)
    assert [t.head.i for t in doc] == heads


def test_as_before_a_noun_with_no_verb_after_it_stays_a_preposition() -> None:
    doc = parse("Kenya deployed 2,000 troops as reinforcements on Monday.")
    heads = [t.head.i for t in doc]
    repair(doc)
    assert [t.head.i for t in doc] == heads


def test_the_candidates_of_a_pass_are_the_tokens_with_its_labels() -> None:
    from spacy.parts_of_speech import VERB

    from eventwire.coding.repairs import _CCOMP, _VBZ, _candidates

    doc = parse("The bloc said it imposed visa bans and asset freezes on six officers, and Chad protested.")
    assert _candidates(doc, None, _VBZ, _CCOMP) == [t.i for t in doc if t.tag_ == "VBZ" and t.dep_ == "ccomp"]
    assert _candidates(doc, frozenset({VERB}), None, None) == [t.i for t in doc if t.pos_ == "VERB"]
    assert _candidates(doc, None, None, None) == list(range(len(doc)))


def test_a_doc_with_nothing_to_repair_is_left_as_it_was() -> None:
    doc = parse("Troops withdrew from the town on Monday. Residents returned home.")
    before = [(t.head.i, t.dep_, t.tag_, t.pos_) for t in doc]
    assert repair(doc) == 0
    assert [(t.head.i, t.dep_, t.tag_, t.pos_) for t in doc] == before


def test_a_verb_read_as_an_adverb_in_a_verbless_sentence_becomes_its_verb() -> None:
    doc = parse("Peru and Chile back the Bolivian plan.")
    assert _token(doc, "back").pos_ == "ADV"  # the parser's reading
    assert repair(doc) == 1
    back = _token(doc, "back")
    assert back.dep_ == "ROOT" and back.pos_ == "VERB"
    assert _token(doc, "Peru").head.i == back.i and _token(doc, "plan").dep_ == "dobj"
    e = only(code_text("Peru and Chile back the Bolivian plan."), "SUPPORT")
    assert [a.country for a in e.actor] == ["PER", "CHL"]


@pytest.mark.parametrize("text", ["Peru sent the envoy back to Chile.", "Chile and Peru back at the table."])
def test_an_adverb_with_a_verb_beside_it_or_no_object_after_it_stays_an_adverb(text: str) -> None:
    doc = parse(text)
    assert repair(doc) == 0
    assert _token(doc, "back").pos_ == "ADV"


def test_a_by_phrase_read_as_an_active_verbs_agent_goes_to_the_noun_before_it() -> None:
    doc = parse("The two neighbours restored diplomatic ties in June after mediation by Norway.")
    repair(doc)
    assert _token(doc, "by").head.text == "mediation"
    evs = code_text("The two neighbours restored diplomatic ties in June after mediation by Norway.")
    assert [a.country for a in only(evs, "CONSULT").actor] == ["NOR"]
    assert all(a.country != "NOR" for a in only(evs, "SUPPORT").actor)


@pytest.mark.parametrize(
    "text", ["Diplomatic ties were restored in June by the Norwegian envoy.", "The truce was brokered by Egypt."]
)
def test_a_passive_verbs_agent_is_left_alone(text: str) -> None:
    doc = parse(text)
    repair(doc)
    assert _token(doc, "by").dep_ == "agent"


def test_following_read_as_a_participle_before_its_noun_is_a_preposition() -> None:
    text = (
        "Chad lifted the curfew in the capital a week early following a telephone call"
        " between President Deby and President Burhan."
    )
    doc = parse(text)
    repair(doc)
    assert _token(doc, "following").dep_ == "prep"
    assert _token(doc, "call").dep_ == "pobj"


def test_following_with_a_subject_of_its_own_is_left_a_verb() -> None:
    doc = parse("Reporters said police were following the convoy closely.")
    repair(doc)
    assert _token(doc, "following").pos_ == "VERB"


def test_a_bare_verb_read_as_past_shares_the_modal_of_its_partner() -> None:
    text = "Portugal's defence ministry said the two navies would pool sonar data and set up joint patrols off Faro."
    doc = parse(text)
    assert _token(doc, "set").tag_ == "VBD"  # the tagger's reading
    repair(doc)
    assert _token(doc, "set").tag_ == "VB"
    assert only(code_text(text, published="2024-05-01"), "AGREE").trigger.text == "joint patrols"


def test_a_past_verb_with_a_subject_of_its_own_keeps_its_tense() -> None:
    doc = parse("The envoys would meet on Monday, and the rebels set fire to the depot.")
    repair(doc)
    assert _token(doc, "set").tag_ == "VBD"


def test_tokens_are_chosen_by_their_labels_as_numpy_isin_chooses_them() -> None:
    import numpy
    from spacy.attrs import DEP, POS, TAG

    from eventwire.coding import repairs

    doc = parse("Gunmen torched two lorries and the drivers fled into the hills, residents said.")
    cols = doc.to_array([POS, TAG, DEP])
    for k in range(3):
        labels = frozenset(int(x) for x in cols[::3, k])
        assert repairs._among(cols[:, k], labels).tolist() == numpy.isin(cols[:, k], sorted(labels)).tolist()
    assert repairs._among(cols[:, 0], frozenset()).tolist() == [False] * len(doc)


def test_a_name_read_as_an_adverbial_noun_is_the_subject() -> None:
    doc = parse("Peru reinforced troops along its border with Ecuador on Monday.")
    assert _token(doc, "Peru").dep_ == "npadvmod"  # the parser's reading
    assert repair(doc) == 1
    assert _token(doc, "Peru").dep_ == "nsubj"
    e = only(code_text("Peru reinforced troops along its border with Ecuador on Monday."), "MOBILIZE")
    assert [a.country for a in e.actor] == ["PER"]


def test_a_day_read_as_an_adverbial_noun_is_left_alone() -> None:
    doc = parse("Monday brought fresh clashes in the capital.")
    labels = [t.dep_ for t in doc]
    repair(doc)
    assert [t.dep_ for t in doc] == labels


def test_the_speakers_after_a_comma_are_the_subject_not_a_conjunct_of_the_victims() -> None:
    text = "Troops shot dead at least 9 people at a rally against the junta in Mandalay, witnesses and medics said."
    doc = parse(text)
    assert _token(doc, "people").dep_ == "nsubj"  # the parser's reading: the victims speak
    repair(doc)
    said = _token(doc, "said")
    assert (_token(doc, "witnesses").dep_, _token(doc, "witnesses").head.i) == ("nsubj", said.i)
    assert (_token(doc, "people").dep_, _token(doc, "people").head.text) == ("dobj", "shot")
    e = only(code_text(text, published="2024-03-10"), "ASSAULT")
    assert [a.text for a in e.actor] == ["Troops"]
    assert "Troops" not in [a.text for a in e.recipient]


def test_a_subject_of_its_own_after_the_comma_is_left_alone() -> None:
    doc = parse("Police shot dead a man at a checkpoint in Srinagar on Friday, his family and neighbours said.")
    heads = [(t.head.i, t.dep_) for t in doc]
    repair(doc)
    assert [(t.head.i, t.dep_) for t in doc] == heads


@pytest.mark.parametrize(
    "text",
    [
        "Lima's navy closed two ports to fishing boats on Friday and reinforced troops along the border.",
        "Chile's army shut the pass on Monday and reinforced patrols near the border with Bolivia.",
    ],
)
def test_a_past_verb_after_and_read_as_a_modifier_is_the_verb(text: str) -> None:
    doc = parse(text)
    assert _token(doc, "reinforced").dep_ == "amod"  # the parser's reading
    repair(doc)
    verb = _token(doc, "reinforced")
    assert (verb.dep_, verb.pos_) == ("conj", "VERB")
    assert next(t for t in doc if t.head.i == verb.i and t.dep_ == "dobj").text in ("troops", "patrols")
    assert only(code_text(text, published="2024-03-10"), "MOBILIZE").trigger.text == "reinforced"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Chile scrambled fighter jets after two Argentine planes entered its airspace.", "Chile"),
        ("Chile scrambled jets, dispatched two frigates toward the strait and raised its alert level.", "Chile"),
        ("The ministry said Chile had scrambled fighter jets on Sunday.", "Chile"),
    ],
)
def test_a_past_verb_read_as_a_modifier_after_its_subject_is_the_verb(text: str, actor: str) -> None:
    doc = parse(text)
    assert _token(doc, "scrambled").dep_ == "amod"  # the parser's reading
    repair(doc)
    assert _token(doc, "scrambled").pos_ == "VERB"
    assert _token(doc, "Chile").head.text == "scrambled"
    e = only(code_text(text, published="2024-03-10"), "MOBILIZE")
    assert e.trigger.text == "scrambled" and [a.text for a in e.actor] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "The country had armed forces of about 20,000 men in 1990.",
        "Police detained the organisers and wounded protesters were taken to hospital.",
        "Peru's navy said it had deployed patrol boats to the bay.",
    ],
)
def test_a_modifier_that_is_one_is_left_alone(text: str) -> None:
    doc = parse(text)
    heads = [(t.head.i, t.dep_) for t in doc]
    repair(doc)
    assert [(t.head.i, t.dep_) for t in doc] == heads


def test_a_past_verb_after_a_list_with_its_time_is_the_next_verb() -> None:
    text = (
        "Ecuador's navy closed four ports with Peru to trawlers and ferries on Monday"
        " and reinforced patrols along the coast."
    )
    doc = parse(text)
    assert _token(doc, "patrols").head.text == "trawlers"  # the parser's reading: a third noun of the list
    repair(doc)
    assert (_token(doc, "reinforced").dep_, _token(doc, "reinforced").head.text) == ("conj", "closed")
    assert (doc[_token(doc, "reinforced").i - 1].head.text, _token(doc, "patrols").dep_) == ("closed", "dobj")
    e = only(code_text(text, published="2024-03-10"), "MOBILIZE")
    assert [a.text for a in e.actor] == ["Ecuador's navy"]


def test_a_list_with_no_time_before_and_keeps_its_modifier() -> None:
    doc = parse("Police arrested the organisers and injured protesters in the square on Sunday.")
    heads = [(t.head.i, t.dep_) for t in doc]
    repair(doc)
    assert [(t.head.i, t.dep_) for t in doc] == heads


def test_a_result_read_as_the_objects_modifier_belongs_to_the_verb() -> None:
    doc = parse("Rebels set free two aid workers after a week in captivity.")
    assert _token(doc, "free").head.text == "workers"  # the parser's reading
    repair(doc)
    assert (_token(doc, "free").dep_, _token(doc, "free").head.text) == ("oprd", "set")
    e = only(code_text("Rebels set free two aid workers after a week in captivity."), "RETREAT")
    assert e.trigger.text == "set free" and [a.text for a in e.recipient] == ["two aid workers"]


def test_the_victims_of_a_shooting_are_not_dead_victims() -> None:
    e = only(code_text("Gunmen shot dead six villagers at a wedding in Zamfara state on Sunday."), "ASSAULT")
    assert [a.text for a in e.recipient] == ["six villagers"]


def test_an_adjective_of_the_object_that_is_no_result_is_left_alone() -> None:
    doc = parse("The ministry released free copies of the report on Monday.")
    heads = [(t.head.i, t.dep_) for t in doc]
    repair(doc)
    assert [(t.head.i, t.dep_) for t in doc] == heads


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Madrid sanctions Venezuelan officials over crackdown", "Venezuelan officials"),
    ],
)
def test_a_headline_verb_read_as_a_plural_noun_with_an_object_is_the_verb(text: str, recipient: str) -> None:
    doc = parse(text)
    assert _token(doc, "sanctions").tag_ == "NNS"  # the tagger's reading
    repair(doc)
    assert (_token(doc, "sanctions").pos_, _token(doc, "sanctions").tag_) == ("VERB", "VBZ")
    e = only(code_text(text, published="2024-03-10"), "SANCTION")
    assert [a.text for a in e.recipient] == [recipient]


def test_a_plural_noun_with_no_object_stays_a_noun() -> None:
    doc = parse("U.S. sanctions on Iran tighten")
    before = [(t.head.i, t.dep_, t.tag_) for t in doc]
    repair(doc)
    assert [(t.head.i, t.dep_, t.tag_) for t in doc] == before


def _relative_with_adverb(text: str, word: str):  # noqa: ANN202 - a spaCy Doc and Token
    """The parse of ``text`` with ``word`` read as an adverb, as the tagger sometimes reads
    "back" in a relative clause, and the phrase after it as a measure."""
    doc = parse(text)
    tok = _token(doc, word)
    tok.tag_, tok.pos_ = "RB", "ADV"
    for c in tok.children:
        if c.dep_ == "dobj":
            c.dep_ = "npadvmod"
    return doc, tok


def test_an_adverb_heading_a_relative_clause_with_a_subject_is_its_verb() -> None:
    doc, back = _relative_with_adverb(
        "The tribesmen, who back western commander Salem Idris, had shut two oil fields since June.", "back"
    )
    assert repair(doc) == 1
    assert back.pos_ == "VERB" and back.tag_ == "VBP"
    assert [(c.text, c.dep_) for c in back.children if c.i > back.i] == [("Idris", "dobj")]


def test_an_adverb_in_a_relative_clause_with_no_phrase_after_it_stays_an_adverb() -> None:
    doc = parse("The tribesmen, who came back, had shut two oil fields since June.")
    back = _token(doc, "back")
    tag = back.tag_
    repair(doc)
    assert back.tag_ == tag


def test_a_plural_noun_read_as_a_verb_after_the_object_heads_the_object() -> None:
    doc = parse("Norway imposed asset freezes on four Sudanese generals on Friday.")
    assert _token(doc, "freezes").tag_ == "VBZ"  # the parser's reading: "freezes" a verb of its own
    assert repair(doc) == 1
    freezes = _token(doc, "freezes")
    assert (freezes.dep_, freezes.head.text, _token(doc, "asset").head.text) == ("dobj", "imposed", "freezes")
    e = only(code_text("Norway imposed asset freezes on four Sudanese generals on Friday."), "SANCTION")
    assert {a.country for a in e.recipient} == {"SDN"}


def test_a_verb_after_a_subject_noun_under_a_reporting_verb_stays_a_verb() -> None:
    doc = parse("Officials said violence erupts whenever the army enters the town.")
    heads = [t.head.i for t in doc]
    repair(doc)
    assert [t.head.i for t in doc] == heads
    assert _token(doc, "erupts").pos_ == "VERB"


@pytest.mark.parametrize(
    ("text", "category", "recipient"),
    [
        ("Travel Bans Imposed On Six Generals By Brussels", "SANCTION", "Six Generals"),
        ("travel bans imposed on six generals by Brussels", "SANCTION", "six generals"),
    ],
)
def test_a_headline_passive_read_as_a_noun_phrase_is_the_verb(text: str, category: str, recipient: str) -> None:
    doc = parse(text)
    imposed, bans = _token(doc, "imposed"), _token(doc, "bans")
    assert (imposed.dep_, bans.dep_) == ("acl", "ROOT")  # the parser's reading: a noun phrase
    assert repair(doc) == 1
    assert (imposed.dep_, bans.dep_, bans.head.text) == ("ROOT", "nsubjpass", "imposed")
    e = only(code_text(text, published="2024-03-10"), category)
    assert [a.text for a in e.recipient] == [recipient]


def test_a_headline_concession_made_by_a_party_is_coded() -> None:
    e = only(code_text("Concessions Made By Dockworkers After Marathon Talks", published="2024-03-10"), "CONCEDE")
    assert [a.text for a in e.actor] == ["Dockworkers"]


@pytest.mark.parametrize(
    "text",
    [
        "Report On Sanctions Imposed By Brussels",
        "The travel bans imposed on six generals were lifted on Monday.",
        "Travel bans imposed on six generals by Brussels will stay until June.",
        "Travel bans imposed on six generals by Brussels.",  # a full stop: a line of the body
    ],
)
def test_a_participle_in_a_noun_phrase_that_is_no_headline_passive_is_left_alone(text: str) -> None:
    doc = parse(text)
    heads = [(t.head.i, t.dep_) for t in doc]
    repair(doc)
    assert [(t.head.i, t.dep_) for t in doc] == heads


# ----------------------------------------------------------------- label columns read once per change
_REPAIRED = [
    "Lindmark demanded that Osvia release the fishermen and recalled its envoy.",
    "Police block convoy of striking truckers near Varno",
    "Rebels seized two towns, some of them torched, the ministry in Kesh said.",
    "Dockworkers walk out over pay as port of Sallen stands idle",
]


def _labels(doc) -> list[tuple[int, str, str, str]]:  # noqa: ANN001 - a spaCy Doc
    return [(t.head.i, t.dep_, t.pos_, t.tag_) for t in doc]


@pytest.mark.parametrize("text", _REPAIRED)
def test_repairs_with_columns_kept_match_columns_read_every_pass(text: str, monkeypatch) -> None:  # noqa: ANN001
    from eventwire.coding import repairs

    kept = parse(text)
    repair(kept)
    fresh = parse(text)
    monkeypatch.setattr(repairs, "_columns", lambda doc: doc.to_array([repairs.POS, repairs.TAG, repairs.DEP]))
    repair(fresh)
    assert _labels(kept) == _labels(fresh)


def test_label_columns_are_read_again_after_a_change() -> None:
    from eventwire.coding.repairs import _VBN, _candidates, _changed, _columns

    doc = parse("Farmers in Velden blocked the highway with tractors.")
    cols = _columns(doc)
    assert _columns(doc) is cols  # kept while nothing changes
    blocked = _token(doc, "blocked")
    assert blocked.tag_ == "VBD"
    blocked.tag_ = "VBN"
    _changed()
    assert blocked.i in _candidates(doc, None, _VBN, None)
    _changed()


def test_repair_keeps_no_doc_afterwards() -> None:
    from eventwire.coding import repairs

    repair(parse("Farmers in Velden blocked the highway with tractors."))
    assert repairs._COLUMNS == [None, None]


def test_a_reported_act_read_as_a_participle_on_the_speakers_subject_becomes_the_reported_verb() -> None:
    text = "Russian missile strikes killed at least 14 villagers near Izium overnight, officials said on Sunday."
    doc = parse(text)
    killed = _token(doc, "killed")
    assert killed.dep_ == "acl"  # the parser's reading: "strikes" a second subject of "said"
    repair(doc)
    assert (killed.dep_, killed.head.text, _token(doc, "strikes").head.text) == ("ccomp", "said", "killed")
    e = only(code_text(text, published="2024-05-12"), "ASSAULT")
    assert [m.text for m in e.recipient] == ["at least 14 villagers"]


def test_a_participle_on_a_subject_with_no_second_subject_is_left_alone() -> None:
    doc = parse("Prisoners granted amnesty by the new government walked free on Friday.")
    granted = _token(doc, "granted")
    before = (granted.dep_, granted.head.i)
    repair(doc)
    assert (granted.dep_, granted.head.i) == before
