"""spam.lexicon and spam.injection keep the article's own words on a page proven to carry spam:
news sentences naming products (国际合作, 体育彩票, 电竞馆) and operators' endings in their
ordinary senses (座谈会, 汇报, 美食城), alone in a line and beside a known brand, survive whole."""

from __future__ import annotations

from pathlib import Path

from cleaners.document import Doc
from cleaners.spam import InjectedFragments, LexiconSpam

from .conftest import shared_path

SEED = "004_430d29aad108b5a3"  # a page carrying chopped spam and known brands
FIXTURE = Path(__file__).parent / "fixtures" / "spam_own_sentences.txt"
PLANTED = "华体会官网"  # a known brand with its promo suffix, planted at the first clause mark


def _sentences() -> list[str]:
    lines = FIXTURE.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_the_own_sentences_fixture_is_varied_and_names_product_words() -> None:
    sentences = _sentences()
    assert len(sentences) >= 250
    assert len(set(sentences)) == len(sentences)
    for word in ("国际", "体育", "娱乐", "电子", "电竞", "棋牌", "真人", "彩票", "会", "汇", "城"):
        assert sum(word in s for s in sentences) >= 3, word


def test_an_articles_own_sentences_survive_on_a_proven_page() -> None:
    lines = shared_path("seeds", f"{SEED}.txt").read_text("utf-8").split("\n")
    middle = len(lines) // 2
    lexicon, injection = LexiconSpam(), InjectedFragments()
    lost = []
    for sentence in _sentences():
        mark = sentence.find("，") + 1
        planted = sentence[:mark] + PLANTED + sentence[mark:]
        for line in (sentence, planted):
            text = "\n".join([*lines[:middle], line, *lines[middle:]])
            doc = injection(lexicon(Doc("d", text=text)))
            # the page is proven: its chopped spam goes, the planted brand too
            assert "华体会" not in doc.text
            if sentence not in doc.text:
                lost.append(line)
    assert lost == []
