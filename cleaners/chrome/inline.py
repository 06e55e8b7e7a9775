"""Chrome glued onto a paragraph: end markers and editor/source credits after the last sentence
(……。（完）, ……。（责任编辑：张三）) and "back to home" links at a line's end (L7)."""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from ..document import Doc, Removal, shorten
from ..names import SINGLE_SURNAMES
from ..rules import Rule
from ..script import to_simplified

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["INLINE_RULES", "NOTICE_CHARS", "NOTICE_CLAUSE", "InlineCleaner", "InlineRules",
           "first_slide_counter", "gallery_counter_spans", "gallery_counters", "inline_cleaner",
           "may_end_inline", "orphan_note_marks", "stock_quotes"]

_OPEN, _CLOSE = r"[（(【\[]", r"[)）】\]]"
_SURNAMES = "".join(sorted(SINGLE_SURNAMES))
_TAIL = 64  # longest possible match of any rule below, plus the lookbehind
_MAX_PIECES = 4  # pieces of chrome glued in a row at a line's end, at most
# The label of a cross-reference to another article (（更多详情：某某）, （详见某某）).
CROSS_REFERENCE = (
    r"(?:更多详情|详情请见|详情见|详情请看|详见|参见|相关阅读|相关报道|相关新闻|相关链接|延伸阅读|"
    r"推荐阅读|阅读原文|点击阅读|点击查看)"
)
# A page's photo-credit notice (本文图片除特别标注外，均为某某 图; 图片由某某提供): shared with
# the line rule in common.py, bounded so that a match fits in _TAIL.
PHOTO_NOTICE = (
    r"(?:本文|本版|文中|全文)?(?:所有|全部)?(?:图片|照片|配图)(?:除[^，。,]{1,8}外)?[，,]?\s*"
    r"(?:均|皆|全部|部分)?(?:为|由|来自|系|源自|来源于)[^。！？!?]{1,30}?(?:\s图|摄|提供|供图|拍摄)"
)

# A private contact under its bare label (加微信vip123, 客服QQ：12345678, 飞机：@abc123, TG：@…):
# the label asks the reader to add a person (加, 联系, 客服, 商务合作) or names a messenger, and
# the handle is five digits or more, or a Latin ID of five characters or more with three digits.
CONTACT_HANDLE = (
    r"(?:(?:联系|客服|商务合作请?)?(?:(?:添?加)?(?:微信号?|薇信|威信|[vV]信|[vV][xX]|[wW][xX]|"
    r"[qQ]{2}号?|扣扣|纸?飞机号?|[tT][gG]|[tT]elegram)|添?加[vV])\s*[:：]?\s*@?"
    r"(?:\d{5,14}|(?=[A-Za-z0-9_-]*(?:\d[A-Za-z_-]*){3})[A-Za-z][A-Za-z0-9_-]{4,15})"
    r"(?![A-Za-z0-9]))"
)

# One clause of a site's reprint or copyright notice (版权所有, 未经授权, 不得转载, 转载请注明
# 出处, 本文为某某网原创); a notice is one or more of them. Shared with chrome.lines, which
# keeps a paragraph such a notice is glued to. Bounded so that a match fits in _TAIL.
_REPRINT_ACT = r"(?:转载|转贴|摘编|复制|镜像|转发|刊登|传播)"
# The clauses that are a notice wherever they stand, even after a comma in a sentence (……提升，
# 转载请注明出处): what asks the reader to credit a reprint, disclaims the views, or asks to be
# told of an infringement. 不得转载, 未经许可, 违者必究 close prose too (……的网站，不得转载。).
_SURE_NOTICE_CLAUSE = (
    r"(?:(?:转载|转发|转贴)请(?:注明|标明)(?:出处|来源|作者|原文链接|原文出处)?"
    r"(?:[和及与](?:出处|来源|作者))?(?:[:：][^\s。，,；;：:]{2,16})?"
    r"|(?:如需)?(?:转载|转发)请(?:联系|后台联系|私信)(?:授权|本号|作者|我们)?"
    # the disclaimer and the takedown notice (本文仅代表作者观点, 如有侵权请联系删除)
    r"|(?:本文)?仅代表作者(?:个人|本人)?(?:观点|立场)|不代表本(?:站|网|平台|报|号)(?:观点|立场)?"
    r"|如(?:有|涉及|若|不慎)?[^。，,！？!?]{0,6}侵(?:权|犯[^。，,！？!?]{0,6}权益)"
    r"[，,]?\s*请(?:及时)?(?:联系|告知|通知)(?:我们|本站|本网|本号)?(?:删除|处理)?)"
)
NOTICE_CLAUSE = (
    r"(?:版权所有|违者必究|侵权必究|本文(?:为|系)[^。，,！？!?\s]{0,16}?原创(?:稿件|作品|文章|内容)?"
    r"|未经[^。，,！？!?]{0,8}?(?:许可|授权|同意)"
    rf"|(?:不得|禁止|严禁|谢绝)(?:以)?(?:任何形式的?)?{_REPRINT_ACT}(?:[或和、]{_REPRINT_ACT}){{0,2}}"
    rf"|{_SURE_NOTICE_CLAUSE})"
)
_NOTICE = rf"{NOTICE_CLAUSE}(?:[，,、；;。.\s]*{NOTICE_CLAUSE}){{0,3}}"
# A notice glued after a bare comma opens with a sure clause, or with 版权所有 and more of the
# notice after it (……提升，版权所有，未经授权不得转载).
_COMMA_NOTICE = (rf"(?:{_SURE_NOTICE_CLAUSE}|版权所有(?=[，,、；;\s]*{NOTICE_CLAUSE}))"
                 rf"(?:[，,、；;。.\s]*{NOTICE_CLAUSE}){{0,3}}")
# Every notice clause holds one of these (转载, 版权, 仅代表, 侵权, 未经, 原创, 违者必究, 不得复制;
# in traditional script too): a line whose tail holds none is not searched for one.
NOTICE_CHARS = re.compile("转[载贴发]|轉[載貼發]|版[权權]|代表|侵[权權犯]|未[经經]|原[创創]|必究"
                          "|复制|複製|镜像|鏡像|摘编|摘編")

# The label of a picture's credit (题图来源, 图片来源, 摄影) and the name a credit gives after it.
_PICTURE_LABEL = (r"(?:(?:题|头|封面)图片?(?:来源|来自)?|图片(?:来源|来自)|照片来源|配图来源|图源|"
                  r"图片|摄影|摄)")
_CREDIT_NAME = r"[^\s。！？!?，,；;：:“”\"()（）【】\[\]]{1,20}"
# An editor's credit (责任编辑：某某) and the names in it.
_EDITOR_LABEL = (r"(?:责任编辑|值班编辑|网络编辑|编辑|责编|校对|审核|审校|初审|复审|一审|二审|"
                 r"三审|终审|监制|排版|美编)")
_EDITOR_NAME = r"[^\s。！？!?，,；;：:“”\"()（）【】\[\]]{1,12}"
# The role a reporters' credit names (记者, 通讯员, 文/图) and a person's name in it.
_WRITER_LABEL = (r"(?:文/图|图/文|文／图|图／文|本报记者|记者|通讯员|实习生|作者|撰稿|撰文|"
                 r"文字|图片|文|图)")
_PERSON = rf"(?:[{_SURNAMES}]|某)[\u4e00-\u9fff]{{1,2}}(?![\u4e00-\u9fff])"
# An outlet a bare source credit names (某某日报, 某某县融媒体中心): no space, no punctuation.
_SOURCE_NAME = r"[^\s。！？!?，,；;：:“”\"()（）【】\[\]《》]{2,20}"

# A time of day opening the line, alone or after a list bullet (10:45, • 9:40, "  • 10:45"):
# a lookbehind is of one width, so each opening is its own.
_POST_TIME_OPENS = "(?:" + "|".join(
    f"(?<=^{lead}{hour}[:：][0-5]\\d)" for lead in ("", "•", "• ", "  • ", "·", "· ")
    for hour in ("\\d", "[01]\\d", "2[0-3]")) + ")"

INLINE_RULES: tuple[Rule, ...] = (
    Rule(
        "trailing_end_marker",
        rf"(?<=[。！？”」])\s*{_OPEN}\s*(?:完|终|全文完|本文完)\s*{_CLOSE}\s*$",
        why="wire-copy end marker after the last sentence",
        examples=("会议取得圆满成功。（完）", "他说。”【完】"),
        counterexamples=("（完）是电报的惯例。", "完成了任务。"),
    ),
    Rule(
        "trailing_credit",
        # after a wire story's end marker too (……。(完)【编辑:某某】), which goes with it
        rf"(?<=[。！？”」])\s*(?:{_OPEN}\s*完\s*{_CLOSE}\s*)?"
        rf"{_OPEN}\s*(?:责任编辑|编辑|责编|校对|审核|记者|通讯员|来源|资料来源|"
        # the outlet a reprint names (（本文转载自某某网）)
        r"本文转载自|本文转自|本文来源|本文来自|转载自|"
        rf"文|图|摄影|作者)\s*[:：/]?\s*[^()（）【】\[\]]{{1,30}}{_CLOSE}"
        # and the stamp a Taiwan agency's desk adds after it, the day in the Republic's years
        # (……。（編輯：某某）1141103 is 2025-11-03)
        r"(?:\s*1[01]\d[01]\d[0-3]\d)?\s*$",
        why="editor, reporter or source credit glued after the last sentence",
        examples=("项目将于年底完工。（责任编辑：张三）", "会议结束。[编辑：李四]",
                  "活动取得了良好效果。（来源：某某日报）", "助力外贸稳规模。(完)【编辑:某某】",
                  "任务全面完成。（本文转载自某某网）", "盼政府同步充实人力。（編輯：某某）1141103",
                  "活动圆满结束。（编辑：某某） 1141103"),
        counterexamples=("项目将于年底完工（预计12月）。",
                         "全年接待游客（含一日游）1141103人次。"),
    ),
    Rule(
        "trailing_page_break",
        # a CMS's page-break token glued after the sentence that ends a page (chrome.common
        # page_break_marker, the token on its own line)
        r"(?<=[。！？”」])\s*(?:_ueditor_page_break_tag_|\[(?i:nextpage)\]|\[(?i:fs:page)\])\s*$",
        why="a CMS's page-break token glued after the last sentence of a page",
        examples=("项目将于年底完工。_ueditor_page_break_tag_", "会议结束。[NextPage]"),
        counterexamples=("点击[NextPage]按钮翻页", "_ueditor_page_break_tag_是分页符。"),
    ),
    Rule(
        "trailing_byline",
        rf"(?<=[。！？”」])\s*{_OPEN}\s*[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
        rf"(?:[\s、][{_SURNAMES}][\u4e00-\u9fff]{{1,2}}){{0,3}}\s*{_CLOSE}\s*$",
        why="reporter's name in brackets after the last sentence",
        examples=("活动将先后在巴西、乌拉圭举行。（张巨峰）", "会议结束。(李明 王芳)"),
        counterexamples=("项目将于年底完工（预计）。", "他说。（附图）"),
    ),
    Rule(
        "trailing_office_credit",
        # the office that wrote a government site's item, after its last sentence (……趋稳趋优。
        # （某某县发改局）, ……。（某某镇人民政府）): a credit like a reporter's name (its 供稿
        # form is trailing_unit_credit). A phrase with a verb or a preposition (（详见某某局）,
        # （据某某局）) is no bare name, nor a note on the name the sentence gave (（以下简称
        # 某某委）, （原某某中心）).
        rf"(?<=[。！？”」])\s*{_OPEN}\s*(?!以下|简称|下称|原|现|即)"
        r"(?:(?![见据自由于在为是和与及对的])[\u4e00-\u9fff]){1,14}"
        r"(?:局|委|委员会|办|办公室|厅|院|中心|站|所|处|科|部|镇|乡|街道|社区|政府|公司|集团|学校|"
        rf"学院|大学|医院|馆|大队|支队|中队|协会|学会)\s*{_CLOSE}\s*$",
        why="the office that wrote the item, in brackets after the last sentence: a credit",
        examples=("总体全县投资结构趋稳趋优。（某某县发改局）", "活动圆满结束。(某某镇人民政府)",
                  "培训取得实效。（某某市疾控中心）"),
        counterexamples=("数据来自统计局（预计）。", "他说。（附图）",
                         "会议结束。（详见某某统计局）", "会议结束。（据某某市统计局）",
                         "项目进展顺利。（完）",
                         "具体工作由市发展和改革委员会牵头负责。（以下简称市发改委）",
                         "报名地点设在市人才服务中心。（原市人才交流中心）"),
    ),
    Rule(
        "trailing_unit_names_credit",
        # the office that sent the item in and its writers, glued after the last sentence
        # (……。（第三发电公司 某某 某某）): UNIT_CREDIT's credit, as on a line of its own, when the
        # bracket holds a unit word and 1-4 people's names and nothing else; a phrase with a
        # verb or a preposition (（详见某某局 某某）) is no credit
        rf"(?<=[。！？”」])\s*{_OPEN}\s*(?!以下|简称|下称|原|现|即)"
        r"(?:(?![见据自由于在为是和与及对的])[\u4e00-\u9fff]){1,14}"
        r"(?:局|委|办|部|中心|镇|乡|街道|社区|所|站|院|队|科|处|厅|室|公司|集团)"
        rf"\s+{_PERSON}(?:[\s、，,]+{_PERSON}){{0,3}}\s*(?:供稿|报道|撰稿)?\s*{_CLOSE}\s*$",
        why="the office that sent the item in and its writers, in brackets after the last "
            "sentence: a credit (meta reads the writers)",
        examples=("为保障地区电力供应作出了积极贡献。（第三发电公司 钱若楠 许正阳）",
                  "活动圆满结束。（县市场监管局 王某某）", "会议结束。(某某镇 张某 李某 供稿)"),
        counterexamples=("项目进展顺利。（下转第2版）", "项目进展顺利。（完）",
                         "会议结束。（详见某某统计局 王某某）", "会议结束。（第三发电公司供稿）",
                         "数据由三家单位提供（某某公司 某某集团）。",
                         "会议结束。（第三发电公司 2025年12月）",
                         "会议结束。（第三发电公司 钱若楠，电话：0000-1234567）"),
    ),
    Rule(
        "trailing_photo_credit",
        rf"(?<=[。！？”」])\s*(?:{PHOTO_NOTICE}"
        # the same in brackets (……离家时应关闭电源。（图片由某某支队提供）)
        rf"|{_OPEN}\s*{PHOTO_NOTICE}\s*{_CLOSE}"
        # a photographer's credit: a name or unit and a name, then 摄 (某某 摄, 通讯员某某 摄)
        r"|[^\s。！？，,；;：:“”（()）]{2,12}(?:\s+[^\s。！？，,；;：:“”（()）]{2,4}){0,3}\s+摄"
        # the same in brackets (（某某 摄）, （某某县融媒体中心 某某 摄）), a name alone may lose
        # its space (（某某摄）): a clause about photos (由他本人拍摄) has no name before 摄
        rf"|{_OPEN}\s*(?:[^\s。！？，,；;：:“”（()）]{{2,12}}(?:\s+[^\s。！？，,；;：:“”（()）]{{2,4}}){{0,3}}"
        rf"\s+|[{_SURNAMES}][\u4e00-\u9fff]{{1,2}})摄\s*{_CLOSE}"
        # 图/某某 or 摄影/某某
        r"|(?:图|摄影|摄)\s*[/／]\s*[^\s。！？，,]{2,12}(?:\s+[^\s。！？，,]{2,4}){0,2})\s*$",
        why="a photo credit after a caption's or paragraph's last sentence; credits are not text",
        examples=("某某发来的纸片。本文图片除特别标注外，均为某某新闻记者某某 图",
                  "游客在湖边合影。城市摄影队 某某 摄", "列车开往襄阳。 通讯员某某 摄",
                  "市民在公园晨练。图/某某", "活动现场气氛热烈。图片由主办方提供",
                  "确保取得实效。（王某某 摄）", "工作落实落地。（某某县融媒体中心 王某 摄）",
                  "大家表示很有收获。（王某摄）",
                  "居民切勿在楼道堆放杂物，离家时应关闭电源。（图片由某某支队提供）"),
        counterexamples=("他说，这些照片都是他自己拍摄的。", "记者在现场看到，工人们正在拍摄。",
                         "图片为我们展示了一幅美丽的图画。", "他举起相机 摄下了这一幕",
                         "他说。（其中部分照片由他本人拍摄）"),
    ),
    Rule(
        "trailing_picture_source",
        # where the picture came from, after the last sentence (……。题图来源：某某图库,
        # ……。（图片来源：某某网）, ……。摄影：某某): a picture's label, a colon, a name; the label
        # follows the sentence end directly, so prose that mentions 来源 (数据来源于……) is no match
        rf"(?<=[。！？”」)）】\]])\s*(?:{_OPEN}\s*{_PICTURE_LABEL}\s*[:：/／]\s*[^()（）【】\[\]。！？]{{1,30}}"
        rf"{_CLOSE}|{_PICTURE_LABEL}\s*[:：/／]\s*{_CREDIT_NAME}(?:\s+{_CREDIT_NAME}){{0,2}})\s*$",
        why="where the article's picture came from, glued after its last sentence: a credit, "
            "not text",
        examples=("项目总投资两百万元。题图来源：某某图库", "新线路正式开通。（图片来源：某某网）",
                  "工人们回到了现场。摄影：某某", "展览持续到月底。（题图来源：某某 摄）",
                  "大桥将于年底通车。”头图：某某图片社", "活动结束了。图源：某某县融媒体中心"),
        counterexamples=("数据来源于国家统计局。", "他说。摄影：是他一辈子的爱好。",
                         "他翻看照片。图片来源于他的一位老朋友，", "题图来源：某某图库",
                         "记者核实了图片来源：均为当事人当晚拍摄。", "他说。图为某某公园一角",
                         "会议结束。图片来源：网络，转载请注明出处"),
    ),
    Rule(
        "trailing_source_credit",
        # the outlet the article came from, printed bare after the last sentence (……。来源：
        # 某某日报, ……。”稿件来源：某某网): the label follows the sentence end directly and one
        # name closes the line, so prose about a source (资金来源：财政拨款, 数据来源于……, 来源：
        # 网络，转载请注明出处) is no match
        rf"(?<=[。！？”」)）】\]])\s*(?:稿件|文章|信息|新闻|本文)?来源\s*[:：]\s*{_SOURCE_NAME}"
        # the writer or editors named after it (来源：某某县融媒体中心 作者：某某)
        rf"(?:\s+(?:{_WRITER_LABEL}|{_EDITOR_LABEL})\s*[:：]\s*{_EDITOR_NAME}){{0,2}}\s*$",
        why="the outlet the article came from, glued after its last sentence: a credit, not text",
        examples=("确保群众温暖过冬。来源：某某日报", "项目年底完工。”稿件来源：某某网",
                  "活动圆满结束。信息来源：某某县融媒体中心",
                  "活动圆满结束。来源：某某县融媒体中心 作者：某某 编辑：某某"),
        counterexamples=("确保群众温暖过冬。资金来源：财政拨款", "数据来源于国家统计局。",
                         "来源：某某日报", "会议结束。来源：网络，转载请注明出处",
                         "他问。来源：是谁告诉你的？"),
    ),
    Rule(
        "trailing_writer_credit",
        # the reporters' credit printed bare after the last sentence (……。文/图 某某, ……。记者：
        # 某某 通讯员：某某, ……。通讯员 某某): a role, a separator, then names of people only
        # (a surname first), so prose going on after a stop (……。记者了解到) is no match
        rf"(?<=[。！？”」)）】\]])\s*{_WRITER_LABEL}\s*(?:[:：/／｜|]\s*|\s+){_PERSON}"
        rf"(?:\s+(?:{_WRITER_LABEL}\s*(?:[:：/／｜|]\s*|\s+))?{_PERSON}){{0,3}}\s*$",
        why="the reporters' credit glued after the last sentence: a credit, not text",
        examples=("运动会既有竞技性又有趣味性。文/图 柯永安",
                  "活动圆满结束。记者：邬晓川 通讯员：柯永安",
                  "项目年底完工。”通讯员 柯永安", "展览持续到月底。文字：邬晓川 图片：柯永安"),
        counterexamples=("运动会既有竞技性又有趣味性。记者了解到", "他说。记者：你怎么看？",
                         "活动结束。记者 邬晓川 李明 王芳 赵强 钱多多", "记者 邬晓川"),
    ),
    Rule(
        "trailing_editor_credit",
        # the editors' credit printed bare after the last sentence (……。责任编辑：某某,
        # ……。编辑：某某 审核：某某); in brackets it is trailing_credit's
        rf"(?<=[。！？”」)）】\]])\s*(?:{_EDITOR_LABEL}\s*[:：/／｜|]\s*{_EDITOR_NAME}"
        rf"(?:\s+(?:{_EDITOR_LABEL}\s*[:：/／｜|]\s*)?{_EDITOR_NAME}){{0,3}}"
        # the label and the name parted by a space only (……。责任编辑 某某): then the name
        # must be a person's, or 编辑 opening prose (……。编辑 工作很辛苦) would go
        rf"|{_EDITOR_LABEL}\s+{_PERSON}(?:\s+{_EDITOR_LABEL}\s*(?:[:：/／]\s*|\s+){_PERSON}){{0,2}})"
        r"\s*$",
        why="the editors' credit glued after the last sentence: a credit, not text",
        examples=("活动圆满结束。责任编辑：某某", "会议结束。编辑：某某 审核：某某",
                  "项目年底完工。”责编/某某", "活动圆满结束。责任编辑 孔令晨",
                  "会议结束。编辑 孔令晨 审核 甘文涛", "活动结束。编辑｜某某",
                  "会议结束。初审：某某 复审：某某 终审：某某", "活动结束。监制：某某"),
        counterexamples=("他说。编辑：是一份需要耐心的工作。", "他做了十年编辑：从校对做起",
                         "责任编辑：某某", "会议结束。编辑：某某，转载请注明出处",
                         "会议结束。编辑 工作很辛苦", "责任编辑 孔令晨"),
    ),
    Rule(
        "trailing_notice",
        # the site's reprint or copyright notice glued after the last sentence (……。转载请注明
        # 出处, ……。版权所有，未经授权不得转载): notice clauses only, up to the line's end, so
        # prose that speaks of copyright (……禁止转载他人作品。, 该书版权所有者为……) is no match
        # (the notice may close a credit parted from it by a space: ……。来源：某某日报 转载请
        # 注明出处), maybe under a label or in brackets (版权声明：…, 【版权所有，不得转载】)
        rf"(?<=[。！？”」)）】\]\s])\s*(?:(?:版权声明|特别声明|声明)\s*[:：]\s*)?{_NOTICE}"
        r"[。！!.]?\s*$"
        rf"|(?<=[。！？”」)）】\]])\s*{_OPEN}\s*{_NOTICE}[。.]?\s*{_CLOSE}\s*$"
        # the notice after where the article or its picture came from, parted by a comma
        # (……。来源：某某日报，转载请注明出处; ……。图片来源：网络，转载请注明出处)
        rf"|(?<=[。！？”」)）】\]])\s*(?:(?:稿件|文章|本文)?来源|图片来源|图源)\s*[:：]\s*"
        rf"{_SOURCE_NAME}\s*[，,]\s*{_NOTICE}[。！!.]?\s*$"
        # the notice after a bare comma, closing the line (……提升，转载请注明出处): the comma
        # goes with it; only clauses that close no sentence of prose (_COMMA_NOTICE)
        rf"|(?<=[^\s，,])[，,]\s*{_COMMA_NOTICE}[。！!.]?\s*$",
        why="the site's reprint or copyright notice glued after the last sentence: not text",
        examples=("项目建设全面完成。转载请注明出处", "工程于年底竣工。版权所有，未经授权不得转载",
                  "活动圆满结束。本文为某某网原创，转载请注明来源",
                  "会议结束。未经许可，禁止转载。", "他说。”如需转载请联系本号",
                  "任务全面完成。本文仅代表作者观点，不代表本站立场。",
                  "任务全面完成。如有侵权请联系删除", "任务全面完成。转载请注明来源：某某网",
                  "任务全面完成。【版权所有，未经授权不得转载】",
                  "任务全面完成。（未经授权，不得转载）",
                  "任务全面完成。版权声明：本文为原创文章，转载请注明出处。",
                  "来源：某某日报 转载请注明出处", "任务全面完成。图片来源：网络，转载请注明出处",
                  "任务全面完成。本文来源：某某日报，转载请注明出处",
                  "群众满意度明显提升，转载请注明出处", "工程按期完工，如需转载请联系本号",
                  "任务全面完成，版权所有，未经授权不得转载", "任务全面完成，如有侵权请联系删除。"),
        counterexamples=("法院认为，该书版权所有者为某某出版社。",
                         "著作权法规定，网站不得擅自转载。禁止转载他人作品。他说。",
                         "版权所有，未经授权不得转载", "图片来源于网络的说法并不准确。",
                         "他说。转载请注明出处是起码的尊重，可很多人做不到。",
                         "他说。来源：是谁，转载请注明出处是起码的尊重。",
                         "根据规定，未经授权的网站，不得转载。", "严禁占用楼道堆放杂物，违者必究。",
                         "这批照片由他拍摄，版权所有", "他强调，各单位要严格审核稿件，未经同意"),
    ),
    Rule(
        "trailing_unit_credit",
        # the unit that sent the article in, glued after the last sentence (……。供稿：某某镇,
        # ……。（某某县融媒体中心供稿）): a credit, as alone on its line (credit_fields)
        rf"(?<=[。！？”」)）】\]])\s*(?:供稿(?:单位)?\s*[:：]\s*{_SOURCE_NAME}"
        rf"|{_OPEN}\s*(?!请)(?:本文)?(?:由)?[^()（），。、；：:\s]{{2,24}}?\s*供稿{_CLOSE})\s*$",
        why="the unit that sent the article in, glued after the last sentence: a credit",
        examples=("活动取得圆满成功。供稿：某某镇", "群众纷纷点赞。（某某镇供稿）",
                  "工程按期完工。（某某县融媒体中心供稿）",
                  "会议结束。（本文由某某镇党委宣传办供稿）"),
        counterexamples=("各单位要按时报送信息。（请各单位于月底前供稿）", "供稿：某某镇",
                         "会议强调。供稿：要及时，内容要准确。"),
    ),
    Rule(
        "trailing_photo_credit_en",
        # an English-language page's credit after its caption ([Photo by X/for Y], (Photo/Agency))
        r"(?<=[.!?\"'\s])\s*[\[(](?:Photo|Image|Picture)s?"
        r"(?:\s+(?:by|provided by|provided to|courtesy of)\s+|\s*[/:]\s*)[^\[\]()]{1,36}[\])]\s*$",
        why="a photo credit after an English caption's last sentence; credits are not text",
        examples=("Villagers pick tea on a hillside, April 16. [Photo by LI Mou/for Some Daily]",
                  "Visitors at the fair on Monday. (Photo/Some Agency)",
                  "A view of the old town. [Photo provided to Some Daily]"),
        counterexamples=("The photo by the river won the prize.",
                         "He kept the picture (photo of his father) on his desk."),
    ),
    Rule(
        "trailing_cross_reference",
        rf"[（(【\[]\s*{CROSS_REFERENCE}\s*[:：]?[^（()）【】\[\]]{{1,48}}[)）】\]]\s*$",
        why="a bracketed pointer to another article at a paragraph's end: a link, not text",
        examples=("购物节时间延长。（更多详情：某某过后某某将至 某某继续押宝跨境电商）",
                  "新规将于明年实施（详见本报今日第5版）", "会议通过了决议。【相关阅读：某某】"),
        counterexamples=("新规将于明年实施（详细内容尚未公布）。", "他说（见图）。",
                         "相关报道指出，该项目已完工。"),
    ),
    Rule(
        "trailing_contact_handle",
        # A private handle (a QQ number, a WeChat or Telegram ID) under its bare label glued
        # after a paragraph's last sentence, one or two in a row: what a mirror appends to the
        # article it copies. An article asks in a sentence (报名请加微信：…。) or names an
        # office's line (咨询电话：0571-…), which this does not take.
        rf"(?<=[。！？!?”」])\s*(?:{CONTACT_HANDLE}\s*[，,；;]?\s*){{1,2}}$",
        why="a bare contact handle (QQ, WeChat, Telegram) glued after the last sentence",
        examples=("周末游客络绎不绝。客服QQ：107363992", "比赛取得圆满成功。加微信vip96647",
                  "商圈客流量增加三成。飞机：@kf85664加微信：13555533559",
                  "活动圆满结束。TG：@dk92745", "项目已经完工。商务合作加V：dk75479",
                  "会议取得成功。纸飞机@bet15792"),
        counterexamples=("报名请加微信：abc12345。", "如有疑问请联系客服QQ：12345678",
                         "会议结束。咨询电话：0571-88888888", "活动结束。微信支付已覆盖全市商户",
                         "他说。QQ音乐用户已过亿", "会议结束。报料微信：abc12345",
                         "全程约两小时。飞机于12时30分降落"),
    ),
    Rule(
        "trailing_page_tools",
        # A government CMS's bracketed page tools (【打印本页】【关闭窗口】) printed right after
        # the last sentence, on its line: buttons, not text. The line rule in common.py takes
        # the row alone on its line; a sentence that names a button (请点击【打印】按钮。) ends
        # in its own stop, which this does not take.
        r"(?<=[。！？!?”」])\s*(?:[【\[]\s*(?:打印本页|打印此页|打印文章|打印|关闭窗口|关闭本页|"
        r"关闭|收藏本页|加入收藏|收藏|返回顶部|(?:字体|字号)\s*[:：]?\s*大\s*中\s*小)\s*[】\]]\s*)"
        r"{1,4}$",
        why="a page's bracketed print/close buttons glued after the last sentence",
        examples=("确保秋冬季节森林资源安全。【打印本页】【关闭窗口】",
                  "会议取得圆满成功。【字体：大 中 小】【打印】【关闭】",
                  "活动圆满结束。 [打印本页] [关闭窗口]"),
        counterexamples=("如需纸质版，请点击【打印】按钮。", "【打印本页】【关闭窗口】",
                         "他说：“请先点【关闭】，再点【打印】。”"),
    ),
    Rule(
        "wiki_edit_link",
        # A wiki's section heading saved with its edit link ([编辑], [编辑源代码], [edit]):
        # MediaWiki prints it right after the heading's last character, in square brackets.
        # A sentence ends in its stop (……欢迎[编辑]。), which this does not take.
        r"(?<=[^\s。！？!?，,；;：:、])\s*\[\s*(?:编辑|編輯|编辑源代码|編輯原始碼|edit|"
        r"edit source)\s*\]\s*$",
        why="a wiki's [编辑] link after a section heading",
        examples=("历史[编辑]", "参考资料 [编辑]", "地理位置[编辑源代码]", "History[edit]"),
        counterexamples=("[编辑]", "本段由网友补充，欢迎[编辑]。", "点击右上角的[编辑]按钮",
                         "岗位：记者、[编辑]"),
    ),
    Rule(
        "live_post_poster",
        # A live page's post header saved as text: the post's time of day, then its poster's
        # role and name glued to it (• 10:45主持人某某, 09:40 记者 某某). The time is the post's
        # heading and stays; who posted is a byline. A sentence after the time (10:45 主持人
        # 宣布开幕。) ends in a stop, and the time must open the line (bullet aside).
        rf"{_POST_TIME_OPENS}\s*(?:主持人|本报记者|特约记者|记者|通讯员|编辑|小编|嘉宾)"
        r"\s*[\u4e00-\u9fff·]{2,4}\s*$",
        why="a live page's poster (role and name) glued after the post's time",
        examples=("10:45主持人陶某", "  • 09:40 记者 方某", "8:30 小编某某"),
        counterexamples=("10:45 主持人宣布开幕。", "记者方某10:12", "会议于10:45结束 记者 方某",
                         "2025-10-18 10:45 主持人", "2025-10-18 10:45 记者 方某"),
    ),
    Rule(
        "trailing_fold_control",
        # A folded block's control glued after its last sentence when its button is saved as
        # text with it (……想听听开过店的人怎么说。显示全部, a teaser's ……阅读全文): the button's
        # label, no words of the text; after a stop or an ellipsis only.
        r"(?<=[。！？”」…])\s*(?:显示全部|展开全部|展开全文|展开阅读全文|阅读全文|查看全文)"
        r"\s*[>»›∨⌄▼﹀↓\u200b]*\s*$",
        why="a fold's or a teaser's button (显示全部, 阅读全文) glued after the last sentence",
        examples=("想听听真正开过店的人怎么说。显示全部", "一是会员卡别卖太便宜……阅读全文",
                  "工程将于年底完工。展开全文∨"),
        counterexamples=("他把报告显示全部", "阅读全文", "请阅读全文。", "系统已显示全部数据。"),
    ),
    Rule(
        "trailing_home_link",
        r"(?:返回|回到).{0,10}(?:首页|顶部|列表)\s*(?:>>|》》|>)?\s*$"
        # "back to <site>, see more": a platform's link glued to the byline above it (njxfhn_1)
        r"|返回[^\s，。,！？]{1,10}[，,]\s*查看更多\s*(?:>>|》》|>)?\s*$",
        why="a 'back to the home page' link printed at the end of a paragraph",
        examples=("整顿仍将持续。返回腾讯网首页>>", "全文完。返回首页",
                  "作者：张三 李四返回某某，查看更多"),
        counterexamples=("他离开家乡多年后，终于回到首页所说的那个小村庄，看到了变化。",
                         "返回家乡，查看更多的老房子，是他多年的心愿。"),
    ),
)


# The last characters (trailing spaces aside) a match of INLINE_RULES can end in: a closing
# bracket, 图/摄/供 of a photo credit, 页/部/表/多/>/》 of a home link, 部/文/an arrow of a fold's
# button (显示全部, 阅读全文, 展开全文∨), a letter or digit of a
# contact handle. The branches that may end in any character hold a slash (图/某某, 摄影／某某)
# or a colon (题图来源：某某) in the tail.
_INLINE_ENDS = frozenset(")）】]图摄供页部表多>》文∨▼↓\u200b")
# A slash, a colon, a bar, or a space parting a credit's role and names (……。通讯员 某某):
# one scan of a character class where a find per character scanned the tail eight times.
_TAIL_MARKS = re.compile("[/／：:｜| \u3000]")


def may_end_inline(line: str, cut: int) -> bool:
    """False if no INLINE_RULES rule can match ``line`` from ``cut`` on: a paragraph ending in
    。 is told apart by its last character, with no regex (this runs on every line)."""
    last = line.rstrip()[-1:]
    return (last in _INLINE_ENDS or _TAIL_MARKS.search(line, cut) is not None
            # a contact handle (……。加微信vip96647)
            or (last.isascii() and last.isalnum())
            # UEditor's page-break token (……。_ueditor_page_break_tag_)
            or last == "_"
            # a reprint or copyright notice (……。转载请注明出处, ……。版权所有)
            or NOTICE_CHARS.search(line, cut) is not None)


class InlineRules:
    """Remove rule-matched spans at the end of lines, keeping the rest of the line.

    Example: ``会议取得圆满成功。（完）`` keeps ``会议取得圆满成功。``.
    """

    def __init__(self, name: str, rules: Sequence[Rule],
                 may_match: Callable[[str, int], bool] | None = None) -> None:
        self.name = name
        self._rules = tuple(rules)
        # A cheap necessary condition (the line, where its tail starts) for any rule to
        # match; a line failing it is not searched.
        self._may_match = may_match

    # The regexes are compiled when a first line needs them searched (a tenth of a second
    # at every start, for the pages without a line that may end in chrome).
    @cached_property
    def rules(self) -> tuple[tuple[Rule, re.Pattern[str]], ...]:
        """Each rule with its compiled regex, in order."""
        return tuple((r, r.compile()) for r in self._rules)

    def __call__(self, doc: Doc, /) -> Doc:
        lines = doc.text.split("\n")
        simple = to_simplified(doc.text).split("\n")
        if len(simple) != len(lines):
            simple = lines
        removed: list[Removal] = []
        for n, line in enumerate(lines):
            probe = simple[n] if len(simple[n]) == len(line) else line  # offsets must agree
            pieces = self.peel(probe)
            if not pieces:
                continue
            lines[n] = line[: pieces[-1][1].start()].rstrip()
            # The removal quotes the page (a traditional page's own script), not the probe.
            removed.extend(Removal(self.name, rule.code, rule.why,
                                   shorten(line[m.start():m.end()].strip()),
                                   f"line {n + 1} chars {m.start() + 1}-{m.end()}")
                           for rule, m in pieces)
        return doc.evolve(text="\n".join(lines), removed=removed) if removed else doc

    def peel(self, line: str) -> list[tuple[Rule, re.Match[str]]]:
        """The rule-matched spans at the end of ``line``, last first: once one is cut, the
        line's new end is tried again, for chrome glued in a row (……。（来源：某某日报）版权
        所有，未经授权不得转载). A span is cut only if text stays before it."""
        pieces: list[tuple[Rule, re.Match[str]]] = []
        end = len(line)
        while end and len(pieces) < _MAX_PIECES:
            probe = line[:end]
            # Every rule ends at the line end and spans at most _TAIL characters, so only the
            # tail is searched (a long paragraph costs no more than a short one).
            cut = max(0, end - _TAIL)
            if self._may_match is not None and not self._may_match(probe, cut):
                break
            # The rules one by one, with no alternation of them all searched first: that
            # found nothing the rules would not, cost as much to search as they do (each
            # rule's own regex starts faster than a branch of the 12,000-character whole) and
            # as much again to compile at every start.
            found = next(((rule, m) for rule, rx in self.rules if (m := rx.search(probe, cut))
                          and m.group().strip() and probe[: m.start()].strip()), None)
            if found is None:
                break
            pieces.append(found)
            end = len(probe[: found[1].start()].rstrip())
        return pieces


# A gallery's counter glued before its caption (1/10 某某镇的村民正在晾晒玉米): k/N, then the
# caption; or in brackets ((1/10), （1/10）), or after 图/图片 (图1/10, 图片1/10：), or in words
# (第1张 共10张, 第1张/共10张). One such line is a fraction in prose as well (1/2 杯牛奶), so
# gallery_counters asks for a run of them.
_COUNTER = re.compile(
    r"^\s*(?:[图圖]片?\s*)?(\d{1,2})\s*[/／]\s*(\d{1,2})(?![\d/／.%])(?:\s*[:：]\s*|\s+(?=\S)|(?=[^\s\d]))"
    r"|^\s*[(（]\s*(\d{1,2})\s*[/／]\s*(\d{1,2})\s*[)）]\s*[:：]?\s*(?=\S)"
    r"|^\s*第\s*(\d{1,2})\s*[张張幅]\s*[,，/／|｜]?\s*共\s*(\d{1,2})\s*[张張幅]\s*[:：]?\s*(?=\S)")
# The same counter in brackets after the caption (某某镇的村民正在晾晒玉米。（1/10）).
_TRAILING_COUNTER = re.compile(r"(?<=\S)\s*[(（]\s*(\d{1,2})\s*[/／]\s*(\d{1,2})\s*[)）]\s*$")
_COUNTER_GATE = re.compile(r"(?m)^\s*(?:[图圖]片?\s*|[(（]\s*)?\d{1,2}\s*[/／]\s*\d{1,2}"
                           r"|[(（]\s*\d{1,2}\s*[/／]\s*\d{1,2}\s*[)）]\s*$"
                           r"|^\s*第\s*\d{1,2}\s*[张張幅]\s*[,，/／|｜]?\s*共")
# _COUNTER_GATE's branches apart, each opening on a character the engine skips to (a line's
# start as the line break before it, searched in the text after a "\n"): the alternation was
# tried at every offset of the page (same answer, x0.4)
_COUNTER_GATES = (
    re.compile(r"\n\s*(?:[图圖]片?\s*|[(（]\s*)?\d{1,2}\s*[/／]\s*\d{1,2}"),
    re.compile(r"(?m)[(（]\s*\d{1,2}\s*[/／]\s*\d{1,2}\s*[)）]\s*$"),
    re.compile(r"\n\s*第\s*\d{1,2}\s*[张張幅]\s*[,，/／|｜]?\s*共"))
_MIN_COUNTERS = 3


def _may_hold_counter(text: str) -> bool:
    """Whether ``_COUNTER_GATE`` finds something in ``text``: one of its branches does."""
    lines = "\n" + text
    return any(gate.search(lines) is not None for gate in _COUNTER_GATES)


def _counter_at(line: str) -> tuple[int, int, int, int] | None:
    """(k, N, start, end) of the gallery counter opening or closing ``line``, if any."""
    m = _COUNTER.match(line)
    if m is not None:
        k, total = next((m.group(g), m.group(g + 1)) for g in (1, 3, 5) if m.group(g))
        return int(k), int(total), 0, m.end()
    m = _TRAILING_COUNTER.search(line)
    if m is not None:
        return int(m.group(1)), int(m.group(2)), m.start(), len(line)
    return None


def gallery_counter_spans(lines: Sequence[str]) -> dict[int, tuple[int, int]]:
    """Line index -> (start, end) of the gallery counter opening or closing it: lines whose
    counters k/N (the same N, k < N+1) count up one by one, three or more of them. Fractions
    in prose (1/2 杯牛奶, 1/4 茶匙盐, 1/3的村民) do not count up under one denominator."""
    runs: dict[int, list[tuple[int, int, tuple[int, int]]]] = {}  # N -> [(line, k, span)]
    for n, line in enumerate(lines):
        found = _counter_at(line)
        if found is None:
            continue
        k, total, start, end = found
        if not 1 <= k <= total or total < 2:
            continue
        run = runs.setdefault(total, [])
        if run and run[-1][1] != k - 1:
            if len(run) >= _MIN_COUNTERS:
                break  # a second gallery under the same N: the first one is enough evidence
            run.clear()
        run.append((n, k, (start, end)))
    return {n: span for run in runs.values() if len(run) >= _MIN_COUNTERS for n, _, span in run}


# The first slide of a gallery saved as text: only the picture on screen is saved, so its counter
# 1/N is the only one (1/10 当全世界……。). Prose glues a fraction to what it counts (1/3的村民,
# 1/4 杯牛奶, 1/8 决赛, 1/3 以上), and a caption is a finished sentence; the total is a gallery's.
_FIRST_SLIDE = re.compile(
    r"^\s*1\s*[/／]\s*([3-9]|[1-9]\d)\s+"
    r"(?=[\u4e00-\u9fff“「《][^\n]{18,}[。！？!?”」]$)"
    r"(?![的之以左多强弱余决个只份块杯瓶罐勺匙碗盒袋条根片颗粒次倍成])")
_MIN_CAPTION_SENTENCE = 20


def first_slide_counter(lines: Sequence[str]) -> dict[int, tuple[int, int]]:
    """Line index -> (0, end) of the lone 1/N opening the first slide's caption of a gallery
    saved as text: the only counter on the page, the one line that opens with 1/N."""
    found = {n: m.end() for n, line in enumerate(lines) if (m := _FIRST_SLIDE.match(line))}
    if len(found) != 1:
        return {}
    ((n, end),) = found.items()
    if len(lines[n]) - end < _MIN_CAPTION_SENTENCE:
        return {}
    return {n: (0, end)}


def gallery_counters(lines: Sequence[str]) -> dict[int, int]:
    """Line index -> length of the gallery counter that opens it (see gallery_counter_spans)."""
    return {n: end for n, (start, end) in gallery_counter_spans(lines).items() if start == 0}


# A live quote a finance site prints after a listed company's name (某某银行(4.12, 0.05,
# 1.23%)): price, change and percent change in brackets, glued to the name. Prose puts no
# such triple in brackets.
_STOCK_QUOTE = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z])[(（]\s*\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*[,，]"
    r"\s*[-+]?\d+(?:\.\d+)?\s*%\s*[)）]")


def stock_quotes(line: str) -> list[tuple[int, int]]:
    """The (start, end) spans of the live quotes glued to company names in ``line``."""
    if "%" not in line:
        return []
    return [m.span() for m in _STOCK_QUOTE.finditer(line)]


# A reference site's note mark glued into a sentence (……为明代遗物[1]。, ……按户摊派[2-3]，): a
# bracketed number after a Chinese character or closing mark and before a sentence's mark or
# the line's end. A text browser's link number stands before its link's words (当前位置：[13]首页),
# so a mark followed by a character is not one.
_NOTE_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff。！？”’）》\]］])[\[［]\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*[\]］]"
    r"(?=[。，、；：！？）”’]|[\[［]\d|\s*$)")
# The list those marks point to, kept in the text ([1]参见……, ［2］王某：《……》, a list's
# item • [3] 据……): a line opening with a note mark. While it stands, the marks in the prose are
# the article's own.
_NOTE_LIST_LINE = re.compile(r"(?m)^\s*(?:[•·●◦▪■\-*]\s*)?[\[［]\d{1,3}[\]］]")


def orphan_note_marks(text: str) -> list[tuple[int, int, int]]:
    """The (line, start, end) spans of the note marks glued into ``text``'s sentences whose
    note list is gone (a wiki's references, cut as chrome or never saved); none while a line
    still opens with a note mark, as an essay's 注释 list does."""
    if ("[" not in text and "［" not in text) or _NOTE_LIST_LINE.search(text):
        return []
    return [(n, *m.span()) for n, line in enumerate(text.split("\n"))
            for m in _NOTE_MARK.finditer(line)]


class InlineCleaner:
    """The chrome.inline cleaner: INLINE_RULES at the lines' ends, gallery counters at their
    starts."""

    name = "chrome.inline"

    def __init__(self) -> None:
        self.rules = InlineRules(self.name, INLINE_RULES, may_end_inline)

    def __call__(self, doc: Doc, /) -> Doc:
        doc = self.rules(doc)
        doc = self._stock_quotes(doc)
        doc = self._note_marks(doc)
        doc = self._record_labels(doc)
        # Every counter holds a slash or 共 (第1张 共5张): most pages are told by scans for a
        # character, then by _COUNTER_GATES.
        if ("/" not in doc.text and "／" not in doc.text and "共" not in doc.text) or (
                not _may_hold_counter(doc.text)):
            return doc
        lines = doc.text.split("\n")
        counters = gallery_counter_spans(lines) or first_slide_counter(lines)
        if not counters:
            return doc
        removed = []
        for n, (start, end) in sorted(counters.items()):
            removed.append(Removal(self.name, "gallery_counter",
                                   "a gallery's picture counter (k/N) by its caption",
                                   lines[n][start:end].strip(),
                                   f"line {n + 1} chars {start + 1}-{end}"))
            lines[n] = (lines[n][:start] + lines[n][end:]).rstrip() if start else lines[n][end:]
        return doc.evolve(text="\n".join(lines), removed=removed)


    def _record_labels(self, doc: Doc) -> Doc:
        if _RECORD_LABEL_GATE.search(to_simplified(doc.text)) is None:
            return doc
        lines = doc.text.split("\n")
        removed = []
        for n, line in enumerate(lines):
            m = _RECORD_LABEL.match(to_simplified(line))
            if m is None or len(to_simplified(line)) != len(line):
                continue
            removed.append(Removal(self.name, "record_label",
                                   "a record's label cell glued before the text it labels "
                                   "(诉求内容, 办理结果), saved as text on one line",
                                   line[:m.end()].strip(), f"line {n + 1} chars 1-{m.end()}"))
            lines[n] = line[m.end():]
        if not removed:
            return doc
        return doc.evolve(text="\n".join(lines), removed=removed)

    def _note_marks(self, doc: Doc) -> Doc:
        # The text path only: the HTML path's own passes own what a page's markup shows.
        spans = [] if doc.html is not None else orphan_note_marks(doc.text)
        if not spans:
            return doc
        lines = doc.text.split("\n")
        removed = []
        for n, start, end in reversed(spans):
            removed.append(Removal(self.name, "note_mark",
                                   "a note mark glued into a sentence whose note list is gone",
                                   lines[n][start:end], f"line {n + 1} chars {start + 1}-{end}"))
            lines[n] = lines[n][:start] + lines[n][end:]
        return doc.evolve(text="\n".join(lines), removed=removed[::-1])

    def _stock_quotes(self, doc: Doc) -> Doc:
        if "%" not in doc.text:
            return doc
        lines = doc.text.split("\n")
        removed = []
        for n, line in enumerate(lines):
            spans = stock_quotes(line)
            for start, end in reversed(spans):
                removed.append(Removal(self.name, "stock_quote",
                                       "a live stock quote (price, change, percent) after a "
                                       "company's name", line[start:end],
                                       f"line {n + 1} chars {start + 1}-{end}"))
                line = line[:start] + line[end:]
            lines[n] = line
        if not removed:
            return doc
        return doc.evolve(text="\n".join(lines), removed=removed)


# A record page's label cell saved as text before its value on one line (a hotline's work order,
# a mailbox's letter and its reply: 诉求内容 市民来电反映：……。, 办理结果 经核实，……。): the
# label of the text, set apart by a space, no colon (处理结果：罚款五万元。 opens an article's
# own paragraph), over a value that is prose, a sentence's mark in it and twenty characters
# at least.
_RECORD_LABEL_WORD = (r"(?:诉求|留言|来信|咨询|投诉|反映|问题|回复|答复|办理|处理)"
                      r"(?:内容|描述|结果|情况|意见)")
_RECORD_LABEL = re.compile(
    rf"^\s*{_RECORD_LABEL_WORD}[ \t\u3000]+(?=[^\s：:].{{19}})(?=.*[，。；！？])")
_RECORD_LABEL_GATE = re.compile(rf"(?m)^\s*{_RECORD_LABEL_WORD}[ \t\u3000]")


def inline_cleaner() -> InlineCleaner:
    """The chrome.inline cleaner."""
    return InlineCleaner()
