"""A link card inside a blog post saved as text (the linked page's title, its description, the
site's name): three lines with no blank between, on a page whose paragraphs stand blank lines
apart. Invented pages; each counterexample keeps its lines."""
from __future__ import annotations

import pytest

from cleaners import clean_text

_PARAS = [
    "今年春天，我在小院的东墙边开了一小块菜地，种了辣椒、茄子和几棵黄瓜，每天下班都去看一眼。",
    "辣椒长得最好，第一茬就摘了两大碗。茄子开花晚，一直到六月底才结出第一个果子，个头也不大。",
    "黄瓜爬藤很快，我用竹竿搭了一个简单的架子，没过几天藤蔓就爬满了，叶子又大又绿。",
    "秋天收完最后一茬以后，我把菜地翻了一遍，撒上草木灰，准备明年再试试种番茄和豆角。",
    "种菜这件事让我慢了下来，也让我重新认识了土地和季节，这大概是今年最大的收获吧。",
]
_CARD = ("小院黄瓜搭架的三种做法\n"
         "竹竿、麻绳和旧晾衣架都能用来搭黄瓜架，关键是要在藤蔓长到一尺高之前搭好。\n"
         "种菜手记老李")


def _page(middle: str) -> str:
    return "\n\n".join([*_PARAS[:3], middle, *_PARAS[3:]]) + "\n"


def test_a_link_card_between_paragraphs_goes() -> None:
    text = clean_text(_page(_CARD), id="invented").text
    for line in _CARD.split("\n"):
        assert line not in text
    for para in _PARAS:
        assert para in text


@pytest.mark.parametrize("middle", [
    # a subhead over its paragraph and a reporter's note with a figure: no card
    "搭架子的经验\n黄瓜藤蔓长得很快，搭架子一定要趁早，最好在藤蔓长到一尺高之前就搭好。\n2025年7月",
    # the three lines with a blank between two of them: the page's own blocks
    "小院黄瓜搭架的三种做法\n\n竹竿、麻绳和旧晾衣架都能用来搭黄瓜架，关键是要在藤蔓长到一尺高之前搭好。\n种菜手记老李",
    # a short poem: its lines end on marks
    "小院种瓜豆，\n春风吹满园，藤蔓爬上竹竿以后，一天比一天长得更高。\n秋来收获多。",
])
def test_three_lines_that_are_no_card_stay(middle: str) -> None:
    text = clean_text(_page(middle), id="invented").text
    for line in middle.split("\n"):
        if line:
            assert line in text
