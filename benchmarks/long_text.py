"""Cost of one long text: time and peak memory to code texts of growing length, side by side.

    python benchmarks/long_text.py [--sizes 200000 1000000] [--seed 0]

Each text is generated articles from ``corpus.py`` joined by blank lines and cut to the size in
characters, so every size is different copy (no repeated paragraph a cache could remember). Each
size is coded by ``eventwire.analyze_text`` in a fresh process, so the peak resident memory
(``ru_maxrss``) printed is that size's own. Texts above ``PIECE_CHARS`` are parsed in pieces;
the ratio column is the time over the first size's, beside the ratio of the lengths.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
from corpus import corpus_texts
from eventwire import analyze_text
size, seed = {size}, {seed}
parts, total = [], 0
for text, _published in corpus_texts(size // 1500 + 10, seed=seed):
    parts.append(text)
    total += len(text) + 2
    if total >= size:
        break
text = "\\n\\n".join(parts)[:size]
analyze_text("Rebels attacked the town on Monday.", published="2018-02-06")  # load the pipeline first
start = time.perf_counter()
analysis = analyze_text(text, published="2018-02-06")
seconds = time.perf_counter() - start
for e in analysis.events:
    assert text[e.trigger.start : e.trigger.end] == e.trigger.text
print(json.dumps({{"chars": len(text), "seconds": seconds, "events": len(analysis.events),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def main(argv: list[str] | None = None) -> None:
    """Runs each size in its own process and prints one line per size, then the ratios."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    here = str(Path(__file__).resolve().parent)
    rows = []
    for size in args.sizes:
        code = _CHILD.format(here=here, size=size, seed=args.seed)
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
    first = rows[0]
    print(f"{'chars':>10} {'seconds':>8} {'events':>7} {'peak MB':>8} {'time ratio':>10} {'length ratio':>12}")
    for r in rows:
        print(f"{r['chars']:>10,} {r['seconds']:>8.1f} {r['events']:>7} {r['peak_mb']:>8.0f} "
              f"{r['seconds'] / first['seconds']:>10.2f} {r['chars'] / first['chars']:>12.2f}")


if __name__ == "__main__":
    main()
