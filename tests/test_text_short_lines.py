"""Articles of short lines near their edges, saved as text with the site's chrome around them.

Each page (tests/fixtures/text/short_*.txt) has a menu, a breadcrumb, its headline and date
row above the article and a related-headlines list and a footer under it; the article holds
short lines (a list of measures, numbered items, Q&A, a slogan, a lead line, subheadings,
verse, a list of names, lines of figures, a notice of five items, and items as long as the
related headlines under them). The ``.expected`` file beside each page is the whole text a
perfect cleaner returns: every article line, no chrome line. Names and events are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import colon_list, numbered_from_one, sentences_span

PAGES = Path(__file__).parent / "fixtures" / "text"

TITLES = {
    "short_measures": "某某县出台五项举措稳就业",
    "short_numbered": "某某市发布2025年十件民生实事",
    "short_qa": "社保卡换领十问十答",
    "short_slogan": "某某社区开展垃圾分类宣传周活动",
    "short_lead": "党建实 基石稳：某某镇抓党建促发展纪实",
    "short_subheads": "某某区打好产业升级组合拳",
    "short_poem": "古镇春日诗会吟唱新时代",
    "short_names": "某某县表彰2024年度优秀志愿者",
    "short_figures": "某某市2024年各季度外贸进出口情况",
    "short_figures_tail": "某某县去年就业形势稳中向好",
    "short_closing_sentence": "某某县一季度重点项目建设提速",
    "short_poem_tail": "某某县春耕生产全面铺开",
    "short_measures_unmarked": "某某县三举措优化营商环境",
    "short_numbered_tail": "某某县上半年重点项目进展顺利",
    "short_notice": "关于春节期间办事大厅服务安排的通知",
    "short_related_alike": "某某镇多措并举抓好秋粮收购",
}


@pytest.mark.parametrize("name", sorted(TITLES))
def test_every_short_article_line_stays_and_the_chrome_goes(name: str) -> None:
    doc = clean_text((PAGES / f"{name}.txt").read_text("utf-8"), id=name)
    assert doc.meta.title == TITLES[name]
    expected = (PAGES / f"{name}.expected").read_text("utf-8").strip()
    assert doc.text == expected


def test_a_list_under_its_opening_sentence_gives_no_headline() -> None:
    # The sentence opening the list (……，具体如下：) is the text's first line: the longest
    # item of the list under it is no headline, and the headline above its date row is.
    page = ("某某网\n首页\n新闻\n\n某某县公布十二项便民措施\n\n2025-03-01 来源：某某县政府\n\n"
            "3月1日，某某县公布十二项便民措施，具体如下：\n"
            + "".join(f"{k}. 第{k}项便民服务措施内容\n" for k in range(1, 13))
            + "各项措施自即日起施行，请广大群众相互转告。\n")
    doc = clean_text(page, id="t")
    assert doc.meta.title == "某某县公布十二项便民措施"
    assert doc.text.split("\n")[0] == "3月1日，某某县公布十二项便民措施，具体如下："


@pytest.mark.parametrize(("lines", "span"), [
    (["首页", "新闻", "一、时间：1月28日至2月4日。", "二、2月5日起恢复办公。", "相关新闻", "某某市开通专线"],
     (2, 3)),
    (["首页", "现将有关事项公布如下：", "1. 公园", "以上措施即日起施行。", "关于我们"], (1, 3)),
    (["首页", "新闻", "某某市开通专线", "某某县延长时间"], None),
])
def test_a_page_without_long_paragraphs_spans_its_sentences(
        lines: list[str], span: tuple[int, int] | None) -> None:
    assert sentences_span(lines, range(len(lines))) == span


@pytest.mark.parametrize(("lines", "kept"), [
    (["其中：", "城镇新增就业1.2万人", "农村转移就业3.5万人"], True),
    (["某某县新增就业1.1万人", "某某市发放创业贷款", "某某县开展技能培训"], False),
    (["其中：", "某某县召开工作会议 2025-03-10", "某某镇开展应急演练 2025-03-09"], False),
    (["有诗为证：", "春风十里稻花香", "万顷良田绿满冈"], True),
    (["获奖名单：", "王某某", "李某某"], True),
    (["某某县召开工作会议", "有诗为证：", "春风十里稻花香"], False),
])
def test_figures_under_a_colon_after_the_article_are_its_list(lines: list[str],
                                                               kept: bool) -> None:
    bare = ["全县各项工作取得明显成效，群众满意度持续提升。", *lines]
    assert colon_list(bare, range(len(bare)), range(1, len(bare))) is kept


@pytest.mark.parametrize(("lines", "kept"), [
    (["下一步工作重点", "1. 加快项目建设", "2. 强化要素保障", "3. 优化营商环境"], True),
    (["1. 加快项目建设", "2. 强化要素保障"], True),
    (["1. 某某县召开工作会议", "3. 某某镇开展应急演练"], False),
    (["2. 某某县召开工作会议", "3. 某某镇开展应急演练"], False),
    (["某某县召开工作会议", "某某镇开展应急演练", "某某县举办运动会"], False),
])
def test_points_numbered_from_one_after_the_article_are_its_own(lines: list[str],
                                                                 kept: bool) -> None:
    assert numbered_from_one(lines, range(len(lines))) is kept
