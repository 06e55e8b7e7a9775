"""The general shapes the batch of invented HTML pages gh182-gh187 showed (old county and city
news sites: nested layout tables, a <br><br> body, a 共3页 pager, a data table, bracketed
【编辑】【来源】 under the text, GBK bytes with no charset), each with what must match and what
must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text

_BODY = ("<p>11月18日，某某县首届农民运动会在县体育场开幕，来自全县14个乡镇的600余名农民运动员参加"
         "比赛。</p><p>本届运动会设置了拔河、挑担接力、插秧比赛等8个比赛项目，既有传统体育项目，又有"
         "贴近农村生产生活的趣味项目。</p>")


def _row_page(row: str) -> str:
    return ('<html><head><title>某某县举办首届农民运动会</title></head><body><table><tr><td>'
            '<p align="center"><font size="4"><b>某某县举办首届农民运动会</b></font></p>'
            f'<p align="center"><font color="#808080">{row}</font></p>'
            f'<table><tr><td class="zw">{_BODY}</td></tr></table></td></tr></table></body></html>')


# --- a county newsroom beside the date and a reporter publishes --------------------------------

@pytest.mark.parametrize(("row", "source"), [
    ("2006年11月20日　某某县新闻信息中心　记者 王某某", "某某县新闻信息中心"),
    ("2006-11-20　某某县新闻中心　记者 王某某", "某某县新闻中心"),
    # the outlets read before, and a labelled reporter's row: as before
    ("2006-11-20　某某县新闻中心　记者：王某某", "某某县新闻中心"),
    ("2006年11月20日　某某日报　记者 王某某", "某某日报"),
    ("2006年11月20日　某某县融媒体中心　记者 王某某", "某某县融媒体中心"),
])
def test_a_county_newsroom_beside_the_date_and_a_reporter_publishes(row: str, source: str
                                                                     ) -> None:
    doc = clean_html(_row_page(row))
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2006-11-20", source, ("王某某",))


@pytest.mark.parametrize("row", [
    # a centre of another kind, or the channel 新闻中心 alone, is no outlet: no publisher
    "2006年11月20日　某某县政务服务中心　记者 王某某",
    "2006年11月20日　某某县信息中心　记者 王某某",
    "2006年11月20日　新闻中心　记者 王某某",
])
def test_another_centre_beside_the_date_and_a_reporter_publishes_nothing(row: str) -> None:
    doc = clean_html(_row_page(row))
    assert (doc.meta.date, doc.meta.authors) == ("2006-11-20", ("王某某",))
    assert doc.meta.source_name is None


# --- the editor's credit under the text with the source's field after it (text path) ----------

_TEXT = ("某某县秋粮喜获丰收\n发布时间：2010-09-03 16:20:11 点击数：\n"
         "时下正值秋收时节，走进某某县各乡镇，金黄的稻田里收割机来回穿梭，田间地头一派繁忙景象。\n"
         "为确保颗粒归仓，县农机部门组织200多台联合收割机开展跨乡作业，为农户提供机收服务。\n")


@pytest.mark.parametrize(("credit", "source"), [
    ("【编辑：黄某某】　【来源：某某县农业局】", "某某县农业局"),
    ("【编辑：黄某某】【来源：某某县农业局】", "某某县农业局"),
    ("（编辑：黄某某　来源：某某日报）", "某某日报"),
    ("编辑：黄某某　来源：某某日报", "某某日报"),
    # no source's field, or the site's own (本站原创): no publisher
    ("【编辑：黄某某】", None),
    ("（编辑：黄某某　审核：李某）", None),
    ("责任编辑：黄某某 来源：本站原创", None),
])
def test_a_source_after_the_editor_under_the_text_publishes(credit: str, source: str | None
                                                            ) -> None:
    doc = clean_text(_TEXT + credit + "\n【打印本文】 【关闭窗口】\n", id="t")
    assert doc.meta.source_name == source
    assert "编辑" not in doc.text
    assert doc.text.endswith("为农户提供机收服务。")

