"""Comment lists and recommendation feeds found by their shape, not their class names.

Many sites' build tools hash every class (``class="_3xK9a"``), so ``comment`` or ``tuijian``
cannot be read. The shape remains: a comment list is a run of sibling blocks, each a user's
short text with a time (刚刚, 3小时前, 昨天 22:17) and buttons (回复, 举报, 赞); a feed is a
run of sibling blocks, each a link to another piece with its date. The article is never
such a run: its paragraphs carry no time stamp and no reply button each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from ..script import compile_either

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

# The part of the day a blog prints before the hour (2024年2月7日 上午9:02).
_HALF_DAY = "(?:上午|下午|中午|晚上|凌晨|早上)"
# A leaf that is a time stamp and nothing else: relative (刚刚, 3小时前, 昨天 22:17) or
# absolute (2026-03-01, 2026-03-01 12:00, 03-01 12:00, 12:00).
_STAMP = compile_either(
    r"^(?:发布于|发表于)?\s*(?:刚刚|\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|月|年)前|"
    r"(?:今天|昨天|前天)\s*(?:\d{1,2}:\d{2})?|"
    r"(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    rf"(?:(?:\s+|\s*{_HALF_DAY}\s*)\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|"
    rf"(?:{_HALF_DAY}\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?)"
    # the commenter's place printed after the time (3小时前 · 广东, 03-01 12:00 IP属地：北京)
    r"(?:\s*[·⋅•|]?\s*(?:IP属地\s*[:：]?\s*)?[\u4e00-\u9fff]{2,3})?$"
    r"|^IP属地\s*[:：]?\s*[\u4e00-\u9fff]{2,6}$"
)
# A feed item's count in place of its date (1.2万阅读, 358评论, 26次播放).
_COUNT = compile_either(
    r"^\d+(?:\.\d+)?\s*[万千wWkK]?\+?\s*(?:次)?(?:阅读|浏览|评论|播放|观看|点击|人看过)(?:量)?$")
# A leaf that is a button under a comment: reply, report, like (with its count).
_ACTION = compile_either(
    r"^(?:[·⋅•]\s*)?(?:回复|举报|赞|点赞|踩|顶|查看回复|\d+\s*条回复)\s*[(（]?\d*[)）]?$")
# A comment box's heading, alone in its block (评论（23）, 网友评论, 全部留言 12): the blocks
# after it that each print a time but no button are its comments all the same.
_COMMENT_HEADING = compile_either(
    r"^(?:网友|读者|用户|全部|热门|最新|精彩)?(?:评论|留言|跟帖|跟贴)\s*[(（]?\s*\d*\s*[)）]?$")
_COMMENT_LIMIT = 1000  # characters: a comment with its name and buttons, not an article
_FEED_LIMIT = 300  # a headline, a one-line summary, a source and a date
_HEADLINE_MIN = 6
_PROSE_MIN = 20  # a paragraph of the article around a list, not a caption
_CLAUSE_MARK = compile_either("[，。；]")
_TEASER_HEADLINE = 10  # a linked headline with no date beside it: longer than a term


def _leaves(el: HtmlElement) -> Iterator[str]:
    """The element's text pieces, each stripped, in the order a reader sees them: element
    texts, the tails of its descendants (each after what the descendant holds: the summary
    after a headline linked inside an <h3>), and the title of an icon with no text."""
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        if event == "start":
            text = (node.text or "").strip()
            if text:
                yield text
            elif node is not el and len(node) == 0 and node.get("title"):
                yield node.get("title", "").strip()
        elif node is not el:
            tail = (node.tail or "").strip()
            if tail:
                yield tail


def _kind(el: HtmlElement) -> str | None:
    """'comment' or 'feed' when the block has the shape of one item of such a run."""
    leaves: list[str] = []
    size = 0
    for leaf in _leaves(el):
        leaves.append(leaf)
        size += len(leaf)
        if size > _COMMENT_LIMIT:
            return None
    if not leaves:
        return None
    stamp = any(_STAMP.match(leaf) for leaf in leaves)
    if stamp and any(_ACTION.match(leaf) for leaf in leaves):
        return "comment"
    if not stamp and not any(_COUNT.match(leaf) for leaf in leaves):
        return "teaser" if size <= _FEED_LIMIT and _teaser(el, leaves) else None
    if stamp and el.find(".//a[@href]") is None:
        # a time but no button and no link: a comment only under a comment box's heading
        return "stamped"
    if size <= _FEED_LIMIT and el.find(".//a[@href]") is not None:
        first = next((leaf for leaf in leaves
                      if not _STAMP.match(leaf) and not _COUNT.match(leaf)), "")  # the headline
        # The headline is a link, or a thumbnail goes with it: a timeline's dated lines in
        # the article (<li><span>3月1日</span>某某会议召开，<a>详情</a></li>) are neither.
        linked = any((a.text_content() or "").strip() == first for a in el.iter("a"))
        if len(first) >= _HEADLINE_MIN and (linked or el.find(".//img") is not None):
            return "feed"
    return None


def _teaser(el: HtmlElement, leaves: list[str]) -> bool:
    """A linked headline opening the block, then its summary: one item of a related list with
    no dates. A link term opening a glossary's line is shorter than a headline."""
    if len(leaves) < 2 or len(leaves[0]) < _TEASER_HEADLINE:
        return False
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if (a.text_content() or "").strip() == leaves[0]:
            return bool(href) and not href.startswith(("#", "javascript"))
    return False


def feed_items(root: HtmlElement) -> dict[HtmlElement, tuple[str, str]]:
    """Blocks of comment lists and recommendation feeds, with the rule and why: two or more
    sibling comments, or three or more sibling feed items, of the same tag."""
    found: dict[HtmlElement, tuple[str, str]] = {}
    for parent in root.iter():
        if not isinstance(parent.tag, str) or len(parent) < 2:
            continue
        if parent in found or any(up in found for up in parent.iterancestors()):
            continue  # the replies inside a comment found go with it
        by_tag: dict[str, list[tuple[HtmlElement, str]]] = {}
        for child in parent:
            if not isinstance(child.tag, str) or child in found:
                continue
            kind = _kind(child)
            if kind is not None:
                by_tag.setdefault(f"{child.tag}/{kind}", []).append((child, kind))
        for items in by_tag.values():
            kind = items[0][1]
            if kind == "comment" and len(items) >= 2:
                rule = "comment_list"
                why = "a run of blocks each a user's text with a time and reply buttons"
            elif kind == "feed" and len(items) >= 3:
                rule = "feed_list"
                why = "a run of blocks each a link to another piece with its date"
            elif kind == "stamped" and len(items) >= 2 and _under_comment_heading(items[0][0]):
                rule = "comment_list"
                why = "a run of blocks each a user's text with a time, under a comment heading"
            elif kind == "teaser" and len(items) >= 4:
                rule = "feed_list"
                why = "a run of blocks each a linked headline with its summary"
            else:
                continue
            blocks = [el for el, _ in items]
            if rule == "feed_list" and _amid_prose(blocks[0], blocks[-1]):
                continue  # a list the article's own sentences introduce and go on after
            if rule == "comment_list":
                # a comment too long with the replies printed under it is one all the same
                tag = blocks[0].tag
                blocks += [c for c in parent if c.tag == tag and c not in blocks
                           and _comment_with_replies(c)]
            if _only_items(parent, blocks):
                found[parent] = (rule, why)  # the list whole, so its heading goes with it
            else:
                found.update((el, (rule, why)) for el in blocks)
    return found


def _under_comment_heading(first: HtmlElement) -> bool:
    """Whether the block right before the run's first is a comment box's heading (评论（23）):
    a live report's or a timeline's timed entries have none."""
    before = first.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and bool(
        _COMMENT_HEADING.match(" ".join((before.text_content() or "").split())))


def _amid_prose(first: HtmlElement, last: HtmlElement) -> bool:
    """Whether the run stands between paragraphs of prose, before and after it, at its own
    level or its list's: the article's list of documents, dates or winners, which its text
    introduces and goes on after. A feed follows the article; it is not followed by more."""
    if first.getparent() is not None and _only_items_run(first, last):
        first = last = first.getparent()
    return (any(_prose(el) for el in first.itersiblings(preceding=True))
            and any(_prose(el) for el in last.itersiblings()))


def _only_items_run(first: HtmlElement, last: HtmlElement) -> bool:
    """Whether the run's first and last blocks open and close their parent."""
    parent = first.getparent()
    children = [c for c in parent if isinstance(c.tag, str)] if parent is not None else []
    return bool(children) and children[0] is first and children[-1] is last


def _sentence(text: str) -> bool:
    """A piece of prose: long enough, with a comma, a semicolon or a full stop."""
    return len(text) >= _PROSE_MIN and _CLAUSE_MARK.search(text) is not None


def _prose(el: HtmlElement) -> bool:
    """A paragraph of sentences with few links."""
    if not isinstance(el.tag, str):
        return False
    text = (el.text_content() or "").strip()
    linked = sum(len((a.text_content() or "").strip()) for a in el.iter("a"))
    return _sentence(text) and linked < len(text) / 2


def prose_outside(root: HtmlElement, runs: dict[HtmlElement, tuple[str, str]]) -> bool:
    """Whether the page prints a sentence (a piece of 20 or more characters with a comma or a
    full stop) outside the runs found, its head and its scripts."""
    unread: set[HtmlElement] = set()
    for el in [*runs, *root.iter("head", "script", "style", "noscript")]:
        unread.update(el.iter())
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        pieces = [el.text if el not in unread else None,
                  el.tail if parent is not None and parent not in unread else None]
        if any(_sentence((piece or "").strip()) for piece in pieces):
            return True
    return False


def _comment_with_replies(el: HtmlElement) -> bool:
    """A comment's shape once the replies under it (comments themselves) are set aside: an
    article beside the comments holds its paragraphs, not replies, and stays too long."""
    leaves: list[str] = []
    stack = [el]
    while stack:
        node = stack.pop()
        text = (node.text or "").strip() or (node.get("title", "").strip() if len(node) == 0
                                              else "")
        if text:
            leaves.append(text)
        for child in reversed(node):
            tail = (child.tail or "").strip()
            if tail:
                leaves.append(tail)
            if isinstance(child.tag, str) and _kind(child) != "comment":
                stack.append(child)
    return (sum(map(len, leaves)) <= _COMMENT_LIMIT
            and any(_STAMP.match(leaf) for leaf in leaves)
            and any(_ACTION.match(leaf) for leaf in leaves))


def _only_items(parent: HtmlElement, items: list[HtmlElement]) -> bool:
    """Whether the parent holds the items and nothing else to read."""
    if (parent.text or "").strip() or parent.tag in ("body", "html"):
        return False
    children = [c for c in parent if isinstance(c.tag, str)]
    return len(children) == len(items) and not any((c.tail or "").strip() for c in children)
