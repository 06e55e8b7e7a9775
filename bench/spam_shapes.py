"""False-positive stress for the spam cleaners: clean pages that look a little like spam.

The clean pages are ``bench/spam_inject.py``'s clean articles, the 62 real pages rendered to
text by ``bench/text_path.py`` and the non-spam seeds; the whole default chain runs on each.

- ``--mode shapes`` (default): a real article may name a site the way spam names an operator
  (学校体育官网, 新浪体育官网, 上海国际会议中心). Each of our lines below is put in the middle of
  every page; whatever spam.injection removes is a false positive. Last line:
  ``spam_shape_fp_pages=N spam_shape_fp_combos=N spam_shape_fp_chars=N pages=N lines=N``.
- ``--mode mirror``: a mirror that copies an article and only inserts one known brand (no
  chopped phrase). The page is proven spam, so the analysis runs; whatever the spam cleaners
  remove besides that brand is the article's own text. Last line:
  ``spam_mirror_fp_pages=N spam_mirror_fp_chars=N spam_mirror_fp_share=N pages=N``.

    .venv/bin/python bench/spam_shapes.py [--mode shapes|mirror]
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import spam_inject  # noqa: E402
from text_path import render  # noqa: E402

from cleaners.document import Doc  # noqa: E402
from cleaners.html.decode import decode_html  # noqa: E402
from cleaners.registry import default_chain  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

# Our own lines: sites and services that legitimately carry a product and a promo word.
LINES = ("用户可以下载腾讯体育app观看本场比赛的直播。", "市民可登录学校体育官网查询场馆开放时间。",
         "详情可登录新浪体育官网查询。", "活动在上海国际会议中心举行，吸引了众多市民参加。",
         "本届电竞赛事的报名入口已经开放。", "更多内容请下载央视体育客户端观看。")


def clean_pages() -> list[str]:
    pages = spam_inject.clean_articles(120, random.Random(1))
    shared = ROOT.parent / "shared"
    pages += [render(decode_html(p.read_bytes()).text)
              for p in sorted((shared / "pages" / "real").glob("*.htm*"))]
    pages += [p.read_text("utf-8") for p in sorted((shared / "seeds").glob("*.txt"))
              if not p.name.startswith("004")]  # 004 is the spam mirror
    return pages


# Brands of our lexicon, for the mirror mode.
MIRROR_BRANDS = ("澳门新葡京官网", "开云体育", "华体会官网", "乐鱼体育入口")


def mirror_mode(chain: Callable[[Doc], Doc], pages: list[str]) -> None:
    rng = random.Random(5)
    hit = chars = total = 0
    for n, page in enumerate(pages):
        parts = page.split("\n")
        long = [i for i, line in enumerate(parts) if len(line) > 40]
        if not long:
            continue
        i, brand = long[len(long) // 2], rng.choice(MIRROR_BRANDS)
        at = rng.randint(5, len(parts[i]) - 5)
        parts[i] = parts[i][:at] + brand + parts[i][at:]
        doc = chain(Doc(f"p{n}", text="\n".join(parts)))
        own = [r.text for r in doc.removals
               if r.cleaner.startswith("spam") and brand not in r.text]
        total += len(page)
        if own:
            hit += 1
            chars += sum(map(len, own))
            print(f"  page {n}: cut {own[:8]}")
    print(f"spam_mirror_fp_pages={hit} spam_mirror_fp_chars={chars} "
          f"spam_mirror_fp_share={chars / max(total, 1):.5f} pages={len(pages)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("shapes", "mirror"), default="shapes")
    args = ap.parse_args()
    chain = default_chain()
    pages = clean_pages()
    if args.mode == "mirror":
        mirror_mode(chain, pages)
        return
    by_line: collections.Counter[str] = collections.Counter()
    hit_pages: set[int] = set()
    chars = 0
    for n, page in enumerate(pages):
        parts = page.split("\n")
        half = len(parts) // 2
        for line in LINES:
            doc = chain(Doc(f"p{n}", text="\n".join([*parts[:half], line, *parts[half:]])))
            cut = [r.text for r in doc.removals if r.cleaner == "spam.injection"]
            if cut:
                by_line[line] += 1
                hit_pages.add(n)
                chars += sum(map(len, cut))
                print(f"  page {n} with {line!r}: cut {sorted(set(cut))[:8]}")
    for line, count in by_line.most_common():
        print(f"{count:4d} pages lose characters with {line!r}")
    print(f"spam_shape_fp_pages={len(hit_pages)} spam_shape_fp_combos={sum(by_line.values())} "
          f"spam_shape_fp_chars={chars} pages={len(pages)} lines={len(LINES)}")


if __name__ == "__main__":
    main()
