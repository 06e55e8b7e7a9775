"""A record page's label cell saved before its value on one line (诉求内容 市民来电反映：……):
the label goes, the text stays; a label with a colon, or over no prose, stays (invented lines)."""
from __future__ import annotations

import pytest

from cleaners.chrome.inline import inline_cleaner
from cleaners.document import Doc

_VALUE = "市民来电反映：某某小区高层住户用水高峰时段水压不足，希望相关部门督促物业尽快维修。"


def _text(text: str) -> str:
    return inline_cleaner()(Doc("d", "", text=text)).text


@pytest.mark.parametrize("label", ["诉求内容", "办理结果", "答复内容", "留言內容", "回复意见"])
def test_a_label_glued_before_its_prose_goes(label: str) -> None:
    assert _text(f"工单详情\n{label} {_VALUE}\n") == f"工单详情\n{_VALUE}\n"


@pytest.mark.parametrize("line", [
    "处理结果：对涉事企业罚款五万元，责令限期整改，并纳入信用记录。",  # an article's own field
    "办理结果 已办结",  # a short value: the work order's field, another rule's
    "诉求内容",  # the label on its own line (the HTML path prints it so)
    "办理情况通报会上，有关负责人介绍了今年以来群众诉求的办理进展。",  # prose opening on the words
])
def test_a_label_with_a_colon_or_over_no_prose_stays(line: str) -> None:
    assert _text(f"{line}\n{_VALUE}\n") == f"{line}\n{_VALUE}\n"
