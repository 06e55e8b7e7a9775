"""chrome.blocks ad_slot_lines and chart_leftovers: an embedded widget's leftovers between an
article's paragraphs. An ad slot's short line between its labels (赞助内容 … 广告) goes; a
chart's axis, unit and legend rows over its library's credit (Highcharts.com) go. A line
between one label and a paragraph, and short rows with no credit under them, stay."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import ad_slot_lines, chart_leftovers

PARAS = [
    "今年以来，全市老旧小区加装电梯工作明显提速，截至10月底已完工投用数百台。",
    "住建部门介绍，加装电梯最难的是协调低层住户的意见，多个街道推行议事会制度。",
    "在审批环节，相关部门将分散的手续整合为一次申报，平均审批时间大幅缩短。",
    "下一步，全市将重点推进成片加装，争取明年完成更多任务。",
]
HEAD = ["老旧小区加装电梯提速", "2025-11-27 07:45 来源：某某晨报"]
CHART = ["2021", "2022", "2023", "2024", "单位：亿元", "同比增长（%）", "增加值"]


def _kept(page: list[str]) -> list[str]:
    return [ln for ln in clean_text("\n".join(page)).text.split("\n") if ln.strip()]


def test_ad_slot_between_paragraphs_goes() -> None:
    page = [*HEAD, PARAS[0], "广告", "×关闭", PARAS[1], "赞助内容", "某某好物节 全场满199减50", "广告",
            *PARAS[2:]]
    assert _kept(page) == PARAS


def test_line_under_one_label_only_stays() -> None:
    ui = ["赞助内容", "某某好物节 全场满199减50", "下一段正文在这里。"]
    assert ad_slot_lines(ui, [1, 2]) == set()
    # a stopped line between two labels is a paragraph, not the ad's
    ui = ["广告", "家住东城区的林阿姨说，电梯装好以后每天都能下楼走一走。", "广告"]
    assert ad_slot_lines(ui, [1]) == set()
    assert ad_slot_lines(["广告", "全场满199减50", "广告"], [1]) == {1}


def test_chart_rows_over_its_credit_go() -> None:
    page = [*HEAD, PARAS[0], PARAS[1], *CHART, "点击查看大图", "Highcharts.com", *PARAS[2:]]
    assert _kept(page) == PARAS


def test_short_rows_with_no_credit_stay() -> None:
    bare = ["前三季度增长较快。", *CHART, "从出口情况看，出口交货值增长3.9%。"]
    assert chart_leftovers(bare, list(range(len(bare))), {}, []) == set()
    # a paragraph right above the credit stops the walk: only the rows below it go
    bare = ["前三季度增长较快。", "2021", "2022", "Highcharts.com"]
    assert chart_leftovers(bare, [0, 1, 2], {3: "Highcharts.com"}, [3]) == {1, 2}


def test_paragraph_cut_off_at_a_paywall_stays() -> None:
    # the paywall's prompts go as chrome lines, so the visible part's last line, cut off
    # mid-sentence, is no headline of a list over them
    cut = "最初的尝试并不顺利。第一批产品口味不稳定，退货率一度超过一成，"
    page = [*HEAD, PARAS[0], PARAS[1], cut, "剩余70%内容，登录后查看全文", "立即登录 | 注册",
            "开通会员 ¥198/年，畅读全部深度内容", "已是会员？点击登录"]
    assert _kept(page) == [PARAS[0], PARAS[1], cut]


def test_headline_over_a_bare_date_row_is_no_menu_item() -> None:
    # a feed reader's side menu runs down to the article pane's headline; the headline sits
    # over its outlet's bare date row (no 来源： label) and stays for meta.lines
    page = ["某某阅读器", "全部文章 (238)", "星标文章 (17)", "稍后读 (5)", "订阅源", "某某日报 (12)",
            "某某观察 (45)", "全部标为已读", "刷新", "老旧小区加装电梯提速",
            "某某日报  2025-11-26 09:12  作者：某某", *PARAS]
    doc = clean_text("\n".join(page))
    assert doc.meta.title == "老旧小区加装电梯提速"
    assert [ln for ln in doc.text.split("\n") if ln.strip()] == PARAS


@pytest.mark.parametrize(("ad", "goes"), [
    # a text ad under the slot's bare label: an offer and a call to the reader
    ("某某装饰全屋整装限时特惠，免费上门量房设计，拨打400-800-1234立即预约。", True),
    ("限时秒杀！某某家电年终大促，全场低至5折，点击进入抢购。", True),
    ("限時秒殺！某某家電年終大促，全場低至5折，點擊進入搶購。", True),
    ("暑期少儿编程班火热招生，前20名报名立减500元，咨询电话0571-8888888。", True),
    # the article's next paragraph under the label of a picture ad saved without its picture
    ("记者了解到，不少商家推出限时5折活动吸引顾客，市场监管部门提醒消费者理性消费。", False),
    ("据介绍，本次活动为期三天，期间免费开放全部展馆，市民可扫码预约参观。", False),
    ("活动期间，全市公园免费开放，市民可扫码预约入园。", False),
    ("下一步，全市将重点推进成片加装，争取明年完成更多任务。", False),
    (PARAS[1], False),
])
def test_a_text_ad_under_a_bare_label_goes_the_next_paragraph_stays(ad: str, goes: bool) -> None:
    page = [*HEAD, PARAS[0], "广告", ad, *PARAS[2:]]
    kept = _kept(page)
    assert (ad not in kept) == goes
    assert [p for p in PARAS if p != ad and p != PARAS[1]] == [k for k in kept if k != ad]
