"""The general shapes the batch of invented HTML pages gh238-gh242 showed (news portals' page
kinds: a 图文直播 room, a 图集 with a lead over its slides, a 专栏, a 财经 article beside a quote
table, a 科技 article with an embedded 微博 card), each with what must match and what must not.
Names are invented."""

from __future__ import annotations

import pytest
from lxml import html

from cleaners import clean_html
from cleaners.chrome.blocks import _quote_widget
from cleaners.html.extract import _own_order
from cleaners.html.prune import _POST_FOOT
from cleaners.html.text import captions_are_text, is_caption

_CAPTIONS = (
    "凌晨五点，渔工们赶着马车来到湖心，用冰镩在冰面上凿出下网的冰眼。",
    "一张大网长两千多米，需要在冰下穿行十几个小时，全靠人力一点点牵引。",
    "马拉绞盘转动起来，渔网缓缓出水，鲜鱼在冰面上活蹦乱跳。",
)
_LEAD = "11月27日，某某湖冬捕开湖，渔工们在冰面上凿冰下网。"


def _set(lead: str, captions: tuple[str, ...] = _CAPTIONS, cls: str = "slide-txt") -> str:
    slides = "".join(f'<div class="slide"><img src="/p/{i}.jpg"><div class="{cls}">'
                     f'<p>{c}</p></div></div>' for i, c in enumerate(captions))
    return f'<div class="gallery">{lead}<div class="slides">{slides}</div></div>'


# --- a photo set (图集) with a lead paragraph over its slides ---------------------------------

@pytest.mark.parametrize("cls", ["slide-txt", "slide_text", "slidedesc", "pic-txt"])
def test_a_lead_over_three_told_slides_leaves_them_the_text(cls: str) -> None:
    assert captions_are_text(html.fromstring(_set(f"<p>{_LEAD}</p>", cls=cls)))


@pytest.mark.parametrize("stage", [
    # two paragraphs of the article's own: the pictures illustrate it
    _set(f"<p>{_LEAD}</p><p>今年文化节将持续到明年二月，期间还有冰雪摄影、民俗展演等活动。</p>"),
    # a lead over only two told captions
    _set(f"<p>{_LEAD}</p>", _CAPTIONS[:2]),
    # one paragraph longer than the captions together: an article with pictures
    _set(f"<p>{_LEAD * 6}</p>"),
])
def test_prose_of_its_own_leaves_the_captions_captions(stage: str) -> None:
    assert not captions_are_text(html.fromstring(stage))


def test_a_slide_s_text_box_is_named_a_caption() -> None:
    assert is_caption(html.fromstring('<div class="slide-txt">某某</div>'))
    assert not is_caption(html.fromstring('<div class="slider">某某</div>'))


# --- an embedded post's footer (a 微博 card in the article) -----------------------------------

@pytest.mark.parametrize("text", [
    "11月29日 09:00 来自 微博网页版 转发 1523 评论 867 赞 6210",
    "2026-11-29 09:00 来自 iPhone客户端 转发 12 评论 3 赞 88",
    "转发(1.2万) 评论(3862) 赞(5万)",
    "查看微博原文",
    "查看推文原文 >",
])
def test_a_post_footer_is_matched(text: str) -> None:
    assert _POST_FOOT.fullmatch(text)


@pytest.mark.parametrize("text", [
    "该微博发布后，转发量超过3万次，评论1.2万条。",
    "评论员 张某",
    "赞 6210",  # one count alone is a like button's, left to the line rules
    "查看原文",
    "11月29日 09:00 来自 微博网页版",
])
def test_a_sentence_or_a_single_count_is_no_post_footer(text: str) -> None:
    assert not _POST_FOOT.fullmatch(text)


def test_a_weibo_card_in_an_article_keeps_its_post_and_drops_its_footer() -> None:
    body = "".join(f"<p>{c}</p>" for c in _CAPTIONS)
    page = ('<html><head><meta charset="utf-8"><title>某某开源对话模型</title></head><body>'
            f'<div class="article"><h1>某某开源对话模型</h1><div class="content">{body}'
            '<blockquote class="weibo-card"><div class="wb-text">今天，我们把模型完整开源了，'
            '希望更多开发者用起来。</div><div class="wb-foot"><span>11月29日 09:00 来自 微博网页版'
            '</span> <span>转发 1523</span> <span>评论 867</span> <span>赞 6210</span></div>'
            '<a href="https://weibo.example/1">查看微博原文</a></blockquote>'
            '<p>业内人士认为，小参数模型的开源降低了个人开发者的使用门槛。</p></div></div>'
            '</body></html>')
    text = clean_html(page).text
    assert "希望更多开发者用起来。" in text
    assert "转发" not in text
    assert "查看微博原文" not in text
    assert "降低了个人开发者的使用门槛" in text


# --- trafilatura's lines put back in the container's order -------------------------------------

def test_lines_trafilatura_moved_go_back_in_the_container_s_order() -> None:
    own = ["【导语】", "导语一句。", "11:20", "主持人 某某", "第一条。", "10:46", "主持人 某某", "第二条。"]
    traf = ["主持人 某某", "第一条。", "【导语】", "导语一句。", "主持人 某某", "第二条。"]
    assert _own_order(traf, own) == ["【导语】", "导语一句。", "主持人 某某", "第一条。",
                                     "主持人 某某", "第二条。"]


@pytest.mark.parametrize("traf", [
    ["导语一句。", "第一条。"],                 # already in order
    ["第一条。", "导语一句。合起来的一句。"],    # a line of trafilatura's own making
])
def test_lines_in_order_or_of_trafilatura_s_making_stay_as_they_are(traf: list[str]) -> None:
    own = ["导语一句。", "第一条。"]
    assert _own_order(traf, own) == traf


# --- a stock quote widget saved as text (文中提及个股) -----------------------------------------

_ROWS = ["601865 某某玻璃 18.62 +3.27%", "002623 某某新材 9.85 +1.13%"]
_PARAS = ["记者从行业机构了解到，本周光伏玻璃主流成交价较上周上涨约百分之三。",
          "价格上涨的直接原因是库存下降，下游组件企业年底冲量，拿货明显增加。"]


def test_a_quote_widget_s_lines_go() -> None:
    lines = [_PARAS[0], "文中提及个股 更多行情", "代码 名称 最新价 涨跌幅", *_ROWS,
             "行情数据仅供参考，更新于 09:45", _PARAS[1]]
    assert _quote_widget(lines) == [2, 3, 4, 1, 5]


@pytest.mark.parametrize("lines", [
    # the article's own table of closing prices: no live price in its header
    ["名称 收盘价 涨跌幅", "某某银行 5.12 +0.39%", "某某科技 23.45 +2.31%"],
    # a header with one row under it
    ["代码 名称 最新价 涨跌幅", _ROWS[0], _PARAS[1]],
    # a sentence naming the columns
    ["表中列出代码、名称、最新价和涨跌幅。", *_ROWS],
])
def test_a_table_of_the_article_s_own_or_no_rows_stays(lines: list[str]) -> None:
    assert _quote_widget(lines) == []
