"""The general shapes the batch of invented citizen-exchange pages gh206-gh210 showed (a 网络问政
page's row of the asker's nickname glued to the next field, a 领导信箱 page whose <title> names
only the kind of page), each with what must match and what must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.metadata import _LABELLED_TITLE, _PAGE_KIND_TITLE, _date_and_names

_PARAS = ["我们一家今年从外地回县城工作，孩子今年上小学三年级，想从原来的学校转到县城的小学就读。",
          "来信收悉。现将办理事项答复如下：每学期开学前两周为集中转学办理时间，请携带材料到窗口申请。",
          "学籍将通过学籍信息管理系统随孩子一并转入，无需您另行办理。如有其他问题，请电话咨询。"]


# --- a field whose label we do not read is no publisher beside the date ---------------------

@pytest.mark.parametrize("row", [
    "网友：山***客提问时间：2025-08-05 10:21 问政对象：某某市自然资源局",
    "留言人：张** 2025-08-05 10:21",
    "網友：某某客提問時間：2025-08-05 10:21",
])
def test_an_unread_labelled_field_beside_the_date_names_no_publisher(row: str) -> None:
    found = _date_and_names(row)
    assert found is not None
    assert found[1] is None


@pytest.mark.parametrize(("row", "source"), [
    # an outlet's bare name beside the date still publishes
    ("2019-09-26 10:56 某某时报网", "某某时报网"),
    ("某某都市报 2019-09-09 16:01", "某某都市报"),
    # a labelled source still names it
    ("来源：某某日报 2024-03-22", "某某日报"),
])
def test_an_outlet_beside_the_date_still_publishes(row: str, source: str) -> None:
    found = _date_and_names(row)
    assert found is not None
    assert found[1] == source


# --- a <title> naming only the kind of page is a label --------------------------------------

@pytest.mark.parametrize("title", [
    "领导信箱-回复详情", "工单详情-某某市12345政务服务便民热线", "互动交流_信件详情",
    "留言详情", "領導信箱-回覆詳情",
])
def test_a_title_naming_only_a_letters_detail_page(title: str) -> None:
    assert _PAGE_KIND_TITLE.fullmatch(title)


@pytest.mark.parametrize("title", [
    "关于某某小学门口路段增设减速带的建议", "留言详情页改版上线", "关于某某路噪音扰民的投诉-留言详情",
    "新闻详情", "某某县开展政务服务“回复详情”公开试点",
])
def test_a_headline_is_no_page_kind_title(title: str) -> None:
    assert not _PAGE_KIND_TITLE.fullmatch(title)


def _letter_page(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (f"<html><head><title>{title}</title></head><body>"
            "<div class='pos'>您现在的位置：首页 &gt;&gt; 领导信箱 &gt;&gt; 回复详情</div>"
            "<h3>孩子转学到县城小学需要什么手续</h3>"
            f"<div>来信时间：2024年08月20日</div><div class='content'>{body}</div></body></html>")


def test_the_heading_over_the_letter_is_the_title_under_a_page_kind_title() -> None:
    doc = clean_html(_letter_page("领导信箱-回复详情-某某县人民政府"))
    assert doc.meta.title == "孩子转学到县城小学需要什么手续"
    assert all(p in doc.text for p in _PARAS)


# --- a work order's subject after its label, under a page-kind <title> ----------------------

@pytest.mark.parametrize(("line", "subject"), [
    ("诉求标题 关于某某小区高层住户二次供水水压不足的诉求", "关于某某小区高层住户二次供水水压不足的诉求"),
    ("信件标题：孩子转学到县城小学需要什么手续", "孩子转学到县城小学需要什么手续"),
    ("信件標題：孩子轉學到縣城小學需要什麼手續", "孩子轉學到縣城小學需要什麼手續"),
])
def test_a_records_labelled_subject(line: str, subject: str) -> None:
    m = _LABELLED_TITLE.fullmatch(line)
    assert m is not None
    assert m["title"] == subject


@pytest.mark.parametrize("line", ["标题 关于某某的通知", "诉求内容 市民来电反映噪音扰民。", "信件标题"])
def test_no_labelled_subject(line: str) -> None:
    assert _LABELLED_TITLE.fullmatch(line) is None


def _work_order_page(title: str) -> str:
    cells = "".join(f"<tr><td>{label}</td><td colspan='3'>{value}</td></tr>" for label, value in [
        ("诉求标题", "关于某某小区二次供水水压不足的诉求"), ("诉求内容", _PARAS[0]),
        ("办理结果", _PARAS[1] + _PARAS[2])])
    return (f"<html><head><title>{title}</title></head><body>"
            "<div>当前位置：首页 &gt; 工单公开 &gt; 工单详情</div>"
            "<table><tr><td>工单编号</td><td>XX2406110001</td><td>诉求类型</td><td>投诉</td></tr>"
            "<tr><td>来电时间</td><td>2024-06-11 08:36</td><td>所属区域</td><td>某某区</td></tr>"
            f"{cells}</table></body></html>")


def test_the_labelled_subject_is_the_title_of_a_work_order_page() -> None:
    doc = clean_html(_work_order_page("工单详情-某某市12345政务服务便民热线"))
    assert doc.meta.title == "关于某某小区二次供水水压不足的诉求"
    # the 来电时间 label cell over its date is no publisher's name
    assert doc.meta.source_name is None
    assert "工单编号" not in doc.text
    assert _PARAS[0] in doc.text


def test_a_headline_title_stays_over_a_labelled_subject() -> None:
    doc = clean_html(_work_order_page("某某区推进二次供水设施改造_某某市人民政府"))
    assert doc.meta.title == "某某区推进二次供水设施改造"


def test_a_date_label_without_its_colon_is_no_publisher() -> None:
    found = _date_and_names("来电时间 2024-06-11 08:36 所属区域 某某区")
    assert found is not None
    assert found[1] is None
