"""The generated day of news (``benchmarks/corpus.py`` with ``day=``): published on the day, its events
dated that day and the days before, and the corpus without ``day`` as it was."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from eventwire.coding.coder import code_texts
from tests.event_helpers import bench_corpus

DAY = dt.date(2024, 3, 14)


def test_every_article_of_a_day_is_published_on_it_and_differs_from_the_spread_corpus() -> None:
    corpus = bench_corpus()
    day = list(corpus.corpus_texts(30, seed=4, day=DAY))
    spread = list(corpus.corpus_texts(30, seed=4))
    assert {published for _text, published in day} == {DAY}
    assert len({published for _text, published in spread}) > 20  # spread over years
    assert [text for text, _ in day] != [text for text, _ in spread]
    assert list(corpus.corpus_texts(30, seed=4, day=None)) == spread


def test_the_events_of_a_day_fall_on_it_and_the_days_before() -> None:
    corpus = bench_corpus()
    texts = [text for text, _published in corpus.corpus_texts(6, seed=9, day=DAY)]
    days = Counter()
    for events in code_texts(texts, published=DAY):
        for event in events:
            if event.date_precision == "day" and event.date:
                days[(DAY - dt.date.fromisoformat(event.date)).days] += 1
    total = sum(days.values())
    assert total > 30
    assert min(days) >= 0 and max(days) <= 366  # nothing after the day, nothing older than a year
    assert days[0] > total / 2  # most on the day itself
    assert sum(n for back, n in days.items() if back <= 6) > 0.8 * total  # the rest mostly in the week before
