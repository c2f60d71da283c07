"""Where a trigger stands in its sentence (eventwire.coding.clauses), on sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire import code_text
from eventwire.coding.clauses import missed_main_verb
from tests.event_helpers import only


def test_clauses_a_semicolon_parts_are_two_events_with_their_own_actors() -> None:
    evs = code_text("Court jails opposition leader; police detain dozens at rally")
    by_trigger = {e.trigger.text: e for e in evs}
    assert {"jails", "detain"} <= set(by_trigger)
    assert [a.text for a in by_trigger["jails"].actor] == ["Court"]
    assert [a.text for a in by_trigger["detain"].actor] == ["police"]


def test_a_semicolon_lends_no_party_across_it() -> None:
    evs = code_text("Court jails opposition leader; police detain dozens at rally")
    detain = next(e for e in evs if e.trigger.text == "detain")
    assert all("leader" not in a.text for a in detain.recipient)


@pytest.mark.parametrize(
    ("headline", "first", "second"),
    [
        ("Sudanese refugees protest aid cuts, reject return plan", "PROTEST", "REJECT"),
        ("Chad quits regional pact, warns ships bound for Libya", "SANCTION", "THREATEN"),
    ],
)
def test_two_headline_clauses_side_by_side_are_both_the_subjects_acts(headline: str, first: str, second: str) -> None:
    events = code_text(headline)
    actors = {e.event_type: [a.text for a in e.actor] for e in events}
    subject = headline.split(" ")[0] if first == "SANCTION" else "Sudanese refugees"
    assert actors.get(first) == [subject] and actors.get(second) == [subject]


def test_a_quotation_verb_after_its_quote_keeps_its_own_subject() -> None:
    events = code_text("Talks with the rebels will fail, warns the Nigerian envoy.")
    assert all(a.text != "Talks" for e in events for a in e.actor)


def test_a_clause_with_its_own_subject_after_with_is_a_second_event() -> None:
    evs = code_text("Serbian and Kosovar leaders met in Brussels on Friday, with Serbia accusing Kosovo of bad faith.")
    e = only(evs, "ACCUSE")
    assert [a.country for a in e.actor] == ["SRB"]
    assert [a.country for a in e.recipient] == ["XKX"]


def test_the_subject_of_a_with_clause_is_no_party_of_the_act_before_it() -> None:
    evs = code_text("Thai and Cambodian troops exchanged fire on Friday, with each side blaming the other.")
    e = only(evs, "ASSAULT")
    assert all("side" not in a.text for a in e.recipient)


def test_what_an_amount_in_a_clauses_object_is_of_is_the_act_beside_another() -> None:
    text = "The Asian Development Bank approved $300 million in new funding for Ghana, and Japan pledged 2 million yen."
    evs = code_text(text, published="2023-01-03")
    aid = only(evs, "AID")
    assert aid.trigger.text == "funding" and [a.text for a in aid.recipient] == ["Ghana"]
    only(evs, "AGREE")


def test_an_amount_that_is_no_clauses_object_lends_its_noun_no_main_role() -> None:
    evs = code_text("The loan, worth 40 tonnes of gold, angered the unions, and Japan pledged 20 million yen.")
    assert not [e for e in evs if e.event_type == "AID"]


def test_a_headlines_present_as_clause_is_a_second_event() -> None:
    evs = code_text("Riot police fire water cannon as farmers march on parliament in Lisbon")
    e = only(evs, "PROTEST")
    assert [a.text for a in e.actor] == ["farmers"]


def test_a_past_as_clause_in_a_report_stays_the_scene() -> None:
    evs = code_text("Police in Lisbon detained 40 people on Monday as farmers marched on parliament.")
    assert [e.event_type for e in evs] == ["COERCE"]


def test_a_trigger_noun_a_clause_says_broke_out_is_an_event_of_its_own() -> None:
    evs = code_text("The army imposed a curfew in Ndjamena after riots erupted in the central market.")
    assert {"COERCE", "PROTEST"} <= {e.event_type for e in evs}


def test_a_headlines_spreading_protests_are_an_event_beside_the_arrests() -> None:
    evs = code_text("Police detain dozens in Quito as protests spread to the oil fields")
    assert only(evs, "PROTEST").trigger.text == "protests"


def test_a_trigger_noun_inside_what_spread_is_no_event() -> None:
    evs = code_text("Fear of an attack spread through the town after the army left on Sunday.")
    assert "ASSAULT" not in {e.event_type for e in evs}


def test_a_relative_clause_in_the_perfect_reports_a_happening_of_its_own() -> None:
    evs = code_text("The envoy met the Bolivian president, whom Lima has backed since May.")
    e = only(evs, "SUPPORT")
    assert e.trigger.text == "backed"
    assert [a.country for a in e.actor] == ["PER"]


def test_a_perfect_relative_clause_that_a_habit_adverb_qualifies_is_no_happening() -> None:
    evs = code_text("The envoy met the Bolivian president, whom Lima has always backed.")
    assert [e.event_type for e in evs] == ["CONSULT"]


def test_a_meeting_with_its_own_parties_in_a_phrase_of_time_is_an_event_of_its_own() -> None:
    evs = code_text("Troops pulled back from the ridge during negotiations with the rebels.")
    assert {e.event_type for e in evs} == {"RETREAT", "CONSULT"}
    assert [a.text for a in only(evs, "CONSULT").recipient] == ["the rebels"]


def test_a_scene_with_no_parties_or_no_meeting_stays_scene() -> None:
    assert [e.event_type for e in code_text("Ghana reopened its border with Togo on Friday following talks.")] == [
        "RETREAT"
    ]


def test_protests_an_act_follows_are_their_protesters_own_event() -> None:
    evs = code_text("Ghana reopened its border with Togo on Friday following protests by farmers.")
    assert sorted(e.event_type for e in evs) == ["PROTEST", "RETREAT"]
    assert [a.text for a in only(evs, "PROTEST").actor] == ["farmers"]


def test_a_go_betweens_part_told_by_a_participle_on_a_noun_is_its_own_meeting() -> None:
    evs = code_text("Chile and Peru ended their fishing dispute under a truce brokered by Brazil.")
    assert [a.country for a in only(evs, "CONSULT").actor] == ["BRA"]


def test_talks_hosted_by_a_party_are_one_meeting() -> None:
    evs = code_text("The two men met on Monday for talks hosted by the Brazilian president.")
    assert [e.event_type for e in evs] == ["CONSULT"]


def test_the_parties_of_a_phone_call_between_two_leaders_are_its_actors() -> None:
    text = "Chad lifted the curfew a week early following a telephone call between President Deby and President Burhan."
    evs = code_text(text)
    assert {a.text for a in only(evs, "CONSULT").actor} == {"President Deby", "President Burhan"}
    assert [a.text for a in only(evs, "CONCEDE").actor] == ["Chad"]


@pytest.mark.parametrize(
    ("text", "category", "trigger", "actor"),
    [
        (
            "Nepal's opposition lawmakers walked out of parliament on Monday, chanting slogans, "
            "before riot police arrested their leader.",
            "COERCE",
            "arrested",
            "riot police",
        ),
        (
            "Farmers in Punjab have blocked the highway since the state government arrested three union leaders.",
            "COERCE",
            "arrested",
            "the state government",
        ),
        ("Bolivia recalled its ambassador from Lima because Peruvian troops shelled a border post.", "ASSAULT",
         "shelled", "Peruvian troops"),
    ],
)
def test_a_past_clause_of_what_went_before_or_caused_the_act_is_an_event_of_its_own(
    text: str, category: str, trigger: str, actor: str
) -> None:
    ev = only(code_text(text), category)
    assert ev.trigger.text == trigger
    assert [a.text for a in ev.actor] == [actor]


def test_an_until_clause_is_a_limit_not_an_event_of_its_own() -> None:
    evs = code_text("Nepal's opposition lawmakers walked out of parliament until the speaker arrested their leader.")
    assert [e.event_type for e in evs] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister of Ruritania stepped down after weeks of mass protests.",
        "Police arrested 40 people during demonstrations over the disputed vote in Harare.",
    ],
)
def test_protests_that_another_act_follows_or_breaks_up_are_events_of_their_own(text: str) -> None:
    evs = code_text(text, published="2024-05-15")
    assert len(evs) == 2
    protest = only(evs, "PROTEST")
    assert protest.actor == []  # the other act's party did not protest


def test_a_single_rally_an_act_follows_stays_its_scene() -> None:
    evs = code_text("The mayor of Tirana resigned after the rally in the main square.", published="2024-05-15")
    assert [e.event_type for e in evs] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Union leader Tomas Rivera, who was arrested on Monday, was freed by police on Wednesday.",
        "Opposition leader Maria Santos, who was jailed in 2019 for fraud, praised the verdict.",
    ],
)
def test_what_a_passive_relative_clause_says_was_done_to_a_named_person_is_its_own_event(text: str) -> None:
    events = code_text(text, published="2021-09-16")
    held = [e for e in events if e.event_type == "COERCE"]
    assert len(held) == 1
    assert "Rivera" in held[0].recipient[0].text or "Santos" in held[0].recipient[0].text
    assert not held[0].actor


def test_the_passive_relative_clause_takes_its_own_date() -> None:
    events = code_text(
        "Union leader Tomas Rivera, who was arrested on Monday, was freed by police on Wednesday.",
        published="2021-09-16",
    )
    held = next(e for e in events if e.event_type == "COERCE")
    assert held.date == "2021-09-13"


def test_a_passive_relative_clause_on_a_common_noun_stays_scene() -> None:
    events = code_text("Police freed the workers who were arrested on Monday.", published="2021-09-16")
    assert [e.event_type for e in events] == ["RETREAT"]


def test_an_attack_that_left_people_dead_in_an_after_clause_is_its_own_event() -> None:
    events = code_text(
        "The army sealed the valley on Saturday, a day after an ambush left four soldiers dead.",
        published="2021-09-16",
    )
    attack = only(events, "ASSAULT")
    assert attack.trigger.text == "ambush"
    assert [r.text for r in attack.recipient] == ["four soldiers"]
    assert attack.date == "2021-09-10"


def test_a_storm_that_left_villages_flooded_is_no_attack() -> None:
    events = code_text("The army sealed the valley on Saturday, a day after the storm left four villages flooded.")
    assert [e.event_type for e in events] == ["COERCE"]


def test_a_dated_before_clause_under_a_participles_report_is_its_own_event() -> None:
    events = code_text(
        "A Lusaka court blocked the transfer in May, ruling that the deal was unlawful, before the two ministries"
        " signed a joint accord in July.",
        published="2021-09-16",
    )
    signed = only(events, "SUPPORT")
    assert signed.trigger.text == "signed"
    assert [a.text for a in signed.actor] == ["the two ministries"]
    assert signed.date == "2021-07"


def test_an_undated_before_clause_under_a_participles_report_stays_scene() -> None:
    events = code_text(
        "A Lusaka court blocked the transfer in May, ruling that the deal was unlawful, before the two ministries"
        " signed a joint accord.",
        published="2021-09-16",
    )
    assert [e.event_type for e in events] == ["COERCE"]


def test_the_object_of_a_relative_clause_on_a_named_party_is_that_partys_act() -> None:
    text = "Kenya and Uganda, which launched air strikes on rebel camps in March, accused Sudan of arming the militia."
    evs = code_text(text)
    strikes = only(evs, "ASSAULT")
    assert {a.country for a in strikes.actor} == {"KEN", "UGA"}
    assert "accused" in {e.trigger.text for e in evs}


def test_a_verb_coordinated_with_a_relative_clause_on_a_party_is_that_partys_act_too() -> None:
    evs = code_text("The minister, who dissolved the council and seized the archives last year, left on Monday.")
    assert {"dissolved", "seized"} <= {e.trigger.text for e in evs}


def test_the_object_of_a_relative_clause_on_a_thing_stays_its_description() -> None:
    evs = code_text("The ministers discussed the accord, which ended air strikes on the border towns in May.")
    assert "strikes" not in {e.trigger.text for e in evs}


def test_a_relative_clause_on_a_party_with_no_date_stays_a_word_on_who_it_is() -> None:
    text = "Kenya and Uganda, which have long carried out air strikes on rebel camps, accused Sudan of arming rebels."
    evs = code_text(text)
    assert "strikes" not in {e.trigger.text for e in evs}


def test_protests_at_which_people_were_held_are_happenings_of_their_own() -> None:
    events = code_text("Police in Vasko detained forty students at protests over tuition fees on Monday.")
    assert {e.event_type for e in events} == {"COERCE", "PROTEST"}


def test_the_one_rally_someone_was_held_at_is_only_the_scene() -> None:
    events = code_text("Police in Vasko detained a student at the rally on Monday.")
    assert [e.event_type for e in events] == ["COERCE"]  # a single rally is one told of before


def test_an_act_named_as_the_subject_of_a_past_verb_is_told_as_done() -> None:
    evs = code_text("The detention of the newspaper's editor led Botswana to recall its ambassador from Harare.")
    e = only(evs, "COERCE")
    assert e.mode == "arrest" and [r.text for r in e.recipient] == ["the newspaper's editor"]


def test_an_act_named_as_the_subject_of_a_conditional_is_not_told_as_done() -> None:
    evs = code_text("The detention of the newspaper's editor would draw sharp criticism, the minister warned.")
    assert not [e for e in evs if e.event_type == "COERCE"]


@pytest.mark.parametrize(
    ("sentence", "event", "trigger", "actor"),
    [
        ("Valdoria condemned the sanctions imposed by the Nordic Council on its banks last month.",
         "SANCTION", "imposed", ["the Nordic Council"]),
        ("Fishermen in Port Amal say they still honour the truce reached in March.", "AGREE", "reached", []),
        ("Aid groups discussed the accord signed in April between Chad and Niger.", "SUPPORT", "signed",
         ["Chad", "Niger"]),
    ],
)
def test_a_participle_with_its_own_agent_or_date_on_an_act_noun_tells_that_act(
    sentence: str, event: str, trigger: str, actor: list[str]
) -> None:
    told = [e for e in code_text(sentence) if e.trigger.text == trigger]
    assert [e.event_type for e in told] == [event]
    assert [a.text for a in told[0].actor] == actor  # the participle's own "by" or "between", never the subject


def test_the_party_its_act_noun_is_imposed_on_is_the_recipient() -> None:
    told = only(code_text("Hungary criticised the sanctions imposed by the European Union on Belarus in January."),
                "SANCTION")
    assert [a.text for a in told.recipient] == ["Belarus"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare reference back to an act, with no agent and no time of its own
        "Traders in the capital complained about the measures imposed on the port.",
        "The ban imposed on opposition rallies remains in force.",
        # set only by another happening, not dated or done by a party named
        "Shopkeepers in Dunmore ignored the curfew imposed after the riots.",
        # a proposal is no agreement, however dated
        "The plan proposed by Kenya last week was discussed by the ministers.",
    ],
)
def test_a_participle_on_an_act_noun_with_no_agent_or_date_of_its_own_stays_scene(sentence: str) -> None:
    assert not [e for e in code_text(sentence) if e.trigger.text in ("imposed", "proposed") or e.event_type == "AGREE"]


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Both armies have broken the truce signed last month, monitors said.", True),
        # a year written out marks an older act referred back to
        ("Both armies have broken the truce signed in March 2019, monitors said.", False),
    ],
)
def test_a_participle_dated_with_its_year_is_only_a_reference_back(sentence: str, told: bool) -> None:
    events = code_text(sentence, published="2024-09-05")
    assert [e.trigger.text for e in events if e.event_type == "AGREE"] == (["signed"] if told else [])
    assert [e.event_type for e in events if e.trigger.text == "broken"] == ["ASSAULT"]  # the main act stays


def test_a_dated_participle_on_people_is_its_own_happening_with_them_as_recipient() -> None:
    evs = code_text("Police questioned two students arrested on Monday.", published="2024-03-06")
    arrest = next(e for e in evs if e.trigger.text == "arrested")
    assert arrest.event_type == "COERCE"
    assert [a.text for a in arrest.recipient] == ["two students"]
    assert not arrest.actor  # the police questioned them; who arrested them is not told


def test_a_participle_on_people_with_a_by_agent_takes_the_agent_as_actor() -> None:
    evs = code_text("The minister demanded the return of the fishermen seized by the coast guard on Sunday.",
                    published="2024-03-06")
    seized = next(e for e in evs if e.trigger.text == "seized")
    assert [a.text for a in seized.actor] == ["the coast guard"]
    assert [a.text for a in seized.recipient] == ["the fishermen"]


def test_an_undated_participle_on_people_stays_a_description() -> None:
    evs = code_text("The families of soldiers killed in the war marched to the ministry.", published="2024-03-06")
    assert [e.event_type for e in evs] == ["PROTEST"]


def test_a_participle_of_accusing_on_the_people_held_is_an_accusation_by_the_holders() -> None:
    evs = code_text("Police in Tamale arrested nine traders accused of smuggling fuel across the border.")
    accuse = [e for e in evs if e.event_type == "ACCUSE"]
    assert len(accuse) == 1
    assert [a.text for a in accuse[0].actor] == ["Police in Tamale"]
    assert [r.text for r in accuse[0].recipient] == ["nine traders"]


def test_the_accuser_of_a_count_of_people_is_the_party_that_holds_them() -> None:
    evs = code_text("Soldiers rounded up dozens of youths accused of looting shops in the market.")
    accuse = [e for e in evs if e.event_type == "ACCUSE"]
    assert len(accuse) == 1 and [a.text for a in accuse[0].actor] == ["Soldiers"]


@pytest.mark.parametrize(
    "text",
    [
        "The accused men were freed on Monday after a judge in Tamale threw out the case.",
        "A judge freed the two traders accused in the fuel case.",
        "Police released the so-called accused after a week in custody.",
    ],
)
def test_a_participle_of_accusing_without_a_deed_is_no_new_accusation(text: str) -> None:
    assert not [e for e in code_text(text) if e.event_type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "category", "actor"),
    [
        (
            '"These rocket tests endanger the whole region," the foreign minister told reporters in Brno, '
            "adding that her government had lodged a formal protest with the Ostrian embassy.",
            "ACCUSE",
            "her government",
        ),
        (
            '"We will never bow to this pressure," the spokesman told reporters, adding that the government '
            "had withdrawn from the regional trade pact in 2019.",
            "SANCTION",
            "the government",
        ),
    ],
)
def test_what_adding_that_reports_is_the_reports_own_event(text: str, category: str, actor: str) -> None:
    evs = code_text(text, published="2024-03-05")
    assert [actor] in [[a.text for a in e.actor] for e in evs if e.event_type == category]


def test_a_toll_that_adding_that_counts_stays_with_its_attack() -> None:
    text = (
        "Police moved into the Belmont district on Monday and traded fire with armed men for an hour, "
        "the interior ministry said, adding that three officers were wounded."
    )
    evs = code_text(text, published="2024-03-05")
    assert [e.trigger.text for e in evs if e.event_type == "ASSAULT"] == ["traded"]


def test_what_a_participle_of_reasons_says_stays_the_scene() -> None:
    evs = code_text("Thousands rallied in the capital on Sunday, saying the army had seized power illegally.")
    assert [e.event_type for e in evs] == ["PROTEST"]


def test_a_past_verb_the_parser_hung_on_the_subject_is_the_main_verb() -> None:
    text = (
        "The Pan-Arab Commission on Civil Rights called on the army to free the students detained at the "
        "weekend protests."
    )
    e = only(code_text(text, published="2024-03-05"), "REQUEST")
    assert [a.text for a in e.recipient] == ["the army"]


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_past_verb_on_a_root_noun_with_no_comma_is_a_missed_main_verb() -> None:
    doc = _parsed(
        ["The", "commission", "urged", "calm"],
        [1, 1, 1, 2],
        ["det", "ROOT", "acl", "dobj"],
        ["DT", "NN", "VBD", "NN"],
        ["DET", "NOUN", "VERB", "NOUN"],
    )
    assert missed_main_verb(doc[2])


def test_a_verb_set_off_by_a_comma_with_an_agent_modifies_its_noun() -> None:
    doc = _parsed(
        ["The", "army", ",", "invited", "by", "rebels"],
        [1, 1, 1, 1, 3, 4],
        ["det", "ROOT", "punct", "acl", "agent", "pobj"],
        ["DT", "NN", ",", "VBD", "IN", "NNS"],
        ["DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN"],
    )
    assert not missed_main_verb(doc[3])
