"""Defects the gold_like spam mirrors gl544-gl549 showed, each on invented text with
counterexamples: the selling words of trades the lexicons lacked (search-ranking touts,
driving-licence point touts, phone cards and SMS-code platforms, harassment and caller-ID
tools, tobacco resellers, bookmakers' market words), a selling phrase pasted as a piece of its
own at a sentence's edge inside a paragraph of news, and a short run glued after a paragraph's
last full stop on a page proven to carry spam (a coined name, a topic word with a Latin promo
word, a name with its handle, a code and promo word left after a cut name)."""

from __future__ import annotations

import pytest

from cleaners import clean_text

HEAD = ["某某县推进城乡供水一体化", "发布时间：2026-10-12 09:30　来源：某某县水利局"]
P1 = "今年以来，某某县投入资金两亿元，新建改造供水管网三百公里，农村自来水普及率达到百分之九十八。"
P2 = "县水利局负责人表示，下一步将推进城乡供水同网同质同价，让群众喝上放心水。"
P3 = "目前，全县已建成千吨万人供水工程十二处，覆盖人口四十余万，水质合格率逐年提高。"
# a line of unambiguous spam that proves the page a mirror
MIRROR = "热门推荐：开云体育官网入口 注册送88元彩金 真人娱乐"


def _clean(*lines: str) -> str:
    return clean_text("\n".join([*HEAD, *lines]) + "\n", id="t").text


@pytest.mark.parametrize(("advert", "gone"), [
    ("网站优化找我们，百度快排包上首页，排名不上不收费。", "百度快排"),
    ("驾照代消分，高价收分，当天办结。", "代消分"),
    ("物联卡批发，不实名手机卡出售，流量卡包邮。", "物联卡批发"),
    ("呼死你软件下载，任意显号，改号电话软件。", "呼死你"),
    ("外烟批发，免税香烟一手货源，正品外烟代购。", "外烟批发"),
])
def test_a_new_trades_advert_goes(advert: str, gone: str) -> None:
    text = _clean(P1, advert, P2)
    assert gone not in text
    assert P1 in text
    assert P2 in text


@pytest.mark.parametrize("line", [
    # a technology article names the trade's vocabulary; 快排 is also a sorting algorithm
    "课程介绍了快排和归并排序两种算法，并讲解了网站关键词排名的基本原理。",
    # a traffic police report names the licence-point trade
    "交警部门提醒，买分卖分、驾照消分属于违法行为，一经查实将依法处理。",
    # an anti-fraud report names phone cards and the SMS-code platforms
    "警方破获一起利用物联卡和接码平台注册虚假账号的案件，抓获嫌疑人6名。",
    # a county's farm news names the Internet of Things
    "烘干中心采用物联网温控系统，可实时监测仓内温度和湿度。",
    # a tobacco bureau's raid names smuggled cigarettes
    "县烟草专卖局查获走私烟和外烟共计120条，已依法立案调查。",
    # free-range hens and a handicap in table tennis are no betting
    "村里的走地鸡供不应求，合作社今年又扩建了两座鸡舍。",
])
def test_the_trades_words_in_news_stay(line: str) -> None:
    assert line in _clean(P1, line, P2)


def test_bookmakers_market_words_go_on_a_mirror() -> None:
    text = _clean(P1 + "滚球让盘", "赛后，主队教练表示球员发挥出色。大小球波胆推荐 客队教练则认为体能不足。",
                  P2, MIRROR)
    assert "让盘" not in text
    assert "波胆" not in text
    assert "大小球" not in text
    assert P1 in text
    assert "客队教练则认为体能不足。" in text


def test_a_betting_ring_report_quotes_the_market_words() -> None:
    line = "经查，该团伙以大小球、让盘等玩法招揽参赌人员，涉案金额达300余万元。"
    assert line in _clean(P1, line, P2)


NEWS = ("接警后，县公安局立即成立专案组，发现该团伙使用改号软件伪装来电号码。{tool} 7月上旬，"
        "专案组将5名犯罪嫌疑人抓获。")


def test_a_selling_phrase_set_apart_at_a_news_sentences_edge_goes_on_a_mirror() -> None:
    text = _clean(P1, NEWS.format(tool="呼死你软件免费下载"), P2, MIRROR)
    assert "呼死你" not in text
    assert "免费下载" not in text
    assert "发现该团伙使用改号软件伪装来电号码。" in text
    assert "7月上旬，专案组将5名犯罪嫌疑人抓获。" in text


def test_news_naming_a_tool_inside_its_clause_keeps_it() -> None:
    line = "经查，该团伙使用“呼死你”软件骚扰受害人，警方已依法查处。"
    assert line in _clean(P1, line, P2, MIRROR)


def test_a_piece_at_a_news_sentences_edge_stays_on_a_page_with_no_other_spam() -> None:
    line = NEWS.format(tool="呼死你软件免费下载")
    assert line in _clean(P1, line, P2)


@pytest.mark.parametrize(("tail", "gone"), [
    ("接码平台VIP", "接码平台"),
    ("卡神汇QQ：33905127", "33905127"),
    ("某某体育777官网", "777"),
])
def test_a_short_run_glued_after_a_paragraphs_last_stop_goes_on_a_mirror(tail: str,
                                                                       gone: str) -> None:
    text = _clean(P1 + tail, P2, P3, MIRROR)
    assert gone not in text
    assert P1 in text
    assert P3 in text


@pytest.mark.parametrize("tail", ["记者王明", "完", "详见附件", "据新华社", "新华社发", "特此通知",
                                  "本文转自某某日报"])
def test_an_articles_own_close_stays_on_a_mirror(tail: str) -> None:
    text = _clean(P1 + tail, P2, MIRROR)
    assert P1 + tail in text


def test_a_closing_run_stays_on_a_page_with_no_spam() -> None:
    text = _clean(P1 + "接码平台VIP", P2)
    assert P1 + "接码平台VIP" in text
