"""The general shapes the batch of invented HTML pages gh188-gh193 showed (institutions' news
sites: a university's VSB row of 审核/编辑/摄影/供稿 under the text, a firm's 供稿单位 beside the
date, a teaser of the next article under the text), each with what must match and what must
not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.html.metadata import _date_and_names
from cleaners.meta import parse_meta_line, sent_in_unit

_PARAS = ["3月20日，某某公司承建的某某大桥主墩承台顺利完成浇筑，为主塔施工奠定了基础。",
          "承台一次性浇筑混凝土六千五百余立方米，项目部布设了冷却水管和测温点，实时监测温度变化。",
          "项目部投入泵车四台、罐车二十八台，三百余名建设者分三班连续作业五十二个小时。",
          "目前，项目已完成桩基施工，计划年底实现主塔封顶。"]


# --- the unit that sent the article in, named by a credit row's 供稿 field --------------------

@pytest.mark.parametrize(("row", "unit"), [
    ("审核：某某某 编辑：某某 摄影：某某某 供稿：某某学院", "某某学院"),
    ("供稿单位：某某工程公司 发布时间：2024-03-22 浏览次数：1023", "某某工程公司"),
    ("【供稿：某某县民政局】", "某某县民政局"),
    ("供稿：教导处 撰稿：某某某", "教导处"),
    ("供稿單位：某某公司 發佈時間：2024-03-22", "某某公司"),
    # a person credited, or no 供稿 field: no unit
    ("（供稿：王某某）", None),
    ("审核：某某 供稿：王小明 摄影：某某", None),
    ("审核：某某某 编辑：某某", None),
    ("供稿单位须在月底前报送材料。", None),
])
def test_the_unit_a_credit_rows_sent_in_field_names(row: str, unit: str | None) -> None:
    assert sent_in_unit(row) == unit


@pytest.mark.parametrize(("line", "source"), [
    ("发布时间：2024-03-22 供稿单位：某某工程公司 浏览次数：1023", "某某工程公司"),
    ("供稿单位：某某工程公司 发布时间：2024-03-22", "某某工程公司"),
    # a labelled 来源 before it still names the publisher
    ("来源：某某日报 供稿单位：某某公司 2024-03-22", "某某日报"),
])
def test_a_sent_in_unit_beside_the_date_publishes_on_the_html_path(line: str, source: str
                                                                   ) -> None:
    found = _date_and_names(line)
    assert found is not None
    assert found[:2] == ("2024-03-22", source)


def test_a_sent_in_unit_row_is_a_metadata_row() -> None:
    row = parse_meta_line("供稿单位：某某工程公司 发布时间：2024-03-22 浏览次数：1023")
    assert row is not None
    assert (row.date, row.publisher) == ("2024-03-22", "某某工程公司")


def _credits_page(credits: str, source_row: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return ('<html><head><title>某某大桥主墩承台浇筑完成</title></head><body><table>'
            '<tr><td class="titlestyle1">某某大桥主墩承台浇筑完成</td></tr>'
            f'<tr><td class="timestyle1">2023-11-14　点击：{source_row}</td></tr>'
            f'<tr><td><div id="vsb_content"><div class="v_news_content">{body}</div></div></td></tr>'
            f'<tr><td align="right" class="shenhe">{credits}</td></tr></table></body></html>')


def test_a_credits_rows_sent_in_unit_publishes_on_the_html_path() -> None:
    doc = clean_html(_credits_page("审核：某某某　编辑：某某　摄影：某某某　供稿：某某学院"))
    assert (doc.meta.date, doc.meta.source_name) == ("2023-11-14", "某某学院")
    assert "供稿" not in doc.text


@pytest.mark.parametrize(("credits", "source_row", "source"), [
    # a person credited: no publisher
    ("审核：某某某　编辑：某某　供稿：王小明", "", None),
    # a 来源 in the header row wins
    ("审核：某某某　供稿：某某学院", "来源：某某大学新闻网", "某某大学新闻网"),
])
def test_a_credits_rows_sent_in_field_names_no_publisher_otherwise(
        credits: str, source_row: str, source: str | None) -> None:
    assert clean_html(_credits_page(credits, source_row)).meta.source_name == source


def test_a_credits_rows_sent_in_unit_publishes_on_the_text_path() -> None:
    text = "\n".join(["某某大桥主墩承台浇筑完成", "2023-11-14", *_PARAS,
                      "审核：某某某 编辑：某某 摄影：某某某 供稿：某某学院"])
    doc = clean_text(text)
    assert doc.meta.source_name == "某某学院"
    assert doc.text.split("\n") == _PARAS


# --- a teaser of the next article under the text ------------------------------------------------

_NEXT = ["下一篇", "某某局召开电梯安全工作推进会",
         "9月4日，某某局召开全县电梯安全工作推进会，部署下阶段老旧电梯隐患排查整治工作。"]


def _teaser_text(*after: str) -> str:
    return "\n".join(["某某大桥主墩承台浇筑完成", "2024-03-22 来源：某某公司", *_PARAS, *after,
                      "主办单位：某某县某某局 投诉举报电话：12315"])


@pytest.mark.parametrize("after", [
    (*_NEXT, "阅读全文 >"),
    (*_NEXT, "【查看详情】"),
    ("【下一条】", *_NEXT[1:]),  # no link to read it all: the page's text ends there
    ("下一篇：", *_NEXT[1:], "阅读全文"),
    ("下一则", *_NEXT[1:], "【查看详情】"),  # its label and link left in the text go too
])
def test_the_next_articles_teaser_goes(after: tuple[str, ...]) -> None:
    assert clean_text(_teaser_text(*after)).text.split("\n") == _PARAS


def test_a_pager_under_the_text_is_no_teaser() -> None:
    # the pager's label names its headline on its own line: the lines as before
    doc = clean_text(_teaser_text("上一篇：某某局召开安全生产工作会", "下一篇：某某局开展技能比武"))
    assert doc.text.split("\n") == _PARAS


@pytest.mark.parametrize("after", [
    # a headline, then more paragraphs than a teaser prints and no link closing them
    ("下一篇", "某某局召开电梯安全工作推进会", *_PARAS[:3]),
    # a sentence under the label, no headline
    ("下一篇", _NEXT[2], "阅读全文 >"),
])
def test_a_next_label_over_no_teaser_shape_takes_nothing(after: tuple[str, ...]) -> None:
    doc = clean_text(_teaser_text(*after))
    assert not any(r.rule == "next_teaser" for r in doc.removals)


# --- a hospital site's card of a doctor beside the article --------------------------------------

_CARD = ["专家简介", "某某某", "某某某 主任医师 教授", "心血管内科主任，硕士研究生导师，从事临床工作二十余年。",
         "擅长：冠心病介入治疗、心律失常射频消融。", "出诊时间：周二上午、周四全天"]


@pytest.mark.parametrize("after", [
    (*_CARD, "预约挂号"),
    ("【医生介绍】", *_CARD[1:], "【在线挂号】"),
])
def test_a_doctors_card_closed_by_its_booking_button_goes(after: tuple[str, ...]) -> None:
    assert clean_text(_teaser_text(*after)).text.split("\n") == _PARAS


@pytest.mark.parametrize("after", [
    # no booking button: the article's own profile of the person stays
    _CARD,
    # a long paragraph under the label: the article's
    ("专家简介", "某某某，主任医师，" + "从事心血管内科临床、教学和科研工作二十余年，" * 3 + "擅长冠心病介入治疗。",
     "预约挂号"),
])
def test_a_profile_with_no_card_shape_stays(after: tuple[str, ...]) -> None:
    doc = clean_text(_teaser_text(*after))
    assert not any(r.rule == "doctor_card" for r in doc.removals)
