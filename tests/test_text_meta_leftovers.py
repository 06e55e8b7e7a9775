"""Three metadata leftovers of text pages (round unseen58): a day-first date as Macau's and Hong
Kong's sites print it (日期：02/12/2025), read day first only on a page in traditional script or
one whose other dates settle the order; a unit and its writers in brackets glued after the last
sentence (……。（某某公司 某某 某某）), the writers the authors; a press office's name alone
under the date row (新聞局), the publisher."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import _DAY_FIRST_ROW, _PRESS_OFFICE

_RELEASE = ("交通事務局優化夜間巴士服務　下月起新增三條通宵路線\n{row}\n{source}\n"
            "交通事務局今日公布，為配合市民夜間出行需要，將由下月起新增三條通宵巴士路線。\n"
            "交通事務局表示，新增路線的班次約為每三十分鐘一班，沿途停靠醫院及公共交通樞紐。\n"
            "市民可透過交通事務局網站或手機應用程式查詢新路線的站點及預計到站時間。\n")

_NOTICE = ("某某市交通运输局优化夜间公交服务\n{row}\n"
           "市交通运输局今日公布，为配合市民夜间出行需要，将于下月起新增三条通宵公交线路。\n"
           "新增线路的班次约为每三十分钟一班，沿途停靠医院、大型小区及公共交通枢纽。\n"
           "市民可通过市交通运输局网站或手机应用程序查询新线路的站点及预计到站时间。\n")


@pytest.mark.parametrize(("row", "date"), [
    ("日期：02/12/2025", "2025-12-02"),
    ("發佈日期：02/12/2025", "2025-12-02"),
    ("發佈日期：02/12/2025 18:20", "2025-12-02T18:20:00"),
])
def test_a_traditional_pages_slashed_date_reads_day_first(row: str, date: str) -> None:
    doc = clean_text(_RELEASE.format(row=row, source="新聞來源：新聞局"), id="t")
    assert doc.meta.date == date
    assert "02/12/2025" not in doc.text


def test_a_simplified_page_is_never_read_day_first_by_guess() -> None:
    # Counterexample: the same row on a simplified page gives no date; a day above 12 on the
    # page settles the order, and then it does.
    assert clean_text(_NOTICE.format(row="发布日期：02/12/2025"), id="t").meta.date is None
    assert clean_text(_NOTICE.format(row="发布日期：13/12/2025"), id="t").meta.date == "2025-12-13"


def test_a_month_first_date_on_the_page_settles_the_other_order() -> None:
    # Counterexample: a US-style date elsewhere on the page (12/25/2025) says month first.
    text = _RELEASE.format(row="日期：02/12/2025", source="新聞來源：新聞局").replace(
        "市民可透過", "市民可於12/25/2025前透過")
    assert clean_text(text, id="t").meta.date is None
    english = ("Night bus routes extended\nDate: 02/12/2025\n"
               "The transport bureau said three new overnight routes open next month.\n")
    assert clean_text(english, id="t").meta.date is None


def test_the_day_first_row_is_a_label_and_the_date_alone() -> None:
    assert _DAY_FIRST_ROW.match("日期：02/12/2025")
    assert _DAY_FIRST_ROW.match("发布日期：2/12/2025 18:20")
    assert not _DAY_FIRST_ROW.match("日期：02/12/2025 至 05/12/2025")
    assert not _DAY_FIRST_ROW.match("会议于02/12/2025举行。")


_PARTY_NEWS = ("第三发电公司：党员先锋岗守护迎峰度冬\n发布时间：2025-12-08  来源：第三发电公司\n"
               "入冬以来，公司党委在运行、检修等关键岗位设立党员先锋岗十二个，确保机组安全稳定运行。\n"
               "截至目前，该公司今冬累计发电量同比增长百分之九，为保障地区电力供应作出了积极贡献。")


@pytest.mark.parametrize(("credit", "authors"), [
    ("（第三发电公司 钱某某 许某某）", ("钱某某", "许某某")),
    ("（公司党委工作部 钱某某 许某某）", ("钱某某", "许某某")),
    ("（第三發電公司 錢某某 許某某）", ("錢某某", "許某某")),
    ("（县市场监管局 王某某）", ("王某某",)),
])
def test_a_unit_and_its_writers_glued_after_the_last_sentence_are_a_credit(
        credit: str, authors: tuple[str, ...]) -> None:
    doc = clean_text(_PARTY_NEWS + credit + "\n", id="t")
    assert doc.meta.authors == authors
    assert doc.text.endswith("作出了积极贡献。")


@pytest.mark.parametrize("tail", ["（下转第2版）", "（詳見某某統計局 王某某）", "（第三发电公司 2025年12月）",
                                  "（第三發電公司 錢某某，電話：0000-1234567）"])
def test_a_bracket_holding_more_than_a_unit_and_names_is_no_such_credit(tail: str) -> None:
    doc = clean_text(_PARTY_NEWS + tail + "\n", id="t")
    assert doc.meta.authors == ()


def test_a_sentences_own_brackets_stay() -> None:
    # Counterexample: the bracket inside the sentence, before its stop, is the sentence's.
    line = "项目由两家单位共同承建（第三发电公司 第一建设公司）。"
    doc = clean_text(_PARTY_NEWS + "\n" + line + "\n", id="t")
    assert line in doc.text


@pytest.mark.parametrize("name", ["新聞局", "新闻办", "某某市人民政府新闻办公室"])
def test_a_press_office_alone_under_the_date_row_is_the_source(name: str) -> None:
    doc = clean_text(_RELEASE.format(row="發佈日期：2025年12月02日 18:20", source=name), id="t")
    assert doc.meta.source_name == name
    assert not doc.text.startswith(name)
    dated = clean_text(_RELEASE.format(row="日期：02/12/2025", source=name), id="t")
    assert dated.meta.source_name == name
    assert dated.meta.date == "2025-12-02"


def test_a_press_office_is_named_alone() -> None:
    assert _PRESS_OFFICE.match("新聞局")
    assert _PRESS_OFFICE.match("某某市政府新闻办")
    # Counterexamples: a sentence or a heading naming the office is no publisher's name.
    assert not _PRESS_OFFICE.match("新聞局今日公布夜間巴士新路線")
    assert not _PRESS_OFFICE.match("新闻局局长")


def test_a_labelled_source_outranks_the_press_office_line() -> None:
    # Counterexample: a row that names its source keeps it; the lone name is no second source.
    doc = clean_text(_NOTICE.format(row="发布日期：2025-12-02 来源：某某日报\n新闻办"), id="t")
    assert doc.meta.source_name == "某某日报"
