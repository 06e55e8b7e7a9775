"""Selling lines with a contact handle (round spam41, cleaners/spam/handles.py): a short line of
a trade's selling pieces ending on a person's handle after its contact word, alone between an
article's paragraphs, goes whole in both scripts; an article's or an office's line with a
handle (crime news, a hotline, a school's QQ group, a lottery station's phone, a police
warning, a recruitment notice) stays. All strings are our own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam import LexiconSpam
from cleaners.spam.handles import handle_line_why
from tests.scripts import to_traditional

if TYPE_CHECKING:
    from collections.abc import Callable


BEFORE = "会议指出，全县各级各部门要扎实抓好春耕备耕各项工作，确保粮食生产稳中有进。"
AFTER = "目前，全县农资储备充足，农机具检修到位，技术指导队伍已深入田间地头。"

ADVERTS = (
    "福运彩票跟单群 稳定盈利 加QQ 3829104756 免费领取每日计划",
    "幸运飞艇精准计划 导师带单 VX：fx52813",
    "专业代开发票 各行业均可 手机 13587462190",
    "各类证件快速办理 全国可查 V信 zj66120",
    "网贷秒批 黑白户均可 当天放款 微信 wd887766",
    "在家兼职打字 日结工资 加QQ 2049381756",
    "私家侦探 寻人查址 电话 15920483176",
    "代孕机构 包成功 微信 sy20250",
    "黑客接单 查通话记录 飞机 @hkjd668",
    "六合彩内部资料 一肖一码 加群 462819375",
    "棋牌室上下分 秒上秒下 扣扣 3310294857",
    "外围足球投注 高赔率 微信 wq88521",
    "手机网赚项目 零投入 日赚五百 VX wz52013",
    "幸运28计划 稳定回本 VX: xy52088 每天免费分享三期计划",
)
# Lines of news, notices and services with a handle, which must stay.
KEEP = (
    "警方提醒：刷单兼职均为诈骗，发现可疑情况请拨打96110。",
    "该团伙以彩票计划群为幌子诱骗群众投注，涉案金额达300余万元。",
    "2026年招生咨询电话：0551-62781234，招生咨询QQ群：518203947。",
    "福利彩票投注站 地址：解放路26号 电话：0512-67892345",
    "招聘保洁员2名，年龄55岁以下，联系电话：13812345678，李女士。",
    "中国联通客服热线10010，全天为用户服务。",
    "被告人通过微信群发布代开发票信息，被判处有期徒刑二年。",
    "本期大乐透开奖号码为05、11、18、26、33，后区03、09。",
    "驾校报名咨询 电话 0371-66012345 QQ 2850193746",
    "记者拨打其公布的手机号码13900001111，对方始终无人接听。",
    "失物招领 黑色钱包一个 手机 13912345678 请失主速来认领",
)


@pytest.fixture(scope="module")
def clean() -> LexiconSpam:
    return LexiconSpam()


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


# An advert written as a sentence in clauses: left to the clause readers (which keep an
# article's own clauses around an advert's: tests/test_spam_own_text_risks.py); the chain
# still takes it whole.
SENTENCE_ADVERTS = ("代开发票，点数低，微信：fp88901。",)


@pytest.mark.parametrize("line", SENTENCE_ADVERTS)
def test_an_advert_sentence_is_left_to_the_clause_readers(line: str) -> None:
    assert handle_line_why(line) is None
    assert handle_line_why("全县新增就业岗位三千余个，兼职刷单加微信abc12345，城乡居民收入稳步增长。") is None


@pytest.mark.parametrize("line", ADVERTS)
def test_a_selling_line_with_a_handle_is_read(line: str) -> None:
    assert handle_line_why(line) is not None


@pytest.mark.parametrize("line", KEEP)
def test_a_framed_line_with_a_handle_is_not_read(line: str) -> None:
    assert handle_line_why(line) is None


@pytest.mark.parametrize("script", [str, to_traditional])
@pytest.mark.parametrize("line", ADVERTS + SENTENCE_ADVERTS)
def test_the_line_goes_whole_between_paragraphs(chain: Callable[[Doc], Doc], line: str,
                                                script: Callable[[str], str]) -> None:
    before, ad, after = script(BEFORE), script(line), script(AFTER)
    doc = chain(Doc("d", text=f"{before}\n\n{ad}\n\n{after}"))
    assert ad not in doc.text
    assert before in doc.text
    assert after in doc.text


@pytest.mark.parametrize("script", [str, to_traditional])
@pytest.mark.parametrize("line", KEEP)
def test_a_framed_line_stays(clean: LexiconSpam, line: str,
                             script: Callable[[str], str]) -> None:
    # counterexamples: news and warnings about the trades, a school's, a station's, an
    # employer's and a company's contacts, a draw's numbers
    text = script(f"{BEFORE}\n{line}\n{AFTER}")
    assert clean(Doc("d", text=text)).text == text


def test_the_handle_line_proves_no_mirror(chain: Callable[[Doc], Doc]) -> None:
    # An advert line is no chopped phrase: the article's own words around it stay whole.
    ad = "网贷秒批 黑白户均可 当天放款 微信 wd887766"
    doc = chain(Doc("d", text=f"{BEFORE}\n\n{ad}\n\n{AFTER}"))
    assert doc.text == f"{BEFORE}\n{AFTER}" or doc.text == f"{BEFORE}\n\n{AFTER}"
    assert not [r for r in doc.removals if r.cleaner == "spam.injection"]


def test_gh14_saved_without_its_hiding_rule_loses_the_line() -> None:
    # gh14 hides its selling line by a class rule in <style>; saved without that rule (or as
    # text) the line is in the page, and the line rule takes it on the HTML path too.
    from cleaners import clean_html

    page = Path(__file__).parent / "fixtures" / "gold_html" / "gh14_nuxt_noscript_hidden_spam.html"
    html = page.read_text("utf-8")
    hidden = "@media screen{.kx72{display:none}}"
    assert hidden in html
    doc = clean_html(html.replace(hidden, "").encode(), id="gh14")
    assert "加QQ" not in doc.text
    assert any(r.rule == "handle_line" for r in doc.removals)
    assert "长者食堂" in doc.text


# The contact-handle pattern as first written (round spam41): speed20 spelled its classes out
# as branches so that re skips to their first characters; the matches must stay the same.
_CONTACT_HANDLE_AS_WRITTEN = (
    r"(?:[电電]话|手[机機]|微信|薇信|威信|[vV]信|加[vV]|[vVwW][xX]|(?<![A-Za-z])[qQ]{1,2}|扣扣|"
    r"[群羣][号號]?|[飞飛][机機]|[电電][报報]|(?<![A-Za-z])[tT][gG])\s*(?:[号號][码碼]?)?\s*[:：]?\s*@?\s*"
    r"(?P<handle>(?<![A-Za-z0-9])(?:1[3-9]\d{9}|[1-9]\d{5,10}"
    r"|(?=[A-Za-z0-9_]*(?:\d[A-Za-z_]*){3})[A-Za-z][A-Za-z0-9_]{4,}))(?![A-Za-z0-9-])")


def test_contact_handle_matches_as_first_written() -> None:
    import random
    import re

    from cleaners.spam.handles import CONTACT_HANDLE

    written = re.compile(_CONTACT_HANDLE_AS_WRITTEN)
    rng = random.Random(20)
    alphabet = list("电電话話手机機微薇威信vVwWxXqQtTgG加扣群羣号號码碼飞飛报報 :：@_-aZ0123456789１٣，。\n")
    words = ("电话", "電话", "QQ", "q", "tg", "TG", "vx", "Wx", "群号", "羣號", "微信", "xqq",
             "aTg", "飛機", "电報", "加V", "v信", "扣扣")
    tails = "0123456789abcAB_-１٣ "
    samples = [*ADVERTS, *[to_traditional(a) for a in ADVERTS]]
    for _ in range(20000):
        samples.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))))
        samples.append(rng.choice(("", "a", "1", "中")) + rng.choice(words)
                       + rng.choice(("", " ", "：", ":@", "号码", "號")) + "".join(
                           rng.choice(tails) for _ in range(rng.randint(0, 14)))
                       + rng.choice(("", "a", "-", "中")))
    found = 0
    for text in samples:
        old = [(m.span(), m.span("handle")) for m in written.finditer(text)]
        assert [(m.span(), m.span("handle")) for m in CONTACT_HANDLE.finditer(text)] == old, text
        found += bool(old)
    assert found > 500  # the samples reach the pattern's matches, not only its misses
