"""The general defects the seventeenth batch of saved HTML pages (gold_html gh100-gh105) showed,
each pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html
from cleaners.html.metadata import credit_row

_NEWS = ("区里今年改造了八条背街小巷，新铺雨水管和污水管三公里，沿街居民九百余户受益。",
         "施工单位实行分段封闭、错时作业，尽量减少对居民出行的影响。",
         "明年区里还将启动第二批小巷的改造，计划在六月底前完成设计和招标工作。")


def _story(body_lines: tuple[str, ...], after: str = "") -> str:
    # a news page: headline, a date and source row, the body, then what follows it
    return ("<html><head><meta charset='utf-8'><title>背街小巷改造完工</title></head><body>"
            "<div class='news-detail'><h1>背街小巷改造完工</h1>"
            "<div class='info'>来源：某某日报 2025-11-20 10:30</div>"
            "<div class='news-content'>" + "".join(f"<p>{p}</p>" for p in body_lines)
            + f"</div>{after}</div></body></html>")


def test_a_sentence_opening_on_reporter_and_a_verb_names_no_author() -> None:
    # 记者了解到，…: the reporter glued to a verb opens a sentence, no byline (了解到 was the author)
    doc = clean_html(_story(("记者了解到，" + _NEWS[0], *_NEWS[1:])), id="t")
    assert doc.meta.authors == ()
    assert doc.text.splitlines() == ["记者了解到，" + _NEWS[0], *_NEWS[1:]]


def test_a_name_glued_to_reporter_is_still_a_byline() -> None:
    # counterexample: a name glued to its role (记者李明) or set apart (记者 李明) is the author
    for line in ("记者李明", "记者 李明"):
        doc = clean_html(_story((line, *_NEWS)), id="t")
        assert doc.meta.authors == ("李明",)


def test_a_credits_row_in_a_box_classed_like_chrome_names_the_reporter() -> None:
    # a 融媒体 page's 三审 credits under the body, its box classed editor and pruned
    doc = clean_html(_story(_NEWS, "<div class='news-editor'><p>记者：蒋若溪　　编辑：杜一鸣</p>"
                                   "<p>二审：罗琳　　三审：沈卫东</p></div>"), id="t")
    assert doc.meta.authors == ("蒋若溪",)
    assert doc.text.splitlines() == list(_NEWS)


def test_credits_of_several_articles_or_a_sentence_name_no_reporter() -> None:
    # counterexamples: a list of other articles, each with its own credits row, names no author
    # of the page; a role's label in a sentence is no row of fields; the staff alone are no authors
    listed = ("<ul class='editor-list'><li>记者：林一 编辑：赵二</li><li>记者：钱三 编辑：孙四</li></ul>")
    assert clean_html(_story(_NEWS, listed), id="t").meta.authors == ()
    assert credit_row("记者：蒋若溪，编辑：杜一鸣。") == ()
    assert credit_row("编辑：杜一鸣 二审：罗琳 三审：沈卫东") == ()
    assert credit_row("记者：蒋若溪") == ()  # a byline, read where it stands in the text
    assert credit_row("作者：蒋若溪 责任编辑：杜一鸣") == ("蒋若溪",)
    assert credit_row("记者：蒋若溪 王海 编辑：杜一鸣 终审：罗琳") == ("蒋若溪", "王海")
