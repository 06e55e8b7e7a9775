"""Defects the spam pages gl571-gl576 showed, each on invented text with counterexamples.

Six spam mirrors of shapes the fixtures lacked: pieces of two chopped phrases set right before
punctuation and at paragraph starts, whole advert sentences between paragraphs with pieces
inside sentences, coined brands spelled out with spaces and middle dots and in pinyin, a title
stuffed with keywords between | and _, a numbered government notice with pieces after each
item's number, and a 寄生虫 page of shuffled sentences from several articles with brand lines.
What was fixed:

- a coined operator's name spelled out one character at a time (金 麟 体 育, 某·某·国·际),
  glued inside a sentence or closing it, stayed on a page proven to carry spam: only names
  the lexicon holds were joined and read.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.spam.lexicon import spaced_brand_runs

P1 = "12月5日，某某县中医院组织专家走进乡镇开展义诊，为群众测量血压、血糖，解答健康咨询。"
P2 = "医院负责人介绍，今年以来已开展巡回义诊18场，并与7家卫生院建立了帮扶关系，每周派驻专家坐诊。"
P3 = "下一步，医院将把义诊与家庭医生签约服务结合起来，让群众在家门口就能看上好医生。"


@pytest.mark.parametrize(("text", "joined"), [
    ("关系，祥 鹤 体 育每周", "祥鹤体育"),
    ("好医生。祥·鹤·娱·乐", "祥鹤娱乐"),
    ("坐诊，丰 岚 国 际。", "丰岚国际"),
    ("带教。瑞 - 岭 - 棋 - 牌", "瑞岭棋牌"),
])
def test_a_coined_name_spelled_out_with_its_product_word_is_read(text: str, joined: str) -> None:
    assert [j for _, _, j in spaced_brand_runs(text)] == [joined]


@pytest.mark.parametrize("text", [
    "体 育 新 闻",            # a heading spaced out: no product word at its end
    "通 知 公 告",
    "王 伟　李 娜　张 强",     # names spaced to fill a column
    "国 际 体 育",            # a product word is no name
    "北 京 市 体 育 局 中 心",  # too long a run to be a name and a product word
    "某某体育中心开展全民健身活动",  # nothing spaced
])
def test_spaced_headings_and_names_are_no_brand(text: str) -> None:
    assert spaced_brand_runs(text) == []


def _page(body: list[str]) -> str:
    return "\n".join(["某某县中医院", "网站首页 > 医院新闻 > 正文", "县中医院专家走进乡镇开展义诊",
                      "发布日期：2026-12-06　来源：医院办公室", *body]) + "\n"


def test_spelled_out_brands_go_on_a_page_proven_to_carry_spam() -> None:
    doc = clean_text(_page([P1 + "祥鹤体育官网xh8899.com",
                            P2.replace("每周", "祥 鹤 体 育每周"),
                            P3 + "祥·鹤·体·育"]), id="t")
    assert doc.text.split("\n") == [P1, P2, P3]


def test_a_spelled_out_brand_alone_proves_nothing() -> None:
    """On a page nothing else proves, the spaced run stays as it was printed: alone it may be
    a heading's or a table's spacing."""
    doc = clean_text(_page([P1, P2.replace("每周", "祥 鹤 体 育每周"), P3]), id="t")
    assert "祥 鹤 体 育" in doc.text
