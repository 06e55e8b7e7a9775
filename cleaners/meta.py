"""Lift publication metadata lines (title, date, source, authors) out of the body into Meta.

Looks only where pages print metadata: the head (before the first prose paragraph) and the tail
(after the last one). Every lifted line is recorded as a Removal that says where it went.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .dates import DATE, GLUED_DATE, revision_stamps
from .document import Doc, Removal, shorten
from .layout import print_width
from .literals import Gate, gate
from .names import (
    ACCOUNT_ID,
    HAN,
    TIME_EVENT_WORDS,
    clean_source,
    dateline,
    glued_reporter,
    listed_in,
    looks_like_name,
    names_row,
    plausible_author,
    split_names,
)
from .script import script_of, to_simplified, traditional_variants, with_traditional
from .spam.charstats import jieba_words
from .spam.lexicon import NEWS_CONTEXT, shared_lexicon

if TYPE_CHECKING:
    from collections.abc import Container, Iterable, Mapping, Sequence, Set

__all__ = ["MENU_ROW_RULES", "SUBJECT_LABEL", "MetaLines", "adoption_date", "author_note",
           "boxed_writer", "chronicle_lines", "closing_contacts", "closing_signature",
           "contact_block", "credited_fields", "date_over_lines", "dated_entry_runs",
           "field_record", "field_records", "head_contact_rows", "in_verse",
           "is_prose", "names_a_body", "parse_date", "recipe_lines", "split_date_lines",
           "tale_record", "work_record"]

_TERMINAL = "。！？!?…”」』"


def _alts(keys: str) -> str:
    """An alternation of keys in simplified and traditional script, longest first."""
    words = {v for key in keys.split("|") for v in traditional_variants(key)}
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


def _any_open(*gates: tuple[Gate, bool]) -> re.Pattern[str]:
    """One search that finds something in every text one of the (gate, asked of the text
    stripped) opens for: a text it finds nothing in is none of theirs."""
    sources = [g.source(stripped=stripped) for g, stripped in gates]
    return re.compile("|".join(s for s in sources if s is not None)
                      if None not in sources else "")


def _compile_all(pattern: str) -> tuple[re.Pattern[str], ...]:
    """One compiled regex per script variant (named groups cannot be joined in one regex)."""
    return tuple(re.compile(v) for v in traditional_variants(pattern))


class _Variants:
    """A pattern's script variants (``_compile_all``), matched at the start of a text.

    Most lines asked are no byline: the Gate read off the variants (the characters a match
    may begin with, strings it must hold) turns them away without trying each regex.
    """

    __slots__ = ("gate", "patterns")

    def __init__(self, pattern: str) -> None:
        self.patterns = _compile_all(pattern)
        self.gate = gate(self.patterns, at_start=True)

    def match(self, text: str) -> re.Match[str] | None:
        if not self.gate.open(text):
            return None
        for rx in self.patterns:
            m = rx.match(text)
            if m:
                return m
        return None


_HAN = re.compile(r"[\u4e00-\u9fff]")


_DATE_KEYS = _alts("发表时间|发布时间|发布日期|发表日期|发稿时间|"
                   # (Taiwan's government pages: 上版日期 when it went online, 最後更新日期,
                   # a release's 新聞稿日期)
                   "上版日期|最后更新日期|资料更新日期|最后更新时间|最后更新|更新时间|新闻稿日期|"
                   # (an encyclopedia entry's row at its foot: 最近更新：2024-02-18; a wire
                   # story's update after its time: （最新更新：2026/11/30 15:02）)
                   "最近更新时间|最近更新|最新更新时间|最新更新|"
                   # (a periodical's issue: 出版日期：2025-11-15)
                   "出版日期|出版时间|出刊日期|"
                   # (a live page's row: when the live text began, 开始时间：2025-10-18 08:30)
                   "直播时间|开始时间|"
                   "更新日期|访谈时间|信息发布时间|信息发布日期|信息时间|信息日期|时间|日期|成文日期|发文日期|生成日期|公开日期|印发日期|"
                   # a message board's page (问政, 留言): when the message was left, when answered
                   "留言时间|留言日期|来信时间|来信日期|提问时间|回复时间|回复日期|答复时间|答复日期")
_SOURCE_KEYS = _alts("来源于|信息来源|消息来源|文章来源|本文来源|稿件来源|新闻来源|来源|稿源|出处|"
                     # an old CMS's row names the page it copied from (动易: 转贴自：某某日报)
                     "转贴自|转载自|转自|来自")
_AUTHOR_KEYS = _alts("作者|本文作者|文章作者|本报记者|特约记者|首席记者|见习记者|实习记者|记者|"
                     "本报通讯员|通讯员|实习生|撰文|撰稿人|撰稿|采写|文字|文|"
                     # a foreign story's translator writes its Chinese text (编译：某某)
                     "编译|"
                     # a 述职报告 is written and given by the official reporting (述职人：某某)
                     "述职人|"
                     # a securities firm's research note is written by its analysts
                     # (分析师：某某 执业证书编号：S…)
                     "证券分析师|分析师")
# A government page's information table names the title too (标题：…).
# An online interview's page names its subject (访谈主题：…): the headline.
# A message board's page names the message's subject (留言标题：…).
# A government page's information table names the document 名称 in its own cell.
# A library's catalogue record names the item it describes (题名：…, 正题名：…).
_TITLE_KEYS = _alts("标题|文章标题|信息标题|信息名称|名称|访谈主题|访谈题目|"
                    "留言标题|留言主题|信件标题|来信标题|题名|正题名")
# Dates of the document rather than of its publication (a notice written on one day and put
# online later): a publication date on the page wins over them.
_DOCUMENT_DATE_KEYS = frozenset(_alts("成文日期|发文日期|印发日期|生成日期").split("|"))
# The body a government page names as the one that published the notice: the publisher when
# no 来源 names one.
# (Taiwan's ministries name the office that wrote a release 撰稿單位 as often; a county
# site's table names the body that issued its item 发文机关, in the same cell.)
# (A 政策解读 page names the body that explains the policy 解读机关 in its row of fields.)
_PUBLISHER_KEYS = _alts("发布机构|发布单位|撰稿单位|发文机关|供稿单位|供稿部门|来稿单位|"
                        "解读机关|解读部门")
# 摄影 credits the pictures: its value is no author of the text (a field so that it ends the
# 作者 value before it).
_OTHER_KEYS = _alts("摄影|摄像|"
                    "发文字号|责任编辑|网站编辑|编辑|责编|审核|初审|复审|终审|审校|校对|浏览次数|浏览量|浏览|"
                    "点击数|"
               "点击量|点击|阅读量|阅读|访问量|播放量|播放次数|播放|观看次数|观看|人气|热度|字号|字体|发布者|发布人|发布机构|供稿|信息提供|分享到|分享|"
               "信息索引号|索引号|文号|所属分类|信息分类|分类|主题分类|主题词|有效性|公开方式|公开范围|"
               # (and when the document lapses, often left blank: 【废止日期】 at the row's end)
               "废止日期|失效日期|"
               "体裁分类|组配分类|服务对象|字体|"
               # the old CMS's data-entry clerk (文章录入：admin), no author
               "文章录入|信息录入|"
               # a message board's rows: who wrote, who handles it, its number and state
               "留言人|来信人|写信人|提问人|投诉人|咨询人|反映人|留言对象|办理单位|答复单位|"
               "回复单位|受理单位|处理单位|留言编号|信件编号|来信编号|办理状态|处理状态|信件状态|"
               "回复状态|答复状态|受理状态|留言类型|信件类型|"
               # a 网络问政 page's: the asking user's handle and the body asked
               "提问网友|留言网友|网友|问政对象|咨询对象|投诉对象|反映对象|"
               # a Q&A page's rows: who asked and who answered, and what the answerer knows
               "提问者|回答者|回答人|答主|擅长|"
               # a blog theme's counters on its post row (阅读次数: 312, 字数统计: 1.2k)
               "阅读次数|阅读数|浏览数|字数统计|本文字数|阅读时长|"
               # an encyclopedia entry's counters by its last update (本词条浏览次数：38217次)
               "本词条浏览次数|词条浏览次数|编辑次数|"
               # an e-paper's fields of the article's page (版次：03 版名：社区)
               "版次|版名|版面|版号|"
               # a 政策解读 page's row naming who explains the policy (解读人：某某), which ends
               # the 来源 value printed before it with no space (来源：某局解读人：某某)
               "解读人|解读单位|"
               # and the kind of its explanation (解读类型：文字解读, 解读形式：图片解读)
               "解读类型|解读形式|"
               # an analyst's licence number after the name (执业证书编号：S0000520080001)
               "执业证书编号|证书编号|执业编号")
_FIELD = re.compile(
    rf"(?P<key>{_DATE_KEYS}|{_SOURCE_KEYS}|{_AUTHOR_KEYS}|{_TITLE_KEYS}|{_PUBLISHER_KEYS}|"
    rf"{_OTHER_KEYS})\s*[:：]\s*")
# A WeChat post's bar between a label and its value (来源丨某某, 编辑｜某某) is its colon, no
# segment's end: a bar splits a row's fields only between them (记者 张三 | 2024-05-30).
_BAR_LABEL = re.compile(
    rf"(?:^|(?<=\s))(?P<key>{_DATE_KEYS}|{_SOURCE_KEYS}|{_AUTHOR_KEYS}|{_PUBLISHER_KEYS}|"
    rf"{_OTHER_KEYS})\s*[丨｜|]\s*(?=\S)")
# The pictures' credit with a bar for its colon (圖｜某某, 图片丨某某) after another field's.
_PICTURES_BAR = re.compile(r"(?<=\s)(?:图|圖|图片|圖片)\s*[丨｜|]\s*(?=\S)")
# A table's row copied with bars between its cells (索引号： | 0000/2025-01 | 发文机关： | 某某局):
# the bar after a label's colon parts it from its value, no fields (the title's label too).
_CELL_LABEL = re.compile(
    rf"(?:^|(?<=\s))(?P<key>{_DATE_KEYS}|{_SOURCE_KEYS}|{_AUTHOR_KEYS}|{_TITLE_KEYS}|"
    rf"{_PUBLISHER_KEYS}|{_OTHER_KEYS})\s*[:：]\s*[丨｜|]\s*(?=[^\s丨｜|])")
_AUTHOR_KEY = re.compile(_AUTHOR_KEYS)
_KIND = {**{k: "date" for k in _DATE_KEYS.split("|")},
         **{k: "source" for k in _SOURCE_KEYS.split("|")},
         **{k: "author" for k in _AUTHOR_KEYS.split("|")},
         **{k: "title" for k in _TITLE_KEYS.split("|")},
         **{k: "publisher" for k in _PUBLISHER_KEYS.split("|")}}
# Fields only a government page's information table prints (索引号, 发文字号 …): a block of
# rows holding them stands above the headline, not under it.
_TABLE_KEYS = frozenset(_alts("信息索引号|索引号|文号|发文字号|主题分类|发布机构|发布单位|成文日期|"
                              "发文机关|公开方式|体裁分类|组配分类").split("|"))

# A role before a name, or alone between names (记者 殷某某 实习生 罗某): no name itself.
_AUTHOR_PREFIX = re.compile(with_traditional(
    r"^(?:本报|本刊|本台|本网|特约|首席|实习|见习|摄影)*(?:记者|通讯员|编辑|作者|实习生)"))
# An outlet's reporter title before the names (南都记者 张三, 某某社记者李四).
_OUTLET_TITLE = re.compile(with_traditional(r"^[^\s记]{1,8}?(?:记者|通讯员)"))
# The staff's roles in a byline (编辑, 审核, 摄影): the names after one are no authors.
_STAFF_ROLE = re.compile(with_traditional(
    r"(?:责任编辑|编辑|责编|审核|审校|校对|终审|复审|初审|监制|美编|摄影|摄像|图|图片)[:：]?"))
# A counter printed in the row after the names (评论(3), 阅读 1024, 点赞：56): the byline ends;
# its brackets would otherwise be read as a note on a name (张三（视频）) and leave 评论. A
# portal's comment link prints the figure first (56评论, 1.2万阅读, 3条评论).
_COUNTED = r"(?:阅读|评论|点赞|浏览|点击|热度|收藏|分享)(?:量|数|次数)?"
_FIGURE_FIRST = rf"\d[\d.,]*[万千]?\s*[条次人]?{_COUNTED}"
_COUNTER = re.compile(with_traditional(
    rf"{_COUNTED}[:：]?[（(]?\d[\d.,]*[万千]?[)）]?|{_FIGURE_FIRST}"))
# The same counter's label and its figure in boxes of their own (<span>阅读 1.2万</span>,
# <em>56</em>评论): read as one token, so that the label is no name.
_COUNTER_APART = re.compile(with_traditional(
    rf"(?<!\S){_COUNTED}\s+(?=\d)|(?<!\S)\d[\d.,]*[万千]?\s+(?=[条次人]?{_COUNTED}(?!\S))"))
# A page tool's button printed in the row after the names (作者：某某 收藏 举报 分享, 作者：某某
# 我要纠错): the byline ends there; 收藏 and 分享 would otherwise pass for two-character names.
_TOOL_BUTTON = re.compile(with_traditional(
    r"(?:我要)?(?:分享|收藏|举报|打印|纠错|关注|点赞|订阅|评论|投稿)(?:本文|本页|此文)?"
    r"|打印本页|关闭窗口|关闭|字体|字号|大字|小字"))
# A name credited for the pictures by the role after it (李四/图, 王五/摄影).
_PHOTOGRAPHER = re.compile(rf"(?<!\S)[{HAN}·]{{2,8}}\s*[/／]\s*(?:图|摄影|摄|圖|攝影|攝)(?!\S)")
_ROLE_NOTE = re.compile(r"[（(][^（()）]{1,6}[)）]$")
# A note on the writer in brackets after the name, naming a department or a title, maybe
# with a space (钱某某（心内科 主治医师）, 李某（某某大学 教授）): who they are, no second name.
_WRITER_NOTE = re.compile(
    rf"(?<=[{HAN}])\s*[（(](?=[^（()）]{{0,24}}(?:医师|医生|护师|护士|药师|技师|教授|讲师|研究员|"
    r"主任|工程师|律师|博士|硕士|学生|实习|科|室|院|校|中心|部|局|委|所)[^（()）]{0,24}[)）])"
    r"[^（()）]{1,24}[)）]")
_AUTHOR_SUFFIX = re.compile(with_traditional(
    r"(?:综合报道|综合报|联合报道|报道|整理|编译|撰文|供稿|摄影|摄|文)$"))
# A verb and 于 after the name (作者：张三 发布于 2024-…, or glued: 张三发布于): when the post
# was made follows, no name
_DATED_VERB_AFTER = re.compile(with_traditional(r"(?:发布|发表|编辑|更新|修改|创建|提交|回答)于$"))

# "文/记者 张三 李四", "作者：张三", "撰文 | 李四"
# (a foreign story's translator credited so under it: （编译/某某）, as 编译：某某 in its row)
_BYLINE = _Variants(
    r"^[（(【\[]?\s*(?:文|文字|撰文|作者|记者|本报记者|采写|撰稿|执笔|口述|整理|编译)\s*[/:：丨|｜]\s*"
    r"(?:[^\s/:：]{2,16}?(?:专栏作者|特约作者|特约评论员|评论员|作者|记者)\s*)?"
    # a bar ends the names: what follows is the row's next field (| 2024-05-30 | 阅读 4521)
    r"(?:本报|特约|首席)?(?:记者|通讯员)?\s*(?P<names>[^()（）【】\[\]|丨｜]{2,60}?)\s*[)）】\]]?$")
# "《某栏目》作者 张三"
_TITLED_BYLINE = _Variants(
    rf"^(?:《[^》]{{1,12}}》|[^\s，。]{{2,12}})?(?:作者|记者)\s+(?P<names>[{HAN}]{{2,4}}"
    rf"(?:[\s、，,][{HAN}]{{2,4}}){{0,3}})$")
# "某某日报记者 张三": the part before 记者 is the publisher.
# In brackets closing the article too: "（某某晚报记者 张三）".
_SOURCE_REPORTER = _Variants(
    # a caption's 图为 (图为记者 某某 摄) names no outlet
    r"^(?:[（(](?=[^（()）]+[)）]$))?(?!图为|图片)"
    r"(?P<src>[^\s，。记/（()）]{2,24}?(?:/[^\s，。记/]{2,24}?)?)(?:首席|特约|见习|实习)?(?:记者|通讯员)\s*"
    # a bar between the role and the name (某某新闻记者 | 王某某), as a label and its value
    r"(?:[|｜丨]\s*)?"
    rf"(?P<names>[{HAN}]{{2,4}}(?:[\s、，,][{HAN}]{{2,4}}){{0,5}})"
    r"(?:\s*(?:报道|文/图|文\s*图|图/文|摄影?|文))?[)）]?$")
# "记者王某某／台北报导": the reporter, a slash and where the report was filed from (a
# Taiwan or Hong Kong paper's byline); "记者甲、乙／综合报导".
_PLACE_BYLINE = _Variants(
    r"^(?:[^\s，。记/／]{2,12}?)?(?:特派|特约|实习)?记者\s*"
    rf"(?P<names>[{HAN}]{{2,4}}(?:[、，,][{HAN}]{{2,4}}){{0,3}})\s*[/／]\s*"
    rf"[{HAN}]{{0,8}}(?:报道|报导)$")
# The same byline inside a row of fields, after its date.
_FILED_FROM = re.compile(
    rf"(?:{with_traditional('(?:特派|特约|实习)?记者')})\s*"
    rf"(?P<names>[{HAN}]{{2,4}}(?:[、，,][{HAN}]{{2,4}}){{0,3}})\s*[/／]\s*"
    rf"[{HAN}]{{0,8}}?(?:{with_traditional('报道|报导')})(?=\s|$)")
_FILED_GATE = gate([_FILED_FROM])  # 记者, tested before the searches
# Any of the labelled shapes above: parse_byline asks this one search first.
_LABELLED_SCREEN = _any_open(*((v.gate, False) for v in (_BYLINE, _TITLED_BYLINE,
                                                          _SOURCE_REPORTER, _PLACE_BYLINE)))
# "本报记者": own paper (traditional script: 本報記者, 本臺, 本網)
_OWN_OUTLET = frozenset({"本报", "本刊", "本台", "本网", "本站", "本報", "本臺", "本網"})
# A kind of paper alone (晚报记者 某某: an evening paper's own reporter) names no paper; nor
# does a kind of newsroom (融媒体记者 某某: a county media centre's own reporter).
_PAPER_KIND = re.compile(r"^(?:日报|晚报|早报|晨报|商报|时报|都市报|新闻|融媒体?|全媒体|新媒体|"
                         r"融媒体中心|电视台|广播电视台)$")
# The paper's newsroom after its name (某某日报全媒体记者 某某, 某某晚报融媒记者): the
# paper is the publisher. (某某融媒 alone is an outlet's name: kept.)
_NEWSROOM_AFTER_PAPER = re.compile(r"(?<=[报報台网網社])(?:全媒体?|融媒体?|新媒体)$")
_NAMES_ONLY = _Variants(
    rf"^[（(]?\s*(?P<names>[{HAN}]{{2,4}}(?:[\s、，,]+[{HAN}]{{2,4}}){{0,3}})\s*[)）]?$")


# Twelve Han characters, wherever they are (one match instead of a list of every one).
_HAN_12 = re.compile(r"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){12}")


def is_prose(line: str) -> bool:
    """A body paragraph: long, or a sentence with terminal punctuation and some length."""
    n = len(line)
    return n >= 80 or (n >= 18 and line[-1] in _TERMINAL and _HAN_12.match(line) is not None)


# A two-digit year, month and day in dashes (18-03-08): read only where a field label says
# the value is a date; a time may be glued to it (18-03-0823:16).
_SHORT_YEAR = re.compile(r"\d{2}-[01]\d-[0-3]\d(?=$|[^\d-]|\d{1,2}[:：时])")


def _short_year_date(value: str) -> str | None:
    """A labelled date printed with a two-digit year (发布时间：18-03-08 23:16), as 20YY."""
    return parse_date(f"20{value}") if _SHORT_YEAR.match(value) else None


# A labelled date in the Republic of China's years (發布日期：115-11-24, 113年5月6日), as
# Taiwan's government pages print it: year 1 is 1912. Named (中華民國114年11月3日, 民國99年) the
# era says it is one, so any year goes; bare, only a year 100-119 does.
_ROC_YEAR = re.compile(r"(?:(?:中[华華])?民[国國]\s*(?P<era>\d{1,3})|(?P<y>1[01]\d))"
                       r"\s*(?P<sep>[-/.年])\s*(?=[01]?\d\s*[-/.月])")
_ROC_OFFSET = 1911


def _roc_year_date(value: str) -> str | None:
    """A labelled date with a Republic of China year (see _ROC_YEAR) in the common era."""
    m = _ROC_YEAR.match(value)
    if m is None:
        return None
    year = int(m["era"] or m["y"]) + _ROC_OFFSET
    return parse_date(f"{year}{m['sep']}{value[m.end():]}")


# A date written in Chinese numerals (二〇二四年十二月三日), as notices print it.
_CN_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_CN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                      r"\s*([一二三四五六七八九十]{1,3})\s*日")


def _cn_number(text: str) -> int | None:
    """一 .. 三十一 as an int (十二 = 12, 二十 = 20, 二十三 = 23); None for other shapes."""
    tens, ten, units = text.partition("十")
    if not ten:
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    if len(tens) > 1 or len(units) > 1:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def arabic_dates(text: str) -> str:
    """``text`` with its dates in Chinese numerals written in digits (二〇二四年十二月三日 ->
    2024年12月3日), for reading them; any other text is left as it is."""
    if "年" not in text or "月" not in text:
        return text

    def digits(m: re.Match[str]) -> str:
        year = "".join(str(_CN_DIGITS[c]) for c in m[1])
        month, day = _cn_number(m[2]), _cn_number(m[3])
        if month is None or day is None:
            return m[0]
        return f"{year}年{month}月{day}日"

    return _CN_DATE.sub(digits, text)


# A date in English words (Nov 23, 2026; 23 November 2026), as an overseas outlet's row prints
# it over a Chinese article; a month's name glued to a word is no date (Mayor 23, 2026).
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
             r"|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_EN_DATE = re.compile(
    rf"(?<![A-Za-z])(?:{_EN_MONTH}\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?"
    rf"|(?P<d2>[0-3]?\d)\s+{_EN_MONTH.replace('mon', 'mon2')}\.?,?)"
    r"\s+(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE)
# The half of the day before a clock time (下午10:41, 晚上 8:30), as a 12 hours' clock prints it:
# after noon an hour under 12 is 12 more; 凌晨12:30 is half past midnight.
_CN_HALF_TIME = re.compile(
    r"(?P<half>上午|早上|凌晨|中午|下午|傍晚|晚上)\s*(?P<H>[01]?\d)(?P<rest>\s*[:：]\s*[0-5]\d"
    r"(?:\s*[:：]\s*[0-5]\d)?)")
_AFTER_NOON = ("下午", "傍晚", "晚上")


def _cn_clock24(m: re.Match[str]) -> str:
    """A time after its half of the day (下午10:41) in the day's 24 hours (22:41)."""
    hour, half = int(m["H"]), m["half"]
    if hour > 12:
        return m[0]
    if half in _AFTER_NOON or (half == "中午" and hour < 3):
        hour = hour % 12 + 12
    elif half == "凌晨" and hour == 12:
        hour = 0
    return f"{hour:02d}{m['rest']}"


def spelled_dates(text: str) -> str:
    """``text`` with a date in English words in digits (Nov 23, 2026 -> 2026-11-23) and a time
    of a 12 hours' clock in the day's 24 hours (下午10:41, 10:41 PM -> 22:41), for reading a
    row's date; any other text is left as it is."""
    if "午" in text or "晚上" in text or "凌晨" in text or "傍晚" in text or "早上" in text:
        text = _CN_HALF_TIME.sub(_cn_clock24, text)
    if not any(c.isascii() and c.isalpha() for c in text):
        return text
    if "M" in text or "m" in text:
        text = _TIME_HALF.sub(_clock24, text)

    def digits(m: re.Match[str]) -> str:
        month = _EN_MONTHS.index((m["mon"] or m["mon2"])[:3].lower()) + 1
        return f"{m['y']}-{month:02d}-{int(m['d'] or m['d2']):02d}"

    return _EN_DATE.sub(digits, text)


def parse_date(text: str) -> str | None:
    """The first plausible date in ``text`` as ISO 8601 (with the time when one is given)."""
    m = DATE.search(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"] is not None and int(m["H"]) < 24:
        hour = int(m["H"])
        if hour <= 12 and (half := _HALF_DAY.match(text, m.end())) is not None:
            # a clock of twelve hours (10:41 PM, 12:05 a.m.): the hour of the day's 24
            hour = hour % 12 + (12 if half["half"] in "Pp" else 0)
        iso += f"T{hour:02d}:{m['M']}:{m['S'] or '00'}"
    return iso


# The half of the day after a clock time (10:41 PM, 9:05 a.m.), for its hour.
_HALF_DAY = re.compile(r"\s*(?P<half>[AaPp])\.?\s?[Mm]\.?(?![A-Za-z])")


def ends_byline(token: str) -> bool:
    """True for a token of a byline row that no name follows: a counter (阅读 1024, 56评论) or a
    page tool's button (收藏, 我要纠错)."""
    return bool(_COUNTER.fullmatch(token) or _TOOL_BUTTON.fullmatch(token))


def clean_authors(raw: str) -> tuple[str, ...]:
    """Names out of a byline value: titles (记者…) and trailing verbs (报道, 摄) removed."""
    names: list[str] = []
    raw = _PHOTOGRAPHER.sub(" ", raw)  # 张三/文 李四/图: 李四 took the pictures
    raw = _WRITER_NOTE.sub(" ", raw)
    raw = _COUNTER_APART.sub(lambda m: m[0].rstrip(), raw)
    for token in split_names(raw.replace("&", "、").replace(" 和 ", "、")):
        if names and dateline(token, listed_in(raw, token)):
            continue  # 记者 张三 北京报道: where it was filed from
        if _DATED_VERB_AFTER.fullmatch(token):
            break
        if (dated := _DATED_VERB_AFTER.search(token)) is not None and dated.start() >= 2:
            token = token[:dated.start()]
        if _AUTHOR_SUFFIX.fullmatch(token):
            # the verb set apart (记者 张三 李四 报道): no name; the token before it is where
            # the story was filed from when no name could be (记者 张三 北京 报道)
            if names and token in ("报道", "報道") and dateline(names[-1] + token, True):
                names.pop()
            continue
        if names and _STAFF_ROLE.fullmatch(token):
            break  # 记者 张三 编辑 李四: the names after it are the staff's, no authors
        if ends_byline(token):
            break
        # 柳某（视频）, 张三（实习生）: what the person did, in brackets after the name
        token = _ROLE_NOTE.sub("", _AUTHOR_PREFIX.sub("", token)).strip()
        title = _OUTLET_TITLE.match(token)
        if title:
            token = token[title.end():]
        bare = _AUTHOR_SUFFIX.sub("", token)
        # 王文 is a name, 李静雯综合报 a name + verb; a glued 文 (text by) ends a token of four
        # (王某某文) but not of three: 钟雅文 and 欧阳文 are names, as 文 is a common given
        # name's last character, and a byline sets the credit apart (张三 文)
        if len(bare) >= 2 and not (token[-1] in "文" and len(token) <= 3):
            token = bare
        if plausible_author(token) and token not in names:
            names.append(token)
    return tuple(names)


@dataclass(frozen=True, slots=True)
class _Found:
    title: str | None = None
    date: str | None = None
    source_name: str | None = None
    authors: tuple[str, ...] = ()
    document_date: bool = False  # the date is the document's (成文日期), not its publication's
    publisher: str | None = None  # 发布机构: the source when no 来源 names one
    updated: bool = False  # the date is an update's (更新时间), a publication's row outranks it


# A date row without field names: the outlet printed before or after the date and time
# ("2019年10月23日 09:05 某某网", "某某日报 2020-03-09 18:14:21", "2019-05-17 · 某某报道").
_OUTLET = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}"
# A public body's full name is often longer (某某市人力资源和社会保障局, 13 characters): before
# the date it names the office that published the page.
_BODY_BEFORE_DATE = r"[\u4e00-\u9fff]{8,18}(?:局|厅|委|办|中心|委员会|办公室)"
# After the date too, a body's or a company's department (某某集团有限公司客运部, 某某局办公室).
_BODY_AFTER_DATE = r"[\u4e00-\u9fff]{8,18}(?:局|厅|委|办|中心|委员会|办公室|部|处|公司)"
_BARE_ROW = re.compile(
    rf"^(?:原[创創]\s+)?(?:(?P<pre>{_OUTLET}|{_BODY_BEFORE_DATE})\s+)?(?P<date>{DATE.pattern})"
    rf"(?:\s*[·|｜]?\s*(?P<post>{_OUTLET}|{_BODY_AFTER_DATE}))?"
    # the comment and bookmark buttons printed on the same row
    rf"(?:\s*(?:{_alts('我有话说|我要评论|评论|收藏本文|收藏|举报|分享')})\s*"
    rf"(?:[(（]\d+(?:{_alts('人参与')})[)）])?)*"
    # its read count (阅读 1.2万, 浏览量：3621)
    r"(?:\s*(?:阅读|浏览)(?:量|数)?\s*[:：]?\s*\d[\d.,]*[万wW]?\+?)?"
    # and the page's bracketed tools (【字体：大 中 小】 【打印】 【关闭】)
    rf"(?:\s*[【\[]\s*(?:(?:{_alts('字体|字号')})\s*[:：]?\s*大\s*中\s*小|"
    rf"{_alts('打印本页|打印|关闭窗口|关闭|收藏')})\s*[】\]])*$")


# A writer's Latin handle (a lower-case login name, somename, some_name2).
_HANDLE = r"[A-Za-z][A-Za-z0-9_.\-]{2,19}"
# An account's post row (a WeChat article's): 原创, the writer, the account, the date and
# time, maybe where it was posted from ("原创 某某某 某某青年说 2024-05-06 20:15 发表于北京");
# 原创 may be glued to the writer, who may be left out. A post that is no 原创 prints the row
# without it, closed by where it was posted from ("某某文旅 2024-08-02 21:05 发表于浙江").
# The writer may sign with a Latin handle (原创 somename 某某Code …).
_ACCOUNT_ROW = re.compile(
    rf"^(?:原创|原創)\s*(?:(?P<writer>[{HAN}·]{{2,8}}|{_HANDLE})\s+)?(?P<account>{_OUTLET})\s+"
    rf"(?P<date>{DATE.pattern})(?:\s+(?:发表于|發表於)?[{HAN}]{{1,8}})?$")
_POSTED_ROW = re.compile(
    rf"^(?:(?P<writer>[{HAN}·]{{2,8}})\s+)?(?P<account>{_OUTLET})\s+"
    rf"(?P<date>{DATE.pattern})\s+(?:发表于|發表於)[{HAN}]{{1,8}}$")


# The same row saved with the day said relatively (爱否科技 昨天; 原创 某某 某某号 前天), under
# the headline: no date to read, but the account published it. A news client's row parts its
# items with middle dots or bars (某某新闻·3小时前·阅读 1.2万, 某某新闻 | 3小时前: its counters
# read off by without_row_tail), may give the day's time or a yearless day (昨天 14:20,
# 11-24 09:12), the place it was posted from (某某号 2小时前 四川), or the time first
# (3小时前 · 某某新闻).
_WHEN = (r"(?:(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|今天|昨天|前天|"
         r"刚刚|剛剛|\d{1,2}\s*(?:分钟|分鐘|小时|小時|天)前)")
_ROW_SEP = r"(?:\s+|\s*[·•|｜]\s*)"
# A yearless day only after a client's dot or bar (某某日报 · 11-24 09:12): after a space it
# closes a sentence (演练定于 04-27 14:30) or heads a dated row the date readers take.
_YEARLESS_WHEN = r"\s*[·•|｜]\s*\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
_RELATIVE_ROW = re.compile(
    r"^(?:(?:原创|原創)\s+)?(?:(?P<writer>[^\s，。,·•|｜]{2,16})\s+)?"
    r"(?P<account>[^\s，。,：:·•|｜]{2,20})"
    rf"(?:{_ROW_SEP}{_WHEN}|{_YEARLESS_WHEN})"
    r"(?:\s+(?:发布于|发表于|發佈於|發表於)?[\u4e00-\u9fff]{2,3})?(?:\s*[·•|｜])?$")
_RELATIVE_FIRST = re.compile(
    rf"^{_WHEN}{_ROW_SEP}(?P<account>[^\s，。,：:·•|｜\d][^\s，。,：:·•|｜]{{1,19}})(?:\s*[·•|｜])?$")
_ROW_TAILS_MAX = 3  # counters after the time (阅读 1.2万 评论 36), read off one by one


def relative_row(line: str) -> re.Match[str] | None:
    """The account's row with a relative day (see _RELATIVE_ROW), its counters read off."""
    line = line.strip()
    for _ in range(_ROW_TAILS_MAX):
        if (cut := without_row_tail(line)) == line:
            break
        line = cut.rstrip()
    return _RELATIVE_ROW.match(line) or _RELATIVE_FIRST.match(line)


def client_row(line: str) -> bool:
    """A news client's row under its headline, its items parted by middle dots or bars
    (某某新闻·3小时前·阅读 1.2万): a relative row whose account is a name, not a forum post's
    verb (发表于 3小时前 names no one)."""
    if not any(c in line for c in "·•|｜"):
        return False
    m = relative_row(line)
    return m is not None and not _DATED_VERB_PREFIX.match(m["account"])


def _relative_row(lines: Sequence[str], head: Sequence[int], k: int) -> _Found | None:
    """The account's row with a relative day (see _RELATIVE_ROW) at head[k], under a line
    of a headline's shape (no full stop, no longer than a headline; a question's or an
    exclamation's mark may close it): the account as the publisher, the writer as the
    author."""
    if k == 0:
        return None
    m = relative_row(lines[head[k]])
    if m is None:
        return None
    above = lines[head[k - 1]].strip()
    if len(above) > 60 or above[-1] in "。；;…":
        return None
    writer = m.groupdict().get("writer")
    return _Found(source_name=m["account"],
                  authors=(writer,) if writer and plausible_author(writer) else ())


def parse_account_row(line: str) -> _Found | None:
    """The date, the account (the publisher) and the writer of an account's post row; the
    writer only when the slot holds a person's name (an office in it is no author), and not
    the account's name printed twice (原创 某某组工 某某组工 …: the post names no writer)."""
    m = (_ACCOUNT_ROW.match(line) if line.startswith(("原创", "原創"))
         else _POSTED_ROW.match(line) if "发表于" in line or "發表於" in line else None)
    if m is None or m["H"] is None:
        return None  # the post's time is always printed: without it, a sentence with a date
    writer = m["writer"]
    authors = ((writer,) if writer and writer != m["account"] and plausible_author(writer)
               else ())
    return _Found(date=parse_date(m["date"]), source_name=m["account"], authors=authors)


# Quick tests read off the patterns: a field needs its colon; a date opening the line (or the
# part before the first field) starts with the century's digit.
_FIELD_GATE = gate([_FIELD])
_DATE_AT_START = gate([DATE], at_start=True)
_DATE_GATE = gate([DATE])
_WIDE_GAP = re.compile(r"\s{2,}")
# A full date closing a labelled row, after a gap (… 审核：某某 2024-05-06 09:40).
_CLOSING_DATE = re.compile(rf"\S\s+(?P<stamp>{DATE.pattern})\s*$")
_SPACE = re.compile(r"\s")
# A public body's name (临江市统计局, 国家统计局临江调查队, 市委宣传部): a source's value that
# names two of them apart by a space names them jointly (a statistics bulletin's 统计局 and 调查队).
_PUBLIC_BODY = re.compile(with_traditional(
    rf"[{HAN}]{{2,18}}(?:局|厅|委|办|部|队|院|中心|委员会|办公室|联合会)"))


# An author key with a space and no colon, inside a row of labelled fields.
_BARE_AUTHOR = re.compile(
    rf"(?:^|\s)(?:{_alts('本报|特约|首席|见习')})?(?:{_alts('作者|记者|通讯员|实习生')})\s+"
    rf"(?P<v>[{HAN}·]{{2,8}})(?=\s|$)")


# The body a notice is issued by, as it signs the notice off (某某市人民政府办公室).
_ISSUER = re.compile(with_traditional(
    # a company's name may print its board on the line under it (某某股份有限公司 / 董事会)
    r"^(?:董事会|监事会)$|"
    r"^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|常委会|局|厅|委|署|中心|"
    r"协会|学会|联合会|研究会|公司|集团|党委|党组|党支部|支部|工委|指挥部|领导小组|工作组|"
    r"办事处|管理处|管理站|管委会|村委会|居委会|学校|大学|学院|医院|法院|检察院|研究院|研究所|"
    r"中学|小学|幼儿园|"
    r"总支|宣传部|组织部|统战部|派出所|分局|大队|支队|"
    # a bank signs its 公告 by its short name as often as by its company's (某某银行, 某某分行)
    r"银行|分行|支行|信用社|联社|"
    # a listed company's board signs its 公告 (某某股份有限公司董事会, …监事会)
    r"董事会|监事会|"
    # mass organisations, which sign their 公示 and 通知 too (某某市总工会, 某某县妇联)
    r"工会|妇联|团委|科协|残联|侨联|文联|红十字会|"
    # public cultural bodies, whose sites print their name over every page
    r"博物馆|博物院|纪念馆|图书馆|美术馆|科技馆|文化馆|档案馆|"
    # observing offices, which sign their forecasts and bulletins (某某市气象台, 某某水文站)
    r"气象台|天文台|地震台|水文站|监测站|观测站|"
    # public health and welfare units, which sign their 公告 and 招募 notices (某某市中心血站,
    # 某某镇卫生院, 某某县救助站)
    r"血站|卫生院|急救站|救助站|保健院|"
    # an event's organising committee signs its 成绩公告 and 通知 (某某运动会组委会)
    r"组委会|组织委员会|筹委会|"
    # an embassy or consulate signs its 领事提醒 (驻某某使馆, 驻某某总领馆)
    r"使馆|领事馆|总领馆|"
    # a 讣告 is signed by the bereaved's funeral committee (某某同志治丧小组)
    r"治丧小组)$"))
_TERMINAL_OR_COLON = _TERMINAL + "：:"
# A speech's speaker under its headline, their office before their name (县长  某某某,
# 市委书记 某某, 局党组书记、局长 某某某).
_SPEAKER = re.compile(with_traditional(
    rf"^[{HAN}、]{{0,12}}(?:书记|省长|市长|县长|区长|州长|镇长|乡长|主任|主席|局长|厅长|部长|"
    rf"院长|校长|董事长|总经理|理事长|会长)[\s\u3000]+[{HAN}·]{{2,4}}$"))
# The day a speech was given, in brackets under its speaker (（2025年2月18日）).
_SPOKEN_ON = re.compile(r"^[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*[)）]$")
# A judgment's signers, each with their office (审判长 某某某, 书记员 某某); courts space the
# office and the name out to one width (审 判 长　张　三), so they are matched unspaced.
_SIGNER = re.compile(with_traditional(
    r"^(?:审判长|代理审判员|审判员|人民陪审员|陪审员|书记员|法官助理|执行员)[\s\u3000]*"
    rf"[{HAN}·]{{2,5}}$"))
_SIGNERS_MAX = 4
_SPACES = re.compile(r"[\s\u3000]+")


def _signer(line: str) -> bool:
    """A judgment's signer alone on its line, however spaced out (审判员　周　敏)."""
    return _SIGNER.match(_SPACES.sub("", line)) is not None

# A letter's closing formula, its two lines (此致 / 敬礼！, 顺颂 / 商祺): no headline is one.
LETTER_CLOSE = re.compile(with_traditional(
    r"^(?:此致|谨致|顺致|顺颂|敬颂|敬祝|即颂|祝)$"
    r"|^(?:敬礼|商祺|时祺|近安|安康|大安|钧安|春安|夏安|秋安|冬安)[！!。]?$"))
# A notice's closing formula alone on its line (特此公告, 特此通知。): the notice's last line,
# over its signature, printed without its stop as often as with it; no headline is one.
NOTICE_CLOSE = re.compile(with_traditional(
    r"^特此(?:公告|通告|通知|公示|声明|说明|函告|告知|批复|证明|报告)[。！!]?$"))
# A letter's writer signing it under its close, named by who they are (患者家属：王某, 学生家长
# 某某, 来信人：某某): their name, not a body's.
_LETTER_SIGNER = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{0,8}(?:家属|家长|患者|学生|群众|村民|居民|市民|职工|员工|读者|来信人|写信人)"
    rf"[：:\s\u3000]\s*[{HAN}·]{{2,4}}$"))
# A government document's note on how it is disclosed, under its date (（此件主动公开）,
# （此件公开发布）): the document's own last line.
_DISCLOSURE_NOTE = re.compile(with_traditional(r"^[（(]此件[\u4e00-\u9fff]{2,8}[)）]$"))
# An attachment's file, alone on its line: 附件：1．某某方案.docx, or a further numbered item
# of the list (2．某某表.xlsx); or its name after the label with no file's extension, as a
# notice's text lists it (附件：2024年度某某名单), no sentence.
_ATTACHMENT_ITEM = re.compile(with_traditional(
    r"^(?:(?:相关)?附件\s*[:：]?\s*)?(?:\d+\s*[.、．]\s*)?\S.{0,80}"
    r"\.(?i:docx?|xlsx?|pdf|wps|zip|rar|pptx?|txt|jpg|png|ofd|et)$"
    r"|^(?:相关)?附件\s*\d{0,2}\s*[:：]\s*(?:\d+\s*[.、．]\s*)?[^。！？；，,]{2,80}$"))
_ATTACHMENTS_MAX = 8
_DATE_CHAR = re.compile(r"[0-9〇○零]")


# The note under a law's or resolution's title of the meeting that adopted it or the order that
# promulgated it (（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）): the
# document's own date, its first when amendments follow (根据……修正).
_ADOPTION_NOTE = re.compile(
    r"^[（(]\s*(?P<date>(?:19|20)\d{2}\s*年\s*[01]?\d\s*月\s*[0-3]?\d\s*日)"
    r"[^（()）。]{0,40}?(?:会议|會議|主席令|国务院令|國務院令|委员会令|委員會令)[^（()）。]{0,24}?"
    r"(?:通过|通過|批准|公布|公佈|发布|發佈)[^（()）]{0,80}[)）]$")
# How far into the text the note may stand: under the title, over the first paragraph.
_ADOPTION_LINES = 6


def adoption_date(lines: Sequence[str], filled: Sequence[int]) -> str | None:
    """The date of the adoption note (see _ADOPTION_NOTE) among the text's first lines."""
    for i in filled[:_ADOPTION_LINES]:
        line = lines[i].strip()
        if line[:1] in "（(" and (m := _ADOPTION_NOTE.match(line)):
            return parse_date(m["date"])
    return None


# A further item of a notice's list of attachments, named with no file (2.某某统计表): read as one
# only under the list's 附件 label.
_LISTED_ATTACHMENT = re.compile(r"^\d{1,2}\s*[.、．]\s*[^。！？；，,：:]{2,60}$")
_ATTACHMENT_LABEL = re.compile(with_traditional(
    r"^(?:相关)?附件\s*\d{0,2}\s*[:：]\s*(?:\d{1,2}\s*[.、．]\s*[^。！？；，,：:]{2,60})?$"))


def _under_attachment_label(lines: Sequence[str], filled: Sequence[int], j: int, first: int
                            ) -> int:
    """``j`` moved above the numbered items a document's attachment list goes on with under
    its label (附件：1.某某分解表 / 2.某某统计表, as a PDF's text prints them, no file named), and
    above the label; ``j`` as it is when no 附件 label tops the items (a numbered list of the
    text's own)."""
    k = j
    while k >= first - _ATTACHMENTS_MAX and k >= 0 and _LISTED_ATTACHMENT.match(
            lines[filled[k]].strip()):
        k -= 1
    if k < j and k >= 0 and _ATTACHMENT_LABEL.match(lines[filled[k]].strip()):
        return k - 1
    return j


def _above_attachments(lines: Sequence[str], filled: Sequence[int], j: int, first: int) -> int:
    """``j`` moved above the list of attachments that ends on it, right over a signature whose
    first line is ``first`` (附件：1．某某方案.docx / 2．某某表.xlsx, or 附件：1.某某信息 /
    2.某某表 under its label); ``j`` as it is when no such list ends there."""
    while j >= first - _ATTACHMENTS_MAX and j >= 0 and _ATTACHMENT_ITEM.match(
            lines[filled[j]].strip()):
        j -= 1
    return _under_attachment_label(lines, filled, j, first)


def closing_attachments(lines: Sequence[str], filled: Sequence[int] | None = None
                        ) -> frozenset[int]:
    """Indexes of a notice's list of attachments between its last sentence and its closing
    signature (特此公告。 / 附件：1.某某信息 / 2.某某表 / 某某局 / 2026年11月26日): the notice's
    own lines, as the signature under them is, no list of links after the text. ``filled`` as
    for closing_signature."""
    if filled is None:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
    signed = closing_signature(lines, filled)
    out: set[int] = set()
    for k, i in enumerate(filled):
        if i in signed and (k == 0 or filled[k - 1] not in signed):
            out.update(filled[_above_attachments(lines, filled, k - 1, k) + 1 : k])
    return frozenset(out)


# A document's title as its own text sets it: about what it is (关于…) and what kind of document
# it is (…的通知, …的意见, …的报告).
_ABOUT_TITLE = re.compile(with_traditional(
    r"^关于.{2,80}(?:通知|通报|决定|意见|办法|方案|报告|批复|请示|公告|通告|函|规划|规定|细则)$"))


# A document's number (发文字号: 某政办发〔2025〕9号, 某发[2024]12号).
_DOCUMENT_NUMBER = re.compile(r"[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号")


def _issuer_over_title(lines: Sequence[str], removals: Sequence[Removal], at: int, title: str
                       ) -> str | None:
    """The issuing body printed on the line right over a document's 关于… title, the title's
    first half broken off by the page's width (某某县人民政府办公室 / 关于做好…的通知, as a PDF's
    text prints a 红头文件's title in two rows), whether the line is still there or a rule took
    it out as a menu's item; None for a title that names no body over it."""
    if at == 0 or not _ABOUT_TITLE.match(title):
        return None
    # only on a printed document's own page (its pages' furniture taken out, or its 发文字号
    # over the title): a site's name row may stand right over a web page's headline
    printed = any(r.rule == "page_furniture" for r in removals) or any(
        _DOCUMENT_NUMBER.search(line) for line in lines[:at]) or any(
        _DOCUMENT_NUMBER.search(r.text) for r in removals
        if (m := _LINE_AT.match(r.where)) and int(m[1]) <= at)
    if not printed:
        return None
    above = lines[at - 1].strip()
    if not above:
        above = next((r.text.strip() for r in removals
                      if (m := _LINE_AT.match(r.where)) and int(m[1]) == at), "")
    return above if above and _ISSUER.match(above) and len(above) <= 20 else None


# A bulletin's credit for who wrote and who issued it, over its signature (首席预报员：某某,
# 签发：某某): a weather office's forecast, whose rows end with no stop.
_ISSUE_CREDIT = re.compile(with_traditional(
    rf"^(?:(?:首席|值班)?预报员|签发人?)\s*[:：]\s*[{HAN}·]{{2,4}}"
    rf"(?:[\s、，,]+[{HAN}·]{{2,4}})*$"))


# The time or place of an event a notice announces, alone on its row (告别地点：…, 报名时间：…).
_ANNOUNCED_PARTICULAR = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{0,4}(?:时间|地点)\s*[:：]\s*[^\s：:]"))
_PARTICULARS_MAX = 2  # its time and its place


def closing_signature(lines: Sequence[str], filled: Sequence[int] | None = None
                      ) -> frozenset[int]:
    """Indexes of the lines that sign a notice off: one to four issuing bodies, a
    judgment's signers (审判员 某某某) or a letter's writer (患者家属：某某), each alone on
    its line, then the date alone
    (某某市人民政府办公室 / 2024年5月6日) and a clerk under it (书记员 某某), right after a
    sentence of the text. The gold keeps them: they are the notice's own text, not a
    metadata row or a list of links. A date with a time is a publication stamp, no signature;
    blank lines (removed ones) are skipped. ``filled``: the indexes of the lines with text,
    when the caller has them (listing them again is a pass over the whole page)."""
    if filled is None:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
    out: set[int] = set()
    for k, i in enumerate(filled):
        line = lines[i].strip()
        # most lines are sentences or headlines: a date alone is short and holds a digit or 〇
        if len(line) > 32 or not _DATE_CHAR.search(line):
            continue
        # the date may be set in brackets under the issuer (（二〇二五年十二月三日）)
        m = _STAMP_ALONE.match(_SIGNED_DATE_BRACKETS.sub(r"\1", arabic_dates(line)))
        if m is None or m["H"] is not None:
            continue
        j = k - 1
        while j >= 0 and k - j <= _SIGNERS_MAX and (
                _ISSUER.match(lines[filled[j]].strip()) or _signer(lines[filled[j]])
                or _LETTER_SIGNER.match(lines[filled[j]].strip())):
            j -= 1
        first = j + 1  # the first issuer
        # The notice's list of attachments stands between its text and its signature
        # (附件：1．某某方案.docx / 2．某某表.xlsx): no part of the signature, no text ending.
        j = _above_attachments(lines, filled, j, first)
        credited = j >= 0 and j < first and _ISSUE_CREDIT.match(lines[filled[j]].strip())
        # the contact lines closing the notice (联系人：某某，电话：…; 咨询电话：…) may stand
        # between its text and its signature (a contact person's block is the text's, see
        # contact_block; a bare phone line is a contact line like any, for the line rules)
        c = j
        while c >= 0 and j - c < _CONTACT_FIELDS_MAX and _contact_line(lines[filled[c]].strip()):
            c -= 1
        # and over them the time or place of what the last sentence announces (遗体告别仪式定于
        # ……举行。 / 告别地点：某某殡仪馆 / 联系人：…): a row of the notice's own; one that ends
        # a sentence (公示时间：……。如有异议，……反映。) is the text's last line itself
        rows = c
        while c >= 0 and c < j and rows - c < _PARTICULARS_MAX and _ANNOUNCED_PARTICULAR.match(
                row := lines[filled[c]].strip()) and not row.endswith(tuple(_TERMINAL)):
            c -= 1
        above = lines[filled[c]].strip() if c >= 0 else ""
        # right after a sentence of the text, or after the list of people it names, or after
        # the contact lines under the notice's last numbered heading (三、联系方式 / 联系人：…)
        if first == k or c < 0 or not (
                credited or above.endswith(tuple(_TERMINAL_OR_COLON)) or names_row(above)
                or LETTER_CLOSE.match(above) is not None or NOTICE_CLOSE.match(above) is not None
                or (c < j and _NUMBERED_HEADING.match(above) is not None)):
            continue
        out.update(filled[first : k + 1])
        # a judgment's clerk signs under the date (书记员 某某), a document's note on its
        # disclosure (（此件主动公开）) closes it
        out.update(n for n in filled[k + 1 : k + 3] if _signer(lines[n])
                   or _DISCLOSURE_NOTE.match(lines[n].strip()))
    return frozenset(out)


def closing_contacts(lines: Sequence[str], filled: Sequence[int] | None = None
                     ) -> frozenset[int]:
    """Indexes of the contact lines between a notice's last sentence and its closing
    signature (监督电话：… / 来信地址：… over 某某县委组织部 / 2024年12月10日): whom to call
    or write to about the notice, its own text, however few. ``filled`` as for
    closing_signature."""
    if filled is None:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
    signed = closing_signature(lines, filled)
    out: set[int] = set()
    for k, i in enumerate(filled):
        if i not in signed or (k > 0 and filled[k - 1] in signed):
            continue  # not the first line of a signature
        j = k - 1  # the attachments' list stands between the contacts and the signature
        while j >= 0 and k - j <= _ATTACHMENTS_MAX and _ATTACHMENT_ITEM.match(
                lines[filled[j]].strip()):
            j -= 1
        while j >= 0 and k - j <= _ATTACHMENTS_MAX + _CONTACT_FIELDS_MAX and _contact_line(
                lines[filled[j]].strip()):
            out.add(filled[j])
            j -= 1
    out.update(_contacts_over_attachments(lines, filled))
    return frozenset(out)


def _contacts_over_attachments(lines: Sequence[str], filled: Sequence[int]) -> set[int]:
    """The contact lines between a notice's last sentence and the label of its attachments
    (……报送县直机关工委组织科。 / 联系电话：… / 附件：): whom to call about the notice, as
    they are over its signature (closing_contacts). A footer's hotline follows no sentence
    straight into a 附件 label."""
    out: set[int] = set()
    for k, i in enumerate(filled):
        if "附" not in lines[i] or not _ATTACHMENT_LABEL.match(lines[i].strip()):
            continue
        j = k - 1
        while j >= 0 and k - j <= _CONTACT_FIELDS_MAX and _contact_line(lines[filled[j]].strip()):
            j -= 1
        if j < k - 1 and j >= 0 and lines[filled[j]].strip().endswith(tuple(_TERMINAL)):
            out.update(filled[j + 1:k])
    return out


# A notice's sentence asking its readers to send, file or sign up, closing its paragraph
# (……于12月10日前将推荐材料报送某某组织科。, 请于3月1日前向某某办报名。).
_ASKS_TO_ACT = re.compile(with_traditional(
    r"(?:报送|报至|提交|上报|报名|递交|寄送|发送至|咨询)[^。！？]{0,30}。$"))
# The one phone row whom to call (联系电话：0000-1234567, 咨询电话：…): a number, nothing else.
_ASKED_PHONE = re.compile(with_traditional(
    r"^(?:联系|咨询|报名|服务)?(?:电话|热线)\s*[:：]\s*(?:0\d{2,3}[-－—]?\d{7,8}|1[3-9]\d{9})$"))
_ASKING_MIN = 20  # characters: the asking paragraph, a sentence of the notice


def asked_contact(lines: Sequence[str]) -> frozenset[int]:
    """A phone row right under a notice's paragraph asking its readers to send, file or sign
    up (……报送某某组织科。 / 联系电话：…), the page's last line or over no other contact
    field: whom to call about it, the notice's own, no footer's. A footer's phone follows
    its site's name or address, never a sentence asking for anything, and strings its
    fields (地址：… / 邮编：…)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out: set[int] = set()
    for k, i in enumerate(filled):
        line = lines[i].strip()
        if k == 0 or not any(w in line for w in ("电话", "電話", "热线", "熱線")) or (
                not _ASKED_PHONE.match(line)):
            continue
        above = lines[filled[k - 1]].strip()
        if len(above) < _ASKING_MIN or not _ASKS_TO_ACT.search(above):
            continue
        if k + 1 < len(filled) and _contact_line(lines[filled[k + 1]].strip()):
            continue  # a block of contact fields: contact_block's to judge
        out.add(i)
    return frozenset(out)


# A release's or a notice's contact person (媒体联系人：孙某某, 联系人：赵某某，联系电话：…) and
# the contact fields printed under that line, each alone on its line (电话：…, 邮箱：…).
# A party may name its own contact person (招标人联系人：王工, 采购人联系人：…), as the line
# rule contact_footer reads it; never the site's (网站联系人：…: a footer's).
_CONTACT_PERSON = re.compile(
    rf"^[（(]?(?:(?!{_alts('网站|本站|本网')})[\u4e00-\u9fff]{{1,4}})?"
    rf"(?:{_alts('媒体联系人|新闻联系人|联系人|媒体联络人|新闻联络人|联络人')})\s*[:：]")
# A 公示's or 通报's channels for objections (监督电话：…, 来信地址：…, 举报邮箱：…) are contact
# fields too, and so is the website a recall notice sends consumers to (企业官方网站：…).
_CONTACT_FIELD = re.compile(
    # a desk's phone or hotline may name its desk first (服务监督电话：…, 客服热线：…)
    # (traditional pages write 電話 and 熱線: _alts spells both scripts)
    # and so may a mailbox (投稿邮箱：…, 联系邮箱：…)
    # (a body's address and web address too: 学院地址：…, 学校网址：…)
    # (a tender's 公示 names the body that takes objections: 监督部门：某某局　电话：…)
    # (a desk named in full, a body's name before its phone: 村务监督委员会联系电话：…,
    # 某某镇农村经营管理站咨询电话：…; a longer name must end as a body's does)
    rf"^(?:[\u4e00-\u9fff]{{1,4}}(?:{_alts('电话|热线|网站|网址|官网|邮箱|地址')})|"
    rf"[\u4e00-\u9fff]{{1,12}}(?:{_alts('委员会|办公室|中心|管理站|服务站|站|所|科|股|局|大队|组')})"
    rf"(?:{_alts('联系|咨询|监督|投诉|举报|服务')})?(?:{_alts('电话|热线|邮箱')})|"
    rf"{_alts('监督部门|监督单位|监督机构|受理部门|投诉受理部门|行政监督部门')}|{_alts('联系电话|电话|咨询电话|咨询热线|监督电话|举报电话|投诉电话|手机|传真|邮箱|电子邮箱|电子邮件|监督邮箱|举报邮箱|地址|来信地址|来访地址|通信地址|通讯地址|邮寄地址|联系地址|邮编|微信')}"
    r"|[Ee]-?[Mm]ail|E-?MAIL)\s*[:：]")
_CONTACT_FIELDS_MAX = 5
# a contact person's name alone (孙女士, 孙某某, 孙某某 经理): no clause, no field label
_CONTACT_NAME = re.compile(r"^[^\s，。；：:,;！？!?]{2,6}(?:\s[^\s，。；：:,;！？!?]{1,4})?$")
_CONTACT_PARTY = re.compile(
    rf"^(?:{_alts('采购人|采购单位|招标人|招标单位|建设单位|采购代理机构|招标代理机构|代理机构|单位名称|联系部门')})"
    r"\s*[:：]")
_CONTACT_PARTIES_MAX = 3
_NUMBERED_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])")


def _contact_line(line: str) -> bool:
    """A contact person's line or a contact field's (联系人：…, 咨询电话：…), a desk named in
    full over its numbers (某某使馆领事保护与协助电话：+00-0000000), or a second number alone
    under the field's (咨询电话：0000-1234567 / 0000-1234568)."""
    return bool(_CONTACT_PERSON.match(line) or _CONTACT_FIELD.match(line)
                or _NAMED_DESK_PHONE.match(line) or _PHONE_ALONE.match(line))


# A desk's phone or hotline named at any length, its value numbers only (外交部全球领事保护与服务
# 应急呼叫中心热线：+00-00-12308或+00-00-65612308): a number and nothing else, no clause (a
# sentence telling readers to call, 市民如有疑问可拨打服务电话：…, is the article's).
_NAMED_DESK_PHONE = re.compile(with_traditional(
    r"^(?![\u4e00-\u9fff]*(?:拨|致电|如有|如需|请|可|欢迎))"
    r"[\u4e00-\u9fff]{2,24}(?:电话|热线)\s*[:：]\s*"
    r"(?:[+＋]?\d[\d\s\-－—()（）]{1,20}(?:或|、|/|，|,)?\s*)+$"))


# a phone number alone on its line: a landline with its area code, or a mobile's
_PHONE_ALONE = re.compile(r"^(?:0\d{2,3}[-－—]\d{7,8}|1[3-9]\d{9})$")


# A notice's numbered section of whom to call (五、咨询电话 / 四、联系方式 / 7. 联系方式), and
# its rows: a contact field, a party it names (招 标 人：…, labels spaced out to one width or
# not), or a desk's label and its number (政策咨询：0000-1234567（工作日…）).
_CONTACT_SECTION = re.compile(with_traditional(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[、.．])\s*"
    # a listed company's notice: 四、有关咨询办法 (its desk, phone and address under it);
    # an auction's or a sign-up's joins where to come (四、报名地点及联系方式)
    r"(?:[\u4e00-\u9fff]{2,8}[及和与、])?"
    r"(?:有关)?(?:咨询|联系|报名咨询|政策咨询)(?:电话|方式|热线|渠道|方式及电话|办法)$"
    # a call for papers' section of where to send them (四、投稿方式)
    r"|^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}\s*[、.．])\s*"
    r"投稿(?:方式|渠道|地址|邮箱)$"))
# a tender's section names two parties, each with its address, person and phone
_CONTACT_SECTION_ROWS = 8
_DESK_PHONE = re.compile(r"^[^\s，。；：:,;]{1,8}[:：]\s*(?:\d{3,4}[-－—])?\d{5,8}(?![\d])")


def _contact_section(lines: Sequence[str], filled: Sequence[int], k: int) -> set[int]:
    """The numbered contact section at ``filled[k]`` and its rows, or nothing."""
    if not _CONTACT_SECTION.match(lines[filled[k]].strip()):
        return set()
    rows = [filled[j] for j in range(k + 1, min(len(filled), k + 1 + _CONTACT_SECTION_ROWS))]
    # simplified: a traditional copy of a spaced label converts each character alone (聯 系 人)
    run = list(itertools.takewhile(
        lambda n: _section_row(to_simplified(unspaced_labels(lines[n].strip()))), rows))
    return {filled[k], *run} if run else set()


def _section_row(line: str) -> bool:
    """A row of a notice's contact section: a contact field, a party, a desk's phone, or
    where and when to come (报名地点：…, 报名时间：…)."""
    return _contact_line(line) or bool(_CONTACT_PARTY.match(line) or _DESK_PHONE.match(line)
                                       or _ANNOUNCED_PARTICULAR.match(line))


# A procurement notice's numbered party over its contact rows (1.采购人信息 / 名    称：… /
# 地    址：… / 联系方式：…; 3.项目联系方式 / 项目联系人：… / 电    话：…).
_PARTY_HEADING = re.compile(with_traditional(
    r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\s*[^\s：:，。；]{2,12}?(?:信息|联系方式)$"))
_PARTY_FIELD = re.compile(with_traditional(
    r"^(?:名称|地址|联系方式|联系人|项目联系人|电话|联系电话|传真|邮箱|电子邮箱|邮编)\s*[:：]\s*\S"))
_PARTY_FIELDS_MIN = 2


def _party_section(lines: Sequence[str], filled: Sequence[int], k: int) -> set[int]:
    """The numbered party at ``filled[k]`` and its contact rows (two or more), or nothing."""
    if not _PARTY_HEADING.match(lines[filled[k]].strip()):
        return set()
    rows = [filled[j] for j in range(k + 1, min(len(filled), k + 1 + _CONTACT_FIELDS_MAX))]
    run = list(itertools.takewhile(
        lambda n: _PARTY_FIELD.match(unspaced_labels(lines[n].strip())) is not None, rows))
    return {filled[k], *run} if len(run) >= _PARTY_FIELDS_MIN else set()


# A sentence of the text that announces the channels listed under it (群众可通过以下方式反映：,
# 举报方式如下：): a call for tips or a hotline the story opens, its fields the story's own.
_CHANNELS_ANNOUNCED = re.compile(with_traditional(
    r"[，,].*(?:以下|如下)(?:方式|渠道|途径|电话)|[，,].*(?:方式|渠道|途径|电话)如下"))
_ANNOUNCING_MIN = 15  # characters: a sentence, no footer's 联系方式： heading


def _announced_channels(lines: Sequence[str], filled: Sequence[int], k: int) -> set[int]:
    """The contact fields right under ``filled[k]`` when it is a sentence ending in a colon
    that announces them, or nothing."""
    above = lines[filled[k]].strip()
    if (len(above) < _ANNOUNCING_MIN or above[-1:] not in "：:"
            or not _CHANNELS_ANNOUNCED.search(above)):
        return set()
    rows = [filled[j] for j in range(k + 1, min(len(filled), k + 1 + _CONTACT_FIELDS_MAX))]
    return set(itertools.takewhile(lambda n: _contact_line(lines[n].strip()), rows))


# The words contact_block asks a line for before reading it further, all at once.
_CONTACT_CUES = re.compile("如下|以下|询|詢|联|聯|投稿|信息|方式")


def contact_block(lines: Sequence[str], filled: Sequence[int] | None = None) -> frozenset[int]:
    """Indexes of the contact block a text closes with: a contact person's line right after a
    sentence of the text or a notice's numbered heading (maybe with the parties it names
    between: 采购人：…), and the contact fields alone on the lines under it. They are the
    text's own (whom to ask about it), however it prints them: on one line or on several.
    A site footer's hotline and e-mail, under no contact person, are not; blank lines
    (removed ones) are skipped; ``filled`` as for closing_signature. So are a procurement
    notice's parties, each numbered over its rows (1.采购人信息 / 名称：… / 地址：…)."""
    if filled is None:
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
    out: set[int] = set()
    for k, i in enumerate(filled):
        if not _CONTACT_CUES.search(lines[i]):
            continue  # none of the words asked about below: one search instead of ten
        if "如下" in lines[i] or "以下" in lines[i]:
            out.update(_announced_channels(lines, filled, k))
        if ("询" in lines[i] or "詢" in lines[i] or "联" in lines[i] or "聯" in lines[i]
                or "投稿" in lines[i]):
            out.update(_contact_section(lines, filled, k))
        if "信息" in lines[i] or "方式" in lines[i]:
            out.update(_party_section(lines, filled, k))
        if k == 0 or ("联" not in lines[i] and "聯" not in lines[i]) or not _CONTACT_PERSON.match(
                lines[i].strip()):  # every contact person's label holds 联 (聯)
            continue
        # the parties a notice names above its contact person (采购人：…, 代理机构：…)
        m = k - 1
        while m > 0 and k - m <= _CONTACT_PARTIES_MAX and _CONTACT_PARTY.match(
                lines[filled[m]].strip()):
            m -= 1
        above = lines[filled[m]].strip()
        numbered = _NUMBERED_HEADING.match(above) is not None
        if not (above.endswith(tuple(_TERMINAL)) or numbered):
            continue
        # under a sentence of the text or under the notice's numbered heading (四、…联系方式)
        out.update(filled[m + (not numbered):k + 1])
        j = k + 1
        # the label alone on its line, the person's name under it (媒体联系人： / 孙女士)
        if (j < len(filled) and _CONTACT_PERSON.fullmatch(lines[i].strip())
                and _CONTACT_NAME.match(lines[filled[j]].strip())):
            out.add(filled[j])
            j += 1
        while (j < len(filled) and j - k <= _CONTACT_FIELDS_MAX
               and _CONTACT_FIELD.match(lines[filled[j]].strip())):
            out.add(filled[j])
            j += 1
    return frozenset(out)


def head_contact_rows(lines: Sequence[str], head: Sequence[int],
                      rows: Container[int]) -> list[int]:
    """Indexes of the contact rows a release prints among its metadata rows above the text
    (發布單位：教育處 / 聯絡人：某某 / 聯絡電話：…): a contact person's line right under a
    row in ``rows`` (the head's metadata rows found), and the contact fields under it. They
    name whom the press may call, no line of the text; a contact line under no metadata row
    (a notice's own, under its sentences) is left to contact_block."""
    out: list[int] = []
    for k, i in enumerate(head):
        if k == 0 or head[k - 1] not in rows or not _CONTACT_PERSON.match(lines[i].strip()):
            continue
        out.append(i)
        out.extend(itertools.takewhile(
            lambda n: _CONTACT_FIELD.match(lines[n].strip()) is not None,
            head[k + 1:k + 1 + _CONTACT_FIELDS_MAX]))
    return out


# A table's row saved as text with a space for the cell between its label and its value
# (發布日期 115-11-27, 发布单位 某某局): a known label, then the value.
_SPACED_CELL = re.compile(
    rf"^(?P<key>{_DATE_KEYS}|{_SOURCE_KEYS}|{_AUTHOR_KEYS}|{_TITLE_KEYS}|{_PUBLISHER_KEYS})"
    r"[ \u3000\t]+(?P<value>\S.*)$")
_SPACED_CELL_LABEL = re.compile(r"^(?P<key>[\u4e00-\u9fff]{2,6})[ \u3000\t]+(?P<value>\S.*)$")
_SPACED_CELLS_MIN = 2


def spaced_cell_rows(lines: Sequence[str], head: Sequence[int]) -> dict[int, _Found]:
    """The head's rows of a metadata table saved as text, a row a line with no colon (標題 某某
    / 發布日期 115-11-27 / 發布單位 某某處 / 聯絡人 某某), each read as its field with the
    colon: a run of two or more such rows, one of them a date's, on adjacent lines; the
    contact rows under them (聯絡人 / 聯絡電話) go with them. A lone 作者 某某 line, or rows
    with no date among them, are left as they are."""
    out: dict[int, _Found] = {}
    run: dict[int, _Found] = {}

    def close() -> None:
        if (sum(1 for hit in run.values() if hit != _Found()) >= _SPACED_CELLS_MIN
                and any(hit.date for hit in run.values())):
            out.update(run)
        run.clear()

    for k, i in enumerate(head):
        line = lines[i].strip()
        if run and (k == 0 or i - head[k - 1] > 1):
            close()
        cell = _SPACED_CELL.match(line)
        hit = parse_meta_line(f"{cell['key']}：{cell['value']}") if cell else None
        if hit is not None and hit != _Found():
            run[i] = hit
            continue
        label = _SPACED_CELL_LABEL.match(line)
        if run and label and _contact_line(f"{label['key']}：{label['value']}"):
            run[i] = _Found()  # whom the press may call: no line of the text
            continue
        close()
    close()
    return out


# A portal's layout may print the date's year on a line of its own, the month and day under
# it (2019 / 09/07 / 19:02): the month and day alone look like a gallery's counter.
_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}$")
_MONTH_DAY_ALONE = re.compile(r"^(?P<m>0?[1-9]|1[0-2])\s*[/.-]\s*(?P<d>0?[1-9]|[12]\d|3[01])$")
_MONTH_DAY_MAX = 7


def _split_date(lines: Sequence[str], i: int) -> str | None:
    """The date ``lines[i]`` (a month and day alone) completes with the year alone on the
    nearest filled line above it, or None."""
    md = _MONTH_DAY_ALONE.match(lines[i].strip())
    if md is None:
        return None
    above = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    if not _YEAR_ALONE.match(above):
        return None
    return f"{above}-{int(md['m']):02d}-{int(md['d']):02d}"


def split_date_lines(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of the month-and-day lines under a year alone (2019 / 09/07): a date, which
    meta.lines reads, no pager."""
    return frozenset(i for i, ln in enumerate(lines) if "/" in ln and len(ln) <= _MONTH_DAY_MAX
                     and _split_date(lines, i))


def date_over_lines(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of every line of a date printed over lines: the year, the month and day, and
    the time alone under them (2019 / 09/07 / 19:02)."""
    out: set[int] = set()
    for i in split_date_lines(lines):
        out.add(i)
        out.add(next(j for j in range(i - 1, -1, -1) if lines[j].strip()))
        below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if below is not None and _TIME_ALONE.match(lines[below].strip()):
            out.add(below)
    return frozenset(out)


# A portal's date row printed year first, then month/day in a box of its own, then the time and
# the row's fields (2026 05/14 09:12:33 来源：某某网); saved as text with no gap between the
# boxes the year, the day and the time run together (202605/1409:12:33来源：某某网), read so
# only when two-digit month and day and a time follow, as the template prints them. The spaced
# date alone (2025 12/02) is verb_dated_row's, which reads it only where a row may stand.
_YEAR_BOXED_ROW = re.compile(
    r"^(?P<y>(?:19|20)\d{2})(?:\s+(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])"
    r"|(?P<gm>0[1-9]|1[0-2])/(?P<gd>0[1-9]|[12]\d|3[01])(?=\s*[0-2]\d:[0-5]\d))")
_TIME_AT = re.compile(r"\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?")


def _year_boxed_row(line: str) -> str:
    """``line`` with a year-boxed date at its start (2026 05/14 来源：…, 202605/14 before a
    time) written as one (2026-05-14), for the row's reader; any other line as it is."""
    bare = line.strip()
    m = _YEAR_BOXED_ROW.match(bare)
    if m is None:
        return line
    rest = bare[m.end():]
    time = _TIME_AT.match(rest)
    if m["m"] and not rest[time.end() if time else 0:].strip():
        return line  # the spaced date alone, with its time or not
    month, day = m["m"] or m["gm"], m["d"] or m["gd"]
    return f"{m['y']}-{int(month):02d}-{int(day):02d} {rest.lstrip()}"


# A row of fields each in its own brackets (【发布时间：…】【来源：…】【字体：大 中 小】): every
# group a label and its colon, the first a field's; the page's controls may close the row in
# brackets of their own (【我要打印】【关闭】), which _ROW_CONTROLS cuts off first.
_BRACKETED_ROW = re.compile(
    r"(?:【[^【】\[\]]{1,8}?[:：][^【】\[\]]{1,40}】\s*|\[[^【】\[\]]{1,8}?[:：][^【】\[\]]{1,40}\]\s*)+")
_ROW_CONTROLS = re.compile(with_traditional(
    r"(?<=[】\]])(?:\s*[【\[]\s*(?:我要)?(?:打印|关闭|收藏|纠错|分享|返回顶部)(?:本页|窗口|文章)?\s*[】\]])+"
    r"\s*$"))
_ROW_BRACKET = re.compile(r"\s*[【】\[\]]\s*")
# One field in its own brackets among bare ones (【来源：某某】 2025年9月23日).
_FIELD_IN_BRACKETS = re.compile(
    r"[【\[]\s*(?P<field>[^【】\[\]\s:：]{1,8}[:：][^【】\[\]]{1,40}?)\s*[】\]]")
# A whole row of fields in one pair of brackets, two fields or more ([ 作者：某某　转贴自：某某日报
# 点击数：12　更新时间：2024-5-6　文章录入：admin ], an old 动易 page's property row).
_WHOLE_BRACKETED_ROW = re.compile(
    r"[【\[]\s*(?P<row>(?=(?:[^【】\[\]]*?[:：]){2})[^【】\[\]\s][^【】\[\]]{3,180}?)\s*[】\]]")
# The same row in round brackets, under the article ((来源：某某 作者：某某 发布时间：…), a row at
# the foot of the page): two fields or more, so a bracketed credit alone stays chrome.lines'.
_WHOLE_ROUND_ROW = re.compile(
    r"[（(]\s*(?P<row>(?=(?:[^（）()]*?[:：]){2})[^（）()\s][^（）()]{3,180}?)\s*[)）]")


# A row whose labels stand each in brackets of its own, the value after them (【信息来源】某某日报
# 【作者】记者 某某 【发布时间】2025-04-22 10:16): the brackets are the label's colon. Two labels
# or more, the first at the row's start: one bracketed word alone is a heading (【来源】). The
# last may be left blank (【发布日期】2026-10-30 【废止日期】). An information table's title row
# (【标题】某某局关于……的通知) is one label with its value.
_LABEL_IN_BRACKETS = re.compile(
    rf"[【\[]\s*(?P<key>{_DATE_KEYS}|{_SOURCE_KEYS}|{_AUTHOR_KEYS}|{_PUBLISHER_KEYS}|"
    rf"{_OTHER_KEYS}|{_TITLE_KEYS})\s*[】\]]\s*(?=[^\s【\[]|$)")


def _bracketed_labels(line: str) -> str:
    """``line`` with its bracketed labels (see _LABEL_IN_BRACKETS) written as ``label：``, when
    it opens with one and holds two or more, or is a title's label and its value; else ``line``
    unchanged."""
    labels = list(_LABEL_IN_BRACKETS.finditer(line))
    if not labels or labels[0].start() != 0 or (len(labels) < 2 and (
            _KIND.get(labels[0]["key"]) != "title" or labels[0].end() == len(line))):
        return line
    return _LABEL_IN_BRACKETS.sub(lambda m: f"{m['key']}：", line)


# A label spaced out to the width of the longest in its table (索 引 号：, 文　　号：, 主 题 词：):
# one word, read without its spaces; in its brackets too (【索 引 号】, see _LABEL_IN_BRACKETS).
_SPACED_LABEL = re.compile(
    r"(?<!\S)(?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff](?=\s*[:：])"
    r"|(?<=[【\[])(?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff](?=[】\]])")
_LABEL_SPACE = re.compile(r"[ \u3000]+")


def unspaced_labels(line: str) -> str:
    """``line`` with its spaced-out labels (see _SPACED_LABEL) written solid."""
    if " " not in line and "\u3000" not in line:
        return line
    return _SPACED_LABEL.sub(lambda m: _LABEL_SPACE.sub("", m[0]), line)


# A field's label alone on its line, its value on the next (see MetaLines._cells_over_lines).
_LONE_LABEL = re.compile(rf"^(?:{_DATE_KEYS}|{_SOURCE_KEYS}|{_AUTHOR_KEYS}|{_TITLE_KEYS}|"
                         rf"{_PUBLISHER_KEYS}|{_OTHER_KEYS})\s*[:：]$")
# The same label printed with no colon (a table's label cell: 发布日期 / 2025-11-19): read as one
# only in a table of two or more such cells.
_BARE_LABEL = re.compile(rf"^(?:{_DATE_KEYS}|{_SOURCE_KEYS}|{_AUTHOR_KEYS}|{_TITLE_KEYS}|"
                         rf"{_PUBLISHER_KEYS}|{_OTHER_KEYS})$")
_BARE_LABELS_MIN = 2
_BARE_LABEL_SPAN_MAX = 16  # characters: the longest label cell (信息索引号) with spaces between

# The labels of a 政务公开 index table (索引号, 发文机关, 主题分类, 成文日期): a page tool's word
# (分享, 阅读) with a menu's item under it makes no table.
_INDEX_CELL = re.compile(with_traditional(
    r"^(?:信息)?索引号$|^发文(?:机关|单位|字号)$|^发布机构$|^文号$|^(?:主题|体裁|组配|所属|信息)分类$|"
    r"^(?:成文|发布|生效|发文)日期$|^公开(?:方式|范围|时限)$|^有效性$|^主题词$|^服务对象$"))


def bare_label_cells(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of an information table's label cells printed with no colon (文号 / 主题分类),
    two or more, and of the value cell under each: the page's fields, which meta reads, no
    menu's items. ``lines``: the page's lines stripped."""
    filled = [i for i, line in enumerate(lines) if line]
    labels = [k for k, i in enumerate(filled[:-1])
              # a label is a word of at most six letters, spaced out at most (索 引 号)
              if len(lines[i]) <= _BARE_LABEL_SPAN_MAX
              and _INDEX_CELL.match(unspaced_labels(lines[i]))
              and not _BARE_LABEL.match(unspaced_labels(lines[filled[k + 1]]))]
    if len(labels) < _BARE_LABELS_MIN:
        return frozenset()
    return frozenset(i for k in labels for i in (filled[k], filled[k + 1]))


# A table cell of a code: digits and marks, no word (431126/2025-01234, 11-2025-0087).
_CODE_CELL = re.compile(r"[\d\W_]+")


def _joint_bodies(words: list[str]) -> str:
    """A source's name: its first word, with the public bodies that follow it when it is one
    too (临江市统计局 国家统计局临江调查队: two bodies publish jointly); what else follows a
    space (a date, a count, a person) is no part of it."""
    n = 1
    if _PUBLIC_BODY.fullmatch(words[0]):
        while n < len(words) and _PUBLIC_BODY.fullmatch(words[n]):
            n += 1
    return " ".join(words[:n])


def _outlet_before_fields(line: str) -> str | None:
    """The name a row prints after its date and before its first labelled field (2024-03-14
    15:27 某某网 分享：), read as parse_date_row reads a date row; None without one."""
    first = _FIELD.search(line) if _FIELD_GATE.open(line) else None
    if first is None or first.start() == 0:
        return None
    row = parse_date_row(line[:first.start()].strip())
    return row.source_name if row is not None and row.date else None


# The labels of an event's particulars (时间：… / 地点：… / 主讲人：…), exactly; an exhibition's,
# a show's or a match's are its too (展览时间：… / 展览地点：…). A table's rows read as lines
# set the label off by a space (报告时间 2026年12月3日).
_EVENT_LABEL = re.compile(with_traditional(
    r"^((?:讲座|報告|报告|活动|会议|培训|展览|演出|比赛)?(?:时间|地点)|主讲人|主讲嘉宾|主持人|报告人|"
    r"(?:讲座|报告)(?:题目|主题))(?:\s*[:：]\s*|\s+)\S"))
_EVENT_SPONSOR = re.compile(with_traditional(r"^(?:主办|承办|协办)(?:单位|方)?\s*[:：]"))
_LABELLED_ROW = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S")
# A shop's or a restaurant's facts in a review (店名：…, 人均：45元, 营业时间：…): a run naming
# two of them is the shop's card, and its address and phone rows (地址：…, 电话：…) are the
# shop's, no footer's; a footer prints no spend per head.
_SHOP_LABEL = re.compile(with_traditional(
    r"^(店名|店铺|门店|人均|人均消费|营业时间|推荐菜|招牌菜)\s*[:：]\s*\S"))
_SHOP_CONTACT = re.compile(with_traditional(
    r"^(?:门店|店铺)?(?:地址|电话|联系电话)\s*[:：]\s*\S"))


def _label_of(m: re.Match[str]) -> str:
    """The label a with_traditional pattern's group caught: each script's variant holds a group
    of its own, so a traditional row's label is in a later group than the first."""
    return next((g for g in m.groups() if g), m[0])


def event_particulars(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of an event's particulars, a labelled row a line (讲座题目：… / 主讲人：… /
    时间：… / 地点：… / 主办单位：…): in a run of labelled rows naming two or more of an event's
    labels (时间, 地点, 主讲人), those rows and its sponsors'. Its 时间 row is the event's, no
    date of the page, and its 主办单位 row the event's sponsor, no footer's; a footer's rows
    name no time and place. So are a shop's (人均：… / 地址：… / 营业时间：…), its address
    and phone with them."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        # a labelled row holds its colon: most lines hold none and skip the regex
        if ((":" in line or "：" in line) and _LABELLED_ROW.match(line.strip())) or (
                " " in line.strip() and _EVENT_LABEL.match(line.strip())):
            run.append(i)
            continue
        if not run:  # no rows, no labels: most lines end no run
            continue
        labels = {_label_of(m) for j in run if (m := _EVENT_LABEL.match(lines[j].strip()))}
        if len(labels) >= 2:
            # the event's own rows: a metadata row run into them (作者：… 时间：…) is the page's
            out.update(j for j in run if _EVENT_LABEL.match(lines[j].strip())
                       or _EVENT_SPONSOR.match(lines[j].strip()))
        shop = {_label_of(m) for j in run if (m := _SHOP_LABEL.match(lines[j].strip()))}
        if len(shop) >= 2:
            out.update(j for j in run if _SHOP_LABEL.match(lines[j].strip())
                       or _SHOP_CONTACT.match(lines[j].strip()))
        run = []
    return frozenset(out)


# A field printed whole on its line: a short label (maybe its unit in brackets, or a code
# such as ISBN), its colon and its value (片名：归港, 深度（千米）：8).
_RECORD_ROW = re.compile(
    r"^(?:[\u4e00-\u9fff（）()]{2,8}|[A-Z]{2,5})(?:[（(][^（）()]{1,8}[)）])?\s*[：:]\s*\S")
_RECORD_MIN = 3
# An event's particulars printed as a table whose cells a saved text joins by a space, no colon
# (报告题目 某某 / 报告人 某某 教授 / 报告地点 某某楼): the labels are an event's own.
_EVENT_FIELD_ROW = re.compile(with_traditional(
    r"^(?:(?:报告|讲座|会议|活动|演讲|论坛|培训|沙龙)(?:题目|主题|名称|时间|地点|对象|人)|"
    r"主讲人|主讲嘉宾|报告嘉宾|主持人|主办单位|承办单位|协办单位|参加人员|参会人员)\s+\S.{0,40}$"))
# (its first characters, one look-up: most lines asked open on none of them)
_EVENT_FIELD_GATE = gate([_EVENT_FIELD_ROW], at_start=True)
# The field naming the work an info block describes (书名：…, 片名：…), or its publisher, its
# book number or its director, which no page's metadata names: its other fields (作者：,
# 出版时间：) are the work's, not the page's byline or date.
_WORK_NAME = re.compile(with_traditional(
    r"^(?:书名|片名|剧名|曲名|原名|译名|作品名称|作品名|图书名称|影片名称|节目名称|出版社|"
    r"ISBN|导演)\s*[：:]"))


def field_records(lines: Sequence[str]) -> list[list[int]]:
    """The field records of ``lines`` (see field_record), each its indexes in order. A
    cleaner that reads them several times over the same lines works them out once and
    passes them to field_record and work_record."""
    records: list[list[int]] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        bare = line.strip()
        if not bare:
            continue  # a blank line parts no record
        # a field holds its colon: most lines hold none and skip the regex
        if (("：" in bare or ":" in bare) and _RECORD_ROW.match(bare) is not None) \
                or (_EVENT_FIELD_GATE.open(bare) and _EVENT_FIELD_ROW.match(bare) is not None):
            run.append(i)
            continue
        if len(run) >= _RECORD_MIN:
            records.append(run)
        run = []
    if len(run) >= _RECORD_MIN:
        records.append(run)
    return records


def field_record(lines: Sequence[str],
                 records: Sequence[Sequence[int]] | None = None) -> frozenset[int]:
    """Indexes of a record printed a field a line (片名：… / 导演：… / 片长：…, or 震中位置：…
    / 震级：… / 深度：…): three or more filled lines in a row, each a short label, a colon and
    a value. The article's particulars (a film's info block, a quake's parameters), no menu:
    a menu's items are bare labels, and a label with no value (热门标签：) is no field.
    ``records``: field_records(lines), if known."""
    return frozenset(i for run in (field_records(lines) if records is None else records)
                     for i in run)


def work_record(lines: Sequence[str],
                records: Sequence[Sequence[int]] | None = None) -> frozenset[int]:
    """Indexes of a work's info block (书名：… / 作者：… / 出版社：…, 片名：… / 导演：…): the
    field records holding a field that names a book, film or show. A review prints it over
    or under its text: its 作者 is the book's writer, its 出版时间 the book's date, neither
    the page's. ``records``: field_records(lines), if known."""
    return frozenset(i for run in (field_records(lines) if records is None else records)
                     if any(_WORK_NAME.match(lines[j].strip()) for j in run) for i in run)


# A folk tale's or song's collection record under it, a field a line (讲述人：某某，女，78岁 /
# 搜集整理：某某 / 搜集时间：… / 搜集地点：…): who told it and who wrote it down, part of the
# record the page publishes, no byline and no list. Every row a field of such a record, one
# naming the teller and one the collector.
_TELLER = re.compile(with_traditional(r"^(?:讲述|口述|演唱|演述)(?:人|者)?\s*[：:]\s*\S"))
_COLLECTOR = re.compile(with_traditional(
    r"^(?:搜集|收集|采录|采集|记录|整理)(?:整理)?(?:人|者)?\s*[：:]\s*\S"))
_TALE_FIELD = re.compile(with_traditional(
    r"^(?:(?:搜集|收集|采录|采集|记录|讲述|口述)(?:时间|日期|地点)|流传(?:地区|地域|地点|地))"
    r"\s*[：:]\s*\S"))
# Necessary conditions read off the patterns (cleaners.literals): they only skip lines and
# pages the regexes cannot match, and follow any change of them.
_TALE_GATE = gate([_TELLER, _COLLECTOR, _TALE_FIELD], at_start=True)
_TELLER_NEEDS = gate([_TELLER]).needs


def tale_record(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of a folk tale's collection record (讲述人：… / 搜集整理：… / 搜集时间：…): a run
    of filled lines (blank ones between), each such a field, naming both teller and
    collector. The text's: a credit's 整理：某某 alone names no teller, a list of links no
    such fields."""
    out: set[int] = set()
    run: list[int] = []
    # A record names a teller: a page holding none of the strings a teller's field cannot
    # be without (read off _TELLER) has none.
    if _TELLER_NEEDS is not None and not any(map("\n".join(lines).__contains__, _TELLER_NEEDS)):
        return frozenset()
    for i, line in enumerate([*lines, "-"]):
        bare = line.strip()
        if not bare:
            continue
        if _TALE_GATE.open(bare) and any(p.match(bare) for p in (_TELLER, _COLLECTOR, _TALE_FIELD)):
            run.append(i)
            continue
        if (any(_TELLER.match(lines[j].strip()) for j in run)
                and any(_COLLECTOR.match(lines[j].strip()) for j in run)):
            out.update(run)
        run = []
    return frozenset(out)


# A recipe's parts: its sections' labels (食材, 做法, 【步骤】), its ingredients with their
# amounts (五花肉 500g, 冰糖30克, 盐 适量), its numbered steps (1 五花肉切块…, 第二步：…) and its
# tip (小贴士：…).
_RECIPE_SECTION = re.compile(with_traditional(
    r"^[【\[]?\s*(?:所需)?(?:食材|用料|原料|材料|主料|辅料|配料|调料|调味料|做法|步骤|制作步骤|"
    r"烹饪步骤|制作方法|做法步骤)(?:清单)?\s*[】\]]?\s*[：:]?$"))
_INGREDIENT = re.compile(with_traditional(
    r"^[\u4e00-\u9fff、]{1,8}\s*[：:]?\s*(?:(?:\d+(?:\.\d+)?\s*(?:g|kg|ml)|(?:\d+(?:\.\d+)?|"
    r"[一两二三四五六七八九十半])\s*(?:克|千克|毫升|勺|汤匙|茶匙|小勺|大勺|个|只|根|片|块|瓣|颗|粒|"
    r"杯|碗|斤|两|张|条|把|朵))|适量|少许|若干)$"))
_RECIPE_STEP = re.compile(
    r"^(?:\d{1,2}(?:[.、．]|\s)|第[一二三四五六七八九十\d]{1,3}步\s*[：:]?)\s*\S")
_RECIPE_TIP = re.compile(with_traditional(
    r"^[【\[]?(?:小贴士|温馨提示|小窍门|烹饪技巧)[】\]]?\s*[：:]?"))
_RECIPE_LINE_MAX = 60
_RECIPE_PARTS_MIN = 2  # section labels and ingredients each
_RECIPE_SECTION_GATE = gate([_RECIPE_SECTION], at_start=True, max_needs=24)
# Any of a recipe's parts, one regex: a line is matched once, not tried with each in turn.
_RECIPE_PART = re.compile("|".join(f"(?:{p.pattern})" for p in (
    _RECIPE_SECTION, _INGREDIENT, _RECIPE_STEP, _RECIPE_TIP)))


def recipe_lines(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of a recipe printed a part a line (主料 / 五花肉 500g / 辅料 / 冰糖 30g / 步骤 /
    1 五花肉切块…): a run of filled lines, each a section's label, an ingredient with its
    amount, a numbered step or a tip, holding two or more labels and two or more
    ingredients. The text's, however short its lines: a list of links has no amounts and no
    recipe's labels."""
    # a recipe holds two section labels: most pages hold no two lines that could be one, and
    # skip the costlier match of every line against all parts
    if sum(1 for ln in lines if _RECIPE_SECTION_GATE.open(ln.strip())) < _RECIPE_PARTS_MIN:
        return frozenset()
    filled = [i for i, ln in enumerate(lines) if ln.strip()]

    def part(i: int) -> bool:
        line = lines[i].strip()
        return len(line) <= _RECIPE_LINE_MAX and _RECIPE_PART.match(line) is not None

    out: set[int] = set()
    for is_part, group in itertools.groupby(filled, key=part):
        if not is_part:
            continue
        members = list(group)
        run = [lines[i].strip() for i in members]
        if sum(1 for ln in run if _RECIPE_SECTION.match(ln)) >= _RECIPE_PARTS_MIN and (
                sum(1 for ln in run if _INGREDIENT.match(ln)) >= _RECIPE_PARTS_MIN):
            out.update(members)
    return frozenset(out)


_CHRONICLE_MIN = 3
_ENTRY_MIN = 10  # characters of an entry's sentence under its date


def chronicle_lines(lines: Sequence[str], filled: Sequence[int]) -> frozenset[int]:
    """Indexes of a chronicle's dates, each alone on its line, and of its entries' sentences
    under them (1949年7月15日 / 江州县城解放，人民群众夹道欢迎。): three or more such pairs on
    the page (a 历史上的今天 page, a 大事记). The text's, however short; its dates are days of
    the history told, never the page's date. A list of links dates its headlines, which end
    in no stop."""
    heads: list[int] = []
    for i, below in itertools.pairwise(filled):
        line = lines[i].strip()
        if len(line) > 16 or not line[:1].isdigit():
            continue  # a date alone is short and opens on its year
        m = _STAMP_ALONE.match(arabic_dates(line))
        entry = lines[below].strip()
        if m is not None and m["H"] is None and len(entry) >= _ENTRY_MIN and entry[-1] in "。！":
            heads += (i, below)
    return frozenset(heads) if len(heads) >= 2 * _CHRONICLE_MIN else frozenset()


# A day opening an entry (2026年1月5日 镇党委召开推进会, 2026-01-05镇党委…): the date and the
# words after it, no time of day between (a date row prints one: 2026-01-05 10:20 来源：…)
_DAY_OPENING = re.compile(r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                          r"|\d{4}([-/.])\d{1,2}\1\d{1,2})(?![\d:：])[\s，,、：:]*(?P<entry>\S.*)$")
_ENTRY_CJK_MIN = 4  # CJK characters of an entry's words after its date
_ROW_WORDS = re.compile(r"来源|作者|编辑|记者|发布|浏览|阅读|点击|字号|分享|打印|责编|通讯员")


def _dated_entry(line: str) -> bool:
    """A line opening on a day and going on with an entry's words, no metadata field and no
    publisher's name (2026年4月8日 某某镇人民政府 is the page's date row)."""
    m = _DAY_OPENING.match(arabic_dates(line.strip()))
    if m is None:
        return False
    entry = m["entry"]
    return (sum(1 for c in entry if "\u4e00" <= c <= "\u9fff") >= _ENTRY_CJK_MIN
            and not _ROW_WORDS.search(entry) and not _outlet_name(entry.split()[0]))


def dated_entry_runs(lines: Sequence[str], filled: Sequence[int]) -> frozenset[int]:
    """Indexes of three or more filled lines in a row, each opening on a day with an entry's
    words after it (2026年1月5日 镇党委召开推进会 / 2026年1月22日 …): a 大事记's or a work
    report's dated entries, the text's. A page's own date row stands alone, or beside its
    来源/作者 fields."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*filled, -1]:
        if i >= 0 and _dated_entry(lines[i]):
            run.append(i)
            continue
        if len(run) >= _CHRONICLE_MIN:
            out.update(run)
        run = []
    return frozenset(out)


def in_stanzas(lines: Sequence[str], stretch: Sequence[int]) -> bool:
    """The filled lines ``stretch`` (in order) set as a poem's stanzas: two or more groups of
    two or more short lines, the groups apart by blank lines or headed by their numbers (一,
    二 or 1, 2 alone on a line: a page saved without blank lines keeps those), no bar between
    words (a menu printed on one line). A menu one item a line prints as one group."""
    if not stretch or any(len(lines[i].strip()) > 30 or "|" in lines[i] or "｜" in lines[i]
                          for i in stretch):
        return False
    groups = [0]
    before = stretch[0] - 1
    for i in stretch:
        numbered = _STANZA_NUMBER.fullmatch(lines[i].strip()) is not None
        if (i != before + 1 or numbered) and groups[-1]:
            groups.append(0)
        groups[-1] += not numbered
        before = i
    return len(groups) >= 2 and min(groups) >= 2


# How many lines under a verse page's first metadata row may be rows of its too.
_ROWS_UNDER_TOP = 3
# A stanza that opens a page of verse is this many lines or more (a caption, a credit, a
# two-line box are fewer).
_STANZA_MIN = 3


def in_verse(lines: Sequence[str], i: int, min_lines: int = 2) -> bool:
    """Whether line ``i`` stands inside a poem's stanza: its block of lines printed together
    (no blank between) and the block one blank line above or below it are set in stanzas
    (in_stanzas), each of ``min_lines`` lines or more. A name alone under a poem, apart from
    its last stanza, is in none."""
    def block(at: int) -> list[int]:
        start = end = at
        while start > 0 and lines[start - 1].strip():
            start -= 1
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        return list(range(start, end + 1))

    own = block(i)
    if len(own) < min_lines:
        return False
    above = block(own[0] - 2) if own[0] >= 2 and lines[own[0] - 2].strip() else []
    below = (block(own[-1] + 2) if own[-1] + 2 < len(lines) and lines[own[-1] + 2].strip()
             else [])
    return any(len(other) >= min_lines and in_stanzas(lines, pair)
               for other, pair in ((above, above + own), (below, own + below)))


# A stanza's number alone on its line (一, 其二, 3, （四）, ＊＊＊), heading its lines.
_STANZA_NUMBER = re.compile(
    r"[（(]?(?:其?[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]?|[*＊·]+(?:\s*[*＊·]+)*")


# A row of fields whose labels have no colon, a label's element apart from its value's (<span
# class=label>来源</span><span>某某日报</span>, saved as 来源某某日报 作者某某 2025-11-30): a
# publisher's or an author's label opening a word, its value after it. Read only on a short row
# with a date and no colon, whose every word is such a field or the date.
_COLONLESS_LABEL = re.compile(
    r"^(?P<key>来源|來源|作者)\s*(?![于自是为於])(?!简介|介绍|信息|资料|主页|专栏|文章|其他|更多|推荐|声明)"
    r"(?P<value>[\u4e00-\u9fff][^\s]{1,23})$")
_COLONLESS_ROW_MAX = 60
# the labels alone (來源 is 来源 in traditional script; 作者 is one in both)
_COLONLESS_KEYS = ("来源", "來源", "作者")
# the other label inside a word a label opens, two characters of value or more before it
_GLUED_LABEL = re.compile(r"(?<=^(?:来源|來源|作者)\S\S)\S*?(?=来源|來源|作者)")


def _unglued_labels(word: str) -> list[str]:
    """``word`` (来源某某日报作者某某) as its fields; a 作者 inside it parts it only before a
    person's name (来源某某作者协会 is one publisher's name)."""
    m = _GLUED_LABEL.search(word)
    if m is None:
        return [word]
    rest = word[m.end():]
    if rest.startswith("作者") and not looks_like_name(re.split("来源|來源", rest[2:])[0]):
        return [word]
    return [word[:m.end()], *_unglued_labels(rest)]


def _colonless_fields(line: str) -> str:
    """``line`` with its colonless labels given their colons (来源某某日报 -> 来源：某某日报), when
    it is a row of nothing but such fields and a date (see _COLONLESS_LABEL); else as it is."""
    if (len(line) > _COLONLESS_ROW_MAX or "：" in line or ":" in line
            or not ("来源" in line or "來源" in line or "作者" in line)
            or (date := DATE.search(line)) is None):
        return line
    words = (line[:date.start()] + " " + line[date.end():]).split()
    # the spans may be glued too (来源某某日报作者某某, a minified page): a word a label opens is
    # parted before the other label inside it
    words = [part for word in words for part in _unglued_labels(word)]
    # the label and its value may be apart (来源 某某日报): join each label to the word after it
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] in _COLONLESS_KEYS:
            joined[-1] += word
        else:
            joined.append(word)
    fields = [_COLONLESS_LABEL.match(w) for w in joined]
    if not fields or not all(fields) or (fields[-1] and fields[-1]["value"] in _COLONLESS_KEYS):
        return line
    row = " ".join(f"{m['key']}：{m['value']}" for m in fields if m)
    return f"{row} {date.group(0)}"


# A date's label with a slash for its colon (发布/2026年11月23日 10:41 PM over 更新/…: an
# overseas daily's rows), read as its labelled field; a slash before anything but a year is
# a credit's (文/某某) or a path's.
_SLASH_DATE_LABEL = re.compile(with_traditional(
    r"(?<![\u4e00-\u9fff])(?:发布|发表|更新|出版|日期|时间)\s*[/／]\s*(?=(?:19|20)\d{2}\s*[-/.年])"))
_SLASH_KEYS = {"发布": "发布时间：", "发表": "发表时间：", "更新": "更新时间：",
               "出版": "出版日期：", "日期": "日期：", "时间": "时间："}


def parse_meta_line(line: str) -> _Found | None:
    """Fields of a publication-metadata line, or None if the line is not one.

    A metadata line is short, has no sentence ending, and is made of known fields
    ("发表时间:2022-07-01 来源:重庆日报") or starts with a date followed by fields, or is a
    date alone; a row split by | into segments is one if every segment is metadata.
    """
    line = unspaced_labels(spelled_dates(arabic_dates(_year_boxed_row(line))))
    if "/" in line or "／" in line:
        line = _SLASH_DATE_LABEL.sub(lambda m: _SLASH_KEYS[to_simplified(m[0][:2])], line)
    line = _without_ip_place(line)  # where the poster's IP is, no field of the page
    line = without_row_tail(line)
    line = _colonless_fields(line)
    if _FILED_GATE.open(line) and DATE.search(line):
        # 發布日期：2025/11/29 記者 某某／某地報導: the row's byline, where it was filed from
        # after a slash (_PLACE_BYLINE), read as its reporter's field
        line = _FILED_FROM.sub(r"记者 \g<names>", line)
    if line[:1] in "【[":
        line = _bracketed_labels(line)
    if line[:1] in "原" and (mark := _ORIGINAL_MARK.match(line)) is not None:
        line = line[mark.end():]  # 原创 作者：某某: the platform's original-work mark
    if line[:1] in "[［【" and (square := _SQUARE_STAMP.match(line)) is not None:
        line = square["stamp"] + line[square.end():]
    if line[:1] in "(（" and (stamp := _BRACKETED_STAMP.fullmatch(line.strip())) is not None:
        line = stamp["stamp"]  # a blog's posting time in brackets under its headline
    if len(line) > 200 or "。" in line or not _ROW_SCREEN.search(line):
        return None
    if line[:1] in _CREDIT_STARTS and (credited := _credit_before_row(line)) is not None:
        return credited
    if line[:1] in "【[" and (cut := _ROW_CONTROLS.sub("", line.strip())) != line.strip() and (
            _BRACKETED_ROW.fullmatch(cut)):
        # the row read without its controls, which must leave a date or a source: a font
        # switch and a print button (【字体：大 中 小】【打印】) are no metadata row
        found = parse_meta_line(cut)
        return found if found is not None and (found.date or found.source_name) else None
    whole = (_WHOLE_BRACKETED_ROW.fullmatch(line.strip()) if line[:1] in "【["
             else _WHOLE_ROUND_ROW.fullmatch(line.strip()) if line[:1] in "(（" else None)
    if whole:
        line = whole["row"]
    elif line[:1] in "【[" and _BRACKETED_ROW.fullmatch(line.strip()):
        # 【发布时间：2024年5月6日】【来源：某某】【字体：大 中 小】: each field in its own
        # brackets, read as the same row with the brackets for gaps
        line = _ROW_BRACKET.sub("  ", line).strip()
    elif "【" in line or "[" in line:
        # a row mixing a field in its own brackets with bare ones (【来源：某某】 2025年9月23日
        # 浏览：8632, 2025年9月23日 【来源：某某】): the brackets are the field's gaps
        line = _FIELD_IN_BRACKETS.sub(lambda m: f"  {m['field']}  ", line).strip()
    cells = False
    if "丨" in line or "｜" in line or "|" in line:
        cells = _CELL_LABEL.search(line) is not None
        line = _CELL_LABEL.sub(lambda m: f"{m['key']}：", line)
        if _BAR_LABEL.search(line):
            # a magazine's credits (文｜某某　圖｜某某): the pictures' credit after the
            # writer's is a field of the row as 摄影 is, its name no author's
            line = _PICTURES_BAR.sub("摄影：", line)
        line = _BAR_LABEL.sub(lambda m: f"{m['key']}：", line)
    parts = _SEGMENTS.split(line)
    if cells and all(_FIELD.match(part.strip()) for part in parts):
        # a table's row of label and value cells: one row of fields, read as one
        line, parts = "  ".join(part.strip() for part in parts), [line]
    if len(parts) > 1:
        return _parse_segments(parts)
    if ("，" in line or ", " in line) and not _AUTHOR_KEY.search(line):
        return None  # a sentence that happens to start with 时间： or 来源：
    fields = list(_FIELD.finditer(line)) if _FIELD_GATE.open(line) else []
    lead = line[: fields[0].start()] if fields else line
    bare_lead = lead.strip()
    if fields and (bare_lead[:1].isdigit() or bare_lead[:1] in "第总總（(") and (
            _ISSUE_NUMBER.match(bare_lead)):
        # a periodical's issue number before the row's fields (2025年第11期  出版日期：…)
        lead, bare_lead = "", ""
    lead_date = DATE.match(bare_lead) if _DATE_AT_START.open(bare_lead) else None
    if not fields and not (lead_date and len(bare_lead) - lead_date.end() <= 2):
        return None
    if bare_lead and not lead_date:
        return None
    date = parse_date(lead) if lead_date else None
    document_date = updated = False
    source = title = publisher = None
    authors: tuple[str, ...] = ()
    for i, f in enumerate(fields):
        end = fields[i + 1].start() if i + 1 < len(fields) else len(line)
        raw = line[f.end():end].strip()
        value = _WIDE_GAP.split(raw)[0].strip()
        kind = _KIND.get(f["key"])
        # (an update's date yields to the publication's after it: 更新时间：… 发布时间：…)
        if kind == "date" and (not date or document_date or (
                updated and "更新" not in f["key"])):
            got = parse_date(value) or _short_year_date(value) or _roc_year_date(value)
            if got and (not date or f["key"] not in _DOCUMENT_DATE_KEYS):
                date, document_date = got, f["key"] in _DOCUMENT_DATE_KEYS
                updated = "更新" in f["key"]
        elif kind == "source" and value and not source:
            glued_at = _NAME_GLUED_DATE.search(value)
            if glued_at and glued_at.start() >= 2 and _GLUED_REPORTER.search(
                    value[:glued_at.start()]):
                # 来源：某某日报记者 某某2026年03月14日 10:05: the row's date against the
                # reporter's name; the date is read as the row's unlabelled one below
                value = value[:glued_at.start()]
            if (count := _GLUED_COUNT.search(value)) and count.start() >= 2:
                value = value[:count.start()]  # 来源：某某秘书处212: its view count glued on
            if _GLUED_REPORTER.search(value) and (byline := parse_byline(value, tail=False)) \
                    and byline.source_name and byline.authors:
                # 来源：某某日报记者 某某某: the row's source and byline spans saved glued (no
                # gap before 记者): the outlet before the role, the reporter after it
                source, authors = byline.source_name, authors or byline.authors
                continue
            source = _joint_bodies(_SPACE.split(value))[:40] or None
            glued = GLUED_DATE.search(source) if source else None
            if source and glued and glued.start() >= 2:
                # 来源：某某日报2026-11-27 10:30: the row's date printed against the name
                source = source[: glued.start()]
                date = date or parse_date(value[glued.start():])
            elif source and source[0].isdigit() and (dated := parse_date(value)):
                # 来源：2026-11-27: the name left out, the date no publisher
                source, date = None, date or dated
        elif kind == "author" and value:
            # 记者：张三 通讯员：李四: every role's names are the article's authors
            glued = _NAME_GLUED_DATE.search(value)
            if glued and glued.start() >= 2:
                # 通讯员：李四2026-11-27 10:30 阅读 2318: the row's date printed against the
                # last name (its spans saved as text), its counters after it; the date is
                # read as the row's unlabelled one below
                value = value[: glued.start()]
            authors += tuple(n for n in clean_authors(value) if n not in authors)
        elif kind == "title" and raw and not title:
            title = raw
        elif kind == "publisher" and value and not publisher:
            publisher = _SPACE.split(value)[0][:40] or None
    if fields and not date and (closing := _CLOSING_DATE.search(line, fields[-1].end())):
        # 来源：某某 编辑：某某 审核：某某 2024-05-06 09:40: the row's date unlabelled at its end,
        # after the last field's value
        date = parse_date(closing["stamp"])
    if fields and not date and not title and (loose := DATE.search(line)) is not None:
        # 来源：某某日报 2026-05-06 记者 某某: the row's date unlabelled between its fields
        date = parse_date(loose.group())
    if fields and not authors:
        # 发布时间：2024-03-09 作者 马某某 来源：某某: a labelled row whose 作者 has no colon;
        # every role's names (记者 某某 通讯员 某某) are the article's authors
        for bare in _BARE_AUTHOR.finditer(line):
            authors += tuple(n for n in clean_authors(bare["v"]) if n not in authors)
    if not (date or source or authors or fields):
        return None
    if not (date or source or authors or title or publisher) and line.endswith(
            ("？", "?", "！", "!")):
        # 记者：今年的重点有哪些？ is an interview's question, its label no field: a row
        # that yields no value and ends as a sentence is speech, not metadata.
        return None
    return _Found(title=title, date=date, source_name=source, authors=authors,
                  document_date=document_date, publisher=publisher,
                  updated=updated and date is not None)


# a bare count glued to a source's name closing its row (来源：某某秘书处212, its views' icon
# lost): not after a date's or a numbered name's character (5月6, 第3)
_GLUED_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![年月日号時时分秒第期版届])\d{1,7}$")
# a date glued to the Han character before it (李四2026-11-27), anything after it
_NAME_GLUED_DATE = re.compile(rf"(?<=[\u4e00-\u9fff])(?:{DATE.pattern})")


# The place a platform shows the poster's IP address in (IP属地：浙江), on its date row or
# alone: no field of the article. A Q&A or column platform prints it without the colon after a
# middle dot (发布于 2025-10-12 21:47・IP 属地浙江).
_IP_PLACE = re.compile(with_traditional(
    r"\s*[・·]?\s*(?:IP|ip)\s*(?:归属地|属地)\s*[:：]?\s*[\u4e00-\u9fff]{2,8}"))


# A view count closing a date row after its time, its icon lost (2025-11-27 07:50 1.6万), or
# glued to the minutes when the row's spans are saved as text (07:501.6万): no field, and the
# row's outlet and byline are read without it. Only a count in 万 (w): a bare number there may
# be anything.
_COUNT_AFTER_TIME = re.compile(r"(?<=\d:\d\d)\s*\d{1,4}(?:\.\d{1,2})?\s*[万wW]\+?$")


# A row's own controls and counters glued after its last field when its spans are saved as text
# (来源：某某晚报举报, 作者：某某评论(3), 某某時報分享LINE, 记者 某某阅读 8421): no part of the
# name before them. A counter needs its number; a button closes a row that has its date.
_ROW_COUNTER_TAIL = re.compile(with_traditional(
    r"\s*(?:阅读|浏览|点击|评论|阅读量|浏览量|浏览次数|点击量|访问量|人气|热度)\s*[:：]?\s*[(（]?"
    r"\s*\d[\d,.]*\s*[万wWkK]?\+?\s*[)）]?\s*次?$"))
_ROW_BUTTON_TAIL = re.compile(with_traditional(
    r"(?<=[\u4e00-\u9fffA-Za-z])\s*(?:我要|一键)?(?:举报|纠错|收藏|打印|分享(?:到|至)?\s*(?:LINE|Line|微信|微博|QQ|"
    r"Facebook|FB)?)$"))
# the words either tail holds, tested first: the searches, tried at every offset, cost ten
# times as much on the many rows that hold none
_ROW_COUNTER_GATE = gate([_ROW_COUNTER_TAIL], max_needs=16)
_ROW_BUTTON_GATE = gate([_ROW_BUTTON_TAIL])

# A blog post's length and reading time closing its row (约 1200 字 · 预计阅读 4 分钟): no name.
_READING_TAIL = re.compile(with_traditional(
    r"(?:\s*[·・|｜]?\s*(?:约|共|全文(?:共|约)?)?\s*[\d,.]+\s*万?\s*字)?\s*[·・|｜]?\s*"
    r"(?:预计|大约|大概)?阅读(?:时间|时长|需要|约)?\s*[:：]?\s*(?:约|需)?\s*\d+\s*分钟$"))


def without_row_tail(line: str) -> str:
    """``line`` without the controls and counters glued after a row's last field
    (_ROW_COUNTER_TAIL, unlabelled, _ROW_BUTTON_TAIL); a line with no date keeps a button's
    word."""
    tail = _ROW_COUNTER_TAIL.search(line) if _ROW_COUNTER_GATE.open(line) else None
    if tail is not None and ":" not in tail[0] and "：" not in tail[0]:
        # a labelled counter (浏览量：326) is a field of the row, read as one: a row of a
        # yearless date and its counter (11-28 10:30 浏览量：326) stays a meta row by it
        line = line[:tail.start()]
    if "分钟" in line or "分鐘" in line:
        line = _READING_TAIL.sub("", line)
    if _ROW_BUTTON_GATE.open(line) and DATE.search(line):
        line = _ROW_BUTTON_TAIL.sub("", line)
    return line


def _without_ip_place(line: str) -> str:
    """``line`` without the place a platform shows the poster's IP address in (_IP_PLACE)."""
    if "属地" in line or "屬地" in line:
        return _IP_PLACE.sub("", line).strip()
    return line


# A platform's original-work mark before a labelled field (原创 作者：某某, 原创 | 来源：…).
_ORIGINAL_MARK = re.compile(with_traditional(
    r"^原创\s*[|｜·]?\s*(?=(?:作者|记者|撰文|文|来源)\s*[:：/])"))
# A date with its time in brackets, alone on its line ((2024-11-03 22:41:09)): a blog prints
# its post's time so under the headline. Only the dashed form: a bracketed 年月日 line is a
# speech's or a resolution's day, which other rules read.
_BRACKETED_STAMP = re.compile(
    r"[(（]\s*(?P<stamp>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*[)）]")
# A row's date in square brackets at its start ([ 2026-11-02 ]　来源：某某　浏览次数：, an old
# CMS's stamp): the date, when a labelled field follows it or nothing does; a list's item
# ([2026-11-02] 某某召开会议) names no field and stays what it was.
_SQUARE_STAMP = re.compile(
    rf"^[\[［【]\s*(?P<stamp>{DATE.pattern})\s*[\]］】](?=\s*$|\s*[\u4e00-\u9fff]{{2,6}}\s*[:：])")


# A slash credit opening the row (文/张三 图/某某网 2024-09-18 11:05 来源：某某网): the writer,
# then the row's date and fields, which the credit's names would otherwise swallow.
_SLASH_CREDIT = re.compile(with_traditional(r"^(?:文|文字|撰文|文图|图文|文/图)\s*[/／]\s*\S"))
_CREDIT_STARTS = frozenset("文撰图" + "圖")


def _credit_before_row(line: str) -> _Found | None:
    """The authors of a slash credit and the date and fields printed after it on the same row;
    None unless the credit names someone and the rest is a metadata row with a date."""
    if not _SLASH_CREDIT.match(line) or (stamp := DATE.search(line)) is None:
        return None
    credit = parse_byline(line[:stamp.start()].strip(), tail=False)
    row = parse_meta_line(line[stamp.start():])
    if credit is None or not credit.authors or row is None or not row.date:
        return None
    return replace(row, authors=credit.authors + tuple(
        n for n in row.authors if n not in credit.authors))


_YEARLESS_ROW = re.compile(
    r"^(?P<m>[01]?\d)\s*(?:-|/|月)\s*(?P<d>[0-3]?\d)\s*日?\s*(?P<H>[0-2]?\d)[:：](?P<M>[0-5]\d)"
    r"(?:\s+(?P<rest>.+))?$")
# The same day and time under a date field's label (发布时间：11-28 10:30).
_LABELLED_YEARLESS = re.compile(
    rf"(?:^|\s)(?:{_DATE_KEYS})\s*[:：]\s*(?P<m>[01]?\d)\s*(?:-|/|月)\s*(?P<d>[0-3]?\d)\s*日?"
    r"\s*(?P<H>[0-2]?\d)[:：](?P<M>[0-5]\d)(?!\d)")

# The same day and time closing a row of names (某某晚报 记者 某某 04-27 11:20).
_YEARLESS_CLOSING = re.compile(
    r"^(?P<rest>\S.*?)\s+(?P<m>[01]?\d)\s*(?:-|/|月)\s*(?P<d>[0-3]?\d)\s*日?\s+"
    r"(?P<H>[0-2]?\d)[:：](?P<M>[0-5]\d)$")
# A year to read a yearless row's names with, as a dated row (a leap year: any day is one).
_STAND_IN_YEAR = 2000


def _named_before_stamp(row: re.Match[str] | None) -> _Found | None:
    """The outlet and reporters a row of names closed by a yearless stamp prints, read as
    ``parse_date_row`` reads the row with a year (the date is left to the caller); None when
    the names are no byline (a sentence that ends with a day and a time)."""
    if row is None:
        return None
    month, day = int(row["m"]), int(row["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    dated = parse_date_row(f"{row['rest']} {_STAND_IN_YEAR}-{month:02d}-{day:02d} "
                           f"{row['H']}:{row['M']}")
    if dated is None or not dated.authors:
        return None
    return replace(dated, date=None)


# A letter's or work order's subject after its label cell, saved on one line (诉求标题 关于…的诉求,
# 信件标题：…): the subject is the headline, the label no part of it.
# The label a letter's or a work order's subject is printed under (诉求标题, 信件主题), for the
# text path here and the HTML path's <title> reading alike.
SUBJECT_LABEL = r"(?:诉求|信件|来信|留言|工单|问政)(?:标题|主题)"
_LABELLED_SUBJECT = re.compile("^(?:" + with_traditional(
    SUBJECT_LABEL + r"(?:\s*[:：]\s*|\s+)") + r")(?P<title>\S.{5,60})$")

# A day alone on its line without its year (11月16日): a post's date under its writer's name.
_YEARLESS_DAY = re.compile(r"^(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*日$")
# The year of the page's copyright notice (© 2025 某某, Copyright © 2012-2025, ©2025): sites
# print the current year there, and a date printed without its year is one of the current year
# (a feed prints an older post's year), so with no full date above the article it is that year.
_COPYRIGHT_YEAR = re.compile(
    r"(?:©|Ⓒ|\([cC]\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–—~至]\s*)?"
    r"(?P<y>(?:19|20)\d{2})(?!\d)", re.I)


def _copyright_year(texts: Iterable[str]) -> int | None:
    """The latest year a copyright notice among ``texts`` prints, None when none does."""
    years = [int(m["y"]) for text in texts for m in _COPYRIGHT_YEAR.finditer(text)]
    return max(years, default=None)


# What may follow a revision stamp's date on its line: its full stop, or the next item of a
# foot row; a sentence going on (该标准最后修订于…，自…起施行) is the article's.
_AFTER_STAMP = re.compile(r"\s*(?:[。.]?\s*$|[|｜·•]|\s{2})")


def _revision_day(lines: Iterable[str]) -> str | None:
    """The date a page's revision stamp prints (``dates.revision_stamps``) when the stamp is
    no sentence's, None if none is."""
    for line, end in revision_stamps(lines):
        day = DATE.match(line, end)
        if day and _AFTER_STAMP.match(line, day.end()) and (date := parse_date(day.group(0))):
            return date
    return None


def _yearless_fields(rest: str | None) -> _Found | None:
    """What a yearless timestamp row prints after its time: nothing, its outlet unlabelled
    (05-06 14:22 某某晚报) or labelled fields (11月28日 10:30 来源：某某局); None when the rest
    is no metadata (a sentence that opens with a day and an hour)."""
    if rest is None:
        return _Found()
    if re.fullmatch(_OUTLET, rest):
        return _Found(source_name=rest)
    labelled = parse_meta_line(rest)
    if labelled is None or labelled.date or labelled.title:
        return None
    return labelled


_TIME_ALONE = re.compile(r"^(?P<H>[0-2]?\d)[:：](?P<M>[0-5]\d)(?:[:：](?P<S>[0-5]\d))?$")
# A live feed's entry opening with its time (10:02  嘉宾：…), and how many lines under a time
# alone are looked at for more of them.
_TIMED_ENTRY = re.compile(r"^[0-2]?\d[:：][0-5]\d\s+\S")
_FEED_LOOK = 8
_BARE_GATE = gate([_BARE_ROW], at_start=True)
# An outlet's name alone on its line: a paper's, a site's, a station's or an app's.
_NAMED_OUTLET = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|晨报|商报|时报|都市报|网|电视台|融媒|融媒体中心|客户端)$"))
# A news agency's name alone on its line (某某社, 某某通讯社); a farm's co-operative or a travel
# agency (某某合作社, 某某旅行社) is none.
_NEWS_AGENCY = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{2,8}(?<!合作)(?<!旅行)(?<!公)(?<!结)社$"))
# A reporter and the paper the piece came from on one line, parted by a slash (某某/某某青年报).
_WRITER_SLASH_OUTLET = re.compile(
    r"^(?P<writer>[\u4e00-\u9fff]{2,4})\s*[/／]\s*"
    r"(?P<outlet>[\u4e00-\u9fff]{2,10}(?:报|報|网|網|社|电视台|電視台|客户端|客戶端))$")
# A post's labelled row on a self-media platform (发布时间：…, 发布于 …).
_POST_ROW_LABEL = re.compile(with_traditional(r"^(?:发布时间|发表时间)\s*[:：]|^发布于\s*\d"))
# A government's press office alone on its line (新闻局, 某某市政府新闻办): the publisher of a
# release, under its date row as in a 新闻来源 row.
_PRESS_OFFICE = re.compile(with_traditional(
    r"^(?:[\u4e00-\u9fff]{2,12}?)?新闻(?:局|办|办公室|处)$"))


# A date label over a day-first date, as Macau's and Hong Kong's sites print it (日期：02/12/2025,
# 發佈日期：02/12/2025 18:20): the day, the month, the year, parted by slashes.
_DAY_FIRST_ROW = re.compile(
    rf"^(?:{with_traditional(_DATE_KEYS)})\s*[:：]\s*"
    r"(?P<a>[0-3]?\d)\s*/\s*(?P<b>[01]?\d)\s*/\s*(?P<y>(?:19|20)\d{2})"
    r"(?:\s+(?P<H>[0-2]?\d)[:：](?P<M>[0-5]\d)(?:[:：](?P<S>[0-5]\d))?)?\s*$")
# Any date of that slashed shape on the page, to tell its order by.
_SLASHED_DATE = re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)\d{2}(?![\d/])")


def _day_first(text: str) -> bool:
    """Whether the page's slashed dates (02/12/2025) put the day first: one whose first part is
    above 12 settles it, one whose second is settles the other order (an English page's
    12/25/2025); with neither, only a page in traditional script (Macau's, Hong Kong's) is
    read day-first, never a simplified one by guess."""
    pairs = [(int(a), int(b)) for a, b in _SLASHED_DATE.findall(text)]
    if any(b > 12 for _, b in pairs):
        return False
    return any(a > 12 for a, _ in pairs) or script_of(text) == "hant"


def _day_first_row(lines: Sequence[str], head: Sequence[int],
                   found: dict[int, tuple[str, _Found]], text: str) -> None:
    """The date of a head row holding a labelled day-first date alone (see _DAY_FIRST_ROW), when
    the page reads such dates day first (_day_first) and no other row gave a date."""
    for i in head:
        m = _DAY_FIRST_ROW.match(lines[i].strip())
        if m is None or (i in found and found[i][1] != _Found()):
            continue
        day, month = int(m["a"]), int(m["b"])
        if not (1 <= month <= 12 and 1 <= day <= 31) or not _day_first(text):
            return
        iso = f"{int(m['y']):04d}-{month:02d}-{day:02d}"
        if m["H"] is not None and int(m["H"]) < 24:
            iso += f"T{int(m['H']):02d}:{m['M']}:{m['S'] or '00'}"
        found[i] = ("meta_line", _Found(date=iso))
        return
_WEEKDAY = re.compile(f"(?:{_alts('星期|周|农历')})")


# A source field's value glued to the reporter's byline after it (某某日报记者 某某某): the
# role then a gap then a name; a name glued to the role (记者站, 记者之家) is no byline's.
_GLUED_REPORTER = re.compile(with_traditional(rf"[^\s](?:记者|通讯员)\s+[{HAN}]{{2}}"))


_ROW_BYLINE = re.compile(with_traditional(
    rf"\s+(?=(?:本报|特约|首席|见习|实习)?(?:记者|作者|通讯员)\s*[:：]?\s*[{HAN}]{{2}})"))


# the date and time closing a row after its byline (… 通讯员 某某 2024-05-06 07:30), or glued
# to its last name when the row's spans are saved as text (… 通讯员 某某2024-05-06 07:30)
_ROW_CLOSING_DATE = re.compile(rf"(?:\s+|(?<=[{HAN}]))(?P<date>{DATE.pattern})\s*$")


# What happened at the row's closing time (2026-10-25 07:00 开始: a live page's start, 10:05
# 更新, 07:30 开始营业: a notice's opening hour): the time's words, no field; the row read
# without them.
_TIME_EVENT_AFTER = re.compile(with_traditional(
    rf"(?<=\d)\s*(?:{TIME_EVENT_WORDS})[{HAN}]{{0,4}}$"))
_TIME_EVENT_GATE = gate([_TIME_EVENT_AFTER])  # its words, tested before the search
# The half of the day after a clock time (05:30 AM, 9:05 p.m.): the time's, no outlet's name.
_TIME_HALF = re.compile(r"(?P<H>\d{1,2})(?P<rest>[:：]\d{2}(?:[:：]\d{2})?)"
                        r"\s*(?P<half>[AaPp])\.?\s?[Mm]\.?(?![A-Za-z])")


def _clock24(m: re.Match[str]) -> str:
    """A twelve hours' clock time (10:41 PM) as the day's 24 hours write it (22:41)."""
    hour = int(m["H"])
    if hour > 12:
        return f"{m['H']}{m['rest']}"
    return f"{hour % 12 + (12 if m['half'] in 'Pp' else 0):02d}{m['rest']}"


# What the outlet did to the piece, tagged after its name in brackets, and the comment count
# after the tag (某某网[整理] 12, 某某网【编译】): no part of the name.
_ROLE_TAG_TAIL = re.compile(with_traditional(
    r"(?<=\S)\s*[\[【](?:整理|编译|综合|原创|转载|编辑)[\]】](?:\s+\d{1,6})?\s*$"))


def parse_date_row(line: str) -> _Found | None:
    """A date and time with a name beside it and no field labels ("2019年10月23日 09:05 某某网",
    "某某日报 2020-03-09 18:14:21"). The name may be the outlet or an account that reposted the
    article, so it counts for less than a labelled 来源 (the caller's concern)."""
    # (its date may be in Chinese numerals: 二〇二五年十二月三日　某某日报)
    line = without_row_tail(_without_ip_place(spelled_dates(arabic_dates(line))))
    if _LUNAR_GATE.open(line):
        line = _LUNAR_DAY.sub("", line)
    if _TIME_EVENT_GATE.open(line):
        line = _TIME_EVENT_AFTER.sub("", line)
    if "[" in line or "【" in line:
        line = _ROLE_TAG_TAIL.sub("", line)
    if "万" in line or "w" in line or "W" in line:
        line = _COUNT_AFTER_TIME.sub("", line)
    bare = _BARE_ROW.match(line) if _BARE_GATE.open(line) else None
    if bare is None and (section := _PAGE_SECTION.search(line)) and _BARE_GATE.open(line):
        # the paper's page printed with its section's name (某某日报 2026年11月30日 第05版：城市):
        # the same row as the page alone
        paged = _BARE_ROW.match(line[:section.start()])
        if paged and paged["pre"] and paged["post"] and _EDITION_PAGE_ALONE.match(paged["post"]):
            bare = paged
    if (bare is None and _BARE_GATE.open(line) and (dated := _ROW_CLOSING_DATE.search(line))
            and (byline := parse_byline(line[:dated.start()], tail=False)) is not None
            and byline.authors):
        # a byline, then the date (某某新闻记者 某某 2025-07-08 18:05 on an app's share page),
        # read whole: its outlet glued to its reporter's title, a second role set apart
        # (某某新闻记者 某某 实习记者 某某) is the same byline's
        return _Found(date=parse_date(dated["date"]), source_name=byline.source_name,
                      authors=byline.authors)
    if bare is None and _BARE_GATE.open(line) and (cut := _ROW_BYLINE.search(line)):
        # the reporter's byline closing the row (2024-05-06 21:58 某某体育 记者 某某某), or
        # set apart between the outlet and the date (某某日报 记者 某某 2024-05-06 07:30)
        head, names = line[:cut.start()], line[cut.end():]
        if (dated := _ROW_CLOSING_DATE.search(names)) and head.strip():
            head, names = f"{head} {dated['date']}", names[:dated.start()]
        row = parse_date_row(head)
        byline = parse_byline(names, tail=False)
        fields = parse_meta_line(names)
        if fields is not None and len(fields.authors) > len(byline.authors if byline else ()):
            # every role labelled with its colon (记者：某某 通讯员：某某 编辑：某某): each
            # role's names are the article's authors, the staff's after them none
            byline = fields
        if row is None or byline is None or not byline.authors:
            return None
        return replace(row, authors=byline.authors)
    if bare and bare["pre"] and bare["post"] and _EDITION_PAGE_ALONE.match(bare["post"]):
        # 某某日报 2024-05-06 第A03版: the paper, its issue date and the page it was printed on
        return _Found(date=parse_date(bare["date"]), source_name=bare["pre"])
    if (bare and bare["pre"] and bare["post"] and bare["H"] is not None
            and (_PLACE_AFTER.fullmatch(bare["post"]) or posted_from(bare["post"]))
            and not _WEEKDAY.match(bare["post"])):
        # an account's row closed by where it was posted from, with 发布于 or without (某某发布
        # 2026-11-21 18:30 四川, 某某小分队 2026-11-21 18:30 发布于四川): the account
        # published it
        return _Found(date=parse_date(bare["date"]), source_name=bare["pre"])
    if not bare or not (bare["pre"] or bare["post"]) or (bare["pre"] and bare["post"]):
        return None
    outlet = bare["pre"] or bare["post"]
    if _WEEKDAY.match(outlet):
        return None
    if _DATED_VERB.match(outlet) or _EDITION_COUNT.match(outlet) or _ISSUE_NUMBER.match(outlet):
        # 发布于 2024-…: when, not who; an e-paper's day and its count of pages (今日8版), or
        # the paper's issue number (第3期总第2618期)
        return _Found(date=parse_date(bare["date"]))
    if posted_from(outlet):
        # where the post was sent from (发表于北京, 发布于湖北), no outlet: the account's name
        # is printed on the line above (see MetaLines._posting_account)
        return _Found(date=parse_date(bare["date"]))
    if outlet.endswith(_CREATOR_BADGE):
        # a self-media platform's badge after the date (12:06北京优质城市领域创作者): the
        # account's, no outlet
        return _Found(date=parse_date(bare["date"]))
    if (verb := _DATED_VERB_PREFIX.match(outlet)) and len(outlet) - verb.end() >= 2:
        outlet = outlet[verb.end():]  # 发布于某某网: the outlet, without the verb
    return _Found(date=parse_date(bare["date"]), source_name=outlet)


# The box or bullet a paper sets before its writer's name (□ 某某某, ◎某某某).
_BYLINE_BOX = re.compile(r"^[□■◇◆◎○●]\s*")
# A note closing an article that says who its writer is (（作者系某某大学教授）, （作者单位：…）).
_WHO_WROTE_IT = re.compile(r"^[（(]\s*作者(?:系|为|是|单位\s*[:：])")


# The day in the lunar calendar after a paper's weekday (2025年11月18日 星期二 农历乙巳年九月廿八),
# closing its date row or set apart before the paper's name (… 星期三 农历十月十四　某某晚报): the
# same day again, no name.
_LUNAR_DAY = re.compile(with_traditional(
    r"(?<=[一二三四五六日天])\s*[（(]?农历(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][鼠牛虎兔龙蛇马羊猴鸡狗猪]?年)?"
    r"闰?(?:十[一二]|[正一二三四五六七八九十冬腊])月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十|卅)?[）)]?(?=\s|$)"))
_LUNAR_GATE = gate([_LUNAR_DAY])  # 农历, tested before the search


# China's provinces, autonomous regions and municipalities by their short names, and Hong
# Kong, Macau and Taiwan: where a post was sent from, as a platform prints it.
_PROVINCES = frozenset((
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
    "澳门"))
# A province or a city alone after an account's date and time (… 18:30 四川).
_PLACE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,3}")
# A paper's page label alone (第A03版, 第5版).
_EDITION_PAGE_ALONE = re.compile(r"^第[A-Za-z]?\d{1,3}版$")
# The name of the page's section after its label, closing the row (第05版：城市, 第A03版 要闻).
_PAGE_SECTION = re.compile(r"(?<=版)(?:\s*[：:]\s*|\s+)[\u4e00-\u9fff]{2,6}$")
# An e-paper's count of the day's pages beside its date (今日8版, 共12版), or its page alone.
_EDITION_COUNT = re.compile(with_traditional(
    r"^(?:(?:今日|今天|本期|共)\s*\d{1,3}\s*版|第[A-Za-z]?\d{1,3}版)$"))
_POSTED_FROM = ("发表于", "發表於")
# An app's row says where the post was sent from with 发布于 too (2024-05-06 12:30 发布于湖北),
# a short place name; 发布于 before an outlet's name (发布于某某网) names the outlet.
_PUBLISHED_FROM = re.compile(with_traditional(r"^发布于[\u4e00-\u9fff]{2,4}$"))
_OUTLET_END = ("网", "報", "报", "台", "号", "號", "端")


def _outlet_name(line: str) -> bool:
    """A site's or an outlet's name alone (某某新闻网, 某某都市报, 某某电视台)."""
    return names_a_body(line) or (line.endswith(_OUTLET_END) and _reads_as_account(line))


def posted_from(text: str) -> bool:
    """Whether ``text`` (a date row's word after the date) says where the post was sent from:
    发表于…, or a province's name alone, as a self-media row prints it (… 09:05 · 河南)."""
    return text.startswith(_POSTED_FROM) or (bool(_PUBLISHED_FROM.match(text))
                                             and not text.endswith(_OUTLET_END)) or (
        to_simplified(text) in _PROVINCES)
# How far from the page's end a note platform's dated row (编辑于 …) stands under the note.
_POST_ROW_SPAN = 12
# A verb and 于 before the date (发布于, 编辑于 2024-…): when it was done, no outlet's name.
_DATED_VERB = re.compile(with_traditional(r"^(?:发布|发表|编辑|更新|修改|创建|写|提交|回答)于$"))
_CREATOR_BADGE = ("创作者", "創作者")
_DATED_VERB_PREFIX = re.compile(with_traditional(r"^(?:发布|发表)于"))
_DATED_VERB_AT = re.compile(with_traditional(
    r"^(?:发布|发表|编辑|更新|修改|创建|写|提交|回答)于\s*(?=\d)"))
# A forum thread's first floor, its row under the opening post (1楼 2024-09-14 22:18
# 来自Android客户端): when the post was made; the client it came from names no publisher.
_FIRST_FLOOR_AT = re.compile(r"^1\s*[楼樓]\s+(?=\d)")


# A timestamp row of any other shape, above the first paragraph: a full date with its time
# among short tokens (outlet, section, reposting account, names, counts), or a full date alone
# with a few of them ("发表于2014-08-24 21:30| 1164次阅读| 来源CSDN", "某某棱镜2019-09-23 07:48",
# "2019年09月11日 某某传媒 时政新闻 1665 0"). Only the date is taken, and a labelled 来源 or 作者.
_LOOSE_SPLIT = re.compile(r"[\s|｜丨/·•]+")
_LOOSE_TOKEN_MAX = 16
_LOOSE_SOURCE = re.compile(
    rf"(?:{_alts('来源|出处|稿源')})\s*[:：]?\s*(?P<v>[^\s|｜丨/:：]{{2,20}})")
_LOOSE_AUTHOR = re.compile(rf"(?:{_alts('作者|记者')})\s*[:：]?\s*(?P<v>[{HAN}·]{{2,8}})")
# A list item's bullet (• 某某, an e-paper's » 某某), for reading the item without it.
LIST_BULLET = re.compile(r"^[•·▪◦»›]\s*")
# An e-paper's list of the page's headlines may bullet them with a shape too (●某某某, ◆某某某),
# or with the ASCII a plain-text tool writes for » (> 某某某).
INDEX_BULLET = re.compile(r"^(?:[•·▪◦»›●○◆◇■□▶►★☆]|>{1,2}(?=\s))\s*")
_LOOSE_SENTENCE = re.compile(r"[。，；！？!?]")


def parse_loose_date_row(line: str) -> _Found | None:
    """A short non-sentence row holding a full date (see the comment above ``_LOOSE_SPLIT``)."""
    line = LIST_BULLET.sub("", line)
    if len(line) > 100 or _LOOSE_SENTENCE.search(line) or line[:1] in "（(《【[":
        return None  # a sentence, or a bracketed note (（2007年6月29日……会议通过）)
    m = DATE.search(line) if _DATE_GATE.open(line) else None
    if not m or m["y"] is None:
        return None
    rest = (line[: m.start()] + " " + line[m.end():]).strip()
    tokens = [t for t in _LOOSE_SPLIT.split(rest) if t]
    if any(len(t) > _LOOSE_TOKEN_MAX for t in tokens) or len(tokens) > 8:
        return None
    if m["H"] is None and len(tokens) > 5:
        return None
    date = parse_date(m.group(0))
    if date is None:
        return None
    src = _LOOSE_SOURCE.search(rest)
    author = _LOOSE_AUTHOR.search(rest)
    authors = clean_authors(author["v"]) if author else ()
    if not authors and line[:3] in _EN_BY:  # By WANG Mouyi in Kunming | Updated: 2024-…
        byline = parse_byline(_SEGMENTS.split(line, 1)[0].strip(), tail=False)
        authors = byline.authors if byline else ()
    return _Found(date=date, source_name=src["v"] if src else None, authors=authors)


# A blog's row under the headline opened by when the post went up, then its other facts
# (发表于2025-11-02 更新于2025-11-05 分类于绿植 阅读次数：1,208 本文字数：1.1k): too many
# pieces for a loose row, but the verb at its start says the date is the post's.
_VERB_DATE_AT = 6
# A date printed year first, then month/day in its own box (2025  12/02  16:48:21).
_YEAR_BOXED_DAY = re.compile(
    r"^(?P<y>(?:19|20)\d{2})\s+(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<d>0?[1-9]|[12]\d|3[01])"
    r"(?:\s+(?P<t>[0-2]?\d:[0-5]\d(?::[0-5]\d)?))?$")


def verb_dated_row(line: str) -> _Found | None:
    """A row opened by when the post went up (发表于2025-11-02 更新于… 阅读次数：…), or a date
    whose year, month/day and time stand in boxes apart (2025  12/02  16:48:21)."""
    line = LIST_BULLET.sub("", line)
    if (boxed := _YEAR_BOXED_DAY.match(line)) is not None:
        return _Found(date=parse_date(
            f"{boxed['y']}-{int(boxed['m']):02d}-{int(boxed['d']):02d}"
            + (f" {boxed['t']}" if boxed["t"] else "")))
    if (len(line) > 120 or _LOOSE_SENTENCE.search(line)
            or (verb := _DATED_VERB_AT.match(line)) is None):
        return None
    m = DATE.search(line, verb.end())
    if m is None or m["y"] is None or m.start() - verb.end() > _VERB_DATE_AT:
        return None
    date = parse_date(m.group(0))
    return _Found(date=date) if date else None


_SEGMENTS = re.compile(r"\s+[|｜丨/]\s+|丨|｜")
# Every metadata row has a segment separator, a field's colon or a date at its start.
_ROW_SCREEN = _any_open((gate([_SEGMENTS]), False), (_FIELD_GATE, False), (_DATE_AT_START, True))


def _parse_segments(parts: list[str]) -> _Found | None:
    """A row like "记者 张三 | 2024年1月15日 | 来源：某报": every segment must be metadata."""
    date = source = None
    authors: tuple[str, ...] = ()
    for part in (p.strip() for p in parts):
        if not part:
            continue
        # a blog theme's row (发表于 2024-12-21 | 分类于 生活 | 阅读次数: 312): the verb before
        # the date, and the category the post is filed under, which names no one
        part = _DATED_VERB_AT.sub("", part, count=1)
        if _FILED_UNDER.match(part) or _ISSUE_NUMBER.match(part) or _ROW_COUNT.match(part):
            continue
        found = parse_meta_line(part) or parse_byline(part, tail=False)
        if found is None:
            return None
        date = date or found.date
        source = source or found.source_name
        authors = authors or found.authors
    if not (date or source or authors):
        return None
    return _Found(date=date, source_name=source, authors=authors)


# A periodical's issue number in its row (2025年第11期（总第287期）, 第11期, 总第287期): no
# field to keep, and no date (the issue is dated by the row's date). A paper's row may print
# the running number unbracketed after the issue's (第3期总第2618期).
_ISSUE_NUMBER = re.compile(
    r"^(?:(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d{1,4}\s*期"
    r"(?:\s*[（(]\s*[总總]第\s*\d{1,5}\s*期\s*[)）]|\s*[总總]第\s*\d{1,5}\s*期)?"
    r"|[（(]?\s*[总總]第\s*\d{1,5}\s*期\s*[)）]?)$")
# A post's counter in its row (评论:3, 点赞 56, 收藏(12)): a figure, which names no one.
_ROW_COUNT = re.compile(with_traditional(
    rf"^{_COUNTED}\s*[:：]?\s*[（(]?\d[\d.,]*[万千wW]?\+?[)）]?$"))
# A blog post's category in its row (分类于 生活, 发布在 随笔).
_FILED_UNDER = re.compile(with_traditional(r"^(?:分类于|归档于|发布在|发表在)\s*[^\s:：]{1,16}$"))


# A byline of roles, each before its names: "记者 张三 通讯员 李四", "（本报记者 张三 实习生
# 李四 王五）", "文/张三 摄影/李四". Reporters, correspondents, interns and writers are the
# article's authors; a photographer credited apart (摄影 李四, 图/李四) is not, one credited
# with the text (文/图 张三) is.
# (综合本报记者 …: a story compiled from the reporters' own)
_TEXT_ROLE = (r"(?:综合)?(?:本报|本刊|本台|本网|本站|职工|特约|首席|见习|实习|摄影)*"
              r"(?:记者|通讯员)|(?:本报|本刊|本台|本网|特约)评论员|实习生|文/图|图/文|文图|撰文|撰稿|"
              r"作者|文")
_PHOTO_ROLE = r"摄影|摄像|图片|图"
# The desk's roles in the same row (通讯员 某某 摄影 某某 审核 某某 编辑 某某, 文/图 某某 审核
# 某某): they edited or passed the text, never wrote it, and end the names before them.
_DESK_ROLE = (r"责任编辑|责编|编辑|审核|审校|校对|初审|复审|终审|一审|二审|三审|编审|美编|排版|"
              r"监制|剪辑")
_ROLE_NAME = rf"[{HAN}]{{2,4}}"
_ROLE_RUN = (rf"(?:{_TEXT_ROLE}|{_PHOTO_ROLE}|{_DESK_ROLE})(?:\s*[:：/／]\s*|\s+)?"
             rf"{_ROLE_NAME}(?:[\s、，,]+{_ROLE_NAME})*?")
# Matched on the line in simplified script (the names are read off the line as printed).
# A platform's 原创 mark may open it (原创　文/某某　图/某某, a mini-program's post).
_LEAD_NAME = rf"(?!{_TEXT_ROLE}|{_PHOTO_ROLE}|{_DESK_ROLE}){_ROLE_NAME}"
# A military paper's byline box may open on its staff writer's name unlabelled, the roles
# after it (■某某 特约通讯员 某某): only after the box, where no sentence starts on a name.
_ROLE_BYLINE = re.compile(
    rf"^(?:原创\s*[|｜·]?\s*)?[（(]?\s*"
    rf"(?:[□■◇◆]\s*(?P<lead>{_LEAD_NAME}(?:[\s、，,]+{_LEAD_NAME}){{0,2}})\s+(?=\S)|[□■◇◆]?\s*)"
    rf"(?P<runs>{_ROLE_RUN}(?:\s+{_ROLE_RUN})*)"
    # a closing credit for text and pictures together (通讯员 张三 文/图) names no one more
    rf"\s*(?:(?P<verb>报道)|\s(?:文/图|图/文|文图|图文))?\s*[)）]?$")
_ROLE_GATE = gate([_ROLE_BYLINE])
_ROLE_AT = re.compile(
    rf"(?P<role>{_TEXT_ROLE}|{_PHOTO_ROLE}|{_DESK_ROLE})(?P<sep>\s*[:：/／]\s*|\s+)?(?=[{HAN}])")
_PHOTO_ONLY = re.compile(rf"^(?:{_PHOTO_ROLE}|{_DESK_ROLE})$")


_ROLE_CHAR = re.compile("[记記通实實文撰作摄攝图圖评評]")


# Words a role heads as a box's heading (作者简介, 记者风采) that read like a name glued to it.
_ROLE_HEADINGS = frozenset({"简介", "介绍", "信息", "资料", "档案", "专栏", "主页", "风采", "名单",
                            "团队", "文章", "其他"})


def _role_byline(line: str) -> tuple[str, ...] | None:
    """The authors of a byline made only of roles and names (see ``_ROLE_BYLINE``), or None.

    A name glued to its role (记者张三) must look like a name (a common surname): glued,
    记者走访发现 is a sentence."""
    if len(line) > 80 or not _ROLE_CHAR.search(line):
        return None  # every role holds one of these (in either script); most lines hold none
    simple = to_simplified(line)
    m = _ROLE_BYLINE.match(simple) if _ROLE_GATE.open(simple) else None
    if m is None or len(simple) != len(line):
        return None
    runs, printed = m["runs"], line[m.start("runs"):m.end("runs")]
    names: list[str] = []
    if m["lead"]:
        lead = split_names(line[m.start("lead"):m.end("lead")])
        if not all(looks_like_name(t) and plausible_author(t) for t in lead):
            return None
        names.extend(lead)
    pos = 0
    roles = list(_ROLE_AT.finditer(runs))
    for k, role in enumerate(roles):
        if role.start() < pos:
            continue
        end = roles[k + 1].start() if k + 1 < len(roles) else len(runs)
        tokens = split_names(printed[role.end():end])
        if not tokens:
            continue
        # a one-character role glued to what follows starts a word (文章评论, 图片新闻): the
        # name after 文 or 图 stands apart from it
        if not role["sep"] and (not looks_like_name(tokens[0]) or tokens[0] in _ROLE_HEADINGS
                                or len(role["role"]) == 1):
            return None
        listed = listed_in(printed[role.end():end], tokens[-1])
        # The closing 报道 the pattern read apart from the runs belongs to the last token
        # (记者 张三 石家庄报道: the runs end at 石家庄). Set apart by a space it closes the
        # list of names (记者 张三 李四 报道, a TV report's): a place is dropped there only
        # when it cannot be a name, as after a list mark.
        closing = m["verb"] is not None and end == len(runs)
        last = tokens[-1] + ("报道" if closing else "")
        listed = listed or (closing and m.start("verb") > m.end("runs"))
        if len(tokens) > 1 and dateline(last, listed):
            tokens.pop()  # 记者 张三 北京报道: where it was filed from
        elif glued := glued_reporter(tokens[-1]):
            tokens[-1] = glued  # 本报记者 李明报道: the name with the verb glued to it
        if not all(plausible_author(t) for t in tokens):
            return None
        pos = end
        if _PHOTO_ONLY.match(role["role"]):
            continue
        names.extend(t for t in tokens if t not in names)
    return tuple(names) if names else None


# A whole byline in one pair of brackets: 【本报记者 黄某某报道】, （记者 王某某 通讯员 李某某）.
# A byline set off in brackets: 【…】, （…）, and a Taiwan or Hong Kong paper's 〔…〕 or […]
# (〔記者某某／台北報導〕).
_WRAPPED = re.compile(
    r"^(?:【(?P<a>[^【】]{4,60})】|[（(〔\[](?P<b>[^（()）〔〕\[\]]{4,60})[)）〕\]])$")


# A column's name printed before its byline (《产业观察》栏目 作者 某某, 某某专栏 文｜某某).
# (both scripts in one pattern: as alternatives, the simplified one would match 《某某》 and
# stop short of a traditional 欄目)
_COLUMN = _alts("栏目|专栏")
_COLUMN_PREFIX = re.compile(
    rf"^(?:[《【「][^》】」\s]{{1,16}}[》】」]\s*(?:{_COLUMN})?|[^\s《》]{{1,12}}(?:{_COLUMN}))\s*")


# A commentary's closing note on its writer: the name and who the writer is (（作者：某某，
# 系某某大学教授）, 作者：某某 某某研究院研究员). The note is the article's: it stays in the text,
# and the name is still read from it.
_AUTHOR_NOTE = re.compile(with_traditional(
    r"^[（(]?\s*(?:本文)?作者\s*[:：]\s*[^，,（）()]{2,12}?\s*(?:[，,]\s*|\s+)"
    r"(?:系|为|是|现任|现为)?[^（）()]{0,30}"
    r"(?:大学|学院|学校|研究院|研究所|研究中心|研究员|教授|学者|专家|博士|讲师|院长|所长|主任|"
    r"律师|医师|评论员|委员)[^（）()]{0,20}[)）]?$"))


# A pupil's byline over an essay: the school (maybe), the grade and class, the name (某某市实验
# 中学 八年级（3）班  某某某, 某某小学五年级2班 某某, 文/高二（5）班 某某某).
# (both scripts spelt out: a named group cannot be repeated in with_traditional's alternatives)
_STUDENT_BYLINE = re.compile(
    r"^(?:(?:文|作者)\s*[/／｜|:：]\s*)?(?:[\u4e00-\u9fff]{2,20}?(?:[小中][学學]|[学學]校|附中|附小)\s*)?"
    r"(?:[一二三四五六七八九]年[级級]|初[一二三]|高[一二三])\s*"
    r"(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2})?\s*班?\s+(?P<name>[\u4e00-\u9fff]{2,4})$")


# A closing credit of who sent the text in: （体育组 某某某 供稿）, （某某某 供稿）. The desk before
# the names is no publisher (a school's group, a bureau's office); a desk alone names no one.
_CONTRIBUTED_BY = re.compile(
    rf"^[（(]\s*(?P<body>[{HAN}][{HAN}\s、，,]{{1,40}}?)\s*(?:供稿|供图)\s*[)）]$")


def _contributed_by(line: str) -> tuple[str, ...] | None:
    """The names of a bracketed 供稿 credit (see ``_CONTRIBUTED_BY``), or None."""
    m = _CONTRIBUTED_BY.match(line.strip())
    if m is None:
        return None
    names = split_names(m["body"])
    if len(names) > 1 and not looks_like_name(names[0]):
        names = names[1:]  # the desk that sent it
    if 0 < len(names) <= 3 and all(looks_like_name(n) and plausible_author(n) for n in names):
        return tuple(names)
    return None


def _student_byline(line: str) -> str | None:
    """The pupil's name on a student essay's byline (see ``_STUDENT_BYLINE``), or None."""
    m = _STUDENT_BYLINE.match(line.strip())
    return m["name"] if m and looks_like_name(m["name"]) else None


# A writer's name alone after a square box (□ 某某某, ■某某): how a paper's 副刊 signs a poem or
# an essay, under its title or at its end. A box bulleting a heading or a sentence (□ 工作要求,
# □ 我们要…) names nobody.
_BOXED_WRITER = re.compile(rf"^[□■]\s*(?P<name>[{HAN}]{{2,4}})$")


def boxed_writer(line: str) -> str | None:
    """The writer a line names by a square box and a name alone (see ``_BOXED_WRITER``)."""
    m = _BOXED_WRITER.match(line.strip())
    return m["name"] if m and looks_like_name(m["name"]) else None


def author_note(line: str) -> bool:
    """Whether a byline is a note on the writer (name and who the writer is), which the
    article keeps as its text."""
    return _AUTHOR_NOTE.match(line) is not None


def parse_byline(line: str, *, tail: bool) -> _Found | None:
    """Authors (and maybe the publisher) from a byline line; bare name lists only in the tail.
    A letter's close (商祺, 敬礼) is no name."""
    if LETTER_CLOSE.match(line.strip()):
        return None
    if line[:1] in "《【「" or "栏" in line or "欄" in line:
        column = _COLUMN_PREFIX.match(line)
        if column and column.end() < len(line):
            found = parse_byline(line[column.end():], tail=False)
            if found is not None and found.authors:
                return found
    if (roles := _role_byline(line)) is not None:
        return _Found(authors=roles)
    wrapped = _WRAPPED.match(line) if line[:1] in "【（(〔[" else None
    if wrapped:
        # The brackets only set the byline off from the text: read what they hold, and the
        # whole line as well if that names nobody.
        inner = (wrapped["a"] or wrapped["b"]).strip()
        found = parse_byline(inner, tail=tail)
        if found is not None:
            return found
    # Most lines asked are none: one search rules out the three labelled shapes together.
    labelled = _LABELLED_SCREEN.search(line) is not None
    m = _BYLINE.match(line) if labelled else None
    if m:
        names = clean_authors(m["names"])
        return _Found(authors=names) if names else None
    m = _SOURCE_REPORTER.match(line) if labelled else None
    if m:
        # a byline's box or bullet (□本报记者 某某) is no part of the outlet's name
        src = _NEWSROOM_AFTER_PAPER.sub("", m["src"].strip("/ ").lstrip("□■◇◆○●△▲☆★·•"))
        own = src in _OWN_OUTLET or _PAPER_KIND.match(src) is not None
        return _Found(source_name=None if own else src,
                      authors=clean_authors(m["names"]))
    m = _TITLED_BYLINE.match(line) if labelled else None
    if m is None and labelled:
        m = _PLACE_BYLINE.match(line)
    if m:
        names = clean_authors(m["names"])
        return _Found(authors=names) if names else None
    if line[:3] in _EN_BY and (m := _EN_BYLINE.match(line)):
        return _Found(authors=tuple(n.strip() for n in _EN_AND.split(m["names"])))
    if (affiliated := _affiliated_names(line)) is not None:
        return _Found(authors=affiliated)
    if (student := _student_byline(line)) is not None:
        return _Found(authors=(student,))
    if (contributed := _contributed_by(line)) is not None:
        return _Found(authors=contributed)
    if tail:
        m = _NAMES_ONLY.match(line)
        if m:
            tokens = split_names(m["names"])
            # an outlet's or a body's name alone (某某网 under a feed's item, 国务院 in a
            # link list) starts with a surname's character too: no writer
            if tokens and all(looks_like_name(t) and plausible_author(t) for t in tokens):
                return _Found(authors=tuple(tokens))
    return None


# A paper's author, the number of their affiliation after the name (某某1, 某某1,2, 某某¹*).
_AFFILIATED_NAME = re.compile(rf"^(?P<name>[{HAN}·]{{2,4}})(?:\d(?:,\d)*|[¹²³⁴⁵⁶⁷⁸⁹]+)\*?$")
# an ASCII comma before a name too (某某1,某某2), not between two affiliations (某某1,2)
_NAME_SEPARATORS = re.compile(r"[，、\s]+|,(?!\d)")
_AFFILIATED_MIN = 2  # names in the row


def _affiliated_names(line: str) -> tuple[str, ...] | None:
    """A paper's authors' row (某某某1，某某1，某某2): two or more names, each numbered by
    its affiliation, which the line under it lists; a row of names with no numbers is left to
    the tail."""
    if not line or not (line[-1].isdigit() or line[-1] in "¹²³⁴⁵⁶⁷⁸⁹*"):
        return None
    names = []
    for token in _NAME_SEPARATORS.split(line.strip()):
        m = _AFFILIATED_NAME.match(token)
        if m is None or not looks_like_name(m["name"]):
            return None
        names.append(m["name"])
    # one name and a number alone (附件1, 小区2) is a label as often as an author
    return tuple(names) if len(names) >= _AFFILIATED_MIN else None


# An English-language page's byline: "By WANG Mouyi in Kunming", "By Li Ming and Zhao Lei".
_EN_NAME = r"[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){1,2}"
_EN_BYLINE = re.compile(
    rf"^[Bb]y\s+(?P<names>{_EN_NAME}(?:\s*(?:,|and|&)\s*{_EN_NAME}){{0,3}})"
    r"(?:\s+in\s+[A-Z][A-Za-z ]{1,30})?$")
_EN_AND = re.compile(r"\s*(?:,|\band\b|&)\s*")
_EN_BY = frozenset({"By ", "by "})


# Rule codes of the credits an earlier cleaner cut off the end of a paragraph: "……。（张三）",
# "(文/图 张三 李四)", or took out as a bracketed credit line of its own ("（综合本报记者 张三
# 李四）" closing a page of briefs). The names are the article's authors though the text is gone.
_CREDIT_RULES = frozenset({"trailing_credit", "trailing_byline", "source_credit",
                           "trailing_writer_credit"})


def _card_repeats(lines: Sequence[str], removals: Sequence[Removal], title_run: Sequence[int],
                  first_prose: int, last_prose: int, drop: set[int]) -> list[int]:
    """The lines between the headline and the first paragraph that a line the chrome cleaners
    took out after the last paragraph repeats: an answer's writer and bio (某某某 / 气象爱好者)
    printed again in the author's card at the page's foot are no text of the article."""
    if not title_run or last_prose < 0:
        return []
    between = [i for i in range(title_run[-1] + 1, first_prose)
               if i not in drop and lines[i].strip()]
    if not between:
        return []
    below = {r.text.strip() for r in removals
             if (at := _LINE_AT.match(r.where)) and int(at[1]) - 1 > last_prose}
    return [i for i in between if lines[i].strip() in below
            and lines[i].strip()[-1] not in _TERMINAL]


# A picture's number after the headline it repeats: 标题（1）, 标题(2), 标题-3, 标题_4, 标题之一.
_PICTURE_NUMBER = re.compile(
    r"\s*(?:[（(]\s*\d{1,2}\s*[)）]|[-_－]\s*\d{1,2}|之[一二三四五六七八九十])")


# The bars a headline's kicker is parted by (一图读懂丨…), one of which a copy of it may print
# in another (一图读懂|…, a tool's ASCII for the full-width mark).
_KICKER_BARS = str.maketrans({"丨": "|", "｜": "|", "│": "|"})


def _title_copy_key(line: str) -> str:
    """``line`` as its copies are compared: no spaces, its bars one bar."""
    return re.sub(r"\s+", "", line.strip()).translate(_KICKER_BARS)


def _numbered_title_copies(lines: Sequence[str], title_run: Sequence[int], first_prose: int,
                           drop: set[int]) -> list[int]:
    """The lines between the headline and the first paragraph that repeat the headline with a
    picture's number after it: an explainer's (一图读懂) images saved as their alt text, one
    line per picture, no text of the article."""
    if not title_run or first_prose < 0:
        return []
    key = _title_copy_key(lines[title_run[0]])
    found = []
    for i in range(title_run[-1] + 1, first_prose):
        line = _title_copy_key(lines[i])
        if i not in drop and line.startswith(key) and len(line) > len(key) and (
                _PICTURE_NUMBER.fullmatch(line[len(key):])):
            found.append(i)
    return found


_ABOUT_AUTHOR = re.compile(with_traditional(r"^(?:关于作者|关于答主|作者信息)\s*[:：]?$"))


def _card_author(removals: Sequence[Removal], last_prose: int) -> tuple[str, ...]:
    """The writer's name on the author's card the chrome took out after the article: the line
    right under its label (关于作者 / 某某某 / the bio), when it reads as a person's name."""
    # Every label holds 作者 or 答主 (in both scripts): most pages have no card to read.
    if not any("作者" in r.text or "答主" in r.text for r in removals):
        return ()
    below = [(int(at[1]) - 1, r.text.strip()) for r in removals
             if (at := _LINE_AT.match(r.where)) and int(at[1]) - 1 > last_prose]
    below.sort()
    for (_, label), (_, name) in itertools.pairwise(below):
        if _ABOUT_AUTHOR.match(label):
            return (name,) if len(name) <= 8 and plausible_author(name) else ()
    return ()


# The writer's avatar's alt text over a card (作者头像, 作者的头像): whose card it is.
_WRITER_AVATAR = re.compile(with_traditional(r"^作者(?:的)?头像$"))


def _head_card_author(removals: Sequence[Removal], first_prose: int) -> tuple[str, ...]:
    """The writer's name on the author's card the chrome took out above the article: the card
    (name / post, over its follow button) right under the writer's avatar's alt text (作者头像),
    when its first line reads as a person's name. A card under no such label may be anyone's
    (a doctor who reviewed the text, an editor's pick), so no name is read off it."""
    if not any(r.rule == "avatar_alt" for r in removals):
        return ()
    above = {int(at[1]) - 1: r for r in removals
             if (at := _LINE_AT.match(r.where)) and int(at[1]) - 1 < first_prose}
    for i, r in above.items():
        card = above.get(i + 1)
        if (r.rule == "avatar_alt" and _WRITER_AVATAR.match(r.text.strip()) and card is not None
                and card.rule == "person_card"):
            name = card.text.strip().split()[0] if card.text.strip() else ""
            return (name,) if looks_like_name(name) and plausible_author(name) else ()
    return ()


def _copied_row(hit: _Found) -> bool:
    """A row whose 来源 names no outlet (网络整理, 本站整理): a copying site's own row over the
    original's, whose date and source are the article's."""
    return bool(hit.source_name) and clean_source(hit.source_name) is None


_STAMP_ALONE = re.compile(rf"^(?:{DATE.pattern})$")
# A signature's date in brackets, as a 通知 or a 公告 sets it under its issuer: the date alone.
_SIGNED_DATE_BRACKETS = re.compile(r"^[（(]\s*([^（）()]{6,24}?)\s*[）)]$")


def _labelled_date(line: str) -> str | None:
    """The date of a metadata row that names its fields (时间：2019-09-25 作者：…), else None."""
    found = parse_meta_line(line)
    return found.date if found and found.date and _FIELD.search(line) else None


def _removed_timestamp(removals: Sequence[Removal], first_prose: int,
                       last_prose: int) -> str | None:
    """The date of a publication line an earlier cleaner took out just before the article or
    after it (a labelled 发布日期 row, or a date with its time alone on its line, taken for a
    list's last item): the nearest to the article. Lines inside the article are not looked at."""
    best: tuple[int, str] | None = None
    removed = {int(at[1]) - 1: r.text.strip() for r in removals
               if r.cleaner.startswith("chrome.") and (at := _LINE_AT.match(r.where))}
    for r in removals:
        if not r.cleaner.startswith("chrome.") or not (at := _LINE_AT.match(r.where)):
            continue
        i = int(at[1]) - 1
        if first_prose <= i <= last_prose:
            continue
        distance = first_prose - i if i < first_prose else i - last_prose
        if best is not None and distance >= best[0]:
            continue  # no nearer: only a nearer row replaces the best
        line = r.text.strip()
        # Either way the date is DATE's match in a piece of the line: no date without the
        # strings DATE needs.
        if not _DATE_GATE.open(line):
            continue
        # the time a post was made or edited (发布于 2023-12-18 21:40) is one too
        verb = _DATED_VERB_AT.match(line)
        line = _DATED_VERB_AT.sub("", line, count=1)
        stamp = _STAMP_ALONE.match(line)
        clock = _CLOCK_ALONE.match(to_simplified(removed.get(i + 1, "")))
        if stamp and stamp["H"] is None and clock:
            # a release's date, its time alone on the line under it (2026年11月24日（星期一）
            # / 香港时间17时30分)
            line = f"{line} {clock['H']}:{clock['M']}"
            stamp = _STAMP_ALONE.match(line)
        date = parse_date(line) if stamp and stamp["H"] is not None else _labelled_date(line)
        if not date and verb and (lead := _LEAD_FULL_DATE.match(line)):
            # the verb names the date it opens, whatever the row's counts after it (更新于
            # 2025-07-22 · 已更新 36/36 节 · 1.8万人学过)
            date = parse_date(lead.group())
        if date:
            best = (distance, date)
    return best[1] if best else None


# A full date opening a line (2025-07-22 · …, 2025年7月22日 …).
_LEAD_FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)"
                             r"|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


# A time alone on its line, maybe after the zone it is told in (香港时间17时30分, 北京时间 09:30).
_CLOCK_ALONE = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}时间\s*)?(?P<H>[0-2]?\d)\s*[:：时]\s*"
                          r"(?P<M>[0-5]\d)\s*分?$")


_EDITION_PAGE = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版")


# The page label a newspaper's PDF prints in its header, its number before its section's name
# (A03 要闻, A3版 要闻, 第2版 综合新闻): the page of the edition, as an e-paper's 第A03版.
_PRINTED_PAGE_LABEL = re.compile(
    r"^(?:第\s*)?[A-Z]?\d{1,2}\s*版?\s*[：:|·]?\s*[\u4e00-\u9fff]{2,6}$")


# A newspaper's masthead: its name (清 江 日 报, spaced as printed large) or the name romanised
# (QINGJIANG DAILY).
_MASTHEAD = re.compile(with_traditional(
    r"^(?:[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|周报|商报|都市报|报)|[A-Z][A-Z .'&-]{3,40})$"))


def _under_paper_header(lines: Sequence[str], candidates: Sequence[int], row: int) -> int | None:
    """The headline under a newspaper page's header, scanned or printed to PDF (masthead /
    2025年3月6日 星期四 第2版 综合新闻 / headline): the row names the page of the edition and
    only the masthead stands over it, so the headline is the first heading-like line under
    it. An e-paper's article page prints its headline over such a row, and no masthead."""
    if not _EDITION_PAGE.search(lines[row]):
        return None
    over = [i for i in candidates if i < row]
    if not over or not all(_MASTHEAD.match(_SPACES.sub("", lines[i].strip()))
                           or _MASTHEAD.match(lines[i].strip()) for i in over):
        return None
    return next((i for i in candidates if i > row), None)


_HEADER_LINES = 8
# The lists an e-paper's web page prints of its pages and of the page's headlines.
_EPAPER_LISTS = frozenset({"epaper_nav", "headline_list", "headline_index"})


def _edition_date(removals: Sequence[Removal], lines: Sequence[str] = ()) -> str | None:
    """An e-paper's issue date: the date (with its weekday) chrome.lines took out as a widget
    when the edition's page label (第A03版：要闻) stands within two lines of it. A portal's
    today's-date widget stands by no page label, and dates nothing."""
    pages = {int(at[1]) for r in removals if (
                 (r.rule == "epaper_nav" and _EDITION_PAGE.search(r.text))
                 or _PRINTED_PAGE_LABEL.match(r.text.strip()))
             and (at := _LINE_AT.match(r.where))}
    # (or still printed among the page's first lines: a PDF's header keeps its label)
    pages |= {n for n, line in enumerate(lines[:_HEADER_LINES], 1)
              if _PRINTED_PAGE_LABEL.match(line.strip())}
    for r in removals:
        if r.rule != "date_widget" or not (at := _LINE_AT.match(r.where)):
            continue
        if any(0 < abs(int(at[1]) - n) <= 2 for n in pages) and (date := parse_date(r.text)):
            return date
    return None


def _issue_date_over_headline(removals: Sequence[Removal], lines: Sequence[str],
                              headline: int) -> str | None:
    """A paper's issue date: the date with its weekday (2025年11月29日 星期六) chrome.lines
    took out as a widget, standing under the page's breadcrumb (某某日報 > 港聞 > 正文) and
    right over the headline, no kept line between. A header's today's-date widget stands
    above the menu and the breadcrumb, away from the headline. ``headline``: its line index."""
    crumbs = [int(at[1]) - 1 for r in removals
              if r.rule == "breadcrumb" and (at := _LINE_AT.match(r.where))]
    for r in removals:
        if (r.rule == "date_widget" and (at := _LINE_AT.match(r.where))
                and any(c < (day := int(at[1]) - 1) for c in crumbs) and day < headline
                and not any(line.strip() for line in lines[day + 1:headline])
                and (date := parse_date(r.text))):
            return date
    return None


def _flash_date(removals: Sequence[Removal], time_at: int, kept: Sequence[int] = ()
                ) -> str | None:
    """A flash item's date: the date (with its weekday) chrome.lines took out as a widget
    above the item's time (2025年12月03日 星期三 / 14:32 / 【……】……), with no line of the
    page's kept between (the feed's newer items over the item go with its header): the day
    the feed's items are listed under. ``time_at``: the time's line index; ``kept``: the
    indices of the lines over it that stay."""
    for r in removals:
        if (r.rule == "date_widget" and (at := _LINE_AT.match(r.where))
                and int(at[1]) - 1 < time_at
                and not any(int(at[1]) - 1 < i < time_at for i in kept)
                and (date := parse_date(r.text))):
            return date
    return None


# The markers chrome.blocks removed that head a list of other articles or of comments.
_LIST_MARKERS = frozenset({"related_marker", "comment_thread"})
# A reply floor's row (2楼 2024-05-21 08:12): floors from the second on are replies.
_REPLY_FLOOR = re.compile(r"^(?:[2-9]|\d{2,})\s*[楼樓]\s")


# A source credit chrome.lines took out whole: "（来源：某某日报）", "本文来源：某某晚报", or
# the row of 来源, 作者, 编辑, 审核 a county media centre closes with (credit_fields).
_SOURCE_CREDIT_RULES = frozenset({"source_credit", "reprint_notice", "credit_fields"})
# The same credit glued after the last sentence, which chrome.inline cut from the line.
_INLINE_SOURCE_RULES = frozenset({"trailing_source_credit", "trailing_credit", "trailing_notice"})
# A notice cut with the source credit it closes (来源：某某日报，转载请注明出处): the notice.
_NOTICE_AFTER_CREDIT = re.compile(r"\s*[，,].*$")
_GLUED_AT = re.compile(r"^line (\d+) chars ")
# A repost names its source account: "本文经授权转载自微信公众号：某某（ID：…）".
_SOURCE_CREDIT = re.compile(with_traditional(
    r"^[（(【\[]?\s*(?:本文|文章|稿件)?(?:经[^，。,]{0,8}?授权)?(?:来源|转载自|转自|来自)"
    r"\s*(?:微信)?(?:公众号)?\s*[:：]?\s*[「『“]?"
    r"[^\s，。、,;；:：（()）【】\[\]「」『』“”]{2,20}[」』”]?\s*[)）】\]]?$"))
_SOURCE_CREDIT_KEY = re.compile(with_traditional(
    r"^[（(【\[]?\s*(?:本文|文章|稿件)?(?:经[^，。,]{0,8}?授权)?(?:来源|转载自|转自|来自)"
    r"\s*(?:微信)?(?:公众号)?\s*[:：]?\s*[「『“]?"))


# The gap between a credit row's fields: a space, or between two bracketed fields (】【).
_CREDIT_FIELD_GAP = re.compile(r"\s+|(?<=[】\]])(?=[【\[])")
# (a bar may part them: 来源：某某中心 | 编辑：某某 | 审核：某某)
_CREDIT_FIELDS_AFTER = re.compile(r"(?:\s*[，,|｜丨]\s*|\s+)[\u4e00-\u9fff]{1,6}[:：].*$")


# The print edition a reprint names (《 某某日报 》（ 2024年05月06日 第 04 版）, 原载《某某日报》
# 2024年3月1日第4版), which chrome.lines took out.
_EDITION_PAPER = re.compile(r"《\s*([^》]{2,20}?)\s*》")


def _print_edition(removals: Sequence[Removal]) -> tuple[str | None, str | None]:
    """The paper and the date of the print edition line chrome.lines took out, if any."""
    for r in removals:
        if r.cleaner == "chrome.lines" and r.rule == "print_edition":
            paper = _EDITION_PAPER.search(r.text)
            return (clean_source(paper[1]) if paper else None), parse_date(r.text)
    return None, None


# The field of a credit row naming the unit that sent the article in (供稿单位：某某公司, 供稿：
# 某某学院): a school's or a firm's site prints it where a paper prints 来源. Its value a unit,
# not a person (供稿：王某某 credits a writer).
_SENT_IN_KEY = rf"(?:{with_traditional('供稿单位|供稿部门|来稿单位|供稿')})\s*[:：]\s*"
_SENT_IN_FIELD = re.compile(
    rf"(?:^|(?<=[\s【\[（(]))(?:{_SENT_IN_KEY})"
    rf"[{HAN}]{{2,20}}?(?:{with_traditional('学院|学校|大学|中学|小学|公司|集团|局|委|办|中心|部|处|科|室|院|所|站|队|街道|镇|乡|社区|馆|厂|系|会|组')})"
    r"(?=$|[\s】\]）)])")


def sent_in_unit(row: str) -> str | None:
    """The unit a credit row's 供稿 field names (审核：某某 编辑：某某 供稿：某某学院), if any."""
    found = _SENT_IN_FIELD.search(row)
    return clean_source(re.sub(_SENT_IN_KEY, "", found.group(), count=1)) if found else None


# A copyright box's label opening a row of the post's fields (• 版权声明 来源：…).
_COPYRIGHT_BOX_ROW = re.compile(with_traditional(
    r"^[•·▪◦]?\s*(?:版权声明|版权说明)\s*[:：]?\s*(?=(?:来源|稿源|出处)\s*[:：])"))


def _removed_source(removals: Sequence[Removal], first_prose: int,
                    last_prose: int) -> str | None:
    """The publisher a source credit names that chrome.lines removed before or after the
    article (a credit in brackets, 本文来源：…), or that chrome.inline cut off the end of the
    last paragraph (……。来源：某某日报, ……。（来源：某某日报）); of several, the last the page
    prints."""
    best: str | None = None
    for r in removals:
        if r.cleaner == "chrome.lines" and r.rule == "photo_credit":
            # a gallery's dated row naming its source, its photographer last (2025-03-21 10:05
            # 来源：某某日报 摄影：某某), which photo_credit took whole for the credit
            at = _LINE_AT.match(r.where)
            row = parse_meta_line(r.text.strip()) if at and int(at[1]) - 1 < first_prose else None
            if row is not None and row.date and row.source_name:
                best = clean_source(row.source_name) or best
            continue
        if r.cleaner == "chrome.lines" and r.rule == "editor_credit":
            # the editor's credit under the text with the source's field after it (【编辑：某某】
            # 【来源：某某局】, （编辑：某某　来源：某某日报）): editor_credit took the row whole
            at = _LINE_AT.match(r.where)
            if at and not first_prose <= int(at[1]) - 1 <= last_prose:
                field = next((f for f in _CREDIT_FIELD_GAP.split(r.text.strip())
                              if _SOURCE_CREDIT.match(f)), None)
                if field is not None:
                    best = clean_source(
                        _SOURCE_CREDIT_KEY.sub("", field).rstrip(")）】]」』” ")) or best
                elif unit := sent_in_unit(r.text.strip()):
                    best = unit
            continue
        if r.cleaner == "chrome.lines" and r.rule == "disclaimer":
            # a copyright box's row under the text printing the post's fields after its label
            # (• 版权声明 来源：某某报 时间：2025-… 作者：): the labelled source, with its date
            at = _LINE_AT.match(r.where)
            boxed = _COPYRIGHT_BOX_ROW.match(r.text.strip())
            if at and int(at[1]) - 1 > last_prose and boxed:
                row = parse_meta_line(r.text.strip()[boxed.end():])
                if row is not None and row.date and row.source_name:
                    best = clean_source(row.source_name) or best
            continue
        if r.cleaner == "chrome.inline" and r.rule in _INLINE_SOURCE_RULES:
            glued = _GLUED_AT.match(r.where)
            if not glued or first_prose <= int(glued[1]) - 1 < last_prose:
                # a credit closing an earlier paragraph is that item's, not the page's; one
                # glued to the headline (标题（来源：某某日报 作者：某某）) is the page's
                continue
        elif r.cleaner != "chrome.lines" or r.rule not in _SOURCE_CREDIT_RULES:
            continue
        else:
            at = _LINE_AT.match(r.where)
            if not at or first_prose <= int(at[1]) - 1 <= last_prose:
                continue
        # 本文来源：某某（ID：abc）; the credit's other fields after a comma (，作者：…)
        text = r.text.strip()
        if r.rule == "trailing_notice":
            text = _NOTICE_AFTER_CREDIT.sub("", text)
        line = ACCOUNT_ID.sub("", _CREDIT_FIELDS_AFTER.sub("", text))
        if _SOURCE_CREDIT.match(line):
            name = clean_source(_SOURCE_CREDIT_KEY.sub("", line).rstrip(")）】]」』” "))
            best = name or best
    return best


# The writer's field of a row of production credits chrome.lines took out (供稿单位：某科
# 撰稿：吴某某 审核：郑某某): the writer is the author; an editor, a reviewer or a photographer
# is none. A media centre's row names its writer 文字：/文/ (文字：某某 摄影：某某 编辑：某某).
_WRITER_FIELD = _compile_all(
    r"(?:^|[\s，,（(【\[])(?:撰稿|撰文|作者|采写|执笔|记者|文字|文)\s*[:：/]\s*"
    rf"(?P<names>[{HAN}]{{2,4}}(?:[、，,][{HAN}]{{2,4}}){{0,3}})(?=$|[\s，,)）】\]])")
# A WeChat repost's card of the account it comes from, above the text: "以下文章来源于某某健康
# ，作者某某医生", then the account's name and its one-line description.
SOURCE_CARD = re.compile(
    r"^以下文章(?:来源于|來源於)\s*(?P<account>[^\s，,]{2,20})\s*[，,]\s*作者\s*"
    r"(?P<writer>[^\s，,。]{1,16})$")


# What the credited reporters made, closing their bracketed credit (（记者 某某 通讯员 某某
# 文/图）, （通讯员 某某 某某 供稿）): their text and pictures, or the text they sent in, no name.
_CREDIT_WORK_TAIL = re.compile(
    r"\s+(?:文/图|图/文|文／图|图／文|文图|图文|摄影|摄|供图|供稿)\s*(?=[)）】\]]$)")


# A credit's label for the text and the pictures both (图/文：某某, 文/图 某某; 圖/文 in
# traditional script).
_TEXT_AND_PICTURES = re.compile(
    r"^[（(【\[]?\s*(?:[图圖]\s*[/／]\s*文|文\s*[/／]\s*[图圖])\s*[:：\s]")


# A government page's closing credit: the office that sent the article in and its writers,
# in brackets on a line of their own (（县市场监管局 王某某）, （某某镇 张某 李某 供稿）).
UNIT_CREDIT = re.compile(
    rf"^[（(]\s*(?P<unit>[{HAN}]{{1,16}}(?:局|委|办|部|中心|镇|乡|街道|社区|所|站|院|队|科|处|厅|室|公司|集团))"
    rf"\s+(?P<names>(?!供稿|报道|撰稿)[{HAN}]{{2,4}}(?:[\s、，,]+(?!供稿|报道|撰稿)[{HAN}]{{2,4}}){{0,3}})"
    r"\s*(?:供稿|报道|撰稿)?\s*[)）]$")


# The label a closing credit may give the office that sent the article in (（供稿：县民政局
# 张某）, which editor_credit takes): the credit is UNIT_CREDIT's once it goes.
_SENT_IN_LABEL = re.compile(r"^([（(])\s*(?:供稿|来稿|來稿)\s*[:：]\s*")


def _credited_authors(removals: Sequence[Removal], inner: range = range(0)) -> tuple[str, ...]:
    """Authors named in credit removals (the last one wins: it closes the article), or the
    writer a repost's card of its source account names. ``inner``: the lines of the article
    before its last paragraph, where a credit chrome.inline cut is an item's, not the page's."""
    for r in removals:
        card = SOURCE_CARD.match(r.text.strip()) if r.rule == "source_card" else None
        if card and plausible_author(card["writer"]):
            return (card["writer"],)
    for r in reversed(removals):
        # a credit for the text and the pictures both (图/文：某某 某某), which photo_credit took
        # whole, names the writers: a photographer credited on a caption (（通讯员 某某 摄）)
        # took the pictures only
        if r.rule == "photo_credit" and _TEXT_AND_PICTURES.match(r.text.strip()):
            found = parse_byline(r.text.strip(), tail=True)
            if found is not None and found.authors:
                return found.authors
    for r in reversed(removals):
        # a unit's credit glued after the article's last sentence (……。（某某公司 某某 某某）)
        # names its writers as on a line of its own; after an inner paragraph it is an item's
        glued = _GLUED_AT.match(r.where) if r.rule == "trailing_unit_names_credit" else None
        if glued and int(glued[1]) - 1 in inner:
            continue
        if r.rule in ("unit_credit", "editor_credit", "trailing_unit_names_credit") and (
                unit := UNIT_CREDIT.match(_SENT_IN_LABEL.sub(r"\1", r.text.strip()))):
            names = clean_authors(unit["names"])
            if names and all(map(plausible_author, names)):
                return names
        if r.rule in _CREDIT_RULES:
            found = parse_byline(_CREDIT_WORK_TAIL.sub("", r.text.strip()), tail=True)
            if found is not None and found.authors:
                return found.authors
        if r.rule in ("credit_fields", "editor_credit", "reprint_notice", "photo_credit",
                      "source_credit", "trailing_source_credit", "trailing_credit"):
            glued = _GLUED_AT.match(r.where) if r.rule == "trailing_credit" else None
            if glued and int(glued[1]) - 1 in inner:
                continue
            # a credit's writer field (【来源：某某日报 作者：某某】, 撰稿：某某 审核：某某), cut
            # from the line it closed (标题（来源：某某日报 作者：某某）); a picture's or a
            # video's credit row may name the text's writer too (文字：某某)
            writer = next((m for rx in _WRITER_FIELD if (m := rx.search(r.text.strip()))), None)
            names = clean_authors(writer["names"]) if writer else ()
            if not names and r.rule in ("credit_fields", "editor_credit", "reprint_notice"):
                # a unit's credit row naming its correspondents, their names set apart by a
                # space (供稿单位：某某公司 通讯员：某某 某某), or a platform's source row whose
                # writer field names them by their roles (本文来源：某某日报 作者：记者 某某
                # 通讯员 某某): its author fields, read as a metadata row's are
                row = parse_meta_line(r.text.strip())
                names = row.authors if row is not None else ()
            if not names and r.rule == "credit_fields":
                # its roles before their names with no colon (通讯员 某某 摄影 某某 审核 某某),
                # or the unit that sent it in (（体育组 某某某 供稿）)
                names = _role_byline(r.text.strip()) or _contributed_by(r.text) or ()
            if names:
                return names
    return ()


# A reporters' credit in brackets: "（职工通讯员 张三 李四）", "(记者 张三 实习生 李四)".
_CREDIT_ROLE = (r"(?:职工|本报|本刊|本站|本网|本台|特约|首席|见习|实习)?"
                r"(?:通讯员|摄影记者|记者|实习生)")
_CREDIT_BODY = (rf"{_CREDIT_ROLE}\s*[{HAN}]{{2,4}}"
                rf"(?:[\s、，,]+(?:{_CREDIT_ROLE}\s*)?[{HAN}]{{2,4}}){{0,7}}")
# At a paragraph's start, maybe after a dateline ("本站讯", "某地10月30日电", a radio site's
# "某某网北京11月24日消息"); or at its end.
_LEAD_CREDIT = (
    *_compile_all(
        rf"^(?P<lead>[^，。,（()）]{{0,16}}?(?:[讯电]|\d{{1,2}}日消息)\s*)?[（(]\s*"
        rf"(?P<body>{_CREDIT_BODY})\s*[)）]"),
    # a county media centre's lead opening on its reporters unbracketed, closed by 报道 and a
    # colon (记者 某某 通讯员 某某 报道：……)
    *_compile_all(rf"^(?P<lead>[^，。,（()）]{{0,16}}?[讯电]\s*)?(?P<body>{_CREDIT_BODY})\s*报道\s*[:：]"),
    # a site's own lead in square brackets, its reporters inside after the site's 报道 or 讯
    # (【某某网报道 记者 某某】……), as a reprint on a portal keeps it
    *_compile_all(rf"^[【\[]\s*(?P<lead>[^【】\[\]\s，。,]{{2,16}}?(?:报道|讯)\s*)"
                  rf"(?P<body>{_CREDIT_BODY})\s*[】\]]"),
    # after a wire story's dated dateline the reporters go unlabelled (某地4月12日电 (某某 某某))
    *_compile_all(rf"^(?P<lead>[^，。,（()）]{{0,16}}?\d{{1,2}}月\d{{1,2}}日电\s*)[（(]\s*"
                  rf"(?P<body>[{HAN}]{{2,4}}(?:[\s、，,]+[{HAN}]{{2,4}}){{0,3}})\s*[)）]"),
)
_END_CREDIT = _compile_all(rf"[（(]\s*(?P<body>{_CREDIT_BODY})\s*[)）]\s*$")
# A wire agency's dateline in brackets opening its lead, the reporters inside it and the last
# one's name glued to the place (（某某社记者某某某台北3日电）,
# （某某社记者某某、某某某东京3日专电）).
_AGENCY_DATELINE = _compile_all(
    rf"^[（(]\s*[{HAN}]{{1,8}}社\s*(?:特派|特约)?记者\s*(?P<body>[{HAN}、\s]{{4,40}}?)\s*"
    rf"\d{{1,2}}日专?电\s*[)）]")
_ROLE_PREFIX = re.compile(with_traditional(rf"^{_CREDIT_ROLE}"))


# What a credit's reporters did to the piece, closing its names (（记者 某某 整合）, （记者 某某
# 编译）): no name.
_CREDIT_WORK_WORDS = frozenset({"整合", "综合", "编译", "整理", "报道", "采写", "摄影", "供稿",
                                "供图", "文/图", "图/文", "文图", "图文", "摄"})


def credited_fields(text: str, removals: Sequence[Removal]) -> tuple[str | None, tuple[str, ...]]:
    """The publisher and the authors of a source credit the chrome took out before or after
    the article (本文来源：某某晚报　记者：某某 under the text), ``text`` being the page with its
    removed lines left empty: what meta.lines reads when no row of the page names them, for
    a cleaner that finds the row's own fields false (a mirror's brand set as its 来源)."""
    filled = [i for i, line in enumerate(text.split("\n")) if line.strip()]
    if not filled:
        return None, ()
    first, last = filled[0], filled[-1]
    return (_removed_source(removals, first, last),
            _credited_authors(removals, range(first, last)))


def credit_names(body: str) -> tuple[str, ...]:
    """The names of a bracketed credit's inside, or () unless every token is a role or a name."""
    names: list[str] = []
    tokens = split_names(body)
    if len(tokens) > 1 and to_simplified(tokens[-1]) in _CREDIT_WORK_WORDS:
        tokens = tokens[:-1]  # what the reporters did, closing the credit (记者某某 整合)
    for token in tokens:
        name = _ROLE_PREFIX.sub("", token)
        if not name:
            continue
        if not looks_like_name(name):
            return ()
        if name not in names:
            names.append(name)
    return tuple(names)


def _name_before_place(token: str) -> str | None:
    """The reporter's name a dateline glues to its place (某某某台北 -> 某某某): the longest
    name that leaves a place of two characters or more, unless only a shorter one leaves a
    word jieba knows (某某华盛顿: 某某, not 某某华 before 盛顿)."""
    splits = [token[:n] for n in (4, 3, 2)
              if len(token) - n >= 2 and looks_like_name(token[:n])]
    if not splits:
        return None
    words = jieba_words()
    return next((name for name in splits if to_simplified(token[len(name):]) in words),
                splits[0])


def _agency_dateline_names(body: str) -> tuple[str, ...]:
    """The reporters of an agency's bracketed dateline (see _AGENCY_DATELINE), or ()."""
    tokens = [t for t in re.split(r"[、\s]+", body) if t]
    if not tokens:
        return ()
    last = _name_before_place(tokens[-1])
    names = [*tokens[:-1], last] if last else []
    return tuple(names) if names and all(looks_like_name(n) for n in names) else ()


# How far into a paragraph a credit opening it may start (本报讯（通讯员 某某）…, 【某某网讯 记者
# 某某】…): a bracket further on is the sentence's.
_LEAD_BRACKET_AT = 12


def _items_credited(lines: Sequence[str], below: Sequence[int], names: tuple[str, ...]) -> bool:
    """Whether a paragraph of ``below`` opens on a credit of its own naming none of ``names``:
    a page of several short items (a paper's 简讯 column), each credited to its own
    reporters, whose first credit is its first item's, not the page's authors."""
    for j in below:
        line = lines[j].strip()
        if not any(ch in line[:_LEAD_BRACKET_AT] for ch in "（(【["):
            continue
        hit = _bracket_credit(line, lead=True)
        if hit is not None and not set(hit[1]) & set(names):
            return True
    return False


def _bracket_credit(line: str, *, lead: bool) -> tuple[re.Match[str], tuple[str, ...]] | None:
    """A credit at the start (``lead``) or end of a paragraph, and its names."""
    if not lead and line[-1:] not in ")）":
        return None
    for rx in _LEAD_CREDIT if lead else _END_CREDIT:
        m = rx.search(line)
        if m:
            names = credit_names(m["body"])
            return (m, names) if names else None
    for rx in _AGENCY_DATELINE if lead else ():
        m = rx.search(line)
        if m:
            names = _agency_dateline_names(m["body"])
            return (m, names) if names else None
    return None


# A follow/subscribe control an earlier cleaner blanked; the account it follows sits beside it.
_FOLLOW = re.compile(with_traditional(
    r"^[+＋]?\s*(?:加关注|关注|订阅|已关注|已订阅)\s*$"
    # a post's prompt to follow the account it sits under (微信扫一扫关注该公众号)
    r"|^(?:微信)?(?:扫一扫|扫码|长按识别二维码)关注(?:该|本|此)?公众号\s*$"))
_ACCOUNT = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9_·\-]{2,16}$")
_FOLLOW_GATE = gate([_FOLLOW])
# A WeChat post's account printed twice under its headline, its name and its profile's label
# copied together (某某街道发布 某某街道发布).
# (its 原创 mark before them: 原创 某某街道发布 某某街道发布; and the writer's name after the
# mark: 原创 某某 某某文旅 某某文旅)
_NAME_TWICE = re.compile(
    rf"^(?:(?:原创|原創)\s+(?:(?P<writer>[{HAN}·]{{2,8}})\s+)?)?(?P<name>\S{{2,16}})\s+(?P=name)$")


# The 原创 row with its writer and the account once, its date on a row of its own (原创 某某
# 某某文旅): the writer's slot holds a person's name.
_WRITER_ACCOUNT = re.compile(
    rf"^(?:原创|原創)\s+(?P<writer>[{HAN}·]{{2,8}})\s+(?P<name>[^\s，。,：:]{{2,16}})$")


# The 原创 mark and the account alone (原创 某某研究所), as a news platform's author box prints
# them over the post's date: a person's name there is the writer's, no account's, and a clause
# (原创 本文来源于某某街道发布的消息: a function character 的, 于, 了, 是, 在) is no name. (Its
# writer group never takes part: the row names none.)
_MARKED_ACCOUNT = re.compile(
    r"^(?:原创|原創)\s+(?P<writer>(?!))?(?P<name>[^\s，。,：:的于於了是在]{2,16})$")


# Everything up to a row's clock time (2026-11-28 14:06辽宁 -> 辽宁): what follows the time.
_AFTER_CLOCK = re.compile(r"^.*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*")


def _posting_row(line: str) -> re.Match[str] | None:
    line = line.strip()
    if twice := _NAME_TWICE.match(line):
        return twice
    row = _WRITER_ACCOUNT.match(line)
    if row is None and (marked := _MARKED_ACCOUNT.match(line)) is not None:
        return None if looks_like_name(marked["name"]) else marked
    return row if row and plausible_author(row["writer"]) else None


def posting_name(line: str) -> str:
    """The account's name on the line under a post's headline, once where the copy printed
    it twice (某某发布 某某发布 -> 某某发布, 原创 某某发布 某某发布 -> 某某发布, 原创 某某
    某某文旅 某某文旅 -> 某某文旅) or after its 原创 mark and writer (原创 某某 某某文旅 ->
    某某文旅)."""
    row = _posting_row(line)
    return row["name"] if row else line.strip()


def posting_writer(line: str) -> str | None:
    """The writer a 原创 row names before the account (原创 某某 某某文旅 某某文旅 -> 某某), when
    the slot holds a person's name."""
    row = _posting_row(line)
    writer = row["writer"] if row else None
    return writer if writer and plausible_author(writer) else None
# A thread's badge under its poster's name (某某 / 楼主): the name above it posted the thread.
_POSTER_BADGE = frozenset({"楼主", "樓主", "星主"})
_LINE_AT = re.compile(r"^line (\d+)$")


def _account_line(lines: Sequence[str], removals: Sequence[Removal],
                  head: Sequence[int], first_prose: int) -> tuple[int, str] | None:
    """The head line that names the account a removed follow button belongs to, and the name.

    Account pages print "某某号 [关注]" under the headline: the short name right before the
    button (else right after it) is the account, not article text; a thread prints its
    poster's name over the 楼主 badge. Above the first paragraph, the name may have gone with
    the menu over it (see _menu_taken_account).
    """
    heads = set(head)
    taken: dict[int, Removal] = {}
    for r in removals:
        if (at_line := _LINE_AT.match(r.where)) and r.cleaner.startswith("chrome."):
            taken.setdefault(int(at_line.group(1)) - 1, r)
    for r in removals:
        badge = r.text.strip() in _POSTER_BADGE
        if not badge and (not _FOLLOW_GATE.open(r.text) or not _FOLLOW.match(r.text)):
            continue
        n = _removed_line(lines, r)
        if n is None:
            continue
        before = next((i for i in range(n - 1, -1, -1) if lines[i].strip()), None)
        after = next((i for i in range(n + 1, len(lines)) if lines[i].strip()), None)
        for i in (before,) if badge else (before, after):
            if i is not None and i in heads and _reads_as_account(lines[i].strip()):
                return i, lines[i].strip()
        if n < first_prose and (menu_taken := _menu_taken_account(n, taken, badge)):
            return menu_taken
    return (_glued_follow(lines, head, first_prose) or _card_account(taken, first_prose)
            or _answerer(lines, taken, first_prose))


# An account's name with its follow button glued on, saved as text from a post's head (某某某关注,
# 某某某 + 关注), right over the post's date or stats row; three characters at least, as a
# column's label of two and 关注 (热点关注, 持续关注) is none.
_GLUED_FOLLOW = re.compile(r"^(?P<name>\S{3,16}?)\s*[+＋]?\s*(?:加关注|关注)$")


def _glued_follow(lines: Sequence[str], head: Sequence[int], first_prose: int
                  ) -> tuple[int, str] | None:
    """The head line that is an account's name with its follow button glued on (晚风里的鱼关注),
    standing right over a line with the post's date (its stats row): the line goes, the name is
    the account. A headline ending on 关注 (多地高温引发关注) has no date row glued under it."""
    for i in head:
        if i >= first_prose or i + 1 >= len(lines):
            continue
        m = _GLUED_FOLLOW.match(lines[i].strip())
        if m and _reads_as_account(m["name"]) and DATE.search(lines[i + 1]):
            return i, m["name"]
    return None


# The vote count an answer page prints over the answer (1.2 万 人赞同了该回答): the answerer's
# name, and maybe a one-line bio under it, stand right above it (1.2 萬 人贊同了該回答 in
# traditional script).
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # a button label's invisible padding
_VOTE_ROW = re.compile(with_traditional(r"^[\d,.]+\s*[万千kK]?\s*人赞同了该(?:回答|文章)$"))
_ANSWERER_LINES = 2  # the name, and the bio under it


def _answerer(lines: Sequence[str], taken: dict[int, Removal], first_prose: int
              ) -> tuple[int, str] | None:
    """The answerer's name right over the first answer's vote count (or over the one-line bio
    above it), whether still on its line or taken out by a chrome pass."""
    for n in sorted(taken):
        if n >= first_prose:
            break
        if not _VOTE_ROW.match(taken[n].text.strip()):
            continue
        i, lower = n - 1, n - 1 - _ANSWERER_LINES
        while i > max(lower, -1):
            text = lines[i].strip() or (taken[i].text.strip() if i in taken else "")
            if not text:
                break  # a blank line: the card ended above
            if _FOLLOW.match(text.strip(_ZERO_WIDTH)):
                # the answerer's follow button between the card and the count: no name
                i, lower = i - 1, lower - 1
                continue
            if _reads_as_account(text):
                return i, text
            i -= 1
        return None
    return None


# An account card's counters under its name (文章 128 / 总阅读 96万 / 粉丝 3.2万), a label and
# its number on one line or each alone, and its link to the account's list (查看TA的文章>).
_CARD_COUNT = re.compile(
    r"^(?:(?:文章|总阅读|阅读量?|粉丝|获赞|作品|被关注|关注者|总访问量?|原创|篇文章|获赞与收藏)"
    r"\s*(?:[\d.,]+\s*[万千wWkK]?)?|[\d.,]+\s*[万千wWkK]?\s*(?:篇文章|粉丝|获赞|阅读)?"
    r"|查看(?:TA|他|她|它)的(?:文章|作品|主页)\s*[>》]*)$")
_CARD_COUNTS_MIN = 2  # lines: one counter's label and its number, at least


def _card_account(taken: dict[int, Removal], first_prose: int) -> tuple[int, str] | None:
    """The account's name a menu pass took out over its card's counters (a self-media page's
    profile card above the headline, no follow button printed): the taken line right over a
    run of counter lines that holds a label and a number."""
    for i in sorted(n for n in taken if n < first_prose):
        r = taken[i]
        if (r.cleaner, r.rule) != _MENU_BLOCK:
            continue
        name = r.text.strip()
        if _CARD_COUNT.match(name) or not _reads_as_account(name):
            continue
        run = []
        j = i + 1
        while (below := taken.get(j)) is not None and _CARD_COUNT.match(below.text.strip()):
            run.append(below.text.strip())
            j += 1
        # a counter has its number (a menu's 原创 / 文章 items have none) and its label
        if (len(run) >= _CARD_COUNTS_MIN and any(not c[0].isdigit() for c in run)
                and any(ch.isdigit() for c in run for ch in c)):
            return i, name
    return None


# An encyclopedia entry's lead opens on its headword and says what it is (梯田是…, 某某（…）,
# 某某，又称…): the headword alone on the line over it is the entry's title.
_HEADWORD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]{2,20}$")
_HEADWORD_NEXT = ("是", "（", "(", "，", ",", "又称", "也称", "简称", "亦称", "俗称")


def _headword(lines: Sequence[str], removals: Sequence[Removal], first_prose: int
              ) -> tuple[int, str] | None:
    """The headword on the line right over the first paragraph (still there or taken out by
    a chrome pass), when that paragraph opens on it and says what it is."""
    if not (0 < first_prose < len(lines)):
        return None
    lead = lines[first_prose].strip()
    i = first_prose - 1
    word = lines[i].strip()
    if not word:
        word = next((r.text.strip() for r in removals if r.cleaner.startswith("chrome.")
                     and r.where == f"line {i + 1}"), "")
    if (_HEADWORD.match(word) and lead.startswith(word)
            and lead[len(word):].startswith(_HEADWORD_NEXT)):
        return i, word
    return None


_VERIFIED_BADGE = "verified_badge"  # chrome.lines' rule for 微博认证：… under an account
_CLIENT_LINE = "post_client_line"  # chrome.lines' rule for 来自 某某客户端 under a post's time
_ACCOUNT_MARKS = frozenset({_VERIFIED_BADGE, _CLIENT_LINE})
# a post's time as a feed prints it, its year left out (11-28 16:42, 昨天 08:15)
_POST_TIME = re.compile(r"^(?:(?:(?:19|20)\d{2}[-/年])?\d{1,2}[-/月]\d{1,2}日?|今天|昨天)?\s*"
                        r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?$")
_WIKI_CHROME = "wiki_chrome"  # chrome.lines' rule for a wiki's tagline and jump links
_WIKI_TAGLINE = re.compile(r"^(?:出自|维基百科，)")  # the tagline of those (出自某某百科)
_READER_VIEW = "reader_view"  # chrome.lines' rule for a reader view's own notes and links


def _removed_line(lines: Sequence[str], removal: Removal) -> int | None:
    """The line (0-based) a chrome removal took out, left blank in ``lines``; None when the
    removal names no line or one that is not blank (numbered against another text)."""
    at = _LINE_AT.match(removal.where)
    if not at:
        return None
    n = int(at.group(1)) - 1
    return n if 0 <= n < len(lines) and not lines[n].strip() else None


def _badged_account(lines: Sequence[str], removals: Sequence[Removal],
                    head: Sequence[int]) -> int | None:
    """The head line right over a verified-account badge the chrome took out, or over the date
    row a microblog post's client line (来自 某某客户端) is under, when it reads as an
    account's name (a short token: no date, count or phrase)."""
    heads = set(head)
    for r in removals:
        if r.rule not in _ACCOUNT_MARKS or (n := _removed_line(lines, r)) is None:
            continue
        before = next((i for i in range(n - 1, -1, -1) if lines[i].strip()), None)
        if r.rule == _CLIENT_LINE and before is not None:
            # the post's time over its client line, the account's name over the time
            stamp = lines[before].strip()
            if not _POST_TIME.match(stamp) and parse_date_row(stamp) is None:
                continue
            before = next((i for i in range(before - 1, -1, -1) if lines[i].strip()), None)
        if before is not None and before in heads and _reads_as_account(lines[before].strip()):
            return before
    return None


# The removals that take a page's menu out as a block: an account's line over its follow
# button or badge can go with them when the menu runs down to it.
_MENU_BLOCK = ("chrome.blocks", "nav_block")
_BREADCRUMB = "breadcrumb"  # chrome.lines' rule for the site's trail (首页 > 某栏目)
_COUNT_GAP = 2  # lines: an account's counts (粉丝 28.6万 获赞 312.4万) between it and its button


def _menu_taken_account(n: int, taken: dict[int, Removal], badge: bool
                        ) -> tuple[int, str] | None:
    """The account's name the menu pass took out right over the follow button or badge at
    line n (0-based): the menu's last line, with at most the account's count rows (taken as
    single lines) between it and the button; an @ before the handle is no part of the name.

    A follow button with the menu going on under it is a menu's item (首页 推荐 关注 热点),
    not an account's, and so is one with the site's breadcrumb right under it (… 问答 订阅 /
    首页 > 某栏目): the header's subscribe link; a thread's 楼主 badge is never one.
    """
    if not badge and (below := taken.get(n + 1)) is not None and (
            (below.cleaner, below.rule) == _MENU_BLOCK or below.rule == _BREADCRUMB):
        return None
    for i in range(n - 1, max(n - 2 - _COUNT_GAP, -1), -1):
        r = taken.get(i)
        if r is None:
            return None
        if (r.cleaner, r.rule) == _MENU_BLOCK:
            name = r.text.strip().removeprefix("@").removeprefix("＠")
            return (i, name) if _reads_as_account(name) else None
        if not r.cleaner.startswith("chrome.lines"):
            return None
    return None


# An account's name that says what kind of publisher runs it (某某文旅, 某某发布, 某某融媒): a
# government body's or an outlet's channel, no headline's words.
_ACCOUNT_KIND = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{2,8}(?:发布|融媒|文旅|政务|疾控|公安|交警|消防|气象|税务|检察|党建|团委)$"))


def _reads_as_account(line: str) -> bool:
    """One short token of letters or Han characters: a name, not a date, count or phrase, nor
    a section's label under the button (节目简介, 作品介绍: the blurb the page prints next)."""
    return (bool(_ACCOUNT.match(line)) and not line.isdigit() and not DATE.search(line)
            and bool(_LETTER.search(line)) and not _BLURB_LABEL.search(line))


# the label over a programme's or a work's blurb (节目简介, 作品介绍, 內容簡介)
_BLURB_LABEL = re.compile(r"(?:简介|簡介|介绍|介紹)$")


_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_BRACKETED = re.compile(r"[（(][^（）()]*[)）]")
_ADDRESS = re.compile(r"https?://|^www\.")


_ORIGINAL_TITLE = re.compile(
    rf"^[（(]?(?:{_alts('本文原标题|原标题')})\s*[:：]\s*《?(?P<title>.+?)》?\s*[)）]?$")
_ORIGINAL_NEEDS = gate([_ORIGINAL_TITLE]).needs
if _ORIGINAL_NEEDS is not None and any("\n" in s for s in _ORIGINAL_NEEDS):
    _ORIGINAL_NEEDS = None  # a needed string across a line break: look line by line
_LEAD_TAG = re.compile(r"^(?:\[[^\]]{1,20}\]|【[^】]{1,20}】)\s*")
_ELLIPSIS = re.compile(r"(?:\.{3,}|…+)$")


def mend_title(title: str, lines: Sequence[str]) -> str:
    """The page's "原标题：《…》" line instead of ``title`` when that line is its full form: the
    title was cut off ("...") or carries a keyword tag ("[某某]标题")."""
    original = None
    # Most pages print no 原标题 line: one look over all the lines for the strings the
    # pattern needs (none holds a line break, so the lines joined make none up).
    if _ORIGINAL_NEEDS is None or any(map("\n".join(lines).__contains__, _ORIGINAL_NEEDS)):
        original = next((m["title"] for ln in lines
                         if (m := _ORIGINAL_TITLE.match(ln.strip()))), None)
    if original:
        flat_original = re.sub(r"\s+", "", original)
        cut = re.sub(r"\s+", "", _ELLIPSIS.sub("", title))
        if _ELLIPSIS.search(title) and len(cut) >= 6 and flat_original.startswith(cut):
            return original
        if (_LEAD_TAG.match(title)
                and re.sub(r"\s+", "", _LEAD_TAG.sub("", title)) == flat_original):
            return original
    return drop_category_tag(title)


# A category a forum or a site files the post under, in square brackets before the subject
# ([经验分享]…, [原创]…, a keyword [某某化妆品]…): no part of the headline. A column tag in
# lenticular brackets (【资讯汇总】…, 【新春走基层】…) is printed as part of many headlines and
# stays.
_CATEGORY_TAG = re.compile(r"^\s*(?:\[[^\[\]]{1,20}\]|［[^［］]{1,20}］)\s*")


# A programme's episode dated by its broadcast day, closing the title ([某某栏目]标题 20250612,
# [某某栏目] 20250612): a video site prints the programme's name in square brackets as part of
# the episode's title, no filing label.
_EPISODE_DAY = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
# The same programme's name undated, known by the word a news programme's name ends in
# ([新闻直播间]…, [某某新闻联播]…, [焦点访谈]…): a forum's filing label is one word ([访谈]).
_PROGRAMME_TAG = re.compile(with_traditional(
    r"^\s*\[[^\[\]]{2,12}(?:直播间|联播|访谈|大讲堂|面对面|说法|视线)\]"))


def drop_category_tag(title: str) -> str:
    """``title`` without a leading square-bracketed category tag, if a headline remains (a
    programme's name before its dated episode stays: _EPISODE_DAY, or named as one:
    _PROGRAMME_TAG)."""
    m = _CATEGORY_TAG.match(title)
    if m is None or _EPISODE_DAY.search(title.rstrip()) or _PROGRAMME_TAG.match(title):
        return title
    rest = title[m.end():].strip()
    return rest if len(_HAN.findall(rest)) + len(rest.split()) >= 4 else title


# A tag in brackets before a headline (【某某】…).
_LEAD_BRACKET = re.compile(r"^\s*[【\[［〖]\s*([^【】\[\]［］〖〗]{2,16}?)\s*[】\]］〗]\s*")

def _a_brand(words: str) -> bool:
    """Whether brands the spam lexicon knows make half of ``words`` or more (in either script)."""
    hits = shared_lexicon().scan(to_simplified(words))
    return sum(h.end - h.start for h in hits if h.kind != "term") * 2 >= len(words)


# A name after the headline past a hyphen (…-某某).
_BRAND_TAIL = re.compile(r"\s*[-－]\s*([^-－\s，。]{2,16})\s*$")
# A name's official site (某某官网, 某某官方网站, 某某官方入口).
_SITE_OF = re.compile(with_traditional(r".{2,12}(?:官网|官方网站|官方入口)"))

# How a <title> separates its parts (标题_频道_站名, 某某|标题, 标题 - 站名), and a keyword list.
_TITLE_PARTS = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|--|——)\s*")
_KEYWORD_LIST = re.compile(r"\s*[,，]\s*")


# A self-media page's 原创 badge glued to its headline (原创最不愁…的国家): what follows it
# starts no word 原创 could qualify (原创音乐剧, 原创歌曲 are headlines): a superlative, a
# pronoun, a question word, an adverb of time, or an opening bracket (原创“非遗”舞剧 is one).
_ORIGINAL_BADGE = re.compile(with_traditional(
    r"^原创\s*(?=最|这|那|我|你|他|她|它|为什么|如何|怎么|怎样|谁|哪|竟|居然|曾经|刚刚|终于|【)"))


def unbadged_title(title: str) -> str:
    """The headline without the 原创 badge a saved page glued to it (see _ORIGINAL_BADGE), or
    the anchor mark a docs site's heading links itself with (# 某某指南)."""
    m = _ORIGINAL_BADGE.match(title) or _HEADING_ANCHOR.match(title)
    return title[m.end():] if m and len(title) - m.end() >= 6 else title


# The anchor link a docs site (VuePress, Docusaurus) prints before each heading: ``#`` and a space.
_HEADING_ANCHOR = re.compile(r"^#\s+(?=[^\s#])")


def unstuffed_title(title: str) -> str:
    """The headline of a title a spam mirror stuffed with selling keywords (标题_某某体育_某某
    官网-站名, 某某娱乐|某某|标题, 标题,某某体育,关键词): its longest part that names no brand
    or selling phrase of the spam lexicons. A title none of whose parts sells is left as it
    is; so is a headline about spam (警方, 查处: ``NEWS_CONTEXT``) and one split by commas into
    fewer than three parts or whose selling parts are mostly other words."""
    if NEWS_CONTEXT.search(title):
        return title  # news about spam names it (警方查处…)
    lexicon = shared_lexicon()
    # a brand the lexicon knows in brackets before the headline (【某某体育】标题), in either
    # script; a column's tag there (【新春走基层】) names no brand and stays
    lead = _LEAD_BRACKET.match(title)
    tail = _BRAND_TAIL.search(title)
    # A name the lexicon does not know (a coined brand) goes when the title says it twice:
    # in brackets before the headline and past a hyphen after it as its official site
    # (【某某娱乐】标题-某某娱乐官网); a column's tag is never its site's name.
    twice = bool(lead and tail and tail.start() > lead.end()
                 and _SITE_OF.fullmatch(tail[1]) and tail[1].startswith(lead[1]))
    if lead and len(title) - lead.end() >= _TITLE_HEADLINE_MIN and (twice or _a_brand(lead[1])):
        title = title[lead.end():]
    # and one after it past a hyphen with no spaces (标题-某某体育), which _TITLE_PARTS leaves
    tail = _BRAND_TAIL.search(title)
    if tail and tail.start() >= _TITLE_HEADLINE_MIN and (twice or _a_brand(tail[1])):
        title = title[:tail.start()]
    for split, whole in ((_TITLE_PARTS, False), (_KEYWORD_LIST, True)):
        parts = [p.strip() for p in split.split(title) if p.strip()]
        if len(parts) < (3 if whole else 2):
            continue
        # In a keyword list a topic word counts too (百家乐技巧): a headline's own clauses are
        # not split by half-width commas into three parts or more.
        selling = [sum(h.end - h.start for h in lexicon.scan(p) if whole or h.kind != "term")
                   for p in parts]
        sells = [covered * 2 >= len(p) if whole else covered > 0
                 for p, covered in zip(parts, selling, strict=True)]
        clean = [p for p, sold in zip(parts, sells, strict=True) if not sold]
        if clean and len(clean) < len(parts):
            return max(clean, key=len)
    return title


# A title line a page saved as text printed as its <title>: keywords before the headline
# and its channel or site after it, joined by underscores (关键词_关键词_标题_站名), or a
# keyword list run into the headline by half-width commas or hyphens (关键词,关键词,标题).
# An underscore between Chinese words joins no headline's words; commas and hyphens do
# (降温，降雪，某地发布预警 is a headline), so those need two keywords before a long part
# and half-width marks between Chinese words, and the headline's first words run past a
# keyword's length (降温,降雪,大风!… lists its own words).
_TITLE_UNDERSCORE = re.compile(r"\s*(?<![A-Za-z0-9])_+(?![A-Za-z0-9])\s*")
_TITLE_KEYWORD_RUN = re.compile(
    r"^(?P<keywords>(?:[\u4e00-\u9fff]{2,4}(?P<sep>,|-|\s-\s))"
    r"[\u4e00-\u9fff]{2,4}(?:(?P=sep)[\u4e00-\u9fff]{2,4})*(?P=sep))"
    r"(?P<headline>[\u4e00-\u9fff]{5}.+)$")
_TITLE_KEYWORD_MAX = 4  # characters: a keyword before the headline (新能源, 续航)
_TITLE_TAIL_MAX = 16  # characters: a channel's or a site's name after the headline
_TITLE_HEADLINE_MIN = 6  # characters: the headline among them
# The site's name after the headline, past a spaced dash or a bar (标题 - 某某新闻网,
# 标题｜某某日报), as a <title> prints it: a name of the kinds outlets take (…网, …报, …台,
# …新闻, …政府). A dash with no spaces joins a headline's own parts (…-附名单,
# 从“跟跑”到“领跑”——记某某).
# A part ending in 报 that names a kind of report, not a paper (实时播报, 情况通报, 天气预报)
# is the headline's own.
_REPORT_KINDS = _alts("播报|通报|预报|简报|汇报|公报|捷报|战报|喜报|举报|申报|年报|季报|月报|"
                      "海报|回报|情报|警报")
_TITLE_SITE_TAIL = re.compile(
    r"^(?P<headline>.{6,}?)(?:\s+[-–—]{1,2}\s+|\s*[|｜]\s*)"
    rf"(?![^|｜]*(?:{_REPORT_KINDS})$)"
    rf"[^\s，。；、,;：:！？!?“”的\-–—]{{1,14}}(?:{_alts('网|报|台|新闻|政府')})$")


def unkeyworded_title(title: str) -> str:
    """The headline of a title line stuffed with keywords before it, or a channel and site
    name after it (see _TITLE_UNDERSCORE); ``title`` itself where no part stands out."""
    parts = [p for p in _TITLE_UNDERSCORE.split(title.strip()) if p]
    if len(parts) >= 2:
        at = next((k for k, p in enumerate(parts) if len(p) >= _TITLE_HEADLINE_MIN), None)
        if (at is not None
                and all((len(p) <= _TITLE_KEYWORD_MAX or _names_spam(p))
                        and not _CLAUSE_MARK.search(p) for p in parts[:at])
                and all(len(p) <= _TITLE_TAIL_MAX and not _CLAUSE_MARK.search(p)
                        for p in parts[at + 1:])):
            return parts[at]
        return title
    m = _TITLE_KEYWORD_RUN.match(title.strip())
    headline = m["headline"] if m else title
    site = _TITLE_SITE_TAIL.match(headline.strip())
    return site["headline"] if site else headline


_CLAUSE_MARK = re.compile(r"[，。；、,;]")


def _opens_a_list(line: str) -> bool:
    """A sentence that opens the list under it (某某市公布十件实事，具体如下：): the article's
    text, though it ends in a colon and the short items under it are no prose. A clause
    before the colon tells it from a label (来源：, 编者按：)."""
    return (len(line) >= 18 and line[-1] in "：:" and _HAN_12.match(line) is not None
            and _CLAUSE_MARK.search(line[:-1]) is not None)
_EDITOR_NOTE = re.compile(with_traditional(
    r"^[【\[]?\s*(?:编者按|编者的话|编辑按|编者注)\s*[】\]]?\s*(?:[:：]|$)"))
# A summary box's line (摘要：…, 【导语】…) opening the article, above its byline.
# A Q&A page's description of its question (问题补充：…) opens the text as such a box does:
# the answer's writer and date are printed under it.
_LEAD_BOX = re.compile(with_traditional(
    r"^(?:[【\[]\s*(?:内容摘要|内容提要|核心提示|摘要|提要|导语|导读)\s*[】\]]\s*[:：]?"
    r"|(?:内容摘要|内容提要|核心提示|摘要|提要|导语|导读|问题补充|问题描述)\s*[:：])"))
_LEAD_BOX_MAX = 4
# A key-points box: its heading alone on a line (划重点：, 本文要点) over bulleted points.
_POINTS_HEADING = re.compile(with_traditional(
    r"^[【\[]?\s*(?:划重点|本文要点|文章要点|核心要点|要点速览|要点|重点速览|内容摘要|内容提要|"
    r"核心提示|摘要|提要|导语|导读)\s*[】\]]?\s*[:：]?$"))
_POINT_BULLET = re.compile(r"^\s*(?:[•·▪●◆■◇□○]|\d{1,2}[.、．](?!\d))")
_POINTS_MAX = 8
_POINT_CHARS = 120  # characters of a key point: a sentence or two, no paragraph
# a point is a finished sentence; a list's lead-in (成绩如下：) or a table's row is no point
_POINT_END = re.compile(r"[。！？!?…][”’」』）)]?$")


def _under_bare_points(lines: Sequence[str], filled: Sequence[int], k: int) -> int | None:
    """Where the byline stands under the lines from ``filled[k]`` when they are a box's points
    printed bare: two to eight short lines, each a finished sentence or two, then a byline
    naming authors, then more text. None when the text goes on otherwise."""
    for j in range(k, min(k + _POINTS_MAX, len(filled) - 1) + 1):
        if j >= len(filled) - 1:
            return None
        row = lines[filled[j]].strip()
        if j - k >= 2 and (hit := parse_byline(row, tail=False)) is not None and hit.authors:
            return j
        if len(row) > _POINT_CHARS or not _POINT_END.search(row):
            return None
    return None


def _points_box(lines: Sequence[str], head: Sequence[int]) -> set[int]:
    """The head's box of key points: its heading (划重点：, 要点) and the bulleted or numbered
    points right under it."""
    box: set[int] = set()
    for k, i in enumerate(head):
        if not _POINTS_HEADING.match(lines[i].strip()):
            continue
        points = list(itertools.takewhile(lambda j: _POINT_BULLET.match(lines[j]) is not None,
                                          head[k + 1 : k + 1 + _POINTS_MAX]))
        if points:
            box.update([i, *points])
    return box
_LEAD_ROWS_MAX = 3
_DECK_MAX = 100  # characters: a deck between the headline and its date row, no article
_CRUMB_MARK = re.compile(r"[>»›→]|&gt;")
# The fewest characters a breadcrumb's last crumb holds to be read as the headline, not a
# section's name (首页 > 新闻 > 国内).
_CRUMB_TITLE_MIN = 8
_HOTLINE = re.compile(r"(?:热线|电话|客服)\s*[:：]?\s*[\d-]{7,}|\d{3,4}-\d{7,8}")
# A subtitle (副题) opens with a dash (——我院成功完成首例……): it is printed under the
# headline and never is the headline, however long.
_SUBTITLE = re.compile(r"^\s*(?:—{1,2}|－{1,2}|──|--)\s*\S")
# A column's label over its piece (某某观察｜特约评论员文章, 【某某论坛】本报评论员, 社论): the
# column's name and the kind of piece, no headline; the headline under it is the page's.
_COLUMN_KICKER = re.compile(with_traditional(
    r"^(?:[【\[]?[\u4e00-\u9fff]{2,8}(?:[】\]]\s*|\s*[｜|丨·:：]\s*|\s+))?"
    r"(?:本报|本刊|本网|本台|特约|网络|时事)?(?:评论员文章|评论员|社论|时评|快评|短评|述评|锐评)$"))


_WEEKDAY_NAME = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")


def _date_widget(line: str) -> bool:
    """Today's date with its weekday (2024年5月6日 星期一): a widget of the page, no headline."""
    m = DATE.search(line)
    return m is not None and _WEEKDAY_NAME.search(line, m.start()) is not None


# A paper's page label (第03版：要闻, A03版): on a line with a date, the edition's row.
_PAGE_LABEL = re.compile(r"(?:第\s*[A-Z]?\d{1,3}\s*版|\b[A-Z]\d{1,2}\s*版)")


def _edition_row(line: str) -> bool:
    """The e-paper's row of the day and the page (2025年11月25日 第03版：要闻 上一版 下一版): the
    edition's, no headline however long its controls make it."""
    return _PAGE_LABEL.search(line) is not None and DATE.search(line) is not None


def _heading_like(line: str) -> bool:
    if not (2 <= len(line) <= 64) or line[-1] in "。！？!?；;：:，,、" or "。" in line:
        return False
    if _BRACKETED.fullmatch(line) or _ADDRESS.search(line):
        return False  # a note under the headline (（2007年6月29日……会议通过）) or a web address
    if len(_CRUMB_MARK.findall(line)) >= 2 or _HOTLINE.search(line):
        return False  # a breadcrumb trail (>发展改革工作 >投资管理) or a hotline row
    if _DATED_FIELD.search(line):
        return False  # a period's or a status's field (征求意见时间：2026-11-18 至 …)
    # a tab's count is no part of its label (公司主页 在招职位(48) 新闻动态 员工点评)
    tokens = [_TAB_COUNT.sub("", t) for t in line.split()]
    if len(_LOWER_WORD.findall(line)) >= 2:
        return True  # an English headline: its words run on in lower case, a menu's do not
    # a menu row, not a headline: many short items (首页 iPhone iPad Apple Watch Mac 实用技巧)
    return not ((len(tokens) >= 4 and max(map(len, tokens)) <= 4)
                or (len(tokens) >= 6 and sum(map(len, tokens)) <= 6 * len(tokens)))


_TAB_COUNT = re.compile(r"[（(]\d+[)）]$")
# A field of a time or a date with its label (征求意见时间：2026-11-18, 报名日期：2026年5月):
# a row of particulars, which a headline does not print.
_DATED_FIELD = re.compile(r"(?:时间|日期|期限|时段)\s*[:：]\s*\d{4}\s*[-年/.]")
_CLOCK_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
# a flash item's headline in brackets opening its text (【某地出台新政……】据……消息，……)
_ITEM_HEADLINE = re.compile(r"^【(?P<headline>[^】。]{6,64})】\S")
# (a microblog post's, which may be short: 【警方通报】…)
_POST_HEADLINE = re.compile(r"^【(?P<headline>[^】。！？!?]{2,64})】\S")


# A lower-case English word of two letters or more (a menu's items are capitalised names).
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{2,}(?![A-Za-z])")


# A blog's headline with the time it was posted in brackets after it, on one line (标题
# (2025-04-26 21:08:15)): the headline and its date row in one.
_DATED_HEADLINE = re.compile(
    rf"^(?P<headline>[^\s•·▪◦»›].*?)\s*{_BRACKETED_STAMP.pattern}$")
# a field's label before the bracketed date (发布时间（2024-05-06）) is no headline
_STAMP_LABEL = re.compile(with_traditional(r"(?:时间|日期|发布|更新|发表|修改|编辑)\s*[:：]?$"))


def dated_headline(line: str) -> tuple[str, str] | None:
    """The headline and the date of a line printing both (see ``_DATED_HEADLINE``)."""
    m = _DATED_HEADLINE.match(line)
    if m is None or len(m["headline"]) < 4 or _STAMP_LABEL.search(m["headline"]):
        return None
    date = parse_date(m["stamp"])
    return (m["headline"], date) if date and _heading_like(m["headline"]) else None


# The first labelled field of a row printed right after the headline on its line, the boxes
# saved with no gap (标题信息来源：某某局发布日期：2025-11-27): its label, maybe qualified
_FIELDS_AFTER_HEADLINE = re.compile(with_traditional(
    r"(?:信息|文章|稿件|新闻|本文)?(?:来源|稿源|发布(?:时间|日期)|发文日期|作者)\s*[:：]"))
_FIELDS_HEADLINE_MIN = 8  # characters of the headline before the row: no label or channel
# a field of the row before it (栏目：部门动态), a label and a short value: no headline
_SHORT_FIELD = re.compile(r"[^:：\s]{1,6}\s*[:：]\s*\S{1,8}")


def headline_over_fields(line: str) -> tuple[str, _Found] | None:
    """The headline and the row of a line printing the headline, then its row of labelled
    fields with a date (<p class="info"><span>标题</span><span>信息来源：某某</span>…</p> saved
    as text: 标题信息来源：某某局发布日期：2025-11-27 浏览次数：286)."""
    m = _FIELDS_AFTER_HEADLINE.search(line)
    if m is None or m.start() < _FIELDS_HEADLINE_MIN:
        return None
    # the row's fields before the date's, set off by spaces (增持（维持） 报告类型：行业周报
    # 发布日期：…): the row starts at them, and what stands before them is the headline
    parts = line[:m.start()].split()
    while len(parts) > 1 and _SHORT_FIELD.fullmatch(parts[-1]):
        parts.pop()
    headline, row = " ".join(parts), line[m.start():]
    if len(headline) < _FIELDS_HEADLINE_MIN:
        return None
    hit = parse_meta_line(row)
    if (hit is None or hit.date is None or not _heading_like(headline)
            or _STAMP_LABEL.search(headline) or _SHORT_FIELD.fullmatch(headline)
            or parse_meta_line(headline) is not None):
        return None
    return headline, hit


# A portal's credit row under the article that opens with its editor's name, printed bare
# before the labelled fields (某某 本文来源：某某报 责任编辑：某某).
_NAME_BEFORE_SOURCE = re.compile(rf"^[{HAN}·]{{2,4}}\s+(?=(?:{_alts('本文来源|来源')})\s*[:：])")
_STUFFED_PART = re.compile(r"\s*[|｜]\s*")


def _names_spam(part: str) -> bool:
    """A title part that names a term of the spam lexicons (百家乐技巧, 代开发票): a keyword a
    mirror stuffed in, however long."""
    return bool(shared_lexicon().scan(part))
_STUFFED_HEADLINE_MIN = 6  # characters: the headline among keywords is the one part this long


def _stuffed_headlines(removals: Sequence[Removal], lines: Sequence[str]) -> list[tuple[int, str]]:
    """Headlines among keywords (关键词|关键词|标题) that chrome.lines took for a menu row of
    pipes, right above a metadata row: (line index, the headline). The headline is the one
    part of six characters or more; the others are two to four, as keywords are."""
    out = []
    for r in removals:
        if r.cleaner != "chrome.lines" or r.rule != "pipe_nav" or not (
                at := _LINE_AT.match(r.where)):
            continue
        i = int(at[1]) - 1
        parts = [p for p in _STUFFED_PART.split(r.text.strip()) if p]
        spam = [p for p in parts if _names_spam(p)]
        long = [p for p in parts if len(p) >= _STUFFED_HEADLINE_MIN and p not in spam]
        if len(long) != 1 or any(len(p) > 4 for p in parts if p != long[0] and p not in spam) \
                or not (0 <= i < len(lines) and not lines[i].strip()):
            continue
        below = next((ln.strip() for ln in lines[i + 1:] if ln.strip()), "")
        # A text page that opens on the row (nothing above it) printed its stuffed <title>
        # there when keywords name spam (代开发票|网上赌场|标题); a menu row names none.
        opening = bool(spam) and not any(ln.strip() for ln in lines[:i])
        if opening or parse_meta_line(below) is not None or parse_date_row(below) is not None:
            out.append((i, long[0]))
    return out


_CARD_TITLE_MAX = 30  # characters after the name: a title (某某大学某某研究院院长), no sentence


def _writer_card(lines: Sequence[str], title_run: Sequence[int],
                 found: Mapping[int, tuple[str, _Found]], writers: Sequence[str],
                 drop: Set[int]) -> list[int]:
    """The lines of a writer's card between the headline and its metadata row: a writer's
    name alone, or the name run into their title (王某某某某大学教授) with no sentence mark."""
    if not title_run or not writers:
        return []
    rows = [i for i in found if i > title_run[-1]]
    if not rows:
        return []
    card = []
    for i in range(title_run[-1] + 1, min(rows)):
        line = re.sub(r"^[•·▪◦]\s*", "", lines[i].strip())
        if not line or i in drop:
            continue
        name = next((w for w in writers if line.startswith(w)), None)
        rest = line[len(name):] if name else ""
        if name is None or len(rest) > _CARD_TITLE_MAX or re.search(r"[，。！？；,!?;]", rest):
            return []  # anything else there: no card
        card.append(i)
    return card


# What an account's one-line description says it is (某某县委组织部官方微信公众号，…).
_ACCOUNT_BLURB = re.compile(with_traditional(r"公众号|订阅号|服务号|官方微信|官方账号|官方平台"))
_BLURB_MAX = 50  # characters: a profile's description, no paragraph


def _account_card(lines: Sequence[str], filled: Sequence[int],
                  found: Mapping[int, tuple[str, _Found]], drop: Set[int]) -> list[int]:
    """The profile card a copied WeChat post carries under its post row (原创 某某 某某先锋
    2025年11月27日 20:15 四川): the account's name alone on the line right under the row, and
    under it the account's description in one short line naming what it is (某某官方微信公众号，
    讲好某某故事。). A line under the row that is no repeat of the account is the text's."""
    card: list[int] = []
    for row, (rule, hit) in found.items():
        k = filled.index(row) if row in filled else -1
        if rule != "date_row" or not hit.source_name or k < 0 or k + 1 >= len(filled):
            continue
        name = filled[k + 1]
        if name in found or name in drop or lines[name].strip() != hit.source_name:
            continue
        card.append(name)
        blurb = filled[k + 2] if k + 2 < len(filled) else None
        if (blurb is not None and blurb not in found and blurb not in drop
                and len(lines[blurb].strip()) <= _BLURB_MAX
                and _ACCOUNT_BLURB.search(lines[blurb]) is not None):
            card.append(blurb)
    return card


# A reply floor's head row saved glued: the poster's handle, rank badge and floor (某某Lv.3沙发,
# 某某 Lv.8 5楼). chrome.lines leaves it, for it ends the opening post's run there; over the
# reply's own date row (发表于 …) it is the thread's chrome.
REPLY_FLOOR_HEAD = re.compile(
    r"^[^\s，。,：:！？]{1,20}?\s*(?i:Lv)\.?\s*\d{1,2}\s*(?:沙[发發]|板凳|地板|\d{1,5}\s*[#楼樓])$")


def _reply_floor_heads(lines: Sequence[str], filled: Sequence[int],
                       found: Mapping[int, tuple[str, _Found]], drop: Set[int]) -> list[int]:
    """The head rows of a thread's reply floors (see REPLY_FLOOR_HEAD) right over a date row
    this reader took: a line of that shape over prose, or over nothing, stays."""
    heads: list[int] = []
    for k, row in enumerate(filled[1:], start=1):
        above = filled[k - 1]
        if (found.get(row, ("",))[0] == "date_row" and above not in found and above not in drop
                and REPLY_FLOOR_HEAD.match(lines[above].strip())):
            heads.append(above)
    return heads


# A label of a few Han characters, nothing else (生活自然, 湿地里的白鹭).
_HAN_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _label_under_row(lines: Sequence[str], filled: Sequence[int],
                     found: Mapping[int, tuple[str, _Found]], drop: Set[int]) -> list[int]:
    """A short label glued right under the page's first date row, a blank under it, then the
    text's first sentence (2025年11月22日 20:15 3.6万阅读 / 生活自然 / (blank) / 去年冬天，…。):
    the post's category tag or its lead picture's alt text, saved under the row. A line
    carrying on under the row is no bare label, and one over the text with no blank is
    the text's own (a kicker, a first line)."""
    rows = [i for i in filled if found.get(i, ("",))[0] in ("meta_line", "date_row")]
    if not rows:
        return []
    row = rows[0]
    k = filled.index(row)
    if k + 2 >= len(filled):
        return []
    label, text = filled[k + 1], filled[k + 2]
    if (label != row + 1 or text == label + 1 or label in found or label in drop
            or not _HAN_LABEL.match(lines[label].strip())):
        return []
    first = lines[text].strip()
    return [label] if first[-1:] in "。！？!?" and _CLAUSE_COMMA.search(first) else []


def _card_over_post(lines: Sequence[str], head: Sequence[int]) -> list[int]:
    """The profile card a copied WeChat post may print over its headline (某某先锋 / 某某县委组织部
    官方微信公众号，讲好某某故事。 / headline / 原创 某某 某某先锋 2025年11月27日 20:15): the
    account's name alone, as the post row under it names the account, and right under it the
    description naming what the account is (see _account_card). ``head``: the first lines
    still standing."""
    for k, row in enumerate(head):
        hit = parse_account_row(lines[row].strip())
        if hit is None:
            continue
        for name, blurb in itertools.pairwise(head[:k]):
            if (lines[name].strip() == hit.source_name
                    and len(lines[blurb].strip()) <= _BLURB_MAX
                    and _ACCOUNT_BLURB.search(lines[blurb]) is not None):
                return [name, blurb]
        return []
    return []


class MetaLines:
    """Move title, date, source and byline lines from the body into Meta (recorded as removals).

    Example: ``发表时间:2022-07-01 来源:重庆日报`` becomes date=2022-07-01, source_name=重庆日报.
    ``head_lines``/``tail_lines`` bound how far from the ends metadata is looked for.
    """

    name = "meta.lines"

    def __init__(self, *, head_lines: int = 12, tail_lines: int = 10) -> None:
        self.head_lines = head_lines
        self.tail_lines = tail_lines

    def __call__(self, doc: Doc, /) -> Doc:
        lines = doc.text.split("\n")
        if not doc.meta.title:
            for at, headline in _stuffed_headlines(doc.removals, lines):
                lines[at] = headline  # read where it stands; it goes again as the headline
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        if not filled:
            return doc
        # the account's card over its post goes before the page is read: its description,
        # a sentence, would open the text above the headline
        card_over = _card_over_post(lines, filled[:self.head_lines])
        card_gone = [Removal(self.name, "account_card", "the account's profile card over its post "
                          "(its name, its one-line description): named in its post row",
                          shorten(lines[i].strip()), f"line {i + 1}") for i in card_over]
        for i in card_over:
            lines[i] = ""
        filled = [i for i in filled if i not in card_over]
        # Only the first and the last paragraph are wanted: each looked for from its end.
        first_prose = next((i for k, i in enumerate(filled)
                            if self._opens_text(lines, filled, k)), len(lines))
        last_prose = next((filled[k] for k in range(len(filled) - 1, -1, -1)
                           if self._opens_text(lines, filled, k)), -1)
        first_prose = self._past_notice(lines, filled, first_prose)
        lead_rows = self._rows_under_lead(lines, filled, first_prose)
        # The lines just above the first paragraph: on a page saved whole, a menu the chrome
        # cleaners left may come first.
        head = [i for i in filled if i < first_prose][-self.head_lines:]
        if any(_LONE_LABEL.match(unspaced_labels(lines[i].strip())) for i in head):
            # an information table saved a cell a line prints each field over two lines
            head = [i for i in filled if i < first_prose][-2 * self.head_lines:]
        top_row = next((k for k, i in enumerate(filled[:self.head_lines])
                        if parse_meta_line(lines[i].strip()) or parse_date_row(lines[i].strip())),
                       None)
        stretch = [i for i in filled[(top_row or 0) + 1:] if i < first_prose]
        # an information table saved a cell a line, its empty cells and the labels taken out
        # leaving gaps, is no poem: its labels stand alone (索引号：), or with no colon when
        # the table prints its cells so (发布日期 / 2025-11-21)
        poem = top_row is not None and in_stanzas(lines, stretch) and not any(
            _LONE_LABEL.match(cell := unspaced_labels(lines[i].strip())) or _BARE_LABEL.match(cell)
            for i in stretch)
        if top_row is not None and (first_prose >= len(lines) or poem):
            # No line reads as prose (a page of verse, of short lines), or only what follows
            # a poem set in stanzas under its byline (作者简介：…): its head is at the top, down
            # to the first metadata row, not the lines above the first paragraph; and down
            # to the last of the rows printed right under it (作者：某某 / 2025-10-18 来源：…)
            rows = [k for k in range(top_row + 1, min(top_row + 1 + _ROWS_UNDER_TOP,
                                                      len(filled)))
                    if parse_meta_line(lines[filled[k]].strip())
                    or parse_date_row(lines[filled[k]].strip())]
            head = filled[:max([top_row, *rows]) + 1]
        elif top_row is None and first_prose >= len(lines) and (stanza := next(
                (i for i in filled if in_verse(lines, i, _STANZA_MIN)), None)) is not None:
            # A page of verse with no metadata row at its top (a paper's 副刊 page: its header,
            # the poems' title and writer, the stanzas): its head is the lines above the first
            # stanza, whose last line is the last poem's, no headline.
            head = [i for i in filled if i < stanza][-self.head_lines:]
        tail = [i for i in filled[-self.tail_lines:] if i > last_prose]
        # One head line printing the headline with its date in brackets: read as the two
        # (several such lines are a list of posts, not a headline)
        dated_heads = [(i, pair) for i in head if (pair := dated_headline(lines[i].strip()))]
        headline_date: str | None = None
        # or printing the headline and then its row of fields (标题信息来源：某某发布日期：…)
        headline_row: _Found | None = None
        if not dated_heads:
            fielded = [(i, apart) for i in head
                       if (apart := headline_over_fields(lines[i].strip()))]
            if len(fielded) == 1:
                headline_row = fielded[0][1][1]
                dated_heads = [(fielded[0][0], (fielded[0][1][0], str(headline_row.date)))]
        as_printed: dict[int, str] = {}  # the line as the page printed it, for its removal
        if len(dated_heads) == 1 and not doc.meta.title:
            as_printed[dated_heads[0][0]] = lines[dated_heads[0][0]]
            lines[dated_heads[0][0]], headline_date = dated_heads[0][1]
        else:
            headline_row = None

        found: dict[int, tuple[str, _Found]] = {}
        # an event's time row (时间：… over 地点：…) dates the event, not the page; a book's
        # or film's info block (书名：… / 作者：…) names the work's writer, not the page's,
        # and a chronicle's dates (1949年7月15日 over its entry) are days of its history
        works = (work_record(lines) | chronicle_lines(lines, filled) | recipe_lines(lines)
                 | tale_record(lines) | dated_entry_runs(lines, filled))
        events = event_particulars(lines) | works
        for k, i in enumerate(head):
            if i in events:
                continue
            # a blog's post-info list saved as text (• 作者: 某某 / • 时间: … / • 分类: …):
            # each item is a metadata row without its bullet
            hit = parse_meta_line(_LIST_ITEM.sub("", lines[i]).strip())
            if hit and hit.date and hit.authors and not hit.source_name and (
                    dated := parse_date_row(lines[i].strip())) is not None:
                # a dated row naming its outlet unlabelled before the labelled reporter
                found[i] = ("date_row", dated)
            elif hit and hit.date and not hit.source_name and (
                    outlet := _outlet_before_fields(lines[i].strip())):
                # the outlet unlabelled beside the date, before the row's fields (2024-03-14
                # 15:27 某某网 分享：): a date row's name, which a labelled 来源 outranks
                found[i] = ("date_row", replace(hit, source_name=outlet))
            elif hit:
                found[i] = ("meta_line", hit)
            elif (hit := parse_account_row(lines[i].strip()) or parse_date_row(
                    lines[i].strip())) is not None:
                found[i] = ("date_row", hit)
            elif (hit := parse_byline(lines[i].strip(), tail=False)) is not None:
                found[i] = ("byline", hit)
            elif (hit := _relative_row(lines, head, k)) is not None:
                found[i] = ("date_row", hit)
        for i, rule, hit in lead_rows:
            if i not in events:
                found[i] = (rule, hit)
        self._cells_over_lines(lines, head, found)
        # a row read before as a bare date's (发布日期 2025-11-27: its label taken for a source)
        # is the table's, read again with the others
        for i, hit in spaced_cell_rows(lines, [i for i in head if i not in found or found[i][0]
                                               in ("meta_line", "date_row")]).items():
            found[i] = ("meta_line", hit)
        _post_info_items(lines, found)
        for i in head_contact_rows(lines, head, found):
            found[i] = ("meta_line", _Found())
        for k, i in enumerate(head[1:], 1):
            if i not in found and (split := _split_date(lines, i)) and head[k - 1] not in found:
                found[head[k - 1]] = ("meta_line", _Found())  # the year, read with the day
                found[i] = ("meta_line", _Found(date=split))
        self._join_time_line(lines, head, found)
        self._outlet_over_date(lines, head, found)
        self._account_over_post_row(lines, head, found)
        if headline_date is None and not any(hit.date for _, hit in found.values()):
            _day_first_row(lines, head, found, doc.text)
        self._outlet_under_date(lines, head, found)
        if headline_date is None and not any(hit.date for _, hit in found.values()):
            self._yearless_row(lines, head, found, doc.removals, first_prose)
        if headline_date is None and not any(hit.date for _, hit in found.values()):
            # No date of a known shape: the nearest timestamp row above the first paragraph.
            for i in reversed(head):
                if i in events:
                    continue
                if i not in found and (hit := parse_loose_date_row(lines[i].strip())
                                       or verb_dated_row(lines[i].strip())):
                    found[i] = ("date_row", hit)
                    break
                if (i in found and found[i][0] == "byline" and not found[i][1].date
                        and (hit := parse_loose_date_row(lines[i].strip())) is not None):
                    # the byline row goes on with the date (文 / 某某 2025年10月9日 阅读 3.2万)
                    found[i] = ("byline", replace(found[i][1], date=hit.date))
                    break
        # a release's contact person (媒体联系人： / 孙女士) is whom to ask, no writer
        signed = (closing_signature(lines, filled) | contact_block(lines, filled)
                  if tail else frozenset())
        # A name under a list the chrome took out (精选留言, 推荐阅读) is a commenter's or an
        # item's, no byline of the article.
        listed = min((int(row[1]) - 1 for r in doc.removals if r.rule in _LIST_MARKERS
                      and (row := _LINE_AT.match(r.where)) and int(row[1]) - 1 > last_prose),
                     default=len(lines))
        # so is a name over a thread's first reply floor (山风 / 2楼 2024-05-21 08:12): the
        # replier's
        floors = [int(row[1]) - 1 for r in doc.removals if r.rule == "forum_notice"
                  and _REPLY_FLOOR.match(r.text) and (row := _LINE_AT.match(r.where))
                  and int(row[1]) - 1 > last_prose]
        if floors:
            first_floor = min(floors)
            replier = max((i for i in filled if last_prose < i < first_floor), default=None)
            if replier is not None and _reads_as_account(lines[replier].strip()):
                listed = min(listed, replier)
        listed_names: list[int] = []
        noted: list[str] = []  # writers named by a note on them the text keeps
        for i in tail:
            line = lines[i].strip()
            if i in signed or i in works:
                # the notice's closing signature is its text, a work's fields and a
                # chronicle's dates too
                continue
            hit = parse_meta_line(line)
            if hit is None and (named := _NAME_BEFORE_SOURCE.match(line)) is not None:
                hit = parse_meta_line(line[named.end():])
            if hit:
                found[i] = ("meta_line", hit)
            elif i < listed and _DATED_VERB_AT.match(line) and (
                    dated := parse_date_row(line)) is not None:
                # a note platform's row under the post: when it was posted or last edited
                # (编辑于 2025-02-16 IP属地：浙江)
                found[i] = ("date_row", dated)
            elif i < listed and (floor := _FIRST_FLOOR_AT.match(line)) and (
                    dated := parse_date_row(line[floor.end():])) is not None:
                found[i] = ("date_row", replace(dated, source_name=None))
            elif (hit := parse_byline(line, tail=True)) is not None and not (
                    hit.authors == (line,) and in_verse(lines, i)):
                # (a bare word that reads as a name, 后来 or 黄昏, inside a poem's stanza is
                # one of its lines)
                if i < listed and hit.authors and author_note(line):
                    noted.extend(hit.authors)  # the article's note on its writer stays
                elif i < listed:
                    found[i] = ("byline", hit)
                else:
                    listed_names.append(i)
            elif i < listed and (boxed_name := boxed_writer(line)) is not None:
                # a 副刊 piece signed at its end, its writer after a square box (□ 某某某)
                found[i] = ("byline", _Found(authors=(boxed_name,)))

        # The name over a platform's verified-account badge (某某 / 微博认证：… / 关注) is the
        # posting account, never the headline of a post that has none: the publisher.
        badged = _badged_account(lines, doc.removals, head)
        if badged is not None and badged not in found:
            found[badged] = ("meta_line", _Found(source_name=lines[badged].strip()))
        labelled = next((hit.title for _, hit in found.values() if hit.title), None)
        title_run = self._title_lines(doc, lines, head, found)
        if title_run and not any(_LETTER.search(lines[i]) for i in title_run) and not (
                _CLOCK_TIME.fullmatch(lines[title_run[-1]].strip())
                and _ITEM_HEADLINE.match(next((ln.strip() for ln in lines[title_run[-1] + 1:]
                                               if ln.strip()), ""))):
            # a clock or a count alone (a live report's first entry time, 09:00) names no
            # headline, unless a flash item's bracketed headline follows it (14:32 / 【…】…)
            title_run = []
        if title_run and all(_LATIN_BANNER.match(lines[i].strip()) for i in title_run) and (
                len(_HAN.findall("".join(lines[title_run[-1] + 1:])))
                > 2 * len(_LATIN.findall("".join(lines[title_run[-1] + 1:])))):
            # a channel's name in Latin capitals over a Chinese page (AGRICULTURE NEWS under
            # 农业动态) is the section's banner, no headline: a page whose text prints none has
            # no headline to take
            title_run = []
        if badged is not None and title_run and title_run[-1] < badged and any(
                title_run[-1] + 1 < int(row_at[1]) <= badged for r in doc.removals
                if (row_at := _LINE_AT.match(r.where))):
            # A post's headline stands right over its account's card; a line above the
            # chrome over the card (the platform's name over its menu) is the page's masthead,
            # and a post printed without a headline has none.
            masthead, title_run = title_run, []
        else:
            masthead = []
        if headline_date is not None:
            title_run = [dated_heads[0][0]]
        if labelled:
            # The information table's 标题 row names the headline: the lines printing it go.
            title_run = [i for i in head if i not in found and lines[i].strip() == labelled]
        elif len(title_run) == 1:
            # A page that prints its headline twice (a header bar and the article's own title),
            # the bar's maybe with the site's name after it (标题_某某网).
            key = unkeyworded_title(lines[title_run[0]].strip())
            title_run = sorted(i for i in head if i not in found and (
                i in title_run or unkeyworded_title(lines[i].strip()) == key))
        removed: list[Removal] = list(card_gone)
        meta: dict[str, object] = {}
        above: list[int] = []
        labelled_row: list[int] = []
        flash_time: int | None = None  # the line of a flash item's time, over its headline
        if (labelled or title_run) and not doc.meta.title:
            if labelled:
                meta["title"] = labelled
            else:
                # a headline rendered as a list item keeps no bullet
                parts = [re.sub(r"^[•·▪◦]\s*", "", lines[i].strip()) for i in title_run]
                # a stuffed title line (标题,关键词,关键词) is whole: the line under it is not
                # its headline's second half
                broken = (len({unkeyworded_title(part) for part in parts}) == len(parts)
                          and title_run[-1] - title_run[0] == len(parts) - 1
                          and unstuffed_title(parts[0]) == parts[0])
                title = "".join(parts) if broken else parts[0]
                # a flash item's time alone over it (14:32 / 【headline】text): the item's
                # bracketed headline is the title, the time names nothing
                below = next((lines[i].strip() for i in filled if i > title_run[-1]), "")
                if _CLOCK_TIME.fullmatch(title) and (item := _ITEM_HEADLINE.match(below)):
                    title = item["headline"]
                    flash_time = title_run[-1]
                # a work order's or letter's subject saved with its label cell (诉求标题 关于…)
                if title and (subject := _LABELLED_SUBJECT.match(title)):
                    title = subject["title"]
                # the 原标题 line chrome.lines took out still names the full headline
                meta["title"] = unkeyworded_title(unbadged_title(unstuffed_title(
                    mend_title(title, [*lines, *(r.text for r in doc.removals)]))))
                issuer = _issuer_over_title(lines, doc.removals, title_run[0], title)
                if issuer is not None:
                    meta["title"] = issuer + str(meta["title"])
            rows = [i for i, (r, _) in found.items() if r in ("meta_line", "date_row")]
            if labelled and not title_run:
                # the headline printed only in its labelled row (访谈主题：…): the row is where
                # the headline stands
                title_run = [i for i in rows if found[i][1].title][:1]
                labelled_row = title_run
            boxed = _points_box(lines, head)
            # (a headline printing its date in brackets is its own date row)
            # (a byline right under the headline opens the article as a date row does: a
            # periodical's story under its issue's row, 标题 / 文／本刊记者 某某)
            bylines = [i for i, (r, _) in found.items() if r == "byline"
                       and title_run and i == title_run[-1] + 1]
            if title_run and (headline_date is not None or bylines or any(
                    _row_under(lines, title_run[-1], i) or 0 < title_run[0] - i <= 3
                    or _under_box(lines, title_run[-1], i, boxed) for i in rows)):
                # A headline with its date row under it (or its information table right above
                # it) opens the article: what the page prints above it (menus, site name,
                # section label) is not text. No line before the first paragraph is prose, so
                # none of these is.
                # So is what stands between the headline printed twice (the page's <title>
                # line on top, the headline over its row): the site's name and menu.
                above = [i for i in filled if i not in found and (
                    i < title_run[0] or (i < title_run[-1] and i not in title_run
                                         and not is_prose(lines[i].strip())))]
                # An editor's note printed above the headline (编者按：…) is the article's.
                note = next((i for i in above if _EDITOR_NOTE.match(lines[i].strip())), None)
                above = [i for i in above if note is None or i < note]
        elif (badged is not None and not doc.meta.title and first_prose < len(lines)
              and (lead := _POST_HEADLINE.match(lines[first_prose].strip()))):
            # A microblog post prints no headline line: an account's news post opens on its
            # headline in lenticular brackets (【某某通报】…), under the account's card.
            meta["title"] = lead["headline"]
        if title_run and not above:
            # No date row by the headline (an e-paper's page): a site's or a paper's name alone
            # above it is the page's masthead still, and a menu row the page's menu; so is
            # what stands above the breadcrumb over the headline (the site's header: a
            # platform's name no name rule knows), unless it reads as prose.
            # the section's name alone, as the menu row printed it (校园风采), is its label
            menu = {item for r in doc.removals if r.rule in MENU_ROW_RULES
                    for item in _MENU_ROW_SPLIT.split(r.text.strip())}
            crumb = max((n for r in doc.removals if r.rule == "breadcrumb"
                         and (m := _LINE_AT.match(r.where))
                         and (n := int(m[1]) - 1) < title_run[0]), default=-1)
            # and so is a short name on the page's first line right over a menu row (a
            # portal's name, its logo's alt text, over its language switch: 某某政府一站通 /
            # English | 繁體版 | 简体版)
            menu_rows = {int(m[1]) - 1 for r in doc.removals if r.rule in MENU_ROW_RULES
                         and r.rule != "breadcrumb" and (m := _LINE_AT.match(r.where))}
            above = [i for i in filled if i < title_run[0] and i not in found
                     and (names_a_body(lines[i].strip()) or _menu_row(lines[i].strip())
                          or _masthead_section(lines[i].strip())
                          or _CHANNEL_LABEL.match(lines[i].strip()) is not None
                          or lines[i].strip() in menu
                          or (i < crumb and not is_prose(lines[i].strip()))
                          or (i == filled[0] and (i + 1 in menu_rows or (
                              # (or over a menu row too short for chrome.lines' rules,
                              # 进入某某 全站搜索 站内搜索, which this pass takes)
                              len(filled) > 1 and filled[1] == i + 1
                              and _menu_row(lines[i + 1].strip())))
                              and len(lines[i].strip()) <= _SITE_NAME_MAX
                              and not is_prose(lines[i].strip()))
                          # or an account's name of a publisher's kind on the page's first
                          # line (某某文旅, 某某发布 over an H5 page's headline)
                          or (i == filled[0] and _ACCOUNT_KIND.match(lines[i].strip())
                              is not None))]
        if flash_time is not None:
            # A feed's flash item (10:42 / 【headline】text) under the feed's header and its
            # newer items (10:58 / headline): all short lines over the item's time are the
            # feed's, none of its text.
            above = sorted({*above, *(i for i in filled if i < flash_time and i not in found
                                      and not is_prose(lines[i].strip()))})
        title_run = [i for i in title_run if i not in labelled_row]
        if title_run and (posting := self._posting_account(lines, filled, found,
                                                           title_run[-1])) is not None:
            # the name printed twice is the profile card a copied WeChat post carries over its
            # date; its 来源 row under the post, where there is one, names the publisher (gl57)
            carded = posting_name(lines[posting]) != lines[posting].strip() and any(
                hit.source_name for _, hit in found.values())
            post_writer = posting_writer(lines[posting])
            found[posting] = ("meta_line",
                              _Found(source_name=None if carded else posting_name(lines[posting]),
                                     authors=(post_writer,) if post_writer else ()))
        elif title_run and (writer := self._writer_under_headline(
                lines, filled, found, title_run[-1])) is not None:
            found[writer[0]] = ("byline", _Found(authors=(writer[1],)))
        elif title_run and not any(hit.date for _, hit in found.values()) and (
                under_title := self._day_under_headline(lines, filled, found, title_run[-1])):
            day_at, speaker_at = under_title
            found[day_at] = ("date_row", _Found(date=parse_date(lines[day_at].strip()[1:-1])))
            if speaker_at is not None:
                found[speaker_at] = ("byline", _Found(authors=(lines[speaker_at].split()[-1],)))
        headword = None
        if not title_run and not labelled and not doc.meta.title and "title" not in meta:
            headword = _headword(lines, doc.removals, first_prose)
            if headword is not None:
                meta["title"] = headword[1]
        # A browser's reader view prints the outlet's name over the headline (its site name):
        # the publisher, when the page names no other.
        outlet_at = next((i for i in above if _outlet_name(lines[i].strip())), None) if any(
            r.rule == _READER_VIEW for r in doc.removals) else None
        if outlet_at is not None and (meta.get("source_name") or doc.meta.source_name or any(
                hit.source_name for _, hit in found.values())):
            outlet_at = None
        for i in above:
            if i == outlet_at:
                meta["source_name"] = lines[i].strip()
                removed.append(Removal(self.name, "reader_outlet",
                                       "the outlet's name a reader view prints over the headline, "
                                       "lifted into meta.source_name",
                                       shorten(lines[i].strip()), f"line {i + 1}"))
                continue
            removed.append(Removal(self.name, "above_headline",
                                   "a short line above the headline and its date row (page chrome)",
                                   shorten(lines[i].strip()), f"line {i + 1}"))
        if headword is not None and lines[headword[0]].strip():
            removed.append(Removal(self.name, "headword",
                                   "an entry's headword over the lead that opens on it, "
                                   "lifted into meta.title",
                                   shorten(headword[1]), f"line {headword[0] + 1}"))
        for i in masthead:
            removed.append(Removal(self.name, "post_masthead",
                                   "the platform's name over its menu above a post's account "
                                   "card (a post without a headline): page chrome",
                                   shorten(lines[i].strip()), f"line {i + 1}"))
        for i in title_run:
            why = ("the headline, lifted into meta.title" if not doc.meta.title
                   else "the headline (meta.title) repeated above the body")
            if i in as_printed:
                why = ("the headline and its row of fields, lifted into meta" if headline_row
                       else "the headline and its date in brackets, lifted into meta.title "
                       "and meta.date")
            removed.append(Removal(self.name, "title", why,
                                   shorten(as_printed.get(i, lines[i]).strip()), f"line {i + 1}"))
        # A labelled 来源 anywhere names the publisher before a name beside a bare date does,
        # and so does a source credit chrome.lines took out.
        credited_source = (None if doc.meta.source_name
                           else _removed_source(doc.removals, first_prose, last_prose))
        # A byline printed over two lines (记者 某某 / 通讯员 某某 文/图) names the authors
        # of both: the line right under the byline that gave the authors adds its names. So
        # do rows of one writer's fields each, stacked (a research note's 分析师：某某
        # 执业证书编号：S… a row per analyst).
        next_filled = dict(itertools.pairwise(filled))
        author_line: int | None = None
        # (an update's row, 更新时间：…, over the publication's row: the publication's date)
        for i in sorted(found, key=lambda i: (found[i][0] == "date_row",
                                              found[i][1].document_date, found[i][1].updated,
                                              _copied_row(found[i][1]), i)):
            rule, hit = found[i]
            names_only = rule == "byline" or (rule == "meta_line" and not hit.date
                                              and not hit.source_name and not hit.title)
            if (names_only and author_line is not None and hit.authors
                    and next_filled.get(author_line) == i and isinstance(meta["authors"], tuple)):
                meta["authors"] = (*meta["authors"],
                                   *(a for a in hit.authors if a not in meta["authors"]))
                author_line = i
            went = [f"{k}={v}" for k, v in (("date", hit.date), ("source", hit.source_name),
                                              ("authors", "、".join(hit.authors))) if v]
            why = ("byline, lifted into meta.authors" if rule == "byline"
                   else "publication metadata line, lifted into meta")
            if went:
                why += f" ({'; '.join(went)})"
            removed.append(Removal(self.name, rule, why, shorten(lines[i].strip()),
                                   f"line {i + 1}"))
            for key, value in (("date", hit.date), ("source_name", clean_source(hit.source_name)),
                               ("authors", hit.authors)):
                if value and not meta.get(key) and not (
                        key == "source_name" and rule == "date_row" and credited_source):
                    meta[key] = value
                    if key == "authors" and names_only and not doc.meta.authors:
                        author_line = i
        if not meta.get("date") and headline_date:
            meta["date"] = headline_date
        if headline_row is not None:
            # the fields printed after the headline on its line
            if not meta.get("source_name") and clean_source(headline_row.source_name):
                meta["source_name"] = clean_source(headline_row.source_name)
            if not meta.get("authors") and headline_row.authors:
                meta["authors"] = headline_row.authors
        if not meta.get("source_name") and credited_source:
            meta["source_name"] = credited_source
        paper, printed = _print_edition(doc.removals)
        if not meta.get("source_name") and not doc.meta.source_name and paper:
            meta["source_name"] = paper  # a paper's article reprinted whole
        if not meta.get("source_name") and not doc.meta.source_name:
            # no 来源: the 发布机构 of a government page's information table published it
            publisher = next((hit.publisher for i, (_, hit) in sorted(found.items())
                              if hit.publisher), None)
            if clean_source(publisher):
                meta["source_name"] = clean_source(publisher)
        if not meta.get("date") and not doc.meta.date:
            stamp = _removed_timestamp(doc.removals, first_prose, last_prose)
            if stamp:
                meta["date"] = stamp
        if not meta.get("date") and not doc.meta.date:
            edition = _edition_date(doc.removals, lines)
            if edition:
                meta["date"] = edition
        if not meta.get("date") and not doc.meta.date and title_run:
            issue = _issue_date_over_headline(doc.removals, lines, title_run[0])
            if issue:
                meta["date"] = issue
        if not meta.get("date") and not doc.meta.date and flash_time is not None:
            flash_date = _flash_date(doc.removals, flash_time,
                                     [i for i in filled if i < flash_time and i not in above])
            if flash_date:
                meta["date"] = flash_date
        if not meta.get("date") and not doc.meta.date and printed:
            meta["date"] = printed
        if not meta.get("date") and not doc.meta.date and signed:
            # no publication date anywhere: the date the notice is signed with (kept in the
            # text), in Chinese numerals as often as not (二〇二五年十月八日); the last line
            # that is a date: a note on the document's disclosure (（此件公开发布）) may close it
            meta["date"] = next((day for i in sorted(signed, reverse=True)
                                 if (day := parse_date(arabic_dates(lines[i])))), None)
        if not meta.get("date") and not doc.meta.date:
            # a law or resolution dated only by the meeting that adopted it
            adopted = adoption_date(lines, filled)
            if adopted:
                meta["date"] = adopted
        if not meta.get("date") and not doc.meta.date:
            # no date anywhere but the page's revision stamp (a wiki's 此页面最后编辑于…, a
            # docs page's 最后更新：…), in its lines or in a foot the chrome took out, as the
            # HTML path reads it
            revised = _revision_day([*lines, *(r.text for r in doc.removals)])
            if revised:
                meta["date"] = revised
        if not meta.get("authors") and not doc.meta.authors and noted:
            meta["authors"] = tuple(noted)
        if not meta.get("authors") and not doc.meta.authors:
            credited = (_credited_authors(doc.removals, range(first_prose, last_prose))
                        or _card_author(doc.removals, last_prose)
                        or _head_card_author(doc.removals, first_prose))
            if credited:
                meta["authors"] = credited
        drop = (set(found) | set(title_run) | set(above) | set(masthead) | set(listed_names)
                | ({headword[0]} if headword is not None else set()))
        repeats = _card_repeats(lines, doc.removals, title_run, first_prose, last_prose, drop)

        def take(found: Iterable[int], rule: str, why: str) -> None:
            """Drop each line as it is found (the finders read ``drop``) with its removal."""
            for i in found:
                drop.add(i)
                removed.append(Removal(self.name, rule, why, shorten(lines[i].strip()),
                                       f"line {i + 1}"))

        take(repeats, "card_repeat", "a line under the headline printed again in the card or "
             "list the chrome took out after the article (the writer's bio)")
        take(_numbered_title_copies(lines, title_run, first_prose, drop), "numbered_title_copy",
             "the headline again with a picture's number (标题（2）): an explainer's image saved "
             "as its alt text")
        removed.extend(Removal(self.name, "listed_name",
                               "a name under a list the chrome took out (a commenter's): "
                               "no byline of the article", shorten(lines[i].strip()),
                               f"line {i + 1}") for i in listed_names)
        lifted = meta.get("authors") or doc.meta.authors
        writers: tuple[str, ...] = lifted if isinstance(lifted, tuple) else ()
        take(_writer_card(lines, title_run, found, writers, drop), "writer_card",
             "the writer's card between the headline and its date row (the name, the name and "
             "a title): named in meta.authors")
        take(_account_card(lines, filled, found, drop), "account_card",
             "the account's profile card under its post row (its name again, its one-line "
             "description): named in meta.source_name")
        take(_label_under_row(lines, filled, found, drop), "label_under_row",
             "a short label glued under the date row over the text (the post's category tag or "
             "its lead picture's alt text)")
        take(_reply_floor_heads(lines, filled, found, drop), "reply_floor_head",
             "a reply floor's head row over its date row (the poster's handle, rank badge and "
             "floor: 某某Lv.3沙发)")
        # an account printed again in a card at the foot (a thread's poster over 楼主) is
        # still the account: read from the line the card's repeat took out
        # (so is a poster's name over its badge that reads as a short line above the headline)
        poster = _account_line(lines, doc.removals,
                               [i for i in head if i not in drop or i in repeats or i in above],
                               first_prose)
        if poster is not None and (field := self._lift_account(poster[1], doc, meta)):
            account = poster[0]
            where = f"line {account + 1}"
            if account in repeats or account in above:
                # one record for the line: the account it names, not the card's repeat
                removed = [r for r in removed if not (r.rule in ("card_repeat", "above_headline")
                                                      and r.where == where)]
                why = ("the account name (beside a follow button, over a thread's 楼主 badge) "
                       f"printed again in its card at the foot, lifted into meta.{field}")
            else:
                drop.add(account)
                why = f"the account name beside a follow button, lifted into meta.{field}"
            removed.append(Removal(self.name, "account", why, shorten(poster[1]), where))
        cut: dict[int, str] = {}
        known_authors = meta.get("authors") or doc.meta.authors
        credit = self._credit(lines, [i for i in filled if i not in drop])
        if credit is not None and (not known_authors or (
                isinstance(known_authors, tuple) and set(known_authors) < set(credit[1]))):
            # The page's 作者 row may name its reporters only, the lead's credit them and the
            # correspondent too (本报讯（记者 甲 乙 通讯员 丙）): the credit names them all.
            at, names, kept, gone = credit
            meta["authors"] = names
            if gone:
                cut[at] = kept
                removed.append(Removal(
                    self.name, "credit",
                    f"reporters' credit, lifted into meta.authors ({'、'.join(names)})",
                    shorten(gone), f"line {at + 1}"))
        if not removed:
            return doc.with_meta(**meta) if meta else doc
        out = lines[:]
        for i, kept in cut.items():
            out[i] = kept
        for i in drop:  # a dropped line goes whole, even one a credit was cut from
            out[i] = ""
        text = "\n".join(out)
        return doc.evolve(text=text, removed=removed).with_meta(**meta)

    @staticmethod
    def _yearless_row(lines: Sequence[str], head: Sequence[int],
                      found: dict[int, tuple[str, _Found]], removals: Sequence[Removal],
                      first_prose: int) -> None:
        """A feed's timestamp row without its year (05-06 14:22 某某晚报, 5月6日 14:22): the
        year is the one of the latest full date printed above the article (the page's date
        widget), a year earlier when that month and day are still to come; with no full date
        above the article, the year of the page's copyright notice (the current year, which a
        date printed without its year is in); with neither, no date is invented and only the
        outlet is taken. A day alone without its time (11月16日) is taken only with a year."""
        for i in reversed(head):
            if i in found:
                # a labelled row whose date field has no year (发布时间：11-28 10:30 来源：…)
                labelled = _LABELLED_YEARLESS.search(lines[i].strip())
                if found[i][1].date or not labelled:
                    continue
                row, fields = labelled, found[i][1]
            else:
                bare = _YEARLESS_ROW.match(lines[i].strip()) or _YEARLESS_DAY.match(
                    lines[i].strip())
                labelled_fields = _yearless_fields(bare.groupdict().get("rest")) if bare else None
                if bare is None or labelled_fields is None:
                    # the outlet and its reporter before the stamp (某某晚报 记者 某某 04-27 11:20)
                    bare = _YEARLESS_CLOSING.match(lines[i].strip())
                    labelled_fields = _named_before_stamp(bare)
                if bare is None or labelled_fields is None:
                    continue
                row, fields = bare, labelled_fields
            timed = row.groupdict().get("H") is not None
            month, day, hour = int(row["m"]), int(row["d"]), int(row["H"]) if timed else 0
            if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24):
                continue
            above = [lines[j] for j in head if j < i] + [
                r.text for r in removals
                if (at := _LINE_AT.match(r.where)) and int(at.group(1)) - 1 < first_prose]
            stamps = sorted(d[:10] for text in above if (d := parse_date(text)))
            year: int | None = None
            if stamps:
                year = int(stamps[-1][:4]) - (f"{month:02d}-{day:02d}" > stamps[-1][5:10])
            else:
                year = _copyright_year([*lines, *(r.text for r in removals)])
            if year is None and not timed:
                continue
            date = None
            if year is not None:
                date = f"{year:04d}-{month:02d}-{day:02d}"
                date += f"T{hour:02d}:{row['M']}:00" if timed else ""
            found[i] = (found[i][0] if i in found else "date_row", replace(fields, date=date))
            return

    @staticmethod
    def _join_time_line(lines: Sequence[str], head: Sequence[int],
                        found: dict[int, tuple[str, _Found]]) -> None:
        """A page may print the date, its time and the source each on its own line
        (2024-05-06 / 14:22:05 / 来源：…): a time alone right under a row dated without
        one is that date's time, and a metadata line too."""
        for k, i in enumerate(head[:-1]):
            nxt = head[k + 1]
            hit = found.get(i, ("", _Found()))[1]
            time = _TIME_ALONE.match(lines[nxt].strip())
            # a live page's feed under the date row prints every entry's time so (2025-11-09 /
            # 07:30 / entry / 07:45 / entry): the first time is its entry's, not the date's
            later = [ln.strip() for ln in lines[nxt + 1 : nxt + 1 + _FEED_LOOK] if ln.strip()]
            if time and any(_TIME_ALONE.match(ln) or _TIMED_ENTRY.match(ln) for ln in later):
                continue
            if hit.date and "T" not in hit.date and nxt not in found and time:
                hour, minute, second = time["H"], time["M"], time["S"] or "00"
                if int(hour) < 24:
                    dated = replace(hit, date=f"{hit.date}T{int(hour):02d}:{minute}:{second}")
                    found[i] = (found[i][0], dated)
                    found[nxt] = ("meta_line", _Found())

    @staticmethod
    def _outlet_over_date(lines: Sequence[str], head: Sequence[int],
                          found: dict[int, tuple[str, _Found]]) -> None:
        """A phone page's row under the headline printed a cell a line: the outlet's name
        alone (某某晚报) right over the head's first date, a date alone (2025-11-20 07:12),
        names the publisher. Only a name of an outlet's shape (…日报, …网, …客户端), with a
        line (the headline) over it."""
        k = next((k for k, i in enumerate(head) if i in found and found[i][1].date), 0)
        if k < 2:
            return
        i, outlet = head[k], head[k - 1]
        hit = found[i][1]
        if (outlet in found or head[k - 2] in found or i - outlet > 2 or hit.source_name
                or hit.authors):
            return
        row, name = lines[i].strip(), lines[outlet].strip()
        bare = _BARE_ROW.match(row) if _BARE_GATE.open(row) else None
        if not bare or bare["pre"] or bare["post"]:
            return
        if _NAMED_OUTLET.match(name) or _NEWS_AGENCY.match(name):
            found[outlet] = ("date_row", _Found(source_name=name))
        elif ((credit := _WRITER_SLASH_OUTLET.match(name)) and looks_like_name(credit["writer"])
              and plausible_author(credit["writer"])):
            # the reporter and the paper the piece came from, parted by a slash (某某/某某报)
            found[outlet] = ("date_row", _Found(source_name=credit["outlet"],
                                                authors=(credit["writer"],)))

    @staticmethod
    def _account_over_post_row(lines: Sequence[str], head: Sequence[int],
                               found: dict[int, tuple[str, _Found]]) -> None:
        """A self-media post's head saved as text: the headline, the account's name alone, then
        the post's labelled row (发布时间：…), whose date the platform may print with no year
        (发布时间：10-0812:00). The account is the publisher. Only a short name of an account's
        shape that reads as no person's name (a person's is a byline), the headline of a
        headline's size right over it, and no row of the head naming anyone."""
        if any(hit.source_name or hit.authors for _, hit in found.values()):
            return
        k = next((k for k, i in enumerate(head) if _POST_ROW_LABEL.match(lines[i].strip())), 0)
        if k < 2:
            return
        row, at, top = head[k], head[k - 1], head[k - 2]
        if at in found or top in found or row - at > 2 or at - top > 2:
            return
        name, headline = lines[at].strip(), lines[top].strip()
        if (len(name) <= _ACCOUNT_NAME_MAX + 2 and _ACCOUNT.match(name) and _HAN.search(name)
                and not looks_like_name(name) and not _menu_row(name)
                and len(_HAN.findall(headline)) >= _HEADLINE_HAN_MIN
                and len(headline) >= len(name) + 3):
            found[at] = ("date_row", _Found(source_name=name))

    @staticmethod
    def _outlet_under_date(lines: Sequence[str], head: Sequence[int],
                           found: dict[int, tuple[str, _Found]]) -> None:
        """A share page prints the outlet's name alone on the line right under a bare date
        row (标题 / 2025-11-24 09:03 / 某某晨报 / text): an outlet of an outlet's shape (…日报,
        …网, …客户端) names the publisher; any name the head's other rows gave as the
        publisher (某某新闻记者 某某 names 某某新闻) is that name again. The row is a date
        alone, or a date and its time; under the name the text opens, or another row."""
        for k in range(1, len(head) - 1):
            row, at = head[k], head[k + 1]
            if row not in found or at in found or at - row > 2 or not found[row][1].date:
                continue
            if k + 2 < len(head) and head[k + 2] not in found:
                continue
            # a bare date row only: an account's post row (原创 某某 某某号 2025年11月27日
            # 20:15) is followed by the account's card, its name over its description
            date_row, name = lines[row].strip(), lines[at].strip()
            bare = _BARE_ROW.match(date_row) if _BARE_GATE.open(date_row) else None
            dated = found[row][1]
            # or a labelled date alone (發佈日期：…) over a press office's name: the release's
            labelled = (bare is None and found[row][0] == "meta_line"
                        and _PRESS_OFFICE.match(name) is not None
                        and dated.source_name is None and not dated.authors and not dated.title)
            if not labelled and (bare is None or bare["pre"] or bare["post"]):
                continue
            named = {h.source_name for _, h in found.values() if h.source_name}
            if name in named:
                found[at] = ("date_row", _Found())
            elif not named and (_NAMED_OUTLET.match(name) or _PRESS_OFFICE.match(name)):
                found[at] = ("date_row", _Found(source_name=name))

    def _past_notice(self, lines: Sequence[str], filled: Sequence[int], first: int) -> int:
        """The first paragraph, past a notice the page prints above the headline (a
        subscription or copyright notice reads as prose): when the headline and a labelled
        date row (时间：2019-09-25 作者：…) come right after one or two such lines, the article
        opens under them. Then the notice is above the headline, and goes with the chrome."""
        if first not in filled:
            return first
        k = filled.index(first)
        for n in range(k + 1, min(k + 4, len(filled))):
            row = lines[filled[n]].strip()
            if _labelled_date(row):
                above = lines[filled[n - 1]].strip()
                # rows of clauses that do not read as prose under it (a plate's row under
                # the lead: 某A·12345，某某路口，逆向行驶) make it the article's lead, the date
                # row at its bottom; a label between a notice and the headline (广告) does not
                notice = not any(_CLAUSE_MARK.search(row) and not is_prose(row) for row in (
                    lines[filled[m]].strip() for m in range(k + 1, n - 1)))
                if n - 1 > k and notice and _heading_like(above) and not is_prose(above):
                    return next((filled[m] for m in range(n + 1, len(filled))
                                 if self._opens_text(lines, filled, m)), len(lines))
                return first
        return first

    @staticmethod
    def _writer_under_headline(lines: Sequence[str], filled: Sequence[int],
                               found: dict[int, tuple[str, _Found]],
                               headline: int) -> tuple[int, str] | None:
        """A person's name alone between the headline and its date row, which names no
        author (标题 / 某某某 / 2024年5月6日 | 来源：某某日报): a commentary's writer. A
        speech prints its speaker there with their office, and the day it was given in
        brackets under them (讲话 / 县长  某某某 / （2025年2月18日） / 发布时间：…). The line
        and the name."""
        k = filled.index(headline) if headline in filled else -1
        if k < 0 or k + 2 >= len(filled):
            return None
        name, row = filled[k + 1], filled[k + 2]
        speaker = _SPEAKER.match(lines[name].strip())
        if speaker and k + 3 < len(filled) and _SPOKEN_ON.match(lines[row].strip()):
            row = filled[k + 3]  # the day the speech was given, between speaker and row
        hit = found.get(row, ("", None))[1]
        if name in found or hit is None or not hit.date or hit.authors:
            return (MetaLines._writer_over_row(lines, filled, found, k)
                    or MetaLines._writer_under_row(lines, filled, found, k))
        if speaker:
            return name, lines[name].split()[-1]
        writer = _BYLINE_BOX.sub("", lines[name].strip())
        return (name, writer) if looks_like_name(writer) else None

    @staticmethod
    def _writer_over_row(lines: Sequence[str], filled: Sequence[int],
                         found: dict[int, tuple[str, _Found]], k: int) -> tuple[int, str] | None:
        """A post's writer under its headline and subtitle: the name alone glued right over
        the date row, which names no author (标题 / 副题 / 某某某 / 11月16日), the card a
        newsletter or blog prints. A name apart from the row may be a caption's."""
        if k + 3 >= len(filled):
            return None
        name, row = filled[k + 2], filled[k + 3]
        hit = found.get(row, ("", None))[1]
        if (row != name + 1 or name in found or filled[k + 1] in found or hit is None
                or not hit.date or hit.authors):
            return None
        writer = lines[name].strip()
        return (name, writer) if looks_like_name(writer) else None

    @staticmethod
    def _writer_under_row(lines: Sequence[str], filled: Sequence[int],
                          found: dict[int, tuple[str, _Found]], k: int) -> tuple[int, str] | None:
        """A theory page's writer: the name alone under the date row (which names no author),
        over the text, when the article ends by saying who its writer is (（作者系某某大学
        教授）). Without that note a name there may be a picture's caption or a speaker's."""
        if k + 3 >= len(filled):
            return None
        row, name = filled[k + 1], filled[k + 2]
        hit = found.get(row, ("", None))[1]
        if name in found or hit is None or not hit.date or hit.authors:
            return None
        if not looks_like_name(lines[name].strip()) or not any(
                _WHO_WROTE_IT.match(lines[i].strip()) for i in filled[k + 3:]):
            return None
        return name, lines[name].strip()

    @staticmethod
    def _day_under_headline(lines: Sequence[str], filled: Sequence[int],
                            found: dict[int, tuple[str, _Found]], headline: int
                            ) -> tuple[int, int | None] | None:
        """A document with no date row (a speech or a report saved from its Word file) dates
        itself in brackets under its title, with its speaker or its writing group next to the
        day (讲话 / （2025年4月10日） / 市长　某某某; 报告 / 某某调研组 / （2025年8月15日）): the
        line of the day and the speaker's line, if a speaker's office names one."""
        k = filled.index(headline) if headline in filled else -1
        if k < 0:
            return None
        under = [i for i in filled[k + 1 : k + 4] if i not in found]
        day_at = next((i for i in under if _SPOKEN_ON.match(lines[i].strip())), None)
        if day_at is None:
            return None
        speaker_at = next((i for i in under if abs(filled.index(i) - filled.index(day_at)) == 1
                           and _SPEAKER.match(lines[i].strip())), None)
        return day_at, speaker_at

    @staticmethod
    def _posting_account(lines: Sequence[str], filled: Sequence[int],
                         found: dict[int, tuple[str, _Found]], headline: int) -> int | None:
        """The account's name alone between the headline and a row giving the date and where
        the post was sent from (标题 / 某某早知道 / 2024-05-07 07:00 发表于北京): the
        publisher. None if the row names an outlet itself."""
        k = filled.index(headline) if headline in filled else -1
        if k < 0 or k + 2 >= len(filled):
            return None
        name, row = filled[k + 1], filled[k + 2]
        hit = found.get(row, ("", None))[1]
        if (name in found or hit is None or not hit.date or hit.source_name
                or not (_POSTED_FROM[0] in to_simplified(lines[row])
                        or any(posted_from(word) for word in lines[row].split())
                        # the province glued to the time (2026-11-28 14:06辽宁)
                        or posted_from(_AFTER_CLOCK.sub("", lines[row].strip())))):
            return None
        return name if _ACCOUNT.match(posting_name(lines[name])) else None

    @staticmethod
    def _rows_under_lead(lines: Sequence[str], filled: Sequence[int],
                         first: int) -> list[tuple[int, str, _Found]]:
        """The metadata rows printed under the article's summary box (摘要：… 导语：… then
        作者 某某, or the date row and the byline), under its box of key points (划重点：
        over bulleted points), or the byline under an unlabelled box right under the date
        row: the box reads as prose and opens the text, the rows under it are still the
        head's."""
        if first not in filled:
            return []
        k = filled.index(first)
        if _LEAD_BOX.match(lines[first].strip()):
            end = k + 1
            while end < min(k + _LEAD_BOX_MAX, len(filled)) and _LEAD_BOX.match(
                    lines[filled[end]].strip()):
                end += 1
        elif _POINT_BULLET.match(lines[first]):
            # the box's points, each on its own bulleted line (its heading, 划重点：, may be
            # gone with the menus: a label alone is one)
            end = k + 1
            while end < min(k + _POINTS_MAX, len(filled)) and _POINT_BULLET.match(
                    lines[filled[end]]):
                end += 1
            if end - k < 2 and not (k and _POINTS_HEADING.match(lines[filled[k - 1]].strip())):
                return []
        elif (k == 0 or _POINTS_HEADING.match(lines[filled[k - 1]].strip())) and (
                signed_at := _under_bare_points(lines, filled, k)) is not None:
            # the box's points with no bullets (an HTML list read a paragraph an item), first
            # in the text under their heading (划重点：) or with it gone as a lone label, and
            # the byline under them
            end = signed_at
        else:
            # A box with no label: one paragraph between the date row and the reporter's
            # byline (标题 / 日期 来源 / 导语 / 记者 某某 / 正文). A byline is printed over the
            # story it signs, so the paragraph above it is the box, still the article's words.
            above = lines[filled[k - 1]].strip() if k else ""
            below = lines[filled[k + 1]].strip() if k + 2 < len(filled) else ""
            under_row = bool(above and (parse_meta_line(above) or parse_date_row(above)))
            signed = parse_byline(below, tail=False) if below else None
            # Or a deck between the headline and its date row (标题 / 导语 / 日期 来源 / 正文):
            # one short paragraph, the text going on under the row.
            over_row = bool(above and below and not under_row
                            and len(lines[first].strip()) <= _DECK_MAX
                            and (parse_meta_line(below) or parse_date_row(below)))
            if not ((under_row and signed is not None and signed.authors) or over_row):
                return []
            end = k + 1
        rows: list[tuple[int, str, _Found]] = []
        under = filled[end : end + _LEAD_ROWS_MAX]
        for n, i in enumerate(under):
            row = lines[i].strip()
            below_row = lines[under[n + 1]].strip() if n + 1 < len(under) else ""
            if (hit := parse_byline(row, tail=False)) is not None and hit.authors:
                rows.append((i, "byline", hit))
            elif (_LEAD_BOX.match(lines[first].strip()) and _reads_as_account(row)
                  and (dated := parse_meta_line(below_row)) is not None and dated.date
                  and not dated.authors):
                # a Q&A answer's card under the question: the answerer's name alone over the
                # answer's date
                rows.append((i, "byline", _Found(authors=(row,))))
            elif (hit := parse_meta_line(row)) is not None:
                rows.append((i, "meta_line", hit))
            elif (hit := parse_date_row(row)) is not None:
                rows.append((i, "date_row", hit))
            else:
                break
        return rows

    @staticmethod
    def _opens_text(lines: Sequence[str], filled: Sequence[int], k: int) -> bool:
        """Whether ``filled[k]`` is body text. Not prose however long: a row of names with
        spaces and no punctuation (a menu), or a headline ending in ？/！ right above its date
        row."""
        line = lines[filled[k]].strip()
        if line.startswith("一、") and any(lines[j].lstrip().startswith("二、")
                                          for j in filled[k + 1 : k + 1 + _ITEM_SPAN]):
            # a numbered list's first item, its second below: a notice of rows (一、项目编号：…
            # / 二、项目名称：…) opens its text with them, no sentence before
            return True
        if not is_prose(line) and not _opens_a_list(line):
            return False
        if line.count(" ") >= 3 and not _CLAUSE_MARK.search(line):
            return False
        if _heading_like(line.rstrip("？！?!")):
            if 0 < k < _TWICE_HEAD and lines[filled[k - 1]].strip() == line:
                # the headline printed again right under itself (a header bar's copy, then
                # the article's own title, 为什么…？ / 为什么…？): the second is no sentence
                return False
            # the next line that is not the same headline printed again
            at = next((j for j in filled[k + 1:] if lines[j].strip() != line), None)
            nxt = lines[at].strip() if at is not None else ""
            if parse_meta_line(nxt) or parse_date_row(nxt) or parse_loose_date_row(nxt):
                return False
            # a section's label opens the text under it, however long the headline's
            # question or cry (…？假的！ / 网传“……，……”？ over 谣言：)
            if _SECTION_OPENER.match(nxt) and line.endswith(("！", "!", "？", "?")):
                return False
            # the account's or the writer's name alone between it and its date row
            # (标题 / 某某观察 / 2024-05-06 18:32 发布于某地)
            after = next((j for j in filled[k + 1:] if j > at), None) if at is not None else None
            below = lines[after].strip() if after is not None else ""
            if _ACCOUNT.match(nxt) and (parse_date_row(below) or parse_account_row(below)):
                return False
            if _YEAR_ALONE.match(nxt) and at is not None and any(
                    _split_date(lines, j) for j in filled[k + 2 : k + 3]):
                return False  # its date printed over lines under it (2019 / 09/07)
            if k == 0 and line.endswith(("！", "!", "？", "?")) and any(
                    _DATED_VERB_AT.match(ln := lines[j].strip()) and parse_date_row(ln)
                    for j in filled[-_POST_ROW_SPAN:]):
                # a note's headline, crying out, first of the page with nothing above it
                # but the chrome the cleaners took, its date row under the note (编辑于
                # 2025-02-16 IP属地：浙江): no sentence of the text
                return False
        return True

    @staticmethod
    def _lift_account(name: str, doc: Doc, meta: dict[str, object]) -> str | None:
        """Put an account name into meta; the field it went to, or None if that is taken.

        A person's name is an author; any other name is the publisher, unless the page
        already names a different one (then the line is left where it is).
        """
        if looks_like_name(name):
            if meta.get("authors") or doc.meta.authors:
                return None
            meta["authors"] = (name,)
            return "authors"
        if meta.get("source_name") or doc.meta.source_name not in (None, name):
            return None
        meta["source_name"] = name
        return "source_name"

    @staticmethod
    def _credit(lines: Sequence[str], filled: Sequence[int]
                ) -> tuple[int, tuple[str, ...], str, str] | None:
        """A bracketed reporters' credit opening one of the first paragraphs or closing a last one.

        Returns the line, the names, the line as kept and the text that goes: a credit alone
        on its line or closing a paragraph goes; one after a dateline opening the lead stays
        (cutting it would leave "本站讯为……"), only its names are taken.
        """
        for i in filled[:3]:
            line = lines[i].strip()
            hit = _bracket_credit(line, lead=True)
            if hit is not None:
                m, names = hit
                if _items_credited(lines, [j for j in filled if j > i], names):
                    return None
                if m.end() == len(line):
                    return i, names, "", line
                return i, names, lines[i], ""
        for i in reversed(filled[-3:]):
            line = lines[i].rstrip()
            hit = _bracket_credit(line, lead=False)
            if hit is not None:
                m, names = hit
                before = line[: m.start()].rstrip()
                if before and before[-1] not in _TERMINAL:
                    return None  # "……的（记者 某某）" inside a sentence: not a closing credit
                return i, names, before, line[m.start():].strip()
        return None

    @staticmethod
    def _cells_over_lines(lines: Sequence[str], head: Sequence[int],
                          found: dict[int, tuple[str, _Found]]) -> None:
        """An information table saved a cell a line: a label alone (发布机构：) over its value
        (某某局) is one field, read whole; the value's line is the label's. In a table of two
        or more label cells printed with no colon (成文日期 / … / 发布日期 / 2025-11-19) so is
        each."""
        bare = {i for i in head if _BARE_LABEL.match(unspaced_labels(lines[i].strip()))}
        if len(bare) < _BARE_LABELS_MIN:
            bare = set()
        for k, i in enumerate(head[:-1]):
            cell = unspaced_labels(lines[i].strip())
            label = _LONE_LABEL.match(cell if i not in bare else f"{cell}：")
            value = lines[head[k + 1]].strip()
            field = (_FIELD.search(unspaced_labels(value))
                     if label is not None and _FIELD_GATE.open(value) else None)
            # a line opening on a field is no value; a row wrapped after the label goes on
            # with the value, then a gap and the next field (发布机构： / 某某局　发布日期：…)
            if label is None or head[k + 1] - i > 2 or (field is not None and not (
                    field.start() > 0 and unspaced_labels(value)[:field.start()][-1:].isspace())):
                continue
            hit = parse_meta_line(f"{label[0]}{value}")
            if hit is not None:
                found[i] = ("meta_line", hit)
                found[head[k + 1]] = ("meta_line", _Found())

    @staticmethod
    def _title_lines(doc: Doc, lines: Sequence[str], head: Sequence[int],
                     found: dict[int, tuple[str, _Found]]) -> list[int]:
        """The head lines that print the headline: one line, or a run the page broke it into."""
        # a headline may ask its question (为什么…？)
        # a box of key points under the headline (划重点： over its points) is no headline, nor
        # is a field of a record printed a field a line (a profile's 姓名：… / 出生年月：… /
        # 项目级别：…) but its first, which may be a headline over it (某某人：某某事); a
        # metadata row (来源：…) is no field, so a headline over one is in no record
        fields = [run for run in ([i for i in run if i not in found]
                                  for run in field_records(lines))
                  if len(run) >= _RECORD_MIN]
        # and a tale's collection record printed over the story (讲述人：… / 搜集整理：…)
        # (an event's particulars, 报告题目 … / 报告人 …, have no headline over them)
        boxed = (_points_box(lines, head) | {i for run in fields for i in run[1:]}
                 | {run[0] for run in fields if _EVENT_FIELD_ROW.match(lines[run[0]].strip())}
                 | tale_record(lines))
        # nor is a ticker strip's quote (某某50 1045.33 -3.12 -0.30%)
        candidates = [i for i in head if i not in found and i not in boxed
                      and not _QUOTE.search(lines[i]) and not _edition_row(lines[i])
                      and _heading_like(lines[i].strip().rstrip("？?"))]
        if not any(i in found and found[i][0] in ("meta_line", "date_row") for i in head):
            # With no date row in the head (the source and date at the page's bottom), a
            # headline may exclaim too (…？假的！), though two commas and an exclamation make
            # an announcement (我司……，……，……权利！); under a date row such a line is the
            # text's first (好消息！…).
            candidates = [i for i in head if i not in found and i not in boxed
                          and not _QUOTE.search(lines[i]) and not _edition_row(lines[i])
                          and _heading_like(lines[i].strip().rstrip("？！?!"))
                          and not _announcement(lines[i])]
        known = doc.meta.title
        if known:
            # The extractor already has the title: only take lines out that repeat it.
            return _repeated_title(re.sub(r"\s+", "", known), lines, candidates[:4])
        # the subtitle under the headline is the article's text, not a part of the headline
        candidates = [i for i in candidates if not _SUBTITLE.match(lines[i])]
        # A run of bulleted lines (· 某某召开…… / · 某某开展……) is a sidebar's list of links,
        # no headline wrapped over lines: while a line stands outside such a list, its items
        # are none of the headline (a lone bulleted headline is still read).
        listed_items = {i for i in candidates if _in_bullet_run(lines, i)}
        if any(i not in listed_items for i in candidates):
            candidates = [i for i in candidates if i not in listed_items]
        # An e-paper page lists its headlines above the article (chrome.blocks took the list
        # out): the line that prints one of them again is the headline, and all of it.
        listed = {INDEX_BULLET.sub("", r.text.strip()) for r in doc.removals
                  if r.rule == "headline_index"}
        again = [i for i in candidates if lines[i].strip() in listed]
        if again:
            return [again[-1]]
        # A forum's or blog's breadcrumb ends in the post's headline (社区>自驾游>记录一次……):
        # the head line printing that last crumb again is the headline, wherever it stands
        # (under the thread's date row too).
        # The trail chrome.lines took out (down to a title with a comma in it) is read too.
        trails = [lines[i] for i in head] + [r.text for r in doc.removals
                                             if r.rule == "breadcrumb"]
        crumbed = {last for trail in trails if len(_CRUMB_MARK.findall(trail)) >= 2
                   and len(last := _CRUMB_MARK.split(trail)[-1].strip()) >= _CRUMB_TITLE_MIN}
        again = [i for i in candidates if lines[i].strip() in crumbed]
        if again:
            return [again[-1]]
        # A wiki prints its tagline (出自某某百科) right under the page's headline, and the
        # chrome took it out: the line right over it is the headline.
        tagline = next((n for r in doc.removals if r.rule == _WIKI_CHROME
                        and _WIKI_TAGLINE.match(r.text.strip())
                        and (m := _LINE_AT.match(r.where)) and (n := int(m[1]) - 1) > 0), None)
        if tagline is not None:
            over = next((i for i in range(tagline - 1, -1, -1) if lines[i].strip()), None)
            if over in candidates:
                return [over]
        meta_rows = [i for i in head if i in found and found[i][0] in ("meta_line", "date_row")]
        # The breadcrumb (首页 > 要闻动态) stands between the site's chrome and the article: of
        # the lines above the first date row, those above the breadcrumb (a weather widget, a
        # login row) are no headline when a heading-like line stands under it.
        crumbs = [n for r in doc.removals if r.rule == "breadcrumb"
                  and (m := _LINE_AT.match(r.where)) and (n := int(m[1]) - 1) < (
                      meta_rows[0] if meta_rows else -1)]
        if crumbs and any(max(crumbs) < i < meta_rows[0] for i in candidates):
            head = [i for i in head if i > max(crumbs)]
        elif crumbs and len(meta_rows) > 1 and any(
                meta_rows[0] < i < meta_rows[1] for i in candidates):
            # Under the breadcrumb the page prints the date alone, then the headline, then
            # its other row (2024-06-18 / headline / 发布人：… 阅读：…): the headline is the
            # line between the two rows, not a header line (开放时间：…) above the breadcrumb.
            between = [i for i in candidates if meta_rows[0] < i < meta_rows[1]]
            return [_headline_above_row(lines, between[-3:], meta_rows[1])]
        elif (crumbs and max(crumbs) < meta_rows[0] and _LONE_DATE.match(lines[meta_rows[0]])
              and any(i > meta_rows[0] for i in candidates)):
            # Under the breadcrumb the date alone, then the headline, and the page prints its
            # source and author at the bottom: the header's lines above the breadcrumb (a
            # search box, a slogan) are no headline; the heading-like line under the date is.
            candidates = [i for i in candidates if i > meta_rows[0]]
            meta_rows = meta_rows[1:]
        under = _under_table(lines, head, found)
        if under is not None:
            return [under]
        if meta_rows and (headline := _under_paper_header(lines, candidates, meta_rows[0])):
            return [headline]
        if not meta_rows and not any(r.rule in _EPAPER_LISTS for r in doc.removals) and (
                _edition_date([r for r in doc.removals if r.rule == "date_widget"], lines)):
            # a PDF's newspaper page dated by its header (its date by its page label still
            # printed, A03 要闻): the headline is the first heading-like line under the
            # masthead, over its subtitle (an e-paper's web page names its headline in its
            # lists of the page's headlines, read below)
            under_header = [i for i in candidates
                            if not _PRINTED_PAGE_LABEL.match(lines[i].strip())
                            and not _MASTHEAD.match(_SPACES.sub("", lines[i].strip()))]
            if under_header:
                return under_header[:1]
        for k, row in enumerate(meta_rows):
            # Between the headline and its date row a page may print the publisher or author;
            # of the few lines just above the row, the headline is the longest.
            # A headline may end in ？ or ！; above its date row that is no sentence.
            # Two commas and an exclamation make an announcement, not a headline (a notice
            # above it: 我司……，……，……权利！); a headline of clauses ends in none. A page
            # folded to half width prints the commas in ASCII (not a number's 1,000).
            before = [i for i in head if i < row and i not in found and i not in boxed
                      and not _SUBTITLE.match(lines[i]) and not _date_widget(lines[i])
                      and not _CODE_FIELD.match(lines[i].strip())
                      and not _QUOTE.search(lines[i]) and not _edition_row(lines[i])
                      and _heading_like(lines[i].strip().rstrip("？！?!"))
                      and not _announcement(lines[i])][-3:]
            # A paragraph of sentences above the row (a spam page's blurb over the article it
            # copied) closes the header above it: the headline stands under the paragraph.
            paragraphs = [i for i in head if i < row and i not in found
                          and len(_SENTENCE_ENDS.findall(lines[i])) >= _PARAGRAPH_SENTENCES]
            if paragraphs and any(i > paragraphs[-1] for i in before):
                before = [i for i in before if i > paragraphs[-1]]
            # A blog prints the post's day alone over its headline, under the site's menu: when
            # only a menu's items (• 阳台种菜 / • 读书笔记) stand just above a lone date, the
            # headline is under it too.
            menu_over_day = (all(_in_run(lines, i) for i in before)
                             and _LONE_DATE.match(lines[row].strip()) is not None)
            # an information table's code cells (索引号's value 431126/2025-01234), digits and
            # marks, over its date cells: the headline is under the table
            coded = all(_CODE_CELL.fullmatch(lines[i].strip()) for i in before)
            if (before and (all(names_a_body(lines[i].strip()) or _masthead_row(lines[i].strip())
                                for i in before)
                            or _account_over_row(lines, before, row, candidates) or menu_over_day
                            or coded)
                    and any(i > row for i in candidates)):
                # Only the paper's or site's name above the row, a headline-like line under
                # it: the page's issue date under its masthead (an e-paper), not the
                # headline's date row. The headline is further down.
                candidates = [i for i in candidates if i > row]
                if k + 1 < len(meta_rows):
                    continue
                break
            if before:
                return [_headline_above_row(lines, before, row, found[row][1].source_name)]
            break
        # A notice's addressee (各乡镇人民政府，县直有关单位：) opens its text: a line under it (a
        # document's first line, broken where the page was) is no headline while one is above.
        addressed = next((i for i in head if _ADDRESSEE.match(lines[i].strip())), None)
        if addressed is not None and any(i < addressed for i in candidates):
            candidates = [i for i in candidates if i < addressed]
        if not candidates:
            return []
        # No metadata row: of the last few heading-like lines above the first paragraph (site
        # name, kicker, headline, subtitle), the headline is the longest; a headline the page
        # broke over lines right under each other (no blank between) is taken whole.
        # A line in Latin letters with no Han character (a docs site's GitHubopen in new window
        # link) is none while a Chinese line is there, as above a date row (a time alone is
        # left to the passes that read it); a list item (a sidebar's link to the page) is
        # measured without its bullet, and loses a tie.
        # A feed's flash item, its time alone over its bracketed headline and text (10:42 /
        # 【…】…): the time stands for the item's headline, the feed's label (7×24小时快讯)
        # and the other items' headlines over it are none.
        flash = [i for i in candidates if _CLOCK_TIME.fullmatch(lines[i].strip())
                 and _ITEM_HEADLINE.match(next((ln.strip() for ln in lines[i + 1:]
                                                if ln.strip()), ""))]
        if flash:
            return flash[:1]
        # A headline printed twice, one copy right under the other (the page's header bar's
        # and the article's own): that line is the headline, not a longer kicker over it.
        twice = [i for i in candidates if i + 1 in candidates
                 and len(lines[i].strip()) >= _TWICE_MIN
                 and lines[i].strip() == lines[i + 1].strip()]
        if twice:
            return twice[-1:]
        near = [i for i in candidates[-4:] if _HAN.search(lines[i])
                or not _LATIN.search(lines[i])] or candidates[-4:]
        best = max(near, key=lambda i: (len(_LIST_ITEM.sub("", lines[i].strip())),
                                        not _LIST_ITEM.match(lines[i]), -i))
        best = _headline_over_figures(lines, near, best)
        run = [best]
        # A headline wraps at its box's width: every line but the last fills it, so a line
        # above that is narrower than the run's first is no part of it (an account's
        # description line printed over the headline), unless it names the issuing body a
        # decision's title opens with (某某委员会 / 关于……的决议).
        while (len(run) < 3 and run[0] - 1 in candidates
               and len(lines[run[0] - 1].strip()) >= 6
               and (print_width(lines[run[0] - 1].strip())
                    >= 0.9 * print_width(lines[run[0]].strip())
                    or _ISSUER.match(lines[run[0] - 1].strip()))):
            run.insert(0, run[0] - 1)
        # A label and its value under the headline (预警信号：暴雨橙色预警) is the text's first
        # field, no wrapped part of it: a headline breaks mid-phrase, never before a label.
        while (len(run) < 3 and run[-1] + 1 in candidates and len(lines[run[-1] + 1].strip()) >= 6
               and not _FIELD_UNDER_HEADLINE.match(lines[run[-1] + 1].strip())):
            run.append(run[-1] + 1)
        # Of kicker, headline and subtitle on lines of one width, the headline is the one the
        # page's list of headlines under the article prints again (本版标题 of an e-paper's
        # page); the kicker and the subtitle stay with the text.
        below = {LIST_BULLET.sub("", r.text.strip()) for r in doc.removals
                 if r.rule == "headline_list"}
        again = [i for i in run if lines[i].strip() in below]
        return again if len(run) > 1 and len(again) == 1 else run


# A subtitle summing the story up in figures, two clauses and a comma between, no full stop
# (全区新建32家，累计服务老年人9万人次), and a headline of words alone, quoted maybe, no mark
# or figure in it (社区“助餐点”让老人吃上热乎饭).
_CLAUSE_WITH_FIGURE = r"[^，,。！？!?\s]*\d[^，,。！？!?\s]*"
_FIGURES_SUBTITLE = re.compile(rf"^{_CLAUSE_WITH_FIGURE}[，,]{_CLAUSE_WITH_FIGURE}$")
_WORDS_HEADLINE = re.compile(rf"^[{HAN}“”‘’「」《》]+$")


def _headline_over_figures(lines: Sequence[str], near: Sequence[int], best: int) -> int:
    """The headline over its subtitle where no date row says which is which: the longest line
    ``best`` is a subtitle of figures (two clauses, each with a number) when the line above it,
    a blank between, is a headline of words (eight Han characters at least, no mark or
    figure); else ``best``. A headline wrapped over two lines has no blank between them."""
    if not _FIGURES_SUBTITLE.match(lines[best].strip()):
        return best
    above = [i for i in near if i < best]
    if not above:
        return best
    top = above[-1]
    head = lines[top].strip()
    if (top + 1 < best and not any(lines[j].strip() for j in range(top + 1, best))
            and _WORDS_HEADLINE.match(head) and len(_HAN.findall(head)) >= _HEADLINE_HAN_MIN):
        return top
    return best


# How far down the page a headline printed twice in a row is read as the page's head.
_TWICE_HEAD = 12


# A record's field whose value is a code or a number (工单编号：GD2025110700321, 编号：2025-017):
# a field between the headline and its date row, never the headline.
_CODE_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\s*[A-Za-z0-9][A-Za-z0-9\-_/.]*$")
# A label of a few Han characters, its colon and its value on one line (预警信号：暴雨橙色预警).
_FIELD_UNDER_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\s*\S")
# A date alone on its line, with or without its time (2024-02-26, 2024年2月26日 09:30).
_LONE_DATE = re.compile(r"^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                        r"(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$")


# A comma between clauses, full width or ASCII; one between digits groups a number (1,000).
_CLAUSE_COMMA = re.compile(r"，|(?<!\d),|,(?!\d)")


def _announcement(line: str) -> bool:
    """Two commas and an exclamation: a notice's call (我司……，……，……权利！), not a headline; a
    headline of clauses ends in none."""
    return len(_CLAUSE_COMMA.findall(line)) >= 2 and line.rstrip().endswith(("！", "!"))


# A site's or an organisation's name alone on its line (某某市公安局某某分局, 某某新闻网):
# printed above a headline as the page's name, never the headline itself.
_SITE_NAME = re.compile(
    r"^[\u4e00-\u9fffA-Za-z（）()]{2,18}(?:网|网站|官网|门户|客户端|日报|晚报|报社|电视台|"
    # a city's other papers (某某都市报, 某某早报, 某某商报, 某某时报)
    r"融媒体中心|都市报|早报|商报|时报|"
    # a paper's web edition named as such (某某日报数字报, 某某晚报电子报, 某某报数字报刊)
    r"报数字报|报数字报刊|报电子报)$"
    # a periodical's masthead on its reader (《某某》电子期刊, 《某某》杂志): the name alone in its
    # marks may be a poem's or a book's, so its kind must follow
    r"|^《[^《》]{2,16}》\s*(?:电子期刊|电子杂志|杂志|期刊|杂志社|电子版|数字报|电子报|数字版)$")


_SECTION_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# characters: a line printed twice over the text that long is a headline, no channel's label
_TWICE_MIN = 8
# The rules that take out a menu row (首页 > 新闻, 首页 | 新闻 | 财经), and what separates its
# items (首页 | 新闻, 首页  校园风采).
MENU_ROW_RULES = frozenset({"breadcrumb", "nav_labels", "pipe_nav", "space_nav"})
_SITE_NAME_MAX = 16  # characters: a site's name over its menu, no headline's kicker
_MENU_ROW_SPLIT = re.compile(r"\s*[|｜>»/]\s*|\s+")
# The channel a page is filed under, alone over its headline (公告信息, 通知公告, 党校动态,
# 【校园新闻】): no kicker ends in such a word.
_CHANNEL_LABEL = re.compile(with_traditional(
    r"^[【\[]?[\u4e00-\u9fff]{0,6}(?:动态|公告|通知|通告|公示|新闻|要闻|资讯|快讯|信息)[】\]]?$"))
_ITEM_SPAN = 20  # lines: how far under a list's first item (and its rows) its second is looked for
# A section's label alone on its line, over the text it names (谣言： / 真相： / 编者按：).
_SECTION_OPENER = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]$")


def _masthead_section(line: str) -> bool:
    """A site's or a body's name and the section of its pages after a space (某某市人民政府
    新闻公报, 某某网 时政): the page's masthead."""
    name, _, section = line.rpartition(" ")
    return bool(name) and names_a_body(name.strip()) and bool(_SECTION_LABEL.match(section))


def names_a_body(line: str) -> bool:
    """A line that is only the name of a site or of an organisation (an issuing body), in
    either script (某某入口網站 is a site's name as much as 某某入口网站)."""
    if len(line) > 20:
        return False
    line = to_simplified(line)
    return bool(_SITE_NAME.match(line) or _ISSUER.match(line))


# The parts of a site's name row (某某融媒 | 某某县融媒体中心官方网站), parted by a bar, and
# the short name a part may be beside the site's or body's full one (its brand, 某某融媒).
_MASTHEAD_BAR = re.compile(r"\s*[|｜丨]\s*")
_SHORT_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}")


def _masthead_row(line: str) -> bool:
    """Whether ``line`` is a site's name row: two or three parts parted by bars, one of them
    the name of a site or a body (``names_a_body``: …官方网站, …融媒体中心), the others that
    name or a short one (某某融媒 | 某某县融媒体中心官方网站), no headline's words. A title
    line's headline before the site's name (某某县举办… | 某某网) is longer than a name."""
    parts = [p for p in _MASTHEAD_BAR.split(line) if p]
    if not 2 <= len(parts) <= 3 or _MASTHEAD_BAR.search(line) is None:
        return False
    named = [names_a_body(p) for p in parts]
    return any(named) and all(body or _SHORT_NAME.fullmatch(p) is not None
                              for p, body in zip(parts, named, strict=True))


# A topic's banner over the page (【专题】学习贯彻…精神, 专栏：…): the series the article is
# filed under, never its headline; its label may be parted by a bar or a space (专题聚焦 | …,
# 专题 学习贯彻…精神). A headline naming a programme (专题片《某某》…) is no label.
_TOPIC_BANNER = re.compile(with_traditional(
    r"^(?:[【\[]\s*(?:专题|专栏|专题专栏|特别策划|系列报道)\s*[】\]]|(?:专题|专栏)\s*[:：]"
    r"|(?:专题|专栏|特别策划|系列报道)(?:聚焦|报道|导航)?(?:\s*[|｜丨]|[ \u3000]+(?=\S)))"))
# A column's label over its headline: the column's name alone (某某专栏) or with its section after
# a separator (某某专栏 · 县域观察, 某某专栏｜某某): the series the piece is filed under.
_COLUMN_LABEL = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{2,6}专栏(?:\s*[·・|｜丨/]\s*[\u4e00-\u9fff]{2,10})?$"))
# A column's or a programme's tagline closed by when it comes out (一档关于城市日常的谈话节目 ·
# 每周四更新, 每日早8点推送): the series' blurb over its episodes, no headline.
_SCHEDULE_TAGLINE = re.compile(with_traditional(
    r"[·・|｜丨/\s]\s*(?:每(?:周|逢周|月|日|天)[一二三四五六日天]?(?:[、/和至到]周?[一二三四五六日天])*|"
    r"周[一二三四五六日天](?:[、/和至到]周?[一二三四五六日天])*)"
    r"(?:[早晚中上下午]*\s*\d{1,2}[点:：]\d{0,2})?\s*(?:更新|上新|播出|首播|推送|见)$"))


# A section's name in Latin capitals alone (AGRICULTURE NEWS, NEWS CENTER), a few words.
_LATIN_BANNER = re.compile(r"^[A-Z][A-Z&'.-]*(?:\s+[A-Z][A-Z&'.-]*){0,4}$")
_ACCOUNT_NAME_MAX = 8  # characters: an account's or a platform's name over its post's row
_HEADLINE_UNDER_MIN = 10
_ROW_GAP_MAX = 4  # lines: the row's badge and follow button, taken out, may stand between


def _account_over_row(lines: Sequence[str], before: Sequence[int], row: int,
                      candidates: Sequence[int]) -> bool:
    """A self-media post's head: over the date row only short names (the platform, its menu,
    the account: 某某号 / 首页 推荐 / 某某观察员), under it a longer line of a headline's shape
    right after the row (only lines the chrome took out between), which is the headline."""
    under = next((i for i in candidates if i > row), None)
    if under is None or under - row > _ROW_GAP_MAX or any(
            lines[j].strip() for j in range(row + 1, under)):
        return False
    names = [lines[i].strip() for i in before]
    longest = max(len(n) for n in names)
    headline = lines[under].strip()
    # an item's bullet (■某某) or a label (【视频】…) opens no headline; a line printing a
    # name above again is the page's own label (某某新闻联播 / 【视频】某某新闻联播 0603)
    if not _HAN.match(headline) or any(n in headline for n in names):
        return False
    return (len(headline) >= max(_HEADLINE_UNDER_MIN, longest + 3)
            and all(_menu_row(n) or (len(n) <= _ACCOUNT_NAME_MAX and _ACCOUNT.match(n))
                    for n in names))


# Full stops of a paragraph: a line with this many sentences is text, not a header's line.
_SENTENCE_ENDS = re.compile(r"[。！？]")
_PARAGRAPH_SENTENCES = 3


_LATIN = re.compile(r"[A-Za-z]")
# A notice's addressee alone on its line: the bodies it goes to, then a colon (各有关单位：).
_ADDRESSEE = re.compile(with_traditional(r"^各[^\s。！？!?：:]{1,40}[：:]$"))


def _in_list(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is an item of a list of links, two or more printed right under each
    other: its neighbour an item of _LINK_ITEM_MIN characters or more, no name alone (a
    headline and its writer's name printed as items with no blank between are no such list)."""
    return bool(_LIST_ITEM.match(lines[i])) and any(
        0 <= j < len(lines) and (m := _LIST_ITEM.match(lines[j]))
        and len(lines[j][m.end():].strip()) >= _LINK_ITEM_MIN for j in (i - 1, i + 1))


_LINK_ITEM_MIN = 6


def _in_run(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a list item with another right over or under it (a menu's)."""
    return bool(_LIST_ITEM.match(lines[i])) and any(
        0 <= j < len(lines) and _LIST_ITEM.match(lines[j]) for j in (i - 1, i + 1))
# A list item as a page saved as text prints it (  • item).
_LIST_ITEM = re.compile(r"^\s*[•▪◦]\s*(?=\S)")
# A list's bullet, the middle dot too when a space follows it (· item; 约翰·史密斯 has none).
_BULLETED = re.compile(r"^\s*(?:[•▪◦]\s*|·\s+)(?=\S)")


def _in_bullet_run(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a bulleted item with another right over or under it."""
    return bool(_BULLETED.match(lines[i])) and any(
        0 <= j < len(lines) and _BULLETED.match(lines[j]) for j in (i - 1, i + 1))
_INFO_ITEM_MAX = 12  # characters: an item of a post's info list (a name, a category)


def _post_info_items(lines: Sequence[str], found: dict[int, tuple[str, _Found]]) -> None:
    """A blog's post-info list saved as text with no labels (• 某某 / • 2025年11月4日 / • 分类):
    the items next to a date item alone that meta read as the date row are the row's too, a
    name the author's byline when no row names one. Short items with no sentence mark only."""
    for i, (rule, hit) in sorted(found.items()):
        item = _LIST_ITEM.sub("", lines[i]).strip()
        if rule not in ("date_row", "meta_line") or not hit.date or not _LIST_ITEM.match(
                lines[i]) or not DATE.fullmatch(item):
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and j not in found and _LIST_ITEM.match(lines[j]):
                item = _LIST_ITEM.sub("", lines[j]).strip()
                if len(item) > _INFO_ITEM_MAX or re.search(r"[，。！？；：:,!?;]", item):
                    break
                named = any(h.authors for _, h in found.values())
                found[j] = (("byline", _Found(authors=(item,)))
                            if looks_like_name(item) and not named else ("meta_line", _Found()))
                j += step
# A market quote (科创50 1045.33 -3.12 -0.30%, 某某科技23.45+2.31%): a price, its signed change
# and percent, from a ticker strip; no headline prints a price with its change so.
_QUOTE = re.compile(r"(?<![\d.])\d+\.\d+\s*[+\-−]\d+(?:\.\d+)?(?:\s*[+\-−]\d+(?:\.\d+)?)?%")


_HEADLINE_HAN_MIN = 8  # Han characters: a headline's size, no name's or label's
# A site's masthead printing its Chinese name with its English one after it (某某晨報 Morning
# East Daily, 某某新聞網 NewsDaily): a name of a few Han characters, then capitalised Latin
# words only (no digit: a headline's product name, 某某發表 Mate X6, has one).
_BILINGUAL_MASTHEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,7}\s*[A-Z][A-Za-z'&.-]*(?:\s+[A-Z][A-Za-z'&.-]*)*$")


def _headline_above_row(lines: Sequence[str], before: Sequence[int], row: int,
                        outlet: str | None = None) -> int:
    """Of the few heading-like lines just above the date row (site name, section label,
    headline, subtitle, publisher), the headline.

    A site's or organisation's name is none while another line is there, however short the
    other (警情通报 under 某某市公安局某某分局). Of the rest the longest is, unless a line of
    headline size comes right before it and it stands right above the date row: then the
    page prints headline, subtitle, date row, and the first is the headline; not when that
    line opens with the outlet the row names (``outlet``): the masthead glued to its menu.
    """
    pool = [i for i in before if not names_a_body(lines[i].strip())
            and not _masthead_row(lines[i].strip())
            and not _TOPIC_BANNER.match(lines[i].strip())
            and not _COLUMN_LABEL.match(lines[i].strip())
            and not _SCHEDULE_TAGLINE.search(lines[i].strip())] or list(before)
    # a spam mirror's selling line over the headline it copied (某某娱乐城欢迎您 某某官网) is
    # none while another line is there
    pool = [i for i in pool if not _selling_line(lines[i])] or pool
    # an item of a programme's or an issue's numbered contents (本期内容： 1.… 2.… 3.…) over
    # the headline that prints it again: the item is none while another line is there
    pool = [i for i in pool if not _NUMBERED_ITEM.match(lines[i].strip())] or pool
    # a line with no Han character (the office's name in Portuguese or English under its
    # Chinese one) is none while a Chinese line is there, however long it runs in letters
    pool = [i for i in pool if _HAN.search(lines[i])] or pool
    # a menu glued into one word-run from its home link (首页学校概况校园新闻…), whatever its
    # sections' names, is none while another line is there: no headline opens on 首页 so
    pool = [i for i in pool if not _HOME_LED.match(lines[i].strip())] or pool
    # nor is the site's masthead printing its name in both languages while a line of
    # headline size is there (its Latin letters make it the longest)
    pool = [i for i in pool if not _BILINGUAL_MASTHEAD.match(lines[i].strip())] or pool
    # an item of a list (a box of links' • 求购…11-25, a table of contents' • 1. 控水…, an
    # item right over or under it) is none while another line is there; a template may print
    # the headline alone as a list item (• 某某：……, blank lines around it)
    pool = [i for i in pool if not _in_list(lines, i)] or pool
    # a line the page printed twice above the row (a blog's tagline in its header and again
    # in its sidebar's profile) is none while a line of headline size stands nearer the row
    # (a writer's name there leaves the headline printed twice alone)
    if len(_HAN.findall(lines[pool[-1]])) >= _HEADLINE_HAN_MIN:
        pool = [i for i in pool if i == pool[-1] or not any(
            j != i and ln.strip() == lines[i].strip() for j, ln in enumerate(lines[:row]))]
    # a list item (a breadcrumb's last crumb, • headline) is measured without its bullet and
    # loses a tie with the same words unbulleted (the headline under the trail)
    best = max(pool, key=lambda i: (len(_LIST_ITEM.sub("", lines[i]).strip()),
                                    not _LIST_ITEM.match(lines[i]), -i))
    under = next((i for i in pool if i > best), None)
    if (under is not None and _next_to(lines, best, under)
            and _BARE_WORDS.match(lines[best].strip())
            and _PLACED_HEADLINE.match(lines[under].strip())
            and len(_HAN.findall(lines[under])) >= _HEADLINE_HAN_MIN):
        # a kicker of bare words (引题, no mark in it) right over a headline that names its
        # place (某某镇：……), longer than it: the kicker rides on the headline, as below
        return under
    k = pool.index(best)
    # right before and right above: the page's own lines, a blank at most between (the
    # lines an earlier cleaner took out are blank too, and must not join far-apart lines)
    if k == 0 or not _next_to(lines, best, row):
        return best
    top = pool[k - 1]
    head = lines[top].strip()
    if (not _next_to(lines, top, best) or len(_HAN.findall(head)) < 8
            or _CRUMB_MARK.search(head) or _SUBTITLE.match(head) or _menu_row(head)
            or _COLUMN_KICKER.match(head)
            # the headline's own words as a list item right over it (a breadcrumb saved one
            # crumb a line, its last the headline): no headline over a subtitle
            or _LIST_ITEM.sub("", head).strip() == lines[best].strip()):
        return best
    if outlet and len(outlet) >= 2 and _SPACES.sub("", head).startswith(outlet):
        # the outlet's name glued to its channel menu (某某晚报都市生活健康听新闻) over the
        # headline: a masthead, no headline over its subtitle
        return best
    if any(ln.strip() == head for ln in lines[:top]):
        # printed before too (a carousel's slides, looped): a teaser over the next one, no
        # headline over its subtitle
        return best
    if (_SHOULDER.match(head) or _BARE_WORDS.match(head)) and _PLACED_HEADLINE.match(
            lines[best].strip()):
        # a kicker of paired phrases (坚持党建引领 赋能乡村振兴) over a headline that names
        # its place (某某村：……): the kicker rides on the headline; so does a run of bare
        # words (a touch page's channel strip saved glued, 推荐某某新闻乡镇动态视频问政): a
        # subtitle under a headline is no 某某县：…… line
        return best
    return top


# A web address in a line (某某88.com, www.某某.net).
_WEB_ADDRESS = re.compile(r"(?<![A-Za-z0-9])(?:www\.)?[A-Za-z0-9-]{2,24}\.(?:com|net|cc|vip|top|"
                          r"xyz|me|co|app|bet|club|live|tv)(?![A-Za-z0-9])", re.I)


def _selling_line(line: str) -> bool:
    """Whether ``line`` sells what the spam lexicons name: a brand or selling phrase with
    another one, a web address or a name's official site (某某官网). A headline about spam
    (警方查处…) is none; a name alone (金沙江…) is none."""
    if NEWS_CONTEXT.search(line):
        return False
    simple = to_simplified(line)
    selling = [h for h in shared_lexicon().scan(simple) if h.kind != "term"]
    return bool(selling) and (len(selling) >= 2 or bool(_WEB_ADDRESS.search(simple))
                              or bool(_SITE_OF.search(simple)))


# A numbered list's item (3.某某工程通水运行, 2、…), not a number's decimals (1.2亿元…).
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.．、](?!\d)")


# A kicker (引题): phrases of Han characters between spaces, nothing else. A headline that
# opens with its place or subject and a colon (某某村：……).
_SHOULDER = re.compile(rf"^[{HAN}]{{3,8}}(?:[ \u3000]+[{HAN}]{{3,8}})+$")
_PLACED_HEADLINE = re.compile(rf"^[{HAN}]{{2,10}}[：:]\S")
# a line of Han characters alone, no space or mark between them (a kicker, a channel strip)
_BARE_WORDS = re.compile(rf"^[{HAN}]+$")


_MENU_ITEM_MAX = 4
_MENU_PUNCT = re.compile(r"[，。！？；、,!?;：:“”]")


def _menu_row(line: str) -> bool:
    """A site's menu saved as one line (首页 本地新闻 乡镇动态): three or more short words
    between spaces, no punctuation. A headline of two phrases (某某镇 小小桑葚串起增收路)
    has longer ones. Or a menu of section names glued into one word-run (城市社会财经体育视频),
    which chrome.lines' glued_nav leaves to the passes that see it above the headline."""
    words = line.split()
    return (len(words) >= 3 and all(len(w) <= _MENU_ITEM_MAX for w in words)
            and not _MENU_PUNCT.search(line)) or _GLUED_SECTIONS.match(line) is not None or (
        _HOME_LED.match(line) is not None
        and len(_SECTION_NAME.findall(line)) >= _HOME_LED_SECTIONS)


# Section names a site's menu glues into one word-run, four or more of them and nothing else.
_SECTION_NAMES = (r"新闻|要闻|时政|国内|国际|民生|经济|财经|科技|教育|健康|体育|娱乐|汽车|房产|"
                  r"旅游|文旅|军事|评论|视频|图片|专题|本地|城市|城事|社会|法治|生活|文化|文体|"
                  r"数字报|直播|快讯|政务|互动")
_GLUED_SECTIONS = re.compile(with_traditional(
    rf"^(?:(?:首页|{_SECTION_NAMES})\s*[|｜]?\s*){{4,}}$"))


# A menu glued into one word-run that opens on its home link (首页某某民生直播视频专题): a
# place's or a channel's own name among the section names; three of them at least.
_HOME_LED = re.compile(with_traditional(rf"^首页[{HAN}]{{4,24}}$"))
_SECTION_NAME = re.compile(with_traditional(_SECTION_NAMES))
_HOME_LED_SECTIONS = 3


def _next_to(lines: Sequence[str], upper: int, lower: int) -> bool:
    """Whether line ``lower`` follows line ``upper`` with one blank line at most between."""
    return 0 < lower - upper <= 2 and not any(lines[j].strip() for j in range(upper + 1, lower))


def _under_box(lines: Sequence[str], headline: int, row: int, boxed: set[int]) -> bool:
    """Whether only a box of key points stands between the headline and the date row."""
    between = [j for j in range(headline + 1, row) if lines[j].strip()]
    return bool(between) and all(j in boxed for j in between)


def _row_under(lines: Sequence[str], headline: int, row: int) -> bool:
    """Whether the date row ``row`` is the headline's: at most three lines under it, or a
    subtitle (one line, a blank around it) between them."""
    gap = row - headline
    return 0 < gap <= 3 or (gap <= 5 and sum(1 for j in range(headline + 1, row)
                                             if lines[j].strip()) == 1)


# A form's row saved with its cells joined by a space: a label, then its value (发文字号
# 某〔2025〕1号).
_CELL_ROW = re.compile(r"^([\u4e00-\u9fff]{2,6})[ \u3000]+\S")


def _under_table(lines: Sequence[str], head: Sequence[int],
                 found: dict[int, tuple[str, _Found]]) -> int | None:
    """The headline a government page prints under its information table: two rows or more
    of the table's own fields (索引号, 发布机构, 发文字号 …) and right after them, before the
    first paragraph, a line shaped like a headline."""
    table = [i for i in head if i in found and found[i][0] == "meta_line"
             and any(f["key"] in _TABLE_KEYS
                     for f in _FIELD.finditer(unspaced_labels(lines[i])))]
    last = table[-1] if len(table) >= 2 else None
    cells = [i for i in head if (m := _CELL_ROW.match(lines[i].strip())) and m[1] in _TABLE_KEYS]
    if last is None and len(cells) >= 2:
        # an office system's form saved with its cells joined by spaces, no colons (发文字号
        # 某农水〔2025〕47号 签发人 某某 / 发文机关 某某局 成文日期 2025-11-26): its other rows
        # (主送 …, 拟稿人 …) run on to the blank line closing the form
        last = cells[-1]
        while last + 1 < len(lines) and lines[last + 1].strip():
            last += 1
    if last is None:
        return None
    after = [i for i in head if i > last and i not in found]
    if not after or not _heading_like(lines[after[0]].strip()):
        return None
    return after[0]


def _repeated_title(key: str, lines: Sequence[str], candidates: Sequence[int]) -> list[int]:
    """The candidate line, or run of adjacent lines, that together repeat the title ``key``.

    A long headline is often broken over two or three lines ("关于……购买外汇及" /
    "调整……的决议"); the run goes as a whole, or the body would open with half a headline.
    A line must repeat the title or be a part of it of six characters or more; the lines
    after it join the run while the run, read as one, is still a part of the title. An
    event's labelled row (讲座主题：…) holding the title is no repeat of it.
    """
    for n, start in enumerate(candidates):
        flat = re.sub(r"\s+", "", lines[start])
        if not flat or (flat != key and _EVENT_LABEL.match(lines[start].strip())):
            # an event's particulars row naming the event as the headline does (讲座主题：X
            # under the headline X) is the notice's text, no headline printed again
            continue
        if flat == key or key in flat:
            return [start]
        if len(flat) < 6 or flat not in key:
            continue
        run, joined = [start], flat
        for nxt in candidates[n + 1:]:
            gap = [ln for ln in lines[run[-1] + 1: nxt] if ln.strip()]
            more = joined + re.sub(r"\s+", "", lines[nxt])
            if gap or more not in key:
                break
            run, joined = [*run, nxt], more
        return run
    return []
