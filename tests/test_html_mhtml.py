"""Web archives (MHTML): the page part found, decoded by its transfer encoding and charset, its
address kept; recognised by suffix or by its first bytes; a broken archive is a drop, never a
crash (cleaners/html/mhtml.py, corpus/readers.py)."""

from __future__ import annotations

import base64
import quopri
from typing import TYPE_CHECKING

import pytest

from cleaners import clean_html
from cleaners.html.decode import decode_html
from cleaners.html.mhtml import BrokenArchive, looks_like_mhtml, read_mhtml
from corpus.readers import Source, iter_sources, to_doc

if TYPE_CHECKING:
    from pathlib import Path

_BOUNDARY = "----MultipartBoundary--a1b2c3----"
_NEWS = ("镇里今年新修了三座便民桥，方便两岸村民出行和农产品运输。",
         "三座桥均按二十年一遇洪水标准设计，桥面加宽到四米，可通行小型货车。")
_PAGE = ("<html><head><meta charset='utf-8'><title>三座便民桥建成通车</title></head><body>"
         "<h1>三座便民桥建成通车</h1><p>2025-11-02</p>"
         + "".join(f"<p>{p}</p>" for p in _NEWS) + "</body></html>")
_MB = 2 ** 20


def _part(content_type: str, body: bytes, *, encoding: str, location: str, extra: str = "") -> str:
    coded = (quopri.encodestring(body).decode("ascii") if encoding == "quoted-printable"
             else base64.encodebytes(body).decode("ascii"))
    return (f"--{_BOUNDARY}\r\nContent-Type: {content_type}\r\n{extra}"
            f"Content-Transfer-Encoding: {encoding}\r\nContent-Location: {location}\r\n\r\n"
            + coded.replace("\n", "\r\n") + "\r\n")


def _archive(*parts: str, snapshot: str = "", start: str = "") -> bytes:
    head = ("From: <Saved by Blink>\r\n"
            + (f"Snapshot-Content-Location: {snapshot}\r\n" if snapshot else "")
            + "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            + (f"\tstart=\"{start}\";\r\n" if start else "")
            + f"\tboundary=\"{_BOUNDARY}\"\r\n\r\n\r\n")
    return (head + "".join(parts) + f"--{_BOUNDARY}--\r\n").encode("ascii")


_URL = "https://news.example/a/1.html"
_FRAME = _part("text/html", b"<html><body><p>frame ad</p></body></html>",
               encoding="quoted-printable", location="https://ads.example/frame.html")
_IMAGE = _part("image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), encoding="base64",
               location="https://news.example/logo.png")
_CHROME = _archive(_FRAME, _part("text/html", _PAGE.encode("utf-8"), encoding="quoted-printable",
                                 location=_URL), _IMAGE, snapshot=_URL)


def test_a_chrome_archive_gives_the_snapshot_page_decoded_from_quoted_printable() -> None:
    assert b"=E4=B8=89" in _CHROME  # the page's Han characters are escaped, lines soft-broken
    page = read_mhtml(_CHROME)
    assert page.html.decode("utf-8") == _PAGE
    assert page.url == _URL
    assert page.charset is None


def test_without_a_snapshot_address_the_root_the_start_names_is_the_page() -> None:
    root = _part("text/html", _PAGE.encode("utf-8"), encoding="base64", location=_URL,
                 extra="Content-ID: <root@mhtml>\r\n")
    assert read_mhtml(_archive(_FRAME, root, start="<root@mhtml>")).url == _URL
    # counterexample: with no snapshot address and no start, the first text/html part
    assert read_mhtml(_archive(_FRAME, root)).url == "https://ads.example/frame.html"


def test_an_ie_archive_is_decoded_by_its_parts_charset() -> None:
    page = ("<html><head><title>三座便民橋建成通車</title></head><body>"
            "<p>鎮裡今年新修了三座便民橋，方便兩岸村民出行和農產品運輸。</p></body></html>")
    mht = _archive(_part("text/html; charset=\"big5\"", page.encode("big5"), encoding="base64",
                         location=_URL)).replace(b"<Saved by Blink>", b"<Saved by Windows Internet Explorer 11>")
    archived = read_mhtml(mht)
    assert archived.charset == "big5"
    decoded = decode_html(archived.html, archived.charset)
    assert decoded.source == "header"
    assert decoded.text == page


def test_an_archive_is_known_by_its_first_bytes() -> None:
    assert looks_like_mhtml(_CHROME)
    assert looks_like_mhtml(b"\xef\xbb\xbf" + _CHROME)
    # counterexamples: a page, a text opening with a header-like line, a mail with no MIME header
    assert not looks_like_mhtml(_PAGE.encode("utf-8"))
    assert not looks_like_mhtml("来源: 新华社\n\n".encode() + _NEWS[0].encode())
    assert not looks_like_mhtml(b"From: a@b.example\r\nSubject: hi\r\n\r\nhello\r\n")


def test_an_archive_is_read_whatever_its_suffix_and_its_address_is_the_pages_url() -> None:
    doc = to_doc(Source("p", "saved.txt"), _CHROME, max_bytes=_MB)
    assert (doc.html, doc.text, doc.url) == (_PAGE, "", _URL)
    # an address given on the command line wins over the archive's
    assert to_doc(Source("p", "p.mhtml"), _CHROME, max_bytes=_MB,
                  url="https://given.example/").url == "https://given.example/"
    assert clean_html(doc.html, id="p").text.splitlines() == list(_NEWS)


def test_a_directory_gives_its_archives(tmp_path: Path) -> None:
    for name in ("a.mht", "b.MHTML", "c.html", "d.eml"):
        (tmp_path / name).write_bytes(_CHROME)
    assert [s.id for s in iter_sources([str(tmp_path)])] == ["a", "b", "c"]


@pytest.mark.parametrize(("archive", "why"), [
    (_archive(_IMAGE), "no text/html part"),
    (_archive(_IMAGE).replace(b"image/png", b"text/html").replace(b"\r\n\r\niVBOR", b"\r\n\r\n!!*#iVBOR"),
     "not valid base64"),
    (_archive(_part("text/html", b"  \r\n", encoding="base64", location=_URL)), "is empty"),
])
def test_a_broken_archive_is_dropped_with_its_reason(archive: bytes, why: str) -> None:
    with pytest.raises(BrokenArchive, match=why):
        read_mhtml(archive)
    doc = to_doc(Source("p", "p.mht"), archive, max_bytes=_MB)
    assert doc.dropped is not None
    assert doc.dropped.rule == "broken_archive"
    assert why in doc.dropped.why


def test_a_cut_off_archive_still_gives_the_start_of_its_page() -> None:
    # counterexample to the drop: a download cut inside the page part (its closing boundary
    # and the base64's last characters and padding lost) still holds the page's start
    full = _archive(_part("text/html", _PAGE.encode("utf-8"), encoding="base64", location=_URL))
    cut = full[:full.index(f"--{_BOUNDARY}--".encode()) - 8]
    page = read_mhtml(cut)
    text = page.html.decode("utf-8", "replace")
    assert text.startswith(_PAGE[:-20])
    assert len(text) < len(_PAGE)


def test_clean_html_given_an_archives_bytes_cleans_the_page_it_holds() -> None:
    doc = clean_html(_CHROME, id="p")
    assert doc.text.splitlines() == list(_NEWS)
    assert doc.url == _URL  # the archive's saved address when none is given
    assert clean_html(_CHROME, id="p", url="https://given.example/").url == "https://given.example/"
    # counterexample: an HTML page's own bytes are not read as an archive
    assert clean_html(_PAGE.encode("utf-8"), id="p").text.splitlines() == list(_NEWS)


def test_clean_html_given_a_broken_archive_returns_it_dropped_with_its_reason() -> None:
    doc = clean_html(_archive(_IMAGE), id="p")
    assert doc.dropped is not None
    assert (doc.dropped.rule, doc.text) == ("broken_archive", "")
    assert "no text/html part" in doc.dropped.why
