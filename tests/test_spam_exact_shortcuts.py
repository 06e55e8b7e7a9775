"""The exact shortcuts of the spam statistics give the answers of the searches they replace."""

from __future__ import annotations

import random

import numpy as np

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
