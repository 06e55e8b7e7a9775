"""html.prune: take hidden elements, scripts, forms, site chrome and image captions out of
doc.html (lxml).

This is the project's one hidden-element mechanism; the article container is never removed.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from lxml import etree, html

from ..document import Doc, Removal, shorten
from ..script import compile_either, to_simplified
from ..spam.lexicon import shared_lexicon
from .captions import Caption, find_captions
from .dom import (
    BLOCK_TAGS,
    ENTRY_TIME,
    Stats,
    article_marker,
    classid,
    find_main,
    held_nodes,
    iter_elements,
    parse_html,
    subtree_stats,
)
from .feeds import feed_items, prose_outside
from .fields import field_lists
from .metadata import (
    SHARE_TITLE,
    banner_headline,
    bio_box_author,
    credits_authors,
    credits_unit,
    epaper_issue,
    field_title,
    foot_row,
    glued_header,
    header_meta,
    jsonld_author_owner,
    jsonld_meta,
    jsonld_publisher,
    microdata_meta,
    post_footer_authors,
    script_filled_date,
)
from .planted import planted_pieces
from .printed import set_printed_pages
from .state import StateArticle, TeaserRest, state_article, teaser_rest
from .text import block_lines, captions_are_text
from .thread import Thread, forum_thread

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from lxml.html import HtmlElement

__all__ = ["HiddenAndChromePruner", "folded_rest", "hidden_elements", "paged_article_pages",
           "prune_tree", "tab_panels"]

NAME = "html.prune"

# --- hidden -----------------------------------------------------------------------------------
# An amount under a twentieth (0, .01, 0.04, 3%): an opacity or a scale no reader sees through
_NEAR_ZERO = r"(?:0*\.0[0-4]\d*|0+(?:\.0*)?|\.0+|0*[0-4](?:\.\d+)?%)"
# a length of zero, in any unit (0, 0px, 0%): a digit at least, so circle(at center) is no zero
_ZERO_LENGTH = r"(?:0+(?:\.0*)?|\.0+)(?:px|em|rem|%)?"
_HIDDEN_STYLE = compile_either(
    r"display\s*:\s*none"
    r"|visibility\s*:\s*(?:hidden|collapse)"
    r"|font-size\s*:\s*(?:0*(?:\.0+)?(?:px|pt|em|rem|%)?|0*(?:1(?:\.\d+)?|\.\d+)\s*(?:px|pt))"
    r"\s*(?:;|!|$)"
    r"|(?:^|[;\s])(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*"
    r"-\s*(?:(?:[5-9]\d\d|\d{4,})(?:\.\d+)?\s*(?:px|pt|em|rem)?"
    # in font sizes from 50 up (left:-300em, text-indent:-100em: 800 px and more); a hanging
    # indent (text-indent:-2em) or a pull to the left of a few ems is on the page
    r"|(?:[5-9]\d|\d{3,})(?:\.\d+)?\s*(?:em|rem))"
    # pushed past the left edge from the right (right:99999px), as far as left:-9999px goes
    r"|(?:^|[;\s])right\s*:\s*(?:[5-9]\d{3}|\d{5,})(?:\.\d+)?\s*(?:px|pt)"
    # moved off the page by a transform as by left:-9999px (translateX(-9999px)); a shift by a
    # share of its own size (translate(-50%, -50%): centring) or a few pixels is seen
    r"|(?:^|[;\s])transform\s*:[^;]*translate(?:x|y|3d)?\((?:[^;)]*,)?\s*"
    r"-\s*(?:[5-9]\d\d|\d{4,})(?:\.\d+)?\s*(?:px|pt)"
    # shrunk to nothing by a transform (scale(0), scaleY(0): either axis at zero)
    # or to under a twentieth of its size (scale(0.01): a speck no reader reads)
    r"|(?:^|[;\s])(?:-webkit-|-ms-)?transform\s*:[^;]*scale(?:x|y|3d)?\(\s*"
    r"0*(?:\.0[0-4]\d*|\.0*)?\s*[,)]"
    r"|(?:^|[;\s])(?:-webkit-|-ms-)?transform\s*:[^;]*scale\(\s*[\d.]+\s*,\s*"
    r"0*(?:\.0[0-4]\d*|\.0*)?\s*\)"
    # a box at most 2 px high that clips what overflows it (height:1px;overflow:hidden), or
    # clips it downwards (overflow-y)
    r"|(?:^|[;\s])(?:max-)?height\s*:\s*0*[0-2](?:\.0+)?(?:px)?\s*(?:;|!|$).*"
    r"overflow(?:-y)?\s*:\s*(?:hidden|clip)"
    r"|overflow(?:-y)?\s*:\s*(?:hidden|clip).*(?:^|[;\s])(?:max-)?height\s*:\s*0*[0-2]"
    r"(?:\.0+)?(?:px)?\s*(?:;|!|$)"
    # content the browser skips rendering (content-visibility:hidden: no find, no reader)
    r"|content-visibility\s*:\s*hidden"
    # see-through: opacity under 0.05 (opacity:.01, 2%), by the property or a filter
    r"|(?:^|[;\s])opacity\s*:\s*" + _NEAR_ZERO + r"\s*(?:;|!|$)"
    r"|(?:^|[;\s])(?:-webkit-)?filter\s*:[^;]*\bopacity\(\s*" + _NEAR_ZERO + r"\s*\)"
    r"|clip\s*:\s*rect\(\s*[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?\s*\)"
    r"|clip-path\s*:\s*inset\(\s*(?:50|100)%"
    # clipped to a point: a circle or an ellipse of radius 0, a polygon of corners all at 0 0
    r"|clip-path\s*:\s*(?:circle\(\s*" + _ZERO_LENGTH + r"\s*(?:at\b[^)]*)?\)"
    r"|ellipse\(\s*" + _ZERO_LENGTH + r"\s+" + _ZERO_LENGTH + r"\s*(?:at\b[^)]*)?\)"
    r"|polygon\(\s*" + _ZERO_LENGTH + r"\s+" + _ZERO_LENGTH
    + r"(?:\s*,\s*" + _ZERO_LENGTH + r"\s+" + _ZERO_LENGTH + r")*\s*\))",
    re.IGNORECASE | re.DOTALL,
)
# A box no wide that clips what overflows it (width:0;overflow:hidden), as height:0 does; in a
# flex row width:0 is the item's basis and it grows to its share (flex:1;width:0: a title
# clipped at its end), so a box that flexes is seen.
_ZERO_WIDTH = compile_either(r"(?:^|[;\s{])(?:max-)?width\s*:\s*0*(?:\.0+)?(?:px)?\s*(?:;|!|$)",
                             re.IGNORECASE)
_CLIPS = compile_either(r"overflow(?:-x)?\s*:\s*(?:hidden|clip)", re.IGNORECASE)
_FLEXES = compile_either(r"(?:^|[;\s{])flex(?:-grow)?\s*:|\bgrid-", re.IGNORECASE)


def _zero_width_clip(style: str) -> bool:
    return bool(_ZERO_WIDTH.search(style) and _CLIPS.search(style)
                and not _FLEXES.search(style))


_HIDDEN_CLASS = compile_either(
    r"(?:^|\s)(?:hidden|hide|d-none|display-none|displaynone|sr-only|visually-hidden|"
    r"screen-reader-text|invisible)(?:$|\s)"
)
# A utility framework's display classes by screen width (Tailwind's "hidden md:block" and
# "md:hidden", Bootstrap's "d-none d-lg-block" and "d-md-none"): the widest one set decides
# what a desktop shows. Bootstrap 3 names the widths a block is hidden or shown at.
_BREAKPOINTS = ("", "sm", "md", "lg", "xl", "2xl", "xxl")
_TAILWIND = compile_either(r"(?:(sm|md|lg|xl|2xl):)?(hidden|block|flex|inline|inline-block|"
                           r"inline-flex|grid|inline-grid|table|contents|flow-root)")
_BOOTSTRAP = compile_either(r"d-(?:(sm|md|lg|xl|xxl)-)?(none|block|flex|inline|inline-block|"
                            r"inline-flex|grid|table|table-cell|table-row)")
_BOOTSTRAP3 = compile_either(r"(hidden|visible)-(xs|sm|md|lg)(?:-(?:block|inline|inline-block))?")
# A CSS framework's overlay is display:none until a script opens it and adds a class: a
# Bootstrap or Bulma .modal (a 登录 dialog) and a Bootstrap .toast (a cookie notice) saved
# closed show nothing. Opened, they carry show (in, Bootstrap 3; is-active, Bulma) or an
# inline display.
_OVERLAY = frozenset({"modal", "toast"})
_OPENED = frozenset({"show", "in", "is-active", "active", "open", "showing"})


def _closed_overlay(classes: list[str], style: str) -> bool:
    return (not _OPENED.intersection(classes) and not _OVERLAY.isdisjoint(classes)
            and re.search(r"display\s*:", style) is None)


def _desktop_display(classes: list[str]) -> bool | None:
    """True if the classes show the block on a wide screen, False if they hide it there, None
    if they say nothing of it by width (a plain "hidden" is left to _HIDDEN_CLASS)."""
    widths: dict[int, bool] = {}
    for token in classes:
        m = _TAILWIND.fullmatch(token) or _BOOTSTRAP.fullmatch(token)
        if m:
            widths[_BREAKPOINTS.index(m[1] or "")] = m[2] not in ("hidden", "none")
    if any(widths):  # a width named: the widest setting wins, else the base one
        return widths[max(widths)]
    named = {m[2]: m[1] for token in classes if (m := _BOOTSTRAP3.fullmatch(token))}
    if named:
        # hidden-lg: hidden on a desktop; visible-xs alone: shown on phones only
        if named.get("lg") == "hidden":
            return False
        return "visible" not in named.values() or named.get("lg") == "visible" or (
            named.get("md") == "visible")
    return None


# `.x{display:none}` / `#y{visibility:hidden}` / `.wrap .y{…}` in <style> blocks: spam mirrors
# hide link farms with a class instead of an inline style.
_CSS_RULE = compile_either(r"([^{}]+)\{([^{}]*)\}")
_CSS_COMMENT = compile_either(r"/\*.*?\*/", re.DOTALL)
# One compound selector: an optional tag, then ids and classes (div.a.b, #x, .y, p).
_CSS_COMPOUND = compile_either(r"^([a-z][a-z0-9]*|\*)?((?:[.#][\w-]+|\[[^\]]+\])*)$", re.IGNORECASE)
_CSS_PART = compile_either(r"[.#][\w-]+")
# An attribute selector: [hidden], [class^="yx-"], [id*=lk], [data-k~='a']. A spam template
# hides its link farms by a class prefix as well as by a class.
_CSS_ATTR = re.compile(r"""\[\s*([\w-]+)\s*(?:([~^$*|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s'"]*))"""
                       r"""\s*([is])?\s*)?\]""", re.IGNORECASE)
# A framework's cloak attribute (v-cloak, x-cloak, ng-cloak) hides a block until its script
# mounts and removes it: a reader sees the block; such selectors are not read.
_CLOAK = compile_either(r"cloak", re.IGNORECASE)
# Colours: text in the colour of what is behind it is text no reader sees (a mirror's link
# farm in color:#fff on the white page, in #f5f5f5 on a #f5f5f5 box, or color:transparent); a
# background of another colour behind it (a white heading on a dark banner) makes it visible.
_WHITE = r"(?:#fff(?:fff)?|white|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\))"
_COLOR = compile_either(r"(?:^|[;\s{])color\s*:\s*([^;!}]+)", re.IGNORECASE)
_BACKGROUND = compile_either(r"(?:^|[;\s{])background(?:-color|-image)?\s*:\s*([^;!}]+)",
                             re.IGNORECASE)
_WHITE_VALUE = compile_either(rf"^\s*{_WHITE}\s*$", re.IGNORECASE)
_NO_BACKGROUND = re.compile(r"^\s*(?:none|transparent|inherit|initial|unset)\s*$", re.IGNORECASE)
_HEX = compile_either(r"^#([0-9a-f]{3}|[0-9a-f]{6})$")
_RGB = compile_either(r"^rgba?\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*"
                      r"(?:[,/]\s*([\d.]+%?)\s*)?\)$")
_NAMED = {"white": "#ffffff", "black": "#000000"}
_TRANSPARENT = "transparent"
# colours this close on every channel (#fefefe on #fff) read as one to the eye
_SAME_COLOUR = 8
# Text whose glyphs are painted by something else than its colour: a gradient clipped to the
# text (background-clip:text under color:transparent, a designer's heading), an outline or a
# shadow.
_PAINTED_TEXT = compile_either(r"background-clip\s*:\s*text|text-stroke|text-shadow\s*:\s*(?!none)",
                               re.IGNORECASE)


def _colour_key(value: str) -> str:
    """A colour value in one spelling: #rrggbb, ``transparent`` (an alpha of 0 too), or the
    value itself lower-cased (a colour we do not read, or an image)."""
    v = " ".join(value.lower().split())
    if v in _NAMED:
        return _NAMED[v]
    if v == _TRANSPARENT:
        return _TRANSPARENT
    m = _HEX.match(v)
    if m:
        digits = m.group(1)
        return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits)
    m = _RGB.match(v)
    if m:
        alpha = m.group(4)
        if alpha is not None and float(alpha.rstrip("%") or 1) == 0:
            return _TRANSPARENT
        if alpha is not None and float(alpha.rstrip("%")) < (100 if alpha.endswith("%") else 1):
            return v  # half-seen: not one colour with what is behind it
        return "#" + "".join(f"{min(int(c), 255):02x}" for c in m.group(1, 2, 3))
    return v


def _background_key(value: str) -> str | None:
    """The colour a background paints, None for none; an image or a gradient is its value."""
    if _NO_BACKGROUND.match(value):
        return None
    v = value.strip()
    if "(" in v and not v.lower().startswith(("rgb", "hsl")):
        return v.lower()  # url(...), a gradient: not a colour text could match
    return _colour_key(v.split()[0] if v and not v.lower().startswith(("rgb", "hsl")) else v)


def _same_colour(a: str, b: str) -> bool:
    if a == b:
        return True
    if not (a.startswith("#") and b.startswith("#") and len(a) == len(b) == 7):
        return False
    return all(abs(int(a[i:i + 2], 16) - int(b[i:i + 2], 16)) <= _SAME_COLOUR for i in (1, 3, 5))


class _Compound:
    """One compound selector (tag, id, classes, attribute tests); matches an element that has
    them all."""

    __slots__ = ("attrs", "classes", "ident", "tag")

    def __init__(self, tag: str | None, ident: str | None, classes: frozenset[str],
                 attrs: tuple[tuple[str, str, str], ...] = ()) -> None:
        self.tag, self.ident, self.classes, self.attrs = tag, ident, classes, attrs

    def key(self) -> str | None:
        if self.ident:
            return "#" + self.ident
        if self.classes:
            return "." + min(self.classes)
        return self.tag or ("*" if self.attrs else None)

    def matches(self, el: HtmlElement) -> bool:
        if self.tag and el.tag != self.tag:
            return False
        if self.ident and (el.get("id") or "").lower() != self.ident:
            return False
        if self.classes and not self.classes <= set((el.get("class") or "").lower().split()):
            return False
        return all(_attr_matches(el.get(name), op, value) for name, op, value in self.attrs)


def _attr_matches(have: str | None, op: str, value: str) -> bool:
    """An attribute test of a selector ([name], [name=v], [name^=v]…) on the value ``have``
    (lower-cased, as the test's value is)."""
    if have is None:
        return False
    have = have.lower()
    if op == "=":
        return have == value
    if op == "~=":
        return value in have.split()
    if op == "^=":
        return bool(value) and have.startswith(value)
    if op == "$=":
        return bool(value) and have.endswith(value)
    if op == "*=":
        return bool(value) and value in have
    if op == "|=":
        return have == value or have.startswith(value + "-")
    return True  # [name]: present


def _selector(text: str) -> tuple[_Compound, ...] | None:
    """A descendant selector (`.wrap .yq`, `#bottom > div.yq`, `[class^="yx-"]`) as
    compounds, outermost first; None for what we do not read (siblings, pseudo-classes, a
    framework's cloak). A child combinator is read as a descendant one."""
    parts = text.replace(">", " ").split()
    if not parts or len(parts) > 6:
        return None
    chain: list[_Compound] = []
    for part in parts:
        m = _CSS_COMPOUND.match(part)
        if m is None:
            return None
        tag = (m.group(1) or "").lower()
        tests = _CSS_ATTR.findall(m.group(2))
        if m.group(2).count("[") != len(tests) or any(_CLOAK.search(t[0]) for t in tests):
            return None
        attrs = tuple((name.lower(), op, (a or b or c).lower())
                      for name, op, a, b, c, _ in tests)
        plain = _CSS_ATTR.sub("", m.group(2))
        ids = [p[1:].lower() for p in _CSS_PART.findall(plain) if p[0] == "#"]
        classes = frozenset(p[1:].lower() for p in _CSS_PART.findall(plain) if p[0] == ".")
        chain.append(_Compound(None if tag in ("", "*") else tag, ids[0] if ids else None,
                               classes, attrs))
    return tuple(chain) if chain[-1].key() else None


def _element_keys(el: HtmlElement) -> list[str]:
    """The keys a rule matching ``el`` may be indexed by (_Compound.key)."""
    keys = [el.tag]
    ident = el.get("id")
    if ident:
        keys.append("#" + ident.lower())
    keys += ["." + c for c in (el.get("class") or "").lower().split()]
    keys.append("*")  # rules of attribute tests alone
    return keys


class _Rules:
    """Selectors of one kind (hiding, white text…), indexed by their last compound."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[tuple[_Compound, ...]]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def add(self, chain: tuple[_Compound, ...]) -> None:
        key = chain[-1].key()
        if key:
            self._by_key.setdefault(key, []).append(chain)

    def matches(self, el: HtmlElement) -> bool:
        if not self._by_key or not isinstance(el.tag, str):
            return False
        for key in _element_keys(el):
            for chain in self._by_key.get(key, ()):
                if chain[-1].matches(el) and _ancestors_match(el, chain[:-1]):
                    return True
        return False


# How a rule's declaration ranks in the cascade: !important first, then the selector's
# specificity (ids, classes, tags), then its place in the page's style sheets.
_Weight = tuple[bool, int, int, int, int]


def _specificity(chain: tuple[_Compound, ...]) -> tuple[int, int, int]:
    return (sum(c.ident is not None for c in chain),
            sum(len(c.classes) + len(c.attrs) for c in chain),
            sum(c.tag is not None for c in chain))


class _Cascade:
    """The rules of a page's <style> blocks that set one switch of visibility (display or
    visibility), each with its weight and whether its value shows the element: the rule of the
    greatest weight matching an element decides (.tab-pane{display:none} then .tab-pane.on
    {display:block}: the active panel is shown, the others hidden)."""

    def __init__(self) -> None:
        self._by_key: dict[str, list[tuple[tuple[_Compound, ...], _Weight, bool]]] = {}

    def add(self, chain: tuple[_Compound, ...], weight: _Weight, shows: bool) -> None:
        key = chain[-1].key()
        if key:
            self._by_key.setdefault(key, []).append((chain, weight, shows))

    def winner(self, el: HtmlElement) -> tuple[_Weight, bool] | None:
        """The weight and the value (shows or not) of the strongest rule on ``el``, if any."""
        if not self._by_key or not isinstance(el.tag, str):
            return None
        best: tuple[_Weight, bool] | None = None
        for key in _element_keys(el):
            for chain, weight, shows in self._by_key.get(key, ()):
                if (best is None or weight > best[0]) and chain[-1].matches(el) and (
                        _ancestors_match(el, chain[:-1])):
                    best = (weight, shows)
        return best


def _ancestors_match(el: HtmlElement, outer: tuple[_Compound, ...]) -> bool:
    i = len(outer) - 1
    for up in el.iterancestors():
        if i < 0:
            break
        if outer[i].matches(up):
            i -= 1
    return i < 0


class _PageCss:
    """What a page's own <style> blocks say about visibility and colour."""

    def __init__(self) -> None:
        self.hidden = _Rules()  # rules hiding by anything but a display or visibility value
        self.display = _Cascade()
        self.visibility = _Cascade()
        # rules setting a font size, shown unless shrunk to nothing: a rule hiding by its size
        # alone is read here, where a stronger one on the element gives it a size back
        self.font_size = _Cascade()
        self.colours: dict[str, _Rules] = {}  # by the colour they set (_colour_key)
        self.backgrounds: dict[str, _Rules] = {}  # by the background they paint
        self.any_colour = _Rules()  # every rule of the two above: one lookup rules most out
        self.any_background = _Rules()
        self.painted = _Rules()  # text painted by a clipped background, a stroke, a shadow
        self.scripted = _Rules()  # hidden by a script as the page loads (_script_hidden)


# A media query a desktop screen meets: all media, screens, and widths from at least some
# size up to a desktop's (min-width: 768px). Print, phones' widths (max-width: 768px) and
# other media are not a reader's screen.
_DESKTOP_WIDTH = 1280
_MEDIA_TYPE = compile_either(r"^(?:only\s+)?(?:all|screen)\b|^\(", re.IGNORECASE)
_MEDIA_WIDTH = compile_either(r"\((min|max)-width\s*:\s*(\d+(?:\.\d+)?)(px|em|rem)?\s*\)",
                              re.IGNORECASE)


def _desktop_media(query: str) -> bool:
    """True if one of the media query's comma-separated parts holds on a desktop screen."""
    for part in query.split(","):
        part = part.strip()
        if not part or not _MEDIA_TYPE.match(part) or re.search(r"\bnot\b", part, re.I):
            continue
        rest = _MEDIA_WIDTH.sub("", part)
        if "(" in rest:
            continue  # another feature (orientation, resolution…): not ours to judge
        fits = True
        for bound, size, unit in _MEDIA_WIDTH.findall(part):
            px = float(size) * (16 if unit.lower() in ("em", "rem") else 1)
            fits = fits and (px <= _DESKTOP_WIDTH if bound.lower() == "min"
                             else px >= _DESKTOP_WIDTH)
        if fits:
            return True
    return False


def _unconditional_css(text: str) -> str:
    """The style sheet's rules a desktop screen applies: plain rules, and those inside an
    ``@media`` block whose query a desktop meets (screen, min-width: 768px); other at-rule
    blocks (@media print, max-width: 768px, @supports, @font-face) are left out. A rule
    inside ``@media (max-width:768px)`` holds on phones only: read as a plain one, a page
    that hides its desktop copy on phones and its mobile copy on the desktop hid both."""
    kept: list[str] = []
    depth, start, at, inner = 0, 0, -1, -1
    for i, ch in enumerate(text):
        if ch == "@" and depth == 0 and at < 0:
            kept.append(text[start:i])
            at = i
        elif ch == ";" and at >= 0 and depth == 0:  # @import …; @charset …;
            at, start = -1, i + 1
        elif ch == "{":
            depth += 1
            if at >= 0 and depth == 1:
                inner = i + 1
        elif ch == "}":
            depth = max(0, depth - 1)
            if at >= 0 and depth == 0:
                prelude = text[at:inner - 1] if inner > at else ""
                media = re.match(r"@media\s+(.*)$", prelude.strip(), re.IGNORECASE | re.DOTALL)
                if media and _desktop_media(media.group(1)):
                    kept.append(_unconditional_css(text[inner:i]))
                at, inner, start = -1, -1, i + 1
    if at < 0:
        kept.append(text[start:])
    return "".join(kept)


# a rule's display or visibility value, and its !important
_DISPLAY = compile_either(r"(?:^|[;\s])display\s*:\s*([a-z-]+)\s*(!\s*important)?", re.IGNORECASE)
_VISIBILITY = compile_either(r"(?:^|[;\s])visibility\s*:\s*([a-z-]+)\s*(!\s*important)?",
                             re.IGNORECASE)
_UNSHOWN = frozenset({"none", "hidden", "collapse"})


def _page_css(root: HtmlElement) -> _PageCss:
    css = _PageCss()
    order = 0  # the rules' order through the page's style sheets: a later one wins a tie
    for style in root.iter("style"):
        text = style.text or ""
        if "{" not in text:
            continue
        sheet = _unconditional_css(_CSS_COMMENT.sub("", text))
        for selectors, body in _CSS_RULE.findall(sheet):
            order += 1
            switches = [(cascade, found[-1]) for cascade, pattern in (
                (css.display, _DISPLAY), (css.visibility, _VISIBILITY))
                if (found := pattern.findall(body))]
            for sel in selectors.split(",") if switches else ():
                chain = _selector(sel.strip())
                if chain:
                    for cascade, (value, important) in switches:
                        cascade.add(chain, (bool(important), *_specificity(chain), order),
                                    value.lower() not in _UNSHOWN)
            kinds: list[_Rules] = []
            # hidden otherwise than by a switch another rule may turn back (display:none under
            # a .on{display:block}): off the page, clipped, see-through, shrunk
            unswitched = _DISPLAY.sub(";", _VISIBILITY.sub(";", body))
            sizes = _FONT_SIZE_DECL.findall(body)
            if sizes:
                for sel in selectors.split(","):
                    chain = _selector(sel.strip())
                    if chain:
                        css.font_size.add(chain, (bool(sizes[-1][1]), *_specificity(chain), order),
                                          not _ZERO_FONT.search(sizes[-1][0]))
            if _zero_width_clip(body) or (
                    _HIDDEN_STYLE.search(unswitched)
                    # shrunk by its font size alone: the font-size cascade judges it
                    and (not sizes or _HIDDEN_STYLE.search(_ZERO_FONT.sub(";", unswitched)))):
                kinds.append(css.hidden)
            colour = _COLOR.search(body)
            if colour:
                kinds.append(css.colours.setdefault(_colour_key(colour.group(1)), _Rules()))
                kinds.append(css.any_colour)
            back = _BACKGROUND.search(body)
            paints = _background_key(back.group(1)) if back else None
            if paints is not None:
                kinds.append(css.backgrounds.setdefault(paints, _Rules()))
                kinds.append(css.any_background)
            if _PAINTED_TEXT.search(body):
                kinds.append(css.painted)
            if not kinds:
                continue
            for sel in selectors.split(","):
                chain = _selector(sel.strip())
                if chain:
                    for rules in kinds:
                        rules.add(chain)
    for script in root.iter("script"):
        for sel in _script_hidden(script.text or ""):
            chain = _selector(sel)
            if chain:
                css.scripted.add(chain)
    return css


# A statement that hides an element as the page loads: by its id (document.getElementById('x')
# .style.display='none'), by a selector (document.querySelector('.x').style.visibility=
# 'hidden'), or with jQuery ($('#x').hide(), jQuery('.x').css('display','none')).
_SCRIPT_HIDE = compile_either(
    r"""\s*(?:(?:window\.)?document\.(?P<by>getElementById|querySelector)\(\s*"""
    r"""(?P<q1>['"])(?P<sel1>[^'"]{1,80})(?P=q1)\s*\)\.style\."""
    r"""(?:display\s*=\s*(?P<q2>['"])none(?P=q2)|visibility\s*=\s*(?P<q3>['"])hidden(?P=q3))"""
    r"""|(?:\$|jQuery)\(\s*(?P<q4>['"])(?P<sel2>[^'"]{1,80})(?P=q4)\s*\)\.(?:hide\(\s*\)"""
    r"""|css\(\s*(?P<q5>['"])display(?P=q5)\s*,\s*(?P<q6>['"])none(?P=q6)\s*\)))\s*;?\s*""")
_SCRIPT_COMMENT = compile_either(r"<!--|-->|//[^\n]*|/\*.*?\*/", re.DOTALL)


def _script_hidden(code: str) -> list[str]:
    """The selectors a script hides when it runs, if hiding them is all it does: a link farm's
    <script> right after it (document.getElementById('x').style.display='none'). A script that
    does more (a click handler that folds a box, a loader hidden once the page has loaded) is
    left alone, as its hiding waits for an event."""
    code = _SCRIPT_COMMENT.sub("", code).strip()
    if not code:
        return []
    found: list[str] = []
    at = 0
    while at < len(code):
        m = _SCRIPT_HIDE.match(code, at)
        if not m or m.end() == at:
            return []
        if m.group("by") == "getElementById":
            found.append("#" + m.group("sel1").strip())
        else:
            found.append((m.group("sel1") or m.group("sel2")).strip())
        at = m.end()
    return found


def _own_colour(el: HtmlElement, css: _PageCss) -> str | None:
    """The colour ``el`` sets its text in (_colour_key), None if it sets none; rules of the
    page's <style> setting different colours on it read as a colour we do not know."""
    m = _COLOR.search(el.get("style") or "")
    if m:
        return _colour_key(m.group(1))
    if el.tag == "font" and el.get("color"):
        return _colour_key(el.get("color") or "")
    if not css.any_colour.matches(el):
        return None
    found = {key for key, rules in css.colours.items() if rules.matches(el)}
    if not found:
        return None
    return found.pop() if len(found) == 1 else "several"


def _own_background(el: HtmlElement, css: _PageCss) -> str | None:
    """The background ``el`` paints (_background_key), None if none."""
    m = _BACKGROUND.search(el.get("style") or "")
    if m:
        paints = _background_key(m.group(1))
        if paints is not None:
            return paints
    if el.get("background"):
        return "image"
    if el.get("bgcolor"):
        return _colour_key(el.get("bgcolor") or "")
    if not css.any_background.matches(el):
        return None
    found = {key for key, rules in css.backgrounds.items() if rules.matches(el)}
    if not found:
        return None
    return found.pop() if len(found) == 1 else "several"


def _painted(el: HtmlElement, css: _PageCss) -> bool:
    return bool(_PAINTED_TEXT.search(el.get("style") or "")) or css.painted.matches(el)


def _unseen_colour(el: HtmlElement, css: _PageCss, page_chars: int) -> str | None:
    """Why ``el``'s text is in the colour of what is behind it, or None: transparent text,
    white text with no background behind it but the white page (a mirror's link farm in
    color:#fff), text in the colour of the nearest background set around it (#f5f5f5 on a
    #f5f5f5 box). Text a descendant colours otherwise is seen; so is text a gradient, a stroke
    or a shadow paints, a white heading on a dark banner (a background on it or any box
    around it), and a block holding most of the page (a dark theme whose background comes
    from a stylesheet we cannot read)."""
    if el.tag in ("html", "body"):
        return None
    colour = _own_colour(el, css)
    if colour is None or not (colour == _TRANSPARENT or colour.startswith("#")):
        return None
    # what is behind the text first (a walk up): the walk down and the count come after
    if colour == _TRANSPARENT:
        if any(_painted(node, css) for node in (el, *el.iterancestors())):
            return None
        why = "transparent text (color:transparent), nothing painting it"
    else:
        behind = next((back for node in (el, *el.iterancestors())
                       if (back := _own_background(node, css)) is not None), None)
        if behind is not None and not _same_colour(behind, colour):
            return None
        if behind is None and not _same_colour(colour, "#ffffff"):
            return None
        why = (f"text in its background's colour ({colour} on {behind})" if behind is not None
               else "white text on the white page, no background behind it")
    for node in el.iter():
        if node is not el and isinstance(node.tag, str):
            other = _own_colour(node, css)
            if other is not None and not _same_colour(other, colour):
                return None
    chars = len("".join(el.text_content().split()))
    return why if 0 < chars <= page_chars // 2 else None


class _PathMemo:
    """``tree.getpath(el)`` for many elements in linear time. libxml2 counts an element's
    same-named siblings on every call, so 30,000 sibling <iframe>s took 3 s in getpath; here
    each parent's children are counted once and each ancestor's path is remembered."""

    def __init__(self, tree: etree._ElementTree) -> None:
        self._tree = tree
        self._known: dict[HtmlElement, str] = {}
        self._steps: dict[HtmlElement, dict[HtmlElement, str]] = {}

    def _step(self, el: HtmlElement, parent: HtmlElement) -> str:
        steps = self._steps.get(parent)
        if steps is None:
            children = [c for c in parent if isinstance(c.tag, str)]
            total = Counter(c.tag for c in children)
            seen: Counter[str] = Counter()
            steps = {}
            for child in children:
                seen[child.tag] += 1
                steps[child] = (child.tag if total[child.tag] == 1
                                else f"{child.tag}[{seen[child.tag]}]")
            self._steps[parent] = steps
        return steps[el]

    def __call__(self, el: HtmlElement) -> str:
        chain: list[HtmlElement] = []
        node: HtmlElement | None = el
        while node is not None and node not in self._known:
            parent = node.getparent()
            if parent is None or not isinstance(node.tag, str) or ":" in node.tag:
                self._known[node] = self._tree.getpath(node)  # the root, or an odd node
                break
            chain.append(node)
            node = parent
        for node in reversed(chain):
            parent = node.getparent()
            self._known[node] = f"{self._known[parent]}/{self._step(node, parent)}"
        return self._known[el]


# font-size:0 (or under 2px, a size no reader reads) on a row of inline blocks takes out the
# gaps between them; the blocks set their own size again in px, pt or rem (em and % would
# scale the zero) or by keyword and are seen.
_ZERO_FONT = re.compile(r"font-size\s*:\s*(?:0*(?:\.0+)?(?:px|pt|em|rem|%)?|0*(?:1(?:\.\d+)?|\.\d+)"
                        r"\s*(?:px|pt))\s*(?:;|!|$)", re.IGNORECASE)
_FONT_RESET = compile_either(
    r"(?:^|[;\s])font-size\s*:\s*(?:0*[1-9]\d*(?:\.\d+)?|0*\.\d*[1-9]\d*)\s*(?:px|pt|rem)"
    r"|(?:^|[;\s])font-size\s*:\s*(?:xx-small|x-small|small|medium|large|x-large|xx-large)",
    re.IGNORECASE)


def _resized_inside(el: HtmlElement) -> bool:
    """True if an element under ``el`` sets a font size of its own that a zero one above it
    does not scale away."""
    return any(_FONT_RESET.search(d.get("style") or "") for d in el.iterdescendants()
               if isinstance(d.tag, str))


def _hidden_reason(el: HtmlElement, css: _PageCss, page_chars: int) -> str | None:
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style) and not (
            _ZERO_FONT.search(style) and not _HIDDEN_STYLE.search(_ZERO_FONT.sub(";", style))
            and _resized_inside(el)):
        return f"inline style hides it ({shorten(style.strip(), 60)})"
    if style and _zero_width_clip(style):
        return f"inline style hides it ({shorten(style.strip(), 60)})"
    if el.get("hidden") is not None and el.get("hidden", "").strip().lower() != "until-found":
        # (hidden="until-found": a collapsed section the browser opens when a reader finds
        # words in it or follows a link to it, an accordion's article text)
        return "hidden attribute"
    if el.tag == "dialog" and el.get("open") is None:
        return "a <dialog> not open: a browser renders it only once a script opens it"
    if el.get(_UNSLOTTED) is not None:
        return "a shadow host's child that no <slot> of its shadow root shows"
    if el.get(_REPLACED_FALLBACK) is not None:
        return "a Suspense boundary's fallback (a skeleton) its streamed content replaced"
    if _tiny_box(el, style):
        return "a box of one or two pixels (width and height)"
    if el.tag == "input" and (el.get("type") or "").lower() == "hidden":
        return "hidden input"
    if (el.get("aria-hidden") or "").strip().lower() == "true":
        if el.find(".//a") is not None:
            return "aria-hidden block of links"
        if _declared_decoration(el, css, page_chars):
            return ("aria-hidden words: the page declares them no part of its content (an icon's "
                    "label, a mirror's span); what a display:contents box holds is the same")
    cls = el.get("class")
    if cls:
        shown = _desktop_display(cls.lower().split())
        if shown is False or (shown is None and _HIDDEN_CLASS.search(cls.lower())):
            return f"class marks it hidden ({shorten(cls, 60)})"
        if _closed_overlay(cls.lower().split(), style or ""):
            return f"a framework's overlay saved closed ({shorten(cls, 60)})"
    if css.hidden.matches(el) or _switched_off(el, css, style or "") or _shrunk(el, css, style):
        return "a <style> rule hides it"
    if css.scripted.matches(el):
        return "a script that does nothing else hides it as the page loads"
    unseen = _unseen_colour(el, css, page_chars)
    if unseen:
        return unseen
    return None


def _switched_off(el: HtmlElement, css: _PageCss, style: str) -> bool:
    """The strongest <style> rule setting ``el``'s display (or visibility) hides it, and no
    inline value of the element's own shows it (an inline value beats a rule not !important)."""
    for cascade, pattern in ((css.display, _DISPLAY), (css.visibility, _VISIBILITY)):
        winner = cascade.winner(el)
        if winner is None or winner[1]:
            continue
        inline = pattern.findall(style)
        if inline and inline[-1][0].lower() not in _UNSHOWN and (
                inline[-1][1] or not winner[0][0]):
            continue
        return True
    return False


# a font-size declaration: its value (with the terminator _ZERO_FONT reads) and its !important
_FONT_SIZE_DECL = compile_either(
    r"(?:^|[;\s{])(font-size\s*:\s*[^;!}]*?\s*(?:;|!|$))\s*(important)?", re.IGNORECASE)


def _shrunk(el: HtmlElement, css: _PageCss, style: str | None) -> bool:
    """The strongest <style> rule setting ``el``'s font size shrinks it to nothing, and no
    inline size of its own gives it one back. A later or more specific rule's size wins
    (pdf2htmlEX's .t{font-size:1px} on every line, its .fs0{font-size:64px} beside it)."""
    winner = css.font_size.winner(el)
    if winner is None or winner[1]:
        return False
    inline = _FONT_SIZE_DECL.findall(style or "")
    return not (inline and not _ZERO_FONT.search(inline[-1][0])
                and (inline[-1][1] or not winner[0][0]))


def _declared_decoration(el: HtmlElement, css: _PageCss, page_chars: int) -> bool:
    """aria-hidden="true" on words: the page tells assistive readers they are no part of its
    content. Not when a screen reader's copy of them stands beside it (a visual heading and its
    sr-only twin: the one a reader sees is this one), and not on a block holding half the page
    (a page saved with a dialog open sets aria-hidden on everything behind it)."""
    chars = len("".join(el.text_content().split()))
    if not _WORD.search(el.text_content()) or chars > page_chars // 2:
        return False
    for sibling in (el.getprevious(), el.getnext()):
        if (sibling is not None and isinstance(sibling.tag, str)
                and (sibling.get("aria-hidden") or "").strip().lower() != "true"
                and _hidden_reason(sibling, css, page_chars)):
            return False
    return True


_STYLE_SIZE = compile_either(
    r"(?:^|[;\s])(width|height)\s*:\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*(?=;|!|$)", re.IGNORECASE)


def _tiny_box(el: HtmlElement, style: str | None) -> bool:
    """Width and height both at most 2 px, by attribute (<marquee width=1 height=1>) or
    inline style: a box no reader sees, used to hide link farms. Images are left to the
    image rules (a tracking pixel carries no text anyway)."""
    if el.tag == "img":
        return False
    if not style and el.get("width") is None and el.get("height") is None:
        return False  # no size given: most elements, screened before the parsing below
    size: dict[str, float] = {}
    for dim in ("width", "height"):
        raw = (el.get(dim) or "").strip().lower().removesuffix("px")
        if raw.replace(".", "", 1).isdigit():
            size[dim] = float(raw)
    for dim, value in _STYLE_SIZE.findall(style or ""):
        size[dim.lower()] = float(value)
    return len(size) == 2 and max(size.values()) <= 2


def hidden_elements(root: HtmlElement) -> dict[HtmlElement, str]:
    """Every outermost element a browser would not show, with the reason."""
    css = _page_css(root)
    body = root.find("body")
    page_chars = len("".join((body if body is not None else root).text_content().split()))
    found: dict[HtmlElement, str] = {}
    skip: HtmlElement | None = None
    for el in iter_elements(root):
        if skip is not None and _inside(el, skip):
            continue
        why = _hidden_reason(el, css, page_chars)
        if why:
            found[el] = why
            skip = el
    return found


# A pager's numbered links, each a page of the article (1 2 3, [1] [2] [3], or 第1页 第2页)
_PAGE_NUMBER = compile_either(r"\[?(?:第\s*)?(\d{1,2})(?:\s*页)?\]?")
_PAGER_CHARS = 120  # characters of a pager: numbers and a few words (上一页 下一页 显示全文)
_PAGER_REACH = 3  # elements before and after the pages' box that may be their pager


def _numbers_pages(box: HtmlElement, pages: int) -> bool:
    """``box`` is a pager (上一页 1 2 3 下一页) whose numbered links are 1 to ``pages``."""
    text = box.text_content()
    if len("".join(text.split())) > _PAGER_CHARS or not _PAGER_TEXT.search(text):
        return False
    numbers = {int(m[1]) for el in box.iter("a", "span", "li")
               if (m := _PAGE_NUMBER.fullmatch(el.text_content().strip()))}
    return numbers == set(range(1, pages + 1))


def paged_article_pages(hidden: dict[HtmlElement, str]) -> set[HtmlElement]:
    """The hidden pages of an article that a script pages through, all saved in the page:
    siblings of one tag and class, the first shown and the rest hidden, each holding prose,
    beside a pager whose numbered links count them (<div class="page" style="display:none">,
    1 2 3 下一页) or with ids numbering them as pages (page1, page2, page3: the pager a script
    builds may not be saved). A browser's reader pages through them; they are the article.
    Tab panels (no pager or page ids counting them) and a hidden copy or spam block (no shown
    sibling of its shape, or no prose in each) stay hidden."""
    found: set[HtmlElement] = set()
    parents = {parent for el in hidden if (parent := el.getparent()) is not None}
    for parent in parents:
        runs: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                runs.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for run in runs.values():
            pages = [el for el in run if el in hidden]
            if (len(run) < 2 or not pages or run[0] in hidden
                    or not all(_prose_block(el) for el in run)):
                continue
            around = [*parent,
                      *itertools.islice((s for s in parent.itersiblings()
                                         if isinstance(s.tag, str)), _PAGER_REACH),
                      *itertools.islice((s for s in parent.itersiblings(preceding=True)
                                         if isinstance(s.tag, str)), _PAGER_REACH)]
            if _numbered_page_ids(run) or any(
                    isinstance(box.tag, str) and box not in run and _numbers_pages(box, len(run))
                    for box in around):
                found.update(pages)
    return found


# the button that unfolds the rest of a folded article (展开全文, 展开阅读全文, 查看全文,
# 展开剩余80%), or a share page's wall that opens it in the app (打开APP阅读全文, APP内查看全文)
_UNFOLD = compile_either(r"^(?:点击)?(?:(?:打开|前往)?(?:APP|App|app|客户端)内?[，,]?)?"
                         r"(?:展开(?:阅读)?全文|展开剩余\s*\d{1,3}\s*[%％]?|查看全文|"
                         r"阅读全文|继续阅读|展开阅读)\s*[>»›∨⌄▼﹀↓]*$")
_UNFOLD_CHARS = 20  # characters of the button and its mask's note (剩余85%未读)


def _unfold_button(el: HtmlElement) -> bool:
    text = "".join(el.text_content().split())
    return (0 < len(text) <= _UNFOLD_CHARS
            and any(_UNFOLD.match("".join(box.text_content().split()))
                    for box in el.iter() if isinstance(box.tag, str)))


def folded_rest(hidden: dict[HtmlElement, str]) -> set[HtmlElement]:
    """The hidden rest of an article a touch page folds under its opening paragraphs until its
    展开全文 button is tapped (<div class="rest" style="display:none"> after the shown
    paragraphs, the button right after the body): the article, not hidden text. The block must
    hold prose, come after the body's shown prose and be its last block, and repeat none of
    it; a hidden copy, a hidden spam block or a panel with no unfold button by it stays
    hidden."""
    found: set[HtmlElement] = set()
    for el in hidden:
        parent = el.getparent()
        if parent is None or not _prose_block(el):
            continue
        shown = [s for s in el.itersiblings(preceding=True)
                 if isinstance(s.tag, str) and s not in hidden and _prose_block(s)]
        # or the opening paragraphs as <br>-parted lines in the body itself (an old site's
        # 段落<br><br>段落<br><br><div class="rest">…)
        lines = _loose_text_before(el)
        after = [s for s in el.itersiblings() if isinstance(s.tag, str) and s not in hidden]
        if (not shown and not _prose_text(lines)) or any(_prose_block(s) for s in after) or any(
                _copy_of(el, s) for s in shown) or _holds_most(el, lines):
            continue
        near = [*after, *itertools.islice(
            (s for s in parent.itersiblings() if isinstance(s.tag, str)), _PAGER_REACH)]
        if any(_unfold_button(box) for box in near):
            found.add(el)
    return found


_HEADLINE_REACH = 4  # blocks between a page's headline and its body (byline, tags, lead)


def unrevealed_article(hidden: dict[HtmlElement, str]) -> set[HtmlElement]:
    """The article a page hides until a script reveals it, read by its place and not its name
    (WeChat's js_content saved with visibility:hidden, under a build's hashed class): a hidden
    block of prose of an article's length that a visible <h1> headline opens, a few blocks
    before it among its siblings. Called only when no article is found outside the hidden
    blocks. A hidden spam block (one selling), a copy of a shown block and a hidden block
    with no headline over it stay hidden."""
    found: set[HtmlElement] = set()
    for el in hidden:
        if _flat_text_mass(el) < _ARTICLE_MASS or not _prose_block(el) or _sells_spam(el):
            continue
        before = [s for s in itertools.islice(el.itersiblings(preceding=True), _HEADLINE_REACH)
                  if isinstance(s.tag, str)]
        if any(s.tag == "h1" and s not in hidden and _flat_text(s) for s in before):
            found.add(el)
    return found


def _flat_text_mass(el: HtmlElement) -> int:
    """The characters of ``el``'s paragraphs: its runs of text holding a sentence mark."""
    return sum(len("".join(t.split())) for t in el.itertext()
               if _SENTENCE_MARK.search(t) is not None)


# the class a script adds to the tab shown, or its panel (tab-pane on, tab-item cur)
_CURRENT = _OPENED | {"on", "cur", "current", "selected", "sel", "actived"}
_TAB_LABEL_CHARS = 12  # a tab's label: a few words (办理条件, 政策解读)


def _tab_labels(box: HtmlElement) -> list[str] | None:
    """The labels of a row of tabs (<ul role="tablist"><li>办理条件</li>…, <div class="tab-nav">
    <span>…</span>…): each child of ``box`` a few words, or None when ``box`` is no such row."""
    items = [c for c in box if isinstance(c.tag, str)]
    labels = ["".join(c.text_content().split()) for c in items]
    if len(items) < 2 or not all(0 < len(t) <= _TAB_LABEL_CHARS for t in labels):
        return None
    return labels


def _sells_spam(el: HtmlElement) -> bool:
    """``el``'s text names a spam brand or a selling phrase (the lexicon's, not its topic
    words)."""
    return any(h.kind != "term" and h.weight >= 2
               for h in shared_lexicon().scan(to_simplified(el.text_content())))


def _current_joined(runs: dict[tuple[str, frozenset[str]], list[HtmlElement]],
                    hidden: dict[HtmlElement, str]) -> dict[tuple[str, frozenset[str]],
                                                          list[HtmlElement]]:
    """``runs`` of siblings by tag and class, a lone shown block joined to the run of hidden
    ones whose class it carries with one word more: the word a script adds to the tab shown,
    whatever a build named it (``_162a8e _ed2b5c`` over ``_162a8e``), as on/active are."""
    joined = dict(runs)
    for (tag, classes), run in runs.items():
        if len(run) != 1 or run[0] in hidden:
            continue
        for key in [(tag, classes - {word}) for word in classes]:
            rest = joined.get(key)
            if rest and key != (tag, classes) and all(el in hidden for el in rest):
                parent = run[0].getparent()
                order = {id(el): i for i, el in enumerate(parent if parent is not None else [])}
                joined[key] = sorted([*rest, run[0]], key=lambda el: order.get(id(el), 0))
                del joined[(tag, classes)]
                break
    return joined


def tab_panels(hidden: dict[HtmlElement, str]) -> set[HtmlElement]:
    """The hidden panels of a tab box in the article, each one a reader shows by its tab: a
    run of sibling blocks of one tag and class (the shown one also classed on, active…), one
    shown and the others hidden, each holding prose, with a row of as many tabs of a few words
    right before them (role=tablist, or a list of labels) or the panels marked role=tabpanel.
    A sidebar's tabs of linked headlines hold no prose and stay hidden; so do a hidden copy of
    the shown panel and a panel selling spam."""
    found: set[HtmlElement] = set()
    parents = {parent for el in hidden if (parent := el.getparent()) is not None}
    for parent in parents:
        runs: dict[tuple[str, frozenset[str]], list[HtmlElement]] = {}
        for child in parent:
            if isinstance(child.tag, str):
                classes = frozenset((child.get("class") or "").lower().split()) - _CURRENT
                runs.setdefault((child.tag, classes), []).append(child)
        for run in _current_joined(runs, hidden).values():
            panels = [el for el in run if el in hidden]
            shown = [el for el in run if el not in hidden]
            if (len(run) < 2 or not panels or len(shown) != 1
                    or not all(_prose_block(el) for el in run)):
                continue
            first = run[0].getprevious()
            while first is not None and not isinstance(first.tag, str):
                first = first.getprevious()
            labels = _tab_labels(first) if first is not None else None
            marked = all((el.get("role") or "").lower() == "tabpanel" for el in run)
            if not marked and (labels is None or len(labels) != len(run)):
                continue
            said = _flat_text(shown[0])
            found.update(el for el in panels if _flat_text(el) != said
                         and not _copy_of(el, shown[0]) and not _sells_spam(el))
    return found


# an id naming a page of the article by its number (page2, content_page_2, fenye3)
_PAGE_ID = compile_either(r"(.*?(?:page|fenye)[-_]?)(\d{1,2})", re.IGNORECASE)


def _numbered_page_ids(run: list[HtmlElement]) -> bool:
    """The ids of ``run`` number its blocks as pages, 1 to N in order (page1, page2, page3):
    the pages are the article's whether or not the pager a script builds was saved."""
    found = [_PAGE_ID.fullmatch(el.get("id") or "") for el in run]
    return (all(m is not None for m in found)
            and len({m[1] for m in found if m is not None}) == 1
            and [int(m[2]) for m in found if m is not None] == list(range(1, len(run) + 1)))


def _inside(el: HtmlElement, outer: HtmlElement) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent is outer:
            return True
        parent = parent.getparent()
    return False


# --- chrome ---------------------------------------------------------------------------------
_ALWAYS = {
    "script": "script_element",
    "style": "script_element",
    "noscript": "script_element",
    "template": "script_element",
    "iframe": "embed_element",
    "frame": "embed_element",
    "object": "embed_element",
    "embed": "embed_element",
    "applet": "embed_element",
    "svg": "embed_element",
    "canvas": "embed_element",
    "audio": "embed_element",
    "video": "embed_element",
    "map": "embed_element",
    # A <ruby>'s annotation: the pinyin or zhuyin printed over its base characters (<rt>) and
    # the brackets a browser without ruby shows around it (<rp>). A reader reads the sentence
    # in the base characters; the annotation cut them into 芦(lú)苇(wěi).
    "rt": "ruby_annotation",
    "rp": "ruby_annotation",
    "button": "form_element",
    "select": "form_element",
    "textarea": "form_element",
    "input": "form_element",
    "label": "form_element",
    # AMP's own elements: ads, trackers, players and share buttons, whose placeholder and
    # fallback children (广告加载中) are no text of the article
    "amp-ad": "ad_element",
    "amp-embed": "ad_element",
    "amp-sticky-ad": "ad_element",
    "amp-auto-ads": "ad_element",
    "amp-analytics": "script_element",
    "amp-pixel": "script_element",
    "amp-iframe": "embed_element",
    "amp-video": "embed_element",
    "amp-youtube": "embed_element",
    "amp-social-share": "embed_element",
    "amp-consent": "form_element",
    "amp-user-notification": "form_element",
    "amp-sidebar": "nav_element",
    # lists a component fetches when the page runs (amp-list's related items and its 加载更多
    # overflow button, amp-next-page's next articles), an app's download banner, a share bar
    "amp-list": "embed_element",
    "amp-next-page": "embed_element",
    "amp-addthis": "embed_element",
    "amp-app-banner": "ad_element",
    "amp-web-push-widget": "form_element",
    "amp-install-serviceworker": "script_element",
}
_RUBY_WHY = "a ruby's pronunciation over its base characters (<rt>, <rp>), no word of the sentence"
_CHROME_TAGS = {
    "nav": "nav_element",
    "aside": "aside_element",
    "form": "form_element",
    "menu": "nav_element",
}
# An open dialog (<dialog open>, or ARIA's role=dialog box) is an overlay over the page: a cookie
# notice, a login box, out of the page's flow, a sentence or two. One holding paragraphs of
# prose (a list page saved with a story open in its modal) is the article shown.
_DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
_DIALOG_ARTICLE_PARAGRAPHS = 3
_OUTSIDE_TAGS = {"header": "header_element", "footer": "footer_element"}

# Class/id words for chrome. Strong words are chrome even inside the article container
# (a share bar or related list under the text); weak words only outside it.
_STRONG = compile_either(
    r"breadcrumb|crumbs?(?:$|[-_\s])|(?:^|[-_\s])bread(?:$|[-_\s]|nav)|mianbao|share|bdshare|jiathis|copyright|banquan|statement|"
    r"related|relate[-_]|xiangguan|recommend|tuijian|comment|pinglun|gentie|reply|"
    r"pagination|pager(?:$|[-_\s])|pagebar|page[-_]?nav|fenye|qrcode|erweima|ewm(?:$|[-_\s])|"
    r"(?:^|[-_\s])ads?(?:$|[-_\s])|advert|guanggao|sponsor|tags?(?:$|[-_\s])|keywords?(?:$|[-_\s])|"
    r"toolbar|print(?:$|[-_\s])|dayin|favou?rite|shoucang|prev[-_]?next|updown|"
    # the box naming the responsible editor (zbj, article-editor); a rich-text editor's output
    # is the text itself: a page builder's text widget (widget-text-editor), Quill's ql-editor
    r"(?:^|[-_\s])(?<!text[-_])(?<!rich[-_])(?<!ql[-_])(?:zbj|zrbj|editor)(?:$|[-_\s])|"
    r"(?:^|[-_\s])(?:author[-_]?)?(?:info|meta)[-_]?bar|"
    # a financial site's risk warning and disclaimer under the text (detail-risk, disclaimer)
    r"disclaimer|mianze|(?:^|[-_\s])risk(?:[-_]?(?:tips?|warning))?(?:$|[-_\s])",
)
_WEAK = compile_either(
    r"(?:^|[-_\s])(?:top)?nav|menu|footer|(?:^|[-_\s])foot|(?:^|[-_\s])header|(?:^|[-_\s])head(?:$|[-_\s])|"
    r"sidebar|side(?:$|[-_\s])|aside|banner|(?:^|[-_\s])links?(?:$|[-_\s])|friend|youqing|"
    r"(?:^|[-_\s])hot|rank|paihang|login|subscribe|weixin|wechat|follow|"
    r"(?:^|[-_\s])(?:right|left)[-_]?(?:col|side|box|bar)|(?:^|[-_\s])(?:fr|fl)(?:$|[-_\s])|"
    r"topbar|top[-_]?(?:line|bar)|(?:^|[-_\s])logo|search|(?:^|[-_\s])more(?:$|[-_\s])",
)
# A split article's page bar, or a gallery's slide buttons (上一张 1/12 下一张).
_PAGER_TEXT = compile_either(
    r"上一页|下一页|上页|下页|尾页|末页|首页.*\d|上一[张幅组]|下一[张幅组]")
# A trail of links under its label (当前位置：首页 > 图片频道 > 正文) or from 首页 >.
_TRAIL_TEXT = compile_either(
    r"^(?:(?:您|你)?(?:当前|现在|目前)?(?:所在|所处)?的?(?:当前)?位置\s*[:：]|首页\s*[>＞»›/])")
_TRAIL_LIMIT = 80
_PREV_NEXT_TEXT = compile_either(r"上一篇|下一篇|上一条|下一条")
# The topics or columns an article is filed under, linked after their label (相关话题 某某
# +订阅, 所属专题：某某).
_TOPIC_TEXT = compile_either(r"^(?:相关|所属|热门)(?:话题|专题|栏目)\s*[:：]?")
_TOPIC_LIMIT = 40
_LIST_TAGS = frozenset(
    {
        "ul",
        "ol",
        "dl",
        "div",
        "table",
        "tbody",
        "tr",
        "td",
        "p",
        "section",
        "span",
        "center",
        "font",
    }
)


def _reader_text(el: HtmlElement) -> Iterator[str]:
    """The text a reader sees of el, in document order: what a <style> or <script> inside it
    holds is code (a page builder prints its widget's CSS inside the widget), and a comment is
    not shown. el itself a script or style: its code, the excerpt a reviewer is shown."""
    if el.tag in ("script", "style"):
        yield from el.itertext()
        return
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if isinstance(node.tag, str) and node.tag not in ("script", "style") and node.text:
                yield node.text
        elif node is not el and node.tail:
            yield node.tail


def _first_text(el: HtmlElement, limit: int = 200) -> str:
    parts: list[str] = []
    size = 0
    for chunk in _reader_text(el):
        chunk = " ".join(chunk.split())
        if chunk:
            parts.append(chunk)
            size += len(chunk)
            if size > limit:
                break
    return shorten(" ".join(parts), limit)


def _site_footer(el: HtmlElement) -> bool:
    """The site's footer by standard markup: ARIA's landmark for it (role=contentinfo), or the
    footer template a page builder prints on every page (Elementor's data-elementor-type), which
    holds an about-us line as prose as the article's own widgets do."""
    return ((el.get("role") or "").strip().lower() == "contentinfo"
            or (el.get("data-elementor-type") or "").strip().lower() == "footer")


# An embedded social post's footer (a 微博 card in the article): when it was posted, from which
# client, and its counts, two of 转发/评论/赞 at least (11月29日 09:00 来自 微博网页版 转发 1523
# 评论 867 赞 6210); and the card's own link to the post (查看微博原文). No sentence is that.
_POST_COUNT = r"(?:转发|转载|评论|赞|点赞|收藏)\s*[(（]?\s*\d[\d,.]*\s*[万千wWkK]?\s*[)）]?"
_POST_FOOT = compile_either(
    r"(?:(?:\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|今天|昨天)\s*)?"
    r"(?:\d{1,2}:\d\d\s*)?(?:来自\s*[^\s，。,]{1,20}\s*)?"
    rf"(?:{_POST_COUNT}\s*[·|｜/]?\s*){{2,4}}"
    r"|查看(?:微博|推文|帖子|动态)原文\s*[>》→]*"
)
_POST_FOOT_LIMIT = 80


def _post_footer(el: HtmlElement, st: Stats | None) -> bool:
    """An embedded post's footer or its link to the post, the whole of an element's text
    (_POST_FOOT)."""
    if st is None or st.chars > _POST_FOOT_LIMIT:
        return False
    # the text's match first: it is the cheaper test, and few elements pass it
    return (_POST_FOOT.fullmatch(" ".join(el.text_content().split())) is not None
            and not _in_sentence(el))


def _article_header(el: HtmlElement, main: HtmlElement | None) -> bool:
    """``el`` (a <header>) heads the <article> that holds the text's container ``main``: its
    nearest <article> holds ``main``, and no other <article> stands between them."""
    if main is None:
        return False
    owner = next((up for up in el.iterancestors("article")), None)
    if owner is None:
        return False
    return next((up for up in main.iterancestors("article")), None) is owner or main is owner


def _chrome_reason(el: HtmlElement, st: Stats | None, in_main: bool) -> tuple[str, str] | None:
    tag = el.tag
    rule = _CHROME_TAGS.get(tag)
    if rule:
        return rule, f"<{tag}> is page chrome"
    if (el.get("role") or "").strip().lower() == "navigation":
        # ARIA's landmark for a <nav> drawn with other tags (a wiki's navbox under the text)
        return "nav_element", "role=navigation marks a block of navigation, as <nav> does"
    if _site_footer(el):
        return "footer_element", ("the page's footer as its markup names it (ARIA's contentinfo, "
                                  "a page builder's footer template), wherever the article is")
    dialog = tag == "dialog" or (el.get("role") or "").strip().lower() in _DIALOG_ROLES
    if dialog and (st is None or st.paragraphs < _DIALOG_ARTICLE_PARAGRAPHS):
        return "dialog_element", "an open dialog is an overlay over the page, out of its flow"
    if not in_main and tag in _OUTSIDE_TAGS:
        return _OUTSIDE_TAGS[tag], f"<{tag}> outside the article is page chrome"
    cid = classid(el)
    if "-" in tag and not article_marker(el):
        # A custom element's name says what it is as a class does (<share-bar>, <x-related-list>,
        # a share bar's own shadow root inside it); only the strong words: a layout element
        # (<site-layout>, <page-side>) may wrap the article.
        m = _STRONG.search(tag)
        if m:
            word = m.group(0).strip("-_ ")
            return "chrome_class", f"custom element <{tag[:40]}> names chrome ({word})"
    if cid and not article_marker(el):
        m = _STRONG.search(cid)
        if m:
            return "chrome_class", f"class/id {cid[:60]!r} names chrome ({m.group(0).strip('-_ ')})"
        # A "header" block holding the headline is the article's header (title, date, source).
        if not in_main and el.find(".//h1") is None:
            m = _WEAK.search(cid)
            if m:
                return "chrome_class", (
                    f"class/id {cid[:60]!r} names chrome ({m.group(0).strip('-_ ')})"
                )
    if _post_footer(el, st):
        return "post_footer", ("an embedded post's footer: when and from which client it was "
                               "posted, its 转发/评论/赞 counts, or its link to the post")
    if st is None or tag not in _LIST_TAGS or st.chars == 0:
        return None
    if not in_main and _thumbnail_list(el):
        return "thumbnail_list", ("a list of pictures each under a short label (a 图片直播 box's "
                                  "thumbnails) outside the article: the page's gallery")
    links = st.link_chars / st.chars
    if st.chars <= 300 and links >= 0.3:
        text = _first_text(el, 300)
        if _PAGER_TEXT.search(text):
            return "pagination", "page-number bar (上一页/下一页) of a split article or gallery"
        if _PREV_NEXT_TEXT.search(text):
            return "prev_next", "links to the previous/next article"
        if st.chars <= _TRAIL_LIMIT and _TRAIL_TEXT.match(text):
            return "breadcrumb", "a trail of links under its label (当前位置：首页 > …)"
        if st.chars <= _TOPIC_LIMIT and _TOPIC_TEXT.match(text):
            return "topic_links", "the topics or columns the article is filed under (相关话题 …)"
    if links >= 0.7 and st.chars >= 10 and len(el.findall(".//a")) >= 3:
        return "link_block", f"{links:.0%} of its text is links: a menu or headline list"
    if links >= 0.4 and st.chars >= 10 and _dated_headlines(el):
        return "link_block", ("a list of linked headlines, each with its day and nothing else: "
                              "other articles")
    return None


_THUMB_LABEL_MAX = 20  # characters of a thumbnail's label: a name, never a sentence
_THUMB_ITEMS = 2


def _thumbnail_list(el: HtmlElement) -> bool:
    """``el`` is a list (<ul>/<ol>) of two or more items, each a picture and a short label with
    no sentence in it (发布会现场, 某某介绍情况)."""
    if el.tag not in ("ul", "ol"):
        return False
    items = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
    if len(items) < _THUMB_ITEMS or len(items) != len(el):
        return False
    for li in items:
        label = "".join(li.text_content().split())
        if (li.find(".//img") is None or len(label) > _THUMB_LABEL_MAX
                or any(c in label for c in "。！？!?；;")):
            return False
    return True


# The day a headline list prints beside each headline (2025-12-01, 2025年12月1日, [12-01],
# (2025/12/01)), with the list's bullets and brackets around it.
_LIST_DAY = compile_either(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*[-/月]\s*\d{1,2}日?")
_LIST_FILLER = compile_either(r"[\s·•●○■□◆◇▪▸►>»\-–—|｜/()（）\[\]【】]+")
_DATED_ITEMS = 3  # items of headlines with their days: fewer may be the article's own list


def _sentence_follows(el: HtmlElement, levels: int = 3) -> bool:
    """A sentence of prose after el, beside it or beside a box holding it (a few levels up):
    a list between the article's paragraphs (a 大事记's dated documents) is the article's."""
    node: HtmlElement | None = el
    for _ in range(levels):
        if node is None:
            return False
        for after in node.itersiblings():
            if isinstance(after.tag, str) and _ASIDE_SENTENCE.search(after.text_content()):
                return True
        node = node.getparent()
    return False


def _dated_headlines(el: HtmlElement) -> bool:
    """A list of three items or more (<li>, or rows of a table), each one link and its day
    beside it and no other word (县林业局部署森林防火工作 2025-12-01), with no sentence after
    it: a related or latest-news list with dates closing the article, whose days keep its text
    from being mostly links."""
    items = el.findall("li") if el.tag in ("ul", "ol") else (
        el.findall("tr") if el.tag in ("table", "tbody") else [])
    if len(items) < _DATED_ITEMS or _sentence_follows(el):
        return False
    for item in items:
        anchors = item.findall(".//a")
        if len(anchors) != 1:
            return False
        linked = "".join(anchors[0].text_content().split())
        rest = "".join(item.text_content().split()).replace(linked, "", 1)
        if len(linked) < 6 or not _LIST_DAY.search(rest):
            return False
        if _LIST_FILLER.sub("", _LIST_DAY.sub("", rest)):
            return False
    return True


# --- inline elements inside a sentence -----------------------------------------------------------
_INLINE_TAGS = frozenset(
    {"a", "span", "em", "strong", "b", "i", "font", "u", "small", "big", "sub", "sup", "s", "q",
     "mark", "cite", "abbr", "ins", "del", "time", "code"}
)
_WORD = compile_either(r"[^\W_]")
# Sentence punctuation, not the colon a label ends with (分享到：, 责任编辑：).
_SENTENCE_MARK = compile_either(r"[，。；、！？,;!?]")
_LABEL_MARK = compile_either(r"[，。；、！？：:,;!?|｜]")
_SIDE_LIMIT = 60  # characters of context enough to tell a sentence from a bar of links
# A quote ticker a portal writes after a linked company name: (115.395, 2.79, 2.47%).
_QUOTE_TRIPLE = compile_either(
    r"^[(（]\s*[-+]?\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*[,，]"
    r"\s*[-+]?\d+(?:\.\d+)?\s*%\s*[)）]$"
)


def _runs(el: HtmlElement, link: bool, reverse: bool) -> Iterator[tuple[str, bool]] | None:
    """Text runs under ``el`` (without its tail) and whether each is link text; None when
    ``el`` holds a block, which ends the line."""
    link = link or el.tag == "a"
    out: list[tuple[str, bool]] = [(el.text or "", link)]
    for child in el:
        if not isinstance(child.tag, str):
            out.append((child.tail or "", link))
            continue
        if child.tag in BLOCK_TAGS:
            return None
        if child.tag not in _ALWAYS:
            inner = _runs(child, link, reverse=False)
            if inner is None:
                return None
            out.extend(inner)
        out.append((child.tail or "", link))
    return reversed(out) if reverse else iter(out)


def _line_side(el: HtmlElement, after: bool) -> tuple[str, str]:
    """(all text, non-link text) beside ``el`` in its own line, nearest first, bounded.

    The line ends at a block element (<p>, <div>, <br> …) on that side.
    """
    every: list[str] = []
    plain: list[str] = []
    size = 0

    def add(text: str, link: bool) -> None:
        nonlocal size
        if text:
            every.append(text)
            size += len(text)
            if not link:
                plain.append(text)

    node = el
    while size < _SIDE_LIMIT:
        parent = node.getparent()
        if parent is None:
            break
        link = parent.tag == "a" or any(a.tag == "a" for a in parent.iterancestors())
        if after:
            add(node.tail or "", link)
        for sib in node.itersiblings(preceding=not after):
            if isinstance(sib.tag, str) and sib.tag in BLOCK_TAGS:
                return _joined(every, plain, after)
            if not after:
                add(sib.tail or "", link)
            runs = _runs(sib, link, reverse=not after) if isinstance(sib.tag, str) else iter(())
            if runs is None:
                return _joined(every, plain, after)
            for text, in_link in runs:
                add(text, in_link)
            if after:
                add(sib.tail or "", link)
            if size >= _SIDE_LIMIT:
                break
        if not after:
            add(parent.text or "", link)
        if parent.tag in BLOCK_TAGS:
            break
        node = parent
    return _joined(every, plain, after)


def _joined(every: list[str], plain: list[str], after: bool) -> tuple[str, str]:
    if not after:  # collected nearest first, i.e. backwards
        every, plain = every[::-1], plain[::-1]
    return "".join(every), "".join(plain)


# The head of an office's answer to a letter (a mailbox page's 答复单位：某某局, 回复内容：):
# the labels name an answering body or the answer itself, which a reader's reply under a
# comment (回复 @某某：…) never opens with.
_OFFICIAL_REPLY = compile_either(
    r"^\s*(?:答复|回复|办理|承办|处理)(?:单位|部门|机构|意见|内容|结果)\s*[:：]")
_OFFICIAL_REPLY_SENTENCES = 2
_OFFICIAL_REPLY_UP = 4  # the block and its boxes up to the reply's own (its head, its text)
_FULL_STOP = compile_either(r"[。！？]")


def _official_reply(el: HtmlElement) -> bool:
    """A block classed as readers' replies (reply) that is an office's answer to the letter the
    page shows: its text opens with an answering body's or an answer's label (答复单位：,
    回复内容：) and holds sentences of prose. The answer is the page's text, not chrome."""
    text = " ".join(el.text_content().split())
    return (_OFFICIAL_REPLY.search(text[:40]) is not None
            and len(_FULL_STOP.findall(text)) >= _OFFICIAL_REPLY_SENTENCES)


# An editor's note opening the article (【编者按】, 编者按：, 编者的话：) in a box a template
# classes for the editor (editor-note): the note is prose of the article's, not the editor's
# byline row (责任编辑：某某), which never opens with the label.
_EDITORS_NOTE = compile_either(
    r"^\s*[【\[［]?\s*(?:编者按|编者的话|编辑按|编者注|编前语|编者手记)\s*[】\]］]?\s*[:：]?")
_EDITORS_NOTE_MIN = 30


def _editors_note(el: HtmlElement) -> bool:
    """A block whose text opens with an editor's note label and goes on in sentences of prose
    (at least one full stop after the label, 30 characters or more)."""
    text = " ".join(el.text_content().split())
    m = _EDITORS_NOTE.match(text)
    return (m is not None and m.end() > 0 and len(text) >= _EDITORS_NOTE_MIN
            and _FULL_STOP.search(text, m.end()) is not None)


def _in_sentence(el: HtmlElement) -> bool:
    """True for a short inline element that is a word of the running text around it.

    A linked name in 北京时间凌晨消息，<a class="keyword">苹果</a>发布会开幕 reads on across it;
    a share bar 分享到：<a class="share">微博</a><a>微信</a> has only links after its label.
    """
    if el.tag not in _INLINE_TAGS:
        return False
    own = " ".join(el.text_content().split())
    if not own or len(own) > 20 or _LABEL_MARK.search(own):
        return False
    before_all, before = _line_side(el, after=False)
    _, after = _line_side(el, after=True)
    n_before, n_after = len(_WORD.findall(before)), len(_WORD.findall(after))
    if n_before >= 2 and n_after >= 2:
        # Mid-sentence: the line carries prose punctuation outside the element.
        return n_before + n_after >= 10 and _SENTENCE_MARK.search(before + after) is not None
    # At the start of its line, the subject of what follows (<a>贝莱德</a>首席投资官：…); not
    # a badge set apart from the words by a space (<span class="top-tag">置顶</span> 某某…):
    # Chinese puts no space between a subject and its verb.
    return not before_all.strip() and n_after >= 10 and not _set_apart(el)


# A space, then a Han character: the tail of a badge the page sets apart from the words after it.
_APART = compile_either(r"\s+[\u4e00-\u9fff]")


def _set_apart(el: HtmlElement) -> bool:
    """A badge (置顶, 热) in an element of its own, no link, its words Han, a space between it
    and the words after it."""
    own = "".join(el.text_content().split())
    return (el.tag != "a" and el.find(".//a") is None and _HAN_ONLY.fullmatch(own) is not None
            and _APART.match(el.tail or "") is not None)


_HAN_ONLY = compile_either(r"[\u4e00-\u9fff]+")


# An element that holds a slide's number over the count of slides and nothing else (2/6,
# <em>2</em>/6, 2 / 6).
_SLIDE_COUNTER = compile_either(r"(\d{1,2})\s*/\s*(\d{1,2})")


def _slide_counters(root: HtmlElement) -> set[HtmlElement]:
    """A gallery's slide counters: elements holding only a number over a count of slides, on
    two slides or more with one count and different numbers (1/6 … 6/6). A gallery may print
    one inside its caption's paragraph (<p><span>2/6</span>云雾山…), where it would run into
    the sentence. One such element alone (a pager's 1/3, a date 3/15) is no gallery's."""
    by_count: dict[str, list[tuple[int, HtmlElement]]] = {}
    for el in iter_elements(root):
        m = _SLIDE_COUNTER.fullmatch(_small_text(el))
        if m is None or not 1 <= int(m[1]) <= int(m[2]):
            continue
        up = el.getparent()
        if up is not None and _SLIDE_COUNTER.fullmatch(_small_text(up)):
            continue  # the outermost element holding the counter goes
        by_count.setdefault(m[2], []).append((int(m[1]), el))
    return {el for found in by_count.values() if len({n for n, _ in found}) >= 2
            for _, el in found}


def _small_text(el: HtmlElement) -> str:
    """The stripped text of an element of at most two children without children of their own
    (a counter's <span><em>2</em>/6</span>), else "": no page-sized text read per element."""
    if len(el) > 2 or any(len(child) for child in el):
        return ""
    return (el.text_content() or "").strip()


def _stock_quote(el: HtmlElement) -> bool:
    """An inline quote ticker (price, change, percent) right after a linked name."""
    if el.tag not in _INLINE_TAGS or not _QUOTE_TRIPLE.match(" ".join(el.text_content().split())):
        return False
    prev = el.getprevious()
    if prev is None or (prev.tail or "").strip() or not isinstance(prev.tag, str):
        return False
    return prev.tag == "a" or prev.find(".//a") is not None


# An ad's own label in a box of its own at the box's start or end (广告 over an iframe, 推广 over
# a sponsored card's headline and blurb, a corner 广告 under a banner image).
_AD_LABEL = compile_either(r"广告|推广|赞助|AD|Ad|Sponsored")
_AD_BOX_TAGS = frozenset({"div", "section", "aside", "li", "figure"})
_AD_BOX_MAX = 150  # characters: more is a block of the article's own, not an ad's blurb


def _labelled_ad(el: HtmlElement) -> bool:
    """A box whose first or last child is a lone ad label (广告, 推广) and whose other words are
    all in links, or none (an iframe, a banner image): an ad slot or a sponsored card, whatever
    its class. A box with words of its own outside a link (a paragraph starting on 推广) stays."""
    if el.tag not in _AD_BOX_TAGS or (el.text or "").strip():
        return False
    kids = [kid for kid in el if isinstance(kid.tag, str)]
    if len(kids) < 2:
        return False
    words = "".join(el.text_content().split())
    if not words or len(words) > _AD_BOX_MAX:
        return False
    for label, rest in ((kids[0], kids[1:]), (kids[-1], kids[:-1])):
        if label.find(".//a") is not None or not _AD_LABEL.fullmatch(
                "".join(label.text_content().split())):
            continue
        if any((kid.tail or "").strip() for kid in kids):
            return False
        linked = "".join("".join(a.text_content().split()) for kid in rest
                         for a in ([kid] if kid.tag == "a" else kid.iter("a")))
        own = "".join("".join(kid.text_content().split()) for kid in rest)
        media = any(kid.tag in ("iframe", "img") or kid.find(".//iframe") is not None
                    or kid.find(".//img") is not None for kid in rest)
        return len(linked) == len(own) and (bool(own) or media)
    return False


# The label over a site's box about its owner, printed beside every article (领导简介, 机构职能,
# 单位概况, 学院简介): the leader's career, the body's duties, often longer prose than a short
# news item beside it; a mailbox's rules for its writers (写信须知) beside a letter. A
# person's profile (专家简介, 作者简介) may be the article's own.
_OWNER_BOX_LABEL = compile_either(
    r"[【\[]?\s*(?:(?:领导|局领导|班子成员|单位|机构|部门|本局|学院|学校|本校|院系|医院|本院|科室|公司|"
    r"集团|企业|协会|街道|社区|乡镇|镇情|园区|本站|网站)(?:简介|介绍|概况)|领导信息|"
    r"(?:机构|部门|单位|主要|本局)职[能责]|职能职责|"
    # a mailbox's rules for its writers, printed beside every letter (写信须知, 留言说明)
    r"(?:写信|来信|留言|投诉|咨询|举报|信箱)(?:须知|说明))\s*[】\]]?\s*[:：]?")
_OWNER_BOX_TAGS = frozenset({"div", "section", "aside", "li", "dl", "td"})
_HEADLINE_RUN = 6  # characters of a run that may be the headline the <title> opens with
_OWNER_BOX_PROSE = 20  # mass of prose outside the box the article must hold


def _owner_boxes(root: HtmlElement, stats: dict[HtmlElement, Stats],
                 title: str) -> set[HtmlElement]:
    """Boxes whose first child is a lone owner's label (领导简介, 机构职能) over prose of the
    site's own, when the page holds prose outside them and its <title> does not open with the
    label (a page whose article is the body's 机构职能 keeps it)."""
    body = root.find("body")
    if body is None:
        return set()
    found: set[HtmlElement] = set()
    for el in body.iter(*_OWNER_BOX_TAGS):
        if (el.text or "").strip():
            continue
        kids = [kid for kid in el if isinstance(kid.tag, str)]
        if len(kids) < 2:
            continue
        label = "".join(kids[0].text_content().split())
        if (not label or title.startswith(label) or not _OWNER_BOX_LABEL.fullmatch(label)
                or kids[0].find(".//a") is not None):
            continue
        st = stats.get(el)
        if st is None or st.mass < _OWNER_BOX_PROSE or el.find(".//h1") is not None:
            continue
        if any(_inside(el, box) for box in found) or any(
                len(run := "".join(t.split())) >= _HEADLINE_RUN and title.startswith(run)
                for t in el.itertext()):
            continue  # inside a box found, or holding the page's headline
        found.add(el)
    if not found:
        return set()
    outside = stats[body].mass - sum(stats[box].mass for box in found)
    return found if outside >= _OWNER_BOX_PROSE else set()


# A stock's code in brackets a financial portal links after its name (某某光能(300000)), and
# the tools it links after the code: the stock's forum, quote or fund-flow page.
_STOCK_CODE_END = compile_either(r"[(（]\s*[0-9A-Za-z.]{4,9}\s*[)）]$")
_STOCK_TOOL = compile_either(r"股吧|行情|资金流向?|诊股|研报|公告")


def _stock_tool(el: HtmlElement) -> bool:
    """A linked tool word (股吧) right after a stock's code in brackets: a link of the
    portal's, no word of the sentence."""
    if el.tag not in _INLINE_TAGS or not _STOCK_TOOL.fullmatch(el.text_content().strip()):
        return False
    if el.tag != "a" and el.find(".//a") is None:
        return False
    prev = el.getprevious()
    if prev is None or (prev.tail or "").strip() or not isinstance(prev.tag, str):
        return False
    return _STOCK_CODE_END.search(prev.text_content().strip()) is not None


# --- an aside inside the article: a pull quote, a list, an ad, or a box of its own words ----
_ASIDE_MIN = 20  # characters of prose: a box of its own, not a label
_ASIDE_LINKS = 0.2  # of its text in links: more is a list of headlines
_ASIDE_SENTENCE = compile_either(r"[。！？!?]")
_ASIDE_AD = compile_either(r"广告|推广|赞助|扫码|扫一扫|二维码|关注|下载|订阅|热线|咨询电话")
_CLAUSE = compile_either(r"[^，。！？；：、,.!?;:“”\"‘’'「」（）()《》\s]{6,}")


# What a lead-in of related or recommended links says (相关阅读：, 点击查看更多：).
_LINKS_LEAD = compile_either(r"相关|推荐|阅读|更多|热[点门]|点击|链接|专题|延伸|精彩|往期|猜你")
_LEAD_MIN = 6  # characters: a shorter lead-in is a label (推荐：), no sentence
_NAME_MAX = 12  # characters: a longer item is a headline
_SENTENCE_STOP = compile_either(r"[。！？!?]")


def _introduced_list(el: HtmlElement) -> bool:
    """A list of links the article's own sentence introduces, between its paragraphs (目前可
    通过以下渠道办理： over 网上服务大厅 / 手机客户端 / 微信公众号, a sentence after it): the
    article's list, not a menu or headline list. Its items are names, no headlines; its
    lead-in a sentence ending on a colon that names no related or recommended links."""
    if el.tag not in ("ul", "ol"):
        return False
    items = ["".join(li.text_content().split()) for li in el.findall("li")]
    if not items or any(not item or len(item) > _NAME_MAX for item in items):
        return False
    before, after = el.getprevious(), el.getnext()
    if before is None or after is None or not isinstance(before.tag, str) or not isinstance(
            after.tag, str) or (el.tail or "").strip() or before.find(".//a") is not None:
        return False
    lead = "".join(before.text_content().split())
    follow = "".join(after.text_content().split())
    return (len(lead) >= _LEAD_MIN and lead[-1] in "：:" and not _LINKS_LEAD.search(lead)
            and _SENTENCE_STOP.search(follow) is not None and after.find(".//a") is None)


# --- a labelled box of teasers after the article -----------------------------------------------
_TEASER_HEADLINE = 10  # characters of a linked headline: longer than a term or a button
_TEASER_SUMMARY = 300  # characters of the one-paragraph summary under a headline
# characters of a linked headline over its summary block in a list item: the summary makes
# the item a teaser, so a short headline will do (乡村教师的二十年)
_ITEM_HEADLINE = 6
_TEASER_BOX_LIMIT = 3000  # characters of a box of a few teasers, far less than an article


_CODE_TAGS = frozenset({"script", "style", "noscript", "template"})


def _flat_text(el: HtmlElement) -> str:
    """The text a reader sees, whitespace dropped: a builder's <style> printed inside a list
    of teasers (a posts grid's own CSS) is no text of it."""
    if not any(isinstance(d.tag, str) and d.tag in _CODE_TAGS for d in el.iterdescendants()):
        return "".join(el.text_content().split())
    pieces: list[str] = []

    def read(node: HtmlElement) -> None:
        if isinstance(node.tag, str) and node.tag not in _CODE_TAGS:
            pieces.append(node.text or "")
            for child in node:
                read(child)
        if node is not el:
            pieces.append(node.tail or "")

    read(el)
    return "".join("".join(pieces).split())


def _text_blocks(box: HtmlElement) -> list[HtmlElement] | None:
    """The box's innermost blocks that print text, in order, or None when some of its text
    stands outside them (loose words between the blocks: a paragraph's, not a box's)."""
    blocks = [el for el in box.iter() if isinstance(el.tag, str) and el.tag in BLOCK_TAGS
              and _flat_text(el) and not any(
                  isinstance(d.tag, str) and d.tag in BLOCK_TAGS and _flat_text(d)
                  for d in el.iterdescendants())]
    if sum(len(_flat_text(b)) for b in blocks) != len(_flat_text(box)):
        return None
    return blocks


def _whole_link(block: HtmlElement) -> bool:
    """A block that is one link to another page and nothing else: a teaser's headline."""
    text = _flat_text(block)
    if len(text) < _TEASER_HEADLINE:
        return False
    for a in block.iter("a"):
        href = (a.get("href") or "").strip()
        if _flat_text(a) == text:
            return bool(href) and not href.startswith(("#", "javascript"))
    return False


def _linked_with_summary(block: HtmlElement) -> bool:
    """A block opening on a linked headline, its summary loose after it up to a <br> (a
    teaser where the page writes paragraphs as <br> runs: <li><a href>某某</a>摘要……<br></li>)."""
    first = next((el for el in block if isinstance(el.tag, str)), None)
    if first is None or first.tag != "a" or len(_flat_text(first)) < _ITEM_HEADLINE:
        return False
    href = (first.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript")):
        return False
    summary = _flat_text(block)[len(_flat_text(first)):]
    return 0 < len(summary) <= _TEASER_SUMMARY and _loose_summary(block, first)


# A label naming what the article itself recommends (推荐书目 over the books a reading-month
# piece lists, 推荐线路 over a travel piece's routes): its items, each a linked title and a line
# on it, are the article's last section, no teasers of the site's other pages.
_OWN_LIST_LABEL = compile_either(
    r"推荐(?:书目|书单|读物|图书|曲目|歌单|片单|景点|线路|路线|菜品|菜谱|课程)|(?:书目|书单)推荐")


def _label(block: HtmlElement) -> bool:
    """A block that is a short label naming related or recommended reading (相关阅读), not a
    list the article recommends (推荐书目)."""
    text = _flat_text(block)
    return (0 < len(text) <= _HEADING_LIMIT and _LINKS_LEAD.search(text) is not None
            and not _NO_HEADING_MARK.search(text) and not _OWN_LIST_LABEL.search(text)
            and not _whole_link(block))


def _label_before(box: HtmlElement) -> HtmlElement | None:
    """The block right before the box when it is such a label: a page builder prints the
    heading and the posts grid under it as two sibling widgets."""
    before = box.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or (before.tail or "").strip() or before.tag not in BLOCK_TAGS:
        return None
    return before if _label(before) else None


def _labelled_teasers(box: HtmlElement) -> HtmlElement | None:
    """The label naming related or recommended reading (延伸 · 推荐, 相关阅读), opening the
    box or right before it, when teasers follow it in the box, each a block that is one
    linked headline, maybe with one summary paragraph under it (one teaser at least has one):
    with class names hashed, its shape alone tells it from the article's last section, whose
    paragraphs are sentences with a link among their words. None when the box is no such."""
    # cheap first: the box opens on such a label or follows one, and is short; read whole then
    first = next((t.strip() for t in box.itertext() if t.strip()), "")
    opens = bool(_LINKS_LEAD.search(first)) and len(first) <= _HEADING_LIMIT
    before = None if opens else _label_before(box)
    if (not opens and before is None) or len(box.text_content()) > _TEASER_BOX_LIMIT:
        return None
    blocks = _text_blocks(box)
    if blocks is None:
        return _listed_teasers(box, opens, before)
    if len(blocks) < 2:
        return None
    if opens:
        label, teasers = blocks[0], blocks[1:]
        if not _label(label):
            return None
    else:
        # the label is outside: at least two teasers, a headline first
        label, teasers = before, blocks
    after_headline = summaries = False
    headlines = 0
    for block in teasers:
        if _whole_link(block):
            after_headline = True
            headlines += 1
        elif _linked_with_summary(block):
            after_headline = False  # the headline and its summary in one block
            headlines += 1
            summaries = True
        elif after_headline and len(_flat_text(block)) <= _TEASER_SUMMARY:
            after_headline = False  # one summary a headline
            summaries = True
        else:
            return None
    # A bare list of links is the link-density rules' (a Q&A page's 相关问题 beside the
    # answers is read with the page's columns): a summary under a headline makes a teaser.
    return label if summaries and (opens or headlines >= 2) else None


def _listed_teasers(box: HtmlElement, opens: bool,
                    before: HtmlElement | None) -> HtmlElement | None:
    """The label of a box whose teasers are the items of its one list, each a linked headline
    with its summary in a block under it (<li><a href>乡村教师的二十年</a><p>从二十岁到……</p>
    </li>): the headline's words stand loose in the item, so _text_blocks reads no blocks.
    The box holds the label (when it opens on one) and the list, nothing else; None when it
    is no such box."""
    lists = list(box.iter("ul", "ol"))
    if len(lists) != 1:
        return None
    items = [li for li in lists[0] if li.tag == "li"]
    label = before
    if opens:
        outside = _flat_text(box).removesuffix(_flat_text(lists[0]))
        label = next((el for el in box.iter() if isinstance(el.tag, str)
                      and el.tag in BLOCK_TAGS and _flat_text(el) == outside), None)
        if label is None or not _label(label):
            return None
    elif _flat_text(box) != _flat_text(lists[0]):
        return None
    summaries = 0
    for li in items:
        linked = [a for a in li.iter("a") if _flat_text(a)]
        text = _flat_text(li)
        if len(linked) != 1 or not text.startswith(headline := _flat_text(linked[0])):
            return None
        href = (linked[0].get("href") or "").strip()
        if (len(headline) < _ITEM_HEADLINE or not href
                or href.startswith(("#", "javascript"))):
            return None
        summary = text[len(headline):]
        if summary and (len(summary) > _TEASER_SUMMARY or not any(
                el.tag in BLOCK_TAGS and _flat_text(el) == summary for el in li.iter()
                if isinstance(el.tag, str) and el is not li)):
            return None
        summaries += bool(summary)
    return label if summaries and len(items) >= 2 else None


def _loose_summary(block: HtmlElement, headline: HtmlElement) -> bool:
    """The block's summary stands loose after its linked headline, in lines parted by <br>s
    and no element of its own (<li><a href>乡村教师的二十年</a>从二十岁到……<br></li>): a page
    writing its paragraphs as <br> runs writes its teaser's summary so."""
    rest = list(headline.itersiblings())
    return (headline.getparent() is block and not (block.text or "").strip()
            and headline.getprevious() is None and all(el.tag == "br" for el in rest)
            and any(el.tag == "br" for el in rest))


def _loose_text_before(el: HtmlElement) -> str:
    """The text standing in ``el``'s parent itself before ``el``, in no element of its own
    (the parent's text and its earlier children's tails: lines parted by <br>s)."""
    parent = el.getparent()
    if parent is None:
        return ""
    pieces = [parent.text or ""]
    for child in parent:
        if child is el:
            break
        pieces.append(child.tail or "")
    return "".join("".join(pieces).split())


def _prose_text(text: str) -> bool:
    """Text with sentences, as a ``_prose_block``'s."""
    return len(text) >= _ASIDE_MIN and _SENTENCE_MARK.search(text) is not None


def _prose_block(el: HtmlElement) -> bool:
    """A paragraph of sentences with few links."""
    text = _flat_text(el)
    linked = sum(len(_flat_text(a)) for a in el.iter("a"))
    return len(text) >= _ASIDE_MIN and _SENTENCE_MARK.search(text) is not None and (
        linked < len(text) / 2)


def _nothing_read_after(box: HtmlElement, main: HtmlElement, ignore: set[HtmlElement],
                        stats: dict[HtmlElement, Stats]) -> bool:
    """No paragraph of the article follows the box in its container (pruned blocks aside, and
    the page's own chrome, a footer's about-us line, when the container is the whole page): a
    teaser box closes the article; a section of it is followed by more."""
    # with no container found (the body), the page's regions after the box are its chrome or
    # its content as they are anywhere outside an article
    whole_page = main.tag in ("body", "html")
    node = box
    while node is not main:
        if (node.tail or "").strip():
            return False
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            # a component's wrapper (<astro-island>, <app-comments>) is read with what it
            # wraps: a comment box classed as one inside it is chrome, no paragraph of the
            # article, as is a box inside a wrapper classed as chrome
            chain = _wrapped(sib)
            if (_prose_block(sib) and not any(
                    el in ignore or _chrome_reason(el, stats.get(el), not whole_page) is not None
                    or _comment_section(el) for el in chain)):
                return False
        parent = node.getparent()
        if parent is None:
            return False
        node = parent
    return True


# the heading a comment area opens with, alone in its element: 评论（2）, 网友评论, 全部留言 36,
# 共 36 条评论, 36条评论
_COMMENT_HEAD = compile_either(
    r"(?:网友|读者|最新|热门|精选|全部)?(?:评论|留言)区?\s*(?:[（(]\s*\d+\s*[)）]|\d+)?"
    r"|共?\s*\d+\s*条(?:评论|留言)")


def _comment_section(el: HtmlElement) -> bool:
    """A box opening with its own heading naming comments (评论（2）, 网友评论), an element
    of its own, the readers' comments (a sentence at least) under it: whatever its class, no
    paragraph of the article. A paragraph whose sentence starts on 评论 is no heading alone in
    its element."""
    kids = [kid for kid in el if isinstance(kid.tag, str)]
    if not kids or (el.text or "").strip():
        return False
    # the comments under the heading: a sentence at least (a bar of 评论 218 最热 最新 over
    # a list the page loads later is a tool row, read with the lines)
    return (_COMMENT_HEAD.fullmatch("".join(kids[0].text_content().split())) is not None
            and any(_SENTENCE_STOP.search(kid.text_content()) for kid in kids[1:]))


def _wrapped(el: HtmlElement) -> list[HtmlElement]:
    """``el`` and the elements it only wraps, down through wrappers holding one element and
    no words of their own."""
    chain = [el]
    while not (el.text or "").strip():
        inner = [c for c in el if isinstance(c.tag, str)]
        if len(inner) != 1 or (inner[0].tail or "").strip():
            break
        el = inner[0]
        chain.append(el)
    return chain


def _teaser_boxes(main: HtmlElement, ignore: set[HtmlElement],
                  stats: dict[HtmlElement, Stats]) -> set[HtmlElement]:
    """The labelled teaser boxes that close the article, with their label when it stands
    outside the box (see _labelled_teasers): inside the container, and after it wherever the
    box sits, judged alike. A container chosen tightly (the post body, not the column around
    it) leaves the page's 相关文章 box in a sibling of it or of a box around it, and the
    extractor, choosing its container anew after the pruning, may take the wider box and read
    the teasers' headlines and summaries as the article's last paragraphs."""
    found: set[HtmlElement] = set()
    # each region after the container is judged in the box it shares with the container: no
    # paragraph read after the teaser box there
    regions: list[tuple[HtmlElement, Iterable[HtmlElement]]] = [(main, main.iterdescendants())]
    node = main
    while node.tag not in ("body", "html") and (parent := node.getparent()) is not None:
        regions.append((parent, (el for sib in node.itersiblings() for el in sib.iter())))
        node = parent
    for scope, elements in regions:
        skip: HtmlElement | None = None
        for el in elements:
            if not isinstance(el.tag, str) or el in ignore or el.tag not in BLOCK_TAGS:
                continue
            if skip is not None and (el is skip or _inside(el, skip)):
                continue
            label = _labelled_teasers(el)
            if label is not None and _nothing_read_after(el, scope, ignore, stats):
                found.update((el, label))
                skip = el
    return found


# A paragraph that only names related reading (延伸阅读, 【相关链接】, 推荐阅读：): no label of
# the article's own (推荐书目 over the books it recommends, 背景资料), whose items stay.
_RELATED_LABEL = compile_either(
    r"^[【\[]?(?:延伸|扩展|拓展|相关|推荐|更多)(?:阅读|链接|新闻|报道|文章)[】\]]?[:：]?$|"
    r"^[【\[]?往期(?:回顾|推荐)[】\]]?[:：]?$")


def _related_runs(main: HtmlElement, ignore: set[HtmlElement]) -> set[HtmlElement]:
    """A related-reading label standing as a block among the article's paragraphs and the
    blocks right after it that are each one linked headline and nothing else (<p><strong>
    延伸阅读</strong></p><p><a href>…</a></p>…): a box the editor set inside the text, the
    article going on under it. A block with words beside its link is a sentence and ends the
    run; a label with no linked headline under it is left to the line rules."""
    found: set[HtmlElement] = set()
    for el in main.iterdescendants():
        if (not isinstance(el.tag, str) or el in ignore or el.tag not in BLOCK_TAGS
                or (el.tail or "").strip()
                or not _RELATED_LABEL.match(_flat_text(el)) or not _label(el)):
            continue
        run: list[HtmlElement] = []
        after = el.getnext()
        while after is not None and isinstance(after.tag, str) and after.tag in BLOCK_TAGS \
                and _whole_link(after):
            run.append(after)
            if (after.tail or "").strip():
                break
            after = after.getnext()
        if run:
            found.update((el, *run))
    for el in main.iterdescendants(*_CARD_TAGS):
        # a card that is one link, its label inside it over the headline (<div><a><p>推荐阅读
        # </p><p>某某</p></a></div>)
        kids = [kid for kid in el if isinstance(kid.tag, str)]
        if (el not in ignore and not (el.text or "").strip() and len(kids) == 1
                and kids[0].tag == "a" and _whole_link(el)):
            first = next((d for d in kids[0].iterdescendants()
                          if isinstance(d.tag, str) and d.tag in BLOCK_TAGS and _flat_text(d)
                          and not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS
                                      for c in d.iterdescendants())), None)
            if (first is not None and _RELATED_LABEL.match(_flat_text(first))
                    and _flat_text(first) != _flat_text(el)):
                found.add(el)
    return found


def _own_words_aside(aside: HtmlElement, main: HtmlElement, st: Stats | None) -> bool:
    """An <aside> in the article container holding prose the body prints nowhere (a
    background box, an explainer): the article's own words, which stay. A pull quote repeats a
    clause of the body; a related-reading list is links; an ad or a follow box names itself
    (广告, 扫码, 关注): those go as furniture."""
    if st is None or st.chars < _ASIDE_MIN or st.link_chars > _ASIDE_LINKS * st.chars:
        return False
    text = aside.text_content()
    if not _ASIDE_SENTENCE.search(text) or _ASIDE_AD.search(text):
        return False
    inside = set(aside.iter())
    parts: list[str] = []
    for el in main.iter():
        if el not in inside and isinstance(el.tag, str):
            parts.append(el.text or "")
        if el is not main and (el is aside or el not in inside):
            parts.append(el.tail or "")  # the aside's tail is the body's
    body = "".join("".join(parts).split())
    flat = "".join(text.split())
    return not any(clause in body for clause in _CLAUSE.findall(flat))


# --- a follow prompt and the account ids under it --------------------------------------------
# 关注我们, 扫码关注公众号, 欢迎关注官方微博: a prompt to follow the site's accounts.
_FOLLOW_PROMPT = (r"(?:欢迎|扫码|扫一扫|扫描二维码|长按(?:识别)?二维码)?关注"
                  r"(?:我们|本号|本站|(?:我们的?)?(?:官方)?(?:微信|微博|公众号|微信公众号|视频号|抖音号?)+)"
                  r"\s*[:：!！。]?")
# 微信号：abc_news, 公众号ID：xxx, 官方微博：@某某: an account's id, one a line.
_ACCOUNT = (r"(?:官方)?(?:微信公众号|公众号|微信|微博|视频号|抖音|快手|头条)(?:号|ID|id)?"
            r"\s*[:：]\s*@?[\w.\-\u4e00-\u9fff]{2,30}")
_PROMPT_ALONE = compile_either(_FOLLOW_PROMPT)
_FOLLOW_WORD = compile_either("关注")  # an element that may hold a follow prompt: 关注, 關注
# 关注某某消防 了解更多安全知识, 点击关注某某，获取更多资讯: the account named, and what more it
# brings, in a box of its own (a WeChat editor's badge over the post); a badge ends in no
# full stop, a sentence of the article does (关注气象变化，了解更多防灾知识。)
_FOLLOW_FOR_MORE = compile_either(r"(?:点击|欢迎|记得)?关注[^\s，,。！!？?]{2,12}\s*[，,]?\s*"
                                  r"(?:了解|获取|查看|收看|阅读|看)(?:更多|最新)[^\s。！!？?]{0,10}[！!]?")
_PROMPT_AND_IDS = compile_either(rf"{_FOLLOW_PROMPT}(?:\s*{_ACCOUNT})+")
_IDS = compile_either(rf"{_ACCOUNT}(?:\s+{_ACCOUNT})*")
_FOLLOW_LIMIT = 120  # characters of a follow box: a prompt and a few ids


def _short_text(el: HtmlElement, limit: int) -> str | None:
    """The element's text with its spaces folded, or None past ``limit`` characters: read no
    further than that (a box beside may hold the whole article)."""
    parts: list[str] = []
    size = 0
    for chunk in el.itertext():
        size += len(chunk.strip())
        if size > limit:
            return None
        parts.append(chunk)
    return " ".join(" ".join(parts).split())


def _follow_boxes(prompts: list[HtmlElement]) -> set[HtmlElement]:
    """Of ``prompts`` (elements whose own text names 关注), a follow prompt with the site's
    account ids under it (关注我们 / 微信号：abc_news): the site's furniture at the article's
    end. An id with no prompt before it (a press release's
    contact block, 微信号：某某 under 电话 and 邮箱) stays."""
    found: set[HtmlElement] = set()
    for el in prompts:
        text = _short_text(el, _FOLLOW_LIMIT)
        if text is None:
            continue
        if _PROMPT_AND_IDS.fullmatch(text) or _FOLLOW_FOR_MORE.fullmatch(text):
            found.add(el)
        elif _PROMPT_ALONE.fullmatch(text):
            # <p><strong>关注我们</strong></p>: the ids are the box's siblings
            while (up := el.getparent()) is not None and up.tag != "body" and (
                    _short_text(up, _FOLLOW_LIMIT) == text):
                el = up
            ids = []
            for nxt in el.itersiblings():
                if not isinstance(nxt.tag, str) or nxt.tag == "br":
                    continue
                if not _IDS.fullmatch(_short_text(nxt, _FOLLOW_LIMIT) or ""):
                    break
                ids.append(nxt)
            if ids:
                found.update([el, *ids])
    return found


# --- the notes a video player prints beside it --------------------------------------------
_PLAYER_TAGS = ("video", "iframe", "embed", "object", "audio")
# 正在加载视频, 视频加载中, 请稍候, 点击播放, 您的浏览器不支持, 请安装 Flash: the player's words
_PLAYER_NOTE = compile_either(
    r"^(?:视频|音频)?(?:正在)?(?:加载|缓冲)|^请?稍[候等]"
    r"|^(?:点击)?播放(?:视频|音频)?$|^您?的?浏览器(?:暂)?不支持|^请(?:升级|安装|下载)|^[Ll]oading")
_NOTE_LIMIT = 24  # characters of a note: a label, no sentence
_NO_NOTE_MARK = compile_either(r"[。；！？]")


# A poll built without a <form> (a box of radio or check boxes and a 提交 button): its question
# and count (已有 1286 人参与) are no article text; the inputs, labels and button go anyway.
_CHOICE_TYPES = frozenset({"radio", "checkbox"})
_SUBMIT_TYPES = frozenset({"submit", "button", "image"})
_POLL_WORDS = 80  # characters of a poll's own words besides its options: a question, a count
_POLL_UP = 4  # boxes around an option group that may hold its submit button


def _submit_control(box: HtmlElement) -> bool:
    return box.find(".//button") is not None or any(
        (el.get("type") or "").lower() in _SUBMIT_TYPES for el in box.iter("input"))


def _poll_boxes(root: HtmlElement, protected: set[HtmlElement]) -> set[HtmlElement]:
    """The boxes holding a poll outside a <form>: a group of two or more radio or check boxes
    of one name, in the nearest box around them that holds a submit control too, with few
    words of its own besides its options (never a box holding the article container)."""
    groups: dict[str, list[HtmlElement]] = {}
    for el in root.iter("input"):
        if (el.get("type") or "").lower() in _CHOICE_TYPES and el.get("name"):
            groups.setdefault(el.get("name") or "", []).append(el)
    boxes: set[HtmlElement] = set()
    for options in groups.values():
        if len(options) < 2 or any(up.tag == "form" for up in options[0].iterancestors()):
            continue  # a <form> goes whole already
        first = set(options[0].iterancestors())
        common = next((up for up in options[1].iterancestors() if up in first), None)
        for box in itertools.islice(_self_and_up(common), _POLL_UP):
            if box in protected or box.tag in ("body", "html"):
                break
            if _submit_control(box):
                if len(_own_words(box)) <= _POLL_WORDS:
                    boxes.add(box)
                break
    return boxes


# A login box built without a <form> (a portal's 会员登录 beside or under the article, sent by
# script): its password input, the labels and links around it (用户名： 密码： 注册 忘记密码？).
_LOGIN_UP = 4  # boxes around the password input that may hold its submit control
_LOGIN_WORDS = 80  # characters of the box's own words: labels, links, a heading
_LOGIN_LINK = compile_either(r"(?:会员|用户|立即)?登\s*录|登\s*入|(?i:log\s*in|sign\s*in)")


def _login_control(box: HtmlElement) -> bool:
    """A submit control, or a link or button reading 登录, inside ``box``."""
    return _submit_control(box) or any(
        _LOGIN_LINK.fullmatch((el.text_content() or "").strip()) for el in box.iter("a", "span"))


def _login_boxes(root: HtmlElement, protected: set[HtmlElement]) -> set[HtmlElement]:
    """The boxes holding a login outside a <form>: the nearest box around a password input
    that holds its submit control (an input, a button, or a 登录 link) and few words of its
    own, no sentence among them (never a box holding the article container)."""
    boxes: set[HtmlElement] = set()
    for el in root.iter("input"):
        if (el.get("type") or "").lower() != "password" or any(
                up.tag == "form" for up in el.iterancestors()):
            continue  # a <form> goes whole already
        for box in itertools.islice(el.iterancestors(), _LOGIN_UP):
            if box in protected or box.tag in ("body", "html"):
                break
            if _login_control(box):
                own = _own_words(box)
                # labels and links, no sentence (a tutorial's paragraphs around a demo field)
                if len(own) <= _LOGIN_WORDS and "。" not in own:
                    boxes.add(box)
                break
    return boxes


# A card in the article container: a picture (an avatar, a doctor's photo, a QR code) and a
# few short lines, one of them the card's own mark: an account's counts (粉丝 3.6万), a
# follow or ask button (+ 关注, 向TA提问), a reviewer's label (审核专家), a prompt to scan
# and follow (扫码关注, 长按识别二维码). Its name, title and slogan lines go with it.
_CARD_LIMIT = 120  # characters of a card's text: a name, a title, a line or two
_CARD_MARK = compile_either(
    r"\d[\d.,]*\s*[万千wW]?\s*粉丝|粉丝\s*[:：]?\s*\d|[+＋]\s*关注|向(?:TA|ta|他|她)提问|发私信|"
    r"审核(?:专家|医生|医师)|(?:扫码|扫一扫|长按(?:识别)?(?:二维码)?|识别二维码)\s*关注|"
    r"(?:扫码|扫一扫|扫描二维码)[^。！？]{0,12}(?:公众号|下载|APP|客户端)")
_CARD_TAGS = frozenset({"div", "section", "aside", "dl", "table"})
# A teaser card's read count under its headline (3.2万阅读, 阅读 1523), the card one link.
_CARD_COUNT = compile_either(r"\d[\d.,]*\s*[万千wW]?\s*(?:次|人)?(?:阅读|浏览|播放)$|"
                             r"(?:阅读|浏览|播放)(?:量|数)?\s*[:：]?\s*\d[\d.,]*\s*[万千wW]?$")
# A doctor's card in a hospital's article: a photo, the name and title (主任医师), what they
# treat (擅长：…, a sentence may close it) and a booking button (预约挂号, 去挂号), the button
# a link or a button of its own.
_BOOKING_LIMIT = 260
_BOOKING_BUTTON = compile_either(r"(?:预约|立即|去|在线)?挂号|(?:在线|立即)(?:问诊|咨询|预约)")
_DOCTOR_TITLE = compile_either(r"(?:主任|主治|住院)?(?:医师|医生)|专家|(?:副)?教授")


def _card_boxes(main: HtmlElement) -> set[HtmlElement]:
    """The cards in the article container (see _CARD_MARK): the outermost box holding a
    picture and at most _CARD_LIMIT characters, one of them a card's mark, no full stop."""
    found: set[HtmlElement] = set()
    for img in main.iter("img"):
        card = None
        for up in img.iterancestors():
            if up is main or up.tag not in _CARD_TAGS:
                break
            text = _short_text(up, _CARD_LIMIT)
            if text is None:
                break
            card = up
        text = _short_text(card, _CARD_LIMIT) if card is not None else None
        # lines and labels, no sentence: a picture beside the article's paragraphs (市民扫码
        # 关注了……。) is no card
        if card is not None and text and _CARD_MARK.search(text) and "。" not in text:
            found.add(card)
            continue
        booking = _booking_card(img, main)
        if booking is not None:
            found.add(booking)
    for el in main.iterdescendants(*_CARD_TAGS):
        text = _short_text(el, _CARD_LIMIT)
        if (text and "。" not in text and _counted_card(el)
                and not any(_inside(el, box) for box in found)):
            found.add(el)
    return found


def _counted_card(card: HtmlElement) -> bool:
    """A teaser card: one link, a line of it ending on its read count (3.2万阅读)."""
    if not _whole_link(card):
        return False
    return any(_CARD_COUNT.search(" ".join(d.text_content().split()))
               for d in card.iter("p", "span", "div", "em", "i") if len(d) == 0)


def _booking_card(img: HtmlElement, main: HtmlElement) -> HtmlElement | None:
    """The outermost box around ``img`` of at most _BOOKING_LIMIT characters holding a doctor's
    title and a booking button of its own (a link or button whose whole text is 预约挂号)."""
    card = None
    for up in img.iterancestors():
        if up is main or up.tag not in _CARD_TAGS or _short_text(up, _BOOKING_LIMIT) is None:
            break
        card = up
    if card is None:
        return None
    button = any(_BOOKING_BUTTON.fullmatch("".join(b.text_content().split()))
                 for b in card.iter("a", "button"))
    return card if button and _DOCTOR_TITLE.search(card.text_content()) else None


def _self_and_up(el: HtmlElement | None) -> Iterator[HtmlElement]:
    while el is not None:
        yield el
        el = el.getparent()


_NOT_OWN = frozenset({"label", "button", "select", "textarea"})


def _own_words(box: HtmlElement) -> str:
    """The box's text outside its labels and buttons, white space out."""
    return "".join(_words_outside_controls(box).split())


def _words_outside_controls(el: HtmlElement) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _NOT_OWN:
            parts.append(_words_outside_controls(child))
        parts.append(child.tail or "")
    return "".join(parts)


# boxes around the article container that may hold its thread of answers: a Q&A page's
# answer text nests four deep in its card (text, inner, content, item, card), the column of
# cards one further out
_THREAD_UP = 5
_THREAD_UP_FLOORS = 12  # and of a forum's posts (a Discuz! post nests its text in 9 boxes)
_ITEM_FIELD_MAX = 24  # characters of a field a template prints in every item of a list
_ITEM_FIELD_MIN = 3  # items that print it
_TABLE_CELLS = frozenset({"td", "th", "tr", "table"})


def _item_fields(main: HtmlElement) -> set[HtmlElement]:
    """Blocks of the article printing the same short words in each of three or more sibling
    items (a live blog's 主持人：某某融媒 under every entry, 展开 under every card): the
    template's field, no text of the article: a credit or a control (``_TEMPLATE_FIELD``).
    One element an item, each in its own item, the items children of one list; a line ending
    in a colon (a transcript's 主持人：) is a label over the item's words, a fact each item
    states alike (地点：市会展中心) is the article's, and a refrain repeated in one container
    is no field; nor is a data table's column (亿元 in every row), nor a value in every row
    of a list whose items hold no sentence (a list of names, 男 or 本科 in each)."""
    by_text: dict[str, list[HtmlElement]] = {}
    for el in main.iter(*BLOCK_TAGS):
        if (el is main or el.tag in _TABLE_CELLS
                or any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el)
                or any(up.tag in _TABLE_CELLS for up in el.iterancestors())):
            continue
        text = " ".join(el.text_content().split())
        if 0 < len(text) <= _ITEM_FIELD_MAX and _TEMPLATE_FIELD.fullmatch(text):
            by_text.setdefault(text, []).append(el)
    found: set[HtmlElement] = set()
    for els in by_text.values():
        if len(els) < _ITEM_FIELD_MIN:
            continue
        items = [el.getparent() for el in els]
        lists = {id(item.getparent()) for item in items if item is not None}
        if (None not in items and len({id(item) for item in items}) == len(items)
                and len(lists) == 1 and all(item is not main for item in items)
                and all(_ITEM_PROSE.search(item.text_content()) for item in items)):
            found.update(els)
    return found


# What a template prints under each entry: who made it (a role and a name: 主持人：某某融媒,
# 编辑：某某) or a control (展开, 查看全文). A fact each item states alike (地点：市会展中心 under
# each session of a schedule, 用时约2分钟 under each step, 某某局回复 over each answer) is
# the article's; a role alone over the words (主持人：) is a speaker's label.
_TEMPLATE_FIELD = compile_either(
    r"(?:主持人?|主播|直播员?|编辑|责编|责任编辑|值班编辑|记者|摄影|摄像|来源|作者|供稿|通讯员|播报)"
    r"\s*[:：]\s*\S.*|展开(?:全文)?|收起|查看(?:全文|更多|详情)|阅读全文")


# Each item of the list says something (a clause and its stop): entries, not a data list's
# rows of short values (男 | 本科 | 合格 in every row of a list of names built of <div>s).
_ITEM_PROSE = compile_either(r"[^\s。！？!?]{8,}[。！？!?]")


_ENTRY_BYLINE_MAX = 16  # characters of a role and a name beside the time (主持人 某某融媒)
_ENTRY_BYLINE_WORD = compile_either(r"[\u4e00-\u9fffA-Za-z]")
_ENTRY_BYLINE_MARK = compile_either(r"[，。！？；,!?;]")
_ENTRY_HEADS = ("div", "p", "header", "dt", "h3", "h4", "h5")


def _entry_bylines(main: HtmlElement) -> set[HtmlElement]:
    """The inline elements beside the time heading each entry of a live page's list (<div
    class=meta><span>10:45</span><span>主持人</span><span>陶然</span></div> over the entry's
    words): the post's role and name, its byline; the time stays, the entry's. The head is its
    entry's first element, two or more sibling entries open so, each with a sentence of its
    own, and a byline comes back in more than one entry (the host posts again): a schedule's
    session names beside their times (09:00 开幕式), each said once, are its text."""
    by_list: dict[HtmlElement, list[tuple[str, list[HtmlElement]]]] = {}
    for row in main.iter(*_ENTRY_HEADS):
        item = row.getparent()
        if row is main or item is None or item.getparent() is None:
            continue
        kids = [c for c in row if isinstance(c.tag, str)]
        if (len(kids) < 2 or any(c.tag not in _INLINE_TAGS for c in kids)
                or (row.text or "").strip() or any((c.tail or "").strip() for c in kids)
                or next((c for c in item if isinstance(c.tag, str)), None) is not row
                or not ENTRY_TIME.fullmatch("".join(kids[0].text_content().split()))):
            continue
        rest = " ".join(" ".join(c.text_content().split()) for c in kids[1:]).strip()
        if (len(rest) > _ENTRY_BYLINE_MAX or not _ENTRY_BYLINE_WORD.search(rest)
                or _ENTRY_BYLINE_MARK.search(rest) or not _ITEM_PROSE.search(item.text_content())):
            continue
        by_list.setdefault(item.getparent(), []).append((rest, kids[1:]))
    found: set[HtmlElement] = set()
    for rows in by_list.values():
        names = [rest for rest, _ in rows]
        if len(rows) >= 2 and len(set(names)) < len(names):
            found.update(el for _, els in rows for el in els)
    return found


def _player_notes(players: list[HtmlElement]) -> set[HtmlElement]:
    """Short boxes beside one of the ``players`` (video, audio, iframe) in its wrapper that
    speak of loading or playing it (<div class="tip">正在加载视频…</div>): the player's
    furniture, which goes with it. A caption or heading beside a player stays."""
    found: set[HtmlElement] = set()
    for player in players:
        wrapper = player.getparent()
        if wrapper is None or wrapper.tag in ("body", "html"):
            continue
        for box in wrapper:
            if box is player or not isinstance(box.tag, str) or box.tag in _PLAYER_TAGS:
                continue
            text = _short_text(box, _NOTE_LIMIT)
            if (text and _PLAYER_NOTE.search(text)
                    and not _NO_NOTE_MARK.search(text.rstrip("。.…"))):
                found.add(box)
    return found


_SHINGLE = 16  # characters of a sample of the text that a copy of it holds too


def _copy_of(el: HtmlElement, other: HtmlElement) -> bool:
    """True if ``el`` holds most of ``other``'s text: samples of 16 characters, one every 16,
    at least three, two in three of them found in ``el``."""
    return _holds_most(el, other.text_content())


def _holds_most(el: HtmlElement, text: str) -> bool:
    """True if ``el`` holds most of ``text`` (``_copy_of``'s samples)."""
    mine = "".join(el.text_content().split())
    theirs = "".join(text.split())
    samples = [theirs[i:i + _SHINGLE] for i in range(0, len(theirs) - _SHINGLE + 1, _SHINGLE)]
    return len(samples) >= 3 and sum(1 for x in samples if x in mine) * 3 >= 2 * len(samples)


# document.write("…") / writeln: the script's string literals are the HTML it writes
_DOCUMENT_WRITE = compile_either(r"document\s*\.\s*write(?:ln)?\s*\(")
_JS_STRING = compile_either(r"'((?:[^'\\\n]|\\.)*)'" + r'|"((?:[^"\\\n]|\\.)*)"')
_JS_ESCAPE = compile_either(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")


def _js_unescape(m: re.Match[str]) -> str:
    code = m.group(1)
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return {"n": "\n", "t": " ", "r": ""}.get(code, code)


def _written_text(script: HtmlElement, limit: int = 200) -> str:
    """The words a script writing HTML into the page (document.write) prints: its string
    literals joined and read as HTML; "" for any other script."""
    code = script.text or ""
    if not _DOCUMENT_WRITE.search(code):
        return ""
    literal = "".join(_JS_ESCAPE.sub(_js_unescape, a or b) for a, b in _JS_STRING.findall(code))
    if "<" not in literal and not _WORD.search(literal):
        return ""
    try:
        fragment = html.fragment_fromstring(literal, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    return shorten(" ".join(fragment.text_content().split()), limit)


def prune_tree(
    root: HtmlElement, seen_hidden: dict[HtmlElement, str] | None = None,
) -> tuple[list[Removal], HtmlElement | None, Thread | None, str | None]:
    """Prune ``root`` in place; return the removals, the article container kept, the
    thread of posts in it (a forum's or a Q&A page's), if any, and the text of the block
    right under the container when it was pruned (see ``_foot_row``). ``seen_hidden``:
    hidden_elements(root) when the caller has it already (the tree unchanged since)."""
    hidden = dict(seen_hidden) if seen_hidden is not None else hidden_elements(root)
    # A page may hide its own article until a script reveals it (WeChat's js_content):
    # a hidden article container is the article, not spam; so are the pages of an article a
    # script pages through, all saved in the page, and the rest a touch page folds away.
    for el in list(hidden):
        if article_marker(el):
            del hidden[el]
    # (a tab box's hidden panels too, but only those in the article found without them)
    tabs = tab_panels(hidden)
    for el in paged_article_pages(hidden) | folded_rest(hidden):
        del hidden[el]
    ignore = set(hidden)
    players: list[HtmlElement] = []
    prompts: list[HtmlElement] = []  # elements whose own text names 关注: a follow prompt?
    for el in iter_elements(root):
        if el.tag in _ALWAYS:
            ignore.add(el)
            if el.tag in _PLAYER_TAGS:
                players.append(el)
        elif el.text and _FOLLOW_WORD.search(el.text):
            prompts.append(el)
    # Comment lists and feeds by their shape: ignored, so the article is never found in them.
    feeds = feed_items(root)
    stats = subtree_stats(root, ignore | _within(feeds))
    main = find_main(root, stats)
    if main is None or stats[main].mass < _ARTICLE_MASS:
        # no article outside the hidden blocks: one of them may be the article a script
        # reveals, found by its headline where no class name says so
        revealed = unrevealed_article(hidden)
        if revealed:
            for el in revealed:
                del hidden[el]
                ignore.discard(el)
            stats = subtree_stats(root, ignore | _within(feeds))
            main = find_main(root, stats)
    if main is not None and any(up in hidden for up in main.iterancestors()):
        # Found inside a hidden block: the page's one article a script reveals, or a second
        # copy of it (a mobile one the page's <style> hides). A copy of it outside is the
        # article the reader sees.
        shown = subtree_stats(root, ignore | _within(feeds), whole=True)
        seen = find_main(root, shown)
        if seen is not None and _copy_of(seen, main):
            stats, main = shown, seen

    def no_article_beside(rule: str) -> bool:
        """Runs of this rule were found, and no article outside them."""
        return (any(found == rule for found, _ in feeds.values())
                and (main is None or stats[main].mass < _ARTICLE_MASS))

    # No article outside the run of posts: a forum thread, whose first post is the article
    # (forum_thread below tells it from the replies). No sentence on the page outside the runs
    # of linked headlines and summaries: a digest (今日要闻) whose items are the article, not
    # a feed beside one. Either way the runs are read again and the container found anew.
    for rule in ("comment_list", "feed_list"):
        if no_article_beside(rule) and (rule != "feed_list" or not prose_outside(root, feeds)):
            feeds = {el: found for el, found in feeds.items() if found[0] != rule}
            stats = subtree_stats(root, ignore | _within(feeds))
            main = find_main(root, stats)
    protected: set[HtmlElement] = set()
    node = main
    while node is not None:
        protected.add(node)
        node = node.getparent()
    in_main: set[HtmlElement] = set(main.iter()) if main is not None else set()
    article_heads = {el for head in root.iter("header") if _article_header(head, main)
                     for el in head.iter()}
    # a tab box's hidden panels are the article's inside it only: a side column's tabs of
    # prose (a leader's profile, the latest comments) stay as hidden as the page saved them
    for el in tabs & in_main:
        del hidden[el]
    # A thread of posts in the container: the opening post is the article, the replies go.
    thread = forum_thread(main) if main is not None else None
    if thread is None and main is not None:
        # the container found may be the first answer's own text (one long answer, the next
        # ones folded) or the opening post's: the thread is in a box around it, the answer or
        # the post holding the container
        for n, up in enumerate(itertools.islice(main.iterancestors(), _THREAD_UP_FLOORS)):
            around = forum_thread(up)
            if around is not None and (not around.answers or n < _THREAD_UP) and (
                    around.first is main or _inside(main, around.first)):
                # a forum's posts around the opening post's text (a Discuz! post nests it
                # nine boxes deep): its replies go as in a thread found in the container;
                # whether its poster is the publisher is left as those pages had it (none)
                thread = around if around.answers else replace(around, poster=None)
                break
    replies = set(thread.replies) if thread is not None else set()
    signatures = set(thread.signatures) if thread is not None else set()
    post_head = thread.head_row if thread is not None else None
    follow = _follow_boxes(prompts)
    polls = _poll_boxes(root, protected)
    logins = _login_boxes(root, protected)
    notes = _player_notes(players)
    fields = _item_fields(main) if main is not None else set()
    bylines = _entry_bylines(main) if main is not None else set()
    teasers = _teaser_boxes(main, ignore, stats) if main is not None else set()
    related = _related_runs(main, ignore) if main is not None else set()
    cards = _card_boxes(main) if main is not None else set()
    title_el = root.find(".//title")
    owners = _owner_boxes(root, stats, "".join(
        (title_el.text_content() if title_el is not None else "").split()))
    counters = _slide_counters(root)
    planted = planted_pieces(main) if main is not None else {}

    tree = root.getroottree()
    head = root.find("head")
    doomed: list[tuple[HtmlElement, str, str]] = []
    skip: HtmlElement | None = None
    for el in iter_elements(root):
        if skip is not None and _inside(el, skip):
            continue
        if el is head:
            skip = el  # metadata lives there; scripts in it go below
            continue
        found: tuple[str, str] | None = None
        if el in protected:
            continue
        if el.tag in _ALWAYS:
            found = (_ALWAYS[el.tag], _RUBY_WHY if _ALWAYS[el.tag] == "ruby_annotation"
                     else f"<{el.tag}> carries no article text")
        elif el in hidden:
            found = ("hidden_element", hidden[el])
        elif el in replies and thread is not None and thread.answers:
            found = ("other_answer", "an answer after the first: the question and its first "
                     "answer are the article")
        elif el in replies:
            found = ("forum_reply", "a reply after the thread's opening post")
        elif post_head is not None and el is post_head:
            found = ("forum_post_head", "the opening post's head row: the poster's handle and "
                     "ranks beside its floor (某某 Lv.6 楼主)")
        elif el in signatures:
            found = ("forum_signature", "the poster's signature under the opening post (签名档): "
                     "the lines they print under every post")
        elif el in owners:
            found = ("owner_box", "a box under the label of the site's own (领导简介, 机构职能): "
                     "its leader's or its duties' prose, printed beside every article")
        elif el in follow:
            found = ("follow_account", "an account's id under a follow prompt (关注我们)")
        elif el in planted:
            found = ("planted_piece", "a spam mirror's keyword piece set between the words of a "
                     "sentence in an element of its own, one of them selling (see html.planted)")
        elif el in polls:
            found = ("poll_box", "a poll outside a form: its question, options and submit "
                     "button, its count of votes")
        elif el in logins:
            found = ("login_box", "a login box outside a form: its password input, labels and "
                     "links (用户名： 密码： 注册 忘记密码？)")
        elif el in notes:
            found = ("player_note", "a player's loading or playback note beside it")
        elif el in counters:
            found = ("slide_counter", "a gallery's slide counter (2/6), one on each slide, the "
                     "same count of slides in each")
        elif el in fields:
            found = ("item_field", "the same short words in every item of a list in the "
                     "article: the template's field (主持人：某某 under each entry)")
        elif el in bylines:
            found = ("entry_byline", "the role and name beside the time heading each entry of a "
                     "live page (10:45 主持人 某某): the post's byline; the time stays")
        elif el in feeds:
            found = feeds[el]
        else:
            # the <header> of the <article> the text is in (a post's account, its time) is the
            # article's own, not the page's, however narrow the text's container: judged as
            # the container's elements are
            found = _chrome_reason(el, stats.get(el), el in in_main or el in article_heads)
            if found and found[0] == "chrome_class" and (
                    _in_sentence(el) or _editors_note(el)
                    or any(_official_reply(up) for up in itertools.islice(
                        _self_and_up(el), _OFFICIAL_REPLY_UP))):
                # A class name cannot make a word of a sentence chrome (a stock-name link
                # classed "keyword" on a portal); cutting it garbles the sentence.
                found = None
            if found and found[0] == "aside_element" and el in in_main and main is not None and (
                    _own_words_aside(el, main, stats.get(el))):
                found = None
            if found and found[0] == "link_block" and el in in_main and _introduced_list(el):
                found = None
            if found is None and el in cards:
                found = ("card_box", "a card in the article: a picture and a few short lines, "
                         "an account's counts, a reviewer's label or a scan prompt among them")
            if found is None and el in teasers:
                found = ("teaser_box", "a label naming related reading over linked headlines, "
                         "each with its summary, after the article's last paragraph")
            if found is None and el in related:
                found = ("related_run", "a label naming related reading among the article's "
                         "paragraphs and the linked headlines right under it, one a block")
            if found is None and _heading_tool(el):
                found = ("heading_tool", "a heading's permalink mark (#, ¶) or edit link "
                         "([编辑]) inside it, no word of the heading")
            if found is None and _fact_box(el):
                found = ("fact_box", "a box of label and value rows floated beside the text (a "
                         "wiki's infobox): a summary card, no sentence of the article")
            if found is None and _license_notice(el):
                found = ("license_notice", "the post's licence notice (本文采用 CC BY 4.0 "
                         "许可协议): a short block linking a licence, no article text after it")
            if found is None and _stock_quote(el):
                found = ("stock_quote", "quote ticker (price, change, percent) after a name")
            if found is None and _stock_tool(el):
                found = ("stock_tool_link", "a stock's forum or quote link after its code")
            if found is None and main is not None and _comment_section(el) and (
                    el not in in_main or _nothing_read_after(el, main, ignore, stats)):
                found = ("comment_section", "a box opening with its own heading naming comments "
                         "(评论（2）, 网友评论), after the article or outside it: the readers' "
                         "comments, whatever its class")
            if found is None and _labelled_ad(el):
                found = ("labelled_ad", "a box under its own ad label (广告, 推广) whose other "
                         "words are all links, or none: an ad slot or a sponsored card")
            # A class name is weak evidence against a block that carries much of the article's
            # prose (a text div also classed "bshare_pop" on one portal template).
            st = stats.get(el)
            if (
                found
                and found[0] == "chrome_class"
                and main is not None
                and st is not None
                and el in in_main
                and st.mass >= 0.5 * stats[main].mass
            ):
                found = None
        if found:
            doomed.append((el, *found))
            skip = el
    doomed += _link_block_headings(doomed, stats, protected | _named_headlines(root, head))
    doomed += _subscribe_pitches(doomed, protected)
    if head is not None:
        for el in head.iter("script", "style", "noscript", "link"):
            if el.tag == "link" and (el.get("rel") or "").lower() == "canonical":
                continue  # no text, but the page's address: metadata reads it (a date in it)
            doomed.append((el, "script_element", f"<{el.tag}> carries no article text"))

    # Script and style bodies are code, not text a reviewer needs: keep a short excerpt. A
    # script writing HTML into the page is recorded by the words it writes (a mirror's link
    # farm in document.write: the saved page holds the script, a browser shows its output),
    # and a <noscript> or <template> by its words, as a hidden block is.
    paths = _PathMemo(tree)
    removals = []
    for el, rule, why in doomed:
        written = _written_text(el) if el.tag == "script" else ""
        if written:
            why = "<script> writing HTML into the page (document.write): no article text"
        removals.append(Removal(NAME, rule, why, written or _first_text(
            el, 80 if el.tag in ("script", "style") else 200), paths(el)))
    if main is not None:
        for pre in main.iter("pre"):
            _unwrap_pre(pre)
    foot = _foot_row(main, {el for el, _, _ in doomed}) if main is not None else None
    counted = main is not None and sum(_inside(c, main) for c in counters) >= 2
    for el, _, _ in doomed:
        _drop(el)
    if main is not None and not captions_are_text(main):
        # After the chrome is gone, so a share bar between a picture and its caption is no gap.
        # A photo set's captions are its text (captions_are_text, or counted slides telling
        # more than the prose around them): none is dropped.
        captions = find_captions(main)
        if (counted and _slides_tell(main, captions)) or _boxed_set(main):
            captions = []
        for cap in captions:
            path = tree.getpath(cap.element)
            if cap.tail:
                removals.append(Removal(NAME, "image_caption", cap.why, shorten(cap.text),
                                        f"{path}/following-sibling::text()[1]"))
                cap.element.tail = None
            else:
                removals.append(Removal(NAME, "image_caption", cap.why, shorten(cap.text), path))
                _drop(cap.element)
    return removals, main, thread, foot


# A sentence's end anywhere in a line: a told caption, a line of prose.
_TOLD = compile_either(r"[。！？；!?;]")


def _slides_tell(main: HtmlElement, captions: list[Caption]) -> bool:
    """The captions of a gallery whose slides are counted (1/5 … 5/5) tell its story: two or
    more sentences under pictures, as long together as the prose around them or longer (a lead
    over the slides, a slide of two sentences). Named by structure, not by a caption class, so
    a hashed or bare class reads as ``captions_are_text`` reads slide-txt. An article with a
    slide show above its own longer prose keeps its captions out."""
    told = [cap.text for cap in captions if _TOLD.search(cap.text)]
    if len(told) < 2:
        return False
    told_chars = sum(len(text) for text in told)
    prose = sum(len(line) for line in block_lines(main) if _TOLD.search(line))
    return told_chars >= prose - told_chars


# A photo set told in boxes: this many pictures or more, each boxed with its own sentences in
# one line (a slide's text; an article's section holding a picture adds a paragraph to its
# caption).
_BOXED_SET_PICTURES = 3
_BOXED_SET_LINES = 1


def _picture_box(img: HtmlElement, main: HtmlElement) -> HtmlElement | None:
    """The largest box below ``main`` that holds ``img`` and no other picture, or None."""
    box = None
    parent = img.getparent()
    while parent is not None and parent is not main:
        if sum(1 for other in parent.iter("img") if _picture(other)) > 1:
            break
        box, parent = parent, parent.getparent()
    return box


def _picture(img: HtmlElement) -> bool:
    """An image shown as a picture: not an icon or an emoji (a width or height under 60 px)."""
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) < 60:
            return False
    return True


def _boxed_set(main: HtmlElement) -> bool:
    """A picture page whose story is told under its pictures, read by structure as
    ``captions_are_text`` reads a caption class (hashed or bare classes name nothing): three
    pictures or more, each in a box of its own with one line of text that ends a sentence, and
    outside those boxes at most one line of prose (the set's lead), shorter than the boxed text
    together. An article whose own paragraphs stand beside its captioned pictures keeps its
    captions out."""
    boxes: list[HtmlElement] = []
    for img in main.iter("img"):
        box = _picture_box(img, main) if _picture(img) else None
        if box is not None and not any(box is seen for seen in boxes):
            boxes.append(box)
    told = [box for box in boxes if _TOLD.search(box.text_content() or "")]
    if len(told) < _BOXED_SET_PICTURES or any(
            len(block_lines(box)) > _BOXED_SET_LINES for box in told):
        return False
    # The lines of prose outside the boxes: the container's lines less the boxes' own.
    outside = Counter(line for line in block_lines(main) if _TOLD.search(line))
    for box in told:
        outside.subtract(block_lines(box))
    prose = [line for line, n in outside.items() for _ in range(max(n, 0))]
    told_chars = sum(len(line) for box in told for line in block_lines(box))
    return not prose or (len(prose) == 1 and len(prose[0]) < told_chars)


# --- a notice pasted as preformatted text ------------------------------------------------------
_CJK = compile_either(r"[\u4e00-\u9fff]")
_WRAP_MIN = 20  # characters of a line a typist broke at the width: longer than a heading
_WRAP_LINES = 3  # lines of that one width: a wrapped text, not a few long ones by chance
_INDENT = compile_either(r"^(?:\u3000|\s{2,})")


def _unwrap_pre(pre: HtmlElement) -> None:
    """Join the lines of Chinese prose a <pre> broke at a fixed width inside its sentences (an
    old notice pasted as typed: 36 characters a line, a blank line or an indent opening each
    paragraph), so each paragraph reads as one line. A line shorter than the width, or one the
    next opens with an indent or a blank line after, ends its paragraph; code, verse and
    tables (no one width shared by most long lines, or little Chinese) stay as printed. The
    <pre> becomes a <div> of one <p> a line."""
    if len(pre) or not pre.text:
        return
    lines = pre.text.split("\n")
    widths = Counter(len(line.rstrip()) for line in lines if len(line.rstrip()) >= _WRAP_MIN)
    if not widths:
        return
    width, count = widths.most_common(1)[0]
    text = pre.text
    if count < _WRAP_LINES or len(_CJK.findall(text)) < len("".join(text.split())) / 2:
        return
    out: list[str] = []
    for line in lines:
        glued = bool(out) and len(out[-1].rstrip()) >= width and out[-1].strip() != "" and (
            line.strip() and not _INDENT.match(line))
        if glued:
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    # each line a paragraph of its own: an extractor reading the block whole may run a
    # preformatted text's lines together
    pre.tag = "div"
    pre.text = None
    for line in out:
        if line.strip():
            html.etree.SubElement(pre, "p").text = line.strip()


# A link to a licence: rel="license" (HTML's own link type) or a Creative Commons deed.
_LICENSE_HREF = compile_either(r"creativecommons\.org/(?:licenses|publicdomain)/", re.IGNORECASE)
_LICENSE_BOXES = frozenset({"p", "div", "section", "footer", "blockquote", "aside", "li"})
_LICENSE_MAX = 200  # characters of a licence notice, at most
# a block after it that ends a sentence of this many characters or more: the post goes on
_PROSE_AFTER = compile_either(r"[^。！？!?]{15,}[。！？!?]")


def _license_notice(el: HtmlElement) -> bool:
    """A short block linking the licence its post is under (本文采用 <a rel="license">CC
    BY-NC-SA 4.0</a> 许可协议，转载请注明出处), with no text of the post after it: a notice
    the blog's theme prints under each post. A paragraph that links a licence mid-text stays."""
    if el.tag not in _LICENSE_BOXES:
        return False
    if not any("license" in (a.get("rel") or "").lower().split()
               or _LICENSE_HREF.search(a.get("href") or "") for a in el.iter("a")):
        return False
    if len("".join(el.text_content().split())) > _LICENSE_MAX:
        return False
    return not any(_PROSE_AFTER.search("".join(sib.text_content().split()))
                   for sib in el.itersiblings() if isinstance(sib.tag, str))


# A heading's own tools a generator prints inside it: the permalink to the heading (VuePress's
# and Docusaurus's #, Sphinx's and MkDocs's ¶, a link icon's §), a wiki's edit link ([编辑],
# [edit]). Text a reader never reads as the heading's: left in, it reads 历史[编辑], # 领取.
_SECTION_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADING_TOOL_DEPTH = 3  # boxes between a heading and its tool
_SELF_LINK_MAX = 2  # characters of a permalink's mark: #, ¶, §, a link emoji
_EDIT_LINK = compile_either(
    r"^[\[【［(（]?(?:编辑|编辑本段|编辑章节|修改|edit|编辑源代码|edit source)[\]】］)）]?$",
    re.IGNORECASE)


def _heading_tool(el: HtmlElement) -> bool:
    """A heading's permalink or edit link, inside the heading (with the brackets around it),
    beside the heading's own words: a link to an anchor of the page whose text is a mark with
    no word in it, or an edit verb alone after the heading's words. A heading that is nothing
    but the link, or whose link reads words (<a href="#s1">一、总体要求</a>), is the heading."""
    if el.tag not in ("a", "span", "sup", "small"):
        return False
    heading = next((up for up in itertools.islice(el.iterancestors(), _HEADING_TOOL_DEPTH)
                    if up.tag in _SECTION_HEADINGS), None)
    if heading is None or (el.tag != "a" and el.find(".//a") is None):
        return False
    text = "".join(el.text_content().split())
    whole = "".join(heading.text_content().split())
    if not _WORD.search(whole.replace(text, "", 1)):
        return False  # nothing of the heading's own left: the link is the heading
    if _EDIT_LINK.match(text):
        # the heading's last word: 编辑 opening it (编辑部的安排) is a word of the heading
        return not _WORD.search(whole[whole.rfind(text) + len(text):])
    links = [el] if el.tag == "a" else list(el.iter("a"))
    return (len(links) == 1 and (links[0].get("href") or "").startswith("#")
            and len(text) <= _SELF_LINK_MAX and not _WORD.search(text))


# A box of facts floated beside the article's text (a wiki's infobox: 位置 | 某镇某村, 始建 | 明代):
# a summary card of label and value rows, its picture and caption, no sentence of the article.
_FLOATED = compile_either(r"(?:^|[;\s])float\s*:\s*(?:left|right)", re.IGNORECASE)
_FACT_ROWS = 3  # label and value rows at least: a card, not a table's odd pair
_FACT_LABEL = 8  # characters of a row's label
_FACT_VALUE = 40  # characters of a row's value: a fact, no paragraph
_FACT_SENTENCE = compile_either(r"[。！？!?]")


def _fact_box(el: HtmlElement) -> bool:
    """A <table> floated left or right (its style, or align=left|right) whose rows are a short
    label and a short value, one pair a row (a title or picture row spanning both besides)."""
    if el.tag != "table" or not (
            _FLOATED.search(el.get("style") or "")
            or (el.get("align") or "").strip().lower() in ("left", "right")):
        return False
    pairs = 0
    for row in el.iter("tr"):
        cells = [c for c in row if c.tag in ("th", "td")]
        if len(cells) == 1 and (cells[0].get("colspan") or "").strip() not in ("", "1"):
            continue  # the card's title or picture, across both columns
        if len(cells) != 2:
            return False
        label, value = ("".join(c.text_content().split()) for c in cells)
        if (not label or len(label) > _FACT_LABEL or len(value) > _FACT_VALUE
                or _FACT_SENTENCE.search(value)):
            return False
        pairs += 1
    return pairs >= _FACT_ROWS


def _within(blocks: Iterable[HtmlElement]) -> set[HtmlElement]:
    """The blocks and everything in them: no container inside a pruned run is the article."""
    return {el for block in blocks for el in block.iter() if isinstance(el.tag, str)}


def _foot_row(main: HtmlElement, doomed: set[HtmlElement]) -> str | None:
    """The text of the first block after the article container when it is pruned: a county
    site prints its 信息来源/发布时间 row there, in a box classed like the page's footer."""
    node: HtmlElement | None = main
    while node is not None and node.tag != "body":
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            text = " ".join(sib.text_content().split())
            if text:
                return text if sib in doomed and len(text) <= _FOOT_LIMIT else None
        node = node.getparent()
    return None


_FOOT_LIMIT = 160  # characters of a row of fields


# --- the heading of a pruned link block ----------------------------------------------------
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADING_BOXES = frozenset({"div", "p", "span", "strong", "b", "dt", "section", "font", "center"})
_HEADING_LIMIT = 16  # characters: 相关阅读, 热点推荐, 编辑精选：, 更多视频
_SECTION_NUMBER = compile_either(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十\d]+[章节条部分])"
)
_NO_HEADING_MARK = compile_either(r"[，。；！？,;!?“”\"]")
_NOT_IN_HEADING = frozenset({"p", "ul", "ol", "li", "table"})  # a box of these holds more
_BLOCK_RULES = frozenset({"link_block", "chrome_class", "aside_element", "nav_element"})
_ARTICLE_MASS = 150  # prose enough outside a run of comments to be the article
_SHAPE_RULES = frozenset({"comment_list", "feed_list"})  # see feeds.py


_HEADLINE_META = frozenset({"og:title", "twitter:title", "title", "articletitle"})


def _named_headlines(root: HtmlElement, head: HtmlElement | None) -> set[HtmlElement]:
    """The elements printing the headline a meta tag names (og:title, <meta name="title">):
    over a section's menu they are the article's headline, no heading of its links."""
    if head is None:
        return set()
    names = {re.sub(r"\s+", "", el.get("content") or "") for el in head.iter("meta")
             if (el.get("property") or el.get("name") or "").lower() in _HEADLINE_META}
    # and the title a share script hands its buttons (var shareData = {title: '…'})
    names.update(re.sub(r"\s+", "", t) for el in root.iter("script")
                 for t in SHARE_TITLE.findall(el.text or ""))
    names.discard("")
    body = root.find("body")
    if not names or body is None:
        return set()
    # the element's own text opens as a name does: few elements are read whole
    opens = {n[:2] for n in names}
    return {el for el in body.iter() if isinstance(el.tag, str) and len(el) <= 3
            and el.text and el.text.lstrip()[:2] in opens
            and re.sub(r"\s+", "", el.text_content()) in names}


def _link_block_headings(
    doomed: list[tuple[HtmlElement, str, str]], stats: dict[HtmlElement, Stats],
    protected: set[HtmlElement],
) -> list[tuple[HtmlElement, str, str]]:
    """The heading right above a pruned block of links (<h3>相关阅读</h3>, <div class="title">
    热点推荐</div>) or a pruned <form> (满意度评价 over its radio buttons), which goes with its
    block: left alone it is a stray line in the text.

    A numbered section heading (一、工作目标) is the article's, and stays."""
    gone = {el for el, _, _ in doomed}
    found: list[tuple[HtmlElement, str, str]] = []
    for el, rule, _ in doomed:
        st = stats.get(el)
        if rule in _SHAPE_RULES:
            pass  # a comment list or feed, found by its shape: its stats were left empty
        elif rule == "form_element" and el.tag == "form":
            pass  # a form's own heading (满意度评价, 发表评论) is left over nothing
        elif rule not in _BLOCK_RULES or st is None or not st.chars or len(
                el.findall(".//a")) < 2 or st.link_chars < 0.5 * st.chars:
            continue
        prev = el.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()  # a comment between them
        if (prev is None or prev in gone or prev in protected or (prev.tail or "").strip()
                or any(up in gone for up in prev.iterancestors())):
            continue
        if _heading_like(prev):
            gone.add(prev)
            found.append((prev, "link_block_heading",
                          "the heading of a block of links pruned with it"))
    return found


# A newsletter's form: an e-mail field, or a button or field naming the subscription.
_SUBSCRIBE_WORD = re.compile(r"订阅|訂閱|(?i:subscribe|newsletter)")
_PITCH_MAX = 60  # characters of a line of the box's pitch over its form
_PITCH_BOX_MAX = 120  # characters of the whole box beside its form: no article's container
_PITCH_LINES = 2


def _subscribe_form(form: HtmlElement) -> bool:
    """A <form> asking for an e-mail address or for a subscription (立即订阅)."""
    for el in form.iter("input", "button"):
        if (el.get("type") or "").lower() == "email":
            return True
        words = " ".join(filter(None, (el.get("value"), el.get("placeholder"), el.text_content()
                                       if el.tag == "button" else None)))
        if _SUBSCRIBE_WORD.search(words):
            return True
    return False


def _subscribe_pitches(
    doomed: list[tuple[HtmlElement, str, str]], protected: set[HtmlElement],
) -> list[tuple[HtmlElement, str, str]]:
    """The pitch and heading above a pruned newsletter form in a box of their own (<h3>订阅某某
    电子报</h3><p>每天早上7时，把最新头条送到您的邮箱。</p><form>…): left alone, the pitch is a
    sentence under the article with nothing it asks for. The box holds little else: an
    article's container over a form is the article's."""
    gone = {el for el, _, _ in doomed}
    found: list[tuple[HtmlElement, str, str]] = []
    for form, rule, _ in doomed:
        box = form.getparent()
        if rule != "form_element" or form.tag != "form" or box is None or box in gone:
            continue
        before = [el for el in box if isinstance(el.tag, str)]
        before = before[:before.index(form)]
        rest = sum(len("".join(el.text_content().split())) for el in box
                   if isinstance(el.tag, str) and el is not form)
        if (not before or len(before) > _PITCH_LINES or rest > _PITCH_BOX_MAX
                or (box.text or "").strip() or not _subscribe_form(form)
                or any(el in protected or el in gone or (el.tail or "").strip()
                       or len("".join(el.text_content().split())) > _PITCH_MAX
                       for el in before)):
            continue
        for el in before:
            gone.add(el)
            found.append((el, "subscribe_box", "the pitch or heading of a newsletter's box "
                          "over its subscription form"))
    return found


def _heading_like(el: HtmlElement) -> bool:
    """A short, unpunctuated, unnumbered label in a heading or a box of its own."""
    if el.tag not in _HEADING_TAGS and el.tag not in _HEADING_BOXES:
        return False
    if el.find(".//img") is not None or any(
            c.tag in _NOT_IN_HEADING for c in el.iterdescendants() if isinstance(c.tag, str)):
        return False
    text = "".join(el.text_content().split())
    return (len(_WORD.findall(text)) >= 2 and len(text) <= _HEADING_LIMIT
            and not _NO_HEADING_MARK.search(text) and not _SECTION_NUMBER.match(text)
            and not text.startswith(("(", "（", "[", "【")))


# A <noscript> fallback is the article when it holds at least this much text and twice what the
# rest of the body shows: an app's shell fetched before its scripts ran (a nav, a footer, an empty
# mount point). Beside a rendered copy, or as a notice (请开启JavaScript), it stays code.
_FALLBACK_MIN_CHARS = 150
_NOT_SHOWN = frozenset({"script", "style", "noscript", "template"})


def _shown_chars(el: HtmlElement, *, top: bool = True) -> int:
    """Characters of text under ``el`` outside scripts, styles and (below ``el``) <noscript>."""
    if not top and el.tag in _NOT_SHOWN:
        return len("".join((el.tail or "").split()))
    n = len("".join((el.text or "").split())) if isinstance(el.tag, str) else 0
    n += sum(_shown_chars(child, top=False) for child in el)
    return n + (0 if top else len("".join((el.tail or "").split())))


def _noscript_article(root: HtmlElement) -> HtmlElement | None:
    """The <noscript> block that holds the page's only article, or None."""
    body = root.find("body")
    if body is None:
        return None
    fallback = max(body.iter("noscript"), key=_shown_chars, default=None)
    if fallback is None:
        return None
    own = _shown_chars(fallback)
    return fallback if own >= _FALLBACK_MIN_CHARS and 2 * _shown_chars(body) < own else None


# A <textarea> whose value is the article's HTML (an editor's, its tags escaped as entities in
# the page's source): the page's script copies it into an empty content box, a page fetched
# before its scripts ran shows nothing there. It is the article when it holds more text than the
# rest of the page (a page that shows its article beside such a copy shows as much again); a
# comment box (empty, or a hint) holds no block tag and is a form, pruned as ever.
_HTML_BLOCK = re.compile(r"<(?:p|div|section|h[1-6]|li|blockquote|table)[\s>]|<br\s*/?>", re.I)


def _textarea_article(root: HtmlElement) -> HtmlElement | None:
    """The <textarea> whose HTML holds the page's only article, put in its place as the
    block a script would fill with it, or None."""
    body = root.find("body")
    if body is None:
        return None
    best: tuple[int, HtmlElement, list[HtmlElement | str]] | None = None
    for candidate in body.iter("textarea"):
        value = candidate.text or ""
        if not _HTML_BLOCK.search(value):
            continue
        try:
            found: list[HtmlElement | str] = list(html.fragments_fromstring(value))
        except (etree.ParserError, ValueError):
            continue
        size = 0
        for part in found:
            size += len("".join((part if isinstance(part, str) else part.text_content()).split()))
        if best is None or size > best[0]:
            best = (size, candidate, found)
    if best is None:
        return None
    own, area, parts = best
    rest = _shown_chars(body) - len("".join((area.text or "").split()))
    if own < _FALLBACK_MIN_CHARS or rest >= own:
        return None
    box = html.Element("div")
    for part in parts:
        if isinstance(part, str):
            box.text = (box.text or "") + part
        else:
            box.append(part)
    box.tail = area.tail
    parent = area.getparent()
    if parent is None:
        return None
    parent.replace(area, box)
    return box


def _mount(root: HtmlElement, state: StateArticle) -> None:
    """The state's article as the page's body would show it: its headline, then its HTML."""
    body = root.find("body")
    if body is None:
        return
    box = html.Element("article")
    if state.title:
        heading = html.Element("h1")
        heading.text = state.title
        box.append(heading)
    content = html.Element("div")
    content.set("class", "article-content")
    for part in html.fragments_fromstring(state.body):
        if isinstance(part, str):
            content.text = (content.text or "") + part
        else:
            content.append(part)
    box.append(content)
    body.append(box)


# A sentence's end (its closing quote or bracket after it) and a sentence's start: a line break
# of the source between them, each sentence in its own inline element (a reader's
# <span>-per-sentence markup for highlighting or read-aloud), is no space of the paragraph.
# CSS Text's segment-break rule drops such a break between two wide characters; only a
# sentence's end is read here, so a row of fields (来源：某报\n<span>记者 某某</span>) keeps it.
_SENTENCE_END = compile_either(r"[。！？；…][”’」』）)]*$")
_SENTENCE_START = compile_either(r"^[\u3400-\u9fff“‘「『（(]")
_SENTENCE_TAGS = frozenset({"span", "font", "em", "i", "b", "strong", "a"})


def _join_sentence_spans(root: HtmlElement) -> int:
    """Drop the source's line break (and indentation) between two inline elements of a
    paragraph where the first ends a sentence and the next opens one, as a browser's
    segment-break rule for Chinese does. Return how many were dropped."""
    joined = 0
    for el in root.iter(*_SENTENCE_TAGS):
        tail = el.tail
        after = el.getnext()
        if (not tail or "\n" not in tail or tail.strip() or after is None
                or after.tag not in _SENTENCE_TAGS):
            continue
        if (_SENTENCE_END.search(el.text_content().rstrip())
                and _SENTENCE_START.match(after.text_content().lstrip())):
            el.tail = None
            joined += 1
    return joined


# A declarative shadow root (<template shadowrootmode="open">, Chrome's earlier shadowroot="open")
# is no inert template: the browser attaches it to its parent and shows its content, the
# parent's own children only where its <slot>s place them.
_SHADOW_MODE = ("shadowrootmode", "shadowroot")


# set by _attach_shadow_roots on a host's child its shadow root shows nowhere; read as hidden
_UNSLOTTED = "data-unslotted"


def _shadow_root(el: HtmlElement) -> bool:
    return el.tag == "template" and any(
        (el.get(mode) or "").strip().lower() in ("open", "closed") for mode in _SHADOW_MODE)


def _attach_shadow_roots(root: HtmlElement) -> int:
    """Show every declarative shadow root in place, as a browser renders it: its content where
    the <template> stood, each of its host's children at the <slot> named by its slot attribute
    (the unnamed slot takes the rest), a child no slot takes marked unshown. Return how many
    were attached."""
    templates = [el for el in root.iter("template") if _shadow_root(el)]
    for template in reversed(templates):  # inner roots first: an outer one's slots see them
        host = template.getparent()
        if host is None:
            continue
        light = [child for child in host if child is not template]
        slots = [slot for slot in template.iter("slot")
                 if not any(_shadow_root(up) or up.tag == "template"
                            for up in slot.iterancestors() if up is not template)]
        for slot in slots:
            name = (slot.get("name") or "").strip()
            assigned = [child for child in light if (child.get("slot") or "").strip() == name
                        and isinstance(child.tag, str)]
            if not assigned:
                slot.drop_tag()  # nothing slotted: its own content is the fallback shown
                continue
            for child in assigned:
                light.remove(child)
                _drop(child)  # the text after it stays the host's
                child.tail = None
                slot.addprevious(child)
            _drop(slot)
        for child in light:
            if isinstance(child.tag, str):
                child.set(_UNSLOTTED, "")  # no slot takes it: the browser does not render it
        template.drop_tag()
    return len(templates)


# React's streaming render: a Suspense boundary's content arrives after the page, in a
# <div hidden id="S:n">, and an inline script's $RC("B:m","S:n") moves it into the boundary's
# place (its <template id="B:m">), taking out the fallback (a skeleton, 加载中) the boundary
# showed up to its closing <!--/$--> comment.
_REACT_COMPLETE = compile_either(r"""\$RC\(\s*["']([^"']+)["']\s*,\s*["']([^"']+)["']\s*\)""")
_REACT_OPEN = frozenset({"$", "$?", "$!"})
# The parser drops comments, so a page that calls $RC has its boundaries' comments set as empty
# marker elements first (<!--$?--> as <template data-react-boundary="$?">), taken out once read.
_REACT_COMMENT = compile_either(r"<!--(\$[?!]?|/\$)-->")
_BOUNDARY_MARK = "data-react-boundary"


def _mark_react_boundaries(page: str) -> str:
    """page with its Suspense boundaries' comments as marker elements, when a script of it
    completes a boundary ($RC); otherwise page as it is."""
    if "$RC(" not in page:
        return page
    return _REACT_COMMENT.sub(lambda m: f'<template {_BOUNDARY_MARK}="{m[1]}"></template>', page)

# set by _complete_streamed_boundaries on a fallback its boundary's content replaced; read as hidden
_REPLACED_FALLBACK = "data-replaced-fallback"


def _boundary_fallback(template: HtmlElement) -> list[HtmlElement] | None:
    """The elements from a boundary's <template> up to its closing <!--/$--> (nested
    boundaries counted), or None when the boundary does not close among its siblings."""
    depth = 0
    fallback: list[HtmlElement] = []
    node = template.getnext()
    while node is not None:
        data = node.get(_BOUNDARY_MARK)
        if data is not None:
            if data == "/$":
                if depth == 0:
                    return fallback
                depth -= 1
            elif data in _REACT_OPEN:
                depth += 1
        elif isinstance(node.tag, str):
            fallback.append(node)
        node = node.getnext()
    return None


def _complete_streamed_boundaries(root: HtmlElement) -> int:
    """Do what a page's $RC("B:m","S:n") calls do once it has streamed: each hidden segment's
    content where its boundary's <template> stood, the boundary's fallback marked unshown.
    Return how many boundaries were completed. A hidden segment no call moves stays hidden."""
    calls = [call for script in root.iter("script")
             for call in _REACT_COMPLETE.findall(script.text or "")]
    by_id = {el.get("id"): el for el in root.iter("template", "div") if el.get("id")}
    completed = 0
    for boundary_id, segment_id in calls:
        template, segment = by_id.get(boundary_id), by_id.get(segment_id)
        if (template is None or template.tag != "template" or segment is None
                or segment.tag != "div" or segment.get("hidden") is None):
            continue
        fallback = _boundary_fallback(template)
        if fallback is None:
            continue
        for el in fallback:
            el.set(_REPLACED_FALLBACK, "")  # the browser took it out for the content
        if segment.text and segment.text.strip():
            # the segment's own text opens the content: a span holds it in the boundary's place
            opening = etree.SubElement(segment, "span")
            opening.text = segment.text
            segment.text = None
            segment.insert(0, opening)
        for child in list(segment):
            template.addprevious(child)
        _drop(segment)
        _drop(template)
        completed += 1
    for mark in [el for el in root.iter("template") if el.get(_BOUNDARY_MARK) is not None]:
        _drop(mark)
    return completed


# A mini-program framework's web build (uni-app's H5, Taro's) renders its components as custom
# elements its own style sheet shows as blocks (<uni-view>, <taro-view-core>); read as unknown
# tags they are inline, and a page's headline, info row and paragraphs ran into one line. Each
# is read as the element it renders as; its text (<uni-text>) stays inline.
_COMPONENT_TAGS = {
    "uni-view": "div", "uni-scroll-view": "div", "uni-rich-text": "div", "uni-swiper": "div",
    "uni-swiper-item": "div", "uni-page-body": "div", "uni-text": "span",
    "taro-view-core": "div", "taro-scroll-view-core": "div", "taro-rich-text-core": "div",
    "taro-swiper-core": "div", "taro-swiper-item-core": "div", "taro-text-core": "span",
}


def _render_components(root: HtmlElement) -> int:
    """Read each framework component as the HTML element it renders as; return how many."""
    found = [el for el in root.iter() if isinstance(el.tag, str) and el.tag in _COMPONENT_TAGS]
    for el in found:
        el.tag = _COMPONENT_TAGS[el.tag]
    return len(found)


# a frame's document held in srcdoc, nested no deeper than this is shown
_FRAME_DEPTH = 3
# prose enough for a frame's document to be text, not an ad's or a player's few words
_FRAME_PROSE_MASS = 80
_FRAME_PROSE_PARAGRAPHS = 2
# what a frame's own attributes say of its box: hidden, sized, classed as the page styles it
_FRAME_BOX = ("id", "class", "style", "hidden", "aria-hidden", "width", "height")


def _show_srcdoc_frames(root: HtmlElement) -> int:
    """Show every <iframe srcdoc="..."> holding prose in place, as a browser renders it: the
    body of the document its attribute holds (the parser has already unescaped it) where the
    frame stood, in a <div> carrying the frame's own box attributes (a hidden or 1x1 frame
    stays hidden). A frame of a few words (an ad, a player, an embedded post; a page saver
    writes every frame as srcdoc) stays an embed, and so does one with only a src (it loads
    another page). Return how many were shown."""
    shown = 0
    kept: set[HtmlElement] = set()  # frames left as embeds, not looked at again
    for _ in range(_FRAME_DEPTH):  # a frame's document may hold a frame of its own
        frames = [el for el in root.iter("iframe") if (el.get("srcdoc") or "").strip()
                  and el not in kept]
        for frame in frames:
            parent = frame.getparent()
            document = parse_html(frame.get("srcdoc") or "")
            body = document.find("body") if document is not None else None
            held = subtree_stats(body)[body] if body is not None else None
            if parent is None or body is None or held is None or (
                    held.mass < _FRAME_PROSE_MASS or held.paragraphs < _FRAME_PROSE_PARAGRAPHS):
                kept.add(frame)
                continue
            box = html.Element("div")
            for name in _FRAME_BOX:
                if frame.get(name) is not None:
                    box.set(name, frame.get(name) or "")
            box.text = body.text
            box.extend(list(body))
            box.tail = frame.tail
            parent.replace(frame, box)
            shown += 1
        if not frames:
            break
    return shown


def _complete(rest: TeaserRest) -> None:
    """A teaser's unprinted paragraphs after its last printed one, each a <p> of its own."""
    for paragraph in reversed(rest.paragraphs):
        box = html.Element("p")
        box.text = paragraph
        rest.last_shown.addnext(box)  # after its tail: the text it ends stays before them


def _drop(el: HtmlElement) -> None:
    """Remove an element but keep its tail text (it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


class HiddenAndChromePruner:
    """Remove hidden elements, scripts, forms, nav/aside and class-named chrome from doc.html.

    Every removed element is one Removal with an XPath, e.g. ``hidden_element`` for
    ``<div style="display:none">友情链接…</div>`` or ``image_caption`` for the line under a
    picture (see captions.py). The article container is never removed.
    """

    name = NAME

    def __call__(self, doc: Doc, /) -> Doc:
        if doc.html is None:
            return doc
        root = parse_html(_mark_react_boundaries(doc.html))
        if root is None:
            return doc
        _held = held_nodes(root)  # built once for every walk below (see held_nodes)
        # A component's declarative shadow root is shown, not inert: its content in place
        # before anything reads the page (a <template> otherwise carries no article text).
        attached = _attach_shadow_roots(root)
        # So is a frame's document written in its srcdoc attribute: shown inside the page.
        attached += _show_srcdoc_frames(root)
        # and a streamed Suspense boundary's content, moved into its place by the page's $RC call
        attached += _complete_streamed_boundaries(root)
        # a mini-program's web build: its view components are blocks, its text ones inline
        attached += _render_components(root)
        # a paragraph of one inline element per sentence, one a source line: its sentences
        # joined as the browser shows them, before its text is read
        _join_sentence_spans(root)
        # A PDF converted by pdf2htmlEX prints a block per line: set as paragraphs, page
        # numbers out, before anything reads its lines as blocks.
        printed = set_printed_pages(root)
        # A page its scripts render, its article only in their state: put the article in
        # the body, where a browser would show it, before anything reads the page.
        state = state_article(root)
        if state is not None:
            _mount(root, state)
        # A teaser (a paywalled or folded page's opening paragraphs) whose article the page's
        # JSON-LD articleBody holds whole: the rest put after it, as a paying reader sees it.
        rest = teaser_rest(root) if state is None else None
        if rest is not None:
            _complete(rest)
        # the page's article only in its <noscript> fallback: read it as the body shows it
        fallback = _noscript_article(root) if state is None else None
        if fallback is not None:
            fallback.tag = "div"
        # ... or only in a <textarea> of its HTML a script copies into the page
        elif state is None:
            _textarea_article(root)
        # A mailbox page's fields as label and value blocks: a field a line, the label over
        # the letter's or the reply's text gone, before anything reads the page's lines.
        rewritten, labels = field_lists(root)
        # The metadata row under the headline is often classed like chrome and pruned here:
        # read it first and hand it on in doc.meta (later readers only fill what is empty).
        # (what a browser would not show, judged once: the header's hover cards are left out
        # of its row, and the same elements are pruned below)
        hidden = hidden_elements(root)
        head = header_meta(root, hidden=hidden)
        # An article's JSON-LD block (a script, pruned below) states its date and authors;
        # the row under the headline, when it gives them, comes first.
        ld_date, ld_authors = jsonld_meta(root)
        ld_publisher = jsonld_publisher(root)
        # ... or names it only as its item's author, a body its footer states owns the site
        ld_owner = jsonld_author_owner(root)
        if ld_date is None or not ld_authors:
            # schema.org microdata (itemprop=datePublished, itemprop=author) states the same
            md_date, md_authors = microdata_meta(root)
            ld_date, ld_authors = ld_date or md_date, ld_authors or md_authors
        banner = banner_headline(root)  # its box is often classed "banner" and pruned
        issue = epaper_issue(root)  # so is an e-paper's header with its issue's day, its paper
        scripted = script_filled_date(root)  # the scripts go in pruning
        # a headline on one line with its row of fields is often classed like chrome too
        # the body's lines, read once for both (neither changes the tree)
        body = root.find("body")
        body_lines = block_lines(body) if body is not None else None
        glued = glued_header(root, body_lines)
        # an information table's 名称 field, classed like chrome
        named = field_title(root, body_lines)
        # a blog post's footer row of fields (作者:某某 | 分类:…), classed like the page's footer
        # or its author's box (作者 <strong>某某</strong>，…), a <footer> of the post pruned
        footer_authors = ((post_footer_authors(root) or bio_box_author(root))
                          if not head.authors else ())
        # the credits row under the body (记者：某某 编辑：某某 三审：某某), classed like chrome
        credits = credits_authors(root) if not head.authors else ()
        # ... and the unit that sent the article in, in the same row (供稿：某某学院)
        sent_in = credits_unit(root) if not head.source_name else None
        removals, _, thread, foot = prune_tree(root, hidden)
        row = foot_row(foot) if foot else None
        if printed is not None:
            removals[:0] = [Removal(NAME, "page_number_line", "a converted document's page "
                                    "number printed alone at its page's foot or head", text, path)
                            for text, path in printed.page_numbers]
            removals[:0] = [Removal(NAME, "running_head", "a converted document's line printed "
                                    "at the head or foot of every page", text, path)
                            for text, path in printed.running_heads]
        removals[:0] = [Removal(NAME, "letter_label", "the label over a letter's or a reply's "
                                "text (来信内容：), as a layout table's row gives it", text, path)
                        for path, text in labels]
        posted = thread.posted if thread is not None else None
        # A Q&A answer is printed under its answerer's name, as a byline; a forum's user
        # column holds handles, and names no author (thread.author is None there).
        answerer = (thread.author,) if thread is not None and thread.author else ()
        # ... but the handle that opened the thread posted the page: its publisher
        poster = thread.poster if thread is not None else None
        if (removals or rewritten or attached or state is not None or rest is not None
                or fallback is not None or printed is not None):
            pruned = html.tostring(root, encoding="unicode", method="html")
            doc = doc.evolve(html=pruned, removed=removals)
        if state is not None:
            doc = doc.with_meta(date=state.date, source_name=state.source_name,
                                authors=state.authors())
        return doc.with_meta(title=banner or (glued.title if glued else None) or named,
                             date=head.date or (glued.date if glued else None) or ld_date
                             or posted or (row.date if row else None) or issue.day or scripted,
                             source_name=head.source_name or (glued.source_name if glued else None)
                             or (row.source_name if row else None) or sent_in or poster
                             or issue.paper or ld_publisher or ld_owner,
                             authors=head.authors or ld_authors or answerer or footer_authors
                             or credits)
