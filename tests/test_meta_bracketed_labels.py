"""A metadata row whose labels stand each in brackets of their own, the value after them
(【信息来源】某某日报 【作者】记者 某某 【发布时间】…): read as the same row with colons."""

from __future__ import annotations

from cleaners.meta import parse_meta_line


def test_labels_in_their_own_brackets_are_a_row() -> None:
    found = parse_meta_line("【信息来源】某某日报　【作者】记者 王某某　"
                            "【发布时间】2025-04-22 10:16　【浏览次数】1286")
    assert found is not None
    assert found.date == "2025-04-22T10:16:00"
    assert found.source_name == "某某日报"
    assert found.authors == ("王某某",)


def test_two_bracketed_labels_are_enough() -> None:
    found = parse_meta_line("【发布时间】2024-05-06 【浏览】123")
    assert found is not None
    assert found.date == "2024-05-06"


def test_one_bracketed_label_or_none_at_the_start_is_no_row() -> None:
    # one bracketed word is a heading; a row must open with its label
    assert parse_meta_line("【来源】新华社") is None
    assert parse_meta_line("【编者按】这是一段话 【来源】某某") is None
    assert parse_meta_line("【评论】莫让形式主义挤占基层干部精力") is None
