"""Defects the gold_like pages gl520-gl525 showed, each on invented text with counterexamples:
a study app's badge that it took the page in (本文已被“某某”学习平台收录), an e-paper's name set
apart from the paper's (某某日报 数字报刊平台) with its 往期查询 and PDF全版下载 controls and its
headline list under 版面标题 marked ◇, and an information table whose labels stand in brackets,
spaced out (【索 引 号】), the last left blank (【废止日期】) and the title's in a row of its own
(【标　　题】某某局关于……的通知)."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_meta_line, unspaced_labels

PARA = "今年以来，某某市在全市住宅小区推行“红色物业”，推动社区党组织和物业服务企业联动，解决难题一千余件。"
PARA2 = "市委组织部有关负责人表示，下一步将总结推广典型经验，把党建优势转化为基层治理效能。"


def _page(*tail: str) -> str:
    return "\n".join(["某某市“红色物业”让老旧小区焕新颜", "2026-10-21 10:05　来源：某某市委组织部",
                      PARA, PARA2, *tail]) + "\n"


@pytest.mark.parametrize("badge", ["本文已被“某某”学习平台收录", "此文已被某某客户端收录"])
def test_a_study_apps_badge_under_the_text_goes(badge: str) -> None:
    assert clean_text(_page(badge), id="t").text.split("\n") == [PARA, PARA2]


@pytest.mark.parametrize("line", ["本文已被收录进《某某文集》第三卷，由某某出版社出版。",
                                  "该文已被某某期刊收录，引用率居同类论文前列。"])
def test_a_sentence_on_a_text_taken_into_a_collection_stays(line: str) -> None:
    assert line in clean_text(_page(line), id="t").text


EPAPER = """某某日报 数字报刊平台
2026年11月12日　星期四
往期查询　　PDF全版下载　　版面导航　　标题导航
第02版：评论
上一版　　下一版
版面标题
◇ 把民生账单变成幸福清单
◇ 市政协召开常委会议
◇ 全市冬季消防安全工作会议召开
把民生账单变成幸福清单
本报评论员
{p}
{p2}
上一篇　　下一篇　　返回目录
"""


def test_an_epaper_pages_name_controls_and_marked_headline_list_go() -> None:
    doc = clean_text(EPAPER.format(p=PARA, p2=PARA2), id="t")
    assert doc.text.split("\n") == [PARA, PARA2]
    assert doc.meta.title == "把民生账单变成幸福清单"


XXGK = """某某县人民政府门户网站
【索 引 号】0000000001/2026-03117　　【主题分类】社会保障
【发布机构】某某县人民政府办公室　　【有 效 性】有效
【发文字号】某政办发〔2026〕27号　　【成文日期】2026年10月28日
【发布日期】2026年10月30日　　【废止日期】
【标　　题】某某县人民政府办公室关于做好临时救助工作的通知
某某县人民政府办公室关于做好临时救助工作的通知
各乡镇人民政府，县直有关单位：
{p}
{p2}
"""


def test_an_information_table_with_its_labels_in_brackets_is_read() -> None:
    doc = clean_text(XXGK.format(p=PARA, p2=PARA2), id="t")
    assert doc.text.split("\n") == ["各乡镇人民政府，县直有关单位：", PARA, PARA2]
    assert doc.meta.title == "某某县人民政府办公室关于做好临时救助工作的通知"
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2026-10-30")


def test_a_spaced_label_in_brackets_is_one_word() -> None:
    assert unspaced_labels("【索 引 号】0001/2026-01") == "【索引号】0001/2026-01"
    # the buttons of a font switch stay apart: they follow a label's colon, no bracket
    assert unspaced_labels("【字体：大 中 小】") == "【字体：大 中 小】"


@pytest.mark.parametrize("line", [
    "【标题】", "【名称解释】某某是指一种做法", "【提示】本页面信息仅供参考", "【来源】",
])
def test_one_bracketed_word_alone_or_a_heading_is_no_title_row(line: str) -> None:
    found = parse_meta_line(line)
    assert found is None or found.title is None


def test_a_bracketed_title_label_names_the_title() -> None:
    found = parse_meta_line("【标题】某某局关于做好冬季防火工作的通知")
    assert found is not None
    assert found.title == "某某局关于做好冬季防火工作的通知"


@pytest.mark.parametrize("badge", ["已被“某某”学习平台收录", "本文已被“某某”平台收录。"])
def test_a_study_apps_badge_with_no_subject_or_with_its_stop_goes(badge: str) -> None:
    assert clean_text(_page(badge), id="t").text.split("\n") == [PARA, PARA2]


@pytest.mark.parametrize("row", ["文章评价：非常满意 满意 一般 不满意 （已有46人评价）",
                                 "信息评价：非常满意　满意　不满意"])
def test_a_news_pages_rating_row_goes(row: str) -> None:
    assert clean_text(_page(row), id="t").text.split("\n") == [PARA, PARA2]


@pytest.mark.parametrize("banner", ["专题聚焦 | 学习贯彻某某会议精神 奋力开创发展新局面",
                                    "专题 学习贯彻某某会议精神 奋力开创发展新局面"])
def test_a_topic_banner_parted_by_a_bar_or_a_space_is_no_headline(banner: str) -> None:
    doc = clean_text(banner + "\n" + _page(), id="t")
    assert doc.meta.title == "某某市“红色物业”让老旧小区焕新颜"
    assert doc.text.split("\n") == [PARA, PARA2]


def test_a_headline_naming_a_programme_over_its_subtitle_stays_the_headline() -> None:
    page = "专题片《山河记忆》今晚在省台播出引发热议\n" + _page()
    assert clean_text(page, id="t").meta.title == "专题片《山河记忆》今晚在省台播出引发热议"


def test_a_platform_source_rows_writers_named_by_their_roles_are_the_authors() -> None:
    page = _page("本文来源：某某日报　作者：记者 易某 通讯员 谭某某", "责任编辑：某某")
    doc = clean_text(page, id="t")
    assert doc.text.split("\n") == [PARA, PARA2]
    assert list(doc.meta.authors) == ["易某", "谭某某"]


def test_a_reprint_disclaimer_names_no_author() -> None:
    doc = clean_text(_page("本文来源于网络，如有侵权请联系删除"), id="t")
    assert list(doc.meta.authors) == []
