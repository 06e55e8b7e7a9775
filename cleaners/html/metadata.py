"""Publication metadata from a parsed page: title, date, publisher, authors, canonical URL, script.

Meta tags first, then the page's own "来源：/作者：/发布时间：" line, then htmldate for the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..names import clean_source, plausible_author
from ..spam.lexicon import shared_lexicon

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["PageMeta", "clean_title", "page_meta"]


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    date: str | None = None
    source_name: str | None = None
    authors: tuple[str, ...] = ()
    canonical_url: str | None = None


_WS = re.compile(r"\s+")
# Site suffixes in <title>: "标题_频道_某某网", "标题 - 某某网", "标题|某某市人民政府".
_SITE_SUFFIX = re.compile(
    r"-(?=[^-]{2,20}$)(?=.*(?:网|报|新闻|在线|频道|政府|设计|科技|中心|平台|杂志|电视台|官网))")
_TITLE_SEP = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|--|——|::|\s·\s)\s*")


def _norm(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def clean_title(raw: str | None, h1: str | None = None) -> str | None:
    """The article title: a heading the <title> contains, else <title> minus its site suffix."""
    title = _norm(raw)
    head = _norm(h1)
    if head and title and (head in title or title in head):
        return head if len(head) >= 4 else title
    if not title:
        return head or None
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) == 1:
        # "标题-某某网": a bare hyphen before a short site name.
        parts = [p for p in re.split(r"-(?=[^-\s]{2,15}$)", title) if p.strip()]
    if len(parts) == 1:
        # "标题-EDN 电子技术设计": a site name with a space, told by its wording.
        m = _SITE_SUFFIX.search(title)
        if m and m.start() >= 10:
            parts = [title[: m.start()], title[m.start() + 1 :]]
    # A spam mirror stuffs its <title> with brands and selling phrases (某某娱乐_某某官网_…):
    # those parts are no title; the page's own headline is.
    clean = [p for p in parts if not _sells(p)]
    if len(clean) < len(parts) and head and len(head) >= 6 and not _sells(head):
        return head
    if not clean:  # every part sells: a stuffed title, unless it is one news headline
        return head or (None if len(parts) > 1 else title)
    if len(clean) > 1:
        # The article part comes first on Chinese sites; keep it unless it is a tiny label.
        first = clean[0]
        return first if len(first) >= 4 else max(clean, key=len)
    return clean[0]


def _sells(text: str) -> bool:
    """Names a spam brand or selling phrase of the spam lexicons (not a mere topic word)."""
    return any(h.kind != "term" for h in shared_lexicon().scan(text))


def _meta(root: HtmlElement, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for el in root.iter("meta"):
        key = (
            el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or ""
        ).lower()
        if key in wanted:
            value = _norm(el.get("content"))
            if value:
                return value
    return None


_DATE = re.compile(
    r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
_DATE_LABEL = re.compile(r"(?:发布|发表|更新|刊发|出版|时间|日期|来源|作者|编辑)")
_SOURCE = re.compile(
    r"(?<![图片资料数据])(?:来源|稿源|出处)\s*[:：]\s*"
    r"([^\s|丨，,:：]{2,24}?)(?=$|[\s|丨，,）)]|作者|编辑|记者|时间|发布|浏览|点击)"
)
_AUTHOR = re.compile(
    r"(?:作者|撰文|文)\s*[:：/]\s*([^|丨\n]{2,60})|(?:^|[（(\s])记者\s*[:：]?\s*([^|丨\n）)]{2,40})"
    r"|^(?:By|BY|by)\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})"
)
_AUTHOR_STOP = re.compile(
    r"\s*(?:来源|发布|时间|日期|编辑|责任编辑|浏览|点击|字号|通讯员|\d{4}[-年]|[|丨]).*$"
)
_AUTHOR_CUT = re.compile(
    r"^(?:本报|本台|本网)?(?:特约|见习|实习)?记者\s*|(?:综合报道?|报道|综合|摄影?|整理)$"
)
_NAME_SPLIT = re.compile(r"[、，,；;\s]+")
def _iso(m: re.Match[str]) -> str | None:
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if m.group(4) is not None and m.group(5) is not None:
        h, mi = int(m.group(4)), int(m.group(5))
        s = int(m.group(6)) if m.group(6) else 0
        if h < 24 and mi < 60 and s < 60:
            out += f"T{h:02d}:{mi:02d}:{s:02d}"
    return out


def _meta_date(root: HtmlElement) -> str | None:
    raw = _meta(
        root,
        "article:published_time",
        "og:release_date",
        "pubdate",
        "publishdate",
        "publish_date",
        "publishtime",
        "datepublished",
        "dc.date",
        "dc.date.issued",
        "firstpublishedtime",
        "weibo:article:create_at",
        "article:published",
    )
    if raw:
        m = _DATE.search(raw)
        if m:
            return _iso(m)
    for el in root.iter("time"):
        m = _DATE.search(el.get("datetime") or el.text_content())
        if m:
            return _iso(m)
    return None


def _authors(raw: str) -> tuple[str, ...]:
    raw = _AUTHOR_STOP.sub("", raw).strip()
    names: list[str] = []
    for part in _NAME_SPLIT.split(raw):
        part = _AUTHOR_CUT.sub("", part.strip("（）()[]【】"))
        part = _AUTHOR_CUT.sub("", part)
        if plausible_author(part):
            names.append(part)
    return tuple(dict.fromkeys(names))


def page_meta(root: HtmlElement, lines: list[str], *, find_date: bool = True) -> PageMeta:
    """Metadata from the (pruned) page ``root`` and its short lines around the article."""
    h1_el = root.find(".//h1")
    h1 = _norm(h1_el.text_content()) if h1_el is not None else None
    title_el = root.find(".//title")
    raw_title = _norm(title_el.text_content()) if title_el is not None else None
    og = _meta(root, "og:title", "twitter:title")
    title = clean_title(og or raw_title, h1 or (raw_title if og else None))

    date = _meta_date(root)
    source = _meta(root, "source", "contentsource", "article:source", "og:article:source")
    author_meta = _meta(root, "author", "article:author", "og:article:author")
    authors: tuple[str, ...] = _authors(author_meta) if author_meta else ()
    for line in lines:
        if len(line) > 160:
            continue
        if date is None and _DATE_LABEL.search(line):
            m = _DATE.search(line)
            if m:
                date = _iso(m)
        if source is None:
            m = _SOURCE.search(line)
            if m:
                source = m.group(1).strip()
        if not authors:
            m = _AUTHOR.search(line)
            if m and m.group(3):
                authors = (m.group(3),)
            elif m:
                authors = _authors(m.group(1) or m.group(2))
    if date is None:
        for line in lines:
            if len(line) <= 80:
                m = _DATE.search(line)
                if m:
                    date = _iso(m)
                    break
    if date is None and find_date:
        date = _htmldate(root)
    canonical = None
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href", "").strip() or None
            break
    canonical = canonical or _meta(root, "og:url")
    authors = tuple(a for a in authors if plausible_author(a))
    return PageMeta(title, date, clean_source(source), authors, canonical)


def _htmldate(root: HtmlElement) -> str | None:
    from htmldate import find_date  # slow path: only pages with no date in meta or text

    try:
        found = find_date(root, extensive_search=True, original_date=True, outputformat="%Y-%m-%d")
        # A bare year (a copyright line, "2017") comes back as 1 January: keep it only if the
        # strict search agrees, otherwise no date beats a wrong one.
        if found and found.endswith("-01-01") and not find_date(
                root, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"):
            return None
    except (ValueError, TypeError):
        return None
    return found or None


