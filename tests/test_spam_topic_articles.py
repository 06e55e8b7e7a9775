"""Clean news about the topics spam uses (bench/spam_topic_articles.txt: raids, trials,
lottery draws, Macau's operators, invoices, drugs, licensed venues) loses nothing to the spam
cleaners, alone or copied by a mirror that planted one brand in it (bench/spam_topic_fp.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain

from .conftest import load_bench

if TYPE_CHECKING:
    from collections.abc import Callable

probe = load_bench("spam_topic_fp")
ARTICLES = {key: (title, paras) for key, title, paras in probe.articles()}


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


def test_the_probe_holds_forty_articles_of_three_paragraphs_or_more() -> None:
    assert len(ARTICLES) >= 40
    assert all(len(paras) >= 3 for _, paras in ARTICLES.values())


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_a_clean_article_about_spams_topics_loses_nothing(chain: Callable[[Doc], Doc],
                                                          key: str) -> None:
    title, paras = ARTICLES[key]
    doc = chain(Doc(key, text=probe.as_text(title, paras)))
    assert [r.text for r in doc.removals if r.cleaner.startswith("spam")] == []
    assert doc.dropped is None
    assert "spam_suspect" not in doc.meta.tags


@pytest.mark.parametrize(("key", "para", "at"), [
    ("t18", 1, 10),  # 人民文化娱乐城 … 娱乐城今后将…: a venue named by its kind
    ("t35", 2, 20),  # 约谈, 平台: the headline's words, recurring in every paragraph
    ("t40", 2, 12),  # 网约车, 平台
])
def test_a_mirror_of_such_an_article_loses_only_its_brand(chain: Callable[[Doc], Doc],
                                                          key: str, para: int, at: int) -> None:
    title, paras = ARTICLES[key]
    brand = "澳门新葡京官网"
    planted = [p if i != para else p[:at] + brand + p[at:] for i, p in enumerate(paras)]
    doc = chain(Doc(key, text=probe.as_text(title, planted)))
    cuts = [r.text for r in doc.removals if r.cleaner.startswith("spam")]
    assert cuts == [brand]


@pytest.mark.parametrize(("named", "kept"), [
    ("涉案网站名为金蟾娱乐，", True),  # 名为 cites the site the report names
    ("涉案网站有关金蟾娱乐，", False),  # set bare between words: the mirror's coined brand
])
def test_a_coined_name_the_report_names_stays_beside_a_planted_brand(
        chain: Callable[[Doc], Doc], named: str, kept: bool) -> None:
    title, paras = ARTICLES["t01"]
    brand = "开云体育"
    line = paras[1].replace("涉案网站名为金蟾娱乐，", named)
    at = len(line) // 3
    planted = [paras[0], line[:at] + brand + line[at:], *paras[2:]]
    doc = chain(Doc("t01", text=probe.as_text(title, planted)))
    assert ("金蟾娱乐" in doc.text) is kept
