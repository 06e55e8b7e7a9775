"""chrome.inline: the gate on a line's last character says no rule can match before any regex
runs, and never changes what the rules remove."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners import Doc
from cleaners.chrome.inline import INLINE_RULES, InlineRules, may_end_inline

GATED = InlineRules("chrome.inline", INLINE_RULES, may_end_inline)
PLAIN = InlineRules("chrome.inline", INLINE_RULES)
LINES = [line for r in INLINE_RULES for line in (*r.examples, *r.counterexamples)]
PARA = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。"


def _same(lines: list[str]) -> None:
    doc = Doc(id="d", text="\n".join(lines))
    assert GATED(doc) == PLAIN(doc)


@pytest.mark.parametrize("line", [line for r in INLINE_RULES for line in r.examples])
def test_every_example_passes_the_gate(line: str) -> None:
    assert may_end_inline(line, 0)
    _same([line])


@pytest.mark.parametrize("line", LINES)
def test_gate_agrees_on_examples_with_long_text_before_and_spaces_after(line: str) -> None:
    _same([line, PARA * 3 + line, line + "  \u3000", PARA + line + "\t"])


class _NoRegex:
    def search(self, line: str, pos: int = 0) -> None:
        raise AssertionError(f"regex searched on {line!r}")


def test_a_paragraph_ending_in_a_full_stop_is_not_searched(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rules = InlineRules("chrome.inline", INLINE_RULES, may_end_inline)
    monkeypatch.setattr(rules, "rules", tuple((r, _NoRegex()) for r in INLINE_RULES))
    doc = Doc(id="d", text=PARA + "\n\n" + PARA)
    assert rules(doc) == doc


_PIECES = st.sampled_from(["。", "（完）", "(", ")", "）", "【", "】", "责任编辑：", "王小明", "图",
                           "摄", "/", "／", " ", "返回首页", ">>", "》", "Photo", "by ", "文字",
                           "提供", "查看更多", "，", "\u3000", "新华社记者 张三 摄", "详见"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=8).map("".join), min_size=1, max_size=6))
def test_gate_agrees_on_random_lines(lines: list[str]) -> None:
    _same(lines)
