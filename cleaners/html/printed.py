"""html.printed: a PDF converted to HTML by pdf2htmlEX, read as the paragraphs its printed lines
make.

pdf2htmlEX writes every printed line as an absolutely placed ``<div class="t m0 x1 h2 y3 ff1
fs0 …">`` in a page box (``<div class="pf"><div class="pc">``), its position and type in
classes its style sheet defines (``.x1{left:79.38px}``, ``.fs0{font-size:64px}``,
``.m0{transform:matrix(0.25,…)}``). Read as blocks, every line is a paragraph of its own and a
sentence breaks where the paper's line did; each page's number line (— 1 —) falls inside a
paragraph running on to the next page. Here the lines are set again as a typesetter reads
them: a line that runs to the right margin goes on in the next line starting at the left
margin; an indented, centred or shorter line starts or ends a paragraph; a display-size
headline's lines are one headline; the number line at a page's foot or head goes, and so does
a running head or foot every page prints.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from lxml import html

from ..script import compile_either

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["PrintedPages", "set_printed_pages"]

# the generator's class tokens: page frame, page content, text line
_FRAME, _CONTENT, _LINE = "pf", "pc", "t"
_MIN_LINES = 5  # printed lines enough to be a converted document, not a stray class "t"
_CLASS_VALUE = compile_either(r"\.([a-z]{1,3}[0-9a-f]+)\s*\{([^{}]*)\}", re.IGNORECASE)
_LEFT = compile_either(r"(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px", re.IGNORECASE)
_FONT_SIZE = compile_either(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)px", re.IGNORECASE)
_MATRIX = compile_either(r"matrix\(\s*(-?\d+(?:\.\d+)?)", re.IGNORECASE)
# a page's number printed alone on its line: — 1 —, - 2 -, 第3页, 第 3 页 共 9 页
_PAGE_NUMBER = compile_either(
    r"^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$")
_DIGITS = compile_either(r"\d+")
_X_CLASS = compile_either(r"x[0-9a-f]+")
_UNPLACED = -1.0  # a left edge no style rule gives
_INDENT = 2.0  # characters a paragraph's first line is indented
_MARGIN_SLACK = 2.0  # ems short of the right margin a full line may end (hanging punctuation)
_ALIGN_SLACK = 0.5  # ems two lines' left edges or centres may differ and still align


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    left: float  # px on the page
    em: float  # px of one character
    width: float  # px, estimated from its characters
    font: str  # the line's font-family and font-size classes: a change starts a paragraph
    x: str  # the class placing it across the page (x1): one class, one left edge

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def centre(self) -> float:
        return self.left + self.width / 2


@dataclass(frozen=True, slots=True)
class PrintedPages:
    """What setting a converted document's lines again did: how many paragraphs it made, and
    each page number line and running head or foot it took out (with the XPath it had)."""

    paragraphs: int
    page_numbers: tuple[tuple[str, str], ...]
    running_heads: tuple[tuple[str, str], ...]


def _class_values(root: HtmlElement) -> dict[str, str]:
    """Each one-class rule of the page's style sheets (``.x1{left:79px}``) by its class."""
    values: dict[str, str] = {}
    for style in root.iter("style"):
        for name, body in _CLASS_VALUE.findall(style.text or ""):
            values.setdefault(name.lower(), body)
    return values


def _ems(text: str) -> float:
    """A line's width in ems: a Chinese character or full-width mark one, a Latin letter, digit
    or space half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def _number(values: dict[str, str], classes: list[str], pattern: re.Pattern[str],
            default: float) -> float:
    for token in classes:
        m = pattern.search(values.get(token.lower(), ""))
        if m:
            return float(m.group(1))
    return default


def _line(el: HtmlElement, values: dict[str, str]) -> _Line:
    classes = (el.get("class") or "").split()
    text = " ".join(el.text_content().split())
    scale = _number(values, classes, _MATRIX, 1.0)
    em = _number(values, classes, _FONT_SIZE, 16.0) * scale
    font = " ".join(t for t in classes if t.startswith(("ff", "fs")))
    x = next((t for t in classes if _X_CLASS.fullmatch(t)), "")
    return _Line(text, _number(values, classes, _LEFT, _UNPLACED), em, _ems(text) * em, font, x)


def _placed(lines: list[_Line]) -> list[_Line]:
    """The lines as placed; with the page's style sheet lost (saved apart from it), the most
    common left-edge class is the margin and any other is read as the two characters a
    Chinese paragraph's first line is indented (a centred or right-set line, short, still
    ends its paragraph)."""
    if not lines or any(ln.left != _UNPLACED for ln in lines):
        return [ln if ln.left != _UNPLACED else replace(ln, left=0.0) for ln in lines]
    xs = [ln.x for ln in lines]
    margin = max(set(xs), key=lambda x: (xs.count(x), x))
    return [replace(ln, left=0.0 if ln.x == margin else _INDENT * ln.em) for ln in lines]


def _lines_of(page: HtmlElement) -> list[HtmlElement]:
    return [el for box in page if isinstance(box.tag, str) and _has(box, _CONTENT)
            for el in box.iter("div") if _has(el, _LINE)]


def _has(el: HtmlElement, token: str) -> bool:
    return token in (el.get("class") or "").split()


def _aligned(a: float, b: float, em: float) -> bool:
    return abs(a - b) <= _ALIGN_SLACK * em


def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """Lines grouped into the paragraphs a reader sees, in order."""
    if not lines:
        return []
    fonts = [ln.font for ln in lines]
    body_font = max(set(fonts), key=lambda f: (fonts.count(f), f))
    body = next(ln for ln in lines if ln.font == body_font)
    lefts = [round(ln.left) for ln in lines if ln.font == body_font]
    margin_left = min(set(lefts), key=lambda x: (-lefts.count(x), x))
    at_margin = [ln for ln in lines if _aligned(ln.left, margin_left, ln.em)]
    margin_right = max((ln.right for ln in at_margin), default=0.0)
    groups: list[list[_Line]] = []
    for ln in lines:
        prev = groups[-1][-1] if groups else None
        if prev is not None and prev.font == ln.font and (
                _runs_on(prev, ln, margin_left, margin_right)
                or _one_headline(prev, ln, body)):
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return groups


def _runs_on(prev: _Line, ln: _Line, margin_left: float, margin_right: float) -> bool:
    """A line that reaches the right margin goes on in the next one starting at the left."""
    return (prev.right >= margin_right - _MARGIN_SLACK * prev.em
            and _aligned(ln.left, margin_left, ln.em))


def _one_headline(prev: _Line, ln: _Line, body: _Line) -> bool:
    """Lines in one display type larger than the body's are one headline broken in two (set
    centred or flush, as its layout has it); body-size ones (a signing office over its date)
    stay lines of their own."""
    return ln.font != body.font and ln.em > body.em and prev.em > body.em


def set_printed_pages(root: HtmlElement) -> PrintedPages | None:
    """Set a pdf2htmlEX document's printed lines again as paragraphs (one ``<p>`` each, in a
    ``<div>`` where its first page stood, its other pages gone); None if the page holds no
    such document."""
    body = root.find("body")
    if body is None:
        return None
    pages = [el for el in body.iter("div") if _has(el, _FRAME)]
    found = [(page, _lines_of(page)) for page in pages]
    found = [(page, lines) for page, lines in found if lines]
    if sum(len(lines) for _, lines in found) < _MIN_LINES:
        return None
    values = _class_values(root)
    tree = root.getroottree()
    numbers: list[tuple[str, str]] = []
    paged: list[list[tuple[HtmlElement, _Line]]] = []
    for _, elements in found:
        lines = [(el, _line(el, values)) for el in elements]
        lines = [(el, ln) for el, ln in lines if ln.text]
        at_ends = {0, len(lines) - 1} if len(lines) > 1 else set()
        gone = [i for i in sorted(at_ends) if _PAGE_NUMBER.match(lines[i][1].text)]
        numbers += [(lines[i][1].text, tree.getpath(lines[i][0])) for i in gone]
        paged.append([line for i, line in enumerate(lines) if i not in gone])
    heads = _running_heads(paged)
    kept = [ln for lines in paged for el, ln in lines if el not in heads]
    running = tuple((ln.text, tree.getpath(el)) for lines in paged for el, ln in lines
                    if el in heads)
    groups = _paragraphs(_placed(kept))
    box = html.Element("div")
    for group in groups:
        paragraph = html.Element("p")
        paragraph.text = "".join(_joined(group))
        box.append(paragraph)
    first = found[0][0]
    parent = first.getparent()
    if parent is None:
        return None
    box.tail = first.tail
    parent.replace(first, box)
    for page, _ in found[1:]:
        up = page.getparent()
        if up is not None:
            up.remove(page)
    return PrintedPages(len(groups), tuple(numbers), running)


def _running_heads(paged: list[list[tuple[HtmlElement, _Line]]]) -> set[HtmlElement]:
    """The lines a document prints at the head or foot of every page (its title or issuing
    office as a running head; a page's count in words): the same text, its numbers aside,
    first or last on at least two pages and half of them."""
    if len(paged) < 2:
        return set()
    seen: dict[tuple[int, str], list[HtmlElement]] = {}
    for lines in paged:
        if len(lines) < 2:
            continue
        for end in (0, -1):
            el, ln = lines[end]
            seen.setdefault((end, _DIGITS.sub("#", ln.text)), []).append(el)
    floor = max(2, (len(paged) + 1) // 2)
    return {el for els in seen.values() if len(els) >= floor for el in els}


def _joined(group: list[_Line]) -> list[str]:
    """A paragraph's lines run together; a space only between two Latin words."""
    parts: list[str] = []
    for ln in group:
        if parts and _latin(parts[-1][-1:]) and _latin(ln.text[:1]):
            parts.append(" ")
        parts.append(ln.text)
    return parts


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
