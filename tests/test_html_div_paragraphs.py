"""Paragraphs written as <div>s (bench/perturb_html.py's p2div): a <div> whose text runs through
inline elements is read as one line, as the same <p> is, and its bare-text neighbours with it;
a row of links in a <div> is no paragraph, and a page with no such <div> reads as before."""

from __future__ import annotations

import pytest

from cleaners import clean_html

TITLE = "关于开展春季扬尘污染专项治理的通知"
LEAD = ("为改善全市环境空气质量，经研究，决定自<span>3</span>月<span>15</span>日起在全市开展为期"
        "两个月的春季扬尘污染专项治理。现将有关事项通知如下：")
BODY = ("各地要建立问题清单，实行发现、交办、整改、销号闭环管理。专项治理期间，市里将采取随机抽查"
        "方式开展检查，对问题突出、整改不力的单位予以通报。")
# a Word page's paragraph: the text in a <span>, its figures in <span>s inside it
WORD = ("<span style='font-size:16pt'>松政办发〔<span lang=EN-US>2025</span>〕"
        "<span lang=EN-US>58</span>号<o:p></o:p></span>")
SIGNED = ["青峦市生态环境局", "2025年3月11日"]


def _page(tag: str, paragraphs: list[str], after: str = "") -> str:
    rows = "".join(f"<{tag}>{p}</{tag}>" for p in paragraphs)
    return (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div class='content'>{rows}</div>{after}</body></html>")


@pytest.mark.parametrize("paragraphs", [
    [LEAD, BODY, BODY.replace("各地", "各县"), *SIGNED],
    [WORD, LEAD, BODY, *SIGNED],
])
def test_div_paragraphs_read_as_p_paragraphs(paragraphs: list[str]) -> None:
    as_p = clean_html(_page("p", paragraphs), id="p").text
    as_div = clean_html(_page("div", paragraphs), id="div").text
    assert as_div == as_p
    assert "决定自3月15日起" in as_div
    assert as_div.endswith("2025年3月11日")


def test_word_div_keeps_its_document_number() -> None:
    text = clean_html(_page("div", [WORD, LEAD, BODY, *SIGNED]), id="word").text
    assert text.splitlines()[0] == "松政办发〔2025〕58号"


def test_a_row_of_links_is_no_paragraph() -> None:
    """Counterexample: a <div> of links (打印 返回列表) beside a notice <div> under the article
    makes neither a paragraph, so the notice stays out as before."""
    tip = "温馨提示：本页公开内容已隐去个人信息。如需反映问题，请拨打热线电话。"
    after = ("<div class='btns'><a href='#'>打印本页</a> <a href='/list/'>返回列表</a></div>"
             f"<div class='tip'>{tip}</div>")
    paragraphs = [LEAD.replace("<span>", "").replace("</span>", ""), BODY, *SIGNED]
    as_div = clean_html(_page("div", paragraphs, after), id="links").text
    assert tip not in as_div
    assert as_div == clean_html(_page("p", paragraphs, after), id="links").text
