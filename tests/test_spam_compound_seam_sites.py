"""spam.injection _recurring_splits: a recurring string set between the two words of a compound
(孤寡|失能|老人, whose deletion leaves 孤寡老人) is a modifier in its place, not a piece inside a
word. Its deletion re-joins the compound as a planted piece's deletion re-joins a word, so the
screen once named a clean page by it (a project or care report repeating its own term), and the
piece model then cut the article's subject words. A piece inside a word (组|某某汇|织, whose
deletion re-joins the characters of 组织) still names the page."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.spam import injection as injection_module
from cleaners.spam.injection import InjectedFragments


def _lone(text: str) -> list[str]:
    lone: list[str] = []
    InjectedFragments()._recurring_splits(text, [], lone)
    return lone


# An article's own term, no dictionary word, once between a compound's two words and elsewhere
# between words.
_MODIFIER = "社区为孤寡失能老人提供上门服务。失能评估由街道组织，失能等级分为三档。"


def test_a_recurring_modifier_between_a_compounds_words_names_no_page() -> None:
    assert _lone(_MODIFIER) == []


def test_the_compound_guard_is_what_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # without the guard the one re-join of 孤寡老人 names the page
    monkeypatch.setattr(injection_module, "_compound_seam", lambda *args, **kwargs: False)
    assert _lone(_MODIFIER) == ["失能"]


@pytest.mark.parametrize(("text", "piece"), [
    ("加强组赢家汇织建设，赢家汇赢家汇", "赢家汇"),  # inside 组织
    ("推进全瑞福城面发展，瑞福城瑞福城", "瑞福城"),  # inside 全面
])
def test_a_piece_inside_a_word_still_names_the_page(text: str, piece: str) -> None:
    assert _lone(text) == [piece]


def test_a_clean_care_report_repeating_its_term_loses_nothing() -> None:
    page = "\n".join([
        "城东养老服务中心今日启用",
        "2026-03-02 09:00 来源：某某日报",
        "",
        "城东养老服务中心设床位三百张，其中护理床位二百张，专门接收孤寡失能老人。今天上午，"
        "中心正式启用，首批失能老人入住。",
        "据介绍，中心将为入住的失能老人建立健康档案，护理人员每两小时巡视一次。",
        "中心负责人告诉记者，失能护理容不得一点马虎，入住费用按失能等级分档。",
        "",
    ])
    doc = clean_text(page, id="t")
    assert not any(r.cleaner.startswith("spam.") for r in doc.removals)
    assert doc.text.count("失能") == 5
