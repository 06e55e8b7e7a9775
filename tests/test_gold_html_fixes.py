"""The general defects the saved HTML pages of tests/fixtures/gold_html showed, each pinned on an
invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html

_HEADLINE = "<h1>某某镇举办秋季农产品展销会</h1>"
_BODY = "<p>" + "展销会上，各村合作社带来了新鲜的瓜果蔬菜，市民们纷纷选购，现场十分热闹。" * 3 + "</p>"


def _header_page(under_headline: str) -> str:
    return ("<html><head><title>某某镇举办秋季农产品展销会</title></head><body><div class='a'>"
            f"{_HEADLINE}<div>{under_headline}</div><div>2024-09-02 10:30</div>"
            f"<div class='c'>{_BODY}{_BODY}</div></div></body></html>")


@pytest.mark.parametrize("button", ["[复制链接]", "【打印本页】", "【收藏】", "[举报]"])
def test_one_action_button_under_the_headline_is_no_publisher(button: str) -> None:
    doc = clean_html(_header_page(button), id="t")
    assert doc.meta.source_name is None
    assert button not in doc.text


def test_an_outlet_s_name_alone_under_the_headline_stays_the_publisher() -> None:
    assert clean_html(_header_page("某某日报"), id="t").meta.source_name == "某某日报"
