"""A title a spam mirror stuffed with selling keywords gives way to the article's headline."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.meta import unstuffed_title

HEADLINE = "某某县召开春耕备耕工作推进会"
BODY = ("会议指出，全县各级各部门认真落实决策部署，扎实抓好春耕备耕各项工作。\n"
        "农资储备充足，农机具检修到位，为全年粮食丰收打下坚实基础。\n"
        "会议强调，要强化责任落实，确保各项措施落地见效。")


@pytest.mark.parametrize(("title", "headline"), [
    (f"{HEADLINE}_开云体育_华体会官网-某某资讯网", HEADLINE),
    (f"开云体育|华体会|{HEADLINE}", HEADLINE),
    (f"{HEADLINE},开云体育,最新消息,代开发票", HEADLINE),
    # no part sells: the site's own title parts are not ours to judge here
    (f"{HEADLINE}_新闻中心-某某网", f"{HEADLINE}_新闻中心-某某网"),
    # a headline about spam, with commas: its brand is a few of its words
    ("警方打掉开云体育等赌博平台，抓获嫌疑人20名，涉案1亿元", "警方打掉开云体育等赌博平台，抓获嫌疑人20名，涉案1亿元"),
    # two comma parts are a headline's clauses, not a keyword list
    ("澳门新葡京官网上线，市民需警惕", "澳门新葡京官网上线，市民需警惕"),
])
def test_a_stuffed_title_gives_its_headline(title: str, headline: str) -> None:
    assert unstuffed_title(title) == headline


def test_a_text_page_opening_on_a_stuffed_title_gets_its_headline() -> None:
    doc = clean_text(f"{HEADLINE}_开云体育_华体会官网-某某资讯网\n{BODY}")
    assert doc.meta.title == HEADLINE


def test_the_keyword_list_item_a_page_prints_is_its_headline() -> None:
    body = "".join(f"<p>{line}</p>" for line in BODY.split("\n"))
    page = (f"<html><head><title>{HEADLINE},如何赚钱,最新消息,足球推荐</title></head><body>"
            f"<div class='article'><div class='title'>{HEADLINE}</div>{body}</div></body></html>")
    assert clean_html(page.encode()).meta.title == HEADLINE
