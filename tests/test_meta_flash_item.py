"""meta.lines: a flash news item (快讯/电报) printed under its time alone (14:32) opens with its
headline in brackets (【……】据……消息，……): that headline is the title, not the time, and the day
printed over the time (2025年12月03日 星期三) its date; the item's text keeps the headline. A short
bracketed label (【本报讯】) names no headline."""

from __future__ import annotations

from cleaners import clean_text

ITEM = ("【某市出台新政支持老旧电梯更新改造】据市住建局消息，本市近日印发老旧住宅电梯更新改造实施方案，"
        "对使用年限超过十五年的住宅电梯给予补助。方案提出，到2027年底全市计划完成改造三千台。")


def test_bracketed_headline_under_a_time_is_the_title() -> None:
    doc = clean_text("\n".join(["首页 电报 盯盘 话题 深度 VIP APP下载", "2025年12月03日 星期三",
                                "14:32", ITEM,
                                "相关快讯", "14:05 多地住房公积金提取政策优化调整",
                                "13:48 三部门发文支持消费品以旧换新"]))
    assert doc.meta.title == "某市出台新政支持老旧电梯更新改造"
    # the day over the item's time dates it (a portal's date widget elsewhere dates nothing)
    assert (doc.meta.date or "").startswith("2025-12-03")
    assert ITEM in doc.text.split("\n")


def test_short_bracketed_label_names_no_title() -> None:
    item = ("【本报讯】据市住建局消息，本市近日印发老旧住宅电梯更新改造实施方案，对使用年限超过十五年"
            "的住宅电梯给予补助。方案提出，到2027年底全市计划完成改造三千台。")
    doc = clean_text("\n".join(["2025年12月03日 星期三", "14:32", item]))
    assert doc.meta.title != "本报讯"
    assert not (doc.meta.date or "").startswith("2025-12-03")
