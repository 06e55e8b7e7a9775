"""Chinese word and character statistics for the spam cleaners, built from jieba's dictionary.

Data: jieba's ``dict.txt`` (349k words with corpus frequencies; jieba is MIT-licensed), read
through importlib.resources; nothing is downloaded. The arrays drawn from it ship built (see
``spam.tables``; ``build_stats_table`` is their builder). Hand-written because no library
answers the questions the injection detector asks: "is this character normally part of a
word?" and "does deleting this fragment make the sentence segment better?" (jieba's best route
on a window).
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from .charstats import codes_of
from .tables import pack_strings, spam_table, unpack_strings

if TYPE_CHECKING:
    import re
    from collections.abc import Mapping, Sequence

    import jieba
    from numpy.typing import NDArray

__all__ = ["ChineseStats", "LazyStats"]

# Code points covered by the per-character arrays: CJK Extension A up to the end of the
# Unified Ideographs block (rarer planes are treated as unknown characters).
_LO, _HI = 0x3400, 0xA000
_SHIFT = np.uint64(21)
# Marks a key of the prefix table that is no word (log-probabilities are <= 0).
_PREFIX = 1.0
_NO_WORD = -math.inf
# Longest run of jieba's block characters (Han, ASCII letters and digits, +#&._%-) cut in one
# call: jieba joins a run of single Latin characters with ``buf += ch``, which turns quadratic on
# runs of some 100k characters (800k "a" took 9 s). No sentence has such a run; slices of it
# segment the same but at the cut.
_MAX_RUN = 1000
# The bound-pair table (ChineseStats.bound_at): the characters most used inside words get dense
# ids 0.._COMMON-1, so a pair of them is one cell of a _WIDTH x _WIDTH boolean table (16 MB, one
# gather a pair); a pair with another Han character (_RARE) is searched in the pair table, one
# with a non-Han character (_NOT_HAN) is never bound.
_COMMON = 4096
_TABLE_ASSOC = 0.002  # the min_assoc of the bound-pair table (pair_bound()'s default)
_RARE, _NOT_HAN = _COMMON, _COMMON + 1
_WIDTH = _COMMON + 2


class ChineseStats:
    """Word frequencies (for segmentation scores) and character tables (for orphan tests)."""

    def __init__(self) -> None:
        # The tables come built (see spam.tables): the jieba dictionary as words with their
        # frequencies (and jieba's zero-frequency prefixes), and the character arrays below.
        arrays = spam_table("stats")
        words = unpack_strings(arrays["words"])
        self.freq: dict[str, int] = dict(zip(words, arrays["counts"].tolist(), strict=True))
        self._total = int(arrays["total"])
        self.log_total = math.log(self._total)
        self._tokenizer: jieba.Tokenizer | None = None  # see the tokenizer property
        self._pair_keys: NDArray[np.uint64] = arrays["pair_keys"]
        self._pair_freq: NDArray[np.float64] = arrays["pair_freq"]
        self._inside: NDArray[np.float64] = arrays["inside"]
        self._dense, self._bound_table, self._rare_bound = self._bound_pair_table()
        # For pair_bound()'s lookups: Python ints from an array.array, which the garbage
        # collector does not walk (a list's 41k int objects it would, at every full collection).
        self._dense_ids = array("i", self._dense.tolist())
        # Share of a character's uses in which it is a word by itself: 的 0.86, 民 0.02.
        self._standalone: NDArray[np.float64] = arrays["standalone"]
        # One lookup per DP step: every dictionary key (words and jieba's zero-frequency
        # prefixes) maps to its log-probability, or to _PREFIX (> 0, no log-probability is)
        # when it is only a prefix of longer words; computed per key asked (a table of all
        # half million keys cost a quarter of a second to build).
        self._keys = _KeyMemo(self.freq, self.log_total)
        self._routes: dict[str, float] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._stranded: dict[tuple[str, float], tuple[bool, bool, bool]] = {}
        self._suffixes: dict[str, list[float]] = {}  # see concat_route
        # Deletion gains by (start, end, window) in the one text last asked about (_gains_for).
        self._gains: dict[tuple[int, int, int], float] = {}
        self._gains_text: str | None = None
        # The memo of the text asked about before (a page's rules ask about the page with
        # its cuts taken out between two runs of questions about the page itself).
        self._gains_before: tuple[str | None, dict[tuple[int, int, int], float]] = (None, {})
        # The word lattice of the one text last batched (see _page_lattice), where it was
        # made, and the n-gram table it is read from.
        self._lattice: _Lattice | None = None
        self._lattice_text: str | None = None
        self._covered: NDArray[np.bool_] = np.zeros(1, dtype=bool)  # its positions
        # Its words as found (position, end, score), before they are sorted by position.
        self._lattice_words: tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.float64]] = (
            np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
        self._grams = _GramKeys(arrays["words"], arrays["counts"], self.log_total)
        self._table_words: tuple[NDArray[np.uint8], NDArray[np.int64]] = (
            arrays["words"], arrays["counts"])
        self._inner_pairs: dict[int, None] | None = None  # see inner_pairs

    # -- word level -------------------------------------------------------------------------

    def route(self, text: str) -> float:
        """Log-probability of the best jieba segmentation of ``text`` (unigram word model)."""
        # Memoised: the detector asks about the same short windows many times. The memo is
        # bounded and only ever maps a string to its fixed score.
        cached = self._routes.get(text)
        if cached is None:
            if len(self._routes) > 200_000:
                self._routes.clear()
            cached = self._routes[text] = self._route(text)
        return cached

    def _route(self, text: str) -> float:
        """The score half of ``_best`` without its ``ends`` bookkeeping: the same additions
        in the same order, so the same float (route() is called far more than han_words)."""
        return self._suffix_routes(text)[0]

    def _memo_keys(self) -> _KeyMemo:
        """The memo of dictionary lookups, emptied when it grows past its bound."""
        if len(self._keys) > 100_000:
            self._keys.clear()
        return self._keys

    def _suffix_routes(self, text: str) -> list[float]:
        """route(text[i:]) for every i (and 0.0 at len(text)): one right-to-left pass."""
        n = len(text)
        keys, unknown = self._memo_keys(), -self.log_total
        best = [0.0] * (n + 1)
        for i in range(n - 1, -1, -1):
            score = keys[text[i]]
            if score is None:  # no word starts here (the usual case for punctuation)
                best[i] = unknown + best[i + 1]
                continue
            # -inf, not None, as "no word yet": one comparison a word fewer; every real
            # score is finite, so the first word always replaces it.
            top = _NO_WORD
            j = i + 1
            while True:
                if score <= 0.0:
                    score += best[j]
                    if score > top:
                        top = score
                if j >= n:
                    break
                j += 1
                score = keys[text[i:j]]
                if score is None:
                    break
            best[i] = unknown + best[i + 1] if top == _NO_WORD else top
        return best

    def _best(self, text: str) -> tuple[list[float], list[int]]:
        """jieba's get_DAG + calc fused into one loop over precomputed log-probabilities: the
        best score from each position (tests compare it with jieba's) and where the best
        first word from there ends (ties go to the longer word, as in jieba)."""
        n = len(text)
        keys, unknown = self._memo_keys(), -self.log_total
        best = [0.0] * (n + 1)
        ends = list(range(1, n + 2))
        for i in range(n - 1, -1, -1):
            top = None
            j = i + 1
            score = keys[text[i]]
            while score is not None:
                if score <= 0.0:
                    score += best[j]
                    if top is None or score >= top:
                        top = score
                        ends[i] = j
                if j >= n:
                    break
                j += 1
                score = keys[text[i:j]]
            best[i] = unknown + best[i + 1] if top is None else top
        return best, ends

    def han_words(self, text: str) -> list[str]:
        """The best dictionary segmentation of a run of Han characters (jieba's cut without
        HMM gives the same words for such runs; tests compare them). Memoised like ``route``:
        the detector segments the same pieces and neighbours many times."""
        got = self._words.get(text)
        if got is None:
            if len(self._words) > 100_000:
                self._words.clear()
            best, ends = self._best(text)
            # The same pass scores every suffix as _suffix_routes() does (ties pick another
            # word, never another score): route() and concat_route() then need no pass of
            # their own for a piece the detector has segmented.
            if text not in self._routes and len(self._routes) <= 200_000:
                self._routes[text] = best[0]
            if text not in self._suffixes and len(self._suffixes) <= 100_000:
                self._suffixes[text] = best
            out, i = [], 0
            while i < len(text):
                out.append(text[i : ends[i]])
                i = ends[i]
            got = self._words[text] = tuple(out)
        return list(got)

    def han_ends(self, text: str) -> tuple[str, str]:
        """The first and the last word of ``han_words(text)``, without copying the memo."""
        got = self._words.get(text)
        if got is None:
            self.han_words(text)
            got = self._words[text]
        return got[0], got[-1]

    def forget(self) -> None:
        """Empty the memos (benchmarks use it so one page's answers do not serve the next)."""
        self._routes.clear()
        self._words.clear()
        self._stranded.clear()
        self._gains.clear()
        self._gains_text = None
        self._gains_before = (None, {})
        self._lattice = self._lattice_text = None
        self._suffixes.clear()
        self._keys.clear()

    def deletion_gain(self, text: str, start: int, end: int, window: int = 4) -> float:
        """Deletion test on ``window`` characters each side (within the line):
        route(L f R) - route(L R) - route(f). Above 0 the fragment is bound into the words
        around it; far below 0 deleting it re-joins a word it had split (名众跟山 -> 名山)."""
        # Memoised per text: the chain rules, the piece model and the brand tests ask about
        # many of the same sites of one page in a row (the same object: an identity test).
        if text is not self._gains_text:
            self._gains_for(text)
        key = (start, end, window)
        gain = self._gains.get(key)
        if gain is None:
            lo, hi = _cut_window(text, start, end, window)
            whole, joined = self._routes_around(text[lo:hi], start - lo, end - lo)
            gain = self._gains[key] = whole - joined - self.route(text[start:end])
        return gain

    def _gains_for(self, text: str) -> None:
        """Make ``self._gains`` the memo of ``text``: the one kept from before when it was of
        that very text (an identity test, as the memo's), else a new one; the memo left
        becomes the one kept. Gains are fixed floats of their text and site."""
        text_before, gains_before = self._gains_before
        self._gains_before = (self._gains_text, self._gains)
        if text is text_before:
            self._gains = gains_before
        else:
            self._gains = {}
        self._gains_text = text

    def deletion_gains(self, text: str, sites: Sequence[tuple[int, int]],
                       window: int = 4) -> list[float]:
        """deletion_gain() of every site (start, end) of ``text``: the same floats, worked out
        together (see _batch_gains) and kept in the same memo, so a later deletion_gain() of
        one of them is a lookup."""
        if text is not self._gains_text:
            self._gains_for(text)
        gains = self._gains
        todo = list(dict.fromkeys(site for site in sites if (*site, window) not in gains))
        if len(todo) < _BATCH_MIN:  # the arrays' fixed cost outweighs a few route passes
            return [self.deletion_gain(text, start, end, window) for start, end in sites]
        for (start, end), gain in zip(todo, self._batch_gains(text, todo, window),
                                      strict=True):
            gains[start, end, window] = gain
        return [gains[start, end, window] for start, end in sites]

    def _batch_gains(self, text: str, sites: list[tuple[int, int]],
                     window: int) -> list[float]:
        """deletion_gain() of many sites of one text at once. A window's walks are the page's
        word lattice cut at the window's end (route() walks the same keys from a position
        whatever window holds it), so the lattice is made once a page; only a walk that
        reaches a cut's seam goes on across it with lookups of its own; numpy runs every
        window's right-to-left pass in step. A position's score is the best of its words'
        sums (the same IEEE additions as route(), and the best of a set of floats is the
        same float whatever order they come in), or the unknown character's score added to
        the next one when no word starts there: the same floats as deletion_gain()."""
        routes = self._routes
        frags = [text[a:b] for a, b in sites]
        # route() of the fragments not yet known: their own strings, passed with the windows
        # (rows past the sites'; nothing is cut from them).
        fresh = {frag: site for frag, site in zip(frags, sites, strict=True)
                 if frag not in routes}
        asked = len(sites)
        sites = sites + list(fresh.values())
        start = np.array([a for a, _ in sites], dtype=np.int64)
        end = np.array([b for _, b in sites], dtype=np.int64)
        # _cut_window() of every site at once, from the page's line breaks (the last before
        # the start, the first from the end on); a fresh fragment's span is its own.
        lo, hi = start.copy(), end.copy()
        breaks = np.flatnonzero(codes_of(text) == 10)
        edges = np.concatenate(([-1], breaks, [len(text)]))  # the text's ends as breaks
        lo[:asked] = np.maximum(edges[np.searchsorted(breaks, start[:asked])] + 1,
                                start[:asked] - window)
        hi[:asked] = np.minimum(edges[np.searchsorted(breaks, end[:asked]) + 1],
                                end[:asked] + window)
        cuts = list(zip(lo.tolist(), hi.tolist(), strict=True))
        visits = self._visits(text, lo, hi)
        lo, hi, size, v_win, v_off, v_pos, reach = visits.spans_and_visits
        w_win, w_off, w_end, w_score = visits.words
        # route(text[lo:hi]) of each window: its words end at hi at the latest.
        fits = w_end <= hi[w_win]
        whole = np.zeros((len(sites), int(size.max(initial=0)) + 1))
        self._passes(whole, size, w_win[fits], w_off[fits],
                     (w_end - lo[w_win])[fits], w_score[fits])
        # route(text[lo:start] + text[end:hi]): right of the seam the window's own scores;
        # left of it the words up to the seam, and the walks that go on across it.
        left_size = start - lo
        joined = np.zeros((len(sites), int(left_size.max(initial=0)) + 1))
        rows = np.arange(len(sites))
        joined[rows, left_size] = whole[rows, end - lo]
        fits = (w_off < left_size[w_win]) & (w_end <= start[w_win])
        across = np.flatnonzero((v_off < left_size[v_win]) & (reach[v_pos] >= start[v_win]))
        self._passes(joined, left_size, w_win[fits], w_off[fits],
                     (w_end - lo[w_win])[fits], w_score[fits],
                     self._seam_words(text, whole, v_win[across].tolist(),
                                      v_pos[across].tolist(), cuts, sites))
        scores_of = whole[:, 0].tolist()
        if len(routes) > 200_000:  # route()'s bound on its memo
            routes.clear()
        routes.update(zip(fresh, scores_of[asked:], strict=True))
        # The memo's answers (route()'s own where the memo was emptied: the same float).
        route, known = self.route, routes.get
        return [w - j - (r if (r := known(frag)) is not None else route(frag))
                for w, j, frag in zip(scores_of[:asked], joined[:asked, 0].tolist(), frags,
                                      strict=True)]

    def _page_lattice(self, text: str, positions: NDArray[np.int64]) -> _Lattice:
        """The word lattice of ``text`` at ``positions`` (and at those asked before about the
        same text; elsewhere it is empty): the dictionary words from each position as
        route() walks them (ends rising; a string that is no key ends the walk), as
        ``first[i]``, ``count[i]`` into ``ends`` and ``scores`` (log-probabilities), and
        ``reach[i]``, the end of the longest key from i (i where text[i] is none). Keys of up
        to four characters are looked up for all positions at once in the n-gram table
        (_GramKeys); walks going on past four characters, and positions near a character
        above U+FFFF, are walked with lookups."""
        n = len(text)
        if self._lattice_text is text and self._lattice is not None:
            if self._covered[positions].all():
                return self._lattice
            # Only the positions not walked yet are walked; their words join the others.
            covered, reach = self._covered, self._lattice[4]
            at, ends, scores = ([self._lattice_words[0]], [self._lattice_words[1]],
                                [self._lattice_words[2]])
        else:
            covered, reach = np.zeros(n + 1, dtype=bool), np.arange(n + 1, dtype=np.int64)
            at, ends, scores = [], [], []
        new = np.zeros(n, dtype=bool)
        new[positions[positions < n]] = True  # no walk starts at the end
        new &= ~covered[:n]
        covered[:n] |= new
        codes = codes_of(text).astype(np.uint64)
        # Positions the table cannot answer for: a character above U+FFFF in their 4-gram.
        wide = np.flatnonzero(codes > 0xFFFF)
        slow = np.zeros(n, dtype=bool)
        for back in range(_GRAM):
            slow[np.maximum(wide - back, 0)] = True
        slow &= new
        # The positions whose walk goes on, and the code of the key it has read so far.
        walking = np.flatnonzero(new & ~slow)
        gram = np.zeros(walking.shape[0], dtype=np.uint64)
        for size in range(1, _GRAM + 1):
            going = walking + size <= n
            walking, gram = walking[going], gram[going]
            gram = (gram << np.uint64(16)) | (codes[walking + size - 1] & np.uint64(0xFFFF))
            found, value = self._grams.lookup(size, gram)
            walking, gram, value = walking[found], gram[found], value[found]
            reach[walking] = walking + size
            word = value <= 0.0
            at.append(walking[word])
            ends.append(walking[word] + size)
            scores.append(value[word])
        # Walks the table cannot finish (keys longer than four characters), and the slow
        # positions, with route()'s lookups.
        keys = self._memo_keys()
        more_at: list[int] = []
        more_end: list[int] = []
        more_score: list[float] = []
        for i, j in [(i, i + _GRAM) for i in walking.tolist()] + [(i, i) for i in
                                                         np.flatnonzero(slow).tolist()]:
            far = reach[i]
            while j < n:
                j += 1
                score = keys[text[i:j]]
                if score is None:
                    break
                far = j
                if score <= 0.0:
                    more_at.append(i)
                    more_end.append(j)
                    more_score.append(score)
            reach[i] = far
        at.append(np.array(more_at, dtype=np.int64))
        ends.append(np.array(more_end, dtype=np.int64))
        scores.append(np.array(more_score, dtype=np.float64))
        all_at, all_ends = np.concatenate(at), np.concatenate(ends)
        all_scores = np.concatenate(scores)
        order = np.lexsort((all_ends, all_at))
        count = np.bincount(all_at, minlength=n + 1)
        self._lattice = (np.cumsum(count) - count, count, all_ends[order], all_scores[order],
                         reach)
        self._lattice_words = (all_at, all_ends, all_scores)
        self._lattice_text, self._covered = text, covered
        return self._lattice

    def _seam_words(self, text: str, whole: NDArray[np.float64], windows: list[int],
                    positions: list[int], cuts: list[tuple[int, int]],
                    sites: list[tuple[int, int]],
                    ) -> tuple[list[int], list[int], NDArray[np.float64]]:
        """The words of the joined strings that cross a seam: from each (window, position)
        whose key walk reaches the cut, the keys text[i:start] + text[end:k] as route()
        walks them, each word's sum with the window's score at k (window, offset, sum).
        The sums are added in one array operation (the same IEEE additions, not one numpy
        scalar read a word)."""
        keys = self._memo_keys()
        out_win: list[int] = []
        out_off: list[int] = []
        out_at: list[int] = []
        out_score: list[float] = []
        for w, i in zip(windows, positions, strict=True):
            (lo, hi), (start, end) = cuts[w], sites[w]
            head = text[i:start]
            for k in range(end + 1, hi + 1):
                score = keys[head + text[end:k]]
                if score is None:
                    break
                if score <= 0.0:
                    out_win.append(w)
                    out_off.append(i - lo)
                    out_at.append(k - lo)
                    out_score.append(score)
        sums: NDArray[np.float64] = (np.array(out_score, dtype=np.float64)
                                     + whole[out_win, out_at])
        return out_win, out_off, sums

    def _passes(self, best: NDArray[np.float64], size: NDArray[np.int64],
                win: NDArray[np.int64], off: NDArray[np.int64], to: NDArray[np.int64],
                score: NDArray[np.float64],
                sums: tuple[list[int], list[int], NDArray[np.float64]] | None = None,
                ends: NDArray[np.int64] | None = None) -> None:
        """The right-to-left passes of route() over many strings at once: ``best[w, o]`` for
        o < size[w] from best[w, size[w]] (set), the words (string ``win``, from offset
        ``off`` to offset ``to``, log-probability ``score``) and ``sums``, scores of words
        already summed (string, offset, sum). With ``ends`` (no ``sums``), also _best()'s
        ends: where the best first word from each offset ends, ties going to the longer
        word (the last of the equal sums, as _best() walks), o + 1 where no word starts."""
        unknown = -self.log_total
        order = np.argsort(off, kind="stable")
        win, off, to, score = win[order], off[order], to[order], score[order]
        # Each offset's words are off[bound[o]:bound[o + 1]]: one search for all offsets,
        # not two a step. The sums likewise, grouped by a stable sort (each offset's sums
        # in their order as given, as the mask ``sum_off == o`` picked them).
        offsets = np.arange(best.shape[1] + 1)
        bound = np.searchsorted(off, offsets).tolist()
        sum_win, sum_off, sum_val = (np.array(x) for x in (sums or ([], [], [])))
        has_sums = sum_win.shape[0] > 0
        if has_sums:
            order = np.argsort(sum_off, kind="stable")
            sum_win, sum_off, sum_val = sum_win[order], sum_off[order], sum_val[order]
            sum_bound = np.searchsorted(sum_off, offsets).tolist()
        for o in range(best.shape[1] - 2, -1, -1):
            active = np.flatnonzero(size > o)
            if active.shape[0] == 0:
                continue
            top = np.full(best.shape[0], _NO_WORD)
            if ends is not None:
                pick = np.full(best.shape[0], -1, dtype=np.int64)
            a, b = bound[o], bound[o + 1]
            if b > a:
                at, total = win[a:b], score[a:b] + best[win[a:b], to[a:b]]
                np.maximum.at(top, at, total)
                if ends is not None:
                    tie = total == top[at]
                    np.maximum.at(pick, at[tie], to[a:b][tie])
            if has_sums and sum_bound[o + 1] > sum_bound[o]:
                c, d = sum_bound[o], sum_bound[o + 1]
                np.maximum.at(top, sum_win[c:d], sum_val[c:d])
            top = top[active]
            best[active, o] = np.where(top == _NO_WORD, unknown + best[active, o + 1], top)
            if ends is not None:
                ends[active, o] = np.where(pick[active] < 0, o + 1, pick[active])

    def edge_words(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, str]]:
        """han_ends(text[start:end]) for every span (start < end): the first and the last
        word of the best segmentation (ties to the longer word, as _best()), found for all
        spans at once from the page's word lattice: the same words."""
        if len(spans) < _BATCH_MIN:  # the arrays' fixed cost outweighs a few passes
            return [self.han_ends(text[a:b]) for a, b in spans]
        word_end, size = self._span_words(text, spans)
        # The last word starts where the route's words, followed from the start, reach the end.
        rows, last = np.arange(len(spans)), np.zeros(len(spans), dtype=np.int64)
        for _ in range(word_end.shape[1] - 1):
            step = word_end[rows, last]
            last = np.where(step < size, step, last)
        return [(text[a : a + head], text[a + tail : b]) for (a, b), head, tail in
                zip(spans, word_end[:, 0].tolist(), last.tolist(), strict=True)]

    def _span_words(self, text: str, spans: Sequence[tuple[int, int]],
                    ) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """_best()'s ends for every span of ``text`` from the page's word lattice: the end
        of the best first word from each offset (ties to the longer word), by span and
        offset, and the spans' lengths."""
        visits = self._lattice_visits(text, spans)
        lo, hi, size = visits.spans_and_visits[:3]
        w_win, w_off, w_end, w_score = visits.words
        fits = w_end <= hi[w_win]
        width = int(size.max()) + 1
        best = np.zeros((len(spans), width))
        word_end = np.zeros((len(spans), width), dtype=np.int64)
        self._passes(best, size, w_win[fits], w_off[fits], (w_end - lo[w_win])[fits],
                     w_score[fits], ends=word_end)
        return word_end, size

    def _lattice_visits(self, text: str, spans: Sequence[tuple[int, int]]) -> _Visits:
        """The page's word lattice read for every span of ``text`` at once: the spans' starts,
        ends and lengths; every (span, offset) visit, with the page position it reads and how
        far its walk reaches; every word from every visit (a position's words are contiguous
        in the lattice) with its visit's span and offset, its end and its score."""
        return self._visits(text, np.array([a for a, _ in spans], dtype=np.int64),
                            np.array([b for _, b in spans], dtype=np.int64))

    def _visits(self, text: str, lo: NDArray[np.int64], hi: NDArray[np.int64]) -> _Visits:
        """_lattice_visits() of the spans from ``lo`` to ``hi``."""
        size = hi - lo
        v_win = np.repeat(np.arange(lo.shape[0]), size)
        v_off = np.arange(v_win.shape[0]) - np.repeat(np.cumsum(size) - size, size)
        v_pos = lo[v_win] + v_off
        first, count, ends, scores, reach = self._page_lattice(text, v_pos)
        per = count[v_pos]
        w_visit = np.repeat(np.arange(v_pos.shape[0]), per)
        w_index = (first[v_pos][w_visit] + np.arange(w_visit.shape[0])
                   - np.repeat(np.cumsum(per) - per, per))
        return _Visits((lo, hi, size, v_win, v_off, v_pos, reach),
                       (v_win[w_visit], v_off[w_visit], ends[w_index], scores[w_index]))

    def joins_no_word(self, text: str, start: int, end: int, window: int = 4) -> bool:
        """No dictionary word crosses a seam of text[start:end] in ``deletion_gain``'s window,
        nor the seam its deletion closes. Then that gain is 0 up to rounding: route() reads
        words only, so with none across a seam each string's route is the sum of its parts'
        (L f R and L R alike). Cheaper than the gain: dictionary lookups, no route pass."""
        lo, hi = _cut_window(text, start, end, window)
        freq = self.freq
        # The closed seam first: where deleting re-joins a word (the case asked about), one
        # walk answers.
        return not (_crossed(freq, text[lo:start] + text[end:hi], start - lo)
                    or _crossed(freq, text[lo:hi], start - lo)
                    or _crossed(freq, text[lo:hi], end - lo))

    def closed_seam_bonus(self, left: str, right: str) -> float:
        """route(left + right) - route(left) - route(right): what the words across the seam
        add when the two strings meet (0 up to rounding where none crosses it). One pass over
        right's suffixes serves both strings, and one walk over left's positions serves the
        two left passes: a word that ends by the seam counts in both, one across it in the
        joined string only (as does its being there for the unknown-character rule)."""
        keys, unknown = self._memo_keys(), -self.log_total
        tail = self._suffix_routes(right)
        seam = len(left)
        joined = left + right
        n = len(joined)
        both = [0.0] * (seam + 1)  # route(joined[i:]) left of the seam
        alone = [0.0] * (seam + 1)  # route(left[i:])
        both[seam] = tail[0]
        for i in range(seam - 1, -1, -1):
            top_both = top_alone = _NO_WORD
            j = i + 1
            score = keys[joined[i]]
            while score is not None:
                if score <= 0.0:
                    if j <= seam:
                        if score + both[j] > top_both:
                            top_both = score + both[j]
                        if score + alone[j] > top_alone:
                            top_alone = score + alone[j]
                    elif score + tail[j - seam] > top_both:
                        top_both = score + tail[j - seam]
                if j >= n:
                    break
                j += 1
                score = keys[joined[i:j]]
            both[i] = unknown + both[i + 1] if top_both == _NO_WORD else top_both
            alone[i] = unknown + alone[i + 1] if top_alone == _NO_WORD else top_alone
        return both[0] - alone[0] - tail[0]

    def _routes_around(self, window: str, start: int, end: int) -> tuple[float, float]:
        """route(window) and route(window[:start] + window[end:]) in one go: right of the cut
        both read window[end:], so the joined string's scores there are the window's own, and
        only its left part (start characters) needs a pass of its own. The same lookups,
        additions and comparisons as route() on each string, so the same two floats."""
        best = self._suffix_routes(window)
        if start == 0:
            return best[0], best[end]
        return best[0], self._route_left_of(window[:start] + window[end:], start, best,
                                            end - start)

    def concat_route(self, left: str, right: str) -> float:
        """route(left + right), the same float: the scores right of the seam are right's own
        (memoised: a seam test pairs one piece with many others), so only left's characters
        need a pass for the joined string."""
        suffix = self._suffixes.get(right)
        if suffix is None:
            if len(self._suffixes) > 100_000:
                self._suffixes.clear()
            suffix = self._suffixes[right] = self._suffix_routes(right)
        if not left:
            return suffix[0]
        return self._route_left_of(left + right, len(left), suffix, -len(left))

    def concat_routes(self, left: str, rights: Sequence[str]) -> list[float]:
        """concat_route(left, right) of each of ``rights``, the same floats. The key walks
        inside ``left`` read the same keys whatever follows it, so they are walked once;
        only a walk that reaches the seam goes on into each right string with lookups of
        its own. A position's best is the best of the same sums (the same IEEE additions,
        and the best of a set of floats is the same float in any order), or the unknown
        character's score added to the next one's: _route_left_of()'s floats."""
        if not left:
            return [self.concat_route(left, right) for right in rights]
        keys, unknown = self._memo_keys(), -self.log_total
        start = len(left)
        # From each position of left, right to left: None where no key starts there; else
        # the words that end inside left (end, score) and whether the walk reaches the seam
        # (every string from the position to left's end a key).
        walks: list[tuple[list[tuple[int, float]], bool] | None] = []
        for i in range(start - 1, -1, -1):
            score = keys[left[i]]
            if score is None:
                walks.append(None)
                continue
            words: list[tuple[int, float]] = []
            j, reached = i + 1, False
            while True:
                if score <= 0.0:
                    words.append((j, score))
                if j >= start:
                    reached = True
                    break
                j += 1
                score = keys[left[i:j]]
                if score is None:
                    break
            walks.append((words, reached))
        suffixes = self._suffixes
        out: list[float] = []
        for right in rights:
            suffix = suffixes.get(right)
            if suffix is None:
                if len(suffixes) > 100_000:
                    suffixes.clear()
                suffix = suffixes[right] = self._suffix_routes(right)
            n = start + len(right)
            best = [0.0] * (start + 1)
            best[start] = suffix[0]
            i = start
            for walk in walks:
                i -= 1
                if walk is None:
                    best[i] = unknown + best[i + 1]
                    continue
                top = _NO_WORD
                for j, score in walk[0]:
                    total = score + best[j]
                    if total > top:
                        top = total
                if walk[1]:
                    head, j = left[i:], start
                    while j < n:
                        j += 1
                        word = keys[head + right[: j - start]]
                        if word is None:
                            break
                        if word <= 0.0:
                            total = word + suffix[j - start]
                            if total > top:
                                top = total
                best[i] = unknown + best[i + 1] if top == _NO_WORD else top
            out.append(best[0])
        return out

    def _route_left_of(self, joined: str, start: int, right: list[float], shift: int) -> float:
        """route(joined) when route(joined[j:]) is known for every j >= start, as
        ``right[j + shift]``: the right-to-left pass over joined[:start] only, with route()'s
        lookups, additions and comparisons."""
        keys, unknown = self._memo_keys(), -self.log_total
        n = len(joined)
        left = [0.0] * (start + 1)
        left[start] = right[start + shift]
        for i in range(start - 1, -1, -1):
            score = keys[joined[i]]
            if score is None:
                left[i] = unknown + left[i + 1]
                continue
            top = _NO_WORD
            j = i + 1
            while True:
                if score <= 0.0:
                    score += left[j] if j <= start else right[j + shift]
                    if score > top:
                        top = score
                if j >= n:
                    break
                j += 1
                score = keys[joined[i:j]]
                if score is None:
                    break
            left[i] = unknown + left[i + 1] if top == _NO_WORD else top
        return left[0]

    def strands_bound_char(self, frag: str, limit: float = 0.5) -> bool:
        """Its dictionary segmentation leaves alone a character that is normally bound inside
        words (民 in 民群: standalone share below ``limit``)."""
        return self.stranded(frag, limit)[2]

    def stranded(self, frag: str, limit: float = 0.5) -> tuple[bool, bool, bool]:
        """Whether the dictionary segmentation of ``frag`` (a Han run) leaves a normally
        bound character alone at its head (注 in 注平台), at its tail (投 in 外围投), anywhere.
        Memoised like ``route``: a fixed answer per string."""
        key = (frag, limit)
        got = self._stranded.get(key)
        if got is None:
            if len(self._stranded) > 100_000:
                self._stranded.clear()
            alone = [len(w) == 1 and self.standalone(w) < limit for w in self.han_words(frag)]
            # an empty string (no words) strands nothing
            got = self._stranded[key] = ((alone[0], alone[-1], any(alone)) if alone
                                         else (False, False, False))
        return got

    def stranded_many(self, frags: Sequence[str], limit: float = 0.5,
                      ) -> list[tuple[bool, bool, bool]]:
        """stranded() of each of ``frags``, the same answers (kept in its memo). The strings of
        one to ``_GRAM`` characters at or below U+FFFF not yet known are segmented together
        (_batch_stranded) when there are enough of them to pay the arrays' fixed cost; the
        others one by one. The piece model asks this of every recurring fragment of a page."""
        memo = self._stranded
        todo = list(dict.fromkeys(f for f in frags if (f, limit) not in memo
                                  and 0 < len(f) <= _GRAM))
        # One test for all: a code point above U+FFFF sends every string the long way.
        if len(todo) >= _STRANDED_BATCH_MIN and max(map(max, todo)) <= "\uffff":
            if len(memo) + len(todo) > 100_000:  # stranded()'s bound on its memo
                memo.clear()
            memo.update(zip([(f, limit) for f in todo], self._batch_stranded(todo, limit),
                            strict=True))
        got = memo.get
        return [got((f, limit)) or self.stranded(f, limit) for f in frags]

    def _batch_stranded(self, group: list[str], limit: float) -> list[tuple[bool, bool, bool]]:
        """stranded() of strings of one to _GRAM characters (at or below U+FFFF), from the
        words _batch_best() finds: a word of one character is alone where its standalone
        share is below ``limit`` (1.0 outside the per-character array, as standalone() reads
        it). The strings are padded with U+0000 to _GRAM characters; no word reaches the
        padding (_batch_best), so the walk ends at each string's own end."""
        codes = codes_of("".join(f.ljust(_GRAM, "\0") for f in group)).astype(np.int64)
        codes = codes.reshape(len(group), _GRAM)
        size = np.array([len(f) for f in group], dtype=np.int64)
        ends, best = self._batch_best(codes, size)
        self._remember_words(group, ends, best)
        inside = (codes >= _LO) & (codes < _HI)
        share = np.where(inside, self._standalone[np.where(inside, codes - _LO, 0)], 1.0)
        rows = np.arange(len(group))
        at = np.zeros(len(group), dtype=np.int64)
        head = tail = anywhere = np.zeros(len(group), dtype=bool)
        for step in range(_GRAM):  # a word a step: at most one word a character
            going = at < size
            here = np.minimum(at, size - 1)
            end = ends[rows, here]
            alone = going & (end - at == 1) & (share[rows, here].astype(np.float64) < limit)
            if step == 0:
                head = alone
            tail = np.where(going & (end == size), alone, tail)
            anywhere = anywhere | alone
            at = np.where(going, end, at)
        return list(zip(head.tolist(), tail.tolist(), anywhere.tolist(), strict=True))

    def _remember_words(self, group: list[str], ends: NDArray[np.int64],
                        best: NDArray[np.float64]) -> None:
        """What han_words() keeps of each string of ``group`` it has not segmented yet (its
        words, its route and its suffixes' routes), from _batch_best()'s ``ends`` and ``best``:
        the piece model segments its fragments again when it links them (han_ends,
        concat_route, route), and they are then lookups."""
        words, routes, suffixes = self._words, self._routes, self._suffixes
        if len(words) + len(group) > 100_000:  # han_words()' bound on its memo
            words.clear()
        for frag, row_ends, row_best in zip(group, ends.tolist(), best.T.tolist(),
                                            strict=True):
            if frag in words:
                continue
            size = len(frag)
            out, i = [], 0
            while i < size:
                out.append(frag[i : row_ends[i]])
                i = row_ends[i]
            words[frag] = tuple(out)
            if frag not in routes and len(routes) <= 200_000:
                routes[frag] = row_best[0]
            if frag not in suffixes and len(suffixes) <= 100_000:
                suffixes[frag] = row_best[: size + 1]

    def _batch_best(self, codes: NDArray[np.int64], size: NDArray[np.int64],
                    ) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        """_best()'s ``ends`` and ``best`` (by position, then row) for each row of ``codes``
        (a string of ``size`` characters at or below U+FFFF, padded to _GRAM), all rows in
        step. Exact: the n-grams' entries are
        _KeyMemo's (the same math.log floats, _PREFIX for a prefix; _GramKeys holds every key
        of one to _GRAM characters at or below U+FFFF); a walk from i stops at its first
        string that is no key, as _best()'s ``while`` does, and at the row's end; each step
        adds the same two floats and compares as _best() does (>=: a tie goes to the longer
        word); a position no word starts at takes the unknown score and the next character
        as its word; past a row's end the score is 0.0, as _best()'s ``best[n]``."""
        rows, width = codes.shape
        # The n-grams of each length, every start at once: gram[i] is text[i:i+length].
        wide = codes.astype(np.uint64).T  # [i]: every row's character i
        found = np.ones((width, width + 1, rows), dtype=bool)  # j <= i: no string, no stop
        entry = np.zeros((width, width + 1, rows))
        gram = wide.copy()
        for length in range(1, width + 1):
            if length > 1:
                gram = (gram[:-1] << np.uint64(16)) | wide[length - 1 :]
            hit, values = self._grams.lookup(length, gram.ravel())
            starts = np.arange(width - length + 1)
            found[starts, starts + length] = hit.reshape(gram.shape)
            entry[starts, starts + length] = values.reshape(gram.shape)
        # [i, j]: text[i:j] walked (every string from i up to it a key, j within the row)
        found &= (np.arange(width + 1)[:, None] <= size)[None]
        alive = found
        for j in range(1, width + 1):  # a running AND along j (ufunc.accumulate is slower)
            alive[:, j] &= alive[:, j - 1]
        best = np.zeros((width + 1, rows))
        ends = np.zeros((rows, width + 1), dtype=np.int64)
        unknown = -self.log_total
        for i in range(width - 1, -1, -1):
            top = np.full(rows, _NO_WORD)
            has = np.zeros(rows, dtype=bool)
            end = np.full(rows, i + 1, dtype=np.int64)
            for j in range(i + 1, width + 1):
                word = alive[i, j] & (entry[i, j] <= 0.0)
                score = entry[i, j] + best[j]
                better = word & (~has | (score >= top))
                top = np.where(better, score, top)
                end = np.where(better, j, end)
                has |= word
            best[i] = np.where(i < size, np.where(has, top, unknown + best[i + 1]), 0.0)
            ends[:, i] = end
        return ends, best

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        """jieba's tokenizer on this dictionary, made on first use (importing jieba costs a
        fifth of a second, and only the keyword-stuffing test cuts with it)."""
        if self._tokenizer is None:
            import jieba

            tokenizer = jieba.Tokenizer()
            # Filled by hand: jieba's own initialize() logs to stderr and writes a cache file
            # in /tmp, neither of which a pure cleaner may do.
            tokenizer.FREQ, tokenizer.total = self.freq, self._total
            tokenizer.initialized = True
            self._tokenizer = tokenizer
        return self._tokenizer

    def words(self, text: str) -> list[str]:
        """Dictionary-only segmentation (no HMM guessing of unknown words). jieba segments
        each run of its block characters on its own, so a run longer than ``_MAX_RUN`` is cut
        in slices of that size and the rest of the text segments exactly as jieba would."""
        cut = self.tokenizer.cut
        words: list[str] = []
        done = 0
        for run in _jieba_block().finditer(text):
            start, end = run.span()
            if end - start > _MAX_RUN:
                words += cut(text[done:start], HMM=False)
                for at in range(start, end, _MAX_RUN):
                    words += cut(text[at : min(at + _MAX_RUN, end)], HMM=False)
                done = end
        words += cut(text[done:], HMM=False)
        return words

    @property
    def inner_pairs(self) -> Mapping[int, None]:
        """The character pairs, as keys ``(ord(a) << 21) | ord(b)``, that stand side by side
        inside a dictionary word of two to four characters (frequency 1 or more): a word across
        a seam holds the pair either side of it, so a pair not here has none. Made from the
        table on first use (a few numpy passes over its words). A dict, not a frozenset: the
        garbage collector leaves a dict of ints alone, where it walks a set's 296k entries at
        every full collection (some 60 ms each; one every few pages of the piece model)."""
        if self._inner_pairs is None:
            blob, counts = self._table_words
            chars = codes_of(blob.tobytes().decode("utf-8")).astype(np.int64)
            ends = chars == 10  # each word ends with a newline
            lengths = np.diff(np.flatnonzero(ends), prepend=-1) - 1
            at = np.flatnonzero(~ends[:-1] & ~ends[1:])
            word = np.cumsum(ends)[at]  # the newlines before a character: its word's number
            keep = (lengths[word] >= 2) & (lengths[word] <= 4) & (counts[word] >= 1)
            at = at[keep]
            self._inner_pairs = dict.fromkeys(((chars[at] << 21) | chars[at + 1]).tolist())
        return self._inner_pairs

    def is_word(self, text: str, min_freq: int = 1) -> bool:
        return self.freq.get(text, 0) >= min_freq

    def pair_bound(self, pair: str, min_assoc: float = 0.002) -> bool:
        """True if the two characters usually sit inside one word (人民 yes, 民群 no)."""
        a, b = ord(pair[0]), ord(pair[1])
        if not (_LO <= a < _HI and _LO <= b < _HI):
            return False
        if min_assoc == _TABLE_ASSOC:
            # The bound-pair table's answer, as pairs_bound() reads it (the search's own):
            # Python ints and one table cell, where the search costs numpy scalar calls.
            ia, ib = self._dense_ids[a], self._dense_ids[b]
            if ia < _COMMON and ib < _COMMON:
                return bool(self._bound_table[ia * _WIDTH + ib])
            return ((a << 21) | b) in self._rare_bound
        key = np.uint64((a << 21) | b)
        pos = int(np.searchsorted(self._pair_keys, key))
        if pos >= self._pair_keys.shape[0] or self._pair_keys[pos] != key:
            return False
        rarer = min(self._inside[a - _LO], self._inside[b - _LO])
        return bool(self._pair_freq[pos] >= min_assoc * max(rarer, 1.0))

    def pairs_bound(self, keys: NDArray[np.uint64], min_assoc: float = 0.002) -> NDArray[np.bool_]:
        """pair_bound() for pair keys ``(ord(a) << 21) | ord(b)`` (Han code points only). At the
        default ``min_assoc`` the answers come from the bound-pair table (bound_at()'s gather
        and set), the same answers as the search of the pair table, which costs more."""
        if min_assoc != _TABLE_ASSOC:
            return self._pairs_searched(keys, min_assoc)
        left = (keys >> _SHIFT).astype(np.intp)
        right = (keys & np.uint64((1 << 21) - 1)).astype(np.intp)
        a, b = self._dense[np.minimum(left, _HI)], self._dense[np.minimum(right, _HI)]
        out: NDArray[np.bool_] = self._bound_table[a * _WIDTH + b]
        rare = np.flatnonzero(np.maximum(a, b) == _RARE)
        if rare.shape[0]:
            out[rare] = [key in self._rare_bound for key in keys[rare].tolist()]
        return out

    def _pairs_searched(self, keys: NDArray[np.uint64],
                        min_assoc: float = _TABLE_ASSOC) -> NDArray[np.bool_]:
        """pairs_bound() by a search of the pair table (it builds the bound-pair table)."""
        pos = np.searchsorted(self._pair_keys, keys)
        pos[pos >= self._pair_keys.shape[0]] = 0
        hit = self._pair_keys[pos] == keys
        a = (keys >> _SHIFT).astype(np.intp) - _LO
        b = (keys & np.uint64((1 << 21) - 1)).astype(np.intp) - _LO
        rarer = np.minimum(self._inside[a], self._inside[b])
        result: NDArray[np.bool_] = hit & (self._pair_freq[pos] >= min_assoc * np.maximum(rarer, 1))
        return result

    def _bound_pair_table(self) -> tuple[NDArray[np.int32], NDArray[np.bool_], dict[int, None]]:
        """Dense ids by code point (index ``min(code, _HI)``), pairs_bound() for every pair of
        the _COMMON characters most used inside words, flat (``a * _WIDTH + b``), and the keys
        of the bound pairs with a rarer character: a page's pairs are then looked up by a
        gather (and a few set lookups), not a search of the 300k-pair table."""
        common = np.argsort(-self._inside, kind="stable")[:_COMMON]
        dense = np.full(_HI + 1, _NOT_HAN, dtype=np.int32)
        dense[_LO:_HI] = _RARE
        dense[common + _LO] = np.arange(common.shape[0])
        keys = self._pair_keys
        a = dense[(keys >> _SHIFT).astype(np.intp)]
        b = dense[(keys & np.uint64((1 << 21) - 1)).astype(np.intp)]
        bound = self._pairs_searched(keys)
        common_pair = (a < _COMMON) & (b < _COMMON)
        table = np.zeros(_WIDTH * _WIDTH, dtype=bool)
        table[a[bound & common_pair] * _WIDTH + b[bound & common_pair]] = True
        # A dict, not a frozenset, as inner_pairs: left alone by the garbage collector.
        return dense, table, dict.fromkeys(keys[bound & ~common_pair].tolist())

    def dense_ids(self, codes: NDArray[np.uint32]) -> NDArray[np.int32]:
        """The bound-pair table's id of each code point, for bound_at() and adjacent_bound()."""
        ids: NDArray[np.int32] = self._dense[np.minimum(codes, _HI)]
        return ids

    @staticmethod
    def is_han_id(ids: NDArray[np.int32]) -> NDArray[np.bool_]:
        """Which dense_ids() are Han characters (U+3400 to U+9FFF, as everywhere here)."""
        han: NDArray[np.bool_] = ids < _NOT_HAN
        return han

    def _bound(self, a: NDArray[np.int32], b: NDArray[np.int32], codes: NDArray[np.uint32],
               left: NDArray[np.intp] | None, right: NDArray[np.intp] | None,
               ) -> NDArray[np.bool_]:
        """pairs_bound() of the characters with dense ids ``a``, ``b``: those at positions
        ``left``, ``right`` of the page ``codes`` (each character and the next if None)."""
        out: NDArray[np.bool_] = self._bound_table[a * _WIDTH + b]
        # Both Han, one of them outside the table: a few pairs a page, looked up in the set
        # (cheaper than one numpy search of the pair table).
        rare = np.flatnonzero(np.maximum(a, b) == _RARE)
        if rare.shape[0]:
            at_left, at_right = (rare, rare + 1) if left is None or right is None else (
                left[rare], right[rare])
            keys = ((codes[at_left].astype(np.uint64) << _SHIFT) | codes[at_right]).tolist()
            out[rare] = [key in self._rare_bound for key in keys]
        return out

    def bound_at(self, codes: NDArray[np.uint32], ids: NDArray[np.int32],
                 left: NDArray[np.intp], right: NDArray[np.intp]) -> NDArray[np.bool_]:
        """pairs_bound() of the characters at positions ``left[i]``, ``right[i]`` of a page
        (its code points and their dense_ids()); False where either is no Han character. The
        same answers, from a table for the common characters instead of a search."""
        return self._bound(ids[left], ids[right], codes, left, right)

    def adjacent_bound(self, codes: NDArray[np.uint32],
                       ids: NDArray[np.int32]) -> NDArray[np.bool_]:
        """bound_at() of each character and the next (length ``len(codes) - 1``)."""
        return self._bound(ids[:-1], ids[1:], codes, None, None)

    def standalone(self, char: str) -> float:
        c = ord(char)
        return float(self._standalone[c - _LO]) if _LO <= c < _HI else 1.0

    def closes_only(self, char: str) -> bool:
        """``char`` only ever closes words (们, 者, 些): of the frequency of the dictionary's
        words that hold it (5000 or more), under 2% is of words it opens."""
        closing = self.__dict__.get("_closing_only")
        if closing is None:
            opening: Counter[str] = Counter()
            total: Counter[str] = Counter()
            for word, count in self.freq.items():
                if len(word) > 1 and count:
                    opening[word[0]] += count
                    for c in word:
                        total[c] += count
            closing = frozenset(c for c, n in total.items()
                                if n >= _CLOSING_MIN and opening[c] < _CLOSING_SHARE * n)
            self.__dict__["_closing_only"] = closing
        return char in closing

    @property
    def standalone_array(self) -> NDArray[np.float64]:
        """standalone() for every code point from U+3400, indexed by ``ord(c) - 0x3400``."""
        return self._standalone


# A character closes words only when words it opens hold under this share of its frequency, of
# characters with at least _CLOSING_MIN (们 0.0, 者 0.0001; 子 0.04 and 儿 0.22 open some words).
_CLOSING_SHARE = 0.02
_CLOSING_MIN = 5000
# Fewest sites (or spans) worth the array passes of deletion_gains() and edge_words(): below
# it the arrays' fixed cost (some 0.5 ms a page) outweighs the route passes they save (both
# ways take the same time at some 80 sites of a spam mirror, measured alternating).
_BATCH_MIN = 64
# Fewest strings worth stranded_many()'s array pass: both ways cost the same at some 60 strings
# (measured; the pass has a fixed cost of some 0.2 ms).
_STRANDED_BATCH_MIN = 64
# A page's word lattice (see ChineseStats._page_lattice): first, count, ends, scores, reach.
_Lattice = tuple["NDArray[np.int64]", "NDArray[np.int64]", "NDArray[np.int64]",
                 "NDArray[np.float64]", "NDArray[np.int64]"]


class _Visits(NamedTuple):
    """ChineseStats._lattice_visits(): the spans (lo, hi, size) and their visits (span,
    offset, page position, reach); the visits' words (span, offset, end, score)."""

    spans_and_visits: tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64],
                            NDArray[np.int64], NDArray[np.int64], NDArray[np.int64],
                            NDArray[np.int64]]
    words: tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64],
                 NDArray[np.float64]]
# The longest keys the n-gram table holds: four characters of 16 bits fill a 64-bit code.
_GRAM = 4


class _GramKeys:
    """The dictionary keys of one to ``_GRAM`` characters (all at or below U+FFFF) as sorted
    integer codes, 16 bits a character, with their prefix-table entries (_KeyMemo's floats:
    math.log(freq) - log_total, _PREFIX for a prefix), so a page's n-grams are looked up
    all at once (a search per length) instead of one dictionary lookup per string."""

    __slots__ = ("_codes", "_found", "_values")

    def __init__(self, words: NDArray[np.uint8], counts: NDArray[np.int64],
                 log_total: float) -> None:
        # ``words``: the stats table's words, each ended by a newline (pack_strings).
        chars = codes_of(words.tobytes().decode("utf-8")).astype(np.uint64)
        stops = np.flatnonzero(chars == 10)
        starts = np.concatenate(([0], stops[:-1] + 1))
        lengths = stops - starts
        # The entries as _KeyMemo computes them (math.log, not numpy's), once per distinct
        # frequency (some 5,000 of them).
        distinct = np.unique(counts)
        entries = np.array([math.log(c) - log_total if c > 0 else _PREFIX
                            for c in distinct.tolist()], dtype=np.float64)[
                                np.searchsorted(distinct, counts)]
        self._codes: list[NDArray[np.uint64]] = []
        self._values: list[NDArray[np.float64]] = []
        for size in range(1, _GRAM + 1):
            keys = np.flatnonzero(lengths == size)
            code = np.zeros(keys.shape[0], dtype=np.uint64)
            narrow = np.ones(keys.shape[0], dtype=bool)
            for k in range(size):
                char = chars[starts[keys] + k]
                narrow &= char <= 0xFFFF
                code = (code << np.uint64(16)) | (char & np.uint64(0xFFFF))
            order = np.argsort(code[narrow])  # the keys are distinct
            self._codes.append(code[narrow][order])
            self._values.append(entries[keys[narrow]][order])
        # One character: a table by code point, read by a gather.
        self._found = np.zeros(0x10000, dtype=bool)
        self._found[self._codes[0].astype(np.intp)] = True
        values = np.zeros(0x10000, dtype=np.float64)
        values[self._codes[0].astype(np.intp)] = self._values[0]
        self._values[0] = values

    def lookup(self, size: int, grams: NDArray[np.uint64],
               ) -> tuple[NDArray[np.bool_], NDArray[np.float64]]:
        """Which n-grams of ``size`` characters (codes as above) are keys, and their entries
        (meaningless where they are none)."""
        codes, values = self._codes[size - 1], self._values[size - 1]
        if size == 1:
            at = grams.astype(np.intp)
            return self._found[at], values[at]
        if codes.shape[0] == 0:
            return np.zeros(grams.shape[0], dtype=bool), np.zeros(grams.shape[0])
        # Searched in rising order: each search starts where the last one ended, and the
        # table's pages are read in order (in page order, the searches miss the cache).
        order = np.argsort(grams)
        spot = np.empty(grams.shape[0], dtype=np.intp)
        spot[order] = np.searchsorted(codes, grams[order])
        spot = np.minimum(spot, codes.shape[0] - 1)
        found: NDArray[np.bool_] = codes[spot] == grams
        found_values: NDArray[np.float64] = values[spot]
        return found, found_values


class _KeyMemo(dict[str, "float | None"]):
    """The prefix table's answers (a dictionary key's log-probability, _PREFIX for a key of
    frequency 0, which jieba adds for the prefixes of words, or None for no key) to the
    strings the segmentation passes asked about, each worked out from the frequencies when
    first asked. A page's windows ask about the same characters and word starts over and
    over; in this table, sized to the page, an answer is one subscript (no method call, no
    None default) among entries that stay in the processor's caches, where the dictionary
    holds half a million keys."""

    __slots__ = ("_freq", "_log_total")

    def __init__(self, freq: dict[str, int], log_total: float) -> None:
        super().__init__()
        self._freq = freq
        self._log_total = log_total

    def __missing__(self, key: str) -> float | None:
        # _prefix_score inlined: a page misses some 3000 keys, a call fewer each.
        freq = self._freq.get(key)
        value = self[key] = (None if freq is None else math.log(freq) - self._log_total
                             if freq > 0 else _PREFIX)
        return value


def _cut_window(text: str, start: int, end: int, window: int) -> tuple[int, int]:
    """The span ``deletion_gain`` reads around text[start:end]: ``window`` characters each
    side, within the line."""
    lo = max(text.rfind("\n", 0, start) + 1, start - window)
    nl = text.find("\n", end)
    return lo, min(len(text) if nl < 0 else nl, end + window)


def _crossed(freq: dict[str, int], text: str, seam: int) -> bool:
    """A dictionary word (frequency 1 or more, as route() reads words) spans the seam before
    text[seam]. Walked as route() walks: a string that is no key ends the words from i."""
    n = len(text)
    for i in range(seam):
        for j in range(i + 1, n + 1):
            count = freq.get(text[i:j])
            if count is None:
                break
            if j > seam and count >= 1:
                return True
    return False


def _prefix_score(freq: int | None, log_total: float) -> float | None:
    """A key's entry in the prefix table: the log-probability of a word of frequency
    ``freq``, _PREFIX for frequency 0 (only a prefix of words), None for no key."""
    if freq is None:
        return None
    return math.log(freq) - log_total if freq > 0 else _PREFIX


def _jieba_block() -> re.Pattern[str]:
    """The runs of characters jieba segments each on its own (Han, ASCII letters, digits,
    +#&._%-)."""
    import jieba

    block: re.Pattern[str] = jieba.re_han_default
    return block


def build_stats_table() -> dict[str, NDArray[Any]]:
    """The arrays ChineseStats is made of, built from jieba's dictionary (spam.tables ships
    them built; this is its builder and the fallback for another jieba version)."""
    import jieba

    with files("jieba").joinpath("dict.txt").open("rb") as fh:
        freq, total = jieba.Tokenizer.gen_pfdict(fh)
    size = _HI - _LO
    single = np.zeros(size, dtype=np.float64)  # frequency as a one-character word
    inside = np.zeros(size, dtype=np.float64)  # frequency inside any word
    pairs: Counter[int] = Counter()
    for word, count in freq.items():
        if count <= 0:
            continue  # prefixes jieba adds with frequency 0
        codes = [ord(c) for c in word]
        if len(codes) == 1 and _LO <= codes[0] < _HI:
            single[codes[0] - _LO] += count
        for i, c in enumerate(codes):
            if _LO <= c < _HI:
                inside[c - _LO] += count
            if i and _LO <= codes[i - 1] < _HI and _LO <= c < _HI:
                pairs[(codes[i - 1] << 21) | c] += count
    keys = np.fromiter(pairs.keys(), dtype=np.uint64, count=len(pairs))
    vals = np.fromiter(pairs.values(), dtype=np.float64, count=len(pairs))
    order = np.argsort(keys)
    return {
        "words": pack_strings(freq),
        "counts": np.fromiter(freq.values(), dtype=np.int64, count=len(freq)),
        "total": np.array(total, dtype=np.int64),
        "pair_keys": keys[order],
        "pair_freq": vals[order],
        "inside": inside,
        "standalone": np.where(inside > 0, single / np.maximum(inside, 1.0), 1.0),
    }


@lru_cache(maxsize=1)
def shared_stats() -> ChineseStats:
    """The process's one ChineseStats: loaded once (a fraction of a second), shared by every
    cleaner.
    Read-only apart from its bounded memo of segmentation scores."""
    return ChineseStats()


class LazyStats:
    """Fetches the shared ChineseStats on first use and leaves it out of pickles."""

    def __init__(self) -> None:
        self._stats: ChineseStats | None = None

    def get(self) -> ChineseStats:
        if self._stats is None:
            self._stats = shared_stats()
        return self._stats

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._stats = None

