"""extract.main_text: doc.html -> doc.text (one paragraph a line) plus title/date/source metadata.

Locates the article container, then reads it with trafilatura or our own block walker.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from lxml import html

from ..chrome.blocks import echoed_below
from ..document import Doc, Removal, shorten
from ..meta import chronicle_lines, closing_signature
from ..script import compile_either, script_of
from .dom import (
    BLOCK_TAGS,
    ENTRY_TIME,
    classid,
    find_main,
    held_nodes,
    layout_table,
    parse_html,
    subtree_stats,
)
from .metadata import (
    labelled_elsewhere,
    mirror_named,
    page_meta,
    revision_date,
    site_publisher,
)
from .text import block_lines, captions_are_text, is_caption

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from collections.abc import Set as AbstractSet

    from lxml.html import HtmlElement

__all__ = ["ENGINES", "MainTextExtractor"]

NAME = "extract.main_text"
ENGINES = ("auto", "trafilatura", "blocks")

# Lines at the top of the article container that restate page furniture.
_META_LINE = compile_either(
    r"(?:发布|发表|更新|录入)?(?:时间|日期)\s*[:：]|(?<![“「‘\"])来源\s*[:：]|作者\s*[:：]|"
    r"浏览(?:次数|量)?\s*[:：]|"
    # the font-size switch (字号：大 中 小, 【字号 大 中 小】): its sizes are buttons, never the
    # head of a word (老字号小吃, 字号大中小企业 are prose)
    r"点击(?:数|量|率)?\s*[:：]|字号\s*[:：]\s*[大中小]|字号\s*[大中小](?![\u4e00-\u9fff])|"
    r"字号\s*大\s*中\s*小(?![\u4e00-\u9fff])|【\s*字体|阅读(?:数|量)?\s*[:：]|"
    # the time a reader needs (阅读时长约 6 分钟, 预计阅读 5 分钟): a header's furniture
    r"(?:阅读时长|阅读时间|预计阅读|阅读需要?)\s*[:：]?\s*(?:约|大约)?\s*\d+\s*分钟"
)
# The date alone, maybe in brackets (a blog's (2024-02-15 21:36:08) beside its headline).
_DATE_ONLY = compile_either(
    r"^\s*[(（\[【]?\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{1,2}(?:\s*[:：]\s*\d{1,2})?)?\s*[)）\]】]?\s*$"
)
# A menu's button under the headline, its arrow marking a drop-down (转载▼, 更多▾).
_DROPDOWN = compile_either(r"^[^\s，。]{1,6}\s*[▼▾▽]$")
# A field of the text's own (a notice's 报到时间：9月1日8:00至17:00。): a time or date label
# other than the page's (发布/发表/更新/录入时间), at the line's start, and a value that ends
# as a sentence. A header's row names no such event and ends in no full stop.
_TEXT_FIELD = compile_either(
    r"^[\u4e00-\u9fff]{1,4}(?<!发布)(?<!发表)(?<!更新)(?<!录入)(?:时间|日期)\s*[:：]"
    r"(?!.*(?:来源|作者))[^：]*。$"
)
# A field of the text naming when its event happens (开庭时间：2024年7月1日上午9时, 报名时间：…): a
# label whose head is the event, not the page's publishing. Under a sentence of the body it is a
# row of the notice (a list of hearings, of sessions), never the page's date line.
_EVENT_TIME_FIELD = compile_either(
    r"^[\u4e00-\u9fff]{2,4}(?<!发布)(?<!发表)(?<!更新)(?<!录入)(?<!成文)(?<!印发)(?<!生成)"
    r"(?<!修改)(?<!上传)(?<!编辑)(?<!信息)(?<!文章)(?<!新闻)(?:时间|日期)\s*[:：]"
    r"(?!.*(?:来源|作者|点击|浏览|阅读|编辑))"
)
_BREADCRUMB = compile_either(
    r"^(?:您?(?:当前|现在)?(?:的|所在)?(?:位置|所在位置)\s*[:：]|首页\s*[>＞»/])"
)
_SHARE = compile_either(r"^(?:分享到|分享至|打印|关闭窗口|【\s*(?:打印|关闭|收藏))")
# A sentence of the text (it ends on a full stop) is no share bar, whatever it opens with
# (分享到朋友圈后，这条视频……。, 打印机、复印机等办公设备已全部更新。).
_ENDS_A_SENTENCE = compile_either(r"[。！？]$")


class MainTextExtractor:
    """Keep the article body of doc.html as doc.text, one paragraph a line; lift metadata.

    Everything outside the article container goes as one ``outside_main_content`` Removal with
    a count; e.g. a page's menu, sidebar and footer. A page with no prose is dropped
    (``no_main_text``). doc.html is kept (the archive of record), so explain tools can re-run.
    """

    name = NAME

    def __init__(
        self,
        *,
        engine: str = "auto",
        min_chars: int = 20,
        find_date: bool = True,
        trafilatura_options: dict[str, Any] | None = None,
    ) -> None:
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
        if min_chars < 0:
            raise ValueError("min_chars must be >= 0")
        self.engine = engine
        self.min_chars = min_chars
        self.find_date = find_date
        self.trafilatura_options = dict(trafilatura_options or {})
        self._config: Any = None  # built lazily: a fresh trafilatura config per cleaner

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_config"] = None  # ConfigParser objects are rebuilt in the worker
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __call__(self, doc: Doc, /) -> Doc:
        if doc.html is None:
            return doc
        root = parse_html(doc.html)
        if root is None:
            return doc.drop(NAME, "no_main_text", "the page has no parsable HTML")
        _held = held_nodes(root)  # built once for every walk below (see held_nodes)
        body = root.find("body")
        stats = subtree_stats(body if body is not None else root)
        main = find_main(root, stats, readings_as_labels=True)
        page_lines = block_lines(body) if body is not None else []
        lines: list[str] = []
        if main is not None:
            lines = self._read(main, stats[main].mass, doc.url)
        if _chars(lines) < self.min_chars:
            # No container, or a container with too little text: let trafilatura judge the page.
            lines = self._trafilatura(root, doc.url) or lines
        meta = page_meta(
            root,
            _head_lines(page_lines, lines),
            find_date=self.find_date,
            near=_near_start(page_lines, lines),
            ends=lines[:4] + lines[-4:],
            after=_tail_lines(page_lines, lines),
            url=doc.url or None,
        )
        lines, removed = _trim(lines, meta.title, meta.authors)
        answers = any(r.rule == "other_answer" for r in doc.removals)
        # an answer's or a column post's stamp under its text (编辑于 … · IP 属地…)
        lines, stamps = _answer_stamps(lines)
        removed.extend(stamps)
        lines = (_subtitles(root, page_lines, lines, meta.title)
                 + _summary_box(page_lines, lines)
                 + _event_box(page_lines, lines, meta.title)
                 + (_question(page_lines, lines, meta.title) if answers else []) + lines)
        if _chars(lines) < self.min_chars:
            return doc.drop(
                NAME,
                "no_main_text",
                f"{_chars(lines)} characters of article text, fewer than {self.min_chars}",
            )
        text = "\n".join(lines)
        outside = max(0, _chars(page_lines) - _chars(lines))
        kept = set(lines)
        removed.insert(
            0,
            Removal(
                NAME,
                "outside_main_content",
                f"{outside} characters of page text outside the article container",
                # what the page printed outside the article, not its first lines (which on
                # many pages are the headline and the article itself)
                shorten(" ".join([ln for ln in page_lines if ln not in kept][:6])),
                _path(main),
            ),
        )
        doc = doc.evolve(text=text, removed=removed)
        known = doc.meta.source_name
        if (meta.source_labelled and meta.source_name and known and known != meta.source_name
                and meta.source_name not in doc.meta.authors
                and not labelled_elsewhere(known, _page_texts(root, doc.removals))):
            # An earlier reader took the name printed beside the date (a portal's account);
            # a 来源：label at the article's head or end names the original publisher. Not a
            # name that reader took for the author: the row lost its account's name to the
            # pruning (原创 某某 <a class=…link>某某号</a>), and the author's stood alone in it.
            doc = doc.evolve(meta=replace(doc.meta, source_name=None))
        if mirror_named(doc.meta.source_name):
            doc = doc.evolve(meta=replace(doc.meta, source_name=None))
        date = meta.date
        if date is None and doc.meta.date is None:
            # no date on the page but its revision stamp (a wiki's 此页面最后编辑于…, a docs
            # page's 最后更新: …), in its lines or opening a block pruned as chrome (a footer)
            date = revision_date([*page_lines, *(r.text[:_STAMP_AT] for r in doc.removals
                                                 if r.cleaner == "html.prune")])
        source = meta.source_name
        if source is None and doc.meta.source_name is None:
            # no row of the page named its publisher: the site's name its head states, the
            # last resort
            source = site_publisher(root, _page_texts(root, doc.removals))
        return doc.with_meta(
            title=meta.title,
            date=date,
            source_name=None if mirror_named(source) else source,
            authors=meta.authors,
            canonical_url=meta.canonical_url,
            script=script_of(text),
        )

    # -- engines ---------------------------------------------------------------------------
    def _read(self, main: HtmlElement, mass: float, url: str) -> list[str]:
        # A photo set's captions are its text: read, not skipped (captions_are_text).
        keep_captions = captions_are_text(main)
        part = copy.deepcopy(main)
        _times_apart(part)
        own = block_lines(part, keep_captions=keep_captions)
        if self.engine == "blocks":
            return own
        wrapper = html.Element("html")
        body = html.Element("body")
        wrapper.append(body)
        # trafilatura keeps captions as text; the walker skips them, so take them out first.
        for el in [
            e
            for e in part.iter()
            if isinstance(e.tag, str) and e is not part and not keep_captions
            and (e.tag == "figcaption" or is_caption(e))
        ]:
            if el.getparent() is not None:
                el.drop_tree()
        # A link with neither text nor content (a Word paste's bookmark, <a name="_Toc1"></a>)
        # shows nothing; trafilatura took a short paragraph ending in one for a link and
        # dropped it (a notice's salutation).
        for a in [a for a in part.iter("a") if a is not part and not len(a)
                  and not (a.text or "").strip()]:
            a.drop_tree()
        _unwrap_layout_tables(part)
        _div_paragraphs(part, _rows_as_paragraphs(part))
        _br_paragraphs(part)
        heads = {_flat(h.text_content()) for h in part.iter(*_HEADINGS) if not _linked(h)}
        # So are the items of a list whose words are its own (no links): trafilatura's
        # fallback drops an <li> that wraps its text in a <section> (WeChat's editors).
        heads |= {_flat(li.text_content()) for lst in part.iter("ol", "ul") if not _linked(lst)
                  for li in lst.iter("li")}
        # And a subheading set in bold in a <div> of its own between <p>s (<div><strong>…
        # </strong></div>): the fallback reads only the <p>s and skipped it.
        heads |= {flat for b in part.iter("strong", "b") if (flat := _bold_block(b))}
        # And an entry's time over its words in a live blog's list (<li><div>07:30</div>
        # <div>发令枪响！…</div></li>): no sentence, so the fallback dropped it.
        times = _entry_times(part)
        heads |= times
        # And a Q&A turn's label alone on its line (an icon's 答 before the answer's block,
        # <i class="ico-a">答</i><div><p>…</p></div>): the fallback read only the answer.
        heads |= {flat for ln in own if _TURN_LABEL.fullmatch(flat := _flat(ln))}
        body.append(part)
        traf = _restore_headings(_own_order(
            _join_broken(_split_glued(self._trafilatura(wrapper, url), own, times), own), own),
            own, heads)
        traf = _restore_lead(traf, own)
        if self.engine == "trafilatura":
            return traf
        # trafilatura drops what it takes for boilerplate, sometimes whole runs of real
        # paragraphs in old table layouts; our walker reads the container as it is.
        if _chars(traf) >= 0.85 * min(mass, _chars(own)):
            return traf
        return own

    def _trafilatura(self, tree: HtmlElement, url: str) -> list[str]:
        import trafilatura
        from trafilatura.settings import use_config

        if self._config is None:
            self._config = use_config()
            # No per-page timeout inside the library: the runner owns timeouts.
            self._config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
        options: dict[str, Any] = {
            "include_comments": False,
            "include_tables": True,
            "include_images": False,
            "include_links": False,
            "include_formatting": False,
            "fast": True,
        }
        options.update(self.trafilatura_options)
        shown = copy.deepcopy(tree)
        _unmark_shown(shown)
        try:
            out = trafilatura.extract(
                shown,
                url=url or None,
                config=self._config,
                deduplicate=False,
                output_format="txt",
                **options,
            )
        except (ValueError, TypeError, RecursionError):
            return []
        if not out:
            return []
        # strip first: a nested list's items come indented ("  - 出发前检查车况"), and with
        # their bullet left on, our walker's copy of the item was added beside them
        lines = [re.sub(r"^[-|]\s+|\s*\|\s*$", "", ln.strip()).strip() for ln in out.split("\n")]
        return [ln for ln in lines if ln and not re.fullmatch(r"[|\s-]+", ln)]


# trafilatura drops a block whose style names "hidden" anywhere (overflow:hidden, a clearfix)
# or display:none, and one marked aria-hidden; html.prune, the one hidden-element mechanism,
# has already taken out every block a reader does not see, so what is left is shown.
_TRAFILATURA_HIDES = compile_either(r"hidden|display\s*:\s*none", re.IGNORECASE)


def _unmark_shown(part: HtmlElement) -> None:
    """Take the marks trafilatura reads as hidden off the blocks html.prune kept as shown."""
    for el in part.iter():
        if not isinstance(el.tag, str):
            continue
        if _TRAFILATURA_HIDES.search(el.get("style") or ""):
            del el.attrib["style"]
        if el.get("aria-hidden") is not None:
            del el.attrib["aria-hidden"]


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TABLE_PIECES = ("tbody", "thead", "tfoot", "tr", "td", "th")


def _unwrap_layout_tables(part: HtmlElement) -> None:
    """Tables that lay the page out (old government sites: the article's paragraphs are <p>
    elements inside a cell) become plain blocks, so trafilatura reads their paragraphs as
    paragraphs: it prints a table cell as one line. A table none of whose cells holds a block
    element is data, and stays a table."""
    rename: list[HtmlElement] = []
    for table in part.iter("table"):
        if layout_table(table):
            _field_rows_as_lines(table)
            rename.append(table)
            rename += [el for el in table.iter(*_TABLE_PIECES) if _owner(el) is table]
    if part.tag in _TABLE_PIECES:
        # the container is itself a cell or row of a table outside it
        rename += [part, *(el for el in part.iter(*_TABLE_PIECES) if _owner(el) is None)]
    for el in rename:
        el.tag = "div"


# what breaks a <div>'s text into lines: a block of its own, a line break, a table's cell
_DIV_BREAKS = BLOCK_TAGS | {"br", "table", "tr", "td", "th", "li", "ul", "ol", "p"}


def _div_paragraphs(part: HtmlElement, tabled: Sequence[HtmlElement] = ()) -> None:
    """<div>s written as paragraphs (text run through inline elements, no block or line break
    inside: 决定自<span>3</span>月<span>15</span>日起…, a Word page's MsoNormal <div>s) become
    <p>s, and so do the bare-text <div>s beside them: trafilatura printed each inline piece of
    a <div> on a line of its own, and the short ones (3, 15, a 文号's 58) were lost. A <div>
    whose text is one piece it reads whole, so a page with no such <div> is read as before.
    ``tabled``: the blocks holding a data table whose rows became <p>s (``_rows_as_paragraphs``);
    their bare-text <div>s are paragraphs too when one of them is a sentence: beside the rows
    trafilatura read, it dropped them (a 村务公开 page's lead, its notes and its contact line
    in <div>s around its sums)."""
    # (a block whose only bare-text <div> beside the rows is a short label or a trail of
    # links, 当前位置：首页 > 工单公开, holds no paragraph: its <div>s stay as they are)
    parents = [block for block in tabled if any(
        _leaf_text_div(div) and len(text := div.text_content().strip()) >= _PARAGRAPH_MIN
        and _PROSE_MARK.search(text) for div in block.iterchildren("div"))]
    for div in [d for d in part.iter("div") if d is not part]:
        # two pieces of text outside links: a row of links (打印 返回) is no paragraph; and
        # a sentence's marks: a counter (已输入<span>0</span>字) or a footer's row is none
        if (_leaf_text_div(div) and len(div.xpath(_UNLINKED_TEXT)) > 1
                and _PROSE_MARK.search(div.text_content())):
            div.tag = "p"
            parents.append(div.getparent())

    beside_rows = frozenset(tabled)
    for parent in dict.fromkeys(p for p in parents if p is not None):
        for div in parent.iterchildren("div"):
            # beside a table's rows, a <div> of <br>-parted lines too (a notice's signature:
            # 某某村民委员会<br>2024年5月6日): trafilatura keeps a <p>'s line breaks
            if _leaf_text_div(div) or (parent in beside_rows
                                       and _leaf_text_div(div, _DIV_BREAKS - {"br"})):
                div.tag = "p"


_UNLINKED_TEXT = ".//text()[normalize-space()][not(ancestor::a)]"
_PARAGRAPH_MIN = 20  # characters of a <div> beside a table's rows that is a paragraph


def _leaf_text_div(div: HtmlElement, breaks: frozenset[str] = _DIV_BREAKS) -> bool:
    """A <div> holding text and only inline elements (none of ``breaks``)."""
    return bool(div.text_content().strip()) and not any(
        isinstance(el.tag, str) and el.tag in breaks for el in div.iterdescendants())


# the blocks whose <br>-parted lines may be paragraphs: not a <p> (its lines are one
# paragraph's, trafilatura reads them so), a heading or a <pre>
_BR_BOXES = ("div", "td", "th", "section", "article", "main", "body", "center", "blockquote",
             "font", "form", "li", "dd")


def _line_pieces(lead: str | None, members: list[HtmlElement]) -> list[str]:
    """The pieces of text outside links in a line: its leading text and its elements'."""
    pieces = [lead or ""]
    for m in members:
        if isinstance(m.tag, str):
            pieces += [str(t) for t in m.xpath(_UNLINKED_TEXT)]
            pieces.append(m.tail or "")
    return [t.strip() for t in pieces if t.strip()]


# a piece trafilatura dropped when it printed it alone: a figure or a word in a span of its
# own (3, 15, 2025, 58), not a stop after an underlined phrase
_SHORT_PIECE = re.compile(r"(?=.*\w).{1,4}")


def _br_paragraphs(part: HtmlElement) -> None:
    """<br>-parted paragraphs (段落<br><br>段落, an old site's body in one cell), one of whose
    lines runs through inline elements with a short piece among them (决定自<span>3</span>月…,
    a Word page's figures), are wrapped in a <p> each: trafilatura printed each inline piece
    on a line of its own and dropped the short ones, as in a <div> paragraph
    (``_div_paragraphs``). Lines it reads whole (one piece, or long pieces) stay as they are."""
    for box in [b for b in part.iter(*_BR_BOXES) if b.find("br") is not None
                and next(b.iterancestors("p"), None) is None]:
        lines: list[tuple[HtmlElement | None, list[HtmlElement]]] = [(None, [])]
        for child in box:
            if isinstance(child.tag, str) and child.tag in _DIV_BREAKS:
                lines.append((child, []))
            else:
                lines[-1][1].append(child)
        texts = [_line_pieces(box.text if after is None else after.tail, members)
                 for after, members in lines]
        # a line standing after a block with words, as its tail (a table's or a code block's,
        # then the paragraph up to its <br>): trafilatura drops the tail of a block it printed.
        # An empty spacer block (<div class="gap"></div>) between lines is no such.
        after_block = any(after is not None and after.tag != "br" and any(t.strip() for t in pieces)
                          and after.text_content().strip()
                          for (after, _), pieces in zip(lines, texts, strict=True))
        if not after_block and not any(
                len(t) > 1 and any(_SHORT_PIECE.fullmatch(x) for x in t) for t in texts):
            continue
        counts = [len(t) for t in texts]
        # and the lines beside it: trafilatura drops a bare line among <p>s
        for (after, members), pieces in zip(lines, counts, strict=True):
            lead = box.text if after is None else after.tail
            if not pieces:
                continue
            p = html.Element("p")
            p.text = lead
            if after is None:
                box.text = None
            else:
                after.tail = None
            box.insert(0 if after is None else box.index(after) + 1, p)
            for m in members:
                p.append(m)


# what lays a cell's text out in lines: a block element (the cells dom.layout_table looks for)
# or a line break
_ROW_BREAKS = frozenset({"p", "div", "table", "ul", "ol", *_HEADINGS, "blockquote", "pre",
                         "section", "article", "br"})


def _field_rows_as_lines(table: HtmlElement) -> None:
    """A layout table's rows of short fields (来信人： | 王** | 来信时间： | 2024-05-13) as one
    line each, a label beside its value: unwrapped cell by cell, every label and every value
    would stand on a line of its own. A row with a block or a <br> in a cell is laid out."""
    for tr in [tr for tr in table.iter("tr") if _owner(tr) is table]:
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(cells) < 2 or any(isinstance(el.tag, str) and el.tag in _ROW_BREAKS
                                 for c in cells for el in c.iter()):
            continue
        texts = [t for c in cells if (t := " ".join(c.text_content().split()))]
        if (letter := _labelled_prose(cells, _CONTENT_LABEL)) is not None:
            texts = [letter[1]]  # 来信内容： | 您好！我是…: the letter, not its label
        tr.clear()
        tr.tag = "p"
        tr.text = " ".join(texts)


_CONTENT_LABEL = compile_either(r"[\u4e00-\u9fff]{2,6}\s*[:：]")
_PROSE_VALUE = 30  # characters of a cell's value that is text to read, not a field's value


def _prose_value(text: str) -> bool:
    return len(text) >= _PROSE_VALUE and _PROSE_MARK.search(text) is not None


def _rows_as_paragraphs(part: HtmlElement) -> list[HtmlElement]:
    """A data table's rows as paragraphs, cells joined by a space (道路改造 1200): trafilatura
    prints each cell on a line of its own, and a number alone on a line reads as a counter
    (and goes). Its <caption>, the table's title, becomes a paragraph above the rows. A table
    whose cells hold blocks is unwrapped first (``_unwrap_layout_tables``). Returns the
    blocks the tables stood in."""
    parents: list[HtmlElement] = []
    for table in list(part.iter("table")):
        rows = [tr for tr in table.iter("tr") if _owner(tr) is table]
        if not rows or any(_owner(cell) is not table
                           for tr in rows for cell in tr.iter("td", "th") if cell is not tr):
            continue  # a table inside a table: left as it is
        labelled = _field_table(rows)
        for tr in rows:
            cells = [cell for cell in tr if isinstance(cell.tag, str)
                     and cell.tag in ("td", "th")]
            line = _row_line(cells, labelled)
            tr.clear()
            tr.tag = "p"
            tr.text = line
            if (labelled_prose := _labelled_prose(cells, _ROW_LABEL)) is not None:
                # 诉求内容 | 市民来电反映：……: the label on a line of its own over its text, as
                # a page printed as text gives it, never glued to the text's first sentence
                tr.text, text_row = labelled_prose[0], tr.makeelement("p", {})
                text_row.text, text_row.tail, tr.tail = labelled_prose[1], tr.tail, None
                tr.addnext(text_row)
        # the table's title (<caption>各类院校毕业生去向落实情况</caption>) is a line of the
        # article too: trafilatura drops a <caption>, a <p> it reads
        for caption in table.iter("caption"):
            if _owner(caption) is table:
                caption.tag = "p"
        for el in table.iter("tbody", "thead", "tfoot"):
            el.tag = "div"
        table.tag = "div"
        if (parent := table.getparent()) is not None:
            parents.append(parent)
    return parents


# A field's name in a header cell of its own, no colon (<th>留言编号</th><td>BH2025…</td>): a
# message board's or a document's table of fields prints its rows label, value, label, value.
_TH_LABEL = compile_either(r"[\u4e00-\u9fff]{2,8}")
_FIELD_PAIRS = 2  # label and value pairs in a row at least: a data table's row header has one


def _field_table(rows: list[HtmlElement]) -> bool:
    """Whether every row of a table is <th> label / <td> value pairs, one row two pairs or
    more (留言编号 | BH2025… | 留言类型 | 投诉): a table of fields, no data table."""
    most = 0
    for tr in rows:
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not cells:
            continue
        labels, values = cells[::2], cells[1::2]
        if (len(cells) % 2 or any(c.tag != "th" for c in labels)
                or any(c.tag != "td" for c in values)
                or not all(_TH_LABEL.fullmatch(_flat(c.text_content())) for c in labels)):
            return False
        most = max(most, len(labels))
    return most >= _FIELD_PAIRS


# A row's label cell over text to read (诉求内容, 办理结果：): a few words, perhaps a colon.
_ROW_LABEL = compile_either(r"[\u4e00-\u9fff]{2,6}\s*[:：]?")


def _labelled_prose(cells: list[HtmlElement], label: re.Pattern[str]) -> tuple[str, str] | None:
    """A row of two cells, a ``label`` and the text it labels (诉求内容 | 市民来电反映：……。):
    the label and the text, else None."""
    texts = [t for c in cells if (t := " ".join(c.text_content().split()))]
    if len(texts) == 2 and label.fullmatch(texts[0]) and _prose_value(texts[1]):
        return texts[0], texts[1]
    return None


def _row_line(cells: list[HtmlElement], labelled: bool) -> str:
    """A table row as one line, its cells joined by a space; in a table of fields each label
    with its colon (留言编号：BH2025… 留言类型：投诉), as a page printed as text gives the row and
    the text rules read it."""
    texts = [" ".join(c.text_content().split()) for c in cells]
    if labelled:
        return " ".join(f"{label}：{value}".strip() for label, value in zip(
            texts[::2], texts[1::2], strict=True))
    return " ".join(t for t in texts if t)


def _owner(el: HtmlElement) -> HtmlElement | None:
    """The table a row or cell belongs to (the nearest table above it)."""
    up = el.getparent()
    while up is not None and up.tag != "table":
        up = up.getparent()
    return up


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _linked(el: HtmlElement) -> bool:
    """Mostly link text: a headline of another page, not a subheading of this one."""
    links = sum(len(_flat(a.text_content())) for a in el.iter("a"))
    return 2 * links >= len(_flat(el.text_content()))


_BOLD_HEAD_MAX = 40  # characters of a bold line that may be a subheading
_CENTRED = compile_either(r"text-align\s*:\s*center", re.I)
_INLINE_WRAPPERS = frozenset({"span", "font", "em", "i", "u"})


def _entry_times(part: HtmlElement) -> set[str]:
    """The times opening the entries of a list (a live blog's 07:30 over each entry): a block
    holding a time alone, the first child of its item, in two or more sibling items that
    open the same way."""
    return {_flat(el.text_content()) for el in _entry_time_elements(part)}


def _entry_time_elements(part: HtmlElement) -> list[HtmlElement]:
    """The elements ``_entry_times`` reads: each a time alone, the first child of its item,
    in two or more sibling items that open so."""
    found: dict[HtmlElement, list[HtmlElement]] = {}
    for el in part.iter("div", "span", "p", "time", "em", "strong", "b", "h3", "h4", "dt"):
        item = el.getparent()
        flat = _flat(el.text_content())
        if (item is None or item.getparent() is None or not ENTRY_TIME.fullmatch(flat)
                or next((c for c in item if isinstance(c.tag, str)), None) is not el
                or _flat(item.text or "")):
            continue
        found.setdefault(item.getparent(), []).append(el)
    return [el for els in found.values() if len(els) >= 2 for el in els]


_PROSE_LINE_MIN = 20  # characters of an entry's words: a sentence, more than a label


def _times_apart(part: HtmlElement) -> None:
    """The times opening a list's entries (``_entry_times``) set inline right before the
    entry's sentences (<li><time>07:30</time>发令枪响！…</li>, a live page written without a
    block around its words) become blocks of their own: each stands over its words, as it does
    when they are a paragraph, never glued to the first sentence (07:30发令枪响！). A time
    before a linked headline or a short label (a list of news with their times) stays inline."""
    for el in _entry_time_elements(part):
        words = el.tail or ""
        if (el.tag in BLOCK_TAGS or len(_flat(words)) < _PROSE_LINE_MIN
                or not _PROSE_MARK.search(words)):
            continue
        # the words up to the line's end go in a paragraph after the time, as a page with
        # the paragraph written has them (what reads one reads the other alike)
        para = html.Element("p")
        para.text, el.tail = words, None
        while (nxt := el.getnext()) is not None and not (
                isinstance(nxt.tag, str) and nxt.tag in _DIV_BREAKS):
            para.append(nxt)
        el.addnext(para)


def _bold_block(bold: HtmlElement) -> str:
    """The flattened text of the block ``bold`` makes up alone (a <div>, <section> or <p>
    whose only text is this <strong>/<b>, no link), if short enough for a subheading. A
    centred one (<center>, text-align: center) is a picture's caption under it. An editor's
    styled inline wrapper around the bold alone (135编辑器's <span style="letter-spacing…">)
    is looked through to its block."""
    block = bold.getparent()
    while (block is not None and block.tag in _INLINE_WRAPPERS and len(block) == 1
           and _flat(block.text_content()) == _flat(bold.text_content())):
        block = block.getparent()
    if (block is None or block.tag not in ("div", "section", "p") or _linked(block)
            or _CENTRED.search(block.get("style") or "")):
        return ""
    flat = _flat(bold.text_content())
    if not flat or len(flat) > _BOLD_HEAD_MAX or _flat(block.text_content()) != flat:
        return ""
    return flat


_BROKEN_MAX = 12  # trafilatura lines one paragraph is broken into, at most


def _join_broken(traf: list[str], own: list[str]) -> list[str]:
    """Consecutive trafilatura lines that together are exactly one of the walker's block
    lines go back as that line: on a short container its fallback may break a paragraph at
    its inline elements (要落实 / 包片 / 责任，…), and a word alone on a line then reads as a
    byline or a list item. Text is neither added nor lost, only false breaks are taken out."""
    whole = {_flat(ln) for ln in own}
    out: list[str] = []
    i = 0
    while i < len(traf):
        flat = _flat(traf[i])
        joined = None
        if flat and flat not in whole:
            longer = [k for k in whole if len(k) > len(flat) and k.startswith(flat)]
            acc, j = flat, i + 1
            while (longer and j < len(traf) and j - i < _BROKEN_MAX
                   and _runs_on(traf[j - 1])):
                acc += _flat(traf[j])
                j += 1
                longer = [k for k in longer if k.startswith(acc)]
                if acc in whole:
                    # the pieces run together: each break stood after a Chinese character
                    joined = ("".join(ln.strip() for ln in traf[i:j]), j)
                    break
        if joined is not None:
            out.append(joined[0])
            i = joined[1]
        else:
            out.append(traf[i])
            i += 1
    return out


# A line that stops mid-sentence: it ends on a Chinese character, not on a mark that closes
# a sentence or a clause (a <br> there is the page's own break, kept). So does a line of
# clause marks alone: the 、 between two links (包括<a>白鹭</a>、<a>苍鹭</a>和…).
_MID_SENTENCE = compile_either(r"^[，、]+$|[\u4e00-\u9fff][\u4e00-\u9fff，、]*$")


def _mid_sentence(line: str) -> bool:
    return bool(_MID_SENTENCE.search(line.strip()))


# A line that closes a sentence (。！？；, a closing quote or bracket after it).
_SENTENCE_CLOSE = compile_either(r"[。！？；!?;][”’」』）)]*$")


def _runs_on(line: str) -> bool:
    """May ``line`` be a piece of a paragraph broken by trafilatura? It stops mid-sentence,
    or it closes a sentence and the next piece starts another: a paragraph written as sibling
    <span>s (WeChat's editors) or with an underlined <u> run comes out a sentence a line,
    though the page shows one paragraph (the walker's line proves it had no break). A
    counter or label (1/10) ends on neither and stays apart. A field's label, its colon last
    (阅读：), runs on into its value in an element of its own (<span>2381</span>)."""
    line = line.strip()
    return _mid_sentence(line) or bool(_SENTENCE_CLOSE.search(line)) or line.endswith(("：", ":"))


def _split_glued(traf: list[str], own: list[str], times: AbstractSet[str] = frozenset()
                 ) -> list[str]:
    """A trafilatura line that is several of the walker's block lines run together, in order,
    goes back as those lines.

    When trafilatura's own pass gives up on a container (an <article> holding a <time> or a
    byline block), its fallback prints the whole container as one line, headline, byline and
    paragraphs joined by spaces. Only a line holding half the container's text or more, an
    exact run of whole block lines, is split (a table row's cells stay on their line): text
    is neither added nor lost, just the breaks the page had are put back.

    So is a shorter line that runs together the block lines of a live blog's entry under its
    time (``times``, ``_entry_times``: its words and its 发布人：… foot, which the fallback
    prints as one line without the time): apart, the time goes back over them."""
    flat_own = [_flat(ln) for ln in own]
    total = sum(len(f) for f in flat_own)
    out: list[str] = []
    for line in traf:
        flat = _flat(line)
        run = None
        short = 2 * len(flat) < total
        if short and not times:
            out.append(line)
            continue
        for i, first in enumerate(flat_own):
            if not first or not flat.startswith(first) or len(first) == len(flat):
                continue
            if short and (i == 0 or flat_own[i - 1] not in times):
                continue
            at, j = len(first), i + 1
            while j < len(own) and at < len(flat) and flat.startswith(flat_own[j], at):
                at, j = at + len(flat_own[j]), j + 1
            if at == len(flat) and j - i > 1:
                run = own[i:j]
                break
        out.extend(run if run is not None else [line])
    return out


_TURN_LABEL = compile_either(r"[问答][:：]?")


def _restore_headings(traf: list[str], own: list[str], heads: set[str]) -> list[str]:
    """Put back the container's subheadings trafilatura dropped inside the article's run.

    trafilatura reads a container its XPath list does not name (div.article_text) with a
    fallback that takes only <p>, tables and code, so an <h3> between two kept paragraphs
    went without a record. A heading goes back after the kept line it follows in the page;
    headings before the first or after the last kept line (related-news titles) stay out.
    """
    # Linear in the page's lines (a page of 5,000 <h1> took 20 s when every heading
    # scanned the lines before and after it): the nearest kept line before, and whether
    # one follows, are tracked as the lines go by; ``kept`` only grows.
    flats = [_flat(ln) for ln in own]
    kept = {_flat(ln) for ln in traf}
    # A list item trafilatura printed in pieces (its linked title on one line, the words after
    # the link on the next) is kept already: put back whole, it was printed twice.
    tflats = [_flat(ln) for ln in traf]
    # (the pieces joined, to the last piece: a heading after the item goes after that)
    pieced = {"".join(tflats[i:i + n]): tflats[i + n - 1]
              for n in (2, 3) for i in range(len(tflats) - n + 1)}
    last_at = {flat: i for i, flat in enumerate(flats)}
    row_ends = _row_ends(flats, tflats)
    kept_after = [False] * (len(own) + 1)  # a line from trafilatura follows line i
    for i in range(len(own) - 1, -1, -1):
        kept_after[i] = kept_after[i + 1] or flats[i] in kept
    traf_at: dict[str, int] = {}
    for n, tflat in enumerate(tflats):
        traf_at.setdefault(tflat, n)
    seen: Counter[str] = Counter()  # how often each text came so far in the container
    out_count = Counter(tflats)  # and how often it is in the lines kept so far
    restored_last = -1  # the last line whose text equals a heading put back
    before: str | None = None  # the nearest kept line so far
    out = list(traf)
    out_flats = [_flat(x) for x in out]
    for i, (line, flat) in enumerate(zip(own, flats, strict=True)):
        if flat in pieced and flat not in kept:
            before = pieced[flat]
            continue
        again = False  # a text trafilatura kept, printed here again and dropped
        if flat and flat in traf_at and (seen[flat] >= out_count[flat] or (
                flat in heads and _kept_later(i, flats, traf_at))):
            # A key point copying a paragraph below (划重点： then the article's sentences): the
            # copy trafilatura kept is that paragraph, further down; this one was dropped. Or a
            # line printed again (a second 点评：, a section's number) that it kept once.
            kept.discard(flat)
            again = True
        seen[flat] += 1
        # (a Q&A's label comes before every answer: each one goes back, not the first only)
        anew = flat not in kept or (_TURN_LABEL.fullmatch(flat) is not None
                                    and out_count[flat] < seen[flat])
        if flat and (flat in heads or again) and anew and before is not None and (
                kept_after[i + 1] or restored_last > i) and before in out_flats:
            # after the kept line's occurrence the walker has reached, not its first: a
            # live blog's entries may end on the same foot (发布人：主持人 某某)
            at = _nth_index(out_flats, before, seen[before]) + 1
            out.insert(at, line)
            out_flats.insert(at, flat)
            out_count[flat] += 1
            kept.add(flat)
            restored_last = max(restored_last, last_at[flat])
        if flat in kept:
            before = flat
        elif i in row_ends:
            before = row_ends[i]
    return out


def _nth_index(items: list[str], item: str, n: int) -> int:
    """Where ``item`` stands in ``items`` the ``n``-th time (from 1), or its last place if it
    stands there fewer times; ``item`` is in ``items``."""
    at = items.index(item)
    for _ in range(n - 1):
        try:
            at = items.index(item, at + 1)
        except ValueError:
            break
    return at


def _row_ends(flats: list[str], tflats: list[str]) -> dict[int, str]:
    """The walker's lines that end a line trafilatura printed whole from several of them (a
    table's row, a cell a line in ours), each with that line: a heading after a table goes after
    its last row, not over the table."""
    own = set(flats)
    joined = {t for t in tflats if t not in own}
    ends: dict[int, str] = {}
    i = 0
    while i < len(flats):
        lead = [t for t in joined if flats[i] and t.startswith(flats[i])]
        acc, j = "", i
        while lead and j < len(flats):
            acc += flats[j]
            lead = [t for t in lead if t.startswith(acc)]
            if acc in lead:
                ends[j] = acc
                i = j
                break
            j += 1
        i += 1
    return ends


_LEAD_MIN = 30  # characters of a lead paragraph: a sentence, not a label or a headline
def _own_order(traf: list[str], own: list[str]) -> list[str]:
    """trafilatura's lines in the container's order when it moved some: every one of them is a
    line of our walker's, each matched to its first one not yet taken, and their order there
    differs (a live page's 导语 box read after the first entry under it). Nothing is added or
    dropped; a line of trafilatura's own making (joined, cut) leaves its order as it is."""
    free: dict[str, list[int]] = {}
    for i, ln in enumerate(own):
        free.setdefault(_flat(ln), []).append(i)
    places: list[int] = []
    for ln in traf:
        spots = free.get(_flat(ln))
        if not spots:
            return traf
        places.append(spots.pop(0))
    if places == sorted(places):
        return traf
    return [ln for _, ln in sorted(zip(places, traf, strict=True))]


_LEAD_END = compile_either(r"[。！？…][”’」』）)]?$")


def _restore_lead(traf: list[str], own: list[str]) -> list[str]:
    """Put back the container's opening paragraph when trafilatura dropped it.

    A lead (导语) printed in a box of its own at the top of the container (<div class=
    "introduction">text</div>, no <p>) is read by the fallback's <p>-only walk as nothing. The
    line of our walker right above trafilatura's first is put back when it is a finished
    sentence (it ends in 。！？) of some length: a date row, a source label or a headline does
    not end so. A lead whose clauses the article prints again below is a copy and stays out,
    as the text path's ``summary_echo`` takes it out of a saved page; so does one that retells
    the article's opening in other words (``_retold``)."""
    if not traf:
        return traf
    flats = [_flat(ln) for ln in own]
    first = _flat(traf[0])
    if first not in flats:
        return traf
    at = flats.index(first)
    if at == 0:
        return traf
    lead = own[at - 1]
    flat = flats[at - 1]
    if (len(flat) < _LEAD_MIN or not _LEAD_END.search(flat) or flat in {_flat(t) for t in traf}
            or echoed_below(lead, traf) or _retold(flat, _flat("".join(traf[:_LEAD_TOLD])))):
        return traf
    return [lead, *traf]


_LEAD_TOLD = 2  # paragraphs of the article a summary box retells
_RETOLD_SHARE = 0.5  # share of a box's character pairs found in them: the box retells them


def _retold(lead: str, opening: str) -> bool:
    """Most of the lead's character pairs are in the article's opening: an abstract retelling
    the first paragraph in its own words (今日A股光伏板块集体走强 over 6月12日，A股光伏板块集体
    走强), which the page's own box of it (摘要) says again."""
    pairs = [lead[n:n + 2] for n in range(len(lead) - 1)]
    return sum(p in opening for p in pairs) >= _RETOLD_SHARE * len(pairs)


def _kept_later(i: int, flats: list[str], traf_at: dict[str, int]) -> bool:
    """The line ``i`` of the container is kept only as a later copy: the next line after it
    that trafilatura kept comes before its text in trafilatura's lines (``traf_at``: where
    each text is first)."""
    nxt = next((f for f in flats[i + 1:] if f in traf_at and f != flats[i]), None)
    return nxt is not None and traf_at[nxt] < traf_at[flats[i]]


# A subtitle element named by its class (div.subtitle, p.fu-title): 副标题 is futi.
_SUBTITLE_CLASS = compile_either(r"sub[-_]?title|sub[-_]?head|fu[-_]?(?:title|biaoti)|futi")


def _under_headline(page: list[str], article: list[str], key: str) -> tuple[int, int] | None:
    """Where the page prints the headline (``key``, flattened) above the article container's
    first line: the indexes of the headline's last line and of the article's first, between
    which lines the container left out may stand. None when either is not found."""
    if not key or not article or article[0] not in page:
        return None
    start = page.index(article[0])
    head = max((i for i in range(start) if _flat(page[i]) == key), default=None)
    return None if head is None else (head, start)


def _subtitles(root: HtmlElement, page: list[str], article: list[str],
               title: str | None) -> list[str]:
    """The subtitle printed right under the headline, when the article container left it out.

    Government and portal pages print the headline, an <h2> subtitle (围绕……推出十二条具体
    举措) and the date row in one title box, the body in another: the container is the body's
    box, and the subtitle, which is the article's own text, would go with the box as page
    chrome. Only unlinked heading elements (or elements classed as a subtitle) on the lines
    right under the headline count, one clause each; the date row under them stays out."""
    key = _flat(title or "")
    span = _under_headline(page, article, key)
    if span is None:
        return []
    head, start = span
    marked = {_flat(el.text_content()) for el in root.iter(*_HEADINGS[1:]) if not _linked(el)}
    marked |= {_flat(el.text_content()) for el in root.iter()
               if isinstance(el.tag, str) and _SUBTITLE_CLASS.search(classid(el))}
    inside = {_flat(ln) for ln in article}
    out: list[str] = []
    for line in page[head + 1 : start]:
        flat = _flat(line)
        if (flat not in marked or flat in inside or flat == key or len(out) >= 2
                or not 6 <= len(flat) <= 64 or "。" in line or _META_LINE.search(line)
                or _DATE_ONLY.match(line)):
            break
        out.append(line)
    return out


# A labelled summary box (【摘要】…, 导读：…, 【内容提要】…) printed above the body; an online
# interview's page introduces its talk so (访谈简介); a news page its lead (导语：…), which is
# the article's first paragraph set in a box of its own.
_SUMMARY_LABEL = r"(?:摘\s*要|导\s*读|导\s*语|内容提要|内容简介|访谈简介)"
_SUMMARY_BOX = compile_either(rf"^(?:[【\[]\s*{_SUMMARY_LABEL}\s*[】\]]|{_SUMMARY_LABEL}\s*[:：])")
# …or an introduction's or a lead's label alone on the line over it, the box's heading (a 摘要
# so set apart is a portal's machine abstract, beside the body: it stays out)
_SUMMARY_HEAD = compile_either(r"^[【\[]?\s*(?:内容简介|访谈简介|导\s*语)\s*[】\]]?\s*[:：]?$")
# …or that label set in an element of its own with the box's words after it on its line (<strong>
# 导语</strong>今年以来…<br>, a page writing paragraphs as <br> runs): a space parts them
_SUMMARY_HEAD_SPACED = compile_either(
    r"^[【\[]?\s*(?:内容简介|访谈简介|导\s*语)\s*[】\]]?[ \t\u00a0\u3000]+")
_BOX_REACH = 3  # page lines above the article's first where its summary box may sit


def _start_in(page: list[str], article: list[str]) -> int | None:
    """The page line where the article's first line starts: that line, or the first of the
    lines it joins (a table row's cells, [主持人] | 各位网友…, are lines of their own there)."""
    if not article:
        return None
    if article[0] in page:
        return page.index(article[0])
    first = _flat(article[0])
    for n in range(len(page) - 1):
        head = _flat(page[n])
        if head and first.startswith(head) and first.startswith(head + _flat(page[n + 1])):
            return n
    return None


def _summary_box(page: list[str], article: list[str]) -> list[str]:
    """The labelled summary box right above the article when its container left it out.

    A box of its own (div.zhaiyao) sits beside the body's box, so it would go with the page
    chrome; it is the article's own words. A box restating the body's opening goes as
    ``summary_line`` when it is inside, and stays out here."""
    start = _start_in(page, article)
    if start is None:
        return []
    window = page[max(0, start - _BOX_REACH) : start]
    for n in range(len(window) - 1, -1, -1):
        line = window[n]
        if _SUMMARY_HEAD.match(line) and n == len(window) - 2:
            # the label over the box's words, the line right above the article
            line = window[n + 1]
            body = _flat(line)
        elif _SUMMARY_BOX.match(line):
            body = _SUMMARY_BOX.sub("", _flat(line))
        elif _SUMMARY_HEAD_SPACED.match(line):
            line = _SUMMARY_HEAD_SPACED.sub("", line)  # the label stays out, as on its own line
            body = _flat(line)
        else:
            continue
        # a box cut short with an ellipsis (摘要: 近日，…借还图书。 ...) restates the opening too
        cut = body.rstrip(_CLOSE)
        if (len(body) < _SUMMARY_MIN or line in article
                or _restated(body, _flat(article[0])) or body in _flat(article[0])
                or (len(cut) >= _SUMMARY_MIN and cut in _flat(article[0]))):
            return []
        return [line]
    return []


# A row of a labelled list (讲座主题：…, 展览地点：…): a short label, its value, no sentence.
_FIELD_ROW = compile_either(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*[^。！？]{1,40}$")
# An event's place among those rows (展览地点：…, 活动地址：…): with its time, the event's box.
_PLACE_FIELD = compile_either(r"^[\u4e00-\u9fff]{0,4}(?:地点|地址|场地|场馆)\s*[:：]")
_EVENT_ROWS = 8  # rows of an event's box at most


def _listed_row(line: str) -> bool:
    """A row of a labelled list that is no page furniture (讲座主题：…, 主讲人：…)."""
    return bool(_FIELD_ROW.match(line.strip())) and not _META_LINE.search(line)


def _event_box(page: list[str], article: list[str], title: str | None) -> list[str]:
    """An event's box of labelled rows between the headline's date row and the article when
    its container left it out: an exhibition's or a lecture's notice prints its time and place
    (展览时间：… / 展览地点：… / 主办单位：…) in a box of its own above the text. They are the
    notice's words. A box with no event's time and place (a catalogue's 索引号/发布机构 rows)
    is none; nor are rows not right under the headline or its date row (a sidebar's)."""
    start = _start_in(page, article)
    if start is None:
        return []
    at = start
    while at > 0 and start - at < _EVENT_ROWS and (
            _listed_row(page[at - 1]) or (_EVENT_TIME_FIELD.match(page[at - 1])
                                           and _FIELD_ROW.match(page[at - 1].strip()))):
        at -= 1
    rows = page[at:start]
    above = page[at - 1] if at > 0 else ""
    if (len(rows) < 2 or not any(_EVENT_TIME_FIELD.match(r) for r in rows)
            or not any(_PLACE_FIELD.match(r) for r in rows) or any(r in article for r in rows)
            or not (_META_LINE.search(above) or _DATE_ONLY.match(above)
                    or (title and _flat(above) == _flat(title)))):
        return []
    return rows


# A line of prose: a clause mark in it (a question's description, not 被浏览 128,406).
_PROSE_MARK = compile_either(r"[，。？！；?!]")  # no ASCII comma: 128,406 is a count
_QUESTION_MIN = 8  # characters of a description line


def _question(page: list[str], article: list[str], title: str | None) -> list[str]:
    """A Q&A page's question description (问题描述): the prose lines right under the question
    (the headline), in a box of their own beside the answers, so outside the container that
    holds the first answer. The page's text is the question's description, then the answer.
    The counters, topics and buttons under the question are no prose and end the run."""
    span = _under_headline(page, article, _flat(title or ""))
    if span is None:
        return []
    head, start = span
    out: list[str] = []
    for line in page[head + 1 : start]:
        if (len(_flat(line)) < _QUESTION_MIN or not _PROSE_MARK.search(line)
                or _META_LINE.search(line) or _DATE_ONLY.match(line) or line in article):
            break
        out.append(line)
    return out


def _chars(lines: list[str]) -> int:
    return sum(len(re.sub(r"\s+", "", ln)) for ln in lines)


def _head_lines(page: list[str], article: list[str]) -> list[str]:
    """Page lines up to the article start, plus the article's first and last lines."""
    first = article[0] if article else None
    head: list[str] = []
    for ln in page:
        if ln == first:
            break
        head.append(ln)
    return head[-40:] + article[:4] + article[-4:]


_TAIL = 3  # page lines under the article that may be its row of fields


def _tail_lines(page: list[str], article: list[str]) -> list[str]:
    """The few page lines right under the article's last paragraph: where a county site
    prints its 信息来源/发布时间 row, below the body (and often dropped from it as a
    boilerplate line, a 扫一扫 prompt under it kept)."""
    prose = [ln for ln in article if _PARAGRAPH_END.search(ln)]
    if not prose or prose[-1] not in page:
        return []
    at = len(page) - 1 - page[::-1].index(prose[-1])
    return page[at + 1 : at + 1 + _TAIL]


_PARAGRAPH_END = compile_either(r"[。！？!?…][”」』\"]?$")


_STAMP_AT = 80  # characters of a pruned block's opening read for a revision stamp


def _page_texts(root: HtmlElement, removals: Iterable[Removal]) -> list[str]:
    """The page's text and the text of what earlier cleaners removed from it."""
    return [_flat(root.text_content()), *(_flat(r.text) for r in removals)]


_NEAR_LINES = 4  # page lines above the article where its headline sits
_FIELD_CELLS = 8  # cells of a field row, a line each, that do not count among them
# A field's cell (发布日期：2024-06-18, 浏览次数：) or a tool's (【字体：大 中 小】): a row laid
# out in a table's cells prints one line for each.
_FIELD_CELL = compile_either(r"^(?:[^，。,\s]{1,8}\s*[:：]|[【\[])")
_FIELD_CELL_MAX = 40  # characters of one such cell


def _near_start(page: list[str], article: list[str]) -> list[str]:
    """The few page lines right above the article and its first lines: where a headline sits.
    The cells of a field row between them count as none (a layout table prints its date,
    source, counter and font tools as four lines)."""
    first = article[0] if article else None
    at = page.index(first) if first in page else len(page)
    start, lines, cells = at, 0, 0
    while start > 0 and lines < _NEAR_LINES:
        start -= 1
        line = page[start]
        if (cells < _FIELD_CELLS and len(line) <= _FIELD_CELL_MAX
                and _FIELD_CELL.match(line)):
            cells += 1
        else:
            lines += 1
    return page[start:at] + article[:3]


# A date as a byline prints it: with or without the year, with or without the time.
_BYLINE_DATE = compile_either(
    r"(?:(?:19|20)\d\d\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}\s*[:：]\s*\d{1,2}(?:\s*[:：]\s*\d{1,2})?)?"
)


def _byline(line: str, authors: tuple[str, ...]) -> bool:
    """A line of nothing but the article's authors and a date (吴某某 7月16日 14:05): the
    byline a page prints unlabelled under its headline, names already lifted to meta."""
    if len(line) > 60 or not authors or not any(a in line for a in authors):
        return False
    rest, dated = _BYLINE_DATE.subn("", line)
    for name in authors:
        rest = rest.replace(name, "")
    return dated > 0 and not re.sub(r"[\s|丨/·•:：,，、]", "", rest)


# A 公文's file number alone on its line over its title (某政办发〔2025〕58号): the document's own
# reference, printed where its letterhead puts it, never an author box's label.
_FILE_NUMBER = compile_either(
    r"^[\u4e00-\u9fff]{1,10}[〔［\[【（(]\s*(?:19|20)\d{2}\s*[〕］\]】）)]\s*第?\d{1,6}\s*号$")
_ABOVE_MAX = 5  # lines the container may print above its headline: a name, a bio, a button
_ABOVE_LINE = 60  # characters of such a line: no paragraph


def _above_headline(lines: list[str], norm_title: str) -> int:
    """How many lines the container prints above the headline it repeats (an author box with
    its name, bio and follow button): the article starts at its headline, never above it."""
    if not norm_title:
        return 0
    for n, line in enumerate(lines[: _ABOVE_MAX + 1]):
        if re.sub(r"\s+", "", line) == norm_title:
            # a headline the container prints last heads nothing: the lines above it are the
            # article (a two-paragraph notice over which an info row was read last)
            return n if n + 1 < len(lines) else 0
        if len(line) > _ABOVE_LINE:
            return 0
    return 0


_PROSE_LINE = 20  # a sentence of the body, longer than a meta line's labels
# A source's label alone on its line (来自 / 来源：), its name on the next: a header's row whose
# link the container printed apart (<span>时间</span> 来自 <a>某某新闻·频道</a>).
_SOURCE_LABEL_ALONE = compile_either(r"^(?:来自|来源|稿源)\s*[:：]?$")
_SOURCE_NAME_MAX = 24  # characters of a source's name: a name, no sentence
# A portal's abstract box's label alone on its line (摘要), the box's words on the next one. A
# lead's label (导语, 内容简介) heads the article's own words: not this.
_ABSTRACT_LABEL_ALONE = compile_either(r"^[【\[]?\s*(?:内容)?摘\s*要\s*[】\]]?\s*[:：]?$")
_LABEL_AT = 6  # lines of the container's head (its headline, info rows) where such a label stands
# A blurb's label alone on its line at the container's head (内容简介 under a video's player,
# 节目简介), the words it heads on the next line: a label, not the article's words. (A lead's
# 导语 so set stays, as test_html_unseen40 decided.)
_BLURB_LABEL_ALONE = compile_either(
    r"^[【\[]?\s*(?:内容|访谈|视频|节目|作品)简介\s*[】\]]?\s*[:：]?$")


def _split_source(lines: list[str]) -> set[int]:
    """The indexes of a source's label alone near the container's head and of the name under
    it (来自 / 某某新闻·民生观察): a header row split in two. A name is short and no sentence."""
    for n, line in enumerate(lines[:_LABEL_AT]):
        if (_SOURCE_LABEL_ALONE.match(line.strip()) and n + 1 < len(lines)
                and len(lines[n + 1].strip()) <= _SOURCE_NAME_MAX
                and not _SENTENCE_MARK.search(lines[n + 1])):
            return {n, n + 1}
    return set()


def _machine_abstract(lines: list[str], norm_title: str) -> set[int]:
    """The indexes of a portal's abstract box at the container's head: its label alone (摘要)
    and, right under it, its words, maybe opening with the headline in brackets (【标题】…),
    which the article's first paragraphs then tell again (``_retold``). The box is the portal's
    digest of the article, no part of it."""
    for n, line in enumerate(lines[:_LABEL_AT]):
        if not _ABSTRACT_LABEL_ALONE.match(line.strip()) or n + 2 >= len(lines):
            continue
        words = re.sub(r"\s+", "", lines[n + 1])
        if norm_title:
            for opening, closing in ("【】", "[]"):
                words = words.removeprefix(opening + norm_title + closing)
        below = re.sub(r"\s+", "", "".join(lines[n + 2 : n + 2 + _LEAD_TOLD]))
        if len(words) >= _SUMMARY_MIN and _retold(words, below):
            return {n, n + 1}
    return set()
_SENTENCE_MARK = compile_either("[，。；！？]")


def _beside_listed(lines: list[str], i: int) -> bool:
    """Whether the line at i has a row of a labelled list right above or under it: an event's
    time among its notice's rows (讲座主题：… / 讲座时间：… / 讲座地点：…), not a date row."""
    return any(0 <= j < len(lines) and _listed_row(lines[j]) for j in (i - 1, i + 1))


def _trim(
    lines: list[str], title: str | None, authors: tuple[str, ...] = ()
) -> tuple[list[str], list[Removal]]:
    """Drop the title, meta line, breadcrumb and share bar repeated inside the container."""
    kept: list[str] = []
    removed: list[Removal] = []
    norm_title = re.sub(r"\s+", "", title or "")
    above = _above_headline(lines, norm_title)
    for n, line in enumerate(lines[:above], 1):
        if _FILE_NUMBER.match(line):
            kept.append(line)
            continue
        removed.append(Removal(NAME, "above_headline", "the author box or labels the container "
                               "prints above its headline", shorten(line), f"line {n}"))
    lines = lines[above:]
    signed = closing_signature(lines)
    # a 大事记's or a schedule's dates, each alone over its entry's sentence (three or more):
    # days of what the text tells, not the page's date row
    chronicle = chronicle_lines(lines, range(len(lines)))
    split_source = _split_source(lines)
    abstract = _machine_abstract(lines, norm_title)
    prose_above = False  # a sentence of the body kept: a bare date after it is no meta line
    for n, line in enumerate(lines, 1):
        flat = re.sub(r"\s+", "", line)
        rule = None
        if norm_title and flat == norm_title and n <= 5:
            rule, why = "title_line", "the headline repeated above the body"
        elif len(line) <= 120 and n <= 6 and n - 1 not in signed | chronicle and (
            (_META_LINE.search(line) and not _TEXT_FIELD.match(line)
             and not ((prose_above or _beside_listed(lines, n - 1))
                      and _EVENT_TIME_FIELD.match(line)))
            or (_DATE_ONLY.match(line) and not prose_above) or _byline(line, authors)
        ):
            rule, why = "meta_line", "date/source/author line above the body (lifted to meta)"
        elif n <= 3 and n < len(lines) and _restated(flat, re.sub(r"\s+", "", lines[n])):
            rule, why = "summary_line", "the summary above the body, its first paragraph's opening"
        elif n - 1 in abstract:
            rule, why = "summary_line", "a portal's abstract (摘要) the body's opening retells"
        elif n - 1 in split_source:
            rule, why = "meta_line", "a source's label and its name, apart (lifted to meta)"
        elif len(line) <= 80 and _BREADCRUMB.search(line):
            rule, why = "breadcrumb_line", "breadcrumb trail inside the article container"
        elif len(line) <= 40 and _SHARE.search(line) and not _ENDS_A_SENTENCE.search(line):
            rule, why = "share_line", "share/print bar inside the article container"
        elif (n <= _LABEL_AT and n < len(lines) and _BLURB_LABEL_ALONE.match(line.strip())
              and _SENTENCE_MARK.search(lines[n])):
            rule, why = "blurb_label", "a blurb's label alone over its words (内容简介)"
        elif n <= 6 and _DROPDOWN.match(line):
            rule, why = "dropdown_button", "a drop-down button under the headline (转载▼)"
        if rule:
            removed.append(Removal(NAME, rule, why, shorten(line), f"line {n}"))
        else:
            kept.append(line)
            # a date alone under a sentence of the body opens a timeline's entry, not the
            # page's date line
            prose_above = prose_above or bool(
                len(line) >= _PROSE_LINE and _SENTENCE_MARK.search(line))
    return kept, removed


# The stamp under an answer: when it was posted or edited, and its counters (回答于 2023-12-03
# 08:15 有用 86 举报, 编辑于 2024-03-02 18:20 · IP 属地浙江).
_ANSWER_STAMP = compile_either(r"^(?:发布|发表|编辑|回答|更新|修改)于\s*(?:19|20)\d\d\s*[-/.年]")
_STAMP_LIMIT = 40  # characters of a stamp: a time and a few counters, no sentence
_SENTENCE = compile_either(r"[。，；！？]")


def _answer_stamps(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """The first answer's (or a post's) lines without its stamp at their end (the date is
    read from its box, the thread's posting time or the page's tags)."""
    removed: list[Removal] = []
    while lines and (len(lines[-1]) <= _STAMP_LIMIT and _ANSWER_STAMP.match(lines[-1])
                     and not _SENTENCE.search(lines[-1])):
        removed.insert(0, Removal(NAME, "answer_stamp", "the answer's posting time and counters "
                                  "under it", shorten(lines[-1]), f"line {len(lines)}"))
        lines = lines[:-1]
    return lines, removed


_SUMMARY_MIN = 20  # characters: a summary, not a label or a one-word heading
_CLOSE = "。.！!…"
_GOES_ON = 4  # characters of the paragraph past the summary: more than a closing mark


def _restated(summary: str, paragraph: str) -> bool:
    """The line ``summary`` opens the next one, ``paragraph``: a CMS's summary box (DedeCMS
    intro, 摘要) printed above the body whose first paragraph begins with the same words and
    goes on. A paragraph printed twice is no summary (that is a duplicate's matter)."""
    # its label (摘要：) is the box's, no word of the paragraph's
    opening = _SUMMARY_BOX.sub("", summary).rstrip(_CLOSE)
    return (len(opening) >= _SUMMARY_MIN and len(paragraph) > len(opening) + _GOES_ON
            and paragraph.startswith(opening))


def _path(el: HtmlElement | None) -> str:
    return el.getroottree().getpath(el) if el is not None else ""
