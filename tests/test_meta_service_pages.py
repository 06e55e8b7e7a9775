"""Heads of service and app pages: a record's code field, a contents list's numbered item or a
tab row with counts above the headline is no headline; a verb-dated row the chrome took out
(更新于 2025-… · counts) still dates the page."""

from __future__ import annotations

from cleaners import clean_text

_BODY = ("市场监管部门接到反映后，立即组织执法人员赶赴现场核查，责令商户限期整改，并对周边同类商户开展了"
         "排查，共发现并督促整改问题七处。\n"
         "下一步，部门将建立常态化巡查机制，对整改情况开展回头看，确保问题不反弹，群众反映的问题件件有着落。")


def test_a_code_field_between_headline_and_date_row_is_no_headline() -> None:
    page = ("关于菜市场占道经营的投诉\n受理编号：SL2025031100987\n办理类型：投诉\n"
            "受理时间：2025-03-11 10:20\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "关于菜市场占道经营的投诉"


def test_a_headline_of_letters_and_digits_after_a_label_is_still_read() -> None:
    # a headline that opens with its place and a colon, a Han value: still the headline
    page = "某某县：春耕备耕有序推进\n发布时间：2025-03-11 10:20\n" + _BODY
    assert clean_text(page, id="t").meta.title == "某某县：春耕备耕有序推进"


def test_a_numbered_contents_item_over_the_headline_is_no_headline() -> None:
    page = ("本期内容：\n1.全区春季植树活动启动\n2.老旧小区改造项目全面开工\n\n"
            "老旧小区改造项目全面开工\n\n发布时间：2025-03-11 19:05\n\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "老旧小区改造项目全面开工"
    assert "老旧小区改造项目全面开工" not in doc.text


def test_a_tab_row_with_counts_is_no_headline() -> None:
    page = ("公司主页  在招职位(12)  新闻动态  员工点评\n某某科技公司新品发布会成功举办\n"
            "2025-06-30 来源：某某科技\n" + _BODY)
    assert clean_text(page, id="t").meta.title == "某某科技公司新品发布会成功举办"


def test_a_verb_dated_row_taken_out_as_chrome_dates_the_page() -> None:
    page = ("手机摄影入门：拍出好看的日常\n更新于 2025-07-22 · 已更新 20/20 节 · 3.2万人学过\n"
            "¥99 ¥199\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.date == "2025-07-22"
    assert "人学过" not in doc.text
    assert "¥99" not in doc.text

