"""The marks other tools write around a page's text, taken out before the rules read it: a
text-mode browser's dump (``lynx -dump``, ``w3m -dump``: ``[12]`` link numbers, the
``References`` list of their addresses, ``[IMG]`` marks, table borders), a markdown clipper's or
html2text's output (front matter, ``# 标题``, ``![](a.jpg)``, ``[文字](https://…)``, ``**粗体**``,
``> 引用``, rules), and Readability's textContent (paragraphs run together, each still opening on
its ``　　`` indent). What is left is the page as a browser's "save as text" prints it.

Only pages read as text go through (an HTML page's text comes from its elements), and each
pass reads the page as a whole first: link numbers go only on a page that lists their addresses,
markdown marks only on a page that writes markdown links, images, front matter or headings.
Front matter's title, publication date and publisher become metadata.

Hand-written: a markdown renderer (markdown-it) or a YAML parser would read a page that IS
markdown, but here the question is first whether a saved page was written by such a tool at
all (a news text's ``#话题#``, ``[1]`` or ``*`` must stay), the marks must go line by line with
each removal recorded where it was, and front matter is read leniently (Han keys, unquoted
values a YAML parser rejects).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from .document import Doc, Removal, shorten
from .layout import unwrapped_as_known
from .meta import parse_date
from .normalize import one_line_end
from .script import with_traditional

__all__ = ["MarkupMarks", "front_matter", "glued_paragraphs", "is_markdown", "labelled_header",
           "link_references", "markdown_marks"]

# --- front matter (YAML between two --- lines, as Obsidian, Joplin, Hugo and Jekyll write it)

_FENCE = re.compile(r"^---\s*$")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)\s*$")
# key: value, the key a YAML name (ASCII) or a few Han characters (标题: …)
_YAML_FIELD = re.compile(
    r"^\s*(?P<key>[A-Za-z_][\w-]{0,30}|[\u4e00-\u9fff]{1,6})\s*:(?:\s+(?P<value>.*?))?\s*$")
_YAML_ITEM = re.compile(r"^\s+(?:-\s+)?\S|^-\s+\S")
# a byte-order mark before the first line (normalize.text, which takes it out, runs after)
_BOM_AND_SPACE = "\ufeff \t\n\u3000\u00a0"
# zero-width characters and soft hyphens, which a copy may hold inside a mark
_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060-\u2064\u00ad\ufeff]")
_FRONT_MATTER_MAX = 60  # lines: a header, not a document
_TITLE_KEYS = frozenset({"title", "标题"})
# the article's own date; created/updated/clipped are the day it was saved
_DATE_KEYS = frozenset({"date", "published", "pubdate", "publish_date", "published_at",
                        "published_time", "发布时间", "发布日期", "日期"})
_SOURCE_KEYS = frozenset({"source", "publisher", "site", "site_name", "sitename", "来源", "出处"})
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//|^www\.", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The lines a front matter block spans and the metadata it names."""

    end: int  # index of its closing fence line
    title: str | None = None
    date: str | None = None
    source_name: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


def _yaml_value(value: str) -> str:
    """A scalar as written (quotes and an Obsidian wiki link's brackets off)."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return re.sub(r"^\[\[(.*?)\]\]$", r"\1", value.strip())


def _header(fields: dict[str, str], end: int) -> FrontMatter:
    """The metadata a header's fields name (keys read case- and space-blind)."""
    keyed = {k.lower().replace(" ", "_"): v for k, v in fields.items()}
    title = next((v for k, v in keyed.items() if k in _TITLE_KEYS and v), None)
    date = next((d for k, v in keyed.items() if k in _DATE_KEYS if (d := parse_date(v))), None)
    source = next((v for k, v in keyed.items() if k in _SOURCE_KEYS
                   and v and not _URL.match(v)), None)
    return FrontMatter(end=end, title=title, date=date, source_name=source, fields=fields)


# A reader service's header (Title: / URL Source: / Published Time: / Markdown Content:), the
# markdown it converted the page to under it
_LABEL_FIELD = re.compile(
    r"^(?P<key>Title|URL Source|URL|Published Time|Published|Date|Author|Description|"
    r"Site Name|Sitename|Source)\s*:\s*(?P<value>.*?)\s*$")
_LABEL_BODY = re.compile(r"^(?:Markdown Content|Content|Text)\s*:\s*$")


def labelled_header(lines: list[str]) -> FrontMatter | None:
    """The header a reader service (Jina-like ``Title:`` / ``URL Source:`` / ``Published
    Time:`` rows, closed by ``Markdown Content:``) writes over the page; None unless the page
    opens on its Title row with another field under it."""
    fields: dict[str, str] = {}
    end = -1
    for i, line in enumerate(lines[:_FRONT_MATTER_MAX]):
        line = line.strip(_BOM_AND_SPACE)
        if not line:
            continue
        if (m := _LABEL_FIELD.match(line)) and (fields or m["key"] == "Title"):
            fields[m["key"]] = m["value"]
            end = i
        elif fields and _LABEL_BODY.match(line):
            end = i
            break
        else:
            break
    return _header(fields, end) if len(fields) >= 2 else None


def front_matter(lines: list[str]) -> FrontMatter | None:
    """The front matter opening the page: a ``---`` line, ``key: value`` lines (list items and
    indented lines under a key allowed), and a closing ``---``; None when the page opens on
    anything else (a rule under a line of text, a dash row)."""
    start = next((i for i, ln in enumerate(lines) if ln.strip(_BOM_AND_SPACE)), None)
    if start is None or not _FENCE.match(lines[start].strip(_BOM_AND_SPACE)):
        return None
    fields: dict[str, str] = {}
    key = ""
    for i in range(start + 1, min(len(lines), start + _FRONT_MATTER_MAX)):
        line = lines[i].rstrip()
        if _FENCE_END.match(line.strip(_BOM_AND_SPACE)):
            if not fields:
                return None
            return _header(fields, i)
        if not line.strip():
            continue
        if m := _YAML_FIELD.match(line):
            key = m["key"]
            fields[key] = _yaml_value(m["value"] or "")
        elif key and _YAML_ITEM.match(line):
            item = _yaml_value(line.strip().removeprefix("- "))
            fields[key] = f"{fields[key]} {item}".strip() if fields[key] else item
        else:
            return None
    return None


# --- a text-mode browser's link numbers and the list of their addresses

# the heading lynx (References, Visible links, Hidden links) or w3m (References:) prints
_REFERENCE_HEADING = re.compile(r"^(?:References|Visible links|Hidden links)\s*:?$")
# one address of it: "  12. http://…" (lynx) or "[12] http://…" (w3m)
_REFERENCE_ENTRY = re.compile(
    r"^(?:(?P<dot>\d{1,4})\.|\[(?P<bracket>\d{1,4})\])\s+"
    r"(?:[a-z][a-z0-9+.-]*:\S*|www\.\S+)$", re.IGNORECASE)
_LINK_NUMBER = re.compile(r"\[(\d{1,4})\]")
# image marks: lynx's [IMG]/[INLINE]/[LINK]/[BUTTON], w3m's [image] or an image's short
# alt word, an image's file name in brackets
_IMAGE_MARK = re.compile(
    r"\[(?:IMG|INLINE|LINK|BUTTON|image|img|logo|icon|banner|qrcode|picture|photo)\]"
    r"|\[[\w.-]{1,60}\.(?:jpe?g|png|gif|webp|bmp)\]", re.IGNORECASE)
# a form a text browser drew: lynx's (BUTTON), a text field of underscores or of spaces in
# brackets (w3m), a check box or a radio button
_BUTTON = re.compile(r"\((?:BUTTON|RADIO|CHECKBOX|submit|reset)\)", re.IGNORECASE)
_FORM_CONTROL = re.compile(r"\(BUTTON\)|_{5,}|\[\s{3,}\]|\[[ xX*]\]|\([ *]\)")
_FORM_LINE_MAX = 40  # characters besides its controls: a search box's or login's row
_REFERENCE_HEADING_ANYWHERE = re.compile(
    r"^[^\S\n]*(?:References|Visible links|Hidden links)[^\S\n]*:?[^\S\n]*$", re.MULTILINE)
_REFERENCE_HEADINGS = ("References", "Visible links", "Hidden links")
_BOX_DRAWING = re.compile("[\u2500-\u257f]")
# the horizontal lines every drawn border holds (─ ━ ═), looked for before any pattern
_BORDER_CHARS = ("\u2500", "\u2501", "\u2550")
# a table a text browser drew: a border row, and the bars between its cells
_BORDER_ROW = re.compile(r"^[\u2500-\u257f\s]+$")
_CELL_BAR = re.compile(r"\s*[\u2502\u2503\u2551]\s*")


def link_references(lines: list[str]) -> tuple[int, set[int]] | None:
    """Where a text browser's list of link addresses starts at the page's end, and the
    numbers it lists; None without one (a heading followed by nothing but addresses)."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    numbers: set[int] = set()
    start = None
    for i in reversed(filled):
        line = lines[i].strip()
        if m := _REFERENCE_ENTRY.match(line):
            numbers.add(int(m["dot"] or m["bracket"]))
        elif _REFERENCE_HEADING.match(line):
            start = i
        else:
            break
    if start is None or not numbers:
        return None
    return start, numbers


# --- markdown

_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:\\.|[^()\s\\]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_LINK = re.compile(
    r"\[(?P<text>[^\]\n]*)\]\((?:\\.|[^()\s\\]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_REF_LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\[[^\]\n]*\]")
# a link's definition: its label (never a footnote's [^1]) and an address, not a note's text
_MD_TARGET = r"(?:<[^>\s]+>|(?:[a-z][a-z0-9+.-]*:|/|\.{0,2}/|www\.|#)[^\s\u3000-\u9fff]*)"
_MD_LINK_DEFINITION = re.compile(
    rf"^\s*\[[^\]\n^][^\]\n]*\]:\s+{_MD_TARGET}(?:\s+\"[^\"\n]*\")?$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+(?P<text>.*?)(?:\s+#+)?\s*$")
_MD_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_MD_RULE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")
_MD_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_MD_CELL_BAR = re.compile(r"(?<!\\)\|")
_MD_SETEXT = re.compile(r"^\s*=+\s*$")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
# emphasis with one mark: never a star between digits (3*4) or an underscore inside a word
# or an address (file_name, a_b_c)
_MD_EMPHASIS = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(?P<text>[^*\n]+?)(?<=[^\s*])\*(?![\w*])"
                          r"|(?<![\w\\])_(?=[^\s_])(?P<text2>[^_\n]+?)(?<=[^\s_])_(?!\w)")
# the HTML a converter leaves in markdown for what it has no mark for (an embedded player, a
# superscript, a line break); named tags only, never a bare < or > of the text (x<5)
_MD_HTML_TAG = re.compile(
    r"</?(?:br|span|sup|sub|u|ins|del|s|mark|font|div|p|iframe|video|audio|source|embed|img|"
    r"figure|figcaption|center|small|big|strong|em|b|i|a|section|article|table|tr|td|th|tbody|"
    r"thead)\b(?:\s[^<>\n]*)?/?>", re.IGNORECASE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_HAN = re.compile(r"[\u4e00-\u9fff]")


# the same marks read over a whole page at once (one scan, not one a line)
_MD_DEFINITION_ANYWHERE = re.compile(
    rf"^[^\S\n]*\[[^\]\n^][^\]\n]*\]:[ \t]+{_MD_TARGET}(?:[ \t]+\"[^\"\n]*\")?[ \t]*$",
    re.MULTILINE | re.IGNORECASE)
_MD_HEADING_ANYWHERE = re.compile(r"^[^\S\n]*#{1,6}\s+[^\n]*[\u4e00-\u9fff]", re.MULTILINE)
_MD_BLOCK_MARK_ANYWHERE = re.compile(
    r"^[^\S\n]*(?:>|([-*_])(?:[ \t]*\1){2,}[ \t]*$|\|?(?:[ \t]*:?-{3,}:?[ \t]*\|))",
    re.MULTILINE)


def is_markdown(lines: list[str]) -> bool:
    """Whether the page is written in markdown: a link or image in markdown's form, a link
    definition, or a heading line with another of its marks (bold, a quote, a rule, a
    table's rule row)."""
    return _markdown_text("\n".join(lines))


def _markdown_text(text: str) -> bool:
    """is_markdown on the page's text; each mark's character looked for before its pattern."""
    if "](" in text and (_MD_IMAGE.search(text) or _MD_LINK.search(text)):
        return True
    if "]:" in text and _MD_DEFINITION_ANYWHERE.search(text):
        return True
    return "#" in text and _MD_HEADING_ANYWHERE.search(text) is not None and (
        _MD_STRONG.search(text) is not None or _MD_BLOCK_MARK_ANYWHERE.search(text) is not None)


def _emphasis_text(m: re.Match[str]) -> str:
    text = m["text"] if m["text"] is not None else m["text2"]
    # italics on a Han phrase; an ASCII run between stars or underscores is left as written
    return text if _HAN.search(text) else m.group()


def markdown_marks(line: str, *, defined: bool = False) -> str:
    """``line`` with markdown's marks off: HTML tags left in it and images out, links to
    their text, heading and quote marks, bold and italics, backslash escapes. ``defined``:
    the page defines its links apart ([1]: https://…), so a [text][label] pair is a link
    (else a citation's [1][2])."""
    if m := _MD_TABLE_ROW.match(line):
        # a table's row: its cells, spaced as a browser's save prints them
        line = "  ".join(c.strip() for c in _MD_CELL_BAR.split(m["cells"]))
    if "<" in line:
        line = _MD_HTML_TAG.sub("", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(lambda m: m["text"], line)
    if defined:
        line = _MD_REF_LINK.sub(lambda m: m["text"], line)
    if m := _MD_HEADING.match(line):
        line = m["text"]
    line = _MD_QUOTE.sub("", line)
    line = _MD_STRONG.sub(lambda m: m["text"], line)
    line = _MD_EMPHASIS.sub(_emphasis_text, line)
    return _MD_ESCAPE.sub(r"\1", line)


# --- Readability's textContent: paragraphs run together, each on its indent

# two ideographic spaces (a paragraph's indent) inside a line, after some text
_INDENT_INSIDE = re.compile(r"(?<=\S)[ \t]*\u3000{2,}(?=\S)")
# the same, found in a page: the indent's mark first, what stands before it looked back at
# from there (a leading lookbehind would be tried at every character)
_INDENT_AFTER_TEXT = re.compile("\u3000\u3000(?:(?<=[^\\s\u3000]\u3000\u3000)"
                                "|(?<=[^\\s\u3000][ \\t]\u3000\u3000))")
_GLUED_MIN = 60  # characters: a paragraph's run, not a row of fields spaced by indents
_GLUED_PIECE = 15  # the shortest paragraph the indent may open


def _glued(line: str) -> bool:
    """Whether ``line`` may hold paragraphs run together: long, an indent inside it, and not
    a teaser cut off with an ellipsis (a related article's summary keeps its indents too)."""
    return (len(line) >= _GLUED_MIN and "\u3000\u3000" in line.strip("\u3000 ")
            and not line.rstrip().endswith(("...", "…")))


def glued_paragraphs(line: str) -> str:
    """A long line whose paragraphs run together (as Readability's textContent and some copy
    tools print them), broken where each paragraph's indent stands, the page's trail glued
    before the first (``_head_off``) and its foot after the last (``_tail_off``) set apart;
    a short row of fields spaced by ideographic spaces (来源：某某　　作者：某某) is left as one
    line. A long line with no indent in it has only its trail set apart."""
    if not _glued(line):
        if len(line) < _GLUED_MIN or _headed(line) is None:
            return line
        return "\n".join(_head_off(line))
    pieces = _INDENT_INSIDE.split(line)
    if len(pieces) < 2 or any(len(p.strip()) < _GLUED_PIECE for p in pieces[1:]):
        return line
    pieces[-1:] = _tail_off(pieces[-1])
    pieces[:1] = _head_off(pieces[0])
    return "\n".join(p.rstrip() for p in pieces)


# The page's trail run on before the first paragraph's first sentence, past a space
# (当前位置：首页 > 本地新闻 > 正文 10月20日，…): a location's label and its items, or items
# parted by a trail's marks (首页 > 要闻 > 正文, 首页 | 通知公告), none holding a clause's mark.
# (a traditional copy's 當前位置 too)
_TRAIL_LABEL = "(?:" + with_traditional(
    r"(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|现在位置|所在位置)") + ")[：:]"
_TRAIL_ITEM = r"[^\s，。！？!?；;,、：:>＞»›→|｜（）()“”《》]{1,12}"
_TRAIL_MARK = r"[ \t\u3000]*[>＞»›→|｜][ \t\u3000]*"
_GLUED_HEAD = re.compile(
    rf"^[ \t\u3000]*(?P<head>(?:{_TRAIL_LABEL}[ \t\u3000]*)?{_TRAIL_ITEM}"
    rf"(?:{_TRAIL_MARK}{_TRAIL_ITEM})+|{_TRAIL_LABEL}[ \t\u3000]*{_TRAIL_ITEM})"
    r"[ \t\u3000]+(?=[^\s>＞»›→|｜])")


def _headed(piece: str) -> re.Match[str] | None:
    """The trail glued before ``piece``'s first sentence, if it holds one: what follows the
    trail is a paragraph (``_GLUED_PIECE`` characters at least, a clause's mark in them)."""
    if not ("位置" in piece[:12] or any(c in piece[:80] for c in ">＞»›→|｜")):
        return None  # most lines: no trail's label or mark near their start
    m = _GLUED_HEAD.match(piece)
    if m is None:
        return None
    body = piece[m.end():]
    if len(body.strip()) < _GLUED_PIECE or _SENTENCE_MARK.search(body) is None:
        return None
    return m


_SENTENCE_MARK = re.compile(r"[，。！？!?；;]")


def _head_off(piece: str) -> list[str]:
    """The first paragraph of a run-together line and the page's trail glued before it,
    apart."""
    m = _headed(piece)
    if m is None:
        return [piece]
    return [m["head"], piece[m.end():]]


# The page's foot run on after the last paragraph's closing sentence, past a space (……温暖。
# 【相关链接】 某某 某某 版权所有：某某): no sentence's end in it, and a bracketed label opening
# it or two items or more parted by spaces.
_GLUED_TAIL = re.compile(r"(?<=[。！？!?”」』])[ \t\u3000]+(?P<tail>(?:[【\[]|\S+[ \t\u3000]+\S)"
                         r"[^。！？!?]*)$")


def _tail_off(piece: str) -> list[str]:
    """The last paragraph of a run-together line and the page's foot glued after it, apart."""
    m = _GLUED_TAIL.search(piece)
    if m is None or len(piece[:m.start()].strip()) < _GLUED_PIECE:
        return [piece]
    return [piece[:m.start()], m["tail"]]


# --- the cleaner


def _taken_out(line: str, kept: str) -> str:
    """What went from ``line`` to leave ``kept`` (a line emptied goes whole), its pieces
    spaced: the record names the marks, not the line they stood in."""
    if not kept.strip():
        return line.strip()
    ops = SequenceMatcher(None, line, kept, autojunk=False).get_opcodes()
    return " ".join(piece for tag, i, j, _, _ in ops if tag in ("delete", "replace")
                    if (piece := line[i:j].strip()))


# A heading under its anchor's mark (# 开户与缴费): a short phrase with Han in it, no
# sentence's end, no closing mark (a hashtag #话题# closes its own).
_ANCHOR_HEADING = re.compile(
    r"^\s*#{1,3} (?P<text>(?=[^#\n]*[\u4e00-\u9fff])[^#\n]{1,30}?(?<![。！？!?；;，,]))\s*$")
_ANCHORED_MIN = 2


class MarkupMarks:
    """Take out the marks a text-mode browser, a markdown clipper or html2text, or
    Readability wrote around a page saved as text (see module docstring); front matter's
    title, date and publisher become metadata."""

    name = "markup.marks"

    def __call__(self, doc: Doc, /) -> Doc:
        if doc.html is not None or not doc.text:
            return doc
        # A dump or a markdown file broken at a fixed width (lynx's 80 columns, html2text's 78)
        # is joined first, as normalize.text joins any page: measured with its marks in, as
        # the tool broke it, and a link broken over two lines read whole.
        printed = one_line_end(doc.text)
        raw = unwrapped_as_known(printed, doc.joined)
        # The marks are read on a copy without zero-width characters (one set inside a mark
        # would hide it); a line left as it was keeps them, for normalize.text to record.
        text = _ZERO_WIDTH.sub("", raw) if _ZERO_WIDTH.search(raw) else raw
        lines = text.split("\n")
        originals = raw.split("\n") if text is not raw else lines
        removed: list[Removal] = []
        meta: dict[str, str] = {}

        def went(rule: str, why: str, what: str, where: str) -> None:
            removed.append(Removal(self.name, rule, why, shorten(what), where))

        opening = text.lstrip(_BOM_AND_SPACE)[:6]
        header = (front_matter(lines) if opening[:3] == "---"
                  else labelled_header(lines) if opening == "Title:" else None)
        if header is not None:
            # a line a removal: a block's joined lines would be cut short in the record
            for i in range(header.end + 1):
                if originals[i].strip():
                    went("front_matter", "a clipper's front matter or a reader service's "
                         "header: its title, date and publisher read into meta, the rest is "
                         "the note's, not the article's", originals[i].strip(),
                         f"line {i + 1}")
            meta = {k: v for k, v in (("title", header.title), ("date", header.date),
                                      ("source_name", header.source_name)) if v}
            lines = [""] * (header.end + 1) + lines[header.end + 1:]
            originals = [""] * (header.end + 1) + originals[header.end + 1:]

        references = (link_references(lines) if any(h in text for h in _REFERENCE_HEADINGS)
                      and _REFERENCE_HEADING_ANYWHERE.search(text) else None)
        numbers: set[int] = set()
        if references is not None:
            start, numbers = references
            for i in range(start, len(lines)):
                if originals[i].strip():
                    went("link_references", "a text browser's list of the page's link "
                         "addresses", originals[i].strip(), f"line {i + 1}")
            lines, originals = lines[:start], originals[:start]

        markdown = header is not None or _markdown_text(
            text if references is None else "\n".join(lines))
        defined = markdown and "]:" in text and _MD_DEFINITION_ANYWHERE.search(text) is not None
        # a form's controls are read as a text browser's only on its dump
        dump = bool(numbers) or _BUTTON.search(text) is not None
        # Paragraphs run together are the article only when they are most of the page (a
        # reader's export); on a page of lines, a glued line is a teaser or a widget's.
        unglue = (("\u3000\u3000" in text and _INDENT_AFTER_TEXT.search(text) is not None)
                  or "位置" in text or any(c in text for c in ">＞»›→|｜")) and sum(
            len(ln.strip()) for ln in lines if _glued(ln) or (
                len(ln) >= _GLUED_MIN and _headed(ln) is not None)) * 2 >= sum(
            len(ln.strip()) for ln in lines)
        bordered = any(c in text for c in _BORDER_CHARS) and any(
            _BORDER_ROW.match(ln) and _BOX_DRAWING.search(ln) for ln in lines)
        # A docs site's headings saved as text with their anchor's mark before them (# 领取),
        # two or more on a page with no other markdown: the mark is the anchor link's, not
        # the heading's words.
        anchored = ({i for i, ln in enumerate(lines) if _ANCHOR_HEADING.match(ln)}
                    if not markdown and "# " in text else set())
        if len(anchored) < _ANCHORED_MIN:
            anchored = set()
        if not (header or numbers or markdown or dump or unglue or bordered or anchored
                or _IMAGE_MARK.search(text)):
            # most pages: no tool's mark, one scan of each clue (the join goes along on the
            # document: normalize.text, after this in the default chain, joins the same text
            # unless it takes something out first)
            return replace(doc, joined=(printed, raw))
        out: list[str] = []
        for i, line in enumerate(lines):
            new = line
            if numbers:
                new = _LINK_NUMBER.sub(lambda m: "" if int(m[1]) in numbers else m.group(), new)
            new = _IMAGE_MARK.sub("", new)
            if dump and _FORM_CONTROL.search(new) and len(
                    _FORM_CONTROL.sub("", new).strip()) <= _FORM_LINE_MAX:
                new = ""
            if bordered:
                if _BORDER_ROW.match(new) and _BOX_DRAWING.search(new):
                    new = ""
                else:
                    new = _CELL_BAR.sub("  ", new).strip()
            if markdown:
                if (_MD_RULE.match(new) or _MD_TABLE_RULE.match(new)
                        or _MD_LINK_DEFINITION.match(new) or _MD_SETEXT.match(new)):
                    new = ""
                else:
                    new = markdown_marks(new, defined=defined)
            if i in anchored and (m := _ANCHOR_HEADING.match(new)):
                new = m["text"]
            if unglue:
                new = glued_paragraphs(new)
            if new == line:
                new = originals[i]
            else:
                marks = _taken_out(originals[i], new)
                if marks:
                    went("tool_marks", "marks a saving tool wrote: link numbers, image marks, "
                         "table borders, markdown's links, images, headings and emphasis",
                         marks, f"line {i + 1}")
                # an emptied line stays empty: an image's or a rule's line keeps its gap
                new = "" if not new.strip() else new
            out.append(new)
        # lines blanked, not dropped: the rules after count lines as the file does
        new_text = "\n".join(out)
        if new_text == raw and not meta:
            # (a page only joined back: normalize.text joins it the same)
            return replace(doc, joined=(printed, raw))
        doc = doc.evolve(text=new_text, removed=removed)
        return doc.with_meta(**meta) if meta else doc
