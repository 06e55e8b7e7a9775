"""Defects the spam mirror pages gl526-gl531 showed, each on invented text with counterexamples:
the selling words of trades the lexicon lacked (nude-photo loans, counterfeit luxury, follower
sellers, a thesis mill's 包过查重), an advert piece set apart by full-width spaces inside an
article's sentence or after its full stop, and an advert set as a Q&A's answer under a question
holding the trade's words."""

from __future__ import annotations

import pytest

from cleaners import clean_text

PARA = "今年以来，某某区在全区推行“街巷长”制度，由机关干部包联背街小巷，累计解决群众反映问题六百余件。"
PARA2 = "区城管局有关负责人表示，下一步将建立长效管护机制，确保整治成果长期保持。"
PARA3 = "据统计，今年前三季度，全区共改造提升背街小巷二十八条，群众满意率达97.5%。"


def _page(*body: str) -> str:
    return "\n".join(["某某区背街小巷换新颜", "2026-10-12 09:30　来源：某某区融媒体中心",
                      *body]) + "\n"


def _text(*body: str) -> list[str]:
    return clean_text(_page(*body), id="t").text.split("\n")


@pytest.mark.parametrize("piece", ["裸条借款", "一比一复刻", "真人买粉", "包过查重", "原单货源"])
def test_a_trades_selling_piece_planted_at_a_clause_start_goes(piece: str) -> None:
    planted = PARA.replace("由机关干部", f"{piece}由机关干部")
    assert _text(planted, PARA2, PARA3) == [PARA, PARA2, PARA3]


@pytest.mark.parametrize("line", [
    "警方提醒，广大学生要警惕学生裸贷，不要轻信网上的借款广告。",
    "执法人员在该店铺查获高仿包包一百余个，案件正在进一步调查中。",
    "网信部门表示，将持续整治刷粉、买粉、刷赞等流量造假行为。"])
def test_news_on_the_trades_keeps_their_words(line: str) -> None:
    assert _text(PARA, line, PARA2) == [PARA, line, PARA2]


def test_a_loan_piece_planted_whole_at_a_sentence_start_goes_whole() -> None:
    planted = PARA2.replace("区城管局", "当天秒下款区城管局")
    assert _text(PARA, planted, PARA3) == [PARA, PARA2, PARA3]


def test_an_advert_piece_set_apart_by_full_width_spaces_inside_a_sentence_goes_with_them() -> None:
    planted = PARA.replace("由机关干部", "\u3000包过查重\u3000由机关干部")
    assert _text(planted, PARA2, PARA3) == [PARA, PARA2, PARA3]


def test_an_advert_piece_set_apart_by_a_space_after_the_full_stop_goes_whole() -> None:
    assert _text(PARA, PARA2, PARA3 + "\u3000硕士包过查重加急\u3000") == [PARA, PARA2, PARA3]


def test_a_spaced_sentence_after_the_full_stop_with_no_spam_stays() -> None:
    line = PARA3 + "\u3000全年任务提前完成"
    assert line.replace("\u3000", " ") in " ".join(_text(PARA, PARA2, line)).replace(
        "\u3000", " ")


QA = ["问：哪些街巷纳入今年的改造计划？",
      "答：纳入计划的是路面破损、管线杂乱、照明不足的老旧街巷，共二十八条。",
      "问：改造期间如何保障居民出行？",
      "答：施工单位实行分段施工，每段工期不超过十五天，并设置临时通道。"]


def test_an_advert_set_as_a_qas_answer_goes_with_its_question() -> None:
    spam = ["问：某音刷粉丝哪个平台便宜？", "答：刷粉刷赞平台，真人买粉1元500个，全天自助下单秒到账。"]
    assert _text(PARA, *QA[:2], *spam, *QA[2:]) == [PARA, *QA]


def test_a_qa_on_the_trade_that_answers_as_news_stays() -> None:
    qa = ["问：网上刷粉、买粉是否违法？", "答：刷粉、买粉属于流量造假行为，网信部门将依法查处。"]
    assert _text(PARA, *QA[:2], *qa) == [PARA, *QA[:2], *qa]
