"""A thirteenth set of shapes: a header's day widget printed bare (2026年11月28日 星期六, no
今天是 before it), which gives no date while the article's own row still does; a mailbox page
whose letter and reply sit in a <dl> of labels and values or in rows of <div>s, read as the
layout table of the same page is (mailbox_reply_table); new pages of the seeds' kinds: a
party-building article with its toolbar row, a script-filled counter and 上一篇/相关阅读 in its
container; an e-paper page with 版次/版名/作者 fields and a 版面导航 sidebar listing the article
itself; a county page whose 信息来源/发布时间 row sits under the body; a 融媒体 page with a video
player and one line of 编辑/校对/审核 credits; a party page of <span style> soup with pictures
whose alt text is a file's name; a city paper's site with 上一条/下一条 in its container; a
county app's share page (融媒体记者 byline, account beside the date); an old party site's
table layout with its 点击数 script and 上一篇/下一篇 row."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.names import plausible_author

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
    # the header's tools run on unspaced after the weekday
    "<span>2026年11月28日 星期六</span><a href='/'>设为首页</a><a href='/'>加入收藏</a>",
    # and the day's weather beside it
    "<div class='weather'>2026年11月28日 星期六 多云 8~15℃</div>",
    "<span>2026年11月28日 星期六</span> <span>小雨 -2～5°C</span>",
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


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("party_toolbar_prev_next",
     {"title": "某某市：“红色驿站”把党建服务送到快递小哥身边", "date": "2024-05-14T09:30:00",
      "source_name": "某某市委组织部", "authors": ()},
     ["今年以来", "在某某区某某街道", "为了让驿站", "某某市委组织部有关负责人"]),
    # the sidebar's list of the page's articles names this one: the next line there (the
    # next article's headline) is no publisher; the fields row names both authors; the paper
    # its <title> names before 数字报 (某某晚报数字报-标题) is (no 来源 row names another)
    ("epaper_fields_sidebar",
     {"title": "老街巷里开出“共享菜园”", "date": "2024-05-20", "source_name": "某某晚报",
      "authors": ("杜某某", "钱某")},
     ["本报讯", "“这里原来", "菜园实行", "如今"]),
    # the date and publisher in the row under the body; the header's today widget no date
    ("county_gov_source_below",
     {"title": "某某镇：多措并举推进农村人居环境整治", "date": "2024-05-09T17:22:00",
      "source_name": "某某镇人民政府", "authors": ()},
     ["今年以来", "该镇组建", "同时，该镇", "下一步"]),
    ("rongmei_video_credits",
     {"title": "某某县：秋粮喜丰收 农机忙收割", "date": "2024-10-08T18:46:00",
      "source_name": "某某县融媒体中心", "authors": ()},
     ["连日来", "在某某镇某某村", "为确保颗粒归仓", "据了解"]),
    ("party_span_soup_filename_alt",
     {"title": "某某社区开展“党员进网格 服务零距离”主题党日活动", "date": "2024-06-21",
      "source_name": "某某街道", "authors": ()},
     ["6月20日", "活动中，党员们分成五个小组，走进", "“以前总觉得", "社区党委书记"]),
    # a county app's share page: 融媒体记者 names the centre's own reporter, no publisher;
    # the account beside the date publishes
    ("rongmei_app_share",
     {"title": "暑期托管班开进社区 “双职工”家庭不再犯愁", "date": "2024-07-16T10:12:00",
      "source_name": "某某县融媒体中心", "authors": ("康某某", "柳某")},
     ["暑假开始后", "“孩子放假了", "据了解", "托管班每天上午"]),
    ("party_table_meta_prev_next",
     {"title": "某某县委组织部：“三个一”机制激活村级后备力量", "date": "2024-03-27T16:40:12",
      "source_name": "某某县委组织部", "authors": ("范某某",)},
     ["今年以来", "“一村一档”", "“一人一策”", "“一季一评”"]),
    ("city_paper_site_toolbar",
     {"title": "城区首批“口袋公园”完工开放", "date": "2024-04-26T07:58:00",
      "source_name": "某某日报", "authors": ("苏某某",)},
     ["记者从市园林绿化中心", "这些口袋公园", "“下楼走几步", "市园林绿化中心相关负责人"]),
])
def test_new_pages_of_the_seeds_kinds(name: str, meta: dict[str, object],
                                      lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize("box", ["foot", "attr"])  # pruned as the page's footer, or not
def test_a_row_of_fields_under_the_body_gives_the_date_and_publisher(box: str) -> None:
    rows = (f"<div class='{box}'><span>信息来源：某某镇人民政府</span> <span>发布时间：2024-05-09 "
            "17:22</span> <span>【打印】</span></div>")
    page = ("<html><head><title>某某镇开展森林防火检查</title></head><body><div class='main'>"
            f"<h1>某某镇开展森林防火检查</h1><div class='text'>{_BODY}</div>{rows}</div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.date == "2024-05-09T17:22:00"
    assert doc.meta.source_name == "某某镇人民政府"


def test_an_unlabelled_day_under_the_body_is_no_row_of_fields() -> None:
    # a list of other articles follows the body there: its days are theirs
    rel = ("<div class='rel'><p><a href='/1'>某某县召开安全生产会议</a> 2025-10-12</p>"
           "<p><a href='/2'>某某街道开展消防演练</a> 2025-09-30</p></div>")
    page = ("<html><head><title>某某镇开展森林防火检查</title></head><body><div class='main'>"
            f"<h1>某某镇开展森林防火检查</h1><div class='text'>{_BODY}</div>{rel}</div></body></html>")
    assert clean_html(page, id="t").meta.date is None


@pytest.mark.parametrize(("byline", "source"), [
    ("融媒体记者 康某某", None), ("全媒体记者 康某某", None), ("融媒记者 康某某", None),
    ("某某县融媒体中心记者 康某某", "某某县融媒体中心"),
])
def test_a_kind_of_newsroom_before_记者_names_no_publisher(byline: str,
                                                          source: str | None) -> None:
    page = ("<html><head><title>某某镇开展森林防火检查</title></head><body><div class='main'>"
            f"<h1>某某镇开展森林防火检查</h1><p>{byline}</p><div class='text'>{_BODY}</div>"
            "</div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.source_name == source
    assert doc.meta.authors == ("康某某",)


def _article(after: str) -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body><div class='main'>"
            "<h1>某某镇开展森林防火检查</h1><div class='info'>发布时间：2024-03-11 10:20 来源：某某镇"
            f"</div><div class='content'>{_BODY}{after}</div></div></body></html>")


@pytest.mark.parametrize("credits", [
    "<p>文字：康某某 摄影：柳某</p>",
    "<p>文字：康某某 摄影：柳某 编辑：吕某某 初审：韩某 复审：邹某 终审：郑某某</p>",
])
def test_a_media_centre_s_credit_row_names_its_writer(credits: str) -> None:
    # the row goes as production credits; its 文字 field is the writer, the others are none
    doc = clean_html(_article(credits), id="t")
    assert doc.meta.authors == ("康某某",)
    assert len(doc.text.split("\n")) == 3


@pytest.mark.parametrize("label", ["相关链接", "相关新闻", "相关文章"])
def test_a_related_article_s_label_and_headline_under_the_text_go(label: str) -> None:
    rows = (f"<p><span>{label}：</span><a href='/1'>某某县召开安全生产会议部署工作</a></p>"
            f"<p>{label}：<a href='/2'>某某街道开展消防演练活动</a></p>")
    assert len(clean_html(_article(rows), id="t").text.split("\n")) == 3


_LETTER = ("您好！我是某某小区的居民，小区东门外的道路每逢下雨就严重积水，居民出行和车辆通行都很不方便。"
           "请问有关部门是否有改造计划？")
_REPLY = ("王先生：您好！您反映的问题已收悉，经现场核查，该路段积水主要是由于雨水管网管径偏小所致。",
          "该路段雨水管网改造工程已列入今年城市排水防涝项目计划，预计六月底前开工，八月底前完工。")
_FIELDS = [("来信人：", "王**"), ("来信时间：", "2024-05-13 09:12:45"), ("来信内容：", _LETTER),
           ("回复单位：", "某某市城市管理局"), ("回复时间：", "2024-05-20 15:30:02")]
_REPLY_BLOCKS = f"<p>{_REPLY[0]}</p><p>{_REPLY[1]}</p>"


@pytest.mark.parametrize("fields", [
    # a <dl> a field
    "".join(f"<dl><dt>{a}</dt><dd>{b}</dd></dl>" for a, b in _FIELDS)
    + f"<dl><dt>回复内容：</dt><dd>{_REPLY_BLOCKS}</dd></dl>",
    # list items of an inline label and a block value
    "<ul>" + "".join(f"<li><span>{a}</span><div>{b}</div></li>"
                     for a, b in [*_FIELDS, ("回复内容：", _REPLY_BLOCKS)]) + "</ul>",
    # paragraphs of a bold label, each over its value
    "<div>" + "".join(f"<p><strong>{a}</strong></p><p>{b}</p>"
                      for a, b in [*_FIELDS, ("回复内容：", _REPLY[0])]) + f"<p>{_REPLY[1]}</p></div>",
    # the reply's paragraphs parted by <br>
    "<dl>" + "".join(f"<dt>{a}</dt><dd>{b}</dd>"
                     for a, b in [*_FIELDS, ("回复内容：", f"{_REPLY[0]}<br>{_REPLY[1]}")]) + "</dl>",
    # the table form itself
    "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>"
                        for a, b in [*_FIELDS, ("回复内容：", _REPLY_BLOCKS)]) + "</table>",
])
def test_a_mailbox_s_fields_in_any_layout_read_as_the_table_form(fields: str) -> None:
    _check_mailbox(fields)


def test_a_message_board_s_bare_留言_and_回复_labels() -> None:
    rows = [("留言人：", "王**"), ("留言时间：", "2024-05-13 09:12:45"), ("留言：", _LETTER),
            ("回复单位：", "某某市城市管理局"), ("回复时间：", "2024-05-20 15:30:02")]
    _check_mailbox("<div class='board'>" + "".join(
        f"<div class='r'><div class='k'>{a}</div><div class='v'>{b}</div></div>"
        for a, b in [*rows, ("回复：", _REPLY_BLOCKS)]) + "</div>")


def _check_mailbox(fields: str) -> None:
    page = ("<html><head><title>关于某某小区周边道路积水问题的咨询_市长信箱</title></head><body>"
            f"<div class='main'><h2>关于某某小区周边道路积水问题的咨询</h2>{fields}</div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text.split("\n") == [_LETTER, *_REPLY]
    assert doc.meta.date == "2024-05-13T09:12:45"


def _epaper(header: str = "", below: str = "") -> str:
    return ("<html><head><title>某某晚报数字报-某某镇开展森林防火检查</title></head><body>"
            f"<div class='head'>{header}</div><div class='right'><h1>某某镇开展森林防火检查</h1>"
            f"{below}<div id='ozoom'>{_BODY}</div></div></body></html>")


@pytest.mark.parametrize("header", [
    # the header (pruned as chrome) beside the links to the issue's pages
    "<span>2024年05月20日 星期一</span><ul><li><a href='/1'>第A01版：要闻</a></li>"
    "<li><a href='/3'>第A03版：社区</a></li></ul>",
    # or with the page's own mark on its line
    "2024年05月20日 星期一 第A03版：社区",
])
def test_an_e_paper_s_pruned_header_gives_its_issue_s_day(header: str) -> None:
    assert clean_html(_epaper(header=header), id="t").meta.date == "2024-05-20"


def test_a_menu_link_to_the_e_paper_makes_no_page_an_e_paper() -> None:
    header = "<span>2024年05月20日 星期一</span><a href='/epaper'>数字报</a><a href='/v'>视频</a>"
    assert clean_html(_epaper(header=header), id="t").meta.date is None


def test_an_e_paper_s_fields_with_their_labels_in_brackets() -> None:
    below = "<div>【作者】杜某某 【版次】03 【版名】社区 【日期】2024-05-20</div>"
    doc = clean_html(_epaper(below=below), id="t")
    # no field names a publisher: the paper the <title> names before 数字报 is
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2024-05-20", "某某晚报", ("杜某某",))


def test_a_paper_s_name_in_title_marks_is_its_name() -> None:
    below = "<div class='info'>《某某晚报》（2024年05月20日 03版）</div>"
    assert clean_html(_epaper(below=below), id="t").meta.source_name == "某某晚报"


def test_a_notice_s_publishing_body_under_the_text_publishes() -> None:
    foot = "<div class='foot-info'>发布单位：某某镇人民政府 发布日期：2024-05-09</div>"
    page = ("<html><head><title>某某镇开展森林防火检查</title></head><body><div class='main'>"
            f"<h1>某某镇开展森林防火检查</h1><div class='text'>{_BODY}</div>{foot}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.date, doc.meta.source_name) == ("2024-05-09", "某某镇人民政府")


def test_a_video_s_credit_row_names_the_text_s_writer() -> None:
    doc = clean_html(_article("<p>视频：康某某 文字：柳某</p>"), id="t")
    assert doc.meta.authors == ("柳某",)
    assert len(doc.text.split("\n")) == 3


@pytest.mark.parametrize(("raw", "title"), [
    # the site's name put first
    ("某某党建网-某某镇开展森林防火检查", "某某镇开展森林防火检查"),
    ("某某党建网_某某镇开展森林防火检查", "某某镇开展森林防火检查"),
    ("某某晚报数字报-某某镇开展森林防火检查", "某某镇开展森林防火检查"),
    # a headline whole in brackets
    ("【某某镇开展森林防火检查】-某某党建网", "某某镇开展森林防火检查"),
    # a headline ending as a site's name does stays first
    ("织密安全防护网_要闻_某某网", "织密安全防护网"),
    ("某某镇开展森林防火检查_数字报_某某晚报", "某某镇开展森林防火检查"),
    # before a space, only a portal's, a government's or a paper's name
    ("某某县人民政府门户网站 某某镇开展森林防火检查", "某某镇开展森林防火检查"),
    ("织密安全防护网 守护群众平安", "织密安全防护网 守护群众平安"),
    ("打造数字政府 提升服务效能", "打造数字政府 提升服务效能"),
])
def test_the_headline_part_of_a_title_that_opens_with_the_site_s_name(raw: str,
                                                                      title: str) -> None:
    page = (f"<html><head><title>{raw}</title></head><body><div class='text'>{_BODY}</div>"
            "</body></html>")
    assert clean_html(page, id="t").meta.title == title


def test_a_long_site_name_for_a_title_gives_way_to_the_printed_headline() -> None:
    page = ("<html><head><title>中共某某市委组织部某某党建网</title></head><body><div class='main'>"
            "<div class='title'>某某镇开展森林防火检查</div><div class='info'>发布时间：2024-03-11</div>"
            f"<div class='text'>{_BODY}</div></div></body></html>")
    assert clean_html(page, id="t").meta.title == "某某镇开展森林防火检查"


@pytest.mark.parametrize(("name", "person"), [
    ("幸福社区", False), ("东风街道", False), ("城关镇", False), ("某某村党委", False),
    ("张镇", True), ("李村", True), ("王小明", True),  # a place's character ends a given name
])
def test_a_place_or_unit_is_no_author(name: str, person: bool) -> None:
    assert plausible_author(name) is person


def test_a_unit_s_picture_and_text_credit_names_no_author() -> None:
    doc = clean_html(_article("<p style='text-align:right'>（图/文：幸福社区）</p>"), id="t")
    assert doc.meta.authors == ()
