"""The gold corpus (eval/): well-formed, complete, up to date with its sources, and its own text."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.evaluation.corpus import CorpusError, load_corpus, validate_article
from eventwire.ontology import CATEGORIES

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold" / "articles.jsonl"
SHARED = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(GOLD)


def test_the_corpus_is_large_and_covers_every_category_country_and_kind_of_actor(corpus) -> None:
    arts = corpus.articles
    events = [e for a in arts for e in a["events"]]
    assert len(arts) >= 150 and len(events) >= 1200
    for split in ("dev", "test"):
        cats = {e["category"] for a in corpus.split(split) for e in a["events"]}
        assert cats == set(CATEGORIES), f"{split} lacks {set(CATEGORIES) - cats}"
    countries = {p["country"] for e in events for p in e["actor"] + e["recipient"] if p["country"]}
    assert len(countries) >= 40
    sectors = {p["sector"] for e in events for p in e["actor"] + e["recipient"] if p["sector"]}
    assert {"GOV", "MIL", "COP", "REB", "PTY", "IGO", "NGO", "BUS", "MED", "CVL", "JUD", "LEG"} <= sectors
    assert sum(1 for e in events if e["restates"]) >= 50
    assert sum(1 for a in arts for _ in a["no_event_sentences"]) >= 150


def test_splits_are_fixed_by_article(corpus) -> None:
    rows = [
        line.split("\t")
        for line in (ROOT / "eval" / "gold" / "splits.tsv").read_text().splitlines()
        if not line.startswith("#")
    ]
    table = dict(rows)
    assert len(table) == len(rows), "an article is listed twice in splits.tsv"
    assert {a["id"]: a["split"] for a in corpus.articles} == table
    n_test = sum(1 for a in corpus.articles if a["split"] == "test")
    assert 0.35 <= n_test / len(corpus.articles) <= 0.65


def test_the_compiled_corpus_is_up_to_date_with_its_sources() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "eval" / "tools" / "build_corpus.py"), "--check"], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr


def _first(corpus):
    return copy.deepcopy(next(a for a in corpus.articles if a["events"] and a["events"][0]["actor"]))


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda a: a["events"][0]["trigger"].update(start=a["events"][0]["trigger"]["start"] + 1), "trigger"),
        (lambda a: a["events"][0].update(category="FIGHT"), "not a PLOVER category"),
        (lambda a: a["events"][0].update(mode="nonsense"), "is not a mode of"),
        (lambda a: a["events"][0]["actor"][0].update(sector="ARMY"), "agent code"),
        (lambda a: a["events"][0]["actor"][0].update(country="Iraq"), "ISO 3166"),
        (lambda a: a["events"][0].update(restates="e999"), "not an earlier event"),
        (lambda a: a["events"][0]["aux"].pop("denied"), "aux must hold"),
        (lambda a: a["events"][0].update(date="2021-02-30"), "not ISO"),
        (lambda a: a.update(split="train"), "split must be"),
        (lambda a: a["events"][0]["sentence"].update(end=len(a["text"]) + 5), "not inside the article"),
    ],
)
def test_a_malformed_record_fails_with_a_message_naming_the_field(corpus, mutate, message) -> None:
    art = _first(corpus)
    validate_article(art)
    mutate(art)
    with pytest.raises(CorpusError, match=message):
        validate_article(art)


def test_a_malformed_line_names_the_file_and_line(tmp_path: Path, corpus) -> None:
    art = _first(corpus)
    good = json.dumps(art)
    art["events"][0]["category"] = "FIGHT"
    p = tmp_path / "c.jsonl"
    p.write_text(good + "\n" + json.dumps(art) + "\n")
    with pytest.raises(CorpusError, match=r"c\.jsonl:2: .*FIGHT"):
        load_corpus(p)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/eval is not beside the repository")
def test_no_sentence_of_the_shared_gold_files_is_in_the_corpus(corpus) -> None:
    words = lambda s: re.findall(r"[a-z0-9]+", s.lower())  # noqa: E731
    shingles = set()
    texts = [r["text"] for r in json.loads((SHARED / "plover_gsr_dev.json").read_text())]
    texts += [p.read_text() for p in (SHARED / "seed").glob("*.txt")]
    for t in texts:
        w = words(t)
        shingles.update(" ".join(w[i : i + 8]) for i in range(len(w) - 7))
    for a in corpus.articles:
        w = words(a["text"])
        hits = [" ".join(w[i : i + 8]) for i in range(len(w) - 7) if " ".join(w[i : i + 8]) in shingles]
        assert not hits, f"{a['id']}: {hits[:2]}"
