"""Saved pages of site families seen nowhere else in the fixtures, cleaned whole.

Each page (tests/fixtures/text/<name>.txt) is a browser's "save as text" of an invented
article with its site's full chrome; the ``.expected`` file beside it is the whole text a
perfect cleaner returns. Names, places and events are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.chrome.common import cell_table
from cleaners.meta import (
    clean_authors,
    closing_contacts,
    closing_signature,
    parse_byline,
    parse_meta_line,
)

PAGES = Path(__file__).parent / "fixtures" / "text"

# name -> (title, date, source_name, authors)
FIELDS: dict[str, tuple[str, str, str | None, tuple[str, ...]]] = {
    # A company's recruitment notice: its table of posts saved one cell a line (岗位名称 /
    # 招聘人数 / … / 给排水工程师 / 3 / …) stays, and so does its signature under 三、联系方式.
    "recruit_job_cells": ("某某水务集团有限公司2026年公开招聘工作人员公告", "2026-02-20",
                          "人力资源部", ()),
    # A paper's article split over pages: its page count over the first page's paragraphs
    # (第1页 共3页) and the pager under them go; the reporter and the correspondent on the
    # date row, each after a role with no colon (记者 某某 通讯员 某某), are its authors.
    "paper_paginated": ("老街改造记：一条街的“新生”", "2026-09-09T07:50:00", "某某日报",
                        ("米雪", "晏清")),
    # A commercial portal's self-media post: 原标题, 返回…查看更多, the editor's code, the
    # platform's statement (平台声明：该文观点仅代表作者本人，……仅提供信息存储空间服务) and the
    # 猜你喜欢 feed go.
    "portal_self_media_repost": ("乡村夜校开进田间地头 农民学员学会直播卖菜",
                                 "2026-10-14T09:12:00", "清河晚报", ()),
    # A broadcaster's video page: the player's controls and timestamps, its caption naming
    # what it plays (正在播放：…) and the related videos with their lengths go.
    "tv_video_timestamps": ("【视频】江口镇万亩油菜花进入盛花期", "2026-03-20T19:05:31",
                            "某某广播电视台", ("车明远", "岳川")),
    # A people's congress site: 来源 names the committee's office, 字体：【大 中 小】 on the row.
    "congress_member_suggestions": ("市人大代表视察全市代表建议办理工作", "2026-06-12",
                                    "市人大常委会代表工作委员会", ()),
    # A county's policy document under its information table: its articles (第一条 …), the
    # issuing office and the date sign it; 发布机构 publishes, 发布日期 dates it.
    "county_policy_articles": ("某某县农村生活垃圾分类管理办法", "2026-03-18",
                               "某某县人民政府办公室", ()),
    # A financial portal: index quotes above, 文章来源 and 作者 on the date row, 风险提示 and
    # the related stocks' quotes below.
    "finance_quotes_source_row": ("锂电材料企业三季度业绩分化 头部厂商毛利率回升",
                                  "2026-10-28T19:36:12", "证券晨报", ("贺明川",)),
    # A hospital's news centre: 无障碍 and 长者模式 switches, a caption under the last
    # paragraph (图为手术现场), the address, emergency line and 技术支持 footer.
    "hospital_news_center": ("我院成功开展首例经导管主动脉瓣置换术", "2026-07-22", "心血管内科",
                             ("钟慧",)),
    # A national paper's site: 小字号, 分享让更多人看到 above and below, the editors in brackets
    # ((责编：某某、某某)), 推荐阅读.
    "paper_site_share_prompt": ("南平县启用全域智慧停车平台", "2026-09-18T08:26:00", "南平日报",
                                ("程远帆",)),
    # A procuratorate's news: 来源, 作者 and 责任编辑 on one row, the QR prompt and
    # previous/next links.
    "procuratorate_news": ("某某县检察院提起首例食品安全民事公益诉讼", "2026-05-20", "第五检察部",
                           ("林可欣",)),
    # A tech outlet's repost: 本文来自微信公众号 above and below, 封面图来源, the independent-view
    # statement, the author's card (关注, 文章数) and the app prompt.
    "tech_author_card": ("大模型进入“降价年”，中小开发者怎么选", "2026-08-03T10:45:00",
                         "算力观察", ("方知行",)),
    # A traffic police notice: its numbered articles, 特此通告 and the dated signature stay;
    # the attachment, 无障碍浏览 and 适老化模式 go.
    "traffic_police_notice": ("关于春城大道部分路段实施交通管制的通告", "2026-04-02T16:30:00",
                              "市公安局交警支队", ()),
    # A university's news site: 撰稿/摄影/审核/编辑 on one line, 浏览次数 on the date row.
    "university_credits_one_line": ("我校学子在全国大学生结构设计竞赛中获一等奖", "2026-11-05",
                                    None, ("卢晓禾",)),
    # A county portal's department news: under 责任编辑 and 【打印】【关闭】 the 相关链接 list
    # (国务院 / 省政府 / 市政府 / 县委) names bodies, no authors.
    "county_gov_open_info": ("县市场监管局开展秋季校园食品安全专项检查", "2026-09-10T16:42:00",
                             "县市场监管局", ()),
    # A court's case column: 【字体：大 中 小】 【打印本页】 【关闭窗口】 above the text, its
    # bracketed headings (【案情简介】) stay.
    "court_font_tools": ("以案说法丨网购“七天无理由退货”被拒？法院这样判", "2026-09-23T10:15:02",
                         "民一庭", ("姜若楠",)),
    # A CPPCC site: 今天是 with the weekday, 简体/繁体 and 关怀版 switches above the menu.
    "cppcc_proposal": ("市政协召开重点提案督办协商会", "2026-06-02", "市政协提案委", ()),
    # A company's news centre: 发布者：admin, a picture's file name, 返回列表, the product
    # menu and the contact block of the footer.
    "enterprise_news_center": ("公司新一代智能分拣设备通过省级新产品鉴定", "2026-04-16", None, ()),
    # A commercial portal's account page: the account's counts (文章：12.3万, 粉丝：85万) and
    # 关注 above, 阅读 (2563), 点赞, 作者最新文章 and 猜你喜欢 below.
    "sohu_author_counts": ("城郊菜地变身“共享农场” 市民周末当起“小农夫”", "2026-10-14T09:12:00",
                           None, ()),
    # A wire portal: 字体：小 中 大, 【纠错】 【责任编辑：某某】 on one line, 扫一扫 and 热点推荐.
    "wire_portal_correction": ("我国首个深远海养殖平台集群投产", "2026-05-12T14:03:26", "新华在线",
                               ("樊启航",)),
    # A hospital's health column: the writer's department and title in brackets after the
    # name (作者：某某（心内科 主治医师）), the Q&A headings and numbered advice stay, the
    # closing disclaimer (（本文仅供参考，具体诊疗请遵医嘱）) goes.
    "health_science_qa": ("秋冬季节，高血压患者要注意这几点", "2026-11-02", None, ("钱慧敏",)),
    # A police notice asking for tips: its numbered articles and signature stay; its bare
    # hotline rows (举报电话：…, no contact person) go, as the project's other notices' do.
    "police_reward_notice": ("某某市公安局关于公开征集付某某等人违法犯罪线索的通告", "2026-08-19",
                             "市公安局", ()),
    # A tech outlet's own article: 作者 | 编辑 | rows, 本文由…原创发布，转载请联系授权, the
    # picture's credit with no colon (题图来自 某某图库), the author's card and a numbered
    # 热门文章 list.
    "tech_pipe_credits": ("芯片封装厂扩产背后：先进封装成为新的必争之地", "2026-07-08T08:00:00",
                          None, ("梁秋白",)),
    # A financial portal: index quotes, a source credit glued to the last sentence, the
    # editor in brackets, a long disclaimer, related reading and stock quotes.
    "finance_glued_source": ("央行：三季度末人民币贷款余额同比增长7.2%", "2026-10-15T17:06:00",
                             "金融港综合", ()),
    # A land notice signed by the county: its pager (共1页 第1页, 首页 上一页 1 下一页 尾页)
    # and attachment under the signature go.
    "notice_pagination_numbers": ("某某县2026年第二批次城镇建设用地征收土地预公告", "2026-07-01",
                                  "县自然资源局", ()),
    # A college's news: the bracketed row of 作者, 来源, 点击数 and 更新时间 above the headline,
    # a picture's file name and its caption under the text.
    "university_bracket_row": ("经管学院举办第六届“商道杯”创业计划大赛决赛", "2026-05-06",
                               "经济管理学院", ("邓可心",)),
    # A commercial portal's news page: its pager of bracketed numbers ([1] [2] [3] 下一页),
    # the editor's code alone in brackets ((NE0011)), 网站纠错 | 我要纠错 and a numbered
    # 热点新闻 list go.
    "portal_editor_code": ("多地启动冬季供暖 今年供热季较往年提前一周", "2026-11-01T08:15:33",
                           "北方晨报", ()),
    # A recruitment publicity whose list of names is a table saved one cell a line with
    # blank lines between (序号 / 姓名 / 性别 / 报考岗位 / 总成绩 / 1 / 某某 / 女 / …).
    "publicity_name_cells": ("某某县2026年公开招聘教师拟聘用人员公示", "2026-08-12", "县人社局", ()),
    # A county's regulation in chapters and articles: its last chapter's heading and short
    # articles (第三章 附则 / 第五条 本办法由…负责解释。) stay, the 相关文件 list under them goes.
    "policy_chapters": ("某某县村级公益事业建设管理办法", "2026-03-18", "县财政局", ()),
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_the_article_stays_and_the_chrome_goes(name: str) -> None:
    doc = clean_text((PAGES / f"{name}.txt").read_text("utf-8"), id=name)
    assert doc.dropped is None
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name, doc.meta.authors) == FIELDS[name]
    assert doc.text == (PAGES / f"{name}.expected").read_text("utf-8").strip()


@pytest.mark.parametrize(("lines", "signed"), [
    # the contact lines under the notice's last numbered heading, then its signature
    (["三、联系方式", "联系人：侯女士 联系电话：0000-00000000", "某某集团有限公司", "2026年2月20日"],
     {2, 3}),
    (["三、联系方式", "联系人：侯女士", "电话：0000-00000000", "某某县人民政府办公室", "2026年2月20日"],
     {3, 4}),
    # a heading straight over an issuer and a date: a related item and its date, no signature
    (["三、相关链接", "某某集团有限公司", "2026年2月20日"], set()),
])
def test_a_signature_under_the_contact_lines_of_a_numbered_heading(
        lines: list[str], signed: set[int]) -> None:
    assert closing_signature(lines) == signed


_HEADER = ["岗位名称", "招聘人数", "学历要求"]


@pytest.mark.parametrize(("lines", "cells"), [
    # under a numbered heading: three labels, two rows with a column of figures
    (["一、招聘岗位", *_HEADER, "工程师", "3", "本科", "检测员", "2", "大专"], range(1, 10)),
    # under a sentence's colon, four columns, the figures with their unit
    (["现将岗位公布如下：", "序号", "岗位", "人数", "学历", "1", "会计", "2人", "本科",
      "2", "出纳", "1人", "大专", "二、报名方式"], range(1, 13)),
    # one row only: no table
    (["一、招聘岗位", *_HEADER, "工程师", "3", "本科"], range(0)),
    # a menu under the headline: no column of figures
    (["某某县召开工作会议。", "首页", "新闻", "政务", "服务", "互动", "专题"], range(0)),
    # under a menu item, not a sentence or a heading: no table
    (["首页", *_HEADER, "工程师", "3", "本科", "检测员", "2", "大专"], range(0)),
])
def test_a_table_saved_one_cell_a_line(lines: list[str], cells: range) -> None:
    assert cell_table(lines) == frozenset(cells)


@pytest.mark.parametrize(("row", "authors"), [
    ("2026-09-09 07:50 来源：某某日报 记者 米雪 通讯员 晏清", ("米雪", "晏清")),
    ("来源：某某日报 本报记者 曹明华 实习生 孔令伟", ("曹明华", "孔令伟")),
    ("发布时间：2024-03-09 作者 马某某 来源：某某", ("马某某",)),
])
def test_every_role_without_its_colon_on_a_labelled_row_names_an_author(
        row: str, authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.authors == authors


_OPENING = "近日，某某镇召开专题会议，研究部署下一阶段重点工作，各村负责人参加了会议并作了发言。"


@pytest.mark.parametrize(("last", "kept"), [
    # prose closed by a photographer's credit in brackets: the credit goes, the text stays
    ("下一步，该镇将继续推进各项工作落实落地，确保取得实效。（王某某 摄）",
     "下一步，该镇将继续推进各项工作落实落地，确保取得实效。"),
    ("下一步，该镇将继续推进各项工作落实落地。（某某县融媒体中心 王某 摄）",
     "下一步，该镇将继续推进各项工作落实落地。"),
    # a short statement of what was said, its line under 20 characters with the credit
    ("大家纷纷表示收获很大。（某某 摄）", "大家纷纷表示收获很大。"),
    ("大家表示很有收获。（王某摄）", "大家表示很有收获。"),
    ("大家纷纷表示收获很大。图片来源：网络", "大家纷纷表示收获很大。"),
    # a short scene and a picture described: captions still
    ("志愿者为老人理发。（某某 摄）", None),
    ("会议现场。（王某 摄）", None),
    ("图为会议现场，各村负责人作交流发言。（王某某 摄）", None),
])
def test_prose_keeps_its_text_without_its_bracketed_or_short_picture_credit(
        last: str, kept: str | None) -> None:
    page = f"某某镇召开专题会议\n2024-05-06 来源：某某网\n{_OPENING}\n{last}"
    lines = clean_text(page, id="credit").text.split("\n")
    assert lines == [_OPENING] + ([] if kept is None else [kept])


@pytest.mark.parametrize(("line", "authors"), [
    ("柯燕", ("柯燕",)), ("王某某 李某", ("王某某", "李某")),
    ("国务院", None),  # a body whose first character is a surname's
])
def test_a_name_alone_under_the_text_is_a_person_not_a_body(
        line: str, authors: tuple[str, ...] | None) -> None:
    found = parse_byline(line, tail=True)
    assert (found.authors if found else None) == authors


@pytest.mark.parametrize(("value", "authors"), [
    ("钱某某（心内科 主治医师）", ("钱某某",)),
    ("钱某某(心内科主治医师)", ("钱某某",)),
    ("李某（某某大学 教授）、赵某（某某医院 医生）", ("李某", "赵某")),
    ("王某（实习生）", ("王某",)),
])
def test_a_note_on_the_writer_in_brackets_is_no_name(value: str,
                                                      authors: tuple[str, ...]) -> None:
    assert clean_authors(value) == authors


_ARTICLE = ("某某县部署秋冬季森林防火工作\n发布时间：2026-10-15 来源：县应急局\n"
            "10月15日，某某县召开秋冬季森林防火工作会议，全面部署今冬明春森林防火工作，"
            "各乡镇分管负责人参加会议。\n"
            "会议要求，各地要严格落实森林防火责任制，加强火源管控，确保不发生重大森林火灾。\n")


@pytest.mark.parametrize("line", [
    "分享让更多人看到", "打开某某新闻 查看精彩图片", "写留言", "投诉",
    "本网站所刊登的信息，仅供参考", "如涉及作品内容、版权和其它问题，请在30日内与本网联系",
    "网站标识码：4400000001",
    "建议使用1920*1080分辨率浏览", "您是第1234567位访客", "本站总访问量12345次",
    "当前在线人数：23", "暂无评论", "还没有人评论，快来抢沙发吧", "请文明上网，理性发言",
    "文章评论", "已是第一篇", "视频来源：某某广播电视台", "（视频来源：某某县融媒体中心）",
    "播放量 3.5万",
])
def test_one_line_of_chrome_alone_under_the_article_goes(line: str) -> None:
    # alone, the line makes no run of a list: its own shape must tell it is chrome
    doc = clean_text(f"{_ARTICLE}{line}\n", id="alone")
    assert doc.text.split("\n") == _ARTICLE.split("\n")[2:4]


@pytest.mark.parametrize("top", ["晴 18℃～26℃ 东南风3级", "个人登录 法人登录",
                                 "中共某某县委 某某县人民政府 主办", "欢迎访问某某县人民政府网站！"])
def test_a_line_above_the_breadcrumb_is_no_headline(top: str) -> None:
    # however long, a line of the site's chrome above the breadcrumb is not the headline
    # that stands under it, above its date row
    doc = clean_text(f"某某县人民政府\n{top}\n首页 > 要闻动态\n{_ARTICLE}", id="crumb")
    assert doc.meta.title == "某某县部署秋冬季森林防火工作"
    assert doc.text.split("\n") == _ARTICLE.split("\n")[2:4]


@pytest.mark.parametrize("top", ["晴 18℃～26℃ 东南风3级", "今日天气：小雨 15℃-22℃",
                                 "个人登录 法人登录", "中共某某县委 某某县人民政府 主办"])
def test_the_site_s_weather_login_or_sponsors_line_over_the_headline_goes(top: str) -> None:
    # no breadcrumb between: the line's own shape tells it is the site's
    doc = clean_text(f"某某县人民政府\n{top}\n{_ARTICLE}", id="widget")
    assert doc.meta.title == "某某县部署秋冬季森林防火工作"
    assert doc.text.split("\n") == _ARTICLE.split("\n")[2:4]


def test_a_notice_s_closing_q_and_a_stays_and_the_headlines_under_it_go() -> None:
    qa = ["问：哪些农户可以申报？", "答：建档立卡户、低保户等重点对象。", "问：补助标准是多少？",
          "答：每户补助2万元。"]
    first = "为做好2026年度农村危房改造工作，现将申报工作有关事项通知如下。"
    page = "\n".join(["某某县人民政府", "首页 > 通知公告", "关于开展农村危房改造申报工作的通知",
                      "发布时间：2026-03-02 来源：县住建局", first, *qa, "某某县召开农村工作会议",
                      "某某县住建局开展安全检查", "某某县举办建筑工匠培训班"])
    assert clean_text(page, id="qa").text.split("\n") == [first, *qa]


@pytest.mark.parametrize("line", ["文章评论", "文章推荐", "文章来源"])
def test_a_word_opening_with_a_one_character_role_names_no_author(line: str) -> None:
    # 文 glued to what follows starts a word (文章); a writer's name stands apart from it
    assert parse_byline(line, tail=True) is None


@pytest.mark.parametrize(("row", "date"), [
    ("来源：某某日报 2026-05-06 记者 王某某 实习生 李某", "2026-05-06"),
    ("来源：某某日报 2026年5月6日 10:20 记者 王某", "2026-05-06T10:20:00"),
    ("标题：2026年5月6日工作安排 来源：某某", None),  # a date in the title is no row's date
])
def test_a_labelled_row_s_date_between_its_fields(row: str, date: str | None) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.date == date


_GONGSHI = ["公示期间，如有不同意见，可向县委组织部反映。", "监督电话：0000-12380",
            "来信地址：某某县某某路8号县委组织部干部监督室（邮编：000000）"]


@pytest.mark.parametrize(("lines", "contacts"), [
    # a 公示's channels for objections over its signature: the notice's own lines
    ([*_GONGSHI, "中共某某县委组织部", "2026年12月10日"], {1, 2}),
    ([*_GONGSHI, "附件：干部任前公示表.docx", "中共某某县委组织部", "2026年12月10日"], {1, 2}),
    # a mass organisation signs its 公示 too (某某市总工会, 某某县妇联)
    ([*_GONGSHI, "某某市总工会", "2026年12月10日"], {1, 2}),
    ([*_GONGSHI, "某某县妇联", "2026年12月10日"], {1, 2}),
    # counterexample: a line that only ends in a body's name-like characters is no issuer
    ([*_GONGSHI, "欢迎加入工会吧", "2026年12月10日"], set()),
    # no signature under them: nothing to tell them from a site's footer hotline
    (_GONGSHI, set()),
    # ... unless the notice's attachments' label follows them: the notice goes on there
    ([*_GONGSHI, "附件：", "1.干部任前公示表.docx"], {1, 2}),
    (["请于12月10日前将推荐材料报送组织科。", "联系电话：0000-5218802", "附件：",
      "1.推荐对象汇总表.docx"], {1}),
    # counterexamples: a footer's hotline under a headline, or over no attachments' label
    (["关于开展推荐评选工作的通知", "联系电话：0000-5218802", "附件："], set()),
    (["请于12月10日前将推荐材料报送组织科。", "联系电话：0000-5218802", "版权所有：某某网"], set()),
    # the signature over a sentence: the lines above it are no contact lines
    (["公示期间，如有不同意见，可向县委组织部反映。", "中共某某县委组织部", "2026年12月10日"], set()),
])
def test_the_contact_lines_over_a_notice_s_signature(lines: list[str], contacts: set[int]) -> None:
    assert closing_contacts(lines) == contacts


def test_a_gongshi_keeps_its_objection_channels_and_drops_the_footer_hotline() -> None:
    officials = [f"某某{n}，男，198{n}年3月生，汉族，中共党员，大学学历，现任县某某局副局长，拟任县某某局局长。"
                 for n in range(1, 4)]
    page = "\n".join(["某某先锋网", "当前位置：首页 > 公示公告", "某某县委管理干部任前公示",
                      "发布时间：2026-12-10  来源：县委组织部",
                      "经县委研究，拟提拔任用以下同志。现将有关情况公示如下：", *officials,
                      *_GONGSHI, "中共某某县委组织部", "2026年12月10日",
                      "【打印本页】【关闭窗口】", "上一篇：关于公开遴选公务员的公告",
                      "下一篇：县委组织部开展党员冬训工作", "组工热线：12380",
                      "版权所有：中共某某县委组织部"])
    text = clean_text(page, id="gongshi").text
    assert text.endswith("\n".join([*_GONGSHI[1:], "中共某某县委组织部", "2026年12月10日"]))
    assert "组工热线" not in text


_ROWS = ["8月3日  定向越野赛  滨江公园  报名截止7月30日", "8月10日—11日  三人篮球赛  体育中心  各区县选拔",
         "8月17日  广场舞展演  文化广场  以社区为单位报名"]


@pytest.mark.parametrize(("lines", "table"), [
    (["时间  项目  地点  报名方式", *_ROWS], {0, 1, 2, 3}),
    (["比赛日期  项目  地点  报名方式", *_ROWS[:2], "所有赛事均免费参加。"], {0, 1, 2}),
    # a menu of labels over headlines: no column of dates under a when
    (["首页  新闻  时间  专题", "某某镇召开会议  某某村开展活动  某某局检查  某某节开幕"], set()),
    # a when label, but one row only
    (["时间  项目  地点  报名方式", _ROWS[0]], set()),
    # rows without the header: left to the other tests
    (_ROWS, set()),
])
def test_a_schedule_printed_a_row_a_line(lines: list[str], table: set[int]) -> None:
    from cleaners.chrome.blocks import schedule_table

    assert schedule_table(lines) == table


def test_a_schedule_under_its_header_stays_whole() -> None:
    # the 赛程 page of the gold-like set with a header row over its rows: without the header
    # the rows' dates keep them as the article's list; with it the whole run went as links
    page = (Path(__file__).parent / "fixtures" / "gold_like" / "gl80_sports_event_schedule.txt"
            ).read_text("utf-8")
    rows = [ln for ln in page.split("\n") if ln[:1].isdigit() and "  " in ln]
    page = page.replace(rows[0], "时间  项目  地点  报名方式\n" + rows[0])
    text = clean_text(page, id="schedule").text.split("\n")
    assert text[1:2 + len(rows)] == [
        "时间 项目 地点 报名方式", *(" ".join(r.split()) for r in rows)]
    assert text[-1].startswith("所有赛事均免费参加")


@pytest.mark.parametrize(("lines", "record"), [
    # a film's info block and a quake's parameters: a label, a colon, a value, a line each
    (["片名：远山", "导演：某某某", "片长：96分钟", "主演：甲 / 乙"], {0, 1, 2, 3}),
    (["上海某地发生地震", "震中：某某县", "震级：M4.1", "深度：10千米", "据了解震感明显。"], {1, 2, 3}),
    # a blank line between rows keeps the record whole
    (["书名：江边", "", "作者：某某", "出版社：某某出版社"], {0, 2, 3}),
    # a label may carry its unit in brackets, or be a code (ISBN)
    (["纬度（°）：35.88", "深度（千米）：8", "ISBN：9787500000000", "定价：58.00元"], {0, 1, 2, 3}),
    # two fields make no record
    (["片名：远山", "导演：某某某", "首页", "新闻"], set()),
    # a menu of bare labels, and labels with no value (热门标签：) are no fields
    (["首页", "新闻", "热门标签：", "友情链接：", "专题："], set()),
])
def test_a_record_printed_a_field_a_line(lines: list[str], record: set[int]) -> None:
    from cleaners.meta import field_record

    assert field_record(lines) == record


_REVIEW = ["某某影评网", "首页  影评  书评  新片  排行  专题  社区", "首页 > 影评", "",
           "《远山》：一部安静的电影", "文/某某某   2026-03-02 20:15", "",
           "影片信息", "片名：远山", "导演：某某某", "片长：96分钟",
           "上映：2026-02-14（中国大陆）", "",
           "影片讲述了一位护林员在深山中守望三十年的故事，镜头朴素克制，几乎没有配乐，却让人久久难忘。",
           "主演的表演自然松弛，很多细节都经得起反复回味，尤其是结尾雪夜巡山的一场长镜头。", "",
           "推荐指数：★★★★☆", "",
           "我的评分：☆☆☆☆☆  点击星星评分", "上一篇：《海风》：夏日小品", "网友短评（12）",
           "看完想去山里走走", "本周热门影评", "1 《长河》：史诗的回声", "2 《灯下》：小人物的光",
           "关于我们 | 联系我们 | 网站地图"]


def test_a_reviews_info_block_and_verdict_stay() -> None:
    # the film's fields over the review are its own, no menu; the reviewer's score under it
    # closes the review; the reader's rating widget and the lists after it go
    text = clean_text("\n".join(_REVIEW), id="review").text.split("\n")
    assert text[:5] == ["影片信息", "片名：远山", "导演：某某某", "片长：96分钟",
                        "上映：2026-02-14（中国大陆）"]
    assert text[-1] == "推荐指数：★★★★☆"
    assert not any("我的评分" in ln or "热门影评" in ln for ln in text)


def test_a_readers_rating_widget_is_no_verdict() -> None:
    # empty stars to click, under the review: the site's widget, with the lists after it
    page = [*_REVIEW[:16], *_REVIEW[18:]]
    text = clean_text("\n".join(page), id="review").text
    assert "我的评分" not in text
    assert text.split("\n")[-1].startswith("主演的表演自然松弛")


_AUCTION = ["某某司法拍卖网", "首页  拍卖公告  拍卖结果  竞买指南  法律法规  联系我们",
            "某某县人民法院关于某某案件的拍卖公告", "时间：2026年3月5日  浏览：512次",
            "本院将于2026年4月1日10时在网络司法拍卖平台上公开拍卖下列财产，现公告如下：",
            "一、拍卖标的：某某小区住宅一套，建筑面积98平方米。",
            "二、竞买人应在拍卖开始前交纳保证金，未交纳的不得参加竞买。", "特此公告"]


def test_a_notices_closing_formula_stays_over_its_signature() -> None:
    # 特此公告 printed without its stop: the notice's last line, the signature under it
    page = [*_AUCTION, "某某县人民法院", "2026年3月5日", "上一条：关于某某案件的变卖公告",
            "推荐标的", "某某商铺一间  起拍价：96万元", "某某车位一个  起拍价：8万元"]
    assert closing_signature(page) == {8, 9}
    text = clean_text("\n".join(page), id="auction").text.split("\n")
    assert text[-3:] == ["特此公告", "某某县人民法院", "2026年3月5日"]
    assert "推荐标的" not in text


def test_a_notices_closing_formula_stays_without_a_signature() -> None:
    page = [*_AUCTION, "上一条：关于某某案件的变卖公告", "推荐标的", "某某商铺一间  起拍价：96万元",
            "某某车位一个  起拍价：8万元", "某某厂房一处  起拍价：300万元"]
    text = clean_text("\n".join(page), id="auction").text.split("\n")
    assert text[-1] == "特此公告"
    # a headline that only opens with the words is no formula
    assert closing_signature(["现公告如下：", "特此公告的几点说明", "某某县人民法院", "2026年3月5日"]
                             ) == frozenset()


def test_a_records_fields_after_the_article_stay_when_announced() -> None:
    from cleaners.chrome.blocks import announced_record

    rows = ["纬度（°）：35.88", "经度（°）：116.47", "深度（千米）：8", "震级（M）：2.9"]
    assert announced_record(["据测定，某地发生2.9级地震。", "本次地震参数如下：", *rows]) == {
        2, 3, 4, 5}
    # the same rows under a sentence with its stop: no announcement
    assert announced_record(["据测定，某地发生2.9级地震。", *rows]) == frozenset()
    # a profile box's bare label over its counters announces nothing
    assert announced_record(["个人资料", "博客等级：", "博客积分：1032", "博客访问：128,764",
                             "关注人气：356"]) == frozenset()
    assert announced_record(["图书基本信息：", "书名：某某", "作者：某某", "出版社：某某出版社"]) == {
        1, 2, 3}
    page = ["某某地震信息网", "首页  震情信息  科普宣教  应急管理  通知公告", "某某县发生2.9级地震",
            "2026-04-18 14:32:10  某某县地震局",
            "据中国地震台网正式测定，4月18日14时05分在某某县发生2.9级地震，震源深度8千米。",
            "地震发生后，县城部分高层住户反映有轻微晃动感，未造成人员伤亡和财产损失。",
            "本次地震参数如下：", *rows, "分享到：", "相关阅读", "某某县开展地震应急演练",
            "防震减灾知识进校园", "地震来了怎么办", "主办：某某县地震局"]
    text = clean_text("\n".join(page), id="quake").text.split("\n")
    assert text[-5:] == ["本次地震参数如下：", *rows]


_BOOK = ["某某书评网", "首页 | 书评 | 新书 | 作家 | 榜单", "首页 > 书评", "",
         "在海与岸之间：读《灯塔》", "2026-06-10 09:00  来源：某某书评网  作者：某甲", "",
         "图书信息", "书名：灯塔", "作者：某乙", "出版社：某某文艺出版社", "出版时间：2026年3月",
         "ISBN：9787500000000", "",
         "这部长篇小说写的是东南沿海一个渔村四十年间的变迁，以一座灯塔为中心串起三代人的命运。",
         "与前作相比，小说的语言更加松弛，笔墨放在了补网、晒鱼、修船这些日常生活的细节上。",
         "但瑕不掩瑜，这仍是一部值得细读的作品。", "", "推荐指数：★★★★", "",
         "上一篇：读《山中》：在群山之间", "相关书评", "《北风》：一个人的远行", "海洋文学的新收获",
         "网友评论", "关于我们 | 联系我们 | 投稿邮箱"]


def test_a_books_info_block_names_the_books_writer_not_the_pages() -> None:
    # 作者：某乙 under 书名：灯塔 is the book's writer: the row stays, the reviewer is the author;
    # the verdict under the review's closing sentence stays too
    doc = clean_text("\n".join(_BOOK), id="book")
    text = doc.text.split("\n")
    assert text[:6] == ["图书信息", "书名：灯塔", "作者：某乙", "出版社：某某文艺出版社",
                        "出版时间：2026年3月", "ISBN：9787500000000"]
    assert doc.meta.authors == ("某甲",)
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2026-06-10")
    assert text[-1] == "推荐指数：★★★★"
    assert "相关书评" not in text


@pytest.mark.parametrize(("lines", "kept"), [
    # a quake's 速报 table of one row: its header stays (its date and time two cells)
    (["发震时刻 震级 纬度 经度 深度 参考位置", "2026-09-03 10:12:45 4.2 28.15 104.62 10 某某县"], {0}),
    (["日期 最高 最低 平均 降水", "9月3日 31 22 26.5 0"], {0}),
    # four labels over one row: too few to tell from a menu over a line of figures
    (["排名 球队 场次 积分", "1 某某海港 10 25"], set()),
    # a menu over a row of counters, each after its label (a page holding figure pairs)
    (["首页 新闻 体育 财经 娱乐", "浏览 2890 评论 4 点赞 16", "得分 3 5"], set()),
    # a menu over a headline
    (["首页 新闻 体育 财经 娱乐", "某某县发生4.2级地震"], set()),
])
def test_a_table_of_one_row_keeps_its_header(lines: list[str], kept: set[int]) -> None:
    from cleaners.chrome.common import table_headers

    assert table_headers(lines) == kept


def test_a_films_info_block_after_the_review_stays() -> None:
    # under the review, a heading of its own over the film's fields: the review's, however
    # short its lines; the lists after it go
    page = ["某某影评网", "首页  影评  新片  经典  榜单  论坛", "首页 > 影评", "评电影《远山》",
            "作者：某甲  发布时间：2026-08-15  来源：某某影评网",
            "这是一部几乎没有对白的电影，导演用大量的长镜头记录了一条河流两岸人们的日常。",
            "影片最动人的地方在于它对沉默的处理，主人公不能说话，却见证了整个村庄的悲欢离合。",
            "【影片档案】", "片名：远山", "导演：某乙", "主演：某丙 / 某丁", "片长：132分钟",
            "猜你喜欢", "《大江》影评：时代的洪流", "《远方》：一个关于出走的故事", "网友评论（12）",
            "我要评论"]
    doc = clean_text("\n".join(page), id="film")
    assert doc.text.split("\n")[-5:] == ["【影片档案】", "片名：远山", "导演：某乙",
                                          "主演：某丙 / 某丁", "片长：132分钟"]
    assert doc.meta.authors == ("某甲",)
    # the same fields with no work named are left to the list tests
    from cleaners.meta import work_record

    assert work_record([*page[10:12], "类型：剧情"]) == frozenset()
    assert work_record(page[8:12]) == {0, 1, 2, 3}
    # a book's fields under its title in 书名号, the publisher naming it a work's
    assert work_record(["《灯塔》", "作者：某乙", "出版社：某某文艺出版社", "出版时间：2026年3月"]) == {
        1, 2, 3}
    # a page's own metadata rows make no work's record
    assert work_record(["来源：某某日报", "作者：某甲", "编辑：某丙"]) == frozenset()


_CHRONICLE = ["1938年7月15日", "某某县委在城北秘密召开扩大会议，部署抗日救亡工作。", "1949年7月15日",
              "某某县城解放，人民群众夹道欢迎解放军入城。", "1958年7月15日", "某某钢铁厂第一座高炉建成出铁。"]


def test_a_chronicles_dates_are_no_page_date() -> None:
    from cleaners.meta import chronicle_lines

    assert chronicle_lines(_CHRONICLE, range(6)) == set(range(6))
    # two entries make no chronicle; dates over headlines (no stop) are a list's
    assert chronicle_lines(_CHRONICLE[:4], range(4)) == frozenset()
    dated_links = ["2026-07-14", "某某县召开会议", "2026-07-13", "某某镇开展活动", "2026-07-12",
                   "某某村举办培训"]
    assert chronicle_lines(dated_links, range(6)) == frozenset()
    page = ["某某党史网", "首页 党史动态 党史上的今天 红色地标 英模人物 学习资料", "党史上的今天（7月15日）",
            "2026-07-15 来源：某某市委党史研究室", *_CHRONICLE, "上一篇：党史上的今天（7月14日）",
            "主办单位：某某市委党史研究室"]
    doc = clean_text("\n".join(page), id="chronicle")
    assert doc.text.split("\n") == _CHRONICLE
    assert doc.meta.date == "2026-07-15"


_RECIPE = ["主料", "五花肉 500g", "辅料", "冰糖 30g", "生抽 2勺", "葱姜 适量", "步骤",
           "1 五花肉切块，冷水下锅焯水", "2 锅中放少许油，小火炒糖色", "3 大火收汁即可",
           "小贴士：炒糖色时一定要小火，糖色炒过了会发苦。"]


def test_a_recipe_printed_a_part_a_line_stays() -> None:
    from cleaners.meta import recipe_lines

    assert recipe_lines(["今天分享一个简单的做法。", *_RECIPE, "相关菜谱", "糖醋排骨"]) == set(
        range(1, 12))
    # a hot list numbered with spaces holds no labels and no amounts
    hot = ["热门菜谱", "1 糖醋排骨", "2 可乐鸡翅", "3 番茄炒蛋"]
    assert recipe_lines(hot) == frozenset()
    # one label over amounts is too little to tell
    assert recipe_lines(["食材", "羊肉 500克", "萝卜 1根", "相关推荐"]) == frozenset()
    # a traditional page's amounts (3個, 2塊) and labels (輔料, 步驟) are read alike
    assert recipe_lines(["主料", "雞蛋 3個", "輔料", "豆腐 2塊", "步驟", "1 豆腐切塊"]) == set(
        range(6))
    page = ["某某厨房", "首页  家常菜  烘焙  汤羹  素食  节令", "首页 > 家常菜", "红烧肉的家常做法",
            "2026-03-08  作者：某某", "红烧肉是一道家喻户晓的家常菜，做好了肥而不腻、入口即化。今天分享一个简单的做法。",
            *_RECIPE, "收藏  分享  举报", "相关菜谱", "糖醋排骨", "可乐鸡翅", "评论（32）"]
    doc = clean_text("\n".join(page), id="recipe")
    assert doc.text.split("\n")[1:] == _RECIPE
    assert doc.meta.authors == ("某某",)
