"""A periodical's reader page saved as text: its issue row dates the page, its masthead and the
section labels above a story's headline (with the byline under it) are chrome (invented pages;
each counterexample keeps its reading)."""
from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import names_a_body, parse_meta_line

_STORY = ("走进城南的老巷，青石板路重新铺平，斑驳的墙面刷上了淡雅的米黄色，几位老人正晒着太阳聊天。\n"
          "这条长不过三百米的老巷，曾经电线乱拉、雨天积水，去年起街道请居民一起商量怎么改。\n"
          "如今巷子里的排水管网全部更新，原有的老槐树和石井栏也被完整保留下来。\n")


@pytest.mark.parametrize(("row", "date"), [
    ("2025年第11期（总第287期）  出版日期：2025-11-15", "2025-11-15"),
    ("第11期  出版时间：2025-11-15", "2025-11-15"),
    ("总第287期 | 2025-11-15", "2025-11-15"),
    ("出刊日期：2025年11月15日", "2025-11-15"),
])
def test_an_issue_row_gives_its_date(row: str, date: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.date == date


@pytest.mark.parametrize("row", [
    "第11期是最后一期 出版日期：2025-11-15",  # a sentence before the field: no row
    "2025年第11期",  # the issue alone dates nothing
])
def test_no_issue_row(row: str) -> None:
    found = parse_meta_line(row)
    assert found is None or found.date is None


@pytest.mark.parametrize(("line", "masthead"), [
    ("《城乡建设》电子期刊", True), ("《某某文艺》杂志", True), ("《某某周刊》数字版", True),
    ("《静夜思》", False),  # a poem's or a book's name alone in its marks
    ("《城乡建设》发布最新一期目录", False),
])
def test_a_periodicals_masthead_names_a_body(line: str, masthead: bool) -> None:
    assert names_a_body(line) is masthead


def test_a_storys_headline_over_its_byline_under_the_issue_row() -> None:
    page = ("《城乡建设》电子期刊\n2025年第11期（总第287期）  出版日期：2025-11-15\n"
            "上一期  下一期  往期回顾  订阅本刊\n第12-13版\n专题报道\n老街区里的“微更新”\n"
            "文／本刊记者 周映川\n" + _STORY)
    doc = clean_text(page, id="invented")
    assert (doc.meta.title, doc.meta.date, doc.meta.authors) == (
        "老街区里的“微更新”", "2025-11-15", ("周映川",))
    assert doc.text == _STORY.strip()
