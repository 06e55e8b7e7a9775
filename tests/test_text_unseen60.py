"""The general shapes the sixtieth batch of unseen families (gold_like gl472-gl477) showed,
each with the lines that must match and the ones that must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.captions import Captions, _list_rows
from cleaners.document import Doc
from cleaners.layout import Paragraphs
from cleaners.meta import closing_contacts, closing_signature
from cleaners.spam.injection import InjectedFragments
from cleaners.spam.stats import LazyStats

_INTRO = "冬季是临床用血高峰期。为保障全市临床用血需求，某某市中心血站即日起开展冬季无偿献血招募活动。"
_CONDITIONS = ["一、献血条件", "1. 年龄18周岁至55周岁，符合健康检查要求的多次献血者可延长至60周岁；",
               "2. 体重男性不低于50公斤，女性不低于45公斤；",
               "3. 献血前一天晚上休息好，不饮酒，献血前一餐不吃油腻食物。"]
_PLACES = ["二、献血点及开放时间", "某某献血大厅（某某路46号）：每天8:30—17:30",
           "某某爱心献血屋（某某广场东侧）：每天9:00—18:00",
           "某某献血车（某某管委会门前）：每周二、周四9:00—16:00"]
_TIPS = ["三、温馨提示", "献血前请携带本人有效身份证件。献血后当天请勿剧烈运动，保持针眼清洁干燥。"]
_CONTACT = "联系电话：0000-1234567（献血服务科）"
_SIGNED = ["某某市中心血站", "2025年12月2日"]


def _page() -> str:
    return "\n\n".join([_INTRO, "\n".join(_CONDITIONS), "\n".join(_PLACES), "\n".join(_TIPS),
                        _CONTACT, "\n".join(_SIGNED)])


def test_a_contact_row_on_a_page_of_glued_lists_and_headings_is_no_caption() -> None:
    # One blank between the sections, none between a list's rows or under a heading: those
    # glued pairs tell nothing of the paragraph gap, so one blank is no picture's.
    doc = Captions()(Doc("d", text=_page()))
    assert _CONTACT in doc.text
    assert [r.text for r in doc.removals] == []


def test_a_caption_still_goes_where_the_page_glues_its_paragraphs() -> None:
    # counterexample: paragraphs glued, a picture's wide gap around one short line
    para = "今年以来，某某镇投入资金二百万元，完成村内道路硬化十二公里，惠及群众三千余人。"
    text = f"{para}\n{para}\n{para}\n\n\n村民在新修的道路上散步\n\n\n{para}\n{para}"
    doc = Captions()(Doc("d", text=text))
    assert [r.text for r in doc.removals] == ["村民在新修的道路上散步"]


@pytest.mark.parametrize(("a", "b", "rows"), [
    (_PLACES[1], _PLACES[2], True),  # a timetable's rows, no sentence ended
    (_CONDITIONS[1], _CONDITIONS[2], True),  # numbered items of one list
    (_CONDITIONS[0], _CONDITIONS[1], True),  # a heading over what it opens
    ("三、温馨提示", _TIPS[1], True),
    # counterexamples: paragraphs end on their stops; a paragraph's rows wrapped at a width
    (_INTRO, _TIPS[1], False),
    ("今年以来，某某镇投入资金二百万元，完成村内道路硬化十二公里，惠及群众三千余人，",
     "群众出行难的问题得到有效解决。", False),
    ("他说，这几年村里的变化大家都看在眼里。", "某某献血车（某某管委会门前）：每周二9:00—16:00", False),
])
def test_list_rows(a: str, b: str, rows: bool) -> None:
    assert _list_rows(a, b) is rows


def test_a_numbered_heading_after_a_gap_is_no_rest_of_the_row_above() -> None:
    text = f"{_PLACES[3]}\n\n三、温馨提示\n{_TIPS[1]}"
    assert Paragraphs()(Doc("d", text=text)).text.split("\n") == [_PLACES[3], "三、温馨提示",
                                                                  _TIPS[1]]


def test_a_sentence_broken_before_a_count_of_numerals_still_goes_on() -> None:
    # counterexample: 三、四个 is a count read on, no heading's number; a picture's gap split it
    para = "今年以来，某某镇投入资金二百万元，完成村内道路硬化十二公里，惠及群众三千余人。"
    text = f"{para}\n{para}\n记者从会上获悉，今年完成改造的村庄里，每个片区有二\n\n\n三、四个村已经通过了验收。"
    assert Paragraphs()(Doc("d", text=text)).text.split("\n")[-1] == (
        "记者从会上获悉，今年完成改造的村庄里，每个片区有二三、四个村已经通过了验收。")


def test_a_blood_station_signs_its_notice_over_its_contact_row() -> None:
    lines = [_TIPS[1], _CONTACT, *_SIGNED]
    assert sorted(closing_signature(lines)) == [2, 3]
    assert closing_contacts(lines) == {1}
    for issuer in ("某某镇卫生院", "某某县救助站", "某某市妇幼保健院"):
        assert sorted(closing_signature([_TIPS[1], issuer, _SIGNED[1]])) == [1, 2]


def test_no_signature_without_its_date_or_a_sentence_over_it() -> None:
    # counterexamples: a unit's name with no date under it; a menu's label over it
    assert not closing_signature([_TIPS[1], "某某市中心血站", "献血服务"])
    assert not closing_signature(["首页　献血服务　献血公告", "某某市中心血站", "2025年12月2日"])


_SPAM_NOTICE = [
    "关于某某路段临时封闭施工的通告",
    "发布日期：2025-11-02　　来源：某某县住建局",
    "因某某路雨污分流改造工程施工需要，经研究决定，自2025年11月5日起对某某路实施封闭施工：琼泰汇娱乐城",
    "一、封闭期间，过往车辆请绕行某某大道。",
    "二、施工单位将设置明显的警示标志，请广大市民注意出行安全。琼泰汇官网qth516.com",
    "三、恢复通行时间另行通告。",
    "琼泰汇百家乐 注册送58元",
    "特此通告。",
]


def test_a_coined_brand_planted_in_a_notice_goes_whole() -> None:
    doc = clean_text("\n".join(_SPAM_NOTICE), id="d")
    assert "琼" not in doc.text
    assert "官网" not in doc.text
    assert "实施封闭施工：\n一、封闭期间" in doc.text
    assert "请广大市民注意出行安全。\n三、" in doc.text


@pytest.mark.parametrize(("text", "start"), [
    ("注意出行安全。琼泰汇官网qth516.com", 7),
    ("注意出行安全。琼泰汇官网 qth516.com", 7),
    ("注意出行安全。泰汇网址qth516.com", 7),
    # counterexamples: a name glued into a sentence's words, a common word, no promo word
    ("详情可登录县交通运输局官网qth516.com", None),
    ("注意出行安全。中国官网qth516.com", None),
    ("注意出行安全。琼泰汇qth516.com", None),
])
def test_the_coined_name_glued_before_a_numbered_address(text: str, start: int | None
                                                         ) -> None:
    from cleaners.spam.lexicon import promo_words

    stats = LazyStats().get()
    address = text.index("qth")
    promos = {b: a for a, b in promo_words(text)}
    # (None: the address alone, nothing glued before it)
    assert InjectedFragments._named_before(stats, text, address, promos) == (
        address if start is None else start)


def test_a_coined_brand_planted_in_a_traditional_copy_goes_whole() -> None:
    # the lexicon's record holds the page's own script (娛樂城): its product word still read
    import opencc

    doc = clean_text(opencc.OpenCC("s2t").convert("\n".join(_SPAM_NOTICE)), id="d")
    assert "瓊" not in doc.text
    assert "實施封閉施工：\n一、封閉期間" in doc.text
