"""Date rows of pages saved as text that no stricter row reads: a blog's row opened by when the
post went up, a date whose year and month/day stood in boxes apart, a byline row going on with
the date, and a platform's IP place after a middle dot."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.meta import MetaLines, parse_date_row, verb_dated_row

_PARA = "这是一段足够长的正文内容，用来说明文章的主体部分，里面有很多句子。" * 3


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("发表于2025-11-02 更新于2025-11-05 分类于绿植 阅读次数：1,208  本文字数：1.1k 阅读时长 ≈1 分钟",
         "2025-11-02"),
        ("发布于 2024-03-05 10:20 分类 随笔 标签 读书 旅行 评论 12 阅读 3,456", "2024-03-05T10:20:00"),
        ("2025  12/02  16:48:21", "2025-12-02T16:48:21"),
        ("2024 3/5", "2024-03-05"),
    ],
)
def test_verb_dated_rows(line: str, date: str) -> None:
    found = verb_dated_row(line)
    assert found is not None
    assert found.date == date


@pytest.mark.parametrize(
    "line",
    [
        "发表于2025年的一篇文章里，作者这样写道。",  # a sentence
        "发表于北京 2025-01-01",  # the verb goes with a place, not the date
        "2025年有12/02的人参加",  # no boxes: a sentence's figures
        "2025 13/40",  # no month and day
        "更新于 某某 2025-01-01",
    ],
)
def test_rows_that_are_not_verb_dated(line: str) -> None:
    assert verb_dated_row(line) is None


@pytest.mark.parametrize(
    "line",
    ["发布于 2025-10-12 21:47・IP 属地浙江", "编辑于 2025-10-14 09:03IP 属地浙江",
     "发布于 2025-10-12 21:47 IP属地：浙江"],
)
def test_ip_place_after_a_dot_or_without_its_colon(line: str) -> None:
    found = parse_date_row(line)
    assert found is not None
    assert found.date is not None
    assert found.source_name is None


def test_a_blog_row_under_the_headline_dates_the_post() -> None:
    text = ("阳台养绿萝过冬的几点经验\n\n发表于2025-11-02 更新于2025-11-05 分类于绿植 阅读次数：1,208"
            f"  本文字数：1.1k 阅读时长 ≈1 分钟\n\n{_PARA}")
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.date == "2025-11-02"
    assert doc.text.strip() == _PARA


def test_a_year_and_its_day_in_boxes_date_the_page() -> None:
    text = f"全国冬小麦播种基本结束\n2025  12/02  16:48:21\n{_PARA}"
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.date == "2025-12-02T16:48:21"
    assert doc.meta.title == "全国冬小麦播种基本结束"


def test_a_byline_row_going_on_with_the_date() -> None:
    text = f"亲子共读：怎么读一篇课文\n\n文 / 某某某 2025年10月9日 适合年级：一年级 阅读 3.2万\n\n{_PARA}"
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.authors == ("某某某",)
    assert doc.meta.date == "2025-10-09"


def test_a_line_of_figures_in_the_text_gives_no_date() -> None:
    text = f"某市举办秋季农产品展销会\n{_PARA}\n2025 12/02\n{_PARA}"
    doc = MetaLines()(Doc("d", "", text=text))
    assert doc.meta.date is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        # an account's row closed by where it was posted from, with its verb (发布于/发表于) or
        # without: the account published it
        ("某某吃货小分队  2025-10-08 18:42  发布于福建", "某某吃货小分队"),
        ("某某观察 2024-05-06 18:32 发表于北京", "某某观察"),
        ("某某發布 2024-05-06 18:32 發布於四川", "某某發布"),
        ("某某发布 2026-11-21 18:30 四川", "某某发布"),
        # counterexamples: no account before the date, or 发布于 naming an outlet
        ("2024-05-06 18:32 发布于湖北", None),
        ("2024-05-06 18:32 发布于某某新闻网", "某某新闻网"),
    ],
)
def test_an_accounts_row_closed_by_where_it_was_posted(line: str, source: str | None) -> None:
    found = parse_date_row(line)
    assert found is not None
    assert found.source_name == source
