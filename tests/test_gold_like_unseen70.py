"""Defects the gold_like pages gl532-gl537 showed, each on invented text with counterexamples:
a county media centre's scan line naming its app in quotes (扫描二维码，下载“某某”客户端，看更多
本地新闻), and a paper's special page: its edition label with a name joined by a middle dot
(第A06版：平安某某·政法专版) and its line naming its own sponsors (本版由……联合主办), neither
the headline; an empty attachment field (相关附件：无) and a phone share menu's prompt
(点击右上角分享给好友) at the end, found probing the same templates."""

from __future__ import annotations

import pytest

from cleaners import clean_text

PARA = "连日来，某某县八万亩柑橘进入采摘旺季，村民们挎着竹篮穿梭在果树间，一筐筐柑橘被装车运往各地。"
PARA2 = "县农业农村局负责人介绍，预计今年全县柑橘产量可达九万吨，线上销售占比将超过三成。"


def _page(*tail: str) -> str:
    return "\n".join(["某某县：柑橘采摘季 村播带货忙", "2026-11-06 20:15　来源：某某县融媒体中心",
                      PARA, PARA2, *tail]) + "\n"


@pytest.mark.parametrize("line", ["扫描二维码，下载“某某某某新闻”客户端，看更多本地新闻",
                                  "扫码下载“云上某某某”APP"])
def test_a_scan_line_naming_its_app_in_quotes_goes(line: str) -> None:
    assert clean_text(_page(line), id="t").text.split("\n") == [PARA, PARA2]


@pytest.mark.parametrize("line", ["农户下载“某某农业服务”APP后，可以在线预约农机，足不出户就能办好。",
                                  "该县推出“某某通”客户端，市民下载“某某通”客户端即可办理业务。",
                                  "全民反诈，你我同行。下载“某某反诈中心”APP，筑牢防骗“防火墙”。"])
def test_a_sentence_naming_an_app_to_download_stays(line: str) -> None:
    assert line in clean_text(_page(line), id="t").text


ZHUANBAN = """某某日报数字报
2026年10月16日　星期五　　往期回顾　　PDF下载
第A06版：平安某某·政法专版
版面导航　|　上一版　|　下一版
守护万家灯火 护航平安某某
本版由中共某某市委政法委员会与某某日报社联合主办
{p}
{p2}
上一篇　下一篇　返回目录
"""


def test_a_special_pages_label_and_sponsor_line_are_no_headline() -> None:
    doc = clean_text(ZHUANBAN.format(p=PARA, p2=PARA2), id="t")
    assert doc.text.split("\n") == [PARA, PARA2]
    assert doc.meta.title == "守护万家灯火 护航平安某某"


@pytest.mark.parametrize("line", ["本栏目由市委宣传部主办以来，已刊发读者来稿三百余篇。",
                                  "第二届农民丰收节由县农业农村局主办"])
def test_a_sentence_on_who_runs_a_column_or_event_stays(line: str) -> None:
    assert line in clean_text(_page(line), id="t").text


@pytest.mark.parametrize("line", ["相关附件：无", "附件：暂无", "点击右上角分享给好友"])
def test_an_empty_attachment_field_and_a_share_menu_prompt_go(line: str) -> None:
    assert clean_text(_page(line), id="t").text.split("\n") == [PARA, PARA2]


@pytest.mark.parametrize("line", ["附件：无须另行提交纸质材料。", "点击右上角的设置图标，即可修改密码。"])
def test_a_notices_attachment_sentence_and_an_apps_how_to_stay(line: str) -> None:
    assert line in clean_text(_page(line), id="t").text
