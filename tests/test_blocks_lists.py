"""chrome.blocks: a long line of names strung together with spaces (a product or headline strip)
is no article paragraph, so a block of them cannot outweigh a short article."""

from __future__ import annotations

import pytest

from cleaners import Doc
from cleaners.chrome.blocks import RELATED_MARKER, PageBlocks, main_span

PARA = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。"
STRIP = "• 某某牌保温杯 某某工厂店 纯棉毛巾三条装 某某品牌 运动跑鞋 某某旗舰店 无线蓝牙耳机 某某优选 坚果礼盒"


def test_a_strip_of_product_names_is_not_the_article() -> None:
    lines = ["某地新建一座公园", PARA, PARA, "猜你喜欢的商品", *[STRIP] * 8]
    assert main_span(lines) == (1, 2)
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert STRIP not in doc.text
    assert doc.text.count(PARA) == 2


def test_a_long_spaced_sentence_is_still_a_paragraph() -> None:
    # Counterexample: spaces between clauses, but it has sentence punctuation.
    spaced = "今年 全区 新建公园 12 个，改造 老旧小区 30 个，群众 满意度 明显 提升，各项 工作 稳步 推进。"
    lines = [spaced, PARA]
    assert main_span(lines) == (0, 1)


@pytest.mark.parametrize("marker", ["您可能感兴趣的文章", "可能感兴趣的话题", "你可能会喜欢", "延伸 · 推荐",
                                    "阅读下一篇", "热门TAGS"])
def test_related_markers(marker: str) -> None:
    assert RELATED_MARKER.match(marker)


@pytest.mark.parametrize("line", ["你可能会喜欢这座城市的夜景。", "延伸推荐的书目由学校统一采购。",
                                  "阅读下一篇文章之前，请先完成练习。"])
def test_related_markers_leave_sentences(line: str) -> None:
    assert not RELATED_MARKER.match(line)
