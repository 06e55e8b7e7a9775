"""A thirteenth set of shapes: a header's day widget printed bare (2026年11月28日 星期六, no
今天是 before it), which gives no date while the article's own row still does."""

from __future__ import annotations

import pytest

from cleaners import clean_html

_BODY = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查，确保林区安全。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况，要求落实责任。</p>"
         "<p>第2段，下一步，该镇将继续加强巡查，严防火灾发生，切实保护森林资源和群众生命财产安全。</p>")


def _page(header: str = "", row: str = "") -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body>"
            f"<div class='top'>{header}</div><div class='main'><h1>某某镇开展森林防火检查</h1>"
            f"{row}<div class='text'>{_BODY}</div></div></body></html>")


_WIDGETS = [
    "<span>2026年11月28日 星期六</span>",
    "2026年11月28日 星期六",
    "<span class='date'>2026年11月28日 星期六</span> <a href='/'>首页</a> <a href='/'>设为首页</a>",
    "<div class='time'>2026年11月28日 星期六</div>",
    "<span>2026-11-28 星期六</span>",
    "<p>2026年11月28日 周六</p>",
    "<span>2026年11月28日（星期六）</span>",
    "<span>星期六 2026年11月28日</span>",
]


@pytest.mark.parametrize("widget", _WIDGETS)
def test_a_bare_day_and_weekday_in_the_header_gives_no_date(widget: str) -> None:
    # read from the page's lines or by htmldate's search, it is the day the page was viewed
    assert clean_html(_page(header=widget), id="t").meta.date is None


@pytest.mark.parametrize("widget", _WIDGETS)
@pytest.mark.parametrize(("row", "date"), [
    ("<div class='info'>发布时间：2024-03-11 来源：某某镇</div>", "2024-03-11"),
    ("<div class='info'>2024-03-11 10:20</div>", "2024-03-11T10:20:00"),
    # under the headline a day and its weekday are the article's own
    ("<div class='info'>2024年03月11日 星期一</div>", "2024-03-11"),
])
def test_the_article_s_own_date_row_still_wins(widget: str, row: str, date: str) -> None:
    assert clean_html(_page(header=widget, row=row), id="t").meta.date == date


def test_an_e_paper_s_header_day_is_its_issue_s() -> None:
    # a 数字报 prints its issue's day in its header the same way, beside its pages (第A02版)
    header = ("<div class='date'>2024年4月8日 星期一</div>"
              "<ul class='bm'><li><a href='/1'>第A01版：要闻</a></li>"
              "<li><a href='/2'>第A02版：城事</a></li></ul>")
    assert clean_html(_page(header=header), id="t").meta.date == "2024-04-08"
