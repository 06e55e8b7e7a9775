"""A notice's closing signature (issuing bodies, then the date) is its text, not metadata."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.meta import closing_signature

PARA = "各地各部门要深入开展安全隐患排查整治，重点抓好道路交通、消防、燃气等领域安全监管。"


@pytest.mark.parametrize(("lines", "signed"), [
    ([PARA, "某某市人民政府办公室", "2024年5月6日"], {1, 2}),
    ([PARA, "某某市财政局", "", "某某市教育局", "某某市人力资源和社会保障局", "2024-05-06"], {1, 3, 4, 5}),
    # the note on the document's disclosure under the date is its last line (the policy page
    # of test_html_page_shapes_tenth keeps it too)
    ([PARA, "某某县应急管理局", "2024年5月6日", "（此件公开发布）"], {1, 2, 3}),
    # a time makes it a publication stamp; a headline above makes it a feed's item; no body
    ([PARA, "某某市人民政府办公室", "2024-05-06 10:30"], set()),
    (["某某县召开安全生产工作会议", "某某县应急管理局", "2024-05-06"], set()),
    ([PARA, "2024年5月6日"], set()),
    ([PARA, "感谢大家的支持", "2024年5月6日"], set()),
])
def test_closing_signature(lines: list[str], signed: set[int]) -> None:
    assert closing_signature(lines) == signed


def test_several_issuing_bodies_are_no_list() -> None:
    body = "".join(f"<p>{n}、{PARA}</p>" for n in "一二三")
    page = ("<html><body><div class='article'><h1>某某市关于做好高校毕业生就业工作的通知</h1>"
            "<div class='info'>发布日期：2024-05-07</div>" + body +
            "<p>某某市财政局</p><p>某某市教育局</p><p>某某市人力资源和社会保障局</p>"
            "<p>2024年5月6日</p></div></body></html>")
    assert clean_html(page, id="t").text.split("\n")[-4:] == [
        "某某市财政局", "某某市教育局", "某某市人力资源和社会保障局", "2024年5月6日"]


def test_the_signature_date_dates_a_notice_that_prints_no_other() -> None:
    doc = clean_text("\n".join(["某某县关于做好防汛工作的通知", PARA, PARA.replace("消防", "水利"),
                                "某某县人民政府办公室", "2024年6月1日"]), id="t")
    assert doc.meta.date == "2024-06-01"
    assert doc.text.split("\n")[-1] == "2024年6月1日"
