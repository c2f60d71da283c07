"""Word classes and derived nominalisations of the lexicon (eventwire.knowledge.lexicon)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import code_text
from eventwire.errors import DataFileError
from eventwire.knowledge.lexicon import load_lexicon, load_word_classes
from eventwire.knowledge.lexicon.derive import gerund, nominalisations
from tests.event_helpers import countries, only


def test_every_class_is_a_non_empty_set_of_lower_case_lemmas() -> None:
    classes = load_word_classes()
    assert {"agreement", "truce", "talks", "diplomat", "aid_goods", "armed_force", "captive", "property"} <= set(
        classes
    )
    for name, members in classes.items():
        assert members and all(m == m.lower().strip() for m in members), name


@pytest.mark.parametrize(
    ("cls", "member"),
    [
        ("agreement", "treaty"),
        ("shadowing", "shadow"),
        ("truce", "armistice"),
        ("computer_system", "website"),
        ("talks", "summit"),
        ("diplomat", "envoy"),
        ("aid_goods", "medicine"),
        ("armed_force", "battalion"),
        ("war_machine", "frigate"),
        ("captive", "hostage"),
        ("property", "tanker"),
        ("party", "suspect"),
        ("hazard", "epidemic"),
        ("trade", "import"),
        ("organisation", "bloc"),
        ("peacekeeper", "peacekeeper"),
        ("monitor", "inspector"),
        ("aid_agency", "charity"),
        ("policy", "bill"),
        ("complaint", "objection"),
        ("permission", "parole"),
        ("staging", "stage"),
        ("state_body", "junta"),
        ("diplomatic_post", "consulate"),
        ("state", "nation"),
        ("custody", "detention"),
        ("confining", "place"),
        ("utility", "electricity"),
        ("dwelling", "shack"),
        ("network", "server"),
        ("lockdown", "curfew"),
        ("thoroughfare", "motorway"),
        ("armament", "warhead"),
        ("troop_presence", "garrison"),
        ("crossing_point", "frontier"),
        ("post", "premiership"),
        ("funding", "tranche"),
        ("repression", "clampdown"),
        ("legislature", "senate"),
        ("liberty", "suffrage"),
    ],
)
def test_a_sample_of_each_class(cls: str, member: str) -> None:
    assert member in load_word_classes()[cls]


@pytest.mark.parametrize(
    ("cls", "word"),
    [
        ("troop_presence", "army"),  # "strengthen the army" is a reform at home, no build-up
        ("funding", "credit"),  # "gave credit to" is praise
        ("post", "leadership"),  # "quit the leadership race" leaves a race, not an office
        ("armament", "mine"),  # a coal mine is no weapon
        ("repression", "harassment"),  # "ended the harassment lawsuit" settles a suit
    ],
)
def test_a_class_leaves_out_a_word_whose_other_reading_is_common(cls: str, word: str) -> None:
    assert word not in load_word_classes()[cls]


def test_an_entry_naming_a_class_knows_every_member() -> None:
    sign = [t for t in load_lexicon().candidates("sign", "VERB") if t.event == "SUPPORT"][0]
    assert load_word_classes()["agreement"] <= sign.object


def test_a_new_member_of_a_class_is_known_to_every_entry_using_it() -> None:
    e = [e for e in code_text("Armenia and Azerbaijan signed a charter on border delimitation.") if e.event_type]
    assert any(x.event_type == "SUPPORT" for x in e)


def test_an_unknown_class_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    bad = tmp_path / "t.yaml"
    bad.write_text('version: "x"\nentries:\n  - {lemma: sign, pos: VERB, event: SUPPORT, object: ["@nonsense"]}\n')
    with pytest.raises(DataFileError, match="unknown word class '@nonsense'; known: .*agreement"):
        load_lexicon(triggers_path=bad)


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("evacuate", "evacuation"),
        ("withdraw", "withdrawal"),
        ("seize", "seizure"),
        ("deploy", "deployment"),
        ("deny", "denial"),
        ("suspend", "suspension"),
        ("restrict", "restriction"),
        ("mobilize", "mobilization"),
        ("refuse", "refusal"),
        ("block", "blockade"),
        ("coerce", "coercion"),
        ("harass", "harassment"),
        ("disapprove", "disapproval"),
        ("annex", "annexation"),
        ("acquit", "acquittal"),
    ],
)
def test_nominalisation_rules(verb: str, noun: str) -> None:
    assert noun in nominalisations(verb)


def test_derived_nouns_take_the_verbs_reading_and_say_so_in_the_rule() -> None:
    lex = load_lexicon()
    derived = [t for t in lex.triggers if t.derived_from]
    assert derived
    for t in derived:
        # an unconstrained verb gives an unconstrained noun; a verb constrained by its object
        # gives a noun constrained by the noun after "of"
        wanted = t.with_object if t.with_object else frozenset()
        verb = [v for v in lex.candidates(t.derived_from, "VERB") if v.object == wanted and (
            v.specificity == 3 if wanted else not v.specificity)][0]
        assert (t.event, t.mode, t.pos) == (verb.event, verb.mode, "NOUN")
        assert f"(<{t.derived_from})" in t.rule
        assert not wanted or (t.with_ == {"of"} and not t.object and t.to == verb.to)
    assert not lex.candidates("vacation", "NOUN")  # a false friend is never derived


@pytest.mark.parametrize(
    ("verb", "noun"),
    [("close", "closure"), ("expel", "expulsion"), ("dissolve", "dissolution"), ("extradite", "extradition"),
     ("deliver", "delivery")],
)
def test_nominalisation_rules_of_the_object_verbs(verb: str, noun: str) -> None:
    assert noun in nominalisations(verb)


@pytest.mark.parametrize(
    ("verb", "noun"),
    [("freeze", "freezing"), ("lift", "lifting"), ("ban", "banning"), ("stop", "stopping"), ("open", "opening"),
     ("sever", "severing"), ("free", "freeing")],
)
def test_gerund(verb: str, noun: str) -> None:
    assert gerund(verb) == noun


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Ardania announced the suspension of aid to the military government of Velm.", "SANCTION"),
        ("The ministry ordered the closure of the border with Ardania on Friday.", "COERCE"),
        ("The Velmian cabinet approved the lifting of sanctions on Ardania.", "RETREAT"),
        ("Ardania announced the expulsion of four Velmian diplomats on Friday.", "SANCTION"),
        ("The council voted for the freezing of assets held by three Velmian ministers.", "SANCTION"),
    ],
)
def test_the_noun_of_a_verb_constrained_by_its_object_codes_with_that_object_after_of(
    sentence: str, category: str
) -> None:
    assert category in [e.event_type for e in code_text(sentence, published="2024-03-01")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the noun after "of" is not of the verb's object class
        "The closure of the factory left hundreds of workers in Velm without jobs.",
        "The lifting of the heavy crates took the dockers most of the morning.",
    ],
)
def test_the_noun_of_an_object_verb_with_another_noun_after_of_codes_nothing(sentence: str) -> None:
    assert not code_text(sentence, published="2024-03-01")


def test_seizing_people_is_abduction_and_seizing_goods_is_not() -> None:
    people = [(e.event_type, e.mode) for e in code_text("Gunmen seized nine teachers from a school in Zamfara.")]
    goods = [(e.event_type, e.mode) for e in code_text("Customs officers seized weapons and cash at the port.")]
    assert ("ASSAULT", "abduct") in people
    assert ("COERCE", "seize") in goods


def test_seizing_a_place_is_an_occupation_unless_police_take_it_over() -> None:
    e = only(code_text("Rebel fighters seized the hill town of Mbari on Sunday."), "ASSAULT")
    assert "seize/VERB>" in (e.rule or "")
    assert "ASSAULT" not in [e.event_type for e in code_text("Police seized the ruling party's headquarters.")]


def test_concern_or_regret_at_another_act_is_disapproval_and_regret_for_a_loss_an_apology() -> None:
    assert [(e.event_type, e.mode) for e in code_text("Norway voiced concern about the mass arrests.")] == [
        ("ACCUSE", "disapprove")
    ]
    assert [e.event_type for e in code_text("The envoy expressed regret at the expulsion.")] == ["ACCUSE"]
    assert [e.event_type for e in code_text("The minister expressed regret for the deaths.")] == ["CONCEDE"]


@pytest.mark.parametrize(
    ("sentence", "category", "mode"),
    [
        ("The alliance sent two frigates to the gulf on Monday.", "MOBILIZE", "weapons"),
        ("The government deployed 300 gendarmes to the border town.", "MOBILIZE", "police"),
        ("The rebels halted their bombardment of the city on Sunday.", "RETREAT", "ceasefire"),
        ("Prosecutors in Lima opened an audit of the ministry.", "ACCUSE", "investigate"),
        ("The junta ignored the ultimatum issued by the bloc.", "REJECT", None),
        ("Demonstrators hurled rocks and bottles at riot police in the capital.", "ASSAULT", "primitive"),
        ("Officers exchanged fire with the kidnappers near the school.", "ASSAULT", "firearms"),
        ("Rebel leaders vowed revenge for the killing of their commander.", "THREATEN", "violence"),
        ("Peru increased military readiness after the incident.", "MOBILIZE", "troops"),
        ("Landowners formed a militia to guard their farms.", "MOBILIZE", "militia"),
        ("Pro-government forces began patrols in the capital.", "MOBILIZE", "troops"),
        ("Fifty countries recognised the new government.", "SUPPORT", None),
        ("Nurses walked off the job on Monday over unpaid wages.", "PROTEST", "strike"),
        ("Thousands took to the streets of the capital on Sunday.", "PROTEST", "demo"),
        ("Hundreds of teachers returned to the streets of Lagos on Tuesday.", "PROTEST", "demo"),
        ("Kenya says it does not recognise the tribunal's jurisdiction over the maritime case.", "REJECT", None),
        ("The junta expelled the UN monitors on Monday.", "SANCTION", "expel"),
        ("Chad expelled two charities from the east.", "SANCTION", "expel"),
        ("Senegal withdrew its blue helmets from Mali.", "SANCTION", "expel"),
        ("The ministry shelved the mining bill after the protests.", "CONCEDE", None),
        ("Sudan allowed relief supplies into Darfur.", "RETREAT", "access"),
        ("Ardania closed the Velmian consulate in its second city on Monday.", "SANCTION", "discontinue"),
        ("Ardania downgraded the Velmian embassy after the row over the election.", "SANCTION", "discontinue"),
        ("Velmia pulled its ambassador out of the Ardanian capital on Friday.", "SANCTION", "withdraw"),
    ],
)
def test_an_entry_knows_every_member_of_its_object_class(sentence: str, category: str, mode: str | None) -> None:
    e = only(code_text(sentence), category)
    assert e.mode == mode


def test_places_that_are_no_diplomatic_post_stay_closures_and_moves() -> None:
    events = code_text("Police closed the main road to the stadium on Sunday.")
    assert "SANCTION" not in [e.event_type for e in events] and only(events, "COERCE").mode == "restrict"
    assert "SANCTION" not in [e.event_type for e in code_text("The farmers pulled their tractors out of the square.")]


def test_travel_and_visa_restrictions_on_another_states_people_are_sanctions() -> None:
    e = only(code_text("Ardania announced visa restrictions on six Velmian judges on Monday."), "SANCTION")
    assert e.mode == "discontinue" and [a.text for a in e.recipient] == ["six Velmian judges"]


def test_other_restrictions_stay_coercion() -> None:
    events = code_text("The junta announced restrictions on the press after the vote.")
    assert "SANCTION" not in [e.event_type for e in events] and only(events, "COERCE").mode == "restrict"


def test_what_is_sent_is_not_the_party_it_is_sent_to() -> None:
    e = only(code_text("Norway sent rescue teams to Malawi after the floods."), "AID")
    assert countries(e.recipient) == {"MWI"}
    e = only(code_text("Norway sent rescue teams on Sunday after the floods."), "AID")
    assert [a.text for a in e.actor] == ["Norway"]
    assert all("teams" not in a.text for a in e.recipient)


def test_a_reading_taken_instead_of_another_must_fit_the_sentence() -> None:
    # "vow" has a threat reading that needs violent content and one that needs an object of
    # retaliation: a plain promise takes neither
    e = only(code_text("China pledged four million dollars in emergency assistance."), "AGREE")
    assert "THREATEN" not in (e.rule or "")
    e = only(code_text("The governor vowed to rebuild the flooded villages."), "AGREE")
    assert "retaliation" not in (e.rule or "")


def test_the_opposition_is_a_party_and_opposition_to_a_plan_an_act() -> None:
    e = only(code_text("The opposition refused to take part in the vote."), "REJECT")
    assert [a.text for a in e.actor] == ["The opposition"]
    assert e.trigger.text == "refused"
    only(code_text("Kenya voiced its opposition to the plan."), "REJECT")


def test_the_noun_after_the_preposition_must_fit_the_entry() -> None:
    # "took to the streets" is a protest; "took to the stage" is not
    assert not [e for e in code_text("The minister took to the stage on Monday.") if e.event_type == "PROTEST"]
    assert not [e for e in code_text("The refugees returned to their homes.") if e.event_type == "PROTEST"]
    e = only(code_text("Dockers stayed off the job at three ports."), "PROTEST")
    assert e.trigger.text == "stayed off the job"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry spokesman dismissed the embassy's protest as baseless.",
        "The opposition leader was denied bail by a court in Harare on Monday.",
    ],
)
def test_dismissing_a_complaint_or_denying_a_permission_is_a_rejection(text: str) -> None:
    assert only(code_text(text), "REJECT").trigger.text in ("dismissed", "denied")


def test_denying_an_allegation_is_no_rejection() -> None:
    assert "REJECT" not in {e.event_type for e in code_text("The minister denied the allegations of fraud.")}


def test_a_pardon_issued_and_an_acquittal_announced_are_concessions() -> None:
    # the noun of an act the lexicon knows as a verb: "pardon" by its own entry, "acquittal" derived
    pardon = [e.event_type for e in code_text("The president issued a pardon for the jailed journalist on Friday.")]
    acquittal = code_text("The court in Harare announced the acquittal of the opposition leader.")
    assert pardon == ["CONCEDE"]
    assert [(e.event_type, e.rule) for e in acquittal] == [("CONCEDE", "acquittal/NOUN(<acquit) -> CONCEDE")]


@pytest.mark.parametrize(
    "text",
    [
        "Norway halted its loans to Malawi after the coup.",
        "The charity slashed its fuel rations for the camps in northern Chad.",
        "Japan reduced its grants to Laos in March.",
        "Denmark withheld blankets and tents from the camps in Jordan.",
    ],
)
def test_any_verb_of_discontinuing_on_help_or_relief_goods_is_an_aid_cut(text: str) -> None:
    e = only(code_text(text), "SANCTION")
    assert e.mode == "discontinue"
    assert "@discontinuing" not in (e.rule or "")  # the class is expanded into its members


def test_discontinuing_something_that_is_no_help_is_no_aid_cut() -> None:
    assert "SANCTION" not in [e.event_type for e in code_text("The city council reduced its spending on parks.")]
    assert "SANCTION" not in [e.event_type for e in code_text("The factory halted its output of steel.")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # a licence suspended is a penalty; production suspended is not
        ("The tyre maker suspended production at its plant near Velm for a week.", "COERCE"),
        # a member expelled from a party is SANCTION expel; people expelled from a town are not
        ("Militiamen expelled hundreds of villagers from the town of Kesh.", "SANCTION"),
        # officials of an international body expelled are SANCTION expel; migrants expelled are not
        ("Sudan expelled forty Eritrean migrants from the border camp.", "SANCTION"),
        # what a buyer takes control of is no held place
        ("A Velmian investor took control of the brewery in a deal worth $40 million.", "ASSAULT"),
        # a petition delivered is no aid
        ("The teachers' union delivered a petition to the education ministry.", "AID"),
    ],
)
def test_object_classes_do_not_reach_other_objects(sentence: str, category: str) -> None:
    assert category not in [e.event_type for e in code_text(sentence, published="2024-03-01")]


@pytest.mark.parametrize(
    "text",
    [
        "The Velmian treasury transferred 300 million euros to the government of Malawi.",
        "The fund released 2 billion dollars in frozen reserves to Malawi on Friday.",
        "Oman deposited $1 billion into Malawi's central bank.",
    ],
)
def test_a_sum_of_money_moved_to_another_party_is_aid(text: str) -> None:
    e = only(code_text(text), "AID")
    assert countries(e.recipient) == {"MWI"}


def test_people_released_are_still_a_release_not_money() -> None:
    events = code_text("The rebels released 40 prisoners near Gao on Friday.")
    assert "AID" not in [e.event_type for e in events]
    only(events, "RETREAT")


@pytest.mark.parametrize(
    "text",
    [
        "The Velmian police passed intelligence on the smuggling ring to Malawi.",
        "Oman provided Malawi with evidence about the network.",
        "The ministry handed over documents on the arms deals to Malawi.",
    ],
)
def test_information_passed_to_another_party_is_intelligence_shared(text: str) -> None:
    assert "AID" not in [e.event_type for e in code_text(text)]
    e = only(code_text(text), "COOPERATE")
    assert "intelligence" in e.context


def test_goods_provided_are_still_aid() -> None:
    events = code_text("Oman provided Malawi with tents and blankets.")
    assert "COOPERATE" not in [e.event_type for e in events]
    only(events, "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Oman cancelled Malawi's debt.",
        "Oman wrote off the debts of Malawi.",
        "Oman waived Malawi's debt repayments.",
    ],
)
def test_debt_let_go_is_aid_to_the_debtor(text: str) -> None:
    events = code_text(text)
    assert "SANCTION" not in [e.event_type for e in events]
    only(events, "AID")


def test_a_loan_or_a_flight_cancelled_is_no_debt_relief() -> None:
    assert "AID" not in [e.event_type for e in code_text("The airline cancelled its flights to Malawi.")]
    only(code_text("Oman cancelled its planned loan to Malawi."), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Malawi welcomed 500 refugees from the war on Tuesday.",
        "Oman has taken in more than 3,000 asylum-seekers this year.",
        "The island admitted 40 evacuees from the burning ship.",
    ],
)
def test_displaced_people_taken_in_are_given_refuge(text: str) -> None:
    events = code_text(text)
    assert "SUPPORT" not in [e.event_type for e in events]
    e = only(events, "AID")
    assert "asylum" in e.context


def test_welcoming_a_decision_is_still_support() -> None:
    events = code_text("Malawi welcomed the decision on Tuesday.")
    assert "AID" not in [e.event_type for e in events]
    only(events, "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Malawi handed over two fugitives to the Velmian police.",
        "Oman transferred the suspect to Malawi on Sunday.",
    ],
)
def test_a_wanted_person_handed_to_another_party_is_judicial_cooperation(text: str) -> None:
    e = only(code_text(text), "COOPERATE")
    assert "legal" in e.context


def test_prisoners_handed_over_are_still_released() -> None:
    events = code_text("The rebels handed over two captured soldiers to the Red Cross.")
    assert "COOPERATE" not in [e.event_type for e in events]
    only(events, "RETREAT")


def test_a_body_that_suspends_a_named_state_expels_it() -> None:
    e = only(code_text("The regional bloc suspended Gabon after the army seized power in Libreville."), "SANCTION")
    assert e.mode == "expel" and [a.text for a in e.recipient] == ["Gabon"]


def test_suspending_flights_to_a_named_state_is_no_expulsion() -> None:
    e = only(code_text("The national carrier suspended flights to Velmia on Monday."), "SANCTION")
    assert e.mode == "discontinue"


def test_duties_laid_on_another_partys_goods_are_a_sanction() -> None:
    e = only(code_text("Ardania announced anti-dumping duties on Velmian steel on Friday."), "SANCTION")
    assert e.mode == "discontinue"


def test_a_duty_laid_on_nothing_is_no_sanction() -> None:
    events = code_text("The minister said it was his duty to protect the coastline.")
    assert "SANCTION" not in [e.event_type for e in events]


def test_what_was_taken_from_its_owner_is_given_back_when_returned() -> None:
    events = code_text("The coast guard returned 15 detained fishermen to Marovia.", published="2024-03-01")
    assert [(e.event_type, e.mode) for e in events] == [("RETREAT", "release")]
    events = code_text("Customs officials returned the impounded lorries to their owners.", published="2024-03-01")
    assert "RETREAT" in [e.event_type for e in events]


def test_what_is_returned_unseized_is_no_retreat() -> None:
    events = code_text("The company returned the faulty phones to the factory.", published="2024-03-01")
    assert "RETREAT" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels ceded control of the port to the government.",
        "Kazarian forces handed over the town of Orvel to the peacekeepers.",
        "The militia surrendered the airport to the army on Friday.",
    ],
)
def test_a_held_place_ceded_is_a_withdrawal(sentence: str) -> None:
    events = code_text(sentence, published="2024-03-01")
    assert ("RETREAT", "withdraw") in [(e.event_type, e.mode) for e in events]


def test_a_thing_handed_over_that_is_no_held_place_is_no_withdrawal() -> None:
    events = code_text("The minister handed over the documents to the court.", published="2024-03-01")
    assert ("RETREAT", "withdraw") not in [(e.event_type, e.mode) for e in events]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The cabinet suspended the curfew in the northern provinces.", "CONCEDE"),
        ("The ministry waived the travel ban for foreign journalists.", "CONCEDE"),
    ],
)
def test_every_verb_of_easing_eases_a_restriction(sentence: str, category: str) -> None:
    assert category in [e.event_type for e in code_text(sentence, published="2024-03-01")]


def test_a_verb_of_easing_on_something_else_concedes_nothing() -> None:
    events = code_text("The airline suspended flights to Orvel because of the storm.", published="2024-03-01")
    assert "CONCEDE" not in [e.event_type for e in events] and "RETREAT" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    "sentence",
    ["A strike by nurses closed wards across Orsk on Tuesday.", "The teachers' strike entered its third week."],
)
def test_a_strike_held_by_labour_or_students_is_a_work_stoppage(sentence: str) -> None:
    events = code_text(sentence, published="2024-03-01")
    assert ("PROTEST", "strike") in [(e.event_type, e.mode) for e in events]


def test_a_strike_by_a_state_is_no_work_stoppage() -> None:
    events = code_text("A Russian strike hit a power plant in Kharkiv.", published="2024-03-01")
    assert "PROTEST" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The interior ministry reinstated the licences of three independent newspapers.",
        "The authorities restored the accreditation of two foreign correspondents.",
    ],
)
def test_a_permit_given_back_is_a_concession(sentence: str) -> None:
    assert "CONCEDE" in [e.event_type for e in code_text(sentence, published="2024-03-01")]


def test_restoring_what_is_no_permit_concedes_nothing() -> None:
    events = code_text("Engineers restored power to the city.", published="2024-03-01")
    assert "CONCEDE" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Union suspended sanctions on the central bank of Velmar.",
        "Washington waived tariffs on Velmari steel.",
    ],
)
def test_a_sanction_undone_is_eased(sentence: str) -> None:
    assert "RETREAT" in [e.event_type for e in code_text(sentence, published="2024-03-01")]


def test_a_verb_of_undoing_keeps_its_own_reading_of_a_domestic_levy() -> None:
    events = code_text("The Kenyan cabinet scrapped the levy on imported sugar.", published="2024-03-01")
    assert [e.event_type for e in events] == ["CONCEDE"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The junta threatened the French ambassador with expulsion.", "expel"),
        ("The government threatened the activists with detention.", "arrest"),
    ],
)
def test_a_threat_told_by_the_noun_of_its_act_takes_the_acts_mode(text: str, mode: str) -> None:
    assert only(code_text(text, published="2024-03-05"), "THREATEN").mode == mode


def test_a_content_word_keeps_its_own_mode_over_a_derived_noun() -> None:
    from eventwire.knowledge.lexicon import default_lexicon

    table = default_lexicon().cues.content_modes["REQUEST"]
    assert table["resignation"] == "change" and table["withdrawal"] == "yield"


def test_agreeing_to_another_partys_demands_is_a_concession() -> None:
    events = code_text("The junta agreed to the opposition's demand for early elections.", published="2024-03-01")
    assert [e.event_type for e in events] == ["CONCEDE"]


def test_agreeing_to_a_deal_or_a_treaty_stays_an_agreement() -> None:
    for text in ("The two countries agreed to a new trade deal.", "Kenya acceded to the convention in 2010."):
        assert "CONCEDE" not in [e.event_type for e in code_text(text, published="2024-03-01")]


def test_commuting_a_sentence_is_clemency_but_commuting_to_work_is_nothing() -> None:
    events = code_text("The king commuted the prison term of the jailed blogger on Friday.", published="2024-03-01")
    assert [e.event_type for e in events] == ["CONCEDE"]
    assert code_text("Thousands of workers commute to the capital every day.", published="2024-03-01") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities in Tashkent placed the former mayor under house arrest on Friday.",
        "The two students were kept in detention for a week.",
    ],
)
def test_people_put_or_kept_in_custody_are_detained(sentence: str) -> None:
    e = only(code_text(sentence, published="2024-03-01"), "COERCE")
    assert e.mode == "arrest" and e.recipient


def test_a_news_conference_held_in_a_prison_detains_no_one() -> None:
    evs = code_text("Officials held a news conference in the prison at Tashkent.", published="2024-03-01")
    assert "COERCE" not in [e.event_type for e in evs]


@pytest.mark.parametrize(
    "sentence",
    [
        "The interior ministry cut off electricity and water to the Borno camps on Monday.",
        "Sudanese authorities shut off the internet in Khartoum for a third day.",
        "Troops disconnected the telephone lines of the besieged district.",
    ],
)
def test_public_services_a_state_cuts_off_are_withheld(sentence: str) -> None:
    assert ("COERCE", "withhold") in [(e.event_type, e.mode) for e in code_text(sentence, published="2024-03-01")]


def test_a_company_shutting_its_own_power_plant_withholds_nothing() -> None:
    evs = code_text("The mining company shut down its power plant for repairs.", published="2024-03-01")
    assert ("COERCE", "withhold") not in [(e.event_type, e.mode) for e in evs]


# Relations improved are told by the word classes of ties and of cooperation ("improved ties",
# "improved security cooperation"), not a list of the nouns met so far.
@pytest.mark.parametrize(
    "text",
    [
        "Kandor improved its security cooperation with Velmar this year.",
        "Ostria and Velmar improve military coordination",
    ],
)
def test_cooperation_improved_is_support(text: str) -> None:
    only(code_text(text), "SUPPORT")


def test_improving_a_product_is_no_support() -> None:
    assert "SUPPORT" not in [e.event_type for e in code_text("The firm improved its software after the outage.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers bulldozed three family homes in the hill village of Tarsa on Monday.",
        "The army tore down dozens of market stalls near the border crossing.",
        "Municipal crews pulled down shops in the old quarter of Vardo on Tuesday.",
    ],
)
def test_buildings_brought_down_are_property_destroyed(sentence: str) -> None:
    assert only(code_text(sentence), "COERCE").mode == "seize"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ruling party bulldozed the budget bill through parliament on Thursday.",
        "Students tore down the posters from the campus walls.",
    ],
)
def test_bringing_down_what_is_no_building_is_no_demolition(sentence: str) -> None:
    assert "COERCE" not in [e.event_type for e in code_text(sentence)]


def test_a_network_slowed_by_the_state_is_censorship_and_no_party() -> None:
    e = only(code_text("The authorities slowed mobile internet across the province after the vote."), "COERCE")
    assert e.mode == "censor" and e.recipient == []


def test_slowing_what_is_no_network_is_no_coercion() -> None:
    events = code_text("Heavy rain slowed the rescue effort in the valley on Monday.")
    assert "COERCE" not in [e.event_type for e in events]


def test_a_place_put_under_lockdown_has_its_movement_restricted() -> None:
    e = only(code_text("Troops placed the port town of Ilha under a strict lockdown on Friday."), "COERCE")
    assert e.mode == "restrict"


def test_a_person_put_under_investigation_is_no_lockdown() -> None:
    events = code_text("The prosecutor put the former mayor under investigation on Friday.")
    assert "COERCE" not in [e.event_type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister called off the planned talks with the striking doctors.",
        "Hanoi postponed a summit with Vientiane over the border dispute.",
        "Quito cancelled the foreign minister's visit to Lima on Sunday.",
    ],
)
def test_cancelling_or_putting_off_a_meeting_rejects_it(text: str) -> None:
    """PLOVER manual: cancellation of meetings is a REJECT, not the meeting itself."""
    evs = code_text(text)
    e = only(evs, "REJECT")
    assert e.mode == "meet"
    assert not [x for x in evs if x.event_type in ("CONSULT", "AGREE")]


def test_putting_off_what_is_no_meeting_rejects_nothing() -> None:
    assert "REJECT" not in [e.event_type for e in code_text("The electoral board postponed the local polls until May.")]
    assert "REJECT" not in [e.event_type for e in code_text("The dockers called off their strike on Friday.")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Moscow blocked a draft resolution on aid convoys to Idlib.", "blocked"),
        ("Hungary blocked Kyiv's accession bid at the Brussels meeting.", "blocked"),
        ("Most senators voted against the amendment tabled by the Greens.", "voted against the amendment"),
    ],
)
def test_blocking_or_voting_against_a_proposal_vetoes_it(text: str, trigger: str) -> None:
    assert trigger in [e.trigger.text for e in code_text(text) if e.event_type == "REJECT"]


def test_blocking_a_road_or_voting_against_a_party_vetoes_nothing() -> None:
    assert "REJECT" not in [e.event_type for e in code_text("Farmers blocked the main road into Lille.")]
    assert "REJECT" not in [e.event_type for e in code_text("Many rural voters voted against the ruling party.")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Border police turned away three boats of Somali migrants at the port.", "turned away"),
        ("The assembly threw out the mayor's proposal for a new toll.", "threw out"),
    ],
)
def test_turning_people_away_or_throwing_out_a_proposal_refuses(text: str, trigger: str) -> None:
    assert trigger in [e.trigger.text for e in code_text(text) if e.event_type == "REJECT"]


def test_turning_away_from_a_party_or_throwing_out_a_player_refuses_nothing() -> None:
    assert "REJECT" not in [e.event_type for e in code_text("Young voters turned away from the Liberals.")]
    assert "REJECT" not in [e.event_type for e in code_text("The umpire threw out the batsman.")]


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank halted its lending to Harare after the vote.",
        "Tbilisi restricted fuel exports to Yerevan for a month.",
        "EU foreign ministers agreed fresh sanctions on Minsk on Monday.",
    ],
)
def test_lending_cut_trade_restricted_and_sanctions_agreed_are_sanctions(text: str) -> None:
    assert "SANCTION" in [e.event_type for e in code_text(text)]


def test_access_restricted_and_a_deal_agreed_are_no_sanctions() -> None:
    evs = code_text("Riot police restricted access to the main square.") + code_text(
        "The two ministers agreed a deal on fishing rights."
    )
    assert "SANCTION" not in [e.event_type for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Ankara imposed an export ban on Armenian-bound cargo last week.",
        "The Kremlin announced an import ban on Latvian dairy products.",
    ],
)
def test_a_ban_on_trade_is_a_sanction(text: str) -> None:
    assert "SANCTION" in [e.event_type for e in code_text(text)]


def test_a_ban_on_rallies_is_no_trade_sanction() -> None:
    evs = code_text("The governor imposed a ban on student rallies in the capital.")
    assert "SANCTION" not in [e.event_type for e in evs]


def test_shooting_down_an_idea_rejects_it_and_an_aircraft_is_still_attacked() -> None:
    idea = code_text("The finance minister shot down the suggestion of a wealth tax.")
    jet = code_text("Militants shot down a cargo plane near the airfield.")
    assert "REJECT" in [e.event_type for e in idea] and "ASSAULT" not in [e.event_type for e in idea]
    assert "REJECT" not in [e.event_type for e in jet]


@pytest.mark.parametrize(
    "text",
    [
        "Belarus was excluded from the regional trade bloc in April.",
        "Lisbon kicked out two Iranian diplomats on Thursday.",
    ],
)
def test_excluding_from_a_body_or_kicking_out_diplomats_expels(text: str) -> None:
    assert only(code_text(text), "SANCTION").mode == "expel"


def test_excluding_people_from_a_games_is_no_expulsion_from_a_body() -> None:
    evs = code_text("The organisers excluded two cyclists from the race.")
    assert "SANCTION" not in [e.event_type for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Port Moresby ended its defence pact with Jakarta on Friday.",
        "Bamako ended military cooperation with Paris last year.",
        "Quito ended diplomatic relations with Managua.",
    ],
)
def test_ending_a_pact_ties_or_cooperation_with_a_party_reduces_relations(text: str) -> None:
    evs = code_text(text)
    assert only(evs, "SANCTION").mode == "discontinue"
    assert not [e for e in evs if e.event_type in ("AGREE", "COOPERATE")]


def test_an_accord_that_ends_a_war_reduces_no_relations() -> None:
    evs = code_text("The peace accord ended twelve years of civil war in the north.")
    assert "SANCTION" not in [e.event_type for e in evs]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Malawi began exporting soya beans to Oman on Monday.", "OMN"),
        ("Oman started importing tea from Malawi last week.", "MWI"),
        ("Malawi began exports of tobacco to Oman in June.", "OMN"),
    ],
)
def test_an_exchange_set_going_is_economic_cooperation(text: str, recipient: str) -> None:
    e = only(code_text(text), "COOPERATE")
    assert countries(e.recipient) == {recipient}


def test_goods_traded_with_no_start_are_a_standing_flow() -> None:
    assert "COOPERATE" not in [e.event_type for e in code_text("Malawi exports most of its tobacco to Oman.")]


@pytest.mark.parametrize(
    "text",
    [
        "Malawi and Zambia broke ground on a joint hydropower project on Friday.",
        "Omani and Yemeni geologists began joint gas exploration near the frontier.",
        "Customs officers from Malawi and Zambia carried out joint checks at the bridge.",
    ],
)
def test_an_undertaking_named_joint_is_cooperation(text: str) -> None:
    only(code_text(text), "COOPERATE")


def test_a_project_not_named_joint_is_no_cooperation() -> None:
    events = code_text("Malawi broke ground on a hydropower project on Friday.")
    assert "COOPERATE" not in [e.event_type for e in events]

def test_a_crowd_that_blocks_any_thoroughfare_protests() -> None:
    e = only(code_text("Farmers blocked the main motorway into Kelvo with their tractors."), "PROTEST")
    assert e.mode == "obstruct"


def test_a_crowd_that_blocks_a_proposal_does_not_protest() -> None:
    # counter-case: what is blocked is no way or gate
    events = code_text("Opposition lawmakers blocked the budget proposal in committee.")
    assert not [e for e in events if e.event_type == "PROTEST"]
