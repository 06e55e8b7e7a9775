"""Paragraphs written as <br> runs in one cell (bench/perturb_html.py's p2br): an old site's
body is 段落<br><br>段落<br><br>…, no <p> at all. What reads <p> children as the article's
paragraphs reads these lines too."""

from __future__ import annotations

import pytest
from lxml import html

from cleaners import clean_html
from cleaners.html.dom import parse_html
from cleaners.html.extract import _br_paragraphs
from cleaners.html.prune import folded_rest, hidden_elements

_OPENING = ("初冬时节，在某某县河口镇的稻渔综合种养基地，工人们正忙着放水捕鱼，塘埂上堆起了一筐筐鲜鱼。<br><br>"
            "“稻田里养鱼，鱼吃虫子和杂草，鱼粪又给稻子施了肥，今年一亩田多收了一百二十斤鱼。”基地负责人说。<br><br>")
_REST = ("近年来，某某县在六个乡镇推广“稻渔共生”模式，今年全县稻渔综合种养面积达到一万二千亩。<br><br>"
         "县农业农村局负责人介绍，稻渔共生田基本不用化肥和农药，亩均增收两千元以上。<br><br>")


def _folded(opening: str, rest: str, button: str = "<div class='unfold'>展开全文</div>") -> str:
    return ("<html><head><meta charset='utf-8'><title>某某县：稻渔共生让一田多收</title></head>"
            "<body><article><h1>某某县：稻渔共生让一田多收</h1>"
            "<div class='meta'><span>某某县融媒体中心</span><span>2025-12-01 08:45</span></div>"
            f"<div class='body'>{opening}<div class='rest' style='display:none'>{rest}</div>"
            f"</div>{button}</article></body></html>")


def test_a_folded_rest_under_br_lines_is_read() -> None:
    """The opening paragraphs as <br>-parted lines in the body, the rest folded under 展开全文:
    the rest is the article's, as under <p> paragraphs."""
    root = parse_html(_folded(_OPENING, _REST))
    assert root is not None
    assert [el.get("class") for el in folded_rest(hidden_elements(root))] == ["rest"]
    doc = clean_html(_folded(_OPENING, _REST), id="t")
    assert "亩均增收两千元以上。" in doc.text
    assert "展开全文" not in doc.text


@pytest.mark.parametrize("page", [
    _folded(_OPENING, _REST, button=""),  # no unfold button by it: a hidden panel
    _folded(_OPENING, _OPENING),  # a hidden copy of the lines shown
    _folded("某某县融媒体中心<br><br>", _REST),  # no prose shown before it
])
def test_a_hidden_block_under_br_lines_stays_hidden(page: str) -> None:
    root = parse_html(page)
    assert root is not None
    assert not folded_rest(hidden_elements(root))


# -- a line of <br>-parted paragraphs run through inline elements --------------------------------

_LINES = ["松政办发〔<span>2025</span>〕<span>58</span>号",
          "为改善全市环境空气质量，经研究，决定自<span>3</span>月<span>15</span>日起在全市开展为期两个月的"
          "春季扬尘污染专项治理。现将有关事项通知如下：",
          "各地要建立问题清单，实行发现、交办、整改、销号闭环管理。专项治理期间，市里将采取随机抽查方式"
          "开展检查，对问题突出、整改不力的单位予以通报。",
          "青峦市生态环境局", "2025年3月11日"]


def _notice(body: str) -> str:
    return ("<html><head><title>关于开展春季扬尘污染专项治理的通知</title></head><body>"
            f"<h1>关于开展春季扬尘污染专项治理的通知</h1><div class='content'>{body}</div>"
            "</body></html>")


def test_br_lines_run_through_spans_read_as_paragraphs() -> None:
    as_br = clean_html(_notice("<br><br>".join(_LINES) + "<br><br>"), id="br").text
    as_p = clean_html(_notice("".join(f"<p>{x}</p>" for x in _LINES)), id="p").text
    assert as_br == as_p
    assert as_br.splitlines()[0] == "松政办发〔2025〕58号"
    assert "决定自3月15日起" in as_br


def _tree(body: str) -> str:
    root = parse_html(_notice(body))
    assert root is not None
    part = root.find(".//div")
    assert part is not None
    _br_paragraphs(part)
    return html.tostring(part, encoding="unicode")


@pytest.mark.parametrize("body", [
    # lines of one piece each: read whole as they are, nothing to wrap
    "第一段文字，写得很长。<br><br>第二段文字，也写得很长。<br><br>",
    # the lines of one <p> are that paragraph's (a poem, an address): never a <p> in a <p>
    "<p>第一行<b>加粗</b>文字<br>第二行文字</p>",
    # a row of links parted by <br>s is no paragraph
    "<a href='/a'>上一篇</a> <a href='/b'>下一篇</a><br><a href='/c'>返回列表</a>",
])
def test_lines_trafilatura_reads_whole_are_left_as_they_are(body: str) -> None:
    assert _tree(body).count("<p>") == body.count("<p>")
