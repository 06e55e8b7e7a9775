"""Injection into whole saved pages: the spam bench's pieces and brands planted in the article
lines of the seed pages (chrome and all), cleaned by the full default chain.

``bench/spam_inject.py`` plants into clean article text and runs the spam cleaners alone; here
the page keeps its navigation, metadata rows and footers, and every cleaner runs, as for a
mirror page a user saves. Only the seeds whose gold marks the article lines are used (not the
spam seed itself). Injected characters left are counted as the characters the output holds
beyond the output for the same page without injection (character bags, NFKC letters and
digits); the article's own characters lost, the other way round. Last line:
``page_spam_removed=.. page_own_lost=.. pages=..``

    .venv/bin/python bench/spam_pages.py [--brands lexicon|unseen] [--seeds 8] [--dump FILE]

``--dump FILE`` writes each cleaned page's text as a JSON line, to diff before and after a
change that must keep the output.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import spam_inject  # noqa: E402

from cleaners import clean_text  # noqa: E402

SPAM_SEED = "004_"


def _bag(text: str) -> collections.Counter[str]:
    return collections.Counter(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--brands", choices=("lexicon", "unseen"), default="lexicon")
    ap.add_argument("--seeds", type=int, default=8, help="RNG seeds 1..N")
    ap.add_argument("--dump", type=Path, metavar="FILE",
                    help="write each cleaned page's text as a JSON line")
    args = ap.parse_args()
    dumped: list[str] = []
    brands = spam_inject.BRANDS if args.brands == "lexicon" else spam_inject.UNSEEN_BRANDS
    shared = ROOT.parent / "shared"
    pages = [p for p in sorted((shared / "seeds").glob("*.txt"))
             if not p.name.startswith(SPAM_SEED)]
    if not pages:
        sys.exit("no seed pages found in ../shared/seeds")
    base = {p: clean_text(p.read_text("utf-8")).text for p in pages}
    planted = left = own = lost = runs = 0
    for seed in range(1, args.seeds + 1):
        rng = random.Random(seed)
        for page in pages:
            gold = json.loads((shared / "gold" / f"{page.stem}.json").read_text("utf-8"))
            article = set(gold["text"].split("\n"))
            lines = page.read_text("utf-8").split("\n")
            # The article's lines of the page (long enough to take a piece), as one text.
            at = [i for i, ln in enumerate(lines) if ln.strip() in article and len(ln.strip()) > 20]
            spammed, mask = spam_inject.inject("\n".join(lines[i] for i in at), rng, brands=brands)
            for i, line in zip(at, spammed.split("\n"), strict=True):
                lines[i] = line
            out = clean_text("\n".join(lines)).text
            dumped.append(json.dumps({"seed": seed, "page": page.stem, "text": out},
                                     ensure_ascii=False))
            extra = _bag(out) - _bag(base[page])
            gone = _bag(base[page]) - _bag(out)
            planted += sum(mask)
            left += sum(extra.values())
            own += sum(_bag(base[page]).values())
            lost += sum(gone.values())
            runs += 1
            print(f"  seed {seed} {page.stem[:12]}: planted {sum(mask)}, left "
                  f"{sum(extra.values())}, own lost {sum(gone.values())}")
    if args.dump:
        args.dump.write_text("".join(row + "\n" for row in dumped), encoding="utf-8")
    print(f"page_spam_removed={1 - left / max(planted, 1):.4f} "
          f"page_own_lost={lost / max(own, 1):.5f} pages={runs} brands={args.brands}")


if __name__ == "__main__":
    main()
