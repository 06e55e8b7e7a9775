"""spam.spellings: a lexicon brand respelled (a homophone or a look-alike swapped in) or written
as its pinyin initials with a number is read as the brand; news text that happens to hold such
characters stays. All examples are ours."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.document import Doc
from cleaners.spam import Lexicon, LexiconSpam
from cleaners.spam.spellings import (
    brand_initials,
    brand_respellings,
    common_readings,
    initials_pattern,
    lookalikes,
    readings,
)

NEWS = ("市统计局有关负责人介绍，消费市场持续回暖，社会消费品零售总额达到三百二十亿元，"
        "节假日期间商圈客流量比去年同期增加三成以上。")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon()


def test_respellings_swap_one_character_for_a_homophone_or_a_look_alike() -> None:
    spelled = brand_respellings(["博鱼体育", "金沙娱乐", "开云"])
    assert spelled["博玉体育"] == ("博鱼体育", "homophone")
    assert spelled["全沙娱乐"] == ("金沙娱乐", "look-alike")
    assert "博鱼体育" not in spelled  # the brand itself is no respelling
    # a two-character name swapped reads as a word (开运): never respelled
    assert not any(len(s) == 2 for s in spelled)


def test_readings_come_from_the_pinyin_table_with_each_reading_of_a_polyphone() -> None:
    said, common = readings(frozenset("乐葡")), common_readings()
    assert {"le", "yue"} <= said["乐"]
    assert "pu" in said["葡"]  # read off the table's words: it lists 葡 in 葡萄 only
    assert "乐" in common
    assert "葡" not in common
    assert all(len(char) == 1 for char in lookalikes())


def test_initials_are_derived_for_every_reading() -> None:
    initials = brand_initials(["乐虎体育", "尊龙凯时", "开云"])
    assert initials["lhty"] == initials["yhty"] == "乐虎体育"
    assert initials["zlks"] == "尊龙凯时"
    assert not any(len(i) == 2 for i in initials)  # 开云: no two-letter initials
    pattern = initials_pattern(initials)
    assert pattern.fullmatch("lhty66zlks8")
    for code in ("LHTY66", "lhty", "lhty66.com", "x.lhty66", "alhty66"):
        assert not pattern.search(code), code


def test_a_respelled_brand_sold_with_a_promo_word_goes(lexicon: Lexicon) -> None:
    (hit,) = lexicon.scan("全沙娱乐登录入口")
    assert (hit.term, hit.suffix, hit.spells) == ("全沙娱乐", "登录入口", "金沙娱乐, a look-alike swapped")
    doc = LexiconSpam()(Doc("d", text="社区书记博玉体育官网带领党员走访群众。\n" + NEWS))
    assert doc.text == "社区书记带领党员走访群众。\n" + NEWS
    (removal,) = doc.removals
    assert removal.text == "博玉体育官网"
    assert "博鱼体育, a homophone swapped" in removal.why


def test_initials_with_a_number_go_and_prove_the_page_a_mirror() -> None:
    doc = LexiconSpam()(Doc("d", text=f"社区书记zlks8带领党员走访群众。\n{NEWS}\n志愿者们在河道"
                                      "全沙娱乐两岸清理垃圾。"))
    assert doc.text == f"社区书记带领党员走访群众。\n{NEWS}\n志愿者们在河道两岸清理垃圾。"
    assert {r.text for r in doc.removals} == {"zlks8", "全沙娱乐"}
    assert any("pinyin initials of 尊龙凯时" in r.why for r in doc.removals)


def test_a_bare_respelling_alone_on_a_page_stays() -> None:
    # As ambiguous as a short name: sold with a promo word, or on a mirror, it goes.
    text = "社区书记全沙娱乐带领党员走访群众。\n" + NEWS
    assert LexiconSpam()(Doc("d", text=text)).text == text


@pytest.mark.parametrize("line", [
    "他从小乐于体育锻炼，坚持每天晨跑五公里。",  # 乐于: a word, not 乐鱼体育 respelled
    "座谈会上，青年学生们分享了各自的文化体会。",  # 文化|体会
    "市体育局与国际合作伙伴签约，共同推进平台建设。",
    "该台推出多档娱乐节目，收视率稳步上升。",
    "新款手机搭载A8芯片，G20峰会期间亮相，型号为X5。",
    "该景区荣获★★★★★级景区、全国文明单位等称号。",
])
def test_news_text_with_such_characters_stays(line: str) -> None:
    text = f"{NEWS}\n{line}"
    assert clean_text(text, id="t").text == text
