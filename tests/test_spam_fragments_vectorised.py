"""spam.fragments computes the cheap evidence of all candidates at once in numpy: the floats
must be exactly those of the per-fragment Python loop it replaced (kept here as the
reference), on seed pages and on bench pages with injected pieces. The seams the link
features remember for the propagation round give the same rows as fresh ones. Likewise the
features after the deletion test (gain features, the runs beside each site)."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from cleaners.spam import fragments
from cleaners.spam.charstats import char_table, codes_of, word_pairs
from cleaners.spam.lexicon import selling_terms
from cleaners.spam.stats import ChineseStats, shared_stats

from .conftest import load_bench, shared_path

_LO, _HI = 0x3400, 0xA000


def _pages() -> list[str]:
    pages = [p.read_text("utf-8") for p in sorted(shared_path("seeds").glob("*.txt"))]
    bench = load_bench("spam_inject")
    rng = random.Random(3)
    for text in bench.clean_articles(4, rng, shared_path("gold")):
        pages.append(bench.inject(text, rng, brands=bench.BRANDS)[0])
    return pages


def _reference_repeats(text: str, max_len: int, max_sites: int) -> dict[str, list[int]]:
    """Every Han run of 2..max_len characters found twice or more, then the per-fragment
    filter: at most max_sites sites, and maximal."""
    han = [_LO <= ord(c) < _HI for c in text]
    reps: dict[str, list[int]] = {}
    for k in range(2, max_len + 1):
        counts: dict[str, int] = {}
        for p in range(len(text) - k + 1):
            if all(han[p : p + k]):
                counts[text[p : p + k]] = counts.get(text[p : p + k], 0) + 1
        for p in range(len(text) - k + 1):
            if all(han[p : p + k]) and counts[text[p : p + k]] >= 2:
                reps.setdefault(text[p : p + k], []).append(p)
    out = {}
    n = len(text)
    for frag, starts in reps.items():
        k = len(frag)
        lefts = [text[a - 1] if a and han[a - 1] else "" for a in starts]
        rights = [text[a + k] if a + k < n and han[a + k] else "" for a in starts]
        if len(starts) > max_sites or (k < max_len and (
                (len(set(lefts)) == 1 and lefts[0]) or (len(set(rights)) == 1 and rights[0]))):
            continue
        out[frag] = starts
    return out


def _reference_cheap(text: str, frag: str, starts: list[int], stats: ChineseStats,
                     terms: frozenset[str]) -> tuple[float, ...]:
    """The per-fragment loop the numpy grid replaced."""
    table = char_table()
    ids = table.ids(text)
    adj = (table.table[ids[:-1], ids[1:]].astype(np.float64) / 8.0).tolist()
    k, m, n = len(frag), len(starts), len(text)
    hop = (table.table[ids[: -(k + 1)], ids[k + 1 :]].astype(np.float64) / 8.0).tolist()
    han = [_LO <= ord(c) < _HI for c in text]
    lefts = [text[a - 1] if a and han[a - 1] else "" for a in starts]
    rights = [text[a + k] if a + k < n and han[a + k] else "" for a in starts]
    freq = stats.freq.get(frag, 0)
    llrs, bound_l, bound_r, edges = [], 0.0, 0.0, 0
    for a, left, right in zip(starts, lefts, rights, strict=True):
        lf = adj[a - 1] if left else 0.0
        fr = adj[a + k - 1] if right else 0.0
        lr = hop[a - 1] if left and right else 0.0
        edges += not (left and right)
        llrs.append(max(-4.0, min(4.0, lr - lf - fr)))
        bound_l, bound_r = max(bound_l, lf), max(bound_r, fr)

    def mode_share(chars: list[str]) -> float:
        seen = [c for c in chars if c]
        return max(seen.count(c) for c in set(seen)) / len(chars) if seen else 0.0

    low = frag.lower()
    quads = {text[i : i + 4] for i in range(len(text) - 3)}
    return (
        1.0, float(k == 3), float(k >= 4), math.log(m), float(m > 4), float(freq >= 5),
        math.log1p(freq) / 10.0, float(freq < 5 and stats.strands_bound_char(frag)),
        sum(llrs) / m / 2.0, len(set(lefts)) / m, len(set(rights)) / m, edges / m,
        bound_l / 4.0, bound_r / 4.0,
        float(any(low[i:j] in terms for i in range(k) for j in range(i + 2, k + 1))),
        max(mode_share(lefts), mode_share(rights)) if m > 2 else 0.0,
        max(llrs) / 2.0, min(llrs) / 2.0, *map(float, stats.stranded(frag)[:2]),
        min(adj[starts[0] : starts[0] + k - 1]) / 4,
        stats.standalone(frag[0]), stats.standalone(frag[-1]),
        _reference_rejoined(text, frag, starts, quads),
    )


def _reference_rejoined(text: str, frag: str, starts: list[int], quads: set[str]) -> float:
    k, hits = len(frag), 0
    for a in starts:
        left, right = text[max(0, a - 2):a], text[a + k:a + k + 2]
        if len(left) == 2 and len(right) == 2 and "\n" not in left + right:
            hits += (left + right) in quads
    return hits / len(starts)


@pytest.fixture(scope="module")
def pages() -> list[str]:
    return _pages()


def test_recurring_fragments_equal_the_per_fragment_filter(pages: list[str]) -> None:
    for text in pages:
        mask = fragments._han_mask(text)
        got = fragments._recurring(text, 4, 8, mask)
        want = _reference_repeats(text, 4, 8)
        assert list(got.items()) == list(want.items())


def test_cheap_features_equal_the_per_fragment_loop(pages: list[str]) -> None:
    stats, terms = shared_stats(), selling_terms()
    checked = 0
    for text in pages:
        mask = fragments._han_mask(text)
        found = list(fragments._recurring(text, 4, 8, mask).items())
        if not found:
            continue
        x = fragments._cheap_matrix(text, found, mask, stats,
                                    fragments._PagePmi(char_table(), text, 4), terms)
        assert x.shape == (len(found), len(fragments.CHEAP_FEATURES))
        for row, (frag, starts) in zip(x.tolist(), found, strict=True):
            assert tuple(row) == _reference_cheap(text, frag, starts, stats, terms), frag
            checked += 1
    assert checked > 500


@pytest.mark.parametrize("text", ["甲乙民群丙丁，甲乙丙丁民群", "甲乙民群丙丁\n甲乙民群丙丁", "民群丙丁，民群"])
def test_rejoined_neighbours_are_found_elsewhere_in_the_page(text: str) -> None:
    # 甲乙|民群|丙丁 with 甲乙丙丁 further on; a line break among the four, or fewer than two
    # characters on a side, is no evidence.
    mask = fragments._han_mask(text)
    found = list(fragments._recurring(text, 4, 8, mask).items())
    x = fragments._cheap_matrix(text, found, mask, shared_stats(),
                                fragments._PagePmi(char_table(), text, 4), selling_terms())
    for row, (frag, starts) in zip(x.tolist(), found, strict=True):
        assert tuple(row) == _reference_cheap(text, frag, starts, shared_stats(),
                                              selling_terms())


def test_a_page_of_one_repeated_pair_at_its_edges() -> None:
    # Sites at the page's first and last characters: no neighbour, no pair past the end.
    text = "民群，民群"
    mask = fragments._han_mask(text)
    found = list(fragments._recurring(text, 4, 8, mask).items())
    assert found == [("民群", [0, 3])]
    x = fragments._cheap_matrix(text, found, mask, shared_stats(),
                                fragments._PagePmi(char_table(), text, 4), selling_terms())
    assert tuple(x[0].tolist()) == _reference_cheap(text, "民群", [0, 3], shared_stats(),
                                                   selling_terms())
    assert codes_of(text).shape == (5,)


def test_remembered_seams_give_the_same_link_features(pages: list[str]) -> None:
    stats, terms = shared_stats(), selling_terms()
    model = fragments.piece_model()
    text = pages[-1]  # a bench page with injected pieces
    cands = fragments.candidates(text, stats, char_table(), terms, model.screen)
    pieces = cands[: max(2, len(cands) // 4)]
    fresh = fragments.link_features(text, cands, pieces, stats, terms)
    seams: dict[tuple[str, str], tuple[float, bool]] = {}
    first = fragments.link_features(text, cands, pieces, stats, terms, seams)
    assert seams  # filled for the next round
    again = fragments.link_features(text, cands, pieces, stats, terms, seams)
    assert fresh.tolist() == first.tolist() == again.tolist()


def _reference_gain_features(gains: list[float]) -> tuple[float, ...]:
    """The per-fragment loop _gain_feature_rows replaced."""
    m = len(gains)
    clipped = [g if -6.0 <= g <= 6.0 else (6.0 if g > 6.0 else -6.0) for g in gains]
    return (
        sum(g < fragments.FREE for g in gains) / m,
        float(min(3, sum(g <= fragments.SPLIT for g in gains))),
        sum(clipped) / m / 3.0, min(6, sum(g < fragments.FREE for g in gains)) / 6.0,
        min(clipped) / 3.0, max(clipped) / 3.0,
    )


def test_gain_feature_rows_equal_the_per_fragment_loop() -> None:
    rng = random.Random(5)
    edges = [fragments.FREE, fragments.SPLIT, 0.0, 6.0, -6.0, 6.5, -7.0, 1e-300, -1e-17, 0.1]
    rows = [tuple(rng.choice(edges) if rng.random() < 0.3 else rng.uniform(-12.0, 12.0)
                  for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    got = fragments._gain_feature_rows(rows)
    # compared as bits: the same floats, not merely equal ones
    assert [np.array(g).tobytes() for g in got] == [
        np.array(_reference_gain_features(list(r))).tobytes() for r in rows]
    assert fragments._gain_feature_rows([]) == []


def _reference_runs(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The loop _neighbour_words replaced: the Han run of up to six characters before the
    site and the one after it."""
    han = [_LO <= ord(c) < _HI for c in text]
    left, lo = start, max(0, start - 6)
    while left > lo and han[left - 1]:
        left -= 1
    right, hi = end, min(len(text), end + 6)
    while right < hi and han[right]:
        right += 1
    return (left, start), (end, right)


def test_neighbour_words_read_the_runs_beside_each_site(pages: list[str]) -> None:
    stats = shared_stats()
    rng = random.Random(7)
    for text in [*pages[:3], pages[-1], "民群", "a民群b，人民群众民群"]:
        n = len(text)
        sites = [(0, min(2, n)), (max(0, n - 2), n)]
        for _ in range(200):
            a = rng.randrange(n)
            sites.append((a, min(n, a + rng.randint(1, 4))))
        want = []
        for a, b in sites:
            before, after = _reference_runs(text, a, b)
            want.append((stats.han_ends(text[slice(*before)])[1] if before[0] < a else None,
                         stats.han_ends(text[slice(*after)])[0] if after[1] > b else None))
        assert fragments._neighbour_words(text, sites, stats,
                                          fragments._han_mask(text)) == want


def test_the_first_page_loads_the_word_pairs_even_without_candidates() -> None:
    # Benchmarks warm the cleaners up on a tiny spam page: the People's Daily sample must
    # load there, not in the first timed page with candidates.
    word_pairs.cache_clear()
    assert fragments.candidates("人民群众", shared_stats(), char_table(), selling_terms()) == []
    assert word_pairs.cache_info().currsize == 1
