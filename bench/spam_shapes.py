"""False-positive stress for the spam cleaners: legitimate lines shaped like brands in clean pages.

A real article may name a site the way spam names an operator (学校体育官网, 新浪体育官网, 上海国际
会议中心, 电竞赛事的报名入口). Each of our lines below is put in the middle of every clean page
(``bench/spam_inject.py``'s clean articles, the 62 real pages rendered to text by
``bench/text_path.py``, the non-spam seeds) and the whole default chain runs; whatever
spam.injection removes is a false positive. Last line:
``spam_shape_fp_pages=N spam_shape_fp_combos=N spam_shape_fp_chars=N pages=N lines=N``.

    .venv/bin/python bench/spam_shapes.py
"""

from __future__ import annotations

import collections
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import spam_inject  # noqa: E402
from text_path import render  # noqa: E402

from cleaners.document import Doc  # noqa: E402
from cleaners.html.decode import decode_html  # noqa: E402
from cleaners.registry import default_chain  # noqa: E402

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


def main() -> None:
    chain = default_chain()
    pages = clean_pages()
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
