"""Shapes the gold-like pages (tests/fixtures/gold_like) found the text path getting wrong, each
on a small invented page: the general shape, not the page it was found on."""

from __future__ import annotations

from cleaners import clean_text

_BODY = ("　　晚上七点，老街夜市的一百多个摊位陆续亮起灯来，烤串、凉粉、手工饰品的叫卖声此起彼伏，"
         "一年前这里还因为占道经营常常引来居民投诉。\n\n"
         "　　转变始于去年秋天。街道和社区召集摊主、居民代表和城管队员坐在一起商量，定下了三条规矩，"
         "并由摊主推选出五名摊长轮流负责巡查。\n\n"
         "　　据了解，夜市目前带动一百六十余人就业，街道负责人表示将完善夜市的公共照明和休息座椅。\n")

_MENU = "  • 某某晚报\n  • 新闻\n  • 民生\n  • 社会\n  • 文体\n\n"


def test_headline_over_an_undashed_subtitle_is_no_menu_item() -> None:
    """A headline over its subtitle over the date row, set off from the menu above by a blank
    line: the headline is the title, though it is as short as a menu item could be."""
    page = (_MENU + "某某晚报 > 民生 > 正文\n\n夜市“烟火气”回来了\n社区巧解摊位管理难题\n\n"
            "2024年6月21日 16:05\n\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "夜市“烟火气”回来了"
    assert doc.meta.date == "2024-06-21T16:05:00"
    assert "民生" not in doc.text
    assert "文体" not in doc.text


def test_a_menu_item_over_the_headline_is_still_a_menu_item() -> None:
    """The menu's last item right over the headline (no blank between) is no headline."""
    page = ("  • 首页\n  • 新闻\n  • 民生\n  • 社会\n  • 本地民生新闻\n夜市“烟火气”回来了\n"
            "2024年6月21日 16:05\n\n" + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "夜市“烟火气”回来了"
    assert "本地民生新闻" not in doc.text


def test_a_byline_over_two_lines_names_both_authors() -> None:
    """记者 … on one line and 通讯员 … 文/图 on the next: both are the article's authors, and the
    closing 文/图 credit names no one more."""
    page = ("夜市“烟火气”回来了\n\n2024年6月21日 16:05\n\n某某晚报记者 刘小川\n通讯员 张露 文/图\n\n"
            + _BODY)
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("刘小川", "张露")
    assert "通讯员" not in doc.text


def test_a_byline_apart_from_another_adds_no_author() -> None:
    """A name line further down (a blank line and a paragraph between) is no second line of the
    byline."""
    page = ("夜市“烟火气”回来了\n\n2024年6月21日 16:05\n\n记者 刘小川\n\n" + _BODY
            + "\n通讯员 张露\n")
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("刘小川",)


def test_the_rest_of_a_paragraph_a_picture_split_is_no_caption() -> None:
    """…带动一千 / picture / caption / 三百余户农户增收。: the line under the picture ends the
    sentence the paragraph above stopped in; it stays, the caption goes."""
    page = ("修文镇：“稻虾共作”让一田多收\n\n2023年09月26日 09:12 来源：某某区融媒体中心\n\n"
            "　　金秋时节，修文镇万亩稻虾共作基地里稻浪翻滚，种植户们正忙着收割稻谷，田埂边"
            "几名村民提着地笼收虾。\n\n"
            "　　近年来，修文镇引导农户发展稻虾共作，推行合作社统一管理、农户参与种养并按比例"
            "分红的模式。目前，全镇稻虾共作面积已达一万二千亩，带动一千\n\n"
            "稻虾共作基地.png\n\n农户在稻虾共作基地收割稻谷  摄/李晓峰\n\n三百余户农户增收。\n\n"
            "　　镇党委负责人表示，下一步将继续扩大稻虾共作规模，打造区域特色品牌，让一田多收"
            "成为更多农户的致富路。\n")
    doc = clean_text(page, id="t")
    assert "三百余户农户增收。" in doc.text
    assert "摄/李晓峰" not in doc.text


def test_a_caption_between_the_halves_of_a_sentence_still_goes() -> None:
    """…等业务工 / caption / 作，统筹…: the caption, ending in no full stop, goes."""
    page = ("某某区创新基层党建\n\n2023年09月26日 来源：某某日报\n\n"
            "　　水上党建联席会的主要职责是传达贯彻上级决策部署，安排部署联合执法、安全排查、"
            "抗洪防汛等业务工\n\n\n\n宗申产业集团党员员工带头安全有序复工复产\n\n"
            "作，统筹解决各自的重难点问题，交流党建经验做法等。\n\n"
            "　　目前，全区已先后成立五十六个党建联盟，已有五万余家单位作为成员单位参与其中，"
            "联手建起两千多个红色网格。\n\n"
            "　　联盟内的党组织还实施了四点半课堂、微心愿、爱心超市等合作项目两千余项。\n")
    doc = clean_text(page, id="t")
    assert "复工复产" not in doc.text
    assert "作，统筹解决各自的重难点问题" in doc.text


def test_a_known_brand_bracketed_before_the_headline_leaves_the_title() -> None:
    """A mirror's 【某某体育】 before the headline goes from the title; a column's tag
    (【新春走基层】) or a sport's (【群众体育】) names no brand and stays."""
    body = ("\n时间：2024-03-12 来源：某某日报\n\n"
            "　　为破解村级事务干部干、群众看的难题，某某区在全区村（社区）推行村级议事厅制度，"
            "凡涉及群众切身利益的事项都由党员、村民代表和群众共同商议决定。\n\n"
            "　　今年以来，全区各村共召开议事会四百余场，议定事项一千一百余件，群众参与的"
            "劲头越来越足。\n")
    headline = "永定区：“村级议事厅”议出和谐新气象"
    assert clean_text("【开云体育】" + headline + body, id="t").meta.title == headline
    for tag in ("【新春走基层】", "【群众体育】"):
        assert clean_text(tag + headline + body, id="t").meta.title == tag + headline


def test_an_office_and_its_writer_in_brackets_after_the_article_name_the_author() -> None:
    """（市场监管局 王思远） under a government page's article: the writer is its author, the
    line goes; so does a counter's label its script left empty (阅读次数：)."""
    page = ("市市场监管局开展校园食品安全专项检查\n\n发布时间：2024-09-05 来源：市市场监管局\n"
            "阅读次数：\n\n"
            "　　秋季开学以来，市市场监管局组织执法人员对全市中小学校、幼儿园食堂及校园周边食品"
            "经营单位开展食品安全专项检查。\n\n"
            "　　截至目前，共检查学校食堂八十六家、校园周边食品经营户一百四十二家，发现并督促"
            "整改问题二十三个。\n\n（市场监管局 王思远）\n")
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("王思远",)
    assert "王思远" not in doc.text
    assert "阅读次数" not in doc.text


_MEETING = ("　　2月26日，某某镇召开2024年安全生产工作会议，总结上年工作，安排部署全年重点任务，"
            "镇村两级干部及辖区重点企业负责人共八十余人参加会议。\n\n"
            "　　会议要求，各村、各单位要压紧压实安全生产责任，聚焦道路交通、森林防火、燃气等重点"
            "领域开展隐患排查整治，坚决防范遏制各类安全事故发生。\n\n"
            "　　会上，镇党委与各村（社区）、重点企业签订了安全生产目标责任书。\n\n")


def test_a_side_menu_between_the_article_and_its_editor_line_goes() -> None:
    """Bulleted headlines under a section label, printed between the article and the site
    editor's line: a side menu, not the article's last paragraphs."""
    page = ("某某镇召开2024年安全生产工作会议\n发布时间:2024/02/27 来源:某某镇人民政府\n\n"
            + _MEETING
            + "乡镇之窗\n  • 城关镇召开春季森林防火工作部署会\n  • 白马乡开展志愿服务活动\n"
              "  • 龙潭镇举办农村实用技术培训班\n  • 石桥镇开展春季爱国卫生运动\n"
              "网站编辑:杨 柳\n")
    doc = clean_text(page, id="t")
    assert "城关镇" not in doc.text
    assert "石桥镇" not in doc.text
    assert doc.text.rstrip().endswith("签订了安全生产目标责任书。")


def test_bulleted_points_ending_in_stops_before_the_editor_line_stay() -> None:
    """The article's own bulleted points (each a sentence) before the editor's line stay."""
    page = ("某某镇召开2024年安全生产工作会议\n发布时间:2024/02/27 来源:某某镇人民政府\n\n"
            + _MEETING
            + "  • 一要压实责任，层层签订责任书。\n  • 二要排查隐患，做到全覆盖。\n"
              "  • 三要强化宣传，提高群众安全意识。\n网站编辑:杨 柳\n")
    doc = clean_text(page, id="t")
    assert "二要排查隐患" in doc.text
    assert "三要强化宣传" in doc.text


def test_what_stands_between_the_headline_printed_twice_is_chrome() -> None:
    """The page's <title> line on top, then the site's name and menu, then the headline over its
    date row: the lines between the two go with the first."""
    page = ("某某镇召开2024年安全生产工作会议_某某县人民政府\n某某县人民政府\n"
            "首页  政务公开  办事服务  互动交流\n某某镇召开2024年安全生产工作会议\n"
            "发布日期：2023-9-6   信息来源：某某镇\n" + _MEETING)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "某某镇召开2024年安全生产工作会议"
    assert doc.text.startswith("2月26日")


def test_a_known_brand_hyphened_after_the_headline_leaves_the_title() -> None:
    """标题-某某体育: the brand the lexicon knows goes from the title; a headline's own part
    after a hyphen (…-附名单) stays."""
    body = ("\n2024-06-03 来源：某某日报\n\n"
            "　　2023年以来，某某县在全县推行乡村治理积分制，村民参与环境整治、志愿服务等活动可"
            "获得相应积分，凭积分到积分超市兑换生活用品。\n\n"
            "　　目前，全县已建成积分超市一百八十个，累计兑换积分二百余万分，乡村文明新风蔚然"
            "成风。\n")
    headline = "紫云县：小小“积分卡”兑出乡村新风尚"
    assert clean_text(headline + "-开云体育" + body, id="t").meta.title == headline
    assert clean_text(headline + "-附名单" + body, id="t").meta.title == headline + "-附名单"


def test_a_kicker_over_a_placed_headline_is_not_the_title() -> None:
    """坚持党建引领 赋能乡村振兴 (paired phrases) over 大安村：…… over the date row: the second
    line is the headline; a headline over an undashed subtitle keeps the first."""
    body = ("\n\n发布时间：2023年04月10日 09:15:22    来源：某某日报\n\n"
            "　　几年前，大安村还是远近闻名的空壳村，村集体没有一分钱收入。2019年，村党支部牵头"
            "成立种植专业合作社，动员村民以土地入股。\n\n"
            "　　如今，合作社经营土地面积达到一万二千亩，去年实现纯收入三百二十万元，村集体经济"
            "收入突破八十万元。\n")
    doc = clean_text("坚持党建引领 赋能乡村振兴\n大安村：“党建+合作社”走出致富路" + body, id="t")
    assert doc.meta.title == "大安村：“党建+合作社”走出致富路"
    doc = clean_text("村里来了一群“新农人”\n大安村党建引领合作社走出致富路" + body, id="t")
    assert doc.meta.title == "村里来了一群“新农人”"


_ESSAY = ("老家的院子早就没人住了，可每年春天，墙角那棵杏树总会照旧开花。今年回去，我搬了把椅子坐在"
          "树下，一下午也不觉得长。\n"
          "小时候，祖父常在树下给我们讲故事。那时候我不懂那些道理，只记得杏子熟了，全村的孩子都会"
          "跑来。\n")


def test_a_headline_with_its_date_in_brackets_is_title_and_date() -> None:
    """A blog post's headline printed with its posting time in brackets (标题 (2025-04-26
    21:08:15)) under the blog's header: the headline is the title, the bracket its date, the
    header above it chrome. Two such lines are a list of posts, no headline."""
    page = ("某某博客\n某某的博客\n首页  博文目录  图片  关于我\n\n院墙边的杏树 (2025-04-26 21:08:15)\n"
            "转载▼\n" + _ESSAY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "院墙边的杏树"
    assert doc.meta.date == "2025-04-26T21:08:15"
    assert "某某的博客" not in doc.text
    assert "杏树 (" not in doc.text
    assert any(r.rule == "title" and "2025-04-26" in r.text for r in doc.removals)
    listed = clean_text("某某博客\n院墙边的杏树 (2025-04-26 21:08:15)\n"
                        "清明回乡记 (2025-04-05 20:11:02)\n" + _ESSAY, id="t")
    assert listed.meta.title != "院墙边的杏树"
    labelled = clean_text("院墙边的杏树\n发布时间 (2025-04-26)\n" + _ESSAY, id="t")
    assert labelled.meta.title == "院墙边的杏树"


def test_a_question_description_opens_the_text_over_the_answer_card() -> None:
    """A Q&A page: the question, its 问题补充 (the text), the question's buttons, the accepted
    answer's marks and its writer's card (name, level badge, date) over the answer: the
    buttons and marks go, the writer is the author and the date the page's."""
    page = ("某某社区\n首页  问答  话题  专栏\n某某社区 > 生活 > 家居\n邻居装修噪音太大怎么办？\n"
            "问题补充：楼上装修已经两个月了，周末早上七点就开始打电钻，沟通过几次也没用。\n"
            "5个回答   2.1万浏览   关注问题   邀请回答   写回答\n最佳答案\n已采纳\n某某律师小王\n"
            "LV5  法律顾问\n2025-06-03 14:20\n"
            "装修噪音扰民，首先可以找物业协调，物业有义务督促业主按规定时间施工。\n"
            "协调无果的，可以向当地住建部门或城管部门反映，情节严重的还可以报警处理。\n"
            "赞同 56   反对   评论(3)   分享   举报\n")
    doc = clean_text(page, id="t")
    assert doc.meta.title == "邻居装修噪音太大怎么办？"
    assert doc.meta.date == "2025-06-03T14:20:00"
    assert doc.meta.authors == ("某某律师小王",)
    assert doc.text.startswith("问题补充：楼上装修")
    assert doc.text.endswith("还可以报警处理。")
    for chrome in ("某某社区", "写回答", "最佳答案", "已采纳", "LV5", "2025-06-03", "反对"):
        assert chrome not in doc.text


def test_a_bracketed_time_under_the_headline_and_tags_one_a_line() -> None:
    """The blog's headline over its posting time alone in brackets ((2024-11-03 22:41:09)),
    then its tag label alone with a tag a line under it and its 分类 row: the time is the date
    row (the headline is no menu item), the tags go with their label, the text stays whole."""
    page = ("某某的博客\n个人资料\n博客等级：12\n首页 博文目录 图片 关于我\n读《某某纪事》札记\n"
            "(2024-11-03 22:41:09)\n标签：\n读书\n随笔\n分类： 读书札记\n" + _ESSAY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "读《某某纪事》札记"
    assert doc.meta.date == "2024-11-03T22:41:09"
    assert doc.text.split("\n")[0].startswith("老家的院子")
    assert "随笔" not in doc.text
    # a short word under the label whose next line holds a date is a headline over its row
    headline = clean_text("标签：\n读书\n院中杏树\n2024-11-03 22:41\n" + _ESSAY, id="t")
    assert headline.meta.title == "院中杏树"


def test_an_app_row_with_its_ip_location_and_an_original_mark_byline() -> None:
    """An app's share page: the date row ends in the poster's IP location (IP属地：浙江) and the
    byline under it carries the platform's original mark (原创 作者：某某): the row dates the
    page and names the outlet, the byline the author, the headline stays the headline."""
    page = ("打开客户端 阅读体验更佳\n某某新闻\n某某新闻客户端\n首页 > 本地\n海岛小学迎来新老师\n"
            "2025-09-03 18:20  某某新闻客户端  IP属地：浙江\n原创 作者：林小雨\n" + _ESSAY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "海岛小学迎来新老师"
    assert doc.meta.date == "2025-09-03T18:20:00"
    assert doc.meta.authors == ("林小雨",)
    assert doc.meta.source_name == "某某新闻客户端"
    assert doc.text.startswith("老家的院子")


def test_a_province_after_the_date_is_where_the_post_was_sent_from() -> None:
    """标题 / 某某观察者 / 2025-08-12 09:05 · 河南: the province is where the account posted
    from, no outlet; the account over the row published it."""
    page = ("某某资讯\n首页 推荐 热点 视频 科技 更多\n县城里的第一家自习室\n乡土观察者\n"
            "2025-08-12 09:05 · 河南\n关注\n" + _ESSAY)
    doc = clean_text(page, id="t")
    assert doc.meta.date == "2025-08-12T09:05:00"
    assert doc.meta.source_name == "乡土观察者"
    assert "乡土观察者" not in doc.text


def test_a_side_columns_last_link_over_the_headline_is_no_headline() -> None:
    """An old page's left column of links saved above the article (新闻动态 / three headlines),
    then the headline over its dated byline row: the column's last link, shorter than the
    line under it, is no headline over an account's name; the longer line over the row is the
    headline. An account's name shorter than the headline over it still publishes (above)."""
    page = ("首 页 | 新闻动态 | 乡镇风采 | 投资指南\n\n新闻动态\n\n县领导检查冬季安全生产\n"
            "全县教师节表彰大会召开\n某某脐橙喜获金奖\n\n某某县举办首届农民运动会\n\n"
            "2006年11月20日　某某县新闻中心　记者 王某\n\n" + _ESSAY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "某某县举办首届农民运动会"
    assert doc.meta.date == "2006-11-20"
    assert "脐橙" not in doc.text
    assert "运动会" not in doc.text
    assert doc.text.startswith("老家的院子")


def test_a_live_feeds_first_time_under_a_bare_date_is_its_entrys() -> None:
    """A live recap dated by the day alone, each entry's time on its own line over it: the
    first time opens the first entry, no time of the date row; a date, its time and the
    source each on their own line still read as one row."""
    feed = ("07:30\n3万名跑友在市民广场集结，现场气氛热烈，志愿者忙着为选手整理号码布。\n"
            "07:45\n主持人：比赛即将开始，请各位跑友做好准备，注意补充水分。\n"
            "08:00\n发令枪响，全程马拉松和半程马拉松选手依次出发，沿途市民夹道加油。\n")
    doc = clean_text("某某客户端\n直播 > 图文直播\n【直播回顾】某某马拉松鸣枪开跑\n2025-11-09\n" + feed,
                     id="t")
    assert doc.meta.date == "2025-11-09"
    assert doc.text.startswith("07:30\n3万名跑友")
    row = clean_text("某某镇召开安全生产会议\n2025-11-09\n14:22:05\n来源：某某镇\n" + _ESSAY, id="t")
    assert row.meta.date == "2025-11-09T14:22:05"
    assert "14:22" not in row.text


def test_a_question_row_with_its_asker_is_a_metadata_row() -> None:
    """提问者：某某 2025-09-20 21:05 浏览 3.2万次 under the question is its metadata row (the
    asker, the date, the views), no headline; the answerer's card (回答者：… 擅长：…) goes."""
    page = ("某某网\n首页 | 问题 | 标签 | 用户\n当前位置：首页 > 教育 > 正文\n"
            "孩子上初中后成绩下滑，家长该怎么办？\n提问者：一位焦虑的妈妈  2025-09-20 21:05  浏览 3.2万次\n"
            "孩子小学成绩一直不错，上了初一以后数学经常不及格，整个人也变得不爱说话了。\n"
            "回答者：教育工作者老林  擅长：中学教育\n" + _ESSAY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "孩子上初中后成绩下滑，家长该怎么办？"
    assert doc.meta.date == "2025-09-20T21:05:00"
    assert "提问者" not in doc.text
    assert "擅长" not in doc.text
    assert doc.text.startswith("孩子小学成绩一直不错")


def test_a_blog_themes_post_row_dates_a_short_headline() -> None:
    """A static blog's post row (发表于 2024-12-21 | 分类于 生活 | 阅读次数: 312) under a short
    headline: the row is a metadata row, so the headline over it is no menu item."""
    page = ("山间小记\n记录生活的点滴\n首页 归档 分类 标签 关于\n冬至包饺子\n"
            "发表于 2024-12-21 | 分类于 生活 | 阅读次数: 312\n" + _ESSAY)
    doc = clean_text(page, id="t")
    assert doc.meta.title == "冬至包饺子"
    assert doc.meta.date == "2024-12-21"
    assert doc.text.startswith("老家的院子")
