"""The exact shortcuts of the spam statistics give the answers of the searches they replace."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaners.spam.injection import (
    _CLAUSE_OPENING,
    _CLAUSE_START,
    _HAN_RUN,
    _NUMBERED_ADDRESS,
    _clause_start_strings,
    _han_grams,
    _numbered_addresses,
    _quoted_at,
    _word_across,
)
from cleaners.spam.stats import shared_stats

if TYPE_CHECKING:
    from numpy.typing import NDArray


def test_pair_bound_reads_the_table_as_the_pair_search_answers() -> None:
    """pair_bound at its default threshold reads the bound-pair table; the search of the pair
    table (another threshold takes it) must give the same answer for every pair of words, and
    for random pairs of Han and other characters."""
    stats = shared_stats()
    keys = stats._pair_keys[::7].tolist()
    rng = random.Random(5)
    keys += [(rng.randrange(0x3300, 0xA100) << 21) | rng.randrange(0x3300, 0xA100)
             for _ in range(20000)]
    pairs = [chr(k >> 21) + chr(k & ((1 << 21) - 1)) for k in keys]
    han = [0x3400 <= ord(p[0]) < 0xA000 and 0x3400 <= ord(p[1]) < 0xA000 for p in pairs]
    searched = stats._pairs_searched(np.array(
        [k if h else 0 for k, h in zip(keys, han, strict=True)], dtype=np.uint64))
    expected = [bool(s) and h for s, h in zip(searched.tolist(), han, strict=True)]
    assert [stats.pair_bound(p) for p in pairs] == expected
    assert sum(expected) > 1000  # the table's True cells are read too


@pytest.mark.parametrize("text", [
    "访问ab88.com注册，或 www.Ab588.NET/ 下载；bet365.com.cn 与 3.5元", "没有网址的新闻。", "",
    "网址：http://www.xy2024.vip）", "版本1.0.2和file.txt", "a1b2.Com", "hg88.bet.",
])
def test_numbered_addresses_are_the_patterns_matches(text: str) -> None:
    """The gate on an address's end skips the address pattern only where it finds nothing."""
    assert ([m.span() for m in _numbered_addresses(text)]
            == [m.span() for m in _NUMBERED_ADDRESS.finditer(text)])


@pytest.mark.parametrize("text", ["", "一句话。二句，三\n四：五;6!七?", "\n\n末尾。", "无标点"])
def test_clause_openings_are_the_clause_starts(text: str) -> None:
    """The clause starts read from a scan of marks and line breaks are _CLAUSE_START's."""
    assert ({0, *(m.end() for m in _CLAUSE_OPENING.finditer(text))}
            == {m.end() for m in _CLAUSE_START.finditer(text)})


def _all_clause_start_strings(text: str, opens: set[int], longest: int) -> dict[str, list[int]]:
    """_clause_start_strings as first written: every start's run read, every string kept."""
    seen: dict[str, list[int]] = {}
    for at in sorted(opens):
        run = _HAN_RUN.match(text, at, at + longest)
        if run is not None:
            for size in range(2, run.end() - at + 1):
                seen.setdefault(text[at : at + size], []).append(at)
    return seen


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙丙丁戊己庚，。\n a", max_size=80), st.integers(3, 6),
       st.integers(2, 4))
def test_clause_start_strings_are_the_repeated_ones_of_every_start(text: str, longest: int,
                                                                   least: int) -> None:
    """Skipping the starts whose first pair opens too few clauses keeps every string opening
    ``least`` clauses or more, with the same starts, in the same order."""
    opens = {0, *(m.end() for m in _CLAUSE_OPENING.finditer(text))}
    every = _all_clause_start_strings(text, opens, longest)
    assert list(_clause_start_strings(text, opens, longest, least).items()) == [
        (frag, starts) for frag, starts in every.items() if len(starts) >= least]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙丙\u3400\u9fff\ua000\u33ff a\n", max_size=60), st.integers(1, 4))
def test_han_grams_are_the_counted_strings_of_the_han_runs(text: str, least: int) -> None:
    """The 2- and 3-character strings counted in numpy are those a Counter of every such
    string of the Han runs finds ``least`` times or more (the runs' edges included)."""
    from collections import Counter

    counts = Counter(run[i : i + k] for run in _HAN_RUN.findall(text) for k in (3, 2)
                     for i in range(len(run) - k + 1))
    assert sorted(_han_grams(text, least)) == sorted(f for f, n in counts.items() if n >= least)


@pytest.mark.parametrize("text", [
    "【金沙体育】官网入口", "★鸿运娱乐★app下载", "「某某棋牌」APP下载", "【通知】关于会议的安排",
    "★重要★今天开会", "▲图为现场", "",
])
def test_bracketed_brands_skip_pages_without_a_product_word(text: str) -> None:
    """bracketed_brands returns early on a page with no product word: its answers are the
    two patterns' matches all the same."""
    from cleaners.spam.lexicon import _bracketed_brand, _decorated_brand, bracketed_brands

    found = sorted([(m.start(), m.end(), m.start(1)) for m in _bracketed_brand().finditer(text)]
                   + [(m.start(), m.end(), m.start(2)) for m in _decorated_brand().finditer(text)])
    assert bracketed_brands(text) == found


@pytest.mark.parametrize("text", ["2024年ab88体育3g和5G网络", "", "88", "a", "12ab34cd 56 ef7", "第3名X1"])
def test_lettered_runs_are_the_alnum_runs_with_a_letter(text: str) -> None:
    """The runs read from their first letter are _ALNUM_RUN's runs that are no number."""
    from cleaners.spam.injection import _ALNUM_RUN, _lettered_runs

    assert _lettered_runs(text) == [m.span() for m in _ALNUM_RUN.finditer(text)
                                    if not m.group().isdigit()]


def test_inner_pairs_are_every_pair_inside_a_short_word() -> None:
    """inner_pairs, made from the table's arrays, holds exactly the side-by-side pairs of the
    dictionary's words of two to four characters with a frequency of 1 or more."""
    stats = shared_stats()
    expected = {(ord(w[k]) << 21) | ord(w[k + 1]) for w, count in stats.freq.items()
                if count >= 1 and 2 <= len(w) <= 4 for k in range(len(w) - 1)}
    assert stats.inner_pairs.keys() == expected


def test_the_pair_tables_are_left_alone_by_the_garbage_collector() -> None:
    """The pair tables the spam cleaners keep for the process (inner_pairs, the rare bound
    pairs, the dense ids) give the collector nothing to walk once it has seen them: a
    frozenset of 296k ints cost every full collection some 60 ms."""
    import gc

    stats = shared_stats()
    tables = [stats.inner_pairs, stats._rare_bound, stats._dense_ids]
    gc.collect()
    assert all(len(table) > 10_000 for table in tables)
    assert all(not gc.is_tracked(table) or len(gc.get_referents(table)) <= 1
               for table in tables)
    assert stats.pair_bound("人民")
    assert not stats.pair_bound("民群")


def _word_across_by_lookups(text: str, seam: int) -> bool:
    """_word_across without its pair screen: every string of 2-4 characters over the seam."""
    freq = shared_stats().freq
    return any(freq.get(text[i:j], 0) >= 1 for i in range(max(0, seam - 3), seam)
               for j in range(seam + 1, min(len(text), i + 4) + 1))


@pytest.mark.parametrize("text", [
    "经典老歌在人民群众中广为流传，社会各界召开会议。", "组赢家汇织发赢家汇展", "中华人民共和国万岁B超T恤",
    "𠀀中华𠀀人民", "ab", "", "中", "新闻\n发布会上，记者问道：“会不会？”",
])
def test_word_across_screen_answers_as_the_lookups(text: str) -> None:
    """The pair screen of _word_across settles a seam only where no word crosses it: at every
    seam (the page's ends included) the answer is the full lookups'."""
    stats = shared_stats()
    assert ([_word_across(stats, text, seam) for seam in range(-1, len(text) + 2)]
            == [_word_across_by_lookups(text, seam) for seam in range(-1, len(text) + 2)])


# Characters for the random strings of the deletion tests: the characters of common words (so
# words form and cross seams), words of five characters or more (so the long-key check finds
# keys), characters that are no word alone, and a line break (windows end at a line's end).
def _deletion_alphabet() -> tuple[list[str], list[str]]:
    stats = shared_stats()
    rng = random.Random(11)
    words = sorted(w for w, count in stats.freq.items() if count >= 1)
    short = [w for w in words if 2 <= len(w) <= 3]
    long = [w for w in words if len(w) >= 5]
    pieces = rng.sample(short, 300) + rng.sample(long, 60)
    loners = [c for c in "𠀀ab，。\n氵龘" if stats.freq.get(c, 0) < 1]
    return pieces, loners


_PIECES, _LONERS = _deletion_alphabet()
_DELETION_TEXT = st.lists(st.sampled_from(_PIECES + _LONERS) | st.text(
    alphabet="".join(sorted(set("".join(_PIECES[:80])))), min_size=1, max_size=3),
    min_size=1, max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(_DELETION_TEXT, _DELETION_TEXT)
def test_closed_seam_bonus_is_the_routes_difference(left: str, right: str) -> None:
    """closed_seam_bonus's one walk over the left side gives route(left + right) -
    route(left) - route(right), up to rounding."""
    stats = shared_stats()
    expected = stats.route(left + right) - stats.route(left) - stats.route(right)
    assert abs(stats.closed_seam_bonus(left, right) - expected) < 1e-9
    assert abs(stats.closed_seam_bonus("", right)) < 1e-9
    assert abs(stats.closed_seam_bonus(left, "")) < 1e-9


def _kept_sites(text: str) -> list[tuple[int, int]]:
    """Every site of 2-4 characters that _inside_word_strings keeps (no word of 2-4
    characters across either seam), the text's ends and line ends included."""
    stats = shared_stats()
    return [(a, a + k) for k in (2, 3, 4) for a in range(len(text) - k + 1)
            if "\n" not in text[a : a + k]
            and not (_word_across(stats, text, a) or _word_across(stats, text, a + k))]


def _rejoins_answers(texts: list[str]) -> tuple[int, int, int]:
    """Asserts that _rejoins_word answers as the deletion test at every kept site of the
    texts, and that its shortcut's gain is the deletion gain up to rounding; returns the
    sites, those with a long key in the window (the gain asked), and the True answers."""
    from cleaners.spam.fragments import SPLIT
    from cleaners.spam.injection import _rejoins_word
    from cleaners.spam.stats import _cut_window

    stats = shared_stats()
    sites = keyed = splits = 0
    for text in texts:
        for a, b in _kept_sites(text):
            gain = stats.deletion_gain(text, a, b, 4)
            assert _rejoins_word(stats, text, a, b, 4) == (gain <= SPLIT), (text, a, b)
            lo, hi = _cut_window(text, a, b, 4)
            if any(text[i : i + 5] in stats.freq for i in range(lo, min(b, hi - 4))):
                keyed += 1
            else:
                bonus = stats.closed_seam_bonus(text[lo:a], text[b:hi])
                assert abs(gain + bonus) < 1e-9, (text, a, b)
            sites += 1
            splits += gain <= SPLIT
    return sites, keyed, splits


@settings(max_examples=300, deadline=None)
@given(_DELETION_TEXT)
def test_rejoins_word_answers_as_the_deletion_test(text: str) -> None:
    """At every site _inside_word_strings keeps, _rejoins_word's answer is the deletion
    test's, on random strings of words, pieces of words and characters that are no word."""
    _rejoins_answers([text])


def test_rejoins_word_answers_as_the_deletion_test_on_pages() -> None:
    """The same on article pages and on chopped words (a planted string between the halves
    of a word, 经典老|赢家汇|歌), so both answers and both ways to the gain are asked."""
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "gold_like"
    pages = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[::20]]
    rng = random.Random(3)
    words = [w for w in _PIECES if len(w) >= 2]
    chopped = []
    for _ in range(200):
        word, piece = rng.choice(words), rng.choice(words)
        cut = rng.randrange(1, len(word))
        chopped.append(rng.choice(_PIECES) + word[:cut] + piece + word[cut:]
                       + rng.choice(_PIECES))
    sites, keyed, splits = _rejoins_answers(pages + chopped)
    assert sites > 5000
    assert keyed > 50
    assert splits > 20


def test_rejoins_word_asks_the_gain_near_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the shortcut's gain is within _ROUNDING of SPLIT the deletion test answers:
    with the margin made wide, every site goes there and the answers stay the same."""
    import cleaners.spam.injection as injection

    monkeypatch.setattr(injection, "_ROUNDING", 1e9)
    sites, _, splits = _rejoins_answers(["经典老赢家汇歌在人民群众中广为流传", "名众跟山名众跟山"])
    assert sites > 5
    assert splits >= 1


def _lexicon_lines() -> list[str]:
    """Lines for the lexicon's scan: terms, respellings and initials (with a number, with a
    promo word) at a line's start, middle and end, cut short, in upper case, beside letters,
    digits and the characters that change case oddly (İ, Σ), and lines with no term."""
    from cleaners.spam.lexicon import shared_lexicon

    lexicon = shared_lexicon()
    rng = random.Random(7)
    terms = rng.sample(sorted(lexicon.entries), 40) + rng.sample(sorted(lexicon.respelled), 20)
    initials = rng.sample(sorted(lexicon.initials), 10)
    lines = ["今天召开会议。", "", "a", "Σ", "ΑΣ", "İstanbul新闻", "88", "x", "官网"]
    for term in terms:
        lines += [term, f"新闻{term}报道", f"报道{term}", term[:-1], term.upper(), f"a{term}1"]
    for name in initials:
        lines += [f"{name}88", f"访问{name}88", f"{name}官网入口", f"{name}", f"{name}88.com",
                  f"{name.upper()}88", f"x{name}官网"]
    return lines


def test_any_hit_in_joined_texts_misses_no_texts_hit() -> None:
    """_any_hit_in's one scan of texts joined by line breaks says False only where the
    lexicon's any_hit finds nothing in any of the texts alone."""
    from cleaners.spam.injection import _any_hit_in
    from cleaners.spam.lexicon import shared_lexicon

    lexicon = shared_lexicon()
    lines = _lexicon_lines()
    rng = random.Random(9)
    hits = 0
    for _ in range(3000):
        texts = ["\n".join(rng.choices(lines, k=rng.randrange(1, 3)))
                 for _ in range(rng.randrange(0, 5))]
        alone = any(lexicon.any_hit(text) for text in texts)
        hits += alone
        assert _any_hit_in(texts) or not alone, texts
    assert hits > 1000
    assert all(lexicon.any_hit(line) == _any_hit_in([line]) for line in lines)


@pytest.mark.parametrize("text", [
    "组赢家汇织发赢家汇展，赢家汇赢家汇。哈哈哈哈，哈哈哈", "经典老歌在人民群众中广为流传，人民群众", "ab\nab",
    "𠀀中华𠀀中华", "", "中", "一二三四五六七八九十一二三",
])
def test_may_recur_rules_out_only_strings_that_do_not_recur(text: str) -> None:
    """_may_recur is False only for strings that str.count finds fewer than ``least`` times,
    at every start and size, self-overlapping strings (哈哈哈) included; a page's strings that
    occur once are mostly ruled out."""
    from cleaners.spam.injection import _may_recur, _pair_sites

    sites = _pair_sites(text)
    for size in (2, 3, 4):
        starts = np.arange(max(len(text) - size + 1, 0), dtype=np.intp)
        for least in (1, 2, 3):
            may = _may_recur(sites, starts, size, least)
            for a, maybe in zip(starts.tolist(), may, strict=True):
                assert maybe or text.count(text[a : a + size]) < least, (text, a, size)


def test_may_recur_on_pages() -> None:
    """The same on article pages, where it rules out most strings that occur once."""
    from pathlib import Path

    from cleaners.spam.injection import _may_recur, _pair_sites

    folder = Path(__file__).parent / "fixtures" / "gold_like"
    once = ruled_out = 0
    for page in sorted(folder.glob("*.txt"))[::25]:
        text = page.read_text(encoding="utf-8")
        sites = _pair_sites(text)
        for size in (2, 3, 4):
            starts = np.arange(len(text) - size + 1, dtype=np.intp)
            for a, maybe in zip(starts.tolist(), _may_recur(sites, starts, size, 2), strict=True):
                count = text.count(text[a : a + size])
                assert maybe or count < 2
                once += count < 2
                ruled_out += not maybe
    assert ruled_out > 0.8 * once


def test_candidates_asked_for_splitting_fragments_are_all_or_none() -> None:
    """candidates with ``min_splitting`` gives every candidate, as without it, where that many
    of them split a word at some site (gain at or below SPLIT), and none elsewhere: on
    article pages and on pages with a phrase chopped into them."""
    from pathlib import Path

    from cleaners.spam.charstats import char_table
    from cleaners.spam.fragments import SPLIT, candidates, piece_model
    from cleaners.spam.lexicon import selling_terms

    stats, model, terms, table = shared_stats(), piece_model(), selling_terms(), char_table()
    folder = Path(__file__).parent / "fixtures" / "gold_like"
    pages = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[::15]]
    rng = random.Random(4)
    for page in pages[:8]:  # a phrase chopped into pieces, each planted three times
        phrase = "线上棋牌游戏天天送金币"
        for piece in (phrase[i : i + 3] for i in range(0, len(phrase), 3)):
            for _ in range(3):
                at = rng.randrange(len(page))
                page = page[:at] + piece + page[at:]
        pages.append(page)
    seen = set()
    for page in pages:
        full = candidates(page, stats, table, terms, model.screen)
        splitting = sum(any(g <= SPLIT for g in c.gains) for c in full)
        for need in (1, 2, 3):
            asked = candidates(page, stats, table, terms, model.screen, min_splitting=need)
            assert asked == (full if splitting >= need else [])
            seen.add(splitting >= need)
    assert seen == {True, False}



def test_candidates_from_a_page_memo_are_those_worked_out_afresh() -> None:
    """candidates() with the page's PageFragments memo gives, for any screen, the list a call
    without it gives: after a narrower call (the model's screen, asked for splitting
    fragments or not, or any subset) the unscreened list holds the screened candidates
    unchanged and the others in the order found, every float the same (a fragment's gains
    and neighbouring words are its own sites', whatever batch works them out)."""
    from pathlib import Path

    from cleaners.spam.charstats import char_table
    from cleaners.spam.fragments import PageFragments, candidates, piece_model
    from cleaners.spam.lexicon import selling_terms

    stats, model, terms, table = shared_stats(), piece_model(), selling_terms(), char_table()
    folder = Path(__file__).parent / "fixtures" / "gold_like"
    pages = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[3::25]]
    rng = random.Random(18)
    for page in pages[:6]:  # a phrase chopped into pieces, each planted three times
        phrase = "真人娱乐平台注册就送彩金"
        for piece in (phrase[i : i + 2] for i in range(0, len(phrase), 2)):
            for _ in range(3):
                at = rng.randrange(len(page))
                page = page[:at] + piece + page[at:]
        pages.append(page)
    compared = 0
    for n, page in enumerate(pages):
        stats.forget()
        fresh_all = candidates(page, stats, table, terms, None)
        stats.forget()
        fresh_screened = candidates(page, stats, table, terms, model.screen)
        some = random.Random(n)

        def any_subset(x: np.ndarray, draw: random.Random = some) -> np.ndarray:
            return np.array([draw.random() < 0.3 for _ in range(len(x))], dtype=bool)

        for first in (model.screen, any_subset):
            for need in (0, 2):
                stats.forget()
                memo = PageFragments()
                narrow = candidates(page, stats, table, terms, first, min_splitting=need,
                                    memo=memo)
                assert set(narrow) <= set(fresh_all)
                assert candidates(page, stats, table, terms, model.screen,
                                  memo=memo) == fresh_screened
                assert candidates(page, stats, table, terms, None, memo=memo) == fresh_all
                assert candidates(page, stats, table, terms, None, memo=memo) == fresh_all
        memo = PageFragments()  # another page in the same memo is worked out afresh
        candidates(pages[n - 1], stats, table, terms, None, memo=memo)
        assert candidates(page, stats, table, terms, None, memo=memo) == fresh_all
        compared += len(fresh_all)
    assert compared > 50

def test_page_memo_recurring_is_a_fresh_search() -> None:
    """PageFragments.recurring (what _seam_term_pieces reads) is _recurring's answer for any
    smaller site limit, the same strings in the same order with the same sites, on pages with
    pieces planted 2-9 times; None for another text or a limit the memo cannot answer."""
    from pathlib import Path

    from cleaners.spam.charstats import char_table
    from cleaners.spam.fragments import PageFragments, _han_mask, _recurring
    from cleaners.spam.lexicon import selling_terms

    stats, terms, table = shared_stats(), selling_terms(), char_table()
    folder = Path(__file__).parent / "fixtures" / "gold_like"
    pages = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[5::30]]
    rng = random.Random(26)
    for page in pages[:5]:
        for piece in ("金沙", "娱乐城", "彩金注册", "哈哈哈"):
            for _ in range(rng.randrange(2, 10)):
                at = rng.randrange(len(page))
                page = page[:at] + piece + page[at:]
        pages.append(page)
    compared = 0
    for page in pages:
        memo = PageFragments()
        memo.load(page, stats, table, terms, 4, 8)
        for sites in range(2, 9):
            got = memo.recurring(page, 4, sites)
            want = _recurring(page, 4, sites, _han_mask(page))
            assert got is not None
            assert list(got.items()) == list(want.items())
            compared += len(want)
        assert memo.recurring(page, 4, 9) is None
        assert memo.recurring(page, 3, 4) is None
        assert memo.recurring(page + "。", 4, 4) is None
    assert compared > 100


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙\n", max_size=40), st.lists(st.integers(0, 40), max_size=6),
       st.sets(st.integers(0, 8)), st.booleans())
def test_cut_lines_by_bisection_are_the_counted_lines(text: str, starts: list[int],
                                                      cut_lines: set[int], every: bool) -> None:
    """_in_cut_lines reading a site's line off the line breaks' offsets answers as it does
    counting the breaks before the site."""
    from bisect import bisect_left

    from cleaners.spam.injection import _LINE_BREAK, _in_cut_lines

    starts = [a for a in starts if a <= len(text)]
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    assert all(bisect_left(breaks, a) == text.count("\n", 0, a) for a in starts)
    assert (_in_cut_lines(text, starts, cut_lines, every=every, breaks=breaks)
            == _in_cut_lines(text, starts, cut_lines, every=every))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙\n", max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3)), max_size=6))
def test_cut_sites_lines_are_the_counted_lines(text: str, cuts: list[tuple[int, int]]) -> None:
    """_cut_sites' line numbers (and a site's line read off its breaks) are the counts of the
    line breaks before each site."""
    from bisect import bisect_left

    from cleaners.spam.injection import _cut_sites

    spans = [(a, min(a + k, len(text)), "") for a, k in cuts if a <= len(text)]
    taken, lines, breaks = _cut_sites(text, spans)
    assert taken == [(a, b) for a, b, _ in spans]
    assert lines == {text.count("\n", 0, a) for a, _, _ in spans}
    assert all(bisect_left(breaks, a) == text.count("\n", 0, a) for a in range(len(text) + 1))


def _fresh_stranded(frags: list[str], limit: float) -> list[tuple[bool, bool, bool]]:
    """stranded() one string at a time, on an empty memo (its own segmentation of each)."""
    stats = shared_stats()
    stats.forget()
    return [stats.stranded(f, limit) for f in frags]


@pytest.mark.parametrize("limit", [0.5, 0.3, 0.9, 1.5])
def test_stranded_many_is_stranded_of_each(limit: float) -> None:
    """The batch segmentation gives stranded()'s answers: for every run of one to four
    characters of pages (words, prefixes and unknown characters among them), random Han
    strings, and strings with the padding character or characters outside the per-character
    array in them. Enough strings that the batch is taken."""
    stats = shared_stats()
    text = ("网络直播平台被约谈，中国人民银行发布公告。基层党组织服务中心人来车往，外围投注平台"
            "名众跟山就是金山银山。鸿运彩票注册送彩金，㐀㐁丂丄丅丆万丈三上下。")
    frags = sorted({text[i : i + k] for k in range(1, 5) for i in range(len(text) - k + 1)})
    rng = random.Random(3)
    frags += ["".join(chr(rng.randrange(0x3400, 0xA000)) for _ in range(rng.randint(1, 4)))
              for _ in range(3000)]
    frags += ["\x00中", "中\uffff", "ab", "a中", "中。国", "中国人民银行", "中国"]
    expected = _fresh_stranded(frags, limit)
    stats.forget()
    assert stats.stranded_many(frags, limit) == expected
    assert stats.stranded_many(frags, limit) == expected  # from its memo


def test_stranded_many_without_the_batch() -> None:
    """Few strings, or one above U+FFFF, go one by one: the same answers."""
    stats = shared_stats()
    few = ["注平台", "外围投", "民群", "中国"]
    many = few * 30 + ["𠀀中"] + [chr(0x4E00 + i) + chr(0x4E80 + i) for i in range(100)]
    for frags in (few, many):
        expected = _fresh_stranded(frags, 0.5)
        stats.forget()
        assert stats.stranded_many(frags) == expected


def test_stranded_of_an_empty_string_strands_nothing() -> None:
    """An empty string has no words, so no character is left alone (it raised IndexError)."""
    stats = shared_stats()
    assert stats.stranded("") == (False, False, False)
    assert stats.stranded_many(["", "注平台"])[0] == (False, False, False)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="中国人民银行发布公告注册平台外围投名山就是金银的了\x00a。",
                        min_size=1, max_size=4), min_size=64, max_size=80))
def test_stranded_many_on_random_strings(frags: list[str]) -> None:
    """Random strings from a few characters that form words (the batch's walks)."""
    stats = shared_stats()
    expected = _fresh_stranded(frags, 0.5)
    stats.forget()
    assert stats.stranded_many(frags) == expected


def test_stranded_many_keeps_what_han_words_keeps() -> None:
    """The batch leaves in the word memos what han_words() would: the same words, route and
    suffix routes of every string (so a later han_words, route or concat_route of it reads
    the same floats)."""
    stats = shared_stats()
    text = "网络直播平台被约谈中国人民银行发布公告基层党组织服务中心人来车往外围投注平台名众跟山"
    rng = random.Random(9)
    frags = sorted({text[i : i + k] for k in range(1, 5) for i in range(len(text) - k + 1)})
    frags += ["".join(chr(rng.randrange(0x3400, 0xA000)) for _ in range(rng.randint(1, 4)))
              for _ in range(500)]
    stats.forget()
    expected = {f: (stats.han_words(f), stats._routes[f], stats._suffixes[f]) for f in frags}
    stats.forget()
    stats.stranded_many(frags)
    assert {f: (list(stats._words[f]), stats._routes[f], stats._suffixes[f])
            for f in frags} == expected
    assert all(stats.route(f) == stats._route(f) for f in frags)


@pytest.mark.parametrize("text", [
    "组赢家汇织发赢家汇展，赢家汇赢家汇。哈哈哈哈，哈哈哈", "经典老歌在人民群众中广为流传，人民群众", "",
    "全县推进共建共享，基共建共层治理，共建共享共建共好。", "更杭州驾加快，杭州驾。杭州驾的车", "中华中华中华中华",
])
def test_recurring_bridged_sites_leave_both_screens_answers(text: str) -> None:
    """The bridged sites whose string may recur (_recurring_bridged, as __call__ hands them to
    both screens) give _recurring_splits (its cuts and ``lone``) and _inside_word_strings the
    answers they give reading every bridged site: a site dropped is one of a string that
    occurs once, which neither screen cuts, lists or counts."""
    from cleaners.spam.injection import (
        InjectedFragments,
        _pair_sites,
        _recurring_bridged,
    )

    detector = InjectedFragments()
    stats = shared_stats()
    chance: list[tuple[int, NDArray[np.intp]]] = []
    every = detector._bridged_sites(text, stats, chance)
    kept = _recurring_bridged(every, _pair_sites(text), detector.min_repeats) if every else []
    lone_every: list[str] = []
    lone_kept: list[str] = []
    assert (detector._recurring_splits(text, [], lone_every, every)
            == detector._recurring_splits(text, [], lone_kept, kept))
    assert lone_every == lone_kept
    # the model's screen reads the chance sites too (one seam a bound pair), kept alike
    screened = [*kept, *_recurring_bridged(chance, _pair_sites(text), detector.min_repeats)
                ] if every else []
    for need in (1, 2, 3):
        assert (detector._inside_word_strings(text, need, [*every, *chance])
                == detector._inside_word_strings(text, need, screened))


def test_recurring_bridged_sites_on_pages() -> None:
    """The same on article pages, with a phrase's pieces planted in some, where most bridged
    sites are of strings that occur once and are dropped."""
    from pathlib import Path

    from cleaners.spam.injection import (
        InjectedFragments,
        _pair_sites,
        _recurring_bridged,
    )

    detector = InjectedFragments()
    stats = shared_stats()
    rng = random.Random(3)
    folder = Path(__file__).parent / "fixtures" / "gold_like"
    sites = dropped = 0
    # a fixed sample (the pages up to gl471, every fifteenth), so that new fixture pages do not
    # move it
    for page in [p for p in sorted(folder.glob("*.txt")) if p.name < "gl472"][::15]:
        text = page.read_text(encoding="utf-8")
        for piece in ("心人", "赢家汇", "共建共") if rng.random() < 0.5 else ():
            for _ in range(3):
                at = rng.randrange(len(text) + 1)
                text = text[:at] + piece + text[at:]
        chance: list[tuple[int, NDArray[np.intp]]] = []
        every = detector._bridged_sites(text, stats, chance)
        kept = _recurring_bridged(every, _pair_sites(text), detector.min_repeats)
        sites += sum(s.shape[0] for _, s in every)
        dropped += sum(s.shape[0] for _, s in every) - sum(s.shape[0] for _, s in kept)
        lone_every: list[str] = []
        lone_kept: list[str] = []
        assert (detector._recurring_splits(text, [], lone_every, every)
                == detector._recurring_splits(text, [], lone_kept, kept)), page.name
        assert lone_every == lone_kept, page.name
        screened = [*kept, *_recurring_bridged(chance, _pair_sites(text), detector.min_repeats)]
        assert (detector._inside_word_strings(text, 2, [*every, *chance])
                == detector._inside_word_strings(text, 2, screened)), page.name
    # (about half: 141 of 275 on this sample; an every-fifteenth sample of all pages moved
    # with each batch of new pages, 161 of 322 after gl477 and 156 of 315 after gl501)
    assert dropped >= 0.5 * sites


def _proving_names_as_before(text: str, products: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """_proving_brands' coined names as read before the bridge test came first: the word
    across the name's end (unless the re-joined word outweighs it) asked at every site, the
    sizes tested one by one (the reference for the test below)."""
    from cleaners.spam import injection as inj
    from cleaners.spam.lexicon import promo_words

    detector = inj.InjectedFragments()
    stats = shared_stats()
    promos = dict(promo_words(text))
    found: list[tuple[float, int, int]] = []
    for start, end in [*products, *(m.span() for m in inj._NAME_ENDINGS.finditer(text))]:
        while end in promos:
            end = promos[end]
        if not inj._is_han(text, end):
            continue
        best: tuple[float, int] | None = None
        for size in (2, 3):
            a = start - size
            name = text[a:start]
            if (a < 1 or not all(inj._is_han(text, i) for i in range(a - 1, start))
                    or not stats.pair_bound(text[a - 1] + text[end])
                    or inj._function_word_seam(text, a, end)
                    or (_word_across(stats, text, end)
                        and not inj._rejoined_outweighs(stats, text, a, end))
                    or stats.is_word(text[a:end]) or _word_across(stats, text, a)
                    or stats.is_word(name, inj.COMMON_NAME)
                    or any(c in inj._FUNCTION_CHARS for c in name)
                    or inj._referring_phrase(name)):
                continue
            gain = stats.deletion_gain(text, a, end, detector.window)
            if best is None or gain < best[0] - 2:
                best = (gain, a)
        if best is not None and best[0] <= inj.NAME_SPLIT:
            found.append((*best, end))
    out: list[tuple[int, int]] = []
    for _, a, b in sorted(found):
        if not inj._inside(a, b, out):
            out.append((a, b))
    return out


def test_proving_brands_test_the_bridge_before_the_word_across_the_end(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """_proving_brands asks whether a word crosses a name's end only where the characters
    either side of a name of two or three characters are bound: the coined names it reads
    are those it read asking at every site, on article pages with coined brands planted
    inside words and without."""
    from pathlib import Path

    from cleaners.spam import injection as inj
    from cleaners.spam.lexicon import product_words

    monkeypatch.setattr(inj, "_lettered_runs", lambda text: [])
    monkeypatch.setattr(inj.InjectedFragments, "_split_tokens", lambda self, *a, **k: [])
    detector = inj.InjectedFragments()
    rng = random.Random(11)
    folder = Path(__file__).parent / "fixtures" / "gold_like"
    read = 0
    for page in sorted(folder.glob("*.txt"))[::10]:
        text = page.read_text(encoding="utf-8")
        for brand in ("瑞福城", "锦川汇", "金樽娱乐") if rng.random() < 0.6 else ():
            for _ in range(2):
                at = rng.randrange(len(text) + 1)
                text = text[:at] + brand + text[at:]
        products = [(a, b) for a, b in product_words(text)
                    if not inj._NAME_HEADS.match(text, b)]
        expected = _proving_names_as_before(text, products)
        assert [(a, b) for a, b, _ in detector._proving_brands(text, products)] == expected
        read += len(expected)
    assert read > 0


def _quoted_by_line(text: str, start: int) -> bool:
    """_quoted_at as first written: the line's last opener after its last closer."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    opened = max(line.rfind(c) for c in "“《「『")
    return opened >= 0 and max(line.rfind(c) for c in "”》」』") < opened


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“《「『”》」』\n某甲乙说", max_size=40))
def test_quoted_at_answers_as_the_line_test(text: str) -> None:
    """Asked often enough about one text, _quoted_at indexes its marks: every answer, before
    and after the index, is the line test's."""
    for _ in range(2):
        assert [_quoted_at(text, a) for a in range(len(text) + 1)] == [
            _quoted_by_line(text, a) for a in range(len(text) + 1)]
