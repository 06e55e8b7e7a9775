"""Gold-like pages: invented pages of the seeds' own families (party-building sites, city papers,
county government sites, spam mirrors) from other sites, cleaned by ``corpus clean`` and scored by
the official scorer (``../shared/tools/score.py``) against their gold in the official format.

usage: python bench/gold_like.py [--pages DIR] [--keep OUT.jsonl]

The pages and their gold are ``tests/fixtures/gold_like/ID.txt`` / ``ID.json``. The scorer is
loaded from the shared folder, never copied here. Its report is printed as it prints it: one line
a page, then the summary ``docs=N missing=N mean_F1=... min_F1=... leaks=N lost=N meta=N/M``.

A gold with no text is a page wholly spam (寄生虫) that must be dropped: the scorer cannot score it
(an empty gold's F1 is 0 whatever is kept), so it is left out of the mean and printed first as
``dropped ID`` or ``KEPT ID: a page to drop was kept``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "gold_like"
# where tests/conftest.py looks for the shared folder
SCORER_PLACES = (ROOT.parent / "shared",
                 pathlib.Path(os.environ.get("CORPUS_SHARED", "/nonexistent")),
                 pathlib.Path("/work/shared"))


def load_scorer() -> Any:
    """The official scorer (shared/tools/score.py) as a module, loaded from beside the
    checkout, never copied; exits with a message when it is not there."""
    scorer = next((p / "tools" / "score.py" for p in SCORER_PLACES
                   if (p / "tools" / "score.py").is_file()), None)
    if scorer is None:
        sys.exit("the official scorer (shared/tools/score.py) is not beside the checkout")
    spec = importlib.util.spec_from_file_location("score", scorer)
    assert spec
    assert spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def scored_golds(gold_dir: pathlib.Path, out: pathlib.Path, into: pathlib.Path) -> pathlib.Path:
    """A folder of the golds in ``gold_dir`` the scorer can score, made in ``into``: every gold
    but those with no text (pages to drop), each of which is printed with whether ``out`` (the
    cleaned JSONL) dropped it; a page with text that ``out`` dropped is printed too."""
    status = {d["id"]: d["status"]
              for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    into.mkdir(exist_ok=True)
    for gold in sorted(gold_dir.glob("*.json")):
        doc_id = gold.stem
        if json.loads(gold.read_text(encoding="utf-8"))["text"]:
            shutil.copy(gold, into / gold.name)
            # a dropped record still carries its text, which the scorer reads: say so here
            if status.get(doc_id) == "dropped":
                print(f"DROPPED {doc_id}: a page with text was dropped")
        elif status.get(doc_id) == "dropped":
            print(f"dropped {doc_id}")
        else:
            print(f"KEPT {doc_id}: a page to drop was kept")
    return into


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=pathlib.Path, default=PAGES)
    ap.add_argument("--keep", type=pathlib.Path, help="write the cleaned JSONL here")
    args = ap.parse_args(argv)
    score = load_scorer()
    # pages saved as text, or as HTML or a web archive (bench/gold_html.py's folder)
    pages = sorted(p for p in args.pages.iterdir()
                   if p.suffix in {".txt", ".html", ".mht", ".mhtml"})
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or pathlib.Path(tmp) / "gold_like.jsonl"
        subprocess.run([sys.executable, "-m", "corpus", "clean", *map(str, pages), "-o", str(out)],
                       check=True, cwd=ROOT, capture_output=True)
        golds = scored_golds(args.pages, out, pathlib.Path(tmp) / "gold")
        score.main([str(golds), str(out)])


if __name__ == "__main__":
    main()
