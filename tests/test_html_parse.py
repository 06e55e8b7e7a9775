"""parse_html reads a page as a browser does: stray document end tags do not cut the body."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.html.dom import parse_html
from cleaners.html.extract import MainTextExtractor
from cleaners.html.prune import HiddenAndChromePruner

PARA = "<p>县里召开春季农业生产工作会议，部署春耕备耕、水利建设和森林防火等重点工作。</p>"
HEADER = '<div class="header"><a href="/">首页</a> <a href="/n">新闻</a></div>'


@pytest.mark.parametrize(
    "page",
    [
        # A header template included with its own document end.
        f"<html><head><title>t</title></head><body>{HEADER}</html>"
        f'<div class="content">{PARA * 4}</div></body></html>',
        f"<html><head><title>t</title></head><body>{HEADER}</body></html>\n<!--end-->\n"
        f'<div class="content">{PARA * 4}</div></body></html>',
        f"<html><head><title>t</title></head><body>{HEADER}</BODY >"
        f'<div class="content">{PARA * 4}</div></body></html>',
        # No end tags at all.
        f'<html><head><title>t</title></head><body>{HEADER}<div class="content">{PARA * 4}',
    ],
)
def test_parse_keeps_article_after_stray_end_tags(page: str) -> None:
    root = parse_html(page)
    assert root is not None
    body = root.find("body")
    assert body is not None
    assert body.text_content().count("春耕备耕") == 4
    assert [child.tag for child in root] == ["head", "body"]
    doc = MainTextExtractor()(HiddenAndChromePruner()(Doc(id="t", html=page)))
    assert doc.dropped is None
    assert doc.text.count("春耕备耕") == 4


def test_parse_well_formed_page_is_unchanged() -> None:
    page = f"<html><head><title>t</title></head><body>{PARA}</body></html>"
    root = parse_html(page)
    assert root is not None
    body = root.find("body")
    assert body is not None
    assert body.text_content() == "县里召开春季农业生产工作会议，部署春耕备耕、水利建设和森林防火等重点工作。"
