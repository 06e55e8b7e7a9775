"""Reprints and self-media posts on commercial portals saved as text (gold_like gl396-gl401):
an editor's row with the outlet's name before the role (某某新闻编辑｜某某) is a credit like
``编辑｜某某``; a column's label over an opinion piece (某某观察｜特约评论员文章) is no headline
over a subtitle, the line under it is the headline."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from tests.scripts import to_traditional

_BODY = ["随着人口老龄化程度加深，越来越多的家庭开始关注居家适老化改造，社区也在想办法。",
         "适老化改造，首先要因人而改，改造前应当上门评估，听听老人和家属的意见。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("kicker", ["某某观察｜特约评论员文章", "【某某论坛】本报评论员", "某某时评"])
def test_a_columns_label_over_the_headline_is_no_headline(script: str, kicker: str) -> None:
    head = "让适老化改造改到老人心坎上"
    page = "\n".join(["某某在线", kicker, head,
                      "2025-09-16 08:05　来源：某某在线　作者：特约评论员 某某某", *_BODY,
                      "责任编辑：某某"])
    if script == "hant":
        page, head = to_traditional(page), to_traditional(head)
    doc = clean_text(page, id="column")
    assert doc.meta.title == head
    assert head not in doc.text


def test_a_headline_over_its_subtitle_keeps_the_headline() -> None:
    # a line of headline size over the line above the row, no column's label: the headline
    head = "城市更新留旧又添新 百年老厂房变身社区图书馆"
    page = "\n".join(["某某网", head, "开放两个月接待读者三万余人次",
                      "2025-11-12 16:05:33　来源：某某网", *_BODY])
    assert clean_text(page, id="sub").meta.title == head


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_an_outlets_editor_row_goes_with_its_reporter_row(script: str) -> None:
    head = "快递末端网点开始抱团 共配中心能否破解派费难题"
    page = "\n".join(["某某新闻", head, "某某新闻记者｜某某某", "某某新闻编辑｜某某",
                      "2025-10-21 14:18 · 来源：某某新闻", *_BODY])
    want = _BODY
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in _BODY]
    assert clean_text(page, id="credit").text.split("\n") == want


_LEAD = ("走进某某市河西区的社区书房，一排排书架沿着原来的车间立柱排开，墙上还保留着当年的生产标语。"
         "这座由老厂房改造而成的图书馆，开放两个月来已接待读者三万余人次。")


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize(("credit", "authors"), [
    ("【某某视点网报道 记者 程雨薇】", ("程雨薇",)),
    ("【某某网讯 记者 程雨薇 实习生 钱佳琪】", ("程雨薇", "钱佳琪")),
])
def test_a_sites_bracketed_lead_names_its_reporters(script: str, credit: str,
                                                    authors: tuple[str, ...]) -> None:
    page = "\n".join(["某某网", "城市更新留旧又添新 百年老厂房变身社区图书馆",
                      "2025-11-12 16:05:33  来源：某某视点网", credit + _LEAD, _BODY[0]])
    if script == "hant":
        page = to_traditional(page)
        authors = tuple(to_traditional(a) for a in authors)
    doc = clean_text(page, id="lead")
    assert doc.meta.authors == authors
    assert doc.text.split("\n")[0] == (to_traditional if script == "hant" else str)(credit + _LEAD)


@pytest.mark.parametrize("opening", ["【某某网报道】", "【记者调查】", "【某某网讯 记者节特别策划】"])
def test_a_bracketed_lead_with_no_reporter_names_none(opening: str) -> None:
    page = "\n".join(["某某网", "城市更新留旧又添新 百年老厂房变身社区图书馆",
                      "2025-11-12 16:05:33  来源：某某视点网", opening + _LEAD, _BODY[0]])
    assert clean_text(page, id="lead").meta.authors == ()


_ITEM = ("【两部门：明年起动力电池实行溯源编码管理】某某财经11月26日电，记者从有关部门获悉，明年1月1日起，"
         "新生产的动力电池将统一赋予溯源编码，生产、销售、回收等环节信息须按要求上传。")
_FEED_HEAD = ["某某财经", "首页  7×24  行情  公司  宏观  APP", "7×24小时快讯",
              "2025年11月26日 星期三"]
_NEWER = ["10:58", "国内首条跨省氢能重卡干线物流通道启用", "10:51", "两市成交额突破8000亿元"]
_OLDER = ["10:35", "多家银行下调大额存单利率", "10:20", "国际油价小幅回落", "加载更多"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("newer", [True, False])
def test_a_feeds_flash_item_under_newer_items_is_the_article(script: str, newer: bool) -> None:
    page = "\n".join([*_FEED_HEAD, *(_NEWER if newer else []), "10:42", _ITEM, *_OLDER])
    item, head = _ITEM, "两部门：明年起动力电池实行溯源编码管理"
    if script == "hant":
        page, item, head = to_traditional(page), to_traditional(_ITEM), to_traditional(head)
    doc = clean_text(page, id="flash")
    assert doc.text == item
    assert doc.meta.title == head
    assert doc.meta.date == "2025-11-26"


def test_a_live_reports_first_time_is_no_flash_item() -> None:
    # a time over a paragraph with no bracketed headline: the page's headline stays above it
    head = "某某马拉松今日鸣枪开跑 三万名选手参赛"
    body = ["7时30分，随着发令枪响，三万名选手从市民广场出发，沿滨江大道向东奔跑。",
            "赛道沿线设置了二十个补给站和十个医疗点，数百名志愿者在各点位提供服务。"]
    doc = clean_text("\n".join(["某某体育", head, "07:30", *body]), id="live")
    assert doc.meta.title == head
    assert doc.text.split("\n")[-2:] == body


def test_a_headline_ending_in_a_pieces_kind_is_no_columns_label() -> None:
    # the column's name is set apart from the kind (｜, 】, a space); a headline that ends in
    # the word (…时事评论员) over its subtitle stays the headline
    head = "十年坚持做社区时事评论员"
    page = "\n".join(["某某在线", head, "一位退休教师十年坚持为社区报写评论的心路历程",
                      "2025-09-16 08:05　来源：某某在线", *_BODY])
    assert clean_text(page, id="own").meta.title == head
