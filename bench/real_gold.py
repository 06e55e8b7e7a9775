"""Real pages scored against hand-written gold: the 62 saved pages of ``../shared/pages/real``
(portals, government sites, WeChat articles), cleaned from their HTML by ``corpus clean`` and
scored by the official scorer (``../shared/tools/score.py``, loaded, never copied).

usage: python bench/real_gold.py [--text] [--only ID ...] [--keep OUT.jsonl] [--show ID]

The pages may not be copied into this repository, so their gold is kept as anchors, not text:
``tests/fixtures/real_gold/ID.json`` holds the metadata (``title``, ``date``, ``source``,
``authors``), short strings (``must_remove``, ``must_keep``) and line anchors into the page as a
browser shows it (``bench/text_path.py``'s renderer, independent of our cleaners):

- ``body``: ``[first, last]`` pairs; each is the run of rendered lines from the first line
  starting with ``first`` to the next line starting with ``last`` (whitespace ignored), in order;
- ``skip``: prefixes of lines inside those runs that are not the article (a caption, an ad);
- ``cut``: ``[prefix, text]`` pairs: ``text`` is cut out of the line starting with ``prefix``
  (a share prompt glued to a paragraph);
- ``optional``: prefixes of lines that may be kept or dropped without penalty (a byline, a
  caption that reads as prose); they are not in the gold text, as in ``../shared/gold``.

The bench expands the anchors into gold in the official format, in a temporary folder, and
prints the scorer's report: one line a page, then
``docs=N missing=N mean_F1=... min_F1=... leaks=N lost=N meta=N/M``. An anchor that matches no
line is an error. ``--show ID`` prints the page's rendered lines, numbered, and the gold text.

``--text`` scores the text path instead, as the hidden measure does for pages of other sites: each
page is rendered by the same renderer, written as a browser's "save as text" would (``ID.txt``,
in a temporary folder), cleaned by ``corpus clean`` as text and scored against the same gold.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import pathlib
import subprocess
import sys
import tempfile
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from text_path import render  # noqa: E402

from cleaners.html.decode import decode_html  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "real_gold"
SHARED_PLACES = (ROOT.parent / "shared",
                 pathlib.Path(os.environ.get("CORPUS_SHARED", "/nonexistent")),
                 pathlib.Path("/work/shared"))
FIELDS = {"id", "title", "date", "source", "authors", "body", "skip", "cut", "optional",
          "must_remove", "must_keep"}


def _key(s: str) -> str:
    return "".join(s.split())


def page_text(page: pathlib.Path) -> str:
    """The page as a browser's "save as text" writes it."""
    return render(decode_html(page.read_bytes()).text)


def page_lines(page: pathlib.Path) -> list[str]:
    """The page as a browser's "save as text" shows it, one stripped non-blank line each."""
    return [ln.strip() for ln in page_text(page).split("\n") if ln.strip()]


def _find(lines: list[str], prefix: str, start: int, doc_id: str) -> int:
    key = _key(prefix)
    for i in range(start, len(lines)):
        if _key(lines[i]).startswith(key):
            return i
    raise SystemExit(f"{doc_id}: no line from {start} starts with {prefix!r}")


def expand(spec: dict[str, Any], lines: list[str]) -> dict[str, Any]:
    """The official gold for a page: its anchors turned into text and whole optional lines."""
    doc_id = spec["id"]
    unknown = set(spec) - FIELDS
    if unknown:
        raise SystemExit(f"{doc_id}: unknown gold fields {sorted(unknown)}")
    skip = [_key(s) for s in spec.get("skip", [])]
    optional_keys = [_key(s) for s in spec.get("optional", [])]
    cuts = [(_key(p), t) for p, t in spec.get("cut", [])]
    body: list[str] = []
    at = 0
    for first, last in spec["body"]:
        start = _find(lines, first, at, doc_id)
        end = _find(lines, last, start, doc_id)
        for line in lines[start:end + 1]:
            key = _key(line)
            if any(key.startswith(s) for s in skip + optional_keys):
                continue
            for prefix, text in cuts:
                if key.startswith(prefix):
                    if text not in line:
                        raise SystemExit(f"{doc_id}: {text!r} is not in the line {line!r}")
                    line = line.replace(text, "").strip()
            if line:
                body.append(line)
        at = end + 1
    optional = []
    for prefix in spec.get("optional", []):
        optional.append(lines[_find(lines, prefix, 0, doc_id)])
    return {"id": doc_id, "title": spec.get("title"), "date": spec.get("date"),
            "source": spec.get("source"), "authors": spec.get("authors", []),
            "text": "\n".join(body), "optional": optional,
            "must_remove": spec.get("must_remove", []), "must_keep": spec.get("must_keep", [])}


def shared_folder() -> pathlib.Path:
    for place in SHARED_PLACES:
        if (place / "tools" / "score.py").is_file() and (place / "pages" / "real").is_dir():
            return place
    raise SystemExit("the shared folder (tools/score.py, pages/real) is not beside the checkout")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=pathlib.Path, default=GOLD)
    ap.add_argument("--only", nargs="*", default=[], help="page ids")
    ap.add_argument("--keep", type=pathlib.Path, help="write the cleaned JSONL here")
    ap.add_argument("--show", help="print a page's rendered lines and its gold text")
    ap.add_argument("--text", action="store_true",
                    help="clean the pages saved as text (the renderer's output), not their HTML")
    args = ap.parse_args(argv)
    shared = shared_folder()
    real = shared / "pages" / "real"
    if args.show:
        page = next(iter(sorted(real.glob(f"{args.show}.htm*"))), None)
        if page is None:
            raise SystemExit(f"no page {args.show} in {real}")
        lines = page_lines(page)
        for i, line in enumerate(lines):
            print(f"{i:4d} {line}")
        spec_file = args.gold / f"{args.show}.json"
        if spec_file.is_file():
            gold = expand(json.loads(spec_file.read_text(encoding="utf-8")), lines)
            print("\n--- gold text ---\n" + gold["text"])
            print("--- optional ---\n" + "\n".join(gold["optional"]))
        return
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    assert spec
    assert spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    ids = sorted(p.stem for p in args.gold.glob("*.json"))
    if args.only:
        ids = [i for i in ids if i in set(args.only)]
    if not ids:
        raise SystemExit(f"no gold in {args.gold}")
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = pathlib.Path(tmp) / "gold"
        gold_dir.mkdir()
        text_dir = pathlib.Path(tmp) / "text"
        text_dir.mkdir()
        pages = []
        for doc_id in ids:
            page = next(iter(sorted(real.glob(f"{doc_id}.htm*"))), None)
            if page is None:
                raise SystemExit(f"no page {doc_id} in {real}")
            if args.text:
                saved = text_dir / f"{doc_id}.txt"
                saved.write_text(page_text(page), encoding="utf-8")
                pages.append(saved)
            else:
                pages.append(page)
            spec_json = json.loads((args.gold / f"{doc_id}.json").read_text(encoding="utf-8"))
            (gold_dir / f"{doc_id}.json").write_text(
                json.dumps(expand(spec_json, page_lines(page)), ensure_ascii=False),
                encoding="utf-8")
        out = args.keep or pathlib.Path(tmp) / "real.jsonl"
        subprocess.run([sys.executable, "-m", "corpus", "clean", *map(str, pages), "-o", str(out)],
                       check=True, cwd=ROOT, capture_output=True)
        score.main([str(gold_dir), str(out)])


if __name__ == "__main__":
    main()
