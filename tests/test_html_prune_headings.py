"""html.prune: the heading right above a block of links that prune removes goes with it."""

from __future__ import annotations

import pytest

from cleaners import clean_html

_PARAS = [f"<p>第{n}段，某某县今年将新建改建农村公路三百公里，重点解决群众出行难题，确保年底前完工。</p>"
          for n in range(1, 5)]
_LINKS = "<ul>" + "".join(f"<li><a href='/n/{i}'>某某县举办第{i}届乡村文化旅游节活动</a></li>"
                          for i in range(1, 5)) + "</ul>"


def _clean(between: str) -> tuple[list[str], list[tuple[str, str]]]:
    page = ("<html><head><title>某某县推进农村公路建设_某某网</title></head><body>"
            "<h1>某某县推进农村公路建设</h1><div class='content'>"
            f"{''.join(_PARAS[:2])}{between}{''.join(_PARAS[2:])}</div></body></html>")
    doc = clean_html(page, id="t")
    return ([line[:3] for line in doc.text.split("\n")],
            [(r.rule, r.text) for r in doc.removals if r.cleaner == "html.prune"])


@pytest.mark.parametrize("heading", [
    "<h3>编辑精选</h3>", "<div class='title'>本地要闻</div>", "<h4>相关阅读</h4>",
    "<p class='tit'>看点</p>", "<p><strong>延伸阅读：</strong></p>",
    "<h3><a href='/list'>热点推荐</a></h3>",
])
def test_the_heading_of_a_pruned_link_block_goes_with_it(heading: str) -> None:
    lines, removed = _clean(heading + "<!-- list -->" + _LINKS)
    assert lines == ["第1段", "第2段", "第3段", "第4段"]
    assert [rule for rule, _ in removed] == ["link_block", "link_block_heading"]


@pytest.mark.parametrize(("between", "kept"), [
    # a numbered section heading is the article's, whatever follows it
    ("<h3>一、工作目标</h3>" + _LINKS, "一、工"),
    # text between the heading and the list: not the list's heading
    ("<h3>工作动态</h3>详见下列文章" + _LINKS, "工作动"),
    # a sentence is no heading
    ("<p>详情见下列文章。</p>" + _LINKS, "详情见"),
    # a heading over prose stays
    ("<h3>工作动态</h3>", "工作动"),
])
def test_other_lines_above_a_link_block_stay(between: str, kept: str) -> None:
    lines, _ = _clean(between)
    assert kept in lines
