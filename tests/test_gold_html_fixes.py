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


def _with_timed_entries(before: str) -> str:
    entries = "".join(
        f"<div class='x9k2'><span class='n7q'>{name}</span><p>{text}</p>"
        f"<span class='t3z'>10-17 {hour}</span></div>"
        for name, text, hour in (("江边的风", "我们那边也在排队，希望明年能轮到。", "09:03"),
                                 ("老街坊", "邻居们能谈拢真是不容易，点个赞。", "09:41")))
    return ("<html><head><title>某某镇举办秋季农产品展销会</title></head><body><div class='w'>"
            f"{_HEADLINE}<div>2024-09-02 10:30</div><div class='c'>{_BODY}{_BODY}</div>"
            f"<div class='m1x'>{before}{entries}</div></div></body></html>")


@pytest.mark.parametrize("heading", ["<div class='h2q'>评论（23）</div>",
                                     "<div class='h2q'>网友评论</div>"])
def test_timed_entries_under_a_comment_heading_are_comments_without_buttons(heading: str) -> None:
    text = clean_html(_with_timed_entries(heading), id="t").text
    assert "希望明年能轮到" not in text
    assert "点个赞" not in text
    assert "展销会上" in text


def test_timed_entries_under_no_comment_heading_stay() -> None:
    # a live report's or a timeline's timed entries print no button either
    text = clean_html(_with_timed_entries("<div class='h2q'>现场直击</div>"), id="t").text
    assert "希望明年能轮到" in text
