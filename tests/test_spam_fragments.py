"""spam.fragments: the batched helpers give what their one-at-a-time forms give."""

from __future__ import annotations

import random

from cleaners.spam.fragments import _joined_around, _rejoined_shares
from cleaners.spam.injection import _term_across
from cleaners.spam.lexicon import all_terms


def test_rejoined_shares_match_a_search_of_the_page() -> None:
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice("基层党组织民群心人\n，a") for _ in range(rng.randint(0, 60)))
        frags = [(k, sorted(rng.sample(range(len(text)), min(len(text), rng.randint(1, 5)))))
                 for k in (2, 3, 4) if text]
        frags = [(k, starts) for k, starts in frags if starts]
        quads = {text[i : i + 4] for i in range(len(text) - 3)}
        expected = [sum(_joined_around(text, a, k) in quads for a in starts) / len(starts)
                    for k, starts in frags]
        assert _rejoined_shares(text, frags) == expected


def test_term_across_matches_a_scan_of_every_term() -> None:
    terms = all_terms()
    pieces = sorted(terms)
    rng = random.Random(7)
    letters = sorted(set("".join(pieces)))
    found = 0
    for _ in range(20000):
        joined = "".join(rng.choice(pieces)[rng.randint(0, 2):] if rng.random() < 0.5 else
                         "".join(rng.choices(letters, k=rng.randint(1, 3)))
                         for _ in range(rng.randint(1, 4)))
        if len(joined) < 2:
            continue
        seam = rng.randint(1, len(joined) - 1)
        expected = any(t in joined and joined.find(t) < seam < joined.find(t) + len(t)
                       for t in terms)
        found += expected
        assert _term_across(joined, seam, terms) == expected
    assert found > 100  # the strings do cross terms
