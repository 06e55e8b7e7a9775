"""The general shapes the seventh batch of unseen families (tests/fixtures/gold_like/gl91-gl96)
showed our text path getting wrong, each checked on invented pages: a slash credit opening the
date row (文/某某 图/某某网 2024-… 来源：…), a portal's related headings that name what they
recommend or gloss it in English, and a bracketed related heading that chrome.lines takes out
as a pointer before its list is cut."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import RELATED_MARKER
from cleaners.meta import parse_meta_line

_PARA = ("今年以来，某某区新建口袋公园十二个，改造老旧小区三十个，新增停车泊位一千余个，"
         "群众出行和休闲条件明显改善，满意度持续提升。")
_PAGE = """某某网
首页 | 新闻 | 评测 | 视频 | 论坛

某某区今年新建十二个口袋公园
{row}

{para}
{para2}

{marker}
某某区入选省级园林城区名单 Named Among Garden Districts
第五届某某城市论坛开幕
关于我们 | 联系我们 | 网站地图
某ICP备00000000号
"""
_PARA2 = "下一步，某某区将继续推进城市更新，计划明年再建口袋公园十个，让群众推窗见绿、出门进园。"


@pytest.mark.parametrize("row", ["文/王某某 图/某某网  2024-09-18 11:05  来源：某某网",
                                 "文/王某某 图/某某网 2024-09-18 11:05 来源：某某网",
                                 "撰文／王某某  2024年9月18日  来源：某某网"])
def test_a_slash_credit_opening_the_date_row_leaves_its_date_and_source(row: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.date or "").startswith("2024-09-18")
    assert found.source_name == "某某网"
    assert found.authors == ("王某某",)
    doc = clean_text(_PAGE.format(row=row, para=_PARA, para2=_PARA2, marker="相关推荐"), id="p")
    assert (doc.meta.date or "").startswith("2024-09-18")
    assert doc.meta.source_name == "某某网"
    assert doc.meta.authors == ("王某某",)


@pytest.mark.parametrize("line", ["文/王某某", "文/王某某 图/李某某",
                                  "文/今年9月18日起，某某区开始试行新规。"])
def test_a_slash_credit_without_a_date_row_is_no_metadata_row(line: str) -> None:
    # Counterexample: a credit alone is a byline (parse_byline's), a sentence is text.
    assert parse_meta_line(line) is None


@pytest.mark.parametrize("marker", ["相关车型推荐", "相关楼盘推荐", "热门评测", "热门车型",
                                    "【相关新闻 Related】", "相关阅读 Related Articles",
                                    "网友评论（26）", "【相关新闻】"])
def test_related_headings_that_name_what_they_recommend(marker: str) -> None:
    assert RELATED_MARKER.match(marker)


@pytest.mark.parametrize("line", ["相关企业推荐了三名候选人。", "热门评测车型都有哪些？",
                                  "相关部门推荐的做法值得借鉴", "网友评论说，这样的公园多多益善。",
                                  "Related reading is listed below."])
def test_related_headings_leave_sentences(line: str) -> None:
    # Counterexample: a sentence that opens with the same words is text.
    assert not RELATED_MARKER.match(line)


@pytest.mark.parametrize("marker", ["【相关新闻】", "【相关新闻 Related】", "相关车型推荐"])
def test_a_related_heading_cuts_its_headlines_however_it_was_removed(marker: str) -> None:
    """chrome.lines takes a bracketed heading out as a pointer (cross_reference): its headlines,
    a bilingual one too, still go with it."""
    row = "2024-09-18 11:05  来源：某某网"
    doc = clean_text(_PAGE.format(row=row, para=_PARA, para2=_PARA2, marker=marker), id="p")
    assert "Garden Districts" not in doc.text
    assert "城市论坛" not in doc.text
    assert doc.text.split("\n") == [_PARA, _PARA2]


def test_a_heading_over_the_articles_own_sentences_stays() -> None:
    # Counterexample: under a related heading removed as a pointer, sentences are text again.
    row = "2024-09-18 11:05  来源：某某网"
    page = _PAGE.format(row=row, para=_PARA, para2=_PARA2, marker="【相关新闻】")
    page = page.replace("某某区入选省级园林城区名单 Named Among Garden Districts",
                        "据悉，某某区已连续三年开展口袋公园建设。此前建成的公园均已免费开放。\n"
                        "市民普遍反映，家门口的公园让散步、健身更加方便。")
    doc = clean_text(page, id="p")
    assert "已连续三年开展口袋公园建设" in doc.text
