"""Pages as browsers and their add-ons save them: a <frameset> top page whose <noframes>
fallback holds the article, a page a browser translated in place, a SingleFile page with its
images inline as data: addresses (cleaners/html/dom.py, metadata.py)."""

from __future__ import annotations

import base64

import pytest

from cleaners import clean_html
from cleaners.html.dom import _drop_data_payloads
from tests.cpu_time import assert_linear, best_cpu_seconds

_NEWS = ("为做好今年冬季供暖工作，现将有关事项公告如下。",
         "一、供暖时间。今年供暖期为十一月十五日至次年三月十五日，遇极端天气适当延长。",
         "二、报修方式。居民可拨打供暖服务热线报修，维修人员接报后两小时内上门。")
_ARTICLE = ("<h2>关于做好今年冬季供暖工作的公告</h2><p>发布日期：2025-11-10</p>"
            + "".join(f"<p>{p}</p>" for p in _NEWS))
_FRAMES = ("<frameset rows='100,*'><frame src='top.htm' name='top'>"
           "<frame src='main.htm' name='main'></frameset>")


def _framed(noframes: str) -> str:
    return (f"<html><head><title>关于做好今年冬季供暖工作的公告</title></head>{_FRAMES}"
            f"<noframes><body>{noframes}</body></noframes></html>")


def test_a_frameset_pages_noframes_fallback_is_read_as_its_body() -> None:
    doc = clean_html(_framed("<p>您的浏览器不支持框架。</p>" + _ARTICLE), id="t")
    assert doc.dropped is None
    assert doc.text.splitlines() == list(_NEWS)
    assert doc.meta.date == "2025-11-10"


def test_a_noframes_notice_beside_a_body_stays_a_notice() -> None:
    # counterexample: a page with its own body (the frames' fallback a notice in it) is read
    # as it is, the notice's markup never read as text
    page = (f"<html><head><title>关于做好今年冬季供暖工作的公告</title></head><body>{_ARTICLE}"
            "<noframes><p>您的浏览器不支持框架</p></noframes></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text.splitlines() == list(_NEWS)


def test_a_frameset_page_with_a_notice_only_fallback_has_no_article() -> None:
    # counterexample: the fallback is a notice with no article, the page is dropped as empty
    doc = clean_html(_framed("您的浏览器不支持框架，请升级浏览器。"), id="t")
    assert doc.dropped is not None
    assert "不支持框架" not in doc.text


def _translated_page(html_class: str) -> str:
    # an English page Chrome translated in place: every text run in two <font> wrappers, the
    # <meta> tags (not shown) still the original's
    def wrapped(text: str) -> str:
        style = "vertical-align: inherit;"
        return f'<font style="{style}"><font style="{style}">{text}</font></font>'
    return (f"<html lang='zh-CN' class='{html_class}'><head><meta charset='utf-8'>"
            "<title>市议会批准新建自行车道网络 | 港湾时报</title>"
            "<meta property='og:title' content='City council approves bike lane network'></head>"
            f"<body><article><h1>{wrapped('市议会批准新建自行车道网络')}</h1>"
            f"<time datetime='2025-12-04'>{wrapped('2025年12月4日')}</time>"
            + "".join(f"<p>{wrapped(p)}{wrapped('这一计划将分三年实施。')}</p>" for p in _NEWS)
            + "</article></body></html>")


def test_a_translated_pages_title_is_its_translated_headline() -> None:
    doc = clean_html(_translated_page("translated-ltr"), id="t")
    assert doc.meta.title == "市议会批准新建自行车道网络"
    # the wrappers split no paragraph
    assert doc.text.splitlines() == [f"{p}这一计划将分三年实施。" for p in _NEWS]


def test_an_untranslated_pages_og_title_still_names_it() -> None:
    # counterexample: without the translator's class, og:title is the page's own headline
    doc = clean_html(_translated_page("no-js"), id="t")
    assert doc.meta.title == "City council approves bike lane network"


def _single_file_page(image: str) -> str:
    # a SingleFile save: every image inline as a data: address, in <img>, srcset, a style
    # attribute's url(&quot;…&quot;) and a <style> block's url(…)
    return ("<html><head><meta charset='utf-8'><title>关于做好今年冬季供暖工作的公告</title>"
            f"<style>.banner{{background:url({image}) no-repeat}}</style></head><body>"
            f"<div class='banner'><img src='{image}' alt='本站标志'></div>"
            f"<div style='background-image:url(&quot;{image}&quot;)'>{_ARTICLE}</div>"
            f"<figure><img src=\"{image}\" srcset=\"{image} 2x\" alt=''></figure>"
            "</body></html>")


def test_inline_data_images_cost_no_time_and_show_no_text() -> None:
    payload = base64.b64encode(bytes(range(256)) * 3000).decode("ascii")  # 1 MB a copy
    big = _single_file_page(f"data:image/png;base64,{payload}")
    bare = _single_file_page("data:,")
    assert len(big) > 5_000_000
    doc = clean_html(big, id="t")
    assert doc.text == clean_html(bare, id="t").text
    assert doc.text.splitlines() == list(_NEWS)
    assert not [r for r in doc.removals if payload[:40] in r.text]
    clean_html(bare, id="warm")
    bare_seconds = best_cpu_seconds(lambda: clean_html(bare, id="t"))
    big_seconds = best_cpu_seconds(lambda: clean_html(big, id="t"), runs=1)
    assert big_seconds < 2 * bare_seconds + 0.15, (bare_seconds, big_seconds)


def test_base64_text_in_an_article_is_its_text() -> None:
    # counterexample: a ;base64, in the article's own text (a how-to quoting an address) is
    # no attribute's value and stays as written
    quoted = "把图片写成data:image/png;base64," + "QUJD" * 80 + "的形式，就能嵌进网页。"
    page = _single_file_page("data:,").replace(f"<p>{_NEWS[2]}</p>", f"<p>{_NEWS[2]}</p><p>{quoted}</p>")
    assert quoted in clean_html(page, id="t").text


def _sf_hidden_page(style: str) -> str:
    # SingleFile marks what was hidden when it saved (a login overlay) with the class
    # sf-hidden and writes the rule that hides it; the class alone hides nothing
    return (f"<html><head><meta charset='utf-8'><title>关于做好今年冬季供暖工作的公告</title>{style}"
            f"</head><body>{_ARTICLE}<div class='login-mask sf-hidden'>欢迎登录，登录后可参与评论。</div>"
            "</body></html>")


def test_sf_hidden_elements_go_by_the_rule_the_page_writes() -> None:
    doc = clean_html(_sf_hidden_page("<style>.sf-hidden{display:none!important}</style>"), id="t")
    assert doc.text.splitlines() == list(_NEWS)
    assert any(r.rule == "hidden_element" and "欢迎登录" in r.text for r in doc.removals)


def test_an_sf_hidden_class_without_its_rule_hides_nothing() -> None:
    # counterexample: no rule in the page hides the class, so its text is shown and is not
    # removed as hidden (it goes, if at all, as the chrome it is)
    doc = clean_html(_sf_hidden_page(""), id="t")
    assert not any(r.rule == "hidden_element" and "欢迎登录" in r.text for r in doc.removals)


@pytest.mark.parametrize("opening", ["<img src=data:image/png;base64,", "<img src='data:image/png;base64,",
                                     "<i style=background:url(data:image/png;base64,"])
def test_unterminated_data_addresses_are_read_in_linear_time(opening: str) -> None:
    # hostile or cut-off: thousands of data addresses none of which ends before the page does
    assert_linear(lambda n: _drop_data_payloads(opening * n + "AAAA" * 100 + " >'"), small=4000)
