"""Photo captions left between paragraphs when a page is saved as text.

Evidence, scored per short line: it repeats a removed image file name; it sits in a wider gap
of blank lines than the page puts between paragraphs (where the image was); it splits a
sentence whose two halves continue around it; it carries photo words (图为, 资料图 …); it is
glued with no gap under a caption or a removed photo credit where the page leaves one between
paragraphs. The page's paragraph gap is read from the gaps beside a paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

from ..document import Doc, Removal, shorten
from ..literals import gate
from ..meta import in_verse
from ..script import with_traditional

if TYPE_CHECKING:
    from collections.abc import Sequence, Set

__all__ = ["FIGURE_NUMBER", "Captions"]

_TERMINAL = "。！？!?…”」』；;"
_PHOTO_WORDS = re.compile(with_traditional(
    r"^图为|^(?:资料|现场|航拍|供)图|(?:^|\s)(?:摄|摄影)\s*[/:：]|[（(].{0,12}摄[)）]$"))
# What every photo wording holds (read off the pattern): most lines hold none of it, and
# the search of the whole alternation is the costliest test a line gets here.
_PHOTO_GATE = gate([_PHOTO_WORDS], max_needs=16)
# A picture's caption that names only the scene (宣判现场。 活动现场): a place and 现场 alone
# on a line. A heading that sends the reader there (直击现场, 走进现场) is no caption.
_SCENE = re.compile(with_traditional(
    r"^(?!直击|走进|回到|探访|来到|深入|聚焦)[\u4e00-\u9fff]{2,10}现场[。.]?$"))
_IMAGE_EXT = re.compile(r"(?i)\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)$")
# A picture's number printed alone on its line where the picture was (图3, 图片2, 图一).
FIGURE_NUMBER = re.compile(with_traditional(
    r"^(?:图|图片|组图)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$"))
# A document's number alone on its line under its name: a judgment's case number
# (（2025）某01民初1732号), a notice's file number (某政发〔2024〕12号). It is the document's
# reference, set apart by the gaps its letterhead leaves, never a picture's caption.
_DOC_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{0,10}[（(〔\[【]\s*(?:19|20)\d{2}\s*[)）〕\]】]"
    r"[\u4e00-\u9fff0-9]{0,12}?第?\d{1,6}[号號]$")  # 號: a traditional copy


_NUMBERED_HEADING = re.compile(
    r"^\d{1,2}\s*[.、．]\s*\S[^。！？!?]{0,24}$"
    r"|^[0-2]?\d[:：][0-5]\d$")  # a live broadcast's time stamp over each post
_WHOLE_LINE = re.compile(r"^line (\d+)$")
# A caption under its picture may be one short phrase, its full stop and all (冰洞。).
_SHORT_CAPTION = 12
# A poem's stanza is this many lines or more; a caption and its credit are fewer.
_STANZA_LINES = 3
# A paragraph cut mid-sentence by a picture: long prose (a comma in it: no heading), its last
# character a word's (no stop, no colon, no closing quote).
_CUT_PARAGRAPH = 20
_CUT_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
# The arrow a caption opens with, pointing at the picture above it (▲航站楼的造型……). A run of
# them is a photo essay's text, each under its picture: it stays.
_UP_MARKS = "▲△"
# How long a phrase several lines open with must be to be the pictures' shared alt text.
_ALT_MIN = 12
_CLAUSE = re.compile(r"[，,、；;：:。！？!?]")
# A particle or preposition that ties a phrase to the word after it (……留得住的 城市,
# ……从严治党向 纵深发展): no phrase ends there.
_OPEN_ENDS = "的地得之向对把被在为与和及让给从"
# Characters of the shortest caption or credit glued after the shared alt text (图片来源：…).
_GLUED_MIN = 4
# A caption's second line, printed with no gap under its first, is a phrase, not a paragraph.
_CAPTION_SECOND_LINE = 30
# A caption's closing mark naming the picture (（资料图）, （某某 摄）, (新华社发 图)).
_PICTURE_TAIL = re.compile(with_traditional(
    r"[（(][^（）()]{0,16}(?:图|摄)[^（）()]{0,6}[)）]$"
    # or its credit after the caption's sentence, unbracketed (……屋顶。记者 某某 摄)
    r"|[。.]\s*[^。！？!?，,（）()]{1,16}\s摄$"
    # or a wire agency's credit in its brackets (（某某社）, （某某社发）)
    r"|[（(][^（）()\s]{1,10}社发?[)）]$"))
# The longest alt text printed over the caption that holds its words.
_ALT_OVER_CAPTION = 30


_ALT_PIECE_MIN = 2  # characters of each of the two pieces of an alt text a caption holds apart


def _holds_words(caption: str, alt: str, pieces: int = 2) -> bool:
    """The caption holds the alt text's words: all of it, or up to ``pieces`` pieces of it
    (two characters each at least) in order with words between (花蓮溪口濕地冬候鳥 in
    花蓮溪口濕地入冬後迎來大批冬候鳥…)."""
    if alt in caption:
        return True
    if pieces < 2:
        return False
    for cut in range(_ALT_PIECE_MIN, len(alt) - _ALT_PIECE_MIN + 1):
        at = caption.find(alt[:cut])
        if at >= 0 and _holds_words(caption[at + cut:], alt[cut:], pieces - 1):
            return True
    return False


_CAPTION_TITLE_MAX = 16  # characters of a picture's title printed over its caption
_ALT_PIECES = 3  # pieces of a picture's alt text its caption, set apart under it, holds
_PHRASE_ALT_MIN = 3  # characters of an alt text set apart from its caption (槐荫园)


def _alt_over_apart_caption(lines: Sequence[str], filled: Sequence[int], k: int) -> bool:
    """Line ``filled[k]`` is a picture's alt text over its caption, a gap between them
    (获奖选手合影 / 获奖选手与指导教师合影, 老工匠修补灰塑 / 老工匠正在修补骑楼上的灰塑。): a
    phrase with no clause over a longer caption of one phrase (30 characters or fewer) that
    holds its words in three pieces at most, the two between sentence paragraphs. A
    subheading stands over a paragraph of clauses."""
    if not 0 < k < len(filled) - 2:
        return False
    alt, caption = lines[filled[k]].strip(), lines[filled[k + 1]].strip()
    return (_PHRASE_ALT_MIN <= len(alt) <= _CAPTION_TITLE_MAX and _CLAUSE.search(alt) is None
            and alt[-1] not in _TERMINAL
            and len(alt) < len(caption) <= _CAPTION_SECOND_LINE
            and _CLAUSE.search(caption[:-1]) is None and caption[-1] not in "？?！!：:"
            and _holds_words(caption, alt, _ALT_PIECES)
            and is_sentence_line(lines[filled[k - 1]].strip())
            and is_sentence_line(lines[filled[k + 2]].strip()))


def _headline_block(doc: Doc) -> set[int]:
    """The lines meta.lines took out (the headline, its date and source rows, bylines): the
    blank such a line leaves is no gap an image left. Lines other cleaners took out may be
    where the image was (a photo credit, a file name, a placeholder), so they still count."""
    return {int(m.group(1)) - 1 for r in doc.removals
            if r.cleaner == "meta.lines" and (m := _WHOLE_LINE.match(r.where))}


def _gaps(lines: Sequence[str], taken: Set[int] = frozenset()
          ) -> tuple[list[int], list[int], list[int]]:
    """Indices of filled lines and the count of blank lines before and after each (not
    counting the ``taken`` ones)."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    # counted[j]: blank lines before line j that count (prefix sums: one pass, any gap O(1))
    counted = [0]
    for j, ln in enumerate(lines):
        counted.append(counted[-1] + (not ln.strip() and j not in taken))
    before = [counted[filled[k]] - counted[filled[k - 1] + 1] if k else counted[filled[0]]
              for k in range(len(filled))]
    after = [counted[filled[k + 1]] - counted[filled[k] + 1] if k + 1 < len(filled) else 0
             for k in range(len(filled))]
    return filled, before, after


# a line this long is a paragraph, whose gaps tell how the page spaces its paragraphs
_PARAGRAPH = 30
# A row of a labelled list (项目总投资：62.4万元, 资金来源：……10万元): a short label, its colon,
# its value closing on no sentence mark. Rows of one list run glued as a table's do, however
# long their values, so the gap between two of them is no paragraph's.
_SENTENCE_END = "。！？!?…”」』"
_LABELLED_ROW = re.compile(r"^[^\s，。；：:,;、]{2,8}[：:]\s*\S")


def _table_rows(a: str, b: str) -> bool:
    """Lines ``a`` and ``b`` are two rows of one labelled list (项目名称：… / 建设内容：…)."""
    # (a row may close on the list's semicolon; a speaker's line, 答：……。, closes on a full stop)
    return all(_LABELLED_ROW.match(x) is not None and x[-1] not in _SENTENCE_END
               for x in (a, b))


def _list_rows(a: str, b: str) -> bool:
    """Lines ``a`` and ``b`` glued together tell nothing of how the page spaces its
    paragraphs: two rows of a list or a timetable, neither ending a sentence
    (某某献血屋（某某广场东侧）：每天9:00—18:00 / 某某献血车（…）：每周二9:00—16:00), two
    numbered items of one list (1. ……； / 2. ……；), or a heading over what it opens
    (一、某某条件 / 1. ……): a paragraph ends on its sentence's stop. A paragraph's rows
    wrapped at a width are none of these: one of them fills the width, with a clause's comma."""
    if _ITEM_NUMBER.match(a) and _ITEM_NUMBER.match(b):
        return True
    if len(a) <= _HEADING_MAX and _CLAUSE.search(_HEADING_NUMBER.sub("", a)) is None:
        return True
    return all(x[-1] not in _SENTENCE_END and len(x) < 2 * _PARAGRAPH and "，" not in x
               for x in (a, b))


# a section's number in words opening its heading (四、提交投标文件…): its 、 is no clause's
_SECTION_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])")
# a list item's number (1. / 2、 / （3）) and a heading's length at most
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）])\s*\S")
_HEADING_MAX = 20
# a section heading's number (一、 / （二） / 3、), whose mark is no clause's
_HEADING_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]"
                             r"|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[.、．])\s*")


def _usual_gap(gaps: Sequence[int], weights: Sequence[int] | None = None) -> int:
    """The gap the page puts between paragraphs: the commonest, and of two as common the
    narrower (an image's gap is the wider one; which came first must not decide). Each gap
    counts as much as its ``weights`` (1 for a gap beside a paragraph, 0 for one between short
    lines, when given): a short list run with no gaps after the article (three headlines) is
    not more of the page than the paragraphs it follows, so the gap a subheading stands in
    between them is no picture's; a page of short lines only is read by all its gaps."""
    if not gaps:
        return 0
    counts: Counter[int] = Counter()
    for n, gap in enumerate(gaps):
        counts[gap] += weights[n] if weights is not None else 1
    most = max(counts.values())
    return min(gap for gap, n in counts.items() if n == most)


_HAN = re.compile(r"[\u4e00-\u9fff]")
# A statement of a program: a lower-case keyword or name, then what it acts on (import os,
# return x, print(x), x = 1), no word of the page's language in it.
_CODE_WORDS = re.compile(r"^[a-z_][A-Za-z0-9_.]*(?:\s+[A-Za-z_(]|\s*[=(])")
# The evidence that names the picture itself, not only the gaps or the sentences around a line.
_PICTURED = frozenset({"repeats an image file name", "photo wording"})


def _inside_block(lines: Sequence[str], block: set[int], i: int) -> bool:
    """Whether line ``i`` is a subtitle: of a headline's size and between two lines of the
    headline block (the headline above, its date row below), no picture's caption. A short
    name there (an account's, a writer's) is left to the caption test."""
    if not block or not min(block) < i < max(block) or len(_HAN.findall(lines[i])) < 8:
        return False
    up = next((j for j in range(i - 1, -1, -1) if lines[j].strip() or j in block), None)
    down = next((j for j in range(i + 1, len(lines)) if lines[j].strip() or j in block), None)
    return up in block and down in block


def _bigrams(text: str) -> set[str]:
    return {text[j:j + 2] for j in range(len(text) - 1)
            if _HAN.match(text[j]) and _HAN.match(text[j + 1])}


def _subheadings(lines: Sequence[str], filled: Sequence[int], before: Sequence[int],
                 after: Sequence[int], usual: int, image_lines: Set[int]) -> set[int]:
    """Lines shaped as the article's subheadings: short, no sentence's end, set apart on both
    sides but nearer the paragraph below than the line above (a heading goes with the text it
    opens; a caption sits in its picture's gap), and that paragraph takes up the line's words
    (小屏幕里看大长春 | ……这都是长春的底蕴). Under a picture they look like its
    caption; two or more of that shape are a page's sections, not captions (one alone is
    left to the caption test). A line right under a picture's printed name (its alt text,
    its file name) is its caption."""
    found: set[int] = set()
    for k in range(1, len(filled) - 1):
        line, nxt = lines[filled[k]].strip(), lines[filled[k + 1]].strip()
        if (len(line) <= 30 and line[-1] not in _TERMINAL and line[-1] not in "：:"
                and before[k] > after[k] > usual
                and len(nxt) >= 40 and nxt[-1] in _TERMINAL
                and not (_PHOTO_GATE.open(line) and _PHOTO_WORDS.search(line))
                and not any(filled[k - 1] < j < filled[k] for j in image_lines)
                and _bigrams(line) & _bigrams(nxt)):
            found.add(filled[k])
    return found if len(found) >= 2 else set()


def _shared_alt(lines: Sequence[str], filled: Sequence[int], max_len: int) -> set[int]:
    """Short lines apart in the text that open with the same long phrase, no punctuation in
    it (某某芯片耗电成难题 某某手机续航不足运营商活动上的样机 / 某某芯片耗电成难题 某某手机
    续航不足图片来源：某某图库): the alt text every picture of the page shares (often the
    headline), its caption or credit glued after it."""
    groups: dict[str, list[int]] = {}
    for i in filled:
        line = lines[i].strip()
        if _ALT_MIN <= len(line) <= max_len:
            groups.setdefault(line[:_ALT_MIN], []).append(i)
    shared: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or any(b == a + 1 for a, b in itertools.pairwise(group)):
            continue
        texts = [lines[i].strip() for i in group]
        if len(set(texts)) < 2:
            continue  # one line printed again whole (a song's refrain): no caption glued on
        # what all share is what the first and the last in order share
        first, last = min(texts), max(texts)
        prefix = first[:next((n for n, (x, y) in enumerate(zip(first, last, strict=False))
                              if x != y), len(first))]
        # a headline's words, not a line of code repeated (import redis); a whole phrase with
        # a caption or credit glued after it, not a sentence's opening that the lines end each
        # their own way (我们要建设一座让年轻人留得住的城市 / ……的家园): its modifier waits
        # for its noun, or what follows is a word, no caption
        if (not _CLAUSE.search(prefix) and len(_HAN.findall(prefix)) >= _ALT_MIN // 2
                and prefix[-1] not in _OPEN_ENDS
                and all(len(t) - len(prefix) >= _GLUED_MIN for t in texts)):
            shared.update(group)
    return shared


def _titled_caption(lines: Sequence[str], filled: Sequence[int], before: Sequence[int],
                    after: Sequence[int], k: int, usual: int) -> bool:
    """Line ``filled[k]`` is a picture's title over its caption, the two glued where the page
    leaves a blank between paragraphs (二郎山隧道口 / 穿过隧道，天气从阴雨变成了晴天): a phrase
    with no clause, over a short line of clauses closing on no mark, the pair set apart from
    the sentences above and below it. A subheading stands over a paragraph, which closes on
    its full stop."""
    if not 0 < k < len(filled) - 2 or filled[k + 1] != filled[k] + 1:
        return False
    title, caption = lines[filled[k]].strip(), lines[filled[k + 1]].strip()
    return (before[k] >= usual and after[k + 1] >= usual
            and 2 <= len(title) <= _CAPTION_TITLE_MAX and _CLAUSE.search(title) is None
            and title[-1] not in _TERMINAL
            and len(title) < len(caption) <= _CAPTION_SECOND_LINE
            and caption[-1] not in _TERMINAL and caption[-1] not in "：:"
            and ("，" in caption or "," in caption)
            and is_sentence_line(lines[filled[k - 1]].strip())
            and is_sentence_line(lines[filled[k + 2]].strip()))


# A poem's title: a few words, no clause or sentence mark in them (冬夜, 旧信, 其二·雪).
_POEM_TITLE = re.compile(r"^[^\s，。！？!?；;：:,、]{1,12}$")


def _poem_title(lines: Sequence[str], i: int) -> bool:
    """Line ``i`` is a poem's title: a few words alone on their line, one blank line over a
    stanza set among others (in_verse). A caption's picture stands between it and the text
    under it, and a picture's gap is no single blank line on a page of stanzas."""
    return (_POEM_TITLE.match(lines[i].strip()) is not None
            and (i == 0 or not lines[i - 1].strip())
            and i + 2 < len(lines) and not lines[i + 1].strip() and lines[i + 2].strip() != ""
            and in_verse(lines, i + 2, _STANZA_LINES))


def _carries_on(prev: str, line: str) -> bool:
    """``line`` ends the sentence the paragraph above stopped in the middle of (…带动一千 /
    picture / 三百余户农户增收。): the paragraph's rest, which a picture split off, not its
    caption. A caption ends in no full stop, so one between the halves (业务工 / caption /
    作，统筹…) is still read as one."""
    return (len(prev) >= _CUT_PARAGRAPH and _CUT_END.match(prev[-1]) is not None
            and line[-1] in "。！？!?" and ("，" in prev or "," in prev))


def is_sentence_line(line: str) -> bool:
    """A line that ends a sentence with its clauses (……，……。): prose, not a heading, a label
    or a picture's number."""
    return bool(line) and line[-1] in _TERMINAL and _CLAUSE.search(line[:-1]) is not None


def _story_in_captions(lines: Sequence[str], filled: Sequence[int],
                       pictures: Set[int]) -> set[int]:
    """A page of pictures (图片新闻) tells its story in their captions: when two or more
    sentences stand each right under a picture (its file name, its number 图3) and the body
    has no sentence anywhere else, those sentences are its text, not captions to drop."""
    under: set[int] = set()
    for k, i in enumerate(filled):
        line = lines[i].strip()
        if not is_sentence_line(line):
            continue  # no sentence (a heading, a label, the number 图3 itself)
        previous = filled[k - 1] if k else -1
        if not any(previous < j < i for j in pictures) and previous not in pictures:
            return set()  # a paragraph of its own: an article with pictures in it
        under.add(i)
    return under if len(under) >= 2 else set()


class Captions:
    """Remove photo-caption lines; example: a line 双河口村民在果园务工 set apart by the blank
    lines an image leaves, or one that splits 业务工 | caption | 作，统筹… mid-sentence.
    ``max_len`` bounds a caption's length in characters."""

    name = "chrome.captions"

    def __init__(self, *, max_len: int = 60) -> None:
        self.max_len = max_len

    def __call__(self, doc: Doc, /) -> Doc:
        lines = doc.text.split("\n")
        block = _headline_block(doc)
        filled, before, after = _gaps(lines, block)
        if len(filled) < 3:
            return doc
        # only gaps beside a paragraph count: a run of short lines with no gaps (a box of
        # headlines, a table's rows) says nothing of how the page spaces its paragraphs
        beside_paragraph = [int(max(len(lines[a].strip()), len(lines[b].strip())) >= _PARAGRAPH
                                and not _table_rows(lines[a].strip(), lines[b].strip())
                                and not _list_rows(lines[a].strip(), lines[b].strip()))
                            for a, b in itertools.pairwise(filled)]
        usual = _usual_gap(before[1:], beside_paragraph if any(beside_paragraph) else None)
        images = [r for r in doc.removals if r.rule == "image_filename"]
        stems = {_IMAGE_EXT.sub("", r.text).strip() for r in images}
        # Line numbers stay the input's (removed lines are blanked), so "line N" locates them.
        image_lines = {int(r.where.split()[1]) - 1 for r in images
                       if r.where.startswith("line ") and r.where.split()[1].isdigit()}
        # The headline printed again inside the article is a picture's alt text: a picture
        # stands there too (only a short phrase under it is taken for its caption).
        echo_lines = {int(m.group(1)) - 1 for r in doc.removals
                      if r.rule == "headline_echo" and (m := _WHOLE_LINE.match(r.where))}
        picture_lines = image_lines | echo_lines  # once, not once a line
        # A photo credit the chrome took out (摄影：某某) is the first line of its caption block.
        credit_text = {int(m.group(1)) - 1: r.text for r in doc.removals
                       if r.rule == "photo_credit" and (m := _WHOLE_LINE.match(r.where))}
        credit_lines = set(credit_text)
        # A picture above the headline (a logo, an e-paper page's thumbnail) is the page's,
        # not the article's: the line under the headline is no caption of it.
        headline_at = [int(m.group(1)) - 1 for r in doc.removals
                       if r.cleaner == "meta.lines" and r.rule == "title"
                       and (m := _WHOLE_LINE.match(r.where))]
        removed: list[Removal] = []
        gone: set[int] = set()
        prev_caption = False
        # A numbered heading of a list article (10. 某某古镇 … 1. 某某古镇) stands under the
        # picture of the item above it, a live broadcast's time stamp (08:00) under the
        # picture of the post before: one of three or more is no caption.
        numbered = [i for i in filled if lines[i].lstrip()[:1].isdigit()
                    and _NUMBERED_HEADING.match(lines[i].strip())]
        headings = set(numbered) if len(numbered) >= 3 else set()
        shared_alt = _shared_alt(lines, filled, self.max_len)
        # A page that opens a list's items with the arrow (提出以下要求：/ ▲各乡镇要……) uses it
        # as its bullet, not as a caption's mark.
        arrow_bullets = any(
            lines[filled[k]].lstrip()[:1] in _UP_MARKS
            and lines[filled[k - 1]].rstrip()[-1:] in ("：", ":") for k in range(1, len(filled)))
        subheadings = _subheadings(lines, filled, before, after, usual, image_lines)
        numbers = {i for i in filled if FIGURE_NUMBER.match(lines[i].strip())}
        story = _story_in_captions(lines, filled, image_lines | numbers)
        for k, i in enumerate(filled):
            line = lines[i].strip()
            if len(line) > self.max_len or _inside_block(lines, block, i) or i in headings:
                prev_caption = False
                continue
            if (i in story or _DOC_NUMBER.match(line) or in_verse(lines, i, _STANZA_LINES)
                    or _poem_title(lines, i)):
                # (a poem's stanzas are set apart by gaps as pictures are: a line opening one
                # is no caption, nor is the poem's title alone over its first stanza)
                prev_caption = False
                continue
            if k and _carries_on(lines[filled[k - 1]].strip(), line):
                prev_caption = False  # the rest of the paragraph a picture split
                continue
            reasons: list[str] = []
            score = 0
            if line in stems or any(s.startswith(line) for s in stems if len(line) >= 6):
                score += 2
                reasons.append("repeats an image file name")
            previous = filled[k - 1] if k else -1
            # (the headline a meta pass lifted stands between the picture and the line)
            previous = max([previous, *(t for t in headline_at if previous < t < i)])
            if any(previous < j < i for j in image_lines):
                score += 1
                reasons.append("directly under an image")
            if (len(line) <= _SHORT_CAPTION and not _CLAUSE.search(line[:-1])
                    and line[-1] not in "？?！!"
                    and any(previous < j < i for j in picture_lines)):
                # a name or a scene, one phrase (小王。 冰洞。): what the picture shows; a
                # question or a cry (为什么坚持？) is the writer's voice
                score += 3
                reasons.append("a single short phrase right under a picture")
            # a subheading's gaps are a section's break, not a picture's
            wide_before = before[k] > usual and i not in subheadings
            wide_after = after[k] > usual and i not in subheadings
            if wide_before and wide_after:
                score += 2
                reasons.append("set apart by an image-sized gap")
            elif wide_before and prev_caption:
                score += 2
                reasons.append("follows another caption across an image-sized gap")
            elif wide_before or wide_after:
                score += 1
            if (usual > 0 and len(line) <= _CAPTION_SECOND_LINE and line[-1] not in _TERMINAL
                    and ((prev_caption and k and filled[k - 1] == i - 1)
                         or (i - 1 in credit_lines and after[k] >= usual))):
                # no blank line between them where the page leaves one between paragraphs:
                # one block under the picture, its scene (活动现场) or its credit (摄影：某某)
                # and what it shows; a credit's block ends at a gap (lines running on glued
                # under a credit are a paragraph of short lines: 资料图 / 目前11月的航线……)
                score += 2
                reasons.append("the second line of the caption right above it")
            if 0 < k < len(filled) - 1 and self._splits_sentence(
                    lines[filled[k - 1]].strip(), lines[filled[k + 1]].strip()):
                score += 2
                reasons.append("splits a sentence in two")
            if _PHOTO_GATE.open(line) and _PHOTO_WORDS.search(line):
                score += 1
                reasons.append("photo wording")
            # at the body's top too when lines were taken out above it (the headline and its
            # date row): the picture under the headline
            if (k > 0 or i > 0) and k < len(filled) - 1 and _SCENE.match(line):
                score += 3
                reasons.append("names only the scene (……现场) between paragraphs")
            if i in shared_alt:
                score += 2
                reasons.append("opens with the alt text the page's pictures share")
            if usual > 0 and ((k + 1 < len(filled) and self._alt_over_caption(
                    line, lines[filled[k + 1]].strip(), glued=filled[k + 1] == i + 1))
                    or (i + 1 in credit_text and self._alt_over_caption(
                        line, credit_text[i + 1], glued=True))):
                # (the caption under it photo_credit took out whole: the line it left blank)
                score += 3
                reasons.append("the picture's alt text, glued over its caption holding its words")
            if usual > 0 and _titled_caption(lines, filled, before, after, k, usual):
                score += 3
                reasons.append("a picture's title over its caption line, between paragraphs")
            elif usual > 0 and _alt_over_apart_caption(lines, filled, k):
                score += 3
                reasons.append("the picture's alt text over its caption holding its words")
            if line[0] in _UP_MARKS and not any(
                    0 <= n < len(filled) and lines[filled[n]].lstrip()[:1] in _UP_MARKS
                    for n in (k - 1, k + 1)) and not arrow_bullets:
                score += 3
                reasons.append("marked ▲ under its picture, alone among paragraphs")
            if line[-1] in _TERMINAL or line[-1] in "：:":
                score -= 1  # a sentence, or one introducing what follows (代码如下：)
            if (_CODE_WORDS.match(line) and not _HAN.search(line)
                    and not _PICTURED.intersection(reasons)):
                # a line of program code (import contextlib) set apart in a block whose code
                # lines run unspaced: only a picture's own name or a photo word makes it a
                # caption, not the gaps around it
                score = 0
            if score >= 2 and reasons:
                gone.add(i)
                removed.append(Removal(self.name, "photo_caption",
                                       "photo caption: " + "; ".join(reasons),
                                       shorten(line), f"line {i + 1}"))
                prev_caption = True
            else:
                prev_caption = False
        if not removed:
            return doc
        for i in gone:
            lines[i] = ""
        return doc.evolve(text="\n".join(lines), removed=removed)

    @staticmethod
    def _alt_over_caption(line: str, nxt: str, *, glued: bool) -> bool:
        """``line`` is a picture's alt text printed over its caption (社区卫生服务中心接种流感
        疫苗 / 11月10日，市民在社区卫生服务中心接种流感疫苗。（资料图）): one phrase, no
        clause, with no gap under it on a page that leaves one between paragraphs, and the
        line below holds its words and closes on the picture's mark. A subheading over its
        paragraph stands apart from it, and a paragraph closes on no picture mark."""
        return (glued and 4 <= len(line) <= _ALT_OVER_CAPTION and len(nxt) > len(line)
                and _CLAUSE.search(line) is None and line[-1] not in _TERMINAL
                and _holds_words(nxt, line) and _PICTURE_TAIL.search(nxt) is not None)

    @staticmethod
    def _splits_sentence(prev: str, nxt: str) -> bool:
        # The paragraph before stops mid-sentence and the one after carries on with the same
        # sentence (it begins with punctuation that cannot start a sentence, or is long prose).
        # A section's number (四、提交…) opens a new part of the text, whatever stopped above.
        if len(prev) < 20 or prev[-1] in _TERMINAL or prev[-1] in "：:":
            return False
        if _SECTION_NUMBER.match(nxt):
            return False
        return nxt[:1] in "，、；：,;:）)”" or (len(nxt) >= 20 and nxt[1:2] in "，、；,")
