"""Articles per second: eventwire coding vs. a bare spaCy parse of the same texts, in one run.

    python benchmarks/bench_coding.py [--article PATH] [--repeat 200] [--batch-size 32]

Without --article it codes the sample article bundled with eventwire. The reference article of
the evaluation set is the usual input: --article ../shared/eval/seed/iraq_withdrawal_2018.txt
Both runs use the same pipeline (including its NER) on one process; the bare parse is warmed up
first so model loading is not counted in either figure. The two alternate over ``--rounds``
rounds and each reports its best, so a load from elsewhere on the machine hits both. One BLAS
thread (``OPENBLAS_NUM_THREADS=1`` unless set), as in ``throughput.py``.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before numpy is imported: one BLAS thread, as throughput.py

import argparse  # noqa: E402
import time  # noqa: E402
from importlib import resources  # noqa: E402
from pathlib import Path  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--article", type=Path)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--date", default="2018-02-06")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    text = (
        args.article.read_text(encoding="utf-8")
        if args.article
        else resources.files("eventwire").joinpath("examples/sample_article.txt").read_text(encoding="utf-8")
    )
    # make each copy distinct so no cache can help either side
    texts = [f"{text}\n\n(copy {i})" for i in range(args.repeat)]
    words = sum(len(t.split()) for t in texts)

    import spacy

    from eventwire import code_texts
    from eventwire.coding.pipeline import DEFAULT_MODEL

    bare = spacy.load(DEFAULT_MODEL)
    list(bare.pipe(texts[:5]))
    list(code_texts(texts[:5], published=args.date))  # load the coder, lexicon, KB and gazetteer

    t_bare = t_code = float("inf")
    n_events = 0
    for _ in range(max(1, args.rounds)):
        t0 = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=args.batch_size):
            pass
        t_bare = min(t_bare, time.perf_counter() - t0)

        t0 = time.perf_counter()
        n_events = sum(len(evs) for evs in code_texts(texts, published=args.date, batch_size=args.batch_size))
        t_code = min(t_code, time.perf_counter() - t0)

    print(f"articles: {len(texts)} x {len(text.split())} words ({words} words)")
    print(f"bare spaCy parse : {len(texts) / t_bare:8.1f} articles/s  {words / t_bare:8.0f} words/s")
    print(
        f"eventwire coding : {len(texts) / t_code:8.1f} articles/s  {words / t_code:8.0f} words/s  ({n_events} events)"
    )
    print(f"ratio coding/bare: {t_bare / t_code:.2f}")


if __name__ == "__main__":
    main()
