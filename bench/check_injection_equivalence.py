"""Equivalence check and timing for the spam.injection speed-ups: the piece model's candidates,
features, probabilities and the cleaner's removals must not change by a bit.

Holds frozen copies of the implementations before the speed-ups (``_old_*``, ``OldStats``; they
live here only, not in the package) and runs old and new on spam pages built with
``spam_inject.inject()`` from its clean articles under several RNG seeds, plus seed 004 of
``../shared/seeds`` as it is and injected. Exits non-zero at the first difference.

    PYTHONPATH=. .venv/bin/python bench/check_injection_equivalence.py [--time]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from spam_inject import clean_articles, inject  # noqa: E402

from cleaners.document import Doc  # noqa: E402
from cleaners.spam import InjectedFragments, LexiconSpam  # noqa: E402
from cleaners.spam import fragments as frag_mod  # noqa: E402
from cleaners.spam import injection as inj_mod  # noqa: E402
from cleaners.spam.charstats import char_table, word_pairs  # noqa: E402
from cleaners.spam.fragments import (  # noqa: E402
    FEATURES,
    FREE,
    LINK_FEATURES,
    SPLIT,
    WINDOW,
    Candidate,
    PieceModel,
    _repeats,
    piece_model,
)
from cleaners.spam.lexicon import forget_lines, selling_terms  # noqa: E402
from cleaners.spam.stats import ChineseStats, shared_stats  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from numpy.typing import NDArray

    from cleaners.spam.charstats import CharTable

SEED4 = ROOT.parent / "shared" / "seeds" / "004_430d29aad108b5a3.txt"


class OldStats(ChineseStats):
    """The shared tables with the segmentation routes as they were (two lookups a DP step,
    ``ends`` always kept, han_words not memoised)."""

    def __init__(self, new: ChineseStats) -> None:  # no super(): reuse the loaded tables
        self.__dict__.update(new.__dict__)
        self._logp = {w: math.log(f) - self.log_total for w, f in self.freq.items() if f > 0}
        self._routes = {}
        self._stranded = {}

    def route(self, text: str) -> float:
        cached = self._routes.get(text)
        if cached is None:
            if len(self._routes) > 200_000:
                self._routes.clear()
            cached = self._routes[text] = self._route(text)
        return cached

    def _route(self, text: str) -> float:
        return self._best(text)[0][0]

    def _best(self, text: str) -> tuple[list[float], list[int]]:
        n = len(text)
        freq, logp, unknown = self.freq, self._logp, -self.log_total
        best = [0.0] * (n + 1)
        ends = list(range(1, n + 2))
        for i in range(n - 1, -1, -1):
            top = None
            j = i + 1
            frag = text[i]
            while frag in freq:
                score = logp.get(frag)
                if score is not None:
                    score += best[j]
                    if top is None or score >= top:
                        top = score
                        ends[i] = j
                if j >= n:
                    break
                j += 1
                frag = text[i:j]
            best[i] = unknown + best[i + 1] if top is None else top
        return best, ends

    def han_words(self, text: str) -> list[str]:
        _, ends = self._best(text)
        out, i = [], 0
        while i < len(text):
            out.append(text[i : ends[i]])
            i = ends[i]
        return out

    def deletion_gain(self, text: str, start: int, end: int, window: int = 4) -> float:
        lo = max(text.rfind("\n", 0, start) + 1, start - window)
        nl = text.find("\n", end)
        hi = min(len(text) if nl < 0 else nl, end + window)
        left, right, frag = text[lo:start], text[end:hi], text[start:end]
        return self.route(left + frag + right) - self.route(left + right) - self.route(frag)

    def forget(self) -> None:
        self._routes.clear()
        self._stranded.clear()


# -- the piece model's features as they were ------------------------------------------------

def _is_han(ch: str) -> bool:
    return 0x3400 <= ord(ch) < 0xA000


def _old_candidates(text: str, stats: ChineseStats, table: CharTable, terms: frozenset[str],
               screen: Callable[[NDArray[np.float64]], NDArray[np.bool_]] | None = None, *,
               max_len: int = 4, max_sites: int = 8) -> list[Candidate]:
    """Maximal recurring fragments with their features (see module docstring). ``screen``
    sees the cheap features of all of them and says which go on to the deletion test; the
    others are left out."""
    reps = _repeats(text, max_len)
    ids = table.ids(text)
    pairs = word_pairs()
    found: list[tuple[str, list[int]]] = []
    cheap: list[tuple[float, ...]] = []
    n = len(text)
    for frag, starts in reps.items():
        k = len(frag)
        if len(starts) > max_sites:
            continue  # a topic word of the article, not a piece inserted 2-4 times
        lefts = [text[a - 1] if a and _is_han(text[a - 1]) else "" for a in starts]
        rights = [text[a + k] if a + k < n and _is_han(text[a + k]) else "" for a in starts]
        if k < max_len and ((len(set(lefts)) == 1 and lefts[0])
                            or (len(set(rights)) == 1 and rights[0])):
            continue  # not maximal: the longer run is the candidate
        found.append((frag, starts))
        cheap.append(_old_cheap_features(text, frag, starts, lefts, rights, stats, table, ids,
                                     terms))
    if not found:
        return []
    x = np.array(cheap)
    keep = screen(x) if screen is not None else np.ones(len(found), dtype=bool)
    out: list[Candidate] = []
    for (frag, starts), row, kept in zip(found, cheap, keep.tolist(), strict=True):
        if kept:
            gains = [stats.deletion_gain(text, a, a + len(frag), WINDOW) for a in starts]
            out.append(Candidate(frag, tuple(starts), tuple(gains),
                                 row + _old_gain_features(gains)
                                 + _old_pair_features(text, frag, starts, stats, pairs)))
    return out


def _old_pair_features(text: str, frag: str, starts: list[int], stats: ChineseStats,
                   pairs: Mapping[str, None]) -> tuple[float, float]:
    """Word-pair attestation in the People's Daily sample (``charstats.word_pairs``): the share
    of sites where the word before or after the fragment ever stands next to it in real news
    (a legitimate word mostly has such company; a piece dropped between two words rarely
    does), and the share where instead the two neighbours themselves stand together there
    (the sentence read ``A B`` before the piece came)."""
    words = stats.han_words(frag)
    first, last = words[0], words[-1]
    attested = rejoined = 0
    for a in starts:
        before = _old_word_before(text, a, stats)
        after = _old_word_after(text, a + len(frag), stats)
        seen = (before is not None and f"{before}\t{first}" in pairs) or (
            after is not None and f"{last}\t{after}" in pairs)
        attested += seen
        rejoined += (not seen and before is not None and after is not None
                     and f"{before}\t{after}" in pairs)
    return attested / len(starts), rejoined / len(starts)


def _old_word_before(text: str, end: int, stats: ChineseStats) -> str | None:
    start = end
    while start > max(0, end - 6) and _is_han(text[start - 1]):
        start -= 1
    return stats.han_words(text[start:end])[-1] if start < end else None


def _old_word_after(text: str, start: int, stats: ChineseStats) -> str | None:
    end = start
    while end < min(len(text), start + 6) and _is_han(text[end]):
        end += 1
    return stats.han_words(text[start:end])[0] if end > start else None


def _old_pmi(table: CharTable, ids: NDArray[np.int64], a: int, b: int) -> float | None:
    """Association of the characters at offsets a and b (None where either is unknown)."""
    ia, ib = int(ids[a]), int(ids[b])
    if ia == table.other or ib == table.other:
        return None
    return float(table.table[ia, ib]) / 8.0


def _old_cheap_features(text: str, frag: str, starts: list[int], lefts: list[str],
                    rights: list[str], stats: ChineseStats, table: CharTable,
                    ids: NDArray[np.int64], terms: frozenset[str]) -> tuple[float, ...]:
    k, m = len(frag), len(starts)
    freq = stats.freq.get(frag, 0)
    odd = freq < 5 and stats.strands_bound_char(frag)
    llrs, bound_l, bound_r, edges = [], 0.0, 0.0, 0
    for a, left, right in zip(starts, lefts, rights, strict=True):
        lf = _old_pmi(table, ids, a - 1, a) if left else None
        fr = _old_pmi(table, ids, a + k - 1, a + k) if right else None
        lr = _old_pmi(table, ids, a - 1, a + k) if left and right else None
        edges += not (left and right)
        llr = (lr or 0.0) - (lf or 0.0) - (fr or 0.0)
        llrs.append(max(-4.0, min(4.0, llr)))
        bound_l = max(bound_l, lf or 0.0)
        bound_r = max(bound_r, fr or 0.0)
    low = frag.lower()
    spam_term = any(low[i:j] in terms for i in range(k) for j in range(i + 2, k + 1))
    return (
        1.0, float(k == 3), float(k >= 4), math.log(m), float(m > 4), float(freq >= 5),
        math.log1p(freq) / 10.0, float(odd), sum(llrs) / m / 2.0, len(set(lefts)) / m,
        len(set(rights)) / m, edges / m, bound_l / 4.0, bound_r / 4.0, float(spam_term),
        _old_collocation(lefts, rights), max(llrs) / 2.0, min(llrs) / 2.0,
        *map(float, stats.stranded(frag)[:2]),
        min(_old_pmi(table, ids, a, a + 1) or 0.0 for a in range(starts[0], starts[0] + k - 1)) / 4,
        stats.standalone(frag[0]), stats.standalone(frag[-1]), _old_rejoined(text, frag, starts),
    )


def _old_gain_features(gains: list[float]) -> tuple[float, ...]:
    m = len(gains)
    clipped = [max(-6.0, min(6.0, g)) for g in gains]
    return (
        sum(g < FREE for g in gains) / m, float(min(3, sum(g <= SPLIT for g in gains))),
        sum(clipped) / m / 3.0, min(6, sum(g < FREE for g in gains)) / 6.0,
        min(clipped) / 3.0, max(clipped) / 3.0,
    )


def _old_rejoined(text: str, frag: str, starts: list[int]) -> float:
    """Share of sites whose two neighbours on each side, joined without the fragment, occur
    elsewhere in the page (基层 | 党组织 cut by a piece, 基层党组织 intact further on): the
    page's own text says how it read before the insertion."""
    k, hits = len(frag), 0
    for a in starts:
        left, right = text[max(0, a - 2):a], text[a + k:a + k + 2]
        if len(left) == 2 and len(right) == 2 and "\n" not in left + right:
            hits += text.count(left + right) > 0
    return hits / len(starts)


def _old_collocation(lefts: list[str], rights: list[str]) -> float:
    """Share of sites with the most common neighbour (导师+帮带 four times in seven): a term
    of the article keeps company; an injected piece lands beside whatever is there."""
    def mode_share(chars: list[str]) -> float:
        seen = [c for c in chars if c]
        return max(seen.count(c) for c in set(seen)) / len(chars) if seen else 0.0
    return max(mode_share(lefts), mode_share(rights)) if len(lefts) > 2 else 0.0


def _old_second_pass(text: str, cands: list[Candidate], x: NDArray[np.float64],
                own: NDArray[np.float64], own_threshold: float, floor: float,
                stats: ChineseStats, terms: frozenset[str],
                ) -> tuple[NDArray[np.bool_], NDArray[np.float64]]:
    """The candidates the first pass leaves in play (belief ``own`` at ``floor`` or more) and
    their rows for the deciding model: own features plus links to the believed pieces."""
    keep = own >= floor
    pieces = [c for c, b in zip(cands, own >= own_threshold, strict=True) if b]
    kept = [c for c, k in zip(cands, keep, strict=True) if k]
    links = _old_link_features(text, kept, pieces, stats, terms)
    return keep, np.hstack([x[keep], links])


def _old_link_features(text: str, cands: list[Candidate], pieces: list[Candidate],
                  stats: ChineseStats, terms: frozenset[str]) -> NDArray[np.float64]:
    """For each candidate, how it chains with the pieces the first pass believes."""
    lines_of = {text.count("\n", 0, a) for c in pieces for a in c.free_starts}
    spans = sorted((a, a + len(c.text)) for c in pieces for a in c.free_starts)
    out = np.zeros((len(cands), len(LINK_FEATURES)))
    n_pieces = min(len({c.text for c in pieces}), 8) / 8.0
    pairs = word_pairs()
    ends = {p.text: (stats.han_words(p.text)[0], stats.han_words(p.text)[-1]) for p in pieces}
    for i, c in enumerate(cands):
        best, term, paired = 0.0, 0.0, 0.0
        head, tail = stats.han_words(c.text)[0], stats.han_words(c.text)[-1]
        for p in pieces:
            if p.text in c.text or c.text in p.text:
                continue
            for a, b in ((c.text, p.text), (p.text, c.text)):
                best = max(best, stats.route(a + b) - stats.route(a) - stats.route(b))
                if _old_seam_term(a, b, terms):
                    term = 1.0
            # Chopped at a word boundary, the phrase still reads on across the seam: the last
            # word of one piece and the first of the next stand together in real news.
            first, last = ends[p.text]
            if f"{tail}\t{first}" in pairs or f"{last}\t{head}" in pairs:
                paired = 1.0
        free = c.free_starts or c.starts
        shared = sum(text.count("\n", 0, a) in lines_of for a in free) / len(free)
        adjacent = sum(any(e == a or s == a + len(c.text) for s, e in spans)
                       for a in free) / len(free)
        out[i] = (min(best, 6.0) / 3.0, term, shared, n_pieces, adjacent, paired)
    return out


def _old_seam_term(a: str, b: str, terms: frozenset[str]) -> bool:
    joined, seam = (a + b).lower(), len(a)
    return any(joined[i:j] in terms for i in range(max(0, seam - 6), seam)
               for j in range(seam + 1, min(len(joined), seam + 6) + 1))


def _old_score(model: PieceModel, text: str, cands: list[Candidate], stats: ChineseStats,
               terms: frozenset[str]) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    x = np.array([c.features for c in cands]).reshape(-1, len(FEATURES))
    keep, x2 = _old_second_pass(text, cands, x, model.own_prob(x), model.own_threshold,
                                model.floor, stats, terms)
    prob = np.zeros(len(cands))
    links = np.zeros((len(cands), len(LINK_FEATURES)))
    if keep.any():
        prob[keep] = model.linked_prob(x2)
        links[keep] = x2[:, len(FEATURES):]
    return prob, links


@contextmanager
def old_code(cleaner: InjectedFragments, stats: OldStats) -> Iterator[None]:
    """The cleaner runs the old features and routes inside this block."""
    saved = (inj_mod.candidates, PieceModel.score, cleaner._stats._stats)
    inj_mod.candidates = _old_candidates  # type: ignore[assignment]
    PieceModel.score = _old_score  # type: ignore[method-assign]
    cleaner._stats._stats = stats
    try:
        yield
    finally:
        inj_mod.candidates, PieceModel.score, cleaner._stats._stats = saved  # type: ignore[method-assign]


def pages(seeds: list[int], per_seed: int) -> list[str]:
    """Spam pages as spam_inject builds them, several RNG seeds, plus seed 004 (as is and
    injected once per seed)."""
    out = [SEED4.read_text("utf-8")] if SEED4.exists() else []
    for seed in seeds:
        rng = random.Random(seed)
        arts = clean_articles(per_seed, rng)
        if SEED4.exists():
            arts.append(SEED4.read_text("utf-8"))
        out += [inject(text, rng)[0] for text in arts]
    return out


def seed4_mirrors(n: int) -> list[str]:
    text = SEED4.read_text("utf-8")
    return [text] + [inject(text, random.Random(s))[0] for s in range(1, n)]


def _forget(stats: ChineseStats) -> None:
    stats.forget()
    forget_lines()


def check(texts: list[str]) -> None:
    new_stats = shared_stats()
    old_stats = OldStats(new_stats)
    table, terms, model = char_table(), selling_terms(), piece_model()
    lexicon, cleaner = LexiconSpam(), InjectedFragments()
    n_cands = n_sites = n_removed = 0
    for i, text in enumerate(texts):
        doc = lexicon(Doc(f"p{i}", text=text))
        for screen in (None, model.screen):  # all candidates' features, then the screened
            _forget(new_stats)
            _forget(old_stats)
            new = frag_mod.candidates(doc.text, new_stats, table, terms, screen)
            old = _old_candidates(doc.text, old_stats, table, terms, screen)
            if new != old:
                raise SystemExit(f"page {i}: candidates differ (screen={screen is not None})")
            n_cands += len(new)
            n_sites += sum(len(c.starts) for c in new)
        if new:
            p_new, l_new = model.score(doc.text, new, new_stats, terms)
            p_old, l_old = _old_score(model, doc.text, old, old_stats, terms)
            if not (np.array_equal(p_new, p_old) and np.array_equal(l_new, l_old)):
                raise SystemExit(f"page {i}: probabilities or link features differ")
        _forget(new_stats)
        got_new = cleaner(doc)
        _forget(old_stats)
        with old_code(cleaner, old_stats):
            got_old = cleaner(doc)
        if got_new.text != got_old.text or got_new.removals != got_old.removals:
            raise SystemExit(f"page {i}: removals differ")
        n_removed += len(got_new.removals) - len(doc.removals)
    rng = random.Random(9)
    joined = "".join(texts[:20])
    for _ in range(20000):  # the routes themselves, on windows of any text
        a = rng.randrange(len(joined) - 16)
        w = joined[a : a + rng.randint(1, 14)]
        if new_stats._route(w) != old_stats._route(w) or (
                new_stats._best(w) != old_stats._best(w)):
            raise SystemExit(f"route differs on {w!r}")
        if new_stats.han_words(w) != old_stats.han_words(w):
            raise SystemExit(f"han_words differs on {w!r}")
    print(f"identical on {len(texts)} pages: {n_cands} candidates ({n_sites} sites) with "
          f"features, probabilities and link features, {n_removed} injection removals; "
          "20000 route/han_words windows")


def timing(texts: list[str], repeats: int) -> None:
    """CPU ms per page of the injection cleaner, old and new interleaved in one process."""
    new_stats = shared_stats()
    old_stats = OldStats(new_stats)
    lexicon, cleaner = LexiconSpam(), InjectedFragments()
    docs = [lexicon(Doc(f"p{i}", text=t)) for i, t in enumerate(texts)]
    docs = [d for d in docs if any(r.cleaner == "spam.lexicon" for r in d.removals)]
    spent: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(repeats):
        for name in ("old", "new"):
            stats = old_stats if name == "old" else new_stats
            t0 = time.process_time()
            for d in docs:
                _forget(stats)
                if name == "old":
                    with old_code(cleaner, old_stats):
                        cleaner(d)
                else:
                    cleaner(d)
            spent[name].append((time.process_time() - t0) * 1e3 / len(docs))
    for name, ms in spent.items():
        print(f"{name}: ms/page median {sorted(ms)[len(ms) // 2]:.2f} min {min(ms):.2f} "
              f"({len(docs)} mirror pages, {repeats} repeats)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time", action="store_true", help="time old and new on seed-004 mirrors")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    ap.add_argument("--per-seed", type=int, default=50)
    args = ap.parse_args()
    lexicon, cleaner = LexiconSpam(), InjectedFragments()
    cleaner(lexicon(Doc("warm", text="澳门新葡京官网\n人民群众")))
    char_table()
    word_pairs()
    if args.time:
        timing(seed4_mirrors(12), args.repeats)
    else:
        check(pages(args.seeds, args.per_seed))


if __name__ == "__main__":
    main()
