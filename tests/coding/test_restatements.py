"""Restatements merged into one record (eventwire.coding.restatements), on articles written for the test."""

from __future__ import annotations

from eventwire import code_text


def test_headline_lead_and_body_tell_one_happening_once_with_every_telling_kept() -> None:
    text = (
        "Rebels shell market in Mopti\n\n"
        "Islamist rebels shelled a crowded market in Mopti on Sunday, local officials said.\n\n"
        "The rebels shelled the market for an hour before the army arrived.\n"
    )
    assault = [e for e in code_text(text, published="2022-06-07") if e.event_type == "ASSAULT"]
    assert len(assault) == 1
    e = assault[0]
    assert len(e.restated) >= 1
    for t in e.restated:
        assert text[t.trigger.start : t.trigger.end] == t.trigger.text
    assert e.date == "2022-06-05"  # the lead's date fills the headline's record


def test_two_parties_doing_the_same_to_one_party_are_two_happenings() -> None:
    text = (
        "The European Union urged Russia to return to the grain deal on Tuesday.\n\n"
        "Separately, the African Union urged Russia to return to the grain deal.\n"
    )
    requests = [e for e in code_text(text, published="2023-07-19") if e.event_type == "REQUEST"]
    assert len(requests) == 2
    assert all(not e.restated for e in requests)


def test_a_headline_and_its_lead_telling_one_act_in_other_words_are_one_record() -> None:
    text = (
        "Bomb blast kills nine at market in northern Nigeria\n\n"
        "A bomb exploded at a crowded cattle market in Maiduguri on Saturday, killing nine traders, police said.\n\n"
        "No group claimed the attack."
    )
    evs = [e for e in code_text(text, published="2022-05-08") if e.event_type == "ASSAULT"]
    assert len(evs) == 1 and len(evs[0].restated) >= 1


def test_a_headline_summarises_only_one_happening_of_its_lead() -> None:
    text = (
        "Navy detains 20 fishermen off Jaffna\n\n"
        "The navy detained 20 fishermen and arrested two smugglers off Jaffna on Monday, officials said."
    )
    evs = [e for e in code_text(text, published="2024-03-05") if e.event_type == "COERCE"]
    assert len(evs) == 2


def test_a_headline_state_and_the_lead_organ_that_acted_are_one_record_led_by_the_fuller_telling() -> None:
    text = (
        "Kazakhstan detains dozens after fuel price protests\n\n"
        "Kazakh police detained dozens of demonstrators in Almaty on Tuesday after protests over fuel prices, "
        "the interior ministry said.\n"
    )
    evs = [e for e in code_text(text, published="2022-01-05") if e.event_type == "COERCE"]
    assert len(evs) == 1, [(e.trigger.text, [a.text for a in e.actor]) for e in evs]
    e = evs[0]
    assert e.trigger.text == "detained" and e.actor[0].sector == "COP"  # the lead's telling leads
    assert [t.trigger.text for t in e.restated] == ["detains"]
    assert e.date == "2022-01-04"


def test_a_state_and_another_state_organ_outside_the_headline_stay_two_happenings() -> None:
    text = (
        "Kazakhstan detained three journalists on Monday, the rights group said.\n\n"
        "Separately, Uzbek police detained dozens of protesters in Nukus on Tuesday.\n"
    )
    evs = [e for e in code_text(text, published="2022-07-06") if e.event_type == "COERCE"]
    assert len(evs) == 2


def test_a_body_and_the_organisation_it_is_part_of_tell_one_happening() -> None:
    text = (
        "U.N. condemns coup in Niger\n\n"
        "The U.N. Security Council on Friday condemned the military takeover in Niger and called for "
        "the release of President Mohamed Bazoum.\n"
    )
    evs = [e for e in code_text(text, published="2023-07-29") if e.event_type == "ACCUSE"]
    assert len(evs) == 1 and evs[0].restated, [(e.trigger.text, [a.kb_id for a in e.actor]) for e in evs]


def test_a_headline_state_and_its_leader_acting_on_the_same_party_in_the_body_are_one_happening() -> None:
    text = (
        "Colombia blames Venezuela for border shooting\n\n"
        "BOGOTA, March 4 (Wire) - Two Colombian soldiers were wounded near Cucuta on Sunday, the army said.\n\n"
        "President Gustavo Petro accused Venezuela on Monday of sheltering the gunmen who fired on the patrol.\n"
    )
    evs = [e for e in code_text(text, published="2024-03-04") if e.event_type == "ACCUSE"]
    assert len(evs) == 1, [(e.trigger.text, [a.text for a in e.actor]) for e in evs]


def test_a_participle_restating_the_act_it_hangs_on_is_not_a_second_happening() -> None:
    text = "The prime minister blamed Rwanda for the fighting, accusing Kigali of arming the rebels."
    evs = [e for e in code_text(text, published="2023-01-03") if e.event_type == "ACCUSE"]
    assert [e.trigger.text for e in evs] == ["blamed"]


def test_a_participle_of_another_act_stays_its_own_event() -> None:
    evs = code_text("Police arrested six men in Nakuru, accusing them of arson.", published="2023-01-03")
    assert {"COERCE", "ACCUSE"} <= {e.event_type for e in evs}


def test_a_count_in_a_body_sentence_stays_apart_from_a_named_party_elsewhere() -> None:
    from eventwire.coding.restatements import _side
    from eventwire.record import Actor

    count = [Actor(text="nine", start=0, end=4, country="NGA")]
    traders = [Actor(text="nine traders", start=10, end=22, country="NGA", sector="BUS")]
    assert _side(count, traders) == "clash"
    assert _side(count, traders, loose=True) == "same"


def test_a_day_named_but_not_resolved_still_dates_the_merged_record() -> None:
    from eventwire import code_text
    from eventwire.coding.restatements import _absorb

    (undated,) = code_text("Rebels stormed an army base near Aleppo.")
    (named,) = code_text("Rebel fighters stormed an army base near Aleppo on Sunday.")
    assert named.date_source == "unresolved" and undated.date_source != "unresolved"
    merged = _absorb(undated, named)
    assert merged.date is None and merged.date_source == "unresolved" and merged.date_text == "Sunday"


def test_an_armed_group_and_the_attackers_it_became_are_one_party() -> None:
    from eventwire.coding.restatements import _side
    from eventwire.record import Actor

    militants = [Actor(text="Militants", start=0, end=9, country="PAK", sector="REB")]
    attackers = [Actor(text="The attackers", start=50, end=63, country="PAK", sector="UAF")]
    police = [Actor(text="police", start=70, end=76, country="PAK", sector="COP")]
    assert _side(militants, attackers) == "same"
    assert _side(attackers, police) == "clash"


def test_an_ambush_told_again_by_the_attackers_is_one_record() -> None:
    text = (
        "QUETTA (Reuters) - Militants ambushed an army convoy near Turbat in Pakistan on Friday, killing "
        "14 soldiers, the military said.\n\nThe attackers fired rockets at the convoy before fleeing, it said."
    )
    evs = [e for e in code_text(text, published="2023-11-04") if e.event_type == "ASSAULT"]
    fired = [e for e in evs if "fired" in {t.trigger.text for t in e.restated} | {e.trigger.text}]
    assert len(fired) == 1 and fired[0].restated, [(e.trigger.text, [a.text for a in e.actor]) for e in evs]


def test_a_headline_and_its_lead_giving_the_act_different_manners_are_one_record() -> None:
    text = (
        "Insurgents bomb rail bridge in Sindh\n\n"
        "Suspected insurgents blew up a railway bridge near Sukkur on Monday, police said.\n"
    )
    evs = [e for e in code_text(text, published="2024-02-06") if e.event_type == "ASSAULT"]
    assert len(evs) == 1 and [t.trigger.text for t in evs[0].restated] == ["bomb"], [
        (e.trigger.text, e.mode) for e in evs
    ]


def test_two_manners_of_one_kind_of_act_outside_a_headline_and_its_lead_stay_apart() -> None:
    from dataclasses import replace

    from eventwire.coding.restatements import same_happening

    (first,) = code_text("Rebels shelled an army post near Gao on Sunday.", published="2024-02-06")
    (second,) = code_text("Later that day, rebels opened fire on an army post near Gao.", published="2024-02-06")
    second = replace(second, sentence=replace(second.sentence, start=second.sentence.start + 100))
    assert first.mode != second.mode
    assert not same_happening(first, second)
    assert same_happening(first, second, headline_and_lead=True)


def test_a_headline_state_and_the_lead_organ_acted_on_are_one_party() -> None:
    text = (
        "Vietnam accuses China of ramming fishing boat\n\n"
        "Vietnam on Tuesday accused China's coast guard of ramming a Vietnamese fishing boat near the Paracel "
        "Islands.\n"
    )
    evs = [e for e in code_text(text, published="2024-02-06") if e.event_type == "ACCUSE"]
    assert len(evs) == 1, [(e.trigger.text, [a.text for a in e.recipient]) for e in evs]
    assert evs[0].recipient[0].sector == "MIL"  # the lead's organ, not the headline's bare state


def test_between_a_headline_and_its_lead_only_places_both_name_contradict() -> None:
    from dataclasses import replace

    from eventwire.coding.restatements import _places_clash
    from eventwire.record import Place

    (e,) = code_text("Rebels shelled an army post on Sunday.", published="2024-02-06")
    inferred = replace(e, location=Place(name="Chad", country="TCD", lat=None, lon=None, precision="country"))
    named = replace(
        e, location=Place(name="Gao", country="MLI", lat=None, lon=None, precision="city", text="Gao", start=0, end=3)
    )
    also_named = replace(
        e, location=Place(name="Abeche", country="TCD", lat=None, lon=None, precision="city", text="Abeche")
    )
    assert not _places_clash(inferred, named, named_only=True)
    assert _places_clash(inferred, named)  # beyond a headline and its lead, any two countries clash
    assert _places_clash(also_named, named, named_only=True)


def test_a_telling_that_names_no_recipient_takes_none_from_another() -> None:
    from dataclasses import replace

    from eventwire.coding.restatements import _absorb
    from eventwire.record import Actor

    (lead,) = code_text(
        "Malian soldiers opened fire overnight near the border, officials said.", published="2024-02-06"
    )
    town = Actor(text="Kidal", start=0, end=5, country="MLI", sector="GOV")
    headline = replace(
        lead, recipient=[town], actor=[], sentence=replace(lead.sentence, start=lead.sentence.start + 500)
    )
    assert _absorb(lead, headline).recipient == []
    unresolved = replace(lead, recipient=[Actor(text="the town", start=20, end=28)])
    assert _absorb(unresolved, headline).recipient == [town]  # a party it names but cannot resolve is filled


_VISIT = (
    "Qatari delegation visits Cairo ahead of truce talks\n\n"
    "A Qatari delegation visited Cairo on Monday to prepare talks on a truce, officials said.\n\n"
)


def test_a_body_telling_whose_actor_is_unresolved_restates_the_headline_act_on_the_same_party() -> None:
    # (not "The team": a bare "the team" now stands for the delegation named before, and is resolved)
    text = _VISIT + "The visitors met Egyptian foreign ministry officials and plan to travel on to Alexandria.\n"
    evs = [e for e in code_text(text, published="2024-02-06") if e.event_type == "CONSULT"]
    assert len(evs) == 1 and "met" in [t.trigger.text for t in evs[0].restated], [e.trigger.text for e in evs]


def test_a_body_telling_dated_apart_from_the_headline_stays_its_own_happening() -> None:
    text = _VISIT + "In 2019 the team met officials from Egypt's foreign ministry in Alexandria.\n"
    evs = [e for e in code_text(text, published="2024-02-06") if e.event_type == "CONSULT"]
    assert len(evs) == 2


def test_a_body_telling_as_full_as_the_headline_leads_the_record() -> None:
    from dataclasses import replace

    from eventwire.coding.restatements import _absorb
    from eventwire.record import TextSpan

    (body,) = code_text("Congolese troops shelled rebel positions near Goma, the army said.", published="2024-02-07")
    head = replace(body, trigger=TextSpan("shell", 0, 5), sentence=TextSpan("Troops shell rebels", 0, 19))
    assert _absorb(head, body, headline=True).trigger == body.trigger
    assert _absorb(head, body).trigger == head.trigger  # between two body tellings the first leads a tie


def test_a_record_the_headline_tells_stays_the_headline_s_when_its_lead_telling_leads() -> None:
    text = (
        "Police fire rubber bullets at striking dock workers\n\n"
        "Police fired rubber bullets at striking dock workers in Chittagong on Tuesday, officials said.\n\n"
        "At least 30 workers were injured, a union leader said.\n"
    )
    evs = [e for e in code_text(text, published="2024-02-07") if e.event_type == "ASSAULT"]
    assert len(evs) == 1, [(e.trigger.text, [t.trigger.text for t in e.restated]) for e in evs]
    assert evs[0].trigger.text == "fired" and "injured" in [t.trigger.text for t in evs[0].restated]


_CLASH = (
    "Opposition supporters clash with police in Lahore\n\n"
    "Pakistani police fired tear gas at crowds in Lahore on Saturday, while demonstrators threw rocks at officers, "
    "witnesses said.\n\n"
)


def test_an_undated_act_on_the_party_an_earlier_sentence_dated_takes_that_day() -> None:
    text = _CLASH + "The provincial government said two policemen were killed and 30 were hurt.\n"
    killed = [e for e in code_text(text, published="2024-03-04") if e.trigger.text == "killed"]
    assert len(killed) == 1 and killed[0].date == "2024-03-02", [(e.trigger.text, e.date) for e in killed]
    assert killed[0].date_source == "retold"


def test_an_act_on_that_party_with_a_day_of_its_own_keeps_its_day() -> None:
    text = _CLASH + "The provincial government said two policemen were killed on Monday in a clash in Multan.\n"
    killed = [e for e in code_text(text, published="2024-03-04") if e.trigger.text == "killed"]
    assert len(killed) == 1 and killed[0].date == "2024-03-04"


def test_an_undated_act_on_another_party_is_the_news_of_the_day() -> None:
    # (a sentence after the second paragraph's opening one, which tells the lead's happening on)
    other = "Shops stayed shut across the province. In Karachi, gunmen shot dead a judge at his home, police said.\n"
    evs = [e for e in code_text(_CLASH + other, published="2024-03-04") if "judge" in e.sentence.text]
    assert evs and all(e.date == "2024-03-04" for e in evs), [(e.trigger.text, e.date) for e in evs]


_TANKER = "Iran seizes tanker near Qeshm\n\n" + (
    "Iran's Revolutionary Guards said on Tuesday they had seized a Panamanian-flagged tanker carrying smuggled diesel "
    "near Qeshm island.\n\n"
)


def test_a_reported_past_perfect_act_takes_the_day_another_telling_gives_not_the_day_it_was_said() -> None:
    text = _TANKER + "The Revolutionary Guards seized the Panamanian tanker on Sunday night, the Tasnim agency said.\n"
    seized = [e for e in code_text(text, published="2024-03-05") if e.event_type == "COERCE"]
    assert len(seized) == 1 and seized[0].date == "2024-03-03", [(e.trigger.text, e.date) for e in seized]


def test_a_reported_past_perfect_act_keeps_the_reporting_day_when_the_other_seizure_is_another() -> None:
    text = _TANKER + (
        "The Revolutionary Guards also seized a Comoros-flagged vessel on Sunday night near Bandar Abbas, the Tasnim "
        "agency said.\n"
    )
    evs = [e for e in code_text(text, published="2024-03-05") if e.event_type == "COERCE"]
    assert sorted(e.date for e in evs) == ["2024-03-03", "2024-03-05"], [(e.trigger.text, e.date) for e in evs]
