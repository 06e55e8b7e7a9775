"""Brands no lexicon knows, found by the form mirrors print them in (``spam.brands``).

A spam mirror names operators the lexicons never saw (coined names: 某某体育, 某某娱乐), but it
prints them in a few forms an article does not use: a name and a product word of
``lexicons/brand_shape.tsv`` with promo words after it (某某体育登录入口) or its site's address
with digits in its name (某某娱乐 www.ab88.com, 某某国际（ab88.vip）), the name and product
word in square or corner brackets (【某某棋牌】), a bare numbered address (6168.com). One such
string may be an article's citation of an app or a site; a page that prints a row of them,
or one with its numbered address, or one on a page the other spam cleaners found spam on, is
a mirror. The forms are read by their shape, never by a name.

A mirror's brand in the page's metadata (its title's suffix, its 来源 field) goes too, by
its form alone (see ``metafields``).

Runs after spam.injection, which reads the same forms as evidence for its analysis of the
page: this cleaner only takes what is left, so the analysis sees the page as it came.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from cleaners.document import Doc, Removal

from .fragments import SPLIT
from .lexicon import (
    _TLD,
    CITED_SOURCE,
    CITING_VERBS,
    CITING_WORDS,
    NEWS_CONTEXT,
    _alternation,
    _product_word,
    _reports_spam,
    _shape_words,
    advert_talk,
    any_bracketed_brand,
    bracketed_brands,
    chrome_rests,
    coined_name,
    cut_row,
    hits_by_line,
    listed_address,
    news_topics,
    product_words,
    simplified_page,
    simplified_text,
)
from .metafields import cleared_meta, credited_instead
from .stats import LazyStats

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .stats import ChineseStats

__all__ = ["CoinedBrands", "CoinedForm", "coined_brand_forms"]

# A site's address whose name holds two digits or more (8832.com, www.ab5800.net), as gambling
# sites are named; not an e-mail address or a path, and not .cn, .gov or .edu (the article's
# own links end so: 政府网站 www.gov.cn). A short host of letters may stand where www does
# (hx.5599.cc, m.ab88.com: a mirror's brand initials or its mobile host).
_NUMBERED_SITE = (r"(?<![A-Za-z0-9@./_-])(?:https?://)?(?:(?:www|[A-Za-z]{1,3})\.)?"
                  r"(?=[A-Za-z0-9-]*[0-9][A-Za-z-]*[0-9])[A-Za-z0-9][A-Za-z0-9-]{1,20}"
                  rf"\.{_TLD}(?![A-Za-z0-9.])")
_BARE_SITE = re.compile(_NUMBERED_SITE, re.IGNORECASE)
# An address with a digit in its name set alone between two sentences, apart by a space
# (…农产品。jyb8.com 下一步…): planted there; an article introduces the sites it cites.
_LONE_SITE = re.compile(r"(?<=[。！？!?])[ \t\u3000]*(?:www\.)?"
                        r"(?=[a-z-]*[0-9])[a-z0-9][a-z0-9-]{1,20}"
                        rf"\.{_TLD}(?=[ \t\u3000]|$)", re.IGNORECASE)
# A top-level domain after a dot: opens with a literal, so sre skips ahead fast (the address
# pattern opens with a lookbehind and reads a page at a few MB/s); most pages hold none.
_DOT_TLD = re.compile(rf"\.{_TLD}(?![A-Za-z0-9.])", re.IGNORECASE)
# A Latin name with a number as gambling sites name themselves: lower-case letters and digits
# against Han text (书hg688记; news writes its codes in upper case: MU5735, AG600), or any case
# with a product word after it (HG686棋牌, yb535电竞).
# A name may open with its number too (188ly, 9yk), but only with a product word after it
# (188ly电子, 9yk体育): a figure and its unit (12km的道路) read the same.
_LATIN_NUMBERED = re.compile(
    r"(?<![A-Za-z0-9.@/_-])(?:[a-z]{2,4}[0-9]{2,6}(?![A-Za-z0-9.@/_%-])"
    r"|[A-Za-z]{2,4}[0-9]{1,6}(?=[\u4e00-\u9fff]{2})"
    r"|(?P<lead>[0-9]{1,4}[a-z]{2,4})(?=[\u4e00-\u9fff]{2}))")
# A Latin name with a number of any case, standing apart from other letters, digits and an
# address's marks: a brand's only when it is set inside a word (发|AB953|布: deleting it
# re-joins the word), where news never writes its codes (东航MU5735航班 stands between words).
_LATIN_CODE = re.compile(r"(?<![A-Za-z0-9.@/_-])[A-Za-z]{2,4}[0-9]{1,6}(?![A-Za-z0-9.@/_%-])")
# What a site or an app an article cites follows: a verb of using it, a preposition, a list
# mark or a quotation mark (下载某某体育APP, 在某某体育客户端, 、某某体育官网): the article's.
_CITING = re.compile(f"(?:{CITING_WORDS}|[“‘《])$")
_CITING_VERB = re.compile(f"(?:{CITING_VERBS})$")
# Different Latin names or numbered sites that make a page a mirror's by themselves.
_LATIN_ROW = 3
# A name of Latin letters right before a product word, no letter, digit or address mark
# before it (hx in hx娱乐; not the tail of an address or a code).
_LATIN_NAME_BEFORE = re.compile(r"(?<![A-Za-z0-9.@/_-])[A-Za-z]{2,4}[ \t]?$")
# A brand set after a paragraph's last sentence (…受益群众2.3万人。某某汇官网 ab0769.cc 信誉保障)
# takes the few words of its pitch after it to the line's end: no clause mark, this many
# characters at most (信誉保障, 秒提现, 首存加送); an article's next sentence is longer or
# holds a comma.
_PITCH_AFTER = re.compile(r"[ \t\u3000]*[^\s，,。；;！!？?、：:“”]{1,8}[ \t\u3000]*$")
_AFTER_STOP = re.compile(r"[。！？!?][ \t\u3000]*$")
_NAME_AFTER_STOP = re.compile(r"[。！？!?][ \t\u3000]*([\u4e00-\u9fff]{1,2})$")


@dataclass(frozen=True, slots=True)
class CoinedForm:
    """A brand the lexicon does not know, in a form mirrors print one: ``addressed`` (a name
    and a product word with its site's numbered address: 某某体育 www.ab88.com), ``shaped`` (a
    name, a product word and promo words: 某某体育登录入口), ``bracketed`` (【某某娱乐】) or
    ``site`` (a bare numbered address: 6168.com) or ``latin`` (a Latin name with a number:
    hg688 against Han text, HG686棋牌). ``cited``: it follows a verb of using it, a
    list or quotation mark, as an article cites an app, or it is a bracketed name alone
    opening its line (a source tag)."""

    start: int
    end: int
    form: str
    cited: bool


@lru_cache(maxsize=1)
def _promo_run() -> re.Pattern[str]:
    return re.compile(f"(?:{_alternation(_shape_words()['promo'])})+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _latin_promo() -> re.Pattern[str]:
    """The promo words after a Latin name, 在线 before them or not (官网入口, 在线注册)."""
    return re.compile(f"(?:在线)?{_promo_run().pattern}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _address_after() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(_shape_words()['promo'])})*[ \t\u3000]*"
                      rf"(?:[（(][ \t]*{_NUMBERED_SITE}[ \t]*[）)]|{_NUMBERED_SITE})",
                      re.IGNORECASE)


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _coined_name(line: str, start: int, end: int, stats: ChineseStats) -> int | None:
    """Where the coined name before a product word at ``start`` (the form ending at ``end``)
    begins: two Han characters, or three when deleting three reads much better (a deletion
    gain lower by 2: 。汇丰达真人手机版); None for a common word or one holding a function
    character."""
    if start < 2 or not (_is_han(line[start - 2]) and _is_han(line[start - 1])):
        return None
    at = start - 2
    if start >= 3 and _is_han(line[start - 3]) and (
            stats.deletion_gain(line, start - 3, end) < stats.deletion_gain(line, at, end) - 2):
        at = start - 3
    return at if coined_name(line[at:start], stats) else None


def _verb_cited(line: str, form: CoinedForm) -> bool:
    """``form`` follows a verb of using a site or an app (下载, 访问...), or is a bracketed
    name alone opening its line (a source tag)."""
    return (_CITING_VERB.search(line, max(0, form.start - 2), form.start) is not None
            or (form.start == 0 and form.form == "bracketed" and form.cited))


def _cited(line: str, start: int, end: int) -> bool:
    return (_CITING.search(line, max(0, start - 2), start) is not None
            or CITED_SOURCE.match(line, end) is not None)


def coined_brand_forms(line: str, stats: ChineseStats) -> list[CoinedForm]:
    """The brands in ``line`` printed as mirrors print operators the lexicon does not know
    (see CoinedForm), by their form alone. Non-overlapping, in order."""
    found: list[CoinedForm] = []
    for start, end in product_words(line):
        if after := _address_after().match(line, end):
            form, until = "addressed", after.end()
        elif promos := _promo_run().match(line, end):
            form, until = "shaped", promos.end()
        else:
            continue
        at = _coined_name(line, start, end, stats)
        if at is None and form == "addressed":
            # a Latin name (pinyin initials) printed with its site's numbered address: hx娱乐
            # hx.5599.cc; an article cites an app by its name, not with a numbered site
            latin = _LATIN_NAME_BEFORE.search(line, 0, start)
            at = latin.start() if latin else None
        if at is not None:
            found.append(CoinedForm(at, until, form, _cited(line, at, until)))
    # A name with no product word, but promo words and its site's numbered address after it
    # (某某汇官网 ab0769.cc, 某某登录 www.ab88.com): sold as an operator's site, which an
    # article does not print so (人民网官网 www.people.com.cn: no number in the name).
    if _DOT_TLD.search(line):
        for promos in _promo_run().finditer(line):
            after = _address_after().match(line, promos.end())
            if after is None or any(s < promos.start() <= e for s, e in product_words(line)):
                continue
            at = _coined_name(line, promos.start(), after.end(), stats)
            if at is not None and (whole := _NAME_AFTER_STOP.search(line, 0, at)):
                at = whole.start(1)  # the whole name between the stop and its promo words
            if at is not None and not (at and line[at - 1].isalnum() and not _is_han(
                    line[at - 1])):
                found.append(CoinedForm(at, after.end(), "addressed",
                                        _cited(line, at, after.end())))
    # a brand set after the paragraph's last sentence takes its pitch to the line's end
    found = [replace(f, end=len(line)) if f.form == "addressed" and _AFTER_STOP.search(
                 line, 0, f.start) and _PITCH_AFTER.match(line, f.end) else f for f in found]
    # A bracketed name alone opening its line is a source tag (【某某体育】…); with promo words
    # after it (【某某体育】官网入口) it is none.
    found += [CoinedForm(a, b, "bracketed",
                         _cited(line, a, b) or (a == 0 and line[b - 1] in "】」』〗"))
              for a, b, name in bracketed_brands(line) if coined_name(line[name : name + 2], stats)]
    if _DOT_TLD.search(line):
        found += [CoinedForm(*m.span(), "site", _cited(line, *m.span()))
                  for m in _BARE_SITE.finditer(line)]
        numbered = {f.start for f in found}
        found += [CoinedForm(*m.span(), "site", False) for m in _LONE_SITE.finditer(line)
                  if not any(m.start() <= at < m.end() for at in numbered)]
    for m in _LATIN_NUMBERED.finditer(line):
        a, b = m.span()
        if (a and (_is_han(line[a - 1]) or line[a - 1] in "。，；！？、")) or (
                b < len(line) and _is_han(line[b])):
            products = _product_word().match(line, b)
            end = products.end() if products else b
            # with the promo words after it (kx9官网入口, Tyc365在线注册): the mirror's, as the
            # name is; a name of any case that news would not write before them
            promos = _latin_promo().match(line, end)
            if products or promos or (line[a:b].islower() and not m["lead"]):
                end = promos.end() if promos else end
                found.append(CoinedForm(a, end, "latin", _cited(line, a, end)))
    taken = {f.start for f in found if f.form == "latin"}
    for m in _LATIN_CODE.finditer(line):
        a, b = m.span()
        if (a not in taken and a and b < len(line) and _is_han(line[a - 1]) and _is_han(line[b])
                and stats.deletion_gain(line, a, b) <= SPLIT):
            found.append(CoinedForm(a, b, "latin", _cited(line, a, b)))
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[CoinedForm] = []
    for coined in found:
        if out and coined.start == out[-1].end:
            # a row of brands (某某电竞APP下载某某体育…): the promo word before this one is the
            # last one's, no verb citing it
            coined = replace(coined, cited=False)
        if not out or coined.start >= out[-1].end:
            out.append(coined)
    return out


# A piece of a row of operators: a Latin name (letters, digits) and a few Han characters
# (YBwin真人, Bw918老虎机, 9yk体育下注) or an address.
_ROW_PIECE = re.compile(r"[A-Za-z0-9]{2,}[A-Za-z0-9.]*[\u4e00-\u9fff]{0,6}")
_ROW_PIECES = 3


def _operators_row(line: str) -> bool:
    """Whether ``line`` is a row of operators' names between spaces, three or more, each a
    Latin name with a product or promo word or none (see ``_ROW_PIECE``): a mirror's link farm
    saved as text. An article's line holds a sentence."""
    pieces = line.split()
    return len(pieces) >= _ROW_PIECES and all(_ROW_PIECE.fullmatch(p) for p in pieces)


# What a mirror calls its brand's site after the name (某某体育官方平台): no promo word of
# brand_shape.tsv alone (平台 is an article's word), read only after a name the address proved.
_PLATFORM = "官方平台|官方网站平台"


def _named_again(lines: Sequence[str], coined: list[list[CoinedForm]],
                 news: Sequence[bool]) -> list[list[CoinedForm]]:
    """``coined`` with the name and product word of every brand printed with its site's
    numbered address (hx娱乐 of hx娱乐 hx.5599.cc) found again where it stands bare outside
    news-like lines, uncited (…担任管护员，hx娱乐负责…): the mirror's brand, which the address
    proved, planted into the article's sentences."""
    names: set[str] = set()
    for line, forms in zip(lines, coined, strict=True):
        for f in forms:
            if f.form == "addressed":
                names.update(line[f.start : e] for s, e in product_words(line)
                             if f.start < s and e <= f.end)
    if not names:
        return coined
    # with the promo words or the platform the mirror names after it (hx娱乐官方平台)
    pattern = re.compile(rf"(?<![A-Za-z0-9]){_alternation(names)}"
                         rf"(?:{_promo_run().pattern}|{_PLATFORM})?", re.IGNORECASE)
    out = []
    for line, forms, is_news in zip(lines, coined, news, strict=True):
        more = [CoinedForm(*m.span(), "repeated", False) for m in pattern.finditer(line)
                if not is_news and not _cited(line, *m.span())
                and not any(f.start < m.end() and m.start() < f.end for f in forms)]
        out.append(sorted([*forms, *more], key=lambda f: f.start) if more else forms)
    return out


def _may_coin(text: str) -> bool:
    """Whether ``text`` may print a coined brand form: a product word with a promo word or an
    address right after it, a numbered site address or a bracketed name and product word (a
    few regex scans; most pages have none)."""
    products = product_words(text)
    return (any(_promo_run().match(text, end) or _address_after().match(text, end)
                for _, end in products)
            or (_DOT_TLD.search(text) is not None and _BARE_SITE.search(text) is not None)
            or any_bracketed_brand(text, products))


def _mirror_fields(doc: Doc, cleaner: str, rows: Sequence[str],
                   addressed: Sequence[Sequence[CoinedForm]]) -> tuple[Doc, list[Removal]]:
    """``doc`` without the metadata a mirror wrote in the rows meta.lines lifted (``rows``,
    each with the brands it prints with their addresses, ``addressed``), and what went: a
    publisher naming such a brand (来源：某某体育官方平台), an author standing in a row whose
    来源 is such a brand (来源：某某体育 ab5566.com 作者：客服某某). The article's own fields name
    no brand, and its own row keeps its author whatever brand was planted in it."""
    names = {row[f.start : e] for row, forms in zip(rows, addressed, strict=True)
             for f in forms for s, e in product_words(row) if f.start < s and e <= f.end}
    # a row whose 来源 is the brand itself is the mirror's own; one whose publisher a brand
    # was planted after (来源：某某县农业农村局 某某体育官网ab.3377.vip　作者：…) is the article's
    proving = [row for row, forms in zip(rows, addressed, strict=True)
               if any(_SOURCE_LABEL.search(row[: f.start]) for f in forms)]
    meta, removed = doc.meta, []
    source = meta.source_name
    name = next((n for n in names if source and n in simplified_text(source)), None)
    if source and name:
        removed.append(Removal(cleaner, "brand_as_source", f"the publisher read names the brand "
                               f"'{name}' the page prints with its address", source,
                               "source_name"))
        source = None
    authors = []
    for author in meta.authors:
        if any(simplified_text(author) in row for row in proving):
            removed.append(Removal(cleaner, "brand_as_author", "the author read stands in a "
                                   "row that prints a brand with its address", author, "authors"))
        else:
            authors.append(author)
    if not removed:
        return doc, []
    return doc.evolve(meta=replace(meta, source_name=source, authors=tuple(authors))), removed


# A 来源 label right before a brand (来源：某某体育 ab5566.com).
_SOURCE_LABEL = re.compile(r"(?:来源|出处)\s*[：:]\s*$")
# meta.lines' removal of a row it read as the page's metadata (来源/作者/发布时间).
_META_LINES, _META_ROW = "meta.lines", "meta_line"


class CoinedBrands:
    """Remove brands no lexicon knows, printed in the forms of mirrors, from a page that is
    one: the other spam cleaners found spam on it, or it prints such a brand with its site's
    numbered address, or two different ones (one with a Han name), outside lines that read
    like news about spam and not cited (下载某某体育APP, 、某某体育官网). An article may cite one
    site or app; it does not print a row of operators. On such a page every form goes, and in
    a news line the uncited forms with a name: news about spam may cite a site's address.

    Example: ``物业鸿泰国际网址服务提质`` and ``一社一品”瑞丰体育登录入口打造`` on one page lose
    ``鸿泰国际网址`` and ``瑞丰体育登录入口``; ``请登录 官方网站 查询`` stays.
    """

    name = "spam.brands"

    def __init__(self) -> None:
        self._stats = LazyStats()

    def __call__(self, doc: Doc, /) -> Doc:
        # a publisher and authors taken as the mirror's give way to those of the article's
        # own credit, if the chrome took one out
        return credited_instead(doc.meta, self._clean(doc))

    def _clean(self, doc: Doc, /) -> Doc:
        # the page's metadata first: meta.lines lifted a mirror's name out of its title and
        # 来源 field before any spam cleaner read the page (see metafields)
        doc = cleared_meta(doc, self._stats, self.name)
        probe = simplified_page(doc.text)
        # The rows meta.lines lifted before any spam cleaner read the page (来源：某某体育
        # ab5566.com 作者：…): a brand printed there with its numbered address is printed on
        # the page all the same, and proves it as in any line.
        lifted = [simplified_text(r.text) for r in doc.removals
                  if r.cleaner == _META_LINES and r.rule == _META_ROW]
        lifted = [row for row in lifted if _may_coin(row)]
        # most pages: no product word sold, no numbered address; a Latin name with a number
        # is read only on a page another spam cleaner cut spam from (news writes codes: G20)
        if not _may_coin(probe) and not lifted and not (
                any(r.cleaner.startswith("spam.") for r in doc.removals)
                and _LATIN_CODE.search(probe)):
            return doc
        stats = self._stats.get()
        lines = probe.split("\n")
        coined = [coined_brand_forms(line, stats) for line in lines]
        addressed = [[f for f in coined_brand_forms(row, stats)
                      if f.form == "addressed" and not f.cited] for row in lifted]
        if not any(coined) and not any(addressed):
            return doc
        # Coined forms sell gambling: a news-like line is no news about them on a page whose
        # news reports on another kind of spam only (see news_topics).
        found = hits_by_line(probe)
        topics = news_topics(lines, found)
        about_gambling = not topics or "gambling" in topics
        news = [bool(forms) and about_gambling and _reports_spam(line, list(hits))
                for line, forms, hits in zip(lines, coined, found, strict=True)]
        # What the page itself shows: uncited forms, and in a news line only those planted
        # inside a word (讲|某某真人登录|前: deleting one re-joins the word); a name news cites
        # stands between words.
        shown = [[f for f in forms if not f.cited and (not is_news or (
                    f.form not in ("site", "latin")
                    and stats.deletion_gain(line, f.start, f.end) <= SPLIT))]
                 for line, forms, is_news in zip(lines, coined, news, strict=True)]
        proof = self._proof(doc, [*lines, *lifted], [*shown, *addressed])
        if proof is None:
            return doc
        why, firm = proof
        removed: list[Removal] = []
        if firm:
            coined = _named_again([*lines, *lifted], [*coined, *addressed],
                                  [*news, *(False for _ in lifted)])[: len(lines)]
            if any(addressed):
                doc, removed = _mirror_fields(doc, self.name, lifted, addressed)
        originals = doc.text.split("\n")
        touched: dict[int, str] = {}  # the lines cut from, with what they read before
        for n, (forms, is_news) in enumerate(zip(coined, news, strict=True), 1):
            if is_news:
                cut = [f for f in forms if f in shown[n - 1] or (
                    not f.cited and f.form not in ("site", "latin"))]
            else:
                # On a page only another spam cleaner found spam on (spam.injection can err on
                # an article citing a few sites), a form a verb cites (下载某某体育APP) or a
                # source tag opening its line stays: it may be the article's.
                # A site among others a list names (4399.com和7k7k.com等) is cited, firm or not.
                cut = [f for f in forms if (firm or not _verb_cited(originals[n - 1], f))
                       and not (f.form == "site" and listed_address(lines[n - 1], f.start, f.end))]
            if not cut:
                continue
            if firm and not is_news and _operators_row(lines[n - 1]):
                removed.append(Removal(
                    self.name, "coined_brand_row",
                    f"a row of Latin-named operators, {len(cut)} of them in forms mirrors print "
                    f"brands in, on a page that is a mirror ({why})",
                    originals[n - 1].strip(), f"line {n}"))
                originals[n - 1] = ""
                continue
            line, parts, pos = originals[n - 1], [], 0
            for f in cut:
                parts.append(line[pos : f.start])
                pos = f.end
                removed.append(Removal(
                    self.name, f"coined_brand_{f.form}",
                    f"a brand no lexicon knows, {f.form} as mirrors print one, on a page that "
                    f"is a mirror ({why})" + (" (in a news-like line)" if is_news else ""),
                    line[f.start : f.end], f"line {n} chars {f.start + 1}-{f.end}"))
            parts.append(line[pos:])
            originals[n - 1] = "".join(parts)
            touched[n - 1] = line
            rest = originals[n - 1].strip()
            talk = advert_talk(rest)
            if (not is_news and talk and not line[: cut[0].start].strip()
                    and not NEWS_CONTEXT.search(lines[n - 1])):
                removed.append(Removal(
                    self.name, "coined_brand_advert_rest",
                    f"what the brand '{line[cut[0].start : cut[0].end]}' left of the short "
                    f"line it opened: an advert's offer ({talk[0]}) and ask "
                    f"({talk[1]})", rest, f"line {n}"))
                originals[n - 1] = ""
            elif row := cut_row(line, originals[n - 1],
                                ("tag_row",) if is_news else ("query_row", "tag_row")):
                removed.append(Removal(self.name, f"coined_brand_{row[0]}", row[1],
                                       originals[n - 1].strip(), f"line {n}"))
                originals[n - 1] = ""
        removed += chrome_rests(self.name, originals, touched)
        if not removed:
            return doc
        return doc.evolve(text="\n".join(originals), removed=removed)

    @staticmethod
    def _proof(doc: Doc, lines: Sequence[str],
               evident: Sequence[Sequence[CoinedForm]]) -> tuple[str, bool] | None:
        """Why the page is a mirror and whether firmly, or None: firmly when spam.lexicon cut
        spam from it or it shows forms (``evident``: one addressed, or two different strings
        of which one has a Han name); not firmly when only another spam cleaner cut spam."""
        lexicon = sorted({r.text for r in doc.removals if r.cleaner == "spam.lexicon"})
        if lexicon:
            return "spam.lexicon cut " + ", ".join(lexicon)[:60], True
        shown = {(line[f.start : f.end], f.form) for line, forms
                 in zip(lines, evident, strict=True) for f in forms}
        texts = sorted(text for text, _ in shown)
        if any(form == "addressed" for _, form in shown) or (
                len(texts) >= 2 and any(form not in ("site", "latin") for _, form in shown)):
            return "it prints " + ", ".join(texts)[:60], True
        # Three different Latin names or numbered sites, two of them in lower case (hm188体育,
        # kx9官网入口, 9yk体育): a row of operators; news writes a code or two, in upper case.
        latin = {text for text, form in shown if form in ("site", "latin")}
        if len(latin) >= _LATIN_ROW and sum(
                any(c.islower() for c in text) for text in latin) >= _LATIN_ROW - 1:
            return "it prints " + ", ".join(sorted(latin))[:60], True
        cut = sorted({r.text for r in doc.removals if r.cleaner.startswith("spam.")})
        if cut:
            return "spam cut elsewhere: " + ", ".join(cut)[:60], False
        return None
