"""A happening dated against another: "on Monday, a day after gunmen killed five villagers".

:func:`relative_offset` reads the measure phrase before "after" or "before" ("a day", "two
days", "hours", "the day") and says how many days the happening it introduces lies from the
one it is set against. The coder then counts that many days from the other clause's date
(:mod:`eventwire.coding.build`), and only when the happening's own clause names no date.
:func:`set_after` finds the clause an "after" clause is set against: a bare weekday the "after"
clause names falls on or before that clause's day. :func:`onset_clause` finds the clause that
says when a happening set off ("since the unrest erupted on Sunday"), and
:func:`anaphoric_offset` the phrase that sets a sentence against the day told before it
("within hours", "the next day"). :func:`told_after` finds the "after" clause or phrase an act is
told in with no day of its own: the coder dates it by an earlier day the article tells such an
act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from .clauses import casualty_leaver
from .syntax import children_of, lemma_of, subtree_of

# Grammar: the subordinators and prepositions that set one happening against another, and the
# direction in days (the introduced happening lies before "after" and after "before").
_DIRECTION = {"after": -1, "before": 1}
# Units of the measure phrase, in days; "hours" and "the same day" mean the same day.
_UNIT_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0, "night": 1}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "the": 1}
# Counts of months or years ("the" counts no whole month: "the year after" is vague).
_COUNTS = {**{k: v for k, v in _NUMBERS.items() if k != "the"}, "eight": 8, "nine": 9, "ten": 10}


def relative_offset(trigger: Token) -> tuple[Token, int] | None:
    """``(clause, days)``: the clause or phrase that holds ``trigger`` and is set a measured time
    after or before another ("a day after gunmen killed...": the clause of "killed", -1), else
    None. A measure without a count ("days after") gives None: the day is not known."""
    return _relative(trigger, _measure)


def relative_months(trigger: Token) -> tuple[Token, int] | None:
    """``(clause, months)``: as :func:`relative_offset`, for a measure in months or years ("a year
    after the massacre": the phrase of "massacre", -12; "six months before the vote": +6)."""
    return _relative(trigger, _measure_months)


def _relative(trigger: Token, measure: Callable[[Token], int | None]) -> tuple[Token, int] | None:
    cur, hops = trigger, 0
    while hops < 4 and cur.head.i != cur.i:
        # the clause ("a day after gunmen killed") or the phrase ("a day after the attack")
        if cur.dep_ == "advcl":
            marks = [c for c in children_of(cur) if c.dep_ == "mark" and lemma_of(c) in _DIRECTION]
            if marks:
                days = measure(cur)
                return (cur, _DIRECTION[lemma_of(marks[0])] * days) if days is not None else None
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and lemma_of(cur.head) in _DIRECTION:
            days = measure(cur.head)
            return (cur.head, _DIRECTION[lemma_of(cur.head)] * days) if days is not None else None
        if cur.dep_ not in ("conj", "dobj", "xcomp", "compound") and casualty_leaver(cur) is None:
            return None  # an attack that "left two guards dead" is dated as that clause is
        cur, hops = cur.head, hops + 1
    return None


# Units of a measure phrase counted in months.
_UNIT_MONTHS = {"month": 1, "year": 12}


def _measure_months(head: Token) -> int | None:
    """Months in the measure phrase that modifies ``head`` ("a year", "six months"); None without
    a count ("years after")."""
    for c in children_of(head):
        if c.dep_ != "npadvmod" or lemma_of(c) not in _UNIT_MONTHS:
            continue
        counts = [_COUNTS.get(g.lower_) for g in children_of(c) if g.dep_ in ("det", "nummod")]
        return counts[0] * _UNIT_MONTHS[lemma_of(c)] if counts and counts[0] is not None else None
    return None


def _measure(head: Token) -> int | None:
    """Days in the measure phrase that modifies ``head`` ("a day", "two days", "hours")."""
    for c in children_of(head):
        if c.dep_ != "npadvmod" or lemma_of(c) not in _UNIT_DAYS:
            continue
        unit = _UNIT_DAYS[lemma_of(c)]
        if unit == 0:
            return 0
        counts = [_NUMBERS.get(g.lower_) for g in children_of(c) if g.dep_ in ("det", "nummod")]
        if counts and counts[0] is not None:
            return counts[0] * unit
        if c.lower_ == "day" and not counts:
            return None
        return None
    return None


def set_after(trigger: Token) -> Token | None:
    """The clause head that the trigger's "after" clause is set against ("recalled its envoy on
    Thursday after Togo expelled two diplomats": "recalled"), else None. What an "after" clause
    tells happened on or before the day of that clause."""
    cur, hops = trigger, 0
    while hops < 4 and cur.head.i != cur.i:
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and lemma_of(c) == "after" for c in children_of(cur)):
            return cur.head
        if cur.dep_ not in ("conj", "dobj", "xcomp", "compound"):
            return None
        cur, hops = cur.head, hops + 1
    return None


def told_after(trigger: Token) -> Token | None:
    """The "after" clause or phrase that holds ``trigger`` ("sent troops on Friday after gunmen
    killed 11 villagers", "days after a firefight left a soldier dead"), else None. What it tells
    happened before the day of the clause it hangs on, on a day it does not give."""
    cur, hops = trigger, 0
    while hops < 4 and cur.head.i != cur.i:
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and lemma_of(c) == "after" for c in children_of(cur)):
            return cur
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and lemma_of(cur.head) == "after":
            return cur.head
        if cur.dep_ not in ("conj", "dobj", "xcomp", "compound", "nsubj"):
            return None
        cur, hops = cur.head, hops + 1
    return None


# Grammar: phrases that set a sentence's happening against the day told just before it, with the
# offset in days ("Hours later, the ministry announced...": the same day).
_ANAPHORIC = (
    (re.compile(r"(?i)\b(?:within hours|hours later|minutes later|later that day|earlier that day|"
                r"that same day|the same day|later that night|that night)\b"), 0),
    (re.compile(r"(?i)\b(?:the next day|the following day|a day later|the next morning)\b"), 1),
    (re.compile(r"(?i)\b(?:the day before|the previous day|a day earlier)\b"), -1),
    # a bare "later" ("the envoy later said"): later on the day told before, not "weeks later" or
    # "later this month"
    (re.compile(r"(?i)(?<!day )(?<!days )(?<!week )(?<!weeks )(?<!month )(?<!months )(?<!year )(?<!years )"
                r"\blater\b(?! this| next| in | on )"), 0),
)


# Grammar: a counted span that sets a sentence's happening against the day told just before it
# ("Two days earlier, gunmen had ambushed a patrol", "three days later", "a week before that").
_COUNTED_ANAPHORIC = re.compile(
    r"(?i)\b(a|an|one|two|three|four|five|six|seven)\s+(day|week|night)s?\s+"
    r"(later|earlier|afterwards|after that|before that)\b"
)
_SPAN_DIRECTION = {"later": 1, "afterwards": 1, "after that": 1, "earlier": -1, "before that": -1}
# "The night before" and "the previous night" fall on the day before the day told.
_NIGHT_BEFORE = re.compile(r"(?i)\b(?:the night before|the previous night|the previous evening)\b")


def anaphoric_offset(sentence: str) -> tuple[str, int] | None:
    """``(phrase, days)``: the phrase that sets a sentence's happening against the day told just
    before it, and the days between the two ("Within hours, Beijing imposed bans": 0; "The next
    day, troops withdrew": 1; "Two days earlier, gunmen had ambushed a patrol": -2), else None."""
    counted = _COUNTED_ANAPHORIC.search(sentence)
    if counted is not None:
        n = _NUMBERS[counted.group(1).lower()] * _UNIT_DAYS[counted.group(2).lower()]
        return counted.group(0), n * _SPAN_DIRECTION[counted.group(3).lower()]
    night = _NIGHT_BEFORE.search(sentence)
    if night is not None:
        return night.group(0), -1
    for pattern, days in _ANAPHORIC:
        m = pattern.search(sentence)
        if m:
            return m.group(0), days
    return None


# Grammar: verbs that tell when a happening set off ("the strikes, which started on May 2").
_ONSET_VERBS = frozenset({"begin", "start", "erupt", "break"})


def onset_clause(trigger: Token) -> Token | None:
    """The clause that tells when the trigger's happening set off, else None: the "since" clause
    of its clause ("have detained 200 people since the protests erupted on Sunday": the
    detentions run from Sunday), or a relative clause of an event noun that says when it began
    ("the strikes, which started on May 2")."""
    for c in children_of(trigger):
        if c.dep_ == "relcl" and lemma_of(c) in _ONSET_VERBS:
            return c
    cur, hops = trigger, 0
    while hops < 3:
        for c in children_of(cur):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in children_of(c)):
                return c
        if cur.dep_ not in ("conj", "xcomp") or cur.head.i == cur.i:
            return None
        cur, hops = cur.head, hops + 1
    return None


def in_clause(token_index: int, clause: Token) -> bool:
    """Whether the token at ``token_index`` is one of the words of ``clause``."""
    return any(t.i == token_index for t in subtree_of(clause))


def since_another_clause(date_token: Token, trigger: Token) -> bool:
    """Whether the date at ``date_token`` opens a span ("since Thursday") told of a clause that does
    not hold ``trigger`` ("said calls had been made since Thursday, and urged Beijing to act": the
    span is the calls', not the day of the urging)."""
    cur, hops = date_token, 0
    while hops < 3 and cur.head.i != cur.i and cur.dep_ in ("compound", "amod", "nummod", "npadvmod"):
        cur, hops = cur.head, hops + 1
    since = cur.head
    if cur.dep_ != "pobj" or since.lower_ != "since" or since.head.i == since.i:
        return False
    head = since.head
    # a verb conjoined to the clause is an act of its own ("..., and urged"), even hung inside it
    joined = [c for c in children_of(head) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return not in_clause(trigger.i, head) or any(in_clause(trigger.i, c) for c in joined)


# Grammar: ordinals that, like a superlative, rank a thing against all before it ("the first
# visit since 2019", "the last time since").
_RANKING = frozenset({"first", "last", "only"})


def since_a_benchmark(date_token: Token) -> bool:
    """Whether the date at ``date_token`` opens the span a ranked noun just before its "since"
    is measured over ("gunned down 15 miners in the deadliest night since the Oct. 9 vote",
    "the worst raid since January"): the day the record is counted from, not the act's, even
    when the parser hangs "since" on the verb."""
    cur, hops = date_token, 0
    while hops < 3 and cur.head.i != cur.i and cur.dep_ in ("compound", "amod", "nummod", "npadvmod", "nmod"):
        cur, hops = cur.head, hops + 1
    since = cur.head
    if cur.dep_ != "pobj" or since.lower_ != "since" or since.i == 0:
        return False
    noun = since.doc[since.i - 1]
    if noun.pos_ != "NOUN":
        return False
    return any(_ranks(c) for c in children_of(noun) if c.dep_ in ("amod", "advmod"))


def _ranks(word: Token) -> bool:
    """Whether a modifier ranks its noun: a superlative ("bloodiest", "worst", "most violent";
    the tagger often tags one as a plain adjective) or a ranking ordinal ("first")."""
    if word.tag_ in ("JJS", "RBS") or word.lower_ in _RANKING or "Sup" in word.morph.get("Degree"):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("most", "least") for c in children_of(word)):
        return True
    return word.pos_ == "ADJ" and (word.lower_.endswith("est") or word.lower_ == "worst")


# Grammar: prepositions that bound a span ("leave by Friday", "suspend flights from Monday").
_BOUNDS = frozenset({"by", "from", "until", "till"})


def bounds_demanded_act(date_token: Token, trigger: Token) -> bool:
    """Whether the date at ``date_token`` bounds an act the trigger's clause demands or tells of,
    not the trigger's own act ("ordered the migrants to leave by Nov. 3": the deadline of the
    leaving, not the day of the order)."""
    cur, hops = date_token, 0
    while hops < 3 and cur.head.i != cur.i and cur.dep_ in ("compound", "amod", "nummod", "npadvmod"):
        cur, hops = cur.head, hops + 1
    prep = cur.head
    if cur.dep_ != "pobj" or prep.lower_ not in _BOUNDS or prep.head.i == trigger.i:
        return False
    head, hops = prep.head, 0
    while hops < 4 and head.i != trigger.i and head.head.i != head.i:
        if head.dep_ in ("xcomp", "ccomp") and head.head.i == trigger.i:
            return True
        head, hops = head.head, hops + 1
    return False


def reported_past_perfect(trigger: Token) -> Token | None:
    """The head of the past-perfect clause that holds ``trigger`` when that clause is reported by
    another verb ("announced on Friday it had boarded a trawler and held its crew": "boarded"),
    else None. The reporting verb's day is when the act was told, not when it was done; the act
    lies before it."""
    head = trigger
    for _ in range(4):  # up from a noun to the verb of its clause ("the marches had been led")
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    first, hops = head, 0
    while first.dep_ == "conj" and hops < 3 and first.head.i != first.i:
        first, hops = first.head, hops + 1  # "had seized a tanker and detained its crew"
    if first.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children_of(first)):
        return None
    if first.dep_ != "ccomp" or first.head.pos_ not in ("VERB", "AUX"):
        return None
    return first
