"""Round spammeta52: a mirror's brand in the page's metadata (its title's suffix, its 来源 or
author field) goes, a real publisher stays; and an advert's line ending on a contact handle is
not joined to the article's paragraph under it, whose sentence its cut would take. Every
string here is invented for the test; none is a page's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners import clean_text
from cleaners.document import Doc, Meta
from cleaners.layout import unwrapped
from cleaners.spam.brands import CoinedBrands
from cleaners.spam.metafields import brand_value
from cleaners.spam.stats import shared_stats

if TYPE_CHECKING:
    from cleaners.spam.stats import ChineseStats

BODY = ("近日，某某街道背街小巷改造工程正式启动，首批12条小巷将于年内完工，惠及居民近千户。\n"
        "街道相关负责人表示，将严格把好施工安全和质量关，逐步在辖区其他小巷推广。")


@pytest.fixture(scope="module")
def stats() -> ChineseStats:
    return shared_stats()


@pytest.mark.parametrize("value", [
    "金恒娱乐(中国)官方网站",
    "金恒娱乐·(中国)官方网站",
    "华鼎体育（中国）官网入口",
    "AB娱乐(中国)官方网站",
    "瑞达棋牌官网",  # a gaming word: a casino's
    "澳门新葡京官网",  # an operator's name the lexicon knows
])
def test_a_brand_value_is_read_on_a_clean_page(stats: ChineseStats, value: str) -> None:
    assert brand_value(value, stats, page_spam=False)


@pytest.mark.parametrize("value", ["华鼎体育官网入口", "鸿泰国际APP下载", "金恒娱乐官方网站"])
def test_a_shaped_value_goes_on_a_page_with_spam_cut(stats: ChineseStats, value: str) -> None:
    assert brand_value(value, stats, page_spam=True)
    assert brand_value(value, stats, page_spam=False) is None


@pytest.mark.parametrize("value", [
    "人民网", "新华社", "中国体育报", "市体育局", "省体育局官方网站", "国家体育总局官方网站",
    "环球国际旅行社", "鸿泰国际 旅行社", "中国体育彩票官网", "中国福利彩票官方网站",
    "县文化旅游局", "某某日报", "新华网体育频道",
    # a headline naming a casino's case says more than its name
    "警方破获澳门新葡京网络赌博案",
])
def test_a_real_publisher_is_never_a_brand(stats: ChineseStats, value: str) -> None:
    assert brand_value(value, stats, page_spam=True) is None


def test_a_sports_platforms_app_stays_a_publisher_on_a_clean_page(stats: ChineseStats) -> None:
    # an app with a product word and a promo word, no country in brackets, no gaming word
    assert brand_value("央视体育客户端", stats, page_spam=False) is None


def test_the_title_loses_the_brand_and_the_source_field_is_none() -> None:
    page = ("金恒娱乐(中国)官方网站-手机APP下载\n"
            "首页 > 城建 > 正文\n"
            "某某街道启动背街小巷改造工程-金恒娱乐(中国)官方网站\n"
            "发布时间：2026-06-01 09:30  来源：金恒娱乐·(中国)官方网站  作者：王某某\n"
            f"{BODY}\n"
            "Copyright © 金恒娱乐(中国)官方网站 版权所有")
    doc = clean_text(page)
    assert doc.meta.title == "某某街道启动背街小巷改造工程"
    assert doc.meta.source_name is None
    assert doc.meta.authors == ("王某某",)
    cut = {(r.rule, r.where, r.text) for r in doc.removals if r.cleaner == "spam.brands"}
    assert cut == {("brand_in_title", "title", "金恒娱乐(中国)官方网站"),
                   ("brand_as_source", "source_name", "金恒娱乐·(中国)官方网站")}


@pytest.mark.parametrize(("title", "source"), [
    ("某某街道启动背街小巷改造工程-人民网", "人民网"),
    ("某某街道启动背街小巷改造工程_市体育局", "市体育局"),
    ("市运动会开幕 | 中国体育报", "中国体育报"),
    ("某某国际旅行社推出研学线路", "某某国际旅行社"),
    ("某某街道启动背街小巷改造工程-央视体育客户端", "央视体育客户端"),
])
def test_a_real_publishers_title_and_source_stay(title: str, source: str) -> None:
    page = f"{title}\n发布时间：2026-06-01 09:30  来源：{source}  作者：王某某\n{BODY}"
    doc = clean_text(page)
    assert doc.meta.source_name == source
    assert doc.meta.title
    assert title.startswith(doc.meta.title)  # meta.lines's own reading
    assert not [r for r in doc.removals if r.where in ("title", "source_name", "authors")
                and r.cleaner.startswith("spam.")]


def test_a_brand_read_as_the_author_goes() -> None:
    doc = Doc("d", text=BODY, meta=Meta(title="某某街道启动背街小巷改造工程",
                                         authors=("王某某", "金恒娱乐(中国)官方网站")))
    out = CoinedBrands()(doc)
    assert out.meta.authors == ("王某某",)
    assert [(r.rule, r.where) for r in out.removals] == [("brand_as_author", "authors")]


def test_a_title_that_is_only_the_brand_is_kept_whole() -> None:
    # cutting would leave no headline: the title is read as it is
    doc = Doc("d", text=BODY, meta=Meta(title="金恒娱乐(中国)官方网站-首页"))
    assert CoinedBrands()(doc).meta.title == "金恒娱乐(中国)官方网站-首页"


# Two news paragraphs with an advert's line between them, ending on a contact handle with no
# stop: the widest line of a short page, read as a dump's row broken at the width.
ARTICLE = "会议强调，各乡镇要把秋冬季农田水利建设作为当前的重点工作抓紧抓实。"
AFTER = "全县已完成清淤沟渠八十余公里。"


@pytest.mark.parametrize("advert", [
    "网赌被黑不给出款怎么办？专业出黑团队，先出款后收费，薇：ｂｌａｃｋ５８８",
    "网赌被黑不给出款怎么办？专业出黑团队，先出款后收费，客服微信 black588",
    "网赌被黑不给出款怎么办？专业出黑团队，先出款后收费，详情访问 www.ab588.com",
])
def test_an_advert_ending_on_a_handle_keeps_the_article_under_it(advert: str) -> None:
    page = f"{ARTICLE}\n{advert}\n{AFTER}"
    assert unwrapped(page) == page
    assert clean_text(page).text == f"{ARTICLE}\n{AFTER}"


def test_a_dumps_rows_broken_mid_clause_are_still_joined() -> None:
    # a page saved as text, broken every 20 characters: rows ending on a Latin word or a
    # number (5G, a service's short number) go on with the Han text under them
    rows = ["某某县今年新建农村公路一百二十公里，完成", "危桥改造十八座，群众出行条件明显改善。", "",
            "县里今年将加快推进千兆光网和基站建设，建5G", "基站三百余个，实现乡镇全覆盖。", "",
            "据了解，该县已连续三年获评全省农村公路建", "设先进县，相关经验在全省推广。", "",
            "该县还将开通政务服务热线，服务电话12345", "转接各乡镇，群众可随时咨询办事流程。"]
    assert unwrapped("\n".join(rows)).split("\n\n") == [
        "某某县今年新建农村公路一百二十公里，完成危桥改造十八座，群众出行条件明显改善。",
        "县里今年将加快推进千兆光网和基站建设，建5G基站三百余个，实现乡镇全覆盖。",
        "据了解，该县已连续三年获评全省农村公路建设先进县，相关经验在全省推广。",
        "该县还将开通政务服务热线，服务电话12345转接各乡镇，群众可随时咨询办事流程。"]


def test_a_dumps_row_ending_on_a_handle_goes_on_in_latin_letters() -> None:
    # an address broken at the width goes on in Latin letters: still joined
    rows = ["某某县政务服务中心提醒，办事群众可登录网站查询，网址：www.",
            "example.gov.cn，也可拨打服务热线咨询相关事项，工作人员将及时",
            "解答。",
            "某某县政务服务中心提醒，办事群众可登录网站查询，网址是本县的",
            "门户网站，也可拨打服务热线咨询相关事项，工作人员将及时答复。"]
    out = unwrapped("\n".join(rows))
    assert "网址：www.example.gov.cn，也可拨打" in out
