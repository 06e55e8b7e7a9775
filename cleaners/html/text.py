"""Element -> lines of text: one block (paragraph, heading, list item, cell run) per line.

Captions, images and link lists inside the article container are skipped here, not guessed later.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lxml import etree

from .dom import BLOCK_TAGS, classid

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["block_lines", "is_caption"]

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "img",
        "figcaption",
        "iframe",
        "video",
        "audio",
        "svg",
        "canvas",
        "object",
        "embed",
        "button",
        "select",
        "textarea",
        "input",
        "head",
        "title",
    }
)
# Photo captions and credits: the gold keeps the prose, not what is written under a picture.
_CAPTION = re.compile(
    r"caption|pic[-_]?(?:txt|text|info|desc|title|note|con)|img[-_]?(?:txt|text|desc|title|note)|"
    r"photo[-_]?(?:txt|text|desc|title|note|info)|image[-_]?(?:txt|text|desc|title|note)|tuzhu|"
    r"(?:^|[-_\s])(?:imgtitle|pictitle|picdesc|imgdesc|figure[-_]?desc|tpzs)(?:$|[-_\s])"
)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")


def is_caption(el: HtmlElement) -> bool:
    """True for a caption element named as such by its class or id."""
    cid = classid(el)
    return bool(cid) and _CAPTION.search(cid) is not None


def block_lines(root: HtmlElement) -> list[str]:
    """The text under ``root`` as lines; blocks and <br> break lines, inline text joins."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            line = _WS.sub(" ", "".join(buf)).strip()
            if line:
                lines.append(line)
            buf.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or tag in _SKIP_TAGS or (el is not root and is_caption(el)):
                # Its "end" event still comes and adds the tail, which is the parent's text.
                walker.skip_subtree()
                if tag in BLOCK_TAGS:
                    flush()
                continue
            if tag in BLOCK_TAGS:
                flush()
            if el.text:
                buf.append(el.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            if el is not root and el.tail:
                buf.append(el.tail)
    flush()
    return lines
