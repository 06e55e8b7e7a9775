"""A twelfth set of shapes: dates a page prints that are not its article's. A header widget
with the day the page is viewed (今天是…), a site's update stamp (网站更新时间：…) and a list of
other articles with their days must give no date rather than a wrong one, whether read from
the page's lines or by htmldate's fallback search."""

from __future__ import annotations

import pytest

from cleaners import clean_html

_BODY = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查，确保林区安全。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况，要求落实责任。</p>"
         "<p>第2段，下一步，该镇将继续加强巡查，严防火灾发生，切实保护森林资源和群众生命财产安全。</p>")


def _page(header: str = "", inside: str = "") -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body>"
            f"<div class='top'>{header}</div><div class='main'><h1>某某镇开展森林防火检查</h1>"
            f"<div class='text'>{_BODY}</div>{inside}</div></body></html>")


@pytest.mark.parametrize("widget", [
    "<span>今天是2026年11月28日 星期六</span> <a href='/'>首页</a>",
    "今天是：2026年11月28日 星期六",
    "<span id='today'>今日：2026-11-28 星期六</span>",
    "当前时间：2026年11月28日",
    "欢迎访问某某镇人民政府网站！今天是2026年11月28日",
    "今天是：星期六 2026年11月28日",
    "<div class='calendar'>2026年11月28日 星期六 农历十月十九</div>",
    "<div class='calendar'>农历十月十九 星期六 2026-11-28</div>",
])
def test_a_today_widget_in_the_header_gives_no_date(widget: str) -> None:
    assert clean_html(_page(header=widget), id="t").meta.date is None


@pytest.mark.parametrize("stamp", ["<span>网站更新时间：2026-11-20</span>",
                                   "<p>本站最后更新：2026年11月20日</p>"])
def test_a_site_update_stamp_gives_no_date(stamp: str) -> None:
    assert clean_html(_page(header=stamp), id="t").meta.date is None


def test_a_list_of_other_articles_with_days_gives_no_date() -> None:
    related = ("<div class='rel'><h3>相关新闻</h3><ul>"
               "<li><a href='/a'>某某县召开安全生产会议</a> 2025-10-12</li>"
               "<li><a href='/b'>某某街道开展消防演练</a> 2025-09-30</li></ul></div>")
    assert clean_html(_page(inside=related), id="t").meta.date is None


@pytest.mark.parametrize("row", ["更新时间：2024-03-11", "发布日期：2024-03-11"])
def test_the_article_s_own_date_beside_such_stamps_is_kept(row: str) -> None:
    # an article's 更新时间 is its own date; only a site's (网站更新时间) is not
    assert clean_html(_page(header=f"<span>{row}</span>"), id="t").meta.date == "2024-03-11"


def _rows(row: str) -> str:
    return "".join(row.format(i=i) for i in range(3))


@pytest.mark.parametrize("related", [
    "<div class='rel'><h3>相关新闻</h3>"
    + _rows("<p><a href='/{i}'>某某县召开安全生产会议第{i}次</a><span>2025-10-1{i}</span></p>")
    + "</div>",
    "<table class='rel'>"
    + _rows("<tr><td><a href='/{i}'>某某县召开安全生产会议第{i}次</a></td><td>2025-10-1{i}</td></tr>")
    + "</table>",
    "<dl class='rel'>"
    + _rows("<dd><a href='/{i}'>某某县召开安全生产会议第{i}次</a><em>2025-10-1{i}</em></dd>")
    + "</dl>",
])
def test_rows_of_other_articles_outside_a_list_give_no_date(related: str) -> None:
    assert clean_html(_page(inside=related), id="t").meta.date is None
