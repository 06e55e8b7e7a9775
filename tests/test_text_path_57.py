"""Text path round 57: the publisher and authors a page saved as text prints around its
headline, in its copyright box and its lead credit (invented pages and rows; counterexamples
keep what names no publisher)."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import credit_names, parse_date_row
from cleaners.names import clean_source

_BODY = ("\n为方便市民夜间学习，市图书馆从本月起在三楼开设夜间自习室，每天晚上开放至十点。\n"
         "\n自习室共设座位一百二十个，读者凭读者证刷卡进入，无需另行预约。\n"
         "\n图书馆工作人员表示，下一步还将根据使用情况调整开放时间。\n")
_HEADLINE = "市图书馆推出夜间自习室 每晚开放至十点"
_MENU = "首页\n要闻\n民生\n当前位置：首页 > 民生\n\n"


@pytest.mark.parametrize(("line", "source", "authors"), [
    # a news agency alone between the headline and the bare date row
    ("某海社", "某海社", ()),
    ("某某通讯社", "某某通讯社", ()),
    # the reporter and the paper parted by a slash
    ("贺某远/某川青年报", "某川青年报", ("贺某远",)),
])
def test_name_between_headline_and_bare_date(line: str, source: str,
                                             authors: tuple[str, ...]) -> None:
    page = _MENU + _HEADLINE + "\n\n" + line + "\n\n2025-12-04 08:30\n\n字号\n" + _BODY
    doc = clean_text(page, id="t")
    assert doc.meta.source_name == source
    assert doc.meta.authors == authors


@pytest.mark.parametrize("line", ["某某合作社", "某某旅行社", "相关/某川青年报"])
def test_cooperatives_and_labels_are_no_agency(line: str) -> None:
    page = _MENU + _HEADLINE + "\n\n" + line + "\n\n2025-12-04 08:30\n\n字号\n" + _BODY
    doc = clean_text(page, id="t")
    assert doc.meta.source_name is None
    assert doc.meta.authors == ()


@pytest.mark.parametrize("row", ["发布时间：10-0812:00", "发布时间：2025-10-08 12:00"])
def test_account_between_headline_and_post_row(row: str) -> None:
    page = ("到首页\n登录\n" + _HEADLINE + "\n\n某城夜读\n\n" + row + "\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.source_name == "某城夜读"


def test_persons_name_over_post_row_is_no_account() -> None:
    page = ("到首页\n登录\n" + _HEADLINE + "\n\n王建国\n\n发布时间：10-0812:00\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.source_name != "王建国"


@pytest.mark.parametrize(("row", "source"), [
    ("2025-09-05 11:10 某某玩家网[整理] 3", "某某玩家网"),
    ("2025-09-05 11:10 某某玩家网【编译】", "某某玩家网"),
])
def test_role_tag_after_the_outlet(row: str, source: str) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert found.source_name == source


def test_other_brackets_after_the_outlet_stay_unread() -> None:
    assert parse_date_row("2025-09-05 11:10 某某玩家网[视频]") is None


@pytest.mark.parametrize(("body", "names"), [
    ("记者贺某明 整合", ("贺某明",)),
    ("记者 贺某远 通讯员 岑某川 编译", ("贺某远", "岑某川")),
])
def test_credit_closed_by_its_work(body: str, names: tuple[str, ...]) -> None:
    assert credit_names(body) == names


def test_work_word_alone_is_no_credit() -> None:
    assert credit_names("整合") == ()


def test_lead_credit_closed_by_its_work_on_a_page() -> None:
    page = (_HEADLINE + "\n\n2025-10-04 20:30 来源: 某城网\n\n"
            "某城网10月4日讯（记者贺某远 整合） 国庆长假过半，市图书馆夜间自习室每天座无虚席，"
            "不少市民专程前来学习。\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("贺某远",)


def test_copyright_box_row_names_the_source() -> None:
    page = (_MENU + _HEADLINE + "\n" + _BODY + "\n赞 0 分享\n"
            "发布日期：2025-09-23 14:34:05 所属分类： 头条\n标签：\n"
            "  • 版权声明 来源：某川商报 时间：2025-09-23 14:34:05 作者：\n"
            "  • 转载请注明： 市图书馆推出夜间自习室 | 某川商报\n")
    doc = clean_text(page, id="t")
    assert doc.meta.source_name == "某川商报"


def test_copyright_notice_without_fields_names_none() -> None:
    page = (_MENU + _HEADLINE + "\n\n2025-09-23 14:34\n" + _BODY
            + "\n  • 版权声明：本站文章未经许可不得转载\n")
    doc = clean_text(page, id="t")
    assert doc.meta.source_name is None


@pytest.mark.parametrize(("raw", "name"), [
    ("转载自某川日报", "某川日报"),
    ("来源：转自某城网", "某城网"),
    ("转载自网络", None),
])
def test_repost_verb_is_no_part_of_the_name(raw: str, name: str | None) -> None:
    assert clean_source(raw) == name
