"""A text ad saved as text between a portal article's paragraphs with its corner label glued on
before it (gold_html gh280 on the text path): the line goes; an article sentence that starts
with 广告 stays."""

from __future__ import annotations

from cleaners import clean_text

_NEWS = ("近日，记者走访城区多个新建住宅小区发现，不少业主在收房后选择先住后装，家具家电随住随添。",
         "多家装修企业表示，今年以来局部改造、旧房翻新的订单明显增多，整装订单的平均预算有所下降。",
         "市场监管部门表示，将加强对家装市场的巡查，消费者遇到纠纷可拨打12315投诉。")


def _page(line: str) -> str:
    # the article saved as text: its headline, two paragraphs, the line, its last paragraph
    return "\n\n".join(("先住后装渐成新房业主新选择", _NEWS[0], _NEWS[1], line, _NEWS[2]))


def test_a_text_ad_under_its_glued_label_goes() -> None:
    ad = "广告春季家装节开幕，一家家居卖场推出以旧换新补贴，最高可省两千元，活动仅限本周末。"
    doc = clean_text(_page(ad), id="t")
    assert doc.text.splitlines() == list(_NEWS)
    assert "leading_ad_label" in {r.rule for r in doc.removals}


def test_an_article_sentence_starting_with_ad_stays() -> None:
    for line in ("广告牌上写着“到店最高立减两千元，活动仅限本周末”，被认定为虚假宣传。",
                 "广告投放旺季来临，不少商家推出限时5折活动吸引顾客，记者了解到其中不乏先涨后降。"):
        doc = clean_text(_page(line), id="t")
        assert line in doc.text.splitlines(), line
