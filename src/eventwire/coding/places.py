"""Places in text: the places of a sentence and of a dateline, and an article's main place.

``sentence_places`` finds a sentence's places (its GPE/LOC/FAC entities, and proper nouns the
tagger missed where a place stands) and marks those named where an event's place is named;
``dateline_place`` resolves the article's dateline; ``find_places`` resolves candidate names;
``main_place`` is the country the article is mostly about. The gazetteer itself (names to
:class:`~eventwire.record.Place`, its ranking and stop list) is
:mod:`eventwire.knowledge.gazetteer`; its names are re-exported here.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..knowledge.gazetteer import STOP_NAMES, Gazetteer, normalize_name
from ..knowledge.lexicon import words as lexicon_words
from ..record import Place
from ..text.segment import article_dateline
from .pipeline import normalize_for_parse, span_ents
from .syntax import children_of, lemma_of, token_at, with_pos

__all__ = [
    "STOP_NAMES",
    "Gazetteer",
    "anchored",
    "dateline_place",
    "find_places",
    "main_place",
    "normalize_name",
    "sentence_places",
]

# The parts of speech of the words the sentence loops look at (``syntax.with_pos``).
_PROPN_POS = frozenset({"PROPN"})
_NOUN_POS = frozenset({"NOUN"})

# A gazetteer lookup: (name, ISO3 country hint) -> the place, or None.
Lookup = Callable[[str, str | None], Place | None]

_LOCATIVE = lexicon_words("locative_prepositions")
_BATTLE = lexicon_words("battle_words")
_PLACE_NOUNS = lexicon_words("place_nouns")
# Entity labels the tagger gives place names it does not know ("the town of Agadez" as a product).
_MISREAD_PLACES = frozenset({"LANGUAGE", "NORP", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART"})
_MOVE_VERBS = lexicon_words("movement_verbs")
_STRIKING = lexicon_words("striking_verbs")
# Grammar: prepositions of what an attack is aimed at ("an attack on X", "an offensive against X").
_AIMED_AT = frozenset({"on", "against"})
_FACILITIES = lexicon_words("facility_nouns")
# Grammar: prepositions that tie a facility to the place it is at ("the airport in X", "camps near X").
_AT_A_PLACE = frozenset({"in", "near", "at", "outside", "of"})
# Nouns a definite description of a settlement is made of ("the town", "the city").
_SETTLEMENTS = frozenset({"town", "city", "village"})


def find_places(
    doc_ents: Iterable[tuple[str, int, int]],
    *,
    gazetteer: Gazetteer | None = None,
    country: str | None = None,
) -> list[Place]:
    """Resolve ``(text, start, end)`` candidates (e.g. spaCy GPE/LOC/FAC entities).

    Returns one Place per resolved candidate, in input order, with ``text/start/end`` filled
    from the candidate; unknown and stop-listed names are dropped. ``country`` is passed to
    :meth:`Gazetteer.lookup` as the tie-breaking hint.
    """
    gaz = gazetteer or Gazetteer.default()
    out: list[Place] = []
    for text, start, end in doc_ents:
        place = gaz.lookup(text, country=country)
        if place is not None:
            out.append(dataclasses.replace(place, text=text, start=start, end=end))
    return out


def main_place(places: list[Place], *, gazetteer: Gazetteer | None = None) -> Place | None:
    """The article's main place: the country-level Place of the most mentioned country.

    Every resolved place counts once for its country (a city counts for its country). Ties go
    to the country mentioned first. The returned Place is the gazetteer's country entry; its
    ``text/start/end`` are those of the first mention naming the country itself, or None when
    the country was only reached through its cities. None when no place has a country.
    """
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    first: dict[str, int] = {}
    for i, p in enumerate(places):
        if p.country and p.country not in first:
            first[p.country] = i
    iso3 = min(counts, key=lambda c: (-counts[c], first[c]))
    gaz = gazetteer or Gazetteer.default()
    country = gaz.country(iso3)
    if country is None:
        return None
    for p in places:
        if p.country == iso3 and p.precision == "country":
            return dataclasses.replace(country, text=p.text, start=p.start, end=p.end)
    return country


# A town this small, in a country the article names in no other way, is more likely a namesake
# of a place the gazetteer does not hold ("Palma" in Mozambique read as Palma de Mallorca).
ANCHOR_POPULATION = 500_000


def anchored(
    places: list[tuple[Place, bool, int]],
    anchors: set[str],
    *,
    gazetteer: Gazetteer,
    home: Place | None = None,
) -> list[tuple[Place, bool, int]]:
    """The places of a sentence without small towns far from the countries the article is about.

    ``anchors`` are the countries the article names otherwise: as countries, through the
    dateline, or through the parties it names. A city below ``ANCHOR_POPULATION`` in none of
    them and none of their neighbours ("Turkish jets struck Afrin" is in Syria) is dropped,
    when the article names any country at all: the event stays unplaced rather than placed in
    the wrong country. A town named only by an alternate name is held to more, whatever the
    article names (:func:`_unsupported_alternate`); it stands for ``home``, the country the
    article is about, when that is another. A town the gazetteer lacks, named as a town ("the
    border town of X"), stands for ``home`` too, and is dropped when there is none.
    """
    places = _without_unsupported_alternates(places, anchors, gazetteer, home)
    if not anchors:
        return places
    near = set(anchors).union(*(gazetteer.neighbours(c) for c in anchors))
    return [
        item
        for item in places
        if item[0].precision != "city"
        or item[0].country in near
        or gazetteer.population(item[0]) >= ANCHOR_POPULATION
    ]


def _without_unsupported_alternates(
    places: list[tuple[Place, bool, int]], anchors: set[str], gazetteer: Gazetteer, home: Place | None
) -> list[tuple[Place, bool, int]]:
    """``places`` without the towns :func:`_unsupported_alternate` distrusts; each stands for the
    country the article is about (``home``) instead, when there is one: the name is most likely
    a place of that country the gazetteer lacks."""
    out = []
    for p, locative, i in places:
        if p.country is None:  # a town the gazetteer lacks, named as one (:func:`sentence_places`)
            if home is not None and home.country:
                out.append((replace(p, country=home.country), locative, i))  # a town, where unknown
        elif not _unsupported_alternate(p, anchors, gazetteer):
            out.append((p, locative, i))
        elif home is not None and home.country and home.country != p.country:  # not home by the town alone
            out.append((replace(home, text=p.text, start=p.start, end=p.end), locative, i))
    return out


def _unsupported_alternate(place: Place, anchors: set[str], gazetteer: Gazetteer) -> bool:
    """Whether ``place`` is a town below ``ANCHOR_POPULATION`` named only by one of its alternate
    names, in a country the article names in no other way (not even beside a neighbour of it):
    more likely a place the gazetteer lacks ("Borno" in Nigeria read as Germany's Borna)."""
    return (
        place.precision == "city"
        and place.country not in anchors
        and gazetteer.population(place) < ANCHOR_POPULATION
        and gazetteer.by_alternate_name(place.text or "", place)
    )


def dateline_place(text: str, lookup: Lookup, *, seats: bool = True) -> Place | None:
    """The place of the article's dateline ("ERBIL, Iraq, Nov 10 (Wire) -"), if the gazetteer knows it.

    With ``seats``, a dateline naming an organisation is its seat (:func:`organisation_seat`)."""
    found = article_dateline(text)
    if found is None:
        return None
    hint = None
    if found.qualifier:
        q = lookup(found.qualifier, None)
        hint = q.country if q is not None else None
    name = found.place.title() if found.place.isupper() else found.place
    p = lookup(name, hint)
    if p is None and seats:
        seat = organisation_seat(name)
        p = lookup(seat, None) if seat is not None else None
    if p is None:
        return None
    return replace(p, text=found.place, start=found.place_start, end=found.place_end)


def organisation_seat(name: str) -> str | None:
    """The seat of the organisation a dateline names instead of a town ("UNITED NATIONS, May 3"):
    the knowledge base's seat of the organisation itself, else the one seat its bodies that meet
    only where they sit all share (the Security Council and the General Assembly of the United
    Nations sit in New York). None when the name is no organisation or its bodies sit apart."""
    from ..knowledge.actors import default_kb, lookup  # the knowledge base loads once, on first use

    kb = default_kb()
    res = lookup(name, kb=kb, date=None)
    entry = kb.get(res.kb_id) if res is not None and res.kb_id else None
    if entry is None or entry.kind != "igo":
        return None
    if entry.seat:
        return entry.seat
    seats = {
        part.seat
        for part in kb.entries.values()
        if part.seat and any(f.type == "part_of" and f.target == entry.id for f in part.affiliations)
    }
    return next(iter(seats)) if len(seats) == 1 else None


def sentence_places(sent: Span, text: str, lookup: Lookup) -> list[tuple[Place, bool, int]]:
    """(place, is_event_location, head token) for the places of a sentence: its GPE/LOC/FAC entities,
    and proper nouns the tagger missed when they stand where a place stands ("the city of X",
    "in X") and the gazetteer knows them."""
    out = []
    ents = span_ents(sent)
    spans: list[tuple[Span, bool]] = [(ent, True) for ent in ents if ent.label_ in ("GPE", "LOC", "FAC")]
    # a proper noun the tagger calls a nationality, an organisation or a person may still be a
    # town where a place stands ("near the town of X", "rallied in Bamako"): the gazetteer and
    # the locative position decide
    covered = {i for ent in ents if ent.label_ not in _MISREAD_PLACES for i in range(ent.start, ent.end)}
    taken = -1  # the last token of the last name found: a hyphenated name is one name
    for tok in with_pos(sent, _PROPN_POS):
        if tok.i in covered or tok.i <= taken or not _where_a_place_stands(tok):
            continue
        left = tok
        while left.i > sent.start and left.nbor(-1).i not in covered and (
            (left.nbor(-1).pos_ == "PROPN" and left.nbor(-1).dep_ == "compound") or _hyphen_joined(left.nbor(-1), left)
        ):
            left = left.nbor(-1)
        right = tok
        while right.i + 1 < sent.end and right.nbor(1).i not in covered and _hyphen_joined(right, right.nbor(1)):
            right = right.nbor(1)
        if left.text == "-":
            left = left.nbor(1)  # a name does not begin or end on its hyphen ("anti-Syria")
        if right.text == "-":
            right = right.nbor(-1)
        taken = right.i
        spans.append((sent.doc[left.i:right.i + 1], False))
    for span, from_ner in spans:
        if (
            span.start >= sent.start + 2
            and sent.doc[span.start - 1].text == "-"
            and sent.doc[span.start - 2].lower_ in ("anti", "pro")
        ):
            continue  # "an anti-Syria journalist": a stance, not a place
        root = span.root
        named = _named_country(root)
        hint = named[0] if named is not None else None
        p = lookup(normalize_for_parse(text[span.start_char:span.end_char]), hint)  # span.text, cut
        if named is not None and (p is None or p.country != hint):
            # "the Mozambican town of Palma" the gazetteer does not hold (its Palma is in Spain):
            # the place is in the country the phrase names, to that precision
            p = lookup(named[1], hint)
        if p is None and _settlement_of(root):
            # "the border town of X" the gazetteer lacks: a town of the country the article is
            # about, which :func:`anchored` makes of it (a town of no country until then)
            p = Place(name=span.text, country=None, lat=None, lon=None, precision="city")
        if p is None:
            continue
        locative = _locative(root)
        if not from_ner and not locative and not _described_as_place(root) and not _struck(root):
            continue
        out.append(
            (
                replace(p, text=text[span.start_char : span.end_char], start=span.start_char, end=span.end_char),
                locative,
                root.i,
            )
        )
    out += described_capitals(sent, lookup)
    # a town the gazetteer lacks is of the one country its sentence names, if it names one
    named = {p.country for p, _, _ in out if p.precision == "country" and p.country}
    if len(named) == 1:
        (country,) = named
        out = [(replace(p, country=country) if p.country is None else p, loc, i) for p, loc, i in out]
    return out


def _named_country(root: Token) -> tuple[str, str] | None:
    """The country (ISO3 code and name) a place's own phrase names for it: "the Mozambican town of
    Palma", "Kenya's coastal town of Lamu". The place is that country's namesake, or, when the
    gazetteer holds none, in that country."""
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return None
    return _country_named_on(root.head.head)


def _where_a_place_stands(tok: Token) -> bool:
    """Whether a proper noun stands where a place's name may: an object, an apposition, or the
    name of a facility ("the Goma airport")."""
    if tok.dep_ in ("pobj", "dobj", "appos") or _struck(tok):
        return True
    return tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and lemma_of(tok.head) in _FACILITIES


def _hyphen_joined(a: Token, b: Token) -> bool:
    """Whether two neighbouring tokens are parts of one hyphenated proper name ("Ras al-Ain",
    "Tel Abu-Sabra"), which the parser may cut into pieces: a hyphen written tight against a
    proper noun on its side."""
    if a.whitespace_ or a.i + 1 != b.i:
        return False
    if a.text == "-":
        return b.pos_ == "PROPN"
    return b.text == "-" and a.pos_ == "PROPN"


def _settlement_of(root: Token) -> bool:
    """Whether a proper noun is named as a settlement by the phrase it stands in: "the town of X",
    "the border village of X"."""
    noun = root.head.head
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and lemma_of(noun) in _SETTLEMENTS
    )


def _country_named_on(noun: Token) -> tuple[str, str] | None:
    """The country (ISO3 code and name) a word before ``noun`` names: "the Mozambican town",
    "Kenya's coastal town", "the Peruvian capital"."""
    from ..knowledge.actors import default_kb, lookup  # the knowledge base loads once, on first use

    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < noun.i and c.text[:1].isupper():
            res = lookup(c.text, kb=default_kb(), date=None)
            how = (res.resolved_by or "") if res is not None else ""
            if res is not None and res.country and res.name and how.startswith(("demonym", "country")):
                return res.country, res.name
    return None


def described_capitals(sent: Span, lookup: Lookup) -> list[tuple[Place, bool, int]]:
    """The places a sentence names as a country's capital in a locative phrase ("talks in the
    Peruvian capital", "rallied in Kenya's capital"): that country, where the capital is. A
    capital named as a party ("accused the Ukrainian capital of...") stands for its government,
    and one with a name of its own ("the capital, Lima") is named by it."""
    out = []
    for tok in with_pos(sent, _NOUN_POS):
        if lemma_of(tok) != "capital" or tok.tag_ != "NN" or not _locative(tok):
            continue
        if any(c.dep_ in ("appos", "prep") for c in tok.children):
            continue
        named = _country_named_on(tok)
        p = lookup(named[1], named[0]) if named is not None else None
        if p is None or p.country != named[0]:
            continue
        out.append((replace(p, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)), True, tok.i))
    return out


def _locative(root: Token) -> bool:
    """Whether a place name stands where the place of an event is named."""
    head = lemma_of(root.head)
    if root.dep_ == "pobj":
        return (
            head in _LOCATIVE
            or (head == "for" and lemma_of(root.head.head) in _BATTLE)
            or (head == "of" and lemma_of(root.head.head) in _PLACE_NOUNS)
        )
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and head in _FACILITIES:
        # "a blast on the Kerch bridge", "reopened the Arar border crossing": the facility named by
        # its place stands where the place of an event is named, and so does that place
        return _locative(root.head) or root.head.dep_ in ("dobj", "nsubjpass")
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and head in _PLACE_NOUNS:
        # "in Russia's Bryansk region", "across Idlib province": the name of a region told with
        # its kind stands where the region does
        return _locative(root.head)
    return (root.dep_ == "dobj" and head in _MOVE_VERBS) or root.dep_ == "appos"


def _struck(root: Token) -> bool:
    """Whether a proper noun is what a verb of force is done to ("shelled Idlib", "missiles hit
    Kharkiv", "Aleppo was bombed"), or what a noun of one is aimed at ("an attack on Odesa"): a
    name the gazetteer knows, so placed, is the place struck."""
    if root.dep_ == "pobj" and root.head.lower_ in _AIMED_AT and root.head.head.pos_ == "NOUN":
        return lemma_of(root.head.head) in _STRIKING | _BATTLE  # "a drone attack on Odesa"
    return root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB" and lemma_of(root.head) in _STRIKING


def _described_as_place(root: Token) -> bool:
    """Whether the text itself says a proper noun is a place: an apposition naming a kind of
    place ("bombed X, the capital of the region", "X, a town near the border")."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and lemma_of(c) in _PLACE_NOUNS for c in root.children)




def anaphoric_places(
    sent: Span, last: Place | None, facilities: dict[str, Place] | None = None
) -> list[tuple[Place, bool, int]]:
    """The places of a sentence named only by a definite description ("pounded the town",
    "fighting in the city"): the town or city named last before it (``last``), wherever the
    description stands where a place stands (a locative phrase, or the object of the act). A
    facility so named ("shelled the airport", "clashes at the border crossing") is at the place
    it was named with before (``facilities``, from :func:`named_facilities`)."""
    facilities = facilities or {}
    out = []
    for tok in with_pos(sent, _NOUN_POS):
        kids = children_of(tok)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            continue
        if not (_locative(tok) or tok.dep_ == "dobj"):
            continue
        lemma = lemma_of(tok)
        if tok.tag_ == "NN" and lemma in _SETTLEMENTS and last is not None:
            if any(c.dep_ in ("prep", "compound", "amod", "nmod", "poss", "appos") for c in kids):
                continue  # "the town of X", "the border town", "the capital city": named or qualified
            where = last
        elif lemma in facilities:
            if any(c.dep_ in ("prep", "nmod", "poss", "appos") for c in kids):
                continue  # "the airport in X", "Kenya's base": named or owned anew
            where = facilities[lemma]
        else:
            continue
        out.append((replace(where, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)), _locative(tok), tok.i))
    return out


def named_facilities(sent: Span, places: list[tuple[Place, bool, int]]) -> dict[str, Place]:
    """The facilities a sentence names with the place they are at, by noun: "Goma airport", "the
    airport in Goma", "refugee camps near Kutupalong", "the Rafah crossing". A later "the airport"
    or "the camps" is that place (:func:`anaphoric_places`)."""
    out: dict[str, Place] = {}
    doc = sent.doc
    for p, _, i in places:
        tok = token_at(doc, i)
        if lemma_of(tok) in _FACILITIES:  # the facility's own name ("Bagram Air Base")
            out[lemma_of(tok)] = p
        elif tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and lemma_of(tok.head) in _FACILITIES:
            out[lemma_of(tok.head)] = p
        elif (
            tok.dep_ == "pobj"
            and tok.head.lower_ in _AT_A_PLACE
            and tok.head.head.pos_ == "NOUN"
            and lemma_of(tok.head.head) in _FACILITIES
        ):
            out[lemma_of(tok.head.head)] = p
    return out
