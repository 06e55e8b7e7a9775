"""html.planted: keyword pieces a spam mirror plants inside the article's sentences, each in an
inline element of its own (为此，各街道<span>某某体育官网</span>普遍推行…).

A mirror chops its keywords (brands, selling phrases) into pieces and sets them, visible, into
the copied article's sentences; its template wraps each piece in a ``<span>`` or ``<font>``
with no other content. An article's own inline elements hold words of its sentences too (a
name in bold, a styled run), so the pieces are told by what they say: when one of them sells
(a lexicon brand or selling phrase, a coined brand in a mirror's form: 某某体育官网), the page
planted them, and every piece that sells, recurs in that role (the same text, alone in its
element, set between words at two sites or more) or holds two characters of a selling piece
(a part of the brand chopped off: 国际娱乐送 beside 某某国际官网) goes. A quoted piece
(“某某娱乐”) is an article's citation and stays, and so is a piece in a sentence reporting on
spam (警方查获<span>某某娱乐</span>平台…: a CMS may mark the name up).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..script import compile_either, to_simplified
from ..spam.brands import coined_brand_forms
from ..spam.lexicon import NEWS_CONTEXT, shared_lexicon
from ..spam.stats import shared_stats

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["planted_pieces"]

_PIECE_TAGS = ("span", "font")
_PIECE = compile_either(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}")  # a keyword piece: no space, no stop
_OPENS_QUOTE = "“‘「『《〈\"'"
_CLOSES_QUOTE = "”’」』》〉\"'"


def _text_before(el: HtmlElement) -> str:
    prev = el.getprevious()
    if prev is not None:
        return prev.tail or ""
    parent = el.getparent()
    return (parent.text or "") if parent is not None else ""


def _sells(piece: str) -> bool:
    """A lexicon brand or selling phrase, or a coined brand in a mirror's form (read, as the
    spam readers read, in simplified script)."""
    piece = to_simplified(piece)
    if any(h.kind != "term" for h in shared_lexicon().scan(piece)):
        return True
    return any(not f.cited and f.form in ("shaped", "addressed", "latin")
               for f in coined_brand_forms(piece, shared_stats()))


def planted_pieces(main: HtmlElement) -> dict[HtmlElement, str]:
    """The keyword pieces planted in ``main``'s sentences, each with the piece's text."""
    sites: dict[str, list[HtmlElement]] = defaultdict(list)
    for el in main.iter(*_PIECE_TAGS):
        if len(el) or el.text is None:
            continue
        piece = el.text.strip()
        before, after = _text_before(el).rstrip(), (el.tail or "").lstrip()
        if not _PIECE.fullmatch(piece) or not before or not after:
            continue  # alone in its element and set between words of one sentence
        if before[-1] in _OPENS_QUOTE or after[0] in _CLOSES_QUOTE:
            continue
        parent = el.getparent()
        if parent is not None and NEWS_CONTEXT.search(to_simplified(parent.text_content())):
            continue
        sites[piece].append(el)
    if not sites:
        return {}
    selling = {piece for piece in sites if _sells(piece)}
    if not selling:
        return {}
    # the brand's own words a piece set once was chopped from (国际娱乐送 beside 某某国际官网)
    chopped = {piece[i:i + 2] for piece in selling for i in range(len(piece) - 1)}
    return {el: piece for piece, els in sites.items()
            if piece in selling or len(els) >= 2 or _shares_pair(piece, chopped) for el in els}


def _shares_pair(piece: str, pairs: set[str]) -> bool:
    """``piece`` holds one of ``pairs`` (two characters of a selling piece, in order)."""
    return any(piece[i:i + 2] in pairs for i in range(len(piece) - 1))
