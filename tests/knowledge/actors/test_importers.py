"""PETRARCH / Phoenix dictionaries imported as a layer on top of the bundled knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.knowledge.actors import KnowledgeBase, default_kb, normalize_alias, resolve_phrase
from eventwire.knowledge.actors.importers import read_petrarch_actors, read_petrarch_agents

PHOENIX = Path(__file__).resolve().parents[3].parent / "shared" / "reference" / "petrarch2_dictionaries"


def _phoenix(name: str) -> Path:
    path = PHOENIX / name
    if not path.exists():
        pytest.skip("the reference dictionaries are not beside the repository")
    return path


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- reading the format


def test_actor_blocks_synonyms_codes_and_dates(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mini.actors.txt",
        "# comment\nRIVER_VALLEY_FRONT_ [SDNREB] # added by hand\n+VALLEY_FRONT\n+RVF\n\n"
        "JOHN_EXAMPLE_\n\t[SDNGOV 990101-031231]\n\t[SDNELI]\n",
    )
    blocks = read_petrarch_actors(path)
    assert [b.phrases for b in blocks] == [["RIVER VALLEY FRONT", "VALLEY FRONT", "RVF"], ["JOHN EXAMPLE"]]
    assert blocks[0].codes[0][:3] == ("SDNREB", None, None)
    assert blocks[1].codes[0][:3] == ("SDNGOV", "1999-01-01", "2003-12-31")
    assert blocks[1].line == 6


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("GOOD_ [USAGOV]\n+ALSO_GOOD\nBAD_ [USAGOV 2004017-050101]\n", 3, "2004017"),
        ("+ORPHAN_SYNONYM\n", 1, "before any actor"),
        ("GOOD_ [USAGOV]\nBROKEN_ [USAGOV\n", 2, "unbalanced"),
    ],
)
def test_malformed_actor_line_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = _write(tmp_path, "bad.actors.txt", text)
    with pytest.raises(DataFileError) as err:
        KnowledgeBase.load(extra_paths=[path])
    assert err.value.line == line and str(path) in str(err.value) and words in str(err.value)


def test_skip_malformed_keeps_the_rest_and_lists_what_it_left_out(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "bad.actors.txt", "BAD_ [SDNREB 2004017-050101]\n+BAD_SYNONYM\nRIVER_VALLEY_FRONT_ [SDNREB]\n"
    )
    kb = KnowledgeBase.load(extra_paths=[path], skip_malformed=True)
    assert kb.skipped and kb.skipped[0].startswith(f"{path}:1:")
    assert resolve_phrase("River Valley Front", kb=kb).country == "SDN"
    assert resolve_phrase("Bad Synonym", kb=kb) is None  # the synonym of a broken entry goes with it


def test_agents_with_substitution_sets_and_plurals(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "mini.agents.txt",
        "!PERSON! = MAN, WOMAN\nCAMEL_HERDS!PERSON! [~AGR]\nDUNE_WARDEN {DUNE_WARDENS} [~COP]\n",
    )
    agents = read_petrarch_agents(path)
    assert ("camel herdsman", "AGR", 2) in agents and ("camel herdswoman", "AGR", 2) in agents
    kb = KnowledgeBase.load(extra_paths=[path])
    assert resolve_phrase("Sudanese camel herdsmen", kb=kb).sector == "AGR"
    assert resolve_phrase("dune wardens", kb=kb).sector == "COP"
    bad = _write(tmp_path, "bad.agents.txt", "GOOD_NOUN [~GOV]\nBROKEN_NOUN [~ENV}\n")
    with pytest.raises(DataFileError) as err:
        KnowledgeBase.load(extra_paths=[bad])
    assert err.value.line == 2


# --------------------------------------------------------------------------- layering rules


def test_new_dictionary_actor_is_added_under_a_prefixed_id(tmp_path: Path) -> None:
    path = _write(tmp_path, "mini.actors.txt", "RIVER_VALLEY_FRONT_ [SDNREB]\n+RVF\n")
    kb = KnowledgeBase.load(extra_paths=[path], prefix="mine")
    res = resolve_phrase("the River Valley Front", kb=kb)
    assert (res.kb_id, res.country, res.sector) == ("mine_river_valley_front", "SDN", "REB")
    assert resolve_phrase("RVF", kb=kb).kb_id == "mine_river_valley_front"


def test_dictionary_spellings_extend_the_bundled_actor_keeping_its_id(tmp_path: Path) -> None:
    path = _write(tmp_path, "mini.actors.txt", "KATAIB_HEZBOLLAH_ [IRQREB]\n+KATAEB_HIZBULLAH_AL_IRAQ\n")
    before = resolve_phrase("Kataeb Hizbullah al Iraq")
    kb = KnowledgeBase.load(extra_paths=[path])
    after = resolve_phrase("Kataeb Hizbullah al Iraq", kb=kb)
    assert before is None or before.kb_id != "kataib_hezbollah"
    assert after is not None and after.kb_id == "kataib_hezbollah" and after.resolved_by.startswith("kb_")
    assert ("backed_by", "IRN") in {(a.type, a.target) for a in after.affiliations}  # bundled coding kept


def test_yaml_user_file_overrides_a_bundled_entry_with_the_same_id(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "override.yaml",
        "- {id: kataib_hezbollah, name: Kataib Hezbollah, kind: armed_group, country: IRQ, sector: MIL,"
        " aliases: [KH brigades]}\n",
    )
    kb = KnowledgeBase.load(extra_paths=[path])
    res = resolve_phrase("Kataib Hezbollah", kb=kb)
    assert (res.kb_id, res.sector, res.affiliations) == ("kataib_hezbollah", "MIL", ())
    assert resolve_phrase("KH brigades", kb=kb).kb_id == "kataib_hezbollah"


# --------------------------------------------------------------------------- the real Phoenix dictionaries


def test_phoenix_non_state_dictionary_imports_and_extends_hezbollah() -> None:
    path = _phoenix("Phoenix.MilNonState.actors.txt")
    blocks = read_petrarch_actors(path)
    hezbollah = next(b for b in blocks if normalize_alias(b.phrases[0]) == "hezbollah")
    kb = KnowledgeBase.load(extra_paths=[path], prefix="phoenix")
    assert len(kb) > len(default_kb())
    for spelling in hezbollah.phrases:
        res = resolve_phrase(spelling.title(), kb=kb)
        assert res is not None and res.kb_id == "hezbollah", spelling
    # Kataib Hezbollah is not in the Phoenix file: it stays the Iraqi group, not Lebanon's
    res = resolve_phrase("Kataib Hezbollah", kb=kb)
    assert (res.kb_id, res.country) == ("kataib_hezbollah", "IRQ")


def test_phoenix_agents_extend_the_agent_nouns() -> None:
    path = _phoenix("Phoenix.agents.txt")
    agents = read_petrarch_agents(path, skipped=[])
    kb = KnowledgeBase.load(extra_paths=[path], skip_malformed=True)
    assert kb.skipped and all(s.startswith(str(path) + ":") for s in kb.skipped)
    new = [(p, c) for p, c, _ in agents if c in kb.sectors and default_kb().noun(normalize_alias(p)) is None]
    assert len(new) > 100
    for phrase, code in new[:50]:
        assert kb.noun(normalize_alias(phrase)) is not None, phrase


def test_phoenix_malformed_line_is_named_in_strict_mode() -> None:
    path = _phoenix("Phoenix.International.actors.txt")
    with pytest.raises(DataFileError) as err:
        KnowledgeBase.load(extra_paths=[path])
    assert err.value.line is not None and err.value.path == str(path)
    assert path.read_text(encoding="utf-8").splitlines()[err.value.line - 1].strip()
