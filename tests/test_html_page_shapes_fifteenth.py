"""A fifteenth set of shapes, from CMS families not seen before: a government CMS whose <title>
is site, channel and article name apart by spaces (某某市人民政府 部门动态 标题), a news app's
share page whose byline (某某新闻记者 某某) stands between the headline and the date row, a
公示 whose list of names is a table pasted from a word processor (each cell's value in a <p>),
an e-paper article (Founder's) whose <title> is the paper's name and whose headline, date and
byline its property comment (<!--enpproperty …-->) records, a WeChat article as the platform
serves it (its publish time an empty element a script fills from an epoch), a headline printed
on one line with its 来源/时间 row under a <title> of the site's name alone, a forum's portal
article (Discuz!) with its summary box cut short above the body; and pages of other families
cleaned right already, pinned: PHPCMS and EmpireCMS county news, a provincial portal with its
side lists, a TRS 信息公开 list, a 融媒体 video page, a WordPress repost, a PowerEasy ASP page
in GB18030, a paper's page with 引题/主题/副题 and its 本版标题 list, a 号 post on a portal."""

from __future__ import annotations

import re

import pytest

from cleaners import clean_html
from cleaners.html.dom import layout_table, parse_html
from cleaners.html.metadata import glued_header
from cleaners.meta import closing_signature

from .test_html_page_shapes import PAGES, check_page

_BODY = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查，确保林区安全。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况，要求落实责任。</p>"
         "<p>第2段，下一步，该镇将继续加强巡查，严防火灾发生，切实保护森林资源和群众生命财产安全。</p>")
_HEADLINE = "某某镇开展冬季森林防火检查"


@pytest.mark.parametrize(("name", "meta", "lines", "tags"), [
    # <title> "site channel headline": the channel's label (部门动态) stayed in the title
    ("hanweb_gov_article",
     {"title": "市交通运输局开展汛期道路安全隐患排查", "date": "2024-06-18T16:42:00",
      "source_name": "市交通运输局", "authors": ()},
     ["6月17日", "检查组每到一处", "市交通运输局要求", "据悉"], ()),
    # <title> the app's name: the byline above the date row was taken for the headline
    ("h5_share_expand_comments",
     {"title": "跨江隧道主体结构全线贯通", "date": "2024-11-20T15:36:00",
      "source_name": "某某新闻", "authors": ("钱某某",)},
     ["11月20日", "该隧道全长", "项目负责人介绍", "隧道建成后"], ()),
    # the table of names, each cell's value in a <p>, was read as a layout table: a cell a
    # line, and every line went as a menu item; its header row went as a menu; the print
    # buttons under the date row (【打印】【关闭】) were taken for the publisher; its contact
    # line over the signature (联系电话：…) is its text, as the gold keeps a notice's
    ("notice_table_publicity",
     {"title": "关于2024年度某某县优秀教师拟表彰对象的公示", "date": "2024-09-02",
      "source_name": None, "authors": ()},
     ["根据《关于开展", "序号 姓名 性别 工作单位 任教学科", "1 甘某某 女 某某县第一中学 语文",
      "2 卢某", "3 尹某某", "4 莫某", "5 施某某", "6 覃某", "7 黎某某", "8 符某", "9 麦某某",
      "10 邝某 女 某某县特殊教育学校 特殊教育", "公示时间", "联系电话：077", "某某县教育体育局",
      "2024年9月2日"],
     ()),
    # <title> the paper's name, the headline (秋收时节稻谷香) too short to read as one, between
    # its kicker and its subtitle: the title was the paper's name and the byline was lost
    ("founder_epaper_article",
     {"title": "秋收时节稻谷香", "date": "2024-10-09", "authors": ("赖某某",)},
     ["眼下正是秋收时节", "“今年雨水匀", "为确保颗粒归仓", "与此同时"], ()),
    # <em id="publish_time"></em> empty, the time in var ct: no date was found; the credits,
    # 往期推荐, the QR prompt and the platform's buttons go
    ("wechat_full_markup",
     {"title": "这个夏天，图书馆里座无虚席", "date": "2024-07-23T09:02:00",
      "source_name": "某某文旅"},
     ["暑假以来", "记者上午九点", "“家里太热", "为满足读者需求"], ()),
    # <div class="art-head">标题 来源：… 时间：…</div>, pruned as chrome (head), <title> the
    # site's name: no title, date or publisher was found; a page declared gb2312
    ("headline_source_row_one_line",
     {"title": "某某镇开展冬季消防安全大检查", "date": "2026-01-14T10:20:33",
      "source_name": "某某镇人民政府", "authors": ()},
     ["为切实做好", "检查组重点", "对检查中发现"], ()),
    # 摘要: the first paragraph again, cut short with "..." ahead of the body: it stayed
    ("discuz_portal_view",
     {"title": "县城首家24小时自助图书馆开放", "date": "2024-05-27T09:41:00",
      "source_name": "某某日报", "authors": ("温某某",)},
     ["近日，县城首家", "这座自助图书馆", "“晚上下班后", "县图书馆负责人"], ()),
])
def test_fifteenth_page_shapes(name: str, meta: dict[str, object], lines: list[str],
                               tags: tuple[str, ...]) -> None:
    check_page(name, meta, lines, tags)


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # 上一篇/下一篇, 相关热词搜索, 相关阅读, the hits counter and the rankings go
    ("phpcms_county_news",
     {"title": "某某县举办第三届农民丰收节", "date": "2024-09-22T17:05:36",
      "source_name": "某某县融媒体中心", "authors": ("韦某某",)},
     ["9月22日", "活动现场", "开幕式上", "近年来"]),
    # the ViewClick counter script, 【责任编辑】, 相关阅读 and the comment form go
    ("empirecms_article",
     {"title": "老旧小区改造让居民住得更舒心", "date": "2024-08-05T09:12:45",
      "source_name": "某某日报", "authors": ("庞某某",)},
     ["今年以来", "走进建于", "据市住建局介绍", "下一步"]),
    # （责任编辑：…）, 相关新闻, 热点推荐 and 图片新闻 go
    ("province_portal_side_lists",
     {"title": "沿江小城打造“十五分钟健身圈”", "date": "2024-08-12T08:05:31",
      "source_name": "某某日报", "authors": ("伍某", "欧阳某某")},
     ["“以前锻炼", "近年来", "场地建起来", "据统计"]),
    # the 信息公开 list of fields, the attachments and the QR tools go; headings and the
    # signature stay
    ("trs_xxgk_ul_list",
     {"title": "某某区教育局关于做好2024年秋季学期中小学招生入学工作的通知",
      "date": "2024-07-02T09:30:00", "source_name": "某某区教育局", "authors": ()},
     ["各街道", "为切实做好", "一、招生对象", "凡年满6周岁", "二、招生办法", "小学一年级",
      "三、时间安排", "网上报名时间", "各学校要高度重视", "某某区教育局", "2024年6月28日"]),
    # 视频加载中..., the player's note, the credits, 分享到 and 推荐阅读 go
    ("rongmei_video_loading",
     {"title": "【视频】某某县：非遗竹编进校园", "date": "2024-11-06T18:20:00",
      "source_name": "某某县融媒体中心", "authors": ("巫某某", "蓝某")},
     ["近日", "课堂上", "“原来一根竹子", "据了解"]),
    # the post's categories and tags, its navigation, the comments and the widgets go
    ("wp_repost_blog",
     {"date": "2024-03-19T21:14:08", "authors": ("山里老师",)},
     ["按：", "在某某县", "这是该校", "“以前一个班", "学校负责人表示"]),
    ("powereasy_asp_article",
     {"title": "某某中学举行春季运动会", "date": "2024-04-19", "source_name": "某某中学",
      "authors": ("宁某某",)},
     ["4月18日", "开幕式上", "本届运动会", "学校相关负责人"]),
    # the picture's caption, 本版责编, 本版标题导航 and the page links go; the subtitle stays
    ("paper_h3_h1_h2_sec",
     {"title": "山区公路通到家门口", "date": "2024-05-20", "source_name": "某某日报",
      "authors": ("喻某某",)},
     ["——某某省推进", "清晨", "“路修好了", "近年来", "该省交通运输厅"]),
    # 返回…查看更多, the empty 责任编辑, the platform's statement and the widgets go
    ("sohu_like_account",
     {"title": "周末去哪儿？这座古镇的夜市火了", "date": "2024-06-30T18:25:00"},
     ["入夏以来", "夜幕降临", "来自邻省", "据古镇管委会"]),
])
def test_fifteenth_pages_already_right(name: str, meta: dict[str, object], lines: list[str]
                                       ) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize("meta", ["", f"<meta name='ArticleTitle' content='{_HEADLINE}'>"])
def test_a_channel_label_before_the_headline_in_title_is_cut(meta: str) -> None:
    page = (f"<html><head><title>某某县人民政府 工作动态 {_HEADLINE}</title>{meta}</head><body>"
            f"<div class='t'>{_HEADLINE}</div><div>发布日期：2024-03-11</div>"
            f"<div class='c'>{_BODY}</div></body></html>")
    assert clean_html(page, id="t").meta.title == _HEADLINE


def test_a_headline_of_two_spaced_clauses_keeps_its_first() -> None:
    # a clause before a space longer than a channel's label is the headline's own
    headline = "织密森林防火网络 守护绿水青山"
    page = (f"<html><head><title>某某县人民政府 {headline}</title></head><body>"
            f"<div class='t'>守护绿水青山</div><div class='c'>{_BODY}</div></body></html>")
    assert clean_html(page, id="t").meta.title == headline


@pytest.mark.parametrize("byline", ["某某新闻记者 钱某某", "本报记者 钱某某 通讯员 李某",
                                    "【字体：大 中 小】"])
def test_a_byline_between_the_headline_and_the_date_row_is_no_headline(byline: str) -> None:
    page = ("<html><head><title>某某新闻</title></head><body><div class='a'>"
            f"<div class='t'>{_HEADLINE}</div><div>{byline}</div><div>2024-11-20 15:36</div>"
            f"<div class='c'>{_BODY}</div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.meta.title == _HEADLINE
    assert doc.text.startswith("第0段")


def _table(rows: str) -> bool:
    root = parse_html(f"<html><body><table>{rows}</table></body></html>")
    assert root is not None
    table = root.find(".//table")
    assert table is not None
    return layout_table(table)


def test_a_grid_of_short_values_each_in_a_paragraph_is_data() -> None:
    cell = "<td><p>{}</p></td>"
    rows = "".join("<tr>" + "".join(cell.format(v) for v in row) + "</tr>"
                   for row in [("序号", "姓名", "单位"), ("1", "甘某某", "某某县第一中学"),
                               ("2", "卢某", "某某县实验小学")])
    assert not _table(rows)


def test_a_grid_with_a_column_of_sentences_is_data_when_its_rows_are_as_wide() -> None:
    # 序号 | 姓名 | 主要事迹: a sentence in the last column, every row three cells wide
    cell = "<td><p>{}</p></td>"
    rows = "".join("<tr>" + "".join(cell.format(v) for v in row) + "</tr>"
                   for row in [("序号", "姓名", "主要事迹"),
                               ("1", "甘某某", "扎根乡村二十年，带领村民发展茶叶产业。"),
                               ("2", "卢某", "坚守护理岗位十五年，连续奋战一线六十余天。")])
    assert not _table(rows)


@pytest.mark.parametrize("rows", [
    # a cell holding the article's paragraphs lays the page out
    "<tr><td><p>导航</p></td><td><p>第一段正文。</p><p>第二段正文。</p></td></tr>"
    "<tr><td><p>友情链接</p></td><td><p>版权所有</p></td></tr>",
    # so does one holding prose, or a menu
    "<tr><td><p>栏目</p></td><td><p>某某镇召开会议，部署冬季森林防火工作，要求各村压实责任。</p></td></tr>"
    "<tr><td><p>栏目</p></td><td><p>其他</p></td></tr>",
    "<tr><td><ul><li>首页</li></ul></td><td><p>正文</p></td></tr>"
    "<tr><td><p>甲</p></td><td><p>乙</p></td></tr>",
    # one row of cells side by side is a page's columns, no grid
    "<tr><td><p>左栏</p></td><td><p>右栏</p></td></tr><tr><td><p>正文</p></td></tr>",
])
def test_a_table_laying_out_blocks_stays_a_layout_table(rows: str) -> None:
    assert _table(rows)


def test_a_row_of_bracketed_buttons_under_the_date_row_is_no_publisher() -> None:
    page = ("<html><head><title>某某县教育体育局</title></head><body><div class='a'>"
            f"<div class='t'>{_HEADLINE}</div><div>发布时间：2024-09-02 点击数：418</div>"
            f"<div>【打印】【关闭】</div><div class='c'>{_BODY}</div></div></body></html>")
    assert clean_html(page, id="t").meta.source_name is None


def _metas(page: str) -> dict[str, str]:
    root = parse_html(page)
    assert root is not None
    return {el.get("name", ""): el.get("content", "") for el in root.iter("meta")}


def test_an_e_paper_s_property_comment_gives_its_meta_tags() -> None:
    page = ("<html><head><title>某某日报</title><!--enpproperty <articleid>1</articleid>"
            "<date>2024-10-09</date><author></author><title>秋收时节稻谷香</title>"
            "<subtitle>副题</subtitle>/enpproperty--></head><body><p>正文</p></body></html>")
    # an empty field (<author></author>) gives no tag
    assert _metas(page) == {"publishdate": "2024-10-09", "articletitle": "秋收时节稻谷香"}


def test_any_other_comment_gives_no_meta_tag() -> None:
    page = ("<html><head><!-- <title>模板标题</title><date>2020-01-01</date> --></head>"
            "<body><p>正文</p></body></html>")
    assert _metas(page) == {}


def _timed_page(box: str) -> str:
    return ("<html><head><title>这个夏天，图书馆里座无虚席</title></head><body>"
            f"<h1>这个夏天，图书馆里座无虚席</h1><div>{box}</div><div class='c'>{_BODY}</div>"
            '<script>var ct = "1721696520";</script></body></html>')


def test_an_empty_publish_time_box_takes_the_script_s_epoch() -> None:
    assert clean_html(_timed_page('<em id="publish_time"></em>'), id="t").meta.date == (
        "2024-07-23T09:02:00")


@pytest.mark.parametrize(("box", "date"), [
    # the page prints its own time there
    ('<em id="publish_time">2024-07-20 10:00</em>', "2024-07-20T10:00:00"),
    # no empty box the script fills: the epoch may be any other time
    ("<em>原创</em>", None),
])
def test_a_printed_time_or_no_time_box_leaves_the_epoch_unread(box: str, date: str | None
                                                             ) -> None:
    assert clean_html(_timed_page(box), id="t").meta.date == date


_GLUED = f"<div class='bt'>{_HEADLINE} 来源：某某镇人民政府 发布时间：2026-01-14</div>"


@pytest.mark.parametrize("title", ["某某镇人民政府", f"{_HEADLINE}_某某镇人民政府"])
def test_a_headline_on_one_line_with_its_row_gives_the_row_s_fields(title: str) -> None:
    page = (f"<html><head><title>{title}</title></head><body>{_GLUED}"
            f"<div class='c'>{_BODY}</div></body></html>")
    meta = clean_html(page, id="t").meta
    assert (meta.title, meta.date, meta.source_name) == (
        _HEADLINE, "2026-01-14", "某某镇人民政府")


def test_a_list_of_headlines_each_with_its_row_gives_none() -> None:
    items = "".join(f"<li>某某镇开展第{n}次森林防火检查 来源：某某镇 时间：2026-01-1{n}</li>"
                    for n in (1, 2))
    page = (f"<html><head><title>某某镇人民政府</title></head><body><ul>{items}</ul>"
            f"<div class='c'>{_BODY}</div></body></html>")
    root = parse_html(page)
    assert root is not None
    assert glued_header(root) is None
    assert clean_html(page, id="t").meta.title == "某某镇人民政府"


def test_a_row_opening_with_a_field_has_no_headline_before_it() -> None:
    page = ("<html><head><title>某某县人民政府</title></head><body>"
            "<div>来源：某某县农业农村局 发布时间：2024-05-11 10:32</div>"
            f"<div class='c'>{_BODY}</div></body></html>")
    root = parse_html(page)
    assert root is not None
    assert glued_header(root) is None


def _summarised(summary: str) -> str:
    return ("<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查</h1>"
            f"<div class='s'>摘要: {summary}</div><div class='c'>{_BODY}</div></body></html>")


@pytest.mark.parametrize("ellipsis", [" ...", "……", "…"])
def test_a_summary_box_cut_short_from_the_opening_goes(ellipsis: str) -> None:
    summary = "第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查"
    assert clean_html(_summarised(summary + ellipsis), id="t").text.startswith("第0段")


def test_a_summary_box_in_its_own_words_stays() -> None:
    summary = "某某镇多措并举守护林区安全，筑牢冬季森林防火屏障 ..."
    assert clean_html(_summarised(summary), id="t").text.startswith("摘要: 某某镇多措并举")


def test_a_headline_above_a_row_of_field_cells_under_a_site_title() -> None:
    # the Hanweb page with <title> the site's name and no meta tags: its date row is a table
    # of four cells (发布日期 | 信息来源 | 浏览次数 | 【字体】), a line each, and the headline
    # above them was out of reach of the lines searched for it
    page = (PAGES / "hanweb_gov_article.html").read_text(encoding="utf-8")
    page = re.sub(r"<title>.*?</title>", "<title>某某市人民政府</title>", page)
    page = re.sub(r"<meta name=.*?>\n", "", page)
    meta = clean_html(page, id="t").meta
    assert (meta.title, meta.date) == ("市交通运输局开展汛期道路安全隐患排查", "2024-06-18")


def test_lines_above_the_field_cells_still_count() -> None:
    # past four lines that are no field cells the headline is out of reach, as before
    rows = "".join(f"<div>某某镇第{n}项重点工作推进情况通报</div>" for n in range(5))
    page = ("<html><head><title>某某县人民政府</title></head><body>"
            f"<div class='bt'>{_HEADLINE}</div>{rows}<div>发布日期：2024-03-11</div>"
            f"<div class='c'>{_BODY}</div></body></html>")
    assert clean_html(page, id="t").meta.title != _HEADLINE


def test_a_paper_s_headline_under_a_site_title_past_its_subtitle_and_issue_stamp() -> None:
    # <title> the site's name: the issue stamp under the byline (《某某日报》（ 2024年05月20日
    # 第 04 版）) was taken for the headline, and then the subtitle's <h2> (——某某见闻)
    page = (PAGES / "paper_h3_h1_h2_sec.html").read_text(encoding="utf-8")
    page = re.sub(r"<title>.*?</title>", "<title>某某县人民政府</title>", page)
    doc = clean_html(page, id="t")
    assert doc.meta.title == "山区公路通到家门口"
    assert doc.text.startswith("——某某省推进")


_DOC_NAME = "某某区教育局关于做好2024年秋季学期中小学招生入学工作的通知"


def test_the_name_field_of_an_information_list_names_a_page_with_no_headline() -> None:
    # the TRS list page with <title> the site's name and no printed headline: the list's
    # 名　　称 field (classed like chrome: xxgk-head) names the document
    page = (PAGES / "trs_xxgk_ul_list.html").read_text(encoding="utf-8")
    page = re.sub(r"<title>.*?</title>", "<title>某某区人民政府</title>", page)
    page = re.sub(r"<meta name=.(?:ArticleTitle|ColumnName).*?>\n", "", page)
    page = re.sub(r"<h1 .*?</h1>\n", "", page)
    assert clean_html(page, id="t").meta.title == _DOC_NAME


@pytest.mark.parametrize(("head", "field", "title"), [
    # the value in the next cell
    ("", f"<table><tr><td>名称：</td><td>{_DOC_NAME}</td></tr></table>", _DOC_NAME),
    # a printed <h1> names the headline: the field is not read
    (f"<h1>{_HEADLINE}</h1>", f"<div>标题：{_DOC_NAME}</div>", _HEADLINE),
    # a search form's label over its button names nothing
    ("", "<form><span>标题：</span><button>搜索</button></form>", "某某区人民政府"),
])
def test_a_name_field_only_names_a_page_nothing_else_names(head: str, field: str, title: str
                                                          ) -> None:
    page = (f"<html><head><title>某某区人民政府</title></head><body>{field}{head}"
            f"<div class='c'>{_BODY}</div></body></html>")
    assert clean_html(page, id="t").meta.title == title


@pytest.mark.parametrize("widget", ["欢迎访问某某县人民政府网站 时间：2026-01-14 星期三",
                                    "某某县人民政府门户网站欢迎您 日期：2026年1月14日 周三",
                                    "某某镇开展冬季消防安全大检查 时间：2026-01-14 星期三"])
def test_a_header_s_greeting_or_today_s_weekday_is_no_headline_row(widget: str) -> None:
    page = (f"<html><head><title>某某县人民政府</title></head><body><div>{widget}</div>"
            f"<div class='c'>{_BODY}</div></body></html>")
    root = parse_html(page)
    assert root is not None
    assert glued_header(root) is None


def test_a_yearless_time_row_under_the_headline_is_no_headline() -> None:
    # an app's share page: <title> the app's name, the row under the headline gives the day
    # and time without the year (某某发布 05-06 10:12), and was taken for the headline
    page = ("<html><head><title>某某发布</title></head><body><div class='d'>"
            f"<div class='title'>{_HEADLINE}</div>"
            "<div class='info'><span>某某发布</span><span>05-06 10:12</span></div>"
            f"<div class='content'>{_BODY}</div></div></body></html>")
    assert clean_html(page, id="t").meta.title == _HEADLINE


def test_an_h1_holding_the_headline_and_its_dated_row_on_one_line() -> None:
    # the PHPCMS page with the row glued into its <h1> (no <br>), the row opening with the
    # date, under a <title> of the site's name; its 相关阅读 list prints titles with bare dates
    page = (PAGES / "phpcms_county_news.html").read_text(encoding="utf-8")
    page = page.replace("<h1>某某县举办第三届农民丰收节<br />", "<h1>某某县举办第三届农民丰收节 ")
    page = re.sub(r"<title>.*?</title>", "<title>某某县新闻网</title>", page)
    page = re.sub(r"<meta name=\"(?:keywords|description)\".*?>\n", "", page)
    meta = clean_html(page, id="t").meta
    assert (meta.title, meta.date, meta.source_name) == (
        "某某县举办第三届农民丰收节", "2024-09-22T17:05:36", "某某县融媒体中心")


def test_a_list_item_s_title_and_bare_date_is_no_headline_row() -> None:
    page = ("<html><head><title>某某县人民政府</title></head><body>"
            "<div>某某镇开展冬季森林防火检查 2026-01-11</div>"
            f"<div class='c'>{_BODY}</div></body></html>")
    root = parse_html(page)
    assert root is not None
    assert glued_header(root) is None


_NOTICE = ["各县（市、区）农业农村局：", "根据有关办法，经企业申报和专家评审，认定35家企业为市级重点龙头企业，现予以公布。"]


@pytest.mark.parametrize("attachment", ["附件：2024年度市级农业产业化重点龙头企业名单",
                                        "附件1：2024年度市级重点龙头企业名单",
                                        "附件：1.2024年度市级重点龙头企业名单"])
def test_an_attachment_named_without_its_file_s_extension_stands_before_the_signature(
        attachment: str) -> None:
    lines = [*_NOTICE, attachment, "某某市农业农村局", "2024年11月29日"]
    assert closing_signature(lines) == {3, 4}


def test_a_sentence_after_the_attachment_label_ends_no_text_before_a_signature() -> None:
    # not closed by a sentence's mark: no signature follows it
    lines = [*_NOTICE, "附件：见下表，请各单位认真填写", "某某市农业农村局", "2024年11月29日"]
    assert closing_signature(lines) == frozenset()


def test_a_short_notice_keeps_its_signature_s_date_after_its_attachment_line() -> None:
    # five lines in all: the date under the signature was within the lines above the body
    # where a date alone is a metadata row, and went
    body = "".join(f"<p>{line}</p>" for line in [*_NOTICE, "附件：2024年度市级重点龙头企业名单",
                                                 "某某市农业农村局", "2024年11月29日"])
    page = ("<html><head><title>关于公布市级重点龙头企业名单的通知_某某市农业农村局</title></head><body>"
            "<h1>关于公布市级重点龙头企业名单的通知</h1><div>发布时间：2024-12-02</div>"
            f"<div class='content'>{body}</div></body></html>")
    assert clean_html(page, id="t").text.endswith("某某市农业农村局\n2024年11月29日")
