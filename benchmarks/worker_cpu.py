"""CPU time of the coding processes: a process pool and a Dask LocalCluster on the same partitions.

    python benchmarks/worker_cpu.py [--articles 256] [--rounds 4] [--workers 2]

Starts ``eventwire.scale.runners.process_pool`` and ``eventwire.scale.runners.connect_dask("local:N")`` side by
side, then codes ``--rounds`` slices of ``--articles`` generated articles (``benchmarks/corpus.py``)
with each, taking turns (the order alternates from one round to the next). For each it prints
articles/s and the CPU seconds every process under this one used while it coded (pool workers,
Dask workers and their coding sidecars, this process with the Dask scheduler and nannies), read
with psutil. Equal CPU seconds per article mean the Dask workers code as fast as the pool's.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before numpy is imported: one BLAS thread, as throughput.py

import argparse  # noqa: E402
import contextlib  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import psutil  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402


def _cpu_by_process() -> dict[int, tuple[str, float]]:
    me = psutil.Process()
    out: dict[int, tuple[str, float]] = {}
    for proc in [me, *me.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            t = proc.cpu_times()
            role = (
                "this process"
                if proc.pid == me.pid
                else ("sidecar" if "eventwire.scale.sidecar" in " ".join(proc.cmdline()) else "worker")
            )
            out[proc.pid] = (role, t.user + t.system)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=256, help="articles per round and runner")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()

    from eventwire.scale import _dask_runs, _pool_runs, connect_dask, process_pool

    articles = list(corpus.iter_corpus(args.articles * args.rounds, seed=1))
    warm = list(corpus.iter_corpus(2 * args.workers, seed=2))
    with contextlib.ExitStack() as stack:
        pool = stack.enter_context(process_pool(workers=args.workers))
        list(_pool_runs(pool, warm, workers=args.workers, model=None, batch_size=1))  # every worker up
        client = stack.enter_context(connect_dask(f"local:{args.workers}"))  # workers warmed

        def code(name: str, part: list) -> int:
            if name == "pool":
                return sum(
                    1 for _ in _pool_runs(pool, part, workers=args.workers, model=None, batch_size=args.batch_size)
                )
            return sum(1 for _ in _dask_runs(client, part, model=None, batch_size=args.batch_size))

        seconds = {"pool": 0.0, "dask": 0.0}
        cpu: dict[str, dict[int, tuple[str, float]]] = {"pool": {}, "dask": {}}
        for r in range(args.rounds):
            part = articles[r * args.articles:(r + 1) * args.articles]
            for name in ("pool", "dask") if r % 2 == 0 else ("dask", "pool"):
                before, t0 = _cpu_by_process(), time.perf_counter()
                code(name, part)
                seconds[name] += time.perf_counter() - t0
                for pid, (role, c) in _cpu_by_process().items():
                    used = c - before.get(pid, (role, 0.0))[1]
                    prev = cpu[name].get(pid, (role, 0.0))[1]
                    cpu[name][pid] = (role, prev + used)
                print(f"round {r + 1}: {name} {len(part) / (time.perf_counter() - t0):.2f} articles/s", flush=True)

    n = args.articles * args.rounds
    for name in ("pool", "dask"):
        busy = sorted(((role, c) for role, c in cpu[name].values() if c >= 0.5), key=lambda rc: -rc[1])
        print(f"{name}: {n / seconds[name]:.2f} articles/s; CPU s: " + ", ".join(f"{role} {c:.1f}" for role, c in busy))
    print(f"dask / pool throughput: {seconds['pool'] / seconds['dask']:.3f}")


if __name__ == "__main__":
    main()
