"""The general shapes the batch of invented HTML pages gh176-gh181 showed (city newspapers: a
数字报 in layout tables, a JSON-LD-only byline, a 本报讯 lead, a 图集 whose captions are its
text, an inline 相关阅读 box, an app share page), each with what must match and what must not.
Names are invented."""

from __future__ import annotations

import pytest
from lxml import html

from cleaners import clean_html, clean_text
from cleaners.html.text import block_lines, captions_are_text
from cleaners.meta import names_a_body

_CAPTIONS = (
    "11月22日，游客在某某湿地公园观赏越冬候鸟。数千只白鹭陆续飞抵这里栖息。",
    "成群的白鹭在浅滩上觅食。管理处在核心区设置了禁入区域。",
    "志愿者在观鸟步道旁讲解候鸟保护知识。",
)


def _slides(caption_tag: str = 'p class="pic-txt"', close: str = "p") -> str:
    return "".join(
        f'<div class="pic-item"><img src="/p/{i}.jpg"><div class="pic-count">{i + 1}/'
        f'{len(_CAPTIONS)}</div><{caption_tag}>{c}</{close}></div>'
        for i, c in enumerate(_CAPTIONS))


# --- a photo set (图集) whose captions are its text ----------------------------------------------

@pytest.mark.parametrize(("tag", "close"), [
    ('p class="pic-txt"', "p"),        # a caption named by its class
    ('div class="photo-desc"', "div"),
    ("figcaption", "figcaption"),      # a <figcaption>
])
def test_a_photo_set_s_captions_are_its_text(tag: str, close: str) -> None:
    stage = html.fromstring(f'<div class="stage"><a href="#">上一张</a>{_slides(tag, close)}'
                            '<a href="#">下一张</a></div>')
    assert captions_are_text(stage)
    lines = block_lines(stage, keep_captions=True)
    assert [ln for ln in lines if ln in _CAPTIONS] == list(_CAPTIONS)
    assert block_lines(stage) == ["上一张", "1/3", "2/3", "3/3", "下一张"]


def test_a_photo_set_page_keeps_its_captions_and_drops_its_buttons() -> None:
    page = ('<html><head><meta charset="utf-8"><title>组图：某某湿地迎来越冬候鸟</title></head><body>'
            '<div class="atlas"><h1>组图：某某湿地迎来越冬候鸟</h1>'
            '<div class="atlas-meta">2025-11-22 16:48　来源：某某晚报</div>'
            '<div class="atlas-stage"><a class="atlas-prev" href="javascript:;">上一张</a>'
            f'{_slides()}<a class="atlas-next" href="javascript:;">下一张</a></div></div>'
            '</body></html>')
    doc = clean_html(page)
    assert doc.text.split("\n") == list(_CAPTIONS)


@pytest.mark.parametrize("stage", [
    # captions beside the article's own prose stay captions
    '<div><p>记者近日来到某某湿地公园，看到数千只候鸟在此越冬。</p>'
    '<img src="/a.jpg"><p class="pic-txt">白鹭在浅滩上觅食。</p>'
    '<img src="/b.jpg"><p class="pic-txt">志愿者讲解候鸟保护知识。</p></div>',
    # one told caption is no photo set
    '<div><img src="/a.jpg"><p class="pic-txt">白鹭在浅滩上觅食。</p>'
    '<img src="/b.jpg"><p class="pic-txt">图为白鹭</p></div>',
    # labels, not sentences
    '<div><img src="/a.jpg"><p class="pic-txt">白鹭</p><img src="/b.jpg">'
    '<p class="pic-txt">苍鹭</p></div>',
])
def test_captions_beside_prose_or_no_sentences_are_no_text(stage: str) -> None:
    assert not captions_are_text(html.fromstring(stage))


# --- a header row whose only label is a counter's, an outlet's bare name beside the date -------

_BODY = "".join(f"<p>{c}</p>" for c in _CAPTIONS)


def _row_page(row: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>前10月我市城镇新增就业4.2万人</title></head>'
            '<body><div class="news-detail"><h1>前10月我市城镇新增就业4.2万人</h1>'
            f'<div class="news-attr">{row}</div><div class="news-con">{_BODY}</div></div>'
            '</body></html>')


@pytest.mark.parametrize(("row", "source"), [
    ('<span>2025-11-26 07:30</span><span>某某日报</span><span>阅读：<em>2316</em></span>', "某某日报"),
    ('<span>2025-11-26 07:30</span><span>某某新闻网</span><span>浏览：2316</span>', "某某新闻网"),
    # a labelled source beside the counter: as before
    ('<span>2025-11-26 07:30</span><span>来源：某某日报</span><span>阅读：2316</span>', "某某日报"),
])
def test_an_outlet_beside_the_date_and_a_counter_publishes(row: str, source: str) -> None:
    doc = clean_html(_row_page(row))
    assert (doc.meta.date, doc.meta.source_name) == ("2025-11-26T07:30:00", source)


@pytest.mark.parametrize("row", [
    # a channel or a person beside the date and a counter is no outlet: no publisher
    '<span>2025-11-26 07:30</span><span>民生频道</span><span>阅读：2316</span>',
    '<span>2025-11-26 07:30</span><span>韦某某</span><span>阅读：2316</span>',
])
def test_no_outlet_beside_the_date_and_a_counter_publishes_nothing(row: str) -> None:
    doc = clean_html(_row_page(row))
    assert doc.meta.date == "2025-11-26T07:30:00"
    assert doc.meta.source_name is None


# --- a city's other papers alone on a line are a site's name ----------------------------------

@pytest.mark.parametrize(("line", "body"), [
    ("某某都市报", True), ("某某早报", True), ("某某商报", True), ("某某时报", True),
    ("某某都市報", True),  # either script
    # a headline or a sentence naming such a paper is none
    ("某某都市报创刊三十周年", False), ("市民争相购买某某早报。", False),
    ("我在某某时报工作的那些年里，见证了很多变化", False),
])
def test_a_city_paper_s_name_alone_names_a_body(line: str, body: bool) -> None:
    assert names_a_body(line) is body


def test_a_city_paper_s_name_over_the_headline_is_its_masthead() -> None:
    text = "某某都市报\n\n望江路大桥全线合龙 明年6月底前通车\n\n" + "\n\n".join(_CAPTIONS)
    doc = clean_text(text)
    assert doc.meta.title == "望江路大桥全线合龙 明年6月底前通车"
    assert doc.text.split("\n") == list(_CAPTIONS)
