"""The general shapes the thirty-third batch of unseen families (tests/fixtures/gold_like/gl277-
gl283: a 理论 article with its notes and references, a paper's 分类广告 page, a book review, a
读者来信 column, a basketball box score, a police 悬赏通告, a 图解 page) showed our text path
getting wrong, each checked on an invented page: an e-paper page's short headline, printed
again under its headline list, cut as a menu item with the first notice's heading under it;
that heading then cut as the caption of a picture printed above the headline; the paper's
date row closed by the lunar day (某某晚报 2025年11月18日 星期二 农历乙巳年九月廿八) not read
as naming the paper."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import closing_signature, parse_date_row

_NOTICES = ["遗失声明",
            "某某市某某建材有限公司遗失营业执照正本一份，统一社会信用代码：91000000MA0000000K，特此声明作废。",
            "遗失声明",
            "某某某遗失出生医学证明一份，编号：Q000000000，特此声明作废。"]
_HEAD = ["某某晚报数字报", "某某晚报  2025年11月18日 星期二", "第B07版：分类广告", "上一版  下一版",
         "b07_page_thumb.jpg", "本版标题导航", "· 公告声明", "· 招聘信息", "· 房屋租售", ""]


def test_an_epaper_s_short_headline_printed_again_under_its_list_is_the_title() -> None:
    """The e-paper page's headline list names the article's headline, which the page prints
    again over the article: that line is the headline however short, no menu item, and the
    first notice's heading under it is the text's, no caption of the page's thumbnail above."""
    doc = clean_text("\n".join([*_HEAD, "公告声明", "", *_NOTICES]), id="epaper")
    assert doc.meta.title == "公告声明"
    assert doc.text.split("\n") == _NOTICES


def test_short_lines_over_an_epaper_article_not_in_its_list_still_go() -> None:
    """Counterexample: with no item printed again, the short lines over the article are no
    headline the list names, and the menu rule reads them as before."""
    doc = clean_text("\n".join([*_HEAD, "版面导读", "往期精选", "", *_NOTICES[1:]]), id="epaper")
    assert "版面导读" not in doc.text.split("\n")
    assert "往期精选" not in doc.text.split("\n")


def test_a_short_phrase_under_a_picture_inside_the_article_is_still_a_caption() -> None:
    """Counterexample: a picture inside the article (under the headline) keeps its caption
    rule: the short phrase right under it goes."""
    page = ["某某市举办秋季运动会", "2025-10-20 来源：某某日报",
            "10月20日，某某市秋季运动会开幕，全市三十多支代表队参加比赛。",
            "", "yundonghui_01.jpg", "开幕式现场", "",
            "据介绍，本届运动会设田径、游泳等十二个大项，比赛将持续五天。"]
    doc = clean_text("\n".join(page), id="sports")
    assert "开幕式现场" not in doc.text.split("\n")


@pytest.mark.parametrize(("row", "date", "source"), [
    # the paper's date row closed by the day in the lunar calendar after its weekday
    ("某某晚报  2025年11月18日 星期二  农历乙巳年九月廿八", "2025-11-18", "某某晚报"),
    ("某某日报 2025年1月5日 星期日（农历腊月初六）", "2025-01-05", "某某日报"),
    ("某某晚报  2025年11月18日 星期二", "2025-11-18", "某某晚报"),
])
def test_a_date_row_closed_by_the_lunar_day_names_its_paper(row: str, date: str,
                                                            source: str) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert (found.date, found.source_name) == (date, source)


@pytest.mark.parametrize("row", [
    # counterexamples: today's date widget with no name stays no source; a 农历 that is no
    # tail after a weekday (a name's word) is left as it is
    "2025年11月18日 星期二 农历九月廿八",
    "2025年11月18日 农历文化节",
])
def test_a_lunar_day_names_no_source(row: str) -> None:
    found = parse_date_row(row)
    assert found is None or found.source_name is None


def test_a_score_by_quarter_printed_with_pipes_is_the_article_s_table() -> None:
    """A match report's score rows with pipes between the quarters (某队 18 | 20 | 19 | 20 |
    77) are no menu row of labels: they and the label over them stay; the site's menu of
    labels with pipes still goes."""
    rows = ["比分：", "某某队 18 | 20 | 19 | 20 | 77", "某某队 15 | 22 | 17 | 16 | 70"]
    page = ["某某体育网", "首页 | 足球 | 篮球 | 综合", "省女篮联赛：某某队77:70战胜某某队",
            "2025-11-18 21:50  来源：某某体育网",
            "11月18日晚，省女子篮球联赛第8轮进行，某某队客场以77:70取胜。",
            "全场比赛某某队三分球命中率达到41%，篮板球以45:38占据优势。", *rows,
            "下一轮，某某队将回到主场迎战另一支球队。"]
    lines = clean_text("\n".join(page), id="score").text.split("\n")
    assert lines[2:5] == rows
    assert "首页 | 足球 | 篮球 | 综合" not in lines


_THEORY = ["某某理论网", "首页 | 理论要闻 | 学术前沿 | 党建研究", "深化新时代基层法治建设的思考",
           "2025-10-20 08:30 来源：某某日报", "", "王某德", "",
           "推进基层法治建设，是全面依法治国的基础性工程。当前，基层法治建设取得了明显成效。",
           "对此，应当坚持问题导向，着力补齐短板，推动基层治理在法治轨道上运行。"]


def test_a_theory_page_s_writer_alone_under_its_date_row_is_the_author() -> None:
    """A theory page prints its writer's name alone under the date row and says who the
    writer is at its end (（作者系……）): the name is the author."""
    doc = clean_text("\n".join([*_THEORY, "（作者系某某市委党校教授）"]), id="theory")
    assert doc.meta.authors == ("王某德",)
    assert "王某德" not in doc.text.split("\n")


def test_a_name_under_the_date_row_with_no_writer_s_note_is_no_author() -> None:
    """Counterexample: with no note saying who the writer is, the name alone under the date
    row may be a picture's caption or a speaker's: no author is read."""
    doc = clean_text("\n".join(_THEORY), id="theory")
    assert doc.meta.authors == ()


_FORECAST = ["受冷空气影响，本周我市气温明显下降，请市民注意添衣保暖。", "具体预报如下：",
             "25日（星期二）：多云转阴，8～15℃，北风3～4级", "26日（星期三）：阴有小雨，6～11℃，北风4～5级"]


def test_a_forecast_s_signature_under_its_forecaster_is_the_text_s() -> None:
    """A weather office signs its forecast under the forecaster's credit (首席预报员：某某 /
    某某市气象台 / 2025年11月24日), its rows ending with no stop: the signature is the
    bulletin's own; an observing office (气象台, 水文站) signs as a bureau does."""
    lines = [*_FORECAST, "首席预报员：周某某", "某某市气象台", "2025年11月24日"]
    assert closing_signature(lines) == frozenset({5, 6})


def test_a_signature_under_an_editor_s_credit_and_rows_is_not_read_as_one() -> None:
    """Counterexample: an editor's credit is no issuing credit; under rows with no stop the
    name and date are not taken for the text's signature."""
    lines = [*_FORECAST, "责任编辑：周某某", "某某市气象台", "2025年11月24日"]
    assert closing_signature(lines) == frozenset()


def test_a_brochure_s_contact_rows_over_its_signature_keep_the_signature() -> None:
    """A 招生简章's contact section: a second number alone under the phone's field, the
    school's 地址 and 网址 rows, then the office's signature and date: the signature is the
    text's, as it is under 联系人/电话 rows."""
    lines = ["四、联系方式", "招生咨询电话：0000-88001234", "0000-88001235",
             "学院地址：某某市高新区学府大道1号", "学院网址：www.example.cn",
             "某某职业技术学院招生办公室", "2025年12月1日"]
    assert closing_signature(lines) == frozenset({5, 6})


def test_an_office_and_date_under_a_footer_s_rows_are_no_signature() -> None:
    """Counterexample: the same rows under the site's copyright line (no sentence, no
    numbered heading over them) close no notice."""
    lines = ["版权所有：某某职业技术学院", "学院地址：某某市高新区学府大道1号", "0000-88001235",
             "某某职业技术学院招生办公室", "2025年12月1日"]
    assert closing_signature(lines) == frozenset()


_ADS = ["房屋出租：城东某某小区三室两厅，120平方米，精装修，月租3500元。电话：13800000001",
        "招聘：某某物流公司招聘货车司机5名，持B2驾照，月薪8000元以上。联系电话：0000-86001234",
        "家政服务：专业保洁、月嫂、育儿嫂，持证上岗。咨询电话：0000-86005678"]


def test_a_classified_column_s_last_ad_is_no_list_item() -> None:
    """A classified column's ads, each a sentence then the number to call: the last one,
    over the paper's footer, is no item of a link list."""
    page = ["某某晚报数字报", "2025年11月25日 星期二", "第B09版：分类广告", "", "便民信息", *_ADS,
            "某某晚报社版权所有", "浙ICP备05000000号-1"]
    assert clean_text("\n".join(page), id="ads").text.split("\n") == _ADS


def test_related_headlines_after_the_ads_still_go() -> None:
    """Counterexample: headlines with no sentence and no phone after the article still go
    as a list."""
    page = ["某某晚报数字报", "2025年11月25日 星期二", "第B09版：分类广告", "", "便民信息", *_ADS,
            "相关新闻", "某某市启动冬季供暖", "某某路段今起封闭施工", "某某公园菊花展开幕"]
    assert clean_text("\n".join(page), id="ads").text.split("\n") == _ADS
