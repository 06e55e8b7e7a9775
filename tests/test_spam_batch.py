"""Batch evidence for spam.injection (cleaners/spam/batch.py): what a batch learns, what a page
takes from it, and what it must never cost an article."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cleaners import ConfigError, Doc
from cleaners.spam import InjectedFragments, LexiconSpam
from cleaners.spam.batch import (
    BATCH_RULE,
    MAX_PRINTED,
    BatchEvidence,
    batch_cuts,
    cut_strings,
)
from cleaners.spam.brands import CoinedBrands
from cleaners.spam.stats import shared_stats
from corpus.config import parse

PARAS = [line for line in (Path(__file__).resolve().parents[1] / "bench" / "spam_articles"
                           / "paragraphs.txt").read_text("utf-8").splitlines()
         if line and not line.startswith("#")]
# An invented selling phrase, chopped into pieces of two characters.
PHRASE = "网上代办各类证件加急办理"
PIECES = [PHRASE[i : i + 2] for i in range(0, len(PHRASE), 2)]


def _cuts(*strings: str) -> frozenset[str]:
    return frozenset(strings)


def test_learn_counts_other_pages_only() -> None:
    ev = BatchEvidence.learn([_cuts("甲乙", "丙丁"), _cuts("甲乙", "丙丁")])
    # This page cut both too: it counts itself once, so one other page is not enough.
    assert ev.pieces_for(_cuts("甲乙", "丙丁")) == frozenset()
    ev = BatchEvidence.learn([_cuts("甲乙", "丙丁")] * 3)
    assert ev.pieces_for(_cuts("甲乙", "丙丁")) == _cuts("甲乙", "丙丁")


def test_pieces_need_a_link_to_the_page_own_cuts() -> None:
    ev = BatchEvidence.learn([_cuts("甲乙", "丙丁", "戊己"), _cuts("甲乙", "丙丁", "庚辛")])
    # 甲乙 was cut on two pages that also cut 丙丁, which this page cut: the same phrase.
    assert ev.pieces_for(_cuts("丙丁", "壬癸")) == _cuts("甲乙")
    # A page whose cuts share nothing with those pages takes nothing from them.
    assert ev.pieces_for(_cuts("子丑", "寅卯")) == frozenset()
    # A page with fewer than two cut strings is not proven.
    assert ev.pieces_for(_cuts("丙丁")) == frozenset()


def test_learn_is_independent_of_page_order() -> None:
    pages = [_cuts("甲乙", "丙丁"), _cuts("甲乙", "戊己"), _cuts("丙丁", "戊己", "甲乙")]
    assert BatchEvidence.learn(pages) == BatchEvidence.learn(reversed(pages))


def test_cut_strings_reads_docs_and_records() -> None:
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_planted(random.Random(2))[0])))
    assert cut_strings(doc.removals) == cut_strings(r.as_dict() for r in doc.removals)


@pytest.mark.parametrize(("text", "reason"), [
    ("记者从市委获悉，全市“优惠基层组织建设取得新进展”", "quoted"),
    ("全市基层党建工作取得新进展，基层党建带动发展", "inside a word (层党 of 基层党建)"),
])
def test_batch_cuts_keep_what_a_local_test_keeps(text: str, reason: str) -> None:
    pieces = _cuts("优惠", "层党")
    assert batch_cuts(text, text, pieces, shared_stats()) == [], reason


def test_batch_cuts_take_a_piece_between_words() -> None:
    text = "记者从市委获悉，全市惠基基层组织建设取得新进展"  # 惠基: no word
    cuts = batch_cuts(text, text, _cuts("惠基"), shared_stats())
    assert [text[a:b] for a, b, _ in cuts] == ["惠基"]


def test_a_word_goes_only_where_the_page_cut_it_too() -> None:
    # 优惠 is a word the article may use itself (a phrase planted on an article using its
    # words); it goes when this page's own pass cut it elsewhere
    text = "记者从市委获悉，全市优惠基层组织建设取得新进展"
    assert batch_cuts(text, text, _cuts("优惠"), shared_stats()) == []
    cuts = batch_cuts(text, text, _cuts("优惠"), shared_stats(), own_cuts=_cuts("优惠"))
    assert [text[a:b] for a, b, _ in cuts] == ["优惠"]


def test_an_article_own_repeats_survive() -> None:
    # 基层党建 printed more often than a piece is planted is the article's topic word.
    text = "，".join(["基层党建工作扎实推进"] * (MAX_PRINTED + 1)) + "。全市党建引领发展"
    assert batch_cuts(text, text, _cuts("党建", "基层党建"), shared_stats()) == []


def _planted(rng: random.Random) -> tuple[str, str]:
    """An article of our own paragraphs with PHRASE's pieces and a known brand planted, and
    the article itself."""
    lines = rng.sample(PARAS, 5)
    clean = "\n".join(lines)
    for piece in [*PIECES, "澳门新葡京官网"]:
        for _ in range(1 if len(piece) > 2 else rng.randint(2, 3)):
            j = rng.randrange(3)
            pos = rng.randint(0, len(lines[j]))
            lines[j] = lines[j][:pos] + piece + lines[j][pos:]
    return "\n".join(lines), clean


def _clean(pages: list[str], injection: InjectedFragments) -> list[Doc]:
    out = []
    for i, text in enumerate(pages):
        doc = Doc(f"p{i}", text=text)
        for cleaner in (LexiconSpam(), injection, CoinedBrands()):
            doc = cleaner(doc)
        out.append(doc)
    return out


def test_second_pass_takes_more_pieces_and_no_own_copy() -> None:
    rng = random.Random(2)
    planted = [_planted(rng) for _ in range(5)]
    injection = InjectedFragments()
    first = _clean([p for p, _ in planted], injection)
    evidence = BatchEvidence.learn(cut_strings(d.removals) for d in first)
    # The articles themselves join the batch: a clean page shares words with the evidence.
    articles = [c for _, c in planted]
    second = _clean([p for p, _ in planted] + articles, injection.with_evidence(evidence))
    batch = [r.text for d in second for r in d.removals if r.rule == BATCH_RULE]
    assert batch, "the batch evidence took nothing"
    assert all(s in PIECES or (s[:2] in PIECES and s[2:] in PIECES) for s in batch)
    for doc, (_, clean) in zip(second[: len(planted)], planted, strict=True):
        for piece in PIECES:  # every copy the article prints itself is still there
            assert doc.text.count(piece) >= clean.count(piece)
    assert [d.text for d in second[len(planted):]] == articles  # clean pages never lose a char
    assert injection.evidence is None  # with_evidence gave a copy


def test_config_batch_key_is_validated() -> None:
    steps = [{"use": "spam.lexicon"}, {"use": "spam.injection"}]
    assert parse({"clean": steps}).batch.evidence is False
    assert parse({"clean": steps, "batch": {"evidence": True}}).batch.evidence is True
    with pytest.raises(ConfigError, match=r"batch\.evidence"):
        parse({"clean": steps, "batch": {"evidence": "yes"}})
    with pytest.raises(ConfigError, match="unknown key"):
        parse({"clean": steps, "batch": {"evidnce": True}})
    with pytest.raises(ConfigError, match=r"spam\.injection"):
        parse({"clean": [{"use": "spam.lexicon"}], "batch": {"evidence": True}})


def test_runner_two_passes_are_deterministic(tmp_path: Path) -> None:
    import corpus.runner as runner
    from corpus.config import BatchConfig, Config, load
    from corpus.readers import Source

    rng = random.Random(2)
    texts = [p for p, _ in (_planted(rng) for _ in range(5))] + ["这是一段足够长的正文内容。" * 4]
    sources = []
    for i, text in enumerate(texts):
        path = tmp_path / f"p{i}.txt"
        path.write_text(text, encoding="utf-8")
        sources.append(Source(f"p{i}", str(path)))
    base = load()
    config = Config(base.path, base.input, base.output, base.clean, BatchConfig(evidence=True))
    one = runner.run_with_evidence(config, sources, jobs=1)
    two = runner.run_with_evidence(config, sources, jobs=2)
    assert [r.record for r in one] == [r.record for r in two]
    assert any(r["rule"] == BATCH_RULE for res in one for r in res.record["removals"])
    with runner.WorkerPool(base) as pool:  # without the key: one pass, no batch cut
        plain = [r.record for r in pool.run(sources)]
    assert not any(r["rule"] == BATCH_RULE for rec in plain for r in rec["removals"])
    assert plain[-1] == one[-1].record
