"""The worker side of the runners: the per-process coder, coding one partition, and the calls a
Dask worker hands to its sidecar process (:mod:`eventwire.scale.sidecar`).

These functions run in pool workers and sidecars, which import them by name: keep them module-level.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator

from ..coding.coder import Analysis, Coder, default_coder
from ..text.article import Article
from . import sidecar

# ----------------------------------------------------------------------------- worker side

_WORKER_CODERS: dict[str | None, Coder] = {}


def _coder(model: str | None) -> Coder:
    """The coder of this process, built once per model (the pipeline loads once per worker)."""
    if model is None:
        return default_coder()
    if model not in _WORKER_CODERS:
        _WORKER_CODERS[model] = Coder(model=model)
    return _WORKER_CODERS[model]


_WARM_TEXT = (
    "Turkish troops shelled positions near Afrin on Sunday.\n\nThe Syrian Democratic Forces urged Turkey to stop."
)


# How often a pool worker checks that the process that started it is alive, in seconds.
PARENT_CHECK_SECONDS = 1.0


def watch_parent(*, interval: float = PARENT_CHECK_SECONDS) -> threading.Thread:
    """Start a daemon thread that ends this process when its parent is gone.

    A pool worker whose parent dies without closing the pool (``kill -9``, a crash) is re-parented
    and would otherwise wait for work forever, holding its pipeline's memory. The thread polls
    the parent id every ``interval`` seconds and exits the process (status 1) when it changes.
    """
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    thread = threading.Thread(target=watch, name="eventwire-parent-watchdog", daemon=True)
    thread.start()
    return thread


def _init_worker(model: str | None) -> None:
    """Watch the parent (the worker exits when it dies), then load the pipeline, lexicon,
    knowledge base and gazetteer (and their lazy indexes) by coding one short text, so the first
    partition is not slowed by them."""
    watch_parent()
    list(_coder(model).code_articles([Article.from_text(_WARM_TEXT, source="<warm-up>")]))


@dataclasses.dataclass(frozen=True, slots=True)
class CodingFailure:
    """An article the coder raised on, with the reason (the other articles are still coded)."""

    article: Article
    reason: str


def _code_partition(articles: list[Article], model: str | None, batch_size: int) -> list[Analysis | CodingFailure]:
    """Code a partition; if the batch fails, code its articles one by one to find the bad one."""
    from ..errors import DataFileError, ModelError

    coder = _coder(model)
    try:
        return list(coder.code_articles(articles, batch_size=batch_size))
    except (ModelError, DataFileError):
        raise
    except Exception:  # noqa: BLE001 - narrowed below, article by article
        pass
    out: list[Analysis | CodingFailure] = []
    for art in articles:
        try:
            out.extend(coder.code_articles([art]))
        except (ModelError, DataFileError):
            raise
        except Exception as exc:  # noqa: BLE001 - reported with the article
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            out.append(CodingFailure(art, f"coding failed ({type(exc).__name__}: {first}); report it with the input"))
    return out


def _results(
    items: Iterable[Analysis | CodingFailure], on_error: Callable[[Article, str], None] | None
) -> Iterator[Analysis]:
    for item in items:
        if isinstance(item, CodingFailure):
            if on_error is None:
                raise RuntimeError(f"{item.article.source}: {item.reason}")
            on_error(item.article, item.reason)
        else:
            yield item


def _warm(model: str | None) -> int:
    _init_worker(model)
    return os.getpid()


# A Dask worker codes in a sidecar process (eventwire.sidecar): one thread, so the parse runs at
# the speed of a pool worker; results come back pickled once, by the sidecar.


def _warm_sidecar(model: str | None) -> int:
    return sidecar.call(_warm, model)


def _sidecar_partition(articles: list[Article], model: str | None, batch_size: int) -> bytes:
    return sidecar.call_pickled(_code_partition, articles, model, batch_size)
