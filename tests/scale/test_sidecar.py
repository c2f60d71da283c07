"""A sidecar process runs a call and sends back its result or its exception; a dead one is replaced."""

from __future__ import annotations

import math
import os
import pickle
import resource
import threading
import time
from collections.abc import Iterator

import pytest

from eventwire import sidecar


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    sidecar._close_all()  # each test starts its own sidecars (and sees its own environment)
    yield
    sidecar._close_all()


def test_result_comes_back_from_another_single_threaded_process() -> None:
    pid = sidecar.call(os.getpid)
    assert pid != os.getpid()
    assert sidecar.call(threading.active_count) == 1
    assert sidecar.call(os.getpid) == pid  # kept for the next call
    assert pickle.loads(sidecar.call_pickled(math.hypot, 3, 4)) == 5.0


def test_exception_is_raised_again_in_the_caller_and_the_sidecar_kept() -> None:
    pid = sidecar.call(os.getpid)
    with pytest.raises(ValueError, match="math domain error"):
        sidecar.call(math.sqrt, -1)
    assert sidecar.call(os.getpid) == pid


def test_call_that_does_not_pickle_fails_in_the_caller() -> None:
    pid = sidecar.call(os.getpid)
    with pytest.raises((AttributeError, pickle.PicklingError, TypeError)):
        sidecar.call(lambda: 1)
    assert sidecar.call(os.getpid) == pid


def test_stray_output_does_not_break_the_replies() -> None:
    assert sidecar.call(print, "noise on standard output") is None
    assert sidecar.call(math.hypot, 6, 8) == 10.0


def test_dead_sidecar_is_reported_and_replaced() -> None:
    first = sidecar.call(os.getpid)
    with pytest.raises(sidecar.SidecarError, match=r"exited \(code 3\).*next call starts a new one"):
        sidecar.call(os._exit, 3)
    second = sidecar.call(os.getpid)
    assert second != first


def test_one_sidecar_per_concurrent_caller() -> None:
    barrier = threading.Barrier(2)

    def work() -> None:
        barrier.wait()
        sidecar.call(time.sleep, 0.5)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({car.proc.pid for car in sidecar._all}) == 2
    assert len(set(sidecar.peak_rss_mb())) >= 1 and len(sidecar.peak_rss_mb()) == 2


def test_dask_malloc_trim_setting_is_not_passed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "65536")
    monkeypatch.setenv("EVENTWIRE_SIDECAR_PROBE", "kept")
    assert sidecar.call(os.getenv, "MALLOC_TRIM_THRESHOLD_") is None
    assert sidecar.call(os.getenv, "EVENTWIRE_SIDECAR_PROBE") == "kept"


def test_peak_rss_of_each_sidecar() -> None:
    sidecar.call(os.getpid)
    (mb,) = sidecar.peak_rss_mb()
    # a plausible figure in MB: a fresh sidecar holds about 100 MB, but Linux counts in a child's
    # peak the image of the parent it was forked from (this test process, large late in a full run)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert 1 < mb < max(1024.0, own + 256)
