"""The general shapes the seed families' pages of the last round's open probes
(tests/fixtures/gold_like/gl340-gl345) found our text path getting wrong, each checked on an
invented line or page with counterexamples."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_meta_line

# --- a county paper's 来源 and 作者 cells saved glued, with no space and no colon ----------------


@pytest.mark.parametrize(("row", "source", "authors"), [
    ("来源某某日报作者聂某某2025-11-30", "某某日报", ("聂某某",)),
    ("作者聂某某来源某某日报 2025-11-30", "某某日报", ("聂某某",)),
    ("2025-11-30 来源某某县融媒体中心作者欧阳某某", "某某县融媒体中心", ("欧阳某某",)),
])
def test_glued_colonless_labels_read_as_two_fields(
        row: str, source: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.date, found.source_name, found.authors) == ("2025-11-30", source, authors)


@pytest.mark.parametrize(("row", "source"), [
    # counterexamples: a publisher whose name holds 作者 is no writer's field
    ("来源某某作者协会 2025-11-30", "某某作者协会"),
    ("来源作者协会 2025-11-30", "作者协会"),
])
def test_a_publisher_named_with_the_other_label_stays_whole(row: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.source_name, found.authors) == (source, ())


# --- a copied 公众号 post whose row dates it relatively (原创 某某 某某号 昨天) ------------------

_POST_BODY = ("　　今年以来，某某区依托社区党群服务中心建成“红色驿站”四十六个，为快递员、外卖送餐员"
              "等新就业群体提供饮水、休息、充电等服务。",
              "　　区委组织部有关负责人介绍，下一步将推动驿站向产业园区、商圈延伸。")


@pytest.mark.parametrize("age", ["昨天", "3天前", "5小时前"])
def test_a_post_row_with_a_relative_day_names_its_account_and_writer(age: str) -> None:
    page = ["把“红色驿站”建在快递员身边", f"原创 某某某 某某组工 {age}", "某某组工", *_POST_BODY]
    doc = clean_text("\n".join(page), id="post_relative_day")
    assert (doc.meta.source_name, doc.meta.authors, doc.meta.date) == ("某某组工", ("某某某",), None)
    assert doc.text.split("\n") == [line.strip("　") for line in _POST_BODY]


def test_a_feed_list_item_with_an_age_still_goes() -> None:
    # counterexample: an aggregator's item row (headline, feed, age) with no 原创 mark
    page = ["把“红色驿站”建在快递员身边", "发布时间：2025-11-29　来源：某某组工", *_POST_BODY,
            "县域公交开通新线路 某某日报 2小时前"]
    doc = clean_text("\n".join(page), id="feed_item_after")
    assert "某某日报" not in doc.text
