"""Text-path benchmark: render real HTML pages to text the way the seeds look, clean that text with
the text path, and compare it with the HTML path's output for the same page (the reference).

usage: python bench/text_path.py [--pages DIR] [--diff] [--only STEM...] [--dump DIR]

The renderer is a small hand-written lxml walker, not a library: inscriptis is not installed and
adding a dependency for a bench script is not worth it, and html2text/markdownify write Markdown
(``**``, ``[]()``, ``#``), which is not how the seeds look. What it imitates (a browser's
"save as text"):

- no ``<head>``, scripts, styles, templates, ``<select>``, ruby annotations, comments or hidden
  elements (``hidden``, ``display:none``, ``visibility:hidden``, ``type=hidden``), also where
  the page's own ``<style>`` hides them by a simple selector (``.cls``, ``tag.cls``, ``#id``,
  under no media query or a plain ``@media screen``);
- a blank line around paragraph-like blocks (p, h1-h6, ul/ol, table, blockquote, pre, figure,
  form), a plain line break around other blocks (div, li, tr, section, ...), ``<br>`` a line break;
- uni-app's block components (``uni-view``...) as the blocks its runtime stylesheet makes them;
- list items as ``  • item``; table cells of a row joined by a space;
- inline elements joined as they are, runs of ASCII whitespace collapsed to one space,
  non-breaking and ideographic spaces kept (paragraph indents);
- an ``<img>`` with an ``alt`` is its alt text (the seeds show ``banner1-1.png``-like lines).

Scores are character-bag F1 (NFKC, letters and digits only, as ../shared/tools/score.py) of the
text-path body against the HTML-path body, and whether the title and date agree (the HTML path's
value as a prefix, as score.py compares them). The last line is
``text_path_f1_mean=... text_path_f1_min=... pages=... title_agree=N/M date_agree=N/M``.
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import re
import sys
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaners import clean_html, clean_text  # noqa: E402
from cleaners.html.decode import decode_html  # noqa: E402
from cleaners.html.dom import parse_html  # noqa: E402

PAGES = ROOT.parent / "shared" / "pages" / "real"

DROP = {"head", "script", "style", "noscript", "template", "select", "textarea", "svg", "canvas",
        "iframe", "object", "embed", "audio", "video", "map", "title", "meta", "link", "option",
        # ruby annotations: Firefox's plain-text serializer leaves them out unless asked for them
        # (a copy of 芦<rt>lú</rt> is 芦), and a browser that shows ruby hides <rp> anyway
        "rt", "rp", "rtc"}
PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre",
        "figure", "form", "hr", "address", "fieldset"}
BLOCK = {"div", "li", "tr", "section", "article", "header", "footer", "nav", "aside", "main",
         "dt", "dd", "figcaption", "center", "caption", "tbody", "thead", "tfoot", "body",
         "html", "details", "summary", "menu", "dir", "legend", "frameset", "frame"}
# uni-app's H5 runtime renders its components as custom elements and its own stylesheet makes
# these blocks (``uni-view{display:block}``...): a browser saving the page breaks lines around
# them, while an unknown tag is inline to this renderer, which reads no stylesheet.
BLOCK |= {"uni-app", "uni-page", "uni-page-head", "uni-page-wrapper", "uni-page-body",
          "uni-view", "uni-button", "uni-scroll-view", "uni-swiper", "uni-swiper-item",
          "uni-tabbar"}
CELL = {"td", "th"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\n\r\f\v]+")


class _Out:
    """Lines being written, with a pending break of 0 (none), 1 (new line) or 2 (blank line)."""

    def __init__(self) -> None:
        self.lines: list[str] = [""]
        self.pending = 0
        self.prefix = ""

    def brk(self, n: int) -> None:
        self.pending = max(self.pending, n)

    def text(self, s: str, pre: bool = False) -> None:
        if not pre:
            s = _WS.sub(" ", s)
        if not s:
            return
        if self.pending:
            if self.lines[-1].strip():
                self.lines.append("")
            if self.pending == 2 and len(self.lines) > 1 and self.lines[-2].strip():
                self.lines.append("")
            self.pending = 0
        if not self.lines[-1].strip():
            s = s.lstrip(" ")
            if not s:
                return
            self.lines[-1] = self.prefix
            self.prefix = ""
        if pre and "\n" in s:
            first, *rest = s.split("\n")
            self.lines[-1] += first
            self.lines.extend(rest)
        else:
            self.lines[-1] += s

    def result(self) -> str:
        out = "\n".join(ln.rstrip(" ") for ln in self.lines)
        return re.sub(r"\n{3,}", "\n\n", out).strip("\n") + "\n"


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_BLOCK = re.compile(r"([^{}]*)\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(
    r"^(?P<tag>[a-z][a-z0-9-]*)?(?:\.(?P<cls>[\w-]+)|#(?P<id>[\w-]+))$", re.I)
_SCREEN_MEDIA = re.compile(r"^@media\s+(?:only\s+)?(?:screen|all)\s*$", re.I)


def _hidden_selectors(root: etree._Element) -> frozenset[tuple[str, str]]:
    """The simple selectors (``.cls``, ``tag.cls``, ``#id``) the page's own style sheets hide
    (``display:none``, ``visibility:hidden``) on a screen, as ("class", name) or ("id", name);
    rules under a media query with a condition (a width, print) are not a desktop screen's.
    Read here, not by html.prune's cascade: the renderer stands for the browser that saved the
    page, so the text path's input must not depend on the HTML cleaner under measure."""
    hidden: set[tuple[str, str]] = set()
    for style in root.iter("style"):
        css = _CSS_COMMENT.sub("", style.text or "")
        for prelude, body in _CSS_BLOCK.findall(css):
            prelude = prelude.strip()
            if prelude.startswith("@"):
                if not _SCREEN_MEDIA.match(prelude):
                    continue
                rules = _CSS_RULE.findall(body)
            else:
                rules = [(prelude, body)]
            for selectors, declarations in rules:
                if not _HIDDEN_STYLE.search(declarations):
                    continue
                for selector in selectors.split(","):
                    m = _SIMPLE_SELECTOR.match(selector.strip())
                    if m and m["cls"]:
                        hidden.add(("class", m["cls"]))
                    elif m and m["id"]:
                        hidden.add(("id", m["id"]))
    return frozenset(hidden)


def _hidden(el: etree._Element, sheet: frozenset[tuple[str, str]] = frozenset()) -> bool:
    if el.get("hidden") is not None or (el.get("type") or "").lower() == "hidden":
        return True
    if sheet and (("id", el.get("id") or "") in sheet or any(
            ("class", c) in sheet for c in (el.get("class") or "").split())):
        return True
    return bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _walk(el: etree._Element, out: _Out, pre: bool,
          sheet: frozenset[tuple[str, str]] = frozenset()) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not tag or tag in DROP or _hidden(el, sheet):
        return
    pre = pre or tag == "pre"
    brk = 2 if tag in PARA else 1 if tag in BLOCK else 0
    if tag == "br":
        out.lines.append("")
        out.pending = 0
        return
    if tag == "img":
        alt = (el.get("alt") or "").strip()
        if alt:
            out.text(alt)
        return
    if brk:
        out.brk(brk)
    if tag == "li":
        out.prefix = "  • "
    if tag in CELL and out.lines[-1].strip():
        out.text(" ")
    if el.text:
        out.text(el.text, pre)
    for child in el:
        _walk(child, out, pre, sheet)
        if child.tail:
            out.text(child.tail, pre)
    if brk:
        out.brk(brk)
    if tag == "li":
        out.prefix = ""


def render(html: str) -> str:
    """The page as a browser would save it as text (see the module docstring)."""
    # The project's lenient parse: control characters and text after </html> stop libxml2.
    root = parse_html(html)
    if root is None:
        return ""
    out = _Out()
    body = root.find("body")
    _walk(body if body is not None else root, out, False, _hidden_selectors(root))
    return out.result()


# --- scoring ----------------------------------------------------------------------------------
def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN")


def f1(ref: str, got: str) -> float:
    r, g = collections.Counter(_norm(ref)), collections.Counter(_norm(got))
    hit = sum((r & g).values())
    if not r and not g:
        return 1.0
    p, rc = hit / max(1, sum(g.values())), hit / max(1, sum(r.values()))
    return 2 * p * rc / max(1e-9, p + rc)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if _norm(ln)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=pathlib.Path, default=PAGES)
    ap.add_argument("--diff", action="store_true", help="print the lines only in one path")
    ap.add_argument("--only", nargs="*", default=[])
    ap.add_argument("--dump", type=pathlib.Path, help="write the rendered .txt files here")
    args = ap.parse_args()
    scores = []
    agree = {"title": [0, 0], "date": [0, 0]}  # agreeing, compared
    for path in sorted(args.pages.glob("*.html")):
        if args.only and path.stem not in args.only:
            continue
        html = decode_html(path.read_bytes()).text
        text = render(html)
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{path.stem}.txt").write_text(text, encoding="utf-8")
        ref_doc, got_doc = clean_html(html, id=path.stem), clean_text(text, id=path.stem)
        ref = "" if ref_doc.dropped else ref_doc.text
        got = "" if got_doc.dropped else got_doc.text
        score = f1(ref, got)
        scores.append(score)
        meta_notes = []
        for key in ("title", "date"):
            want, have = getattr(ref_doc.meta, key), getattr(got_doc.meta, key)
            if key == "date" and want:
                want = want[:10]  # the day: gold dates give no time
            if want:  # as ../shared/tools/score.py: the reference's value, as a prefix
                agree[key][1] += 1
                if _norm(have or "")[: len(_norm(want))] == _norm(want):
                    agree[key][0] += 1
                else:
                    meta_notes.append(f"{key}: {have!r} (html: {want!r})")
        print(f"{path.stem:<24} f1={score:.4f} ref={len(_norm(ref)):>6} got={len(_norm(got)):>6}"
              + (f" DROPPED {got_doc.dropped.rule}" if got_doc.dropped else ""))
        if args.diff:
            for note in meta_notes:
                print(f"    ~ META {note}")
        if args.diff:
            ref_set, got_set = {_norm(x) for x in _lines(ref)}, {_norm(x) for x in _lines(got)}
            for ln in _lines(got):
                if _norm(ln) not in ref_set:
                    print(f"    + LEAK {ln[:100]}")
            for ln in _lines(ref):
                if _norm(ln) not in got_set:
                    print(f"    - LOST {ln[:100]}")
    n = len(scores)
    print(f"text_path_f1_mean={sum(scores) / max(1, n):.4f} "
          f"text_path_f1_min={min(scores, default=0):.4f} pages={n} "
          f"title_agree={agree['title'][0]}/{agree['title'][1]} "
          f"date_agree={agree['date'][0]}/{agree['date'][1]}")


if __name__ == "__main__":
    main()
