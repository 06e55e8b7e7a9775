"""The general defects the tenth batch of saved HTML pages (gold_html gh60-gh65) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html

# a pdf2htmlEX page: 16 px type, 28 characters a line between left 80 and right 528
_PDF_CSS = (".pf{position:relative}.pc{position:absolute}.t{position:absolute;white-space:pre}"
            ".m0{transform:matrix(0.25,0,0,0.25,0,0)}.fs0{font-size:64px}.fs1{font-size:88px}"
            ".ff1{font-family:ff1}.ff2{font-family:ff2}.x1{left:80px}.x2{left:112px}"
            ".x3{left:150px}.x4{left:280px}.x5{left:360px}")


def _pdf_line(x: str, text: str, font: str = "ff1 fs0") -> str:
    return f'<div class="t m0 {x} h1 y1 {font} fc0 sc0 ls0 ws0">{text}</div>'


def _pdf_page(*pages: list[str]) -> str:
    frames = "".join(
        f'<div id="pf{n}" class="pf w0 h0" data-page-no="{n}"><div class="pc pc{n} w0 h0">'
        f'<img class="bi x0 y0 w1 h1" alt="" src="bg{n}.png"/>{"".join(lines)}</div>'
        f'<div class="pi" data-data=\'{{"ctm":[1,0,0,1,0,0]}}\'></div></div>'
        for n, lines in enumerate(pages, 1))
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'/><meta name='generator' "
            f"content='pdf2htmlEX'/><style>{_PDF_CSS}</style><title>关于开展冬季送温暖活动的通知</title>"
            f"</head><body><div id='page-container'>{frames}</div></body></html>")


_FIRST = [
    _pdf_line("x3", "关于开展冬季送温暖活动", "ff2 fs1"),
    _pdf_line("x4", "的通知", "ff2 fs1"),
    _pdf_line("x1", "各社区居委会，街道各科室："),
    _pdf_line("x2", "为帮助困难群众温暖过冬，街道决定在全辖区开展冬季送温"),
    _pdf_line("x1", "暖活动，走访慰问独居老人、低保家庭和残疾人家庭，送去米面"),
    _pdf_line("x1", "油和御寒衣物。"),
    _pdf_line("x2", "各社区要在<span class='ff2'>12</span>月<span class='ff2'>10</span>"
                    "日前认真摸清辖区内困难群众底数，建立"),
    _pdf_line("x1", "走访台账，做到不漏一户、不落一人。走访中发现的实际困难，要"),
    _pdf_line("x4", "— <span class='ff2'>1</span> —"),
]
_SECOND = [
    _pdf_line("x1", "及时登记并报街道民政办，能当场解决的当场解决。"),
    _pdf_line("x5", "某某街道办事处"),
    _pdf_line("x5", "<span class='ff2'>2025</span>年<span class='ff2'>12</span>月"
                    "<span class='ff2'>1</span>日"),
    _pdf_line("x4", "— <span class='ff2'>2</span> —"),
]


def test_a_converted_pdfs_printed_lines_read_as_its_paragraphs() -> None:
    doc = clean_html(_pdf_page(_FIRST, _SECOND), id="t")
    assert doc.text.splitlines() == [
        "各社区居委会，街道各科室：",
        "为帮助困难群众温暖过冬，街道决定在全辖区开展冬季送温暖活动，走访慰问独居老人、低保家庭和"
        "残疾人家庭，送去米面油和御寒衣物。",
        # the paragraph runs on over the page's foot: its number line goes, the lines join
        "各社区要在12月10日前认真摸清辖区内困难群众底数，建立走访台账，做到不漏一户、不落一人。"
        "走访中发现的实际困难，要及时登记并报街道民政办，能当场解决的当场解决。",
        # body-size lines off the margin (a signing office over its date) stay lines
        "某某街道办事处",
        "2025年12月1日",
    ]
    assert doc.meta.title == "关于开展冬季送温暖活动的通知"
    assert [r.text for r in doc.removals if r.rule == "page_number_line"] == ["— 1 —", "— 2 —"]


def test_a_number_line_inside_a_converted_page_stays() -> None:
    # a table's figure alone on its line mid-page is no page number: only a page's first or
    # last line is
    lines = [*_FIRST[2:6], _pdf_line("x4", "<span class='ff2'>365</span>"), *_FIRST[6:8]]
    doc = clean_html(_pdf_page(lines), id="t")
    assert not [r for r in doc.removals if r.cleaner == "html.prune" and "365" in r.text]
    # the text path sees it as a line of its own, no part of the paragraphs around it
    assert "365" not in doc.text.replace("12月10日", "")


def test_lines_classed_t_outside_page_frames_are_no_printed_document() -> None:
    # a list of headlines each in a <div class="t">: no pf/pc page box around them
    heads = ("某某街道开展冬季送温暖活动", "某某社区举办邻里节", "某某小学开设亲子共读课",
             "某某区新建三所幼儿园", "某某医院开通夜间门诊", "某某公园新增健身步道")
    page = ("<html><head><meta charset='utf-8'><style>.x1{left:80px}</style></head><body>"
            "<div class='pf'><div class='list'>" + "".join(
                f"<div class='t x1'><a href='/{i}'>{h}</a></div>" for i, h in enumerate(heads))
            + "</div></div><div class='article'><p>今年秋季学期开学以来，某某区各小学普遍开设了"
            "亲子共读课，每周由老师布置一篇共读材料，帮助家长在家里陪孩子读书。</p></div></body></html>")
    doc = clean_html(page, id="t")
    assert "".join(heads) not in doc.text.replace("\n", "")
    assert not [r for r in doc.removals if r.rule == "page_number_line"]

