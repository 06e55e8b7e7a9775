"""Round layout77: a hard-wrapped column whose width a wider list of names hid, a column's
headlines broken over two rows, a site's name row over the headline, the writer's
（作者单位：…） note under an article (kept: the article's, as the clean-prose tests have it),
and a page of short items each credited to its own reporters. Names, places and sentences are
invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.layout import Wrap, _broken_headings, _items_past, print_width, unwrapped
from cleaners.meta import _masthead_row

_P1 = "某某市今年新建改建农村公路一百二十公里，全市通村公路硬化率达到百分之百，群众出行更加便利。"
_P2 = "据介绍，市交通运输局统筹安排养护资金，建立县乡村三级路长制，确保每条道路有人管、有人养。"
_P3 = "下一步，全市将继续推进农村公路提档升级，打通断头路和瓶颈路，为乡村振兴提供坚实交通保障。"


def _column(paragraph: str, first: int = 18, width: int = 20) -> list[str]:
    """``paragraph`` broken as a 20-character column prints it, its first row indented."""
    rows = ["\u3000\u3000" + paragraph[:first]]
    rest = paragraph[first:]
    while rest:
        rows.append(rest[:width])
        rest = rest[width:]
    return rows


_NAMES = ["\u3000\u3000附：部分受表彰养护工人名单",
          "\u3000\u3000张某某　李某某　王某某　赵某某　钱某某",
          "\u3000\u3000孙某某　周某某　吴某某　郑某某　冯某某"]
_BODY = [row for p in (_P1, _P2, _P3) for row in _column(p)]
_PAGE = "某某日报数字报\n\n某某市农村公路建设成效明显\n\n" + "\n".join(_BODY) + "\n\n" + "\n".join(
    _NAMES) + "\n"


def _paragraphs(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def test_a_list_of_names_wider_than_the_column_sets_no_width() -> None:
    # the names' rows are two columns wider than the body's 20 characters
    assert print_width(_NAMES[1]) == print_width(_BODY[0]) + 2
    out = _paragraphs(unwrapped(_PAGE))
    assert out[2:5] == [_P1, _P2, _P3]
    assert out[5:] == [n.strip() for n in _NAMES]


def test_a_column_as_wide_as_its_widest_sentence_is_read_as_before() -> None:
    # counterexample: no list, the widest rows hold the sentences
    page = "\n".join(_BODY) + "\n"
    assert _paragraphs(unwrapped(page)) == [_P1, _P2, _P3]


@pytest.mark.parametrize(("line", "past"), [
    ("\u3000\u3000张某某　李某某　王某某　赵某某　钱某某", True),
    ("甲项目 乙项目 丙项目 丁项目 戊项目 己项目 庚项", True),
    # counterexamples: a row of prose (a mark in it), a row of one piece, a row within the width
    ("张某某、李某某、王某某、赵某某、钱某某等人", False),
    ("　　本报讯（记者 某某某 通讯员 某某）5月19日", False),
    ("某某市今年新建改建农村公路一百二十公里等等", False),
    ("张某某　李某某　王某某　赵某某", False),
])
def test_a_row_of_items_past_the_width(line: str, past: bool) -> None:
    assert _items_past(line, Wrap(40)) is past


_ITEMS = [("某某乡建成首座村级", "光伏电站", "某某乡某某村村级光伏电站日前并网发电，预计每年可为村集体增收约十五万元。"),
          ("县文化馆送戏下乡进", "偏远村寨", "县文化馆文艺小分队日前来到某某镇某某村，为村民送上歌舞、小品等节目十余个。"),
          ("某某镇开展冬季消防", "安全大排查", "连日来，某某镇组织有关部门对辖区沿街门店开展消防安全排查，督促整改隐患四十一处。")]


def _items_page(items: list[tuple[str, str, str]]) -> str:
    blocks = ["\n".join([head, tail, *_column(text, 16, 18)]) for head, tail, text in items]
    return "县域快讯\n\n" + "\n\n".join(blocks) + "\n"


def test_headlines_broken_over_two_rows_are_joined() -> None:
    out = _paragraphs(unwrapped(_items_page(_ITEMS)))
    assert out == ["县域快讯", *(x for head, tail, text in _ITEMS for x in (head + tail, text))]


def test_headlines_broken_over_two_rows_are_joined_with_no_blank_line() -> None:
    # the same page saved with no blank line between its blocks
    page = _items_page(_ITEMS).replace("\n\n", "\n")
    out = _paragraphs(unwrapped(page))
    assert out == ["县域快讯", *(x for head, tail, text in _ITEMS for x in (head + tail, text))]


def test_a_list_of_names_wider_than_the_column_with_no_blank_line() -> None:
    out = _paragraphs(unwrapped(_PAGE.replace("\n\n", "\n")))
    assert out[2:5] == [_P1, _P2, _P3]
    assert out[5:] == [n.strip() for n in _NAMES]


def test_a_single_headline_over_two_rows_stays_two_lines() -> None:
    # counterexample: one item (a kicker over its headline reads the same)
    page = _items_page(_ITEMS[:1]) + "\n" + "\n".join(_column(_P1, 16, 18)) + "\n"
    out = _paragraphs(unwrapped(page))
    assert _ITEMS[0][0] in out
    assert _ITEMS[0][1] in out


def test_headline_rows_of_no_common_width_stay_apart() -> None:
    # counterexample: kickers over headlines, of widths that differ from item to item
    items = [("某某县", "某某乡村道路建设提速", _ITEMS[0][2]),
             ("某某县文化馆今年以来", "送戏下乡", _ITEMS[1][2])]
    out = _paragraphs(unwrapped(_items_page(items)))
    assert "某某县" in out
    assert "送戏下乡" in out


def test_broken_headings_need_an_indented_paragraph_under_them() -> None:
    lines = ["某某乡建成首座村级", "光伏电站", "某某乡某某村村级光伏电站日前并网发电", "",
             "县文化馆送戏下乡进", "偏远村寨", "县文化馆文艺小分队日前来到某某镇某某"]
    assert _broken_headings(lines, {2, 6}, Wrap(36)) == set()


@pytest.mark.parametrize(("line", "masthead"), [
    ("某某融媒 | 某某县融媒体中心官方网站", True),
    ("某某发布｜某某市人民政府网站", True),
    ("某某县融媒体中心 | 某某新闻网", True),
    # counterexamples: a headline before the site's name, a menu, a name alone
    ("某某县举办秋季农产品产销对接会 | 某某新闻网", False),
    ("首页 | 新闻中心 | 政务公开 | 专题", False),
    ("某某县融媒体中心", False),
])
def test_a_sites_name_row(line: str, masthead: bool) -> None:
    assert _masthead_row(line) is masthead


def test_the_headline_under_a_sites_name_row_is_the_title() -> None:
    page = ("某某融媒 | 某某县融媒体中心官方网站\n某某县举办秋季农产品产销对接会\n"
            "发布时间：2026-10-20 09:15　来源：某某县融媒体中心\n"
            f"{_P1}\n{_P2}\n{_P3}\n")
    doc = clean_text(page)
    assert doc.meta.title == "某某县举办秋季农产品产销对接会"
    assert "官方网站" not in doc.text
    assert _P1 in doc.text


_POEM = "田埂上走过的是父亲的脚印，\n晒场上落下的是母亲的汗珠，\n我把它们装进行囊带回城里。"


@pytest.mark.parametrize("note", ["（作者单位：某某市第一中学）", "(作者单位：某某县财政局)"])
def test_the_writers_unit_note_stays_with_the_poem(note: str) -> None:
    # The note is the article's (tests/test_clean_plain_prose.py keeps it on clean prose); the
    # golds that drop it (gl562) are a convention to settle, listed in test_gold_like.
    page = f"故乡的秋收\n\n{_P1}\n{_P2}\n{_POEM}\n\n{note}\n"
    doc = clean_text(page)
    assert note in doc.text
    assert "我把它们装进行囊带回城里。" in doc.text


def test_a_sentence_naming_the_writers_unit_stays() -> None:
    # counterexample: a sentence about the unit, no note in brackets
    line = "作者单位的同事们得知消息后，纷纷赶来帮忙抢收。"
    doc = clean_text(f"故乡的秋收\n\n{_P1}\n{line}\n{_P2}\n")
    assert line in doc.text


def _briefs(credits: list[str]) -> str:
    heads = ["某某乡建成首座村级光伏电站", "县文化馆送戏下乡进偏远村寨", "某某镇开展冬季消防安全大排查"]
    texts = [_P1, _P2, _P3]
    return "县域快讯\n\n" + "\n\n".join(
        f"{head}\n　　本报讯（{credit}）{text}" for head, credit, text
        in zip(heads, credits, texts, strict=False)) + "\n"


def test_a_page_of_items_credited_apart_names_no_author() -> None:
    doc = clean_text(_briefs(["通讯员 赵某某", "记者 钱某某", "通讯员 孙某某"]))
    assert doc.meta.authors == ()


def test_a_single_credited_article_names_its_reporters() -> None:
    # counterexample: one story, its dateline's credit is the page's
    page = "某某乡建成首座村级光伏电站\n\n　　本报讯（记者 钱某某 通讯员 赵某某）" + _P1 + "\n" + _P2 + "\n"
    assert clean_text(page).meta.authors == ("钱某某", "赵某某")


def test_items_credited_to_the_same_reporter_name_them() -> None:
    # counterexample: every item credited to one reporter
    doc = clean_text(_briefs(["记者 钱某某", "记者 钱某某", "记者 钱某某"]))
    assert doc.meta.authors == ("钱某某",)
