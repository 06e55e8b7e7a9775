"""A fourth set of pages of our own in shapes Chinese sites print, through the HTML path whole.

Lazy-loaded pictures (data-src, data-original) with p.pic-txt captions; an AMP page (amp-img,
amp-ad with its placeholder, amp-social-share, JSON-LD); a video embed in an <iframe> and a
<video> with <noscript> and fallback text; a 推荐阅读 box of linked <p>s in the middle of the
article."""

from __future__ import annotations

import pytest

from .test_html_page_shapes import check_page


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("lazy_images",  # blank placeholder <img>s, captions with 摄 and 资料图, tags, share bar
     {"title": "某某高铁站改扩建工程主体完工", "date": "2024-10-12T11:30:00",
      "source_name": "某某在线", "authors": ("彭某某",)},
     ["10月11日", "据了解", "项目负责人", "按照计划"]),
    ("amp_page",  # amp-ad's placeholder and fallback (广告加载中, 广告位招租) go with it
     {"title": "某某港开通首条国际冷链航线", "date": "2024-11-05T09:40:00",
      "source_name": "某某财经", "authors": ("邱某某",)},
     ["11月4日", "据港口集团", "为保障航线", "业内人士"]),
    ("embed_noscript",  # <noscript> tips, the player <iframe>, <video> fallback text, print bar
     {"title": "某某市举行2024年城市马拉松赛 三万名跑者参赛", "date": "2024-11-10T13:25:00",
      "source_name": "某某广电网", "authors": ()},
     ["11月10日", "本次比赛", "经过激烈角逐", "赛事期间"]),
    ("mid_recommend",  # 推荐阅读 and its linked <p>s between two paragraphs, 编辑 line
     {"title": "某某县“乡村振兴车间”带动群众家门口就业", "date": "2024-06-14T09:12:00",
      "authors": ("方某某",)},
     ["走进某某县", "“在家门口", "据了解", "下一步"]),
])
def test_fourth_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)
