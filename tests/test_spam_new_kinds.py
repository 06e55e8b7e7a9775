"""Spam of kinds the fixtures lacked (round spamgl5, gl319-gl325): 网贷/套现/信用卡代还 touts,
代开发票 adverts with their numbers broken up, 六合彩 and horse-racing tips in traditional
script, adverts set apart by spaces at a sentence's edge, a notice's numbered heading with an
advert pasted after it, Latin-named operators inside sentences and in a row (kx9官网入口,
188ly电子, YBwin真人 Bw918老虎机); and one own-text risk spam.injection showed (an article's 发票
read as the rest of a cut 发票代开)."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.spam import LexiconSpam
from cleaners.spam.brands import CoinedBrands, coined_brand_forms
from cleaners.spam.injection import InjectedFragments
from cleaners.spam.lexicon import _HANDLE, selling_terms
from cleaners.spam.stats import shared_stats

ARTICLE = "会议指出，全县各级各部门扎实抓好春耕备耕各项工作。"
AFTER = "农资储备充足，农机具检修到位。"
PROVEN = "金沙娱乐城官网注册送彩金"  # a line that proves a page spam


@pytest.fixture(scope="module")
def clean() -> LexiconSpam:
    return LexiconSpam()


@pytest.mark.parametrize(("row", "gone"), [
    ("网贷新口子 不看征信 黑白户秒批 额度三千到五万", "新口子"),
    ("花呗白条套现 京东白条提现 九五折秒到 全国可办", "白条套现"),
    ("POS机免费申领 一清机 刷卡套现 费率低至0.38% 秒到账", "一清机"),
    ("各类发票代开 普票专票均可 先验票后付款", "先验票后付款"),
    ("今晚跑馬地夜賽 獨贏 位置 連贏 三重彩 心水貼士免費睇", "心水貼士"),
    ("六合彩攪珠結果 今期平碼 特別號碼 生肖尾數", "今期平碼"),
    ("網上落注 即時賠率 過關串關 首注雙倍返還", "首注雙倍"),
])
def test_an_advert_row_of_the_new_kinds_goes(clean: LexiconSpam, row: str, gone: str) -> None:
    text = f"{ARTICLE}\n{row}\n{AFTER}"
    out = clean(Doc("d", text=text)).text
    assert [ln for ln in out.split("\n") if ln] == [ARTICLE, AFTER]
    assert gone not in out


@pytest.mark.parametrize("line", [
    "民警提醒，不法分子打着“不看征信”“黑白户秒批”的旗号诱导市民下载虚假借贷软件。",
    "近日，某地警方破获一起利用一清机刷卡套现的案件，抓获犯罪嫌疑人三名。",
    "持卡人如遇还款困难，可直接向发卡银行申请停息挂账或个性化分期。",
    "沙田马场当天的独赢、连赢和三重彩彩池投注额均较上季同期上升。",
    "當晚的六合彩攪珠中，六個號碼和特別號碼隨即公佈，頭獎由兩注均分。",
    "税务干部讲解如何正规开票、如何验票，提醒商户不要向中介购买发票。",
])
def test_the_new_kinds_topic_words_stay_in_news(clean: LexiconSpam, line: str) -> None:
    # counterexamples: a police warning, a raid, a bank's own measure, a race day's pools, a
    # draw's results, a tax office's advice name the trades' words in ordinary use
    assert clean(Doc("d", text=line)).text == line


@pytest.mark.parametrize(("line", "kept"), [
    # opening the next sentence: the run goes with the space after it
    (f"{ARTICLE}信用卡代还 空卡垫还 还完再刷出来 当天到账 {AFTER}", f"{ARTICLE}{AFTER}"),
    # closing the line after the last sentence
    (f"{ARTICLE}網上落注 即時賠率 過關串關 首注雙倍返還", ARTICLE),
    # a list item's number before it stays (a page proven spam elsewhere)
    (f"（三）某发棋牌官方下载 提升村容村貌。{AFTER}\n{PROVEN}", f"（三）提升村容村貌。{AFTER}"),
])
def test_an_advert_set_apart_by_spaces_at_a_sentence_edge_goes_whole(
        clean: LexiconSpam, line: str, kept: str) -> None:
    assert clean(Doc("d", text=line)).text.split("\n")[0] == kept


@pytest.mark.parametrize(("line", "kept"), [
    # inside the sentence, between its own words: only the terms go
    ("全县各级各部门扎实抓好春耕备耕 信用卡代还 空卡垫还 各项工作，确保农资储备充足、农机具检修到位。",
     "全县各级各部门扎实抓好春耕备耕   各项工作，确保农资储备充足、农机具检修到位。"),
    # a clause with a comma after the run is the article's
    (f"{ARTICLE}先验票后付款 普票专票均可，{AFTER}", f"{ARTICLE}普票专票均可，{AFTER}"),
])
def test_a_run_inside_a_sentence_or_before_a_clause_is_widened_over_nothing(
        clean: LexiconSpam, line: str, kept: str) -> None:
    # counterexamples
    assert clean(Doc("d", text=line)).text == kept


@pytest.mark.parametrize(("line", "kept"), [
    ("一、报名时间 金盛国际开户送彩金", "一、报名时间"),
    ("（二）工作要求 天利网投信誉老站", "（二）工作要求"),
    ("3.注意事项 某某体育官网注册送彩金", "3.注意事项"),
    ("一、金盛国际开户送彩金 真人视讯", None),  # counterexample: the heading holds the spam
    ("报名时间 金盛国际开户送彩金", None),  # counterexample: no number, no heading
])
def test_a_numbered_heading_stays_when_an_advert_follows_it(
        clean: LexiconSpam, line: str, kept: str | None) -> None:
    out = clean(Doc("d", text=f"{line}\n{AFTER}")).text.split("\n")
    assert out == ([kept] if kept else []) + [AFTER]


@pytest.mark.parametrize(("piece", "cuts", "rest"), [
    ("发票", ["发票代开"], False),  # the cut holds the piece: the phrase is whole
    ("发票", ["代开"], True),  # 代开 + 发票: the phrase's rest
])
def test_a_piece_the_cut_phrase_holds_is_no_rest_of_it(
        piece: str, cuts: list[str], rest: bool) -> None:
    assert InjectedFragments._rest_of_cut(piece, cuts, selling_terms()) is rest


@pytest.mark.parametrize(("line", "forms"), [
    ("培训农民一千五百余人次，188ly电子游戏带动三百多户农户。", ["188ly电子"]),
    ("实现网络覆盖，kx9官网入口全县累计建成基站。", ["kx9官网入口"]),
    ("监测数据，Tyc365在线注册群众通过APP就能办理。", ["Tyc365在线注册"]),
    ("销售农产品。jyb8.com 下一步，全县将推进。", ["jyb8.com"]),
    # counterexamples: a figure and its unit, news's codes in upper case, a cited address
    ("全长12km的道路已经通车。", []),
    ("东航MU5735航班的调查报告公布，C919大飞机和AG600完成试飞。", []),
    ("请访问官网www.ab1.com查询。", []),
])
def test_latin_names_with_a_number_first_or_promo_words_after_are_coined_forms(
        line: str, forms: list[str]) -> None:
    found = [f for f in coined_brand_forms(line, shared_stats()) if not f.cited]
    assert [line[f.start : f.end] for f in found] == forms


MIRROR = ("全县实现网络覆盖，kx9官网入口全县累计建成基站四百二十个。\n"
          "现在直播很流畅，hm188体育一场下来能卖两三百单。\n"
          "培训农民一千五百余人次，9yk体育带动三百多户农户。\n"
          "YBwin真人 Bw918老虎机 9yk体育下注 hm188.vip")


def test_three_latin_names_in_lower_case_prove_a_page_and_its_row_of_operators_goes() -> None:
    assert CoinedBrands()(Doc("d", text=MIRROR)).text.split("\n") == [
        "全县实现网络覆盖，全县累计建成基站四百二十个。",
        "现在直播很流畅，一场下来能卖两三百单。",
        "培训农民一千五百余人次，带动三百多户农户。",
        ""]


def test_news_codes_and_a_row_of_roads_prove_nothing() -> None:
    # counterexample: codes in upper case, a row of road numbers, a cited address
    text = ("东航MU5735航班的调查报告公布，C919大飞机完成试飞。\n国产AG600完成试飞，G20峰会召开。\n"
            "G318国道 S205省道 X012县道\n请访问官网www.ab1.com查询。")
    assert CoinedBrands()(Doc("d", text=text)).text == text


@pytest.mark.parametrize(("text", "handle"), [
    ("联系Q：2975 330 816", "2975 330 816"),
    ("电话 1 3 6 . 2 2 0 8 . 5 7 1 4", "1 3 6 . 2 2 0 8 . 5 7 1 4"),
    ("加V：fp·189·7730·2651", "189·7730·2651"),
    ("扣扣 8 0 7 4 6 2 3 1 5", "8 0 7 4 6 2 3 1 5"),
    # counterexamples: a date (with its time), a figure in thousands, a version, an issue
    ("发布时间：2025.11.05 08:30", None),
    ("2025 11 05 08", None),
    ("共计1 000 000元", None),
    ("版本 1.2.3", None),
    ("第 3 2 期", None),
])
def test_a_number_broken_up_by_spaces_or_dots_is_a_handle(text: str, handle: str | None) -> None:
    found = _HANDLE.search(text)
    assert (found[0] if found else None) == handle


@pytest.mark.parametrize("advert", [
    "代开发票 电话 1 3 8 . 2 2 0 8 . 5 7 1 4 ",
    "代开发票 联系Q：2975 330 816 ",
])
def test_an_advert_with_its_number_broken_up_goes_before_the_next_sentence(
        clean: LexiconSpam, advert: str) -> None:
    line = f"{ARTICLE}{advert}{AFTER}"
    assert clean(Doc("d", text=line)).text == f"{ARTICLE}{AFTER}"
