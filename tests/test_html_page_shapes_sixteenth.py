"""A sixteenth set of shapes, from commercial portals, media sites, blogs and forums as they
mark up: a Taiwan paper in Big5 whose byline is set in 〔〕 (〔記者某某／某地報導〕), a business site
whose standfirst stands between the headline and its byline (某某新闻记者 | 某某), a portal whose
header row prints its source's label apart from the name (来自 <a>某某新闻</a>), a tech media
site's contributor post closed by the platform's note, a financial portal that links each
stock's forum (股吧) after its code, a blog with its date in brackets and a 转载▼ button, a
forum whose opening post carries one more class than the replies and its time in the thread's
head, a portal's creator post, a column post with its stamp under the text, a writing
platform's post with hashed class names and a word count, a financial flash with its weekday,
topics and risk warning, a Hong Kong paper's 相關字詞﹕ line, a figure built of divs; and pages
of other families cleaned right already, pinned (163-, sina- and 2013 portal templates, a
match report, a TV station, an enterprise, a split article, an old county site in GB2312, a
WebPlus university page, a commentary site's exclusive)."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.meta import parse_byline

from .test_html_page_shapes import check_page

_BODY = ("<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查，确保林区安全。</p>"
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况，要求落实责任。</p>"
         "<p>第2段，下一步，该镇将继续加强巡查，严防火灾发生，切实保护森林资源和群众生命财产安全。</p>")
_HEADLINE = "某某镇开展冬季森林防火检查"


def _page(header: str, body: str = _BODY) -> str:
    return (f"<html><head><title>{_HEADLINE}_某某网</title></head><body><h1>{_HEADLINE}</h1>"
            f"{header}<div class='article-content'>{body}</div></body></html>")


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # 〔記者范宜君／南嶺報導〕 beside the date: the byline in its brackets was taken for the
    # publisher and named no author; 延伸閱讀, the app prompt and 相關新聞 go. No 來源 row: the
    # paper og:site_name names is the publisher, the last resort
    ("tw_big5_local_news",
     {"title": "山城鎮老街活化 閒置店屋變身文創聚落", "date": "2024-04-08T05:30:00",
      "source_name": "南嶺時報", "authors": ("范宜君",)},
     ["山城鎮老街曾是", "鎮公所表示", "在老街經營", "不過也有", "根據鎮公所統計"]),
    # 来自 <a>红星新闻</a> in the date row: the label was taken for the publisher
    ("ifeng_main_content",
     {"title": "西岭县“村BA”火出圈：一场乡村篮球赛带火一座县城", "date": "2024-07-21T18:06:33",
      "source_name": "红星新闻", "authors": ("邓梓安", "韦清禾")},
     ["7月20日晚", "比赛还没开始", "据西岭县", "河坝村队队长", "西岭县文体旅游局负责人"]),
    # the standfirst under the headline ended the header: the byline (界面新闻记者 | 聂云帆)
    # under it was never read; the editor's line, 图片来源, 校对 and the reprint notice go
    ("jiemian_article",
     {"title": "一家老字号糕点铺的转型账本", "date": "2024-06-18T11:20:00",
      "source_name": "界面新闻", "authors": ("聂云帆",)},
     ["在南湾老城", "但在十年前", "从前店后厂到中央工厂", "转折发生在", "“以前每个师傅",
      "直播间里的新顾客", "2022年", "目前", "不过"]),
    # the platform's note closing a contributor's post (该文观点仅代表作者本人，36氪平台仅提供
    # 信息存储空间服务。) stayed as the last line; the 本文来自微信公众号 lines, the cover's
    # credit, the author card and the feeds go; the account publishes, its writer the author
    ("techmedia_author_card",
     {"title": "做一台扫地机器人，到底难在哪？", "date": "2024-06-10T16:30:00",
      "source_name": "鹿鸣科技观察", "authors": ("祁望舒",)},
     ["今年618", "价格下来了", "01 导航", "早期的", "“真正的难点", "02 基站", "如果说",
      "一家代工厂", "03 利润", "据行业人士", "在这种情况下"]),
    # each stock linked as name, (code) and 股吧: the forum's link stayed in the sentence
    # (某某光能(300000)股吧、); the 文章来源 and 责任编辑 code lines, the statement, the
    # stocks' table, 股吧热议 and the side feeds go
    ("finance_news_content",
     {"title": "光伏板块集体走强 多只个股涨停", "date": "2024-06-12T14:05:00",
      "source_name": "证券时报网", "authors": ("钱湘",)},
     ["证券时报网讯，6月12日，A股光伏板块集体走强，截至收盘，光伏设备指数上涨3.21%，板块内超过九成个股"
      "上涨，其中某某光能(300000)、某某新能等多只个股涨停。", "消息面上", "业内分析人士", "不过也有机构",
      "资金面上"]),
])
def test_sixteenth_pages(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


@pytest.mark.parametrize(("line", "source", "authors"), [
    ("〔記者某某某／台北報導〕", None, ("某某某",)),
    ("〔记者甲某、乙某某／综合报导〕", None, ("甲某", "乙某某")),
    ("[记者某某某/台北报导]", None, ("某某某",)),
    ("某某新闻记者 | 某某某", "某某新闻", ("某某某",)),
    ("某某新闻记者｜某某某", "某某新闻", ("某某某",)),
])
def test_a_byline_in_square_brackets_or_with_a_bar_after_the_role(
        line: str, source: str | None, authors: tuple[str, ...]) -> None:
    found = parse_byline(line, tail=False)
    assert found is not None
    assert (found.source_name, found.authors) == (source, authors)


@pytest.mark.parametrize("line", ["〔2024〕12号", "[某某日报]", "某某新闻编辑 | 某某某",
                                  "（某某新闻编辑 | 某某某）"])
def test_no_byline_in_brackets_without_a_reporter(line: str) -> None:
    found = parse_byline(line, tail=False)
    assert found is None or not found.authors


@pytest.mark.parametrize("row", [
    "<div class='info'><span>2024-07-21 18:06</span><span>来自 <a href='#'>某某新闻</a></span>"
    "<span>发布于 四川</span></div>",
    # the boxes glued: the next box's label is no part of the name
    "<div class='info'><span>2024-07-21 18:06</span><span>来自 <a href='#'>某某新闻</a></span>"
    "<span>发布于 四川</span></div>".replace("</span><span>", "</span>\u200b<span>"),
    "<div class='info'>2024-07-21 18:06 来源 某某新闻</div>",
    "<div class='info'>来自：某某新闻 2024-07-21 18:06</div>",
])
def test_a_source_label_apart_from_its_name_names_the_next_token(row: str) -> None:
    doc = clean_html(_page(row), id="t")
    assert doc.meta.date == "2024-07-21T18:06:00"
    assert doc.meta.source_name == "某某新闻"


_STANDFIRST = "<p class='summary'>一场检查，查出了哪些隐患？记者跟随检查组走进了林区。</p>"


def test_a_standfirst_under_the_headline_ends_no_header() -> None:
    header = (f"{_STANDFIRST}<p>某某日报记者 | 甲某某</p><p>2024/06/18 11:20 · 来源：某某日报</p>")
    doc = clean_html(_page(header), id="t")
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2024-06-18T11:20:00", "某某日报", ("甲某某",))


def test_a_first_paragraph_under_the_headline_with_no_date_row_after_it_is_the_text() -> None:
    # the article's own first paragraphs are no standfirst: nothing is read under them
    doc = clean_html(_page("", _STANDFIRST.replace("summary", "lead") + _BODY), id="t")
    assert doc.meta.authors == ()
    assert doc.meta.source_name is None
    assert doc.text.startswith("一场检查")


_STOCK = ("<p>受消息提振，光伏板块午后拉升，{}等个股涨幅居前，板块成交额较前一交易日明显放大。</p>")


@pytest.mark.parametrize(("linked", "text"), [
    ('<a href="#">某某光能</a><span><a href="#">(300000)</a></span><a href="#">股吧</a>',
     "某某光能(300000)"),
    ('<a href="#">某某光能</a><a href="#">（SH600000）</a><span><a href="#">行情</a></span>',
     "某某光能（SH600000）"),
])
def test_a_stock_s_forum_or_quote_link_after_its_code_goes(linked: str, text: str) -> None:
    doc = clean_html(_page("<p>2024-06-12 14:05 来源：某某网</p>", _STOCK.format(linked) + _BODY),
                     id="t")
    assert doc.text.split("\n")[0] == _STOCK.format(text)[3:-4]


@pytest.mark.parametrize("linked", [
    # the word in the sentence, after no code: 在<a>股吧</a>里
    '投资者在<a href="#">股吧</a>里热议，某某光能',
    # a code in brackets that ends no stock's link: the word is the text's
    '某某光能(300000)<a href="#">行情</a>火爆，某某新能',
])
def test_a_tool_word_after_no_stock_code_link_stays(linked: str) -> None:
    doc = clean_html(_page("<p>2024-06-12 14:05 来源：某某网</p>", _STOCK.format(linked) + _BODY),
                     id="t")
    flat = doc.text.split("\n")[0]
    assert flat == _STOCK.format(linked.replace('<a href="#">', "").replace("</a>", ""))[3:-4]


@pytest.mark.parametrize(("name", "meta", "lines"), [
    # (原标题：…), the caption, the 网易号 statement, 本文来源…责任编辑：…_NE0011, 热门跟贴,
    # 热门推荐 and 24小时排行 go; the paper's 讯 line names its reporter and its correspondent
    # (通讯员 are authors in every gold that prints one: gh33, gh53, gl14, real_gold zyyfy_1)
    ("netease_post_body",
     {"title": "临江港一季度集装箱吞吐量同比增长12.6%", "date": "2024-08-14T09:27:51",
      "source_name": "滨海日报", "authors": ("向海鸣", "程一帆")},
     ["滨海日报讯（记者 向海鸣 通讯员 程一帆）", "据港务集团", "在码头作业区", "为吸引更多货源",
      "下一步"]),
    # the quote box, 原标题, 本报记者 (its name the author), 责任编辑, 新浪声明 and the app's
    # prompt go; the bold subheading stays
    ("sina_artibody",
     {"title": "多家城商行下调存款挂牌利率 最高降幅达25个基点", "date": "2024-07-29T07:42:00",
      "source_name": "证券日报", "authors": ("屠晓雯",)},
     ["7月以来", "以北岭银行为例", "“此轮调整", "中小银行跟进节奏加快", "与以往相比", "业内人士预计"]),
    # the live scores over the page, the match card with its goals, the standings and the
    # fixtures go; the statistics table in the text stays a row a line
    ("sports_match_report",
     {"title": "中超第18轮：江城队主场2比1逆转海州队 连续五轮不败", "date": "2024-07-06T21:58:00",
      "source_name": "某某体育", "authors": ("柯允涛",)},
     ["北京时间7月6日晚", "比赛第23分钟", "易边再战", "赛后", "全场技术统计如下：",
      "项目 江城队 海州队", "射门（射正） 17（7） 9（3）", "控球率 58% 42%", "角球 8 3",
      "犯规 12 15", "本轮战罢"]),
    # the player and its notice, 记者/编辑 credits, prev/next, 相关视频 and the programme list
    # go; the script's 【导语】【正文】【同期声】 marks are the report's own
    ("tv_station_video",
     {"title": "【新闻联播】青禾区：老旧小区加装电梯 居民上下楼不再难", "date": "2024-05-23T19:48:06",
      "source_name": "青禾新闻综合频道", "authors": ("伍思远", "侯晨")},
     ["【导语】", "【正文】在青禾区", "【同期声】桂园小区", "【正文】加装电梯难", "【同期声】青禾区住建局",
      "【正文】据了解"]),
    # an enterprise's 新闻中心: mega-menu, banner, side menu, the counter's script, the
    # caption, （供稿：…摄影：…）, prev/next and 返回列表 go; a department as 作者 is no person;
    # the unit the credit names as the one that sent the article in publishes it (as gl37's
    # and gl143's gold have it)
    ("enterprise_news_center",
     {"title": "公司召开2024年安全生产月动员部署会", "date": "2024-06-04", "source_name": "安全环保部",
      "authors": ()},
     ["6月3日", "会上", "会议要求", "会议强调", "活动期间"]),
    # the first of three pages: 第1页 共3页 and its pager, 责任编辑, the statement and 热点阅读 go
    ("pager_three_pages",
     {"title": "暑期自驾游，这些安全常识要记牢", "date": "2024-07-15T10:12:00",
      "source_name": "某某晚报", "authors": ("宁舒",)},
     ["暑期是自驾出游", "一、出发前", "轮胎是", "此外", "二、行车中", "交警提醒"]),
    # an old county site in GB2312 laid out in tables: the marquee, the side column, the font
    # tool and the print buttons, prev/next, 相关文章 and the footer go; <br> lines stay lines
    ("county_news_table_gb2312",
     {"title": "柳塘镇举办农民丰收节暨特色农产品展销会", "date": "2023-09-25T16:20:33",
      "source_name": "柳塘镇", "authors": ("田晓岚",)},
     ["9月23日", "展销会现场", "活动还设置了", "据统计", "近年来"]),
])
def test_sixteenth_pages_already_right(name: str, meta: dict[str, object], lines: list[str]
                                       ) -> None:
    check_page(name, meta, lines)


def test_a_blog_post_with_its_date_in_brackets_and_a_drop_down_button_under_its_headline(
        ) -> None:
    # (2024-02-15 21:36:08) and 转载▼ stayed as the text's first lines, the bracket and then
    # the button taken for the publisher; the profile box, 标签/分类, the counters row, prev/
    # next and the comments go
    check_page("blog_articalcontent",
               {"title": "回老家过年，记几件小事", "date": "2024-02-15T21:36:08", "source_name": None,
                "authors": ()},
               ["今年春节", "第一件小事", "第二件小事", "第三件小事", "初六那天", "日子一年比一年好"])


@pytest.mark.parametrize("row", ["<p>(2024-02-15 21:36:08)</p><p>转载▼</p>",
                                 "<p>（2024-02-15 21:36）</p><p>更多▾</p>"])
def test_a_date_in_brackets_and_a_drop_down_button_in_the_container_go(row: str) -> None:
    doc = clean_html(_page("", row + _BODY), id="t")
    assert doc.text.startswith("第0段")
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2024-02-15T21:36")
    assert doc.meta.source_name is None


@pytest.mark.parametrize("line", ["（2024年2月15日在村口）", "热度▼ 下降了三成"])
def test_a_bracketed_line_with_more_than_a_date_or_a_longer_line_with_an_arrow_stays(
        line: str) -> None:
    doc = clean_html(_page("<p>2024-02-15 21:36 来源：某某网</p>", f"<p>{line}</p>{_BODY}"),
                     id="t")
    assert doc.text.startswith(line)


def test_a_thread_whose_opening_post_carries_one_more_class_and_its_time_in_the_head() -> None:
    # <div class="atl-item host-item"> over <div class="atl-item">s, its time in the thread's
    # head (楼主：… 时间：…): the first reply was taken for the opening post and stayed; 楼主：
    # was the publisher, no author
    check_page("forum_louzhu_posts",
               {"title": "我在小县城开了三年书店，说说真实的经营情况", "date": "2023-11-08T22:14:37",
                "source_name": None, "authors": ("书页沙沙",)},
               ["先说背景", "第一年", "第二年", "第三年", "很多人问"])


def _post(kind: str, floor: str, time: str, text: str) -> str:
    return (f"<div class='{kind}'><div class='info'>{time}</div><div class='bd'>{text}</div>"
            f"<div class='ft'><a href='#'>举报</a> | <a href='#'>{floor}</a> <a href='#'>回复</a>"
            "</div></div>")


_OPENING = "第0段，楼主的帖子正文，讲述了自己三年来在县城经营一家小书店的经历和体会，供大家参考。"


def test_the_opening_post_without_a_time_of_its_own_is_still_the_article() -> None:
    thread = (_post("post first", "楼主", "", _OPENING)
              + _post("post", "1楼", "2023-11-08 22:31:05", "第1段，路过支持一下楼主。")
              + _post("post", "2楼", "2023-11-08 23:02:48", "第2段，请问自习区怎么收费？"))
    doc = clean_html(_page("<p>楼主：某某某 时间：2023-11-08 22:14:37</p>", thread), id="t")
    assert doc.text == _OPENING
    assert doc.meta.authors == ("某某某",)


def test_boxes_with_floors_and_no_times_after_the_first_are_no_thread() -> None:
    # a mall's directory (1楼 服装, 2楼 餐饮) prints no posting times
    from cleaners.html.dom import parse_html
    from cleaners.html.thread import forum_thread

    boxes = "".join(_post("floor first" if n == 1 else "floor", f"{n}楼", "", f"第{n}段，{n}楼为餐饮区。")
                    for n in range(1, 4))
    assert forum_thread(parse_html(f"<html><body><div>{boxes}</div></body></html>")) is None
    posts = boxes.replace("<div class='info'></div>", "<div class='info'>2023-11-08 22:31</div>")
    assert forum_thread(parse_html(f"<html><body><div>{posts}</div></body></html>")) is not None


def test_an_account_named_by_the_author_tag_and_under_the_headline_publishes() -> None:
    # <meta name="author"> and the media box under the headline name the same account: it was
    # both the publisher and an author; the statement, the interactions, the comments, 推荐阅读,
    # the author card and the hot list go
    check_page("qq_content_article",
               {"title": "一座小城的“早餐经济”：凌晨四点，第一笼包子出锅",
                "date": "2024-03-26T07:15:00", "source_name": "潮声观察", "authors": ()},
               ["凌晨四点", "这家包子铺", "一条街，养活了四十多家早餐店", "在这座", "当地商务部门",
                "从街边摊到“早餐工程”", "几年前", "“规范以后", "早上七点半"])


def test_a_person_named_by_the_author_tag_and_under_the_headline_is_the_author() -> None:
    page = ("<html><head><title>某某镇开展冬季森林防火检查</title><meta name='author' content='王某某'>"
            f"</head><body><h1>{_HEADLINE}</h1><p>王某某 2024-03-26 07:15</p>"
            f"<div class='article-content'>{_BODY}</div></body></html>")
    assert clean_html(page, id="t").meta.authors == ("王某某",)


def test_a_university_page_of_the_webplus_family_pinned() -> None:
    # 发布者/发布时间/浏览次数 in the meta row, the caption, （撰稿：… 摄影：… 审核：… 编辑：…）
    # and 上一条/下一条 go; the writer (撰稿) is the author
    check_page("webplus_university",
               {"title": "第十二届大学生科技文化节开幕", "date": "2024-05-20", "source_name": None,
                "authors": ("冉若溪",)},
               ["5月18日晚", "开幕式上", "开幕式现场", "据悉"])


def test_a_column_post_s_stamp_under_its_text_goes() -> None:
    # 编辑于 2024-01-10 10:18・IP 属地北京 under a column post (no thread of answers) stayed as
    # its last line; the author box, votes, topics, actions, comments and 推荐阅读 go
    check_page("zhuanlan_post_bottom_date",
               {"title": "为什么老房子冬天总是返潮？一个暖通工程师的解释",
                "date": "2024-01-09T20:03:41", "source_name": None},
               ["每到冬天", "结露是怎么回事", "空气中", "尤其是", "怎么缓解", "勤通风", "家具不要",
                "有条件的话", "如果墙面"])


@pytest.mark.parametrize(("stamp", "kept"), [
    ("发布于 2024-01-09 20:03・IP 属地北京", False),
    ("编辑于 2024-01-10 10:18", False),
    # a sentence of the text that opens alike stays
    ("发布于2024年1月的报告显示，冬季室内湿度普遍偏高。", True),
])
def test_a_stamp_closing_the_text(stamp: str, kept: bool) -> None:
    doc = clean_html(_page("<p>2024-01-09 20:03 来源：某某网</p>", f"{_BODY}<p>{stamp}</p>"),
                     id="t")
    assert (doc.text.split("\n")[-1] == stamp) is kept


def test_a_post_s_word_count_beside_its_date_names_no_publisher() -> None:
    # classes of hashes (CSS modules); 字数 1,326 阅读 2,184 beside the time: 字数 was the
    # publisher, the writer's name over the row went unread; the caption, 赞, the reward box,
    # the writer's stats, the comments and the feeds go
    check_page("jianshu_obfuscated",
               {"title": "一个人去看海", "date": "2023-11-02T16:00:34", "source_name": "晚风与山",
                "authors": ()},
               ["去年秋天", "出发前一天晚上", "到的时候", "第二天", "回来的火车上"])


def test_a_word_count_in_the_date_row() -> None:
    doc = clean_html(_page("<p>2023.11.02 16:00:34 <span>字数 1,326</span> <span>阅读 2,184</span>"
                           "</p>"), id="t")
    assert doc.meta.date == "2023-11-02T16:00:34"
    assert doc.meta.source_name is None


def test_a_flash_with_its_weekday_topics_and_risk_warning() -> None:
    # 星期日 beside the time was the publisher; the risk warning under the text (class
    # detail-risk) and the topic it is filed under (相关话题 … +订阅) stayed; the share row with
    # its reads, the running list of flashes and the app's QR go
    check_page("flash_telegraph",
               {"title": "某某交易所：5月起调整部分期货品种交易手续费标准",
                "date": "2024-04-28T17:36:00", "source_name": None, "authors": ()},
               ["【某某交易所：5月起调整部分期货品种交易手续费标准】某某财经社4月28日电", "某某交易所表示",
                "业内人士认为"])


@pytest.mark.parametrize("day", ["星期日", "周三", "礼拜五"])
def test_the_weekday_beside_the_date_names_no_publisher(day: str) -> None:
    doc = clean_html(_page(f"<p><span>2024-04-28 17:36</span> <span>{day}</span></p>"), id="t")
    assert doc.meta.date == "2024-04-28T17:36:00"
    assert doc.meta.source_name is None


@pytest.mark.parametrize("box", [
    "<div class='risk-tips'><p>风险提示：市场有风险，投资需谨慎。本文不构成投资建议。</p></div>",
    "<div class='disclaimer'><p>免责声明：本文内容仅供参考，据此操作，风险自担。</p></div>",
    "<div class='detail-subject'><span>相关话题</span><a href='#'>期货市场动态</a><span>+订阅</span></div>",
    "<p class='topic'>所属专题：<a href='#'>春季农业生产</a></p>",
])
def test_a_risk_warning_or_topic_box_under_the_text_goes(box: str) -> None:
    doc = clean_html(_page("<p>2024-04-28 17:36 来源：某某网</p>", _BODY + box), id="t")
    assert doc.text.split("\n")[-1].startswith("第2段")


@pytest.mark.parametrize("para", [
    # the article's own sentence on risk, in a paragraph of no such class
    "<p class='text'>第3段，专家提示，林区防火风险等级较高，进山人员要严格遵守用火规定。</p>",
    # a sentence that opens with the word, its link one of several words
    "<p>相关专题<a href='#'>调研</a>显示，今年林区火险等级总体偏高，各地要提前做好防范。</p>",
    # a box whose class only begins with the letters (riskmanagement is no risk warning)
    "<div class='riskmanagement'><p>第3段，该镇还建立了林区风险管理台账，逐一明确管护责任人。</p></div>",
])
def test_the_text_s_own_risk_or_topic_sentence_stays(para: str) -> None:
    doc = clean_html(_page("<p>2024-04-28 17:36 来源：某某网</p>", _BODY + para), id="t")
    assert not doc.text.split("\n")[-1].startswith("第2段")


def test_a_commentary_site_s_exclusive_pinned() -> None:
    # the columnist's box above the headline, 【文/…专栏作者 …】, the statement with its follow
    # prompt, 责任编辑, 标签, the columnist's other articles and the comments go
    check_page("commentary_site_exclusive",
               {"title": "季明远：县域商业体系建设，难点在“最后一公里”", "date": "2024-04-17T08:12:45",
                "source_name": "某某观察网", "authors": ("季明远",)},
               ["近年来", "以快递为例", "一、为什么", "根本原因", "二、破解之道", "一些地方", "总之"])


def test_a_hong_kong_paper_s_keyword_line_with_the_small_colon_goes() -> None:
    # 相關字詞﹕ and its linked words stayed as the last line; the date bar over the page with
    # its weekday, the caption, share, prev/next and 其他新聞 go; 【本報訊】 is the text's own
    check_page("hk_paper_news_tc",
               {"title": "港島南區海濱長廊第二期啟用 全長一點二公里", "date": "2024-09-02T04:30:00",
                # (the paper its <title> and its footer's © 某某有限公司 版權所有 name)
                "source_name": "香江日報", "authors": ()},
               ["【本報訊】港島南區", "負責工程的部門", "區議員表示", "有晨運市民"])


def test_an_old_portal_page_in_gb2312_pinned() -> None:
    # a 2013 portal template: the time and the paper in spans under the headline, 我要分享,
    # [责任编辑：…], the share bar, 相关新闻 and the comment prompts go
    check_page("old_portal_gb2312_article",
               {"title": "河阳市今年将新建改建农村公路1200公里", "date": "2013-03-18T08:36:00",
                "source_name": "河阳日报", "authors": ("邵启明",)},
               ["本报讯（记者 邵启明）", "据介绍", "同时", "此外"])


@pytest.mark.parametrize("name", ["flash_telegraph", "commentary_site_exclusive",
                                  "dede_portal_article"])
def test_the_notices_under_the_text_go_by_their_words_without_their_classes(name: str) -> None:
    # the risk warning (本文不构成个人投资建议……据此投资，责任自负。) under its heading, the
    # exclusive's notice (纯属作者个人观点……), a CMS template's ------分隔线------ and the
    # notice over its comment box (请自觉遵守互联网相关的政策法规……) go though no class names them
    import hashlib
    import re

    from .test_html_page_shapes import PAGES

    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    def hashed_name(m: re.Match[str]) -> str:
        return f'{m[1]}="c{hashlib.md5(m[2].encode()).hexdigest()[:6]}"'

    hashed = re.sub(r'\b(class|id)="([^"]*)"', hashed_name, html)
    assert "risk" not in hashed
    assert "statement" not in hashed
    assert "class=\"content" not in hashed
    assert clean_html(hashed, id="t").text == clean_html(html, id="t").text


_FIGURE = ("<div class='{0}'><div class='{1}'><img src='a.jpg'></div><div class='{2}'>{3}</div>"
           "</div>")


@pytest.mark.parametrize("names", [("image-package", "image-container", "image-caption"),
                                   ("c1a2b3", "c4d5e6", "c7f8a9")])
def test_a_caption_in_a_box_of_its_own_with_the_picture_goes_whatever_its_classes(
        names: tuple[str, str, str]) -> None:
    body = _BODY.replace("</p><p>", "</p>" + _FIGURE.format(*names, "傍晚的海边") + "<p>", 1)
    doc = clean_html(_page("<p>2023-11-02 16:00 来源：某某网</p>", body), id="t")
    assert "傍晚的海边" not in doc.text
    assert len(doc.text.split("\n")) == 3


def test_a_box_with_the_picture_and_more_than_its_line_keeps_the_line() -> None:
    # the picture's box holds a paragraph of the text as well: no figure
    box = ("<div class='c1a2b3'><div><img src='a.jpg'></div><div>傍晚的海边</div>"
           "<p>第3段，到的时候已经是傍晚，我沿着海边一直走，远处有几个孩子在捡贝壳。</p></div>")
    doc = clean_html(_page("<p>2023-11-02 16:00 来源：某某网</p>", _BODY + box), id="t")
    assert "傍晚的海边" in doc.text
