"""A clean article goes through the whole default chain essentially unchanged."""

from __future__ import annotations

import re

import pytest

from cleaners import clean_text, default_chain
from tests.conftest import load_golds, shared_path

GOLDS = load_golds(shared_path("gold")) if shared_path("gold").exists() else {}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("doc_id", sorted(GOLDS))
def test_gold_text_survives_the_chain(doc_id: str) -> None:
    gold = GOLDS[doc_id]["text"]
    doc = clean_text(gold, id=doc_id, chain=default_chain())
    assert doc.dropped is None
    assert _squash(doc.text) == _squash(gold), [r.text for r in doc.removals]


@pytest.mark.parametrize("doc_id", sorted(GOLDS))
def test_title_plus_gold_text_keeps_the_body(doc_id: str) -> None:
    golden = GOLDS[doc_id]
    if not golden["title"]:
        pytest.skip("no title in gold")
    doc = clean_text(golden["title"] + "\n" + golden["text"], id=doc_id, chain=default_chain())
    assert doc.meta.title == golden["title"]
    assert _squash(doc.text) == _squash(golden["text"])
