"""A fourth set of pages of our own in shapes Chinese sites print, through the HTML path whole.

Lazy-loaded pictures (data-src, data-original) with p.pic-txt captions; an AMP page (amp-img,
amp-ad with its placeholder, amp-social-share, JSON-LD); a video embed in an <iframe> and a
<video> with <noscript> and fallback text; a 推荐阅读 box of linked <p>s in the middle of the
article; a photo gallery (图集) with its slide buttons and a trail of links under 当前位置; a government page whose <title> lists keywords, under a
language bar; a forum thread whose first post is the article; page 1 of a split article with its
全文阅读 link.
"""

from __future__ import annotations

import pytest

from cleaners import clean_html

from .test_html_page_shapes import PAGES, check_page


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
      "source_name": "某某新闻网", "authors": ("方某某",)},
     ["走进某某县", "“在家门口", "据了解", "下一步"]),
    ("photo_gallery",  # 图集: the trail under 当前位置：, the slide buttons (上一张 1/12 下一张),
     # 查看原图/返回列表, the slides' captions and 精彩图集 go; the intro text stays
     {"title": "组图：某某油菜花海进入最佳观赏期", "date": "2024-03-21T15:06:00",
      "source_name": "某某网", "authors": ()},
     ["近日", "据介绍"]),
    ("keyword_title_lang_bar",  # <title> of keywords: the <h1> is the headline; 简体|繁體|
     # English|无障碍|长者模式, 英文版, the trail, 字号 and 【打印】【关闭】 go
     {"title": "某某市出台优化营商环境三年行动方案", "date": "2024-02-27T16:00:00",
      "source_name": "某某市发展改革委", "authors": ()},
     ["近日", "方案提出", "在政务环境方面", "市发展改革委"]),
    ("forum_thread",  # Discuz: the first post is the article; 楼主 (its floor) names no
     # publisher; 只看该作者, the replies (沙发, 板凳), the page bar and the reply form go
     # the poster's username in the user column is no author (see below)
     {"title": "自驾某某大峡谷三日游攻略（附路线和住宿）", "date": "2024-05-03T10:22:00",
      "source_name": None, "authors": ()},
     ["五一假期", "第一天", "第二天", "第三天", "住宿方面"]),
    ("paginated_article",  # page 1 of 3: the unclassed page bar (共3页 1 2 3 下一页), the
     # 全文阅读 link alone on its line, 责任编辑 and the ranking list go
     {"title": "某某市全面推进城市更新行动 今年将改造城中村42个", "date": "2024-04-09T08:20:00",
      "source_name": "某某日报"},
     ["4月8日", "据介绍", "在资金保障方面"]),
])
def test_fourth_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize(("bar", "rule"), [
    ("<div class='btns'><a href='#'>上一张</a><span>3/12</span><a href='#'>下一张</a></div>",
     "pagination"),
    ("<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/pic'>图片频道</a> &gt; 正文</div>",
     "breadcrumb"),
])
def test_gallery_buttons_and_a_labelled_trail_are_chrome(bar: str, rule: str) -> None:
    from cleaners import clean_html

    paras = "".join(f"<p>第{n}段，某某县今年将新建改建农村公路三百公里，重点解决群众出行难题。</p>"
                    for n in range(1, 5))
    doc = clean_html(f"<html><body><div class='box'>{bar}<h1>某某县推进农村公路建设</h1>"
                     f"<div class='content'>{paras}</div></div></body></html>", id="t")
    assert rule in [r.rule for r in doc.removals if r.cleaner == "html.prune"]
    assert doc.text.startswith("第1段")


@pytest.mark.parametrize(("title", "h1", "want"), [
    ("营商环境,优化营商环境,政务服务,一网通办_某某市人民政府", "某某市出台优化营商环境行动方案",
     "某某市出台优化营商环境行动方案"),
    ("油菜花，赏花，乡村旅游，春游_某某网", "某某油菜花海进入最佳观赏期", "某某油菜花海进入最佳观赏期"),
    # a headline of clauses is a headline
    ("春暖花开，踏青正当时，某某公园游客如织_某某网", "某某区新闻动态", "春暖花开，踏青正当时，某某公园游客如织"),
    ("吃住行，一文看懂_某某网", "攻略", "吃住行，一文看懂"),
])
def test_a_title_of_keywords_is_no_headline(title: str, h1: str, want: str) -> None:
    from cleaners.html.metadata import clean_title

    assert clean_title(title, h1) == want


@pytest.mark.parametrize(("row", "source"), [
    ("某某新闻网 2024-06-14 09:12 记者：方某某", "某某新闻网"),
    ("某某日报 2024-06-14 作者 方某某", "某某日报"),
    ("2024-06-14 记者：方某某 某某县融媒体中心", "某某县融媒体中心"),
    ("某某电视台 2024-06-14 记者 方某某", "某某电视台"),
    ("某某客户端 2024-06-14 作者：方某某", "某某客户端"),
    # a nickname, a column or a platform beside a labelled author names no publisher
    ("小鱼儿 2024-06-14 作者：方某某", None),
    ("发布于 2024年6月14日 · 作者 方某某 · 阅读 1203", None),
    ("某某服务平台 2024-06-14 作者：方某某", None),
])
def test_an_outlet_beside_a_labelled_author_is_the_publisher(row: str, source: str | None) -> None:
    from cleaners.html.metadata import _date_and_names

    got = _date_and_names(row)
    assert got is not None
    assert (got[1], got[2]) == (source, ("方某某",))


@pytest.mark.parametrize("poster", ["山野行者", "张伟"])
def test_a_forum_posters_username_is_no_author(poster: str) -> None:
    """Decision: the name in a forum's user column is an account's handle, not a byline. A
    handle and a pen name share one shape (two to four Han characters), so no name test can
    tell them apart; the column is no row under the headline and is never read for authors,
    even when the handle looks like a person's name."""
    page = (PAGES / "forum_thread.html").read_text(encoding="utf-8").replace("山野行者", poster)
    assert clean_html(page, id="t").meta.authors == ()
