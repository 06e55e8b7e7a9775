"""Spam kinds the gold_like pages had not held (round spamunseen63, gl490-gl495): a mirror's
SEO paragraph opening on a searcher's questions and its row of long-tail queries, touts that
claim to get a gambler's blocked winnings out (出黑) with full-width handles, pieces of two
chopped phrases on one page, and an operator's advert sentences left between paragraphs when
hidden text is saved. Every string here is invented for the test; none is a page's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc, Removal
from cleaners.registry import default_chain
from cleaners.spam import LexiconSpam
from cleaners.spam.brands import CoinedBrands
from cleaners.spam.lexicon import query_row, shared_lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

ARTICLE = "会议强调，各乡镇要把秋冬季农田水利建设作为当前的重点工作抓紧抓实。"
AFTER = "全县已完成清淤沟渠八十余公里。"


@pytest.fixture(scope="module")
def clean() -> LexiconSpam:
    return LexiconSpam()


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


def test_no_coined_brand_of_the_pages_is_in_a_lexicon() -> None:
    # the pages' brands are found by shape and evidence, as on the hidden set
    entries = shared_lexicon().entries
    assert not any(name in entries for name in ("博冠体育", "博冠", "永盛娱乐", "鼎盛国际",
                                                "真钱牛牛平台"))


@pytest.mark.parametrize(("row", "gone"), [
    ("网赌被黑不给出款怎么办？专业出黑团队，先出款后收费，薇：ｂｌａｃｋ５８８", "先出款后收费"),
    ("網賭被黑 出黑諮詢 先出款後收費", "出黑"),  # traditional, read through its simplified copy
    ("注单异常不给提现 出黑工作室 ab8899", "注单异常"),
])
def test_a_withdrawal_recovery_tout_goes(clean: LexiconSpam, row: str, gone: str) -> None:
    out = clean(Doc("d", text=f"{ARTICLE}\n{row}\n{AFTER}")).text
    assert out == f"{ARTICLE}\n{AFTER}"
    assert gone not in out


@pytest.mark.parametrize("line", [
    "警方提醒，网赌被黑后寻求所谓“出黑”帮助，往往会遭遇二次诈骗。",
    "受害人称，对方以注单异常、系统维护为由不给提现，随后将其拉黑。",
    "该平台以各种理由不给出款，受害人这才意识到被骗。",
    "民警介绍，所谓出黑团队、专业出黑工作室，其实是骗子的另一个马甲。",
    "受害人王某网赌提不了款后，又轻信了“先出款后收费”的承诺。",
])
def test_a_police_warning_quoting_the_touts_stays(chain: Callable[[Doc], Doc],
                                                  line: str) -> None:
    # counterexamples: news about the scam names its words
    assert line in chain(Doc("d", text=f"{ARTICLE}\n{line}\n{AFTER}")).text


def test_an_seo_paragraph_opening_on_a_searchers_questions_goes(clean: LexiconSpam) -> None:
    line = ("网上买彩哪个平台好？正规平台怎么注册？很多朋友都在问，其实选择持牌的某某官方平台最"
            "放心，新用户注册即送88元，提款秒到。")
    out = clean(Doc("d", text=f"{ARTICLE}\n{line}\n{AFTER}")).text
    assert out == f"{ARTICLE}\n{AFTER}"


@pytest.mark.parametrize("line", [
    "网上买保险哪个平台好？专家提醒，消费者应通过持牌机构购买，注意查看合同条款。",
    "新能源车怎么注册网约车？记者咨询了交通运输部门，工作人员作了详细解答。",
    # a question and an offer, but the question is the article's long opening sentence
    "在全县范围内推广的惠民保险到底靠谱吗？今年参保人数已经超过了十二万人，注册即送体检一次。",
])
def test_a_question_opening_an_articles_paragraph_stays(clean: LexiconSpam, line: str) -> None:
    # counterexamples: no operator's unambiguous offer after the question, or no searcher's
    # short question before it (the lexicon's own term is cut from it as before; the
    # paragraph does not go whole)
    text = f"{ARTICLE}\n{line}\n{AFTER}"
    kept = clean(Doc("d", text=text)).text.split("\n")
    assert len(kept) == 3
    assert kept[1].startswith(line.split("？")[0])


def test_a_row_of_queries_about_a_brand_goes() -> None:
    text = (f"{ARTICLE}\n瑞丰体育app下载安装｜瑞丰体育官网入口在哪里？｜瑞丰体育靠谱吗？｜"
            f"足球买球哪个网站信誉好？\n{AFTER}")
    proof = Removal("spam.lexicon", "x", "a mirror", "注册送彩金", "line 9")
    assert CoinedBrands()(Doc("d", text=text).evolve(removed=[proof])).text == (
        f"{ARTICLE}\n\n{AFTER}")


@pytest.mark.parametrize(("before", "after", "row"), [
    ("某某app下载安装｜某某官网入口在哪里？｜某某靠谱吗？", "安装｜在哪里？｜靠谱吗？", True),
    # counterexamples: a cell the cuts did not touch that asks nothing, too few cells, no cut
    ("某某app下载安装｜使用指南｜常见问题", "安装｜使用指南｜常见问题", False),
    ("某某官网入口在哪里？｜靠谱吗？", "在哪里？｜靠谱吗？", False),
    ("APP下载安装｜怎么注册？｜靠谱吗？", "APP下载安装｜怎么注册？｜靠谱吗？", False),
])
def test_a_query_row_is_every_cell_cut_or_asking(before: str, after: str, row: bool) -> None:
    assert query_row(before, after) is row


@pytest.mark.parametrize("line", [
    "作为亚洲领先的线上娱乐平台，瑞丰国际始终坚持公平公正的原则，为广大玩家提供稳定的体验。",
    "瑞丰国际拥有多种热门游戏，真人视讯、电子游艺、体育投注一应俱全，注册即可畅玩。",
])
def test_a_coined_operators_advert_sentence_goes_whole(clean: LexiconSpam, line: str) -> None:
    out = clean(Doc("d", text=f"{ARTICLE}\n{line}\n{AFTER}")).text
    assert out == f"{ARTICLE}\n{AFTER}"


@pytest.mark.parametrize("line", [
    # a common name before the product word is a word, not a coined operator
    "上海国际马拉松吸引选手三万余人，体育投注站点同步发售纪念彩票，市民体验热情高涨。",
    "作为全国知名的体育彩票销售网点，鸿福国际彩票站今年销量增长两成，吸引不少玩家。",
    "该市体育投注站今年销售体育彩票三亿元，为公益事业筹集资金一亿元。",
])
def test_an_articles_sentence_naming_a_venue_stays(chain: Callable[[Doc], Doc],
                                                   line: str) -> None:
    text = f"{ARTICLE}\n{line}\n{AFTER}"
    assert line in chain(Doc("d", text=text)).text


def test_a_chopped_row_phrases_rest_goes_with_its_piece(chain: Callable[[Doc], Doc]) -> None:
    # two phrases of a mirror's row, chopped: a piece recurs, its next piece is glued to it,
    # and a longer piece of the other phrase is planted once
    text = "\n".join([
        "西岭快讯",
        "首页 > 文化 > 正文",
        "县图书馆开设暑期少儿阅读营",
        "2026-07-05 19:40  来源：县文化旅游局",
        "7月4日，县图书馆暑期少儿阅读营开营，真钱首批六十名小学生参加。据了解，阅读营持续至8月底。",
        "阅读营设置绘本共读、手工制作等课程，志愿者带领孩子走进书海。代开",
        "“孩子放假在家没事做，来这里正好。”家长周丽说，增值税发票孩子很喜欢这里的手工课。",
        "图书馆负责人介绍，阅读营免费参加，真钱牛牛每期限额六十人。",
        "下一步，图书馆将推出更多暑期活动。代开增值",
        "热门搜索：真钱牛牛平台 代开增值税发票 西岭新闻",
    ])
    out = chain(Doc("d", text=text)).text
    for piece in ("真钱", "牛牛", "代开", "增值"):
        assert piece not in out
    assert "家长周丽说，孩子很喜欢" in out
    assert "介绍，阅读营免费参加，每期限额六十人。" in out


def test_a_tax_articles_own_invoice_words_stay(chain: Callable[[Doc], Doc]) -> None:
    # counterexample: no piece of the row's phrase was cut, so its longer pieces are the
    # article's words
    text = "\n".join([
        "县税务局推行增值税发票线上申领",
        "2026-07-05 19:40  来源：县税务局",
        "今年以来，县税务局推行增值税发票线上申领，纳税人足不出户即可领取增值税发票。",
        "目前全县已有三千余户纳税人开通线上申领服务。",
    ])
    out = chain(Doc("d", text=text)).text
    assert out.count("增值税发票") == 2
