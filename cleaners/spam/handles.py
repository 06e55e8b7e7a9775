"""Selling lines with a contact handle: a short line of sales pieces that ends on a handle.

SEO spam sets a line of its own between an article's paragraphs: a trade's selling pieces (计划
群, 稳赚, 代开发票, 办证, 贷款秒批, 上下分, 出黑…) and a handle a person gives (a QQ number, a
mobile, a WeChat-style ID) right after its contact word (加QQ, 微信, VX, 电话, QQ群, 飞机@).
An article's line with a handle is framed: a report or a warning (警方, 诈骗, 举报, 提醒), an
office's or a school's notice (招生, 招聘, 地址), a service's hotline (95588, 0571-…, 400-…), or
a sentence of its own; none of those go.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import NEWS_CONTEXT, hits_by_line

if TYPE_CHECKING:
    from .lexicon import Hit

# At most this many characters (spaces aside): an advert's line, not a paragraph.
HANDLE_LINE_CHARS = 48
# Each piece (between spaces or commas) at most this long: sales talk, not an article's clause.
_PIECE_CHARS = 14
# Characters after the handle at most (免费进群 诚信合作, 免费领取每日计划): a piece or two of the
# pitch, not a sentence; each piece within _PIECE_CHARS as before it.
_AFTER_HANDLE = 16
# The most a contact verb before a handle opening its line holds (加, 添加, 联系).
_CONTACT_VERB_CHARS = 2
# Evidence a line sells: a lexicon hit of weight 2 or more counts 2, of weight 1 counts 1, and
# each distinct phrase of sales talk counts 1 (a lottery 导师 alone may be news's word).
_SELLING_NEEDED = 2

# A contact word, then a handle only a person gives: a mobile number, a QQ number (six to
# eleven digits, not an area code's 0 nor a service's short number), or a WeChat-style ID (a
# Latin letter, then letters and three digits or more); its contact word in either script (the
# whole page is searched before any line is read). A hotline with hyphens (400-810-5588,
# 0571-8728…) or a five-digit service number (95588, 12388) is an office's.
# Every branch of the contact words opens on a literal character (a class spelled out as
# branches in the same order, a lookbehind moved after the character it guards): then re
# skips to those characters instead of trying each branch at every position of the page
# (the whole page is searched on every page; x10 faster, the same matches).
CONTACT_HANDLE = re.compile(
    r"(?:电话|電话|手机|手機|微信|薇信|威信|v信|V信|加v|加V|vx|vX|Vx|VX|wx|wX|Wx|WX|"
    # 薇 for 微信 after a verb of contact (咨询薇：); after a name (张薇：) it is none
    r"咨询薇|咨詢薇|加薇|联系薇|聯系薇|"
    r"q(?<![A-Za-z]q)[qQ]?|Q(?<![A-Za-z]Q)[qQ]?|扣扣|群[号號]?|羣[号號]?|飞机|飛机|飞機|飛機|"
    r"电报|電报|电報|電報|t(?<![A-Za-z]t)[gG]|T(?<![A-Za-z]T)[gG]|"
    # LINE, the chat app of Taiwan's and Hong Kong's adverts (加LINE：@ab1234, LINE ID：…)
    r"L(?<![A-Za-z]L)INE|L(?<![A-Za-z]L)ine|l(?<![A-Za-z]l)ine)"
    r"(?:\s*(?:ID|id)|好友)?\s*(?:[号號][码碼]?)?\s*[:：]?\s*[@＠]?\s*"
    r"(?P<handle>(?<![A-Za-z0-9])(?:1[3-9]\d{9}|[1-9]\d{5,10}"
    r"|(?=[A-Za-z0-9_]*(?:\d[A-Za-z_]*){3})[A-Za-z][A-Za-z0-9_]{4,}"
    # a number spelled digit by digit in Han numerals past a filter of digits (QQ：贰叁柒柒捌
    # 陆伍壹玖, 微信一三八…): no 十 or 百 in it, which a quantity reads with
    r"|[〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖]{6,11}(?![〇零一二三四五六七八九十百千万亿"
    r"壹贰叁肆伍陆柒捌玖拾佰仟])))(?![A-Za-z0-9-])")
# Sales talk of the trades that inject such lines (our own general phrases, no site's words):
# promises of gain, a lottery's 计划/跟单/导师, certificates made to order, instant loans, a
# hacker's or a recovery service's offers, a tip's 一码/特码.
SALES_TALK = re.compile(
    r"稳赚|稳定(?:盈利|回本|收益)|包赢|必中|期期准|回血|跟单|带单|计划群|精准计划|导师|胜率|"
    r"包(?:成功|过|拿证|下款|通过|性别)|全国(?:可[办查]|通用)|(?:证件|证书)办理|办理?各类证|"
    r"不用考试|免考|秒(?:到账?|批|下款?|上秒下|过)|当天(?:下款|放款|到账)|黑白户|日[赚结入]|"
    r"一单一结|上下分|上分|下分|接单|出黑|盗号|修改成绩|查(?:开房|通话|聊天)记录|一[肖码]|特码|"
    r"内部资料|免费(?:进群|领取|公开)|零投入|躺赚|在家(?:兼职|可做|赚钱)|手机(?:兼职|赚钱)|"
    r"外围(?:投注|足球|赛事)|高赔率|信誉平台|"
    r"诚信商家|专业(?:黑客|出黑|代开|办证)|(?:快速|加急|代)办(?:理|证)")
# What frames a line as an article's or an office's, not an advert: a notice, a warning, a
# place, an institution.
_FRAME = re.compile(r"提醒|提示|谨防|防范|揭秘|曝光|地址|办公室|招生|招聘|报名|学院|学校|大学|"
                    r"中心|政府|委员会|[局厅处站所]\s*(?:电话|[:：])|记者|本报|据")
_SENTENCE_MARK = re.compile(r"[。！？!?]")
_CLAUSE_MARK = re.compile(r"[，,；;]")
_PIECE_BREAK = re.compile(r"[\s，,、；;]+")
_CONTACT_TERM = re.compile(r"加(?:微信|v|qq)$")


def _selling(line: str, hits: list[Hit]) -> tuple[int, list[str]]:
    """How strongly ``line`` sells, and the words that show it."""
    terms = {h.term: h.weight for h in hits if not _CONTACT_TERM.match(h.term)}
    talk = {m[0] for m in SALES_TALK.finditer(line)
            if not any(m[0] in t for t in terms)}  # 外围投注 adds to 投注; 导师 in 彩票导师 not
    score = sum(2 if w >= 2 else 1 for w in terms.values()) + len(talk)
    return score, sorted(terms) + sorted(talk)


def handle_line_why(line: str) -> str | None:
    """Why ``line`` (simplified script, a whole line) is a selling line with a contact handle,
    or None: at most ``HANDLE_LINE_CHARS`` characters in short pieces, no sentence mark but at
    its end, no news or notice frame, a person's handle after a contact word with a piece or two
    at most after it, and selling evidence of ``_SELLING_NEEDED`` (lexicon terms, sales talk)."""
    text = line.strip()
    size = len("".join(text.split()))
    if not size or size > HANDLE_LINE_CHARS:
        return None
    if _SENTENCE_MARK.search(text.rstrip("。！!")) or NEWS_CONTEXT.search(text) or _FRAME.search(
            text):
        return None
    if _CLAUSE_MARK.search(text) and text[-1] in "。！!":
        # a sentence in clauses: an advert's clause set among the article's own (全县新增岗位
        # 三千余个，兼职刷单加微信…，城乡居民收入稳步增长。) is cut by the clause readers, which
        # keep the article's clauses; a whole line is this reader's only when it is no sentence
        return None
    contact = None
    for m in CONTACT_HANDLE.finditer(text):
        contact = m
    if contact is None or len("".join(text[contact.end():].split())) > _AFTER_HANDLE:
        return None
    pieces = [p for p in _PIECE_BREAK.split(text[: contact.start()].rstrip("。！!")) if p]
    tail = [p for p in _PIECE_BREAK.split(text[contact.end():].rstrip("。！!")) if p]
    # the pitch before the handle, or after it where the handle opens the line (QQ：… 办证
    # 刻章 全国可查, 加LINE：… 免费领取每日计划), a contact verb at most before it
    opening = not pieces or (len(pieces) == 1 and len(pieces[0]) <= _CONTACT_VERB_CHARS)
    if (len(pieces) < 2 and not (opening and len(tail) >= 2)) or any(
            len(p) > _PIECE_CHARS for p in pieces + tail):
        return None
    pitch = f"{text[: contact.start()]} {text[contact.end():]}"
    score, words = _selling(pitch, list(hits_by_line(pitch)[0]))
    if score < _SELLING_NEEDED:
        return None
    return (f"a line of selling pieces ({', '.join(words)[:40]}) ending on a contact handle "
            f"'{contact['handle']}'")
