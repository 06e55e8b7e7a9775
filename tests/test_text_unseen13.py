"""The general shapes the thirteenth batch of unseen families (gold_like gl132-gl137) showed,
each with the lines that must match and the ones that must not. Names are invented."""

from __future__ import annotations

import pytest

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
