"""The parse: sentence starts preset at every news region, the rest left to the parser."""

from __future__ import annotations

from eventwire.coding.pipeline import load_nlp, parse, regions_of

# Headlines without final punctuation, each followed by a paragraph: the parser alone glues them on.
TEXT = (
    "Rebels shell market in northern town\n\n"
    "Three people were killed when shells hit the market on Sunday, officials said\n\n"
    "Army denies role in the strike\n\n"
    "The army said it had no troops in the area and called for an inquiry."
)


def test_every_news_region_starts_a_sentence() -> None:
    doc = parse(TEXT)
    region_starts = {start for start, _end, _kind in regions_of(TEXT)}
    assert len(region_starts) == 4
    sentence_starts = {s.start_char for s in doc.sents}
    assert region_starts <= sentence_starts
    # the preset starts are marked, and only at tokens: no other token was touched
    assert all(t.is_sent_start for t in doc if t.idx in region_starts)


def test_the_parser_still_splits_inside_a_region() -> None:
    text = "Troops withdrew. Residents returned home on Monday."
    assert [s.text for s in parse(text).sents] == ["Troops withdrew.", "Residents returned home on Monday."]


def test_a_doc_made_for_the_parse_has_only_the_region_starts_preset() -> None:
    from eventwire.coding.pipeline import _make_doc

    doc = _make_doc(load_nlp(), TEXT)
    preset = [t.idx for t in doc if t.is_sent_start]
    region_starts = sorted(start for start, _end, _kind in regions_of(TEXT))
    # the region starts, and the whitespace token after each region end (the gap before the next)
    assert [i for i in preset if i in region_starts] == region_starts
    assert all(i in region_starts or doc.text[i].isspace() for i in preset)


def test_the_entities_of_a_span_are_found_once_and_each_caller_gets_its_own_list() -> None:
    from eventwire.coding.pipeline import span_ents

    doc = parse("Kenyan police arrested five members of al-Shabaab in Mombasa on Monday, officials in Nairobi said.")
    sent = doc[0 : len(doc)]
    first = span_ents(sent)
    assert [(e.start, e.end, e.label_) for e in first] == [(e.start, e.end, e.label_) for e in sent.ents]
    first.clear()  # a caller's own list: the next caller is not affected
    assert [(e.start, e.end) for e in span_ents(sent)] == [(e.start, e.end) for e in sent.ents]
    assert span_ents(sent) is not span_ents(sent)


def test_the_entity_bounds_of_a_token_are_those_of_the_entity_holding_it() -> None:
    from eventwire.coding.pipeline import ent_bounds, ent_of

    doc = parse("Rangers of the Zambia Wildlife Authority closed two parks near Livingstone on Friday.")
    for tok in doc:
        ent = ent_of(tok)
        assert ent_bounds(tok) == ((ent.start, ent.end) if ent is not None else None)
    assert any(ent_bounds(tok) is not None for tok in doc)
    assert ent_bounds(doc[0]) is None  # "Rangers": no entity


def test_the_lexicon_verbs_count_for_lemmas() -> None:
    from eventwire import code_text

    e = next(e for e in code_text("Riot police cordoned off the main square in Lima on Monday."))
    assert (e.event_type, e.mode, e.trigger.text) == ("COERCE", "restrict", "cordoned off")


def test_a_prefix_or_a_particle_joined_by_a_hyphen_stays_one_word() -> None:
    doc = parse("Ghana co-hosted the summit; nurses staged a sit-in and a walk-out.")
    words = [t.text for t in doc]
    assert {"co-hosted", "sit-in", "walk-out"} <= set(words)
    assert next(t for t in doc if t.text == "co-hosted").lemma_ == "co-host"


def test_a_hyphen_between_a_name_and_a_word_still_parts_them() -> None:
    words = [t.text for t in parse("The Iran-backed group held a pro-government rally.")]
    assert "Iran" in words and "backed" in words and "pro-government" not in words
