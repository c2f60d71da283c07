"""Train the learned fallback (eventwire.coding.fallback).

Training material, and nothing else:
* the dev split of the gold corpus: every clause head of every news sentence, labelled with the
  category of the gold event whose trigger it is, else NONE;
* the NGEC synthetic stories' headlines (../shared/eval/ngec_synthetic_dev.jsonl, read at
  training time): the headline's main verb labelled with the story's category (noisy labels).
Never the test split, never the PLOVER gold standard.

    python eval/tools/train_fallback.py                  # train, write the weights, print dev figures
    python eval/tools/train_fallback.py --no-ngec        # the corpus alone
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold" / "articles.jsonl"
NGEC = ROOT.parent / "shared" / "eval" / "ngec_synthetic_dev.jsonl"
OUT = ROOT / "src" / "eventwire" / "knowledge" / "calibration" / "fallback.npz"
sys.path.insert(0, str(ROOT / "src"))

from eventwire.coding import fallback  # noqa: E402
from eventwire.coding.pipeline import load_nlp, parse_many  # noqa: E402
from eventwire.evaluation.corpus import load_corpus  # noqa: E402
from eventwire.knowledge.ontology import CATEGORIES, normalize_category  # noqa: E402


def corpus_examples(half: str = "all") -> list[tuple[list[str], str]]:
    arts = sorted(load_corpus(GOLD).split("dev"), key=lambda a: a["id"])
    if half != "all":  # for choosing the threshold on the other half (--dev-half)
        arts = arts[0::2] if half == "even" else arts[1::2]
    out = []
    for art, doc in zip(arts, parse_many([a["text"] for a in arts])):
        spans = [(g["trigger"]["start"], g["trigger"]["end"], g["category"]) for g in art["events"]]
        for sent in doc.sents:
            for v in fallback.candidates(list(sent)):
                label = next((c for s, e, c in spans if s <= v.idx < e), fallback.NONE)
                out.append((fallback.features(v), label))
    return out


def ngec_examples() -> list[tuple[list[str], str]]:
    rows = [json.loads(line) for line in NGEC.read_text(encoding="utf-8").splitlines() if line.strip()]
    titles = [(r.get("title") or "").strip() for r in rows]
    nlp = load_nlp(None)
    out = []
    for r, doc in zip(rows, nlp.pipe(titles, batch_size=64)):
        root = next((t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB"), None)
        if root is None:
            continue
        label, _ = normalize_category(r["label"])
        out.append((fallback.features(root), label))
    return out


def train(examples: list[tuple[list[str], str]], *, epochs: int = 12, lr: float = 0.2, l2: float = 1e-4,
          min_count: int = 2, seed: int = 7) -> fallback.Model:  # fmt: skip
    counts = Counter(f for feats, _ in examples for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    labels = [fallback.NONE, *CATEGORIES]
    lab = {c: i for i, c in enumerate(labels)}
    w = np.zeros((len(vocab), len(labels)), dtype=np.float64)
    b = np.zeros(len(labels))
    grad_sq_w = np.full_like(w, 1e-8)
    grad_sq_b = np.full_like(b, 1e-8)
    data = [([index[f] for f in feats if f in index], lab[y]) for feats, y in examples]
    rng = random.Random(seed)
    for _ in range(epochs):  # softmax regression, Adagrad steps, one example at a time
        rng.shuffle(data)
        for idx, y in data:
            z = b + (w[idx].sum(axis=0) if idx else 0.0)
            z = z - z.max()
            p = np.exp(z) / np.exp(z).sum()
            p[y] -= 1.0
            grad_sq_b += p * p
            b -= lr * p / np.sqrt(grad_sq_b)
            if idx:
                g = p[None, :] + l2 * w[idx]
                grad_sq_w[idx] += g * g
                w[idx] -= lr * g / np.sqrt(grad_sq_w[idx])
    return fallback.Model(vocab, labels, w, b)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-ngec", action="store_true", help="train on the gold corpus dev split alone")
    ap.add_argument(
        "--dev-half",
        choices=["all", "even", "odd"],
        default="all",
        help="train on half of the dev articles (sorted by id), to choose the threshold on the other",
    )
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    args = ap.parse_args(argv)
    examples = corpus_examples(args.dev_half)
    print(f"gold corpus dev: {len(examples)} clauses, {sum(y != fallback.NONE for _, y in examples)} events")
    if not args.no_ngec:
        if not NGEC.exists():
            print(f"no NGEC stories at {NGEC}; train with --no-ngec", file=sys.stderr)
            return 1
        ng = ngec_examples()
        print(f"NGEC headlines: {len(ng)}")
        examples += ng
    model = train(examples)
    args.out.write_bytes(model.save())
    print(f"wrote {args.out}: {len(model.index)} features, {args.out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
