"""Articles and their readers.

An :class:`Article` is the unit eventwire codes. Its ``text`` is the exact string every record's
``start``/``end`` offsets point into, so readers fix the text once (decoding, line endings, HTML
extraction) and never touch it again.

Readers turn a path (or ``-`` for standard input) into an Article, or raise an
:class:`~eventwire.errors.InputError` that names the input and says what to do::

    read_article("story.html")             # -> Article
    for item in iter_articles(paths):      # -> Article | InputError, one per path, never raises
        ...
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    MissingInputError,
    TooLargeInputError,
)

__all__ = ["DEFAULT_MAX_BYTES", "Article", "article_from_bytes", "article_id", "iter_articles", "read_article"]

DEFAULT_MAX_BYTES = 5_000_000
STDIN = "-"

_SNIFF_BYTES = 8192
_CONTROL_SHARE = 0.05  # more than this share of control bytes in the first 8 KB: not text

# (magic prefix, name); checked in order.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP, DOCX or similar"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\x1f\x8b", "GZIP"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BZh", "BZIP2"),
    (b"\xfd7zXZ\x00", "XZ"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\x28\xb5\x2f\xfd", "Zstandard"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "DOC/XLS"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Bytes that plain text does not contain: C0 controls except \t \n \v \f \r and ESC, plus DEL.
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B} | {0x7F}

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
_NEWLINES = re.compile(r"\r\n?")

_ICONV_HINT = "convert it to UTF-8, e.g. iconv -f latin1 -t utf-8"


def article_id(text: str) -> str:
    """The content hash of ``text``: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One news text to code. All record offsets point into ``text``."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    language: str = "en"
    source: str = "<text>"

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        source: str = "<text>",
        title: str | None = None,
        published: date | None = None,
        url: str | None = None,
        outlet: str | None = None,
    ) -> Article:
        """An Article over ``text`` exactly as given (no cleaning, so caller offsets hold).

        Raises EmptyInputError when ``text`` is empty or only whitespace.
        """
        if not text.strip():
            raise EmptyInputError(source, "empty article", "nothing to code")
        return cls(
            id=article_id(text),
            text=text,
            title=title,
            published=published,
            url=url,
            outlet=outlet,
            source=source,
        )


def read_article(
    path: str | Path,
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read a plain-text or HTML article from ``path`` (``"-"`` for standard input).

    ``published`` overrides any date found in the HTML. Raises an InputError subclass that names
    the input when it cannot be read as an article.
    """
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be at least 1, not {max_bytes}")
    if str(path) == STDIN:
        source = "<stdin>"
        data = _read_stdin(max_bytes)
        is_html_name = False
    else:
        source = str(path)
        data = _read_file(source, max_bytes)
        is_html_name = Path(source).suffix.lower() in _HTML_SUFFIXES
    return _article_from_bytes(data, source=source, is_html_name=is_html_name, published=published)


def article_from_bytes(
    data: bytes | str,
    *,
    source: str,
    published: date | None = None,
    html: bool | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read an article already in memory (a download, a request body) as :func:`read_article` reads files.

    ``data`` is bytes (encoding detected as for files) or a string (encoded as UTF-8). ``html``:
    True reads it as HTML (trafilatura main text, with its title, date, URL and outlet);
    otherwise it is HTML when it looks like HTML. ``source`` names the input in errors and in ``Article.source``;
    ``published`` overrides any date found in the HTML. Raises an InputError subclass naming
    ``source`` when it is empty, binary, not decodable or larger than ``max_bytes``.
    """
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be at least 1, not {max_bytes}")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > max_bytes:
        raise _too_large(source, str(len(raw)), max_bytes)
    return _article_from_bytes(raw, source=source, is_html_name=bool(html), published=published)


def iter_articles(
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Yield, for each path in order, its Article or the InputError that says why it has none.

    Never raises for a bad input, so callers can code the good ones and report the bad ones.
    """
    for path in paths:
        try:
            yield read_article(path, published=published, max_bytes=max_bytes)
        except InputError as error:
            yield error


# --- reading bytes -----------------------------------------------------------------------------


def _too_large(source: str, size: str, max_bytes: int) -> TooLargeInputError:
    return TooLargeInputError(
        source,
        f"{size} bytes is above the limit of {max_bytes} bytes",
        "split it or raise --max-bytes",
    )


def _read_file(source: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise MissingInputError(source, "no such file", "check the path") from None
    except OSError as error:
        raise _os_error(source, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(source, "is a directory", "pass the files inside it, e.g. DIR/*.txt")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise _too_large(source, str(info.st_size), max_bytes)
    try:
        with open(source, "rb") as handle:
            data = handle.read(max_bytes + 1)  # a pipe or device has no size to check up front
    except OSError as error:
        raise _os_error(source, error) from None
    if len(data) > max_bytes:
        raise _too_large(source, f"more than {max_bytes}", max_bytes)
    return data


def _os_error(source: str, error: OSError) -> InputError:
    if isinstance(error, PermissionError):
        return InputError(source, "cannot be read (permission denied)", "check the file's permissions")
    reason = error.strerror or type(error).__name__
    return InputError(source, f"cannot be read ({reason})", "check the path")


def _read_stdin(max_bytes: int) -> bytes:
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None) if stream is not None else None
    if buffer is None:
        raise InputError("<stdin>", "no standard input to read", "pass a file path instead of -")
    data: bytes = buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large("<stdin>", f"more than {max_bytes}", max_bytes)
    return data


# --- bytes to text -----------------------------------------------------------------------------


def _article_from_bytes(
    data: bytes, *, source: str, is_html_name: bool, published: date | None
) -> Article:
    if not data.strip():
        raise EmptyInputError(source, "empty article", "nothing to code")
    bom_encoding, bom_length = _bom(data)
    if bom_encoding in (None, "utf-8"):
        _check_not_binary(data[bom_length:], source)
    is_html = is_html_name or _looks_like_html(data[bom_length : bom_length + 1024], bom_encoding)
    raw = _decode(data, source=source, bom_encoding=bom_encoding, bom_length=bom_length, is_html=is_html)
    raw = _NEWLINES.sub("\n", raw)

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    if is_html:
        text, title, found_date, url, outlet = _extract_html(raw)
        if published is None:
            published = found_date
    else:
        text = raw
    if not text.strip():
        reason = "empty article (no text found in the HTML)" if is_html else "empty article"
        raise EmptyInputError(source, reason, "nothing to code")
    return Article(
        id=article_id(text),
        text=text,
        title=title,
        published=published,
        url=url,
        outlet=outlet,
        source=source,
    )


def _bom(data: bytes) -> tuple[str | None, int]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None, 0


def _check_not_binary(data: bytes, source: str) -> None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise _binary(source, name)
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        raise _binary(source, "WEBP")
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        if _looks_like_utf16_without_bom(sample):
            raise EncodingInputError(
                source,
                "looks like UTF-16 without a byte-order mark",
                "convert it to UTF-8, e.g. iconv -f utf-16le -t utf-8",
            )
        raise _binary(source, "contains NUL bytes")
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls > _CONTROL_SHARE * len(sample):
        raise _binary(source, "many control characters")


def _binary(source: str, what: str) -> BinaryInputError:
    return BinaryInputError(source, f"looks like binary data ({what})", "pass a text or HTML file")


def _looks_like_utf16_without_bom(sample: bytes) -> bool:
    """Text in UTF-16 (either byte order) without a byte-order mark: at least half of the high
    bytes (every other byte) are NUL, as in Latin-script text, and the sample decodes to printable
    characters and line breaks (curly quotes, accents and dashes included)."""
    if len(sample) < 4:
        return False
    sample = sample[: len(sample) // 2 * 2]
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if high.count(0) < 0.5 * len(high):
            continue
        text = sample.decode(encoding, errors="replace")
        if sum(1 for c in text if c.isprintable() or c in "\t\n\r") >= 0.95 * len(text):
            return True
    return False


def _looks_like_html(head: bytes, bom_encoding: str | None) -> bool:
    if bom_encoding is not None and bom_encoding != "utf-8":
        try:
            head = head.decode(bom_encoding, errors="ignore").encode("ascii", errors="ignore")
        except LookupError:  # pragma: no cover - the BOM encodings are all built in
            return False
    return _HTML_START.match(head) is not None


def _decode(data: bytes, *, source: str, bom_encoding: str | None, bom_length: int, is_html: bool) -> str:
    body = data[bom_length:]
    if bom_encoding is not None and bom_encoding != "utf-8":
        try:
            return body.decode(bom_encoding)
        except UnicodeDecodeError as error:
            offset = bom_length + error.start
            raise EncodingInputError(
                source,
                f"not valid {bom_encoding.upper()} despite its byte-order mark (bad bytes at offset {offset})",
                "convert it to UTF-8, e.g. iconv -f utf-16 -t utf-8",
            ) from None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if is_html:
        declared = _declared_charset(body)
        if declared is not None:
            return _decode_declared(body, declared, source)
    offset = bom_length + utf8_error.start
    bad = body[utf8_error.start]
    raise EncodingInputError(
        source, f"not valid UTF-8 (byte 0x{bad:02X} at offset {offset})", _ICONV_HINT
    ) from None


def _declared_charset(body: bytes) -> str | None:
    match = _HTML_CHARSET.search(body[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", errors="ignore")
    try:
        codec = codecs.lookup(name)
    except LookupError:
        return None
    return None if codec.name == "utf-8" else codec.name


def _decode_declared(body: bytes, encoding: str, source: str) -> str:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as error:
        raise EncodingInputError(
            source,
            f"not valid {encoding} as its HTML declares (byte 0x{body[error.start]:02X} at offset {error.start})",
            f"convert it to UTF-8, e.g. iconv -f {encoding} -t utf-8",
        ) from None


# --- HTML --------------------------------------------------------------------------------------


def _extract_html(html: str) -> tuple[str, str | None, date | None, str | None, str | None]:
    """(text, title, date, url, outlet) of a web page; paragraphs separated by blank lines."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.extract(
        html, include_comments=False, include_tables=False, output_format="txt"
    )
    title: str | None = None
    found_date: date | None = None
    url: str | None = None
    outlet: str | None = None
    try:
        metadata = trafilatura.extract_metadata(html)
    except (ValueError, TypeError):  # malformed markup: carry on with the text alone
        metadata = None
    if metadata is not None:
        title = _clean_meta(metadata.title)
        found_date = _parse_date(metadata.date)
        url = _clean_meta(metadata.url)
        outlet = _clean_meta(metadata.sitename)
    text = extracted or ""
    if not text.strip():
        text, fallback_title = _lxml_text(html)
        title = title or fallback_title
    return _join_paragraphs(text.splitlines()), title, found_date, url, outlet


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg")
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_BLOCK_XPATH = "//h1|//h2|//h3|//h4|//h5|//h6|//p|//li|//blockquote|//pre"


def _lxml_text(html: str) -> tuple[str, str | None]:
    """A plain fallback when trafilatura finds no main text: block elements, in order."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return "", None
    title_element = root.find(".//title")
    title = _clean_meta(title_element.text_content()) if title_element is not None else None
    lxml.etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    lines: list[str] = []
    for element in root.xpath(_BLOCK_XPATH):
        if any(ancestor.tag in ("p", "li", "blockquote") for ancestor in element.iterancestors()):
            continue  # its text is already in the enclosing block
        lines.append(_ASCII_SPACE.sub(" ", element.text_content()))
    if not any(line.strip() for line in lines):
        body = root.find("body")
        lines = (body if body is not None else root).text_content().splitlines()
    return "\n".join(lines), title


def _join_paragraphs(lines: list[str]) -> str:
    return "\n\n".join(line.strip() for line in lines if line.strip())
