"""The actor ruler tokenizes the knowledge base's aliases without filling the tokenizer's cache."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.coding.actors_ruler import _uncached_tokens
from eventwire.coding.pipeline import load_nlp


class _Tokenizer:
    """Records the cache size in force while it tokenizes."""

    def __init__(self, *, fail: bool = False) -> None:
        self.max_cache_size = 10_000
        self.seen: list[int] = []
        self.fail = fail

    def pipe(self, texts: list[str]) -> list[str]:
        self.seen.append(self.max_cache_size)
        if self.fail:
            raise RuntimeError("tokenizer failed")
        return [t.upper() for t in texts]


def test_aliases_are_tokenized_with_the_cache_off_and_the_size_restored() -> None:
    tokenizer = _Tokenizer()
    out = _uncached_tokens(SimpleNamespace(tokenizer=tokenizer), ["Hamas", "Kataib Hezbollah"])  # type: ignore[arg-type]
    assert out == ["HAMAS", "KATAIB HEZBOLLAH"]
    assert tokenizer.seen == [0]
    assert tokenizer.max_cache_size == 10_000


def test_the_cache_size_is_restored_when_the_tokenizer_fails() -> None:
    tokenizer = _Tokenizer(fail=True)
    with pytest.raises(RuntimeError):
        _uncached_tokens(SimpleNamespace(tokenizer=tokenizer), ["Hamas"])  # type: ignore[arg-type]
    assert tokenizer.max_cache_size == 10_000


def test_the_pipeline_tokenizer_keeps_its_cache_and_splits_as_without_it() -> None:
    nlp = load_nlp()
    assert nlp.tokenizer.max_cache_size == 10_000
    text = "A U.S.-led task force reported on Friday that it had hit militant depots close to al-Qaim."
    first = [t.text for t in nlp.make_doc(text)]
    assert [t.text for t in nlp.make_doc(text)] == first  # the second split comes from the cache
    nlp.tokenizer.max_cache_size = 0
    try:
        assert [t.text for t in nlp.make_doc("Troops withdrew. " + text)][3:] == first
    finally:
        nlp.tokenizer.max_cache_size = 10_000
