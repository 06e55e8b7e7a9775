"""Cost of spam.injection on spam mirrors, where it does its full work (candidates, piece
scoring, deletion gains, brand checks), and how that cost grows with a page's length.

The mirrors are the pages of ``bench/clean_text.py``'s mix that spam.lexicon cut spam from
(shuffled copies of seed 004); each is cleaned by the chain up to spam.injection (untimed),
then spam.injection alone is timed in CPU seconds, memos emptied before every page as in
clean_text.py. ``--sizes`` builds one mirror per size: seed 004 cut to that many kB, or with
the other seeds' and demo pages' lines (each once, no recurrence added) set before its last
12 lines. ``--profile`` prints cProfile's top functions over the mirrors. Last line:
``injection_mirror_ms=N mirrors=N``.

    .venv/bin/python bench/injection_mirrors.py [--mb 2] [--sizes 3,10,40] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from clean_text import corpus_texts, forget, variants  # noqa: E402

from cleaners import Doc, default_chain  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Sequence

    from cleaners.base import Cleaner

LEXICON, INJECTION = "spam.lexicon", "spam.injection"


def before_injection(cleaners: Sequence[Cleaner], text: str) -> Doc:
    """The page as spam.injection receives it from the default chain."""
    doc = Doc(id="page", text=text)
    for clean in cleaners:
        if clean.name == INJECTION or doc.dropped:
            break
        doc = clean(doc)
    return doc


def timed(injection: Cleaner, docs: list[Doc], rounds: int = 3) -> float:
    """Fewest CPU seconds of ``rounds`` passes over ``docs``: the machine is shared, and the
    fewest is the one least disturbed."""
    best = float("inf")
    for _ in range(rounds):
        spent = 0.0
        for doc in docs:
            forget()
            started = time.process_time()
            injection(doc)
            spent += time.process_time() - started
        best = min(best, spent)
    return best


def sized_mirror(texts: list[str], mirror: str, kb: int) -> str:
    """A mirror of about ``kb`` kB (UTF-8): the mirror's first lines, or the whole mirror with
    the other pages' lines before its last 12 (a longer article around the same spam)."""
    limit = kb * 1000
    lines = mirror.split("\n")
    if len(mirror.encode()) >= limit:
        kept: list[str] = []
        size = 0
        for line in lines:
            size += len(line.encode()) + 1
            if size > limit:
                break
            kept.append(line)
        return "\n".join(kept)
    room = limit - len(mirror.encode())
    extra: list[str] = []
    for line in "\n".join(t for t in texts if t != mirror).split("\n"):
        room -= len(line.encode()) + 1
        if room < 0:
            break
        extra.append(line)
    return "\n".join(lines[:-12] + extra + lines[-12:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="MB of clean_text's mix to draw from")
    parser.add_argument("--sizes", default="3,10,40", help="kB of the sized mirrors ('' for none)")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top functions")
    args = parser.parse_args()
    texts = corpus_texts()
    cleaners = default_chain().cleaners
    injection = next(c for c in cleaners if c.name == INJECTION)
    docs = [before_injection(cleaners, page)
            for page in variants(texts, int(args.mb * 1_000_000))]
    mirrors = [d for d in docs if any(r.cleaner == LEXICON for r in d.removals)]
    if not mirrors:
        sys.exit("no spam mirror in the mix")
    timed(injection, mirrors[:1], rounds=1)  # warm-up: lazy tables load outside the timing
    seconds = timed(injection, mirrors)
    source = next(t for t in texts if any(r.cleaner == LEXICON for r in
                                          before_injection(cleaners, t).removals))
    for kb in [int(k) for k in args.sizes.split(",") if k.strip()]:
        doc = before_injection(cleaners, sized_mirror(texts, source, kb))
        page_ms = timed(injection, [doc]) * 1000
        print(f"{kb:>3} kB mirror ({len(doc.text.encode()) / 1000:.1f} kB when spam.injection "
              f"reads it): {page_ms:.1f} ms")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        timed(injection, mirrors, rounds=1)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(20)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    print(f"injection_mirror_ms={seconds / len(mirrors) * 1000:.1f} mirrors={len(mirrors)}")


if __name__ == "__main__":
    main()
