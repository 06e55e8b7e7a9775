"""Recurring fragments of a page and the evidence that each was injected: the piece model of
``spam.injection``.

A candidate is a run of 2-4 Han characters that occurs 2-8 times and is maximal (its
occurrences do not all share one neighbour, else the longer run is the candidate). Evidence:
``CHEAP_FEATURES`` (character-pair association of its junctions, see ``charstats``; is it a
word, does its segmentation strand a bound character, how varied are its neighbours, do they
occur joined elsewhere on the page, does it hold selling vocabulary) for every candidate; a
logistic screen on those picks the ones worth ``GAIN_FEATURES`` (jieba deletion test at every
site: does removing it leave a sentence that segments as well, or re-join a split word); a
logistic first pass on both gives beliefs; ``LINK_FEATURES`` say how a candidate chains with
the believed pieces (seams that form words or spam terms, shared lines, adjacency); boosted
decision trees (``TreeEnsemble``) decide, and decide once more with links to the pieces they
believe (a chain's pieces lend each other their seams). Hand-written because no library
detects chopped-phrase injection; the weights are learned by ``bench/train_injection.py``
and shipped as data.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import numpy as np

from .charstats import codes_of, word_pairs

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from numpy.typing import NDArray

    from .charstats import CharTable
    from .stats import ChineseStats

__all__ = ["CHEAP_FEATURES", "FEATURES", "GAIN_FEATURES", "LINK_FEATURES", "SPLIT", "Candidate",
           "PageFragments", "PieceModel", "TreeEnsemble", "candidates", "link_features",
           "piece_model", "second_pass"]

_LO, _HI = 0x3400, 0xA000
WINDOW = 4  # characters of context each side for the deletion test
# Deletion gain below FREE: the site is not bound; at or below SPLIT: it re-joins a split word.
FREE, SPLIT = 1.0, -3.0
# A piece the model chooses is cut at every site except where deleting it would break a word
# (gain at or above KEEP: 心人 inside 服务中心人来车往).
KEEP = 5.0
_NEWLINE = re.compile("\n")

# Cheap evidence, known for every candidate; the screen reads only these.
CHEAP_FEATURES = (
    "bias", "len3", "len4", "log_sites", "many_sites", "word", "log_word_freq", "odd",
    "junction_llr", "left_variety", "right_variety", "edge_share", "bound_left", "bound_right",
    "spam_term", "collocation", "max_llr", "min_llr", "dangling_head", "dangling_tail",
    "inner_pmi", "head_standalone", "tail_standalone", "rejoined_elsewhere",
)
# The deletion test at every site (jieba routes: the costly part), for screened candidates.
GAIN_FEATURES = ("free_share", "splits", "mean_gain", "free_sites", "min_gain", "max_gain",
                 "attested_share", "rejoin_attested_share")
FEATURES = CHEAP_FEATURES + GAIN_FEATURES
LINK_FEATURES = ("seam_bind", "seam_term", "shared_lines", "believed_pieces", "adjacent",
                 "seam_pair")


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    starts: tuple[int, ...]
    gains: tuple[float, ...]  # deletion gain per site (< FREE: the site is not bound)
    features: tuple[float, ...]

    @property
    def free_starts(self) -> tuple[int, ...]:
        return tuple(a for a, g in zip(self.starts, self.gains, strict=True) if g < FREE)

    @property
    def cut_starts(self) -> tuple[int, ...]:
        """Sites a chosen piece is cut at (see KEEP)."""
        return tuple(a for a, g in zip(self.starts, self.gains, strict=True) if g < KEEP)


def _han_mask(text: str) -> NDArray[np.bool_]:
    """Whether each character of ``text`` is Han (one encode, no Python loop)."""
    codes = codes_of(text)
    han: NDArray[np.bool_] = (codes >= _LO) & (codes < _HI)
    return han


def _recurring(text: str, max_len: int, max_sites: int, han: NDArray[np.bool_],
               ) -> dict[str, list[int]]:
    """Maximal Han runs of 2..max_len characters occurring 2..max_sites times, with their
    offsets, by length and then by first offset (``han``: ``_han_mask(text)``). A run shorter
    than max_len whose sites all share one Han neighbour on the left, or all one on the right,
    is not maximal: the longer run is the candidate. Grouped and tested in numpy: Python
    builds only the strings of the runs kept."""
    codes = codes_of(text)
    n = codes.shape[0]
    rel = np.where(han, codes - _LO, 0).astype(np.uint64)
    # A neighbour's code point, 0 where there is no Han character.
    left_of = np.zeros(n, dtype=np.int64)
    left_of[1:] = np.where(han[:-1], codes[:-1], 0)
    right_of = np.where(han, codes, 0).astype(np.int64)
    out: dict[str, list[int]] = {}
    for k in range(2, max_len + 1):
        if n < k:
            break
        idx = np.arange(n - k + 1)
        ok = han[idx].copy()
        key = rel[idx].copy()
        for j in range(1, k):
            ok &= han[idx + j]
            key = (key << np.uint64(16)) | rel[idx + j]
        pos = idx[ok]
        if pos.shape[0] == 0:
            continue
        # Grouped by one stable sort of the keys (what np.unique's inverse and counts say,
        # and the sites of a group in offset order, as a stable sort of that inverse).
        order = np.argsort(key[ok], kind="stable")
        ordered = key[ok][order]
        opens = np.ones(ordered.shape[0], dtype=bool)
        opens[1:] = ordered[1:] != ordered[:-1]
        bounds = np.flatnonzero(opens)
        counts = np.diff(bounds, append=ordered.shape[0])
        inverse = np.empty(ordered.shape[0], dtype=np.intp)
        inverse[order] = np.cumsum(opens) - 1
        keep = (counts >= 2) & (counts <= max_sites)
        if k < max_len:
            # One neighbour at every site: min == max over the group, and not "none".
            right = np.zeros(n - k + 1, dtype=np.int64)
            right[: n - k] = right_of[k:]
            for side in (left_of[pos], right[pos]):
                grouped = side[order]
                low = np.minimum.reduceat(grouped, bounds)
                keep &= ~((low > 0) & (low == np.maximum.reduceat(grouped, bounds)))
        for p in pos[keep[inverse]].tolist():
            out.setdefault(text[p : p + k], []).append(p)
    return out


class PageFragments:
    """One page's recurring fragments, their cheap evidence and what candidates() worked out
    for them so far (deletion gains, candidates), kept for the next call on the same page: a
    memo the caller makes per page and passes down (never module state).

    Safe because a fragment's evidence is its own: the cheap matrix is built for every
    fragment found before any screen reads it; a site's deletion gain is route() of its own
    window with and without the fragment (ChineseStats.deletion_gains: the same float in a
    batch of any sites as alone); its neighbouring words are han_ends() of its own runs
    (edge_words: the same words in any batch); the features after the deletion test read
    only the fragment's own sites. So a call with a wider screen returns the narrower
    call's candidates unchanged, the others added in the order found."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self.found: list[tuple[str, list[int]]] = []
        self.gains: dict[int, tuple[float, ...]] = {}  # by index into ``found``
        self.built: dict[int, Candidate] = {}
        self._mask: NDArray[np.bool_] | None = None
        self._x: NDArray[np.float64] | None = None

    def load(self, text: str, stats: ChineseStats, table: CharTable, terms: frozenset[str],
             max_len: int, max_sites: int) -> None:
        """Find the fragments of ``text`` unless this memo holds that page's already."""
        key = (text, stats, table, terms, max_len, max_sites)
        if self._key is not None and all(
                a is b or a == b for a, b in zip(key, self._key, strict=True)):
            return
        self._key = key
        self.gains.clear()
        self.built.clear()
        self._mask = _han_mask(text)
        self.found = list(_recurring(text, max_len, max_sites, self._mask).items())
        self._x = None
        if self.found:
            self._x = _cheap_matrix(text, self.found, self._mask, stats,
                                    _PagePmi(table, text, max_len), terms)

    def recurring(self, text: str, max_len: int, max_sites: int,
                  ) -> dict[str, list[int]] | None:
        """``_recurring(text, max_len, max_sites, _han_mask(text))`` read off the fragments
        loaded for ``text``, or None when none were (another text, another length, fewer
        sites). Exact: a fragment's group, count and maximality test are its own, so a
        smaller ``max_sites`` keeps the fragments it allows, in the same order, with the
        same sites (the lists are shared: read them, never change them)."""
        key = self._key
        if key is None or not (key[0] is text or key[0] == text) or key[4] != max_len or (
                not isinstance(key[5], int) or key[5] < max_sites):
            return None
        return {frag: starts for frag, starts in self.found if len(starts) <= max_sites}

    @property
    def mask(self) -> NDArray[np.bool_]:
        assert self._mask is not None, "load() first"
        return self._mask

    @property
    def cheap(self) -> NDArray[np.float64]:
        assert self._x is not None, "load() a page with fragments first"
        return self._x


def candidates(text: str, stats: ChineseStats, table: CharTable, terms: frozenset[str],
               screen: Callable[[NDArray[np.float64]], NDArray[np.bool_]] | None = None, *,
               max_len: int = 4, max_sites: int = 8, min_splitting: int = 0,
               memo: PageFragments | None = None,
               prefetch: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
    """Maximal recurring fragments with their features (see module docstring). ``screen``
    sees the cheap features of all of them and says which go on to the deletion test; the
    others are left out. A fragment found more than ``max_sites`` times is a topic word of
    the article, not a piece inserted 2-4 times. None where fewer than ``min_splitting`` of
    the fragments screened split a word at some site (a deletion gain at or below SPLIT): a
    caller that needs that many asks, and the features after the deletion test (the
    neighbouring words of every site) are not worked out for nothing. ``memo``: the page's
    PageFragments, so a later call on the page (another screen) redoes none of this one's
    work; the same candidates as without it. ``prefetch``: sites (start, end) whose deletion
    gains (WINDOW) the caller will ask next, worked out in the same batch as the fragments'
    (stats keeps them for the page: the same floats, one pass of the word lattice)."""
    # Loaded first, as before the candidates were filtered in numpy: the first page the model
    # reads (a benchmark's warm-up page, with no candidate) loads the sample.
    pairs = word_pairs()
    page = memo if memo is not None else PageFragments()
    page.load(text, stats, table, terms, max_len, max_sites)
    found = page.found
    if not found:
        return []
    x = page.cheap
    keep = screen(x) if screen is not None else np.ones(len(found), dtype=bool)
    kept = [i for i, k in enumerate(keep.tolist()) if k]
    # The deletion tests and the neighbouring words of every site at once, from the page's
    # word lattice (see ChineseStats.deletion_gains and edge_words): the same floats and
    # words as site by site, in a few array passes instead of a route pass per window.
    # Only the fragments the memo does not know yet.
    fresh = [i for i in kept if i not in page.gains]
    gains_at = iter(stats.deletion_gains(
        text, [(a, a + len(found[i][0])) for i in fresh for a in found[i][1]] + [
            site for site in prefetch if fresh], WINDOW))
    for i in fresh:
        page.gains[i] = tuple(next(gains_at) for _ in found[i][1])
    if min_splitting and sum(any(g <= SPLIT for g in page.gains[i]) for i in kept
                             ) < min_splitting:
        return []
    # The features after the deletion test, only for the fragments not built yet.
    fresh = [i for i in kept if i not in page.built]
    if fresh:
        all_near = iter(_neighbour_words(
            text, [(a, a + len(found[i][0])) for i in fresh for a in found[i][1]], stats,
            page.mask))
        rows = x[fresh].tolist()
        gain_rows = _gain_feature_rows([page.gains[i] for i in fresh])
        for i, row, gain_row in zip(fresh, rows, gain_rows, strict=True):
            frag, starts = found[i]
            near = [next(all_near) for _ in starts]
            page.built[i] = Candidate(frag, tuple(starts), page.gains[i],
                                      (*row, *gain_row,
                                       *_pair_features(frag, near, stats, pairs)))
    return [page.built[i] for i in kept]


def _pair_features(frag: str, near: list[tuple[str | None, str | None]], stats: ChineseStats,
                   pairs: Mapping[str, None]) -> tuple[float, float]:
    """Word-pair attestation in the People's Daily sample (``charstats.word_pairs``): the share
    of sites where the word before or after the fragment ever stands next to it in real news
    (a legitimate word mostly has such company; a piece dropped between two words rarely
    does), and the share where instead the two neighbours themselves stand together there
    (the sentence read ``A B`` before the piece came). ``near``: each site's word before and
    word after (see _neighbour_words)."""
    first, last = stats.han_ends(frag)
    attested = rejoined = 0
    for before, after in near:
        if before is not None and f"{before}\t{first}" in pairs:
            attested += 1
            continue
        if after is not None and f"{last}\t{after}" in pairs:
            attested += 1
        else:
            rejoined += (before is not None and after is not None
                         and f"{before}\t{after}" in pairs)
    return attested / len(near), rejoined / len(near)


def _neighbour_words(text: str, sites: list[tuple[int, int]], stats: ChineseStats,
                     han: NDArray[np.bool_]) -> list[tuple[str | None, str | None]]:
    """For each site (start, end): the last word of the Han run of up to six characters
    before it and the first word of the one after it (None where there is no Han
    character), as han_ends() segments the runs; all runs segmented at once. ``han``:
    _han_mask(text). The runs' bounds in numpy: the nearest character that is not Han
    before the start and from the end on, held to six characters each side."""
    n = len(text)
    start = np.array([a for a, _ in sites], dtype=np.int64)
    end = np.array([b for _, b in sites], dtype=np.int64)
    places = np.arange(n + 1, dtype=np.int64)
    other = np.append(~han, True)  # not Han; the text's end counts as such
    # From each offset, the last offset before it that is not Han (-1: none), and the
    # first one at or after it (n: none).
    last_other = np.maximum.accumulate(np.where(other, places, -1))
    next_other = np.minimum.accumulate(np.where(other, places, n)[::-1])[::-1]
    left = np.maximum(np.maximum(start - 6, 0),
                      np.where(start > 0, last_other[np.maximum(start - 1, 0)] + 1, 0))
    right = np.minimum(np.minimum(end + 6, n), next_other[end])
    runs: list[tuple[int, int]] = []
    for a, s, e, b in zip(left.tolist(), start.tolist(), end.tolist(), right.tolist(),
                          strict=True):
        runs += [(a, s), (e, b)]
    words = iter(stats.edge_words(text, [(a, b) for a, b in runs if a < b]))
    ends = [next(words) if a < b else None for a, b in runs]
    return [(None if before is None else before[1], None if after is None else after[0])
            for before, after in zip(ends[::2], ends[1::2], strict=True)]


class _PagePmi:
    """The association of every character with the next one (``adj[a]``: offsets a, a + 1)
    and with the one ``gap`` further (``hop[gap][a]``: a, a + gap), for the whole page in a
    few numpy gathers. An unknown character's junctions are 0.0 (its table row and column
    are zero)."""

    def __init__(self, table: CharTable, text: str, max_len: int) -> None:
        ids = table.ids(text)
        self.adj = self._gather(table, ids, 1)
        # pmi(a - 1, a + k) for a fragment of k characters: a gap of k + 1.
        self.hop = {gap: self._gather(table, ids, gap) for gap in range(3, max_len + 2)}

    @staticmethod
    def _gather(table: CharTable, ids: NDArray[np.int64], gap: int) -> NDArray[np.float64]:
        if ids.shape[0] <= gap:
            return np.zeros(0)
        values: NDArray[np.float64] = (table.table[ids[:-gap], ids[gap:]].astype(np.float64)
                                       / 8.0)
        return values


def _cheap_matrix(text: str, found: list[tuple[str, list[int]]], han: NDArray[np.bool_],
                  stats: ChineseStats, pmi: _PagePmi, terms: frozenset[str],
                  ) -> NDArray[np.float64]:
    """``CHEAP_FEATURES`` of every fragment in ``found`` (text, sites), one row each. The
    per-site evidence is computed for all sites at once on a (fragment x site) grid, padded
    past each fragment's last site; Python is left with the per-fragment lookups. The floats
    are those of a per-site Python loop: the same IEEE operations, and each fragment's sum of
    junction scores is added up site by site from 0.0 in site order, as Python 3.11's sum()
    does (the padding adds 0.0, which changes no sum that is not -0.0, and none is)."""
    codes = codes_of(text).astype(np.int64)
    n = codes.shape[0]
    sizes = np.array([len(f) for f, _ in found])
    m = np.array([len(s) for _, s in found])
    width = int(m.max())
    valid = np.arange(width) < m[:, None]
    at = np.zeros(valid.shape, dtype=np.int64)
    at[valid] = [a for _, starts in found for a in starts]
    k = sizes[:, None]
    before, after = np.maximum(at - 1, 0), np.minimum(at + k, n - 1)
    has_left = valid & (at > 0) & han[before]
    has_right = valid & (at + k < n) & han[after]
    # Neighbours as code points: 0 for none (""), -1 past a fragment's sites.
    lefts = np.where(valid, np.where(has_left, codes[before], 0), -1)
    rights = np.where(valid, np.where(has_right, codes[after], 0), -1)
    # 0.0 where a neighbour is missing: the terms below treat "none" as 0.0 too.
    lf = np.where(has_left, pmi.adj[np.minimum(before, n - 2)], 0.0)
    fr = np.where(has_right, pmi.adj[np.minimum(at + k - 1, n - 2)], 0.0)
    both = has_left & has_right
    lr = np.zeros(valid.shape)
    for size in np.unique(sizes).tolist():
        hop = pmi.hop[size + 1]
        rows = both & (k == size)
        lr[rows] = hop[before[rows]]
    llr = np.clip(lr - lf - fr, -4.0, 4.0)
    total = np.zeros(len(found))
    for j in range(width):  # site by site, as sum() adds them
        total = total + np.where(valid[:, j], llr[:, j], 0.0)
    first = at[:, 0]
    inner = np.full(len(found), np.inf)
    for j in range(int(sizes.max()) - 1):  # the pairs inside the first site
        inner = np.minimum(inner, np.where(j < sizes - 1, pmi.adj[np.minimum(first + j, n - 2)],
                                           np.inf))
    standalone = stats.standalone_array
    # Python's part: per fragment, dictionary and segmentation lookups.
    freq = [stats.freq.get(f, 0) for f, _ in found]
    stranded = stats.stranded_many([f for f, _ in found])  # stranded() of each, in one batch
    return np.column_stack((
        np.ones(len(found)), sizes == 3, sizes >= 4, [math.log(len(s)) for _, s in found],
        m > 4, [f >= 5 for f in freq], [math.log1p(f) / 10.0 for f in freq],
        [f < 5 and s[2] for f, s in zip(freq, stranded, strict=True)],
        total / m / 2.0, _distinct(lefts) / m, _distinct(rights) / m,
        (valid & ~both).sum(axis=1) / m,
        np.where(valid, lf, 0.0).max(axis=1, initial=0.0) / 4.0,
        np.where(valid, fr, 0.0).max(axis=1, initial=0.0) / 4.0,
        [_spam_term(f, terms) for f, _ in found],
        np.where(m > 2, np.maximum(_mode_share(lefts), _mode_share(rights)) / m, 0.0),
        np.where(valid, llr, -np.inf).max(axis=1) / 2.0,
        np.where(valid, llr, np.inf).min(axis=1) / 2.0,
        [s[0] for s in stranded], [s[1] for s in stranded], inner / 4,
        standalone[codes[first] - _LO], standalone[codes[first + sizes - 1] - _LO],
        _rejoined(codes, at, valid, k) / m,
    )).astype(np.float64)


def _distinct(chars: NDArray[np.int64]) -> NDArray[np.int64]:
    """Per row, how many different values other than -1 (padding) it holds."""
    same = chars[:, :, None] == chars[:, None, :]
    earlier = np.tril(np.ones((chars.shape[1], chars.shape[1]), dtype=bool), -1)
    counted: NDArray[np.int64] = ((chars >= 0) & ~(same & earlier).any(axis=2)).sum(axis=1)
    return counted


def _mode_share(chars: NDArray[np.int64]) -> NDArray[np.int64]:
    """Per row, how often its most common neighbour (> 0: not "none", not padding) occurs;
    0 when it has none (``_collocation``: 导师+帮带 four times in seven)."""
    real = chars > 0
    same = (chars[:, :, None] == chars[:, None, :]) & real[:, None, :]
    most: NDArray[np.int64] = np.where(real, same.sum(axis=2), 0).max(axis=1)
    return most


def _spam_term(frag: str, terms: frozenset[str]) -> bool:
    """Some substring of two characters or more is a selling term."""
    low, k = frag.lower(), len(frag)
    return any(low[i:j] in terms for i in range(k) for j in range(i + 2, k + 1))


def _gain_feature_rows(gains: list[tuple[float, ...]]) -> list[tuple[float, ...]]:
    """``GAIN_FEATURES`` of each fragment from its sites' deletion gains, for all fragments
    at once on a (fragment x site) grid padded past each fragment's last site. The floats
    of the per-fragment Python loop this replaced (kept in the tests as the reference):
    counts are exact; min and max do not depend on order; the gains clipped to +-6 are added
    up site by site from 0.0 in site order, as sum() does (0 + g is g, and no running sum
    is -0.0, so the padding's 0.0 changes none), then divided as there."""
    if not gains:
        return []
    m = np.array([len(g) for g in gains])
    width = int(m.max())
    valid = np.arange(width) < m[:, None]
    grid = np.zeros(valid.shape)
    grid[valid] = [g for row in gains for g in row]
    clipped = np.clip(grid, -6.0, 6.0)
    free = (valid & (grid < FREE)).sum(axis=1)
    splits = (valid & (grid <= SPLIT)).sum(axis=1)
    total = np.zeros(len(gains))
    for j in range(width):  # site by site, as sum() adds them
        total = total + np.where(valid[:, j], clipped[:, j], 0.0)
    columns = (free / m, np.minimum(3, splits).astype(np.float64), total / m / 3.0,
               np.minimum(6, free) / 6.0,
               np.where(valid, clipped, np.inf).min(axis=1) / 3.0,
               np.where(valid, clipped, -np.inf).max(axis=1) / 3.0)
    return list(zip(*(c.tolist() for c in columns), strict=True))


def _rejoined(codes: NDArray[np.int64], at: NDArray[np.int64], valid: NDArray[np.bool_],
              k: NDArray[np.int64]) -> NDArray[np.int64]:
    """Per fragment, the sites whose two neighbours on each side, joined without the fragment,
    occur elsewhere in the page (基层 | 党组织 cut by a piece, 基层党组织 intact further on): the
    page's own text says how it read before the insertion. Sites at ``at`` (fragment x site
    grid, ``valid`` where a site is; ``k``: the fragments' lengths as a column). A site counts
    only with two characters each side and no line break among the four. The page's
    character pairs get dense ids, so a 4-character string is one integer: two pair ids."""
    n = codes.shape[0]
    if n < 4:
        return np.zeros(at.shape[0], dtype=np.int64)
    pair_keys = (codes[:-1] << 21) | codes[1:]
    ids_of, pair_id = np.unique(pair_keys, return_inverse=True)
    size = ids_of.shape[0]
    ok = valid & (at >= 2) & (at + k + 2 <= n)
    left, right = np.where(ok, at - 2, 0), np.where(ok, at + k, 0)
    newline = codes == 10
    ok &= ~(newline[left] | newline[left + 1] | newline[right] | newline[right + 1])
    joined = pair_id[left] * size + pair_id[np.minimum(right, n - 2)]
    # The page's 4-character strings that open with a pair some site asks about: a joined
    # string is one of the page's exactly when it is one of these.
    asked = np.zeros(size, dtype=bool)
    asked[pair_id[left][ok]] = True
    opening = np.flatnonzero(asked[pair_id[:-2]])
    if opening.shape[0] == 0:
        return np.zeros(at.shape[0], dtype=np.int64)
    quads = np.unique(pair_id[opening] * size + pair_id[opening + 2])
    spot = np.minimum(np.searchsorted(quads, joined), quads.shape[0] - 1)
    hits: NDArray[np.int64] = (ok & (quads[spot] == joined)).sum(axis=1)
    return hits


def second_pass(text: str, cands: list[Candidate], x: NDArray[np.float64],
                own: NDArray[np.float64], own_threshold: float, floor: float,
                stats: ChineseStats, terms: frozenset[str],
                seams: dict[tuple[str, str], tuple[float, bool]] | None = None,
                ) -> tuple[NDArray[np.bool_], NDArray[np.float64]]:
    """The candidates the first pass leaves in play (belief ``own`` at ``floor`` or more) and
    their rows for the deciding model: own features plus links to the believed pieces
    (``seams``: see link_features)."""
    keep = own >= floor
    pieces = [c for c, b in zip(cands, own >= own_threshold, strict=True) if b]
    kept = [c for c, k in zip(cands, keep, strict=True) if k]
    links = link_features(text, kept, pieces, stats, terms, seams)
    return keep, np.hstack([x[keep], links])


def link_features(text: str, cands: list[Candidate], pieces: list[Candidate],
                  stats: ChineseStats, terms: frozenset[str],
                  seams: dict[tuple[str, str], tuple[float, bool]] | None = None,
                  ) -> NDArray[np.float64]:
    """For each candidate, how it chains with the pieces the first pass believes. ``seams``
    remembers each ordered pair's seam (gain, spam term) for a later call on the same page
    (the propagation round meets most pairs again)."""
    # Line numbers by bisection over the newline offsets, not a count from the top per site.
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    free_of = [p.free_starts for p in pieces]  # a property that builds a tuple per call
    lines_of = {bisect_left(newlines, a) for free in free_of for a in free}
    spans = [(a, a + len(p.text)) for p, free in zip(pieces, free_of, strict=True)
             for a in free]
    span_starts, span_ends = {s for s, _ in spans}, {e for _, e in spans}
    out = np.zeros((len(cands), len(LINK_FEATURES)))
    n_pieces = min(len({c.text for c in pieces}), 8) / 8.0
    pairs = word_pairs()
    # Each piece's text, first word and last word + tab (the pair keys are built from
    # these once, not per candidate).
    ends = [(p.text, first, f"{last}\t")
            for p in pieces for first, last in (stats.han_ends(p.text),)]
    # A believed candidate meets every other believed one twice (as c and as p): each
    # ordered seam is scored once.
    if seams is None:
        seams = {}
    # The seams not known yet, grouped by their left string: its key walks are read once
    # for all the strings set after it (ChineseStats.concat_routes, the same floats).
    texts_p = [text_p for text_p, _, _ in ends]
    todo: dict[str, dict[str, None]] = {}
    for c in cands:
        text_c = c.text
        for text_p in texts_p:
            if text_p in text_c or text_c in text_p:
                continue
            for a, b in ((text_c, text_p), (text_p, text_c)):
                if (a, b) not in seams:
                    todo.setdefault(a, {})[b] = None
    route = stats.route
    for a, following in todo.items():
        for b, joined in zip(following, stats.concat_routes(a, list(following)), strict=True):
            seams[a, b] = (joined - route(a) - route(b), _seam_term(a, b, terms))
    for i, c in enumerate(cands):
        best, term, paired = 0.0, 0.0, 0.0
        text_c = c.text
        head, tail = stats.han_ends(text_c)
        tail_tab = f"{tail}\t"
        for text_p, first, last_tab in ends:
            if text_p in text_c or text_c in text_p:
                continue
            for seam in (seams[text_c, text_p], seams[text_p, text_c]):
                if seam[0] > best:  # max(best, gain), without the builtin call
                    best = seam[0]
                if seam[1]:
                    term = 1.0
            # Chopped at a word boundary, the phrase still reads on across the seam: the last
            # word of one piece and the first of the next stand together in real news.
            if not paired and (tail_tab + first in pairs or last_tab + head in pairs):
                paired = 1.0
        free = c.free_starts or c.starts
        shared = sum(bisect_left(newlines, a) in lines_of for a in free) / len(free)
        adjacent = sum(a in span_ends or a + len(c.text) in span_starts
                       for a in free) / len(free)
        out[i] = (min(best, 6.0) / 3.0, term, shared, n_pieces, adjacent, paired)
    return out


def _seam_term(a: str, b: str, terms: frozenset[str]) -> bool:
    """A spam term of at most 6 + 6 characters crosses the seam. Walks only the strings that
    are prefixes of some term (a hand-rolled trie walk over a set: a term must start at or
    before the seam, so a left part that begins no term rules out every end)."""
    joined, seam = (a + b).lower(), len(a)
    # Every term that crosses the seam holds its two characters: most seams end here.
    if joined[seam - 1 : seam + 1] not in _term_pairs(terms):
        return False
    prefixes = _term_prefixes(terms)
    top = min(len(joined), seam + 6)
    for i in range(max(0, seam - 6), seam):
        if joined[i:seam] not in prefixes:
            continue
        for j in range(seam + 1, top + 1):
            piece = joined[i:j]
            if piece in terms:
                return True
            if piece not in prefixes:
                break
    return False


@lru_cache(maxsize=4)
def _term_pairs(terms: frozenset[str]) -> frozenset[str]:
    """Every two adjacent characters of every term."""
    return frozenset(t[k : k + 2] for t in terms for k in range(len(t) - 1))


@lru_cache(maxsize=4)
def _term_prefixes(terms: frozenset[str]) -> frozenset[str]:
    """Every non-empty prefix of every term (terms included)."""
    return frozenset(t[:k] for t in terms for k in range(1, len(t) + 1))


class TreeEnsemble:
    """A boosted ensemble of binary decision trees, as exported by the training bench from
    scikit-learn's HistGradientBoostingClassifier. Evaluated here with numpy, all trees and
    candidates at once, one tree level per step: scikit-learn is only needed to train, and a
    predict call of its own would cost more than the whole page's features."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.baseline = float(raw["baseline"])
        self.roots = np.asarray(raw["roots"], dtype=np.intp)
        self.feature = np.asarray(raw["feature"], dtype=np.intp)
        self.threshold = np.asarray(raw["threshold"], dtype=np.float64)
        self.left = np.asarray(raw["left"], dtype=np.intp)
        self.right = np.asarray(raw["right"], dtype=np.intp)
        self.value = np.asarray(raw["value"], dtype=np.float64)
        self.leaf = np.asarray(raw["leaf"], dtype=bool)
        self.depth = int(raw["depth"])
        sizes = {len(self.feature), len(self.threshold), len(self.left), len(self.right),
                 len(self.value), len(self.leaf)}
        if len(sizes) != 1 or self.roots.max(initial=0) >= len(self.leaf):
            raise ValueError("tree ensemble arrays do not line up")
        # The walk in one gather per step: a leaf is its own child (either way) and tests
        # feature 0, so no step needs to ask whether a node is a leaf; ``_child[2 * node +
        # goes_left]`` is the next node.
        nodes = np.arange(len(self.leaf), dtype=np.intp)
        self._feature = np.where(self.leaf, 0, self.feature)
        self._child = np.empty(2 * len(self.leaf), dtype=np.intp)
        self._child[0::2] = np.where(self.leaf, nodes, self.right)
        self._child[1::2] = np.where(self.leaf, nodes, self.left)

    def logit(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        node = np.broadcast_to(self.roots, (x.shape[0], self.roots.shape[0])).copy()
        flat = np.ascontiguousarray(x, dtype=np.float64).ravel()
        # Offset of each candidate's row in ``flat``.
        base = (np.arange(x.shape[0], dtype=np.intp) * x.shape[1])[:, None]
        for _ in range(self.depth):
            left = flat[base + self._feature[node]] <= self.threshold[node]
            node = self._child[2 * node + left]
        out: NDArray[np.float64] = self.baseline + self.value[node].sum(axis=1)
        return out


class PieceModel:
    """A logistic screen on cheap evidence, pieces from their own evidence (logistic), then
    with their links (boosted trees)."""

    def __init__(self, cheap: list[float], screen_floor: float, own: list[float],
                 linked: TreeEnsemble, own_threshold: float, floor: float,
                 threshold: float) -> None:
        if len(cheap) != len(CHEAP_FEATURES) or len(own) != len(FEATURES):
            raise ValueError("piece model weights do not match the feature lists")
        self.cheap = np.asarray(cheap)
        self.screen_floor = screen_floor
        self.own = np.asarray(own)
        self.linked = linked
        self.own_threshold = own_threshold
        self.floor = floor  # first-pass belief below which a candidate is out of play
        self.threshold = threshold

    def screen(self, cheap: NDArray[np.float64]) -> NDArray[np.bool_]:
        """Candidates worth the deletion test."""
        keep: NDArray[np.bool_] = _sigmoid(cheap @ self.cheap) >= self.screen_floor
        return keep

    def own_prob(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        return _sigmoid(x @ self.own)

    def linked_prob(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        if x.shape[1] != len(FEATURES) + len(LINK_FEATURES):
            raise ValueError("linked features do not match the feature lists")
        return _sigmoid(self.linked.logit(x))

    def score(self, text: str, cands: list[Candidate], stats: ChineseStats,
              terms: frozenset[str]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Each candidate's probability of being an injected piece (0 when the first pass put
        it out of play), and its link features (zeros likewise)."""
        x = np.array([c.features for c in cands]).reshape(-1, len(FEATURES))
        own = self.own_prob(x)
        seams: dict[tuple[str, str], tuple[float, bool]] = {}  # shared by both rounds
        keep, x2 = second_pass(text, cands, x, own, self.own_threshold, self.floor, stats,
                               terms, seams)
        prob = np.zeros(len(cands))
        links = np.zeros((len(cands), len(LINK_FEATURES)))
        if keep.any():
            prob[keep] = self.linked_prob(x2)
            links[keep] = x2[:, len(FEATURES):]
            # One propagation round: links to the pieces the deciding model believes as well
            # as to the first pass's. A chain's middle piece (山就) believed only once linked
            # lends its seams to the next one (山就+是金山 reads 就是). A candidate only gains.
            believed = (own >= self.own_threshold) | (prob >= self.threshold)
            # Only the candidates still in doubt are asked again (a belief only grows).
            doubt = keep & (prob < self.threshold)
            if (believed & ~(own >= self.own_threshold)).any() and doubt.any():
                pieces = [c for c, b in zip(cands, believed.tolist(), strict=True) if b]
                asked = [c for c, d in zip(cands, doubt.tolist(), strict=True) if d]
                again = self.linked_prob(np.hstack([x[doubt], link_features(
                    text, asked, pieces, stats, terms, seams)]))
                prob[doubt] = np.maximum(prob[doubt], again)
        return prob, links


def _sigmoid(z: NDArray[np.float64]) -> NDArray[np.float64]:
    out: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-z))
    return out


@lru_cache(maxsize=1)
def piece_model() -> PieceModel:
    """The shipped weights (``lexicons/injection_model.json``, written by the training bench)."""
    raw = json.loads(files("cleaners.spam").joinpath("lexicons", "injection_model.json")
                     .read_text("utf-8"))
    return PieceModel(raw["cheap"], raw["screen_floor"], raw["own"],
                      TreeEnsemble(raw["linked"]), raw["own_threshold"], raw["floor"],
                      raw["threshold"])
