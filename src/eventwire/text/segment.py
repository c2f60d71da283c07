"""Blocks of an article and the furniture inside them.

News text arrives as a headline, sub-headlines and paragraphs separated by blank lines, often
without final punctuation, mixed with "furniture" that is not news: photo captions, photo
credits, bylines, site banners. The spaCy parser does not treat a blank line as a sentence
boundary, so the text is split here first and the parser gets the news regions only, each one
starting a new sentence.

    split_blocks(text)        -> [Block]                       headline / paragraph / furniture
    furniture_spans(block)    -> [(start, end, reason)]        furniture inside one block
    news_regions(text)        -> [(start, end, kind)]          what the pipeline parses

All offsets are character offsets into the string given (``text[start:end]`` is the span, trimmed
of surrounding whitespace); nothing in the text is replaced, so they stay true to it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .dateline import Dateline, find_dateline

__all__ = ["Block", "furniture_spans", "news_regions", "split_blocks"]

HEADLINE = "headline"
PARAGRAPH = "paragraph"
FURNITURE = "furniture"

MAX_HEADLINE_WORDS = 25


@dataclass(frozen=True, slots=True)
class Block:
    """A headline, paragraph or furniture block; ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str
    kind: str  # "headline", "paragraph" or "furniture"
    furniture: str | None = None  # why the block is furniture, when it is


# --- sentence ends -----------------------------------------------------------------------------

# A line ending in one of these is finished; a headline usually ends in none of them.
_FINAL_PUNCT = frozenset(".!?\"”'’…»")
# A line ending in one of these goes on in the next line.
_CONTINUES = frozenset(",;:-–—/&(")
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with and or but nor that as into onto over under than "
    "its their his her our your my is are was were be been has have had will would could should "
    "which who whom whose while after before about against between".split()
)
# Words that take a period without ending a sentence ("Aug. 20", "Gen. Votel", "St. Louis").
_ABBREVIATIONS = frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
    "Mr Mrs Ms Messrs Dr Prof Rev Hon Sen Rep Gov Pres Amb Sec Supt Det Insp "
    "Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr Brig Spc "
    "St Ste Mt Ft Ave Blvd Rd Jr Sr Inc Corp Co Ltd Bros No Nos Vol vs approx est "
    "a.m p.m".split()
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, U.N, D.C (final period excluded)
# A candidate sentence end: terminal punctuation, closing quotes or brackets, then space or end.
_END_CANDIDATE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s|$)")
_OPENERS = "\"“‘'(["


def _is_abbreviation(token: str) -> bool:
    """``token`` (the characters before a period, without it) takes a period mid-sentence."""
    token = token.lstrip(_OPENERS)
    if not token:
        return False
    if token in _ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isupper():  # an initial: "John F. Kennedy"
        return True
    return _DOTTED_ACRONYM.fullmatch(token) is not None


def _token_before(text: str, end: int) -> str:
    """The run of non-space characters that ends at ``end``."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _ends_with_abbreviation(text: str, period: int | None = None) -> bool:
    """The period at index ``period`` (default: the last character) closes an abbreviation."""
    if period is None:
        period = len(text) - 1
    if period < 0 or text[period] != ".":
        return False
    return _is_abbreviation(_token_before(text, period))


def _starts_sentence(text: str, index: int) -> bool:
    """The character at ``index`` can start a new sentence (uppercase or digit, maybe quoted)."""
    while index < len(text) and text[index] in _OPENERS:
        index += 1
    return index < len(text) and (text[index].isupper() or text[index].isdigit())


def _sentence_end(text: str, pos: int, *, newline_ends: bool) -> int:
    """End (exclusive) of the sentence that runs through ``pos``.

    A sentence ends at terminal punctuation followed by whitespace and a capital (or the end of
    the text), unless the word before the period is an abbreviation; when ``newline_ends``, a
    line end also ends it.
    """
    limit = len(text)
    if newline_ends:
        newline = text.find("\n", pos)
        if newline != -1:
            limit = newline
    for match in _END_CANDIDATE.finditer(text, pos, limit):
        after = match.end()
        while after < limit and text[after].isspace():
            after += 1
        if after >= limit:
            return match.end()
        if not _starts_sentence(text, after):
            continue
        punct = match.group()
        if punct.rstrip("\"”’')]") == "." and _ends_with_abbreviation(text, match.start()):
            continue
        return match.end()
    return limit


def _at_sentence_start(text: str, index: int) -> bool:
    """Nothing but whitespace since the start of the text, a line, or a finished sentence."""
    j = index - 1
    while j >= 0 and text[j].isspace():
        if text[j] == "\n":
            return True
        j -= 1
    if j < 0:
        return True
    previous = text[j]
    if previous in ".!?…":
        return not _ends_with_abbreviation(text, j)
    if previous in "\"”’')":
        return j > 0 and (text[j - 1] in ".!?…" or previous == ")")
    return False


# --- furniture patterns ------------------------------------------------------------------------

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?"
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?"
_PHOTO_ADJECTIVE = r"(?:[Ff]ile|handout|undated|aerial|satellite|combination|pool|courtesy|recent)"
_PHOTO_NOUN = (
    r"(?:photo(?:graph)?s?|image|picture|video|frame\s+grab|screen\s*(?:shot|grab)|still|"
    r"photo-illustration|photo\s+illustration)"
)
# "FILE - In this Aug. 20, 2017 file photo," / "In this photo" / "FILE PHOTO:" / "FILE -"
_CAPTION_START = re.compile(
    rf"(?:FILE(?:\s+PHOTO)?\s*[-–—:]\s*)?In\s+this\s+"
    rf"(?:(?:{_MONTH}|{_DAY}|\d{{1,4}}(?:st|nd|rd|th)?,?|{_PHOTO_ADJECTIVE})\s+){{0,7}}"
    rf"{_PHOTO_NOUN}\b"
    rf"|FILE(?:\s+PHOTO)?\s*[-–—:]"
)
_PREFIX_LINE = re.compile(
    r"^[^\S\n]*(?:Photos?|Images?|Pictures?|Caption|Photograph|Video)\s*:[^\n]*", re.MULTILINE
)

_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|Xinhua|XINHUA|Anadolu(?:\s+Agency)?|UPI|"
    r"Getty(?:\s+Images)?|Sputnik|Bloomberg|SANA|IRNA|TASS|dpa|DPA|KCNA|Yonhap|Kyodo|ANSA|"
    r"WANA|Pool|POOL|Handout|HANDOUT)"
)
# A capitalised name word ("Doe", "O'Neil", "al-Sudani"), an initial ("F."), or a particle.
_NAME = r"(?:[A-Z](?:\.|[\w'’-]*)|al-[\w'’-]+|al|el|bin|ibn|de|da|van|von|der|la|le)"
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,3}}"
_PAREN_CREDIT = re.compile(
    r"\(\s*(?:"
    rf"{_AGENCY}(?:\s+(?:Photos?|Images?|Pool|Video))?\s*/[^()\n]{{1,80}}"  # (AP Photo/Jane Doe, File)
    rf"|{_AGENCY}\s+Photos?"  # (AP Photo)
    r"|[^()\n]{0,60}\bGetty\s+Images[^()\n]{0,30}"  # (AFP via Getty Images)
    r"|(?:Photos?|Images?|Pictures?|Photograph|Credit)(?:\s+by|\s+credit)?\s*[:/]?\s*[^()\n]{1,80}"
    r")\s*\)"
)
_BARE_CREDIT = re.compile(
    rf"\b(?:REUTERS|AFP|EPA(?:-EFE)?|XINHUA|AP\s+Photo)\s*/\s*{_NAMES}"
    r"(?:\s*/\s*(?:File\s+Photo|File|Pool|Handout|Getty\s+Images))*"
)
_PHOTO_BY = re.compile(
    rf"\bPhotos?\s+by\s+{_NAMES}"
    rf"(?:\s*/\s*(?:Getty\s+Images|{_AGENCY}|{_NAMES}))?(?:\s+(?:for|via)\s+Getty\s+Images)?"
)
_GETTY = re.compile(
    rf"(?:{_NAMES}\s*/\s*)?(?:{_AGENCY}\s+)?via\s+Getty\s+Images"
    rf"|{_NAMES}\s*/\s*Getty\s+Images"
    r"|^[^\S\n]*Getty\s+Images[^\S\n]*$",
    re.MULTILINE,
)
# each credit pattern with a string every match of it holds
_CREDITS = ((_PAREN_CREDIT, "("), (_BARE_CREDIT, "/"), (_PHOTO_BY, "Photo"), (_GETTY, "Getty"))
_BYLINE = re.compile(
    rf"^[^\S\n]*By\s+{_NAMES}(?:\s*(?:,|and|&)\s*{_NAMES})*"
    r"(?:\s*[,|–—-]\s*(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})?[^\S\n]*$",
    re.MULTILINE,
)

# Banners and page UI: (pattern, reason, how far the span goes, must start a sentence).
_PHRASE, _SENTENCE, _LINE = "phrase", "sentence", "line"
_BANNERS: tuple[tuple[re.Pattern[str], str, str, bool], ...] = (
    (re.compile(r"Powered\s+by\s+automated\s+translation\b[.:]?", re.IGNORECASE), "banner", _PHRASE, False),
    (re.compile(r"Share\s+this\s+(?:article|story|page)\b[.:]?", re.IGNORECASE), "banner", _PHRASE, False),
    (
        re.compile(r"Sign\s+up\s+(?:for|to)\s+(?:our|the)\b[^.\n]{0,60}?\bnewsletters?\b", re.IGNORECASE),
        "banner",
        _SENTENCE,
        False,
    ),
    (re.compile(r"Subscribe\s+to\s+our\b[^.\n]{0,40}?\bnewsletters?\b", re.IGNORECASE), "banner", _SENTENCE, False),
    (re.compile(r"(?:Follow|Like)\s+us\s+on\b"), "banner", _SENTENCE, True),
    (re.compile(r"Click\s+here\b"), "banner", _SENTENCE, True),
    (re.compile(r"(?:Read|READ)\s+(?:more|More|MORE)\s*:"), "banner", _LINE, True),
    (
        re.compile(r"(?:Read|READ)\s+(?:more|More|MORE)\b(?:\s*[»›→…]|\.\.\.)?(?=\s*$|\s+[A-Z\"“])", re.MULTILINE),
        "banner",
        _PHRASE,
        True,
    ),
    (re.compile(r"(?:Also\s+read|ALSO\s+READ|Related|RELATED|Recommended)\s*:"), "banner", _LINE, True),
    (re.compile(r"(?:Advertisement|ADVERTISEMENT)(?=\s*$|\s+[A-Z\"“])", re.MULTILINE), "banner", _PHRASE, True),
    (re.compile(r"Copyright\b|\(c\)\s*\d{4}"), "copyright", _SENTENCE, True),
    (re.compile(r"©"), "copyright", _SENTENCE, False),
    (re.compile(r"All\s+rights\s+reserved\b\.?", re.IGNORECASE), "copyright", _PHRASE, False),
    (
        re.compile(
            r"This\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten,?\s+or\s+"
            r"redistributed\b\.?",
            re.IGNORECASE,
        ),
        "copyright",
        _PHRASE,
        False,
    ),
)

_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")  # a line break, then lines of only whitespace
_WORD_CHAR = re.compile(r"\w")


# --- furniture inside a block ------------------------------------------------------------------


def furniture_spans(block_text: str) -> list[tuple[int, int, str]]:
    """Furniture inside one block as sorted, non-overlapping ``(start, end, reason)``.

    Offsets are relative to ``block_text`` and trimmed of whitespace. Reasons: "caption",
    "credit", "byline", "banner", "copyright", "dateline".
    """
    text = block_text
    newline_ends = not _looks_wrapped(text.split("\n"))
    found: list[tuple[int, int, str]] = []
    dateline = find_dateline(text)
    if dateline is not None:
        found.append((dateline.start, dateline.end, "dateline"))

    for match in _CAPTION_START.finditer(text):
        if _at_sentence_start(text, match.start()):
            found.append((match.start(), _sentence_end(text, match.end(), newline_ends=newline_ends), "caption"))
    found.extend((m.start(), m.end(), "caption") for m in _PREFIX_LINE.finditer(text))
    for pattern, needle in _CREDITS:
        if needle in text:  # no match without it: skip the scan
            found.extend((m.start(), m.end(), "credit") for m in pattern.finditer(text))
    found.extend((m.start(), m.end(), "byline") for m in _BYLINE.finditer(text))
    for pattern, reason, reach, at_start in _BANNERS:
        for match in pattern.finditer(text):
            if at_start and not _at_sentence_start(text, match.start()):
                continue
            end = match.end()
            if reach == _SENTENCE:
                end = _sentence_end(text, end, newline_ends=True)
            elif reach == _LINE:
                newline = text.find("\n", end)
                end = len(text) if newline == -1 else newline
            found.append((match.start(), end, reason))
    return _merge(_trim(text, start, end, reason) for start, end, reason in found)


def _trim(text: str, start: int, end: int, reason: str) -> tuple[int, int, str]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, reason


def _merge(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(s for s in spans if s[0] < s[1]):
        if merged and start < merged[-1][1]:
            last_start, last_end, last_reason = merged[-1]
            merged[-1] = (last_start, max(last_end, end), last_reason)
        else:
            merged.append((start, end, reason))
    return merged


def _outside(text: str, spans: list[tuple[int, int, str]]) -> Iterator[tuple[int, int]]:
    """The stretches of ``text`` between ``spans``, trimmed, that contain a word character."""
    position = 0
    for start, end, _reason in [*spans, (len(text), len(text), "")]:
        piece_start, piece_end, _ = _trim(text, position, start, "")
        if _WORD_CHAR.search(text, piece_start, piece_end):
            yield piece_start, piece_end
        position = max(position, end)


def _is_all_furniture(text: str, spans: list[tuple[int, int, str]]) -> bool:
    return bool(spans) and next(_outside(text, spans), None) is None


def _reasons(spans: list[tuple[int, int, str]]) -> str:
    return ", ".join(dict.fromkeys(reason for _start, _end, reason in spans))


# --- blocks ------------------------------------------------------------------------------------


def _looks_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped prose: lines that go on in the next one, or several lines of one width."""
    stripped = [line.strip() for line in lines]
    if len(stripped) < 2:
        return False
    pairs = list(zip(stripped, stripped[1:]))
    continued = sum(1 for a, b in pairs if a and b and b[0].islower() and a[-1] not in _FINAL_PUNCT)
    if continued and 4 * continued >= len(pairs):
        return True
    if len(stripped) >= 3:
        widths = [len(line) for line in stripped[:-1]]
        narrow, wide = min(widths), max(widths)
        if 40 <= narrow and wide <= 100 and narrow >= 0.75 * wide and len(stripped[-1]) <= wide:
            return True
    return False


def _headline_like(line: str) -> bool:
    """Short, and ends without final punctuation or any sign that it goes on."""
    line = line.strip()
    if not line or line[-1] in _FINAL_PUNCT or line[-1] in _CONTINUES:
        return False
    words = line.split()
    return len(words) <= MAX_HEADLINE_WORDS and words[-1] not in _FUNCTION_WORDS


def _breaks_after(line: str, following: str, *, wrapped: bool, furniture: Callable[[str], bool]) -> bool:
    """Whether a single line break between ``line`` and ``following`` ends a block."""
    a, b = line.strip(), following.strip()
    if furniture(a) or furniture(b):
        return True
    if wrapped or b[0].islower() or a[-1] in _CONTINUES:
        return False
    if a[-1] in _FINAL_PUNCT:  # one paragraph a line
        return not _ends_with_abbreviation(a)
    return _headline_like(a)


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    while position <= end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        spans.append((position, line_end))
        position = line_end + 1
    return spans


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Untrimmed block spans: chunks between blank lines, cut at block-ending line breaks."""
    line_is_furniture: dict[str, bool] = {}

    def furniture(line: str) -> bool:
        if line not in line_is_furniture:
            line_is_furniture[line] = _is_all_furniture(line, furniture_spans(line))
        return line_is_furniture[line]

    chunk_start = 0
    for chunk_end, next_start in [(m.start(), m.end()) for m in _BLANK_LINES.finditer(text)] + [
        (len(text), len(text))
    ]:
        lines = [(s, e) for s, e in _line_spans(text, chunk_start, chunk_end) if text[s:e].strip()]
        if lines:
            wrapped = _looks_wrapped([text[s:e] for s, e in lines])
            piece_start = lines[0][0]
            for (line_start, line_end), (next_line_start, next_line_end) in zip(lines, lines[1:]):
                if _breaks_after(
                    text[line_start:line_end],
                    text[next_line_start:next_line_end],
                    wrapped=wrapped,
                    furniture=furniture,
                ):
                    yield piece_start, line_end
                    piece_start = next_line_start
            yield piece_start, lines[-1][1]
        chunk_start = next_start


# The coder asks for the regions and the dateline of each article (and the parse for its
# regions): the analysis of the last texts is remembered, so each text is read once.
@functools.lru_cache(maxsize=256)
def _analyse(text: str) -> list[tuple[Block, list[tuple[int, int, str]]]]:
    """Blocks of ``text`` with the furniture spans inside each (relative to the block).

    Remembered for the last texts: the list is shared, so callers read it and never change it."""
    pieces: list[tuple[int, int, str, list[tuple[int, int, str]]]] = []
    for raw_start, raw_end in _pieces(text):
        start, end, _ = _trim(text, raw_start, raw_end, "")
        if start < end:
            block_text = text[start:end]
            pieces.append((start, end, block_text, furniture_spans(block_text)))

    news = [i for i, (_s, _e, block_text, spans) in enumerate(pieces) if not _is_all_furniture(block_text, spans)]
    first_news = news[0] if len(news) > 1 else None
    result: list[tuple[Block, list[tuple[int, int, str]]]] = []
    for index, (start, end, block_text, spans) in enumerate(pieces):
        one_line = "\n" not in block_text
        if _is_all_furniture(block_text, spans):
            block = Block(start, end, block_text, FURNITURE, _reasons(spans))
        elif one_line and (
            _headline_like(block_text)
            or (
                index == first_news
                and len(block_text.split()) <= MAX_HEADLINE_WORDS
                and not block_text.endswith(".")
            )
        ):
            block = Block(start, end, block_text, HEADLINE)
        else:
            block = Block(start, end, block_text, PARAGRAPH)
        result.append((block, spans))
    return result


def split_blocks(text: str) -> list[Block]:
    """Split ``text`` into headline, paragraph and furniture blocks, in order.

    Blocks end at blank lines (lines of only whitespace, U+00A0 included) and at single line
    breaks after a headline-like line, a furniture line or a finished sentence (unless the text is
    hard-wrapped). ``text[b.start:b.end] == b.text`` for every block.
    """
    return [block for block, _spans in _analyse(text)]


def article_dateline(text: str) -> Dateline | None:
    """The dateline of the article: the first one that opens one of its first three news blocks."""
    seen = 0
    for block, _spans in _analyse(text):
        if block.kind == FURNITURE:
            continue
        found = find_dateline(block.text, offset=block.start)
        if found is not None:
            return found
        seen += 1
        if seen >= 3:
            break
    return None


def news_regions(text: str) -> list[tuple[int, int, str]]:
    """The news in ``text`` as ``(start, end, kind)``: blocks minus furniture, trimmed.

    ``kind`` is "headline" or "paragraph". Each region starts a new sentence for the parser.
    """
    regions: list[tuple[int, int, str]] = []
    for block, spans in _analyse(text):
        if block.kind == FURNITURE:
            continue
        for start, end in _outside(block.text, spans):
            regions.append((block.start + start, block.start + end, block.kind))
    return regions
