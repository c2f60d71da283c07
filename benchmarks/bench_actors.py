"""Actor resolution speed: lookups per second for N mentions, side by side with an exact-match dictionary.

    python benchmarks/bench_actors.py [--mentions 100000] [--seed 0]

Mentions are generated from the knowledge base itself, in the mix news copy has: country or
demonym + agent noun ("Iraqi soldiers"), names and aliases ("the Pentagon"), backers
("Iran-backed groups"), misspellings (one letter dropped), titled people ("President X"),
unknown phrases, and a tenth with a context sentence. Three figures are printed:

* ``cold``: every mention distinct, so no cache helps (the worst case);
* ``warm``: the same number of lookups drawn with repetition (names recur in news), so the
  per-process cache answers most of them;
* ``exact dict``: the baseline of a dictionary coder, one normalised-string dict lookup per
  mention (no agents, links, fuzzy matching or dates), for the ratio.

Also printed: knowledge-base load time from the YAML files and from the compiled cache.
"""

from __future__ import annotations

import argparse
import random
import time


def _mentions(n: int, seed: int) -> list[tuple[str, str | None]]:
    from eventwire.knowledge.actors import default_kb

    kb = default_kb()
    rng = random.Random(seed)
    demonyms = sorted({d for c in kb.countries.values() for d in c.demonyms} | {c.name for c in kb.countries.values()})
    nouns = sorted({t for s in kb.sectors.values() for t in s.terms})
    aliases = sorted({a for e in kb.entries.values() for a in (e.name, *e.aliases)})
    people = sorted(e.name for e in kb.entries.values() if e.kind == "person")
    contexts = [f"Officials met in {c.capitals[0]} on Monday." for c in kb.countries.values() if c.capitals]
    out: set[tuple[str, str | None]] = set()
    makers = [
        lambda: (f"{rng.choice(demonyms)} {rng.choice(nouns)}", None),
        lambda: (rng.choice(aliases), None),
        lambda: (f"the {rng.choice(aliases)} {rng.choice(nouns)}", None),
        lambda: (f"{rng.choice(demonyms)}-backed {rng.choice(['groups', 'militias', 'fighters', 'forces'])}", None),
        lambda: (_drop_letter(rng, rng.choice(aliases)), None),
        lambda: (f"{rng.choice(['President', 'Prime Minister', 'former minister'])} {rng.choice(people)}", None),
        lambda: (
            f"{rng.choice(['a', 'the', 'two'])} {rng.choice(['senior', 'local', 'unnamed', ''])} {rng.choice(nouns)}",
            rng.choice(contexts),
        ),
        lambda: (f"the {rng.choice(['weather', 'market', 'river', 'report'])} {rng.randrange(10**6)}", None),
    ]
    while len(out) < n:
        out.add(rng.choice(makers)())
    mentions = sorted(out)
    rng.shuffle(mentions)
    return mentions


def _drop_letter(rng: random.Random, text: str) -> str:
    if len(text) < 6:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1 :]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    from eventwire.knowledge.actors import KnowledgeBase, lookup, normalize_alias
    from eventwire.knowledge.actors.kb import load_cached

    t0 = time.perf_counter()
    kb = KnowledgeBase.load()
    load_files = time.perf_counter() - t0
    load_cached()  # make sure the compiled copy exists
    t0 = time.perf_counter()
    load_cached()
    load_cache = time.perf_counter() - t0

    mentions = _mentions(args.mentions, args.seed)
    n = len(mentions)
    exact = dict(kb.alias_index)

    t0 = time.perf_counter()
    resolved = sum(1 for text, ctx in mentions if lookup(text, context=ctx, kb=kb) is not None)
    cold = time.perf_counter() - t0

    rng = random.Random(args.seed + 1)
    pool = mentions[: max(1, n // 20)]
    repeated = [rng.choice(pool) for _ in range(n)]
    t0 = time.perf_counter()
    for text, ctx in repeated:
        lookup(text, context=ctx, kb=kb)
    warm = time.perf_counter() - t0

    t0 = time.perf_counter()
    exact_hits = sum(1 for text, _ in mentions if normalize_alias(text) in exact)
    base = time.perf_counter() - t0

    print(
        f"knowledge base: {len(kb)} entries; load from YAML {load_files:.2f} s, from compiled cache {load_cache:.2f} s"
    )
    print(f"{'mentions':>10} {'method':<12} {'lookups/s':>12} {'resolved':>9} {'vs exact dict':>14}")
    for name, seconds, hits in (
        ("cold", cold, resolved),
        ("warm", warm, None),
        ("exact dict", base, exact_hits),
    ):
        rate = n / seconds if seconds else float("inf")
        share = f"{hits / n:.1%}" if hits is not None else "-"
        print(f"{n:>10} {name:<12} {rate:>12,.0f} {share:>9} {base / seconds:>13.3f}x")


if __name__ == "__main__":
    main()
