"""Property-based checks of the coder and the readers on generated text (bounded to run quickly)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from eventwire import analyze_text  # noqa: E402
from eventwire.errors import InputError  # noqa: E402
from eventwire.knowledge.ontology import plover  # noqa: E402

_WORDS = st.sampled_from(
    "Rebels troops attacked shelled met accused the town of Kirkuk Iraqi forces police said on Monday yesterday "
    "last week \u201cno\u201d , . ! ? \n \n\n 2018-02-06 March 5 caf\u00e9 \u2028 \u0085 \t attack".split(" ")
)
_TEXTS = st.one_of(
    st.lists(_WORDS, min_size=1, max_size=60).map(" ".join),
    st.text(min_size=1, max_size=300),
)
_DATES = st.one_of(st.none(), st.dates(min_value=dt.date.min, max_value=dt.date.max))
_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None, derandomize=True
)


def _valid_date(value: str | None, precision: str | None) -> None:
    if value is None:
        return
    if precision in ("day", "week"):
        dt.date.fromisoformat(value)
    elif precision == "month":
        dt.date.fromisoformat(value + "-01")
    else:
        assert len(value) == 4 and 1 <= int(value) <= 9999, value


@_SETTINGS
@given(text=_TEXTS, published=_DATES)
def test_code_text_keeps_its_invariants(text: str, published: dt.date | None) -> None:
    """No exception beyond the documented InputError; every evidence offset is true; every
    category is PLOVER's; every date is valid ISO."""
    try:
        analysis = analyze_text(text, published=published)
    except InputError:
        return
    categories = set(plover.QUAD_CLASS)
    for e in analysis.events:
        for span in (e.trigger, e.sentence):
            assert text[span.start : span.end] == span.text
        for actor in (*e.actor, *e.recipient):
            assert text[actor.start : actor.end] == actor.text
        assert e.event_type in categories
        _valid_date(e.date, e.date_precision)
    for d in analysis.dates:
        assert text[d.start : d.end] == d.text
        _valid_date(d.date, d.precision)


_FIELDS = st.sampled_from(["text", "html", "published", "title"])
_OBJECTS = st.dictionaries(_FIELDS, st.one_of(st.text(max_size=40), st.integers(), st.none())).map(json.dumps)


@_SETTINGS
@given(lines=st.lists(st.one_of(st.text(max_size=80), _OBJECTS), max_size=5))
def test_the_jsonl_reader_yields_articles_or_input_errors(tmp_path_factory: pytest.TempPathFactory,
                                                          lines: list[str]) -> None:  # fmt: skip
    from eventwire.store.ingest import iter_sources

    path = tmp_path_factory.mktemp("jsonl") / "f.jsonl"
    path.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8", errors="surrogatepass")
    for item in iter_sources([str(path)]):
        assert isinstance(item, (InputError, tuple))


@_SETTINGS
@given(body=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: f"<rss><channel><item><title>{t}"
       f"</title><description>{t}</description></item></channel></rss>".encode("utf-8", "surrogatepass"))))  # fmt: skip
def test_the_feed_reader_yields_articles_or_input_errors(tmp_path_factory: pytest.TempPathFactory,
                                                         body: bytes) -> None:  # fmt: skip
    from eventwire.store.ingest import iter_sources

    path: Path = tmp_path_factory.mktemp("feed") / "feed.xml"
    path.write_bytes(body)
    for item in iter_sources([str(path)]):
        assert isinstance(item, (InputError, tuple))
