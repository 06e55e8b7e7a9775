"""The headline of a page saved as text among the lines above its date row or first paragraph:
a ticker strip's quote, a box of links' list items, a link in Latin letters and a docs site's
heading anchor are none of it."""

from __future__ import annotations

import pytest

from cleaners.document import Doc
from cleaners.meta import _QUOTE, MetaLines, unbadged_title

_PARA = "这是一段足够长的正文内容，用来说明文章的主体部分，里面有很多句子。" * 3


def _title(text: str) -> str | None:
    return MetaLines()(Doc("d", "", text=text)).meta.title


@pytest.mark.parametrize(
    "line", ["  • 科创50 1045.33 -3.12 -0.30%", "某某科技23.45+2.31% 某某储能41.08+1.76%",
             "某某指数 3012.45 +0.32%"])
def test_market_quotes(line: str) -> None:
    assert _QUOTE.search(line)


@pytest.mark.parametrize(
    "line", ["前三季度出口额增长12.4% 智能包装线成出口新亮点", "GDP同比增长5.2% 较上年提高0.3个百分点",
             "2024-2025赛季 中超第12轮", "上证指数收报3012.45点 涨0.32%"])
def test_headlines_with_figures_are_no_quotes(line: str) -> None:
    assert not _QUOTE.search(line)


def test_a_ticker_strip_over_the_site_is_no_headline() -> None:
    text = (f"  • 科创50 1045.33 -3.12 -0.30%\n\n某某财经\n\n储能电池三季度出货量同比增长四成\n\n"
            f"2025年12月05日 08:36 来源：某某证券报\n{_PARA}")
    assert _title(text) == "储能电池三季度出货量同比增长四成"


def test_a_box_of_listed_links_over_the_headline_is_none() -> None:
    text = (f"最新求购\n  • 求购食品级不锈钢输送线11-27\n  • 求购小型真空包装机 十台11-25\n\n"
            f"包装机械行业前三季度出口额增长 新亮点\n\n发布日期：2025-11-27 来源：某某网\n{_PARA}")
    assert _title(text) == "包装机械行业前三季度出口额增长 新亮点"


def test_a_headline_printed_alone_as_a_list_item_stays_the_headline() -> None:
    text = (f"产经\n科技\n\n  • 某某：中美贸易“持久战”，斗志被激发\n\n  • 某某\n\n"
            f"某某某大学研究院执行院长\n\n2019-09-07 09:25:09 来源：某某网\n{_PARA}")
    assert _title(text) == "某某：中美贸易“持久战”，斗志被激发"


def test_a_link_in_latin_letters_is_no_headline_without_a_date_row() -> None:
    text = (f"办事指南\n常见问题\nGitHubopen in new window\n\n"
            f"  • 个人养老金缴费与税收优惠\n  • 开户指南\n\n# 个人养老金缴费与税收优惠\n\n{_PARA}")
    assert _title(text) == "个人养老金缴费与税收优惠"


@pytest.mark.parametrize(
    ("title", "clean"),
    [("# 个人养老金缴费与税收优惠", "个人养老金缴费与税收优惠"),
     ("#话题# 某某城市的冬天", "#话题# 某某城市的冬天"),  # a hashtag, no anchor
     ("# 简介", "# 简介")],  # too short to be sure
)
def test_a_heading_anchor_goes_from_the_title(title: str, clean: str) -> None:
    assert unbadged_title(title) == clean


def test_the_breadcrumbs_last_crumb_names_the_headline_under_the_date_row() -> None:
    text = (f"某某社区>吃喝玩乐>自驾游>记录一次带父母自驾去海边看日出，路线供参考\n\n"
            f"退休了，到处走走\n\n级别: 侠客\n\n只看该作者楼主 发表于: 2025-11-12 21:33\n\n"
            f"记录一次带父母自驾去海边看日出，路线供参考\n\n{_PARA}")
    assert _title(text) == "记录一次带父母自驾去海边看日出，路线供参考"


def test_a_short_last_crumb_is_a_section_not_the_headline() -> None:
    text = (f"首页 > 新闻 > 国内要闻\n\n某市举办秋季农产品展销会\n\n2021年3月4日 10:20 某某晚报\n\n"
            f"国内要闻\n{_PARA}")
    assert _title(text) == "某市举办秋季农产品展销会"


def test_a_notices_addressee_closes_its_headline() -> None:
    text = ("某某县人民政府办公室文件\n某政办发〔2025〕41号\n关于做好2025年冬春季农村供水\n保障工作的通知\n"
            f"各乡镇人民政府，县直有关单位：\n为切实做好今冬明春农村供水保障工作，确保群众喝上放心\n{_PARA}")
    assert _title(text) == "关于做好2025年冬春季农村供水保障工作的通知"


def test_a_line_under_a_label_that_addresses_no_body_may_be_the_headline() -> None:
    text = f"某某网\n编者按：\n某市举办秋季农产品展销会\n{_PARA}"
    assert _title(text) == "某市举办秋季农产品展销会"


def test_the_headline_under_a_form_saved_with_its_cells_joined() -> None:
    text = ("公文管理 / 发文管理 / 查看公文\n\n发文字号 某农水〔2025〕47号 签发人 某某某\n密级 公开 紧急程度 平件\n"
            "发文机关 某某区农业农村局 成文日期 2025-11-26\n主送 各乡镇人民政府、街道办事处\n拟稿人 某某 核稿人 某某\n\n"
            f"关于做好今冬明春农田水利设施维修养护工作的通知\n\n{_PARA}")
    assert _title(text) == "关于做好今冬明春农田水利设施维修养护工作的通知"


def test_one_cell_joined_row_makes_no_form() -> None:
    text = f"发文机关 某某局\n\n新闻中心\n\n某市举办秋季农产品展销会\n2021年3月4日 10:20 某某晚报\n{_PARA}"
    assert _title(text) == "某市举办秋季农产品展销会"


def test_a_carousels_looped_slide_is_no_headline_over_the_next() -> None:
    text = (f"某某新闻\n\n第二座跨海大桥合龙\n\n暑期海滨浴场游客量创新高\n\n渔港开海首日 渔船满载归来\n\n"
            f"第二座跨海大桥合龙\n\n暑期海滨浴场游客量创新高\n\n渔港开海首日 渔船满载归来\n\n"
            f"某某晨报 记者 某某某 2025-08-14 07:30\n{_PARA}")
    assert _title(text) == "渔港开海首日 渔船满载归来"


def test_a_headline_over_its_subtitle_printed_once_stays() -> None:
    text = (f"某某新闻\n\n某市举办第十届秋季农产品展销会\n\n展销会为期三天 吸引全国各地客商前来洽谈\n\n"
            f"2021年3月4日 10:20 某某晚报\n{_PARA}")
    assert _title(text) == "某市举办第十届秋季农产品展销会"


def test_a_blogs_day_alone_under_its_menu_over_the_headline() -> None:
    text = (f"某某小记\n\n种点菜，读点书，记点小事\n\n  • 阳台种菜\n  • 读书笔记\n  • 留言本\n\n"
            f"2025年11月29日\n\n用旧木箱给阳台做了一个蚯蚓堆肥箱\n\n{_PARA}")
    assert _title(text) == "用旧木箱给阳台做了一个蚯蚓堆肥箱"


def test_a_headline_over_its_day_stays_when_no_menu_is_above() -> None:
    text = f"某某小记\n\n某市举办秋季农产品展销会\n\n2025年11月29日\n\n展销会现场\n\n{_PARA}"
    assert _title(text) == "某市举办秋季农产品展销会"


def test_a_headline_and_its_writers_name_as_items_with_no_blank_between() -> None:
    # no list of links: the neighbour is a name alone (the columnist's card saved with no blank)
    text = ("首页\n  • 某某某：新能源汽车出海，要过哪几道关\n  • 某某某\n某某某某某大学国际经济研究院研究员\n"
            f"2024-04-09 10:15:30 来源：某某观察网\n{_PARA}")
    assert _title(text) == "某某某：新能源汽车出海，要过哪几道关"


def test_a_headline_of_words_over_a_subtitle_of_figures_with_no_date_row() -> None:
    # an e-paper's article saved as text: headline, subtitle, byline, no date row near them
    text = ("第A05版：城事\n\n社区“助餐点”让老人吃上热乎饭\n\n全区新建32家，累计服务老年人9万人次\n\n"
            f"本报记者 某某某\n\n{_PARA}")
    assert _title(text) == "社区“助餐点”让老人吃上热乎饭"


@pytest.mark.parametrize(("head", "title"), [
    # a headline with figures in both clauses and no line of words over it: the headline
    ("全区新建32家助餐点，累计服务老年人9万人次", "全区新建32家助餐点，累计服务老年人9万人次"),
    # a kicker with a figure over it is no headline of words: the longest line stays
    ("2025年为民办实事\n\n全区新建32家助餐点，累计服务老年人9万人次",
     "全区新建32家助餐点，累计服务老年人9万人次"),
    # a comma-split headline with no figures under a kicker of words: the longest line stays
    ("社区养老服务提质扩面行动\n\n家门口的助餐点越开越多，老人吃饭不再犯愁",
     "家门口的助餐点越开越多，老人吃饭不再犯愁"),
])
def test_the_longest_line_stays_the_headline_unless_a_subtitle_of_figures(head: str,
                                                                           title: str) -> None:
    assert _title(f"{head}\n\n本报记者 某某某\n\n{_PARA}") == title
