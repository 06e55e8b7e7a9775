"""Round inject59: a page some weak sign names (a coined name and a product word set between
words, kept) is held to no stricter bar than a page nothing names: two pieces the model
believes, each re-joining a word at some site, prove it (MIN_SPLITTING_PIECES)."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import InjectedFragments, LexiconSpam

# Invented text: a weather notice with a coined name set between words (紫霞竞技), and two
# invented pieces (灯饰, 水晶) planted three times each; {x1}/{x2} are two of those sites.
_PAGE = ("气象台提醒居民紫霞竞技注意防寒保暖，出行注意安全。\n"
         "今年以来，全市新增灯饰公办学位三千个，同时加大对农村薄弱学校的投入力度。"
         "社区卫生服务中心开设了家庭{x1}签约服务，居民就医更加方便。\n"
         "志愿者们在河道两岸清理垃圾，一上午清理出灯饰垃圾三十多袋。工作人员介绍，水晶今年将继续"
         "推进河道治理，改善沿岸居民的生水晶活环境。\n"
         "节日期间，广场上张灯结彩，处处洋溢着喜庆的节水晶日气氛，市民纷纷走上街头感受节日的热闹。")


def _clean(text: str) -> Doc:
    return InjectedFragments()(LexiconSpam()(Doc("d", text=text)))


def test_two_believed_pieces_that_split_words_prove_a_named_page() -> None:
    # 灯饰 inside 医生 once, 水晶 inside 生活 and 节日: both split a word somewhere
    doc = _clean(_PAGE.format(x1="医灯饰生"))
    cut = [r.text for r in doc.removals if r.cleaner == "spam.injection"]
    assert cut.count("灯饰") == 3
    assert cut.count("水晶") == 3
    assert "灯饰" not in doc.text
    assert "水晶" not in doc.text
    assert "家庭医生签约服务" in doc.text
    assert "生活环境" in doc.text


@pytest.mark.parametrize("x1", [
    # only one piece splits a word (灯饰 set between words at every site): below the bar
    "灯饰医生",
    # no second piece at all
    "医生",
])
def test_one_splitting_piece_does_not_prove_a_named_page(x1: str) -> None:
    text = _PAGE.format(x1=x1)
    if x1 == "医生":
        text = text.replace("灯饰", "")
    assert not [r for r in _clean(text).removals if r.cleaner == "spam.injection"
                and r.text in ("灯饰", "水晶")]


def test_a_named_page_whose_own_words_recur_keeps_them() -> None:
    text = _PAGE.format(x1="医生").replace("灯饰", "").replace("水晶", "")
    assert not [r for r in _clean(text).removals if r.cleaner == "spam.injection"
                and r.text != "紫霞竞技"]
