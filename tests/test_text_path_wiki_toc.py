"""Pages saved from HTML as text, a table of contents over the article: its entries saved as
list items (• 1 历史) are the article's section headings again, and a wiki's section heading
carries its edit link ([编辑]) (gold_html --text: an explainer, a zibll post, a MediaWiki page)."""

from __future__ import annotations

from cleaners import clean_text

_HEAD = "某某财经\n\n个人养老金账户怎么开、怎么存\n\n2025-11-03 来源：某某财经 作者：某某某\n\n"
_LEAD = "个人养老金制度推行以来，不少人开了账户却没弄清楚怎么用。本文把常见问题一次讲清楚。\n\n"
_SECTIONS = ("一、谁可以开户\n\n在境内参加基本养老保险的劳动者，都可以开立个人养老金账户。\n\n"
             "二、每年存多少\n\n个人养老金每年的缴存上限是一万二千元，可以按月存，也可以一次存。\n")


def test_a_bulleted_table_of_contents_goes() -> None:
    toc = "目录\n\n  • 一、谁可以开户\n  • 二、每年存多少\n\n"
    doc = clean_text(_HEAD + _LEAD + toc + _SECTIONS, id="t")
    assert "目录" not in doc.text
    assert doc.text.count("谁可以开户") == 1
    assert doc.text.count("每年存多少") == 1
    assert "二、每年存多少\n" in doc.text


def test_a_bulleted_list_the_article_does_not_head_its_sections_with_stays() -> None:
    items = "目录\n\n  • 开户的条件\n  • 缴存的上限\n\n"
    doc = clean_text(_HEAD + _LEAD + items + _SECTIONS, id="t")
    assert "开户的条件" in doc.text
    assert "缴存的上限" in doc.text


def test_a_wiki_headings_edit_link_goes() -> None:
    sections = _SECTIONS.replace("一、谁可以开户\n", "一、谁可以开户[编辑]\n").replace(
        "二、每年存多少\n", "二、每年存多少 [编辑]\n")
    doc = clean_text(_HEAD + _LEAD + sections, id="t")
    assert "[编辑]" not in doc.text
    assert "一、谁可以开户\n" in doc.text


def test_an_edit_button_named_in_a_sentence_stays() -> None:
    text = _SECTIONS + "\n修改资料时，点击页面右上角的[编辑]。\n"
    doc = clean_text(_HEAD + _LEAD + text, id="t")
    assert "点击页面右上角的[编辑]。" in doc.text


def test_a_sidebars_numbered_contents_with_no_heading_over_it_go() -> None:
    sidebar = "  • 文章目录\n  • 站点概览\n\n  • 1. 谁可以开户\n  • 2. 每年存多少\n\n"
    sections = _SECTIONS.replace("一、", "").replace("二、", "")
    doc = clean_text(_HEAD + _LEAD + sidebar + sections, id="t")
    assert "文章目录" not in doc.text
    assert "1. 谁可以开户" not in doc.text
    assert doc.text.count("每年存多少") == 1
    assert "都可以开立个人养老金账户。" in doc.text


def test_a_numbered_list_the_article_does_not_print_again_stays() -> None:
    steps = "\n  • 1. 带上身份证\n  • 2. 到银行开户\n\n谁可以开户\n"
    doc = clean_text(_HEAD + _LEAD + steps + _SECTIONS, id="t")
    assert "1. 带上身份证" in doc.text
    assert "2. 到银行开户" in doc.text
