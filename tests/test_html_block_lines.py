"""html.text.block_lines: the fields of a metadata row printed in elements of their own, with
no space between them, are read apart; prose split over inline elements is not."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.dom import parse_html
from cleaners.html.text import block_lines


def _lines(fragment: str) -> list[str]:
    root = parse_html(f"<html><body><div>{fragment}</div></body></html>")
    assert root is not None
    return block_lines(root)


@pytest.mark.parametrize(("row", "line"), [
    ("<span>2024-08-02 21:10</span><span>来源：某某广播电视台</span><span>播放：3.2万</span>",
     "2024-08-02 21:10 来源：某某广播电视台 播放：3.2万"),
    ("<span>某某日报</span><span>2024-08-02</span>", "某某日报 2024-08-02"),
    ("<a href='/v/1'>某某湖畔荷花盛开</a><span>01:48</span>", "某某湖畔荷花盛开 01:48"),
    ("<span>某某日报</span><span>作者：张某某</span>", "某某日报 作者：张某某"),
    # a label and its value in two elements are no two fields
    ("<span>来源：</span><span>某某日报</span>", "来源：某某日报"),
])
def test_the_fields_of_a_row_are_read_apart(row: str, line: str) -> None:
    assert _lines(row) == [line]


@pytest.mark.parametrize("prose", [
    # Word-exported soup: a sentence in runs of <span>, numbers in runs of their own
    "<span>据统计，</span><span lang='EN-US'>2023</span><span>年全县完成投资</span>"
    "<span lang='EN-US'>12.5</span><span>亿元，同比增长</span><span>8%</span><span>。</span>",
    "<span>会议于</span><span>9:30</span><span>开始。</span>",
    # two names meeting: which is the publisher is not for a space to say
    "<a href='/c'>金融市场</a><span class='source'>棱镜</span> 2019-09-23 07:48",
])
def test_prose_and_names_are_not_spaced(prose: str) -> None:
    flat = "".join(parse_html(f"<p>{prose}</p>").itertext())  # type: ignore[union-attr]
    assert _lines(prose) == [" ".join(flat.split())]


def test_a_source_and_a_labelled_author_in_spans_of_their_own() -> None:
    body = "".join(f"<p>第{n}段，某某县今年将新建改建农村公路三百公里，重点解决群众出行难题。</p>"
                   for n in range(1, 5))
    row = "<span>某某日报</span><span>作者：张某某</span><span>2024-08-02</span>"
    doc = clean_html("<html><head><title>某某县推进农村公路建设_某某网</title></head><body>"
                     f"<h1>某某县推进农村公路建设</h1><div class='info'>{row}</div>"
                     f"<div class='content'>{body}</div></body></html>", id="t")
    # the source was read as 某某日报作者：张某某
    assert doc.meta.authors == ("张某某",)
    assert doc.meta.source_name != "某某日报作者：张某某"
