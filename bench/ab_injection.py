"""spam.injection's time on clean pages: this tree's against another revision's, in one process.

The machine is shared, and two runs of ``bench/clean_text.py`` a minute apart differ by 10-20%:
a change worth a few percent is lost in that. Here the chain runs once a page with either
version of ``cleaners/spam/injection.py`` (alternating by page, swapped each round, so every
page is run by both), every other cleaner and the statistics tables shared, and the two
versions' answers are compared page by page. Last line: ``ratio=N`` (new time / old time on the
clean pages); ``--rev HEAD`` against the tree itself gives the noise (about 1.00 +- 0.01).
The old version reads ``cleaners/spam/fragments.py`` (the piece model) as it stands at the same
revision too; the statistics module (``stats.py``) is this tree's for both. ``--mix real``
times the mix with the real pages rendered to text (see ``bench/clean_text.py``). ``--pages
mirrors`` times the pages spam.lexicon cut from instead (where the piece model runs), ``all``
every page; every page's outputs are compared whichever are timed.

    .venv/bin/python bench/ab_injection.py [--rev HEAD~1] [--rounds 4] [--mb 1] [--mix real]
        [--pages clean|mirrors|all]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from clean_text import corpus_texts, forget, variants  # noqa: E402

from cleaners import Doc, default_chain  # noqa: E402
from cleaners.base import Chain, Cleaner  # noqa: E402

if TYPE_CHECKING:
    from types import ModuleType


def injection_at(rev: str, folder: Path) -> ModuleType:
    """injection.py at ``rev`` reading fragments.py at ``rev`` (ab_cleaners' loader: what the
    old injection took from this tree's fragments is rebound to the old fragments' own)."""
    from ab_cleaners import old_modules

    olds = old_modules(rev, ["spam/injection.py", "spam/fragments.py"], folder)
    return olds["cleaners.spam.injection"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", default="HEAD~1", help="the old version's git revision")
    parser.add_argument("--rounds", type=int, default=4, help="passes over the pages")
    parser.add_argument("--mb", type=float, default=1.0, help="MB of text per pass")
    parser.add_argument("--mix", choices=("seeds", "real"), default="seeds",
                        help="source pages: seeds and demo pages, or those and 62 real pages")
    parser.add_argument("--pages", choices=("clean", "mirrors", "all"), default="clean",
                        help="the pages timed: those spam.lexicon cut nothing from, the others, "
                             "or all")
    args = parser.parse_args()
    texts = corpus_texts(args.mix)
    pages = variants(texts, int(args.mb * 1_000_000))
    cleaners = list(default_chain().cleaners)
    at = [c.name for c in cleaners].index("spam.injection")
    with tempfile.TemporaryDirectory() as folder:
        old: Cleaner = injection_at(args.rev, Path(folder)).InjectedFragments()
    versions = [old, cleaners[at]]
    for version in versions:  # warm-up: lazy tables load outside the timed loop
        for page in pages[: len(texts)]:
            Chain([*cleaners[:at], version, *cleaners[at + 1 :]])(Doc(id="warm", text=page))
    spent, counted = [0.0, 0.0], [0, 0]
    for run in range(args.rounds):
        for n, page in enumerate(pages):
            which = (n + run) % 2
            outputs = []
            cpu = 0.0
            for side in (which, 1 - which):  # the other version's answer, untimed
                forget()
                doc = Doc(id=f"p{n}", text=page)
                for i, clean in enumerate(cleaners):
                    if doc.dropped:
                        break
                    clean = versions[side] if i == at else clean
                    started = time.process_time()
                    doc = clean(doc)
                    if i == at and side == which:
                        cpu = time.process_time() - started
                outputs.append((doc.text, [(r.cleaner, r.text) for r in doc.removals]))
                mirror = any(r.cleaner == "spam.lexicon" for r in doc.removals)
                if side == which and (args.pages == "all" or mirror == (args.pages == "mirrors")):
                    spent[which] += cpu
                    counted[which] += 1
            if outputs[0] != outputs[1]:
                sys.exit(f"page {n}: the two versions' outputs differ")
    old_us, new_us = (spent[k] / max(counted[k], 1) * 1e6 for k in (0, 1))
    print(f"{len(pages)} pages x {args.rounds} rounds, outputs identical; spam.injection on "
          f"{args.pages} pages: {args.rev} {old_us:.0f} us/page, this tree {new_us:.0f} us/page")
    print(f"ratio={new_us / max(old_us, 1e-9):.3f} rev={args.rev} {args.pages}_pages="
          f"{sum(counted)} mix={args.mix}")


if __name__ == "__main__":
    main()
