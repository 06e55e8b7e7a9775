"""Chinese personal-name evidence: common surnames (the Hundred Family Surnames, public domain)."""

from __future__ import annotations

import re

from .dates import GLUED_DATE
from .script import to_simplified, traditional_chars, traditional_variants, with_traditional

__all__ = ["COMPOUND_SURNAMES", "HAN", "SINGLE_SURNAMES", "TIME_EVENT_WORDS", "clean_source",
           "looks_like_name", "names_row", "plausible_author", "split_names"]

SINGLE_SURNAMES = frozenset(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康"
    "伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵"
    "席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗"
    "丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫"
    "乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄"
    "印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂"
    "濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘"
    "匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相"
    "查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴商牟佘佴伯赏墨哈谯笪年爱阳佟覃肖"
    "付仝代候揭门练区粟邝")
COMPOUND_SURNAMES = frozenset(
    ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "夏侯", "轩辕", "端木", "申屠", "司徒", "司空", "独孤", "南宫", "西门", "呼延", "万俟", "闻人", "澹台", "公冶", "太叔", "钟离", "宗政", "濮阳", "淳于", "单于", "赫连", "拓跋"])
# and their traditional spellings (趙, 歐陽): a name on a traditional-script page is judged as
# its simplified copy would be
SINGLE_SURNAMES |= frozenset(traditional_chars("".join(sorted(SINGLE_SURNAMES))))
COMPOUND_SURNAMES |= frozenset(v for name in COMPOUND_SURNAMES for v in traditional_variants(name))

# A Han character as names are written: the common block and the rare characters of Extension A
# and beyond (䶮, 𠮷), which a name needs where prose hardly does.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
_HAN_NAME = re.compile(rf"^[{HAN}]{{2,4}}$")
_SPLIT = re.compile(r"[\s、，,;；/·]+")
# A transliterated full name (阿依古丽·吐尔逊, 买买提·艾力): given name and father's or family
# name joined by a middle dot, one person. Two Han names so joined (张三·李四) are a list.
_DOTTED_NAME = re.compile(rf"(?<![{HAN}·])[{HAN}]{{2,8}}·[{HAN}]{{2,8}}(?![{HAN}·])")
_NAME_DOT = "\u2027"  # held in place of the dot while the list is split


def _hold_dotted_names(text: str) -> str:
    """``text`` with each transliterated full name's dot (see _DOTTED_NAME) held as _NAME_DOT,
    where its two halves are not both Han personal names."""
    def hold(m: re.Match[str]) -> str:
        first, last = m[0].split("·")
        return m[0] if looks_like_name(first) and looks_like_name(last) else first + _NAME_DOT + last
    return _DOTTED_NAME.sub(hold, text) if "·" in text else text


def looks_like_name(token: str) -> bool:
    """A 2-3 character Han token starting with a common surname (4 with a compound surname)."""
    if not _HAN_NAME.match(token):
        return False
    if token[:2] in COMPOUND_SURNAMES:
        return 3 <= len(token) <= 4
    return token[0] in SINGLE_SURNAMES and len(token) <= 3


# A name in Latin letters keeps its spaces: capitalised words one space apart (Sarah Lin,
# J. R. Smith, Zhang Wei) are one person, not one a word.
_LATIN_FULL_NAME = re.compile(r"[A-Z][a-z'\-]*\.?(?: [A-Z][a-z'\-]*\.?)+(?![A-Za-z])")


def split_names(text: str) -> list[str]:
    """The names of a byline's list, apart at spaces and list marks; a transliterated full
    name (阿依古丽·吐尔逊) stays whole."""
    held = _hold_dotted_names(text)
    if held is not text:
        return [t.replace(_NAME_DOT, "·") for t in split_names(held)]
    if " " not in text or _LATIN_FULL_NAME.search(text) is None:
        return [t for t in _SPLIT.split(text) if t]
    names: list[str] = []
    start = 0
    for latin in _LATIN_FULL_NAME.finditer(text):
        names += [t for t in _SPLIT.split(text[start:latin.start()]) if t]
        names.append(latin.group())
        start = latin.end()
    return names + [t for t in _SPLIT.split(text[start:]) if t]


_NAME_ROW_SPLIT = re.compile(r"[\s、，,]+")


def names_row(line: str) -> bool:
    """A row of a list of people (an honour roll, a list of candidates): three or more
    personal names apart, nothing else."""
    # Most lines asked are prose or headlines: three names need two separators and 8 characters.
    if len(line) < 8 or not _NAME_ROW_SPLIT.search(line):
        return False
    if not looks_like_name(_NAME_ROW_SPLIT.split(line.strip(), maxsplit=1)[0]):
        return False  # the first token settles most lines without splitting the rest
    tokens = [t for t in _NAME_ROW_SPLIT.split(line) if t]
    return len(tokens) >= 3 and all(looks_like_name(t) for t in tokens)


_ORG = re.compile(
    r"(?:网|报|社|台|频道|新闻|消息|客户端|杂志|周刊|日报|晚报|中心|编辑部|公司|集团|科技|财经|媒体|"
    r"部|委|局|厅|办|院|所|站|室|处|支部|协会|学会|自媒体|\.net|\.com"
    # an account's kind of publisher (某某疾控, 某某发布, 某某融媒, 某某文旅)
    r"|疾控|发布|融媒|文旅|政务|党建|公安|交警|消防|气象|税务|检察"
    # a court's division credited as a notice's writer (立案庭, 民一庭, 刑事审判庭, 某某法庭);
    # a bare 庭 ends personal names too (某庭), so only these
    r"|(?:立案|审判|执行|法|民事|刑事|行政|商事|[民刑][一二三四五六七八九十])庭)$"
    r"|^(?:网易|新浪|搜狐|腾讯|凤凰|百度|今日头条|头条|澎湃|网络|未知|佚名|匿名|整合|综合|本站|原创|"
    r"管理员|编辑|记者|通讯员|作者|admin|editor|author|unknown|null|none|name)$",
    re.IGNORECASE)
# A place or a unit that credits a text (图/文：某某社区, 作者：城关镇): no person. A single
# place character ends a name of three or more (张镇 may be a person's name, 城关镇 is not).
_PLACE_OR_UNIT = re.compile(
    rf"[{HAN}]{{2,}}(?:社区|街道|党委|党组|党工委|学校|小学|中学|大学|医院)$|[{HAN}]{{2,}}[县镇乡村区市省]$")
# A professional title printed after the name in a byline (作者：某某 某某医院 主治医师): no
# person's name however short. A newsroom's role alone is none either: a commentary's
# （作者：本报评论员） leaves 评论员 once 本报 is read as the reporter's outlet.
_PROFESSIONAL_TITLE = re.compile(
    r"(?:主任|副主任|主治|住院|执业|主管)?(?:医师|医生|护师|药师|技师|营养师)|(?:副)?主任|"
    r"(?:副)?教授|讲师|(?:副|助理)?研究员|(?:高级)?(?:工程师|编辑|记者)|律师|博士|硕士|院士|"
    r"(?:特约|首席)?评论员|通讯员|实习生")
# A section of an office, a hospital or a brigade credited as a text's writer (作者：心内科 某某,
# 作者：宣传组, 供稿：特勤中队): no person. A ward or section ends in 科, a team in 组 or 股; as
# a person's given name may end so too (李学科, 周组), the name is a unit only when it does not
# read as a name, or when its stem is an office's function (宣传组 starts with the surname 宣).
# A brigade's squad or a task force (某某中队, 专班) is one however it starts.
_SECTION = re.compile(rf"[{HAN}]{{1,8}}[科组股]|[{HAN}]{{1,8}}(?:中队|大队|支队|小组|专班)")
_SECTION_SQUAD = re.compile(r".*(?:中队|大队|支队|小组|专班)")
_OFFICE_FUNCTION = re.compile(
    r"(?:宣传|新闻|通讯|报道|综合|信息|办公|党务|政工|组织|人事|财务|后勤|教务|科研|医务|护理|"
    r"质控|写作|编写|调研|课题|项目|工作|专案|文秘|秘书|保卫|督查|督导|联络|采编)")


def _section(name: str) -> bool:
    """A unit's section or team (心内科, 宣传组, 特勤中队), not a person (李学科)."""
    if not _SECTION.fullmatch(name):
        return False
    return (bool(_SECTION_SQUAD.fullmatch(name)) or not looks_like_name(name)
            or bool(_OFFICE_FUNCTION.match(name)))


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\- ]{1,40}")
# The word a byline row prints after its time to say what happened then (2026-10-25 07:00 开始:
# a live page's start; 08:30 更新): left where the time is read off the row, no name (meta
# reads the same words off a date row).
TIME_EVENT_WORDS = "开始|结束|更新|开播"
_TIME_EVENT = re.compile(with_traditional(TIME_EVENT_WORDS + "|直播中"))
_HAN_PEN_NAME = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,8}}")


# A page's own words that open on a surname (相关, 关注, 全文, 查看): a menu's, a button's or a
# list's label alone on its line, read as a two-character name when no rule knows the label.
_PAGE_WORDS = frozenset({
    "相关", "关注", "关于", "关闭", "相册", "全文", "全部", "查看", "查询", "简介", "简讯", "时间",
    "时评", "应用", "于是", "如何", "相关阅读", "关于我们", "全部评论", "查看全文", "查看更多",
    # a programme's or a story's section labels (时间轴 over its chapter marks)
    "时间轴", "时间线"})

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # a label's invisible padding (​关注)


def plausible_author(name: str) -> bool:
    """A person's name or pen name, not an outlet, an office, a placeholder, a page's own
    label or a phrase."""
    name = name.strip()
    simple = to_simplified(name)  # the words below are written once, in simplified script
    if (not name or simple.strip(_ZERO_WIDTH) in _PAGE_WORDS or _ORG.search(simple) or _PLACE_OR_UNIT.fullmatch(simple)
            or _PROFESSIONAL_TITLE.fullmatch(simple) or _TIME_EVENT.fullmatch(name)
            or _section(simple) or any(ch.isdigit() for ch in name) or "@" in name):
        return False
    return bool(_HAN_PEN_NAME.fullmatch(name) or _LATIN_NAME.fullmatch(name))


# A place and the verb closing a byline (记者 张三 北京报道): where the story was filed from,
# no author.
_DATELINE = re.compile(rf"(?P<place>[{HAN}]{{2,4}})(?:报道|报导)$")
_SENT_FROM = re.compile(rf"(?:发自|发于|电自)[{HAN}]{{2,8}}")


def dateline(token: str, listed: bool = False) -> bool:
    """A byline's token after a name naming where the story was filed from (北京报道, 发自北京),
    not who wrote it. Set apart by a space, X报道 closes the byline with its place, though many
    places start with a surname's character (成都, 郑州, 石家庄); ``listed``: the token follows a
    list mark (张三、李四报道), where the verb is glued to the list's last name."""
    if _SENT_FROM.fullmatch(to_simplified(token)):
        return True
    place = _filed_place(token)
    return place is not None and not (listed and looks_like_name(place))


def glued_reporter(token: str) -> str | None:
    """The name a byline's token glues to the verb (李某报道 -> 李某), when it looks like one."""
    place = _filed_place(token)
    return place if place is not None and looks_like_name(place) else None


def _filed_place(token: str) -> str | None:
    """The place (or name) before a closing 报道 (北京报道, 北京報道), as printed."""
    simple = to_simplified(token)  # the pattern is written once, in simplified script
    m = _DATELINE.fullmatch(simple)
    if m is None or len(simple) != len(token):
        return None
    return token[m.start("place"):m.end("place")]


_LIST_MARK = re.compile(r"[、，,;；]\s*$")


def listed_in(raw: str, token: str) -> bool:
    """Whether ``token``'s last occurrence in ``raw`` follows a list mark (、，) rather than a
    space: the byline lists names there (张三、李四报道)."""
    at = raw.rfind(token)
    return at > 0 and _LIST_MARK.search(raw, 0, at) is not None


# (a bilingual page glosses its label in English, 来源 Source：某某, the gloss left before the
# colon when the label is read apart: Source：某某)
_SOURCE_KEY = re.compile(r"^(?:(?:来源|稿源|出处|來源|稿源)\s*(?i:source)?|(?i:source))\s*[:：]\s*")
# A WeChat account's id after its name: 某某观察（ID：abc_123）.
ACCOUNT_ID = re.compile(r"\s*[（(]\s*(?:微信)?(?:ID|id|微信号|公众号)\s*[:：]\s*[\w\-]{2,30}\s*[)）]$")
# A repost's verb before the name it was copied from (转载自某某日报, 转自某某网).
_REPOST_VERB = re.compile(r"^(?:转载自|转自|轉載自|轉自)\s*[:：]?\s*(?=\S{2})")
_SOURCE_TAIL = re.compile(rf"\s+(?:原创稿|原创|转载|供稿)$|{ACCOUNT_ID.pattern}")
_CLOSERS = {"】": "【", "]": "[", "〕": "〔", "）": "（", ")": "("}
# The page's tools glued after the name in their brackets (某某局【字号 大中小】【打印】), or a
# font size's two buttons saved as text after it (某某网A+A-): no part of it.
_GLUED_TOOLS = re.compile(with_traditional(
    r"\s*[【\[]\s*(?:字号|字体|打印|关闭|收藏|分享|大\s*中\s*小|放大|缩小|默认).*$"
    r"|(?<=\S)\s*(?:[AＡ]\s*[+＋\-－]\s*){2,3}$"))
_SOURCE_EDITION = re.compile(r"[（(](?:[^（()）]*\d[^（()）]*[）)]|[^（()）]*$)$")
# An outlet with the channel it was printed in after a dash (某某网－社会频道, 某某网-财经频道):
# the outlet is the publisher.
_SOURCE_CHANNEL = re.compile(
    r"^(?P<outlet>\S{2,20}?(?:网|網|报|報|台|臺|社|客户端|客戶端))\s*[-－—–]\s*\S{1,10}"
    r"(?:频道|頻道|栏目|欄目|专栏|專欄)$")

# A site's reprint of its own paper (某某网－《某某日报》, 某某网-某某日报): the paper after the
# dash printed the article and is its publisher; the site only carried it. The paper named in
# title marks or by a paper's ending (报), its edition in brackets allowed (某某日报（海外版）);
# a channel's name after the dash (某某网-文艺副刊) is neither.
_SOURCE_SITE_PAPER = re.compile(
    r"^\S{2,20}?(?:网|網)\s*[-－—–]\s*(?:《\s*(?P<titled>[^《》\s]{2,20})\s*》"
    r"|(?P<paper>\S{2,20}?(?:报|報)(?:[（(][^（()）\d]{1,6}[)）])?))$")


# A WeChat account named with its kind before it (微信公众号“某某文旅”, 公众号：某某观察): the
# account is the publisher, as a source credit in the text (转载自微信公众号：某某) gives it.
# The kind set apart by a colon, a space or the name's quotes: 公众号运营中心 is a unit.
_ACCOUNT_KIND = re.compile(with_traditional(r"^(?:微信)?(?:公众号|订阅号|服务号)(?:\s*[:：]\s*|\s+|(?=[“「『\"]))"))
_ACCOUNT_NAME = re.compile(r"^([“「『\"]?)([^“”「」『』\"\s]{2,20})([”」』\"]?)$")
_QUOTE_PAIRS = {"": "", "“": "”", "「": "」", "『": "』", '"': '"'}


def _account_name(text: str) -> str | None:
    """The account's name when ``text`` names it with its kind before it (微信公众号“某某”)."""
    kind = _ACCOUNT_KIND.match(text)
    name = _ACCOUNT_NAME.match(text[kind.end():]) if kind else None
    if name is None or _QUOTE_PAIRS[name[1]] != name[3]:
        return None
    return name[2]


def clean_source(raw: str | None) -> str | None:
    """A publisher name without its 来源： label, a trailing 原创稿 note or an account's id."""
    if not raw:
        return None
    text = _SOURCE_TAIL.sub("", _SOURCE_KEY.sub("", raw.strip())).strip()
    # the field's value saying it was copied (转载自某某日报): the name it was copied from
    text = _REPOST_VERB.sub("", text).strip() or text
    text = _GLUED_TOOLS.sub("", text).strip() or text
    if (glued := GLUED_DATE.search(text)) and glued.start() >= 2:
        text = text[: glued.start()].strip()
    # the bracket the field was printed in, its opener left with the label (【来源：某某日报】)
    if text[-1:] in _CLOSERS and _CLOSERS[text[-1]] not in text:
        text = text[:-1].strip()
    if channel := _SOURCE_CHANNEL.match(text):
        text = channel["outlet"]
    text = _account_name(text) or text
    # the edition note after the name (某某日报（2024年12月03日 第05版）), closed or cut off
    # by the row's spaces; a bracket without digits is the name's (某某日报（海外版）)
    text = _SOURCE_EDITION.sub("", text).strip() or text
    # a journal's issue after its name (《某某月刊》2025年第12期, 某某杂志2025年第3期)
    text = _JOURNAL_ISSUE.sub("", text).strip() or text
    if paper := _SOURCE_SITE_PAPER.match(text):
        text = paper["titled"] or paper["paper"]
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        text = text[1:-1].strip()  # a paper's name printed as a title's (《某某晚报》)
    simple = to_simplified(text)
    if simple in _NO_SOURCE or _SELF_REFERENCE.match(simple) or _FIELD_LABEL.match(simple):
        return None
    return text[:40] or None


# A journal's issue printed after its name: the year and the number of the issue.
_JOURNAL_ISSUE = re.compile(r"(?<=[^\d\s])\s*[（(]?\s*\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期\s*[）)]?$")


# Values that name no publisher.
_NO_SOURCE = frozenset({"本站原创", "本站", "原创", "网络", "互联网", "未知", "佚名", "转载",
                        "综合", "网友投稿",
                        # a copying site's word for "collected from the web"
                        "网络整理", "网络转载", "网络综合", "综合网络", "综合整理", "本站整理",
                        "互联网整理", "网络收集", "转载自网络", "来自网络", "来源网络",
                        # a live page's status before its start time (已结束 开始时间：…)
                        "已结束", "直播中", "正在直播", "直播结束", "直播已结束", "未开始",
                        "直播回放"})
# A field's label read as the name beside a date (留言人 李** 留言时间 …, 报告时间 …): the
# letter's writer or the event's time, never a publisher.
_FIELD_LABEL = re.compile(
    r"^(?:(?:留言|来信|写信|提问|咨询|投诉|举报|发帖|回帖)人|(?:留言|来信|报告|讲座|活动|会议)(?:时间|日期))$")
# The site or body naming itself (来源：本院, 来源：本局, 来源：本网原创): no name to give the
# article, where 本溪日报 (a city's paper) is one.
_SELF_REFERENCE = re.compile(
    r"^本(?:站|网|报|刊|台|院|局|校|单位|中心|委|厅|办|所|部|馆|社|会|处|室)(?:原创|整理|讯|稿)?$")
