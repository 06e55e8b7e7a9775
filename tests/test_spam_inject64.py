"""Round inject64: on a page proven a mirror by many cuts, a brand-like token with lower-case
Latin letters planted once anywhere (某某app between words, ab体育, hy777 after a mark), and a
coined brand whose name is a rare three-character word of the language (lucky words: 聚宝盆,
摇钱树) read as the name and its product word."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import CoinedBrands, InjectedFragments, LexiconSpam
from tests.test_spam_injection import _MIRROR_PAGE


def _mirror_rest(other: str) -> str:
    """``other``'s line cleaned under test_spam_injection's mirror page (cut at six sites or
    more: MIRROR_CUTS)."""
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text=_MIRROR_PAGE.format(other=other))))
    return doc.text.split("\n")[-1]


def _plain(text: str) -> str:
    """``text`` cleaned alone: a page nothing else proves."""
    return InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


# --- a brand-like token with Latin letters (某某app, ab体育, hy777) ----------------------

@pytest.mark.parametrize(("line", "brand"), [
    # a Han name that is a word (摇钱树, 聚宝盆: no coined name alone) glued before Latin
    # letters, set between words or at a line's end
    ("全市空气质量优良天数比例摇钱树app持续提高。", "摇钱树app"),
    ("全市空气质量优良天数比例持续提高。摇钱树app", "摇钱树app"),
    ("记者从现场获悉，聚宝盆app工作人员正在清点物资。", "聚宝盆app"),
    # a Latin name with a number after a full stop, no Han character beside it
    ("资金流水高达数亿元。jx668", "jx668"),
])
def test_a_lettered_token_planted_once_goes_from_a_mirror(line: str, brand: str) -> None:
    assert _mirror_rest(line) == line.replace(brand, "")


@pytest.mark.parametrize("line", [
    # after the verb that uses it or a citing word: the article's app
    "市民可下载聚鑫app办理社保业务。",
    "居民在聚鑫app上就能预约挂号。",
    # named after its kind, or before what it is: news about the site
    "警方查明，赌博网站jx668共有会员三千余人。",
    "办案民警介绍，jx668平台的服务器设在境外。",
    # quoted
    "居民们把这款软件叫作“聚鑫app”。",
])
def test_a_cited_lettered_token_stays_on_a_mirror(line: str) -> None:
    assert _mirror_rest(line) == line


def test_a_lettered_token_stays_on_a_page_no_cut_proves() -> None:
    text = "老旧小区改造完成后，居民聚鑫app出行更加方便。\n新建的城市书房已经开放，市民纷纷点赞。"
    assert _plain(text) == text


# --- a coined name that is a rare three-character word (聚宝盆, 摇钱树) -------------------

@pytest.mark.parametrize(("line", "brand"), [
    ("新建的城市书房聚宝盆棋牌已经开放，市民纷纷点赞。", "聚宝盆棋牌"),
    ("村里的年轻人摇钱树娱乐大多外出打工。", "摇钱树娱乐"),
    ("新建的城市书房好运来体育已经开放，市民纷纷点赞。", "好运来体育"),
    ("居民们在社区广场上大赢家彩票跳起了广场舞。", "大赢家彩票"),
])
def test_a_word_named_long_brand_planted_once_goes_from_a_mirror(line: str, brand: str) -> None:
    assert _mirror_rest(line) == line.replace(brand, "")


@pytest.mark.parametrize("line", [
    # cited or quoted
    "不少市民下载聚宝盆棋牌后上当受骗。",
    "这家名为“聚宝盆棋牌”的网站已被查封。",
    # the name printed again on the page: the article's word
    "民间传说里的聚宝盆寄托着愿望，聚宝盆棋牌室里却传出了哭声。",
])
def test_a_word_named_long_brand_the_article_writes_stays(line: str) -> None:
    assert _mirror_rest(line) == line


def test_a_word_named_long_brand_stays_on_a_page_no_cut_proves() -> None:
    text = "新建的城市书房聚宝盆棋牌已经开放，市民纷纷点赞。\n社区工作人员每天上门走访独居老人。"
    assert _plain(text) == text


def test_a_lettered_brand_after_a_product_word_goes_whole() -> None:
    # a coined name, a product word and letters (某某电竞app) are one brand: the lettered-token
    # rule must not take the letters with a piece of the product word (竞app) and leave the rest
    # (in a news-like line, where the rules that read a name before a product word wait)
    line = "今年以来共办理案件三十余起，乐颂电竞app涉案金额逾百万元。"
    page = _MIRROR_PAGE.format(other=line)
    doc = CoinedBrands()(InjectedFragments()(LexiconSpam()(Doc("d", text=page))))
    assert doc.text.split("\n")[-1] == "今年以来共办理案件三十余起，涉案金额逾百万元。"
