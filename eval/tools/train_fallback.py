"""Train the learned fallback (eventwire.coding.fallback) and choose its threshold.

The model is only ever asked about clause heads no rule covers, so it learns from the coder's own
run: the dev articles are coded and every clause head is recorded with whether the model would
have been asked about it. Training material, and nothing else:
* the dev split of the gold corpus: each clause head labelled with the category of the gold event
  whose trigger holds it, else NONE; heads the model is asked about weigh 1, heads a rule covers
  weigh ``--covered-weight`` (they teach what an object or a preposition says, not which verbs
  the rules already know);
* the NGEC synthetic stories' headlines (../shared/eval/ngec_synthetic_dev.jsonl, read at
  training time): each headline clause head the model is asked about, labelled with the story's
  category (noisy labels).
Never the test split, never the PLOVER gold standard.

The threshold is chosen on dev alone: a model trained on one half of the dev articles (and the
headlines) answers for the other half's asked clause heads, and the other way round; the
threshold is the lowest probability (in steps of 0.05) at which those held-out answers are right
at least ``--precision`` of the time. The model written is then trained on all of dev.

    python eval/tools/train_fallback.py                  # train, write the weights, print dev figures
    python eval/tools/train_fallback.py --no-ngec        # the corpus alone
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold" / "articles.jsonl"
NGEC = ROOT.parent / "shared" / "eval" / "ngec_synthetic_dev.jsonl"
OUT = ROOT / "src" / "eventwire" / "knowledge" / "calibration" / "fallback.npz"
sys.path.insert(0, str(ROOT / "src"))

from eventwire.coding import fallback  # noqa: E402
from eventwire.coding.coder import default_coder  # noqa: E402
from eventwire.evaluation.corpus import load_corpus  # noqa: E402
from eventwire.knowledge.ontology import CATEGORIES, normalize_category  # noqa: E402
from eventwire.text.article import Article  # noqa: E402

# Settings chosen on dev by cross-fitting the two halves (see the module docstring).
COVERED_WEIGHT = 0.5
EPOCHS = 25
L2 = 1e-3
PRECISION = 0.85  # the rules' own category precision on dev: the answers kept must not dilute it
MIN_FIRED = 5


@dataclass(frozen=True)
class Head:
    """A clause head met while coding: where it is, whether the model is asked about it, its features."""

    text: str
    start: int
    asked: bool
    features: tuple[str, ...]


@contextmanager
def recording() -> Iterator[list[Head]]:
    """Record every clause head the coder passes to the fallback while the block runs."""
    heads: list[Head] = []
    original = fallback.model_triggers

    def spy(sent_tokens: list[Any], covered: set[int], *, skip: frozenset[str]) -> list[Any]:
        asked = {v.i for v in fallback.asked(sent_tokens, covered, skip=skip)}
        for v in fallback.candidates(sent_tokens):
            heads.append(Head(v.doc.text, v.idx, v.i in asked, tuple(fallback.features(v))))
        return original(sent_tokens, covered, skip=skip)

    fallback.model_triggers = spy
    try:
        yield heads
    finally:
        fallback.model_triggers = original


def coded_heads(articles: list[Article]) -> dict[str, list[Head]]:
    """Article text -> its clause heads, first telling of each, as the coder meets them."""
    with recording() as heads:
        for _ in default_coder().code_articles(articles):
            pass
    out: dict[str, list[Head]] = {a.text: [] for a in articles}
    seen: set[tuple[str, int]] = set()
    for h in heads:  # a reparsed headline's doc is not the article's: its offsets do not hold
        if h.text in out and (h.text, h.start) not in seen:
            seen.add((h.text, h.start))
            out[h.text].append(h)
    return out


Example = tuple[list[str], str, float]


def corpus_examples(*, covered_weight: float = COVERED_WEIGHT) -> dict[str, list[tuple[Head, str]]]:
    """Dev article id -> its clause heads with their labels (covered or asked)."""
    arts = sorted(load_corpus(GOLD).split("dev"), key=lambda a: a["id"])
    inputs = [
        Article.from_text(a["text"], source=a["id"], published=dt.date.fromisoformat(a["published"])) for a in arts
    ]
    heads = coded_heads(inputs)
    out: dict[str, list[tuple[Head, str]]] = {}
    for art in arts:
        spans = [(g["trigger"]["start"], g["trigger"]["end"], g["category"]) for g in art["events"]]
        out[art["id"]] = [
            (h, next((c for s, e, c in spans if s <= h.start < e), fallback.NONE))
            for h in heads[art["text"]]
            if h.asked or covered_weight > 0
        ]
    return out


def ngec_examples() -> list[Example]:
    """Headline clause heads the model is asked about, labelled with the story's category."""
    rows = [json.loads(line) for line in NGEC.read_text(encoding="utf-8").splitlines() if line.strip()]
    titles = [((r.get("title") or "").strip(), r) for r in rows]
    titles = [(t, r) for t, r in titles if t]
    heads = coded_heads([Article.from_text(t, source=str(r.get("id"))) for t, r in titles])
    out: list[Example] = []
    for t, r in titles:
        label, _ = normalize_category(r["label"])
        out += [(list(h.features), label, 1.0) for h in heads[t] if h.asked]
    return out


def weighted(rows: list[tuple[Head, str]], covered_weight: float) -> list[Example]:
    return [(list(h.features), y, 1.0 if h.asked else covered_weight) for h, y in rows]


def train(examples: list[Example], *, epochs: int = EPOCHS, lr: float = 0.2, l2: float = L2,
          min_count: int = 2, seed: int = 7) -> fallback.Model:  # fmt: skip
    counts = Counter(f for feats, _, _ in examples for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    labels = [fallback.NONE, *CATEGORIES]
    lab = {c: i for i, c in enumerate(labels)}
    w = np.zeros((len(vocab), len(labels)), dtype=np.float64)
    b = np.zeros(len(labels))
    grad_sq_w = np.full_like(w, 1e-8)
    grad_sq_b = np.full_like(b, 1e-8)
    data = [(sorted({index[f] for f in feats if f in index}), lab[y], wt) for feats, y, wt in examples]
    rng = random.Random(seed)
    for _ in range(epochs):  # softmax regression, Adagrad steps, one weighted example at a time
        rng.shuffle(data)
        for idx, y, wt in data:
            z = b + (w[idx].sum(axis=0) if idx else 0.0)
            z = z - z.max()
            p = np.exp(z) / np.exp(z).sum()
            p[y] -= 1.0
            p *= wt
            grad_sq_b += p * p
            b -= lr * p / np.sqrt(grad_sq_b)
            if idx:
                g = p[None, :] + l2 * w[idx]
                grad_sq_w[idx] += g * g
                w[idx] -= lr * g / np.sqrt(grad_sq_w[idx])
    return fallback.Model(vocab, labels, w, b)


def halves(ids: list[str]) -> tuple[set[str], set[str]]:
    """The dev articles, sorted by id, in two halves: every other one."""
    ids = sorted(ids)
    return set(ids[0::2]), set(ids[1::2])


def held_out(corpus: dict[str, list[tuple[Head, str]]], extra: list[Example], *,
             covered_weight: float) -> list[tuple[str, float, str]]:  # fmt: skip
    """(answer, probability, gold label) for every asked dev clause head, from a model trained
    without its half."""
    out = []
    for part in halves(list(corpus)):
        rows = [r for aid, rs in corpus.items() if aid not in part for r in rs]
        model = train(weighted(rows, covered_weight) + extra)
        for aid in sorted(part):
            for h, y in corpus[aid]:
                if h.asked:
                    label, p = model.predict(list(h.features))
                    out.append((label, p, y))
    return out


def choose_threshold(answers: list[tuple[str, float, str]], *, precision: float) -> tuple[float, list[str]]:
    """The lowest threshold (0.50 to 0.95 by 0.05) whose held-out answers reach ``precision``,
    and the table it was chosen from; 1.0 (the model never fires) when none does."""
    lines, chosen = [], 1.0
    for k in range(10, 20):
        t = k / 20
        fired = [(label, y) for label, p, y in answers if label != fallback.NONE and p >= t]
        right = sum(label == y for label, y in fired)
        share = right / len(fired) if fired else 0.0
        lines.append(f"  threshold {t:.2f}: {len(fired):3d} answers, {right:3d} right ({share:.2f})")
        if chosen == 1.0 and len(fired) >= MIN_FIRED and share >= precision:
            chosen = t
    return chosen, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-ngec", action="store_true", help="train on the gold corpus dev split alone")
    ap.add_argument("--covered-weight", type=float, default=COVERED_WEIGHT,
                    help="weight of the clause heads a rule covers (0: leave them out)")  # fmt: skip
    ap.add_argument("--precision", type=float, default=PRECISION,
                    help="held-out precision the threshold must reach")  # fmt: skip
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    args = ap.parse_args(argv)
    corpus = corpus_examples(covered_weight=args.covered_weight)
    rows = [r for rs in corpus.values() for r in rs]
    asked = [y for h, y in rows if h.asked]
    print(f"gold corpus dev: {len(rows)} clause heads, {len(asked)} asked, "
          f"{sum(y != fallback.NONE for y in asked)} of those events")  # fmt: skip
    extra: list[Example] = []
    if not args.no_ngec:
        if not NGEC.exists():
            print(f"no NGEC stories at {NGEC}; train with --no-ngec", file=sys.stderr)
            return 1
        extra = ngec_examples()
        print(f"NGEC headline clause heads asked: {len(extra)}")
    threshold, table = choose_threshold(
        held_out(corpus, extra, covered_weight=args.covered_weight), precision=args.precision
    )
    print("held-out dev clause heads (each half answered by a model trained on the other):")
    print("\n".join(table))
    print(f"threshold: {threshold:.2f}")
    model = train(weighted(rows, args.covered_weight) + extra)
    model.threshold = threshold
    args.out.write_bytes(model.save())
    print(f"wrote {args.out}: {len(model.index)} features, {args.out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
