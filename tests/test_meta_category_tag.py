"""A category tag in square brackets before a title ([经验分享]…) is a forum's or a site's
filing label, not the headline's; a column tag in lenticular brackets (【资讯汇总】…) is
printed as part of the headline and stays."""

from __future__ import annotations

import pytest

from cleaners.meta import drop_category_tag, mend_title


@pytest.mark.parametrize(("title", "kept"), [
    ("[经验分享] 孩子幼升小，我们家是这样准备的", "孩子幼升小，我们家是这样准备的"),
    ("[原创]一次服务器磁盘写满的排查经历", "一次服务器磁盘写满的排查经历"),
    ("［求助］家里的热水器总是打不着火", "家里的热水器总是打不着火"),
    # a column tag is part of the headline
    ("【资讯汇总】5月6日盘中重要资讯汇总", "【资讯汇总】5月6日盘中重要资讯汇总"),
    # nothing of a headline after the tag: the tag is the title
    ("[公告] 通知", "[公告] 通知"),
    ("某某县召开防汛工作会议", "某某县召开防汛工作会议"),
    # a video site's programme before its episode dated by its broadcast day: the title's
    ("[乡村课堂]果园里的智慧管家 20250612", "[乡村课堂]果园里的智慧管家 20250612"),
    # a news programme's name undated, known by its last word: the title's too
    ("[新闻直播间]高原小学的第一堂航模课", "[新闻直播间]高原小学的第一堂航模课"),
    ("[焦点访谈]一条山路的十年", "[焦点访谈]一条山路的十年"),
    ("[新聞直播間]高原小學的第一堂航模課", "[新聞直播間]高原小學的第一堂航模課"),
    # a one-word label is a forum's, whatever it says
    ("[访谈]我和我的乡村学校", "我和我的乡村学校"),
    ("[直播间]今晚八点见", "今晚八点见"),
    # a number closing a post is no broadcast day
    ("[求助]手机号13912345678打不通", "手机号13912345678打不通"),
    ("[原创]我的2024总结", "我的2024总结"),
])
def test_a_category_tag_is_no_part_of_the_headline(title: str, kept: str) -> None:
    assert drop_category_tag(title) == kept
    assert mend_title(title, []) == kept
