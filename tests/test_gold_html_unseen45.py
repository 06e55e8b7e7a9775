"""The general defect the six saved pages of unseen site families (gold_html gh284-gh289: a news
agency's article with a video box, a procuratorate, a power-supply company, a research institute,
a provincial 政策解读 with its attachments, a red-cross society) showed, pinned on invented rows
with their counterexamples: a portal's date row printed year first and month/day in a box of its
own, saved as text with the boxes run together."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_meta_line

_BODY = ("某某县今年新建乡村学校网络教室四十间，全县乡村小学实现网络教室全覆盖，城乡学校按同一张课表上课。\n\n"
         "县教育局有关负责人表示，下一步将组织城乡教师联合备课，帮助乡村教师提升教学能力。\n\n"
         "据了解，全县已有六十四所乡村学校与城区学校建立结对关系，结对学校每学期互派教师听课。\n")


@pytest.mark.parametrize(
    ("row", "date", "source"),
    [
        ("2026 05/14 09:12:33 来源：某某网", "2026-05-14T09:12:33", "某某网"),
        # the year, day and time spans saved with no gap between them
        ("202605/1409:12:33来源：某某网", "2026-05-14T09:12:33", "某某网"),
        ("202605/14 09:12 来源：某某网", "2026-05-14T09:12:00", "某某网"),
        ("2026 5/4 来源：某某日报", "2026-05-04", "某某日报"),
    ],
)
def test_a_row_dated_year_then_boxed_month_day_is_read(row: str, date: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.date, found.source_name) == (date, source)


@pytest.mark.parametrize(
    "row",
    [
        "2026 13/40 来源：某某网",  # no month and day after the year
        "202605/14号文件来源：某某网",  # glued, but no time after it: a number, not a date
        "第202605/1409:12:33期 来源：某某网",  # not at the row's start
        "2026 05/14 期间，全市共接待游客八十万人次。",  # a sentence
    ],
)
def test_rows_that_are_no_year_boxed_date(row: str) -> None:
    found = parse_meta_line(row)
    assert found is None or found.date is None


@pytest.mark.parametrize("row", ["202605/1409:12:33来源：某某网", "2026 05/14 09:12:33 来源：某某网"])
def test_a_year_boxed_row_under_the_headline_dates_the_page(row: str) -> None:
    text = (f"某某网 > 教育 > 正文\n\n乡村学校用上网络教室\n\n{row}\n分享到：微信微博\n\n{_BODY}")
    doc = clean_text(text, id="t")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "乡村学校用上网络教室", "2026-05-14T09:12:33", "某某网")
    assert doc.text.splitlines()[0].startswith("某某县今年新建")
    assert row not in doc.text


def test_a_glued_number_in_the_text_dates_nothing() -> None:
    # counterexample: a number of the same digits with no time after it, in a line of its own
    text = f"乡村学校用上网络教室\n\n2026年5月14日\n\n{_BODY}\n202605/14号\n"
    doc = clean_text(text, id="t")
    assert doc.meta.date == "2026-05-14"
