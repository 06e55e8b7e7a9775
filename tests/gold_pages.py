"""What the tests of invented pages with gold share (tests/fixtures/gold_like/ saved as text,
tests/fixtures/gold_html/ saved as HTML): cleaning a folder with ``corpus clean`` as the hidden
set is cleaned, checking a gold file agrees with itself as the scorer reads it, and checking a
page's score."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from typing import TYPE_CHECKING, Any

import pytest

from tests.conftest import SHARED, load_golds, load_score

if TYPE_CHECKING:
    from pathlib import Path

GOLD_KEYS = {"id", "title", "date", "source", "authors", "text", "optional", "must_remove",
             "must_keep"}


def score_norm(s: str) -> str:
    """NFKC with whitespace dropped: how the scorer compares must_keep and must_remove."""
    return "".join(unicodedata.normalize("NFKC", s).split())


def page_params(pages: list[Path], known_wrong: dict[str, str]) -> list[Any]:
    """Every page's id, the known-wrong ones marked as expected failures (strict: a page that
    starts passing must leave the list)."""
    return [pytest.param(p.stem, marks=pytest.mark.xfail(reason=known_wrong[p.stem], strict=True))
            if p.stem in known_wrong else p.stem for p in sorted(pages)]


def clean_pages(pages: list[Path], out: Path) -> dict[str, dict[str, Any]]:
    """The pages cleaned by ``corpus clean`` in a child process, by id."""
    if not (SHARED / "tools" / "score.py").is_file():
        pytest.skip("the official scorer (shared/tools/score.py) is not beside the checkout")
    proc = subprocess.run([sys.executable, "-m", "corpus", "clean", *map(str, sorted(pages)),
                           "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def check_golds(folder: Path, pages: list[Path]) -> None:
    """Every page has its gold, and each gold agrees with itself as the scorer reads it: what
    must go is not in the text, what must stay is, and no optional line is counted in the text
    (the scorer drops optional lines from the prediction, so one in the gold text could never
    be recalled)."""
    golds = load_golds(folder)
    assert {p.stem for p in pages} == set(golds)
    for doc_id, gold in golds.items():
        assert gold["id"] == doc_id
        assert set(gold) == GOLD_KEYS
        text = score_norm(gold["text"])
        assert [s for s in gold["must_remove"] if score_norm(s) in text] == [], doc_id
        assert [s for s in gold["must_keep"] if score_norm(s) not in text] == [], doc_id
        optional = {score_norm(s) for s in gold["optional"]}
        assert [ln for ln in gold["text"].splitlines() if score_norm(ln) in optional] == [], doc_id


def check_page(gold: dict[str, Any], pred: dict[str, Any]) -> None:
    """The page scores as its gold: F1 >= 0.99, no leak, nothing lost, title and date found,
    and it is kept. A gold with no text is a page wholly spam (寄生虫): it must be dropped as
    mostly spam (the scorer cannot score an empty gold: its F1 is 0 whatever is kept)."""
    if not gold["text"]:
        assert (pred["status"], (pred.get("drop") or {}).get("rule")) == (
            "dropped", "mostly_spam"), pred["text"]
        return
    row = load_score().score_doc(gold, pred)
    assert row["f1"] >= 0.99, (row["f1"], pred["text"])
    assert row["leaks"] == []
    assert row["lost"] == []
    assert all(row["meta"].values()), (row["meta"], pred.get("title"), pred.get("date"))
    assert pred["status"] == "kept"
