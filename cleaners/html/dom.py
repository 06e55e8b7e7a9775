"""Shared lxml helpers for the HTML stage: safe parsing, class/id tests and article location.

The article locator scores every element by punctuated, non-link text ("mass") times its purity.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from lxml import etree, html

from ..script import compile_either

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

__all__ = [
    "BLOCK_TAGS",
    "ENTRY_TIME",
    "Stats",
    "article_marker",
    "classid",
    "find_main",
    "held_nodes",
    "iter_elements",
    "layout_table",
    "parse_html",
    "subtree_stats",
]

# The time heading an entry of a live page's list (07:30, 10月18日 10:45), alone in its element.
ENTRY_TIME = compile_either(
    r"(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")

# Beyond this many characters a page is mostly inline data (base64 images, JSON state); we
# strip scripts and styles with a regex before parsing so lxml's memory stays bounded.
_BIG_PAGE = 2_000_000
_SCRIPTS = compile_either(r"<(script|style|svg)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_XML_DECL = compile_either(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_CONTROL = compile_either("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# End tags of the document itself. Browsers (HTML5 "after body" mode) carry on into <body>
# after a stray one, e.g. a header template that ends in its own </html>; libxml2 2.14
# drops everything after </html> and puts what follows </body> outside the body, which
# cut a whole article out of a government page. The parser closes both at the end anyway.
_DOCUMENT_END = compile_either(r"</(?:body|html)\s*>", re.IGNORECASE)
# An e-paper system's (Founder's) record of the article in a comment: <!--enpproperty
# <date>2024-10-09</date><author>…</author><title>…</title>…/enpproperty-->. Comments are
# dropped at parsing: its fields become the <meta> tags that say the same.
_ENP_PROPERTY = compile_either(r"<!--\s*enpproperty\b(.*?)/enpproperty\s*-->",
                               re.IGNORECASE | re.DOTALL)
_ENP_FIELDS = {"title": "articletitle", "date": "publishdate", "author": "author"}

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "body",
        "html",
        "br",
        "caption",
        # a <details>' visible heading: a block as a browser shows it, its question on a
        # line of its own over the answer's text
        "summary",
    }
)

# Sentence punctuation: article prose has it, menus and link lists do not.
_PUNCT = compile_either(r"[，。、；：？！,;:?!．]|\.(?=\s|$)")
_SPACE = compile_either(r"\s+")
# A footer's registration line (某ICP备12345678号, 公网安备, 网站标识码：…, 主办：某某 承办：某某):
# its colons are a label's, not a sentence's, so it weighs as a label. Counted as prose, a
# government footer of such lines outweighed a one-sentence notice whose attachment links
# thinned it (gh267). (Not a copyright line: weighed lighter, it moved the container of a page
# whose teaser box then stood outside it, unpruned.)
_REGISTRATION_RUN = compile_either(
    r"ICP\s*[备证][^\s\d]{0,2}\d|公网安备|网站标识码|"
    r"主办\s*[:：][^。，；\s]{2,30}\s+承办\s*[:：]"
)
# A short run whose only marks are a label's colon is one field and its value (相对湿度：92%,
# 风向风力：东南风2级, 更新时间：10:00): a widget's reading, no sentence (Stats.readings).
# (A colon between digits is a clock's, 2026-11-27 15:12: not a label's.)
_FIELDS_ONLY = compile_either(r"[^，。、；？！,;?!．]*(?<![\d\s])[：:][^，。、；？！,;?!．]*")
_FIELD_MAX = 16  # characters of such a run
# A reading's value is a measure (92%, 2级, 12.6毫米, 10:00): a label over words (地点：某某发布厅,
# 主持人：某某) is the article's own row (press_conference_transcript). Nor is the article's
# info row (来源：某某网, 作者：某某, 发布时间：…) a widget: set aside, it thinned the wrapper of
# headline, row and body, and a tighter box inside won, where the extractor drops a list of
# linked documents the article introduces (policy_linked_documents).
_READING_VALUE = compile_either(r"[：:]\s*\S*\d")
_INFO_FIELD = compile_either(
    r"\s*(?:来源|作者|编辑|责编|记者|通讯员|发布|时间|日期|浏览|阅读|点击|供稿|稿源|审核|摄影)")
_READING_DISCOUNT = 0.8  # of a reading's mass find_main sets aside: it weighs as a label
_DEPTH_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT  # "Excessive depth in document: 256"
_TOO_DEEP = etree.XPath(
    "boolean(//table[count(ancestor::table) >= 64] | //*[not(*)][count(ancestor::*) >= 1000])")


# An inline image or font (SingleFile and "save as single file" tools write every image as a
# data:image/…;base64,… address): the start of one, read back from its ";base64," inside an
# attribute's value or a CSS url() (its quote &quot; inside a style attribute); the quote it
# opened with ends it.
_DATA_URI_HEAD = compile_either(
    r"""(?:=\s*(["']?)|url\(\s*(["']?|&quot;))data:[\w.+-]+/[\w.+-]+(?:;[\w.+-]+=[\w.+-]*)*;$""",
    re.IGNORECASE)
_BASE64_SAMPLE = compile_either(r"[A-Za-z0-9+/=]{64}")
_BASE64_MARK = ";base64,"
_MIN_PAYLOAD = 256  # a short payload (a 1-pixel spacer) costs nothing; it is left as written


def _drop_data_payloads(text: str) -> str:
    """The page with its inline data's base64 payloads cut (the address keeps its type): they
    are megabytes no reader uses, and every scan of the page would pay for them. Found with
    ``str.find`` (no regex runs over the payloads); a ``;base64,`` in the page's text, outside
    an attribute or a url(), is left as it is."""
    pieces: list[str] = []
    done = 0
    # each terminator's next place, kept for the marks before it: a page of many unterminated
    # marks (hostile or cut off) is read once, not once a mark
    found: dict[str, int] = {}

    def next_place(terminator: str, start: int) -> int:
        place = found.get(terminator, -2)
        if place == -1 or place >= start:
            return place
        found[terminator] = place = text.find(terminator, start)
        return place

    mark = text.find(_BASE64_MARK)
    while mark != -1:
        payload = mark + len(_BASE64_MARK)
        head = _DATA_URI_HEAD.search(text, max(done, mark - 160), mark + 1)
        end = -1
        if head is not None:
            quote = head.group(1) or head.group(2)
            if quote:
                end = next_place(quote, payload)
            elif head.group(2) is not None:
                end = next_place(")", payload)
            else:  # an unquoted attribute value ends at a space or the tag's end
                ends = [i for i in (next_place(" ", payload), next_place(">", payload)) if i != -1]
                end = min(ends, default=-1)
        if (end - payload >= _MIN_PAYLOAD and _BASE64_SAMPLE.fullmatch(text, payload, payload + 64)
                and _BASE64_SAMPLE.fullmatch(text, end - 64, end)):
            pieces.append(text[done:payload])
            done = end
        mark = text.find(_BASE64_MARK, max(payload, done))
    return "".join(pieces) + text[done:] if pieces else text


def parse_html(text: str) -> HtmlElement | None:
    """Parse a page leniently; None when nothing usable comes out (empty or binary input)."""
    if not text or not text.strip():
        return None
    text = _drop_data_payloads(text)
    text = _CONTROL.sub("", _XML_DECL.sub("", text, count=1))
    text = _DOCUMENT_END.sub("", text)
    text = _ENP_PROPERTY.sub(_enp_meta, text, count=1)
    if len(text) > _BIG_PAGE:
        text = _SCRIPTS.sub(" ", text)
    # huge_tree stays off: libxml2 then caps nesting depth (256) instead of recursing into a
    # 100,000-deep tree; remove_comments drops conditional-comment and CMS-marker noise.
    parser = html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        root = html.document_fromstring(text, parser=parser)
        if any(e.type == _DEPTH_LIMIT for e in parser.error_log):
            # At depth 256 libxml2 stops and drops the rest of the page: an unclosed <font>
            # in every paragraph lost all but the first 125 of them. Its huge mode caps the
            # depth at 2048 and keeps parsing. Some readers take time quadratic in the depth
            # (trafilatura's of nested tables: 700 of them took 12 s; html.prune's white-text
            # test: 2,000 nested white spans took 11 s), so a tree that nests tables 64 deep
            # or anything 1,000 deep stays cut.
            huge = html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
            deep = html.document_fromstring(text, parser=huge)
            if not _TOO_DEEP(deep):
                root = deep
    except (etree.ParserError, ValueError, RecursionError):
        return None
    return _frameset_body(root) if root is not None else None


def _frameset_body(root: HtmlElement) -> HtmlElement:
    """A frameset page's <noframes> content as its body: the page a saved top frame holds (an
    old 政府 site's article in its fallback for browsers without frames). The parser keeps
    <noframes> as raw text, as a browser does; it is parsed here only when the page has a
    <frameset> and no body text of its own, else it stays the notice it is."""
    if root.find(".//frameset") is None:
        return root
    body = root.find("body")
    if body is not None and body.text_content().strip():
        return root
    fallback = max((el.text or "" for el in root.iter("noframes")), key=len, default="")
    if "<" not in fallback:
        return root
    try:
        shown = html.document_fromstring(
            fallback, parser=html.HTMLParser(remove_comments=True, remove_pis=True)).find("body")
    except (etree.ParserError, ValueError):
        return root
    if shown is None:
        return root
    for el in [*root.iter("frameset", "noframes"), *([body] if body is not None else [])]:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    root.append(shown)
    return root


def _enp_meta(m: re.Match[str]) -> str:
    """The <meta> tags an e-paper's property comment stands for (its non-empty fields)."""
    tags = []
    for field, name in _ENP_FIELDS.items():
        value = re.search(rf"<{field}>([^<]*)</{field}>", m[1])
        if value and value[1].strip():
            tags.append(f'<meta name="{name}" content="{escape(value[1].strip())}">')
    return "".join(tags)


def held_nodes(root: HtmlElement) -> list[HtmlElement]:
    """Every node under ``root``, for a caller to hold while it reads the tree: lxml builds
    an element's Python object (its class looked up in Python, for lxml.html) each time a
    walk reaches an element whose object is gone, and the passes walk a page many times.
    Held, each is built once; what the walks see is the same."""
    return list(root.iter())


def iter_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """Real elements only (comments and processing instructions have callable tags)."""
    for el in root.iter():
        if isinstance(el.tag, str):
            yield el


def classid(el: HtmlElement) -> str:
    """The element's class and id attribute values, lower-cased, space-joined."""
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    return f"{cls} {ident}".strip().lower() if (cls or ident) else ""


# Containers CMSs use for the article body. Generic template names, matched as whole tokens.
_ARTICLE_TOKEN = compile_either(
    r"(?:^|[\s])(?:"
    r"(?:article|post|entry|news|main|detail|story|art|blog|cont|content|page|text|txt|"
    r"show|view|info|wz|zw|body)[-_]?(?:content|body|text|txt|con|cont|zw|detail|main|article|"
    r"info|box|wrap|area|main-text)s?"
    r"|content|contents|article|articlebody|artibody|main[-_]?text|maintext|trs_editor|zoom|"
    r"js_content|rich_media_content|ccontent|contxt|con_txt|left_zw|endtext|post_body|"
    r"custom_unionstyle|text|txt|zhengwen|news_txt|pages_content|art_context|vsb_content\w*"
    r")(?=$|[\s])",
)
_CHROME_TOKEN = compile_either(
    r"nav|menu|breadcrumb|crumb|footer|foot|copyright|share|related|relate|recommend|comment|"
    r"sidebar|side|aside|banner|advert|\bads?\b|hot|rank|tags?\b|toolbar|login|header|"
    r"links?\b|friend|weixin|qrcode|ewm|subscribe|pager|pagination"
)


def article_marker(el: HtmlElement) -> bool:
    """True for elements a page marks as its article body (itemprop, <article>, CMS names)."""
    if el.get("itemprop", "").lower() in {"articlebody", "articletext"}:
        return True
    if el.tag == "article":
        return True
    cid = classid(el)
    if not cid or _CHROME_TOKEN.search(cid):
        return False
    return _ARTICLE_TOKEN.search(cid) is not None


@dataclass(slots=True)
class Stats:
    """Bottom-up text figures for one element."""

    chars: int = 0  # all visible text characters (no whitespace)
    link_chars: int = 0  # text inside <a>
    mass: float = 0.0  # punctuated, non-link prose characters
    punct: int = 0
    paragraphs: int = 0  # text runs with sentence punctuation
    stops: int = 0  # sentence marks outside links other than colons (a label's: 来源：, 10:00)
    readings: float = 0.0  # of mass: short field runs (相对湿度：92%), a widget's, no prose


def _run_weight(text: str) -> tuple[int, float, int]:
    """(chars, mass, punctuation) of one text run; prose weighs fully, labels a fifth."""
    if not text:
        return 0, 0.0, 0
    n = len(_SPACE.sub("", text))
    if not n:
        return 0, 0.0, 0
    p = len(_PUNCT.findall(text))
    prose = p and n >= 8 and not _REGISTRATION_RUN.search(text)
    mass = float(n) if prose else n * 0.2
    return n, mass, p


_SKIP = frozenset({"script", "style", "noscript", "template", "textarea", "select", "option"})


def subtree_stats(
    root: HtmlElement,
    ignore: frozenset[HtmlElement] | set[HtmlElement] = frozenset(),
    whole: bool = False,
) -> dict[HtmlElement, Stats]:
    """Stats for every element, computed in one reversed pre-order pass (no recursion).

    Elements in ``ignore`` (hidden ones) count as empty; their tails are visible and count.
    With ``whole``, so does all they hold (a box inside a hidden copy of the article).
    """
    order = list(iter_elements(root))
    unseen: set[HtmlElement] = set(ignore)
    if whole and ignore:
        for el in order:  # pre-order: a parent is settled before its children
            if el.getparent() in unseen:
                unseen.add(el)
    stats: dict[HtmlElement, Stats] = {}
    for el in reversed(order):
        st = Stats()
        if el.tag not in _SKIP and el not in unseen:
            in_link = el.tag == "a"
            if el.text:  # an empty run adds nothing: most elements have no text of their own
                m, p = _add_run(st, el.text, in_link)
                if not in_link:
                    st.paragraphs += 1 if m >= 8 and p else 0
            for child in el:
                if isinstance(child.tag, str):
                    cs = stats.get(child)
                    if cs is not None:
                        st.chars += cs.chars
                        st.punct += cs.punct
                        st.paragraphs += cs.paragraphs
                        st.stops += cs.stops
                        if in_link:
                            st.link_chars += cs.chars
                        else:
                            st.link_chars += cs.link_chars
                            st.mass += cs.mass
                            st.readings += cs.readings
                if child.tail:
                    _add_run(st, child.tail, in_link)
        stats[el] = st
    return stats


_CONTAINERS = frozenset(
    {
        "div",
        "td",
        "article",
        "section",
        "main",
        "body",
        "font",
        "span",
        "center",
        "blockquote",
        "form",
        "table",
        "tbody",
        "tr",
        "ul",
        "dd",
        "li",
    }
)


def _add_run(st: Stats, text: str, in_link: bool) -> tuple[float, int]:
    """Count one text run into ``st`` (as link text inside <a>); returns its mass and marks."""
    n, m, p = _run_weight(text)
    st.chars += n
    st.punct += p
    if in_link:
        st.link_chars += n
    else:
        st.mass += m
        if p:
            st.stops += p - text.count(":") - text.count("：")
        if (m == n and n < _FIELD_MAX and _FIELDS_ONLY.fullmatch(text)
                and _READING_VALUE.search(text) and not _INFO_FIELD.match(text)):
            st.readings += m
    return m, p


def find_main(
    root: HtmlElement,
    stats: dict[HtmlElement, Stats] | None = None,
    *,
    readings_as_labels: bool = False,
) -> HtmlElement | None:
    """The element most likely to be the article body, or None for a page with no prose.

    Score = mass x purity^2 (purity = mass / all text), so a tight container beats both the
    whole page (diluted by menus) and one paragraph (small mass). A container the page marks
    as its article wins when it holds at least half of the best mass. With
    ``readings_as_labels`` (the extractor's choice, after pruning) a widget's field readings
    (Stats.readings) weigh as labels.
    """
    stats = stats if stats is not None else subtree_stats(root)
    scored: list[tuple[float, HtmlElement]] = []
    top = 0.0
    for el, st in stats.items():
        # its only sentence marks colons: an info row's labels (2026-06-01 10:00 来源：某某网),
        # pure and so scored over an article thinned by its linked list; no article
        if el.tag not in _CONTAINERS or st.mass < 20 or (st.punct and not st.stops):
            continue
        # A widget's field readings (相对湿度：92%) weigh as labels do: a weather or quote
        # box beside a short notice is no part of its prose, whatever its class says. (Not
        # in prune's own search: its container only guards the article from the rules.)
        mass = st.mass - (_READING_DISCOUNT * st.readings if readings_as_labels else 0.0)
        purity = mass / max(1, st.chars)
        score = mass * purity * purity
        scored.append((score, el))
        top = max(top, score)
    if not scored:
        return None
    # Wrappers around the article score almost the same as the article itself once chrome
    # is pruned; the deepest element within 3% of the top score is the tight container.
    near = [el for score, el in scored if score >= 0.97 * top]
    best = max(near, key=_depth)
    cell = _article_cell(best, stats, _title_text(root))
    best = cell if cell is not None else best
    best_mass = stats[best].mass
    # Prefer an explicit article container: a marked element with enough mass inside the
    # best node (the largest, then the deepest), or the tightest one around it.
    marked = [el for el, st in stats.items() if st.mass >= 0.6 * best_mass and article_marker(el)]
    if marked:
        inside = [el for el in marked if _contains(best, el)]
        if inside:
            biggest = max(stats[e].mass for e in inside)
            return max((e for e in inside if stats[e].mass >= 0.85 * biggest), key=_depth)
        around = [el for el in marked if _contains(el, best)]
        if around:
            tight = min(around, key=lambda e: stats[e].chars)
            if stats[best].mass >= 0.8 * stats[tight].mass:
                return best
            return tight
    headed = _headed_article(best, stats)
    if headed is None:
        headed = _titled_body(root, best, stats)
    if headed is None:
        headed = _headline_column(root, best, stats)
    return headed if headed is not None else best


_HEADED_SHARE = 0.3  # of the best container's prose an <article> under the headline carries


def _headed_article(best: HtmlElement, stats: dict[HtmlElement, Stats]) -> HtmlElement | None:
    """The one <article> inside ``best`` holding the page's one <h1>, when it carries a fair
    share of its prose: the story beside a sidebar of picture summaries longer than it,
    which ``best`` mixes with it. None if ``best`` holds no such element."""
    if best.tag == "article":
        return None
    articles = [el for el in best.iter("article") if el is not best]
    headlines = list(best.iter("h1"))
    if len(articles) != 1 or len(headlines) != 1:
        return None
    article = articles[0]
    st = stats.get(article)
    if (st is None or st.mass < _HEADED_SHARE * stats[best].mass
            or not _contains(article, headlines[0])):
        return None
    return article


_HEADLINE_MIN = 6  # characters of a heading that can be the page's headline
_HEADLINE_GAP = 3  # elements between the headline and the body under it: the date row


def _titled_body(root: HtmlElement, best: HtmlElement,
                 stats: dict[HtmlElement, Stats]) -> HtmlElement | None:
    """The box inside ``best`` holding the page's headline (a heading its <title> opens with)
    and, a few elements under it, the container the page marks as its body, when that
    container carries a fair share of ``best``'s prose: a grid row's article column beside a
    column of cards, each a headline and its summary, which ``best`` mixes with it once they
    pass four tenths of its prose. None if ``best`` holds no such box, or if the headline and
    the body share only ``best`` (the notes and references after the body are its own)."""
    title = _title_text(root)
    if len(title) < _HEADLINE_MIN:
        return None
    boxes = {box for el in best.iterdescendants() if isinstance(el.tag, str)
             and el.tag != "article" and (st := stats.get(el)) is not None
             and st.mass >= _HEADED_SHARE * stats[best].mass and article_marker(el)
             and (box := _headline_box(el, best, title)) is not None}
    return boxes.pop() if len(boxes) == 1 else None


_COLUMN_SHARE = 0.5  # of the best container's prose the headline's column carries
_TEASER_LINK = 6  # characters of a linked headline in a column of teasers
_TEASER_LINKED = 0.15  # share of a teaser column's characters in its linked headlines


def _headline_column(root: HtmlElement, best: HtmlElement,
                     stats: dict[HtmlElement, Stats]) -> HtmlElement | None:
    """The box inside ``best`` around the page's headline (a heading its <title> opens with)
    holding most of ``best``'s prose, when every sibling of it carrying prose is a column of
    teasers (two or more linked headlines, a fair share of its characters linked): a grid
    row's article column beside a column of cards, each a headline and its summary, told by
    structure where no class name marks the body (a build's hashed classes). None when a
    sibling holds prose with no run of linked headlines (the article's own rest, its notes)."""
    title = _title_text(root)
    if len(title) < _HEADLINE_MIN:
        return None
    heads = [h for h in best.iter("h1", "h2", "h3")
             if len(text := "".join(h.text_content().split())) >= _HEADLINE_MIN
             and title.startswith(text)]
    if len(heads) != 1:
        return None
    floor = _COLUMN_SHARE * stats[best].mass
    for node in heads[0].iterancestors():
        if node is best:
            return None
        parent = node.getparent()
        st = stats.get(node)
        if parent is None or st is None or st.mass < floor:
            continue
        others = [c for c in parent if isinstance(c.tag, str) and c is not node
                  and (s := stats.get(c)) is not None and s.mass >= 20]
        if others and all(_teaser_column(c, stats[c]) for c in others):
            return node
    return None


def _teaser_column(box: HtmlElement, st: Stats) -> bool:
    """Two or more linked headlines, a fair share of the box's characters linked."""
    linked = [a for a in box.iter("a") if len("".join(a.text_content().split())) >= _TEASER_LINK]
    return len(linked) >= 2 and st.link_chars >= _TEASER_LINKED * st.chars


def _headline_box(el: HtmlElement, best: HtmlElement, title: str) -> HtmlElement | None:
    """The box around ``el`` and a heading the <title> opens with standing a few elements
    before it (or before a box around it), when that box lies inside ``best``."""
    node: HtmlElement | None = el
    while node is not None and node is not best:
        for before in itertools.islice(node.itersiblings(preceding=True), _HEADLINE_GAP):
            if not isinstance(before.tag, str):
                continue
            heads = [before] if before.tag in ("h1", "h2", "h3") else list(
                before.iter("h1", "h2", "h3"))
            for head in heads:
                text = "".join(head.text_content().split())
                if len(text) >= _HEADLINE_MIN and title.startswith(text):
                    box = node.getparent()
                    return box if box is not None and box is not best else None
        node = node.getparent()
    return None


# A date row at the head of a cell, under its headline: labelled (发布时间：2024-06-02) or
# beside its source (2024-06-02 来源：某某日报).
_DATED_HEAD = compile_either(
    r"(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d"
    r"|(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}.{0,24}?来源\s*[:：]")
_HEAD_CHARS = 120  # characters at a cell's head: its headline and its date row
_CELL_SHARE = 0.5  # of the row's prose the article's cell carries at least
# …or, when the cell opens with the page's headline (the heading its <title> opens with), at
# least this share: a short article beside a side cell of more prose (专题介绍, 相关新闻).
_HEADED_CELL_SHARE = 0.25


def _head_text(el: HtmlElement) -> str:
    parts: list[str] = []
    size = 0
    for chunk in el.itertext():
        parts.append(chunk)
        size += len(chunk)
        if size >= _HEAD_CHARS:
            break
    return _SPACE.sub(" ", "".join(parts))[:_HEAD_CHARS]


def _prose_cells(row: HtmlElement, stats: dict[HtmlElement, Stats]) -> int:
    """How many cells of the table row ``row`` carry some prose."""
    return sum(1 for c in row if c.tag in ("td", "th") and (s := stats.get(c)) is not None
               and s.mass >= 20)


def _title_text(root: HtmlElement) -> str:
    """The page's <title>, its spaces taken out."""
    title_el = root.find(".//title")
    return "".join((title_el.text_content() if title_el is not None else "").split())


def _opens_with_headline(cell: HtmlElement, title: str) -> bool:
    """The cell's first words are a heading the page's <title> opens with."""
    first = next(("".join(t.split()) for t in cell.itertext() if t.strip()), "")
    return len(first) >= _HEADLINE_MIN and title.startswith(first)


def _article_cell(best: HtmlElement, stats: dict[HtmlElement, Stats],
                  title: str = "") -> HtmlElement | None:
    """In a page laid out in tables whose cells all carry prose (an old government page's
    notice board of short sentences beside the article), the one cell in ``best`` that opens
    with a date row under its headline and carries half its prose is the article; ``best``
    mixes the cells. A cell opening with the page's headline (``title``, the <title> without
    spaces) needs only a quarter: the side cell beside a short article may carry more prose.
    None if no cell alone does."""
    floor = _CELL_SHARE * stats[best].mass
    dated: list[HtmlElement] = []
    for cell in best.iter("td", "th"):
        st = stats.get(cell)
        if st is None or any(_contains(d, cell) for d in dated):
            continue
        if st.mass < floor and not (st.mass >= _HEADED_CELL_SHARE * stats[best].mass
                                    and _opens_with_headline(cell, title)):
            continue
        row = cell.getparent()
        if (row is not None and _prose_cells(row, stats) >= 2
                and _DATED_HEAD.search(_head_text(cell))):
            dated.append(cell)
    return dated[0] if len(dated) == 1 else None


def _contains(outer: HtmlElement, inner: HtmlElement) -> bool:
    el: HtmlElement | None = inner
    while el is not None:
        if el is outer:
            return True
        el = el.getparent()
    return False


def _depth(el: HtmlElement) -> int:
    d = 0
    parent = el.getparent()
    while parent is not None:
        d += 1
        parent = parent.getparent()
    return d


# Blocks a data table's cell does not hold; a cell holding one lays the page out.
_CELL_BLOCKS = frozenset({"p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                          "blockquote", "pre", "section", "article"})


def layout_table(table: HtmlElement) -> bool:
    """A table that lays a page out rather than holding data: one of its cells holds a block
    element (old government sites set the article's <p> paragraphs inside a cell), unless it
    is a grid of short values each wrapped in one paragraph (see ``_paragraph_grid``)."""
    return any(isinstance(child.tag, str) and child.tag in _CELL_BLOCKS
               for cell in table.iter("td", "th") for child in cell) and not _paragraph_grid(table)


_GRID_VALUE = 40  # characters of one grid cell's value: a name, a unit, a figure, no prose
_SENTENCE_MARK = compile_either(r"[。！？；!?;]")
_GRID_ROWS = 3  # rows of as many cells each: a grid even with prose in a column (主要事迹)


def _paragraph_grid(table: HtmlElement) -> bool:
    """A data table pasted from a word processor: every cell wraps its value in one paragraph
    (<td><p>甘某某</p></td>), two or more rows of two or more cells, the values short or
    the rows (three or more) all as wide (序号 | 姓名 | 主要事迹 with a sentence in the last).
    A layout table's cell holds the article's paragraphs, or a menu."""
    rows = [tr for tr in table.iter("tr") if _table_of(tr) is table]
    widths: list[int] = []
    short = True
    for tr in rows:
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(cells) >= 2:
            widths.append(len(cells))
        for cell in cells:
            blocks = [ch for ch in cell.iter() if ch is not cell and isinstance(ch.tag, str)
                      and ch.tag in _CELL_BLOCKS]
            if len(blocks) > 1 or any(b.tag not in ("p", "div") for b in blocks):
                return False
            text = " ".join(cell.text_content().split())
            short = short and len(text) <= _GRID_VALUE and not _SENTENCE_MARK.search(text)
    if len(widths) < 2:
        return False
    return short or (len(widths) == len(rows) >= _GRID_ROWS and len(set(widths)) == 1)


def _table_of(el: HtmlElement) -> HtmlElement | None:
    """The nearest table above ``el``."""
    return next(el.iterancestors("table"), None)
