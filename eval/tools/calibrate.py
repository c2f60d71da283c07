"""Fit the confidence calibration (eventwire.coding.confidence) on the dev split of the gold corpus.

Each output event of the dev articles is judged against the gold (right in every field or not);
a logistic model over the record's own signals is fitted to that, with an L2 penalty, and written
to src/eventwire/knowledge/calibration/confidence.json. The test split is only measured: the
script prints the reliability table (confidence bins against the share right) on both splits.

    python eval/tools/calibrate.py            # fit on dev, write the weights, print the tables
    python eval/tools/calibrate.py --check    # print the tables of the shipped weights only
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold" / "articles.jsonl"
OUT = ROOT / "src" / "eventwire" / "knowledge" / "calibration" / "confidence.json"
sys.path.insert(0, str(ROOT / "src"))

import eventwire.coding.confidence as confidence  # noqa: E402
from eventwire.evaluation.corpus import load_corpus  # noqa: E402
from eventwire.evaluation.records import code_corpus, judge_article  # noqa: E402


def samples(articles: list[dict]) -> tuple[list[dict[str, float]], list[int]]:
    feats, right = [], []
    for art, out, _every in code_corpus(articles):
        for j in judge_article(art, out):
            feats.append(confidence.features(j.event))
            right.append(int(bool(j.fields.get("all"))))
    return feats, right


def fit(feats: list[dict[str, float]], y: list[int], *, l2: float = 2.0, steps: int = 400) -> dict[str, float]:
    names = sorted({k for f in feats for k in f})
    x = np.array([[f.get(n, 0.0) for n in names] for f in feats])
    t = np.array(y, dtype=float)
    w = np.zeros(len(names))
    reg = np.full(len(names), l2)
    reg[names.index("bias")] = 0.0
    for _ in range(steps):  # Newton's method on the penalised log-likelihood
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - t) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {n: round(float(v), 5) for n, v in zip(names, w)}


def reliability(probs: list[float], y: list[int]) -> list[tuple[str, int, float | None, float | None]]:
    rows = []
    for lo in (0.0, 0.2, 0.4, 0.6, 0.8):
        hi = lo + 0.2
        idx = [i for i, p in enumerate(probs) if lo <= p < hi or (hi >= 1.0 and p == 1.0)]
        mean_p = sum(probs[i] for i in idx) / len(idx) if idx else None
        share = sum(y[i] for i in idx) / len(idx) if idx else None
        rows.append((f"{lo:.1f}-{hi:.1f}", len(idx), mean_p, share))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only print the reliability tables of the shipped weights")
    args = ap.parse_args(argv)
    corpus = load_corpus(GOLD)
    shipped = confidence._model()
    confidence._model = lambda: None  # code with the heuristic score: the model's input
    dev_f, dev_y = samples(corpus.split("dev"))
    test_f, test_y = samples(corpus.split("test"))
    if args.check:
        if shipped is None:
            print("no shipped weights", file=sys.stderr)
            return 1
        weights = shipped["weights"]
    else:
        weights = fit(dev_f, dev_y)
        OUT.write_text(
            json.dumps(
                {
                    "about": "P(record right in every field) for eventwire.coding.confidence; eval/tools/calibrate.py",
                    "trained_on": "eval/gold/articles.jsonl, dev split",
                    "samples": len(dev_y),
                    "fitted": dt.date.today().isoformat(),
                    "weights": weights,
                },
                indent=1,
                sort_keys=True,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {OUT.relative_to(ROOT)} ({len(dev_y)} dev samples)", file=sys.stderr)
    for name, f, y in (("dev", dev_f, dev_y), ("test", test_f, test_y)):
        probs = [confidence.probability(weights, x) for x in f]
        print(f"\n{name}: {len(y)} output events, {sum(y)} right in every field")
        print("confidence  events  mean confidence  share right")
        for label, n, mp, share in reliability(probs, y):
            mean = "-" if mp is None else f"{mp:.2f}"
            right = "-" if share is None else f"{share:.2f}"
            print(f"{label:10}  {n:6}  {mean:>15}  {right:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
