"""Spam kinds the other benches do not plant, each measured through the whole default chain.

Clean articles are ``bench/spam_inject.py``'s (our paragraphs and the gold texts). Each kind
plants spam of one shape into a copy of every article (seeded RNG), the copy and the article
are both cleaned by the default chain, and the two outputs are compared as character bags
(letters and digits, NFKC): what the spammed output holds beyond the clean one is spam left,
what it lacks is the article's own text lost. Kinds:

- ``brand_forms``: brands written as mirrors write them: with a domain (某某体育 www.ab88.com),
  as a bare domain (678.com), Latin with digits (bet9), in 【】 or 「」, with 官方网站, 登录入口,
  手机版, APP下载, 注册, 网址. Brands of the real world the lexicon knows, written in new forms.
- ``brand_forms_unseen``: the same forms around invented names (never in a lexicon).
- ``ad_sentences``: whole advert sentences (invoices, certificates, seals, cash-out, loans,
  private detectives, drugs, porn) with a phone, QQ or WeChat handle, set between an article's
  sentences; ``ad_sentences_hant`` the same in traditional script.
- ``spam_lines``: whole lines among the paragraphs: a sentence praising a casino, a link-farm
  line of brand names.
- ``boundary_pieces``: a phrase chopped into pieces that are set after a sentence's or clause's
  end mark rather than mid-word, and one known brand (the page is a mirror, as in
  ``spam_inject.py``).
- ``titles``: a keyword-stuffed <title> (标题_关键词_关键词-站名, keyword lists after | or ,)
  over an HTML page that prints the headline in an <h1> or a <div>, or as the first line of a
  text page; the title field must be the headline.

Shapes real mirrors use that the kinds above do not plant (``UNSEEN_SHAPES``; our own strings):

- ``spaced_brands``: a lexicon brand spelled out with a separator between its characters (a
  space, a full-width or zero-width space, -, *, ·, _), a promo word after it or not.
- ``variant_brands``: a lexicon brand with a look-alike character (our own variants), or as its
  pinyin initials with a number.
- ``decorated_brands``: a brand (known or invented) between ★, ☆, ◆ or emoji decorations.
- ``keyword_rows``: a 相关搜索/热门搜索 line of keywords after the article, or a row of 【关键词】
  tags.
- ``stuffed_lead``: one keyword repeated in a sentence set before the first paragraph's text.
- ``contact_tails``: a bare contact (加微信, QQ, 飞机, TG and a handle) appended to a paragraph.
- ``disguised_domains``: a 网址 line whose address hides its dots (www点ab88点com, ab88。com).
- ``handle_lines``: a selling line with a contact handle alone between two paragraphs (计划群,
  代开发票, 办证, 贷款秒批, 刷单兼职, 私家侦探, 代孕, 黑客, 六合彩资料, 棋牌上下分, 外围投注, 网赚;
  QQ, 微信/VX/薇信/V信, 电话/手机, QQ群; spaced pieces or a sentence); ``handle_lines_hant`` the
  same in traditional script. ``handle_news`` plants lines that must stay the same way (news
  of such crimes with a 举报电话, a service's 客服热线, a school's 招生咨询 QQ群, a draw with a
  lottery station's phone, a police warning, a recruitment notice; court verdicts on 上分/下分
  and 代理, 反诈 warnings quoting 刷单返利/高额回报/加QQ, a notice's 举报电话 and 邮箱 inside its
  paragraph): its ``removed`` must be 0.000 (each line planted in turn, the articles taken
  again when the lines outnumber them, so every line is tried).

Last line: ``kind=recall/own_lost ... titles=ok/n``.

    .venv/bin/python bench/spam_kinds.py [--articles 60] [--seed 1] [--verbose] [--kind K]
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
import unicodedata
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import spam_inject  # noqa: E402

from cleaners import clean_html, clean_text  # noqa: E402
from cleaners.document import Doc  # noqa: E402
from cleaners.registry import default_chain  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

# Real-world operators (names of the lexicon), as a mirror spells them.
KNOWN = ("开云体育", "华体会", "乐鱼体育", "米乐", "亚博体育", "雷竞技", "必威", "九游会",
         "kok体育", "bob体育", "澳门新葡京", "威尼斯人", "半岛体育", "星空体育", "爱游戏")
# Our own invented names (in no lexicon; a test checks the lexicons hold none of them).
INVENTED = ("鑫利", "皇朝", "盛唐", "金马", "汇丰达", "博悦", "宏运", "聚星")
PRODUCTS = ("体育", "娱乐", "国际", "电竞", "棋牌", "真人")
SUFFIXES = ("官方网站", "登录入口", "手机版", "下载", "APP下载", "注册", "网址", "官网入口",
            "官方app", "网页版登录")


def _domain(rng: random.Random) -> str:
    letters = "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(2, 4)))
    return f"{letters}{rng.randint(10, 9999)}.{rng.choice(('com', 'cc', 'net', 'vip'))}"


def brand_form(name: str, rng: random.Random) -> str:
    """``name`` (a brand) in one of the forms mirrors print."""
    form = rng.randrange(9)
    if form == 0:
        return f"{name} www.{_domain(rng)}"
    if form == 1:
        return f"{name}（{_domain(rng)}）"
    if form == 2:
        return f"{rng.randint(100, 9999)}.com"
    if form == 3:
        return f"【{name}】"
    if form == 4:
        return f"「{name}」{rng.choice(SUFFIXES)}"
    if form == 5:
        latin = rng.choice(("bet", "ag", "yb", "ky", "hg", "bb", "dg", "js"))
        return f"{latin.upper() if rng.random() < 0.5 else latin}{rng.randint(1, 999)}" + (
            rng.choice(PRODUCTS) if rng.random() < 0.5 else "")
    return f"{name}{rng.choice(SUFFIXES)}"


def _invented(rng: random.Random) -> str:
    return rng.choice(INVENTED) + rng.choice(PRODUCTS)


# Advert sentences of our own, one per category, {h} for a handle.
ADS = (
    "本公司长期代开各地增值税发票，点数低，可验证后付款，联系电话{h}。",
    "专业办证刻章，各类证件均可办理，加微信{h}详谈。",
    "信用卡套现秒到账，费率最低，详询QQ{h}。",
    "网贷口子大全，黑户也能下款，当天放款，联系{h}。",
    "私家侦探专业调查取证，婚外情调查，寻人找人，电话{h}。",
    "出售冰毒麻古，货到付款，加微信{h}。",
    "同城约炮上门服务，学生妹包夜，加QQ{h}。",
    "无抵押贷款当天到账，额度高利息低，热线{h}。",
    "代办毕业证学位证，学信网可查，微信{h}。",
    "高清无码成人视频在线观看，每日更新，加群{h}。",
)
CASINO_LINES = (
    "在{b}，每一位玩家都能享受公平公正的游戏体验，注册即送88元体验金，首存再返百分之百。",
    "选择{b}，就是选择信誉与安全，千万玩家的共同信赖，提款秒到账。",
    "{b}拥有最全的体育赛事和真人娱乐项目，7x24小时在线客服，欢迎注册体验。",
)
PHRASES = spam_inject.PHRASES


def _handle(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return "1" + "".join(rng.choice("3456789") for _ in range(10))
    if kind == 1:
        return str(rng.randint(10**7, 10**10))
    return rng.choice(("vip", "kf", "zx", "dk")) + str(rng.randint(1000, 99999))


_SENT_END = re.compile(r"(?<=[。！？])")


def _split_sentences(line: str) -> list[str]:
    return [s for s in _SENT_END.split(line) if s]


def _between_sentences(text: str, ins: str, rng: random.Random) -> str:
    lines = text.split("\n")
    long = [i for i, ln in enumerate(lines) if len(_split_sentences(ln)) >= 2] or [
        i for i, ln in enumerate(lines) if len(ln) > 20] or [0]
    i = rng.choice(long)
    parts = _split_sentences(lines[i]) or [lines[i]]
    at = rng.randint(1, max(1, len(parts) - 1))
    lines[i] = "".join([*parts[:at], ins, *parts[at:]])
    return "\n".join(lines)


def _plant_brand_forms(text: str, rng: random.Random, names: Callable[[], str],
                       count: int = 0) -> tuple[str, str]:
    planted = []
    for _ in range(count or rng.randint(2, 3)):
        form = brand_form(names(), rng) if not count else names()
        planted.append(form)
        lines = text.split("\n")
        long = [i for i, ln in enumerate(lines) if len(ln) > 20] or [0]
        i = rng.choice(long)
        if rng.random() < 0.5:  # mid-sentence
            at = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:at] + form + lines[i][at:]
            text = "\n".join(lines)
        else:
            text = _between_sentences(text, form, rng)
    return text, "".join(planted)


def plant(kind: str, text: str, rng: random.Random) -> tuple[str, str]:
    """The spammed text and the planted characters (joined) for one kind."""
    if kind == "brand_forms":
        return _plant_brand_forms(text, rng, lambda: rng.choice(KNOWN))
    if kind == "brand_forms_unseen":
        return _plant_brand_forms(text, rng, lambda: _invented(rng))
    if kind in ("ad_sentences", "ad_sentences_hant"):
        ads = [rng.choice(ADS).format(h=_handle(rng)) for _ in range(rng.randint(1, 2))]
        for ad in ads:
            text = _between_sentences(text, ad, rng)
        return text, "".join(ads)
    if kind == "spam_lines":
        lines = text.split("\n")
        if rng.random() < 0.5:
            ins = rng.choice(CASINO_LINES).format(b=rng.choice(KNOWN))
        else:
            names = rng.sample(KNOWN, 10)
            ins = rng.choice((" ", " | ", "  ", "、")).join(names)
        lines.insert(rng.randint(1, max(1, len(lines) - 1)), ins)
        return "\n".join(lines), ins
    if kind == "boundary_pieces":
        pieces = spam_inject.chop(rng.choice(PHRASES), rng)
        lines = text.split("\n")
        planted = []
        for piece in pieces:
            for _ in range(rng.randint(2, 4)):
                spots = [(i, m.end()) for i, ln in enumerate(lines)
                         for m in re.finditer(r"[。，；！？]", ln)]
                if not spots:
                    continue
                i, at = rng.choice(spots)
                lines[i] = lines[i][:at] + piece + lines[i][at:]
                planted.append(piece)
        # One known brand besides, as spam_inject.py plants: the page is then a mirror.
        text, brand = _plant_brand_forms("\n".join(lines), rng, lambda: rng.choice(KNOWN), 1)
        # Joined with | (no letter or digit: char_bag counts the same) so --show can split it.
        return text, "|".join([*planted, brand])
    if kind in UNSEEN_SHAPES:
        return plant_unseen(kind, text, rng)
    if kind in HANDLE_KINDS:
        pool = HANDLE_NEWS if kind == "handle_news" else HANDLE_ADS
        line = pool[_NEXT_LINE[kind] % len(pool)]
        _NEXT_LINE[kind] += 1
        return _insert_line(text, line, rng, at_end=False), line
    raise ValueError(kind)


# --- Shapes no other kind plants (all strings ours) ---
# Lexicon brands whose name is Han characters only, to be spelled out with separators.
KNOWN_HAN = tuple(b for b in KNOWN if all("\u4e00" <= c <= "\u9fff" for c in b))
SEPARATORS = (" ", "-", "*", "·", "_", "\u200b", "\u3000", " - ")
SPACED_SUFFIXES = ("", "", "官网", "登录入口", "APP下载")
# Our own look-alike spellings of lexicon brands (a character swapped for one that looks or
# sounds like it) and pinyin initials with a number: in no lexicon (a test checks).
VARIANTS = ("威尼斯亽", "澳门新蒲京", "玖游会", "开芸体育", "雷竟技", "半岛体肓", "华休会",
            "星空休育", "乐渔体育", "亚搏体育")
INITIALS = ("amxpj", "kyty", "mlty", "ldty", "jyh", "ybty", "xkty", "bdty")
DECORATIONS = (("★", "★"), ("☆", "☆"), ("◆", "◆"), ("🔥", "🔥"), ("✨", "✨"), ("💰", "💰"),
               ("★★", "★★"), ("🎉", "🎉"))
# Our own selling keywords, for keyword rows and stuffed leads.
KEYWORDS = ("网上赌场", "代开发票", "百家乐技巧", "足球投注", "真人娱乐平台", "彩票计划",
            "时时彩平台", "棋牌游戏", "代办证件", "网贷口子")
ROW_LABELS = ("相关搜索：", "热门搜索：", "热门关键词：", "相关搜索 ", "大家都在搜：", "关键词：")
CONTACTS = ("加微信：{h}", "加微信{h}", "客服QQ：{h}", "QQ：{h}", "飞机：@{h}", "TG：@{h}",
            "纸飞机@{h}", "商务合作加V：{h}", "联系TG {h}", "微信号：{h}")
DOMAIN_LABELS = ("网址：", "最新网址：", "官网地址：", "备用网址 ", "永久网址：")


def _coined(rng: random.Random) -> str:
    """A brand name, known or invented (with a product word)."""
    return rng.choice(KNOWN) if rng.random() < 0.5 else _invented(rng)


def _spaced(rng: random.Random) -> str:
    word = rng.choice(KNOWN_HAN) + rng.choice(SPACED_SUFFIXES)
    return rng.choice(SEPARATORS).join(word)


def _variant(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(VARIANTS) + rng.choice(("", "官网", "登录入口", "APP下载"))
    return rng.choice(INITIALS) + str(rng.choice((8, 88, 888, 6, 66, 365, 8888)))


def _decorated(rng: random.Random) -> str:
    left, right = rng.choice(DECORATIONS)
    return f"{left}{_coined(rng)}{right}"


def _keyword(rng: random.Random) -> str:
    pick = rng.randrange(3)
    if pick == 0:
        return rng.choice(KEYWORDS)
    if pick == 1:
        return rng.choice(KNOWN) + rng.choice(("官网", "app下载", "登录入口", ""))
    return _invented(rng) + rng.choice(("官网", "平台", "app", ""))


def _keyword_row(rng: random.Random) -> str:
    words = [_keyword(rng) for _ in range(rng.randint(4, 7))]
    if rng.random() < 0.3:
        return "".join(f"【{w}】" for w in words)
    return rng.choice(ROW_LABELS) + rng.choice((" ", "  ", " | ", "、", "，")).join(words)


def _stuffed_lead(rng: random.Random) -> str:
    word = _coined(rng)
    tails = rng.sample(("官网", "app下载", "登录入口", "最新网址", "注册", "平台", "手机版"), 3)
    return "，".join([word, *(word + t for t in tails)]) + "。"


def _contact(rng: random.Random) -> str:
    handle = _handle(rng) if rng.random() < 0.6 else rng.choice(
        ("kf", "vip", "tg", "bet", "dk")) + str(rng.randint(100, 99999))
    return rng.choice(CONTACTS).format(h=handle)


def _disguised_domain(rng: random.Random) -> str:
    name = "".join(rng.choice("abcdefghjkmnpqrstwxyz") for _ in range(rng.randint(2, 4)))
    name += str(rng.randint(10, 9999))
    tld = rng.choice(("com", "cc", "net", "vip"))
    form = rng.randrange(4)
    dot = rng.choice(("(点)", "[.]", "点"))
    address = (f"www点{name}点{tld}" if form == 0 else f"{name}。{tld}" if form == 1
               else f"www.{name}点{tld}" if form == 2 else f"{name}{dot}{tld}")
    label = rng.choice(DOMAIN_LABELS)
    return (f"{_coined(rng)}{label}{address}" if rng.random() < 0.5 else f"{label}{address}")


# Our own selling lines with a contact handle, in the shapes SEO spam injects (handle_lines).
HANDLE_ADS = (
    "重庆时时彩计划群 每天稳赚 加QQ 3391827465 免费进群",
    "彩票导师一对一带你跟单 胜率百分之九十 微信 cp88996",
    "北京赛车pk10精准计划 跟单回血 VX：bj66218",
    "专业代开发票 各行业普票专票 可验证 电话 13925847716",
    "代开各类发票 点数低 薇信 fp202588",
    "办证 刻章 毕业证 驾驶证 身份证 手机 15837264419",
    "各种证件办理 全国可查 加V信 bz77881",
    "贷款秒批 无视黑白户 当天下款 微信 dk556677",
    "急用钱 无抵押贷款 秒到账 咨询QQ 2468013579",
    "刷单兼职 日结 一单一结 日赚三百 加QQ 1735926480",
    "手机兼职打字员 在家可做 日赚200 VX: jz998877",
    "私家侦探 婚外情调查 寻人找人 电话 18612349876",
    "正规调查公司 出轨取证 手机 13766554433",
    "代孕 包成功 包性别 试管婴儿 微信 dy668899",
    "黑客接单 查开房记录 查通话记录 定位 QQ 1987654320",
    "专业黑客 修改成绩 盗号 找回账号 飞机 @hk8866",
    "六合彩资料大全 一肖一码 免费公开 加群 586972341",
    "香港六合彩 内部资料 精准一码 VX hk49888",
    "棋牌上分下分 诚信商家 秒上秒下 微信 qp66123",
    "炸金花 牛牛 上下分 24小时在线 QQ 2653108497",
    "外围足球投注 高赔率 信誉平台 V信 ww55880",
    "世界杯外围投注 支持支付宝 客服微信 zq2026vip",
    "网赚项目 手机赚钱 日入千元 加微信 wz1688",
    "躺赚项目 零投入 QQ群 738291645",
    "彩票计划群，稳赚不赔，加QQ：3074651928。",
    "专业代开发票，点数优惠，联系电话：13671234588。",
    "无抵押贷款秒批，黑户可下款，微信：dk20261。",
    "私家侦探，寻人找人，手机：13522001188。",
    "兼职刷单，佣金日结，飘扬QQ群：653201987。",
    "时时彩 跟单 计划 稳定回本 扣扣 2930184756",
    "信用卡套现 代还 秒到 电话 17788996655",
    "百家乐 包赢技巧 导师带 微信 bjl6688",
    "网赌被黑 专业出黑 追回损失 微信 ch8899",
    "快速办理 房产证 结婚证 全国可办 Q 2109384756",
    "学历提升 不用考试 包拿证 微信 xl2026ok",
    "六合彩 特码 资料 期期准 电话 13316652288",
)
# Our own lines with a handle that must stay (handle_news): news of such crimes, hotlines.
HANDLE_NEWS = (
    "警方提醒：刷单兼职都是诈骗，如遇可疑情况请拨打110或反诈专线96110。",
    "市公安局破获一起代开发票案件，抓获犯罪嫌疑人12名，举报电话：0571-87280000。",
    "如发现办证刻章等违法小广告，请拨打城管热线12319举报。",
    "举报电话：12388",
    "扫黑除恶举报电话：0731-84311110",
    "客服热线：95588",
    "中国移动客服热线10086，24小时为您服务。",
    "招生咨询QQ群：612345789",
    "2026年秋季招生咨询电话：0755-26531234，咨询QQ群：583920174。",
    "本期双色球开奖号码为03、08、15、22、27、31，蓝球09。",
    "中奖彩票由市区福利彩票投注站售出，站点电话：0512-65281234。",
    "体彩中心提醒购彩者理性投注，咨询电话：0591-87654321。",
    "警方提示：所谓“高额兼职”“日结工资”均为诈骗，请勿添加陌生人微信。",
    "招聘仓库管理员3名，要求高中以上学历，联系电话：13905712345，王先生。",
    "该团伙以“贷款秒批”为诱饵，诱骗受害人缴纳保证金，共骗取资金80余万元。",
    "法院审理查明，被告人通过QQ群发布代孕广告，非法获利30余万元。",
    "警方打掉一个利用六合彩资料网站组织赌博的犯罪团伙。",
    "民警提醒，私家侦探从事调查取证业务属违法行为，群众可拨打12345反映。",
    "反诈中心提醒：接到自称客服的电话要求转账，请立即拨打96110核实。",
    "如有疑问，请拨打税务服务热线12366咨询。",
    "发票查验可登录全国增值税发票查验平台，或致电12366。",
    "报名咨询电话：0371-65901234、65905678",
    "联系电话：010-64512345",
    "大学生兼职招聘会将于周六举行，咨询电话：0851-85581234。",
    "市人社局招聘社区工作者20名，报名咨询电话0898-65301234。",
    "咨询电话：400-810-5588（工作日9:00-17:00）",
    "银行提醒：无抵押秒批贷款广告多为诈骗，请通过官方客服95566核实。",
    "该案中，犯罪嫌疑人冒充彩票导师，以带人跟单为名诈骗200余万元。",
    "棋牌室经营者因组织上分下分赌博被刑拘。",
    "警方查获代开发票300余份，涉案金额1.2亿元，线索举报电话0531-86081234。",
    "外围投注网站被查封，涉案人员21人，警方公布举报电话：0760-88881234。",
    "有意向的毕业生可加入招聘交流QQ群：734521689，或关注学院微信公众号。",
    "学校招生办公室 电话：0571-88273456 QQ：3345678901",
    "网赚骗局揭秘：所谓日入千元只是诱饵，警方已立案侦查。",
    "黑客入侵公司服务器窃取数据，被告人被判有期徒刑三年。",
    "福彩投注站 地址：人民路18号 电话：0512-68123456",
    "防范电信网络诈骗，拒绝刷单兼职，举报请拨打110。",
    # Crime, fraud-warning, court, notice, recruitment and lottery news of the same families
    # (our own lines): a news frame (an agent, a reporting verb, a date) around the scam's
    # words, a contact inside a paragraph's sentence.
    "近日，县公安局成功侦破一起网络赌博案，抓获组织者3名，该团伙在微信群内组织上分下分。",
    "经审理查明，被告人李某担任赌博网站代理，负责为赌客上分、下分，从中抽取佣金。",
    "法院认为，被告人以营利为目的，为网络赌博平台招揽赌客并提供上下分服务，构成开设赌场罪。",
    "民警提醒，凡是声称“刷单返利”“高额回报”的兼职，都是诈骗。",
    "骗子通常以“日赚三五百、加QQ领任务”为诱饵，诱导受害人下载陌生APP。",
    "嫌疑人谎称可以办理低息贷款，诱导受害人添加QQ好友后转账“解冻费”。",
    "警方提示：凡是要求先交保证金、再加QQ群做任务的兼职，一律是诈骗。",
    "反诈民警总结了常见话术：“足不出户、日结工资、加QQ详聊”，群众切勿轻信。",
    "公安机关公布了举报电话0871-63051234和举报邮箱，欢迎群众提供违法犯罪线索。",
    "即日起，群众可通过举报电话0356-2021234或电子邮箱向专项办反映问题线索，我们将严格保密。",
    "10月12日，市公安局召开新闻发布会，通报打击电信网络诈骗工作进展，举报电话96110同步开通。",
    "据警方通报，该团伙以“投资理财、高额回报”为名，在多个QQ群内发布虚假广告。",
    "本次招聘岗位共15个，报名时间为5月6日至10日，联系电话：0931-8451234，QQ群：295718364。",
    "有意报考的考生可加入报名咨询QQ群：418265937，工作人员将在群内发布最新通知。",
    "应聘者请将简历发送至人事处邮箱，或拨打联系电话0551-62901234咨询。",
    "本期大乐透头奖花落我市，中奖彩票出自城东体彩站，该站服务热线为0745-2281234。",
    "市福彩中心开通服务热线0471-6961234，为购彩者提供兑奖咨询。",
    "体彩中心工作人员介绍，中奖者可拨打服务热线95086了解兑奖流程。",
    "去年以来，全市公安机关共打掉网络赌博团伙26个，查处上下分代理人员140余名。",
    "办案民警介绍，嫌疑人以“内部消息、稳赚不赔”为名，诱导受害人在赌博网站充值。",
    "县反诈中心提醒，刷单返利类诈骗高发，任何要求垫付资金的兼职都是骗局。",
    "判决书显示，被告人在赌博网站担任代理，发展下线会员50余人，非法获利20万元。",
    "警方在通报中提醒，“高额回报、加QQ拉你进群”是投资诈骗的典型话术。",
    "检察机关以开设赌场罪对组织棋牌上下分的8名被告人提起公诉。",
    "该公司诚聘销售代表5名，有意者请于本月底前拨打招聘电话0917-3281234。",
)
# Which line each handle kind plants next: every line in turn, so every line is tried.
_NEXT_LINE: collections.Counter[str] = collections.Counter()


def _insert_line(text: str, line: str, rng: random.Random, *, at_end: bool) -> str:
    lines = text.split("\n")
    lines.insert(len(lines) if at_end else rng.randint(1, max(1, len(lines) - 1)), line)
    return "\n".join(lines)


def plant_unseen(kind: str, text: str, rng: random.Random) -> tuple[str, str]:
    """The spammed text and the planted characters for one of ``UNSEEN_SHAPES``."""
    forms: dict[str, Callable[[], str]] = {
        "spaced_brands": lambda: _spaced(rng), "variant_brands": lambda: _variant(rng),
        "decorated_brands": lambda: _decorated(rng)}
    if kind in forms:
        return _plant_brand_forms(text, rng, forms[kind], rng.randint(2, 3))
    if kind == "keyword_rows":
        row = _keyword_row(rng)
        return _insert_line(text, row, rng, at_end=rng.random() < 0.7), row
    if kind == "stuffed_lead":
        lead = _stuffed_lead(rng)
        lines = text.split("\n")
        i = next((i for i, ln in enumerate(lines) if len(ln) > 20), 0)
        lines[i] = lead + lines[i]
        return "\n".join(lines), lead
    if kind == "contact_tails":
        planted = []
        lines = text.split("\n")
        for _ in range(rng.randint(1, 2)):
            contact = _contact(rng)
            ends = [i for i, ln in enumerate(lines) if re.search(r"[。！？]$", ln)] or [0]
            i = rng.choice(ends)
            lines[i] += contact
            planted.append(contact)
        return "\n".join(lines), "".join(planted)
    if kind == "disguised_domains":
        line = _disguised_domain(rng)
        if rng.random() < 0.5:
            return _insert_line(text, line, rng, at_end=rng.random() < 0.5), line
        lines = text.split("\n")
        ends = [i for i, ln in enumerate(lines) if re.search(r"[。！？]$", ln)] or [0]
        i = rng.choice(ends)
        lines[i] += line
        return "\n".join(lines), line
    raise ValueError(kind)


def char_bag(text: str) -> collections.Counter[str]:
    """The letters and digits of ``text`` (NFKC), counted: what the benches compare."""
    return collections.Counter(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


UNSEEN_SHAPES = ("spaced_brands", "variant_brands", "decorated_brands", "keyword_rows",
                 "stuffed_lead", "contact_tails", "disguised_domains")
HANDLE_KINDS = ("handle_lines", "handle_lines_hant", "handle_news")
KINDS = ("brand_forms", "brand_forms_unseen", "ad_sentences", "ad_sentences_hant", "spam_lines",
         "boundary_pieces", *UNSEEN_SHAPES, *HANDLE_KINDS)
TITLE_KEYWORDS = ("开云体育", "华体会官网", "乐鱼体育app下载", "网上赌场", "代开发票",
                  "如何赚钱", "新闻资讯", "最新消息", "百家乐技巧", "足球推荐")


def stuffed_title(headline: str, rng: random.Random) -> str:
    words = rng.sample(TITLE_KEYWORDS, rng.randint(2, 4))
    form = rng.randrange(4)
    if form == 0:
        return f"{headline}_{'_'.join(words)}-{rng.choice(('资讯网', '新闻网', '在线'))}"
    if form == 1:
        return f"{'|'.join(words)}|{headline}"
    if form == 2:
        return f"{headline},{','.join(words)}"
    return f"{'_'.join(words)}_{headline}"


def titles(articles: list[str], rng: random.Random, verbose: bool) -> tuple[int, int]:
    """Stuffed titles over pages that print the headline in an <h1>, in a <div>, or (text
    path) a text page whose first line is the stuffed title."""
    ok = n = 0
    for text in articles:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        if len(lines) < 3:
            continue
        headline = "".join(rng.sample("市区县开展推进举行召开工作会议建设发展服务活动", 10))
        stuffed = stuffed_title(headline, rng)
        body = "".join(f"<p>{escape(ln)}</p>" for ln in lines)
        form = n % 3
        if form == 2:
            doc = clean_text(stuffed + "\n" + "\n".join(lines), id=f"t{n}")
        else:
            head = f"<h1>{headline}</h1>" if form == 0 else f"<div class='title'>{headline}</div>"
            page = (f"<html><head><title>{escape(stuffed)}</title></head>"
                    f"<body><div class='article'>{head}{body}</div></body></html>")
            doc = clean_html(page.encode(), id=f"t{n}")
        n += 1
        ok += doc.meta.title == headline
        if verbose and doc.meta.title != headline:
            print(f"  title {doc.meta.title!r} for {headline!r} (form {form}, {stuffed!r})")
    return ok, n


def planted_strings(kind: str, planted: str) -> list[str]:
    """The planted strings of one article: boundary_pieces records its pieces and brand
    joined with |, the other kinds record one string."""
    return planted.split("|") if kind == "boundary_pieces" else [planted]


def show_left(kind: str, i: int, strings: list[str], clean: str, spammed: str) -> None:
    """Print each planted string the spammed output holds more often than the clean one,
    with ten characters either side of every such site."""
    for s in dict.fromkeys(strings):
        extra = spammed.count(s) - clean.count(s)
        if not s or extra <= 0:
            continue
        sites = [spammed[max(0, m.start() - 10): m.end() + 10].replace("\n", "/")
                 for m in re.finditer(re.escape(s), spammed)]
        print(f"  {kind} {i}: {s!r} left {extra}x: " + " | ".join(sites))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--kind", choices=KINDS, action="append")
    ap.add_argument("--show", action="store_true",
                    help="per article, the planted strings the spammed output still holds "
                         "beyond the clean one, with the text around each")
    args = ap.parse_args()
    chain = default_chain()
    articles = spam_inject.clean_articles(args.articles, random.Random(args.seed))
    out = []
    for kind in args.kind or KINDS:
        rng = random.Random(f"{args.seed}-{kind}")
        convert = spam_inject._to_traditional if kind.endswith("_hant") else str
        planted_n = left_n = own_n = lost_n = 0
        # A handle kind plants one line per article: with more lines than articles the
        # articles are taken again in turn, so every line is tried.
        pool = HANDLE_NEWS if kind == "handle_news" else HANDLE_ADS
        pages = ([articles[i % len(articles)] for i in range(max(len(articles), len(pool)))]
                 if kind in HANDLE_KINDS and articles else articles)
        for i, article in enumerate(pages):
            spammed, planted = plant(kind, article, rng)  # converted once, as a whole page
            article, spammed, planted = convert(article), convert(spammed), convert(planted)
            clean_out = chain(Doc(f"c{i}", text=article))
            spam_out = chain(Doc(f"s{i}", text=spammed))
            clean_bag = char_bag(clean_out.text if clean_out.dropped is None else "")
            spam_bag = char_bag(spam_out.text if spam_out.dropped is None else "")
            left = sum((spam_bag - clean_bag).values())
            lost = sum((clean_bag - spam_bag).values())
            planted_n += sum(char_bag(planted).values())
            left_n += left
            own_n += sum(clean_bag.values())
            lost_n += lost
            if args.show and left:
                show_left(kind, i, planted_strings(kind, planted),
                          clean_out.text if clean_out.dropped is None else "",
                          spam_out.text if spam_out.dropped is None else "")
            if args.verbose and (left or lost):
                print(f"  {kind} {i}: left {''.join((spam_bag - clean_bag).elements())[:60]!r} "
                      f"lost {''.join((clean_bag - spam_bag).elements())[:60]!r} "
                      f"planted {planted[:80]!r}")
        recall = 1 - left_n / max(planted_n, 1)
        print(f"{kind}: planted {planted_n} chars, removed {recall:.3f}, "
              f"own lost {lost_n / max(own_n, 1):.5f}")
        out.append(f"{kind}={recall:.3f}/{lost_n / max(own_n, 1):.5f}")
    ok, n = titles(articles, random.Random(args.seed), args.verbose)
    print(f"titles: {ok}/{n} give the headline")
    print(" ".join([*out, f"titles={ok}/{n}"]))


if __name__ == "__main__":
    main()
