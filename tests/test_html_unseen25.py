"""The general shapes the batch of invented HTML pages gh160-gh165 showed (a Nuxt 3 page whose
body is a skeleton, a party-building site's info table with an empty field, an app share page
with colonless label spans, a Big5 county weekly under a Latin label, a Vue 2 page's
window.__INITIAL_STATE__, a WordPress county blog), each with what must match and what must
not. Names are invented."""

from __future__ import annotations

import json

import pytest

from cleaners import clean_html
from cleaners.html.metadata import clean_title
from cleaners.meta import parse_meta_line

_PARTY_BODY = (
    "近日，某某市委组织部印发通知，在全市范围内启动村级组织换届后“回头看”工作，对新一届村“两委”班子运行情况进行一次全面体检。",
    "此次“回头看”重点围绕班子结构、履职能力、制度落实和群众评价四个方面展开，采取查阅资料、个别谈话、入户走访等方式逐村了解情况。",
)


# --- a <title> with the site's name and its channel first, bare hyphens between ----------------

@pytest.mark.parametrize(("raw", "title"), [
    ("某某先锋网-组工动态-全市村级组织换届后“回头看”工作全面启动", "全市村级组织换届后“回头看”工作全面启动"),
    ("某某党建网-全市村级组织换届后“回头看”工作全面启动", "全市村级组织换届后“回头看”工作全面启动"),
    ("某某日报-要闻-今年1-5月全市外贸进出口同比增长", "今年1-5月全市外贸进出口同比增长"),
])
def test_a_site_first_hyphened_title_gives_its_headline(raw: str, title: str) -> None:
    assert clean_title(raw) == title


@pytest.mark.parametrize(("raw", "title"), [
    # a headline with a range, a site's name after it, a short label after a name: as before
    ("2024年1-5月全市财政收支情况", "2024年1-5月全市财政收支情况"),
    ("全市外贸进出口同比增长-某某网", "全市外贸进出口同比增长"),
    ("某某网-新闻", "某某网"),
    # a headline's first words that are no site's name (no 网, 报, 政府 … at their end)
    ("春风行动-全市举办三十场招聘会帮助群众稳定就业", "春风行动-全市举办三十场招聘会帮助群众稳定就业"),
])
def test_no_site_first_split_without_a_site_s_name(raw: str, title: str) -> None:
    assert clean_title(raw) == title


def _info_table_page(title: str, cells: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _PARTY_BODY)
    return ('<html><head><meta charset="utf-8">'
            f'<title>{title}</title></head><body><div class="nav"><a href="/">首页</a>'
            '<a href="/zgdt/">组工动态</a></div><div class="article">'
            '<h2 class="art_title">全市村级组织换届后“回头看”工作全面启动</h2>'
            f'<table class="art_info"><tr>{cells}</tr></table><div class="art_con">{paras}</div>'
            '</div></body></html>')


@pytest.mark.parametrize(("cells", "source", "authors"), [
    # a label cell whose value cell is empty: no value, and the next label is none
    ('<td>来源：</td><td>某某日报</td><td>作者：</td><td></td><td>发布时间：</td><td>2025-11-28</td>'
     '<td>浏览次数：</td><td>312</td>', "某某日报", ()),
    ('<td>来源：</td><td></td><td>作者：</td><td>周某某</td><td>发布时间：</td><td>2025-11-28</td>',
     None, ("周某某",)),
    ('<td>来源：</td><td>&nbsp;</td><td>作者：</td><td>&nbsp;</td><td>发布时间：</td>'
     '<td>2025-11-28</td>', None, ()),
])
def test_an_info_table_s_empty_field_under_a_site_first_title(
        cells: str, source: str | None, authors: tuple[str, ...]) -> None:
    doc = clean_html(_info_table_page("某某先锋网-组工动态-全市村级组织换届后“回头看”工作全面启动", cells))
    assert doc.meta.title == "全市村级组织换届后“回头看”工作全面启动"
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == ("2025-11-28", source, authors)
    assert doc.text.split("\n") == list(_PARTY_BODY)


# --- a share page's colonless label spans glued with no space (a minified page) ---------------

@pytest.mark.parametrize(("row", "source", "authors"), [
    ("来源某某日报作者裴某某 2025-11-30", "某某日报", ("裴某某",)),
    ("作者裴某某来源某某日报 2025-11-30", "某某日报", ("裴某某",)),
    ("来源某某日报作者欧阳某某 2025-11-30", "某某日报", ("欧阳某某",)),
    # a county paper's cells saved glued: the date glued after the writer, or the date first
    ("来源某某日报作者聂某某2025-11-30", "某某日报", ("聂某某",)),
    ("2025-11-30 来源某某县融媒体中心作者欧阳某某", "某某县融媒体中心", ("欧阳某某",)),
    # apart by a space, as before
    ("来源某某日报 作者裴某某 2025-11-30", "某某日报", ("裴某某",)),
])
def test_glued_colonless_labels_read_as_fields(
        row: str, source: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.date, found.source_name, found.authors) == ("2025-11-30", source, authors)


@pytest.mark.parametrize(("row", "source"), [
    # 作者 inside a publisher's name, before no person's name: one name
    ("来源某某作者协会 2025-11-30", "某某作者协会"),
    ("来源某某市作者联谊会 2025-11-30", "某某市作者联谊会"),
    ("来源作者协会 2025-11-30", "作者协会"),
])
def test_a_label_word_inside_a_name_parts_nothing(row: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.source_name, found.authors) == (source, ())


def test_a_sentence_with_glued_labels_is_no_row() -> None:
    assert parse_meta_line("来源于网络作者不详 2025-11-30") is None


def test_a_minified_share_page_s_glued_label_spans() -> None:
    body = "".join(f"<p>{p}</p>" for p in _PARTY_BODY)
    page = ('<html><head><meta charset="utf-8"><title>某某新闻</title></head><body>'
            '<div class="open-app-bar"><p>打开APP，阅读体验更佳</p><a href="#">打开</a></div>'
            '<h1 class="detail-title">全市村级组织换届后“回头看”工作全面启动</h1><div class="detail-meta">'
            '<span class="meta-source">来源某某日报</span><span class="meta-author">作者裴某某</span>'
            f'<span class="meta-time">2025-11-30</span></div><div class="detail-content">{body}</div>'
            '</body></html>')
    doc = clean_html(page)
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2025-11-30", "某某日报", ("裴某某",))
    assert doc.text.split("\n") == list(_PARTY_BODY)


# --- a Vue 2 shell's window.__INITIAL_STATE__ with a CMS's field names ---------------------------

def _vue_shell(article: dict[str, object]) -> str:
    state = json.dumps({"route": {"path": "/article/310245"}, "article": {"detail": article}},
                       ensure_ascii=False).replace("<", "\\u003C").replace("/", "\\u002F")
    return ('<html><head><meta charset="utf-8"><title>某某融媒</title></head><body>'
            '<div id="app" data-server-rendered="true"><ul class="nav"><li>首页</li><li>要闻</li></ul>'
            '<div class="el-skeleton"></div><div class="footer">某某县融媒体中心 版权所有</div></div>'
            f'<script>window.__INITIAL_STATE__={state};</script></body></html>')


_STATE_BODY = "".join(f"<p>{p}</p>" for p in _PARTY_BODY)


@pytest.mark.parametrize("key", ["copyfrom", "copyFrom", "befrom", "source"])
def test_a_cms_s_source_field_in_a_state_is_the_publisher(key: str) -> None:
    doc = clean_html(_vue_shell({"title": "全市村级组织换届后“回头看”工作全面启动", key: "某某县融媒体中心",
                                 "author": "欧阳某某", "pubTime": "2025-11-29 10:30", "content": _STATE_BODY}))
    assert (doc.meta.title, doc.meta.source_name, doc.meta.authors) == (
        "全市村级组织换届后“回头看”工作全面启动", "某某县融媒体中心", ("欧阳某某",))
    assert doc.text.split("\n") == list(_PARTY_BODY)


@pytest.mark.parametrize("key", ["copyright", "from", "copyfromUrl", "sourceId"])
def test_no_other_key_in_a_state_is_the_publisher(key: str) -> None:
    doc = clean_html(_vue_shell({"title": "全市村级组织换届后“回头看”工作全面启动", key: "某某县融媒体中心",
                                 "pubTime": "2025-11-29 10:30", "content": _STATE_BODY}))
    assert doc.meta.source_name is None
    assert doc.text.split("\n") == list(_PARTY_BODY)


# --- a Taiwan or Hong Kong paper's byline on its date row: 記者 某某／某地報導 ------------------

@pytest.mark.parametrize(("row", "authors"), [
    ("發布日期：2025/11/29    記者 林某某／某某報導", ("林某某",)),
    ("發布日期：2025/11/29 記者林某某／台北報導 點閱：35", ("林某某",)),
    ("发布日期：2025-11-29 记者 林某某/综合报道", ("林某某",)),
    ("發布日期：2025/11/29 特派記者 林某某／東京報導", ("林某某",)),
])
def test_a_filed_from_byline_on_a_date_row(row: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.date, found.authors) == ("2025-11-29", authors)


@pytest.mark.parametrize("row", [
    # a sentence's 记者…报道 with no slash, a slash between two dates: no byline
    "发布日期：2025-11-29 据记者从某地报道",
    "发布日期：2025-11-29/2025-11-30",
])
def test_no_filed_from_byline_without_its_slash(row: str) -> None:
    found = parse_meta_line(row)
    assert found is None or found.authors == ()


def test_a_big5_county_weekly_s_byline_row() -> None:
    body = "".join(f"<p>　　{p}</p>" for p in _TRADITIONAL_BODY)
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            '<title>某某週報 - 縣政新聞</title></head><body><table><tr><td>'
            '<p align="center"><b><font size="5">老街騎樓整修完工 百年街屋重現風華</font></b></p>'
            '<p align="center"><font size="2">發布日期：2025/11/29&nbsp;&nbsp;&nbsp;&nbsp;記者 林某某／某某報導'
            f'</font></p><hr>{body}</td></tr></table></body></html>')
    doc = clean_html(page.encode("big5"))
    assert (doc.meta.title, doc.meta.date, doc.meta.authors) == (
        "老街騎樓整修完工 百年街屋重現風華", "2025-11-29", ("林某某",))
    assert doc.text.split("\n") == list(_TRADITIONAL_BODY)


_TRADITIONAL_BODY = (
    "縣政府推動的老街騎樓整修計畫於本月全部完工，沿街三十六棟百年街屋的立面和騎樓已修復完成，紅磚拱廊重現昔日樣貌。",
    "文化局表示，這次整修總經費約新臺幣八千二百萬元，由中央和縣府共同分擔，施工期間採分段施作，讓沿街商家仍能照常營業。",
)
