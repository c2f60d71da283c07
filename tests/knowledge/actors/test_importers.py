"""PETRARCH / Phoenix dictionaries imported as a layer on top of the bundled knowledge base."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli import main
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
        ("+ORPHAN_SYNONYM [USAGOV]\n", 1, "before any actor"),
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


# --------------------------------------------------------------------------- PETRARCH syntax, one feature each


def _load_one(tmp_path: Path, text: str, name: str = "syntax.actors.txt") -> KnowledgeBase:
    return KnowledgeBase.load(extra_paths=[_write(tmp_path, name, text)], prefix="t")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PALESTINIAN_AUTHORITY_OFFICE [psegov]\n", [("PSEGOV", None, None)]),  # lowercase code
        ("X_\n\t[EGYGOV > 140608]\n", [("EGYGOV", "2014-06-08", None)]),  # spaces in a date restriction
        ("X_\n\t[HOB < 950601]\n", [("HOB", None, "1995-06-01")]),
        ("X_\n\t[HOBGOV 19950601 - 19990815]\n", [("HOBGOV", "1995-06-01", "1999-08-15")]),
        ("X_\n\t[ONO <911226]\n", [("ONO", None, "1991-12-26")]),
        ("ISILDUR  [+++]\n", [("+++", None, None)]),  # null codes
        ("BOROMIR  [---]\n", [("---", None, None)]),
        ("LORIEN  [ELR/GAL]\n", [("ELR", None, None), ("GAL", None, None)]),  # slash alternatives
        ("X_ [FRO/BIL/SAM >990101]\n", [(c, "1999-01-01", None) for c in ("FRO", "BIL", "SAM")]),
        ("\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# x\n", [("IGOUNODEVWBK", "1947-03-01", "1949-06-30")]),
    ],
)
def test_petrarch_code_syntax(tmp_path: Path, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    blocks = read_petrarch_actors(_write(tmp_path, "one.actors.txt", text))
    assert len(blocks) == 1 and [c[:3] for c in blocks[0].codes] == expected


def test_petrarch_comment_forms(tmp_path: Path) -> None:
    text = (
        "<!-- HEADER -->\n"
        "<!--\n# a comment over\nFAKE_ACTOR_IN_COMMENT [USAGOV]\n# several lines -->\n"
        "# a whole-line comment\n"
        "ATHENS_FRONT  [GRCREB] #JW   10/17/91\n"
        "+ATHENS_FRONT_ALIAS <!-- an inline comment --> \n"
        "#NASGUL  [###]  # commented out\n"
        "GOLLUM_FRONT  # pas 27 Apr 03\n\t[HOBREB > 990816]\n\t\n"
    )
    blocks = read_petrarch_actors(_write(tmp_path, "comments.actors.txt", text))
    assert [b.phrases for b in blocks] == [["ATHENS FRONT", "ATHENS FRONT ALIAS"], ["GOLLUM FRONT"]]
    assert [b.line for b in blocks] == [7, 10]


def test_codes_that_are_not_iso3_become_user_defined_countries(tmp_path: Path) -> None:
    kb = _load_one(
        tmp_path,
        "HOBBIT_COUNCIL_ [HOBGOV]\nWESTERN_FRONT_ [WEUREB]\nTIMOR_FRONT_ [TMPREB]\nISILDUR_ [+++]\n",
    )
    report = kb.import_reports[0]
    assert report.user_countries == {"HOB": "HOB (user-defined)", "WEU": "WEU (user-defined)"}
    assert report.read_as_iso3 == {"TMP": "TLS"} and report.uncoded == 1 and report.added == 3
    assert "HOB" in kb.countries and "HOB" in kb.stats()["user_defined_countries"]
    assert (resolve_phrase("Hobbit Council", kb=kb).country, resolve_phrase("Hobbit Council", kb=kb).sector) == (
        "HOB",
        "GOV",
    )
    assert resolve_phrase("Western Front", kb=kb).country == "WEU"
    assert resolve_phrase("Timor Front", kb=kb).country == "TLS"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("GOOD_ [USAGOV]\n\t[USAGOV 9008223-911221]\n", 2, "7 digits"),
        ("GOOD_ [USAGOV]\n\t[USAGOV 19820101]\n", 2, "is not YYMMDD-YYMMDD, >YYMMDD or <YYMMDD"),
        ("GOOD_ [USAGOV]\n\t[USAGOV >140231]\n", 2, "not a calendar date"),
        ("GOOD_ [USAGOV]\n+FAEROYENE]_\n", 2, "unbalanced brackets"),
        ("GOOD_ [USAGOV]\n\t[US$GOV]\n", 2, "not a CAMEO code"),
        ("\t[USAGOV]\nGOOD_ [USAGOV]\n", 1, "before any actor"),
    ],
)
def test_malformed_lines_are_skipped_with_file_line_and_reason(
    tmp_path: Path, text: str, line: int, reason: str
) -> None:
    path = _write(tmp_path, "bad.actors.txt", text)
    kb = KnowledgeBase.load(extra_paths=[path], skip_malformed=True, prefix="t")
    assert len(kb.skipped) == 1 and kb.skipped[0].startswith(f"{path}:{line}: ") and reason in kb.skipped[0]
    assert resolve_phrase("Good", kb=kb) is not None and kb.import_reports[0].added == 1
    with pytest.raises(DataFileError) as err:
        KnowledgeBase.load(extra_paths=[path])
    assert err.value.line == line and reason in err.value.reason


# --------------------------------------------------------------------------- eventwire actors add


@pytest.fixture()
def user_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTWIRE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("EVENTWIRE_NO_USER_ACTORS", raising=False)
    default_kb.cache_clear()
    yield tmp_path
    default_kb.cache_clear()


def _add(*args: str) -> Result:
    return CliRunner().invoke(main, ["actors", "add", *args])


def test_add_skips_malformed_lines_with_a_warning_and_reports_counts(user_env: Path) -> None:
    path = _write(
        user_env,
        "mine.actors.txt",
        "RIVER_VALLEY_FRONT_ [SDNREB]\n+RVF\nBAD_FRONT_ [SDNREB 2004017-050101]\nDUNE_GUARD_ [dunmil]\n",
    )
    result = _add(str(path))
    assert result.exit_code == 0, result.output
    assert f"warning: {path}:3: date '2004017' has 7 digits" in result.output
    assert "kept as user-defined countries: DUN" in result.output
    assert result.output.splitlines()[-1] == "2 entries added, 1 lines skipped"
    assert list((user_env / "data" / "actors").glob("001-mine.actors.txt"))
    kb = default_kb()  # the added file is read again, its malformed line left out
    assert resolve_phrase("RVF", kb=kb).country == "SDN" and resolve_phrase("Dune Guard", kb=kb).country == "DUN"


def test_add_strict_refuses_the_file_at_its_first_malformed_line(user_env: Path) -> None:
    path = _write(user_env, "mine.actors.txt", "RIVER_VALLEY_FRONT_ [SDNREB]\nBAD_FRONT_ [SDNREB 2004017-050101]\n")
    result = _add("--strict", str(path))
    assert result.exit_code == 1 and f"{path}:2:" in result.output and "nothing was added" in result.output
    assert not (user_env / "data" / "actors").exists() or not list((user_env / "data" / "actors").iterdir())
    clean = _write(
        user_env, "clean.actors.txt", "X_FRONT_ [pserEB]\n\t[HOBGOV 19950601 - 19990815]\nLORIEN [ELR/GAL]\n"
    )
    result = _add("--strict", str(clean))
    assert result.exit_code == 0 and result.output.splitlines()[-1] == "2 entries added, 0 lines skipped"


# --------------------------------------------------------------------------- every reference dictionary

#: Lines of the reference dictionaries that are not PETRARCH syntax: dates of 7, 9 or 10 digits,
#: a bare date with no '>', '<' or range, a stray ']', a '}' for a ']', an agent without a code.
KNOWN_TYPOS = {
    "Phoenix.Countries.actors.txt": {2039, 15346, 18010, 22508, 22519, 31715, 43613, 51384},
    "Phoenix.International.actors.txt": {40},
    "Phoenix.MilNonState.actors.txt": set(),
    "Phoenix.agents.txt": {544, 1927},
    "PETR.Validate.actors.txt": set(),
    "PETR.Validate.agents.txt": set(),
}


def test_every_reference_dictionary_loads_in_one_run(user_env: Path) -> None:
    paths = [_phoenix(name) for name in KNOWN_TYPOS]
    for path in paths:
        result = _add(str(path))
        assert result.exit_code == 0, result.output
        warning = re.compile(rf"eventwire: warning: {re.escape(str(path))}:(\d+): \S.*; line skipped")
        warned = {int(m.group(1)) for m in map(warning.fullmatch, result.output.splitlines()) if m}
        assert warned == KNOWN_TYPOS[path.name], (path.name, warned)
        last = re.fullmatch(r"(\d+) entries added, (\d+) lines skipped", result.output.splitlines()[-1])
        assert last is not None, result.output
        added, skipped = last.groups()
        assert int(skipped) == len(KNOWN_TYPOS[path.name]) and int(added) > 30, result.output
    kb = default_kb()
    assert [Path(r.path).name.split("-", 1)[1] for r in kb.import_reports] == list(KNOWN_TYPOS)
    assert {"USR", "YUG", "MEA", "HOB"} <= set(kb.stats()["user_defined_countries"])
    assert resolve_phrase("Kinakuta", kb=kb).country == "KNT"


@pytest.mark.parametrize("name", ["CAMEO.2.0.txt", "PETR.Validate.verbs.txt", "PETR.Validate.discards.txt"])
def test_verb_and_discard_dictionaries_are_refused_with_a_reason(user_env: Path, name: str) -> None:
    result = _add(str(_phoenix(name)))
    assert result.exit_code == 1 and "nothing was added" in result.output
    assert ("verb dictionary" if "verbs" in name or "CAMEO" in name else "not an actor or agent") in result.output
