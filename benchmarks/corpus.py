"""A deterministic corpus of news-like articles for the benchmarks and the scale tests.

The articles are generated, not collected: sentence templates written for this benchmark are
filled with actors, countries, demonyms and capitals from eventwire's bundled knowledge base
(``eventwire.knowledge.actors.default_kb``), agent nouns, numbers, dates and generated person names, so
the parser sees varied, realistic copy (reported speech, quotes, relative dates, casualty
figures, background paragraphs) and the coder finds events in most of it. Each article has a
headline, an optional sub-headline and 16-26 paragraphs of one or two sentences: about 420
words, the length of a typical wire story. Same ``seed``, same corpus.

    python benchmarks/corpus.py --articles 2000 --out corpus.jsonl   # JSON lines for `eventwire ingest`

In Python: ``iter_corpus(n, seed=0)`` streams :class:`eventwire.text.article.Article` objects
(constant memory for any ``n``); ``corpus_texts(n)`` gives ``(text, published)`` pairs.

Dates. By default the articles are published on days drawn over ten years (2015-2024) and
their events fall in the three weeks before (the spread model). With ``day=`` (``--day``) they
are one day of wire news instead: every article is published on that day, and its event dates
are mostly that day (60 %), else one of the six days before, named by weekday or
"yesterday" (30 %), "last week" or "earlier this month" (4 %), or a tail of older dates, 7 to
365 days back, named by month and day (6 %); background paragraphs keep their older months and
years. The spread model's articles are the same for the same seed whether or not this option
exists.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.text.article import Article

# ----------------------------------------------------------------------------- vocabularies
_FIRST = ("Amal", "Omar", "Leila", "Yusuf", "Maria", "Jonas", "Aylin", "Karim", "Sofia", "Dmitri", "Nadia", "Hassan",
          "Elena", "Tariq", "Ingrid", "Samir", "Fatima", "Pavel", "Rania", "Mehmet", "Grace", "Kwame", "Anh", "Luis")
_LAST = ("Haddad", "Rahimi", "Novak", "Okafor", "Petrov", "Kaya", "Mansour", "Silva", "Lindqvist", "Nguyen",
         "Mensah", "Farouk", "Moretti", "Azizi", "Kowalski", "Ibrahim", "Chen", "Duarte", "Yilmaz", "Bakr")
_AGENTS_GOV = ("foreign minister", "defence minister", "interior minister", "prime minister", "president",
               "government", "foreign ministry", "ambassador", "officials", "envoy", "spokesman")
_AGENTS_FORCE = ("troops", "forces", "army", "police", "security forces", "soldiers", "militants", "rebels", "fighters")
_AGENTS_CIV = ("protesters", "residents", "lawmakers", "students", "workers", "journalists", "opposition leaders")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_TOPICS = ("the border crossing", "the disputed region", "the ceasefire", "the prisoner exchange", "the peace talks",
           "the aid convoy", "the election results", "the new constitution", "the gas pipeline", "the trade deal",
           "the refugee camps", "the oil fields", "the airport", "the port", "the dam project", "the nuclear programme")
_ECONOMY = ("fuel", "wheat", "medicine", "electricity", "bread", "cement", "fertiliser", "steel")

# Event sentences: {A} and {B} are actors, {P} a place, {D} a date phrase, {T} a topic, {N} a number.
_EVENTS = (
    "{A} accused {B} of violating {T} {D}.",
    "{A} called on {B} to withdraw its forces from {P}.",
    "{A} urged {B} to return to {T} without preconditions.",
    "{A} threatened to impose sanctions on {B} over {T}.",
    "{A} met {B} in {P} {D} to discuss {T}.",
    "{A} signed an agreement with {B} on {T} {D}.",
    "{A} attacked positions held by {B} near {P} {D}, killing {N} people.",
    "{A} shelled villages controlled by {B} outside {P} {D}.",
    "{A} arrested {N} members of {B} in {P} {D}.",
    "{A} demanded that {B} release the detainees.",
    "{A} rejected a proposal by {B} to extend {T}.",
    "{A} praised {B} for its role in {T}.",
    "{A} condemned the decision by {B} to close {T}.",
    "{A} agreed to resume talks with {B} on {T}.",
    "{A} sent {N} tonnes of {E} to {B} {D}.",
    "{A} expelled two diplomats from {B} {D}, citing espionage.",
    "{A} pledged to provide {B} with {N} million dollars in aid.",
    "{A} warned {B} that it would respond to any attack on {P}.",
    "{A} denied that it had carried out the strike on {P}.",
    "{A} withdrew its ambassador from {B} {D} in protest over {T}.",
    "Thousands of {C} rallied in {P} {D} to protest against {B}.",
    "{A} hosted talks between {B} and the opposition in {P}.",
    "{A} suspended cooperation with {B} on {T} {D}.",
    "{A} criticised {B} for blocking {T}.",
    "{A} deployed {N} additional troops to {P} {D}.",
    "{A} released {N} prisoners held by {B} as part of {T}.",
)
_SPEECH = (
    '"We will not accept {T} under these conditions," {S} said {D}.',
    '"Our position has not changed," {S} told reporters in {P}.',
    '"The situation in {P} remains extremely difficult," said {S}.',
    '"{B} must stop its attacks immediately," {S} said.',
    '"We are ready for dialogue, but not at any price," {S} said in a statement.',
)
_BACKGROUND = (
    "The fighting has displaced more than {N},000 people since {M} {Y}, according to the United Nations.",
    "{P} has been the scene of repeated clashes over the past {N} months.",
    "Prices of {E} have risen sharply in recent weeks, and long queues formed outside shops in {P}.",
    "The talks, the {O} round this year, are expected to last several days.",
    "Analysts say the dispute over {T} could take years to resolve.",
    "The region has suffered from chronic shortages of {E} and {E2}.",
    "Local media reported heavy traffic on the main road leading out of {P} on {W}.",
    "Turnout in the vote was estimated at {N} percent, lower than in {Y}.",
    "It was not immediately possible to verify the figures independently.",
    "The statement gave no further details.",
    "The agreement, first reached in {M} {Y}, has been violated several times.",
    "More than {N} schools in {P} remain closed, the local education office said.",
)
_HEADLINES = (
    "{A} and {B} trade accusations over {T}",
    "{A} urges restraint as tensions rise in {P}",
    "Clashes near {P} leave {N} dead",
    "{A} vows response after attack in {P}",
    "Talks on {T} stall in {P}",
    "{A} signs deal with {B}",
)
_ORDINALS = ("second", "third", "fourth", "fifth", "sixth")


@dataclass(frozen=True)
class _Pools:
    countries: tuple[tuple[str, str, str], ...]  # (name, demonym adjective, capital)
    named: tuple[str, ...]  # named actors from the KB (organisations and armed groups)
    people: tuple[str, ...]  # named people from the KB


def _pools() -> _Pools:
    from eventwire.knowledge.actors import default_kb

    kb = default_kb()
    countries = tuple(
        (c.name, c.demonyms[0], c.capitals[0])
        for c in sorted(kb.countries.values(), key=lambda c: c.iso3)
        if c.demonyms and c.capitals
    )
    named = tuple(
        sorted(
            e.name for e in kb.entries.values() if e.kind in ("armed_group", "igo", "state_institution", "party", "ngo")
        )
    )
    people = tuple(sorted(e.name for e in kb.entries.values() if e.kind == "person"))
    return _Pools(countries=countries, named=named, people=people)


class _Writer:
    def __init__(self, rng: random.Random, pools: _Pools, published: dt.date, *, one_day: bool = False) -> None:
        self.rng, self.p, self.published, self.one_day = rng, pools, published, one_day
        # each story is about a few countries and a couple of named actors, like real copy
        self.cast = rng.sample(pools.countries, 3)
        self.named = rng.sample(pools.named, 2)

    def actor(self) -> str:
        r, (name, dem, _cap) = self.rng, self.rng.choice(self.cast)
        kind = r.random()
        if kind < 0.3:
            return name
        if kind < 0.55:
            return f"the {dem} {r.choice(_AGENTS_GOV)}"
        if kind < 0.75:
            return f"{dem} {r.choice(_AGENTS_FORCE)}"
        if kind < 0.9:
            return r.choice(self.named)
        return r.choice(self.p.people)

    def person(self) -> str:
        r = self.rng
        _name, dem, _cap = r.choice(self.cast)
        if r.random() < 0.5:
            first, last = r.choice(_FIRST), r.choice(_LAST)  # drawn in this order: the corpus is seeded
            return f"{first} {last}, a {dem} {r.choice(('official', 'diplomat', 'commander', 'lawmaker'))}"
        return f"the {dem} {r.choice(('foreign minister', 'president', 'army spokesman', 'interior minister'))}"

    def date(self) -> str:
        if self.one_day:
            return self.day_date()
        r, k = self.rng, self.rng.random()
        if k < 0.45:
            return f"on {r.choice(_WEEKDAYS)}"
        if k < 0.6:
            return r.choice(("last week", "earlier this month", "on Sunday night", "this week"))
        d = self.published - dt.timedelta(days=r.randint(0, 20))
        return f"on {_MONTHS[d.month - 1]} {d.day}"

    def day_date(self) -> str:
        """A date phrase for a day of wire news (the ``day=`` model of :func:`corpus_texts`)."""
        r, k = self.rng, self.rng.random()
        if k < 0.6:
            return r.choice((f"on {_WEEKDAYS[self.published.weekday()]}", "today", "earlier today"))
        if k < 0.9:
            back = r.randint(1, 6)
            if back == 1 and r.random() < 0.4:
                return r.choice(("yesterday", "last night"))
            return f"on {_WEEKDAYS[(self.published - dt.timedelta(days=back)).weekday()]}"
        if k < 0.94:
            return r.choice(("last week", "earlier this month"))
        d = self.published - dt.timedelta(days=r.randint(7, 365))
        return f"on {_MONTHS[d.month - 1]} {d.day}"

    def fill(self, template: str) -> str:
        r = self.rng
        a = self.actor()
        b = self.actor()
        while b == a:
            b = self.actor()
        values = {
            "A": a, "B": b, "S": self.person(), "P": r.choice(self.cast)[2], "D": self.date(), "T": r.choice(_TOPICS),
            "N": str(r.choice((r.randint(2, 60), r.randint(100, 900), r.randint(1000, 9000)))),
            "E": r.choice(_ECONOMY), "E2": r.choice(_ECONOMY), "M": r.choice(_MONTHS),
            "Y": str(self.published.year - r.randint(1, 6)), "O": r.choice(_ORDINALS), "W": r.choice(_WEEKDAYS),
            "C": f"{r.choice(self.cast)[1]} {r.choice(_AGENTS_CIV)}",
        }
        out = template.format(**values)
        return out[0].upper() + out[1:]

    def article(self) -> str:
        r = self.rng
        parts = [self.fill(r.choice(_HEADLINES))]
        if r.random() < 0.5:
            parts.append(self.fill(r.choice(_HEADLINES)))
        for i in range(r.randint(16, 26)):
            k = r.random()
            pool = _EVENTS if (i == 0 or k < 0.55) else _SPEECH if k < 0.75 else _BACKGROUND
            para = self.fill(r.choice(pool))
            if r.random() < 0.45:
                para += " " + self.fill(r.choice(_BACKGROUND if pool is _EVENTS else _EVENTS))
            parts.append(para)
        return "\n\n".join(parts) + "\n"


def corpus_texts(n: int, *, seed: int = 0, day: dt.date | None = None) -> Iterator[tuple[str, dt.date]]:
    """``n`` generated article texts with their publication dates, deterministic for ``seed``.

    ``day``: one day of news published on ``day`` (see the module docstring), instead of
    publication days spread over ten years.
    """
    pools = _pools()
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))  # drawn either way: same texts
        if day is not None:
            published = day
        yield _Writer(rng, pools, published, one_day=day is not None).article(), published


def iter_corpus(n: int, *, seed: int = 0, day: dt.date | None = None) -> Iterator[Article]:
    """``n`` generated articles, streamed (constant memory), deterministic for ``seed``; ``day`` as for
    :func:`corpus_texts`."""
    for i, (text, published) in enumerate(corpus_texts(n, seed=seed, day=day)):
        yield Article.from_text(text, source=f"corpus:{seed}:{i}", published=published, outlet="eventwire-corpus")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, help="JSON lines file (default: stdout)")
    ap.add_argument("--day", type=dt.date.fromisoformat, help="one day of news published on this day (YYYY-MM-DD)")
    args = ap.parse_args(argv)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    try:
        for i, (text, published) in enumerate(corpus_texts(args.articles, seed=args.seed, day=args.day)):
            out.write(
                json.dumps({"id": f"corpus-{args.seed}-{i}", "text": text, "published": published.isoformat()}) + "\n"
            )
    finally:
        if args.out:
            out.close()


if __name__ == "__main__":
    main()
