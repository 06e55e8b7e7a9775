"""spam.injection: a recurring word set right after a numeral and its classifier (兩節|族語|課)
sits in a modifier's place; deleting it leaves the quantity's own phrase (兩節課), which
re-joins by the grammar. That site names no page as a planted piece's would."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.spam import injection as injection_module
from cleaners.spam.injection import _after_quantity

# An article on a picture book in a minority language, its topic words (族語, 繪本) no
# dictionary words, one of them once between a quantity and its noun.
_PAGE = "\n".join([
    "部落小學推族語繪本 孩子用拼音讀出長輩的名字",
    "2025/12/01 09:12　記者某某／某地報導",
    "",
    "　　某縣一所部落小學近日出版一套族語與華語對照的繪本，由學生訪問部落耆老後共同創作。"
    "書中每個人名、地名都同時標示族語拼音與華語。",
    "　　負責指導的族語老師說，過去族人的名字常被登記成漢名，孩子還不知道自己的族名怎麼念。",
    "　　繪本最後一頁附上對照表，讓低年級學生也能一起讀。校長表示，學校每週安排兩節族語課，"
    "並邀請耆老到校說故事。",
    "　　縣府表示，將協助把繪本數位化，放上族語學習平台，供其他學校免費下載使用。",
    "",
])


@pytest.mark.parametrize(("text", "word"), [
    ("学校每周安排两节族语课，并邀请耆老", "族语"),
    ("全校开设3门陶艺课", "陶艺"),
    ("全年开设十二门陶艺课程", "陶艺"),
])
def test_a_word_after_a_numeral_and_its_classifier_is_a_modifier(text: str, word: str) -> None:
    assert _after_quantity(text, text.index(word))


@pytest.mark.parametrize(("text", "word"), [
    ("加强组赢家汇织建设", "赢家汇"),  # a piece inside 组织
    ("坚持统一大发战线", "大发"),  # 一 closes a word here, counts nothing
    ("第一书记驻村", "书记"),  # an ordinal, no quantity
    ("两节", "两"),  # the start of the text
])
def test_other_sites_are_no_modifiers_place(text: str, word: str) -> None:
    assert not _after_quantity(text, text.index(word))


def test_an_article_topic_word_after_a_quantity_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = clean_text(_PAGE, id="t")
    assert "兩節族語課" in doc.text
    assert "對照的繪本" in doc.text
    assert doc.meta.title == "部落小學推族語繪本 孩子用拼音讀出長輩的名字"
    assert not any(r.cleaner == "spam.injection" for r in doc.removals)
    # the guard is what keeps them: without it the one re-join names the page
    monkeypatch.setattr(injection_module, "_after_quantity", lambda text, start: False)
    assert "兩節族語課" not in clean_text(_PAGE, id="t").text
