"""Field lists laid out as label and value blocks: a letter-and-reply (mailbox) page's fields in
a <dl> of <dt>/<dd> or in rows of <div>s (来信人： | 王**, 来信内容： | 您好！…).

Read block by block, every label and every value stands on a line of its own: a field's value
reads as a lone word (a name, a number) and its label as a heading over nothing. Written as the
layout table of the same page is read (extract._field_rows_as_lines): a short field is one line,
its label beside its value; over the letter's or the reply's text its label goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import html

from ..script import compile_either
from .dom import BLOCK_TAGS

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["field_lists"]

# A label alone in its element: a few Han characters and a colon (来信时间：).
_LABEL = compile_either(r"[\u4e00-\u9fff]{2,8}\s*[:：]")
# The label over the text of a letter or of its reply (来信内容：, 回复内容：, 答复意见：, 回复：).
_TEXT_LABEL = compile_either(
    r"(?:(?:来信|留言|信件|咨询|投诉|举报|诉求|提问|问题|回复|答复|办理|处理|反馈)"
    r"(?:内容|正文|详情|描述|意见|结果)|来信|留言|回复|答复|提问|反馈)\s*[:：]")
# (a table's cells are read row by row in extract.py)
_LABEL_TAGS = frozenset({"dt", "div", "p", "span", "label", "strong", "b", "em", "font"})
_VALUE_TAGS = frozenset({"dd", "div", "p", "span", "em", "font", "section"})
# characters of a field's value at most (a name, a time, a unit), which ends no sentence
_FIELD_VALUE = 60
_TEXT_VALUE = 30  # characters of a letter's text at least
_SENTENCE = compile_either(r"[。！？；!?;]")
_PAIRS = 3  # label/value pairs in one box that make it a field list


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _next_element(el: HtmlElement) -> HtmlElement | None:
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        if (nxt.tail or "").strip():
            return None
        nxt = nxt.getnext()  # a comment between them
    return nxt


def _blocky(el: HtmlElement) -> bool:
    return any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in el.iterdescendants())


def _pair(label: HtmlElement) -> HtmlElement | None:
    """The value element right after ``label`` when ``label`` holds a label alone and either
    of them is a block (two inline elements already read as one line)."""
    # a label holds its words and at most an inline element or two: bigger boxes are not
    # read (text_content of every box would cost the page's text once per level)
    if (label.tag not in _LABEL_TAGS or len(label) > 2 or (label.tail or "").strip()
            or _blocky(label)):
        return None
    if not _LABEL.fullmatch(_text(label)):
        return None
    value = _next_element(label)
    if value is None or value.tag not in _VALUE_TAGS or not _text(value):
        return None
    if _LABEL.fullmatch(_text(value)):
        return None  # a label over a label: a form's rows whose inputs went, no field's value
    if label.tag not in BLOCK_TAGS and value.tag not in BLOCK_TAGS:
        return None
    return value


def field_lists(root: HtmlElement) -> tuple[bool, list[tuple[str, str]]]:
    """Rewrite the field lists under ``root`` in place: a short field's label and value as one
    <p>, the label over a letter's or a reply's text taken out. Only a box of three or more
    label/value pairs (counted in the label's grandparent: a <dl>'s box or the box of a list of
    rows) is a field list. Returns whether anything changed and the labels taken out, each
    with the path of the element it stood in."""
    pairs = [(el, value) for el in root.iter() if isinstance(el.tag, str)
             and (value := _pair(el)) is not None]
    boxes: dict[HtmlElement | None, int] = {}
    for label, _ in pairs:
        box = _box(label)
        boxes[box] = boxes.get(box, 0) + 1
    changed = False
    labels: list[tuple[str, str]] = []
    tree = root.getroottree()
    for label, value in pairs:
        # a pair taken out with an earlier one's value (or its box) is no longer in the tree
        if (label.getparent() is None or value.getparent() is None
                or boxes.get(_box(label), 0) < _PAIRS):
            continue
        words = _text(value)
        if _TEXT_LABEL.fullmatch(_text(label)) and (
                _blocky(value) or (len(words) >= _TEXT_VALUE and _SENTENCE.search(words))):
            labels.append((tree.getpath(label), _text(label)))
            _as_block(value)
            _remove(label)
            changed = True
        elif not _blocky(value) and len(words) <= _FIELD_VALUE and not _SENTENCE.search(words):
            line = html.Element("p")
            line.text = f"{_text(label)} {words}"
            line.tail = value.tail
            label.addprevious(line)
            value.tail = None
            label.tail = None
            _remove(label)
            _remove(value)
            changed = True
    if changed:
        for dl in root.iter("dl"):
            if not any(child.tag in ("dt", "dd") for child in dl):
                dl.tag = "div"  # its terms are gone: readers take no list for a field's rows
    return changed, labels


def _remove(el: HtmlElement) -> None:
    """Take ``el`` out; its tail (blank for a label and its value) goes with it."""
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def _box(label: HtmlElement) -> HtmlElement | None:
    parent = label.getparent()
    return parent.getparent() if parent is not None else None


def _as_block(value: HtmlElement) -> None:
    """A <dd> holding a letter's text read as a plain block of its paragraphs."""
    if value.tag == "dd":
        value.tag = "div"
