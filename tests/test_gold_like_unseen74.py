"""Defects the gold_like pages gl550-gl555 showed, each on invented text with counterexamples.

Six harder pages, as other tools and people save them: a discipline commission's WeChat post
(蓝字 prompt, 合集 tags, END, 往期推荐, the reader's buttons), a procuratorate's page saved with
its line structure lost (menus, the article and its foot each run into one long line), a county
paper's 数字报 page of short items hard-wrapped at its column, a Taiwan township office's page
in traditional script dated in the ROC calendar, a media centre's phone page with app prompts
between paragraphs, and a city paper's page under a long thread of readers' comments. The WeChat
post and the commented page scored 1.0000; what the others showed:

- the page's foot glued after the last paragraph of a run-together line (……温暖。 【相关链接】
  … 版权所有：…) took the paragraph out with it;
- a share row naming its targets glued to the button (友善列印　分享至Facebook　分享至LINE) and an
  app's prompt to see the pictures in it (APP内查看高清大图) were kept as text;
- a media centre's name alone under the date row (…融媒体中心) was kept as text, not read as
  the publisher;
- a paper's issue number unbracketed after the issue's (第3期总第2618期) was read as the source.
"""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.markup import glued_paragraphs
from cleaners.meta import parse_date_row

PARA = "10月20日，某某区人民检察院启动司法救助专项活动，对因案致贫的困难当事人开展集中排查。"
PARA2 = "活动开展以来，该院已办理司法救助案件17件，发放救助金28.6万元，帮助他们渡过难关。"
LAST = "下一步，该院将持续深化司法救助工作，让困难群众切实感受到司法温暖。"


def test_the_foot_glued_after_a_run_together_last_paragraph_goes_alone() -> None:
    line = (f"　　{PARA}　　{PARA2}　　{LAST} 【相关链接】 某某区检察院召开业务分析会 "
            "版权所有：某某区人民检察院 地址：某某路16号 某ICP备10003456号-1")
    assert glued_paragraphs(line).split("\n")[-2:] == [
        LAST, "【相关链接】 某某区检察院召开业务分析会 版权所有：某某区人民检察院 地址：某某路16号 "
        "某ICP备10003456号-1"]
    page = "\n".join(["某某区人民检察院 首页 检务公开 检察动态 当前位置：首页 > 检察动态",
                      "某某区检察院开展司法救助专项活动",
                      "发布时间：2026-10-22 09:15 来源：第一检察部 浏览次数：318", line]) + "\n"
    doc = clean_text(page, id="t")
    assert doc.text.split("\n") == [PARA, PARA2, LAST]


@pytest.mark.parametrize("last", [
    LAST + " （完）",  # one word after the stop: the paragraph's own
    "他说：“我们会继续做下去。” 这句话让在场的人都很感动，大家纷纷鼓掌",  # prose on, no stop
])
def test_a_last_paragraph_without_a_foot_after_it_stays_whole(last: str) -> None:
    line = f"　　{PARA}　　{PARA2}　　{last}"
    assert glued_paragraphs(line).split("\n")[-1] == last


_PAGE = "\n".join(["某某乡公所", "首頁 > 最新消息 > 新聞稿", "某某鄉長者共餐據點再添一處",
                   "發布日期：2026-10-28", "{row}",
                   "某某鄉公所為照顧社區長者飲食與社交需求，老人共餐據點今日正式開伙，每週三天提供午餐。",
                   "鄉長表示，不少長者獨居或與配偶同住，子女多在外地工作，過去常常一碗麵就打發一餐。"]) + "\n"


@pytest.mark.parametrize("row", ["友善列印　分享至Facebook　分享至LINE",
                                 "列印 分享到Facebook 分享到LINE"])
def test_a_share_row_naming_its_targets_glued_goes(row: str) -> None:
    doc = clean_text(_PAGE.format(row=row), id="t")
    assert "分享" not in doc.text
    assert doc.text.startswith("某某鄉公所為照顧社區長者")


P1 = "入冬以来，某某县抢抓农闲有利时机，全面铺开冬季农田水利基本建设，计划完成山塘清淤整治120口。"
P2 = "为保障工程质量，县水利局抽调技术人员组成6个督导组，分片蹲点指导，发现问题当场整改。"


@pytest.mark.parametrize("prompt", ["APP内查看高清大图", "客户端内查看原图", "APP内观看视频"])
def test_an_app_prompt_to_see_pictures_between_paragraphs_goes(prompt: str) -> None:
    page = "\n".join(["某某新闻", "某某县：冬季农田水利建设全面铺开", "2026-11-18 16:42",
                      "", P1, "", prompt, "", P2]) + "\n"
    assert clean_text(page, id="t").text.split("\n") == [P1, P2]


def test_a_sentence_about_seeing_pictures_in_the_app_stays() -> None:
    line = "APP内查看高清大图的功能受到摄影爱好者欢迎，上线一周使用量突破十万次。"
    page = "\n".join(["某某新闻", "某某县：冬季农田水利建设全面铺开", "2026-11-18 16:42",
                      "", P1, "", line, "", P2]) + "\n"
    assert line in clean_text(page, id="t").text


@pytest.mark.parametrize("byline", [["记者：蒙某某 单某某"], []])
def test_a_media_centre_alone_under_the_date_row_is_the_publisher(byline: list[str]) -> None:
    page = "\n".join(["某某新闻", "某某县：冬季农田水利建设全面铺开", "2026-11-18 16:42",
                      "某某县融媒体中心", *byline, "", P1, P2]) + "\n"
    doc = clean_text(page, id="t")
    assert doc.meta.source_name == "某某县融媒体中心"
    assert doc.text.split("\n") == [P1, P2]


@pytest.mark.parametrize("row", ["2026年11月12日 星期四　第3期总第2618期",
                                 "2026年11月12日 星期四　第3期", "2026年11月12日　总第2618期"])
def test_an_issue_number_after_the_date_is_no_source(row: str) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert found.date == "2026-11-12"
    assert found.source_name is None


def test_an_outlet_after_the_date_is_still_the_source() -> None:
    found = parse_date_row("2026年11月12日　某某日报")
    assert found is not None
    assert found.source_name == "某某日报"
