"""The general shapes the batch of invented HTML pages gh248-gh253 showed (national media's and big
portals' article templates: a broadcaster's cnt_bd, a wire service's detailContent, a national
daily's rm_txt_con, a portal's post_body, a news app's news_txt, a finance site's article), each
with what must match and what must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners.html.extract import _trim

_TITLE = "前十个月光伏新增装机同比增长超三成 组件价格企稳回升"
_BODY = ["国家能源部门最新数据显示，今年前十个月，全国光伏新增装机容量约1.9亿千瓦，同比增长超过三成。",
         "从产业链价格看，光伏组件价格近期企稳回升，硅料、硅片环节价格也有不同程度回升。"]


@pytest.mark.parametrize(("label", "words"), [
    ("摘要", f"【{_TITLE}】国家能源部门最新数据显示，今年前十个月，全国光伏新增装机容量同比增长超过三成。"),
    ("【摘要】", "国家能源部门数据显示，前十个月全国光伏新增装机容量同比增长超过三成，组件价格企稳回升。"),
])
def test_a_portals_abstract_box_the_opening_retells_goes(label: str, words: str) -> None:
    got, removed = _trim([_TITLE, "2025年11月24日 16:45", label, words, *_BODY], _TITLE)
    assert got == _BODY
    assert [r.rule for r in removed][-2:] == ["summary_line", "summary_line"]


@pytest.mark.parametrize("lines", [
    # an abstract of other words than the body's: a paper's own abstract, the text
    ["摘要", "本文以三个县的调查为基础，讨论乡村寄宿制学校的管理困境与改进路径。", *_BODY],
    # a lead's label (导语) heads the article's own words
    ["导语", "国家能源部门最新数据显示，今年前十个月，全国光伏新增装机容量同比增长超过三成。", *_BODY],
    # 摘要 as a word of the body's first line
    ["摘要如下：", "国家能源部门最新数据显示，今年前十个月，全国光伏新增装机容量同比增长超过三成。", *_BODY],
])
def test_an_abstract_of_its_own_words_or_a_lead_stays(lines: list[str]) -> None:
    got, _ = _trim(lines, None)
    assert got == lines


@pytest.mark.parametrize(("label", "name"), [
    ("来自", "潮声新闻·民生观察"),
    ("来源：", "某某日报"),
])
def test_a_source_label_and_its_name_apart_go_as_meta(label: str, name: str) -> None:
    got, removed = _trim(["2025-11-24 14:30", label, name, *_BODY], None)
    assert got == _BODY
    assert {r.rule for r in removed} == {"meta_line"}


def test_a_source_label_over_a_sentence_is_no_header_row() -> None:
    lines = ["来源", "这批文物的来源，一直是考古学界争论的问题。", *_BODY]
    got, _ = _trim(lines, None)
    assert got == lines


def _blocks(text: str) -> str:
    from cleaners import Doc
    from cleaners.chrome.blocks import PageBlocks

    return PageBlocks()(Doc(id="d", text=text)).text


_MORE = ["业内人士分析，价格回升一方面得益于行业主动控制产能，另一方面，年末集中并网的需求支撑了短期采购。",
         "展望明年，多家研究机构预计，国内光伏新增装机增速将有所放缓，但出口有望保持韧性。"]


def test_a_portals_abstract_box_saved_as_text_goes() -> None:
    box = f"【{_TITLE}】国家能源部门最新数据显示，今年前十个月，全国光伏新增装机容量同比增长超过三成。"
    text = _blocks("\n\n".join(["摘要", box, *_BODY, *_MORE]))
    assert "摘要" not in text
    assert box not in text
    assert all(line in text for line in [*_BODY, *_MORE])


def test_an_abstract_in_words_of_its_own_saved_as_text_stays() -> None:
    lines = ["摘要", "本文以三个县的调查为基础，讨论乡村寄宿制学校的管理困境与改进路径。", *_BODY, *_MORE]
    text = _blocks("\n\n".join(lines))
    assert all(line in text for line in lines)
