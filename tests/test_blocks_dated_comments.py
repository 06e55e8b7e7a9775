"""A blog's comment list saved as text: its heading (评论列表：) over comments each under a row
of its date and reply button (发布于 2025-11-29 21:06 回复该评论), the writer's name above
(gold_html --text: a Z-Blog post)."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import dated_comment_list, named_comment_thread

_HEAD = "某某小记\n\n用旧木箱做了一个堆肥箱\n\n2025-11-28 来源：某某小记 作者：某某\n\n"
_BODY = ("家里每天都有不少菜叶、果皮，以前都是直接扔进垃圾桶，这次决定在阳台上试一试。\n\n"
         "箱子是用搬家时留下的一个旧木箱改的，箱底钻了十几个小孔方便渗水。\n\n"
         "两个月后，箱子底层已经积了一层黑褐色的肥料，阳台上的小葱明显长得更壮了。\n")
_THREAD = ("\n  • 评论列表：\n\n  •  某某读者\n 发布于 2025-11-29 21:06  回复该评论\n"
           "  • 请问一斤蚯蚓大概多久能处理完一家人的厨余？\n\n  •  某某\n"
           " 发布于 2025-11-29 22:14  回复该评论\n  • 一开始处理不了那么多，剩下的菜叶可以先晒干攒着。\n")


def test_the_comment_list_goes() -> None:
    doc = clean_text(_HEAD + _BODY + _THREAD, id="t")
    assert "评论列表" not in doc.text
    assert "回复该评论" not in doc.text
    assert "厨余" not in doc.text
    assert "晒干攒着" not in doc.text
    assert doc.text.endswith("长得更壮了。")


def test_one_dated_row_or_a_paragraph_under_the_heading_is_no_list() -> None:
    bare = ["正文一段。", "评论列表：", "某某", "发布于 2025-11-29 21:06 回复该评论", "评论一条。"]
    assert dated_comment_list(bare, [0, 1, 2, 3, 4], {}, 0) == set()
    # a paragraph between the heading and the rows: the heading's no list's
    long_line = "这是一段很长的正文，讲的是评论列表这个功能在社区网站上的用法和它带来的变化。"
    bare = ["正文一段。", "评论列表：", long_line, "2025-11-29 21:06 回复", "一条。",
            "2025-11-29 22:14 回复", "二条。"]
    assert dated_comment_list(bare, list(range(7)), {}, 0) == set()
    # with a name there, the list goes
    bare[2] = "某某"
    assert dated_comment_list(bare, list(range(7)), {}, 0) == {1, 2, 3, 4, 5, 6}


_NAMED = ("\n2 条评论\n\n  • 某某\n2025年08月11日\n\n定时插座这个办法好，我家的多肉也想这么弄。\n\n回复\n"
          "  • 某某的小院\n2025年08月12日\n\n请问潜水泵是多大功率的？\n\n回复\n\n发表评论\n")


@pytest.mark.parametrize("count", ["2 条评论", "共 2 条评论", "《用旧木箱做了一个堆肥箱》有2个想法",
                                   "2 Comments"])
@pytest.mark.parametrize("writer", ["某某", "某某说道："])
def test_a_thread_of_names_over_dates_under_its_count_goes(count: str, writer: str) -> None:
    """A blog's thread saved as text: under its count, each writer's name (• 某某, • 某某说道：)
    over the comment's date alone, the comment and its reply button."""
    thread = _NAMED.replace("2 条评论", count).replace("  • 某某\n", f"  • {writer}\n")
    doc = clean_text(_HEAD + _BODY + thread, id="t")
    for gone in ("某某的小院", "定时插座", "潜水泵", "2025年08月"):
        assert gone not in doc.text
    assert doc.text.endswith("长得更壮了。")


def test_one_name_over_a_date_under_a_count_is_no_thread() -> None:
    """Counterexample: one name over one date under the count may be the article's own byline
    and date; and with no count over them, names over dates are no thread."""
    bare = ["正文一段。", "2 条评论", "某某", "2025年08月11日", "一条评论。"]
    assert named_comment_thread(bare, 0) == set()
    bare = ["正文一段。", "某某", "2025年08月11日", "一条。", "回复", "某某", "2025年08月12日", "二条。"]
    assert named_comment_thread(bare, 0) == set()
    bare = ["正文一段。", "2 条评论", "某某", "2025年08月11日", "一条。", "回复", "某某",
            "2025年08月12日", "二条。", "回复", "发表评论"]
    assert named_comment_thread(bare, 0) == set(range(1, 10))
