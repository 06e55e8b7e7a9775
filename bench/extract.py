"""Extraction benchmark: ours (the project chain) vs generic extractors on the dev-set pages.

usage: python bench/extract.py [--pages DIR] [--speed-pages DIR] [--repeat N] [--only NAMES]
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import importlib.util
import json
import pathlib
import sys
import time
import unicodedata
from collections.abc import Callable
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners.document import Doc  # noqa: E402
from cleaners.html.decode import decode_html  # noqa: E402

Extract = Callable[[str, str], str]
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"


def _load_scorer() -> Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]:
    """score.py's score_doc when it is there; otherwise the same bag-of-characters metric."""
    if SCORE_PY.exists():
        spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
        if spec and spec.loader:
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod.score_doc  # type: ignore[no-any-return]

    def norm(s: str | None) -> str:
        return "".join(unicodedata.normalize("NFKC", s or "").split())

    def bag(s: str) -> collections.Counter[str]:
        return collections.Counter(c for c in norm(s) if unicodedata.category(c)[0] in "LN")

    def score_doc(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
        optional = {norm(x) for x in gold.get("optional", [])}
        kept = [
            ln
            for ln in (pred.get("text") or "").split("\n")
            if norm(ln) and norm(ln) not in optional
        ]
        g, p = bag(gold["text"]), bag("\n".join(kept))
        hit = sum((g & p).values())
        prec, rec = hit / max(1, sum(p.values())), hit / max(1, sum(g.values()))
        flat = norm(pred.get("text"))
        return {
            "precision": prec,
            "recall": rec,
            "f1": 2 * prec * rec / max(1e-9, prec + rec),
            "leaks": [s for s in gold.get("must_remove", []) if norm(s) in flat],
            "lost": [s for s in gold.get("must_keep", []) if norm(s) not in flat],
        }

    return score_doc


# --- tools ------------------------------------------------------------------------------------
def ours() -> tuple[Extract, str]:
    from cleaners.registry import DEFAULT_STEPS, build_chain

    note = "full default_chain"
    try:
        chain = build_chain(DEFAULT_STEPS)
    except Exception as exc:  # a colleague's cleaner still missing: run what loads
        steps = []
        for step in DEFAULT_STEPS:
            try:
                build_chain([step])
                steps.append(step)
            except Exception:
                continue
        chain = build_chain(steps)
        skipped = [s.use for s in DEFAULT_STEPS if s not in steps]
        note = f"chain without {', '.join(skipped)} ({type(exc).__name__})"

    def run(html: str, url: str) -> str:
        doc = chain(Doc(id="bench", url=url, html=html))
        return "" if doc.dropped else doc.text

    return run, note


def html_stage() -> tuple[Extract, str]:
    from cleaners.html.extract import MainTextExtractor
    from cleaners.html.prune import HiddenAndChromePruner

    prune, extract = HiddenAndChromePruner(), MainTextExtractor()

    def run(html: str, url: str) -> str:
        doc = extract(prune(Doc(id="bench", url=url, html=html)))
        return "" if doc.dropped else doc.text

    return run, "html.prune + extract.main_text only"


def trafilatura_tool(**options: Any) -> Callable[[], tuple[Extract, str]]:
    def make() -> tuple[Extract, str]:
        import trafilatura
        from trafilatura.settings import use_config

        cfg = use_config()

        def run(html: str, url: str) -> str:
            return (
                trafilatura.extract(html, url=url or None, config=cfg, deduplicate=False, **options)
                or ""
            )

        return run, f"trafilatura {trafilatura.__version__} {options or 'default'}"

    return make


def readability_tool() -> tuple[Extract, str]:
    import lxml.html
    from readability import Document

    def run(html: str, url: str) -> str:
        summary = Document(html).summary(html_partial=True)
        root = lxml.html.fromstring(summary)
        from cleaners.html.text import block_lines

        return "\n".join(block_lines(root))

    return run, "readability-lxml"


def newspaper_tool() -> tuple[Extract, str]:
    from newspaper import Article

    def run(html: str, url: str) -> str:
        art = Article(url or "http://example.com/a.html", language="zh")
        art.download(input_html=html)
        art.parse()
        return str(art.text or "")

    return run, "newspaper4k"


def gne_tool() -> tuple[Extract, str]:
    from gne import GeneralNewsExtractor

    ex = GeneralNewsExtractor()

    def run(html: str, url: str) -> str:
        return str(ex.extract(html).get("content") or "")

    return run, "GNE"


def justext_tool() -> tuple[Extract, str]:
    import justext

    def run(html: str, url: str) -> str:
        # No Chinese stoplist ships with jusText: judge by length and link density only.
        paras = justext.justext(
            html.encode("utf-8"), frozenset(), stopwords_low=0, stopwords_high=0, encoding="utf-8"
        )
        return "\n".join(p.text for p in paras if not p.is_boilerplate)

    return run, "jusText (no stoplist)"


TOOLS: dict[str, Callable[[], tuple[Extract, str]]] = {
    "ours": ours,
    "ours_html_only": html_stage,
    "trafilatura": trafilatura_tool(),
    "trafilatura_precision": trafilatura_tool(favor_precision=True),
    "readability": readability_tool,
    "newspaper4k": newspaper_tool,
    "gne": gne_tool,
    "justext": justext_tool,
}


def load_pages(folder: pathlib.Path) -> list[tuple[str, str, dict[str, Any] | None]]:
    pages = []
    for path in sorted(folder.glob("*.html")):
        gold_path = path.with_suffix(".json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None
        pages.append((path.stem, decode_html(path.read_bytes()).text, gold))
    return pages


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=pathlib.Path, default=ROOT / "tests/fixtures/pages")
    ap.add_argument(
        "--speed-pages",
        type=pathlib.Path,
        default=SHARED / "pages" / "real",
        help="extra pages (no gold) timed with the dev set",
    )
    ap.add_argument("--repeat", type=int, default=1, help="timing passes")
    ap.add_argument("--warmup", type=int, default=1000,
                    help="pages run untimed before timing (all of them by default)")
    ap.add_argument("--budget", type=float, default=60.0, help="max timing seconds per tool")
    ap.add_argument("--only", default="", help="comma-separated tool names")
    args = ap.parse_args(argv)

    score_doc = _load_scorer()
    dev = load_pages(args.pages)
    timed = dev + (load_pages(args.speed_pages) if args.speed_pages.is_dir() else [])
    names = [n for n in TOOLS if not args.only or n in args.only.split(",")]
    print(f"dev pages: {len(dev)} with gold; timing pages: {len(timed)}")
    print(f"{'tool':<24}{'F1':>7}{'P':>7}{'R':>7}{'minF1':>7}{'leaks':>7}{'pages/s':>9}  note")
    speeds: dict[str, float] = {}
    f1s: dict[str, float] = {}
    for name in names:
        try:
            run, note = TOOLS[name]()
        except ImportError as exc:
            print(f"{name:<24}{'-':>7}{'-':>7}{'-':>7}{'-':>7}{'-':>7}{'-':>9}  skipped: {exc}")
            continue
        rows = []
        for pid, html, gold in dev:
            if gold is None:
                continue
            try:
                text = run(html, "")
            except Exception as exc:  # a tool crashing on a page scores zero there
                text = ""
                note += f"; failed on {pid}: {type(exc).__name__}"
            rows.append(score_doc(gold, {"id": pid, "text": text}))
        # Steady state: one untimed pass loads every tool's lazy resources (models,
        # dictionaries, caches) on these very pages, then the timed passes run.
        warm_start = time.perf_counter()
        for _pid, html, _gold in timed[: args.warmup]:
            with contextlib.suppress(Exception):
                run(html, "")
            if time.perf_counter() - warm_start > args.budget / 2:
                break  # a slow tool is warm long before this
        start = time.perf_counter()
        done = 0
        for _ in range(max(1, args.repeat)):
            for _pid, html, _gold in timed:
                with contextlib.suppress(Exception):
                    run(html, "")
                done += 1
                if time.perf_counter() - start > args.budget:
                    break  # slow tools: rate over the pages timed so far
        elapsed = time.perf_counter() - start
        speed = done / max(elapsed, 1e-9)
        n = max(1, len(rows))
        f1 = sum(r["f1"] for r in rows) / n
        speeds[name], f1s[name] = speed, f1
        print(
            f"{name:<24}{f1:7.4f}{sum(r['precision'] for r in rows) / n:7.4f}"
            f"{sum(r['recall'] for r in rows) / n:7.4f}{min(r['f1'] for r in rows):7.4f}"
            f"{sum(len(r['leaks']) for r in rows):7d}{speed:9.1f}  {note}"
        )
    if "ours" in speeds and "trafilatura" in speeds:
        print(
            f"extract_speed_ratio={speeds['ours'] / speeds['trafilatura']:.2f} "
            f"extract_f1={f1s['ours']:.4f}"
        )


if __name__ == "__main__":
    main()
