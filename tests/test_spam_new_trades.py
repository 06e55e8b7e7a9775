"""Spam of trades the lexicons had not seen (round spamgl4, gl312-gl318): USDT 跑分 and 换汇
touts, game 代练/外挂 and account sales, fake medicine and 壮阳 adverts, with Telegram handles
and hyphen-grouped phone numbers; and two own-text risks those pages showed in spam.injection
(a coined 某某会 name opening on 们, a headline's place name opening two clauses)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam import LexiconSpam
from cleaners.spam.lexicon import _CONTACT_CUE, _HANDLE
from cleaners.spam.stats import shared_stats

if TYPE_CHECKING:
    from collections.abc import Callable

ARTICLE = "会议指出，全县各级各部门扎实抓好春耕备耕各项工作。"
AFTER = "农资储备充足，农机具检修到位。"


@pytest.fixture(scope="module")
def clean() -> LexiconSpam:
    return LexiconSpam()


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


@pytest.mark.parametrize(("row", "gone"), [
    ("USDT承兑 高价收U 不冻卡 24小时在线", "高价收U"),
    ("支付宝跑分 微信跑分 码商招募 一单一结", "码商招募"),
    ("王者代练 上分代打 包上王者 价格实惠", "上分代打"),
    ("吃鸡外挂 透视自瞄 免封辅助 卡密自动发货", "卡密自动发货"),
    ("男性延时喷剂 一粒见效 私密发货", "私密发货"),
    ("降糖神药 根治糖尿病 祖传秘方 无效退款", "根治糖尿病"),
    # certificate mills, data brokers, spyware touts (round spamlex83)
    ("各类证书代办 免考拿证 全国联网可查 先拿证后付款", "免考拿证"),
    ("叉车证电工证快速下证 不考试拿证 人社部官网可查", "不考试拿证"),
    ("代办职称 职称代评 考试包过 加微信zc20260", "职称代评"),
    ("建造师证书挂靠 高价收证 长期挂靠 联系QQ 66668888", "高价收证"),
    # data brokers
    ("出售精准客户资料 手机号段数据 新楼盘业主名单 空号率低", "手机号段数据"),
    ("贷款客户资料哪里买 精准客户数据 股民名单 车主名单", "精准客户数据"),
    ("手机号查机主 查开房记录 户籍查询 个人信息查询", "手机号查机主"),
    # spyware
    ("远程监控对方手机 同步接收微信 不碰对方手机 无痕监控", "同步接收微信"),
    ("输入对方手机号 查看对方聊天记录 实时定位对方 加微信dw8899", "查看对方聊天记录"),
    ("手机号定位 微信定位 不需要对方同意 远程查看对方手机", "远程查看对方手机"),
])
def test_an_advert_row_of_the_new_trades_goes(clean: LexiconSpam, row: str, gone: str) -> None:
    text = f"{ARTICLE}\n{row}\n{AFTER}"
    assert clean(Doc("d", text=text)).text == f"{ARTICLE}\n{AFTER}"
    assert gone not in clean(Doc("d", text=text)).text


@pytest.mark.parametrize("line", [
    "警方打掉一个跑分平台，抓获为其兑换虚拟币的承兑商五人。",
    "游戏代练成了一些年轻人的兼职，满级账号的交易纠纷也随之增多。",
    "老旧小区加装外挂电梯后，住在高层的老人上下楼方便多了。",
    "这家百年老字号至今沿用祖传秘方，一缸酱菜要晾晒发酵大半年。",
    "医生表示，伟哥等处方药须在医生指导下使用。",
    # a raid, a ministry's notice, a court case, a 反诈 warning name those trades' nouns;
    # ordinary prose holds the short words their terms leave out (包过, 免考)
    "警方现场查获伪造证书和各类假证书三百余本，抓获制售假证的犯罪嫌疑人两名。",
    "住建部门严查证书挂靠，对人证分离、挂靠证书的企业依法记入不良信用记录。",
    "被告人非法出售公民个人信息五万余条，被判处有期徒刑二年。",
    "民警提醒，所谓定位软件、监控软件和间谍软件的广告多为诈骗。",
    "社工库里的开房记录等数据来源非法，查询和传播都涉嫌违法。",
    "春节前，不少人在家族群里发红包过年，图个喜庆。",
    "因伤病申请体育免考的学生，需提交二级以上医院的证明。",
    "考证热持续升温，一些年轻人一年考了五六个证书。",
    "不动产登记中心推出快速出证服务，群众办事最快一小时拿证。",
    "法院将失信企业法人名单通过户籍查询窗口和网站同步公开。",
    "律师介绍，起诉离婚不需要对方同意，私自查看对方手机则可能侵犯隐私。",
])
def test_the_trades_topic_words_stay_in_news(clean: LexiconSpam, line: str) -> None:
    # counterexamples: a raid report, a trend piece, the building's lift, an old recipe, a
    # doctor's advice name the trades' nouns in ordinary use
    assert clean(Doc("d", text=line)).text == line


def test_a_telegram_handle_ends_a_spaced_advert_run_with_its_topic_pieces(
        clean: LexiconSpam) -> None:
    # the pieces holding topic words (日结佣金, 稳定高收益) belong to the run the selling
    # term and the handle make an advert; the article's next sentence stays whole
    line = f"{ARTICLE}USDT跑分平台招募 日结佣金 稳定高收益 飞机@pf8866 {AFTER}"
    spam = "金沙娱乐城官网注册送彩金"  # a page proven to carry spam
    out = clean(Doc("d", text=f"{line}\n{spam}")).text
    assert out.split("\n")[0] == f"{ARTICLE}{AFTER}"


@pytest.mark.parametrize(("before", "cue"), [
    ("飞机@", True), ("纸飞机：", True), ("TG：@", True), ("电报 ", True),
    ("STG", False), ("乘坐飞机到", False),
])
def test_telegram_words_are_contact_cues(before: str, cue: bool) -> None:
    assert (_CONTACT_CUE.search(before) is not None) is cue


@pytest.mark.parametrize(("text", "handle"), [
    ("咨询热线400-818-6627", "400-818-6627"),
    ("电话：139-2288-6611", "139-2288-6611"),
    ("发布时间：2025-10-11", None),  # a date is no phone number
    ("第3-12-2025号", None),
])
def test_a_phone_number_grouped_by_hyphens_is_a_handle(text: str, handle: str | None) -> None:
    found = _HANDLE.search(text)
    assert (found[0] if found else None) == handle


def test_only_closing_characters_close_only() -> None:
    stats = shared_stats()
    assert stats.closes_only("们")
    assert stats.closes_only("者")
    # counterexamples: characters that open names and words
    assert not any(stats.closes_only(c) for c in "金永利星福都儿")


MIRROR_ROWS = "男性壮阳 一粒见效 延时不伤身\n美国伟哥 原装进口 延时喷剂 私密发货"


def test_a_coined_name_never_opens_on_a_character_that_only_closes_words(
        chain: Callable[[Doc], Doc]) -> None:
    # 医生|们都|会 read as a coined 某某会 on a proven page (gold_like gl314 pins the page that
    # showed it; this short one is a guard, not a reproduction)
    para = "每周三上午，卫生院的党员医生们都会背着药箱走进村里，为群众免费测血压、测血糖。"
    doc = chain(Doc("d", text=f"{MIRROR_ROWS}\n{para}\n镇党委还组建了医生服务队。"))
    assert para in doc.text


HEADLINE_PAGE = """南方时讯网
首页 | 时政 | 社会
丰源县：数字乡村让农民用上“智慧农机”
2025-06-18 来源：丰源县农业农村局
眼下正是夏收夏种的关键时期，丰源县十万亩小麦陆续开镰。在柳林镇的麦田里，几台收割机来回穿梭，机手通过手机就能查看作业进度。
近年来，丰源县推进数字乡村建设，在全县推广农机北斗终端一千二百余台。
“过去找收割机要挨家挨户打电话，现在在平台上下单，机手第二天一早就到地头。”种粮大户周永刚说。
澳门新葡京娱乐城 金沙娱乐 太阳城官网 首存送彩金
"""


def test_a_string_the_headline_holds_is_no_piece_at_clause_starts(
        chain: Callable[[Doc], Doc]) -> None:
    # the county named by the headline opens two clauses of its report: its subject
    doc = chain(Doc("d", text=HEADLINE_PAGE))
    assert "新葡京" not in doc.text
    assert "，丰源县十万亩" in doc.text
    assert "，丰源县推进" in doc.text
    assert "，机手通过手机" in doc.text


def test_clause_start_pieces_still_go_on_a_page_without_the_headline(
        chain: Callable[[Doc], Doc]) -> None:
    # counterexample: the same pieces with no headline naming them (seed 004's shape) are cut
    text = "\n".join(line for line in HEADLINE_PAGE.split("\n")
                     if not line.startswith(("丰源县：", "2025-")))
    doc = chain(Doc("d", text=text))
    assert "，丰源县十万亩" not in doc.text
