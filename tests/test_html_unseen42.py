"""The general shape the batch of invented HTML pages gh260-gh265 showed (pages whose chrome
carries no telling class or id): a related-reading box set inside the article container as a
label paragraph over paragraphs that are each one linked headline, the article going on under
it. What must match and what must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
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


# --- the same box saved as text: the article's closing sentence under its headlines --------

_HEADLINES = ["全市农村客运班线通达率达到百分之九十九", "国庆假期全市高速公路车流量同比增长"]
_TEXT_HEAD = ["某某在线 新闻 政务 县域 视频", "某某市今冬明春新建改建农村公路",
              "2025-12-03 16:40:22　来源：某某在线　作者：某某", _PARAS[0], _PARAS[1]]


_BODY = [f"第{n}段，记者在现场看到，施工人员正在对临水临崖路段设置防护栏和警示标志，确保冬春季节"
         "施工安全，各项工作有序推进。" for n in "一二三四五"]


def test_the_article_s_short_last_sentence_under_a_related_box_stays() -> None:
    lines = [*_TEXT_HEAD[:3], *_BODY, "相关链接", *_HEADLINES, _PARAS[2], "责任编辑：某某",
             "关于我们 | 联系我们", "Copyright © 某某在线 版权所有"]
    doc = clean_text("\n\n".join(lines), id="t")
    assert doc.text.splitlines()[-1] == _PARAS[2]
    assert not any(line in doc.text for line in _HEADLINES)


@pytest.mark.parametrize("under", [
    # under teasers' leads (sentences too), the sentence closing the page is the site's blurb
    [_HEADLINES[0], "今年以来，全市农村客运班线通达率持续提升，群众出行更方便。", _HEADLINES[1],
     "国庆假期，全市高速公路车流量同比增长，各收费站运行平稳。",
     "某某在线是一个由志愿者维护的非营利网站，记录城市生活。"],
    # a sentence with more headlines after it is the box's
    [*_HEADLINES, "全市新建改建项目明年完工，一批农村公路将通车。", "全市交通重点项目清单发布"],
])
def test_a_sentence_the_box_holds_goes(under: list[str]) -> None:
    lines = [*_TEXT_HEAD[:3], *_BODY, "相关文章", *under, "Copyright © 某某在线 版权所有"]
    doc = clean_text("\n\n".join(lines), id="t")
    assert doc.text.splitlines()[-1] == _BODY[-1]
    assert not any(line in doc.text for line in under)
