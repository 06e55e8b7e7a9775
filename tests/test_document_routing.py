"""An office system's routing fields over the document it prints, saved as text a row a line
(密级 公开 紧急程度 平件, 拟稿人 某某 核稿人 某某): they go, the notice under them stays
(gold_html --text: an OA system's document page)."""

from __future__ import annotations

from cleaners import clean_text

_NOTICE = ("关于做好今冬农田水利设施维修养护工作的通知\n\n各乡镇人民政府：\n\n"
           "为保障明年春耕生产用水，现就做好今冬农田水利设施维修养护工作通知如下。\n\n"
           "各乡镇要在十二月十五日前，对辖区内的小型水利设施开展一次全面排查。\n\n特此通知。\n")


def test_the_routing_rows_go_and_the_notice_stays() -> None:
    doc = clean_text("密级 公开 紧急程度 平件\n\n拟稿人 某某 核稿人 某某某\n\n" + _NOTICE, id="t")
    assert "紧急程度" not in doc.text
    assert "核稿人" not in doc.text
    assert "全面排查" in doc.text


def test_a_sentence_naming_the_fields_stays() -> None:
    line = "拟稿人要对文稿内容负责，核稿人要把好文字关。"
    doc = clean_text(_NOTICE + "\n" + line + "\n", id="t")
    assert line in doc.text


def test_a_message_boards_record_rows_go() -> None:
    rows = ("留言编号 BH2025091600371 留言类型 投诉\n受理单位 某某区城市管理局 办理状态 已办结\n"
            "浏览次数 1268 公开状态 公开\n\n")
    doc = clean_text(rows + _NOTICE, id="t")
    for gone in ("留言编号", "办理状态", "浏览次数"):
        assert gone not in doc.text
    assert "全面排查" in doc.text
