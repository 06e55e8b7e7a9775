"""Bad inputs give a result or a drop with a reason, quickly: never a crash or a hang.

Times are CPU times, so a loaded machine does not fail them."""

from __future__ import annotations

import time

import pytest

from cleaners.document import Doc
from cleaners.html.decode import decode_html, looks_binary
from cleaners.html.extract import MainTextExtractor
from cleaners.html.prune import HiddenAndChromePruner

PARA = "<p>县里召开春季农业生产工作会议，部署春耕备耕、水利建设和森林防火等重点工作。</p>"


def run(data: bytes, header: str | None = None) -> Doc:
    why = looks_binary(data)
    if why:
        return Doc(id="bad").drop("html.decode", "binary", why)
    doc = Doc(id="bad", html=decode_html(data, header).text)
    doc = HiddenAndChromePruner()(doc)
    return doc if doc.dropped else MainTextExtractor()(doc)


def check(doc: Doc) -> None:
    assert doc.dropped is not None or doc.text
    if doc.dropped:
        assert doc.dropped.rule
        assert doc.dropped.why


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty", b""),
        ("whitespace", b"   \n\t  "),
        ("truncated_mid_tag", f"<html><body><div class='content'>{PARA * 5}<p clas".encode()),
        ("truncated_mid_comment", f"<html><body>{PARA * 5}<!-- never closed".encode()),
        (
            "nul_bytes_sprinkled",
            f"<html><body>{PARA * 5}</body></html>".encode().replace(b"</p>", b"\x00</p>"),
        ),
        ("nul_heavy", b"<html>" + b"\x00" * 5000),
        ("pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" * 10),
        ("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20),
        ("mislabelled_charset", f"<meta charset=utf-8><body>{PARA * 5}</body>".encode("gbk")),
        (
            "only_scripts",
            b"<html><head><script>var a=1;</script></head><body><script>b()</script></body></html>",
        ),
        ("not_html", "纯文本文件，没有任何标签，但是有足够多的中文句子。".encode() * 5),
        (
            "xml_declaration",
            f"<?xml version='1.0' encoding='utf-8'?><html><body>{PARA * 5}</body></html>".encode(),
        ),
    ],
)
def test_bad_page(name: str, data: bytes) -> None:
    start = time.process_time()
    doc = run(data, "utf-8" if name == "mislabelled_charset" else None)
    assert time.process_time() - start < 5
    check(doc)
    if name in {
        "truncated_mid_tag",
        "nul_bytes_sprinkled",
        "mislabelled_charset",
        "xml_declaration",
    }:
        assert "春季农业生产" in doc.text


@pytest.mark.slow
def test_bad_page_20mb() -> None:
    filler = "<div class='list'><a href='/x'>链接标题</a></div>" * 200_000
    script = "<script>" + "var x = 'aaaaaaaaaaaaaaaaaaaaaaaa';" * 300_000 + "</script>"
    data = (
        f"<html><body>{filler}{script}<div class='content'>{PARA * 10}</div></body></html>".encode()
    )
    assert len(data) > 20_000_000
    start = time.process_time()
    doc = run(data)
    # a hang guard: about 50 s of CPU on a slow machine, quadratic work would take hours
    assert time.process_time() - start < 180
    check(doc)
    assert "春季农业生产" in doc.text


def test_bad_page_100000_nested_divs() -> None:
    data = (
        "<html><body>" + "<div>" * 100_000 + PARA * 5 + "</div>" * 100_000 + "</body></html>"
    ).encode()
    start = time.process_time()
    doc = run(data)
    assert time.process_time() - start < 30
    check(doc)
