"""Real pages scored against hand-written gold: the 62 saved pages of ``../shared/pages/real``
(portals, government sites, WeChat articles), cleaned from their HTML by ``corpus clean`` and
scored by the official scorer (``../shared/tools/score.py``, loaded, never copied).

usage: python bench/real_gold.py [--gold DIR] [--only ID ...] [--keep OUT.jsonl]

The gold is ``tests/fixtures/real_gold/ID.json`` in the official format
(``../shared/gold/README.md``), written by reading each page as a browser shows it, not from
our output. Pages without gold are not cleaned. The scorer's report is printed as it prints it:
one line a page, then ``docs=N missing=N mean_F1=... min_F1=... leaks=N lost=N meta=N/M``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "real_gold"
SHARED_PLACES = (ROOT.parent / "shared",
                 pathlib.Path(os.environ.get("CORPUS_SHARED", "/nonexistent")),
                 pathlib.Path("/work/shared"))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=pathlib.Path, default=GOLD)
    ap.add_argument("--only", nargs="*", default=[], help="page ids")
    ap.add_argument("--keep", type=pathlib.Path, help="write the cleaned JSONL here")
    args = ap.parse_args(argv)
    shared = next((p for p in SHARED_PLACES if (p / "tools" / "score.py").is_file()
                   and (p / "pages" / "real").is_dir()), None)
    if shared is None:
        sys.exit("the shared folder (tools/score.py, pages/real) is not beside the checkout")
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    assert spec
    assert spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    ids = sorted(p.stem for p in args.gold.glob("*.json"))
    if args.only:
        ids = [i for i in ids if i in set(args.only)]
    pages = [p for i in ids for p in sorted((shared / "pages" / "real").glob(f"{i}.htm*"))]
    if not pages:
        sys.exit(f"no gold in {args.gold} matches a page in {shared / 'pages' / 'real'}")
    with tempfile.TemporaryDirectory() as tmp:
        gold = pathlib.Path(tmp) / "gold"
        gold.mkdir()
        for i in ids:
            shutil.copy(args.gold / f"{i}.json", gold)
        out = args.keep or pathlib.Path(tmp) / "real.jsonl"
        subprocess.run([sys.executable, "-m", "corpus", "clean", *map(str, pages), "-o", str(out)],
                       check=True, cwd=ROOT, capture_output=True)
        score.main([str(gold), str(out)])


if __name__ == "__main__":
    main()
