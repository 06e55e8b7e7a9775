"""Final layout: one paragraph per line, blank lines gone, paragraphs split by a removed line or
a hard line break re-joined."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from .script import with_traditional

if TYPE_CHECKING:
    from .document import Doc

__all__ = ["Paragraphs", "print_width", "unwrapped"]

_TERMINAL = "。！？!?…”」』；;：:"
# Punctuation that closes a sentence or clause and so never opens a paragraph: a line that
# starts with it was split off the line above (trafilatura ends a line after <u>…</u>).
_CLOSING = tuple("。，、；：！？”’）」』】》")
_CLAUSE = re.compile(r"[，。；、,;]")
_SHORT_CLAUSE = re.compile(r"^[\u4e00-\u9fff\w]{1,5}[，、；。,;]")
# A sentence end inside a line: a line without one is a title or the first piece of a sentence.
_SENTENCE_END = re.compile(r"[。！？!?；;]")


class Paragraphs:
    """Join a paragraph broken mid-sentence (业务工 | 作，统筹… -> 业务工作，统筹…; 病例 | 。这些…
    -> 病例。这些…) and drop blank lines. Moves no text out, so it records nothing; ``min_len``
    is the shortest first half that is treated as a broken paragraph rather than a heading;
    ``heading_len`` the longest line without a sentence end that may be a heading."""

    name = "layout.paragraphs"

    def __init__(self, *, min_len: int = 20, heading_len: int = 40) -> None:
        self.min_len = min_len
        self.heading_len = heading_len

    def __call__(self, doc: Doc, /) -> Doc:
        lines = [line.strip() for line in doc.text.split("\n")]
        gaps: list[int] = []  # blank (or removed, hence blanked) lines before each filled line
        blank = 0
        for line in lines:
            if line:
                gaps.append(blank)
                blank = 0
            else:
                blank += 1
        # The page's own spacing between paragraphs; a wider gap held something now removed.
        usual = Counter(gaps[1:]).most_common(1)[0][0] if len(gaps) > 1 else 0
        filled = [ln for ln in lines if ln]
        wrap = _wrap_width(lines)
        out: list[str] = []
        for k, (line, gap) in enumerate(zip(filled, gaps, strict=True)):
            if out and (self._continues(out[-1], line, split=gap > usual)
                        or (wrap is not None and gap == 0 and not _opens_item(line)
                            and _wrapped(filled[k - 1], wrap))):
                out[-1] += line
            else:
                out.append(line)
        text = "\n".join(out)
        return doc if text == doc.text else doc.evolve(text=text)

    def _continues(self, prev: str, line: str, *, split: bool = False) -> bool:
        if line.startswith(_CLOSING):
            return True
        if len(prev) < self.min_len or len(line) < 2:
            return False
        if prev[-1] in "，、,":
            return len(line) >= 10
        # Only a sentence can be broken: a first half with no clause punctuation is a heading.
        if prev[-1] in _TERMINAL or not _is_cjk(prev[-1]) or not _CLAUSE.search(prev):
            return False
        # A short line with no sentence end, next to the following paragraph in the source, is a
        # heading even with a comma in it (…，突破3000亿美元 | 魏少军指出，…); only a gap left by a
        # removed caption or image shows it is half of a sentence (…等业务工 | 作，统筹…).
        if not split and len(prev) <= self.heading_len and not _SENTENCE_END.search(prev):
            return False
        # The second half starts with punctuation that cannot open a sentence, or finishes a
        # clause within a few characters (业务工 | 作，统筹…).
        return line[0] in "，、；：,;）)”" or _SHORT_CLAUSE.match(line) is not None


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit()


# A page saved with its lines broken at a fixed width (a text file wrapped every ~38 characters):
# most lines of its paragraphs fill the width and none is much wider. A full line that ends
# in no sentence end is a paragraph going on.
_WRAP_SLACK = 3  # columns a wrapped line may fall short of the width (a wide character or a
                 # Latin word that did not fit)
_WRAP_MIN = 40  # columns: a width below is too narrow to tell wrapping from short lines
_WRAP_LINES = 3  # full lines that show the page is wrapped
_WRAP_MAX = 200  # columns: no page is hard-wrapped wider, so a longer line rules it out
_PROSE_MARK = re.compile(r"[，。；：,;]")


# Runs of wide characters: a line of Han text is a few long runs, so deleting them (one
# C-level pass, few matches) leaves the narrow characters to count, where matching each
# narrow character alone cost a match object apiece.
_WIDE_RUN = re.compile("[^\x00-\u2e7f]+")


def print_width(line: str) -> int:
    """Columns a line takes: a Han character or full-width mark two, ASCII one (this runs on
    every line of every page, mostly Han)."""
    return 2 * len(line) - len(_WIDE_RUN.sub("", line))


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped page's lines were broken at, or None if they were not.

    The widest lines' width is the wrap width when at least ``_WRAP_LINES`` lines reach it
    (within the slack) mid-sentence, each with its continuation right under it, and no line
    is wider: an unwrapped page's paragraphs run to any length. ``lines`` keep their blank
    lines: a full line with a blank line under it ended its paragraph there (a paragraph a
    line, parted by blank lines, whose lines happen to be of one length)."""
    filled = [ln for ln in lines if ln]
    if not filled or max(map(len, filled)) > _WRAP_MAX:
        return None  # most pages: a paragraph longer than any wrap width (no widths counted)
    widest = max(map(print_width, filled))
    if widest < _WRAP_MIN:
        return None
    return widest if _broken_rows(lines, widest) >= _WRAP_LINES else None


# What opens an item of a list rather than going on with a sentence: a number with its mark
# (1. 2、 but not 1.5), a counted heading ((一) 一是 第三条 ①), a time a schedule's row opens
# with (9:30-10:30, 14:00 开幕; not 14:30举行, which a sentence broken before it goes on with)
# or a bullet (● ■ ★, a dash and a space; not the dot of a translated name, ·史密斯).
_ITEM_OPENING = re.compile(
    r"[0-9]{1,2}[.．、)）](?![0-9])|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}[是、]|第[一二三四五六七八九十百0-9]{1,4}[条章节项]"
    r"|[①-⑳]|[0-9]{1,2}[:：][0-9]{2}[ \-–—~至]|[•●○■□◆◇▪►▶★☆]|[-*]\s")


def _opens_item(line: str) -> bool:
    """Whether ``line`` (a line under a full one) opens an item of a list: a numbered list
    whose items happen to be as long as one another is no paragraph broken at a width."""
    return _ITEM_OPENING.match(line.lstrip()) is not None


def _broken_rows(lines: list[str], width: int) -> int:
    """How many lines reach ``width`` mid-sentence with a line going on right under them, in
    blocks (runs of lines between blank lines) that show a paragraph's end: a last line short
    of the width, or a line ending a sentence under a broken one. A table or a list saved a
    row a line, each row as full as the next and none ending a sentence, is no paragraph
    broken at a width."""
    count = 0
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        pairs = list(pairwise(block))
        if block and (not _full_mid_sentence(block[-1], width)
                      or any(_broken_row(ln, below, width) and below[-1] in _ENDS
                             for ln, below in pairs)):
            count += sum(1 for ln, below in pairs if _broken_row(ln, below, width))
        block = []
    return count


# What a paragraph's last row ends in (a sentence's or a clause's end, an English stop).
_ENDS = _TERMINAL + "."


def _full_mid_sentence(line: str, width: int) -> bool:
    """Whether ``line`` reaches ``width`` (within the slack) as a piece of prose (it holds a
    comma or a stop: rows of a list of names may fill a width too) that stops mid-sentence."""
    return (print_width(line) >= width - _WRAP_SLACK and not _complete(line)
            and _PROSE_MARK.search(line) is not None)


# The word that closes a picture's credit, set apart by a space at a line's end (…现场。记者
# 张三 摄): a caption complete there, whatever its width; a name there (记者 沈若溪 | 通讯员…)
# may be a credit broken at the width.
# (a traditional copy's 攝 too)
_CREDIT_END = re.compile(with_traditional(r"\s(?:摄|摄影|供图|制图|报道)$"))
# A note in brackets or an emoji after a sentence's stop (…创新高。（据某某日报）, …推荐大家去！😊):
# the paragraph ends there; a bracket inside a sentence (…贺某某（男，45岁） | 当场控制) does
# not end it, nor does a bracket or a quotation mark opened after a stop (…创新高。（据 | …).
_NOTE_AFTER_STOP = re.compile(
    r"[。！？!?…]\s*(?:[（(][^（）()]{1,30}[）)]|[^\w\s（(\[【《“‘\"'，、,]{1,3})$")


def _complete(line: str) -> bool:
    """Whether ``line`` ends where a paragraph may: at a sentence's or a clause's end, at a
    note after a stop, or at a picture's credit."""
    return (line[-1] in _TERMINAL or _NOTE_AFTER_STOP.search(line) is not None
            or _CREDIT_END.search(line) is not None)


def _broken_row(line: str, below: str, width: int) -> bool:
    """Whether ``line`` reaches ``width`` mid-sentence with a line going on right under it."""
    return (bool(line) and bool(below) and _full_mid_sentence(line, width)
            and not _opens_item(below))


_SENTENCE_STOPS = "。！？!?”"
# A Latin word after a space closing a line: the text is spaced there (kappa lambda | mu), not
# a number glued to Han characters (突破12 | 00万).
_ASCII_WORD_END = re.compile(r"(?:^|\s)[A-Za-z0-9]+$")
_ASCII_WORD_START = re.compile(r"^[A-Za-z0-9]")


# The widths text-mode browsers and editors break lines at (72, 76, 80 columns): a short page
# broken at one shows only a row or two of its paragraphs at the width.
_DUMP_WIDTHS = range(60, 101)
_DUMP_ROWS = 2


def _dump_width(lines: list[str]) -> int | None:
    """The width a short page was broken at, as a dump breaks it: the widest line's width is
    a dump's, and ``_DUMP_ROWS`` rows reach it mid-sentence with a row right under them (a
    blank line would part two blocks). ``lines`` keep their blank lines."""
    filled = [ln for ln in lines if ln]
    if not filled or max(map(len, filled)) > _WRAP_MAX:
        return None
    widest = max(map(print_width, filled))
    if widest not in _DUMP_WIDTHS:
        return None
    return widest if _broken_rows(lines, widest) >= _DUMP_ROWS else None


# A newspaper's column, scanned and read by OCR, broken every 12-19 characters: narrower than
# any width a dump breaks at, so told from a page of short lines (a list, a poem) only by most
# of its lines reaching the width mid-sentence.
_COLUMN_MIN = 24
_COLUMN_ROWS = 8
_COLUMN_WIDER = 3  # lines wider than the column a page may print (its masthead's rows)


def _column_width(lines: list[str], narrowest: int = _COLUMN_MIN) -> int | None:
    """The width a column was broken at, ``narrowest`` columns at least, or None: two lines in five
    are as wide as the page's commonest width, few are wider, and at least ``_COLUMN_ROWS``
    rows, a third of the page's lines, reach it mid-sentence with a row going on under them."""
    filled = [ln for ln in lines if ln]
    if not filled:
        return None
    widest = Counter(map(print_width, filled)).most_common(1)[0][0]
    if widest < narrowest or max(map(print_width, filled)) > _WRAP_MAX:
        return None
    # a column's rows share its width: most of the page's lines reach it, few pass it (the
    # masthead's date line, a headline across columns)
    near = sum(1 for ln in filled if widest - _WRAP_SLACK <= print_width(ln) <= widest)
    wider = sum(1 for ln in filled if print_width(ln) > widest + _WRAP_SLACK)
    if 5 * near < 2 * len(filled) or wider > _COLUMN_WIDER:
        return None
    rows = _broken_rows(lines, widest)
    return widest if rows >= _COLUMN_ROWS and 3 * rows >= len(filled) else None


def unwrapped(text: str, *, scanned: bool = False) -> str:
    """``text`` with the lines of a hard-wrapped page (broken at a fixed width, as a text-mode
    browser's dump or an editor's "hard wrap" prints them) joined to their continuation, so
    that the line rules see whole lines. Only a line right under a broken one continues it:
    a blank line still parts blocks. Two Latin words broken apart get their space back.
    Lines are measured as printed, their indentation included (a dump breaks an indented
    paragraph's first row that much earlier); a continuation's own indentation goes.
    ``scanned``: the page is OCR's (its stray marks showed it), whose narrow newspaper column
    is joined too (see _column_width): elsewhere rows that narrow are a list's."""
    printed = text.split("\n")
    # Most pages: a paragraph longer than any wrap width. Measured by splitting (linear), not
    # by a regex for a run of that many characters, which sre retries at every offset of
    # every shorter line.
    if max(map(len, printed)) > _WRAP_MAX:
        return text
    lines = [ln.rstrip() for ln in printed]
    # a page's rows may all share a width a few lines pass (a PDF's masthead or footer over
    # its columns): the narrow widths only on a page OCR read
    wrap = (_wrap_width(lines) or _dump_width(lines)
            or _column_width(lines, _COLUMN_MIN if scanned else _WRAP_MIN))
    if wrap is None:
        return text
    # A page that parts its paragraphs with blank lines (most lines ending a sentence short of
    # the width have a blank line under them): there a full line with a line right under it
    # was broken, even right after a stop.
    ends = [k for k, ln in enumerate(lines[:-1]) if ln and ln[-1] in _SENTENCE_STOPS
            and print_width(ln) < wrap - _WRAP_SLACK]
    spaced = 2 * sum(1 for k in ends if not lines[k + 1]) > len(ends) > 0
    # Spaces a page prints after most of its lines (an editor's padding) mark no break.
    filled = [ln for ln in printed if ln.strip()]
    padded = 2 * sum(1 for ln in filled if ln[-1:].isspace()) > len(filled)
    out: list[str] = []
    prev = above = ""  # the line above (out[-1] may already hold several), bare and as printed
    for as_printed, line in zip(printed, lines, strict=True):
        # (a line wider than the column, its masthead's or footer's, was broken at no width)
        if prev and line and not _opens_item(line) and print_width(prev) <= wrap + _WRAP_SLACK and (
                _wrapped(prev, wrap) or (spaced and print_width(prev) >= wrap - _WRAP_SLACK)):
            rest = line.lstrip()
            # the break fell on a space (研究室 | 韩某某: a row's fields), printed at the end of
            # the row or at the start of a continuation its paragraph's first row does not
            # share (a dump's margin indents them all)
            space = ((_ASCII_WORD_END.search(prev) and _ASCII_WORD_START.match(rest))
                     or (above[-1:].isspace() and not padded)
                     or (as_printed[:1].isspace() and not out[-1][:1].isspace()))
            out[-1] = out[-1].rstrip() + (" " if space else "") + rest
        else:
            out.append(as_printed)
        prev, above = line, as_printed
    return "\n".join(out)


def _wrapped(prev: str, wrap: int) -> bool:
    """Whether ``prev`` (a line of a hard-wrapped page) was broken mid-paragraph."""
    return print_width(prev) >= wrap - _WRAP_SLACK and not _complete(prev)
