"""``eventwire evaluate``: gold records in both forms, halves, formats, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.evaluation import load_gold, split_half

pytestmark = pytest.mark.slow

# Written for this test: GSR form (2016 names) and eventwire's own record form.
GSR_RECORDS = [
    {
        "id": "a",
        "text": "Police arrested twelve protesters in Nairobi on Monday.",
        "event": "COERCE",
        "mode": "detain",
        "source": [{"actorText": "Police", "code": "KEN", "sector": "COP"}],
        "target": [{"actorText": "protesters", "code": "KEN", "sector": "CVL"}],
    },
    {
        "id": "b",
        "text": "Peru condemned the attack on its embassy in Caracas.",
        "event": "DISAPPROVE",
        "source": [{"actorText": "Peru", "code": "PER"}],
        "target": "",
    },
    {
        "id": "c",
        "text": "The weather was mild in Oslo on Sunday.",
        "event": "FIGHT",
        "source": [{"actorText": "nobody", "code": "NOR"}],
    },
]
OWN_RECORDS = [
    {
        "event_type": "SANCTION",
        "mode": None,
        "sentence": {"text": "The European Union imposed sanctions on Belarus.", "start": 0, "end": 48},
        "actor": [{"text": "The European Union", "country": None, "sector": "IGO"}],
        "recipient": [{"text": "Belarus", "country": "BLR", "sector": None}],
    },
]


def run(*args: str) -> tuple[int, str, str]:
    res = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return res.exit_code, res.stdout, res.stderr


@pytest.fixture()
def gsr(tmp_path: Path) -> Path:
    p = tmp_path / "gold.json"
    p.write_text(json.dumps(GSR_RECORDS), encoding="utf-8")
    return p


def test_legacy_names_and_modes_are_mapped(gsr: Path) -> None:
    gold = load_gold(gsr)
    assert [g.event for g in gold] == ["COERCE", "ACCUSE", "ASSAULT"]
    assert gold[0].mode == "arrest" and gold[1].recipient == ()


def test_halves_partition_the_sentences(gsr: Path) -> None:
    gold = load_gold(gsr)
    even, odd = split_half(gold, "even"), split_half(gold, "odd")
    assert [g.id for g in even] == ["a", "c"] and [g.id for g in odd] == ["b"]


def test_table_json_and_breakdowns(gsr: Path) -> None:
    code, out, _ = run("evaluate", str(gsr))
    assert code == 0 and "category_accuracy" in out and "confusion" in out
    code, out, _ = run("evaluate", str(gsr), "--format", "json", "--by", "mode", "--misses")
    data = json.loads(out)
    s = data["summary"]
    assert s["records"] == 3 and s["sentences"] == 3
    # the weather sentence has no event: it is a miss of its gold FIGHT and counts as no-event
    assert any(m["id"] == "c" for m in data["misses"])
    assert 0 < s["no_event_share"] <= 1 / 3 + 1e-9
    assert data["breakdown"]["by"] == "mode"
    for by in ("actor", "context"):
        code, out, _ = run("evaluate", str(gsr), "--by", by)
        assert code == 0 and by.split("_")[0] in out.lower()


def test_own_record_form(tmp_path: Path) -> None:
    p = tmp_path / "own.json"
    p.write_text(json.dumps(OWN_RECORDS), encoding="utf-8")
    code, out, _ = run("evaluate", str(p), "--format", "json")
    s = json.loads(out)["summary"]
    assert code == 0 and s["records"] == 1 and s["category_accuracy"] == 1.0
    assert s["recipient_country_accuracy"] == 1.0


def test_markdown_document_has_both_halves(gsr: Path, tmp_path: Path) -> None:
    out_path = tmp_path / "accuracy.md"
    code, _, err = run("evaluate", str(gsr), "--format", "markdown", "--output", str(out_path))
    text = out_path.read_text(encoding="utf-8")
    assert code == 0 and "wrote" in err
    assert "odd half" in text and "eventwire evaluate" in text and "## Confusion matrix" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot read gold records"),
        ('{"a": 1}', "expected a JSON list"),
        ('[{"text": "x"}]', "record 0 needs"),
        ('[{"text": "x", "event": "EXPLODE"}]', "unknown PLOVER category"),
        ("[]", "no gold records"),
    ],
)
def test_bad_gold_gives_one_line(tmp_path: Path, content: str, message: str) -> None:
    p = tmp_path / "bad.json"
    p.write_text(content, encoding="utf-8")
    code, out, err = run("evaluate", str(p))
    assert code == 1 and out == "" and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_gold_file(tmp_path: Path) -> None:
    code, _, err = run("evaluate", str(tmp_path / "nope.json"))
    assert code == 1 and "no such file" in err


GOLD_CORPUS = Path(__file__).resolve().parents[2] / "eval" / "gold" / "articles.jsonl"


def test_the_gold_corpus_is_scored_by_split_in_every_field(tmp_path: Path) -> None:
    lines = GOLD_CORPUS.read_text(encoding="utf-8").splitlines()
    dev = next(line for line in lines if '"split": "dev"' in line)
    test = next(line for line in lines if '"split": "test"' in line)
    p = tmp_path / "two.jsonl"
    p.write_text(dev + "\n" + test + "\n", encoding="utf-8")
    code, out, _ = run("evaluate", str(p))
    assert code == 0
    assert "precision: every field right" in out and "recall: every field right" in out
    code, out, _ = run("evaluate", str(p), "--split", "test", "--format", "json", "--misses")
    data = json.loads(out)
    assert code == 0 and set(data) == {"test", "wrong_outputs", "missed_happenings"}
    assert data["test"]["articles"] == 1 and "all" in data["test"]["precision"]
    missed = data["missed_happenings"]
    assert all(m["split"] == "test" and m["trigger"] and m["trigger"] in m["sentence"] for m in missed)
    found = data["test"]["recall"]["category"]
    assert len(missed) == round(data["test"]["happenings"] * (1 - found))  # the misses behind category recall


def test_stories_are_scored_by_label(tmp_path: Path) -> None:
    p = tmp_path / "stories.jsonl"
    stories = [
        {
            "id": "s1",
            "label": "PROTEST",
            "mode": "DEMO",
            "title": "Teachers march in the capital",
            "text": "Thousands of teachers marched through the capital on Monday to demand higher pay.",
        },
        {
            "id": "s2",
            "label": "FIGHT",
            "mode": None,
            "title": "Rebels shell a town",
            "text": "Rebels shelled the town of Kidal on Sunday, killing three soldiers.",
        },
    ]
    p.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    code, out, _ = run("evaluate", str(p), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["stories"] == 2 and 0 <= data["label_found"] <= 1
    assert set(data["per_label"]) == {"PROTEST", "ASSAULT"}  # 2016 names mapped
