"""The general shapes the seed families' page kinds the fixtures rarely showed
(tests/fixtures/gold_like/gl333-gl339) found our text path getting wrong, each checked on an
invented page with counterexamples: a photo story (组图) whose credited captions outnumber its
paragraphs lost the captions that tell it; its 图/文 credit lost its writers to the photographer
credited on the last caption; a copied WeChat post kept the account's profile card (its name
again and its one-line description) under the post row."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import _related_marker, above_article_crumb
from cleaners.meta import _CODE_CELL, _TEXT_AND_PICTURES, _card_over_post, parse_account_row
from cleaners.names import clean_source

_LEAD = ("　　入冬以来，某某县依托城区党群服务中心和“红色驿站”，组织党员志愿者为环卫工人、"
         "快递小哥等户外劳动者提供热水、热饭和休息场所。")
_CAPTIONS = (
    "▲12月1日清晨，党员志愿者在城南驿站为刚下班的环卫工人盛上热粥。（通讯员 某甲 摄）",
    "▲驿站内配备了微波炉、饮水机和常用药品，户外劳动者可以随时进来歇歇脚。（通讯员 某甲 摄）",
    "▲社区的党员医生走进驿站，为快递小哥测量血压、讲解冬季防寒知识。（通讯员 某乙 摄）",
)
_HEAD = ["某某党建网", "首页 | 组工动态 | 基层党建 | 图说党建", "当前位置：首页 > 图说党建",
         "组图｜寒冬里的“红色驿站”", "发布时间：2025-12-02 09:40:18　来源：某某县委组织部"]
_FOOT = ["上一篇：某某县举办新任村（社区）干部培训班", "【打印】【关闭】"]
_PARAGRAPHS = (
    "　　驿站由社区党组织牵头，联合周边商户和物业企业共同管理，每天早上六点开门、晚上十点关门，"
    "值守的党员志愿者由各支部轮流安排。",
    "　　今年以来，全县共建成驿站三十六个，累计服务户外劳动者两万余人次，收集意见建议一百余条。",
    "　　下一步，该县将把驿站建设纳入城市基层党建考核，推动驿站从“有”向“优”转变。",
)


def _caption_sentence(line: str) -> str:
    return line.lstrip("▲").rsplit("（", 1)[0]


def test_a_photo_story_s_credited_captions_are_its_text() -> None:
    page = [*_HEAD, _LEAD, *_CAPTIONS, "图/文：某甲 某乙", *_FOOT]
    doc = clean_text("\n".join(page), id="photo_story")
    for caption in _CAPTIONS:
        assert _caption_sentence(caption) in doc.text
    assert "摄）" not in doc.text
    assert "图/文" not in doc.text


def test_captions_in_an_article_with_more_paragraphs_still_go() -> None:
    # counterexample: the paragraphs outnumber the captions, an article with pictures in it
    page = [*_HEAD, _LEAD, _CAPTIONS[0], *_PARAGRAPHS, _CAPTIONS[1], _CAPTIONS[2], *_FOOT]
    doc = clean_text("\n".join(page), id="article_with_pictures")
    assert "歇歇脚" not in doc.text
    assert "测量血压" not in doc.text
    assert "推动驿站从“有”向“优”转变。" in doc.text


def test_two_captions_over_one_paragraph_make_no_photo_story() -> None:
    # counterexample: two credited captions are too few to tell a story by themselves
    page = [*_HEAD, _LEAD, _CAPTIONS[0], _CAPTIONS[1], *_FOOT]
    doc = clean_text("\n".join(page), id="two_captions")
    assert "歇歇脚" not in doc.text
    assert "户外劳动者提供热水、热饭和休息场所。" in doc.text


_SAID_SO = tuple("图为" + _caption_sentence(c) + c[c.rindex("（"):] for c in _CAPTIONS)


def test_a_photo_story_s_captions_saying_so_are_its_text_too() -> None:
    # 图为… captions, each credited, outnumbering the paragraphs: the story is in them
    page = [*_HEAD, _LEAD, *_SAID_SO, *_FOOT]
    doc = clean_text("\n".join(page), id="photo_story_tuwei")
    for caption in _CAPTIONS:
        assert _caption_sentence(caption) in doc.text
    assert "摄）" not in doc.text


def test_captions_saying_so_in_an_article_still_go() -> None:
    # counterexample: the same captions between more paragraphs of the article's own
    page = [*_HEAD, _LEAD, _SAID_SO[0], *_PARAGRAPHS, _SAID_SO[1], _SAID_SO[2], *_FOOT]
    doc = clean_text("\n".join(page), id="article_tuwei")
    assert "图为" not in doc.text
    assert "推动驿站从“有”向“优”转变。" in doc.text


def test_a_text_and_pictures_credit_names_the_writers_over_a_caption_s_photographer() -> None:
    page = [*_HEAD, _LEAD, *_CAPTIONS, "图/文：某某甲 某某乙", *_FOOT]
    doc = clean_text("\n".join(page), id="photo_story_credit")
    assert doc.meta.authors == ("某某甲", "某某乙")


@pytest.mark.parametrize("credit", ["图/文：某某 某某", "文/图 某某", "（文／图：某某）", "图 / 文 某某"])
def test_a_credit_for_text_and_pictures(credit: str) -> None:
    assert _TEXT_AND_PICTURES.match(credit)


@pytest.mark.parametrize("credit", [
    # counterexamples: a credit for the pictures or the text alone, a caption
    "图/某某", "文/某某", "图文：某某", "图为志愿者在驿站为环卫工人盛粥。", "文图并茂的展板前，孩子们驻足观看。"])
def test_a_credit_for_one_of_them_is_no_text_and_pictures_credit(credit: str) -> None:
    assert _TEXT_AND_PICTURES.match(credit) is None


_POST_ROW = "原创 某一帆 某某先锋 2025年11月27日 20:15 四川"
_POST = ["“党员中心户”把服务送到家门口", _POST_ROW]
_BODY = [
    "　　“王大姐，药给你买回来了，一天三次，饭后吃。”11月25日上午，某某县某某村党员中心户"
    "把一袋药送到独居老人家中。",
    "　　今年以来，村党支部从党员中选出12名“党员中心户”，每户联系周边10至15户群众，"
    "定期走访、代办事项、收集意见。",
    "　　目前，全县已在214个村（社区）推行“党员中心户”制度，覆盖群众9万余户。",
    "", "编辑：某某", "往期推荐", "某某县召开村（社区）党组织书记述职评议会", "阅读 1862", "在看 37"]


def test_a_copied_post_s_profile_card_goes_and_names_the_publisher() -> None:
    page = [*_POST, "某某先锋", "某某县委组织部官方微信公众号，讲好某某党建故事。", "", *_BODY]
    doc = clean_text("\n".join(page), id="post_card")
    assert doc.meta.source_name == "某某先锋"
    assert "官方微信公众号" not in doc.text
    assert "某某先锋" not in doc.text
    assert doc.text.lstrip().startswith("“王大姐")


def test_a_short_lead_under_the_account_s_name_stays() -> None:
    # counterexample: the line under the name says nothing of the account: the text's lead
    lead = "寒潮来袭，山村里的党员们忙开了。"
    page = [*_POST, "某某先锋", lead, "", *_BODY]
    doc = clean_text("\n".join(page), id="post_lead")
    assert lead in doc.text
    assert "某某先锋\n" not in doc.text


@pytest.mark.parametrize("under", [
    # counterexamples: a line under the row that repeats no account, and a paragraph under the
    # name that names a 公众号 in the story (longer than a profile's description)
    ["某某县组织部门今年把“党员中心户”制度写进了村级组织建设清单，公众号上天天都有新故事。"],
    ["某某先锋", "11月25日，某某县委组织部在官方微信公众号开设“党员中心户”专栏，连续推出二十多篇"
              "基层党员服务群众的故事，引来不少网友留言点赞。"],
])
def test_lines_under_the_post_row_that_are_no_card_stay(under: list[str]) -> None:
    page = [*_POST, *under, "", *_BODY]
    doc = clean_text("\n".join(page), id="post_no_card")
    assert under[-1] in doc.text


_LEFT_SIDEBAR = ["某某县人民政府", "无障碍　长者模式　English", "首页　政务公开　政务服务　互动交流",
                 "领导之窗", "县长　某某某", "常务副县长　某某", "领导分工", "某某某：主持县政府全面工作。",
                 "某某：负责县政府常务工作，分管发展改革、财政、审计等方面工作。", "公众互动", "县长信箱",
                 "在线访谈"]
_ITEM = ["某某某调研城区冬季供暖保障工作",
         "发布时间：2025-12-03 09:12　来源：县政府办公室　【字号：大 中 小】　分享到：",
         "　　12月2日，县长某某某到县热力公司、城东换热站调研城区冬季供暖保障工作。",
         "　　他指出，供暖工作事关群众冷暖，要加强设备巡检和燃料储备，确保室温达标、稳定运行。",
         "【打印】【关闭】"]


@pytest.mark.parametrize("crumb", ["当前位置：首页 > 政务公开 > 领导活动", "首页 > 政务公开 > 领导活动"])
def test_a_left_sidebar_above_the_page_s_place_goes(crumb: str) -> None:
    page = [*_LEFT_SIDEBAR, crumb, *_ITEM]
    doc = clean_text("\n".join(page), id="sidebar_first")
    assert doc.meta.title == "某某某调研城区冬季供暖保障工作"
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2025-12-03")
    assert doc.meta.source_name == "县政府办公室"
    assert "分管发展改革" not in doc.text
    assert "县长信箱" not in doc.text
    assert "确保室温达标、稳定运行。" in doc.text


def test_above_the_first_place_crumb_over_a_labelled_date_row() -> None:
    bare = ["领导分工", "某某：负责县政府常务工作，分管发展改革、财政等方面工作。",
            "当前位置：首页 > 政务公开 > 领导活动", "某某某调研城区冬季供暖保障工作",
            "发布时间：2025-12-03 09:12"]
    assert above_article_crumb(bare, [0, 1, 3, 4], {2: bare[2]}) == {0, 1}


def test_a_place_crumb_without_a_labelled_row_or_after_another_takes_nothing() -> None:
    # counterexamples: the date row under the headline carries no label (a list page's item)
    bare = ["领导分工", "某某：负责县政府常务工作，分管发展改革、财政等方面工作。",
            "当前位置：首页 > 政务公开 > 领导活动", "某某某调研城区冬季供暖保障工作", "2025-12-03"]
    assert above_article_crumb(bare, [0, 1, 3, 4], {2: bare[2]}) == set()
    # the page's second crumb (one printed again at its foot, over a teaser): the article above
    # it stays
    bare = ["当前位置：首页 > 领导活动", "某某某调研城区冬季供暖保障工作",
            "12月2日，县长某某某到县热力公司调研城区冬季供暖保障工作。",
            "当前位置：首页 > 领导活动", "某某某检查冬春农田水利建设", "发布时间：2025-11-28 10:00"]
    assert above_article_crumb(bare, [1, 2, 4, 5], {0: bare[0], 3: bare[3]}) == set()


@pytest.mark.parametrize("row", [
    "原创 某某组工 某某组工 2025年11月18日 19:00 湖南",
    "某某组工 某某组工 2025-11-18 19:00 发表于湖南",
])
def test_a_post_row_printing_its_account_twice_names_no_writer(row: str) -> None:
    page = ["党员突击队：果园里的“及时雨”", row, "",
            "　　连日来，某某县各村党员突击队帮助果农抢收晚熟柑橘，解决果农缺劳力的难题。",
            "　　截至目前，全县共组建党员突击队46支，帮助果农采收柑橘3000余吨。"]
    doc = clean_text("\n".join(page), id="account_twice")
    assert doc.meta.source_name == "某某组工"
    assert doc.meta.authors == ()


def test_a_post_row_s_writer_beside_the_account_is_the_author() -> None:
    # counterexample: a writer's name that is no repeat of the account
    found = parse_account_row("原创 周某帆 某某组工 2025年11月18日 19:00 湖南")
    assert found is not None
    assert found.authors == ("周某帆",)


_EDITION = "2025年11月25日 第03版：要闻 上一版 下一版"
_EPAPER_ARTICLE = ["全市冬季农田水利建设全面铺开",
                   "版次：03　版名：要闻　作者：本报记者 某晴 通讯员 某海　日期：2025-11-25",
                   "　　本报讯　11月24日，记者从市水利局获悉，全市冬季农田水利建设全面铺开，已开工项目一百二十个。",
                   "　　今冬明春，全市计划新建和改造塘坝、渠道、机电泵站等工程，新增和改善灌溉面积十万亩。",
                   "上一篇　下一篇　返回版面", "某某日报社版权所有"]


@pytest.mark.parametrize("index", [
    [],  # no list of the page's headlines: the edition's row is still no headline
    ["本版导航", "●全市冬季农田水利建设全面铺开", "●三个重点项目集中开工"],
    ["本版导航", "◆全市冬季农田水利建设全面铺开", "◆三个重点项目集中开工"],
])
def test_an_epaper_s_headline_under_its_dated_edition_row(index: list[str]) -> None:
    page = ["某某日报", "往期回顾 | 版面导航 | 标题导航 | PDF下载", _EDITION, *index, *_EPAPER_ARTICLE]
    doc = clean_text("\n".join(page), id="epaper")
    assert doc.meta.title == "全市冬季农田水利建设全面铺开"
    assert doc.meta.date == "2025-11-25"
    assert "第03版" not in doc.text


def test_a_headline_naming_a_page_without_a_date_stays_a_headline() -> None:
    # counterexample: a 第…版 in a headline with no date beside it is the headline's
    page = ["某某日报", "《某某市志》第3版正式出版发行", "发布时间：2025-11-25 09:00　来源：某某日报",
            "　　本报讯　日前，《某某市志》第3版正式出版发行，全书共收录资料条目四千余条。",
            "　　新版市志增补了近二十年来全市经济社会发展的重要资料，修订了部分史实。"]
    doc = clean_text("\n".join(page), id="headline_ban")
    assert doc.meta.title == "《某某市志》第3版正式出版发行"


@pytest.mark.parametrize(("raw", "source"), [
    ("县委组织部【字号 大中小】【打印】【关闭】", "县委组织部"),
    ("来源：县委组织部【字号", "县委组织部"),
    ("县乡村振兴局[打印]", "县乡村振兴局"),
    ("縣委組織部【字號", "縣委組織部"),
    # counterexamples: a bracket holding no page tool is the name's
    ("某某日报【客户端】", "某某日报【客户端】"),
    ("某某日报（海外版）", "某某日报（海外版）"),
])
def test_page_tools_glued_after_a_source_are_no_part_of_it(raw: str, source: str) -> None:
    assert clean_source(raw) == source


def test_a_department_s_source_before_the_glued_tools_of_its_row() -> None:
    page = ["某某党建网", "首页 > 基层党建", "某某县召开基层党建工作推进会",
            "2025-11-28 10:00:00　来源：县委组织部【字号 大中小】【打印】【关闭】",
            "　　11月27日，某某县召开基层党建工作推进会，总结今年以来全县基层党建工作，部署下一阶段重点任务。",
            "　　会议指出，要持续推进党建引领基层治理，抓好村（社区）党组织书记队伍建设，推动基层党建提质增效。"]
    doc = clean_text("\n".join(page), id="glued_tools")
    assert doc.meta.source_name == "县委组织部"
    assert "字号" not in doc.text


@pytest.mark.parametrize("heading", ["专题其他报道：", "专题其他报道", "本专题其他文章", "相关专题报道",
                                     "其他报道：", "本专题报道", "专题其他报道 更多>>"])
def test_a_special_topic_s_list_of_its_other_articles_is_related(heading: str) -> None:
    assert _related_marker(heading)


@pytest.mark.parametrize("line", [
    # counterexamples: the topic's own label, a sentence naming the other reports
    "专题报道", "专题", "据该专题其他报道介绍，全县已建成党群服务中心三十六个。"])
def test_a_topic_s_label_or_a_sentence_is_no_related_heading(line: str) -> None:
    assert not _related_marker(line)


def test_a_special_topic_s_dated_other_reports_go() -> None:
    page = ["某某党建网", "“三抓三促”行动进行时", "专题首页 工作动态 典型经验 媒体报道 图说专题",
            "当前位置：首页 >> 专题专栏 >> “三抓三促”行动进行时",
            "某某县：“导师帮带”让年轻干部快成长",
            "作者：县委组织部 发布时间：2025年11月24日 来源：县委组织部干部科 浏览次数：386",
            "　　今年以来，某某县实施年轻干部“导师帮带”计划，从县直部门和乡镇选派52名领导干部担任导师。",
            "　　导师每月至少与徒弟谈心谈话一次，带着徒弟参与信访接待、项目推进等工作，在实战中传授经验。",
            "专题其他报道：", "[2025-11-20] 某某县召开“三抓三促”行动推进会",
            "[2025-11-15] 村干部“擂台比武”比出干劲", "[2025-11-08] 某某县开展基层党组织书记轮训",
            "版权所有：中共某某县委组织部"]
    doc = clean_text("\n".join(page), id="topic_list")
    assert doc.meta.source_name == "县委组织部干部科"
    assert "专题其他报道" not in doc.text
    assert "擂台比武" not in doc.text
    assert "在实战中传授经验。" in doc.text


_COMMENTS = ["白沙村小李", "我们村的积分超市我也去换过东西，这个办法确实好，村里干净多了。",
             "湖南 11月21日 回复 赞 15", "老周", "建议把积分和孩子上学、就业推荐也挂钩，效果会更好。",
             "江西 11月22日 回复 赞 8"]


@pytest.mark.parametrize("heading", ["留言区", "评论区"])
def test_a_post_s_comment_area_goes(heading: str) -> None:
    page = ["“小积分”兑出乡村“大文明”", "原创 周某岚 某某组工 2025年11月20日 19:30 湖南",
            "　　在某某县白沙村的积分超市里，村民王大姐用攒下的120分换了一桶油和两袋盐。“参加义务劳动、"
            "家里卫生评比都能加分，大家积极性可高了。”",
            "　　去年以来，某某县在全县推行“积分制”乡村治理，村民参与环境整治、志愿服务等都能获得积分。",
            "　　目前，全县已建成积分超市186个，参与村民达4.2万户。", "文字：周某岚", "编辑：某某",
            heading, *_COMMENTS]
    doc = clean_text("\n".join(page), id="comment_area")
    assert "积分超市我也去换过东西" not in doc.text
    assert "效果会更好" not in doc.text
    assert "参与村民达4.2万户。" in doc.text


@pytest.mark.parametrize("line", [
    # counterexamples: a sentence about the comment area, the area's name in a longer heading
    "评论区里，不少网友为村里的做法点赞。", "留言区管理办法"])
def test_a_line_naming_the_comment_area_is_no_heading(line: str) -> None:
    assert not _related_marker(line)


def test_a_profile_card_over_the_post_goes() -> None:
    page = ["某某先锋", "某某县委组织部官方微信公众号，讲好某某党建故事。", *_POST, "", *_BODY]
    doc = clean_text("\n".join(page), id="card_over")
    assert doc.meta.title == "“党员中心户”把服务送到家门口"
    assert doc.meta.source_name == "某某先锋"
    assert doc.meta.authors == ("某一帆",)
    assert "官方微信公众号" not in doc.text
    assert doc.text.lstrip().startswith("“王大姐")


@pytest.mark.parametrize("over", [
    # counterexamples: a name that is not the post's account, a line under it that says
    # nothing of an account
    ["某某发布", "某某县委组织部官方微信公众号，讲好某某党建故事。"],
    ["某某先锋", "寒潮来袭，山村里的党员们忙开了。"],
])
def test_lines_over_a_post_that_are_no_card_of_its_account_stay(over: list[str]) -> None:
    lines = [*over, *_POST, *(ln.strip() for ln in _BODY)]
    assert _card_over_post(lines, list(range(len(lines)))) == []


_NOTICE_BODY = ["某某县教育局关于做好2025年冬季校园安全工作的通知", "各中小学、幼儿园：",
                "　　入冬以来，气温下降，火灾、煤气中毒等安全风险增加。现就做好冬季校园安全工作通知如下：",
                "　　一、加强消防安全管理。各校要全面排查电气线路和取暖设备，严禁在宿舍使用大功率电器。",
                "　　二、做好防寒保暖工作。各校要合理调整作息时间，遇雨雪冰冻天气及时停课。"]


def test_an_index_table_s_cells_without_colons_are_read() -> None:
    page = ["某某县人民政府", "信息公开", "首页 > 政府信息公开 > 通知公告", "索引号", "431126/2025-01234",
            "主题分类", "教育", "发文机关", "某某县教育局", "成文日期", "2025-11-18", "发布日期",
            "2025-11-19", *_NOTICE_BODY]
    doc = clean_text("\n".join(page), id="bare_cells")
    assert doc.meta.title == "某某县教育局关于做好2025年冬季校园安全工作的通知"
    assert doc.meta.date == "2025-11-19"
    assert "发布日期" not in doc.text
    assert "431126" not in doc.text
    assert doc.text.lstrip().startswith("各中小学、幼儿园：")


def test_one_label_without_a_colon_is_no_cell() -> None:
    # counterexample: a lone 发布日期 (a list's column head) over a date is read as no field
    # when it is the only such line
    page = ["某某县人民政府", "发布日期", "2025-11-19", *_NOTICE_BODY]
    doc = clean_text("\n".join(page), id="one_bare_label")
    assert doc.meta.title == "某某县教育局关于做好2025年冬季校园安全工作的通知"


@pytest.mark.parametrize(("cell", "code"), [
    ("431126/2025-01234", True), ("11-2025-0087", True),
    # counterexamples: a headline with digits, a Latin headline
    ("2025年冬季校园安全工作要点", False), ("COP30 opens in Belem", False)])
def test_a_code_cell_is_digits_and_marks(cell: str, code: bool) -> None:
    assert (_CODE_CELL.fullmatch(cell) is not None) is code
