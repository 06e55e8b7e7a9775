"""The HTML path's CPU time on large pages: pages of 1, 2, 5 and 20 MB made as
``tests/test_html_bad_pages.py::test_bad_page_20mb`` makes its page (link-only divs, one long
script, the article at the end, each part scaled to the size), and optionally the gold HTML pages
and the real pages, cleaned by the default chain as ``python -m corpus clean`` runs it (the input
size limit aside: the 20 MB page is over it).

usage: python bench/html_speed.py [--sizes 1,2,5,20] [--repeat N] [--pages] [--profile MB]

Each size is timed ``--repeat`` times (median printed, CPU seconds); ``--pages`` adds the total
over tests/fixtures/gold_html and /work/shared/pages/real (when present); ``--profile MB``
prints a cProfile of one run on that size instead. The last line is ``name=value ...``.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pathlib
import pstats
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners.document import Doc  # noqa: E402
from cleaners.html.decode import decode_html  # noqa: E402
from corpus.config import load  # noqa: E402
from corpus.records import to_record  # noqa: E402
from corpus.runner import warm_up  # noqa: E402

PARA = "<p>县里召开春季农业生产工作会议，部署春耕备耕、水利建设和森林防火等重点工作。</p>"
REAL_PAGES = pathlib.Path("/work/shared/pages/real")


def big_page(megabytes: float) -> bytes:
    """The bad-pages test's 20 MB page with its filler and script scaled to ``megabytes``."""
    scale = megabytes / 20
    filler = "<div class='list'><a href='/x'>链接标题</a></div>" * int(200_000 * scale)
    script = "<script>" + "var x = 'aaaaaaaaaaaaaaaaaaaaaaaa';" * int(300_000 * scale) + "</script>"
    article = f"<div class='content'>{PARA * 10}</div>"
    return f"<html><body>{filler}{script}{article}</body></html>".encode()


def clean_once(chain: object, data: bytes, name: str) -> tuple[float, Doc]:
    start = time.process_time()
    doc = Doc(id=name, html=decode_html(data).text)
    doc = chain(doc)  # type: ignore[operator]
    return time.process_time() - start, doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,2,5,20")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", action="store_true")
    parser.add_argument("--profile", type=float, default=0.0)
    args = parser.parse_args()
    chain = load().chain()
    warm_up(chain)
    if args.profile:
        data = big_page(args.profile)
        profiler = cProfile.Profile()
        profiler.enable()
        clean_once(chain, data, "profile")
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        return
    figures: dict[str, float] = {}
    for size in (float(s) for s in args.sizes.split(",") if s):
        data = big_page(size)
        times = []
        for _ in range(args.repeat):
            seconds, doc = clean_once(chain, data, f"{size:g}mb")
            times.append(seconds)
        median = statistics.median(times)
        figures[f"{size:g}mb"] = median
        record = json.dumps(to_record(doc), ensure_ascii=False, sort_keys=True)
        digest = hashlib.sha1(record.encode()).hexdigest()[:12]  # the output, to compare runs
        print(f"{size:g} MB ({len(data):,} bytes): median {median:.2f} s "
              f"of {', '.join(f'{t:.2f}' for t in times)}; record {digest}", flush=True)
    if args.pages:
        for label, folder in (("gold_html", ROOT / "tests" / "fixtures" / "gold_html"),
                              ("real", REAL_PAGES)):
            files = sorted(folder.glob("*.html")) if folder.is_dir() else []
            if not files:
                continue
            total = sum(clean_once(chain, f.read_bytes(), f.stem)[0] for f in files)
            figures[label] = total
            print(f"{label}: {len(files)} pages {total:.2f} s", flush=True)
    print(" ".join(f"{name}={value:.2f}" for name, value in figures.items()))


if __name__ == "__main__":
    main()
