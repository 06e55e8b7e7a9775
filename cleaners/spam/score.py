"""Document-level spam score (spam.score): store it, tag borderline pages, drop mostly-spam ones.

Components, each scaled so 1.0 means "at the drop threshold": lexicon hits per line (CLEANING.md
D9), the share of the page the other spam cleaners already removed, and keyword stuffing (D8:
coverage of the most frequent jieba word 2/3/4-grams, computed only when a cheap character
4-gram check finds heavy repetition), and spam terms in what the HTML cleaners removed (a
hidden block of casino links, a link block of them). D8 alone only tags: it was fitted on general
web text; so does hidden spam alone, since the text left may be a clean copy of an article.
D9's limit is one distinct term per line here, not CLEANING.md's 0.5: at 0.5 a short copied
article carrying three injected brands was dropped, losing the article (bench/spam_inject.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from cleaners.script import to_simplified

from .charstats import codes_of
from .lexicon import (
    NEWS_CONTEXT,
    Lexicon,
    coined_name,
    has_terms,
    hits_by_line,
    holds_a_brand,
    named_as_company,
    sells_whole,
    shared_lexicon,
)
from .stats import LazyStats

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from cleaners.document import Doc, Removal

    from .stats import ChineseStats

__all__ = ["SpamScore"]

_MIN_STUFFING_CHARS = 200
# Cleaners whose removals may hold spam hidden from readers or listed as links: hidden
# elements and link blocks of the page (html.prune). The text cleaners remove far more text,
# menus and footers, which would cost a scan of every page for little.
_HIDING = ("html.",)
# An encyclopedia entry's name row (中文名 / 外文名 / 平台名称 over its value), in its box of
# facts: when spam.lexicon cut that row, the entry is about a brand of the lexicons (a mirror's
# 百科-shaped page on a casino operator), its every paragraph the operator's advert however
# plainly worded (成立于…, 会员突破…). A news page has no such row.
# The score from which a page whose headline sells whole is dropped: the tag's mark, with the
# spam cut from inside this many of its lines (the paragraphs themselves carry it). A parasite
# page whose spam stands in lines of its own between stitched news paragraphs keeps those
# paragraphs, the spam lines cut: text a corpus keeps.
_SOLD_TITLE_SCORE = 0.2
_SOLD_TITLE_LINES = 2
_ENTRY_NAME_ROW = re.compile(r"^(?:中文名称?|外文名称?|英文名称?|品牌名称|平台名称)[ \t:：]")
# A page in a brand's own voice: its publisher (来源) is a brand as mirrors print one
# (spam.brands' brand_as_source), or its text opens on a dateline naming a brand the spam
# cleaners cut (某某体育讯 …, as 本报讯 and 新华社讯 name a paper and an agency), and that
# brand was cut from inside this share of its lines, at least _VOICE_LINES of them: a
# parasite page (寄生虫) whose every paragraph is the brand's sales talk dressed as news (its
# analyst's tip, its desk's offer), whatever of it no lexicon names. A mirror copies a real
# article under its publisher's name and dateline; one that prints its own brand as 来源
# keeps its article when the brand is cut from fewer of its lines.
_VOICE_SHARE = 0.75
_VOICE_LINES = 3
_DATELINE = re.compile(r"[ \t\u3000]*([^\s，。、：:（(]{2,16}?)(?:讯|訊|消息)[ \t\u3000：:]")


# A page in its product's voice: its publisher (来源) is a site named after a coined name
# (某某资讯网: the name before the site's words), and that name is in its headline and in
# _VOICE_SHARE of its lines, _VOICE_LINES at least, while the spam cleaners cut a selling term
# only a seller prints (weight 3: 注册即送…彩金) and the page names _PRODUCT_TERMS spam terms:
# an operator's "news" about itself (某某APP上线三周年…在线投注…提现秒到账), however plainly
# worded. A news outlet is named for a place or a paper (某某日报, 中国某某网: no coined name),
# and a company's own news sells no gambling or other spam trade.
_SITE_WORDS = re.compile(r"(?:资讯|新闻|官方|官网|网站|门户|平台|中心|网|站|app|APP)+$")
_PRODUCT_TERMS = 2
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _product_voice(doc: Doc, text: str, terms: set[str], spam_removals: Sequence[Removal],
                   stats: ChineseStats) -> str | None:
    """The coined name a page speaks in as its own publisher (see ``_SITE_WORDS``), with the
    lines it stands in, or None."""
    # read through the simplified copy, as the site's words are written (資訊網: 资讯网)
    source = to_simplified((doc.meta.source_name or "").strip())
    title = to_simplified(doc.meta.title or "")
    name = _SITE_WORDS.sub("", source)
    if (not _HAN_NAME.fullmatch(name) or name == source or name not in title
            or not coined_name(name, stats)):
        return None
    # the terms of the simplified copy too: a traditional-script page's (時時彩) are counted
    simple = to_simplified(text)
    found = {h.term for line, hits in zip(simple.split("\n"), hits_by_line(simple), strict=True)
             if hits and not NEWS_CONTEXT.search(line)
             for h in hits if h.kind != "term" or h.weight >= 2}
    if len(terms | found) < _PRODUCT_TERMS:
        return None
    lexicon = shared_lexicon()
    if not any(h.weight >= 3 and h.kind != "term" for r in spam_removals
               if r.cleaner == "spam.lexicon" for h in lexicon.scan(to_simplified(r.text))):
        return None
    lines = [line for line in simple.split("\n") if line.strip()]
    named = sum(name in line for line in lines)
    if named < max(_VOICE_LINES, _VOICE_SHARE * len(lines)):
        return None
    return f"{name}, its publisher {source}, in the headline and {named} of {len(lines)} lines"


# A parasite page (寄生虫) of sentences drawn from several articles and shuffled, set between
# brand lines: its sentences read as no one article. An article's sentences run on one topic,
# so the words that tie two of them (新馆 in two sentences on a library's new building) tie
# neighbours too, or one thread runs through most of them; on a shuffled page no two
# neighbours share a topic word, while several threads of the same words (春茶, 湿地+白鹭)
# recur apart and interleave, one article's sentences between another's. A digest of short
# items (简讯) ties the sentences of one item, which stand together, and few items share words.
# Read only where the spam cleaners cut brand lines (_BRAND_LINES: whole advert lines, lines a
# cut brand opened), as such a page sets them between its sentences.
_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]+[”’」』）)]?")
_HAN = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_HAN = 12  # a sentence's Han characters at least; shorter ones are labels and rows
_SHUFFLED_LEAST = 6  # sentences on the page at least
_BRAND_LINES = 2
# jieba frequency from which a word names no topic (今年 9959, 表示, 预计 2768 stays one);
# below _RARE_WORD one shared word ties two sentences (春茶 38), else two must (图书馆 + 新馆).
_COMMON_WORD = 5000
_RARE_WORD = 300
# Single characters below this frequency that jieba leaves standing in a run are a name it
# lacks (南|延|段 -> 南延段); function characters (的, 在, 了) are far more frequent.
_NAME_CHAR = 20000
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
_THREADS = 3  # threads of two sentences or more, each the words of one article
_CROSSINGS = 2  # pairs of threads that interleave (a b a b) at least
_WHOLE_LINE = re.compile(r"line \d+")
_OPENING_CUT = re.compile(r"(line \d+) chars 1-\d+")


def _brand_lines(spam_removals: Iterable[Removal]) -> int:
    """How many lines the spam cleaners removed whole or opened with a cut brand (a product
    word of brand_shape.tsv or a lexicon brand: 某某国际|客服全天在线…), each cleaner's
    lines counted once."""
    lines = set()
    for r in spam_removals:
        if _WHOLE_LINE.fullmatch(r.where):
            lines.add((r.cleaner, r.where))
        elif (opening := _OPENING_CUT.fullmatch(r.where)) and holds_a_brand(r.text):
            lines.add((r.cleaner, opening[1]))
    return len(lines)


def _topic_words(stats: ChineseStats, sentence: str) -> set[str]:
    """The words of ``sentence`` that may name its topic: jieba's words of two Han characters
    or more below ``_COMMON_WORD``, no bare numbers (三十), and the names jieba has no word
    for, read as runs of its rarer single characters (南延段)."""
    found = set()
    run = ""
    for word in [*stats.words(sentence), ""]:
        if len(word) == 1 and _HAN.match(word) and stats.freq.get(word, 0) < _NAME_CHAR:
            run += word
            continue
        if len(run) >= 2:
            found.add(run)
        run = ""
        if (len(word) >= 2 and all(_HAN.match(c) for c in word)
                and stats.freq.get(word, 0) < _COMMON_WORD
                and not all(c in _NUMERALS for c in word)):
            found.add(word)
    return found


def _threads(n: int, tied: Callable[[int, int], bool]) -> tuple[int, int]:
    """The threads of ``n`` sentences that ``tied`` joins (two sentences or more each, a
    thread's ties transitive), and how many pairs of them interleave (a b a b)."""
    thread = list(range(n))  # union-find: each sentence's thread

    def root(i: int) -> int:
        while thread[i] != i:
            thread[i] = thread[thread[i]]
            i = thread[i]
        return i

    for a in range(n):
        for b in range(a + 1, n):
            if tied(a, b):
                thread[root(a)] = root(b)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(root(i), []).append(i)
    threads = [m for m in members.values() if len(m) >= 2]
    return len(threads), sum(a[0] < b[0] < a[-1] < b[-1] for a in threads for b in threads)


def shuffled_sentences(text: str, stats: ChineseStats) -> str | None:
    """How ``text``'s sentences read as shuffled from several articles, or None: at least
    ``_SHUFFLED_LEAST`` of them, no two neighbours sharing a topic word, and at least
    ``_THREADS`` threads of sentences, ``_CROSSINGS`` pairs of which interleave, both where a
    rare word or two words tie sentences and where any shared word does (an article's web of
    shared words joins its threads into one). A traditional-script page is read through its
    simplified copy, as the dictionary's words are simplified."""
    sentences = [m[0] for m in _SENTENCE.finditer(to_simplified(text))
                 if len(_HAN.findall(m[0])) >= _SENTENCE_HAN]
    n = len(sentences)
    if n < _SHUFFLED_LEAST:
        return None
    words = [_topic_words(stats, s) for s in sentences]
    if any(words[i] & words[i + 1] for i in range(n - 1)):
        return None

    def tied(a: int, b: int) -> bool:
        shared = words[a] & words[b]
        return len(shared) >= 2 or any(stats.freq.get(w, 0) < _RARE_WORD for w in shared)

    threads, crossings = _threads(n, tied)
    loose = _threads(n, lambda a, b: bool(words[a] & words[b]))
    if min(threads, loose[0]) < _THREADS or min(crossings, loose[1]) < _CROSSINGS:
        return None
    return (f"{n} sentences, no two neighbours sharing a topic word, {threads} threads of "
            f"shared words that interleave ({crossings} crossings)")


def _lines_cut_inside(removals: Iterable[Removal]) -> set[str]:
    """The lines (``line 14``) spam was cut from inside of, the rest of the line kept: a
    removal's place names its characters (``line 14 chars 5-7``)."""
    return {r.where.partition(" chars ")[0] for r in removals if " chars " in r.where}


def _same_brand(cut: str, name: str) -> bool:
    """``cut`` names the brand ``name`` does: one holds the other, or they open on the same
    name (某某体育APP and 某某体育官方网站: at least two characters and half the shorter)."""
    if len(cut) < 2:
        return False
    if cut in name or name in cut:
        return True
    shared = next((i for i, (a, b) in enumerate(zip(cut, name, strict=False))
                   if a != b),
                  min(len(cut), len(name)))
    return shared >= max(2, min(len(cut), len(name)) / 2)


def _brand_voice(text: str, spam_removals: Sequence[Removal]) -> str | None:
    """The brand a page speaks in (see ``_VOICE_SHARE``), with the lines it was cut from
    inside, or None: the publisher spam.brands read as a brand, or the opening dateline's name
    when it holds a brand cut from inside a line; that brand must be cut from inside at least
    ``_VOICE_LINES`` lines and ``_VOICE_SHARE`` of the text's lines."""
    inside = [(r.where.partition(" chars ")[0], "".join(r.text.split()))
              for r in spam_removals if " chars " in r.where
              and r.cleaner in ("spam.injection", "spam.lexicon")]
    names = [r.text for r in spam_removals if r.rule == "brand_as_source"]
    dateline = _DATELINE.match(text)
    if dateline and any(len(cut) >= 2 and cut in dateline.group(1) for _, cut in inside):
        names.append(dateline.group(1))
    n_lines = sum(1 for line in text.split("\n") if line.strip())
    for name in names:
        lines = {where for where, cut in inside if _same_brand(cut, name)}
        if len(lines) >= max(_VOICE_LINES, _VOICE_SHARE * n_lines):
            return f"{name} (cut from inside {len(lines)} of {n_lines} lines)"
    return None


class SpamScore:
    """Score every page; tag ``spam_suspect`` at ``tag_at``, drop at 1.0 (寄生虫 pages).

    Example: a page of gambling links with a few copied sentences scores 1.0 and is dropped
    as ``mostly_spam``; a news article with two injected brands is kept and tagged.
    """

    name = "spam.score"

    def __init__(self, *, tag_at: float = 0.2, hits_per_line: float = 1.0,
                 removed_share: float = 0.5, stuffing: tuple[float, float, float] = (
                     0.256, 0.201, 0.171), stuffing_gate: float = 0.08,
                 chars_per_line: int = 60) -> None:
        if not 0 < tag_at <= 1 or hits_per_line <= 0 or not 0 < removed_share <= 1:
            raise ValueError("tag_at and removed_share must be in (0, 1], hits_per_line > 0")
        if len(stuffing) != 3:
            raise ValueError("stuffing needs three thresholds (2-, 3-, 4-word-grams)")
        self.tag_at = tag_at
        self.hits_per_line = hits_per_line
        self.removed_share = removed_share
        self.stuffing = tuple(stuffing)
        self.stuffing_gate = stuffing_gate
        self.chars_per_line = max(1, chars_per_line)
        self._lexicon: Lexicon | None = None
        self._stats = LazyStats()

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_lexicon"] = None
        return state

    def _stuffing(self, text: str, compact: str) -> float:
        """D8 as a fraction of its threshold (max over n = 2, 3, 4); 0 when the gate says no.
        ``compact`` is ``text`` without whitespace."""
        codes = codes_of(compact)
        # Repetition statistics on a short text are noise: a 90-character news brief repeats
        # a name and a verb and reads as "stuffed". D8 was fitted on whole pages.
        if codes.shape[0] < _MIN_STUFFING_CHARS:
            return 0.0
        wide = codes.astype(np.uint64)  # one cast, then in-place passes
        keys = wide[:-3] << np.uint64(42)
        keys ^= wide[1:-2] << np.uint64(28)
        keys ^= wide[2:-1] << np.uint64(14)
        keys ^= wide[3:]
        # Counts in 4,096 hashed bins: a collision can only raise the maximum, so the gate
        # never misses a repeated 4-gram, and bincount is several times cheaper than unique.
        keys *= np.uint64(0x9E3779B97F4A7C15)
        keys >>= np.uint64(52)
        bins = keys.astype(np.intp)
        if np.bincount(bins, minlength=1 << 12).max() * 4 / codes.shape[0] < self.stuffing_gate:
            return 0.0
        words = [w for w in self._stats.get().words(text) if w.strip()]
        worst = 0.0
        for n, limit in zip((2, 3, 4), self.stuffing, strict=True):
            grams = Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
            if not grams:
                continue
            top, count = grams.most_common(1)[0]
            chars = sum(len(w) for w in words)
            worst = max(worst, count * sum(map(len, top)) / max(chars, 1) / limit)
        return worst

    def _hidden_spam(self, doc: Doc) -> float:
        """Spam the page kept from its readers: brands and selling phrases in what the HTML
        cleaners took out (a hidden block of casino links, a block of such links). The text
        left may read clean; the page is a mirror's all the same, so it is tagged, never
        dropped for this alone: one such term scores ``tag_at``, more score up to 0.99."""
        # One automaton pass over all of them, line by line (hits_by_line first asks whether
        # any term occurs at all: the common case, none).
        # (in simplified script, as the lexicon is written: 澳門 reads as 澳门)
        joined = to_simplified("\n".join(r.text for r in doc.removals
                                         if r.cleaner.startswith(_HIDING)))
        found = {h.term for line, hits in zip(joined.split("\n"), hits_by_line(joined),
                                              strict=True)
                 if hits and not NEWS_CONTEXT.search(line)
                 for h in hits if h.kind != "term" and h.weight >= 2}
        return min(0.99, self.tag_at * len(found)) if found else 0.0

    def __call__(self, doc: Doc, /) -> Doc:
        if self._lexicon is None:
            self._lexicon = shared_lexicon()
        text = doc.text
        # The page's terms, stuffing and reports are read in its simplified copy, as the
        # lexicon and the dictionary are written: a traditional-script page (時時彩, 註冊送彩金)
        # scores as its simplified twin.
        simple = to_simplified(text)
        all_lines = simple.split("\n")
        lines = [line for line in all_lines if line.strip()]
        spam_removals = [r for r in doc.removals if r.cleaner.startswith("spam.")]
        # both sides without whitespace: an advert's spaced pieces (🎁 某某 🔥 …) count their
        # characters, not the spaces between them, as the text kept is counted
        removed_chars = sum(len("".join(r.text.split())) for r in spam_removals)
        compact = "".join(simple.split())
        kept_chars = len(compact)
        # Topic words (weight-1 terms) and lines reporting on spam do not count: a raid report
        # names 百家乐 and 时时彩 without being spam; nor do brands named as companies (银河娱乐、
        # 永利澳门等六家公司): business news on Macau's operators.
        hits = [h for line, found in zip(all_lines, hits_by_line(simple), strict=True)
                if found and not NEWS_CONTEXT.search(line)
                for h in found if (h.kind != "term" or h.weight >= 2)
                and not named_as_company(line, h)] if has_terms(simple) else []
        # (the separators spam.lexicon took out of a spelled-out name are no term: the name
        # it then cut is)
        terms = {h.term for h in hits} | {to_simplified(r.text) for r in spam_removals
                                          if r.cleaner == "spam.lexicon"
                                          and r.rule != "spaced_term"}
        # D9 per line is brittle on short pages: count long paragraphs as several lines.
        n_lines = max(len(lines), round(kept_chars / self.chars_per_line), 1)
        # D9 is "more than hits_per_line": at exactly the limit the component stays below 1, and
        # two brand hits alone never make a page "mostly spam".
        lex = len(terms) / n_lines / self.hits_per_line if len(terms) >= 3 else 0.0
        lex = lex * 0.999 if lex == 1.0 else lex
        share = removed_chars / max(removed_chars + kept_chars, 1) / self.removed_share
        stuffing = self._stuffing(simple, compact) if kept_chars else 0.0
        injected = sum(r.cleaner == "spam.injection" for r in spam_removals)
        # Stuffing without any spam term only tags, and only at D8's limit itself (D8 was
        # fitted on general web text): a clean article naming its topic in every clause (a
        # policy's title in each article, a phone model through a review) reaches half of it.
        stuff = stuffing if terms else min(stuffing * self.tag_at, 0.99)
        hidden = self._hidden_spam(doc)
        score = round(min(1.0, max(lex, share, stuff, hidden)), 3)
        entry = next((r.text for r in spam_removals if r.cleaner == "spam.lexicon"
                      and _ENTRY_NAME_ROW.match(to_simplified(r.text))), None)
        if entry is not None:
            score = 1.0
        doc = doc.with_meta(spam_score=score)
        if entry is not None:
            return doc.drop(self.name, "mostly_spam", "an encyclopedia entry about a spam "
                            f"brand: its name row went as spam ({entry[:40]})")
        # A page whose headline sells through and through (快三稳赚技巧, no news headline under
        # it: spam.lexicon lifts one when the stitched article has it) and whose text scores
        # as a suspect: a parasite page (寄生虫) keyed on its title, each paragraph a pretext.
        sold_title = (bool(doc.meta.title) and score >= _SOLD_TITLE_SCORE
                      and len(_lines_cut_inside(spam_removals)) >= _SOLD_TITLE_LINES
                      and sells_whole(doc.meta.title or ""))
        voice = (_brand_voice(text, spam_removals)
                 if score >= self.tag_at and not sold_title and score < 1.0 else None)
        if not (voice or sold_title or score >= 1.0) and spam_removals:
            voice = _product_voice(doc, text, terms, spam_removals, self._stats.get())
        dropped = score >= 1.0 or sold_title or voice or (not kept_chars and spam_removals)
        brand_lines = 0 if dropped else _brand_lines(spam_removals)
        shuffled = (shuffled_sentences(text, self._stats.get())
                    if brand_lines >= _BRAND_LINES else None)
        if shuffled:
            return doc.drop(self.name, "mostly_spam", f"parasite page: shuffled "
                            f"sentences ({shuffled}), {brand_lines} brand lines cut")
        if dropped:
            why = (("the headline sells whole: " if sold_title else "")
                   + (f"the page speaks as a brand, {voice}: " if voice else "")
                   + f"{len(terms)} distinct spam terms on {n_lines} lines "
                   f"({len(terms) / n_lines:.2f}/line, limit {self.hits_per_line}); "
                   f"spam cleaners removed {removed_chars} of {removed_chars + kept_chars} chars; "
                   f"{injected} injected fragments; stuffing {stuffing:.2f}x its D8 limit")
            return doc.drop(self.name, "mostly_spam", why)
        if (score >= self.tag_at or spam_removals) and "spam_suspect" not in doc.meta.tags:
            doc = doc.evolve(meta=replace(doc.meta, tags=(*doc.meta.tags, "spam_suspect")))
        return doc
