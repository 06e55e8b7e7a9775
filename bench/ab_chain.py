"""The whole chain's output, this tree's against another revision's: byte for byte, page by page.

A speed-up must change no output. This runs the same cleaning in this tree and in a checkout of
``--rev`` (a temporary ``git worktree``, removed afterwards) with this interpreter, each tree
importing its own cleaners, and compares every cleaned record (text, metadata, removals,
drop; the path of the file cleaned aside) line by line: the seeds (``corpus clean``),
``tests/fixtures/gold_like`` (``gold_like.py``), ``tests/fixtures/gold_html`` as HTML and as
text (``gold_html.py`` and ``--text``), the real pages both ways (``real_gold.py`` and
``--text``) and spam_inject dev runs (``--dump``: lexicon and unseen brands). Last line:
``identical_pages=N differing=N``; each differing page is named.

    .venv/bin/python bench/ab_chain.py [--rev main] [--keep DIR] [--no-inject] [--reuse]

``--reuse`` with ``--keep``: the old outputs already in DIR/old (a run before, same --rev)
are read, not made again (the old revision's output does not change; this tree's does).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# (name, command after the interpreter; OUT is the output file)
RUNS: list[tuple[str, list[str]]] = [
    ("seeds", ["-m", "corpus", "clean", *map(str, sorted((SHARED / "seeds").glob("*.txt"))),
               "-o", "OUT"]),
    ("gold_like", ["bench/gold_like.py", "--keep", "OUT"]),
    ("gold_html", ["bench/gold_html.py", "--keep", "OUT"]),
    ("gold_html_text", ["bench/gold_html.py", "--text", "--keep", "OUT"]),
    ("real_gold", ["bench/real_gold.py", "--keep", "OUT"]),
    ("real_gold_text", ["bench/real_gold.py", "--text", "--keep", "OUT"]),
]
INJECT: list[tuple[str, list[str]]] = [
    ("inject_dev_lexicon", ["bench/spam_inject.py", "--set", "dev", "--seed", "1",
                            "--dump", "OUT"]),
    ("inject_dev_unseen", ["bench/spam_inject.py", "--set", "dev", "--brands", "unseen",
                           "--seed", "1", "--dump", "OUT"]),
]


def run_all(tree: Path, out: Path, runs: list[tuple[str, list[str]]]) -> None:
    """Each run in ``tree``, its records written to ``out``/NAME.jsonl."""
    out.mkdir(parents=True, exist_ok=True)
    for name, command in runs:
        target = out / f"{name}.jsonl"
        args = [str(target) if a == "OUT" else a for a in command]
        subprocess.run([sys.executable, *args], cwd=tree, check=True, capture_output=True)


def records(path: Path) -> list[str]:
    """The lines of a JSONL output, each record's ``source`` (the path of the file cleaned,
    which is in either tree or a temporary folder) cut to the file's name."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if isinstance(record.get("source"), str):
            record["source"] = Path(record["source"]).name
        out.append(json.dumps(record, ensure_ascii=False))
    return out


def compare(old: Path, new: Path, runs: list[tuple[str, list[str]]]) -> tuple[int, list[str]]:
    """Pages whose records are identical (their source path aside), and the names of those
    that are not."""
    same, differ = 0, []
    for name, _ in runs:
        a = records(old / f"{name}.jsonl")
        b = records(new / f"{name}.jsonl")
        if len(a) != len(b):
            differ.append(f"{name}: {len(a)} records against {len(b)}")
        for k, (x, y) in enumerate(zip(a, b, strict=False)):
            if x == y:
                same += 1
            else:
                differ.append(f"{name}: record {k}")
    return same, differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="main", help="the old version's git revision")
    parser.add_argument("--keep", type=Path, help="leave both trees' outputs in this folder")
    parser.add_argument("--no-inject", action="store_true", help="skip the spam_inject runs")
    parser.add_argument("--reuse", action="store_true",
                        help="read the old outputs --keep holds from a run before")
    args = parser.parse_args()
    runs = RUNS + ([] if args.no_inject else INJECT)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        kept = all((folder / "old" / f"{name}.jsonl").exists() for name, _ in runs)
        if not (args.reuse and args.keep and kept):
            checkout = Path(tmp) / "old_tree"
            subprocess.run(["git", "worktree", "add", "--detach", str(checkout), args.rev],
                           cwd=ROOT, check=True, capture_output=True)
            try:
                run_all(checkout, folder / "old", runs)
            finally:
                subprocess.run(["git", "worktree", "remove", "--force", str(checkout)],
                               cwd=ROOT, check=True, capture_output=True)
        run_all(ROOT, folder / "new", runs)
        same, differ = compare(folder / "old", folder / "new", runs)
    for line in differ[:20]:
        print(f"DIFFERS {line}")
    if len(differ) > 20:
        print(f"... and {len(differ) - 20} more")
    print(f"identical_pages={same} differing={len(differ)} rev={args.rev}")


if __name__ == "__main__":
    main()
