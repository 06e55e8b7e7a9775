"""A blog's comment list saved as text: its heading (评论列表：) over comments each under a row
of its date and reply button (发布于 2025-11-29 21:06 回复该评论), the writer's name above
(gold_html --text: a Z-Blog post)."""

from __future__ import annotations

from cleaners import clean_text
from cleaners.chrome.blocks import dated_comment_list

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
