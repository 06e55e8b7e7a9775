"""A row of labelled fields under the body (来源：… 时间：… 作者：…) gives the page's publisher and
date, also with the label of the theme's box glued before it (版权声明 来源：…); a statement
under that label is no row (cleaners/html/metadata.py foot_row)."""
from __future__ import annotations

import pytest

from cleaners.html.metadata import foot_row


@pytest.mark.parametrize("line", [
    "来源：某某商报 时间：2019-09-23 14:34:05 作者：",
    "版权声明 来源：某某商报 时间：2019-09-23 14:34:05 作者：",
    "文章信息 来源：某某商报 时间：2019-09-23 14:34:05",
])
def test_a_foot_row_names_the_publisher_and_date(line: str) -> None:
    row = foot_row(line)
    assert row is not None
    assert (row.source_name, row.date) == ("某某商报", "2019-09-23T14:34:05")


@pytest.mark.parametrize("line", [
    "版权声明：本文为原创，转载请注明出处。",
    "版权声明 本站文章除注明外均为原创，转载请注明来源：某某商报",
    "版权声明",
])
def test_a_statement_under_the_label_is_no_row(line: str) -> None:
    assert foot_row(line) is None
