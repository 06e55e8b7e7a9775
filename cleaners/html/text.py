"""Element -> lines of text: one block (paragraph, heading, list item, cell run) per line.

Captions, images and link lists inside the article container are skipped here, not guessed later.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from lxml import etree

from ..script import compile_either
from .dom import BLOCK_TAGS, classid

if TYPE_CHECKING:
    from collections.abc import Collection

    from lxml.html import HtmlElement

__all__ = ["block_lines", "captions_are_text", "is_caption"]

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "img",
        "figcaption",
        "iframe",
        "video",
        "audio",
        "svg",
        "canvas",
        "object",
        "embed",
        "button",
        "select",
        "textarea",
        "input",
        "head",
        "title",
    }
)
# Photo captions and credits: the gold keeps the prose, not what is written under a picture.
_CAPTION = compile_either(
    r"caption|pic[-_]?(?:txt|text|info|desc|title|note|con)|img[-_]?(?:txt|text|desc|title|note)|"
    r"photo[-_]?(?:txt|text|desc|title|note|info)|image[-_]?(?:txt|text|desc|title|note)|tuzhu|"
    r"slide[-_]?(?:txt|text|desc|note|info)|"
    r"(?:^|[-_\s])(?:imgtitle|pictitle|picdesc|imgdesc|figure[-_]?desc|tpzs)(?:$|[-_\s])"
)
# Told captions a photo set needs before a lead paragraph over them is the set's, not an article's.
_LEAD_SET_CAPTIONS = 3
_WS = compile_either(r"[ \t\r\n\f\v\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")

# Where an inline element starts or ends. NUL never occurs in parsed text (XML forbids it).
_EDGE = "\x00"
# A row of fields, not prose: a field label (来源：, 作者：, 播放：) or a date or clock time,
# and no sentence end. Its fields sit in elements of their own with no space between them
# (<span>2024-08-02 21:10</span><span>来源：某某</span>); a sentence never gets a space.
_FIELD_LABEL = compile_either(
    r"(?:来源|稿源|作者|记者|编辑|责编|审核|校对|摄影|通讯员|时间|日期|发布|发表|更新|浏览|点击|阅读|播放|"
    # (a health site's reviewer: 审核专家：某某, 审核医生：某某)
    r"评论|字号)(?:专家|医生|医师)?\s*[:：]"
)
_DATE_OR_CLOCK = compile_either(
    r"(?<!\d)(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d\d)(?!\d)")
_SENTENCE_END = compile_either(r"[。！？；!?;]")
# The edges that get the space: a digit or Latin letter against a word character
# (21:10|来源, 纳凉|01:48), or a word character before a field label (电视台|播放：). Two names
# meeting (频道|某某报) stay as they were: which one names the publisher is not ours to guess.
# A counter opening the next element, its figure after it with or without a colon (阅读
# 3521, 参与人数：12.6万) or in brackets (评论(3)): the field after a name (通讯员 某某|阅读 3521,
# 作者：某某|评论(3)).
_COUNTER = (r"(?:参与|在线)?(?:阅读|浏览|点击|评论|播放|人数|热度)(?:量|数|次数|人数)?"
            r"\s*[:：(（]?\s*\d")
# A role opening the next element, the name after a space (来源：某某日报|记者 某某).
_ROLE = r"(?:记者|通讯员|作者|编辑|责编|摄影)[ \t\u00a0\u3000]+[^\W\d_]"
# A page tool's button, the whole of its element (中部时报|<a>分享</a>): no part of the name
# before it.
_TOOL = (r"(?:分享|收藏|举报|打印|纠错|关注|点赞|订阅)"  # either script: compile_either
         r"(?=\x00|$)")
# A verb and 于 opening the next element, the time after it (作者 某某|发布于 2025年9月8日, as
# WordPress prints its byline and posted-on spans): when the post was made, no part of the name.
_DATED_VERB = r"(?:发布|发表|编辑|更新|修改|提交|回答)于"
_DATED_ROW = compile_either(rf"{_DATED_VERB}\s*(?:19|20)\d\d")
_FIELD_EDGE = compile_either(
    r"(?<=[0-9A-Za-z])\x00+(?=[^\W_])|(?<=[^\W_])\x00+(?=[0-9A-Za-z])|"
    rf"(?<=[^\W_])\x00+(?=\s*{_FIELD_LABEL.pattern})|(?<=[^\W_])\x00+(?={_COUNTER})|"
    rf"(?<=[^\W_])\x00+(?={_ROLE})|(?<=[^\W_])\x00+(?={_TOOL})|"
    rf"(?<=[^\W_])\x00+(?={_DATED_VERB})"
)
_FIELD_ROW_LIMIT = 120


def is_caption(el: HtmlElement) -> bool:
    """True for a caption element named as such by its class or id."""
    cid = classid(el)
    return bool(cid) and _CAPTION.search(cid) is not None


def _caption_element(el: HtmlElement) -> bool:
    return el.tag == "figcaption" or is_caption(el)


def captions_are_text(root: HtmlElement) -> bool:
    """True when the captions under ``root`` are its text: a photo set (图集) whose story is
    told under its pictures, two captions or more that are sentences and not one sentence
    outside them (the rest is its 上一张/下一张 buttons and 1/8 counters), or three or more
    with one line of prose outside them shorter than they are together (the set's lead, 导语).
    A caption beside prose of its own stays a caption."""
    captions = [el for el in root.iter() if isinstance(el.tag, str) and el is not root
                and _caption_element(el)]
    told = [el for el in captions if _SENTENCE_END.search(el.text_content() or "")
            and not any(a is not el and _caption_element(a) for a in el.iterancestors())]
    if len(told) < 2:
        return False
    rest = copy.deepcopy(root)
    for el in [e for e in rest.iter() if isinstance(e.tag, str) and e is not rest
               and _caption_element(e)]:
        if el.getparent() is not None:
            el.drop_tree()
    prose = [line for line in block_lines(rest) if _SENTENCE_END.search(line)]
    if not prose:
        return True
    # A lead over the slides: one paragraph, the captions telling more than it does.
    told_chars = sum(len(el.text_content() or "") for el in told)
    return len(told) >= _LEAD_SET_CAPTIONS and len(prose) == 1 and len(prose[0]) < told_chars


def block_lines(root: HtmlElement, *, keep_captions: bool = False,
                skip: Collection[HtmlElement] = ()) -> list[str]:
    """The text under ``root`` as lines; blocks and <br> break lines, inline text joins.
    Captions are skipped, unless ``keep_captions`` (a photo set's, ``captions_are_text``);
    so are the elements in ``skip``, as if they were not there."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            line = _WS.sub(" ", _field_spaces("".join(buf))).strip()
            if line:
                lines.append(line)
            buf.clear()

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if skip and el is not root and el in skip:
            # not there at all: no break for its blocks, only its tail read
            if event == "start":
                walker.skip_subtree()
            elif el.tail:
                buf.append(el.tail)
            continue
        if event == "start":
            kept = bool(keep_captions and tag and el is not root and _caption_element(el))
            if not kept and (not tag or tag in _SKIP_TAGS
                             or (el is not root and is_caption(el))):
                # Its "end" event still comes and adds the tail, which is the parent's text.
                walker.skip_subtree()
                if tag in BLOCK_TAGS:
                    flush()
                continue
            if tag in BLOCK_TAGS:
                flush()
            elif el is not root:
                buf.append(_EDGE)
            if el.text:
                buf.append(el.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            elif el is not root and tag:
                buf.append(_EDGE)
            if el is not root and el.tail:
                buf.append(el.tail)
    flush()
    return lines


def _field_spaces(line: str) -> str:
    """``line`` with a space where two inline elements of a field row meet at a number or a
    label (2024-08-02 21:10|来源：某某|播放：3.2万), and no mark left elsewhere: a sentence
    split over <span>s (据统计<span>2023</span>年) reads on as one."""
    if _EDGE not in line:
        return line
    plain = line.replace(_EDGE, "")
    if (len(plain) <= _FIELD_ROW_LIMIT and not _SENTENCE_END.search(plain)
            and (_FIELD_LABEL.search(plain) or _DATE_OR_CLOCK.search(plain)
                 or _DATED_ROW.search(plain))):
        line = _FIELD_EDGE.sub(" ", line)
    return line.replace(_EDGE, "")
