"""A hard-wrapped page (lines broken at a fixed width) is read as whole lines from the start."""

from __future__ import annotations

from cleaners import Doc
from cleaners.layout import unwrapped
from cleaners.normalize import Normalize

from .conftest import load_bench

# Four paragraphs broken at 40 columns (20 Han characters), blank lines between blocks.
WRAPPED = "\n".join([
    "首页 | 新闻 | 财经",
    "",
    "某某县今年新建农村公路一百二十公里，完成",
    "危桥改造十八座，群众出行条件明显改善。",
    "",
    "县交通运输局负责人介绍，明年将继续推进农",
    "村公路提档升级，重点解决断头路问题。",
    "",
    "据了解，该县还将在全县范围内开展道路安全",
    "隐患排查整治，确保群众出行安全。",
    "",
    "下一步，县里将统筹资金，加大对偏远山区道",
    "路建设的支持力度。",
])


def test_a_hard_wrapped_page_gets_its_lines_back() -> None:
    lines = unwrapped(WRAPPED).split("\n")
    assert "某某县今年新建农村公路一百二十公里，完成危桥改造十八座，群众出行条件明显改善。" in lines
    assert "下一步，县里将统筹资金，加大对偏远山区道路建设的支持力度。" in lines
    assert lines[:2] == ["首页 | 新闻 | 财经", ""]  # blank lines still part blocks


def test_an_unwrapped_page_is_left_alone() -> None:
    page = "首页\n\n某某县今年新建农村公路一百二十公里。\n\n县交通运输局负责人介绍，明年将继续推进。"
    assert unwrapped(page) == page


def test_latin_words_broken_apart_get_their_space_back() -> None:
    page = "\n".join(["Alpha beta gamma, delta epsilon zeta eta theta iota kappa lambda mu"] * 3
                     + ["Alpha beta gamma, delta epsilon zeta eta theta iota kappa lambda",
                        "nu xi omicron."])
    assert unwrapped(page).endswith("kappa lambda nu xi omicron.")


def test_normalize_unwraps_before_the_rules_run() -> None:
    doc = Normalize()(Doc(id="d", text=WRAPPED))
    assert "县交通运输局负责人介绍，明年将继续推进农村公路提档升级，重点解决断头路问题。" in doc.text


def test_an_indented_paragraph_is_measured_with_its_indentation() -> None:
    # each paragraph indented six columns, broken at 40 columns counting the indentation: its
    # first row holds three characters fewer than the rows under it
    paragraph = "某某县今年新建农村公路一百二十公里，完成危桥改造十八座，群众出行条件明显改善，县里还将继续推进。"
    page = "\n\n".join([_broken_at("      " + paragraph, 40)] * 3)
    doc = Normalize()(Doc(id="d", text=page))
    assert doc.text.split("\n\n") == [paragraph] * 3


def _broken_at(paragraph: str, columns: int) -> str:
    """The bench's dump of a line at ``columns`` (bench/perturb.py)."""
    broken: str = load_bench("perturb").broken_at(paragraph, columns)
    return broken


SHORT = ["某某镇某某社区把一块闲置空地改造成了“共享菜园”，划分成四十块小菜地，由居民认领种植。",
         "“以前住了十年都不认识对门，现在每天在菜园里碰面，一起浇水、交流种菜经验。”认领了一块菜地的居民说。",
         "社区还定期组织“菜园开放日”。"]


def test_a_short_page_broken_at_a_dumps_width_gets_its_lines_back() -> None:
    # two rows at 76 columns, each with its paragraph's rest right under it
    page = "某某学习平台\n\n" + "\n\n".join(_broken_at(p, 76) for p in SHORT)
    assert unwrapped(page).split("\n\n") == ["某某学习平台", *SHORT]


def test_a_short_page_broken_at_no_dumps_width_is_left_alone() -> None:
    # two rows of 50 columns: no tool's width, and too few rows to show the page's own
    page = "\n\n".join(_broken_at(p, 50) for p in SHORT)
    assert unwrapped(page) == page


def test_a_break_on_a_space_keeps_the_space_and_a_number_stays_whole() -> None:
    rows = [  # each broken at 76 columns
        # a row of fields broken on the space between an office and a name
        "发布时间：2024-10-15 17:20:08 信息来源：某某市中级人民法院 作者：某某研究室 ",
        "韩某某",
        "",
        "港口相关负责人介绍，下一步将继续拓展海铁联运业务，力争全年集装箱吞吐量突破12",
        "00万标准箱。",
        "",
        "经审理查明，被告人冯某某等人以某某投资公司名义，以高额回报为诱饵，向社会公众",
        "非法吸收资金共计1.2亿余元。",
    ]
    lines = unwrapped("\n".join(rows)).split("\n")
    assert lines[0].endswith("作者：某某研究室 韩某某")
    assert lines[2].endswith("突破1200万标准箱。")
    assert lines[4].endswith("向社会公众非法吸收资金共计1.2亿余元。")


# --- the join worked out once a page: markup.marks leaves it on the document for normalize.text


def test_markup_passes_its_join_on_and_normalize_reads_the_same_text() -> None:
    from cleaners.markup import MarkupMarks

    for page in (WRAPPED, WRAPPED.replace("\n", "\r\n"), "首页\n\n某某县今年新建农村公路。"):
        marked = MarkupMarks()(Doc(id="t", text=page))
        assert marked.joined is not None
        assert marked.joined[1] == unwrapped(marked.joined[0])
        assert marked == Doc(id="t", text=page)  # a memo: no part of the document's value
        assert Normalize()(marked).text == Normalize()(Doc(id="t", text=page)).text


def test_a_memo_for_another_text_is_not_read() -> None:
    stale = Doc(id="t", text=WRAPPED, joined=(WRAPPED + "\n", "其他"))
    assert Normalize()(stale).text == Normalize()(Doc(id="t", text=WRAPPED)).text
    assert "其他" not in Normalize()(stale).text
    # read only as no scan's: a page OCR read is joined afresh
    from cleaners.layout import unwrapped_as_known
    assert unwrapped_as_known(WRAPPED, (WRAPPED, "x"), scanned=True) == unwrapped(
        WRAPPED, scanned=True)
    assert unwrapped_as_known(WRAPPED, (WRAPPED, "x")) == "x"
