"""Defects the text pages gl583-gl588 showed, each on invented text with counterexamples: a
stock card saved as rows of quote fields between a finance story's paragraphs, a notice's
field row read as a caption splitting a sentence because the section heading under it holds a
、, and a WeChat post's 原创 row naming its writer before the account printed twice."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _quote_card
from cleaners.chrome.captions import Captions
from cleaners.meta import posting_name, posting_writer

_PARAS = ["某某电气3月16日晚间发布公告称，公司子公司近日签订储能系统采购合同，金额约36亿元。",
          "受此消息影响，某某电气当日股价高开高走，午后封住涨停板，报收27.84元。"]
_CARD = ["行情", "某某电气", "股票代码：301762", "最新价：27.84　涨跌幅：+20.00%",
         "换手率：18.37%　总市值：214.3亿", "今开：23.50　最高：27.84　最低：23.21　昨收：23.20",
         "数据来源：行情中心　更新时间：15:00"]


def test_a_stock_cards_rows_title_name_and_note_go() -> None:
    lines = [_PARAS[0], *_CARD, _PARAS[1]]
    assert sorted(_quote_card(lines, {})) == list(range(1, 8))


def test_a_stock_card_whose_quote_line_the_chrome_took_still_goes() -> None:
    lines = [_PARAS[0], *_CARD, _PARAS[1]]
    lines[4] = ""
    assert sorted(_quote_card(lines, {4: _CARD[3]})) == [1, 2, 3, 5, 6, 7]


def test_a_stock_card_opening_on_its_short_name_and_code_goes() -> None:
    lines = [_PARAS[0], "股票简称：某某电气　股票代码：301762", "现价：27.84　涨幅：+20.00%",
             "换手率：18.37%　总市值：214.3亿", _PARAS[1]]
    assert sorted(_quote_card(lines, {})) == [1, 2, 3]


@pytest.mark.parametrize("lines", [
    # the article's own figures of a day's close: no live price among them
    [_PARAS[0], "收盘价：27.84　涨跌幅：+20.00%", "换手率：18.37%　总市值：214.3亿", _PARAS[1]],
    # one row alone
    [_PARAS[0], "最新价：27.84　涨跌幅：+20.00%", _PARAS[1]],
    # a weather page's rows: no quote's label
    ["今日天气", "最高：32　最低：24", "湿度：65%", _PARAS[1]],
    # sentences with the same figures
    [_PARAS[0], "最新价为27.84元，涨跌幅为20%。", "换手率达18.37%，总市值为214.3亿元。", _PARAS[1]],
])
def test_figures_of_the_articles_own_stay(lines: list[str]) -> None:
    assert _quote_card(lines, {}) == []


def test_the_subheading_over_a_paragraph_stays_beside_a_card() -> None:
    # the card's head is glued to its rows: a line over a paragraph is the text's
    lines = [_PARAS[0], "市场表现", _PARAS[1], *_CARD[2:]]
    assert 1 not in _quote_card(lines, {})


def test_a_section_heading_under_a_field_row_is_no_sentence_carried_on() -> None:
    assert not Captions._splits_sentence("方式：投标人凭CA数字证书登录系统免费下载",
                                         "四、提交投标文件截止时间、开标时间和地点")


def test_a_sentence_carried_on_over_a_list_of_numbers_still_reads_as_split() -> None:
    # 五、六月份 is two months, not a section's number
    assert Captions._splits_sentence("今年全县油菜种植面积明显增加，花期集中在",
                                     "五、六月份，游客接待量预计同比增长两成以上。")


def test_a_notices_field_row_between_its_field_rows_and_heading_stays() -> None:
    page = "\n".join([
        "某某县中小学教学设备采购项目公开招标公告",
        "发布时间：2026-06-03 09:30　信息来源：某某县公共资源交易中心",
        "三、获取招标文件",
        "时间：2026年6月3日至2026年6月10日，每天上午8:30至12:00（北京时间）",
        "地点：某某县公共资源交易网",
        "方式：投标人凭CA数字证书登录系统免费下载",
        "售价：0元",
        "四、提交投标文件截止时间、开标时间和地点",
        "2026年6月24日9点30分（北京时间）",
        "地点：某某县公共资源交易中心开标一室",
    ]) + "\n"
    assert "售价：0元" in clean_text(page, id="t").text.split("\n")


@pytest.mark.parametrize(("line", "name", "writer"), [
    ("原创 某某发布 某某发布", "某某发布", None),
    ("原创 钟小雨 某某文旅 某某文旅", "某某文旅", "钟小雨"),
    ("原創 鍾小雨 某某文旅 某某文旅", "某某文旅", "鍾小雨"),
    ("原创 钟小雨 某某文旅", "某某文旅", "钟小雨"),
    # an office in the writer's slot is no writer: the row is left as it is
    ("原创 某某县文化和旅游局 某某文旅", "原创 某某县文化和旅游局 某某文旅", None),
    ("某某发布 某某发布", "某某发布", None),
    # the mark and the account alone, as an author box prints them (round htmlunseen66)
    ("原创 某某文旅", "某某文旅", None),
])
def test_a_post_rows_account_and_writer(line: str, name: str, writer: str | None) -> None:
    assert posting_name(line) == name
    assert posting_writer(line) == writer


def test_a_post_row_naming_its_writer_and_its_account_twice_gives_the_publisher() -> None:
    page = "\n".join([
        "春到某某村｜油菜花开了，这份赏花攻略请收好",
        "原创 钟小雨 某某文旅 某某文旅",
        "2026年03月28日 17:45 浙江",
        "又是一年花开时。这几天，某某村的千亩油菜花陆续进入盛花期，吸引了不少游客前来打卡。",
        "据村党支部书记介绍，今年村里的油菜种植面积比去年增加了两百多亩，花期将持续到4月中旬。",
    ]) + "\n"
    doc = clean_text(page, id="t")
    assert doc.meta.source_name == "某某文旅"
    assert doc.meta.authors == ("钟小雨",)
    assert doc.text.startswith("又是一年花开时。")
