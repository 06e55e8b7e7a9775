"""Weighted spam lexicons (gambling, porn, fake invoices, drugs, ads) and the spam.lexicon cleaner.

The terms live in ``lexicons/*.tsv`` (written by us, licence ours; each file's header says how
to read it). A page is scanned through a numpy bitmap of the terms' first character pairs and
a trie of dicts walked from the positions it flags, so the cost per page barely grows with the
lexicon. Hand-written because it measured faster than the library made for the job:
pyahocorasick's ``iter`` walks every character of a Chinese page (about 10 MB/s here), where
the bitmap leaves a few positions to walk; the tests check both find the same occurrences.
Topic words such as 网络赌博 only count: news about police raids keeps them.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import numpy as np

from cleaners.document import Doc, Removal, shorten
from cleaners.script import to_simplified

from .charstats import codes_of
from .spellings import brand_initials, brand_respellings, initials_pattern
from .stats import LazyStats

if TYPE_CHECKING:
    from collections.abc import Container, Iterable, Mapping, Sequence

    from numpy.typing import NDArray

    from .stats import ChineseStats

__all__ = ["BRACKETS", "CATEGORIES", "CITED_SOURCE", "CITING_VERBS", "CITING_WORDS", "NEWS_CONTEXT",
           "Hit", "Lexicon", "LexiconSpam", "listed_address",
           "named_as_company", "names_a_site", "news_topics", "sells_whole"]

CATEGORIES = ("gambling", "porn", "invoice", "drugs", "ads")

# Lines that report on spam rather than sell it: raids, trials, warnings. Counter-example the
# rules must keep: 警方破获一起网络赌博案，涉案百家乐平台流水过亿。
NEWS_CONTEXT = re.compile(
    r"警方|公安|民警|破获|抓获|查处|查获|打击|涉嫌|犯罪|违法|非法|案件|判处|判决|法院|检察|起诉|"
    r"取缔|整治|专项行动|嫌疑人|涉赌|涉黄|涉毒|禁毒|扫黄|监管|警惕|诈骗|受害|举报|"
    # Words of a police report or a warning no advert says of itself (该团伙招揽参赌人员, 以
    # “返水”为诱饵): 经查 and 团伙 open a case, 诱饵 names the bait.
    r"经查|团伙|参赌|赌资|招揽|诱饵")
# News words of governance at large (整治 of the environment, 监管 of markets): a line holding
# one reports on spam only if it also names spam's topic (赌博, 色情: a weight-1 term).
_GENERIC_NEWS = frozenset(("打击", "违法", "非法", "取缔", "整治", "专项行动", "监管", "警惕"))
# The steps of a case after the arrest (被刑拘, 被逮捕, 立案侦查, 被告人, 获刑): what the police
# and courts do to a seller, never what a seller says of itself. Any case has them (a
# discipline office's 立案审查, a civil suit's 被告), so a line holding one reports on spam only
# beside a topic word, as _GENERIC_NEWS; kept out of NEWS_CONTEXT, which other readers use
# alone.
_CASE_STEPS = re.compile(r"刑拘|刑事拘留|行政拘留|逮捕|批捕|立案|侦查|侦破|被告|获刑|落网|捣毁")


# Words that warn a reader off what follows (以免沦为赌博网站的工具, 切勿, 谨防, 远离): a
# warning, which no advert gives against itself, when the topic word it warns of is in the line.
_WARNING = re.compile(r"以免|切勿|谨防|远离|沦为")
# Words that call what a line names a scam, illegal, fake or banned (代开发票本身就是违法的,
# 十有八九是骗局, 添加了违禁成分, 被追究刑事责任): no advert says them of what it sells,
# except to deny them (不违法, 绝非骗局, 不是假的).
_DEBUNK = re.compile(r"(?<![不非没无])(?<!不是)(?:骗局|陷阱|圈套|骗钱|违法|违禁|伪造|敲诈|刑事)"
                     r"|(?<!不)(?<!不是)假的")


def _reports_spam(line: str, hits: Sequence[Hit]) -> bool:
    """``line`` reads like news about spam: a news word (NEWS_CONTEXT) that is about crime,
    courts or police, or one of governance at large or a case's step (_CASE_STEPS: 被刑拘)
    beside a topic word of the lexicons, or
    a warning (_WARNING) against a topic word (赌博, even sold as 赌博网站), or a line that
    debunks (_DEBUNK) the selling phrases it names, no brand among them.
    An injected brand in 人居环境整治成效明显 is no news about gambling."""
    words = {m[0] for m in NEWS_CONTEXT.finditer(line)}
    if words - _GENERIC_NEWS or ((words or _CASE_STEPS.search(line))
                                 and any(h.kind == "term" for h in hits)):
        return True
    if hits and all(h.kind != "brand" for h in hits) and _DEBUNK.search(line):
        return True
    return bool(_WARNING.search(line)) and any(h.term in topic_terms() for h in hits)


# News words that name the kind of spam a report is about (涉赌网站, 扫黄行动, 禁毒宣传).
_TOPIC_NEWS = {"涉赌": "gambling", "参赌": "gambling", "赌资": "gambling", "涉黄": "porn",
               "扫黄": "porn", "涉毒": "drugs", "禁毒": "drugs"}


def news_topics(lines: Sequence[str], found: Sequence[Sequence[Hit]]) -> frozenset[str]:
    """The categories of spam the page's news-like lines report on: those of their topic
    words (赌博, 毒品: the lexicons' terms) and of the news words that name one (涉赌, 禁毒).
    ``found``: each line's hits. A brand of another category set in such a line is none the
    news cites: a report on drug dealing or fake invoices names no casino."""
    topics: set[str] = set()
    for line, hits in zip(lines, found, strict=True):
        named = {h.category for h in hits if h.term in topic_terms()} | {
            _TOPIC_NEWS[m[0]] for m in NEWS_CONTEXT.finditer(line) if m[0] in _TOPIC_NEWS}
        if named and _reports_spam(line, hits):
            topics |= named
    return frozenset(topics)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_LATIN = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"[。！？!?]")
# The word an advert puts right before its handle (联系电话：, 加微信, 详询QQ, 加群; Telegram's
# 飞机/纸飞机/电报/TG, its handle written after @: 飞机@ab8866).
# A phone or a messenger named before its number (电话, 微信, VX, QQ …).
# 薇 alone stands for 微信 after a verb of contact (咨询薇：, 加薇); after a name (张薇：), none.
_PHONE_OR_CHAT = r"电话|手机|微信|薇信|(?:咨询|加|联系)薇|[vV]信|[vVwW][xX]|[qQ]{2}"
_CONTACT_CUE = re.compile(rf"(?:{_PHONE_OR_CHAT}|热线|威信|扣扣|"
                          r"群号?|联系|咨询|客服|[tT]el|飞机|电报|(?<![A-Za-z])[tT][gG])"
                          r"\s*(?:号码?)?\s*[:：]?\s*@?$")
_CONTACT_TERM = re.compile(r"加(?:微信|v|qq)$")  # lexicon terms are lower-case
# What a self-proving advert sentence may hold besides its selling terms and handle: a few
# clauses of sales talk (点数低，可验证后付款), not an article's sentence.
_SELF_PROVING_REST = 28
# A contact handle an advert gives: five digits or more (QQ, phone; a phone number may be
# grouped by hyphens, 139-2288-6611, 400-818-6627), or a Latin ID of six characters or more with
# three digits (a WeChat ID: abc12345). Written right after QQ, VX or WX (加QQ123456,
# 加QQzx26885) the handle starts after them.
_HAN_CHAR = re.compile("[\u3400-\u9fff]")
# A number broken up to slip past filters (2975 330 816, 1 3 6 . 2 2 0 8, 189·7730·2651):
# seven digits or more in groups of four at most, spaces or a middle dot between them (dots
# alone write a date or a version: 2025.11.05), not a date with its time (2025 11 05 08) nor
# a figure in groups of thousands (1 000 000).
_BROKEN_NUMBER = (r"(?!\d{4}[ .·年/-]+\d{1,2}[ .·月/-]+\d{1,2}(?!\d))"
                  r"(?!\d{1,3}(?:[ \u3000]\d{3})+(?!\d))"
                  r"(?=(?:\d[ \u3000.·•]{0,3}){6}\d)(?=[\d.]*[ \u3000·•])"
                  r"\d{1,4}(?:(?:[ \u3000]{1,2}|[ \u3000]?[.·•][ \u3000]?)\d{1,4}){2,}")
_HANDLE = re.compile(r"(?:(?<![A-Za-z0-9])|(?<=[qQ]{2})|(?<=[vVwW][xX]))"
                     r"(?![qQ]{2}[A-Za-z0-9]|[vVwW][xX][A-Za-z0-9])"
                     rf"(?:\d{{3,4}}-\d{{3,4}}-\d{{4}}|{_BROKEN_NUMBER}|\d{{5,}}"
                     r"|(?=[A-Za-z0-9_-]*(?:\d[A-Za-z_-]*){3})"
                     r"[A-Za-z][A-Za-z0-9_-]{5,})(?![A-Za-z0-9])")


# A handle only a person gives: a mobile number (13812345678) or a WeChat-style ID (vip83626).
_PRIVATE_HANDLE = re.compile(r"1[3-9]\d{9}|[A-Za-z][A-Za-z0-9_-]+")
_NUMBER_BREAKS = re.compile(r"[ \u3000.·•]")


def _unbroken(handle: str) -> str:
    """``handle`` with the breaks out of a number broken up (1 3 8 . 1 2 3 4 → 1381234)."""
    return _NUMBER_BREAKS.sub("", handle) if handle[:1].isdigit() else handle

# Quotes in a row (“黑户可贷”“秒下款”, “零风险、零痛苦”，“无痛无创”) read as one group; a Hong
# Kong or Taiwan page quotes in corner brackets (所謂「代開發票」).
# Single quotes nest inside a quote (“页面上会出现‘注册送彩金’‘首存优惠’之类的字样”).
_QUOTE_GROUP = re.compile(r"(?:(?:“[^“”\n]{1,30}”|「[^「」\n]{1,30}」|‘[^‘’\n]{1,30}’)[、，,]?)+")
# What frames a group as wording a line reports, not as the line's own pitch: a word before it
# that cites or debunks (所谓, 打着, 写着, 宣称可以, 名为, 以…) ...
_CITING_LEAD = re.compile(
    r"(?:所谓的?|打着|写着|印着|(?:宣|声|号|自|谎|标)?称(?:可以|能)?|说|名为|叫卖|兜售|推销|发布|"
    r"张贴|散发|轻信|相信|收到|以|(?:话术|广告语?|宣传语|口号)[一二三四五六七八九十\d]*[:：])$")
# ... or a noun after it that names what the wording is (…的小广告, …为噱头, …类违法广告,
# …的旗号, …等说法; …等业务 only with 等: “某某”服务 may be an advert's own), or a case's
# name the line ends on (案例二：“某某”网贷APP暴力催收案; not 答案, 方案: an advert's words).
_CITING_TAIL = re.compile(
    r"(?:等|类|之类)?(?:的|为|作为)?[\u4e00-\u9fff]{0,2}?(?:广告|短信|字样|旗号|名义|噱头|说法|"
    r"话术|宣传语|幌子|现象|诱饵|卖点|标语|口号|招牌|骗局|陷阱|套路|功能|软件|手段|论坛)"
    r"|等的?(?:业务|服务|信息|产品|内容|宣传|项目)|等[，。、；]"
    r"|[^，。；“”「」\n]{0,12}(?<![答方图文档备草提教预议法])案$")


# The same naming without quotes, right after a selling phrase (办证刻章的小广告, 查开房记录这种
# 要求, 婚外情调查、出轨取证这类业务): a demonstrative or a noun no advert uses of its own words.
_NAMING_TAIL = re.compile(r"这类|这种|这样的|之类|一类|"
                          r"的?(?:小广告|广告|字样|说法|噱头|骗局|陷阱|幌子|旗号)")


# A word that forbids or denies what follows in its clause (平台从未授权司机代开发票, 严禁…,
# 不得…): no advert forbids what it sells. 舍不得 is no ban.
_FORBIDDING = re.compile(r"(?:严禁|禁止|(?<!舍)不得|不准|从未|从不|未曾|无权)"
                         r"[^，。；！？,;!?\n]{0,10}$")


def _named_unquoted(line: str, hits: Sequence[Hit]) -> set[int]:
    """The indexes of ``hits`` (selling phrases: never a brand, and a topic word is never cut
    from prose anyway) that ``line`` names as a kind of thing it reports (_NAMING_TAIL right
    after them), a list of them joined by 、 or 和 included (婚外情调查、出轨取证这类业务), or
    forbids or denies (_FORBIDDING before them in their clause: 从未授权司机代开发票)."""
    named: set[int] = set()
    after: dict[int, int] = {}  # a hit's start -> its index, for the list's next item
    for i in sorted(range(len(hits)), key=lambda k: -hits[k].start):
        h = hits[i]
        after[h.start] = i
        if h.kind != "promo":
            continue
        nxt = after.get(h.end + 1) if line[h.end : h.end + 1] in {"、", "和", "与", "及"} else None
        if (_NAMING_TAIL.match(line, h.end) or (nxt is not None and nxt in named)
                or _FORBIDDING.search(line[max(0, h.start - 12) : h.start])):
            named.add(i)
    return named


def _cited_spans(line: str) -> list[tuple[int, int]]:
    """The spans of ``line`` inside quotes it frames as wording it reports (所谓“代开发票”,
    以“午夜福利”为噱头, “秒下款”等广告): news quoting an advert, which no advert does of its
    own selling words. Spam decorates its names with 【】 and 「」 too, but frames none so."""
    spans = []
    for m in _QUOTE_GROUP.finditer(line):
        if (_CITING_LEAD.search(line[max(0, m.start() - 8) : m.start()])
                or _CITING_TAIL.match(line, m.end())):
            spans.append((m.start(), m.end()))
    return spans


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon match in a text: [start, end) covers the term plus any promo suffix."""

    start: int
    end: int
    term: str
    weight: int
    category: str
    kind: str  # brand | promo | term
    suffix: str = ""  # promo suffix that followed, e.g. 入口
    name: str = ""  # brand as written with its Han extension: AG某某会 (Latin brands only)
    spells: str = ""  # the lexicon brand a respelling or pinyin initials stand for, and how


class Lexicon:
    """All categories' terms (``entries``: term -> (term, weight, category, kind)), their trie
    and first-pair bitmap, plus the promo-suffix pattern."""

    def __init__(self) -> None:
        # A term listed twice keeps its last entry.
        self.entries: dict[str, tuple[str, int, str, str]] = {}
        root = files("cleaners.spam").joinpath("lexicons")
        for category in CATEGORIES:
            for raw in root.joinpath(f"{category}.tsv").read_text("utf-8").splitlines():
                if not raw.strip() or raw.startswith("#"):
                    continue
                term, weight, kind = raw.split("\t")
                term = term.translate(_ASCII_LOWER)
                self.entries[term] = (term, int(weight), category, kind)
        # The brands respelled with one character swapped (spam.spellings): read as brands
        # of weight 2 (sold with a promo word, or on a page with unambiguous spam), each
        # checked against the words around it where it is met (``_reads_as_words``).
        brands = [t for t, (_, _, _, kind) in self.entries.items() if kind == "brand"]
        # and the games the operators sell (百家乐 as 百佳乐, 时时彩 as 时时采): a mirror swaps
        # their characters as it swaps a brand's; other categories' terms are everyday words.
        games = [t for t, (_, _, category, kind) in self.entries.items()
                 if kind == "term" and category == "gambling"]
        self.respelled = brand_respellings([*brands, *games])
        respellings = {spelling: (spelling, _RESPELLED_WEIGHT, self.entries[brand][2], "brand")
                       for spelling, (brand, _) in self.respelled.items()}
        # A brand's pinyin initials with a number (lhty88): no article writes one.
        self.initials = brand_initials(brands)
        self._initials = initials_pattern(self.initials)
        self._initials_unit = re.compile(
            f"({'|'.join(sorted(self.initials, key=len, reverse=True))})[0-9]+")
        terms = [*self.entries, *respellings]
        # The same terms as a trie of dicts, walked from the few positions the pair bitmap
        # flags (see ``occurrences``); a node's value sits under the key "".
        self._trie: dict[str, Any] = {}
        for value in [*self.entries.values(), *respellings.values()]:
            node = self._trie
            for char in value[0]:
                node = node.setdefault(char, {})
            node[""] = value
        self._longest = max(map(len, terms))
        # The regex holds the lexicon's terms; respellings are looked up by length (their
        # thousands of branches would take the regex a second to compile).
        self._any_term = re.compile(_trie_pattern(self.entries))
        self._respelled_sizes = sorted({len(t) for t in respellings})
        # The terms' first character pairs in every ASCII case (Ag, AG), so that a text is
        # hashed as it is, with no pass to lower its case.
        # In one map, looked up once per page (each lookup of a page in a megabyte map costs
        # as much as the rest of the scan): bit 1 for a term's first pair, bit 2 for a
        # respelling's, so that a window flagged by one is not tried as the other.
        self._first_pairs = (_first_pair_map(self.entries).astype(np.uint8)
                             | (_first_pair_map(respellings).astype(np.uint8) << 1))
        suffixes = [s.strip().translate(_ASCII_LOWER)
                    for s in root.joinpath("suffixes.txt").read_text("utf-8").splitlines()
                    if s.strip() and not s.startswith("#")]
        alt = "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True))
        self.suffix = re.compile(f"(?:{alt})+")
        self._suffix_unit = re.compile(alt)
        self.suffix_words = tuple(suffixes)
        self._stats = LazyStats()
        # A Latin brand often carries a Han name before the suffix: AG + 某某会 + 入口.
        self.latin_suffix = re.compile(f"([\u4e00-\u9fff]{{0,4}}?)((?:{alt})+)")

    def any_hit(self, text: str) -> bool:
        """True if any term occurs; most pages have none, and every page asks. numpy hashes
        each character pair of the text into a bitmap of the terms' first pairs (a few
        vectorised passes, about four times faster than any single-pass matcher in Python
        here); the few positions it flags are checked with the terms' trie regex."""
        codes = codes_of(text)
        if codes.shape[0] < 2:
            return False
        if self.initials_runs(text, codes) or self.suffixed_initials(text, codes):
            return True
        kinds = np.take(self._first_pairs, _pair_keys(codes))
        flagged = np.flatnonzero(kinds & 1)
        # Only the flagged windows are lowered, as ``scan`` lowers the whole text: str.lower()
        # unless the text holds the one character whose lower case is longer (U+0130, İ).
        lower = str.lower if "\u0130" not in text else _ascii_lower
        longest = self._longest
        if any(self._any_term.match(lower(text[p : p + longest])) for p in flagged.tolist()):
            return True
        respelled, sizes = self.respelled, self._respelled_sizes
        return any(text[p : p + n] in respelled
                   for p in np.flatnonzero(kinds & 2).tolist() for n in sizes)

    def scan(self, text: str) -> list[Hit]:
        """Non-overlapping hits (longest first), each extended over a following promo suffix."""
        # str.lower() is far faster than translate(); it is only unusable when it changes the
        # length (a few non-ASCII letters), which would shift the offsets.
        lower = text.lower()
        if len(lower) != len(text):
            lower = text.translate(_ASCII_LOWER)
        found: list[tuple[int, int, tuple[str, int, str, str]]] = []
        for start, end, value in self.occurrences(lower):
            if _LATIN.fullmatch(value[0]) and (
                    (start and lower[start - 1].isascii() and lower[start - 1].isalnum())
                    or (end < len(lower) and lower[end].isascii() and lower[end].isalnum())):
                continue  # "ag" inside AG600 or "bob" inside bobsleigh
            if value[0] in self.respelled and self._reads_as_words(lower, start, end):
                continue  # 乐于体育锻炼, 文化体会: words, no respelled brand
            found.append((start, end, value))
        spelled: dict[int, str] = {}
        for run in self.initials_runs(text):
            found.append((run.start(), run.end(), (run[0], 3, "gambling", "brand")))
            spelled[run.start()] = "pinyin initials of " + "、".join(
                self.initials[u[1]] for u in self._initials_unit.finditer(run[0]))
        for start, end in self.suffixed_initials(text):
            found.append((start, end, (text[start:end], 3, "gambling", "brand")))
            spelled[start] = "pinyin initials of " + self.initials[text[start:end]]
        found.sort(key=lambda h: (h[0], -(h[1] - h[0]), -h[2][1]))
        hits: list[Hit] = []
        last = 0
        chosen = _strongest_overlaps(found)
        for n, (start, end, (term, weight, category, kind)) in enumerate(chosen):
            if start < last:
                continue
            spells = spelled.get(start, "") if _LATIN.fullmatch(term) else ""
            if term in self.respelled:
                spells = "{}, a {} swapped".format(*self.respelled[term])
            suffix = name = ""
            if kind == "brand" and _LATIN.fullmatch(term):
                m = self.latin_suffix.match(lower, end)
                # where the brand's run of planted names opens (日|必威betway|前在…)
                opens = hits[-1].start if hits and hits[-1].end == start else start
                if m and m[1] and opens and self._stats.get().is_word(lower[opens - 1] + m[1][0]):
                    # no Han name: the article's word resumes across the brand (日|betway|前在
                    # 市体育中心), and its clause runs on up to a product word
                    m = None
                if m:
                    name = text[start : m.end(1)]
                    suffix = text[m.start(2) : m.end()]
                    end = m.end()
            elif kind in ("brand", "promo", "term") and (
                    (m := self.suffix.match(lower, end))
                    # a brand or a selling word and its promo word set apart by a space
                    # (某某娱乐城 官网): one advert, whose cut would leave the promo word
                    or (kind != "term" and lower[end : end + 1] in ("\x20", "\u3000")
                        and (m := self.suffix.match(lower, end + 1)))):
                # A spam word sold with a promo suffix (投注官网, 网赚平台) is an advert, not
                # vocabulary: it counts as a promo hit with its suffix.
                stop = self._suffix_end(lower, m.start(), m.end())
                # the suffix opens the next promo word or brand (电子游艺|真人视讯: 真人 is a
                # suffix, 真人视讯 a promo word): it stops where that one starts, so that it is
                # read whole, not cut in two with 视讯 left in the text
                capped = (n + 1 < len(chosen) and chosen[n + 1][2][3] != "term"
                          and end <= chosen[n + 1][0] < stop < chosen[n + 1][1])
                if capped:
                    stop = chosen[n + 1][0]
                if stop > end or not capped:
                    suffix = text[end:stop]
                    end = stop
                    kind = "promo" if kind == "term" else kind
            if kind != "term":
                start, end, suffix = self._dressing(text, lower, start, end, suffix, kind, last)
            elif (start > last and (mark := _DECORATION.match(lower, end)) is not None
                  and _HAN_CHAR.match(lower, mark.end())):
                # A topic word between the same emoji, set into a sentence that runs on after
                # it (…来办，💰刷单返利💰让党旗…): sold as by a promo suffix; news names a scam
                # with no emoji around it, and a styled heading (🔥重磅🔥) stands apart.
                dressed = self._dressing(text, lower, start, end, suffix, "promo", last)
                if dressed[0] < start and _is_decoration(text[dressed[0]]):
                    start, end, suffix = dressed
                    kind = "promo"
            hits.append(Hit(start, end, term, weight, category, kind, suffix, name, spells))
            last = end
        return hits

    def initials_runs(self, text: str, codes: NDArray[np.uint32] | None = None,
                      ) -> list[re.Match[str]]:
        """Brands' pinyin initials with a number in ``text`` (see spellings.initials_pattern;
        ``codes``: its code points, when the caller has them). Sought only where a lower-case
        letter meets a digit (numpy flags them): the pattern opens with a lookbehind and an
        alternation, which sre would try at every position of every page (a few MB/s)."""
        codes = codes_of(text) if codes is None else codes
        if codes.shape[0] < 2:
            return []
        meets = ((codes[:-1] >= 97) & (codes[:-1] <= 122) & (codes[1:] >= 48)
                 & (codes[1:] <= 57))
        runs: list[re.Match[str]] = []
        for last in np.flatnonzero(meets).tolist():
            if runs and last < runs[-1].end():
                continue  # a unit of the run just read (kyty6|xkty888)
            start = last
            while start > 0 and "a" <= text[start - 1] <= "z":
                start -= 1
            if run := self._initials.match(text, start):
                runs.append(run)
        return runs

    def suffixed_initials(self, text: str, codes: NDArray[np.uint32] | None = None,
                          ) -> list[tuple[int, int]]:
        """Brands' pinyin initials with no number but a Han promo word right after them
        (xpj官网入口, hth体育登录): lower-case, standing apart from other letters, digits and
        an address's marks. Sought only where a lower-case letter meets a Han character
        (``codes``: the text's code points, when the caller has them)."""
        if len(text) < 4:
            return []
        codes = codes_of(text) if codes is None else codes
        meets = ((codes[:-1] >= 97) & (codes[:-1] <= 122) & (codes[1:] >= 0x4E00)
                 & (codes[1:] <= 0x9FFF))
        out = []
        for last in np.flatnonzero(meets).tolist():
            start = last
            while start > 0 and "a" <= text[start - 1] <= "z":
                start -= 1
            before = text[start - 1] if start else " "
            if ((before.isascii() and before.isalnum()) or before in ".@/_-"
                    or text[start : last + 1] not in self.initials):
                continue
            if (m := self.suffix.match(text, last + 1)) and _HAN_CHAR.match(m[0]):
                out.append((start, last + 1))
        return out

    def _reads_as_words(self, lower: str, start: int, end: int) -> bool:
        """The respelling at ``lower[start:end]`` reads as words: its swapped character and
        a neighbour, or its first or last character and the one outside it, are a common word
        (乐于|体育锻炼, 文|化体会: jieba frequency ``_READS_AS_WORD`` or more). A promo word
        after it sells it as a name, whatever its last character and the promo word's read."""
        spelled = lower[start:end]
        brand = self.respelled[spelled][0]
        at = next(i for i, (a, b) in enumerate(zip(spelled, brand, strict=True)) if a != b)
        pairs = [spelled[max(0, at - 1) : at + 1], spelled[at : at + 2],
                 lower[max(0, start - 1) : start + 1]]
        if not self.suffix.match(lower, end):
            pairs.append(lower[end - 1 : end + 1])
        freq = self._stats.get().freq
        return any(len(p) == 2 and freq.get(p, 0) >= _READS_AS_WORD for p in pairs)

    def _suffix_end(self, lower: str, start: int, end: int) -> int:
        """Where a promo suffix matched over ``lower[start:end]`` ends once its trailing product
        words that open a compound of the article's are left to it: a dictionary word of four
        or more characters from one of them up to or past the match's end, with Han text after
        it (华体会官网|国际贸易, 华体会官网|体育彩票公益金). A product word with a one-character
        ending (娱乐城, 彩票网) is how operators name their venues: it stays the suffix's."""
        if not _HAN_CHAR.match(lower, end):
            return end
        units: list[tuple[int, int]] = []
        while (at := units[-1][1] if units else start) < end:
            unit = self._suffix_unit.match(lower, at)
            if unit is None:
                return end
            units.append(unit.span())
        stats = self._stats.get()
        products = _shape_words()["product"]
        for k, (first, _) in enumerate(units):
            if all(lower[u:v] in products for u, v in units[k:]) and any(
                    stats.is_word(lower[first : first + n])
                    for n in range(max(4, end - first), 7)):
                return first
        return end

    def occurrences(self, lower: str) -> list[tuple[int, int, tuple[str, int, str, str]]]:
        """Every occurrence of every term in ``lower``, overlapping ones included (what an
        Aho-Corasick automaton's ``iter`` yields, in another order). pyahocorasick walks a
        Chinese page at about 10 MB/s; here numpy flags the positions whose character pair
        starts a term (as in ``any_hit``: a hashed bitmap, which can flag too many, never too
        few), and the terms' trie is walked from those few positions only."""
        codes = codes_of(lower)
        if codes.shape[0] < 2:
            return []
        flagged = np.flatnonzero(np.take(self._first_pairs, _pair_keys(codes)))
        found = []
        for start in flagged.tolist():
            node = self._trie
            for end, char in enumerate(lower[start : start + self._longest], start + 1):
                child = node.get(char)
                if child is None:
                    break
                node = child
                value = node.get("")
                if value is not None:
                    found.append((start, end, value))
        return found

    def _dressing(self, text: str, lower: str, start: int, end: int, suffix: str, kind: str,
                  last: int) -> tuple[int, int, str]:
        """A hit widened over what mirrors print around a name: the brackets that set it off
        (【某某体育】, 「某某」官方网站: a promo suffix may follow them) and, after a brand, its
        site's address (某某体育 www.ab88.com, 某某（ab88.com）), which sells it as a suffix
        does. ``last``: where the previous hit ended."""
        if (start > last and end < len(lower)
                and BRACKETS.get(lower[start - 1]) == lower[end]):
            start, end = start - 1, end + 1
            if not suffix and (m := self.suffix.match(lower, end)):
                suffix, end = text[end : m.end()], m.end()
        elif (kind == "promo" and start > last
              and (m := _BRACKETED.search(lower, max(last, start - _BRACKET_ROOM),
                                          min(len(lower), end + _BRACKET_ROOM)))
              and m.start() < start and end < m.end()
              and BRACKETS.get(m[0][0]) == m[0][-1]):
            # A selling phrase inside short brackets with the words that go with it
            # (【滚球盘口实时更新】, 〖下注即返水1.2%〗): the brackets hold one advert, whole; an
            # article's bracketed label holds no selling word. A brand's name is no phrase: a
            # bracket that closes on other words after it is the article's (【某某等地】).
            suffix, start, end = suffix or text[end : m.end() - 1], m.start(), m.end()
        elif (not suffix and start > last and end < len(lower) and lower[start - 1] == "“"
              and lower[end] == "”" and (m := self.suffix.match(lower, end + 1))):
            # A name in quotes sold at once by a promo word after them (“某某”官网入口): the
            # quotes set off the name as a bracket does; news quoting a name goes on with its
            # sentence (“某某”的经营者, “某某”等网站), and whether the line is news is read later.
            start, end, suffix = start - 1, m.end(), text[end + 1 : m.end()]
        elif start > last and (after := _DECORATION.match(lower, end)) and (
                # the two marks after it, or the first alone: the next name's may follow
                # right after (★某某★◆某某◆)
                mark := next((after[0][:k] for k in (2, 1) if k <= len(after[0])
                              and lower.endswith(after[0][:k], max(last, start - k), start)),
                             "")):
            # The same stars or emoji on both sides (★某某★, 🔥某某🔥) sell the name as a
            # promo word does: no article decorates an operator's name.
            start, end = start - len(mark), end + len(mark)
            suffix = suffix or mark
        # after a brand, its site's address; after a gift (注册送), the sum it gives
        sold_with = (_ADDRESS_AFTER if kind == "brand"
                     else _GIFT_AMOUNT if kind == "promo" and lower[end - 1] == "送" else None)
        if sold_with is not None and (m := sold_with.match(lower, end)):
            suffix, end = suffix + text[m.start() : m.end()].strip(), m.end()
        return start, end, suffix


def _strongest_overlaps(found: list[tuple[int, int, tuple[str, int, str, str]]],
                        ) -> list[tuple[int, int, tuple[str, int, str, str]]]:
    """The leftmost longest of ``found`` (sorted by start, then longest, then heaviest), each
    taking the best evidence its span holds: a heavier term that starts inside it (兼职刷单,
    weight 3, in 手机兼职刷单 read as a weight-2 手机兼职) or ends past it is read in its
    stead, over both spans. The leftmost longest alone would hide the stronger evidence."""
    chosen: list[tuple[int, int, tuple[str, int, str, str]]] = []
    for start, end, value in found:
        if not chosen or start >= chosen[-1][1]:
            chosen.append((start, end, value))
        elif value[1] > chosen[-1][2][1] and value[3] != "term":
            first, last, _ = chosen[-1]
            chosen[-1] = (first, max(last, end), value)
    return chosen


# A row's label (友情链接：) and what a row's cut items leave between them.
_BARE_LABEL = re.compile(r"[^\s。，！？：:、]{2,8}[：:]")
_ROW_LEFTOVER = " \t\u3000|｜,，、;；·/"
# A respelled brand's weight: as ambiguous as a short name (cut sold or on a mirror).
_RESPELLED_WEIGHT = 2
# The fewest operators a page respells for its respellings to prove it a mirror.
_LEAST_RESPELLED_BRANDS = 2
# The jieba frequency from which two characters are a word a text means (乐于 639, 休会 49).
_READS_AS_WORD = 100
# Brackets that set a name off; 《》 names works, not operators.
BRACKETS = {"【": "】", "「": "」", "『": "』", "[": "]", "〖": "〗"}
# Short brackets holding no clause mark (【某某盘口实时更新】), and how far around a hit they are
# sought: as long as an advert set off in them.
_BRACKET_ROOM = 10
_BRACKETED = re.compile(r"[【〖\[「『][^【】〖〗\[\]「」『』，。；！？、,;!?\s]{2,24}[】〗\]」』]")
# Stars, shapes and emoji that decorate a name on both sides (★某某★, ◆某某◆, 🔥某某🔥).
DECORATIONS = "\u2600-\u27bf\u25a0-\u25ff\u2b50\U0001f300-\U0001faff"
_DECORATION = re.compile(f"[{DECORATIONS}]{{1,2}}")
# DECORATIONS' ranges in the BMP, as code points (for the character-class table).
_BMP_DECORATIONS = ((0x2600, 0x27BF), (0x25A0, 0x25FF), (0x2B50, 0x2B50))
# A site's address printed after a brand, bare or in brackets: a name of letters and digits
# and a top-level domain (not .cn, .gov or .edu: the article's own links end so).
_TLDS = ("com", "net", "cc", "vip", "top", "xyz", "me", "co", "app", "bet", "club", "live", "tv",
         "info", "biz", "org")
_TLD = f"(?:{'|'.join(_TLDS)})"
_ADDRESS = rf"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]{{0,20}}\.{_TLD}(?![a-z0-9.])"
_LINE_ADDRESS = re.compile(rf"(?<![a-z0-9.@/_-]){_ADDRESS}")
_ADDRESS_AFTER = re.compile(rf"[ \t\u3000]*(?:{_ADDRESS}|[（(][ \t]*{_ADDRESS}[ \t]*[）)])")
# The sum a gift promo gives (注册就送18元, 首存即送188元彩金): cut without it, the promo left a
# stray 18元 in the sentence it was planted in. A sum in Han numerals, as a mirror spells its
# figures past a filter of digits (注册就送捌拾捌元彩金, 即送十八元), only with its unit: without
# one they open the article's words (送一批图书).
_GIFT_AMOUNT = re.compile(r"[ \t\u3000]*(?:\d+(?:\.\d+)?[ \t]*(?:元|块|%|％|倍)?"
                          r"|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+(?:元|块|倍))"
                          r"(?:彩金|体验金|红包|现金)?")

# How an article cites a site or an app it names, which a planted brand does not show: a verb
# of using it (下载某某体育APP, 访问某某.com), or those and a preposition, a list mark or 据 (在某
# 某客户端, 、某某体育官网, 据某某客户端消息), or a word naming it as a report does (涉案网站名为
# 某某娱乐, 一款叫做某某的软件) right before it; or a verb of reporting right after it
# (某某.com发布的报告称): the site is the article's source.
CITING_VERBS = "下载|登录|登陆|访问|关注|打开|通过|使用|进入|搜索|浏览|点击|安装"
CITING_WORDS = CITING_VERBS + "|由|在|用|从|经|和|与|及|或|、|据|名为|叫做|名叫|称为"
CITED_SOURCE = re.compile(r"发布|公布|显示|报道|称|数据|消息|统计|调查|报告")

_PAIR_BITS = 20


def _first_pair_map(terms: Iterable[str]) -> NDArray[np.bool_]:
    """A bitmap of ``terms``' first character pairs, hashed (``_pair_keys``), in every ASCII
    case (Ag, AG), so that a text is hashed as it is, with no pass to lower its case."""
    firsts = {a + b for t in terms for a in _ascii_cases(t[0]) for b in _ascii_cases(t[1])}
    pairs = np.zeros(1 << _PAIR_BITS, dtype=bool)
    pairs[_pair_keys(codes_of("".join(firsts)))[::2]] = True
    return pairs


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def _ascii_cases(char: str) -> set[str]:
    return {char, char.upper()} if char.isascii() else {char}


def _pair_keys(codes: NDArray[np.uint32]) -> NDArray[np.uint32]:
    """A 20-bit hash of each character pair of ``codes`` (code points): Fibonacci hashing in
    32 bits, four in-place passes (a code point has 21 bits, so ``first << 11`` fits)."""
    keys = codes[:-1] << np.uint32(11)
    keys ^= codes[1:]
    keys *= np.uint32(0x9E3779B1)
    keys >>= np.uint32(32 - _PAIR_BITS)
    return keys


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, written as their trie (以太|以上 -> 以(?:太|上)): each
    alternation then branches on one character, which sre tests fast."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=1)
def shared_lexicon() -> Lexicon:
    """The process's one Lexicon (built once and only ever read)."""
    return Lexicon()


@lru_cache(maxsize=1)
def _shape_words() -> dict[str, tuple[str, ...]]:
    """brand_shape.tsv: its words per part (product, promo, gaming), in file order."""
    parts: dict[str, list[str]] = {"product": [], "promo": [], "gaming": [], "offer": [],
                                   "ask": [], "place": []}
    text = files("cleaners.spam").joinpath("lexicons", "brand_shape.tsv").read_text("utf-8")
    for raw in text.splitlines():
        if raw.strip() and not raw.startswith("#"):
            part, word = raw.split("\t")
            parts[part].append(word)
    return {part: tuple(words) for part, words in parts.items()}


def brand_places() -> frozenset[str]:
    """brand_shape.tsv's places operators print before their names (澳门 of 澳门某某娱乐)."""
    return frozenset(_shape_words()["place"])


def holds_a_brand(cut: str) -> bool:
    """``cut`` (a string spam was cut as) holds a brand: a product word of brand_shape.tsv
    (某某娱乐城, 某某国际) or a lexicon brand."""
    simple = to_simplified(cut)
    return bool(product_words(simple)) or any(
        h.kind == "brand" for h in shared_lexicon().scan(simple))


@lru_cache(maxsize=1)
def _offer_ask() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _shape_words()
    return (re.compile(_alternation(words["offer"]), re.IGNORECASE),
            re.compile(_alternation(words["ask"]), re.IGNORECASE))


def offer_and_ask(text: str) -> tuple[str, str] | None:
    """The first offer word and the first ask word of brand_shape.tsv in ``text`` (再送 and
    登录 in 老用户登录再送八十八元礼金), or None when it lacks either: an advert's talk."""
    offers, asks = _offer_ask()
    offer, ask = offers.search(text), asks.search(text)
    return (offer[0], ask[0]) if offer and ask else None


# The longest rest of a line a cut brand opened that is read as its advert: a sentence or two
# of sales talk (已改版，老用户登录再送八十八元礼金。 18); an article's paragraph is longer.
ADVERT_REST_CHARS = 24


def advert_talk(rest: str) -> tuple[str, str] | None:
    """The offer and ask words (offer_and_ask) of ``rest``, what a cut brand left of the line
    it opened, when it is short enough to be the brand's advert (``ADVERT_REST_CHARS``, spaces
    not counted; read through its simplified copy), else None."""
    if len("".join(rest.split())) > ADVERT_REST_CHARS:
        return None
    return offer_and_ask(to_simplified(rest))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _product_promo() -> re.Pattern[str]:
    words = _shape_words()
    # Product and promo words only: a pattern that starts with a literal alternation lets the
    # scan skip ahead fast (ten times faster than checking a name at every position).
    return re.compile(f"(?:{_alternation(words['product'])})(?:{_alternation(words['promo'])})+",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _product_word() -> re.Pattern[str]:
    # A plain alternation of literals: sre scans it at several hundred MB/s, faster than one
    # str.find per word; every page that names no spam pays for this scan.
    words = _shape_words()
    return re.compile(_alternation(words["product"] + words["gaming"]))


def product_words(text: str) -> list[tuple[int, int]]:
    """Where the product and gaming words of brand_shape.tsv (体育, 娱乐, 棋牌...) occur."""
    return [m.span() for m in _product_word().finditer(text)]


@lru_cache(maxsize=1)
def _promo_word() -> re.Pattern[str]:
    return re.compile(_alternation(_shape_words()["promo"]), re.IGNORECASE)


# What re.IGNORECASE matches for an ASCII letter besides its two cases (Python's Unicode
# case folding); no other letter has more.
_FOLD_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


@lru_cache(maxsize=1)
def _uncased_promo() -> tuple[re.Pattern[str], frozenset[str] | None]:
    """The promo words without case (官网, 入口) as a plain alternation, and every spelling
    re.IGNORECASE matches of the ASCII letters in the others (app: APP, App...), or None when
    a word holds a cased character that is no ASCII letter. A text holding none of those
    spellings can match no cased word, so the plain alternation, ten times faster than the
    case-blind one, finds the same words there."""
    words = set(_shape_words()["promo"])
    cased = {w for w in words if any(c.lower() != c or c.upper() != c for c in w)}
    plain = re.compile(_alternation(words - cased))
    if not all(c.isascii() or c.lower() == c == c.upper() for word in cased for c in word):
        return plain, None
    spellings: set[str] = set()
    for run in (run for word in cased for run in re.findall("[A-Za-z]+", word)):
        options = [c.lower() + c.upper() + _FOLD_EXTRAS.get(c.lower(), "") for c in run]
        spellings.update("".join(p) for p in itertools.product(*options))
    return plain, frozenset(spellings)


@lru_cache(maxsize=8)
def _promo_spans(text: str) -> tuple[tuple[int, int], ...]:
    plain, spellings = _uncased_promo()
    if spellings is not None and not any(s in text for s in spellings):
        return tuple(m.span() for m in plain.finditer(text))
    return tuple(m.span() for m in _promo_word().finditer(text))


def promo_words(text: str) -> list[tuple[int, int]]:
    """Where the promo words of brand_shape.tsv (官网, 入口, app...) occur. Memoised: several
    brand rules of spam.injection ask about the same page."""
    return list(_promo_spans(text))


_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[A-Za-z0-9]{0,4}$")


def loose_brand_shapes(text: str, found: list[tuple[int, int]] | None = None,
                       ) -> list[tuple[int, int, bool]]:
    """Looser brand shapes (see ``lexicons/brand_shape.tsv``): a Latin name and a product word
    (QX体育, DB真人: ``True``) or a Han name and a gaming word (龙腾棋牌: ``False``). ``found``:
    product_words(text), when the caller has it."""
    gaming = _shape_words()["gaming"]
    out = []
    for start, end in product_words(text) if found is None else found:
        if start and text[start - 1].isascii() and text[start - 1].isalnum():
            latin = _LATIN_NAME.search(text, max(0, start - 6), start)
            if latin:
                out.append((latin.start(), end, True))
        elif (text[start:end] in gaming and start >= 2
              and all(_is_han(c) for c in text[start - 2 : start])):
            out.append((start - 2, end, False))
    return out


def _products_and_promos() -> tuple[str, str]:
    """Alternations of brand_shape.tsv's product (and gaming) words and of its promo words."""
    words = _shape_words()
    return _alternation(words["product"] + words["gaming"]), _alternation(words["promo"])


@lru_cache(maxsize=1)
def _bracketed_brand() -> re.Pattern[str]:
    products, promos = _products_and_promos()
    # Square and corner brackets only: 《》 names works and “” quotes speech.
    return re.compile(rf"[【「『〖]([\u4e00-\u9fff]{{2,3}})(?:{products})(?:{promos})*[】」』〗]"
                      rf"(?:{promos})*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _decorated_brand() -> re.Pattern[str]:
    products, promos = _products_and_promos()
    # The same stars or emoji on both sides (★某某娱乐★, 🔥某某棋牌🔥).
    return re.compile(rf"([{DECORATIONS}]{{1,2}})([\u4e00-\u9fff]{{2,3}})(?:{products})"
                      rf"(?:{promos})*\1(?:{promos})*", re.IGNORECASE)




def bracketed_brands(text: str) -> list[tuple[int, int, int]]:
    """A name and a product word set off in square or corner brackets, promo words after it
    or not (【某某体育】, 「某某棋牌」APP下载), or between the same stars or emoji (★某某娱乐★):
    how mirrors print an operator. Each as (start, end, where the name starts), in order."""
    # Both forms hold a product word, and those are Han (no case: the case-blind patterns read
    # them as the plain scan does). Most pages hold none, found by one fast scan.
    if _product_word().search(text) is None:
        return []
    found = [(m.start(), m.end(), m.start(1)) for m in _bracketed_brand().finditer(text)]
    if _has_decoration(text):  # most pages: no star or emoji at all
        found += [(m.start(), m.end(), m.start(2)) for m in _decorated_brand().finditer(text)]
        found.sort()
    return found


def _has_decoration(text: str) -> bool:
    """Whether ``text`` holds a star or an emoji (DECORATIONS): a few numpy passes over its
    code points, where a regex scan for a character class costs ten times as much."""
    codes = codes_of(text)
    return bool(np.any(((codes >= 0x25A0) & (codes < 0x27C0)) | (codes == 0x2B50)
                       | ((codes >= 0x1F300) & (codes < 0x1FB00))))


def any_bracketed_brand(text: str, products: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text`` prints a brand as ``bracketed_brands`` reads them. ``products``:
    product_words(text); a decoration is sought only a name's width before one of them."""
    return _bracketed_brand().search(text) is not None or (
        any(_is_decoration(c) for start, _ in products for c in text[max(0, start - 5) : start])
        and _decorated_brand().search(text) is not None)


def _is_decoration(char: str) -> bool:
    """A star, a shape or an emoji of DECORATIONS."""
    code = ord(char)
    return 0x25A0 <= code < 0x27C0 or code == 0x2B50 or 0x1F300 <= code < 0x1FB00


def _emoji_dressed(line: str, hit: Hit) -> bool:
    """Whether ``hit`` was read with the same emoji on both sides of its term (🎲某某🎲)."""
    inner = line[hit.start : hit.end].replace("\ufe0f", "")
    return len(inner) > 2 and inner[0] == inner[-1] and _is_decoration(inner[0])


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


# A run of single Han characters each set apart by a space or a mark (金 麟 体 育, 某·某·国·际),
# glued to the words around it or not: how a mirror spells a coined operator's name out so that
# filters miss it. No longer run of such characters goes on at either end.
_SPACED_HAN_RUN = re.compile(
    r"(?<![\u4e00-\u9fff][ \t\u3000·•・\-_*~])[\u4e00-\u9fff]"
    r"(?:(?:[ \t\u3000]{1,2}|[ \t]?[·•・\-_*~][ \t]?)[\u4e00-\u9fff]){3,5}"
    r"(?!(?:[ \t\u3000]{1,2}|[ \t]?[·•・\-_*~][ \t]?)[\u4e00-\u9fff])")


# The same run with one mark repeated between its characters (某·某·娱·乐, 某-某-体-育), read
# on its own where the words around it are set apart by spaces: a heading's (规划先行 某-某-体-育
# 定好…), whose spaced words the run above takes for more of the name.
_MARKED_HAN_RUN = re.compile(
    r"(?<![\u4e00-\u9fff][·•・\-_*~])[\u4e00-\u9fff](?P<mark>[ \t]?[·•・\-_*~][ \t]?)"
    r"[\u4e00-\u9fff](?:(?P=mark)[\u4e00-\u9fff]){2,4}(?!(?P=mark)[\u4e00-\u9fff])")


# The same run with an emoji or a decoration between each two of its characters, the same one
# or not (某🔥某🎯体⚽育): prose sets none inside a word, let alone one after every character.
_DECORATED_GAP = rf"[ \t]?[{DECORATIONS}]\ufe0f?[ \t]?"
_DECORATED_HAN_RUN = re.compile(
    rf"(?<![{DECORATIONS}\ufe0f])[\u4e00-\u9fff](?:{_DECORATED_GAP}[\u4e00-\u9fff]){{3,5}}"
    rf"(?!{_DECORATED_GAP}[\u4e00-\u9fff])")


def spaced_brand_runs(text: str) -> list[tuple[int, int, str]]:
    """Coined operator names spelled out one character at a time (金 麟 体 育, 某·某·国·际):
    four to six Han characters, each set apart by a space or a mark, that joined read a name
    of two characters or more and a product word of ``lexicons/brand_shape.tsv`` (体育, 国际,
    娱乐...) at the end. Spans and the joined name. Prose never spaces a name out so; a
    heading may (体 育 新 闻: no product word at its end), so this proves nothing alone."""
    if not any(c in text for c in " \t\u3000·•・-_*~") and not _DECORATION.search(text):
        return []
    # A run with one mark throughout is read first: a space before it is the words' (主办 某·某
    # ·娱·乐 is no five-character name 办某某娱乐).
    marked = marked_brand_runs(text)
    return sorted([*marked, *(run for run in _brand_runs(text, _SPACED_HAN_RUN)
                              if not any(a < run[1] and run[0] < b for a, b, _ in marked))])


def marked_brand_runs(text: str, stats: ChineseStats | None = None
                      ) -> list[tuple[int, int, str]]:
    """The runs of ``spaced_brand_runs`` spelled with one mark between their characters, not
    spaces alone (某·某·娱·乐, 某-某-体-育), or with an emoji or a decoration between each two,
    the same or not (某🔥某🎯体⚽育): spans and the joined name; with ``stats``, only those
    whose name is coined (coined_name: not 中国 of 中·国·体·育)."""
    marked = (_brand_runs(text, _MARKED_HAN_RUN, stats)
              if any(c in text for c in "·•・-_*~") else [])
    if not _DECORATION.search(text):
        return marked
    return sorted([*marked, *(run for run in _brand_runs(text, _DECORATED_HAN_RUN, stats)
                              if not any(a < run[1] and run[0] < b for a, b, _ in marked))])


def _brand_runs(text: str, run: re.Pattern[str], stats: ChineseStats | None = None
                ) -> list[tuple[int, int, str]]:
    """The matches of ``run`` that joined read a name and a product word (spaced_brand_runs),
    the name coined where ``stats`` is given."""
    products = _shape_words()["product"]
    out = []
    for m in run.finditer(text):
        joined = "".join(c for c in m.group() if "\u4e00" <= c <= "\u9fff")
        product = next((w for w in products if joined.endswith(w)), None)
        if product is None:
            continue
        name = joined[: -len(product)]
        if len(name) < 2 or any(w in name for w in products) or (
                stats is not None and not coined_name(name, stats)):
            continue
        out.append((m.start(), m.end(), joined))
    return out


def brand_shapes(text: str) -> list[tuple[int, int]]:
    """Spans shaped like a gambling brand the lexicon may not know: a name, a product word and
    promo words (星辉体育官网入口, abc电竞官网; words in ``lexicons/brand_shape.tsv``)."""
    return list(_brand_shapes(text))


@lru_cache(maxsize=4)
def _brand_shapes(text: str) -> tuple[tuple[int, int], ...]:
    """``brand_shapes``, memoised: spam.injection asks twice about every page (does a shape
    name the page, is it one of two coined brand forms)."""
    out = []
    for m in _product_promo().finditer(text):
        start = m.start()
        if start >= 2 and all("\u4e00" <= c <= "\u9fff" for c in text[start - 2 : start]):
            out.append((start - 2, m.end()))
            continue
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalnum():
            start -= 1
        if m.start() - start >= 2 and text[start].isalpha():
            out.append((start, m.end()))
    return tuple(out)


@lru_cache(maxsize=1)
def selling_terms() -> frozenset[str]:
    """The lexicon's brands and selling phrases, lower-case, without its topic words (赌博,
    毒品, 发票: news about raids uses them too). Read-only; cached for the process."""
    return frozenset(term for term, _, _, kind in shared_lexicon().entries.values()
                     if kind != "term")


@lru_cache(maxsize=1)
def topic_terms() -> frozenset[str]:
    """The lexicon's topic words (赌博, 毒品; a hit on one sold with a promo suffix, 赌博网站,
    is a promo hit of the same term), lower-case."""
    return frozenset(term for term, _, _, kind in shared_lexicon().entries.values()
                     if kind == "term")


@lru_cache(maxsize=1)
def all_terms() -> frozenset[str]:
    """Every term of the lexicons, topic words included (投注, 赌博), lower-case."""
    return frozenset(term for term, _, _, _ in shared_lexicon().entries.values())


# The marks around a clause or an item of a list (某某、|x|、某某; 某某，|x|，某某).
_ITEM_MARKS = frozenset("、，,；;")


def _one_mark(line: str, start: int, end: int) -> int | None:
    """Where the clause mark stands that a cut ``line[start:end]`` takes with it when one
    stands on either side of it, or None: the enumeration comma before it where the other is
    a clause's (某某、|x|，某某 keeps its ，), else the one after (接种站，|某某|，详细 leaves
    接种站，详细)."""
    if not (start > 0 and end < len(line) and line[start - 1] in _ITEM_MARKS
            and line[end] in _ITEM_MARKS):
        return None
    return start - 1 if line[start - 1] == "、" and line[end] != "、" else end


@lru_cache(maxsize=8)
def hits_by_line(text: str) -> tuple[tuple[Hit, ...], ...]:
    """The lexicon's hits in each line of ``text`` (offsets within the line): one scan of the
    whole text, none when it holds no term (terms and suffixes never span a line break).
    Memoised: spam.lexicon and spam.injection ask about the same text."""
    if not has_terms(text):
        return ((),) * (text.count("\n") + 1)
    lines = text.split("\n")
    out: list[list[Hit]] = [[] for _ in lines]
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for h in shared_lexicon().scan(text):
        n = bisect_right(starts, h.start) - 1
        out[n].append(replace(h, start=h.start - starts[n], end=h.end - starts[n]))
    # A topic word named as a kind of site (赌博网站, 色情平台; 投注网站 on a page whose news
    # reports on gambling) is the topic word, not a name sold with a promo word.
    topics = news_topics(lines, out) if any(_site_named(h) for hits in out for h in hits) else ()
    for n, hits in enumerate(out):
        if any(_site_named(h) for h in hits):
            out[n] = [_as_topic(h) if _site_named(h) and (
                _VICE_NAME.fullmatch(h.term) or h.category in topics) else h for h in hits]
    # A term inside wording the line quotes and reports (所谓“代开发票”) is no hit: news cites it.
    for n, hits in enumerate(out):
        if hits and ("“" in lines[n] or "「" in lines[n] or "‘" in lines[n]) and (
                cited := _cited_spans(lines[n])):
            out[n] = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in cited)]
        if out[n] and (named := _named_unquoted(lines[n], out[n])):
            out[n] = [h for i, h in enumerate(out[n]) if i not in named]
    return tuple(tuple(hits) for hits in out)


# The site nouns a report calls a kind of site by (赌博网站, 涉赌平台), promo suffixes no
# advert sells its own name with alone (it says 官网, 入口, 注册).
_SITE_NOUNS = frozenset(("网站", "平台", "网址", "app"))
# Topic words that name a vice as the law and the news do, never as its seller does: a
# 赌博网站 or 色情平台 is a report's word for the site whatever the page.
_VICE_NAME = re.compile(r"赌博|网络赌博|网赌|赌球|色情|淫秽|卖淫|嫖娼|毒品")


def _site_named(hit: Hit) -> bool:
    """``hit`` is a topic word (weight 1) read as a promo only for a site noun after it."""
    if hit.weight != 1 or hit.kind != "promo" or not hit.suffix:
        return False
    suffix, units = hit.suffix.lower(), 0
    while suffix:
        unit = next((w for w in _SITE_NOUNS if suffix.startswith(w)), "")
        if not unit:
            return False
        suffix, units = suffix[len(unit):], units + 1
    return units == 1


def _as_topic(hit: Hit) -> Hit:
    """``hit`` as the bare topic word it is."""
    return replace(hit, kind="term", end=hit.end - len(hit.suffix), suffix="")


def names_a_site(line: str, hit: Hit) -> bool:
    """``hit`` is a topic word ``line`` names a kind of site by (涉案赌博网站): kept as news
    words are, it still names spam's topic as a site, as a kept brand names its operator."""
    return (hit.kind == "term" and hit.weight == 1
            and any(line.startswith(w, hit.end) for w in _SITE_NOUNS))


@lru_cache(maxsize=8)
def has_terms(text: str) -> bool:
    """Whether a line of ``text`` holds a lexicon term (terms never span a line break): one
    scan of the text, memoised, since every spam cleaner asks about its page and hashing the
    very string again is free (CPython keeps its hash). spam.score sees the page with other
    line breaks (the layout re-joins paragraphs) and scans it again: that scan costs less
    than taking the line breaks out and hashing the copy, which a shared memo would need."""
    return shared_lexicon().any_hit(text)


def forget_lines() -> None:
    """Empty the per-line memos (benchmarks use it so one page's lines do not serve the next)."""
    hits_by_line.cache_clear()
    has_terms.cache_clear()
    simplified_page.cache_clear()
    _promo_spans.cache_clear()
    _brand_shapes.cache_clear()


def simplified_text(text: str) -> str:
    """``text`` in simplified script when OpenCC maps it character for character (the cuts
    are made at its offsets), else ``text`` itself."""
    probe = to_simplified(text)
    return probe if len(probe) == len(text) else text


@lru_cache(maxsize=4)
def simplified_page(text: str) -> str:
    """``simplified_text`` of a page, memoised: spam.lexicon and spam.injection read the same
    page, and each would scan it for a traditional character. One-off strings (a chrome
    block) use ``simplified_text``, so that they do not push the page out of the memo."""
    return simplified_text(text)


_GAP = re.compile(r"[ \t\u3000]+")


def _spaced_advert_run(line: str, start: int, end: int, inside: Sequence[Hit],
                       handle: re.Match[str], topics: Sequence[Hit] = (),
                       ) -> tuple[int, int, int, int] | None:
    """In the sentence ``line[start:end]``, the pieces set apart by spaces around ``handle``
    that sell (each holds a hit ``inside``), when they open or close the sentence: (start and
    end of the run, start and end of the cut), else None. The cut of an opening run takes the
    space after it; that of a closing run the space or clause mark before it (…等服务，某某刷单
    一单一结 加QQ：123…。 keeps 等服务。). An article's sentence writes no spaces between its
    clauses; an advert pasted before or after one does. A piece holding one of the trade's
    topic words (``topics``: 日结佣金, 稳定高收益 beside …跑分 飞机@ab8866) belongs to the run
    too: the handle and a selling term already make it an advert."""
    gaps = [(m.start(), m.end()) for m in _GAP.finditer(line, start, end)]
    if not gaps:
        return None
    bounds = [start, *(x for gap in gaps for x in gap), end]
    pieces = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if a < b]
    at = next((k for k, (a, b) in enumerate(pieces) if a <= handle.start() < b), None)
    if at is None:
        return None

    def sells(k: int) -> bool:
        # a piece of the handle itself, broken up by spaces (2975 330 816), sells with it, and
        # so does the contact word before it standing alone (电话 1 3 8 …)
        a, b = pieces[k]
        return any(a <= h.start and h.end <= b for h in (*inside, *topics)) or (
            handle.start() <= a and b <= handle.end()) or (
            b <= handle.start() and _CONTACT_CUE.fullmatch(line, a, b) is not None)

    first = at
    while first > 0 and sells(first - 1):
        first -= 1
    last = at
    while last + 1 < len(pieces) and sells(last + 1):
        last += 1
    a, b = pieces[first][0], pieces[last][1]
    if last == len(pieces) - 1:
        # A closing run whose first piece holds the article's clause before a clause mark
        # starts after the mark; the sentence keeps its closing mark.
        selling = [h.start for h in inside if a <= h.start < pieces[first][1]]
        mark = max(line.rfind(c, a, min([*selling, handle.start()])) for c in _RUN_MARKS)
        if mark >= 0:
            a = mark + 1
        elif first == 0:
            return None  # the whole sentence, read as one already
        cut_a = mark if mark >= 0 else pieces[first - 1][1]
        return a, b, cut_a, b - 1 if line[b - 1] in "。！？!?" else b
    if first > 0:
        return None  # a run inside the sentence
    return a, b, a, pieces[last + 1][0]


# The clause marks before an advert closing a sentence (…等服务，某某刷单 …)
_RUN_MARKS = "，,；;"
_CLAUSE_MARK = re.compile("[，,；;]")
# An article's clause beside an advert: six Han characters or more of prose holding no hit,
# digit, handle, contact word or promo word. An advert's sales talk is shorter (当天结算, 点数低).
_OWN_CLAUSE = 6
_ADVERT_TALK = re.compile(r"[0-9A-Za-z]|加[微薇vV]|微信|[qQ]{2}|电话|联系|咨询|客服|"
                          r"[日月]?[赚结]|返利|佣金|提现|到账|正规|靠谱|免费|保密|价格|优惠")
# An office's landline, its area code in brackets or before a hyphen ((03)9325-1180,
# 0571-87281234): the article's hotline, which no advert gives (an advert gives a mobile, a QQ
# or a chat ID), so a clause giving it may still be the article's own.
_OFFICE_NUMBER = re.compile(r"[（(]0\d{1,3}[)）]\s*\d{3,4}-?\d{4}(?!\d)"
                            r"|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")


# The article's words before an advert glued into its clause: six Han characters or more, and
# a clause mark among them or twelve Han characters (a name an advert opens on, 某某国际娱乐城,
# is shorter and has no mark).
_GLUED_PROSE = 12
_APART = "，,；;。！？!?、：: \t\u3000"


def _glued_run(line: str, start: int, cue: int, hits: Sequence[Hit]) -> int:
    """Where the advert glued into an article's clause begins: the first of the selling ``hits``
    and sales talk (``handles.SALES_TALK``: 当天放款, 秒批) that follow one another without a gap
    up to the contact word at ``cue``, when the clause's
    words before them are the article's (see ``_GLUED_PROSE``: no hit among them, the run
    glued to them with no mark or space between); else ``start``, the sentence's start."""
    from .handles import SALES_TALK  # handles reads this module

    pieces = [(h.start, h.end) for h in hits]
    pieces += [m.span() for m in SALES_TALK.finditer(line, start, cue)]
    run = cue
    while True:
        before = [a for a, b in pieces if b == run and a < run]
        if not before:
            break
        run = min(before)
    if run == cue or run <= start or line[run - 1] in _APART:
        return start
    prefix = line[start:run]
    han = len(_HAN_CHAR.findall(prefix))
    if any(h.start < run and start < h.end for h in hits) or han < _OWN_CLAUSE or (
            han < _GLUED_PROSE and not _CLAUSE_MARK.search(prefix)):
        return start
    return run


def _advert_clauses(line: str, start: int, end: int, hits: Sequence[Hit],
                    handle: re.Match[str]) -> tuple[int, int, int, int]:
    """The clauses of the advert sentence ``line[start:end]`` that are the advert's: from the
    first clause holding a hit or ``handle`` to the last, with the advert's short sales talk
    around them; the clauses of the article's prose before or after it (six Han characters or
    more, no hit, digit or selling word: 全县新增就业岗位三千余个，<advert>。) stay. Returns
    (start and end of the advert, start and end of the cut): the cut takes the clause mark
    between the article's clause and the advert and leaves the sentence's closing mark."""
    marks = [m.start() for m in _CLAUSE_MARK.finditer(line, start, end)]
    if not marks:
        return start, end, start, end
    bounds = [start, *marks, end]
    clauses = [(a if k == 0 else a + 1, b) for k, (a, b) in enumerate(itertools.pairwise(bounds))]

    def own(a: int, b: int) -> bool:
        text = line[a:b].rstrip("。！？!? \t\u3000")
        return (len(_HAN_CHAR.findall(text)) >= _OWN_CLAUSE
                and not any(h.start < b and a < h.end for h in hits)
                and not (a <= handle.start() < b)
                and not _ADVERT_TALK.search(_OFFICE_NUMBER.sub("", text)))

    first = 0
    while first < len(clauses) and own(*clauses[first]):
        first += 1
    last = len(clauses) - 1
    while last > first and own(*clauses[last]):
        last -= 1
    if first == len(clauses) or (first == 0 and last == len(clauses) - 1):
        return start, end, start, end
    a, b = clauses[first][0], clauses[last][1]
    cut_a = marks[first - 1] if first else a
    if last < len(clauses) - 1:
        return a, b, cut_a, clauses[last + 1][0] if not first else b
    closing = b - 1 if b > a and line[b - 1] in "。！？!?" else b
    return a, b, cut_a, closing


class LexiconSpam:
    """Remove spam brands and selling phrases inside lines, and lines that are mostly spam.

    Example: ``基层AG官网入口飞地园区`` loses ``AG官网入口``; a line such as
    ``澳门新葡京注册送彩金`` goes whole. Lines reporting on spam (警方, 涉嫌...) are left alone.
    """

    name = "spam.lexicon"

    def __init__(self, *, line_share: float = 0.5, short_line: int = 60,
                 short_line_weight: int = 4) -> None:
        if not 0 < line_share <= 1 or short_line < 0 or short_line_weight < 1:
            raise ValueError("line_share must be in (0, 1], short_line >= 0, weight >= 1")
        self.line_share = line_share
        self.short_line = short_line
        self.short_line_weight = short_line_weight
        self._lexicon: Lexicon | None = None
        self._stats = LazyStats()

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = shared_lexicon()
        return self._lexicon

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_lexicon"] = None  # the trie and bitmap are rebuilt in the worker
        state.pop("_char_classes", None)  # and this table
        return state

    def _strong(self, hit: Hit, line: str = "", *, listed: bool = True) -> bool:
        """An unambiguous hit: a brand or promo of weight 3, or one sold with a promo suffix;
        not a brand ``line`` names as a company (see ``named_as_company``)."""
        if hit.kind == "term" or not (hit.weight >= 3 or hit.suffix):
            return False
        return not (line and named_as_company(line, hit, listed=listed))

    def _bound(self, line: str, hit: Hit) -> bool:
        """An ambiguous brand inside a longer word (朝鲜半岛, 金沙江) or naming a company
        (开云集团) is not the brand."""
        if named_as_company(line, hit, listed=False):
            return True
        stats = self._stats.get()
        for before in range(3):
            for after in range(3):
                if ((before or after) and hit.start >= before and hit.end + after <= len(line)
                        and stats.is_word(line[hit.start - before : hit.end + after])):
                    return True
        # The same across a piece injected right after the name (开云|足球|集团, 金沙|线上|江):
        # this cleaner runs before spam.injection, so the name's context may still be split.
        if hit.kind == "brand" and not hit.suffix:
            for skip in (2, 3):
                rest = hit.end + skip
                if rest < len(line) and all(_is_han(c) for c in line[hit.end : rest]) and (
                        _COMPANY.match(line, rest) or stats.is_word(
                            line[hit.start : hit.end] + line[rest : rest + 1], 5)):
                    return True
        return False

    def _venue(self, line: str, hit: Hit) -> bool:
        """A venue word (娱乐城) whose product word closes a dictionary word with the
        characters before it (文化|娱乐城: 文化娱乐) names a venue of that kind, as a licensed
        complex is named; an operator's venue (真人娱乐城, 线上娱乐城) opens no such word."""
        if hit.kind != "promo" or hit.suffix or len(hit.term) < 3:
            return False
        stats = self._stats.get()
        return any(hit.start >= k and stats.is_word(line[hit.start - k : hit.start]
                                                      + hit.term[:-1]) for k in (1, 2))

    def __call__(self, doc: Doc, /) -> Doc:
        cut = self._cut_lines(doc)
        return _headline_under_spam(cut, self.name) if cut is not doc else cut

    def _cut_lines(self, doc: Doc) -> Doc:
        # A name spelled out with separators (澳 门 新 葡 京, 开-云-体-育) is joined first, so
        # that the lexicon reads it; the spelling proves it spam wherever it stands.
        # Both read the page's characters by class, looked up once (numpy: a regex scan for
        # a character class costs several times as much, on every page).
        classes = np.take(self._char_classes, codes_of(simplified_page(doc.text)), mode="clip")
        doc, spaced = self._join_spaced_terms(doc, classes)
        # A site's address with its dots disguised (www点ab88点com, ab88。com) hides from
        # filters as only a mirror does: it goes, with its label and the name it is for.
        doc = self._cut_disguised_addresses(doc, classes)
        # A sentence that repeats one name with promo words (某某体育，某某体育官网，某某体育
        # app下载。) is keyword stuffing, whatever the name.
        doc = self._cut_stuffed_sentences(doc)
        # A line of selling pieces ending on a person's contact handle (彩票计划 稳赚 加QQ
        # 123456789) goes whole, on any page: an article's line with a handle is framed.
        doc = self._cut_handle_lines(doc)
        # A traditional-script page is read through its simplified copy (the lexicon is
        # simplified) and cut in its own characters: OpenCC maps character for character, and
        # where it does not the page is read as it is.
        probe = simplified_page(doc.text)
        if not has_terms(probe):
            return doc  # most pages: no term anywhere, so no line to split and read
        originals = doc.text.split("\n")
        lines = probe.split("\n")
        found = [list(hits) for hits in hits_by_line(probe)]
        if not any(found):
            return doc
        news = [bool(h) and _reports_spam(line, h) for line, h in zip(lines, found, strict=True)]
        # A brand of a kind of spam no news line of the page reports on, on a page whose news
        # reports on another (a casino in a report on fake invoices), is read in a news-like
        # line as in any other (see news_topics). News that names no kind may name any brand.
        topics = news_topics(lines, found)

        def off_topic(h: Hit) -> bool:
            return bool(topics) and h.kind == "brand" and h.category not in topics

        # Venues the page names by their kind (人民文化娱乐城): its bare mentions of the venue
        # word (娱乐城今后将…) are that venue's, even on a page a mirror planted spam in.
        venues = {h.term for line, hits in zip(lines, found, strict=True) for h in hits
                  if self._venue(line, h)}

        strong = [h for line, hits, is_news in zip(lines, found, news, strict=True)
                  for h in hits if (not is_news or off_topic(h)) and self._strong(h, line)]
        # Known operators respelled with a character swapped (澳门新莆京, 太阳诚), two or more
        # of them outside news lines: a mirror spelling names past filters, as no article does
        # (one alone may be a word the dictionary lacks).
        respelled = [h for line, hits, is_news in zip(lines, found, news, strict=True)
                     for h in hits if not is_news and h.term in self.lexicon.respelled
                     and not self._bound(line, h)]
        if len({self.lexicon.respelled[h.term][0] for h in respelled}) >= _LEAST_RESPELLED_BRANDS:
            strong += respelled
        # Names learned on this page: AG + 某某会 seen before 入口 is a brand everywhere here.
        learned = {h.name: _LEARNED for hits in found for h in hits
                   if h.name and len(h.name) > len(h.term) and h in strong} | spaced
        evidence = ", ".join(sorted({h.term + h.suffix for h in strong}))[:80]
        # An advert line (热门搜索：…) proves the page spam as well as an unambiguous brand.
        advert_page = bool(strong) or any(
            hits and not is_news and len(hits) >= 2 and self._mostly_spam(line, hits)
            for line, hits, is_news in zip(lines, found, news, strict=True))
        kept: list[str | None] = []  # None: a spam line, gone
        removed: list[Removal] = []
        plans: list[tuple[int, str, list[tuple[Hit, str]]]] = []  # hits to cut, per line
        for n, (line, hits, is_news) in enumerate(zip(lines, found, news, strict=True), 1):
            if not hits and not learned:
                kept.append(originals[n - 1])  # most lines of a page: nothing to read or cut
                continue
            if is_news:
                # News about spam keeps its names, except a brand of a kind it does not report
                # on (off_topic), read as in any line, and an unambiguous brand (雷竞技, or one
                # sold with a promo suffix: 华体会官网) on a page that carries unambiguous spam
                # elsewhere: a mirror.
                reported = ", ".join(sorted(topics))
                sold = [(h, f"{h.category} brand '{h.term}{h.suffix}' (weight {h.weight}) in a "
                            f"news-like line of a page whose news is about {reported}")
                        for h in hits if off_topic(h) and (self._strong(h, line) or (
                            strong and not self._bound(line, h)
                            and not named_as_company(line, h)))]
                sold += [(h, f"{h.category} brand '{h.term}{h.suffix}' (weight {h.weight}) in a "
                             f"news-like line, on a page with unambiguous spam ({evidence})")
                         for h in hits if strong and h.kind == "brand" and self._strong(h, line)
                         and not any(h is s for s, _ in sold)]
                # A selling phrase between the same emoji (🎲某某🎲) is sold wherever it
                # stands: news quotes an advert's words, it does not decorate them.
                sold += [(h, f"{h.category} {h.kind} '{h.term}' between the same emoji "
                             f"('{h.suffix}') in a news-like line")
                         for h in hits if h.kind != "term" and _emoji_dressed(line, h)
                         and not any(h is s for s, _ in sold)]
                # A name spelled out with separators is spam wherever it stands.
                sold += [(h, f"{h.category} {h.kind} '{h.term}' spelled out with separators "
                             "between its characters on this page (to slip past filters), in a "
                             "news-like line") for h in _with_learned(line, spaced, [])
                         if not any(s.start < h.end and h.start < s.end for s, _ in sold)]
                # A selling phrase standing as a piece of its own at a sentence's edge, set
                # apart from the sentence by a space (…嫌疑人抓获。某某软件免费下载　7月上旬…),
                # on a page with unambiguous spam elsewhere: news quotes a tool's name inside
                # its clause, a mirror pastes its advert beside the clause.
                sold += _with_spaced_runs(line, [
                    (h, f"{h.category} {h.kind} '{h.term}' (weight {h.weight}) set apart by a "
                        f"space at a sentence's edge in a news-like line, on a page with "
                        f"unambiguous spam ({evidence})")
                    for h in hits if strong and self._strong(h, line) and _apart_at_edge(line, h)
                    and not any(s.start < h.end and h.start < s.end for s, _ in sold)])
                # An advert sentence that proves itself, set into a paragraph of news about
                # spam: the news words are the paragraph's, not the sentence's.
                adverts, _ = self._ad_sentences(line, hits, evidence, proven=False, news=True)
                sold = [*adverts, *((h, why) for h, why in sold if not any(
                    a.start <= h.start < a.end for a, _ in adverts))]
                if sold:
                    plans.append((n, line, sold))
                kept.append(originals[n - 1])
                continue
            hits = _with_learned(line, learned, hits)
            if hits and self._mostly_spam(line, hits):
                heading = _clean_heading(line, hits)
                if heading:
                    # A notice's numbered heading with an advert pasted after it (一、报名时间
                    # 某某国际开户送彩金): the heading stays, the advert goes.
                    removed.append(Removal(
                        self.name, "spam_after_heading",
                        "an advert set after a numbered heading, apart by a space or glued: "
                        f"{len(hits)} lexicon hits "
                        f"({', '.join(sorted({h.term for h in hits}))[:60]})",
                        shorten(originals[n - 1][heading:].strip()),
                        f"line {n} chars {heading + 1}-{len(line)}"))
                    kept.append(originals[n - 1][:heading].rstrip())
                    continue
                cats = sorted({h.category for h in hits})
                if (_QA_LABEL.match(line) and n >= 2 and kept[-1] is not None
                        and _QUESTION_LABEL.match(lines[n - 2])
                        and (found[n - 2] or SEARCH_QUERY.search(lines[n - 2]))):
                    # An advert set as a Q&A's answer takes its question with it (问：某某哪个
                    # 平台便宜？ 答：<advert>): the pair is the mirror's, the question holding
                    # the trade's words too, or a searcher's (手机上玩哪个平台比较正规？).
                    removed.append(Removal(
                        self.name, "spam_question",
                        "a Q&A's question holding spam terms, its answer an advert line",
                        shorten(originals[n - 2].strip()), f"line {n - 1}"))
                    kept[-1] = None
                removed.append(Removal(
                    self.name, "spam_line",
                    f"{'/'.join(cats)} spam line: {len(hits)} lexicon hits "
                    f"({', '.join(sorted({h.term for h in hits}))[:60]})",
                    shorten(originals[n - 1].strip()), f"line {n}"))
                kept.append(None)
                continue
            # Whole advert sentences set inside an article's paragraph (加微信…领取免费资料，
            # 日赚千元不是梦。) go whole, not term by term; on a page without other spam only
            # those that prove themselves (a contact handle and unambiguous selling terms).
            drop, hits = self._ad_sentences(line, hits, evidence or "an advert line",
                                            proven=advert_page)
            for h in hits:
                if h.kind == "term":
                    continue
                if h.suffix == _LEARNED:
                    why = (f"{h.category} brand '{h.term}' named with a promo suffix elsewhere "
                           "on this page")
                elif h.suffix == _SPACED:
                    why = (f"{h.category} {h.kind} '{h.term}' spelled out with separators "
                           "between its characters on this page (to slip past filters)")
                elif self._strong(h, line):
                    why = (f"{h.category} {h.kind} '{h.term}' (weight {h.weight})"
                           + (f" with promo suffix '{h.suffix}'" if h.suffix else ""))
                elif (strong and not self._bound(line, h) and not named_as_company(line, h)
                      and (h.suffix or h.term not in venues)):
                    why = (f"{h.category} {h.kind} '{h.term}' (weight {h.weight}) on a page "
                           f"with unambiguous spam ({evidence})")
                else:
                    continue
                drop.append((h, why))
            plans.append((n, line, _with_promo_sentences(line, _with_decorated_adverts(
                line, _with_spaced_runs(line, _with_long_tails(
                    line, _with_glued_terms(drop, hits), hits))), proven=bool(strong))))
            kept.append(originals[n - 1])
        touched: dict[int, str] = {}  # the lines cut from, with what they read before
        for n, _, drop in _with_shared_context(plans):
            if not drop:
                continue
            if kept[n - 1] is None:
                continue  # gone whole since (a question whose answer is an advert)
            line = originals[n - 1]  # the cuts are made in the page's own characters
            parts: list[list[int]] = []  # the spans of the line kept
            pos = 0
            cuts = sorted(drop, key=lambda d: d[0].start)
            for k, (h, why) in enumerate(cuts):
                if h.start < pos:
                    continue
                parts.append([pos, h.start])
                end = pos = h.end
                # the last cut of a run of them, right after one another, that stood between
                # two clause marks as a clause of its own (接种站，|某某娱乐城|注册就送|，详细…)
                # takes one mark with it: no doubled mark is left
                if not any(x.start == end for x, _ in cuts[k + 1 :]):
                    run_start = h.start
                    while any(x.end == run_start for x, _ in cuts[:k]):
                        run_start = next(x.start for x, _ in cuts[:k] if x.end == run_start)
                    mark = _one_mark(line, run_start, end)
                    if mark == end:
                        end = pos = end + 1
                    elif mark is not None:
                        next(p for p in parts if p[1] == run_start)[1] -= 1
                if h.spells:
                    why += f" (it spells {h.spells})"
                removed.append(Removal(self.name, f"{h.category}_{h.kind}", why,
                                       line[h.start : end], f"line {n} chars {h.start + 1}-{end}"))
            parts.append([pos, len(line)])
            rebuilt = "".join(line[a:b] for a, b in parts)
            kept[n - 1] = rebuilt
            touched[n - 1] = line
            label = rebuilt.strip(_ROW_LEFTOVER)
            if (len(drop) >= 2 and _BARE_LABEL.fullmatch(label)
                    and any(c.isspace() for c in line[len(label):].strip())):
                # A row's label left with none of its items (友情链接：某某 某某 某某, each
                # cut): the row was the spam's, its label goes with it. An article's lead-in
                # (具体如下：) stands before one advert, not a row of them.
                removed.append(Removal(self.name, "bare_label",
                                       "a row's label left with none of its items, all cut "
                                       "as spam", label, f"line {n}"))
                kept[n - 1] = None
        page = ["" if k is None else k for k in kept]
        removed += chrome_rests(self.name, page, {n: touched[n] for n in touched
                                                  if kept[n] is not None})
        kept = [k if k is None or page[n] or not k else None for n, k in enumerate(kept)]
        if not removed:
            return doc
        return doc.evolve(text="\n".join(k for k in kept if k is not None), removed=removed)

    def _join_spaced_terms(self, doc: Doc, classes: NDArray[np.uint8],
                           ) -> tuple[Doc, dict[str, str]]:
        """``doc`` with the separators taken out of every selling term of the lexicon spelled
        out with one between each of its characters (澳 门 新 葡 京, 开-云-体-育-官-网, 葡*京),
        and those terms (as read, mapped to their marker for ``_with_learned``). Only a run of
        single characters apart, three or more of them, is read, and only a brand or selling
        phrase of three characters or more is joined: a spaced heading (通 知), a list of
        names or figures (1 - 2, A-B) holds none and stays as it was, and a heading spaced out
        keeps a place's name that is also an ambiguous brand (太 阳 城 小 区). A Latin name
        is read only with one mark repeated between its letters (b🎲e🎲t🎲3🎲6🎲5, see
        _LATIN_MARKS): spaced letters (C P U, a b c) and versions (1.2.3) stay. ``classes``:
        the page's characters by class (``_char_classes``)."""
        text = doc.text
        probe = simplified_page(text)  # memoised: the lexicon reads the same copy next
        if classes.shape[0] < 5:
            return doc, {}
        # Most pages: no term's first character with a separator after it and a Han character
        # or a separator after that.
        first = (classes[:-2] & _FIRST) != 0
        first &= (classes[1:-1] & _SEPARATOR) != 0
        first &= (classes[2:] & (_SEPARATOR | _HAN)) != 0
        starts = np.flatnonzero(first)
        # nor a Latin letter or digit with a mark after it and a letter, a digit or the
        # emoji's selector after that (b🎲e🎲t🎲3🎲6🎲5)
        latin = (classes[:-2] & _ALNUM) != 0
        latin &= (classes[1:-1] & _MARK) != 0
        latin &= (classes[2:] & (_ALNUM | _MARK)) != 0
        latin_starts = np.flatnonzero(latin)
        # nor a Han character, a symbol (see _CHUNK_MARKS) and a Han one (半岛.体育)
        chunked = (classes[:-2] & _HAN) != 0
        chunked &= (classes[1:-1] & _SYMBOL) != 0
        chunked &= (classes[2:] & (_HAN | _SYMBOL)) != 0
        chunked_starts = np.flatnonzero(chunked)
        # nor a Latin letter, a space and a Latin letter (A G 娱 乐)
        mixed = (classes[:-2] & _ALNUM) != 0
        mixed &= (classes[1:-1] & _SEPARATOR) != 0
        mixed &= (classes[2:] & _ALNUM) != 0
        mixed_starts = np.flatnonzero(mixed)
        if not (starts.shape[0] or latin_starts.shape[0] or chunked_starts.shape[0]
                or mixed_starts.shape[0]):
            return doc, {}
        runs: list[re.Match[str]] = []
        if starts.shape[0]:
            runs += _SPACED_RUN.finditer(probe, int(starts[0]))
        if latin_starts.shape[0]:
            runs += _LATIN_SPACED_RUN.finditer(probe, int(latin_starts[0]))
        # A name cut into pieces of a few characters by symbols, or a Latin one spaced out
        # before its Han promo word, is joined only when a term of the lexicon crosses a cut
        # and sells unambiguously (weight 3, or a name with its promo word): such pieces
        # (朝鲜半岛.体育新闻?) are rare in prose, and an ambiguous name is not read from them.
        strict: list[re.Match[str]] = []
        if chunked_starts.shape[0]:
            strict += _chunked_runs(probe, classes, max(0, int(chunked_starts[0]) - 2))
        if mixed_starts.shape[0]:
            strict += _MIXED_SPACED_RUN.finditer(probe, int(mixed_starts[0]))
        runs += strict
        strict_runs = {m.span() for m in strict}
        joins: list[tuple[int, int, str, str]] = []  # original span, joined (simplified), term
        later: list[tuple[int, int, str, str]] = []  # the strict runs', where no other join is
        for run in runs:
            kept = [i for i in range(run.start(), run.end()) if probe[i].isalnum()]
            squeezed = "".join(probe[i] for i in kept)
            # A line that is nothing but the run is a heading spaced out to fill its width
            # (太 阳 城 小 区): an ambiguous name in it (weight 2, no promo word) is a place.
            heading = not (probe[probe.rfind("\n", 0, run.start()) + 1 : run.start()].strip()
                           or probe[run.end() : _line_end(probe, run.end())].strip())
            for h in self.lexicon.scan(squeezed):
                if h.kind == "term" or h.end - h.start < _SPACED_LEAST or (
                        heading and h.weight < 3 and not h.suffix):
                    continue
                start, end = kept[h.start], kept[h.end - 1] + 1
                if run.span() in strict_runs and (
                        (h.weight < 3 and not h.suffix) or end - start == h.end - h.start
                        or self._word_before(probe, start, kept[h.start + 1 :])):
                    continue  # an ambiguous name, one no cut crosses, or a word's end
                (later if run.span() in strict_runs else joins).append(
                    (start, end, squeezed[h.start : h.end], h.term))
        # a run read by two patterns (九.游★会: spaced out and cut by symbols) is joined once
        joins += [j for j in later if not any(j[0] < b and a < j[1] for a, b, _, _ in joins)]
        if not joins:
            return doc, {}
        # On a page that spells names out, a two-character brand spelled so (米 - 乐) is one
        # more: alone, two characters apart are as often a spaced name.
        for pair in _SPACED_PAIR.finditer(probe):
            a, b = pair.span()
            joined = probe[a] + probe[b - 1]
            if (self.lexicon.entries.get(joined, ("", 0, "", ""))[3] == "brand"
                    and not any(start < b and a < end for start, end, _, _ in joins)):
                joins.append((a, b, joined, joined))
        joins.sort()
        removed = []
        parts, pos = [], 0
        for start, end, _, term in joins:
            # the page's own characters, separators out (a traditional page stays so)
            parts += [text[pos:start], "".join(c for c in text[start:end] if c.isalnum())]
            pos = end
            line = text.count("\n", 0, start) + 1
            column = start - text.rfind("\n", 0, start)
            removed.append(Removal(
                self.name, "spaced_term",
                f"the separators set between the characters of lexicon term '{term}' (a name "
                f"spelled out to slip past filters: {shorten(text[start:end])}), taken out so "
                "that it is read", "".join(c for c in text[start:end] if not c.isalnum()),
                f"line {line} chars {column}-{column + end - start - 1}"))
        parts.append(text[pos:])
        spaced = {joined: _SPACED for _, _, joined, _ in joins}
        return doc.evolve(text="".join(parts), removed=removed), spaced

    def _word_before(self, text: str, start: int, rest: list[int]) -> bool:
        """Whether the piece of a name cut by symbols that begins at ``start`` (its characters
        up to the first cut; ``rest``: the positions of the name's other characters) closes a
        dictionary word with the characters before it (朝鲜|半岛.体育: 朝鲜半岛)."""
        cut = next((i for i in [start, *rest] if i + 1 not in rest), start) + 1
        stats = self._stats.get()
        return any(start >= k and stats.is_word(text[start - k : cut]) for k in (1, 2))

    def _cut_handle_lines(self, doc: Doc) -> Doc:
        """``doc`` without its selling lines with a contact handle (see
        ``cleaners.spam.handles``), read through the simplified copy of each line."""
        from .handles import CONTACT_HANDLE, handle_line_why  # handles reads this module

        if CONTACT_HANDLE.search(doc.text) is None:
            return doc  # most pages: no contact word before a person's handle
        originals = doc.text.split("\n")
        kept, removed = [], []
        for n, line in enumerate(originals, 1):
            why = handle_line_why(simplified_text(line)) if CONTACT_HANDLE.search(line) else None
            if why is None:
                kept.append(line)
                continue
            removed.append(Removal(self.name, "handle_line", why, shorten(line.strip()),
                                   f"line {n}"))
        if not removed:
            return doc
        return doc.evolve(text="\n".join(kept), removed=removed)

    def _cut_disguised_addresses(self, doc: Doc, classes: NDArray[np.uint8]) -> Doc:
        """``doc`` without the site addresses written with a disguised dot (点, 。, (点), [.]:
        www点ab88点com, ab88。com) or spelled out (w w w . a b 8 8 . c o m), each with the
        网址 label before it and the name it is the address of (a lexicon brand, or a name
        and a product word: 某某体育最新网址：…). A line left empty goes. ``classes``: the
        page's characters by class."""
        text = doc.text
        # An address spelled out a letter at a time (w w w . a b 8 8 . c o m): its top-level
        # domain spaced, found by a plain substring search (most pages hold none).
        spelled = any(tld in text for tld in _SPACED_TLDS)
        # Most pages: no lower-case letter right after a dot word or a bracket, or no
        # top-level domain there.
        if not spelled and (classes.shape[0] < 2 or not np.any(
                ((classes[:-1] & _DOT) != 0) & ((classes[1:] & _LOWER) != 0))):
            return doc
        if not spelled and _DISGUISED_GATE.search(text) is None:
            return doc
        probe = simplified_page(text)
        removed = []
        lines, probes = text.split("\n"), probe.split("\n")
        for n, line in enumerate(probes):
            cuts: list[tuple[int, int]] = []
            found = [(m.start(), m.end()) for m in _DISGUISED_ADDRESS.finditer(line)
                     if (m["wdot"] or ".") != "." or m["tdot"] != "."  # a plain address: none
                     # nor a sentence's last number before a word (…2019。net)
                     if m["wdot"] or (_HAS_LETTER.search(m["name"])
                                      and _HAS_DIGIT.search(m["name"]))]
            if spelled:
                found += [m.span() for m in _SPELLED_ADDRESS.finditer(line)]
            for start, end in sorted(found):
                if cuts and start < cuts[-1][1]:
                    continue
                label = _ADDRESS_LABEL.search(line, max(0, start - 12), start)
                if label:
                    start = label.start()
                    coined = _name_before_label().search(line, max(0, start - 8), start)
                    hits = [h for h in self.lexicon.scan(line[max(0, start - 8) : start])
                            if h.kind == "brand"]
                    if coined:
                        start = coined.start()
                    elif hits and hits[-1].end == min(start, 8):
                        start -= min(start, 8) - hits[-1].start
                # the instruction that goes with it (复制到浏览器打开): the address's, not the
                # article's, once the address is proven disguised
                tail = _ADDRESS_TAIL.match(line, end)
                cuts.append((max(start, cuts[-1][1] if cuts else 0), tail.end() if tail else end))
            if not cuts:
                continue
            original, parts, pos = lines[n], [], 0
            for start, end in cuts:
                parts.append(original[pos:start])
                pos = end
                removed.append(Removal(
                    self.name, "disguised_address",
                    "a site's address with its dots disguised (点, 。, [.]) or its letters "
                    "spaced out to slip past filters, with its label and the name it is for",
                    original[start:end], f"line {n + 1} chars {start + 1}-{end}"))
            parts.append(original[pos:])
            lines[n] = "".join(parts)
        if not removed:
            return doc
        kept = [ln for ln, was in zip(lines, text.split("\n"), strict=True)
                if ln.strip() or not was.strip()]
        return doc.evolve(text="\n".join(kept), removed=removed)

    @cached_property
    def _char_classes(self) -> NDArray[np.uint8]:
        """Each BMP code point's classes, as bits: a separator (_SPACER's), a Han character,
        the first character of a selling term of three characters or more, a dot word or a
        bracket a disguised address writes (点, 。, ), ]), a lower-case ASCII letter. The
        last entry (U+FFFF, no character) is a separator: code points above the BMP (emoji)
        are read as it."""
        table = np.zeros(0x10000, dtype=np.uint8)
        table[[ord(c) for c in _SPACER_CHARS]] |= _SEPARATOR
        for low, high in _BMP_DECORATIONS:
            table[low : high + 1] |= _SEPARATOR
        table[0xFE0F] |= _SEPARATOR  # the emoji presentation selector after a decoration
        # every code point above the BMP is read as U+FFFF: an emoji may be a separator (the
        # spacer pattern then says which are)
        table[0xFFFF] |= _SEPARATOR
        table[0x4E00:0xA000] |= _HAN
        firsts = {term[0] for term, _, _, kind in self.lexicon.entries.values()
                  if kind != "term" and len(term) >= _SPACED_LEAST and _is_han(term[0])}
        table[[ord(c) for c in firsts]] |= _FIRST
        table[[ord(c) for c in "点。)）]】"]] |= _DOT
        table[ord("a") : ord("z") + 1] |= _LOWER
        for first, last in ("az", "AZ", "09"):
            table[ord(first) : ord(last) + 1] |= _ALNUM
        for low, high in _BMP_DECORATIONS:
            table[low : high + 1] |= _MARK
        table[[ord(c) for c in _LATIN_MARKS]] |= _MARK
        table[[0xFE0F, 0xFFFF]] |= _MARK
        table[[ord(c) for c in _CHUNK_MARKS]] |= _SYMBOL
        for low, high in _BMP_DECORATIONS:
            table[low : high + 1] |= _SYMBOL
        table[0xFFFF] |= _SYMBOL
        return table

    def _cut_stuffed_sentences(self, doc: Doc) -> Doc:
        """``doc`` without its keyword-stuffed sentences: three clauses or more, each one name
        (the same, of two characters or more) and promo words or nothing, two of them with
        promo words (某某体育，某某体育官网，某某体育app下载，某某体育最新网址。). A sentence
        of an article says something of a name; it does not list its name's promo words."""
        text = doc.text
        # Two clauses with promo words in a line at least (官网，…平台，): most pages have none.
        # str.find per word: a regex alternation of Han literals scans every position.
        marks = sorted(at for word in _STUFFING_WORDS for at in _ends_before_mark(text, word))
        # two of them a clause or two apart in one line
        near = [a for a, b in itertools.pairwise(marks)
                if b - a <= _STUFFED_SPAN and text.find("\n", a, b) < 0]
        if not near:
            return doc
        lines = text.split("\n")
        starts = list(itertools.accumulate((len(ln) + 1 for ln in lines[:-1]), initial=0))
        candidates = {bisect_right(starts, pos) - 1 for pos in near}
        promo = _stuffing_promo(self.lexicon.suffix_words)
        removed = []
        for n in sorted(candidates):
            line = lines[n]
            lower = line.translate(_ASCII_LOWER)
            cuts = []
            start = 0
            for m in _SENTENCE_END.finditer(line + "。"):
                end = min(m.end(), len(line))
                sentence = lower[start:end].rstrip("。！？!?")
                clauses = [c for c in _STUFFED_CLAUSE_MARK.split(sentence) if c]
                name = _common_start(clauses)
                if (len(clauses) >= _STUFFED_CLAUSES and len(name) >= 2 and (
                        sum(bool(c[len(name):]) for c in clauses) >= 2)
                        and all(not c[len(name):] or promo.fullmatch(c, len(name))
                                for c in clauses)):
                    cuts.append((start, end))
                start = end
            if not cuts:
                continue
            for start, end in cuts:
                removed.append(Removal(
                    self.name, "stuffed_sentence",
                    "a sentence that repeats one name with promo words (keyword stuffing)",
                    shorten(line[start:end]), f"line {n + 1} chars {start + 1}-{end}"))
            for start, end in reversed(cuts):
                line = line[:start] + line[end:]
            lines[n] = line
        if not removed:
            return doc
        return doc.evolve(text="\n".join(ln for ln, was in zip(lines, text.split("\n"),
                                                                strict=True)
                                         if ln.strip() or not was.strip()), removed=removed)

    def _ad_sentences(self, line: str, hits: list[Hit], evidence: str, *, proven: bool,
                      news: bool = False) -> tuple[list[tuple[Hit, str]], list[Hit]]:
        """The sentences of ``line`` that are adverts: a selling term or brand, a contact handle
        (a QQ or phone number, a WeChat ID: what an advert asks the reader to use) and at most
        a short clause besides them. An article's sentence with brands injected carries no
        handle and keeps a sentence of its own. On a page not ``proven`` to carry spam only a
        sentence that proves itself goes: its handle follows a contact word (联系电话, 加微信,
        QQ) and it sells unambiguously (a weight-3 term, or two selling terms besides the
        contact word). In a ``news`` line (one that reads like news about spam) only such a
        sentence goes, and only if it holds no news word itself. Returns the cuts (one
        pseudo-hit a sentence) and the hits left outside those sentences."""
        if not hits:
            return [], []  # the common line of a page with hits elsewhere: nothing to sell
        cuts: list[tuple[Hit, str]] = []
        left = list(hits)
        start = 0
        for m in _SENTENCE_END.finditer(line + "。"):
            end = min(m.end(), len(line))
            inside = [h for h in hits if start <= h.start and h.end <= end
                      and h.kind != "term" and h.weight >= 2]
            handle = _HANDLE.search(line, start, end) if inside else None
            if not handle or any(h.start <= handle.start() < h.end for h in inside) or (
                    news and NEWS_CONTEXT.search(line, start, end)):
                start = end
                continue
            # An advert set apart by spaces at a sentence's edge (…等服务。某某刷单 日赚300元
            # 加QQ：123456789 驿站还…): the run of spaced pieces around its handle is the
            # advert, and the article's words after the space are not, however few.
            why = None
            span = _spaced_advert_run(line, start, end, inside, handle, [
                h for h in hits if start <= h.start and h.end <= end and h.kind == "term"])
            within = [h for h in inside if span[0] <= h.start and h.end <= span[1]] if span else []
            if span is not None and any(not _CONTACT_TERM.match(h.term) for h in within):
                why = self._advert_why(line, span[0], span[1], within, handle, evidence,
                                       proven=proven, news=news)
                if why is not None:
                    why = f"{why}; set apart by spaces at its sentence's edge"
            # An advert glued to the article's next words ends at its handle when a contact
            # word asks for it and nothing after it sells (。某某咨询微信ab1234全县共有…。): a
            # handle runs into no prose. A number with no contact word (第2026120期) is none.
            cue = _CONTACT_CUE.search(line, max(start, handle.start() - 8), handle.start())
            if why is None and _HAN_CHAR.match(line, handle.end()) and not any(
                    h.start >= handle.end() for h in inside) and cue is not None:
                # Glued into the middle of an article's clause as well (…发放贷款急用钱当天
                # 放款微信ab1234共计…): the advert is the run of selling hits that ends on the
                # contact word, not the article's words before it.
                run = _glued_run(line, start, cue.start(), inside)
                span = (run, handle.end(), run, handle.end())
                within = [h for h in inside if run <= h.start and h.end <= handle.end()]
                why = self._advert_why(line, run, handle.end(), within, handle, evidence,
                                       proven=proven, news=news)
            if why is None:
                # The advert's clauses only: the article's own clauses before or after them
                # (全县新增就业岗位三千余个，<advert>。) stay.
                span = _advert_clauses(line, start, end, hits, handle)
                within = [h for h in inside if span[0] <= h.start and h.end <= span[1]]
                why = self._advert_why(line, span[0], span[1], within, handle, evidence,
                                       proven=proven, news=news)
            if why is not None and span is not None:
                first = (within or inside)[0]
                cuts.append((Hit(span[2], span[3], line[span[2] : span[3]], first.weight,
                                 first.category, "advert", "", ""), why))
                left = [h for h in left if not (span[0] <= h.start and h.end <= span[1])]
            start = end
        return cuts, left

    def _advert_why(self, line: str, start: int, end: int, inside: list[Hit],
                    handle: re.Match[str], evidence: str, *, proven: bool, news: bool,
                    ) -> str | None:
        """Why ``line[start:end]`` is an advert (see ``_ad_sentences``: its selling hits
        ``inside`` and ``handle``, with little besides them), or None."""
        cue = _CONTACT_CUE.search(line, max(start, handle.start() - 8), handle.start())
        # The contact words of the lexicon (加微信, 加QQ) ask for a handle; they sell nothing.
        selling = [h for h in inside if not _CONTACT_TERM.match(h.term)]
        # A private handle (a mobile number, a WeChat ID) sells one selling term on its
        # own: a bank or an office gives its service hotline (95588, 12345), not these.
        self_proving = cue is not None and (
            any(h.weight >= 3 for h in selling) or len({h.term for h in selling}) >= 2
            or (bool(selling) and _PRIVATE_HANDLE.fullmatch(_unbroken(handle[0])) is not None))
        size = len("".join(line[start:end].split()))
        rest = size - sum(h.end - h.start for h in inside) - len(handle[0])
        if not ((proven and not news and rest <= 24 and size < len("".join(line.split()))) or (
                self_proving and rest <= _SELF_PROVING_REST)):
            return None
        terms = sorted({h.term for h in inside})
        page = (f"on a page with unambiguous spam ({evidence})" if proven else
                f"after the contact word '{cue[0].strip() if cue else ''}'")
        return (f"an advert sentence: selling terms ({', '.join(terms)[:40]}) and "
                f"a contact handle '{handle[0]}', {page}")

    def _brand_advert(self, line: str, hits: Sequence[Hit], size: int) -> bool:
        """A short paragraph naming an operator and selling its games (在某某体育，注册即送
        体验金，首存再返…; 选择某某，…提款秒到账。): a brand that opens a clause (at the line's
        start, after a mark or a verb of choosing), a selling phrase of the same trade and one
        more (another, or the trade's talk: 玩家, 信誉, 客服). A brand and a promo injected into
        an article's short paragraph land anywhere, often inside a word, come with more
        pieces, and the article does not talk the trade."""
        if (size > _BRAND_ADVERT_CHARS or len(hits) > 4
                or size - sum(h.end - h.start for h in hits) > _BRAND_ADVERT_LEFT):
            return False
        stats = self._stats.get()
        if any(h.start > 0 and h.end < len(line)
               and stats.is_word(line[h.start - 1] + line[h.end]) for h in hits):
            return False  # a hit that split a word was injected
        talk = [m for m in _CASINO_TALK.finditer(line)
                if not any(p.start < m.end() and m.start() < p.end for p in hits)]
        # Every sentence of the line talks the trade (an article's sentence beside an injected
        # brand does not), and the brand's own sentence sells.
        bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(line.rstrip()))]
        if bounds[-1] < len(line.rstrip()):
            bounds.append(len(line.rstrip()))
        sentences = list(itertools.pairwise(bounds))
        marks = [m.start() for m in talk] + [h.start for h in hits]
        if not all(any(a <= x < b for x in marks) for a, b in sentences):
            return False
        for h in [*hits, *self._coined_subjects(line, hits)]:
            if h.kind != "brand" or _CLAUSE_OPENING.search(line, 0, h.start) is None:
                continue
            a, b = next((a, b) for a, b in sentences if a <= h.start < b)
            promos = {p.term for p in hits if p.kind == "promo" and p.weight >= 2
                      and p.category == h.category and a <= p.start < b}
            said = {m[0] for m in talk if h.category == "gambling" and a <= m.start() < b}
            if promos and len(promos) + len(said) >= 2:
                return True
        return False

    def _coined_subjects(self, line: str, hits: Sequence[Hit]) -> list[Hit]:
        """Gambling brands the lexicon does not know, as the subject of a clause of ``line``
        (…，某某国际始终坚持…; 某某国际拥有…): two Han characters and a product word of
        ``lexicons/brand_shape.tsv`` opening a clause, the name no common word and holding no
        function character (an article's 上海国际, 中国体育 are words). Read only beside the
        lexicon's gambling promos (``hits``), as ``_brand_advert`` reads brands."""
        if not any(h.category == "gambling" and h.kind == "promo" for h in hits):
            return []
        stats = self._stats.get()
        out = []
        for start, end in product_words(line):
            name = line[start - 2 : start]
            if (start < 2 or not all(_is_han(c) for c in name) or not coined_name(name, stats)
                    or _CLAUSE_OPENING.search(line, 0, start - 2) is None
                    or any(h.start < end and start - 2 < h.end for h in hits)):
                continue
            out.append(Hit(start - 2, end, line[start - 2 : end], 2, "gambling", "brand", "", ""))
        return out

    def _mostly_spam(self, line: str, hits: Sequence[Hit]) -> bool:
        # A line made of operators' names is an advert even as a list (银河娱乐、新濠天地、…):
        # only a name read as a company (某某集团, 旗下的某某) proves nothing here.
        def strong(h: Hit) -> bool:
            return self._strong(h, line, listed=False)

        # Ambiguous names inside longer words (金沙江, 开云集团) are not spam evidence.
        hits = [h for h in hits if strong(h) or not self._bound(line, h)]
        # A row of bracketed keywords (【某某】【某某】【某某】), two of them or more selling:
        # a tag row of spam, whatever its other tags are.
        if _TAG_ROW.fullmatch(line.strip()) and len({
                line.rfind("【", 0, h.start + 1) for h in hits if strong(h)}) >= 2:
            return True
        # A line with no Han character, decorated with emoji, that sells (💎 Airdrop alert!
        # Claim your free token 👉 bit.ly/…): a Latin advert on a Chinese page; an English
        # caption or title sells nothing and is seldom decorated.
        if (not _HAN_CHAR.search(line) and _DECORATION.search(line)
                and any(h.kind != "term" for h in hits)):
            return True
        # A line opened and closed by emoji (🔥…🔥) that gives a contact handle and sells (two
        # selling phrases, or one of weight 3): an advert set between paragraphs; an article's
        # line gives no private handle between emoji.
        ends = line.strip().replace("\ufe0f", "")
        if (ends and _is_decoration(ends[0]) and _is_decoration(ends[-1])
                and _HANDLE.search(line) is not None
                and (len({h.term for h in hits if h.kind != "term"}) >= 2
                     or any(h.kind != "term" and h.weight >= 3 for h in hits))):
            return True
        size = len("".join(line.split()))
        covered = sum(h.end - h.start for h in hits)
        if any(strong(h) for h in hits):
            # an operator's site address beside its names (某某 | ab88.vip | 某某) is spam too
            covered += sum(m.end() - m.start() for m in _LINE_ADDRESS.finditer(line.lower())
                           if not any(h.start < m.end() and m.start() < h.end for h in hits))
        if size and covered / size >= self.line_share:
            return True
        distinct = {h.term for h in hits}
        weight = sum(h.weight for h in hits)
        # A short line carrying several spam terms is an advert, unless what is left once they
        # are cut out is itself a sentence of some length (an article line with pieces injected).
        # The trade's sales talk the lexicon does not list (秒到账, 免费领取: handles.SALES_TALK)
        # and a Q&A's label (答：) or a list item's number (（三）: a mirror numbers an advert as
        # the items it is set among) are no article's words either.
        from .handles import SALES_TALK  # handles reads this module

        if size <= self.short_line and any(strong(h) for h in hits):
            covered += sum(m.end() - m.start() for m in SALES_TALK.finditer(line)
                           if not any(h.start < m.end() and m.start() < h.end for h in hits))
            label = _QA_LABEL.match(line) or _ITEM_NUMBER.match(line)
            covered += len("".join(label[0].split())) if label else 0
        if (size <= self.short_line and len(distinct) >= 2 and size - covered <= 24
                and weight >= self.short_line_weight and any(strong(h) for h in hits)):
            return True
        if self._brand_advert(line, hits, size):
            return True
        if _asks_then_sells(line, [h for h in hits if strong(h) and h.kind == "promo"]):
            return True
        # An advert line whose spam words are cut leaves no sentence behind (成人影院 |
        # 在线观看免费): a few characters and no full stop are what is left of an advert. A
        # numbered subheading with a piece planted between its own words (三、强化培训质量|
        # 包拿证|管理) is the article's heading: the piece goes, not the line.
        return (size - covered <= 10 and not _SENTENCE_END.search(line)
                and any(strong(h) for h in hits) and not _planted_in_heading(line, hits))


# What a searcher types to find a site and a mirror's SEO copy repeats as its questions (某某
# 哪个平台好？ 某某怎么注册？ 官网入口在哪里？ 靠谱吗？): written by us from such copy. An
# article asks a reader few such questions and answers none with an operator's offer.
SEARCH_QUERY = re.compile(
    r"(?:哪个|哪家)(?:平台|网站|网址|app|软件)?(?:比较|更)?(?:好|最好|靠谱|正规|安全|信誉好)"
    r"|怎么(?:注册|下载|登录|充值|提现|提款|开户)|(?:入口|网址|官网)在哪|靠谱吗|正规吗|"
    r"是真的吗|下载安装", re.IGNORECASE)
# The longest question such copy opens on (网上买球哪个平台好？ is 10 characters; an
# article's question is a sentence of its own, 在全县推广的惠民保险到底靠谱吗？ 16).
_QUERY_CHARS = 16


def _asks_then_sells(line: str, selling: Sequence[Hit]) -> bool:
    """A mirror's SEO paragraph: it opens on a searcher's questions (see ``SEARCH_QUERY``;
    every sentence before the first that sells is a short one asking) and then sells with an
    unambiguous promo (``selling``: weight-3 promo hits of the line). An article's question
    opening a paragraph is followed by its own answer, with no operator's offer in it."""
    if not selling:
        return False
    first = min(h.start for h in selling)
    asked = 0
    start = 0
    for m in _SENTENCE_END.finditer(line):
        if m.end() > first:
            break
        sentence = line[start : m.end()].strip()
        if (m[0] not in "？?" or len(sentence) > _QUERY_CHARS
                or SEARCH_QUERY.search(sentence) is None):
            return False
        asked += 1
        start = m.end()
    return asked >= 1


# A Q&A's labels: a question's (问：, Q:) and an answer's (答：, A:) at a line's start.
_QA_LABEL = re.compile(r"\s*(?:答|A)\s*[：:]")
_QUESTION_LABEL = re.compile(r"\s*(?:问|Q)\s*[：:]")


# A row's cells: what a link farm sets between bars.
_ROW_BAR = re.compile(r"\s*[｜|]\s*")
_QUERY_ROW_CELLS = 3


def query_row(before: str, after: str) -> bool:
    """Whether a line that read ``before`` and reads ``after`` once a spam cleaner cut brands
    from it was a mirror's row of long-tail queries about a brand (某某app下载安装｜某某官网入口
    在哪里？｜某某靠谱吗？｜足球买球哪个网站信誉好？): three cells or more between bars, each
    cut into or a searcher's question (``SEARCH_QUERY``), one cut at least. A row of an
    article's links keeps cells of its own the cuts did not touch."""
    cells, rest = _ROW_BAR.split(before.strip()), _ROW_BAR.split(after.strip())
    if len(cells) < _QUERY_ROW_CELLS or len(cells) != len(rest) or cells == rest:
        return False
    return all(a != b or SEARCH_QUERY.search(simplified_text(a)) is not None
               for a, b in zip(cells, rest, strict=True))


# A CMS's tag row under the article (本文标签：某某 某某 某某, 关键词：…): a label and short
# items set apart by spaces or list marks, no sentence among them.
_CMS_TAG_ROW = re.compile(r"\s*(?:本文|文章|新闻|相关|热门)?(?:标签|关键词|关键字|主题词|tags?)"
                          r"\s*[:：﹕]\s*(?P<items>\S.*)$", re.IGNORECASE)
_TAG_ITEM = re.compile(r"\s*[、,，|｜/]\s*|\s+")
_TAG_ITEM_CHARS = 12


def tag_row(before: str, after: str) -> bool:
    """Whether a line that read ``before`` and reads ``after`` once a spam cleaner cut a brand
    from it was a CMS's row of tags (本文标签：某某棋牌 秋粮收购 粮食): a tag label, two items or
    more of a dozen characters at most, no sentence end. The row is chrome whatever its items;
    one a mirror filled with its brand goes whole rather than as the article's words left."""
    if before == after:
        return False
    m = _CMS_TAG_ROW.match(simplified_text(before))
    if m is None or _SENTENCE_END.search(m["items"]):
        return False
    items = [x for x in _TAG_ITEM.split(m["items"].strip()) if x]
    return len(items) >= 2 and all(len(x) <= _TAG_ITEM_CHARS for x in items)


# What a spam cleaner's cuts may leave of a row that goes whole: (kind, test, why).
_CUT_ROWS = (
    ("query_row", query_row, "what the cuts left of a row of a searcher's queries about a "
     "brand: every cell cut into or a question"),
    ("tag_row", tag_row, "what the cuts left of a CMS's tag row a brand was planted in: the "
     "row's other tags"),
)


def cut_row(before: str, after: str, kinds: Container[str] = ("query_row", "tag_row")
            ) -> tuple[str, str] | None:
    """The kind and why of the first of ``kinds`` (see _CUT_ROWS) the line that read
    ``before`` and reads ``after`` once cut is, or None: shared by the cleaners that cut."""
    return next(((kind, why) for kind, holds, why in _CUT_ROWS
                 if kind in kinds and holds(before, after)), None)


def chrome_rests(cleaner: str, lines: list[str], cut: Mapping[int, str]) -> list[Removal]:
    """What the cuts of ``cleaner`` left as chrome (a footer a brand was glued to, 某某县人民政府
    办公室主办; see chrome.common's ``chrome_left``), emptied in ``lines`` (the page after the
    cuts; ``cut``: each line cut from, by index, with what it read before): shared by the
    cleaners that cut, each reading only its own lines cut."""
    if not cut:
        return []
    # imported here: chrome.common reads meta, which reads this module
    from cleaners.chrome.common import chrome_left

    removed = []
    for n, rule in sorted(chrome_left(lines, cut).items()):
        removed.append(Removal(cleaner, "cut_chrome_rest",
                               f"what the cuts left of the line is chrome ({rule.code}): "
                               f"{rule.why}", shorten(lines[n].strip()), f"line {n + 1}"))
        lines[n] = ""
    return removed


# Characters no coined name holds (在市|体育中心, 的|娱乐): the article's words; and the jieba
# frequency from which a name is a common word (学校 17020, 中国 129470): an institution's or a
# publisher's (学校体育官网, 中国体育彩票), not an operator's; operators coin names (0 to a few
# hundred).
_FUNCTION_CHARS = frozenset("的地得在了着是其之和与及或对把被从于到为")
_COMMON_NAME = 3000


def coined_name(name: str, stats: ChineseStats) -> bool:
    """``name`` may be an operator's coined name: no function character, and neither it nor
    its first or last two characters a common word (spam.brands, spam.metafields and the
    advert's subject here read names so)."""
    return not any(c in _FUNCTION_CHARS for c in name) and all(
        stats.freq.get(w, 0) < _COMMON_NAME for w in (name, name[:2], name[-2:]))
# A long-tail search phrase is a service with the words a searcher types around it: a
# qualifier before (正规代孕, 海外试管代孕) and what they ask after (…机构排名, …费用多少, …哪家好,
# …电话), or the handle it sells to (…咨询微信ab1234). Set between an article's sentences, the
# whole phrase is the advert.
_TAIL_QUALIFIER = re.compile(r"(?:正规|专业|靠谱|权威|合法|海外|国外|境外|高端)$")
_BUSINESS = "机构|公司|中心|医院|平台"
_TAIL_BUSINESS = re.compile(_BUSINESS)
_TAIL_QUESTION = "哪家好|哪家强|哪个好|多少钱"  # no sentence of an article opens with these
_TAIL_INTENT = re.compile(rf"(?:{_BUSINESS})?(?:{_TAIL_QUESTION}|排名|哪里有|怎么样|多少|费用|"
                          r"价格|电话|联系方式)")
_TAIL_ASKS = re.compile(_TAIL_QUESTION)
_TAIL_STOPS = frozenset("。！？!?，,；;")
_TAIL_CONTACT = re.compile(rf"(?:{_PHONE_OR_CHAT})[:：]?\s*")
_OPENS_SENTENCE = re.compile(r"(?:^|[。！？!?])\s*$")


def _with_long_tails(line: str, drop: list[tuple[Hit, str]],
                     hits: Sequence[Hit]) -> list[tuple[Hit, str]]:
    """``drop`` with each selling phrase that opens a sentence (after 。, at the line's start)
    widened over the long-tail words around it (see ``_TAIL_QUALIFIER``): a qualifier right
    before it, a question after it when that ends the sentence or names a business (机构排名),
    and a contact word with its handle. A brand, or a phrase inside a sentence, is widened over
    nothing: an article's own word may sit beside a piece injected there."""
    out: list[tuple[Hit, str]] = []
    for h, why in drop:
        if h.kind != "promo" or h.weight < 2:
            out.append((h, why))
            continue
        start, end = h.start, h.end
        # the phrase with the lexicon's hits right after it (包性别 + 代孕费用, a topic word
        # that no news sentence puts after a guarantee), ``hits`` being the line's
        for g in sorted([*hits, *(d for d, _ in drop)], key=lambda g: g.start):
            if g.start == end:
                end = g.end
        qualifier = _TAIL_QUALIFIER.search(line, 0, start)
        if qualifier and qualifier.end() == start and _OPENS_SENTENCE.search(
                line, 0, qualifier.start()):
            start = qualifier.start()
        if not _OPENS_SENTENCE.search(line, 0, start):
            out.append((h, why))
            continue
        # A question word ends the phrase where nothing of a sentence follows it, after a
        # business noun (机构排名), or when it only asks (哪家好): an article's sentence may open
        # with 价格, 电话 or 哪里有.
        intent = _TAIL_INTENT.match(line, end)
        if intent and (intent.end() == len(line) or line[intent.end()] in _TAIL_STOPS
                       or line[intent.end()].isspace() or _TAIL_ASKS.search(intent[0])
                       or _TAIL_BUSINESS.search(line[end - 2 : end] + intent[0][:2])):
            end = intent.end()
        contact = _TAIL_CONTACT.match(line, end)
        handle = _HANDLE.match(line, contact.end()) if contact else None
        if handle:
            end = handle.end()
        if (start, end) == (h.start, h.end):
            out.append((h, why))
            continue
        out.append((replace(h, start=start, end=end),
                    f"{why}; with the long-tail search words around it "
                    f"('{line[start : h.start]}…{line[h.end : end]}'), opening a sentence"))
    return _without_covered(out, drop)


# An advert pasted at a sentence's edge is set apart by spaces, in short pieces (twelve Han
# characters at most) that hold no clause mark (信用卡代还 空卡垫还 当天到账): an article's
# sentence writes no spaces between its clauses, and a clause of its own holds a comma or ends
# in a full stop. A colon belongs to such a piece only before a handle (热线：177…), not to a
# label's row (来源：…).
_RUN_PIECE_HAN = 12
_RUN_PIECE_MAX = 24  # characters: a handle with its separators (fp·189·7730·2651) is long
_RUN_PIECE = re.compile(r"\S+")
_NOT_A_RUN_PIECE = re.compile(r"[，,；;、。！？!?“”\"]|[：:](?![ \t]*[0-9A-Za-z@])")
# A list item's number before the piece (（三）, 二、, 3.): the notice's, not the advert's.
_LIST_NUMBER = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]"
                          r"|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]"
                          r"|\d{1,2}(?:[、．]|\.(?=[\u4e00-\u9fff])))")
_ITEM_NUMBER = re.compile(rf"[ \t\u3000]*(?:{_LIST_NUMBER.pattern})")
# A notice's numbered heading opening a line (一、报名时间, （二）工作要求, 3.注意事项), short,
# a space after it.
_NUMBERED_HEADING = re.compile(rf"[ \t\u3000]*{_LIST_NUMBER.pattern}[^\s，。；！？,;!?]{{1,16}}"
                               r"(?=[ \t\u3000]+\S)")

# The Han characters a numbered subheading keeps once a piece planted in it is out.
_HEADING_HAN = 6


def _planted_in_heading(line: str, hits: Sequence[Hit]) -> bool:
    """``line`` is a numbered subheading (三、, （二）) whose hits all stand between Han
    characters of its own words, which hold _HEADING_HAN or more once they are out."""
    m = _ITEM_NUMBER.match(line)
    if m is None or not hits:
        return False
    inside = all(m.end() < h.start and h.end < len(line) and _HAN_CHAR.match(line, h.start - 1)
                 and _HAN_CHAR.match(line, h.end) for h in hits)
    rest = [c for i, c in enumerate(line) if not any(h.start <= i < h.end for h in hits)]
    return inside and len(_HAN_CHAR.findall("".join(rest), m.end())) >= _HEADING_HAN


# The same heading with the advert glued straight after it (一、排查范围专业删帖): the heading
# ends where the first selling hit begins.
_GLUED_HEADING = re.compile(rf"[ \t\u3000]*{_LIST_NUMBER.pattern}[^\s，。；！？,;!?]{{2,16}}")
_BETWEEN_HITS = re.compile(r"[\s，。、；！？,;!?|｜/·-]*")


def _clean_heading(line: str, hits: Sequence[Hit]) -> int:
    """The end of the numbered heading that opens ``line`` (see ``_NUMBERED_HEADING``) when
    no hit stands in it; or, the advert glued to it, where its first hit begins when selling
    hits (no topic word) fill the rest of the line and the heading ends in no product word of
    brand_shape.tsv (一、金盛国际|开户送彩金: the advert's own name); else 0."""
    m = _NUMBERED_HEADING.match(line)
    if m is not None and not any(h.start < m.end() for h in hits):
        return m.end()
    if not hits or any(h.kind == "term" for h in hits):
        return 0
    ordered = sorted(hits, key=lambda h: h.start)
    first = ordered[0].start
    g = _GLUED_HEADING.match(line, 0, first)
    words = _shape_words()
    if g is None or g.end() != first or line[:first].lower().endswith(
            (*words["product"], *words["gaming"])):
        return 0
    end = first
    for h in ordered:
        gap = _BETWEEN_HITS.match(line, end)
        if gap is None or gap.end() < h.start:
            return 0
        end = max(end, h.end)
    rest = _BETWEEN_HITS.match(line, end)
    return first if rest is not None and rest.end() == len(line) else 0


def _run_piece(line: str, start: int, end: int, own: int = 0) -> bool:
    """Whether ``line[start:end]`` may be a piece of an advert set apart by spaces (see
    ``_RUN_PIECE_HAN``), not counting ``own`` characters of a hit in it."""
    return (end - start - own <= _RUN_PIECE_MAX
            and not _NOT_A_RUN_PIECE.search(line, start, end)
            and len(_HAN_CHAR.findall(line, start, end)) - own <= _RUN_PIECE_HAN)


def _with_spaced_runs(line: str, drop: list[tuple[Hit, str]]) -> list[tuple[Hit, str]]:
    """``drop`` with each cut selling hit widened over the advert it stands in when that
    advert is set apart by spaces at its sentence's edge (see ``_RUN_PIECE_HAN``): the run of
    short pieces around the hit that opens or closes the sentence (or is all of it), with the
    space that set it apart. The pieces beside the hit sell what it names in words no lexicon
    can list (还完再刷出来, 九五折秒到). A run inside a sentence, between its own words, is
    widened over nothing; nor is a list item's number (（三）) before it."""
    out: list[tuple[Hit, str]] = []
    for h, why in drop:
        if h.kind == "term" or not (h.weight >= 2 or h.suffix):
            out.append((h, why))
            continue
        start, stop = _hit_sentence(line, h)
        end = stop.end() if stop else len(line)
        pieces = [m.span() for m in _RUN_PIECE.finditer(line, start, end)]
        at = next((k for k, (a, b) in enumerate(pieces) if a <= h.start and h.end <= b), None)
        if at is not None and len(pieces) == 1 and start < pieces[0][0] and start > 0 and (
                _run_piece(line, *pieces[0], h.end - h.start)):
            # A sentence that is one short piece set apart by a space after the article's
            # full stop (…达98.6%。　硕士论文代写加急): the advert closing the paragraph.
            out.append((replace(h, start=start, end=pieces[0][1]),
                        f"{why}; with the rest of its piece, set apart by a space after the "
                        f"sentence before it ('{shorten(line[start:pieces[0][1]].strip(), 40)}')"))
            continue
        if len(pieces) < 2 or at is None:
            out.append((h, why))
            continue

        # the hit's own piece counts its characters besides the hit's
        if not _run_piece(line, *pieces[at], h.end - h.start):
            out.append((h, why))
            continue
        first, last = at, at
        while first > 0 and _run_piece(line, *pieces[first - 1]):
            first -= 1
        while last + 1 < len(pieces) and _run_piece(line, *pieces[last + 1]):
            last += 1
        # A list item's number opening the sentence is the notice's, and so is the heading it
        # numbers when the advert follows that (（二）工作要求 某某网投信誉老站).
        number = _LIST_NUMBER.match(line, pieces[0][0]) if first == 0 else None
        if number and at > 0:
            first, number = 1, None
        if first > 0 and last < len(pieces) - 1:
            # a run inside the sentence: widened over nothing but the space after a hit that is
            # its whole piece (…工作模式，　代写毕业论文　把党组织…: the clause reads on)
            if (first, last) == (at, at) and (h.start, h.end) == pieces[at]:
                out.append((replace(h, start=pieces[at - 1][1], end=pieces[at + 1][0]), why))
            else:
                out.append((h, why))
            continue
        cut_a = pieces[first][0]
        if number and number.end() <= h.start:
            cut_a = number.end()
        cut_b = pieces[last][1]
        if last < len(pieces) - 1:
            cut_b = pieces[last + 1][0]  # the space after an opening run
        elif first > 0:
            cut_a = pieces[first - 1][1]  # the space before a closing run
        if (cut_a, cut_b) == (h.start, h.end):
            out.append((h, why))
            continue
        out.append((replace(h, start=cut_a, end=cut_b),
                    f"{why}; with the advert's other pieces set apart by spaces at its "
                    f"sentence's edge ('{shorten(line[cut_a:cut_b].strip(), 40)}')"))
    return _without_covered(out, drop)


def _with_glued_terms(drop: list[tuple[Hit, str]], hits: list[Hit]) -> list[tuple[Hit, str]]:
    """``drop`` with each cut selling hit widened over the topic words glued straight to it
    (快三|大小单双|稳赚技巧: the game's words and the promise are one advert phrase), in a line
    no news context claims: an article names a game apart from a selling phrase, never
    glued to one."""
    out: list[tuple[Hit, str]] = []
    for h, why in drop:
        start, end = h.start, h.end
        if h.kind != "term":
            for g in reversed(hits):
                if g.kind == "term" and g.end == start:
                    start = g.start
            for g in hits:
                if g.kind == "term" and g.start == end:
                    end = g.end
        if (start, end) == (h.start, h.end):
            out.append((h, why))
        else:
            out.append((replace(h, start=start, end=end),
                        f"{why}; with the topic words glued to it"))
    return _without_covered(out, drop)


def _apart_at_edge(line: str, h: Hit) -> bool:
    """Whether hit ``h`` stands in a short piece of its own (see ``_run_piece``) that opens its
    sentence with a space after it (。某某软件免费下载　7月上旬…) or closes it with a space
    before it, the piece holding no news word: an advert pasted beside a clause, where news
    that names a trade names it inside its clause (使用“某某”软件骚扰受害人)."""
    start, stop = _hit_sentence(line, h)
    end = stop.start() if stop else len(line)
    a, b = h.start, h.end
    while a > start and not line[a - 1].isspace():
        a -= 1
    while b < end and not line[b].isspace():
        b += 1
    if not _run_piece(line, a, b, h.end - h.start) or NEWS_CONTEXT.search(line, a, b):
        return False
    opens = a == start and b < end and bool(line[b:end].strip())
    closes = b == end and a > start and line[a - 1].isspace() and bool(line[start:a].strip())
    return opens or closes


def _hit_sentence(line: str, h: Hit) -> tuple[int, re.Match[str] | None]:
    """Where the sentence holding hit ``h`` starts in ``line``, and the mark that ends it (none
    at the line's end)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(line, 0, h.start)), default=0)
    return start, _SENTENCE_END.search(line, h.end)


def _without_covered(out: list[tuple[Hit, str]], drop: list[tuple[Hit, str]],
                     ) -> list[tuple[Hit, str]]:
    """``out``, ``drop`` with some hits widened, without the hits a widened one now covers:
    they are cut with it (as it is when none was widened)."""
    if all(h is g for (h, _), (g, _) in zip(out, drop, strict=True)):
        return out
    return [(h, why) for h, why in out
            if not any(w is not h and w.start <= h.start and h.end <= w.end
                       and w.end - w.start > h.end - h.start for w, _ in out)]


# The piece an emoji-decorated advert ends on: a link (t.me/ab88, bit.ly/x1, ab88.com) or a
# handle after @ (@ab_cn).
_LINK_PIECE = re.compile(rf"(?:[a-z0-9-]+\.)*{_TLD}/[\w./-]+|{_ADDRESS}|@[a-z][\w]{{3,}}")


# A whole advert sentence set between an article's sentences (…参加了比赛。某某不封号，某某卡密
# 自助购买。本届比赛…): at most this many characters, of which at most _PROMO_SENTENCE_REST
# are not its selling phrases; an article's sentence is longer or states a figure.
_PROMO_SENTENCE_CHARS = 24
_PROMO_SENTENCE_REST = 14
_CLAUSE_EDGE = frozenset("，,；;、：:")


def _with_promo_sentences(line: str, drop: list[tuple[Hit, str]], *, proven: bool,
                          ) -> list[tuple[Hit, str]]:
    """``drop`` with the selling phrases of a short sentence of their own widened over the
    whole sentence, on a page proven spam elsewhere (``proven``): a sentence of ``line`` (not
    the line itself) whose cut hits are all selling phrases (weight 2 or more, no brand: a
    brand is planted into an article's sentence), each opening or closing a clause, the rest
    short, with no digit (an article's sentence states its figures) and no news word. Cut
    term by term it would leave its sales talk (，自助购买秒发货。) in the article."""
    if not proven or not drop:
        return drop
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(line))]
    if bounds[-1] < len(line):
        bounds.append(len(line))
    if len(bounds) < 3:
        return drop  # the line is one sentence: the line rules read it
    out = list(drop)
    for a, b in itertools.pairwise(bounds):
        while a < b and line[a].isspace():
            a += 1
        inside = [(h, why) for h, why in out if a <= h.start and h.end <= b]
        if not inside or any(h.kind != "promo" or h.weight < 2 for h, _ in inside):
            continue
        # characters counted are words' (Han, Latin, digits), not marks or spaces
        size = sum(c.isalnum() for c in line[a:b])
        leftover = "".join(c for i, c in enumerate(line[a:b], a)
                           if not any(h.start <= i < h.end for h, _ in inside))
        rest = sum(c.isalnum() for c in leftover)
        if (size > _PROMO_SENTENCE_CHARS or rest > _PROMO_SENTENCE_REST
                or any(c.isdigit() for c in leftover) or NEWS_CONTEXT.search(line, a, b)
                or _DEBUNK.search(line, a, b)):
            continue
        opens = {h.start for h, _ in inside
                 if h.start == a or line[h.start - 1] in _CLAUSE_EDGE}
        closes = {h.end for h, _ in inside if h.end == b or line[h.end] in _CLAUSE_EDGE
                  or _SENTENCE_END.match(line, h.end) is not None}
        # Two selling phrases, or one that is a whole clause: a long-tail phrase planted at
        # the head of an article's sentence (某某机构排名农资储备充足，…) is glued to its words.
        if not all(h.start in opens or h.end in closes for h, _ in inside) or not (
                len({h.term for h, _ in inside}) >= 2
                or any(h.start in opens and h.end in closes for h, _ in inside)):
            continue
        first = inside[0][0]
        terms = ", ".join(sorted({h.term for h, _ in inside}))[:40]
        out = [d for d in out if d not in inside]
        out.append((Hit(a, b, line[a:b], first.weight, first.category, "advert"),
                    f"an advert sentence of its own between the article's: selling phrases "
                    f"({terms}) and {rest} characters of sales talk, on a page with "
                    "unambiguous spam"))
    return sorted(out, key=lambda d: d[0].start)


def _with_decorated_adverts(line: str, drop: list[tuple[Hit, str]]) -> list[tuple[Hit, str]]:
    """``drop`` with each cut selling hit widened over the advert it stands in when that
    advert is set into a sentence between a decoration (🚀, ★, ✅) that opens it after a space
    or a mark and a link or @handle that closes it before a space (…充电桩120个，🚀 某某空投
    福利：新用户注册即领100 USDT 👉 t.me/ab88 城区…): no article writes a link into its
    sentence after an emoji. Nothing is widened over a clause of the article's own prose
    (six Han characters or more with no hit), nor past the sentence's end."""
    out: list[tuple[Hit, str]] = []
    for h, why in drop:
        if h.kind == "term" or not (h.weight >= 2 or h.suffix):
            out.append((h, why))
            continue
        start, stop = _hit_sentence(line, h)
        end = stop.start() if stop else len(line)
        opens = [m.start() for m in _DECORATION.finditer(line, start, h.start)
                 if m.start() == start or line[m.start() - 1] in _APART]
        low = line.lower()
        link = _LINK_PIECE.search(low, h.end, end)
        if not opens or link is None or not (
                link.end() == len(line) or line[link.end()] in " \t\u3000"):
            out.append((h, why))
            continue
        a, b = opens[-1], link.end()
        if a > start and line[a - 1] not in " \t\u3000" and b < len(line):
            b += 1  # the space that set it apart from the article's next words
        hits = [g for g, _ in drop if a <= g.start and g.end <= b]
        prose = [p for p in re.split(r"[\s，,；;：:、]+", line[a:b])
                 if len(_HAN_CHAR.findall(p)) >= _OWN_CLAUSE]
        if any(not any(g.term in simplified_text(p).lower() for g in hits) for p in prose):
            out.append((h, why))
            continue
        out.append((replace(h, start=a, end=b),
                    f"{why}; with the advert around it, opened by a decoration and closed by "
                    f"a link ('{shorten(line[a:b].strip(), 40)}')"))
    return _without_covered(out, drop)


def _with_shared_context(plans: list[tuple[int, str, list[tuple[Hit, str]]]],
                         ) -> list[tuple[int, str, list[tuple[Hit, str]]]]:
    """Cut hits widened over the Han characters that sit beside every cut of the same term on
    the page: a brand injected as part of a longer piece (葡京 of 葡京娱, three times) leaves
    no stray 娱 behind. Needs two cuts or more that all agree."""
    sites: dict[str, list[tuple[int, str, Hit]]] = {}
    for n, line, drop in plans:
        for h, _ in drop:
            sites.setdefault(h.term, []).append((n, line, h))
    widen: dict[tuple[int, int], tuple[int, int, str]] = {}
    for uses in sites.values():
        if len(uses) < 2:
            continue
        before = _shared_run([line[max(0, h.start - 3):h.start][::-1] for _, line, h in uses])
        after = _shared_run([line[h.end:h.end + 3] for _, line, h in uses])
        if before or after:
            for n, _, h in uses:
                widen[(n, h.start)] = (h.start - len(before), h.end + len(after),
                                       f"{before[::-1]}…{after}")
    if not widen:
        return plans
    out = []
    for n, line, drop in plans:
        new = []
        for h, why in drop:
            w = widen.get((n, h.start))
            if w:
                h = replace(h, start=w[0], end=w[1])
                why = f"{why}; with '{w[2]}', found beside every cut of it on this page"
            new.append((h, why))
        out.append((n, line, new))
    return out


def _shared_run(contexts: list[str]) -> str:
    """The Han characters that every one of ``contexts`` begins with."""
    run = ""
    for chars in zip(*contexts, strict=False):
        if len(set(chars)) != 1 or not "\u4e00" <= chars[0] <= "\u9fff":
            break
        run += chars[0]
    return run


# The longest paragraph read as one operator's advert when it names the operator and sells:
# an article's paragraph is longer, and a brand and a promo injected into it must not take it.
_BRAND_ADVERT_CHARS = 80
# What may be left of such an advert once its spam terms are cut: an article's paragraph with
# a brand and promos injected keeps its own sentence, longer than this (a 79-character line
# of which 70 were the article's went whole).
_BRAND_ADVERT_LEFT = 48
# What a casino's advert talks about besides its name (written by us from such adverts).
_CASINO_TALK = re.compile(r"玩家|信誉|提款|出款|存款|到账|客服|优惠|赔率|赛事|充值|注册|福利|"
                          r"体验|首存|返水|彩金|老虎机|百家乐|真人")
# Where a name opens a clause: the line's start, a mark, or a verb that introduces the operator.
_CLAUSE_OPENING = re.compile(r"(?:^|[\s，。！？、；：,.!?;:“”\"'（）()【】「」]|"
                             r"在|选择|加入|来到|就在|尽在|登录|访问|推荐)$")
_LEARNED = "(learned)"
# A dot written as a word or in brackets, as mirrors write an address past filters.
_HAS_LETTER, _HAS_DIGIT = re.compile("[a-z]"), re.compile(r"\d")
_DISGUISED_DOT = r"(?:点|。|[(（\[【]\s*(?:点|\.|dot)\s*[)）\]】])"
_DISGUISED_GATE = re.compile(rf"(?:点|。|[)）\]】]){_TLD}(?![a-z0-9])|www(?:点|。|[(（\[【])")
# An address with one dot disguised or more (lower case: news writes no code so): www and its
# dot, a name of letters and digits, its dot and a top-level domain.
_DISGUISED_ADDRESS = re.compile(
    rf"(?<![A-Za-z0-9.])(?:www(?P<wdot>\.|{_DISGUISED_DOT}))?(?P<name>[a-z0-9][a-z0-9-]{{1,20}})"
    rf"(?P<tdot>\.|{_DISGUISED_DOT}){_TLD}(?![A-Za-z0-9])")
# An address spelled out with a space between its letters, the dots plain or disguised
# (w w w . a b 8 8 . c o m, ab 8 8 点 c o m): pieces of three letters or digits at most
# between single spaces, and a top-level domain spelled out so (no article writes one).
_SPACED_TLDS = ("c o m", "n e t", "v i p", "t o p", "x y z", "C O M")
_SPELLED_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9])(?:[a-z0-9]{1,3}(?: [a-z0-9]{1,3})* ?(?:\.|点|。) ?)+"
    r"(?:c o m|n e t|v i p|t o p|x y z)(?![A-Za-z0-9])", re.I)
# The label an address is given (最新网址：, 备用网址, 官网地址：).
_ADDRESS_LABEL = re.compile(r"(?:(?:最新|永久|备用|官方|官网|防封|主)?(?:网址|地址|域名)|官网)"
                            r"\s*[:：]?\s*$")
# What a disguised address's advert asks right after it (复制到浏览器打开, （长按复制链接访问）).
_ADDRESS_TAIL = re.compile(r"\s*[（(]?请?(?:长按)?复制(?:网址|链接)?(?:到|至)?(?:手机)?(?:浏览器)?"
                           r"中?(?:打开|访问)(?:即可)?[)）]?")


@lru_cache(maxsize=1)
def _name_before_label() -> re.Pattern[str]:
    """A coined name and a product word right before an address's label (某某体育最新网址：…)."""
    products, _ = _products_and_promos()
    return re.compile(rf"[\u4e00-\u9fff]{{2,3}}(?:{products})$")

_SPACED = "(spaced)"
# A row of three bracketed keywords or more and nothing else.
_TAG_ROW = re.compile(r"(?:\s*【[^【】\n]{1,16}】){3,}")
# A title's parts (某某官网入口-某某国际站-某某俱乐部-官方网站) and a headline's shape: a line
# of a few words with no sentence mark (全县新建高标准农田五万亩 项目区亩均增产一百斤).
_TITLE_PART_MARK = re.compile(r"[-_|｜—–·\s]+")
_HEADLINE_MIN, _HEADLINE_MAX = 6, 40  # characters
_SENTENCE_MARK = re.compile(r"[。！？!?；;，,：:…]")
_PARAGRAPH_MIN = 30  # characters: the paragraph under the headline, closed by its full stop


def sells_whole(title: str) -> bool:
    """Every part of ``title`` names a brand or selling phrase of the lexicons (a parasite
    page's stuffed headline): no part is a news headline, and no news word reports on spam."""
    if NEWS_CONTEXT.search(title):
        return False
    parts = [p for p in _TITLE_PART_MARK.split(to_simplified(title)) if p]
    return bool(parts) and all(any(h.kind != "term" for h in shared_lexicon().scan(p))
                               or len(p) <= 4 for p in parts) and any(
        shared_lexicon().scan(p) for p in parts)


def _headline_under_spam(doc: Doc, cleaner: str) -> Doc:
    """A parasite page whose title line sells through and through (see sells_whole) prints
    the article it stitched in under the spam this cleaner cut: the text's first line, a
    headline's shape (no sentence mark) right over a paragraph closed by its full stop, is
    the article's headline, lifted into meta.title in place of the stuffed one."""
    title = doc.meta.title
    if not title or not sells_whole(title):
        return doc
    lines = doc.text.split("\n")
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(filled) < 2:
        return doc
    head, body = lines[filled[0]].strip(), lines[filled[1]].strip()
    if not (_HEADLINE_MIN <= len(head) <= _HEADLINE_MAX) or _SENTENCE_MARK.search(head) \
            or has_terms(to_simplified(head)) or len(body) < _PARAGRAPH_MIN \
            or not body.endswith(("。", "”", "」")):
        return doc
    lines[filled[0]] = ""
    gone = Removal(cleaner, "headline_under_spam",
                   "the stitched article's headline under the spam a parasite page opens on, "
                   f"lifted into meta.title (its title line sells: {shorten(title)})",
                   shorten(head), f"line {filled[0] + 1}")
    return replace(doc.evolve(text="\n".join(lines), removed=[gone]),
                   meta=replace(doc.meta, title=head))


# A keyword-stuffed sentence: clauses apart by commas, list marks, bars or spaces, three or more.
_STUFFED_CLAUSE_MARK = re.compile(r"[，,、；;|｜\s]+")
_STUFFED_CLAUSES = 3
# The farthest apart two promo words of a stuffed sentence stand (a name and its promo words).
_STUFFED_SPAN = 40
# Where one may be: a promo word right before a clause mark (官网，, app下载、).
_STUFFING_WORDS = ("官网", "下载", "入口", "注册", "登录", "平台", "网址", "手机版", "app", "APP",
                   "App")
_CLAUSE_MARKS = frozenset("，,、；;|｜ 。")


def _ends_before_mark(text: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``text`` right before a clause mark (官网，)."""
    out = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if end < len(text) and text[end] in _CLAUSE_MARKS:
            out.append(at)
        at = text.find(word, end)
    return out

# What mirrors set between a name's characters: spaces (full-width ones are spaces by now),
# or a mark with spaces around it or not (澳-门, 澳 * 门, 澳·门, 澳_门).
# An emoji or a decoration (威😀尼😀斯, 金◆沙) is one more mark, with its variation selector.
_SPACER_CHARS = " \t-_*·•・.|/~+=#★☆"
# Character classes (bits of LexiconSpam._char_classes).
_SEPARATOR, _HAN, _FIRST, _DOT, _LOWER, _ALNUM, _MARK, _SYMBOL = 1, 2, 4, 8, 16, 32, 64, 128
_SPACER = (rf"(?:[ \t]{{0,2}}(?:[-_*·•・.|/~+=#]|[{DECORATIONS}]\ufe0f?)[ \t]{{0,2}}"
           r"|[ \t]{1,3})")
# A run of single characters apart (a Han one first, then Han ones or a spaced-out APP).
_SPACED_RUN = re.compile(rf"[\u4e00-\u9fff](?:{_SPACER}[\u4e00-\u9fffA-Za-z]){{2,}}")
# Marks that set a Latin name's letters apart (b🎲e🎲t🎲3🎲6🎲5, k*o*k): a decoration or emoji, or
# a symbol no English text writes between single letters. Not spaces, dots, hyphens, slashes,
# bars or underscores: acronyms (C P U), lists (a b c), versions (1.2.3), addresses and codes
# (A-B, a/b, x_y) write those.
_LATIN_MARKS = "*#~•"
# A run of single Latin letters or digits with one mark, the same each time, between them (a
# Han character may follow, 某🎲某🎲体🎲育); nothing of a longer word glued on either side.
_LATIN_SPACED_RUN = re.compile(
    rf"(?<![A-Za-z0-9])[A-Za-z0-9](?P<mark>[{DECORATIONS}{_LATIN_MARKS}]\ufe0f?)[A-Za-z0-9]"
    r"(?:(?P=mark)[A-Za-z0-9\u4e00-\u9fff])+(?![A-Za-z0-9])")
# Two Han characters with a separator between them (a two-character name spelled out).
_SPACED_PAIR = re.compile(rf"[\u4e00-\u9fff]{_SPACER}[\u4e00-\u9fff]")
# Symbols no prose writes between two Han characters (半岛.体育, 九游*会, 开云★体育): a name cut
# into pieces of a few characters by one of them is read joined (see _CHUNKED_RUN). Not the
# middle dot (马丁·路德), slashes or bars (tags: 体育/娱乐), hyphens (京-沪) nor spaces.
_CHUNK_MARKS = ".*#~+=•"
_CHUNKED_RUN = re.compile(rf"[\u4e00-\u9fff]{{1,3}}(?:(?:[{_CHUNK_MARKS}]|[{DECORATIONS}]\ufe0f?)"
                          r"[\u4e00-\u9fff]{1,3})+")


def _chunked_runs(probe: str, classes: NDArray[np.uint8], first: int) -> list[re.Match[str]]:
    """``list(_CHUNKED_RUN.finditer(probe, first))``, searched only in the lines that hold a
    Han character with a mark after it (``classes``: ``probe``'s characters by class): every
    match holds one, and the pattern, opening on a Han character, is tried at every character
    of a page of prose otherwise. No match crosses a line, so a line is searched as the whole
    page search reads it (the first from ``first``)."""
    pairs = np.flatnonzero(((classes[first:-1] & _HAN) != 0)
                           & ((classes[first + 1 :] & _SYMBOL) != 0)) + first
    out: list[re.Match[str]] = []
    searched = -1  # the end of the last line searched
    for at in pairs.tolist():
        if at < searched:
            continue
        end = probe.find("\n", at)
        searched = len(probe) if end < 0 else end
        out += _CHUNKED_RUN.finditer(probe, max(first, probe.rfind("\n", 0, at) + 1), searched)
    return out


# Single Latin letters spaced out before Han characters spaced out (A G 娱 乐, A G 真 人): a
# Latin brand with its promo word spelled out. Spaced letters alone (C P U) are not read.
_MIXED_SPACED_RUN = re.compile(rf"(?<![A-Za-z0-9])[A-Za-z](?:[ \t]{{1,2}}[A-Za-z]){{1,3}}"
                               rf"(?:{_SPACER}[\u4e00-\u9fff]){{2,}}")
# The shortest term joined: two characters apart are as often a spaced name (李 明).
_SPACED_LEAST = 3
_COMPANY = re.compile(r"(?:集团|公司|股份|控股|银行|大学|医院|酒店|度假村|地产|置业|有限|实业|"
                      r"研究院)")
# An address among others an article lists (4399.com和7k7k.com等网站, 、58.com): a mirror plants
# its address alone, so a list mark or 等 beside it shows a citation.
_LIST_BEFORE = re.compile(r"[、和与及]$")
_LIST_AFTER = re.compile(r"[、和与及等]")


def listed_address(text: str, start: int, end: int) -> bool:
    """The address at [start, end) stands in a list of sites: a list mark or 等 beside it."""
    return bool(_LIST_BEFORE.search(text, max(0, start - 1), start)
                or _LIST_AFTER.match(text, end))


# Business news names an operator as a company: one of a list (金沙中国、银河娱乐、永利澳门), or
# a group's subsidiary (某某旗下的新濠天地); a planted brand lands between two list marks or
# after 旗下 only by chance.
_LIST_MARK = "、和与及"
_SUBSIDIARY_BEFORE = re.compile(r"旗下的?$")
# A group's Chinese or Macau arm named in a list or a sentence (金沙中国、美高梅中国和…的收入,
# 永利澳门第三季度经营收入): a listed company's name, as its results are reported.
_CHINA_ARM = re.compile(r"(?:中国|澳门)(?:[、和与及]|的|在|公布|发布|表示|宣布|"
                        r"第[一二三四]季度|[上下]半年|全年|今年|去年|\d{4}年)")
# A list of names closed by a count of firms or by the kind of firm they are (银河娱乐、金沙中国
# 和澳博控股六家博彩经营承批公司; 威尼斯人、巴黎人等综合度假村): a report lists companies so, a
# mirror's row of brands sells them with promo words. Items are 2-8 letters, 2-10 of them.
_FIRM_LIST = re.compile(
    r"(?:[^\W\d_]{2,8}[、和与及]){1,9}[^\W\d_]{2,8}?"
    r"(?:等|(?:等|共)?[一二三四五六七八九十两几\d]+家)[^\W\d_]{0,8}?"
    r"(?:公司|企业|集团|运营商|经营商|酒店|度假村|机构)")


def named_as_company(line: str, hit: Hit, *, listed: bool = True) -> bool:
    """``hit`` is a brand ``line`` names as a company (银河娱乐集团, 旗下的新濠天地, 美高梅国际
    酒店集团; with ``listed`` also one of a list: 、银河娱乐、, or of a list of firms: 银河娱乐、
    永利澳门等六家公司), without a promo suffix but its product words: a company's name, not
    an advert."""
    if hit.kind != "brand" or (hit.suffix and not _products_only(hit.suffix)):
        return False
    if _COMPANY.match(line, hit.end) or _SUBSIDIARY_BEFORE.search(line, 0, hit.start):
        return True
    if hit.suffix or not listed:
        return False
    if _CHINA_ARM.match(line, hit.end) or any(
            m.start() <= hit.start and hit.end <= m.end() for m in _FIRM_LIST.finditer(line)):
        return True
    return (hit.start > 0 and hit.end < len(line) and line[hit.start - 1] in _LIST_MARK
            and line[hit.end] in _LIST_MARK + "等")


def _products_only(suffix: str) -> bool:
    """``suffix`` is product words only (国际, 娱乐): part of a company's name when a company
    word follows (美高梅国际酒店集团); a promo word (官网, 入口) sells a name."""
    products = _shape_words()["product"]
    rest = suffix.lower()
    while rest:
        word = next((w for w in products if rest.startswith(w)), "")
        if not word:
            return False
        rest = rest[len(word):]
    return True


@lru_cache(maxsize=1)
def _stuffing_promo(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """The promo suffixes without the product words among them (体育, 国际): a list of a
    group's arms (某某电子、某某国际、某某体育) is news, a name's promo words are not."""
    words = _shape_words()
    products = {*words["product"], *words["gaming"]}
    return re.compile(f"(?:{_alternation(w for w in suffixes if w not in products)})+")


def _common_start(words: Sequence[str]) -> str:
    """The longest start ``words`` share (empty when there are none)."""
    if not words:
        return ""
    first, last = min(words), max(words)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def _line_end(text: str, at: int) -> int:
    """Where the line holding ``at`` ends in ``text``."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _with_learned(line: str, learned: dict[str, str], hits: list[Hit]) -> list[Hit]:
    """Hits plus this page's learned brand names (each with its marker, _LEARNED or _SPACED);
    a learned name replaces the hits inside it."""
    if not learned:
        return hits
    extra = [Hit(m.start(), m.end(), name, 3, "gambling", "brand", marker, name)
             for name, marker in learned.items() for m in re.finditer(re.escape(name), line)]
    if not extra:
        return hits
    # The longest of learned names that overlap (某某 and 某某APP下载, both spelled out)
    longest: list[Hit] = []
    for x in sorted(extra, key=lambda x: x.start - x.end):
        if not any(y.start < x.end and x.start < y.end for y in longest):
            longest.append(x)
    extra = longest
    rest = [h for h in hits if not any(x.start <= h.start and h.end <= x.end for x in extra)]
    rest += [x for x in extra if not any(h.start < x.end and x.start < h.end for h in rest)]
    return sorted(rest, key=lambda h: h.start)
