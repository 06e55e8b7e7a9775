"""spam.stats: the fused route score equals jieba's own DAG + calc, and the memos are bounded."""

from __future__ import annotations

import math
import random
import re

import numpy as np
import pytest

from cleaners.spam.charstats import codes_of, word_pairs
from cleaners.spam.stats import _BATCH_MIN, _PREFIX, _RARE, ChineseStats, shared_stats

from .conftest import shared_path


@pytest.fixture(scope="module")
def stats() -> ChineseStats:
    return shared_stats()


def _jieba_route(stats: ChineseStats, text: str) -> float:
    tokenizer = stats.tokenizer
    dag = tokenizer.get_DAG(text)
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(text, dag, route)
    return route[0][0]


def test_route_matches_jieba_on_windows_of_real_text(stats: ChineseStats) -> None:
    text = "".join(p.read_text("utf-8") for p in sorted(shared_path("seeds").glob("*.txt")))
    rng = random.Random(5)
    for _ in range(3000):
        start = rng.randrange(len(text) - 16)
        window = text[start : start + rng.randint(1, 14)]
        assert stats._route(window) == pytest.approx(_jieba_route(stats, window), abs=1e-9)


def test_han_words_match_jieba_on_han_runs(stats: ChineseStats) -> None:
    text = "".join(p.read_text("utf-8") for p in sorted(shared_path("seeds").glob("*.txt")))
    runs = [r for r in re.findall(r"[\u4e00-\u9fff]+", text) if len(r) >= 2]
    rng = random.Random(6)
    for _ in range(3000):
        run = rng.choice(runs)
        start = rng.randrange(len(run))
        window = run[start : start + rng.randint(1, 8)]
        assert stats.han_words(window) == stats.words(window)


@pytest.mark.parametrize("text", ["人民群众", "心人民群众跟", "x", "AG超玩会", "的的的的"])
def test_route_matches_jieba_on_edge_cases(stats: ChineseStats, text: str) -> None:
    assert stats._route(text) == pytest.approx(_jieba_route(stats, text), abs=1e-9)


def test_deletion_gain_sees_a_split_word(stats: ChineseStats) -> None:
    # Deleting 心人 from 群心人众 re-joins 群众; from 服务中心人来车往 it would break 中心.
    text = "广大群心人众积极参与"
    assert stats.deletion_gain(text, 3, 5) <= -3.0
    assert stats.deletion_gain("服务中心人来车往", 3, 5) > 1.0


def test_forget_empties_the_memos(stats: ChineseStats) -> None:
    stats.route("人民群众")
    stats.stranded("民群")
    stats.deletion_gain("广大群心人众积极参与", 3, 5)
    stats.forget()
    assert not stats._routes
    assert not stats._stranded
    assert not stats._gains
    assert stats._gains_text is None


def test_deletion_gains_are_remembered_for_one_text_only(stats: ChineseStats) -> None:
    text = "广大群心人众积极参与"
    first = stats.deletion_gain(text, 3, 5)
    assert stats.deletion_gain(text, 3, 5) == first
    other = "服务中心人来车往"
    assert stats.deletion_gain(other, 3, 5) > 1.0  # a new text: the memo starts again
    assert stats._gains_text is other
    assert len(stats._gains) == 1


def test_word_pairs_hold_adjacent_words_of_the_news_sample() -> None:
    pairs = word_pairs()
    assert len(pairs) > 400_000
    assert "人民\t群众" in pairs
    assert "心人\t民群" not in pairs  # pieces of a chopped phrase never stand together in news


def test_deletion_gain_is_three_routes_exactly(stats: ChineseStats) -> None:
    """deletion_gain shares the right part of the cut between its two routes: the floats must
    be those of route() on each string (random strings of words, odd characters, newlines)."""
    rng = random.Random(11)
    words = sorted(w for w, f in stats.freq.items() if f > 0 and len(w) <= 4)
    words = rng.sample(words, 2000)
    for _ in range(600):
        text = "".join(rng.choice(words) if rng.random() < 0.8 else rng.choice("的民群，\nab1")
                       for _ in range(rng.randint(2, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        window = rng.randint(1, 6)
        lo = max(text.rfind("\n", 0, start) + 1, start - window)
        nl = text.find("\n", end)
        hi = min(len(text) if nl < 0 else nl, end + window)
        left, frag, right = text[lo:start], text[start:end], text[end:hi]
        expected = (stats._route(left + frag + right) - stats._route(left + right)
                    - stats._route(frag))
        assert stats.deletion_gain(text, start, end, window) == expected
        assert stats._route(text) == stats._best(text)[0][0]


def test_a_cut_no_word_crosses_has_no_deletion_gain(stats: ChineseStats) -> None:
    """joins_no_word is a proof that deletion_gain is 0 (the screen skips the gain on it):
    random strings of words, odd characters and newlines, with cuts of every size."""
    assert not stats.joins_no_word("广大群心人众积极参与", 3, 5)  # deleting re-joins 群众
    rng = random.Random(17)
    words = sorted(w for w, f in stats.freq.items() if f > 0 and len(w) <= 4)
    words = rng.sample(words, 2000)
    proven = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) if rng.random() < 0.7 else rng.choice("的民群，\nab1")
                       for _ in range(rng.randint(2, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, min(len(text), start + 4))
        window = rng.randint(1, 6)
        if stats.joins_no_word(text, start, end, window):
            proven += 1
            assert stats.deletion_gain(text, start, end, window) == pytest.approx(0.0, abs=1e-9)
    assert proven > 300  # the proof applies often, or the test would test nothing


def test_concat_route_is_route_of_the_joined_string(stats: ChineseStats) -> None:
    rng = random.Random(13)
    words = sorted(w for w, f in stats.freq.items() if f > 0 and len(w) <= 4)
    words = rng.sample(words, 2000)
    for _ in range(1000):
        left, right = ("".join(rng.choice(words) if rng.random() < 0.8 else rng.choice("的民群，a")
                               for _ in range(rng.randint(0, 3))) for _ in range(2))
        left, right = left[rng.randint(0, len(left)):], right[: rng.randint(0, len(right))]
        assert stats.concat_route(left, right) == stats._route(left + right)


def test_concat_routes_are_concat_route_of_each(stats: ChineseStats) -> None:
    # One left string's walks read once for many right strings (the piece model's seams):
    # the same floats, bit for bit, long words and walks across the seam included.
    rng = random.Random(17)
    words = sorted(w for w, f in stats.freq.items() if f > 0 and len(w) <= 6)
    words = rng.sample(words, 3000)

    def piece() -> str:
        joined = "".join(rng.choice(words) if rng.random() < 0.8 else rng.choice("的民群，a")
                         for _ in range(rng.randint(1, 3)))
        return joined[rng.randint(0, len(joined) - 1):][: rng.randint(1, 8)]

    for _ in range(600):
        left = piece()
        rights = [piece() for _ in range(rng.randint(1, 5))] + [""]
        got = stats.concat_routes(left, rights)
        want = [stats.concat_route(left, right) for right in rights]
        assert np.array(got).tobytes() == np.array(want).tobytes()
        assert got == [stats._route(left + right) for right in rights]
    assert stats.concat_routes("", ["民群"]) == [stats._route("民群")]


def _mixed_texts(stats: ChineseStats, seed: int, count: int) -> list[str]:
    """Stretches of the seeds and strings of dictionary words (long ones too, past the
    n-gram table's four characters) with odd characters: punctuation, newlines, Latin,
    digits and characters above U+FFFF (which the n-gram table does not hold)."""
    rng = random.Random(seed)
    seeds = "".join(p.read_text("utf-8") for p in sorted(shared_path("seeds").glob("*.txt")))
    words = rng.sample(sorted(w for w, f in stats.freq.items() if f > 0 and len(w) <= 7), 3000)
    odd = ["的", "民", "群", "，", "\n", "a", "b", "1", "\U0001f600", "\U00020000"]
    texts = []
    for i in range(count):
        if i % 2:
            texts.append("".join(rng.choice(words) if rng.random() < 0.8 else rng.choice(odd)
                                 for _ in range(rng.randint(2, 40))))
        else:
            start = rng.randrange(len(seeds) - 300)
            texts.append(seeds[start : start + rng.randint(5, 300)])
    return texts


@pytest.mark.parametrize("many", [False, True])
def test_deletion_gains_are_deletion_gain_site_by_site(stats: ChineseStats, many: bool) -> None:
    """The batch (the page's word lattice, every window's pass at once) gives the floats of
    deletion_gain() on each site; below _BATCH_MIN sites it is deletion_gain() itself."""
    rng = random.Random(21)
    for text in _mixed_texts(stats, 21, 120):
        sites = []
        for _ in range(rng.randint(_BATCH_MIN, 3 * _BATCH_MIN) if many else rng.randint(1, 9)):
            start = rng.randint(0, len(text))
            sites.append((start, rng.randint(start, min(len(text), start + 6))))
        window = rng.choice([4, rng.randint(1, 6)])
        stats.forget()
        batched = stats.deletion_gains(text, sites, window)
        stats.forget()
        assert batched == [stats.deletion_gain(text, a, b, window) for a, b in sites]


@pytest.mark.parametrize("many", [False, True])
def test_edge_words_are_han_ends_span_by_span(stats: ChineseStats, many: bool) -> None:
    """edge_words() reads the same first and last words as han_ends() (ties to the longer
    word included), from the lattice when there are many spans."""
    rng = random.Random(23)
    for text in _mixed_texts(stats, 23, 120):
        spans = []
        for _ in range(rng.randint(_BATCH_MIN, 3 * _BATCH_MIN) if many else rng.randint(1, 9)):
            start = rng.randrange(len(text))
            spans.append((start, rng.randint(start + 1, min(len(text), start + 8))))
        stats.forget()
        batched = stats.edge_words(text, spans)
        stats.forget()
        assert batched == [stats.han_ends(text[a:b]) for a, b in spans]


def test_the_lattice_grows_with_the_positions_asked(stats: ChineseStats) -> None:
    """A second batch on the same text reading positions the first did not walk extends the
    lattice (an empty stretch would read as unknown characters)."""
    text = "人民群众积极参与社区服务" * 14
    parts = ((2, 0, _BATCH_MIN), (3, _BATCH_MIN, 2 * _BATCH_MIN + 10))
    stats.forget()
    batched = [gain for k, lo, hi in parts
               for gain in stats.deletion_gains(text, [(a, a + k) for a in range(lo, hi)], 4)]
    stats.forget()
    assert batched == [stats.deletion_gain(text, a, a + k, 4) for k, lo, hi in parts
                       for a in range(lo, hi)]


def test_words_equal_jieba_cut_on_real_text(stats: ChineseStats) -> None:
    text = "".join(p.read_text("utf-8") for p in sorted(shared_path("seeds").glob("*.txt")))
    assert stats.words(text) == list(stats.tokenizer.cut(text, HMM=False))


@pytest.mark.parametrize("run", ["a" * 5000, "2024" * 1300, "的" * 2500 + "x" * 2500])
def test_a_huge_run_is_segmented_in_slices(stats: ChineseStats, run: str) -> None:
    # jieba joins single Latin characters with ``buf += ch``: 800k "a" took 9 s in one cut.
    words = stats.words(f"前文。{run}，后文")
    assert "".join(words) == f"前文。{run}，后文"
    assert max(map(len, words)) <= 1000


@pytest.mark.parametrize("text", ["", "人民", "ab𠀀c", "a\ud800b"])
def test_codes_of_gives_every_code_point(text: str) -> None:
    # A lone surrogate is a code point like any other (the strict encoder's check is slow).
    assert codes_of(text).tolist() == [ord(c) for c in text]


def test_segmenting_a_piece_remembers_its_route_and_suffix_scores(stats: ChineseStats) -> None:
    # han_words' pass scores every suffix as route() does: concat_route and route() reuse it.
    stats.forget()
    rng = random.Random(17)
    words = sorted(w for w, f in stats.freq.items() if f > 0 and len(w) <= 3)
    for _ in range(300):
        piece = "".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        stats.han_words(piece)
        assert stats._routes[piece] == stats._route(piece)
        assert stats._suffixes[piece] == stats._suffix_routes(piece)
        assert stats.concat_route("的民", piece) == stats._route("的民" + piece)
    stats.forget()


def _searched(stats: ChineseStats, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """The search of the pair table, False where either is no Han character; pairs_bound()
    (answered from the bound-pair table) must say the same."""
    han = (left >= 0x3400) & (left < 0xA000) & (right >= 0x3400) & (right < 0xA000)
    out = np.zeros(left.shape[0], dtype=bool)
    keys = (left[han].astype(np.uint64) << np.uint64(21)) | right[han]
    out[han] = stats._pairs_searched(keys)
    assert (stats.pairs_bound(keys) == out[han]).all()
    return out


def test_bound_at_answers_as_the_pair_table_search(stats: ChineseStats) -> None:
    # Every pair of the table, common and rare characters at random, and non-Han characters
    # (Latin, punctuation, U+A000 and up, other planes) on either side.
    keys = stats._pair_keys
    table = np.stack([keys >> np.uint64(21), keys & np.uint64((1 << 21) - 1)], axis=1)
    rng = np.random.default_rng(3)
    han = rng.integers(0x3400, 0xA000, size=(400_000, 2))
    anything = rng.choice([0x41, 0x3002, 0x33FF, 0x3400, 0x9FFF, 0xA000, 0x20000, 0x4EBA],
                          size=(50_000, 2))
    pairs = np.concatenate([table.astype(np.uint32), han.astype(np.uint32),
                            anything.astype(np.uint32)]).ravel()
    ids = stats.dense_ids(pairs)
    at = np.arange(0, pairs.shape[0], 2)
    found = stats.bound_at(pairs, ids, at, at + 1)
    assert (found[: keys.shape[0]] == stats._pairs_searched(keys)).all()
    assert (stats.pairs_bound(keys) == stats._pairs_searched(keys)).all()
    # Both ways of answering are used: the table of common characters, the set for the rest.
    rare = np.maximum(ids[at], ids[at + 1]) == _RARE
    assert (found & rare).any()
    assert (found & ~rare).any()
    assert (found == _searched(stats, pairs[at], pairs[at + 1])).all()
    assert stats.is_han_id(ids).tolist() == [0x3400 <= c < 0xA000 for c in pairs.tolist()]


def test_adjacent_bound_answers_as_the_pair_table_search(stats: ChineseStats) -> None:
    text = "".join(p.read_text("utf-8") for p in sorted(shared_path("seeds").glob("*.txt")))
    text += "亻乛龘龘人民𠀀人民a民群众犇犇"  # rare characters beside common ones and each other
    codes = codes_of(text)
    found = stats.adjacent_bound(codes, stats.dense_ids(codes))
    assert found.any()
    assert (found == _searched(stats, codes[:-1], codes[1:])).all()


def _prefix_score(stats: ChineseStats, key: str) -> float | None:
    """The prefix table as it was built whole: log-probability, prefix marker, or None."""
    freq = stats.freq.get(key)
    if freq is None:
        return None
    return math.log(freq) - stats.log_total if freq > 0 else _PREFIX


def test_the_lookup_memo_answers_as_the_prefix_table_and_is_emptied(stats: ChineseStats) -> None:
    # The segmentation passes look keys up through a memo: its answers are the prefix
    # table's (a log-probability, the prefix marker, or None for no key), it is bounded,
    # and forget() empties it with the other memos.
    stats.forget()
    stats.han_words("广大群心人众积极参与")
    stats.deletion_gain("车上的心人乘客，服务中心人来车往。", 3, 5)
    assert stats._keys
    assert all(value == _prefix_score(stats, key) for key, value in stats._keys.items())
    assert None in stats._keys.values()  # strings that are no key are remembered too
    assert stats._keys["人民"] == _prefix_score(stats, "人民") < 0
    assert stats._keys["中华人民共"] == _PREFIX  # only a prefix of words (中华人民共和国)
    assert stats._keys["民群众跟"] is None
    stats.forget()
    assert not stats._keys
