"""Certificate mills, data brokers and spyware touts (round spamlex83); their advert rows and
the news lines naming their nouns are in test_spam_new_trades.py's lists. A broker's whole page
is dropped; a piece planted in a numbered subheading goes, not the heading, and one the lexicon
cut from two body lines goes from the headline too (a weight-2 term stays there)."""

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
