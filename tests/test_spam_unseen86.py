"""Spam shapes of batch spamunseen86 (gl596-gl604): each rule with what it takes and what an
article's own text it leaves."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam.lexicon import tag_row

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


@pytest.mark.parametrize(("before", "after", "row"), [
    ("本文标签：某某棋牌 秋粮收购 粮食", "本文标签： 秋粮收购 粮食", True),
    ("关键词：乡村振兴、某某娱乐、人居环境", "关键词：乡村振兴、、人居环境", True),
    ("文章標籤：某某娛樂 油麻地 果欄", "文章標籤： 油麻地 果欄", True),
    # counterexamples: nothing cut, one item, a sentence after the label, no tag label
    ("本文标签：秋粮收购 粮食", "本文标签：秋粮收购 粮食", False),
    ("标签：某某棋牌", "标签：", False),
    ("关键词：某某娱乐是近期查处的平台之一。", "关键词：是近期查处的平台之一。", False),
    ("风险提示：购房有风险，某某娱乐 投资需谨慎", "风险提示：购房有风险， 投资需谨慎", False),
])
def test_a_tag_row_a_brand_was_cut_from_goes_whole(before: str, after: str, row: bool) -> None:
    assert tag_row(before, after) is row


QA_HEAD = ("某县医保局\n城乡居民医保参保缴费政策问答\n发布日期：2026-11-05　来源：县医保局\n"
           "　　为方便群众了解政策，现将群众关心的问题解答如下。\n"
           "　　问：集中缴费期是什么时间？\n"
           "　　答：集中缴费期为2026年11月1日至2027年2月28日，逾期不再办理。\n")


def test_a_searchers_question_goes_with_its_advert_answer(chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=QA_HEAD + "　　问：手机上玩哪个平台比较正规？\n"
                    "　　答：推荐某某娱乐官方app，新人注册领取体验金，提款五分钟到账。\n"
                    "　　问：可以通过哪些方式缴费？\n"
                    "　　答：群众可通过银行网点柜台、村代收点等方式缴费。\n")).text
    assert "哪个平台" not in out
    assert "体验金" not in out
    assert "问：可以通过哪些方式缴费？" in out
    assert "问：集中缴费期是什么时间？" in out


def test_an_articles_question_stays_before_an_advert_answer(chain: Callable[[Doc], Doc]) -> None:
    # a question that asks what a searcher does not (no trade's words, no 哪个平台好) is the
    # article's own: only the advert goes
    out = chain(Doc("d", text=QA_HEAD + "　　问：困难群众参保有哪些资助政策？\n"
                    "　　答：推荐某某娱乐官方app，新人注册领取体验金，提款五分钟到账。\n")).text
    assert "问：困难群众参保有哪些资助政策？" in out
    assert "体验金" not in out


NEWS = ("某县新闻网\n某县秋季农田水利建设全面铺开\n2026-10-09　来源：某县新闻网\n"
        "　　近日，全县秋冬季农田水利建设全面铺开，各乡镇组织力量清淤沟渠、整修塘坝。"
        "{a}县水利局派出技术人员分片指导，确保工程质量。\n"
        "　　截至目前，全县已完成清淤沟渠八十余公里，整修山塘水库二十三座。"
        "{b}县水利局相关负责人表示，将加快推进项目建设进度。\n")


def test_the_rest_of_a_sentence_a_cut_brand_opened_goes_when_it_sells(
        chain: Callable[[Doc], Doc]) -> None:
    out = chain(Doc("d", text=NEWS.format(
        a="岚澈娱乐官方app安全稳定，下载即送新人礼包。",
        b="岚澈娱乐官方app注册即领体验金，提款秒到。"))).text
    assert "岚澈" not in out
    assert "礼包" not in out
    assert "体验金" not in out
    assert "确保工程质量。" in out
    assert "二十三座。县水利局相关负责人" in out


def test_an_articles_sentence_after_a_cut_brand_stays(chain: Callable[[Doc], Doc]) -> None:
    # the brand planted at a sentence's start goes; the sentence is the article's: no offer
    out = chain(Doc("d", text=NEWS.format(a="岚澈娱乐官方app", b="岚澈娱乐官方app"))).text
    assert "岚澈" not in out
    assert "县水利局派出技术人员分片指导" in out
    assert "县水利局相关负责人表示" in out
