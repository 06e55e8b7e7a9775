"""spam.injection's seam test: walking the strings across a seam finds what a scan of every
term finds."""

from __future__ import annotations

import random

from cleaners.spam.injection import _term_across
from cleaners.spam.lexicon import all_terms


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


def test_seam_term_of_the_link_features_matches_a_scan_of_every_term() -> None:
    # The quick reject (the seam's two characters are in no term) must lose no crossing term.
    from cleaners.spam.fragments import _seam_term, _term_pairs
    from cleaners.spam.lexicon import selling_terms

    terms = selling_terms()
    pieces = sorted(terms)
    rng = random.Random(9)
    letters = sorted(set("".join(pieces)))
    found = 0
    for n in range(20000):
        a, b = ("".join(rng.choice(pieces)[rng.randint(0, 2):] if rng.random() < 0.5 else
                        "".join(rng.choices(letters, k=rng.randint(1, 3)))
                        for _ in range(rng.randint(1, 2))) for _ in range(2))
        if n % 10 == 0:
            # one in ten a term split in random context: crossings however the lexicon grows
            term = rng.choice(pieces)
            if len(term) >= 2:
                k = rng.randint(1, len(term) - 1)
                a, b = a[-3:] + term[:k], term[k:] + b[:3]
        if not a or not b:
            continue
        joined, seam = (a + b).lower(), len(a)
        expected = any(joined[i:j] in terms for i in range(max(0, seam - 6), seam)
                       for j in range(seam + 1, min(len(joined), seam + 6) + 1))
        found += expected
        assert _seam_term(a, b, terms) == expected
    assert found > 1000  # the strings do cross terms (the split terms among them)
    # and every term split anywhere (at most 6 characters either side) is found across it
    for term in pieces:
        for k in range(max(1, len(term) - 6), min(len(term), 7)):
            assert _seam_term(term[:k], term[k:], terms), (term, k)
    assert all(t[k : k + 2] in _term_pairs(terms) for t in pieces for k in range(len(t) - 1))
