"""A thirteenth set of shapes: a header's day widget printed bare (2026年11月28日 星期六, no
今天是 before it), which gives no date while the article's own row still does; a mailbox page
whose letter and reply sit in a <dl> of labels and values or in rows of <div>s, read as the
layout table of the same page is (mailbox_reply_table)."""

from __future__ import annotations

import pytest

from cleaners import clean_html

from .test_html_page_shapes import PAGES, check_page

_BODY = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查，确保林区安全。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况，要求落实责任。</p>"
         "<p>第2段，下一步，该镇将继续加强巡查，严防火灾发生，切实保护森林资源和群众生命财产安全。</p>")


def _page(header: str = "", row: str = "") -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body>"
            f"<div class='top'>{header}</div><div class='main'><h1>某某镇开展森林防火检查</h1>"
            f"{row}<div class='text'>{_BODY}</div></div></body></html>")


_WIDGETS = [
    "<span>2026年11月28日 星期六</span>",
    "2026年11月28日 星期六",
    "<span class='date'>2026年11月28日 星期六</span> <a href='/'>首页</a> <a href='/'>设为首页</a>",
    "<div class='time'>2026年11月28日 星期六</div>",
    "<span>2026-11-28 星期六</span>",
    "<p>2026年11月28日 周六</p>",
    "<span>2026年11月28日（星期六）</span>",
    "<span>星期六 2026年11月28日</span>",
]


@pytest.mark.parametrize("widget", _WIDGETS)
def test_a_bare_day_and_weekday_in_the_header_gives_no_date(widget: str) -> None:
    # read from the page's lines or by htmldate's search, it is the day the page was viewed
    assert clean_html(_page(header=widget), id="t").meta.date is None


@pytest.mark.parametrize("widget", _WIDGETS)
@pytest.mark.parametrize(("row", "date"), [
    ("<div class='info'>发布时间：2024-03-11 来源：某某镇</div>", "2024-03-11"),
    ("<div class='info'>2024-03-11 10:20</div>", "2024-03-11T10:20:00"),
    # under the headline a day and its weekday are the article's own
    ("<div class='info'>2024年03月11日 星期一</div>", "2024-03-11"),
])
def test_the_article_s_own_date_row_still_wins(widget: str, row: str, date: str) -> None:
    assert clean_html(_page(header=widget, row=row), id="t").meta.date == date


def test_an_e_paper_s_header_day_is_its_issue_s() -> None:
    # a 数字报 prints its issue's day in its header the same way, beside its pages (第A02版)
    header = ("<div class='date'>2024年4月8日 星期一</div>"
              "<ul class='bm'><li><a href='/1'>第A01版：要闻</a></li>"
              "<li><a href='/2'>第A02版：城事</a></li></ul>")
    assert clean_html(_page(header=header), id="t").meta.date == "2024-04-08"


def test_a_mailbox_reply_in_a_definition_list() -> None:
    # read term by term, 写信人： and 李** stood on lines of their own and the reply's
    # paragraphs ran into one line; the reply's time was taken for the page's date
    check_page("mailbox_reply_dl",
               {"title": "咨询某某路公交站台迁移事宜", "date": "2024-06-18T20:41:07",
                "source_name": None, "authors": ()},
               ["领导您好！", "李先生（女士）：您好！", "来信收悉。", "目前，公交公司", "感谢您"])


def test_a_mailbox_reply_in_rows_of_label_and_value_boxes() -> None:
    check_page("mailbox_reply_div_rows",
               {"title": "反映某某村饮水管道漏水的问题", "date": "2024-07-02T11:26:18",
                "source_name": None, "authors": ()},
               ["我是某某镇某某村三组村民", "张先生（女士）：您好！", "接到您的留言后", "7月4日",
                "如仍有问题"])


def test_the_labels_over_the_letter_and_the_reply_are_recorded() -> None:
    doc = clean_html((PAGES / "mailbox_reply_div_rows.html").read_bytes(), id="t")
    assert [r.text for r in doc.removals if r.rule == "letter_label"] == ["留言内容：", "答复意见："]


_ARTICLE = ("<html><head><title>某某镇召开安全生产会议</title></head><body><div class='text'>"
            "<h1>某某镇召开安全生产会议</h1>{inner}</div></body></html>")
_PROSE = "会议要求，各村要立即开展隐患排查，做到排查不留死角、整改不留隐患，确保全镇安全形势稳定。"


@pytest.mark.parametrize("inner", [
    # labels over an article's own paragraphs: no field list, nothing goes
    f"<div><div>会议要求：</div><div>{_PROSE}</div></div>"
    f"<div><div>工作安排：</div><div>{_PROSE}</div></div>"
    f"<div><div>下步打算：</div><div>{_PROSE}</div></div>",
])
def test_labels_over_an_article_s_paragraphs_stay(inner: str) -> None:
    doc = clean_html(_ARTICLE.format(inner=inner), id="t")
    lines = doc.text.split("\n")
    assert "工作安排：" in lines
    assert "下步打算：" in lines
    assert lines.count(_PROSE) == 3


def test_a_letter_s_label_outside_a_field_list_is_not_one() -> None:
    inner = f"<div><div>来信内容：</div><div>{_PROSE}</div></div><p>{_PROSE}</p>"
    doc = clean_html(_ARTICLE.format(inner=inner), id="t")
    assert not any(r.rule == "letter_label" for r in doc.removals)


def test_a_glossary_list_s_terms_stay_beside_their_meanings() -> None:
    terms = "".join(f"<dt>{t}：</dt><dd>{d}</dd>" for t, d in [
        ("网格员", "负责网格内信息采集和矛盾调解的人员"), ("楼栋长", "负责一栋楼居民联络的志愿者"),
        ("议事会", "居民协商社区公共事务的平台")])
    doc = clean_html(_ARTICLE.format(inner=f"<dl>{terms}</dl><p>{_PROSE}</p>"), id="t")
    assert "网格员： 负责网格内信息采集和矛盾调解的人员" in doc.text.split("\n")


def test_the_day_a_document_was_written_beside_its_label_is_no_publication_day() -> None:
    # an information list's rows (成文日期：… above 发布日期：…): the published day is the page's
    rows = "<div class='info'><p>成文日期：2024-04-17</p><p>发布日期：2024-04-18</p></div>"
    assert clean_html(_page(row=rows), id="t").meta.date == "2024-04-18"
