"""A fourteenth set of shapes: several names after one credit label, split by spaces (记者：
某某某 某某（视频）, 通讯员 某某 某某), all of them authors, while the place a story was filed
from (北京报道) and the staff's roles beside them (编辑 某某 审核 某某) give none; a <title> that
is the site's name alone over a headline printed in a plain element with no date row; new
pages: a wire story with its editor glued after 完 and its reporters unlabelled after the
dateline, a provincial app's share page with its download banner and 打开APP阅读全文 fold, a
county's 政策解读 of 图解 pictures and attachments, page 1 of a paper's multi-page article, a
百家号-like post with 举报 and 作者最新文章 and its province beside the date, and a mirror of a
government notice with hidden link blocks and a stuffed <title>."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.meta import clean_authors, parse_byline

from .test_html_page_shapes import PAGES, check_page

_BODY = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查，确保林区安全。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况，要求落实责任。</p>"
         "<p>第2段，下一步，该镇将继续加强巡查，严防火灾发生，切实保护森林资源和群众生命财产安全。</p>")


def _page(row: str = "", lead: str = "") -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body>"
            "<div class='main'><h1>某某镇开展森林防火检查</h1>"
            f"<div class='info'>{row}</div><div class='text'>{lead}{_BODY}</div></div></body></html>")


@pytest.mark.parametrize(("row", "authors"), [
    # a bracketed note of what one of them did closes the last name
    ("<span>2024-03-11</span> <span>记者：康某某 柳某（视频）</span>", ("康某某", "柳某")),
    ("来源：某某日报 记者：孟某某 罗某（实习生） 2024-03-11", ("孟某某", "罗某")),
    ("<span>2024-03-11</span><span>通讯员 王某 赵某某</span>", ("王某", "赵某某")),
    ("<span>2024-03-11</span><span>实习生 王某 赵某某</span>", ("王某", "赵某某")),
    ("<span>2024-03-11</span><span>文/张某 李某某</span>", ("张某", "李某某")),
    # where the story was filed from is no name
    ("<span>2024-03-11</span><span>记者：张某 李某某 北京报道</span>", ("张某", "李某某")),
    ("<span>2024-03-11</span><span>记者 张某 李某某 通讯员 王某</span>", ("张某", "李某某", "王某")),
    # the staff's roles name no author, and their label is no publisher
    ("<span>2024-03-11</span><span>编辑 李某 审核 王某某</span>", ()),
    ("<span>2024-03-11</span><span>责编 李某 校对 王某某</span>", ()),
])
def test_every_name_after_a_credit_label(row: str, authors: tuple[str, ...]) -> None:
    meta = clean_html(_page(row=row), id="t").meta
    assert meta.authors == authors
    assert meta.date == "2024-03-11"
    assert meta.source_name in (None, "某某日报")


@pytest.mark.parametrize(("lead", "authors"), [
    ("<p>记者：康某某 柳某（视频）</p>", ("康某某", "柳某")),
    ("<p>记者 张某 北京报道</p>", ("张某",)),
    ("<p>通讯员 王某 赵某某</p>", ("王某", "赵某某")),
])
def test_a_byline_line_above_the_body(lead: str, authors: tuple[str, ...]) -> None:
    doc = clean_html(_page(lead=lead), id="t")
    assert doc.meta.authors == authors
    assert doc.text.startswith("第0段")


@pytest.mark.parametrize(("lead", "authors"), [
    # a staff role after the reporters ends them: its names are no authors
    ("<p>记者 张某 李某某 编辑 王某</p>", ("张某", "李某某")),
    # where it was sent from (发自北京) is no name
    ("<p>记者 张某 李某某 发自北京</p>", ("张某", "李某某")),
])
def test_a_byline_s_names_end_at_a_staff_role_or_a_place(lead: str, authors: tuple[str, ...]
                                                        ) -> None:
    assert clean_html(_page(lead=lead), id="t").meta.authors == authors


def test_a_name_credited_for_the_pictures_after_it_is_no_author() -> None:
    assert clean_authors("张某 李某某/文 王某/图") == ("张某", "李某某")
    assert clean_authors("张某/文 李某/摄影") == ("张某",)
    meta = clean_html(_page(row="<span>2024-03-11</span> <span>记者：张某 李某某/文 王某/图</span>"),
                      id="t").meta
    assert meta.authors == ("张某", "李某某")


def test_a_text_and_picture_credit_still_names_its_writer() -> None:
    assert clean_authors("文/图 张某 李某") == ("张某", "李某")
    assert clean_authors("张某、李某 摄影：王某") == ("张某", "李某")


def test_a_place_before_the_verb_is_no_name_but_a_name_glued_to_it_is() -> None:
    assert clean_authors("张某 上海报道") == ("张某",)
    # set apart by a list mark the verb is glued to the last name; by a space it closes the
    # byline with the place, which may start with a surname's character (成都)
    assert clean_authors("张某、李某报道") == ("张某", "李某")
    assert clean_authors("张某 成都报道") == ("张某",)
    found = parse_byline("记者 张某 深圳报道", tail=False)
    assert found is not None
    assert found.authors == ("张某",)


_NAV = ("<div class='nav'><a href='/'>首页</a><a href='/a'>新闻中心</a><a href='/b'>政务公开</a>"
        "<a href='/c'>办事服务</a></div>")
_HEADLINE = "某某镇开展冬季森林防火检查"


def _site_titled(article: str) -> str:
    # <title> is the site's name alone, and no date row follows the headline
    return ("<html><head><title>某某县人民政府</title></head><body>"
            f"<div class='logo'>某某县人民政府</div>{_NAV}{article}"
            "<div class='foot'>版权所有：某某县人民政府</div></body></html>")


@pytest.mark.parametrize("article", [
    f"<div class='box'><div>{_HEADLINE}</div><div class='con'>{_BODY}</div></div>",
    f"<div><span style='font-size:22px;font-weight:bold'>{_HEADLINE}</span>"
    f"<div class='con'>{_BODY}</div></div>",
    f"<div><div class='art-tit'>{_HEADLINE}</div><div class='con'>{_BODY}</div></div>",
    f"<div><font size='5'><b>{_HEADLINE}</b></font><div class='con'>{_BODY}</div></div>",
    f"<table><tr><td class='bt'>{_HEADLINE}</td></tr><tr><td>{_BODY}</td></tr></table>",
    # printed as the article's first line, bold and centred
    f"<div class='con'><p align='center'><strong>{_HEADLINE}</strong></p>{_BODY}</div>",
    # with a comma, in an element whose class names a title
    f"<div class='con'><p class='news_title'>某某镇：开展检查，守护林区</p>{_BODY}</div>",
])
def test_a_site_name_title_gives_way_to_the_headline_above_the_body(article: str) -> None:
    doc = clean_html(_site_titled(article), id="t")
    assert doc.meta.title in (_HEADLINE, "某某镇：开展检查，守护林区")
    assert doc.text.startswith("第0段")


@pytest.mark.parametrize("above", [
    "<div class='crumb'>当前位置：首页 > 新闻中心 > 工作动态</div>",
    "<div><a href='/x'>某某县召开全县安全生产工作会议</a></div>",
    "<div class='logo2'>某某县人民政府门户网站</div>",
    "<div class='lm'>工作动态</div>",
])
def test_no_crumb_link_site_name_or_label_is_taken_for_the_headline(above: str) -> None:
    doc = clean_html(_site_titled(f"{above}<div class='con'>{_BODY}</div>"), id="t")
    assert doc.meta.title == "某某县人民政府"


def test_the_article_s_bold_opening_words_are_no_headline() -> None:
    lead = "<p><b>各位居民朋友们，冬季来临</b></p>"
    doc = clean_html(_site_titled(f"<div class='con'>{lead}{_BODY}</div>"), id="t")
    assert doc.meta.title == "某某县人民政府"
    assert doc.text.startswith("各位居民朋友们")


@pytest.mark.parametrize(("name", "meta", "lines", "tags"), [
    # 【编辑:某某】 glued after (完) leaked; the reporters unlabelled in brackets after the dated
    # dateline were no authors
    ("wire_dateline_editor_glued",
     {"title": "某某港口一季度集装箱吞吐量同比增长12%", "date": "2024-04-12T16:05:00",
      "source_name": "中国新闻网", "authors": ("钟某某", "贾某")},
     ["中新网某某4月12日电", "据介绍", "为提升通关效率", "某某港口集团相关负责人"], ()),
    # the same with <title> the app's name and no og:title: the byline over the body was
    # taken for the headline, and with the headline unknown the row under it was not read
    # (某某日报 lost, 苏某某 too)
    ("app_share_site_title_byline",
     {"title": "高铁新线开通首日 沿线县城迎来首批游客", "date": "2024-06-28T19:46:00",
      "source_name": "某某日报", "authors": ("覃某某", "何某", "苏某某")},
     ["6月28日上午9时", "首发列车上", "新线开通后", "据了解"], ()),
    # the download banner, the fold, the credits and the app's recommendations go
    ("province_app_share_fold",
     {"title": "高铁新线开通首日 沿线县城迎来首批游客", "date": "2024-06-28T19:46:00",
      "source_name": "某某日报", "authors": ("覃某某", "何某", "苏某某")},
     ["6月28日上午9时", "首发列车上", "新线开通后", "据了解"], ()),
    # the 图解 pictures, the attachment list and the print tools go
    ("county_policy_graphic",
     {"title": "图解：《某某县关于促进农村电商发展的若干措施》", "date": "2024-07-03T09:15:00",
      "source_name": "某某县商务局", "authors": ()},
     ["为加快发展", "措施明确", "对新建或改造", "措施自印发"], ()),
    # the pager (第1页 2 3 下一页 尾页) and the editor go; a page declared gb2312
    ("paper_multipage_first",
     {"title": "老街改造留住城市记忆", "date": "2024-09-10T07:30:12",
      "source_name": "某某晚报", "authors": ("龚某某", "邱某")},
     ["清晨七点", "“改造前", "据了解"], ()),
    # the province beside the date (湖北) was taken for the publisher
    ("baijia_report_latest",
     {"title": "乡村小学迎来新操场，孩子们终于能踢上足球了", "date": "2024-10-15T11:23:00",
      "source_name": "山野观察笔记", "authors": ()},
     ["上个月", "校长告诉我", "下课铃一响", "看着孩子们"], ()),
    # the same notice with its headline in a plain <div> and no date row: the day a sentence
    # names (本通知自2024年11月15日起施行) was taken for the date, not the signature's
    ("gov_mirror_plain_headline",
     {"title": "某某市住房公积金管理中心关于调整贷款额度的通知", "date": "2024-11-05",
      "source_name": None, "authors": ()},
     ["各缴存单位", "为更好支持", "一、", "二、", "三、", "某某市住房公积金管理中心",
      "2024年11月5日"], ("spam_suspect",)),
    ("gov_mirror_stuffed_title",
     {"title": "某某市住房公积金管理中心关于调整贷款额度的通知", "date": "2024-11-05",
      "source_name": "某某市住房公积金管理中心", "authors": ()},
     ["各缴存单位", "为更好支持", "一、", "二、", "三、", "某某市住房公积金管理中心",
      "2024年11月5日"], ("spam_suspect",)),
])
def test_fourteenth_page_shapes(name: str, meta: dict[str, object], lines: list[str],
                                tags: tuple[str, ...]) -> None:
    check_page(name, meta, lines, tags)


def test_the_editor_glued_after_the_end_marker_goes_with_it() -> None:
    doc = clean_html((PAGES / "wire_dateline_editor_glued.html").read_bytes(), id="t")
    assert doc.text.endswith("助力外贸稳规模优结构。")
    assert "编辑" not in doc.text


@pytest.mark.parametrize("row", ["2024-10-15 11:23 湖北", "2024-10-15 11:23 IP属地：广东"])
def test_the_province_beside_the_date_is_no_publisher(row: str) -> None:
    assert clean_html(_page(row=row), id="t").meta.source_name is None


def test_an_icon_glyph_and_its_count_under_the_date_row_name_no_publisher() -> None:
    # <title> a channel's label, the headline printed plain: the counts' lines under the row
    # (an icon font's private-use glyph, then the number) were read as the publisher
    page = ("<html><head><title>新闻动态</title></head><body><div class='a'>"
            f"<div class='t'>{_HEADLINE}</div><div>发布时间： 2024-03-11 10:09:11</div>"
            "<div><i>\ue60e</i>4</div><div><i>\ue614</i>3573</div>"
            f"<div class='c'>{_BODY}</div></div></body></html>")
    meta = clean_html(page, id="t").meta
    assert meta.title == _HEADLINE
    assert meta.source_name is None


@pytest.mark.parametrize("between", [
    "<div class='tool'>【字体：大 中 小】 【打印】</div>",
    "<div>浏览次数：123</div>",
    "<div class='sub'>——某某镇扎实做好冬季防火</div>",
])
def test_the_headline_above_the_rows_between_it_and_the_body(between: str) -> None:
    # the tools were taken for the headline, or the headline under the logo that prints the
    # site's name for the publisher
    doc = clean_html(_site_titled(f"<div><div class='bt'>{_HEADLINE}</div>{between}"
                                  f"<div class='con'>{_BODY}</div></div>"), id="t")
    assert doc.meta.title == _HEADLINE
    assert doc.meta.source_name is None


def test_the_headline_a_meta_title_names_is_no_heading_of_the_menu_under_it() -> None:
    # a section's menu between the headline and the body: the headline went as the heading
    # of that block of links, and the site's name stood as the title
    page = ("<html><head><title>某某县人民政府</title>"
            f"<meta name='title' content='{_HEADLINE}'></head><body>"
            f"<div class='logo'>某某县人民政府</div><div class='box'><div class='x'>{_HEADLINE}</div>"
            "<div class='menu2'><a href='/1'>工作动态</a> <a href='/2'>通知公告</a></div>"
            f"<div class='con'>{_BODY}</div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title == _HEADLINE
    assert doc.text.startswith("第0段")


def test_the_headline_a_share_script_names_is_no_heading_of_the_menu_under_it() -> None:
    page = ("<html><head><title>某某县人民政府</title></head><body>"
            f"<div class='logo'>某某县人民政府</div><div class='box'><div class='x'>{_HEADLINE}</div>"
            "<div class='menu2'><a href='/1'>工作动态</a> <a href='/2'>通知公告</a></div>"
            f"<div class='con'>{_BODY}</div></div>"
            f"<script>var shareData = {{title: '{_HEADLINE}', url: location.href}};</script>"
            "</body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title == _HEADLINE
    assert doc.text.startswith("第0段")
