"""Authored sentences, one or more per CAMEO code, each coded to its code and PLOVER category.

The sentences live in ``tests/data/cameo_sentences/*.tsv`` with three tab-separated columns:
the CAMEO code, the PLOVER category and an authored sentence (lines starting with ``#`` are
comments). Each row checks that the coder produces an event of that category carrying that
code, so a lexicon entry or a content rule that reaches the code is exercised by a sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import code_text
from eventwire.knowledge.ontology import cameo_to_plover

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
