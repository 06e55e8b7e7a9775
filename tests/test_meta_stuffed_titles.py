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


@pytest.mark.parametrize(("title", "headline"), [
    # a topic word of the lexicons in a keyword list (百家乐技巧) is a stuffed keyword
    (f"{HEADLINE},百家乐技巧,足球推荐", HEADLINE),
    # a headline about gambling keeps its own words: no keyword list
    ("网络赌博危害大_新闻中心_某某网", "网络赌博危害大_新闻中心_某某网"),
])
def test_a_keyword_list_with_a_spam_topic_word_gives_its_headline(title: str,
                                                                 headline: str) -> None:
    assert unstuffed_title(title) == headline


def test_a_keyword_naming_spam_before_the_headline_may_be_long() -> None:
    from cleaners.meta import unkeyworded_title

    assert unkeyworded_title(f"最新消息_百家乐技巧_{HEADLINE}") == HEADLINE


@pytest.mark.parametrize("keywords", ["华体会官网|代开发票", "新闻资讯|如何赚钱|代开发票",
                                      "网上赌场|乐鱼体育app下载|百家乐技巧"])
def test_a_text_page_opening_on_a_stuffed_pipe_title_gets_its_headline(keywords: str) -> None:
    doc = clean_text(f"{keywords}|{HEADLINE}\n{BODY}")
    assert doc.meta.title == HEADLINE


def test_a_text_page_opening_on_a_menu_row_gets_no_headline_from_it() -> None:
    doc = clean_text(f"首页|新闻|通知公告|党风廉政建设专栏\n{BODY}")
    assert doc.meta.title is None


def test_a_stuffed_title_line_is_not_joined_to_the_heading_under_it() -> None:
    doc = clean_text(f"{HEADLINE},百家乐技巧,如何赚钱,华体会官网\n做强非公党建“红色力量”\n{BODY}")
    assert doc.meta.title == HEADLINE


@pytest.mark.parametrize(("title", "headline"), [
    # a coined name the lexicon does not know, said twice: in brackets and as the site after it
    (f"【祥瑞娱乐】{HEADLINE}-祥瑞娱乐官网", HEADLINE),
    (f"【金鼎国际】{HEADLINE}-金鼎国际官方入口", HEADLINE),
    # a Hong Kong or Taiwan copy: the site in traditional script (官網)
    ("【祥瑞娛樂】某某縣召開春耕備耕工作推進會-祥瑞娛樂官網", "某某縣召開春耕備耕工作推進會"),
    # a column's tag in brackets and a site's name that is another: left as they are
    (f"【新春走基层】{HEADLINE}-某某日报官网", f"【新春走基层】{HEADLINE}-某某日报官网"),
    # the bracket's name once, no official site after the headline
    (f"【祥瑞娱乐】{HEADLINE}", f"【祥瑞娱乐】{HEADLINE}"),
])
def test_a_coined_name_around_the_headline_twice_goes(title: str, headline: str) -> None:
    assert unstuffed_title(title) == headline
