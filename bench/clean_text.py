"""Text-cleaning throughput of the default chain, in MB of input per CPU-second (one core).

Builds >= 50 MB of seed-like text (the shared seed pages and the demo pages, paragraphs
shuffled per copy with a fixed seed), cleans it in this process, and times every cleaner. The
cleaners' memos are emptied between pages (untimed), so no page is served another's answers.
Last line: ``clean_text_mb_per_s=N spam_ms_share=N ...``.

``--mix real`` adds the 62 real pages of ``../shared/pages/real`` rendered to text the way the
seeds are saved (``bench/text_path.py``'s renderer): 70 source pages instead of 8, so one page
in 70 rather than one in 8 is the spam mirror (seed 004). The default mix is the one the
issue's figure is reported on.

    .venv/bin/python bench/clean_text.py [--mb 50] [--mix seeds|real]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaners import Doc, default_chain  # noqa: E402
from cleaners.base import Chain  # noqa: E402
from cleaners.script import traditional_variants  # noqa: E402
from cleaners.spam.lexicon import forget_lines  # noqa: E402
from cleaners.spam.stats import shared_stats  # noqa: E402


def forget() -> None:
    """Empty the cleaners' memos between pages: the pages here are shuffled copies of a few
    sources, and a real corpus does not repeat its article lines page after page."""
    forget_lines()
    traditional_variants.cache_clear()
    shared_stats().forget()


def corpus_texts(mix: str = "seeds") -> list[str]:
    paths = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "sites" / "demo" / "pages").glob("*.txt"))
    if not paths:
        sys.exit("no seed or demo pages found")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if mix == "real":
        sys.path.insert(0, str(ROOT / "bench"))
        from text_path import render

        from cleaners.html.decode import decode_html

        real = sorted((ROOT.parent / "shared" / "pages" / "real").glob("*.htm*"))
        if not real:
            sys.exit("no real pages found in ../shared/pages/real")
        texts += [render(decode_html(p.read_bytes()).text) for p in real]
    return texts


def variants(texts: list[str], total_bytes: int, seed: int = 7) -> list[str]:
    """Copies of the pages whose body paragraphs are shuffled, head and tail kept in place."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < total_bytes:
        text = texts[len(out) % len(texts)]
        lines = text.split("\n")
        head, body, tail = lines[:8], lines[8:-12], lines[-12:]
        rng.shuffle(body)
        page = "\n".join(head + body + tail)
        out.append(page)
        size += len(page.encode("utf-8"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=50.0, help="MB of text to clean")
    parser.add_argument("--mix", choices=("seeds", "real"), default="seeds",
                        help="source pages: seeds and demo pages, or those and 62 real pages")
    args = parser.parse_args()
    texts = corpus_texts(args.mix)
    pages = variants(texts, int(args.mb * 1_000_000))
    total = sum(len(p.encode("utf-8")) for p in pages)
    chain = default_chain()
    timings: dict[str, float] = defaultdict(float)
    cleaners = chain.cleaners

    # Warm-up: lazy resources (dictionaries, automata, character tables) load outside the
    # timed loop; one page of each source page reaches every lazy path.
    for page in pages[: len(texts)]:
        Chain(cleaners)(Doc(id="warm", text=page))

    started = time.process_time()
    wall = time.perf_counter()
    removed = 0
    # Pages the lexicon flags as spam mirrors get the (costly) injection analysis; the share
    # of spam-cleaning time is also reported over the other pages alone.
    clean_cpu = clean_spam = 0.0
    mirrors = clean_bytes = 0
    untimed = 0.0
    for n, page in enumerate(pages):
        t0 = time.process_time()
        forget()
        untimed += time.process_time() - t0
        doc = Doc(id=f"p{n}", text=page)
        page_cpu = page_spam = 0.0
        for clean in cleaners:
            if doc.dropped:
                break
            t0 = time.process_time()
            doc = clean(doc)
            spent = time.process_time() - t0
            timings[clean.name] += spent
            page_cpu += spent
            page_spam += spent if clean.name.startswith("spam.") else 0.0
        removed += len(doc.removals)
        if any(r.cleaner == "spam.lexicon" for r in doc.removals):
            mirrors += 1
        else:
            clean_cpu += page_cpu
            clean_spam += page_spam
            clean_bytes += len(page.encode("utf-8"))
    cpu = time.process_time() - started - untimed
    wall = time.perf_counter() - wall
    mb = total / 1_000_000
    print(f"{len(pages)} pages, {mb:.1f} MB, {cpu:.1f} CPU-s ({wall:.1f} s wall), "
          f"{removed} removals")
    for name, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        rate = mb / max(seconds, 1e-9)
        print(f"  {name:<20} {seconds:7.2f} s  {seconds / cpu:6.1%}  {rate:9.1f} MB/s")
    spam = sum(s for name, s in timings.items() if name.startswith("spam."))
    print(f"{mirrors} of {len(pages)} pages are spam mirrors (lexicon hits); on the others "
          f"spam cleaners take {clean_spam / max(clean_cpu, 1e-9):.1%} of the time")
    print(f"clean_text_mb_per_s={mb / cpu:.2f} "
          f"non_mirror_mb_per_s={clean_bytes / 1e6 / max(clean_cpu, 1e-9):.2f} "
          f"spam_share={spam / cpu:.3f} "
          f"spam_share_non_mirror={clean_spam / max(clean_cpu, 1e-9):.3f} "
          f"spam_mb_per_s={mb / max(spam, 1e-9):.1f} mb={mb:.1f} pages={len(pages)} "
          f"mix={args.mix}")


if __name__ == "__main__":
    main()
