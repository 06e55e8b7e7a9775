"""The publisher of a page with no row naming one (no 来源, no outlet in its byline, no
og:site_name): the site's name its <title> gives as its first or last part (标题 - 某某日报,
某某週報 | 縣政新聞), when the footer states the site as its own (版权所有：某某, ©2026 某某 版权所有,
某某週報社 版權所有, 版權所有 2026 某某日報有限公司, 主办单位：某某) and the name is that of a site
printing its own articles: a paper, a magazine, a news outlet, a station, a media centre, a
museum or a library writing of itself (本馆). Pinned on invented pages with their
counterexamples: a 来源 row still names the publisher; an information site, a government
portal, a company or a blog named so is none (its footer names the site, not the article's
publisher); nor a publisher's name the footer does not state, or one only the body mentions."""

from __future__ import annotations

import pytest

from cleaners import clean_html

_PARAS = ("城东老街的骑楼整修工程本月全部完工，沿街三十多栋百年街屋的立面和骑楼已修复完成，红砖拱廊重现昔日样貌。",
          "据介绍，这次整修总经费约八千万元，施工期间采取分段施作的方式，让沿街商家仍能照常营业，不少老字号陆续回归。",
          "明年老街还将举办街屋导览和市集活动，并辅导店家开发在地伴手礼，希望让老街从“看得到”走向“留得住”。")


def _page(title: str, footer: str, *, row: str = "发布日期：2026-11-29", body: tuple[str, ...] = _PARAS,
          head: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        '<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/about/">关于我们</a></div>'
        '<div class="article"><h1>老街骑楼整修完工 百年街屋重现风华</h1>'
        f'<div class="info">{row}</div>'
        f'<div class="content">{paras}</div></div>'
        '<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.html">老街整修进入最后阶段</a></li>'
        '<li><a href="/a/2.html">历史街区保存计划公布</a></li></ul></div>'
        f'<div class="footer"><p>{footer}</p><p>地址：某某路120号　电话：0000-7281234</p></div>'
        "</body></html>"
    ).encode()


_HEADLINE = "老街骑楼整修完工 百年街屋重现风华"


@pytest.mark.parametrize(("title", "footer", "publisher"), [
    # the site's name the <title>'s last part, the footer's © and 版权所有 around it
    (f"{_HEADLINE} - 生活 - 青屿新闻网", "© 2026 青屿新闻网 版权所有，未经授权不得转载", "青屿新闻网"),
    # its first part, a paper's: the footer names the firm that owns it (某某日报有限公司)
    (f"青屿日报 | 港闻 | {_HEADLINE}", "版權所有 2026 青屿日报有限公司 不得轉載", "青屿日报"),
    # a weekly in traditional script, its 社 before 版權所有
    ("青嶼週報 - 縣政新聞", "青嶼週報社 版權所有 &copy; 2025 轉載請註明出處", "青嶼週報"),
    # a museum's news of its own exhibition (本馆), the label's colon and a double dash
    (f"{_HEADLINE} | 某某市博物馆", "©2026 某某市博物馆 版权所有 某ICP备15000321号-1", "某某市博物馆"),
    ("某某市图书馆--讲座预告--宋词里的四季", "版权所有：某某市图书馆", "某某市图书馆"),
    # a county's media centre named as the site's host
    (f"{_HEADLINE}_青屿县融媒体中心", "主办单位：青屿县融媒体中心 承办：青屿县信息中心", "青屿县融媒体中心"),
    # an English paper's name, spaced in the footer as in the <title>
    (f"{_HEADLINE} - Harbour Daily", "Copyright © 2009-2026 Harbour Daily. All rights reserved.",
     "Harbour Daily"),
])
def test_the_titles_site_the_footer_states_is_the_publisher(title: str, footer: str,
                                                            publisher: str) -> None:
    assert clean_html(_page(title, footer)).meta.source_name == publisher


@pytest.mark.parametrize(("title", "footer"), [
    # an information site, a government portal, a company, a blog: their footer names the
    # site, which is no publisher of the article
    (f"{_HEADLINE} - 清溪农业信息网", "Copyright &#169; 2025 清溪农业信息网"),
    (f"{_HEADLINE}_青屿县人民政府", "主办：青屿县人民政府办公室 版权所有：青屿县人民政府"),
    (f"{_HEADLINE} - 青屿水务集团", "© 2026 青屿水务集团有限公司 版权所有"),
    (f"{_HEADLINE} | 慢半拍的菜园", "© 2026 慢半拍的菜园 版权所有"),
    # a paper's name the footer does not state as the site's (another owner, or no owner)
    (f"{_HEADLINE} - 青屿日报", "© 2026 某某传媒集团 版权所有"),
    (f"{_HEADLINE} - 青屿日报", "关于我们 | 联系我们 | 广告服务"),
    # a headline alone, no site's part
    (_HEADLINE, "© 2026 青屿日报 版权所有"),
])
def test_no_publisher_from_a_title_the_footer_does_not_back_or_a_site_of_no_articles(
        title: str, footer: str) -> None:
    assert clean_html(_page(title, footer)).meta.source_name is None


def test_a_publisher_only_the_body_mentions_is_none() -> None:
    body = (*_PARAS, "据青屿日报此前报道，老街整修计划于去年启动，青屿日报版面曾多次刊发居民的意见。")
    page = _page(f"{_HEADLINE} - 青屿日报", "关于我们 | 联系我们", body=body)
    assert clean_html(page).meta.source_name is None


def test_a_laiyuan_row_names_the_publisher_over_the_sites_name() -> None:
    page = _page(f"{_HEADLINE} - 青屿新闻网", "© 2026 青屿新闻网 版权所有",
                 row="来源：某某晚报　发布日期：2026-11-29")
    assert clean_html(page).meta.source_name == "某某晚报"


def test_og_site_name_stays_the_first_of_the_last_resorts() -> None:
    page = _page(f"{_HEADLINE} - 青屿新闻网", "© 2026 青屿新闻网 版权所有",
                 head='<meta property="og:site_name" content="青屿日报">')
    assert clean_html(page).meta.source_name == "青屿日报"


def test_a_name_stated_for_machines_but_not_printed_in_the_row_falls_to_the_last_resort() -> None:
    # the row prints the reporter and the date only; the JSON-LD publisher alone names none
    # (test_gold_html_fixes), the <title>'s site the footer states as its own does
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","publisher":'
          '{"@type":"Organization","name":"青屿新闻"}}</script>')
    row = "<span>记者 甲某某</span><time>2026-11-29 10:30</time>"
    page = _page(f"{_HEADLINE}_青屿新闻", "青屿新闻 版权所有", row=row, head=ld)
    doc = clean_html(page)
    assert (doc.meta.source_name, doc.meta.authors) == ("青屿新闻", ("甲某某",))
