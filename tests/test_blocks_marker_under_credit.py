"""A related marker under the editor's credit that closes the article heads what the page adds
(teasers: headline, lead, date), however many leads read as paragraphs; the box's link to more
may stand beside the marker (热点推荐更多>>). Portal pages saved as text (gold_html --text)."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import RELATED_MARKER

_ARTICLE = ("某某标题：南湖湿地完成生态修复\n2025-12-03 08:46 来源：某某日报\n"
            "清晨的南湖湿地公园，成群的白鹭在浅滩上觅食，远处的水面上不时有野鸭掠过。\n"
            "南湖湿地曾因周边养殖和生活污水排放，水体一度富营养化，修复工程先后清退鱼塘一千三百亩。\n"
            "市林业局相关负责人介绍，下一步将在湿地周边建设观鸟步道，并开展常态化监测。\n"
            "责任编辑：某某\n")
_TEASERS = "".join(
    f"{head}\n{lead}\n2025-12-0{n}\n" for n, (head, lead) in enumerate([
        ("城区十二条背街小巷完成改造", "今年以来，城区共对十二条背街小巷进行改造提升，居民出行更方便了。"),
        ("市第一人民医院开设夜间儿科门诊", "为缓解冬季儿童就诊高峰压力，医院从本周起开设夜间儿科门诊。"),
        ("冬季农产品展销会开幕", "为期五天的冬季农产品展销会在会展中心开幕，二百多家企业参展。"),
        ("全市中小学开展冬季防溺水教育", "进入冬季后，全市中小学陆续开展防溺水安全教育，家长也要加强看护。"),
    ], start=1))


@pytest.mark.parametrize("marker", ["热点推荐更多>>", "热点推荐", "相关新闻 更多 >"])
def test_teasers_under_a_marker_under_the_credit_go(marker: str) -> None:
    doc = clean_text(_ARTICLE + marker + "\n" + _TEASERS, id="t")
    assert "观鸟步道" in doc.text
    assert "背街小巷" not in doc.text
    assert "防溺水" not in doc.text


def test_a_marker_word_in_a_sentence_is_no_marker() -> None:
    assert RELATED_MARKER.match("热点推荐更多>>")
    assert not RELATED_MARKER.match("热点推荐更多是编辑部的工作。")
    assert not RELATED_MARKER.match("更多新闻更多精彩")
