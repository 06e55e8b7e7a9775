"""How well page-level repetition evidence tells planted pieces from the article's own strings.

Measures, before any rule is written, what a rule for the pieces spam.injection misses on
pages it already proved (it cut something there) could take: every recurring Han string of
2-3 characters that no cleaner cut at any site, set 2-4 times (all its occurrences), none
holding a function character, every site free (deleting it breaks no word: gain below FREE)
and no dictionary word across either edge. Each criterion below is scored in characters:
planted (the bench's mask says so) against the article's own. Round inject58 found the own
characters 35-100 times the planted ones for every criterion (words and non-words alike), so
such repetition evidence alone cannot lower the per-piece threshold on proven pages.

    .venv/bin/python bench/spam_inject_evidence.py [--set dev] [--brands unseen] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.spam_inject import SETS, clean_articles, inject, removed_mask  # noqa: E402
from cleaners.document import Doc  # noqa: E402
from cleaners.spam import InjectedFragments, LexiconSpam  # noqa: E402
from cleaners.spam.brands import CoinedBrands  # noqa: E402
from cleaners.spam.charstats import news_count  # noqa: E402
from cleaners.spam.fragments import FREE, SPLIT, _han_mask, _recurring  # noqa: E402
from cleaners.spam.injection import _FUNCTION_CHARS, _word_across  # noqa: E402
from cleaners.spam.stats import shared_stats  # noqa: E402

# name -> test of (string, is_word, gains of its sites): the candidates a rule would cut.
CRITERIA = {
    "any free string": lambda s, word, gains: True,
    "word, one site splits a word": lambda s, word, gains: word and min(gains) <= SPLIT,
    "no word": lambda s, word, gains: not word,
    "no word, rare in news (<= 2)": lambda s, word, gains: not word and news_count(s) <= 2,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=tuple(SETS), default="dev", dest="plant_set")
    ap.add_argument("--brands", choices=("lexicon", "unseen"), default="unseen")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=120)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    articles = clean_articles(args.articles, rng)
    phrases, lexicon_brands, unseen = SETS[args.plant_set]
    brands = lexicon_brands if args.brands == "lexicon" else unseen
    chain = (LexiconSpam(), InjectedFragments(), CoinedBrands())
    stats = shared_stats()
    planted_chars = dict.fromkeys(CRITERIA, 0)
    own_chars = dict.fromkeys(CRITERIA, 0)
    missed = proven = 0
    for i, text in enumerate(articles):
        spammed, mask = inject(text, rng, phrases, brands)
        doc = Doc(f"spam{i}", text=spammed)
        for cleaner in chain:
            doc = cleaner(doc)
        gone = removed_mask(spammed, doc.text, mask)
        missed += sum(m and not g for m, g in zip(mask, gone, strict=True))
        if not any(r.cleaner == "spam.injection" for r in doc.removals):
            continue
        proven += 1
        for frag, starts in _recurring(spammed, 3, 4, _han_mask(spammed)).items():
            k = len(frag)
            if (spammed.count(frag) != len(starts) or any(c in _FUNCTION_CHARS for c in frag)
                    or any(any(gone[a : a + k]) for a in starts)
                    or any(_word_across(stats, spammed, a) or _word_across(stats, spammed, a + k)
                           for a in starts)):
                continue
            gains = [stats.deletion_gain(spammed, a, a + k, 4) for a in starts]
            if max(gains) >= FREE:
                continue
            planted = sum(all(mask[a : a + k]) for a in starts) * k
            word = stats.is_word(frag)
            for name, test in CRITERIA.items():
                if test(frag, word, gains):
                    planted_chars[name] += planted
                    own_chars[name] += len(starts) * k - planted
    print(f"proven pages {proven}, planted chars missed {missed}")
    for name in CRITERIA:
        print(f"{name}: planted {planted_chars[name]} own {own_chars[name]}")
    best = max(CRITERIA, key=lambda n: planted_chars[n] / max(own_chars[n], 1))
    print(f"best_ratio={planted_chars[best] / max(own_chars[best], 1):.3f} ({best})")


if __name__ == "__main__":
    main()
