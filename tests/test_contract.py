"""The cleaner contract, checked on every registered cleaner over the seed pages: named as
registered, picklable, idempotent, and (text stage) it only takes text out, recording it."""

from __future__ import annotations

import pickle
from collections import Counter

import pytest

from cleaners import DEFAULT_STEPS, Doc, build_chain
from cleaners.registry import factory_for
from tests.conftest import shared_path

# Cleaners that change characters or layout rather than removing text.
REWRITERS = {"normalize.text", "layout.paragraphs", "extract.main_text", "html.prune"}


def _seed_docs() -> list[Doc]:
    return [Doc(id=p.stem, source=str(p), text=p.read_text(encoding="utf-8"))
            for p in sorted(shared_path("seeds").glob("*.txt"))]


@pytest.mark.parametrize("step", DEFAULT_STEPS, ids=lambda s: s.use)
def test_cleaner_contract(step: object) -> None:
    use = step.use  # type: ignore[attr-defined]
    cleaner = factory_for(use)()
    assert cleaner.name == use
    clone = pickle.loads(pickle.dumps(cleaner))
    index = [s.use for s in DEFAULT_STEPS].index(use)
    before = build_chain(DEFAULT_STEPS[:index], name="before") if index else None
    for doc in _seed_docs():
        doc = before(doc) if before else doc
        out = cleaner(doc)
        assert clone(doc) == out, f"{use} gives another result after pickling"
        again = cleaner(out)
        assert again.text == out.text, f"{use} is not idempotent on {doc.id}"
        assert len(again.removals) == len(out.removals), (
            f"{use} is not idempotent on {doc.id}")
        if use in REWRITERS or out.dropped:
            continue
        lost = Counter(doc.text) - Counter(out.text)
        gained = Counter(out.text) - Counter(doc.text)
        assert not (gained - Counter("\n ")), f"{use} added text on {doc.id}"
        recorded = Counter("".join(r.text for r in out.removals[len(doc.removals):]))
        missing = {c: n for c, n in (lost - recorded).items() if not c.isspace()}
        assert not missing, f"{use} removed characters without recording them on {doc.id}"
