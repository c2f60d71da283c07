"""Trigger matching (eventwire.coding.triggers) on parses built by hand, so that a test does not
depend on how the tagger reads a sentence."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire import code_text
from eventwire.coding.triggers import match_triggers
from eventwire.knowledge.lexicon import default_lexicon
from tests.event_helpers import countries, only


def _doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A parse from (word, lemma, pos, dep, head index) rows."""
    nlp = spacy.blank("en")
    words, lemmas, pos, deps, heads = (list(x) for x in zip(*rows))
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads)


def test_a_word_tagged_as_a_noun_that_takes_an_object_is_matched_as_the_verb() -> None:
    # a headline's verb the tagger called a noun: "Rebels detain(NOUN) crew"
    doc = _doc(
        [
            ("Rebels", "rebel", "NOUN", "nsubj", 1),
            ("detain", "detain", "NOUN", "ROOT", 1),
            ("crew", "crew", "NOUN", "dobj", 1),
        ]
    )
    hits = match_triggers(doc[:], default_lexicon())
    assert [(t.text, e.pos, e.event) for t, e, _ in hits] == [("detain", "VERB", "COERCE")]


def test_a_noun_without_a_clause_of_its_own_is_not_read_as_a_verb() -> None:
    doc = _doc(
        [
            ("The", "the", "DET", "det", 1),
            ("detain", "detain", "NOUN", "nsubj", 2),
            ("ended", "end", "VERB", "ROOT", 2),
        ]
    )
    assert match_triggers(doc[:], default_lexicon()) == []


def test_the_noun_after_a_particle_and_of_is_the_noun_the_entry_asks_for() -> None:
    # "pulled out of the talks" breaks off talks; "pulled out of the town" is a retreat
    def parse(place: str) -> Doc:
        return _doc(
            [
                ("Rebels", "rebel", "NOUN", "nsubj", 1),
                ("pulled", "pull", "VERB", "ROOT", 1),
                ("out", "out", "ADP", "prep", 1),
                ("of", "of", "ADP", "prep", 2),
                ("the", "the", "DET", "det", 5),
                (place, place.rstrip("s"), "NOUN", "pobj", 3),
            ]
        )

    talks = match_triggers(parse("talks")[:], default_lexicon())
    town = match_triggers(parse("town")[:], default_lexicon())
    assert [(e.event, e.cameo, end.text) for t, e, end in talks if t.text == "pulled"] == [("SANCTION", "164", "talks")]
    assert [(e.event, e.cameo) for t, e, _ in town if t.text == "pulled"] == [("RETREAT", "0874")]




def test_a_word_tagged_as_an_adverb_with_a_subject_and_an_object_is_read_as_the_verb() -> None:
    def parse(obj_dep: str) -> Doc:
        return _doc(
            [
                ("Qatar", "Qatar", "PROPN", "nsubj", 1),
                ("back", "back", "ADV", "ROOT", 1),
                ("Tripoli", "Tripoli", "PROPN", obj_dep, 1),
            ]
        )

    hits = match_triggers(parse("dobj")[:], default_lexicon())
    assert [(t.text, e.event) for t, e, _ in hits] == [("back", "SUPPORT")]
    assert match_triggers(parse("npadvmod")[:], default_lexicon()) == []


def test_a_past_participle_on_the_object_says_what_kind_of_thing_it_is() -> None:
    # "handed abducted miners to ...": people taken by force are captives, whatever noun names them
    doc = _doc(
        [
            ("Gunmen", "gunman", "NOUN", "nsubj", 1),
            ("handed", "hand", "VERB", "ROOT", 1),
            ("abducted", "abduct", "VERB", "amod", 3),
            ("miners", "miner", "NOUN", "dobj", 1),
        ]
    )
    doc[2].tag_ = "VBN"
    hits = match_triggers(doc[:], default_lexicon())
    assert [(t.text, e.event, e.mode) for t, e, _ in hits] == [("handed", "RETREAT", "release")]


def test_handing_over_people_not_held_captive_is_no_release() -> None:
    doc = _doc(
        [
            ("Police", "police", "NOUN", "nsubj", 1),
            ("handed", "hand", "VERB", "ROOT", 1),
            ("tired", "tired", "ADJ", "amod", 3),
            ("miners", "miner", "NOUN", "dobj", 1),
        ]
    )
    assert not [e for _, e, _ in match_triggers(doc[:], default_lexicon()) if e.event == "RETREAT"]


def test_the_party_let_in_is_the_object_of_the_letting_verb() -> None:
    # the parser makes "aid agencies" the subject of "to resume"; it is whom the junta let act
    e = only(code_text("The junta allowed aid agencies to resume food drops in the north."), "RETREAT")
    assert e.mode == "access"
    evs = code_text("The court allowed the opposition to register its candidates.")
    assert "RETREAT" not in [x.event_type for x in evs]


def test_a_state_that_protests_complains_and_a_crowd_that_protests_demonstrates() -> None:
    """A government's protest is a formal complaint (PLOVER ACCUSE disapprove); a crowd's stays
    a demonstration."""
    e = only(
        code_text("Chile's foreign minister protested against the presence of Argentine warships in the strait."),
        "ACCUSE",
    )
    assert e.mode == "disapprove"
    only(code_text("Hundreds of students protested outside the ministry in Santiago on Friday."), "PROTEST")


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("The ministry said it remained committed to a negotiated end to the dispute.", "AGREE", "committed to"),
        ("The cabinet said it was open to talks with the unions.", "AGREE", "open to talks"),
        ("Norway stayed in touch with the rebels throughout the year.", "CONSULT", "touch"),
        ("Qatar had been in contact with the two factions for weeks.", "CONSULT", "contact"),
        ("The rebels held fire on Sunday.", "RETREAT", "held"),
        ("The fugitive mayor handed himself in at a Lima station on Friday.", "RETREAT", "handed himself in"),
        ("The suspect turned himself in to police in Lima.", "RETREAT", "turned himself in"),
        ("The Peruvian foreign minister flew into La Paz on Tuesday.", "CONSULT", "flew into"),
    ],
)
def test_standing_cooperation_and_its_states_are_coded(sentence: str, category: str, trigger: str) -> None:
    e = only(code_text(sentence), category)
    assert e.trigger.text == trigger


@pytest.mark.parametrize(
    "sentence",
    ["The shop was open to customers on Sunday.", "The police held the suspect for two days."],
)
def test_open_and_hold_without_talks_or_fire_are_no_cooperation(sentence: str) -> None:
    assert not [e for e in code_text(sentence) if e.event_type in ("AGREE", "RETREAT")]


def test_resuming_trade_of_any_kind_is_cooperation() -> None:
    e = only(code_text("Bolivia resumed gas deliveries to Argentina on Monday."), "COOPERATE")
    assert [a.country for a in e.recipient] == ["ARG"]


def test_resuming_an_offensive_is_no_cooperation() -> None:
    assert not [e for e in code_text("The army resumed its offensive.") if e.event_type == "COOPERATE"]


def test_helping_another_side_with_work_both_do_is_cooperation() -> None:
    evs = code_text("Belgian police assisted their Dutch colleagues with raids across the border.")
    e = only(evs, "COOPERATE")
    assert [a.country for a in e.recipient] == ["NLD"]
    assert not [x for x in evs if x.event_type == "AID"]


def test_helping_with_goods_or_with_nothing_named_stays_aid() -> None:
    assert only(code_text("The charity helped the villagers with food and blankets."), "AID")
    assert only(code_text("Belgian police assisted their Dutch colleagues."), "AID")


def test_police_tearing_down_barricades_repress_and_an_army_removing_its_own_withdraws() -> None:
    evs = code_text("Police in Lagos dismantled the roadblocks on Friday.")
    assert only(evs, "COERCE") and not [e for e in evs if e.event_type == "RETREAT"]
    assert only(code_text("The army dismantled its roadblocks around the city."), "RETREAT").mode == "withdraw"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of the Tarvo militia had occupied their houses near the river, villagers said.",
        "Soldiers occupied the farm of an opposition senator outside Nakuru.",
    ],
)
def test_occupying_homes_or_land_of_others_seizes_them(text: str) -> None:
    e = only(code_text(text, published="2022-01-01"), "COERCE")
    assert e.mode == "seize"


def test_a_crowd_occupying_an_office_protests_not_seizes() -> None:
    events = code_text("Students occupied the offices of the university rector in Porto.", published="2022-01-01")
    assert only(events, "PROTEST").mode == "obstruct"
    assert not [e for e in events if e.event_type == "COERCE"]


def test_occupying_a_stronghold_is_not_a_seizure_of_property() -> None:
    events = code_text("Government troops occupied the rebel stronghold of Varno.", published="2022-01-01")
    assert not [e for e in events if e.event_type == "COERCE"]


def test_protection_granted_to_people_is_asylum() -> None:
    e = next(e for e in code_text("Brazil granted temporary protection to 300 Haitian migrants on Monday.")
             if e.event_type == "AID")
    assert e.cameo.code == "075" and {a.country for a in e.recipient} == {"HTI"}


def test_a_licence_granted_is_no_asylum() -> None:
    evs = code_text("Brazil granted the mining firm a new licence on Monday.")
    assert not [e for e in evs if e.event_type == "AID" and e.cameo.code == "075"]


def test_military_training_with_another_partys_forces_is_cooperation() -> None:
    text = "About 60 Kenyan soldiers began two weeks of jungle training with Ugandan troops near Gulu on Monday."
    e = only(code_text(text), "COOPERATE")
    assert e.cameo.code == "062" and {a.country for a in e.recipient} == {"UGA"}


def test_training_with_people_who_bear_no_arms_is_no_cooperation() -> None:
    evs = code_text("The ministry said the training with local teachers would start in May.")
    assert not [e for e in evs if e.event_type == "COOPERATE"]


def test_a_party_recognised_as_a_leader_is_recognition() -> None:
    e = only(code_text("Vanuatu recognised Juan Guaido as interim president of Venezuela."), "SUPPORT")
    assert e.cameo.code == "054" and {a.country for a in e.actor} == {"VUT"}


def test_a_thing_recognised_as_something_is_no_recognition() -> None:
    assert not [e for e in code_text("The court recognised the document as genuine.") if e.event_type == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen set two grain silos ablaze outside Bor on Friday.",
        "Pirates set a seized trawler alight off the coast of Puntland on Friday.",
    ],
)
def test_setting_a_thing_ablaze_or_alight_is_arson(text: str) -> None:
    e = only(code_text(text), "ASSAULT")
    assert e.mode == "destroy"


def test_a_setting_without_fire_is_no_arson() -> None:
    text = "The envoys set a date for the talks in Bor on Friday."
    assert not [e for e in code_text(text) if e.event_type == "ASSAULT"]


def test_battling_a_blaze_is_no_attack() -> None:
    text = "Firefighters battled a blaze at the refinery outside Port Harcourt for two days."
    assert not [e for e in code_text(text) if e.event_type == "ASSAULT"]


def test_a_participle_after_a_first_clause_and_a_partitive_subject_is_a_passive() -> None:
    e = only(code_text("Thirty herders were found dead near Gao, some of them beheaded."), "ASSAULT")
    assert e.actor == []
    assert [a.text for a in e.recipient] == ["them"]


def test_a_verb_after_a_first_clause_with_an_object_of_its_own_stays_active() -> None:
    e = only(code_text("Villagers fled into the hills near Gao, and some of them shot two looters."), "ASSAULT")
    assert [a.text for a in e.actor] == ["them"]
    assert [a.text for a in e.recipient] == ["two looters"]


@pytest.mark.parametrize(
    "text",
    [
        "A cyber attack knocked out the water utility's billing system in Tallinn on Monday.",
        "Officials in Quito said a ransomware attack had frozen the customs agency's computers.",
    ],
)
def test_an_attack_on_computers_is_coercion_by_cyber_means(text: str) -> None:
    event = only(code_text(text, published="2025-02-03"), "COERCE")
    assert event.mode == "cyber"
    assert all(e.event_type != "ASSAULT" for e in code_text(text, published="2025-02-03"))


@pytest.mark.parametrize(
    "text",
    [
        "Unknown hackers attacked the tax authority's website in Skopje on Thursday.",
        "A hacking group targeted the servers of the national lottery in Vilnius last week.",
    ],
)
def test_attacking_a_computer_system_is_coercion_by_cyber_means(text: str) -> None:
    evs = code_text(text, published="2025-02-03")
    assert only(evs, "COERCE").mode == "cyber"
    assert all(e.event_type != "ASSAULT" for e in evs)


def test_attacking_a_network_of_people_is_still_an_assault() -> None:
    text = "Soldiers attacked a smuggling network's hideout near the border on Thursday."
    evs = code_text(text, published="2025-02-03")
    only(evs, "ASSAULT")
    assert all(e.event_type != "COERCE" for e in evs)


def test_an_attack_on_a_computer_market_is_still_an_assault() -> None:
    text = "Gunmen stormed a computer market in Kabul and opened fire on shoppers."
    assert all(e.event_type != "COERCE" for e in code_text(text, published="2025-02-03"))
    hacked = "Gunmen carried out an attack on the computer market in Kabul."
    only(code_text(hacked, published="2025-02-03"), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Rebels captured nine soldiers near the border on Friday.", "ASSAULT"),  # combatants: abducted
        ("Police captured two gang leaders in the port on Friday.", "COERCE"),  # arrested
    ],
)
def test_captured_combatants_are_abducted_and_others_arrested(text: str, category: str) -> None:
    assert only(code_text(text), category).trigger.text == "captured"


@pytest.mark.parametrize(
    ("text", "trigger", "category"),
    [
        ("Ghana and Togo co-hosted the regional summit in Lome.", "co-hosted", "CONSULT"),
        ("Dock workers staged a walk-out on Monday.", "walk-out", "PROTEST"),
        ("Norway co-sponsored the draft resolution on Yemen.", "co-sponsored", "SUPPORT"),
    ],
)
def test_a_hyphenated_word_is_looked_up_closed_up_or_without_its_joint_prefix(
    text: str, trigger: str, category: str
) -> None:
    ev = only(code_text(text), category)
    assert ev.trigger.text == trigger


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters staged a sit-in outside the electoral commission in Lusaka.",
        "Hundreds of teachers began sit-ins at three schools on Monday.",
    ],
)
def test_a_sit_in_is_a_demonstration(text: str) -> None:
    ev = only(code_text(text), "PROTEST")
    assert ev.trigger.text.startswith("sit-in") and ev.mode == "demo"


def test_sitting_down_for_talks_is_no_sit_in() -> None:
    evs = code_text("The two rivals sat down for talks in Lusaka on Monday.")
    assert "PROTEST" not in [e.event_type for e in evs]


def test_a_hyphenated_word_the_lexicon_lacks_is_no_trigger() -> None:
    evs = code_text("The envoys said Norway remained a non-member of the customs bloc.")
    assert all(e.trigger.text != "non-member" for e in evs)


def test_a_relative_clause_missing_its_object_takes_its_antecedent_as_the_object() -> None:
    evs = code_text("The government rejected the truce, which both sides signed in May.")
    assert only(evs, "AGREE").trigger.text == "signed"


def test_a_relative_clause_whose_pronoun_is_its_subject_takes_no_antecedent_as_object() -> None:
    evs = code_text("The truce monitors, who signed a letter to the envoy in May, left the city.")
    assert all(e.trigger.text != "signed" for e in evs)


def test_a_sum_written_with_a_currency_symbol_is_money() -> None:
    # "$40 million": the parser heads the sum with its number; the symbol says it is money
    e = only(code_text("Oman sent $40 million to Malawi after the cyclone."), "AID")
    assert countries(e.recipient) == {"MWI"}


def test_a_number_without_a_currency_symbol_is_no_sum_of_money() -> None:
    events = code_text("The election board sent 40 million ballot papers to the provinces.")
    assert "AID" not in [e.event_type for e in events]


def test_joint_hung_on_a_compound_still_makes_the_drills_joint() -> None:
    # "joint coast guard drills": the parser hangs "joint" on "guard", not on "drills"
    only(code_text("Oman and Malawi held joint coast guard drills."), "COOPERATE")


def test_drills_that_are_not_joint_are_no_cooperation() -> None:
    events = code_text("The Omani coast guard began drills off Muscat on Monday.")
    assert "COOPERATE" not in [e.event_type for e in events]


def test_an_entry_with_a_subject_needs_that_subject() -> None:
    # the flow is the subject: "flights resumed" is trade resumed, "the talks resumed" is not
    only(code_text("Flights to Malawi resumed on Monday."), "COOPERATE")
    assert "COOPERATE" not in [e.event_type for e in code_text("The trial of the two men resumed on Monday.")]


@pytest.mark.parametrize(
    "text",
    [
        "The separatist council threatened on Tuesday to suspend the negotiations with Kinshasa.",
        "Union leaders threatened to halt the dialogue with the transport ministry over pay.",
    ],
)
def test_a_threat_to_break_off_talks_threatens_relations(text: str) -> None:
    """Threatening to stop or suspend talks is THREATEN relations (CAMEO 134), not a restriction."""
    assert only(code_text(text), "THREATEN").mode == "relations"


def test_a_threat_to_halt_something_other_than_talks_is_no_threat_to_relations() -> None:
    e = only(code_text("The farmers' union threatened to halt grain deliveries to the capital."), "THREATEN")
    assert e.mode != "relations"


def test_a_threat_to_shut_a_border_restricts_movement() -> None:
    """Shutting a border restricts who and what crosses (PLOVER restrict); the border noun alone
    would read as a territorial threat."""
    e = only(code_text("Ankara threatened to shut its border with Syria if the fighting spread."), "THREATEN")
    assert e.mode == "restrict"


def test_a_threat_to_seize_border_land_stays_territorial() -> None:
    e = only(code_text("The junta threatened to seize the disputed border villages."), "THREATEN")
    assert e.mode == "territory"


def test_the_second_of_two_objects_can_be_the_thing_an_entry_asks_for() -> None:
    """"denied the journalists access": the first object is who is refused, the second what."""
    e = only(code_text("The regional government denied the journalists access to the camp."), "REJECT")
    assert [a.text for a in e.recipient] == ["the journalists"]


def test_a_second_object_after_a_clause_break_is_no_object_of_the_verb() -> None:
    evs = code_text("Police denied the reports, officials said.")
    assert not [e for e in evs if e.event_type == "REJECT"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The dockworkers' union has said no to any wage freeze this year.", "said no"),
        ("Lawmakers in Lusaka voted down the finance minister's austerity budget on Tuesday.", "voted down"),
    ],
)
def test_saying_no_and_voting_down_refuse(text: str, trigger: str) -> None:
    assert only(code_text(text), "REJECT").trigger.text == trigger


def test_saying_that_no_one_was_hurt_refuses_nothing() -> None:
    evs = code_text("A police spokesman said no one was hurt when the roof collapsed.")
    assert not [e for e in evs if e.event_type == "REJECT"]


def test_countermeasures_held_over_another_side_threaten_it() -> None:
    """A countermeasure is a retaliatory measure by its name: made to depend on the other side's
    conduct, it is a threat of that measure."""
    e = only(
        code_text("Minsk said it would adopt countermeasures if Warsaw closed the remaining crossings."),
        "THREATEN",
    )
    assert e.mode == "restrict"


def test_measures_with_no_word_of_reprisal_are_no_countermeasures() -> None:
    evs = code_text("Minsk said it would adopt new health measures if the outbreak spread.")
    assert not [e for e in evs if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "mode", "recipient"),
    [
        ("Officials in Kyiv held Moscow accountable for the blackout.", "allege", "Moscow"),
        ("The Ukrainian government held Russia responsible for the shelling of the dam.", "allege", "Russia"),
        ("Critics rounded on the finance minister after the currency slumped.", "disapprove", "the finance minister"),
    ],
)
def test_blame_told_as_a_judgement_and_turning_on_a_party_accuse(text: str, mode: str, recipient: str) -> None:
    e = only(code_text(text, published="2024-03-05"), "ACCUSE")
    assert e.mode == mode
    assert [a.text for a in e.recipient] == [recipient]


@pytest.mark.parametrize(
    "text",
    ["The two leaders held talks in Ankara on Monday.", "The army held the town for three days."],
)
def test_holding_talks_or_ground_accuses_no_one(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-03-05") if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Three men were charged on Friday.",
        "The former mayor was charged over the deaths of 14 people.",
        "A Paris court charged the rapper on Tuesday.",
        "Opposition lawmakers charged that the vote was rigged.",
    ],
)
def test_charges_with_no_charge_named_allege(text: str) -> None:
    assert only(code_text(text, published="2024-03-05"), "ACCUSE").mode == "allege"


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party expelled its deputy leader for indiscipline.",
        "ECOWAS expelled Guinea after the coup.",
    ],
)
def test_a_party_or_a_body_expelling_one_of_its_own_is_a_sanction(text: str) -> None:
    e = only(code_text(text, published="2024-05-01"), "SANCTION")
    assert e.mode == "expel"


def test_a_state_expelling_foreign_reporters_deports_them() -> None:
    e = only(code_text("Kenya expelled two British reporters on Monday.", published="2024-05-01"), "COERCE")
    assert e.mode == "deport"


@pytest.mark.parametrize(
    "text",
    [
        "Police questioned the former minister about the missing funds.",
        "The former president was questioned by police for five hours.",
        "Police interrogated the two suspects overnight.",
    ],
)
def test_questioning_by_police_is_an_investigation(text: str) -> None:
    assert only(code_text(text, published="2024-03-05"), "ACCUSE").mode == "investigate"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lahore picked up the two activists from their homes before dawn.",
        "Riot police took away three opposition activists on Monday.",
    ],
)
def test_people_police_pick_up_or_take_away_are_detained(text: str) -> None:
    e = only(code_text(text, published="2024-05-01"), "COERCE")
    assert e.mode == "arrest" and e.recipient


def test_a_navy_picking_up_survivors_detains_no_one() -> None:
    evs = code_text("The navy picked up survivors of the shipwreck off Lampedusa.", published="2024-05-01")
    assert "COERCE" not in [e.event_type for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police charged the crowd in the main square.",
        "The bank charged a fee of 2 percent.",
        "The opposition questioned the legitimacy of the vote.",
    ],
)
def test_a_rush_a_fee_or_a_doubt_is_no_accusation(text: str) -> None:
    assert not [e for e in code_text(text, published="2024-03-05") if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent back 300 Syrian refugees on Tuesday.",
        "Greek border guards pushed back a group of asylum seekers into Turkey.",
    ],
)
def test_refugees_sent_or_pushed_back_are_deported(text: str) -> None:
    e = only(code_text(text, published="2024-05-01"), "COERCE")
    assert e.mode == "deport"


def test_troops_sent_home_are_not_deported() -> None:
    evs = code_text("Kenya sent home its peacekeeping troops in March.", published="2024-05-01")
    assert ("COERCE", "deport") not in [(e.event_type, e.mode) for e in evs]


def test_an_authority_suspending_an_outlets_broadcasts_censors_it() -> None:
    evs = code_text("The junta suspended the broadcasts of a Belgian radio station.", published="2024-03-08")
    e = [x for x in evs if x.event_type == "COERCE"]
    assert e and e[0].mode == "censor"


def test_a_broadcaster_suspending_its_own_broadcasts_censors_no_one() -> None:
    evs = code_text("The broadcaster suspended its broadcasts in the region.", published="2024-03-08")
    assert not [x for x in evs if x.event_type == "COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The militia recruited hundreds of fighters in the border districts last month.",
        "The insurgents stepped up the recruitment of child soldiers in the eastern hills.",
    ],
)
def test_raising_fighters_mobilises_a_force(text: str) -> None:
    e = only(code_text(text), "MOBILIZE")
    assert e.recipient == []  # the fighters raised are the actor's own force


def test_hiring_staff_mobilises_nothing() -> None:
    assert not [e for e in code_text("The university recruited forty new lecturers for its law school.")
                if e.event_type == "MOBILIZE"]


def test_strikes_by_an_armed_force_are_an_attack_whose_doer_is_that_force() -> None:
    e = only(code_text("Saudi-led coalition strikes hit a fuel depot in Hodeidah overnight."), "ASSAULT")
    assert [a.text for a in e.actor] == ["Saudi-led coalition"]


def test_a_strike_held_by_workers_stays_a_protest_not_an_attack() -> None:
    events = code_text("Dock workers began a strike in Mombasa on Tuesday over unpaid wages.")
    assert [e.event_type for e in events] == ["PROTEST"]


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Ministers debated the sanctions imposed by Canberra in May.", "sanctions"),
        ("Ministers debated the talks hosted by Canberra in May.", None),  # hosting talks does not act on them
        ("Ministers debated the sanctions Canberra imposed in May.", None),  # a relative clause with a subject
    ],
)
def test_the_act_noun_a_participle_describes_is_its_object(sentence: str, noun: str | None) -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.triggers import described_act

    doc = parse(sentence)
    verb = next(t for t in doc if t.lower_ in ("imposed", "hosted"))
    found = described_act(verb)
    assert (found.text if found is not None else None) == noun


def test_an_idiom_whose_partner_phrase_names_a_party_fires() -> None:
    e = only(code_text("The dockers' union came to terms with the port authority on Friday."), "AGREE")
    assert e.trigger.text == "came to terms"


def test_an_idiom_whose_partner_phrase_names_no_party_does_not_fire() -> None:
    events = code_text("Families in Marsa are still coming to terms with the loss of their homes.")
    assert "AGREE" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("A rocket hit a bakery in the town of Sderot on Friday.", "hit"),
        ("A bomb exploded near a bus station in Jos on Friday.", "exploded"),
        ("A homemade bomb went off under a police van in Peshawar.", "went"),
        ("Two shops were damaged when mortar fire struck the old market.", "mortar fire"),
    ],
)
def test_a_munition_that_lands_or_goes_off_is_an_attack(sentence: str, trigger: str) -> None:
    e = only(code_text(sentence, published="2024-05-03"), "ASSAULT")
    assert e.trigger.text.startswith(trigger) or trigger in e.trigger.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The drought hit farmers in the north hardest.",
        "The finance minister came under fire over the budget on Friday.",
        "Fireworks went off over the harbour at midnight.",
    ],
)
def test_what_hits_or_goes_off_without_a_munition_is_no_attack(sentence: str) -> None:
    assert "ASSAULT" not in [e.event_type for e in code_text(sentence, published="2024-05-03")]


def test_reserving_the_right_to_a_hostile_act_threatens_it() -> None:
    e = only(code_text("Pakistan reserved the right to retaliate against India at a time of its choosing."), "THREATEN")
    assert e.mode == "violence" and countries(e.actor) == {"PAK"} and countries(e.recipient) == {"IND"}
    e = only(code_text("Beijing reserved the right to take countermeasures against Japan, an aide said."), "THREATEN")
    assert e.mode == "restrict" and countries(e.recipient) == {"JPN"}


def test_reserving_the_right_to_appeal_threatens_no_one() -> None:
    events = code_text("The defence team reserved the right to appeal the verdict.")
    assert not [e for e in events if e.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition threatened to walk out of the talks with the government.",
        "The rebels threatened to withdraw from the negotiations unless the army halted its offensive.",
    ],
)
def test_a_threat_to_leave_talks_is_relations(text: str) -> None:
    assert only(code_text(text), "THREATEN").mode == "relations"


def test_a_threat_to_drive_a_party_out_of_a_place_is_not_relations() -> None:
    e = only(code_text("The militia threatened to drive the traders out of the market."), "THREATEN")
    assert e.mode == "expel"


@pytest.mark.parametrize(
    "text",
    [
        "Dockworkers in Sallen walked out on Friday and blocked the harbour road, the union said.",
        "Qarvin and Telos back the interim council, which has promised elections within a year.",
        "The talks collapsed; both sides blamed each other for the renewed shelling near Orsk.",
    ],
)
def test_only_words_of_the_trigger_parts_of_speech_have_a_reading(text: str) -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.triggers import _TRIGGER_POS, _pos

    doc = parse(text)
    assert any(_pos(t) is not None for t in doc)
    for tok in doc:
        if tok.pos_ not in _TRIGGER_POS:
            assert _pos(tok) is None  # match_triggers skips these words


# Entries whose object list names a word class know every member of it, not only the nouns once
# listed (knowledge/lexicon/word_classes.yaml: armament, troop_presence, crossing_point, post, funding).
@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Pyongyang tested a new warhead on Tuesday, the defence ministry in Seoul said.", "MOBILIZE"),
        ("Militants in Zamfara handed in 300 firearms to the state governor on Friday.", "RETREAT"),
        ("Canada cut its battalion in Latvia by half last month.", "RETREAT"),
        ("Poland has built up its brigades near the Belarusian frontier since March.", "MOBILIZE"),
        ("Georgia reopened the Larsi checkpoint to trucks on Monday.", "RETREAT"),
        ("Serbia opened the frontier to lorries from Kosovo on Sunday.", "RETREAT"),
        ("Senator Abena Osei quit her seat in the Senate on Friday.", "RETREAT"),
        ("The European Union granted financing to Moldova for a new power line.", "AID"),
        ("Iraq admitted the verifiers on Monday.", "RETREAT"),
        ("The junta relaxed the clampdown on the press in March.", "CONCEDE"),
        ("Five states sponsored the amendment at the assembly.", "SUPPORT"),
        ("The rebels accepted the armistice proposed by the mediators in Doha.", "AGREE"),
        ("Troops dismantled the bunkers along the river in Kherson.", "RETREAT"),
        ("The king dissolved the chamber on Friday.", "COERCE"),
        ("The junta restored suffrage to women in the provinces.", "CONCEDE"),
        ("The army installed new missile launchers along the river.", "MOBILIZE"),  # lemma "instal"
    ],
)
def test_an_entry_naming_a_class_takes_a_member_it_never_listed(sentence: str, category: str) -> None:
    assert category in [e.event_type for e in code_text(sentence, published="2024-05-03")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The government said it would strengthen the army with new recruits.", "MOBILIZE"),  # a reform at home
        ("The coach gave credit to his players after the final.", "AID"),  # praise, not a loan
        ("The mayor of Tirana quit the leadership race on Monday.", "RETREAT"),  # a race, not an office
        ("The plant burned fuel oil through the winter.", "ASSAULT"),
        ("The police reduced the number of complaints against officers.", "RETREAT"),  # no troops counted
        ("The ministry tested the new voting machines on Friday.", "MOBILIZE"),
        ("The firm ended the harassment lawsuit with a settlement.", "CONCEDE"),
        ("The appeals court reversed the verdict on Tuesday.", "CONCEDE"),
        ("The chemist dissolved the salt in warm water.", "COERCE"),
        ("Technicians installed new software at the ministry.", "MOBILIZE"),
    ],
)
def test_a_noun_outside_the_class_does_not_fire_the_entry(sentence: str, category: str) -> None:
    assert category not in [e.event_type for e in code_text(sentence, published="2024-05-03")]


def test_a_force_cutting_its_own_numbers_withdraws() -> None:
    """A count with a possessive pronoun counts the verb's subject ("_own_count")."""
    e = only(code_text("A Tirana official said Italian troops had started reducing their numbers at the base.",
                       published="2024-05-03"), "RETREAT")  # fmt: skip
    assert [a.text for a in e.actor] == ["Italian troops"]
    # counter-case: a count of something else is no withdrawal
    events = code_text("The ministry reduced its number of inspectors at the port.", published="2024-05-03")
    assert "RETREAT" not in [e.event_type for e in events]


def test_a_force_a_pledge_is_made_to_is_no_threat_of_force() -> None:
    e = only(code_text("Germany pledged 50 million euros to the African Union force."), "AGREE")
    assert countries(e.actor) == {"DEU"}
    e = only(code_text("Norway pledged 20 million crowns to the regional force fighting the insurgents."), "AGREE")
    assert e.mode is None


def test_a_pledge_to_use_force_still_threatens() -> None:
    e = only(code_text("The general pledged to use force against the protesters."), "THREATEN")
    assert e.mode == "violence"


def test_an_object_pronoun_stands_for_an_earlier_object_of_the_kind_the_entry_asks_for() -> None:
    """"closed it": the pronoun is the crossing opened before it ("object_standing_for"), a thing,
    never the party that opened it."""
    text = "Tunisia opened the Ras Jedir crossing for trucks on Monday and closed it on Wednesday."
    e = only(code_text(text, published="2024-05-03"), "COERCE")
    assert e.trigger.text == "closed"
    assert e.recipient == []


def test_a_pronoun_with_no_earlier_object_of_the_kind_does_not_fire_the_entry() -> None:
    # the border is no object of a verb here: "it" is the report that was read
    events = code_text("The minister read the report on the border and closed it.", published="2024-05-03")
    assert "COERCE" not in [e.event_type for e in events]


def test_a_diplomatic_post_opened_abroad_is_cooperation_with_the_host() -> None:
    e = only(code_text("Niger opened an embassy in Ankara last month.", published="2024-05-03"), "COOPERATE")
    assert countries(e.actor) == {"NER"} and countries(e.recipient) == {"TUR"}
    # counter-case: a building of another kind opened is no relation with anyone
    events = code_text("The mayor opened a museum in Lima on Friday.", published="2024-05-03")
    assert "COOPERATE" not in [e.event_type for e in events]


def _tagged_doc(rows: list[tuple[str, str, str, str, str, int]]) -> Doc:
    """A parse from (word, lemma, pos, tag, dep, head index) rows."""
    nlp = spacy.blank("en")
    words, lemmas, pos, tags, deps, heads = (list(x) for x in zip(*rows))
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads)


def _opened(det: bool) -> Doc:
    rows = [("Syria", "Syria", "PROPN", "NNP", "nsubj", 1), ("opened", "open", "VERB", "VBD", "ROOT", 1)]
    if det:
        rows.append(("the", "the", "DET", "DT", "det", 4))
    at = len(rows)
    rows += [("Hawa", "Hawa", "PROPN", "NNP", "compound", at + 1), ("crossing", "cross", "VERB", "VBG", "dobj", 1)]
    return _tagged_doc(rows)


def test_an_object_tagged_as_a_gerund_after_a_determiner_is_the_noun_of_that_form() -> None:
    hits = match_triggers(_opened(det=True)[:], default_lexicon())
    assert [(t.text, e.event) for t, e, _ in hits] == [("opened", "RETREAT")]


def test_a_gerund_object_with_no_determiner_or_name_before_it_stays_a_verb() -> None:
    # "opened crossing": a bare gerund is an act, not the noun the entry asks for
    doc = _tagged_doc(
        [
            ("Guards", "guard", "NOUN", "NNS", "nsubj", 1),
            ("opened", "open", "VERB", "VBD", "ROOT", 1),
            ("crossing", "cross", "VERB", "VBG", "dobj", 1),
        ]
    )
    assert not [e for t, e, _ in match_triggers(doc[:], default_lexicon()) if t.text == "opened"]
    hits = match_triggers(_opened(det=False)[:], default_lexicon())
    assert [(t.text, e.event) for t, e, _ in hits] == [("opened", "RETREAT")]  # a name before it is enough


def test_a_for_clause_with_its_own_subject_completes_the_phrasal_verb() -> None:
    """The parser hangs "for" on the clause as its mark ("for_clause_mark")."""
    events = code_text("Rights groups called for the government to release the detained journalists.",
                       published="2024-05-03")  # fmt: skip
    assert "REQUEST" in [e.event_type for e in events]
    # counter-case: a verb with no "for" entry waits for no one
    events = code_text("The union waited for the government to respond.", published="2024-05-03")
    assert "REQUEST" not in [e.event_type for e in events]
