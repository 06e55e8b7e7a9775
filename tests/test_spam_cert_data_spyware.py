"""Certificate mills, data brokers and spyware touts (round spamlex83). An advert's row of their
promises goes, a broker's whole page is dropped; news on a fake-certificate ring, a court case on
selling personal information and a 反诈 warning on spyware name the trades' nouns (假证书, 证书
挂靠, 公民个人信息, 定位软件) and stay, and so do the words the terms share with ordinary prose
(发红包过年, 体育免考). A piece planted in a numbered subheading goes, not the heading, and one
the lexicon cut from the body goes from the headline too."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam import LexiconSpam

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
    # certificate mills
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
def test_an_advert_row_of_the_three_trades_goes(clean: LexiconSpam, row: str, gone: str) -> None:
    text = f"{ARTICLE}\n{row}\n{AFTER}"
    out = clean(Doc("d", text=text)).text
    assert out == f"{ARTICLE}\n{AFTER}"
    assert gone not in out


@pytest.mark.parametrize("line", [
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
    # counterexamples: a raid report, a ministry's notice, a court case, a 反诈 warning name
    # the trades' nouns; ordinary prose holds the short words the terms leave out (包过, 免考)
    assert clean(Doc("d", text=line)).text == line


ADVERT = "某某证书网：各类证书代办，不考试包拿证，全国联网可查。"


@pytest.mark.parametrize(("heading", "kept"), [
    ("三、强化安全生产包拿证监督管理", "三、强化安全生产监督管理"),
    ("三、不考试包拿证", None),  # the heading is the advert's: nothing of it is left
])
def test_a_piece_planted_in_a_numbered_subheading_goes_not_the_heading(
        clean: LexiconSpam, heading: str, kept: str | None) -> None:
    text = f"{ARTICLE}\n{heading}\n{AFTER}\n{ADVERT}"
    lines = clean(Doc("d", text=text)).text.split("\n")
    assert ADVERT not in lines
    if kept is None:
        assert not any("包拿证" in ln for ln in lines)
        assert "三、" not in "".join(lines)
    else:
        assert kept in lines


PAGE = """某县开展安全生产培训三千人次包拿证
发布日期：2026-03-02　来源：某县应急管理局

今年以来，县应急管理局围绕重点行业开展安全生产培训，全年完成各类培训三千人次，包拿证覆盖全县企业。
培训课程由行业专家授课，学员结业后参加统一考核，包拿证考核合格率达到九成以上。
县应急管理局负责人表示，将继续扩大培训覆盖面，推动企业落实安全生产主体责任。
某某证书网：各类证书代办，不考试包拿证，全国联网可查。
"""


def test_a_piece_the_lexicon_cut_from_two_body_lines_goes_from_the_headline(
        chain: Callable[[Doc], Doc]) -> None:
    doc = chain(Doc("d", text=PAGE))
    assert doc.dropped is None
    assert doc.meta.title == "某县开展安全生产培训三千人次"
    assert "包拿证" not in doc.text
    assert "学员结业后参加统一考核，考核合格率达到九成以上。" in doc.text
    assert "全年完成各类培训三千人次，覆盖全县企业。" in doc.text


def test_a_piece_in_a_headline_stays_on_a_page_the_lexicon_cut_nothing_from(
        chain: Callable[[Doc], Doc]) -> None:
    # counterexample: a news headline naming the trade's phrase on a page of news about it
    page = ("警方提醒：网上“不考试包拿证”广告多为骗局\n发布日期：2026-03-02　来源：某县公安局\n\n"
            "近日，县公安局接到多起报案，受害人轻信网上“不考试包拿证”的广告，付款后被对方拉黑。\n"
            "民警介绍，职业资格证书须经考核取得，网上代办证书的广告多为诈骗。\n"
            "警方提醒，求职者可登录人社部门官网查询证书真伪，切勿轻信。\n")
    doc = chain(Doc("d", text=page))
    assert doc.meta.title == "警方提醒：网上“不考试包拿证”广告多为骗局"
    assert doc.dropped is None
    assert [r.text for r in doc.removals if r.cleaner.startswith("spam")] == []


BROKER = """精准客户资料购买_客户资料哪里买-某某数据官网
某某数据官网
首页 | 数据样本 | 价格说明 | 联系我们
做装修的去哪里买精准客户数据？某某数据告诉你
发布时间：2026-04-11　来源：某某数据官网
做装修、教育和理财的老板都在找客源，某某数据每天更新精准客户数据十万条，可按城市和行业筛选。
我们提供新楼盘业主名单、股民名单和车主名单，空号率低于百分之五，先发样本再付款。
客户资料一千条起售，量大从优，客服微信kh20260，全天在线。
"""


def test_a_data_brokers_whole_page_is_dropped(chain: Callable[[Doc], Doc]) -> None:
    assert chain(Doc("d", text=BROKER)).dropped is not None


def test_a_weight_two_term_cut_from_two_body_lines_stays_in_the_headline(
        chain: Callable[[Doc], Doc]) -> None:
    # counterexample: a term news also prints (证书代办, weight 2) may be the report's topic
    page = PAGE.replace("包拿证", "证书代办").replace("不考试证书代办", "不考试包拿证")
    doc = chain(Doc("d", text=page))
    assert doc.meta.title == "某县开展安全生产培训三千人次证书代办"
    assert "证书代办" not in doc.text
