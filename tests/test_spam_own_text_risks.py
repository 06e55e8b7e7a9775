"""Three ways the spam cleaners risked an article's own text (issue 4: no false positives),
each probed with clean articles of our own holding the words in ordinary use and with mirrors
built from them:

1. spam.lexicon's scan took the leftmost longest term, so a lighter term overlapping a heavier
   one hid the stronger evidence; the span now reads as the heaviest term it holds.
2. spam.injection's row echoes (strings of a spam row chrome took, cut where they recur) cut
   the article's 手机 and 兼职 where they are objects of its sentences, on a page the row
   alone proves.
3. spam.lexicon's advert sentence took the article's own clause beside the advert (up to 28
   characters besides the advert's); now only the advert's clauses go."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam import InjectedFragments, LexiconSpam
from cleaners.spam.lexicon import _strongest_overlaps, shared_lexicon

from .conftest import shared_path

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


# 1. A heavier term inside or across a lighter one ------------------------------------------

LIGHT = ("手机兼职", 2, "ads", "promo")  # a pair of terms of our own, as the lexicon stores them
HEAVY = ("兼职刷单", 3, "ads", "promo")


def test_a_heavier_term_overlapping_a_lighter_one_is_the_spans_evidence() -> None:
    # 手机兼职刷单: the leftmost longest is the lighter 手机兼职; the span reads as 兼职刷单
    assert _strongest_overlaps([(0, 4, LIGHT), (2, 6, HEAVY)]) == [(0, 6, HEAVY)]
    # a heavier term inside a longer lighter one (…手机兼职刷单 listed at weight 2)
    longer = ("手机兼职刷单", 2, "ads", "promo")
    assert _strongest_overlaps([(0, 6, longer), (2, 6, HEAVY)]) == [(0, 6, HEAVY)]


def test_a_lighter_or_topic_term_overlapping_leaves_the_span_as_it_was() -> None:
    assert _strongest_overlaps([(0, 4, HEAVY), (2, 6, LIGHT)]) == [(0, 4, HEAVY)]
    topic = ("兼职刷单", 3, "ads", "term")  # vocabulary counts; it proves no advert
    assert _strongest_overlaps([(0, 4, LIGHT), (2, 6, topic)]) == [(0, 4, LIGHT)]
    apart = [(0, 4, LIGHT), (4, 8, HEAVY)]
    assert _strongest_overlaps(apart) == apart


def test_the_scan_reads_a_lexicon_brand_a_lighter_brand_overlaps() -> None:
    # 亚博 (weight 2) overlaps 博天堂 (weight 3): the hit is the weight-3 brand over both
    hits = shared_lexicon().scan("亚博天堂在线")
    assert [(h.start, h.end, h.term, h.weight) for h in hits] == [(0, 4, "博天堂", 3)]


# 2. Row echoes: the article's own words where the spam row is the only proof ----------------

HEAD = "江北日报\n首页 > 新闻 > 本地\n{title}\n2025-02-20 08:45 来源：江北日报 记者 马骏 通讯员 钱芳\n"
TAIL = ("本文仅代表作者观点,不代表本站立场。\n手机兼职日赚300 兼职刷单官网 手机兼职平台注册\n"
        "友情链接\n©2025 Powered By 今日快讯网 - 网站地图\n")
OWN_USE = [  # news, government and party-building paragraphs using 手机 and 兼职 as objects
    ("江北区开展寒假大学生社会实践活动 三百余名学生走进社区", [
        "寒假期间,江北区团委组织三百余名返乡大学生走进社区、企业和乡村,开展为期一个月的社会实践活动。",
        "在光明社区,大学生志愿者手把手教老人使用手机挂号、缴纳水电费,不少老人第一次用手机完成了线上缴费。",
        "在区人力资源市场,部分学生在企业做起兼职,担任导购、文员等岗位,积累工作经验。“这份兼职让我更了解家乡的企业。”大学生李明说。",
        "区团委负责人表示,下一步将持续搭建实践平台,引导青年学生在基层一线增长才干。"]),
    ("我市政务服务“掌上办”事项突破八百项", [
        "记者从市政务服务中心获悉,我市“掌上办”事项已突破八百项,群众办事更加便捷。",
        "市民只需下载手机应用,即可办理社保查询、公积金提取等业务,全程用手机完成。",
        "不少在外兼职的灵活就业人员也通过手机办理了参保登记,享受到兼职期间的工伤保障。",
        "市政务服务中心负责人表示,将持续推进更多高频事项网上办、掌上办。"]),
]


def _page(title: str, paras: list[str]) -> str:
    return HEAD.format(title=title) + "\n".join(paras) + "\n" + TAIL


@pytest.mark.parametrize(("title", "paras"), OWN_USE)
def test_a_spam_rows_words_the_article_uses_as_objects_stay(chain: Callable[[Doc], Doc],
                                                             title: str, paras: list[str]) -> None:
    doc = chain(Doc("d", text=_page(title, paras)))
    assert doc.text.split("\n") == paras


def test_a_spam_rows_pieces_planted_between_words_still_go(chain: Callable[[Doc], Doc]) -> None:
    paras = ["记者从区住建局获悉,今年以来江北区已为老旧小区加装电梯八十台,惠及居民两千余户。",
             "“以前上下楼要歇好几回,现在电梯直接到家门口。”家住光明小区的居民周淑华说。",
             "加装电梯涉及规划审批、管线迁改和资金筹措等多个环节,区里成立工作专班,一梯一策推进。",
             "下一步,江北区将继续摸排需求,力争年内再完成加装电梯一百台。"]
    planted = [paras[0].replace("台,", "台,手机"), paras[1].replace("回,", "回,兼职") + "手机",
               paras[2].replace("节,", "节,兼职"), paras[3]]
    doc = chain(Doc("d", text=_page("江北区老旧小区加装电梯工作全面推进", planted)))
    assert doc.text.split("\n") == paras


# 3. The advert sentence: only the advert's clauses --------------------------------------------

ARTICLE = ["我县召开2025年就业工作推进会，会议总结了上半年全县稳就业保民生各项工作。",
           "会议强调，要坚持把就业工作摆在突出位置。",
           "下一步，各乡镇要持续做好高校毕业生、退役军人等重点群体就业帮扶工作。"]
SEED = "004_430d29aad108b5a3"  # a page carrying chopped spam and known brands


@pytest.mark.parametrize(("line", "kept"), [
    ("今年以来全县新增城镇就业岗位三千二百余个，兼职刷单日赚三百加微信abc12345。",
     "今年以来全县新增城镇就业岗位三千二百余个。"),
    ("兼职刷单日赚三百加微信abc12345，全县新增城镇就业岗位三千二百余个。",
     "全县新增城镇就业岗位三千二百余个。"),
    ("全县新增就业岗位三千余个，兼职刷单日赚三百，加微信abc12345，当天结算。",
     "全县新增就业岗位三千余个。"),
    ("会议指出，兼职刷单加微信abc12345，城乡居民收入稳步增长。", "城乡居民收入稳步增长。"),
    ("全县新增就业岗位三千余个，兼职刷单加微信abc12345，城乡居民收入稳步增长。",
     "全县新增就业岗位三千余个，城乡居民收入稳步增长。"),
])
@pytest.mark.parametrize("proven_by_seed", [False, True])
def test_an_advert_sentence_leaves_the_articles_own_clauses(line: str, kept: str,
                                                            proven_by_seed: bool) -> None:
    base = ARTICLE
    if proven_by_seed:
        seed = shared_path("seeds", f"{SEED}.txt").read_text("utf-8").split("\n")
        base = [*seed[: len(seed) // 2], *ARTICLE, *seed[len(seed) // 2 :]]
    doc = InjectedFragments()(LexiconSpam()(Doc("d", text="\n".join([*base, line]))))
    lines = doc.text.split("\n")
    assert kept in lines
    assert "兼职刷单" not in doc.text
    assert "abc12345" not in doc.text
    assert all(para in lines for para in ARTICLE)


@pytest.mark.parametrize("line", [
    "正规平台，兼职刷单日赚三百，加微信abc12345，当天结算。",  # sales talk in every clause
    "想赚钱的朋友看过来兼职刷单加微信abc12345。",  # no clause mark: the sentence as before
])
def test_an_advert_of_its_own_clauses_goes_whole(line: str) -> None:
    doc = LexiconSpam()(Doc("d", text="\n".join([*ARTICLE, line])))
    assert doc.text.split("\n")[: len(ARTICLE)] == ARTICLE
    assert doc.text.rstrip("\n").split("\n")[len(ARTICLE) :] in ([], [""])
