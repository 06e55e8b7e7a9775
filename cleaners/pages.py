"""Page furniture of text taken from a paginated document (pdftotext, plain or ``-layout``, a
slide deck's PDF, a Word file with page breaks): the form feed between pages tells where each
page starts and ends, so its page number and the running header or footer it repeats on every
page can be told from the text and taken out before the page's lines are joined back.

Only a page's edges are read (its first and last lines): a line of the text that looks like a
page number, or a heading the text repeats, stays where the text runs on.

Hand-written: PDF libraries (pdfminer, pypdf) find running heads from the layout of the PDF
itself; here only its extracted text is left, and no library reads furniture from that.
"""

from __future__ import annotations

import re
from collections import Counter

from .script import with_traditional

__all__ = ["PAGE_BREAK", "page_number", "without_page_furniture", "without_stray_marks"]

PAGE_BREAK = "\f"

# A page's number alone on its line, as documents print it: — 2 —, - 3 -, －12－, · 7 ·, 第 2 页,
# 第 2 页 共 5 页, 共 5 页 第 2 页, 2 / 12, Page 2 of 5, or the bare number. Up to three digits:
# a year between dashes (— 2019 —) heads a timeline's section.
_PAGE_NUMBER = re.compile(with_traditional(
    r"^(?:[—–―－\-]{1,2}\s*\d{1,3}\s*[—–―－\-]{1,2}"
    r"|[·•]\s*\d{1,3}\s*[·•]"
    r"|第\s*\d{1,3}\s*页(?:\s*[/|，,]?\s*共\s*\d{1,3}\s*页)?"
    r"|共\s*\d{1,3}\s*页\s*[/|，,]?\s*第\s*\d{1,3}\s*页"
    r"|\d{1,3}\s*/\s*\d{1,3}"
    r"|(?i:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
    r"|\d{1,3})$"))
# How many lines at each edge of a page may be its furniture (a header over a rule, a footer
# over its page number).
_EDGE_LINES = 2
# A running line is short (its spaces aside: a layout spreads it across the page); a sentence
# of the text is no header.
_RUNNING_MAX = 40
_SENTENCE_END = re.compile(r"[。！？!?；;]$")
_DIGITS = re.compile(r"\d+")


def page_number(line: str) -> bool:
    """Whether ``line`` is a page's number alone (see _PAGE_NUMBER)."""
    return _PAGE_NUMBER.match(line.strip()) is not None


def _running_key(line: str) -> tuple[str, ...]:
    """A line as it repeats from page to page: its numbers masked (第 2 期, 2025 年第 4 期 stay
    alike) and its fields in any order (a mirrored layout prints the journal's name left on odd
    pages and right on even ones)."""
    return tuple(sorted(_DIGITS.sub("#", line).split()))


def _edges(page: list[str]) -> list[int]:
    """Indexes of the lines with text at the top and at the foot of a page."""
    filled = [k for k, line in enumerate(page) if line.strip()]
    return sorted(set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]))


def without_page_furniture(text: str) -> tuple[str, list[str]]:
    """``text`` (its line ends already \\n) without the page numbers and running headers and
    footers at its pages' edges, its pages joined so that a paragraph a page break cut goes on
    on the next line; and the lines taken out. Text with fewer than two pages comes back as
    it is.

    A running line is one printed at the edge of at least half the pages and of two at least:
    a heading repeated by chance (two slides titled alike out of ten) is not."""
    if PAGE_BREAK not in text:
        return text, []
    pages = [page.split("\n") for page in text.split(PAGE_BREAK)]
    full = [page for page in pages if any(line.strip() for line in page)]
    if len(full) < 2:
        return text, []
    seen: Counter[tuple[str, ...]] = Counter()
    for page in full:
        seen.update({_running_key(page[k]) for k in _edges(page)})
    running = {key for key, n in seen.items() if n >= 2 and 2 * n >= len(full)}
    removed: list[str] = []
    kept_pages: list[list[str]] = []
    for page in pages:
        drop = set()
        for k in _edges(page):
            line = page[k].strip()
            if page_number(line) or (
                    _running_key(line) in running and len("".join(line.split())) <= _RUNNING_MAX
                    and not _SENTENCE_END.search(line)):
                drop.add(k)
        removed.extend(page[k].strip() for k in sorted(drop))
        kept = [line for k, line in enumerate(page) if k not in drop]
        # the blank lines that stood around the page's furniture go with it
        while kept and not kept[-1].strip():
            kept.pop()
        while kept and not kept[0].strip():
            kept.pop(0)
        if kept:
            kept_pages.append(kept)
    if not removed:
        return text, []
    return "\n".join("\n".join(page) for page in kept_pages) + "\n", removed


# A mark OCR reads out of a scan's column rule or a speck (丨 | ¦ ·), set apart by a space at a
# line's start (a rule's, not a dot: · and • open a list's items) or end; in a line (标题 丨
# 副标题) it parts words and stays.
# A line's own indentation or padding around the mark (a page saved indented, or every line
# wrapped in spaces) stays: the lines are measured with it when a wrap is read.
_EDGE_SPACE = r"[^\S\n]*"
_STRAY_MARK = re.compile(  # the spaces beside a mark are its line's own, never a line break
    rf"^({_EDGE_SPACE})[丨|¦｜][^\S\n]+(?=\S)|(?<=\S)[^\S\n]+[丨|¦｜·•](?={_EDGE_SPACE}$)",
    re.MULTILINE)
# The marks _STRAY_MARK takes at a line's start and at its end (its character classes).
_LEADING_MARKS = "丨|¦｜"
_TRAILING_MARKS = "丨|¦｜·•"  # every leading mark, and the dots
# How many lines must carry one for the page to be read as OCR's: one is a page's own.
_STRAY_LINES = 3


def without_stray_marks(text: str) -> tuple[str, list[str]]:
    """``text`` without the stray marks OCR leaves at its lines' edges (see _STRAY_MARK), when
    at least ``_STRAY_LINES`` lines carry one; and the marks taken out."""
    # Each mark taken is a mark character standing at a line's edge: after a line break or
    # before one, or at the text's very start or end. A page with fewer such marks than it
    # takes to be read as OCR's (most pages have none) skips the regex, which sre tries at
    # every character; the characters are counted first (a count of one character is the
    # quickest scan), their edges only on a page holding enough of them.
    if sum(map(text.count, _TRAILING_MARKS)) < _STRAY_LINES:  # (every leading mark too)
        return text, []
    edges = (sum(text.count(f"\n{m}") for m in _LEADING_MARKS)
             + sum(text.count(f"{m}\n") for m in _TRAILING_MARKS)
             + (text[:1] != "" and text[0] in _LEADING_MARKS)
             + (text[-1:] != "" and text[-1] in _TRAILING_MARKS))
    if edges < _STRAY_LINES:
        # a page whose lines are indented or padded holds its marks inside the spaces: its
        # lines' edges are counted one by one (both of a line's: it may carry a mark at each)
        edges = sum((bare[0] in _LEADING_MARKS) + (bare[-1] in _TRAILING_MARKS)
                    for line in text.split("\n") if (bare := line.strip()))
        if edges < _STRAY_LINES:
            return text, []
    marks = [m.group().strip() for m in _STRAY_MARK.finditer(text)]
    if len(marks) < _STRAY_LINES:
        return text, []
    return _STRAY_MARK.sub(lambda m: m.group(1) or "", text), marks
