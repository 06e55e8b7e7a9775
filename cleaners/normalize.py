"""Character normalisation for Chinese text: NFC, full-width ASCII letters/digits to half-width,
look-alike characters to the ones they stand for, invisible characters out, whitespace
collapsed, and one punctuation-width policy.

Not NFKC: it turns ，：（）！？ into ASCII but leaves 。、“” alone, which mixes widths.
"""

from __future__ import annotations

import re
import unicodedata

from .document import Doc, Removal, shorten
from .layout import unwrapped_as_known
from .pages import without_page_furniture, without_stray_marks

__all__ = ["PUNCTUATION_POLICIES", "Normalize", "fullwidth_punctuation", "normalize_text",
           "one_line_end", "plain_lookalikes", "without_label_glosses"]

# Full-width digits and Latin letters (U+FF10-FF19, U+FF21-FF3A, U+FF41-FF5A) -> ASCII;
# the ideographic space U+3000 and no-break spaces -> a plain space.
_WIDTH = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
          for c in range(r[0], r[1] + 1)}
_WIDTH.update({0x3000: 0x20, 0xA0: 0x20, 0x2007: 0x20, 0x202F: 0x20})
_FULL_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")

# Look-alike characters a page may hold for the ones they show (a PDF's text layer, or a spam
# mirror spelling a brand past filters): the Kangxi radicals (U+2F00-2FD5, each NFKC's one
# ideograph: ⾦ -> 金) and the radicals-supplement forms that are whole characters (Unicode gives
# them no decomposition; written from their names, C-SIMPLIFIED GATE -> 门). Compatibility
# ideographs with a canonical mapping (U+F90A -> 金) are NFC's already.
_RADICALS = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)}
_RADICALS.update({ord(r): c for r, c in zip(
    "⺟⺠⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳",
    "母民西见角贝车長长门青韦页风飞食马骨鬼鱼鸟卤麦黄齐齿龙龟", strict=True)})
_RADICAL_CLUE = re.compile("[\u2e80-\u2fdf]")


# A styled Latin letter's name (CIRCLED LATIN SMALL LETTER A, MATHEMATICAL BOLD CAPITAL A).
_STYLED_NAME = re.compile(r"(?:LATIN|MATHEMATICAL.*) (CAPITAL|SMALL) (?:LETTER )?([A-Z])$")


def _styled_alnum() -> dict[int, str]:
    """Circled, enclosed and mathematical letters and digits -> ASCII
    (ⓐ Ⓐ 🅐 🄰 𝐚 -> a/A, ① ❶ ⓵ -> 1, ⑩ -> 10), read from the characters' names and values."""
    out: dict[int, str] = {}
    ranges = ((0x2460, 0x2474), (0x24B6, 0x2500), (0x2776, 0x2794), (0x1F130, 0x1F18A),
              (0x1D400, 0x1D800))
    for start, end in ranges:
        for code in range(start, end):
            name = unicodedata.name(chr(code), "")
            letter = _STYLED_NAME.search(name)
            if letter:
                out[code] = letter[2] if letter[1] == "CAPITAL" else letter[2].lower()
            elif "DIGIT" in name or "NUMBER" in name:
                value = unicodedata.numeric(chr(code), -1)
                if value >= 0 and value == int(value):
                    out[code] = str(int(value))
    return out


_STYLED = _styled_alnum()
_STYLED_CLASS = "\u2460-\u2473\u24b6-\u24ff\u2776-\u2793\U0001f130-\U0001f189\U0001d400-\U0001d7ff"
# A run of Latin letters and digits of which some are styled (circled, enclosed, mathematical):
# a brand or an address written past filters (ⓐⓜⓧ⑧⑧⑧.ⓒⓞⓜ, xpj①⑧⑧). Turned to ASCII when it
# holds a letter and two characters or more: a lone ① or ⓐ, and ①②③ with no letter, are a
# list's markers, left as written.
_STYLED_RUN = re.compile(f"[A-Za-z0-9.@_/:-]*[{_STYLED_CLASS}][A-Za-z0-9.@_/:{_STYLED_CLASS}-]*")
_STYLED_CLUE = re.compile(f"[{_STYLED_CLASS}]")
# Cyrillic and Greek letters drawn as Latin ones, and the Roman numerals that are one letter
# (Ⅴ, ⅴ): a mirror mixes them into a brand's Latin letters (АG真人 with a Cyrillic А, ⅴip).
# Read as Latin only inside a run that holds an ASCII letter too: a word of Russian or Greek,
# or a numeral alone (第Ⅱ阶段), has none and stays as written.
_LATIN_LOOKALIKES = dict(zip(
    "АВЕКМНОРСТУХаеорсухΑΒΕΖΗΙΚΜΝΟΡΤΥΧοⅠⅤⅩⅬⅭⅮⅯⅰⅴⅹⅼⅽⅾⅿ",
    "ABEKMHOPCTYXaeopcyxABEZHIKMNOPTYXoIVXLCDMivxlcdm", strict=True))
_LATIN_LOOKALIKE_TABLE = str.maketrans(_LATIN_LOOKALIKES)
_LATIN_LOOKALIKE_CLASS = "".join(_LATIN_LOOKALIKES)
_MIXED_RUN = re.compile(
    f"[A-Za-z0-9{_LATIN_LOOKALIKE_CLASS}]*(?:[A-Za-z][A-Za-z0-9]*[{_LATIN_LOOKALIKE_CLASS}]"
    f"|[{_LATIN_LOOKALIKE_CLASS}][A-Za-z0-9{_LATIN_LOOKALIKE_CLASS}]*[A-Za-z])"
    f"[A-Za-z0-9{_LATIN_LOOKALIKE_CLASS}]*")
_LATIN_LOOKALIKE_CLUE = re.compile(f"[{_LATIN_LOOKALIKE_CLASS}]")
# A run of two to six Cyrillic or Greek letters that all look Latin, glued to the Han
# characters after it with no letter of its own script beside it (ВОВ体育 with a Cyrillic В
# and О): a brand's initials spelled past filters, as a Latin brand is glued to its product
# word. A Russian or Greek word has letters that look like no Latin one (Москва), and one
# that stands apart (塔斯社（ТАСС）) is not glued; the Roman numerals are left to the rule above.
_CYRILLIC_GREEK_LOOKALIKES = "".join(c for c in _LATIN_LOOKALIKES if "\u0370" <= c <= "\u04ff")
_GLUED_LOOKALIKE_RUN = re.compile(
    f"(?<![A-Za-z0-9\u0370-\u04ff])[{_CYRILLIC_GREEK_LOOKALIKES}]{{2,6}}"
    "(?=[\u3400-\u4dbf\u4e00-\u9fff])")
# Any kind: one scan of a page, which almost never holds one.
_LOOKALIKE_CLUE = re.compile(f"[\u2e80-\u2fdf{_STYLED_CLASS}{_LATIN_LOOKALIKE_CLASS}]")


def _plain_run(match: re.Match[str]) -> str:
    run = match.group()
    plain = run.translate(_STYLED)
    letters = sum(c.isascii() and c.isalpha() for c in plain)
    if letters and sum(c.isascii() and c.isalnum() for c in plain) >= 2:
        return plain
    return run


def plain_lookalikes(text: str) -> str:
    """``text`` with the look-alike characters above as the characters they show:
    ``澳⾨新葡京 ⓐⓜⓧ⑧⑧⑧.ⓒⓞⓜ`` -> ``澳門新葡京 amx888.com``, ``АG真人 ⅴip`` (a Cyrillic А, a
    numeral ⅴ) -> ``AG真人 vip``, ``ВОВ体育`` -> ``BOB体育``; ``①加强``, ``第Ⅱ阶段``,
    ``Москва`` and ``（ТАСС）`` stay."""
    if _LOOKALIKE_CLUE.search(text) is None:
        return text
    if _RADICAL_CLUE.search(text):
        text = text.translate(_RADICALS)
    if _STYLED_CLUE.search(text):
        text = _STYLED_RUN.sub(_plain_run, text)
    if _LATIN_LOOKALIKE_CLUE.search(text):
        text = _MIXED_RUN.sub(lambda m: m.group().translate(_LATIN_LOOKALIKE_TABLE), text)
        text = _GLUED_LOOKALIKE_RUN.sub(
            lambda m: m.group().translate(_LATIN_LOOKALIKE_TABLE), text)
    return text


# Zero-width and bidi marks, BOMs, soft hyphens and C0/C1 controls other than \n and \t.
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The zero-width ones of them (not the controls: a form feed parts a document's pages), taken
# out before a page's lines are measured and their edges read: a mark sprinkled in a line is
# no width, and hides no stray mark at its edge.
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
# Characters that count as a space (ideographic and no-break spaces too); each becomes " ".
_ODD_SPACES = "\t" + "".join(map(chr, range(0x2000, 0x200B))) + "\u205f\u3000\u00a0\u202f"
# Any character in the range of one of _FULL_ALNUM's: a one-range class is scanned far faster
# than _FULL_ALNUM's three ranges, and almost no page has a match.
_FULL_ALNUM_CLUE = re.compile("[\uff10-\uff5a]")

# Punctuation-width policy for ASCII punctuation that touches a Han character.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK_CONTEXT = f"{_HAN}，。、；：？！（）“”"
# A mark after or before such a character. Written mark first, its context looked at from
# there: the engine then skips to the next mark, where a leading lookbehind is tried at
# every character of the page (same matches, a third of the time).
_ASCII_NEAR_HAN = re.compile(
    rf"[,:;?!()](?:(?<=[{_CJK_CONTEXT}][,:;?!()])|(?=[{_CJK_CONTEXT}]))")
PUNCTUATION_POLICIES = ("keep", "fullwidth")

# Two filled lines with one blank line between them; a gap of blank lines.
_ONE_BLANK_LINE = re.compile("[^\n]\n\n[^\n]")
_GAP = re.compile("\n{2,}")


def one_line_end(text: str) -> str:
    r"""``text`` with every line end a \n: \r\n, \r, and \r\r\n (a CRLF file converted to CRLF
    again: one line end, not a blank line after each)."""
    if "\r" not in text:  # one scan for a character; most pages have no \r
        return text
    return text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")


def normalize_text(text: str, punctuation: str = "keep") -> tuple[str, str]:
    """Return (normalised text, the invisible characters taken out)."""
    text = one_line_end(text)
    if not unicodedata.is_normalized("NFC", text):  # a C-speed check; most text already is
        text = unicodedata.normalize("NFC", text)
    removed = "".join(_INVISIBLE.findall(text))
    if removed:
        text = _INVISIBLE.sub("", text)
    # Only the runs that need it go through translate(), which is slow on whole pages.
    if _FULL_ALNUM_CLUE.search(text):
        text = _FULL_ALNUM.sub(lambda m: m.group().translate(_WIDTH), text)
    text = plain_lookalikes(text)
    # Collapse every run of space characters to one " ", then drop the spaces next to a line
    # break (the text never starts or ends inside a kept space run). Done with str.replace,
    # whose scans run at memchr speed, rather than regex subs that stop at every space:
    # spaces are mapped to " " first, so halving runs of "  " until none is left leaves one
    # " " per run, and then no two spaces touch, so the two edge replaces take exactly the
    # spaces that border a "\n".
    for space in _ODD_SPACES:
        if space in text:
            text = text.replace(space, " ")
    while "  " in text:
        text = text.replace("  ", " ")
    text = text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")
    if "\n\n\n" in text and _ONE_BLANK_LINE.search(text) is None:
        text = _narrowed_gaps(text)
    if punctuation == "fullwidth":
        text = fullwidth_punctuation(text)
    return text, removed


def fullwidth_punctuation(text: str) -> str:
    """``text`` with ASCII ,:;?!() that touch a Han character (or a mark so converted) in
    full width, one character for one (line rules match such a copy, written for ，：)."""
    # Repeat: a converted mark is context for its neighbour (测试(一)! -> 测试（一）！).
    for _ in range(4):
        converted = _ASCII_NEAR_HAN.sub(lambda m: _TO_FULL[m.group()], text)
        if converted == text:
            break
        text = converted
    return text


def _narrowed_gaps(text: str) -> str:
    """A page whose every blank gap is two blank lines or more (a tool that writes two or three
    where a browser writes one) with each gap divided by the narrowest: the rules read a wider
    gap than the page's usual one as a removed image, and count distances in lines. Lines
    with no blank line between them stay so."""
    unit = min(len(m) for m in _GAP.findall(text)) - 1
    if unit < 2:
        return text
    return _GAP.sub(lambda m: "\n" * ((len(m.group()) - 1) // unit + 1), text)


# A bilingual page's label with its English gloss before the colon (发布时间 Date：,
# 当前位置 Location：, 来源 Source：, 分享 Share：, 浏览次数/Views：, 作者(Author)：): the gloss is
# taken out, so that the meta, crumb and share rules, written for 发布时间：, read the label. Only
# a label of a page's head or foot, glossed by an English word of the same sense, and only
# when the colon follows at once: 来源 Reuters：, 作者 John：, or an English sentence that names
# a Date, stays as written.
_GLOSSED_LABELS = (
    "发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|上传时间|时间|日期|"
    "信息来源|文章来源|新闻来源|稿件来源|来源|作者|撰稿|撰文|责任编辑|责编|编辑|审核|摄影|供稿|"
    "浏览次数|浏览量|浏览|阅读量|阅读次数|阅读|点击数|点击量|点击率|点击|访问量|访问次数|"
    "分享到|分享|当前位置|您的位置|你的位置|您现在的位置|所在位置|位置|字号|字体")
_GLOSS_WORDS = (
    "(?:Release |Publish |Published |Publishing |Posted |Post |Updated? |Issue )?(?:Date|Time)"
    "|Published(?: on| at)?|Posted(?: on| at| by)?|Updated|Release|"
    "(?:News |Info |Information )?Sources?|From|Authors?|Written by|Writer|By|Editors?|"
    "Responsible Editor|Reviewers?|Reviewed by|Photo(?:s| by|grapher)?|"
    "(?:Page )?(?:Views|Hits|Clicks|Visits|Reads)|Viewed|Share(?: to| on)?|"
    "(?:Current |Your )?(?:Location|Position)|You are here|Font(?: Size)?|Text Size|Size")
_LABEL_GLOSS = re.compile(
    rf"(?m)(?:^|(?<=[ |｜/】\]]))({_GLOSSED_LABELS})"
    rf"(?: ?[/|｜] ?| ?[(（]| ?)(?i:{_GLOSS_WORDS})[)）]?(?= ?[:：])")
_LABEL_GLOSS_CLUE = re.compile(r"[\u4e00-\u9fff] ?[/|｜(（]? ?[A-Za-z][A-Za-z ]{1,24}[)）]? ?[:：]")
# What every clue holds, its gloss's last letter before the colon: tried first, as a search
# opening on a Han character is tried at nearly every offset of a Chinese page (x5 faster)
_LETTER_COLON = re.compile(r"[A-Za-z] *[)）]? ?[:：]")


def without_label_glosses(text: str) -> tuple[str, list[str]]:
    """``text`` with each known label's English gloss before its colon taken out
    (``发布时间 Date：2026-01-02`` -> ``发布时间：2026-01-02``), and the glosses taken."""
    if _LETTER_COLON.search(text) is None or _LABEL_GLOSS_CLUE.search(text) is None:
        return text, []
    glosses: list[str] = []

    def drop(match: re.Match[str]) -> str:
        glosses.append(match.group()[len(match[1]):].strip(" /|｜(（)）"))
        return match[1]

    return _LABEL_GLOSS.sub(drop, text), glosses


class Normalize:
    """Normalise characters (see module docstring); records invisible characters it removed.

    ``punctuation``: "keep" (default) leaves punctuation as the page wrote it; "fullwidth" turns
    ASCII ,:;?!() next to a Han character into ，：；？！（）. 。、“” are never touched.
    Example: ``Ａ１，ｂ`` -> ``A1，b``.
    """

    name = "normalize.text"

    def __init__(self, *, punctuation: str = "keep") -> None:
        if punctuation not in PUNCTUATION_POLICIES:
            raise ValueError(f"punctuation must be one of {PUNCTUATION_POLICIES}, "
                             f"not {punctuation!r}")
        self.punctuation = punctuation

    def __call__(self, doc: Doc, /) -> Doc:
        # A page broken at a fixed width is read as whole lines from the start (the rules
        # judge a line by its length, its end and what it holds); its lines are measured
        # before their indentation is taken off.
        # A paginated document's page numbers and running headers go first, while its form
        # feeds still show where its pages end, so that a paragraph a page cut is one again.
        text = one_line_end(doc.text)
        zero_width = "".join(_ZERO_WIDTH.findall(text))
        if zero_width:
            text = _ZERO_WIDTH.sub("", text)
        text, furniture = without_page_furniture(text)
        text, specks = without_stray_marks(text)
        text, invisible = normalize_text(
            unwrapped_as_known(text, doc.joined, scanned=bool(specks)), self.punctuation)
        invisible = zero_width + invisible
        text, glosses = without_label_glosses(text)
        removed = [Removal(self.name, "page_furniture",
                           "a page's number or the running header or footer printed at the "
                           "edge of every page of a paginated document", shorten(line),
                           "page edge") for line in furniture]
        if specks:
            removed.append(Removal(self.name, "ocr_stray_marks",
                                   "marks OCR read out of a scan's column rules, set apart at "
                                   "the edges of lines", " ".join(specks),
                                   f"{len(specks)} lines"))
        if glosses:
            removed.append(Removal(self.name, "label_gloss",
                                   "a bilingual label's English gloss before its colon "
                                   "(发布时间 Date：), so that the label's rules read it",
                                   shorten(" ".join(glosses)), f"{len(glosses)} labels"))
        if invisible:
            codes = sorted({f"U+{ord(c):04X}" for c in invisible})
            removed.append(Removal(self.name, "invisible_chars",
                                   "zero-width, bidi and control characters carry no text",
                                   shorten(" ".join(codes)), f"{len(invisible)} chars"))
        if text == doc.text and not removed:
            return doc
        return doc.evolve(text=text, removed=removed, joined=None)
