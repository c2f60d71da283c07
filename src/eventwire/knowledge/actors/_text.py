"""Normalisation and tokenisation shared by the knowledge base and the resolver.

Names in news text come in many spellings: curly or straight apostrophes, hyphens or spaces
("al-Qaeda", "al Qaeda", "Al Qaeda"), diacritics ("Élysée"), dotted abbreviations ("U.S."),
non-breaking spaces, possessives ("Iran's"). Aliases and phrases go through the same
functions here so that an index built from aliases can be probed with phrase tokens.

Token rules, applied after folding:

- dashes of every kind separate tokens, so "Iran-backed" is ``iran backed`` and
  "al-Qaeda" is ``al qaeda``;
- a possessive ``'s`` becomes its own token ``'s``; other apostrophes inside a word vanish
  ("Kata'ib" is ``kataib``, "Sana'a" is ``sanaa``);
- dots inside an abbreviation vanish ("U.S." is ``us``; case is kept by the cased variant).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Quote, apostrophe and dash look-alikes mapped to ASCII before anything else.
_CHAR_MAP: dict[int, str] = {
    ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u2035`\u00b4\u02b9\u02bb\u02bc\u02bd\u02be\u02bf\u055a\uff07"
}
_CHAR_MAP.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02"})
_CHAR_MAP.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u00ad"})
_CHAR_MAP[ord("+")] = " plus "  # "OPEC+" is "OPEC plus"
_TRANSLATE = str.maketrans(_CHAR_MAP)

_POSSESSIVE = re.compile(r"(?<=\w)'s\b", re.IGNORECASE)
_TOKEN = re.compile(r"\w+(?:\.\w+)+\.?|'s\b|\w+(?:'\w+)*", re.IGNORECASE)

#: Leading words an alias never needs ("the Pentagon" is the Pentagon).
LEADING_ARTICLES = frozenset({"the"})


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str, *, casefold: bool = True) -> str:
    """NFKC, ASCII quotes and dashes, no diacritics; casefolded unless told otherwise."""
    if text.isascii():  # fast path: nothing to decompose
        folded = text.translate(_TRANSLATE)
        return folded.lower() if casefold else folded
    folded = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    if casefold:
        folded = folded.casefold()
    return unicodedata.normalize("NFC", _strip_marks(folded))


def casefold_token(token: str) -> str:
    """Casefold one cased token the way :func:`fold` would (no combining marks left)."""
    return _strip_marks(token.casefold())


# Phrases of a stream (names, noun phrases) keep coming: a bound that fills within the first
# 1,000 or so articles keeps the memory of a long stream flat (see knowledge.actors.phrase._PHRASES).
_PHRASES = 16384


@lru_cache(maxsize=_PHRASES)
def cased_tokens(text: str) -> tuple[str, ...]:
    """Tokens of ``text`` with their case kept (diacritics, quotes and dashes folded)."""
    folded = _POSSESSIVE.sub(lambda m: " " + m.group(0), fold(text, casefold=False))
    out: list[str] = []
    for match in _TOKEN.finditer(folded):
        token = match.group(0)
        if token.lower() == "'s":
            out.append("'s")
            continue
        token = token.replace(".", "").replace("'", "")
        if token:
            out.append(token)
    return tuple(out)


@lru_cache(maxsize=_PHRASES)
def tokenize(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Aligned (casefolded, cased) token tuples of ``text``."""
    cased = cased_tokens(text)
    return tuple(casefold_token(t) for t in cased), cased


def tokenize_uncached(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`tokenize` for text that will not recur (a whole sentence): kept out of the caches
    of short names and phrases, which it would only crowd."""
    cased = cased_tokens.__wrapped__(text)
    return tuple(casefold_token(t) for t in cased), cased


def drop_leading_article(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop one leading "the" (any case) when something follows it."""
    if len(tokens) > 1 and tokens[0].casefold() in LEADING_ARTICLES:
        return tokens[1:]
    return tokens


@lru_cache(maxsize=65536)
def normalize_alias(text: str) -> str:
    """The matching key of a name: folded, casefolded tokens joined by single spaces.

    NFKC, casefold, no diacritics, one form of quotes/apostrophes and dashes, whitespace
    (U+00A0 included) collapsed, a leading "the " dropped, and "al-"/"al "/"Al " alike:

    >>> normalize_alias("The  Kata\u2019ib Hezbollah")
    'kataib hezbollah'
    >>> normalize_alias("Al-Qaeda") == normalize_alias("al Qaeda")
    True
    """
    folded, _ = tokenize(text)
    return " ".join(drop_leading_article(folded))


def cased_key(text: str) -> str:
    """The case-sensitive matching key of a name (used for all-capital acronyms like "US")."""
    return " ".join(drop_leading_article(cased_tokens(text)))


@lru_cache(maxsize=65536)
def is_case_sensitive(alias: str) -> bool:
    """True for aliases written in capitals ("US", "IS", "WHO", "U.N.") or short mixed-case
    acronyms ("LeT"): they match only as written.

    A mixed-case spelling ("Nato", "Isis") must be listed separately when it is wanted, so that
    the pronoun "us", the verb "is" and the question word "who" never match a name.
    """
    folded = fold(alias, casefold=False)
    if folded.upper() == folded and folded.lower() != folded:
        return True
    # a short mixed-case acronym ("LeT", "PdL") spells a common word in lower case ("let")
    return " " not in folded and len(folded) <= 6 and any(c.isupper() for c in folded[1:])
