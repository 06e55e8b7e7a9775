"""Final layout: one paragraph per line, blank lines gone, paragraphs split by a removed line or
a hard line break re-joined."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from .script import with_traditional

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from .document import Doc

__all__ = ["Paragraphs", "print_width", "unwrapped", "unwrapped_as_known"]

_TERMINAL = "。！？!?…”」』；;：:"
# Punctuation that closes a sentence or clause and so never opens a paragraph: a line that
# starts with it was split off the line above (trafilatura ends a line after <u>…</u>).
_CLOSING = tuple("。，、；：！？”’）」』】》")
_CLAUSE = re.compile(r"[，。；、,;]")
_SHORT_CLAUSE = re.compile(r"^[\u4e00-\u9fff\w]{1,5}[，、；。,;]")
# A numbered heading's opening (三、温馨提示, 12、…) finishes no clause: it opens a section of
# its own, whatever gap is over it. A count of numbers read one after the other (三、四个村)
# goes on with the next numeral, as no heading's number does.
_NUMBERED_OPEN = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})、(?![一二三四五六七八九十\d])")
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
        wrap = _settled(lines, _wrap_width(lines))
        out: list[str] = []
        for k, (line, gap) in enumerate(zip(filled, gaps, strict=True)):
            if out and (self._continues(out[-1], line, split=gap > usual)
                        or (wrap is not None and gap == 0
                            and _goes_on(filled[k - 1], line, wrap))):
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
        return line[0] in "，、；：,;）)”" or (_SHORT_CLAUSE.match(line) is not None
                                              and _NUMBERED_OPEN.match(line) is None)


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


def _widths(lines: Sequence[str]) -> list[int]:
    """``print_width`` of each of ``lines`` (none holding a line break), in one regex pass
    over them joined, where a pass per line cost a call and a new string apiece: the break
    between two lines is narrow, so it stays and parts their narrow characters."""
    if not lines:
        return []
    narrow = _WIDE_RUN.sub("", "\n".join(lines)).split("\n")
    return [2 * len(line) - len(rest) for line, rest in zip(lines, narrow, strict=True)]


def _columns(lines: list[str]) -> Callable[[str], int]:
    """``print_width``, its answers for ``lines`` worked out once: the wrap tests measure a
    page's lines many times over."""
    known = dict(zip(lines, _widths(lines), strict=True))

    def measure(line: str) -> int:
        width = known.get(line)
        return print_width(line) if width is None else width
    return measure


class Wrap(NamedTuple):
    """How a hard-wrapped page was broken: at ``width`` as ``measure`` counts a line (columns
    as printed, or characters for a tool that breaks every N characters whatever their
    width), a broken row falling at most ``slack`` short of it."""

    width: int
    measure: Callable[[str], int] = print_width
    slack: int = _WRAP_SLACK
    # rows broken to the character: most rows reach the width or fall a column short
    to_the_character: bool = False

    def full(self, line: str, below: str | None = None) -> bool:
        """Whether ``line`` reaches the width (within the slack). On a page broken to the
        character, with the line ``below`` it, a row short of the width by more than a column
        (where a wide character did not fit) must show the narrow text that fell short: a
        row ending in a narrow character, or a Latin word under it that did not fit (…采用 |
        PE管材); a row ending in a wide one with a wide one under it had room for it (…南州
        210008） | 摘要：…)."""
        shortfall = self.width - self.measure(line)
        # (a line wider than the width, by more than the slack, was broken at no width: a row
        # of fields or a footer over a body broken narrower)
        if not -self.slack <= shortfall <= self.slack:
            return False
        if shortfall <= _EXACT_SLACK or below is None or not self.to_the_character:
            return True
        return line[-1:].isascii() or below[:1].isascii()

    def exact(self, line: str) -> bool:
        """Whether ``line`` reaches the width as a character-level break leaves a row: to the
        character, or (printed) a column short, where a wide character did not fit."""
        if self.measure is len:
            return self.measure(line) >= self.width
        return self.measure(line) >= self.width - min(self.slack, _EXACT_SLACK)

    def tells(self, line: str) -> bool:
        """Whether ``line`` full can show the page broken at the width: any line as printed;
        in characters, a line mostly of wide ones (a row of fields, code or English is as
        long in characters as in columns, and an unwrapped page's longest in characters)."""
        return self.measure is not len or 2 * print_width(line) >= 3 * len(line)


# A tool that breaks every N characters (a fixed count, a Han character or a digit alike)
# leaves its rows exactly N long: one character of slack for a break on a space (stripped).
_CHAR_SLACK = 1
# A character-level break leaves a row at the width or one column short (a wide character
# that did not fit): rows that pile up there, with the band just below nearly empty, are a
# page broken at that width, whatever the rows hold (a table's rows with no comma in them).
_EXACT_SLACK = 1
_EXACT_RUNS = 3  # paragraphs (or rows) broken that show it


def _wrap_width(lines: list[str], columns: Callable[[str], int] | None = None
                ) -> Wrap | None:
    """How a hard-wrapped page's lines were broken, or None if they were not.

    The widest lines' width is the wrap width when at least ``_WRAP_LINES`` lines reach it
    (within the slack) mid-sentence, each with its continuation right under it, and no line
    is wider: an unwrapped page's paragraphs run to any length. ``lines`` keep their blank
    lines: a full line with a blank line under it ended its paragraph there (a paragraph a
    line, parted by blank lines, whose lines happen to be of one length). Widths are read
    as printed and as counted in characters; of the two that show the page broken, the
    one more rows reach to the column or the character wins (a page broken every N
    characters has its English rows as full as its Han ones). Failing that, rows piled up
    at the width (``_exact_runs``) show the page broken there. ``columns``: print_width
    as ``_columns`` of the filled lines gives it, if known."""
    filled = [ln for ln in lines if ln]
    if not filled or max(map(len, filled)) > _WRAP_MAX:
        return None  # most pages: a paragraph longer than any wrap width (no widths counted)
    best: tuple[int, Wrap] | None = None
    columns = columns or _columns(filled)
    candidates = [Wrap(max(map(columns, filled)), columns),
                  Wrap(max(map(len, filled)), len, _CHAR_SLACK)]
    # rows holding no sentence wider than any that holds one (a list of names or a table's
    # row printed across the column) set no width: the body's (_body_width) is read instead
    prose = [line for line in filled if _CLAUSE_MARK.search(line) is not None]
    if prose and max(map(columns, prose)) < candidates[0].width:
        candidates = []
    if any(_FOLDED_MARK.search(line) for line in filled):
        cells = _laid_out(columns)
        widest = max(map(cells, filled))
        # (so in cells, a mark folded to half width counted as the cell it took)
        if not prose or max(map(cells, prose)) >= widest:
            candidates.append(Wrap(widest, cells))
    for wrap in candidates:
        if wrap.measure("中" * (_WRAP_MIN // 2)) > wrap.width:
            continue  # narrower than _WRAP_MIN columns of Han text
        if _broken_rows(lines, wrap) >= _WRAP_LINES:
            rows = _exact_rows(lines, wrap)
            if best is None or rows > best[0]:
                best = rows, wrap
    if best is not None:
        return best[1]
    body = _body_width(lines, columns)
    if body is not None:
        return body
    for wrap in (Wrap(max(map(columns, filled)), columns, _EXACT_SLACK),
                 Wrap(max(map(len, filled)), len, 0)):
        if wrap.measure("中" * (_WRAP_MIN // 2)) <= wrap.width and _exact_runs(lines, wrap):
            return wrap
    return None


# Lines holding a sentence a page may print wider than its body's wrap width (a headline, a
# lead set apart): an unwrapped page's paragraphs are many such lines. Wider lines with no
# sentence in them (a menu, a row of fields, a footer's rows) are chrome, however many.
_WRAP_OVER = 2
_BODY_RUNS = 2  # paragraphs broken, each with its short rest under it, that show the body's width


def _body_width(lines: list[str], columns: Callable[[str], int]) -> Wrap | None:
    """The width a page's body was broken at when some of its other lines are wider (a notice
    hard-wrapped in <pre> inside a page whose chrome is not; the widest lines' width, which
    ``_wrap_width`` tries first, is then no row's): the commonest width, as printed, of the
    lines that stop mid-sentence as prose with a line right under them (the widest of the
    commonest), read as the wrap when at most ``_WRAP_OVER`` lines holding a sentence pass it
    and ``_WRAP_LINES`` rows reach it mid-sentence in ``_BODY_RUNS`` paragraphs at least, each
    closed by its rest (``_rows_with_rest``). Lines of a poem, a list or a table that happen
    to share a width have no short rest ending a sentence under them."""
    counts = Counter(columns(line) for line, below in pairwise(lines)
                     if line and below and _PROSE_MARK.search(line) and not _complete(line))
    if not counts:
        return None
    width = max(counts, key=lambda w: (counts[w], w))
    wrap = Wrap(width, columns)
    if wrap.measure("中" * (_WRAP_MIN // 2)) > width:
        return None
    wider = sum(1 for line in lines if line and columns(line) > width + wrap.slack
                and _CLAUSE_MARK.search(line) is not None)
    if wider > _WRAP_OVER:
        return None
    rows, runs = _rows_with_rest(lines, wrap)
    return wrap if rows >= _WRAP_LINES and runs >= _BODY_RUNS else None


def _rows_with_rest(lines: list[str], wrap: Wrap) -> tuple[int, int]:
    """The broken rows (``_broken_row``) whose run is closed by its paragraph's rest right
    under it (a line short of the width that ends where a paragraph may), and those runs."""
    rows = runs = run = 0
    for line, below in pairwise([*lines, ""]):
        if _broken_row(line, below, wrap):
            run += 1
            continue
        if (run and line and wrap.measure(line) < wrap.width - wrap.slack
                and _complete(line)):
            rows += run
            runs += 1
        run = 0
    return rows, runs


# An ASCII mark touching a Han character (，：（） folded to half width after the page was laid
# out, as NFKC folds them): the layout gave it a full-width cell.
_FOLDED_MARK = re.compile("[,:;?!()](?:(?<=[\u4e00-\u9fff][,:;?!()])|(?=[\u4e00-\u9fff]))")


def _laid_out(columns: Callable[[str], int]) -> Callable[[str], int]:
    """``columns``, with a mark folded to half width after the page was broken counted as the
    full-width cell it took (…确保粮食播种面积稳定、重 | 要农产品有效供给,经县人民政府同意,…),
    and so the spaces of an indent (its 　　 folded to two spaces)."""
    def measure(line: str) -> int:
        return (columns(line) + len(_FOLDED_MARK.findall(line))
                + len(line) - len(line.lstrip(" ")))
    return measure


def _settled(lines: list[str], wrap: Wrap | None) -> Wrap | None:
    """``wrap``, read as broken to the character when its rows with a line under them that
    reach the width or fall a column short outnumber three to one those that fall further
    short (a page an editor broke by hand, or at words, falls short anywhere)."""
    if wrap is None:
        return None
    # (a row of items past the width, a list printed across the column, was broken at none)
    shortfalls = [wrap.width - wrap.measure(line) for line, below in pairwise(lines)
                  if line and below and wrap.full(line) and not _items_past(line, wrap)]
    exact = sum(1 for k in shortfalls if k <= _EXACT_SLACK)
    return wrap._replace(to_the_character=exact >= 3 * (len(shortfalls) - exact))


def _exact_rows(lines: list[str], wrap: Wrap) -> int:
    """How many lines reach ``wrap``'s width exactly with a line right under them."""
    return sum(1 for line, below in pairwise(lines) if line and below and wrap.exact(line))


def _exact_runs(lines: list[str], wrap: Wrap) -> bool:
    """Whether rows pile up at ``wrap``'s width as a character-level break leaves them: at
    least ``_EXACT_RUNS`` runs of full rows, none ending where a paragraph may, each closed
    by a shorter row right under it (its paragraph's last row: a table's rows of one width
    are followed by no shorter piece of themselves), and fewer lines a little short of the
    width than half the full rows (the widths of an unwrapped page's lines spread out)."""
    runs = full = 0
    run = 0
    for line, below in pairwise([*lines, ""]):
        if (line and wrap.full(line, below) and wrap.tells(line) and not _complete(line) and below
                and not _opens_item(below)):
            run += 1
            continue
        if run and line and not wrap.full(line):
            runs += 1
            full += run
        run = 0
    return runs >= _EXACT_RUNS and _piled_up(lines, wrap, full)


def _piled_up(lines: list[str], wrap: Wrap, full: int) -> bool:
    """Whether ``full`` rows at ``wrap``'s width stand out: fewer lines fall a little short
    of it than half as many (an unwrapped page's widths spread out, a broken page's rows
    pile up at the width and its paragraphs' last rows fall anywhere)."""
    band = max(4, wrap.width // 10)
    near = sum(1 for ln in lines if ln and wrap.width - band <= wrap.measure(ln)
               < wrap.width - wrap.slack)
    return 2 * near < full


# What opens an item of a list rather than going on with a sentence: a number with its mark
# (1. 2、 but not 1.5), a counted heading ((一) 一是 ①; 第三条 set apart by a space or a colon,
# not a sentence's 第二节开始后… or 第三条规定… broken before it), a time or a day a schedule's
# row opens with (9:30-10:30, 14:00 开幕, 10月15日 集中排查; not 14:30举行 or 10月15日召开,
# which a sentence broken before it goes on with) or a bullet (● ■ ★, a dash and a space;
# not the dot of a translated name, ·史密斯).
_ITEM_OPENING = re.compile(
    r"[0-9]{1,2}[.．、)）](?![0-9])|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}[是、]|第[一二三四五六七八九十百0-9]{1,4}[条章节项](?:[\s：:]|$)"
    r"|[①-⑳]|[0-9]{1,2}[:：][0-9]{2}[ \-–—~至]|[0-9]{1,2}月[0-9]{1,2}日[ \u3000]"
    r"|[•●○■□◆◇▪►▶★☆]|[-*]\s")


def _opens_item(line: str) -> bool:
    """Whether ``line`` (a line under a full one) opens an item of a list: a numbered list
    whose items happen to be as long as one another is no paragraph broken at a width."""
    return _ITEM_OPENING.match(line.lstrip()) is not None


def _broken_rows(lines: list[str], wrap: Wrap) -> int:
    """How many lines reach ``wrap``'s width mid-sentence with a line going on right under
    them, in blocks (runs of lines between blank lines) that show a paragraph's end: a last
    line short of the width, or a line ending a sentence under a broken one. A table or a
    list saved a row a line, each row as full as the next and none ending a sentence, is no
    paragraph broken at a width."""
    count = 0
    block: list[str] = []
    for line in [*lines, ""]:
        if line:
            block.append(line)
            continue
        pairs = list(pairwise(block))
        if block and (not _full_mid_sentence(block[-1], wrap)
                      or any(_broken_row(ln, below, wrap) and below[-1] in _ENDS
                             for ln, below in pairs)):
            count += sum(1 for ln, below in pairs if _broken_row(ln, below, wrap))
        block = []
    return count


def _rows_with_short_rest(lines: list[str], wrap: Wrap) -> int:
    """How many broken rows (``_broken_row``) have their paragraph's last row, the first
    line under them short of the width, well short of it (a band of a tenth of the width)."""
    count = 0
    for k, (line, below) in enumerate(pairwise(lines)):
        if not _broken_row(line, below, wrap):
            continue
        rest = next((ln for ln in lines[k + 1:] if not (ln and wrap.full(ln))), "")
        count += bool(rest) and wrap.measure(rest) < wrap.width - max(4, wrap.width // 10)
    return count


# What a paragraph's last row ends in (a sentence's or a clause's end, an English stop).
_ENDS = _TERMINAL + "."


def _full_mid_sentence(line: str, wrap: Wrap, below: str | None = None) -> bool:
    """Whether ``line`` reaches ``wrap``'s width (within the slack; ``below`` it, if given)
    as a piece of prose (it holds a comma or a stop: rows of a list of names may fill a
    width too) that stops mid-sentence."""
    return (wrap.full(line, below) and not _complete(line)
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


# A quotation mark closing a quoted term, not a quoted sentence (…并探索“时间银行” | 互助…):
# no stop before it, so no paragraph ends there.
_QUOTED_TERM_END = re.compile(r"\w[”」』]$")
# An ellipsis typed as dots (…结束了流浪生涯....): a headline's or a sentence's end.
_DOTS = ("...", "。。。")
# A document's file number in brackets closing a line (…行政处罚决定书（某市监处罚〔2025〕18号）):
# a document's name ends there.
_FILE_NUMBER_END = re.compile(
    r"[（(][^（）()]{0,12}[〔\[【（(](?:19|20)\d{2}[〕\]】）)]第?\d{1,6}号[）)]$")


def _complete(line: str) -> bool:
    """Whether ``line`` ends where a paragraph may: at a sentence's or a clause's end (not
    at a quoted term's closing mark; an ellipsis typed as dots), at a note after a stop, at
    a document's file number in brackets, at a picture's credit (not one still in its open
    bracket, …（张三 摄 | ）), or at a statement of code's end."""
    # (_QUOTED_TERM_END asked of the last three characters alone: it can only match there,
    # and a search opening on \w is tried at every offset of a line of Han text)
    return ((line[-1] in _TERMINAL
             and _QUOTED_TERM_END.search(line, max(len(line) - 3, 0)) is None)
            or line.endswith(_DOTS) or _NOTE_AFTER_STOP.search(line) is not None
            or _FILE_NUMBER_END.search(line) is not None
            or (_CREDIT_END.search(line) is not None and not _left_open(line))
            or _code_statement(line))


def _code_statement(line: str) -> bool:
    """Whether ``line`` is a line of code closing every bracket it opens, a call's or a
    literal's closing bracket at its end (handler.insert_one({...})): no row of prose broken
    at a width, however wide (a tutorial's code lines are often of one length)."""
    return (line[-1] in ")]};" and line.isascii() and "(" in line
            and all(line.count(a) == line.count(b) for a, b in ("()", "[]", "{}")))


# Marks that come in pairs: a row that leaves one open, with the line under it closing it
# before opening another (…散见于《南岭文 | 学》等刊物…), was broken inside the pair.
_PAIRS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"), ("【", "】"), ("「", "」"),
          ("『", "』"))


def _left_open(line: str) -> bool:
    """Whether ``line`` leaves a bracket, a title mark or a quotation open."""
    return any(line.count(a) > line.count(b) for a, b in _PAIRS)


def _closes_above(line: str, below: str) -> bool:
    """Whether ``below`` closes a pair ``line`` left open, before it opens one of its own, or
    opens with a mark no paragraph opens with (，。）》): ``below`` goes on with ``line``."""
    if below.startswith(_CLOSING):
        return True
    return any(line.count(a) > line.count(b) and b in below
               and (a not in below or below.index(b) < below.index(a)) for a, b in _PAIRS)


def _evident_break(line: str, below: str, after: str, wrap: Wrap) -> bool:
    """Whether ``below`` (``after`` under it), under ``line`` broken at the width
    mid-sentence, shows the break: it closes a pair ``line`` left open; or it is the
    sentence's short rest (…每晚收摊后还有专人清 | 扫。; …现将值班安排通知如 | 下：), a
    narrower piece ending at a stop or a colon with no clause mark before it, or at a stop
    with no stop before it well short of the width (…早稻 | 育秧面积3.2万亩，…繁忙景象。);
    or it is as wide as ``line`` to the column (a character-level break) and a stop ends the
    shorter row under it (…提升一 | 倍，…开放采购。 | 业内人士认为，…成本。)."""
    if _closes_above(line, below):
        return True
    if _opens_item(below) or _PROSE_MARK.search(line) is None:
        return False
    if wrap.full(below):
        return (wrap.exact(below) and bool(after)
                and not wrap.full(after) and after[-1] in "。！？!?" and not _opens_item(after))
    if _CLAUSE_MARK.search(below[:-1]) is None:
        return below[-1] in "。！？!?：:"
    return (below[-1] in "。！？!?" and _SENTENCE_END.search(below[:-1]) is None
            and wrap.measure(below) < wrap.width - max(4, wrap.width // 10))


def _broken_row(line: str, below: str, wrap: Wrap) -> bool:
    """Whether ``line`` reaches the width mid-sentence with a line going on right under it."""
    return (bool(line) and bool(below) and _full_mid_sentence(line, wrap, below)
            and wrap.tells(line)
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


def _dump_width(lines: list[str], columns: Callable[[str], int] | None = None
                ) -> Wrap | None:
    """The width a short page was broken at, as a dump breaks it: the widest line's width is
    a dump's (in columns, or in characters for a tool that counts them), and ``_DUMP_ROWS``
    rows reach it mid-sentence with a row right under them (a blank line would part two
    blocks); a row whose break shows (``_evident_break``: …《南岭文 | 学》…) counts twice, so
    that a page with one paragraph wider than a dump's width still has it back. ``lines``
    keep their blank lines; ``columns`` as for _wrap_width."""
    filled = [ln for ln in lines if ln]
    if not filled or max(map(len, filled)) > _WRAP_MAX:
        return None
    best: tuple[int, Wrap] | None = None
    columns = columns or _columns(filled)
    for wrap in (Wrap(max(map(columns, filled)), columns),
                 Wrap(max(map(len, filled)), len, _CHAR_SLACK)):
        # a dump's widths, measured on a row of Han characters
        narrowest = wrap.measure("中" * (_DUMP_WIDTHS.start // 2))
        widest = wrap.measure("中" * ((_DUMP_WIDTHS.stop - 1) // 2))
        if not narrowest <= wrap.width <= widest:
            continue
        evident = sum(1 for ln, below, after in zip(lines, lines[1:], [*lines[2:], ""],
                                                     strict=False)
                      if ln and below and wrap.exact(ln)
                      and wrap.tells(ln) and not _complete(ln)
                      and _evident_break(ln, below, after, wrap))
        # in characters, lines of one length are common enough (a table's rows of mixed
        # characters) that a broken row counts only when its paragraph's last row, under
        # it, is well short of the width
        rows = evident + (_broken_rows(lines, wrap) if wrap.measure is not len
                          else _rows_with_short_rest(lines, wrap))
        if rows >= _DUMP_ROWS and (best is None or rows > best[0]):
            best = rows, wrap
    return best[1] if best else None


# A row of fields (时间：2025年3月21日 | 来源：局办公室 | 作者：某某): two labels or more, each
# opening the row or set apart by a space or a bar, with its colon.
_FIELD_LABEL = re.compile(r"(?:^|[\s|｜丨])[\u4e00-\u9fff]{2,6}[：:]")
# What a sentence holds and a field's value broken at the width (…作者：某某研究室 | 韩某某)
# does not.
_CLAUSE_MARK = re.compile(r"[，。；！？,;!?]")


# A full date opening a line: a new row (a date row, a metadata row) under a row of items.
_DATE_OPENING = re.compile(r"[0-9]{4}(?:年[0-9]{1,2}月[0-9]{1,2}日|([-/.])[0-9]{1,2}\1[0-9]{1,2})")
# Items of a row set apart by two spaces or a bar (首页  人大要闻  常委会工作 …)
_ITEM_GAP = re.compile(r"\s{2,}|\s?[|｜丨]\s?")


def _new_row_under(line: str, below: str) -> bool:
    """Whether ``below`` opens a row of its own under ``line``, a row of fields or items that
    happens to be as wide as the width: a sentence (it holds a clause's mark) under a row of
    fields (时间：… 来源：… 阅读：1024 | 根据…，…), or, under a row of items holding no
    sentence (首页  人大要闻 … 理论研究), a row opening with a full date (2024年3月28日 星期四);
    or a row of fields opening with its label (稿源：… 编辑：… 时间：…) under a line holding no
    sentence and no field (a menu, a headline: …党员教育 | 稿源：…; …的拍卖公告 | 作者：…);
    or a document's file number alone on its line (…字号：[大][中][小] | 某应急〔2024〕56号).
    (Not any row of items under one: a table's row broken inside a cell goes on with cells.)
    A paragraph opening inside ``line`` on its 　　 indent (Readability's run-together text:
    来源：… 发布时间：… 　　今年以来，…) is the row ``below`` may go on: only its part is read."""
    indent = line.rfind("\u3000\u3000")
    if indent > 0 and line[:indent].strip():
        line = line[indent:].strip()
    if len(_FIELD_LABEL.findall(line)) >= 2 and _CLAUSE_MARK.search(below) is not None:
        return True
    if _FILE_NUMBER.match(below):
        return True
    if _CLAUSE_MARK.search(line) is not None:
        return False
    if (_FIELD_LABEL.match(below) and len(_FIELD_LABEL.findall(below)) >= 2
            and _FIELD_LABEL.search(line) is None):
        return True
    return _DATE_OPENING.match(below) is not None and len(_ITEM_GAP.findall(line)) >= 2


# A document's file number alone on a line (某应急〔2024〕56号, （2025）某01民初1732号).
_FILE_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{0,10}[〔\[【（(](?:19|20)\d{2}[〕\]】）)][\u4e00-\u9fff0-9]{0,12}?第?\d{1,6}号$")


# A label closing a line, its value to come (…作者：方知行，题图来自： | 视觉图库; …发布日期：
# 2024年10月23日  点击： | 【1025】): set apart by a comma, a space or a bar, not a clause's
# end before a list (现将有关事项公告如下：, 具体要求如下：).
_LABEL_END = re.compile(r"(?:^|[，,、\s|｜丨])[\u4e00-\u9fff]{2,6}(?<![如以]下)(?<!下列)[：:]$")


def _field_awaits_value(line: str, below: str) -> bool:
    """Whether ``line`` ends in a label whose value is ``below``: a value, no sentence."""
    return _LABEL_END.search(line) is not None and _CLAUSE_MARK.search(below) is None


# A newspaper's column, scanned and read by OCR, broken every 12-19 characters: narrower than
# any width a dump breaks at, so told from a page of short lines (a list, a poem) only by most
# of its lines reaching the width mid-sentence.
_COLUMN_MIN = 24
_COLUMN_ROWS = 8
_COLUMN_WIDER = 3  # lines wider than the column a page may print (its masthead's rows)


# Quotation marks a terminal prints narrow and a Chinese page's layout sets full width.
_CURLY_QUOTES = "“”‘’"


def _in_cells(columns: Callable[[str], int]) -> Callable[[str], int]:
    """``columns``, a curly quotation mark counted as a full-width cell."""
    def measure(line: str) -> int:
        width = columns(line)
        if "“" in line or "”" in line or "‘" in line or "’" in line:
            width += sum(map(line.count, _CURLY_QUOTES))
        return width
    return measure


def _column_width(lines: list[str], narrowest: int = _COLUMN_MIN,
                  columns: Callable[[str], int] | None = None) -> Wrap | None:
    """The width a column was broken at, ``narrowest`` columns at least, or None: two lines in
    five are as wide as the page's commonest width, few are wider, and at least
    ``_COLUMN_ROWS`` rows, a third of the page's lines, reach it mid-sentence with a row going
    on under them. ``columns`` as for _wrap_width. A column sets each character in a cell,
    its quotation marks too (“” are narrow as a terminal prints them): they are counted so."""
    filled = [ln for ln in lines if ln]
    if not filled:
        return None
    measure = _in_cells(columns or print_width)
    widths = list(map(measure, filled))
    widest = Counter(widths).most_common(1)[0][0]
    if widest < narrowest or max(widths) > _WRAP_MAX:
        return None
    # a column's rows share its width: most of the page's lines reach it, few pass it (the
    # masthead's date line, a headline across columns)
    near = sum(1 for width in widths if widest - _WRAP_SLACK <= width <= widest)
    wider = sum(1 for width in widths if width > widest + _WRAP_SLACK)
    if 5 * near < 2 * len(filled) or wider > _COLUMN_WIDER:
        return None
    column = Wrap(widest, measure)
    rows = _broken_rows(lines, column)
    return column if rows >= _COLUMN_ROWS and 3 * rows >= len(filled) else None


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
    # the lines' widths, measured once for the three tests
    columns = _columns([ln for ln in lines if ln])
    # a page's rows may all share a width a few lines pass (a PDF's masthead or footer over
    # its columns): the narrow widths only on a page OCR read
    wrap = _settled(lines, _wrap_width(lines, columns) or _dump_width(lines, columns)
                    or _column_width(lines, _COLUMN_MIN if scanned else _WRAP_MIN, columns))
    if wrap is None:
        # a pasted column's paragraphs, on a page no OCR read (a wider width some rows reach,
        # a list of names printed across the column, still hides it: see the note of gl563)
        pasted = None if scanned else _pasted_column(printed, lines, columns)
        return text if pasted is None else pasted[1]
    # A page that parts its paragraphs with blank lines (most lines ending a sentence short of
    # the width have a blank line under them): there a full line with a line right under it
    # was broken, even right after a stop.
    ends = [k for k, ln in enumerate(lines[:-1]) if ln and ln[-1] in _SENTENCE_STOPS
            and not wrap.full(ln)]
    spaced = 2 * sum(1 for k in ends if not lines[k + 1]) > len(ends) > 0
    # Spaces a page prints after most of its lines (an editor's padding) mark no break.
    filled = [ln for ln in printed if ln.strip()]
    padded = 2 * sum(1 for ln in filled if ln[-1:].isspace()) > len(filled)
    out: list[str] = []
    prev = above = ""  # the line above (out[-1] may already hold several), bare and as printed
    for as_printed, line in zip(printed, lines, strict=True):
        # (a line wider than the column, its masthead's or footer's, was broken at no width)
        if prev and line and wrap.measure(prev) <= wrap.width + wrap.slack and not _indent_opens(
                above, as_printed, prev) and _goes_on(
                prev, line.lstrip(), wrap, spaced=spaced, space_after=above[-1:].isspace()):
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


# A column copied from an e-paper or a PDF on a page no OCR read, broken every 12-40
# characters: narrower than a dump's widths, so told from a poem, a list or a table (rows of
# one width too) only paragraph by paragraph. A paragraph's rows share the column's width,
# stop mid-sentence, most of them mid-word (a poem's verses and a list's items end on their
# mark), and go on unindented; its last row ends a sentence, shorter than the column. A page
# with ``_PASTED_RUNS`` such paragraphs, ``_PASTED_ROWS`` rows in all, has each paragraph that
# ends a sentence joined (its last row may fill the width); nothing else is (a chrome row that
# happens to fill the column stays a line).
_PASTED_MIN = 24  # columns: 12 Han characters
_PASTED_MAX = 80  # columns: 40 Han characters
_PASTED_RUNS = 2
_PASTED_ROWS = 6


def _pasted_column(printed: list[str], lines: list[str], columns: Callable[[str], int]
                   ) -> tuple[int, str] | None:
    """The width of a pasted column (``_PASTED_RUNS``) and ``printed`` with its paragraphs
    joined, or None: ``lines`` are its lines right-stripped, ``columns`` their widths as
    printed."""
    measure = _in_cells(columns)
    counts = Counter(measure(line) for line, below in pairwise(lines)
                     if line and below and line[-1].isalnum() and not _complete(line))
    if not counts:
        return None
    width = max(counts, key=lambda w: (counts[w], w))
    if not _PASTED_MIN <= width <= _PASTED_MAX:
        return None
    wrap = Wrap(width, measure)
    runs = _column_paragraphs(lines, wrap)
    shown = [(start, rest) for start, rest in runs if rest - start >= 2
             and wrap.measure(lines[rest]) < wrap.width - wrap.slack]
    if len(shown) < _PASTED_RUNS or sum(rest - start for start, rest in shown) < _PASTED_ROWS:
        return None
    joined = {k for start, rest in runs for k in range(start + 1, rest + 1)}
    joined |= _broken_headings(lines, {start for start, _ in runs}, wrap)
    out: list[str] = []
    for k, line in enumerate(lines):
        if k in joined:
            rest = line.lstrip()
            space = _ASCII_WORD_END.search(lines[k - 1]) and _ASCII_WORD_START.match(rest)
            out[-1] = out[-1].rstrip() + (" " if space else "") + rest
        else:
            out.append(printed[k])
    return width, "\n".join(out)


# A column's headlines, set larger than its text, broken over two rows (某某乡建成首座村级 |
# 光伏电站) at the headline's own width: on a page of ``_HEADINGS_BROKEN`` items or more,
# each headline's first row as wide as the others' (within ``_HEADING_SLACK`` columns).
_HEADINGS_BROKEN = 2
_HEADING_SLACK = 2


def _broken_headings(lines: list[str], opening: set[int], wrap: Wrap) -> set[int]:
    """The second rows of the column's headlines broken over two rows: two lines, flush,
    holding no mark and no space, the second shorter than the first and right over a joined
    paragraph's first row (in ``opening``), indented, whether a blank line is over them or
    not; when ``_HEADINGS_BROKEN`` such pairs or more have first rows of one width. A kicker
    over its headline, or two headlines of one story, have no width in common from item to
    item."""
    pairs = [k + 1 for k in range(len(lines) - 2)
             if k + 2 in opening
             and _PARAGRAPH_INDENT.match(lines[k + 2]) is not None
             and all(_heading_row(ln) for ln in lines[k:k + 2])
             and wrap.measure(lines[k + 1]) < wrap.measure(lines[k]) < wrap.width]
    widths = [wrap.measure(lines[k - 1]) for k in pairs]
    if len(pairs) < _HEADINGS_BROKEN or max(widths) - min(widths) > _HEADING_SLACK:
        return set()
    return set(pairs)


def _heading_row(line: str) -> bool:
    """A row of a headline: flush, of words alone (no mark, no space)."""
    return (bool(line) and not line[0].isspace() and not any(ch.isspace() for ch in line)
            and _PROSE_MARK.search(line) is None and _CLAUSE_MARK.search(line) is None)


def _column_paragraphs(lines: list[str], wrap: Wrap) -> list[tuple[int, int]]:
    """The paragraphs of ``lines`` broken at ``wrap``'s width: (first row, last row) of each
    run of rows that fill the width mid-sentence, go on unindented with no list item or new
    row under them (``_goes_on``), end mid-word at least half of them and hold a clause's
    mark, closed by a row that ends a sentence."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        j = k
        while (j + 1 < len(lines) and lines[j] and lines[j + 1]
               and not _complete(lines[j])
               and _PARAGRAPH_INDENT.match(lines[j + 1]) is None
               and _goes_on(lines[j], lines[j + 1].lstrip(), wrap)):
            j += 1
        if j > k:
            rows = lines[k:j]
            mid_word = sum(1 for row in rows if row[-1].isalnum())
            if (_complete(lines[j]) and 2 * mid_word >= len(rows)
                    and _CLAUSE_MARK.search("".join(lines[k:j + 1])) is not None):
                runs.append((k, j))
        k = j + 1
    return runs


def unwrapped_as_known(text: str, known: tuple[str, str] | None, *,
                       scanned: bool = False) -> str:
    """``unwrapped(text, scanned=scanned)``, read off ``known`` (a text and its ``unwrapped``
    as no scan's, a document's ``joined``) when that was worked out for this very text."""
    if known is not None and not scanned and known[0] == text:
        return known[1]
    return unwrapped(text, scanned=scanned)


# A paragraph's indent opening a line: a full-width space, a tab, or two spaces or more (a
# break that fell on a space leaves one at the start of its continuation).
_PARAGRAPH_INDENT = re.compile("[\u3000\t]|[ \u00a0]{2}")


def _indent_opens(above: str, below: str, bare_above: str) -> bool:
    """Whether ``below`` (as printed), indented as a paragraph opens under a flush row
    ``above`` holding no clause's mark (a headline as wide as the column, its blank line
    under it not saved: 某某县百名农技专家下田指导春耕 | 　　本报讯…), opens a paragraph of its
    own: a row broken at the width goes on flush. (Under an indented row, a page indented
    throughout, nothing is told; under a list item's first row, its hanging indent goes on:
    - 某某 | 　某某.)"""
    return (_PARAGRAPH_INDENT.match(below) is not None and not above[:1].isspace()
            and _CLAUSE_MARK.search(bare_above) is None and not _opens_item(bare_above))


def _goes_on(prev: str, line: str, wrap: Wrap, *, spaced: bool = False,
             space_after: bool = False) -> bool:
    """Whether ``line``, right under ``prev`` on a page broken as ``wrap`` tells, goes on with
    it: ``prev`` fills the width, and either leaves a pair open that ``line`` closes (or a
    field's label whose value ``line`` is), or stops mid-paragraph (or after a stop, on a page
    that parts its paragraphs with blank lines) with ``line`` opening no list item and no new
    row (``_new_row_under``). ``space_after``: ``prev`` was printed with a space after it,
    narrow text that fell short of the width (…委员会  | 英文域名：…)."""
    if not wrap.full(prev, None if space_after else line) or _items_past(prev, wrap):
        return False
    if _closes_above(prev, line):
        return True
    if _opens_item(line) or _new_row_under(prev, line) or _ends_on_contact(prev, line):
        return False
    if _field_awaits_value(prev, line):
        return True
    if _heading_under_tail(prev, line, wrap):
        return False
    if not _complete(prev):
        return True
    # a paragraph's row broken right after a stop: its rest fills the width again or ends
    # where a paragraph may (a block right under it, 百度地图, is no rest)
    return spaced and (wrap.full(line) or _complete(line))


# Items set apart by spaces (names in a list, a table's cells): a row of words alone, no
# mark or bracket in it, wider than the width, was printed across the column, never broken
# at it.
_ITEMS = 3


def _items_past(line: str, wrap: Wrap) -> bool:
    """Whether ``line`` is a row of ``_ITEMS`` items or more parted by spaces, each of
    letters and digits alone (no mark, no bracket), wider than ``wrap``'s width (陆某某
    黄某某　覃某某　蒙某某　… past a 20-character column): a list printed across the
    column, no row broken at the width; not a credit's row (本报讯（记者 某某 通讯员 某某）…)."""
    items = line.split()
    return (wrap.measure(line) > wrap.width and len(items) >= _ITEMS
            and all(item.isalnum() for item in items))


# A contact handle after its contact word (…客服微信 abc8888, …薇：ｂｌａｃｋ５８８, …QQ 12345678:
# a mobile, a QQ number, an ID of a letter and letters with three digits or more) or a site's
# address (…www.ab88.com, …https://ab.cc/x) closing a line, its full-width letters read as
# half-width.
_CONTACT_END = re.compile(
    r"(?:(?<![A-Za-z])(?:电话|手机|微信|薇信|威信|薇|v信|加v|vx|wx|qq|q|扣扣|群号?|飞机|电报|tg)"
    r"\s*(?:号码?)?\s*[:：]?\s*@?\s*"
    r"(?<![A-Za-z0-9])(?:1[3-9]\d{9}|[1-9]\d{5,10}"
    r"|(?=[A-Za-z0-9_]*(?:\d[A-Za-z_]*){3})[A-Za-z][A-Za-z0-9_]{4,})"
    r"|(?:https?://|www\.)[!-~]+)$", re.IGNORECASE)
_HAN_OPENING = re.compile("[\u4e00-\u9fff]")
_CONTACT_TAIL = 48  # characters of a line's end read for a handle or an address


def _ends_on_contact(prev: str, line: str) -> bool:
    """Whether ``prev`` ends on a contact handle or a site's address (``_CONTACT_END``) with
    Han text opening ``line``: an advert's line or a notice's ends there (a dump's row ends on
    a handle only by chance, and an address it breaks goes on in Latin letters). Joined, the
    next paragraph would be read as the advert's rest and cut with it."""
    # most rows end on a Han character or a mark: no regex read
    if not (prev[-1:].isalnum() and not _HAN_OPENING.match(prev[-1:])
            and _HAN_OPENING.match(line)):
        return False
    tail = unicodedata.normalize("NFKC", prev[-_CONTACT_TAIL:])
    return _CONTACT_END.search(tail) is not None


# A row's tail after its last sentence's stop, holding no clause: a credit or a note closing
# the paragraph (…参赛选手说。文/图 某某), or a new sentence's first words.
_TAIL_AFTER_STOP = re.compile(r"[。！？!?][”’」』]?[^。！？!?，、,；;：:]{1,12}$")
# A credit's or a byline's label opening a line: a credit broken at the width goes on there
# (…。记者 某某 | 通讯员 某某).
_CREDIT_OPENING = re.compile(
    with_traditional(r"(?:记者|通讯员|摄影|编辑|责编|校对|审核|文/图|图/文)"))


def _heading_under_tail(prev: str, line: str, wrap: Wrap) -> bool:
    """Whether ``line``, under a full row whose last sentence ended before a short tail
    (``_TAIL_AFTER_STOP``), is a heading or a chrome line rather than the rest of that tail:
    a third of the width at most, in one piece, holding no clause's mark, ending nowhere a
    paragraph may and opening no credit (…说。文/图 某某 | 热门推荐). A sentence's rest ends
    at its stop; a row of pieces set apart by spaces goes on (an injected tail's rest)."""
    return (_TAIL_AFTER_STOP.search(prev) is not None
            and 3 * wrap.measure(line) <= wrap.width and not any(ch.isspace() for ch in line)
            and _CLAUSE_MARK.search(line) is None and not _complete(line)
            and not _left_open(prev) and _CREDIT_OPENING.match(line) is None)

