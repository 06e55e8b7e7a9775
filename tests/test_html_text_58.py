"""HTML pages saved as text, round 58: an ad slot's label glued to a shop's sale, a teaser card's
headline over its view count between paragraphs, a pager's jump form, a breadcrumb's last crumb
over the headline it prints, and a header's welcome line or a channel's Latin name no headline
(invented pages; counterexamples keep what only looks so)."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_P1 = "眼下正是冬修水利的好时候，某某镇组织三支施工队，对辖区内十二条灌渠进行清淤加固。"
_P2 = "镇水利站负责人介绍，今年的工程预计在春耕前全部完工，可改善灌溉面积三千多亩。"
_P3 = "不少村民表示，渠道修好后，明年种田用水就不用再发愁了。"


def _page(middle: str, head: str = "某某镇冬修水利忙\n\n2026-12-01 09:30 来源：某某融媒\n\n") -> str:
    return f"{head}{_P1}\n\n{middle}\n\n{_P2}\n\n{_P3}\n"


@pytest.mark.parametrize("ad", ["广告年货节 全场满199减100", "广告家电焕新季 全场5折起",
                                "广告某某超市 周末买一送一"])
def test_shop_sale_under_its_ad_label_goes(ad: str) -> None:
    doc = clean_text(_page(ad))
    assert ad not in doc.text
    assert _P1 in doc.text
    assert _P2 in doc.text


@pytest.mark.parametrize("line", ["广告法对“满199减100”的促销标注有明确规定。",
                                  "年货节 全场满199减100"])
def test_sale_lines_with_no_ad_label_stay(line: str) -> None:
    doc = clean_text(_page(line))
    assert line in doc.text


@pytest.mark.parametrize("count", ["1.2万阅读", "阅读 3.1万", "3,621 次浏览"])
def test_teaser_headline_over_its_count_between_paragraphs_goes(count: str) -> None:
    doc = clean_text(_page(f"某某县小麦种植面积今年将突破十万亩\n\n{count}"))
    assert "十万亩" not in doc.text
    assert count not in doc.text
    assert _P1 in doc.text
    assert _P2 in doc.text


def test_subheading_with_no_count_stays() -> None:
    doc = clean_text(_page("某某县小麦种植面积今年将突破十万亩"))
    assert "某某县小麦种植面积今年将突破十万亩" in doc.text


def test_headline_over_its_own_count_is_the_title() -> None:
    doc = clean_text("某某镇冬修水利忙\n\n1.2万阅读\n\n2026-12-01 09:30 来源：某某融媒\n\n"
                     f"{_P1}\n\n{_P2}\n\n{_P3}\n")
    assert doc.meta.title == "某某镇冬修水利忙"
    assert _P1 in doc.text


@pytest.mark.parametrize("form", ["跳转到第页", "跳到第 页 确定", "转到第 1 2 3 页 GO"])
def test_pager_jump_form_goes(form: str) -> None:
    doc = clean_text(_page("") + f"\n本文共3页 当前第1页\n\n{form}\n")
    assert form not in doc.text


def test_sentence_on_turning_to_a_page_stays() -> None:
    line = "跳转到第3页就能看到全部获奖名单。"
    doc = clean_text(_page(line))
    assert line in doc.text


def test_breadcrumb_last_crumb_over_the_headline() -> None:
    page = ("某某学院\n\n  • 首页\n  • 学院新闻\n  • 某某学院师生赴山区开展科普支教活动\n\n"
            "某某学院师生赴山区开展科普支教活动\n\n2026-11-24 文/图：某某 浏览次数：412\n\n"
            f"{_P1}\n\n{_P2}\n\n{_P3}\n")
    doc = clean_text(page)
    assert doc.meta.title == "某某学院师生赴山区开展科普支教活动"
    assert "支教活动" not in doc.text
    assert _P1 in doc.text


def test_welcome_line_with_search_link_is_no_headline() -> None:
    page = ("欢迎访问某某县农业农村局网站站内搜索 | 网站地图\n某某县农业农村局\n\n  • 首页\n"
            "  • 机构概况\n  • 农业动态\n  • 通知公告\n\n农业动态\n\nAGRICULTURE NEWS\n\n"
            "当前位置：首页 > 农业动态\n发布时间：2026-12-02 10:18　 来源：县农技站　 浏览：186\n\n"
            f"{_P1}\n\n{_P2}\n\n{_P3}\n")
    doc = clean_text(page)
    assert doc.meta.title is None
    assert "欢迎访问" not in doc.text
    assert "AGRICULTURE" not in doc.text
    assert doc.text.startswith(_P1)


def test_latin_headline_over_latin_text_stays() -> None:
    page = ("CITY COUNCIL VOTES\n\n2026-12-02 10:18\n\n"
            "The city council voted on Tuesday to extend the night bus service for a year.\n\n"
            "The service will run every thirty minutes after midnight on weekdays.\n")
    doc = clean_text(page)
    assert doc.meta.title == "CITY COUNCIL VOTES"
