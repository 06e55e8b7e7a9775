"""Defects the gold_like spam mirrors gl556-gl561 showed, each on invented text with
counterexamples: a game cheat's advert wording (不封号, 日卡周卡月卡, 辅助卡密), overseas generic
drugs sold by mail (仿制药直邮, 海外药房直邮), and a whole advert sentence set between an
article's sentences, which goes whole rather than term by term."""

from __future__ import annotations

import pytest

from cleaners import clean_text

HEAD = ["某某县举办全民健身运动会", "发布时间：2026-09-12 09:30　来源：某某县融媒体中心"]
P1 = "9月11日，某某县第五届全民健身运动会开幕，来自全县各乡镇的一千二百名运动员参赛。"
P2 = "本届运动会设田径、游泳、篮球等十二个大项，比赛将持续到本月底。"
P3 = "县文体局负责人表示，将以运动会为契机，推动全民健身设施向农村延伸。"


def _clean(*lines: str) -> str:
    return clean_text("\n".join([*HEAD, *lines]) + "\n", id="t").text


def test_cheat_advert_wording_is_cut() -> None:
    text = _clean(P1 + "某某辅助稳定不封号，日卡周卡月卡低价代理。" + P2, P3)
    assert "不封号" not in text
    assert "日卡周卡月卡" not in text
    assert "低价代理" not in text  # the sentence goes whole
    assert P1 in text
    assert P2 in text


def test_a_whole_advert_sentence_between_the_articles_goes_whole() -> None:
    text = _clean(P1 + "辅助卡密自助购买，一键开启稳定不封号。" + P2,
                  P3 + "稳定不封号，欢迎新老客户。")
    assert "自助购买" not in text
    assert "一键开启" not in text
    assert "欢迎新老客户" not in text
    assert P1 + P2 in text
    assert P3 in text


@pytest.mark.parametrize("sentence", [
    # an article's sentence stating a figure keeps its words
    "全县已有12支代表队报名，日卡周卡月卡均已售罄。",
    # a long article sentence with the phrase glued at its end
    "县文体局表示，将继续加大对农村体育设施的投入力度，让更多群众就近健身稳定不封号。",
])
def test_an_articles_own_sentence_keeps_its_words(sentence: str) -> None:
    text = _clean(P1 + "辅助卡密自助购买秒发货。" + P2, sentence, P3)
    kept = sentence.replace("日卡周卡月卡", "").replace("稳定不封号", "")
    assert kept.rstrip("。") in text.replace("，。", "。")


def test_one_phrase_glued_to_the_head_of_a_sentence_takes_not_the_sentence() -> None:
    # one selling phrase, glued to the words after it: it may be planted into the article's
    # own short sentence, which keeps its words
    text = _clean(P1 + "辅助卡密农资储备充足，农机具检修到位。" + P2, P3)
    assert "辅助卡密" not in text
    assert "农资储备充足，农机具检修到位。" in text


def test_news_on_cheat_sellers_keeps_their_wording() -> None:
    line = "警方查明，该团伙在网上兜售游戏外挂，宣称“稳定不封号”，非法获利二十余万元。"
    assert line in _clean(P1, line, P2)


def test_generic_drugs_sold_by_mail_are_cut() -> None:
    text = _clean("海外靶向药代购 仿制药直邮包清关", P1, P2 + "来源：某某融媒｜海外药房直邮", P3)
    assert "仿制药直邮" not in text
    assert "海外药房直邮" not in text
    assert P1 in text


def test_news_on_generic_drugs_stays() -> None:
    line = "近年来，部分患者通过非法渠道购买印度仿制抗癌药，药监部门提醒谨防上当受骗。"
    assert line in _clean(P1, line, P2)
