"""Township and village pages saved as text (gold_like gl392-gl395): a short 公众号 post's
往期回顾 heading over its past posts' headlines, with no paragraph under it, is past the
article however early it stands among the page's lines; the article's paragraphs under such
a heading inside it still stay."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from tests.scripts import to_traditional

_HEAD = ["点击蓝字 关注我们", "某某村：今年的秋收又是好年景",
         "某某村委会 某某村 2025-09-28 18:05 发表于某某"]
_BODY = ["连日来，某某村两千余亩水稻陆续进入收割期，田间收割机来回穿梭，一派丰收景象。",
         "村党支部书记介绍，今年村里推广了统防统治和机插秧，亩产比去年提高了不少。",
         "为解决晾晒难题，村里腾出集体仓库和晒场，优先保障种粮大户和困难农户使用。"]
_PAST = ["往期回顾", "某某村召开秋季农业生产动员会", "某某村文化广场正式投入使用"]
_TAIL = ["来源：某某村委会", "编辑：某某", "喜欢就点个在看吧", "分享 收藏 在看 点赞"]


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_short_posts_past_posts_under_its_heading_go(script: str) -> None:
    page = "\n".join([*_HEAD, *_BODY, *_PAST, *_TAIL])
    want = _BODY
    if script == "hant":
        page, want = to_traditional(page), [to_traditional(x) for x in _BODY]
    assert clean_text(page, id="post").text.split("\n") == want


def test_paragraphs_under_a_heading_early_in_the_article_stay() -> None:
    # a paragraph still standing under the heading keeps it a stray label inside the article
    page = "\n".join([*_HEAD, _BODY[0], "往期回顾", *_PAST[1:], *_BODY[1:], *_TAIL])
    assert clean_text(page, id="post").text.split("\n") == _BODY
