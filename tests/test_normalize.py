from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaners import Doc
from cleaners.normalize import Normalize, normalize_text, plain_lookalikes


def test_normalize_fullwidth_letters_and_digits_to_ascii() -> None:
    assert normalize_text("Ａ１ｂ２０２４年")[0] == "A1b2024年"


def test_normalize_reads_kangxi_radicals_and_supplement_forms_as_their_characters() -> None:
    # a PDF's text layer or a spam mirror writes radicals that look like the characters
    assert normalize_text("澳\u2fa8新葡京 \u2fa6沙 \u2f47\u2f0a万\uf90a \u2ed4户")[0] == \
        "澳門新葡京 金沙 日入万金 门户"


def test_normalize_reads_styled_latin_runs_as_ascii() -> None:
    assert normalize_text("官网ⓐⓜⓧⓟⓙ⑧⑧⑧.ⓒⓞⓜ ｘｐｊ①⑧⑧ 𝐀𝐆真人 🅑🅑🅘🅝")[0] == \
        "官网amxpj888.com xpj188 AG真人 BBIN"


def test_normalize_keeps_circled_list_markers() -> None:
    # counterexamples: a lone circled digit or letter, and circled digits with no letter, are
    # a list's markers
    text = "①加强组织领导；②压实责任。见图②③。ⓐ项 第⑩条"
    assert normalize_text(text)[0] == text
    assert plain_lookalikes(text) == text


@pytest.mark.parametrize(("text", "read"), [
    ("【\u0410G真人】官方直营", "【AG真人】官方直营"),  # a Cyrillic А among Latin letters
    ("\u2174ip专属通道 b\u0435t365", "vip专属通道 bet365"),  # a numeral ⅴ, a Cyrillic е
])
def test_normalize_reads_latin_look_alikes_mixed_into_a_latin_run(text: str, read: str) -> None:
    assert normalize_text(text)[0] == read


@pytest.mark.parametrize("text", [
    "莫斯科（Москва）", "第Ⅱ阶段 Ⅴ类水质", "β受体阻滞剂", "希腊字母Α与Ο", "COVID-19 АВС"])
def test_normalize_keeps_look_alikes_with_no_latin_letter_beside_them(text: str) -> None:
    # counterexamples: a Russian or Greek word, a numeral alone, beside no ASCII letter
    assert plain_lookalikes(text) == text


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


def test_normalize_reads_a_crlf_file_converted_twice_as_one_line_end() -> None:
    assert normalize_text("标题\r\r\n来源：某某\r\r\n\r\r\n正文。")[0] == "标题\n来源：某某\n\n正文。"


def test_normalize_divides_gaps_by_the_narrowest_when_none_is_one_blank_line() -> None:
    # a tool that writes three blank lines where a browser writes one: an image's wider gap
    # stays wider, and lines printed one under the other stay so
    page = "某某网\n首页 > 新闻\n\n\n\n标题\n\n\n\n正文一。\n\n\n\n\n\n\n\n\n\n正文二。"
    assert normalize_text(page)[0] == "某某网\n首页 > 新闻\n\n标题\n\n正文一。\n\n\n\n正文二。"
    # a page with one single blank line keeps its gaps as they are
    assert normalize_text("甲\n\n乙\n\n\n丙")[0] == "甲\n\n乙\n\n\n丙"


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


# The whitespace and width passes as regex subs, the way they were written before normalize_text
# moved to str.replace and a one-range clue: the fast version must agree with them everywhere.
_REF_SPACES = re.compile(r"[ \t\u2000-\u200a\u205f\u3000\u00a0\u202f]+")
_REF_EDGE_SPACES = re.compile(r" ?\n ?")
_REF_FULL_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF5B)}


def _reference_gaps(text: str) -> str:
    """Gaps of blank lines divided by the narrowest, when no gap is a single blank line."""
    lines = text.split("\n")
    runs, blank = [], 0
    for line in lines[1:]:
        if line:
            if blank:
                runs.append(blank)
            blank = 0
        else:
            blank += 1
    if blank > 1:  # the last "" after the text's last line end is no blank line
        runs.append(blank - 1)
    unit = min(runs, default=0)
    if unit < 2:
        return text
    out, blank = [lines[0]], 0
    for line in lines[1:]:
        if line:
            out += [""] * (blank // unit) + [line]
            blank = 0
        else:
            blank += 1
    return "\n".join(out + [""] * ((blank - 1) // unit + 1 if blank else 0))


def _reference_layout(text: str) -> str:
    text = _REF_FULL_ALNUM.sub(lambda m: m.group().translate(_WIDTH), text)
    return _reference_gaps(_REF_EDGE_SPACES.sub("\n", _REF_SPACES.sub(" ", text)).strip(" "))


_SPACEY = st.text(alphabet=st.sampled_from(
    list(" \t\n\u2000\u2005\u200a\u205f\u3000\u00a0\u202f\u2007\u200b中文a，０ｚＺ\uff20\uff5b")))


@given(_SPACEY)
def test_normalize_whitespace_and_width_match_the_regex_reference(text: str) -> None:
    assert normalize_text(text)[0] == _reference_layout(text.replace("\u200b", ""))


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r")))
def test_normalize_matches_the_regex_reference_on_any_text(text: str) -> None:
    import unicodedata

    invisible = re.compile("[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad"
                           "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
    # the look-alikes are folded after the width pass (ｘｐｊ①⑧⑧ is a Latin run once ｘｐｊ is)
    expected = plain_lookalikes(
        _reference_layout(invisible.sub("", unicodedata.normalize("NFC", text))))
    assert normalize_text(text)[0] == expected
