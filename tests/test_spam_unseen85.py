"""Defects the gold_like spam mirrors gl595-gl600 showed, each on invented text with
counterexamples: a name sold with promo words and its site's numbered address but no product
word (某某汇官网 ab0769.cc) is a brand's form, and set after a paragraph's last sentence it
takes its pitch to the line's end; a gift's sum and a contact's handle spelled in Han numerals
(注册就送捌拾捌元彩金, QQ：贰叁柒柒…) and a promo word a space sets after a selling word
(某某娱乐城 官网); a loan tout's 黑户白户; a list item's number counted as
no article's word when an advert is numbered among the items (（三）某某均可贷，…)."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.spam.brands import coined_brand_forms
from cleaners.spam.handles import CONTACT_HANDLE
from cleaners.spam.lexicon import hits_by_line
from cleaners.spam.stats import shared_stats

HEAD = ["某某县完成农村供水工程提质改造", "发布时间：2026-10-14 10:25　来源：某某镇人民政府"]
P1 = "今年以来，某某镇投入资金一千八百万元，完成十二处农村供水工程提质改造，受益群众两万余人。"
P2 = "镇里推行“镇水管站+村级管水员”模式，每处工程明确一名管水员，负责日常巡查和设施维护。"
P3 = "下一步，某某镇将继续推进城乡供水一体化，力争明年底实现集中供水全覆盖。"


def _clean(*lines: str) -> str:
    return clean_text("\n".join([*HEAD, *lines]) + "\n", id="t").text


@pytest.mark.parametrize(("line", "forms"), [
    ("受益群众两万余人。瑞途汇官网 rt0769.cc 信誉保障", ["瑞途汇官网 rt0769.cc 信誉保障"]),
    ("设施维护。瑞途汇注册 www.rt0769.cc 秒提现", ["瑞途汇注册 www.rt0769.cc 秒提现"]),
    # a site an article names: no number in its name, or a figure before the name
    ("请登录人民网官网 www.people.com.cn 查询。", []),
    ("可登录58同城官网 www.58.com 查看。", []),
])
def test_a_name_with_promo_words_and_a_numbered_address_is_a_form(line: str,
                                                                   forms: list[str]) -> None:
    found = coined_brand_forms(line, shared_stats())
    assert [line[f.start : f.end] for f in found if f.form == "addressed"] == forms


def test_inside_a_sentence_the_words_after_the_address_stay() -> None:
    line = "据悉，瑞途汇官网 rt0769.cc 已于昨日关停。"
    (form,) = [f for f in coined_brand_forms(line, shared_stats()) if f.form == "addressed"]
    assert line[form.end :] == " 已于昨日关停。"


def test_the_brand_tail_after_every_paragraph_goes_with_its_pitch() -> None:
    text = _clean(P1 + "瑞途汇官网 rt0769.cc 信誉保障", P2 + "瑞途汇注册 rt0769.cc 秒提现",
                  P3 + "瑞途汇官网 rt0769.cc 信誉保障")
    assert text.split("\n") == [P1, P2, P3]


@pytest.mark.parametrize(("text", "handle"), [
    ("客服QQ：贰叁柒柒捌陆伍壹玖，", "贰叁柒柒捌陆伍壹玖"),
    ("联系电话：一三八零零一二三四五六", "一三八零零一二三四五六"),
    # a quantity reads with 十 or 百; too few digits are no handle
    ("手机一二三四五六七十个", None),
    ("QQ群七八百人", None),
    ("群号：三五", None),
])
def test_a_handle_spelled_in_han_numerals(text: str, handle: str | None) -> None:
    m = CONTACT_HANDLE.search(text)
    assert (m["handle"] if m else None) == handle


@pytest.mark.parametrize(("line", "term"), [
    ("玖玖捌官网注册就送捌拾捌元彩金，提款秒到账", "注册就送捌拾捌元彩金"),
    # a promo word set apart from the selling word by a space is the same advert's
    ("玖玖捌娱乐城 官网注册就送捌拾捌元彩金", "娱乐城 官网"),
    ("即日起新用户注册即送十八元彩金", "注册即送十八元彩金"),
    ("注册就送88元彩金", "注册就送88元彩金"),
])
def test_a_gift_s_sum_in_han_numerals_goes_with_it(line: str, term: str) -> None:
    (hits,) = hits_by_line(line)
    assert term in [line[h.start : h.end] for h in hits]


def test_a_topic_word_takes_no_promo_word_across_a_space() -> None:
    line = "老年人参加棋牌 平台组织的比赛"
    (hits,) = hits_by_line(line)
    assert [line[h.start : h.end] for h in hits] == ["棋牌"]


def test_a_gift_word_before_the_article_s_numbers_keeps_them() -> None:
    # no unit after the Han numerals: the article's words, not a sum
    line = "注册就送一批图书"
    (hits,) = hits_by_line(line)
    assert [line[h.start : h.end] for h in hits] == ["注册就送"]


def test_a_loan_tout_s_pairing_is_a_term() -> None:
    (hits,) = hits_by_line("黑户白户均可贷，无抵押当天放款")
    assert "黑户白户" in {h.term for h in hits}
    (news,) = hits_by_line("对于征信白户，银行一般会要求提供收入证明。")
    assert not news


ITEMS = ["第五条　申请宅基地应当提交下列材料：", "（一）宅基地和建房（规划许可）申请表；",
         "（二）申请人身份证和户口簿复印件；", "（三）农房建设设计图或者通用图集；",
         "（四）村民小组会议讨论通过的书面意见。"]


def test_an_advert_numbered_among_a_notice_s_items_goes() -> None:
    advert = "（三）黑户白户均可贷，无抵押当天放款；"
    text = _clean(P1, *ITEMS[:3], advert, *ITEMS[3:],
                  "（三）网贷口子秒批，征信花了也能下款，详询微信dk5518；")
    assert "均可贷" not in text
    assert text.split("\n") == [P1, *(item.replace("\u3000", " ") for item in ITEMS)]


def test_a_numbered_subheading_with_a_piece_planted_keeps_its_words() -> None:
    # the piece goes, the heading's own words stay (the rule the item number must not undo)
    text = _clean(P1, "三、强化培训质量包拿证管理", P2, "四、包拿证全国联网可查", P3)
    assert "三、强化培训质量管理" in text
