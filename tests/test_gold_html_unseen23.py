"""The general defects a batch of saved HTML pages from institutions and site builders we had no
fixture for showed (gold_html gh142-gh147: a 纪委监委 site, a 人大常委会 site, a province's 集约化
county page, a township page on a free site builder, a county 融媒体 touch page, a national
paper's local channel), each pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.extract import _META_LINE

# -- a paragraph naming 老字号 is no font-size switch -------------------------------------------

_STREET = (
    "青石板路重新铺平，骑楼外墙修旧如旧，经过一年多的改造，老街日前重新开街。",
    "老街已有三百多年历史，市里采取“微改造”的办法，对沿街骑楼逐栋修缮。",
    "开街以来，老街引进非遗工坊、老字号小吃和文创小店四十余家，日均客流超过一万人次。",
)


@pytest.mark.parametrize("line", [
    "字号：大 中 小", "【字号 大 中 小】", "字号 大", "字号大中小", "2025-12-02 字号：小",
])
def test_a_font_size_switch_is_a_meta_line(line: str) -> None:
    assert _META_LINE.search(line)


@pytest.mark.parametrize("line", [
    "开街以来，老街引进非遗工坊、老字号小吃和文创小店四十余家。",
    "这家老字号大中小门店都已翻新。",
    "百年老字号中药铺重新开张。",
])
def test_prose_naming_an_old_brand_is_no_meta_line(line: str) -> None:
    assert not _META_LINE.search(line)


def test_a_paragraph_naming_an_old_brand_stays_under_the_headline() -> None:
    """The container's sixth line (原标题, byline, paragraphs) tells of 老字号小吃: it is the
    article's, not the font-size switch of a date row."""
    body = "".join(f"<p>{p}</p>" for p in _STREET)
    page = ("<html><head><meta charset='utf-8'><title>老街改造：留住烟火气--某某网·某某频道</title>"
            "</head><body><div class='col-l'><h1>老街改造：留住烟火气</h1>"
            "<div class='box01'><div class='fl'>2025年12月02日08:31 | 来源：某某日报</div>"
            "<div class='fr'>小字号</div></div>"
            "<div class='txt-con'><p>原标题：老街“微改造” 留住城市记忆</p><p>本报记者 某某某</p>"
            f"{body}<div class='edit'>（责编：某某、某某）</div></div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text.split("\n") == list(_STREET)
    assert doc.meta.date == "2025-12-02T08:31:00"
