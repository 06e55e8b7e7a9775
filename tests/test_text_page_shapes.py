"""Pages of our own in more of the shapes Chinese sites print, saved as text and cleaned whole.

Each page has the site's chrome above and below the article, a headline, its metadata and a
few paragraphs; the test pins what a perfect cleaner returns: the metadata fields, how many
body lines stay, and how the first and the last begin. Names, places and events are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.names import plausible_author

PAGES = Path(__file__).parent / "fixtures" / "text"

SHAPES = [
    # A national portal: 【纠错】 before the editor's credit on one line, a related-news list.
    ("national_portal", {"title": "全国已建成5G基站超过380万个", "date": "2024-08-12T16:05:33",
                         "source_name": "某某网", "authors": ("赵某某",)},
     "某某社北京8月12日电", "下一步，工业和信息化部", 3),
    # A feature with a reporter's byline and captions ending in their picture's credit.
    ("feature_captions", {"title": "某某市老旧小区加装电梯提速：今年已开工320部",
                          "date": "2024-09-03T07:30:00", "source_name": "某某新闻",
                          "authors": ("陈某某",)},
     "“以前下楼买菜", "某某市住房和城乡建设委员会相关负责人", 4),
    # A blog's repost: 转自 names the source, 原文链接 and 转载请注明出处 close it.
    ("blog_repost", {"title": "一次服务器磁盘写满的排查经历", "date": "2024-04-02T22:18:00",
                     "source_name": "某某技术社区", "authors": ()},
     "上周五下午", "这次事故提醒我们", 5),
    # A court's news item: 信息来源 names the court, 作者 the office before the writer's name.
    ("court_news", {"title": "某某中院公开宣判一起非法吸收公众存款案",
                    "date": "2024-10-15T17:20:08", "source_name": "某某市中级人民法院",
                    "authors": ("韩某某",)},
     "10月15日，某某市中级人民法院", "法官提示", 4),
]


@pytest.mark.parametrize(("name", "meta", "first", "last", "count"), SHAPES,
                         ids=[s[0] for s in SHAPES])
def test_page_shapes(name: str, meta: dict[str, object], first: str, last: str,
                     count: int) -> None:
    doc = clean_text((PAGES / f"{name}.txt").read_text("utf-8"), id=name)
    assert doc.dropped is None
    for key, value in meta.items():
        assert getattr(doc.meta, key) == value, key
    lines = doc.text.split("\n")
    assert (len(lines), lines[0][: len(first)], lines[-1][: len(last)]) == (count, first, last)


@pytest.mark.parametrize(("name", "ok"), [("研究室", False), ("办公室", False), ("宣传处", False),
                                          ("韩某某", True), ("李科", True)])
def test_an_office_is_no_author(name: str, ok: bool) -> None:
    assert plausible_author(name) is ok
