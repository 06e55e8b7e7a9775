"""The real pages' gold (tests/fixtures/real_gold, line anchors into ../shared/pages/real) is
well-formed: every anchor finds its line, the expanded gold is consistent with itself as the
official scorer reads it, and each gold names only fields ``bench/real_gold.py`` knows."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from .conftest import load_bench, shared_path

GOLD = Path(__file__).parent / "fixtures" / "real_gold"
real_gold = load_bench("real_gold")


def score_norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


@pytest.mark.parametrize("doc_id", sorted(p.stem for p in GOLD.glob("*.json")))
def test_gold_expands_and_agrees_with_itself(doc_id: str) -> None:
    spec = json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))
    assert spec["id"] == doc_id
    assert set(spec) <= real_gold.FIELDS
    page = next(iter(sorted(shared_path("pages", "real").glob(f"{doc_id}.htm*"))))
    gold = real_gold.expand(spec, real_gold.page_lines(page))
    text = score_norm(gold["text"])
    assert text, "the gold text is empty"
    assert gold["title"], "every real page has a headline"
    assert [s for s in gold["must_keep"] if score_norm(s) not in text] == []
    assert [s for s in gold["must_remove"] if score_norm(s) in text] == []
    # the anchors are short: the page's text is not copied here
    anchors = [a for pair in spec["body"] for a in pair] + spec.get("skip", []) + spec.get(
        "optional", []) + [p for p, _ in spec.get("cut", [])]
    assert all(len(a) <= 40 for a in anchors), [a for a in anchors if len(a) > 40]
