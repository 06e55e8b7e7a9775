"""Spam kinds the gold_like pages had not held (round spamunseen65, gl502-gl507): investment
and rebate touts with a 带单老师 between emoji, fake pharmacy and VPN service lines, a selling
phrase set into a sentence between the same emoji, and a spaced-out address with the
instruction that goes with it. Every string here is invented for the test; none is a page's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam.lexicon import shared_lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

ARTICLE = "会议强调，各乡镇要把秋冬季农田水利建设作为当前的重点工作抓紧抓实。"
AFTER = "全县已完成清淤沟渠八十余公里。"
# a paragraph of another length: three lines of like length would read as a page hard-wrapped
# at a fixed width (normalize.text joins them again)
MORE = "截至目前，全县共投入资金一千二百万元，新建和维修小型水利设施三百四十处，受益农田达五万余亩，群众满意度明显提升。"


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


def _clean(chain: Callable[[Doc], Doc], *lines: str) -> str:
    return chain(Doc("d", text="\n".join([ARTICLE, *lines, MORE, AFTER]))).text


def test_no_coined_brand_of_the_pages_is_in_a_lexicon() -> None:
    # the pages' brands are found by shape and evidence, as on the hidden set
    entries = shared_lexicon().entries
    assert not any(name in entries for name in (
        "鑫博娱乐", "鑫博", "鼎丰国际", "鼎丰", "永盛国际", "永盛", "鸿兴体育", "鸿兴", "hxt",
        "jinhui", "ruyi", "xinghui"))


@pytest.mark.parametrize("lines", [
    ("🔥资深带单老师一对一指导，稳赚不赔，日收益5%起，加老师V：ab8866 进群领取每日牛股🔥",),
    ("翻墙VPN加速器 稳定不掉线 秒连外网 永久免费试用 官网下载",),
    # (alone, the pharmacy line loses its pieces with hits and its handle only: the pieces
    # with none, 正品保证 货到付款, are nothing a rule may cut)
    ("进口处方药无需处方 正品保证 货到付款 隐私包装发货 咨询薇：ab5588",
     "专业黑客团队 改成绩改分数 查开房记录 先办事后付款 QQ：3345678"),
])
def test_a_touts_line_between_paragraphs_goes(chain: Callable[[Doc], Doc],
                                              lines: tuple[str, ...]) -> None:
    assert _clean(chain, *lines) == f"{ARTICLE}\n{MORE}\n{AFTER}"


@pytest.mark.parametrize("line", [
    # counterexamples: warnings and case reports name the scams' words (刷单返利, 带单老师,
    # 稳赚不赔, 翻墙, 无需处方, 隐私包装); a line between emoji with a number and nothing sold
    "警方提醒，刷单返利类诈骗是当前发案最多的电信网络诈骗类型，凡是刷单都是诈骗。",
    "所谓“带单老师”实为诈骗团伙成员，以稳赚不赔为诱饵诱导受害人向虚假平台投资。",
    "执法人员检查发现，部分网店销售处方药无需处方，并以隐私包装发货逃避监管，已被依法查处。",
    "警方破获一起非法销售翻墙软件案，犯罪嫌疑人通过网络招揽客户，非法获利十余万元。",
    "📢温馨提示：本周六上午9点起开放预约，咨询电话13800001234📢",
])
def test_news_and_notices_naming_those_words_stay(chain: Callable[[Doc], Doc], line: str) -> None:
    assert line in _clean(chain, line)


def test_a_selling_word_between_emoji_inside_a_sentence_goes(
        chain: Callable[[Doc], Doc]) -> None:
    # a topic word (刷单返利) between the same emoji, the sentence running on after it, on a
    # page an advert proves; and a selling phrase between emoji in a news-like line
    out = _clean(chain, "要把群众的小事当成自己的大事来办，💰刷单返利💰让党旗在网格中高高飘扬。",
                 "🔥资深带单老师一对一指导，稳赚不赔，加老师V：ab8866 进群领取每日牛股🔥",
                 "警方查明，该团伙通过社交软件🎲真人荷官🎲拉拢群众参与网络赌博。")
    assert "要把群众的小事当成自己的大事来办，让党旗在网格中高高飘扬。" in out
    assert "该团伙通过社交软件拉拢群众参与网络赌博。" in out


@pytest.mark.parametrize("line", [
    # counterexamples: emoji around a word no lexicon holds, a topic word between emoji that
    # stands apart (a styled heading), a scam's name with no emoji
    "同学们🎉欢聚一堂🎉共同庆祝建校六十周年。",
    "🔥刷单返利🔥，警方提醒：凡是刷单都是诈骗。",
    "该团伙以刷单返利为名实施诈骗，涉案金额三百余万元。",
])
def test_plain_lines_with_emoji_or_the_words_stay(chain: Callable[[Doc], Doc], line: str) -> None:
    assert line in _clean(chain, line)


def test_a_spaced_address_goes_with_its_instruction(chain: Callable[[Doc], Doc]) -> None:
    out = _clean(chain, "最新网址 w w w . a b 6 6 8 . c o m 复制到浏览器打开")
    assert out == f"{ARTICLE}\n{MORE}\n{AFTER}"


def test_a_notices_own_instruction_stays(chain: Callable[[Doc], Doc]) -> None:
    # counterexample: no disguised address before it
    line = "报名请登录区教育局网站，报名链接请复制到浏览器打开，填写完毕后点击提交。"
    assert line in _clean(chain, line)
