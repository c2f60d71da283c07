"""Articles per second: eventwire coding vs. a bare spaCy parse of the same texts, in one run.

    python benchmarks/bench_coding.py [--article PATH | --generated N] [--repeat 200] [--batch-size 32]

Without --article it codes the sample article bundled with eventwire. The reference article of
the evaluation set is the usual input: --article ../shared/eval/seed/iraq_withdrawal_2018.txt;
--generated N codes the first N articles of ``benchmarks/corpus.py`` instead (about 420 words
each). Both runs use the same model (including its NER) on one process; the bare parse is warmed
up first so model loading is not counted in either figure. A third run codes the same texts with
spaCy's own ``attribute_ruler`` in place of eventwire's attribute table (the stock ruler is added
to eventwire's pipeline from the table's patterns and the two are switched with
``enable_pipe``/``disable_pipe``): the coding before and after that change, side by side. The
three alternate over ``--rounds`` rounds and each reports its best, so a load from elsewhere on
the machine hits all of them. One BLAS
thread (``OPENBLAS_NUM_THREADS=1`` unless set), as in ``throughput.py``.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before numpy is imported: one BLAS thread, as throughput.py

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from importlib import resources  # noqa: E402
from pathlib import Path  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--article", type=Path)
    src.add_argument("--generated", type=int, metavar="N", help="code N generated articles (benchmarks/corpus.py)")
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--date", default="2018-02-06")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    if args.generated:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from corpus import corpus_texts

        texts = [text for text, _published in corpus_texts(args.generated)]
        label = f"{len(texts)} generated articles"
    else:
        text = (
            args.article.read_text(encoding="utf-8")
            if args.article
            else resources.files("eventwire").joinpath("examples/sample_article.txt").read_text(encoding="utf-8")
        )
        # make each copy distinct so no cache can help either side
        texts = [f"{text}\n\n(copy {i})" for i in range(args.repeat)]
        label = f"{len(texts)} x {len(text.split())} words"
    words = sum(len(t.split()) for t in texts)

    import spacy

    from eventwire import code_texts
    from eventwire.coding.pipeline import DEFAULT_MODEL, load_nlp

    bare = spacy.load(DEFAULT_MODEL)
    list(bare.pipe(texts[:5]))
    list(code_texts(texts[:5], published=args.date))  # load the coder, lexicon, KB and gazetteer
    nlp = load_nlp(None)  # the pipeline the coder uses (load_nlp caches by the arguments as given)
    table = "eventwire_attribute_table"
    if table in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names:
        nlp.add_pipe("attribute_ruler", before=table).add_patterns(nlp.get_pipe(table).patterns)
    stock_ruler = "attribute_ruler" in nlp.pipe_names and table in nlp.pipe_names

    def use_stock_ruler(stock: bool) -> None:
        if stock_ruler:
            nlp.enable_pipe("attribute_ruler" if stock else table)
            nlp.disable_pipe(table if stock else "attribute_ruler")

    use_stock_ruler(True)
    list(code_texts(texts[5:10] or texts[:5], published=args.date))
    use_stock_ruler(False)

    t_bare = t_code = t_stock = float("inf")
    n_events = n_stock = 0
    for _ in range(max(1, args.rounds)):
        t0 = time.perf_counter()
        for _doc in bare.pipe(texts, batch_size=args.batch_size):
            pass
        t_bare = min(t_bare, time.perf_counter() - t0)

        t0 = time.perf_counter()
        n_events = sum(len(evs) for evs in code_texts(texts, published=args.date, batch_size=args.batch_size))
        t_code = min(t_code, time.perf_counter() - t0)

        if stock_ruler:
            use_stock_ruler(True)
            t0 = time.perf_counter()
            n_stock = sum(len(evs) for evs in code_texts(texts, published=args.date, batch_size=args.batch_size))
            t_stock = min(t_stock, time.perf_counter() - t0)
            use_stock_ruler(False)

    print(f"articles: {label} ({words} words)")
    print(f"bare spaCy parse : {len(texts) / t_bare:8.1f} articles/s  {words / t_bare:8.0f} words/s")
    print(
        f"eventwire coding : {len(texts) / t_code:8.1f} articles/s  {words / t_code:8.0f} words/s  ({n_events} events)"
    )
    if stock_ruler:
        print(
            f"  with spaCy's attribute_ruler: {len(texts) / t_stock:8.1f} articles/s  {words / t_stock:8.0f} words/s  "
            f"({n_stock} events)"
        )
    print(f"ratio coding/bare: {t_bare / t_code:.2f}")
    if stock_ruler:
        print(f"ratio coding/bare with spaCy's attribute_ruler: {t_bare / t_stock:.2f}")


if __name__ == "__main__":
    main()
