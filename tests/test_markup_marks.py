"""markup.marks: the marks a text browser's dump, a markdown clipper or html2text, and
Readability's textContent write around a page saved as text go; article text that holds the
same characters (a citation's [1], a hashtag's #, a star, a URL the article quotes) stays."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from cleaners import Doc, clean_text
from cleaners.markup import (
    MarkupMarks,
    front_matter,
    glued_paragraphs,
    is_markdown,
    labelled_header,
    link_references,
    markdown_marks,
)

PARAGRAPH = ("今年以来，某县把党组织建在网格上，在全县老旧小区推行网格化治理，由社区党委统筹，"
             "网格党支部、楼栋党小组、党员中心户三级联动，一批停车难、加装电梯难的问题得到解决。")
SECOND = ("据介绍，截至目前，全县累计收集群众诉求一万余件，办结率达百分之九十六，群众满意度"
          "比去年提高了十一个百分点，网格员队伍也从去年的三百人增加到五百人。")


def _marks(text: str) -> Doc:
    return MarkupMarks()(Doc(id="t", text=text))


# --- front matter


def test_front_matter_names_title_date_and_publisher() -> None:
    lines = ["---", 'title: "某县推行网格化治理"', "source: 某县融媒体中心",
             "published: 2025-04-09", "created: 2025-04-10", "tags:", '  - "clippings"', "---",
             PARAGRAPH]
    header = front_matter(lines)
    assert header is not None
    assert (header.end, header.title, header.date, header.source_name) == (
        7, "某县推行网格化治理", "2025-04-09", "某县融媒体中心")


def test_front_matter_takes_no_clip_day_for_the_date_and_no_address_for_the_publisher() -> None:
    header = front_matter(["---", "title: 标题", "created: 2025-08-12 02:31:04Z",
                           "updated: 2025-08-12 02:31:04Z",
                           "source: http://www.example.gov.cn/a/t20250811_1.html", "---"])
    assert header is not None
    assert (header.date, header.source_name) == (None, None)


@pytest.mark.parametrize("lines", [
    ["---", PARAGRAPH, "---"],  # a rule above and below a paragraph
    ["---", "title: 标题"],  # never closed
    ["某县推行网格化治理", "---", "title: 标题", "---"],  # not at the page's top
    ["---", "---"],  # two rules, nothing between
])
def test_front_matter_counterexamples(lines: list[str]) -> None:
    assert front_matter(lines) is None


def test_front_matter_goes_into_meta_and_out_of_the_text() -> None:
    doc = clean_text("\n".join(["---", "title: 某县推行网格化治理", "date: 2025-04-09",
                                "source: 某县融媒体中心", "---", "", PARAGRAPH, "", SECOND]))
    assert doc.meta.title == "某县推行网格化治理"
    assert doc.meta.date == "2025-04-09"
    assert doc.meta.source_name == "某县融媒体中心"
    assert doc.text == f"{PARAGRAPH}\n{SECOND}"


def test_a_reader_services_header_reads_as_front_matter() -> None:
    text = "\n".join(["Title: 某县推行网格化治理", "", "URL Source: https://www.example.com/a/1.html",
                      "", "Published Time: 2025-06-01T08:30:00+08:00", "", "Markdown Content:",
                      "[首页](https://www.example.com/) | [要闻](https://www.example.com/yw/) | "
                      "[民生](https://www.example.com/ms/) | [文旅](https://www.example.com/wl/)",
                      "", PARAGRAPH, "", SECOND])
    header = labelled_header(text.split("\n"))
    assert header is not None
    assert (header.end, header.title, header.date) == (6, "某县推行网格化治理", "2025-06-01T08:30:00")
    doc = clean_text(text)
    assert (doc.meta.title, doc.meta.date) == ("某县推行网格化治理", "2025-06-01T08:30:00")
    assert doc.text == f"{PARAGRAPH}\n{SECOND}"


@pytest.mark.parametrize("lines", [
    ["Title: 某县推行网格化治理", PARAGRAPH],  # a title row alone
    ["URL: https://www.example.com/", "Title: 标题", PARAGRAPH],  # not opening on its title
    [PARAGRAPH, "Title: 标题", "Date: 2025-06-01"],
])
def test_labelled_header_counterexamples(lines: list[str]) -> None:
    assert labelled_header(lines) is None


def test_trafilaturas_front_matter_names_the_site() -> None:
    header = front_matter(["---", "title: 标题", "author: 张三", "hostname: example.com",
                           "sitename: 某某日报", "date: 2025-06-01", "---"])
    assert header is not None
    assert (header.source_name, header.date) == ("某某日报", "2025-06-01")


# --- a text browser's link numbers and their list


LYNX = f"""   [1]首页 | [2]党建要闻 | [3]基层党建

   [4][IMG]

   {PARAGRAPH}

   {SECOND}

References

   1. http://www.example.gov.cn/
   2. http://www.example.gov.cn/djyw/
   3. javascript:void(0)
   4. http://www.example.gov.cn/a.jpg
"""

W3M = f"""[logo] 某县人民政府
[1]首页 [2]政务公开
{PARAGRAPH}
┌──────────┬──────────┐
│[3]网站地图│[4]联系我们│
└──────────┴──────────┘

References:

[1] http://www.example.gov.cn/
[2] http://www.example.gov.cn/zwgk/
[3] http://www.example.gov.cn/wzdt/
[4] http://www.example.gov.cn/lxwm/
"""


def test_link_references_of_lynx_and_w3m() -> None:
    assert link_references(LYNX.split("\n")) == (8, {1, 2, 3, 4})
    assert link_references(W3M.split("\n")) == (7, {1, 2, 3, 4})


def test_a_lynx_dump_reads_as_a_saved_page() -> None:
    doc = _marks(LYNX)
    assert doc.text.split("\n")[0].strip() == "首页 | 党建要闻 | 基层党建"
    for mark in ("[", "http", "References"):
        assert mark not in doc.text
    assert {r.rule for r in doc.removals} == {"link_references", "tool_marks"}


def test_a_w3m_dump_loses_its_numbers_image_marks_and_table_borders() -> None:
    lines = [ln for ln in _marks(W3M).text.split("\n") if ln.strip()]
    assert lines == ["某县人民政府", "首页 政务公开", PARAGRAPH, "网站地图  联系我们"]


@pytest.mark.parametrize("text", [
    # citations with a list of works, not of addresses
    f"研究表明[1]，{PARAGRAPH}[2]\n\n参考文献\n[1] 张某. 基层治理研究[M]. 北京: 某出版社, 2020.\n"
    "[2] 李某. 网格化管理[J]. 某学报, 2021(3).",
    # citations and no list at all
    f"{PARAGRAPH}[1]\n{SECOND}[2]",
    # an address list that is the article's (a notice listing its sites), no heading over it
    f"{PARAGRAPH}\n1. http://www.example.gov.cn/\n2. http://www.example.org.cn/",
])
def test_citation_marks_and_address_lists_stay(text: str) -> None:
    assert link_references(text.split("\n")) is None
    assert _marks(text).text == text


# --- markdown


@pytest.mark.parametrize(("line", "expected"), [
    ("# 某县推行网格化治理", "某县推行网格化治理"),
    ("## 一、突出重点，精准排查 ##", "一、突出重点，精准排查"),
    ("![](https://img.example.com/2025/a1.jpg)", ""),
    ("[![二维码](/images/ewm.png)](https://www.example.com/)", ""),
    ("* [首页](https://www.example.com/)", "* 首页"),
    ("字号：[大](javascript:doZoom\\(18\\)) [中](javascript:doZoom\\(16\\))", "字号：大 中"),
    ("[相关阅读](https://www.example.com/a.html \"标题\")", "相关阅读"),
    ("> 查处一起、警示一片、规范一方。", "查处一起、警示一片、规范一方。"),
    ("围绕**隐匿收入、虚列支出**等问题开展自查", "围绕隐匿收入、虚列支出等问题开展自查"),
    ("*杜师傅在新店里修理一块老怀表*", "杜师傅在新店里修理一块老怀表"),
    ("_图为志愿者入户走访_", "图为志愿者入户走访"),
    ("1\\. 王某\\*\\*，男", "1. 王某**，男"),
    ('<iframe src="https://v.example.com/player?id=1" frameborder="0"></iframe>', ""),
    ("二氧化碳（CO<sub>2</sub>）排放下降<br>", "二氧化碳（CO2）排放下降"),
])
def test_markdown_marks(line: str, expected: str) -> None:
    assert markdown_marks(line) == expected


@pytest.mark.parametrize("line", [
    "#县域经济# #产业园区#",  # hashtags: no space after the mark
    "#3号楼的居民反映，楼道灯坏了很久。",
    "地块面积为120*80米，约合14.4亩。",
    "登录https://zwfw.example.gov.cn/a_b_c.html查询办理进度",
    "1. 全面排查，立行立改。",
    "- 2025年完成改造",
    "王*和李*两人被依法刑事拘留。",
    "当x<5且y>3时，函数取最小值。",
    "《关于<某某>的说明》",
])
def test_markdown_marks_counterexamples(line: str) -> None:
    assert markdown_marks(line) == line


@pytest.mark.parametrize(("lines", "expected"), [
    (["[首页](https://www.example.com/)", PARAGRAPH], True),
    (["![](a.jpg)", PARAGRAPH], True),
    (["# 某县推行网格化治理", "**记者 某某**", PARAGRAPH], True),
    (["# 某县推行网格化治理", PARAGRAPH], False),  # one # line and nothing else of markdown
    (["#县域经济#", "> 引用", PARAGRAPH], False),
    ([PARAGRAPH, "王**和李**两人", SECOND], False),
])
def test_is_markdown(lines: list[str], expected: bool) -> None:
    assert is_markdown(lines) is expected


def test_a_markdown_page_keeps_the_url_its_article_quotes() -> None:
    text = (f"# 某县“一件事一次办”再扩容\n\n![](a.jpg)\n\n{PARAGRAPH}\n\n"
            "群众可登录https://zwfw.example.gov.cn/a_b.html，在专区在线申请。\n\n---\n")
    out = _marks(text).text
    assert "群众可登录https://zwfw.example.gov.cn/a_b.html，在专区在线申请。" in out
    for mark in ("#", "a.jpg", "---"):
        assert mark not in out


def test_a_plain_page_with_markdown_like_characters_is_left_alone() -> None:
    text = f"#县域经济#\n{PARAGRAPH}\n> 以上为摘录\n地块面积为120*80米。\n王**和李**两人\n---"
    assert _marks(text).text == text


# --- paragraphs run together


def test_glued_paragraphs_break_at_their_indents() -> None:
    line = f"来源：某县委组织部 作者：某某 \u3000\u3000{PARAGRAPH}\u3000\u3000{SECOND}"
    assert glued_paragraphs(line).split("\n") == ["来源：某县委组织部 作者：某某", PARAGRAPH,
                                                  SECOND]


@pytest.mark.parametrize("line", [
    "发布时间：2025-10-15\u3000\u3000来源：某县委组织部\u3000\u3000作者：某某",  # a field row
    f"\u3000\u3000{PARAGRAPH}",  # an indent opening the line
    f"{PARAGRAPH}\u3000\u3000{SECOND[:40]}...",  # a teaser cut off
    f"{PARAGRAPH}\u3000\u3000（完）",  # what follows is no paragraph
])
def test_glued_paragraphs_counterexamples(line: str) -> None:
    assert glued_paragraphs(line) == line


def test_a_glued_teaser_on_a_page_of_lines_stays_one_line() -> None:
    teaser = f"{PARAGRAPH[:60]}\u3000\u3000{SECOND[:60]}"
    text = "\n".join([PARAGRAPH, SECOND, PARAGRAPH, SECOND, "相关阅读", teaser])
    assert _marks(text).text == text


def test_html_documents_pass_through() -> None:
    doc = Doc(id="t", html="<p>x</p>", text="# 标题\n[首页](https://www.example.com/)")
    assert MarkupMarks()(doc) is doc


# --- forms, tables, setext headings, link definitions


def test_a_dumps_form_rows_go() -> None:
    text = (f"   [1]首页 [2]要闻\n   搜索 ____________________ (BUTTON) 搜索\n   [ ] 记住我\n\n"
            f"   {PARAGRAPH}\n\nReferences\n\n   1. http://www.example.gov.cn/\n"
            "   2. http://www.example.gov.cn/yw/\n")
    lines = [ln.strip() for ln in _marks(text).text.split("\n") if ln.strip()]
    assert lines == ["首页 要闻", PARAGRAPH]


@pytest.mark.parametrize("text", [
    f"{PARAGRAPH}\n填空题：我国的首都是________。\n[ ] 正确 [ ] 错误",  # a quiz's blanks, no dump
    f"{PARAGRAPH}\n（ ）1. 下列说法正确的是",
])
def test_blanks_and_boxes_off_a_dump_stay(text: str) -> None:
    assert _marks(text).text == text


def test_a_markdown_table_reads_as_rows_of_cells() -> None:
    text = (f"# 某县推行网格化治理\n\n{PARAGRAPH}\n\n| 街道 | 网格数 |\n|---|:---:|\n"
            "| 东关街道 | 120 |\n| 西关\\|南关 | 98 |\n")
    lines = [ln for ln in _marks(text).text.split("\n") if ln.strip()]
    assert lines[-3:] == ["街道  网格数", "东关街道  120", "西关|南关  98"]


def test_setext_headings_and_link_definitions() -> None:
    text = (f"某县推行网格化治理\n=========\n\n[首页][1] | [要闻][2]\n\n{PARAGRAPH}\n\n"
            "一、网格怎么划\n-------\n\n  [1]: https://www.example.com/\n"
            "  [2]: https://www.example.com/yw/ \"要闻\"\n")
    lines = [ln for ln in _marks(text).text.split("\n") if ln.strip()]
    assert lines == ["某县推行网格化治理", "首页 | 要闻", PARAGRAPH, "一、网格怎么划"]


def test_footnotes_and_citations_on_a_markdown_page_stay() -> None:
    text = (f"# 某县推行网格化治理\n\n![](a.jpg)\n\n研究表明[1][2]，{PARAGRAPH}[^1]\n\n"
            "[^1]: 见《某某日报》2024年1月1日第3版\n[3]: 某某出版社2020年版")
    lines = [ln for ln in _marks(text).text.split("\n") if ln.strip()]
    assert lines == ["某县推行网格化治理", f"研究表明[1][2]，{PARAGRAPH}[^1]",
                     "[^1]: 见《某某日报》2024年1月1日第3版", "[3]: 某某出版社2020年版"]


def test_a_scraper_and_a_clipper_note_go_with_their_labels() -> None:
    text = (f"# 某县推行网格化治理\n\n> 原文链接: [https://www.example.com/a/1.html]"
            "(https://www.example.com/a/1.html)\n> 剪藏时间: 2025-06-02 08:00\n\n"
            f"发布时间：2025-06-01 来源：某县融媒体中心\n\n{PARAGRAPH}\n\n{SECOND}\n")
    doc = clean_text(text)
    assert (doc.meta.title, doc.meta.date) == ("某县推行网格化治理", "2025-06-01")
    assert doc.text == f"{PARAGRAPH}\n{SECOND}"
    scraped = (f"某县推行网格化治理\n发布时间：2025-06-01 10:00\n来源：某县融媒体中心\n"
               f"链接：https://www.example.com/a/1.html\n正文：\n{PARAGRAPH}\n{SECOND}\n")
    assert clean_text(scraped).text == f"{PARAGRAPH}\n{SECOND}"


# --- the cleaner contract on the pages it changes (the seeds hold no tool's mark)

TOOL_PAGES = sorted((Path(__file__).parent / "fixtures" / "gold_like").glob("gl2[34]?_*.txt"))


@pytest.mark.parametrize("page", TOOL_PAGES, ids=lambda p: p.stem)
def test_it_only_takes_marks_out_and_records_them(page: Path) -> None:
    doc = Doc(id=page.stem, text=page.read_text("utf-8"))
    out = _marks(doc.text)
    again = MarkupMarks()(out)
    assert again.text == out.text
    assert len(again.removals) == len(out.removals)
    gained = Counter(out.text) - Counter(doc.text)
    assert all(c.isspace() for c in gained)  # line breaks where paragraphs ran together
    lost = Counter(doc.text) - Counter(out.text)
    recorded = Counter("".join(r.text for r in out.removals))
    assert not {c: n for c, n in (lost - recorded).items() if not c.isspace()}


@pytest.mark.parametrize("resave", [
    lambda ln: "\t" + ln,  # indented with tabs
    lambda ln: "\u3000\u3000" + ln,  # with ideographic spaces
    lambda ln: f"  {ln}  ",  # padded
    lambda ln: ln.replace("县", "县\u200b"),  # a zero-width space inside the marks' lines
])
def test_marks_are_read_on_a_page_saved_again(resave: object) -> None:
    page = ("\ufeff---\ntitle: 某县推行网格化治理\ndate: 2025-06-01\n---\n\n# 某县推行网格化治理\n\n"
            "[首页](https://a.cn/) | [要闻](https://a.cn/yw/) | [民生](https://a.cn/ms/) | "
            f"[文旅](https://a.cn/wl/)\n\n{PARAGRAPH}\n\n{SECOND}")
    lines = [resave(ln) if ln.strip() and ln not in (PARAGRAPH, SECOND)  # type: ignore[operator]
             else ln for ln in page.split("\n")]
    doc = clean_text("\n".join(lines))
    assert (doc.meta.title, doc.meta.date) == ("某县推行网格化治理", "2025-06-01")
    assert doc.text == f"{PARAGRAPH}\n{SECOND}"


def test_the_tool_pages_clean_the_same_however_saved_again() -> None:
    """bench/perturb.py's re-saves of the batch's pages (gl237-gl243): the same output; hard
    wrapped (as lynx and html2text break lines), the same text, a paragraph's lines aside."""
    from tests.conftest import load_bench

    perturb = load_bench("perturb")
    changed = {}
    for page in TOOL_PAGES:
        if not "gl237" <= page.stem < "gl244":  # batch 29's pages, the tools' own
            continue
        text = page.read_text("utf-8")
        base = clean_text(text, id=page.stem)
        for name in perturb.PERTURBATIONS:
            if name == "halfwidth":  # 　　 folded to spaces: no indent left to part paragraphs
                continue
            diff, _, _ = perturb.probe(text, page.stem, name, base)
            if name == "hard_wrap":
                diff = [d for d in diff if d != "layout"]
            if diff:
                changed[(name, page.stem)] = diff
    assert changed == {}
