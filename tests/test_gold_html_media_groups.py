"""The general defects the batch of big-portal and media-group article pages (gold_html
gh112-gh117) showed, each pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.meta import parse_date_row

_NEWS = ("区里今年改造了八条背街小巷，新铺雨水管和污水管三公里，沿街居民九百余户受益。",
         "施工单位实行分段封闭、错时作业，尽量减少对居民出行的影响。",
         "明年区里还将启动第二批小巷的改造。")


def _wire_page(meta_author: str, dateline: str, tail: str) -> str:
    # a wire-news article: <meta name=author> filled by the CMS, the time and 来源 row under the
    # headline, the body in left_zw with the dispatch's dateline, a tail under the body
    body = [dateline + _NEWS[0], *_NEWS[1:]]
    return ("<html><head><meta charset='utf-8'><title>八条背街小巷完成改造-某某网</title>"
            f"<meta name='author' content='{meta_author}'></head><body>"
            "<h1>八条背街小巷完成改造</h1>"
            "<div class='content_left_time'>2025年11月18日 09:32　来源：某某网</div>"
            "<div class='left_zw'>" + "".join(f"<p>{p}</p>" for p in body)
            + f"<div class='left_name'>{tail}</div></div></body></html>")


@pytest.mark.parametrize("tail", ["【编辑:孙某某】", "(责编：孙某某、王某)", "编辑 孙某某"])
def test_a_meta_author_printed_only_as_the_editor_is_no_author(tail: str) -> None:
    # the tag names the editor who typed the page in; the dateline's reporter is the author
    doc = clean_html(_wire_page("孙某某", "某某网杭州11月18日电 (记者 方某某)", tail), id="t")
    assert doc.meta.authors == ("方某某",)
    assert doc.text.splitlines()[1:] == list(_NEWS[1:])


def test_a_meta_author_the_page_also_prints_as_author_still_counts() -> None:
    # counterexample: the same name credited as the writer too (作者：某某 编辑：某某)
    doc = clean_html(_wire_page("孙某某", "", "作者：孙某某　编辑：孙某某"), id="t")
    assert doc.meta.authors == ("孙某某",)


def test_a_name_after_a_word_that_starts_with_editor_is_still_shown() -> None:
    # counterexample: 编辑部 goes on as a word, no staff label: the name after it is printed
    doc = clean_html(_wire_page("孙某某", "", "来稿请寄编辑部孙某某收"), id="t")
    assert doc.meta.authors == ("孙某某",)


@pytest.mark.parametrize(
    ("row", "source", "authors"),
    [
        # an app's share page: the outlet, the byline, the date and time, one row
        ("某某日报 记者 陈某某 通讯员 黄某 2025-12-07 07:30", "某某日报", ("陈某某", "黄某")),
        ("某某晚报 记者 王某某 2024-05-06 07:30", "某某晚报", ("王某某",)),
        # the byline closing the row, as before
        ("2024-05-06 21:58 某某体育 记者 某某某", "某某体育", ("某某某",)),
    ],
)
def test_a_date_row_with_the_byline_before_the_date(
    row: str, source: str, authors: tuple[str, ...]
) -> None:
    found = parse_date_row(row)
    assert found is not None
    day = next(word for word in row.split() if word[:2] == "20")
    assert (found.date or "").startswith(day)
    assert (found.source_name, found.authors) == (source, authors)


def test_a_sentence_between_the_label_and_the_date_is_no_row() -> None:
    # counterexample: a reporter's sentence, not a byline, before the date
    assert parse_date_row("某某日报 记者 王某某今天在现场看到很多人排队 2024-05-06 07:30") is None
    assert parse_date_row("记者王某某今天在现场看到很多人排队 2024-05-06 07:30") is None


def test_an_app_share_pages_headline_is_not_its_byline_row() -> None:
    # <title> gives the app's name alone; the row under the <h1> (outlet, byline, time) is
    # metadata, no headline nearer the text
    page = ("<html><head><meta charset='utf-8'><title>某某新闻</title></head><body>"
            "<div class='download-top'><p>某某新闻</p><a>下载客户端</a></div>"
            "<div class='article'><h1 class='article-title'>八条背街小巷完成改造 沿街居民受益</h1>"
            "<div class='article-meta'><span>某某日报</span> <span>记者 陈某某 通讯员 黄某</span> "
            "<span>2025-11-18 09:32</span></div><div class='article-content'>"
            + "".join(f"<p>{p}</p>" for p in _NEWS) + "</div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title == "八条背街小巷完成改造 沿街居民受益"
    assert (doc.meta.source_name, doc.meta.authors) == ("某某日报", ("陈某某", "黄某"))
    assert (doc.meta.date or "").startswith("2025-11-18")
    assert doc.text.splitlines() == list(_NEWS)


def test_a_short_title_printed_under_a_logo_h1_stays_the_title() -> None:
    # counterexample: the <h1> is the site's banner, printed above the short headline
    page = ("<html><head><meta charset='utf-8'><title>春运出行温馨提示</title></head><body>"
            "<h1>某某县交通运输局信息公开平台</h1><h2>春运出行温馨提示</h2>"
            "<p class='info'>发布时间：2025-01-10 09:00</p><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in _NEWS) + "</div></body></html>")
    assert clean_html(page, id="t").meta.title == "春运出行温馨提示"


def _tv_page(info: str) -> str:
    # a TV network's article: the headline, its info row (the site's name, the time), the
    # text under the video, the 编辑 line
    return ("<html><head><meta charset='utf-8'><title>八条背街小巷完成改造_新闻频道_某某网</title>"
            "</head><body><div class='cnt_bd'><h1>八条背街小巷完成改造</h1>"
            f"<div class='function'><span class='info'>{info}</span>"
            "<span class='fx'>分享到：<a>微信</a><a>微博</a></span></div>"
            + "".join(f"<p>{p}</p>" for p in _NEWS)
            + "<div class='zebian'><span>编辑：胡某某</span></div></div></body></html>")


def test_an_outlet_shaped_like_a_name_beside_the_date_is_the_publisher() -> None:
    # 华岳网 reads as a surname and two characters; its 网 makes it an outlet, no author
    doc = clean_html(_tv_page("<i><a href='/'>华岳网</a></i> 2025年12月03日 19:42"), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("华岳网", ())
    assert (doc.meta.date or "").startswith("2025-12-03")


def test_a_persons_name_beside_the_date_is_still_the_author() -> None:
    # counterexample: a name with no outlet's ending is the writer's
    doc = clean_html(_tv_page("<i>华晓岳</i> 2025年12月03日 19:42"), id="t")
    assert doc.meta.authors == ("华晓岳",)


@pytest.mark.parametrize(
    ("row", "source", "authors"),
    [
        # an app's share page: the outlet glued to its reporter's title, the name, the time
        ("某某新闻记者 裘某某 2025-07-08 18:05", "某某新闻", ("裘某某",)),
        ("记者 王某 2024-05-06 07:30", None, ("王某",)),
    ],
)
def test_a_byline_then_the_date_is_a_date_row(
    row: str, source: str | None, authors: tuple[str, ...]
) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert (found.date or "").startswith(row.split()[-2])
    assert (found.source_name, found.authors) == (source, authors)


def test_an_app_share_pages_h2_headline_over_its_byline_date_row() -> None:
    # <title> the app's name, the headline an <h2>, under it the byline glued to the outlet
    # and the time: the row is metadata, the <h2> the headline
    page = ("<html><head><meta charset='utf-8'><title>某某新闻</title></head><body>"
            "<div class='app-download'><span>某某新闻</span><a>打开</a></div>"
            "<h2 class='article-title'>八条背街小巷完成改造 沿街居民受益</h2>"
            "<div class='article-info'><span>某某新闻记者 裘某某</span> "
            "<span>2025-07-08 18:05</span></div><div class='article-content'>"
            + "".join(f"<p>{p}</p>" for p in _NEWS) + "</div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title == "八条背街小巷完成改造 沿街居民受益"
    assert doc.meta.authors == ("裘某某",)
    assert doc.text.splitlines() == list(_NEWS)


@pytest.mark.parametrize(
    ("row", "source", "authors"),
    [
        # the outlet glued to the first reporter's title, a second role set apart
        ("某某新闻记者 王某 实习记者 李某", "某某新闻", ("王某", "李某")),
        ("某某新闻·某某日报记者 王某 通讯员 李某 报道", "某某新闻·某某日报", ("王某", "李某")),
        # counterexample: a labelled author beside the outlet's name, as before
        ("某某网 作者：王某", "某某网", ("王某",)),
    ],
)
def test_a_header_byline_beside_the_date_names_every_reporter(
    row: str, source: str, authors: tuple[str, ...]
) -> None:
    page = ("<html><head><meta charset='utf-8'><title>八条背街小巷完成改造_某某网</title></head>"
            f"<body><h1>八条背街小巷完成改造</h1><div class='info'><span>{row}</span> "
            "<span>2025-12-04 10:12</span></div><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in _NEWS) + "</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.source_name, doc.meta.authors) == (source, authors)
    assert (doc.meta.date or "").startswith("2025-12-04")
    found = parse_date_row(f"{row} 2025-12-04 10:12")  # the text path's reader too
    assert found is not None
    assert found.authors == authors


def test_a_players_loading_note_under_the_date_row_is_no_publisher() -> None:
    # a TV network's video page: the date row, the player's placeholder, the programme's
    # summary; the placeholder is no outlet's name
    page = ("<html><head><meta charset='utf-8'><title>[晚间新闻]八条背街小巷完成改造_某某网</title>"
            "</head><body><div class='tit'>[晚间新闻]八条背街小巷完成改造</div>"
            "<div class='info'>发布时间：2025年12月03日 19:42</div>"
            "<div id='myFlash'><div class='loading'>视频加载中...</div></div>"
            "<div class='brief'>" + "".join(f"<p>{p}</p>" for p in _NEWS) + "</div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.source_name is None
    assert doc.text.splitlines() == list(_NEWS)


def test_a_name_alone_under_the_date_row_is_still_the_publisher() -> None:
    # counterexample: an outlet's name on its own line under the date row
    page = ("<html><head><meta charset='utf-8'><title>八条背街小巷完成改造_某某网</title>"
            "</head><body><h1>八条背街小巷完成改造</h1>"
            "<div class='info'>发布时间：2025年12月03日 19:42</div><div>某某日报</div>"
            "<div class='brief'>" + "".join(f"<p>{p}</p>" for p in _NEWS) + "</div></body></html>")
    assert clean_html(page, id="t").meta.source_name == "某某日报"


@pytest.mark.parametrize(
    ("first", "authors"),
    [
        # a dateline's bracket naming a correspondent too: both are authors
        ("某某网消息（记者 王某 通讯员 李某）", ("王某", "李某")),
        # a portal's bracketed dateline, its reporter before the closing bracket
        ("【某某网报道 记者 王某】", ("王某",)),
        # counterexamples: one reporter, and a reporter's photo credit
        ("某某网讯（记者王某）", ("王某",)),
        ("某某网讯（记者 王某 摄）", ("王某",)),
    ],
)
def test_a_datelines_reporters(first: str, authors: tuple[str, ...]) -> None:
    body = [first + _NEWS[0], *_NEWS[1:]]
    page = ("<html><head><meta charset='utf-8'><title>八条背街小巷完成改造_某某网</title></head>"
            "<body><h1>八条背街小巷完成改造</h1><div class='info'>2025-12-04 10:12 来源：某某网"
            "</div><div class='content'>" + "".join(f"<p>{p}</p>" for p in body)
            + "</div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.authors == authors
    assert doc.text.splitlines() == body
