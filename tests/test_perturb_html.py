"""bench/perturb_html.py keeps working: its transforms leave raw-text elements alone, and one
transform run through the bench on two small gold pages scores as the pages as saved do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .conftest import ROOT, load_bench

if TYPE_CHECKING:
    from pathlib import Path

perturb_html = load_bench("perturb_html")

SMALL = ("gh178_city_daily_benbaoxun_reporter_correspondent_lead_in_first_paragraph",
         "gh174_party_building_two_h1_site_logo_and_headline")


def test_transforms_keep_script_and_style() -> None:
    html = '<p class="a">段落</p><script>var p = "<p>x</p>";</script><pre><p>代码</p></pre>'
    assert perturb_html.p2div(html) == (
        '<div class="a">段落</div><script>var p = "<p>x</p>";</script><pre><p>代码</p></pre>')
    assert perturb_html.p2br(html).startswith("段落<br><br><script>var p = \"<p>x</p>\"")
    assert perturb_html.entities("<b>中文 ab</b>") == "<b>&#20013;&#25991; ab</b>"
    assert perturb_html.upper("<p>x</p>") == "<P>x</P>"


def test_minify_reads_comments_as_a_browser_does() -> None:
    # a comment holding a script and a second "<!--" is one comment: gone whole, not cut at
    # the script so that its "<!--" is left open and swallows the page after it
    html = ('<div><!--<script src="a.js"></script><!--note-->\n<p>正文</p>'
            '<script>var s = "<!-- x -->";</script></div>')
    assert perturb_html.minify(html) == (
        '<div><p>正文</p><script>var s = "<!-- x -->";</script></div>')


def test_minify_drops_only_optional_end_tags() -> None:
    # </p> goes before a block, another <p> or its parent's end; before a picture, an inline
    # element or text it stays (dropping it would move them into the paragraph)
    html = ("<div><p>一</p>\n<p>二</p><img src=a><p>图注</p> <p>引文</p><cite>某某</cite>"
            "<ul><li>甲</li>\n<li>乙</li></ul><a href=x><p>标题</p></a></div>")
    assert perturb_html.minify(html) == (
        "<div><p>一<p>二</p><img src=a><p>图注<p>引文</p><cite>某某</cite>"
        "<ul><li>甲<li>乙</ul><a href=x><p>标题</p></a></div>")


def test_a_page_as_written_and_minified_reads_the_same() -> None:
    from cleaners import clean_html

    page = ("<html><head><title>产业路通车</title></head><body>\n"
            '  <!--<script src="old.js"></script><!--滚动-->\n'
            '  <div class="article">\n    <h1>产业路通车</h1>\n'
            + "".join(f"    <p>第{n}段，产业路建设总投资约一点八亿元，沿线同步建设了三处农产品"
                      "集散点和两个观景停车区，群众出行更方便了。</p>\n" for n in range(1, 6))
            + '    <img src="a.jpg" width="600"><p>通车当天的产业路。</p>\n'
            "  </div>\n</body></html>")
    written = clean_html(page)
    minified = clean_html(perturb_html.minify(page))
    assert "第5段" in written.text
    assert minified.text == written.text


def test_one_mode_on_two_pages(tmp_path: Path) -> None:
    pages = perturb_html.gold_html_pages()
    small = {doc_id: pages[doc_id] for doc_id in SMALL}
    ident = perturb_html.score_mode(small, "ident", tmp_path)
    p2div = perturb_html.score_mode(small, "p2div", tmp_path)
    assert ident["summary"]["docs"] == p2div["summary"]["docs"] == 2
    assert p2div["summary"]["mean_f1"] == ident["summary"]["mean_f1"] == 1.0
    assert (tmp_path / "p2div" / f"{SMALL[0]}.html").read_text(encoding="utf-8").count("<p") \
        < (ROOT / "tests" / "fixtures" / "gold_html" / f"{SMALL[0]}.html").read_text(
            encoding="utf-8").count("<p")
