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
