"""Saved pages of site families seen nowhere else in the fixtures, cleaned whole.

Each page (tests/fixtures/text/<name>.txt) is a browser's "save as text" of an invented
article with its site's full chrome; the ``.expected`` file beside it is the whole text a
perfect cleaner returns. Names, places and events are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.chrome.common import cell_table
from cleaners.meta import closing_signature, parse_meta_line

PAGES = Path(__file__).parent / "fixtures" / "text"

# name -> (title, date, source_name, authors)
FIELDS: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {
    # A company's recruitment notice: its table of posts saved one cell a line (岗位名称 /
    # 招聘人数 / … / 给排水工程师 / 3 / …) stays, and so does its signature under 三、联系方式.
    "recruit_job_cells": ("某某水务集团有限公司2026年公开招聘工作人员公告", "2026-02-20",
                          "人力资源部", ()),
    # A paper's article split over pages: its page count over the first page's paragraphs
    # (第1页 共3页) and the pager under them go; the reporter and the correspondent on the
    # date row, each after a role with no colon (记者 某某 通讯员 某某), are its authors.
    "paper_paginated": ("老街改造记：一条街的“新生”", "2026-09-09T07:50:00", "某某日报",
                        ("米雪", "晏清")),
    # A commercial portal's self-media post: 原标题, 返回…查看更多, the editor's code, the
    # platform's statement (平台声明：该文观点仅代表作者本人，……仅提供信息存储空间服务) and the
    # 猜你喜欢 feed go.
    "portal_self_media_repost": ("乡村夜校开进田间地头 农民学员学会直播卖菜",
                                 "2026-10-14T09:12:00", "清河晚报", ()),
    # A broadcaster's video page: the player's controls and timestamps, its caption naming
    # what it plays (正在播放：…) and the related videos with their lengths go.
    "tv_video_timestamps": ("【视频】江口镇万亩油菜花进入盛花期", "2026-03-20T19:05:31",
                            "某某广播电视台", ("车明远", "岳川")),
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_the_article_stays_and_the_chrome_goes(name: str) -> None:
    doc = clean_text((PAGES / f"{name}.txt").read_text("utf-8"), id=name)
    assert doc.dropped is None
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name, doc.meta.authors) == FIELDS[name]
    assert doc.text == (PAGES / f"{name}.expected").read_text("utf-8").strip()


@pytest.mark.parametrize(("lines", "signed"), [
    # the contact lines under the notice's last numbered heading, then its signature
    (["三、联系方式", "联系人：侯女士 联系电话：0000-00000000", "某某集团有限公司", "2026年2月20日"],
     {2, 3}),
    (["三、联系方式", "联系人：侯女士", "电话：0000-00000000", "某某县人民政府办公室", "2026年2月20日"],
     {3, 4}),
    # a heading straight over an issuer and a date: a related item and its date, no signature
    (["三、相关链接", "某某集团有限公司", "2026年2月20日"], set()),
])
def test_a_signature_under_the_contact_lines_of_a_numbered_heading(
        lines: list[str], signed: set[int]) -> None:
    assert closing_signature(lines) == signed


_HEADER = ["岗位名称", "招聘人数", "学历要求"]


@pytest.mark.parametrize(("lines", "cells"), [
    # under a numbered heading: three labels, two rows with a column of figures
    (["一、招聘岗位", *_HEADER, "工程师", "3", "本科", "检测员", "2", "大专"], range(1, 10)),
    # under a sentence's colon, four columns, the figures with their unit
    (["现将岗位公布如下：", "序号", "岗位", "人数", "学历", "1", "会计", "2人", "本科",
      "2", "出纳", "1人", "大专", "二、报名方式"], range(1, 13)),
    # one row only: no table
    (["一、招聘岗位", *_HEADER, "工程师", "3", "本科"], range(0)),
    # a menu under the headline: no column of figures
    (["某某县召开工作会议。", "首页", "新闻", "政务", "服务", "互动", "专题"], range(0)),
    # under a menu item, not a sentence or a heading: no table
    (["首页", *_HEADER, "工程师", "3", "本科", "检测员", "2", "大专"], range(0)),
])
def test_a_table_saved_one_cell_a_line(lines: list[str], cells: range) -> None:
    assert cell_table(lines) == frozenset(cells)


@pytest.mark.parametrize(("row", "authors"), [
    ("2026-09-09 07:50 来源：某某日报 记者 米雪 通讯员 晏清", ("米雪", "晏清")),
    ("来源：某某日报 本报记者 曹明华 实习生 孔令伟", ("曹明华", "孔令伟")),
    ("发布时间：2024-03-09 作者 马某某 来源：某某", ("马某某",)),
])
def test_every_role_without_its_colon_on_a_labelled_row_names_an_author(
        row: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.authors == authors
