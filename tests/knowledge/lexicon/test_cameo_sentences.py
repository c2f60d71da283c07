"""Authored sentences, one or more per CAMEO code, each coded to its code and PLOVER category.

The sentences live in ``tests/data/cameo_sentences/*.tsv`` with three tab-separated columns:
the CAMEO code, the PLOVER category and an authored sentence (lines starting with ``#`` are
comments). Each row checks that the coder produces an event of that category carrying that
code, so a lexicon entry or a content rule that reaches the code is exercised by a sentence;
every code with a PLOVER translation has a source that produces it and at least one row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import code_text
from eventwire.coding.build import _CAMEO_BY_MODE
from eventwire.coding.cameo_content import CODES
from eventwire.knowledge.lexicon import default_lexicon
from eventwire.knowledge.ontology import cameo_to_plover
from eventwire.knowledge.ontology.cameo import _TO_PLOVER

_DIR = Path(__file__).resolve().parents[2] / "data" / "cameo_sentences"


def cameo_rows() -> list[tuple[str, str, str, str]]:
    """(file name, code, category, sentence) of every row of every sentence table."""
    rows: list[tuple[str, str, str, str]] = []
    for path in sorted(_DIR.glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            assert len(parts) == 3, f"{path.name}:{n}: expected code<TAB>category<TAB>sentence"
            rows.append((f"{path.name}:{n}", *(p.strip() for p in parts)))
    return rows


_ROWS = cameo_rows()


@pytest.mark.parametrize(("where", "code", "category", "sentence"), _ROWS, ids=[r[0] for r in _ROWS])
def test_the_sentence_is_coded_to_its_cameo_code(where: str, code: str, category: str, sentence: str) -> None:
    assert cameo_to_plover(code)[0] == category, f"{where}: {code} is not a {category} code"
    events = code_text(sentence, published="2024-03-01")
    got = [(e.event_type, e.cameo.code) for e in events]
    assert (category, code) in got, f"{where}: {sentence!r} coded as {got}"


def test_every_code_plover_translates_has_an_entry_and_an_authored_sentence() -> None:
    # A code is reached by a lexicon entry, by the content stage's table or by an event's mode;
    # a two-digit root stands for its "not specified below" code ("19" for "190").
    triggers = default_lexicon().triggers
    produced = {t.cameo for t in triggers if t.cameo}
    produced |= set(CODES.values()) | set(_CAMEO_BY_MODE.values())
    authored = {code for _, code, _, _ in _ROWS}
    mapped = sorted(f"{code}0" if len(code) == 2 else code for code, plover in _TO_PLOVER.items() if plover)
    assert mapped, "the CAMEO table translates no code to PLOVER"
    unreached = [code for code in mapped if code not in produced]
    unwritten = [code for code in mapped if code not in authored]
    assert not unreached, f"CAMEO codes no lexicon entry, content rule or mode produces: {' '.join(unreached)}"
    assert not unwritten, f"CAMEO codes with no authored sentence in {_DIR.name}/*.tsv: {' '.join(unwritten)}"


@pytest.mark.parametrize(
    "sentence",
    [
        # a trend or a figure that raises concern is no party disapproving
        "The steep drop in copper prices raised concerns among traders in Lusaka.",
        # a conversation with the press is no consultation between parties
        "Speaking in a conversation with journalists, the mayor of Porto described the new tram line.",
    ],
)
def test_a_nominal_wording_without_a_party_codes_no_event(sentence: str) -> None:
    events = code_text(sentence, published="2024-03-01")
    assert not [e for e in events if e.event_type in {"ACCUSE", "CONSULT"}], [e.event_type for e in events]
