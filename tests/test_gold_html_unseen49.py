"""The general defects the six saved pages of unseen site families (gold_html gh308-gh313)
showed, pinned on invented pages with their counterexamples: a village's 村务公开 page whose
article is the one cell of a layout table, its sums a data table among bare-text <div>s (the
fallback read the table a cell a line and dropped the rows over its lone figures, and the
<div>s beside the rows were lost to the extractor); and a notice's contact line naming its
desk in full before the phone (村务监督委员会联系电话：…) over the notice's signature, which
the footer rule took for a site's contact row."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.meta import closing_contacts

_LEAD = "为保障群众的知情权和监督权，经理财小组审核，现将本社区2026年上半年集体资金收支情况公开如下："
_ROWS = (("项目", "金额（元）", "说明"),
         ("期初余额", "52310.80", ""),
         ("收入合计", "118000.00", "含集体林地承包收入、上级奖补资金"),
         ("支出合计", "96420.50", "含河道清淤、保洁工资、办公经费"),
         ("期末余额", "73890.30", ""))
_NOTES = ("主要支出为：河道清淤费用31200元，保洁人员工资28600元，办公经费16620.50元，"
          "其他支出20000元。",
          "公示时间为2026年7月10日至8月9日。居民对公示内容有疑问的，可向社区监督委员会反映。")
_SIGN = ("某某社区居民委员会", "2026年7月9日")


def _row(cells: tuple[str, ...]) -> str:
    return "<tr>" + "".join(f"<td>{c or '&nbsp;'}</td>" for c in cells) + "</tr>"


def _ledger(contact: str, tail: str = "") -> str:
    table = "<table border='1' cellspacing='0'>" + "".join(map(_row, _ROWS)) + "</table>"
    sign = "<br />".join(_SIGN)
    return ("<html><head><meta charset='utf-8'><title>某某社区2026年上半年集体资金收支公开</title></head>"
            "<body><div id='menu'><ul><li><a href='/'>网站首页</a></li><li><a href='/gk/'>社区公开</a>"
            "</li></ul></div><div id='main'><div class='right'>"
            "<div class='place'>当前位置：<a href='/'>主页</a> &gt; <a href='/gk/'>社区公开</a></div>"
            "<div class='viewbox'><div class='title'><h2>某某社区2026年上半年集体资金收支公开</h2></div>"
            "<div class='info'><small>时间:</small>2026-07-10 08:30<small>来源:</small>某某社区</div>"
            "<div class='content'><table width='100%'><tr><td>"
            f"<div>{_LEAD}</div>{table}<div>{_NOTES[0]}</div><div>{_NOTES[1]}</div>"
            f"<div>{contact}</div>{tail}<div style='text-align:right'>{sign}</div>"
            "</td></tr></table></div>"
            "<div class='boxoff'><strong>------分隔线----------------------------</strong></div>"
            "<div class='handle'><ul><li>上一篇：<a href='/gk/1.html'>某某社区2025年下半年集体资金收支公开"
            "</a></li><li>下一篇：没有了</li></ul></div></div></div></div>"
            "<div id='footer'><p>某某街道办事处 版权所有</p></div></body></html>")


_TABLE_LINES = [" ".join(c for c in r if c) for r in _ROWS]


@pytest.mark.parametrize("contact", [
    "社区监督委员会联系电话：0000-6612345",
    "某某街道农村经营管理站咨询电话：0000-6612346",
])
def test_a_ledger_in_a_layout_cell_keeps_its_rows_divs_and_desk_phone(contact: str) -> None:
    doc = clean_html(_ledger(contact), id="t")
    lines = doc.text.splitlines()
    assert lines[: len(_ROWS) + 4] == [_LEAD, *_TABLE_LINES, *_NOTES, contact]


def test_the_page_tools_beside_the_ledger_still_go() -> None:
    doc = clean_html(_ledger("社区监督委员会联系电话：0000-6612345",
                             "<div>【打印本页】【关闭窗口】</div>"), id="t")
    assert "打印本页" not in doc.text
    assert _TABLE_LINES[2] in doc.text.splitlines()


@pytest.mark.parametrize("contact", [
    "社区监督委员会联系电话：0000-6612345",
    "某某县人社局劳动保障监察大队投诉电话：0000-6612347",
    "某某镇便民服务中心咨询热线：0000-6612348",
])
def test_a_desk_named_in_full_over_the_signature_is_the_notices(contact: str) -> None:
    lines = [_NOTES[1], contact, *_SIGN]
    assert closing_contacts(lines) == frozenset({1})
    doc = clean_text("\n".join(["某某社区2026年上半年集体资金收支公开", "", _LEAD, "", *_NOTES, "",
                                contact, *_SIGN]), id="t")
    assert contact in doc.text.splitlines()


@pytest.mark.parametrize("line", [
    "社区监督委员会联系电话：0000-6612345",
    "某某市人民政府办公室联系电话：0000-6612349",
])
def test_a_desk_phone_under_no_sentence_and_over_no_signature_is_no_notices(line: str) -> None:
    # a footer's rows: the site's name, then its phone, its ICP number; no signature under them
    lines = ["某某街道办事处 版权所有", line, "某ICP备00000000号"]
    assert closing_contacts(lines) == frozenset()


def test_a_ledger_in_a_layout_cell_keeps_its_rows_under_a_contact_person() -> None:
    contact = "联系人：赵某某，联系电话：0000-6612345。"
    doc = clean_html(_ledger(contact), id="t")
    assert doc.text.splitlines()[: len(_ROWS) + 4] == [_LEAD, *_TABLE_LINES, *_NOTES, contact]


def test_a_trail_beside_a_table_with_no_paragraph_stays_out() -> None:
    # the rows' only bare-text <div> is the page's trail: no paragraph makes it one
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in [
        ("事项名称", "某某街道老旧小区加装电梯补助申请"),
        ("事项内容", "申请人应提交加装电梯协议、施工合同和竣工验收材料，经街道审核后拨付补助资金。"),
        ("办理时限", "二十个工作日")])
    page = ("<html><head><meta charset='utf-8'><title>事项详情-某某街道</title></head><body>"
            "<div>当前位置：首页 &gt; 便民服务 &gt; 事项详情</div>"
            f"<table>{rows}</table></body></html>")
    doc = clean_html(page, id="t")
    assert "当前位置" not in doc.text
    assert "经街道审核后拨付补助资金。" in doc.text
