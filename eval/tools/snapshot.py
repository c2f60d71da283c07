"""Every analysis of a fixed set of texts, as JSON lines: compare two checkouts byte for byte.

A refactoring must not change a single output. This codes the reference article, every sentence
of the PLOVER gold standard and the first N NGEC stories (all read from ../shared/eval) with the
public API only (``eventwire.analyze_text``), so it runs on any version of the package, and writes
each full analysis (every event, factual or not, with mentions, quotes, places, dates, claims):

    PYTHONPATH=old/src python eval/tools/snapshot.py before.jsonl
    PYTHONPATH=new/src python eval/tools/snapshot.py after.jsonl
    cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import eventwire

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"


def texts(n_stories: int) -> list[tuple[str, str, str | None]]:
    out = [("seed", (SHARED / "seed" / "iraq_withdrawal_2018.txt").read_text(encoding="utf-8"), "2018-02-06")]
    gsr = json.loads((SHARED / "plover_gsr_dev.json").read_text(encoding="utf-8"))
    out += [(f"gsr:{i}", r["text"], None) for i, r in enumerate(gsr) if r["text"].strip()]
    with (SHARED / "ngec_synthetic_dev.jsonl").open(encoding="utf-8") as fh:
        for i, line in zip(range(n_stories), fh):
            story = json.loads(line)
            out.append((f"ngec:{story.get('id', i)}", story["text"], None))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--stories", type=int, default=300)
    args = ap.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as fh:
        for tag, text, published in texts(args.stories):
            analysis = eventwire.analyze_text(text, published=published).to_dict()
            fh.write(json.dumps({"src": tag, "analysis": analysis}, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {args.out} with eventwire from {Path(eventwire.__file__).parent}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
