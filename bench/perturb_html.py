"""The HTML path under markup a site might equally have written: every gold HTML page re-saved
through a transform that keeps its meaning, cleaned by ``corpus clean`` and scored by the official
scorer against its gold, as ``bench/gold_html.py`` scores the pages as saved.

usage: python bench/perturb_html.py [--real] [--modes MODE ...] [--show MODE] [--keep DIR]

Why: the extractor and our passes read structure (``<p>`` paragraphs, ``<br>`` runs, class
words, tag case, entities), and a hidden page of another site writes the same article with
other markup. A mode whose mean falls below ``ident`` names a structural assumption to widen.

Modes (each applied to the page decoded and re-written as UTF-8; text inside ``<script>``,
``<style>``, ``<pre>`` and ``<textarea>`` is never touched):

- ``ident``: only that re-writing (the baseline the others are read against);
- ``minify``: comments dropped, whitespace between and inside tags folded onto one line,
  optional end tags (``</p>``, ``</li>``, ``</td>``, ...) dropped where HTML lets a page leave
  them out (a ``</p>`` before a block, another ``<p>`` or its parent's end), simple attributes
  unquoted;
- ``upper``: every tag name upper-cased;
- ``entities``: every character above U+2000 in text written as ``&#NNNNN;``;
- ``nest``: the body wrapped in twelve extra ``<div>``s;
- ``p2div``: every ``<p>`` written as a ``<div>`` (sites do write paragraphs so);
- ``p2br``: every ``<p>`` start tag dropped and every ``</p>`` written as ``<br><br>`` (an old
  site's paragraphs as ``<br>`` runs in one cell);
- ``trad``: page and gold through OpenCC ``s2t`` (a traditional-script site);
- ``hashed``: every class and id a build tool's hash (``bench/hashed_classes.py``'s function).

The gold_html pages are the ``.html`` files of ``tests/fixtures/gold_html`` (the MHTML archives
are left out: their HTML is a MIME part); a gold with no text (a page to drop) is left out of the
mean as ``bench/gold_like.py`` leaves it. ``--real`` scores the real pages of
``bench/real_gold.py`` instead, their gold expanded from the unperturbed page. One line a mode
(``MODE docs=N mean_F1=... min_F1=... leaks=N lost=N meta=N/M``, then the pages that score below
their ``ident`` score), and a last line ``MODE_f1=... MODE_leaks=N MODE_lost=N ...``.
``--show MODE`` prints that mode's full scorer report; ``--keep DIR`` keeps the re-saved pages and
the cleaned JSONL of each mode in ``DIR/MODE/``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

# bench/ is a folder of scripts, not a package
from gold_html import PAGES
from gold_like import ROOT, load_scorer, scored_golds
from hashed_classes import hash_classes
from real_gold import GOLD as REAL_GOLD
from real_gold import expand, page_lines, shared_folder

from cleaners.html.decode import decode_html

if TYPE_CHECKING:
    from collections.abc import Callable

# raw-text elements: their content is never markup, so no transform touches it
_RAW = re.compile(r"(<(script|style|pre|textarea)\b.*?</\2\s*>)", re.S | re.I)
_CHARSET = re.compile(r"""charset\s*=\s*["']?[\w-]+""", re.I)


def _outside_raw(html: str, change: Callable[[str], str]) -> str:
    """``html`` with ``change`` applied to every stretch outside the raw-text elements."""
    parts = _RAW.split(html)
    out = []
    for i in range(0, len(parts), 3):
        out.append(change(parts[i]))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)


# A comment or a raw-text element, whichever opens first: a comment holding a <script> (an
# old page's <!--<script …></script><!--note-->) is one comment, as a browser reads it, and a
# "<!--" inside a script is script text. Split at raw elements first, the comment's own "-->"
# was dropped with the next comment and its "<!--" swallowed the page.
_COMMENT_OR_RAW = re.compile(r"(<(script|style|pre|textarea)\b.*?</\2\s*>)|<!--(?!\[if).*?-->",
                             re.S | re.I)
# An end tag HTML lets a page leave out, and what must follow it for that (the spec's
# "optional tags"): a </p> before an <img> or text is not optional (the picture or the words
# would move into the paragraph), so a minifier keeps it.
_BEFORE_PARENT_END = r"</(?!(?:a|audio|del|ins|map|noscript|video)\b)"
_OPTIONAL_END = {
    "p": r"<(?:address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure"
         r"|footer|form|h[1-6]|header|hgroup|hr|main|menu|nav|ol|p|pre|section|table|ul)\b"
         "|" + _BEFORE_PARENT_END,
    "li": r"<li\b|</", "dt": r"<d[td]\b", "dd": r"<d[td]\b|</",
    "td": r"<t[dh]\b|</", "th": r"<t[dh]\b|</", "tr": r"<tr\b|</",
    "option": r"<(?:option|optgroup)\b|</",
}


def _drop_optional_ends(chunk: str) -> str:
    for tag, follows in _OPTIONAL_END.items():
        chunk = re.sub(rf"</{tag}>(?=\s*(?:{follows}))", "", chunk, flags=re.I)
    return chunk


def minify(html: str) -> str:
    def fold(chunk: str) -> str:
        chunk = re.sub(r">\s+<", "><", chunk)
        chunk = re.sub(r"\s+", " ", chunk)
        chunk = _drop_optional_ends(chunk)
        return re.sub(r"""(\s[\w-]+)="([\w-]+)\"""", r"\1=\2", chunk)
    html = _COMMENT_OR_RAW.sub(lambda m: m.group(1) or "", html)
    return _outside_raw(html, fold)


def upper(html: str) -> str:
    return re.sub(r"<(/?)([a-z][a-z0-9]*)\b",
                  lambda m: "<" + m.group(1) + m.group(2).upper(), html)


def entities(html: str) -> str:
    def encode(chunk: str) -> str:
        return "".join(
            seg if seg.startswith("<")
            else "".join(f"&#{ord(c)};" if ord(c) > 0x2000 else c for c in seg)
            for seg in re.split(r"(<[^>]*>)", chunk))
    return _outside_raw(html, encode)


def nest(html: str) -> str:
    wrap = '<div class="wrap"><div class="inner"><div class="row"><div class="col">' * 3
    html = re.sub(r"(<body\b[^>]*>)", lambda m: m.group(1) + wrap, html, count=1, flags=re.I)
    return re.sub(r"(</body>)", "</div></div></div></div>" * 3 + r"\1", html, count=1,
                  flags=re.I)


def p2div(html: str) -> str:
    return _outside_raw(html, lambda c: re.sub(r"<(/?)p\b", r"<\1div", c, flags=re.I))


def p2br(html: str) -> str:
    def to_br(chunk: str) -> str:
        chunk = re.sub(r"<p\b[^>]*>", "", chunk, flags=re.I)
        return re.sub(r"</p\s*>", "<br><br>", chunk, flags=re.I)
    return _outside_raw(html, to_br)


def _opencc() -> Callable[[str], str]:
    import opencc  # only the trad mode needs it
    return opencc.OpenCC("s2t").convert  # type: ignore[no-any-return]


def trad_gold(gold: dict[str, Any], convert: Callable[[str], str]) -> dict[str, Any]:
    """The gold of a page written in traditional script: every string but its id and date."""
    def conv(value: Any) -> Any:
        if isinstance(value, str):
            return convert(value)
        if isinstance(value, list):
            return [conv(x) for x in value]
        return value
    return {k: (v if k in ("id", "date") else conv(v)) for k, v in gold.items()}


TRANSFORMS: dict[str, Callable[[str], str] | None] = {
    "ident": lambda html: html, "minify": minify, "upper": upper, "entities": entities,
    "nest": nest, "p2div": p2div, "p2br": p2br, "trad": None, "hashed": hash_classes,
}


def resave(html: str, mode: str) -> str:
    """The decoded page re-written as UTF-8 through ``mode`` (not ``trad``: see ``write``)."""
    html = _CHARSET.sub("charset=utf-8", html)
    transform = TRANSFORMS[mode]
    assert transform is not None
    return transform(html)


def write(pages: dict[str, tuple[str, dict[str, Any]]], mode: str,
          into: pathlib.Path) -> list[pathlib.Path]:
    """Each page (id -> decoded HTML, gold) re-saved through ``mode`` into ``into`` as
    ``ID.html`` beside its gold ``ID.json``."""
    into.mkdir(parents=True, exist_ok=True)
    convert = _opencc() if mode == "trad" else None
    saved = []
    for doc_id, (html, gold) in pages.items():
        if convert is not None:
            html = convert(_CHARSET.sub("charset=utf-8", html))
            gold = trad_gold(gold, convert)
        else:
            html = resave(html, mode)
        page = into / f"{doc_id}.html"
        page.write_text(html, encoding="utf-8")
        (into / f"{doc_id}.json").write_text(json.dumps(gold, ensure_ascii=False),
                                             encoding="utf-8")
        saved.append(page)
    return saved


def gold_html_pages(folder: pathlib.Path = PAGES) -> dict[str, tuple[str, dict[str, Any]]]:
    """The gold_html pages saved as HTML (id -> decoded HTML, gold)."""
    return {p.stem: (decode_html(p.read_bytes()).text,
                     json.loads(p.with_suffix(".json").read_text(encoding="utf-8")))
            for p in sorted(folder.glob("*.html"))}


def real_pages() -> dict[str, tuple[str, dict[str, Any]]]:
    """bench/real_gold.py's real pages, each with its gold expanded from the page as saved."""
    real = shared_folder() / "pages" / "real"
    pages = {}
    for spec_file in sorted(REAL_GOLD.glob("*.json")):
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        page = next(iter(sorted(real.glob(f"{spec_file.stem}.htm*"))))
        pages[spec_file.stem] = (decode_html(page.read_bytes()).text,
                                 expand(spec, page_lines(page)))
    return pages


def score_mode(pages: dict[str, tuple[str, dict[str, Any]]], mode: str,
               work: pathlib.Path) -> dict[str, Any]:
    """The scorer's JSON report (summary and rows) for ``pages`` re-saved through ``mode``, with
    the cleaned JSONL at ``work/MODE/out.jsonl``."""
    folder = work / mode
    saved = write(pages, mode, folder)
    out = folder / "out.jsonl"
    run = subprocess.run([sys.executable, "-m", "corpus", "clean", *map(str, saved), "-o",
                          str(out)], cwd=ROOT, capture_output=True, text=True)
    if run.returncode:
        sys.exit(f"{mode}: corpus clean failed\n{run.stderr[-3000:]}")
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        golds = scored_golds(folder, out, work / f"{mode}_gold")
        load_scorer().main([str(golds), str(out), "--json"])
    text = report.getvalue()
    start = text.index("{")
    result: dict[str, Any] = json.loads(text[start:])
    result["dropped"] = text[:start].split()
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--real", action="store_true", help="the real pages of bench/real_gold.py")
    ap.add_argument("--modes", nargs="*", default=list(TRANSFORMS), choices=list(TRANSFORMS))
    ap.add_argument("--show", choices=list(TRANSFORMS), help="print this mode's full report")
    ap.add_argument("--keep", type=pathlib.Path, help="keep each mode's pages and JSONL here")
    args = ap.parse_args(argv)
    pages = real_pages() if args.real else gold_html_pages()
    modes = args.modes if "ident" in args.modes else ["ident", *args.modes]
    last = []
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or pathlib.Path(tmp)
        if args.keep:
            shutil.rmtree(work, ignore_errors=True)
        base: dict[str, float] = {}
        for mode in modes:
            result = score_mode(pages, mode, work)
            s, rows = result["summary"], result["docs"]
            f1 = {r["id"]: r["f1"] for r in rows}
            base = base or f1
            print(f'{mode:<8} docs={s["docs"]} mean_F1={s["mean_f1"]:.4f} '
                  f'min_F1={s["min_f1"]:.4f} leaks={s["leaks"]} lost={s["lost"]} '
                  f'meta={s["meta_ok"]}/{s["meta_total"]}'
                  + ("".join(f" {w}" for w in result["dropped"] if w == "KEPT")))
            for r in rows:
                if r["f1"] < base.get(r["id"], 0.0) - 1e-4:
                    print(f'    {r["id"]}: F1 {base[r["id"]]:.4f} -> {r["f1"]:.4f} '
                          f'leaks={len(r["leaks"])} lost={len(r["lost"])}')
            if mode == args.show:
                for r in rows:
                    for line in r["leaks"]:
                        print(f'    {r["id"]} leak: {line}')
                    for line in r["lost"]:
                        print(f'    {r["id"]} lost: {line}')
            last.append(f'{mode}_f1={s["mean_f1"]:.4f} {mode}_leaks={s["leaks"]} '
                        f'{mode}_lost={s["lost"]}')
    print(" ".join(last))


if __name__ == "__main__":
    main()
