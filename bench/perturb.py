"""Perturbation probe: does the text path's output depend on how a page was saved?

Every seed (``../shared/seeds``) and every text fixture page (``tests/fixtures/text``) was
saved one way: a browser's "save as text", blank lines between blocks. Each perturbation below
re-saves a page another way a tool or an editor might, alone, and the cleaned output (text,
title, date, source_name, authors) is compared with the unperturbed page's:

- ``crlf``, ``cr``: Windows and old-Mac line ends; ``crcrlf``: a CRLF file converted again;
- ``no_blank``: no blank line at all, every block one line below the last;
- ``wide_gaps2``, ``wide_gaps3``: two or three blank lines for each one (every gap scaled);
- ``trailing_ws``: spaces and tabs after the lines;
- ``indent_fullwidth``, ``indent_nbsp``, ``indent_tab``: lines indented with 　　, NBSP, tabs;
- ``bom``: a UTF-8 byte-order mark before the page;
- ``ascii_punct``: in the chrome lines (the lines the unperturbed output does not keep),
  ``:`` for ``：``, ``|`` and ``>`` for the full-width bars and arrows of breadcrumbs;
- ``zero_width``: zero-width characters and soft hyphens sprinkled in the chrome lines;
- ``padded``: every line wrapped in spaces;
- ``traditional``: the page in traditional script (OpenCC s2t);
- ``halfwidth``: the whole page folded to half width (NFKC: ，：（） become ASCII);
- ``hard_wrap``: lines broken at 76 columns, as a text-mode browser's dump prints them.

Outputs are compared after NFKC (so ``：`` and ``:`` are one character) with spaces collapsed;
a traditional page's outputs are both compared with their script folded (s2t, t2s). A
difference is ``content`` when the characters differ, ``layout`` when only the line breaks do
(two paragraphs joined or one split), and per metadata field by name. For the seeds the
official scorer also runs on every perturbed output. Last line:
``perturb_pages=N changed=N worst=NAME:N`` (pages x perturbations run, those with any
difference, the perturbation with most).

    .venv/bin/python bench/perturb.py [--only NAME...] [--perturb NAME...] [--diff] [--real]
                                          [--gold-like]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cleaners import clean_text  # noqa: E402
from cleaners.script import _converter  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

    from cleaners import Doc

SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"
FIXTURES = ROOT / "tests" / "fixtures" / "text"
GOLD_LIKE = ROOT / "tests" / "fixtures" / "gold_like"
FIELDS = ("text", "title", "date", "source_name", "authors")


# --- perturbations ----------------------------------------------------------------------------
# Each takes the page and the set of its chrome lines (stripped) and returns the page re-saved.
def _lines_map(text: str, fn: Callable[[int, str], str]) -> str:
    return "\n".join(fn(k, ln) for k, ln in enumerate(text.split("\n")))


def crlf(text: str, chrome: set[str]) -> str:
    return text.replace("\n", "\r\n")


def cr(text: str, chrome: set[str]) -> str:
    return text.replace("\n", "\r")


def crcrlf(text: str, chrome: set[str]) -> str:
    # a CRLF file converted to CRLF once more (\r\n -> \r\r\n), a common transfer accident
    return text.replace("\n", "\r\r\n")


def no_blank(text: str, chrome: set[str]) -> str:
    return "\n".join(ln for ln in text.split("\n") if ln.strip())


def _wide_gaps(scale: int) -> Callable[[str, set[str]], str]:
    # A tool that writes ``scale`` blank lines where the browser wrote one: a gap of g blank
    # lines becomes scale * g (a wider gap, left by an image, stays wider).
    def wide_gaps(text: str, chrome: set[str]) -> str:
        return re.sub(r"\n(?:[ \t\u3000\u00a0]*\n)+",
                      lambda m: "\n" * (scale * (m.group().count("\n") - 1) + 1), text)
    return wide_gaps


def trailing_ws(text: str, chrome: set[str]) -> str:
    tails = (" ", "\t", "  \t", " \t ")
    return _lines_map(text, lambda k, ln: ln + tails[k % len(tails)] if ln.strip() else ln)


def _indent(prefix: str) -> Callable[[str, set[str]], str]:
    # A form feed opening a line (a document's page break, as pdftotext writes it) is no
    # indentation: it stays before the new indent, where lstrip() alone would take it.
    def indent(text: str, chrome: set[str]) -> str:
        return _lines_map(text, lambda k, ln: "\f" * ln.startswith("\f") + prefix
                          + ln.lstrip() if ln.strip() else ln)
    return indent


def bom(text: str, chrome: set[str]) -> str:
    return "\ufeff" + text


# Full-width marks of chrome lines and the ASCII a plain-text tool writes for them.
# (《》 are title marks, not arrows: they stay.)
_TO_ASCII = str.maketrans({"：": ":", "＞": ">", "｜": "|", "»": ">", "›": ">", "→": ">",
                           "丨": "|", "│": "|"})


def ascii_punct(text: str, chrome: set[str]) -> str:
    return _lines_map(text, lambda k, ln: ln.translate(_TO_ASCII) if ln.strip() in chrome else ln)


_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff")


def zero_width(text: str, chrome: set[str]) -> str:
    rng = random.Random(len(text))

    def sprinkle(k: int, ln: str) -> str:
        if ln.strip() not in chrome:
            return ln
        out = []
        for ch in ln:
            out.append(ch)
            if "\u4e00" <= ch <= "\u9fff" and rng.random() < 0.3:
                out.append(rng.choice(_INVISIBLE))
        return "".join(out)
    return _lines_map(text, sprinkle)


def padded(text: str, chrome: set[str]) -> str:
    return _lines_map(text, lambda k, ln: f"  {ln}  ")


def halfwidth(text: str, chrome: set[str]) -> str:
    # a tool that folds the whole page to half width (NFKC): ，：；！？（） become ASCII
    return unicodedata.normalize("NFKC", text)


_WRAP_COLUMNS = 76  # a text-mode browser's dump (lynx, w3m) breaks lines at ~76-80 columns


def broken_at(line: str, columns: int) -> str:
    """``line`` broken into rows of at most ``columns`` (a Han character or a full-width mark
    two columns, ASCII one), as a text-mode browser's dump prints it."""
    rows, row, width = [], "", 0
    for ch in line:
        w = 1 if ord(ch) < 0x2E80 else 2
        if width + w > columns:
            rows.append(row)
            row, width = "", 0
        row += ch
        width += w
    return "\n".join([*rows, row])


def hard_wrap(text: str, chrome: set[str]) -> str:
    return _lines_map(text, lambda _, ln: broken_at(ln, _WRAP_COLUMNS))


def traditional(text: str, chrome: set[str]) -> str:
    return str(_converter("s2t").convert(text))


PERTURBATIONS: dict[str, Callable[[str, set[str]], str]] = {
    "crlf": crlf,
    "cr": cr,
    "no_blank": no_blank,
    "crcrlf": crcrlf,
    "wide_gaps2": _wide_gaps(2),
    "wide_gaps3": _wide_gaps(3),
    "trailing_ws": trailing_ws,
    "indent_fullwidth": _indent("\u3000\u3000"),
    "indent_nbsp": _indent("\u00a0\u00a0"),
    "indent_tab": _indent("\t"),
    "bom": bom,
    "ascii_punct": ascii_punct,
    "zero_width": zero_width,
    "padded": padded,
    "traditional": traditional,
    "halfwidth": halfwidth,
    "hard_wrap": hard_wrap,
}


# --- comparison -------------------------------------------------------------------------------
def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[ \t]+", " ", s).strip()


def chrome_lines(page: str, doc: Doc) -> set[str]:
    """The page's lines (stripped) that the cleaned output keeps neither in its text nor as its
    title: site chrome and metadata rows."""
    kept = _norm("".join(doc.text.split()))
    title = _norm(doc.meta.title or "")
    out = set()
    for line in page.split("\n"):
        bare = line.strip()
        flat = _norm("".join(bare.split()))
        if flat and flat not in kept and _norm(bare) != title:
            out.add(bare)
    return out


def _to_simplified(text: str) -> str:
    return str(_converter("t2s").convert(text))


def _simplified_gold(gold: dict[str, Any]) -> dict[str, Any]:
    """``gold`` with its strings in simplified script, to score a page cleaned in traditional
    script once its output is turned back (the gold of a traditional-script page is in its
    own script)."""
    out = dict(gold)
    for key in ("text", "title"):
        if isinstance(out.get(key), str):
            out[key] = _to_simplified(out[key])
    for key in ("must_keep", "must_remove", "optional"):
        if isinstance(out.get(key), list):
            out[key] = [_to_simplified(s) for s in out[key]]
    return out


def fields(doc: Doc, traditional: bool = False) -> dict[str, Any]:
    """The compared outputs of ``doc``, normalised; with ``traditional`` both scripts are
    folded (s2t then t2s: s2t alone converts a line in its own context, 鄰里 or 鄰裏, and
    t2s alone does not undo every s2t, 澄 -> 澂 -> 澂)."""
    def norm(s: str) -> str:
        if traditional:
            s = _converter("t2s").convert(_converter("s2t").convert(s))
        return _norm(s)
    text = "" if doc.dropped else doc.text
    return {
        "text": [norm(ln) for ln in text.split("\n") if ln.strip()],
        "title": norm(doc.meta.title or ""),
        "date": doc.meta.date or "",
        "source_name": norm(doc.meta.source_name or ""),
        "authors": tuple(norm(a) for a in doc.meta.authors),
    }


def differences(base: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Names of what differs: ``content``/``layout`` for the text, else the field's name."""
    out = []
    if base["text"] != got["text"]:
        same_chars = "".join(base["text"]).replace(" ", "") == "".join(got["text"]).replace(" ", "")
        out.append("layout" if same_chars else "content")
    out += [f for f in FIELDS[1:] if base[f] != got[f]]
    return out


def pages(only: list[str], real: bool = False, gold_like: bool = False
          ) -> list[tuple[str, str, str]]:
    """(kind, name, text) of every seed and text fixture page; with ``real`` also the real
    pages of ``../shared/pages/real`` rendered as the seeds are saved (bench/text_path.py);
    with ``gold_like`` also the invented pages with gold of tests/fixtures/gold_like."""
    out = [("seed", p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    out += [("fixture", p.stem, p.read_text(encoding="utf-8"))
            for p in sorted(FIXTURES.glob("*.txt"))]
    if gold_like:
        out += [("gold_like", p.stem, p.read_text(encoding="utf-8"))
                for p in sorted(GOLD_LIKE.glob("*.txt"))]
    if real:
        sys.path.insert(0, str(ROOT / "bench"))
        from text_path import render

        from cleaners.html.decode import decode_html

        out += [("real", p.stem, render(decode_html(p.read_bytes()).text))
                for p in sorted((SHARED / "pages" / "real").glob("*.html"))]
    return [page for page in out if not only or page[1] in only]


def probe(page: str, name: str, perturbation: str, base: Doc | None = None
          ) -> tuple[list[str], Doc, Doc]:
    """Clean ``page`` and its ``perturbation``; (what differs, base doc, perturbed doc)."""
    base = base or clean_text(page, id=name)
    chrome = chrome_lines(page, base)
    got = clean_text(PERTURBATIONS[perturbation](page, chrome), id=name)
    in_traditional = perturbation == "traditional"
    return differences(fields(base, in_traditional), fields(got, in_traditional)), base, got


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _show(base: dict[str, Any], got: dict[str, Any]) -> None:
    b, g = set(base["text"]), set(got["text"])
    for ln in base["text"]:
        if ln not in g:
            print(f"      - {ln[:90]}")
    for ln in got["text"]:
        if ln not in b:
            print(f"      + {ln[:90]}")
    for f in FIELDS[1:]:
        if base[f] != got[f]:
            print(f"      {f}: {base[f]!r} -> {got[f]!r}")


def _summary(rows: list[dict[str, Any]]) -> str:
    """The official scorer's figures over ``rows``, as bench/gold_like.py prints them."""
    f1s = [r["f1"] for r in rows]
    meta = sum(sum(r["meta"].values()) for r in rows)
    return (f"mean_F1={sum(f1s) / len(f1s):.4f} min_F1={min(f1s):.4f} "
            f"leaks={sum(len(r['leaks']) for r in rows)} "
            f"lost={sum(len(r['lost']) for r in rows)} "
            f"meta={meta}/{sum(len(r['meta']) for r in rows)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=[], help="page names (file stems)")
    ap.add_argument("--perturb", nargs="*", default=[], choices=sorted(PERTURBATIONS))
    ap.add_argument("--diff", action="store_true", help="print what differs")
    ap.add_argument("--real", action="store_true",
                    help="also the 62 real pages, rendered to text as the seeds are saved")
    ap.add_argument("--gold-like", action="store_true",
                    help="also the gold_like pages, each perturbed page scored on its gold")
    args = ap.parse_args()
    names = args.perturb or list(PERTURBATIONS)
    score = _scorer()
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8"))
             for folder in (GOLD, GOLD_LIKE) for p in folder.glob("*.json")}
    runs = 0
    changed: collections.Counter[str] = collections.Counter()
    kinds: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    # (perturbation, kind) -> the official scorer's rows of the pages with gold
    scores: dict[tuple[str, str], list[dict[str, Any]]] = collections.defaultdict(list)
    for kind, name, page in pages(args.only, args.real, args.gold_like):
        base = clean_text(page, id=name)
        for perturbation in names:
            diff, _, got = probe(page, name, perturbation, base)
            runs += 1
            in_traditional = perturbation == "traditional"
            # a gold with no text is a page wholly spam, to be dropped (gold_like.py prints it
            # apart): scored it would read F1 0 whatever is done
            if kind in ("seed", "gold_like") and name in golds and golds[name]["text"]:
                text = "" if got.dropped else got.text
                title = got.meta.title or ""
                gold = golds[name]
                if in_traditional:
                    # both sides in simplified script: a page saved in traditional script
                    # has its gold in traditional script too (gl251-gl257)
                    text, title = _to_simplified(text), _to_simplified(title)
                    gold = _simplified_gold(gold)
                pred = {"id": name, "text": text, "title": title, "date": got.meta.date}
                scores[perturbation, kind].append(score.score_doc(gold, pred))
            if not diff:
                continue
            changed[perturbation] += 1
            for d in diff:
                kinds[perturbation][d] += 1
            print(f"{perturbation:<17} {name:<32} {' '.join(diff)}")
            if args.diff:
                _show(fields(base, in_traditional), fields(got, in_traditional))
    print()
    for perturbation in names:
        line = f"{perturbation:<17} changed={changed[perturbation]:<4} " + " ".join(
            f"{k}={v}" for k, v in sorted(kinds[perturbation].items()))
        for kind, label in (("seed", "seeds"), ("gold_like", "gold_like")):
            rows = scores.get((perturbation, kind))
            if rows:
                line += f"  {label}: {_summary(rows)}"
        print(line)
    worst = changed.most_common(1)[0] if changed else ("none", 0)
    print(f"perturb_pages={runs} changed={sum(changed.values())} worst={worst[0]}:{worst[1]}")


if __name__ == "__main__":
    main()
