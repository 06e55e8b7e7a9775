"""Hostile page shapes: nesting past libxml2's default limit (256) keeps its text, and
thousands of headings or nested tables are read in bounded time."""

from __future__ import annotations

import time

import pytest

from cleaners import clean_html
from cleaners.html.dom import parse_html

from .cpu_time import assert_linear

_PARAGRAPH = "记者从有关部门获悉，今年以来全市经济运行总体平稳，主要指标好于预期。"


def _page(body: str) -> str:
    return f"<html><head><title>标题</title></head><body>{body}</body></html>"


def test_an_unclosed_font_in_every_paragraph_keeps_every_paragraph() -> None:
    # Each <p><font> adds two levels: libxml2 stopped at depth 256 and dropped the rest of the
    # page (123 of 400 paragraphs were left).
    page = _page("".join(f"<p><font color=red>{_PARAGRAPH}第{i}段" for i in range(400)))
    text = clean_html(page).text
    assert "第399段" in text
    assert text.count(_PARAGRAPH) > 380


def test_unclosed_divs_keep_the_text_past_depth_256() -> None:
    root = parse_html(_page("".join(f"<div>{_PARAGRAPH}{i}" for i in range(600))))
    assert root is not None
    assert f"{_PARAGRAPH}599" in root.text_content()


def test_deeply_nested_tables_stay_cut_and_fast() -> None:
    """trafilatura reads nested tables in time quadratic in their depth: 700 of them took 12 s
    in the huge tree, so a tree that nests tables that deep is parsed with the default cap."""
    page = _page("<table><tr><td>" * 1500 + _PARAGRAPH + "</td></tr></table>" * 1500)
    clean_html(_page(f"<p>{_PARAGRAPH}</p>"))  # load what the first page loads
    start = time.process_time()
    clean_html(page)
    assert time.process_time() - start < 3.0


def test_thousands_of_nested_white_spans_stay_cut_and_fast() -> None:
    """html.prune's white-text test reads every white element's subtree and ancestors:
    2,000 nested white spans took 11 s in the huge tree, so a tree 1,000 deep stays cut."""
    page = ("<html><head><style>.w{color:#fff}</style></head><body>"
            + "".join("<span class=w>" + ("记者获悉" if i % 3 == 0 else "") for i in range(2000))
            + "</body></html>")
    clean_html(_page(f"<p>{_PARAGRAPH}</p>"))
    start = time.process_time()
    clean_html(page)
    assert time.process_time() - start < 3.0


def test_a_page_of_thousands_of_headings_is_read_in_linear_time() -> None:
    """extract's put-back of dropped subheadings scanned every line before and after each
    heading: 5,000 <h1> took 20 s, 20,000 over a minute."""
    assert_linear(lambda count: clean_html(
        _page("<h1>标题</h1>" * count + f"<p>{_PARAGRAPH}</p>" * 5)), small=2000)


@pytest.mark.parametrize("block", [
    "[" * 20_000 + "]" * 20_000,
    '{"@type":"NewsArticle","author":' + "[" * 900 + '"张三"' + "]" * 900 + "}",
    "[" * 900 + '{"@type":"NewsArticle","datePublished":"2024-01-02"}' + "]" * 900,
])
def test_a_deeply_nested_json_ld_block_fails_no_page(block: str) -> None:
    page = _page(f"<p>{_PARAGRAPH}</p>" * 3).replace(
        "</head>", f'<script type="application/ld+json">{block}</script></head>')
    assert clean_html(page).status == "kept"


def test_removal_paths_equal_lxml_getpath() -> None:
    from cleaners.html.prune import _PathMemo

    page = _page("<div><p>a</p><p>b<o:p>c</o:p></p><!-- x --><span>d</span><p>e<b>f</b><b>g</b>"
                 "</p></div><div><table><tr><td>h</td><td>i</td></tr></table></div>")
    root = parse_html(page)
    assert root is not None
    tree = root.getroottree()
    paths = _PathMemo(tree)
    for el in reversed(list(root.iter())):
        if isinstance(el.tag, str):
            assert paths(el) == tree.getpath(el)


def test_tens_of_thousands_of_sibling_removals_cost_linear_time() -> None:
    """html.prune named each removal with tree.getpath, which counts the element's same-named
    siblings: 40,000 sibling <iframe>s took 4.7 s, 10,000 0.2 s."""
    assert_linear(lambda count: clean_html(
        _page(f"<p>{_PARAGRAPH}</p>" * 5 + "<iframe src='x'></iframe>" * count)), small=10_000)
