"""Each cleaner's time, this tree's modules against another revision's, in one process.

``bench/clean_text.py`` run twice a minute apart differs by 10-20% on the shared machine, and
two trees' processes, even interleaved, by as much. Here the modules named (``--module``,
paths under cleaners/) are also loaded as they stand at ``--rev`` (beside this tree's package,
so their relative imports read this tree's other modules; a name one old module imported from
another module named is rebound to that module's old object), and the chain is run on each
page with either version of each cleaner those modules build, alternating which goes first page
by page and round by round. Every cleaner is timed in both chains, memos emptied before each
(untimed), and the two chains' documents are compared page by page (text, removals, metadata).
Last line: ``ratio=N`` (new time / old time, the whole chain). ``--rev HEAD`` gives the noise.

    .venv/bin/python bench/ab_cleaners.py --rev main --module meta.py --module chrome/blocks.py
        [--rounds 3] [--mb 1] [--mix real]
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from clean_text import corpus_texts, forget, variants  # noqa: E402

from cleaners import Doc  # noqa: E402
from cleaners.registry import DEFAULT_STEPS, REGISTRY  # noqa: E402
from corpus.records import to_record  # noqa: E402

if TYPE_CHECKING:
    from types import ModuleType

    from cleaners.base import Cleaner


def old_modules(rev: str, paths: list[str], folder: Path) -> dict[str, ModuleType]:
    """Each of ``paths`` (under cleaners/) as it stands at ``rev``, by this tree's module name."""
    out: dict[str, ModuleType] = {}
    for path in paths:
        source = subprocess.run(["git", "show", f"{rev}:cleaners/{path}"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout
        name = "cleaners." + path.removesuffix(".py").replace("/", ".")
        file = folder / (name.replace(".", "_") + "_at_rev.py")
        file.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location(f"{name}_at_rev", file)
        if spec is None or spec.loader is None:
            sys.exit(f"cannot load {file}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        out[name] = module
    for old in out.values():  # what an old module took from another one named: the old one's
        for key, value in list(vars(old).items()):
            for name, other in out.items():
                new = importlib.import_module(name)
                if (getattr(new, key, None) is value and hasattr(other, key)
                        and old is not other):
                    setattr(old, key, getattr(other, key))
    return out


def chains(olds: dict[str, ModuleType]) -> tuple[list[Cleaner], list[Cleaner]]:
    """The default chain as this tree builds it, and with the cleaners the old modules build."""
    new: list[Cleaner] = []
    old: list[Cleaner] = []
    for step in DEFAULT_STEPS:
        module_name, _, attr = REGISTRY[step.use].partition(":")
        cleaner = getattr(importlib.import_module(module_name), attr)(**step.options)
        new.append(cleaner)
        module = olds.get(module_name)
        old.append(cleaner if module is None else getattr(module, attr)(**step.options))
    return old, new


def outcome(doc: Doc) -> dict[str, Any]:
    """What a cleaned document says: its output record (text, metadata, removals, drop)."""
    return to_record(doc)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="HEAD~1", help="the old version's git revision")
    parser.add_argument("--module", action="append", required=True,
                        help="a module under cleaners/ to load at --rev (repeat)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the pages")
    parser.add_argument("--mb", type=float, default=1.0, help="MB of text per pass")
    parser.add_argument("--mix", choices=("seeds", "real"), default="seeds",
                        help="source pages: seeds and demo pages, or those and 62 real pages")
    args = parser.parse_args()
    texts = corpus_texts(args.mix)
    pages = variants(texts, int(args.mb * 1_000_000))
    with tempfile.TemporaryDirectory() as folder:
        olds = old_modules(args.rev, args.module, Path(folder))
        versions = chains(olds)
    for chain in versions:  # warm-up: lazy tables load outside the timed loop
        for page in pages[: len(texts)]:
            doc = Doc(id="warm", text=page)
            for clean in chain:
                doc = clean(doc)
    spent: list[dict[str, float]] = [defaultdict(float), defaultdict(float)]
    for run in range(args.rounds):
        for n, page in enumerate(pages):
            first = (n + run) % 2
            seen = []
            for side in (first, 1 - first):
                forget()
                for module in olds.values():  # an old stats module's own shared memos too
                    if hasattr(module, "shared_stats"):
                        module.shared_stats().forget()
                doc = Doc(id=f"p{n}", text=page)
                for clean in versions[side]:
                    if doc.dropped:
                        break
                    started = time.process_time()
                    doc = clean(doc)
                    spent[side][clean.name] += time.process_time() - started
                seen.append(outcome(doc))
            if seen[0] != seen[1]:
                sys.exit(f"page {n}: the two versions' outputs differ")
    mb = len(pages) and sum(len(p.encode("utf-8")) for p in pages) / 1e6 * args.rounds
    old, new = spent
    print(f"{len(pages)} pages x {args.rounds} rounds ({mb:.1f} MB a side), outputs identical; "
          f"seconds, {args.rev} -> this tree:")
    for name in sorted(new, key=lambda k: -new[k]):
        ratio = new[name] / max(old[name], 1e-9)
        print(f"  {name:<20} {old[name]:7.3f} {new[name]:7.3f}  x{ratio:.3f}")
    total_old, total_new = sum(old.values()), sum(new.values())
    print(f"  {'chain':<20} {total_old:7.3f} {total_new:7.3f}  MB/s {mb / total_old:.3f} -> "
          f"{mb / total_new:.3f}")
    print(f"ratio={total_new / max(total_old, 1e-9):.3f} rev={args.rev} "
          f"modules={','.join(args.module)} mix={args.mix}")


if __name__ == "__main__":
    main()
