"""Line rules for the chrome Chinese news sites print around an article (L1-L3, L6, L7, L9).

Every rule is a general pattern (no site, person or sentence of any one page) with examples it
must match and counterexamples of real prose it must leave alone.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..literals import gate
from ..meta import (
    UNIT_CREDIT,
    asked_contact,
    closing_contacts,
    contact_block,
    event_particulars,
    is_prose,
    split_date_lines,
)
from ..names import COMPOUND_SURNAMES, SINGLE_SURNAMES
from ..rules import LineRules, Rule, rule_probe
from ..script import to_simplified, with_traditional
from .captions import FIGURE_NUMBER, is_sentence_line
from .inline import (
    CROSS_REFERENCE,
    INLINE_RULES,
    NOTICE_CHARS,
    PHOTO_NOTICE,
    InlineRules,
    may_end_inline,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

__all__ = ["COMMON_RULES", "GALLERY_COUNTER", "abstract_keywords", "cell_table", "chrome_left",
           "line_cleaner", "section_numbers", "table_headers", "text_structure"]


def said_twice(text: str) -> bool:
    """doubled_caption's precheck. Its pattern matches a whole line T + spaces + T with T at
    least six characters long (``\\S.{5,149}?``), so the line's first six characters, T's,
    occur again where the second T begins, at index len(T) + spaces >= 6; and as the second T
    ends the line, that index is len(text) - len(T) >= len(text) / 2 (T is at most half the
    line): only the second half is searched."""
    return text.find(text[:6], max(6, len(text) // 2)) >= 0


# A caption printed twice on one line (doubled_caption's pattern). Text never says the same
# thing twice in a row on one line: a picture's alt text printed beside its caption does. A
# short unit repeated (哈哈哈…, 冲冲冲…) is text, so is a call or slogan shouted again (中国女排
# 必胜！中国女排必胜！) and a verse's refrain of a few Han characters sung again after a space
# (我爱这片土地 我爱这片土地).
_DOUBLED_CAPTION = (
    r"^(?!(?P<unit>.{1,5})(?P=unit)+$)(?!(?P<call>.{1,15}[！!？?][”’」』]?)\s*(?P=call)+$)"
    r"(?!(?P<refrain>[\u4e00-\u9fff]{1,8})(?:\s+(?P=refrain))+$)"
    r"(?P<twice>\S.{5,149}?)\s*(?P=twice)$")
_SAID_TWICE = re.compile(_DOUBLED_CAPTION)
_SEP = r"\s*[:：丨|｜/]\s*"
# A person's name: a common surname (or a compound one) and one or two characters.
_NAME = (rf"(?:(?:{'|'.join(sorted(COMPOUND_SURNAMES))})|[{''.join(sorted(SINGLE_SURNAMES))}])"
         r"[\u4e00-\u9fff]{1,2}")
# A row of production credits: two or more of a role and a name (编辑 刘某 校对 李某), a video's
# crew among them, maybe a bar between the pairs (摄像 某某 | 剪辑 某某).
_CREDITS = (r"(?:(?:供稿|摄影|摄|编辑|责编|校对|审核|撰稿|文字|美编|排版|初审|复审|终审|一审|二审|"
            r"三审|编审|监制|制作|摄像|剪辑)\s*[/:：丨|｜]?\s*[\u4e00-\u9fffA-Za-z·]{2,10}"
            r"\s*(?:[|｜丨]\s*)?){2,}")
_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
# What follows a role's colon when the role speaks (an interview's 编辑：您为什么……？) or the
# line is a sentence about it: one clause or more, no second label, ending in a stop. A
# credit's value is a name or a row of them.
_SPOKEN = r"(?=[^：:|｜丨/]{8,}[。？！?!]$)[^：:|｜丨/]*[，,？?！!]"
# A line that is a sentence of its own (a clause, a comma, a full stop) and invites no reader
# to the site (no 我们/本文/您/更多/精彩…): prose that names sharing, scanning or an app
# (扫码点餐虽然方便，但……。), not a prompt. Put at a branch's start as a negative lookahead.
_PLAIN_SENTENCE = (r"(?=.{6,}，.*。$)(?!.*(?:我们|本(?:文|页|站|网|报|刊|台|号|平台)|您|你|小编|"
                   r"更多|精彩|详情|全文|原文))")
# A report's sentence that gives a contact after its own counted clause (警方查获代开发票
# 300余份，……，线索举报电话0531-…。; 本次招聘岗位共15个，……，联系电话：…。): a count or a
# date (300余份, 15个, 5月6日) before a comma, no colon before it (a footer strings labels:
# 地址：…，举报电话：…), the line closed by a stop, and the site not speaking of itself (本站
# 建于2008年，欢迎投稿，投稿邮箱：…。 is its footer). Put at a branch's start as a negative
# lookahead.
_COUNTED_SENTENCE = (r"(?!.*(?:本站|本网|我们|我站|我网|本报|本刊|本台|欢迎(?:投稿|来稿|赐稿)))"
                     r"(?=[^：:]*\d(?:\.\d+)?\s*(?:余|多)?"
                     r"(?:月|日|号|个|名|人|份|起|件|年|万|亿|元|家|次|条|处|岁|户|岗)"
                     r"[^：:]*，.*[。！]$)")

# The site's weather beside its date widget: the sky, then the day's range of temperatures
# (晴 18℃～26℃ 东南风3级, 今日天气：小雨 15℃-22℃).
_WEATHER = (
    r"^(?:(?:今日|今天|当前)?天气\s*[:：]?\s*)?(?:晴|多云|阴|[小中大暴]?雨|阵雨|雷阵雨|雨夹雪|"
    r"[小中大]?雪|雾|霾)(?:转(?:晴|多云|阴|[小中大暴]?雨|阵雨|雷阵雨|[小中大]?雪))?\s*"
    r"-?\d{1,2}\s*(?:℃|°C)?\s*[~～\-—/至]\s*-?\d{1,2}\s*(?:℃|°C)[^。，！？]{0,12}$")

# The words a search-engine spammer sets after a name to catch searches for it (某某注册,
# 某某app, 某某怎么样): a keyword row repeats one name with them.
_SEO_WORD = (r"(?:注册|登录|登陆|下载|官网|官方网站|网址|网站|入口|(?i:app)|怎么样|靠谱吗|是真的吗|"
             r"手机版|客户端|网页版|最新版|开户|代理|地址|链接)")

# A text ad's words (chrome.lines' leading_ad_label, chrome.blocks' ad under its slot's label):
# an offer (a price, a discount, 低至, 免费), a promotion's terms or call (仅限, 限时, 咨询电话,
# 扫码), and none of the words a news sentence on ads says (记者, 虚假, 查处, 表示).
AD_OFFER = (r"(?:\d\s*(?:%|元|折)|[一二三四五六七八九十百千万]+元|低至|立减|直降|最高可?省"
            r"|免费|包邮|以旧换新)")
AD_TERMS = r"(?:仅限|限时|即日起|到店|名额有限|先到先得|抢购|咨询电话|详询|点击|扫码|活动)"
AD_NEWS_WORDS = r"(?:记者|虚假|违法|违规|查处|投诉|罚款|表示|据悉|据了解|监管)"

# A read-aloud player's note on its voice and length (本文由AI语音合成，约3分钟, 本音频由AI合成)
_AI_VOICE_NOTE = (r"[（(]?\s*(?:本文|本条新闻|该文|此文|本音频|该音频)?"
                  r"由?\s*(?:AI|人工智能|智能|机器)\s*(?:语音)?(?:合成|朗读|播报)(?:语音|音频)?"
                  r"(?:\s*[，,]?\s*(?:时长)?约\s*\d{1,3}\s*分钟?(?:\d{1,2}\s*秒)?)?\s*[)）]?")

# A photo gallery's picture counter alone on its line (3/6, 图片 2/12, 第3/12张, 第2张 共6张).
_GALLERY_COUNTER = (r"^(?:图片|图|第)?\s*\d{1,3}\s*/\s*\d{1,3}\s*张?$"
                    r"|^第\s*\d{1,3}\s*张\s*[,，/／|｜]?\s*共\s*\d{1,3}\s*张$")

COMMON_RULES: tuple[Rule, ...] = (
    Rule(
        "image_filename",
        # (the placeholder a text copy prints for it closes its bracket after the name:
        # [图片：IMG_2031.jpg])
        r"^\S.{0,120}\.(?i:jpe?g|png|gif|webp|bmp|svg|tiff?)[\]】)）]?$"
        # A file stem without its extension: one token of letters and a long run of digits.
        # Stems are lower case or joined by _ or -: a code in capitals (SH600519) is not one.
        r"|^(?=[A-Za-z0-9_-]{8,40}$)(?=[\w-]*[A-Za-z])(?=[\w-]*\d{6})"
        r"(?:[a-z0-9]+|[A-Za-z0-9]+[_-][A-Za-z0-9_-]+)$",
        why="an image's file name printed where the image was (alt text or a broken image)",
        examples=("banner1-1.png", "涪陵区委书记李洪义在清溪镇调研基层党建工作.jpg",
                  "IMG_20240512.JPG", "003ednc20190925", "DSC_20190925",
                  "[图片：IMG_2031.jpg]", "【图片：dsc0456.png】"),
        counterexamples=("上传的照片须为.jpg格式，大小不超过2MB。", "iPhone11", "COVID-19",
                         "20190925", "GB/T 19001-2016", "Win10", "SH600519", "ETC20240520",
                         "20190925-001", "（本表格式见附件2.png）。"),
        max_len=130,
    ),
    Rule(
        "breadcrumb",
        # (您现在所在的位置：, 你目前所处的位置：, 您的当前位置：)
        r"^(?!位置)(?:您|你)?(?:现在|目前|当前)?(?:所在|所处)?的?(?:当前)?位置\s*[:：]"
        # a bare 位置： is a trail's only before one (an auction lot's 位置：某路88号 is its
        # address)
        r"|^位置\s*[:：]\s*(?:首页|主页|网站首页|[^。，！？]*[>＞»›≫])"
        # or three sections or more set apart by spaced dashes or slashes (位置：某某网 - 要闻 -
        # 正文); one dash may be an address's (位置：城南新区 - 近地铁站)
        r"|^位置\s*[:：]\s*[^\s。，！？]{1,14}(?:\s+[-–—/]\s+[^\s。，！？]{1,14}){2,6}$"
        r"|^首页\s*[>＞»›≫/]"
        r"|^[^\s。，！？>＞»›≫]{1,12}(?:\s*[>＞»›≫]\s*[^。，！？>＞»›≫]{1,14}){1,6}\s*[>＞»›≫]?$"
        # a forum's or blog's trail down to the post's own title, which may have a comma or
        # end on a question mark: three sections or more before it, no full stop anywhere
        r"|^[^\s。，！？>＞»›≫]{1,12}(?:\s*[>＞»›≫]\s*[^。，！？>＞»›≫]{1,14}){2,6}"
        r"\s*[>＞»›≫]\s*[^。>＞»›≫]{6,50}$"
        # an English-language page's trail from its home page (Home / China / Society)
        r"|^(?i:home)(?:\s*[>＞»›≫/|]\s*[A-Za-z][A-Za-z0-9 &'-]{0,24}){1,6}$",
        why="breadcrumb trail showing the page's place in the site's sections",
        examples=("您的位置:首页 > 深度调查", "党建网 > 基层党建", "当前位置：首页 > 新闻中心",
                  "位置：首页 > 拍卖公告 > 房产", "所在位置：", "您当前位置：首页",
                  "首页 > 政务公开 > 通知公告", "你现在的位置：首页", "Home / China / Society",
                  "HOME > News > World", "您现在所在的位置：首页 >> 部门动态",
                  "你目前所处的位置：首页", "您当前所在位置：首页",
                  "位置：某某晚报网 - 自贸港 - 正文", "位置：某某网 / 要闻 / 正文",
                  "某某论坛 › 论坛 › 吃喝玩乐 › 自驾出行 › 自驾环湖三天两晚路线分享，附停车经验",
                  "某某社区 » 版块 » 家居装修 » 老房子墙面返潮发霉怎么办？"),
        counterexamples=("今年增速>5%的企业有12家，占全区规模企业的一半。",
                         "位置决定视野，格局决定结局。", "Home/work balance is hard.",
                         "位置：某某市滨江路88号3幢1单元502室",
                         "位置：距市区 - 约20公里，交通便利。", "位置：城南新区 - 近地铁站",
                         "甲 > 乙 > 丙 > 丁，这是四支队伍的最终排名。",
                         "论坛 › 自驾出行，附停车和住宿经验"),
        max_len=80,
    ),
    Rule(
        "office_tags",
        # the offices a government information bureau's item is filed under, printed as its
        # tags between the date row and the text (新聞局 / 旅遊局): names alone, no sentence
        r"^(?:[\u4e00-\u9fff]{1,10}(?:局|署|厅|处|司|办|委|委员会|中心)\s*[/｜|]\s*){1,4}"
        r"[\u4e00-\u9fff]{1,10}(?:局|署|厅|处|司|办|委|委员会|中心)$",
        why="the offices an item is filed under, printed as its tags",
        examples=("新聞局 / 旅遊局", "卫生局 / 社会工作局 / 教育及青年发展局",
                  "新闻局｜交通事务局"),
        counterexamples=("新闻局", "新闻局/旅游局联合举办推介会",
                         "本次活动由新闻局和旅游局共同主办。", "主办单位：新闻局 / 旅游局"),
        max_len=60,
    ),
    Rule(
        "date_widget",
        r"^今(?:天|日)是\s*(?:[:：].*|\d{4}年.*)?$|^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]"
        # the header's greeting beside the date (… 星期四  欢迎访问某某网！)
        r"(?:\s+欢迎(?:访问|来到|光临|登录|您)[^\s，。]{0,30}?[!！。]?)?$"
        r"|^(?:星期|周)[一二三四五六日天]\s*\d{4}"
        # its weather beside it: the sky, then the day's range of temperatures (晴 18℃～26℃)
        rf"|{_WEATHER}",
        why="the site's today's-date widget, not the article's date",
        examples=("今天是:", "今天是：2024年5月1日 星期三", "2024年5月1日 星期三",
                  "2024年5月1日 星期三  欢迎访问某某人大网！", "2024年5月1日 周三 欢迎您",
                  "晴 18℃～26℃ 东南风3级", "多云转晴 12~20℃", "今日天气：小雨 15℃-22℃"),
        counterexamples=("今天是个好日子，村民们早早来到广场。",
                         "2024年5月1日 星期三 欢迎来到古镇的游客络绎不绝，街巷里人头攒动。",
                         "今天晴转多云 最高气温28℃", "晴天的午后，气温升到18℃～26℃。"),
        max_len=40,
    ),
    Rule(
        "editor_credit",
        # The page tools a portal prints before the credit on its line (【纠错】 【责任编辑：…】).
        r"^(?:[【\[]\s*(?:纠错|我要纠错|打印|打印本页|关闭|关闭窗口)\s*[】\]]\s*)*"
        r"[\[【（(]?\s*"
        # the outlet's name before the editor's role, as a 记者｜ byline above it has it
        # (某某新闻编辑｜某某, 某某网责任编辑：某某): a name of a news outlet's ending
        r"(?:[\u4e00-\u9fff]{2,8}?(?:新闻|网|报|社|客户端|周刊|财经)(?=(?:责任|实习|视频|新媒体)?编辑))?"
        r"(?:责任编辑|责编|本期编辑|本期责编|网站编辑|网络编辑|值班编辑|实习编辑|编辑|主编|审核|审校|"
        # the night desk's roles (值班主任：某某, 流程编辑：u008)
        r"值班主任|值班总编|值班编委|流程编辑|"
        r"校对|终审|一审|二审|三审|初审|复审|编审|美编|校审|监制|统筹|策划|制作|签发|审签|"
        r"责任校对|编辑部|新媒体编辑|视频编辑|供稿单位|供稿部门|来稿单位|供稿|撰稿|排版|美工|"
        # a media centre's production credits (出品：某某县融媒体中心, 总监制：某某)
        r"出品|联合出品|出品人|总出品人|总监制|总策划|"
        # an old CMS's data-entry clerk (文章录入：admin, 信息录入：某某)
        r"文章录入|信息录入|录入|录入员|"
        # a 公众号 post's credit to whoever sent its material in (素材来源｜某某社区)
        r"素材来源|素材提供)"
        rf"(?:{_SEP}(?!{_SPOKEN})|\s+\S{{1,4}}(?:\s+\S{{1,4}})?\s*[\]】）)]?$)"
        # the editor's code alone in brackets, the name left out (（NE0011）, (NBJ11279))
        r"|^[（(\[【]\s*_?[A-Z]{2,3}\d{4,6}\s*[)）\]】]$",
        why="CMS editor/proof-reader credit under the article body",
        examples=("责任编辑:越玥", "网站编辑:白 梦洁", "（编辑：李华）", "[责任编辑：张三]",
                  "责编 王五", "审核：李四 校对：赵六", "【纠错】 【责任编辑：钱某某】",
                  "[打印] [关闭] [责任编辑：某某]", "（供稿：王某某）", "撰稿：某某科",
                  "（本期编辑：陶某）", "排版｜某某", "编辑丨某某", "出品：某某县融媒体中心",
                  "供稿单位：某某学院", "供稿部门：某某学院  撰稿：某某",
                  "总监制：某某某", "联合出品｜某某县委宣传部", "(NE0011)", "（NBJ11279）",
                  "文章录入：admin　　责任编辑：admin", "信息录入：某某局 审核：张某",
                  "录入：李某", "值班主任：钱某", "流程编辑：u008", "素材来源｜某某社区",
                  "素材提供：某某街道综合办", "某某新闻编辑｜某某", "某某网责任编辑：某某",
                  "某某日报编辑 王某"),
        counterexamples=("她做了十年责任编辑，见过无数稿件。", "供稿单位须在月底前报送材料。",
                         "供稿部门须于每周五前报送本周新闻稿件。",
                         "出品方表示，这部纪录片将于明年春节前后在各大平台播出。",
                         "出品人某某说，拍这部片子用了整整三年。",
                         "编辑部的同事们连夜赶稿，确保报纸按时付印。",
                         "编辑：这是一个古老的职业，也是一个正在变化的职业。",
                         "编辑：您当初为什么选择这个题材？", "（2024年）", "(A1)",
                         "录入工作已于本月底前全部完成。",
                         "录入：系统将自动比对身份信息，无需重复填写。",
                         "素材来源广泛，既有老照片，也有居民口述的故事。",
                         "某某日报编辑部的同事们连夜赶稿，确保报纸按时付印。",
                         "某某新闻编辑：我们每天要处理上百条读者来信，忙但充实。",
                         "某某新闻记者｜某某"),
        max_len=60,
    ),
    Rule(
        "credit_fields",
        # no sentence before the row: a paragraph whose last sentence the row is glued to
        # (……说。编辑 某某 审核 某某) keeps its text, chrome.inline cuts the row off
        # A row that opens with the date is the metadata row (2023年7月6日 来源：… 作者：…
        # 审核：…), its label before it or not (发布日期：2025-06-03 来源：… 记者：… 剪辑：…):
        # meta.lines lifts it, source and writer with it.
        r"^(?!\s*(?:(?:发布|发表|更新|发稿)?(?:日期|时间)\s*[:：]\s*)?(?:19|20)\d{2}\s*[-年./])"
        rf"[^。！？!?]*?{_CREDITS}$"
        # The same row in brackets, alone on its line (（供稿：教导处 撰稿：李某某 审核：张某）).
        rf"|^[（(【\[]\s*{_CREDITS}[)）】\]]$"
        # the unit that sent the article in, in brackets under it (（某某街道办事处 供稿）)
        r"|^[（(](?!请)[^()（），。、；：:]{2,30}?\s*供稿[)）]$",
        why="a row of production credits (editor, proof-reader, photographer)",
        examples=("编辑 刘晓阳 校对 李铭", "某某党支部、某科供稿 摄影/张艳 编辑/苏芳",
                  "初审：王一 复审：李二 终审：赵三", "【编辑：王某 审核：李某】",
                  "（供稿：教导处 撰稿：李某某 摄影：王某 审核：张某）", "（某某街道办事处 供稿）",
                  "(某某县融媒体中心供稿)", "（本文由某某镇党委宣传办供稿）",
                  "摄像 某某某 | 剪辑 某某", "摄像：某某 剪辑：某某某 监制：某某"),
        counterexamples=("编辑部和校对组的同事们共同完成了这期特刊。",
                         "大家都很开心。”参赛选手说。编辑 孔某某 审核 甘某某",
                         "（编辑部和校对组的同事们共同完成了这期特刊）",
                         "会议由他主持。（记者 张某某 通讯员 李某）", "（请各单位于月底前供稿）",
                         "（一）做好供稿工作，按时报送信息，确保信息质量。",
                         "2023年7月6日 10时26分 来源：某某报 作者：记者 某某 "
                         "审核：某某 终审：某某",
                         "发布日期：2025-06-03 18:40 来源：某某县融媒体中心 记者：某某 某某 "
                         "剪辑：某某 编审：某某",
                         "发布时间：2024-05-06 来源：某某报 编辑：某某 审核：某某",
                         "摄像 剪辑后期都是他一个人完成的", "剪辑这段视频，他花了三天。",
                         "摄像、剪辑都由学生完成。"),
        max_len=70,
    ),
    Rule(
        "advisor_credit",
        # A student's piece credits the teacher who guided it on its own line (指导教师：某某), as
        # a school's or a paper's youth page prints it under the pupil's name: a credit, never
        # the essay's text (it had gone only when an image-sized gap stood around it).
        r"^指导(?:教师|老师)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,2}$",
        why="the teacher a student's piece credits (指导教师：某某), not article text",
        examples=("指导教师：陈某某", "指导老师 王某", "指导教师:陈某、李某某", "指導教師：陳某某"),
        counterexamples=("指导教师：要多读多写，留心观察生活。", "指导老师说这篇作文写得很真实",
                         "指导教师是学生成长路上的引路人。", "她是我的指导老师"),
        max_len=30,
    ),
    Rule(
        "photo_credit",
        # the picture over the article credited (题图来源：… 封面图片来源：…)
        r"^(?:图|摄影|摄|图片|图源|图片来源|视频|制图|设计|海报|供图|图文"
        # (a note may say the picture is the article's: 文中题图来自：…, 本文头图来源：…)
        r"|(?:文中|本文)?(?:题|头|封面)图(?:片)?(?:来源|来自)?|封面来源|视频来源|视频来自)\s*[/:：丨|｜]"
        # the same in brackets ((视频来源：某某县融媒体中心))
        r"|^[（(]\s*(?:图片来源|图片来自|视频来源|视频来自)\s*[:：]\s*[^（）()]{2,30}[)）]$"
        # the same with no colon after 来源/来自 (题图来自 某某图库, 封面图来源 某某，基于CC0协议)
        r"|^(?:文中|本文)?(?:题|头|封面)图(?:片)?(?:来源|来自)于?\s*[^\s。！？][^。！？]{0,40}$"
        r"|(?:^|\s)(?:摄影?|供图)\s*[/:：丨|｜]\s*\S{2,12}$"
        r"|^[（(][^()（）]{0,30}\s*(?:摄|供图|图)[)）]$"
        r"|^\S{0,20}(?:记者|通讯员)\s*\S{2,4}(?:\s+\S{2,4}){0,3}\s*摄$"
        # in brackets too: （文中图片由某某镇提供）
        r"|^[（(]?(?:本文|本版|文中)?(?:图片|照片|配图|视频)(?:除署名外|除注明外|除标注外|均)?.{0,24}"
        r"(?:提供|供图|拍摄)[)）]?$"
        r"|^(?:图片|照片|图文|信息|内容|文章|素材|部分图片)(?:均|部分)?(?:来自|来源于|源自|选自)"
        r"(?:网络|互联网)"
        r"|^[▲△↑]\s*(?:图片|图|视频)?(?:来自|来源|源自|为|：|:)"
        r"|^[（(]\s*(?:图为|图片为|上图|下图|左图|右图).{2,40}[)）]$"
        r"|^[\u4e00-\u9fff]{2,4}\s+摄\s+\S.{0,40}$"
        r"|^图为.{2,60}$"
        # A screenshot's caption: a noun phrase ending in 的…截图 (某报网站题为《…》的报道截图。)
        # (a quoted headline in it may hold commas)
        r"|^(?:[^，,。\s《]|《[^》]{1,60}》){4,70}的(?:报道|网页|页面|网站|新闻|视频|微博|文章|节目|直播)?"
        r"截图[。.]?$"
        # (资料片 is a game's expansion or a documentary in a headline, no credit)
        r"|[。\s](?:[^\s。，]{2,12}\s*)?(?:供图|资料图|视频截图|截图|资料(?!片))(?:\s*\S{2,6})?$"
        # A caption and, after it, where the picture came from (…投入使用。 图片来源：某某区住建委)
        r"|[。\s](?:图片来源|图片来自|图源|摄影)\s*[:：/]\s*[^\s，。；]{2,20}$"
        # the same in brackets (…庆祝胜利。（图片来源：某某图库）)
        r"|。\s*[（(](?:图片来源|图片来自|图源)\s*[:：/]\s*[^\s，。；（）()]{2,20}[)）]$"
        # or who took or gave it (…巢口进出。（图片由作者拍摄）, …。（照片由某某镇提供）): a
        # caption's one sentence of a clause or two; a paragraph of more keeps its text and
        # loses the credit alone (inline trailing_photo_credit)
        r"|^[^，,。！？]*(?:[，,][^，,。！？]*)?。\s*[（(](?:图片|照片|配图)(?:均)?由[^\s，。；（）()]{1,16}"
        r"(?:拍摄|提供)[)）]$"
        r"|[\s（(][^\s（()）]{2,12}\s*(?<!拍)摄[)）]?$"
        # the photographer right after the caption's stop, a space before 摄 (…听取意见。某某 摄)
        r"|。[^\s（()）。，,]{2,12}(?:\s+[^\s（()）。，,]{2,4}){0,2}\s+摄$"
        r"|^(?:资料图|资料图片|示意图|配图|效果图|网络图片|图源网络)$"
        r"|^[▲△]\S.{0,40}摄$",
        why="photo or video credit line, not article text",
        examples=("图/记者 朱志强", "巴南城区 摄/冯亚宏", "（记者 张三 摄）", "图片来源：网络",
                  "新华社记者 李四 摄", "图片除署名外由某某区委宣传部提供", "图片均来自网络",
                  "图为某某活动启动仪式。（某某摄）", "某某纸团。某某分局供图 某某网",
                  "赛后，球员们庆祝胜利。（图片来源：某某图库）",
                  "共享单车。某某图片 资料", "比赛现场。视频截图", "资料图", "▲图片来自视频截图。",
                  "（图为会议现场）", "何某某 摄 改造后的口袋公园",
                  "英国《某某报》网站题为《某某城市再次充满欢声笑语》的报道截图。",
                  "美国《某某时报》网站题为《某某启动黄金周，提振旅游业》的报道截图。",
                  "▲某某日报全媒体图片记者张某、李某摄",
                  "某某小区加装的电梯已投入使用。 图片来源：某某区住建委",
                  "村民在田间查看秧苗长势 图源：某某县融媒体中心", "（文中图片由某某镇提供）",
                  "题图来源：某某图库", "题图：某某公园一角", "头图来源：某某摄影",
                  "题图来自 某某图库", "封面图来源 Unsplash，基于CC0协议",
                  "文中题图来自：某某图库", "本文头图来源：某某摄影",
                  "视频来源：某某广播电视台", "（视频来源：某某县融媒体中心）",
                  "封面图片来源：某某网", "局长（右）在小区改造现场听取居民意见。某某某 摄",
                  "志愿者为老人测量血压。通讯员 王某 摄",
                  "雨燕在古塔檐下的巢口进出。（图片由作者拍摄）",
                  "村民在田间查看秧苗长势。（照片由某某镇提供）",
                  "11月30日，消防员在现场搜救。（图片由某某支队提供）"),
        counterexamples=("摄影师走遍大山，记录下乡村的变化。", "图书馆新馆今天正式开放。",
                         "某某手游年底公测 全新资料片同日上线",
                         "这部电影在云南拍摄", "他翻出一张发黄的资料，仔细地读了起来。",
                         "他展示了一张聊天记录截图。", "网友晒出的截图显示，该店铺已下架。",
                         "他说，这是《某某报》的网页截图。",
                         "记者核实了图片来源：均为当事人当晚拍摄。",
                         "他说，摄影：是他一辈子的爱好。", "数据来源于国家统计局。",
                         "题图来源于他多年前的一次旅行。", "文中题图来自他多年前的一次旅行。",
                         "（照片由他的家人拍摄于上世纪八十年代，记录了老街当年的样子）",
                         "记者来到现场。工人们正在拍摄", "会议结束。大家合影留念 摄影爱好者",
                         "展览开幕。（图片由他本人拍摄于1985年，首次公开展出）",
                         "部门提醒，冬季用电负荷大，居民切勿在楼道堆放杂物。（图片由某某支队提供）"),
        max_len=60,
    ),
    Rule(
        "doubled_caption",
        # (see _DOUBLED_CAPTION: what a line said twice in a row is, and is not)
        _DOUBLED_CAPTION,
        why="a photo caption printed twice on one line (the image's alt text and its caption)",
        examples=("加拿大大叔某某 （视频截图） 加拿大大叔某某 （视频截图）",
                  "BBC报道截图BBC报道截图",
                  "2019年10月15日，沈阳，在公园晨练的老年人。（视觉中国）2019年10月15日，沈阳，"
                  "在公园晨练的老年人。（视觉中国）",
                  "市民在菜地里采摘蔬菜。记者 某某 摄市民在菜地里采摘蔬菜。记者 某某 摄"),
        counterexamples=("加油！加油！", "好好学习好好学习", "冲冲冲冲冲冲冲冲冲冲冲冲",
                         "他说：“我们一定能赢，一定能赢。”", "中国女排必胜！中国女排必胜！",
                         "安全第一，预防为主！安全第一，预防为主！", "我爱这片土地 我爱这片土地",
                         "“回家了！”“回家了！”"),
        max_len=300,
        precheck=said_twice,
    ),
    Rule(
        "photo_notice",
        rf"^{PHOTO_NOTICE}[。.]?$",
        why="the page's notice of who took its photos; a credit, whatever its length",
        examples=("本文图片除特别标注外，均为某某新闻记者某某 图", "图片由某某区委宣传部提供",
                  "本文所有照片均为某某某某某某某某某某某某某某某某记者 某某 摄。"),
        counterexamples=("照片由他亲自拍摄，记录了村子三十年的变化。",
                         "图片为我们展示了一幅壮丽的山水图", "图片来自网友的分享让很多人感动。"),
    ),
    Rule(
        "copyright_notice",
        # Case variants spelt out: (?i:...) would make the regex engine give up its fast
        # literal scan, and this rule is tried on every line of every page.
        # 版权所有者 (the owner of a copyright) is prose
        # 版权所有的剧本 is an attribute in a sentence; the site's own (本站版权所有的内容) is not
        r"版权所有(?!者|人|的)|(?:本网|本站)[^。]{0,30}版权所有|[Cc]opyright|COPYRIGHT|©|"
        r"[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED|"
        r"(?<![A-Za-z])ICP\s*[备证]|ICP\d|公网安备|"
        # a government site's code alone on its line (网站标识码：4400000001)
        r"^网站标识码\s*[:：]?\s*[A-Za-z0-9]{6,}$|"
        r"增值电信业务经营许可证|互联网新闻信息服务许可证|信息网络传播视听节目许可证|"
        r"广播电视节目制作经营许可证|违法和不良信息举报|网络传播视听|[Pp]owered\s*[Bb]y|POWERED BY|"
        # the site's claim on what it prints (凡注明“来源：某某网”的…, 本网站…版权均属…)
        r"凡(?:本网|本站)?注明\s*[“\"「]?\s*(?:来源|稿源)|(?:本网|本站)[^。]{0,30}版权(?:均|皆)?(?:归|属)|"
        # a blog theme's licence box (本博客所有文章除特别声明外，均采用 CC BY-NC-SA 4.0 许可协议)
        # and its credit to the blog engine (由 Hexo & NexT.Gemini 强力驱动)
        r"(?:本博客|本站|本网站|博客)所有文章除特别声明外|"
        r"^(?:本站|本博客|本网站)?由\s*[A-Za-z][\w .&+-]{2,40}?\s*强力驱动$",
        why="copyright, licence and ICP/police registration footer",
        examples=("版权所有 违者必究 Copyright © 2016-2026 京ICP备15005404号-4",
                  "网站标识码：4400000001",
                  "©2024 Powered By 某某 - 网站地图", "京公网安备 11010502043907号",
                  "粤ICP备16057936号-4",
                  "互联网新闻信息服务许可证10120190005 违法和不良信息举报电话: 010-65367114",
                  "本网站所有内容，凡注明“来源：某某网”的，版权均属某某网所有。",
                  "凡本网注明“来源：某某网”的所有作品，版权均属于某某网，未经授权不得转载。",
                  "本网站版权所有的作品，未经授权不得转载。",
                  "版权声明： 本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。",
                  "由 Hexo & NexT.Gemini 强力驱动", "本站由 Halo 强力驱动"),
        counterexamples=("法院审理查明，该书版权所有者为某某出版社，被告未经许可擅自印刷。",
                         "法院审理认为，被告侵犯了原告对该作品的著作权，应当赔偿损失并公开道歉，"
                         "判决书同时要求平台在七日内下架侵权作品，并在显著位置刊登声明。",
                         "法院审理认为，该作品版权归原告所有。",
                         "该剧院版权所有的剧本已被翻译成六种语言。",
                         "这款新车由电机强力驱动，百公里加速不到四秒。",
                         "由 AI 驱动的客服系统已在全市政务大厅上线。"),
        max_len=400,
    ),
    Rule(
        "spoiler_notice",
        # A review site's warning over a review (这篇影评可能有剧透, 剧透预警): a label the site
        # prints, which the header's parser would read as the source beside the date.
        r"^[【\[]?(?:这篇|本篇|本文|该)?(?:影评|书评|剧评|乐评|评论|文章|回答)?(?:可能|或将)?(?:有|含有|包含)"
        r"剧透[！!。]?[】\]]?$|^[【\[]?剧透(?:预警|警告|提醒)[】\]]?[！!。]?$",
        why="a review site's spoiler warning over the review, not article text",
        examples=("这篇影评可能有剧透", "本文含有剧透", "【剧透预警】", "这篇书评可能有剧透"),
        counterexamples=("这篇影评可能有剧透，但作者写得很克制。", "导演在采访中拒绝剧透结局。"),
        max_len=20,
    ),
    Rule(
        "game_health_advice",
        # The advice every game site prints in its footer (健康游戏忠告：抵制不良游戏，拒绝盗版
        # 游戏。…): five fixed sentences with their stops, which would read as the text's last
        # paragraph and keep the page's rails above it as the article's.
        r"^(?:[【\[]?健康游戏忠告[】\]]?\s*[:：]?\s*)?抵制不良游戏\s*[，,]\s*拒绝盗版游戏"
        r"|^[【\[]?健康游戏忠告[】\]]?\s*[:：]?$",
        why="the health advice a game site prints in its footer, not article text",
        examples=("抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。"
                  "合理安排时间，享受健康生活。",
                  "健康游戏忠告：抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防上当受骗。",
                  "【健康游戏忠告】"),
        counterexamples=("专家提醒，家长要引导孩子抵制不良游戏，合理安排上网时间。",
                         "健康游戏忠告被印在每一款游戏的启动画面上，但很少有人细读。"),
        max_len=120,
    ),
    Rule(
        "disclaimer",
        r"^[【\[]?\s*(?:免责声明|特别声明|版权声明|平台声明|声明)\s*[】\]]?\s*[:：]?\s*"
        r"(?=.*(?:本文|以上内容|本站|本网|本平台|观点|立场|仅供参考|版权|作者))"
        # a portal's note on the links and codes in its articles (广告声明：文内含有的对外跳转链接…)
        r"|^[【\[]?\s*广告声明\s*[】\]]?\s*[:：]\s*(?=.*(?:链接|二维码|跳转|口令))"
        r"|^(?i:notice)\s*:.*(?:uploaded|posted) by (?:a |the )?user"
        # a portal's note on what it reposts, its own name before 声明 (某某声明：此消息系转载自
        # 某某合作媒体，某某网登载此文出于传递更多信息之目的，并不意味着赞同其观点……)
        r"|^[\u4e00-\u9fffA-Za-z]{2,8}声明\s*[:：]\s*(?=.*(?:此消息系转载|合作媒体|登载此文|"
        r"不意味着赞同|仅代表作者|仅提供信息存储))"
        # the heading of a financial site's risk warning, alone on its line
        r"|^(?:风险提示|免责(?:声明|条款))(?:及(?:免责(?:声明|条款)|风险提示))?\s*[:：]?$"
        # a platform's disclaimer heading printed on its own line over the note (特别声明)
        r"|^[【\[]?\s*(?:特别声明|版权声明|平台声明)\s*[】\]]?\s*[:：]?$"
        # the site's note with no heading (本网站所载内容仅供参考，……本网站对转载信息的真实性
        # 不承担责任): the site speaks of what it carries
        r"|^本(?:网站|站|网)(?:所载|发布|刊载|登载)的?(?:内容|信息|文章)仅供参考[，,。]"
        r"(?=.*(?:不承担|不负)[^。]{0,8}责任)"
        # or that its copy gives way to the document it carries (温馨提示：本网发布的公告信息以
        # 招标文件为准，如有疑问请…): the site speaks of what it publishes
        r"|^(?:(?:温馨|特别)?提示\s*[:：]\s*)?本(?:网站|站|网|平台)(?:所载|发布|刊登|刊载|登载)的?"
        r"[^。，,]{0,10}(?:信息|内容|公告|文章)[^。，,]{0,4}以[^。，,]{2,20}为准"
        # a broker's note on its research report, no heading (本报告由某某证券研究所制作，仅供
        # 本公司客户使用。……不构成对任何人的投资建议): the firm speaks of what it issues
        r"|^本报告(?:由[^。，,]{2,30}(?:制作|编写|撰写|发布)[，,])?仅供[^。]{0,12}(?:使用|参考)"
        r"[，,。](?=.*(?:不构成[^。]{0,12}(?:投资建议|要约)|不作任何(?:保证|承诺)))",
        why="the site's disclaimer under the article (views, liability, user uploads)",
        examples=("【免责声明】本文仅代表作者本人观点，与本网无关。",
                  "免责声明：本文来自某某客户端自媒体，不代表某某网的观点和立场。",
                  "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布",
                  "Notice: The content above is uploaded and posted by a user of the platform",
                  "风险提示及免责条款", "免责声明：",
                  "平台声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。",
                  "广告声明：文中的对外跳转链接（含二维码、口令）用于传递更多信息，结果仅作参考。",
                  "特别声明", "【版权声明】",
                  "某某声明：此消息系转载自某某合作媒体，某某网登载此文出于传递更多信息之目的，"
                  "并不意味着赞同其观点或证实其描述。",
                  "本网站所载内容仅供参考，具体政策以正式发布的文件为准。本网站对转载信息的真实性"
                  "不承担责任，如有疑问请与信息来源单位联系。",
                  "本报告由某某证券股份有限公司研究所制作，仅供本公司客户使用。本报告中的信息或所"
                  "表述的意见并不构成对任何人的投资建议。",
                  "本报告仅供参考，不构成任何投资建议。",
                  "温馨提示：本网发布的公告信息以招标文件为准，如有疑问请与采购人或代理机构联系。",
                  "本站发布的信息以正式文件为准。"),
        counterexamples=("声明发布后，公司股价应声上涨，多家机构随即调高了评级。",
                         "广告声明：该公司发布的广告违反了广告法，被处以罚款。",
                         "双方发表联合声明：将在本文件签署后三十日内启动谈判。",
                         "特别声明的事项", "公司发布特别声明",
                         "外交部声明：日方的行为严重违反国际法，中方坚决反对。",
                         "该公司声明：网传消息系转载自境外网站，纯属捏造。",
                         "本网站所载内容仅供参考，具体以各区公布的名单为准。",
                         "本报告由市统计局编写，仅供各部门参考使用。",
                         "本报告仅供参考。报告显示，今年全市居民人均可支配收入增长5.2%。",
                         "本网发布的公告信息显示，今年共有12个项目以公开招标方式采购。",
                         "中标结果以评标委员会的评审结论为准，本网发布的信息将同步更新。"),
        max_len=400,
    ),
    Rule(
        "cache_banner",
        # A search engine's cached copy saved as text opens with its banner: whose copy of which
        # address it is and when it was taken, that the page may have changed since, the links
        # to the text-only copy, which search words are highlighted, and that the engine is not
        # the page's author. The copied page follows with its own chrome.
        r"^这是\s*\S{1,16}\s*对\s*(?:https?://|www\.)\S+\s*的(?:快照|缓存)"
        r"|^(?:这是)?该网页在\s*\d{4}\s*年.{0,30}的快照"
        r"|^当前页在此期间可能已经更改[。.]?\s*(?:了解详情)?$"
        r"|^(?:完整版本\s*)?纯文字版本(?:\s*查看源代码)?$"
        r"|^(?:提示\s*[:：]\s*)?您(?:搜索|查询)的关键词已被?(?:高亮)?标出"
        r"|^提示\s*[:：]\s*要在此页面上快速找到您的搜索字词"
        r"|^\S{1,16}和网页\s*(?:https?://|www\.)\S+\s*的作者无关[，,]\s*不对其内容负责[。.]?$",
        why="a search engine's banner over its cached copy of the page",
        examples=("这是 某某 对 http://www.example.com/a.htm 的快照，是该网页在 "
                  "2024年9月20日 03:16:42 的快照。当前页在此期间可能已经更改。 了解详情",
                  "这是 Google 对 http://www.example.com/a.htm 的缓存。",
                  "这是该网页在 2024年9月20日 03:16:42 GMT 的快照。",
                  "当前页在此期间可能已经更改。 了解详情", "纯文字版本",
                  "完整版本 纯文字版本 查看源代码",
                  "提示：您搜索的关键词已被高亮标出： 稻田 养鱼",
                  "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），"
                  "然后使用查找栏搜索。",
                  "某某和网页 http://www.example.com/a.htm 的作者无关，不对其内容负责。"),
        counterexamples=("这是记者对这座古镇的第三次探访。",
                         "这是他对家乡的记忆，也是一座城市的快照。",
                         "该网页在2023年已经停止更新，相关信息请以官方发布为准。",
                         "纯文字版本的说明书更适合视力不好的老人阅读。",
                         "当前页面在此期间可能已经更改的提示，是很多用户忽略的信息。"),
        max_len=200,
    ),
    Rule(
        "reader_view",
        # A browser's reader view saved as text: the line linking the page it was made from and
        # the mode's own note and link at its foot. The article between them is the page's.
        r"^原(?:网页|网址|文链接)\s*[:：]\s*(?:https?://|www\.)\S+$"
        r"|^本(?:文|页)由\S{0,8}阅读(?:模式|视图)生成(?:[，,。.]|$)"
        r"|^在原(?:网页|页面)中?查看$",
        why="a browser's reader view: its link to the original page and its own note",
        examples=("原网页：https://www.example.cn/news/2025-12/02/content_1.html",
                  "原文链接: http://example.com/a.htm",
                  "本文由浏览器阅读模式生成，排版与原网页可能不同", "在原网页中查看"),
        counterexamples=("原网页已经删除，记者通过存档找到了这篇文章。",
                         "本文由阅读模式生成的说法并不准确，编辑部逐字校对过全文。",
                         "在原网页查看不到的数据，可以到统计局网站下载。"),
        max_len=200,
    ),
    Rule(
        "saved_by_tool",
        # What a clipper, a scraper or a reader app writes about the saving, not the article:
        # the day it was clipped (剪藏时间：…), the page's address under a scraper's own label,
        # the scraper's label over the body (正文：), a reader app's read time and its link
        # back to the original (its English UI too).
        r"^(?:剪藏|收藏|保存|抓取|采集|摘录)(?:时间|日期|于)\s*[:：]?\s*\d{4}\s*[-/.年]\S*"
        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
        r"|^(?i:clipped|saved|retrieved|captured)(?:\s+(?:on|at))?\s*:?\s*\d{4}[-/.]\S*"
        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
        r"|^(?:链接|网页链接|来源链接|原始链接|原始网址|原始地址|(?i:url|source url|link))"
        r"\s*[:：]\s*(?:https?://|www\.)[^\s\u3000-\u9fff\uff00-\uffef]+$"
        r"|^(?:正文|正文内容)\s*[:：]$"
        r"|^(?:\S+\.[a-z]{2,}\s*[·•|]\s*)?\d{1,3}\s*(?i:min(?:ute)?s?)\s+(?i:read)$"
        r"|^(?i:view (?:the )?original|read original|open original|read on original site)$",
        why="a clipper's, scraper's or reader app's own note on the saving: clip time, the "
            "page's address, its body label, read time, link back to the original",
        examples=("剪藏时间: 2025-06-02 08:00", "剪藏于 2025/06/02",
                  "抓取时间：2025-06-02 08:00:31", "Clipped on 2025-06-02", "链接：https://www.example.com/a/1.html",
                  "URL: http://www.example.gov.cn/a/t20250601_1.html", "正文：",
                  "www.example.com · 3 min read", "5 min read", "View Original"),
        counterexamples=("剪藏时间久了，很多笔记都找不到了。", "报名链接：https://www.example.com/a",
                         "链接：https://www.example.com/a 为活动报名页面。", "正文：略",
                         "正文内容请见附件。", "5 min read is enough for this article.",
                         "收藏时间最长的一件文物已有三百年历史。"),
        max_len=200,
    ),
    Rule(
        "ai_summary",
        # A portal's machine summary over the article: its label and its note that a model wrote
        # it. The article does not say that of itself. The box's buttons may print beside the
        # label (AI朗读, 收起).
        r"^(?:(?i:AI)\s*(?:摘要|总结|划重点|速览|导读|看点)|智能(?:摘要|总结|导读))\s*[:：]?"
        r"(?:\s*(?:(?i:AI)\s*)?(?:朗读|听全文|语音播报|收听)|\s*(?:展开|收起))?$"
        r"|^(?:以上|本)?(?:内容|摘要|总结)?由\s*(?i:AI)\s*(?:生成|总结|提炼|整理)[，,]?\s*"
        r"仅供参考[。.]?$",
        why="a portal's AI-written summary box: its label and its note",
        examples=("AI摘要", "AI 划重点", "智能摘要：", "AI摘要AI朗读", "智能摘要 收起",
                  "以上内容由AI生成，仅供参考",
                  "摘要由AI生成，仅供参考。"),
        counterexamples=("AI摘要工具正在改变记者的工作方式。",
                         "以上内容由AI生成的说法被平台否认，稿件由记者采写。",
                         "智能摘要功能上线后，用户阅读时长增加了三成。",
                         "AI朗读功能上线后，视障读者也能听新闻。"),
        max_len=40,
    ),
    Rule(
        "platform_label",
        # The labels a content platform makes an author tick and prints under the byline or at
        # the end (作者声明：个人观点，仅供参考 / 本文由AI辅助生成 / 该内容含虚构情节): the
        # platform's tag on the post, never a sentence of it.
        r"^(?:作者|创作)声明\s*[:：]\s*(?:个人观点|内容(?:由|取材|来源|来自|含)|包含|含有?|"
        r"(?:取材|来源)于?网络|虚构)[^。！？]{0,16}[。.]?$"
        r"|^(?:本文|本内容|该内容|此内容|内容)(?:由|系|包?含有?|使用了?)\s*(?i:AI|人工智能)"
        r"\s*(?:辅助)?(?:生成|创作|合成|撰写)(?:的?(?:内容|图片|图像))?[。.]?$"
        r"|^(?:本文|本内容|该内容|此内容|内容)(?:包?含有?|涉及)虚构(?:情节|创作|内容)"
        r"(?:[，,][^。！？]{0,12})?[。.]?$",
        why="a content platform's mandated label on the post (author's statement, AI-made, "
            "fiction)",
        examples=("作者声明：个人观点，仅供参考", "作者声明：内容由AI生成",
                  "创作声明：包含虚构创作", "作者声明：内容取材网络", "本文由AI辅助生成",
                  "内容由AI辅助创作。",
                  "该内容含虚构情节", "本文包含AI生成内容", "该内容含虚构情节，请理性看待"),
        counterexamples=("作者声明发布后，出版社撤回了这本书。",
                         "本文由AI辅助生成的说法并不准确，稿件由记者采写。",
                         "该内容含虚构情节，却被不少网友当成了真事转发，平台已作出处理。",
                         "作者声明：本人从未授权任何机构出版这部小说的续集，也未收取任何费用。"),
        max_len=40,
    ),
    Rule(
        "newsletter_chrome",
        # A newsletter's web version: the mail's note that this copy is its web page, and its
        # unsubscribe row.
        r"^(?:如果)?(?:本|这封|此)?邮件(?:无法|不能)正常显示[，,]?\s*请点击(?:这里|此处)?查看"
        r"(?:网页版|在线版|网页版本)[。.]?$"
        r"|^(?:退订|取消订阅)(?:\s*[|｜]\s*(?:管理订阅|订阅设置|更改订阅))+$"
        r"|^(?:你|您)(?:之所以)?收到(?:这封|此|本)邮件[，,]?\s*(?:是)?因为(?:你|您)\S{0,6}订阅了",
        why="a newsletter's web-version note, why the reader got it, and its unsubscribe row",
        examples=("如果邮件无法正常显示，请点击这里查看网页版",
                  "邮件不能正常显示，请点击此处查看在线版。", "退订 | 管理订阅",
                  "你收到这封邮件，是因为你订阅了某某周刊。",
                  "您收到此邮件因为您曾经订阅了我们的资讯"),
        counterexamples=("如果邮件无法正常显示，很多老人就看不到社区的通知。",
                         "退订的手续并不复杂，用户可以在营业厅办理。",
                         "你收到这封邮件时，我已经到了南方。"),
        max_len=60,
    ),
    Rule(
        "translate_widget",
        # A browser's or a site's translation box saved with a translated page: its name and
        # its ask for a better translation, alone on their lines.
        r"^(?:(?i:google)|谷歌|百度|有道|必应)\s*翻译$|^(?:提供|建议)更好的翻译(?:建议)?$"
        r"|^(?:评价|改进)(?:此|这个)?翻译$",
        why="a translation box's name and buttons (Google 翻译, 提供更好的翻译建议)",
        examples=("Google 翻译", "提供更好的翻译建议", "谷歌翻译"),
        counterexamples=("Google 翻译的质量近年来提高很快。", "他为这本书提供了更好的翻译。"),
        max_len=20,
    ),
    Rule(
        "subscribe_box",
        # A blog's or a newsletter platform's box asking for the reader's e-mail, saved as
        # text: its pitch (新文章第一时间发送到你的邮箱, 成为免费或付费订阅者, 读者支持的出版物),
        # its button's waiting label, the form's answers (请查收邮件完成订阅, 请输入有效的邮箱地址)
        # and the feed's button row (RSS 订阅). Each names the mailbox or the subscription.
        r"^(?:新|最新)?(?:文章|内容|更新|推送)\S{0,8}(?:发送|推送|送达)(?:到|至)(?:你|您)的"
        r"(?:邮箱|信箱|收件箱)"
        r"|^(?:\S{1,8}[!！。]\s*)?请(?:查收|检查)(?:你的|您的)?(?:邮件|邮箱|收件箱)"
        r"(?:以|并)?(?:完成|确认)(?:订阅|注册)[!！。]?$"
        r"|^请输入(?:一个)?(?:有效|正确)的(?:电子)?(?:邮箱|邮件)(?:地址)?[!！。]?$"
        # the form's field with its button beside it (請輸入您的Email　立即訂閱)
        r"|^请输入(?:您的|你的)?\s*(?:电子邮件|电子邮箱|邮箱|信箱|(?i:e-?mail))(?:地址)?\s*"
        r"(?:(?:立即|马上|免费)?订阅|送出|提交|确定)?$"
        r"|^订阅(?:请稍候|中)[.。…]*$|^(?i:RSS)\s*订阅$|^订阅\s*(?i:RSS)$"
        r"|\S{1,16}是(?:一份|一个)?读者支持的(?:出版物|刊物)[。，,]"
        r"|成为(?:免费|付费)(?:或|和)?(?:免费|付费)?订阅者[。!！]?$"
        # the form's consent line under its button (訂閱即表示同意本站隱私權政策)
        r"|^(?:订阅|注册|送出|提交)即(?:表示|代表|视为)(?:您|你)?(?:已)?(?:阅读并)?同意"
        r"\S{0,12}(?:隐私权?政策|隐私条款|服务条款|使用条款|条款)[。.]?$",
        why="a newsletter's subscribe box: its pitch, its e-mail form's prompts and answers",
        examples=("新文章第一时间发送到你的邮箱，随时可以退订。", "订阅请稍候",
                  "太好了！ 请查收邮件完成订阅。", "请输入有效的邮箱地址！", "RSS 订阅",
                  "某某通讯是读者支持的出版物。想收到新文章并支持我的写作，请考虑成为免费或付费订阅者。",
                  "最新文章将推送到您的邮箱", "请输入您的Email 立即订阅",
                  "請輸入您的Email　立即訂閱", "请输入电子邮件地址", "訂閱即表示同意本站隱私權政策",
                  "订阅即代表您同意我们的服务条款与隐私政策。"),
        counterexamples=("订阅", "他说新文章会发送到你的邮箱，结果一封也没收到，我们才发现被骗了。",
                         "请查收邮件中的附件。", "本报是读者支持的媒体，也是一家百年老店。",
                         "平台鼓励读者成为付费订阅者的做法引发了争议，不少用户表示不满。",
                         "请输入邮箱地址后点击确认，系统会发送验证码。",
                         "請輸入您的電子郵件地址以便我們回覆。",
                         "订阅即表示同意平台的全部条款，这种做法引发了消费者的不满。"),
        max_len=80,
    ),
    Rule(
        "comment_widget",
        r"^(?:\d[\d,]*\s*条评论\s*[|｜]?\s*\d[\d,]*\s*人参与(?:网友评论)?"
        r"|\d[\d,]*\s*人参与\s*\d[\d,]*\s*(?:条)?评论"
        r"|(?:更多精彩评论|查看全部\s*\d*\s*条评论|查看更多评论|登录并发贴|发表评论)\s*[>》]*"
        r"|网友评论仅供其?表达个人看法.*"
        # an old CMS template's line over its comment box (网友评论：（只显示最新10条。评论内容
        # 只代表网友观点，与本站立场无关！）)
        r"|(?:网友评论\s*[:：]\s*)?[（(]\s*只显示最新\s*\d+\s*条[^）)]{0,40}[)）]"
        r"|只显示最新\s*\d+\s*条[。.，,]\s*评论内容.{0,30}"
        r"|评论内容只?代表网友(?:个人)?观点[，,]\s*与本站立场无关[！!。]?"
        # a CMS template's notice over its comment box (请自觉遵守互联网相关的政策法规，严禁
        # 发布色情、暴力、反动的言论。评价：好评 差评)
        r"|请自觉遵守互联网相关的?政策法规[，,].{0,40}"
        # the empty box's words and its etiquette line (暂无评论, 快来抢沙发, 请文明上网，理性发言)
        r"|(?:暂无|还没有|没有)(?:人|任何)?(?:评论|留言)[^。]{0,12}|[^。]{0,12}(?:快来)?抢沙发[!！吧]?"
        # the box's own label (文章评论); 网友评论 may head the article's quotes of netizens
        r"|请?文明上网[，,]\s*理性发言[。!！]?|文章评论|文章留言"
        # a message board's posting notice (请文明留言，所留内容须真实有效，……不予公开。)
        r"|请文明(?:留言|发言|评论|提问)[，,；;][^。！!]{4,50}[。!！]?"
        # the count heading a Q&A page's answers or a post's replies (共 3 个回答, 全部回答（5）)
        r"|(?:共有?|全部)?\s*\d[\d,]*\s*(?:个|条)\s*(?:回答|答案|评论|回复|留言)"
        r"|(?:全部|其他|更多)(?:回答|答案|评论|回复|留言)\s*[（(]\s*\d[\d,]*\s*[)）]"
        # a portal's 跟贴 counters (跟贴 26 条  参与 318 人, 某某跟贴(26))
        r"|跟[贴帖]\s*\d[\d,]*\s*条?\s*参与\s*\d[\d,]*\s*人?"
        r"|[\u4e00-\u9fff]{0,4}跟[贴帖]\s*[（(]\s*\d[\d,]*\s*[)）])$",
        why="the comment box's counters and links (评论 counts, 更多精彩评论>>), not text",
        examples=("0条评论|0人参与网友评论", "1032人参与308评论", "更多精彩评论>>",
                  "查看全部258条评论 >", "网友评论仅供其表达个人看法，并不表明本网立场。",
                  "共 3 个回答", "236 个回答", "共有12条回复", "全部回答（5）", "其他答案(2)",
                  "请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。"
                  "评价：好评 差评",
                  "暂无评论", "还没有人评论，快来抢沙发吧", "请文明上网，理性发言", "文章评论",
                  "跟贴 26 条  参与 318 人", "跟贴 26 参与 318", "某某跟贴(26)",
                  "网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）",
                  "评论内容只代表网友观点，与本站立场无关！", "没有任何评论",
                  "请文明留言，所留内容须真实有效，涉及个人隐私的内容将不予公开。",
                  "请文明發言，理性表達訴求"),
        counterexamples=("截至目前，已有1032人参与评论，多数网友表示支持。",
                         "共收到3个回答，均已转交相关部门办理。", "全部回答正确的同学可获得奖品。",
                         "他提醒网民请自觉遵守互联网相关政策法规。", "网友评论",
                         "跟帖26条，参与讨论的网友超过三百人。",
                         "只显示最新10条数据还不够，他说，要看全年的走势。",
                         "没有任何评论能改变这个事实。",
                         "他呼吁网友请文明留言，理性表达诉求，不要传播未经证实的消息。",
                         "请文明留言成为社区的共识。"),
        max_len=60,
    ),
    Rule(
        "reprint_notice",
        # The forbidden act must be reprinting: rules on using personal data also say 未经同意不得.
        # A notice of these three kinds is the line: no sentence ends before it, no clause
        # goes on after it. A sentence that quotes one (他说，很多网站写着“转载请注明出处”，
        # 但……) is text, and a notice glued after the last sentence is chrome.inline's to cut.
        r"^[^。！？!?]{0,40}?(?:"
        r"未经.{0,8}(?:许可|授权|同意|允许).{0,12}(?:不得|禁止|严禁|谢绝).{0,8}?"
        r"(?:转载|转贴|摘编|复制|镜像|刊登|刊发|转发|传播|下载)|(?:转载|转发|转贴)请注明|"
        # the ban ends the clause or names the site's own content (禁止转载, 严禁复制本站内容): a
        # sentence about the law goes on with what may not be copied (禁止转载他人作品)
        r"(?:谢绝|禁止|严禁|不得)(?:任何)?(?:形式)?(?:转载|复制|镜像)"
        r"(?=$|[。，,；;！!、）)\s或和及]|本))[^。！？!?，,；;]{0,60}"
        # the threat that closes such a notice (，否则将追究法律责任, ，违者必究), or whom to ask
        # (，如需转载请联系 and an address)
        r"(?:[，,；;]\s*(?:否则|违者|侵权必究|如需(?:转载|授权))[^。！？!?]{0,40})?[。！!]?$|"
        r"(?:^|[，,。]\s*)(?:如需)?(?:转载|转发|开白)请(?:联系|后台联系|私信)[^。，,]{0,10}$|"
        # (a platform's: 仅代表该作者或机构观点)
        r"仅代表(?:该)?作者(?:或机构)?(?:个人)?(?:观点|立场)|不代表本(?:站|网|平台|报|号)|"
        # a platform's note under a contributor's post (该文观点仅代表作者本人，某某平台仅提供
        # 信息存储空间服务。): the views clause, or the storage clause closing the line
        r"观点仅代表作者(?:本人|个人)?(?=$|[，,。；;])|仅提供信息存储(?:空间)?服务[。.]?$|"
        # (a tech site's starred note under the article: *文章为作者独立观点，不代表某某立场)
        r"^(?:[*＊※]\s*)?(?:本|该)?(?:文|内容|文章)仅?(?:为|系|属|代表)作者(?:个人|独立)?(?:观点|看法)|"
        r"如(?:有|不慎|涉及|若)?.{0,12}侵(?:权|犯).{0,30}(?:删除|联系)|"
        r"来源于互联网|版权归(?:原)?作者|本站(?:部分)?(?:内容|文章|信息)(?:来源|均来自)|"
        # (a digest site's note on a reprint: 本文系转载，不代表某某网的观点。某某网对其文字……
        # 均不作任何保证和承诺，请读者和相关方自行核实。)
        r"^[（(]?\s*本文(?:系|为|属)?(?:经[^，。,]{0,8}?授权)?(?:转载|转自|来源|来自(?:微信)?公众号)|"
        # (a finance page's 风险提示: 所涉标的不作推荐，据此买卖，风险自负)
        r"不构成(?:任何|实质性|个人)?(?:的)?投资建议|据此(?:操作|投资|买卖|交易)[，,]?\s*(?:风险|责任)自(?:担|负)|"
        # a site's exclusive notice (文章内容纯属作者个人观点，不代表平台观点)
        r"纯属作者(?:个人)?(?:观点|立场)|"
        # a portal's labelled disclaimer (郑重声明：本网发布此信息的目的在于传播更多信息…)
        r"^[【\[]?(?:郑重声明|免责声明|免责条款)[】\]]?\s*[:：]|"
        # the site's claim to the piece, its reprint clause maybe cut already (本文由「某某」
        # 原创出品，转载请联系授权。)
        r"^[（(]?本文(?:由|为|系)[^。，,！？]{1,20}原创(?:出品|首发|稿件|内容|文章)?(?=$|[，,。；;）)])|"
        # a Q&A site's line under every answer (著作权归作者所有。商业转载请联系作者获得授权，…)
        r"^著作权归(?:原)?作者(?:本人)?所有(?=$|[。，,；;])|"
        # a site's word on what it prints and who to tell about rights (本网站所刊登的信息，
        # 仅供参考; 如涉及作品内容、版权和其它问题，请…与本网联系)
        # (本网站所刊载信息，不代表某某网观点: whose views they are not)
        r"^本(?:网站|网|站)所?(?:刊登|刊载|发布|转载|登载)的?[^。！？]{0,10}(?:信息|内容|文章)[，,]?\s*"
        r"(?:仅供参考(?!的)|不代表)|"
        r"如涉及作品内容、?版权(?:和|或|及)其[它他]问题(?=[^。]*(?:请|联系|与本))|"
        # a health page's: the article is for reference, the doctor decides (（本文仅供参考，
        # 具体诊疗请遵医嘱）); 仅供参考的数据 is an attribute in a sentence about them
        # (maybe under its label: 温馨提示：本文内容仅供参考，不能作为诊断及医疗的依据; or starred,
        # and for what: *文中所涉内容仅供健康科普参考，不构成医疗建议)
        r"^[（(【\[*＊※]?\s*(?:(?:(?:温馨|特别|重要)?提示|(?:免责)?声明)\s*[:：]\s*)?"
        r"(?:本文|文章|文中|以上)(?:所涉|所述|涉及的?)?(?:内容|信息)?仅(?:供|作)"
        r"(?:(?:健康|医学|大众)?科普(?:参考)?|参考)(?!的)[^。！？]{0,30}"
        r"(?:遵医嘱|就医|诊疗|医疗|医生|诊断|面诊)",
        why="reprint, disclaimer and takedown notice of the site",
        examples=("(未经授权,不得转载、摘编)", "本文仅代表作者观点,不代表本站立场。",
                  "未经本网书面许可，任何单位和个人不得复制或建立镜像",
                  "本站的部分内容来源于互联网,如不慎侵犯到您的权益,请联系我们,我们会在36小时内删除。",
                  "转载请注明出处",
                  "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
                  "本文系某某网独家稿件，未经授权，不得转载，否则将追究法律责任。",
                  "本文经授权转载自微信公众号：某某老年报（ID：abc）", "转载请联系授权",
                  "如需转载请后台联系", "本文为某某研究所原创，转载请联系",
                  "本文为某某网原创文章，未经允许不得转载，如需转载请联系market#example.net(#换成@)",
                  "本文来自微信公众号：某某（ID：abc），作者：某某某，题图来自：某某图库",
                  "本内容为作者独立观点，不代表某某科技立场。如有异议，请联系我们。",
                  "请支持独立网站，转发请注明本文链接：https://www.example.com/1.shtml",
                  "声明：本网力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担",
                  "市场有风险，投资需谨慎。本文不构成个人投资建议。据此投资，责任自负。",
                  "风险提示：本文所提及的观点仅代表个人意见，所涉标的不作推荐，据此买卖，风险自负。",
                  "本文系某某网独家稿件，文章内容纯属作者个人观点，不代表平台观点，未经授权，不得转载，"
                  "否则将追究法律责任。关注某某网微信abc，每日阅读趣味文章。",
                  "该文观点仅代表作者本人，某某平台仅提供信息存储空间服务。",
                  "本文观点仅代表作者本人。", "本平台仅提供信息存储服务。",
                  "本文为某某号作者或机构在某某新闻上传并发布，仅代表该作者或机构观点，不代表某某新闻的"
                  "观点或立场，某某新闻仅提供信息发布平台。",
                  "该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。",
                  "（本文仅供参考，具体诊疗请遵医嘱）", "本文内容仅供科普，不作为诊断及医疗依据。",
                  "本网站所刊登的信息，仅供参考", "*文章为作者独立观点，不代表某某网立场",
                  "本网站所刊载信息，不代表某某网观点。 刊用本网站稿件，务经书面授权。",
                  "郑重声明：某某网发布此信息的目的在于传播更多信息，与本站立场无关。",
                  "免责声明：本网转载的文章仅为传递更多信息。", "本文由「某某之家」原创出品",
                  "温馨提示：本文内容仅供参考，不能作为诊断及医疗的依据，如有不适请及时就医。",
                  "温馨提示：本文内容仅供健康科普参考，不能替代医生面诊，如有不适请及时就医。",
                  "*文中所涉内容仅供参考，不构成医疗建议。", "本文仅作健康科普，不能替代医生面诊。",
                  "免责声明：本文仅供科普，不作为诊断依据。",
                  "如涉及作品内容、版权和其它问题，请在30日内与本网联系",
                  "本文系转载，不代表某某网的观点。某某网对其文字、图片与其他内容的真实性、及时性、"
                  "完整性和准确性以及其权利属性均不作任何保证和承诺，请读者和相关方自行核实。",
                  "（本文为转载，版权归原作者所有）"),
        counterexamples=("他强调，未经批准的项目一律不得开工建设。",
                         "法官介绍，著作权法保护作者的权利，网站禁止转载他人作品。",
                         "分析人士认为，这些数据只反映短期波动，投资者应理性看待市场变化。",
                         "本文来自作者的实地调研，书中的观点引起了不少讨论。",
                         "他认为，这些言论不代表行业协会的立场，也不符合事实。",
                         "他表示，这些说法纯属作者个人臆测，与事实严重不符。",
                         "专家提醒，据此投资的人要对自己的决定负责。",
                         "他说，据此买卖股票的散户亏损不小。",
                         "法院认为，平台仅提供信息存储空间服务的抗辩不能成立，应承担连带责任。",
                         "他说，书中的观点仅代表作者本人的研究心得和体会。",
                         "他表示，这些观点仅代表作者本人的研究结论，还需要更多数据验证。",
                         "以上数据仅供参考，最终结果以官方公布为准。",
                         "本网发布的信息显示，不少读者关心这一问题。",
                         "如涉及作品内容、版权和其它问题，这些都是合同中需要写明的条款。",
                         "文中仅供参考的数据来自医院的门诊记录，专家建议就医时携带既往病历。",
                         "本网站所刊登的信息仅供参考的说法，不能免除平台的审核责任。",
                         "本文系统梳理了转载作品的著作权问题，供读者参考。",
                         "医生提醒，本文提到的药物须在医生指导下使用。",
                         "医生提醒，以上方法仅作参考，就医时请携带既往病历。",
                         "以上内容仅作为科普讲座的提纲，讲座由医院诊疗中心主任主讲。",
                         "温馨提示：以上信息仅供参考，具体以当地派出所要求为准。",
                         "文章作者独立完成了全部调研，观点鲜明。",
                         "他在声明中表示，免责声明不能免除商家的法定责任。",
                         "本文作者原创的三部小说均已出版。",
                         "他说，不少自媒体在文末写上“转载请注明出处”，但很少有人真正遵守。",
                         "法院认定，该作品著作权归作者所有，出版社应支付稿酬。",
                         "著作权归作者所有的作品，使用前应取得许可。",
                         "律师提醒，网站上即使写着未经许可不得转载，也不能完全阻止侵权。",
                         "他未经允许不得进入机房，这是公司的规定。",
                         "活动圆满结束。本文为某某网原创，转载请注明来源",
                         "按照有关法律，企业收集用户资料必须说明用途；未经本人同意，不得把这些资料"
                         "提供给第三方，也不得用于与服务无关的目的。"),
        max_len=160,
    ),
    Rule(
        "contact_footer",
        # A notice's own contact line names its contact person (联系人：…，联系电话：…): text.
        # a report line named in a sentence (举报电话开通以来，……。) with no colon is prose;
        # so is a report's closing sentence giving its own hotline after a clause of words
        # (欢迎群众积极举报违法线索，举报电话：12390。), where a footer strings labels
        # (地址：…，举报电话：)
        # (a police site's footer names its report website too: 网络违法犯罪举报网站：www.…)
        # A report's own sentence giving its contact after a counted clause is text however
        # it names the contact (_COUNTED_SENTENCE).
        # A notice's numbered part (五、对本公告提出询问的，请按以下方式联系：…，联系电话：…)
        # is its own text: a footer numbers no line.
        rf"^(?!{_COUNTED_SENTENCE})(?![一二三四五六七八九十]{{1,3}}、)(?:"
        r"^(?![^：:]*[\u4e00-\u9fff”」]{6}，.*举报(?:电话|邮箱|热线|中心|网站|网址).*。$)"
        r".*?举报(?:电话|邮箱|热线|中心|网站|网址)(?![^：:]*，[^：:]*。$)"
        # nor is a sentence naming the hotline as a way to report (欢迎群众通过12388举报电话、
        # 来信来访反映问题线索。): no colon nor number after the label before its full stop
        r"(?![^：:\d]*。$)"
        # a sentence of the notice before its contact person (…报送。联系人：…，联系电话：…) is
        # text; so is a contact person named by the party (清算组联系人：, 采购人联系人：), never
        # the site's own (网站联系人：)
        r"|^(?![（(]?(?:(?!网站|本站|本网)[\u4e00-\u9fff]{1,4})?联系人)"
        r"(?!.*[。；;！!]\s*[（(]?联系人\s*[:：])"
        # nor is a notice's request whom to call, the label after its clause and the number
        # closing the sentence (如有问题，请与某某中心联系，联系电话：0000-1234567。): a footer
        # asks nothing
        r"(?![^：:]*(?:请|如有|如需)[^：:]*[，,]\s*(?:联系|咨询)(?:电话|方式)\s*[:：][^：:]*。$)"
        # before the label a site's name or a short line (版权所有。), never an article's
        # paragraph with a contact glued after its sentences (……客流络绎不绝。客服QQ：…)
        r"(?:[^。！？!?]*?|.{0,19}?)(?:投稿|联系|服务|客服|广告|新闻|报料|爆料)"
        # a sentence that goes on in words after the contact and ends (……或添加客服QQ：12345678
        # 咨询报名事宜。) is the article's
        r"(?:电话|邮箱|热线|QQ)\s*[:：](?![^：:]*[\u4e00-\u9fff]{2}[^：:]*[。！？]$)|"
        # a footer may space a two-character label out to align the column (电 话：, 传 真：)
        r"^(?:电\s?话|传\s?真|邮\s?箱|电子(?:信箱|邮箱)|[Ee]-?[Mm]ail|E-?MAIL|地\s?址|邮\s?编|"
        r"邮政编码|联系电话|联系我们)\s*[:：]|"
        # a body's address (学校地址：, 医院地址：) and, after a space, a field of how to reach
        # it (招生咨询电话：, 邮编：): the footer's row; a notice's own address stands alone on
        # its line or says its 邮编 in brackets
        r"^[\u4e00-\u9fff]{1,6}地址\s*[:：][^：:。；;，,]{2,60}?\s+[\u4e00-\u9fff]{0,6}"
        r"(?:电话|热线|信箱|邮箱|邮编|传真)\s*[:：]|"
        r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|"
        # the site's own address alone under its label (主页网址：http://…)
        r"^(?:主页|网址|主页网址|网站|网站地址|官方网站|官网)\s*[:：]\s*(?:https?://|www\.)[\w./:-]+/?$"
        # a paper's tip-off line, its number straight after the word (某某新闻报料：0000-1234567)
        r"|^[^。，,！？!?：:]{0,12}(?:报料|爆料)\s*[:：]\s*[\d()（）+\-\s]{7,}$)",
        why="report hotline, contact and address lines of the site footer",
        examples=("举报邮箱: jubao@people.cn", "地址：北京市朝阳区某某路1号 邮编：100000",
                  "违法和不良信息举报电话：0000-12345678 举报邮箱：jubao@example.cn",
                  "地址：某某市某某路1号，举报电话：0000-1234567",
                  "某某日报社 投稿邮箱：tougao@example.com",
                  "联系电话：010-12345678", "tips@example.com", "新闻热线：0000-12345678",
                  "报料热线：0000-1234567", "主页网址：http://www.example.org.cn/",
                  "某某新闻报料：0000-1234567",
                  "电 话：010-12345678", "传 真：010-12345678", "电子信箱：office@example.org",
                  "邮政编码：100000", "版权所有。广告服务热线：010-12345678",
                  "学校地址：某某区某某路5号 招生咨询电话：0000-1234 5678 校长信箱：xz@example.cn",
                  "医院地址：某某市某某路1号  急救电话：120",
                  "网站联系人：某某 联系电话：0000-1234567",
                  "版权所有：某某市人民政府，联系电话：0000-1234567。",
                  "如有问题请联系我们 联系电话：0000-1234567",
                  "网络违法犯罪举报网站：www.example.cn", "某某市公安局举报网址：http://jb.example.cn",
                  "本站创办于2010年，欢迎投稿，投稿邮箱：tg@example.cn。"),
        counterexamples=("市民可拨打12345热线反映问题，相关部门将在24小时内回复。",
                         "举报网站上线以来，共受理群众反映的问题线索三百余条。",
                         "群众可登录网络违法犯罪举报网站在线提交线索。",
                         "联系人：赵某某，联系电话：0000-12345678。",
                         "（联系人：王某，联系电话：0000-1234567）",
                         "清算组联系人：李女士  联系电话：0000-12345678",
                         "采购人联系人：王某某 联系电话：0000-1234567",
                         "请各单位按时报送。联系人：赵某某，联系电话：0000-12345678。",
                         "网址：http://www.example.com 上可查询办理进度。",
                         "举报电话开通以来，已收到线索三百余条，查实一百二十条。",
                         "欢迎广大群众积极举报违法犯罪线索，举报电话：12390，本区举报电话："
                         "0000-1234567。",
                         "下一步将持续保持高压态势。欢迎群众积极举报有关线索，举报邮箱：jubao@example.cn。",
                         "记者在示范村看到，村道两旁种满了花草，不少村民在自家门口开起了民宿，"
                         "周末游客络绎不绝。客服QQ：12345678",
                         "活动当天，市民可拨打图书馆服务热线或添加客服QQ：12345678咨询报名事宜。",
                         "请拨打服务热线：0000-1234567预约参观。",
                         "群众报料：12345热线接到的投诉中，物业问题最多。",
                         "通讯地址：市总工会某某部（某某路66号）",
                         "来信地址：某某县某某路8号县委组织部干部监督室（邮编：513000）",
                         "欢迎广大干部群众通过12388举报电话、来信来访和网络举报平台反映“四风”"
                         "问题线索。",
                         "报名地址：某某县文化馆二楼，咨询电话：0000-1234567。",
                         "执行中如有问题，请及时与某某中心联系，联系电话：0000-1234 5678。",
                         "五、对本次公告内容提出询问的，请按以下方式联系：采购人：某某县交通运输局，"
                         "联系电话：0000-1234567。",
                         "如需咨询，请于工作日拨打咨询电话：0000-1234567。",
                         "警方查获假发票200余份，涉案金额1.5亿元，线索举报电话0000-12345678。",
                         "本次招聘岗位共12个，报名时间为3月1日至5日，联系电话：0000-1234567，"
                         "QQ群：123456789。",
                         "专项行动开展以来共受理线索86条，举报邮箱jubao@example.cn同步开通。"),
        max_len=200,
    ),
    Rule(
        "news_tip_prompt",
        # A paper's or its app's call for news tips closing the article: the tip pays (欢迎提供
        # 新闻线索，一经采纳即付报酬), its tip line without a colon (24小时报料热线0000-…), how to
        # send one (想爆料？请登录某某APP、或拨打…), and the app's download prompt the tail
        # opens with (更多精彩资讯请在应用市场下载“某某新闻”客户端，…), whatever follows.
        r"^(?:欢迎|诚邀)?(?:提供|报料|爆料)?(?:新闻)?线索[，,]\s*一经(?:采纳|采用|刊用)"
        r"(?:即付|即有|将付|必有)(?:报酬|稿酬|奖励|重奖)"
        r"|^(?:\d{1,2}\s*小时)?(?:新闻)?(?:报料|爆料)(?:热线|电话)\s*[:：]?\s*[\d\-()（）\s]{7,}[。.]?$"
        r"|^(?:想|我要|有)?(?:报料|爆料)\s*[？?！!，,]\s*(?:请|可)?(?:登录|下载|拨打|关注|扫码|添加|"
        r"联系)"
        r"|^更多(?:精彩)?(?:资讯|内容|新闻)\s*[，,]?\s*请(?:在|到|于)?(?:各大)?(?:应用市场|应用商店)?"
        r"下载[^，。,]{1,16}(?:客户端|APP|App|app)",
        why="a paper's call for news tips and its app's download prompt under the article",
        examples=("欢迎提供新闻线索，一经采纳即付报酬。", "24小时报料热线027-86777777。",
                  "报料电话 0000-1234567",
                  "想爆料？请登录《某某新闻》APP、或拨打24小时热线12345678。",
                  "更多精彩资讯请在应用市场下载“某某新闻”客户端，欢迎提供新闻线索，一经采纳即付报酬。"
                  "24小时报料热线：12345678", "新闻线索，一经采用即付稿酬"),
        counterexamples=("警方欢迎群众提供线索，一经查实给予奖励。",
                         "有爆料称，该公司拖欠工资已达半年。",
                         "市民可拨打24小时热线12345反映问题。",
                         "更多资讯请关注后续报道。",
                         "报料人称，事发时现场有多名目击者。",
                         "报料热线开通三个月，共收到线索一千二百多条。"),
        max_len=200,
    ),
    Rule(
        "column_call",
        # A column's call for readers' pieces under its article: the column's name and 征稿
        # before an invitation (某某时评征稿：欢迎读者……来稿请寄…，一经采用，稿酬从优), or the
        # column inviting them in brackets (（本栏目欢迎读者来稿，……。）). A 征稿启事's own
        # sections (一、征稿范围, 征稿对象：…) invite no one under a column's name.
        r"^[\u4e00-\u9fff]{2,8}征稿\s*[:：]\s*(?:欢迎|诚邀|热忱欢迎)[^。]{0,60}"
        r"(?:来稿|投稿|稿件|稿酬|一经(?:采用|刊用|录用))"
        r"|^[（(]?\s*本(?:栏目|栏|专栏|版|刊)(?:长期)?(?:欢迎|诚邀|征集)[^。]{0,12}(?:来稿|投稿|赐稿)"
        # a letters page's address for them (读者来信请寄：某某日报社群工部 邮箱：…): a
        # notice's own 来信请寄： names no readers
        r"|^(?:欢迎)?读者来(?:信|稿)(?:请|可)?(?:寄|发|投)(?:至|到|往)?\s*[:：]",
        why="a column's call for readers' pieces under its article",
        examples=("某某时评征稿：欢迎读者就社会热点发表见解，来稿请寄 pl@example.cn，"
                  "一经采用，稿酬从优。",
                  "（本栏目欢迎读者来稿，分享您家乡的方言趣事。）", "本栏目长期欢迎投稿。",
                  "副刊征稿：诚邀广大读者赐稿，投稿邮箱：fk@example.cn",
                  "读者来信请寄：某某日报社群工部 邮箱：lx@example.cn",
                  "读者来稿请发至：dz@example.cn"),
        counterexamples=("一、征稿范围", "来信请寄：某某县纪委信访室（邮编：513000）",
                         "读者来信请寄的地址已经变更。",
                         "征稿对象：全市中小学生，来稿须为原创作品。",
                         "本次征文活动共收到来稿2300余件。",
                         "本栏目开设以来，共刊发读者来稿一百余篇。"),
        max_len=160,
    ),
    Rule(
        "share_prompt",
        # A prompt opens on the scan; prose names it after a clause (他说，……都会扫码。).
        # A sharing label stands alone or before its list (分享到：, 分享 微信 微博); 分享 that
        # opens a sentence (分享经济正在……) is a word.
        rf"^(?!{_PLAIN_SENTENCE})(?:分享到|分享至|一键分享)\s*[:：]?|^分享(?=\s|[:：]|$)"
        r"|^分享让更多人看到$"
        # a Taiwan or Hong Kong page's prompts to follow it (請按讚, 加入LINE好友, 追蹤我們,
        # Facebook 粉絲專頁), alone or in a row
        r"|^(?:(?:请|欢迎)按赞(?:分享|支持)?|加入\s*LINE\s*好友|追踪我们|(?:Facebook|FB)\s*粉丝专页)"
        r"(?:\s*[:：!！|｜]?\s*(?:(?:请|欢迎)按赞(?:分享|支持)?|加入\s*LINE\s*好友|追踪我们|"
        r"(?:Facebook|FB)\s*粉丝专页))*\s*[!！]?$"
        # an app's prompt to see the page's pictures or the rest of its text in it (打开某某新闻
        # 查看精彩图片, 打开某某新闻，查看更多高清图片, 打开某某新闻，阅读完整内容)
        r"|^打开[^\s，,。]{1,10}[\s，,]*(?:查看|阅读|看)(?:(?:更多|全部|完整)(?:精彩)?"
        r"(?:图片|大图|高清图片|内容|文章|评论)?|精彩(?:图片|内容)?|高清大图|高清图片|全文|原文|"
        r"图片|大图)$"
        # …but not a practice its quotes name (实行“扫码亮证”, 推行“扫码点餐”: a headline's term)
        rf"|^(?!{_PLAIN_SENTENCE})[^，,。；;！!？?]{{0,16}}(?:扫一扫|(?<![“\"「『])扫码"
        r"|[“\"「『]扫码(?![\u4e00-\u9fff]{1,6}[”\"」』]))"
        # a long-press prompt, unless a plain sentence names it as an attribute (长按识别
        # 二维码的功能，让……。): 长按识别二维码，添加好友。 is still the prompt
        rf"|^(?!{_PLAIN_SENTENCE}(?=.*长按[^，。]*的)).*?长按(?:识别|二维码)"
        r"|^[^。，,]{0,12}扫描(?:下方|左方|右方)?二维码[^。，,]{0,12}$|"
        r"^(?i:scan me)\s*!?$|"
        # 关注了/关注过 tells what people did (市民扫码关注了社区公众号): a report, not a prompt
        # unless the line also gives a number to call (如需了解更多，可拨打服务热线12121或关注
        # “某某气象”微信公众号。): a notice's closing line telling where to ask, no site's prompt
        # nor a numbered step of the notice's own procedure closed by its stop (第一步：关注
        # “某某”微信公众号，点击“门票预约”；): an instruction, no prompt
        # or gives a group or line to join or call by its number in a sentence closed by its
        # stop (……可加入招聘交流QQ群：734521689，或关注学院微信公众号。): a notice's own
        r"^(?!.*拨打.{0,16}\d{5})(?!.*(?:QQ群?|群号|电话|热线)\s*[:：]?\s*\d{5}.*。$)"
        r"(?!(?:第[一二三四五六七八九十\d]{1,3}步|\d{1,2}[.、．]|[（(][一二三四五六七八九十]{1,3}[）)])"
        r".*[；;。]$).*?关注(?![了过])[^，。,；]{0,14}(?:微信|公众号|微博|抖音|头条号|客户端|视频号)"
        rf"|^(?!{_PLAIN_SENTENCE}).*?(?:打开|下载).{{0,6}}(?:APP|App|app|客户端)"
        # an app named in its quotes may be longer when the call opens the line, alone or after
        # the scan (扫描二维码，下载“某某某某”客户端，看更多本地新闻); a slogan's sentence
        # before it (全民反诈，你我同行。下载“某某”APP，……。) is the text's
        rf"|^(?!{_PLAIN_SENTENCE})(?:[^，,。！？\s]{{0,8}}(?:扫一扫|扫码|二维码)[，,\s]*)?"
        r"(?:打开|下载)\s*"
        r"[“\"「『][^”\"」』]{1,12}[”\"」』](?:APP|App|app|客户端)"
        r"|^(?:点赞|收藏|转发|在看|评论)\s*\d*$"
        # a phone page's link into its app, alone (在APP内打开, APP内阅读, 前往APP查看完整内容,
        # APP内查看12条评论), its pitch after it (APP内打开，体验更佳)
        r"|^(?:在|用|前往|去)?(?:APP|App|app|客户端)(?:内|中)?(?:打开|阅读|查看|观看)"
        r"(?:全文|更多|完整内容|全部评论|\d{1,5}\s*条评论|"
        # (or its pictures: APP内查看高清大图, 客户端内查看原图)
        r"(?:高清)?(?:大图|原图|图片|组图)|视频)?(?:[\s，,]*体验更(?:佳|好))?$"
        # its pitch under a fold's button (某某APP内阅读体验更佳, 打开APP，阅读体验更佳)
        r"|^(?:打开|在|用)?[^\s，,。]{0,10}(?:APP|App|app|客户端)(?:内|中|里)?[\s，,]*"
        r"(?:阅读|浏览|观看)体验更(?:佳|好)$"
        # a banner's pitch for the app with its button after a space (某某APP，回帖更快更方便
        # 立即打开)
        r"|^[^。！？!?]{0,20}(?:APP|App|app|客户端)[^。！？!?\s]{0,16}\s+(?:立即|马上)?(?:打开|下载)$"
        # a WeChat post's ask for its buttons (点赞在看，让更多人看到; 点个“在看”)
        r"|^(?:(?:点个?赞|分享|转发)[、+和]?)+点?个?[“\"「]?在看|^点个?[“\"「]?在看|^点个赞"
        r"|[【\[]\s*点击(?:投票|查看|进入|阅读|观看|收听|下载|购买|报名|参与|关注)\s*[】\]]"
        r"|^点击(?:进入|查看|这里|阅读|观看|收听|下载|图片|播放)"
        # the phone's share menu (点击右上角分享给好友, 点击右上角 分享到朋友圈)
        r"|^点击右上角[^。，,；]{0,4}(?:分享|转发)[^。；]{0,10}$"
        # an account's keyword reply, the keyword in its quotes or brackets (回复【居住证】获取
        # 办理入口, 后台回复“资料”即可领取)
        r"|^[^。，,！？]{0,10}回复\s*[“\"「【\[][^”\"」】\]]{1,10}[”\"」】\]]\s*(?:即可|就能|就可|可)?"
        r"(?:获取|领取|查看|获得|下载)"
        r"|^[↑↓👇\s]*(?:点击|戳)(?:下方|左下角|底部)?\s*[“\"「]?阅读原文"
        # a line closed by an invitation to pass the page on (…平台 欢迎转发分享)
        r"|欢迎(?:转发|分享|转载|点赞)[^。，,！!]{0,6}$"
        # a study app's badge that it took the page in, alone (本文已被“某某”学习平台收录,
        # 此文已被某某客户端收录, 已被“某某”学习平台收录): the platform's, no line of the text;
        # with its stop when it names the platform (本文已被“某某”平台收录。)
        r"|^(?:(?:本文|此文|该文|本篇(?:文章)?)(?:已|已经)|已)被\s*[“\"「『]?[^\s，,。“”\"]{1,12}"
        r"[”\"」』]?(?:[^\s，,。]{0,8}收录[!！]?|[^\s，,。]{0,6}(?:平台|客户端|APP|App)收录。)$",
        why="share, follow and app-download prompt",
        examples=("回复【居住证】获取办理入口", "后台回复“资料”即可领取",
                  "分享到:", "欢迎关注中国城市报微信号", "扫一扫在手机打开当前页",
                  "打开APP阅读更多", "点击进入专题：", "用微信扫描二维码", "Scan me!",
                  "某某学习平台 欢迎转发分享", "欢迎转发", "点赞在看，让更多人看到",
                  "点个“在看”，分享给更多人", "分享、点赞、点在看", "↓ 点击下方“阅读原文”了解更多",
                  "分享 微信 微博", "扫码关注我们，获取更多资讯。", "下载APP，看更多精彩视频。",
                  "扫一扫，在手机上阅读本文。", "一键分享，让更多人看到。",
                  "长按识别二维码，添加好友。", "长按二维码，识别后即可报名。", "分享让更多人看到",
                  "打开某某新闻 查看精彩图片", "打开某某新闻，查看更多高清图片",
                  "打开某某新闻 查看更多图片", "打开某某新闻 查看更多",
                  "打开某某新闻，阅读完整内容", "打开某某新闻，阅读更多精彩内容",
                  "打开某某新闻 查看全部评论", "請按讚",
                  "加入LINE好友", "追蹤我們 加入LINE好友", "Facebook 粉絲專頁", "在APP内打开",
                  "APP内阅读", "前往APP查看完整内容", "APP内查看12条评论", "APP内打开，体验更佳",
                  "APP内查看高清大图", "客户端内查看原图", "APP内观看视频",
                  "打开微信“扫码”即可阅读", "微信扫码 分享到朋友圈",
                  "某某新闻APP内阅读体验更佳", "打开APP，阅读体验更佳", "客户端内观看体验更好",
                  "某某社区APP，回帖更快更方便 立即打开", "某某新闻客户端 下载",
                  "本文已被“某某”学习平台收录", "此文已被某某客户端收录",
                  "扫描二维码，下载“某某某某新闻”客户端，看更多本地新闻",
                  "点击右上角分享给好友", "点击右上角 分享到朋友圈",
                  "已被“某某”学习平台收录", "本文已被“某某”平台收录。"),
        counterexamples=("这一做法受到社会各界广泛关注，不少网友在微博上分享了自己的看法。",
                         "本文已被收录进《某某文集》第三卷，由某某出版社出版。",
                         "该文已被某某期刊收录，引用率居同类论文前列。",
                         "该文已被某某期刊收录。",
                         "有意向的毕业生可加入就业交流QQ群：123456789，或关注学院微信公众号。",
                         "夜市摊位实行“扫码亮证” 食品安全可追溯", "全市菜市场推行“扫码点餐”",
                         "市民扫描二维码即可查询公交到站时间，十分方便。",
                         "欢迎转发分享的网友积极参与讨论。",
                         "她说，如今菜市场的摊主都会让顾客扫码付款。",
                         "分享经济正在改变人们的生活方式。", "按讚數超過十萬的貼文多半是影片。",
                         "加入LINE好友後即可收到停水通知。",
                         "分享到朋友圈后，这条视频的播放量迅速突破十万。",
                         "一键分享功能上线后，用户量增长了三成。",
                         "长按识别二维码的功能，让老年人也能轻松上手。",
                         "活动现场，不少市民拿出手机扫码关注了社区公众号，第一时间获取政策信息。",
                         "截至目前，已有三万余名群众关注过这个政务微博。",
                         "如需了解更多天气信息，可拨打服务热线12121或关注“某某气象”微信公众号。",
                         "第一步：关注“某某景区”微信公众号，点击“门票预约”；",
                         "1.关注“某某医院”公众号，进入“预约挂号”栏目；",
                         "打开“青湖通”APP，首页就是社保、公积金、医保三大板块。",
                         "打开相册，查看更多照片时，他发现了那张合影。",
                         "打开档案袋，查看完整内容后，他签了字。",
                         "记者下载了这款APP，注册只用了两分钟。",
                         "在APP内打开个人中心，找到设置选项。",
                         "前往APP查看完整内容的用户越来越多。",
                         "APP内查看高清大图的功能受到摄影爱好者欢迎。",
                         "扫码登记、刷脸认证、在线缴费，这些操作都被写进了课堂讲义。",
                         "扫码点餐虽然方便，但也让一些老年人犯了难。",
                         "乘客可通过下载“畅行”APP，实现扫码乘车。",
                         "警方提醒，凡是要求扫码下载陌生APP、转账到“安全账户”的，都是诈骗。",
                         "该市推出政务服务客户端，市民下载客户端即可办理业务，领取电子证照。",
                         "市民回复短信即可查看办理进度。",
                         "新版APP内阅读体验更佳，用户留存率提升了两成。",
                         "这款APP怎么打开", "市民使用“某某通”APP 可在首页下载",
                         "农户下载“某某农业服务”APP后，可以在线预约农机，足不出户就能办好。",
                         "全民反诈，你我同行。下载“某某反诈中心”APP，筑牢防骗“防火墙”。",
                         "点击右上角的设置图标，即可修改密码。",
                         "点击右上角分享按钮后，页面会弹出好友列表，再选择要发送的人。"),
        max_len=40,
    ),
    Rule(
        "account_card",
        # A WeChat post saved as text opens with its account's card: the account's id (letters,
        # digits, _ and -) and its blurb after the word 功能介绍 on the same line. The card
        # prints no colon: a release's contact field (微信号：某某) is its text's.
        r"^(?:微信号|微信號)\s+[A-Za-z][-_A-Za-z0-9]{4,29}$"
        r"|^(?:功能介绍|功能介紹)\s+[^\s:：].{1,60}$",
        why="a WeChat account's card above the post (its id and its blurb)",
        examples=("微信号 mouke_sq", "微信号 mouke-news2024", "功能介绍 某某街道官方公众号。",
                  "功能介绍 某某区委宣传部官方公众号，发布权威信息"),
        counterexamples=("微信号是用户在平台上的唯一标识，设置后一年只能修改一次。",
                         "功能介绍：该系统可自动识别缺陷并生成报告。", "微信号：mouke_press",
                         "微信号 已经停用"),
        max_len=80,
    ),
    Rule(
        "app_promo",
        # The site's own advert for its app or product club, however long: a download or
        # open-the-app phrase, a lure, and an exclamation closing it (news ends in 。).
        r"(?:下载|打开|安装).{0,6}(?:APP|App|app|客户端)"
        r"(?=.*(?:福利|专享|红包|领取|快来|赶快|立即|好礼|惊喜|抢先))"
        r".*[！!~～]$"
        # or pointing at its download link ([安装]某某客户端，第一时间……→【下载地址】)
        r"|(?:下载|打开|安装).{0,8}(?:APP|App|app|客户端).{0,40}[【\[]\s*(?:下载地址|下载链接|"
        r"立即下载|点击下载)\s*[】\]]\s*$"
        # or its slogan closing the article: what the app offers, then 尽在 and the app's name
        # ending the line (海量资讯、精准解读，尽在某某财经APP); a sentence saying what an app
        # holds goes on past its name (……尽在“某某通”APP中，市民……)
        r"|^[^。！？!?]{2,24}[，,、\s]\s*尽在[^，。,；;！!？?\s]{1,16}\s*(?:APP|App|app|客户端)"
        r"\s*[。！!]?$",
        why="the site's advert for its own app (download it, a lure, an exclamation; or its "
            "slogan, 尽在 its name)",
        examples=("新酷产品第一时间免费试玩，快来体验各领域最有趣的产品吧~！下载客户端还能获得专享福利哦！",
                  "下载APP领取新人红包！",
                  "安装某某财经客户端第一时间接收最全面的市场资讯→【下载地址】",
                  "海量资讯、精准解读，尽在某某财经APP", "更多精彩内容，尽在某某新闻客户端。",
                  "权威发布 尽在某某新闻App"),
        counterexamples=("该市推出政务服务客户端，市民下载客户端即可办理业务，领取电子证照。",
                         "记者下载该APP后发现，注册即可领取所谓“福利”，实为诱导消费。",
                         "社保、医保、公积金查询，尽在“青湖通”APP中，市民动动手指就能办。",
                         "市民关心的各类便民服务，如今都尽在一部手机里。"),
        max_len=120,
    ),
    Rule(
        "cross_reference",
        rf"^[（(【\[]\s*{CROSS_REFERENCE}\s*[:：]?[^（()）【】\[\]]{{0,60}}[)）】\]]$",
        why="a bracketed pointer to another article on its own line: a link, not text",
        examples=("（更多详情：某某过后某某将至）", "（详见第三版）", "【相关阅读：某某】"),
        counterexamples=("（详细内容尚未公布）", "（相关部门正在调查）"),
        max_len=80,
    ),
    Rule(
        "earlier_report",
        # A label pointing to an earlier report and that report's headline: a link. A sentence
        # after the label (with its full stop or commas) reports what was said.
        # So is a related article's (相关链接：headline) under the text.
        r"^[【\[]?(?:此前报道|前情回顾|前情提要|往期报道|相关报道|此前相关报道|相关链接|相关新闻|"
        r"相关文章|相关阅读|延伸阅读|推荐阅读)[】\]]?\s*[:：]\s*"
        r"[^，。；,;]{4,40}[^，。；,;\s]$",
        why="a link to an earlier report on the story (此前报道：headline) or to a related one",
        examples=("此前报道：某地曝某某出狱前首受访 称“对不起”",
                  "【前情回顾】：某地暴雨致多条道路积水", "相关报道：某某发布新一代芯片",
                  "相关链接：某某县召开安全生产会议", "相关新闻：某某街道开展消防演练活动",
                  "【延伸阅读】：一图读懂某某条例"),
        counterexamples=("此前报道：该公司去年营收下降了10%，利润下降两成。",
                         "此前报道：警方已于当晚将嫌疑人抓获。",
                         "相关新闻：据了解，该县今年已完成造林面积两万亩。"),
        max_len=60,
    ),
    Rule(
        "figure_legend",
        # Two colour keys and a word for what is drawn: the key of a map or chart the text lost.
        r"^(?:注|图例|图注)\s*[:：](?=.*(?:图|线|区域|路段))"
        r"(?=.*[红蓝绿黄橙紫灰黑]色(?:线|部分|区域|箭头|标注)?(?:为|表示|代表).*"
        r"[红蓝绿黄橙紫灰黑]色(?:线|部分|区域|箭头|标注)?(?:仅)?(?:为|表示|代表))",
        why="the colour key of a map or chart, which the text does not carry",
        examples=("注：红色为所有车辆绕行线路图，蓝色仅为小型车辆绕行线路图。",
                  "图例：红色线表示地铁，蓝色线表示公交线路"),
        counterexamples=("注：红色预警为最高级别，蓝色预警为最低级别。",
                         "注：本表数据截至6月底。"),
        max_len=80,
    ),
    Rule(
        "click_prompt",
        r"^\S{0,4}(?:点击|点|戳|猛戳)(?:这里|此处|此|下方链接|链接|原文)\S{0,4}?"
        r"(?:了解|查看|阅读|进入|观看|收听|下载|报名|参与|领取|获取)\S{0,6}$",
        why="a prompt to click a link the text no longer has",
        examples=("快点击这里了解一下！", "点此查看详情", "戳这里阅读原文>>", "点击此处查看更多"),
        counterexamples=("点击这里的按钮后，系统会自动生成报告。", "点此前，请先登录。",
                         "他点击这里查看了自己的成绩，发现考得不错。"),
        max_len=20,
    ),
    Rule(
        "stock_ticker",
        r"^[\u4e00-\u9fffA-Za-z*]{2,10}\s+\d+(?:\.\d+)?\s+[+-]\d+(?:\.\d+)?%$",
        why="a stock-quote widget row (name, price, change)",
        examples=("中兴通讯 35.18 +5.05%", "沪电股份 26.64 -0.89%", "*ST某某 3.12 -5.00%"),
        counterexamples=("中兴通讯股价上涨5.05%，收于35.18元。", "2019 35.18 +5.05%"),
        max_len=40,
    ),
    Rule(
        "post_header",
        r"^\S{2,12}(?:今天|昨天|前天)\s*\d{1,2}:\d{2}(?::\d{2})?$",
        why="the name and time heading a post in a feed beside the article",
        examples=("胡任标今天 12:08:48", "宇辉战舰昨天 09:30"),
        counterexamples=("今天 12:08:48", "会议将于今天下午14:30举行。"),
        max_len=30,
    ),
    Rule(
        "player_ui",
        r"即将播放|广告剩余\s*[:：]?\s*\d|播放模式|视频宽高|复制视频页面地址|复制调试信息|关闭拦截插件"
        r"|VIP可关闭广告|广告被拦截插件误伤|当前浏览器不支持(?:播放|视频)|您的浏览器不支持(?:播放|视频|video)"
        # A playlist's switch and the title of the video it plays next, with no sentence.
        r"|^(?:自动播放|连续播放|自动连播)\s+[^，。！？,.!?]{2,40}$"
        # the player's clock: the time played over the length (00:00 / 02:35)
        r"|^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}$"
        # a read-aloud player's buttons alone on their lines (播报 / 暂停, 听全文, 1.5x)
        r"|^(?:[【\[]?\s*(?:(?:语音|音频)?播报|暂停|播放|继续播放|停止(?:播放|朗读|播报)|"
        # (the listen button may print the length beside it: 听新闻 02:36)
        r"(?:语音)?朗读(?:全文|本文)?|(?:点击)?(?:收听|听)(?:全文|本文|新闻|文章)"
        r"(?:\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?!\s*/))?|倍速|"
        # (a radio site's audio player: 收听音频, 播放音频, and its download button)
        r"(?:点击)?(?:收听|播放|下载)音频|下载视频|"
        # (a video player's: its picture's quality, full screen, replay, sound)
        r"清晰度|(?:网页|退出)?全屏|重播|静音|画中画|(?:标清|高清|超清|蓝光)(?:\s*\d{3,4}[pP])?|"
        r"\d(?:\.\d{1,2})?[xX]|"
        # (its clock among them: 听全文 00:00 / 03:12, 听新闻 00:00 / 04:12 倍速 1.0x)
        r"(?:\d{1,2}:)?\d{1,2}:\d{2}\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})\s*[】\]]?\s*){1,5}"
        # (and its note on the voice after them: 音频播报 00:00 / 03:12 本音频由AI合成)
        r"(?:\s*" + _AI_VOICE_NOTE + r")?$"
        # the read-aloud player's note on its voice and length, after its button or alone
        # (听新闻 本文由AI语音合成，约3分钟)
        r"|^(?:(?:点击)?(?:收听|听)(?:全文|本文|新闻|文章)\s*)?" + _AI_VOICE_NOTE + r"$"
        # a podcast's row of the apps it is on (在以下平台收听：某某 | 某某, 收听平台：…)
        r"|^(?:在(?:以下|这些|各大)?(?:平台|渠道|客户端)(?:上)?(?:收听|订阅|收看)(?:本节目|我们)?|"
        r"(?:收听|订阅|收看)(?:平台|渠道))\s*[:：]\s*[^，。！？,.!?]{2,80}$",
        why="the text of an embedded video or audio player (its controls, ad countdown or "
            "debug menu)",
        examples=("进入广告 广告被拦截插件误伤啦，1秒后播放 关闭拦截插件恢复正常",
                  "即将播放 取消 宝宝舞蹈 50% 75% 100%",
                  "视频信息 复制视频页面地址 复制当前时间的页面地址 复制调试信息",
                  "您的浏览器不支持video标签", "自动播放  某某发布新手机：配6种颜色",
                  "00:00 / 02:35", "0:00/1:02:10", "播报", "暂停", "语音播报", "听全文",
                  "播报 暂停 1.5x", "点击收听本文", "听全文 00:00 / 03:12",
                  "听新闻 00:00 / 04:12 倍速 1.0x", "【语音朗读】",
                  "语音朗读 暂停", "听新闻 本文由AI语音合成，约3分钟", "清晰度", "全屏",
                  "倍速 清晰度 全屏", "高清 720P", "重播", "退出全屏", "（本文由AI语音合成）",
                  "本文由人工智能朗读，时长约5分钟", "收听音频", "点击收听音频 00:00 / 02:46",
                  "播放音频", "音频播报", "音频播报00:00 / 03:12本音频由AI合成",
                  "本音频由人工智能合成", "听新闻02:36", "听全文 03:12", "倍速 1.0x下载音频",
                  "在以下平台收听：某某FM | 某某音频 | Apple Podcasts",
                  "收听平台：某某FM、某某音频"),
        counterexamples=("这部纪录片即将在央视播出，播放时间为每晚八点。",
                         "自动播放 功能默认开启，用户可以在设置中关闭。",
                         "新款手机屏幕分辨率为1920×1080。",
                         "广告行业的从业者表示，插件拦截让广告主的投放效果大打折扣。",
                         "比分定格在3:1 / 全场比赛于21:45结束",
                         "播报员正在播报今天的天气。", "暂停营业通知", "听新闻也是一种学习。",
                         "全屏幕显示的新款手机今天上市。", "高清摄像头已覆盖全部路口。",
                         "重播率最高的节目是《新闻联播》。",
                         "本文由AI语音合成技术研究团队撰写。",
                         "由机器合成的语音已能模仿人的语气，约3分钟就能生成一期节目。",
                         "收听音频节目已成为不少老人的习惯。", "播放音频时请调低音量。",
                         "音频播报系统已在全市公交车上启用。",
                         "本音频由AI合成技术团队录制，欢迎收听。", "06:30", "听新闻 06:30开播",
                         "下载音频文件需要先登录。", "收听平台：这档节目在多个平台都能听到。",
                         "在以下平台收听：某某FM、某某音频均已上线，欢迎订阅。"),
    ),
    Rule(
        "course_shop_row",
        # An online course's or a shop's sales rows around its description: the star rating
        # with its score and count (★★★★★ 4.9分（2136条评价）, 好评率 98%), the prices alone
        # (¥199 ¥399), the offer's countdown (限时优惠 剩余 2天 13:45:06), the learners'
        # count (1.8万人学过, 已更新 36/36 节 beside it) or a shop's sold count (已售 1.2万件,
        # 月销 2000+) and a lesson of its contents with its length (1-2 数据验证与下拉菜单 试看
        # 11:35): figures of the offer, no sentence.
        r"^[★☆]{3,5}\s*\d(?:\.\d)?\s*分?\s*[（(]?\s*[\d.,]+\s*[万千]?\s*[条个]?(?:评价|评分|点评)\s*[)）]?$"
        r"|^好评率\s*[:：]?\s*\d{1,3}(?:\.\d)?%$"
        r"|^(?:[¥￥]\s*\d[\d,]*(?:\.\d{1,2})?\s*){1,3}$"
        r"|^(?:限时(?:优惠|特惠|折扣|秒杀|特价)|优惠倒计时)\s*(?:剩余|仅剩|还剩|距结束)?\s*"
        r"(?:\d+\s*天\s*)?\d{1,2}[:：]\d{2}[:：]\d{2}$"
        r"|^(?=.*(?:人学过|人已学|人在学|人已报名))(?:[^。，！？]{0,20}[·|｜]\s*)?"
        r"(?:已更新\s*\d+\s*/\s*\d+\s*(?:节|课时|讲)\s*[·|｜]\s*)?[\d.]+\s*[万千]?\s*"
        r"(?:人学过|人已学|人在学|人已报名)$"
        r"|^(?:已售|已拼|月销|销量)\s*[:：]?\s*[\d.]+\s*[万千]?\+?\s*(?:件|单|份|笔|盒|箱|袋)?$"
        r"|^\d{1,2}-\d{1,2}\s+[^。，！？]{2,40}?\s+(?:(?:免费)?试看\s+)?(?:\d{1,2}:)?\d{1,2}:\d{2}$",
        why="an online course's or a shop's rating, price, offer countdown, learner count or "
            "lesson row: the offer's figures, no text",
        examples=("★★★★★ 4.9分（2136条评价）", "★★★★☆ 4.6 (312条评价)", "好评率 98%", "¥199 ¥399",
                  "￥1,280.00", "限时优惠 剩余 2天 13:45:06", "限时特惠 05:12:33", "1.8万人学过",
                  "已更新 36/36 节 · 1.8万人学过", "3210人已报名",
                  "1-2 数据验证与下拉菜单 试看 11:35", "2-1 SUMIFS多条件求和 16:48",
                  "3-4 课堂小结 免费试看 1:02:10", "已售 1.2万件", "月销 2000+", "已拼3.5万件",
                  "销量：1234"),
        counterexamples=("该课程已有1.8万人学过，好评率达到98%。", "门票价格为¥199，学生半价。",
                         "已售出商品一律不退换。", "月销量突破两万件", "销量1.2万件的背后",
                         "限时优惠活动将持续到本月底。", "★★★★★ 五星好评",
                         "1-2 月份全市实现地区生产总值1234亿元",
                         "9-10 月，气温将持续偏高。"),
        max_len=60,
    ),
    Rule(
        "event_countdown",
        # An H5 event page's countdown over its sign-up button: the label (距报名截止还有,
        # 距活动开始仅剩, 报名倒计时) alone or with its days, hours, minutes and seconds after it
        # (03 天 12 时 08 分 45 秒): the clock of the page, no text. A sentence about the time
        # left goes on past the clock (距报名截止还有三天，……).
        # (a trading platform's tender counts down to its bid opening: 距开标时间还剩)
        r"^(?:距离?\s*(?:报名|活动|比赛|投票|抽奖|大赛|直播|展会|投标)?\s*"
        r"(?:截止|结束|开始|开幕|开赛|开启|开抢|开标)"
        r"\s*(?:时间)?\s*(?:还有|还剩|仅剩|剩余|倒计时)"
        r"|^(?:报名|活动|比赛|投票|抽奖|大赛|开幕)倒计时)\s*[:：]?\s*"
        r"(?:\d{1,3}\s*(?:天|日|时|小时|分|分钟|秒)\s*){0,4}$",
        why="an H5 event page's countdown label with its clock: the page's timer, no text",
        examples=("距报名截止还有", "距报名截止还有 03 天 12 时 08 分 45 秒", "距活动开始仅剩：2天",
                  "报名倒计时", "活动倒计时 5 天 3 小时", "距離報名截止還有 3 天",
                  "距开标时间还剩：22天06时41分", "距投标截止还有 3 天"),
        counterexamples=("距报名截止还有三天，志愿者们已经准备就绪。", "距离开学还有3天",
                         "距报名截止还有3天，这些事项要注意", "倒计时牌在广场上亮起。",
                         "报名倒计时开始后，咨询电话明显增多。",
                         "距开标还有三天，投标人须按时递交投标文件。"),
        max_len=40,
    ),
    Rule(
        "site_stats",
        # the footer's visitor counter and screen advice: about the site, never the article
        # the screen advice names the browsing (浏览, 访问, 显示效果); advice on a screen or a
        # camera in a sentence (建议使用分辨率更高的显示器进行设计，……。) does not
        r"^(?=[^。]*(?:浏览|访问|显示效果|观看效果))(?:建议|推荐|最佳)(?:您)?(?:使用|采用)?"
        r"[^。]{0,30}分辨率"
        r"|^您是(?:本站|本网站)?(?:的)?第\s*[\d,]+\s*位(?:访客|访问者|浏览者)"
        r"|^(?:本站|本网站|网站)?(?:总|今日|累计)?(?:访问量|访问人数|访问次数|访客数|浏览量)\s*[:：]?\s*"
        r"[\d,]+\s*(?:次|人次|人)?$"
        r"|^(?:当前)?在线(?:人数|用户)\s*[:：]\s*\d+\s*人?$"
        # the footer's badge that the site is reachable over IPv6 (本网站支持IPv6)
        r"|^(?:本站|本网站|网站)(?:已)?支持\s*(?i:ipv6)(?:访问)?$",
        why="the site's visitor counter or screen advice in its footer",
        examples=("建议使用1920*1080分辨率浏览", "您是第1234567位访客", "本站总访问量12345次",
                  "当前在线人数：23", "访问量：1234567", "推荐使用IE9以上浏览器，1366×768分辨率",
                  "本网站支持IPv6", "本站已支持IPv6访问"),
        counterexamples=("新款手机屏幕分辨率为1920×1080。",
                         "建议使用分辨率更高的显示器进行设计，以获得更好的效果。",
                         "推荐使用4K分辨率拍摄，后期剪辑空间更大。",
                         "截至目前，景区今年的访问量已超过一百万人次，同比增长两成。",
                         "您是第一个发现这个问题的人吗？",
                         "本网站支持IPv6访问后，用户访问速度明显提升。"),
        max_len=60,
    ),
    Rule(
        "study_marks",
        # A party-education site marks each lesson it records for the member logged in: the
        # badge row over the article (★已学习 学习积分+2 收藏 纠错) and the line under it
        # when the reading is counted (【本文学习完成，获得学习积分2分】). A sentence about
        # the members' study (已学习的党员…, 学习积分制…) goes on in words.
        r"^[★☆✔✓√]?\s*(?:已学习|未学习|学习中|学习积分\s*[+＋]\s*\d{1,3})"
        r"(?:\s*[|｜]?\s*(?:已学习|学习积分\s*[+＋]\s*\d{1,3}|积分\s*[+＋]\s*\d{1,3}|收藏|纠错|"
        r"分享|点赞|学习时长\s*[:：]?\s*\d{1,3}\s*分钟))*$"
        r"|^[【\[]?\s*(?:本文|本篇|本课|本节|本讲)?(?:已)?学习完成\s*[，,！!]?\s*(?:获得|已获得|累计获得)?"
        r"(?:学习)?积分\s*[+＋]?\s*\d{1,3}\s*分?\s*[】\]]?$",
        why="a party-education site's study badges and its note of a lesson counted",
        examples=("★已学习　学习积分+2　　收藏　　纠错", "已学习", "学习积分+2 收藏 纠错",
                  "✔已学习 | 学习时长：12分钟", "【本文学习完成，获得学习积分2分】",
                  "学习完成，积分+1"),
        counterexamples=("已学习的党员要及时交流心得体会。", "学习积分制管理在全县推开。",
                         "学习完成后，获得学习积分2分的党员可参加评优。",
                         "全镇党员已学习《条例》原文三遍。"),
        max_len=60,
    ),
    Rule(
        "media_pointer",
        r"^\S{0,16}(?:看|瞧|请看|来看|戳|一起|欣赏|感受)\S{0,16}?[↓⬇▼👇]+[!！]?$",
        why="a pointer to pictures or a video below, which the text does not have",
        examples=("来看看邮轮母港现场是什么样子的↓↓↓", "一起来看↓", "现场视频请看👇",
                  "先睹为快，快来看看▼"),
        counterexamples=("气温下降↓，请注意保暖。", "来看看邮轮母港现场是什么样子的。",
                         "价格走势如下↓↓，专家认为后市仍有调整空间，投资者应当理性看待市场波动。"),
        max_len=30,
    ),
    Rule(
        "follow_promo",
        r"(?:扫描|扫码|长按|识别).{0,12}二维码.{0,30}关注|关注.{0,20}(?:官方微信|微信公众号|公众号)[(（:：]"
        r"|^(?:相关|更多|最新).{0,8}(?:请|敬请|欢迎)关注"
        # maybe under an arrow or a triangle pointing at the account's name (▲点击蓝字关注我们)
        r"|^[↑↓⬆👆☝▲△▼▽\s]*(?:点击|戳|点)(?:上方|下方|上面|下面)?\s*[“\"]?(?:蓝字|蓝色字|蓝色文字)"
        r"[”\"]?\s*(?:一键)?关注.{0,10}$"
        # the account's name quoted instead of 蓝字, maybe under an arrow (↑点击上方“某某”关注我们)
        r"|^[↑↓⬆👆☝▲△▼▽\s]*(?:点击|戳|点)(?:上方|下方|上面|下面)?\s*(?:蓝字|蓝色字)?\s*[“\"「][^”\"」]{1,16}"
        r"[”\"」]\s*[，,]?\s*(?:一键)?关注.{0,12}$",
        why="a paragraph promoting the site's WeChat account or app",
        examples=("扫描下方二维码关注苹果汇官方微信(或微信中搜：xxx)。",
                  "欢迎关注本报微信公众号：某某发布", "相关资讯请关注:某某专区",
                  "点击蓝字 关注我们", "点击上方“蓝字”关注我们",
                  "↑点击上方“某某晚报”关注我们，设为星标", "戳蓝字“某某晚报”关注我们哦！",
                  "▲点击上方“某某镇发布”关注我们", "▲点击蓝字 关注我们"),
        counterexamples=("这一问题引起了社会的广泛关注，相关部门已介入调查。",
                         "点击蓝字部分可以查看注释，这一设计受到读者欢迎。",
                         "▲点击上方图片可查看活动现场的更多细节和照片。"),
        max_len=120,
    ),
    Rule(
        "teaser_link",
        r"(?:[【\[]\s*(?:详细|详情|全文|更多|阅读全文|查看全文)\s*[】\]]"
        r"|(?:>>|》》|>>>)\s*(?:详细|详情|全文|更多)"
        r"|(?:详细|详情|全文|更多)\s*(?:>>|》》|>>>))\s*$",
        why="a teaser of another article ending in its link label (【详细】, 更多>>)",
        examples=("某某专题：文化名家讲述亲历 一个时代有一个时代的精神…… 【详细】",
                  "书院文化系列报道 走访六大书院 [详细]", "更多精彩内容 更多>>"),
        counterexamples=("他把【详细】两个字写在了黑板上，让大家讨论其中的含义。",),
        max_len=300,
    ),
    Rule(
        "link_promo",
        r"(?:收藏|点击|访问|打开|复制)(?:以下|下方|下面|本|此|该)?(?:链接|网址|地址)\s*[:：]?\s*"
        r"(?:https?://|www\.)",
        why="a paragraph asking readers to bookmark or open the site's link (live coverage promo)",
        examples=("发布会届时将全程直播，收藏以下链接：http://example.com/live/，锁定我们的账号。",),
        counterexamples=("公告全文已在交易所网站披露，网址为http://example.com/notice。",),
        max_len=200,
    ),
    Rule(
        "logo_alt",
        r"^(?:[\u4e00-\u9fffA-Za-z0-9]{1,12}\s?)?(?i:logo)$",
        why="a logo picture's alt text",
        examples=("logo", "LOGO", "某某网logo", "Example Logo"),
        counterexamples=("新版logo于今年启用。", "logo设计大赛"),
        max_len=30,
    ),
    Rule(
        "video_title",
        # the title a video player prints over an embedded clip (视频-某某出狱 鞠躬致歉): the
        # clip is gone from the text, so is its title
        # (【视频】… tags a headline or a programme's title, which stay)
        r"^视频\s*[-－—:：|｜]\s*[^。；;]{2,36}$",
        why="an embedded video's title: the player's label, not text",
        examples=("视频-某某出狱 鞠躬说“对不起”", "视频：直击某某暴雨现场"),
        counterexamples=("视频会议系统已经部署完毕。", "视频：", "视频-音频转换工具已上线。",
                         "【视频】某某新闻联播 20240603"),
        max_len=44,
    ),
    Rule(
        "relative_time",
        # Not 昨天 22:17: a chat transcript or a timeline in the article prints its times so.
        # A day named alone (昨天) is the same stamp, printed under a headline or a teaser.
        r"^(?:刚刚|\d{1,2}\s*(?:秒|分钟|小时|天)前|今天|昨天|前天)$",
        why="a feed item's relative time (3小时前, 昨天): no article text, and no date to keep",
        examples=("3小时前", "刚刚", "15分钟前", "昨天", "前天"),
        counterexamples=("昨天下午，记者来到现场。", "3小时前发生的事故已查明原因。", "昨天 22:17",
                         "今天 07:05", "昨天，", "昨天下午"),
        max_len=20,
    ),
    Rule(
        "linked_document",
        # A 政策解读 page's link to the document it explains, under its label (关联文件：某某
        # 办法, 政策原文：《某某细则》): the document's title alone, no sentence
        r"^[【\[]?(?:关联文件|相关文件|关联政策|原文件|政策原文|文件原文|原文链接|解读文件)[】\]]?"
        r"\s*[:：]\s*[^。！？!?；;，,\s]{2,60}(?:》|通知|办法|细则|意见|方案|规定|决定|公告|通告|"
        r"条例|规划|措施|标准|制度|纲要|批复|规则|指南|清单|要点)$",
        why="the link to the document a policy explanation explains, under its label",
        examples=("关联文件：某某县城乡居民门诊慢特病保障实施细则",
                  "政策原文：《某某市既有住宅加装电梯管理办法》",
                  "原文链接：某某县人民政府办公室关于印发《某某行动方案》的通知"),
        counterexamples=("相关文件：请到县政府网站下载。", "原文件：已废止",
                         "关联文件：某某办法已于去年废止，新的细则正在起草中。"),
        max_len=80,
    ),
    Rule(
        "bare_link",
        r"^(?:https?://|www\.)[^\s\u3000-\u9fff\uff00-\uffef]+$"
        # The same address under the label a blog or repost prints it with (原文链接：https://…)
        r"|^[【\[]?(?:原文链接|原文地址|原文网址|本文链接|本文地址|文章链接|文章地址|永久链接|"
        r"转载地址|本页地址|本页链接|本页网址|页面地址|当前页面地址|本文网址|文章网址)[】\]]?"
        # (a static blog prints its own address from the site's root: 本文链接：/posts/…/)
        r"\s*[:：]?\s*(?:https?://|www\.|/(?=[A-Za-z0-9]))[^\s\u3000-\u9fff\uff00-\uffef]+$"
        # a wiki page's address it was retrieved from, in quotes, its title in it in Han
        # characters (取自“https://…/index.php?title=某某&oldid=48213”)
        r"|^(?:取自|检索自)\s*[“\"「]\s*https?://[^\s“”\"「」]+[”\"」]$",
        why="a web address alone on a line, or under its link label: a link's text, not article "
            "text",
        examples=("https://www.example.gov.cn/", "www.example.com.cn",
                  "http://example.com/news/2020/0101/1.html",
                  "原文链接：https://www.example.com/post/12345", "本文地址: www.example.com/a/1",
                  "本页地址：http://www.example.com/news/2026/1127/5678.html",
                  "本文链接：/posts/pi-weather-station/",
                  "取自“https://wiki.example.org/index.php?title=某某古渡&oldid=48213”"),
        counterexamples=("www.example.com是该机构的官方网址。", "https://example.com 报名入口",
                         "详情见http://example.com/notice",
                         "原文链接：https://www.example.com/post/1 已失效，请读者谅解。",
                         "本页地址：http://www.example.com/a/1 为活动报名页面，请及时填写。",
                         "本文链接：/ 暂无", "取自“民间”的智慧",
                         "取自“https://example.org/a”的数据显示，客流同比增长两成。"),
        max_len=200,
    ),
    Rule(
        "call_to_action",
        # a promotion's bracketed button inside the article (【领券入口】, 【立即领取】,
        # 【点击报名】) with nothing else on its line
        r"^[【\[]\s*(?:立即|马上|点击|一键|免费|快速)?"
        r"(?:领券|抢券|领取|抢购|报名|领奖|预约|购买|下单|参与|兑换)(?:入口|通道|链接|地址)?\s*[】\]]$"
        # the countdown line under it: a batch of coupons and when it opens, no sentence
        # (第一批消费券4月20日10:00开抢)
        r"|^(?:第[一二三四五六七八九十\d]{1,3}|首|新一|下一)批[^。！？!?，,；;]{0,24}"
        r"(?:开抢|开领|抢券|限量抢)[!！]*$"
        # an ad's banner saved as a line: its offer, its button at the end, no sentence
        # (五一特惠 全场低至五折 点击领取优惠券)
        r"|^[^。！？!?，,；;]{2,30}\s(?:点击|立即|马上)(?:领取|领|抢)(?:优惠券|红包|福利|礼包)[>》]*$",
        why="a promotion's call-to-action button or coupon countdown, not article text",
        examples=("【领券入口】", "【立即领取】", "【点击报名】", "[马上抢购]", "【预约通道】",
                  "第一批消费券4月20日10:00开抢", "首批家电补贴券周六开抢！",
                  "五一特惠 全场低至五折 点击领取优惠券"),
        counterexamples=("第一批消费券将于4月20日10:00开抢。", "【报名须知】",
                         "市民可通过指定平台领取消费券后在参与商户使用。",
                         "【领券入口】见文末，第一批消费券已发放完毕。",
                         "第一批参与报名的商户共有120家",
                         "商家提醒，市民可在活动页面 点击领取优惠券。"),
        max_len=40,
    ),
    Rule(
        "glued_ad_label",
        # An image ad's text saved as a line with the slot's corner label glued on after it
        # (装修贷 低至3.2% 最快当天放款广告): three pieces or more apart by spaces, an offer in
        # them (a price, a rate, 低至, 免费, 包邮), no sentence mark, and 广告 glued to the
        # last piece that names no kind of ad (公益广告, 虚假广告 end a heading's words).
        r"^(?=[^。！？!?，,；;]*(?:\d\s*(?:%|元|折)|低至|立减|直降|免费|包邮|限时|最快|0元))"
        r"(?:[^\s。！？!?，,；;]{1,16}\s+){2,5}[^\s。！？!?，,；;]{1,16}"
        r"(?<!公益|户外|虚假|违法|商业|电视|视频|招聘|平面|网络|植入|违规|医疗|烟草)广告$",
        why="an image ad's text with the ad slot's corner label glued on after it",
        examples=("装修贷 低至3.2% 最快当天放款广告", "新款SUV 限时焕新 首付5万元起广告",
                  "暑期托管班 免费试听 名额有限广告", "裝修貸 低至3.2% 最快當天放款廣告"),
        counterexamples=("装修贷 低至3.2%，最快当天放款。",
                         "严查 虚假宣传 最高罚款200万元 违法广告",
                         "征集 2025年度 优秀公益广告",
                         "据统计，今年投放的广告中，低至3.2%的贷款产品占多数广告"),
        max_len=40,
    ),
    Rule(
        "leading_ad_label",
        # A text ad between a portal article's paragraphs saved as a line with the slot's
        # corner label glued on before it (广告装修旺季来临，…最高可省三千元，活动仅限本周末。):
        # 广告 starting the line and no word it makes one with (广告牌, 广告中称, 广告费), an
        # offer in the line (a price, a discount, 低至, 立减, 最高可省) and a promotion's terms
        # or call (仅限, 限时, 即日起, 到店, 名额有限, 咨询电话), and nothing a news sentence on
        # ads says (记者, 虚假, 违法, 查处, 投诉, 表示).
        # A game's or an app's ad is a short slogan, no sentence mark in it, its offer a gift
        # for signing up or a new server (广告《某某》新服今日开启 登录即送神装).
        r"^广告(?![牌费主商业法位语词屏片中里上称显写宣声内标传媒公投收行监市创设营])"
        rf"(?:(?=.*{AD_OFFER})(?=.*{AD_TERMS})|(?=[^。！？!?，,；;：:]{{4,36}}$)"
        r"(?=.*(?:[即就]送|(?:登录|注册|预约|下载|充值|上线)送|新服|开服|首充|礼包|免费领"
        # or a shop's sale, its terms in figures (年货节 全场满199减100, 全场5折起, 买一送一)
        r"|满\d+元?减\d+|\d(?:\.\d)?折起|买[一二三\d]送[一二三\d]|第二件半价)))"
        rf"(?!.*{AD_NEWS_WORDS})",
        why="a text ad with the ad slot's corner label glued on before it, not article text",
        examples=("广告装修旺季来临，城东一家家居卖场推出以旧换新补贴，买全屋家具最高可省三千元，"
                  "活动仅限本周末。",
                  "广告暑期少儿编程班限时招生，前20名报名立减500元，咨询电话0571-8888888。",
                  "廣告裝修旺季來臨，城東一家家居賣場推出以舊換新補貼，最高可省三千元，活動僅限本週末。",
                  "广告《某某仙途》新服火爆开启 注册送十连抽", "广告某某传奇 预约送限定坐骑",
                  "广告三国某某 首充礼包限时领", "广告年货节 全场满199减100",
                  "广告家电焕新季 全场5折起", "广告某某超市 周末买一送一"),
        counterexamples=("广告牌上写着“到店最高立减三千元，活动仅限本周末”，被认定为虚假宣传。",
                         "广告中称限时免费的课程，实际需缴费2000元。",
                         "广告投放旺季来临，不少商家推出限时5折活动吸引顾客。记者了解到，",
                         "广告装修旺季来临，城东一家家居卖场推出以旧换新补贴。",
                         "装修旺季来临，城东一家家居卖场推出以旧换新补贴，最高可省三千元，"
                         "活动仅限本周末。",
                         "广告送审制度改革一年来成效明显", "广告法修订后游戏开服宣传更规范",
                         "广告中“登录即送神装”的承诺被认定为虚假宣传",
                         "《某某仙途》新服开启 注册送十连抽", "年货节 全场满199减100",
                         "广告法对“满199减100”的促销标注有明确规定。",
                         "广告中标注满199减100，结账时却不能使用"),
        max_len=100,
    ),
    Rule(
        "quote_strip",
        # A finance portal's quotes saved as a line: a stock's or an index's name, maybe its
        # code, its price and its signed change in per cent (上证指数 3412.56 +14.31 +0.42%,
        # 某某科技(300812) 23.45 +2.31%), one or a strip of them, maybe under its label
        # (相关个股：). The sign and the two decimals of the price keep a table row of a
        # statistics article (城镇居民 30126 4.8%) out. A sector's change has no price (某某
        # 板块 +1.12%); a stock card ends in its links (股吧 资金流向); the strip's label may
        # stand alone over it (相关个股).
        r"^(?:(?:相关|涉及)?(?:个股|股票|基金|指数)\s*[:：]?\s*)?"
        r"(?:(?:[\u4e00-\u9fffA-Za-z*]{2,10}\s*(?:[（(]?\d{6}(?:\.[A-Za-z]{2})?[)）]?)?\s*"
        r"\d+\.\d{2}\s*(?:[+-]\d+\.\d{2}\s*)?|[\u4e00-\u9fff]{2,8}(?:板块|概念)\s*)"
        r"[+-]\d+(?:\.\d+)?%\s*){1,8}"
        r"(?:(?:股吧|资金流向|行情|研报|诊股|[+＋]?自选)\s*){0,4}"
        r"(?:数据更新于.{0,20})?$"
        r"|^相关(?:个股|股票|基金|板块)\s*[:：]?$"
        # the strip's chips under its label, a name and its change each, no price (相关股票：
        # 某某新能+3.42%某某科技-0.56%): the label keeps a sentence's figures out
        r"|^(?:相关|涉及)(?:个股|股票|基金)\s*[:：]\s*"
        r"(?:[\u4e00-\u9fffA-Za-z*]{2,10}\s*[+-]\d+(?:\.\d+)?%\s*){1,8}$"
        # a card's price under its labels, no sentence (最新价 23.65 涨跌幅 +4.27%), and the
        # row of its buttons alone, two or more (股吧 加自选)
        r"|^(?:最新价|现价|股价)\s*[:：]?\s*\d+\.\d{2,3}\s*(?:涨跌幅|涨幅|跌幅)\s*[:：]?\s*"
        r"[+-]?\d+(?:\.\d+)?%$"
        r"|^(?:股吧|(?:加|[+＋])?自选股?|资金流向|诊股)(?:\s+(?:股吧|(?:加|[+＋])?自选股?|"
        r"资金流向|诊股)){1,3}$",
        why="a finance portal's quote strip or stock card: names, prices and their changes",
        examples=("上证指数 3412.56 +14.31 +0.42% 深证成指 10876.20 -21.66 -0.20%",
                  "某某科技30081223.45+2.31%", "某某科技(300812) 23.45 +2.31%",
                  "相关个股：某某储能 41.08 +1.76%", "某某科技(300812) 23.45 +2.31% 股吧 资金流向",
                  "某某科技23.45+2.31% 某某储能41.08+1.76% 储能板块 +1.12%", "相关个股",
                  "最新价 23.65 涨跌幅 +4.27%", "现价：8.120 涨幅：-1.5%", "股吧 加自选",
                  "+自选 股吧 资金流向", "相关股票：某某新能+3.42%某某科技+1.87%某某股份-0.56%",
                  "涉及个股： 某某电气 +3.42% 某某科技 -1.05%"),
        counterexamples=("城镇居民 30126 4.8%", "全市规上工业增加值增长6.8%",
                         "电气机械和器材制造业 15.2 +1.3",
                         "当日收盘，某某科技股价报23.45元，上涨2.31%。",
                         "储能板块 +1.12%的涨幅并不算大", "相关个股的走势分化明显。",
                         "最新价 23.65元，较前一交易日涨跌幅为+4.27%，成交活跃。", "股吧",
                         "股吧里的讨论 加自选的人多了",
                         "相关股票：某某科技全天上涨3.42%，成交额明显放大。"),
        max_len=200,
    ),
    Rule(
        "tag_line",
        # A line of hashtags alone under a post (#扫地机器人# #智能家居#, #旅行 #摄影): the
        # platform's topics; a sentence that opens on a topic (#话题#今天……) goes on.
        r"^(?:#[\u4e00-\u9fffA-Za-z0-9·]{1,20}#\s*)+$"
        r"|^(?:#[\u4e00-\u9fffA-Za-z0-9·]{1,20}\s+){1,9}#[\u4e00-\u9fffA-Za-z0-9·]{1,20}$",
        why="a line of a post's hashtags",
        examples=("#扫地机器人# #智能家居#", "#旅行 #摄影", "#城市漫步#"),
        counterexamples=("#城市漫步#今天我们走进了老城区的三条小巷。", "第#3号展位",
                         "C# 是一门编程语言"),
        max_len=120,
    ),
    Rule(
        "reviewer_credit",
        # A health site's credit of the doctor who checked the piece, a line of its own above or
        # under it (本文由某某医院某某科主任医师某某审核), or its card's label with the name
        # (审核专家：某某 主任医师): who vouches for the text, no part of it.
        r"^[（(]?\s*(?:本文|本篇|文章|此文)(?:内容)?(?:已)?(?:由|经)[^。！？]{2,40}?"
        r"(?:医师|医生|药师|护师|教授|专家|主任|研究员)[^。！？，,]{0,12}"
        r"(?:审核|审阅|审定|审校|把关)(?:通过)?\s*[)）。]?$"
        r"|^(?:审核|审阅|审稿)(?:专家|医生|医师)(?:\s*[:：|｜]\s*[^。！？，,]{2,30})?$",
        why="a health site's credit of the doctor who reviewed the piece",
        examples=("本文由某某市第一人民医院心内科主任医师某某审核",
                  "（本文经某某医院营养科副主任医师某某审阅）", "审核专家",
                  "审核医生：某某 主治医师"),
        counterexamples=("审核专家组由十二名医生组成，将对申报项目逐一评审。",
                         "本文由记者综合整理。",
                         "该方案已经专家审核，将于下月起在全市推行。"),
        max_len=60,
    ),
    Rule(
        "reward_prompt",
        # A blog's or a tech site's tip jar under the article: the count of those who tipped
        # (3人已赞赏, 已有 36 人打赏，感谢支持…) or the ask itself (觉得有用，欢迎打赏支持作者),
        # a line of its own.
        r"^(?:[赞打]?赏\s*)?(?:已有\s*)?\d[\d,]*\s*人(?:已)?(?:赞赏|打赏)"
        r"(?:\s*[，,]?\s*感谢[^。！？]{0,12})?$"
        r"|^(?:如果|若)?(?:您|你)?(?:觉得|认为)[^。！？]{0,16}(?:有用|有价值|有帮助|不错|有收获)"
        r"[^。！？]{0,4}?[，,]?\s*(?:欢迎|请|可以|就|不妨)?(?:打赏|赞赏)[^。！？]{0,10}[。!！~～]?$"
        r"|^(?:喜欢|觉得好)(?:就|请)?(?:打赏|赞赏)[^。！？]{0,10}$"
        # its ask for a coffee (请我喝杯咖啡吧~, Buy me a coffee) and the labels under its QR
        # codes, saved as text with the picture's name before them (某某 微信微信, 某某 支付宝)
        r"|^(?:请|给)(?:我|作者|博主)喝(?:一)?杯(?:咖啡|奶茶)吧?[~～!！。]*$"
        r"|^(?i:buy me a coffee)\s*[!！~]?$"
        r"|^(?:[\u4e00-\u9fffA-Za-z·]{2,12}\s+)?(微信|支付宝)(?:支付)?\s*(?:\1(?:支付)?)?$",
        why="a tip jar's count or its ask under the article",
        examples=("赞赏3人已赞赏", "已有 36 人打赏，感谢支持优质内容", "12人赞赏",
                  "如果您觉得本文有价值，欢迎打赏支持作者", "觉得文章有用就打赏一下吧~",
                  "喜欢就赞赏一下", "请我喝杯咖啡吧~", "Buy me a coffee", "某某某 微信微信",
                  "某某某 支付宝支付宝", "微信支付"),
        counterexamples=("粉丝们在直播间打赏主播，一晚上花了上万元。",
                         "已有200人打赏了这位主播。",
                         "他觉得这件事很有价值，于是打赏了作者五十元。",
                         "她笑着说：“请我喝杯咖啡吧，就当谢礼。”", "使用微信支付宝付款",
                         "老人不会用微信支付，只能付现金。"),
        max_len=40,
    ),
    Rule(
        "comment_form",
        # A blog's comment form saved as text: its fields' labels marked required (名称(*),
        # 正文(*)) and its invitation in the box (欢迎参与讨论，请在这里发表您的看法。)
        r"^(?:名称|昵称|姓名|名字|邮箱|网址|网站|正文|内容|评论|验证码)\s*[(（]\s*[*＊]\s*(?:必填)?\s*[)）]$"
        r"|^[◎※●]?\s*欢迎(?:参与讨论|发表评论|留言)[，,]\s*请在(?:这里|此处?)发表(?:您|你)的(?:看法|观点|评论)"
        # a CMS's tips on what the box takes (网页地址和电子邮件地址会自动转换为链接。允许的
        # HTML标签：…)
        r"|^网页地址和电子邮件地址(?:会)?自动转换为链接|^允许的\s*HTML\s*标签\s*[:：]"
        # a poll's count and its buttons under its options (已有 2386 人参与投票, 提交 查看结果)
        r"|^已有\s*\d[\d,]*\s*人参与(?:了)?投票$|^(?:提交|投票)\s+查看(?:投票)?结果$"
        # the buttons and the count glued, saved as text from one row (投票查看结果已有1286人参与)
        r"|^(?:提交|投票)\s*查看(?:投票)?结果\s*已有\s*\d[\d,]*\s*人参与(?:了)?(?:投票)?$",
        why="a comment or poll form's fields, tips, count and buttons",
        examples=("名称(*)", "正文(*)", "昵称（*）",
                  "◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。",
                  "网页地址和电子邮件地址会自动转换为链接。允许的HTML标签：<a href> <em>",
                  "允许的HTML标签：<a> <em> <strong>", "已有 2386 人参与投票", "提交 查看结果",
                  "投票查看结果已有1286人参与", "提交 查看结果 已有 86 人参与投票"),
        counterexamples=("欢迎转发分享的网友积极参与讨论。", "名称(暂定)",
                         "欢迎参与讨论，他说，这个问题值得大家一起想一想。",
                         "截至目前，已有2386人参与投票，结果将于下周公布。",
                         "投票查看结果已有1286人参与，支持的占六成。",
                         "允许的HTML标签越少，网站被攻击的风险就越小。"),
        max_len=120,
    ),
    Rule(
        "docs_edit_link",
        # A docs site's link to edit the page in its repository, with its icon's text (在 GitHub
        # 上编辑此页open in new window)
        r"^(?:在\s*(?:GitHub|Gitee|GitLab)\s*上编辑此页"
        r"|(?i:edit this page(?: on (?:github|gitee|gitlab))?))"
        r"\s*(?i:open in new window)?$"
        # any external link of the docs theme's menu, its icon's text glued on (GitHubopen in
        # new window): a sentence never ends on the words
        r"|^[^\s。，,！？!?]{1,20}\s*(?i:open in new window)$",
        why="a docs page's link to edit it in its repository, or another of its external links",
        examples=("在 GitHub 上编辑此页open in new window", "Edit this page on GitHub",
                  "在 Gitee 上编辑此页", "GitHubopen in new window", "更新日志 open in new window"),
        counterexamples=("在 GitHub 上编辑此页面需要先登录账号并申请权限。",
                         "Click the link to open in new window"),
        max_len=60,
    ),
    Rule(
        "document_routing",
        # An office system's routing fields over the document it prints, saved as text a row a
        # line (密级 公开 紧急程度 平件, 拟稿人 某某 核稿人 某某): two fields or more of the
        # form, none of the document's own head (签发人 stays: a 上行文 prints it)
        r"^(?:(?:密级|紧急程度|缓急程度|拟稿人|核稿人|审核人|拟稿单位|拟稿部门|会签|印发份数|保密期限)"
        r"\s*[:：]?\s*[^\s:：，。,]{1,12}\s*){2,6}$"
        # its number field first, labelled (发文字号 某农〔2025〕47号 签发人 某某): the document's
        # own head prints its number bare, never under the system's label
        r"|^(?:发文字号|发文文号|公文文号)\s*[:：]?\s*[^\s:：，。,]{1,20}"
        r"(?:\s+(?:签发人|密级|紧急程度|缓急程度|发文机关|成文日期|公开方式)\s*[:：]?\s*[^\s:：，。,]{1,20}){1,4}$"
        # and its addressee field, the label spaced from its cell (主送 各乡镇人民政府，…): the
        # document's own addressee line has no label, its 版记 a colon
        r"|^主送(?:机关|单位)?\s+[^\s:：。]{2,60}$",
        why="an office system's routing fields over the document (密级, 紧急程度, 拟稿人)",
        examples=("密级 公开 紧急程度 平件", "拟稿人 某某 核稿人 某某某",
                  "密级：公开 缓急程度：平件", "发文字号 某农水〔2025〕47号 签发人 某某某",
                  "发文字号：某政发〔2024〕3号 密级：公开",
                  "主送 各乡镇人民政府、街道办事处，区直有关单位"),
        counterexamples=("密级 公开", "签发人：某某",
                         "拟稿人要对文稿内容负责，核稿人要把好文字关。",
                         "某农水〔2025〕47号 签发人：某某某", "发文字号 某政发〔2024〕3号",
                         "发文字号要规范，签发人要对文件内容负责。",
                         "主送：某某市人民政府办公室", "各乡镇人民政府、街道办事处，区直有关单位：",
                         "主送单位要在收文后三日内办理。"),
        max_len=60,
    ),
    Rule(
        "event_tabs",
        # A press conference or live event's tab bar saved as one line, its labels glued or
        # spaced (文字实录图片直播视频回放相关文件): two labels or more of the kind, nothing else;
        # a 政策解读 page's tabs of the forms it explains in, the same way, or each in brackets
        # (【文字解读】【图片解读】【视频解读】)
        r"^(?:[【\[]?\s*(?:文字实录|图文实录|文字直播|图文直播|图片直播|视频直播|视频回放|直播回放|"
        r"视频回顾|直播回顾|精彩回顾|图片集锦|相关解读|"
        r"现场图片|嘉宾介绍|相关文件|相关报道|政策解读|媒体报道|"
        r"(?:文字|图片|图文|视频|音频|动漫|专家|部门|媒体|H5)解读|图解)\s*[】\]]?\s*[|｜/]?\s*){2,8}$",
        why="a live event's or a policy explanation's tab labels saved as one line (文字实录, "
            "图片直播, 视频回放; 文字解读, 图片解读)",
        examples=("文字实录图片直播视频回放相关文件", "图文直播 视频回放", "文字实录 | 相关报道",
                  "文字实录图片直播视频回顾相关解读",
                  "【文字解读】【图片解读】【视频解读】", "文字解读 | 图解 | 视频解读"),
        counterexamples=("视频回放", "文字实录已上传，视频回放将于明天发布。",
                         "相关文件请到政府网站下载。", "【图片解读】",
                         "文字解读和图片解读同步发布。"),
        max_len=60,
    ),
    Rule(
        "petition_fields",
        # A message board's record over a citizen's letter and its reply, saved as text a row a
        # line (留言编号 BH2025… 留言类型 投诉, 受理单位 某某局 办理状态 已办结, 浏览次数 1268
        # 公开状态 公开): two fields or more of the board's own, the letter and reply left alone
        r"^(?:(?:留言编号|留言类型|信件编号|信件类型|受理单位|办理状态|处理状态|浏览次数|公开状态)"
        r"\s*[:：]?\s*[^\s:：，。,]{1,20}\s*){2,6}$",
        why="a message board's record fields over a letter (留言编号, 办理状态, 浏览次数)",
        examples=("留言编号 BH2025091600371 留言类型 投诉",
                  "受理单位 某某区城市管理局 办理状态 已办结", "浏览次数 1268 公开状态 公开"),
        counterexamples=("办理状态 已办结", "受理单位要在五个工作日内答复，办理状态要及时公开。"),
        max_len=80,
    ),
    Rule(
        "editor_note",
        r"^(?:本文|此文|全文|文章)(?:经过?|由)[\u4e00-\u9fffA-Za-z]{1,10}(?:重新|二次)?"
        r"(?:编排|排版|编辑整理|整理|编辑)(?:而成)?[。.]?$"
        r"|^经过?[\u4e00-\u9fffA-Za-z]{1,10}(?:重新|二次)(?:编排|排版|整理|编辑)[。.]?$",
        why="an editor's note that the text was re-laid out or compiled (经过某某重新编排)",
        examples=("经过某某重新编排", "本文由某某编辑整理"),
        counterexamples=("经过大家重新编排，晚会的节目更加精彩了。", "由他整理", "经过整理"),
        max_len=24,
    ),
    Rule(
        "post_client_line",
        # A quoted or listed post's stamp, alone on its line: its time and the client it was sent
        # from (11月2日 22:15 来自 iPhone客户端), or the client alone under it (来自Android客户端);
        # never a sentence saying where a thing came from. A stamp with its year (1楼 2024-09-14
        # 22:18 来自Android客户端) may be the page's only date: the metadata pass reads it.
        r"^(?:\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*)?"
        r"\d{1,2}:\d{2}(?::\d{2})?\s*来自\s*[\u4e00-\u9fffA-Za-z0-9 .]{0,16}?"
        r"(?:客户端|网页版|手机版|"
        r"(?i:iphone|ipad|android|harmonyos|weibo\.com)[A-Za-z0-9 .]{0,16})$"
        r"|^(?:\d{1,4}楼\s*)?来自\s*(?i:iphone|ipad|android|harmonyos)[A-Za-z0-9 .]{0,16}"
        r"(?:客户端)?$"
        # (or a platform's web or phone page, the time on the line above: 来自 微博网页版)
        r"|^来自\s*[\u4e00-\u9fffA-Za-z]{1,8}(?:网页版|手机版)$",
        why="a quoted post's time and the client it was sent from (… 来自 iPhone客户端), no text",
        examples=("11月2日 22:15 来自 iPhone客户端", "3楼 来自iPhone客户端",
                  "来自Android客户端", "22:15 来自 微博网页版", "7-14 16:52 来自 Android",
                  "11月2日 22:15 來自 iPhone客戶端", "来自 微博网页版", "来自微博手机版"),
        counterexamples=("来自iPhone的用户占比超过六成。", "22:15 来自北京的航班降落",
                         "来自网页版的数据显示，用户增长明显。",
                         "1楼 2024-09-14 22:18 来自Android客户端",
                         "本文来自某某客户端", "来自全国各地的客户端开发者齐聚一堂",
                         "来自新华社客户端的消息显示，比赛将延期。"),
        max_len=60,
    ),
    Rule(
        "creator_badge",
        # a self-media platform's badge under the writer's name (优质城市领域创作者, 娱乐领域
        # 优质创作者), alone on its line
        r"^[\u4e00-\u9fff]{0,8}领域(?:优质|原创)?创作者$"
        r"|^(?:优质|原创|新锐|知名|资深)[\u4e00-\u9fff]{1,8}(?:创作者|作者)$",
        why="a self-media platform's badge for the writer's account, no text",
        examples=("优质城市领域创作者", "娱乐领域优质创作者", "优质科技创作者",
                  "原创美食领域创作者"),
        counterexamples=("他是一名短视频创作者。", "平台将扶持更多优质创作者，提升内容质量。"),
        max_len=16,
    ),
    Rule(
        "post_footer",
        # an embedded post's footer (a 微博 card in the article): when it was posted, 来自 its
        # client, two counts at least (11月29日 09:00 来自 微博网页版 转发 1523 评论 867 赞 6210),
        # and the card's link to the post (查看微博原文); html.prune's post_footer on the page
        r"^(?:(?:\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|今天|昨天)\s*)?"
        r"(?:\d{1,2}:\d\d\s*)?来自\s*[^\s，。,]{1,20}\s*"
        r"(?:(?:转发|评论|赞|点赞|收藏)\s*[(（]?\s*\d[\d,.]*\s*[万千wWkK]?\s*[)）]?\s*[·|｜/]?\s*){2,4}$"
        r"|^查看(?:微博|推文|帖子|动态)原文\s*[>》→]*$"
        # (the card's account row over the post: its name, its 认证 and its follow button,
        # glued into one line: 某某实验室微博认证：某某实验室官方微博+关注)
        r"|^[^。！？，,]{1,20}认证\s*[:：][^。！？，,]{1,30}[+＋]\s*关注$",
        why="an embedded post's footer: when and from which client it was posted, its counts, "
            "or its link to the post; its account row over it",
        examples=("11月29日 09:00 来自 微博网页版 转发 1523 评论 867 赞 6210",
                  "今天 08:12 来自 iPhone客户端 转发(12) 评论(3) 赞(88)", "查看微博原文",
                  "2026-11-29 09:00 来自 微博 转发 1.2万 评论 3862",
                  "某某实验室微博认证：某某实验室官方微博+关注",
                  "某某 微博认证：知名科技博主 + 关注"),
        counterexamples=("11月29日 09:00 来自 微博网页版",
                         "这条微博来自青羽实验室，转发 1523 次，评论 867 条。",
                         "查看微博原文后，他发现截图被修改过。", "来自各地的代表 转发 12 份文件",
                         "该产品已通过国家认证：节能产品认证", "经过认证：请各单位关注"),
        max_len=60,
    ),
    Rule(
        "button_label",
        r"^(?:关注|关注我们|已关注|举报|回复|点赞|收藏|评论|分享|转发|在看|喜欢|赞赏|打赏|取消|确定|更多|展开|收起|"
        r"阅读原文|原文链接|查看原文|写评论|发表评论|我要评论|登录|注册|立即打开|立即下载|打开|原创|"
        r"广告|点击跳转|我要反馈|我要举报|撤消|撤销|写留言|留言|投诉|订阅|查看更多|"
        # (Taiwan's and Hong Kong's: 轉寄 forwards the page by mail, 登入 signs in)
        r"转寄|转寄友人|登入|登入会员|加入会员|我要留言|看更多留言|立即订阅|订阅电子报|"
        r"微信|微博|朋友圈|QQ空间|QQ|复制链接|二维码|(?i:facebook|twitter|whatsapp|wechat|"
        r"weibo|line|telegram|linkedin|email|e-mail|mail|print|share|copy link|subscribe|sign in|"
        r"log in|sign up|menu|search|close))\s*\d*$"
        # a Q&A site's buttons by an answer and its author's card (赞同 1,024, 关注他, 发私信)
        r"|^(?:赞同|反对|关注(?:他|她|TA|ta|它)|发私信|私信)\s*[\d,]*\s*[万千kK]?$"
        # (a company's or a shop's page: 关注公司, 关注店铺)
        r"|^[+＋]?\s*关注(?:公司|企业|店铺|机构)$"
        # a follow button with its plus, the report link's pair, a recommendation box's
        # refresh, a comment box's prompt with its ellipsis (+ 关注, 举报/反馈, 换一换, 写评论...)
        r"|^[+＋]\s*(?:关注|订阅|收藏)$|^举报\s*[/|｜]\s*反馈$|^换一(?:换|批)$"
        # an ad slot's label and its close button between paragraphs (赞助内容, ×关闭)
        r"|^(?:赞助内容|推广内容|赞助商内容|广告内容)$|^[×✕Xx]\s*关闭(?:广告)?$|^关闭广告$"
        r"|^(?:写评论|发表评论|写留言|说点什么|我来说两句|写下(?:你|您)的(?:评论|留言|看法))\s*[.。…]*$"
        # an app store's link (iPhone下載, Android 下载) and a Taiwan portal's mark where an ad
        # breaks the text (請繼續往下閱讀...)
        r"|^(?:iPhone|iOS|Android|安卓)\s*版?\s*下载$|^请继续往下阅读\s*[.。…]*$"
        r"|^[\d,.]+\s*[万千kK]?\s*人赞同了该(?:回答|文章)$"
        # a question's counters saved as text, each label over its number (关注者 / 3,481)
        r"|^(?:关注者|被浏览|浏览量)$"
        # (an answer's row adds its votes: 赞同 56 反对 评论(3) 分享 举报)
        # (a forum thread's 只看楼主 beside them; an answer's 添加评论 and 喜欢)
        # (a phone page's: 已赞 12, 文章评论 0条)
        r"|^(?:(?:参与|发表|查看|添加|文章)?(?:评论|跟帖|跟贴|点赞|收藏|转发|分享|在看|打赏|赞赏|赞同|反对|已赞|赞|回复|"
        r"举报|喜欢|只看楼主|投币)"
        # (a count in 万 too: 赞 1.2万 收藏 3862 评论 36)
        r"\s*[（(]?\s*(?:[\d,]*|\d[\d,]*(?:\.\d+)?\s*[万千wW])\s*[)）]?\s*条?"
        r"\s*[|｜/·]?\s*){1,6}$"
        # a portal's comment counter with its count first (19 跟贴, 326条跟帖)
        r"|^\d[\d,]*\s*条?\s*(?:跟贴|跟帖)$"
        # a copy-link button in brackets beside a headline ([复制链接], 【复制本文链接】)
        r"|^[\[【]\s*复制(?:本文|本页|本帖)?(?:链接|网址|地址)\s*[\]】]$"
        # a desktop client's toolbar over an article it opened (刷新  复制链接  在默认浏览器中打开):
        # two buttons at least, the window's name alone (公众号) above it
        r"|^(?:(?:刷新|复制链接|(?:在|用)?(?:默认)?浏览器(?:中)?打开|转发给朋友|投诉|搜一搜)\s*){2,6}$"
        r"|^公众号$"
        # a card's link to its full page, alone with its arrow (查看详情 >)
        r"|^查看详情\s*[>》→]*$"
        # a card's ask button (向TA提问), a tip button alone (赏), a row's votes on the piece
        # (有用(268) 没用(12), 文章价值：值 128 不值 9), a box's link to more with its arrows
        # (更多问答>>), an author card's counts in one row (文章 1,286 粉丝 3.6万)
        r"|^向(?:TA|ta|他|她)提问$|^赏$"
        # a profile page's like button with its count (为TA点赞 1,862, 给他点赞（56）) and its
        # row of asks (我要留言 我要推荐先锋人物): two or more, each a button's verb
        r"|^(?:为|给)(?:TA|ta|他|她)点赞\s*[（(]?\s*[\d,]*\s*[)）]?$"
        r"|^(?:我要(?:留言|评论|点赞|纠错|投稿|分享|收藏|打印|推荐|提问|咨询|报名|投票|举报)"
        r"[\u4e00-\u9fff]{0,6}\s*){2,4}$"
        r"|^有用\s*[(（]?\d*[)）]?\s*没用\s*[(（]?\d*[)）]?$"
        r"|^(?:文章价值\s*[:：]?\s*)?值\s*\d+\s*不值\s*\d+$"
        r"|^更多[\u4e00-\u9fff]{0,6}\s*(?:>>|》》|»|>)$"
        r"|^(?:(?:文章|粉丝|获赞|作品)\s*[\d.,]+\s*[万千wW]?\s*[·|｜/]?\s*){2,4}(?:[+＋]?\s*关注)?$"
        # a portal's link back to its front page under the article (返回首页，查看更多)
        r"|^返回[\u4e00-\u9fff]{1,6}[，,]\s*查看更多$"
        # a like button's placeholder until its script loads (喜欢 加载中…)
        r"|^(?:喜欢|赞)?\s*(?:正在)?加载中[.。…]*$"
        # a login bar's links saved glued on one line (登录注册QQ登录; 登录/注册 or 登录 注册,
        # spaced or slashed, is left to the masthead's menu rules, which it helps to make)
        r"|^(?:登录|注册|免费注册|QQ登录|微信登录|微博登录|找回密码|忘记密码){2,5}$"
        # a lazy picture's placeholder, its alt text saved before it (某某前脸图片加载中...)
        r"|^[^。，,！？!?]{0,20}图片(?:正在)?加载中[.。…]*$"
        # a car's, a flat's or a game's card of lead buttons (询底价 参数配置 车型对比, 免费通话
        # 预约看房 and the dealer's extension: 400-000-0000 转 1234)
        r"|^(?:(?:询底价|获取底价|参数配置|车型对比|预约试驾|免费通话|预约看房|立即预约|下载游戏)"
        r"\s*[|｜/·]?\s*){1,6}(?:\d{3,4}[-\d]{6,12}(?:\s*转\s*\d{2,6})?)?$"
        # an account card's counts (2.3万粉丝 · 326获赞)
        # (its follow button printed on the same line: 1.1万粉丝  关注)
        r"|^(?:[\d.]+\s*[万千wW]?\s*(?:粉丝|获赞|关注|文章|作品)\s*[·|｜/]?\s*){1,4}(?:[+＋]?\s*关注)?$"
        # (a video account's card puts each label before its count: 粉丝 28.6万  获赞 312.4万)
        # (its count maybe with a comma: 粉丝 12,480)
        r"|^(?:(?:粉丝|获赞|作品)\s*[\d.,]+\s*[万千wW]?\s*[·|｜/]?\s*){1,4}(?:[+＋]?\s*关注)?$"
        # a login box's heading and prompt (用户登录; 某某通行证/邮箱用户可以直接登录：)
        r"|^(?:用户|会员|账号|帐号)登录$|^[^。，,！？!?]{2,20}用户(?:可以|可)?直接登录\s*[:：]?$"
        # a report box's heading asking for reports, no stop after it (发现谣言？请向我们举报,
        # 如发现违法违规行为，欢迎举报): a box's words, where a sentence of the article saying
        # so closes with its stop
        r"|^(?:如|若)?(?:发现|遇到)[\u4e00-\u9fff“”\"]{1,12}[？?，,]\s*(?:请|欢迎)(?:向我们|向本站|及时|立即|点击)?"
        r"(?:举报|投诉|反映)(?:[!！]|\s*[>》→]+)?$"
        # a blog theme's own link to where it is sold (主题购买), printed on every page of a
        # site built on it, wherever the theme puts it (under the title, after the article)
        r"|^(?:(?:本站|网站|博客)?(?:主题|模板|皮肤)(?:购买|下载)|购买(?:本|此|该)?(?:主题|模板))$"
        # a search box's button and its label, the box itself left no text (搜索, 站内搜索：
        # 高级搜索, its button maybe bracketed: 站内搜索： 【高级检索】; a query form's button,
        # 查询, which reads as a two-character name to the byline's parser)
        r"|^(?:站内|全站|全文)?(?:搜索|检索|查询)\s*[:：]?(?:\s*[【\[]?高级(?:搜索|检索)[】\]]?)?$"
        # the same box's placeholder, saved as text with its button beside it (请输入关键词
        # 搜索, 站内搜索 请输入关键字 搜索): it asks for input and says nothing
        r"|^(?:(?:站内|全站)(?:搜索|检索)\s*[:：]?\s*)?请?(?:您)?输入(?:搜索|检索)?"
        r"(?:关键词|关键字|搜索词|检索词|搜索内容|内容)[.。…]*"
        r"(?:\s*(?:站内|全站)?(?:搜索|检索|查询)(?:\s*高级(?:搜索|检索))?)?$",
        why="a lone button label (follow, report, like, comment, search)",
        examples=("已赞 12", "文章评论 0条", "写下你的评论...", "某某前脸图片加载中...",
                  "登录注册QQ登录", "登录注册找回密码", "询底价参数配置车型对比",
                  "免费通话预约看房400-000-0000 转 1234", "立即预约下载游戏",
                  "关注", "举报", "我要举报", "评论 12", "阅读原文", "微信", "WhatsApp", "立即打开",
                  "广告", "赞助内容", "×关闭", "✕ 关闭广告", "关闭广告",
                  "参与评论（128）", "点赞(56)  分享", "关注我们", "赞(26) 打赏 分享",
                  "用户登录", "某某通行证/邮箱用户可以直接登录：",
                  "返回首页，查看更多", "喜欢 加载中…", "正在加载中……", "2.3万粉丝 · 326获赞",
                  "1.1万粉丝  关注", "3.6万粉丝 + 关注",
                  "128文章 3.4万粉丝", "赞同 1,024", "1,024 人赞同了该回答", "关注他", "发私信",
                  "关注公司", "+关注店铺",
                  "关注者", "被浏览", "+ 关注", "举报/反馈", "换一换", "写评论...", "我来说两句",
                  "回复", "回复举报", "回复 (3) 举报", "赞(12) 回复",
                  "赞同 56 反对 评论(6) 分享 举报", "赞 1.2万   收藏 3862   评论 36",
                  "点赞 3.5w 转发 120", "点赞 3.1万 投币 收藏 分享", "粉丝 28.6万  获赞 312.4万",
                  "作品 126 · 粉丝 3.2万", "赞同 1.2 万添加评论分享收藏喜欢",
                  "只看楼主  收藏  回复",
                  "主题购买", "购买本主题",
                  "模板下载", "[复制链接]", "【复制本文链接】", "搜索", "站内搜索：", "查询",
                  "刷新  复制链接  在默认浏览器中打开", "复制链接 用浏览器打开", "公众号",
                  "查看详情 >", "查看详情", "向TA提问", "赏", "有用(268) 没用(12)",
                  "文章价值：值 128 不值 9", "更多问答>>", "文章 1,286 粉丝 3.6万 获赞 12.4万",
                  "搜索： 高级搜索", "全文检索", "请输入关键词   搜索",
                  "站内搜索  请输入关键字  搜索", "请输入搜索关键词...",
                  "输入关键字 检索 高级检索", "站内搜索： 【高级检索】", "轉寄", "轉寄友人",
                  "登入會員", "加入會員", "我要留言", "看更多留言", "立即訂閱", "iPhone下載",
                  "Android 下載", "請繼續往下閱讀...", "19 跟贴", "326条跟帖",
                  "为TA点赞 1,862", "给他点赞（56）", "为她点赞", "我要留言 我要推荐先锋人物",
                  "我要点赞 我要纠错 我要分享", "发现谣言？请向我们举报",
                  "如发现违法违规行为，欢迎举报", "遇到网络诈骗？请立即举报>>"),
        counterexamples=("评论12条意见被采纳。", "现场图片加载中断后，工作人员重新上传了照片。",
                         "消费者可以先询底价，再到店预约试驾。", "写下你的评论后，记得点击发送。",
                         "19条跟帖中，多数网友支持这一做法。",
                         "关注民生", "搜索救援", "搜索引擎优化", "检索结果显示，该病例无接触史。",
                         "关注我们身边的好人好事", "返回家乡，查看更多的是亲情。",
                         "回复群众来信", "回复：已转交相关部门办理。", "举报电话", "举报有奖",
                         "赞同他的观点", "关注他的成长", "关注公司治理", "关注企业发展",
                         "老用户可以直接登录，新用户需注册。",
                         "反对浪费", "赞同 反对 各占一半", "关注者众多", "评论 1.2万字的长文",
                         "粉丝 3万多人在现场助威", "作品 12件入选省展", "投币即可乘车",
                         "主题购买活动", "购买主题门票的游客可优先入园。",
                         "[复制链接后在浏览器中打开]", "请输入关键词后点击搜索。",
                         "刷新纪录", "公众号运营", "复制链接到浏览器中打开即可报名",
                         "查看详情请拨打咨询电话", "查询结果", "查询：本人社保缴费记录",
                         "输入关键词就能查到办事指南", "轉寄包裹", "登入系統後即可查詢",
                         "加入會員後享九折", "請繼續往下閱讀說明", "Android下載量突破百萬",
                         "赏花", "有用的建议", "更多问答请拨打热线", "文章 3篇入选年度好新闻",
                         "为他点赞的人越来越多", "给他点赞，为他加油！", "为家乡点赞",
                         "我要推荐好书", "我要学习 我要进步", "我要投稿，投稿邮箱见下方。",
                         "发现谣言，请向网信部门举报。", "如发现违法违规行为，欢迎拨打12345举报",
                         "发现问题后，请他向上级反映情况"),
        max_len=30,
    ),
    Rule(
        "share_bar_run",
        # A share bar's buttons saved glued into one line (分享LINE複製連結字級: a Taiwan site's
        # share, LINE, copy-link and type-size buttons), its label before them or not; a
        # report page's download button among them (下载PDF全文收藏分享).
        r"^(?:分享(?:这篇文章|这篇|本文|此文|到)?\s*[:：]\s*)?"
        r"(?:(?:分享|收藏|留言|评论|列印|打印|字级|字号|字体|复制链接|复制连结|复制网址|微信|微博|"
        r"下载(?:PDF|pdf|原文|全文|报告){0,2}|"
        r"朋友圈|QQ空间|(?i:line|facebook|twitter|threads|telegram|email))\s*){2,8}$",
        why="a share bar's buttons glued into one line (share, LINE, copy link, type size)",
        examples=("分享LINE複製連結字級", "分享收藏留言", "分享這篇文章：FacebookLINE複製連結",
                  "列印 分享 字級", "微信微博QQ空间", "下载PDF全文收藏分享", "下载原文 打印 分享"),
        counterexamples=("分享收藏的心得", "微博评论区热议", "留言板", "分享：微信",
                         "收藏家分享收藏故事", "下载PDF全文", "下载量超过百万的应用"),
        max_len=40,
    ),
    Rule(
        "shopping_buttons",
        # A car or house portal's buttons by an article, in a row or alone (询底价  预约试驾
        # 计算购车成本  车贷计算, 预约看房  房贷计算器): each label is an action on the portal's
        # shop, never a word a paragraph stands on alone
        r"^(?:(?:询底价|获取底价|查询底价|查底价|我要底价|预约试驾|申请试驾|免费试驾|计算购车成本|"
        r"购车计算器?|车贷计算器?|贷款计算器?|房贷计算器?|加入对比|查看报价|查报价|降价通知|"
        r"预约看房|免费看房|在线咨询|领取优惠|查看配置|参数配置对比)"
        r"\s*[|｜/·]?\s*){1,8}$",
        why="a car or house portal's shop buttons (询底价, 预约试驾, 房贷计算器), no text",
        examples=("询底价　预约试驾　计算购车成本　车贷计算", "询底价 预约试驾", "询底价",
                  "预约看房 | 房贷计算器", "詢底價　預約試駕", "获取底价 / 加入对比"),
        counterexamples=("询底价的网友中，近一半来自三四线城市。", "预约试驾的人数比上月增加三成。",
                         "试驾", "参数配置", "在线咨询服务已覆盖全市。",
                         "房贷计算器显示月供约6000元。"),
        max_len=60,
    ),
    Rule(
        "sales_hotline",
        # A car, house or franchise seller's national number (400-/800-) as an advert: under a
        # selling label (购房热线：400-…, 售楼处电话：), with the lead's extension that routes a
        # portal's call to one project (咨询热线：400-812-6688转1024), or alone before its slogan
        # (400-812-6688 买房找宜居 专业顾问一对一服务). A company's service line in a notice
        # (企业客服热线：400-800-1234（工作日8:30-17:30）) and a sentence giving the number are
        # no seller's advert: this rule leaves them.
        r"^(?:(?:购房|售楼处?|看房|置业|购车|订车|试驾|招商|加盟)(?:热线|电话|专线)\s*[:：]?\s*"
        r"[48]00[-\s－]?\d{3}[-\s－]?\d{4}(?:\s*转\s*\d{1,6})?"
        r"|[\u4e00-\u9fff]{0,6}(?:热线|电话|专线)\s*[:：]?\s*[48]00[-\s－]?\d{3}[-\s－]?\d{4}\s*转\s*\d{3,6}"
        r"|[48]00[-\s－]?\d{3}[-\s－]?\d{4})"
        # (a slogan after a space: short words, no sentence)
        r"(?:\s+[^\s。，,；;！!？?：:（(]{2,16}){0,3}$",
        why="a seller's 400/800 hotline advert (购房热线：400-…, …转1024, 400-… 买房找某某)",
        examples=("咨询热线：400-812-6688转1024", "购房热线：400-812-6688　免费看房专车",
                  "400-812-6688 买房找宜居 专业顾问一对一服务", "售楼处电话：400 812 6688",
                  "招商热线：800-123-4567", "購房熱線：400-812-6688",
                  "諮詢熱線：400-812-6688轉1024"),
        counterexamples=("企业客服热线：400-800-1234（工作日8:30-17:30）",
                         "企业客服热线：400-800-1234", "咨询热线：400-812-6688",
                         "咨询热线：0571-12345678转1024",
                         "消费者可拨打购房热线400-812-6688咨询。",
                         "售楼处电话：400-812-6688，记者拨打后无人接听。",
                         "400-812-6688是该公司的客服电话。", "共有400名学生参加。"),
        max_len=80,
    ),
    Rule(
        "avatar_alt",
        # An avatar's alt text saved as text over the author's name (某某的头像, 用户头像): a
        # name or handle with no punctuation or space before 的头像, or the word alone
        # (no pronoun's: 我的头像 may head an essay's section)
        r"^(?!(?:我|你|您|他|她|它)们?的)(?:[^\s，。！？；：、,.!?;:“”\"]{1,12}的)?"
        r"(?:用户|作者|博主)?头像$",
        why="an avatar picture's alt text (某某的头像), saved as text over the author's name",
        examples=("周某某的头像", "晚风里的鱼的头像", "头像", "用户头像", "作者头像",
                  "某某的用户头像"),
        counterexamples=("他换了新的头像。", "微信头像怎么设置", "头像被盗用的风险",
                         "关于更换头像的通知", "我的头像，是女儿画的", "我的头像",
                         "她们的头像"),
        max_len=20,
    ),
    Rule(
        "question_toolbar",
        # A Q&A page's row under the question: its counts (3个回答, 1.6万浏览, 128人关注) and
        # the buttons to follow, answer or invite (关注问题 邀请回答 写回答). One button at
        # least: counts alone may be a sentence's figures.
        r"^(?=.*(?:关注问题|邀请回答|写回答|我来回答|我要回答|添加回答))"
        r"(?:(?:\d[\d,.]*\s*[万千kK]?\s*(?:个回答|条回答|个答案|次浏览|浏览|人关注|关注)|"
        r"被浏览\s*\d[\d,.]*\s*[万千kK]?\s*次?|关注问题|已关注|邀请回答|写回答|我来回答|我要回答|"
        r"添加回答|添加评论|\d*\s*条评论|分享|举报|"
        # (the question's own vote: 好问题 86)
        r"好问题\s*\d[\d,.]*\s*[万千kK]?|好问题)\s*[|｜·/]?\s*){2,10}$"
        # the link to the question's other answers (查看全部 1,024 个回答)
        r"|^查看全部\s*\d[\d,.]*\s*[万千]?\s*(?:个|条)(?:回答|答案)\s*[>》]*$"
        # the counts alone when one is the question's 被浏览 N (its buttons a row of their
        # own): no sentence's figures say 被浏览 bare (1,204 人关注 · 被浏览 386,512 次)
        r"|^(?:\d[\d,.]*\s*[万千kK]?\s*(?:个回答|条回答|人关注)\s*[|｜·/]?\s*)+"
        r"被浏览\s*\d[\d,.]*\s*[万千kK]?\s*次?$",
        why="a Q&A page's counts and buttons under the question",
        examples=("3个回答   1.6万浏览   关注问题   邀请回答   写回答", "关注问题 写回答",
                  "被浏览 12,345  关注问题  邀请回答  添加评论  分享",
                  "我来回答 | 举报", "查看全部 1,024 个回答",
                  "关注问题  写回答  邀请回答  好问题 86  添加评论  分享",
                  "关注问题写回答邀请回答1,204 人关注 · 被浏览 386,512 次",
                  "1,204 人关注 · 被浏览 386,512 次", "3个回答 128人关注 被浏览 1.6万 次"),
        counterexamples=("写回答", "关注问题的进展", "好问题 86",
                         "这是个好问题，值得关注问题背后的原因。",
                         "3个回答都被采纳了，我们很高兴。",
                         "邀请回答的人越来越多，平台也在改进。",
                         "查看全部3个回答后，他选择了第一种办法。",
                         "该帖128人关注，被浏览3万次。"),
        max_len=80,
    ),
    Rule(
        "answer_badge",
        # A Q&A page's mark over the answer the asker accepted (最佳答案, 已采纳), alone on
        # its line: a label of the page, not the answer's words.
        r"^[【\[]?(?:最佳答案|最佳回答|推荐答案|优质答案|精选回答|已采纳|提问者采纳|网友采纳|"
        r"采纳率\s*[:：]?\s*\d{1,3}%)[】\]]?$",
        why="a Q&A page's accepted-answer mark",
        examples=("最佳答案", "已采纳", "【提问者采纳】", "采纳率：92%"),
        counterexamples=("最佳答案是坚持。", "建议已采纳并转交有关部门。"),
        max_len=20,
    ),
    Rule(
        "ip_location",
        # Where a platform says the poster's IP address is (IP属地：浙江), alone or in a
        # commenter's header between the name and the time (某某 IP属地：上海 5小时前).
        # A post's header may say it as 发布于 and the province alone (发布于 浙江), under its
        # time: a province's name, so never where a thing was published (发布于人民日报).
        r"^(?:[^\s，。！？]{1,16}\s+)?(?:IP|ip)\s*(?:归属地|属地)\s*[:：]\s*[\u4e00-\u9fff]{2,8}"
        r"(?:\s+[^\s，。！？]{1,12})?$"
        r"|^发布于\s*(?:中国)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|"
        r"山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|"
        r"香港|澳门|海外)$",
        why="a platform's IP location note (IP属地), alone or in a commenter's header",
        examples=("IP属地：浙江", "某某风 IP属地：上海 5小时前", "IP归属地: 广东", "发布于 浙江",
                  "发布于 中国香港", "發布於 廣東"),
        counterexamples=("平台上线IP属地显示功能后，网友反响不一。", "IP属地", "发布于人民日报",
                         "发布于 2026-11-28 16:42", "发布于浙江省人民政府网站"),
        max_len=50,
    ),
    Rule(
        "verified_badge",
        # A social platform's badge line under an account's name (微博认证：某某官方微博): the
        # platform's label of the account, no sentence of the post.
        r"^(?:微博|新浪|抖音|头条|快手|知乎|官方|个人|机构|企业)?认证\s*[:：]\s*[^\s，。！？；]{2,30}$",
        why="a social platform's verified-account badge (微博认证：…)",
        examples=("微博认证：某某市消防救援支队官方微博", "认证：某某科技有限公司",
                  "头条认证：某某区融媒体中心官方账号"),
        counterexamples=("认证：", "资质认证：高新技术企业",
                         "产品认证：须经第三方机构检测后发放证书。",
                         "微博认证的账号发布了预警信息"),
        max_len=40,
    ),
    Rule(
        "answerer_card",
        # A Q&A page's card of who answered or asked, with the site's notes on them
        # (回答者：某某  擅长：中学教育, 回答者：某某 | 三级): a card, no sentence. A card with
        # its date is left for meta.lines to read.
        r"^(?!.*\d{4}\s*[-/.年]\s*\d{1,2})(?:回答者|答主|回答人|提问者|提问人)\s*[:：]\s*"
        r"[^\s，。！？：:]{1,20}(?:\s*[|｜·]?\s*(?:(?:擅长|等级|采纳率|回答数|获赞)\s*[:：]?\s*"
        r"[^\s，。！？]{1,16}|(?:LV|Lv)\.?\d{1,2}|[一二三四五六七八九十]{1,2}级))*$",
        why="a Q&A page's card of the answerer or asker (回答者：… 擅长：…)",
        examples=("回答者：教育工作者老林  擅长：中学教育", "回答者：某某 | 三级", "答主：某某 LV5",
                  "提问者：一位焦虑的妈妈"),
        counterexamples=("回答者：我认为应该先和孩子沟通。", "提问者：孩子成绩下滑怎么办？",
                         "回答者：某某 2025-09-21 08:12"),
        max_len=60,
    ),
    Rule(
        "user_level_badge",
        # A community user's level badge by their name (LV6, Lv.3), the title the site gives
        # them after it (LV6  法律顾问) or their name before it (某某123  LV3): their card.
        r"^(?:[^\s，。！？,]{1,16}\s+)?(?:LV|Lv|lv)\.?\d{1,2}(?:\s+[^\s，。！？,]{1,10})?$",
        why="a community user's level badge, the card of a post's or an answer's writer",
        examples=("LV6  法律顾问", "某某123   LV3", "Lv.5", "LV12 初级会员"),
        counterexamples=("LV 2025春夏系列发布", "他的账号已升到LV6，每天都来答题。", "LV6级电池"),
        max_len=40,
    ),
    Rule(
        "login_header_row",
        # The site's top bar saved as one row: whatever it opens with (opening hours, the
        # day's date, a hotline, the site's greeting with its exclamation: 欢迎访问某某网！),
        # it ends in the login and sign-up links after a space.
        r"^(?:欢迎(?:访问|来到|光临|您访问)[^\s。！？!?，]{2,30}[！!]\s*|[^。！？!?]{2,60}?)"
        r"\s\[?(?:请|会员|用户)?(?:登录|登陆|登入)\]?\s*[|｜/丨]?\s*"
        r"\[?(?:免费|立即|新用户)?注册\]?$",
        why="a site's top bar ending in its login and sign-up links (开放时间：…   登录 | 注册)",
        examples=("开放时间：9:00-17:00（周一闭馆）   预约参观   登录 | 注册",
                  "今天是2024年5月6日 星期一　　[登录] [注册]",
                  "服务热线：0570-1234567  请登录 免费注册",
                  "欢迎访问某某交警网！  会员登录  |  免费注册",
                  "欢迎光临某某商城! 请登录 免费注册"),
        counterexamples=("新用户需先登录 注册后方可使用", "老用户可以直接登录，新用户需注册。",
                         "欢迎广大市民参加！ 登录 注册", "欢迎访问！请先登录 再注册",
                         "登录 | 注册", "居民可通过小程序预约，具体操作为：先登录  再注册。"),
        max_len=80,
    ),
    Rule(
        "account_bar",
        # A platform's user area saved as one row: its items only (我的积分 26, 我的, 搜索, 签到),
        # two or more, a count after one maybe; a headline is never made of them alone.
        r"^(?:(?:我的(?:积分|收藏|消息|订阅|关注|主页|账号|账户|学习|(?=搜索|通知|签到|\s|$|[|｜/·]))"
        r"|积分|搜索|消息|通知|签到|"
        r"个人中心|会员中心)\s*\d{0,6}\s*[|｜/·]?\s*){2,6}$",
        why="a platform's user area (我的积分 26 我的 搜索), no article text",
        examples=("我的积分 26我的搜索", "签到 我的积分 120 消息", "我的 | 搜索",
                  "我的學習 積分 35 搜索"),
        counterexamples=("我的积分", "我的积分怎么查询", "我的家乡 我的梦", "搜索", "积分 26"),
        max_len=30,
    ),
    Rule(
        "channel_link",
        # A link to a channel or an account's column with its arrow (浪潮号·某某 >, 进入专题 ›,
        # 更多>>): a short name, its parts maybe joined by middle dots, closed by the arrow
        # alone; no heading or sentence ends in one. (A pager's links, 下一页 ›, 末页 », are
        # left to the pager's rules, which read them with the bar around them.)
        r"^(?!.*(?:[上下前后]一?页|首页|末页|尾页))[^\s，。！？；：:>›»＞]{1,12}"
        r"(?:\s*·\s*[^\s，。！？；：:>›»＞]{1,12}){0,2}\s*(?:>{1,2}|›{1,2}|»|＞{1,2})$",
        why="a link to a channel or column with its arrow (某某号·某某 >), no article text",
        examples=("浪潮号·观潮客 >", "进入专题 ›", "更多>>", "查看全部 ＞", "某某号 · 某某 »"),
        counterexamples=("气温 > 30", "首页 > 要闻 > 正文", "浪潮号·观潮客", "下一页 ›", "末页 »",
                         "他说：“往前走 >", "A>B"),
        max_len=30,
    ),
    Rule(
        "points_prompt",
        # A learning platform's reward for reading, with the day's progress (阅读文章满一分钟可获得
        # 积分，今日已获 3/6 分): the platform's counter, no sentence of the article, which
        # may tell of points without a count of the reader's own (可获得积分，积分可兑换……).
        r"^(?:[^。！？]{0,24}(?:获得|获取|赚取|领取|得)\s*\d*\s*积分\s*[，,]?\s*)?"
        r"(?:今日|今天|本日|当日)?已(?:获得?|得|领取?)\s*\d+\s*/\s*\d+\s*(?:积)?分$",
        why="a platform's reading reward and the day's count of points, no article text",
        examples=("阅读文章满一分钟可获得积分，今日已获 3/6 分", "今日已获 6/6 分",
                  "观看视频可获得1积分，今天已获得 2/6 分", "閱讀文章可獲得積分，今日已獲 3/6 分"),
        counterexamples=("市民参与垃圾分类可获得积分，积分可兑换生活用品。",
                         "阅读文章满一分钟可获得积分", "本场比赛主队已获3/6分。"),
        max_len=50,
    ),
    Rule(
        "live_controls",
        # a live page's status and its count of viewers (直播中 参与人数：12.8万), alone on a line
        # (观看 3.6万: the count's noun may go)
        r"^(?:(?:直播中|正在直播|直播已结束|直播结束|直播回放)\s*)?(?:(?:(?:参与|观看|在线|围观)(?:人数|人次)"
        r"|观看|围观)\s*[:：]?\s*[\d.]+\s*[万千wW]?\+?)?$(?<=\S)"
        # its feed's controls: the order of posts and the refresh buttons (正序 | 倒序 手动刷新,
        # 最新 | 最早, 最新在前 最早在前)
        # (after the feed's tabs, saved glued to them: 直播评论（328）正序 | 倒序)
        r"|^(?:(?:直播|图文|评论|互动|聊天室?)(?:\s*[（(]\d+[)）])?\s*){0,3}"
        r"(?:(?:正序|倒序|顺序|逆序|按时间正序|按时间倒序|(?:最新|最早)(?:在前|优先)?|手动刷新|自动刷新|刷新|"
        r"只看主持人)"
        r"\s*[|｜/·]?\s*){2,6}$"
        # or its refresh button alone: a button's word, not a heading's (刷新纪录 is the verb)
        r"|^(?:手动|自动)?刷新$"
        # or one control after the status (正在直播 刷新)
        r"|^(?:直播中|正在直播|直播已结束|直播结束|直播回放)\s+(?:(?:正序|倒序|手动刷新|自动刷新|刷新|"
        r"只看主持人)\s*[|｜/·]?\s*){1,6}$",
        why="a live page's status, viewer count and feed controls (直播中, 参与人数, 正序|倒序)",
        examples=("直播中  参与人数：12.8万", "直播已结束", "观看人数 3.2万",
                  "正序 | 倒序　　手动刷新　自动刷新", "倒序 正序", "自动刷新 | 手动刷新",
                  "正在直播 刷新", "直播中 倒序 | 只看主持人", "观看 3.6万", "围观 1.2万+",
                  "最新 | 最早", "最早 最新 刷新", "刷新", "手动刷新", "最新在前最早在前 自动刷新",
                  "最新优先 | 最早优先", "直播评论（328）正序 | 倒序", "直播 评论(12) 倒序 正序"),
        counterexamples=("直播中，主持人介绍了活动安排。", "参与人数：全体干部职工", "刷新纪录",
                         "正序排列", "倒序", "全市参与人数达12.8万人次。", "观看 3场比赛",
                         "最新", "最新最早的记录都在这里。", "最新在前", "最早在前的是哪一条",
                         "直播评论（328）", "评论区正序排列"),
        max_len=40,
    ),
    Rule(
        "reading_time",
        r"^(?:阅读提示\s*[:：]\s*)?(?:本文|全文)(?:共|约|共计)?\s*[\d,]+\s*字\s*[，,]?\s*"
        r"(?:预计|建议)?阅读(?:需要|时间|时长|用时)?\s*(?:约|大约)?\s*(?:需要?)?\s*[\d.]+\s*"
        r"分钟[。.]?$"
        # the note without the word count, a phone page's (本文阅读约需 3 分钟, 预计阅读 5 分钟)
        r"|^(?:本文|全文)?(?:预计|建议)?阅读(?:约需|约|需要|需|时间|时长|用时)?\s*[:：]?\s*"
        r"(?:约|大约)?\s*(?:需要?)?\s*[\d.]+\s*分钟[。.]?$",
        why="a post's reading-time note above its text (本文约1200字，阅读需要3分钟)",
        examples=("阅读提示：本文约1200字，阅读需要3分钟", "全文共2345字，阅读大约需要5分钟",
                  "本文约3000字，预计阅读时间8分钟", "本文阅读约需 3 分钟", "预计阅读 5 分钟",
                  "阅读时长：4分钟"),
        counterexamples=("全文共2345字，分为五个部分。", "本文约3000字，阅读需要耐心和时间。",
                         "本文阅读约需 3 分钟以上的耐心。", "每天阅读30分钟"),
        max_len=40,
    ),
    Rule(
        "forum_notice",
        # a post's edit stamp, in its header or at its end in brackets
        rf"^[\[【]?\s*本帖最后由\s*\S{{1,20}}\s*于\s*{_DATE}[\d:：\s]*编辑\s*[\]】]?$"
        # a picture's attachment box: its size and its upload time
        r"|^(?:下载附件|点击文件名下载附件)\s*[(（]\s*[\d.]+\s*(?i:[KMG]B|bytes?)\s*[)）]$"
        # a board's picture attachment row: the file's name, size and download count
        # (IMG_0001.jpg (286.45 KB, 下载次数: 12))
        r"|^\S{1,80}\.(?i:jpe?g|png|gif|webp|bmp|heic)\s*[(（]\s*[\d.]+\s*(?i:[KMG]B|bytes?)"
        r"\s*[,，]\s*下载次数\s*[:：]\s*\d+\s*[)）]$"
        rf"|^{_DATE}[\d:：\s]*上传$"
        # a quoted post's header over the quote (引用楼主某某于2025-11-12 22:05发表的 :,
        # 原帖由 某某 于 2024-5-3 10:30 发表): the board's words, the quote under it
        rf"|^引用(?:楼主|第\s*\d{{1,5}}\s*楼)?\s*\S{{1,20}}?\s*于\s*{_DATE}[\d:：\s]*发表的?\s*[:：]?$"
        rf"|^原帖由\s*\S{{1,20}}?\s*于\s*{_DATE}[\d:：\s]*发表$"
        # (引用 某某 3# 的帖子：, 引用 某某 的回复：)
        r"|^引用\s*\S{1,20}?\s*(?:\d{1,5}\s*[#楼]|楼主)?\s*的(?:帖子|回复|发言)\s*[:：]?$"
        # a moderator's or the system's action on the post or the floor
        r"|^(?:该|本|此)(?:帖子?|贴子?|楼层?)(?:疑似违规)?(?:已被|被)\S{0,6}"
        r"(?:加精|置顶|锁定|屏蔽|删除|折叠|移动|隐藏|高亮)[。.]?$"
        # a post's floor alone on its line (沙发, 板凳, 2#, #3, 5楼), or the opening post's
        # with its poster's handle (楼主 某某): 沙 is a surname, so 沙发 would read as a byline
        r"|^(?:楼主|沙发|板凳|地板|\d{1,5}\s*[#楼]|#\d{1,5})$|^楼主\s+[^\s，。,：:！？]{1,20}$"
        # the opening post's head row saved glued: the poster's handle, rank and floor
        # (某某Lv.6楼主); a reply's (某某Lv.3沙发) is left to end the opening post's run
        r"|^[^\s，。,：:！？]{1,20}?\s*(?i:Lv)\.?\s*\d{1,2}\s*楼主$"
        # a paid community's marks on a post, alone on their lines: the owner's (星主) and
        # the editors' pick (精华)
        # (both on one row: 星主 · 精华)
        r"|^(?:星主|精华|精华主题)(?:\s*[·|｜/]?\s*(?:星主|精华|精华主题|置顶))*$"
        # the board software's footer: its clock and the time it took to build the page
        r"|^(?:GMT\s*[+-]\s*\d{1,2}\s*,.*)?Processed in [\d.]+\s*second"
        # the thread's buttons and the guest's prompt (电梯直达, 返回列表 发新帖, 您需要 登录
        # 才可以下载或查看), a post's rating box (评分 参与人数 3 威望 +5)
        # and the opening post's view switches (只看该作者, 倒序浏览), alone on their lines
        # (the row saved glued, its reply button after them: 返回列表发新帖回复)
        r"|^(?:电梯直达|跳转到指定楼层|上一主题\s*下一主题|返回列表(?:\s*发新帖)?(?:\s*回复)?|"
        r"发新帖(?:\s*回复)?|只看楼主|"
        r"回复楼主|阅读模式|只看该作者|只看大图|倒序浏览|正序浏览)$|^(?:本帖子?中包含更多资源\s*)?您需要\s*登录\s*才可以(?:下载或查看|回帖|发帖)"
        # (the attachment box's heading on a line of its own, over the guest's prompt)
        r"|^本帖子?中包含更多资源$"
        # a reply floor's header (发表于 2025-9-14 20:45:31|只看该作者); the opening post's,
        # with the thread's view switch (|倒序浏览), is the post's date row for meta.lines
        r"|^发表于\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[|｜]\s*只看该作者$"
        r"|^评分\s*参与人数\s*\d+"
        # the thread's counters (查看: 5216 | 回复: 43)
        r"|^查看\s*[:：]\s*\d[\d,]*\s*[|｜]?\s*回复\s*[:：]\s*\d[\d,]*$"
        # the opening post's view switches saved glued on one line (只看楼主倒序浏览)
        r"|^(?:只看楼主|只看该作者|倒序浏览|正序浏览|只看大图|阅读模式)"
        r"(?:\s*[|｜]?\s*(?:只看楼主|只看该作者|倒序浏览|正序浏览|只看大图|阅读模式)){1,3}$"
        # a board's counters in its header (关注：1,284,567 贴子：23,456,789), or a poster's
        # in the card over the post (帖子 1386 · 积分 5720)
        r"|^(?:(?:关注|贴子|帖子|主题|会员|成员|积分|精华|威望|金钱)\s*[:：]?\s*\d[\d,.]*"
        r"\s*[万亿]?\s*[|｜·]?\s*){2,4}$"
        # a reply floor's row under its words (3楼 2024-09-15 07:05 来自iPhone客户端); the
        # first floor's, under the opening post, is the post's date row for meta.lines
        # (or saved glued, the verb before the date: 4#发表于 2024-09-15 07:05来自手机)
        r"|^(?!1\s*[#楼])\d{1,5}\s*[#楼]\s*(?:发表于\s*|\s)\s*\d{4}-\d{1,2}-\d{1,2}"
        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*来自(?:\S{1,16}客户端|手机|手机版|移动端))?$"
        # a board's rules posted over its threads (版规：发帖请……，违者删帖。)
        r"|^(?:版规|本版版规|本版规定|版块规则|发帖须知)\s*[:：]\s*\S.{4,80}[。！!]$",
        why="a forum's notice on a post (edit stamp, attachment box, a moderator's action, "
            "the floor's label) or the board software's footer",
        examples=("本帖最后由 山野行者 于 2024-5-3 10:30 编辑",
                  "[ 本帖最后由 某某 于 2024-5-3 10:30 编辑 ]",
                  "下载附件 (123.45 KB)", "2024-5-3 10:20 上传", "该帖已被管理员加精",
                  "IMG_20240503_093512.jpg (286.45 KB, 下载次数: 12)",
                  "微信图片_2024.png (1.2 MB, 下载次数: 0)",
                  "该楼层疑似违规已被系统折叠", "本帖已被锁定", "楼主 山野行者", "沙发", "板凳",
                  "2#", "#3", "5楼", "星主", "精华", "星主 · 精华",
                  "GMT+8, 2024-5-4 08:15 , Processed in 0.041 second(s), 18 queries .",
                  "Processed in 0.123456 second(s), 8 queries.", "电梯直达", "返回列表 发新帖",
                  "返回列表发新帖回复", "返回列表 发新帖 回复",
                  "上一主题 下一主题", "您需要 登录 才可以下载或查看，没有账号？立即注册",
                  "本帖子中包含更多资源",
                  "评分 参与人数 1 威望 +5 收起 理由", "查看: 5216 | 回复: 43", "只看该作者",
                  "倒序浏览", "关注：1,284,567  贴子：23,456,789", "查看: 4862回复: 57",
                  "只看楼主倒序浏览", "只看楼主 | 倒序浏览", "某某妈妈Lv.6楼主", "某某 Lv.3 楼主",
                  "关注 1.2万 帖子 356万",
                  "3楼 2024-09-15 07:05 来自iPhone客户端", "2楼 2024-09-14 22:31",
                  "发表于 2025-9-14 20:45:31|只看该作者",
                  "引用楼主某某某于2025-11-12 22:05发表的 :",
                  "引用第3楼某某于2025-11-12 22:18发表的：", "原帖由 某某 于 2024-5-3 10:30 发表",
                  "引用 山野行者 5# 的帖子：", "引用 某某 的回复:", "7#发表于 2025-3-9 21:05",
                  "12楼发表于 2025-03-09 21:05来自手机", "帖子 208 · 积分 1650",
                  "积分：30 精华：1", "版规：请勿发布广告，违者删帖。",
                  "发帖须知：标题请写明区县和事由，否则一律移走！"),
        counterexamples=("本帖最后由他本人于去年编辑，内容一直没有更新。",
                         "2024年5月3日上传的视频引发网友热议，播放量超过十万次。",
                         "该帖已被删除的消息很快在网上传开，引发网友热议。", "楼主说得有道理。",
                         "楼主 你好，请问报名截止到哪天？", "沙发 茶几 电视柜", "5楼会议室",
                         "他已升到Lv.6，成了楼主。", "只看楼主的回复就够了",
                         "发新帖回复网友的提问", "返回列表回复率",
                         "星主说", "精华版",
                         "照片.jpg (286.45 KB) 是他发给记者的唯一线索。",
                         "The request was processed in 2 seconds.",
                         "您需要登录后才可以享受会员折扣，这是商家的规定。",
                         "评分参与人数较多的项目将优先入选。", "只看该作者的近期动态就知道了。",
                         "倒序浏览这些老照片，仿佛回到了过去。", "关注 3 个方面",
                         "1楼 2024-09-14 22:18 来自Android客户端", "5楼 2024-09-14 会议室",
                         "发表于 2025-9-14 20:31:07|只看该作者|倒序浏览",
                         "引用他于2025年11月12日发表的文章，记者核实了有关数据。",
                         "原帖由他本人于2024年5月3日发表在论坛上，很快引发热议。",
                         "引用他的帖子：这句话后来被广泛转载。", "引用专家的发言说明问题",
                         "1#发表于 2025-3-9 21:05", "积分 5720 分", "版规：",
                         "版规要求发帖请注明地点，违者删帖。"),
        max_len=90,  # the software's footer runs to some 70 characters
    ),
    Rule(
        "bookmark_notice",
        r"^(?:已收藏|收藏成功|已取消收藏|取消收藏成功|已加入收藏)\s*[!！。.]?$"
        r"|(?:通过|在|进入).{0,40}(?:我的收藏|收藏夹).{0,10}查看(?:所有|全部|您)?.{0,6}收藏",
        why="the pop-up a bookmark button opens (已收藏! and where to find the bookmarks)",
        examples=("已收藏!", "收藏成功",
                  "您可通过某某首页(www.example.com)顶部 “我的收藏”， 查看所有收藏过的文章。",
                  "可在个人中心的我的收藏中查看全部收藏内容"),
        counterexamples=("已收藏的文物达三万余件，其中一级文物两百件。",
                         "他把这篇文章放进了我的收藏夹，随时查看。",
                         "博物馆已收藏。", "在我的收藏里查看"),
        max_len=80,
    ),
    Rule(
        "ad_label",
        r"^(?:\s*(?i:by\s*taboola|sponsored\s*links?|promoted\s*links?|sponsored|advertisement|"
        r"ads?\s+by\s+\w+)\s*)+$",
        why="the label of an advertising widget (Sponsored Links, by Taboola)",
        examples=("by Taboolaby Taboola", "Sponsored LinksSponsored Links", "Promoted Links",
                  "Advertisement", "Ads by Google"),
        counterexamples=("Sponsored links are a major source of revenue for search engines.",
                         "赞助商链接"),
        max_len=40,
    ),
    Rule(
        "space_nav",
        # A row of people's names (a list of award winners) is text: every token a surname and
        # a given name of one or two characters.
        rf"^(?!(?:{_NAME}\s+)+{_NAME}$)"
        # nor is the reporters' byline (记者 某某 实习生 某某 报道): meta.lines reads it
        r"(?!(?:本报|特约|首席|见习|实习)?(?:记者|通讯员)\s)"
        # nor a table's header row, which opens with its row-number column (序号 姓名 单位 …)
        r"(?!(?:序号|编号)\s)"
        # or names its columns by what they hold (专业代码 专业名称 调剂名额 … 备注): a menu's
        # labels name sections, not a code, a name, a quota or the remarks column
        r"(?!(?:\S+\s+)*\S{0,4}(?:代码|名称|名额|编码|人数|数量|金额)(?:\s|$))"
        r"(?!(?:\S+\s+)+备注$)"
        # nor a document's type spaced out as its heading, a character a token (民 事 判 决 书,
        # 行 政 处 罚 决 定 书): a menu's labels are words
        r"(?![\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])*[ \u3000]+[书状令告函]$)"
        # the row may open on the site's home link (某某日报首页), one label longer than the rest
        r"(?:[\u4e00-\u9fffA-Za-z]{2,8}首页\s+(?:[\u4e00-\u9fffA-Za-z]{1,4}\s+){3,}"
        r"|(?:[\u4e00-\u9fffA-Za-z]{1,4}\s+){4,})[\u4e00-\u9fffA-Za-z]{1,4}$"
        # the row may end in the site's app link (APP下载), one label longer than the rest
        r"|^(?:[\u4e00-\u9fffA-Za-z]{1,4}\s+){4,}(?i:app)\s*下载$",
        why="navigation row of five or more short labels separated by spaces",
        examples=("新闻 体育 财经 娱乐 科技 汽车 房产 教育", "首页 要闻 时政 社会 图片",
                  "徐阿婆 冯警官 事主 江门 蓬江", "首页 快讯 行情 话题 深度 VIP APP下载",
                  "某某日报首页\u3000要闻\u3000深度\u3000评论\u3000民生",
                  "某某网首页 新闻 政务 县域 视频"),
        counterexamples=("走对路 扎实干", "王彩艳 肖亚平", "记者 某某某 实习生 某某某 报道",
                         "本报记者 某某 通讯员 某某 某某",
                         "王建国 李秀英 张伟 刘洋 陈静 杨帆 赵磊 黄丽 周强 吴敏",
                         "孙志刚 马晓燕 欧阳文华 胡海 郭丽萍", "序号 姓名 性别 工作单位 任教学科",
                         "编号 项目名称 建设地点 建设单位 投资额",
                         "学院 专业代码 专业名称 调剂名额 备注", "品名 规格 产地 单价 备注",
                         "民 事 判 决 书", "行 政 处 罚 决 定 书", "刑 事 裁 定 书",
                         "岗位 招聘人数 学历 专业 年龄",
                         "扫码 关注 APP下载", "下载 APP下载",
                         # the home link and three labels after it: no row of five
                         "某某网首页 新闻 政务 视频", "设为首页 加入收藏"),
        max_len=80,
    ),
    Rule(
        "viewer_controls",
        # A document, magazine, feed or media reader's row of controls saved as text, two or
        # more on a line and nothing else: its buttons (上一页 下一页 目录 缩略图 全屏; 稍后读 星标
        # 分享 标为未读; 下载券 3 立即下载 加入VIP 免券下载 收藏 举报; Share Facebook LINE Print),
        # its player's position and speed (播放 00:00 / 23:41; 倍速 1.0x 定时关闭) and its counters
        # (4.5分（128人评价） 浏览量 3521 下载量 204), maybe after the host's name (主播：某某 订阅
        # 3.2万 播放 126.5万). One label alone is button_label's; a row of words is prose's.
        r"^(?:(?:主播|主讲人?|讲者|上传者|UP主)\s*[:：]\s*[^\s:：]{1,16}\s+(?=\S+\s*[\d.]+\s*[万千wW]?(?:\s|$)))?"
        r"(?:(?:上一(?:页|期|篇|集)|下一(?:页|期|篇|集)|往期回顾|订阅本刊|目录|缩略图|(?:退出)?全屏|放大|缩小|"
        r"下载(?:PDF|全文)?|打印|分享|收藏|举报|星标|稍后读|(?:全部)?标为(?:未读|已读)|只看未读|刷新|"
        r"倍速(?:\s*\d(?:\.\d{1,2})?\s*[xX×])?|定时(?:关闭)?|弹幕|高清|标清|超清|立即下载|免券下载|"
        r"(?:加入|开通)(?:VIP|会员)(?:\s*免券下载)?|借阅|预约|续借|导出题录|在线阅读|正序|倒序|点赞|订阅|"
        # a feed reader's own toolbar (搜索订阅 添加订阅 导入OPML 设置 退出)
        r"(?:搜索|添加|管理|导入)订阅|导入OPML|设置|退出|"
        r"(?i:share|facebook|twitter|line|print|e-?mail|whatsapp|telegram|linkedin)|"
        r"(?:播放)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|"
        r"(?:浏览量?|下载量?|阅读量?|播放量?|观看|订阅|点赞|评论|收藏|分享|下载券)\s*[:：]?\s*\d[\d,.]*\s*[万千wW]?|"
        r"\d(?:\.\d)?\s*分\s*[（(]\s*\d[\d,]*\s*人(?:评价|评分|评)?\s*[）)])"
        r"(?:\s+|$)){2,12}$"
        # the player's position over its length alone on its line (播放 00:00 / 23:41)
        r"|^(?:播放|暂停)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?$"
        # a catalogue's search box saved as text: its field chooser and buttons (检索范围：题名
        # 检索 高级检索)
        r"|^(?:检索|搜索)(?:范围|字段|方式|类型)\s*[:：]\s*[\u4e00-\u9fff]{1,6}\s*[▼▾]?\s+(?:检索|搜索)"
        r"(?:\s+高级(?:检索|搜索))?$"
        # its keyboard hint, single keys for its actions (快捷键：j / k 切换文章，s 星标)
        r"|^快捷键\s*[:：]\s*(?:[A-Za-z](?:\s*/\s*[A-Za-z])?\s+[\u4e00-\u9fff]{2,6}\s*[，,、；;]?\s*){2,}$"
        # a media page's list of episodes: its heading with the count and sort buttons (声音列表
        # （共38集） 正序 倒序), an episode by its length and plays (第37期｜某某 31:05 15.2万)
        r"|^(?:声音|节目|单集|剧集|分集|选集|音频|视频)列表\s*[（(]\s*共\s*\d+\s*[集期个条]\s*[）)]"
        r"(?:\s+(?:正序|倒序|排序))*$"
        r"|^(?:第\s*\d{1,4}\s*[期集话回讲]\s*[｜|:：·]?\s*)?[^\s。，！？]{2,30}\s+\d{1,2}:\d{2}(?::\d{2})?"
        r"\s+\d[\d,.]*\s*[万千wW]?次?$",
        why="a reader's or player's row of controls and counters (上一页 下一页 目录 全屏)",
        examples=("上一页 下一页 目录 缩略图 全屏 放大 缩小 下载PDF",
                  "上一期 下一期 往期回顾 订阅本刊",
                  "稍后读 星标 分享 标为未读", "下载券 3 立即下载 加入VIP 免券下载 收藏 举报",
                  "Share Facebook LINE Print", "播放 00:00 / 23:41", "倍速 1.0x 定时关闭 下载 分享",
                  "4.5分（128人评价） 浏览量 3521 下载量 204", "高清 倍速 弹幕 全屏",
                  "主播：某某 订阅 3.2万 播放 126.5万", "借阅 预约 收藏 导出题录 分享", "正序 倒序",
                  "搜索订阅 添加订阅 导入OPML 设置 退出", "检索范围：题名 检索 高级检索",
                  "快捷键：j / k 切换文章，s 星标，m 标为已读", "声音列表（共38集） 正序 倒序",
                  "第37期｜某某故事 31:05 15.2万", "乡村的夜晚 27:18 18.9万"),
        counterexamples=("下载全文", "分享", "上一页", "订阅 3.2万人次的增长令人惊喜。",
                         "主播：某某", "主播：某某 讲述乡村故事", "收藏家 分享 心得",
                         "浏览量 超过 百万", "目录 一、总则 二、职责",
                         "比赛时间 19:30 / 20:30", "设置 退出 机制",
                         "快捷键：Ctrl+C 复制，Ctrl+V 粘贴",
                         "节目列表共有二十个节目。", "开幕式 9:30", "第二场 19:30 1200人"),
        max_len=80,
    ),
    Rule(
        "catalogue_record",
        # A library's or archive's catalogue record, one field a line: the cataloguer's labels
        # (题名, 责任者, 出版者, 中图分类号, 载体形态) over a short value. The record describes the
        # item; its 摘要 below is the text. (题名, 出版日期 and 作者 stay: meta reads them; a
        # book review's 图书信息 box, part of its text, prints ISBN, 页数 and 出版时间 too.)
        r"^(?:并列题名|责任者|责任说明|出版者|统一书号|"
        r"载体形态|主题词|中图分类号|索书号|丛编题名)\s*[:：]\s*[^。！？!?]{1,40}$",
        why="a library catalogue record's field row (题名：…, 责任者：…, 中图分类号：…)",
        examples=("并列题名：Selected Archives", "责任者：市档案馆 编", "出版者：某某出版社",
                  "主题词：商会；档案；地方史",
                  "中图分类号：K295", "载体形态：326页；24cm"),
        counterexamples=("出版日期：2025-11-15", "作者：某某", "题名：某某档案选编",
                         "ISBN：9787500000000", "页数：326页",
                         "责任者：要对档案的真实性负责。", "主题词表的编制工作已经完成"),
        max_len=50,
    ),
    Rule(
        "feed_item",
        # A feed reader's or aggregator's list of items saved as text, one a line: the item's
        # headline, its feed's name and its age (某某某某 某某日报 2小时前). The age dates no
        # article; the item opened below carries its own date row. A row opened by the
        # platform's 原创 mark is a post's own row under its headline (原创 某某 某某号 昨天):
        # meta reads its account and writer.
        r"^(?!原创|原創)(?!.*(?:记者|通讯员))\S.{4,40}?\s+[^\s:：|｜]{2,12}\s+"
        r"(?:\d{1,2}\s*(?:秒|分钟|小时)前|刚刚|昨天(?:\s*\d{1,2}:\d{2})?)$",
        why="a feed reader's list item: headline, feed name, age (… 某某日报 2小时前)",
        examples=("县域公交开通新线路 某某日报 2小时前", "冬季供暖首日运行平稳 某某晚报 刚刚",
                  "本地高校新增专业获批 某某新闻网 昨天 18:20"),
        counterexamples=("某某日报 2小时前", "本报首席记者 王某某 2小时前",
                         "来源：某某日报 3小时前", "他说 会议 2小时前结束",
                         "原创 某某某 某某组工 昨天", "原创 某某某 某某发布 3小时前"),
        max_len=60,
    ),
    Rule(
        "player_placeholder",
        r"^(?:视频|音频|内容|图片|页面|广告)?(?:正在)?加载中(?=$|[，,。.…\s！!请])|^您的浏览器(?:暂)?不支持|"
        r"^(?:点击)?(?:播放|观看)(?:视频|完整视频)$|^(?:视频|音频)(?:时长)?\s*[:：]?\s*\d{1,2}:\d{2}$"
        # the player's own loading note and its plug-in prompt, and its tag alone on a line
        # (【视频】 before a headline is the headline's, and stays with it)
        r"|^正在(?:加载|载入|缓冲)(?:视频|音频|播放器|内容)?(?=$|[，,。.…\s！!请])"
        r"|^(?:请|您需要|需要)?(?:先)?(?:安装|下载|升级|更新|启用)(?:最新版?(?:本的?)?)?\s*"
        r"(?:Adobe\s*)?Flash\s*(?:Player|播放器|插件)"
        r"|^[\[【(（]\s*(?:视频|音频)\s*[\]】)）]$"
        # the player's caption naming what it plays (正在播放：某某县油菜花进入盛花期)
        r"|^(?:正在播放|当前播放|现在播放)\s*[:：]"
        # the player's error when the stream fails (加载失败，请刷新重试; 视频播放失败)
        r"|^(?:视频|音频|内容|页面)?(?:加载|播放)(?:失败|出错)(?=$|[，,。.…\s！!请])"
        # its quality switch, one button a line (标清, 高清, 超清)
        r"|^(?:标清|高清|超清|流畅|蓝光|(?:1080|720|480)[Pp])$"
        # its control bar saved as one line: the position over the length, the buttons after
        # (播放00:00 / 02:16标清高清全屏), a broadcaster's with the hours (00:00/00:02:16)
        r"|^(?:播放|暂停)?\s*\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
        r"(?:\s*(?:标清|高清|超清|流畅|全屏|倍速|静音|音量|画中画))*$"
        # an empty widget's note (暂无广告, 暂无数据) and a like button still loading (赞
        # 正在加载……, a blog's like box saved before its script ran)
        r"|^暂无(?:广告|数据|评论|内容)$|^(?:赞|喜欢)\s*正在加载[.。…]*$"
        # the player's loading note left in English by its script (Loading...)
        r"|^(?i:loading)\s*[.。…]*$"
        # its note to a browser it cannot play in (Your browser does not support the video tag.,
        # 请使用支持HTML5的浏览器)
        r"|^(?i:your browser does not support)|^请(?:使用|升级|更换)(?:为|到)?支持\s*(?i:html\s*5)"
        r"(?:\s*(?:视频|播放))?的浏览器",
        why="video/audio player and widget placeholder text",
        examples=("视频加载中，请稍候…", "您的浏览器不支持video标签", "视频 03:12", "正在加载视频…",
                  "正在加载…", "请安装Flash播放器", "您需要安装最新版本的Flash Player",
                  "【视频】", "[视频]", "（音频）", "正在播放：某某镇万亩油菜花进入盛花期",
                  "加载失败，请刷新重试", "视频播放失败", "播放出错，请稍后再试", "高清", "720P",
                  "播放00:00 / 02:16标清高清全屏", "00:00 / 03:45", "广告加载中", "暂无广告",
                  "播放00:00/00:02:16全屏高清", "00:00:00 / 01:12:05",
                  "赞 正在加载……", "Loading...", "loading…",
                  "Your browser does not support the video tag.", "请使用支持HTML5的浏览器"),
        counterexamples=("加载中心的建设进展顺利，预计年底完工。", "【视频】某某大桥合龙",
                         "播放失败的原因多为网络不稳定，技术人员正在排查。", "高清摄像头",
                         "正在加载货物的卡车排起了长队。", "他下载了Flash小游戏。",
                         "正在播放的电视剧引发了观众热议。", "比分定格在2:1 / 3:2",
                         "暂无广告投放计划的企业也可申请。", "广告加载中心项目",
                         "比赛用时1:02:16/1:05:30，他刷新了纪录。",
                         "Loading dock 装卸区改造完成",
                         "他建议，请使用支持HTML5的浏览器访问政务平台。"),
        max_len=60,
    ),
    Rule(
        "source_credit",
        # one credit in the brackets: a row of fields (来源：… | 发布时间：…) is metadata
        r"^[（(【\[]\s*(?:(?:资料|信息|文章|稿件|素材)?来源\s*[:：]|综合|(?:综合)?(?:整理|编译|摘编|转载)自)"
        r"[^（）()|｜:：]{1,40}[)）】\]]$"
        # the label before a colon, a space or the quoted headline: 原标题中的… is a sentence
        r"|^[（(【\[]?\s*(?:本文)?(?:原标题|原题为?)(?:\s*[:：]|\s+|(?=[《“\"「]))\s*.{2,80}?[)）】\]]?$",
        why="a bracketed source credit or the reprint's original headline",
        examples=("（资料来源：参考消息、海外网等）", "(来源：某某日报)",
                  "(综合整理自某某新闻、某某网等)", "（原标题：多地项目连环爆雷）",
                  "本文原标题：《定了！某某港即将开通！》", "（原题为《是收割还是回归》）"),
        counterexamples=("（一）来源广泛的资金保障",
                         "原标题中的“逆行”二字，后来成了那一年的热词。",
                         "[来源: 某某县农业农村局 | 发布时间: 2024年03月18日 | 浏览次数: 217 ]",
                         "【来源：某某日报 作者：某某】"),
        max_len=100,
    ),
    Rule(
        "image_placeholder",
        r"^[\[【(（]?\s*(?:图片|图像|配图|image|img|Image|IMG|圖片|圖像)\s*[\]】)）]?$",
        why="a picture's placeholder where the page lost it (WeChat saves each image as 图片)",
        examples=("图片", "[图片]", "【图片】", "image"),
        counterexamples=("图片展", "图片由某某提供。"),
        max_len=12,
    ),
    Rule(
        "collection_tag",
        r"^(?:预览时标签不可点[，,]?\s*)?收录于(?:合集|话题|专辑)(?:\s*#\S{1,20})*(?:\s*\d+个)?$"
        r"|^#\S{1,20}\s*\d+个$"
        # the editor's note left alone when the tag itself went with the page's script
        r"|^预览时标签不可点[。.]?$",
        why="a WeChat post's collection tag (收录于合集 #话题 12个), the account's index",
        examples=("收录于合集", "#宏观经济 35个", "预览时标签不可点，收录于合集 #校园生活 12个",
                  "预览时标签不可点"),
        counterexamples=("本书收录于合集《某某文选》第三卷。", "预览时标签不可点击是正常现象吗？",
                         "#话题讨论# 你怎么看"),
        max_len=60,
    ),
    Rule(
        "giveaway_prompt",
        r"^(?:文末|粉丝|互动|留言|评论区?)?(?:福利|抽奖|送书|赠书)(?:时间|来了|活动)?\s*[:：！!]?$"
        r"|^(?=.*(?:留言|评论区?|点赞|转发|在看)).*(?:抽取|抽出|选出|送出)\s*\d+\s*(?:位|名)"
        r"(?:幸运)?(?:读者|粉丝|用户|网友|小伙伴|朋友|留言)",
        why="a post's giveaway for its readers' comments (文末福利, 留言抽取3位读者送…)",
        examples=("文末福利", "粉丝福利：",
                  "在评论区留言说说你的看法，我们将抽取3位读者送出定制手机壳一个。",
                  "点赞本文并留言，小编将选出5位幸运读者赠送图书"),
        counterexamples=("活动现场抽取10名幸运观众，送出景区门票。",
                         "福利院的孩子们收到了志愿者送来的新书。"),
        max_len=120,
    ),
    Rule(
        "hot_searches",
        r"^(?:热搜|热词|热搜词|热门搜索|搜索热词|热门关键词|热门标签|大家都在搜|相关搜索|相关关键词)"
        r"\s*[:：]\s*\S"
        # a search engine's related searches under the article, the label apart by a space
        r"|^(?:相关搜索|热门搜索)\s+\S+(?:\s+\S+){2}",
        why="the site's trending or related search terms (热搜：……, 相关搜索 …), a widget above, "
            "beside or under the article",
        examples=("热搜：五一假期 文旅消费 高速免费", "大家都在搜：天气 油价",
                  "相关搜索：五一假期、文旅消费、高速免费、天气预报、油价调整、景区门票、酒店预订",
                  "相关搜索 五一假期 文旅消费 高速免费"),
        counterexamples=("热搜话题引发网友热议，相关部门迅速回应。",
                         "相关搜索结果显示，该词条的热度在一周内上升了三倍。",
                         "相关搜索功能已上线，用户输入关键词后可看到推荐。"),
        max_len=120,
    ),
    Rule(
        "commentator_credit",
        r"^[■□●◆▲]?\s*(?:本报|本刊|本台|本网|本站|[\u4e00-\u9fff]{2,8}?(?:报|社|网|台|刊))?"
        r"\s*(?:特约|首席)?评论员$",
        why="the commentary's credit to the paper's commentator (本报评论员): no person, no text",
        examples=("本报评论员", "某某日报评论员", "■本刊特约评论员", "特约评论员"),
        counterexamples=("他是一名资深评论员", "本报评论员文章指出，要把群众冷暖放在心上。"),
        max_len=20,
    ),
    Rule(
        "provider_credit",
        r"^本(?:文|稿|篇|直播|视频|栏目|节目|内容|期内容)(?:由|系|为)[^，,。；;\s]{2,24}?"
        # or the programme it was made for (本文为某某·创作培育计划作品)
        r"(?:独家|原创|授权)?(?:提供|供稿|首发|发布|原创|授权(?:转载|发布)?|转载|作品)[。.！!]?$",
        why="a credit naming who provided the article or the live feed (本直播由某某独家提供)",
        examples=("本直播由某某体育独家提供", "本文由某某科技授权发布", "本文系某某网原创。",
                  "本稿由某某日报供稿", "本文为某某·创作培育计划作品"),
        counterexamples=("本文由三部分组成，分别介绍了背景、方法和结论。",
                         "本届联赛由县体育局主办，共有16支队伍参加。"),
        max_len=40,
    ),
    Rule(
        "unit_credit",
        UNIT_CREDIT.pattern,
        why="the office that sent the article in and its writers, in brackets after it "
            "(meta reads the writers)",
        examples=("（县市场监管局 王某某）", "（某某镇 张某 李某 供稿）", "(区农业农村局 赵某)"),
        counterexamples=("（市场监管局供稿）", "（县市场监管局 2024年4月）",
                         "（县市场监管局 王某某，电话：0000-1234567）"),
        max_len=50,
    ),
    Rule(
        "attachment",
        # a further numbered item of the list (2．某某表.xlsx) is one too
        r"^(?:(?:相关)?附件\s*\d{0,2}\s*[:：]?\s*(?:\d+[.、．])?|\d+\s*[.、．])\s*\S.{0,80}"
        r"\.(?i:docx?|xlsx?|pdf|wps|zip|rar|pptx?|txt|jpg|png|ofd)"
        # the file's size and its download count after it (（35.5KB）, 下载次数：128)
        r"(?:\s*[（(]\s*[\d.]+\s*(?i:[KMG]?B)\s*[)）])?"
        r"(?:\s*(?:下载次数|已下载|下载)\s*[:：]?\s*\d+\s*次?)?$"
        # the list's label alone (附件：, 附件下载：): the links under it are the files'
        # or with no file under it (相关附件：无, 附件：暂无)
        r"|^(?:(?:相关)?附件(?:下载)?|下载附件)\s*(?:[:：]\s*(?:无|暂无)?)?\s*$"
        # a bare file's link with its type and size after it, a Taiwan site's list under 附件
        # (某某照片.pdf（PDF，1.2MB）, 新聞稿.odt (ODT, 35KB))
        r"|^\S.{0,80}\.(?i:docx?|xlsx?|pdf|odt|ods|odp|pptx?|zip|rar|jpe?g|png)"
        r"\s*[（(]\s*(?i:[a-z]{2,4})\s*[，,]\s*[\d.]+\s*(?i:[KMG]?B)\s*[)）]$",
        why="attachment link of a government notice (the file is not the article)",
        examples=("附件：1.清河县春季农业生产工作方案.docx", "附件：", "附件：申请表.pdf",
                  "附件下载：", "下载附件：", "相关附件：无", "附件：暂无",
                  "2．农村人居环境整治任务分解表.xlsx", "附件1：补考安排表.xls（35.5KB）",
                  "1.中期检查表.docx    下载次数：128",
                  "堤防補強工程完工照片.pdf（PDF，1.2MB）", "新聞稿.odt (ODT, 35KB)"),
        counterexamples=("附件中的表格需要各单位认真填写后报送。",
                         "2. 登录网站 www.example.com 填写申报表。",
                         "请下载申请表.pdf（PDF格式）后填写", "附件无误后再提交。",
                         "附件：无须另行提交纸质材料。"),
        max_len=100,
    ),
    Rule(
        "promo_banner",
        r"[【\[]\s*(?:点击|立即|马上)(?:投票|查看|进入|阅读|观看|收听|下载|购买|报名|参与|关注|领取)\s*[】\]]"
        r"|^原创\s*[:：]|[（(]\s*(?:实习生|见习记者|通讯员)?[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*"
        r"\s*(?:对此文亦有贡献|对本文亦有贡献|亦有贡献|参与采写|参与报道)\s*[)）]$",
        why="promotion banner, account header or contributor note around the article",
        examples=("一张榜单尽显大势！评选火热进行中！【点击投票】选出你心目中的领袖",
                  "原创： 某某编译 某某研究", "（实习生王某某对此文亦有贡献）"),
        counterexamples=("原创作品受到法律保护，侵权必究的观念深入人心。",),
        max_len=150,
    ),
    Rule(
        "service_buttons",
        # A 政务服务 site's row of action buttons under a 办事指南 (【在线办理】 【预约办理】
        # 【我要咨询】): two or more bracketed actions and nothing else. One bracketed word
        # alone may be the article's label (【办理流程】), so one is not enough.
        r"^(?:[【\[]\s*(?:我要|在线|网上|预约|立即)?(?:办理|咨询|评价|投诉|预约|申报|查询|下载|"
        r"表格下载|样表下载|办事指南|收藏|纠错)\s*[】\]]\s*){2,8}$",
        why="action buttons of a government service page",
        examples=("【在线办理】 【预约办理】 【我要咨询】 【我要评价】", "[网上申报][表格下载]",
                  "【我要办理】【我要咨询】"),
        counterexamples=("【办理流程】", "【在线办理】申请人登录政务服务网提交材料。",
                         "【办理条件】【申请材料】见下文"),
        max_len=80,
    ),
    Rule(
        "page_tools",
        # the row may open with the link to the site's app (某某财经APP 缩小字体 放大字体 …)
        r"^(?:[^\s。，,]{1,10}(?:APP|App|app|客户端)\s+(?=\S))?"
        # 列印 is the print button's word on Taiwan's, Hong Kong's and Macau's pages
        r"(?:[【\[]?\s*(?:打印|打印本页|打印此页|我要打印|打印文章|列印|列印本页|友善列印|关闭|关闭窗口|"
        # a record page's print button names what it prints, its back link the list it came
        # from (打印工单 返回列表, 打印全文)
        r"打印(?:工单|全文|页面|本文|公告|通知)|返回列表|"
        r"关闭本页|关闭本窗口|收藏|"
        r"加入收藏|收藏本页|收藏此页|我要收藏|设为首页|字号|"
        # (the font switch's buttons may be A+ A-, its cells joined by tabs: 字号 A+ A- 打印)
        r"字体|调整字体|调整字号|字体大小|大|中|小|默认|A[-+]|Ａ[－＋]|视力保护色|返回顶部|顶部|返回首页|返回|纠错|我要纠错|放大|缩小|分享|"
        r"上一页|下一页|首页|尾页|末页|返回[\u4e00-\u9fff]{1,4}首页|放大字体|缩小字体|微博|微信|QQ空间|"
        # an OA system's export and a portal's font switch saved glued (打印导出PDF关闭, 大字小字)
        r"导出PDF|导出Word|大字|小字|返回文档|"
        # the reading-mode switch beside the font switch (【大字体】【小字体】【护眼模式】)
        r"护眼模式|夜间模式|日间模式|"
        # the read-aloud button among them (收听新闻 字体大小 小 中 大 分享 …)
        r"(?:点击)?(?:收听|听)(?:全文|本文|新闻|文章)|语音(?:播报|朗读)|朗读全文|"
        r"朋友圈|打印此文|打印文章|告诉好友|推荐给好友|文章纠错|信息纠错|发表评论|"
        # a share button named with its target glued after it (分享至Facebook 分享至LINE)
        r"分享至|分享到|"
        # Taiwan's and Hong Kong's back and top links (回上頁, 回頁首, 回頂端)
        r"回上页|回上一页|回页首|回到页首|回顶端|回到顶端|回首页|转寄|"
        # the share targets a Taiwan or Hong Kong page lists by name beside them
        r"Facebook|LINE|Plurk|Twitter|WhatsApp|Telegram|复制(?:链接|连结)|"
        # sharing by mail, the last of those targets on a Hong Kong or Macau page (電郵)
        r"电邮|电子邮件|E-?mail|"
        # the back-to-top button of a floating bar named in Latin letters (TOP), no rank
        # (TOP10, Top 3)
        r"(?:TOP|Top|GoTop|GOTOP)(?!\s*\d)|"
        # a document reader's bar offers its file too (打印 下载 收藏)
        r"下载)"
        # (返回顶部 with its arrow: 返回顶部↑)
        r"\s*[】\]]?\s*[|｜/:：↑⬆▲︿]?\s*){1,10}(?<=[^\d\s])\s*"
        # its count alone after the buttons, or the page's view counter closing the row
        # (打印 下载 收藏 浏览：356次)
        r"(?:(?:(?:阅读|浏览|点击|访问)(?:量|次数|数)?\s*[:：]\s*)?\d[\d,]*(?:\s*次)?)?$|"
        # a row of two or more bracketed buttons under an old CMS's article, its 评论 and 推荐
        # among them (【发表评论】【加入收藏】【告诉好友】【打印此文】): one alone may be a label
        # the font switch in its own brackets among them (【字体：大 中 小】【评论】【收藏】)
        r"^(?:[【\[]\s*(?:发表评论|查看评论|评论|推荐|推荐给好友|告诉好友|加入收藏|收藏|打印|打印此文|"
        r"关闭|关闭窗口|纠错|文章纠错|返回顶部|(?:字体|字号)\s*[:：]?\s*大\s*中\s*小)\s*[】\]]\s*){2,10}$|"
        # Anchored: a metadata row that ends in the font-size tool (2024-05-11 来源：某某网
        # 【字号 大 中 小】) is meta.lines' to lift, source and all.
        # (点阅 is Taiwan's word for it: 點閱數, 點閱次數)
        r"^(?:阅读|浏览|点击|点阅|访问)(?:量|次数|数)?\s*[:：]\s*\d+"
        # a count of visitors, today's or all told, its number alone after it (點閱人次：1,235,
        # 訪客人數：123456, 今日瀏覽人數：532, 累計瀏覽人次：1,234,567): a site's counter, where
        # a report's figure goes on in words (累计访问人次：1200万，同比增长……)
        r"|^(?:今日|本日|累计|总)?(?:浏览|点阅|访问|访客|到访)(?:人次|人数)\s*[:：]\s*[\d,]+\s*"
        r"(?:人次|人|次)?$"
        # the counter's label alone, its number filled in by a script the saved page lost
        r"|^(?:阅读|浏览|点击|点阅|访问)(?:量|次数|数|人次)\s*[:：]$"
        # Taiwan's and Hong Kong's font-size switch (字級：小 中 大, 字型大小 A A A, 字級 A- A A+)
        r"|^(?:字级|字型大小|字级设定|文字大小)\s*[:：]?\s*(?:(?:小|中|大|A[-+]?|Ａ[－＋]?)\s*){0,5}$"
        # a post's view count alone, set off by a space (阅读 1234, 阅读 10万+), its measure
        # word after it or 被 before it (浏览 3,621 次, 被浏览 128,406)
        r"|^被?(?:阅读|浏览|播放)(?:量|数|次数)?\s+\d[\d,.]*[万wW]?\+?\s*次?$"
        # a newsletter post's counters before its share button, their icons lost (28 6 3 分享:
        # likes, comments, restacks)
        r"|^(?:\d[\d,.]*[万wWkK]?\s+){1,4}分享$"
        # (or its number in brackets: 阅读 (2381), 浏览（1.2万）)
        r"|^(?:阅读|浏览|播放)(?:量|数|次数)?\s*[（(]\s*\d[\d,.]*[万wW]?\+?\s*[)）]$"
        # the counter said as a sentence about the page (本文已被浏览 1234 次, 【已浏览1234次】,
        # 本页访问量：1234, 已有1234人阅读): a sentence about readers runs on past the number
        r"|^[【\[]?\s*(?:本文|本页|本篇|本信息|本条信息|该文|该文章|该信息|此文|文章|信息|页面)?"
        r"(?:已被|共被|已|共)(?:浏览|阅读|点击|访问|查看)过?\s*\d[\d,]*\s*次\s*[】\]]?$"
        r"|^(?:本文|本页|本篇|页面|文章)(?:访问量|浏览量|阅读量|点击量|访问次数|浏览次数|阅读次数|"
        r"点击次数|点击数)\s*[:：]?\s*\d[\d,]*\s*次?$"
        r"|^(?:已有|共有)\s*\d[\d,.]*[万wW]?\s*人次?(?:阅读|浏览|访问|查看)过?$"
        # a post's counters in a row, each by its label (阅读 4.6万 评论 83 赞 1295), a like
        # button's icon before them (👍 点赞 58 收藏)
        r"|^(?:👍\s*)?(?:(?:阅读|浏览|评论|点赞|赞|收藏|转发|分享)\s*(?:\d[\d,.]*[万wW]?\+?)?\s*){2,5}$"
        r"|^(?:播放)(?:量|次数)\s*[:：]\s*\d[\d,.]*[万wW]?\+?\s*次?$"
        # the count with its number first, the word after it (1.2万阅读, 3,621 次浏览, 10万+阅读),
        # as a teaser card's foot under its headline with its source and a dot before it
        # (某某客户端 · 3.2万阅读): no word after the count
        r"|^(?:[^\s，。,；;：:]{1,16}\s*[·•|｜]\s*)?\d[\d,.]*\s*[万wW]?\+?\s*(?:次|人)?(?:阅读|浏览|播放)$"
        r"|^[【\[]?\s*字号\s*[:：]?\s*(?:默认\s*)?[大中小]"
        # the switch's buttons drawn as a big and a small letter, saved as the letters
        # (字号：T | T, 字体 A A A): a label and its letters alone, no word after them
        r"|^[【\[]?\s*(?:字号|字体|字体大小)\s*[:：]?\s*(?:[TAＴＡ][+-]?\s*[|｜/]?\s*){2,3}[】\]]?$"
        # a blog's article tab beside its font-size switch (正文 字体大小：大 中 小)
        r"|^正文\s+[【\[]?\s*(?:字号|字体大小|字体)\s*[:：]?\s*[大中小](?:\s|$)"
        # a government page's eye-care background switch, its colour swatches left no text
        r"|^[【\[]?\s*视力保护色\s*[:：]?\s*[】\]]?$"
        # the stamp a print-friendly page adds at its foot: when it was printed, no date of
        # the article (打印时间：2025-07-03 14:22:10)
        r"|^(?:打印|列印)(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
        r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$",
        why="print/close/font-size/back-to-top page tools",
        examples=("【打印】【关闭】", "字号：大 中 小", "返回顶部", "浏览次数：1024",
                  "打印本页 | 关闭窗口", "返回某某首页 返回新闻首页",
                  "缩小字体 放大字体 收藏 微博 微信 分享 106", "字号：默认 大 超大 | 打印 |",
                  "调整字体", "阅读 1234", "阅读 10万+", "浏览 3,621 次", "被浏览 128,406",
                  "播放量 3.5万", "播放次数：1.2万", "阅读次数：", "点击数：",
                  "阅读 (2381)", "浏览（1.2万）", "1.2万阅读", "3,621 次浏览", "10万+阅读",
                  "某某新闻客户端 · 3.2万阅读", "1.8万阅读",
                  "某某日报 | 2356次浏览",
                  "本文已被浏览 1234 次", "【已浏览1234次】", "该信息已被阅读88次",
                  "本页访问量：1234", "已有1234人阅读", "已有1.2万人阅读",
                  "阅读 4.6万 评论 83 赞 1295", "👍 点赞 58 收藏", "评论 12 点赞 30",
                  "文章点击次数：56",
                  "【我要打印】【关闭窗口】【收藏本页】", "[打印文章] [关闭本窗口]",
                  "某某财经APP 缩小字体 放大字体 收藏 微博 微信 分享", "列印", "友善列印",
                  "正文 字体大小：大 中 小", "正文  字号：大 中 小",
                  "打印时间：2025-07-03 14:22:10", "打印日期：2025年7月3日", "视力保护色：",
                  "【视力保护色】", "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】",
                  "【评论】【推荐】【打印】【收藏】", "【文章纠错】", "[告诉好友]",
                  "【字体：大 中 小】　【评论】　【收藏】", "【字号 大 中 小】【打印】",
                  "點閱數：862", "點閱次數：1,235",
                  "友善列印 分享 Facebook LINE Plurk", "分享 Facebook WhatsApp 複製連結",
                  "點閱人次：1,235", "瀏覽人次：532", "回上頁", "回頁首", "回上一頁 | 回首頁",
                  "訪客人數：123456", "今日瀏覽人數：532", "累計瀏覽人次：1,234,567",
                  "到訪人次：1234", "友善列印 轉寄 回上頁",
                  "字級：小 中 大", "字型大小：A A A", "字級 A- A A+", "文字大小 小 中 大",
                  "字号\tA+\tA-\t打印", "A+ A- 打印 关闭", "返回顶部↑",
                  "字体：【大】【中】【小】 | 视力保护色：", "打印导出PDF关闭", "大字小字",
                  "返回文档", "28 6 3 分享", "1.2万 386 分享",
                  "【大字体】【小字体】【护眼模式】", "夜间模式 | 字号：大 中 小",
                  "回上頁 | 友善列印 | 分享：微信 Facebook 電郵", "分享 Facebook Email",
                  "打印工单 返回列表", "【打印全文】【返回列表】", "字号：T | T", "字号 T T",
                  "字体：A A A", "【字号：T T】", "字號：T | T", "TOP", "GoTop",
                  "分享 TOP", "打印下载收藏浏览：356次", "打印 | 收藏 | 浏览次数：1024次",
                  "友善列印　分享至Facebook　分享至LINE", "列印 分享到Facebook 分享到LINE",
                  "收听新闻 字体大小 小 中 大 分享 Facebook Twitter 电邮 复制链接",
                  "听全文 字号：大 中 小 打印"),
        counterexamples=("打印机厂商纷纷推出新品。", "打印工单的系统已经上线。",
                         "返回列表顶部查看。", "Facebook 宣布裁员。", "LINE 用户突破两千万",
                         "大字报", "小字号的说明书让老人犯了难。", "导出PDF的功能还在测试中。",
                         "2025 年度分享", "3 人分享",
                         "累计访问人次：1200万，同比增长15%。",
                         "TOP1", "TOP 10", "Top 3 榜单", "TOP榜单发布",
                         "下载量突破1000次", "收藏浏览：356次的文章", "下载次数：12",
                         "回首页面设计的变化，他感慨良多。",
                         "字级不同的标题要统一。",
                         "浏览人次较去年增长三成。",
                         "列印機價格下跌。", "阅读 30分钟就够了", "A+轮融资完成",
                         "字号A+的标题更醒目。",
                         "阅读：",
                         "阅读2本书", "阅读（3）班", "1.2万人阅读了倡议书", "2025阅读季",
                         "10本书阅读",
                         "全市图书馆全年借阅量达3.2万人次阅读",
                         "今年全市人均阅读 12本", "活动吸引3万人阅读",
                         "電郵：info@example.org", "电子邮件已发出。", "Email marketing",
                         "某某APP 新版上线",
                         "2024-05-11 来源：某某网 【字号 大 中 小】【打印】【关闭】",
                         "打印时间：2025-07-03 14:22，地点：图文中心二楼。",
                         "视力保护色并不能真正保护视力。",
                         "该视频已被播放超过十万次，引发热议。", "本文已被阅读1234次，谢谢大家。",
                         "已有1200人阅读并签署了倡议书。", "已有3000人次参观",
                         "阅读评论区的留言后，他改变了看法。", "已有1.2万人阅读并转发了这篇倡议。",
                         "正文 字体大小不一，排版混乱。", "【评论】", "【推荐】",
                         "【推荐】本周末好去处", "【评论】莫让形式主义挤占基层干部精力",
                         "【字体：大 中 小】【评论】文章标题里的字体大小要统一",
                         "护眼模式真的能保护视力吗？", "开启夜间模式后屏幕变暗",
                         "字号T恤的销量翻了一番。", "字体A和字体B的区别",
                         "收听新闻的听众越来越多。", "听新闻 学知识"),
        max_len=60,
    ),
    Rule(
        "paper_tools",
        # A journal's page of a paper: its row of links to the full text and the citation
        # (PDF下载 HTML全文 引用本文 导出引用), and the citation it formats, a reference with
        # its document-type mark ([J], [M], [D], [J/OL]) under 引用本文：
        r"^(?:[【\[]?\s*(?:(?i:pdf)\s*下载|下载\s*(?i:pdf)|(?i:html)\s*全文|全文下载|全文阅读|在线阅读|"
        r"引用本文|导出引用|引用格式|参考文献导出|(?i:xml)\s*下载)\s*[】\]]?\s*[|｜/]?\s*){2,8}$"
        r"|^(?:引用本文|本文引用格式|引用格式|引文格式|引用此文)\s*[:：].{4,200}"
        r"\[[JMCDRSNPZ](?:/OL)?\]",
        why="a journal page's links to a paper's full text and its formatted citation",
        examples=("PDF下载  HTML全文  引用本文  导出引用", "【PDF下载】【全文阅读】",
                  "引用本文：某某，某某. 某某研究[J]. 某某学报，2024，52(6)：45-50.",
                  "本文引用格式：某某. 某某问题探析[J/OL]. 某某科学，2023(4)：1-8."),
        counterexamples=("引用本文作者的话说，这是一次有益的尝试。", "PDF下载",
                         "全文阅读量超过十万次，引发广泛讨论。",
                         "引用格式：请按照国家标准著录参考文献。"),
        max_len=240,
    ),
    Rule(
        "pagination",
        # Unlabelled page numbers stand apart (1 2 3): one number alone is a counter or a
        # section number (01 above a WeChat article's section, 163_9), handled by `counter`.
        # A bar never pads its numbers with a zero; a lottery's draw does (06 13 18 25 31).
        r"^(?!.*(?<!\d)0\d)\d{1,3}(?:\s+\d{1,3})+\s*[>»›]?$"
        # possessive (++): a run of digits splits into groups of 1-3 in exponentially many
        # ways, and a long number (an id, a phone) would be tried in each before failing
        # (both end buttons may flank the numbers: 首页 上一页 1 2 下一页 尾页)
        # (its arrows maybe doubled: <<上一页 1 2 3 下一页>>)
        r"|^[<«‹]{0,2}\s*(?:(?:首页|上一页|上页)\s*){1,2}(?:\d{1,3}\s*)++(?:(?:下一页|下页|尾页|末页)\s*){0,2}"
        # (the count of its pages after it: 首页 上一页 1 2 3 下一页 尾页 共3页)
        r"[>»›]{0,2}(?:\s*共\s*\d{1,3}\s*页)?$"
        # (its numbers between arrows, maybe inside its end buttons: < 1 2 >, 首页 < 1 2 > 尾页)
        r"|^(?:首页\s*)?[<«‹]\s*\d{1,3}(?:\s+\d{1,3})++\s*[>»›]\s*(?:尾页|末页)?$"
        # (its buttons alone, three or more: 第一页 上一页 下一页 最后一页)
        r"|^(?:(?:第一页|首页|上一页|上页|下一页|下页|最后一页|尾页|末页)\s*){3,}$"
        # (its buttons and numbers each in brackets: [首页] [上一页] [1] [2] [下一页] [尾页])
        r"|^(?:[【\[]\s*(?:首页|上一页|上页|下一页|下页|尾页|末页|\d{1,3})\s*[】\]]\s*){3,}$"
        # (the page out of the pages: 1/2页, 第2/3页)
        r"|^第?\s*\d{1,3}\s*/\s*\d{1,3}\s*页$"
        # (its numbers then its buttons, one or both: 1 2 3 下一页 尾页)
        r"|^(?:\d{1,3}\s*)++(?:(?:下一页|下页|尾页|末页)\s*){1,2}[>»›]?"
        r"(?:\s*(?:余下全文|阅读全文|查看全文|全文))?$"
        # (a gallery's link to the one before or after it: 上一图集：某某)
        # (a blog's pair between guillemets: « 上一篇 下一篇 »)
        r"|^[«‹]?\s*[【\[]?\s*(?:上一页|下一页|上一篇|下一篇|上一条|下一条|前一篇|后一篇|上一图集|下一图集|"
        r"上一组图|下一组图)\s*[】\]]?\s*(?:[:：]|\s|$)"
        # (or with the noun after it, then its colon: 上一篇文章：某某, 下一篇文章：没有了)
        r"|^[【\[]?\s*(?:上一|下一)(?:篇文章|篇新闻|篇信息|条新闻|条信息)\s*[】\]]?\s*[:：]"
        # (the page's label, maybe in brackets where the page begins: 第2页, （第2页）)
        r"|^共\s*\d+\s*页|^[（(]?\s*第\s*\d+\s*页\s*(?:[/|，,]?\s*共\s*\d+\s*页)?\s*[）)]?$"
        # a printed document's page number between dashes, copied without its page breaks
        # (— 2 —, －12－; a year so set heads a timeline's section: — 2019 —)
        r"|^[—–―－]{1,2}\s*\d{1,3}\s*[—–―－]{1,2}$"
        # an e-paper's link back to its page or its contents (返回目录, 返回本版)
        r"|^(?:返回|回到)(?:目录|本版|版面|本版目录|版面导航)$"
        # the end of the list of articles (已是第一篇, 已经是最后一篇)
        r"|^(?:已|已经)是(?:第一|最后一|最末一)(?:篇|条|页)[了!！。]?$"
        # a split article's pages by their labels (第1页 第2页 第3页)
        # (its link to the one-page version after them: 第1页 第2页 第3页 下一页 全文)
        r"|^(?:第\s*\d{1,3}\s*页\s*){2,}(?:下一页|下页|尾页|末页)?\s*[>»›]?"
        r"(?:\s*(?:全文|阅读全文|查看全文|单页阅读))?$"
        # its prompt to turn the page (请点击下一页继续阅读)
        r"|^请?点击(?:进入)?下一页(?:继续)?(?:阅读|浏览|查看)?\s*[。.…>»›]*$"
        # its page numbers each in brackets (【1】【2】【3】), maybe between its buttons
        r"|^(?:(?:上一页|上页)\s*)?(?:[【\[]\s*\d{1,3}\s*[】\]]\s*){2,}"
        r"(?:下一页|下页|尾页|末页)?\s*[>»›]?$"
        # its page count alone (本文共3页, 全文共3页 当前第1页): a sentence about a
        # document's pages goes on after the count
        r"|^(?:本文|全文|文章)共\s*\d+\s*页(?:\s*[,，:：|]?\s*(?:当前(?:为|是)?)?第\s*\d+\s*页)?[。.]?$"
        # a split article's link to its one-page version, alone on its line
        # (展开阅读全文: a folded page's button to show the rest)
        r"|^[【\[]?\s*(?:点击)?(?:全文阅读|(?:展开|继续)?阅读全文|查看全文|显示全文|余下全文|单页阅读|"
        r"展开全文|展开剩余\s*\d{1,3}\s*[%％])\s*[】\]]?\s*"
        # (its arrow pointing down as often: 展开全文∨, 展开全文▼)
        r"(?:[>»›》∨⌄▼﹀↓]+)?$"
        # its switch between the one-page and the paged views, one or both (全文阅读 | 分页阅读,
        # 单页浏览)
        r"|^(?:[【\[]?\s*(?:全文|单页|分页)(?:阅读|浏览)\s*[】\]]?\s*[|｜/]?\s*){1,3}$"
        # a folded page's note of what its fold hides (剩余85%未读, 还剩60%未读 点击展开, 还有
        # 62% 的内容未读)
        r"|^(?:还有|还?剩余?|余下)\s*\d{1,3}\s*[%％]\s*(?:的)?(?:内容)?未读(?:\s*[，,]?\s*(?:点击)?"
        r"(?:展开(?:全文|阅读)?|阅读全文|继续阅读))?\s*[>»›∨⌄▼﹀↓]*$"
        # its jump form, the box's or the drop-down's number lost or its options run in
        # (跳转到第页, 跳到第 页 确定, 转到第 1 2 3 页 GO)
        r"|^(?:跳转到|跳转至|跳到|跳至|转到|转至|前往)\s*第\s*(?:\d{1,3}\s*)*+页"
        r"\s*(?:(?:确定|GO|Go|go|跳转|[>»›])\s*)?$",
        why="pagination bar or previous/next-article link",
        examples=("上一页 1 2 3 下一页", "下一篇：全市召开安全生产工作会议", "1 2 3 4 5",
                  "共3页", "第2页/共3页", "返回目录", "首页 1 2 3", "12345下一页",
                  "1 2 下一页 余下全文", "上一篇 某某新政出台", "返回本版", "回到版面",
                  "【上一篇】 某某又发大消息！银行股逆市狂拉：最高暴涨9.8%！ 【下一篇】 国庆小长假"
                  "如何躺着赚钱 这份假期“投资攻略”请收好！", "全文阅读", "【阅读全文】",
                  "点击查看全文>>", "单页阅读", "本文共3页", "全文共 3 页，当前第 1 页",
                  "第1页 第2页 第3页 下一页", "首页 上一页 1 2 下一页 尾页", "首页 上一页 1 2 3",
                  "< 1 2 >", "首页 < 1 2 > 尾页", "第一页 上一页 下一页 最后一页", "1/2页",
                  "第2/3页",
                  "[首页] [上一页] [1] [2] [下一页] [尾页]",
                  "【1】【2】【3】【4】", "[1] [2]", "第1页 共3页",
                  "第2页，共5页", "[1] [2] [3] 下一页", "上一页 【1】【2】 下一页", "已是第一篇",
                  "已经是最后一篇了", "展开阅读全文", "点击展开全文", "展开全文∨", "展开全文▼",
                  "上一图集：某某湿地候鸟翩飞",
                  "展开剩余85%", "展开剩余 42%", "剩余85%未读", "还剩 60% 未读 点击展开",
                  "剩余70%内容未读，继续阅读∨",
                  "还有 62% 的内容未读", "还有38%未读", "继续阅读全文",
                  "下一组图 某某老街修缮一新", "上一篇文章：没有了", "« 上一篇 下一篇 »",
                  "下一篇文章： 某某中学举办科技节",
                  "【上一条信息】：某某通知", "— 2 —", "－12－", "—— 3 ——",
                  "1 2 3 下一页 尾页", "首页 上一页 1 2 3 下一页 尾页 共3页",
                  "<<上一页 1 2 3 下一页>>", "（第2页）", "(第3页)",
                  "第1页 第2页 第3页 下一页 全文",
                  "请点击下一页继续阅读", "点击下一页>>",
                  "全文阅读 | 分页阅读", "单页阅读 | 分页阅读", "分页阅读", "单页浏览",
                  "【全文阅读】【分页阅读】", "跳转到第页", "跳到第 页 确定", "转到第 1 2 3 页 GO",
                  "前往第页"),
        counterexamples=("下一步，我们将继续推进改革。", "01", "2024",
                         "全文共5页，分为三个部分，详细说明了改革的具体方案。",
                         "第1页第2页都是目录。", "首页 上一页 1 2 下一页 尾页都设在文末。",
                         "1/2页的篇幅", "首页 上一页", "[1] 某某研究", "< 1 >",
                         "上一篇文章中，我们介绍了缓存的基本原理。",
                         "全文阅读量突破十万，引发网友热议。", "【1】",
                         "展开全文检索后，工作人员逐条核对。", "剩余85%未读邮件已清理完毕。",
                         "还剩20%未读完的书，他打算寒假读完。",
                         "还有30%的内容未读懂，他打算再看一遍。", "继续阅读全文的读者不到三成。",
                         # a lottery's draw, its numbers padded
                         "06 13 18 25 31", "03 09", "02 07 13 19 25 33 11",
                         # a timeline's year between dashes
                         "— 2019 —", "—— 2024年 ——",
                         "1 2 3 下一页尾页都在文末。", "（第2页起为附表）",
                         "第2页共3页的内容有误。",
                         "分页阅读的设计让读者更方便。", "全文阅读 约需5分钟",
                         "点击下一页继续阅读的按钮被放大了。", "跳转到第3页就能看到全部名单。",
                         "前往第一页", "跳到第二页"),
        max_len=160,
    ),
    Rule(
        "page_break_marker",
        # The page-break token an editor puts between an article's pages, printed as text when
        # the CMS does not split them: UEditor's (_ueditor_page_break_tag_, under JEECMS,
        # PbootCMS, SiteServer, DTcms), 动易's and 科汛's ([NextPage], [NextPage副标题]), 风讯's
        # ([FS:PAGE]), PHPCMS's ([page], [page]副标题[/page]), DedeCMS's (#p#副标题#e#)
        r"^(?:(?:_ueditor_page_break_tag_|\[(?i:nextpage)[^\[\]]{0,20}\]|\[(?i:fs:page)\]|"
        r"\[(?i:page)\](?:[^\[\]]{1,30}\[/(?i:page)\])?|#p#[^#]{0,30}#e#|\[(?i:pagebreak)\])\s*)+$",
        why="a CMS's page-break token the page printed as text between the article's pages",
        examples=("_ueditor_page_break_tag_", "[NextPage]", "[NextPage第二部分]", "[FS:PAGE]",
                  "[page]", "[page]二、工作要求[/page]", "#p#分页标题#e#", "[pagebreak]",
                  "_ueditor_page_break_tag_ _ueditor_page_break_tag_"),
        counterexamples=("[page] 是分页标签。", "点击[NextPage]按钮翻页", "#p#", "[1]",
                         "第二页内容"),
        max_len=60,
    ),
    Rule(
        "gallery_pager",
        # A photo gallery's counter (图片 1/6, 第2张 共6张) and its controls: the captions are
        # its text.
        _GALLERY_COUNTER
        + r"|^[<«‹]?\s*(?:上一张|下一张|上一组|下一组|上一图集|下一图集)"
        r"(?:\s*[|｜/]?\s*(?:上一张|下一张|上一组|下一组|上一图集|下一图集))*\s*[>»›]?$"
        r"|^(?:查看原图|查看大图|点击查看大图|点击看大图|全屏观看|全屏查看|退出全屏|返回频道|返回图集|"
        r"返回图集首页|重新播放|自动播放|缩略图|图集首页)$"
        # the same controls saved as one row, the viewer's buttons after the pager's (上一张
        # 下一张 查看原图 全屏): a row of nothing but them
        r"|^[<«‹]?\s*(?:上一张|下一张|上一组|下一组)\s*[>»›]?(?:\s*[|｜/]?\s*[<«‹]?\s*"
        r"(?:上一张|下一张|上一组|下一组|查看原图|查看大图|原图|大图|全屏|全屏观看|退出全屏|"
        r"自动播放|缩略图|下载)\s*[>»›]?)+$"
        # the counter between the two buttons, the row saved glued (上一张1/3下一张)
        r"|^[<«‹]?\s*(?:上一张|上一组)\s*[>»›]?\s*\d{1,3}\s*/\s*\d{1,3}\s*[<«‹]?\s*(?:下一张|下一组)"
        r"\s*[>»›]?$",
        why="a photo gallery's picture counter and its previous/next/full-screen controls",
        examples=("图片 1/6", "1/5", "第3/12张", "第2张 共6张", "第2张/共6张", "上一张 下一张",
                  "< 上一张", "下一组", "全屏观看", "返回频道", "查看原图",
                  "上一张 下一张 查看原图 全屏",
                  "< 上一张 | 下一张 > | 原图", "上一组 下一组 自动播放", "上一张1/3下一张",
                  "< 上一张 2 / 6 下一张 >"),
        counterexamples=("2/3的受访者表示满意。", "上一张照片拍摄于1998年，那时村里还没通公路。",
                         "1/2杯水", "下一张 全屏 海报已经印好了。", "全屏 下载",
                         "上一张1/3的照片拍的是下一张的背面", "第2张共6张照片里有他"),
        max_len=30,
    ),
    Rule(
        "paywall_prompt",
        # A paywall or login wall where the article is cut off: what is left and how to read it
        # (剩余70%内容，登录后查看全文; 开通会员 ¥198/年; 已是会员？点击登录; 立即登录 | 注册)
        r"^(?:[（(]?(?:剩余|还剩|余下)\s*\d{1,3}\s*[%％]\s*(?:的)?(?:内容|未读)?[）)]?\s*[，,]?\s*)?"
        # (or what kind of piece it is first: 本文为付费内容，订阅后可阅读全文)
        r"(?:本文(?:为|是|系)?[\u4e00-\u9fff]{0,6}(?:付费|会员|VIP|订阅)(?:专享|专属)?(?:内容|文章)"
        r"\s*[，,]\s*)?"
        r"(?:登录|注册|订阅|开通会员|成为会员|开通VIP|成为VIP|付费|购买)(?:后|即可)可?"
        r"(?:查看|阅读|解锁)(?:全文|完整内容|剩余内容|全部内容)[。.…]*\s*[>»›]*$"
        # the same ask the other way round, or the wall's login and buy buttons (继续阅读请先
        # 登录, 已有账号？立即登录, 开通会员 立即阅读, 订阅专栏，解锁全部内容)
        r"|^(?:继续|完整)阅读(?:全文)?\s*[，,]?\s*(?:请|需)先?(?:登录|订阅|开通会员)[。.…]*$"
        r"|^(?:已有|已经有)(?:账号|帐号)[？?]\s*(?:立即|马上|点击|请)?登录$"
        r"|^开通(?:会员|VIP)\s*(?:立即|马上)阅读$"
        r"|^订阅(?:专栏|本栏目|会员)\s*[，,]\s*解锁(?:全部|完整|剩余)内容$"
        r"|^剩余\s*\d{1,3}\s*[%％]\s*(?:的)?内容.{0,20}$"
        r"|^开通(?:会员|VIP|订阅)\s*[¥￥]\s*\d+(?:\.\d+)?\s*/\s*(?:年|月|季)[，,]?.{0,20}$"
        # a paid community's join button with its price, either way round (加入星球 ¥199/年)
        r"|^(?:加入(?:星球|社群|圈子)|立即加入|付费加入)\s*[¥￥]\s*\d+(?:\.\d+)?\s*/\s*(?:年|月|季)$"
        r"|^[¥￥]\s*\d+(?:\.\d+)?\s*/\s*(?:年|月|季)\s*(?:加入(?:星球|社群|圈子)|立即加入|付费加入)$"
        r"|^已(?:是|经是|开通)(?:会员|VIP|订阅用户)[？?]\s*(?:点击|立即|请)?登录$"
        r"|^立即登录\s*[|｜/]\s*(?:免费)?注册$",
        why="a paywall's prompt where the article is cut off (剩余70%内容，登录后查看全文)",
        examples=("剩余70%内容，登录后查看全文", "登录后查看全文", "订阅后阅读全文…",
                  "开通会员 ¥198/年，畅读全部深度内容", "已是会员？点击登录", "立即登录 | 注册",
                  "剩余 45% 内容", "加入星球 ¥199/年", "￥199/年 加入星球",
                  "本文为付费内容，订阅后可阅读全文", "成为会员即可阅读全文 >",
                  "已有账号？立即登录", "开通会员 立即阅读", "继续阅读请先登录",
                  "订阅专栏，解锁全部内容", "本文为会员专享内容，开通VIP即可阅读全文"),
        counterexamples=("登录后查看全文的设计，让不少读者望而却步。",
                         "加入星球的费用是每年199元。",
                         "开通会员后，用户可以免费观看全部剧集。",
                         "剩余的内容将在下期刊出。", "立即登录网站查询成绩。",
                         "成为会员即可阅读全文的政策引发争议。", "已有账号的用户立即登录即可。",
                         "继续阅读请先登录网站，再进入个人中心。",
                         "订阅专栏，解锁全部内容的玩法并不新鲜。",
                         "本文为付费内容，读者反响热烈。"),
        max_len=40,
    ),
    Rule(
        "chart_credit",
        # A chart drawn by a script library leaves its credit link behind when the page is
        # saved as text (Highcharts.com under every Highcharts chart): never the article's.
        r"^(?i:(?:created with |powered by )?(?:highcharts|echarts)(?:\.com)?"
        r"(?:\s+v?\d+(?:\.\d+)*)?)$",
        why="a chart library's credit line, left behind by a chart the page drew",
        examples=("Highcharts.com", "Created with Highcharts 10.3.3", "Powered by ECharts",
                  "highcharts.com"),
        counterexamples=("Highcharts.com是一家挪威公司开发的图表库。", "ECharts 可视化大赛启动",
                         "图表由Highcharts生成，数据来源：国家统计局。"),
        max_len=40,
    ),
    Rule(
        "rating_row",
        # A government site's letter-and-reply page asks the writer to rate the reply: the
        # rating given (满意度评价：满意) or the choices offered (非常满意 满意 基本满意 不满意);
        # a news page asks so of its article, under a label and with the count of those who
        # have (文章评价：非常满意 满意 一般 不满意 （已有46人评价）).
        r"^(?:(?:办理|回复|网友|群众|来信人)?(?:满意度|评价)(?:评价|结果|情况)?\s*[:：]\s*"
        r"(?:非常满意|满意|基本满意|比较满意|一般|不满意|很不满意|未评价|暂无评价|待评价|[★☆]{1,5})"
        r"|(?:(?:文章|信息|页面|内容|本文)?评价\s*[:：]\s*)?"
        r"(?:非常满意|满意|基本满意|比较满意|一般|不满意)(?:\s+(?:非常满意|满意|基本满意|比较满意|一般|"
        r"不满意|很不满意)){2,}(?:\s*[（(]\s*已有\s*\d+\s*人(?:评价|参与)\s*[)）])?)\s*$",
        why="the rating row of a reply to a citizen's letter (满意度评价：满意)",
        examples=("满意度评价：满意", "评价结果：基本满意", "满意度：★★★★★", "网友评价：暂无评价",
                  "非常满意 满意 基本满意 不满意",
                  "文章评价：非常满意 满意 一般 不满意 （已有46人评价）",
                  "信息评价：非常满意　满意　不满意"),
        counterexamples=("满意度：95%以上的受访者表示满意。", "群众满意度达到98.5%",
                         "评价：满意 的人占九成", "满意 非常满意",
                         "评价：这是一次成功的尝试。", "满意"),
        max_len=40,
    ),
    Rule(
        "rating_prompt",
        # A letter-and-reply page's question asking the reader to rate the reply, maybe with
        # the count of those who have (对答复是否满意？已有 58 人评价): the page's, no text.
        r"^(?:您|请问您)?对(?:本次|此次|该|这次)?(?:答复|回复|办理结果|处理结果|办理情况)(?:是否)?"
        r"满意(?:吗)?\s*[?？]\s*(?:[（(]?\s*已有\s*\d[\d,]*\s*(?:人|位网友)(?:参与)?评价\s*[)）]?)?$",
        why="the prompt to rate a reply to a citizen's letter (对答复是否满意？)",
        examples=("对答复是否满意？已有 58 人评价", "您对本次回复是否满意？", "对办理结果满意吗？",
                  "對答覆是否滿意？已有 12 人評價"),
        counterexamples=("群众对办理结果是否满意？这是检验工作成效的标准。",
                         "您对本次回复是否满意？请说明理由并留下联系方式，我们将再次核实。",
                         "对答复是否满意，直接关系到考核结果。"),
        max_len=40,
    ),
    Rule(
        "handling_timeline",
        # The progress log of a letter on a 网络问政 page: its heading (办理进度) and its steps,
        # each a time and a status (2025-08-05 16:40 转办至某某局, 某某局已签收): the platform's.
        r"^(?:(?:办理|处理)进度|办理轨迹|(?:转办|流转|办理)记录|"
        r"\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[^\s。；！？]{0,40}?"
        r"(?:提交(?:问政|留言|诉求|信件)|已签收|已受理|已答复|已回复|已办结|审核通过|转办至[^\s。；！？]{2,30}))$",
        why="the progress log of a citizen's letter (办理进度 and its timed steps)",
        examples=("办理进度", "2025-08-05 10:21网友提交问政",
                  "2025-08-05 16:40平台审核通过，转办至某某市自然资源局",
                  "2025-08-06 09:12 某某市自然资源局已签收", "2025-08-11 17:35某某局已答复",
                  "轉辦記錄"),
        counterexamples=("办理进度如何？", "2025-08-05 10:21，某某局召开会议，研究部署防汛工作。",
                         "截至目前，已受理群众诉求三百余件。", "该工单已办结。",
                         "2025-08-05 10:21 记者从市自然资源局获悉，农村自建房审批已实行一窗受理。"),
        max_len=60,
    ),
    Rule(
        "work_order_fields",
        # A 12345 hotline's work order laid out as label/value cells: its number, kind, area,
        # times, status and the caller's rating, a row of them per line (工单编号 YC… 诉求类型
        # 投诉): the platform's record, no text (诉求内容 and 办理结果 are the text). Not its
        # 来电时间, the page's date, read from its row on the text path.
        r"^(?:(?:(?:工单编号|工单号|诉求类型|诉求渠道|所属区域|办结时间|办理状态|市民评价|来电人评价)"
        r"\s*[:：]?\s*"
        # the body the order went to (承办单位 某某局), its label set apart from its value
        r"|(?:承办单位|承办部门)(?:\s*[:：]\s*|\s+))"
        r"[^\s，。；！？,;!?]{1,20}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?\s*){1,4}$",
        why="the fields of a hotline work order (工单编号, 诉求类型, 办结时间, 市民评价)",
        examples=("工单编号 YC240611000873 诉求类型 投诉",
                  "办结时间 2024-06-17 15:02 市民评价 满意",
                  "工单编号：SX2025010200012", "所屬區域 東湖區",
                  "承办单位 东湖区住房和城乡建设局 办理状态 已办结", "承辦單位：某某區住建局"),
        counterexamples=("工单编号由系统自动生成，请妥善保存。",
                         "诉求类型 投诉 咨询 建议 求助 表扬 其他 举报",
                         "办理状态：我们将在三个工作日内答复您。",
                         "诉求内容 市民来电反映噪音扰民。", "承办单位要在三个工作日内联系市民",
                         "承办单位 要在三个工作日内联系市民，说明办理情况。"),
        max_len=80,
    ),
    Rule(
        "reply_fields",
        # The fields over a reply to a citizen's letter, printed between the letter and the
        # reply (答复单位：某某局 答复时间：2024-03-15): who answered and when, no text.
        r"^(?:(?:答复|回复|办理|承办|办结|处理)(?:单位|部门|机构|时间|日期|状态|结果)\s*[:：]\s*"
        r"[^\s，。；！？,;!?]{1,30}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?\s*){1,4}$",
        why="the fields of a reply to a citizen's letter (答复单位, 答复时间) between the letter "
            "and the reply",
        examples=("答复单位：某某县交通运输局　　答复时间：2024-03-15",
                  "回复时间：2024-08-09 10:20:45", "办理状态：已办结", "回复部门：某某区住建局"),
        counterexamples=("答复时间：我们将在三个工作日内答复您。",
                         "回复单位：某某局，回复内容如下", "答复内容：您好！您的建议已收悉。",
                         # the labels over the letter and the reply say which is which, as
                         # 问：/答： do in an interview: they stay
                         "来信内容：", "回复内容：", "留言内容：", "答复内容："),
        max_len=80,
    ),
    Rule(
        "record_privacy_notice",
        # A public record page's tip under a work order or a citizen's letter: what it printed
        # has the caller's or writer's personal details hidden (温馨提示：工单公开内容已隐去诉求人
        # 个人信息。如需反映问题，请拨打…): the platform's note on its own page, no text. An
        # article saying whose details were hidden names no page part (为保护隐私，文中当事人…).
        r"^(?:[【\[](?:温馨提示|提示|说明|注)[】\]]\s*[:：]?|(?:温馨提示|提示|说明|注)\s*[:：])\s*"
        r"(?:本页|本页面|本站|本网|本平台|页面|网上|公开)?"
        r"(?:工单|信件|来信|留言|诉求|公开)(?:公开)?(?:内容|信息|时)?[^。！？]{0,6}"
        r"(?:已|均已|均)(?:隐去|隐藏|屏蔽|删除|略去|作脱敏处理|脱敏)[^。！？]{0,12}"
        r"(?:个人信息|个人隐私|隐私信息|身份信息|联系方式|姓名)",
        why="a public record page's tip that the caller's or writer's personal details are hidden",
        examples=("温馨提示：工单公开内容已隐去诉求人个人信息。如需反映问题，请拨打12345或登录“某某"
                  "12345”小程序。",
                  "提示：信件公开时已隐去来信人个人信息。",
                  "【温馨提示】留言内容已屏蔽留言人联系方式和身份信息"),
        counterexamples=("为保护隐私，文中当事人均为化名。",
                         "温馨提示：市民办理业务时请携带身份证原件。",
                         "提示：诉求人应如实填写个人信息，否则不予受理。",
                         "记者了解到，工单公开内容已隐去诉求人个人信息，这一做法得到市民认可。"),
        max_len=160,
    ),
    Rule(
        "epaper_nav",
        # A newspaper's e-paper (数字报) prints its page (第A03版：要闻), the pages of the day
        # (第01版 第02版 …) and the controls to turn them around the article.
        # (a page's name may join two by a middle dot: 第A06版：平安某某·政法专版)
        r"^(?:(?:第\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]\s*[\u4e00-\u9fff]{1,8}"
        r"(?:\s?[·・•]\s?[\u4e00-\u9fff]{1,8})?)?|"
        r"(?:版次|版名|版面)\s*[:：]\s*\S{1,10}|上一版|下一版|上一期|下一期|往期(?:回顾|查询|检索)?|"
        # the label of the page shown, its page after it (当前版：第A05版：城事)
        r"当前(?:版面?|版次)\s*[:：]|"
        r"本版(?:标题)?导航|版面导航|标题导航|版面概览|PDF版|本版\s?PDF|PDF(?:全版|全文|版面)?下载|下载PDF|返回首页|"
        r"返回目录|"
        # the label over the page's picture (its thumbnail, a map of its stories' boxes)
        r"版面图|"
        r"今日\s*\d{1,3}\s*版|本期\s*\d{1,3}\s*版|共\s*\d{1,3}\s*版|"
        # the e-paper's own name beside the paper's (某某日报 数字报刊平台)
        # (set apart by a space, 某某日报 数字报刊平台)
        r"\S{0,10}\s?(?:数字报|电子报|数字版|电子版)(?:刊)?(?:平台|系统)?|上一篇|下一篇|放大|缩小|默认|"
        # (its link home among the controls: 某某日报数字报 首页 往期回顾 版面导航)
        r"首页)"
        r"\s*[|｜]?\s*)+$",
        why="an e-paper's page label, the day's page list and its page-turning controls",
        examples=("第A03版：要闻", "第05版：城事", "版名：城事", "版次：A03", "上一版  下一版",
                  "上一期  下一期  往期回顾", "第01版 第02版 第03版 第04版 第05版",
                  "放大  缩小  默认", "晚报数字报  第05版  上一篇  下一篇", "本版导航",
                  "数字报刊平台", "往期回顾  PDF下载  返回首页", "今日8版  共12版",
                  "当前版：第A05版：城事　上一版　下一版", "当前版面：第03版：要闻", "版面图",
                  "版面图  上一版  下一版", "某某日报 数字报刊平台", "上一版　下一版　本版PDF",
                  "往期查询  PDF全版下载  版面导航  标题导航", "第A06版：平安某某·政法专版",
                  "某某日报数字报　首页　往期回顾　版面导航　PDF下载"),
        counterexamples=("第3版刊登了这篇报道，引起了读者的广泛关注。",
                         "上一期节目播出后反响热烈。",
                         "数字报纸的阅读量逐年上升，纸质报纸发行量则在下降。",
                         "今日8版刊发了全市“双抢”生产的报道。", "返回首页后点击“办事服务”栏目。",
                         "当前版本：V2.3.1", "当前版面的设计受到读者好评。",
                         "版面图显示，头版刊发了全市防汛工作的报道。",
                         "本版PDF文件可在报社官网免费下载。", "首页刊发了这篇报道。"),
        max_len=80,
    ),
    Rule(
        "print_edition",
        rf"^《\s*[^》]{{2,20}}\s*》\s*[（(]\s*{_DATE}.{{0,16}}[版期]\s*[)）]$"
        r"|^[（(]?\s*(?:原载|刊于|载于|来源于)\s*《[^》]{2,20}》.{0,30}$",
        why="print-edition line (newspaper name, date and page)",
        examples=("《 中国城市报 》( 2024年02月19日  第19 版)",
                  "原载《人民日报》2024年3月1日第4版"),
        counterexamples=("《乡村振兴促进法》明确了各级政府的责任。",),
        max_len=70,
    ),
    Rule(
        "site_slogan",
        # the name may be printed in two words (某某融媒 出品)
        r"^[^\s，。！？]{2,14}(?:\s?[^\s，。！？]{1,8})?\s?(?:出品|荣誉出品|倾情奉献|独家出品|制作出品)$"
        # (网站主办：… names the site's sponsor as 主办单位：… does)
        r"|^(?:本?网站)?(?:主办|承办|协办|技术支持|运营维护|运维|网站维护|网站管理|主管)(?:单位)?\s*[:：]"
        r"|^(?:您好[，,！!]?\s*)?欢迎(?:访问|来到|光临|登录)\S{2,30}?(?:网站|网|官网|门户)[!！。]?"
        # (the top bar's links glued or set after it: 手机网站设为首页, 手机版 | 加入收藏)
        r"(?:\s*[|｜]?\s*(?:手机网站|手机版|移动版|设为首页|加入收藏|收藏本站|繁體|简体|无障碍|"
        r"English|网站地图|站内搜索|高级搜索|长者模式|关怀版)){0,6}$"
        # the sponsors named before the word, set apart (中共某某县委 某某县人民政府 主办); a
        # clause with its agent (本届论坛由市政府 市科协 联合主办) is a sentence of the text
        # a service platform's greeting (您好，欢迎访问某某公共资源交易中心！): one visits a
        # site, not a hall, so 访问 alone names the platform or centre
        r"|^(?:您好[，,！!]?\s*)?欢迎(?:您)?访问[^\s，,。！？!?]{2,30}?(?:平台|中心|系统)[!！。]?$"
        r"|^(?![^。，！？]*(?<!自)由)\S[^。，！？]{1,40}\s(?:主办|联合主办|承办)$"
        # a paper's special page or column naming its own sponsors (本版由某某委员会与某某日报社
        # 联合主办): the page's own section is the agent, no event of the text
        r"|^(?:本版|本专版|本专刊|本栏目?|本专栏|本期专版)(?:由|系)[^。，！？\s]{2,40}"
        r"(?:联合)?(?:主办|承办|协办|合办|联办)[。]?$"
        # or run into it, the sponsor an office's name (某某县人民政府主办)
        r"|^(?![^。，！？]*(?<!自)由)[^\s。，！？]{2,30}(?:政府|委员会|中心|办公室|局|部|报社|电视台)"
        r"(?:主办|承办)$"
        # a row of such, the supervising body first (中共某某市委宣传部主管 某某日报社主办)
        r"|^(?![^。，！？]*(?<!自)由)(?:[^\s。，！？]{2,30}(?:主管|主办|承办)\s+)+"
        r"[^\s。，！？]{2,30}(?:主办|承办)$",
        why="site slogan or sponsor/maintainer line of the footer",
        examples=("党建网出品", "主办单位：某某市人民政府办公室", "技术支持：某某科技",
                  "欢迎访问某某县人民政府门户网站", "中共某某县委 某某县人民政府 主办",
                  "欢迎光临某某镇人民政府网站！手机网站设为首页",
                  "欢迎访问某某县人民政府网站！ 手机版 | 设为首页 | 加入收藏",
                  "某某自由贸易试验区管理委员会 主办", "某某晚报融媒 出品", "某某县人民政府主办",
                  "某某市融媒体中心主办", "中共某某市委宣传部主管\t某某日报社主办",
                  "网站主办：中共某某县委组织部", "本网站主办单位：某某县融媒体中心",
                  "您好，欢迎访问某某县公共资源交易中心！", "欢迎访问某某市政务服务平台",
                  "您好！欢迎访问某某县人民政府网站",
                  "欢迎访问某某县农业农村局网站站内搜索 | 网站地图",
                  "本版由中共某某市委政法委员会与某某日报社联合主办", "本栏目由某某县委宣传部协办"),
        counterexamples=("这部电影由多家公司联合出品，将于明年上映，观众可以期待。",
                         "第二届农民丰收节由县农业农村局主办",
                         "本届论坛由市政府 市科协 联合主办", "本次展览由市博物馆 市美术馆 承办",
                         "本届丰收节由县农业农村局主办", "由某某影业 出品，将于明年上映。",
                         "论坛由市政府主管 市科协主办",
                         "欢迎来到美丽的某某古镇，这里的每一条街巷都有故事。",
                         "欢迎光临某某网站！设为首页的功能已经上线，请大家试用。",
                         "网站主办方表示，将继续完善服务功能。",
                         "欢迎光临某某游客中心", "欢迎访问，某某中心今天正式开放！",
                         "欢迎各位市民访问某某服务中心",
                         "本栏目由市委宣传部主办以来，已刊发读者来稿三百余篇。"),
        max_len=80,
    ),
    Rule(
        "wiki_chrome",
        # a wiki page's jump links under its headline (跳到导航 跳到搜索, 跳转至： 导航、 搜索)
        # and a page's skip link (跳至内容, Skip to content), alone on their lines
        r"^(?:(?:跳到|跳转到|跳转至|跳至|转到)\s*[:：]?\s*(?:导航|搜索|内容|主要内容|正文)"
        r"(?:\s*[、,，/|｜]?\s*(?:(?:跳到|跳转到|跳至|转到)\s*)?(?:导航|搜索|内容|主要内容|正文))*"
        r"|(?i:jump\s+to\s*:?\s*(?:navigation|search|content)"
        r"(?:\s*[,|]?\s*(?:jump\s+to\s+)?(?:navigation|search|content))*"
        r"|skip\s+to\s+(?:main\s+)?content))\s*$"
        # its tagline under the headline: the wiki the page is from (出自某某百科, 出自维基百科，
        # 自由的百科全书)
        r"|^出自[^\s，。；：:《》]{1,16}(?:百科|维基|[Ww]iki|WIKI)(?:，自由的百科全书)?$"
        r"|^维基百科，自由的百科全书$",
        why="a wiki page's jump links and tagline (跳到导航 跳到搜索, 出自某某百科) or a skip link",
        examples=("跳到导航 跳到搜索", "跳转到导航 跳转到搜索", "跳转至： 导航、 搜索", "跳至内容",
                  "跳到主要内容", "Jump to navigation Jump to search", "Skip to content",
                  "出自某某方志百科", "出自维基百科，自由的百科全书", "出自某某Wiki",
                  "维基百科，自由的百科全书"),
        counterexamples=("跳到导航页就能看到全部栏目。", "跳至内容的第三部分，作者谈到了乡村。",
                         "出自《诗经》", "出自某某百科的词条并不可靠，记者核实了原始档案。",
                         "百科", "维基百科", "Skip to content if you are in a hurry."),
        max_len=40,
    ),
    Rule(
        "nav_labels",
        r"^(?:(?:关于我们|联系我们|网站地图|网站声明|法律声明|隐私政策|隐私保护|广告服务|广告合作|"
        r"招聘信息|诚聘英才|投稿须知|版权声明|免责声明|意见反馈|设为首页|加入收藏|网站导航|友情链接|"
        r"相关链接|加入我们|服务条款|用户协议|帮助中心|使用帮助|网站简介|本站简介|English|ENGLISH|"
        r"无障碍(?:浏览|阅读|通道|模式)?|长者模式|关怀模式|关怀版|适老化|老年模式|读屏专用|手机版|"
        # the switch between a 政务 site's elder-care version and its standard one
        r"(?:切换到|切换至|进入|退出|返回)(?:长者模式|关怀模式|关怀版|老年模式|标准版|长辈版|大字版)|"
        r"标准版|长辈版|大字版|"
        r"移动版|繁体|简体|繁體|登录|注册|退出|网站纠错|网页纠错|我要纠错|政务微博|政务微信|"
        r"个人登录|法人登录|用户登录|单位登录|企业登录|个人中心|"
        # the page's other language editions (英文版, 葡文版, English Version, Versão Portuguesa)
        r"英文版|葡文版|中文版|(?i:english\s+version)|Versão Portuguesa|Versão em Português|"
        # their English twins, printed after them (友情链接 / Friendship link)
        r"(?i:friend(?:ship)?\s*links?|about\s+us|contact\s+us|site\s*map)|"
        # a blog's footer: its feed's link, its about page's beside another link (关于 · RSS)
        r"RSS|关于(?=\s*[|｜/·•、-]\s*\S))"
        r"\s*[|｜/·•、-]?\s*)+$"
        # the links' label with the links' names after it, a row of table cells copied with
        # their tabs (友情链接	某某网	某某省人民政府)
        r"|^(?:友情链接|相关链接)\s*[:：]?\s+[^\s，。！？；]{2,20}(?:\s+[^\s，。！？；]{2,20}){0,11}$",
        why="footer/header menu labels (about us, contact, site map, friend links)",
        examples=("关于我们", "关于我们 | 联系我们 | 网站地图", "友情链接", "English", "登录 注册",
                  "无障碍浏览 长者模式 繁體 English", "关怀版 | 手机版",
                  "友情链接 / Friendship link", "联系我们 Contact Us", "网站纠错 | 我要纠错",
                  "网页纠错", "个人登录 法人登录", "用户登录 | 注册", "关怀版 标准版",
                  "切换到关怀版", "退出长者模式", "大字版", "English Version",
                  "Versão Portuguesa", "葡文版", "中文版 | English Version",
                  "友情链接\t人民网\t新华网\t某某省人民政府", "相关链接： 某某网 某某政务服务网",
                  "关于 · RSS", "RSS"),
        counterexamples=("关于我们这一代人的青春记忆，每个人都有自己的答案。", "关于",
                         "关于 RSS 的用法",
                         "大字版教材已于秋季学期发放到视障学生手中。", "标准版售价为3999元。",
                         "英文版将于下月出版。",
                         "友情链接 是网站之间互相推荐的一种方式，不宜过多。"),
        max_len=80,
    ),
    Rule(
        "cookie_notice",
        # A site's cookie banner saved as a line over the page (an AMP page's
        # amp-user-notification, a consent bar): the site speaking of the cookies it uses, or
        # telling the reader that going on means consent. News about cookies names no "we".
        r"^(?=.*(?i:cookie))(?:.*(?:本站|本网站|本网|我站|我们)(?:会|将|可能)?(?:使用|采用|通过)\s*(?i:cookies?)"
        r"|.*继续(?:浏览|访问|使用)(?:本站|本网站|本网|网站)?[^。]{0,6}?(?:即|则)?(?:表示|视为|代表)您?(?:已)?同意)",
        why="a site's cookie consent banner saved as a line",
        examples=("本站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。",
                  "我们使用cookies来提升您的体验，继续访问本网站即视为您同意。",
                  "本网站使用 Cookie 统计访问量，详见隐私政策。 接受 拒绝",
                  "为了给您更好的体验，我们会使用Cookie。 我知道了"),
        counterexamples=("工信部通报多款App违规使用Cookie收集用户信息。",
                         "专家提醒，浏览器中的Cookie可能泄露个人信息，应定期清理。",
                         "部分网站使用Cookie追踪用户行为，引发隐私担忧。",
                         "继续浏览即表示同意的做法，被认为侵犯了用户的知情权。"),
        max_len=160,
    ),
    Rule(
        "divider",
        # a row of one symbol repeated (＊＊＊＊, ------, ======, ※※※) parts a release's
        # headline from its text or one section from the next: no words
        r"^([*＊=＝\-－_＿~～#＃+＋※★☆■□◆◇●○·•])(?:\s*\1){2,}$"
        # …or with the word for it in the row (a CMS template's ------分隔线------), or the
        # word alone: a WeChat editor's divider image whose alt a saved text prints (分割线)
        r"|^[-－—_=＝~～·\s]*(?:分隔线|分割线)[-－—_=＝~～·\s]*$",
        why="a divider line: one symbol repeated, no text",
        examples=("＊＊＊＊＊＊＊＊＊＊", "------", "= = = = =", "※※※",
                  "------分隔线----------------------------", "———分割线———", "分割线",
                  "分隔线"),
        counterexamples=("***某某某***", "——", "#话题#", "分割线两侧的车辆禁止随意变道。",
                         "道路中央的分隔线"),
        max_len=120,
    ),
    Rule(
        "script_switch",
        # the page's switch between scripts and languages (繁 简 English, 简体 | 繁體 | EN)
        # (Macau's pages name the Portuguese edition 葡文 beside Português)
        r"^(?:(?:繁|简|繁体|简体|繁體|簡體|中文|英文|葡文|English|EN|PT|Português)\s*[|｜/]?\s*)"
        r"{2,5}$"
        # a multilingual portal's bar of its editions, each language named in its own script
        # (English | Français | Español | Русский | 日本語), maybe under its label (多语种：)
        r"|^(?:(?:多语种|多语言|外文版|其他语种|语言)\s*[:：]?\s*)?"
        r"(?:(?:English|Français|Español|Русский|العربية|日本語|日本语|한국어|Deutsch|Italiano|"
        r"Português|Tiếng Việt|ภาษาไทย|Bahasa Indonesia|Bahasa Melayu|Türkçe|中文|繁體|简体)"
        r"\s*[|｜/·]?\s*){3,14}$",
        why="a page's script and language switch",
        examples=("繁 简 English", "简体 | 繁體 | EN", "繁 | 简 | PT | EN", "葡文 Português",
                  "English | Français | Español | Русский | العربية | 日本語 | 한국어",
                  "多语种：English  Français  Español  Русский  日本語  한국어"),
        counterexamples=("繁简转换工具上线。", "English", "多语种：English Français", "葡文",
                         "多语种服务窗口提供English、Français等语言的咨询。"),
        max_len=120,
    ),
    Rule(
        "pipe_nav",
        # a row of credits whose pipes part each label from its names (记者｜某某 摄像｜某某) is
        # the article's byline, left for meta.lines
        # (a magazine's: 文｜某某　圖｜某某)
        r"^(?!(?:记者|作者|撰文|撰稿|通讯员|编辑|责编|审核|摄影|摄像|来源|文|文字)\s*[|｜])"
        # nor is a row of labelled fields (2024-01-26 | 来源：某某 | 作者：某某): no menu
        # labels its links with a colon
        r"(?!.*(?:来源|稿源|作者|记者|通讯员)\s*[:：])"
        # nor is a table's row with pipes between its numbers (某队 18 | 20 | 19 | 77: a
        # score by quarter), two cells side by side of one to three digits (years are links)
        r"(?!.*?(?:^|[|｜\s])\d{1,3}(?:\.\d+)?\s*[|｜]\s*\d{1,3}(?:\.\d+)?\s*(?:[|｜]|$))"
        # nor is a table's row of label and value cells (发文机关： | 某某局 | 主题分类： | 农业)
        r"(?!.*[:：]\s*[|｜])"
        # a footer's label may be a few Latin words (About Us, About 某某 in Latin letters)
        r"(?:[^|｜。，！？]{1,10}|[A-Za-z][A-Za-z .&'-]{1,22}[A-Za-z])"
        r"(?:\s*[|｜]\s*(?:[^|｜。，！？]{1,10}|[A-Za-z][A-Za-z .&'-]{1,22}[A-Za-z])){2,}$"
        # or by spaces, the row opening with the home page's link
        r"|^首页(?:\s+[\u4e00-\u9fff]{2,6}){2,}$",
        why="navigation row of short labels separated by pipes (or spaces, after 首页)",
        examples=("首页 | 新闻 | 政务 | 服务 | 互动", "要闻｜时政｜国际",
                  "首页  政务公开  办事服务  互动交流",
                  "某某简介 | About Mouwang | 广告服务 | 联系我们 | 网站律师 | 产品答疑",
                  "2025 | 2024 | 2023 | 更早", "第1期 | 第2期 | 第3期"),
        counterexamples=("党建 | 治理 | 民生：三个关键词读懂巴南区的工作，这是全区的共识。",
                         "The report | a survey of the market | published in May 2024.",
                         "记者｜某某某　摄像｜某某某", "作者 | 某某 | 某某日报",
                         "文｜某某某　图｜某某某", "文｜吳某某　圖｜鄭某某",
                         "2024-01-26 | 来源：某某公司 | 作者：王一 李二",
                         "首页上线了新的栏目，欢迎访问。",
                         "某某队 18 | 20 | 19 | 20 | 77", "第一节 | 24 | 20",
                         "发文机关： | 某某县农业农村局 | 主题分类： | 农业"),
        max_len=120,
    ),
    Rule(
        "glued_nav",
        # A site's menu whose links the page set side by side with no space between, saved as
        # one word-run (首页时政民生经济文旅体育评论), maybe after the site's name
        # (某某网新闻体育汽车…登录): three or more menu words and nothing else. A headline or a
        # sentence has words of its own between them. The site's name, its home page, login,
        # search or more link must be among them: a run of section names alone
        # (要闻财经科技…) is left for the passes that see what stands around it.
        r"^(?=[\u4e00-\u9fff]{1,6}(?:网|在线)|.*(?:首页|登录|注册|搜索|客户端|菜单|更多))"
        r"(?:[\u4e00-\u9fff]{1,6}(?:网|在线))?"
        r"(?:(?:首页|新闻|要闻|时政|国内|国际|民生|经济|财经|股票|基金|债券|港股|美股|科技|教育|"
        r"健康|体育|娱乐|汽车|房产|旅游|文旅|军事|评论|视频|图片|专题|本地|城事|数字报|论坛|博客|"
        r"更多|登录|注册|搜索|客户端|菜单|直播|快讯|7x24快讯|行情|研报|公司新闻|法治|生活|美食|时尚|"
        r"游戏|读书|政务|互动|地方频道|地方|市县|县域|社会|文化|问政|网络问政|热门|推荐|热搜|发现)"
        r"\s*[|｜]?\s*){3,}$",
        why="a site's menu saved with its links glued into one line",
        examples=("首页时政民生经济文旅体育评论", "搜索客户端菜单", "首页城事财经生活视频直播",
                  "某某网新闻体育汽车房产旅游教育健康更多 登录",
                  "某某在线新闻民生房产论坛登录 | 注册",
                  "首页财经股票公司新闻港股美股7x24快讯", "更多民生新闻",
                  # a provincial portal's, with its local channel and its 问政 board
                  "首页新闻地方频道评论问政视频旅游", "首页要闻市县社会文化网络问政",
                  # a social platform's (its feeds: 热门, 推荐, 发现)
                  "首页热门视频游戏", "首页推荐发现热搜"),
        counterexamples=("民生新闻", "首页新闻", "体育新闻报道了这场比赛。",
                         "教育、健康、体育三项指标均有提升", "新闻评论员王某某",
                         "今日要闻：全市经济运行稳中向好", "要闻财经科技汽车房产教育健康",
                         "社会文化", "地方频道问政视频旅游", "热门视频游戏推荐"),
        max_len=60,
    ),
    Rule(
        "blog_footer_links",
        # A blog theme's footer links saved as one line, glued or spaced (最新文章RSSGhost: the
        # latest posts, the feed and the platform's own link, its "Powered by" lost): two of the
        # links at least, the feed or the platform's name among them, nothing else
        r"^(?=.*(?:RSS|Ghost|WordPress|Typecho|Hexo|Hugo|Halo|Jekyll|Gridea))"
        r"(?:(?:最新文章|热门文章|文章归档|归档|标签|关于|RSS|订阅|站点地图|Sitemap|Ghost|WordPress|"
        r"Typecho|Hexo|Hugo|Halo|Jekyll|Gridea)\s*[|｜·•∙]?\s*){2,8}$",
        why="a blog theme's footer links saved as one line (最新文章 RSS Ghost)",
        examples=("最新文章RSSGhost", "归档 · 标签 · RSS", "最新文章 | RSS | WordPress"),
        counterexamples=("RSS", "最新文章", "归档标签关于", "WordPress 博客搭建教程",
                         "订阅RSS的读者越来越少了。"),
        max_len=60,
    ),
    Rule(
        "blog_widget_label",
        # A blog's share and like boxes under the post (WordPress's 分享此文： over its buttons,
        # 赞过： over the likers' faces): the label alone, its buttons and faces lost as text.
        r"^(?:分享此文|分享本文|分享这篇文章|赞过|喜欢此文|喜欢这篇文章)\s*[:：]?$",
        why="a blog's share or like box label alone under the post",
        examples=("分享此文：", "赞过：", "分享本文", "喜欢这篇文章："),
        counterexamples=("分享此文的读者已超过一万人。", "赞过这篇文章的人很多。"),
        max_len=12,
    ),
    Rule(
        "related_terms",
        # A health or reference site's links to its own pages on the topic, under their label
        # (相关科室：血液科 内分泌科, 相关疾病：贫血 甲减): words between spaces, no sentence.
        r"^相关(?:科室|疾病|症状|药品|检查|医生|专家|百科|词条)\s*[:：]\s*"
        r"[\u4e00-\u9fff]{2,10}(?:\s+[\u4e00-\u9fff]{2,10}){0,11}$",
        why="a site's links to its pages on the topic under their label (相关科室：…)",
        examples=("相关科室：血液科 内分泌科 风湿免疫科 血管外科", "相关疾病：贫血 甲状腺功能减退",
                  "相关症状：头晕"),
        counterexamples=("相关科室：请患者到内分泌科或血液科就诊。",
                         "相关科室将于下周联合开展义诊活动。"),
        max_len=100,
    ),
    Rule(
        "comment_counter",
        # A portal's counters of its comment thread beside the article, saved as one line
        # (1386跟帖 21504人参与): numbers and their words, nothing else.
        r"^(?:\d[\d,.]*万?\s*(?:跟帖|条跟帖|条评论|人参与|人评论)\s*){1,3}$",
        why="a comment thread's counters in one line",
        examples=("1386跟帖 21504人参与", "36条评论", "1.2万人参与"),
        counterexamples=("1386人参与了投票。", "共有2000人参与活动"),
        max_len=40,
    ),
    Rule(
        "assistant_greeting",
        # A government or service site's chat widget (智能问答, 在线客服) saved as text: its
        # label and its bot's greeting (您好，我是小某，请问有什么可以帮您？), alone on a line. A
        # greeting quoted in a story runs on past it.
        r"^(?:(?:智能问答|智能客服|在线客服|智能助手|政务小助手|智能小助手)\s*[:：]?\s*)?"
        r"(?:您好|你好|Hi|嗨)[!！，,]?\s*(?:我是[^，,。？?]{1,16}[，,!！]?\s*)?"
        r"(?:请问)?(?:有什么|有啥)(?:问题|事情)?(?:可以|需要|能)?(?:帮|为)(?:您|你)(?:做的|服务的|的|服务)?"
        r"(?:吗)?[？?！!。~～]*$",
        why="a chat widget's label and greeting (智能问答：您好，有什么可以帮您？)",
        examples=("智能问答：您好，有什么可以帮您？",
                  "您好，我是政务小助手“小某”，请问有什么可以帮您？",
                  "在线客服 您好，有什么可以为您服务的吗？", "你好！有什么可以帮你的？"),
        counterexamples=("“您好，请问有什么可以帮您？”接线员的声音温和而耐心。",
                         "您好，有什么可以帮您的？这是热线接线员每天说得最多的一句话。",
                         "智能问答系统上线以来，累计回答群众提问十万余次。"),
        max_len=60,
    ),
    Rule(
        "reading_bar",
        # A sticky bar the page shows on scrolling names the article being read (正在阅读：
        # headline): the headline printed again, as chrome, above the real one.
        r"^(?:您)?(?:正在阅读|当前阅读)\s*[:：]",
        why="a sticky bar's 'now reading: headline' line",
        examples=("正在阅读：社区食堂开到家门口 老人吃饭有了“好去处”", "当前阅读：某某新闻",
                  "您正在阅读: 某某标题"),
        counterexamples=("他正在阅读：一本关于家乡的书。", "正在阅读的孩子们抬起了头。"),
        max_len=80,
    ),
    Rule(
        "tag_list",
        # a value that is one sentence with no separator (标签：有时候也会……。) is prose
        # (a Hong Kong paper's 相關字詞﹕, its colon the small form)
        # (Taiwan's and Hong Kong's pages label them 文章標籤 or 新聞標籤)
        r"(?i:^(?:标签|关键词|关键字|tags?|热门标签|相关标签|主题词|相关字词|文章标签|新闻标签)"
        r"\s*[:：﹕](?![^，、；;,\s]*。$))"
        # a row of hashtags under a label of hot topics (熱門：#某某 #某某)
        r"|^(?:热门|热门话题|话题|热搜)\s*[:：﹕]\s*(?:#[^#\s，。]{1,20}#?\s*){1,12}$"
        # The label and its tags with only a space between: no sentence punctuation follows.
        r"|^(?:标签|关键词|关键字|热门标签|相关标签|主题词)\s+"
        r"[^\s，。！？；,.!?;：:][^，。！？；,.!?;]{0,60}$"
        # The label alone, its tags one a line below it (a page saved as text prints the
        # label's box and each tag's link apart); no article heads a section with it.
        r"|^(?:标签|热门标签|相关标签|(?i:tags?))$",
        why="keyword/tag list of the CMS",
        examples=("标签：党建 基层治理", "关键词: 乡村振兴", "标签 中美贸易中美竞争中美关系",
                  "相關字詞﹕海濱長廊 南區", "相关字词：夏粮 收购", "标签", "相关标签", "Tags",
                  "文章標籤：油麻地 果欄 活化", "熱門：#運輸署 #專綫小巴 #北部都會區"),
        counterexamples=("关键词是“实干”，这是全会释放的信号。",
                         "标签 是商品的身份证，不能随意撕掉。",
                         "关键词 实干，这是全会释放的信号。",
                         "标签：有时候也会成为一种偏见。",
                         "相关字词：出现频率最高的是“民生”。", "标签管理",
                         "热门：今年最受欢迎的是露营和骑行。", "文章标签：用来给内容分类。",
                         "Tags are free."),
        max_len=80,
    ),
    Rule(
        "site_description",
        # A page saved as text may print its head's description for search engines under its
        # label (网站描述：…, Description: …), above the site's header: the site's blurb about
        # itself, no sentence of an article (a spam mirror's holds its brands and promos).
        r"^(?:网站描述|网站简介|站点描述|站点简介|网页描述|本站简介|(?i:description))\s*[:：﹕]\s*\S",
        why="the site's description for search engines, printed under its label",
        examples=("网站描述：某某网是本地综合新闻门户，提供新闻、政务、生活资讯。",
                  "网站简介：某某娱乐是亚洲信誉平台，新会员首存即送彩金。",
                  "Description: 某某日报官方网站", "站点描述：某某市人民政府门户网站"),
        counterexamples=("网站简介显示，该公司成立于2015年，主营软件开发。",
                         "网站描述不清、信息更新滞后等问题在部分政务网站仍然存在。",
                         "description of the project follows."),
        max_len=200,
    ),
    Rule(
        "end_marker",
        r"^[（(【\[]\s*(?:完|终|全文完|本文完|END|end)\s*[)）】\]]$"
        r"|^[-—–_=~·\s]*(?:(?:THE|The|the)\s*)?(?:END|End|end|完|全文完|本文完)[-—–_=~·\s]*$"
        # A screen reader's notice that the text is over (正文已结束，您可以按alt+4进行评论).
        r"|^正文已结束(?:[，,].{0,30})?$",
        why="wire-copy end marker",
        examples=("（完）", "【完】", "(完)", "-END-", "—— END ——", "- 完 -", "- THE END -",
                  "正文已结束，您可以按alt+4进行评论"),
        counterexamples=("完成了全年目标任务。", "本文已结束，下一部分将介绍具体做法。",
                         "正文已结束的稿件送审。"),
        max_len=40,
    ),
    Rule(
        "counter",
        # A number alone carries no text: a gallery counter, a page number or a section number
        # (01 above a WeChat-style section, 163_9, whose heading line follows it).
        r"^\d{1,3}(?:\s*/\s*\d{1,3})?$|^/\s*\d{1,3}$"
        # An icon-font glyph (a private-use character) and a count: likes, views, comments.
        r"|^[\ue000-\uf8ff]+\s*\d[\d,.]*[万wWkK]?\+?$"
        # A like button's "+1" (the count it adds), alone on its line.
        r"|^[+＋]\d{1,3}$"
        # A count in thousands groups alone (3,481 under its label 关注者, the label a line
        # above it): a figure of the text has its unit or its sentence.
        r"|^\d{1,3}(?:,\d{3})+$",
        why="image-gallery counter, lone page number, section number or an icon's count: a "
            "number alone",
        examples=("4", "1/10", "/10", "12", "01/10", "01", "02", "\ue60e4", "\ue60a 1,024",
                  "+1", "3,481", "1,265,907"),
        counterexamples=("2024", "3000亿", "第1节", "1.", "\ue60e某某", "+1.5%", "+1℃",
                         "3,481人", "1,265.9"),
        max_len=12,
    ),
    Rule(
        "keyword_row",
        # An SEO keyword row: one name (a coined site or brand, four characters or more) said
        # three times or more, first with a search word after it and then with one or none
        # (某某注册 某某登录 某某下载, 某某app 某某网址 某某怎么样), under a label or none. An
        # article's row of names shares a place's prefix at most (东阳市横店镇 东阳市南马镇),
        # and a chant repeats its words with no search word (中国加油 中国加油 中国加油).
        rf"^(?:[\u4e00-\u9fff]{{2,6}}\s*[:：]\s*)?(?P<seo_stem>[\u4e00-\u9fff]{{4,12}}?){_SEO_WORD}"
        rf"(?:\s+(?P=seo_stem){_SEO_WORD}?){{2,}}$",
        why="an SEO keyword row: one name repeated with search words (注册, 登录, 下载, app)",
        examples=("某某娱乐平台注册 某某娱乐平台登录 某某娱乐平台下载",
                  "相关推荐:某某国际app 某某国际网址 某某国际怎么样",
                  "热门搜索：某某体育官网 某某体育入口 某某体育手机版 某某体育"),
        counterexamples=("东阳市横店镇 东阳市南马镇 东阳市巍山镇",
                         "人民日报 人民日报海外版 人民日报社",
                         "学习强国注册 学习强国登录",
                         "党建引领 党建引领发展 党建引领治理",
                         "中国加油 中国加油 中国加油"),
        max_len=120,
    ),
    Rule(
        "symbols_only",
        # Closing punctuation alone (。 after underlined text, thepaper_5) ends the sentence
        # above it: layout.paragraphs joins it back, so it is not a separator.
        r"^(?![。，、；：！？”’）」』】》]+$)[\W_]+$",
        why="a line of only punctuation or symbols (separators, empty link text)",
        examples=("|", "——", "> > >", "■", "。。|"),
        counterexamples=("“好！”", "。", "”。"),
        max_len=20,
    ),
)


# A post's section number alone on its line (01, 02 …): the counter rule's shape.
_SECTION_NUMBER = re.compile(r"^\d{1,2}$")
_SECTION_HEADING_MAX = 40
_HEADING_END = "。！？!?；;：:，,、…"


def section_numbers(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of a post's section numbers: a run of two or more numbers alone on their lines,
    counting up by one (01, 02, 03), each followed by a heading (a short line without closing
    punctuation) and a paragraph of prose before the next. They are the article's structure.
    A pager (1 2 3 one a line) or a ranked list of headlines (1 / a headline / 2 / …) has no
    prose in its sections, and stays a counter."""
    numbers = [i for i, ln in enumerate(lines) if len(ln) <= 6 and _SECTION_NUMBER.match(
        ln.strip())]
    if len(numbers) < 2:
        return frozenset()
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    at = {i: k for k, i in enumerate(filled)}
    sections: list[int] = []
    out: set[int] = set()
    for n, i in enumerate(numbers):
        k = at[i]
        end = at[numbers[n + 1]] if n + 1 < len(numbers) else min(len(filled), k + 12)
        heading = lines[filled[k + 1]].strip() if k + 1 < end else ""
        ok = (bool(heading) and len(heading) <= _SECTION_HEADING_MAX
              and heading[-1] not in _HEADING_END and not _SECTION_NUMBER.match(heading)
              and any(is_prose(lines[filled[j]].strip()) for j in range(k + 2, end)))
        follows = bool(sections) and int(lines[i].strip()) == int(lines[sections[-1]].strip()) + 1
        if ok and follows:
            sections.append(i)
        else:
            if len(sections) >= 2:
                out.update(sections)
            sections = [i] if ok else []
    if len(sections) >= 2:
        out.update(sections)
    return frozenset(out)


# Two numbers side by side in a line (10 8, 3.5 12%): a table's row; the gate of
# table_headers, one search of the page.
_NUMBER_PAIR = re.compile(
    r"(?m)(?:^|[^\S\n])[+-]?\d+(?:\.\d+)?%?[^\S\n]+[+-]?\d+(?:\.\d+)?%?(?=[^\S\n]|$)")
_DIGIT_SPACE_DIGIT = re.compile(r"\d%?[^\S\n]+[+-]?\d")  # in every _NUMBER_PAIR match
_NUMERIC = re.compile(r"[+-]?\d+(?:[.:：]\d+)?%?")
_HEADER_CELL_MAX = 8
_TABLE_ROWS_MIN = 2
# A header of five or more labels over one row of three or more figures is a table of one
# row (发震时刻 震级 纬度 经度 深度 参考位置 / 2025-09-03 10:12:45 4.2 28.15 104.62 10 某县): its
# row may hold one cell more, a date and its time apart by a space.
_ONE_ROW_LABELS = 5
_ONE_ROW_FIGURES = 3


_WEATHER_LINE = re.compile(_WEATHER)
_WEATHER_NEEDS = gate([_WEATHER_LINE]).needs
_FORECAST_GAP = 2  # filled lines from one day's weather to the next (its date between)


def forecast_lines(lines: Sequence[str]) -> frozenset[int]:
    """A forecast the article prints day by day (10月16日 / 多云 18℃～26℃ / 10月17日 / 小雨
    12℃～18℃): two or more weather lines near each other. The site's widget is one line."""
    if _WEATHER_NEEDS is not None and not any(map("\n".join(lines).__contains__,
                                                   _WEATHER_NEEDS)):
        return frozenset()
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    at = [k for k, i in enumerate(filled) if _WEATHER_LINE.match(lines[i].strip())]
    out: set[int] = set()
    for a, b in itertools.pairwise(at):
        if b - a <= _FORECAST_GAP:
            out.update((filled[a], filled[b]))
    return frozenset(out)


def _one_row(labels: Sequence[str], cells: Sequence[str]) -> bool:
    """Whether ``cells`` are a one-row table's row under the header ``labels`` (see
    _ONE_ROW_LABELS): three or more figures, two of them side by side as a table's columns
    print them; a counter row (阅读 2890 评论 4 点赞 16) puts a label before each."""
    figures = [_NUMERIC.fullmatch(c) is not None for c in cells]
    return (len(labels) >= _ONE_ROW_LABELS and len(labels) <= len(cells) <= len(labels) + 1
            and sum(figures) >= _ONE_ROW_FIGURES
            and any(a and b for a, b in itertools.pairwise(figures)))


def table_headers(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of a table's header rows: three or more short labels (排名 球队 场次 胜 平 负
    积分) over two or more rows of as many cells holding numbers. A menu's row of labels
    has no rows of figures under it; the table's header is its text."""
    page = "\n".join(lines)
    # _NUMBER_PAIR tries its opening alternation at every character; a match holds a digit,
    # maybe %, spaces and a digit, which a pattern opening on a character class finds by sre's
    # fast scan for that class: most pages have no such pair and are told in that one scan.
    if not _DIGIT_SPACE_DIGIT.search(page) or not _NUMBER_PAIR.search(page):
        return frozenset()
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    out: set[int] = set()
    for k, i in enumerate(filled[:-1]):
        labels = lines[i].split()
        if len(labels) < 3 or max(map(len, labels)) > _HEADER_CELL_MAX or any(
                _NUMERIC.fullmatch(t) for t in labels):
            continue
        rows = 0
        for j in filled[k + 1:]:
            cells = lines[j].split()
            if len(cells) != len(labels) or sum(1 for c in cells if _NUMERIC.fullmatch(c)) < 2:
                break
            rows += 1
        if rows >= _TABLE_ROWS_MIN or _one_row(labels, lines[filled[k + 1]].split()):
            out.add(i)
    return frozenset(out)


# A table saved one cell a line: its header's labels (岗位名称, 招聘人数), its cells, a cell of
# figures (3, 12.5%, 20人), and what opens it (a sentence's stop or colon, a section numbered
# the Chinese way: 一、招聘岗位及人数).
_LABEL_CELL = re.compile(r"[^\d\s。，；！？：:,;!?]{2,10}")
_ROW_CELL_MAX = 20
_CELL_FIGURE = re.compile(r"[+-]?\d+(?:[.:：]\d+)?(?:%|[人名个万元岁])?")
_TABLE_COLUMNS = range(3, 9)
_CN_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")


def _opens_table(line: str) -> bool:
    """A sentence of the text (its stop or colon) or a numbered section's heading."""
    return bool(_CN_HEADING.match(line)) or (len(line) >= 8 and line[-1] in "。：:")


def _cell(line: str) -> bool:
    """A table's cell: short, no sentence and no section's heading."""
    return (len(line) <= _ROW_CELL_MAX and line[-1] not in "。！？；"
            and not _CN_HEADING.match(line))


def cell_table(lines: Sequence[str]) -> frozenset[int]:
    """Indexes of a table saved one cell a line (岗位名称 / 招聘人数 / 学历要求 / 给排水工程师 /
    3 / 本科及以上 …): three to eight short labels under a sentence or a numbered heading of
    the text, then two or more rows of as many short cells, one column of them figures in
    every row. The gold keeps a table; a menu has no column of figures, and a list's dates
    stand under no header of labels."""
    stripped = [ln.strip() for ln in lines]
    filled = [i for i, ln in enumerate(stripped) if ln]
    bare = [stripped[i] for i in filled]
    out: set[int] = set()
    # run[k]: how many lines from bare[k] on are header labels in a row (each line tested
    # once, its length first: most are paragraphs); a table's header starts only where
    # three or more do, and the lines are tried there alone, in order
    run = [0] * (len(bare) + 1)
    for k in range(len(bare) - 1, -1, -1):
        cell = bare[k]
        if len(cell) <= 10 and _LABEL_CELL.fullmatch(cell) and not _CN_HEADING.match(cell):
            run[k] = run[k + 1] + 1
    past = 1  # the first line not taken by a table found above
    for k in [k for k in range(1, len(bare)) if run[k] >= _TABLE_COLUMNS[0]]:
        if k < past:
            continue
        labels = min(run[k], _TABLE_COLUMNS[-1] + 1)
        if not _opens_table(bare[k - 1]):
            continue
        best = (0, 0)  # (rows, columns)
        for cols in range(_TABLE_COLUMNS[0], min(labels, _TABLE_COLUMNS[-1]) + 1):
            for col in range(cols):
                rows = 0
                at = k + cols
                while at + cols <= len(bare) and all(map(_cell, bare[at:at + cols])) and (
                        _CELL_FIGURE.fullmatch(bare[at + col])):
                    rows += 1
                    at += cols
                best = max(best, (rows, cols))
        rows, cols = best
        if rows < _TABLE_ROWS_MIN:
            continue
        end = k + cols * (rows + 1)
        # A row whose last cells were empty saved fewer lines, so the cells after it no
        # longer line up: fewer than a row's worth of cells closing the table (the next line
        # a heading or a sentence of the text, or none) are its last row.
        rest = 0
        while end + rest < len(bare) and rest < cols and _cell(bare[end + rest]):
            rest += 1
        if 0 < rest < cols and any(_CELL_FIGURE.fullmatch(c) for c in bare[end:end + rest]):
            end += rest
        out.update(filled[k:end])
        past = end
    return frozenset(out)


_REPORT_CHANNEL = re.compile(r"举报|舉報")


def text_structure(lines: Sequence[str]) -> frozenset[int]:
    """The lines the page's structure shows are the article's own or its metadata, kept from
    the line rules: the closing contact block, the desk's hotline over a notice's signature
    (游客服务热线：… over 某某管委会 / 2025年6月1日), the phone under a notice's request
    (……报送某某组织科。 / 联系电话：…), an event's particulars (主办单位：… among
    时间：/地点： rows), a date split over lines, a post's section
    numbers, a table's header row or cells, a forecast's days and a paper's keywords under
    its abstract."""
    # A report channel (举报电话：…) is the one contact a site's footer prints on every page:
    # it goes by the footer rules wherever it stands.
    desks = frozenset(i for i in closing_contacts(lines) if not _REPORT_CHANNEL.search(lines[i]))
    return (contact_block(lines) | desks | asked_contact(lines) | event_particulars(lines)
            | split_date_lines(lines)
            | section_numbers(lines) | abstract_keywords(lines)
            | table_headers(lines) | cell_table(lines) | forecast_lines(lines)
            | quoted_in_text(lines))


_TICKER_ROW = re.compile(r"^[\u4e00-\u9fffA-Za-z*\d]{2,10}\s+\d+(?:\.\d+)?\s+[+-]\d+(?:\.\d+)?%$")
_QUOTE_ROWS_MIN = 2
# Strings one of which a page's lines must hold for a pattern to match one (read off the
# patterns by cleaners.literals): a page holding none skips its reader.
_TICKER_NEEDS = gate([_TICKER_ROW]).needs


def quoted_in_text(lines: Sequence[str]) -> frozenset[int]:
    """A market report's index rows (上证指数 3412.56 +0.87%), shaped as a quote widget's,
    set in the text: two or more under a line that announces them (截至收盘：) and over a
    paragraph of prose that goes on with the report. A widget's rows stand among the menus
    and link lists, with no prose right under them."""
    if _TICKER_NEEDS is not None and not any(map("\n".join(lines).__contains__, _TICKER_NEEDS)):
        return frozenset()
    filled = [n for n, line in enumerate(lines) if line.strip()]
    kept: set[int] = set()
    k = 0
    while k < len(filled):
        end = k
        while end < len(filled) and _TICKER_ROW.match(lines[filled[end]].strip()):
            end += 1
        if end - k >= _QUOTE_ROWS_MIN and k > 0 and end < len(filled) and (
                lines[filled[k - 1]].strip()[-1] in "：:"
                and is_prose(lines[filled[end]].strip())):
            kept.update(filled[k:end])
        k = max(end, k + 1)
    return frozenset(kept)


# A paper's abstract (摘要：…, 【摘要】…, 内容提要：…) and its keywords row (关键词：…；…).
_ABSTRACT = re.compile(with_traditional(
    r"^[【\[]?\s*(?:内容)?(?:摘\s*要|提\s*要)\s*[】\]]?\s*[:：]?\s*\S"))
_KEYWORDS = re.compile(with_traditional(r"^[【\[]?\s*(?:关键词|关键字)\s*[】\]]?\s*[:：]"))
_KEYWORDS_NEEDS = gate([_KEYWORDS]).needs


def abstract_keywords(lines: Sequence[str]) -> frozenset[int]:
    """A paper's keywords row right under its abstract (摘要：… / 关键词：无人机；水稻): the
    paper's own, not the CMS's tag list tag_list takes elsewhere."""
    if _KEYWORDS_NEEDS is not None and not any(map("\n".join(lines).__contains__,
                                                    _KEYWORDS_NEEDS)):
        return frozenset()
    kept = set()
    above = ""
    for n, line in enumerate(lines):
        bare = line.strip()
        if not bare:
            continue
        if _KEYWORDS.match(bare) and _ABSTRACT.match(above):
            kept.add(n)
        above = bare
    return frozenset(kept)


# The chrome chrome.inline cuts from the end of a line (……。转载请注明出处, ……。（来源：某某
# 日报）版权所有，未经授权不得转载), one piece after another.
_GLUED = InlineRules("chrome.inline", INLINE_RULES, may_end_inline)
# A credit's words (图片来源于网络, 责任编辑): the text a notice follows after a comma holds none.
_CREDIT_WORDS = re.compile(r"来源|图源|图片|供图|摄影|编辑|转自")
_NOTICE_TAIL = 80  # a notice's characters are this near a line's end (a notice spans <= 64)


def glued_notices(lines: Sequence[str], match: Callable[[str], Rule | None]) -> frozenset[int]:
    """The lines that are a paragraph of prose with the site's notice glued after its last
    sentence (……全面完成。转载请注明出处), maybe with credits (……。（来源：某某日报）版权所有):
    the glued pieces are chrome.inline's to cut, the paragraph is text. The text before them
    must read as prose (is_prose) and meet no line rule by itself, so a footer of notices
    (本站内容来源于互联网。转载请注明出处) goes whole."""
    kept = set()
    for n, line in enumerate(lines):
        # the last piece glued to a line ends it, so a notice's characters are in its tail
        if len(line) < 20 or NOTICE_CHARS.search(line, len(line) - _NOTICE_TAIL) is None:
            continue
        probe = to_simplified(line.strip())
        pieces = _GLUED.peel(probe)
        if not any(rule.code == "trailing_notice" for rule, _ in pieces):
            continue
        prose = probe[: pieces[-1][1].start()].rstrip()
        sentence = prose
        if pieces[-1][1].group().lstrip()[:1] in "，,":
            # a notice glued after a comma (……提升，转载请注明出处) ends the sentence before
            # it, which must be the story's: no notice or credit of its own (本文为某某原创，
            # 图片来源于网络，如有侵权请联系删除 is a footer whole)
            if NOTICE_CHARS.search(prose) or _CREDIT_WORDS.search(prose):
                continue
            sentence = prose + "。"
        if is_prose(sentence) and match(prose) is None:
            kept.add(n)
    return frozenset(kept)


# A picture's credit chrome.inline cuts from the end of a line (……。图片来源：网络, ……。
# （通讯员 某某 摄）, ……。某某 摄).
_GLUED_PICTURE_CREDITS = tuple(r.compile() for r in INLINE_RULES if r.code in (
    "trailing_picture_source", "trailing_credit", "trailing_photo_credit"))
# What a caption's sentence opens with (图为……): a caption, however many sentences it has.
_PICTURE_WORDS = re.compile(r"(?:^|[。！？])\s*(?:图为|图片为|上图|下图|左图|右图|图中|图片中)")
# The words that go on with a story told in the paragraphs above (下一步，…; 据了解，…): a
# caption describes the picture, it continues no narration.
_NARRATION_GOES_ON = re.compile(
    r"^(?:下一步|此外|另外|同时|与此同时|目前|据悉|据了解|据介绍|截至目前|今后|接下来|最后|随后|"
    r"此次|总之|如今|"
    # the connectives that draw on what the paragraph above said (为此，…; 对此，…; 因此，…)
    r"对此|为此|因此|然而|不过|但是|而且|由此可见|总的来看)")
_SENTENCE_END = re.compile(r"[。！？!?][”」』]?")
# What people said or thought (大家纷纷表示收获很大): a sentence reporting it is a statement
# of the story, not a picture's description. A caption shows a scene as it happens (居民们正在
# 品尝, 活动现场) or people posing (合影): with such words the line stays a caption.
_REPORTED_SPEECH = re.compile(r"表示|认为|指出|坦言|直言|感慨|说道|告诉记者|介绍说")
_SCENE_WORDS = re.compile(r"正在|现场|合影|留影|图[为中]")
# A gallery's picture counter (3/6, 图片 2/12) over each picture's caption.
GALLERY_COUNTER = re.compile(_GALLERY_COUNTER)
_CREDIT_MIN = 4  # characters of the shortest glued credit: （某 摄）, 图/某某
_PICTURE_PAGE_MIN = 2  # pictures, each over its caption, that make a page of pictures
_PHOTO_STORY_MIN = 3  # credited captions outnumbering the paragraphs that make a photo story
_SAID_MIN = 8  # characters: who said it, the verb and what was said


def _under_pictures(lines: Sequence[str], match: Callable[[str], Rule | None]) -> frozenset[int]:
    """The lines right under a picture's number or file name (图3 / IMG_0124.jpg, which
    image_filename takes) or a gallery's counter (3/6, which gallery_pager takes) on a page of
    pictures: two or more such places, each over a line of text, and no sentence anywhere
    else (as chrome.captions reads a page of pictures). A paragraph of its own makes it an
    article with pictures in it, whose captions go."""
    under = set()
    marker: int | None = None
    for n, line in enumerate(lines):
        bare = line.strip()
        if not bare:
            continue
        rule = match(bare)
        if FIGURE_NUMBER.match(bare) or (rule is not None and (
                rule.code == "image_filename"
                or (rule.code == "gallery_pager" and GALLERY_COUNTER.match(bare)))):
            marker = n
            continue
        if marker is not None and rule is not None and rule.code == "gallery_pager":
            continue  # the viewer's buttons (上一张 下一张 全屏) between a counter and its caption
        if marker is not None:
            under.add(n)
        elif rule is None and is_sentence_line(bare):
            return frozenset()  # a sentence no chrome rule takes (a footer's notice is none)
        marker = None
    return frozenset(under) if len(under) >= _PICTURE_PAGE_MIN else frozenset()


def _captions_outnumber_paragraphs(lines: Sequence[str], match: Callable[[str], Rule | None],
                                   credited: Sequence[tuple[int, str]]) -> frozenset[int]:
    """The credited captions of a photo story (组图: a lead paragraph, then ▲ captions each
    closing on its photographer's credit): three or more captions that are sentences and
    outnumber every other sentence on the page. There the captions tell the story; an
    article with pictures in it has more paragraphs of its own than captions, which go."""
    captions = frozenset(n for n, prose in credited if is_prose(prose) or is_sentence_line(prose))
    if len(captions) < _PHOTO_STORY_MIN:
        return frozenset()
    others = 0
    for n, line in enumerate(lines):
        bare = line.strip()
        if n in captions or not bare or match(bare) is not None:
            continue
        if is_prose(bare) or is_sentence_line(bare):
            others += 1
            if others >= len(captions):
                return frozenset()
    return captions


def glued_picture_credits(lines: Sequence[str],
                          match: Callable[[str], Rule | None]) -> frozenset[int]:
    """The lines photo_credit would take for a caption that are a paragraph of prose with a
    picture's credit glued after its last sentence (……收获很大。图片来源：网络): the credit
    is chrome.inline's to cut. A caption describes a picture in a sentence and ends in its
    credit; prose has several sentences, or goes on with the story (下一步，…) or reports
    what people said (大家纷纷表示…) with no scene in it (正在, 现场), and none of its sentences
    describes a picture (图为…). On a page of pictures (图片新闻: a picture's number or file
    name over each caption) and in a photo story (组图: more credited captions than paragraphs)
    the captions are the story: a sentence under one stays."""
    credited: list[tuple[int, str]] = []  # each credited caption's line and its sentence
    pictured: list[tuple[int, str]] = []  # the same of captions opening on 图为
    for n, line in enumerate(lines):
        # a statement of what was said and its credit may be short (大家表示很有收获。（王某 摄）)
        if not _SAID_MIN + _CREDIT_MIN <= len(line) <= 64 or not any(
                ch in line for ch in "摄攝图圖"):
            continue
        probe = to_simplified(line.strip())
        m = next((m for rx in _GLUED_PICTURE_CREDITS if (m := rx.search(probe))), None)
        if m is None:
            continue
        rule = match(probe)
        if rule is None or rule.code != "photo_credit" or (
                said_twice(probe) and _SAID_TWICE.match(probe)):
            # a caption said twice (its alt text glued to it: ……采摘蔬菜。记者 某某 摄……采摘
            # 蔬菜。记者 某某 摄) has two sentences before its last credit, but is no paragraph
            continue
        prose = probe[: m.start()].rstrip()
        if _PICTURE_WORDS.match(prose):
            # a caption saying so (图为…): the text's only in a photo story
            pictured.append((n, _PICTURE_WORDS.sub("", prose, count=1)))
            continue
        if match(prose) is not None or _PICTURE_WORDS.search(prose):
            continue
        credited.append((n, prose))
    if not credited and not pictured:
        return frozenset()
    # read only on a page with a credited caption: it asks the rules of every line again
    story = (_under_pictures(lines, match)
             | _captions_outnumber_paragraphs(lines, match, credited + pictured))
    kept = {n for n, caption in pictured
            if n in story and (is_prose(caption) or is_sentence_line(caption))}
    for n, prose in credited:
        if n in story and (is_prose(prose) or is_sentence_line(prose)):
            # a page of pictures tells its story in their captions: a sentence under one is
            # the story's, with its credit or without, however short (夕阳下，鸟群掠过水面。)
            kept.add(n)
            continue
        said = bool(_REPORTED_SPEECH.search(prose)) and not _SCENE_WORDS.search(prose)
        # a short statement of what people said (大家纷纷表示收获很大。) is a sentence of the
        # story however short: no clause, but a full stop closing what was said
        if (said and len(prose) >= _SAID_MIN and _SENTENCE_END.fullmatch(prose[-1])
                and len(_SENTENCE_END.findall(prose)) == 1) or (is_prose(prose) and (
                len(_SENTENCE_END.findall(prose)) >= 2 or _NARRATION_GOES_ON.match(prose)
                or said)):
            kept.add(n)
    return frozenset(kept)


def line_cleaner(*, disable: tuple[str, ...] = ()) -> LineRules:
    """The chrome.lines cleaner; ``disable`` names rule codes to switch off. With every rule
    on, one instance a process (see ``_every_rule``)."""
    if not disable:
        return _every_rule()
    unknown = set(disable) - {r.code for r in COMMON_RULES}
    if unknown:
        raise ValueError(f"unknown rule codes in disable: {sorted(unknown)}")
    return _built(tuple(r for r in COMMON_RULES if r.code not in disable))


def _built(rules: Sequence[Rule]) -> LineRules:
    cleaner = LineRules("chrome.lines", rules)
    cleaner.keep = _ArticleLines(cleaner)
    return cleaner


@lru_cache(maxsize=1)
def _every_rule() -> LineRules:
    """chrome.lines with every rule, built once: the chain's step and the spam cleaners'
    ``chrome_left`` share it (its tables cost a few tenths of a second to build)."""
    return _built(COMMON_RULES)


# The longest rest of a cut line read as chrome: a footer's or a tool row's length. A paragraph
# the cuts re-joined is prose, whatever a rule reads in it (two sentences printed twice read as a
# caption said twice).
_CHROME_REST_CHARS = 80


def chrome_left(lines: Sequence[str], cut: Mapping[int, str]) -> dict[int, Rule]:
    """The lines of a page a spam cleaner cut from (``lines``, the page after its cuts;
    ``cut``: each such line's index and what it read before) that the cuts left as chrome,
    with the chrome.lines rule each now meets: a footer, a share prompt or an editor's line a
    brand was glued to (某某县人民政府办公室主办　某·某·娱·乐) goes as chrome.lines would have
    taken it without the brand. A line that met a rule before the cut (chrome.lines kept it
    for the page's structure) and a line the page's structure keeps now stay, as there. Only
    the lines cut are read: no other line changed since chrome.lines ran."""
    rules = _every_rule()
    found = {}
    for n, before in cut.items():
        after = lines[n]
        if after == before or not after.strip() or len(after.strip()) > _CHROME_REST_CHARS:
            continue
        rule = rules.match(rule_probe(after))
        if rule is not None and rules.match(rule_probe(before)) is None:
            found[n] = rule
    if found and rules.keep is not None:
        for n in rules.keep(lines):
            found.pop(n, None)
    return found


class _ArticleLines:
    """chrome.lines' keep: the lines the text's structure shows are its own, and the prose a
    notice is glued to (the text before the notice meets none of the cleaner's rules). A
    class, not a closure, so that the cleaner pickles."""

    def __init__(self, cleaner: LineRules) -> None:
        self.cleaner = cleaner

    def __call__(self, lines: Sequence[str]) -> frozenset[int]:
        match = self.cleaner.match
        return (text_structure(lines) | glued_notices(lines, match)
                | glued_picture_credits(lines, match))
