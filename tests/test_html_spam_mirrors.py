"""Whole spam-mirror pages through the HTML path: keyword pieces planted in the article's
sentences in elements of their own (html.planted), a <title> stuffed with coined brands, and a
parasite page's spam <h1> over the copied article's own headline (html.metadata)."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.metadata import clean_title

_TEXT = ("<p>记者从市住建局获悉，今年以来全市老旧小区加装电梯工作明显提速，{a}截至十月底已有一百二十台"
         "电梯完工投入使用。</p>"
         "<p>加装电梯难在协调。{b}同一个单元里，高层住户盼电梯，低层住户担心采光和噪声。为此，各街道"
         "普遍推行“一梯一议”，由社区{c}牵头召开楼栋会议，请设计单位现场讲解方案。</p>"
         "<p>资金方面，市财政对每台加装电梯给予二十万元补助，{a}居民还可以提取住房公积金支付个人分摊"
         "部分，{b}审批流程也作了简化。</p>")


def _page(a: str, b: str, c: str, h1: str = "老旧小区加装电梯提速") -> str:
    body = _TEXT.format(a=a, b=b, c=c)
    return (f"<html><head><title>{h1}_城市晚报</title></head><body><h1>{h1}</h1>"
            f"<div class='info'>2025-10-31 来源：城市晚报</div><div class='art'>{body}</div>"
            "</body></html>")


def test_keyword_pieces_planted_in_sentences_go_when_one_sells() -> None:
    page = _page("<span>乐享</span>", "<span>娱乐带你</span>", "<span>鸿运体育官网</span>")
    text = clean_html(page, id="t").text
    for piece in ("乐享", "娱乐带你", "鸿运体育"):
        assert piece not in text
    assert "今年以来全市老旧小区加装电梯工作明显提速，截至十月底" in text
    assert "由社区牵头召开楼栋会议" in text


@pytest.mark.parametrize(("a", "b", "c", "kept"), [
    # recurring inline runs that sell nothing: the article's own styling
    ("<span>据悉</span>", "<b>不过</b>", "<span>居委会</span>", ["据悉", "居委会"]),
    # a brand the article quotes is its citation, and it plants nothing around it
    ("<span>据悉</span>", "<span>据悉</span>", "“<span>鸿运体育官网</span>”", ["据悉", "鸿运体育官网"]),
])
def test_inline_runs_that_plant_nothing_stay(a: str, b: str, c: str, kept: list[str]) -> None:
    text = clean_html(_page(a, b, c), id="t").text
    assert all(k in text for k in kept)


@pytest.mark.parametrize(("raw", "h1", "title"), [
    ("鸿运体育官网-鸿运体育app下载-乐享娱乐官方入口-老旧小区加装电梯提速",
     "老旧小区加装电梯提速 今年已有一百二十台投入使用", "老旧小区加装电梯提速 今年已有一百二十台投入使用"),
    ("鸿运体育官网-鸿运体育app下载-乐享娱乐官方入口-老旧小区加装电梯提速", None, "老旧小区加装电梯提速"),
    # an article citing an app in its headline: no coined brand in a mirror's form
    ("下载“全民健身”app预约场馆 市体育中心推出线上服务_某某晚报", None,
     "下载“全民健身”app预约场馆 市体育中心推出线上服务"),
    ("全市体育中心官网正式上线_某某晚报", None, "全市体育中心官网正式上线"),
])
def test_a_title_stuffed_with_coined_brands_gives_way(raw: str, h1: str | None,
                                                     title: str) -> None:
    assert clean_title(raw, h1) == title


_PARASITE = ("<html><head><title>{h1}</title></head><body><div class='content'><h1>{h1}</h1>"
             "<div class='info'>发布时间：2025-12-02</div><div class='text'>"
             "<h2>全县新建高标准农田五万亩</h2>"
             "<p>今年，县里把高标准农田建设作为保障粮食安全的重要抓手，全年新建高标准农田五万亩，"
             "涉及十一个乡镇八十三个行政村。</p>"
             "<p>县农业农村局测算，项目区粮食亩均增产一百斤左右，全年可增产粮食两千五百吨。</p>"
             "</div></div></body></html>")


def test_a_parasite_page_s_spam_h1_gives_way_to_the_article_s_own_headline() -> None:
    doc = clean_html(_PARASITE.format(h1="九游会官网入口-九游会j9国际站-官方网站"), id="t")
    assert doc.meta.title == "全县新建高标准农田五万亩"
    assert "九游会" not in doc.text


@pytest.mark.parametrize("h1", ["警方破获“金沙娱乐”网络赌博案", "全县秋粮收购工作进展顺利"])
def test_a_headline_that_sells_nothing_or_reports_spam_stays(h1: str) -> None:
    assert clean_html(_PARASITE.format(h1=h1), id="t").meta.title == h1


@pytest.mark.parametrize(("row", "source"), [
    ("来源：转载自金沙娱乐城", None),  # a mirror's rewrite of the publisher: a casino's name
    ("来源：鸿运体育官网", None),  # a coined brand in a mirror's form
    ("来源：城市晚报", "城市晚报"),
    ("来源：市体育局", "市体育局"),
])
def test_a_publisher_a_mirror_wrote_in_is_none(row: str, source: str | None) -> None:
    page = _page("<span>据悉</span>", "", "").replace("来源：城市晚报", row)
    assert clean_html(page, id="t").meta.source_name == source


def test_a_brand_marked_up_in_news_of_spam_stays() -> None:
    # counterexample: a report on a gambling case whose CMS marks the operator's name up
    page = _page("<span>据悉</span>", "<span>据悉</span>", "<span>金沙娱乐</span>").replace(
        "由社区", "警方查获由")
    text = clean_html(page, id="t").text
    assert "金沙娱乐" in text
    assert "据悉" in text
