"""The general shapes the batch of invented HTML pages gh243-gh247 showed (institutions' pages: a
university's 站群 news page, a hospital's 健康科普, a state enterprise's 企业新闻 in an old table
template, a court's 开庭公告, a weather bureau's 预警), each with what must match and what must not.
Names are invented."""

from __future__ import annotations

import pytest

from cleaners.html.extract import _trim

_LEAD = "本院定于下列时间公开开庭审理以下案件，欢迎群众旁听。"


@pytest.mark.parametrize("row", [
    "开庭时间：2024年7月1日上午9时",
    "报名时间：2024年3月1日至3月15日",
    "活动日期：2025-05-20",
])
def test_an_event_time_field_under_a_sentence_of_the_body_is_text(row: str) -> None:
    lines = [_LEAD, "案号：（2024）某0527民初1186号", row, "开庭地点：本院第三审判庭"]
    got, _ = _trim(lines, None)
    assert got == lines


@pytest.mark.parametrize(("lines", "kept"), [
    # the event field with no sentence above it: the header's row, as before
    (["开庭时间：2024年7月1日上午9时", _LEAD], [1]),
    # the page's own date under a summary sentence stays a meta line
    ([_LEAD, "发布时间：2024-06-27 16:30", "案号：（2024）某0527民初1186号"], [0, 2]),
    ([_LEAD, "成文日期：2024-06-27", "案号：（2024）某0527民初1186号"], [0, 2]),
    # an event-looking label over a source or author is the header's row
    ([_LEAD, "活动时间：2024-06-27 来源：某某县人民法院", "特此公告。"], [0, 2]),
])
def test_a_page_date_line_stays_a_meta_line(lines: list[str], kept: list[int]) -> None:
    got, _ = _trim(lines, None)
    assert got == [lines[i] for i in kept]


_HEARING = ["案号：（2024）某0527民初1186号", "案由：买卖合同纠纷", "开庭时间：2024年7月1日上午9时",
            "开庭地点：本院第三审判庭", "当事人：原告某某经营部，被告刘某某"]
_HEADLINES = ["某某县法院召开党组理论学习中心组会议", "某某县法院开展公众开放日活动",
              "某某县法院举办宪法宣传周活动", "某某县法院召开执行工作推进会"]


def _spaced(lines: list[str]) -> str:
    """The lines as a browser saves a page spaced as paragraphs: a blank line between each."""
    return "\n\n".join(lines)


def _blocks(text: str) -> str:
    from cleaners import Doc
    from cleaners.chrome.blocks import PageBlocks

    return PageBlocks()(Doc(id="d", text=text)).text


def test_a_notices_rows_one_blank_line_under_its_paragraph_stay() -> None:
    text = _blocks(_spaced(["开庭公告", "来源：某某县人民法院", _LEAD, *_HEARING, *_HEARING,
                            "特此公告。"]))
    for row in _HEARING:
        assert row in text


def test_spaced_headlines_under_the_paragraph_still_go() -> None:
    # Counterexample: unlabelled headlines under the article, spaced as its paragraphs are,
    # are no rows of the notice.
    text = _blocks(_spaced(["开庭公告", "来源：某某县人民法院", _LEAD, _LEAD, *_HEADLINES]))
    assert "某某县法院开展公众开放日活动" not in text


def _unit(row_html: str) -> str | None:
    from lxml import html

    from cleaners.html.metadata import credits_unit

    return credits_unit(html.fromstring(
        f"<html><body><h1>某某分公司完成检修任务</h1>{row_html}"
        "<div><p>6月10日，某某电厂2号机组顺利并网发电。</p></div></body></html>"))


def test_a_sent_in_field_in_the_dated_info_row_names_the_unit() -> None:
    assert _unit("<div>供稿：检修分公司&nbsp;&nbsp;发布日期：2024-06-12&nbsp;&nbsp;阅读："
                 "<span>--</span></div>") == "检修分公司"


@pytest.mark.parametrize("row", [
    # Counterexamples: a 供稿 field with neither the staff nor a date beside it, a person
    # credited (no unit's ending), a row of two dated articles naming different units.
    "<div>供稿：检修分公司</div>",
    "<div>供稿：王某某&nbsp;&nbsp;发布日期：2024-06-12</div>",
    "<ul><li>供稿：检修分公司 发布日期：2024-06-12</li>"
    "<li>供稿：运行分公司 发布日期：2024-06-11</li></ul>",
])
def test_a_sent_in_field_without_its_date_or_unit_names_none(row: str) -> None:
    assert _unit(row) is None


# --- a hospital's doctor card floated beside the body, saved between the headline and the text ---

_CARD = ["专家简介", "某某某", "某某某　主任医师", "内分泌科主任，医学博士，硕士研究生导师。",
         "擅长：糖尿病及其并发症、甲状腺疾病的诊治。", "出诊时间：周二上午、周四全天", "立即预约"]
_TIPS = ["天气转凉，不少人的饭量跟着上来了，火锅、羊肉、烤红薯轮番上桌，血糖更容易波动。",
         "一、主食粗细搭配。白米饭、白馒头升糖快，可以用糙米、燕麦替换三分之一的精白米面。",
         "二、饭后动一动。可以在饭后半小时左右在家里做操、原地踏步，有助于降低餐后血糖。"]
_HEAD = ["当前位置：首页 > 健康科普 > 正文", "秋冬季节，这样吃帮你守住血糖",
         "来源：内分泌科　作者：某某某　发布时间：2024-11-05"]


def test_a_doctors_card_over_the_text_goes() -> None:
    from cleaners import clean_text

    doc = clean_text(_spaced([*_HEAD, *_CARD, *_TIPS]))
    assert doc.text.split("\n") == _TIPS


def test_a_doctors_profile_with_no_text_after_its_button_stays() -> None:
    # Counterexample: a page that is the doctor's profile, its button last: no card beside an
    # article, the profile is the text.
    from cleaners import clean_text

    doc = clean_text(_spaced([*_HEAD, *_CARD]))
    assert not any(r.rule == "doctor_card" for r in doc.removals)
