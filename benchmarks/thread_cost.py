"""What a second thread in the coding process costs: the reason Dask workers code in a sidecar.

    python benchmarks/thread_cost.py [--articles 320] [--chunk 32] [--seed 11]

Three child processes (``spawn``) code the same generated articles (``benchmarks/corpus.py``),
chunk by chunk, taking turns (the order rotates from one chunk to the next, so the drift of a
shared machine's speed hits all three alike):

    one thread    the process's only thread codes (a pool worker, a sidecar, the one-process run)
    idle thread   the same, with one more thread alive, blocked on an event, never running
    task thread   a second thread codes while the main thread waits for it (a Dask worker's task)

Each reports the CPU time of its process for every chunk (``time.process_time``); the script
prints the sums and their ratios to the single-threaded one. One BLAS thread per process.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before numpy is imported: one BLAS thread, as throughput.py

import argparse  # noqa: E402
import multiprocessing  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402
from multiprocessing.connection import Connection  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

KINDS = ("one thread", "idle thread", "task thread")


def _child(conn: Connection, kind: str, n: int, seed: int) -> None:
    from eventwire.coding.coder import default_coder

    coder = default_coder()
    articles = list(corpus.iter_corpus(n, seed=seed))
    list(coder.code_articles(list(corpus.iter_corpus(16, seed=seed + 1))))  # loaded and warm
    pool = ThreadPoolExecutor(1) if kind == "task thread" else None
    if kind == "idle thread":
        threading.Thread(target=threading.Event().wait, daemon=True).start()

    def code(lo: int, hi: int) -> float:
        t0 = time.process_time()
        list(coder.code_articles(articles[lo:hi]))
        return time.process_time() - t0

    conn.send(("ready", threading.active_count()))
    while (msg := conn.recv()) is not None:
        lo, hi = msg
        conn.send(("done", pool.submit(code, lo, hi).result() if pool is not None else code(lo, hi)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=320)
    ap.add_argument("--chunk", type=int, default=32)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    ctx = multiprocessing.get_context("spawn")
    conns: dict[str, Connection] = {}
    procs = []
    for kind in KINDS:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_child, args=(child, kind, args.articles, args.seed), daemon=True)
        proc.start()
        conns[kind] = parent
        procs.append(proc)
    for kind, conn in conns.items():
        status, threads = conn.recv()
        print(f"{kind:<12} ready, {threads} Python thread(s) in the process once coding", flush=True)
    cpu = dict.fromkeys(KINDS, 0.0)
    chunks = range(0, args.articles - args.chunk + 1, args.chunk)
    for k, lo in enumerate(chunks):
        order = KINDS[k % 3:] + KINDS[: k % 3]
        for kind in order:
            conns[kind].send((lo, lo + args.chunk))
            cpu[kind] += conns[kind].recv()[1]
        print(f"chunk {k + 1:2d}: " + "  ".join(f"{kind} {cpu[kind]:6.1f} s" for kind in KINDS), flush=True)
    for conn in conns.values():
        conn.send(None)
    for proc in procs:
        proc.join(timeout=30)
    base = cpu["one thread"]
    print(f"\nCPU time for {len(chunks) * args.chunk} articles: " + ", ".join(
        f"{kind} {cpu[kind]:.1f} s ({cpu[kind] / base:.3f}x)" for kind in KINDS))


if __name__ == "__main__":
    main()
