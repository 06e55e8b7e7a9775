"""The general shapes the batch of invented portal and city-paper pages saved as text (tests/
fixtures/gold_like/gl356-gl361: a 图文直播, a 访谈 文字实录, a video page, a 图集, a 专栏 and an
app share page) showed our text path getting wrong: a live report's last entry, timed on a line
of its own (11:15 / what happened), taken as the first lines of the headline list under it; and
a video player's quality and full-screen buttons (清晰度, 全屏) left in. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_HEAD = ["某某在线", "首页 | 新闻 | 直播 | 视频", "某某在线 > 直播 > 图文直播",
         "某某大桥今日合龙 现场直播", "2025-11-08 08:55   来源：某某日报", "观看 3.6万", "刷新"]
_ENTRIES = ["09:00", "各位网友早上好！这里是某某大桥合龙现场。今天上午，大桥主跨将进行最后一段钢箱梁的吊装。",
            "09:12", "记者在施工现场看到，重达320吨的合龙段钢箱梁已运抵桥下，两台桥面吊机正在做最后检查。",
            "10:58", "合龙段钢箱梁精准就位，误差控制在2毫米以内。现场响起热烈的掌声。"]
_TAIL = ["加载更多", "分享到： 微信 微博 QQ空间", "相关直播", "某某地铁三号线首列车抵达", "某某城市马拉松开跑",
         "某某在线版权所有"]


@pytest.mark.parametrize("entry", ["本场直播到此结束，感谢各位网友的关注！",
                                   "目前，施工人员正在对合龙段进行焊接作业。"])
def test_a_live_reports_last_timed_entry_stays_over_the_list_under_it(entry: str) -> None:
    doc = clean_text("\n".join([*_HEAD, *_ENTRIES, "11:15", entry, *_TAIL]), id="live")
    assert doc.text.split("\n")[-2:] == ["11:15", entry]
    lines = doc.text.split("\n")
    assert lines[lines.index("09:00") + 1] == _ENTRIES[1]  # the first entry's time stays
    assert "首列车抵达" not in doc.text
    assert "马拉松开跑" not in doc.text


def test_a_time_and_a_line_after_text_with_no_timeline_still_go_with_the_list() -> None:
    """With no entry times over the text, a time and a line under it are a news list's."""
    paras = ["今天上午，某某大桥主跨最后一段钢箱梁吊装完成，大桥实现全线贯通。",
             "据了解，某某大桥全长2.1公里，预计明年上半年建成通车。"]
    tail = ["11:15", "某某地铁三号线首列车抵达，站台设施已安装完毕！", "某某城市马拉松开跑",
            "某某公园菊花展开幕", "某某在线版权所有"]
    doc = clean_text("\n".join([*_HEAD[:5], *paras, *tail]), id="flash")
    assert doc.text.split("\n")[-1] == paras[-1]


@pytest.mark.parametrize("buttons", ["清晰度", "全屏", "倍速 清晰度 全屏", "高清 720P", "退出全屏"])
def test_a_video_players_buttons_on_their_lines_go(buttons: str) -> None:
    para = "9月26日，位于某某街道的某某小区口袋公园正式开放，居民出门就能见绿。"
    doc = clean_text("\n".join(["某某都市报", "首页 > 新闻 > 本地", "某某小区口袋公园开放",
                                "2025-09-27 17:20  来源：某某都市报", "视频加载中…", "00:00 / 02:35",
                                buttons, para]), id="video")
    assert doc.text == para


def test_a_players_clock_printed_over_lines_goes_with_its_buttons() -> None:
    """播放 / 00:00 / / / 03:12 / 倍速 / 高清 / 全屏: the clock's pieces are the player's, not a
    headline over the article, once its buttons are taken out."""
    para = "眼下正值油菜花盛开的季节，某某镇千亩油菜花竞相绽放，吸引了大批游客前来踏青赏花。"
    doc = clean_text("\n".join(["某某县广播电视台", "首页 | 新闻 | 直播 | 点播 | 专题",
                                "当前位置：首页 > 新闻 > 某某新闻", "", "某某新闻｜千亩油菜花开",
                                "", "2024-03-11 19:45:00　来源：某某县广播电视台", "", "播放", "00:00",
                                "/", "03:12", "倍速", "高清", "全屏", "", para]), id="clock")
    assert doc.text == para



@pytest.mark.parametrize("head", [["2025-11-08 08:55", "观看 3.6万"],
                                  ["某某大桥今日合龙 现场直播", "观看 3.6万", "刷新"],
                                  ["某某大桥今日合龙 现场直播", "围观 1.2万+", "最新 | 最早"]])
def test_a_live_pages_view_count_and_feed_controls_go_under_a_short_head(head: list[str]) -> None:
    """观看 3.6万, 最新 | 最早 and 刷新 are the live page's counter and buttons, each alone on a
    line, even where the head above them is too short to read as a menu run; and the first
    entry's time (09:00) is no headline: a clock alone names nothing."""
    doc = clean_text("\n".join([*head, *_ENTRIES]), id="short")
    assert doc.text.split("\n") == _ENTRIES
    assert doc.meta.title != "09:00"
