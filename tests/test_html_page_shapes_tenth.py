"""A tenth set of shapes through the HTML path whole: a Q&A page's view count and answer count
under the question, its answers marked up as schema.org Answers with the answerer in a box of
its own; a 供稿 credit closing a government page's article; …"""

from __future__ import annotations

import pytest

from cleaners import clean_html

_FIRE = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况。</p>")


def _page(header: str, body: str) -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1>{header}<div class='text'>{body}</div></body></html>")


@pytest.mark.parametrize("row", ["2023-12-02 19:40 浏览 3,621 次", "2023-12-02 19:40 阅读 326 人次"])
def test_a_view_count_s_measure_word_under_the_headline_names_no_publisher(row: str) -> None:
    doc = clean_html(_page(f"<div class='meta'>{row}</div>", _FIRE), id="t")
    assert doc.meta.date == "2023-12-02T19:40:00"
    assert doc.meta.source_name is None
