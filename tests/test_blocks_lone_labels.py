"""chrome.blocks/lone_label: a label with nothing under it goes; a label with its text stays.
chrome.lines/counter: a number alone on its line goes."""

from __future__ import annotations

import pytest

from cleaners import Doc
from cleaners.chrome.blocks import PageBlocks
from cleaners.chrome.common import line_cleaner

PARA = "记者近日走访了多个社区，了解到各项便民服务已经覆盖全区，居民对此普遍表示满意。"


@pytest.mark.parametrize(
    ("lines", "gone"),
    [
        (["划重点：", PARA, PARA, PARA], ["划重点："]),  # first line: its points were lost
        (["各基层党组织：", "附件：", PARA], ["各基层党组织："]),  # salutation over a label
        ([PARA, PARA, "各有关单位："], ["各有关单位："]),  # a salutation last addresses nothing
        ([PARA, PARA, PARA, "附件："], ["附件："]),  # last line
        ([PARA, "导读：", "核心提示：", PARA, PARA], ["导读："]),  # right above another label
        # a salutation with a label under it introduces nothing, nor the label above it
        ([PARA, "答复：", "主席：", "附件：", PARA], ["答复：", "主席："]),
    ],
)
def test_lone_label_removed(lines: list[str], gone: list[str]) -> None:
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert [r.text for r in doc.removals if r.rule == "lone_label"] == gone
    for label in gone:
        assert label not in doc.text.split("\n")


@pytest.mark.parametrize(
    "lines",
    [
        [PARA, "点评：", PARA, PARA],  # it introduces the paragraph under it
        ["女士们、先生们：", PARA, PARA, PARA],  # an address, not a label
        ["各基层党组织：", PARA, PARA, PARA],  # a notice's salutation over its first paragraph
        ["各有关单位：", PARA, PARA],
        ["全体党员：", PARA, PARA],
        [PARA, "运行效果如下图所示：", "可以看出以下特点：", PARA],  # sentences, not labels
        [PARA, "while True:", "try:", PARA],  # code
        # a written reply's label over the chair it addresses, then the reply (答覆：/主席：)
        [PARA, "答覆：", "主席：", PARA, PARA],
        [PARA, "答复：", "代理主席：", PARA, PARA],
    ],
)
def test_label_with_text_kept(lines: list[str]) -> None:
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert not [r for r in doc.removals if r.rule == "lone_label"]


@pytest.mark.parametrize(
    ("line", "removed"),
    [("01", True), ("02", True), ("3", True), ("2024", False), ("1.", False), ("01 开篇", False)],
)
def test_number_alone_removed(line: str, removed: bool) -> None:
    doc = line_cleaner()(Doc(id="d", text=f"{PARA}\n{line}\n{PARA}"))
    assert ([r.rule for r in doc.removals] == ["counter"]) is removed
