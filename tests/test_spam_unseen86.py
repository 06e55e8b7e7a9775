"""Spam shapes of batch spamunseen86 (gl596-gl604): each rule with what it takes and what an
article's own text it leaves."""

from __future__ import annotations

import pytest

from cleaners.spam.lexicon import tag_row


@pytest.mark.parametrize(("before", "after", "row"), [
    ("本文标签：某某棋牌 秋粮收购 粮食", "本文标签： 秋粮收购 粮食", True),
    ("关键词：乡村振兴、某某娱乐、人居环境", "关键词：乡村振兴、、人居环境", True),
    ("文章標籤：某某娛樂 油麻地 果欄", "文章標籤： 油麻地 果欄", True),
    # counterexamples: nothing cut, one item, a sentence after the label, no tag label
    ("本文标签：秋粮收购 粮食", "本文标签：秋粮收购 粮食", False),
    ("标签：某某棋牌", "标签：", False),
    ("关键词：某某娱乐是近期查处的平台之一。", "关键词：是近期查处的平台之一。", False),
    ("风险提示：购房有风险，某某娱乐 投资需谨慎", "风险提示：购房有风险， 投资需谨慎", False),
])
def test_a_tag_row_a_brand_was_cut_from_goes_whole(before: str, after: str, row: bool) -> None:
    assert tag_row(before, after) is row
