"""The general shapes the third batch of unseen families (tests/fixtures/gold_like/gl59-gl68)
showed our text path getting wrong, each checked on invented lines: a data table printed a row
a line with its units, header and caption; a source naming two public bodies jointly."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import row_table
from cleaners.meta import parse_date_row, parse_meta_line, unkeyworded_title

_PARAGRAPH = ("全年某某产业增加值比上年增长{}%，其中规模以上企业增长较快，新动能持续壮大，"
              "对全市经济增长的贡献进一步提高。")


@pytest.mark.parametrize(("lines", "rows"), [
    # a unit column between the label and the figures; the header of labels and the caption
    (["表1 主要农产品产量", "产品名称 单位 产量 增长(%)", "粮食 万吨 63.5 1.9",
      "油料 万吨 8.2 -3.4"], [0, 1, 2, 3]),
    (["附表二：各县区指标", "县区 亿元 增长", "甲县 12.5 3.1", "乙县 8.9 2.7"], [0, 1, 2, 3]),
    # no header: a caption right above the rows still makes them a table
    (["表3 分行业增加值", "工业 亿元 512.4 6.3", "建筑业 亿元 96.2 4.9"], [0, 1, 2]),
    # rows under no header and no caption may be a widget's (a stock's quote): left out; a
    # line of labels with another count of cells is no header; a sentence is no caption
    (["某某光能 21.56 20.01%", "某某新能 9.85 10.06%"], []),
    (["首页 新闻 体育 财经 科技", "粮食 万吨 63.5 1.9", "油料 万吨 8.2 3.4"], []),
    (["表示感谢。", "粮食 19.7 2.3", "油料 2.1 1.4"], []),
    # a unit is short: a phrase between figures makes no row; one figure is a profile's count
    (["粮食 总产量再创新高 63.5 1.9", "油料 比去年有所减少 8.2 3.4"], []),
    (["回答 条 12", "文章 篇 8"], []),
    (["首页 新闻 体育", "财经 科技 汽车"], []),
])
def test_a_table_printed_a_row_a_line(lines: list[str], rows: list[int]) -> None:
    assert sorted(row_table(lines)) == rows


def test_a_table_with_units_between_paragraphs_stays_with_the_notes_under_it() -> None:
    """The rows of a bulletin's table are short lines with no stop: they neither part the
    article's paragraphs into two clusters nor make a headline list with the notes under
    them; the related headlines after the article still go."""
    page = "\n".join([
        "某某市2023年国民经济和社会发展统计公报",
        "发布日期：2024-03-20",
        *(_PARAGRAPH.format(n) for n in (5.1, 5.2)),
        "表1 2023年主要农产品产量及其增长速度",
        "产品名称 单位 产量 比上年增长(%)",
        "粮食 万吨 63.5 1.9",
        "油料 万吨 8.2 3.4",
        "蔬菜 万吨 142.7 4.6",
        "猪肉 万吨 9.6 -2.3",
        "三、工业",
        _PARAGRAPH.format(7.1),
        "注释：",
        "[1]地区生产总值绝对数按现价计算，增长速度按不变价格计算。",
        "[2]部分数据因四舍五入的原因，存在总计与分项合计不等的情况。",
        "相关公报",
        "·某某市2022年国民经济和社会发展统计公报",
        "·某某市2021年国民经济和社会发展统计公报",
        "·某某市第五次全国经济普查公报",
    ])
    text = clean_text(page, id="t").text
    for kept in ("表1 2023年", "粮食 万吨 63.5 1.9", "猪肉 万吨 9.6 -2.3", "增长7.1%",
                 "[1]地区生产总值", "[2]部分数据"):
        assert kept in text
    assert "相关公报" not in text
    assert "2022年国民经济" not in text


@pytest.mark.parametrize(("row", "source"), [
    ("信息来源：某某市统计局 国家统计局某某调查队 发布日期：2024-03-20", "某某市统计局 国家统计局某某调查队"),
    ("来源：某某县农业农村局 某某县财政局", "某某县农业农村局 某某县财政局"),
    ("来源：某某市委宣传部 某某市文明办", "某某市委宣传部 某某市文明办"),
    # what follows a space and is no public body is no part of the source
    ("来源：某某日报 2024-03-20", "某某日报"),
    ("来源：某某县教育局 张三", "某某县教育局"),
    ("来源：某某市委宣传部 2024-03-20", "某某市委宣传部"),
    ("来源：某某网 某某县委办", "某某网"),
])
def test_a_source_naming_two_public_bodies_names_both(row: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.source_name == source


def test_a_search_box_s_label_above_a_lone_date_is_no_headline() -> None:
    """The site's name, its search box's button (搜索), a breadcrumb, then the date alone and
    the headline under it: the headline is the line under the date."""
    page = "\n".join([
        "国家税务总局清河县税务局", "登录  注册  个人中心  |  English", "搜索",
        "首页    税务动态    政务公开    纳税服务    税收宣传    互动交流    专题专栏", "",
        "首页 > 纳税服务 > 办税指南 > 热点问答", "", "2024-03-05", "",
        "2024年度个人所得税综合所得汇算清缴政策问答（二）", "", "字体：大 中 小    打印    关闭", "",
        "问：哪些纳税人可以享受这项优惠政策？", "",
        "答：符合条件的小型微利企业和个体工商户，均可按规定享受减半征收的优惠政策。", "",
        "问：享受优惠需要办理什么手续吗？", "",
        "答：纳税人自行判断是否符合条件，申报时即可享受，无需额外办理备案手续。",
    ])
    doc = clean_text(page, id="t")
    assert doc.meta.title == "2024年度个人所得税综合所得汇算清缴政策问答（二）"
    assert doc.meta.date == "2024-03-05"
    assert doc.text.startswith("问：哪些纳税人")


@pytest.mark.parametrize(("title", "headline"), [
    ("应对台风“某某”｜全市防台风实时播报", "应对台风“某某”｜全市防台风实时播报"),
    ("某某县开展安全检查 - 情况通报", "某某县开展安全检查 - 情况通报"),
    ("某某镇举办农民丰收节｜现场快报", "某某镇举办农民丰收节"),
    # an outlet's name after the bar still goes
    ("某某县召开经济工作会议 - 某某日报", "某某县召开经济工作会议"),
    ("某某县召开经济工作会议｜某某新闻网", "某某县召开经济工作会议"),
])
def test_a_report_kind_after_the_bar_is_the_headline_s_own(title: str, headline: str) -> None:
    assert unkeyworded_title(title) == headline


def test_a_live_page_s_status_and_feed_controls_go() -> None:
    page = "\n".join([
        "某某新闻网 > 直播 > 正文",
        "直播中  参与人数：12.8万",
        "应对台风“某某”｜全市防台风实时播报",
        "2024-09-15 18:40:12　来源：某某新闻网",
        "正序 | 倒序　　手动刷新　自动刷新",
        "今年第13号台风于今天下午在我省沿海登陆，本网记者兵分多路，深入防台一线，为您带来现场报道。",
        "18:20　据市气象台消息，台风登陆后强度逐渐减弱，预计今天夜里移入邻省境内。",
        "17:45　市区部分路段出现积水，交警部门已在积水路段设置警示标志并疏导交通。",
    ])
    doc = clean_text(page, id="t")
    assert doc.meta.title == "应对台风“某某”｜全市防台风实时播报"
    assert "参与人数" not in doc.text
    assert "倒序" not in doc.text
    assert "18:20" in doc.text
    assert "17:45" in doc.text


_STORY = ["某某社区今年以来持续推进老旧小区改造，共完成外墙修缮、管网更新和加装电梯等项目十二个，惠及居民三千余户。",
          "社区负责人介绍，改造前广泛征求居民意见，确保每一项工程都办到群众心坎上，下一步还将继续推进。"]


def test_a_menu_whose_buttons_and_breadcrumb_went_first_still_goes() -> None:
    """Two menu items left between a login button, a breadcrumb and a search button that the
    line rules took: the taken menu lines still count towards the run, so the two go too."""
    page = "\n".join(["• 登录", "• 侵权投诉", "• 产品中心", "首页 / 图片 / 正文", "搜索",
                      "某某社区老旧小区改造惠及三千余户居民", "某某生活号", "关注", _STORY[0],
                      "2024-09-08 11:42:03", _STORY[1]])
    doc = clean_text(page, id="t")
    assert "侵权投诉" not in doc.text
    assert "产品中心" not in doc.text


def test_two_byline_lines_over_a_picture_s_file_name_stay_bylines() -> None:
    """A picture's file name the line rules took is no menu line: the two byline lines above
    it make no run of menu items and are read as the byline."""
    page = "\n".join(["  • 某某晚报", "  • 新闻", "  • 民生", "  • 社会", "", "某某晚报 > 民生 > 正文",
                      "", "社区改造惠及三千余户", "居民生活更舒心", "", "2024年6月21日 16:05", "",
                      "某某晚报记者 刘某某", "通讯员 张某 文/图", "", "改造.jpg", "", "夜幕降临，社区里人头攒动。",
                      *_STORY])
    doc = clean_text(page, id="t")
    assert doc.meta.authors == ("刘某某", "张某")


@pytest.mark.parametrize(("row", "source"), [
    ("2024年07月08日 星期一  今日8版", None),
    ("2024年07月08日 星期一  共12版", None),
    # a name beside the date is still the outlet
    ("2024年07月08日 星期一  某某日报", "某某日报"),
])
def test_an_e_paper_s_count_of_pages_beside_its_date_is_no_source(row: str,
                                                                 source: str | None) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert found.date == "2024-07-08"
    assert found.source_name == source


def test_an_e_paper_s_headline_listed_with_chevrons_over_its_kicker_stays_the_headline() -> None:
    """The page's headlines listed with » bullets, the article's headline printed again under
    them, then its subtitle and byline: the list goes, the headline is the title, and the
    e-paper's own name and its 往期回顾 / PDF下载 row go too."""
    page = "\n".join([
        "某某日报", "数字报刊平台", "2024年07月08日 星期一  今日8版", "往期回顾  PDF下载  返回首页",
        "版面导航", "第01版：要闻", "第02版：要闻", "上一版  下一版", "第01版：要闻", "标题导航",
        "  » 全市秋粮收购进度过半", "  » 高新区上半年新签约项目42个", "  » 今日天气",
        "全市秋粮收购进度过半", "抢抓晴好天气 确保颗粒归仓", "本报记者 某某某 通讯员 某某",
        *_STORY, "本版责编：某某  美编：某某  校对：某某",
    ])
    doc = clean_text(page, id="t")
    assert doc.meta.title == "全市秋粮收购进度过半"
    assert doc.meta.source_name is None
    for chrome in ("数字报刊平台", "往期回顾", "PDF下载", "新签约项目", "今日天气"):
        assert chrome not in doc.text
    assert doc.text.startswith(("抢抓晴好天气", "某某社区今年以来"))


@pytest.mark.parametrize(("row", "authors"), [
    ("撰稿人：某某某  摄影：某某  审核：学校办公室  发布日期：2024年10月23日", ("某某某",)),
    ("编译：某某某", ("某某某",)),
    ("来源：某某网 编译：某某某 2024-03-14", ("某某某",)),
])
def test_a_writer_or_translator_label_names_the_author(row: str,
                                                      authors: tuple[str, ...]) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.authors == authors


def test_an_outlet_beside_the_date_before_the_row_s_fields_is_the_source() -> None:
    """2024-03-14 15:27 某某网 分享： names the outlet unlabelled; a labelled 来源 under the
    article still outranks it."""
    head = ["某某时讯网 > 国际 > 国际新闻", "研究发现：近三十年全球海平面上升速度翻倍",
            "2024-03-14 15:27    某某时讯网    分享：", *_STORY]
    assert clean_text("\n".join(head), id="t").meta.source_name == "某某时讯网"
    credited = clean_text("\n".join([*head, "来源：某某日报"]), id="t")
    assert credited.meta.source_name == "某某日报"
