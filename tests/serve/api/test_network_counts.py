"""The network's kept counts: after appends, deletions and under filters, the same answer as
aggregating every matching event afresh in the store."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from eventwire.serve.api import _network
from eventwire.serve.api._views import _filter, network, network_afresh
from eventwire.store import open_store
from eventwire.store.rows import EVENT_COLUMNS, event_row

# every name has one country and sector, so members are ordered without ties
ACTORS = [(None, "Army of Mali", "MLI", "MIL"), (None, "Mali", "MLI", None), ("jnim", "JNIM", "MLI", "REB"),
          (None, "Government of Niger", "NER", "GOV"), ("wagner", "Wagner Group", "RUS", "UAF"),
          (None, "villagers", "MLI", "CVL"), (None, "Niger police", "NER", "COP"),
          ("ecowas", "ECOWAS", None, "IGO")]  # fmt: skip


def records(rng: random.Random, article: str, n: int) -> list[dict[str, Any]]:
    out = []
    for k in range(n):
        sides = [rng.choice(ACTORS) for _ in range(2)]
        actor, recipient = ([{"kb_id": kb, "name": name, "text": name, "country": c, "sector": s}]
                            for kb, name, c, s in sides)  # fmt: skip
        out.append({
            "id": f"{article}-{k}", "event_type": rng.choice(("ASSAULT", "AGREE", "ACCUSE")),
            "actor": actor, "recipient": recipient if rng.random() < 0.9 else [],
            "date": f"2023-05-{rng.randint(1, 28):02d}", "date_precision": "day",
            "cameo": {"quad_class": rng.choice((1, 2, 3, 4, None))},
            "aux": {"negated": rng.random() < 0.1}, "article": {"id": article, "published": "2023-05-28"},
        })  # fmt: skip
    return out


def add(store: Any, recs: list[dict[str, Any]]) -> None:
    with store.transaction():
        store.insert_rows("events", EVENT_COLUMNS, [event_row(r, r["article"]["id"]) for r in recs])


FILTERS: list[dict[str, Any]] = [{}, {"type": "ASSAULT"}, {"include_negated": True}, {"country": "MLI"}]


def check(store: Any) -> None:
    for filters in FILTERS:
        for max_edges in (3, 80):
            assert network(store, filters, max_edges=max_edges) == network_afresh(store, filters, max_edges), filters


def test_kept_counts_equal_a_fresh_aggregation_through_appends_and_deletions(tmp_path: Path) -> None:
    rng = random.Random(3)
    with open_store(tmp_path / "events.duckdb") as store:
        assert network(store, {}) == {"nodes": [], "edges": []}
        add(store, records(rng, "a0", 40))
        check(store)
        counts = _network._COUNTS[store][(_filter({}).where, ())]
        for i in range(1, 4):  # appends are added to the kept counts
            add(store, records(rng, f"a{i}", 30))
            check(store)
            assert _network._COUNTS[store][(_filter({}).where, ())] is counts
        assert counts.upto == store.fetch("SELECT max(rowid) FROM events")[0][0]
        store.execute("DELETE FROM events WHERE article_id = 'a1'")  # an article coded again: its rows go
        check(store)
        assert _network._COUNTS[store][(_filter({}).where, ())] is not counts
        # as many rows deleted as added: the same count, other rows
        store.execute("DELETE FROM events WHERE article_id = 'a2'")
        add(store, records(rng, "a2", 30))
        check(store)
        assert network(store, {}, max_edges=1000)["edges"], "the store has dyads"


def test_counts_are_kept_per_store(tmp_path: Path) -> None:
    rng = random.Random(4)
    with open_store(tmp_path / "one.duckdb") as one, open_store(tmp_path / "two.duckdb") as two:
        add(one, records(rng, "x", 30))
        add(two, records(rng, "y", 30))
        assert network(one, {}) == network_afresh(one, {}, 80) and network(two, {}) == network_afresh(two, {}, 80)
        assert network(one, {}) != network(two, {})
