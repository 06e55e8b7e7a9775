"""Blocks around the article: navigation menus before it, related-article sections and lists of
unrelated headlines after it (L4, L5).

The article is the largest cluster of long paragraphs ("anchors"); anchors cut off from it by a
long stretch of short lines (a comment, a teaser) do not extend it. Before it, a run of very
short lines is a menu; after it, a related-articles marker cuts what follows, and a run of
short lines is a link list. Bylines and metadata rows are left for meta.lines to lift.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

from ..dates import DATE
from ..document import Doc, Removal, shorten
from ..literals import clues
from ..meta import (
    LETTER_CLOSE,
    LIST_BULLET,
    MENU_ROW_RULES,
    NOTICE_CLOSE,
    SOURCE_CARD,
    bare_label_cells,
    chronicle_lines,
    client_row,
    closing_attachments,
    closing_contacts,
    closing_signature,
    contact_block,
    date_over_lines,
    dated_entry_runs,
    field_record,
    field_records,
    in_stanzas,
    parse_byline,
    parse_date,
    parse_date_row,
    parse_meta_line,
    recipe_lines,
    tale_record,
    work_record,
)
from ..names import looks_like_name, names_row
from ..script import with_traditional
from .common import (
    AD_NEWS_WORDS,
    AD_OFFER,
    GALLERY_COUNTER,
    abstract_keywords,
    cell_table,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Container, Iterable, Mapping, Sequence

__all__ = ["RELATED_MARKER", "PageBlocks", "figures_under_sentence", "main_span"]

# A WeChat post decorates it (▶ 推荐阅读, ● 往期回顾 ●, - 往期推荐 -). A government site lists
# the readings of the policy it prints under it (相关解读：图解…, 一图读懂…). A portal names
# what it recommends (相关车型推荐, 热门评测); a bilingual site glosses the heading in English
# (【相关新闻 Related】); a comment box counts its comments (网友评论（26）). A 政务服务 site
# lists the services next to the one it guides (相关事项, 热门服务); a finance portal the
# company's other notices under the one it prints (相关公告); a guide its site's questions and
# answers on the same matter (相关问答).
# A newspaper page's mark that its story goes on in another page ((下转第3版), （转A4版）).
_GOES_ON_ELSEWHERE = re.compile(with_traditional(
    r"^[（(]\s*(?:下转|转至|转)\s*第?\s*[A-Za-z]?\d{1,2}\s*(?:版|页|面)\s*[)）]$"))
# The opening of a dispatch (本报讯, 本报北京5月19日电, 新华社北京5月19日电, 记者 某某 报道).
_DISPATCH_OPENING = re.compile(with_traditional(
    r"^(?:本报讯|本报[\u4e00-\u9fff\d月日]{0,12}电|新华社[\u4e00-\u9fff\d月日]{0,12}电"
    r"|[\u4e00-\u9fff]{2,8}(?:网|报|台)讯)"))
_NEXT_HEADLINE_MAX = 30
_ENDS_SENTENCE = re.compile(r"[。！？!?；;]$")
# The label of the page's teaser of the next article, alone on its line (下一篇, 【下一条】):
# the next article's headline and its first paragraph under it, then maybe a link to read it
# all (阅读全文 >), which chrome.lines took as the pager's.
_NEXT_LABEL = re.compile(with_traditional(
    r"^[【\[]?\s*(?:下一篇|下一条|下一则|下篇)\s*[】\]]?\s*[:：]?$"))
_READ_ALL = re.compile(with_traditional(
    r"^[【\[]?\s*(?:点击)?(?:阅读全文|查看全文|查看详情|全文阅读|详细内容|详情)\s*[】\]]?\s*[>»›》]*$"))
_TEASER_PARAGRAPHS_MAX = 2  # paragraphs of the next article such a teaser prints

RELATED_MARKER = re.compile(with_traditional(
    # (its bullet or arrows before it: ▶ 相关阅读, >>延伸阅读, ▼延伸阅读)
    # (相關連結, the Taiwan and Macau word for 相关链接, read the same)
    r"^[▶►▷▼▽▲△●○■◆★☆>»＞\-—–\s]*[【\[]?\s*(?:相关(?:阅读|新闻|文章|链接|连结|信息|报道|稿件|推荐|专题(?:报道|文章|新闻)?|资讯|解读|"
    r"事项|公告|评论|问答|文件|[\u4e00-\u9fff]{2}推荐)|"
    # a policy page's box of its readings in pictures (图解, 图片解读) over their links
    r"(?:政策)?图解|图[文片]解读|视频解读|"
    # a 专题 page's list of its other articles under the one shown (专题其他报道, 本专题其他文章)
    r"(?:本?专题)?(?:其他|其它)(?:报道|文章|新闻|稿件)|本专题(?:相关|更多)?(?:报道|文章|新闻|稿件)|推荐阅读(?:相关(?:主题|文章|内容))?|延伸阅读|拓展阅读|"
    r"热门(?:推荐|文章|新闻|资讯|标签|排行|评测|视频|图集|专题|车型|楼盘|服务|事项)|猜你喜欢|更多精彩|往期回顾|往期推荐|精彩推荐|精彩图片|"
    r"大家都在看|热点(?:新闻|推荐|资讯|排行)|最新(?:新闻|文章|资讯|推荐|动态)|编辑推荐|为你推荐|"
    r"今日推荐|推荐新闻|图片新闻|友情链接|网友评论|最新评论|热门评论|精选留言|留言精选|热门留言|精选评论|"
    # a post's comment area under its heading (留言区, 评论区)
    r"留言区|评论区|"
    # an online course's table of lessons under its description (章节目录, 课程目录)
    r"(?:章节|课程)目录|课程大纲|"
    # a comment box headed by its count (共 36 条评论)
    r"共\s*\d[\d,]*\s*条(?:评论|留言)|"
    r"[你您]?可能(?:会)?(?:感兴趣|喜欢)(?:的(?:文章|内容|新闻|资讯|话题))?|"
    r"延伸\s*[·•]?\s*(?:阅读|推荐)|(?:继续)?阅读下一篇|热门\s*(?i:tags)|"
    r"看了本文的人还看了|(?:24小时|今日|本周|本月|一周|点击|阅读)?(?:排行|排行榜)|更多(?:新闻|视频|图片|资讯|文章|报道)|"
    r"(?:(?i:related|recommended|most read|popular|more)\s*(?i:articles|stories|news|reading)?))"
    # the heading's English gloss, or the count of what it lists
    r"(?:\s*(?i:related|recommended|most read|popular|more)"
    r"(?:\s+(?i:articles|stories|news|reading))?|\s*[（(]\d{1,6}[)）])?"
    r"\s*[】\]]?\s*[:：>》]*"
    # the box's link to more of it beside the heading (热点推荐更多>>, 相关新闻 更多 >)
    r"(?:\s*(?:查看)?更多\s*[>》»＞]*)?"
    # (or the arrows closing it as they open it: ▼往期推荐▼)
    r"[\s●○■◆★☆◀◄▼▽▲△\-—–]*$"))

# A table of contents' heading (目录, 【本文目录】; a newsletter's 本期目录 over its items)
# above the article's section headings, each of which the article prints again over its
# section: a menu of its own headings.
_CONTENTS = re.compile(with_traditional(
    r"^[【\[]?\s*(?:本文|文章|内容|本期|本刊)?目\s*录\s*[】\]]?\s*[:：]?$"))
_CONTENTS_MAX = 30  # entries a table of contents lists
# An entry's number (an encyclopedia's 1 历史, 2.1 分布; 一、概况): the heading over the section
# may be printed without it.
_CONTENTS_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}(?:[.、．]\s*|\s+)"
                              r"|[一二三四五六七八九十]{1,3}、\s*)(?=\S)")
_CONTENTS_ENTRY_MAX = 40  # characters: a section heading, no paragraph
# A chapter's heading in an enacted text (第一章　总则, 第二编 …): the 目录 of a law or a
# regulation over them is part of the text as enacted, not the site's navigation.
_ENACTED_CHAPTER = re.compile(with_traditional(
    r"^第[一二三四五六七八九十百零〇\d]{1,4}[章编]\s*\S"))

# The characters a related marker opens with, read off the pattern: most lines are not
# matched against it.
_MARKER_STARTS = clues(RELATED_MARKER.pattern, RELATED_MARKER.flags).first
# A marker that recommends other articles (推荐, 猜你喜欢, 热门, 排行, 下一篇) heads links and
# their teasers only; 相关链接 or 延伸阅读 may head background the article itself gives.
_RECOMMENDS = re.compile(with_traditional(
    r"推荐|猜你喜欢|大家都在看|还看了|热门|排行|下一篇|感兴趣|可能(?:会)?喜欢"
    r"|(?i:recommended|popular|most read)"))


# A post's dated row under it (编辑于 2025-02-16 IP属地：浙江, 发布于 2024-05-06 18:32):
# meta.lines reads the date off it, no list's item.
_POST_ROW = re.compile(with_traditional(
    r"^(?:发布|发表|编辑|更新|修改)于\s*(?:19|20)\d{2}\s*[-/.年]"))
# A comment box's count heading its comments (共 36 条评论), and how many lines under it are
# looked at for a comment's reply row.
_COMMENT_COUNT = re.compile(with_traditional(r"^共\s*\d[\d,]*\s*条(?:评论|留言)$"))
_THREAD_PROBE = 3
# A comment box's heading with its count (评论（216）, 全部评论 (38)), and a comment under it
# opening on its writer's quoted handle and a colon (听友“某某”：…, 网友「某某」: …).
_COMMENT_HEADING = re.compile(with_traditional(
    r"^(?:全部|网友|最新|热门|精选)?(?:评论|留言)\s*[（(]\d[\d,]*[)）]$"))
_COMMENT_HANDLE = re.compile(with_traditional(
    r"^(?:听友|网友|读者|书友|观众|用户|粉丝)?[“「][^”」\s]{1,16}[”」]\s*[：:]\s*\S"))


# A teaser card's read count closing its line (…标题1.8万阅读, 某某客户端 · 3.2万阅读).
_CARD_FOOT = re.compile(r"\d[\d,.]*\s*[万wW]?\+?\s*(?:次|人)?(?:阅读|浏览|播放)$")


def _related_marker(line: str) -> bool:
    """RELATED_MARKER.match(line) for a stripped line (which may be empty)."""
    if _MARKER_STARTS is not None and line[:1] not in _MARKER_STARTS:
        return False
    return RELATED_MARKER.match(line) is not None


_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# A row of labelled readings, each a short label, a number and its unit (PM2.5：18μg/m³　PM10：
# 35μg/m³, CO：0.6mg/m³): a widget's, whose Latin letters are labels and units, not code.
_READINGS_ROW = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9.₀-₉]{0,5}\s*[:：]\s*\d+(?:\.\d+)?\s*"
    r"(?:[μµ]?g/m[³3]|mg/m[³3]|ppm|ppb|%|℃|°C|dB|hPa|mm|km/h|m/s)?\s*){1,6}")
# Marks a page prints before a list's items (code is never set after one).
_ITEM_BULLETS = frozenset("•·▪●◆■◇□○")
_LATIN_RUN = re.compile(r"[A-Za-z]{3}|[A-Za-z].*[A-Za-z].*[A-Za-z]")
# A sentence closed inside quotation marks, or an editor's note wrapped whole in brackets
# (（应受访者要求，文中人物为化名。）): its stop comes before the closing mark.
_QUOTED_ENDS = {"。”", "！”", "？”", "。」", "！」", "？」", "。）", "！）", "？）", "。)"}
# Sentence punctuation: menu labels never carry it (a WeChat article's one-phrase paragraphs,
# 163_9, and verse lines, people_1, do).
_SENTENCE_MARKS = re.compile(r"[，。！？；、,!?;]")
_PROSE_MARKS = re.compile(r"[，。,]")  # a sentence's, not a list's (、) or a headline's (！？)
# A line ending in a comma is the first half of a sentence continued on the next line; no
# headline ends that way.
_CONTINUED = tuple("，、,")
# A sentence with a note in brackets after its stop (……牵头负责。（以下简称某某委）): a
# headline has no stop before its bracket.
_NOTED_END = re.compile(r"[。！？][（(][^（）()]{1,30}[)）]$")
# Chrome rules that mark where an article ends (the editor's credit under the last paragraph).
_END_RULES = frozenset({"editor_credit", "credit_fields", "end_marker"})
# The label of the site's box about its owner (科室简介, 【医院介绍】, 学院概况): a hospital's,
# school's or firm's site prints it beside or under every article. A person's profile (专家简介,
# 作者简介) may be the article's own.
_PROFILE_LABEL = re.compile(with_traditional(
    r"^[【\[]?\s*(?:科室|医院|本院|学院|学校|本校|院系|公司|集团|企业|单位|机构|部门|本站|网站|"
    # a 街道's, a township's or a community's site prints its own (街道简介, 社区概况, 镇情简介)
    r"协会|景区|街道|社区|乡镇|镇情|乡情|村情|园区)(?:简介|介绍|概况)\s*[】\]]?\s*[:：]?$"))
_PROFILE_PROSE_MAX = 2  # paragraphs such a box holds
# The label of the site's box about the 专题 or column the article is filed in (专题介绍,
# 栏目简介), printed beside every article of it: the column's aim, its sections, its hotline.
_COLUMN_LABEL = re.compile(with_traditional(
    r"^[【\[]?\s*(?:专题|栏目|专栏)(?:简介|介绍|说明)\s*[】\]]?\s*[:：]?$"))
_COLUMN_PROSE_MAX = 3  # paragraphs such a box holds: its aim, its sections, a call to readers
# A 纪委监委 or 信访 site's box of its reporting rules beside every article (举报须知 over
# 1.本网站受理… 2.举报人应…): numbered rules, a few more than an owner's paragraphs.
_RULES_LABEL = re.compile(with_traditional(
    r"^[【\[]?\s*(?:举报|信访|投诉|来信来访)(?:须知|指南|受理范围)\s*[】\]]?\s*[:：]?$"))
_RULE_NUMBER = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十])\s*[.、．]")
_RULES_MAX = 6  # numbered rules such a box holds
# A message board's box of its rules (写信须知, 留言须知) printed above the record of the letter
# itself: its label, numbered rules, maybe a few short rows (办理统计, its counts, its buttons),
# then the record's labelled rows, a date among them (留言人 … 留言时间 2026-…).
_NOTICE_BOX_LABEL = re.compile(with_traditional(
    r"^[【\[]?\s*[\u4e00-\u9fff]{1,4}须知\s*[】\]]?\s*[:：]?$"))
_NOTICE_BOX_ROWS = 8  # short rows between the rules and the record
_RECORD_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:\s*[:：]\s*|\s+)\S")
_RECORD_DATE_REACH = 3  # lines from the record's first row to its dated one
_RECORD_PROSE_REACH = 8  # lines from the record's first row to its text
_PROFILE_ROW_MAX = 30  # characters: its rows (门诊时间：…, 电话：…) after its paragraphs
# A hospital site's card of one of its doctors beside every article (专家简介 over the name, the
# title, a line or two on them, the clinic hours), closed by its booking button alone on a line
# (预约挂号): the site's, though a person's profile may be an article's own; the button is not.
_DOCTOR_CARD_LABEL = re.compile(with_traditional(
    r"^[【\[]?\s*(?:(?:专家|医生|医师|名医)(?:简介|介绍|推荐)|(?:相关|推荐)(?:医生|专家|医师))"
    r"\s*[】\]]?\s*[:：]?$"))
# (or the button glued after the card's last line, a space apart: 擅长：… 去挂号)
_BOOKING_BUTTON = re.compile(with_traditional(
    r"(?:^|(?<=\s))[【\[]?\s*(?:预约挂号|在线挂号|网上挂号|网上预约|预约就诊|在线预约|立即预约|我要挂号"
    r"|去挂号)\s*[】\]]?$"))
# A card with no label opens with the doctor's name and title (某某 主任医师 心血管内科), what
# the doctor treats under it (擅长：…, 专长：…, 出诊时间：…).
_DOCTOR_NAME_ROW = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{2,4}\s+(?:副?主任(?:医师|药师|技师|护师)|主治医师|住院医师|主管(?:护师|药师))"
    r"(?:\s+[\u4e00-\u9fff]{2,12})?$"))
_DOCTOR_FIELD = re.compile(with_traditional(r"^(?:擅长|专长|出诊时间|门诊时间)\s*[:：]"))
_DOCTOR_CARD_LINES = 8  # lines between the card's label and its button
_DOCTOR_CARD_LINE_MAX = 80  # characters: a line on the doctor, no article paragraph

# A label of a few Han characters and a colon alone on its line (划重点：, 附件：).
_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]$")
# A letter's or notice's salutation (李某某委员： / 广大乘客： / 各有关单位： / 某某医院领导：):
# whom it addresses, people or bodies, and a closing colon; a box's label (划重点：) names no one.
_SALUTATION = re.compile(with_traditional(
    r"^[^\s：:\d，。]{0,16}(?:委员|代表|同志|先生|女士|老师|同学|家长|朋友|市民|居民|村民|乘客|旅客|"
    r"游客|网友|用户|客户|会员|考生|单位|部门|政府|机关|公司|企业|学校|街道|社区|办事处|党委|党组|"
    r"支部|组织|党员|领导|"
    # the chair a written reply or a speech to a council addresses (主席：, 代理主席：)
    r"主席|议长|"
    # a court's or an agency's notice served on a party whose name it masks (张某某：,
    # 王某、李某某：); a lone label never ends on 某
    r"某)们?[：:]$"
    # the same notice naming the party by its role in the case (被告某某物流有限公司：)
    r"|^(?:原告|被告|上诉人|被上诉人|申请人|被申请人|申请执行人|被执行人|第三人|再审申请人)"
    r"[^\s：:\d，。]{1,30}[：:]$"))
# A letter's greeting on its own line under the salutation (您好！), before its first paragraph.
_GREETING = re.compile(with_traditional(r"^(?:您|你|你们|大家|各位)好[！!。，,]?$"))


def _addresses_text(bare: list[str], live: list[int], k: int) -> bool:
    """The label at ``live[k]`` is a salutation over a paragraph (答覆： / 主席： / its text): the
    label above it introduces the letter or reply that salutation opens, not nothing."""
    return (_SALUTATION.match(bare[live[k]]) is not None and k + 1 < len(live)
            and not _LABEL.match(bare[live[k + 1]]))


def _is_anchor(line: str) -> bool:
    """A paragraph long enough that the article is certainly going on there."""
    n = len(line)
    if n >= 50:
        # Names strung together with spaces and no punctuation at all are a list (products,
        # headlines, tags), however long the line; so are headlines glued into one line.
        return (line.count(" ") < 3 or _SENTENCE_MARKS.search(line) is not None) and not (
            _glued_headlines(line) or _spaced_headlines(line))
    if n < 25:
        return False
    if line[-1] == "。" or line[-2:] in _QUOTED_ENDS:
        return True
    # A Latin-script sentence ends with a single full stop ("..." is a teaser's ellipsis).
    return line.endswith(".") and not line.endswith("..") and not _HAN.search(line)


def sentences_span(bare: Sequence[str], filled: Sequence[int]) -> tuple[int, int] | None:
    """The article of a page with no long paragraph (a notice of five short items, a list
    under one sentence): from its first sentence to its last, a sentence being a line with
    its full stop or one that opens a list (如下：). Menus and headline lists have neither."""
    said = [i for i in filled if _stated(bare[i]) or _introduces(bare[i])]
    return (said[0], said[-1]) if said else None


def _han_count(text: str) -> int:
    """How many characters of ``text`` _HAN matches (U+4E00-U+9FFF). In UTF-16 those are the
    code units whose high byte is 0x4E-0x9F (a surrogate's is 0xD8-0xDF), so the count is
    taken over bytes in C, ten times faster than a regex that removes them."""
    high = text.encode("utf-16-le", "surrogatepass")[1::2]
    return len(high) - len(high.translate(None, _HAN_HIGH_BYTES))


_HAN_HIGH_BYTES = bytes(range(0x4E, 0xA0))


def _glued_headlines(line: str) -> bool:
    """Headlines run together into one long line (a scrolling ticker saved as text): no
    sentence ends in it and a comma or colon comes far less often than in prose."""
    return len(line) >= 80 and not _SENTENCE_END.search(line) and len(
        _CLAUSE_MARKS.findall(line)) * 25 < len(line) and not _LATIN_STOP.search(line)


def _spaced_headlines(line: str) -> bool:
    """Headlines of a related list saved side by side on one line, a space between them (a
    mobile page's links laid out inline): three or more pieces of headline length, none with a
    comma, a full stop or a semicolon in it (a headline's ？ is no clause mark)."""
    pieces = line.split()
    return len(pieces) >= 3 and all(
        _SPACED_MIN <= len(p) <= _SPACED_MAX and not _SPACED_PROSE.search(p) for p in pieces)


_SPACED_MIN, _SPACED_MAX = 6, 30  # characters of a headline in such a line
_SPACED_PROSE = re.compile(r"[，,。；;：:、]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# An English sentence's full stop (a word, then a stop, then a space or the line's end).
_LATIN_STOP = re.compile(r"[a-z0-9\"')]\.(?:\s|$)")
_CLAUSE_MARKS = re.compile(r"[，,、：:]")


def _stated(line: str) -> bool:
    """A sentence with its full stop (or a quotation closed after its end mark): a headline
    has neither."""
    return len(line) >= 8 and (line[-1] == "。" or line[-2:] in _QUOTED_ENDS)


# A section or an item numbered in Chinese numerals (一、 （一）): a document's structure.
_CN_SECTION = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
# A regulation's chapter, section or article (第三章 附则, 第五条 本办法…) or a Q&A's turn:
# its text, however short, never a link of a list.
_DOC_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}[章节条節條]\s*\S"
                          # and so is a Q&A's turn (问：…？ / 答：…。)
                          r"|^(?:问|問|答|[QA])\s*[:：]\s*\S")


def _introduces(line: str) -> bool:
    """A sentence that introduces what follows (可以看出以下特点：)."""
    return len(line) >= 8 and line[-1] in "：:" and len(_HAN.findall(line)) >= 6


def _prose_line(bare: list[str], i: int, list_len: int) -> bool:
    """Line ``i`` is a paragraph of prose: longer than a list's item may be, closed by its
    sentence's stop."""
    return i >= 0 and len(bare[i]) > list_len and (
        bare[i][-1] in "。！？!?" or bare[i][-2:] in _QUOTED_ENDS)


# How many lines under a run of short lines may hold a paragraph of the text going on (the
# table's last row, its caption, a subhead over the paragraph).
_GOES_ON_REACH = 4
_GOES_ON_MIN = 20  # characters of that paragraph: a sentence of clauses, no headline


def _text_goes_on(bare: list[str], below: Sequence[int]) -> bool:
    """Among the lines ``below`` a run stands a paragraph of prose (clauses and a stop): the
    article goes on under the run. A list after the article has no paragraph under it."""
    return any(len(bare[j]) >= _GOES_ON_MIN and _closing_sentence(bare[j]) for j in below)


def _closing_sentence(line: str) -> bool:
    """A sentence that may close the article: clauses, or one addressing the reader as 您
    (a reply's or a letter's courtesy, 感谢您对我们工作的支持。), which no headline does with
    its stop."""
    return len(line) >= 10 and (line[-1] in "。！？!?" or line[-2:] in _QUOTED_ENDS) and (
        "，" in line or "," in line or "您" in line)


def _stopped_statement(line: str) -> bool:
    """A short sentence closed by its full stop (各项工作稳步推进。): no headline ends in 。,
    so one right under the last paragraph is the article's last line, not a list's first
    item. A label and its value (来源：某某。) is no such sentence."""
    return (_stated(line) and line[-1] == "。" and _han_count(line) >= 6
            and _LABELLED.match(line) is None)


# An article's closing line printed without its full stop: it refers to the text itself
# (以上就是本期的全部内容, 今天的分享就到这里) or takes leave of the reader (我们下期再见),
# or it addresses the reader in clauses (如果你还有想了解的，欢迎在评论区告诉我们). A call to
# follow, like or share (关注, 点赞, 在看 …) is the account's prompt, no closing line, and a
# slogan addresses nobody.
_CLOSING_WORDS = re.compile(with_traditional(
    r"^(?:以上|总之|总而言之|最后)|本期|本文|(?:今天|今日)的?(?:分享|内容|节目)|下期|再见"
    r"|感谢.{0,4}(?:阅读|收看|观看|收听)"))
_READER = re.compile(r"[你您]|大家|我们")
_CALL_TO_ACTION = re.compile(with_traditional(
    r"关注|点赞|转发|在看|分享给|订阅|扫码|二维码|下载|长按|点击|投稿|合作|星标"))
_CLOSING_CLAUSE_LEN = (8, 80)
_LABELLED = re.compile(r"^[^，,。：:]{1,6}[：:]")


def _closing_clause(line: str) -> bool:
    """The article's last line without its stop (see _CLOSING_WORDS): a sentence, however
    it ends, no menu, label or slogan."""
    least, most = _CLOSING_CLAUSE_LEN
    if not (least <= len(line) <= most) or line[-1] in "：:|｜" or "  " in line:
        return False
    if _LABELLED.match(line):
        return False  # a label and its value (下期预告：…, 本期编辑：…), no sentence
    if _han_count(line) * 4 < len(line) * 3 or _CALL_TO_ACTION.search(line):
        return False
    return _CLOSING_WORDS.search(line) is not None or (
        _READER.search(line) is not None and len(_CLAUSE_MARKS.findall(line)) >= 1
        and len(line) >= 14)


# The masthead around a menu run into one line: the logo's alt text above, login below.
_MASTHEAD_RULES = frozenset({"logo_alt", "button_label"})
# The rules whose lines are the article's tools under it (分享到：, 上一篇：): the article's own
# list ends above them.
_TOOL_RULES = frozenset({"share_prompt", "pagination"})
# The rules whose lines are a menu's own (meta.MENU_ROW_RULES): taken out above the article,
# they still join the menu's run of short lines. A button's label (分享, 微信) may stand among
# the article's tools as well as in a menu.
_MENU_RULES = MENU_ROW_RULES
# The rules whose lines are a video or audio player's or a live feed's controls (视频加载中…,
# 倍速, 全屏, 刷新): above the article they stand among its menus' short lines, as a menu's own
# do.
_PLAYER_RULES = frozenset({"player_ui", "player_placeholder", "live_controls"})
# The rules whose lines are a picture's (its file name, caption or credit).
_PICTURE_RULES = frozenset({"image_filename", "photo_credit", "doubled_caption", "photo_notice",
                            "figure_legend", "image_placeholder"})
_LOGO = re.compile(r"(?i).*logo$")
_LOGIN = re.compile(r"^(?:登录|注册|登录\s*[/|｜]?\s*注册|(?i:sign in|log in))$")
# A prompt to follow a link printed on the next line (点击进入专题：, 点击查看：).
# The topic (#某某, no closing # as a Weibo topic has) and the count (36个) of a collection.
_COLLECTION_CELL = re.compile(r"^(?:#[^#\s]{1,20}|\d{1,4}\s*[个個])$")
_COLLECTION_CELLS_MAX = 3
_COLLECTION_RULES = frozenset({"collection_tag"})
_LINK_PROMPT = re.compile(with_traditional(
    r"^[【\[]?(?:点击|戳)?(?:进入|查看|阅读|访问)(?:专题|专栏|话题|详情|全文|原文)?[】\]]?\s*[:：]$"))
_UNSTOPPED_LEN = 25
_CLAUSE_RUN_MIN = 15  # two clauses at least
_STOPS = "。！？!?；;…”」』"


def _unstopped(bare: Sequence[str], span: Sequence[int]) -> bool:
    """Whether most of the article's paragraphs end without a stop (a writer or a site that
    leaves them off): then its last paragraph ends without one too, like the others."""
    long = [bare[i] for i in span if len(bare[i]) >= _UNSTOPPED_LEN]
    return len(long) >= 2 and sum(ln[-1] not in _STOPS for ln in long) * 2 > len(long)


def _clause_run(line: str) -> bool:
    """A sentence of clauses without its stop (它在某店售价36元，支持两种系统): commas between
    Han clauses, no label, no call to action, nothing of a menu."""
    if not (_CLAUSE_RUN_MIN <= len(line) <= _CLOSING_CLAUSE_LEN[1]) or line[-1] in "：:|｜" or (
            "  " in line):
        return False
    if _LABELLED.match(line) or _CALL_TO_ACTION.search(line):
        return False
    # A page folded to half width prints its clauses' commas in ASCII.
    return ("，" in line or "," in line) and _han_count(line) * 3 >= len(line)


# A figure: digits, or a number in words and its measure (生抽两勺, 八角两颗, 鸡蛋三个).
_FIGURE = re.compile(r"\d|[一二两三四五六七八九十半几][克勺颗个只根片斤块瓣杯碗升张条包袋盒瓶枚粒]")
# A short row of a list of figures, a label and its value with no stop (深度 10千米, 用料 500克).
_FIGURE_ROW = re.compile(r"^(?=[^。！？；!?;]{2,40}$)[\u4e00-\u9fff]{2,8}\s*[：:]?\s*\S*\d")


# A data table's row printed on one line, its cells apart by spaces (粮食 19.7 2.3): a label,
# then one or more figures (a sign, decimals, a percent); a date is no such figure.
_ROW_FIGURE = re.compile(r"[+-]?\d+(?:\.\d+)?%?")
# A row's cell that is no figure after its label: a unit (万吨, 亿元, %), short and no sentence.
_ROW_UNIT = re.compile(r"[^\d\s，。；！？、,;!?]{1,4}")
_ROW_HEADER_CELL_MAX = 8  # characters of a header's label (比上年增长(%))
# A header label's unit in brackets after it (楼面价（元/平方米）): not counted in its length.
_HEADER_UNIT = re.compile(r"[（(][^（）()\s]{1,8}[)）]$")
# A table's caption over its header (表1 2023年主要农产品产量, 附表二 …).
_TABLE_CAPTION = re.compile(
    r"^(?:附表|表)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s|[：:.、])")


def _row_cells(line: str) -> int:
    """How many cells a data table's row holds (粮食 万吨 63.5 1.9: 4), else 0: a label, then
    two or more figures and maybe units between them."""
    parts = line.split()
    if len(parts) < 3 or _ROW_FIGURE.fullmatch(parts[0]):
        return 0
    figures = sum(1 for p in parts[1:] if _ROW_FIGURE.fullmatch(p))
    units = sum(1 for p in parts[1:] if _ROW_UNIT.fullmatch(p))
    return len(parts) if figures >= 2 and figures + units == len(parts) - 1 else 0


def figure_rows(bare: Sequence[str]) -> frozenset[int]:
    """Indexes of a data table's rows, one row a line (第一产业 41.2 3.9, 粮食 万吨 63.5 1.9):
    two or more lines in a row of as many cells, a label then two or more figures (and maybe
    units) in each. The gold keeps a table; a menu's items hold no figures, a list's items no
    columns of bare numbers, and a profile's counts (文章 8) one figure each."""
    out: set[int] = set()
    filled = [i for i, ln in enumerate(bare) if ln]
    for _, group in itertools.groupby(filled, key=lambda i: _row_cells(bare[i])):
        run = list(group)
        if len(run) >= 2 and _row_cells(bare[run[0]]):
            out.update(run)
    return frozenset(out)


# A market report's row: a product, its price by weight or piece, maybe its change (大白菜
# 1.36元/斤 上涨, 猪肉：13.20元/公斤 环比-3.7%).
_PRICE_ROW = re.compile(
    r"^[\u4e00-\u9fff（）()]{1,10}\s*[：:]?\s*\d+(?:\.\d+)?\s*元\s*/\s*"
    r"(?:斤|公斤|千克|克|500克|kg|KG|吨|升|个|只|箱|盒|袋|瓶)"
    r"(?:\s*(?:环比|同比)?\s*(?:上涨|下降|下跌|回落|持平|稳定|走高|走低)?\s*"
    r"(?:[+-]?\d+(?:\.\d+)?%)?)*$")


def price_rows(bare: Sequence[str]) -> frozenset[int]:
    """Indexes of a market report's price rows, two or more in a row (大白菜 1.36元/斤 上涨 /
    西红柿 4.80元/斤 上涨): the report's figures, no list of links however short; a headline
    prices nothing by the 斤."""
    filled = [i for i, ln in enumerate(bare) if ln]
    out: set[int] = set()
    # a price row holds 元 (most lines hold none and skip the regex)
    for priced, group in itertools.groupby(
            filled, key=lambda i: "元" in bare[i] and bool(_PRICE_ROW.match(bare[i]))):
        run = list(group)
        if priced and len(run) >= 2:
            out.update(run)
    return frozenset(out)


def row_table(bare: Sequence[str], rows: frozenset[int] | None = None) -> frozenset[int]:
    """The runs of figure_rows under a header of labels (产品名称 单位 产量 比上年增长(%), as
    many cells, no figure) or a table's caption (表1 …), with them: the text's table whole, no
    list however short its lines. Rows with neither (a stock's quote, 某某光能 21.56 20.01%)
    are a widget's as often as the text's, and are left to the other tests. ``rows``:
    figure_rows(bare), if known."""
    rows = figure_rows(bare) if rows is None else rows
    if not rows:
        return rows
    out: set[int] = set()
    filled = [i for i, ln in enumerate(bare) if ln]
    for k, i in enumerate(filled):
        if i not in rows or (k and filled[k - 1] in rows):
            continue  # only the first row of a run has a header above it
        run = list(itertools.takewhile(lambda j: j in rows, filled[k:]))
        top = k - 1
        labels = bare[filled[top]].split() if top >= 0 else []
        table: list[int] = []
        if len(labels) == len(bare[i].split()) and all(
                len(_HEADER_UNIT.sub("", c)) <= _ROW_HEADER_CELL_MAX
                and not _ROW_FIGURE.fullmatch(c) for c in labels):
            table.append(filled[top])
            top -= 1
        if top >= 0 and _TABLE_CAPTION.match(bare[filled[top]]):
            table.append(filled[top])
        if table:
            out.update(table + run)
    return frozenset(out)


# A schedule's header column of when (时间, 日期, 比赛时间) and its rows' cell under it: a
# date or a time, maybe a range (8月10日—11日, 2024-08-03, 9:00-11:30).
_WHEN_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:时间|日期|時間)|时段|時段|日程)$")
_WHEN_CELL = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[:：]\d{2})"
    r"(?:[—–~～至-](?:\d{1,2}月)?\d{1,2}(?:日|[:：]\d{2}))?$")
_SCHEDULE_COLUMNS = range(3, 9)
# A table's first header column of serial numbers (序号, 编号) and its rows' cell under it: the
# row's number, counted from 1 (1 某某超市 鸡蛋 恩诺沙星 …). A ranking's (名次, 排名) is a
# sidebar's standings or a chart as often as the text's, and is left to the other tests.
_SERIAL_LABEL = re.compile(r"^(?:序号|编号|No\.?)$")


def _key_cell(labels: Sequence[str], cells: Sequence[str], n: int) -> bool:
    """Whether ``cells``, the ``n``th row (from 0) under the header ``labels``, hold the key its
    header names: a date or time under a when, or its number (n + 1) under a first 序号."""
    if _SERIAL_LABEL.match(labels[0]):
        return cells[0] == str(n + 1)
    when = next((m for m, c in enumerate(labels) if _WHEN_LABEL.match(c)), None)
    return when is not None and _WHEN_CELL.match(cells[when]) is not None


def schedule_table(bare: Sequence[str]) -> frozenset[int]:
    """A schedule or a numbered table printed a row a line (时间 项目 地点 / 8月3日 定向越野赛
    滨江公园 / …, 序号 被抽样单位 食品名称 / 1 某某超市 鸡蛋 / …): a header of three to eight
    short labels, one of them a when (时间, 日期) or the first a 序号, over two or more rows of
    as many cells with a date or time under the when, or with their numbers 1, 2, 3 under the
    序号. The text's table, however its rows hold no figures: a list of links has no header
    and no column of dates or of numbers counted from 1."""
    out: set[int] = set()
    filled = [i for i, ln in enumerate(bare) if ln]
    for k, i in enumerate(filled):
        labels = bare[i].split()
        if len(labels) not in _SCHEDULE_COLUMNS or any(
                len(c) > _ROW_HEADER_CELL_MAX for c in labels):
            continue
        if not _SERIAL_LABEL.match(labels[0]) and not any(_WHEN_LABEL.match(c) for c in labels):
            continue
        rows: list[int] = []
        for j in filled[k + 1:]:
            cells = bare[j].split()
            if len(cells) != len(labels) or not _key_cell(labels, cells, len(rows)):
                break
            rows.append(j)
        if len(rows) >= 2:
            out.update([i, *rows])
    return frozenset(out)


# A box's heading over its fields (人物档案 over 姓名：… / 出生年月：…, 基本信息, 企业名片).
_RECORD_HEADING = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{0,4}(?:档案|名片|简历|简介|基本信息|基本资料|资料卡|信息卡)$"))


def record_headings(bare: Sequence[str], rows: frozenset[int]) -> frozenset[int]:
    """Indexes of the headings right over a field record's first row (``rows``: field_record):
    the box's label (人物档案, 基本信息), the record's and so the text's, no menu item; a
    menu's label has a menu's items under it, not fields."""
    filled = [i for i, ln in enumerate(bare) if ln]
    return frozenset(filled[k - 1] for k, i in enumerate(filled)
                     if k and i in rows and filled[k - 1] not in rows
                     and _RECORD_HEADING.match(bare[filled[k - 1]]))


def headed_record(bare: Sequence[str], rows: frozenset[int] | None = None) -> frozenset[int]:
    """Indexes of a field record under its box's heading (人物档案 / 姓名：… / 出生年月：…),
    with the heading: the article's particulars wherever they stand, after its last paragraph
    too, as announced_record's are. ``rows``: field_record(bare), if known."""
    rows = field_record(bare) if rows is None else rows
    headings = record_headings(bare, rows)
    filled = [i for i, ln in enumerate(bare) if ln]
    out: set[int] = set()
    for k, i in enumerate(filled):
        if i in headings:
            out.add(i)
            out.update(itertools.takewhile(rows.__contains__, filled[k + 1:]))
    return frozenset(out)


def _work_under_text(bare: Sequence[str], tail: Sequence[int], rows: frozenset[int],
                     min_run: int) -> frozenset[int]:
    """The rows of a work's info block (``rows``: work_record) that are the review's own: all
    but a block standing after ``min_run`` or more of the ``tail``'s lines (the page's
    comments, its list of other reviews) over it. Those are the page's side card on the film
    or book (导演：… / 主演：… / 上映日期：…), no part of the text ended above them."""
    out: set[int] = set()
    above = 0
    for i in tail:
        if i in rows:
            if above < min_run:
                out.add(i)
        elif bare[i]:
            above += 1
    return frozenset(out | (rows - frozenset(tail)))


# A line announcing what follows: a clause saying so (如下：, 以下：, 下列…：) or one longer than
# a field's label (图书信息：, 本次地震参数：).
_ANNOUNCING = re.compile(r"(?:如下|以下|下列|附后|见下)[^：:]{0,6}[：:]$|^.{5,}[：:]$")


def announced_record(bare: Sequence[str], rows: frozenset[int] | None = None
                     ) -> frozenset[int]:
    """Indexes of a field record (field_record) right under the line announcing it, a line
    ending in a colon (本次地震参数如下：, 图书信息：): the article's particulars wherever they
    stand, after its last paragraph too. A list of links has no colon over it (its marker is
    gone already) and no label：value in its items. A bare label with nothing after its colon
    (博客等级：, a profile box's empty field) announces nothing: the counters under it are the
    box's. ``rows``: field_record(bare), if known."""
    rows = field_record(bare) if rows is None else rows
    filled = [i for i, ln in enumerate(bare) if ln]
    out: set[int] = set()
    for k, i in enumerate(filled):
        if (i in rows and k > 0 and filled[k - 1] not in rows
                and _ANNOUNCING.search(bare[filled[k - 1]])):
            out.update(itertools.takewhile(rows.__contains__, filled[k:]))
    return frozenset(out)


# The end of a sentence announcing the list under it (下列财产：, 如下：, 以下几项：).
_LISTS_BELOW = re.compile(r"(?:下列|如下|以下|下述)[\u4e00-\u9fff]{0,6}[：:]$")


def figures_under_sentence(bare: Sequence[str], head: Sequence[int],
                           run: Sequence[int]) -> bool:
    """A run of short lines under a sentence of the article (clauses and a full stop, or a
    colon announcing the list: no headline), most of them holding a figure (用料 / 五花肉
    500克 / 生抽两勺 …, a product's specifications): the article's own list, no menu. A
    menu's items hold no figures, and no sentence of the text stands above it."""
    at = head.index(run[0])
    # The list's first rows may have stayed (a row with a date in it, 发震时刻 2026-11-29
    # 14:22): the sentence is above them, the run's own rows holding figures too.
    while at > 1 and _FIGURE_ROW.match(bare[head[at - 1]]):
        at -= 1
    above = bare[head[at - 1]] if at > 0 else ""
    # A page folded to half width prints its clauses' commas and its colon in ASCII.
    if not (len(above) >= 18 and _han_count(above) >= 12 and (
            (above[-1] in "。：:" and ("，" in above or "," in above))
            # one clause saying what it lists (公开拍卖下列财产：, 具体如下：)
            or _LISTS_BELOW.search(above))):
        return False
    if sum(1 for j in run if _FIGURE.search(bare[j])) * 2 > len(run):
        return True
    # Labels each over its value (起拍价 / 86万元 / 保证金 / 10万元): a label counts with the
    # figure under it. A menu's items hold no figures, a label or a value.
    after = {i: head[k + 1] for k, i in enumerate(head[:-1])}
    paired = sum(1 for j in run if _FIGURE.search(bare[j]) or (
        j in after and len(bare[j]) <= 6 and _FIGURE.search(bare[after[j]])))
    return bool(_LISTS_BELOW.search(above)) and paired * 4 >= len(run) * 3


def colon_list(bare: Sequence[str], filled: Sequence[int], live: Sequence[int]) -> bool:
    """The short lines right after the article's last paragraph, opened by a colon (其中：,
    or ……如下： just above them) and most of them holding a figure (城镇新增就业1.2万人),
    or short and dateless under their own label (有诗为证： over verse): the article's
    list. A list of links opens with no colon (its marker is gone already), and headlines
    seldom count."""
    if not live:
        return False
    at = filled.index(live[0])
    last = bare[filled[at - 1]] if at > 0 else ""
    particulars = sum(1 for j in live if _FIELD_LABEL.match(bare[j]) or _FIGURE.search(bare[j]))
    if _ANNOUNCED.search(last) and particulars * 2 > len(live):
        # The article's last line announces what follows (现将有关事项公告如下：) and most of
        # the lines under it are labelled fields or figures (线路走向： / 运营时间：6:30—21:00):
        # the notice's particulars, no list of links.
        return True
    # A label of its own that announces them (特征如下：), first in the run or under one short
    # line (the photo's caption between the paragraph and the label), over labelled fields
    # (姓名：… / 身高：…): the notice's particulars as well.
    heads = [k for k, j in enumerate(live[:2]) if _LABEL_ANNOUNCES.search(bare[j])]
    if heads and (k := heads[0]) <= 1 and (k == 0 or len(bare[live[0]]) <= 12):
        fields = live[k + 1:]
        if len(fields) >= 3 and sum(1 for j in fields if _FIELD_LABEL.match(bare[j])) * 2 > len(
                fields):
            return True
    opener = bare[live[0]] if bare[live[0]][-1] in "：:" else last
    items = [j for j in live if bare[j] != opener]
    if opener[-1:] not in ("：", ":") or len(items) < 2 or any(
            _DATED_END.search(bare[j]) for j in items):
        return False  # headlines dated at their end are a list of links, under any label
    if sum(1 for j in items if _FIGURE.search(bare[j])) * 2 > len(items):
        return True
    # A label alone on its line right under the last paragraph (有诗为证：, 获奖名单：) opens
    # the article's verse or names: short lines.
    return bare[live[0]] == opener and all(len(bare[j]) <= 20 for j in items)


def _unstopped_after_stops(bare: Sequence[str], live: Sequence[int]) -> list[int]:
    """The lines of a run after its last line closed by a stop (。；), when every one of them
    is headline-shaped (no stop, no ！/？): headlines under the article's stopped items.
    Empty when the run holds no stopped line."""
    stopped = [k for k, j in enumerate(live) if bare[j][-1] in "。；;"]
    if not stopped:
        return []
    rest = list(live[stopped[-1] + 1:])
    return rest if all(_headline_shaped(bare[j]) and bare[j][-1] not in "！？!?"
                       for j in rest) else []


_ITEM_NUMBER = re.compile(r"^(\d{1,2})[.、．]\s*\S")
# A sentence announcing the particulars under it (现将有关事项通知如下：, 具体安排如下：).
_ANNOUNCED = re.compile(r"[，。；,].*(?:如下|以下)[：:]$")
# A field's label and its colon opening a line (线路走向：, 票价：全程1元).
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff（）()]{2,12}[：:]")
# A field priced after its label (全价票：120元/人, 观光车：往返30元/人): a notice's fee row,
# no menu item, however short.
_PRICED_FIELD = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,12}[：:].{0,12}?\d+(?:\.\d+)?\s*(?:元|万元|美元)")
# A ledger's row, a name apart from its sum by spaces (王建国  5000元, 爱心人士（匿名）  300元):
# a 捐款公示's donors, no menu item, however short; a menu's label holds no sum of money.
_LEDGER_ROW = re.compile(
    r"^[\u4e00-\u9fff]{2,12}(?:[（(][\u4e00-\u9fff]{1,6}[）)])?\s+\d+(?:\.\d+)?\s*(?:元|万元)$")
# A review's verdict closing it, a score given (作者评分：8分, 推荐指数：★★★★, 综合评分：4.5/5):
# the reviewer's, not a reader's widget (我的评分：☆☆☆☆☆ 点击评分 gives none).
_VERDICT_ROW = re.compile(with_traditional(
    r"^(?:作者|编辑|小编|综合|总体|个人|最终)?(?:评分|打分|推荐指数|推荐度|评级)\s*[：:]\s*"
    r"(?:\d+(?:\.\d+)?\s*(?:分|星|/\s*\d+)|★+☆*)"))
# A desk's phone or hotline by what it is for (咨询电话：…, 服务热线：…（门诊部）).
_DESK_HOTLINE = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{0,4}(?:咨询|联系|服务|监督|值班|报名)(?:电话|热线)\s*[:：]\s*[\d（(]"))
# A particular's row, a short label and its value (演出地点：某某大剧院 戏剧厅, 人均：45元,
# 营业时间：17:00—次日02:00), with no stop closing it: a row of a preview's or a shop's
# facts, which a list of headlines does not print three of in a row.
_PARTICULAR_ROW = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*[^\s：:。；;！!？?](?:[^：:。；;！!？?]|(?<=\d)[:：](?=\d)){0,40}$"))


def leading_particulars(bare: Sequence[str], run: Sequence[int]) -> int:
    """How many lines open ``run`` as the article's particulars: three or more rows of a
    short label and its value in a row (演出时间：… / 演出地点：… / 票价：…), a line another
    cleaner took between them counted with them. 0 when fewer open it."""
    rows = count = 0
    for k, j in enumerate(run):
        if not bare[j]:
            continue
        if not _PARTICULAR_ROW.match(bare[j]) or _DATED_END.search(bare[j]):
            break
        rows, count = rows + 1, k + 1
    return count if rows >= 3 else 0


# A reader's notice at the top of the tail (温馨提示：店里不接受预订。, or 注意事项： over its
# rules numbered from 1): what a visitor must know, the article's; a site's own disclaimer
# (温馨提示：本文内容仅供参考……) is cut as a line before this pass.
_NOTICE_HEAD = re.compile(with_traditional(
    r"^[【\[]?(?:温馨提示|温馨提醒|友情提示|特别提示|特别提醒|注意事项|(?:观演|购票|入场|参观|游览"
    r"|报名|活动|乘车|就诊)须知)[】\]]?\s*[：:]\s*.*$"))
# A row of the page's buttons right over it (立即购票  加入想看  分享给好友): short labels apart
# by spaces, one of them an action; it goes with the list under the notice, not the notice.
_ACTION_ROW = re.compile(with_traditional(
    r"^(?=.*(?:^|\s)(?:立即|马上|加入|分享|收藏|预约|购票|报名|关注))"
    r"(?:[\u4e00-\u9fff]{2,6}\s+){1,5}[\u4e00-\u9fff]{2,6}$"))
# Whom to ask under the notice (购票咨询：0592-5088888, 咨询电话：…): a phone after the label.
_ASK_ROW = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{0,4}(?:咨询|联系|服务|报名|预订|预约)(?:电话|热线)?\s*[:：]\s*"
    r"(?:\d{3,4}[-－—])?\d{7,11}$"))


def reader_notice(bare: Sequence[str], run: Sequence[int]) -> frozenset[int]:
    """The lines of a reader's notice opening ``run`` (maybe under one row of buttons): its
    labelled sentence with its stop (温馨提示：……。), or its label alone over rules numbered
    from 1, then maybe whom to ask (购票咨询：…). Empty when the run opens otherwise. A list
    of links holds no labelled advice nor rules numbered from one."""
    live = [j for j in run if bare[j]]
    if len(live) >= 2 and _ACTION_ROW.match(bare[live[0]]) and _NOTICE_HEAD.match(
            bare[live[1]]):
        live = live[1:]
    head = _NOTICE_HEAD.match(bare[live[0]]) if live else None
    if head is None:
        return frozenset()
    # (the pattern is written twice, simplified and traditional: the advice is read off the
    # line, not a group)
    if advice := re.split(r"[：:]", bare[live[0]], maxsplit=1)[1].strip():
        if advice[-1] not in "。！!" or len(advice) < 8:
            return frozenset()
        notice = [live[0]]
    else:
        items = 0
        while 1 + items < len(live) and (
                m := _ITEM_NUMBER.match(bare[live[1 + items]])) and m[1] == str(items + 1):
            items += 1
        if items < 2:
            return frozenset()
        notice = live[: 1 + items]
    if len(notice) < len(live) and _ASK_ROW.match(bare[live[len(notice)]]):
        notice.append(live[len(notice)])
    return frozenset(notice)


# A notice's closing deadline row (报名截止时间：2025年3月31日, 截止日期：…), right under its
# contact rows or last paragraph: a particular of the notice, no headline.
_DEADLINE_ROW = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{0,6}截止(?:时间|日期)?\s*[:：]\s*\S"))
# A form's row of blanks to fill in (学生姓名：________ 班级：________, 家长签字：＿＿＿＿): a
# 回执's line, which no menu or list of headlines prints.
_FILL_IN_ROW = re.compile(r"^[^\s:：]{1,10}\s*[:：]\s*(?:_{3,}|＿{3,})")
# An event notice's closing invitation, short and exclaimed (欢迎全校师生参加！, 欢迎踊跃报名！).
_INVITATION = re.compile(with_traditional(
    r"^欢迎[^，。！？!?\s]{0,16}(?:参加|参与|报名|光临|莅临|前来|观看|参观)[！!。]$"))
# A speech's or a letter's closing thanks to those it addresses (谢谢大家！, 谢谢！,
# 感谢各位的聆听。): no headline thanks anyone, so one right under the last paragraph is its
# last line.
_THANKS = re.compile(with_traditional(
    r"^(?:谢谢|感谢)(?:大家|各位|诸位|您|你们)?(?:的?(?:聆听|倾听|收听|支持|关心|关注|厚爱|信任))?"
    r"[！!。]$"))
# A short label announcing the fields under it (特征如下：, 基本情况如下：).
_LABEL_ANNOUNCES = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:如下|以下)[：:]$")


# A Q&A's turn at the top of the tail: its question (问：…？, or 问 glued to it where the label was
# an icon's text, Q：…?), its answer's label (答, 答：, A：) alone on a line or opening the
# answer, and the answer's sentence with its stop. A list of links asks no question and is
# answered by nothing.
_TURN_ASK = re.compile(with_traditional(r"^(?:问\s*[:：]?|Q\s*[:：])\s*\S.{3,}[？?]$"))
# (答 is one character in both scripts: no traditional copy, whose group would be another)
_TURN_ANSWER = re.compile(r"^(?:答\s*[:：]?|A\s*[:：])\s*(.*)$")


def qa_turn(bare: Sequence[str], run: Sequence[int]) -> frozenset[int]:
    """The lines of a Q&A's turn opening ``run``: its question, its answer's label and the
    answer's sentence with its stop (the label may open that line). Empty when the run opens
    otherwise."""
    live = [j for j in run if bare[j]]
    if len(live) < 2 or not _TURN_ASK.match(bare[live[0]]):
        return frozenset()
    answer = _TURN_ANSWER.match(bare[live[1]])
    if answer is None:
        return frozenset()
    if answer[1].strip():
        said, sentence = [live[1]], answer[1].strip()
    elif len(live) >= 3:
        said, sentence = [live[1], live[2]], bare[live[2]]
    else:
        return frozenset()
    return frozenset([live[0], *said]) if _stated(sentence) else frozenset()


def numbered_from_one(bare: Sequence[str], live: Sequence[int]) -> bool:
    """The short lines right after the last paragraph numbered 1. 2. 3. … in order, under at
    most one heading of their own (下一步工作重点): the article's points. A list of links
    after an article is marked (相关新闻, 排行, already gone) or not numbered from one."""
    items = list(live[1:]) if live and not _ITEM_NUMBER.match(bare[live[0]]) else list(live)
    numbers = [m[1] for j in items if (m := _ITEM_NUMBER.match(bare[j]))]
    return len(items) >= 2 and len(numbers) == len(items) and numbers == [
        str(k) for k in range(1, len(items) + 1)]


# A part's heading numbered in Chinese (二、主动公开政府信息情况), short and with no stop.
_PART_HEADING = re.compile(r"^([一二三四五六七八九十])、\s*[^。！？!?；;]{2,30}$")


def continued_parts(bare: Sequence[str], filled: Sequence[int], live: Sequence[int]) -> bool:
    """The short lines right after the last paragraph open with the article's next part
    (二、… under a part headed 一、… above), and the parts among them go on in order (三、,
    四、 …): the article's own parts, their rows of figures short (予以公开：31件), no list of
    links. Headlines after an article do not continue its numbering."""
    def part_number(line: str) -> str:
        heading = _PART_HEADING.match(line)
        return heading[1] if heading else ""

    opening = part_number(bare[live[0]]) if live else ""
    if opening in ("", "一"):
        return False
    number = _CHINESE_ORDINALS.index(opening)
    above = [n for j in filled if j < live[0] and (n := part_number(bare[j]))]
    if not above or above[-1] != _CHINESE_ORDINALS[number - 1]:
        return False
    parts = [n for j in live if (n := part_number(bare[j]))]
    return parts == list(_CHINESE_ORDINALS[number:number + len(parts)])


def _last_part(bare: Sequence[str], run: Sequence[int]) -> str:
    """The number of the last part heading (三、…) among the ``run``'s lines, or ""."""
    return next((m[1] for j in reversed(run) if (m := _PART_HEADING.match(bare[j]))), "")


def _last_item(bare: Sequence[str], run: Sequence[int]) -> int:
    """The number of the last numbered item (3、…, 3. …) among the ``run``'s lines, or 0."""
    return next((int(m[1]) for j in reversed(run) if (m := _ITEM_NUMBER.match(bare[j]))), 0)


def _items_go_on(bare: Sequence[str], run: Sequence[int], open_item: int) -> int:
    """How many of the ``run``'s lines its numbered items take when they go on in order from
    ``open_item`` (3、 4、 5、 after 2、), from its first line of text; 0 when they do not.
    Headlines after an article do not continue its numbering."""
    through = 0
    number = open_item + 1
    for m, j in enumerate(run):
        if not bare[j]:
            continue
        item = _ITEM_NUMBER.match(bare[j])
        if item is None or int(item[1]) != number:
            break
        number += 1
        through = m + 1
    return through if number - open_item >= 2 else 0


def _parts_go_on(bare: Sequence[str], run: Sequence[int], open_part: str) -> int:
    """How many of the ``run``'s lines go down to its last part heading when its part headings
    go on in order from ``open_part`` (三、 then 四、 after 二、); 0 when they do not."""
    at = [(m, h[1]) for m, j in enumerate(run) if (h := _PART_HEADING.match(bare[j]))]
    if not at or open_part not in _CHINESE_ORDINALS[:-1]:
        return 0
    start = _CHINESE_ORDINALS.index(open_part) + 1
    numbers = [n for _, n in at]
    return at[-1][0] + 1 if numbers == list(_CHINESE_ORDINALS[start:start + len(numbers)]) else 0


# A personnel notice's row, one person a line: the verb, the name, the post (任命某某某为某某局
# 副局长, 免去某某某的某某局局长职务), or under the verb's own label (任命： / 某某某为……).
_APPOINTING = r"(?:任命|免去|聘任|聘用|解聘|提名|推荐|试用)"
_APPOINTMENT_ROW = re.compile(with_traditional(
    rf"^(?:决定|同意|拟)?{_APPOINTING}([\u4e00-\u9fff·]{{2,5}}?)(?:同志)?(?:为|的|担任)\S"))
_APPOINTED_ROW = re.compile(r"^([\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:为|的)\S")
_APPOINTMENT_LABEL = re.compile(with_traditional(rf"^{_APPOINTING}(?:人员)?[：:]$"))


def appointment_lines(bare: Sequence[str], live: Sequence[int]) -> int:
    """How many of the short lines right after the last paragraph are a personnel notice's
    rows, one person a line (任命某某某为某某局副局长 / 免去某某某的某某职务, or 任命： over
    某某某为……), printed with no stop: the notice's own text, no list of links. 0 when fewer
    than two rows open the run."""
    rows = taken = 0
    for j in live:
        line = bare[j]
        if not _APPOINTMENT_LABEL.match(line):
            named = _APPOINTMENT_ROW.match(line) or _APPOINTED_ROW.match(line)
            if named is None or not looks_like_name(named[1]) or len(line) > 40:
                break
            rows += 1
        taken += 1
    return taken if rows >= 2 else 0


# A résumé's row: the period of a post (1991.07—2003.02, 2003年2月至2011年9月, 2019.01—至今) or
# its last date alone (2025.05 退休), then the post.
_CAREER_MONTH = r"(?:19|20)\d{2}\s*(?:[.．/-]\s*\d{1,2}|年\s*\d{1,2}\s*月)"
_CAREER_ROW = re.compile(
    rf"^{_CAREER_MONTH}\s*(?P<range>(?:[—–~～-]+|至)\s*(?:{_CAREER_MONTH}|至今|今)?)?[\s\u3000]*"
    r"[\u4e00-\u9fff]")
_CAREER_MAX = 60  # characters of a row: a period and a post, no paragraph


def career_lines(bare: Sequence[str], live: Sequence[int]) -> int:
    """How many of the short lines right after the last paragraph are a résumé's rows, a post a
    line under its period (简历 of a cadre under investigation, of one proposed for a post):
    the notice's own text, no list of headlines. 0 when fewer than two rows print a period."""
    ranges = taken = 0
    for j in live:
        row = _CAREER_ROW.match(bare[j])
        if row is None or len(bare[j]) > _CAREER_MAX:
            break
        ranges += row["range"] is not None
        taken += 1
    return taken if ranges >= 2 else 0


def dated_entry_lines(bare: Sequence[str], live: Sequence[int]) -> int:
    """How many of the short lines right after the last paragraph are the article's dated
    entries (2026年3月15日 科技创新项目申报截止, three or more in a row: a schedule's, a
    大事记's, a notice's deadlines): its own text, no list of headlines. 0 when fewer, or when
    the days run back in time, newest first, as a feed of dated headlines is sorted."""
    entries = dated_entry_runs(bare, live)
    taken = next((m for m, j in enumerate(live) if j not in entries), len(live))
    days = [parse_date(bare[j]) or "" for j in live[:taken]]
    return taken if days == sorted(days) else 0


# A meeting record's attendance rows (出席：某某 某某 / 列席：某某 / 请假：某某), printed after the
# account of the meeting: a label of attendance, then names.
_ATTENDANCE_ROW = re.compile(with_traditional(
    r"^(?:出席|列席|缺席|请假|主持|记录|参会人员|出席人员|列席人员|参加人员)\s*[:：]\s*"
    r"[\u4e00-\u9fff·]{2,5}(?:[\s\u3000、，,]+[\u4e00-\u9fff·]{2,5})*$"))
_ATTENDANCE_MAX = 80  # characters of a row: a label and a few names


def attendance_lines(bare: Sequence[str], live: Sequence[int]) -> int:
    """How many of the short lines right after the last paragraph are a meeting record's
    attendance rows (出席：… / 列席：…): the record's own text, no list of headlines. 0 when
    fewer than two rows open the run."""
    taken = 0
    for j in live:
        if not _ATTENDANCE_ROW.match(bare[j]) or len(bare[j]) > _ATTENDANCE_MAX:
            break
        taken += 1
    return taken if taken >= 2 else 0


# A programme's or an event's guests under their label (本期嘉宾 / 某某某，城市规划师，长期关注…):
# each a person's name, a comma and who they are.
_GUEST_LABEL = re.compile(with_traditional(
    r"^(?:本期|本场|本次|特邀|对话|访谈|分享)?(?:嘉宾|主讲嘉宾|主讲人|分享人|分享嘉宾|讲师|主讲)"
    r"(?:介绍)?\s*[:：]?$"))
_GUEST_ROW = re.compile(
    r"^[\u4e00-\u9fff·]{2,6}[，,]\s*[^，,。！？]{2,30}(?:[，,][^。！？]{2,40})?[。]?$")


def guest_lines(bare: Sequence[str], live: Sequence[int]) -> int:
    """How many of the short lines right after the last paragraph are a guests' label and
    the guests under it (本期嘉宾 / 某某某，城市规划师，长期关注社区商业更新): the page's own
    text. 0 when no label opens the run over one such row at least; a headline has no comma
    right after a name."""
    if not live or not _GUEST_LABEL.match(bare[live[0]]):
        return 0
    rows = list(itertools.takewhile(lambda j: _GUEST_ROW.match(bare[j]) is not None, live[1:]))
    return 1 + len(rows) if rows else 0


# An honour roll or a roster under the article (附件：先进集体和先进个人名单 / 一、先进集体 /
# 某某管理站 / 二、先进个人 / 张某某  某某管理站): its sections are numbered from 一 in order, and
# each row is a unit's name or a person's name before their unit.
_ROSTER_INTRO = re.compile(with_traditional(r"^(?:附件\s*\d?\s*[:：]\s*)?\S{0,30}名单\s*[:：]?$"))
_ROSTER_HEADING = re.compile(r"^([一二三四五六七八九十])、\s*\S{2,12}$")
_ROSTER_UNIT = re.compile(with_traditional(
    r"^\S{2,24}(?:局|厅|委|办|办公室|中心|站|所|队|院|校|学|馆|会|部|处|科|室|公司|集团|医院|学校|"
    r"街道|社区|村|镇|乡)$"))
_CHINESE_ORDINALS = "一二三四五六七八九十"


def _roster_row(line: str) -> bool:
    """A unit's name, or a person's name before their unit (张某某  某某管理站)."""
    if _SENTENCE_MARKS.search(line) or len(line) > 30:
        return False
    if _ROSTER_UNIT.match(line):
        return True
    name, _, unit = line.partition(" ")
    return looks_like_name(name) and _ROSTER_UNIT.match(unit.strip()) is not None


def roster_lines(bare: Sequence[str], live: Sequence[int]) -> int:
    """How many of the short lines right after the last paragraph make an honour roll or a
    roster: an optional 名单 line, then two or more sections numbered from 一 in order, each
    over one or more rows (``_roster_row``). 0 when they make none."""
    k = 1 if live and _ROSTER_INTRO.match(bare[live[0]]) else 0
    sections = 0
    while k < len(live):
        m = _ROSTER_HEADING.match(bare[live[k]])
        if m is None or m[1] != _CHINESE_ORDINALS[sections % len(_CHINESE_ORDINALS)]:
            break
        rows = list(itertools.takewhile(_roster_row, (bare[j] for j in live[k + 1:])))
        if not rows:
            break
        sections += 1
        k += 1 + len(rows)
    return k if sections >= 2 else 0


def _sentence_piece(line: str) -> bool:
    """Part of running text: a clause ending in a comma, or a short sentence with clauses (a
    verse line, 明者处事，莫尚於中。). Headlines and menu items are neither."""
    if line.endswith(("，", "、", "；", ";")):
        return True
    return (line[-1] in "。！？!?" or line[-2:] in _QUOTED_ENDS) and (
        "，" in line or "；" in line)


# An outlet's or an account's name in Latin letters (CNBC, cnBeta): one word with a capital,
# which a code keyword (else, return) has not.
_LATIN_OUTLET = re.compile(r"^(?=[^A-Z]*[A-Z])[A-Za-z][A-Za-z0-9&+-]{1,15}$")


def _latin_outlets(bare: Sequence[str], tail: Sequence[int], listed: list[bool]) -> None:
    """Mark as list lines the Latin outlet names (GPLP under a feed's item) whose nearest
    filled lines above and below are list lines: _listish keeps Latin lines out (code is no
    menu), so the name would split the feed and stay."""
    filled = [k for k, i in enumerate(tail) if bare[i]]
    for a, k, b in zip(filled, filled[1:], filled[2:], strict=False):
        if not listed[k] and listed[a] and listed[b] and _LATIN_OUTLET.match(bare[tail[k]]):
            listed[k] = True


# A line of code or of a sentence: a statement's marks, or a sentence's stop at its end
_CODE_OR_SENTENCE = re.compile(r"[;{}=<>]|[。！？.!?]$")
_LAST_CONTROLS = 3  # the page's last Latin lines that may be a widget's controls, at most


def _latin_controls(bare: Sequence[str], tail: Sequence[int], listed: list[bool]) -> None:
    """Mark as list lines the page's last lines that _listish kept out for their Latin words
    (a reader's voice picker, 默认Microsoft Xiaoxiao - Chinese (PRC), and 保存到 Pocket under
    its style menu), at most three, under a list line with nothing after them: a widget's
    controls ending the page, no code (no statement's marks) and no sentence (no stop)."""
    filled = [k for k, i in enumerate(tail) if bare[i]]
    last = list(itertools.takewhile(lambda k: not listed[k], reversed(filled)))
    above = filled[-len(last) - 1] if len(last) < len(filled) else None
    if not last or len(last) > _LAST_CONTROLS or above is None or not listed[above]:
        return
    if all(_LATIN_RUN.search(line := bare[tail[k]]) and not _CODE_OR_SENTENCE.search(line)
           for k in last):
        for k in last:
            listed[k] = True


# An office alone on its line (副市长, 常务副市长, 党组书记、局长), as a side box of the
# leaders (领导之窗) prints it over each leader's name.
_OFFICE_ALONE = re.compile(with_traditional(
    r"^[\u4e00-\u9fff、]{0,8}(?:书记|省长|市长|县长|区长|州长|镇长|乡长|主任|主席|局长|厅长|"
    r"部长|院长|校长|董事长|总经理|理事长|会长|秘书长|巡视员|调研员)$"))


def _leaders_box(bare: Sequence[str], tail: Sequence[int]) -> list[int]:
    """The positions (in ``tail``) of a side box of the leaders after the article: two or more
    names printed each under its office alone (副市长 / 某某某), and the box's heading over the
    first office (领导之窗). _listish keeps rows of people's names out of lists, and meta.lines
    would lift each name as a byline. [] when there is none."""
    filled = [k for k, i in enumerate(tail) if bare[i]]
    pairs = [(a, k) for a, k in itertools.pairwise(filled)
             if _OFFICE_ALONE.match(bare[tail[a]]) and looks_like_name(bare[tail[k]])]
    if len(pairs) < 2:
        return []
    box = [k for pair in pairs for k in pair]
    above = [k for k in filled if k < pairs[0][0]]
    if above and len(heading := bare[tail[above[-1]]]) <= 8 and not _SENTENCE_MARKS.search(
            heading) and not heading.endswith(("：", ":")):
        box.append(above[-1])
    return box


# A court document page's side box of the statutes its judgment cites, printed after the
# document's signature and clerk lines: its label (相关法条, 关联法条, 法条链接), then each
# statute's citation (《中华人民共和国民法典》第六百七十五条) over the article's text. A
# judgment's own appendix of the law it applied is headed 附： (附：本判决适用的法律条文), which
# is no side box's label.
_STATUTE_BOX_LABEL = re.compile(with_traditional(
    r"^(?:相关|关联|引用|适用|涉及)(?:法条|法律条文|法律法规)(?:链接)?$|^法条链接$"))
_STATUTE_CITATION = re.compile(with_traditional(
    r"^《[^《》\s]{2,40}》\s*第[一二三四五六七八九十百千零〇\d]+条"
    r"(?:\s*第[一二三四五六七八九十\d]+款)?(?:\s*第[一二三四五六七八九十\d]+项)?$"))

# What every _STATUTE_BOX_LABEL holds, in either script: a page without it has no such box.
_STATUTE_WORD = re.compile(r"法(?:条|條|律条文|律條文|律法规|律法規)")


# The clerk's line that closes a court document's signature (书记员　某某, 法官助理 某某某).
_CLERK_LINE = re.compile(with_traditional(r"^(?:书记员|法官助理|速录员)[\s\u3000]*\S{1,5}$"))


def statute_box(bare: Sequence[str], taken: Mapping[int, str], gone: Mapping[int, object]
                ) -> list[int]:
    """The lines of a side box of cited statutes (its label, each citation and the statute's
    sentences under it) after a court document: its label stands below the document's clerk
    line (书记员　某某) with no appendix heading (附：…) between, or an earlier pass took it as a
    list's line (in ``gone``, or among the lines ``taken`` by earlier cleaners). The box runs
    down to the next line taken or the page's end. [] when there is none."""
    out: list[int] = []
    # every label of such a box names the statutes (法条, 法律条文, 法律法规): a page with
    # none of those words has no box
    if not _STATUTE_WORD.search("\n".join(bare)) and not any(
            _STATUTE_WORD.search(t) for t in taken.values()):
        return out
    signed = False  # under the clerk's line, no appendix heading since
    for i, line in enumerate(bare):
        if _CLERK_LINE.match(line):
            signed = True
        elif line.startswith(("附：", "附:", "附录", "附件")):
            signed = False
        label = line or taken.get(i, "").strip()
        if not _STATUTE_BOX_LABEL.match(label) or not (signed or i in gone or not line):
            continue
        box, cited = [i] if line else [], False
        for j in range(i + 1, len(bare)):
            if not bare[j]:
                if j in taken:
                    break  # the footer an earlier cleaner took closes the box
                continue
            if _STATUTE_CITATION.match(bare[j]):
                cited = True
            elif not (cited and bare[j][-1] in "。；;"):
                break
            box.append(j)
        if cited:
            out.extend(box)
    return out


# A classified ad or a notice's closing line: a sentence, then the number to call (家政服务：
# 专业保洁，持证上岗。咨询电话：0000-1234567). No link list's headline ends on a phone.
_SENTENCE_THEN_PHONE = re.compile(
    r"^[^。！？]{8,}[。！？]\s*[\u4e00-\u9fff]{0,6}(?:电话|热线|手机)\s*[:：]\s*[\d\s()（）+\-－]{7,}$")

# A notice's directory row: an office and its number (云溪县招生考试中心：0736-5120394,
# 市教育考试院 0736-2251180), listed under its 咨询电话 heading above the page's tools. No link
# list's headline ends on a phone; a footer's row names the phone itself (联系电话：…), and a
# footer's box of offices (便民热线) stands under the tools.
_OFFICE_PHONE_ROW = re.compile(with_traditional(
    r"^[\u4e00-\u9fff（）()]{1,20}(?:院|中心|局|处|科|室|站|所|办|校|馆|部|队|会|委|厅|公司)"
    r"\s*[:：]?\s*(?:\d{3,4}[-－—])?\d{7,8}(?:\s*[、，,/]\s*(?:\d{3,4}[-－—])?\d{7,8})*$"))


def _listish(line: str) -> bool:
    """Could be an item of a link list: mostly Han text. Code and Latin lines are not (a
    technical article's code must not read as a menu), nor rows of people's names."""
    # a link list's item is a headline, never a row of people's names (asked last: dearest)
    if not line.isascii() and _LATIN_RUN.search(line) is None:
        return not names_row(line)  # the common case, decided without counting
    if line[0] in _ITEM_BULLETS and len(line) <= 24:
        return True  # a bulleted short item (• Steam, • Mac电脑: a tag list) is a list's
    if _READINGS_ROW.fullmatch(line):
        return True  # a widget's readings (PM2.5：18μg/m³ PM10：35μg/m³): no code, no prose
    chars = len(line.replace(" ", ""))
    latin = len(_LATIN.findall(line))
    return (chars > 0 and (latin < 3 or len(_HAN.findall(line)) * 5 >= chars * 2)
            and not names_row(line))


# The controls of a reader comment: when it was posted ("3小时前", "• 某某网友 1天前") and its
# reply/like/report row ("回复 踩13 赞26 收藏", "查看回复 4 举报", "回复 ⋅ 254条回复 8421").
COMMENT_UI = re.compile(with_traditional(
    r"(?:^|\s)(?:\d{1,2}\s*(?:秒|分钟|小时|天|周|个月)前|刚刚)$|^(?:今天|昨天|前天)\s*\d{1,2}:\d{2}$"
    # The row may open with the comment's time (今天08:23举报查看对话赞188回复).
    # Its votes may read +1顶43 |+1踩0, one to a list item, or their count in brackets
    # (回复顶(36)举报).
    # A note platform's row gives the day alone and the commenter's province (02-17 浙江 赞 8 回复).
    r"|^(?=.*(?:回复|举报|踩|顶))(?:(?:今天|昨天|前天|\d{1,2}月\d{1,2}日|\d{1,2}-\d{1,2})\s*"
    r"(?:\d{1,2}:\d{2}\s*|(?<=\d)\s+[\u4e00-\u9fff]{2,3}\s+))?(?:(?:\+1)?(?:查看|全部)?(?:回复|举报|踩|顶|赞|收藏|分享|对话|\d+条回复)\s*(?:\d*|[(（]\d+[)）])"
    r"|\d+楼?|[⋅·•|｜]|\s)+$")
    # The commenter's name and the time glued, their spans saved as text (某某网友2小时前,
    # 网友37211小时前): a short run of word characters before the time, not the word of a
    # clause that says when (发生在2小时前). Both scripts spelled out: with_traditional would
    # make a copy whose guard a simplified line passes.
    + r"|^\w{2,12}?(?<![在于於距约約近至的了])\d{1,2}"
    r"(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前$")


def comment_ui(line: str) -> bool:
    """COMMENT_UI.search(line), asked of every line of every page: a row of comment controls
    ends in 前/刚刚 or holds 回复/举报/踩, so most lines are told apart by cheap tests before
    the regex (searching it costs a pass at every position of the line). Every branch ends
    at the line's end ($), in a digit, a space or a character the pattern names, so a line
    ending otherwise (a paragraph's 。) is ruled out by its last character alone."""
    if not line:
        return False
    last = line[-1]
    if last not in _COMMENT_LAST and not last.isdigit() and not last.isspace():
        return False
    if last not in "前刚剛" and not _COMMENT_WORD.search(line) and not last.isdigit():
        return False
    return COMMENT_UI.search(line) is not None


_COMMENT_WORD = re.compile("回复|举报|踩|顶|回覆|回復|舉報|頂")
# Every character COMMENT_UI's source names: the last character of a match is one of them,
# a digit (\d) or a space (\s).
_COMMENT_LAST = frozenset(COMMENT_UI.pattern)


def _comment_cluster(ui: Sequence[str], cluster: Sequence[int]) -> bool:
    """A comment: its long lines are followed by its controls (time, reply row) and the next
    comment's; the article's last paragraph has at most one comment's header after it.
    ``ui`` is the page with the lines earlier cleaners removed (举报, 分享) put back."""
    # The next two filled lines only: a scan to the end of the page per cluster made the
    # whole test quadratic on long pages.
    after = list(itertools.islice((i for i in range(cluster[-1] + 1, len(ui)) if ui[i].strip()),
                                  2))
    return all(comment_ui(ui[i].strip()) for i in after) and len(after) == 2


# A teaser's timestamp alone on its line: a full date with a time ("2019-09-09 21:38:04",
# "2019-09-3007:42" where the page glued the two together).
_STAMP = re.compile(r"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*"
                    r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")
# A teaser card's outlet or channel and its day, alone on its line under the card's lead (都市报
# 2025-12-01, 城市频道 2025-12-01): it closes the card as a timestamp does.
_CARD_STAMP = re.compile(r"^[\u4e00-\u9fff]{2,8}\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}$")
# The characters a timestamp opens with, read off the pattern (1 and 2).
_STAMP_STARTS = clues(_STAMP.pattern, _STAMP.flags).first


def teaser_feed(lines: Sequence[str]) -> list[int]:
    """Lines of a feed of teasers (headline, summary, timestamp; again and again).

    Two or more timestamps alone on their lines, each closing a record of the same length
    (two or three lines) that opens with a headline-like line (no sentence ending), are a feed;
    its records go, timestamps included. A dated paragraph in a timeline has no headline above
    it and does not repeat that shape; a timeline whose entries do carry headings (time,
    heading, paragraph) goes forward in time through three entries or more, where a feed
    lists its newest item first or in no order, or prints each record as a box its time closes.
    """
    return _teaser_feed(*_stripped(lines))


def _teaser_feed(bare: Sequence[str], filled: Sequence[int]) -> list[int]:
    """teaser_feed over the page's stripped lines and the indexes of the filled ones (the
    caller has them already)."""
    stamps = [k for k, i in enumerate(filled) if ((
        _STAMP_STARTS is None or bare[i][0] in _STAMP_STARTS) and _STAMP.match(bare[i])) or (
        bare[i][-1].isdigit() and _CARD_STAMP.match(bare[i]))]
    feed: set[int] = set(_teaser_items(bare, filled))
    # Only the stamps are ever compared: reading the numbers of every line cost as much as
    # the rest of the feed test.
    chronicle = _chronicle(stamps, {k: _when(bare[filled[k]]) for k in stamps})
    for a, b in itertools.pairwise(stamps):
        period = b - a
        if not 3 <= period <= 4 or a < period - 1:  # no whole record above the first time
            continue
        records = [filled[k - period + 1: k + 1] for k in (a, b)]
        if {a, b} <= chronicle and not all(_grouped(r, filled) for r in records):
            continue
        if all(_headline_shaped(bare[r[0]]) for r in records):
            feed.update(i for r in records for i in r)
    return sorted(feed)


# A date alone on its line, with or without its time (a teaser's date under its lead).
_DATE_LINE = re.compile(r"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                        r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")


# A list item's date glued to its end (某某发布新品：麒麟990 5G2019-09-06): an item of a list
# however much Latin it has.
_DATED_END = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$")


# A full date in a short row (某某人文 2020-03-09 18:14:21): the metadata row under a headline.
_ROW_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


def _meta_row(line: str) -> bool:
    """A metadata row: one meta.lines parses, or a short line with a full date in it."""
    return (len(line) <= 60 and _ROW_DATE.search(line) is not None) or (
        parse_meta_line(line) is not None)


# The outlet printed right after a row's date and time (2019-09-05 11:10 某某网[整理]).
_STAMP_THEN_NAME = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+([^\s\[【(（|｜:：]{2,12})")


def _row_sources(line: str) -> set[str]:
    """The outlet a metadata row names: its 来源 field, or the name right after its date."""
    out: set[str] = set()
    if len(line) > 60 or (_ROW_DATE.search(line) is None and "来源" not in line):
        return out
    found = parse_meta_line(line)
    if found is not None and found.source_name:
        out.add(found.source_name)
    named = _STAMP_THEN_NAME.search(line)
    if named:
        out.add(named[1])
    return out


def _dated(line: str) -> bool:
    return _DATE_LINE.match(line) is not None


def _when(stamp: str) -> tuple[int, ...]:
    """A timestamp's fields (year, month, day, hour, minute[, second]) for ordering."""
    return tuple(int(n) for n in re.findall(r"\d+", stamp))


def _grouped(record: Sequence[int], filled: Sequence[int]) -> bool:
    """Whether a record's lines stand together and a blank line follows its timestamp: the
    page printed it as one box, closed by its time."""
    after = [i for i in filled if i > record[-1]][:1]
    return record[-1] - record[0] == len(record) - 1 and (not after or after[0] > record[-1] + 1)


def _chronicle(stamps: Sequence[int], when: Mapping[int, tuple[int, ...]]) -> set[int]:
    """The stamps of runs of three or more, a few lines apart, each later than the one before:
    the entries of a timeline told in order."""
    out: set[int] = set()
    run: list[int] = []
    for k in [*stamps, -1]:
        if k >= 0 and run and 3 <= k - run[-1] <= 4 and when[k] > when[run[-1]]:
            run.append(k)
            continue
        if len(run) >= 3:
            out.update(run)
        run = [k]
    return out


# A list item that is a headline, a space and the start of its article ("• 某某发布新品：
# 有哪些变化？ 21日，某某网站……").
_TEASER_ITEM = re.compile(r"^[•·]\s*(?P<head>[^\s，。；,;][^，。；,;]{5,38}?[^\s，。；,;])\s+"
                          r"(?P<lead>\S.{19,})$")
# Where a headline may carry commas of its own, the item is told by a space between two
# non-Latin characters (a space beside a Latin word is only padding): a headline-shaped part
# before it, a sentence of 20 characters or more after it ("• 拆解某某：除了芯片，还有什么
# 改变？ 苹果今年更新了……").
_SPLIT_SPACE = re.compile(r"(?<=[^\sA-Za-z]) (?=[^\sA-Za-z])")
# The characters a teaser item can open with, read off the pattern: other lines (nearly all)
# are not matched against it.
_TEASER_STARTS = clues(_TEASER_ITEM.pattern, _TEASER_ITEM.flags).first


# The characters either kind of teaser item opens with (_teaser_split takes only • and ·);
# None when the pattern could open with any.
_ITEM_STARTS = None if _TEASER_STARTS is None else _TEASER_STARTS | frozenset("•·")


def _teaser_split(line: str) -> str | None:
    """The headline of a teaser item whose headline may carry commas, or None."""
    if line[:1] not in "•·":
        return None
    body = line[1:].strip()
    for m in _SPLIT_SPACE.finditer(body):
        head, lead = body[:m.start()], body[m.end():]
        if len(lead) < 20:
            break
        if (6 <= len(head) <= 45 and "。" not in head and head[-1] not in "，,、：:；;"
                and re.search(r"[，。,]", lead)):
            return head
    return None


def _teaser_head(line: str) -> str | None:
    """The headline of a teaser list item (headline, a space, the start of its article)."""
    if _TEASER_STARTS is None or line[:1] in _TEASER_STARTS:  # most lines fail here
        m = _TEASER_ITEM.match(line)
        if m and " " not in m["head"].strip():
            return m["head"]
    return _teaser_split(line)


def _labels(heads: Sequence[str]) -> bool:
    """The bold labels of an article's own points (• 拓宽就业渠道 各地要……): short phrases, or
    phrases of one length in parallel. Headlines of teasers are longer and of mixed lengths."""
    sizes = [len(h) for h in heads]
    return max(sizes) <= 8 or max(sizes) - min(sizes) <= 1


def _teaser_items(bare: Sequence[str], filled: Sequence[int], min_run: int = 4) -> list[int]:
    """Runs of four or more teaser list items; an article's own bullet points have no
    headline-and-lead shape (their first clause runs on with a comma), or open with labels.
    ``bare``: the page's lines stripped."""
    out: list[int] = []
    run: list[int] = []
    heads: list[str] = []
    for i in [*filled, -1]:
        # A line opening with no character an item can open with ends the run without
        # entering _teaser_head (nearly every line of a page).
        head = _teaser_head(bare[i]) if i >= 0 and (
            _ITEM_STARTS is None or bare[i][0] in _ITEM_STARTS) else None
        if head is not None:
            run.append(i)
            heads.append(head.strip())
            continue
        if run:
            if len(run) >= min_run and not _labels(heads):
                out += run
            run, heads = [], []
    return out


def post_feed(lines: Sequence[str], headers: Sequence[int], max_record: int = 5) -> list[int]:
    """Lines of a feed of posts beside the article (a live-commentary stream: 某某 today 12:08,
    the post, the next author's name, again and again).

    ``headers`` are the lines chrome.lines removed as post headers (a name and a time). Three
    or more of them, each a few lines from the next, are a feed: everything from the author's
    name above the first to the last post's text goes. The feed stays when the page has no
    other prose: then the posts are the text (a live blog saved alone).
    """
    return _post_feed(lines, *_stripped(lines), headers, max_record)


def _post_feed(lines: Sequence[str], bare: Sequence[str], filled: Sequence[int],
               headers: Sequence[int], max_record: int) -> list[int]:
    """post_feed with the page's stripped lines and filled indexes the caller has already."""
    if not headers:
        return []  # no chain, no feed: spare the test for prose below on every page
    chains: list[list[int]] = []
    for h in sorted(headers):
        if chains and sum(1 for i in filled if chains[-1][-1] < i < h) <= max_record:
            chains[-1].append(h)
        else:
            chains.append([h])
    feed: set[int] = set()
    for chain in (c for c in chains if len(c) >= 3):
        longest = max(sum(1 for i in filled if a < i < b) for a, b in itertools.pairwise(chain))
        before = [i for i in filled if i < chain[0]][-1:]
        if before and len(bare[before[0]]) <= 12 and not _SENTENCE_MARKS.search(
                lines[before[0]]):
            feed.add(before[0])  # the first author's name
        feed.update(i for i in filled if chain[0] < i < chain[-1])
        feed.update([i for i in filled if i > chain[-1]][:longest])
    if not any(_is_anchor(bare[i]) for i in filled if i not in feed):
        return []
    return sorted(feed)


# A headline under its column's label and a bar (图片新闻丨高山茶园开采忙, 视频｜某某): the label is
# a short name with no punctuation, the rest the story's own headline.
_COLUMN_LABELLED = re.compile(r"^[^\s丨｜|，。：:、]{2,8}\s*[丨｜|]\s*(?P<rest>[^丨｜|]{6,})$")

# Sentence punctuation: a caption glued to the headline has none; a lead that opens by
# restating the headline goes on with a comma (某某市召开经济工作会议，部署…).
_SENTENCE_MARK = re.compile(r"[，。；！？,;!?]")


def _glued_caption(line: str, heads: set[str]) -> bool:
    """The headline with a picture's caption glued to it (headline + 图片来源：某某网): the alt
    text and the caption printed as one line."""
    return any(line.startswith(h) and 0 < len(line) - len(h) <= 40
               and not _SENTENCE_MARK.search(line, len(h)) for h in heads)


def _verse_under_byline(bare: Sequence[str], head: Sequence[int],
                        is_meta: Callable[[int], bool], most: int = 80) -> frozenset[int]:
    """A poem's short lines between its byline (作者：某某) and the article's span, set in
    stanzas (meta.in_stanzas): the text, no menu. A menu sits above the headline, not under
    its byline. ``head``: the lines above the span; ``is_meta(k)``: whether head[k] is a
    metadata row."""
    stretch: list[int] = []
    for k in range(len(head) - 1, max(-1, len(head) - 1 - most), -1):
        if is_meta(k):
            return frozenset(stretch) if in_stanzas(bare, stretch[::-1]) else frozenset()
        if len(bare[head[k]]) > 30:
            break
        stretch.append(head[k])
    return frozenset()


def _enacted_contents(bare: Sequence[str], filled: Sequence[int]) -> frozenset[int]:
    """The contents of an enacted text (目录 over 第一章　总则 / 第二章　… that the text prints
    again over its chapters): a law's or a regulation's text as enacted, heading and entries,
    neither a table of contents to drop nor a menu above the article."""
    for k, i in enumerate(filled):
        if not _CONTENTS.match(bare[i]):
            continue
        entries: list[int] = []
        for j in filled[k + 1 : k + 1 + _CONTENTS_MAX]:
            if not _ENACTED_CHAPTER.match(bare[j]) or any(bare[j] == bare[e] for e in entries):
                break  # (the first chapter printed again ends the contents)
            entries.append(j)
        later = {bare[m] for m in filled if entries and m > entries[-1]}
        if len(entries) >= 2 and all(bare[j] in later for j in entries):
            return frozenset([i, *entries])
        return frozenset()
    return frozenset()


def _lines_under_lead(bare: Sequence[str], head: Sequence[int],
                      is_meta: Callable[[int], bool], most: int = 60) -> frozenset[int]:
    """The article's own short lines (couplets under their place's name, a list of items)
    between its lead paragraph and the article's span: the lead, one or more sentences with
    their stop, stands right under the metadata row under the headline, and no metadata row
    stands among the lines. A menu sits above the headline, not under the article's first
    paragraph. ``head``: the lines above the
    span; ``is_meta(k)``: whether head[k] is a metadata row."""
    k = len(head) - 1
    run: list[int] = []
    while k >= 0 and not _lead_paragraph(bare[head[k]]):
        if len(run) >= most or is_meta(k):
            return frozenset()  # (a headline's row under the lines: they are above it)
        run.append(head[k])
        k -= 1
    if not run or k < 0:
        return frozenset()
    while k >= 0 and _lead_paragraph(bare[head[k]]):
        k -= 1
    return frozenset(run) if k >= 0 and is_meta(k) else frozenset()


def _lead_paragraph(line: str) -> bool:
    """A paragraph of prose: long, with a comma and a full stop at its end."""
    return (len(line) >= _LEAD_LEN and _PROSE_MARKS.search(line) is not None
            and line.endswith(_LEAD_ENDS))


_LEAD_LEN = 20
_LEAD_ENDS = ("。", "。”", "。」", "！", "？")


# Characters of the headline's last words a picture's alt text under its row repeats.
_HEADLINE_TAIL_MIN = 6


def _headline_shaped(line: str) -> bool:
    return 4 <= len(line) <= 60 and line[-1] not in "。；;，,：:" and "。" not in line


# A row that heads an article: a date and a label of the row's fields (来源：, 作者：, 记者).
_ROW_LABEL = re.compile(r"来源|作者|记者|编辑|通讯员|發布|发布")
_HEAD_REACH = 6  # lines above the article's first paragraph its headline and row may take


def _headed(ui: Sequence[str], i: int) -> bool:
    """Line ``i`` a headline with a row of its date and source under it (the row as the page
    printed it, though chrome.lines may have taken it out)."""
    line = ui[i].strip()
    below = next((j for j in range(i + 1, len(ui)) if ui[j].strip()), None)
    if below is None or not _headline_shaped(line) or _CN_SECTION.match(line):
        return False
    row = ui[below].strip()
    return (len(row) <= 60 and _ROW_DATE.search(row) is not None
            and _ROW_LABEL.search(row) is not None and parse_meta_line(row) is not None)


def _next_article(bare: Sequence[str], ui: Sequence[str], filled: Sequence[int], first: int,
                  last: int) -> int | None:
    """The headline of a second article inside the span, or None: an infinite-scroll page
    loads the next story whole under the first (its headline, its own row of date and
    source, its paragraphs), and the two join one cluster. The article is headed so above
    its paragraphs; the next headline comes after two of them, its row right under it and a
    paragraph of its own below. A subheading of the article has no such row, a roundup's
    items no headline over one, and a side box above a page's only headline is no article.
    The article itself pasted again under it (its headline and row over its own paragraphs)
    is no next story: PageBlocks._pasted_twice takes that copy."""
    inside = [i for i in filled if first <= i <= last]
    if len(inside) < 5:
        return None
    opening = next((k for k, i in enumerate(inside) if _is_anchor(bare[i])), None)
    if opening is None or not any(_headed(ui, j) for j in range(
            max(0, inside[opening] - _HEAD_REACH), inside[opening]) if ui[j].strip()):
        return None
    seen = 0
    told: set[str] = set()  # the article's paragraphs above the line
    for k, i in enumerate(inside[:-2]):
        if _is_anchor(bare[i]):
            seen += 1
            told.add(bare[i])
        elif seen >= 2 and k > opening and _headed(ui, i):
            story = next((bare[j] for j in inside[k + 2:] if _is_anchor(bare[j])), None)
            if story is not None and story not in told:
                return i
    return None


def _clusters(lines: Sequence[str], bare: Sequence[str], filled: Sequence[int], max_gap: int,
              ui: Sequence[str], table: frozenset[int] = frozenset(),
              boxed: frozenset[int] = frozenset()) -> list[list[int]]:
    """The clusters of anchors of main_span; ``bare`` is ``lines`` stripped, ``filled`` the
    indexes of its filled lines, ``table`` those of a table saved one cell a line (its
    cells are the text's and part no cluster, however many they are). ``boxed``: lines
    chrome.lines took out of a box after the article (a newsletter's subscribe form): each
    still counts as a short line between the article and what follows the box."""
    clusters: list[list[int]] = []
    gap = 0
    for i in sorted({*filled, *boxed}) if boxed else filled:
        line = bare[i]
        if i in boxed:
            gap += gap < max_gap
            continue
        if i in table:
            continue
        if comment_ui(line if ui[i] is lines[i] else ui[i].strip()):
            gap = max_gap  # a comment's controls end what came before
        elif _is_anchor(line):
            if clusters and gap < max_gap:
                clusters[-1].append(i)
            else:
                clusters.append([i])
            gap = 0
        # Past max_gap the count decides nothing until an anchor resets it: the line is not
        # looked at. The string tests first: _listish searches the line with a regex.
        elif gap < max_gap and not (_sentence_piece(line) or _introduces(line)
                                    or _CN_SECTION.match(line)) and _listish(line):
            # a sentence introducing code or a list (如下：) is the article's, and so is a
            # section numbered the Chinese way (一、招聘条件, （三）具有大专学历。): a notice's
            # sections of short items hold no link list
            gap += 1
    # The first comment of a thread joins the article above it when only a name or a label
    # lies between them; the controls under it tell it apart.
    split: list[list[int]] = []
    for c in clusters:
        if len(c) > 1 and _comment_cluster(ui, c):
            split += [c[:-1], c[-1:]]
        else:
            split.append(c)
    return split


def main_span(lines: Sequence[str], max_gap: int = 6, ui: Sequence[str] | None = None
              ) -> tuple[int, int] | None:
    """First and last line index of the main cluster of anchors, or None without anchors.

    Anchors separated by ``max_gap`` or more non-anchor lines start a new cluster; the cluster
    with the most characters is the article. A reader-comment thread (long lines among reply
    and like buttons) is not, however long it is, unless there is nothing else.
    """
    ui = lines if ui is None else ui
    return _main_of(_clusters(lines, *_stripped(lines), max_gap, ui), lines, ui)


def _stripped(lines: Sequence[str]) -> tuple[list[str], list[int]]:
    """The lines stripped, and the indexes of those left with any text."""
    bare = [ln.strip() for ln in lines]
    return bare, [i for i, ln in enumerate(bare) if ln]


def _main_of(clusters: list[list[int]], lines: Sequence[str], ui: Sequence[str]
             ) -> tuple[int, int] | None:
    """main_span from the page's clusters (PageBlocks reuses them for comment_start)."""
    if not clusters:
        return None
    prose = [c for c in clusters if not _comment_cluster(ui, c)] or clusters
    best = max(prose, key=lambda c: sum(len(lines[i]) for i in c))
    return best[0], best[-1]


def comment_start(lines: Sequence[str], after: int, ui: Sequence[str], max_gap: int = 6
                  ) -> int | None:
    """First line of a reader-comment thread after line ``after``, or None."""
    return _comment_start_of(_clusters(lines, *_stripped(lines), max_gap, ui), after, ui)


def _comment_start_of(clusters: list[list[int]], after: int, ui: Sequence[str]) -> int | None:
    for c in clusters:
        if c[0] > after and _comment_cluster(ui, c):
            return c[0]
    return None


# What separates a menu row's items (首页 | 协会概况, 首页  检察动态).
_MENU_SPLIT = re.compile(r"\s*[|｜]\s*|\s{2,}|\u3000+")
_MENU_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _menu_labels(whole: Sequence[tuple[int, Removal]]) -> frozenset[str]:
    """The items of the menu rows chrome.lines took out (首页 | 协会概况 | 入会申请): a label
    of a box after the article that repeats one names a page of the site, no section of it."""
    return frozenset(item for text in _removed_lines(whole, _MENU_RULES).values()
                     for item in _MENU_SPLIT.split(text.strip()) if _MENU_ITEM.match(item))


# A person's card beside the article (the writer's, the doctor's who reviewed it), saved as
# text: the name alone or with a title (某某 主任医师), a line or two on the person (a unit and
# department, a one-line bio), then its button (关注, 向TA提问, its counts row) chrome.lines
# took; above it the chrome it sits among (its label 审核专家, a share row).
_CARD_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})(?:\s+[\u4e00-\u9fff]{2,8})?$")
_CARD_LINES_MAX = 3
# A user's handle on a card: a short run of words, no punctuation or space (某某工长, 晚风里的鱼)
_CARD_HANDLE = re.compile(r"^[^\s，。！？；：、,.!?;:]{2,12}$")
_CARD_LINE_LEN = 60  # characters: a card's line; a paragraph of the article runs longer


def _name_twice(bare: Sequence[str], run: Sequence[int]) -> int | None:
    """Where in ``run`` (a button's lines above it) a card opens with its name printed twice,
    the avatar's alt text over the name's link (某某某 / 某某某 / a line on them): the card is
    that pair and at most the line on them under it, whatever stands above it. Printed twice
    over a button, a user's handle (某某工长) is a name too."""
    for k in range(len(run) - 1):
        first, second = bare[run[k]], bare[run[k + 1]]
        if (first == second and len(run) - k <= _CARD_LINES_MAX and _CARD_HANDLE.match(first)
                and all(len(bare[i]) <= _CARD_LINE_LEN for i in run[k:])):
            return k
    return None


def person_cards(bare: Sequence[str], filled: Sequence[int], chrome: Mapping[int, str],
                 buttons: Mapping[int, str]) -> set[int]:
    """The lines of a person's card: one to three short lines, the first a person's name
    (with a title maybe), standing between a line ``chrome`` took above and a button
    (``buttons``, chrome.lines' button labels) below, blank lines apart at most. ``bare``: the
    page's lines stripped; ``filled``: the indexes of those still standing."""
    standing = set(filled)
    out: set[int] = set()
    for button in buttons:
        run: list[int] = []
        j = button - 1
        while j >= 0 and len(run) <= _CARD_LINES_MAX:
            if j in standing:
                run.insert(0, j)
            elif j in chrome:
                break
            elif bare[j]:
                run = []  # a line an earlier pass of this cleaner took: no card here
                break
            j -= 1
        twice = _name_twice(bare, run)
        if twice is not None:
            out.update(run[twice:])
            continue
        if not (j >= 0 and j in chrome and 1 <= len(run) <= _CARD_LINES_MAX):
            continue
        if any(DATE.search(bare[i]) for i in run):
            continue  # the post's byline over its date row (某某 / 2025-10-09 发布): meta's
        name = _CARD_NAME.match(bare[run[0]])
        if name and looks_like_name(name["name"]) and all(
                len(bare[i]) <= _CARD_LINE_LEN for i in run):
            out.update(run)
    return out


# A leader's card a template prints under the article (the 领导之窗 item of the official the
# news names): the office alone on its line, the name alone on the next, then the résumé that
# opens with that name (某某，男，汉族，1975年3月生，…现任…). Under a paragraph of the article and
# followed by none, it is the page's box, not the story (a 领导之窗 page whose text is the résumé
# has no paragraph over it; a 公示's records have no office line over their names).
_LEADER_OFFICE = re.compile(with_traditional(
    r"^[\u4e00-\u9fff]{0,10}(?:书记|[县市区州旗乡镇]长|主任|主席|部长|局长|委员|秘书长|"
    r"[区县市]委常委)$"))
_RESUME = re.compile(  # 现任 or, in traditional script, 現任 (a named group: no with_traditional)
    r"^(?P<name>[\u4e00-\u9fff·]{2,5})[，,]\s*[男女][，,].{0,80}?(?:19|20)\d{2}年\d{1,2}月(?:出)?生"
    r".*[现現]任.*[。.]?$")
_RESUME_MAX = 250  # characters: a card's one-line résumé


def _article_paragraph(line: str) -> bool:
    return len(line) >= 40 and line[-1] in "。！？”"


def leader_card(bare: Sequence[str], filled: Sequence[int]) -> set[int]:
    """The office, name and résumé lines of a leader's card under the article (see _RESUME),
    when a paragraph of the article stands over it and none under it. ``bare``: the page's
    lines stripped; ``filled``: the indexes of those still standing."""
    for k in range(len(filled) - 1, 1, -1):
        resume = bare[filled[k]]
        if len(resume) > _RESUME_MAX or (m := _RESUME.match(resume)) is None:
            continue
        office, name = filled[k - 2], filled[k - 1]
        if not (bare[name] == m["name"] and _LEADER_OFFICE.match(bare[office])
                and not any(bare[i] for i in range(office + 1, filled[k]) if i != name)):
            return set()
        if any(_article_paragraph(bare[i]) for i in filled[k + 1:]) or not any(
                _article_paragraph(bare[i]) for i in filled[:k - 2]):
            return set()
        return {office, name, filled[k]}
    return set()


# A breadcrumb whose last crumb is the article itself (首页 / 城事 / 正文, 当前位置：首页 > 详情)
# stands right over the headline: what a page saved as text holds above it is the page's head
# and the sidebar a template sets before the content (热点排行, 图片新闻, 专题), never the article.
_ARTICLE_CRUMB = re.compile(with_traditional(
    r"[>＞»›≫/\-–—]\s*(?:正文|正文内容|文章正文|详情|内容)\s*$"))
_CRUMB_HEADLINE_MAX = 40  # characters: a headline, no paragraph
_CRUMB_DATE_WITHIN = 3  # lines under the headline its date row (2025-12-03 07:40) is among


# A date row's label (发布时间：2025-12-03, 来源：… 日期：…): the article's own row.
_LABELLED_ROW = re.compile(with_traditional(
    r"(?:发布|发表|更新|成文)?(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}"))


# A leader's division of work as a 领导分工 sidebar prints it, a row a leader (某某：主持区政府
# 全面工作。, 某某：负责教育、卫生健康等方面工作。): rows that read as sentences.
_DUTY_ROW = re.compile(with_traditional(
    r"^[\u4e00-\u9fff·]{2,5}[：:]\s*(?:主持|负责|分管|协助|联系|主管)[^：:]{2,80}?工作[。；;]?$"))
_DUTY_ROWS_MIN = 2
_SIDEBAR_LINE_MAX = 20  # characters: a sidebar's other lines (领导分工, 区长　某某), no paragraph


def duty_rows_above_headline(bare: Sequence[str], filled: Sequence[int]) -> set[int]:
    """The 领导分工 rows of a sidebar saved above the article with no breadcrumb (see
    _DUTY_ROW): two or more, above the headline a labelled date row (发布时间：…) follows, with
    nothing above that headline but them and short lines. Under the headline the same rows are
    the text (a notice of the leaders' new division of work). ``bare``: the page's lines
    stripped; ``filled``: the indexes of those still standing."""
    # the anchored duty row first: most pages print none, and the date row's search is dearer
    if sum(1 for i in filled if _DUTY_ROW.match(bare[i])) < _DUTY_ROWS_MIN:
        return set()
    row = next((k for k, i in enumerate(filled) if _LABELLED_ROW.search(bare[i])), None)
    if row is None or row < 1 + _DUTY_ROWS_MIN:
        return set()
    headline = bare[filled[row - 1]]
    if len(headline) > _CRUMB_HEADLINE_MAX or headline[-1] in "。！？；":
        return set()
    above = filled[:row - 1]
    duties = {i for i in above if _DUTY_ROW.match(bare[i])}
    if len(duties) < _DUTY_ROWS_MIN or any(
            len(bare[i]) > _SIDEBAR_LINE_MAX or bare[i][-1] in "。！？"
            for i in above if i not in duties):
        return set()
    return duties


_BODY_WITHIN = 12  # lines under a crumb's date row the article's first paragraph is among
_BODY_PARAGRAPH = 40  # characters: a paragraph of the article, no label or menu item


def _body_follows(bare: Sequence[str], row: int) -> bool:
    """Whether a paragraph of prose stands within a few lines under the date row ``row``."""
    under = [ln for ln in bare[row + 1:] if ln][:_BODY_WITHIN]
    return any(len(ln) >= _BODY_PARAGRAPH and _SENTENCE_END.search(ln) for ln in under)


def above_article_crumb(bare: Sequence[str], filled: Sequence[int],
                        crumbs: Mapping[int, str]) -> set[int]:
    """The lines still standing above a breadcrumb ending on the article (``crumbs``:
    chrome.lines' breadcrumbs) when the line under it is a headline (short, no sentence's end)
    and a date row follows within a few lines: the page's head and sidebar. The lowest such
    crumb counts; ``bare``: the page's lines stripped; ``filled``: the indexes still standing.
    The page's first crumb, wherever it ends (当前位置：首页 > 政务公开 > 领导活动), counts too
    when a labelled date row (发布时间：…) follows its headline: a left sidebar saved above the
    article (领导之窗, 领导分工 rows that read as sentences) is the page's chrome; so it does
    when the labelled date row stands right under it and prose follows within a few lines (a
    page printing its headline only in its <title>, a 学院概况 box saved above the crumb)."""
    for crumb in sorted(crumbs, reverse=True):
        trail = crumbs[crumb].strip()
        placed = crumb == min(crumbs)
        if not _ARTICLE_CRUMB.search(trail) and not placed:
            continue
        below = [i for i in range(crumb + 1, len(bare)) if bare[i]][:_CRUMB_DATE_WITHIN + 1]
        if not below or below[0] not in filled:
            continue
        if placed and _LABELLED_ROW.match(bare[below[0]]) and _body_follows(bare, below[0]):
            return {i for i in filled if i < crumb}  # a page printing no headline in its body
        headline = bare[below[0]]
        if len(headline) > _CRUMB_HEADLINE_MAX or _SENTENCE_END.search(headline):
            continue
        row = _LABELLED_ROW if not _ARTICLE_CRUMB.search(trail) else _ROW_DATE
        if any(row.search(bare[i]) for i in below[1:]):
            return {i for i in filled if i < crumb}
    return set()


# A blog's comment list saved as text: its heading (评论列表：, 全部评论) over comments each
# under a row of its date and reply button (发布于 2025-11-29 21:06 回复该评论), the writer's
# name above the row, the comment below it; the whole list is no article.
# A social post's list shows its order's toggle as its heading (按热度 按时间) and each comment
# (某某: 评论) over its row of a date, maybe yearless, and where it was sent from (11-28 17:02
# 来自浙江, IP属地：浙江), its reply and like buttons under it.
_COMMENT_LIST_HEADING = re.compile(with_traditional(
    r"^(?:[•·]\s*)?(?:评论列表|全部评论|最新评论|网友评论|留言列表|精彩评论|热门评论"
    r"|按(?:热度|时间)\s*按(?:热度|时间))\s*[：:]?$"))
_COMMENT_ROW = re.compile(with_traditional(
    r"^(?:[•·]\s*)?(?:发布于|发表于|评论于)?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*"
    r"\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:回复该评论|回复|引用|举报)$"
    r"|^(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}日?\s*\d{1,2}:\d{2}\s*"
    r"(?:来自|IP属地\s*[：:]?)\s*[\u4e00-\u9fff]{2,8}\s*(?:回复)?$"))
# a comment opening with its writer's name and a colon (晚风吹过湖面: 说得对), over its row
_NAMED_COMMENT = re.compile(r"^[^\s:：，。]{1,20}\s*[:：]\s*\S")
_COMMENT_ROWS_MIN = 2
_COMMENT_WRITER_MAX = 20  # characters: a writer's name between the heading and the first row
_COMMENT_LINES_MAX = 3  # lines of the last comment under its row, when no blank line closes it


def dated_comment_list(bare: Sequence[str], filled: Sequence[int], chrome: Mapping[int, str],
                       first: int) -> set[int]:
    """The lines still standing of a comment list below the article's start ``first``: from its
    heading down through the comment under its last row of a date and a reply button, two such
    rows at least, no line between the heading and the first row but a writer's short name.
    ``bare``: the page's lines stripped; ``filled``: the indexes still standing."""
    standing = set(filled)
    for head in range(first + 1, len(bare)):
        if not _COMMENT_LIST_HEADING.match(chrome.get(head, "").strip() or bare[head]):
            continue
        rows = [i for i in range(head + 1, len(bare))
                if _COMMENT_ROW.match(chrome.get(i, "").strip() or bare[i])]
        if len(rows) < _COMMENT_ROWS_MIN or any(
                len(bare[i]) > _COMMENT_WRITER_MAX and not _NAMED_COMMENT.match(bare[i])
                for i in range(head + 1, rows[0])):
            continue
        end = rows[-1] + 1
        while end < len(bare) and bare[end] and end <= rows[-1] + _COMMENT_LINES_MAX:
            end += 1  # the last comment, down to the blank line under it
        return {i for i in range(head, end) if i in standing}
    return set()


# A blog's comment thread saved as text under its count (2 条评论, 共 36 条评论, 《某某》有3个
# 想法, 12 Comments): each comment its writer's name (• 某某, • 某某说道：) over its date alone
# (2025年08月11日, 2025年9月9日 上午10:12), the comment, and its reply button.
_THREAD_COUNT = re.compile(with_traditional(
    r"^(?:共\s*)?\d{1,6}\s*(?:条|個|个)?\s*(?:评论|回复|留言|想法)$"
    r"|^《.{1,80}》(?:上)?有\s*\d{1,6}\s*(?:个想法|条评论|条回复)$"
    r"|^\d{1,6}\s+(?i:comments?|responses?|replies)$"))
_THREAD_WRITER = re.compile(
    r"^(?:[•·]\s*)?(?P<name>[^\s，。；：:,;!?！？]{1,20}?)(?:\s*说道?\s*[:：])?$")
_THREAD_DATE = re.compile(
    r"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*(?:上午|下午|中午|晚上|凌晨)?\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?$")
_THREAD_MIN = 2  # comments: one name over a date may be the article's own byline
_REPLY_BUTTON = re.compile(r"^(?:回复|Reply|reply)$")


def named_comment_thread(bare: Sequence[str], first: int) -> set[int]:
    """The lines of a comment thread under its count (see ``_THREAD_COUNT``) below the
    article's start ``first``: from the count down through the last comment and its reply
    button, when the first line under the count is a writer's name over a date and two such
    comments at least stand in a row. ``bare``: the page's lines stripped, those an earlier
    cleaner took out put back."""
    for head in range(first + 1, len(bare)):
        if not _THREAD_COUNT.match(bare[head]):
            continue
        lines = [i for i in range(head + 1, len(bare)) if bare[i]]
        comments: list[int] = []  # the index in ``lines`` of each comment's date
        k = 0
        while k + 1 < len(lines) and _THREAD_WRITER.match(bare[lines[k]]) and (
                _THREAD_DATE.match(bare[lines[k + 1]])):
            comments.append(k + 1)
            # the comment: its lines down to its reply button or the next writer over a date
            k += 2
            while k < len(lines) and not _REPLY_BUTTON.match(bare[lines[k]]) and not (
                    k + 1 < len(lines) and _THREAD_WRITER.match(bare[lines[k]])
                    and _THREAD_DATE.match(bare[lines[k + 1]])):
                if k - comments[-1] > _COMMENT_LINES_MAX:
                    break
                k += 1
            if k < len(lines) and _REPLY_BUTTON.match(bare[lines[k]]):
                k += 1
        if len(comments) < _THREAD_MIN:
            footed = _footed_comments(bare, lines)
            if footed:
                return set(range(head, footed + 1))
            continue
        end = lines[k - 1] if k else head
        return set(range(head, end + 1))
    return set()


# A comment's foot under its words on a Q&A or column platform: its day (yearless, or how long
# ago), where it was posted from, its like count and reply button (11-28 · 广东赞 46回复,
# 3小时前 · 上海 回复): one of 赞 or 回复 at least, so no article's line of a date.
_COMMENT_FOOT = re.compile(with_traditional(
    r"^(?:(?:(?:19|20)\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2})?|\d{1,2}\s*(?:分钟|小时|天)前|"
    r"昨天(?:\s*\d{1,2}:\d{2})?)"
    r"(?:\s*[·・]\s*[\u4e00-\u9fff]{2,8})?\s*(?:赞\s*\d*\s*回复|赞\s*\d+|回复)$"))


def _footed_comments(bare: Sequence[str], lines: Sequence[int]) -> int:
    """The last line of a thread's comments each a writer's name, the comment's lines and its
    foot (某某 / 选址那条太真实了…… / 11-28 · 广东赞 46回复), two or more in a row from the
    first line; -1 when the lines under the count are not such comments."""
    k, comments, end = 0, 0, -1
    while k + 2 < len(lines) and _THREAD_WRITER.match(bare[lines[k]]):
        foot = next((m for m in range(k + 2, min(len(lines), k + 2 + _COMMENT_LINES_MAX))
                     if _COMMENT_FOOT.match(bare[lines[m]])), None)
        if foot is None:
            break
        comments += 1
        end = lines[foot]
        k = foot + 1
    return end if comments >= _THREAD_MIN else -1


# A forum poster's card beside each floor, saved as text a field a line: their counts and dates
# (发帖: 1872, 威望: 206 点, 金钱: 9540 RMB, 注册时间: 2014-03-22, 最后登录: 2025-11-13).
_POSTER_FIELD = re.compile(with_traditional(
    r"^(?:发帖|帖子|主题|回帖|精华|积分|威望|金钱|金币|贡献值?|经验|在线时间|阅读权限|UID|"
    r"注册时间|最后登录|上次登录)\s*[:：]\s*[\d\-:/. ]+\s*(?:点|RMB|个|小时|分钟|枚)?$"))
_POSTER_FIELDS_MIN = 3  # one field alone may be a company profile's (注册时间：2014-03-22)


# A link card inside a blog post (a bookmark or embed card: the linked page's title, its
# description, the site's name and author glued), saved as text: three lines with no blank
# between them where the page sets every paragraph and heading apart with a blank line.
_CARD_TITLE = re.compile(r"^[^。！？!?]{6,40}$")
_CARD_BLURB = re.compile(r"^.{20,120}[。…]$")
_CARD_SITE = re.compile(r"^[^\s\d，。！？；：,.!?;:]{2,16}$")
_PROSE_MIN = 30  # characters: a paragraph of the post around the card
_GAPPED_MIN = 4  # blank-apart paragraphs: the page sets its blocks apart with blank lines


def _post_paragraph(line: str) -> bool:
    """A paragraph of the post: a line of some length that ends its sentence."""
    return len(line) >= _PROSE_MIN and line.endswith(("。", "！", "？", "”"))


def link_cards(bare: Sequence[str], filled: Sequence[int]) -> set[int]:
    """The lines of a link card inside a post: a run of exactly three standing lines, no
    blank between them and a blank on each side (title, a description ending its sentence,
    the site's name with no mark or figure), with the post's prose above and below, on a page
    whose paragraphs stand blank lines apart. ``bare``: the page's lines stripped;
    ``filled``: the indexes standing."""
    standing = set(filled)
    gapped = sum(1 for i in filled if _post_paragraph(bare[i]) and 0 < i < len(bare) - 1
                 and not bare[i - 1] and not bare[i + 1])
    if gapped < _GAPPED_MIN:
        return set()
    out: set[int] = set()
    for i in filled:
        if not (i > 0 and i + 3 < len(bare) and not bare[i - 1] and not bare[i + 3]
                and all(k in standing for k in (i, i + 1, i + 2))):
            continue
        title, blurb, site = bare[i], bare[i + 1], bare[i + 2]
        if not (_CARD_TITLE.match(title) and _CARD_BLURB.match(blurb)
                and _CARD_SITE.match(site) and not _post_paragraph(title)):
            continue
        if (any(_post_paragraph(bare[k]) for k in filled if k < i)
                and any(_post_paragraph(bare[k]) for k in filled if k > i + 2)):
            out.update((i, i + 1, i + 2))
    return out


def poster_cards(bare: Sequence[str], filled: Sequence[int]) -> set[int]:
    """The standing lines of runs of three or more of a forum poster's fields, blank lines
    apart at most. ``bare``: the page's lines stripped; ``filled``: the indexes standing."""
    out: set[int] = set()
    run: list[int] = []
    for i in [*filled, -1]:
        if i >= 0 and _POSTER_FIELD.match(bare[i]) and (not run or not any(
                bare[j] for j in range(run[-1] + 1, i))):
            run.append(i)
            continue
        if len(run) >= _POSTER_FIELDS_MIN:
            out.update(run)
        run = [i] if i >= 0 and _POSTER_FIELD.match(bare[i]) else []
    return out


# A wiki's tagline under the page's headline (出自某某百科, 维基百科，自由的百科全书), which
# chrome.lines took out as wiki_chrome: the line right over it is the headline, no menu item.
_WIKI_TAGLINE = re.compile(r"^(?:出自|维基百科，)")


# A row of a wiki's infobox saved as text: a label of a few Han characters, a space, a short
# value with no sentence's marks (位置 某镇某村, 始建 明代, 保护级别 县级文物保护单位).
_INFOBOX_ROW = re.compile(
    r"^[\u4e00-\u9fff]{2,6}[ \t\u3000]+[^\s，。；！？,;!?][^，。；！？;!?]{0,29}$")


def _over_wiki_tagline(bare: Sequence[str], whole: Sequence[tuple[int, Removal]], first: int
                       ) -> frozenset[int]:
    """The line right over the first wiki tagline chrome.lines took out (see above) above the
    article's first line ``first``: a source credit in the text (出自某某百科 under a quoted
    definition) heads nothing."""
    tagline = next((i for i, r in whole if r.rule == "wiki_chrome" and i < first
                    and _WIKI_TAGLINE.match(r.text.strip())), None)
    if tagline is None:
        return frozenset()
    over = next((i for i in range(tagline - 1, -1, -1) if bare[i]), None)
    return frozenset() if over is None else frozenset({over})


def _removed_lines(whole: Sequence[tuple[int, Removal]], rules: frozenset[str] | None = None
                   ) -> dict[int, str]:
    """Index -> text of the whole lines earlier cleaners removed (of ``rules``, if given);
    ``whole`` is _whole_lines(doc.removals), read once for all the calls."""
    return {i: r.text for i, r in whole if rules is None or r.rule in rules}


# A newsletter box's heading (訂閱電子報, 订阅我们的电子报, 订阅某某早餐, Newsletter) the chrome
# took out.
_SUBSCRIBE_HEADING = re.compile(with_traditional(
    # (the paper's own name may stand in it: 訂閱某某誌電子報)
    # (or the digest's own kind: 订阅某某早报, 订阅某某晨报早餐, a 简报 or 周报 sent by mail)
    r"^(?:订阅|免费订阅|立即订阅)(?:我们的|本站)?\S{0,8}?"
    r"(?:电子报|电子周报|新闻信|电子期刊|邮件|早报|晚报|简报|周报|早餐|晨读|日报)$"
    r"|^(?i:newsletter|subscribe)$"))
# The box's button the chrome took out as a lone button's label (立即訂閱), under its pitch
# where the e-mail field, an input, printed nothing in the text a browser saves.
_SUBSCRIBE_BUTTON = re.compile(with_traditional(r"^(?:立即|马上|免费)?订阅$"))
_PITCH_MAX = 40  # characters: a box's one-line pitch, no paragraph


def _subscribe_pitch(bare: Sequence[str], chrome: Mapping[int, str],
                     boxed: Container[int]) -> list[int]:
    """Indexes of a newsletter box's pitch (每天早上七點，掌握最新即時新聞): one short line
    right between the box's heading and its e-mail field (請輸入您的Email　立即訂閱) or its
    button (立即訂閱), both taken out by the chrome (or the heading still there, which goes
    with it); blank lines between count as none. A
    line under the heading alone, with no field of the box under it, is left: it may be the
    text's."""
    out: list[int] = []
    for i, line in enumerate(bare):
        if not line or i in chrome or len(line) > _PITCH_MAX:
            continue
        above = next((n for n in range(i - 1, -1, -1) if bare[n] or n in chrome), None)
        below = next((n for n in range(i + 1, len(bare)) if bare[n] or n in chrome), None)
        if above is None or below is None or not (
                below in boxed or _SUBSCRIBE_BUTTON.match(chrome.get(below, "").strip())):
            continue
        if _SUBSCRIBE_HEADING.match(chrome.get(above, "").strip()):
            out.append(i)
        elif _SUBSCRIBE_HEADING.match(bare[above]):
            # the heading still in the text (no line rule took it): it goes with its pitch,
            # over the box's button the chrome took
            out += [above, i]
    return out


# A subscribe box's heading naming what it sends (订阅某某小站, 立即订阅某某周刊): a short call to
# subscribe with no punctuation, taken only right over the box's pitch the chrome took.
_SUBSCRIBE_TO = re.compile(with_traditional(r"^(?:立即|免费)?订阅[^\W_]{2,12}$"))


def _subscribe_heading(bare: Sequence[str], boxed: Container[int]) -> list[int]:
    """Indexes of a subscribe box's heading (订阅某某小站) right over the box's pitch or
    prompts chrome.lines took (新文章第一时间发送到你的邮箱): the heading of a form a page
    builds without a class naming it. A line so worded over the text's own lines stays."""
    out: list[int] = []
    for i, line in enumerate(bare):
        if not line or not _SUBSCRIBE_TO.match(line):
            continue
        below = next((n for n in range(i + 1, len(bare)) if bare[n] or n in boxed), None)
        if below is not None and below in boxed:
            out.append(i)
    return out


_SLIDE_ALT_MAX = 20  # characters: a picture's alt text, no caption's sentence
_SLIDE_ALT_REPEATS = 2  # counters the same alt text stands over: the gallery's one label


def _slide_alts(bare: Sequence[str], chrome: Mapping[int, str]) -> list[int]:
    """A gallery's pictures saved as text: each slide's alt text, the same short line (the
    gallery's name, 冬捕开湖) right over two or more of the counters (1/5, 2/5) chrome.lines
    took. A caption differs from slide to slide and stays; a line said once stays."""
    over: dict[str, list[int]] = {}
    for i, taken in chrome.items():
        if not GALLERY_COUNTER.match(taken.strip()):
            continue
        above = next((n for n in range(i - 1, -1, -1) if bare[n] or n in chrome), None)
        if above is None or not bare[above]:
            continue
        text = bare[above]
        if len(text) <= _SLIDE_ALT_MAX and _SENTENCE_END.search(text) is None:
            over.setdefault(text, []).append(above)
    return sorted(i for found in over.values() if len(found) >= _SLIDE_ALT_REPEATS
                  for i in found)


# A sponsored card saved as text: its label alone on a line (推广, 广告), its headline and blurb,
# its call to action (了解详情 >, 立即购买).
_CARD_LABEL = re.compile(with_traditional(r"^(?:推广|广告|赞助|AD)$"))
_CARD_ACTION = re.compile(with_traditional(
    r"^(?:了解详情|查看详情|立即(?:购买|抢购|咨询|领取|下载|报名|体验)|马上(?:抢购|领取)|去看看)"
    r"\s*[>»›》]*$"))
_CARD_LINES = 3  # lines between the label and its action: a headline, a blurb, a price
_CARD_LINE_MAX = 40  # characters: a longer line is a paragraph, no card's


# A shop's price alone on its row (￥39.90 ￥59.90), as the chrome takes it (course_shop_row).
_CARD_PRICE = re.compile(r"^(?:[¥￥]\s*\d[\d,]*(?:\.\d{1,2})?\s*){1,3}$")
_CARD_SENTENCE = re.compile(r"[。！？!?；;，,]")


def _product_card(bare: Sequence[str], chrome: Mapping[int, str]) -> list[int]:
    """Indexes of a shop's product card's lines in the text (岚溪某某 5斤装 / ￥39.90 / 已售
    1.2万件 / 立即抢购): the product's name, a short line with no sentence's marks, right over
    its price the chrome took, which has its sold count the chrome took or its call to action
    (立即抢购) right under it; the action with it. A price in the text (门票：￥80) stands in no
    such card."""
    out: list[int] = []
    for i, line in enumerate(bare):
        if not line or len(line) > _CARD_LINE_MAX or _CARD_SENTENCE.search(line):
            continue
        below = list(itertools.islice((n for n in range(i + 1, len(bare))
                                       if bare[n] or n in chrome), 3))
        if not below or bare[below[0]] or not _CARD_PRICE.match(chrome[below[0]].strip()):
            continue
        rest = below[1:]
        actions = [n for n in rest if _CARD_ACTION.match(bare[n])]
        if rest and (actions or not bare[rest[0]]):
            out += [i, *actions]
    return out


def _sponsored_card(bare: Sequence[str], chrome: Mapping[int, str]) -> list[int]:
    """Indexes of a sponsored card's lines: a lone ad label, at most three short lines, and
    the card's call to action (了解详情 >) closing them, taken by the chrome or not. A label
    with no action under its lines (a section of the text headed 推广) is left. A shop's
    product card (_product_card) needs no label: its price names it."""
    out: list[int] = _product_card(bare, chrome)
    for i, line in enumerate(bare):
        if not _CARD_LABEL.match(line):
            continue
        below = [n for n in range(i + 1, len(bare)) if bare[n] or n in chrome]
        for k, n in enumerate(below[:_CARD_LINES + 1]):
            text = bare[n] or chrome.get(n, "").strip()
            if k and _CARD_ACTION.match(text):
                out += [i, *(m for m in below[:k + 1] if bare[m])]
                break
            if len(text) > _CARD_LINE_MAX:
                break
    return out


# A listing card between a portal article's paragraphs (a flat's, a car's, a game's): its name,
# a price and an address or a note, short lines over its lead buttons the chrome took (免费通话
# 预约看房 400-… 转 …, 询底价 预约试驾, 立即预约 下载游戏).
_LEAD_BUTTONS = re.compile(with_traditional(
    r"^(?:询底价|获取底价|预约试驾|免费通话|预约看房|立即预约|下载游戏)"))
# the card's price (均价23500元/㎡, 指导价 12.98万起, 价格待定)
_LISTING_PRICE = re.compile(with_traditional(
    r"\d\s*(?:元|万)\s*(?:/\s*(?:㎡|平|平方米|平米)|起)|(?:均价|售价|指导价)\s*[:：]?\s*\d|价格待定"))
_LEAD_CARD_LINES = 4  # a name, its status, a price, an address
# a table's row (a lone one too, which no table test reads as one): three cells or more, a
# figure among them (城南2026-08号 9.6 某某置业)
_TABLE_ROW = re.compile(r"^(?=.*\d)\S+(?:\s+\S+){2,}$")


def _lead_card(bare: Sequence[str], chrome: Mapping[int, str],
               table: frozenset[int]) -> list[int]:
    """Indexes of a listing card's lines: at most four short lines with no sentence's stop, a
    price among them, right over the lead buttons the chrome took. A table's rows (``table``,
    or a lone row of cells with a figure) and a paragraph over the buttons end the card (the
    article's own lines stay)."""
    out: list[int] = []
    for i, taken in chrome.items():
        if not _LEAD_BUTTONS.match(taken.strip()):
            continue
        card: list[int] = []
        for n in range(i - 1, -1, -1):
            if not bare[n]:
                if n in chrome:
                    break
                continue
            if (n in table or len(bare[n]) > _CARD_LINE_MAX or _SENTENCE_END.search(bare[n])
                    or len(card) == _LEAD_CARD_LINES or _TABLE_ROW.match(bare[n])):
                break
            card.append(n)
        if any(_LISTING_PRICE.search(bare[n]) for n in card):
            out += card
    return out


# A teaser card between an article's paragraphs saved as text: its headline, a short line with
# no sentence's marks, right over its view count alone the chrome took (1.2万阅读, 阅读 3.1万).
_VIEW_COUNT = re.compile(with_traditional(
    r"^(?:\d[\d,.]*[万wW]?\+?\s*[次人]?(?:阅读|浏览|播放)"
    r"|(?:阅读|浏览|播放)(?:量|数|次数)?\s*[:：]?\s*\d[\d,.]*[万wW]?\+?\s*次?)$"))
_CARD_PARAGRAPH_MIN = 20  # characters of a stated paragraph around the card


def _counted_teaser(bare: Sequence[str], chrome: Mapping[int, str]) -> list[int]:
    """Indexes of a teaser card's headline between the article's paragraphs (…十万亩 / 1.2万阅读):
    a short line with no sentence's marks right over a view count the chrome took, a stated
    paragraph the nearest line over the headline and under the count. The article's own
    headline over its count has no paragraph above it; a subheading has no count under it."""
    def paragraph(n: int | None) -> bool:
        return (n is not None and len(bare[n]) >= _CARD_PARAGRAPH_MIN
                and _stated(bare[n]))

    out: list[int] = []
    for i, line in enumerate(bare):
        if not line or len(line) > _CARD_LINE_MAX or _CARD_SENTENCE.search(line):
            continue
        below = next((n for n in range(i + 1, len(bare)) if bare[n] or n in chrome), None)
        if below is None or bare[below] or not _VIEW_COUNT.match(chrome[below].strip()):
            continue
        above = next((n for n in range(i - 1, -1, -1) if bare[n]), None)
        under = next((n for n in range(below + 1, len(bare)) if bare[n]), None)
        if paragraph(above) and paragraph(under):
            out.append(i)
    return out


# A stock card saved as text: its head, the stock's name and code alone (某某电子 002987,
# 某某科技（300812.SZ）), over its quote line (最新价 23.65 涨跌幅 +4.27%) the chrome took.
_STOCK_HEAD = re.compile(with_traditional(
    r"^[\u4e00-\u9fffA-Za-z*]{2,10}\s*(?:\d{6}(?:\.[A-Za-z]{2})?|[（(]\d{6}(?:\.[A-Za-z]{2})?[)）])$"))
_STOCK_QUOTE = re.compile(r"\d+\.\d{2,3}\D{0,12}[+-]\d+(?:\.\d+)?%")


def _stock_card_head(bare: Sequence[str], chrome: Mapping[int, str]) -> list[int]:
    """Indexes of a stock card's head lines: a name and its six-digit code alone on a line,
    right over a line with a price and a signed change the chrome took as the card's quote.
    The head over the article's text (a company's name and code heading a paragraph) stays."""
    out: list[int] = []
    for i, line in enumerate(bare):
        if not _STOCK_HEAD.match(line):
            continue
        below = next((n for n in range(i + 1, len(bare)) if bare[n] or n in chrome), None)
        if below is not None and not bare[below] and _STOCK_QUOTE.search(chrome[below]):
            out.append(i)
    return out


# A quote strip's chips saved one a line under its label the chrome took (相关股票：): each
# stock's name (its code after it) over its price or its signed change (某某电气 / 28.46 /
# +3.12%).
_CHIPS_LABEL = re.compile(with_traditional(r"^(?:相关|涉及)(?:个股|股票|基金)\s*[:：]?$"))
_CHIP_NAME = re.compile(
    r"^[\u4e00-\u9fffA-Za-z*]{2,10}(?:\s*[（(]?\d{6}(?:\.[A-Za-z]{2})?[)）]?)?$")
_CHIP_CHANGE = re.compile(r"^(?:\d+\.\d{2,3}\s*)?[+-]\d+(?:\.\d+)?%$")
_CHIP_PRICE = re.compile(r"^\d+\.\d{2,3}$")
_CHIPS_MAX = 24  # lines of a strip


def _quote_chips(bare: Sequence[str], chrome: Mapping[int, str]) -> list[int]:
    """Indexes of a quote strip's chips one a line under its label the chrome took (相关股票：):
    names and figures up to the last signed change, a name among them; the first line that is
    neither ends the strip. A short heading right under the strip stays: the strip ends on
    its last change, not on a name."""
    out: list[int] = []
    for i, label in chrome.items():
        if i >= len(bare) or bare[i] or not _CHIPS_LABEL.match(label.strip()):
            continue
        run: list[int] = []
        end = named = 0
        for n in range(i + 1, min(len(bare), i + 1 + _CHIPS_MAX)):
            line = bare[n].strip()
            if not line:
                continue
            if _CHIP_NAME.match(line):
                named += 1
            elif not (_CHIP_CHANGE.match(line) or _CHIP_PRICE.match(line)):
                break
            run.append(n)
            if _CHIP_CHANGE.match(line):
                end = len(run)
        if named and end:
            out += run[:end]
    return out


# A stock quote widget saved as text (文中提及个股): a header of a quote table's column labels, one
# of them the live price (最新价, 现价), which no table of the article's own heads (its prices are
# a day's close: 收盘价), the quote rows under it (601865 某某玻璃 18.62 +3.27%), and the widget's
# short title over it or its data note under it (更多行情, 行情数据仅供参考).
_QUOTE_LABEL = re.compile(with_traditional(
    r"^(?:(?:股票|证券)?代码|(?:股票|证券)?名称|简称|最新价|现价|涨跌幅|涨跌额?|涨幅|成交量|成交额|"
    r"换手率|市值|总市值)$"))
_QUOTE_LIVE = re.compile(with_traditional(r"^(?:最新价|现价)$"))
_QUOTE_ROW = re.compile(r"^(?:[0-9A-Z]{4,8}\s+)?[^\s\d]\S{1,9}\s+\d+(?:\.\d+)?"
                        r"(?:\s+[+-]?\d+(?:\.\d+)?%?){1,4}$")
_QUOTE_EDGE = re.compile(with_traditional(r"个股|行情|股价"))
_QUOTE_EDGE_MAX = 24  # characters of the widget's title or data note


def _quote_widget(bare: Sequence[str]) -> list[int]:
    """Indexes of a stock quote widget's lines (_QUOTE_LABEL): its header of three labels or
    more with the live price among them, the quote rows right under it (two at least), and
    a short line over or under them naming quotes (个股, 行情) with no full stop. A table of
    the article's own (收盘价, no live price) or a header with no rows under it is left."""
    out: list[int] = []
    filled = [i for i, ln in enumerate(bare) if ln]
    for k, i in enumerate(filled):
        cells = bare[i].split()
        if (len(cells) < 3 or not all(_QUOTE_LABEL.match(c) for c in cells)
                or not any(_QUOTE_LIVE.match(c) for c in cells)):
            continue
        rows = list(itertools.takewhile(lambda n: _QUOTE_ROW.match(bare[n]) is not None,
                                        filled[k + 1:]))
        if len(rows) < 2:
            continue
        out += [i, *rows]
        for edge in (filled[k - 1] if k else None,
                     filled[k + 1 + len(rows)] if k + 1 + len(rows) < len(filled) else None):
            if (edge is not None and len(bare[edge]) <= _QUOTE_EDGE_MAX
                    and _QUOTE_EDGE.search(bare[edge]) and "。" not in bare[edge]):
                out.append(edge)
    return out


# A stock card saved as rows of labelled figures (股票代码：301762 / 最新价：27.84 涨跌幅：+20.00% /
# 换手率：18.37% 总市值：214.3亿 / 今开：23.50 最高：27.84 …): each row quote fields only, a
# quote's label and its figure, with the live price among the rows (最新价, 现价), which no
# table of the article's own prints (its prices are a day's close: 收盘价).
_CARD_FIELD = (r"(?:(?:股票|证券)?代码|最新价|现价|涨跌幅|涨跌额|涨幅|跌幅|成交量|成交额|换手率?|"
               r"(?:总|流通)?市值|市盈率(?:[(（]?TTM[)）]?)?|市净率|今开|昨收|最高|最低|振幅|量比|委比|"
               r"内盘|外盘)\s*[:：]?\s*[+-]?\d+(?:\.\d+)?(?:\.[A-Za-z]{2}|%|[亿万]元?|元|手|股)?"
               # the stock's short name beside its figures (股票简称：某某电气)
               r"|(?:股票|证券)?简称\s*[:：]\s*[\u4e00-\u9fffA-Za-z*]{2,10}")
_CARD_ROW = re.compile(with_traditional(rf"^(?:(?:{_CARD_FIELD})\s*)+$"))
_CARD_LIVE = re.compile(with_traditional(r"^(?:最新价|现价)|\s(?:最新价|现价)"))
# Over the rows: the card's title (行情, 个股行情) or the stock's name alone, one phrase each;
# under them its data note (数据来源：行情中心　更新时间：15:00): short, no sentence.
_CARD_HEAD_MAX = 12
_CARD_NOTE = re.compile(with_traditional(
    r"^[^。！？，,]{0,30}(?:行情|更新(?:时间|于))[^。！？，,]{0,20}$"))


def _quote_card(bare: Sequence[str], chrome: Mapping[int, str]) -> list[int]:
    """Indexes of a stock card's lines between or after the article's paragraphs: two rows
    of quote fields or more in a run (the chrome may have taken some: its quote line), the
    live price among them, the card's title or the stock's name over them (two short
    phrases at most, glued to the rows) and its data note under them. An article's own
    figures are sentences (报收27.84元，涨20%) and stay."""
    out: list[int] = []
    i, n = 0, len(bare)
    while i < n:
        text = bare[i] or chrome.get(i, "")
        if not _CARD_ROW.match(text):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n and _CARD_ROW.match(bare[j] or chrome.get(j, "")):
            run.append(j)
            j += 1
        live = any(_CARD_LIVE.search(bare[r] or chrome.get(r, "")) for r in run)
        if len(run) >= 2 and live:
            out += [r for r in run if bare[r]]
            for up in (i - 1, i - 2):
                line = bare[up] if up >= 0 else ""
                if not line or len(line) > _CARD_HEAD_MAX or not _CHIP_NAME.match(line):
                    break
                out.append(up)
            if j < n and _CARD_NOTE.match(bare[j]):
                out.append(j)
        i = j
    return out


# A tag row glued into one word (某某手藝某某創生): letters only, of a few tags' length.
_GLUED_TAGS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{4,24}$")
_TAGS_UNDER_PARAGRAPH = 20  # characters: the line over the tags is a paragraph, no verse


def _tags_over_share_bar(bare: Sequence[str], filled: Sequence[int],
                         share: Container[int]) -> list[int]:
    """Indexes of the article's tag row printed glued into one word (手工麵線老手藝地方創生)
    right over the share bar the chrome took out (分享這篇文章：FacebookLINE複製連結), under
    a paragraph closing on its sentence's end: no line of the text stands between the last
    paragraph and the share bar. A short line under another short line (a poem's) stays."""
    out: list[int] = []
    for k, i in enumerate(filled[1:], 1):
        prev = bare[filled[k - 1]]
        if (i + 1 in share and _GLUED_TAGS.match(bare[i]) is not None
                and len(prev) >= _TAGS_UNDER_PARAGRAPH and prev[-1] in "。！？!?」”"):
            out.append(i)
    return out


# The article's tag row saved without its label, two to five topic words apart by spaces
# (创新创业 学科竞赛), no mark among them (丨, a CJK character, parts a credit's label from its
# names: 记者丨某某 某某某).
_SPACED_TAGS = re.compile(
    r"^(?:(?!丨)[\u4e00-\u9fff]){2,6}(?:[ \u3000]+(?:(?!丨)[\u4e00-\u9fff]){2,6}){1,4}$")
# A word a signature's or a byline's row names (某某学院 团委, 学生工作办公室): an office.
_OFFICE_END = re.compile(r"(?:院|局|委|会|办|部|处|室|中心|组|队|站|所|厅|馆|校|社|报|台|司)$")


def _tags_over_credit(bare: Sequence[str], filled: Sequence[int],
                      credits: Container[int]) -> list[int]:
    """Indexes of the article's tag row saved without its label (创新创业 学科竞赛) right over
    its credit line the chrome took out (审核：某某　编辑：某某), under a paragraph closing on its
    sentence's end. A row of names (the reporters) or of offices (the issuing bodies, 某某学院
    团委) signs the article: it stays."""
    out: list[int] = []
    for k, i in enumerate(filled[1:], 1):
        prev, line = bare[filled[k - 1]], bare[i]
        below = next((j for j in range(i + 1, len(bare)) if bare[j] or j in credits), -1)
        if below in credits and _SPACED_TAGS.match(line) and (
                len(prev) >= _TAGS_UNDER_PARAGRAPH and prev[-1] in "。！？!?」”") and not any(
                looks_like_name(w) or _OFFICE_END.search(w) for w in line.split()) and (
                not _lifted(line)):  # a byline meta.lines reads (记者 某某 某某某)
            out.append(i)
    return out


def _line_index(r: Removal) -> int:
    """The index of the whole line a removal took out ("line 12" -> 11), else -1."""
    n = r.where.split()[1] if r.where.startswith("line ") else ""
    return int(n) - 1 if n.isdigit() else -1


def _whole_lines(removals: Sequence[Removal]) -> list[tuple[int, Removal]]:
    """The removals of whole lines with their line index, in order."""
    return [(i, r) for r in removals if (i := _line_index(r)) >= 0]


# The label of a page's summary over the article (摘要：, 内容提要：, 导读：).
_SUMMARY_LABEL = re.compile(with_traditional(
    r"^[【\[]?\s*(?:摘要|内容摘要|内容提要|提要|导读|导语|核心提示)\s*[】\]]?\s*[:：]?\s*"))
_SUMMARY_MIN = 20  # characters: a shorter line repeated is a label or a name, no summary
_SUMMARY_AT = 6  # the article's first lines: where a summary stands
# A portal's abstract box's label alone on its line (摘要), its words on the next one, maybe
# opening with the headline in brackets (【某某同比增长超三成】国家能源部门数据显示，…). A lead's
# label (导语) heads the article's own words: not this.
_ABSTRACT_LABEL_ALONE = re.compile(
    with_traditional(r"^[【\[]?\s*(?:内容)?摘要\s*[】\]]?\s*[:：]?$"))
_BRACKETED_HEAD = re.compile(r"^[【\[][^】\]]{4,40}[】\]]")
_RETOLD_SHARE = 0.5  # share of the abstract's character pairs the article's opening prints
# The ellipsis a portal cuts its summary short with (…已全部完工 ...).
_SUMMARY_CUT = re.compile(r"\s*(?:\.{3,}|…+|。{3,})\s*$")
# The article pasted twice: a paragraph is a line this long (a shorter one, a slogan or a
# heading, may be printed twice by the article itself), and a copy is a run of this many.
_PASTED_LINE_MIN = 30
_PASTED_RUN_MIN = 2
# An unlabelled summary: a line of this many characters or more, with this share of its
# clauses' characters printed again below it, over at least this many lines of article.
_LEAD_MIN = 40
_LEAD_COPIED = 0.8
_LEAD_BELOW_MIN = 3
_CLAUSE_SPLIT = re.compile(r"[，。！？；：、,!?;:“”‘’\"「」『』（）()\s…—]+")


def echoed_below(line: str, lines_below: list[str]) -> bool:
    """The line is a summary the article below copies: three clauses or more, most of their
    characters printed again below and two of them together (``_copies_a_run``), the line not
    printed again whole (a refrain, or a page twice)."""
    clauses = [c for c in _CLAUSE_SPLIT.split(line) if c]
    if len(clauses) < 3:
        return False
    below = "".join(lines_below)
    # Each clause is sought in the whole text below: the search stops once the clauses not
    # found leave too few characters to reach the share (most lines are no summary).
    total = sum(len(c) for c in clauses)
    enough = _LEAD_COPIED * total
    found = total
    for c in clauses:
        if c not in below:
            found -= len(c)
            if found < enough:
                return False
    # A line holds no newline, so this finds it whole inside one line below.
    if line in "\n".join(lines_below):
        return False
    return found >= enough and _copies_a_run(line, below)


def _copies_a_run(line: str, below: str) -> bool:
    """Two of the line's clauses printed together below, as the line prints them. A summary box
    copies the article's sentences; a lead paragraph whose points the article then tells one
    by one (增长6.2%，… / 从经济运行看，增长6.2%，增速高于…) has each clause alone below, new
    words around it."""
    spans: list[tuple[int, int]] = []
    at = 0
    for gap in _CLAUSE_SPLIT.finditer(line):
        if gap.start() > at:
            spans.append((at, gap.start()))
        at = gap.end()
    spans.append((at, len(line)))
    return any(line[a[0]:b[1]] in below for a, b in itertools.pairwise(spans))


# The dateline a lead opens with before the words the summary copied (本报讯（记者 某某）,
# 某某社北京8月12日电, 【本网讯】).
_LEAD_DATELINE = re.compile(
    r"^[【\[]?[^，。,！？!?\s（()）]{1,16}?[讯电][】\]]?\s*(?:[（(][^()（）]{1,30}[)）])?\s*")


# what the ai_summary rule's note says, and its label does not (a traditional page's 僅供參考)
_MACHINE_NOTE = re.compile(with_traditional("仅供参考"))
_MACHINE_SUMMARY_MAX = 8  # filled lines such a box holds between its label and its note


def machine_summary(filled: Sequence[int], boxed: Mapping[int, str]) -> list[int]:
    """The lines of a portal's AI-written summary box (AI摘要 / 1. … 2. … / 以上内容由AI生成，
    仅供参考): those between the box's label and its note, both of which chrome.lines took as
    ai_summary (``boxed``: their indexes and text). A label without its note a few lines
    below opens no box: the lines under it may be the article."""
    out: list[int] = []
    marks = sorted(boxed)
    # the removed label and note are blank lines by now, no filled ones
    for label, note in itertools.pairwise(marks):
        inside = [i for i in filled if label < i < note]
        if (not _MACHINE_NOTE.search(boxed[label]) and _MACHINE_NOTE.search(boxed[note])
                and len(inside) <= _MACHINE_SUMMARY_MAX):
            out.extend(inside)
    return out


def _between_controls(ui: Sequence[str], lines: Sequence[int]) -> set[int]:
    """Those of ``lines`` whose nearest filled lines above and below in ``ui`` are both rows of
    comment controls: a comment's text, which the article's paragraphs never are."""
    # Only the neighbours of ``lines`` are looked for and asked whether they are controls
    # (not every line of the page: comment_ui is the dearer test, a menu-heavy page has
    # thousands, and ``lines`` are a page's tail, filled lines a few apart).
    out: set[int] = set()
    for i in lines if ui else ():
        if not ui[i].strip():
            continue
        above = next((j for j in range(i - 1, -1, -1) if ui[j].strip()), None)
        if above is None or not comment_ui(ui[above].strip()):
            continue
        below = next((j for j in range(i + 1, len(ui)) if ui[j].strip()), None)
        if below is not None and comment_ui(ui[below].strip()):
            out.add(i)
    return out


# an ad slot's own labels between paragraphs, as chrome.lines takes them (广告, 赞助内容, ×关闭)
_AD_LABEL = re.compile(with_traditional(r"^(?:广告|赞助内容|推广内容|赞助商内容|广告内容"
                                         r"|[×✕Xx]\s*关闭(?:广告)?|关闭广告)$"))
# A text ad saved as its own line under the slot's bare label: one line with an offer
# (chrome.lines' leading_ad_label reads the same words when the label is glued on before the
# ad), a call to the reader (拨打, 点击, 扫码, 立即), at most two sentences, and none of the words
# of a news sentence or a story told (据介绍, 近日, 本次, 市民可): the label of a picture ad saved
# without its picture stands over the article's next paragraph, which must stay.
_AD_TEXT = re.compile(with_traditional(
    rf"^(?=.*{AD_OFFER})"
    r"(?=.*(?:拨打|致电|热线|咨询电话|详询|点击|扫码|立即|马上|抢购|速来|火热|欢迎选购))"
    rf"(?!.*(?:{AD_NEWS_WORDS}|据介绍|了解到|近日|日前|昨日|今年|本次|此次|该|我市|我县|我区"
    # the public named in the third person, as news names it (an ad speaks to 您)
    r"|市民|居民|群众|游客|村民|全市|全县|全区))"
    r"(?!(?:[^。！？!?]*[。！？!?]){3})"
    r".{8,100}$"))
# a chart's leftover cell: an axis tick, a unit, a legend's label (2021, 单位：亿元, 同比增长（%）)
_CHART_CELL = re.compile(r"^[^。！？!?，,；;]{1,20}$")


_STOP = re.compile(r"[。！？!?]")


def _unstopped_short(line: str) -> bool:
    return 0 < len(line) <= 40 and not _STOP.search(line)


def ad_slot_lines(ui: Sequence[str], filled: Sequence[int]) -> set[int]:
    """Those of ``filled`` in an ad slot: short unstopped lines (冬季好物节 全场满199减50) with an
    ad's label (赞助内容, 广告, ×关闭) the nearest line above them and another the nearest below.
    A paragraph ends in a stop; one line between two slots is the ads'. A line of sentences
    right under a label is the ad's when it reads as one (``_AD_TEXT``: an offer and its terms,
    no news words), with or without a label below it."""
    # Read from the labels (most pages have none): a slot's first line is the first filled
    # line under one.
    labels = [j for j, ln in enumerate(ui) if _AD_LABEL.match(ln.strip())]
    if not labels:
        return set()
    is_filled = set(filled)

    def below_of(j: int) -> int | None:
        return next((k for k in range(j + 1, len(ui)) if ui[k].strip()), None)

    out: set[int] = set()
    for label in labels:
        i = below_of(label)
        if i is not None and i in is_filled and _AD_TEXT.match(ui[i].strip()):
            # a text ad's sentences right under its label, whatever is below them
            out.add(i)
            continue
        if i is None or i not in is_filled or not _unstopped_short(ui[i].strip()):
            continue
        run = [i]
        below = below_of(i)
        while (below is not None and len(run) < 3 and below in is_filled
               and not _AD_LABEL.match(ui[below].strip()) and _unstopped_short(ui[below].strip())):
            run.append(below)
            below = below_of(below)
        if below is not None and _AD_LABEL.match(ui[below].strip()):
            out.update(run)
    return out


def chart_leftovers(bare: Sequence[str], filled: Sequence[int], chrome: Mapping[int, str],
                    credits: Sequence[int]) -> set[int]:
    """Those of ``filled`` right above a chart library's credit (Highcharts.com): the chart's
    axis ticks, unit and legend saved a cell a line, each short with no clause in it, up to
    the paragraph above the chart. Lines chrome.lines took (点击查看大图) are passed over."""
    kept = set(filled)
    out: set[int] = set()
    for credit in credits:
        for j in range(credit - 1, max(credit - 40, -1), -1):
            if j in chrome or not bare[j]:
                continue
            if j not in kept or not _CHART_CELL.match(bare[j]):
                break
            out.add(j)
    return out


def _credited_end(bare: Sequence[str], credits: Sequence[int], last: int) -> int:
    """The article's last line, moved down to an editor's credit below it: the one-phrase
    paragraphs of a WeChat-style article (thepaper_2) are no headline list when the credit
    that closes the article comes after them. A related-articles marker in between stops it.
    ``bare``: the page's lines stripped."""
    for c in credits:
        if c > last and not any(_related_marker(bare[i]) for i in range(last + 1, c)) and sum(
                1 for i in range(last + 1, c) if _bulleted_headline(bare[i])) < _LISTED_HEADLINES:
            last = c
    return last


# Bulleted lines with no sentence's stop between the article and the credit below: a side
# menu's headlines (• 某某镇召开…会议) the page prints before its editor's line, not the
# article's own one-phrase paragraphs.
_LISTED_HEADLINES = 3
_SENTENCE_STOP = re.compile(r"[。；;！!？?]")


def _bulleted_headline(line: str) -> bool:
    return LIST_BULLET.match(line) is not None and _SENTENCE_STOP.search(line) is None


def _prose(line: str) -> bool:
    """An article paragraph, not a teaser cut short (……, ...)."""
    return _is_anchor(line) and not line.endswith(("…", ".."))


# A poll's question under its label (【投票】您认为……？), and the poll's count or buttons
# chrome.lines took under its options (已有 2386 人参与投票, 提交 查看结果).
_POLL_QUESTION = re.compile(with_traditional(
    r"^[【\[]\s*(?:投票|网络投票|调查|网络调查|民意调查|投票调查|小调查)\s*[】\]]\s*\S"))
_POLL_END = re.compile(with_traditional(
    r"参与(?:了)?投票$|查看(?:投票)?结果$|查看(?:投票)?结果\s*已有\s*\d[\d,]*\s*人参与$"))
# or the poll's label alone on a line (网友调查), its question on the next, ending in a question
# mark: a heading in the text is no question
_POLL_LABEL = re.compile(with_traditional(
    r"[【\[]?\s*(?:(?:网友|网络|民意|投票|问卷|小)?调查|(?:网络|网友)?投票)\s*[】\]]?"))
_QUESTION_END = re.compile(r"[？?]$")
_POLL_OPTIONS_MAX = 6  # lines of options between the question and the count


def doctor_card(bare: Sequence[str], filled: Sequence[int], chrome: Mapping[int, str],
                article_start: int) -> list[int]:
    """The lines of a hospital site's card of a doctor after the article's start: its label
    (专家简介) alone on a line, a few short lines on the doctor, then its booking button alone
    on a line (预约挂号), maybe taken by chrome.lines already. A label with no button closing
    its lines soon, or with a long paragraph under it, heads the article's own profile: it
    stays. A card printed between the headline and the text (a box floated beside the body,
    saved before it) counts when two paragraphs with their full stop follow its button."""
    found: list[int] = []
    for k, i in enumerate(filled):
        if i in found:
            continue
        if not _DOCTOR_CARD_LABEL.match(bare[i]) and not (
                _DOCTOR_NAME_ROW.match(bare[i]) and k + 1 < len(filled)
                and _DOCTOR_FIELD.match(bare[filled[k + 1]])):
            continue
        end = next((j for j in sorted({*chrome, *filled}) if j > i
                    and _BOOKING_BUTTON.search((chrome.get(j) or bare[j]).strip())), None)
        if end is None or (i <= article_start and sum(
                1 for j in filled if j > end and bare[j].endswith("。")) < 2):
            continue
        card = [j for j in filled[k + 1:] if j < end]
        if len(card) <= _DOCTOR_CARD_LINES and all(
                len(bare[j]) <= _DOCTOR_CARD_LINE_MAX for j in card) and (
                card or end in filled):
            found += [i, *card, *([end] if end in filled else [])]
    return found


def next_teaser(bare: Sequence[str], filled: Sequence[int], chrome: Mapping[int, str],
                article_start: int) -> list[int]:
    """The lines of a teaser of the next article under the text: its label alone on a line
    (下一篇, which chrome.lines may have taken as the pager's), a short headline under it,
    then a paragraph or two, then the link to read it all (阅读全文 >) or the end of the page's
    text. A pager's label (下一篇：某某) names its headline on its own line: no teaser's. A label
    above the article's first line, or a sentence under it, heads no teaser."""
    found: list[int] = []
    for i in sorted({*chrome, *filled}):
        if i <= article_start or not _NEXT_LABEL.match((chrome.get(i) or bare[i]).strip()):
            continue
        after = [j for j in filled if j > i]
        if not after or len(bare[after[0]]) > _NEXT_HEADLINE_MAX or _ENDS_SENTENCE.search(
                bare[after[0]]):
            continue
        body = after[1:1 + _TEASER_PARAGRAPHS_MAX + 1]
        # the link to read it all, taken by chrome.lines as the pager's or left in the text
        closing = next((j for j in sorted({*chrome, *body}) if j > after[0]
                        and _READ_ALL.match((chrome.get(j) or bare[j]).strip())), None)
        if closing is not None:
            body = [j for j in after[1:] if j < closing]
        elif len(after) > 1 + _TEASER_PARAGRAPHS_MAX:
            continue  # lines run on under it with no link closing the teaser
        if not 1 <= len(body) <= _TEASER_PARAGRAPHS_MAX or not all(
                _ENDS_SENTENCE.search(bare[j]) for j in body):
            continue
        # the label and the link left in the text go with the teaser
        found += [*([i] if i in filled else []), after[0], *body,
                  *([closing] if closing in after else [])]
    return found


# A teaser's first paragraph cut off by the platform (……说几点教训：一是会员卡别卖太便宜……).
_CUT_OFF = re.compile(r"(?:……|\.{3,6}|…)$")
_TEASER_LABEL_MAX = 12  # characters of the writer's name or badge over a teaser's excerpt
_TEASER_LABELS_MAX = 2


def teaser_under_post_row(bare: Sequence[str], filled: Sequence[int], article_start: int
                          ) -> list[int]:
    """The lines of another post's teaser at the page's end, under the post's own dated row
    (编辑于 2026-11-28 21:14・IP 属地湖南): one or two short lines (the other writer's name, a
    badge) over an excerpt the platform cut off (……). The dated row closes the post; a cut-off
    paragraph is never a post's own last line."""
    rows = [k for k, i in enumerate(filled) if i > article_start and _POST_ROW.match(bare[i])]
    if not rows:
        return []
    after = list(filled[rows[-1] + 1:])
    if not 2 <= len(after) <= _TEASER_LABELS_MAX + 1 or not _CUT_OFF.search(bare[after[-1]]):
        return []
    labels = after[:-1]
    if not all(len(bare[i]) <= _TEASER_LABEL_MAX and not _SENTENCE_MARKS.search(bare[i])
               for i in labels):
        return []
    return after


def _poll(bare: Sequence[str], filled: Sequence[int], chrome: Mapping[int, str]) -> list[int]:
    """A poll saved as text: its labelled question (【投票】…？, or its label 网友调查 alone over
    …？) and the lines of its options under it, right above its count or buttons (已有 2386 人
    参与投票), which chrome.lines took. A question with no count under it is left: the count
    tells the widget."""
    out: list[int] = []
    for end, text in chrome.items():
        if not _POLL_END.search(text.strip()):
            continue
        above = [i for i in filled if i < end][-_POLL_OPTIONS_MAX - 1:]
        asked = [k for k, i in enumerate(above) if _POLL_QUESTION.match(bare[i]) or (
            _POLL_LABEL.fullmatch(bare[i].strip()) and k + 1 < len(above)
            and _QUESTION_END.search(bare[above[k + 1]].strip()))]
        if asked:
            out += above[asked[-1]:]
    return out


# A comment's row under its text gives the time it was posted (11-26 19:12 · 回复 · 赞 56).
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# a live report's entry time on a line of its own (09:12), over the entry it times
_ENTRY_TIME = re.compile(r"[0-2]?\d[:：][0-5]\d")
_ENTRY_FOOT_MAX = 20  # characters of the line closing a live report's entry (发布人：记者 某某)

# A programme's chapter mark: where in it a part starts, then what the part is about (02:10
# 菜市场为什么总是被改造, 1:05:30 听众来信).
_CHAPTER_MARK = re.compile(r"^(?:(\d{1,2})[:：])?([0-5]?\d)[:：]([0-5]\d)\s+\S")
_CHAPTERS_MIN = 4  # marks: three headlines' lengths or times in order by chance are not rare


def chapter_marks(bare: Sequence[str], lines: Sequence[int]) -> set[int]:
    """The ``lines`` that are a programme's chapter list: four or more in a row each opening
    with a time into it and a space (02:10 …, 09:45 …), the times going up. A playlist's
    durations (02:31 某某活动) or a feed's times go up only by chance, newest first as a feed
    lists them."""
    out: set[int] = set()
    stretch: list[int] = []
    last = -1
    for i in [*lines, -1]:
        mark = _CHAPTER_MARK.match(bare[i]) if i >= 0 and bare[i] else None
        if i >= 0 and not bare[i]:
            continue
        seconds = (int(mark[1] or 0) * 3600 + int(mark[2]) * 60 + int(mark[3])) if mark else -1
        if mark is not None and seconds > last:
            stretch.append(i)
            last = seconds
            continue
        if len(stretch) >= _CHAPTERS_MIN:
            out.update(stretch)
        stretch, last = ([i], seconds) if mark is not None else ([], -1)
    return out


def _timeline_above(bare: list[str], at: int) -> bool:
    """Whether two lines or more above ``at`` are entry times on lines of their own (09:12):
    the text is a live report's timeline."""
    return sum(1 for line in bare[:at] if _ENTRY_TIME.fullmatch(line)) >= 2


_COMMENT_NAME_MAX = 12  # characters: a commenter's name or handle
_COMMENT_TEXT_MAX = 2  # lines of a comment's text between its name and its row


def _commenter(line: str) -> bool:
    name = LIST_BULLET.sub("", line)
    return 2 <= len(name) <= _COMMENT_NAME_MAX and not _SENTENCE_MARKS.search(name)


def _comment_records(bare: Sequence[str], live: Sequence[int]) -> list[int]:
    """The comments of a thread saved as text, each its writer's name (• 某某), a line or two
    of text and its row of time and buttons (11-26 19:12 · 回复 · 赞 56): two in a row at
    least, each opening on the line after the row above it. ``live``: the indexes of the lines
    still standing. A lone row under a paragraph is no thread."""
    # (its colon first: a search opening on a digit is tried at every offset of a line)
    rows = [k for k, i in enumerate(live)
            if ":" in bare[i] and _CLOCK.search(bare[i]) and comment_ui(bare[i])]
    out: list[int] = []
    run: list[int] = []
    for a, b in itertools.pairwise([-1, *rows]):
        record = list(range(a + 1, b + 1))
        linked = a >= 0 and 2 <= len(record) <= _COMMENT_TEXT_MAX + 1 and _commenter(
            bare[live[record[0]]])
        if linked:
            if not run and a >= 2 and _commenter(bare[live[a - 2]]):
                run = [a - 2, a - 1, a]  # the first comment, right above the second's name
            run += record
            continue
        if len(run) >= 6:
            out += [live[k] for k in run]
        run = []
    if len(run) >= 6:
        out += [live[k] for k in run]
    return out


# A comment's header row: its writer's name with the comment's full date and time glued after
# it (• 某某2025-12-20 10:32), maybe the reply's text between them (• 某某：同感。2025-12-20
# 10:47) and its like count after (点赞 56).
_HEADER_TIME = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s*(?:点赞|赞|回复|举报)\s*\d*)*$")
# The comment's row of buttons under its text (回复点赞 328, 回复 举报): buttons and counts only.
_BUTTON_ROW = re.compile(
    r"^(?:\s*(?:回复|点赞|赞|举报|分享)\s*\d*)+$")
_HEADED_MIN = 3  # comments in a row: a thread, no article's dated list


def _comment_header(line: str) -> str | None:
    """"name" for a comment's header row (• 某某2025-12-20 10:32), "reply" for a reply set
    with its text on the row (• 某某：同感。2025-12-20 10:47点赞 56), None otherwise."""
    if not LIST_BULLET.match(line):
        return None
    time = _HEADER_TIME.search(line)
    if time is None:
        return None
    head = LIST_BULLET.sub("", line[:time.start()]).strip()
    if _commenter(head):
        return "name"
    name, colon, said = head.partition("：")
    return "reply" if colon and _commenter(name) and said else None


def _headed_comments(bare: Sequence[str], live: Sequence[int]) -> list[int]:
    """The comments of a list saved as text whose rows head them: each its header row (the
    writer's name and its time, see ``_comment_header``), a line or two of text and maybe its
    row of buttons (回复点赞 328); a reply its one row. Three in a row at least, two of them
    headed by a name. ``live``: the indexes of the lines still standing."""
    out: list[int] = []
    run: list[int] = []
    named = count = k = 0

    def close() -> None:
        nonlocal run, named, count
        if named >= 2 and count >= _HEADED_MIN:
            out.extend(live[j] for j in run)
        run, named, count = [], 0, 0

    while k < len(live):
        kind = _comment_header(bare[live[k]])
        if kind == "reply":
            run.append(k)
            count += 1
            k += 1
            continue
        if kind == "name":
            said = list(itertools.takewhile(
                lambda j: _comment_header(bare[live[j]]) is None
                and not _BUTTON_ROW.match(bare[live[j]]),
                range(k + 1, min(k + 1 + _COMMENT_TEXT_MAX, len(live)))))
            if said:
                record = [k, *said]
                nxt = said[-1] + 1
                if nxt < len(live) and _BUTTON_ROW.match(bare[live[nxt]]):
                    record.append(nxt)
                run += record
                named += 1
                count += 1
                k = record[-1] + 1
                continue
        close()
        k += 1
    close()
    return out


_CARD_LEAD_MAX = 120  # characters: a teaser's lead is a sentence or two
# Cards printed with no bullet before their headlines (a box of <div>s saved as text): the
# headline is a plain line then, like an article's subheading, so three cards in a row at
# least, each lead one sentence (a section under a subheading holds two or more).
_PLAIN_CARDS_MIN = 3
_PLAIN_HEADLINE_MAX = 40  # characters
# Headings whose items are no articles' teasers: comments (a name over a one-sentence
# comment), questions and answers, a course's or a book's contents.
_NO_CARDS_HEADING = re.compile(with_traditional(r"评论|留言|问答|目录|大纲"))
_CARD_DATE_MAX = 30  # characters: a card's date row (2025-11-18, 某某日报 2025-11-18)


def _plain_card_headline(line: str) -> bool:
    """A headline printed alone with no bullet: headline-shaped, no sentence's stop, no
    label's colon (编者按：), no numbered part or Q&A turn of a document, no date row."""
    return (len(line) <= _PLAIN_HEADLINE_MAX and _headline_shaped(line)
            and not _SENTENCE_STOP.search(line) and not LIST_BULLET.match(line)
            and not _DOC_ARTICLE.match(line) and not _CN_SECTION.match(line)
            and not _card_date(line))


def _one_sentence(line: str) -> bool:
    """A lead of one sentence: its full stop at its end and no other stop before it."""
    return _stated(line) and len(_SENTENCE_STOP.findall(line.rstrip("”」）)"))) == 1 and (
        not _DOC_ARTICLE.match(line))


def _card_date(line: str) -> bool:
    """A card's date row under its lead: a date alone or after the outlet's name."""
    return _dated(line) or (len(line) <= _CARD_DATE_MAX and _ROW_DATE.search(line) is not None
                            and not _SENTENCE_MARKS.search(line))


def _teaser_cards(bare: Sequence[str], later: Sequence[int],
                  gone: Mapping[int, tuple[str, str]], plain: bool = False,
                  until: int | None = None) -> list[int]:
    """The teaser cards right under a related heading (推荐阅读), each a listed headline
    (• 乡村教师的二十年) over its lead, a line of its own: two cards at least, and no article
    paragraph after the last of them (a short article puts its related heading early among
    the page's lines, where it is read as a stray label). With ``plain`` (the heading names
    articles, not comments or contents) a headline may be a plain line over a lead of one
    sentence, maybe its date row under it: three such cards at least. ``until``: the line of
    the comment box's heading below (2 条评论), where no article goes on: the comments under
    it are no paragraphs of the article's."""
    live = [j for j in later if j not in gone]
    cards: list[int] = []
    plain_cards = k = 0
    while k + 1 < len(live):
        title, lead = bare[live[k]], bare[live[k + 1]]
        if _lifted(title) or _lifted(lead) or LIST_BULLET.match(lead) or (
                len(lead) > _CARD_LEAD_MAX):
            break
        if _bulleted_headline(title) and _headline_shaped(LIST_BULLET.sub("", title)):
            cards += live[k:k + 2]
            k += 2
        elif plain and _plain_card_headline(title) and _one_sentence(lead):
            cards += live[k:k + 2]
            k += 2
            plain_cards += 1
            if k < len(live) and _card_date(bare[live[k]]):
                if not _lifted(bare[live[k]]):
                    cards.append(live[k])
                k += 1
        else:
            break
    if k < 4 or 0 < plain_cards < _PLAIN_CARDS_MIN or any(
            _prose(bare[j]) for j in live[k:] if until is None or j < until):
        return []
    return cards


# A word alone over a bulleted list, itself under one (a wiki's navbox: 古建筑 over • 文昌阁
# • 陈氏宗祠, 古遗址 over • 窑头窑址): the group's label, no writer's name to lift; a byline
# closing an article stands under its text, not under a list.
_GROUP_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_GROUP_LOOK = 2  # filled lines above the label searched for the list it stands under


def _list_group_labels(bare: list[str], filled: list[int], rows: Iterable[int]) -> set[int]:
    """The ``rows`` that are the label of a group in a list of lists (see ``_GROUP_LABEL``)."""
    def bulleted(i: int) -> bool:
        return bare[i][:1] in _ITEM_BULLETS
    labels = set()
    for i in rows:
        k = bisect.bisect_left(filled, i)
        if (_GROUP_LABEL.match(bare[i]) and k + 1 < len(filled) and bulleted(filled[k + 1])
                and any(bulleted(j) for j in filled[max(0, k - _GROUP_LOOK):k])):
            labels.add(i)
    return labels


def rules_over_record(bare: Sequence[str], live: Sequence[int]) -> list[int]:
    """A message board's box of rules above the letter's record (写信须知 over 一、… 二、…, a few
    short rows, then 留言标题 … / 留言人 … 留言时间 2026-… and the letter): the label, its rules
    and the short rows. Only with no paragraph above the label, every paragraph under it
    numbered, and the record's dated rows then a paragraph after them: a notice whose own
    headline is 考生须知 prints its date row before its rules, and an article's 须知 section
    has the article's prose above it."""
    for k, i in enumerate(live):
        if _is_anchor(bare[i]):
            return []
        if _NOTICE_BOX_LABEL.match(bare[i]) is None:
            continue
        rules = list(itertools.takewhile(lambda j: _is_anchor(bare[j]), live[k + 1:]))
        if not 1 <= len(rules) <= _RULES_MAX or not all(
                _RULE_NUMBER.match(bare[j]) for j in rules):
            return []
        n = k + 1 + len(rules)
        for m in range(n, min(n + _NOTICE_BOX_ROWS + 1, len(live))):
            line = bare[live[m]]
            if _is_anchor(line) or len(line) > _PROFILE_ROW_MAX:
                return []
            if _RECORD_FIELD.match(line) is None:
                continue
            record = live[m:m + _RECORD_PROSE_REACH]
            if any(DATE.search(bare[j]) for j in record[:_RECORD_DATE_REACH]) and any(
                    _is_anchor(bare[j]) for j in record[1:]):
                return [i, *rules, *live[n:m]]
            return []
        return []
    return []


def _lifted(line: str) -> bool:
    """A row meta.lines will lift: a byline or a metadata row naming a source, author or the
    body that issued the page (发布单位：…, under a warning or notice)."""
    if parse_byline(line, tail=True) is not None:
        return True
    found = parse_meta_line(line)
    return found is not None and bool(found.source_name or found.authors or found.publisher)


# A tag list's label alone on its line (标签：, Tags:), and how many short words under it are
# read as its tags, of how many characters at most.
_TAG_LABEL_ALONE = re.compile(with_traditional(r"^(?:标签|相关标签|热门标签|(?i:tags?))\s*[:：]?$"))
_TAG_WORDS_MAX = 8
_TAG_WORD_CHARS = 10


# The label of an e-paper page's list of its own headlines.
_INDEX_LABEL = re.compile(with_traditional(
    r"^[【\[]?\s*(?:本版(?:新闻|导航|标题|导读|要闻|内容|文章)|本期导读|版面(?:导读|标题|目录)|标题导航|"
    r"本版标题导航|本版其[他它](?:文章|新闻|稿件|报道))\s*[】\]]?\s*[:：]?$"))
# The label of a list of the page's other headlines (本版其他文章): the article shown is none
# of them, so its bulleted items all go and the first line with no bullet ends the list.
_OTHERS_LABEL = re.compile(r"其[他它](?:文章|新闻|稿件|报道)")
# An item's bullet in that list: a list's mark (◇ 某某, ◆ 某某 as •), or the ASCII a plain-text
# tool writes for » (>).
_INDEX_ITEM_BULLET = re.compile(r"^(?:[•·▪◦»›◇◆■□●○]|>{1,2}(?=\s))\s*")
_SUBTITLE_DASH = re.compile(r"^\s*(?:—{1,2}|－{1,2}|──|--)")
# A menu item is a word or two; a headline over an undashed subtitle is longer than this.
_HEADLINE_OVER_SUBTITLE = 6
_HEADLINE_OVER_BYLINE = 5  # characters: a headline, no menu's label
# A self-media account's name: one short token of letters (某某观察者, abc数码).
_ACCOUNT_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9_·\-]{2,16}$")
# A web archive's toolbar over the page it saved is named by its count of captures (37 次存档,
# 37 captures); its other lines are the address and its go button, the first and last
# captures' dates, the calendar's arrows, this capture's day, months and years, and its links.
_CAPTURE_COUNT = re.compile(with_traditional(
    r"^\d[\d,]*\s*(?:次存档|个存档|次抓取|(?i:captures?))$"))
_CAPTURE_DAY = (r"(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}"
                r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})")
_TOOLBAR_LINE = re.compile(with_traditional(
    rf"^(?:(?:https?://|www\.)\S+|转到|前往|(?i:go)|[前后◀▶◄►‹›<>]|上一次|下一次"
    rf"|{_CAPTURE_DAY}(?:\s*[-–—~～至]\s*{_CAPTURE_DAY})?|\d{{1,2}}"
    r"|(?:(?:\d{4}|[一二三四五六七八九十]{1,3}月|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"\s*)+"
    r"|关于(?:本次|此次|这次)?(?:存档|抓取|快照)|(?i:about this capture)|关闭|帮助|收起|展开)$"))


def _index_item(line: str) -> bool:
    """A headline of the list: short, no sentence, no subtitle, byline or metadata row."""
    return (2 <= len(line) <= 40 and _SENTENCE_END.search(line) is None
            and not _SUBTITLE_DASH.match(line) and not _lifted(line)
            and parse_meta_line(line) is None)


def _line_above(filled: Sequence[int], i: int) -> int:
    """The index of the last line with text above line ``i`` (-1 at the top)."""
    k = bisect.bisect_left(filled, i)
    return filled[k - 1] if k > 0 else -1


def _spaced_as_paragraphs(bare: Sequence[str], filled: Sequence[int], i: int) -> bool:
    """Line ``i`` stands one blank line under the line above it, as that line and the one
    above it stand: a page saved with a blank line between its paragraphs (a browser's "save
    as text"), where one blank line is no gap between the article and a footer."""
    above = _line_above(filled, i)
    higher = _line_above(filled, above) if above > 0 else -1
    return (above == i - 2 and higher == above - 2 and higher >= 0
            and _line_above(filled, higher) in (higher - 2, -1))


def _in_long_stretch(members: Sequence[bool], least: int) -> list[bool]:
    """For each position, whether it lies in a stretch of ``least`` or more members in a
    row."""
    out: list[bool] = []
    for member, group in itertools.groupby(members):
        n = len(list(group))
        out += [member and n >= least] * n
    return out


class PageBlocks:
    """Remove menus before the article and link lists and related blocks after it.

    Example: sixteen short unrelated headlines under the byline of a mirrored article go as
    ``headline_list``; 首页/新闻/财经/体育 lines above the headline go as ``nav_block``.
    ``min_run``: shortest run of short lines that is a list; ``nav_len``: longest menu item.
    """

    name = "chrome.blocks"

    def __init__(self, *, min_run: int = 3, nav_len: int = 12, list_len: int = 60,
                 marker_zone: float = 0.6) -> None:
        self.min_run = min_run
        self.nav_len = nav_len
        self.list_len = list_len
        self.marker_zone = marker_zone  # a related marker cuts only after this share of lines

    def __call__(self, doc: Doc, /) -> Doc:
        # Every pass below reads the lines stripped: they are stripped once here (``bare``),
        # with the indexes of the filled ones, and kept in step when lines are blanked.
        page = doc.text.split("\n")
        page_bare, page_filled = _stripped(page)
        gone: dict[int, tuple[str, str]] = {
            i: ("teaser_feed", "a record of a teaser feed (headline, summary, timestamp)")
            for i in _teaser_feed(page_bare, page_filled)}
        whole = _whole_lines(doc.removals)
        headers = _removed_lines(whole, frozenset({"post_header"}))
        for i in _post_feed(page, page_bare, page_filled, sorted(headers), 5):
            gone.setdefault(i, ("post_feed", "a post of a live feed beside the article "
                                             "(author, time, text)"))
        lines, bare, filled = page, page_bare, page_filled
        if gone:  # the feed's summaries must not join the article
            lines = ["" if i in gone else ln for i, ln in enumerate(page)]
            bare = ["" if i in gone else ln for i, ln in enumerate(page_bare)]
            filled = [i for i in page_filled if i not in gone]
        chrome = _removed_lines(whole)
        ui = [ln or chrome.get(i, "") for i, ln in enumerate(lines)]
        # for the article's span and the comment thread
        # a table saved one cell a line or a row a line: the text's, no list
        # The tables and records several passes below read are worked out once: ``bare`` is
        # not changed from here on.
        figures = figure_rows(bare)
        table = cell_table(bare) | row_table(bare, figures) | schedule_table(bare)
        boxed = frozenset(_removed_lines(whole, frozenset({"subscribe_box"})))
        # the page's head and sidebar above the breadcrumb ending on the article: no part of
        # the article's span (a box of prose there would outweigh a short article)
        above_crumb = above_article_crumb(bare, filled,
                                          _removed_lines(whole, frozenset({"breadcrumb"})))
        clusters = (_clusters(lines, bare, filled, 6, ui, table, boxed) if not above_crumb else
                    _clusters(["" if i in above_crumb else ln for i, ln in enumerate(lines)],
                              ["" if i in above_crumb else ln for i, ln in enumerate(bare)],
                              [i for i in filled if i not in above_crumb], 6, ui, table, boxed))
        span = _main_of(clusters, lines, ui) or sentences_span(bare, filled)
        if not filled:
            return doc
        if span is None:
            return self._unspanned(doc, page_bare, filled, chrome)
        first, last = span
        # the next story an infinite-scroll page loaded under the article is no part of it
        following = _next_article(bare, ui, filled, first, last)
        if following is not None:
            for i in filled:
                if following <= i <= last:
                    gone.setdefault(i, ("next_article", "the next story an infinite-scroll "
                                        "page loaded under the article (its headline, row "
                                        "of date and source, paragraphs)"))
            last = max(i for i in filled if i < following)
        prices, records = price_rows(bare), field_records(bare)
        fields = field_record(bare, records)
        credits = sorted(_removed_lines(whole, _END_RULES))
        last = _credited_end(bare, credits, last)
        # a gallery's captions, each right under its counter (5/6) chrome.lines took, are its
        # story: the article runs down to the last of them, however short
        captions = [i for i, t in _removed_lines(whole, frozenset({"gallery_pager"})).items()
                    if GALLERY_COUNTER.match(t.strip()) and i + 1 < len(bare) and bare[i + 1]]
        if len(captions) >= 2:
            last = max(last, captions[-1] + 1)
        # On a Latin-script page every short line may be a menu or list item.
        sample = doc.text[:3000]
        latin_page = _han_count(sample) * 10 < len(sample)
        thread = _comment_start_of(clusters, last, ui)
        if thread is not None:
            for i in filled:
                if i >= thread and not _lifted(bare[i]):
                    gone[i] = ("comment_thread", "reader comments after the article "
                               "(long lines among reply and like buttons)")
        self._contents(bare, filled, gone)
        self._pasted_twice(bare, filled, gone)
        # page parts found by their own shape, none reading what the passes above took
        for rule, why, found in (
                ("tag_row", "the article's tags glued into one word over its share bar",
                 _tags_over_share_bar(bare, filled, _removed_lines(
                     whole, frozenset({"share_bar_run", "share_prompt"})))),
                ("tag_row", "the article's tags apart by spaces, no label, over its credit "
                            "line (审核：某某　编辑：某某)",
                 _tags_over_credit(bare, filled, _removed_lines(whole, _END_RULES))),
                ("subscribe_box", "the pitch (or the heading) of a newsletter's box over its "
                                  "e-mail field or button", _subscribe_pitch(bare, chrome, boxed)),
                ("subscribe_box", "the heading of a newsletter's box over its pitch",
                 _subscribe_heading(bare, boxed)),
                ("stock_card", "a stock card's head (its name and code) over its quote line",
                 _stock_card_head(bare, chrome)),
                ("teaser_card", "a teaser card's headline over its view count (1.2万阅读) "
                                "between the article's paragraphs", _counted_teaser(bare, chrome)),
                ("slide_alt", "a gallery picture's alt text, the same short line over each of "
                              "its counters (1/5, 2/5)", _slide_alts(bare, chrome)),
                ("sponsored_card", "a sponsored card (its ad label, headline and blurb over its "
                                   "call to action) or a shop's product card (its name over its "
                                   "price)", _sponsored_card(bare, chrome)),
                ("lead_card", "a listing card between the paragraphs: its name, price and "
                              "address over its lead buttons (免费通话 预约看房)",
                 _lead_card(bare, chrome, table)),
                ("quote_chips", "a quote strip's chips one a line under its label (相关股票：): "
                                "names, prices, changes", _quote_chips(bare, chrome)),
                ("quote_widget", "a stock quote widget: its table of live prices (代码 名称 最新价 "
                                 "涨跌幅) and its title or note", _quote_widget(bare)),
                ("quote_card", "a stock card's rows of quote fields (最新价：… 换手率：…) with "
                               "its title, the stock's name and its data note",
                 _quote_card(bare, chrome)),
                ("ai_summary", "a line of the portal's AI-written summary box",
                 machine_summary(filled, _removed_lines(whole, frozenset({"ai_summary"}))))):
            for i in found:
                gone.setdefault(i, (rule, why))
        self._echoes(bare, filled, first, last, gone)
        self._summary_echo(bare, filled, first, last, gone)
        self._restated_lead(bare, filled, first, last, gone)
        self._source_card(bare, filled, gone)
        self._watermarks(bare, filled, gone)
        self._continued_elsewhere(bare, filled, gone)
        for i in teaser_under_post_row(bare, [i for i in filled if i not in gone], first):
            gone.setdefault(i, ("post_teaser", "another post's teaser under the post's dated row "
                                               "(编辑于 …): its writer and cut-off excerpt (……)"))
        for i in next_teaser(bare, filled, chrome, first):
            gone.setdefault(i, ("next_teaser", "the next article's headline and first paragraph "
                                               "under its label (下一篇), after the article"))
        for i in ad_slot_lines(ui, filled):
            gone.setdefault(i, ("ad_slot", "the text of an ad slot between paragraphs, between "
                                           "its labels (赞助内容, 广告)"))
        for i in chart_leftovers(bare, filled, chrome,
                                 sorted(_removed_lines(whole, frozenset({"chart_credit"})))):
            gone.setdefault(i, ("chart_leftovers", "a chart's axis, unit and legend rows above "
                                                   "its library's credit"))
        # a bracketed heading (【相关新闻】) chrome.lines took out as a pointer still heads its list
        taken = {i: t.strip() for i, t in chrome.items() if _related_marker(t.strip())}
        self._related(bare, filled, gone, first, last, taken, credits,
                      sorted(_removed_lines(whole, frozenset({"comment_widget"}))))
        self._handle_comments(bare, filled, gone, chrome)
        for i in _comment_records(bare, [i for i in filled if i not in gone]):
            gone.setdefault(i, ("comment_record", "a reader's comment: name, text, and its row of "
                                                  "time and reply and like buttons"))
        # a header row another rule took (a related list's item) still heads its comment
        for i in _headed_comments(bare, [i for i in filled
                                         if i not in gone or _comment_header(bare[i])]):
            gone.setdefault(i, ("comment_record", "a reader's comment under its row of name and "
                                                  "time, with its reply and like buttons"))
        for i in _poll(bare, filled, chrome):
            gone.setdefault(i, ("poll", "a poll's question and options over its count"))
        for i in rules_over_record(bare, [i for i in filled if i not in gone]):
            gone.setdefault(i, ("rules_box", "a message board's box of its rules (写信须知) and "
                                             "its short rows above the letter's record"))
        self._profile_box(bare, filled, gone, first, _menu_labels(whole))
        for i in doctor_card(bare, filled, chrome, first):
            gone.setdefault(i, ("doctor_card", "a hospital site's card of one of its doctors "
                                               "(专家简介 … 预约挂号) beside the article"))
        for i in person_cards(bare, [i for i in filled if i not in gone], chrome,
                              _removed_lines(whole, frozenset({"button_label"}))):
            gone.setdefault(i, ("person_card", "a person's card (name, title, a line on them) "
                                               "over its follow or ask button"))
        for i in leader_card(bare, [i for i in filled if i not in gone]):
            gone.setdefault(i, ("leader_card", "a leader's card under the article: the office, "
                                               "the name and the résumé (某某，男，…现任…)"))
        for i in link_cards(bare, [i for i in filled if i not in gone]):
            gone.setdefault(i, ("link_card", "a link card inside a post (the linked page's "
                                             "title, description and site) on lines of its own"))
        for i in poster_cards(bare, filled):
            gone.setdefault(i, ("poster_card", "a forum poster's card, a field a line "
                                               "(发帖: 1872, 威望: 206 点, 注册时间: …)"))
        put_back = [chrome.get(i, "").strip() or ln for i, ln in enumerate(bare)]
        for i in named_comment_thread(put_back, first):
            if bare[i]:
                gone.setdefault(i, ("comment_thread", "a comment thread under its count (2 条评论"
                                    "): each writer's name over the comment's date"))
        for i in dated_comment_list(bare, filled, chrome, first):
            gone.setdefault(i, ("dated_comment_list", "a comment list under its heading (评论列表："
                                ") of comments under their date and reply rows"))
        for i in duty_rows_above_headline(bare, [i for i in filled if i not in gone]):
            gone.setdefault(i, ("duty_rows_above_headline", "a 领导分工 sidebar's rows (某某：负责…"
                                "工作。) above the headline and its date row"))
        for i in above_crumb:
            gone.setdefault(i, ("above_article_crumb", "the page's head and sidebar above the "
                                "breadcrumb ending on the article (首页 / 城事 / 正文)"))
        wiki_headline = _over_wiki_tagline(bare, whole, first)
        for i in filled:
            if wiki_headline and i < min(wiki_headline):
                gone.setdefault(i, ("above_wiki_headline", "the wiki's site notice and header "
                                    "above the page's headline (over 出自某某百科)"))
            elif wiki_headline and i < first and _INFOBOX_ROW.match(bare[i]):
                gone.setdefault(i, ("wiki_infobox", "a row of the wiki's infobox between its "
                                    "headline and the text (位置 某镇某村, 始建 明代)"))
        self._after_credit(lines, bare, filled, [c for c in credits if c > first], gone)
        indexed = self._headline_index(bare, ui, filled, first, gone)
        self._capture_toolbar(bare, [i for i in filled if i < first], gone)
        # above the article's span, a data table printed a row a line is the text's too
        self._head(bare, [i for i in filled if i < first and i not in gone], gone,
                   table | figures | fields | prices | record_headings(bare, fields)
                   | _enacted_contents(bare, filled)
                   | bare_label_cells(bare),
                   frozenset(i for i in _removed_lines(whole, _MENU_RULES | _PLAYER_RULES)
                             if i < first),
                   (frozenset() if indexed is None else frozenset({indexed})) | wiki_headline)
        self._masthead_menu(bare, ui, [i for i in filled if i < first and i not in gone],
                            _removed_lines(whole, _MASTHEAD_RULES), gone)
        # Lines earlier cleaners already took out (share buttons, 上一篇：) were part of the
        # same lists: they still count towards a run, though they are not removed again.
        self._labelled(bare, filled, {i: t for i, t in chrome.items() if i > last}, gone)
        self._tag_words(bare, _removed_lines(whole, frozenset({"tag_list"})), gone)
        tail = sorted({i for i in filled if i > last and i not in gone}
                      | {i for i in chrome if last < i < len(lines) and not bare[i]})
        article = [i for i in filled if first <= i <= last and i not in gone]
        speakers = frozenset(bare[i] for i in article if _LABEL.match(bare[i]))
        tools = frozenset(_removed_lines(whole, _TOOL_RULES))
        # the article's tools (分享到：, 上一篇：) end a record above them as a line of text would
        ended = ["-" if i in tools else ln for i, ln in enumerate(bare)]
        # (with no tool among the lines, ``ended`` is ``bare`` and holds the same records)
        announced = announced_record(ended, None if ended != bare else fields)
        # (a box of statutes after a court document, its label, citations and text: its
        # sentences are no article's closing lines for the list under the document)
        for i in statute_box(bare, chrome, gone):
            gone.setdefault(i, ("statute_box", "a court document page's side box of the "
                                "statutes it cites (相关法条 / 《…》第…条 / the text)"))
        tail = [i for i in tail if i not in gone]
        self._tail(bare, filled, tail, gone, latin_page, ui, _unstopped(bare, article),
                   speakers, table | announced
                   | _work_under_text(bare, tail, work_record(bare, records), self.min_run)
                   | prices
                   | headed_record(bare, fields)
                   | chronicle_lines(bare, filled) | recipe_lines(bare) | tale_record(bare),
                   tools, frozenset(_removed_lines(whole, _PICTURE_RULES)))
        self._lone_labels(bare, filled, gone)
        self._link_texts(bare, filled, chrome, gone)
        self._collection_cells(bare, filled, _removed_lines(whole, _COLLECTION_RULES), gone)
        return self._without(doc, lines, page_bare, gone)

    def _without(self, doc: Doc, lines: Sequence[str], bare: Sequence[str],
                 gone: Mapping[int, tuple[str, str]]) -> Doc:
        """``doc`` with the ``gone`` lines blanked, each recorded with its rule and why."""
        if not gone:
            return doc
        removed = [Removal(self.name, rule, why, shorten(bare[i]), f"line {i + 1}")
                   for i, (rule, why) in sorted(gone.items())]
        text = "\n".join("" if i in gone else ln for i, ln in enumerate(lines))
        return doc.evolve(text=text, removed=removed)

    @staticmethod
    def _capture_toolbar(bare: list[str], head: list[int],
                         gone: dict[int, tuple[str, str]]) -> None:
        """A web archive's toolbar over its copy of the page: the lines of its shapes on either
        side of its count of captures, one after another (its dates are no dates of the
        page, the first of them no headline)."""
        for k, i in enumerate(head):
            if not _CAPTURE_COUNT.match(bare[i]):
                continue
            lo = k
            while lo > 0 and _TOOLBAR_LINE.match(bare[head[lo - 1]]):
                lo -= 1
            hi = k
            while hi + 1 < len(head) and _TOOLBAR_LINE.match(bare[head[hi + 1]]):
                hi += 1
            for j in head[lo:hi + 1]:
                gone.setdefault(j, ("capture_toolbar", "a web archive's toolbar over the page "
                                    "it saved (captures, their dates, the calendar)"))

    @staticmethod
    def _masthead_menu(bare: list[str], ui: Sequence[str], head: list[int],
                       masthead: Mapping[int, str], gone: dict[int, tuple[str, str]]) -> None:
        """The site's menu run into one line (热门话题科技动态开发者资讯) between its logo and its
        login button, which earlier cleaners took out: the masthead's row, no headline. Only
        the first line of the page that is left, and one with no sentence mark in it, with
        more lines (the headline) between it and the article."""
        if len(head) < 2 or not masthead:
            return
        i = head[0]
        if len(bare[i]) > 40 or _SENTENCE_MARKS.search(bare[i]):
            return
        above = next((j for j in range(i - 1, -1, -1) if ui[j].strip()), None)
        below = next((j for j in range(i + 1, len(ui)) if ui[j].strip()), None)
        if (above is not None and below is not None and _LOGO.match(masthead.get(above, ""))
                and _LOGIN.match(masthead.get(below, ""))):
            gone[i] = ("masthead_menu", "the site's menu in one line between its logo and its "
                                        "login button")

    @staticmethod
    def _collection_cells(bare: list[str], filled: list[int], tags: Mapping[int, str],
                          gone: dict[int, tuple[str, str]]) -> None:
        """A WeChat post's collection tag saved a cell a line: under 收录于合集 (taken out as
        chrome) the topic (#某某) and its count (36个), each alone; no text of the article."""
        for j in tags:
            at = bisect.bisect_right(filled, j)
            for i in filled[at:at + _COLLECTION_CELLS_MAX]:
                if not _COLLECTION_CELL.match(bare[i]):
                    break
                gone.setdefault(i, ("collection_tag", "a WeChat collection's topic or count "
                                                      "under its 收录于合集 label"))

    @staticmethod
    def _link_texts(bare: list[str], filled: list[int], chrome: Mapping[int, str],
                    gone: dict[int, tuple[str, str]]) -> None:
        """The text of a link under its prompt an earlier cleaner took out (点击进入专题： then
        the topic's name): a short line with no sentence in it, no text of the article."""
        for j in chrome:
            if not _LINK_PROMPT.match(chrome[j].strip()):
                continue
            at = bisect.bisect_right(filled, j)
            if at < len(filled) and (i := filled[at]) not in gone and len(bare[i]) <= 20 and (
                    not _SENTENCE_MARKS.search(bare[i])):
                gone[i] = ("link_text", "the text of a link under its prompt (点击进入专题：)")

    @staticmethod
    def _pasted_twice(bare: list[str], filled: list[int],
                      gone: dict[int, tuple[str, str]]) -> None:
        """The article pasted twice into the saved text (selected and copied, then again): a
        run of its paragraphs printed again whole, in the same order, further down. The later
        copy goes. A paragraph printed twice alone (a refrain, a quote told again) stays, and
        so do short lines (a slogan, a heading) however often they repeat."""
        paras = [i for i in filled if i not in gone and len(bare[i]) >= _PASTED_LINE_MIN]
        first_at: dict[str, int] = {}
        for k, i in enumerate(paras):
            first_at.setdefault(bare[i], k)
        run: list[int] = []  # positions in ``paras`` of a run of copies, in order

        def take() -> None:
            if len(run) < _PASTED_RUN_MIN:
                return
            for k in run:
                gone.setdefault(paras[k], ("pasted_twice", "a paragraph of the article "
                                           "pasted again with the ones around it"))
            # The page's head (its masthead, its menu) pasted again with it, between the
            # first copy's paragraphs and the second's: the lines printed above the first.
            start = paras[first_at[bare[paras[run[0]]]]]
            end = paras[first_at[bare[paras[run[-1]]]]]
            head = {bare[i] for i in filled if i < start}
            for i in filled:
                if end < i < paras[run[0]] and bare[i] in head:
                    gone.setdefault(i, ("pasted_twice", "a line of the page's head pasted "
                                        "again with the article"))

        for k, i in enumerate(paras):
            earlier = first_at[bare[i]]
            if earlier == k:
                continue
            if run and k == run[-1] + 1 and earlier == first_at[bare[paras[run[-1]]]] + 1:
                run.append(k)
            else:
                take()
                run = [k]
        take()

    @staticmethod
    def _echoes(bare: list[str], filled: list[int], first: int, last: int,
                gone: dict[int, tuple[str, str]]) -> None:
        """Copies inside the article of the headline: the headline printed again as the alt
        text of the article's pictures (self-media pages). The headline is a headline-shaped
        line of ten characters or more above the article with its metadata row right under
        it; a question an interview asks each guest again is no headline. The copy above the
        article stays for meta.lines to take."""
        above = [i for i in filled if i < first]
        # a date alone is no headline (an information table's cell over the next label, which
        # a notice's signature prints again)
        rows = {i: j for i, j in itertools.pairwise(above) if 10 <= len(bare[i]) <= 60
                and _headline_shaped(bare[i]) and _meta_row(bare[j])
                and not DATE.fullmatch(bare[i])}
        head = {bare[i] for i in rows}
        if not head:
            return
        # A picture right under the metadata row, its alt text the headline's subject, the
        # words the headline ends with (某某气象台发布暴雨橙色预警信号 / row / 暴雨橙色预警信号,
        # a blank under it): a copy of a part of the headline, one phrase with no mark, where
        # the article has yet to open. A subtitle adds words of its own.
        for i, j in rows.items():
            below = next((n for n in filled if n > j), None)
            if (below is not None and below + 1 < len(bare) and not bare[below + 1]
                    and _HEADLINE_TAIL_MIN <= len(bare[below]) < len(bare[i])
                    and bare[i].endswith(bare[below])
                    and _CLAUSE_MARKS.search(bare[below]) is None
                    and not _meta_row(bare[below])):
                gone.setdefault(below, ("headline_echo", "the headline's last words again "
                                                         "under its row (a picture's alt text)"))
        # A headline under its column's label (图片新闻丨某某, 视频｜某某) has its pictures' alt
        # text without the label: the words after the bar, six characters or more, are a copy,
        # under the headline's metadata row too (meta.lines takes the labelled headline).
        unlabelled = {m["rest"]: j for i, j in rows.items()
                      if (m := _COLUMN_LABELLED.match(bare[i]))}
        head |= set(unlabelled)
        # After the article's last line too: a picture's copy there is no list item, and the
        # article's closing line may come after it. A line right over a date alone is a
        # notice's signature (the site's own body, whose name heads the page over its date
        # widget), no picture's.
        for k, i in enumerate(filled):
            if k + 1 < len(filled) and DATE.fullmatch(bare[filled[k + 1]]):
                continue
            below_row = bare[i] in unlabelled and unlabelled[bare[i]] < i
            if (first <= i or below_row) and (bare[i] in head
                                              or _glued_caption(bare[i], head)):
                gone.setdefault(i, ("headline_echo", "the headline again inside the article "
                                                     "(a picture's alt text)"))

    @staticmethod
    def _summary_echo(bare: list[str], filled: list[int], first: int, last: int,
                      gone: dict[int, tuple[str, str]]) -> None:
        """The page's summary of the article above it (摘要：…, 导读：…) that the article then
        prints again: a line of it is the summary or opens with it. The summary is a copy;
        the article keeps its own words."""
        article = [i for i in filled if first <= i <= last]
        if len(article) < 2:
            return
        # The article's span may open with a notice, its headline and date row or a tag row
        # above the summary.
        top = [i for i in filled if i < first][-2:] + article[:_SUMMARY_AT]
        PageBlocks._abstract_box(bare, article, top, gone)
        for i in top:
            # Labelled only: the article's own paragraph may be printed twice (a refrain), or
            # open a longer one.
            summary = _SUMMARY_LABEL.sub("", bare[i], count=1)
            if len(summary) == len(bare[i]):
                continue
            # a portal cuts its summary short with an ellipsis (…已全部完工 ...): the article
            # goes on where it stops
            summary = _SUMMARY_CUT.sub("", summary)
            if len(summary) < _SUMMARY_MIN or i in gone:
                continue
            if any(j > i and j not in gone
                   and (bare[j].startswith(summary)
                        or _LEAD_DATELINE.sub("", bare[j], count=1).startswith(summary))
                   for j in article):
                gone[i] = ("summary_echo", "the page's summary of the article, which the "
                                           "article prints again")

    @staticmethod
    def _abstract_box(bare: list[str], article: list[int], top: list[int],
                      gone: dict[int, tuple[str, str]]) -> None:
        """A portal's abstract box above the article: its label alone (摘要), then its words,
        which the article's first two paragraphs tell again (most of their character pairs
        printed there), the headline in brackets before them skipped. The box is the portal's
        digest; an abstract in words of its own (a paper's) stays."""
        for i in top:
            if not _ABSTRACT_LABEL_ALONE.match(bare[i]):
                continue
            below = [j for j in article if j > i]
            if len(below) < 2:
                return
            words = _BRACKETED_HEAD.sub("", bare[below[0]], count=1)
            opening = "".join(bare[j] for j in below[1:3])
            pairs = [words[n:n + 2] for n in range(len(words) - 1)]
            if (len(words) >= _SUMMARY_MIN
                    and sum(p in opening for p in pairs) >= _RETOLD_SHARE * len(pairs)):
                why = "the page's abstract box (摘要), whose words the article's opening retells"
                gone.setdefault(i, ("summary_echo", why))
                gone.setdefault(below[0], ("summary_echo", why))
            return

    @staticmethod
    def _restated_lead(bare: list[str], filled: list[int], first: int, last: int,
                       gone: dict[int, tuple[str, str]]) -> None:
        """The page's summary box with no label (its icon lost in the saved text), over the
        article that then prints its words again: one of the article's first lines, right
        under a line that is no paragraph (the date row, a count), not printed again whole but
        every clause of it but a short speech tag (某某表示，) found in the lines below it. The
        summary is a copy; the article keeps its own words. A paragraph under another one is
        the article's own, even when it sums up what follows (an intro's points, told again
        with their source). A headline over its date row is the page's headline, for
        meta.lines to take."""
        article = [i for i in filled if first <= i <= last and i not in gone]
        for k, i in enumerate(article[:_SUMMARY_AT]):
            # The cheap tests first: most lines are too short or follow a paragraph.
            if (len(bare[i]) < _LEAD_MIN or len(article) - k - 1 < _LEAD_BELOW_MIN
                    or LIST_BULLET.match(bare[i])):
                continue
            at = filled.index(i)
            if at == 0 or _prose(bare[filled[at - 1]]):
                continue
            # A headline over its metadata row is no summary: a tech headline of product names
            # and flags (框架 FastLoom 3.0 发布：async API 重写) splits into words the article
            # all prints again, as a summary's clauses are.
            if (at + 1 < len(filled) and _headline_shaped(bare[i])
                    and _meta_row(bare[filled[at + 1]])):
                continue
            if echoed_below(bare[i], [bare[j] for j in article[k + 1:]]):
                gone[i] = ("summary_echo", "the page's summary of the article (no label), "
                                           "whose words the article prints again")
                return

    @staticmethod
    def _source_card(bare: list[str], filled: list[int],
                     gone: dict[int, tuple[str, str]]) -> None:
        """A WeChat repost's card of its source account (以下文章来源于某某 ，作者某某, the
        account's name, its description): the account's widget, no text. The description
        goes only under the account's name, and only when it is no sentence."""
        for k, i in enumerate(filled):
            card = SOURCE_CARD.match(bare[i]) if bare[i].startswith("以下文章") else None
            if card is None:
                continue
            why = "a repost's card of its source account (name, writer, description)"
            gone.setdefault(i, ("source_card", why))
            after = filled[k + 1:k + 3]
            if after and bare[after[0]] == card["account"]:
                gone.setdefault(after[0], ("source_card", why))
                if (len(after) > 1 and len(bare[after[1]]) <= 40
                        and _SENTENCE_END.search(bare[after[1]]) is None):
                    gone.setdefault(after[1], ("source_card", why))

    @staticmethod
    def _continued_elsewhere(bare: list[str], filled: list[int],
                             gone: dict[int, tuple[str, str]]) -> None:
        """A newspaper page's mark that its story goes on in another page ((下转第3版)) goes;
        the page's next stories under it (a headline over a dispatch opening on 本报讯) are no
        part of the file's story and go too. A part the page carries on from another
        ((上接第1版)) goes on with the same story and stays."""
        for k, i in enumerate(filled):
            if not _GOES_ON_ELSEWHERE.match(bare[i]):
                continue
            gone.setdefault(i, ("continued_mark", "a newspaper page's mark that the story goes "
                                                  "on in another page"))
            rest = filled[k + 1:]
            if (rest and len(bare[rest[0]]) <= _NEXT_HEADLINE_MAX
                    and not _ENDS_SENTENCE.search(bare[rest[0]])
                    and any(_DISPATCH_OPENING.match(bare[j]) for j in rest[1:3])):
                for j in rest:
                    gone.setdefault(j, ("next_stories", "the newspaper page's next stories, "
                                                        "under the mark that the file's story "
                                                        "goes on in another page"))
            return

    @staticmethod
    def _watermarks(bare: list[str], filled: list[int],
                    gone: dict[int, tuple[str, str]]) -> None:
        """The outlet's name alone on a line, twice or more (游民星空 under every picture):
        the alt text of its watermarked pictures. The name is the one a metadata row of the
        page gives as the source; the row itself stays for meta.lines."""
        # Most pages print no short line twice: no metadata row is read then.
        counts = Counter(bare[i] for i in filled if 2 <= len(bare[i]) <= 12)
        twice = {line for line, n in counts.items() if n >= 2}
        if not twice:
            return
        sources: set[str] = set()
        for i in filled:
            if _ROW_DATE.search(bare[i]) or "来源" in bare[i]:
                sources |= _row_sources(bare[i])
        sources &= twice
        if not sources:
            return
        # a notice signed by the body whose site it is (某某市应急管理局 over the notice's
        # date) prints that name alone once more: its signature, no picture's alt text
        signed = closing_signature(bare, filled)
        lone = [i for i in filled if bare[i] in sources and i not in signed]
        if len(lone) < 2:
            return
        for i in lone:
            gone.setdefault(i, ("watermark", "the outlet's name alone on a line, again and "
                                             "again: its pictures' alt text"))

    @staticmethod
    def _contents(bare: list[str], filled: list[int],
                  gone: dict[int, tuple[str, str]]) -> None:
        """A table of contents (目录 over the article's section headings): its heading and
        the entries under it that the article prints again, each alone on a line, further
        down. Two entries at least; an entry printed nowhere else ends it. An entry saved as
        a list item (• 1 历史) is read without its bullet."""
        def heading(line: str) -> str:
            return _CONTENTS_NUMBER.sub("", LIST_BULLET.sub("", line))

        PageBlocks._numbered_contents(bare, filled, gone, heading)
        for k, i in enumerate(filled):
            if not _CONTENTS.match(bare[i]) or i in gone:
                continue
            entries: list[int] = []
            for at, j in enumerate(filled[k + 1 : k + 1 + _CONTENTS_MAX], start=k + 1):
                entry = heading(bare[j])
                if j in gone or len(entry) > _CONTENTS_ENTRY_MAX or entry not in (
                        heading(bare[m]) for m in filled[at + 1:]):
                    break
                entries.append(j)
            # the headings printed again must come after the last entry, over the sections
            first_entry = heading(bare[entries[0]]) if entries else ""
            if len(entries) >= 2 and i not in _enacted_contents(bare, filled) and any(
                    heading(bare[m]) == first_entry for m in filled if m > entries[-1]):
                gone[i] = ("contents", "the heading of a table of contents of the article's "
                                       "sections")
                for j in entries:
                    gone[j] = ("contents", "an entry of a table of contents: the article "
                                           "prints the section's heading again over it")
            return

    @staticmethod
    def _numbered_contents(bare: list[str], filled: list[int],
                           gone: dict[int, tuple[str, str]],
                           heading: Callable[[str], str]) -> None:
        """A table of contents with no heading over it (a blog theme's sidebar under its tabs
        文章目录 站点概览): a run of numbered list items (• 1. 控水, • 2. 光照), each printed
        again without its number alone on a line further down, the first after the last
        entry. The heading, if one stands right above the run, goes with it."""
        k = 0
        while k < len(filled):
            run = list(itertools.takewhile(
                lambda j: LIST_BULLET.match(bare[j]) is not None and _CONTENTS_NUMBER.match(
                    LIST_BULLET.sub("", bare[j])) is not None and j not in gone, filled[k:]))
            if len(run) < 2:
                k += 1
                continue
            later = {bare[m] for m in filled if m > run[-1]}
            if all(len(heading(bare[j])) <= _CONTENTS_ENTRY_MAX and heading(bare[j]) in later
                   for j in run):
                for j in run:
                    gone[j] = ("contents", "an entry of a table of contents: the article "
                                           "prints the section's heading again over it")
                for j in filled[max(0, k - 3):k]:
                    if _CONTENTS.match(LIST_BULLET.sub("", bare[j])):
                        gone.setdefault(j, ("contents", "the heading of a table of contents "
                                                        "of the article's sections"))
            k += len(run)

    @staticmethod
    def _profile_box(bare: list[str], filled: list[int], gone: dict[int, tuple[str, str]],
                     article_start: int, menu: frozenset[str] = frozenset()) -> None:
        """The site's box about its owner after the article (科室简介 over a paragraph on the
        department, its clinic hours and hotline): its label, a paragraph or two, then only
        short rows to the end of the page. An article going on under the label is no box.
        ``menu``: the items of the page's menu rows; a box headed by one of them (检察长信箱,
        入会申请, 文艺家风采 over a paragraph) is the site's too, and further such boxes may
        stand among the rows under the first."""
        def box_label(line: str) -> bool:
            return (_PROFILE_LABEL.match(line) is not None or line in menu
                    or _RULES_LABEL.match(line) is not None
                    or _COLUMN_LABEL.match(line) is not None)

        for k, i in enumerate(filled):
            if i <= article_start or not box_label(bare[i]):
                continue
            # a box of reporting rules is no headline, though a related list over it ran on
            # into its label (相关阅读 / headlines / 举报须知 / 1.…)
            rules = _RULES_LABEL.match(bare[i]) is not None
            if i in gone and not (rules and gone[i][0] == "related_block"):
                continue
            after = [j for j in filled[k + 1:] if j not in gone]
            prose = list(itertools.takewhile(lambda j: _is_anchor(bare[j]), after))
            if rules and not all(_RULE_NUMBER.match(bare[j]) for j in prose):
                return
            column = _COLUMN_LABEL.match(bare[i]) is not None
            if not 1 <= len(prose) <= (_RULES_MAX if rules else
                                       _COLUMN_PROSE_MAX if column else _PROFILE_PROSE_MAX):
                return
            boxed = [i, *prose]
            n = len(prose)
            while n < len(after):
                j = after[n]
                if _is_anchor(bare[j]) or len(bare[j]) > _PROFILE_ROW_MAX:
                    return  # the article goes on under the label
                n += 1
                more = list(itertools.takewhile(lambda j: _is_anchor(bare[j]), after[n:]))
                if more and (len(more) > _PROFILE_PROSE_MAX or not box_label(bare[j])):
                    return
                boxed += [j, *more] if more else []
                n += len(more)
            why = ("the site's box of its reporting rules (举报须知) after the article" if rules
                   else "the site's box about its owner (科室简介) after the article")
            for j in boxed:
                gone[j] = ("profile_box", why)
            return

    @staticmethod
    def _lone_labels(bare: list[str], filled: list[int],
                     gone: dict[int, tuple[str, str]]) -> None:
        """A label that introduces nothing (划重点： whose points were a picture or a widget the
        page lost): the first or last line of the text, or a label right above another one.
        Bylines and metadata rows that meta.lines will lift do not count as text. ``bare``:
        the page's lines stripped (so are those of the methods below)."""
        if not any(_LABEL.match(bare[i]) for i in filled if i not in gone):
            return  # most pages have no label: spare the metadata parsing of every line
        live = [i for i in filled if i not in gone and not _lifted(bare[i])]
        for k, i in enumerate(live):
            if not _LABEL.match(bare[i]):
                continue
            if k == 0 and len(live) > 1 and _SALUTATION.match(bare[i]) \
                    and not _LABEL.match(bare[live[1]]):
                continue  # a notice's salutation (各基层党组织：) over its first paragraph
            if k == 0 or k == len(live) - 1 or (_LABEL.match(bare[live[k + 1]])
                                                and not _addresses_text(bare, live, k + 1)):
                gone[i] = ("lone_label", "a label with nothing under it to introduce")

    def _related(self, bare: list[str], filled: list[int],
                 gone: dict[int, tuple[str, str]], article_start: int, article_end: int,
                 taken: Mapping[int, str], credits: Sequence[int] = (),
                 comment_boxes: Sequence[int] = ()) -> None:
        """L4: a related-articles marker late in the page (after the article, or in its last
        part) cuts it and the short lines after. A marker in the last part of the article cuts
        too, however long the page's chrome after it (which puts the marker early among the
        page's lines). ``taken``: markers an earlier cleaner removed, by index; they cut the
        same way late in the page, and are not removed again. ``credits``: the editor's
        credits that close the article (责任编辑：…); a marker under one is past the article,
        however many teasers' leads after it read as paragraphs. ``comment_boxes``: the lines
        of the comment box's heading chrome.lines took (2 条评论)."""
        start = filled[int(len(filled) * self.marker_zone)] if len(filled) > 4 else filled[0]
        start = min(start, article_end + 1)
        span = [i for i in filled if article_start <= i <= article_end]
        span_start = span[int(len(span) * self.marker_zone)] if len(span) > 4 else start
        for i in sorted({*filled, *taken}):
            heading = taken.get(i) or bare[i]
            if not _related_marker(heading):
                continue
            later = filled[bisect.bisect_right(filled, i):]
            # a comment box's count (共 36 条评论) over comments with their reply rows heads the
            # thread wherever it stands: the comments may have been read as the article's
            thread = _COMMENT_COUNT.match(heading) is not None and any(
                comment_ui(bare[j]) for j in later[:_THREAD_PROBE])
            # under the credit that closes the article, a marker heads what the page adds
            closed = any(article_start < c < i for c in credits)
            # with no paragraph standing under it, the marker is past the article's text,
            # however short the article that puts it early among the page's lines
            past_text = not any(_is_anchor(bare[j]) for j in later if j not in gone)
            early = (i < min(start, span_start) and not thread and not closed
                     and not past_text)
            recommends = _RECOMMENDS.search(heading) is not None
            if later and _stated(bare[later[0]]) and self._follows(
                    bare, later[1:], gone, _stated):
                continue  # a heading over sentences (最新动态 above dated news items) is text
            if early:
                # Early in the page the marker is a stray label; what follows is the article,
                # but for two or more headlines right under it before the next paragraph. A
                # marker an earlier cleaner took (【延伸阅读】 as a cross-reference) heads its
                # headlines the same way: the article goes on under them.
                if i not in taken:
                    gone[i] = ("related_marker", "stray heading of a related/recommended block")
                # (a box's label under them, 举报须知, is no headline: the links end there)
                links = list(itertools.takewhile(
                    lambda j: not _is_anchor(bare[j]) and not _RULES_LABEL.match(bare[j]), later))
                if 2 <= len(links) <= 5 and len(links) < len(later) and all(
                        8 <= len(bare[j]) <= 40 and _headline_shaped(bare[j])
                        and not _SENTENCE_MARKS.search(bare[j]) and not _lifted(bare[j])
                        for j in links):
                    for j in links:
                        gone[j] = ("related_block", "a headline under a stray related heading")
                plain = _NO_CARDS_HEADING.search(heading) is None
                box = next((c for c in comment_boxes if c > i), None)
                for j in _teaser_cards(bare, later, gone, plain, box):
                    gone[j] = ("related_block", "a teaser card (a listed headline over its "
                                                "lead) under a related heading")
                continue
            if i not in taken:
                gone[i] = ("related_marker", "heading of a related/recommended articles block")
            # Inside the article a paragraph ends the block, unless the marker recommends
            # other articles (延伸 · 推荐 over a teaser's headline and lead).
            inside = i <= article_end and not recommends and not closed
            for k, j in enumerate(later):
                line = bare[j]
                # the block's teaser cards (a headline over its lead, again and again): the
                # lead under a card's headline is the card's, whatever follows it
                card_lead = k >= 2 and all(
                    gone.get(later[m], ("",))[0] == "related_block" for m in (k - 2, k - 1)
                ) and _is_anchor(bare[later[k - 2]]) and not _is_anchor(bare[later[k - 1]])
                if len(line) > self.list_len and _is_anchor(line) and not card_lead and (
                        (inside and not self._follows(bare, later[k + 1:], gone, _dated))
                        or self._prose_follows(bare, later[k + 1:], gone)):
                    # A paragraph with a date alone under it is a teaser's lead, even inside
                    # the article (相关文章: headline, lead, date; again and again).
                    # Past the article, a lone paragraph among the block's links is a
                    # teaser's lead or a column's blurb; two in a row are text again.
                    break
                below = next((c for c in credits if c > j), None)
                if (below is not None and _is_anchor(line) and not card_lead
                        and _stated(line) and not any(
                            m not in gone for m in later[k + 1:] if m < below)):
                    # A paragraph right over the editor's credit that closes the article
                    # (编辑：某某 审核：某某), under a box of links the editor set between its
                    # paragraphs (相关推荐): the article's last paragraph, no teaser's lead.
                    break
                if not card_lead and _stated(line) and self._follows(
                        bare, later[k + 1:], gone, _stated):
                    # Two sentences in a row, however short, are text (网友评论 heading a
                    # section that quotes readers): headlines end with no full stop.
                    break
                if inside and k and _stated(line) and "，" in line and not any(
                        _stated(bare[m]) for m in later[:k]) and not any(
                        m not in gone for m in itertools.takewhile(
                            lambda m: m not in credits, later[k + 1:])):
                    # The last sentence standing in the article, under a box the editor set
                    # between its paragraphs (相关链接 over two headlines, then 按照计划，…完工。):
                    # the article's close, however short; a headline has no clause nor stop.
                    # Under teasers' leads (sentences too) it is a blurb of the site's; over
                    # more of the box's lines up to the credit (a related Q&A's next 问 and 答,
                    # however early the article's span ends) it is the box's own answer.
                    break
                if (k and _is_anchor(line) and _stated(line)
                        and gone.get(later[k - 1], ("",))[0] == "related_block"
                        and _CARD_FOOT.search(bare[later[k - 1]])):
                    # The card above closes on its read count (某某标题1.8万阅读): its lead
                    # would stand between headline and count, so a paragraph under it is the
                    # article's, however the page's side lists follow it.
                    break
                if self._subhead_after_card(bare, later, k, gone):
                    # A teaser's lead cut short (……) closes its card: a short heading under
                    # it over two paragraphs in a row is the article's next section.
                    break
                if not _lifted(line):
                    gone[j] = ("related_block", "item of a related/recommended articles block")
            break

    @staticmethod
    def _subhead_after_card(bare: list[str], later: list[int], k: int,
                            gone: dict[int, tuple[str, str]]) -> bool:
        """Whether ``later[k]`` is a subhead of the article right under a teaser card: the
        line above is the card's lead cut short (……, ...), this one a short heading with no
        stop, and the next two lines still standing are whole paragraphs (no teaser's ellipsis):
        the cards of a block end their leads alike, so a whole paragraph is no card's."""
        if k < 1 or gone.get(later[k - 1], ("",))[0] != "related_block":
            return False
        line = bare[later[k]]
        if not bare[later[k - 1]].endswith(("…", "..")) or not 2 <= len(line) <= 20 \
                or _stated(line) or _is_anchor(line):
            return False
        standing = [j for j in later[k + 1:] if j not in gone][:2]
        return len(standing) == 2 and all(_prose(bare[j]) for j in standing)

    @staticmethod
    def _handle_comments(bare: list[str], filled: list[int], gone: dict[int, tuple[str, str]],
                         chrome: Mapping[int, str]) -> None:
        """The comments right under a comment box's count (评论（216）), each opening on its
        writer's quoted handle and a colon (听友“某某”：…): a thread with no reply or like
        buttons, which the comment-thread pass cannot see. A quote in the text names its
        speaker with a verb (网友“某某”说：), never the handle and colon alone."""
        for i in sorted({*filled, *chrome}):
            if not _COMMENT_HEADING.match(chrome.get(i, "").strip() or bare[i]):
                continue
            for j in filled[bisect.bisect_right(filled, i):]:
                if not _COMMENT_HANDLE.match(bare[j]):
                    break
                gone.setdefault(j, ("handle_comment", "a reader's comment under the comment "
                                                      "box's count (听友“某某”：…)"))

    def _unspanned(self, doc: Doc, bare: list[str], filled: list[int],
                   chrome: Mapping[int, str]) -> Doc:
        """A page with no paragraph to anchor the article's span (a short poem: verse lines,
        no full stop) still ends in its related block (推荐阅读 over other poems' titles): the
        marker cuts it and the short lines after, the article's span taken to end above the
        first marker past the page's first third (a marker higher up
        is the masthead's menu)."""
        gone: dict[int, tuple[str, str]] = {}
        # and an e-paper page's list of its other headlines (本版其他文章) over the poems
        ui = [ln or chrome.get(i, "") for i, ln in enumerate(bare)]
        if any(_INDEX_LABEL.match(t.strip()) and _OTHERS_LABEL.search(t) for t in ui):
            self._headline_index(bare, ui, filled, len(bare), gone)
        marker = next((i for k, i in enumerate(filled)
                       if k * 3 >= len(filled) and _related_marker(bare[i])), None)
        if marker is None:
            return self._without(doc, doc.text.split("\n"), bare, gone) if gone else doc
        taken = {i: t.strip() for i, t in chrome.items() if _related_marker(t.strip())}
        self._related(bare, filled, gone, filled[0], marker - 1, taken)
        return self._without(doc, doc.text.split("\n"), bare, gone)

    @staticmethod
    def _prose_follows(bare: list[str], after: list[int],
                       gone: dict[int, tuple[str, str]]) -> bool:
        """Whether the next line still standing after a paragraph is a paragraph too."""
        return PageBlocks._follows(bare, after, gone, _is_anchor)

    @staticmethod
    def _follows(bare: list[str], after: list[int], gone: dict[int, tuple[str, str]],
                 test: Callable[[str], bool]) -> bool:
        """Whether the next line still standing passes ``test``."""
        nxt = next((j for j in after if j not in gone), None)
        return nxt is not None and test(bare[nxt])

    def _after_credit(self, lines: list[str], bare: list[str], filled: list[int],
                      credits: list[int], gone: dict[int, tuple[str, str]]) -> None:
        """The editor's credit closes the article (责任编辑：…): after the last one, lines with
        no article paragraph among them are related headlines, teasers and promotion
        (njxfhn_1). Bylines and metadata rows there are left for meta.lines to lift. The
        lengths compared are those of the lines as printed (``lines``, not stripped). Where
        two credits close it (（某某供稿） … 责任编辑：…), the tail starts at the first one after
        the last paragraph: a like or comment button between them is the tail's too."""
        if not credits:
            return
        last_prose = max((i for i in filled if i not in gone and _prose(bare[i])), default=-1)
        end = min((c for c in credits if c > last_prose), default=credits[-1])
        after = [i for i in filled if i > end and i not in gone]
        before = sum(len(lines[i]) for i in filled if i < end)
        if not after or any(_prose(bare[i]) for i in after) or sum(
                len(lines[i]) for i in after) * 2 > before:
            return
        for i in after:
            if not _lifted(bare[i]):
                gone[i] = ("after_credit", "after the editor's credit that closes the article")

    @staticmethod
    def _tag_words(bare: list[str], labels: Mapping[int, str],
                   gone: dict[int, tuple[str, str]]) -> None:
        """A tag list's label alone (标签：), which chrome.lines took out, over its tags one a
        line (a page saved as text prints each tag's link apart), wherever on the page: the
        short words right under it go, up to a blank line, a field (分类：…), a sentence, or a
        headline over its date row (a short word whose next line holds a date)."""
        for label, text in labels.items():
            if not _TAG_LABEL_ALONE.match(text.strip()):
                continue
            taken: list[int] = []
            for i in range(label + 1, min(label + 1 + _TAG_WORDS_MAX, len(bare))):
                line = bare[i]
                nxt = bare[i + 1] if i + 1 < len(bare) else ""
                if (not line or i in gone or len(line) > _TAG_WORD_CHARS or "：" in line
                        or ":" in line or _SENTENCE_MARKS.search(line)
                        or DATE.search(nxt)):
                    break
                taken.append(i)
            for i in taken:
                gone[i] = ("tag_words", "a tag under a tag list's label alone (标签：)")

    @staticmethod
    def _labelled(bare: list[str], filled: list[int], chrome: dict[int, str],
                  gone: dict[int, tuple[str, str]]) -> None:
        """After the article, a label an earlier cleaner removed (点击进入专题：, 上一篇：) leaves
        its link text behind: the short lines right below a label ending in a colon go too."""
        for label, text in chrome.items():
            if not text.endswith(("：", ":")):
                continue
            for i in (j for j in filled if j > label):
                line = bare[i]
                if (i in gone or i in chrome or len(line) > 30 or _SENTENCE_MARKS.search(line)
                        or _lifted(line)):
                    break
                gone[i] = ("label_link", "link text under a removed label (点击进入专题：)")

    @staticmethod
    def _headline_index(bare: list[str], ui: Sequence[str], filled: list[int], first: int,
                        gone: dict[int, tuple[str, str]]) -> int | None:
        """An e-paper page's list of its headlines above the article (本版新闻 then one line
        each). The article's own headline closes the list: the item printed again right
        above the byline, else the last line before the subtitle, byline or first paragraph.
        The label and the other items go; the headline stays for meta.lines. Returns the
        line of the headline printed again (no menu item however short), if any."""
        label = next((i for i in range(first) if _INDEX_LABEL.match(ui[i].strip())), None)
        if label is None:
            return None
        items: list[int] = []
        repeated: int | None = None
        others = _OTHERS_LABEL.search(ui[label]) is not None
        for i in filled:
            if i <= label or i in gone:
                continue
            line = bare[i]
            if i >= first or not _index_item(line) or (
                    others and not _INDEX_ITEM_BULLET.match(line)):
                if others:
                    repeated = i  # (no headline among the others: every item goes)
                break
            if _INDEX_ITEM_BULLET.sub("", line) in {
                    _INDEX_ITEM_BULLET.sub("", bare[j]) for j in items}:
                repeated = i  # the headline printed again over its article
                break
            items.append(i)
        listed = items if repeated is not None else items[:-1]
        if len(listed) < 2:
            return None  # a label over a headline (and maybe one more line) is no list
        if bare[label]:
            gone[label] = ("headline_index", "the label of an e-paper page's headline list")
        for i in listed:
            gone[i] = ("headline_index", f"one of {len(listed)} headlines of the "
                                         "e-paper page listed above the article")
        return repeated

    def _head(self, bare: list[str], head: list[int], gone: dict[int, tuple[str, str]],
              table: frozenset[int] = frozenset(), taken: frozenset[int] = frozenset(),
              headlines: frozenset[int] = frozenset()) -> None:
        """Runs of very short lines before the article are menus; the line just before the
        article or a metadata row may be its headline and is never counted, and a table's
        cells (``table``) end a run. Lines of the menu earlier cleaners took out (``taken``: a
        breadcrumb, a row of labels) still count towards a run of two or more left, though they are
        not removed again. ``headlines``: lines known to be the article's headline (an e-paper
        page's, printed again under its headline list), which end a run too."""
        # A line is protected when it or the line below it is a metadata row (the headline
        # sits above its metadata row). Rows are parsed only for the lines a test below would
        # remove (a ticker, or a short line among min_run or more in a row: fewer make no menu
        # however protection splits them): parsing every line of a long head cost more than
        # the rest of the pass.
        meta: dict[int, bool] = {}
        dated: list[frozenset[int]] = []  # a date printed over lines, found on first ask

        def is_meta(k: int) -> bool:
            if k not in meta:
                if not dated:
                    dated.append(date_over_lines(bare))
                # (a bare date row names its outlet with no label: 某某日报 2025-11-26 09:12)
                # (a news client's row with a relative time, 某某新闻·3小时前·阅读 1.2万, too)
                meta[k] = (parse_meta_line(bare[head[k]]) is not None or head[k] in dated[0]
                           or parse_date_row(bare[head[k]]) is not None
                           or client_row(bare[head[k]]))
            return meta[k]

        def over_subtitle(k: int) -> bool:
            # the line over a subtitle (——…) is the headline, however short (an e-paper's)
            return k + 1 < len(head) and _SUBTITLE_DASH.match(bare[head[k + 1]]) is not None

        def over_undashed_subtitle(k: int) -> bool:
            # A headline over its subtitle over the metadata row: two lines printed together
            # (no blank between), set off from the menu above by a blank or removed line. The
            # subtitle sits over the row and is protected; the headline would count as a menu
            # item, though it is longer than one.
            return (k + 2 < len(head) and head[k + 1] == head[k] + 1 and is_meta(k + 2)
                    and (k == 0 or head[k - 1] < head[k] - 1)
                    and len(bare[head[k]]) >= _HEADLINE_OVER_SUBTITLE
                    and not LIST_BULLET.match(bare[head[k]]))

        def over_byline(k: int) -> bool:
            # A headline over its byline alone (文/某某某), the date row at the page's foot: the
            # byline is no metadata row, but the line over it is the headline all the same.
            if k + 1 >= len(head) or len(bare[head[k]]) < _HEADLINE_OVER_BYLINE:
                return False
            found = parse_byline(bare[head[k + 1]], tail=False)
            return found is not None and bool(found.authors)

        def over_account(k: int) -> bool:
            # A self-media page's headline over the posting account's name over its bare date
            # row (标题 / 某某观察者 / 2025-08-12 09:05 · 河南), and the account's name: no menu.
            # The name is shorter than the headline: a longer line under a side column's last
            # link, right over the row, is the headline, and the link a menu's item.
            if k + 2 < len(head) and len(bare[head[k]]) >= _HEADLINE_OVER_BYLINE and (
                    _ACCOUNT_NAME.match(bare[head[k + 1]])
                    and len(bare[head[k + 1]]) < len(bare[head[k]])
                    and parse_date_row(bare[head[k + 2]]) is not None):
                return True
            return (k + 1 < len(head) and _ACCOUNT_NAME.match(bare[head[k]]) is not None
                    and k > 0 and len(bare[head[k - 1]]) >= _HEADLINE_OVER_BYLINE
                    and len(bare[head[k]]) < len(bare[head[k - 1]])
                    and parse_date_row(bare[head[k + 1]]) is not None)

        def over_subtitle_over_dispatch(k: int) -> bool:
            # A newspaper page's headline over its subtitle, printed together right over the
            # story's dispatch (标题 / 副题 / 本报讯…): a PDF's page prints no date row there.
            if (k != len(head) - 2 or head[k + 1] != head[k] + 1
                    or len(bare[head[k]]) < _HEADLINE_OVER_SUBTITLE):
                return False
            story = next((bare[j] for j in range(head[-1] + 1, len(bare)) if bare[j]), "")
            return _DISPATCH_OPENING.match(story) is not None

        def last_of_labels(k: int) -> bool:
            # line ``k`` closes a bulleted list, glued under its other items, none of them a
            # date or a metadata row
            top = k
            while (top > 0 and head[top - 1] == head[top] - 1
                   and LIST_BULLET.match(bare[head[top - 1]])):
                top -= 1
            return (top < k and LIST_BULLET.match(bare[head[k]]) is not None
                    and not any(is_meta(m) or DATE.search(bare[head[m]])
                                for m in range(top, k + 1)))

        def protected(k: int) -> bool:
            # (the line over the article may be its headline; a clock over a player's buttons
            # taken out, 03:12 / 倍速 / 全屏, is the player's: a live report's first entry
            # time, 09:00, stands right over its text)
            # (nor is the last item of a bulleted list of labels, glued under the item before
            # it, a headline: the list's items run on to it, • 办理流程 / • 办理地点; a post's
            # row of author, date and category saved a bullet an item is its meta's)
            return ((k == len(head) - 1 and len(bare[head[k]]) >= 5
                     and not (_ENTRY_TIME.fullmatch(bare[head[k]])
                              and any(i > head[k] for i in taken))
                     and not last_of_labels(k)) or is_meta(k)
                    or (k + 1 < len(head) and is_meta(k + 1)) or over_subtitle(k)
                    or over_undashed_subtitle(k) or over_byline(k) or over_account(k)
                    or over_subtitle_over_dispatch(k))

        for k, i in enumerate(head):
            if _glued_headlines(bare[i]) and not protected(k):
                gone[i] = ("headline_ticker", "headlines run together into one line above "
                           "the article (a scrolling ticker)")
        def salutation(k: int) -> bool:
            # The salutation over a letter's first paragraph opens the text however short: a
            # menu's label with a colon (热门标签：) has links under it, not a sentence.
            below = bare[head[k + 1]] if k + 1 < len(head) else None  # else the article
            if below is not None and _GREETING.match(below):
                # a greeting between (某某领导： / 您好！ / the first paragraph)
                below = bare[head[k + 2]] if k + 2 < len(head) else None
            return _SALUTATION.match(bare[head[k]]) is not None and (
                below is None or (len(below) >= 15 and _PROSE_MARKS.search(below) is not None))

        at = {i: k for k, i in enumerate(head)}
        verse = _verse_under_byline(bare, head, is_meta) | _lines_under_lead(bare, head, is_meta)
        order = sorted(at.keys() | {i for i in taken if not bare[i]})
        short = [i not in at or (len(bare[i]) <= self.nav_len
                                 and not _SENTENCE_MARKS.search(bare[i]) and i not in table
                                 and i not in verse and i not in headlines
                                 and not _PRICED_FIELD.match(bare[i])
                                 and not _LEDGER_ROW.match(bare[i])
                                 and not salutation(at[i]))
                 for i in order]
        in_long = _in_long_stretch(short, self.min_run)
        run: list[int] = []  # positions in ``order``, one after another
        for n, i in enumerate([*order, -1]):
            if i >= 0 and short[n] and not (in_long[n] and i in at and protected(at[i])):
                run.append(n)
                continue
            live = [order[m] for m in run if order[m] in at]
            # A run the taken lines complete needs two of its items left side by side: the
            # site's name and a label (编者按：) apart by a breadcrumb are no menu.
            side_by_side = any(order[m] in at and order[m + 1] in at for m in run[:-1])
            if (len(live) >= self.min_run or (len(run) >= self.min_run and side_by_side)) and (
                    not figures_under_sentence(bare, head, live)):
                for j in live:
                    gone[j] = ("nav_block", f"one of {len(run)} menu items above the article")
            run = []

    def _tail(self, bare: list[str], filled: list[int], tail: list[int],
              gone: dict[int, tuple[str, str]],
              latin_page: bool, ui: Sequence[str] = (), unstopped: bool = False,
              speakers: frozenset[str] = frozenset(), table: frozenset[int] = frozenset(),
              tools: frozenset[int] = frozenset(), pictures: frozenset[int] = frozenset()
              ) -> None:
        """L5: runs of short lines after the article are link lists (dates between included).
        A reader's comment between two rows of comment controls (今天08:23举报赞188回复) joins
        a run however long it is; ``ui`` is the page with removed lines put back.
        ``unstopped``: the article's paragraphs end without a stop, so its last one may too.
        ``speakers``: the labels alone on a line (主持人：) that open turns in the article: one
        opening the tail opens the transcript's last turn, which is the article's. A table's
        cells (``table``) end a run. ``tools``: the article's tools an earlier cleaner took
        (分享到：, 上一篇：), which end the article's own list. ``pictures``: the captions and
        credits of pictures an earlier cleaner took, which may stand over its last line."""
        controls = _between_controls(ui, tail)
        # a notice's issuing bodies and date (某某市财政局 / 某某市教育局 / 2024年5月6日) sign
        # it off: no list, whatever their number
        signed = closing_signature(bare, filled) if tail else frozenset()
        # so does its contact block (媒体联系人：孙某某 / 电话：… / 邮箱：…)
        signed |= contact_block(bare, filled) if tail else frozenset()
        # and the contact lines over its signature (监督电话：… / 来信地址：…)
        signed |= closing_contacts(bare, filled) if signed else frozenset()
        # and the list of its attachments over its signature (附件：1.某某信息 / 2.某某表)
        signed |= closing_attachments(bare, filled) if signed else frozenset()
        # and a paper's keywords row under its abstract (摘要：… / 关键词：…；…)
        signed |= abstract_keywords(bare) if tail else frozenset()
        # A line an earlier cleaner removed joins a run; so does a short list-like line
        # unless meta.lines will lift it. Whether it will is asked only in stretches of
        # min_run or more such lines: a shorter one makes no list however lifted rows split
        # it (and the metadata parsing is the cost of this pass).
        # A directory of offices and their numbers above the article's tools (分享到：, 上一篇：)
        # is the notice's (咨询电话 under its last part); one under them is the footer's box.
        tools_at = min((i for i in tail if i in tools), default=len(bare))
        listed = [not bare[i] or i in controls or (
            i not in signed and i not in table and len(bare[i]) <= self.list_len
            and not _DOC_ARTICLE.match(bare[i]) and not _FILL_IN_ROW.match(bare[i])
            and not _POST_ROW.match(bare[i]) and not _SENTENCE_THEN_PHONE.match(bare[i])
            and not (i < tools_at and _OFFICE_PHONE_ROW.match(bare[i])) and (
            latin_page or _listish(bare[i]) or _DATED_END.search(bare[i]) is not None))
            for i in tail]
        _latin_outlets(bare, tail, listed)
        _latin_controls(bare, tail, listed)
        # the leaders' box goes whole, its names no bylines for meta.lines to lift; its lines
        # end the run before it (the article's own short rows are judged without them)
        for k in _leaders_box(bare, tail):
            gone[tail[k]] = ("headline_list", "a leaders' box after the article: each name "
                             "under its office")
            listed[k] = False
        in_long = _in_long_stretch(listed, self.min_run)
        # Rows meta.lines will lift end a run; asked only in long stretches (the parse is this
        # pass's cost), once a row.
        lifted = {i for k, i in enumerate(tail) if in_long[k] and bare[i] and _lifted(bare[i])}
        # A byline row's label on two rows or more of them (作者：某某（湖南长沙） under each
        # prize-winning work) credits each item of a list, not the page: meta.lines lifts one
        # byline, and the rows stay in the run of the items they credit.
        labels = {i: bare[i].partition("：")[0] for i in lifted if "：" in bare[i][:6]}
        counts = Counter(labels.values())
        lifted -= {i for i, label in labels.items() if counts[label] >= 2}
        lifted -= _list_group_labels(bare, filled, lifted)
        def _under_pictures(run: list[int]) -> int | None:
            """Where in ``run`` its first line of text stands, under the pictures' lines only."""
            m = next((m for m, j in enumerate(run) if bare[j] or j not in pictures), len(run))
            return m if m < len(run) and bare[run[m]] else None

        # a programme's chapter list (02:10 … / 09:45 …) is its page's text, wherever it runs
        chapters = chapter_marks(bare, tail)
        run: list[int] = []
        first_run = True
        open_part = ""  # the last of the article's parts (二、) the first run went on with
        open_item = 0  # the last number of the article's own numbered list in the first run
        above = -1  # the line that closed the last run, right over this one
        for k, i in enumerate([*tail, -1]):  # -1 closes the last run
            if i >= 0 and listed[k] and i not in lifted:
                run.append(i)
                continue
            # a line of the article not listed (一、项目编号：… right under the last
            # paragraph) closes no run: the run under it is still the first
            opened = bool(run)
            if not first_run and run and _prose_line(bare, above, self.list_len) and (
                    first := next((j for j in run if bare[j]), -1)) >= 0 and (
                    _closing_sentence(bare[first]) and bare[first][-1] == "。"):
                # the article's last paragraph, shorter than a list's item may be, right under
                # its paragraph before (an inline feed cut the article, the rest went on under
                # it): a sentence in clauses with its stop, which no headline is
                run = [j for j in run if j > first]
            # Lines introducing a figure or code (……如下：) are the article's, wherever they
            # sit; a sentence at the very start of the tail is its closing line.
            run = [j for j in run if not _introduces(bare[j]) and j not in chapters]
            if first_run and len(run) >= 2 and bare[run[0]] in speakers and (
                    _SENTENCE_MARKS.search(bare[run[1]])):
                del run[:2]  # the last turn of a transcript: its speaker and what was said
            # (an entry's short foot right over the run, taken as a byline, may open the tail)
            timed = first_run and bool(run) and (run[0] == tail[0] or (
                run[0] in tail and all(len(bare[j]) <= _ENTRY_FOOT_MAX
                                       for j in tail[:tail.index(run[0])]))) and (
                _timeline_above(bare, run[0]))
            while timed and len(run) >= 2:
                if _ENTRY_TIME.fullmatch(bare[run[0]]) and _SENTENCE_MARKS.search(bare[run[1]]):
                    # the last entries of a live report timed a line above each (09:12 / what
                    # happened), as its entries above are: the report's, never a list's lines
                    del run[:2]
                elif (len(run) >= 3 and len(bare[run[0]]) <= _ENTRY_FOOT_MAX
                      and _ENTRY_TIME.fullmatch(bare[run[1]])
                      and _SENTENCE_MARKS.search(bare[run[2]])):
                    # and the short line closing an entry over the next one's time and words
                    # (its 发布人：主持人 某某 foot) is the entry's; not a box's heading over
                    # videos, each a length over a title (相关视频 / 02:31 / 某某活动)
                    del run[:1]
                else:
                    break
            # (a picture's caption or credit an earlier cleaner took may stand between the
            # article's last paragraphs: the first line under it is the one judged)
            while first_run and (live_at := _under_pictures(run)) is not None and (
                    _closing_sentence(line := bare[run[live_at]]) or _stopped_statement(line)
                    or _INVITATION.match(line) is not None or _THANKS.match(line) is not None
                    or LETTER_CLOSE.match(line) is not None
                    or NOTICE_CLOSE.match(line) is not None):
                del run[: live_at + 1]
            if first_run and run and bare[run[0]] and (
                    _closing_clause(bare[run[0]]) or (unstopped and _clause_run(bare[run[0]]))):
                run.pop(0)  # the article's last line, printed without its stop
            if (first_run and run and run[0] == tail[0]
                    and (bare[run[0] - 1] or _spaced_as_paragraphs(bare, filled, run[0]))
                    and (_DESK_HOTLINE.match(bare[run[0]]) or _DEADLINE_ROW.match(bare[run[0]]))):
                # whom to ask (咨询电话：…) or by when (报名截止时间：…), printed right under
                # the last paragraph (one blank line under it on a page that spaces its
                # paragraphs so), not after the page's tools as a footer's is: the article's
                # closing line
                run.pop(0)
            at_top = first_run and bool(run) and run[0] == tail[0]
            if first_run and run and run[0] == tail[0] and (
                    bare[run[0] - 1] or _spaced_as_paragraphs(bare, filled, run[0])) and (
                    rows := leading_particulars(bare, run)):
                # a preview's or a shop's facts right under its last paragraph (演出时间：…,
                # 人均：45元, 营业时间：…), or a notice's (案号：… / 案由：… / 开庭时间：…), one
                # blank line under it on a page that spaces its paragraphs so: the article's
                # rows; the lines after them are judged alone
                del run[:rows]
            if at_top and (notice := reader_notice(bare, run)):
                # a reader's notice under the article's last paragraph or its facts (温馨提示：
                # …。, or 注意事项： / 1.… / 2.…), maybe under a row of the page's buttons: the
                # article's; the buttons stay in the run
                run = [j for j in run if j not in notice]
            if at_top and (turn := qa_turn(bare, run)):
                # the article's last Q&A turn (问…？ / 答 / its answer), short as it is, right
                # under the turn before: the lines after it are judged alone
                run = [j for j in run if j not in turn]
            if first_run and run and _VERDICT_ROW.match(bare[run[0]]):
                run.pop(0)  # the review's score, its closing line, blank above or not
            if run and bare[run[0]] and _DEADLINE_ROW.match(bare[run[0]]) and (
                    _line_above(filled, run[0]) in signed):
                run.pop(0)  # by when, under the notice's contact rows (联系电话：…)
            live = [j for j in run if bare[j]]
            if first_run and live and _text_goes_on(bare, tail[k:k + _GOES_ON_REACH]) and (
                    figures_under_sentence(bare, filled, live)):
                # a spec table's rows under a sentence of the article (厂商指导价 11.98万 /
                # 发动机 1.5T …), a paragraph of prose right under them (the review goes on):
                # the article's own rows mid-text, no list after it
                run, live = [], []
            if first_run and (colon_list(bare, filled, live) or numbered_from_one(bare, live)
                              or continued_parts(bare, filled, live)):
                # the article's own list (其中： over figures, 1. 2. 3. under a heading) or its
                # parts going on (二、 under 一、), down to the article's tools under it
                # (分享到：, 上一篇：): the lines after them are judged alone
                cut = next((m for m, j in enumerate(run) if j in tools), len(run))
                if continued_parts(bare, filled, live):
                    open_part = _last_part(bare, run[:cut])
                open_item = _last_item(bare, run[:cut])
                run = run[cut:]
                live = [j for j in run if bare[j]]
            elif not first_run and open_item and (through := _items_go_on(bare, run, open_item)):
                # a run going on with the numbered list the first run held (3、 4、 5、 under
                # 1、 2、, a longer item between them ending that run): the article's items
                open_item = _last_item(bare, run[:through])
                run = run[through:]
                live = [j for j in run if bare[j]]
            elif not first_run and open_part and (through := _parts_go_on(bare, run, open_part)):
                # a run going on with the article's parts (三、 under the 二、 that opened the
                # first run, a row or cell label such as 时间 parting the two): its lines down
                # to the last part's heading are the article's (a table's cells between them)
                open_part = _last_part(bare, run[:through])
                run = run[through:]
                live = [j for j in run if bare[j]]
            if first_run and (roll := roster_lines(bare, live) or appointment_lines(bare, live)
                              or career_lines(bare, live) or attendance_lines(bare, live)
                              or dated_entry_lines(bare, live) or guest_lines(bare, live)):
                # the article's honour roll (一、先进集体 / units / 二、先进个人 / names), a
                # personnel notice's rows (任命某某某为……), a résumé's (1991.07—2003.02 某某站
                # 技术员), a meeting's attendance (出席：某某 某某) or its dated entries
                # (2026年3月15日 某某项目申报截止): the lines after them are judged alone
                run = [j for j in run if j > live[roll - 1]]
                live = live[roll:]
            if opened:
                first_run = False
            above = i
            endings = sum(1 for j in live if bare[j][-1] in "。；;"
                          or bare[j][-2:] in _QUOTED_ENDS
                          or bare[j].endswith(_CONTINUED) or _NOTED_END.search(bare[j]))
            # A run closed by a sentence with its full stop is the article going on (a poem, a
            # list of names, then its closing line): headlines end in no full stop (they may
            # end in ？ or ！).
            last_line = bare[live[-1]] if live else ""
            closed = (len(last_line) >= 15 and last_line.endswith(("。", "。”", "。」"))
                      and _closing_sentence(last_line))
            # Lines other cleaners took (a footer's copyright rows) count towards a run, so
            # its own lines may be few: when every one of them is a sentence with its stop
            # (镇党委书记王某某出席会议。) the run is the article's end, not a list.
            if (len(run) >= self.min_run and endings * 3 <= len(run)
                    and endings < len(live) and not closed):
                for j in live:
                    gone[j] = ("headline_list",
                               f"one of {len(run)} short list lines after the article")
            elif (rest := _unstopped_after_stops(bare, live)) and len(rest) >= self.min_run:
                # The article's own items with their stops (一是……；三是……。), then a list of
                # headlines with none: the headlines go, the items stay.
                for j in rest:
                    gone[j] = ("headline_list",
                               f"one of {len(rest)} short list lines after the article")
            run = []
            if i >= 0 and open_item and (item := _ITEM_NUMBER.match(bare[i])) and (
                    int(item[1]) == open_item + 1):
                open_item += 1  # the list's next item, too long for a run, closed this one
