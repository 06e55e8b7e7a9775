"""spam.injection: pieces of a spam phrase set only at clause starts, whatever they hold (a
function character, a verb), go when two of them read a lexicon term across their seam or the
page is proven by other cuts and they open on a brand's product or promo word (round spam35:
gl317, gh156 saved as text); an article's own repeated clause openers stay."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from cleaners.document import Doc
from cleaners.registry import default_chain
from cleaners.spam import InjectedFragments, LexiconSpam

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.fixture(scope="module")
def chain() -> Callable[[Doc], Doc]:
    return default_chain()


def _injected(text: str) -> str:
    return InjectedFragments()(LexiconSpam()(Doc("d", text=text))).text


# A report whose clauses open, after commas, on {a}, {b} and {c}, twice each, in different
# sentences and before different text.
_CHOPPED_PAGE = ("今年以来，{a}全县各乡镇扎实推进农村人居环境整治，{b}清理垃圾三千余吨。\n"
                 "在东岭村，{c}村民自发组建保洁队伍，{a}各家门前干净整洁。\n"
                 "县农业农村局负责人介绍，{b}县里将建立长效管护机制，{c}确保整治成果不反弹。")
_CHOPPED_ARTICLE = _CHOPPED_PAGE.format(a="", b="", c="")


def test_pieces_of_a_lexicon_brand_chopped_at_clause_starts_go() -> None:
    # 澳门新|葡京在线|开户: 澳门新葡京 reads across the first seam (葡京在线 holds 在, 开户 is a
    # verb: the older clause-start rules read neither), 开户 is a promo word.
    out = _injected(_CHOPPED_PAGE.format(a="澳门新", b="葡京在线", c="开户"))
    assert out == _CHOPPED_ARTICLE


def test_a_promo_word_at_clause_starts_alone_stays_on_a_page_nothing_proves() -> None:
    # counterexample: 开户 opening clauses with no chopped lexicon term beside it, on a page
    # that only names an ambiguous brand, is the article's verb
    text = _CHOPPED_PAGE.format(a="", b="", c="开户") + "\n葡京酒店位于澳门半岛。"
    assert _injected(text) == text


def test_strings_reading_no_lexicon_term_stay_at_clause_starts() -> None:
    # counterexample: two strings opening the same clauses whose seam reads no spam term
    text = _CHOPPED_PAGE.format(a="全力", b="通过", c="开户") + "\n葡京酒店位于澳门半岛。"
    assert _injected(text) == text


def test_named_operators_a_report_lists_stay_though_their_seam_reads_a_brand() -> None:
    # counterexample: 永利澳门 and 银河娱乐 open list items and lines, each twice; 永利澳门|银河
    # 娱乐 reads 澳门银河, but each is a whole name of its own (a chopped brand's pieces hold at
    # most a part of the term across their seam: 永利 of 永利皇|宫在线)
    text = ("分析人士指出，金沙中国、银河娱乐、永利澳门、美高梅中国的非博彩业务投入持续加大。\n"
            "银河娱乐集团在业绩公告中表示，旗下酒店入住率接近九成。\n"
            "永利澳门的零售及餐饮收入在第三季度均有增长。")
    assert _injected(text) == text


# A mirror (its brands proven by their shape: 某某国际官网 and 某某国际入口) whose article holds
# {a} and {b} at clause starts.
_PROVEN_PAGE = ("今年以来，街道在辖区推行“红色议事会”制度，恒胜国际官网由社区党组织牵头，居民代表共同参与。\n"
                "停车难一直是居民反映最集中的问题。恒胜国际入口议事会成立后，先后召开四次协商会。\n"
                "现在议事会每月开一次会，{a}问题当场摆出来，能解决的当场拍板。\n"
                "街道还制定了议题收集、{b}协商议事、结果公示四项制度，恒胜国际官网接受居民监督。")


def test_a_product_led_string_at_clause_starts_goes_from_a_proven_page(
        chain: Callable[[Doc], Doc]) -> None:
    # 娱乐议事 opens two clauses and occurs nowhere else: it opens on a product word, and the
    # page is proven by the brands cut; the longest string its sites share goes whole
    doc = chain(Doc("d", text=_PROVEN_PAGE.format(a="娱乐议事", b="娱乐议事")))
    assert "娱乐" not in doc.text
    assert "，问题当场摆出来" in doc.text
    assert "、协商议事、" in doc.text


@pytest.mark.parametrize(("a", "b"), [
    ("国际合作", "国际交流"),  # a product word opening the article's compounds
    ("体育场馆", "体育设施"),
    ("国际合作中心", "国际合作中心"),  # an institution's name, the subject of its clauses
    ("体育中心", "体育中心"),
    ("同时", "此外"),  # openers of news
    ("我们要", "我们要"),  # a speech repeating its opener
])
def test_an_articles_own_clause_openers_stay_on_a_proven_page(
        chain: Callable[[Doc], Doc], a: str, b: str) -> None:
    page = _PROVEN_PAGE.format(a=a, b=b)
    doc = chain(Doc("d", text=page))
    assert "恒胜国际" not in doc.text
    assert f"，{a}问题当场摆出来" in doc.text
    assert f"、{b}协商议事、" in doc.text


def test_a_list_of_clauses_in_fields_stays_on_a_mirror() -> None:
    # counterexample: 在…方面 clauses and a repeated 我们要 on a page a lexicon brand proves
    text = ("会上，他说，在教育方面，我们要办好人民满意的教育；在医疗方面，我们要推进分级诊疗；"
            "在养老方面，我们要完善服务体系。\n同时，各部门要加强协作。此外，要强化督查考核。\n"
            "同时，要广泛宣传。此外，要及时总结经验。\n威尼斯人官网 注册就送18元")
    out = _injected(text)
    assert "威尼斯人" not in out
    for kept in ("在教育方面，我们要办好", "在医疗方面，我们要推进", "在养老方面，我们要完善",
                 "同时，各部门", "此外，要强化", "同时，要广泛", "此外，要及时"):
        assert kept in out


def test_a_product_led_string_stays_where_the_article_writes_its_product_word(
        chain: Callable[[Doc], Doc]) -> None:
    # counterexample: 国际社会 opens two clauses of an article that writes 国际 in its own
    # sentences (国际形势, 国际关系): the article's product word, not the spam's
    page = _PROVEN_PAGE.format(a="国际社会", b="国际社会") + (
        "\n面对复杂多变的国际形势，街道干部认真学习国际关系知识，国际视野不断拓宽。")
    doc = chain(Doc("d", text=page))
    assert "恒胜国际" not in doc.text
    assert doc.text.count("国际社会") == 2


def test_a_product_led_string_opening_parallel_clauses_of_one_sentence_stays(
        chain: Callable[[Doc], Doc]) -> None:
    # counterexample: 娱乐议事 (twice in one sentence) opens the article's parallel clauses
    page = _PROVEN_PAGE.format(a="", b="") + "\n会上，娱乐议事大家谈，娱乐议事人人议。"
    doc = chain(Doc("d", text=page))
    assert doc.text.count("娱乐议事") == 2
