"""Reading a noun phrase as names, links and agent nouns (steps 1 and 2 of
:mod:`eventwire.knowledge.actors.resolve`): ``_analyse(kb, text)`` and ``_analyse_tokens``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ...record import Affiliation
from ..lexicon import words as lexicon_words
from ._text import tokenize
from .kb import KnowledgeBase, NounInfo
from .name_words import generic_names

# Participles that link a phrase to a backer or leader, and the affiliation they mean
# (knowledge/lexicon/words.yaml: link_verbs_<affiliation>).
_LINK_VERBS: dict[str, str] = {
    w: kind for kind in ("backed_by", "led_by", "allied_with") for w in lexicon_words(f"link_verbs_{kind}")
}
# Verbs that may follow their object directly ("Iran-backed"); the others need "by"/"to"/"with"
# ("armed by Iran"), since "Iraqi armed forces" must not read as "armed by Iraq".
_COMPOUND_VERBS = lexicon_words("link_compound_verbs")
_LINK_PREPOSITIONS = lexicon_words("link_prepositions")
_DETERMINERS = lexicon_words("phrase_determiners")
_PRO = "pro"
_OF = "of"
_ANTI = "anti"
# Words for people by their opposition to a body named right before them ("Kremlin critic").
_OPPONENTS = frozenset({"critic", "critics", "opponent", "opponents"})
#: Lowest rapidfuzz ratio (0-100) at which a misspelt name counts as the known one.
FUZZY_THRESHOLD = 90.0
_FUZZY_MIN_CHARS = 5
# Words that are capitalised only where they open a sentence: never part of a misspelt name.
_NOT_NAMES = _DETERMINERS | lexicon_words("quantity_words")
_FORMER = lexicon_words("former_words")
_ETHNIC = lexicon_words("ethnic_words")
_BACKERS = lexicon_words("backer_words")
_POSTPOSITIVE = lexicon_words("postpositive_title_words")


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    label: str  # ACTOR, COUNTRY, CAPITAL, DEMONYM
    target: str  # kb id or ISO3
    exact: bool  # the tokens spell an alias as written in the data
    fuzzy: bool = False  # found by approximate matching (a misspelt name)


@dataclass(frozen=True, slots=True)
class _Noun:
    start: int
    end: int
    info: NounInfo


@dataclass(slots=True)
class _Analysis:
    """A phrase read as names, links and agent nouns."""

    names: list[_Match]  # names that are the phrase's own (not link targets)
    links: list[Affiliation]
    nouns: list[_Noun]
    former: bool = False  # "former prime minister ..."
    ethnic: bool = False  # "ethnic Albanians": a people named by a demonym, not its state
    named_by_place: bool = False  # a place inside a longer proper name ("the Lima Group")
    of_at: int | None = None  # the first "of" of the phrase ("the union of teachers"), if any
    size: int = 0  # the number of tokens of the phrase
    last: str = ""  # the phrase's last token, folded
    critic: bool = False  # people named by a body they oppose ("Kremlin critics", "regime opponents")
    opposes: str | None = None  # the country of that body, if a name says it
    backers: bool = False  # people named by a party they back ("<leader> supporters", "followers of X")
    backs: str | None = None  # the country of that party, if it has one


# --------------------------------------------------------------------------- analysis


def _find_names(kb: KnowledgeBase, folded: Sequence[str], cased: Sequence[str], *, skip: str | None) -> list[_Match]:
    """All alias matches, overlaps settled longest first (then leftmost); in text order."""
    n = len(folded)
    found: list[_Match] = []
    for i in range(n):
        longest = kb.longest_from(folded[i], cased[i])
        for j in range(min(n, i + longest), i, -1):
            hit = kb.lookup(folded[i:j], cased[i:j])
            if hit is not None and hit.target != skip:
                found.append(_Match(i, j, hit.label, hit.target, kb.is_surface(cased[i:j])))
                break
    chosen: list[_Match] = []
    taken = [False] * n
    for m in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if not any(taken[m.start : m.end]):
            chosen.append(m)
            for k in range(m.start, m.end):
                taken[k] = True
    chosen.extend(_fuzzy_names(kb, folded, cased, taken, skip=skip))
    return sorted(chosen, key=lambda m: m.start)


def _fuzzy_names(
    kb: KnowledgeBase, folded: Sequence[str], cased: Sequence[str], taken: list[bool], *, skip: str | None
) -> list[_Match]:
    """Misspelt names ("Quatar", "Bouteflicka"): capitalised runs no exact alias covered.

    A whole run of capitalised tokens that are neither matched names nor agent nouns is
    compared with the aliases of the same number of tokens and the same first letter; the best
    one at or above :data:`FUZZY_THRESHOLD` (rapidfuzz ratio) is taken.
    """
    out: list[_Match] = []
    n = len(folded)
    i = 0
    while i < n:
        if taken[i] or not _fuzzy_candidate(kb, folded[i], cased[i]):
            i += 1
            continue
        j = i
        while j < n and not taken[j] and _fuzzy_candidate(kb, folded[j], cased[j]):
            j += 1
        hit = None
        # the whole run only: a part of a longer name is another name ("Michael Makuei Lueth"
        # is not a misspelt "Makei", "Francois Legault" not "Francos")
        query = " ".join(folded[i:j])
        if j - i <= 4 and len(query) >= _FUZZY_MIN_CHARS:
            found = kb.fuzzy_lookup(query, j - i)
            if found is not None and found.target != skip:
                hit = _Match(i, j, found.label, found.target, False, True)
        if hit is not None:
            out.append(hit)
            for k in range(hit.start, hit.end):
                taken[k] = True
        i = j
    return out


def _fuzzy_candidate(kb: KnowledgeBase, folded: str, cased: str) -> bool:
    # a determiner is capitalised only where it opens a sentence ("Several Republican senators")
    return cased[:1].isupper() and folded != "'s" and folded not in _NOT_NAMES and kb.noun(folded) is None


def _find_nouns(kb: KnowledgeBase, folded: Sequence[str], free: Sequence[bool]) -> list[_Noun]:
    """Agent and group nouns among the free tokens, longest first from the left."""
    nouns: list[_Noun] = []
    i, n = 0, len(folded)
    while i < n:
        for j in range(min(n, i + kb.longest_noun_from(folded[i])), i, -1):
            if all(free[i:j]):
                info = kb.noun(" ".join(folded[i:j]))
                if info is not None:
                    if not _postpositive(folded, i, j, nouns):
                        nouns.append(_Noun(i, j, info))
                    i = j
                    break
        else:
            i += 1
    return nouns


def _postpositive(folded: Sequence[str], i: int, j: int, nouns: Sequence[_Noun]) -> bool:
    """Whether the word ``folded[i:j]`` qualifies the agent noun just before it ("prosecutor
    general", "surgeon general"): an adjective after its noun, not an agent of its own."""
    return j == i + 1 and folded[i] in _POSTPOSITIVE and bool(nouns) and nouns[-1].end == i


# Bounds of the phrase caches (_analyse, _resolve_undated, _resolve_dated). A news stream keeps
# bringing new phrases: these caches are full after about 1,000 articles and hold the recurring
# phrases from then on, so the memory of a long stream stays flat (at 65,536 entries they filled
# only after 5,000 to 7,000 articles and the process grew 10 % on the way). A dated entry is keyed
# by the article's date as well: it is reused within an article and its day, hardly across days,
# so its cache is the smaller one.
_PHRASES = 16384
_DATED_PHRASES = 4096


@functools.lru_cache(maxsize=_PHRASES)  # pure; the same phrases recur across articles (read-only result)
def _analyse(kb: KnowledgeBase, text: str, *, skip: str | None = None) -> _Analysis:
    folded, cased = tokenize(text)
    return _analyse_tokens(kb, folded, cased, skip=skip)


def _analyse_tokens(
    kb: KnowledgeBase, folded: Sequence[str], cased: Sequence[str], *, skip: str | None = None
) -> _Analysis:
    names = _find_names(kb, folded, cased, skip=skip)
    names = [
        m for m in names if not _blocked_by_modifier(kb, m, names) and not _inside_longer_name(kb, m, names, cased)
    ]
    starting = {m.start: m for m in names}
    ending = {m.end: m for m in names}
    consumed: set[int] = set()  # ids of matches used as link targets or negated
    blocked = [False] * len(folded)  # tokens not available to agent nouns
    links: list[Affiliation] = []

    def target_after(k: int) -> _Match | None:
        while k < len(folded) and folded[k] in _DETERMINERS:
            k += 1
        return starting.get(k)

    for k, token in enumerate(folded):
        kind = _LINK_VERBS.get(token)
        if kind is not None:
            target: _Match | None = None
            if k + 1 < len(folded) and folded[k + 1] in _LINK_PREPOSITIONS:
                first = target_after(k + 2)
                target = _possessed(first, names, folded)
                if target is not first and first is not None:
                    # the name's other tellings ("(GNA)") are the link's too; so is the possessor of
                    # a backer ("backed by Iran's Guards": no country of their own), while a party
                    # loyal to "Yemen's Houthis" is of Yemen
                    consumed.update(
                        id(m)
                        for m in names
                        if m is not target and (m.target == target.target or (m is first and kind != "allied_with"))
                    )
            if target is None and token in _COMPOUND_VERBS:
                target = ending.get(k)
            if target is not None and id(target) not in consumed:
                consumed.add(id(target))
                links.append(Affiliation(kind, target.target))
                blocked[k] = True
        elif token in (_PRO, _ANTI):
            target = target_after(k + 1)
            if target is not None:
                consumed.add(id(target))
                if token == _PRO:
                    links.append(Affiliation("allied_with", target.target))
            elif k + 1 < len(folded):
                blocked[k + 1] = True  # "anti-government": "government" is not the phrase's sector
    opposes = None
    critic = False
    for m in names:
        if id(m) not in consumed and m.end < len(folded) and folded[m.end] in _OPPONENTS:
            # "Kremlin critic X": the body named is what they oppose, not theirs; they are the
            # opposition of its state
            consumed.add(id(m))
            opposes = opposes or _country_of(kb, m)
            critic = True
    for k in range(len(folded) - 1):
        if folded[k + 1] in _OPPONENTS and folded[k] not in _DETERMINERS:
            blocked[k] = True  # "government critics": the government is what they oppose
            critic = True
    backers, backs = _backers_of(kb, names, folded, consumed)
    ethnic = False
    for m in names:
        if m.label == "DEMONYM" and m.start > 0 and folded[m.start - 1] in _ETHNIC:
            consumed.add(id(m))  # "ethnic Albanians": an ethnicity, not the state
            ethnic = True
    own = [m for m in names if id(m) not in consumed]
    for m in names:
        for i in range(m.start, m.end):
            blocked[i] = True
    nouns = _find_nouns(kb, folded, [not b for b in blocked])
    former = any(t in _FORMER for t in folded)
    of_at = next((k for k, t in enumerate(folded) if t == _OF), None)
    last = folded[-1] if folded else ""
    return _Analysis(
        own, links, nouns, former, ethnic, _named_by_place(own, cased), of_at, len(folded), last, critic, opposes,
        backers, backs,
    )


def _backers_of(
    kb: KnowledgeBase, names: Sequence[_Match], folded: Sequence[str], consumed: set[int]
) -> tuple[bool, str | None]:
    """Whether the phrase names people by a party they back ("<leader> supporters", "followers of
    <party>"), and that party's country; the party's name is then consumed. PLOVER codes a
    leader's or a party's supporters as civilians of its country, not as the party itself."""
    n = len(folded)
    for m in names:
        if m.label != "ACTOR" or id(m) in consumed:
            continue
        after = m.end == n - 1 and folded[m.end] in _BACKERS
        before = m.start >= 2 and m.end == n and folded[m.start - 1] == _OF and folded[m.start - 2] in _BACKERS
        if after or before:
            consumed.add(id(m))
            return True, _country_of(kb, m)
    return False, None


def _country_of(kb: KnowledgeBase, m: _Match) -> str | None:
    """The state of a name: the country a place names, or a knowledge-base entry's country."""
    if m.label != "ACTOR":
        return m.target
    entry = kb.get(m.target)
    return entry.country if entry is not None else None


def _possessed(target: _Match | None, names: Sequence[_Match], folded: Sequence[str]) -> _Match | None:
    """The name a link points to when its first name is only a possessor ("loyal to Libya's
    unity government", "backed by Iran's Revolutionary Guards"): the named actor after the "'s",
    else the possessor itself."""
    if target is None or target.end >= len(folded) or folded[target.end] != "'s":
        return target
    return next((m for m in names if m.start > target.end and m.label == "ACTOR"), target)


def _named_by_place(names: Sequence[_Match], cased: Sequence[str]) -> bool:
    """Whether a place of the phrase is only a word of a longer proper name that says nothing of
    the place's state: a city before a capitalised word ("the Lima Group", "the Minsk Group"),
    or a nationality after one ("the Inter-American Commission"). "The Kenya Human Rights
    Commission" is Kenyan, so a country or a nationality before the name keeps its country."""
    covered = {i for m in names for i in range(m.start, m.end)}

    def other_name_word(i: int) -> bool:
        return 0 < i < len(cased) and i not in covered and cased[i][:1].isupper()

    return any(
        (m.label == "CAPITAL" and other_name_word(m.end))
        or (m.label in ("COUNTRY", "DEMONYM") and other_name_word(m.start - 1))
        for m in names
    )


def _blocked_by_modifier(kb: KnowledgeBase, match: _Match, names: Sequence[_Match]) -> bool:
    """True for an institution name after another country's adjective ("Philippine Congress").

    The name is then read as words: "Philippine" + "congress" is the Philippine legislature.
    """
    entry = kb.get(match.target) if match.label == "ACTOR" else None
    if entry is None or entry.kind not in ("state_institution", "party") or entry.country is None:
        return False
    return any(
        other.end == match.start and other.label in ("COUNTRY", "DEMONYM") and other.target != entry.country
        for other in names
    )


def _inside_longer_name(kb: KnowledgeBase, match: _Match, names: Sequence[_Match], cased: Sequence[str]) -> bool:
    """True for an alias of common words only, of a body of no country, that is the tail of a longer
    proper name the knowledge base does not know ("the National Security Council" is no "Security Council"):
    a capitalised word that is no name of its own stands right before it, after another word.
    The phrase is then read as words. A name of its own ("Shiite Hezbollah") is never cut."""
    if match.label != "ACTOR" or match.start < 2:
        return False
    entry = kb.get(match.target)
    if entry is None or entry.country is not None:
        return False  # a state's body named so is another state's body of that name (generic.py)
    before = cased[match.start - 1]
    if not before[:1].isupper() or any(m.end == match.start for m in names):
        return False
    folded_before = before.lower()
    if folded_before in _NOT_NAMES or folded_before in _FORMER or kb.noun(folded_before) is not None:
        return False
    common = generic_names(kb).common
    words = [w.lower() for w in cased[match.start : match.end] if w[:1].isalpha()]
    return bool(words) and all(w in common or w in _NOT_NAMES for w in words)
