"""A sixteenth set of shapes, from commercial portals and media sites as they mark up: a Taiwan
paper in Big5 whose byline is set in 〔〕 (〔記者某某／某地報導〕), a business site whose standfirst
stands between the headline and its byline (某某新闻记者 | 某某: a bar between the role and the
name), a portal whose header row prints its source's label apart from the name (来自 <a>某某新闻
</a>), a tech media site's contributor post closed by the platform's note (该文观点仅代表作者本人，
某某平台仅提供信息存储空间服务。), a financial portal that links each stock's forum (股吧) after
its code; and pages of other families cleaned right already, pinned."""

from __future__ import annotations

import pytest

from cleaners.meta import parse_byline

from .test_html_page_shapes import check_page

_BODY = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查，确保林区安全。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况，要求落实责任。</p>"
         "<p>第2段，下一步，该镇将继续加强巡查，严防火灾发生，切实保护森林资源和群众生命财产安全。</p>")
_HEADLINE = "某某镇开展冬季森林防火检查"


def _page(header: str, body: str = _BODY) -> str:
    return (f"<html><head><title>{_HEADLINE}_某某网</title></head><body><h1>{_HEADLINE}</h1>"
            f"{header}<div class='article-content'>{body}</div></body></html>")


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # 〔記者范宜君／南嶺報導〕 beside the date: the byline in its brackets was taken for the
    # publisher and named no author; 延伸閱讀, the app prompt and 相關新聞 go
    ("tw_big5_local_news",
     {"title": "山城鎮老街活化 閒置店屋變身文創聚落", "date": "2024-04-08T05:30:00",
      "source_name": None, "authors": ("范宜君",)},
     ["山城鎮老街曾是", "鎮公所表示", "在老街經營", "不過也有", "根據鎮公所統計"]),
])
def test_sixteenth_pages(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize(("line", "source", "authors"), [
    ("〔記者某某某／台北報導〕", None, ("某某某",)),
    ("〔记者甲某、乙某某／综合报导〕", None, ("甲某", "乙某某")),
    ("[记者某某某/台北报导]", None, ("某某某",)),
    ("某某新闻记者 | 某某某", "某某新闻", ("某某某",)),
    ("某某新闻记者｜某某某", "某某新闻", ("某某某",)),
])
def test_a_byline_in_square_brackets_or_with_a_bar_after_the_role(
        line: str, source: str | None, authors: tuple[str, ...]) -> None:
    found = parse_byline(line, tail=False)
    assert found is not None
    assert (found.source_name, found.authors) == (source, authors)


@pytest.mark.parametrize("line", ["〔2024〕12号", "[某某日报]", "某某新闻编辑 | 某某某",
                                  "（某某新闻编辑 | 某某某）"])
def test_no_byline_in_brackets_without_a_reporter(line: str) -> None:
    found = parse_byline(line, tail=False)
    assert found is None or not found.authors
