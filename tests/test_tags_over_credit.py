"""An article's tag row saved as text without its label (创新创业 学科竞赛), words apart by
spaces right over its credit line (审核：某某　编辑：某某) under the last paragraph, goes as a
tag row; a row of names or of offices there signs the article and stays."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _tags_over_credit

_LAST = "院长在总结讲话中指出，大赛为学生搭建了将课堂知识转化为创新成果的平台。"
_PAGE = """某某大学某某学院

  • 首页
  • 学院概况
  • 新闻动态
  • 人才培养

学院举办第五届大学生节能设计大赛决赛

发布日期：2026-11-05   作者：某某某   浏览次数：

11月4日下午，某某学院在学院报告厅举办第五届大学生节能设计大赛决赛，二百余名师生到场观摩。

本届大赛共收到参赛作品六十余项，经过初赛和复赛两轮评审，共有十支队伍进入决赛。

{last}

{row}

审核：某某　编辑：某某某

Copyright © 2026 某某大学某某学院　地址：某某市大学城1号
"""


@pytest.mark.parametrize(("row", "goes"), [
    ("创新创业 学科竞赛", True), ("节能环保 大学生 科技竞赛", True),
    # a row of names or of offices signs the article (counterexamples)
    ("李建国 王秀英", False), ("某某学院 团委", False), ("机械工程学院 学生工作办公室", False),
    ("记者丨某某 某某某", False), ("记者 某某 某某某", False)])
def test_a_spaced_tag_row_over_the_credit_line(row: str, goes: bool) -> None:
    doc = clean_text(_PAGE.format(last=_LAST, row=row), id="t")
    # (a row of names may go as the byline meta.lines reads, never as tags)
    assert any(r.rule == "tag_row" and r.text == row for r in doc.removals) is goes
    assert goes or row in doc.text or any(r.rule in ("byline", "meta_line") and r.text == row
                                          for r in doc.removals)
    assert _LAST in doc.text


def test_only_under_a_paragraph_and_over_a_taken_credit() -> None:
    bare = [_LAST, "", "创新创业 学科竞赛", "", ""]
    filled = [0, 2]
    assert _tags_over_credit(bare, filled, {4}) == [2]
    # no credit line taken under it
    assert _tags_over_credit(bare, filled, set()) == []
    # a short line over it (a poem's): it stays
    assert _tags_over_credit(["春风又绿", "", *bare[1:]][:5], [0, 2], {4}) == []
