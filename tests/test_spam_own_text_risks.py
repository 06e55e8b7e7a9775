"""Three ways the spam cleaners risked an article's own text (issue 4: no false positives),
each probed with clean articles of our own holding the words in ordinary use and with mirrors
built from them:

1. spam.lexicon's scan took the leftmost longest term, so a lighter term overlapping a heavier
   one hid the stronger evidence; the span now reads as the heaviest term it holds.
2. spam.injection's row echoes (strings of a spam row chrome took, cut where they recur) cut
   the article's 手机 and 兼职 where they are objects of its sentences, on a page the row
   alone proves.
3. spam.lexicon's advert sentence took the article's own clause beside the advert (up to 28
   characters besides the advert's); now only the advert's clauses go."""

from __future__ import annotations

from cleaners.spam.lexicon import _strongest_overlaps, shared_lexicon

# 1. A heavier term inside or across a lighter one ------------------------------------------

LIGHT = ("手机兼职", 2, "ads", "promo")  # a pair of terms of our own, as the lexicon stores them
HEAVY = ("兼职刷单", 3, "ads", "promo")


def test_a_heavier_term_overlapping_a_lighter_one_is_the_spans_evidence() -> None:
    # 手机兼职刷单: the leftmost longest is the lighter 手机兼职; the span reads as 兼职刷单
    assert _strongest_overlaps([(0, 4, LIGHT), (2, 6, HEAVY)]) == [(0, 6, HEAVY)]
    # a heavier term inside a longer lighter one (…手机兼职刷单 listed at weight 2)
    longer = ("手机兼职刷单", 2, "ads", "promo")
    assert _strongest_overlaps([(0, 6, longer), (2, 6, HEAVY)]) == [(0, 6, HEAVY)]


def test_a_lighter_or_topic_term_overlapping_leaves_the_span_as_it_was() -> None:
    assert _strongest_overlaps([(0, 4, HEAVY), (2, 6, LIGHT)]) == [(0, 4, HEAVY)]
    topic = ("兼职刷单", 3, "ads", "term")  # vocabulary counts; it proves no advert
    assert _strongest_overlaps([(0, 4, LIGHT), (2, 6, topic)]) == [(0, 4, LIGHT)]
    apart = [(0, 4, LIGHT), (4, 8, HEAVY)]
    assert _strongest_overlaps(apart) == apart


def test_the_scan_reads_a_lexicon_brand_a_lighter_brand_overlaps() -> None:
    # 亚博 (weight 2) overlaps 博天堂 (weight 3): the hit is the weight-3 brand over both
    hits = shared_lexicon().scan("亚博天堂在线")
    assert [(h.start, h.end, h.term, h.weight) for h in hits] == [(0, 4, "博天堂", 3)]
