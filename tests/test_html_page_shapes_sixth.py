"""A sixth set of pages of our own in shapes Chinese sites print, through the HTML path whole.

A reporter's byline in brackets printed between the date row and the content box (outside the
article container); a press release's contact block at its end.
"""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.meta import parse_byline

_PARAS = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                 for n in range(1, 4))


@pytest.mark.parametrize(("byline", "authors"), [
    ("【本报记者 黄某某报道】", ("黄某某",)),
    ("【本報記者 黃某某報道】", ("黃某某",)),  # traditional script: 本報 is the paper's own
    ("（记者 王某某 通讯员 李某某）", ("王某某", "李某某")),
    ("(记者 王某某)", ("王某某",)),
])
def test_a_bracketed_byline_between_the_date_row_and_the_content_names_the_authors(
        byline: str, authors: tuple[str, ...]) -> None:
    page = ("<html><head><title>某某镇开展冬季森林防火专项检查_某某网</title></head><body>"
            "<h1>某某镇开展冬季森林防火专项检查</h1>"
            "<div class='info'>2024-12-03 15:48　来源：某某日报</div>"
            f"<p>{byline}</p><div class='text'>{_PARAS}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.authors, doc.meta.source_name) == (authors, "某某日报")
    assert doc.text.startswith("第1段")  # the byline is no line of the text


@pytest.mark.parametrize("line", [
    "（2007年6月29日第十届全国人民代表大会常务委员会会议通过）",  # a law's adoption note
    "【编者按】",
    "（图为记者 王某某 摄）",  # a caption's credit: 图为 is no outlet
    "（完）",
    "(本文来源：某某日报)",
    "【责任编辑：王某某】",  # an editor is no author
])
def test_bracketed_lines_that_are_no_byline(line: str) -> None:
    found = parse_byline(line, tail=False)
    assert found is None or (found.source_name is None and not found.authors)
