"""A seventh set of pages of our own in shapes Chinese sites print, through the HTML path whole.

A TRS WCM government page whose metadata sits in ArticleTitle/PubDate/ContentSource meta under
an 信息索引号/发文机关/成文日期 table and a 字体：[大 中 小] 打印本页 关闭窗口 row; a DedeCMS
portal article (上一篇/下一篇, 相关文章, 本文地址/转载请注明, a comment form); a WordPress blog
(screen-reader labels, tags, comments, a reply form, a sidebar of 近期文章) whose og meta gives
the time in UTC; a self-media account's page (an account name run into its profile, 阅读 1.2万,
关注, 举报, a 为你推荐 feed); an article in several column <div>s and a <table> with centred
captions under a 图集 carousel; a GB18030 page (a rare name character of four bytes, the
charset only in <meta http-equiv>); an old government page whose text sits in a nested <td>
beside a navigation <td> of headlines as long.
"""

from __future__ import annotations

import pytest

from cleaners import clean_html

from .test_html_page_shapes import PAGES, check_page


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("trs_meta_only",  # <title> is the site's: ArticleTitle and the printed headline agree;
     # the index table, 字体/打印本页/关闭窗口, 我要纠错 and 相关信息 go
     {"title": "某某市启动2024年城市道路提升改造工程", "date": "2024-03-18T09:26:00",
      "source_name": "某某市住房和城乡建设局", "authors": ()},
     ["3月18日", "今年的改造", "为减少施工", "市住建局相关负责人"]),
    ("wordpress_blog",  # 文章作者/发布日期 are screen-reader labels run into their values:
     # the label names no publisher, the name after it is the author; og's UTC time is
     # 21:15 in China; the <h2>s stay; tags, the comments and the reply form go
     {"title": "用树莓派搭建家庭网络存储的完整记录", "date": "2024-02-06T21:15:42",
      "source_name": None, "authors": ("某某",)},
     ["家里的照片", "准备硬件", "树莓派4B", "安装系统和共享服务", "系统用官方", "用了三个月"]),
    ("selfmedia_account",  # the account's name run into its profile blurb and the 阅读 1.2万
     # count name no publisher; 本文为…原创, 举报, the 声明 and the feed go
     {"title": "退休后回老家种地三年，我算了一笔账", "date": "2024-06-02T07:30:00",
      "source_name": None, "authors": ()},
     ["我是前年", "先说投入", "再说收入", "钱上看"]),
    ("split_columns_gallery",  # the columns and the table cell read in order; the centred
     # captions, the carousel's buttons, 更多图集 and [责任编辑：…] go
     {"title": "航拍某某古镇：千年水乡焕新颜", "date": "2024-10-09T08:45:00",
      "source_name": "某某新闻网", "authors": ("郑某某",)},
     ["近年来", "古镇内河道", "据了解"]),
    ("gb18030_four_byte",  # GB18030 declared in <meta http-equiv> only; 𠮷 (four bytes)
     # kept; 李䶮 (a rare character of Extension A) is a name like any other
     {"title": "某某村“𠮷祥”老字号非遗传承人收徒传艺", "date": "2023-11-20",
      "source_name": "某某县融媒体中心", "authors": ("李䶮",)},
     ["11月18日，某某村“𠮷祥”", "“𠮷祥”糕点", "传承人表示"]),
    ("nested_td_nav",  # the text's <td> beside a <td> of headlines as long; 【打印本页】 goes
     {"title": "县水利局召开冬修水利工作动员会", "date": "2023-11-06",
      "source_name": "县水利局", "authors": ()},
     ["11月6日", "会议要求", "会议明确"]),
])
def test_seventh_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize("name", ["李䶮", "王𠮷", "欧阳䶮"])
def test_a_rare_character_in_a_name_keeps_the_author(name: str) -> None:
    from cleaners.meta import parse_byline
    from cleaners.names import looks_like_name, plausible_author

    assert looks_like_name(name)
    assert plausible_author(name)
    found = parse_byline(f"（记者 {name}）", tail=False)
    assert found is not None
    assert found.authors == (name,)


@pytest.mark.parametrize(("content", "want"), [
    ("2024-02-06T13:15:42+00:00", "2024-02-06T21:15:42"),  # UTC: eight hours on
    ("2024-02-06T19:15:42Z", "2024-02-07T03:15:42"),  # past midnight in China: the next day
    ("2024-02-06T21:15:42+08:00", "2024-02-06T21:15:42"),
    ("2024-02-06T21:15:42.000+0800", "2024-02-06T21:15:42"),
    ("2024-02-06T08:15:42-05:00", "2024-02-06T21:15:42"),
    ("2024-02-06 21:15", "2024-02-06T21:15:00"),  # no offset: as printed
])
def test_a_meta_time_with_its_utc_offset_is_given_in_china_time(content: str, want: str) -> None:
    paras = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                    for n in range(3))
    page = (f"<html><head><title>某某镇开展森林防火检查</title><meta property='article:published_time'"
            f" content='{content}'></head><body><h1>某某镇开展森林防火检查</h1>"
            f"<div class='text'>{paras}</div></body></html>")
    assert clean_html(page, id="t").meta.date == want


def test_an_english_page_keeps_its_meta_time_as_given() -> None:
    page = ("<html lang='en'><head><title>Council approves cycling lanes</title><meta "
            "property='article:published_time' content='2024-02-27T16:40:00Z'></head><body>"
            "<h1>Council approves cycling lanes</h1><div class='text'>"
            + "<p>The city council approved a plan for new cycling lanes downtown on Tuesday.</p>" * 3
            + "</div></body></html>")
    assert clean_html(page, id="t").meta.date == "2024-02-27T16:40:00"


def test_a_range_of_hours_is_no_utc_offset() -> None:
    from cleaners.html.metadata import _DATE, _iso

    m = _DATE.search("2024年5月1日 9:00-11:30")
    assert m is not None
    assert _iso(m, china=True) == "2024-05-01T09:00:00"


@pytest.mark.parametrize(("row", "source"), [
    ("2024-06-02 07:30 发布于湖南 阅读 1.2万", None),  # a count names nobody
    ("2024-06-02 07:30 阅读 3.4k", None),
    ("2024-06-02 07:30 发布于湖南 · 来自某某客户端", None),  # the app it was posted with
    ("2024-06-02 07:30 来自Android客户端", None),
    ("2024-06-02 07:30 某某日报", "某某日报"),
    ("2024-06-02 07:30 某某日报客户端", "某某日报客户端"),  # an outlet's app is the outlet
])
def test_a_count_beside_the_date_names_no_publisher(row: str, source: str | None) -> None:
    paras = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                    for n in range(3))
    page = (f"<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='meta'>{row}</div><div class='text'>{paras}</div></body></html>")
    assert clean_html(page, id="t").meta.source_name == source


@pytest.mark.parametrize(("label", "source", "authors"), [
    ("<span>文章作者</span><a href='/author/1'>林某某</a>", None, ("林某某",)),
    ("<span>作者</span><a href='/author/1'>林某某</a>", None, ("林某某",)),
    # an account run into its profile: no publisher
    ("<a href='/u/1'>某某说</a><span>优质三农领域创作者</span>", None, ()),
    ("<a href='/'>某某日报</a>", "某某日报", ()),  # a lone outlet's name above the date row
    # a box's heading, no name after the label
    ("<span>作者简介</span>", None, ()),
    ("<span>作者专栏</span>", None, ()),
    ("<span>作者们</span>", None, ()),
])
def test_a_label_or_profile_run_into_the_name_under_the_headline(
        label: str, source: str | None, authors: tuple[str, ...]) -> None:
    paras = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                    for n in range(3))
    page = (f"<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='by'>{label}</div><div class='when'>2024-06-02 07:30</div>"
            f"<div class='text'>{paras}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.source_name, doc.meta.authors) == (source, authors)


def test_a_thread_s_opening_post_is_the_article_and_its_replies_go() -> None:
    # 贴吧: the posts are sibling boxes, each with its floor (1楼, 2楼) and time after the text;
    # the opening post's time is the date; 【某某吧】 after the headline in <title> is the
    # forum's tag, not the headline's; the users' names and badges go with the replies
    check_page("tieba_thread",
               {"title": "新手养多肉一年的经验总结，长文慎入", "date": "2024-04-12T21:37:00",
                "source_name": None, "authors": ()},
               ["养了一年多肉", "第一，土", "第二，浇水", "第三，光照", "最后，新买"])
    doc = clean_html((PAGES / "tieba_thread.html").read_bytes(), id="t")
    assert {r.rule for r in doc.removals if r.rule == "forum_reply"} == {"forum_reply"}


_POST = ("<div class='post'><div class='user'><a href='#'>{user}</a></div><div class='text'>{text}"
         "</div><div class='tail'><span>{floor}</span><span>{time}</span></div></div>")
_TEXT = "这是第{n}个帖子的内容，讲讲最近在阳台种菜的一些心得体会，欢迎大家一起交流经验。"


@pytest.mark.parametrize(("floors", "times", "replies"), [
    (["1楼", "2楼", "3楼"], ["2024-04-12 21:37"] * 3, 2),
    (["楼主", "沙发", "板凳"], ["发表于 2024-5-3 10:22"] * 3, 2),
    (["#1", "#2"], ["2024-04-12 21:37"] * 2, 1),
    # sections with a floor and no posting time: a mall's directory, no thread
    (["1楼", "2楼", "3楼"], ["", "", ""], 0),
    # a time and no floor: a list of dated notices, no thread
    (["", "", ""], ["2024-04-12 21:37"] * 3, 0),
])
def test_forum_thread(floors: list[str], times: list[str], replies: int) -> None:
    from cleaners.html.dom import parse_html
    from cleaners.html.thread import forum_thread

    posts = "".join(_POST.format(user=f"用户{n}", text=_TEXT.format(n=n), floor=f, time=t)
                    for n, (f, t) in enumerate(zip(floors, times, strict=True)))
    root = parse_html(f"<html><body><div class='list'>{posts}</div></body></html>")
    assert root is not None
    thread = forum_thread(root)
    assert (len(thread.replies) if thread else 0) == replies
    if thread:
        assert _TEXT.format(n=0) in thread.first.text_content()
        assert thread.posted is not None
        assert thread.posted.startswith(("2024-04-12T21:37", "2024-05-03T10:22"))


@pytest.mark.parametrize(("title", "printed", "want"), [
    ("新手养多肉一年的经验总结【多肉植物吧】", "新手养多肉一年的经验总结", "新手养多肉一年的经验总结"),
    ("某某古镇秋色正浓 游客络绎不绝[组图]", "某某古镇秋色正浓 游客络绎不绝", "某某古镇秋色正浓 游客络绎不绝"),
    # the headline as printed carries the bracket: it stays
    ("【专题】某某市两会召开【直播】", "【专题】某某市两会召开【直播】", "【专题】某某市两会召开【直播】"),
])
def test_a_tag_after_the_headline_in_title(title: str, printed: str, want: str) -> None:
    paras = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                    for n in range(3))
    page = (f"<html><head><title>{title}_某某网</title></head><body><div class='t'>{printed}</div>"
            f"<div class='x'>某某网</div><div class='text'>{paras}</div></body></html>")
    assert clean_html(page, id="t").meta.title == want


def test_a_dedecms_article() -> None:
    # the intro box above the body (its first paragraph's opening) goes; (责任编辑：…),
    # 上一篇/下一篇, 收藏/挑错/推荐/打印, 本文地址/转载请注明, 相关文章 and the comment form go
    check_page("dede_portal_article",
               {"title": "某某区举办首届乡村美食文化节", "date": "2024-05-18T16:20:00",
                "source_name": "某某晚报", "authors": ("陈某某",)},
               ["5月18日，某某区首届乡村美食文化节在某某镇开幕，来自全区的60余家农家乐和特色小吃商户参展，吸引",
                "文化节为期三天", "区文旅局负责人"])


@pytest.mark.parametrize(("lines", "kept"), [
    # a summary box, then the first paragraph that opens with its words and goes on
    (["某某区首届乡村美食文化节在某某镇开幕，六十余家商户参展。",
      "某某区首届乡村美食文化节在某某镇开幕，六十余家商户参展，吸引上万名游客。"], [1]),
    # a paragraph printed twice is no summary (a duplicate's matter, not this rule's)
    (["某某区首届乡村美食文化节在某某镇开幕，六十余家商户参展。"] * 2, [0, 1]),
    # a short heading the paragraph opens with
    (["一、基本情况", "一、基本情况方面，今年全区共有六十余家商户参加了美食文化节。"], [0, 1]),
    # a summary in other words than the paragraph's
    (["美食节开幕，六十余家商户参展，上万名游客到场品尝各地特色小吃。",
      "5月18日，某某区首届乡村美食文化节在某某镇开幕，六十余家商户参展。"], [0, 1]),
])
def test_a_summary_above_the_body_that_its_first_paragraph_restates(
        lines: list[str], kept: list[int]) -> None:
    from cleaners.html.extract import _trim

    got, _ = _trim(lines, None)
    assert got == [lines[i] for i in kept]


@pytest.mark.parametrize(("text", "want"), [
    ("发布时间：2024-06-02T07:30:00+08:00", "2024-06-02T07:30:00"),  # printed raw by the CMS
    ("2024-06-02T07:30", "2024-06-02T07:30:00"),
    ("2024-06-02 07:30", "2024-06-02T07:30:00"),
    ("2024-06-02 Tuesday", "2024-06-02"),  # a T that opens no time
])
def test_an_iso_time_after_its_t_is_the_date_s_time(text: str, want: str) -> None:
    from cleaners.meta import parse_date

    assert parse_date(text) == want


@pytest.mark.parametrize("printed", ["", "<div class='bt'>某某市启动2024年城市道路提升改造工程</div>"])
def test_a_government_page_s_articletitle_meta_is_the_headline(printed: str) -> None:
    # the guideline's meta set (ArticleTitle, PubDate, ContentSource) under a <title> that is
    # the site's name alone, the headline printed or not
    paras = "".join(f"<p>第{n}段，为切实做好城市道路提升改造工作，市住建局组织有关部门开展现场检查。</p>"
                    for n in range(3))
    page = ("<html><head><title>某某市人民政府门户网站</title>"
            "<meta name='SiteName' content='某某市人民政府门户网站'>"
            "<meta name='ArticleTitle' content='某某市启动2024年城市道路提升改造工程'>"
            "<meta name='PubDate' content='2024-03-18 09:26'>"
            "<meta name='ContentSource' content='某某市住房和城乡建设局'></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/zwgk/'>政务公开</a></div>{printed}"
            f"<div class='TRS_Editor'>{paras}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "某某市启动2024年城市道路提升改造工程", "2024-03-18T09:26:00", "某某市住房和城乡建设局")


@pytest.mark.parametrize(("url", "day"), [
    ("http://www.example.gov.cn/zwgk/bmdt/202403/t20240318_1234567.html", "2024-03-18"),  # TRS
    ("http://www.example.com/a/20240318/123.shtml", "2024-03-18"),
    ("http://www.example.com/html/2024/0318/123.html", "2024-03-18"),
    ("http://www.example.com/news/123.html", None),
    ("http://www.example.com/t20241399_1.html", None),  # no such day
    ("http://www.example.com/20240318123/1.html", None),  # an id of digits, no day
])
def test_url_date(url: str, day: str | None) -> None:
    from cleaners.html.metadata import url_date

    assert url_date(url) == day


def test_a_page_with_no_date_printed_takes_the_day_its_address_holds() -> None:
    paras = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                    for n in range(3))
    page = ("<html><head><title>某某镇开展森林防火检查</title><link rel='canonical' href='"
            "http://www.example.gov.cn/zwgk/202403/t20240318_1234567.html'></head><body>"
            f"<h1>某某镇开展森林防火检查</h1><div class='text'>{paras}</div></body></html>")
    assert clean_html(page, id="t").meta.date == "2024-03-18"


def test_an_article_cell_beside_a_notice_board_cell_of_prose() -> None:
    # an old government page: the left cell holds 通知公告, short sentences of their own; the
    # article's cell opens with its headline and date row; the <title> is the site's name
    check_page("notice_board_td",
               {"title": "某某镇召开防汛备汛工作部署会", "date": "2024-06-03",
                "source_name": "镇党政办", "authors": ()},
               ["6月3日上午", "会议要求", "会议强调", "镇党委书记"])


_NOTICE = "<p>请各村于6月10日前报送汛期值班表，逾期未报的将予以通报。</p>"


@pytest.mark.parametrize(("left", "title", "cell"), [
    # the left cell holds prose of its own, undated: the dated cell is the article
    (_NOTICE, "", 1),
    # the dated cell carries less than half the row's prose: no cell is surely the article
    (_NOTICE * 6, "", None),
    (_NOTICE * 6, "某某镇人民政府", None),  # a <title> that is the site's name only
    # …unless it opens with the page's headline (the <title> opens with it): a short article
    # beside a side cell of more prose (专题介绍, 相关新闻)
    (_NOTICE * 6, "某某镇召开防汛会_某某镇人民政府", 1),
    # but a headed cell of less than a quarter of the row's prose is no surer
    (_NOTICE * 20, "某某镇召开防汛会_某某镇人民政府", None),
])
def test_article_cell(left: str, title: str, cell: int | None) -> None:
    from cleaners.html.dom import _article_cell, parse_html, subtree_stats

    paras = "".join(f"<p>第{n}段，某某镇召开防汛备汛工作部署会，安排部署今年防汛重点任务。</p>"
                    for n in range(3))
    root = parse_html(f"<html><body><table><tr><td>{left}</td><td><div>某某镇召开防汛会</div>"
                      f"<div>发布时间：2024-06-03</div>{paras}</td></tr></table></body></html>")
    assert root is not None
    stats = subtree_stats(root)
    row = next(root.iter("tr"))
    got = _article_cell(row, stats, title)
    assert got is (row[cell] if cell is not None else None)


@pytest.mark.parametrize(("line", "authors"), [
    ("作者简介", None),  # a box's heading: 简 is a surname, 简介 no name
    ("记者风采", None),
    ("记者简某某", ("简某某",)),  # a name glued to its role
    ("记者王某某", ("王某某",)),
])
def test_a_role_glued_to_a_box_heading_is_no_byline(line: str,
                                                    authors: tuple[str, ...] | None) -> None:
    from cleaners.meta import parse_byline

    found = parse_byline(line, tail=False)
    assert (found.authors if found else None) == authors
