"""The general defects the six saved pages of unseen site families (gold_html gh302-gh307)
showed, pinned on invented pages with their counterexamples: a court's notice served on a party
whose name it masks opens on that name alone (张某某：) and is no lone label; a <title> that puts
a channel and a long site name after the headline the page prints (标题-通知公告-某某市某某区
某某委员会); a query form's lone button (查询) read as a two-character name; a court's division
credited as a notice's writer (作者：立案庭)."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.names import plausible_author

_NOTICE = ("本院受理原告某某物流有限公司诉被告借款合同纠纷一案，因你下落不明，依法向你公告送达起诉状副本、"
           "应诉通知书及开庭传票。",
           "自本公告发出之日起经过三十日即视为送达，提出答辩状的期限为公告期满后十五日内。")


def _court(salutation: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in (salutation, *_NOTICE))
    return ("<html><head><meta charset='utf-8'><title>某某县人民法院公告</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/fygg/'>法院公告</a></div>"
            "<h1>某某县人民法院公告</h1><div class='info'>发布时间：2026-10-12</div>"
            f"<div class='article-content'>{paras}</div></body></html>")


@pytest.mark.parametrize("salutation", [
    "张某某：",
    "王某、李某某：",
    "被告某某物流有限公司：",
    "被执行人赵某：",
])
def test_a_notice_served_on_a_party_keeps_its_salutation(salutation: str) -> None:
    doc = clean_html(_court(salutation), id="t")
    assert doc.text.splitlines() == [salutation, *_NOTICE]


@pytest.mark.parametrize("label", ["划重点：", "小贴士："])
def test_a_lone_label_over_the_text_still_goes(label: str) -> None:
    doc = clean_html(_court(label), id="t")
    assert doc.text.splitlines() == list(_NOTICE)


_TEXT = ("为进一步规范城区停车秩序，区交通运输局近日启动停车泊位规划调整工作，计划新增公共泊位八百余个。",
         "调整方案将在征求沿街商户和周边居民意见后于明年一季度实施，具体泊位位置将另行公布。")


def _titled(title: str, headline: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _TEXT)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/tzgg/'>通知公告</a></div>"
            f"<div class='detail'><h2 class='d-tit'>{headline}</h2>"
            "<div class='d-info'>发布时间：2026-10-20</div>"
            f"<div class='d-con'>{paras}</div></div></body></html>")


@pytest.mark.parametrize(("title", "headline"), [
    ("关于调整城区部分路段停车泊位的公告-通知公告-某某市某某区人民代表大会常务委员会",
     "关于调整城区部分路段停车泊位的公告"),
    ("关于调整城区部分路段停车泊位的公告-通知公告-某某区交通运输局", "关于调整城区部分路段停车泊位的公告"),
])
def test_a_title_keeps_only_the_printed_headline(title: str, headline: str) -> None:
    doc = clean_html(_titled(title, headline), id="t")
    assert doc.meta.title == headline


def test_a_headline_with_a_subtitle_printed_whole_stays_whole() -> None:
    # the page prints the whole <title>: nothing to cut
    title = "城区停车泊位调整方案出台 新增公共泊位八百余个 明年一季度实施"
    doc = clean_html(_titled(title, title), id="t")
    assert doc.meta.title == title


def test_a_site_name_put_first_is_no_headline() -> None:
    # the site's name printed as a line, then the <title>'s channel and headline after it
    headline = "城区停车泊位调整方案出台 明年一季度实施"
    paras = "".join(f"<p>{p}</p>" for p in _TEXT)
    page = ("<html><head><meta charset='utf-8'>"
            f"<title>某某市某某区交通运输局-新闻发布-{headline}</title></head><body>"
            "<div class='logo'>某某市某某区交通运输局</div>"
            f"<div class='detail'><div class='d-info'>发布时间：2026-10-20</div>"
            f"<div class='d-con'>{paras}</div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title is not None
    assert headline in doc.meta.title


def _as_text(tail: str) -> str:
    return "\n".join(("关于调整城区部分路段停车泊位的公告", "发布时间：2026-10-20", *_TEXT, tail))


@pytest.mark.parametrize("tail", ["查询", "提案查询\n\n查询"])
def test_a_query_button_is_no_author(tail: str) -> None:
    doc = clean_text(_as_text(tail), id="t")
    assert doc.meta.authors == ()
    assert "查询" not in doc.text.splitlines()


@pytest.mark.parametrize("line", ["查询结果显示，该车辆无违章记录。", "查询：本人社保缴费记录"])
def test_a_line_about_a_query_stays(line: str) -> None:
    doc = clean_text(_as_text(line), id="t")
    assert line in doc.text.splitlines()


@pytest.mark.parametrize(("name", "person"), [
    ("立案庭", False), ("民二庭", False), ("刑事审判庭", False), ("某某法庭", False), ("执行庭", False),
    # a bare 庭 ends personal names too
    ("张庭", True), ("李家庭", True), ("何庭", True),
])
def test_a_court_division_is_no_author(name: str, person: bool) -> None:
    assert plausible_author(name) is person
