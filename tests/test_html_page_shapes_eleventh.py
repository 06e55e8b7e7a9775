"""An eleventh set of shapes through the HTML path whole: a portal article in #articleText with
its source and authors in spans of a source box, [责任编辑：…], a 纠错 link and 推荐阅读; a tech
article with an author box (avatar, name, bio, follow button) above its headline, a reading
time, a 题图来源 line and a 文｜ byline; an account post with 发布于：<province>, 返回…查看更多
and the platform's statement; a mailbox reply page whose letter and reply sit in a layout
table of labels and values; a court's news page with its 发布时间 / 浏览次数 / 字号 row and a
供稿/撰稿/审核 line; a <title> whose headline ends at an unspaced dash (标题—某某新闻网) or goes
on past one (——记某某); a date in boxes (202405/06) or on a calendar leaf (06 | 2024-05)."""

from __future__ import annotations

import pytest

from cleaners import clean_html

from .test_html_page_shapes import check_page

_FIRE = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况。</p>")


def _page(header: str, body: str = _FIRE) -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1>{header}<div class='text'>{body}</div></body></html>")


@pytest.mark.parametrize("row", ["2024-03-11 10:20 阅读时长约 6 分钟",
                                 "2024-03-11 10:20 预计阅读 5 分钟",
                                 "2024-03-11 10:20 约3分钟读完"])
def test_a_reading_time_beside_the_date_names_no_publisher(row: str) -> None:
    doc = clean_html(_page(f"<div class='meta'>{row}</div>"), id="t")
    assert doc.meta.date == "2024-03-11T10:20:00"
    assert doc.meta.source_name is None


@pytest.mark.parametrize("where", ["发布于：河南省", "发布于:湖南", "IP属地：广东省"])
def test_where_an_account_posted_from_after_a_colon_names_no_publisher(where: str) -> None:
    doc = clean_html(_page(f"<div class='info'><span>2024-04-02 16:45</span><span>{where}</span>"
                           "</div>"), id="t")
    assert doc.meta.date == "2024-04-02T16:45:00"
    assert doc.meta.source_name is None


def test_a_value_in_the_cell_after_its_label_is_no_publisher() -> None:
    # 信件编号： | XX20240513001 read as a lone name under the headline, the publisher
    rows = ("<tr><td>信件编号：</td><td>XX20240513001</td></tr>"
            "<tr><td>来信时间：</td><td>2024-05-13 09:12:45</td></tr>")
    doc = clean_html(_page(f"<table>{rows}</table>"), id="t")
    assert doc.meta.date == "2024-05-13T09:12:45"
    assert doc.meta.source_name is None


def test_a_portal_article_with_its_source_box_and_editor_in_brackets() -> None:
    check_page("article_text_editor_bracket",
               {"title": "某某省推进县域医共体建设 群众看病就医更方便",
                "date": "2024-04-18T07:15:00", "source_name": "某某日报",
                "authors": ("张某某", "李某某")},
               ["清晨七点", "“以前到县里", "据省卫生健康委", "在药品保障方面", "下一步"])


def test_an_account_post_with_its_province_back_link_and_platform_statement() -> None:
    check_page("account_post_platform_statement",
               {"title": "春耕时节，这个村的无人机飞防队忙起来了", "date": "2024-04-02T16:45:00",
                "source_name": None},
               ["连日来", "这支飞防队", "据了解", "县农业农村局"])


def test_a_court_news_page_with_its_font_size_row_and_credit_line() -> None:
    check_page("court_news_font_size_row",
               {"title": "某某区法院召开涉企案件审判工作新闻发布会", "date": "2024-06-07T16:03:21",
                "source_name": None, "authors": ("赵某某",)},
               ["6月6日", "据通报", "发布会上", "下一步"])


def test_a_tech_article_with_an_author_box_above_its_headline() -> None:
    # the box's name, bio and follow button sit above the headline in the container: the
    # article starts at its headline; the reading time beside the date goes with the date row.
    # No 来源 row: the site og:site_name names, whose own the page says the article is (本文为
    # 某某科技原创), is the publisher.
    check_page("author_box_above_headline",
               {"title": "一家做工业质检的创业公司，如何在三年里把成本打下来",
                "date": "2024-03-11T10:20:00", "source_name": "某某科技", "authors": ("陈某某",)},
               ["导语：", "三年前", "团队很快意识到", "如今", "不过"])


def test_lines_above_the_headline_go_only_when_short() -> None:
    # a paragraph above the repeated headline is no author box: nothing goes
    body = ("<div class='article'><p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区"
            "重点林区开展检查，查看防火设施和扑火物资储备情况，并听取了护林员的意见和建议。</p>"
            "<h1>某某镇开展森林防火检查</h1><p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔"
            "和扑火物资储备情况。</p></div>")
    doc = clean_html("<html><head><title>某某镇开展森林防火检查</title></head><body>"
                     f"{body}</body></html>", id="t")
    assert not any(r.rule == "above_headline" for r in doc.removals)
    assert doc.text.startswith("第0段")


def test_a_mailbox_reply_in_a_layout_table_of_labels_and_values() -> None:
    # the letter and the reply are the text; the field rows (来信人, 回复单位 and their
    # times) are read a row a line and go as meta lines; the letter number is no publisher
    check_page("mailbox_reply_table",
               {"title": "关于某某小区周边道路积水问题的咨询", "date": "2024-05-13T09:12:45",
                "source_name": None, "authors": ()},
               ["您好！我是某某小区的居民", "王先生（女士）：您好！", "经现场核查", "同时，该路段",
                "感谢您"])


@pytest.mark.parametrize(("raw", "title"), [
    ("某某镇开展森林防火检查—某某新闻网", "某某镇开展森林防火检查"),
    ("某某镇开展森林防火检查——某某市人民政府", "某某镇开展森林防火检查"),
    # a subtitle after the dash is the headline's
    ("从“跟跑”到“领跑”——记某某镇森林防火队", "从“跟跑”到“领跑”——记某某镇森林防火队"),
    ("从“跟跑”到“领跑”——记某某镇森林防火队—某某网", "从“跟跑”到“领跑”——记某某镇森林防火队"),
    ("奋进新征程——访某某日报", "奋进新征程——访某某日报"),
    ("他说——某某网", "他说——某某网"),  # too short a headline to stand without its tail
])
def test_an_unspaced_dash_ends_the_headline_only_before_a_site_s_name(raw: str,
                                                                     title: str) -> None:
    page = (f"<html><head><title>{raw}</title></head><body><div class='text'>{_FIRE}</div>"
            "</body></html>")
    assert clean_html(page, id="t").meta.title == title


@pytest.mark.parametrize("boxes", [
    '<span class="year">2024</span><span class="md">05/06</span>',
    "<span>2024</span><span>05-06</span>",
    '<span class="year">2024</span> <span class="md">05-06</span>',
])
def test_the_year_and_the_day_in_boxes_of_their_own_are_one_date(boxes: str) -> None:
    doc = clean_html(_page(f"<div class='date'>{boxes}</div>"), id="t")
    assert doc.meta.date == "2024-05-06"


@pytest.mark.parametrize("leaf", [
    '<p class="day">06</p><p class="ym">2024-05</p>',  # a calendar leaf: the day, then 年-月
    '<span class="day">06</span><span class="ym">2024.05</span>',
    "<span>06</span> <span>2024/05</span>",
    '<span class="ym">2024-05</span> <span class="day">06</span>',
])
def test_a_calendar_leaf_s_day_above_its_year_and_month_is_one_date(leaf: str) -> None:
    # read apart, 2024-05 is the first of the month, and 06 2024.05 no date at all
    doc = clean_html(_page(f"<div class='time'>{leaf}</div>"), id="t")
    assert doc.meta.date == "2024-05-06"
