"""Hiding tricks the spam HTML pages gh194-gh198 showed, each read by the one hidden-element
mechanism (cleaners.html.prune.hidden_elements), with the counterexamples an article uses: a
hanging indent, a see-through hover effect, a zoom, a clip to a shape, a script that waits for
a click."""

from __future__ import annotations

import pytest

from cleaners.html.dom import parse_html
from cleaners.html.prune import hidden_elements
from cleaners.spam.injection import _brand_row_rest

_PARAS = ("<p>记者从县政务服务中心获悉，新生儿出生“一件事”联办服务推出以来，已为一千二百多个家庭办理了相关手续。</p>"
          "<p>家长只需提交一次材料、跑一次窗口，就能办齐出生医学证明、户口登记和医保参保登记等五个事项。</p>")
_FARM = "<a href='/1'>某某娱乐官网</a> <a href='/2'>某某娱乐注册</a>"


def _hidden(page: str) -> list[str]:
    root = parse_html(page)
    assert root is not None
    return sorted(el.get("id") or el.get("class") or el.tag for el in hidden_elements(root))


def _inline(style: str) -> str:
    return (f"<html><body><div class='art'>{_PARAS}<div id='x' style='{style}'>{_FARM}</div>"
            "</div></body></html>")


def _classed(css: str) -> str:
    return (f"<html><head><style>{css}</style></head><body><div class='art'>{_PARAS}"
            f"<div class='k'>{_FARM}</div></div></body></html>")


@pytest.mark.parametrize("style", [
    "opacity:.01", "opacity:0.04", "opacity:0.045;height:20px", "opacity:2%",
    "filter:opacity(0)", "-webkit-filter:opacity(0%)", "filter:blur(1px) opacity(.02)",
])
def test_near_zero_opacity_hides(style: str) -> None:
    assert _hidden(_inline(style)) == ["x"]
    assert _hidden(_classed(f".k{{{style}}}")) == ["k"]


@pytest.mark.parametrize("style", [
    "opacity:.05", "opacity:0.5", "opacity:1", "opacity:10%", "filter:opacity(0.6)",
    "filter:opacity(50%)", "filter:grayscale(100%)",
])
def test_a_see_through_look_is_on_the_page(style: str) -> None:
    assert _hidden(_inline(style)) == []


@pytest.mark.parametrize("style", [
    "transform:scale(0.01)", "transform:scale(.03);transform-origin:0 0",
    "transform:scaleY(0.001)", "transform:scale(1, 0.02)", "-webkit-transform:scale(0.04)",
])
def test_a_scale_to_a_speck_hides(style: str) -> None:
    assert _hidden(_inline(style)) == ["x"]


@pytest.mark.parametrize("style", [
    "transform:scale(0.5)", "transform:scale(1.05)", "transform:scale(0.05)",
    "transform:scale(0.9, 1)", "transform:scaleX(-1)",
])
def test_a_zoom_or_a_flip_is_on_the_page(style: str) -> None:
    assert _hidden(_inline(style)) == []


@pytest.mark.parametrize("style", [
    "text-indent:-100em", "text-indent:-200em;white-space:nowrap", "position:absolute;left:-300em",
    "position:absolute;margin-left:-120rem", "position:absolute;top:-50em",
])
def test_moved_off_the_page_in_font_sizes_hides(style: str) -> None:
    assert _hidden(_inline(style)) == ["x"]
    assert _hidden(_classed(f".k{{{style}}}")) == ["k"]


@pytest.mark.parametrize("style", [
    "text-indent:-2em;padding-left:2em", "text-indent:2em", "margin-left:-1em",
    "position:relative;left:-10em", "text-indent:-49em", "margin-top:-1.5rem",
])
def test_a_hanging_indent_or_a_pull_of_a_few_ems_is_on_the_page(style: str) -> None:
    assert _hidden(_inline(style)) == []


@pytest.mark.parametrize("style", [
    "clip-path:circle(0)", "clip-path:circle(0px at 50% 50%);position:absolute",
    "clip-path:ellipse(0 0)", "-webkit-clip-path:ellipse(0px 0px at 50% 50%)",
    "clip-path:polygon(0 0,0 0,0 0)", "clip-path:polygon(0px 0px, 0% 0%, 0 0)",
])
def test_clipped_to_a_point_hides(style: str) -> None:
    assert _hidden(_inline(style)) == ["x"]


@pytest.mark.parametrize("style", [
    "clip-path:circle(50%)", "clip-path:circle(at center)", "clip-path:ellipse(50% 40%)",
    "clip-path:polygon(0 0,100% 0,100% 100%)", "clip-path:inset(10px round 8px)",
    "clip-path:circle(0.5em)",
])
def test_a_clip_to_a_shape_is_on_the_page(style: str) -> None:
    assert _hidden(_inline(style)) == []


def _scripted(script: str, el: str = "div id='kw' class='kw'") -> str:
    tag = el.split()[0]
    return (f"<html><body><div class='art'>{_PARAS}<{el}>{_FARM}</{tag}>"
            f"<script>{script}</script></div></body></html>")


@pytest.mark.parametrize("script", [
    "document.getElementById('kw').style.display='none';",
    'document.getElementById("kw").style.visibility = "hidden"',
    "<!--\ndocument.getElementById('kw').style.display = 'none';\n//-->",
    "document.querySelector('.kw').style.display='none';",
    '$("#kw").hide();',
    "jQuery('.kw').css('display', 'none');",
    "/* 友情链接 */ $('#kw').hide(); $('#other').hide();",
])
def test_a_script_that_only_hides_a_box_hides_it(script: str) -> None:
    assert _hidden(_scripted(script)) == ["kw"]


@pytest.mark.parametrize("script", [
    # a click handler: the box is hidden only when a reader clicks
    "document.getElementById('btn').onclick=function(){"
    "document.getElementById('kw').style.display='none';};",
    # a script that does more than hide (the hiding may wait for its other work)
    "$('#kw').hide(); loadComments();",
    "document.getElementById('kw').style.display='block';",
    "$('#kw').show();",
    "$('#kw').fadeOut(300);",
    "if (isMobile) { $('#kw').hide(); }",
    # another element's id: this box stays
    "document.getElementById('other').style.display='none';",
])
def test_a_script_that_shows_waits_or_does_more_hides_nothing(script: str) -> None:
    assert _hidden(_scripted(script)) == []


@pytest.mark.parametrize(("before", "after"), [
    # gh196 saved as text: two of a row's three names cut, the brand's third name and a word left
    ("云霄电竞投注 云霄电竞手机版 盛隆体育直播", "云霄电竞投注  直播"),
    ("某甲娱乐官网 某甲娱乐注册 某乙棋牌下载 某乙棋牌官方版", "某甲娱乐官网   "),
])
def test_a_brand_row_rest_goes(before: str, after: str) -> None:
    assert _brand_row_rest(before, after)


@pytest.mark.parametrize(("before", "after"), [
    # an item that shares no name with a cut one is the row's own (a keyword, a place)
    ("乡村振兴 云霄电竞手机版 盛隆体育直播", "乡村振兴  直播"),
    # a sentence: a clause mark
    ("云霄镇开展活动，云霄电竞手机版 盛隆体育直播", "云霄镇开展活动，  直播"),
    # fewer than three items
    ("云霄电竞投注 云霄电竞手机版", "云霄电竞投注 "),
    # only stray words left: the other rule's case, not this one's
    ("某甲娱乐官网 某甲娱乐注册 某乙棋牌下载", " 注册 "),
])
def test_a_row_of_other_words_is_kept(before: str, after: str) -> None:
    assert not _brand_row_rest(before, after)
