"""spam.injection: on a mirror, the sites of a recurring string planted inside a word go, its
other copies stay (InjectedFragments._mending_sites). Invented text and pieces."""

from __future__ import annotations

import pytest

from cleaners.spam import InjectedFragments

# An invented report using 推进 as its own word three times; {x}, {y}, {z} are where a piece may
# be planted inside a word (社|区, 治|理, 举|措), {w} a site between words.
_REPORT = ("今年以来，某某县推进基层建设，不断完善社{x}区服务体系。\n"
           "县里把推进乡村治{y}理作为重点，出台了一批务实举{z}措，{w}取得明显成效。\n"
           "下一步，该县将继续推进各项工作，让群众得到更多实惠。")


@pytest.fixture(scope="module")
def injection() -> InjectedFragments:
    return InjectedFragments()


def _mirror_spans(text: str) -> list[tuple[int, int, str]]:
    """Six cut sites of two strings: the page reads as a mirror (MIRROR_CUTS)."""
    spans = []
    for piece in ("外围投", "注平台"):
        at = text.find(piece)
        while at >= 0:
            spans.append((at, at + len(piece), "cut"))
            at = text.find(piece, at + 1)
    assert len(spans) >= 6
    return spans


def _page(**sites: str) -> str:
    fill = {"x": "", "y": "", "z": "", "w": "", **sites}
    return (_REPORT.format(**fill) + "\n外围投注平台外围投注平台外围投注平台。")


def _cut(injection: InjectedFragments, text: str, headline: str = "") -> list[str]:
    return [text[a:b] for a, b, _ in injection._mending_sites(text, _mirror_spans(text),
                                                              headline)]


def test_a_common_word_planted_inside_words_goes_only_there(
        injection: InjectedFragments) -> None:
    # 推进 planted in 社|推进|区 and 治|推进|理: both sites mend a word; the article's own three
    # 推进 sit between words and stay.
    text = _page(x="推进", y="推进")
    got = injection._mending_sites(text, _mirror_spans(text), "")
    assert [text[a:b] for a, b, _ in got] == ["推进", "推进"]
    assert {a for a, _, _ in got} == {text.find("社推进区") + 1, text.find("治推进理") + 1}
    assert all("re-joins the word" in why for _, _, why in got)


def test_one_mending_site_goes_only_on_a_mirror(injection: InjectedFragments) -> None:
    # 举|推进|措 (a deep split) goes on a mirror; on a page with two cuts only, one site of
    # a common word is not enough (two sites are: see the first test).
    text = _page(z="推进")
    assert _cut(injection, text) == ["推进"]
    spans = _mirror_spans(text)[:2]
    assert injection._mending_sites(text, spans, "") == []


def test_one_mending_site_of_a_rare_piece_goes(injection: InjectedFragments) -> None:
    # 精仿 is no common word: printed twice, one site inside 举|精仿|措 is enough.
    assert _cut(injection, _page(z="精仿", w="精仿")) == ["精仿"]


def test_a_piece_between_words_stays(injection: InjectedFragments) -> None:
    assert _cut(injection, _page(w="精仿")) == []


def test_a_compound_seam_is_no_mend(injection: InjectedFragments) -> None:
    # 人均|可支配|收入: deleting it joins two words (人均收入), it splits none.
    text = ("居民人均可支配收入增长，城镇居民人均可支配收入达到三万元。\n"
            + "外围投注平台外围投注平台外围投注平台。")
    assert injection._mending_sites(text, _mirror_spans(text), "") == []


def test_a_quoted_site_stays(injection: InjectedFragments) -> None:
    text = _page(x="推进", y="推进").replace("把推进乡村治推进理", "把“推进乡村治推进理”")
    got = injection._mending_sites(text, _mirror_spans(text), "")
    assert [a for a, _, _ in got] == [text.find("社推进区") + 1]


def test_a_site_in_the_headline_words_stays(injection: InjectedFragments) -> None:
    assert _cut(injection, _page(z="精仿", w="精仿"), "精仿 产品") == []


def test_a_site_touching_a_cut_stays(injection: InjectedFragments) -> None:
    text = _page(x="推进外围投", y="推进")
    assert _cut(injection, text) == []


def test_nothing_on_a_page_with_no_cut(injection: InjectedFragments) -> None:
    text = _page(x="推进", y="推进")
    assert injection._mending_sites(text, [], "") == []


def test_the_seed_pages_own_words_survive(injection: InjectedFragments) -> None:
    text = ("服务中心人来车往，人民群众跟党走，基层党建扎实推进。人民群众满意，基层党建有力，"
            "群众跟党走，服务中心人来车往。\n外围投注平台外围投注平台外围投注平台。")
    assert injection._mending_sites(text, _mirror_spans(text), "") == []


def test_an_own_phrase_recurring_with_its_company_stays(injection: InjectedFragments) -> None:
    # 县卫生健康局 twice: deleting 健康 leaves 卫生局 at both, the same two characters around
    # each site; the article's own institution, not a piece planted twice inside words.
    text = ("今年以来，县卫生健康局组织乡村医生进修。\n县卫生健康局负责人介绍，健康服务覆盖全县。\n"
            "外围投注平台外围投注平台外围投注平台。")
    assert injection._mending_sites(text, _mirror_spans(text), "") == []


def test_one_deep_split_of_a_common_word_goes_on_a_mirror(injection: InjectedFragments) -> None:
    # 北京 printed twice by the article, once planted in 朝鲜半|北京|岛: a split deeper than
    # MEND_ALONE goes by itself; the article's two 北京 stay.
    text = ("北京时间昨晚，外交部就朝鲜半北京岛局势答记者问。\n记者从北京获悉，会谈将于下周举行。\n"
            "外围投注平台外围投注平台外围投注平台。")
    got = injection._mending_sites(text, _mirror_spans(text), "")
    assert [(a, text[a:b]) for a, b, _ in got] == [(text.find("半北京岛") + 1, "北京")]


def test_one_shallow_split_of_a_common_word_stays(injection: InjectedFragments) -> None:
    # The article's own 议|身边|事 (deleting 身边 leaves 议事, gain -7.0): above MEND_ALONE.
    text = ("坝坝会上议身边事，村民说身边人。\n大家谈身边的变化。\n"
            "外围投注平台外围投注平台外围投注平台。")
    assert injection._mending_sites(text, _mirror_spans(text), "") == []
