"""False-positive probe of the spam cleaners on clean news ABOUT the topics spam uses.

The articles are ``bench/spam_topic_articles.txt`` (ours, invented, written before any cleaner
ran on them): police and court news on gambling, porn and fraud crackdowns, lottery draws and
their public-welfare funds, Macau tourism and its casino operators, sports-betting rules,
e-sports, invoices and tax, drug enforcement, licensed entertainment venues, names that hold a
lexicon string, culture/sports/tourism bureaus. Each is cleaned through the default chain as
text (title, info row, paragraphs) and wrapped in a plain news page through ``clean_html``.
Every character a ``spam.*`` cleaner removes is a false positive, and so is a page dropped or
tagged ``spam_suspect``. Printed per article; last line:
``topic_fp_pages=N topic_fp_chars=N dropped=N tagged=N articles=N``.

``--mirror``: each article (as text) as a mirror copies it, one known brand planted inside
its middle paragraph (``--every``: each of four brands a third into each paragraph, one
mirror apiece); the page is proven spam, so every spam cleaner reads it. What they remove
besides that brand is the article's own text. Last line:
``topic_mirror_fp_pages=N topic_mirror_fp_chars=N share=N dropped=N mirrors=N``.

    .venv/bin/python bench/spam_topic_fp.py [--only t01] [--mirror [--every]]
"""

from __future__ import annotations

import argparse
import random
import sys
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaners import clean_html  # noqa: E402
from cleaners.document import Doc  # noqa: E402
from cleaners.registry import default_chain  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

ARTICLES = ROOT / "bench" / "spam_topic_articles.txt"
INFO = "2024-05-12 10:30 来源：城市日报 作者：本报记者"


def articles() -> list[tuple[str, str, list[str]]]:
    """(id, title, paragraphs) of every probe article."""
    out: list[tuple[str, str, list[str]]] = []
    for line in ARTICLES.read_text("utf-8").splitlines():
        if line.startswith("## "):
            key, _, title = line[3:].partition(" | ")
            out.append((key.strip(), title.strip(), []))
        elif line.strip() and not line.startswith("#") and out:
            out[-1][2].append(line.strip())
    return out


def as_text(title: str, paras: list[str]) -> str:
    return "\n".join([title, INFO, "", *paras]) + "\n"


def as_html(title: str, paras: list[str]) -> str:
    """A plain news page: nav, breadcrumb, headline, info row, paragraphs, footer."""
    nav = "".join(f'<li><a href="/{i}/">{s}</a></li>'
                  for i, s in enumerate(("首页", "要闻", "本地", "法治", "财经", "体育", "文旅")))
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{escape(title)}_城市新闻网</title></head><body>"
            "<div class='header'><div class='logo'>城市新闻网</div>"
            f"<ul class='nav'>{nav}</ul></div>"
            "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 本地 &gt; 正文</div>"
            f"<div class='article'><h1>{escape(title)}</h1><div class='info'>{INFO}</div>"
            f"<div class='content'>{body}</div></div>"
            "<div class='footer'><p>关于我们 | 联系我们 | 版权声明</p>"
            "<p>Copyright © 城市新闻网 版权所有</p></div></body></html>")


def spam_cuts(doc: Doc) -> list[str]:
    return [f"{r.cleaner}/{r.rule}: {r.text}" for r in doc.removals
            if r.cleaner.startswith("spam")]


# Known brands of our lexicon a mirror plants (as bench/spam_shapes.py's mirror mode).
MIRROR_BRANDS = ("澳门新葡京官网", "开云体育", "华体会官网", "乐鱼体育入口")


def plantings(paras: list[str], rng: random.Random, every: bool,
              ) -> list[tuple[int, str, int]]:
    """(paragraph, brand, offset) of each mirror made of an article: one brand at a random
    point of its middle paragraph, or with ``every`` each brand a third into each paragraph."""
    if every:
        return [(i, brand, len(p) // 3) for i, p in enumerate(paras) for brand in MIRROR_BRANDS]
    i, brand = len(paras) // 2, rng.choice(MIRROR_BRANDS)
    return [(i, brand, rng.randint(5, max(5, len(paras[i]) - 5)))]


def mirror(only: list[str] | None, every: bool) -> None:
    """Each article with one known brand planted in it: all but the brand is the article's
    own text, so any other spam removal is a false positive."""
    chain = default_chain()
    rng = random.Random(5)
    pages = chars = dropped = n = total = 0
    for key, title, paras in articles():
        if only and key not in only:
            continue
        for i, brand, at in plantings(paras, rng, every):
            n += 1
            lost, gone = _mirror_one(chain, key, title, paras, i, brand, at)
            total += len(as_text(title, paras))
            dropped += gone
            pages += bool(lost) or gone
            chars += lost
    print(f"topic_mirror_fp_pages={pages} topic_mirror_fp_chars={chars} "
          f"share={chars / max(total, 1):.5f} dropped={dropped} mirrors={n}")


def _mirror_one(chain: Callable[[Doc], Doc], key: str, title: str, paras: list[str], i: int,
                brand: str, at: int) -> tuple[int, bool]:
    """The article's characters the spam cleaners took from one mirror, and whether they
    dropped it; printed."""
    planted = [*paras[:i], paras[i][:at] + brand + paras[i][at:], *paras[i + 1:]]
    doc = chain(Doc(key, text=as_text(title, planted)))
    own = [r for r in doc.removals if r.cleaner.startswith("spam") and brand not in r.text]
    if own or doc.dropped is not None:
        print(f"{key} {title} (planted {brand} in paragraph {i + 1})")
        for r in own:
            print(f"  {key}: {r.cleaner}/{r.rule}: {r.text}")
        if doc.dropped is not None:
            print(f"  {key}: DROPPED {doc.dropped.rule}: {doc.dropped.why}")
    return sum(len(r.text) for r in own), doc.dropped is not None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", action="append", help="article id(s) to run")
    ap.add_argument("--mirror", action="store_true", help="plant one known brand in each")
    ap.add_argument("--every", action="store_true",
                    help="with --mirror: each brand a third into each paragraph")
    args = ap.parse_args()
    if args.mirror:
        mirror(args.only, args.every)
        return
    chain = default_chain()
    pages = chars = dropped = tagged = n = 0
    for key, title, paras in articles():
        if args.only and key not in args.only:
            continue
        n += 1
        docs = {"text": chain(Doc(key, text=as_text(title, paras))),
                "html": clean_html(as_html(title, paras), id=key)}
        bad = False
        for how, doc in docs.items():
            cuts = [r for r in doc.removals if r.cleaner.startswith("spam")]
            chars += sum(len(r.text) for r in cuts)
            dropped += doc.dropped is not None
            tagged += doc.dropped is None and "spam_suspect" in doc.meta.tags
            for cut in spam_cuts(doc):
                print(f"  {key} {how}: {cut}")
            if doc.dropped is not None:
                print(f"  {key} {how}: DROPPED {doc.dropped.rule}: {doc.dropped.why}")
            if "spam_suspect" in doc.meta.tags:
                print(f"  {key} {how}: TAGGED spam_suspect (score {doc.meta.spam_score})")
            bad |= bool(cuts) or doc.dropped is not None or "spam_suspect" in doc.meta.tags
        pages += bad
        if bad:
            print(f"{key} {title}")
    print(f"topic_fp_pages={pages} topic_fp_chars={chars} dropped={dropped} tagged={tagged} "
          f"articles={n}")


if __name__ == "__main__":
    main()
