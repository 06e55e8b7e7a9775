"""Text path round 56: rows saved from HTML as text with their spans glued, read as the HTML path
reads them (invented pages and rows; counterexamples keep what is no glued control)."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_date_row, parse_meta_line

_BODY = ("\n为方便市民夜间学习，市图书馆从本月起在三楼开设夜间自习室，每天晚上开放至十点。\n"
         "\n自习室共设座位一百二十个，读者凭读者证刷卡进入，无需另行预约。\n"
         "\n图书馆工作人员表示，下一步还将根据使用情况调整开放时间。\n")


@pytest.mark.parametrize(("row", "source", "authors"), [
    # a counter glued to the reporter's name, the outlet glued to 记者
    ("2025-12-04 08:30来源：某川日报记者 贺某远阅读 8421", "某川日报", ("贺某远",)),
    # the row's date glued to the reporter's name
    ("来源：某岭观察记者 岑某川2026年03月14日 10:05", "某岭观察", ("岑某川",)),
    ("来源：某溪县融媒体中心记者 许某禾2026-11-25 14:20阅读 2.3万", "某溪县融媒体中心", ("许某禾",)),
    # a comment counter glued to the author, a report button to the outlet
    ("2025-05-21 16:05来源：某海日报作者：岳某评论(3)", "某海日报", ("岳某",)),
    ("2025-11-24 08:15:32　来源: 某江晚报举报", "某江晚报", ()),
    # a button with its verb (我要纠错) goes whole, no name left of it
    ("2025-12-01 10:20 来源：某江晚报 作者：某某通小编 我要纠错", "某江晚报", ()),
    # a view count glued to the source's name, its icon lost
    ("2025-10-29 10:16:45作者：宋某哲来源：某协会秘书处212", "某协会秘书处", ("宋某哲",)),
])
def test_glued_row_tails_are_no_part_of_names(row: str, source: str,
                                              authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.source_name == source
    assert found.authors == authors
    assert found.date


def test_share_button_glued_to_a_bare_rows_outlet() -> None:
    found = parse_date_row("2025/03/18 14:32某部時報分享LINE")
    assert found is not None
    assert found.source_name == "某部時報"


@pytest.mark.parametrize(("row", "source"), [
    # no date on the row: a word that is a button's is the name's own
    ("来源：网友举报", "网友举报"),
    # a counter's word with no number is a name's (某某评论 is a column)
    ("2025-05-21 来源：某海时事评论", "某海时事评论"),
    # a number after a date's character is the date's, not a count
    ("来源：某某日报 2025年5月6", "某某日报"),
])
def test_names_that_only_look_glued_stay(row: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.source_name == source


def test_glued_row_on_a_page() -> None:
    page = ("市图书馆推出夜间自习室 每晚开放至十点\n\n"
            "2025-12-04 08:30来源：某川日报记者 贺某远阅读 8421\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.source_name == "某川日报"
    assert doc.meta.authors == ("贺某远",)
    assert "阅读 8421" not in doc.text


@pytest.mark.parametrize("label", ["相关", "关注", "关于", "全文", "\u200b关注"])
def test_page_labels_are_no_authors(label: str) -> None:
    from cleaners.names import plausible_author
    assert not plausible_author(label)


@pytest.mark.parametrize("name", ["关晓彤", "相如", "全某某", "时某"])
def test_names_on_those_surnames_stay_authors(name: str) -> None:
    from cleaners.names import plausible_author
    assert plausible_author(name)


def test_related_heading_after_the_article_is_no_byline() -> None:
    page = ("某某小学的图书角开进第三年\n\n作者  唐某发布于 2025年9月8日\n" + _BODY
            + "\n分享：\n\n相关\n\n给孩子们的寒假书单\n\n2024年11月30日\n")
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("唐某",)


def test_answerers_follow_button_between_card_and_votes() -> None:
    page = ("为什么老城区越来越多地选择微更新？\n\n秦某舒\n城市规划师，关注社区与公共空间\n"
            "\u200b关注\n1,204 人赞同了该文章\n" + _BODY + "\n发布于 2025-10-12 21:47\n")
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("秦某舒",)


_HEADER = ("报料 注册 登录\n下载APP\n精选\n视频\n时事\n财经\n思想\n生活\n问答\n订阅\n"
           "首页 > 某栏目\n\n")


def test_subscribe_link_over_the_breadcrumb_names_no_account() -> None:
    page = _HEADER + "某市夜间自习室开放至十点\n\n某某社\n\n2020-01-03 18:13\n\n字号\n" + _BODY
    doc = clean_text(page, id="t")
    assert doc.meta.source_name != "问答"


def test_account_over_its_follow_button_is_still_read() -> None:
    # the counterexample: a menu, the account, its follow button, then the post (no trail)
    page = ("首页\n推荐\n热点\n某某观察\n关注\n\n某市夜间自习室开放至十点\n\n"
            "2020-01-03 18:13\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.source_name == "某某观察" or "某某观察" in doc.meta.authors


@pytest.mark.parametrize("row", ["2025-03-16 作者：林某叶 约 1200 字 · 预计阅读 4 分钟",
                                 "作者：林某叶 预计阅读 4 分钟", "作者：林某叶 阅读时间：约 6 分钟"])
def test_reading_time_closing_a_row_is_no_author(row: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.authors == ("林某叶",)
