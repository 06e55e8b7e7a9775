"""The exact shortcuts of the spam statistics give the answers of the searches they replace."""

from __future__ import annotations

import random

import numpy as np
import pytest

from cleaners.spam.injection import (
    _CLAUSE_OPENING,
    _CLAUSE_START,
    _NUMBERED_ADDRESS,
    _numbered_addresses,
    _word_across,
)
from cleaners.spam.stats import shared_stats


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
    assert stats.inner_pairs == expected


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
