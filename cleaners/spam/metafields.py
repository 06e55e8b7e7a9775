"""A mirror's brand in the page's metadata: its title's suffix, its 来源 or author field.

A spam mirror names itself where a news site names itself: after the headline in its title
(…工程-某某娱乐(中国)官方网站) and in its 来源 field (来源：某某娱乐·(中国)官方网站).
meta.lines lifts those fields before any spam cleaner reads the page, so the brand would
become the publisher. This pass reads each field's value (a title's parts between its
separators) as a whole. A value that is a brand goes: in the form mirrors print one (a
name, a product word of ``lexicons/brand_shape.tsv``, the country in brackets or a dot or
not, promo words: 某某娱乐(中国)官方网站, 某某体育官网, AB娱乐APP下载), or an operator's name
the lexicon knows. A real publisher names no promo word (人民网, 某某体育局, 中国体育报,
某某国际旅行社).

A shaped value goes on evidence: the mirror's bracketed country (某某体育(中国)官方网站, a
template of mirror sites), a gaming word (某某棋牌官网), or spam the other spam cleaners cut
from the page; a sports platform's app (某某体育客户端) on a clean page stays a publisher.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from cleaners.document import Doc, Removal

from .lexicon import _alternation, _shape_words, coined_name, shared_lexicon, simplified_text

if TYPE_CHECKING:
    from cleaners.document import Meta

    from .stats import ChineseStats, LazyStats

__all__ = ["brand_value", "cleared_meta", "credited_instead"]

# Between a product word and its promo words: a middle dot or a space, and the country in
# brackets a mirror's template sets there (某某娱乐·(中国)官方网站).
_COUNTRY = re.compile(r"[·・•\s]*(?:(?P<country>[（(]\s*中国\s*[)）])[·・•\s]*)?")
# A coined name before the product word: two to four Han characters, or a Latin name of
# letters and digits (AB娱乐, hg88体育).
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9]{1,7}|[0-9]{2,5}[A-Za-z]{1,4}")
# A gaming venue's character after a brand's 娱乐 (某某娱乐城, 某某娱乐场).
_VENUE = frozenset("城场場")
# The separators a <title> sets between the headline and the site's name (标题-站名,
# 标题_站名, 标题 | 站名, 标题——站名).
_TITLE_SEP = re.compile(r"\s*(?:[-–—_|｜]+)\s*")
# Characters the headline a title keeps holds at least: a name cut off a title leaves one.
_HEADLINE_MIN = 6


@lru_cache(maxsize=1)
def _product() -> re.Pattern[str]:
    words = _shape_words()
    return re.compile(f"(?:{_alternation(words['product'] + words['gaming'])})+")


@lru_cache(maxsize=1)
def _promos() -> re.Pattern[str]:
    """Promo words to a value's end (官方网站, APP下载, 官网入口), spaces or dots between."""
    return re.compile(rf"(?:[·・•\s]*(?:{_alternation(_shape_words()['promo'])}))+[·・•\s]*$",
                      re.IGNORECASE)


def _coined(name: str, stats: ChineseStats) -> bool:
    """``name`` may be an operator's coined name: a Latin one, or Han characters none of them
    a function character, and neither the name nor its first or last two a common word."""
    return name.isascii() or coined_name(name, stats)


def _known_brands(text: str) -> list[str]:
    """The operator's name the lexicon knows (weight 2 or more) that ``text`` is, with promo
    words or the bracketed country after it or not; none where ``text`` says more (a headline
    naming a casino's case). A one-off string: scanned directly, not through the page memo
    of hits_by_line."""
    for h in shared_lexicon().scan(text):
        if h.kind == "brand" and h.weight >= 2 and not text[: h.start].strip(" ·・•"):
            end = h.end
            if h.term.endswith("娱乐") and text[end:end + 1] in _VENUE:
                end += 1  # the brand's venue after its product word (某某娱乐城, 某某娱乐场)
            rest = _COUNTRY.match(text, end)
            assert rest is not None  # every part of it is optional
            if rest.end() == len(text) or _promos().match(text, rest.end()):
                return [h.term]
    return []


def _may_be_brand(value: str) -> bool:
    """A cheap test: ``value`` holds a product word and ends on a promo word."""
    return _product().search(value) is not None and _promos().search(value) is not None


def brand_value(value: str, stats: ChineseStats, *, page_spam: bool,
                titled: bool = False) -> str | None:
    """Why ``value`` (a whole metadata value) is a brand, or None: an operator's name the
    lexicon knows, or a coined name, a product word and promo words to its end (see the
    module's docstring) with evidence: the bracketed country, a gaming word, ``page_spam``
    (the spam cleaners cut spam from the page) or ``titled`` (the page names it only after
    its headline in the title line and in its rows of fields: _titled_only)."""
    text = simplified_text(value.strip())
    if not text:
        return None
    brands = _known_brands(text)
    if brands:
        return f"an operator's name the lexicon knows ({', '.join(brands)[:40]})"
    if not _may_be_brand(text):
        return None
    for product in _product().finditer(text):
        name = text[: product.start()].strip()
        country = _COUNTRY.match(text, product.end())
        assert country is not None  # every part of it is optional
        if (_NAME.fullmatch(name) and _promos().match(text, country.end())
                and _coined(name, stats)):
            break
    else:
        return None
    gaming = any(w in product[0] for w in _shape_words()["gaming"])
    if not (country["country"] or gaming or page_spam or titled):
        return None
    evidence = ("the bracketed country of a mirror's template" if country["country"]
                else "a gaming word" if gaming else "spam cut elsewhere on the page"
                if page_spam else "named only after the headline in the page's title line "
                "and in its rows of fields")
    return f"a brand as mirrors print one ({name}{product[0]} with promo words; {evidence})"


def _title_without_brand(title: str, stats: ChineseStats, page_spam: bool
                         ) -> tuple[str, list[tuple[str, str]]]:
    """``title`` without the brand parts at its ends (标题-某某娱乐(中国)官方网站), and each part
    cut with why; the title as it is when no headline of ``_HEADLINE_MIN`` would be left."""
    seps = list(_TITLE_SEP.finditer(title))
    if not seps:
        return title, []
    bounds = [0, *(x for m in seps for x in m.span()), len(title)]
    parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    first, last = 0, len(parts)
    cut: list[tuple[str, str]] = []
    while last - first > 1:
        a, b = parts[last - 1]
        why = brand_value(title[a:b], stats, page_spam=page_spam)
        if why is None:
            break
        cut.append((title[a:b], why))
        last -= 1
    while last - first > 1:
        a, b = parts[first]
        why = brand_value(title[a:b], stats, page_spam=page_spam)
        if why is None:
            break
        cut.append((title[a:b], why))
        first += 1
    if not cut:
        return title, []
    kept = title[parts[first][0] : parts[last - 1][1]].strip()
    if len(kept) < _HEADLINE_MIN:
        return title, []
    return kept, cut


def _suspect(value: str) -> bool:
    """A cheap test: ``value`` may hold a brand (a product word and a promo word at its end,
    or an operator's name the lexicon knows anywhere in it), read in simplified script as
    the words are written (娛樂…官方網站 as 娱乐…官方网站)."""
    text = simplified_text(value)
    return _may_be_brand(text) or any(h.kind == "brand" for h in shared_lexicon().scan(text))


def _titled_only(doc: Doc, value: str) -> bool:
    """``value`` closes the page's title line (the headline, a separator, the value: 标题_某某
    娱乐官方网站) and every other line naming its name (the words before its product word,
    某某) is a row meta.lines lifted (来源：某某娱乐官方网站): the site a mirror's template names
    itself as, in its <title> and its 来源, while the masthead and the footer it copied name
    the article's own site. A site's own name stands in its masthead or footer too (版权所有：
    某某娱乐)."""
    title, whole = doc.meta.title, simplified_text(value.strip())
    product = _product().search(whole)
    name = whole[: product.start()].strip() if product else ""
    if not title or not name:
        return False
    head = simplified_text(title.strip())
    lines = [(r.cleaner, r.rule, simplified_text(r.text.strip())) for r in doc.removals]
    lines += [("", "", simplified_text(line.strip())) for line in doc.text.split("\n")]
    titled = False
    for cleaner, rule, line in lines:
        if name not in line:
            continue
        if (line.startswith(head) and line.endswith(whole) and len(line) > len(head) + len(whole)
                and _TITLE_SEP.fullmatch(line[len(head) : len(line) - len(whole)])):
            titled = True
        elif (cleaner, rule) != ("meta.lines", "meta_line"):
            return False
    return titled


def cleared_meta(doc: Doc, lazy: LazyStats, cleaner: str) -> Doc:
    """``doc`` whose title loses a brand at its ends and whose publisher and authors are no
    brand (see brand_value), each cut recorded as ``cleaner``'s removal."""
    meta = doc.meta
    if not any(_suspect(v) for v in (meta.title, meta.source_name, *meta.authors) if v):
        return doc
    stats = lazy.get()
    page_spam = any(r.cleaner.startswith("spam.") for r in doc.removals)
    removed: list[Removal] = []
    title, source = meta.title, meta.source_name
    if title:
        title, cut = _title_without_brand(title, stats, page_spam)
        removed += [Removal(cleaner, "brand_in_title", f"the title's part is {why}", part,
                            "title") for part, why in cut]
    if source and (why := brand_value(source, stats, page_spam=page_spam,
                                      titled=_titled_only(doc, source))):
        removed.append(Removal(cleaner, "brand_as_source", f"the publisher read is {why}",
                               source, "source_name"))
        source = None
    authors = []
    for author in meta.authors:
        if why := brand_value(author, stats, page_spam=page_spam):
            removed.append(Removal(cleaner, "brand_as_author", f"the author read is {why}",
                                   author, "authors"))
        else:
            authors.append(author)
    if not removed:
        return doc
    return doc.evolve(meta=replace(meta, title=title, source_name=source,
                                   authors=tuple(authors)), removed=removed)


def credited_instead(before: Meta, doc: Doc) -> Doc:
    """``doc`` whose publisher and authors, where a spam cleaner took them as a mirror's
    (``before``: the fields as meta.lines read them), are those a source credit names that the
    chrome took out before or after the article (本文来源：某某晚报　记者：某某 under the
    text): meta.lines reads the row of the page's fields first, and would have read the credit
    had the mirror not written its row. A credit that may hold a brand itself, or names what
    a spam cleaner cut, names nothing."""
    lost_source = bool(before.source_name) and not doc.meta.source_name
    lost_authors = bool(before.authors) and not doc.meta.authors
    if not (lost_source or lost_authors):
        return doc
    # imported here: meta reads the spam lexicon, whose package imports this module
    from cleaners.meta import credited_fields

    source, authors = credited_fields(doc.text, doc.removals)
    cut = [simplified_text(r.text) for r in doc.removals if r.cleaner.startswith("spam.")]

    def clean(value: str) -> bool:
        text = simplified_text(value)
        return not _suspect(value) and not any(text in c or c in text for c in cut if c)

    meta = doc.meta
    if lost_source and source and clean(source):
        meta = replace(meta, source_name=source)
    if lost_authors and authors and all(map(clean, authors)):
        meta = replace(meta, authors=authors)
    return doc if meta is doc.meta else doc.evolve(meta=meta)
