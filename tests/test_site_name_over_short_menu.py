"""A site's short name alone on a page's first line, right over a menu row of three labels
(进入某某 全站搜索 站内搜索) too short for chrome.lines' menu rules, is the site's logo: it goes
with the row above the headline. A sentence longer than a name there is the page's text."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_PAGE = """{first}
进入论坛  全站搜索  版内搜索
登录  注册
夜钓版
关注：12,567  贴子：234,789
看贴  图片  精品  视频  玩乐

水库夜钓的几个细节，决定你能不能上鱼
只看楼主  收藏  回复
江边老钓手
楼主
夏末秋初是水库钓鱼的好时候，白天水温高，鱼多在深水区，傍晚以后会沿着水流和风口上浮觅食。
第一，选位看风向。风把水面的浮游生物吹向哪边，鱼就往哪边聚，尽量选迎风的岸边。
第二，开饵要雾化好。饵料入水后要慢慢散开，在水中形成一团雾，才能把鱼留住。
1楼 2024-09-14 22:18 来自Android客户端
回复
"""


@pytest.mark.parametrize(("first", "goes"), [
    ("钓友汇", True), ("某某论坛", True),
    # a sentence longer than a site's name is no logo (counterexample)
    ("今年夏天我在附近几座水库夜钓，总结了几条经验给新手参考。", False)])
def test_a_short_name_over_a_short_menu_row(first: str, goes: bool) -> None:
    doc = clean_text(_PAGE.format(first=first), id="t")
    assert any(r.rule == "above_headline" and r.text == first for r in doc.removals) is goes
    # (the text opens under them; a sentence over the menu opens it itself)
    assert doc.text.startswith("夏末秋初") is goes
