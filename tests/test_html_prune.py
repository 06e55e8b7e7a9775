"""html.prune keeps the article container and removes hidden blocks and chrome, with XPaths."""

from __future__ import annotations

import pickle

import pytest

from cleaners.document import Doc
from cleaners.html.prune import HiddenAndChromePruner

ARTICLE = "".join(
    f"<p>第{i}段：基层党组织把服务送到群众家门口，群众满意度持续提升，工作取得实效。</p>"
    for i in range(6)
)


def run(body: str, head: str = "") -> Doc:
    html = f"<html><head><title>t</title>{head}</head><body>{body}</body></html>"
    return HiddenAndChromePruner()(Doc(id="t", html=html))


@pytest.mark.parametrize(
    "hidden",
    [
        '<div style="display:none">澳门娱乐城</div>',
        '<div style="visibility: hidden">澳门娱乐城</div>',
        '<span style="font-size:0px">澳门娱乐城</span>',
        '<div style="position:absolute;left:-9999px">澳门娱乐城</div>',
        '<div style="text-indent:-9999px">澳门娱乐城</div>',
        "<div hidden>澳门娱乐城</div>",
        '<div aria-hidden="true"><a href="/x">澳门娱乐城</a></div>',
        '<div class="hd1">澳门娱乐城</div>',
        '<marquee width="1" height="1">澳门娱乐城</marquee>',
        '<div style="width:1px;height:1px;overflow:hidden">澳门娱乐城</div>',
        '<div style="position:absolute;clip:rect(0 0 0 0)">澳门娱乐城</div>',
        '<div style="position:absolute;clip: rect(1px, 1px, 1px, 1px)">澳门娱乐城</div>',
        '<div style="clip-path: inset(100%)">澳门娱乐城</div>',
        '<div style="opacity:0">澳门娱乐城</div>',
        '<div style="position:absolute;transform:translateX(-9999px)">澳门娱乐城</div>',
        '<div style="transform: translate(0, -10000px)">澳门娱乐城</div>',
        '<div style="position:fixed;transform:translate3d(-5000px,0,0)">澳门娱乐城</div>',
        '<div style="position:absolute;right:99999px">澳门娱乐城</div>',
        '<div style="visibility:collapse">澳门娱乐城</div>',
        # a size set under a zero one in em or % scales the zero: still no text
        '<div style="font-size:0"><span style="font-size:1.2em">澳门娱乐城</span></div>',
    ],
)
def test_prune_removes_hidden(hidden: str) -> None:
    doc = run(f'<div class="content">{ARTICLE}{hidden}</div>', "<style>.hd1{display:none}</style>")
    assert doc.html is not None
    assert "澳门娱乐城" not in doc.html
    assert "第5段" in doc.html
    hits = [r for r in doc.removals if r.rule == "hidden_element"]
    assert len(hits) == 1
    assert hits[0].where.startswith("/html/body")
    assert "澳门娱乐城" in hits[0].text


def test_prune_hidden_fragment_inside_paragraph_keeps_tail() -> None:
    doc = run(
        '<div class="content"><p>考察人员<span style="display:none">党建得民</span>走进小学。'
        "这是一段足够长的正文，用来说明隐藏注入不影响可见文字的保留。</p>" + ARTICLE + "</div>"
    )
    assert doc.html is not None
    assert "考察人员走进小学" in doc.html
    assert "党建得民" not in doc.html


def test_prune_keeps_hidden_article_container() -> None:
    doc = run(
        f'<div class="rich_media_content" id="js_content" style="visibility: hidden;">{ARTICLE}</div>'
    )
    assert doc.html is not None
    assert "第5段" in doc.html


def test_prune_removes_chrome_but_not_article() -> None:
    body = (
        '<nav><a href="/">首页</a><a href="/a">新闻</a></nav>'
        '<div class="breadcrumb">您的位置：首页 &gt; 新闻</div>'
        f'<div class="main"><div class="article-content">{ARTICLE}'
        '<div class="share-bar">分享到：微信 微博</div></div>'
        '<div class="related"><a>相关新闻一</a><a>相关新闻二</a><a>相关新闻三</a></div>'
        '<div id="comment-list"><p>网友评论：写得好，支持一下，希望多多报道。</p></div></div>'
        '<div class="page-nav"><a>上一页</a> <a>1</a> <a>2</a> <a>下一页</a></div>'
        '<div class="footer">版权所有 京ICP备12345678号</div>'
        "<script>var x = 1;</script><form><input name=q></form>"
    )
    doc = run(body)
    assert doc.html is not None
    for gone in ("您的位置", "分享到", "相关新闻", "网友评论", "上一页", "ICP备", "var x"):
        assert gone not in doc.html, gone
    for i in range(6):
        assert f"第{i}段" in doc.html
    rules = {r.rule for r in doc.removals}
    assert {"nav_element", "chrome_class", "script_element"} <= rules


def test_prune_pagination_without_class() -> None:
    doc = run(
        f'<div id="content">{ARTICLE}</div><center><a>上一页</a> <b>1</b> <a>2</a> <a>下一页</a></center>'
    )
    assert doc.html is not None
    assert "下一页" not in doc.html
    assert any(r.rule == "pagination" for r in doc.removals)


def test_prune_chrome_word_on_the_text_block_itself() -> None:
    # One portal template classes its text div "bshare_pop": the prose wins over the name.
    doc = run(f'<div class="wrap"><div class="bshare_pop textbox">{ARTICLE}</div></div>')
    assert doc.html is not None
    assert "第5段" in doc.html


def test_prune_no_html_is_noop_and_pickles() -> None:
    cleaner = HiddenAndChromePruner()
    doc = Doc(id="t", text="纯文本")
    assert cleaner(doc) is doc
    assert pickle.loads(pickle.dumps(cleaner)).name == "html.prune"


@pytest.mark.parametrize("shown", [
    '<div style="width:2px">澳门娱乐城</div>',  # one dimension only
    '<table width="600" height="1"><tr><td>澳门娱乐城</td></tr></table>',
    '<div style="width:300px;height:2px">澳门娱乐城</div>',
    # a shift by a share of its own size (centring) or by a few pixels
    '<div style="position:absolute;left:50%;transform:translate(-50%, -50%)">澳门娱乐城</div>',
    '<div style="transform:translateY(-20px);transition:transform .3s">澳门娱乐城</div>',
    '<div style="transform:rotate(-900deg)">澳门娱乐城</div>',
    # a box set against the right edge, or a few hundred pixels from it, is on the page
    '<div style="position:fixed;right:20px;bottom:30px">澳门娱乐城</div>',
    '<div style="position:absolute;right:320px;top:0">澳门娱乐城</div>',
    '<div style="margin-right:9999px">澳门娱乐城</div>',
    # font-size:0 takes out the gaps of a row of inline blocks, which set their own size
    '<div style="font-size:0"><span style="display:inline-block;font-size:14px">澳门娱乐城</span>'
    '</div>',
    '<div style="font-size:0;"><div style="display:inline-block;font-size:small">澳门娱乐城</div>'
    '</div>',
])
def test_prune_keeps_boxes_a_reader_sees(shown: str) -> None:
    doc = run(f'<div class="content">{ARTICLE}{shown}</div>')
    assert not [r for r in doc.removals if r.rule == "hidden_element"]


@pytest.mark.parametrize("cls", ["bread", "bread-nav", "breadnav", "mianbao"])
def test_prune_a_trail_classed_bread(cls: str) -> None:
    # trafilatura prints a trail of links in a <div> a link a line (首页 / > / 视频 / > 正文),
    # where no text rule sees the trail whole
    doc = run(f'<div class="{cls}"><a>首页</a> &gt; <a>视频</a> &gt; 正文</div>'
              f'<div id="content">{ARTICLE}</div>')
    assert doc.html is not None
    assert "正文" not in doc.html


def test_prune_keeps_a_bread_word_inside_a_class() -> None:
    doc = run(f'<div class="breadth-note">说明：第9段文字。</div><div id="content">{ARTICLE}</div>')
    assert doc.html is not None
    assert "第9段" in doc.html


@pytest.mark.parametrize(("css", "block"), [
    # a descendant or child selector, a compound one, one of several selectors
    (".wrap .yq{display:none}", '<div class="yq">澳门娱乐城</div>'),
    ("body div.yq {display: none;}", '<div class="yq">澳门娱乐城</div>'),
    ("div.wrap > .yq{visibility:hidden}", '<div class="yq">澳门娱乐城</div>'),
    (".lk.x8{display:none}", '<div class="x8 lk">澳门娱乐城</div>'),
    ("/* links */ .mob-menu, .xq7 ,.top{display:none}", '<div class="xq7">澳门娱乐城</div>'),
    # a box at most 2 px high that clips its text
    ("", '<div style="height:1px;overflow:hidden">澳门娱乐城</div>'),
    ("", '<div style="overflow: hidden; height: 2px">澳门娱乐城</div>'),
    # white text on the white page, by inline style, <font color> or a class rule
    ("", '<div style="color:#fff"><a style="color:#FFFFFF" href="/x">澳门娱乐城</a></div>'),
    ("", '<font color="white">澳门娱乐城</font>'),
    (".c9{color:rgb(255, 255, 255)}", '<p class="c9">澳门娱乐城</p>'),
    ("body{background:#fff} .c9 a{color:#fff}",
     '<div class="c9"><a href="/x">澳门娱乐城</a></div>'),
])
def test_prune_hidden_by_page_css(css: str, block: str) -> None:
    _hidden_block_goes(css, block)


def _hidden_block_goes(css: str, block: str) -> None:
    """The spam block the page's style hides goes, as a hidden element; the article stays."""
    doc = run(f'<div class="wrap"><div class="content">{ARTICLE}{block}</div></div>',
              f"<style>{css}</style>")
    assert doc.html is not None
    assert "澳门娱乐城" not in doc.html
    assert "第5段" in doc.html
    assert [r for r in doc.removals if r.rule == "hidden_element"]


@pytest.mark.parametrize(("css", "block"), [
    # the ancestor a descendant rule names is not there; a class of another element
    (".sidebar .yq{display:none}", '<div class="yq">区域协调发展</div>'),
    (".lk.x8{display:none}", '<div class="x8">区域协调发展</div>'),
    # a box high enough to read
    ("", '<div style="height:20px;overflow:hidden">区域协调发展</div>'),
    # a white heading on a dark banner: the background on it, on a box around it, by class
    ("", '<h2 style="color:#fff;background:#c00">区域协调发展</h2>'),
    ("", '<div style="background-color:#1a3c6e"><h2 style="color:white">区域协调发展</h2></div>'),
    (".banner{background:url(/i/b.jpg)} .banner h2{color:#fff}",
     '<div class="banner"><h2>区域协调发展</h2></div>'),
    ("", '<table><tr><td bgcolor="#003366"><font color="#ffffff">区域协调发展</font></td></tr>'
         "</table>"),
    # white box, dark links inside it
    ("a{color:#333}", '<div style="color:#fff"><a href="/x">区域协调发展</a></div>'),
    # a dark theme: the whole page white on a background from a stylesheet we cannot read
    ("", ""),
])
def test_prune_keeps_what_a_reader_sees(css: str, block: str) -> None:
    body = (f'<div class="wrap"><div class="content">{ARTICLE}{block}</div></div>' if block
            else f'<div class="wrap" style="color:#fff"><div class="content">{ARTICLE}</div></div>')
    doc = run(body, f"<style>{css}</style>")
    assert doc.html is not None
    assert "第5段" in doc.html
    assert not [r for r in doc.removals if r.rule == "hidden_element"]
    if block:
        assert "区域协调发展" in doc.html


VARIED = "".join(f"<p>{t}</p>" for t in (
    "今年以来，全市坚持把稳增长放在更加突出的位置，一季度地区生产总值同比增长百分之五。",
    "记者在示范村看到，村道两旁种满了花草，不少村民在自家门口开起了民宿。",
    "气象部门预计，未来三天将出现一次明显的降雨过程，请市民注意出行安全。",
    "新建的城市书房藏书一万余册，实行全天候免费开放，受到周边居民欢迎。",
))


def test_prune_hidden_mobile_menu_changes_no_text() -> None:
    # A site's own menu for small screens, hidden by a class rule, holds no spam: removing it
    # leaves the same article text, and the page is not suspected of spam.
    from cleaners import clean_html

    menu = "".join(f'<a href="/{i}/">{s}</a>' for i, s in enumerate(("首页", "要闻", "本地", "体育")))
    page = ("<html><head><title>区域协调发展</title><style>.wrap .m-nav{display:none}</style>"
            f'</head><body><div class="wrap"><div class="m-nav">{menu}</div>'
            f'<div class="content"><h1>区域协调发展</h1>{VARIED}</div></div></body></html>')
    plain = page.replace(f'<div class="m-nav">{menu}</div>', "")
    with_menu, without = clean_html(page), clean_html(plain)
    assert with_menu.text == without.text
    assert "spam_suspect" not in with_menu.meta.tags
    assert any(r.rule == "hidden_element" and "要闻" in r.text for r in with_menu.removals)


_SHELL = ('<div class="nav"><a href="/">首页</a><a href="/a">民生</a></div><div id="app"></div>'
          '{noscript}<div class="footer">版权所有</div>')


def test_prune_reads_a_noscript_fallback_that_is_the_only_article() -> None:
    # an app's shell fetched before its scripts ran: the article is in its <noscript> alone
    doc = run(_SHELL.format(noscript=f"<noscript><h1>某某标题</h1>{ARTICLE}</noscript>"))
    assert doc.html is not None
    assert "第5段" in doc.html
    assert "<noscript" not in doc.html


@pytest.mark.parametrize("page", [
    # a rendered copy beside it: the fallback is a duplicate
    f'<div class="content">{ARTICLE}</div><noscript>{ARTICLE}</noscript>',
    # a notice, however empty the shell
    _SHELL.format(noscript="<noscript>请开启浏览器的JavaScript功能后再访问本页面。</noscript>"),
    # spam in a <noscript> on a page with its article shown
    f'<div class="content">{ARTICLE}</div><noscript><p>{"澳门娱乐城注册送彩金，" * 20}</p></noscript>',
])
def test_prune_drops_a_noscript_fallback_beside_shown_text(page: str) -> None:
    doc = run(page)
    assert doc.html is not None
    assert [r.rule for r in doc.removals if "noscript" in r.why] == ["script_element"]
    assert "澳门娱乐城" not in doc.html
    assert doc.html.count("第5段") <= 1


# --- kinds of hiding bench/spam_html.py plants since round spamhtml2, and their decoys ---------

@pytest.mark.parametrize(("css", "block"), [
    # the screen-reader-only pattern (clip, clip-path), by a rule with !important
    (".vh-t9{position:absolute!important;clip:rect(0 0 0 0);clip-path:inset(50%)}",
     '<div class="vh-t9">澳门娱乐城</div>'),
    ("", '<span style="position:absolute;clip-path:inset(50%)">澳门娱乐城</span>'),
    # opacity, and a transform that shrinks it to nothing on either axis or moves it away
    (".o0x{opacity:0;}", '<div class="o0x">澳门娱乐城</div>'),
    ("", '<div style="transform:scale(0)">澳门娱乐城</div>'),
    ("", '<div style="-webkit-transform:scale(0,0);transform:scale(0,0)">澳门娱乐城</div>'),
    ("", '<div style="transform:scaleY(0);transform-origin:top">澳门娱乐城</div>'),
    (".tz1{position:absolute;transform:translateX(-9999px)}", '<div class="tz1">澳门娱乐城</div>'),
    # a one-pixel or zero box by a <style> rule; max-height:0 clipping downwards
    (".px1{overflow:hidden;width:1px;height:1px;display:block}", '<div class="px1">澳门娱乐城</div>'),
    ("", '<div style="max-height:0px;overflow-y:hidden">澳门娱乐城</div>'),
    # text no reader sees: transparent, in its background's colour, under 2px
    ("", '<div style="color:transparent">澳门娱乐城</div>'),
    ("", '<div style="color:rgba(0,0,0,0)">澳门娱乐城</div>'),
    (".ct5,.ct5 a{color:transparent}", '<div class="ct5"><a href="/x">澳门娱乐城</a></div>'),
    ("", '<div style="background:#f5f5f5"><div style="color:#F5F5F5">澳门娱乐城</div></div>'),
    ("", '<table><tr><td bgcolor="#eee"><font color="#eeeeee">澳门娱乐城</font></td></tr></table>'),
    (".bgx{background-color:#fafafa} .bgx .in2,.bgx .in2 a{color:#fafafa}",
     '<div class="bgx"><div class="in2"><a href="/x">澳门娱乐城</a></div></div>'),
    ("", '<div style="font-size:1px;line-height:1px;color:#f8f8f8">澳门娱乐城</div>'),
    ("", '<div style="font-size:0.1px">澳门娱乐城</div>'),
    # font-size:0 and line-height:0 by rules a desktop applies, with !important
    ("@media screen{.zq .k3{font-size:0!important;line-height:0!important}}",
     '<div class="zq"><div class="k3">澳门娱乐城</div></div>'),
    ("@media all and (min-width:768px){.k3{line-height:0;font-size:0 !important;}}",
     '<div class="k3">澳门娱乐城</div>'),
    # shrunk by one rule, another rule's size losing to it (earlier, or not !important)
    (".fz2{font-size:14px} .fz1{font-size:0}", '<div class="fz1 fz2">澳门娱乐城</div>'),
    (".fz1{font-size:1px!important} .fz2{font-size:14px}", '<div class="fz1 fz2">澳门娱乐城</div>'),
    (".fz1{font-size:0}", '<div class="fz1" style="font-size:0">澳门娱乐城</div>'),
    # the hidden attribute by value; aria-hidden words in a display:contents box
    ("", '<section hidden="hidden">澳门娱乐城</section>'),
    ("", '<span aria-hidden="true" style="display:contents">澳门娱乐城</span>'),
])
def test_prune_hidden_kinds_of_mirrors(css: str, block: str) -> None:
    _hidden_block_goes(css, block)


@pytest.mark.parametrize(("css", "block"), [
    # the same properties at values a reader sees
    ("", '<div style="opacity:0.9">区域协调发展</div>'),
    ("", '<div style="transform:scale(1.02)">区域协调发展</div>'),
    ("", '<div style="transform:scale(1);transition:transform .3s">区域协调发展</div>'),
    ("", '<div style="transform:scaleX(0.8)">区域协调发展</div>'),
    ("", '<div style="max-height:none;overflow:visible">区域协调发展</div>'),
    ("", '<div style="overflow-x:hidden;height:0">区域协调发展</div>'),
    ("", '<div style="position:relative;clip:auto;overflow:hidden">区域协调发展</div>'),
    ("", '<div style="font-size:11px">区域协调发展</div>'),
    ("", '<div style="font-size:1em">区域协调发展</div>'),
    # a row of inline blocks under font-size:1px that set their own size
    ("", '<div style="font-size:1px"><span style="font-size:14px">区域协调发展</span></div>'),
    # a rule's tiny size another rule on the same element overrides, later or more specific
    # (a PDF converter's .t{font-size:1px} on every line, .fs0{font-size:64px} beside it)
    (".t{position:absolute;font-size:1px} .fs0{font-size:64px}",
     '<div class="t fs0">区域协调发展</div>'),
    (".wrap .t{font-size:16px} .t{font-size:0}", '<div class="t">区域协调发展</div>'),
    (".t{font-size:0}", '<div class="t" style="font-size:15px">区域协调发展</div>'),
    # a gradient heading: transparent text a clipped background paints
    (".grad{background:linear-gradient(90deg,#c00,#f60);-webkit-background-clip:text;"
     "background-clip:text;color:transparent}", '<h2 class="grad">区域协调发展</h2>'),
    ("", '<h2 style="color:transparent;-webkit-text-stroke:1px #333">区域协调发展</h2>'),
    # light grey on white, dark on a light box, a light colour on a background image
    ("", '<div style="color:#ccc">区域协调发展</div>'),
    ("", '<div style="background:#f5f5f5"><div style="color:#333">区域协调发展</div></div>'),
    ("", '<div style="background:#f5f5f5 url(/i/b.png)"><div style="color:#f5f5f5">区域协调发展'
         "</div></div>"),
    # hidden for print only; an icon marked aria-hidden holds no words
    ("@media print{.k3p{display:none}}", '<div class="k3p">区域协调发展</div>'),
    ("", '<div><span aria-hidden="true" class="icon">›</span>区域协调发展</div>'),
])
def test_prune_keeps_near_misses_a_reader_sees(css: str, block: str) -> None:
    doc = run(f'<div class="wrap"><div class="content">{ARTICLE}{block}</div></div>',
              f"<style>{css}</style>")
    assert doc.html is not None
    assert "区域协调发展" in doc.html
    assert not [r for r in doc.removals if r.rule == "hidden_element" and "区域" in r.text]


def test_prune_keeps_the_seen_copy_beside_its_screen_reader_twin() -> None:
    # aria-hidden on the copy a reader sees, its sr-only twin beside it: the twin goes
    doc = run(f'<div class="content"><h2><span aria-hidden="true">区域协调发展</span>'
              f'<span class="sr-only">区域协调发展</span></h2>{ARTICLE}</div>')
    assert doc.html is not None
    assert doc.html.count("区域协调发展") == 1
    hits = [r for r in doc.removals if r.rule == "hidden_element"]
    assert len(hits) == 1
    assert "sr-only" in hits[0].why


def test_prune_records_the_words_a_script_writes() -> None:
    # The saved page holds the script, a browser shows what it writes: the removal records it
    # (spam.score reads it as hidden spam); a script writing no markup keeps its code excerpt.
    doc = run(f'<div class="content">{ARTICLE}<script>var s=\'<div style="display:none">'
              "<a href=\"http:\\/\\/ab12.com\\/\">澳门娱乐城</a>'+'<\\/div>';document.write(s);"
              "</script><script>document.write(new Date().getFullYear())</script></div>")
    scripts = [r for r in doc.removals if r.rule == "script_element"]
    assert scripts[0].text == "澳门娱乐城"
    assert "document.write" in scripts[0].why
    assert "getFullYear" in scripts[1].text


def test_clean_keeps_paragraphs_trafilatura_would_read_as_hidden() -> None:
    # trafilatura drops a block whose style names "hidden" (overflow:hidden, a clearfix) or one
    # marked aria-hidden; html.prune has judged them shown, and their words stay.
    from cleaners import clean_html

    sentences = [t for t in VARIED.replace("<p>", "").split("</p>") if t]
    paras = [f"<p>第{i}段。{sentences[i % 4]}</p>" for i in range(16)]
    paras[1] = f'<p><span style="overflow:hidden;height:auto">{paras[1][3:-4]}</span></p>'
    paras[2] = f'<div class="clearfix" style="overflow: hidden">{paras[2]}</div>'
    page = ("<html><head><title>区域协调发展</title></head><body><div class='content'>"
            f"<h1>区域协调发展</h1>{''.join(paras)}</div></body></html>")
    text = clean_html(page).text
    for i in range(16):
        assert f"第{i}段" in text


def test_clean_keeps_a_closed_details_fold_in_the_article() -> None:
    # A closed <details> in the article is a fold its reader opens (展开全文, 背景): its words
    # are the article's, not hidden ones.
    from cleaners import clean_html

    page = ("<html><head><title>区域协调发展</title></head><body><div class='content'>"
            f"<h1>区域协调发展</h1>{VARIED}<details><summary>展开全文</summary>"
            "<p>专家表示，城乡融合发展仍需在公共服务均等化方面持续发力，久久为功。</p></details>"
            "</div></body></html>")
    assert "公共服务均等化" in clean_html(page).text


@pytest.mark.parametrize("tag", ["share-bar", "cl-share-bar", "x-related-list", "comment-box"])
def test_prune_custom_element_named_chrome(tag: str) -> None:
    # its name says what it is, as a class does; its shadow root's content shown in it
    body = (f'<div class="content">{ARTICLE}<{tag}><template shadowrootmode="open">'
            f'<span>分享：</span><button>微信</button><p>已复制到剪贴板</p></template></{tag}></div>')
    doc = run(body)
    assert doc.html is not None
    assert "剪贴板" not in doc.html
    assert "第5段" in doc.html


@pytest.mark.parametrize("tag", ["news-article", "site-layout", "page-side", "x-content"])
def test_prune_custom_element_not_named_chrome_stays(tag: str) -> None:
    # a layout element or the article's own element may wrap the text: no strong chrome word
    doc = run(f'<{tag}><div class="content">{ARTICLE}</div></{tag}>')
    assert doc.html is not None
    assert "第5段" in doc.html
    assert "第0段" in doc.html


# something to prune, so that the page is written anew
HIDDEN = '<div style="display:none">澳门娱乐城</div>'


def test_prune_joins_sentence_spans_across_source_lines() -> None:
    para = ('<p data-track="p1">\n  <span class="s">社区食堂上周正式开门。</span>\n'
            '  <span class="s">“每天中午就有老人排队。”</span>\n  <span class="s">老人很满意！</span>\n</p>')
    doc = run(f'<div class="content">{ARTICLE}{para}</div>{HIDDEN}')
    assert doc.html is not None
    assert "开门。</span><span" in doc.html
    assert "排队。”</span><span" in doc.html


@pytest.mark.parametrize("row", [
    # a row of fields: no sentence's end before the break, the space between them stays
    '<p class="s">\n<span>来源：某某日报</span>\n<span>记者 某某</span>\n</p>',
    # a sentence's end on the same line: a space the page prints, not the source's line break
    '<p class="s"><span>第一句。</span> <span>第二句。</span></p>',
    # what follows opens no sentence (a figure, a Latin word)
    '<p class="s">\n<span>第一句。</span>\n<span>2025 年</span>\n</p>',
])
def test_prune_sentence_span_join_counterexamples(row: str) -> None:
    doc = run(f'<div class="content">{ARTICLE}{row}</div>{HIDDEN}')
    assert doc.html is not None
    assert "第0段" in doc.html
    assert "</span><span" not in doc.html
