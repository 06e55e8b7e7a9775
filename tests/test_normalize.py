from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaners import Doc
from cleaners.normalize import Normalize, normalize_text


def test_normalize_fullwidth_letters_and_digits_to_ascii() -> None:
    assert normalize_text("Ａ１ｂ２０２４年")[0] == "A1b2024年"


def test_normalize_keeps_chinese_punctuation() -> None:
    text = "你好，世界：（测试）！？。、“引号”…"
    assert normalize_text(text)[0] == text


def test_normalize_fullwidth_policy_converts_ascii_next_to_han() -> None:
    assert normalize_text("中文,测试(一)!ok, fine", "fullwidth")[0] == "中文，测试（一）！ok, fine"


def test_normalize_removes_invisible_and_records_them() -> None:
    doc = Normalize()(Doc(id="d", text="党\u200b建\ufeff工作\x07"))
    assert doc.text == "党建工作"
    (removal,) = doc.removals
    assert removal.rule == "invisible_chars"
    assert removal.where == "3 chars"


def test_normalize_collapses_whitespace_per_line() -> None:
    assert normalize_text("  a \t b\u3000c  \r\n\n d")[0] == "a b c\n\nd"


def test_normalize_rejects_unknown_policy() -> None:
    import pytest

    with pytest.raises(ValueError, match="punctuation"):
        Normalize(punctuation="nfkc")


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)[0]
    assert normalize_text(once)[0] == once


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_normalize_fullwidth_comma_always_survives(text: str) -> None:
    assert normalize_text(text + "，")[0].endswith("，")
