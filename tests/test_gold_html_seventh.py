"""The general defects the seventh batch of saved HTML pages (gold_html gh42-gh47) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import json

import pytest

from cleaners import clean_html
from cleaners.html.decode import decode_html, looks_binary

_NAV = "<nav><a href='/'>首页</a><a href='/a/'>要闻</a><a href='/b/'>民生</a></nav>"
_FOOT = "<footer><p>某某网 版权所有 未经授权不得转载</p></footer>"
_PARAS = (
    "<p>今年入冬以来，某某区新增公共充电桩四百余个，覆盖全部街道和主要商圈，居民充电排队的情况明显减少。</p>",
    "<p>区发改局负责人介绍，新建的充电桩优先布设在老旧小区周边的公共停车场，由运营企业统一维护和收费。</p>",
    "<p>下一步，该区还将在高速公路服务区和农村客运站增设快充设施，方便市民节假日出行。</p>",
)


def _shadow_page(inner: str, light: str = "") -> str:
    return ("<html><head><title>某某区新增公共充电桩四百余个_某某网</title></head><body>"
            f"{_NAV}<news-article><template shadowrootmode='open'><style>:host{{display:block}}</style>"
            f"<article>{inner}</article></template>{light}</news-article>{_FOOT}</body></html>")


_ROW = ("<h1>某某区新增公共充电桩四百余个</h1><div class='meta'><time datetime='2025-12-01'>2025-12-01 09:00</time> "
        "<span>来源：某某日报</span> <span>记者 某某某</span></div>")


def test_the_row_in_a_declarative_shadow_root_names_the_publisher_and_author() -> None:
    doc = clean_html(_shadow_page(_ROW + "".join(_PARAS)), id="t")
    assert doc.meta.source_name == "某某日报"
    assert doc.meta.authors == ("某某某",)
    assert "今年入冬以来" in doc.text
    assert "下一步" in doc.text


def test_a_slotted_child_shows_where_its_slot_stands() -> None:
    slotted = "<p slot='middle'>充电桩所在停车场的收费标准也作了调整，充电期间前两个小时免收停车费。</p>"
    inner = _ROW + _PARAS[0] + _PARAS[1] + "<slot name='middle'></slot>" + _PARAS[2]
    lines = clean_html(_shadow_page(inner, slotted), id="t").text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("充电桩所在停车场"))
    assert lines[at - 1].startswith("区发改局负责人介绍")
    assert lines[at + 1].startswith("下一步")


def test_a_plain_template_stays_inert() -> None:
    # no shadowrootmode: a script's template, never shown (its copy of the article, its notice)
    page = ("<html><head><title>某某区新增公共充电桩四百余个</title></head><body>" + _NAV
            + "<div class='article'>" + _ROW + "".join(_PARAS) + "</div>"
            + "<template id='tpl'><p>打开某某客户端，阅读更多本地新闻和精彩视频内容。</p></template>"
            + _FOOT + "</body></html>")
    assert "打开某某客户端" not in clean_html(page, id="t").text


_WHOLE = [p[3:-4] for p in _PARAS] + [
    "据统计，今年以来全区新能源汽车保有量增长了三成，公共充电需求随之快速上升，夜间充电尤其紧张。",
    "区里还将出台鼓励社会资本建设充电设施的办法，对新建的公共充电桩按功率给予一次性补助。",
]


# how a JSON-LD articleBody parts its paragraphs: a line each, HTML blocks, or not at all
_JOINS = ["\n", "HTML", ""]


def _teaser_page(printed: list[str], body: list[str], join: str = "\n") -> str:
    text = "".join(f"<p>{p}</p>" for p in body) if join == "HTML" else join.join(body)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "某某区新增公共充电桩四百余个", "articleBody": text},
                    ensure_ascii=False)
    return ("<html><head><title>某某区新增公共充电桩四百余个</title>"
            f"<script type='application/ld+json'>{ld}</script></head><body>{_NAV}"
            "<div class='main'><h1>某某区新增公共充电桩四百余个</h1><div>2025-12-01 09:00</div>"
            "<div class='content'>" + "".join(f"<p>{p}</p>" for p in printed) + "</div>"
            "<div class='pay'><p>订阅后阅读全文</p><a href='/sub'>立即订阅</a></div></div>"
            f"{_FOOT}</body></html>")


@pytest.mark.parametrize("join", ["\n", "HTML"])
def test_a_teaser_reads_on_as_its_json_ld_article_body(join: str) -> None:
    lines = clean_html(_teaser_page(_WHOLE[:2], _WHOLE, join), id="t").text.splitlines()
    assert [line[:8] for line in lines] == [p[:8] for p in _WHOLE]


def test_a_teaser_reads_on_as_an_article_body_of_one_run() -> None:
    text = clean_html(_teaser_page(_WHOLE[:2], _WHOLE, ""), id="t").text
    assert "".join(text.split()) == "".join(_WHOLE)
    assert text.splitlines()[2].startswith("下一步")  # the rest one paragraph after the teaser


@pytest.mark.parametrize("join", _JOINS)
def test_a_page_printing_its_whole_article_gains_nothing_from_its_json_ld(join: str) -> None:
    lines = clean_html(_teaser_page(_WHOLE, _WHOLE, join), id="t").text.splitlines()
    assert [line[:8] for line in lines] == [p[:8] for p in _WHOLE]


def test_json_ld_of_another_article_adds_nothing() -> None:
    # the structured data opens with no paragraph the page prints: a related article's
    other = ["城南片区今年完成老旧管网改造二十公里，沿线居民家中自来水水压明显提高，停水次数大幅减少。",
             *_WHOLE[3:]]
    text = clean_html(_teaser_page(_WHOLE[:3], other), id="t").text
    assert "新能源汽车保有量" not in text
    assert "下一步" in text


def _titled_page(title: str, row: str) -> str:
    return (f"<html><head><title>{title}</title></head><body>{_NAV}<div class='main'>"
            f"<h1>某某区新增公共充电桩四百余个</h1><div class='info'>{row}</div>"
            "<div class='content'>" + "".join(_PARAS) + f"</div></div>{_FOOT}</body></html>")


def test_the_title_s_site_name_printed_before_the_reporter_is_the_publisher() -> None:
    doc = clean_html(_titled_page("某某区新增公共充电桩四百余个 | 澜江财经",
                                  "2025-12-01 09:00 澜江财经 记者 韦清远"), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("澜江财经", ("韦清远",))


def test_a_name_the_title_does_not_end_with_is_no_publisher() -> None:
    doc = clean_html(_titled_page("某某区新增公共充电桩四百余个 | 澜江财经",
                                  "2025-12-01 09:00 城事观察 记者 韦清远"), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == (None, ("韦清远",))


def test_the_author_the_title_ends_with_stays_the_author() -> None:
    doc = clean_html(_titled_page("某某区新增公共充电桩四百余个 - 韦清远",
                                  "韦清远 2025-12-01 09:00"), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == (None, ("韦清远",))


def test_a_host_s_child_no_slot_takes_is_not_shown() -> None:
    # the component's light-DOM fallback copy (or anything else) its shadow root never places
    light = "<div class='fallback'><p>点击进入某某商城，新用户注册即送大额优惠券，限时领取不要错过。</p></div>"
    doc = clean_html(_shadow_page(_ROW + "".join(_PARAS), light), id="t")
    assert "优惠券" not in doc.text
    assert "今年入冬以来" in doc.text
    assert any(r.rule == "hidden_element" and "优惠券" in r.text for r in doc.removals)


def test_a_host_s_children_show_at_its_unnamed_slot() -> None:
    light = "".join(_PARAS[1:])
    lines = clean_html(_shadow_page(_ROW + _PARAS[0] + "<slot></slot>", light), id="t").text
    assert [line[:6] for line in lines.splitlines()] == [p[3:9] for p in _PARAS]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_page_without_its_byte_order_mark_is_no_binary_file(codec: str) -> None:
    page = ("<!DOCTYPE html><html><head><meta charset='utf-16'><title>某某区新增公共充电桩四百余个"
            "</title></head><body><h1>某某区新增公共充电桩四百余个</h1>" + "".join(_PARAS)
            + "</body></html>")
    data = page.encode(codec)
    assert looks_binary(data) is None
    assert "公共充电桩四百余个" in decode_html(data).text


def test_nul_bytes_that_read_as_no_markup_stay_binary() -> None:
    assert looks_binary(b"\x00\x01\x00\x02" * 300) == "nul_bytes"
    assert looks_binary(b"<html>" + b"\x00" * 500 + b"</html>") == "nul_bytes"


def _post_page(extra: str) -> str:
    return ("<html><head><title>某某区新增公共充电桩四百余个 - 某某的博客</title></head><body>"
            f"{_NAV}<article class='post'><h1>某某区新增公共充电桩四百余个</h1>"
            "<div class='post-meta'>2025-12-01</div><div class='post-content'>"
            + "".join(_PARAS[:2]) + extra + f"</div></article>{_FOOT}</body></html>")


@pytest.mark.parametrize("link", [
    "<a href='https://creativecommons.org/licenses/by-nc-sa/4.0/'>CC BY-NC-SA 4.0</a>",
    "<a rel='license' href='/license.html'>署名-非商业性使用</a>",
])
def test_a_licence_notice_under_the_post_is_no_text(link: str) -> None:
    notice = f"<p>本文采用 {link} 许可协议。本站文章除注明转载外均为原创，转载前请务必署名。</p>"
    doc = clean_html(_post_page(_PARAS[2] + notice), id="t")
    assert "许可协议" not in doc.text
    assert "下一步" in doc.text


def test_a_paragraph_linking_a_licence_mid_text_stays() -> None:
    # the post's own words about a licence, more of the post after it
    cited = ("<p>这批充电站的选址数据以 <a href='https://creativecommons.org/licenses/by/4.0/'>"
             "CC BY 4.0</a> 协议向社会公开，市民可以自由下载使用。</p>")
    text = clean_html(_post_page(cited + _PARAS[2]), id="t").text
    assert "协议向社会公开" in text
    assert "下一步" in text
