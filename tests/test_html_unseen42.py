"""The general shape the batch of invented HTML pages gh260-gh265 showed (pages whose chrome
carries no telling class or id): a related-reading box set inside the article container as a
label paragraph over paragraphs that are each one linked headline, the article going on under
it. What must match and what must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.prune import _RELATED_LABEL

_PARAS = (
    "记者从某某市交通运输局获悉，今年全市新改建农村公路三百公里，完成危桥改造四十座。",
    "有关负责人表示，冬春季节施工要做好安全防护，对临水临崖路段同步设置防护栏。",
    "按照计划，全市新建改建项目将在明年5月底前全部完工。",
)
_LINKS = ("<p><a href='/n/2025/1120/a1.html'>全市农村客运班线通达率达到百分之九十九</a></p>"
          "<p><a href='/n/2025/1008/a2.html'>国庆假期全市高速公路车流量同比增长</a></p>")


def _page(box: str) -> str:
    first, second, last = (f"<p>{p}</p>" for p in _PARAS)
    return (f"<html><body><div class='k1'><h1>某某市今冬明春新建改建农村公路</h1>"
            f"<div class='k2'>2025-12-03 16:40 来源：某某在线</div>"
            f"<div class='k3'>{first}{second}{box}{last}</div></div></body></html>")


@pytest.mark.parametrize("label", ["<strong>延伸阅读</strong>", "【相关链接】", "推荐阅读：",
                                   "<b>相关新闻</b>", "往期回顾"])
def test_a_related_box_between_paragraphs_goes_and_the_text_after_it_stays(label: str) -> None:
    doc = clean_html(_page(f"<p>{label}</p>{_LINKS}"), id="t")
    assert doc.text.splitlines() == list(_PARAS)
    assert sum(r.rule == "related_run" for r in doc.removals) == 3


def test_one_linked_headline_under_the_label_goes_too() -> None:
    doc = clean_html(_page("<p><strong>相关链接</strong></p>" + _LINKS.split("</p>")[0] + "</p>"),
                     id="t")
    assert doc.text.splitlines() == list(_PARAS)


@pytest.mark.parametrize("box", [
    # the article's own labelled list (the books it recommends): no related-reading label
    "<p><strong>推荐书目</strong></p>" + _LINKS,
    # a sentence with a link among its words under the label: the article's
    "<p><strong>相关链接</strong></p><p>市民可登录<a href='/x.html'>某某市交通运输局官网</a>"
    "查询施工路段，合理安排出行。</p>",
])
def test_the_article_s_own_labelled_lines_stay(box: str) -> None:
    doc = clean_html(_page(box), id="t")
    assert not [r for r in doc.removals if r.rule == "related_run"]


@pytest.mark.parametrize(("text", "matches"), [
    ("延伸阅读", True), ("【相关链接】", True), ("推荐阅读：", True), ("相关报道", True),
    ("往期回顾", True), ("延伸閱讀", True),
    ("推荐书目", False), ("相关规定", False), ("背景资料", False), ("阅读全文", False),
    ("延伸阅读：某某市出台新规", False),
])
def test_the_related_label(text: str, matches: bool) -> None:
    assert bool(_RELATED_LABEL.match(text)) == matches
