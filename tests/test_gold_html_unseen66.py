"""What session 39 left on the text path of its saved pages (gold_html gh386-gh391), read on both
paths, with counterexamples:

- a 12 hours' clock after its half of the day (2026年11月23日 下午10:41, 某某晨报 2026-11-23
  晚上8:30) kept only the day, and a row's bare outlet beside it was lost: the time is read in the
  day's 24 hours (22:41);
- an overseas outlet's English date row (Nov 23, 2026 10:41 PM · 某某晨报) stayed in the body:
  it is the outlet's row, its date and its publisher;
- a note crediting the article's picture (文中题图来自：某某图库, 本文头图来源：…) stayed between
  the paragraphs: it is a credit line;
- a news client's page whose only date is a <time>'s attribute shown as 3小时前 has no date on
  the text path, and must give none (not a day a sentence names): bench/gold_html.py's
  NO_DATE_AS_TEXT leaves such pages' gold date unscored there.
"""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.meta import parse_date_row, parse_meta_line, spelled_dates

_PARAS = ("交通部门宣布，明年起将在三个城区试行夜间按需接驳巴士服务，填补凌晨时段公共交通的空缺。",
          "乘客可在午夜至凌晨五时之间通过手机预约上车，系统根据实时需求规划路线，车资与日间相同。",
          "试行首阶段将投入四十辆小型巴士，半年后根据使用率和营运成本决定是否推广到其他地区。")
_TITLE = "夜间按需接驳巴士明年试行"


def _html(row: str, between: str = "") -> str:
    body = (f"<p>{_PARAS[0]}</p>{between}" + "".join(f"<p>{p}</p>" for p in _PARAS[1:]))
    return (f"<html><head><title>{_TITLE}</title></head><body>"
            "<nav><a href='/'>首页</a> <a href='/news'>新闻</a></nav><article>"
            f"<h1>{_TITLE}</h1><div class='info'>{row}</div><div class='body'>{body}</div>"
            "</article><footer>版权所有 © 2026 某某晨报</footer></body></html>")


def _text(row: str, between: str = "") -> str:
    return "\n".join([_TITLE, row, _PARAS[0], *([between] if between else []), *_PARAS[1:]])


@pytest.mark.parametrize(("row", "date", "source"), [
    ("2026年11月23日 下午10:41 来源：某某晨报", "2026-11-23T22:41:00", "某某晨报"),
    ("某某晨报 2026-11-23 下午3:05", "2026-11-23T15:05:00", "某某晨报"),
    ("发布时间：2026-11-23 晚上8:30", "2026-11-23T20:30:00", None),
    ("某某晨报 2026-11-23 上午9:05", "2026-11-23T09:05:00", "某某晨报"),
    ("Nov 23, 2026 10:41 PM · 某某晨报", "2026-11-23T22:41:00", "某某晨报"),
    ("23 November 2026 · 某某晨报", "2026-11-23", "某某晨报"),
])
@pytest.mark.parametrize("path", ["html", "text"])
def test_a_twelve_hours_clock_and_an_english_date_row(row: str, date: str, source: str | None,
                                                      path: str) -> None:
    doc = clean_html(_html(row)) if path == "html" else clean_text(_text(row))
    assert doc.text.split("\n") == list(_PARAS)
    assert doc.meta.date == date
    assert doc.meta.source_name == source


@pytest.mark.parametrize(("text", "read"), [
    ("2026年11月23日 下午10:41", "2026年11月23日 22:41"),
    ("2026-11-23 中午12:30", "2026-11-23 12:30"),
    ("2026-11-23 中午1:10", "2026-11-23 13:10"),
    ("2026-11-23 凌晨12:30", "2026-11-23 00:30"),
    ("2026-11-23 上午9:05", "2026-11-23 09:05"),
    ("2026-11-23 10:41 PM", "2026-11-23 22:41"),
    ("Nov. 3, 2026", "2026-11-03"),
    ("3 Sept 2026", "2026-09-03"),
    # no date or time of those shapes: left as it is
    ("下午三点开会", "下午三点开会"),
    ("Mayor 23, 2026", "Mayor 23, 2026"),
    ("Nov 2026", "Nov 2026"),
    ("下午13:30", "下午13:30"),
])
def test_spelled_dates(text: str, read: str) -> None:
    assert spelled_dates(text) == read


@pytest.mark.parametrize("line", [
    "会议定于下午3:00在市民中心举行，届时将发布试行方案。",
    "She arrived on Nov 23, 2026 and stayed for a week, the paper reported.",
])
def test_a_sentence_with_a_clock_is_no_row(line: str) -> None:
    assert parse_meta_line(line) is None
    assert parse_date_row(line) is None


@pytest.mark.parametrize("note", ["文中题图来自：某某图库", "本文头图来源：某某摄影",
                                  "题图来源：视觉某某"])
@pytest.mark.parametrize("path", ["html", "text"])
def test_a_note_crediting_the_articles_picture_goes(note: str, path: str) -> None:
    row = "2026-11-23 22:41 来源：某某晨报"
    doc = (clean_html(_html(row, f"<p>{note}</p>")) if path == "html"
           else clean_text(_text(row, note)))
    assert doc.text.split("\n") == list(_PARAS)


def test_a_sentence_about_where_a_picture_came_from_stays() -> None:
    line = "文中题图来自他多年前的一次旅行，照片里的老街如今已经焕然一新。"
    doc = clean_text(_text("2026-11-23 22:41 来源：某某晨报", line))
    assert line in doc.text.split("\n")


def test_a_clients_page_dated_only_by_a_relative_time_has_no_date_as_text() -> None:
    # the text a browser saves of a page whose date is only a <time>'s attribute: a relative
    # time in the outlet's row, a yearless day in the lead, a copyright year at the foot
    text = "\n".join(["某某新闻", "推荐 本地 时政 社会 经济", _TITLE, "某某新闻·3小时前·阅读 1.2万",
                      "11月24日起，" + _PARAS[0], *_PARAS[1:], "责任编辑：某某某",
                      "© 2026 某某新闻 版权所有"])
    doc = clean_text(text)
    assert doc.meta.date is None
    assert doc.meta.title == _TITLE
