"""Round inject57: on a page proven a mirror by many cuts, a coined brand planted inside the
article's company word (物业|某某会|公司), a piece that spells the start of the article's word at
the sites it was planted (高质 of 高质量), and a numbered name before a word news seldom writes
(鑫发|市统计局: 发市)."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import InjectedFragments, LexiconSpam
from cleaners.spam.injection import _company_word_split, _in_own_word
from cleaners.spam.stats import shared_stats
from tests.test_spam_injection import _MIRROR_PAGE


def _mirror_rest(other: str) -> str:
    """``other``'s lines cleaned under test_spam_injection's mirror page (cut at six sites or
    more: MIRROR_CUTS)."""
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_MIRROR_PAGE.format(other=other))))
    return doc.text.split("\n", 2)[-1]


# --- a company word that is the article's (物业公司), split by a planted name -------------

@pytest.mark.parametrize(("line", "brand"), [
    ("小区无物业璟瑞会公司管理，居民自治。", "璟瑞会"),
    ("小区物业璟瑞会公司管理，居民自治。", "璟瑞会"),
])
def test_a_name_inside_the_articles_company_word_goes_from_a_mirror(line: str,
                                                                    brand: str) -> None:
    assert _mirror_rest(line) == line.replace(brand, "")


@pytest.mark.parametrize("line", [
    # a company named after a place or with one character before it (子|公司 is part of the
    # name's company word): the article's company
    "澳门璟瑞娱乐公司发布公告。",
    "其子璟瑞娱乐公司发布公告。",
    "警方查处璟瑞娱乐集团旗下多家门店。",
])
def test_a_named_company_stays_on_a_mirror(line: str) -> None:
    assert _mirror_rest(line) == line


def test_company_word_split_reads_the_characters_before_the_name() -> None:
    stats = shared_stats()
    text = "无物业璟瑞会公司管理"
    assert _company_word_split(stats, text, 3, 6)
    assert not _company_word_split(stats, "澳门璟瑞娱乐公司", 2, 6)
    assert not _company_word_split(stats, "其子璟瑞娱乐公司", 2, 6)  # 子公司: one character
    assert not _company_word_split(stats, "无物业璟瑞会管理", 3, 6)  # no company word after


# --- a piece that spells the start of the article's word (高质 of 高质量) -----------------

@pytest.mark.parametrize(("lines", "piece"), [
    ("以高质量党建引领发展。\n全市高质项目陆续落地。老旧小区改造后高质居民出行更方便。", "高质"),
    ("加强知识产权保护是企业发展的关键。\n全市知识产项目陆续落地。老旧小区改造后知识产居民出行更方便。",
     "知识产"),
])
def test_a_piece_of_the_articles_word_planted_apart_goes_from_a_mirror(lines: str,
                                                                      piece: str) -> None:
    word = "高质量" if piece == "高质" else "知识产权"
    out = _mirror_rest(lines)
    assert out.count(piece) == 1
    assert word in out  # the article's word stays whole


@pytest.mark.parametrize("lines", [
    # planted once only: no recurrence
    "以高质量党建引领发展。\n全市高质项目陆续落地。",
    # five sites apart from the word: more than a chopped piece is planted, the article's own
    "以高质量党建引领发展。\n全市高质项目陆续落地。老旧小区改造后高质居民出行更方便。高质\n高质资金到位。高质",
    # one site where the article's common words cross it (提高|质检): it writes the string
    # there itself, so none goes
    "以高质量党建引领发展。\n全市高质项目陆续落地。老旧小区改造后高质居民出行更方便。努力提高质检水平。",
])
def test_a_string_the_article_writes_apart_stays(lines: str) -> None:
    assert _mirror_rest(lines) == lines


def test_a_page_with_few_cuts_keeps_a_piece_of_its_word() -> None:
    text = ("社区书记华体会官网带领党员走访群众。\n以高质量党建引领发展。\n全市高质项目陆续落地。"
            "老旧小区改造后高质居民出行更方便。")
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert out.count("高质") == 3


def test_in_own_word_reads_a_word_the_string_begins_or_ends() -> None:
    stats = shared_stats()
    assert _in_own_word(stats, "以高质量党建", 1, 3)
    assert not _in_own_word(stats, "基层高质鲜明", 2, 4)


# --- a numbered name before a word news seldom writes (发市) ---------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("工人们实行两班倒。\n668鑫发市统计局有关负责人介绍，消费市场持续回暖。", "668鑫发"),
    ("工人们实行两班倒。\n668鸿发市统计局有关负责人介绍，消费市场持续回暖。", "668鸿发"),
])
def test_a_numbered_name_before_a_rare_seam_word_goes_whole_from_a_mirror(line: str,
                                                                          name: str) -> None:
    assert _mirror_rest(line) == line.replace(name, "")


def test_a_numbered_name_before_a_common_word_keeps_the_word() -> None:
    # 发展 is a word news writes: the name is the one character (鑫), 发展改革局 the article's
    line = "工人们实行两班倒。\n668鑫发展改革局有关负责人介绍。"
    assert _mirror_rest(line) == line.replace("668鑫", "")


def test_a_page_with_few_cuts_reads_a_rare_seam_word_as_a_word() -> None:
    # One lexicon brand, no chopped pieces: no mirror, the numbered name stays as before
    text = "社区书记华体会官网带领党员走访群众。\n668鑫发市统计局有关负责人介绍，消费市场持续回暖。"
    out = InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text
    assert "668鑫发市" in out
