"""meta's quick tests (Gates and screens read off its patterns) never change an answer.

Every parse function, and the default chain over the seed and demo pages, is run twice: as it
is, and with every gate open and every screen finding something (the plain regexes alone).
The answers must be the same on the pages' lines, on lines made of the patterns' own pieces
and on random lines. A pattern edited so that its gate no longer holds fails here.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import Doc, default_chain, meta
from cleaners.literals import Gate, clues, gate

from .conftest import ROOT, SHARED

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

OPEN = Gate(least=0, first=None, needs=None)
EVERYWHERE = re.compile("")


@contextlib.contextmanager
def ungated() -> Iterator[None]:
    """meta with every quick test switched off: only the regexes themselves decide."""
    with pytest.MonkeyPatch.context() as mp:
        for name in dir(meta):
            value = getattr(meta, name)
            if isinstance(value, Gate):
                mp.setattr(meta, name, OPEN)
            elif isinstance(value, meta._Variants):
                mp.setattr(value, "gate", OPEN)
        mp.setattr(meta, "_ROW_SCREEN", EVERYWHERE)
        mp.setattr(meta, "_LABELLED_SCREEN", EVERYWHERE)
        mp.setattr(meta, "_ORIGINAL_NEEDS", None)
        yield


def _answers(line: str) -> tuple[Any, ...]:
    return (meta.parse_meta_line(line), meta.parse_byline(line, tail=True),
            meta.parse_byline(line, tail=False), meta.parse_date_row(line),
            meta.parse_loose_date_row(line), meta.is_prose(line),
            meta.mend_title("某某……", [line]), meta.mend_title("[某某]标题", [line]))


def _check(lines: list[str]) -> None:
    gated = [_answers(line) for line in lines]
    with ungated():
        plain = [_answers(line) for line in lines]
    for line, a, b in zip(lines, gated, plain, strict=True):
        assert a == b, line
        # is_prose counts twelve Han characters with one match instead of a list of them
        assert (meta._HAN_12.match(line) is not None) == (len(meta._HAN.findall(line)) >= 12)


def _pages() -> list[str]:
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted(
        (ROOT / "sites" / "demo" / "pages").glob("*.txt"))
    assert paths
    return [Path(p).read_text(encoding="utf-8") for p in paths]


# Pieces the patterns are made of: field names, dates, names, titles, separators.
_PIECES = [
    *meta._DATE_KEYS.split("|"), *meta._SOURCE_KEYS.split("|"), *meta._AUTHOR_KEYS.split("|"),
    *meta._OTHER_KEYS.split("|")[:12], "：", ":", " ", "  ", " | ", "｜", "丨", " / ", "/", "，",
    ", ", "。", "2024年1月15日", "2019-05-17 09:05", "2020/03/09", "19", "20", "1", "09:05",
    "星期三", "张三", "李四 王五", "欧阳文华", "本报记者", "记者", "記者", "通讯员", "作者", "文/",
    "文字", "撰文 |", "（", "）", "(", ")", "【", "】", "[", "]", "某某日报", "新华社", "报道", "摄",
    "原标题：", "《某某新闻标题》", "原创 ", "• ", "·", "来源CSDN", "次阅读", "评论", "关注", "+",
]


def test_gated_parses_agree_on_seed_and_demo_lines() -> None:
    lines = sorted({ln.strip() for page in _pages() for ln in page.split("\n")})
    _check([*lines, *(f" {ln} " for ln in lines[:400])])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), min_size=1, max_size=8))
def test_gated_parses_agree_on_lines_of_pattern_pieces(pieces: list[str]) -> None:
    line = "".join(pieces).replace("\n", " ")
    _check([line, line.strip()])


def test_gated_chain_agrees_on_seed_and_demo_pages() -> None:
    chain = default_chain()

    def run(page: str) -> tuple[Any, ...]:
        doc = chain(Doc(id="p", text=page))
        return doc.text, doc.removals, doc.meta

    pages = _pages()
    gated = [run(p) for p in pages]
    with ungated():
        plain = [run(p) for p in pages]
    assert gated == plain


def test_removed_timestamp_and_account_gates() -> None:
    from cleaners.document import Removal

    removals = [Removal("chrome.lines", "x", "", text, f"line {n}") for n, text in enumerate(
        ["发布日期：2020-03-09", "2019-05-17 09:05", "关注", "+ 关注", "编辑：张三", "无日期"], 1)]
    lines = ["", "某某号", "", "", "标题", "", "正文" * 30 + "。", ""]

    def answers() -> tuple[Any, ...]:
        return (meta._removed_timestamp(removals, 4, 6), meta._removed_timestamp(removals, 0, 0),
                meta._account_line(lines, removals, [1, 4], len(lines)))

    gated = answers()
    with ungated():
        assert answers() == gated


# The Gate itself.

def test_clues_at_start_give_first_characters_of_unanchored_patterns() -> None:
    assert clues(r"(?:19|20)\d\d").first is None
    assert clues(r"(?:19|20)\d\d", at_start=True).first == {"1", "2"}
    first = clues(r"\s*(?:记者|作者)", at_start=True).first or set()
    assert {"记", "作", " ", "\u3000"} <= first  # spaces may come first
    assert "者" not in first
    assert clues(r"x?", at_start=True).first is None  # may match nothing


def test_gate_keeps_only_what_every_pattern_has() -> None:
    both = gate([re.compile(r"记者\d"), re.compile(r"作者")])
    assert both.needs == ("作者", "记者")
    assert both.first is None
    assert both.least == 2
    assert gate([re.compile(r"记者"), re.compile(r".+")]).needs is None
    assert gate([re.compile(r"记者"), re.compile(r"^作")], at_start=True).first == {"记", "作"}
    assert not both.open("编辑 张三")
    assert both.open("本报记者张三")
    assert not both.open("作")


_TEXTS = st.text(alphabet="记者作文编辑12 :：|丨（(x", max_size=10)


@pytest.mark.parametrize(("patterns", "at_start"), [
    ((r"记者\d", r"作者"), False), ((r"^(?:文|作者)\s*[:：]",), False),
    ((r"(?:19|20)\d{2}",), True), ((r"\s*[（(]?记者",), True)])
@settings(max_examples=200, deadline=None)
@given(text=_TEXTS)
def test_gate_and_its_source_never_turn_a_match_away(
        patterns: tuple[str, ...], at_start: bool, text: str) -> None:
    compiled = [re.compile(p) for p in patterns]
    g = gate(compiled, at_start=at_start)
    find: Callable[[re.Pattern[str], str], Any] = re.Pattern.match if at_start else re.Pattern.search
    if any(find(rx, text) for rx in compiled):
        assert g.open(text)
    for asked, stripped in ((text, False), (text.strip(), True)):
        source = g.source(stripped=stripped)
        if g.open(asked) and source is not None:
            assert re.search(source, text)


def test_fewest_needs_drop_strings_holding_another() -> None:
    assert gate([re.compile(r"摄[)）]?|摄影")]).needs == ("摄",)
    assert gate([re.compile(r"ab|abc|b")], max_needs=1).needs == ("b",)
    assert gate([re.compile(r"甲|乙|丙")], max_needs=2).needs is None


def test_caption_gate_never_turns_photo_wording_away() -> None:
    from cleaners.chrome import captions

    lines = {ln.strip() for page in _pages() for ln in page.split("\n")}
    lines |= {"图为村民在果园务工", "资料图", "現場圖：某地", "记者 张三 摄：", "某某 攝/",
              "（某某 摄）", "(记者张三摄)", "航拍图", "供圖", "图片", "摄"}
    for line in lines:
        if captions._PHOTO_WORDS.search(line):
            assert captions._PHOTO_GATE.open(line), line


def test_a_player_counter_ends_the_source_it_is_glued_to() -> None:
    # spans printed without a space between them: 来源：某某台播放：3.2万
    found = meta.parse_meta_line("2024-08-02 21:10来源：某某广播电视台播放：3.2万")
    assert found is not None
    assert found.source_name == "某某广播电视台"


def test_contact_block_cues_cover_every_word_it_asks_a_line_for() -> None:
    """contact_block skips a line its _CONTACT_CUES do not find: each word the loop asks for
    (as ``"…" in lines[i]``) is among them."""
    import inspect

    source = inspect.getsource(meta.contact_block)
    asked = set(re.findall(r'"([^"]+)" (?:not )?in lines\[i\]', source))
    assert {"如下", "以下", "联", "聯", "投稿", "信息", "方式"} <= asked
    assert all(meta._CONTACT_CUES.search(word) for word in asked)
