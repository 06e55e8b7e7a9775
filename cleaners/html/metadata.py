"""Publication metadata from a parsed page: title, date, publisher, authors, canonical URL, script.

Meta tags first, then the page's own "来源：/作者：/发布时间：" line, then htmldate for the date.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, NamedTuple

from ..dates import DATE, revision_stamps
from ..meta import (
    SUBJECT_LABEL,
    boxed_writer,
    clean_authors,
    ends_byline,
    is_prose,
    mend_title,
    names_a_body,
    parse_account_row,
    parse_byline,
    parse_date,
    parse_date_row,
    parse_meta_line,
    sent_in_unit,
    spelled_dates,
)
from ..names import clean_source, looks_like_name, plausible_author
from ..script import compile_either, to_simplified
from ..spam.brands import coined_brand_forms
from ..spam.lexicon import NEWS_CONTEXT, shared_lexicon
from ..spam.stats import shared_stats
from .dom import BLOCK_TAGS, held_nodes
from .text import block_lines

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from lxml.html import HtmlElement

__all__ = [
    "EpaperIssue",
    "PageMeta",
    "clean_title",
    "credits_authors",
    "credits_unit",
    "epaper_issue",
    "foot_row",
    "header_meta",
    "jsonld_articles",
    "labelled_elsewhere",
    "page_meta",
    "revision_date",
    "site_publisher",
]


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    date: str | None = None
    source_name: str | None = None
    authors: tuple[str, ...] = ()
    canonical_url: str | None = None
    # The source was named by a label (来源：…), not guessed from a name beside the date.
    source_labelled: bool = False


_WS = compile_either(r"\s+")
# Site suffixes in <title>: "标题_频道_某某网", "标题 - 某某网", "标题|某某市人民政府".
_SITE_SUFFIX = compile_either(
    r"(?:(?<!\d)-|-(?!\d))(?=[^-]{2,20}$)"
    r"(?=.*(?:网|报|新闻|在线|频道|政府|设计|科技|中心|平台|杂志|电视台|官网))")
# A bare hyphen before a short site name ("标题-某某网"); one between digits is a range in the
# headline (2024年1-5月财政收支情况), no separator.
_BARE_SUFFIX = compile_either(r"(?:(?<!\d)-|-(?!\d))(?=[^-\s]{2,15}$)")
_TITLE_SEP = compile_either(r"\s*(?:[_|｜]|\s[-–—]\s|--|::|\s·\s)\s*")
# An unspaced dash (标题——某某网, 标题—某某新闻网) parts a headline from its subtitle as often
# as from the site's name (从“跟跑”到“领跑”——记某某): it ends the headline only before a
# short name worded like a site's, no subtitle (记…, 访…, 写在…之际).
_DASH = compile_either(r"—+")
_DASH_SITE = compile_either(
    r"(?!记|访|专访|写在)[^—]{2,20}(?:网|报|台|新闻|在线|频道|政府|门户|官网|杂志|客户端)")


# A <title> of a review or a note on a work (标题（作品名）影评, 标题(书名)书评): the headline's
# first words, the work's name in brackets and a short word for the kind of page after it.
_WORK_TITLED = compile_either(r"(?P<lead>[^（(]{4,40})[（(](?P<work>[^）)]{2,20})[）)]\S{0,4}")


def _norm(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def _cut_dashed_site(title: str) -> str:
    """``title`` without the site's name after its last unspaced dash (标题——某某新闻网)."""
    while (last := next(reversed(list(_DASH.finditer(title))), None)) is not None:
        head, tail = title[: last.start()].strip(), title[last.end() :].strip()
        if len(head) < 4 or not _DASH_SITE.fullmatch(tail):
            break
        title = head
    return title


def clean_title(raw: str | None, h1: str | None = None) -> str | None:
    """The article title: a heading the <title> contains, else <title> minus its site suffix."""
    title = _norm(raw)
    head = _norm(h1)
    if head and title and (head in title or title in head):
        return head if len(head) >= 4 else title
    if head and title and (named := _WORK_TITLED.fullmatch(title)) and (
            head.startswith(named["lead"]) and named["work"] in head):
        # a review site's <title> (在雾里写信的人（某某片名）影评): the headline's first words,
        # the reviewed work in brackets and the kind of page; the heading holds both
        return head
    if not title:
        return head or None
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) == 1 and (spaced := _SITE_FIRST.fullmatch(title)):
        # "某某县人民政府门户网站 标题": the site's name put first, a space after it
        parts = [spaced["site"], spaced["rest"]]
    if len(parts) == 1 and (hyphened := _SITE_FIRST_HYPHEN.fullmatch(title)):
        # "某某先锋网-组工动态-标题": the site's name and its channel first, bare hyphens after
        parts = [p for p in hyphened.groups() if p]
    if len(parts) == 1:
        title = _cut_dashed_site(title)
        parts = [title]
    if len(parts) == 1:
        # "标题-某某网": a bare hyphen before a short site name.
        parts = [p for p in _BARE_SUFFIX.split(title) if p.strip()]
        # "标题-新闻中心-某某大学": the channel before the site's name is cut off too
        while len(parts) > 1 and (m := _SITE_SUFFIX.search(parts[0])) and m.start() >= 10:
            parts = [parts[0][: m.start()], parts[0][m.start() + 1 :], *parts[1:]]
    if len(parts) == 1:
        # "标题-EDN 电子技术设计": a site name with a space, told by its wording.
        m = _SITE_SUFFIX.search(title)
        if m and m.start() >= 10:
            parts = [title[: m.start()], title[m.start() + 1 :]]
    # "标题-某某专题_某某网": a 专题 page's <title> names the 专题 after the headline, a bare
    # hyphen before it
    parts = [piece for part in parts for piece in _topic_split(part)]
    # A spam mirror stuffs its <title> with brands and selling phrases (某某娱乐_某某官网_…):
    # those parts are no title; the page's own headline is.
    clean = [p for p in parts if not _sells(p) and not _keyword_list(p)]
    if len(parts) > 1:
        # a coined brand the lexicon does not know, in the form mirrors print (某某体育官网,
        # 某某娱乐官方入口), sells as well
        clean = [p for p in clean if not _names_coined_brand(p)]
    if len(clean) < len(parts) and head and len(head) >= 6 and not _sells(head):
        return head
    if not clean:  # every part sells: a stuffed title, unless it is one news headline
        return head or (None if len(parts) > 1 else title)
    if len(clean) > 1:
        # The article part comes first on Chinese sites; keep it unless it is a tiny label or
        # the site's name put first (某某党建网_标题, 某某晚报数字报-标题).
        first = clean[0]
        rest = [p for p in clean[1:] if not _SITE_NAME.fullmatch(p.strip()) and len(p) >= 6]
        if _SITE_NAME.fullmatch(first.strip()) and rest:
            return _unbracketed(max(rest, key=len))
        return _unbracketed(first if len(first) >= 4 else max(clean, key=len))
    return _unbracketed(clean[0])


_TOPIC_NAME = compile_either(r"(?:专题|专栏)\s*$")


def _topic_split(part: str) -> list[str]:
    """A <title> part "标题-某某专题" as the headline and the 专题's name."""
    pieces = [p for p in _BARE_SUFFIX.split(part) if p.strip()]
    return pieces if len(pieces) == 2 and _TOPIC_NAME.search(pieces[1]) else [part]


# A site's name as a <title> part: a short name ending in what sites are (网, 报, 政府, 中心).
_SITE_NAME = compile_either(
    r"[\u4e00-\u9fffA-Za-z0-9·]{1,14}(?:网|(?<![预通举汇警申简喜捷回电])报|数字报|电子报|电子版|数字版|政府|门户网站|网站|融媒体中心|"
    r"融媒|在线|客户端)")


# Before a mere space only a name no headline clause ends in (织密防护网 守护平安 is one
# headline): a portal's, a government's or a paper's.
_SITE_FIRST = compile_either(
    r"(?P<site>[\u4e00-\u9fff]{2,14}(?:门户网站|人民政府|政府网|党建网|新闻网|融媒体中心|数字报|电子报|"
    r"日报|晚报))\s+(?P<rest>\S.{5,})")


# The site's name put first with bare hyphens (某某党建网-组工动态-标题): a name worded as a
# site's (_SITE_NAME), at most one short channel, then a headline; one between digits is a range
# (2024年1-5月), and a name no site's is no part. The headline holds no bare hyphen itself but
# between digits: a run of more parts is a stuffed title's keyword list (某某体育官网-某某app
# 下载-…-标题).
_SITE_FIRST_HYPHEN = compile_either(
    rf"({_SITE_NAME.pattern})-(?:([\u4e00-\u9fff]{{2,8}})-)?([^-\d](?:[^-]|(?<=\d)-(?=\d)){{5,}})")


def _unbracketed(title: str) -> str:
    """A headline a <title> prints whole in brackets (【标题】-某某网) without them."""
    if title.startswith("【") and title.endswith("】") and title.count("【") == 1:
        inner = title[1:-1].strip()
        return inner if len(inner) >= 6 else title
    return title


_KEYWORD_SEP = compile_either(r"\s*[,，]\s*")
_KEYWORD_MAX = 8  # characters of one keyword (营商环境, 一网通办)


def _keyword_list(text: str) -> bool:
    """A <title> part that lists search keywords (营商环境,政务服务,一网通办), no headline:
    three or more short words apart by ASCII commas, or four or more by any comma (a headline
    of clauses has fewer, and longer ones)."""
    words = _KEYWORD_SEP.split(text.strip())
    if len(words) < 3 or not all(0 < len(w) <= _KEYWORD_MAX and " " not in w for w in words):
        return False
    return "," in text or len(words) >= 4


def _sells(text: str) -> bool:
    """Names a spam brand or selling phrase of the spam lexicons (not a mere topic word).
    The spam readers read simplified text: a traditional-script page's is converted first."""
    return any(h.kind != "term" for h in shared_lexicon().scan(to_simplified(text)))


def mirror_named(source: str | None) -> bool:
    """A publisher's name a spam mirror wrote in (来源：转载自某某娱乐城, 某某体育官网): a spam
    brand or selling phrase, or a coined brand in a mirror's form, names no publisher."""
    return bool(source) and (_sells(source or "") or _names_coined_brand(source or ""))


def _names_coined_brand(text: str) -> bool:
    """Prints, uncited, a brand no lexicon knows in a mirror's form (某某体育官网, 某某娱乐
    app下载, 某某娱乐 www.ab88.com): see spam.brands."""
    return any(not f.cited and f.form in ("shaped", "addressed")
               for f in coined_brand_forms(to_simplified(text), shared_stats()))


def _meta(root: HtmlElement, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for el in root.iter("meta"):
        key = (
            el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or ""
        ).lower()
        if key in wanted:
            value = _norm(el.get("content"))
            if value:
                return value
    return None


_DATE = compile_either(
    r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?)?"  # 2024年7月2日 星期二 15:48
    # ISO 8601 puts a T between date and time (2024-07-16T14:05:00+08:00)
    r"(?:(?:\s*|T)(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?"
)
_DATE_LABEL = compile_either(r"(?:发布|发表|更新|刊发|出版|时间|日期|来源|作者|编辑)")
# A date field's label in a cell of its own (留言时间, 发布日期：); not the day a document was
# written (成文日期, a last resort) nor an edit's.
_DATE_LABEL_CELL = compile_either(
    r"(?!.*(?:成文|发文|印发|更新|修改))[\u4e00-\u9fff]{0,4}(?:时间|日期)\s*[:：]?")
# A field's label in a cell of its own (来源： | 某某日报 | 作者： | 某某 | 发布日期 | 2025-…), its
# value in the next cell: a short value, no sentence and no second label.
_LABEL_CELL = compile_either(
    r"(?:(?:文章|信息|新闻|稿件)?(?:来源|稿源|出处)|(?:文章)?(?:作者|撰稿|撰文)"
    r"|(?!.*(?:成文|印发))[\u4e00-\u9fff]{0,4}(?:时间|日期))\s*[:：]?")
_CELL_VALUE = compile_either(r"[^:：，。,;；|丨]{2,30}")
# The label of a notice's issuing body in a cell of its own (發布單位, 发文机关：), its name in
# the cell after it.
_PUBLISHER_CELL = compile_either(r"(?:发布|发文)(?:单位|机关|机构)\s*[:：]?")
# The same field with its value on one line (a catalogue's list item: 发布机构：某某中心).
_PUBLISHER_FIELD = compile_either(
    r"(?:发布|发文)(?:单位|机关|机构)\s*[:：]\s*(?P<name>[^:：，。,;；|丨\s]{2,30})")


# An information table (信息公开: 索引号 | … / 发文机关 | 某某县人民政府 / 成文日期 | …): its index
# number's label, and the label of the body that issued the document.
_INDEX_LABEL = compile_either(r"(?:信息)?索引号\s*[:：]?")
_ISSUER_CELL = compile_either(r"发文机关\s*[:：]?")
_ISSUER_FIELD = compile_either(r"发文机关\s*[:：]\s*(?P<name>[^:：，。,;；|丨\s]{2,30})")


def _issuing_cell(lines: Sequence[str]) -> str | None:
    """The body an information table's 发文机关 cell names (its value in the next cell, or on
    the same line), when the lines hold the table's 索引号 too; else None."""
    if not any(_INDEX_LABEL.match(ln.strip()) for ln in lines):
        return None
    for label, value in itertools.pairwise([*lines, ""]):
        if _ISSUER_CELL.fullmatch(label.strip()) and _CELL_VALUE.fullmatch(value.strip()):
            return value.strip()
        if field := _ISSUER_FIELD.fullmatch(label.strip()):
            return field["name"]
    return None


def _joined_label_cells(lines: list[str]) -> list[str]:
    """``lines`` with each field's label cell joined to the value cell under it (信息来源 /
    某某日报 -> 信息来源：某某日报), as a row of labelled fields reads."""
    joined: list[str] = []
    skip = False
    for n, line in enumerate(lines):
        if skip:
            skip = False
            continue
        label = line.strip()
        value = lines[n + 1].strip() if n + 1 < len(lines) else ""
        if (_LABEL_CELL.fullmatch(label) and _CELL_VALUE.fullmatch(value)
                and not _LABEL_CELL.fullmatch(value)):
            joined.append(f"{label.rstrip(':：').rstrip()}：{value}")
            skip = True
        else:
            joined.append(line)
    return joined
# When a post was last edited (本帖最后由 某某 于 2024-5-3 10:30 编辑, 最后编辑于 …, Last edited
# by …): a later day than the one it was published, never its date.
_EDIT_STAMP = compile_either(
    r"最后由.{0,24}?于|最后(?:编辑|修改)于|[Ll]ast\s+edited"
    # a header widget printing the day the page is viewed (今天是2026年11月28日 星期六), and a
    # site-wide stamp (网站更新时间：…, 本站最后更新：…): days that are not the article's
    r"|(?:今天|今日|当前日期|当前时间|现在时间|现在是)(?:是|为)?\s*[:：]?\s*"
    r"(?:(?:星期|周)[一二三四五六日天]\s*[,，]?\s*)?(?:公元)?\s*\d"
    # a calendar widget: the weekday and the lunar day beside the date (星期六 农历十月初九)
    r"|(?:星期|周)[一二三四五六日天].{0,12}农历|农历.{0,16}(?:星期|周)[一二三四五六日天]"
    r"|(?:网站|本站|全站|站点)(?:最后|最近)?更新")
_SOURCE = compile_either(
    # a label in quotes is a mention of one (凡注明“来源：某某网”的), no field
    r"(?<![图片资料数据“「‘\"])(?:来源|稿源|出处)\s*[:：]\s*"
    # an empty field is no publisher: the next field's label after it (来源： 发布时间：…)
    r"(?!(?:责任|文章|信息)?(?:作者|编辑|记者|时间|日期|发布|更新|浏览|点击|阅读)[^\s:：]{0,2}[:：])"
    r"([^\s|丨，,:：]{2,24}?)(?=$|[\s|丨，,）)]|作者|编辑|记者|时间|发布|浏览|点击)"
)
# 文 labels a byline alone (文：某某, 文/某某): glued to a word before it, it ends that word,
# most often a name (a transcript's speaker 庞书文：…, whose words would be read as names)
_AUTHOR = compile_either(
    # (and the credit for text and pictures both: 文/图：某某, 图/文：某某)
    r"(?:作者|撰文|(?<![\u4e00-\u9fff])(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文))\s*[:：/]\s*"
    r"([^|丨\n]{2,60})"
    r"|(?:^|[（(\s])记者\s*[:：]?\s*([^|丨\n）)】\]]{2,40})"
    r"|^(?:By|BY|by)\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})"
)
_AUTHOR_STOP = compile_either(
    r"\s*(?:来源|发布|时间|日期|编辑|责任编辑|审核|审校|校对|[一二三]审|终审|浏览|点击|字号|通讯员|"
    r"\d{4}[-年]|[|丨]).*$"
)
_AUTHOR_CUT = compile_either(
    r"^(?:本报|本台|本网)?(?:特约|见习|实习)?记者\s*|(?:综合报道?|报道|综合|摄影?|整理)$"
)
# Names are split at list punctuation and at spaces, but not at a space inside a Latin phrase
# (a generator's credit, Discuz! Team and Comsenz UI Team, is one value, not four names).
_NAME_SPLIT = compile_either(r"[、，,；;]+\s*|(?<![A-Za-z!.])\s+|\s+(?![A-Za-z])")
def _iso(m: re.Match[str], *, china: bool = False) -> str | None:
    """The date ``m`` as ISO 8601; with ``china``, a time given at another UTC offset is
    turned to China time."""
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if m.group(4) is not None and m.group(5) is not None:
        h, mi = int(m.group(4)), int(m.group(5))
        s = int(m.group(6)) if m.group(6) else 0
        if h < 24 and mi < 60 and s < 60:
            out += f"T{h:02d}:{mi:02d}:{s:02d}"
            # an offset only after an ISO time (its T): 9:00-11:30 is a range of hours
            zone = _UTC_OFFSET.match(m.string, m.end()) if china and "T" in m.group(0) else None
            if zone is not None:
                out = _china_time(out, zone)
    return out


# A day in the Republic of China's years (民國115年11月27日, 115-11-27), as Taiwan's government
# sites print a date field: read only as a labelled field's whole value, where a number of two
# or three digits before a month and a day can be nothing else.
_ROC_DAY = re.compile(
    r"(?:中華民國|中华民国|民國|民国)?\s*(\d{2,3})\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
    r"\s*日?")
_ROC_FIELD = compile_either(r"(?:发布|发文|公告|刊登|上架)?日期\s*[:：]?\s*")


def roc_day(value: str) -> str | None:
    """The ISO day of a date field's whole ``value`` written in ROC years, else None."""
    m = _ROC_DAY.fullmatch(value.strip())
    if m is None or not 1 <= int(m.group(1)) <= 150:
        return None
    y, mo, d = int(m.group(1)) + 1911, int(m.group(3)), int(m.group(4))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


# The UTC offset after an ISO time (2024-02-06T13:15:42+00:00, …Z, …+0800), fraction skipped.
_UTC_OFFSET = compile_either(r"(?:\.\d+)?(?:(?P<utc>Z)|(?P<sign>[+-])(?P<hh>\d\d):?(?P<mm>\d\d))")
_CHINA = timezone(timedelta(hours=8))


def _china_time(local: str, zone: re.Match[str]) -> str:
    """The time ``local`` (printed at the offset ``zone``) in China time, as every other date
    of a Chinese page is printed: a WordPress site's og meta gives UTC (…T13:15:42+00:00 is
    21:15:42 in Beijing)."""
    if zone["utc"]:
        offset = timedelta(0)
    else:
        offset = timedelta(hours=int(zone["hh"]), minutes=int(zone["mm"]))
        offset = -offset if zone["sign"] == "-" else offset
    if offset > timedelta(hours=14):
        return local  # no offset a clock runs at: not a zone
    moment = datetime.fromisoformat(local).replace(tzinfo=timezone(offset))
    return moment.astimezone(_CHINA).strftime("%Y-%m-%dT%H:%M:%S")


def _meta_date(root: HtmlElement) -> str | None:
    raw = _meta(
        root,
        "article:published_time",
        "og:release_date",
        "pubdate",
        "publishdate",
        "publish_date",
        "publishtime",
        "datepublished",
        "dc.date",
        "dc.date.issued",
        "firstpublishedtime",
        "weibo:article:create_at",
        "article:published",
    )
    china = _chinese_page(root)
    if raw:
        m = _DATE.search(raw)
        if m:
            return _iso(m, china=china)
    for el in root.iter("time"):
        m = _DATE.search(el.get("datetime") or el.text_content())
        if m:
            return _iso(m, china=china)
    return None


def _relative_time_title(root: HtmlElement) -> str | None:
    """The time a relative stamp (发表于 <span title="2024-5-2 21:08">5 天前</span>) keeps in
    its title, as forums (Discuz!) print a recent post's: the first such is the opening
    post's."""
    for el in root.iter("span", "em", "abbr", "time"):
        title = el.get("title")
        if title and _RELATIVE_DAY.match(el.text_content().strip()):
            m = _DATE.search(title)
            if m:
                return _iso(m)
    return None


_HAN_CHAR = compile_either(r"[\u4e00-\u9fff]")


def _chinese_page(root: HtmlElement) -> bool:
    """A page in Chinese (by its lang, else its <title>): its readers' clock is China's, so a
    time its meta gives in UTC is told in China time; an English page's stays as given."""
    lang = (root.get("lang") or root.get("xml:lang") or "").lower()
    if lang:
        return lang.startswith("zh")
    title = root.find(".//title")
    return title is not None and _HAN_CHAR.search(title.text_content() or "") is not None


_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "report"}


# Lists or graphs nested deeper than this are no article's metadata; reading them recursed
# past Python's limit (a block of 20,000 "[" failed the page).
_LD_DEPTH = 16


def _ld_items(data: object, depth: int = 0) -> list[dict[str, object]]:
    """The objects of a JSON-LD block: a list, an @graph, or a single object."""
    if depth > _LD_DEPTH:
        return []
    if isinstance(data, list):
        return [x for item in data for x in _ld_items(item, depth + 1)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *_ld_items(graph, depth + 1)] if isinstance(graph, list) else [data]
    return []


def _ld_names(value: object, depth: int = 0) -> list[str]:
    """Person names of a JSON-LD author value (a name, a Person, a list of them)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and depth <= _LD_DEPTH:
        return [n for v in value for n in _ld_names(v, depth + 1)]
    if isinstance(value, dict) and str(value.get("@type", "Person")).lower() == "person":
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    return []


def _ld_objects(root: HtmlElement) -> Iterator[dict[str, object]]:
    """The objects of the page's JSON-LD blocks, in page order; a block that does not parse
    is skipped."""
    import json

    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except (ValueError, RecursionError):  # the decoder recurses once per nested [ or {
            continue
        yield from _ld_items(data)


def _ld_articles(root: HtmlElement) -> Iterator[dict[str, object]]:
    """The article objects (NewsArticle, Article, ...) of the page's JSON-LD blocks, in page
    order; a block that does not parse is skipped."""
    for item in _ld_objects(root):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(str(k).lower() in _ARTICLE_TYPES for k in kinds):
            yield item


jsonld_articles = _ld_articles


def jsonld_meta(root: HtmlElement) -> tuple[str | None, tuple[str, ...]]:
    """Publish date and authors an article's JSON-LD block states (NewsArticle's
    datePublished, its author Persons); read before html.prune takes the scripts out."""
    for item in _ld_articles(root):
        raw = item.get("datePublished")
        m = _DATE.search(raw) if isinstance(raw, str) else None
        names = [n.strip() for n in _ld_names(item.get("author")) if n.strip()]
        authors = tuple(a for a in names if plausible_author(a))
        return (_iso(m, china=_chinese_page(root)) if m else None), authors
    return None, ()


def _item_owner(el: HtmlElement) -> HtmlElement | None:
    """The microdata item a property belongs to: the nearest element above it with itemscope."""
    parent = el.getparent()
    while parent is not None and parent.get("itemscope") is None:
        parent = parent.getparent()
    return parent


def _item_value(el: HtmlElement) -> str:
    """A microdata property's value: its content or datetime attribute, else its text."""
    return _norm(el.get("content") or el.get("datetime") or el.text_content())


def microdata_meta(root: HtmlElement) -> tuple[str | None, tuple[str, ...]]:
    """Publish date and authors an article's schema.org microdata states (an itemscope of
    itemtype NewsArticle, Article or BlogPosting, its own itemprop datePublished and author, a
    Person's name or the author's text), as its JSON-LD would: the markup a CMS prints for
    machines (Drupal, WordPress themes), whatever the row under the headline reads. A comment's
    or another item's props are theirs, not the article's. A Q&A page's one Answer is its
    article, dated by its dateCreated (schema.org's date for answers and comments); a page of
    several answers has no one article. With no article item, a page's one Person item stated
    as an author (itemprop=author, in no item) is its author."""
    scopes = [el for el in root.iter()
              if isinstance(el.tag, str) and el.get("itemscope") is not None]
    answers = [el for el in scopes if _item_kind(el) == "answer"]
    for item in scopes:
        if _item_kind(item) not in _ARTICLE_TYPES and answers != [item]:
            continue
        date: str | None = None
        created: str | None = None
        names: list[str] = []
        for el in item.iter():
            props = (el.get("itemprop") or "").split() if isinstance(el.tag, str) else []
            if not props or _item_owner(el) is not item:
                continue
            if "datePublished" in props and date is None:
                m = _DATE.search(_item_value(el))
                date = _iso(m, china=_chinese_page(root)) if m else None
            if "dateCreated" in props and created is None:
                m = _DATE.search(_item_value(el))
                created = _iso(m, china=_chinese_page(root)) if m else None
            if "author" in props:
                person = el if el.get("itemscope") is not None else None
                named = [n for n in el.iter() if person is not None and n is not el
                         and "name" in (n.get("itemprop") or "").split() and _item_owner(n) is el]
                names.append(_item_value(named[0]) if named else _item_value(el))
        return date or created, tuple(dict.fromkeys(a for a in names if plausible_author(a)))
    # No article item: a page may still state its author as a Person item of its own, a
    # property of no item (a column's author card over the post). Several such (a comment
    # list's) name no one author.
    loose = [el for el in scopes if _item_kind(el) == "person" and _item_owner(el) is None
             and "author" in (el.get("itemprop") or "").split()]
    if len(loose) == 1:
        person = loose[0]
        named = [n for n in person.iter() if n is not person and isinstance(n.tag, str)
                 and "name" in (n.get("itemprop") or "").split() and _item_owner(n) is person]
        if named and plausible_author(name := _item_value(named[0])):
            return None, (name,)
    return None, ()


def _item_kind(item: HtmlElement) -> str:
    """A microdata item's type, lowercased, without its vocabulary (NewsArticle, Answer)."""
    return (item.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1].lower()


def _ld_publishers(root: HtmlElement) -> list[str]:
    """The publisher names its article's JSON-LD states."""
    names: list[str] = []
    for item in _ld_articles(root):
        value = item.get("publisher")
        for one in value if isinstance(value, list) else [value]:
            name = one.get("name") if isinstance(one, dict) else one
            if isinstance(name, str) and name.strip():
                names.append(name.strip())
    return names


def _stated_publishers(root: HtmlElement) -> list[str]:
    """The publisher names the page states for machines: its article's JSON-LD publisher and
    og:site_name (a script and a meta tag: read before html.prune takes the scripts out)."""
    names = _ld_publishers(root)
    site = _meta(root, "og:site_name")
    return [*names, site] if site else names


# characters of a site's name the <title> ends with (标题 | 某某财经), at most
_TITLE_SITE_MAX = 12
# what follows an outlet's name in a byline: its reporter's label (某某财经 记者 某某)
_REPORTER_AFTER = r"\s*(?:特约|实习)?(?:记者|通讯员)"


def _title_site(root: HtmlElement) -> str | None:
    """The site's name the <title> ends with, after the headline and a separator."""
    title = root.find(".//title")
    parts = [p for p in _TITLE_SEP.split(_norm(title.text_content() if title is not None else ""))
             if p.strip()]
    return parts[-1] if len(parts) >= 2 and len(parts[-1]) <= _TITLE_SITE_MAX else None


def _printed_publisher(root: HtmlElement, header: Sequence[str],
                       authors: Sequence[str] = ()) -> str | None:
    """A publisher the page states for machines (JSON-LD, og:site_name) that the row under
    the headline also prints as a field of its own, unlabelled (记者 某某 2025-06-18 某某新闻):
    the two agree, so the bare name is the publisher, not a channel or a tool. Not a name the
    row gives as its author's (标题 - 某某 over 某某 2025-06-18)."""
    printed = {token for line in header for token in line.split()}
    stated = next((n for n in _stated_publishers(root)
                   if n in printed and n not in authors and not DATE.search(n)), None)
    if stated is not None:
        return stated
    # the site's name its <title> ends with, printed as the outlet of the row's reporter
    # (2025-11-27 10:05 某某财经 记者 某某): the byline names its outlet as 某某日报记者 does
    site = _title_site(root)
    if site is None or site in authors or DATE.search(site):
        return None
    before = compile_either(rf"(?:^|\s){re.escape(site)}{_REPORTER_AFTER}")
    return site if any(before.search(line) for line in header) else None


def _reporters(m: re.Match[str], line: str) -> tuple[str, ...]:
    """The names an _AUTHOR match reads. A name glued to its 记者 (记者张三) must look like a
    name: glued, 记者了解到 or 记者走访发现 opens a sentence of the story, no byline."""
    names = _authors(m.group(1) or m.group(2))
    glued = m.group(2) is not None and line[m.start(2) - 1] == "者"
    if glued and names and not looks_like_name(names[0]):
        return ()
    if names and m.group(2) is not None:
        # a dateline's bracket naming more roles (（记者 某某 通讯员 某某）): a correspondent
        # is an author too, read by the byline's parser
        byline = parse_byline(f"记者 {m.group(2)}", tail=False)
        if byline is not None and len(byline.authors) > len(names):
            return byline.authors
    return names


def _authors(raw: str) -> tuple[str, ...]:
    raw = _AUTHOR_STOP.sub("", raw).strip()
    names: list[str] = []
    for part in _NAME_SPLIT.split(raw):
        if ends_byline(part):
            break  # 作者：某某 收藏 分享: the row's buttons, no names
        part = _AUTHOR_CUT.sub("", part.strip("（）()[]【】"))
        part = _AUTHOR_CUT.sub("", part)
        if plausible_author(part):
            names.append(part)
    return tuple(dict.fromkeys(names))


# Meta tags that give the headline alone, without the site's name: Open Graph's, Twitter's and
# ArticleTitle, which the national guideline for government sites (政府网站发展指引) has every
# article page carry beside PubDate and ContentSource (a TRS WCM page's <title> is often
# the site's name alone).
_HEADLINE_META = ("og:title", "twitter:title", "articletitle")
# The characters a headline's words are written in (punctuation and spaces aside).
_WORD_CHAR = compile_either(r"[\u4e00-\u9fffA-Za-z0-9]")
_REWORDED_SHARE = 2 / 3  # of the shorter headline's characters the other holds, at least
_REWORDED_REST = 1 / 2  # and of the longer one's


def _rewords(og: str, h1: str) -> bool:
    """``og`` (og:title) rewords the headline the <h1> prints: each holds most of the other's
    characters, their words differ (an SEO headline, 某某路拓宽改造，下月开工！总投资3亿元,
    over the printed 某某路拓宽改造工程下月开工). Not the <h1> with the site's name or a
    kicker beside it (标题_某某网, one holding the other), nor an <h1> that is a channel's
    label or the site's name (新闻动态, 某某网: no headline)."""
    a = "".join(_WORD_CHAR.findall(og))
    b = "".join(_WORD_CHAR.findall(h1))
    if a == b or a in b or b in a or min(len(a), len(b)) <= _LABEL_CHARS:
        return False
    if _SITE_NAME.fullmatch(h1.strip()):
        return False
    common = sum((Counter(a) & Counter(b)).values())
    short, long = sorted((len(a), len(b)))
    return common >= _REWORDED_SHARE * short and common >= _REWORDED_REST * long


# The class Chrome's and Google's translators set on <html> when they translate a page in place:
# its text is the reader's language, its <meta> tags still the original's.
_TRANSLATED = compile_either(r"(?:^|\s)translated-(?:ltr|rtl)(?:\s|$)")


def page_meta(
    root: HtmlElement,
    lines: list[str],
    *,
    find_date: bool = True,
    near: Sequence[str] = (),
    ends: Sequence[str] = (),
    after: Sequence[str] = (),
    url: str | None = None,
) -> PageMeta:
    """Metadata from the (pruned) page ``root`` and its short lines around the article.

    ``near`` are the page lines just above and at the start of the article, where its
    headline is printed; ``ends`` the article's first and last lines; ``after`` the page
    lines right under the article; ``url`` the address the page was fetched from.
    """
    title_el = root.find(".//title")
    raw_title = _norm(title_el.text_content()) if title_el is not None else None
    h1_el = root.find(".//h1")
    h1 = _norm(h1_el.text_content()) if h1_el is not None else None
    if h1_el is not None and (posted := _headline_under_site_h1(root, h1_el, raw_title)):
        h1 = posted
    elif h1_el is not None and h1 and (own := _headline_under_spam_h1(root, h1_el, h1)):
        h1 = own
    # a translated page's headline is its <h1> and <title>, never the original's og:title
    translated = _TRANSLATED.search(root.get("class") or "") is not None
    og = None if translated else _meta(root, *_HEADLINE_META)
    # Beside og:title the <title> stands in for a missing <h1> only without its site's name:
    # whole ("标题_某某新闻") it contains og:title and would win as the fuller heading.
    stand_in = clean_title(raw_title) if og and not h1 else None
    if og and stand_in and _channel_first(stand_in, og):
        stand_in = og
    # the visible <h1> over an og:title (and the <title> repeating it) that rewords it
    reworded = bool(og and h1 and _rewords(og, h1))
    title = h1 if reworded else clean_title(og or raw_title, h1 or stand_in)

    title = _refine_title(title, lines)
    printed = _printed_headline(title, raw_title, root, near, ends[0] if ends else None)
    title = printed or title
    if not printed and ends and (lead := bracket_lead(title, ends[0], near)):
        title = lead
    head = header_meta(root, printed)
    date = head.date or _meta_date(root) or _relative_time_title(root)
    source, labelled = head.source_name, head.source_labelled
    if not labelled and (named := _labelled_source(ends)):
        source, labelled = named, True
    # the body that issued a document, as its information table's 发文机关 cell names it, over
    # the office a ContentSource tag names (the one that put it on the site)
    source = source or _issuing_cell(lines) or _meta(
        root, "source", "contentsource", "article:source", "og:article:source")
    author_meta = _meta(root, "author", "article:author", "og:article:author")
    authors: tuple[str, ...] = head.authors or _visible_meta_authors(root, author_meta)
    written: str | None = None  # the day the document was written (成文日期): a last resort
    label_cell = ""  # the line before, when a date field's label alone (留言时间)
    publisher_cell = False  # the line before is the label of the issuing body's field alone
    for line in lines:
        if len(line) > 160:
            continue
        if date is None and label_cell and (m := _DATE.fullmatch(line.strip())):
            # an information table's date in the cell under its label (留言时间 | 2025-09-16
            # 21:47:09), read as lines: the page's, before any row under the body (a rating's
            # 评价时间 there)
            date = _iso(m)
        if date is None and label_cell and _ROC_FIELD.fullmatch(label_cell.strip()):
            date = roc_day(line)  # a Taiwan site's 發布日期 | 115-11-27
        if date is None and (field := _ROC_FIELD.match(line.strip())) and field.group(0):
            date = roc_day(line.strip()[field.end():])  # 發布日期：115-11-27 in one line
        if source is None and publisher_cell and _CELL_VALUE.fullmatch(line.strip()):
            # a press release's table: 發布單位 | 某某分署, the body that issued it
            source = line.strip()
        if source is None and (field := _PUBLISHER_FIELD.fullmatch(line.strip())):
            # the same field as one line, its label and value side by side (a list item)
            source = field["name"]
        publisher_cell = _PUBLISHER_CELL.fullmatch(line.strip()) is not None
        label_cell = line if _DATE_LABEL_CELL.fullmatch(line.strip()) else ""
        if date is None and _DATE_LABEL.search(line) and not _EDIT_STAMP.search(line):
            m = _DATE.search(line)
            if m and _WRITTEN.match(line):
                written = written or _iso(m)
            elif m:
                date = _iso(m)
        if source is None:
            m = _SOURCE.search(line)
            if m:
                source = m.group(1).strip()
        if not authors:
            m = _AUTHOR.search(line)
            fields = parse_meta_line(line) if m else None
            if fields is not None and fields.authors:
                # a row of fields (作者：本报记者 某某 通讯员 某某 日期：…) read field by field
                authors = fields.authors
            elif m and m.group(3):
                authors = (m.group(3),)
            elif m:
                authors = _reporters(m, line)
    for line in after:
        foot = foot_row(line)
        if foot is None:
            continue
        date = date or foot.date
        if source is None and foot.source_name:
            source, labelled = foot.source_name, True
        # the row's author field (本文来源：某某晚报 作者：某某), when no header named one
        authors = authors or foot.authors
    if date is None:
        date = day_under_end_mark([*ends[-1:], *after])
    widgets: set[int] = set()
    if date is None:
        widgets = _viewing_days(lines, title)
        for n, line in enumerate(lines):
            if n in widgets:
                continue
            if len(line) <= 80 and not _EDIT_STAMP.search(line):
                m = _DATE.search(line)
                if m and n > 0 and _WRITTEN.fullmatch(lines[n - 1].strip()):
                    # an information table's cell under its 成文日期 label
                    written = written or _iso(m)
                elif m:
                    date = _iso(m)
                    break
    date = date or written
    canonical = None
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            canonical = link.get("href", "").strip() or None
            break
    canonical = canonical or _meta(root, "og:url")
    if date is None:
        date = url_date(canonical) or url_date(url)
    if date is None and find_date:
        # its search would read the widget's day again
        date = _htmldate(root, canonical or url, skip_weekday_days=bool(widgets))
    if date is not None and "T" not in date:
        date = _timed(date, lines)
    if not authors:
        authors = _bio_author(ends)
    if source is None:
        source = epaper_paper(raw_title)
    source = clean_source(source)
    # A publisher is no author (<meta name=author content=某某消息> on portals).
    authors = tuple(a for a in authors if plausible_author(a) and a != source)
    return PageMeta(title, date, source, authors, canonical, source_labelled=labelled)


# The mark a press release ends on (完, （完）, 【完】, - 完 -, ENDS), its day printed bare
# under it.
_END_MARK = compile_either(r"[（(【\[\-－—\s]*(?:完|全文完|ENDS?)[）)】\]\-－—\s]*")


def day_under_end_mark(tail: Sequence[str]) -> str | None:
    """The day a press release prints bare (2026年11月30日（星期一）) right under the mark it
    ends on (完), among the first lines of ``tail`` (the article's last line, the lines after)."""
    for prev, line in itertools.pairwise(tail[:5]):
        if _END_MARK.fullmatch(prev.strip()) and (m := _DATE.fullmatch(line.strip())):
            return _iso(m)
    return None


# The body's name and its channel's label before a headline, each followed by a space (某某市
# 水利局 工作动态 标题): a Hanweb-like <title> that keeps the site's name, worded as a body's.
_BODY_AND_CHANNEL = compile_either(
    r"[\u4e00-\u9fff]{2,14}(?:局|委|委员会|办|办公室|厅|院|中心|政府|馆)"
    r" [\u4e00-\u9fff]{2,8} ")


def _channel_first(title: str, headline: str) -> bool:
    """``title`` is ``headline`` with a channel's label put before it after a space (部门动态
    标题: a government CMS's <title> of site, channel and article name, apart by spaces), or
    the body's name and the channel's (某某市水利局 工作动态 标题)."""
    label = title.removesuffix(headline)
    if label != title and _BODY_AND_CHANNEL.fullmatch(label):
        return True
    return label != title and label.endswith(" ") and 0 < len(label.strip()) <= _LABEL_CHARS and (
        " " not in label.strip())


# A <title>'s short labels put before its headline, each closed by a colon or a bare hyphen
# (新闻公报：标题, 某某分署-新闻稿-标题): the kind of page and the site's name, not the headline's.
_LEADING_LABELS = re.compile(r"(?:[^\s:：\-_|｜]{2,12}\s*[:：\-_|｜]\s*){1,3}")


def _labels_first(title: str, headline: str) -> bool:
    """``title`` is ``headline`` (a line the page prints) with short labels put before it."""
    label = title.removesuffix(headline)
    return label != title and _LEADING_LABELS.fullmatch(label) is not None


# A day with its weekday and no time (2026年11月28日 星期六, 星期六 2026-11-28): the header's
# widget of the day the page is viewed when it stands above the headline, alone or among the
# header's links (首页 设为首页), words with no number, label or sentence mark, or the weather.
_WEEKDAY = r"[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?"
_DAY = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_LINKS = r"[^\d:：，。,.!?！？；;]{1,30}"
# a site's tools, which a header prints unspaced after the day (星期六设为首页加入收藏)
_SITE_TOOLS = (r"(?:设为首页|加入收藏|收藏本站|无障碍|长者|关怀版|登录|注册|English|繁體|简体|"
               r"网站地图)")
# and the day's weather beside it (星期六 多云 8~15℃)
_WEATHER = (r"\s*[^\d:：，。]{0,8}(?:晴|多云|阴|[小中大暴阵]雨|雷阵雨|雨夹雪|[小中大]雪|雾|霾)?"
            r"[^\d:：，。]{0,8}-?\d{1,2}\s*(?:[~～/-]\s*-?\d{1,2}\s*)?(?:℃|°C)[^\d:：，。]{0,20}")
_WIDGET_LINE = compile_either(
    rf"^(?:{_LINKS}\s)?\s*(?:{_DAY}\s*{_WEEKDAY}|{_WEEKDAY}\s*{_DAY})"
    rf"(?:\s{_LINKS}|\s*{_SITE_TOOLS}{_LINKS}?|{_WEATHER})?\s*$")
# An e-paper (数字报) prints its issue's day so in its header: that day is the article's. Its
# marks are its pages (第A03版) and their fields (版次), not the word 数字报 that a city paper's
# site prints in its menu.
_EPAPER = compile_either(r"第\s*[A-Za-z]?\d{1,3}\s*版|版面导航|版次")
_PAGE_LINK = compile_either(r"^\s*第\s*[A-Za-z]?\d{1,3}\s*版")
_WEEKDAY_DAY_IN = compile_either(rf"(?:{_DAY}\s*{_WEEKDAY}|{_WEEKDAY}\s*{_DAY})")


class EpaperIssue(NamedTuple):
    """What an e-paper's header prints above the headline: its issue's day and its paper."""

    day: str | None
    paper: str | None


def epaper_issue(root: HtmlElement) -> EpaperIssue:
    """The issue's day an e-paper's header prints (2024年05月20日 星期一) above the headline,
    read before its header is pruned. Only on a page that links to the pages of its issue
    (第01版：要闻) or beside the page's own mark (… 星期一 第A03版): elsewhere a day and its
    weekday in the header is the day the page is viewed. And the paper its row of the page
    names (某某日报 2026年11月30日 第05版：城市, a party paper's phone page over the headline)."""
    body = root.find("body")
    if body is None:
        return EpaperIssue(None, None)
    linked = any(_PAGE_LINK.match(a.text_content()) for a in body.iter("a"))
    if not linked and not _EPAPER.search(body.text_content()):
        return EpaperIssue(None, None)  # most pages: spare walking their lines
    keys = _headline_keys(root)
    day = paper = None
    for line in block_lines(body):
        if _is_headline(line, keys):
            break
        paged = len(line) <= 80 and _EPAPER.search(line) is not None
        if paper is None and paged and (row := parse_date_row(line)) is not None:
            paper = row.source_name
        m = _WEEKDAY_DAY_IN.search(line) if len(line) <= 80 else None
        if day is None and m and (linked or paged) and (found := _DATE.search(m.group(0))):
            day = _iso(found)
        if day is not None and paper is not None:
            break
    return EpaperIssue(day, paper)


# An e-paper's <title> names its paper with the edition's word before or after the headline
# (某某日报数字报-标题, 标题_某某晚报电子版): a paper's name, ending as papers' do (日报, 晚报, 报).
_EPAPER_PAPER = compile_either(
    r"(?P<paper>[\u4e00-\u9fff]{1,10}(?:日报|晚报|早报|时报|商报|都市报|周报|报))\s*"
    r"(?:数字报|电子报|数字版|电子版|数字报刊)(?:平台)?")


# The kinds of publisher a site's name ends with: a paper (某某日报, 某某都市报), a magazine
# (某某周刊, 某某杂志, 某某誌), a news agency or site (某某通讯社, 某某新闻网, 某某新闻), a station
# (某某电视台; a platform's 平台 is none), a media group, a firm that publishes its own notes
# (某某证券), and their English forms (Harbour Times, City News). Not a blog's or a newsletter's
# own phrase (阳台上的小菜园, 某某手记, 某某小记, 某某通讯), nor a platform that hosts others'
# writing (知乎专栏, 今日头条, 微信公众平台).
_PUBLISHER_SITE = compile_either(
    r"(?:[报刊社网誌]|(?<!平)台|杂志|新闻|电视|广播|频道|客户端|传媒|媒体|融媒|证券)$"
    r"|(?:^|\s)(?:Times|News|Post|Daily|Journal|Herald|Tribune|Gazette|Press|Magazine|Weekly)$")
# what a site's name may carry after a separator: the page it names (某某新闻网 - 首页)
_SITE_PAGE = compile_either(r"首页|主页|官网|官方网站|Home(?:page)?")
# the page's statement that the article is the site's own (版权声明：本文由某某原创，转载请注明出处)
_OWN_ARTICLE = r"本文(?:由|系|为|是){}(?:原创|首发|独家)"


def jsonld_publisher(root: HtmlElement) -> str | None:
    """The publisher its article's JSON-LD states (a script: read before html.prune takes the
    scripts out), when it names a body that is no outlet (某某市第二中学, 某某市档案馆): the
    last resort after the page's rows, before og:site_name (the body's short name, 某某二中,
    where the JSON-LD gives its full one). Such a body publishes its own news; an outlet the
    JSON-LD names (某某新闻, a portal carrying others' stories too) publishes only when the row
    under the headline prints it as well (_printed_publisher), and a blog's name is none."""
    return next((name for name in _ld_publishers(root)
                 if len(name) <= 2 * _TITLE_SITE_MAX and names_a_body(name)
                 and not _PUBLISHER_SITE.search(name)), None)


# The JSON-LD types of a body, not a person, given as an item's author.
_ORGANIZATION_TYPES = frozenset({
    "organization", "newsmediaorganization", "governmentorganization",
    "educationalorganization", "corporation", "radiostation", "televisionstation"})
# how a page's footer states whose the site is with the name before its label (某某电视台主办,
# 某某报社 版权所有), spaces dropped; the label before the name is _FOOTER_LABEL's
_OWNER_AFTER = r"(?:社|报社|有限公司|有限责任公司|传媒集团)?(?:主办|版权所有)"


def _ld_author_bodies(root: HtmlElement) -> list[str]:
    """The names of the bodies (an Organization, not a Person) the page's JSON-LD gives as the
    author of any of its items: an article, a podcast's episode, a video."""
    names: list[str] = []
    for item in _ld_objects(root):
        value = item.get("author")
        for one in value if isinstance(value, list) else [value]:
            if not isinstance(one, dict):
                continue
            kind = one.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            name = one.get("name")
            if (any(str(k).lower() in _ORGANIZATION_TYPES for k in kinds)
                    and isinstance(name, str) and name.strip()):
                names.append(name.strip())
    return names


def jsonld_author_owner(root: HtmlElement) -> str | None:
    """The body its JSON-LD gives as the author of the page's item (an Organization) when the
    page's footer states the same body as whose the site is (主办单位：某某, 某某电视台主办,
    © 2026 某某, 某某 版权所有): the two agree, so the body publishes its own item. Read before
    html.prune takes the scripts and the footer out; the last resort after the page's rows."""
    bodies = [n for n in _ld_author_bodies(root) if len(n) <= 2 * _TITLE_SITE_MAX]
    if not bodies:
        return None
    body = root.find("body")
    text = _flat(body.text_content() if body is not None else "")
    for name in dict.fromkeys(bodies):
        key = re.escape(_flat(name))
        stated = compile_either(
            rf"(?:{_FOOTER_LABEL}){_FOOTER_YEARS}{key}|{key}{_OWNER_AFTER}", re.IGNORECASE)
        if stated.search(text):
            return name
    return None


def site_publisher(root: HtmlElement, texts: Sequence[str] = ()) -> str | None:
    """The publisher a page names only in its head, as og:site_name: the last resort, when no
    row of the page named one (no 来源, no outlet in its byline). Cut of a page's name after a
    separator (某某新闻网 - 首页), and taken when it is a publisher's name (_PUBLISHER_SITE) or
    when ``texts`` (the page's, what was pruned from it) state the article is the site's own
    (本文由某某原创); a blog's or a platform's name is none."""
    site = _meta(root, "og:site_name")
    if site is None:
        return _footer_site(root, texts)
    parts = [p.strip() for p in _TITLE_SEP.split(site)
             if p.strip() and not _SITE_PAGE.fullmatch(p.strip())]
    if not parts or len(name := parts[0]) > 2 * _TITLE_SITE_MAX:
        return None
    if _PUBLISHER_SITE.search(name):
        return name
    own = compile_either(_OWN_ARTICLE.format(re.escape(name)))
    return name if any(own.search(text) for text in texts) else None


# The kinds of publisher whose site prints its own articles, named by the <title>'s site part
# and the footer's copyright: a paper (某某日报, 某某週報), a magazine (某某周刊, 某某誌), a news
# outlet (某某新闻网, 某某新闻), a station (某某电视台), a county's media centre (某某融媒体中心),
# and a museum or a library writing of itself (本馆: 某某博物馆, 某某图书馆). Not a site of any
# kind that hosts or gathers others' items (某某信息网, 某某在线, 某某人民政府, a trading centre,
# a company, a blog): its footer names the site, not the article's publisher.
_OWN_ARTICLES_SITE = compile_either(
    r"(?:日报|晚报|早报|时报|商报|都市报|周报|周刊|杂志|誌|新闻网|新闻|电视台|广播电台|融媒体中心|融媒"
    r"|博物馆|博物院|图书馆|美术馆|纪念馆|文化馆|档案馆|科技馆)$"
    r"|(?:^|\s)(?:Times|News|Post|Daily|Journal|Herald|Tribune|Gazette|Weekly)$")
# what a footer's statement of the site's rights or host says before its name (版权所有：某某,
# © 2026 某某, Copyright © 2009-2026 某某, 主办单位：某某, 网站名称：某某), spaces dropped
_FOOTER_LABEL = (r"(?:版权所有|版权归|Copyright|主办单位|主办|网站名称)[:：]?(?:©|\(c\))?"
                 r"|©|\(c\)")
_FOOTER_YEARS = r"(?:\d{4}(?:[-–]\d{4})?)?"
# what a footer prints after the name before its 版权所有 (某某週報社 版權所有, 某某有限公司)
_FOOTER_FIRM = r"(?:社|报社|有限公司|有限责任公司|传媒集团)?"


def _footer_site(root: HtmlElement, texts: Sequence[str]) -> str | None:
    """The site's name its <title>'s first or last part gives (某某日报 | 标题, 标题 - 某某博物馆)
    that ``texts`` (the page's, its pruned footer's, whitespace dropped) state again as whose
    the site is (版权所有：某某, ©2026 某某 版权所有, 主办单位：某某): the publisher of a page with
    no row naming one, when the name is that of a site printing its own articles
    (_OWN_ARTICLES_SITE). The last resort after og:site_name."""
    title = root.find(".//title")
    parts = [p.strip() for p in _TITLE_SEP.split(_norm(title.text_content() if title is not None
                                                       else "")) if p.strip()]
    if len(parts) < 2:
        return None
    for name in dict.fromkeys((parts[0], parts[-1])):
        if len(name) > 2 * _TITLE_SITE_MAX or not _OWN_ARTICLES_SITE.search(name):
            continue
        key = re.escape(_flat(name))
        stated = compile_either(
            rf"(?:{_FOOTER_LABEL}){_FOOTER_YEARS}{key}|{key}{_FOOTER_FIRM}版权所有",
            re.IGNORECASE)
        if any(stated.search(text) for text in texts):
            return name
    return None


def epaper_paper(raw_title: str | None) -> str | None:
    """The paper an e-paper page's <title> names as its first or last part (某某日报数字报-
    标题): the publisher of its articles when no 来源 row names another (its own reporters'
    本报记者 stories)."""
    parts = [p.strip() for p in _TITLE_SEP.split(raw_title or "") if p.strip()]
    parts = parts if len(parts) >= 2 else [p.strip() for p in (raw_title or "").split("-")]
    if len(parts) < 2:
        return None
    for part in (parts[0], parts[-1]):
        if m := _EPAPER_PAPER.fullmatch(part):
            return m.group("paper")
    return None


def _viewing_days(lines: Sequence[str], title: str | None) -> set[int]:
    """Indices of ``lines`` that print a bare day and weekday above the headline: a header
    widget's today, not the article's day (which its own row under the headline gives). None
    on an e-paper's page, whose header prints the day of its issue the same way."""
    key = _flat(title)
    at = next((n for n, line in enumerate(lines) if key and _flat(line) == key), None)
    if at is None or any(_EPAPER.search(line) for line in lines):
        return set()
    return {n for n in range(at) if _WIDGET_LINE.match(lines[n])}


# The label a theme prints over the post's box of fields, glued to them in one line.
_FIELDS_BOX_LABEL = compile_either(
    r"^(?:版权声明|版权信息|文章信息|稿件信息|文章属性)\s*[:：]?\s+(?=\S+\s*[:：])")


def foot_row(line: str) -> PageMeta | None:
    """The date, publisher and authors of a row of fields under the body (信息来源：某某镇人民政府
    发布时间：2024-05-09 17:22, 本文来源：某某晚报 作者：某某), read only as a whole row of
    labelled fields with a date or a publisher: a list of other articles with their days may
    follow the body there too."""
    # a box's label before its fields (版权声明 来源：某某 时间：…) is no field of the row
    line = _FIELDS_BOX_LABEL.sub("", line, count=1)
    row = parse_meta_line(line) if len(line) <= 160 and _DATE_LABEL.search(line) else None
    if row is None:
        return None
    # the body that published a notice (发布单位：…) publishes when no 来源 names one
    name = row.source_name or row.publisher
    date = row.date if not row.document_date else None
    if not (date or name):
        return None
    return PageMeta(None, date, clean_source(name) if name else None, row.authors)


# A credits row under the body naming the people who made the page, each role labelled: the
# reporter, then the newsroom's staff (记者：某某 编辑：某某 二审：某某 三审：某某, a county media
# centre's 三审 row; 作者：某某 责任编辑：某某), in a box classed like chrome and pruned.
_CREDIT_ROLE = compile_either(r"(?:^|\s)(?:记者|作者|撰文|文字|通讯员)\s*[:：]")
# (a paper's photographer credited beside its writer: 撰文：某某　攝影：某某)
_CREDIT_STAFF = compile_either(r"(?:^|\s)(?:责任编辑|责编|编辑|[一二三]审|初审|复审|终审|审核|"
                               r"审校|校对|监制|统筹|出品|摄影|摄像)\s*[:：]")
_CREDIT_LIMIT = 80  # characters of a credits row
# The page's dated info row under its headline (供稿：某某分公司 发布日期：2024-06-12 阅读：):
# a 供稿 field beside the date credits the unit as a staff row does.
_INFO_ROW_DATE = compile_either(
    r"(?:^|\s)(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*(?:19|20)\d\d\s*[-/.年]")


def credit_row(line: str) -> tuple[str, ...]:
    """The reporters a credits row names (see ``_CREDIT_ROLE``), when it names the staff too
    and reads as fields only, no sentence; else ()."""
    if (len(line) > _CREDIT_LIMIT or re.search(r"[。，；！？]", line)
            or not _CREDIT_ROLE.search(line) or not _CREDIT_STAFF.search(line)):
        return ()
    row = parse_meta_line(line)
    return row.authors if row is not None else ()


def credits_authors(root: HtmlElement) -> tuple[str, ...]:
    """The reporters the page's one credits row names (记者：某某 编辑：某某 三审：某某), read
    before pruning takes its box (classed editor, like chrome); rows naming different people
    (a list of articles, each with its credits) name no author of the page."""
    found: set[tuple[str, ...]] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or not _CREDIT_ROLE.search(el.text or ""):
            continue
        holder: HtmlElement | None = el
        for _ in range(_POST_ROW_REACH):
            if holder is None:
                break
            text = _norm(holder.text_content())
            if len(text) > _CREDIT_LIMIT:
                break
            if names := credit_row(text):
                found.add(names)
                break
            holder = holder.getparent()
    return next(iter(found)) if len(found) == 1 else ()


def credits_unit(root: HtmlElement) -> str | None:
    """The unit the page's one credits row names as the one that sent the article in (审核：
    某某 编辑：某某 摄影：某某 供稿：某某学院, a school's or a firm's site's row under the body, in
    a box classed like chrome and pruned, or its dated info row under the headline: 供稿：某某
    分公司 发布日期：…): the publisher when no 来源 names one. Rows naming
    different units (a list of articles, each with its credits) name none."""
    found: set[str] = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or "供稿" not in (el.text or "") + (el.tail or ""):
            continue
        holder: HtmlElement | None = el
        for _ in range(_POST_ROW_REACH):
            if holder is None:
                break
            text = _norm(holder.text_content())
            if len(text) > _CREDIT_LIMIT or re.search(r"[。，；！？]", text):
                break
            if (_CREDIT_STAFF.search(text) or _INFO_ROW_DATE.search(text)) and (
                    unit := sent_in_unit(text)):
                found.add(unit)
                break
            holder = holder.getparent()
    return next(iter(found)) if len(found) == 1 else None


# "来源：某某", "稿源：某某", "本文来源于：某某": a label naming the publisher (not 图片来源).
_SOURCE_LABEL = compile_either(
    r"^[（(【\[]?\s*(?:本文|文章|信息|稿件|新闻)?(?:来源于?|稿源)\s*[:：]")


def labelled_elsewhere(name: str, texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` prints ``name`` after a source label (来源：name)."""
    rx = compile_either(r"(?:来源于?|稿源|出处)\s*[:：]?\s*" + re.escape(name))
    return any(rx.search(t) for t in texts)


def _labelled_source(ends: Sequence[str]) -> str | None:
    """The publisher a 来源/稿源 line at the article's start or end names."""
    for line in ends:
        line = line.strip()
        if not _SOURCE_LABEL.match(line):
            continue
        hit = parse_meta_line(line)
        if hit is not None and hit.source_name:
            return hit.source_name
    return None


# An author's bio at the article's start or end (作者简介：赵某某，某某大学副教授…): the text
# stays (a commentary's own words), and with no byline it names the author.
_BIO = compile_either(r"^[（(]?\s*作者简介\s*[:：]\s*(?P<name>[^\s，,。:：（(]{2,8})\s*[，,（(]")


def _bio_author(ends: Sequence[str]) -> tuple[str, ...]:
    """The author a bio line among ``ends`` names, or ()."""
    for line in ends:
        m = _BIO.match(line.strip())
        if m and plausible_author(m["name"]):
            return (m["name"],)
    return ()


# A staff role's label, its colon or a space, and the names after it, up to the row's next
# field or its bracket's end (【编辑:某某】, (责编：某某、某某), 编辑 某某 责任编辑：某某); not
# a word that goes on (编辑部主任某某).
_STAFF_CREDIT = compile_either(
    r"(?:责任编辑|责编|编辑|审核|审校|校对|终审|复审|初审|监制|美编)(?:\s*[:：]\s*|\s+)"
    r"[\u4e00-\u9fff·]{2,5}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,5})*")


def _visible_meta_authors(root: HtmlElement, raw: str | None) -> tuple[str, ...]:
    """Names of <meta name=author> that the page also prints.

    CMSs fill that tag with the account that typed the page in (a web editor), so a name
    never shown to readers is not taken for the article's author.
    """
    if not raw:
        return ()
    names = _authors(raw)
    body = root.find("body")
    if not names or body is None:
        return ()
    shown = _shown_not_as_staff(block_lines(body))
    return tuple(n for n in names if _flat(n) in shown)


def _shown_not_as_staff(lines: Iterable[str]) -> str:
    """``lines`` flattened without the staff they credit: a name printed only as staff
    (【编辑:某某】 under a wire story, 责编：某某、某某) is the editor who typed the page in,
    whom <meta name=author> names, and no author."""
    return _flat(" ".join(_STAFF_CREDIT.sub(" ", line) for line in lines))


# The day a Chinese CMS writes into an article's address, which htmldate does not read: TRS
# WCM's …/202403/t20240318_1234567.html, DedeCMS's and PHPCMS's …/20240318/123.html and
# …/2024/0318/123.html, a paper's CMS's month then day (…/content/202403/18/content_123.html,
# …/a/202403/18/WS65f7….html).
_URL_DAY = compile_either(
    r"/t(?P<y1>20\d\d)(?P<m1>[01]\d)(?P<d1>[0-3]\d)_\d+\."
    r"|/(?P<y2>20\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)/"
    r"|/(?P<y3>20\d\d)/(?P<m3>[01]\d)(?P<d3>[0-3]\d)/"
    r"|/(?P<y4>20\d\d)(?P<m4>[01]\d)/(?P<d4>[0-3]\d)/")


def revision_date(lines: Iterable[str]) -> str | None:
    """The day a page's revision stamp prints (see ``dates.REVISION``), from its short
    ``lines``."""
    for line, end in revision_stamps(lines):
        day = _DATE.match(line, end)
        if day:
            return _iso(day)
    return None


def url_date(url: str | None) -> str | None:
    """The publication day an article's address holds in a Chinese CMS's shape, or None."""
    m = _URL_DAY.search(url or "")
    if m is None:
        return None
    y, mo, d = (int(v) for v in m.groups() if v is not None)
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _htmldate(root: HtmlElement, url: str | None = None, *,
              skip_weekday_days: bool = False) -> str | None:
    """htmldate's date for the page; ``url`` (its canonical address) may hold the date too
    (…/2024-12/03/c_1130.htm). With ``skip_weekday_days`` an element printing only a day, its
    weekday and the header's links or weather is a widget's (see ``_viewing_days``), and is
    not read."""
    from htmldate import find_date  # slow path: only pages with no date in meta or text

    root = _dateless_copy(root, skip_weekday_days=skip_weekday_days)
    _held = held_nodes(root)  # htmldate walks the copy many times (see held_nodes)
    try:
        found = find_date(root, extensive_search=True, original_date=True, outputformat="%Y-%m-%d",
                          url=url)
        # A bare year (a copyright line, "2017") comes back as 1 January: keep it only if the
        # strict search agrees, otherwise no date beats a wrong one.
        if found and found.endswith("-01-01") and not find_date(
                root, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"):
            return None
    except (ValueError, TypeError):
        return None
    return found or None



def _dateless_copy(root: HtmlElement, *, skip_weekday_days: bool = False) -> HtmlElement:
    """A copy of ``root`` without the dates htmldate would read that are not the article's.

    Its extensive search takes the latest day printed anywhere: a list of other articles
    (相关新闻 with their days), a header widget's today (今天是…) or a site's update stamp
    (网站更新时间：…) would pass for the page's date.
    """
    copy = deepcopy(root)
    _held = held_nodes(copy)  # walked below several times (see held_nodes)
    drop = [li for li in copy.iter("li") if li.find(".//a") is not None]
    drop += _dated_link_rows(copy)
    drop += [el for el in copy.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")
             and _EDIT_STAMP.search(_norm(el.text or "") or "")]
    if skip_weekday_days:
        drop += [el for el in copy.iter() if isinstance(el.tag, str)
                 and el.tag not in ("html", "body")
                 and _WIDGET_LINE.match(" ".join(el.text_content().split()))]
    for el in drop:
        if el.getparent() is not None:
            el.drop_tree()
    return copy


def _dated_link_rows(root: HtmlElement) -> list[HtmlElement]:
    """Rows of a list of other articles written without <li>: two or more siblings of one tag
    (<p>, <tr>, <dd>, <div>) that each hold a link and a day."""
    rows: list[HtmlElement] = []
    for parent in root.iter():
        if not isinstance(parent.tag, str):
            continue
        by_tag: dict[str, list[HtmlElement]] = {}
        for child in parent:
            if (isinstance(child.tag, str) and child.find(".//a") is not None
                    and _DATE.search(child.text_content())):
                by_tag.setdefault(child.tag, []).append(child)
        rows += itertools.chain.from_iterable(r for r in by_tag.values() if len(r) >= 2)
    return rows


# --- the metadata block under the headline ------------------------------------------------------
# Pages print "2019-09-26 10:56 某某报 | 作者：张三" between the headline and the body, often in a
# block whose class names it chrome (info-bar, source); html.prune reads it before removing it.
_HEADER_WINDOW = 7  # lines after the headline that may still be its metadata block
_STANDFIRST_MAX = 100  # characters of a summary under the headline: a longer line is the text
_RELATIVE_DAY = compile_either(r"^(?:今天|昨天|前天|\d{1,2}\s*(?:分钟|小时|天)前)")
# A publish time a page keeps as an epoch in a script (WeChat's var ct = "1581517074").
_EPOCH = compile_either(
    r"\b(?:ct|create_?time|publish_?time|pub_?time)\s*[=:]\s*[\"']?(1[0-9]{9})[\"']?\s*[;,]")
# Tokens beside a header date that name no publisher: counters, buttons, channel notes.
# A forum post's header names its floor (楼主, 沙发, 板凳, 5楼, #3) and view switches
# (只看该作者, 倒序浏览, 电梯直达).
# A field's label in a cell of its own, its value in the next (an information table: 索引号 |
# 000000/2024-00123, 发布日期 | 2024年04月18日): no name.
_FIELD_LABEL = (r"(?:信息索引号|索引号|文号|发文字号|主题分类|体裁分类|组配分类|发布机构|"
                r"发文机关|成文日期|发布日期|发布时间|公开方式|公开范围|有效性|时效性|标题|名称|"
                r"来源|作者)[:：]?")
_HEADER_NOISE = compile_either(
    # a count beside the date (阅读 1.2万, 326, 3.4k) names nobody
    r"^(?:原创|举报|收藏|分享|关注|正文|评论|字号|首发|独家|·)$|参与|评论|阅读|浏览|收藏"
    r"|^[≈~～]?[\d.,]+\s*[万千亿wWkK]?\+?$"  # an estimate's ≈ before it (阅读时长 ≈1 分钟)
    # a count's measure word set off from its number (浏览 3,621 次)
    r"|^(?:次|人次)$"
    # a count's label set off from its number (字数 1,326, 本文字数： 1.1k, its field taken
    # out before: 本文): a post's length, no publisher
    r"|^(?:本文|全文)?字数[:：]?$|^(?:本文|全文)$"
    # the weekday beside the date (2024-04-28 17:36 星期日)
    r"|^(?:星期|礼拜|周)[一二三四五六日天]$"
    # the time set apart from its day (2025年10月12日 星期日 - 09:40, Drupal's row)
    r"|^[0-2]?\d[:：][0-5]\d(?:[:：][0-5]\d)?$"
    # the account that posted the page, labelled (提交者：某某, 发布人：admin): no publisher
    r"|^(?:提交者|发布者|发布人|上传者)[:：]"
    # the time a reader needs (阅读时长约 6 分钟, 预计阅读 5 分钟): no publisher
    r"|^(?:约|大约)?\d*\s*分钟(?:读完|阅读)?$"
    # an information table's label whose value is empty (文号 | 发布日期 2024年04月18日)
    rf"|^{_FIELD_LABEL}$"
    # where the account posted from (发布于湖南, IP属地：广东): a province, no publisher; the
    # app it posted with (来自某某客户端, 来自Android客户端): a device, no publisher
    r"|^(?:发布于|发表于|IP属地)[:：]?[\u4e00-\u9fff]{2,3}(?:省|市|自治区)?$|^来自\S{1,12}(?:客户端|APP|App|app)$"
    r"|^(?:楼主|沙发|板凳|地板|\d+\s*楼|#\d+)$|只看|倒序|电梯直达")
# A research note's rating with its change in brackets beside the date (增持（维持）, 买入(首次)):
# no publisher, whose name the bracket note would leave (增持)
_RATING = re.compile(
    r"^(?:买入|增持|持有|中性|减持|卖出|推荐|谨慎推荐|强烈推荐|审慎增持|优于大市|同步大市|看好)"
    r"\s*[（(](?:维持|首次|首次覆盖|上调|下调)[)）]$")
# A play or read count with its number first (3.2万次收听, 1,024次播放, 326人阅读) or a
# programme's length (48分钟): a counter beside the date, no name.
_COUNT_FIRST = re.compile(
    r"^[\d,.]+\s*[万千wWkK]?\+?\s*(?:次|人|人次)?\s*(?:收听|播放|观看|阅读|浏览|点击|围观|学习)量?$"
    r"|^\d{1,3}\s*分钟$")
_LABEL_VALUE = compile_either(
    r"^(?P<key>来源于|来源|稿源|出处|作者|记者|发表于|发布于|发布时间|时间)\s*[:：]?\s*(?P<value>.+)$")
_BRACKET_NOTE = compile_either(r"[\[【(（][^\]】)）]{1,6}[\]】)）]$")
_LOOSE_SPLIT = compile_either(r"\s*[|丨｜]\s*")
_BRACKET_FIELD = compile_either(r"[【\[][^【】\[\]]{2,40}[】\]]")
_BRACKET_KEY = compile_either(
    r"[【\[](?P<key>[\u4e00-\u9fff]{2,4})[】\]]\s*(?P<value>[^【】\[\]]{1,30})")
_BRACKET_KEYS = compile_either(rf"(?:\s*{_BRACKET_KEY.pattern}){{2,}}")
_BRACKET_FIELDS = compile_either(
    r"(?:\s*[【\[][^【】\[\]:：]{1,8}[:：][^【】\[\]]{1,30}[】\]]\s*){2,}")


def _flat(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def _headline_keys(root: HtmlElement) -> list[str]:
    """Texts the page's headline may have: its <h1>s, og:title and the cleaned <title>."""
    title_el = root.find(".//title")
    raw = _norm(title_el.text_content()) if title_el is not None else None
    # An <h1> that prints the site's name (a logo: <h1 class="logo">, or the name the <title>
    # ends with) is no headline: the line under it is the menu, no date row or byline.
    sites = {_flat(p) for p in _TITLE_SEP.split(raw or "")[1:]}
    heads = [h for h in root.iter("h1")
             if not _LOGO.search(f"{h.get('class') or ''} {h.get('id') or ''}")
             and _flat(h.text_content()) not in sites
             and not _headline_under_site_h1(root, h, raw)]
    keys = [_flat(h.text_content()) for h in heads]
    og = _meta(root, *_HEADLINE_META)
    h1 = next((_norm(h.text_content()) for h in heads), None)
    titled = _flat(clean_title(og or raw, h1 or (raw if og else None)))
    if keys or og or not _SITE_NAME.fullmatch(titled):
        # <title> the site's name alone (某某县人民政府) names no headline: under the logo
        # that prints it the headline is no publisher's name
        keys.append(titled)
    keys.append(_flat(og))
    return [k for k in dict.fromkeys(keys) if len(k) >= 4]


_LOGO = compile_either(r"logo", re.IGNORECASE)


def _headline_under_spam_h1(root: HtmlElement, h1: HtmlElement, text: str) -> str | None:
    """The article's own headline under an <h1> that sells (a parasite page: a spam
    headline, 某某娱乐官网入口-某某国际站, over a copied article that keeps its headline in an
    <h2>): the first later heading of a headline's length that sells nothing."""
    if NEWS_CONTEXT.search(to_simplified(text)) or not (_sells(text) or _names_coined_brand(text)):
        return None  # (news of spam: 警方破获“某某娱乐”网络赌博案 is a headline)
    after = False
    for el in root.iter(*_HEAD_TAGS):
        if el is h1:
            after = True
            continue
        own = _norm(el.text_content())
        if after and 6 <= len(own) <= 60 and not _sells(own) and not _names_coined_brand(own):
            return own
    return None


def _headline_under_site_h1(root: HtmlElement, h1: HtmlElement, raw_title: str | None
                            ) -> str | None:
    """The headline a heading under ``h1`` prints when the <h1> prints the site's name.

    A blog theme (Z-BlogPHP, Typecho, a classic WordPress theme) puts the blog's name in the
    page's <h1> on every page and the post's title in an <h2>: the <title> reads 标题-博客名,
    the <h1> its last part. Only when the part before it, longer than the name, is printed
    as a heading (h2-h6; linked to the post itself in some themes) is the <h1> no headline:
    a <title> 频道-标题 over an <h1> 标题 keeps its headline, the channel's label being the
    shorter part.

    So does a 专题 page's banner: its <h1> the 专题's name (守护一江碧水), which the <title>
    prints after the headline (标题-守护一江碧水专题_某某网), the article's title in an <h2>."""
    name = _flat(h1.text_content())
    title = raw_title or ""
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) == 1:
        parts = [p for p in _BARE_SUFFIX.split(title) if p.strip()]
    # (the 专题's part set off by a bare hyphen too: 标题-某某专题_某某网)
    pieces = [q for p in parts for q in _BARE_SUFFIX.split(p) if q.strip()]
    if len(parts) >= 2 and _flat(parts[-1]) == name:
        leads = [_flat("".join(parts[:-1]))]
    elif any(to_simplified(_flat(p)) in (to_simplified(name) + w for w in ("专题", "专栏"))
             for p in pieces[1:]):
        leads = [_flat(pieces[0])]
    else:
        return None
    for lead in leads:
        if len(lead) <= len(name):
            continue
        for el in root.iter(*_HEAD_TAGS[1:]):
            if _flat(el.text_content()) == lead:
                return _norm(el.text_content())
    return None
# A day without its year and its time, as a header row prints them (发布时间:07-16 06:50).
_YEARLESS_TIME = compile_either(
    r"(?<![\d/.-])(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?\s+(\d{1,2})\s*[:：]\s*(\d{2})(?![\d:：])")


def _timed(date: str, lines: Sequence[str]) -> str:
    """``date`` (a day) with the time a header line prints beside the same month and day
    without its year (07-16 06:50), if one does."""
    _, month, day = (int(part) for part in date[:10].split("-"))
    for line in lines:
        if len(line) > 80 or DATE.search(line):
            continue
        for m in _YEARLESS_TIME.finditer(line):
            hour, minute = int(m.group(3)), int(m.group(4))
            if (int(m.group(1)), int(m.group(2))) == (month, day) and hour < 24 and minute < 60:
                return f"{date[:10]}T{hour:02d}:{minute:02d}:00"
    return date
# The label of the day a document was written (成文日期), not the day the page published it.
_WRITTEN = compile_either(r"\s*(?:成文日期|成文时间|发文日期|印发日期)\s*[:：]?\s*")


def _is_headline(line: str, keys: list[str]) -> bool:
    flat = _flat(line)
    # A kicker or tag may sit in the same line ("原创" + headline, "[专题]" + headline).
    # A <title> may also carry a unit's name after the headline ("标题 某某办事处").
    return any(flat == k or (len(k) >= 8 and k in flat and len(flat) <= len(k) + 12)
               or (len(flat) >= 8 and k.startswith(flat) and len(k) <= len(flat) + 20)
               for k in keys)


def _script_epoch(root: HtmlElement) -> str | None:
    """The publish time a page keeps in a script as an epoch, as a China-time ISO date."""
    from datetime import datetime, timedelta, timezone

    for el in root.iter("script"):
        m = _EPOCH.search(el.text or "")
        if m:
            china = timezone(timedelta(hours=8))
            return datetime.fromtimestamp(int(m.group(1)), china).strftime("%Y-%m-%dT%H:%M:%S")
    return None


# Where a headline printed on one line with its fields ends: a space, then the first field's
# label (标题 来源：某某镇人民政府 时间：2026-01-14 10:20:33).
_ROW_START = compile_either(
    r"\s+(?=(?:信息|文章|稿件)?(?:来源|稿源|作者|发布时间|发布日期|发表时间|更新时间|时间|日期)\s*[:：]"
    # or the row's date itself, its year first (标题 2024-09-22 17:05:36 来源：…)
    r"|(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")


_GREETING = compile_either(r"欢迎|您好")
_ROW_LABEL = compile_either(r"(?:来源|稿源|作者|发布|时间|日期)\s*[:：]")


def glued_header(root: HtmlElement, lines: list[str] | None = None) -> PageMeta | None:
    """The date and publisher of a headline printed on one line with its row of fields, and
    the headline itself when nothing else names it (<title> the site's name, no <h1> or
    og:title), or None. Only a page with one such line: a list prints one for each item.
    ``lines`` are the body's ``block_lines`` when the caller has them already."""
    body = root.find("body")
    if body is None:
        return None
    found: list[tuple[str, PageMeta]] = []
    for line in block_lines(body) if lines is None else lines:
        if len(line) > 160 or is_prose(line):
            continue
        cut = _ROW_START.search(line)
        if cut is None:
            continue
        head, rest = line[: cut.start()].strip(), line[cut.end():]
        # a labelled field in the row: a list's items print a bare date after their titles
        row = parse_meta_line(rest) if _ROW_LABEL.search(rest) else None
        # a field before the row's first label (来源：某某 发布时间：…) is the row's own; a
        # header's greeting beside today's date and weekday (欢迎访问… 时间：… 星期三) is none
        if row is None or row.date is None or not _reads_as_headline(head) or (
                _LABEL_MARK.search(head) or _CRUMB.search(head) or _SITE_NAME.fullmatch(head)
                or _GREETING.search(head) or re.search(_WEEKDAY, rest)):
            continue
        found.append((head, PageMeta(_flat(line), row.date, clean_source(row.source_name))))
        if len(found) > 1:
            return None
    if not found:
        return None
    head, meta = found[0]
    # an <h1> holding the whole line (<h1>标题 2024-09-22 来源：…</h1>) names no headline
    named = any(key != meta.title and not _SITE_NAME.fullmatch(key)
                for key in _headline_keys(root))
    return PageMeta(None if named else head, meta.date, meta.source_name)


# An information table's field that names the document (名　　称：…, 标题：…).
_NAME_FIELD = compile_either(
    r"^(?:标\s*题|名\s*称|文件名称|文件标题|信息名称)\s*[:：]\s*(?P<value>.*)$")
_NAME_MAX = 100  # characters of a document's name: long ones (关于…的通知) are many


def field_title(root: HtmlElement, lines: list[str] | None = None) -> str | None:
    """The document's name an information table gives (名称：… or 标题：…, its value beside
    the label or in the next cell), when nothing else names the headline (<title> the
    site's name, no <h1> or og:title), or None. ``lines`` are the body's ``block_lines``
    when the caller has them already."""
    body = root.find("body")
    if body is None or _headline_keys(root):
        return None
    lines = block_lines(body) if lines is None else lines
    for n, line in enumerate(lines):
        m = _NAME_FIELD.match(line)
        if m is None:
            continue
        value = m["value"].strip() or (lines[n + 1].strip() if n + 1 < len(lines) else "")
        if (8 <= len(value) <= _NAME_MAX and "。" not in value
                and not _NAME_FIELD.match(value) and not _LABEL_MARK.search(value)):
            return value
        return None
    return None


_TIME_BOX = compile_either(r"(?:publish|pub|post|create)[_-]?(?:time|date)", re.IGNORECASE)


def script_filled_date(root: HtmlElement) -> str | None:
    """The publish time a script writes into an empty element named for it (WeChat's
    <em id="publish_time"></em>, filled from var ct = "1721696520"), or None: the page prints
    no time of its own there."""
    body = root.find("body")
    if body is None:
        return None
    for el in body.iter():
        if (isinstance(el.tag, str) and el.tag not in ("script", "meta", "input")
                and _TIME_BOX.search(f"{el.get('id') or ''} {el.get('class') or ''}")
                and not el.text_content().strip()):
            return _script_epoch(root)
    return None


# The category a post is filed under, as a blog theme labels it beside the date (分类于 生活,
# 归档于 随笔): the label with its category run on, or the label alone before it.
_FILED_IN = compile_either(r"^(?:分类于|归档于|分類於|歸檔於)(?P<category>.*)$")


def _date_and_names(line: str) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    """A header row "2019-09-26 10:56 某某网" / "某某报 2019-09-09 16:01": date, source, authors.

    The names beside the date are the publisher, or the authors when they are several
    person-like names and none looks like an outlet.
    """
    line = spelled_dates(line)  # Nov 23, 2026 10:41 PM: the date and time in digits
    m = DATE.search(line)
    if not m or len(line) > 80:
        return None
    date = parse_date(m.group(0))
    found = _tokens_beside(line, m, date)
    # the date may stand beside a byline (某某日报记者 王某某 2024-12-03, 文｜王某某 2024-12-03),
    # read whole when the tokens give fewer authors: a first reporter after an outlet glued to
    # the title (某某新闻记者 王某 实习记者 李某) is no label's token
    byline = parse_byline((line[: m.start()] + " " + line[m.end():]).strip(), tail=False)
    if (byline is not None and byline.authors
            and (found is None or len(byline.authors) > len(found[2]))):
        return date, clean_source(byline.source_name), byline.authors
    return found


def _tokens_beside(line: str, m: re.Match[str], date: str | None
                   ) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    """The publisher or authors among the tokens beside the date ``m`` of a header row."""
    tokens = []
    named: list[str] = []  # the token after an author label (作者 马某某)
    sourced: str | None = None  # the token after a source label apart from it (来自 某某新闻)
    after_label = run_on = staff = from_label = posted_from = by_seen = filed_next = False
    rest = line[: m.start()] + " " + line[m.end():]
    posted = _POSTED_BY.search(rest)
    for tok in rest.split():
        if _RATING.match(tok) or _COUNT_FIRST.match(tok):
            continue
        tok = _BRACKET_NOTE.sub("", tok.strip("·|丨"))
        name, dot, place = tok.rpartition("·")
        if dot and name and _POSTED_FROM.fullmatch(place):
            # the province a platform prints after its account's name, its dot the only gap
            # (某某·山东); a name's own dot (艾力·买买提) is followed by no province
            tok = name
        if not _WORD.search(tok):
            continue  # the brackets around the date ((2024-02-15 21:36)): no name
        if _WHEN_LABEL.fullmatch(tok):
            continue  # 发布于 2024年3月9日: the date's label, no publisher
        if filed := _FILED_IN.match(tok):
            # a blog theme's category beside the date (分类于 生活): it names no one
            filed_next = not filed["category"]
            continue
        if filed_next:
            filed_next = False
            continue
        if _FROM_LABEL.fullmatch(tok):
            from_label = True
            continue
        if from_label:
            # the next box's label glued on (<span>来自 某某新闻</span><span>发布于 四川</span>)
            sourced, from_label = sourced or _GLUED_NEXT_LABEL.sub("", tok), False
            continue
        if (glued := _FROM_VALUE.fullmatch(tok)) and sourced is None:
            # 来源：某某融媒 as one token, the next box's field run on (来源：某某融媒参与人数：
            # 12.6万): the label names the publisher, whatever status stands before the date
            sourced = _GLUED_NEXT_FIELD.sub("", glued["value"]) or None
            continue
        if _IP_LABEL.match(tok):
            posted_from = True  # a platform's post (IP属地: 福建): its writer's, maybe
        if _IP_LABEL.fullmatch(tok) or _POSTED_FROM.fullmatch(tok):
            continue  # 2024-10-15 11:23 湖北: the province it was posted from, no publisher
        if _STAFF_LABEL.fullmatch(tok) or _STAFF_FIELD.fullmatch(tok):
            # (the label with its name glued on, maybe qualified: 医学审核：某某, 审核专家：某某)
            staff = True
            continue
        if staff and (looks_like_name(tok) or _STAFF_TITLE.fullmatch(tok)):
            continue  # 编辑 李四 王五, 审核：某某 主任医师: the staff's names and titles
        staff = False
        if tok == "由":
            # the poster's name next (由 某某 发布于), or one who edited or supplied the
            # page (由 某某 编辑, 由 某某 提供), which is no author
            after_label, staff, by_seen = posted is not None, posted is None, True
            continue
        if by_seen and _BY_VERB.fullmatch(tok):
            continue
        if _WHO_LABEL.fullmatch(tok):
            after_label = True
            continue
        if (reporter := _OUTLET_REPORTER.fullmatch(tok)) is not None:
            # 某某日报记者 马某某 as one field of the row: the outlet's reporter, the name next
            tokens.append(reporter["outlet"])
            after_label = True
            continue
        if (who := _WHO_LABEL.match(tok)) and who.group().endswith((":", "：")):
            tok, after_label = tok[who.end():], True  # 作者：马某某 as one token
        if tok and not _HEADER_NOISE.search(tok) and not DATE.search(tok):
            if after_label or (run_on and looks_like_name(tok)):
                named.append(tok)
                # 记者 韩某某 李某: the names run on after the label, a name each
                run_on, after_label = looks_like_name(tok), False
                continue
            tokens.append(tok)
        after_label = run_on = False
    if sourced is not None:
        # 2024-07-21 18:06 来自 某某新闻: the label names the publisher; the other tokens may
        # still be names (来自 某某新闻 作者 马某某 is read above)
        authors = tuple(n for n in named if plausible_author(n))
        return date, clean_source(sourced), authors
    if named:
        # 发布于 2024年3月9日 · 作者 马某某: a labelled author. Of the other tokens only one
        # shaped like an outlet (某某新闻网 2024-06-14 记者：方某某) names the publisher; a
        # nickname, a column or a view count names none.
        authors = tuple(n for n in named if plausible_author(n))
        outlet = next((t for t in tokens if _OUTLET.fullmatch(t)), None)
        if posted is not None and not authors:
            # 由 某某日报 发布, 由 admin 发布于: an outlet posts, or an account no name
            outlet = next((n for n in named if _OUTLET.fullmatch(n)), outlet)
            return date, clean_source(outlet), ()
        return (date, clean_source(outlet), authors) if authors else None
    if not tokens:
        return date, None, ()
    # an outlet's name shaped like a person's (华某网: a surname and two characters) is none
    if all(looks_like_name(t) and plausible_author(t) for t in tokens):
        return date, None, tuple(tokens)
    if looks_like_name(tokens[0]) and plausible_author(tokens[0]):
        # "张三 某某号 2023-10-10": a person first; the rest may be an account or a column,
        # which is no publisher we can vouch for.
        return date, None, (tokens[0],)
    if len(tokens) >= 2 and all(plausible_author(t) for t in tokens):
        return date, None, tuple(tokens)  # several pen names, none shaped like an outlet
    if posted_from and len(tokens) == 1 and plausible_author(tokens[0]):
        # 某某 2024-05-12 22:47 IP属地: 福建: a platform prints where its user posted from; a
        # pen name there is the writer's (an outlet's account reads as no pen name)
        return date, None, (tokens[0],)
    if _UNREAD_LABEL.search(tokens[0]):
        # a field whose label we do not read, its value and maybe the next field's label run
        # on (网友：某某提问时间：, 留言人：某某): the asker's or a status, no publisher
        return date, None, ()
    return date, clean_source(tokens[0][:24]), ()


# A label's colon inside or closing a token beside the date, or a date's label without its colon
# (来电时间 2024-06-11 08:36): the token is a field (网友：某某, 留言人：某某提问时间：), not an
# outlet's bare name (the labels we read are taken above)
_UNREAD_LABEL = compile_either(r"[:：]|(?:时间|日期)$")


# An outlet's name as printed beside a labelled author: a site, a paper, a station, an agency,
# an app or a county media centre (某某新闻网, 某某日报, 某某电视台, 某某社, 某某融媒体中心), or
# the county newsroom an older site names (某某县新闻中心, 某某县新闻信息中心); a centre of
# another kind (政务服务中心, 信息中心) is none, nor is the channel 新闻中心 alone.
_OUTLET = compile_either(
    r"[\u4e00-\u9fffA-Za-z]{2,16}(?:网|报|台|社|客户端|融媒体中心|新闻中心|新闻信息中心)"
    r"(?<!举报)(?<!通报)(?<!平台)")
# an outlet's reporter label as one token of a row (某某日报记者, 某某融媒体中心通讯员)
_OUTLET_REPORTER = compile_either(rf"(?P<outlet>{_OUTLET.pattern}){_REPORTER_AFTER}[:：]?")
_WORD = compile_either(r"[^\W_]")
# A source's label printed apart from its name (来自 <a>某某新闻</a>, 来源 某某日报): the next
# token is the publisher, the label itself none. A company's or a school's site labels the unit
# that sent the article in (供稿单位：某某公司) where a paper prints 来源: the publisher too.
_SENT_IN_UNIT = r"供稿单位|来稿单位"
_FROM_LABEL = compile_either(rf"(?:来自|来源|稿源|出处|{_SENT_IN_UNIT})[:：]?")
_FROM_VALUE = compile_either(rf"(?:来源|稿源|出处|{_SENT_IN_UNIT})[:：](?P<value>.+)")
# the next box's field run on after the value: a header row's label and its colon
_GLUED_NEXT_FIELD = compile_either(
    r"(?<=..)(?:(?:参与|在线)?人数|阅读(?:量|数)?|浏览(?:量|数|次数)?|点击(?:量|数)?|热度|评论(?:数)?|"
    r"作者|责任编辑|编辑|记者|(?:发布)?(?:时间|日期)|字号|字体)[:：].*$")
_GLUED_NEXT_LABEL = compile_either(r"(?<=..)(?:发布于|发表于|IP属地|作者|编辑|责任编辑)[:：]?$")
_WHEN_LABEL = compile_either(r"(?:发布|发表|更新|刊发)(?:于|时间|日期)?[:：]?|(?:时间|日期)[:：]?")
# 本报记者/本台记者/特约记者 are the role, like 记者 alone: no name of the author
_WHO_LABEL = compile_either(
    r"(?:作者|楼主|(?:本报|本台|本网|本刊)?(?:特约|见习|实习)?(?:记者|通讯员)|"
    r"实习生|撰文|文)[:：]?")
# 由 某某 发布于 2025-10-12, 由 某某 于 2025-10-12 发表: a CMS's "submitted by" row (Drupal,
# WordPress themes, forums): the poster's name between a lone 由 and the verb
_POSTED_BY = compile_either(
    r"(?<!\S)由\s+\S{1,20}\s+(?:于\s+)?(?:发布|发表|提交|上传|投递|撰写|撰稿|撰文|执笔|编写)")
# the verb after 由 某某: its poster's or writer's (above), or a credit's (由 某某 提供, 整理):
# no name
_BY_VERB = compile_either(
    r"(?:发布|发表|提交|上传|投递|撰写|撰稿|撰文|执笔|编写|提供|整理|供稿|编辑|"
    r"审核|校对|翻译|编译|摄影|拍摄)于?")
_IP_LABEL = compile_either(r"IP\s*属地[:：]?", re.IGNORECASE)
# Where an account posted from, printed beside the date (its IP's province): no publisher.
_POSTED_FROM = compile_either(
    r"(?:IP属地[:：]?|发布于|发表于)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|"
    r"福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|"
    r"西藏|宁夏|新疆|香港|澳门)")
# The roles of the page's staff (编辑 李四 审核 王五): their names are no authors, the label no
# outlet.
_STAFF_LABEL = compile_either(r"(?:责任编辑|编辑|责编|审核|审校|校对|终审|复审|初审|监制|美编|"
                              r"摄影|摄像)[:：]?")

# A staff field as one token, its label maybe qualified (医学审核：某某, 审核专家：某某), and the
# title a reviewer's name is printed with (主任医师, 教授)
_STAFF_FIELD = compile_either(
    r"[\u4e00-\u9fff]{0,4}?(?:责任编辑|编辑|责编|审核|审校|审稿|校对|终审|"
    r"复审|初审|监制|美编|摄影|摄像)(?:专家|医生|医师)?[:：].*")
_STAFF_TITLE = compile_either(
    r"(?:副)?(?:主任|主治|主管)?(?:医师|药师|护师|技师)|(?:副)?教授|(?:副)?研究员")


def _loose_fields(line: str) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    """A row of fields without colons, split by bars: "发表于2014-08-24| 来源X| 作者Y"."""
    parts = [p for p in _LOOSE_SPLIT.split(line) if p]
    if len(parts) < 2:
        return None
    date = source = None
    authors: tuple[str, ...] = ()
    for part in parts:
        m = _LABEL_VALUE.match(part)
        key = to_simplified(m["key"]) if m else None  # the label in either script: 來源
        if m and key in ("来源于", "来源", "稿源", "出处"):
            source = source or clean_source(m["value"].split()[0])
        elif m and key in ("作者", "记者"):
            authors = authors or clean_authors(m["value"])
        elif DATE.search(part):
            date = date or parse_date(part)
    return (date, source, authors) if date or source or authors else None


# A platform's original-work mark before the account's name in its author box (原创 某某研究所):
# the name is the bare name's.
_ORIGINAL_MARK = compile_either(r"^原创\s+(?=\S+$)")


def _bare_name(line: str) -> bool:
    """A short single-token line (a publisher or account name printed under the headline)."""
    return (2 <= len(line) <= 16 and " " not in line and not DATE.search(line)
            and not _HEADER_NOISE.search(line) and not _RELATIVE_DAY.match(line)
            and not _PROFILE.search(line) and not _AUTHOR_LABEL.match(line)
            and not re.fullmatch(_FIELD_LABEL, line)
            # a label and its value (字体：小中大, 分享到：) is a tool or a field, no name
            and not _LABEL_MARK.search(line)
            # an icon font's glyph before a count (a private-use character, then 4)
            and not _ICON_GLYPH.search(line)
            # a row of buttons, each in brackets (【打印】【关闭】), or one action's button
            # ([复制链接]): a tool, no name, whatever bracket an outlet's name may wear
            and not _BUTTON_ROW.fullmatch(line) and not _ACTION_BUTTON.fullmatch(line)
            # …or unbracketed, an icon's label (a CMS's 打印 and 电邮 links over its info row)
            and not _ACTION_WORD.fullmatch(line)
            # …or a share bar's run of them, glued (分享LINE複製連結字級)
            and not _TOOL_RUN.fullmatch(line)
            # a drop-down button, its arrow after its label (转载▼)
            and not line.endswith(("▼", "▾", "▽"))
            # a video player's loading note over the text (视频加载中...)
            and not _LOADING_NOTE.fullmatch(line))


_LOADING_NOTE = compile_either(
    r"(?:视频|音频|内容|图片|页面|播放器)?(?:正在)?(?:加载|载入|缓冲)中?\s*[.…。]*")


def _is_term(line: str, root: HtmlElement) -> bool:
    """``line`` is the text of a <dt>, a definition list's term over its <dd> values, or of a
    <th>, a table's label beside its value (信件编号 | XJ2025…)."""
    flat = _flat(line)
    return any(_flat(term.text_content()) == flat for term in root.iter("dt", "th"))


_READING_TIME = compile_either(
    r"(?:[·|｜/]\s*)?(?:(?:约|共|全文|本文)\s*[\d,.]+\s*[千万kK]?\s*字|字数\s*[:：]?\s*[\d,.]+\s*[千万kK]?"
    r"|(?:预计|大约)?阅读(?:时长|时间|需要?)\s*[:：]?\s*约?\s*\d+\s*分钟"
    r"|(?:预计|大约)阅读\s*约?\s*\d+\s*分钟)")


def _heads_page_links(line: str, root: HtmlElement) -> bool:
    """``line`` is the text of an element whose parent also holds two or more links to anchors
    on this page (``href="#..."``): the heading of a table of contents."""
    flat = _flat(line)
    for el in root.iter():
        own = _flat(el.text)
        # its own text starts the line: a cheap test before reading the whole subtree's
        if not isinstance(el.tag, str) or not own or not flat.startswith(own) or (
                _flat(el.text_content()) != flat):
            continue
        box = el.getparent()
        if box is not None and sum(1 for a in box.iter("a")
                                   if (a.get("href") or "").startswith("#")
                                   and len(a.get("href") or "") > 1) >= 2:
            return True
    return False


_SECTION_HEADS = ("h2", "h3", "h4", "h5", "h6")
_PROSE_MARK = compile_either(r"[，。！？；]")


def _heads_paragraph(line: str, root: HtmlElement) -> bool:
    """``line`` is the text of a heading (<h2>-<h6>) right over a paragraph of prose, a <p>
    with a sentence mark in it: a section's heading (直播简介, 内容简介), no name printed under
    a date row. Not a name of an outlet's shape (某某日报, 某某融媒体中心)."""
    if _OUTLET.fullmatch(line):
        return False
    flat = _flat(line)
    for head in root.iter(*_SECTION_HEADS):
        if _flat(head.text_content()) != flat:
            continue
        nxt = head.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is not None and nxt.tag == "p" and _PROSE_MARK.search(nxt.text_content()):
            return True
    return False


_LABEL_MARK = compile_either(r"[:：]")
_BUTTON_ROW = compile_either(r"(?:[【\[][^【】\[\]]{1,6}[】\]]){2,}")
_ACTION_BUTTON = compile_either(
    r"[【\[]\s*(?:复制|打印|关闭|收藏|分享|举报|纠错)[^【】\[\]]{0,6}[】\]]")
_ACTION_WORD = compile_either(
    r"(?:我要)?(?:打印|电邮|邮件|发邮件|收藏|分享|关闭|举报|纠错|复制链接|推荐给朋友)(?:本页|本文|此页|文章|窗口)?")
# A share bar's buttons glued in one line (分享LINE複製連結字級, 列印 收藏 分享): two or more
# actions, networks and the type-size tool, nothing else.
_TOOL_RUN = compile_either(
    r"(?:(?:我要)?(?:打印|列印|电邮|邮件|收藏|分享|关闭|举报|纠错|复制链接|复制网址|复制连结|"
    r"字级|字号|字体|字体大小|微信|微博|朋友圈|QQ空间|QQ|(?i:line|facebook|twitter|email|"
    r"whatsapp|threads|telegram))\s*){2,}")
_ICON_GLYPH = compile_either("[\ue000-\uf8ff]")


# An account's name run into its profile (某某说优质三农领域创作者, 某某认证博主): a blurb
# about the account, no publisher's name.
_PROFILE = compile_either(r"创作者|博主|达人|领域|认证|粉丝")
# An author label run into the name with no colon: a theme's screen-reader label before the
# link (文章作者某某 is <span>文章作者</span><a>某某</a>).
_AUTHOR_LABEL = compile_either(r"(?:文章)?(?:作者|撰文)")
# …unless what follows names the box the label heads (作者简介, 作者专栏, 作者的其他文章).
_GLUED_AUTHOR = compile_either(
    r"^(?:文章)?(?:作者|撰文)(?!简介|介绍|信息|资料|档案|专栏|主页|文章|其他|更多|推荐|排行|列表|声明|"
    r"的)(?P<name>[^\s:：]{2,8})$")


# A box or link that holds the post's category or channel (a blog theme's post-category,
# cat-links, rel="category tag"; a portal's channel, column, lanmu).
_CATEGORY_BOX = compile_either(
    r"categor|(?:^|[\s_-])cats?(?:$|[\s_-])|channel|column|lanmu|pindao", re.IGNORECASE)


def _category_name(body: HtmlElement, name: str) -> bool:
    """``name`` (an unlabelled name beside the header's date) is the whole text of a category
    link or box: the channel the post is filed under (2026-12-01 <span class=post-category>
    <a href=/categories/news/>校园新闻</a></span>), no publisher."""
    key = _flat(name)
    for el in body.iter("a", "span", "em", "i", "div", "li"):
        if _flat(el.text_content()) != key:
            continue
        for box in (el, el.getparent()):
            if box is None:
                continue
            marks = f"{box.get('class') or ''} {box.get('id') or ''} {box.get('rel') or ''}"
            if _CATEGORY_BOX.search(marks):
                return True
    return False


# A box hidden inside an inline element of a row: the card that pops up over a name when
# hovered (a WeChat account's profile, its 微信号 and 功能介绍, inside the account's name in the
# post row). Not part of the row a reader sees: read, it cuts the row in two and its lines pass
# for names. Which elements are hidden is html.prune's one judgement (its hidden_elements).
_HOVER_PARENTS = frozenset({"span", "a", "em", "strong", "b", "i", "label", "font"})


def _hover_cards(hidden: Iterable[HtmlElement]) -> set[HtmlElement]:
    """The hover cards (see _HOVER_PARENTS) among the page's ``hidden`` elements."""
    return {el for el in hidden
            if el.tag in BLOCK_TAGS
            and (parent := el.getparent()) is not None and parent.tag in _HOVER_PARENTS}


# A post row whose day is said relatively at its end (某某号 昨天, 原创 某某 某某号 前天).
_RELATIVE_END = compile_either(r"(?<=\s)(?:今天|昨天|前天|\d{1,2}\s*(?:分钟|小时|天)前)$")


def _epoch_dated(line: str, root: HtmlElement) -> str:
    """``line`` with the relative day at its end (see _RELATIVE_END) as the publish time the
    page's script keeps as an epoch (var ct = "1700000000"), so that the row reads as one with
    its date; as it is without such a script (a relative day is never read against the clock)."""
    m = _RELATIVE_END.search(line)
    if m is None or (epoch := _script_epoch(root)) is None:
        return line
    return line[: m.start()] + epoch.replace("T", " ")


def header_meta(root: HtmlElement, headline: str | None = None,
                hidden: Iterable[HtmlElement] = ()) -> PageMeta:
    """Date, publisher and authors from the lines right under the headline (before the body);
    ``headline`` is one found printed on the page when no <h1>, og:title or <title> gives it;
    ``hidden`` the elements a browser would not show (html.prune's hidden_elements), of which
    a hover card is left out of its row.

    Read on the unpruned page: the block is often classed like chrome (info, source, meta-bar)
    and pruned, or printed outside the article container. A relative date (昨天) is resolved
    only with a publish epoch the page carries in a script, never with the clock.
    """
    body = root.find("body")
    if body is None:
        return PageMeta()
    keys = _headline_keys(root)
    if headline and len(printed := _flat(headline)) >= 4 and printed not in keys:
        keys.append(printed)
    if not keys:
        return PageMeta()
    # an information table's label cells read with their values (信息来源 | 某某日报); a hover
    # card left out of its row
    lines = _joined_label_cells(block_lines(body, skip=_hover_cards(hidden)))
    # an e-paper's list of its page's articles (本版新闻) names this one too: the line under
    # that link is the next one's, no header row
    listed = {_flat(a.text_content()) for li in body.iter("li") for a in li.iter("a")}
    for i, line in enumerate(lines):
        if not _is_headline(line, keys) or (
                _flat(line) in listed and i + 1 < len(lines) and _flat(lines[i + 1]) in listed):
            continue
        if i and lines[i - 1].rstrip().endswith(("：", ":")):
            continue  # 标题： over it: an information table's field, the article's row is below
        after = [_epoch_dated(ln, root) for ln in lines[i + 1 : i + 1 + 2 * _HEADER_WINDOW]]
        found = _read_header(after[:_HEADER_WINDOW], keys, root)
        if (found.date is None and after and is_prose(after[0])
                and len(after[0]) <= _STANDFIRST_MAX):
            # a standfirst right under the headline (从前店后厂到直播间，……经历了什么？) ends
            # no header: the byline and date row are under it; a date row must be there,
            # the article's own paragraphs read none
            under = _read_header(after[1 : 1 + _HEADER_WINDOW], keys, root)
            if under.date is not None:
                found, after = under, after[1:]
        date = found.date
        if date is None and any(_RELATIVE_DAY.fullmatch(ln) for ln in after):
            date = _script_epoch(root)  # an account page's "前天" under a long profile blurb
        elif date is not None and "T" not in date:
            # The header row gives the day; a meta tag of the same day may give the time too.
            tagged = _meta_date(root)
            if tagged and tagged.startswith(date):
                date = tagged
        authors = found.authors
        if not authors:
            # <meta name=author> confirmed by the header ("原创 张三 某某号" under the headline).
            shown = _shown_not_as_staff(after[:_HEADER_WINDOW])
            meta_names = _authors(_meta(root, "author", "article:author") or "")
            # …not the account that publishes the post (its name in both: the publisher)
            authors = tuple(n for n in meta_names
                            if _flat(n) in shown and n != found.source_name)
        if date or found.source_name or authors:
            if date and found.source_name is None and found.date is None:
                found = _read_header(after, keys, root, dated=True)
            # the rows above the article's first paragraph: a footer further down prints the
            # site's name too
            rows = list(itertools.takewhile(lambda ln: not is_prose(ln), after[:_HEADER_WINDOW]))
            source = found.source_name
            if source and not found.source_labelled and _category_name(body, source):
                source = None  # the post's category beside its date, no publisher
            source = source or _printed_publisher(root, rows, found.authors or authors)
            return PageMeta(None, date, source, found.authors or authors,
                            source_labelled=found.source_labelled)
    return PageMeta()


# the year and the day in boxes of their own, spaced or not (2024 11/05, 202405/06, 2024 05-06)
_SPLIT_YEAR = compile_either(r"^((?:19|20)\d\d)\s*(\d{1,2})\s*[/-]\s*(\d{1,2})(?=\s|$)")


# A calendar leaf: the day in a big box, the year and month beside or under it (06 | 2024-05,
# 062024.05, 2024-05 06). Read apart, 2024-05 passes for the first of the month.
_DAY_BOX = compile_either(r"\d{1,2}")
_MONTH_BOX = compile_either(r"(?:19|20)\d\d\s*[-/.]\s*\d{1,2}")
_DAY_FIRST = compile_either(r"^(\d{1,2})\s*((?:19|20)\d\d)\s*[-/.]\s*(\d{1,2})$")
_DAY_LAST = compile_either(r"^((?:19|20)\d\d)\s*[-/.]\s*(\d{1,2})\s+(\d{1,2})$")


def _calendar_leaves(window: list[str]) -> list[str]:
    """``window`` with a calendar leaf's day and month, on one line or two, as one date."""
    joined: list[str] = []
    for line in window:
        day_then_month = bool(joined) and bool(_DAY_BOX.fullmatch(joined[-1])
                                               and _MONTH_BOX.fullmatch(line))
        month_then_day = bool(joined) and bool(_MONTH_BOX.fullmatch(joined[-1])
                                               and _DAY_BOX.fullmatch(line))
        if day_then_month or month_then_day:
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return [_DAY_LAST.sub(r"\1-\2-\3", _DAY_FIRST.sub(r"\2-\3-\1", ln)) for ln in joined]


def _read_header(
    window: list[str], keys: list[str], root: HtmlElement, *, dated: bool = False
) -> PageMeta:
    date = source = None
    labelled = False  # source came from a 来源/稿源 label or an outlet's reporter byline
    authors: tuple[str, ...] = ()
    bare: str | None = None  # a lone name line: the publisher if a date row follows
    author_row: int | None = None  # the row the authors were read from
    revised: str | None = None  # an update's date, read when the header gives no other
    window = _calendar_leaves(window)
    for n, line in enumerate(window):
        if is_prose(line) or len(line) > 120:
            break
        under_written = n > 0 and _WRITTEN.fullmatch(window[n - 1]) is not None
        # or beside it on its row (成文日期： 2024-04-17, a field list's term and value)
        under_written = under_written or (_WRITTEN.match(line) is not None
                                          and len(_DATE.findall(line)) == 1)
        # the year and the day in boxes of their own (<span class=year>2024</span><span
        # class=day>11/05</span>) read "2024 11/05": one date
        line = _SPLIT_YEAR.sub(r"\1-\2-\3", line)
        if _BRACKET_FIELDS.fullmatch(line):
            # 【来源：某某日报】【作者：王某某】: the same fields as a row, each in brackets
            line = "　".join(f.strip("【】[] ") for f in _BRACKET_FIELD.findall(line))
        elif _BRACKET_KEYS.fullmatch(line):
            # 【作者】杜某某 【版次】03 【日期】2024-05-20: the labels in brackets, no colon
            line = "　".join(f"{m['key']}：{m['value'].strip()}"
                            for m in _BRACKET_KEY.finditer(line))
        if n == 0 and (writer := boxed_writer(line)):
            # a 副刊 piece's writer after a square box, right under its title (□ 某某某)
            authors = authors or (writer,)
            continue
        if _is_headline(line, keys):
            # the headline printed again: the lines read so far stood above it (a blog
            # theme's sticky nav prints the title, then the post's tag over its headline), so
            # a lone name among them is a tag or a channel, no publisher of the row under it
            bare = None
            continue
        # a blog theme's word count and reading time beside the byline (约 1200 字 · 预计阅读
        # 4 分钟): neither a name nor a date, and read as names when left after 作者：
        line = _READING_TIME.sub(" ", line).strip()
        got: tuple[str | None, str | None, tuple[str, ...]] | None = None
        hit = parse_meta_line(line)
        named = True
        if hit is not None and (hit.date or hit.source_name or hit.authors):
            got = (hit.date, clean_source(hit.source_name), hit.authors)
            if not hit.source_name and hit.publisher:
                # the body a 站群 page's row names (发布机构：某某局 发布日期：…) publishes when
                # no 来源 does, as under the body (foot_row); a 来源 row read later wins
                got, named = (hit.date, clean_source(hit.publisher), hit.authors), False
            elif hit.date and not hit.source_name and not hit.authors:
                # a dated row whose only label is a counter's (2025-11-26 07:30 某某日报 阅读：
                # 2316): an outlet's bare name beside the date publishes, as in a row without it
                beside = _date_and_names(line)
                if (beside is not None and beside[1] and not beside[2]
                        and _OUTLET.fullmatch(beside[1])):
                    got, named = (hit.date, beside[1], ()), False
        elif hit is None:
            byline = parse_byline(line, tail=False)
            # a WeChat post's row (原创 田某某 某某号 2024-09-23 18:40): the account publishes
            account = parse_account_row(line)
            if account is not None:
                got = (account.date, clean_source(account.source_name), account.authors)
            elif byline is not None:
                got = (None, clean_source(byline.source_name), byline.authors)
            elif "/" in line and len(line) <= 30:
                got, named = _name_slash_outlet(line), False
            if got is None:
                loose = _loose_fields(line)
                beside = None if loose is not None and (loose[1] or loose[2]) else (
                    _date_and_names(line))
                if loose is None:
                    got, named = beside, False
                elif beside is not None and beside[1] and _OUTLET.fullmatch(beside[1]):
                    # a date alone among the bars, an outlet's name beside it (2025-12-02
                    # 09:15 | 某某健康网): the publisher, as in a header row without bars
                    got, named = beside, False
                else:
                    got = loose
        if hit is not None or got is not None or _RELATIVE_DAY.match(line):
            dated = dated or hit is not None or _RELATIVE_DAY.match(line) is not None
        if got is None and (glued := _GLUED_AUTHOR.match(line)):
            if plausible_author(glued["name"]):
                authors = authors or (glued["name"],)
            continue
        if got is None:
            if _RELATIVE_DAY.match(line) and date is None:
                date = _script_epoch(root)
            elif (bare is None and n <= 1 and _bare_name(line := _ORIGINAL_MARK.sub("", line))
                  # a date's label in its own cell (来电时间 | 2024-06-11 08:36): no name
                  and not _UNREAD_LABEL.search(line)
                  # the value in the cell after a label (信件编号： | XX2024…, a <th> label
                  # with no colon) is that field's
                  and not (n > 0 and (window[n - 1].endswith((":", "："))
                                      or _is_term(window[n - 1], root)))
                  # a field list's term over its fields (Joomla's <dt>详细内容</dt> over 作者,
                  # 分类, 发布于): a label, no name
                  and not _is_term(line, root)
                  # a table of contents' heading (文章目录) over its in-page links: no name
                  and not _heads_page_links(line, root)
                  # nor a section's heading over its paragraph (a live page's 直播简介)
                  and not _heads_paragraph(line, root)):
                bare = line
            continue
        d, s, a = got
        if under_written:
            # the date under or beside 成文日期 is the document's: the page's date is read
            # after the header (page_meta keeps the document's as a last resort)
            d = None
        dated = dated or d is not None
        if s and (source is None or (named and not labelled)):
            # A labelled source (来源：某某) names the original publisher; it beats the
            # account name a portal prints beside the date.
            source, labelled = s, named
        if a and authors and author_row == n - 1 and not (d or s):
            # rows of one writer's fields each, stacked (a research note's 分析师：某某
            # 执业证书编号：S…, a row per analyst): each row adds its names
            authors, author_row = (*authors, *(x for x in a if x not in authors)), n
        elif a and not authors:
            author_row = n
        if d and hit is not None and hit.updated:
            # an update's row (更新时间：…, 更新/…) over the publication's: its date only
            # where the header prints no other
            revised = revised or d
            d = None
        date, authors = date or d, authors or a
    date = date or revised
    if bare and dated and not source:
        if looks_like_name(bare):
            authors = authors or (bare,)
        else:
            source = clean_source(bare)
    return PageMeta(None, date, source, tuple(a for a in authors if a != source),
                    source_labelled=labelled)


def _name_slash_outlet(line: str) -> tuple[str | None, str | None, tuple[str, ...]] | None:
    """"张三/某某报": a reporter's name and the outlet, side by side."""
    parts = [p.strip() for p in line.split("/") if p.strip()]
    if len(parts) != 2:
        return None
    names = [p for p in parts if looks_like_name(p)]
    outlets = [p for p in parts if p not in names]
    if len(names) == 1 and len(outlets) == 1:
        return None, clean_source(outlets[0]), (names[0],)
    return None


# What a <title> puts after the headline the page prints: a channel's name and a site's, each
# after a bare hyphen, the site's worded as a body's (-通知公告-某某市某某区某某委员会, too long
# for the one-name cut of 21 characters). A line worded as a body's name itself is the site's
# put first (某某分署-新闻稿-标题), no headline.
_NAME_PARTS = compile_either(
    r"-[^-\s，。！？；、：:,]{2,10}-[^-\s，。！？；、：:,]{2,20}"
    r"(?:委员会|政府|管委会|协会|学会|联合会|局|厅|院|中心|网|网站|门户)")
_BODY_NAME = compile_either(
    r"(?:委员会|政府|管委会|协会|学会|联合会|局|厅|署|院|中心|网|网站|门户|办|处|委)$")


def _refine_title(title: str | None, lines: list[str]) -> str | None:
    """Mend a title with what the page prints near it.

    A title cut off with "..." or carrying a keyword tag ("[某某]标题") gives way to the page's
    "原标题：《…》" line when that line is its full form; "标题 某某办事处" (a unit's name
    after a space in <title>) or "标题-行业资讯" (a channel's after a hyphen), "部门动态 标题"
    (a channel's label before it), "标题【某某吧】" (a forum's or a kind's tag after it:
    【组图】) and "【典型案例】标题" (a 专题 column's tag before it) give way to a page line that
    is the title without it.
    """
    if not title:
        return title
    mended = mend_title(title, lines)
    if mended != title:
        return mended
    bare = _TRAILING_TAG.sub("", title)
    if bare != title and len(bare) >= 8 and bare in lines:
        return bare
    # a tag the page prints with its headline (【视频】标题 over the article) is the headline's
    bare = _LEADING_TAG.sub("", title)
    if bare != title and len(bare) >= 8 and bare in lines and title not in lines:
        return bare
    if " " in title or "-" in title:
        for ln in lines:
            rest = title[len(ln):]
            # (or a channel's after a bare hyphen, the site's name cut off already: 标题-行业资讯)
            if (len(ln) >= 8 and title.startswith(ln) and rest[:1] in (" ", "-")
                    and (len(rest) <= 21
                         or (_NAME_PARTS.fullmatch(rest) and not _BODY_NAME.search(ln)))):
                return ln
            if len(ln) >= 8 and _channel_first(title, ln):
                return ln  # "部门动态 标题": a channel's label before it
    # "新闻公报：标题", "某某署-新闻稿-标题": the kind of page and the site put first; never when
    # the page prints the whole title (标题：副标题 over a line of its subtitle)
    # (nor when the line is a field's value under its label, 报告题目 | 标题 in an information
    # table, and the title puts a kind before it by a colon, 学术报告：标题: the field names the
    # subject, the headline keeps its kind; the site's name and channel put first by hyphens,
    # 某某署-新闻稿-标题, are the <title>'s, whatever the table)
    for k, ln in enumerate(lines) if title not in lines else ():
        if (len(ln) >= 8 and _labels_first(title, ln)
                and not (k and _SUBJECT_LABEL.fullmatch(lines[k - 1].strip())
                         and title.removesuffix(ln).rstrip().endswith((":", "：")))):
            return ln
    return title


# The label of an information table's subject field (报告题目, 讲座主题, 会议名称), in the cell
# before its value.
_SUBJECT_LABEL = compile_either(r"[\u4e00-\u9fff]{0,6}(?:题目|主题|标题|名称)\s*[:：]?")


# A post's headline in 【】 opening its first line (【警情通报】2026年11月28日10时许，…): short, no
# sentence in it; a label of a few words that is no headline (【来源】, 【编者按】) is no title.
_BRACKET_LEAD = compile_either(r"^【(?P<lead>[^【】。，！？；：:,]{2,30})】\s*\S")
_BRACKET_NO_HEADLINE = compile_either(
    r"来源|编者按|编者的话|导读|摘要|提要|核心提示|按语|图|视频|音频|[^【】]{0,8}(?:讯|社电)")


def bracket_lead(title: str | None, first: str, near: Sequence[str] = ()) -> str | None:
    """The headline a post with none of its own prints in 【】 at the start of its first line,
    when ``title`` is none or a page's label (微博正文: _LABEL_CHARS characters at most) the
    page does not print as a line of its own in ``near`` (a short headline it does print,
    警情通报, is the headline)."""
    if title and (len(_flat(title)) > _LABEL_CHARS or _flat(title) in {_flat(ln) for ln in near}):
        return None
    m = _BRACKET_LEAD.match(first.strip())
    if m is None or _BRACKET_NO_HEADLINE.fullmatch(m["lead"].strip()):
        return None
    return m["lead"].strip()


# --- a headline printed beside the article, instead of a site or channel name -----------------
_HEAD_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LABEL_CHARS = 8  # a channel or section label (新闻动态, 明日股市预测) is no longer than this
# A letter's or work order's subject in the cell after its label (诉求标题 关于…的诉求, 信件标题：…)
_LABELLED_TITLE = compile_either(
    "(?:" + SUBJECT_LABEL + r"\s*[:：]?\s*" + r")(?P<title>\S.{5,60})")
# A <title> naming only the kind of page, a letter's or a work order's detail view, among short
# channel labels and the site's name (领导信箱-回复详情, 工单详情-某某市12345热线): a label too,
# the letter's own subject printed in a heading over it.
_PAGE_KIND_TITLE = compile_either(
    r"(?:[^\s\-_|｜>]{2,8}\s*[-_|｜>]\s*)*(?:信件|留言|回复|答复|工单|问政|来信|咨询|投诉|诉求)详情"
    r"(?:\s*[-_|｜>]\s*[^\s\-_|｜>]{2,20})*")


def _printed_headline(
    title: str | None, raw_title: str | None, root: HtmlElement, near: Sequence[str],
    first: str | None = None,
) -> str | None:
    """The headline the page prints at the article's start, when ``title`` is no headline.

    Some <title>s put the site or channel first ("频道名--标题"), and some give the channel
    alone ("新闻动态--某某网"); then the title is not printed beside the article, while
    another part of <title>, or (for a short label) an unlinked heading element, is.
    Of those, the one nearest the article wins.
    """
    flat_near = [_flat(ln) for ln in near]
    key = _flat(title)
    if not key or not flat_near:
        return None
    if key in flat_near:
        return _headline_under_label(root, near, flat_near, key)
    parts = [p for p in _TITLE_SEP.split(raw_title or "") if p.strip()]
    options = [p for p in parts if len(parts) > 1]
    # A <title> stuffed with a keyword list (标题,关键词,关键词,关键词): the item the page
    # prints as a line by itself is the headline, shorter than the whole.
    listed = [p for p in _KEYWORD_SEP.split(title or "") if p.strip()]
    listed = listed if len(listed) >= 3 else []
    # a label or the site's name for a title (a long one too: 中共某某市委组织部某某党建网)
    site = bool(_SITE_NAME.fullmatch(title or ""))
    leads: list[tuple[int, str]] = []  # headlines leading their date rows, when asked for
    labelled_title: list[str] = []  # a record's title after its label, under a label <title>
    if (len(key) <= _LABEL_CHARS or names_a_body(title or "") or site
            or _PAGE_KIND_TITLE.fullmatch(title or "")):
        # A label or the site's own name (某某县人民政府) for a title: the headline is an
        # unlinked heading element, or the line printed right above the date row, whatever
        # element holds it (<div class="title">).
        for el in root.iter(*_HEAD_TAGS):
            # a subtitle in its own heading (<h2>——某某见闻</h2>) is no headline
            if not _mostly_link(el) and not _between_rows(text := _norm(el.text_content())):
                options.append(text)
        options += _over_dated_rows(near)
        options += _undated_headline(root, near, first, key)
        # a headline glued to its row of fields is read apart (see _row_lead_headlines)
        leads = _row_lead_headlines(root, flat_near)
        labelled_title = [m["title"].strip() for ln in near
                          if (m := _LABELLED_TITLE.fullmatch(ln.strip()))
                          and _reads_as_headline(m["title"])]
        glued = {_flat(text) for _, text in leads}
        options = [o for o in options
                   if not any(_flat(o).startswith(g) and _flat(o) != g for g in glued)]
    best: tuple[int, str] | None = None
    for text in options + listed:
        flat = _flat(text)
        if (len(flat) < _LABEL_CHARS
                or (len(flat) <= len(key) and text not in listed and not site)
                or not _reads_as_headline(text)):
            continue
        at = max((i for i, ln in enumerate(flat_near) if ln == flat), default=-1)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, text)
    if best is None and leads:
        # no heading printed on a line of its own: the first piece of a date row
        return leads[-1][1]
    if best is None and labelled_title:
        # no heading element: a record's title cell after its label (诉求标题 | 关于…的诉求)
        return labelled_title[-1]
    if best is None:
        # A <title> the site shortened (某某县开展防汛应急演练 over the printed 某某县开展2024年
        # 防汛应急演练): the printed line holds the title's characters in order, a few more.
        fuller = [ln for ln in near if _reads_as_headline(ln) and _fuller(_flat(ln), key)]
        return fuller[-1].strip() if fuller else None
    return best[1]


# A date row's field, its label first (信息来源：, 发布日期：, 作者：), maybe after a word or two
_ROW_FIELD_START = compile_either(r"^.{0,4}?(?:来源|稿源|作者|发布|时间|日期)[^:：\s]{0,3}[:：]")


def _row_lead_headlines(root: HtmlElement, flat_near: Sequence[str]) -> list[tuple[int, str]]:
    """Headlines printed as the first piece of their own date row, each field after it in an
    element of its own (<p class="info"><span>标题</span><span>信息来源：某某</span><span>发布
    日期：…</span></p>): no heading element holds the headline and the row reads as one line.
    Each with the index of its row in ``flat_near``, the rows in the page's order."""
    found: list[tuple[int, str]] = []
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        nxt = el.getnext()
        parent = el.getparent()
        if (not isinstance(el.tag, str) or nxt is None or not isinstance(nxt.tag, str)
                or parent is None or el.getprevious() is not None
                or (parent.text or "").strip() or (el.tail or "").strip()):
            continue
        text = _norm(el.text_content())
        # (an unlabelled publisher before the fields, 某某县人民政府办公室, is no headline)
        if (not _reads_as_headline(text) or _between_rows(text) or _mostly_link(el)
                or names_a_body(text) or not _ROW_FIELD_START.match(_norm(nxt.text_content()))):
            continue
        row = _flat(parent.text_content())
        rest = _norm(parent.text_content())[len(text):]
        if row in flat_near and _dated_row(rest):
            found.append((flat_near.index(row), text))
    return sorted(found)


def _headline_under_label(root: HtmlElement, near: Sequence[str], flat_near: Sequence[str],
                          key: str) -> str | None:
    """The page's <h1> headline printed under ``key``, a <title> that is a label or a name
    (an app's share page: <title>某某新闻</title>, the app's name in its download banner over
    the <h1>); None when the <title> is no label or the <h1> is printed above it (a logo).
    A page with no <h1> (a share template's <div class="detail-title">) prints its headline
    right over its date row (来源：某某日报 作者：某某 2025-11-30): that line under the label."""
    if len(key) > _LABEL_CHARS and not _SITE_NAME.fullmatch(key):
        return None
    label_at = max(i for i, ln in enumerate(flat_near) if ln == key)
    h1 = root.find(".//h1")
    if h1 is None:
        over = [ln.strip() for ln in _over_dated_rows(near[label_at + 1:])]
        found = [ln for ln in over if len(_flat(ln)) > len(key) and _reads_as_headline(ln)
                 and not _between_rows(ln) and not _dated_row(ln)]
        return found[0] if found else None
    if _mostly_link(h1):
        return None
    text = _norm(h1.text_content())
    flat = _flat(text)
    if len(flat) <= len(key) or not _reads_as_headline(text) or _between_rows(text):
        return None
    return text if flat in flat_near[label_at + 1:] else None


def _over_dated_rows(near: Sequence[str]) -> list[str]:
    """The line printed above each date row of ``near``, past a byline or tools row between
    them (标题 / 某某新闻记者 某某 / 2024-11-20 15:36): a byline is no headline."""
    found = []
    for at, row in enumerate(near):
        if at == 0 or not _dated_row(row):
            continue
        above = at - 1
        while above > 0 and _between_rows(near[above]) and not _dated_row(near[above]):
            above -= 1
        found.append(near[above])
    return found


_PROSE_CHUNK = 40  # characters of one text run: the article's prose has begun


# A post's row of labelled fields, as a blog theme prints it under the body (作者:某某 | 分类:
# 某某 | 浏览:386 | 评论:3): fields apart by bars, each a label and a short value.
_POST_FIELD = compile_either(
    r"(?P<label>作者|分类|栏目|浏览|阅读|评论|标签|发布于|发表于|时间|日期)\s*[:：]\s*(?P<value>\S.{0,19})")
_POST_BAR = compile_either(r"\s*[|｜]\s*")
_POST_ROW_MAX = 120  # characters of such a row: a few fields, no sentence
_POST_ROW_REACH = 3  # elements above the one holding 作者 that may be the row's


def _post_row_author(text: str) -> str | None:
    """The 作者 value of ``text`` when it is a whole row of labelled post fields, else None."""
    fields = [_POST_FIELD.fullmatch(part) for part in _POST_BAR.split(text.strip())]
    if len(fields) < 2 or not all(fields):
        return None
    named = [f["value"].strip() for f in fields if f is not None and f["label"] == "作者"]
    return named[0] if len(named) == 1 and plausible_author(named[0]) else None


def post_footer_authors(root: HtmlElement) -> tuple[str, ...]:
    """The author a post's row of labelled fields names (作者:某某 | 分类:某某 | 浏览:386), when
    the page prints exactly one such row: a blog theme's footer under the post, classed like
    the page's footer and pruned. A list of posts prints a row a post and names no author of
    the page; a 作者 label alone in its line, with no other field, is a credit, no such row."""
    rows: dict[HtmlElement, str] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or "作者" not in f"{el.text or ''}{el.tail or ''}":
            continue
        holder = el if "作者" in (el.text or "") else el.getparent()
        for _ in range(_POST_ROW_REACH):
            if holder is None:
                break
            text = _norm(holder.text_content())
            if len(text) > _POST_ROW_MAX:
                break
            if (name := _post_row_author(text)) is not None:
                rows[holder] = name
                break
            holder = holder.getparent()
    return (next(iter(rows.values())),) if len(rows) == 1 else ()


# An author's box closing a post, as a blog theme prints it (作者 <strong>某某</strong>，
# 住在某地的程序员……): the label, the name set apart in bold or a link, a comma, a line on them.
_BIO_LABEL = compile_either(r"\s*作者\s*[:：]?\s*")
_BIO_NAME_TAGS = frozenset({"strong", "b", "a"})
_BIO_AFTER = compile_either(r"\s*[，,]")


def bio_box_author(root: HtmlElement) -> tuple[str, ...]:
    """The author the one author's box of a post names (作者 <strong>某某</strong>，…), or ();
    several such boxes (a list of posts, each with its author) name no author of the page."""
    names: list[str] = []
    for name_el in root.iter(*_BIO_NAME_TAGS):
        holder = name_el.getparent()
        if (holder is None or name_el.getprevious() is not None
                or not _BIO_LABEL.fullmatch(holder.text or "")
                or not _BIO_AFTER.match(name_el.tail or "")):
            continue
        name = _norm(name_el.text_content())
        if plausible_author(name):
            names.append(name)
    return (names[0],) if len(names) == 1 else ()


def banner_headline(root: HtmlElement) -> str | None:
    """The headline a title banner prints as a picture (<img alt="奋进新征程——某某巡礼">) when no
    element prints it as text and <title> gives a label (专题报道_某某网), or None.

    Read on the unpruned page (the banner's box is classed like chrome): the first unlinked
    image above the article's prose whose alt reads as a headline, neither the site's name
    nor a part of <title>, with no headline-like text between it and the prose."""
    head = root.find("head")  # <title> and og:title there: no walk of the whole page
    if head is None:
        return None
    title_el = head.find("title")
    raw = _norm(title_el.text_content()) if title_el is not None else ""
    og = _meta(head, *_HEADLINE_META)
    parts = [p for p in _TITLE_SEP.split(og or raw) if p.strip()]
    if parts and min(len(_flat(p)) for p in parts) > _LABEL_CHARS:
        return None  # cheap gate first: no part of most pages' <title> is a mere label
    label = clean_title(og or raw)
    body = root.find("body")
    if (label and len(_flat(label)) > _LABEL_CHARS) or body is None or (
            body.find(".//h1") is not None):
        return None
    names = {_flat(p) for p in _TITLE_SEP.split(raw)}
    found: str | None = None
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "img" and found is None:
            alt = _norm(el.get("alt"))
            if (alt and _reads_as_headline(alt) and _flat(alt) not in names
                    and not names_a_body(alt) and not _sells(alt)
                    and not any(up.tag == "a" for up in el.iterancestors())):
                found = alt
            continue
        code = el.tag in ("script", "style", "noscript", "template")
        for chunk in (None if code else el.text, el.tail):
            chunk = (chunk or "").strip()
            if len(chunk) >= _PROSE_CHUNK:
                return found  # the prose has begun
            if (found and _reads_as_headline(chunk) and not DATE.search(chunk)
                    and not any(up.tag == "a" for up in el.iterancestors())):
                return None  # a headline printed as text: the extractor's to choose
    return found
    return None


_TRAILING_TAG = compile_either(r"\s*[【\[][^【】\[\]]{1,16}[】\]]$")
# a column's or a kind's tag put before a <title>'s headline (【典型案例】, 【视频】): a short label
_LEADING_TAG = compile_either(r"^[【\[][^【】\[\]]{2,8}[】\]]\s*")


def _dated_row(line: str) -> bool:
    """A metadata row that gives a date (时间：2024-12-03 来源：某某镇人民政府)."""
    # or an unlabelled one (某某日报 2024-06-28 19:46)
    found = parse_meta_line(line) or parse_date_row(line)
    return found is not None and found.date is not None


def _fuller(line: str, key: str) -> bool:
    """``line`` is ``key`` with a few characters put inside it: key a subsequence of it, both
    starting and ending alike (本文原标题：《key》 wraps the key in a label, no headline)."""
    if len(key) < _LABEL_CHARS or not len(key) < len(line) <= len(key) + len(key) // 2:
        return False
    if line[0] != key[0] or line[-1] != key[-1]:
        return False
    chars = iter(line)
    return all(c in chars for c in key)


# A headline's element says what it holds (class="bt", id="newsTitle", class="art-tit") or
# prints it large or bold.
_HEADLINE_CLASS = compile_either(r"title|headline|biaoti|(?:^|[\s_-])(?:bt|tit)(?:$|[\s_-])", re.I)
_HEADLINE_STYLE = compile_either(r"bold|font-size|(?<![\w-])size", re.I)
_HEADLINE_TAGS = frozenset({"b", "strong", "font"})
# The title a share script hands its buttons (var shareData = {title: '…'}).
SHARE_TITLE = compile_either(r"""(?:title|Title|TITLE)\w*["']?\s*[:=]\s*["']([^"'\n]{8,64})["']""")
_CRUMB = compile_either(r"当前位置|您的位置|你的位置|所在位置|>|＞|»")


def _undated_headline(root: HtmlElement, near: Sequence[str], first: str | None,
                      key: str) -> list[str]:
    """The headline of a page with no date row under it, when <title> is the site's name: the
    nearest headline-shaped line above the article's first line (past the rows a page prints
    between them: a source or counter field, its tools, a byline, a subtitle), or its first
    line itself if the page marks it as a headline (a class or id naming a title, a bold or
    large print), or the line a share script's title repeats."""
    body = root.find("body")
    if body is None or first is None or first not in near or any(_dated_row(ln) for ln in near):
        return []  # a date row's line above is the headline (see _printed_headline)
    at = list(near).index(first)
    shared = {_flat(t) for script in body.iter("script")
              for t in SHARE_TITLE.findall(script.text or "")}
    # the headline a <meta name="title"> or a share script repeats, wherever it is printed
    # among the lines over the body (a section's menu may stand between)
    shared.add(_flat(_meta(root, "title", "dc.title") or ""))
    repeated = [t for t in near[:at + 1] if _flat(t) in shared
                and _headline_line(body, t, key) is not None]
    if repeated:
        return repeated[-1:]
    if at + 1 < len(near):
        text = near[at]
        # the article's first line printed bold may be its opening words (各位居民朋友们，…):
        # a clause's comma needs a class or id that names a title
        el = _headline_line(body, text, key)
        if el is not None and (_flat(text) in shared or _marked_headline(el, named="，" in text)):
            return [text]
    for text in reversed(near[:at]):
        if _between_rows(text):
            continue
        return [text] if _headline_line(body, text, key) is not None else []
    return []


# What a page prints between its headline and its body: tools (【字体：大 中 小】 【打印】),
# counters, share buttons, a subtitle (——某某镇扎实做好冬季防火).
_BETWEEN_ROW = compile_either(r"^(?:——|—|－－|--)|[【\[](?:字体|字号|打印|关闭|收藏|分享)|"
                              r"^(?:字体|字号|浏览|阅读|点击|分享|打印)")


def _between_rows(text: str) -> bool:
    """A row printed between the headline and the body (see _BETWEEN_ROW), a field, a byline,
    a paper's issue stamp or a yearless time row."""
    return (_BETWEEN_ROW.search(text.strip()) is not None or parse_meta_line(text) is not None
            or parse_byline(text, tail=False) is not None
            # a paper's issue stamp: 《某某日报》（ 2024年05月20日 第 04 版）
            or (_EPAPER.search(text) is not None and DATE.search(text) is not None)
            # a row giving a day and time without the year (某某发布 05-06 10:12)
            or _YEARLESS_TIME.search(text) is not None)


def _headline_line(body: HtmlElement, text: str, key: str) -> HtmlElement | None:
    """The element printing ``text`` if it is shaped like a headline and is no crumb trail,
    link, site name or field."""
    flat = _flat(text)
    if (not _reads_as_headline(text) or flat == key or _CRUMB.search(text)
            or _SITE_NAME.fullmatch(flat) or _between_rows(text)):
        return None
    el = _printing(body, flat)
    return None if el is None or _mostly_link(el) else el


def _printing(body: HtmlElement, flat: str) -> HtmlElement | None:
    """The innermost element whose text is ``flat``."""
    best = None
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and len(el) <= 4 and (
                _flat(el.text_content()) == flat):
            best = el  # document order: a descendant comes after its ancestor
    return best


def _marked_headline(el: HtmlElement, *, named: bool) -> bool:
    """The element, or one of its two parents, marks its text as a headline: by a class or
    id naming a title, or (unless ``named`` is asked) by its print, bold, large or centred."""
    for node in itertools.islice(itertools.chain([el], el.iterancestors()), 3):
        if _HEADLINE_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        if not named and (node.tag in _HEADLINE_TAGS or node.get("align") == "center"
                          or _HEADLINE_STYLE.search(node.get("style") or "")):
            return True
    return False


def _mostly_link(el: HtmlElement) -> bool:
    """A heading made of link text names another page (a related headline, a menu)."""
    links = sum(len(_flat(a.text_content())) for a in el.iter("a"))
    return 2 * links >= len(_flat(el.text_content())) > 0


def _reads_as_headline(text: str) -> bool:
    """Short, one clause, no sentence inside it and no trailing comma or colon."""
    text = text.strip()
    return (8 <= len(text) <= 64 and "。" not in text and text[-1] not in "，,、：:；;"
            and not DATE.match(text))
