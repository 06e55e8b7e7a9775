"""A government site's item ends with the office that wrote it in brackets (……趋稳趋优。
（某某县发改局）): a credit, like a reporter's name there, not the article's words."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text

_BODY = ("1-10月，全县固定资产投资完成246.79亿元，完成年度计划82.3%，同比增长15.3%。"
         "其中第三产业投资完成119.90亿元，同比增长15.2%，总体全县投资结构趋稳趋优。")


@pytest.mark.parametrize("office", ["某某县发改局", "某某镇人民政府", "某某市疾控中心"])
def test_an_office_in_brackets_after_the_last_sentence_goes(office: str) -> None:
    page = ("<html><head><title>1-10月某某县固定资产投资结构趋稳趋优</title></head><body>"
            "<h1>1-10月某某县固定资产投资结构趋稳趋优</h1>"
            "<div class='info'>发布日期：2016-11-22 信息来源：省发改委</div>"
            f"<div class='content'><p>{_BODY}（{office}）</p></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text == _BODY
    text = clean_text(f"1-10月某某县固定资产投资结构趋稳趋优\n\n{_BODY}（{office}）\n", id="t")
    assert text.text.endswith("趋稳趋优。")


def test_an_attribution_is_no_bare_office() -> None:
    # 据 makes it a clause of the article's own (where its figures come from)
    doc = clean_text(f"1-10月某某县固定资产投资结构趋稳趋优\n\n{_BODY}（据某某县统计局）\n", id="t")
    assert doc.text.endswith("（据某某县统计局）")
