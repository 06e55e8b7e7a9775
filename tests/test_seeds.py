"""Done-when of the cleaning core: `corpus clean` on the seed pages, scored by shared/tools/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

from tests.conftest import load_golds, load_score, shared_path

if TYPE_CHECKING:
    from pathlib import Path


def test_seed_pages_score_perfectly(tmp_path: Path) -> None:
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "corpus", "clean", *map(str, seeds), "-o",
                           str(out)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    score = load_score()
    golds = load_golds(shared_path("gold"))
    preds = {d["id"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(preds) == set(golds)
    meta_ok = meta_total = 0
    for doc_id, gold in golds.items():
        row = score.score_doc(gold, preds[doc_id])
        assert row["f1"] >= 0.99, (doc_id, row["f1"])
        assert row["leaks"] == [], (doc_id, row["leaks"])
        assert row["lost"] == [], (doc_id, row["lost"])
        meta_ok += sum(row["meta"].values())
        meta_total += len(row["meta"])
    assert (meta_ok, meta_total) == (7, 7)


def test_seed_metadata_fields(tmp_path: Path) -> None:
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "corpus", "clean", *map(str, seeds), "-o", str(out)],
                   check=True, capture_output=True, timeout=300)
    golds = load_golds(shared_path("gold"))
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = golds[record["id"]]
        assert record["status"] == "kept"
        assert record["lang"] == "zh"
        assert record["authors"] == gold["authors"], record["id"]
        if gold["source"]:
            assert record["source_name"] == gold["source"], record["id"]
        assert "\\u" not in line  # UTF-8, not ASCII escapes


def test_seed_pages_in_traditional_script_score_the_same() -> None:
    """The seeds and their gold through OpenCC s2t (a Hong Kong or Taiwan copy of the pages,
    spam mirror included): the same scores, from the same rules written once in simplified."""
    import opencc

    from cleaners import clean_text

    s2t = opencc.OpenCC("s2t")
    score = load_score()
    for doc_id, gold in load_golds(shared_path("gold")).items():
        hant_gold = dict(gold)
        for key in ("title", "text"):
            if gold.get(key):
                hant_gold[key] = s2t.convert(gold[key])
        for key in ("must_remove", "must_keep", "optional"):
            hant_gold[key] = [s2t.convert(x) for x in gold.get(key) or []]
        page = s2t.convert(shared_path("seeds", f"{doc_id}.txt").read_text("utf-8"))
        doc = clean_text(page, id=doc_id)
        row = score.score_doc(hant_gold, {"id": doc_id, "text": doc.text,
                                          "title": doc.meta.title, "date": doc.meta.date})
        assert row["f1"] >= 0.99, (doc_id, row["f1"])
        assert row["leaks"] == [], (doc_id, row["leaks"])
        assert row["lost"] == [], (doc_id, row["lost"])
        assert all(row["meta"].values()), (doc_id, row["meta"])
