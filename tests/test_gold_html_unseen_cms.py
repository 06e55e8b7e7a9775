"""The general defects a batch of saved HTML pages from CMS families we had no fixture for showed
(gold_html gh136-gh141: a WebPlus party site, a 新点 county site, a Tailwind city paper, a CmsTop
融媒体 page, a city paper paging its article by script, a Kesion ASP site in layout tables), each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.html.dom import parse_html
from cleaners.html.metadata import _date_and_names, _flat, _row_lead_headlines
from cleaners.html.prune import hidden_elements, paged_article_pages
from cleaners.html.text import block_lines
from cleaners.meta import headline_over_fields

_PAGES = (
    ("十年前，这里还是一片城郊洼地，一到雨季就积水发臭；如今，两千多亩水面波光粼粼，成了市民休闲的好去处。",
     "二〇一五年，我市启动片区生态修复工程，按照自然恢复为主、人工修复为辅的思路恢复湿地形态。"),
    ("经过几年的持续修复，公园出水断面水质稳定达到地表水三类标准，鸟类由四十余种增加到一百六十余种。",
     "家住附近的退休教师每天清晨都会带着望远镜来公园，他已经拍下了一百多种鸟。"),
    ("在保护好生态的前提下，湿地公园有序开放了二十六公里步道和三处科普馆，每年接待游客超过三百万人次。",),
)


def _paged(pager: str, *, first_hidden: bool = False, cls: str = "page", ids: str = "page") -> str:
    pages = []
    for n, paragraphs in enumerate(_PAGES):
        hide = " style='display:none'" if n or first_hidden else ""
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
        pages.append(f"<div class='{cls}' id='{ids}{n + 1}'{hide}>{text}</div>")
    return ("<html><head><meta charset='utf-8'><title>湿地公园的十年蝶变 - 某某新闻网</title></head>"
            "<body><div class='detail'><h1>湿地公园的十年蝶变</h1>"
            "<div class='info'><span>2025-11-24 09:05</span><span>来源：某某晚报</span></div>"
            f"<div class='detail-body'>{''.join(pages)}</div>{pager}"
            "</div></body></html>")


_PAGER = ("<div class='detail-pager'><a>上一页</a><a class='cur'>1</a><a>2</a><a>3</a>"
          "<a>下一页</a><a>显示全文</a></div>")


# -- the pages of an article a script pages through are the article ----------------------------

@pytest.mark.parametrize(("pager", "ids"), [
    (_PAGER, "tab"),  # a pager counting them
    ("<div class='pages'><a>上一页</a><a>第1页</a><a>第2页</a><a>第3页</a><a>下一页</a></div>", "p"),
    ("", "page"),  # ids numbering them as pages, the pager a script builds not saved
    ("", "content_page_"),
])
def test_the_hidden_pages_of_a_paged_article_are_found(pager: str, ids: str) -> None:
    root = parse_html(_paged(pager, ids=ids))
    assert root is not None
    pages = paged_article_pages(hidden_elements(root))
    assert sorted(el.get("id") for el in pages) == [f"{ids}2", f"{ids}3"]


def test_the_hidden_pages_of_a_paged_article_are_read() -> None:
    doc = clean_html(_paged(_PAGER), id="t")
    for paragraphs in _PAGES:
        for p in paragraphs:
            assert p in doc.text
    assert "下一页" not in doc.text
    assert "显示全文" not in doc.text


@pytest.mark.parametrize("page", [
    # tab panels, no pager or page ids counting them
    _paged("", ids="tab"),
    # ids numbered out of order or not from one
    _paged("", ids="page").replace("page1'", "page4'"),
    # a pager counting other pages (a list's 1 2 3 4 5 under the story)
    _paged("<div class='pager'><a>1</a><a>2</a><a>3</a><a>4</a><a>5</a><a>下一页</a></div>",
           ids="tab"),
    # every one hidden: a hidden copy, not pages the reader turns
    _paged(_PAGER, first_hidden=True),
    _paged("", first_hidden=True),
])
def test_hidden_blocks_no_pager_counts_stay_hidden(page: str) -> None:
    root = parse_html(page)
    assert root is not None
    assert paged_article_pages(hidden_elements(root)) == set()


def test_hidden_link_panels_beside_a_pager_stay_hidden() -> None:
    # a side box's tabs of headlines, a pager of 1 2 3 under them: no prose in the panels
    hide = " style='display:none'"
    panels = "".join(f"<ul class='tab'{hide if n else ''}>"
                     f"<li><a href='/a{n}'>某某新闻标题{n}</a></li><li><a href='/b{n}'>另一条标题{n}</a></li></ul>"
                     for n in range(3))
    page = (f"<html><body><div class='side'>{panels}</div>{_PAGER}</body></html>")
    root = parse_html(page)
    assert root is not None
    assert paged_article_pages(hidden_elements(root)) == set()


# -- a headline printed as the first piece of its own date row ---------------------------------

_BODY = ("<div class='content'><p>为加快培育发展家庭农场，县农业农村局近日启动县级示范家庭农场评定工作，计划评定三十家。</p>"
         "<p>此次评定面向登记注册、从事种养生产经营满两年的家庭农场，申报农场应以家庭成员为主要劳动力。</p>"
         "<p>评定按照自愿申报、乡镇初审、县级评审、公示认定的程序进行，申报书格式详见附件。</p>"
         "<p>被评为县级示范家庭农场的，将在项目安排、技术培训、信贷担保等方面获得优先支持。</p></div>")


def _info_row(lead: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>某某县人民政府</title></head><body>"
            "<div class='top'>您好，欢迎访问某某县人民政府网站！</div>"
            "<ul class='nav'><li>首页</li><li>政务动态</li><li>政府信息公开</li><li>政务服务</li></ul>"
            "<div class='location'>您的位置：首页 &gt; 政务动态 &gt; 部门动态</div><div class='article'>"
            f"<p class='info'><span class='tt'>{lead}</span><span>信息来源：县农业农村局</span>"
            "<span>发布日期：2025-11-27</span><span>浏览次数：286</span></p>"
            f"{_BODY}</div></body></html>")


def test_a_headline_leading_its_date_row_is_the_title() -> None:
    doc = clean_html(_info_row("某某县开展2026年度县级示范家庭农场评定工作"), id="t")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "某某县开展2026年度县级示范家庭农场评定工作", "2025-11-27", "县农业农村局")


@pytest.mark.parametrize("lead", [
    "本报记者 张某某",  # a byline before the fields is no headline
    "部门动态",  # a channel's label
    "某某县人民政府办公室",  # an unlabelled publisher
])
def test_no_headline_in_the_first_piece_of_a_row_of_fields(lead: str) -> None:
    root = parse_html(_info_row(lead))
    assert root is not None
    assert _row_lead_headlines(root, [_flat(t) for t in block_lines(root)]) == []


# -- an outlet's reporter as one field of the header row ------------------------------------

@pytest.mark.parametrize(("row", "expected"), [
    ("某某日报记者 马某某 · 2025-12-05 07:30 · 来源：某某日报 2.3万",
     ("2025-12-05T07:30:00", "某某日报", ("马某某",))),
    ("某某社记者 王某某 2025-12-05 来源：某某网", ("2025-12-05", "某某网", ("王某某",))),
    ("2025-12-05 来源：某某日报 某某日报记者 马某某 通讯员 李某", ("2025-12-05", "某某日报", ("马某某", "李某"))),
    # counterexamples: 举报 is no outlet; a bare outlet beside the date names no reporter
    ("举报记者 2025-12-05 来源：某某网", ("2025-12-05", "某某网", ())),
    ("2025-12-05 08:00 某某日报", ("2025-12-05T08:00:00", "某某日报", ())),
])
def test_an_outlets_reporter_field_names_the_author(
        row: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    assert _date_and_names(row) == expected


# -- text path: a headline glued to its row of fields -------------------------------------

@pytest.mark.parametrize(("line", "headline", "date", "source"), [
    ("某某县开展2026年度县级示范家庭农场评定工作信息来源：县农业农村局发布日期：2025-11-27浏览次数：286字号：大中小",
     "某某县开展2026年度县级示范家庭农场评定工作", "2025-11-27", "县农业农村局"),
    ("某某镇召开秋冬季森林防火工作会议 来源：某某镇人民政府 发布时间：2025-10-09 10:30",
     "某某镇召开秋冬季森林防火工作会议", "2025-10-09T10:30:00", "某某镇人民政府"),
])
def test_a_headline_glued_to_its_fields_is_split(line: str, headline: str, date: str,
                                                 source: str) -> None:
    found = headline_over_fields(line)
    assert found is not None
    assert (found[0], found[1].date, found[1].source_name) == (headline, date, source)


@pytest.mark.parametrize("line", [
    "信息来源：县农业农村局 发布日期：2025-11-27",  # the row alone
    "栏目：部门动态 信息来源：县农业农村局 发布日期：2025-11-27",  # a field before it
    "记者从县农业农村局获悉，信息来源：县农业农村局发布日期：2025-11-27。",  # a sentence
    "某某县开展示范家庭农场评定工作 来源：县农业农村局",  # no date: no row of this page
])
def test_no_headline_split_off_a_row(line: str) -> None:
    assert headline_over_fields(line) is None


_TEXT_PAGE = ("您好，欢迎访问某某县人民政府网站！\n\n"
              "某某县开展2026年度县级示范家庭农场评定工作信息来源：县农业农村局发布日期：2025-11-27浏览次数：286\n\n"
              "为加快培育发展家庭农场，县农业农村局近日启动县级示范家庭农场评定工作，计划评定三十家。\n\n"
              "此次评定面向登记注册、从事种养生产经营满两年的家庭农场，申报农场应以家庭成员为主要劳动力。\n\n"
              "评定按照自愿申报、乡镇初审、县级评审、公示认定的程序进行，申报书格式详见附件。\n\n"
              "咨询电话：0795-6521188\n\n"
              "附件：\n\n  • 1.示范家庭农场申报书.docx\n  • 2.示范家庭农场评定标准.pdf\n\n"
              "扫一扫在手机打开当前页\n\n【打印本页】 【关闭窗口】\n相关信息\n\n"
              "  • 县农业农村局开展秋冬种农机安全生产检查2025-11-21\n"
              "  • 全县新型农业经营主体带头人培训班开班2025-11-07\n\n"
              "关于我们 | 网站地图 | 联系我们\n")


def test_a_saved_text_pages_headline_row_and_closing_hotline() -> None:
    doc = clean_text(_TEXT_PAGE, id="t")
    assert (doc.meta.title, doc.meta.date, doc.meta.source_name) == (
        "某某县开展2026年度县级示范家庭农场评定工作", "2025-11-27", "县农业农村局")
    # the hotline one blank line under the last paragraph, as each paragraph stands: the text's
    assert doc.text.split("\n")[-1] == "咨询电话：0795-6521188"
    assert "秋冬种农机" not in doc.text
    assert "申报书.docx" not in doc.text


def test_a_hotline_after_a_gap_the_paragraphs_do_not_have_goes_with_the_footer() -> None:
    # the paragraphs run on without blank lines: a blank line, then a hotline among the
    # footer's lines, is the footer's (unchanged)
    text = _TEXT_PAGE.replace("\n\n此次", "\n此次").replace("\n\n评定按照", "\n评定按照")
    text = text.replace("咨询电话：0795-6521188\n\n附件", "咨询电话：0795-6521188\n附件")
    assert "咨询电话" not in clean_text(text, id="t").text


# -- a read-aloud player's note on its voice ----------------------------------------------

def test_a_read_aloud_players_note_goes_on_the_text_path() -> None:
    text = ("某某县首个村级电商直播基地投用\n\n2025-11-29 18:20:36 来源：某某县融媒体中心\n"
            "听新闻 本文由AI语音合成，约3分钟\n\n"
            "11月28日，某某县首个村级电商直播基地在某某镇投入使用，两个小时卖出农特产品一千二百余单。\n\n"
            "直播基地由村集体闲置的老村部改建而成，县邮政分公司在基地设立快递收寄点，实现发货不出村。\n")
    doc = clean_text(text, id="t")
    assert "语音合成" not in doc.text
    assert "听新闻" not in doc.text
    assert doc.text.startswith("11月28日")


# -- a headline read last heads nothing ---------------------------------------------------

def test_a_headline_read_last_in_the_container_keeps_the_lines_above_it() -> None:
    # a two-paragraph notice under a row led by its channel's label (部门动态信息来源：…): the
    # row, read last in the container, was taken for the headline, and the two paragraphs
    # above it for an author box over it: the whole article went
    short = ("<html><head><meta charset='utf-8'><title>某某县人民政府</title></head><body>"
             "<div class='article'><p class='info'><span>部门动态</span><span>信息来源：县农业农村局</span>"
             "<span>发布日期：2025-11-27</span></p><div class='content'>"
             "<p>为加快培育发展家庭农场，县农业农村局近日启动县级示范家庭农场评定工作，计划评定三十家。</p>"
             "<p>评定按照自愿申报、乡镇初审、县级评审、公示认定的程序进行，申报书格式详见附件。</p>"
             "</div></div></body></html>")
    doc = clean_html(short, id="t")
    assert doc.dropped is None
    assert doc.text.startswith("为加快培育发展家庭农场")
    assert doc.text.endswith("申报书格式详见附件。")
