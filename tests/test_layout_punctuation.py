"""A full stop split onto its own line (after underlined text) goes back to its sentence."""

from __future__ import annotations

from cleaners import Doc
from cleaners.chrome.common import line_cleaner
from cleaners.layout import Paragraphs


def test_lone_closing_punctuation_rejoins_the_sentence_above() -> None:
    text = ("研究发现，这一指标的预测作用最强\n。\n另一项研究显示，多数患者的症状较轻，其中一部分人没有发热\n"
            "。这些患者中，有一成人报告了其他症状。\n——\n下一段。")
    doc = Paragraphs()(line_cleaner()(Doc(id="d", text=text)))
    assert doc.text.split("\n") == [
        "研究发现，这一指标的预测作用最强。",
        "另一项研究显示，多数患者的症状较轻，其中一部分人没有发热。这些患者中，有一成人报告了其他症状。",
        "下一段。"]
    assert [r.text for r in doc.removals] == ["——"]

