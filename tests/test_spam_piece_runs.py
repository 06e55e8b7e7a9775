"""spam.injection: pieces planted side by side, each cut alone elsewhere, go as one run
(InjectedFragments._piece_runs). Invented text; the pieces come from an invented phrase."""

from __future__ import annotations

import pytest

from cleaners.spam import InjectedFragments

# An invented report; the planted phrase is 秘制药丸包治百病 chopped into 秘制药|丸包|治百病.
_REPORT = ("今年以来，某某县加强市场监管{a}，查处违法广告四十余起。\n"
           "县市场监管局负责人{b}表示，将继续开展专项整治行动。\n"
           "据介绍，该县{run}还组织执法人员深入乡镇集市检查。")


@pytest.fixture(scope="module")
def injection() -> InjectedFragments:
    return InjectedFragments()


def _cut(text: str, pieces: tuple[str, ...], keep: str) -> list[tuple[int, int, str]]:
    """Spans of every site of ``pieces`` outside the first site of ``keep`` (the run)."""
    lo = text.find(keep)
    spans = []
    for piece in pieces:
        at = text.find(piece)
        while at >= 0:
            if not lo <= at < lo + len(keep):
                spans.append((at, at + len(piece), "cut"))
            at = text.find(piece, at + 1)
    return spans


def test_two_cut_pieces_side_by_side_go_as_one_run(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="秘制药", b="丸包", run="秘制药丸包")
    spans = _cut(text, ("秘制药", "丸包"), "秘制药丸包")
    got = injection._piece_runs(text, spans, "")
    assert [text[a:b] for a, b, _ in got] == ["秘制药丸包"]


def test_three_pieces_in_a_run_go_whole(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="秘制药治百病", b="丸包", run="丸包秘制药治百病")
    spans = _cut(text, ("秘制药", "丸包", "治百病"), "丸包秘制药治百病")
    got = injection._piece_runs(text, spans, "")
    assert [text[a:b] for a, b, _ in got] == ["丸包秘制药治百病"]


def test_a_run_of_words_is_the_articles_phrase(injection: InjectedFragments) -> None:
    # 增值税|发票 cut elsewhere as pieces: the article's 增值税发票 reads as whole words.
    text = _REPORT.format(a="增值税", b="发票", run="增值税发票")
    spans = _cut(text, ("增值税", "发票"), "增值税发票")
    assert injection._piece_runs(text, spans, "") == []


def test_a_run_a_word_crosses_out_of_stays(injection: InjectedFragments) -> None:
    # 包治百病 crosses the run's end: the run is bound into the article's words there.
    text = _REPORT.format(a="秘制药治百病", b="丸包", run="秘制药丸包治百病")
    spans = _cut(text, ("秘制药", "丸包"), "秘制药丸包治百病")
    assert injection._piece_runs(text, spans, "") == []


def test_a_run_beside_a_cut_piece_stays(injection: InjectedFragments) -> None:
    # The phrase reads on into a piece a rule cut right there (秘制药丸包|灵验, 灵验 cut):
    # the site is where a longer stretch stands, which the rules that cut 灵验 judged.
    text = _REPORT.format(a="秘制药", b="丸包", run="秘制药丸包灵验")
    spans = _cut(text, ("秘制药", "丸包"), "秘制药丸包")
    assert [text[a:b] for a, b, _ in injection._piece_runs(text, spans, "")] == ["秘制药丸包"]
    at = text.find("灵验")
    spans.append((at, at + 2, "cut"))
    assert injection._piece_runs(text, spans, "") == []


def test_a_quoted_run_stays(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="秘制药", b="丸包", run="“秘制药丸包”")
    spans = _cut(text, ("秘制药", "丸包"), "秘制药丸包")
    assert injection._piece_runs(text, spans, "") == []


def test_a_run_in_the_headline_stays(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="秘制药", b="丸包", run="秘制药丸包")
    spans = _cut(text, ("秘制药", "丸包"), "秘制药丸包")
    assert injection._piece_runs(text, spans, "某某县查处秘制药丸包广告") == []


def test_a_lone_piece_is_no_run(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="秘制药", b="丸包", run="秘制药")
    spans = _cut(text, ("秘制药", "丸包"), "秘制药")
    assert injection._piece_runs(text, spans, "") == []
