"""Pages of our own saved as text, written in the shapes such sites print, cleaned whole.

A county government page with its information table (索引号, 标题, 发文字号, 成文日期 / 发布日期
rows), accessibility toolbar and welcome line: the metadata comes from the table, the headline
from its 标题 row, the date is the publication's, and only the article stays. Also a city
paper's edition page, a portal's article with its font-size tools in the metadata row, and a
WeChat account's post."""

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
])
def test_information_table_rows(line: str, title: str | None, date: str | None,
                                 document_date: bool) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert (found.title, found.date, found.document_date) == (title, date, document_date)


def test_a_title_label_in_a_sentence_is_no_row() -> None:
    assert parse_meta_line("标题：要简洁，不超过二十个字，这是编辑部的要求。") is None


@pytest.mark.parametrize(("name", "meta", "first", "last", "count"), [
    ("city_paper_edition", {"title": "某某市召开优化营商环境大会", "source_name": None,
                            "authors": ("王小明",)},
     "出台20条措施", "会议还对2023年度", 5),
    ("portal_news", {"title": "多地出台措施稳就业 高校毕业生就业渠道持续拓宽",
                     "date": "2024-05-11T10:32:15", "source_name": "新华网"},
     "新华社北京5月11日电", "人社部有关负责人", 2),
    ("wechat_account", {"date": "2024-05-11T10:32:00", "source_name": "某某区委组织部"},
     "5月以来", "下一步", 3),
])
def test_page_shapes(name: str, meta: dict[str, object], first: str, last: str,
                     count: int) -> None:
    page = PAGE.with_name(f"{name}.txt")
    doc = clean_text(page.read_text("utf-8"), id=name)
    for key, value in meta.items():
        assert getattr(doc.meta, key) == value, key
    lines = doc.text.split("\n")
    assert (len(lines), lines[0][: len(first)], lines[-1][: len(last)]) == (count, first, last)
