"""Charset policy (CRAWLING.md §2): one test per step, plus the mislabelled-page regressions."""

from __future__ import annotations

import codecs

import pytest

from cleaners.html.decode import decode_html, looks_binary, normalise_charset

TEXT = "朱镕基在党建会议上讲话，喆和堃也能解码。"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>测试</title></head><body><p>{body}</p></body></html>"


def test_decode_bom_wins_over_header() -> None:
    data = codecs.BOM_UTF8 + page(TEXT).encode("utf-8")
    got = decode_html(data, header_charset="gbk")
    assert (got.source, got.encoding) == ("bom", "utf-8")
    assert TEXT in got.text


def test_decode_header_charset_used_when_strict() -> None:
    got = decode_html(page(TEXT).encode("gb18030"), header_charset="GB2312")
    assert (got.source, got.encoding) == ("header", "gb18030")
    assert TEXT in got.text


def test_decode_gbk_page_with_header_utf8_falls_through() -> None:
    data = page(TEXT, '<meta charset="gbk">').encode("gbk")
    got = decode_html(data, header_charset="utf-8")
    assert got.source == "meta"
    assert got.encoding == "gb18030"
    assert TEXT in got.text
    assert got.replacement_ratio == 0


def test_decode_meta_after_5kb_of_comments() -> None:
    head = (
        "<!-- "
        + "x" * 6000
        + " -->"
        + '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    )
    got = decode_html(page(TEXT, head).encode("gb18030"))
    assert got.source == "meta"
    assert TEXT in got.text


def test_decode_utf8_page_with_wrong_meta_gbk() -> None:
    got = decode_html(page(TEXT, '<meta charset="gbk">').encode("utf-8"))
    assert got.encoding == "utf-8"
    assert got.source == "strict"
    assert TEXT in got.text


def test_decode_utf8_page_with_wrong_header_gbk() -> None:
    got = decode_html(page(TEXT).encode("utf-8"), header_charset="gbk")
    assert got.encoding == "utf-8"
    assert TEXT in got.text


def test_decode_short_page_no_meta_gbk() -> None:
    filler = (
        "<script>" + "var a = 1;\n" * 600 + "</script><style>" + "p{margin:0}\n" * 100 + "</style>"
    )
    data = page("党建", filler).encode("gbk")
    got = decode_html(data)
    assert got.encoding == "gb18030"
    assert "党建" in got.text


def test_decode_strict_utf8_before_gb18030() -> None:
    got = decode_html(page("党建").encode("utf-8"))
    assert (got.source, got.encoding) == ("strict", "utf-8")
    assert "党建" in got.text


def test_decode_detector_for_broken_bytes() -> None:
    data = page(TEXT * 20).encode("gb18030") + b"\xff\xff\x81"  # invalid in UTF-8 and GB18030
    got = decode_html(data)
    assert got.source == "detector"
    assert TEXT in got.text
    assert 0 < got.replacement_ratio < 0.01


def test_decode_meta_mentioned_in_body_is_not_a_declaration() -> None:
    body = "网页写着 &lt;meta charset=big5&gt; 只是正文" + TEXT
    data = f"<html><head></head><body><p>{body}</p><meta charset=big5></body></html>".encode("gbk")
    got = decode_html(data)
    assert got.encoding == "gb18030"
    assert TEXT in got.text


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("GB2312", "gb18030"),
        ("gbk", "gb18030"),
        ("x-gbk", "gb18030"),
        ("UTF8", "utf-8"),
        ("iso-8859-1", "cp1252"),
        ("nonsense", None),
        (None, None),
    ],
)
def test_normalise_charset(label: str | None, codec: str | None) -> None:
    assert normalise_charset(label) == codec


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"<html>" + b"\x00" * 500 + b"</html>", "nul_bytes"),
    ],
)
def test_looks_binary(data: bytes, kind: str) -> None:
    assert looks_binary(data) == kind


def test_looks_binary_accepts_html_and_utf16() -> None:
    assert looks_binary(page(TEXT).encode("utf-8")) is None
    assert looks_binary(codecs.BOM_UTF16_LE + page(TEXT).encode("utf-16-le")) is None


def test_clean_html_takes_bytes_in_a_legacy_charset() -> None:
    from cleaners import clean_html

    html = page(TEXT)
    assert clean_html(html.encode("gb18030")).text == clean_html(html).text
    with pytest.raises(TypeError, match="str or bytes"):
        clean_html(123)  # type: ignore[arg-type]


_TRADITIONAL = "為切實做好冬季森林防火工作，某某鎮組織有關部門對轄區重點林區開展檢查。香港特別行政區政府今日宣佈新措施。"
_SIMPLIFIED = "为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。朱镕基、王喆出席。"


@pytest.mark.parametrize(("text", "codec", "want"), [
    # Big5 bytes are valid GB18030 too, as rare characters: undeclared, they read as Big5
    (_TRADITIONAL, "big5", "big5hkscs"),
    # GBK stays GBK, traditional characters (GBK holds them) or simplified ones
    (_TRADITIONAL, "gbk", "gb18030"),
    (_SIMPLIFIED, "gbk", "gb18030"),
])
def test_undeclared_big5_is_told_from_gbk(text: str, codec: str, want: str) -> None:
    got = decode_html(f"<html><body><p>{text * 3}</p></body></html>".encode(codec))
    assert (got.encoding, got.text.count(text)) == (want, 3)


@pytest.mark.parametrize(("text", "codec", "declared", "want"), [
    # Big5 bytes under a template's gb2312 (or a header's GBK) read as Big5, not as rare hanzi
    (_TRADITIONAL, "big5", "gb2312", "big5hkscs"),
    (_TRADITIONAL, "big5", "GBK", "big5hkscs"),
    # a GBK page declared so stays GBK, in traditional characters (GBK holds them) too
    (_TRADITIONAL, "gbk", "gb2312", "gb18030"),
    (_SIMPLIFIED, "gbk", "gbk", "gb18030"),
])
@pytest.mark.parametrize("where", ["meta", "header"])
def test_declared_gb_over_big5_bytes_is_read_as_big5(
        text: str, codec: str, declared: str, want: str, where: str) -> None:
    head = f"<meta charset={declared}>" if where == "meta" else ""
    data = f"<html><head>{head}</head><body><p>{text * 3}</p></body></html>".encode(codec)
    got = decode_html(data, header_charset=declared if where == "header" else None)
    assert (got.encoding, got.text.count(text)) == (want, 3)
