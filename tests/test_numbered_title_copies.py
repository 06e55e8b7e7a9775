"""An explainer's images saved as their alt text: the headline again with a picture's number."""

from __future__ import annotations

import pytest

from cleaners import clean_text

_HEAD = "一图读懂丨某某市居民医保缴费指南\n2026-09-15 10:30　来源：某某市医疗保障局\n"
_BODY = ("个人缴费标准为每人每年400元，财政按每人每年不低于700元的标准给予补助。\n"
         "参保人可通过手机银行或所在社区代收点缴费，新生儿出生后90日内参保的，自出生之日起享受待遇。\n")


@pytest.mark.parametrize("copies", [
    ["一图读懂丨某某市居民医保缴费指南（1）", "一图读懂丨某某市居民医保缴费指南（2）"],
    ["一图读懂丨某某市居民医保缴费指南-1", "一图读懂丨某某市居民医保缴费指南_2"],
    ["一圖讀懂丨某某市居民醫保繳費指南(1)"],
    ["一图读懂丨某某市居民医保缴费指南之一", "一图读懂丨某某市居民医保缴费指南之二"],
])
def test_numbered_copies_of_the_headline_go(copies: list[str]) -> None:
    head = _HEAD if "圖" not in copies[0] else to_traditional_head()
    doc = clean_text(head + "\n".join(copies) + "\n" + _BODY)
    for copy in copies:
        assert copy not in doc.text
    assert "每人每年400元" in doc.text


def to_traditional_head() -> str:
    return "一圖讀懂丨某某市居民醫保繳費指南\n2026-09-15 10:30　來源：某某市醫療保障局\n"


@pytest.mark.parametrize("line", [
    # the headline's words going on into a sentence, or another number than a picture's
    "一图读懂丨某某市居民医保缴费指南（2026年版）",
    "一图读懂丨某某市居民医保缴费指南发布后，咨询量明显增加。",
    "一图读懂丨某某市居民医保缴费指南（123）",
])
def test_other_lines_starting_with_the_headline_stay(line: str) -> None:
    doc = clean_text(_HEAD + line + "\n" + _BODY)
    assert line in doc.text
