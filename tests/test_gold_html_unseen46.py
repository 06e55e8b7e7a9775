"""The general defects the six saved pages of unseen site families (gold_html gh290-gh295: a
sports federation's match report with a score table, a bank's press release, a museum's
exhibition notice, a tourism bureau's page with a carousel, a public library's lecture notice, a
fire-rescue detachment's news) showed, pinned on invented pages with their counterexamples: an
event's box of labelled rows (展览时间：… / 展览地点：…) printed apart from the text's container,
and an event's time among its notice's rows at the container's head, no date row."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.meta import event_particulars

_TEXT = ("由某某市美术馆主办的“水墨江南——某某画派作品展”将于5月10日在美术馆一号展厅开幕，展出作品八十余件。",
         "展览分为“山居”“水乡”“人物”三个部分，其中二十余件作品为首次公开展出。",
         "展览期间，美术馆还将举办画家见面会和少儿写生课等活动，观众可通过官方网站预约参观。")


def _page(box: str, side: str = "") -> str:
    # a museum's notice: headline and date row, a box of rows apart, the text's own container
    paras = "".join(f"<p>{p}</p>" for p in _TEXT)
    return ("<html><head><meta charset='utf-8'><title>水墨江南作品展即将开幕</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/zl/'>展览</a><a href='/jy/'>教育</a></div>"
            "<div class='main'><h2 class='title'>水墨江南作品展即将开幕</h2>"
            "<div class='meta'><span>发布时间：2026-04-28</span><span>阅读量：88</span></div>"
            f"{box}<div class='rich-text'>{paras}</div></div>"
            f"<div class='side'>{side}</div></body></html>")


def _rows(*rows: str) -> str:
    return "<div class='info'>" + "".join(
        f"<div class='row'><span>{r.split('：')[0]}：</span><span>{r.split('：')[1]}</span></div>"
        for r in rows) + "</div>"


_EVENT = ("展览时间：2026年5月10日—7月10日", "展览地点：美术馆一号展厅", "主办单位：某某市美术馆、某某画院")


def test_an_exhibitions_box_of_rows_above_its_text_is_the_notices() -> None:
    doc = clean_html(_page(_rows(*_EVENT)), id="t")
    assert doc.text.splitlines() == [*_EVENT, *_TEXT]
    assert (doc.meta.title, doc.meta.date) == ("水墨江南作品展即将开幕", "2026-04-28")


@pytest.mark.parametrize("rows", [
    # a catalogue's rows: no event's time nor place
    ("索引号：000000-2026-00012", "发布机构：某某市文化局", "主题分类：文化"),
    # a time with no place: no event's box
    ("展览时间：2026年5月10日—7月10日", "主办单位：某某市美术馆"),
])
def test_rows_that_are_no_events_box_stay_out(rows: tuple[str, ...]) -> None:
    doc = clean_html(_page(_rows(*rows)), id="t")
    assert doc.text.splitlines() == list(_TEXT)


def test_a_sidebars_rows_not_under_the_headline_stay_out() -> None:
    # the visitor's box (开放时间 / 地址) in a side column, not right above the text
    side = _rows("开放时间：周二至周日9:00—17:00", "场馆地址：某某市文化路1号")
    doc = clean_html(_page("", side), id="t")
    assert doc.text.splitlines() == list(_TEXT)


def test_an_exhibitions_rows_are_an_events_particulars() -> None:
    lines = ["水墨江南作品展即将开幕", *_EVENT, *_TEXT]
    assert event_particulars(lines) == frozenset({1, 2, 3})
    # a footer's sponsor and address: no event's time and place
    assert event_particulars([*_TEXT, "主办单位：某某市美术馆", "地址：某某市文化路1号"]) == frozenset()


def test_an_exhibitions_rows_saved_as_text_stay_and_the_page_keeps_its_date() -> None:
    text = ("首页 > 展览 > 展览预告\n\n水墨江南作品展即将开幕\n\n发布时间：2026-04-28 阅读量：88\n"
            + "\n".join(_EVENT) + "\n" + "\n".join(_TEXT) + "\n")
    doc = clean_text(text, id="t")
    assert doc.text.splitlines() == [*_EVENT, *_TEXT]
    assert doc.meta.date == "2026-04-28"


_LECTURE = ("四季流转是古人诗文里常见的题材，本次讲座将选取十余首名篇进行赏析，带领读者体会古典诗文之美。",
            "讲座免费向公众开放，读者可通过图书馆微信公众号预约，现场凭预约码入场。")


def _lecture(head: str) -> str:
    # an old table template: the headline, the date row, then the notice in one cell
    paras = "".join(f"<p>{p}</p>" for p in _LECTURE)
    return ("<html><head><meta charset='utf-8'><title>图书馆--讲座预告--“诗文里的四季”读书讲座</title></head>"
            "<body><table><tr><td class='biaoti'>“诗文里的四季”读书讲座</td></tr>"
            "<tr><td class='info'>发布日期：2026-03-02</td></tr>"
            f"<tr><td class='content'>{head}{paras}</td></tr></table></body></html>")


def test_a_lectures_time_among_its_rows_is_the_notices() -> None:
    head = ("<p><strong>讲座主题：</strong>诗文里的四季</p>"
            "<p><strong>讲座时间：</strong>2026年3月8日（星期日）14:30—16:30</p>"
            "<p><strong>讲座地点：</strong>图书馆三楼报告厅</p>")
    doc = clean_html(_lecture(head), id="t")
    assert doc.text.splitlines()[:3] == ["讲座主题：诗文里的四季",
                                         "讲座时间：2026年3月8日（星期日）14:30—16:30",
                                         "讲座地点：图书馆三楼报告厅"]
    assert doc.meta.date == "2026-03-02"


def test_a_publishing_time_over_a_row_is_still_the_pages() -> None:
    # counterexample: the container's own date row (发布时间), a labelled row under it
    head = "<p>发布时间：2026-03-02 10:00</p><p>主讲人：张某某</p>"
    doc = clean_html(_lecture(head), id="t")
    assert "发布时间" not in doc.text
    assert doc.meta.date == "2026-03-02"


@pytest.mark.parametrize(("lines", "found"), [
    # an event's rows in traditional script: each script's variant of the label pattern holds a
    # group of its own, and the label is read whichever caught it
    (["展覽時間：2026年5月10日—7月10日", "展覽地點：美術館一號展廳", "主辦單位：某某市美術館"], {0, 1, 2}),
    (["講座時間：2026年3月8日14:30", "講座地點：圖書館報告廳"], {0, 1}),
    (["店名：某某小館", "人均：45元", "地址：某某路1號"], {0, 1, 2}),
    # counterexample: a footer's sponsor and address in traditional script
    (["主辦單位：某某市美術館", "地址：某某市文化路1號"], set()),
])
def test_an_events_rows_in_traditional_script_are_its_particulars(
        lines: list[str], found: set[int]) -> None:
    assert event_particulars(lines) == frozenset(found)


@pytest.mark.parametrize(("row", "kept"), [
    # the event's row naming it as the headline does: the notice's particulars, kept
    ("讲座主题：“阅读与城市记忆”主题讲座", True),
    ("报告题目：“阅读与城市记忆”主题讲座", True),
    # the headline printed again over the text, with nothing before it: a repeat, gone
    ("“阅读与城市记忆”主题讲座", False),
])
def test_an_event_row_holding_the_headline_is_no_repeat_of_it(row: str, kept: bool) -> None:
    rows = [row, "讲座时间：2025年4月12日（周六）14:30", "讲座地点：某某市图书馆二楼报告厅",
            "本次讲座将从城市发展史的角度，讲述阅读如何塑造一座城市的记忆，欢迎广大读者报名参加。"]
    body = "".join(f"<p>{r}</p>" for r in rows)
    page = ("<html><head><meta charset='utf-8'><title>“阅读与城市记忆”主题讲座-某某图书馆</title>"
            "</head><body><div class='article'><h1>“阅读与城市记忆”主题讲座</h1>"
            "<div class='info'>发布时间：2025-04-02 来源：某某图书馆</div>"
            f"<div class='content'>{body}</div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title == "“阅读与城市记忆”主题讲座"
    assert (doc.text.split("\n")[0] == row) == kept
    assert doc.text.split("\n")[-1].startswith("本次讲座")
