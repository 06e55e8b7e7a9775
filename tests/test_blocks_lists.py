"""chrome.blocks: a long line of names strung together with spaces (a product or headline strip)
is no article paragraph, so a block of them cannot outweigh a short article."""

from __future__ import annotations

import pytest

from cleaners import Doc, clean_text
from cleaners.chrome.blocks import RELATED_MARKER, PageBlocks, main_span

PARA = "这是一段足够长的正文内容，用来说明文章的主体部分在这里展开，并且包含完整的句子。"
STRIP = "• 某某牌保温杯 某某工厂店 纯棉毛巾三条装 某某品牌 运动跑鞋 某某旗舰店 无线蓝牙耳机 某某优选 坚果礼盒"


def test_a_strip_of_product_names_is_not_the_article() -> None:
    lines = ["某地新建一座公园", PARA, PARA, "猜你喜欢的商品", *[STRIP] * 8]
    assert main_span(lines) == (1, 2)
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert STRIP not in doc.text
    assert doc.text.count(PARA) == 2


def test_a_long_spaced_sentence_is_still_a_paragraph() -> None:
    # Counterexample: spaces between clauses, but it has sentence punctuation.
    spaced = "今年 全区 新建公园 12 个，改造 老旧小区 30 个，群众 满意度 明显 提升，各项 工作 稳步 推进。"
    lines = [spaced, PARA]
    assert main_span(lines) == (0, 1)


@pytest.mark.parametrize("marker", ["您可能感兴趣的文章", "可能感兴趣的话题", "你可能会喜欢", "延伸 · 推荐",
                                    "阅读下一篇", "热门TAGS", "推荐阅读相关主题：",
                                    "更多视频", "更多图片", "相关解读：", "【相关解读】",
                                    "共 36 条评论", "共128条留言",
                                    # a policy page's boxes of its readings and documents
                                    "图解", "【图片解读】", "相关文件", "政策图解：",
                                    # an English heading in title case (a translated page's)
                                    "Related News", "More Stories",
                                    # arrows before it, as a box between paragraphs prints them
                                    ">>延伸阅读", "» 相关链接：", "＞＞相关新闻"])
def test_related_markers(marker: str) -> None:
    assert RELATED_MARKER.match(marker)


@pytest.mark.parametrize("line", ["你可能会喜欢这座城市的夜景。", "延伸推荐的书目由学校统一采购。",
                                  "阅读下一篇文章之前，请先完成练习。",
                                  "更多视频内容将在节目播出后陆续上线。",
                                  "相关解读材料已在政府网站同步发布。",
                                  "相关文件已印发各乡镇。", "图解：看懂十二条措施",
                                  "共36条评论被删除，平台称其涉嫌违规。",
                                  ">>延伸阅读的书目由学校统一采购。"])
def test_related_markers_leave_sentences(line: str) -> None:
    assert not RELATED_MARKER.match(line)


TICKER = ("某国全国大罢工再次严重影响交通未成年人网游防沉迷调查：实名认证难雄安等13地区试点交通强国建设某国2020年"
          "财政支出预计达2720亿美元年内已出台19条开放措施 金融开放政策加速落地冬季游开启互换模式")


def test_a_ticker_of_glued_headlines_above_the_article_goes() -> None:
    lines = [TICKER, "", "• 客户端", "• 搜索", "", "某国全国大罢工再次严重影响交通", PARA, PARA]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert [r.rule for r in doc.removals if r.text == TICKER] == ["headline_ticker"]
    assert doc.text.count(PARA) == 2


def test_a_long_lead_above_the_article_stays() -> None:
    # Counterexample: a summary above the body has clauses, whatever its length.
    lead = ("摘要：今年以来，全区围绕产业升级、城市更新和民生保障三个方面持续发力，重点项目建设进展顺利，"
            "新建公园十二个，改造老旧小区三十个，群众满意度明显提升")
    lines = [lead, "", "某地新建一座公园", PARA, PARA]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert lead in doc.text


def test_sentences_introducing_code_keep_the_article_together() -> None:
    # 示例如下： lines are the article's: they do not count towards the gap that ends it.
    lines = [PARA, PARA, "我们先来看一个简单的例子：", "print('我是第一个回调函数')", "运行效果如下图所示：",
             "可以看出以下特点：", "• 被添加的回调函数进入了一个栈", "• 回调函数会在结束缩进的时候被调用",
             "现在我们来人工构造一个异常：", PARA]
    assert main_span(lines) == (0, 9)


LEAD = ("近日，某地一社区民警在开展辖区人口核查工作时，平均每天拨打一百余个电话，随后被运营商以涉嫌诈骗为由"
        "停机，经过核实以后，运营商目前已经为她恢复了正常通话。")
MENU = [f"• 栏目{n}" for n in range(40)]


@pytest.mark.parametrize("marker", ["延伸 · 推荐", "推荐阅读", "猜你喜欢"])
def test_a_recommending_marker_in_the_article_takes_its_teaser(marker: str) -> None:
    # A long menu after the article puts the marker early in the page's lines; it still
    # closes the article, and the teaser's lead under it is no paragraph of the article.
    lines = [PARA] * 6 + [marker, "某地民警电话被停机", LEAD, *MENU]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert LEAD not in doc.text
    assert doc.text.count(PARA) == 6


@pytest.mark.parametrize("marker", ["相关链接", "延伸阅读"])
def test_a_background_heading_in_the_article_keeps_its_paragraph(marker: str) -> None:
    # Counterexample: 相关链接 or 延伸阅读 may head background the article gives itself.
    lines = [PARA] * 6 + [marker, LEAD, *MENU]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert LEAD in doc.text


DATED = ["某地举办文化旅游节,", LEAD, "2019年11月03日", "某区新建三座口袋公园,", LEAD.replace("近日", "昨日"),
         "2019年11月03日"]


def test_dated_teasers_under_a_related_marker_in_the_article_go() -> None:
    # Headline, lead, date; again: the leads are teasers, though the article's span reaches
    # them and a long menu follows.
    lines = [PARA] * 8 + ["相关文章", *DATED, *MENU]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert "口袋公园" not in doc.text
    assert "社区民警" not in doc.text
    assert doc.text.count(PARA) == 8


def test_a_background_heading_late_in_a_long_page_keeps_its_paragraphs() -> None:
    # Counterexample: undated paragraphs under 相关链接 in the article's last part are text.
    lines = [PARA] * 8 + ["相关链接", LEAD, LEAD.replace("近日", "昨日"), *MENU]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert LEAD in doc.text
    assert LEAD.replace("近日", "昨日") in doc.text


def test_a_list_item_with_its_date_glued_on_goes_however_much_latin() -> None:
    items = ["某某发布业界首款5G SoC芯片：Kirin 990 5G2019-09-06", "某地举办文化旅游节2019-03-27",
             "某区新建三座口袋公园2018-12-05", "某县开展秋季防火演练2018-09-10"]
    doc = PageBlocks()(Doc(id="d", text="\n".join([PARA] * 5 + ["最近文章", *items])))
    assert "SoC" not in doc.text
    assert doc.text.count(PARA) == 5


def test_code_after_the_article_is_no_list() -> None:
    # Counterexample: Latin lines with no date glued on stay.
    code = ["pip install requests==2.31.0", "import requests as rq", "rq.get(url, timeout=5)"]
    doc = PageBlocks()(Doc(id="d", text="\n".join([PARA] * 5 + code)))
    assert all(c in doc.text for c in code)


HEADLINE = "某地快递小哥连升三级，获评最美快递员特别奖"


def test_the_headline_again_inside_the_article_goes() -> None:
    # The headline printed again as the alt text of the article's pictures.
    lines = [HEADLINE, "某某人文 2020-03-09 18:14:21", PARA, PARA, HEADLINE, PARA, HEADLINE, PARA]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert doc.text.count(HEADLINE) == 1
    assert doc.text.count(PARA) == 4


def test_a_question_asked_again_inside_the_article_stays() -> None:
    # Counterexample: a question with no metadata row under it is no headline.
    question = "明年经济增速会放缓吗？你的预测是什么？"
    lines = [HEADLINE, "2020-03-09 18:14", question, PARA, PARA, question, PARA, question, PARA]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert doc.text.count(question) == 3


def test_headlines_under_a_stray_related_heading_go() -> None:
    heads = ["直播某某秋季新品发布会（原声+字幕）", "某某秋季新品发布会：谈色彩 致创新"]
    lines = [PARA, "相关新闻：", *heads, *[PARA] * 12]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert not any(h in doc.text for h in heads)
    assert doc.text.count(PARA) == 13


def test_a_subheading_under_a_stray_related_heading_stays() -> None:
    # Counterexample: one line under the heading may be the article's own subheading.
    lines = [PARA, "最新动态", "某地新建三座口袋公园", *[PARA] * 12]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert "某地新建三座口袋公园" in doc.text


_VILLAGE = [
    "“村口的排水沟堵了大半年，在说事会上提出来，不到一周就修好了。”10月中旬，某某县某某村村民说起这件事，连连点头。",
    "今年以来，某某县在全县186个行政村推行“村民说事”制度，每月10日由村党组织书记主持说事会，村民当面提问题，"
    "村“两委”当场认领、限期办结。",
    "为防止说事会“说了白说”，县委组织部建立了闭环机制，群众反映的问题全部登记入账，办理结果在村务公开栏公示，"
    "由村民代表打分评议。",
    "截至9月底，全县共召开说事会1300余场，收集群众意见建议4200余条，已办结3900余条，办结率超过92%。",
]


@pytest.mark.parametrize("label", ["【延伸阅读】", "【延伸閱讀】", "【相关阅读】"])
def test_headlines_under_a_bracketed_reading_box_inside_the_article_go(label: str) -> None:
    # The bracketed label is taken first as a cross-reference; the headlines under it go all
    # the same, and the article goes on under them.
    heads = ["某某县实施村级后备力量培育工程", "某某县开展农村党员冬训工作", "某某县：党群服务中心“一站多能”"]
    text = clean_text("\n".join([*_VILLAGE[:2], label, *heads, *_VILLAGE[2:]])).text
    assert not any(h in text for h in heads)
    assert all(p in text for p in _VILLAGE)


def test_one_subheading_under_a_bracketed_reading_box_stays() -> None:
    # Counterexample: one line under the label may be the box's own heading over background.
    sub = "某某县基层治理的主要做法"
    text = clean_text("\n".join([*_VILLAGE[:2], "【延伸阅读】", sub, *_VILLAGE[2:]])).text
    assert sub in text


def test_a_bulleted_tag_list_with_latin_names_goes_after_the_article() -> None:
    # A tag list under the article (• Steam, • Mac电脑) is a list whatever its script; without
    # the bullet a Latin line stays (a technical article's code is no menu).
    tags = ["• 独立游戏", "• 卡片游戏", "• Mac电脑", "• 策略游戏", "• Steam", "• Windows", "• 设计"]
    lines = [PARA, PARA, PARA, "", *tags, "", "收藏"]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert doc.text.count(PARA) == 3
    assert not any(tag in doc.text for tag in tags)
    code = ["pip install requests", "import requests", "print(requests.__version__)"]
    doc = PageBlocks()(Doc(id="d", text="\n".join([PARA, PARA, PARA, "", *code])))
    assert all(line in doc.text for line in code)


def test_a_gap_already_wide_enough_to_split_is_not_counted_further(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Once max_gap list lines stand between two anchors they are two clusters, however many
    # more follow: only the lines up to that count are asked whether they are list items.
    from cleaners.chrome import blocks
    asked: list[str] = []
    listish = blocks._listish

    def spy(line: str) -> bool:
        asked.append(line)
        return listish(line)

    monkeypatch.setattr(blocks, "_listish", spy)
    menu = [f"栏目{n}导航" for n in range(20)]
    lines = [PARA, *menu, PARA, PARA]
    assert main_span(lines, max_gap=6) == (21, 22)
    assert asked == menu[:6]


VERSE = ["山那边的云", "一朵朵飘过来", "落在母亲的肩上", "落成了白发"]


def test_a_short_poem_without_a_sentence_still_sheds_its_related_block() -> None:
    # A poem has no paragraph to anchor the article's span; the marker under it still cuts the
    # titles it lists and the box after.
    titles = ["春日来信", "雨中的小巷", "故园旧事"]
    lines = ["某某文化网", "秋夜", "2024-09-17 08:00", *VERSE, "推荐阅读", *titles,
             "热门排行", "1 某地古镇游", "2 书画展开幕", "提交"]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert all(line in doc.text for line in VERSE)
    assert not any(line in doc.text for line in [*titles, "1 某地古镇游", "热门排行"])


def test_a_marker_in_the_masthead_of_a_poem_page_cuts_nothing() -> None:
    # Counterexample: a marker in the page's first third is its menu's; the verse under it stays.
    lines = ["热点新闻", "某某文化网", "秋夜", *VERSE, "作者简介：某某，教师"]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert all(line in doc.text for line in VERSE)


ROLL = ["附件：某某年度先进集体和先进个人名单", "一、先进集体", "某某县水利工程管理站", "某某镇农业服务中心",
        "二、先进个人", "张建国  某某县水利工程管理站", "李晓梅  某某镇农业服务中心"]
HOT = ["热点信息", "· 某县召开全年工作会议", "· 某地小型水库除险加固完工", "· 某年度考核结果公布"]


def test_an_honour_roll_under_the_article_stays_and_the_list_after_it_goes() -> None:
    lines = ["表彰决定", PARA, PARA, *ROLL, *HOT]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert all(line in doc.text for line in ROLL)
    assert not any(line in doc.text for line in HOT[1:])


def test_headlines_under_numbered_headings_are_no_honour_roll() -> None:
    # Counterexample: a site's sections numbered over their headlines; no unit, no person.
    menu = ["一、要闻", "某地召开全年工作会议部署重点任务", "某县举行春季招聘活动吸引千人参加",
            "二、专题", "学习贯彻某某精神专题报道汇总", "某地乡村振兴典型案例展播"]
    lines = ["某地新闻", PARA, PARA, *menu]
    doc = PageBlocks()(Doc(id="d", text="\n".join(lines)))
    assert not any(line in doc.text for line in menu[1:])


_ARTICLE = ("某某古渡\n\n某某古渡位于某某县某某镇，是旧时两岸往来的主要渡口，现存石阶和系船石柱为明代遗物。\n\n"
            "1958年，上游建成公路桥，往来行人逐渐改走桥上，渡口随之冷落。1970年代以后，渡船停用。\n\n")


def test_a_navbox_s_group_labels_are_no_bylines() -> None:
    """A wiki's navbox under the article: each group's label (古建筑) stands over its bulleted
    list and under another list; it goes with the lists, no author lifted from it."""
    navbox = ("  • 查\n  • 论\n  • 编\n\n某某县文物保护单位\n古建筑\n\n  • 文昌阁\n  • 陈氏宗祠\n"
              "  • 永济桥\n\n古遗址\n\n  • 某某古渡\n  • 窑头窑址\n")
    doc = clean_text(_ARTICLE + navbox, id="wiki")
    assert doc.meta.authors == ()
    assert "古建筑" not in doc.text
    assert "古遗址" not in doc.text
    assert doc.text.endswith("渡船停用。")


def test_a_writer_s_name_under_the_article_over_a_list_is_still_its_byline() -> None:
    """Counterexample: the writer's name under the article's last paragraph, over a bulleted
    list of headlines, stands under text, not under a list: still the byline."""
    tail = "林某某\n\n  • 某某县召开防汛工作会议\n  • 某某镇新建一座公园\n  • 某某村修通产业路\n"
    doc = clean_text(_ARTICLE + tail, id="byline")
    assert doc.meta.authors == ("林某某",)


_CARDS = ("相关文章\n\n某某小区每月一次的“便民维修日”\n\n修雨伞、磨剪刀、换拉链，每月第二个周六，小区广场上总是排着长队。\n\n"
          "老楼加装电梯，一楼住户的账怎么算\n\n加装电梯谈了三年，卡在一楼。我们跟着社区调解员走访了六户居民。\n\n"
          "垃圾分类督导员的一个早晨\n\n早上六点半，投放点的灯亮了，督导员已经在桶边站好，手里拿着长夹子。\n\n")
_STORY = ("某某社区观察\n\n  • 首页\n  • 民生观察\n  • 社区活动\n  • 关于我们\n\n菜单\n\n"
          "社区食堂开进老旧小区\n\n  • 林某某\n  • 2025年11月4日\n  • 民生观察\n\n"
          "中午十一点，某某街道某某小区的社区食堂里已经坐了二十多位老人。一荤两素一汤，米饭管够，"
          "六十岁以上的老人一餐只要十二元，八十岁以上再减两元。\n\n"
          "某某小区是上世纪八十年代建成的老小区，常住的一千多户居民中，六十岁以上的老人占了四成。"
          "社区此前做过一次走访，发现不少独居老人“一顿饭吃两天”。\n\n"
          "今年夏天，街道把小区里一处闲置的自行车棚改造成食堂，由一家有资质的餐饮企业运营。街道按每餐"
          "三元的标准给予补贴，运营方则通过向周边上班族开放来维持收支。\n\n"
          "开业四个月，食堂每天接待就餐的老人稳定在八十人左右。街道计划明年在另外两个老旧小区复制这一"
          "做法，让食堂变成老人们愿意常来坐坐的地方。\n\n"
          "微博\n微信\n打印\n\n")


def test_the_last_teaser_card_s_lead_and_the_site_s_blurb_under_it_go() -> None:
    """Teaser cards (a headline over its lead) under a related heading after the article: the
    last card's lead goes with its headline though a sentence follows it (the site's blurb
    over its copyright line), and that lone blurb goes too."""
    foot = "某某社区观察是一个由社区志愿者维护的非营利网站，记录老城区居民的日常生活。\n\n© 2025 某某社区观察\n"
    doc = clean_text(_STORY + _CARDS + foot, id="cards")
    assert doc.text.endswith("愿意常来坐坐的地方。")
    for gone in ("督导员已经在桶边站好", "非营利网站", "便民维修日"):
        assert gone not in doc.text


def test_two_paragraphs_under_one_teaser_are_text_again() -> None:
    """Counterexample: under a related heading, one headline then two sentences in a row: no
    card's lead after another card, so the sentences are text again."""
    tail = ("相关文章\n\n某某小区每月一次的“便民维修日”\n\n"
            "记者了解到，维修日由社区志愿者服务队组织，已坚持了五年。\n\n"
            "社区负责人表示，明年将把这一做法推广到街道其他小区。\n")
    doc = clean_text(_STORY + tail, id="one_card")
    assert doc.text.endswith("明年将把这一做法推广到街道其他小区。")


_NOTICE = ("某某县人民政府办公室文件\n\n某政办发〔2025〕58号\n\n"
           "关于开展2025年冬季农村消防安全专项检查的通知\n\n各乡镇人民政府，县政府各部门：\n\n"
           "冬季是火灾易发多发季节。为切实做好农村消防安全工作，经县政府同意，决定自12月1日至2026年2月28日在"
           "全县开展冬季农村消防安全专项检查。现将有关事项通知如下：\n\n一、检查重点\n\n"
           "重点检查农村自建房、家庭作坊、养老机构和村级文化礼堂，查看电气线路是否老化、私拉乱接，"
           "灭火器是否完好有效，疏散通道是否畅通。\n\n二、时间安排\n\n阶段\n\n时间\n\n主要任务\n\n自查整改\n\n"
           "12月1日至12月31日\n\n各乡镇组织村（社区）逐户排查\n\n督查抽查\n\n2026年1月至2月\n\n"
           "县消防救援大队会同应急管理局抽查\n\n")


def test_a_table_s_cells_between_the_article_s_parts_stay() -> None:
    """A notice saved as text whose schedule table prints a cell a paragraph between its parts
    二、 and 三、: the cells are the notice's, not a list of links after it (a cell label such
    as 时间 parting them into two runs)."""
    page = _NOTICE + ("三、工作要求\n\n各乡镇要明确一名分管领导具体负责，对检查发现的隐患建立台账，"
                      "能当场整改的当场整改，不能当场整改的要落实防范措施、限期整改到位。检查情况请于2026年"
                      "3月5日前报县应急管理局。\n\n某某县人民政府办公室\n\n"
                      "2025年11月21日\n\n（此件公开发布）\n")
    doc = clean_text(page, id="notice")
    for kept in ("逐户排查", "督查抽查", "应急管理局抽查", "三、工作要求", "限期整改到位。"):
        assert kept in doc.text


def test_headlines_after_the_article_s_parts_still_go() -> None:
    """Counterexample: short lines after the parts that go on with no part of the article's
    (a list of headlines under the notice) are still a list after it."""
    page = _NOTICE.split("二、时间安排")[0] + ("相关新闻\n\n某某县召开防汛工作会议\n\n某某镇新建一座公园\n\n"
                                                 "某某村修通产业路\n\n某某街道开展消防演练\n")
    doc = clean_text(page, id="notice_list")
    assert "某某镇新建一座公园" not in doc.text
    assert doc.text.endswith("疏散通道是否畅通。")


def test_a_paragraph_closing_on_a_bracketed_picture_credit_keeps_its_text() -> None:
    # A paragraph of several clauses with （图片由…提供） after it loses the credit alone; a
    # caption's one short sentence with it goes whole (traditional script too).
    para = "消防部门提醒，冬季用电负荷大，居民切勿在楼道堆放杂物，离家时应关闭电器电源。"
    caption = "消防员在现场搜救被困老人。"
    for credit in ("（图片由某某市消防救援支队提供）", "（圖片由某某市消防救援支隊提供）"):
        text = clean_text("\n".join([*_VILLAGE, caption + credit, para + credit])).text
        assert para in text
        assert "提供" not in text
        assert caption not in text



SECTIONS = ["九月正是高山蔬菜上市的季节。在海拔一千二百米的山村，村民们把刚采收的甘蓝直接送进村口的预冷库，五个小时后就装上冷藏车发往城市超市。",
            "县里整合供销、邮政和快递企业的运力，开通了十二条覆盖所有乡镇的冷链班车线路，农户不出村就能把货发出去，冷藏车每天按时到各村收货。",
            "冷链补上了短板，品牌建设随之跟上。县里统一设计了农产品区域公共品牌，对进入冷链体系的产品实行分级包装，分级后每斤能多卖两到三毛钱。",
            "业内人士认为，县域冷链物流既要建设施，也要管好运营，下一步应在提高设施利用率、降低农户使用成本上多下功夫，让设施真正用起来。"]


def _carded(after_card: list[str]) -> str:
    """A page with a 推荐阅读 card (a headline over its lead cut short) between sections."""
    return "\n\n".join([
        "某某财经\n首页宏观产业三农数据\n订阅\n首页/三农/正文", "县域冷链物流补短板 山区果蔬出村不再难",
        "2026-09-02 15:30来源：某某财经", "预冷库建到村口", SECTIONS[0], "冷藏车开进山沟", SECTIONS[1],
        "推荐阅读\n某县电商直播进村 一个村卖出三千吨鲜果", "今年鲜果季，当地通过直播带货打开了销路……",
        *after_card, "本文为某某财经原创，转载请注明出处。"])


def test_a_subhead_under_a_cut_teaser_card_is_the_article_going_on() -> None:
    # The card's lead is cut short (……): the short heading under it, over two whole
    # paragraphs, is the article's next section, not another card's headline.
    doc = clean_text(_carded(["卖得远也要卖得好", SECTIONS[2], SECTIONS[3]]), id="d")
    assert "卖得远也要卖得好\n" + SECTIONS[2] in doc.text
    assert "三千吨鲜果" not in doc.text
    assert "打开了销路" not in doc.text


def test_cut_teaser_cards_in_a_row_all_go() -> None:
    # Counterexample: the next card's headline has its own cut lead under it.
    doc = clean_text(_carded(["某区新建三座口袋公园", "口袋公园建在居民家门口，成了……",
                              "某镇老街改造完成", "老街改造保留了青石板路和老字号……"]), id="d")
    assert "口袋公园" not in doc.text
    assert "老街" not in doc.text
    assert "三千吨鲜果" not in doc.text
    assert SECTIONS[1] in doc.text
