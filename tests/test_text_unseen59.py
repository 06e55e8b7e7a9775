"""The general shapes the fifty-ninth batch of unseen families (gold_like gl466-gl471) showed,
each with the lines that must match and the ones that must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.captions import Captions, _table_rows
from cleaners.document import Doc

_INTRO = "经某某村村民代表会议讨论通过，现将村内道路硬化项目有关情况公示如下："
_ROWS = ["项目名称：某某村三组至五组村内道路硬化工程",
         "建设内容：硬化道路长1.6公里、宽4.5米，配套修建排水沟1.6公里",
         "项目总投资：62.4万元",
         "资金来源：财政奖补资金40万元，村集体自筹12.4万元，村民筹资筹劳折资10万元",
         "受益人口：三个村民小组共218户765人"]
_AFTER = "公示期为2025年8月12日至8月18日。公示期内，村民如有异议，可向村务监督委员会反映。"
_CONTACT = "监督电话：0745-1234567（村务监督委员会）　0745-7654321（镇农经站）"


def test_a_contact_row_under_a_glued_labelled_list_is_no_caption() -> None:
    # The page leaves one blank between paragraphs and none between the rows of its list:
    # the rows' gaps are a table's, so one blank is the usual gap, not a picture's.
    text = "\n\n".join([_INTRO, "\n".join(_ROWS), _AFTER, _CONTACT, "某某村村民委员会"])
    doc = Captions()(Doc("d", text=text))
    assert _CONTACT in doc.text
    assert [r.text for r in doc.removals] == []


def test_a_caption_between_paragraphs_still_goes_where_the_page_spaces_them_so() -> None:
    # counterexample: paragraphs glued, a picture's wide gap around one short line
    para = "今年以来，某某镇投入资金二百万元，完成村内道路硬化十二公里，惠及群众三千余人。"
    text = f"{para}\n{para}\n\n\n村民在新修的道路上散步\n\n\n{para}\n{para}"
    doc = Captions()(Doc("d", text=text))
    assert [r.text for r in doc.removals] == ["村民在新修的道路上散步"]


@pytest.mark.parametrize(("a", "b", "rows"), [
    (_ROWS[2], _ROWS[3], True),
    ("项目名称：某某工程；", "建设地点：某某镇；", True),  # rows closing on the list's semicolon
    # counterexamples: a speaker's lines close on full stops; a sentence has no label
    ("记者：今年的改造有哪些新变化？", "张某某：主要是把排水沟一起修好了。", False),
    ("据了解，这条道路全长1.6公里", _ROWS[2], False),
    (_ROWS[2], "公示期内，村民如有异议：可向村务监督委员会反映", False),
])
def test_table_rows(a: str, b: str, rows: bool) -> None:
    assert _table_rows(a, b) is rows


_LEAD = "芒种时节，某某县首批五个共享农机服务站投入运营，农户通过手机小程序就能预约农机具。"


@pytest.mark.parametrize(("row", "authors", "source"), [
    # a labelled date opens the row: the metadata row, its reporters and source read, the
    # video's crew (剪辑, 编审) no authors
    ("发布日期：2025-06-03 18:40　来源：某某县融媒体中心　记者：赵某某 钱某某　剪辑：孙某　编审：李某某",
     ("赵某某", "钱某某"), "某某县融媒体中心"),
    ("发布时间：2025-06-03　来源：某某县融媒体中心　记者：赵某某　编辑：孙某　审核：李某某",
     ("赵某某",), "某某县融媒体中心"),
    ("2025-06-03 18:40　来源：某某台　记者：赵某某　剪辑：孙某", ("赵某某",), "某某台"),
])
def test_a_date_row_with_a_video_crew_is_read_as_metadata(row: str, authors: tuple[str, ...],
                                                          source: str) -> None:
    doc = clean_text(f"某某县首批共享农机服务站投入运营\n{row}\n{_LEAD}", id="d")
    assert doc.meta.authors == authors
    assert doc.meta.source_name == source
    assert doc.text == _LEAD


def test_a_crew_row_alone_is_still_a_credit_row() -> None:
    # counterexample: no date opens it; the crew are no authors
    doc = clean_text(f"某某县首批共享农机服务站投入运营\n2025-06-03\n{_LEAD}\n"
                     "摄像：某某 剪辑：某某某 监制：某某", id="d")
    assert doc.text == _LEAD
    assert doc.meta.authors == ()
    assert "credit_fields" in {r.rule for r in doc.removals}
