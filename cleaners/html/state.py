"""A page rendered by its scripts alone: the body an empty mount point (<div id="app"></div>),
the article only in the state a script hands the front-end framework (window.__INITIAL_STATE__
= {…}, <script id="__NEXT_DATA__" type="application/json">, window.__NUXT__=(function(a,b){return
{…}}(…)) or a payload devalue flattened (Nuxt 3's __NUXT_DATA__), as jsvalue.py reads them).
Its body's HTML, headline, date, publisher and author are read from that state, by the shape of
its values, not by a site's keys.

Read only when the page shows next to no text of its own: a page rendered on the server
carries its article in its markup, and its state may hold other articles (recommendations).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape, unescape
from typing import TYPE_CHECKING, Any

from ..meta import parse_byline, parse_date
from ..script import compile_either
from .jsvalue import called_literals, literal_at, unflattened
from .metadata import jsonld_articles

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["StateArticle", "TeaserRest", "state_article", "teaser_rest"]

_SHOWN_MAX = 60  # characters of a page's own text below which its scripts are not searched
_OPENING = 16  # characters of the article's opening: shown in the markup, it is printed there
_BODY_MIN = 100  # characters of text the article's HTML holds, at least
# Where a body's paragraphs start: a block's tag (<p>, <div>, <section>, a heading, a list
# item) or a line break; an editor's HTML uses any of them.
_BLOCK = compile_either(r"<(?:p|div|section|h[1-6]|li|blockquote)[\s>]|<br\s*/?>", re.IGNORECASE)
_TAG = compile_either(r"<[^>]+>")
# A block's tag in a script's source, written plainly or escaped as a server's serializer
# writes "<" inside a script (\u003Cp\u003E: serialize-javascript, Vue and Nuxt SSR, JSON encoders
# that escape HTML), so that no "</script>" can close the script early, or as an HTML entity
# (&lt;p&gt;: a template that prints the editor's HTML into a string escaped for the page).
_BLOCK_IN_SOURCE = compile_either(
    r"(?:<|\\u003c|&lt;)(?:p|div|section|h[1-6]|li|blockquote|br)(?:[\s>/\\]|&gt;)",
    re.IGNORECASE)
# A string of HTML escaped as entities (&lt;p&gt;…&lt;/p&gt;): no tag of its own, a block's
# tag escaped
_ESCAPED_BLOCK = compile_either(r"&lt;/?(?:p|div|section|h[1-6]|li|blockquote|br)(?:[\s/]|&gt;)",
                                re.IGNORECASE)
# A line of plain text that ends a sentence: a body kept as text, a paragraph a line
_SENTENCE_END = compile_either(r"[。！？!?…][”’」』）)]?\s*$")
# The JSON after an assignment (window.__INITIAL_STATE__ = {…}, var data = {…}).
_ASSIGNED = compile_either(r"=\s*(?=[{\[])")
_TITLE_KEY = compile_either(r"^(?:title|headline|name)$", re.IGNORECASE)
_DATE_KEY = compile_either(r"time|date|publish", re.IGNORECASE)
# …and the names Chinese CMSs give the field their API hands on (PHPCMS's, PowerEasy's and
# KesionCMS's copyfrom, EmpireCMS's befrom)
_SOURCE_KEY = compile_either(r"^(?:source|sourcename|media|medianame|origin|copyfrom|befrom)$",
                             re.IGNORECASE)
_AUTHOR_KEY = compile_either(r"^(?:author|authorname|writer|byline)$", re.IGNORECASE)
_SHORT = 40  # characters of a headline, a date, a publisher or an author's name, at most


@dataclass(frozen=True, slots=True)
class StateArticle:
    body: str  # the article's HTML
    title: str | None = None
    date: str | None = None
    source_name: str | None = None
    author: str | None = None

    def authors(self) -> tuple[str, ...]:
        """The author field's names: a byline read as one (记者 某某 通讯员 某某: both
        reporters), anything else as it is."""
        if not self.author:
            return ()
        found = parse_byline(self.author, tail=True)
        return found.authors if found is not None and found.authors else (self.author,)


def _shown_text(root: HtmlElement) -> str:
    """The text the page's markup shows, spaces dropped (scripts, styles and noscript's
    notice are no text a reader sees)."""
    body = root.find("body")
    if body is None:
        return ""
    parts: list[str] = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        hidden = el.tag in ("script", "style", "noscript", "template")
        if not hidden:
            parts.append(el.text or "")
        if el is not body:
            parts.append(el.tail or "")
    return "".join("".join(parts).split())


def _states(script: str) -> list[Any]:
    """The JSON values a script holds whole or assigns, and the literals a function it calls
    in place returns (a state written as JavaScript, its shared values passed as arguments)."""
    decoder = json.JSONDecoder()
    text = script.strip()
    starts = [0] if text[:1] in "{[" else [m.end() for m in _ASSIGNED.finditer(text)]
    found: list[Any] = []
    for at in starts:
        try:
            value, _ = decoder.raw_decode(text, at)
        except ValueError:
            # written as JavaScript, not JSON (keys unquoted, strings in single quotes)
            if (value := literal_at(text, at)) is None:
                continue
        found.append(value)
        # a payload devalue flattened (Nuxt 3's __NUXT_DATA__): the value it stands for
        if (whole := unflattened(value)) is not None:
            found.append(whole)
    return found + called_literals(text)


def _best(value: Any, best: list[tuple[int, dict[str, Any], str]], openings: list[str]) -> None:
    """Walk ``value``; keep in ``best`` the longest string of paragraphs and its object, and
    in ``openings`` the opening words of every string of paragraphs."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for item in node.values():
                if isinstance(item, str) and (inner := _embedded_json(item)) is not None:
                    stack.append(inner)  # a response cached whole: its body a JSON string
                elif isinstance(item, str) and (body := _as_paragraphs(item)) is not None:
                    openings.append(_opening(body))
                    size = len("".join(_TAG.sub("", body).split()))
                    if size >= _BODY_MIN and (not best or size > best[0][0]):
                        best[:] = [(size, node, body)]
                elif isinstance(item, dict | list):
                    stack.append(item)
        elif isinstance(node, list):
            stack.extend(node)


def _embedded_json(value: str) -> dict[str, Any] | list[Any] | None:
    """The object or array a string holds as JSON text (a framework's cached fetch, such as
    SvelteKit's data-sveltekit-fetched, keeps the response's body as a string), else None."""
    text = value.strip()
    if text[:1] not in "{[":
        return None
    try:
        inner = json.loads(text)
    except ValueError:
        return None
    return inner if isinstance(inner, dict | list) else None


def _as_paragraphs(value: str) -> str | None:
    """``value`` as the HTML of two or more paragraphs, or None: HTML whose blocks or line
    breaks part two texts or more, or plain text of two or more lines that end sentences
    (written a paragraph a line, each then put in a <p>). HTML escaped as entities
    (&lt;p&gt;…) is read as the HTML it escapes."""
    if not _TAG.search(value) and _ESCAPED_BLOCK.search(value):
        value = unescape(value)
    if _TAG.search(value):
        parts = _BLOCK.split(value)
        texts = sum(1 for part in parts if _TAG.sub("", part).strip())
        return value if len(parts) > 1 and texts >= 2 else None
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    if len(lines) >= 2 and sum(1 for line in lines if _SENTENCE_END.search(line)) >= 2:
        return "".join(f"<p>{escape(line)}</p>" for line in lines)
    return None


def _opening(body: str) -> str:
    """The first words of an HTML body's text, spaces dropped."""
    return "".join(_TAG.sub("", body).split())[:_OPENING]


def _field(obj: dict[str, Any], key: re.Pattern[str]) -> str | None:
    """The article object's field named by ``key``, else that of an object it holds (its
    details kept apart: {title, content, subInfo: {source, time}})."""
    for inner in (obj, *(value for value in obj.values() if isinstance(value, dict))):
        for name, value in inner.items():
            if key.search(name) and isinstance(value, str) and 0 < len(value.strip()) <= _SHORT:
                return value.strip()
    return None


def state_article(root: HtmlElement) -> StateArticle | None:
    """The article a script-rendered page keeps in its state, or None: a page that shows it
    (its opening words in the markup), that shows more text than half of it (the article
    printed on the server, the state maybe another's) unless the state's article is titled
    with the page's headline, or no state holding two or more paragraphs of HTML."""
    shown = _shown_text(root)
    if len(shown) >= _SHOWN_MAX and not any(
            _BLOCK_IN_SOURCE.search(s.text or "") for s in root.iter("script")):
        return None  # the common case: a page that prints its text, no HTML in its scripts
    best: list[tuple[int, dict[str, Any], str]] = []
    openings: list[str] = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if kind and "json" not in kind and "javascript" not in kind:
            continue
        # a shell (next to no text shown) may keep its article as plain text, with no tag
        if script.text and (len(shown) < _SHOWN_MAX or _BLOCK_IN_SOURCE.search(script.text)):
            for value in _states(script.text):
                _best(value, best, openings)
    if not best:
        return None
    size, obj, body = best[0]
    title = _field(obj, _TITLE_KEY)
    # the markup shows an article of the state (a short one, beside a longer related one the
    # state holds too): the page is printed on the server
    if any(opening in shown for opening in openings):
        return None
    # A shell printed on the server (menus, the headline, hot lists, a footer) may show more
    # text than half the article, whose body only the scripts fill: the state's article is
    # the page's when its title is the page's headline.
    if len(shown) * 2 > size and not (title and _flat(title) in _headlines(root)):
        return None
    stamp = _field(obj, _DATE_KEY)
    return StateArticle(body, title, parse_date(stamp) if stamp else None,
                        _field(obj, _SOURCE_KEY), _field(obj, _AUTHOR_KEY))


def _flat(text: str) -> str:
    return "".join(text.split())


def _headlines(root: HtmlElement) -> set[str]:
    """The page's headline as its <h1>s and its og:title give it, spaces dropped."""
    found = {_flat(h.text_content()) for h in root.iter("h1")}
    found |= {_flat(m.get("content") or "") for m in root.iter("meta")
              if (m.get("property") or m.get("name") or "").lower() == "og:title"}
    return found - {""}


# --- a teaser and its article's structured data ------------------------------------------------
_REST_MIN = 100  # characters of article the structured data adds, at least
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "head", "title"})


@dataclass(frozen=True, slots=True)
class TeaserRest:
    last_shown: HtmlElement  # the element of the last paragraph the page prints
    paragraphs: tuple[str, ...]  # the article's paragraphs after it, unprinted


def teaser_rest(root: HtmlElement) -> TeaserRest | None:
    """The part of an article's JSON-LD articleBody that the page does not print, after the
    opening it does: a paywalled or folded page prints a teaser, its first paragraphs (then
    订阅后阅读全文, 展开全文), while the structured data it gives search engines holds the whole
    article, the one a reader who pays or unfolds reads. None unless the page prints the body's
    opening as one element or a run of sibling elements, and none of the rest."""
    body = root.find("body")
    if body is None:
        return None
    bodies = [paragraphs for item in jsonld_articles(root)
              if isinstance(text := item.get("articleBody"), str)
              and (paragraphs := _body_paragraphs(text))]
    if not bodies:
        return None  # the common case: no article in the page's structured data
    elements = [el for el in body.iter() if isinstance(el.tag, str) and el.tag not in _UNSHOWN
                and not any(up.tag in _UNSHOWN for up in el.iterancestors())]
    printed = _flat(" ".join(part for el in elements for part in (el.text or "", el.tail or "")))
    for paragraphs in bodies:
        whole = _flat("".join(paragraphs))
        opening = _teaser_run(elements, whole)
        if not opening:
            continue
        consumed = len(_flat("".join(el.text_content() for el in opening)))
        rest = _after(paragraphs, consumed)
        if (len(whole) - consumed < _REST_MIN
                or any(_flat(p)[:_OPENING] in printed for p in rest)):
            continue
        return TeaserRest(opening[-1], tuple(rest))
    return None


def _body_paragraphs(text: str) -> list[str]:
    """An articleBody's paragraphs: its HTML's blocks, or its lines."""
    parts = _BLOCK.split(text) if _TAG.search(text) else text.splitlines()
    return [p for part in parts if (p := unescape(_TAG.sub("", part)).strip())]


def _teaser_run(elements: list[HtmlElement], whole: str) -> list[HtmlElement]:
    """The elements that print the opening of ``whole`` (an article's text, spaces dropped):
    the smallest element printing its start, then the siblings after it that print on."""
    sizes = _text_sizes(elements)  # an element's text read only when it may fit in ``whole``
    starts = [el for el in elements if _OPENING <= sizes.get(el, 0) <= len(whole)
              and whole.startswith(_flat(el.text_content()))]
    if not starts:
        return []
    first = min(starts, key=lambda el: sizes[el])
    run, at = [first], sizes[first]
    for sibling in first.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _UNSHOWN or not sizes.get(sibling):
            continue  # an empty box between paragraphs (a mask, a line break)
        if sizes[sibling] > len(whole) - at or not whole.startswith(
                _flat(sibling.text_content()), at):
            break
        run.append(sibling)
        at += sizes[sibling]
    return run


def _text_sizes(elements: list[HtmlElement]) -> dict[HtmlElement, int]:
    """Each element's text_content() length, spaces dropped, summed up from its children's
    (reading every element's text apart takes time quadratic in the page's depth)."""
    sizes: dict[HtmlElement, int] = {}
    for el in reversed(elements):  # children before their parents
        sizes[el] = len(_flat(el.text or "")) + sum(
            _child_size(child, sizes) + len(_flat(child.tail or "")) for child in el)
    return sizes


def _child_size(child: HtmlElement, sizes: dict[HtmlElement, int]) -> int:
    if child in sizes:
        return sizes[child]
    return len(_flat(child.text_content())) if isinstance(child.tag, str) else 0


def _after(paragraphs: list[str], consumed: int) -> list[str]:
    """The paragraphs after the first ``consumed`` characters (spaces not counted), the one
    they end in cut where they end."""
    rest: list[str] = []
    at = 0
    for paragraph in paragraphs:
        size = len(_flat(paragraph))
        if at >= consumed:
            rest.append(paragraph)
        elif at + size > consumed:
            seen = 0
            for i, char in enumerate(paragraph):
                if seen == consumed - at:
                    rest.append(paragraph[i:].strip())
                    break
                seen += not char.isspace()
        at += size
    return [p for p in rest if p]
