"""A forum thread (Discuz!, 贴吧, phpwind, 天涯): the first post is the article, the replies after
it are readers' talk, not the article. A Q&A page's answers (知乎-like) are read alike: the
question and its first answer are the article, the other answers go.

A thread is told by its posts, not by its site: sibling elements of one tag and class, each
printing its floor (楼主, 沙发, 板凳, 2楼, #3) or, for answers, its votes (2,315 人赞同了该回答,
赞同 318), and the time it was posted. A page's sections never carry both in every box (a
mall's 1楼/2楼 directory has no posting times).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from lxml import etree

from ..dates import DATE
from ..literals import gate
from ..meta import parse_date
from ..script import compile_either

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["Thread", "forum_thread"]

# A post's floor as a thread prints it, alone in its element: the opening post (楼主), the
# first replies' nicknames (沙发, 板凳, 地板), a number of floors (2楼, 第3楼, #4, 5#).
_FLOOR = compile_either(r"楼主|沙发|板凳|地板|第?\d{1,5}\s*楼|#\d{1,5}|\d{1,5}#")
# Any floor at all in the container's text: most article containers have none, and go
# without looking at their children.
_ANY_FLOOR = compile_either(r"楼主|沙发|板凳|地板|\d\s*楼|#\d|\d#|赞同")
# Its needed strings, screened first: the container may be the whole page, where finding
# them is faster than the regex failing.
_ANY_FLOOR_GATE = gate([_ANY_FLOOR], max_needs=16)
# An answer's votes, in a label of its own: 2,315 人赞同了该回答, 赞同 318, 1.2 万赞同.
_VOTES = compile_either(r"\d[\d,.]*\s*[万千kK]?\s*(?:人|个)?赞同(?:了该回答)?"
                        r"|赞同\s*\d[\d,.]*\s*[万千kK]?")
_VOTES_LIMIT = 16  # characters of a votes label
# An answer marked up as one for search engines (schema.org's QAPage: itemtype=".../Answer",
# itemprop="acceptedAnswer" or "suggestedAnswer"): told by its markup, whatever its votes say
# (有用 86, 赞 3).
_ANSWER_TYPE = compile_either(r"schema\.org/Answer$", re.IGNORECASE)
_ANSWER_PROP = compile_either(r"\b(?:accepted|suggested)Answer\b")
# The elements _answer_markup may accept, found by libxml2 instead of a walk in Python over a
# page-sized container: only an itemtype or an itemprop attribute marks an answer.
_SCHEMA_MARKED = etree.XPath("descendant-or-self::*[@itemtype or @itemprop]")
_MIN_POSTS = 2
_LABEL_LIMIT = 12  # characters of the element printing a floor: a label, not a sentence


@dataclass(frozen=True, slots=True)
class Thread:
    first: HtmlElement  # the opening post: the article
    replies: tuple[HtmlElement, ...]
    posted: str | None  # when the opening post was posted, as ISO 8601
    answers: bool = False  # a Q&A page's answers (told by votes), not a forum's floors
    author: str | None = None  # the first answer's answerer (none read for a forum's posts)
    poster: str | None = None  # the handle that opened a forum's thread: the page's publisher
    signatures: tuple[HtmlElement, ...] = ()  # the opening post's signature boxes (签名档)
    head_row: HtmlElement | None = None  # the opening post's row printing its floor (楼主)


def _labelled(post: HtmlElement, label: re.Pattern[str], limit: int) -> bool:
    """The post prints ``label`` in an element of its own: a text chunk of at most ``limit``
    characters that is the label whole."""
    for chunk in post.itertext():
        chunk = chunk.strip()
        if chunk and len(chunk) <= limit and label.fullmatch(chunk):
            return True
    return False


def _floor(post: HtmlElement) -> bool:
    """The post prints its floor (2楼, 沙发, #3) in an element of its own."""
    return _labelled(post, _FLOOR, _LABEL_LIMIT)


def _votes(post: HtmlElement) -> bool:
    """The post prints its votes in an element of its own (2,315 人赞同了该回答)."""
    return _labelled(post, _VOTES, _VOTES_LIMIT)


def _answer_markup(post: HtmlElement) -> bool:
    """The post is marked up as an answer (itemtype schema.org/Answer, itemprop acceptedAnswer
    or suggestedAnswer)."""
    return bool(_ANSWER_TYPE.search((post.get("itemtype") or "").strip())
                or _ANSWER_PROP.search(post.get("itemprop") or ""))


def _posted(post: HtmlElement) -> str | None:
    """The first date with a time of day the post prints: its posting time (2024-04-12 21:37,
    发表于 2024-5-3 10:22)."""
    for chunk in post.itertext():
        for m in DATE.finditer(chunk):
            if m["H"] is not None:
                return parse_date(m.group(0))
    return None


# An answer's author box: <div class="AuthorInfo"><a class="UserLink">, .author-name, .nick,
# a name in the answer's head (.answer-head .name), or one marked itemprop="author".
_AUTHOR_BOX = compile_either(r"author|user|nick|(?:^|[\s_-])name(?:$|[\s_-])", re.IGNORECASE)
_NICK = compile_either(r"[\w\u4e00-\u9fff·.\- ]{2,20}")  # Lucy Wang: one name, spaced
# A placeholder for a hidden answerer (匿名用户, 知乎用户, 已注销): no one's name.
_NO_NICK = compile_either(r"匿名|用户$|注销|^(?:admin|guest|anonymous)$", re.IGNORECASE)


def _answerer(post: HtmlElement) -> str | None:
    """The name in the answer's author box: the first link inside an element classed as an
    author or user (AuthorInfo, UserLink), or such an element holding only a name."""
    for el in post.iter():
        if not isinstance(el.tag, str) or not (_AUTHOR_BOX.search(el.get("class") or "")
                                               or "author" in (el.get("itemprop") or "")):
            continue
        links = [el] if el.tag == "a" else list(el.iter("a"))
        for cand in links or [el]:
            name = " ".join(cand.text_content().split())
            if _NICK.fullmatch(name) and not _NO_NICK.search(name):
                return name
        return None  # the first author box names nobody: no guess further down the answer
    return None


# A link to a member's profile page, as forum software prints it over each post: phpwind's
# u.php?uid=, Discuz!'s space-uid-N.html and home.php?mod=space, and /u/N, /user/, /member/,
# /space/ paths. A filter of the thread by its poster (read.php?tid=…&uid=, 只看该作者) is none.
_PROFILE_LINK = compile_either(
    r"(?:^|[/?&])(?:u\.php\?uid=|space\.php\?uid=|space-uid-\d|home\.php\?mod=space\b"
    r"|member\.php\?|u/\d|users?/|members?/|space/)", re.IGNORECASE)


def _poster(post: HtmlElement) -> str | None:
    """The handle of the first link to a member's profile in the opening post that prints one:
    the poster's name over their avatar and ranks (a link around the avatar prints none)."""
    for link in post.iter("a"):
        if not _PROFILE_LINK.search(link.get("href") or ""):
            continue
        name = " ".join(link.text_content().split())
        if name:
            return name if _NICK.fullmatch(name) and not _NO_NICK.search(name) else None
    return None


# A post's signature box (签名档), as forum software classes it: Discuz!'s sign, phpwind's and
# vBulletin's signature, a post-signature or a user's sig.
_SIGNATURE = compile_either(r"^(?:sign|signature|sig|post-?signature|user-?sign(?:ature)?)$",
                            re.IGNORECASE)


# The same box by its style, whatever its class (a hashed build names nothing): the forum
# templates cap a signature's height for every browser, old IE by its own property
# (style="max-height:100px;maxHeightIE:100px;"), which no article's box carries.
_SIGNATURE_STYLE = compile_either(r"maxHeightIE\s*:", re.IGNORECASE)


def _signatures(post: HtmlElement) -> tuple[HtmlElement, ...]:
    """The post's signature boxes: the lines its poster has printed under every post."""
    return tuple(el for el in post.iter() if isinstance(el.tag, str) and el is not post
                 and (any(_SIGNATURE.match(c) for c in (el.get("class") or "").split())
                      or _SIGNATURE_STYLE.search(el.get("style") or "")))


_ROW_LIMIT = 40  # characters of a post's head row: a handle, ranks, the floor, a time
_SENTENCE_END = compile_either(r"[。！？!?；;]")
_HEADINGS = frozenset({"h1", "h2", "h3"})


def _head_row(post: HtmlElement) -> HtmlElement | None:
    """The opening post's head row: the widest box around its floor label (楼主) whose text is
    short and no sentence (the poster's handle, ranks, the floor glued: 某某Lv.6楼主), inside the
    post and holding no heading. None where the label stands in no such box."""
    for el in post.iter():
        if not isinstance(el.tag, str) or el is post:
            continue
        own = (el.text or "").strip()
        if not (own and len(own) <= _LABEL_LIMIT and _FLOOR.fullmatch(own)):
            continue
        row = el
        for up in el.iterancestors():
            if up is post:
                break
            text = "".join(up.text_content().split())
            if (len(text) > _ROW_LIMIT or _SENTENCE_END.search(text)
                    or any(h.tag in _HEADINGS for h in up.iter() if isinstance(h.tag, str))):
                break
            row = up
        return row
    return None


def forum_thread(container: HtmlElement) -> Thread | None:
    """The thread of posts in ``container`` (the article container or one of its boxes), or
    None: two or more sibling posts of one tag and class, each with its floor and time."""
    text = container.text_content()
    if not (_ANY_FLOOR_GATE.open(text) and _ANY_FLOOR.search(text)) and not any(
            _answer_markup(el) for el in cast("list[HtmlElement]", _SCHEMA_MARKED(container))):
        return None
    for el in container.iter():
        if not isinstance(el.tag, str):
            continue
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in el:
            if isinstance(child.tag, str):
                # posts of one kind by their first class: the opening post may carry one
                # more (atl-item host-item, post first-post) than the replies after it
                kind = (child.get("class") or "").split()[:1]
                groups.setdefault((child.tag, kind[0] if kind else ""), []).append(child)
        for members in groups.values():
            if len(members) < _MIN_POSTS:
                continue
            for answers, marked in ((False, _floor), (True, _votes), (True, _answer_markup)):
                posts = [m for m in members if marked(m)]
                if len(posts) < _MIN_POSTS:
                    continue
                times = [_posted(p) for p in posts]
                # the opening post's time may stand in the thread's head above it (楼主：…
                # 时间：…), the replies' each in its own box
                if (all(times[1:]) or (answers and times[0])) and (times[0] or marked is _floor):
                    if answers:
                        return Thread(posts[0], tuple(posts[1:]), times[0], answers,
                                      _answerer(posts[0]))
                    return Thread(posts[0], tuple(posts[1:]), times[0], poster=_poster(posts[0]),
                                  signatures=_signatures(posts[0]),
                                  head_row=_head_row(posts[0]))
    return None
