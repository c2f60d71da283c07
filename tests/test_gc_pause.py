"""The collector is paused over a block and restored after it, as the caller had it."""

from __future__ import annotations

import gc

import pytest

from eventwire.gc_pause import collection_paused


def test_the_collector_is_off_in_the_block_and_on_after() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_in_the_block_still_turns_the_collector_on_again() -> None:
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("stop")
    assert gc.isenabled()


def test_the_collector_left_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
