"""Image captions told by structure: the short line a page sets right under a picture.

The first line after an image that starts its own line (or the rest of the image's own block)
is its caption when it is one sentence at most, not bold and not link text, and it carries
evidence (centred or small/grey type unlike the body, a ▲/图为 marker, the image's alt text;
up to 50 characters), or sits in the image's own block (up to 30), or is a short unmarked
label (<p>小花家。</p>) on a page that captions two or more pictures that way, or is one short
sentence (<p>事发次日某某的检查单。</p>) on a page that captions two or more other pictures on
their own lines. A photo credit after the caption's sentence (本文图片…均为某某 图) goes with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from ..chrome.inline import INLINE_RULES
from ..script import compile_either
from .dom import BLOCK_TAGS, layout_table

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["Caption", "find_captions"]

# Longest caption (characters) with evidence, in the image's own block, and unmarked.
_MAX_MARKED = 50
_MAX_PLAIN = 16
_MAX_SAME_BLOCK = 30
_MAX_SENTENCE = 30
# Images smaller than this (width or height attribute, px) are icons, emoji or dividers.
_MIN_IMAGE_PX = 60
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "iframe", "video", "audio", "svg", "canvas",
     "object", "embed", "button", "select", "textarea", "input", "figcaption", "table"}
)
_BOLD = frozenset({"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"})
_TERMINAL = "。！？!?…"
_INNER_TERMINAL = compile_either(r"[。！？!?](?=.)")
# A photo credit in brackets after the caption's full stop: 图为启动仪式。（刘通摄）
_CREDIT = compile_either(r"[（(][^（()）]{1,12}[)）]$")
_CLAUSE = compile_either(r"[，、；：,;:]")
# A photo credit after the last sentence (…的纸片。本文图片除特别标注外，均为某某 图).
# (the text path's rule, which reads a line's simplified copy: here spelled in either script)
_TRAILING_CREDIT = compile_either(
    next(r for r in INLINE_RULES if r.code == "trailing_photo_credit").source())
_QUOTE = compile_either(r"[“”\"「」『』]")
# A sentence that opens with a pronoun or a connective refers back to the text: not a caption.
_OPENER = compile_either(
    r"^(?:这|那|此|其|他|她|它|我|你|您|但|而|所以|因此|于是|然而|不过|可是|如果|虽然|只是|也|还|"
    r"就|却|并|又|再|更|都|因为|由于|对此|随后|此外|同时)"
)
_MARKER = compile_either(r"^\s*(?:[▲△↑▼]|图\s*[:：]|图为|上图|下图|左图|右图)")
_CENTRED = compile_either(r"text-align\s*:\s*center", re.IGNORECASE)
_CENTRED_CLASS = compile_either(r"(?:^|[-_\s])cent(?:er|re)(?:$|[-_\s])")
_SMALL_SIZE = compile_either(
    r"font-size\s*:\s*(?:(?:[0-9]|1[0-3])(?:\.\d+)?px|(?:[0-9]|10)(?:\.\d+)?pt|0?\.\d+em)",
    re.IGNORECASE,
)
_GREY = compile_either(
    r"(?:^|[;\s])color\s*:\s*(?:#([6-9a-c])\1\1(?:\1\1\1)?\b|gr[ae]y)", re.IGNORECASE
)
_WS = compile_either(r"\s+")


@dataclass(frozen=True, slots=True)
class Caption:
    """A caption found under an image: the element to drop, or a text run to blank."""

    element: HtmlElement  # the caption's element, or the element whose tail is the caption
    tail: bool  # True: the caption is ``element.tail``, not the element
    text: str
    why: str


@dataclass(slots=True)
class _Run:
    owner: HtmlElement
    tail: bool  # owner.tail (else owner.text)
    text: str


def _image(el: HtmlElement) -> bool:
    for attr in ("width", "height", "img_width", "img_height"):
        value = (el.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < _MIN_IMAGE_PX:
            return False
    return True


def _lines(main: HtmlElement) -> list[list[HtmlElement | _Run]]:
    """The container as lines (split at blocks and <br>) of images and text runs."""
    lines: list[list[HtmlElement | _Run]] = [[]]

    def brk() -> None:
        if lines[-1]:
            lines.append([])

    walker = etree.iterwalk(main, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            # A layout table holds the article itself (old government sites): walk it.
            if not tag or (tag in _SKIP and not (tag == "table" and layout_table(el))):
                walker.skip_subtree()
                if tag in BLOCK_TAGS or tag in _SKIP:
                    brk()
                continue
            if tag in BLOCK_TAGS or tag in ("tr", "td", "th"):
                brk()
            if tag == "img" and _image(el):
                lines[-1].append(el)
            if el.text and el.text.strip():
                lines[-1].append(_Run(el, False, el.text))
        else:
            if tag in BLOCK_TAGS or tag in _SKIP or tag in ("tr", "td", "th"):
                brk()
            if el is not main and el.tail and el.tail.strip():
                lines[-1].append(_Run(el, True, el.tail))
    return [ln for ln in lines if ln]


def _flat(text: str) -> str:
    return _WS.sub("", text)


def _styled(el: HtmlElement | None, stop: HtmlElement, pattern: re.Pattern[str]) -> bool:
    while el is not None and el is not stop:
        if pattern.search(el.get("style") or ""):
            return True
        el = el.getparent()
    return False


def _centred(el: HtmlElement | None, stop: HtmlElement) -> bool:
    while el is not None and el is not stop:
        if (
            el.tag == "center"
            or (el.get("align") or "").lower() == "center"
            or _CENTRED.search(el.get("style") or "")
            or _CENTRED_CLASS.search((el.get("class") or "").lower())
        ):
            return True
        el = el.getparent()
    return False


def _bold(run: _Run, stop: HtmlElement) -> bool:
    el: HtmlElement | None = run.owner.getparent() if run.tail else run.owner
    while el is not None and el is not stop:
        if el.tag in _BOLD:
            return True
        el = el.getparent()
    return False


def _target(runs: list[_Run], main: HtmlElement) -> tuple[HtmlElement, bool] | None:
    """The element holding exactly the caption's text, or the single text run (a tail)."""
    text = _flat("".join(r.text for r in runs))
    first = runs[0]
    el: HtmlElement | None = first.owner.getparent() if first.tail else first.owner
    while el is not None and el is not main:
        if el.find(".//img") is None and _flat(el.text_content()) == text:
            # Climb while the parent holds nothing else, so the empty <p> goes too.
            parent = el.getparent()
            while (
                parent is not None
                and parent is not main
                and parent.find(".//img") is None
                and _flat(parent.text_content()) == text
            ):
                el, parent = parent, parent.getparent()
            return el, False
        el = el.getparent()
    if len(runs) == 1 and first.tail:
        return first.owner, True
    return None


def _in_link(run: _Run, stop: HtmlElement) -> bool:
    el: HtmlElement | None = run.owner.getparent() if run.tail else run.owner
    while el is not None and el is not stop:
        if el.tag == "a":
            return True
        el = el.getparent()
    return False


def _label(text: str) -> bool:
    """A short label that ends as a sentence does, with no clause, speech or back-reference."""
    return (
        len(text) <= _MAX_PLAIN
        and text[-1] == "。"
        and not _CLAUSE.search(text)
        and not _QUOTE.search(text)
        and not _OPENER.match(text)
    )


def _sentence(text: str) -> bool:
    """One short sentence with at most one clause, no speech and no back-reference."""
    return (
        len(text) <= _MAX_SENTENCE
        and text[-1] == "。"
        and len(_CLAUSE.findall(text)) <= 1
        and not _QUOTE.search(text)
        and not _OPENER.match(text)
    )


@dataclass(slots=True)
class _Candidate:
    runs: list[_Run]
    image: HtmlElement
    same_block: bool
    body: list[_Run]  # the nearest body line, to tell the caption's type from the body's
    line: int


def _candidates(lines: list[list[HtmlElement | _Run]]) -> list[_Candidate]:
    """The first line after each image that starts its own line (or the rest of its line)."""
    found: list[_Candidate] = []
    pending: HtmlElement | None = None  # an image that ended its line
    for k, line in enumerate(lines):
        runs: list[_Run] = []
        image: HtmlElement | None = None
        same_block = False
        if isinstance(line[0], _Run):
            if pending is None:
                continue
            image, pending = pending, None
            for item in line:
                if not isinstance(item, _Run):
                    break  # another picture inside the line ends the caption
                runs.append(item)
        else:
            images = [i for i, item in enumerate(line) if not isinstance(item, _Run)]
            if any(isinstance(item, _Run) for item in line[: images[-1]]):
                pending = None
                continue  # text between pictures on one line: not a caption
            last = line[images[-1]]
            image = None if isinstance(last, _Run) else last
            runs = [item for item in line[images[-1] + 1 :] if isinstance(item, _Run)]
            if not runs:
                pending = image
                continue
            same_block, pending = True, None
        if image is None:
            continue
        found.append(_Candidate(runs, image, same_block, [], k))
    # The body line nearest each candidate (after it, else before it), skipping other captions.
    taken = {c.line for c in found}
    texts = [k for k, ln in enumerate(lines) if k not in taken and isinstance(ln[-1], _Run)]
    for cand in found:
        near = [k for k in texts if k > cand.line] or [k for k in texts if k < cand.line][-1:]
        if near:
            cand.body = [r for r in lines[near[0]] if isinstance(r, _Run)]
    return found


def _hints(cand: _Candidate, el: HtmlElement, tail: bool, main: HtmlElement) -> list[str]:
    """Evidence that a line is the picture's caption; type the body shares is no evidence."""
    text = "".join(r.text for r in cand.runs)
    where = el.getparent() if tail else el
    nxt = cand.body[0] if cand.body else None
    nxt_el = None if nxt is None else (nxt.owner.getparent() if nxt.tail else nxt.owner)
    hints: list[str] = []
    if _MARKER.search(text):
        hints.append("caption marker")
    if _flat(text) in {_flat(cand.image.get("alt") or ""), _flat(cand.image.get("title") or "")}:
        hints.append("repeats the image's alt text")
    if _centred(where, main) and not (nxt_el is not None and _centred(nxt_el, main)):
        hints.append("centred, unlike the body")
    if _typeset(el, tail, main) and not (nxt_el is not None and _typeset(nxt_el, False, main)):
        hints.append("small or grey type, unlike the body")
    if _wrapped_with(cand.image, where, text, main):
        hints.append("in a box of its own with the picture")
    return hints


def _wrapped_with(image: HtmlElement, where: HtmlElement | None, text: str,
                  main: HtmlElement) -> bool:
    """The line and the picture alone share a box below the container: a figure built of
    blocks (<div><div><img></div><div>傍晚的海边</div></div>), whatever its classes."""
    box = where.getparent() if where is not None else None
    while box is not None and box is not main:
        if any(img is image for img in box.iter("img")):
            return _flat(box.text_content()) == _flat(text)
        box = box.getparent()
    return False


# A how-to's step as its line opens: its number (1. 2、 3．), or 步骤1 / 第1步 before it.
_STEP = compile_either(r"^(?:步骤\s*|第\s*)?(\d{1,2})\s*(?:[.、．:：]|步\s*[:：]?)\s*\S")
_MIN_STEPS = 3  # numbered lines under pictures that make a how-to's steps


def _step_lines(texts: list[str]) -> set[int]:
    """The indices of ``texts`` that are a how-to's steps, each under its own picture: three or
    more lines numbered 1, 2, 3 … in order, each a sentence (a recipe's 1. 牛腩切块，…。). A
    step is the article's text, not the picture's caption."""
    numbered = [(k, int(m.group(1))) for k, text in enumerate(texts)
                if (m := _STEP.match(text)) and text.rstrip()[-1:] in _TERMINAL]
    if len(numbered) < _MIN_STEPS or [n for _, n in numbered] != list(
            range(1, len(numbered) + 1)):
        return set()
    return {k for k, _ in numbered}


def find_captions(main: HtmlElement) -> list[Caption]:
    """Caption lines directly under the images of the article container ``main``."""
    judged: list[tuple[Caption, bool, bool]] = []  # (caption, an unmarked label, own line)
    sentences: list[Caption] = []  # one short sentence each: taken only on a captioning page
    candidates = _candidates(_lines(main))
    steps = _step_lines([_WS.sub(" ", "".join(r.text for r in c.runs)).strip()
                         for c in candidates])
    for n, cand in enumerate(candidates):
        if n in steps:
            continue
        text = _WS.sub(" ", "".join(r.text for r in cand.runs)).strip()
        if not text or any(_bold(r, main) or _in_link(r, main) for r in cand.runs):
            continue
        own = _TRAILING_CREDIT.sub("", text).strip()  # the caption without its photo credit
        if not own or _INNER_TERMINAL.search(_CREDIT.sub("", own).rstrip(_TERMINAL)):
            continue  # more than one sentence: prose
        target = _target(cand.runs, main)
        if target is None:
            continue
        el, tail = target
        hints = _hints(cand, el, tail, main)
        head = "image caption: the line right under a picture"
        own_line = not cand.same_block
        if hints and len(text) <= _MAX_MARKED:
            judged.append((Caption(el, tail, text, f"{head}; {', '.join(hints)}"), False, own_line))
        elif cand.same_block and len(text) <= _MAX_SAME_BLOCK and len(_CLAUSE.findall(text)) <= 1:
            judged.append((Caption(el, tail, text, f"{head}, inside the picture's own block"),
                           False, own_line))
        elif _label(own):
            judged.append((Caption(el, tail, text, f"{head}; a short label, not prose"), True,
                           own_line))
        elif not cand.same_block and _sentence(own) and _longer_body(cand, len(own)):
            sentences.append(Caption(el, tail, text, f"{head}; one short sentence on a page "
                                     "that captions its other pictures on their own lines"))
    # An unmarked label counts only where the page captions its pictures: two or more.
    found = [(cap, line) for cap, weak, line in judged if not weak or len(judged) >= 2]
    # A one-sentence caption needs more: two or more other pictures captioned on their own line
    # (not inside the picture's block, which says nothing about lines that follow a picture).
    if sum(line for _, line in found) >= 2:
        found += [(cap, True) for cap in sentences]
    return [cap for cap, _ in found]


def _longer_body(cand: _Candidate, length: int) -> bool:
    """The body paragraph next to the caption is at least twice as long: prose, not a label."""
    return sum(len(r.text.strip()) for r in cand.body) >= 2 * length


def _typeset(el: HtmlElement, tail: bool, main: HtmlElement) -> bool:
    """Small or grey type on the caption, on its ancestors or on a wrapper inside it."""
    start = el.getparent() if tail else el
    if _styled(start, main, _SMALL_SIZE) or _styled(start, main, _GREY):
        return True
    if tail:
        return False
    for child in el.iter():
        if child is el or not isinstance(child.tag, str):
            continue
        style = child.get("style") or ""
        if child.tag == "small" or _SMALL_SIZE.search(style) or _GREY.search(style):
            return True
        if child.tag == "font" and (child.get("size") or "").strip() in {"1", "2", "-1", "-2"}:
            return True
    return False
