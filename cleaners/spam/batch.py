"""Batch evidence for spam.injection: the pieces one batch's pages had cut, read on each page.

A spam site plants the same keyword phrase's pieces in many of its pages. A string that
spam.injection cut on two other pages of the batch or more, on pages that also cut a string
this page cut (the same phrase's pieces), is a piece here too: on a page proven by its own
cuts it goes where nothing local keeps it (no word across an edge, deleting breaks no word,
not quoted) and the page prints it no more often than a piece is planted. A value, learnt by
the driver from a first pass and given to the cleaner for the second (corpus/runner.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..document import Doc, Removal, shorten
from .fragments import FREE

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from .stats import ChineseStats

__all__ = ["BATCH_RULE", "BatchEvidence", "apply_batch_cuts", "batch_cuts", "cut_strings"]

# The removals a batch learns from: spam.injection's cuts of pieces and brands in the body.
CUT_CLEANER, CUT_RULE = "spam.injection", "injected_fragment"
# Other pages that must have cut a string for it to count here (one page's cut may be its own
# mistake; the same mistake on two others of one batch is the page's shared text, a phrase).
MIN_PAGES = 2
# Distinct strings the page itself had cut: a page with fewer is not proven to carry spam.
MIN_OWN_CUTS = 2
# The most times a page may print the string (each piece is planted 2-4 times): an article's
# own topic word recurs more often (基层党建 in a party-building report).
MAX_PRINTED = 4
BATCH_RULE = "batch_piece"


def cut_strings(removals: Iterable[Removal | Mapping[str, str]]) -> frozenset[str]:
    """The strings spam.injection cut as pieces, from a Doc's removals or a record's."""
    out = set()
    for r in removals:
        cleaner, rule, text = ((r.cleaner, r.rule, r.text) if isinstance(r, Removal)
                               else (r["cleaner"], r["rule"], r["text"]))
        if cleaner == CUT_CLEANER and rule == CUT_RULE and len(text.strip()) >= 2:
            out.add(text.strip())
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class BatchEvidence:
    """How many pages of a batch cut each string, and each pair of strings together.

    Read-only once learnt (``learn``); the same pages give the same value in any order."""

    pages: Mapping[str, int] = field(default_factory=dict)
    pairs: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    @classmethod
    def learn(cls, cut_sets: Iterable[frozenset[str]]) -> BatchEvidence:
        pages: Counter[str] = Counter()
        pairs: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for cuts in cut_sets:
            pages.update(cuts)
            for s in cuts:
                pairs[s].update(m for m in cuts if m != s)
        # Only strings other pages can use: cut on MIN_PAGES pages or more.
        keep = {s for s, n in pages.items() if n >= MIN_PAGES}
        return cls({s: pages[s] for s in sorted(keep)},
                   {s: {m: n for m, n in sorted(pairs[s].items())} for s in sorted(keep)})

    def pieces_for(self, cuts: frozenset[str]) -> frozenset[str]:
        """The strings cut on MIN_PAGES other pages or more, one of which also cut a string
        of ``cuts`` (this page's own cuts, which its pass-one count includes)."""
        if len(cuts) < MIN_OWN_CUTS:
            return frozenset()
        out = set()
        for m in cuts:
            for s, n in self.pairs.get(m, {}).items():
                # a page that cut both s and m, other than this one (which cut m, maybe s)
                if n - (s in cuts) >= 1 and self.pages.get(s, 0) - (s in cuts) >= MIN_PAGES:
                    out.add(s)
        return frozenset(out)


def batch_cuts(text: str, before: str, pieces: frozenset[str], stats: ChineseStats,
               own_cuts: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """Runs of ``pieces`` left in ``text`` (the page after its own cuts; ``before`` is the
    page spam.injection was given) that go: not quoted, no dictionary word across an edge,
    deleting the run breaks no word, and no member printed more than MAX_PRINTED times."""
    from .injection import _find_all, _quoted_at, _word_across  # the page tests, shared

    taken: list[tuple[int, int]] = []
    for s in sorted(pieces, key=lambda s: (-len(s), s)):  # longest first, then fixed order
        for a in _find_all(text, s):
            if not any(a < y and x < a + len(s) for x, y in taken):
                taken.append((a, a + len(s)))
    taken.sort()
    runs: list[tuple[int, int, list[str]]] = []
    for a, b in taken:  # pieces end to end are one run (two pieces planted side by side)
        if runs and runs[-1][1] == a:
            runs[-1] = (runs[-1][0], b, [*runs[-1][2], text[a:b]])
        else:
            runs.append((a, b, [text[a:b]]))
    out = []
    for a, b, members in runs:
        # a dictionary word alone goes only where this page cut it too: the article may use
        # the words of a phrase planted on it (生态 in an ecology report, 守护 in a slogan)
        if ((len(members) == 1 and members[0] not in own_cuts and stats.is_word(members[0]))
                or any(before.count(m) > MAX_PRINTED for m in members) or _quoted_at(text, a)
                or _word_across(stats, text, a) or _word_across(stats, text, b)
                or stats.deletion_gain(text, a, b, 4) >= FREE):
            continue
        out.append((a, b, f"'{text[a:b]}' was cut as a piece on {MIN_PAGES} other pages of "
                    "the batch or more, with a piece this page had cut; here it breaks no word"))
    return out


def apply_batch_cuts(doc: Doc, cuts: list[tuple[int, int, str]], cleaner: str) -> Doc:
    """``doc`` with the runs deleted, one Removal each (rule BATCH_RULE)."""
    if not cuts:
        return doc
    text, out, removed, pos = doc.text, [], [], 0
    for a, b, why in cuts:
        out.append(text[pos:a])
        pos = b
        line_start = text.rfind("\n", 0, a) + 1
        removed.append(Removal(cleaner, BATCH_RULE, shorten(why), text[a:b],
                               f"line {text.count(chr(10), 0, a) + 1} chars "
                               f"{a - line_start + 1}-{b - line_start}"))
    out.append(text[pos:])
    return doc.evolve(text="".join(out), removed=removed)
