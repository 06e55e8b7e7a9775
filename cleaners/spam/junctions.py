"""Recurring fragments at odd junctions: the vectorised first look of the injection detector.

A fragment (2 to ``max_len`` Han characters) occurring at least ``min_sites`` times is scored
at every site by how much better its neighbours fit each other than they fit it:
``PMI(left, right) - max(PMI(left, first), PMI(last, right))`` (see ``charstats``); next to
punctuation only the one junction counts. Fragments with enough positive sites come back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .charstats import CharTable

__all__ = ["Fragment", "recurring_fragments"]


@dataclass(frozen=True, slots=True)
class Fragment:
    text: str
    starts: tuple[int, ...]  # offsets in the whole text
    gains: tuple[float, ...]  # junction evidence per site (> 0: fits better without it)

    @property
    def mean_gain(self) -> float:
        return sum(self.gains) / len(self.gains)


def recurring_fragments(text: str, table: CharTable, *, min_sites: int = 2, max_len: int = 4,
                        min_score: float = 0.5, min_positive: int = 2) -> list[Fragment]:
    """Fragments recurring at ``min_sites`` sites, ``min_positive`` of them with positive
    junction evidence and summed evidence of at least ``min_score``."""
    ids = table.ids(text)
    n = len(ids)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    han = ((codes >= 0x4E00) & (codes < 0xA000)) | ((codes >= 0x3400) & (codes < 0x4DC0))
    known = han & (ids != table.other)
    joint = np.zeros(n + 1, dtype=bool)  # joint[i]: characters i-1 and i are both known Han
    joint[1:n] = known[:-1] & known[1:]
    junction = np.zeros(n + 1)
    junction[1:n] = table.pmi(ids[:-1], ids[1:])

    keys, starts, lengths = [], [], []
    for k in range(2, max_len + 1):
        if n < k:
            break
        idx = np.arange(n - k + 1)
        ok = known[idx].copy()
        key = ids[idx].copy()
        for j in range(1, k):
            ok &= known[idx + j]
            key = key * 4096 + ids[idx + j]
        keys.append(key[ok] * 8 + k)
        starts.append(idx[ok])
        lengths.append(np.full(int(ok.sum()), k))
    if not keys:
        return []
    _, inverse, counts = np.unique(np.concatenate(keys), return_inverse=True,
                                   return_counts=True)
    repeated = counts[inverse] >= min_sites
    if not repeated.any():
        return []
    key_of = inverse[repeated]
    pos = np.concatenate(starts)[repeated]
    size = np.concatenate(lengths)[repeated]
    end = pos + size
    left_ok, right_ok = joint[pos], joint[end]
    both = left_ok & right_ok
    left, right = junction[pos], junction[end]
    bridge = np.where(both, table.pmi(ids[np.maximum(pos - 1, 0)], ids[np.minimum(end, n - 1)]),
                      0.0)
    gain = np.where(both, bridge - np.maximum(left, right),
                    np.where(left_ok, -left, np.where(right_ok, -right, 0.0)))
    gain = np.clip(gain, -3.0, 3.0)
    score = np.bincount(key_of, weights=gain)
    positive = np.bincount(key_of, weights=(gain > 0).astype(np.float64))
    out = []
    for u in np.nonzero((score >= min_score) & (positive >= min_positive))[0]:
        sel = key_of == u
        first, k = int(pos[sel][0]), int(size[sel][0])
        out.append(Fragment(text[first:first + k], tuple(int(p) for p in pos[sel]),
                            tuple(float(g) for g in gain[sel])))
    return out
