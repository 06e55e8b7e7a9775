"""A page whose paragraphs are <br> runs (bench/perturb_html.py's p2br: an old site's
段落<br><br>段落, no <p>) reads as the same page written with <p> paragraphs: the container's
header rows, a live list's times, a thread's replies and a badge before the words are told by
their structure, whatever tag holds the words."""

from __future__ import annotations

import pytest
from lxml import html

from cleaners import clean_html
from cleaners.document import Doc
from cleaners.html.dom import parse_html
from cleaners.html.extract import _times_apart
from cleaners.html.prune import HiddenAndChromePruner

_PARAS = [
    "十一月上旬，某某县南关街道一处老旧小区的雨污分流改造完工，居民楼前的积水问题得到解决。",
    "街道工作人员介绍，改造前先后召开了六次居民议事会，施工方案根据居民意见调整了三次。",
    "下一步，街道将把改造经验推广到辖区其余九个小区，计划明年汛期前全部完工。",
]


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in lines)


def _br(lines: list[str]) -> str:
    return "".join(f"{x}<br><br>" for x in lines)


def _article(body: str) -> str:
    # hashed class names: nothing names the body, and the container found is the column of
    # the headline (a sentence's mark in it), its header row and the body
    return ("<html><head><meta charset='utf-8'><title>老旧小区雨污分流改造完工：居民楼前不再积水 - 某某新闻</title>"
            "<meta property='og:site_name' content='某某新闻'></head><body>"
            "<div class='x-8f2k1'><h1 class='x-1a9c'>老旧小区雨污分流改造完工：居民楼前不再积水</h1>"
            "<div class='x-77qd'><span>某某新闻</span><span>记者 张小禾</span>"
            "<span>2025-11-12 09:30</span></div>"
            f"<div class='x-4m0z'>{body}</div></div></body></html>")


def test_br_paragraphs_under_a_header_row_read_as_p_paragraphs() -> None:
    as_p = clean_html(_article(_p(_PARAS)), id="p")
    as_br = clean_html(_article(_br(_PARAS)), id="br")
    assert as_br.text == as_p.text
    assert as_br.text.splitlines() == _PARAS


# -- a live list's times written inline before the entry's words -------------------------------

_ENTRIES = [("10:40", "冲线！来自某某区的跑者张小禾以一小时十二分的成绩获得女子组第一名。"),
            ("09:15", "领跑集团通过二十公里计时点，道路两侧站满了为跑者加油的市民。"),
            ("08:00", "发令枪响，比赛正式开始，一万名跑者从市民广场出发。")]


def _live(item: str) -> str:
    items = "".join(item.format(t=t, w=w) for t, w in _ENTRIES)
    return ("<html><head><meta charset='utf-8'><title>某某半程马拉松图文直播</title></head><body>"
            f"<main class='live'><h1>某某半程马拉松图文直播</h1><ol class='feed'>{items}</ol>"
            "</main></body></html>")


def test_inline_entry_times_stand_over_their_words() -> None:
    as_p = clean_html(_live("<li><time>{t}</time><p>{w}</p></li>"), id="p")
    as_br = clean_html(_live("<li><time>{t}</time>{w}<br><br></li>"), id="br")
    assert as_br.text == as_p.text
    assert as_br.text.splitlines()[:2] == list(_ENTRIES[0])


def _apart(item: str) -> str:
    root = parse_html(_live(item))
    assert root is not None
    part = root.find(".//ol")
    assert part is not None
    _times_apart(part)
    return html.tostring(part, encoding="unicode")


def test_an_inline_time_before_sentences_is_set_over_them() -> None:
    assert _apart("<li><time>{t}</time>{w}<br><br></li>").count("</time><p>") == len(_ENTRIES)


@pytest.mark.parametrize("item", [
    # a list of news, each time before a linked headline: the time stays in its line
    "<li><span>{t}</span><a href='/a'>{w}</a></li>",
    # a time before a short label, no sentence
    "<li><span>{t}</span>女子组</li>",
])
def test_a_time_before_no_sentence_stays_inline(item: str) -> None:
    assert "<p>" not in _apart(item)


# -- a forum thread around a container that is the opening post's text --------------------------

def _post(floor: str, when: str, words: str, nest: int = 6) -> str:
    inner = f"<td class='t_f'>{words}</td>"
    for _ in range(nest):
        inner = f"<div>{inner}</div>" if not inner.startswith("<td") else (
            f"<table><tr>{inner}</tr></table>")
    return (f"<div class='post'><div class='who'><a href='space-uid-1.html'>某某网友</a></div>"
            f"<div class='pi'><em>{floor}</em><span>发表于 {when}</span></div>{inner}</div>")


def _thread(first: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>周末骑行路线分享</title></head><body>"
            "<div id='postlist'>"
            + _post("楼主", "2025-9-14 20:31", first)
            + _post("沙发", "2025-9-14 20:45", "感谢分享，那条绿道我上个月也骑过，风景确实好。")
            + _post("板凳", "2025-9-14 21:02", "请问沿途有补水的地方吗？")
            + "</div></body></html>")


def test_replies_around_an_opening_post_nested_deep_go() -> None:
    # the opening post's text is the container found, nine boxes under the thread's
    first = "<br><br>".join(f"第{n}天，{x}" for n in range(1, 4) for x in _PARAS) + "<br><br>"
    doc = clean_html(_thread(first), id="t")
    assert len(doc.text.splitlines()) == 3 * len(_PARAS)
    assert "感谢分享" not in doc.text
    assert "补水" not in doc.text
    assert any(r.rule == "forum_reply" for r in doc.removals)


def test_floors_of_a_comment_list_under_an_article_are_no_thread_of_it() -> None:
    # the article stands outside every floor: its comments are not its thread's replies
    page = ("<html><head><meta charset='utf-8'><title>周末骑行路线分享</title></head><body>"
            f"<div class='article'>{_p(_PARAS)}</div><div id='postlist'>"
            + _post("1楼", "2025-9-14 20:45", "感谢分享，那条绿道我上个月也骑过，风景确实好。")
            + _post("2楼", "2025-9-14 21:02", "请问沿途有补水的地方吗？")
            + "</div></body></html>")
    doc = clean_html(page, id="t")
    assert not any(r.rule == "forum_reply" for r in doc.removals)
    assert doc.text.splitlines()[:3] == _PARAS


# -- a badge set apart before the words ----------------------------------------------------------

def _pruned(paragraph: str) -> Doc:
    page = ("<html><head><title>t</title></head><body>"
            f"<div class='content'>{_p(_PARAS)}<div class='lead'>{paragraph}</div></div>"
            "</body></html>")
    return HiddenAndChromePruner()(Doc(id="t", html=page))


def test_a_badge_set_apart_from_the_words_goes() -> None:
    doc = _pruned(f"<span class='top-tag'>置顶</span>\n  {_PARAS[0]}")
    assert any(r.text == "置顶" and r.rule == "chrome_class" for r in doc.removals)


@pytest.mark.parametrize(("paragraph", "word"), [
    # the subject of what follows, no space after it
    (f"<span class='tag-word'>某某</span>{_PARAS[1]}", "某某"),
    # a linked name, a space after it: a link is a word of the text, never a badge
    ("<a class='keyword' href='/q'>某某资本</a> 首席投资官张小禾表示，明年将加大对县域产业的投入。",
     "某某资本"),
])
def test_a_word_opening_its_line_stays(paragraph: str, word: str) -> None:
    doc = _pruned(paragraph)
    assert not any(r.text == word for r in doc.removals)
