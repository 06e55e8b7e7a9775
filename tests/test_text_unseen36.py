"""The general shapes the seed families' pages with metadata written unusual ways
(tests/fixtures/gold_like/gl305-gl311) showed our text path getting wrong, each checked on an
invented page: a paper's date row with the lunar day set apart before the paper's name (2025年12月3日
星期三 农历十月十四　某某晚报) read as no row, its headline then cut with the menu above it; a notice
dated only under its signature, the date in brackets (（二〇二五年十二月三日）), not read; a reading-mode
switch (【大字体】【小字体】【护眼模式】) kept."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import closing_signature, parse_date_row


@pytest.mark.parametrize(("row", "date", "source"), [
    # the lunar day set apart between the weekday and the paper's name
    ("2025年12月3日 星期三 农历十月十四　　某某晚报", "2025-12-03", "某某晚报"),
    ("2025年1月5日 星期日 农历甲辰年腊月初六 某某日报", "2025-01-05", "某某日报"),
    # closing the row, as before
    ("某某晚报  2025年11月18日 星期二  农历乙巳年九月廿八", "2025-11-18", "某某晚报"),
    # a Hong Kong or Taiwan copy (農曆)
    ("2025年12月3日 星期三 農曆十月十四　　某某晚報", "2025-12-03", "某某晚報"),
])
def test_a_lunar_day_before_the_paper_s_name_leaves_the_row(row: str, date: str,
                                                           source: str) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert (found.date, found.source_name) == (date, source)


@pytest.mark.parametrize("row", [
    # counterexamples: a 农历 phrase that is no lunar day (an event's name) is not taken out,
    # and the widget with no name names no source
    "2025年12月3日 星期三 农历新年音乐会 某某剧院",
    "2025年12月3日 星期三 农历十月十四",
])
def test_a_lunar_phrase_that_is_no_day_names_no_source(row: str) -> None:
    found = parse_date_row(row)
    assert found is None or found.source_name is None


def test_a_paper_s_headline_under_its_menu_survives_a_lunar_date_row() -> None:
    page = ["某某晚报", "  • 头版", "  • 城事", "  • 民生", "第A05版：城事　　上一版　下一版", "",
            "老街巷里开出“共享菜园”", "2025年12月3日 星期三 农历十月十四　　某某晚报", "",
            "　　初冬时节，某某市西城区的一处空地上，白菜、萝卜、蒜苗长势正旺。",
            "　　社区党支部牵头清理杂物、平整土地，把空地划成四十多块小菜地，由居民认领种植。"]
    doc = clean_text("\n".join(page), id="lunar")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "老街巷里开出“共享菜园”", "2025-12-03", "某某晚报")


_NOTICE = ["　　三、落实管护。各村要明确管护人员，签订管护协议，做到有人管、有钱修、有制度。", "",
           "　　联系人：某某，联系电话：0000-0000000。", "", "某某县农业农村局"]


@pytest.mark.parametrize("date", ["（二〇二五年十二月三日）", "（2025年12月3日）", "(2025年12月3日)"])
def test_a_signature_s_date_in_brackets_signs_the_notice(date: str) -> None:
    assert closing_signature([*_NOTICE, date]) == frozenset({4, 5})


@pytest.mark.parametrize("closing", [
    # counterexamples: a bracketed note that is no date, a date with its time (a stamp)
    "（此件公开发布）", "（2025年12月3日 10:20）", "（2025年12月3日下午召开）"])
def test_a_bracketed_line_that_is_no_date_signs_nothing(closing: str) -> None:
    assert closing_signature([*_NOTICE, closing]) == frozenset()


def test_a_notice_dated_only_under_its_signature_in_brackets_is_dated() -> None:
    page = ["某某县人民政府门户网站", "当前位置：首页 > 政务公开 > 通知公告", "",
            "某某县农业农村局关于开展冬春农田水利设施维修养护的通知",
            "信息来源：某某县农业农村局　　【打印】　【关闭】", "",
            "各乡（镇）人民政府、街道办事处，局属各单位：", "",
            "　　为确保明年春耕生产用水，现就做好今冬明春农田水利设施维修养护工作通知如下：", "",
            *_NOTICE, "（二〇二五年十二月三日）", "", "相关文件",
            "· 某某县2025年高标准农田建设项目公示", "· 关于做好冬季农作物防冻工作的通知"]
    doc = clean_text("\n".join(page), id="notice")
    assert doc.meta.date == "2025-12-03"
