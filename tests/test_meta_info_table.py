"""A county government page of our own saved as text, with its information table (索引号, 标题,
发文字号, 成文日期 / 发布日期 rows), accessibility toolbar and welcome line: the metadata comes
from the table, the headline from its 标题 row, the date is the publication's, and only the
article stays. Other page shapes are in tests/test_text_page_shapes.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.meta import parse_meta_line

PAGE = Path(__file__).parent / "fixtures" / "text" / "county_gov_info_table.txt"


def test_information_table_gives_the_metadata_and_only_the_article_stays() -> None:
    doc = clean_text(PAGE.read_text("utf-8"), id="gov")
    assert doc.meta.title == "某某县召开2024年春耕生产推进会"
    assert doc.meta.date == "2024-05-11"  # 发布日期, not 成文日期 2024-05-10
    assert doc.meta.source_name == "某某县农业农村局"
    lines = doc.text.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("5月10日，某某县召开")
    assert lines[-1].startswith("会议强调")


@pytest.mark.parametrize(("line", "title", "date", "document_date"), [
    ("标题： 某某县召开2024年春耕生产推进会", "某某县召开2024年春耕生产推进会", None, False),
    ("发文字号： 发布日期： 2024-05-11", None, "2024-05-11", False),
    ("发布机构： 某某县农业农村局 成文日期： 2024-05-10", None, "2024-05-10", True),
    ("成文日期：2024-05-10 发布日期：2024-05-11", None, "2024-05-11", False),
    # a library's catalogue record names the item it describes
    ("题名：某某商会档案选编", "某某商会档案选编", None, False),
])
def test_information_table_rows(line: str, title: str | None, date: str | None,
                                 document_date: bool) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert (found.title, found.date, found.document_date) == (title, date, document_date)


def test_a_title_label_in_a_sentence_is_no_row() -> None:
    assert parse_meta_line("标题：要简洁，不超过二十个字，这是编辑部的要求。") is None
