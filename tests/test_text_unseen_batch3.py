"""The general shapes the third batch of unseen families (tests/fixtures/gold_like/gl59-gl68)
showed our text path getting wrong, each checked on invented lines: a data table printed a row
a line with its units, header and caption; a source naming two public bodies jointly."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import row_table
from cleaners.meta import parse_meta_line

_PARAGRAPH = ("全年某某产业增加值比上年增长{}%，其中规模以上企业增长较快，新动能持续壮大，"
              "对全市经济增长的贡献进一步提高。")


@pytest.mark.parametrize(("lines", "rows"), [
    # a unit column between the label and the figures; the header of labels and the caption
    (["表1 主要农产品产量", "产品名称 单位 产量 增长(%)", "粮食 万吨 63.5 1.9",
      "油料 万吨 8.2 -3.4"], [0, 1, 2, 3]),
    (["附表二：各县区指标", "县区 亿元 增长", "甲县 12.5 3.1", "乙县 8.9 2.7"], [0, 1, 2, 3]),
    # no header: the rows alone; a caption right above them still belongs
    (["表3 分行业增加值", "工业 亿元 512.4 6.3", "建筑业 亿元 96.2 4.9"], [0, 1, 2]),
    # a line of labels with another count of cells is no header; a sentence is no caption
    (["首页 新闻 体育 财经 科技", "粮食 万吨 63.5 1.9", "油料 万吨 8.2 3.4"], [1, 2]),
    (["表示感谢。", "粮食 19.7 2.3", "油料 2.1 1.4"], [1, 2]),
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
    # what follows a space and is no public body is no part of the source
    ("来源：某某日报 2024-03-20", "某某日报"),
    ("来源：某某县教育局 张三", "某某县教育局"),
    ("来源：某某网 某某县委办", "某某网"),
])
def test_a_source_naming_two_public_bodies_names_both(row: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.source_name == source
