"""chrome.blocks: a long line of names strung together with spaces (a product or headline strip)
is no article paragraph, so a block of them cannot outweigh a short article."""

from __future__ import annotations

from cleaners import Doc
from cleaners.chrome.blocks import PageBlocks, main_span

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
