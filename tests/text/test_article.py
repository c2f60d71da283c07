"""Reading articles: plain text, HTML, standard input, and every way an input can be unusable."""

from __future__ import annotations

import codecs
import hashlib
import io
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingInputError,
    InputError,
    MissingInputError,
    TooLargeInputError,
)
from eventwire.text.article import Article, article_id, iter_articles, read_article

STORY = (
    "Border guards exchange fire near crossing\n\n"
    "Border guards from the two countries exchanged fire near the northern crossing on Friday, "
    "a regional governor said.\n"
)

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Drones strike supply depot near river crossing | The Valley Courier</title>
<meta property="og:title" content="Drones strike supply depot near river crossing">
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="2024-02-05T09:30:00Z">
<link rel="canonical" href="https://courier.example.org/world/drones-strike-depot">
</head>
<body>
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/world">World Desk</a></li>
  <li><a href="/sport">Sport Section</a></li><li><a href="/subscribe">Subscribe today</a></li>
</ul></nav></header>
<div class="ad-banner">Advertisement: save 40% on winter jackets this week only</div>
<main><article>
<h1>Drones strike supply depot near river crossing</h1>
<p class="byline">By Lena Marsh</p>
<p>Two armed drones hit a fuel and supply depot near the river crossing late on Sunday, wounding
four soldiers, an army spokesman said on Monday.</p>
<p>The spokesman said air defences shot down a third drone before it reached the depot and that
the attack had been launched from across the border.</p>
<p>An alliance of armed groups claimed the strike in a statement posted online, calling it
retaliation for an air raid on one of its camps last week.</p>
<p>The foreign ministry condemned the attack and urged all sides to avoid a wider escalation
along the frontier.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Ten soups for a cold evening</a></li></ul></aside>
<footer><p>Copyright 2024 The Valley Courier. All rights reserved.</p></footer>
</body>
</html>
"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def one_line(error: InputError) -> str:
    message = str(error)
    assert "\n" not in message
    assert message == f"{error.source}: {error.reason}; {error.hint}"
    return message


# --- Article -----------------------------------------------------------------------------------


def test_from_text_hashes_the_text_and_keeps_it_exactly() -> None:
    text = "Talks resume in Geneva\r\n\r\nNegotiators met on\u00a0Tuesday."
    art = Article.from_text(text, title="Talks", published=date(2024, 3, 1), outlet="Wire")
    assert art.text == text
    assert art.id == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] == article_id(text)
    assert (art.title, art.published, art.outlet, art.url) == ("Talks", date(2024, 3, 1), "Wire", None)
    assert art.language == "en"
    assert art.source == "<text>"


def test_from_text_rejects_blank_text() -> None:
    with pytest.raises(EmptyInputError) as caught:
        Article.from_text(" \n\u00a0\t", source="<text>")
    assert one_line(caught.value) == "<text>: empty article; nothing to code"


def test_article_is_frozen() -> None:
    art = Article.from_text("Troops withdrew from the town.")
    with pytest.raises(AttributeError):
        art.text = "changed"  # type: ignore[misc]


# --- plain text --------------------------------------------------------------------------------


def test_reads_plain_utf8_text(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", STORY.encode("utf-8"))
    art = read_article(path, published=date(2024, 5, 3))
    assert art.text == STORY
    assert art.source == str(path)
    assert art.published == date(2024, 5, 3)
    assert art.title is None
    assert art.id == article_id(STORY)


def test_keeps_non_breaking_spaces_and_other_characters(tmp_path: Path) -> None:
    text = "The minister met envoys in Bras\u00edlia on 3\u00a0May \u2014 \u201cwe agreed\u201d.\n"
    art = read_article(write(tmp_path, "nbsp.txt", text.encode("utf-8")))
    assert art.text == text


def test_strips_utf8_bom(tmp_path: Path) -> None:
    art = read_article(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + STORY.encode("utf-8")))
    assert art.text == STORY


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_reads_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    data = STORY.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    art = read_article(write(tmp_path, "wide.txt", data))
    assert art.text == STORY


def test_normalises_crlf_line_endings(tmp_path: Path) -> None:
    art = read_article(write(tmp_path, "dos.txt", STORY.replace("\n", "\r\n").encode("utf-8")))
    assert art.text == STORY
    assert "\r" not in art.text


def test_reads_stdin_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(codecs.BOM_UTF8 + STORY.replace("\n", "\r\n").encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stream)
    art = read_article("-")
    assert art.text == STORY
    assert art.source == "<stdin>"


def test_stdin_above_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    with pytest.raises(TooLargeInputError) as caught:
        read_article("-", max_bytes=10)
    assert caught.value.source == "<stdin>"
    assert "split it or raise --max-bytes" in one_line(caught.value)


# --- unusable inputs ---------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    with pytest.raises(MissingInputError) as caught:
        read_article(path)
    assert one_line(caught.value) == f"{path}: no such file; check the path"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_article(tmp_path)
    assert caught.value.reason == "is a directory"
    assert caught.value.hint
    one_line(caught.value)


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(EmptyInputError) as caught:
        read_article(path)
    assert one_line(caught.value) == f"{path}: empty article; nothing to code"


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.txt", " \n\t\r\n\u00a0\n".encode("utf-8"))
    with pytest.raises(EmptyInputError):
        read_article(path)


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"Forces advanced. " * 20)
    with pytest.raises(TooLargeInputError) as caught:
        read_article(path, max_bytes=100)
    message = one_line(caught.value)
    assert "340 bytes" in message and "100 bytes" in message
    assert caught.value.hint == "split it or raise --max-bytes"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "GZIP"),
        (b"Ceasefire talks\x00\x00\x01\x02 resumed", "NUL"),
        (bytes(range(1, 9)) * 20 + b"some text", "control"),
    ],
)
def test_binary(tmp_path: Path, data: bytes, kind: str) -> None:
    path = write(tmp_path, "upload.txt", data)
    with pytest.raises(BinaryInputError) as caught:
        read_article(path)
    message = one_line(caught.value)
    assert caught.value.reason.startswith("looks like binary data (")
    assert kind in caught.value.reason
    assert message.endswith("; pass a text or HTML file")


def test_utf16_without_bom_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "wide.txt", STORY.encode("utf-16-le"))
    with pytest.raises(EncodingInputError) as caught:
        read_article(path)
    assert "UTF-16" in caught.value.reason
    assert "iconv" in caught.value.hint


def test_latin1_names_first_bad_byte(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Le ministre a condamn\u00e9 l'attaque.".encode("latin-1"))
    with pytest.raises(EncodingInputError) as caught:
        read_article(path)
    message = one_line(caught.value)
    assert caught.value.reason == "not valid UTF-8 (byte 0xE9 at offset 21)"
    assert message.endswith("; convert it to UTF-8, e.g. iconv -f latin1 -t utf-8")


def test_bad_byte_offset_counts_the_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "mixed.txt", codecs.BOM_UTF8 + b"abc\xff")
    with pytest.raises(EncodingInputError) as caught:
        read_article(path)
    assert "offset 6" in caught.value.reason


def test_max_bytes_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        read_article(write(tmp_path, "a.txt", b"text"), max_bytes=0)


# --- HTML --------------------------------------------------------------------------------------


def test_html_main_text_title_date_and_site(tmp_path: Path) -> None:
    art = read_article(write(tmp_path, "page.html", NEWS_PAGE.encode("utf-8")))
    assert "Two armed drones hit a fuel and supply depot near the river crossing" in art.text
    assert "urged all sides to avoid a wider escalation" in art.text
    for boilerplate in (
        "World Desk",
        "Sport Section",
        "Subscribe today",
        "winter jackets",
        "Ten soups",
        "All rights reserved",
    ):
        assert boilerplate not in art.text
    assert "<" not in art.text
    assert art.title == "Drones strike supply depot near river crossing"
    assert art.published == date(2024, 2, 5)
    assert art.outlet == "The Valley Courier"
    assert art.url == "https://courier.example.org/world/drones-strike-depot"
    assert art.id == article_id(art.text)
    paragraphs = art.text.split("\n\n")
    assert any(p.startswith("The spokesman said air defences") for p in paragraphs)


def test_html_detected_by_content_and_published_overrides(tmp_path: Path) -> None:
    path = write(tmp_path, "saved_page", ("\n  " + NEWS_PAGE).encode("utf-8"))
    art = read_article(path, published=date(2024, 2, 6))
    assert "wounding\nfour soldiers" not in art.text  # extracted, not the raw markup
    assert "wounding four soldiers" in art.text
    assert art.published == date(2024, 2, 6)


def test_html_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NEWS_PAGE.encode("utf-8"))))
    art = read_article("-")
    assert "An alliance of armed groups claimed the strike" in art.text
    assert "World Desk" not in art.text


def test_html_falls_back_to_lxml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    art = read_article(write(tmp_path, "page.htm", NEWS_PAGE.encode("utf-8")))
    assert art.text.startswith("Drones strike supply depot near river crossing")
    assert "wounding four soldiers" in art.text
    assert "World Desk" not in art.text
    assert "Ten soups" not in art.text
    assert art.title == "Drones strike supply depot near river crossing"


def test_html_declared_charset(tmp_path: Path) -> None:
    page = NEWS_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "An alliance", "The caf\u00e9 owners\u2019 alliance"
    )
    art = read_article(write(tmp_path, "page.html", page.encode("cp1252")))
    assert "The caf\u00e9 owners\u2019 alliance of armed groups" in art.text


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.html", b"<!doctype html><html><head><title></title></head><body> </body></html>")
    with pytest.raises(EmptyInputError) as caught:
        read_article(path)
    assert caught.value.hint == "nothing to code"


# --- many inputs -------------------------------------------------------------------------------


def test_iter_articles_yields_articles_and_errors_in_order(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", STORY.encode("utf-8"))
    binary = write(tmp_path, "scan.pdf", b"%PDF-1.4\n")
    empty = write(tmp_path, "empty.txt", b"\n\n")
    page = write(tmp_path, "page.html", NEWS_PAGE.encode("utf-8"))
    missing = tmp_path / "gone.txt"
    paths = [str(good), str(missing), str(binary), str(empty), str(page)]
    results = list(iter_articles(paths, published=date(2024, 1, 9)))
    assert [type(r) for r in results] == [Article, MissingInputError, BinaryInputError, EmptyInputError, Article]
    assert [r.source for r in results] == paths
    first, last = results[0], results[-1]
    assert isinstance(first, Article) and first.published == date(2024, 1, 9)
    assert isinstance(last, Article) and last.published == date(2024, 1, 9)


def test_iter_articles_applies_max_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"Rebels shelled the port. " * 10)
    (result,) = iter_articles([str(path)], max_bytes=20)
    assert isinstance(result, TooLargeInputError)


def test_utf16_without_a_bom_is_named_as_such(tmp_path: Path) -> None:
    """Curly quotes, accents and dashes in UTF-16 LE without a byte-order mark: the error names
    UTF-16 and how to convert it, not "binary data"."""
    text = "\u201cRebels attacked the caf\u00e9,\u201d the police said \u2014 on Monday.\n\nTroops withdrew.\n"
    path = write(tmp_path, "wide.txt", text.encode("utf-16-le"))
    with pytest.raises(InputError) as info:
        read_article(path)
    assert "UTF-16" in info.value.reason and "iconv" in info.value.hint
