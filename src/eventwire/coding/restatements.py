"""One happening, one record: restatements within an article are merged.

Wire copy tells its main happening two or three times: in the headline, in the lead and again
in the body ("Rebels shell market" / "Rebels shelled a market in Dara on Sunday..." / "The
shelling..."). Each telling is coded; this stage merges the tellings of one happening into one
record led by the fullest telling (more resolved parties, an organ rather than a bare state, a
date of its own; a body telling over an as full headline), which keeps every telling's sentence
and trigger (``Event.restated``) and takes the best-filled values of the others: a resolved party
over an unresolved one, a date the sentence gives over the publication date, a city over a
country.

Two events are tellings of one happening when they have the same category, mode (where both have
one) and factuality, stand in different sentences, and do not contradict each other on date
(both from their sentences) or place country; and either their actors share a party (a
knowledge-base id, two ids the knowledge base links as part and whole, or a country and sector),
or the actor is unknown on one side and both use the same trigger word for an act on the same
party (any word, when one is the headline's and the dates agree, the headline's being its lead's:
a body sentence calling the actor "the team" or "they" retells the headline's act). A headline
summarises its lead paragraph: between the two, any word for the act will do when the parties do
not clash (whatever manner of act each word gives), only places both name can contradict, and a
state named in the headline is the army, police or ministry the lead says acted or was acted on.
Two different actors are two happenings, even when they do the same to the same party ("the UN
urged Russia", "the AU urged Russia").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..record import Actor, Event, Telling

_PRECISION = {"city": 0, "admin1": 1, "country": 2}


# Sectors of armed groups outside the state, which one report names by what they are
# ("rebels", "a gang") and another by what they did ("the attackers", "gunmen"): one kind of party.
_ARMED_OUTSIDE_THE_STATE = frozenset({"REB", "UAF", "CRM", "INS"})


def _keys(parties: list[Actor]) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for a in parties:
        if a.kb_id:
            out.add(("kb", a.kb_id))
        if a.country and a.sector in _ARMED_OUTSIDE_THE_STATE:
            out.add(("cs", a.country, "armed outside the state"))
        elif a.country and a.sector:
            out.add(("cs", a.country, a.sector))
            if (a.resolved_by or "").startswith("generic"):
                # "an army convoy", told again as "the convoy": an unnamed party's sector is read
                # off words another telling may leave out
                out.add(("c", a.country))
        elif a.country:
            out.add(("c", a.country))
    return out


_STATE_ORGANS = {"GOV", "MIL", "COP", "SPY", "JUD"}


def _is_state(a: Actor) -> bool:
    """A bare country name standing for its state ("Iran arrests hundreds")."""
    return (a.resolved_by or "").endswith("+state")


def _state_and_organ(a: list[Actor], b: list[Actor]) -> bool:
    """One side names only a state, the other only that state's own organs ("Iran" and "Iranian
    security forces")."""
    for x, y in ((a, b), (b, a)):
        if x and y and all(_is_state(p) for p in x):
            home = {p.country for p in x}
            if all(p.country in home and p.sector in _STATE_ORGANS and not _is_state(p) for p in y):
                return True
    return False


Related = Callable[[str, str], bool]


def _none(_a: str, _b: str) -> bool:
    return False


def _side(a: list[Actor], b: list[Actor], related: Related = _none, *, loose: bool = False) -> str:
    """ "same", "weak" (only a country and sector are shared, and one side is a known entity the
    other is not), "open" (one side names no resolved party) or "clash" (both name parties and
    none is shared: two different parties urging Russia are two happenings)."""
    kba, kbb = {p.kb_id for p in a if p.kb_id}, {p.kb_id for p in b if p.kb_id}
    if kba and kbb:
        if kba & kbb or any(related(x, y) for x in kba for y in kbb):
            return "same"
        return "clash"
    ka, kb = _keys(a), _keys(b)
    if not ka or not kb:
        return "open"
    if not ka & kb and not (loose and _unsorted_match(a, b)):
        return "clash"
    return "weak" if kba or kbb else "same"


def _unsorted_match(a: list[Actor], b: list[Actor]) -> bool:
    """A party of no known sector ("nine", "dozens") and a party of the same country whose sector
    is known ("nine traders") may be one party: a headline's count and its lead's people."""
    for x, y in ((a, b), (b, a)):
        loose = {p.country for p in x if p.country and not p.sector and not p.kb_id}
        if loose & {p.country for p in y}:
            return True
    return False


def _stem(e: Event) -> str:
    return e.trigger.text.lower()[:5]


def _places_clash(a: Event, b: Event, *, named_only: bool = False) -> bool:
    """Whether the two tellings put the act in different countries. With ``named_only``, only
    places both sentences name count: a headline seldom names one, and the country its record is
    given from its parties ("Chad, Gabon and Guinea leave the bloc") may be any one of them."""
    pa, pb = a.location, b.location
    if pa is None or pb is None or not pa.country or not pb.country or pa.country == pb.country:
        return False
    return not named_only or (pa.text is not None and pb.text is not None)


# Where a telling's date comes from when it is the happening's own: its sentence, or (a headline's)
# the lead paragraph that tells the news.
_SENTENCE_DATED = ("sentence",)
_LEAD_DATED = ("sentence", "lead")


def _dates_clash(a: Event, b: Event, *, given: tuple[str, ...] = _SENTENCE_DATED) -> bool:
    """Whether the tellings date the act differently, counting only dates drawn from ``given``."""
    if a.date_source not in given or b.date_source not in given or not a.date or not b.date:
        return False
    n = min(len(a.date), len(b.date))
    return a.date[:n] != b.date[:n]


def _weapon_fired(a: Event, b: Event) -> bool:
    """Whether one telling of shooting names the heavy weapon fired where the other tells only of
    guns ("ambushed a convoy", then "fired rockets at the convoy"): one attack, the second telling
    more exact. A verb that is itself of heavy weapons ("shelled") is another manner of attack
    than opening fire."""
    modes = {a.mode, b.mode}
    if modes != {"firearms", "heavy-weapons"}:
        return False
    heavy = a if a.mode == "heavy-weapons" else b
    return heavy.rule.startswith("fire/VERB")


def same_happening(
    a: Event, b: Event, *, headline_and_lead: bool = False, from_headline: bool = False, related: Related = _none
) -> bool:
    """Whether ``a`` and ``b`` tell one happening (see the module docstring). With
    ``headline_and_lead`` (one is the headline's, the other the lead paragraph's), the headline
    summarises the lead: any word for the act will do when the parties do not clash. With
    ``from_headline`` (``a`` is the headline's), a state the headline names and its organ or
    official in the body are one party when both act on the same party. ``related``
    tells whether two knowledge-base ids name one party (a body and the organisation it is part
    of: "the U.N." and "the U.N. Security Council")."""
    if a.event_type != b.event_type or a.sentence.start == b.sentence.start:
        return False
    if a.mode and b.mode and a.mode != b.mode and not headline_and_lead and not _weapon_fired(a, b):
        return False  # a headline's word for the act is not its lead's, nor is the mode the word gives
    if a.aux.factual != b.aux.factual or a.aux.negated != b.aux.negated:
        return False
    if _dates_clash(a, b):
        return False
    if _places_clash(a, b, named_only=headline_and_lead):
        return False
    headline = headline_and_lead  # a headline and its lead; a headline and any later sentence stay strict
    actor = _side(a.actor, b.actor, related, loose=headline)
    recipient = _side(a.recipient, b.recipient, related, loose=headline)
    if (headline_and_lead or from_headline) and actor == "clash" and _state_and_organ(a.actor, b.actor):
        actor = "organ"  # a headline names the state whose army, police or ministry acts in the lead
    if (headline_and_lead or from_headline) and recipient == "clash" and _state_and_organ(a.recipient, b.recipient):
        recipient = "same"  # "Hanoi accuses China" / "... accused the Chinese coast guard of ..."
    if "clash" in (actor, recipient):
        return False
    if actor == "same" or (from_headline and actor in ("organ", "weak") and recipient == "same"):
        return True  # "Cuba blames U.S." / "President Diaz-Canel accused Washington"
    if headline_and_lead:
        return True  # "Twin car bombs kill dozens" / "Two car bombs exploded ..., killing at least 100"
    if actor == "weak":  # "Iran-backed groups" and "the Badr Organisation": the same word, or not one act
        return _stem(a) == _stem(b)
    if (
        from_headline
        and actor == "open"
        and recipient in ("same", "weak")
        and not _dates_clash(a, b, given=_LEAD_DATED)
    ):
        return True  # "Qatari envoys visit Cairo" / "The team met Egyptian officials"
    # who acted is not known on one side: the same word for the same act on the same party
    return _stem(a) == _stem(b) and (recipient == "same" or not _keys(a.recipient + b.recipient))


def _resolved(parties: list[Actor]) -> int:
    return sum(1 for p in parties if p.country or p.kb_id)


def _fill(e: Event) -> int:
    """How much a telling says: resolved parties, a party more specific than a bare state, and a
    date its own sentence gives."""
    return (
        _resolved(e.actor)
        + _resolved(e.recipient)
        + sum(1 for p in e.actor if p.country and not _is_state(p))
        + (e.date_source == "sentence")
    )


def _date_rank(e: Event) -> int:
    """How well a telling dates the happening: its own sentence's day, then a day its sentence
    names that could not be resolved ("on Sunday", with no publication date), then none."""
    return 2 if e.date_source == "sentence" else 1 if e.date_source == "unresolved" else 0


def _filled(own: list[Actor], other: list[Actor]) -> list[Actor]:
    """The recipients of the leading telling, or the other's where the leader names some it could
    not resolve and the other resolves more ("the group" / "Hamas"). A telling that names none
    keeps none: the capital in "Rebels shell capital" is no party of the lead's "Rebel gunners
    opened fire overnight", whose sentence the record is read by."""
    return other if own and _resolved(other) > _resolved(own) else own


def _absorb(rep: Event, other: Event, *, headline: bool = False) -> Event:
    """``rep`` with the telling ``other`` merged in. With ``headline`` (``rep`` is the headline's
    telling), a body telling as full as the headline's leads: headlinese parses worst, and its
    sentence says least of who did what to whom."""
    if _fill(other) > _fill(rep) or (headline and _fill(other) == _fill(rep)):
        # the fuller telling leads the record ("Iran arrests hundreds" / "Iranian security
        # forces arrested hundreds of students on Monday"); the other is kept as a telling
        rep, other = replace(other, restated=[*other.restated, *rep.restated]), replace(rep, restated=[])
    actor = other.actor if _resolved(other.actor) > _resolved(rep.actor) else rep.actor
    recipient = _filled(rep.recipient, other.recipient)
    dated = other if _date_rank(other) > _date_rank(rep) else rep
    loc = rep.location
    if other.location is not None and (
        loc is None or _PRECISION.get(other.location.precision, 3) < _PRECISION.get(loc.precision, 3)
    ):
        loc = other.location
    return replace(
        rep,
        actor=actor,
        recipient=recipient,
        date=dated.date,
        date_precision=dated.date_precision,
        date_text=dated.date_text,
        date_source=dated.date_source,
        location=loc,
        mode=rep.mode or other.mode,
        confidence=max(rep.confidence, other.confidence),
        restated=[*rep.restated, Telling(other.sentence, other.trigger), *other.restated],
    )


def merge_restatements(
    events: list[Event],
    *,
    headline: tuple[int, int] | None = None,
    lead: tuple[int, int] | None = None,
    related: Related = _none,
) -> list[Event]:
    """The events with the tellings of each happening merged into one record, in text order.

    ``headline`` and ``lead`` are the character spans of the article's headline and lead paragraph;
    ``related`` tells whether two knowledge-base ids name one party (see :func:`same_happening`)."""

    def inside(e: Event | Telling, span: tuple[int, int] | None) -> bool:
        return span is not None and span[0] <= e.trigger.start < span[1]

    def told_in_headline(rep: Event) -> bool:
        """Whether the headline tells the record's happening, though a body telling may lead it."""
        return any(inside(t, headline) for t in (rep, *rep.restated))

    merged: list[Event] = []
    summarised: set[int] = set()  # headline records a lead event was already merged into
    for e in sorted(events, key=lambda e: e.trigger.start):
        for i, rep in enumerate(merged):
            pair = inside(rep, headline) and inside(e, lead) and i not in summarised
            from_headline = told_in_headline(rep)
            if same_happening(rep, e, headline_and_lead=pair, from_headline=from_headline, related=related):
                if pair:
                    summarised.add(i)  # a headline summarises one happening of its lead
                merged[i] = _absorb(rep, e, headline=inside(rep, headline))
                break
        else:
            merged.append(e)
    return merged


def _same_party(a: list[Actor], b: list[Actor], related: Related) -> bool:
    """Whether the two sides name one party: by knowledge-base ids (see :func:`_side`), or, where
    one side has none, by a country and sector both share (a country alone is many parties)."""
    side = _side(a, b, related)
    if side != "same":
        return False
    if any(p.kb_id for p in a) and any(p.kb_id for p in b):
        return True
    return bool({k for k in _keys(a) & _keys(b) if k[0] != "c"})


def retold_date(
    e: Event, others: list[Event], *, related: Related = _none, anaphoric: bool = False, reported: bool = False
) -> Event | None:
    """The telling among ``others`` whose day ``e`` takes when ``e`` tells again, with no day of its
    own, a happening another sentence dated ("Police fired on marchers on Saturday" / "The ministry
    said one officer was killed"): an act of the same category and factuality done to the same
    party (one the knowledge base knows, or one of the same country and sector), by a party that
    is not another, on a telling whose own sentence gives its day. An act of the same kind done to
    another party is another happening, and so is one whose parties swap roles ("Borrell blames
    Kurti" / "Kurti accused Borrell"). The nearest telling before ``e`` is preferred, then the
    nearest after it; None when no telling fits or its day is not earlier than ``e``'s.

    With ``reported`` (``e`` is told in the past perfect under a reporting verb, whose day it was
    given: "said on Tuesday they had seized a tanker"), the act was done before it was told, and
    the same actor suffices ("The Guards seized the tanker on Sunday").

    With ``anaphoric`` (``e``'s word for the act points back, "the marches"), an ``e`` that names
    no party takes the day of the nearest act of its category told before it."""
    kin = [o for o in others if o.event_type == e.event_type and o.sentence.start != e.sentence.start]
    before = [o for o in kin if o.trigger.start < e.trigger.start]
    after = [o for o in kin if o.trigger.start > e.trigger.start]
    pointing = anaphoric and not e.actor and not e.recipient
    for o in [*reversed(before), *after][:1] if pointing else [*reversed(before), *after]:
        if o.date_source != "sentence" or o.date_precision != "day" or not o.date or not e.date:
            continue
        if o.date >= e.date:
            continue
        if o.aux.factual != e.aux.factual or o.aux.negated != e.aux.negated:
            continue
        if pointing:
            return o if o.trigger.start < e.trigger.start else None
        actor, recipient = _side(e.actor, o.actor, related), _side(e.recipient, o.recipient, related)
        if actor == "clash" or recipient == "clash":
            continue
        if _same_party(e.recipient, o.recipient, related) or (reported and actor == "same"):
            return o
    return None
