"""The general shapes the seed families' pages of the last round's open probes
(tests/fixtures/gold_like/gl340-gl345) found our text path getting wrong, each checked on an
invented line or page with counterexamples."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import duty_rows_above_headline
from cleaners.meta import bare_label_cells

# --- a county paper's 来源 and 作者 cells saved glued, with no space and no colon: the rows
# (a date glued after the writer, a date first) are in tests/test_html_unseen25.py, whose
# splitter both rounds wrote -------------------------------------------------------------------


# --- a copied 公众号 post whose row dates it relatively (原创 某某 某某号 昨天) ------------------

_POST_BODY = ("　　今年以来，某某区依托社区党群服务中心建成“红色驿站”四十六个，为快递员、外卖送餐员"
              "等新就业群体提供饮水、休息、充电等服务。",
              "　　区委组织部有关负责人介绍，下一步将推动驿站向产业园区、商圈延伸。")


@pytest.mark.parametrize("age", ["昨天", "3天前", "5小时前"])
def test_a_post_row_with_a_relative_day_names_its_account_and_writer(age: str) -> None:
    page = ["把“红色驿站”建在快递员身边", f"原创 某某某 某某组工 {age}", "某某组工", *_POST_BODY]
    doc = clean_text("\n".join(page), id="post_relative_day")
    assert (doc.meta.source_name, doc.meta.authors, doc.meta.date) == ("某某组工", ("某某某",), None)
    assert doc.text.split("\n") == [line.strip("　") for line in _POST_BODY]


def test_a_feed_list_item_with_an_age_still_goes() -> None:
    # counterexample: an aggregator's item row (headline, feed, age) with no 原创 mark
    page = ["把“红色驿站”建在快递员身边", "发布时间：2025-11-29　来源：某某组工", *_POST_BODY,
            "县域公交开通新线路 某某日报 2小时前"]
    doc = clean_text("\n".join(page), id="feed_item_after")
    assert "某某日报" not in doc.text


# --- a leader's card under the article (职务 / 姓名 / 某某，男，汉族，…现任…) --------------------

_NEWS_HEAD = ["某某县人民政府", "当前位置：首页 > 要闻动态 > 政务要闻", "某某某调研冬季森林防火工作",
              "发布时间：2025-11-26 09:12　信息来源：县委办公室"]
_NEWS_BODY = ["　　11月25日，县委书记某某某深入青岗乡、白鹭镇，调研冬季森林防火工作，看望慰问一线护林员。",
              "　　某某某强调，当前已进入森林防火紧要期，要把火源管控作为重中之重，严防死守、不留死角。"]
_RESUME_LINE = ("某某某，男，汉族，1975年3月生，某某省某某县人，研究生学历，1997年7月参加工作，"
                "现任中共某某县委书记。")


def test_a_leader_card_under_the_article_goes() -> None:
    page = [*_NEWS_HEAD, *_NEWS_BODY, "【打印本页】【关闭窗口】", "县委书记", "某某某", _RESUME_LINE,
            "主办：某某县人民政府办公室"]
    doc = clean_text("\n".join(page), id="leader_card")
    assert doc.text.split("\n") == [line.strip("　") for line in _NEWS_BODY]


def test_a_resume_that_is_the_page_s_text_stays() -> None:
    # counterexample: a 领导之窗 page whose text is the résumé, no paragraph over it
    page = ["某某县人民政府", "当前位置：首页 > 政务公开 > 领导之窗", "县委书记", "某某某", _RESUME_LINE]
    doc = clean_text("\n".join(page), id="leader_page")
    assert "现任中共某某县委书记" in doc.text


@pytest.mark.parametrize("card", [
    # counterexamples: a 公示's record under its name with no office line over it; a card with
    # the article going on under it; a résumé naming someone else than the name line
    ["某某某", _RESUME_LINE],
    ["县委书记", "某某某", _RESUME_LINE, _NEWS_BODY[1].replace("强调", "指出")],
    ["县委书记", "某某乙", _RESUME_LINE],
])
def test_a_resume_not_in_a_leader_card_stays(card: list[str]) -> None:
    page = [*_NEWS_HEAD, *_NEWS_BODY, *card]
    doc = clean_text("\n".join(page), id="not_a_card")
    assert "现任中共某某县委书记" in doc.text


# --- a 政务公开 index table printed a cell a line with no colons -------------------------------

_TABLE = ["索引号", "114309230061234567/2025-00211", "发文机关", "某某县农业农村局", "成文日期",
          "2025-11-20", "发布日期", "2025-11-21", "文号", "某农发〔2025〕18号", "主题分类", "农业、畜牧"]
_NOTICE = ["某某县农业农村局关于做好2025年冬季动物疫病防控工作的通知", "各乡镇人民政府，县直有关单位：",
           "　　进入冬季以来，气温持续走低，动物疫病发生风险加大。为切实做好冬季动物疫病防控工作，"
           "现将有关事项通知如下：",
           "　　一、全面开展强制免疫。各乡镇要组织村级防疫员开展查漏补免，做到应免尽免。"]


def test_a_colonless_index_table_is_read_whole() -> None:
    page = ["某某县人民政府", "首页　政务公开　政务服务　互动交流", "您所在的位置：首页 > 政务公开",
            *_TABLE, *_NOTICE]
    doc = clean_text("\n".join(page), id="colonless_table")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        _NOTICE[0], "2025-11-21", "某某县农业农村局")
    assert doc.text.split("\n") == [line.strip("　") for line in _NOTICE[1:]]


@pytest.mark.parametrize(("lines", "cells"), [
    (["文号", "某农发〔2025〕18号", "主题分类", "农业"], {0, 1, 2, 3}),
    # counterexamples: one label cell alone; labels stacked with no value under them
    (["首页", "文号", "某农发〔2025〕18号", "政务公开"], set()),
    (["文号", "主题分类", "发布日期"], set()),
])
def test_bare_label_cells(lines: list[str], cells: set[int]) -> None:
    assert bare_label_cells(lines) == cells


def test_a_page_tool_word_over_a_menu_item_is_no_table_cell() -> None:
    # counterexample: 来源 and 分享 are labels meta reads, but no index table's cells
    assert bare_label_cells(["分享", "微信", "来源", "首页"]) == set()


# --- a 领导之窗 / 领导分工 sidebar saved above the headline, with no breadcrumb -------------------

_SIDEBAR = ["某某区人民政府", "首页　政务公开　政务服务　互动交流", "领导之窗", "区长　某某甲", "副区长　某某乙",
            "领导分工", "某某甲：主持区政府全面工作，分管审计方面工作。",
            "某某乙：负责教育、文化旅游、卫生健康、民政等方面工作。"]
_ITEM = ["某某甲主持召开区政府常务会议", "发布时间：2025-11-28 16:40　来源：区政府办公室",
         "　　11月28日，区长某某甲主持召开区政府第42次常务会议，研究今冬明春保供稳价、重点项目建设等工作。",
         "　　会议还研究了其他事项。"]


def test_duty_rows_above_the_headline_go() -> None:
    doc = clean_text("\n".join([*_SIDEBAR, *_ITEM]), id="duty_rows_above")
    assert (doc.meta.title, doc.meta.source_name) == (_ITEM[0], "区政府办公室")
    assert doc.text.split("\n") == [line.strip("　") for line in _ITEM[2:]]


def test_duty_rows_under_the_headline_are_the_text() -> None:
    # counterexample: a notice of the leaders' new division of work
    page = ["关于调整区政府领导工作分工的通知", "发布时间：2025-11-28 16:40　来源：区政府办公室",
            "　　因工作需要，经区政府研究，现将区政府领导工作分工调整如下：", *_SIDEBAR[6:]]
    doc = clean_text("\n".join(page), id="duty_rows_notice")
    assert "主持区政府全面工作" in doc.text
    assert "负责教育、文化旅游" in doc.text


@pytest.mark.parametrize("above", [
    # counterexamples: one duty row only; a paragraph among the lines above the headline
    [*_SIDEBAR[:7]],
    [*_SIDEBAR, "　　区政府近日印发通知，明确了各位副区长的分工，要求各部门主动对接、抓好落实。"],
])
def test_duty_rows_stay_unless_a_sidebar_holds_them(above: list[str]) -> None:
    assert duty_rows_above_headline(above + _ITEM[:2], list(range(len(above) + 2))) == set()
