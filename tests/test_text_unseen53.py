"""Market and letters pages saved as text (gold_like gl424-gl429): a finance flash's stock
card prints its head (the stock's name and code) over its labelled quote (最新价 23.65 涨跌幅
+4.27%) and its buttons (股吧 加自选); a letters page closes on where readers send theirs
(读者来信请寄：…). Each in both scripts. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _stock_card_head
from tests.scripts import to_traditional

_FLASH = ["某某财经10月24日讯，某某电子晚间披露三季度报告，公司前三季度实现营业收入38.6亿元，"
          "同比增长19.3%；净利润4.12亿元，同比增长42.1%。",
          "公司表示，业绩增长主要受益于汽车电子和储能连接器订单放量，海外客户收入占比提升。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_flashs_stock_card_goes_head_quote_and_buttons(script: str) -> None:
    page = "\n".join(["某某财经", "首页 快讯 股票 基金 港股 美股 期货 数据中心",
                      "某某电子：前三季度净利润同比增长42%",
                      "2025-10-24 20:12:36  来源：某某财经  编辑：某某",
                      "某某电子 002987", "最新价 23.65  涨跌幅 +4.27%", "股吧  加自选",
                      *_FLASH, "关于我们 | 联系我们 | 广告合作"])
    if script == "hant":
        page = to_traditional(page)
    text = clean_text(page).text
    for gone in ("002987", "最新价", "股吧"):
        assert gone not in text
    for kept in _FLASH:
        kept = to_traditional(kept) if script == "hant" else kept
        assert kept in text


@pytest.mark.parametrize(("bare", "chrome", "head"), [
    # the head over the quote line the chrome took; a code in brackets with its market
    (["某某电子 002987", "最新价 23.65 涨跌幅 +4.27%", "正文"], {1: "最新价 23.65 涨跌幅 +4.27%"}, [0]),
    (["某某科技（300812.SZ）", "", "23.45 +2.31%"], {2: "23.45 +2.31%"}, [0]),
    (["某某電子 002987", "最新價 23.65 漲跌幅 +4.27%"], {1: "最新價 23.65 漲跌幅 +4.27%"}, [0]),
    # counterexamples: a company's name and code heading the article's paragraph; a quote line
    # the chrome did not take; a line that is no name and code
    (["某某电子（002987）", "公司前三季度净利润4.12亿元，同比增长42.1%。"], {}, []),
    (["某某电子 002987", "分享"], {1: "分享"}, []),
    (["邮政编码 100000 地址某某路", "最新价 23.65 涨跌幅 +4.27%"],
     {1: "最新价 23.65 涨跌幅 +4.27%"}, []),
])
def test_a_stock_cards_head_goes_only_over_its_quote(
        bare: list[str], chrome: dict[int, str], head: list[int]) -> None:
    bare = ["" if i in chrome else ln for i, ln in enumerate(bare)]
    assert _stock_card_head(bare, chrome) == head


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_letters_pages_address_for_readers_goes_and_the_reply_stays(script: str) -> None:
    reply = "您好！来信收悉。经核实，村文化广场共有健身器材14件，其中3件存在损坏，将于10月15日前完成维修。"
    page = "\n".join(["某某日报网", "首页  时政  民生  经济  评论  读者来信  数字报",
                      "村里的健身器材坏了谁来修？", "发布时间：2025-09-30 08:00  来源：某某日报",
                      "编辑同志：",
                      "我是某某村的村民。村文化广场装了十几件健身器材，这两年有两件器材已经用绳子拦了起来。",
                      "某某同志：", reply,
                      "读者来信请寄：某某日报社群工部  邮箱：lx@example.cn"])
    if script == "hant":
        page = to_traditional(page)
        reply = to_traditional(reply)
    text = clean_text(page).text
    assert reply in text
    assert "lx@example.cn" not in text


@pytest.mark.parametrize(("raw", "source"), [
    # a reposted long read's 来源 names the account with its kind: the account is the publisher
    ("来源：微信公众号“某某文旅”", "某某文旅"),
    ("微信公众号：某某观察", "某某观察"),
    ("公众号「某某」", "某某"),
    ("微信公眾號“某某文旅”", "某某文旅"),
    # counterexamples: a unit whose name opens on the word; the kind alone; a quote left open
    ("公众号运营中心", "公众号运营中心"),
    ("微信公众号", "微信公众号"),
    ("公众号“某某", "公众号“某某"),
])
def test_an_accounts_kind_before_its_name_is_no_part_of_the_source(raw: str, source: str) -> None:
    from cleaners.names import clean_source
    assert clean_source(raw) == source
