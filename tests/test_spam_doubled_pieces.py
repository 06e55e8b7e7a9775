"""spam.injection: a piece planted beside itself (某某|某某) goes as one doubled run on a
proven page (InjectedFragments._doubled_pieces); a mixed Latin/Han piece glued to a cut is read
with the cut taken out (_mixed_pieces). Invented text and invented pieces."""

from __future__ import annotations

import pytest

from cleaners.spam import InjectedFragments

_REPORT = ("今年以来，某某县加强市场监管{a}，查处违法广告四十余起。\n"
           "县市场监管局负责人{b}表示，将继续开展专项整治行动。\n"
           "据介绍，该县{c}还组织执法人员深入乡镇集市检查。")


@pytest.fixture(scope="module")
def injection() -> InjectedFragments:
    return InjectedFragments()


def _doubled(injection: InjectedFragments, text: str,
             spans: list[tuple[int, int, str]] | None = None) -> list[str]:
    return [text[a:b] for a, b, _ in injection._doubled_pieces(text, spans or [])]


def test_a_piece_planted_beside_itself_goes(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="厂家", b="厂家", c="厂家厂家")
    assert _doubled(injection, text) == ["厂家", "厂家"]


def test_a_doubled_piece_cut_elsewhere_goes(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="厂家", b="", c="厂家厂家")
    at = text.find("厂家")
    assert _doubled(injection, text, [(at, at + 2, "cut")]) == ["厂家", "厂家"]


def test_a_doubled_string_printed_nowhere_else_stays(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="", b="", c="厂家厂家")
    assert _doubled(injection, text) == []


def test_counts_sounds_and_verbs_doubled_stay(injection: InjectedFragments) -> None:
    for frag in ("一步", "哈哈", "研究"):
        text = _REPORT.format(a=frag, b=frag, c=frag * 2)
        assert _doubled(injection, text) == [], frag


def test_a_doubled_string_read_across_words_stays(injection: InjectedFragments) -> None:
    # 纪委监委监督: 委监委监 is two words read across (纪委, 监委, 监督), not a piece doubled.
    text = _REPORT.format(a="委监", b="委监", c="纪委监委监督")
    assert _doubled(injection, text) == []


def test_a_mixed_piece_beside_a_cut_is_read_without_the_cut(
        injection: InjectedFragments) -> None:
    # 彩q planted three times, once glued to a cut piece (开奖): only with 开奖 taken out does
    # deleting it re-join a word (图|彩q开奖|书馆), the split that proves the mixed piece.
    text = ("今年市图彩q开奖书馆开展暑期阅读活动，吸引众多读者参与。\n"
            "据介绍，社会彩q消费品零售总额增长明显，餐饮收入持续回暖。\n"
            "与会学者围绕对话合作彩q提出了多项建议。")
    at = text.find("开奖")
    got = injection._mixed_pieces(text, [(at, at + 2, "cut")])
    assert [text[a:b] for a, b, _ in got] == ["彩q", "彩q", "彩q"]
