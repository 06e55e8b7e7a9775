"""Shapes found by scoring real portal pages against hand-written gold (bench/real_gold.py):
each fixture is invented, with the markup of the real page's defect and none of its words."""

from __future__ import annotations

import pytest

from cleaners.html.extract import _restore_headings, _restore_lead
from cleaners.meta import _under_bare_points

from .test_html_page_shapes import check_page


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # the lead (导语) in a <div class="introduction"> of its own at the top of the article
    # container, no <p>: trafilatura's fallback reads only the <p>s and the lead went with no
    # record; the caption under the picture, the byline and the statement still go
    ("portal_lead_box",
     {"title": "青川县老街改造完工 百年骑楼重开门迎客", "date": "2024-04-18T10:26:00",
      "source_name": "青川日报", "authors": ("韩晓川",)},
     ["历时两年的青川县老街改造工程日前完工", "4月17日一早", "“房子还是原来的样子", "老字号陆续回迁",
      "据县住建局介绍", "目前，已有十八家老字号"]),
])
def test_real_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


_FIRST = "4月17日一早，老街两侧的商铺便陆续开门，街面铺上了本地出产的青石板。"
_LEAD = "历时两年的老街改造工程日前完工，沿街四十多栋骑楼修缮一新，重新开门迎客。"


@pytest.mark.parametrize(("own", "back"), [
    # a finished sentence right above trafilatura's first line: the lead, put back
    ([_LEAD, _FIRST], True),
    # no sentence: a date and source row, a headline, a label
    (["2024-04-18 10:26 来源：青川日报", _FIRST], False),
    (["青川县老街改造完工 百年骑楼重开门迎客", _FIRST], False),
    (["导语：", _FIRST], False),
    # a short line that ends in a full stop is no lead (图片来源于网络。)
    (["图片来源于网络。", _FIRST], False),
])
def test_a_dropped_lead_goes_back_only_when_it_is_a_sentence(own: list[str], back: bool) -> None:
    traf = [_FIRST, "据县住建局介绍，改造工程共修缮骑楼四十三栋。"]
    assert _restore_lead(traf, own) == ([own[0], *traf] if back else traf)


def test_a_lead_the_article_copies_stays_out() -> None:
    # the box copies the article's words (a summary the text path takes out as summary_echo)
    echo = "老街改造工程日前完工，沿街骑楼修缮一新，老字号陆续回迁，重新开门迎客。"
    traf = [_FIRST, "据介绍，老街改造工程日前完工，沿街骑楼修缮一新。",
            "记者看到，老字号陆续回迁，重新开门迎客。"]
    assert _restore_lead(traf, [echo, *traf]) == traf


def test_a_lead_trafilatura_kept_is_not_put_back_twice() -> None:
    traf = [_LEAD, _FIRST]
    assert _restore_lead(traf, [_LEAD, _FIRST]) == traf


def test_key_points_under_their_heading_name_the_byline_under_them() -> None:
    # 划重点： over a list read a paragraph an item (no bullets), the byline under the points:
    # it stayed in the text, and the article named no author
    check_page("portal_key_points",
               {"title": "旧电池回收调查：一块电池的三条去路", "date": "2024-06-03T08:15:00",
                "source_name": "财经观察", "authors": ("林知远",)},
               ["划重点：", "一位回收企业负责人", "小作坊拆解一块电池", "业内人士认为，追溯体系", "每到月底",
                "这些电池大多来自", "一位回收企业负责人", "价格上涨的同时", "据了解", "记者在城郊走访",
                "一位从事拆解多年", "“同样一块电池", "为了争取货源", "今年以来", "一位地方生态环境部门",
                "专家建议", "也有业内人士指出", "业内人士认为，随着"])


_POINTS = ["一位接近监管的人士表示，监管方从年初就在酝酿整顿。", "每个数据源的价格在几毛钱到几块钱不等。",
           "爬虫的本质是一种获取数据的方式。"]
_BODY = ["擅长清洗数据的行业，这次轮到自己被清洗了。", "从9月上旬开始，两家数据公司负责人被带走调查。",
         "一位接近监管的人士表示，监管方从年初就在酝酿整顿。", "他说，这次应该是大动作。"]


def test_key_points_trafilatura_dropped_go_back_in_their_place() -> None:
    # trafilatura kept the heading, the byline and the body, not the list; the first point
    # is also a paragraph of the body: kept there, it was taken for kept here, and the
    # next points were put back after the body's copy, in the middle of the article
    own = ["划重点：", *_POINTS, "作者 周某", *_BODY]
    traf = ["划重点：", "作者 周某", *_BODY]
    assert _restore_headings(traf, own, set(_POINTS)) == own


def test_a_list_item_kept_in_its_place_is_not_put_back_again() -> None:
    own = ["导语：", *_POINTS, *_BODY]
    assert _restore_headings(list(own), own, set(_POINTS)) == own


@pytest.mark.parametrize(("lines", "at"), [
    # points, then the byline, then the text
    ([*_POINTS, "作者 周某", *_BODY], 3),
    # one line above the byline is no box of points
    ([_POINTS[0], "作者 周某", *_BODY], None),
    # a paragraph above it, longer than a point: the article had begun
    (["据了解，" + "今年以来全市新增充电桩一万余个，覆盖所有街道和乡镇，" * 5, *_POINTS[1:], "作者 周某",
      *_BODY], None),
    # no byline under the points
    ([*_POINTS, *_BODY], None),
])
def test_a_byline_under_bare_points(lines: list[str], at: int | None) -> None:
    assert _under_bare_points(lines, list(range(len(lines))), 0) == at


def test_a_line_printed_again_that_trafilatura_kept_once_goes_back() -> None:
    # a poem, its comment under a bold 点评：, a second poem and its 点评：: trafilatura kept
    # the label once (and one of two section numbers 3 a page printed twice)
    own = ["《诗一》", "诗句一。", "点评：", "评语一，写得好。", "3", "《诗二》", "诗句二。", "点评：", "评语二，也写得好。",
           "3", "结语。"]
    traf = ["《诗一》", "诗句一。", "点评：", "评语一，写得好。", "3", "《诗二》", "诗句二。", "评语二，也写得好。",
            "结语。"]
    assert _restore_headings(traf, own, {"点评："}) == own


def test_a_kept_line_printed_again_after_the_article_stays_out() -> None:
    # the same words again under the article (a related list repeating a heading): no kept
    # line follows them, they are no part of the article's run
    own = ["小标题", "正文一，写得好。", "正文二。", "相关阅读", "小标题"]
    traf = ["小标题", "正文一，写得好。", "正文二。"]
    assert _restore_headings(traf, own, {"小标题"}) == traf


def test_a_credit_under_short_paragraphs_that_are_no_points_stays() -> None:
    # a lead-in (成绩如下：) and a table's rows above it: the article, not a box of points
    lines = ["运动会昨日闭幕，共有46支代表队参赛。", "最终成绩如下：", "第一名 青湖一中 86分",
             "第二名 青湖二中 79分", "（本报记者 何某 实习生 刘某）", "热点追踪", *_BODY]
    assert _under_bare_points(lines, list(range(len(lines))), 0) is None


def test_a_lead_retelling_the_opening_stays_out() -> None:
    # an abstract in its own words over the first paragraph (摘要 then 今日…走强): a summary
    # box the article's opening tells again, not the article's own lead
    retold = "今日老街改造工程完工，沿街骑楼修缮一新，老字号陆续回迁。"
    traf = ["4月17日，老街改造工程完工，沿街四十多栋骑楼修缮一新，老字号陆续回迁。", "县里还将推出老街夜市。"]
    assert _restore_lead(traf, ["摘要", retold, *traf]) == traf
