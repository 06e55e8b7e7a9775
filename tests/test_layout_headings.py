"""layout.paragraphs keeps a heading with a comma apart from the paragraph below it, and still
re-joins a sentence split by a removed caption or wrapped by the page."""

from __future__ import annotations

import pytest

from cleaners import Doc
from cleaners.layout import Paragraphs

BODY = "这是正文的一个完整段落，用来让页面有足够的文字。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Headings with a comma, directly above a paragraph that opens with a short clause.
        ("今年本市出口增速有所放缓，全年突破二千亿元大关\n张教授认为，外部需求仍然偏弱。",
         ["今年本市出口增速有所放缓，全年突破二千亿元大关", "张教授认为，外部需求仍然偏弱。"]),
        ("老人接到陌生来电称其涉案、被吓坏，层层套路被骗走八十万元\n3月5日，某区警方通报了案情。",
         ["老人接到陌生来电称其涉案、被吓坏，层层套路被骗走八十万元", "3月5日，某区警方通报了案情。"]),
        # The same in a page saved as text, with a blank line between all paragraphs.
        (f"{BODY}\n\n今年本市出口增速有所放缓，全年突破二千亿元大关\n\n张教授认为，外部需求仍然偏弱。",
         [BODY, "今年本市出口增速有所放缓，全年突破二千亿元大关", "张教授认为，外部需求仍然偏弱。"]),
    ],
)
def test_layout_keeps_heading_with_comma_apart(text: str, expected: list[str]) -> None:
    assert Paragraphs()(Doc(id="d", text=text)).text.split("\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A removed caption left a wider gap than the page's paragraph spacing: one sentence.
        (f"{BODY}\n\n负责安排部署联合执法、安全排查、抗洪防汛等业务工\n\n\n\n作，统筹解决各自的难点。",
         [BODY, "负责安排部署联合执法、安全排查、抗洪防汛等业务工作，统筹解决各自的难点。"]),
        # A first half with a sentence end in it is prose, not a heading.
        ("发展靠的是现代农业。塘湾村是山区，村里的闲置土地\n较多。村党委成立了合作社。",
         ["发展靠的是现代农业。塘湾村是山区，村里的闲置土地较多。村党委成立了合作社。"]),
        # A line ending with a comma or a line opening with closing punctuation always joins.
        ("记者走访了多个社区，社区工作人员告诉记者，\n这些工作都在两天内完成了。",
         ["记者走访了多个社区，社区工作人员告诉记者，这些工作都在两天内完成了。"]),
        ("研究发现，这一指标的预测作用最强\n。", ["研究发现，这一指标的预测作用最强。"]),
    ],
)
def test_layout_still_joins_broken_sentences(text: str, expected: list[str]) -> None:
    assert Paragraphs()(Doc(id="d", text=text)).text.split("\n") == expected
