"""The general shapes the thirteenth batch of unseen families (gold_like gl132-gl137) showed,
each with the lines that must match and the ones that must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners.chrome.captions import Captions
from cleaners.document import Doc
from cleaners.meta import closing_signature

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
