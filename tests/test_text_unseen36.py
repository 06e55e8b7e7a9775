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
from cleaners.names import clean_source


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


@pytest.mark.parametrize(("row", "date", "source"), [
    # a date row whose date is in Chinese numerals, the paper's name beside it
    ("二〇二五年十二月三日　某某日报", "2025-12-03", "某某日报"),
    ("某某日报 二〇二五年十二月三日 星期三", "2025-12-03", "某某日报"),
])
def test_a_date_row_in_chinese_numerals_names_its_paper(row: str, date: str, source: str) -> None:
    found = parse_date_row(row)
    assert found is not None
    assert (found.date, found.source_name) == (date, source)


@pytest.mark.parametrize("line", [
    # counterexamples: a sentence opening on a date in Chinese numerals, a date alone
    "二〇二五年十二月三日，某某县召开全县基层党建工作推进会。", "二〇二五年十二月三日"])
def test_a_sentence_or_a_date_alone_in_chinese_numerals_names_no_paper(line: str) -> None:
    found = parse_date_row(line)
    assert found is None or found.source_name is None


_BODY = ["　　近年来，某某县坚持把党建引领贯穿基层治理全过程，推动各类资源向基层下沉，群众满意度持续提升。",
         "　　下一步，该县将继续完善工作机制，推动基层治理提质增效，让群众的获得感成色更足。"]
_TITLE = "某某县：党建引领激活基层治理“一池春水”"


def test_a_headline_under_its_menu_over_a_chinese_numeral_date_row() -> None:
    page = ["某某党建网", "首页 | 要闻 | 基层", "", _TITLE, "二〇二五年十二月三日　某某日报", "", *_BODY]
    doc = clean_text("\n".join(page), id="cn_row")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        _TITLE, "2025-12-03", "某某日报")
    assert doc.text.split("\n") == [b.strip() for b in _BODY]


def test_a_credit_glued_to_the_headline_names_the_page_s_source_and_writer() -> None:
    page = ["某某党建网", "首页 | 要闻 | 基层", "", f"{_TITLE}（来源：某某日报 作者：张明远）",
            "2025-12-03 08:26", "", *_BODY]
    doc = clean_text("\n".join(page), id="title_credit")
    assert (doc.meta.title, doc.meta.source_name, doc.meta.authors) == (
        _TITLE, "某某日报", ("张明远",))


def test_a_credit_closing_an_inner_paragraph_names_no_source() -> None:
    """Counterexample: a roundup item's credit glued to an inner paragraph is the item's."""
    page = ["某某党建网", "", _TITLE, "2025-12-03 08:26", "",
            f"{_BODY[0]}（来源：某某晚报 作者：王小明）", *_BODY[1:],
            "　　据悉，该县还将组织开展基层党组织书记轮训，进一步提升履职能力。"]
    doc = clean_text("\n".join(page), id="inner_credit")
    assert doc.meta.source_name != "某某晚报"
    assert "王小明" not in doc.meta.authors


@pytest.mark.parametrize(("raw", "name"), [
    # a journal named with its issue, as a reprint credits it
    ("《某某月刊》2025年第12期", "某某月刊"), ("某某杂志2025年第3期", "某某杂志"),
    ("《某某》（2025年第12期）", "某某"),
    # counterexamples: a name with no issue stays whole; an issue alone is left as it is
    ("某某日报", "某某日报"), ("2025年第12期", "2025年第12期")])
def test_a_journal_s_issue_is_no_part_of_its_name(raw: str, name: str) -> None:
    assert clean_source(raw) == name


def test_a_reprint_credit_naming_a_journal_s_issue_names_the_journal() -> None:
    page = ["某某党建网", "", _TITLE, "发布日期：2025-12-05", "", *_BODY, "",
            "（转载自《某某月刊》2025年第12期）"]
    doc = clean_text("\n".join(page), id="reprint")
    assert doc.meta.source_name == "某某月刊"


def test_a_row_wrapped_after_its_label_reads_the_value_under_it() -> None:
    """发布机构： alone, its value on the next line with the next field after a gap: the
    publisher is read (the row, wrapped over three lines, goes)."""
    page = ["某某县人民政府", "", _TITLE, "发布机构：", "某某县教育局　　发布日期：2025-12-03",
            "浏览次数：128", "", *_BODY]
    doc = clean_text("\n".join(page), id="wrapped")
    assert (doc.meta.source_name, doc.meta.date) == ("某某县教育局", "2025-12-03")
    assert doc.text.split("\n") == [b.strip() for b in _BODY]


def test_a_label_over_a_line_opening_on_a_field_reads_no_value() -> None:
    """Counterexample: a label over a line that opens on another field has no value there."""
    page = ["某某县人民政府", "", _TITLE, "发布机构：", "发布日期：2025-12-03", "", *_BODY]
    doc = clean_text("\n".join(page), id="empty_label")
    assert doc.meta.source_name is None
    assert doc.meta.date == "2025-12-03"
