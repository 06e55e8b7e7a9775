"""meta.parse_date_row: the half of the day after a clock time (05:30 AM, 9:05 p.m.) is the
time's, not an outlet's name beside the date; a name after it is still the outlet."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_date_row


@pytest.mark.parametrize("row", ["2025年12月4日 05:30 AM", "2025-12-04 05:30 PM",
                                 "2025/12/04 9:05 p.m.", "2025年12月4日 17:30pm"])
def test_the_half_of_the_day_names_no_outlet(row: str) -> None:
    found = parse_date_row(row)
    assert found is None or found.source_name is None


@pytest.mark.parametrize(("row", "outlet"), [
    ("2025年12月4日 05:30 AM 某某晨报", "某某晨报"),
    ("2025年12月4日 05:30 AM 某某聯合晚報", "某某聯合晚報"),
    # a name opening with the same letters is a name (AMD中文网), no half of the day
    ("2025-12-04 09:05 AMD中文网", "AMD中文网"),
    ("2025-12-04 09:05 某某网", "某某网"),
])
def test_a_name_after_the_time_is_still_the_outlet(row: str, outlet: str) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert found.source_name == outlet


def test_a_papers_date_row_with_am_keeps_its_date_and_no_source() -> None:
    body = ("　　在某某一带的组屋区，邻里巴刹一早就人声鼎沸。卖菜二十多年的摊贩说，今年运来的"
            "蔬菜价格涨了一成左右。\n　　有关部门表示，巴刹和小贩中心的摊位租金明年维持不变，"
            "并将继续推行电子付款奖励计划。\n")
    doc = clean_text(f"邻里巴刹摊贩：菜价涨了 熟客还是天天来\n2025年12月4日 05:30 AM\n\n{body}", id="t")
    assert doc.meta.title == "邻里巴刹摊贩：菜价涨了 熟客还是天天来"
    assert (doc.meta.date or "").startswith("2025-12-04")
    assert doc.meta.source_name is None
