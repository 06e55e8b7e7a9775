"""The HTML path's shortcuts on big pages give the answers of the forms they replace.

Each shortcut (bench/html_speed.py times them) is checked against the plain form, written out
here, on every gold HTML page and on a small page made as the 20 MB bad page is: the tree's
nodes held (held_nodes), subtree_stats skipping empty text runs, glued_header and field_title
handed the body's lines, forum_thread's XPath screen for schema markup and its gate on floors, _post_footer's tests
in the other order, _tiny_box's early return.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cleaners.html.dom import (
    Stats,
    _add_run,
    held_nodes,
    iter_elements,
    parse_html,
    subtree_stats,
)
from cleaners.html.metadata import field_title, glued_header
from cleaners.html.prune import (
    _POST_FOOT,
    _POST_FOOT_LIMIT,
    _in_sentence,
    _post_footer,
    _tiny_box,
)
from cleaners.html.text import block_lines
from cleaners.html.thread import (
    _ANY_FLOOR,
    _ANY_FLOOR_GATE,
    _SCHEMA_MARKED,
    _answer_markup,
    forum_thread,
)

if TYPE_CHECKING:
    from lxml.html import HtmlElement

PAGES = sorted((Path(__file__).parent / "fixtures" / "gold_html").glob("*.html"))
PARA = "<p>县里召开春季农业生产工作会议，部署春耕备耕、水利建设和森林防火等重点工作。</p>"
BIG_SHAPE = (
    "<html><body>" + "<div class='list'><a href='/x'>链接标题</a></div>" * 300
    + "<script>" + "var x = 'a';" * 50 + "</script>"
    + f"<div class='content'>{PARA * 10}</div></body></html>"
)
_SKIP = frozenset({"script", "style", "noscript", "template", "textarea", "select", "option"})


def _roots() -> list[tuple[str, HtmlElement]]:
    roots = []
    for path in PAGES:
        root = parse_html(path.read_text(encoding="utf-8", errors="replace"))
        if root is not None:
            roots.append((path.stem, root))
    big = parse_html(BIG_SHAPE)
    assert big is not None
    roots.append(("big_shape", big))
    return roots


ROOTS = _roots()
IDS = [name for name, _ in ROOTS]


def _plain_stats(root: HtmlElement) -> dict[HtmlElement, Stats]:
    """subtree_stats as it was: every run added, empty ones too (no ignore set)."""
    stats: dict[HtmlElement, Stats] = {}
    for el in reversed(list(iter_elements(root))):
        st = Stats()
        if el.tag not in _SKIP:
            in_link = el.tag == "a"
            m, p = _add_run(st, el.text or "", in_link)
            if not in_link:
                st.paragraphs += 1 if m >= 8 and p else 0
            for child in el:
                if isinstance(child.tag, str):
                    cs = stats.get(child)
                    if cs is not None:
                        st.chars += cs.chars
                        st.punct += cs.punct
                        st.paragraphs += cs.paragraphs
                        st.stops += cs.stops
                        if in_link:
                            st.link_chars += cs.chars
                        else:
                            st.link_chars += cs.link_chars
                            st.mass += cs.mass
                            st.readings += cs.readings
                _add_run(st, child.tail or "", in_link)
        stats[el] = st
    return stats


@pytest.mark.parametrize(("name", "root"), ROOTS, ids=IDS)
def test_shortcuts_match_plain_forms(name: str, root: HtmlElement) -> None:
    assert held_nodes(root) == list(root.iter())
    assert subtree_stats(root) == _plain_stats(root)
    body = root.find("body")
    lines = block_lines(body) if body is not None else None
    assert glued_header(root, lines) == glued_header(root)
    assert field_title(root, lines) == field_title(root)
    walked = [el for el in root.iter() if isinstance(el.tag, str) and _answer_markup(el)]
    screened = [el for el in _SCHEMA_MARKED(root) if _answer_markup(el)]
    assert screened == walked
    for el in [root, *root.iter("div", "li", "td")]:
        text = el.text_content()
        if _ANY_FLOOR.search(text):
            assert _ANY_FLOOR_GATE.open(text)
    stats = subtree_stats(root)
    for el in iter_elements(root):
        st = stats[el]
        plain = not (st.chars > _POST_FOOT_LIMIT or _in_sentence(el)) and (
            _POST_FOOT.fullmatch(" ".join(el.text_content().split())) is not None)
        assert _post_footer(el, st) == plain
        style = el.get("style")
        if not style and el.get("width") is None and el.get("height") is None:
            assert not _tiny_box(el, style)


def test_forum_thread_schema_screen_reads_answers() -> None:
    """An answer marked only by schema.org markup (no floor printed) still opens a thread."""
    answer = ('<div class="ans" itemprop="suggestedAnswer" itemtype="https://schema.org/Answer">'
              '<p>回答内容，说明了原因。</p><span>1,024 人赞同了该回答</span>'
              '<span>发布于 2024-05-03 10:22</span></div>')
    root = parse_html(f"<html><body><div id='q'>{answer * 3}</div></body></html>")
    assert root is not None
    box = root.find(".//div[@id='q']")
    assert box is not None
    thread = forum_thread(box)
    assert thread is not None
    assert thread.answers


@pytest.mark.parametrize("text", ["2楼 回复", "沙發", "#3 某某", "1,024 人贊同了该回答", "地闆"])
def test_floor_gate_opens_for_floors(text: str) -> None:
    assert _ANY_FLOOR.search(text)
    assert _ANY_FLOOR_GATE.open(text)
