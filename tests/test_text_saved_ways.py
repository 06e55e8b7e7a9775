"""Pages of the seeds' families saved the way people save them (gl284-gl290): the article pasted
twice, a phone page's outlet over its date a cell a line, a county site's 发文机关 cell, the
metadata row under the body in round brackets, a date row's read count. The
rules that are data (a pager flanked by 首页 and 尾页, the font switch's A+ A- buttons, a reading
time without its word count) have their examples in the rule tables."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_date_row, parse_meta_line

PARAGRAPHS = (
    "　　走进某某街道某某新村，斑驳的外墙换上了新颜，楼道里的杂物清理一空，单元门口贴着公示牌。",
    "　　变化始于去年成立的小区党支部。街道从小区居住的党员中选出五人组成支部委员会，大家称他们为管家。",
    "　　管家们上任后，先从居民最头疼的停车问题入手，召集居民代表开了三次协商会，划出六十个停车位。",
    "　　街道党工委负责人介绍，下一步将总结推广这一经验，推动党建引领小区治理常态长效。",
)
COPY = ("某某先锋网", "首页  组工动态  基层党建  干部工作  人才工作  党员教育",
        "“管家”进小区 老旧小区治理有了主心骨", "发布时间：2025-10-30　来源：某某日报",
        *PARAGRAPHS, "责任编辑：某某", "某某先锋网版权所有")


def test_a_page_pasted_twice_keeps_its_article_once() -> None:
    doc = clean_text("\n".join(COPY + COPY), id="twice")
    assert doc.text.split("\n") == [p.strip() for p in PARAGRAPHS]
    assert doc.meta.title == "“管家”进小区 老旧小区治理有了主心骨"
    # The second copy is the article's own, no next story (chrome.blocks' next_article).
    rules = {r.rule for r in doc.removals}
    assert "pasted_twice" in rules
    assert "next_article" not in rules


def test_a_paragraph_printed_twice_alone_stays() -> None:
    """A refrain, or a quote the article tells again further down, is no second copy."""
    refrain = "　　“把群众的小事当成自己的大事来办，这是我们每一名党员的承诺。”支部书记说。"
    page = ["某某区：党员承诺践诺", "2025-10-30 来源：某某日报", refrain, *PARAGRAPHS[:3],
            refrain, PARAGRAPHS[3]]
    doc = clean_text("\n".join(page), id="refrain")
    assert doc.text.count(refrain.strip()) == 2
    assert "pasted_twice" not in {r.rule for r in doc.removals}


def test_a_phone_pages_outlet_over_its_date_is_the_publisher() -> None:
    page = ["县域新产业带火山区小镇 返乡青年开起了露营地", "某某晚报", "2025-11-20 07:12",
            *PARAGRAPHS]
    doc = clean_text("\n".join(page), id="phone")
    assert doc.meta.source_name == "某某晚报"
    assert doc.meta.date == "2025-11-20T07:12:00"
    assert "某某晚报" not in doc.text


def test_a_line_of_no_outlets_shape_over_the_date_is_no_publisher() -> None:
    """A subtitle between the headline and its date names no outlet."""
    page = ["县域新产业带火山区小镇", "返乡青年开起了露营地", "2025-11-20 07:12", *PARAGRAPHS]
    doc = clean_text("\n".join(page), id="subtitle")
    assert doc.meta.source_name is None


def test_a_county_tables_issuing_body_cell_is_the_publisher() -> None:
    page = ["索引号：\t431225000/2025-01472\t信息分类：\t工作动态",
            "发文机关：\t某某县农业农村局\t主题分类：\t农业、林业、水利",
            "成文日期：\t2025-10-14\t发布日期：\t2025-10-15",
            "某某县完成晚稻机收四万亩 秋粮颗粒归仓有保障", *PARAGRAPHS]
    doc = clean_text("\n".join(page), id="xxgk")
    assert doc.meta.source_name == "某某县农业农村局"
    assert doc.meta.date == "2025-10-15"
    assert "发文机关" not in doc.text


def test_a_labelled_source_outranks_the_issuing_body() -> None:
    page = ["某某市人民政府关于某某的通知", "发文机关：某某市人民政府   成文日期：2024-03-08",
            "来源：某某市人民政府办公室  发布时间：2024-03-09", *PARAGRAPHS]
    doc = clean_text("\n".join(page), id="both")
    assert doc.meta.source_name == "某某市人民政府办公室"


def test_a_foot_row_of_fields_in_round_brackets_is_lifted() -> None:
    """The metadata row under the body, in round brackets: read as the row, not kept as text
    nor taken for a list item."""
    page = ["红色物业进小区 服务居民零距离", *PARAGRAPHS,
            "（来源：某某社区　作者：某某某　发布时间：2025年11月28日）", "版权所有：某某党建网"]
    doc = clean_text("\n".join(page), id="foot")
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2025-11-28", "某某社区", ("某某某",))
    assert "来源" not in doc.text


@pytest.mark.parametrize("line", [
    "（注：本文数据来源：国家统计局）",  # a note, no row of fields
    "（一）工作目标：到2027年，全面建成服务体系。",
])
def test_round_brackets_around_no_row_of_fields(line: str) -> None:
    assert parse_meta_line(line) is None


def test_a_date_rows_read_count_leaves_its_outlet() -> None:
    found = parse_date_row("某某日报客户端 2025-12-02 18:40 阅读 1.2万")
    assert found is not None
    assert (found.date, found.source_name) == ("2025-12-02T18:40:00", "某某日报客户端")


def test_an_information_table_a_cell_a_line_with_empty_cells_is_no_poem() -> None:
    """The table copied a cell a line: an empty cell (文号：, no value) and the labels taken out
    leave gaps between its lines, which read as a poem's stanzas but for its lone labels."""
    cells = ["某某县人民政府", "首页", "信息公开", "政务服务", "走进某某",
             "您当前的位置：首页 > 信息公开 > 工作动态",
             "索引号：", "431225000/2025-01472", "发文机关：", "某某县农业农村局",
             "主题分类：", "农业、林业、水利", "成文日期：", "2025-10-14", "发布日期：", "2025-10-15",
             "文号：", "", "有效性：", "有效", "标题：", "某某县完成晚稻机收四万亩", "某某县完成晚稻机收四万亩"]
    doc = clean_text("\n".join([*cells, *PARAGRAPHS]), id="cells")
    assert doc.meta.title == "某某县完成晚稻机收四万亩"
    assert (doc.meta.date, doc.meta.source_name) == ("2025-10-15", "某某县农业农村局")
    assert doc.text.split("\n") == [p.strip() for p in PARAGRAPHS]


@pytest.mark.parametrize(("line", "date", "publisher", "title"), [
    ("发文机关： | 某某县农业农村局 | 主题分类： | 农业、林业、水利", None, "某某县农业农村局", None),
    # the publication's date, not the document's, as in the row without bars
    ("成文日期： | 2025-10-14 | 发布日期： | 2025-10-15", "2025-10-15", None, None),
    ("标题： | 某某县完成晚稻机收四万亩", None, None, "某某县完成晚稻机收四万亩"),
])
def test_a_tables_row_copied_with_bars_between_its_cells(line: str, date: str | None,
                                                         publisher: str | None,
                                                         title: str | None) -> None:
    found = parse_meta_line(line)
    assert found is not None
    assert (found.date, found.publisher, found.title) == (date, publisher, title)


def test_an_information_table_with_bars_between_its_cells() -> None:
    rows = ["某某县人民政府", "首页 | 信息公开 | 政务服务 | 政民互动 | 走进某某",
            "索引号： | 431225000/2025-01472 | 信息分类： | 工作动态",
            "发文机关： | 某某县农业农村局 | 主题分类： | 农业、林业、水利",
            "成文日期： | 2025-10-14 | 发布日期： | 2025-10-15", "文号： |  | 有效性： | 有效",
            "标题： | 某某县完成晚稻机收四万亩", "某某县完成晚稻机收四万亩",
            "字体：【大】【中】【小】 | 视力保护色："]
    doc = clean_text("\n".join([*rows, *PARAGRAPHS]), id="bars")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "某某县完成晚稻机收四万亩", "2025-10-15", "某某县农业农村局")
    assert doc.text.split("\n") == [p.strip() for p in PARAGRAPHS]
