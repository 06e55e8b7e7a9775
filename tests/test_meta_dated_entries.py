"""An article's own dated entries (a 大事记's days, a work report's milestones, a meeting's
schedule) are its text, not date rows: three or more lines in a row opening on a day with an
entry's words after it, or, on the HTML path, three or more dates each alone over its entry's
sentence. The page's own date row (under the headline, beside its 来源/作者, a 发布时间 row at the
bottom, a notice's date under its signature) stays metadata. Names and places are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_html, clean_text
from cleaners.meta import dated_entry_runs

from .test_html_page_shapes import check_page

TEXT = Path(__file__).parent / "fixtures" / "text"

_ENTRIES = ["2026年1月5日 镇党委召开乡村振兴推进会", "2026年1月22日 镇农产品展销中心开业",
            "2026年2月14日 镇文化礼堂举办新春文艺演出"]


@pytest.mark.parametrize(("lines", "entries"), [
    # a 大事记's days, each with its entry
    (_ENTRIES, {0, 1, 2}),
    # milestones glued to their day, in ISO dates too
    (["2026年3月1日南川片区征收工作全面启动", "2026年4月15日南川片区签约工作基本完成",
      "2026年6月9日南川片区首批安置房开工建设"], {0, 1, 2}),
    (["2026-01-08 开幕会听取工作报告", "2026-01-09 分组讨论政府工作报告", "2026-01-10 大会发言建言献策"],
     {0, 1, 2}),
    # two entries make no run
    (_ENTRIES[:2], set()),
    # the page's date row over the run, naming its publisher, is no entry
    (["2026年4月8日 青禾镇人民政府", *_ENTRIES], {1, 2, 3}),
    # rows with a time of day or a field are the page's (a list of posts' date rows)
    (["2026-01-05 10:20 来源：某某网", "2026-01-06 09:00 来源：某某网", "2026-01-07 08:00 来源：某某网"],
     set()),
    (["2026-01-05 作者：甲某", "2026-01-06 阅读 1200", "2026-01-07 编辑 乙某"], set()),
    # a date alone has no entry's words; a line ending on its date is a link's, not opening on it
    (["2026-01-05", "2026-01-06", "2026-01-07"], set()),
    (["某某市公共数据开放管理办法 2026-05-20", "某某市数据安全管理实施细则 2026-03-15",
      "某某市政务数据共享目录 2025-11-02"], set()),
])
def test_dated_entries_in_a_row(lines: list[str], entries: set[int]) -> None:
    assert dated_entry_runs(lines, range(len(lines))) == entries


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # short entries under the date row, no prose at all: they were read as date rows, each
    # entry taken for a publisher, the first three lost
    ("town_chronicle_short_entries",
     {"title": "青禾镇乡村振兴大事记（2026年第一季度）", "date": "2026-04-08",
      "source_name": "青禾镇人民政府"},
     ["2026年1月5日", "2026年1月22日", "2026年2月14日", "2026年3月3日", "2026年3月27日"]),
    # milestones glued to their day above the report's first paragraph
    ("district_milestones_glued",
     {"title": "南川片区改造项目建设节点", "date": "2026-06-12T10:30:00",
      "source_name": "南川区住建局"},
     ["2026年3月1日南川片区征收", "2026年4月15日", "2026年6月9日", "今年以来", "下一步"]),
    # a notice's deadlines right under its last paragraph, then a sentence and its
    # signature: the run went as a list of headlines after the article, the sentence with it
    ("notice_deadlines_after_body",
     {"title": "关于2026年度第一批科技项目申报时间安排的通知", "date": "2026-02-10",
      "source_name": "市科技局"},
     ["各相关单位：", "现将", "2026年3月15日", "2026年3月31日", "2026年4月20日", "逾期提交",
      "澄江市科学技术局", "2026年2月10日"]),
])
def test_text_pages_keep_their_dated_entries(name: str, meta: dict[str, object],
                                             lines: list[str]) -> None:
    doc = clean_text((TEXT / f"{name}.txt").read_text("utf-8"), id=name)
    assert doc.dropped is None
    for key, value in meta.items():
        assert getattr(doc.meta, key) == value, key
    got = doc.text.split("\n")
    assert [line[: len(want)] for line, want in zip(got, lines, strict=False)] == lines
    assert len(got) == len(lines)


def test_the_date_row_under_the_headline_still_goes() -> None:
    page = "\n".join(["青禾镇乡村振兴大事记", "2026年4月8日 青禾镇人民政府", *_ENTRIES,
                      "2026年3月27日 镇获评全省乡村振兴示范镇"])
    doc = clean_text(page, id="t")
    assert (doc.meta.date, doc.meta.source_name) == ("2026-04-08", "青禾镇人民政府")
    assert doc.text.split("\n")[0] == _ENTRIES[0]
    assert len(doc.text.split("\n")) == 4


def test_a_publishing_row_at_the_bottom_and_a_signature_date_keep_their_reading() -> None:
    body = ["各相关单位：", "现将2026年度第一批项目申报时间安排公布如下，请按时提交材料。",
            "2026年3月15日 科技创新项目申报截止", "2026年3月31日 人才培育项目申报截止",
            "2026年4月20日 成果转化项目申报截止", "逾期提交的材料不予受理。", "某某市科学技术局",
            "2026年2月10日"]
    doc = clean_text("\n".join(["关于公布2026年度第一批项目申报时间安排的通知", *body,
                                "发布时间：2026-02-10 10:00"]), id="t")
    assert doc.meta.date == "2026-02-10T10:00:00"
    # the entries and the notice's signature (its body and date) are the text; the 发布时间
    # row at the bottom goes
    assert doc.text.split("\n") == body


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # dates in <span>s, each alone over its entry: the first, at the container's top, went
    # as a meta line
    ("chronicle_dates_alone_spans",
     {"title": "青禾镇乡村振兴大事记", "date": "2026-04-08", "source_name": "青禾镇人民政府"},
     ["2026-01-05", "镇党委召开", "2026-01-22", "镇特色农产品", "2026-02-14", "镇文化礼堂",
      "2026-03-27", "镇获评"]),
    # the container holds the page's date row, then the schedule's first day: the row goes,
    # the day stays
    ("meeting_schedule_dates_alone",
     {"title": "市政协十三届五次会议日程", "date": "2026-01-05", "source_name": "市政协办公室"},
     ["2026-01-08", "上午开幕会", "2026-01-09", "列席", "2026-01-10", "大会发言", "2026-01-11", "闭幕会",
      "请各位委员"]),
])
def test_html_pages_keep_their_dates_alone(name: str, meta: dict[str, object],
                                           lines: list[str]) -> None:
    check_page(name, meta, lines)


def test_a_date_alone_over_the_body_is_still_the_pages() -> None:
    # one date alone at the container's top, no chronicle under it: the page's date row
    doc = clean_html("<html><body><div class='article'><h1>青禾镇召开春耕生产动员会</h1>"
                     "<div class='content'><p><span>2026-03-02</span></p>"
                     "<p>3月1日，青禾镇召开春耕生产动员会，部署全年粮食生产任务。</p>"
                     "<p>会议要求，各村要抓好农资供应，确保春耕生产顺利进行。</p></div></div>"
                     "</body></html>", id="t")
    assert doc.meta.date == "2026-03-02"
    assert doc.text.split("\n")[0].startswith("3月1日")


_REPORT = ["南川区工作动态", "2026-06-12 来源：南川区住建局",
           "今年以来，区住建局加快推进南川片区改造，各节点按计划完成，群众满意度不断提升。",
           "区住建局将加强质量安全监管，确保项目如期完工，让群众早日住上新房。"]


def test_dated_entries_after_the_body_stay_a_feed_newest_first_goes() -> None:
    entries = ["2026年3月1日 南川片区征收启动", "2026年4月15日 南川片区签约完成",
               "2026年6月9日 南川片区安置房开工", "以上为主要节点。"]
    doc = clean_text("\n".join([*_REPORT, *entries]), id="t")
    assert doc.text.split("\n")[2:] == entries
    # a feed of dated headlines under the article, newest first, is still a list of headlines
    feed = ["2026-06-11 某某县召开全县经济工作会议", "2026-06-10 某某镇开展夏收生产",
            "2026-06-08 某某村举办农民培训班"]
    doc = clean_text("\n".join([*_REPORT, *feed]), id="t")
    assert len(doc.text.split("\n")) == 2


def test_the_pages_date_alone_over_a_chronicle_still_goes() -> None:
    # the page's date alone at the container's top, right over the chronicle's first day: the
    # row goes, every day of the chronicle stays
    days = ["2026-01-05", "镇党委召开乡村振兴工作推进会，部署全年重点任务。", "2026-01-22",
            "镇特色农产品展销中心开业，当天销售额突破十万元。", "2026-02-14",
            "镇文化礼堂举办迎新春文艺演出，群众千余人观看。"]
    doc = clean_html("<html><body><div class='article'><h1>青禾镇乡村振兴大事记</h1>"
                     "<div class='content'><p><span>2026-04-08</span></p>"
                     + "".join(f"<p>{line}</p>" for line in days)
                     + "</div></div></body></html>", id="t")
    assert doc.meta.date == "2026-04-08"
    assert doc.text.split("\n") == days
