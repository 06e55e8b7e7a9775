"""The general shapes the thirteenth batch of unseen families (gold_like gl132-gl137) showed,
each with the lines that must match and the ones that must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _related_marker
from cleaners.chrome.captions import Captions
from cleaners.document import Doc
from cleaners.meta import closing_signature, contact_block

_RULING = "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状。"


@pytest.mark.parametrize(("lines", "signed"), [
    # the court spaces the office and the name out to one width
    ([_RULING, "审判员　周　敏", "二〇二五年五月二十六日", "书记员　陈晓雨"], {1, 2, 3}),
    ([_RULING, "审 判 长　张　三", "人民陪审员　李四海", "二〇二四年三月一日", "书 记 员　王　五"],
     {1, 2, 3, 4}),
    # unspaced, as before
    ([_RULING, "审判员 周敏", "2025年5月26日"], {1, 2}),
    # a headline list of judgments, no signer: no signature
    ([_RULING, "审判员周敏谈调解工作", "二〇二五年五月二十六日"], set()),
    # a date under an office with no name is no signature either
    ([_RULING, "审　判　员", "二〇二五年五月二十六日"], set()),
])
def test_a_judgment_s_spaced_out_signers(lines: list[str], signed: set[int]) -> None:
    assert closing_signature(lines) == signed


_PARAGRAPHS = ["原告诉称，其房屋因楼顶漏水受损，请求判令被告赔偿损失。",
               "被告辩称，楼顶防水属于共用部位，不应承担赔偿责任。",
               "本院认为，被告未及时采取应急措施，对损失扩大负有责任。"]


@pytest.mark.parametrize(("number", "kept"), [
    ("（2025）某01民初1732号", True),
    ("某政发〔2024〕12号", True),
    ("（2025）某01民初1732號", True),  # a traditional copy
    ("(2023)某0105民初第12345号", True),
    # a short phrase alone between wide gaps is still a picture's caption
    ("志愿者在现场服务", False),
])
def test_a_document_number_between_gaps_is_no_caption(number: str, kept: bool) -> None:
    text = "\n".join([_PARAGRAPHS[0], "", "", number, "", "", *_PARAGRAPHS])
    doc = Captions()(Doc(id="d", text=text))
    assert (number in doc.text.split("\n")) is kept


_TENDER_END = "本次招标公告同时在省公共资源交易网上发布。"
_TENDER_ROWS = ["招 标 人：某某县教育局", "地    址：某某县城关镇育才路2号", "联 系 人：孙老师",
                "电    话：0571-65012345", "招标代理机构：某某工程咨询有限公司", "联 系 人：钱工",
                "电    话：0571-65098765"]


@pytest.mark.parametrize(("lines", "block"), [
    # a tender's Arabic-numbered contact section: both parties with their spaced-out rows
    ([_TENDER_END, "7. 联系方式", *_TENDER_ROWS], set(range(1, 9))),
    ([_TENDER_END, "七、联系方式", *_TENDER_ROWS[:4]], {1, 2, 3, 4, 5}),
    # a traditional copy, its spaced label converted a character at a time
    (["本次招標公告同時發佈。", "7. 聯繫方式", "聯 系 人：孫老師", "電    話：0571-65012345"],
     {1, 2, 3}),
    # a footer's menu label over its address and phone: no numbered section
    (["关于我们", "联系方式", "地    址：某某市某某路9号", "电    话：0571-65012345"], set()),
    # a numbered heading with no contact row under it
    ([_TENDER_END, "7. 联系方式", "网站地图"], set()),
])
def test_a_tender_s_numbered_contact_section(lines: list[str], block: set[int]) -> None:
    assert contact_block(lines) == block


@pytest.mark.parametrize(("line", "marker"), [
    ("相关事项", True),
    ("热门服务", True),
    ("【相关事项】", True),
    # a notice's own numbered part, or a sentence about the matters
    ("三、相关事项", False),
    ("相关事项通知如下：", False),
    ("热门服务行业用工需求旺盛。", False),
])
def test_a_service_portal_s_related_boxes(line: str, marker: bool) -> None:
    assert _related_marker(line) is marker


_HISTORY = ["某某渡旧属某某县某某乡，地处两河交汇之处，明嘉靖年间已有官渡之设，往来商旅多由此入府城。",
            "康熙二十三年（1684年），知县捐俸重修渡亭，并于北岸筑石埠三十余级，自此舟楫停靠渐便。",
            "1958年大桥建成，渡船遂废，唯渡亭基址及石埠残段尚存，今已列为县级文物保护单位。"]


@pytest.mark.parametrize(("box", "byline"), [
    ("站内搜索： 【高级检索】", "文/许某某"),  # a search box's label and its bracketed button
    ("热点专题", "文/许某某"),  # a menu's label: the headline under it ends the menu
    ("热点专题", "文/图 许某某"),
])
def test_a_headline_over_its_byline_alone_is_no_menu_item(box: str, byline: str) -> None:
    # the date row at the page's foot: the headline's only neighbour is its byline
    page = "\n".join(["某某史志网", "首页 | 方志动态 | 地情资料 | 文史天地 | 年鉴编纂",
                      box, "首页 > 文史天地 > 史海钩沉", "",
                      "清代某某渡口的兴衰", byline, "", *_HISTORY,
                      "发布时间：2025-10-09   来源：某某史志网", "",
                      "版权所有：某某县地方志编纂中心"])
    doc = clean_text(page, id="history")
    assert doc.meta.title == "清代某某渡口的兴衰"
    assert doc.text.split("\n") == _HISTORY
