"""spam.injection: a lexicon topic term naming a game (老虎机-like) planted several times where
it fits nowhere, on a page proven to carry spam (InjectedFragments._lone_topic_terms).
Invented text: 某某镇, 张小某 and the festival are made up."""

from __future__ import annotations

import pytest

from cleaners.spam import InjectedFragments

# An invented report with three slots for the planted term.
_REPORT = ("今年秋天，某某镇举办第三届丰收节{a}，吸引了周边游客前来参观。\n"
           "镇文化站站长张小某介绍，活动期间{b}共接待游客两万多人次。\n"
           "不少村民在自家门口摆起小摊{c}，售卖自制的糕点和手工艺品。")


@pytest.fixture(scope="module")
def injection() -> InjectedFragments:
    return InjectedFragments()


def _terms(injection: InjectedFragments, text: str, headline: str = "") -> list[str]:
    return [text[a:b] for a, b, _ in injection._lone_topic_terms(text, [], headline)]


def test_a_game_planted_at_three_sites_goes_from_each(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="老虎机", b="老虎机", c="老虎机")
    assert _terms(injection, text) == ["老虎机"] * 3


def test_a_game_planted_twice_goes(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="六合彩", b="", c="六合彩")
    assert _terms(injection, text) == ["六合彩"] * 2


def test_a_single_site_stays(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="老虎机", b="", c="")
    assert _terms(injection, text) == []


def test_a_site_in_a_police_line_keeps_every_site(injection: InjectedFragments) -> None:
    # The article reports on gambling: the game it names there is its own word.
    text = _REPORT.format(a="老虎机", b="", c="") + "\n民警当场查获老虎机两台，涉案人员已被带走。"
    assert _terms(injection, text) == []


def test_a_listed_game_keeps_every_site(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="百家乐", b="", c="") + "\n不法分子以百家乐、时时彩等名目引诱村民。"
    assert _terms(injection, text) == []


def test_a_quoted_game_keeps_every_site(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="“老虎机”", b="老虎机", c="")
    assert _terms(injection, text) == []


def test_a_game_in_the_headline_words_stays(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="老虎机", b="老虎机", c="")
    assert _terms(injection, text, headline="某某镇收缴老虎机") == []


def test_a_two_character_topic_word_stays(injection: InjectedFragments) -> None:
    # 赌博 names the act, not a game: the article's own word as often as a piece.
    text = _REPORT.format(a="赌博", b="赌博", c="赌博")
    assert _terms(injection, text) == []


def test_sites_already_cut_are_not_counted(injection: InjectedFragments) -> None:
    text = _REPORT.format(a="老虎机", b="老虎机", c="")
    at = text.find("老虎机")
    got = injection._lone_topic_terms(text, [(at, at + 3, "cut")], "")
    assert got == []
