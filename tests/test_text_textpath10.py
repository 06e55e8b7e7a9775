"""Portal pages saved as text (gold_html gh222, gh239, gh240, gh79 as text): a column's label
over its headline, a gallery's alt text over each slide counter, a picture's alt text over a
caption closing on a wire agency's credit, a picture's title glued over its caption line. Each
in both scripts. Names are invented."""

from __future__ import annotations

import opencc
import pytest

from cleaners import clean_text

_S2T = opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    return str(_S2T.convert(text))


def _both(script: str, page: str, want: list[str]) -> tuple[str, list[str]]:
    if script == "hant":
        return to_traditional(page), [to_traditional(x) for x in want]
    return page, want


_COLUMN_TEXT = ["今年回乡，我注意到县城里多了几家连锁咖啡店，晚上八点还排着队。",
                "很多人把这种变化归结为消费升级，但细看账本，情况要复杂得多。"]


@pytest.mark.parametrize("script", ["hans", "hant"])
@pytest.mark.parametrize("label", ["某某专栏 · 县域观察", "某某专栏｜城市笔记", "某某专栏"])
def test_a_columns_label_over_the_headline_is_no_title(script: str, label: str) -> None:
    headline = "县城消费的“新账本”"
    page = "\n".join(["某某网 > 专栏 > 正文", label, "", headline, "",
                      "作者：某某 2026-11-25 07:30 来源：某某网", "", _COLUMN_TEXT[0], "",
                      _COLUMN_TEXT[1]])
    page, _ = _both(script, page, [])
    doc = clean_text(page, id="column")
    assert doc.meta.title == (headline if script == "hans" else to_traditional(headline))


@pytest.mark.parametrize("script", ["hans", "hant"])
def test_a_headline_naming_a_column_stays_the_title(script: str) -> None:
    # counterexample: the headline itself tells of a column (no label's shape: words before
    # 专栏 run longer than a name), under the site's name
    headline = "市图书馆开设“城市记忆”读书专栏 每周推荐一本地方志"
    page = "\n".join(["某某网", "", headline, "", "2026-11-25 07:30 来源：某某网", "",
                      *_COLUMN_TEXT])
    page, _ = _both(script, page, [])
    doc = clean_text(page, id="column")
    assert doc.meta.title == (headline if script == "hans" else to_traditional(headline))
