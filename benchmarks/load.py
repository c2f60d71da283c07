"""The server under load: many clients posting long texts to ``POST /v1/code`` while others read.

    python benchmarks/load.py [--clients 20] [--text-bytes 100000] [--seconds 60] [--readers 2]

Starts ``eventwire serve`` on a free loopback port over a fresh database holding the bundled
sample article, then runs ``--clients`` threads that post texts of about ``--text-bytes`` bytes
(generated articles from ``corpus.py``) to ``POST /v1/code`` for ``--seconds``; a client answered
503 waits half a second and posts again (harder than ``Retry-After`` asks). Beside them
``--readers`` threads call ``GET /v1/events`` and ``GET /v1/stats`` in turn. Printed: the coding
answers by status, the read latencies (median, p95, max), and the server's peak resident memory
(VmHWM from ``/proc``, Linux) beside its memory after start-up.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus_texts  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _memory_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def _texts(n: int, size: int) -> list[str]:
    out, parts, total = [], [], 0
    for text, _published in corpus_texts(n * (size // 1500 + 2), seed=1):
        parts.append(text)
        total += len(text) + 2
        if total >= size:
            out.append("\n\n".join(parts)[:size])
            parts, total = [], 0
            if len(out) == n:
                break
    return out


def main(argv: list[str] | None = None) -> None:
    """Runs the load and prints its figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--readers", type=int, default=2)
    ap.add_argument("--text-bytes", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args(argv)
    texts = _texts(args.clients, args.text_bytes)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(Path(tmp) / "load.duckdb"),
               "--port", str(port)]  # fmt: skip
        server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    httpx.get(f"{url}/v1/stats", timeout=5)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.2)
            import eventwire

            sample = (Path(eventwire.__file__).parent / "examples" / "sample_article.txt").read_text(encoding="utf-8")
            httpx.post(f"{url}/v1/articles", json={"articles": [{"text": sample, "published": "2018-03-12"}]},
                       timeout=300).raise_for_status()  # fmt: skip
            rss_start = _memory_kb(server.pid, "VmRSS")
            statuses: Counter[int] = Counter()
            reads: list[float] = []
            read_errors = Counter[str]()
            stop = time.monotonic() + args.seconds
            lock = threading.Lock()

            def client(text: str) -> None:
                with httpx.Client(timeout=300) as c:
                    while time.monotonic() < stop:
                        try:
                            body = {"text": text, "published": "2018-03-12"}
                            status = c.post(f"{url}/v1/code", json=body).status_code
                        except httpx.TransportError:
                            status = 0
                        with lock:
                            statuses[status] += 1
                        if status != 200:
                            time.sleep(0.5)

            def reader() -> None:
                paths = ["/v1/events?limit=20", "/v1/stats"]
                k = 0
                with httpx.Client(timeout=60) as c:
                    while time.monotonic() < stop:
                        t0 = time.perf_counter()
                        try:
                            ok = c.get(url + paths[k % 2]).status_code == 200
                        except httpx.TransportError:
                            ok = False
                        elapsed = time.perf_counter() - t0
                        with lock:
                            reads.append(elapsed)
                            if not ok:
                                read_errors["failed"] += 1
                        k += 1
                        time.sleep(0.1)

            threads = [threading.Thread(target=client, args=(t,)) for t in texts]
            threads += [threading.Thread(target=reader) for _ in range(args.readers)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            peak = _memory_kb(server.pid, "VmHWM")
        finally:
            server.terminate()
            server.wait(60)
    reads.sort()
    p95 = reads[max(0, int(0.95 * len(reads)) - 1)] if reads else float("nan")
    print(f"{args.clients} clients x {args.text_bytes:,}-byte texts for {args.seconds:g} s, {args.readers} readers")
    print("POST /v1/code answers by status:", dict(sorted(statuses.items())))
    print(f"reads: {len(reads)}, failed {read_errors['failed']}; latency median {statistics.median(reads):.3f} s, "
          f"p95 {p95:.3f} s, max {reads[-1]:.3f} s")  # fmt: skip
    print(f"server RSS after start-up {rss_start / 1024:.0f} MB, peak {peak / 1024:.0f} MB")


if __name__ == "__main__":
    main()
