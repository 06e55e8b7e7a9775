"""The cheaper forms of per-line and per-page tests give the answers of the forms they replace.

Characters of a class are counted by deleting its runs (one C pass, few matches) instead of
matching each character; regexes that try an alternation at every character are gated by a
necessary condition found by a fast scan. Each shortcut is checked here against the plain
form on random text drawn from the characters that matter to it.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaners.chrome.blocks import _PRICE_ROW, price_rows
from cleaners.chrome.common import _DIGIT_SPACE_DIGIT, _NUMBER_PAIR, said_twice
from cleaners.chrome.inline import (
    _COUNTER_GATE,
    _INLINE_ENDS,
    NOTICE_CHARS,
    _may_hold_counter,
    may_end_inline,
)
from cleaners.lang import han_share
from cleaners.layout import _QUOTED_TERM_END, _widths, print_width
from cleaners.literals import gate
from cleaners.normalize import _LABEL_GLOSS_CLUE, _LETTER_COLON, one_line_end
from cleaners.pages import (
    _EDGE_SPACE,
    _LEADING_MARKS,
    _STRAY_LINES,
    _STRAY_MARK,
    _TRAILING_MARKS,
    without_stray_marks,
)
from cleaners.script import script_of

# Han, kana, hangul, Latin, digits, full-width marks, spaces and line ends, the edges of the
# ranges included (U+2E7F is the last narrow character, U+2E80 the first wide one).
_MIXED = st.text(alphabet=st.sampled_from(list(
    "中文國這们ぁアン한글abcXYZ019０，。、！？ \t\u3000\n\r/／%+-.()（）图\u2e7f\u2e80\u3400\uf900")),
    max_size=80)

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SYLLABLE = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]")
_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                   r"\uac00-\ud7af\u1100-\u11ff]+")


@given(_MIXED)
def test_print_width_counts_each_narrow_character_once(line: str) -> None:
    assert print_width(line) == 2 * len(line) - len(re.findall("[\x00-\u2e7f]", line))


@given(_MIXED)
def test_han_share_counts_characters_as_one_match_each_did(text: str) -> None:
    han = len(_HAN.findall(text))
    units = han + len(_SYLLABLE.findall(text)) + len(_WORD.findall(text))
    assert han_share(text) == (han / units if units else 0.0)


def test_script_counts_telling_characters_in_runs() -> None:
    assert script_of("這個國家的發展") == "hant"
    assert script_of("这个国家的发展") == "hans"
    assert script_of("的的的的") is None


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("12.%+- \t\n\u3000中")), max_size=30))
def test_every_number_pair_holds_a_digit_space_digit(page: str) -> None:
    # table_headers skips _NUMBER_PAIR on a page without the gate's pattern.
    if _NUMBER_PAIR.search(page):
        assert _DIGIT_SPACE_DIGIT.search(page)


@given(st.text(alphabet=st.sampled_from(list("12/／ 图片(（)）:\n中第张共")), max_size=20))
def test_every_gallery_counter_holds_a_slash_or_gong(page: str) -> None:
    if _COUNTER_GATE.search(page):
        assert "/" in page or "／" in page or "共" in page


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("12/／ \t\u3000\r\n图圖片(（)）:：,|第张幅共中")),
               max_size=24))
@example("\n （1/2） \n")
@example("  \n\n 图 3/4")
@example("x\n第1张 ，共")
def test_the_counter_gate_branch_by_branch_finds_what_it_found(page: str) -> None:
    assert _may_hold_counter(page) == (_COUNTER_GATE.search(page) is not None)


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("发布时间中 Date:：/|｜(（)）aZ \n")), max_size=24))
@example("发布时间 Date ：")
@example("分享 (Share)：")
def test_every_label_gloss_clue_holds_a_letter_before_its_colon(text: str) -> None:
    if _LABEL_GLOSS_CLUE.search(text):
        assert _LETTER_COLON.search(text)


@given(st.text(alphabet=st.sampled_from(list("中a1_”」』。 \n")), min_size=1, max_size=12))
@example("时间银行”\n")
def test_a_quoted_term_end_is_searched_in_the_last_three_characters(line: str) -> None:
    tail = _QUOTED_TERM_END.search(line, max(len(line) - 3, 0))
    assert (tail is None) == (_QUOTED_TERM_END.search(line) is None)


@given(st.text(alphabet=st.sampled_from(list("ab某 \t")), min_size=1, max_size=12),
       st.text(alphabet=st.sampled_from(list(" \t\u3000")), max_size=3))
def test_said_twice_finds_the_second_half(unit: str, gap: str) -> None:
    text = (unit + gap + unit).strip()
    if len(unit.strip()) >= 6 and text.endswith(unit) and text.startswith(unit):
        assert said_twice(text)


@given(_MIXED)
def test_one_line_end_without_a_carriage_return_is_the_text(text: str) -> None:
    assert one_line_end(text) == text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace(
        "\r", "\n")


@given(st.text(alphabet=st.sampled_from(list("转载版权原创/／：:｜| \u3000。中图）")), max_size=40),
       st.integers(min_value=0, max_value=40))
def test_may_end_inline_scans_the_tail_for_the_characters_it_found_one_by_one(
        line: str, cut: int) -> None:
    marks = ("/", "／", "：", ":", "｜", "|", " ", "\u3000")
    plain = (line.rstrip()[-1:] in _INLINE_ENDS or any(line.find(m, cut) >= 0 for m in marks)
             or NOTICE_CHARS.search(line, cut) is not None)
    assert may_end_inline(line, cut) == plain


@given(_MIXED)
def test_widths_of_lines_are_each_lines_print_width(text: str) -> None:
    lines = text.split("\n")
    assert _widths(lines) == [print_width(line) for line in lines]


_EDGES = st.text(alphabet=st.sampled_from(list("丨|¦｜·•ab中 \t\u3000\n")), max_size=40)


def test_stray_mark_sets_are_the_regex_classes() -> None:
    # the first screen counts the trailing set alone: it must hold every leading mark
    assert set(_LEADING_MARKS) <= set(_TRAILING_MARKS)
    assert f"^({_EDGE_SPACE})[{_LEADING_MARKS}]" in _STRAY_MARK.pattern
    assert f"[{_TRAILING_MARKS}](?={_EDGE_SPACE}$)" in _STRAY_MARK.pattern


@given(_EDGES)
# a mark alone on the next line is no trailing mark of the line above (the regex's spaces
# once ran across the line break)
@example(" | a | \n|")
# a line may carry a mark at each edge: two lines, three marks
@example(" | a |\na |")
def test_stray_marks_screen_skips_only_pages_the_regex_leaves(text: str) -> None:
    marks = [m.group().strip() for m in _STRAY_MARK.finditer(text)]
    if len(marks) < _STRAY_LINES:
        assert without_stray_marks(text) == (text, [])
    else:
        # a mark's line keeps its indentation or padding
        assert without_stray_marks(text) == (_STRAY_MARK.sub(lambda m: m.group(1) or "", text),
                                             marks)


@given(st.lists(st.sampled_from(["大白菜 1.36元/斤 上涨", "猪肉：13.20元/公斤", "正文一句。",
                                 "", "西红柿 4.80元/斤", "1元/斤", "某某 3元"]), max_size=8))
def test_price_rows_skip_only_lines_without_yuan(lines: list[str]) -> None:
    plain: set[int] = set()
    filled = [i for i, ln in enumerate(lines) if ln]
    for priced, group in itertools.groupby(filled, key=lambda i: bool(_PRICE_ROW.match(lines[i]))):
        run = list(group)
        if priced and len(run) >= 2:
            plain.update(run)
    assert price_rows(lines) == frozenset(plain)


@pytest.mark.parametrize(("needs", "pattern"), [
    ("_TICKER_NEEDS", "_TICKER_ROW"), ("_KEYWORDS_NEEDS", "_KEYWORDS"),
    ("_WEATHER_NEEDS", "_WEATHER_LINE"),
])
def test_page_screens_are_read_off_their_patterns(needs: str, pattern: str) -> None:
    # a page holding none of the strings skips the reader: every line the pattern matches
    # holds one (a changed pattern changes its screen)
    import cleaners.chrome.common as common

    rx = getattr(common, pattern)
    assert getattr(common, needs) == gate([rx]).needs is not None
    made = {"_TICKER_ROW": ["上证指数 3412.56 +0.87%", "深证成指 11234.5 -1.2%"],
            "_KEYWORDS": ["关键词：无人机；水稻", "【關鍵字】：某某"],
            "_WEATHER_LINE": ["多云 18℃～26℃", "小雨 12°C~18°C"]}[pattern]
    for line in made:
        assert rx.match(line), line
        assert any(n in line for n in getattr(common, needs))


def test_readers_behind_page_screens_still_read_their_pages() -> None:
    from cleaners.chrome.common import abstract_keywords, forecast_lines, quoted_in_text

    assert quoted_in_text(["截至收盘：", "上证指数 3412.56 +0.87%", "深证成指 11234.5 -1.2%",
                           "两市成交额较上一交易日有所放大，市场情绪回暖。"]) == {1, 2}
    assert abstract_keywords(["摘要：本文研究了无人机植保。", "关键词：无人机；水稻"]) == {1}
    assert forecast_lines(["10月16日", "多云 18℃～26℃", "10月17日", "小雨 12℃～18℃"]) == {1, 3}
    assert not quoted_in_text(["正文一句。"])
    assert not forecast_lines(["正文一句。"])
