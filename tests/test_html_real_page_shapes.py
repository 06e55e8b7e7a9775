"""Shapes found by scoring real portal pages against hand-written gold (bench/real_gold.py):
each fixture is invented, with the markup of the real page's defect and none of its words."""

from __future__ import annotations

import pytest

from cleaners.html.extract import _restore_lead

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
