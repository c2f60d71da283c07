"""The bundled lexicon: every entry valid against the ontology, every category covered."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.knowledge.lexicon import default_lexicon, load_lexicon
from eventwire.knowledge.ontology import CAMEO_CODES, CATEGORIES, CONTEXTS, MODES, cameo_to_plover


def test_every_category_has_verbal_and_nominal_triggers() -> None:
    lex = default_lexicon()
    for cat in CATEGORIES:
        pos = {t.pos for t in lex.triggers if t.event == cat}
        assert "VERB" in pos, f"{cat} has no verb trigger"
        if cat not in ("SUPPORT",):
            assert "NOUN" in pos, f"{cat} has no nominal trigger"


def test_modes_cameo_codes_and_contexts_are_valid() -> None:
    lex = default_lexicon()
    for t in lex.triggers:
        if t.mode is not None:
            assert t.mode in MODES[t.event], f"line {t.line}: mode {t.mode} not a mode of {t.event}"
        assert t.cameo is not None and t.cameo in CAMEO_CODES, f"line {t.line}: CAMEO {t.cameo} unknown"
        for ctx in t.context:
            assert ctx in CONTEXTS, f"line {t.line}: context {ctx}"
    for cat, table in lex.cues.content_modes.items():
        for lemma, mode in table.items():
            assert mode in MODES[cat], f"content mode {mode} of {lemma} not a mode of {cat}"
    for ctx in set(lex.cues.contexts.values()):
        assert ctx in CONTEXTS, ctx


def test_no_two_entries_are_identical_in_their_constraints() -> None:
    seen: dict[tuple[object, ...], int] = {}
    for t in default_lexicon().triggers:
        key = (
            t.lemma,
            t.pos,
            t.with_,
            t.with_object,
            t.object,
            t.compound,
            t.needs_content,
            t.needs_complement,
            t.head,
            t.subject_sector,
            t.object_sector,
            t.subject,
            t.intransitive,
            t.frame,
        )
        assert key not in seen, f"line {t.line} repeats line {seen[key]}"
        seen[key] = t.line


def test_malformed_entry_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text(
        'version: "1"\nentries:\n  - {lemma: urge, pos: VERB, event: REQUEST}\n  - {lemma: attack, pos: VERB, '
        'event: ATTACK}\n'
    )
    with pytest.raises(DataFileError, match=r"triggers.yaml:4: unknown PLOVER category 'ATTACK'"):
        load_lexicon(triggers_path=bad)


def test_unknown_field_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text('version: "1"\nentries:\n  - {lemma: urge, pos: VERB, event: REQUEST, objekt: [x]}\n')
    with pytest.raises(DataFileError, match="unknown field"):
        load_lexicon(triggers_path=bad)


def test_a_word_class_as_lemma_is_one_entry_per_member(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text(
        'version: "1"\nentries:\n  - {lemma: "@growth", pos: VERB, event: COOPERATE, object: [trade]}\n'
    )
    lex = load_lexicon(triggers_path=path)
    (increase,) = lex.candidates("increase", "VERB")
    assert increase.event == "COOPERATE" and increase.object == {"trade"}
    (step,) = lex.candidates("step", "VERB")
    assert step.with_ == {"up"}  # "step up": the verb and its particle


def test_an_unknown_word_class_as_lemma_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text('version: "1"\nentries:\n  - {lemma: "@nosuchclass", pos: VERB, event: REQUEST}\n')
    with pytest.raises(DataFileError, match=r"triggers.yaml:3: unknown word class '@nosuchclass'"):
        load_lexicon(triggers_path=bad)


def test_every_material_act_code_that_plover_translates_is_carried_by_an_entry() -> None:
    # consultation to yielding (04-08) and force posture to mass violence (15-20); a two-digit
    # root is carried by its "not specified below" code ("040")
    carried = {t.cameo for t in default_lexicon().triggers}
    material = [c for c in CAMEO_CODES if c[:2] in {"04", "05", "06", "07", "08", "15", "16", "17", "18", "19", "20"}]
    missing = [c for c in material if cameo_to_plover(c) is not None and (c + "0" if len(c) == 2 else c) not in carried]
    assert len(material) > 80
    assert not missing, f"no lexicon entry carries {missing}"


def test_an_intransitive_entry_matches_only_a_verb_with_no_object() -> None:
    from eventwire.coding.pipeline import parse
    from eventwire.coding.triggers import entry_matches
    from eventwire.knowledge.lexicon import default_lexicon

    entry = next(t for t in default_lexicon().triggers if t.lemma == "quit" and t.intransitive)
    alone, with_object = parse("The minister quit on Sunday."), parse("The minister quit the party on Sunday.")
    assert entry_matches(alone[2], entry) is not None
    assert entry_matches(with_object[2], entry) is None


def test_a_named_class_keeps_its_name_for_names_of_its_kind() -> None:
    from eventwire.knowledge.lexicon import default_lexicon

    entry = next(t for t in default_lexicon().triggers if t.lemma == "quit" and "bloc" in t.object)
    assert "@organisation" in entry.object and "bloc" in entry.object
