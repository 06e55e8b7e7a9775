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


_NAV = "<nav><a href='/'>首页</a><a href='/a/'>要闻</a><a href='/b/'>教育</a></nav>"
_FOOT = "<footer><p>某某网 版权所有 未经授权不得转载</p></footer>"
_PARAS = (
    "今年秋季学期开学以来，某某区各小学普遍开设了亲子共读课，每周由老师布置一篇共读材料。",
    "区教研室负责人介绍，共读材料以课内课文为主，配有家长指导要点，帮助家长在家里陪孩子读书。",
    "下一步，该区还将组织共读成果展示，邀请家长和孩子一起分享读书心得。",
)
_MORE = ("家长们普遍反映，共读课让亲子之间有了更多交流的话题，孩子们也更愿意主动拿起书来读。",
         "有的学校还把共读材料做成了小册子，方便家长随时翻看，并在班级群里分享陪读的经验和做法。")
_SPAN = "<span style='letter-spacing:1.5px;font-size:15px;color:#3f3f3f;'>{}</span>"


def _editor_page(sections: list[str]) -> str:
    # a body made in 135编辑器/秀米: every block a styled <section>, every text a styled <span>
    return ("<html><head><meta charset='utf-8'><title>某某区小学开设亲子共读课_某某网</title></head>"
            f"<body>{_NAV}<div class='article'><h1>某某区小学开设亲子共读课</h1>"
            "<div class='info'>2025-10-09 09:00 来源：某某日报</div>"
            f"<div class='article-con' id='zoom'><section data-role='outer'>{''.join(sections)}"
            f"</section></div></div>{_FOOT}</body></html>")


def _para(text: str) -> str:
    return (f"<section style='margin:0 8px;line-height:1.75em;'><p style='text-indent:2em;'>"
            f"{_SPAN.format(text)}</p></section>")


def _label(inner: str, style: str = "display:inline-block;padding:4px 14px;") -> str:
    # a heading bar: a coloured inline box in a section of its own
    return (f"<section style='margin:10px 8px;'><section style='{style}background-color:#6aa84f;'>"
            f"<span style='letter-spacing:2px;font-size:16px;color:#ffffff;'>{inner}</span>"
            "</section></section>")


def test_an_editors_bold_subheading_in_a_styled_span_stays() -> None:
    page = _editor_page([_para(_PARAS[0]), _para(_MORE[0]), _label("<strong>共读进课堂</strong>"),
                         _para(_PARAS[1]), _para(_MORE[1]), _label("<strong>成果要展示</strong>"),
                         _para(_PARAS[2])])
    lines = clean_html(page, id="t").text.splitlines()
    assert [line[:6] for line in lines] == [_PARAS[0][:6], _MORE[0][:6], "共读进课堂",
                                            _PARAS[1][:6], _MORE[1][:6], "成果要展示",
                                            _PARAS[2][:6]]


def test_a_bold_word_in_a_span_of_words_or_a_centred_label_is_no_subheading() -> None:
    # the bold is part of a longer span's words; a centred one is a picture's caption
    inline = _label("我们的<strong>共读</strong>时光")
    centred = _label("<strong>孩子们在读书</strong>", "text-align:center;")
    page = _editor_page([_para(_PARAS[0]), _para(_MORE[0]), inline, _para(_PARAS[1]),
                         _para(_MORE[1]), centred, _para(_PARAS[2])])
    lines = clean_html(page, id="t").text.splitlines()
    assert "共读" not in lines
    assert "孩子们在读书" not in lines
    assert len(lines) == 5


def _taro_page(paragraphs: list[str]) -> str:
    # a Taro H5 page saved after render: every view a <taro-view-core>, every text a
    # <taro-text-core>, a tab bar of custom elements under the article
    views = "".join(f"<taro-view-core class='p'>{p}</taro-view-core>" for p in paragraphs)
    tabs = "".join(f"<taro-view-core class='tab-item'><taro-text-core>{t}</taro-text-core>"
                   "</taro-view-core>" for t in ("首页", "资讯", "我的"))
    return ("<html><head><meta charset='utf-8'><title>某某区小学开设亲子共读课</title></head><body>"
            "<div id='app'><taro-view-core class='page'>"
            "<taro-view-core class='title'>某某区小学开设亲子共读课</taro-view-core>"
            "<taro-view-core class='info'><taro-text-core>来源：某某日报</taro-text-core>"
            "<taro-text-core>2025-10-09 09:00</taro-text-core></taro-view-core>"
            f"<taro-view-core class='content'>{views}</taro-view-core></taro-view-core>"
            f"<taro-view-core class='tabbar'>{tabs}</taro-view-core></div></body></html>")


def test_a_mini_program_pages_view_components_are_blocks() -> None:
    doc = clean_html(_taro_page(list(_PARAS)), id="t")
    assert doc.text.splitlines() == list(_PARAS)
    assert doc.meta.source_name == "某某日报"
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2025-10-09")


def test_a_mini_program_pages_text_components_stay_inside_their_sentence() -> None:
    split = (f"{_PARAS[0][:10]}<taro-text-core class='em'>{_PARAS[0][10:20]}</taro-text-core>"
             f"<uni-text><span>{_PARAS[0][20:]}</span></uni-text>")
    doc = clean_html(_taro_page([split, *_PARAS[1:]]), id="t")
    assert doc.text.splitlines()[0] == _PARAS[0]


def _article_with(inside: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>某某区小学开设亲子共读课_某某网</title></head>"
            f"<body>{_NAV}<article class='a1x'><h1>某某区小学开设亲子共读课</h1>"
            "<div class='i9'>2025-10-09 09:00 来源：某某日报</div><div class='c3'>"
            + "".join(f"<p>{p}</p>" for p in _PARAS) + f"</div>{inside}</article>{_FOOT}</body></html>")


_OPTIONS = ("有必要，能促进亲子交流，效果很好", "没必要，家长工作太忙顾不上", "无所谓，看孩子自己的兴趣")


def test_a_poll_without_a_form_goes_whole() -> None:
    poll = ("<div class='v7'><div class='q'>【投票】您认为共读课有必要每周开设吗？</div>" + "".join(
        f"<label><input type='radio' name='v' value='{i}'> {t}</label>" for i, t in enumerate(_OPTIONS))
        + "<button>提交</button><span>已有 1286 人参与</span></div>")
    doc = clean_html(_article_with(poll), id="t")
    assert doc.text.splitlines() == list(_PARAS)
    assert any(r.rule == "poll_box" and "投票" in r.text for r in doc.removals)


def test_radio_tabs_without_a_submit_button_keep_their_panels() -> None:
    # CSS-only tabs: a radio input a tab, its panel's words are the article's
    tabs = ("<div class='tabs'>" + "".join(
        f"<input type='radio' name='tab' id='t{i}'><label for='t{i}'>第{i + 1}课</label>"
        f"<div class='panel'><p>{p}</p></div>" for i, p in enumerate(_MORE)) + "</div>")
    doc = clean_html(_article_with(tabs), id="t")
    assert _MORE[0] in doc.text
    assert _MORE[1] in doc.text
    assert not [r for r in doc.removals if r.rule == "poll_box"]


def test_a_poll_box_with_the_articles_prose_in_it_stays() -> None:
    # options and a button around paragraphs of prose: more than a poll's question and count
    prose = (*_MORE, "老师们也在不断调整共读材料的难度，让不同年级的孩子都能读得懂、读得进去。")
    box = ("<div class='quiz'>" + "".join(f"<p>{p}</p>" for p in prose) + "".join(
        f"<label><input type='checkbox' name='c'> {t}</label>" for t in _OPTIONS)
        + "<button>提交</button></div>")
    doc = clean_html(_article_with(box), id="t")
    assert _MORE[0] in doc.text
    assert not [r for r in doc.removals if r.rule == "poll_box"]


_SLIDES = (("江滨步道银杏金黄", "连日来，江滨步道两侧的银杏树叶渐次变黄，吸引不少市民前来散步拍照，感受初冬的城市景色。"),
           ("农民丰收节现场热闹", "在城郊的丰收节现场，各乡镇的特色农产品摆满展台，前来选购的市民络绎不绝，不少摊位很快售罄。"),
           ("环卫工人清扫落叶", "清晨六点，环卫工人已经在主干道上清扫落叶，为了不影响早高峰通行，他们每天都要提早上岗。"))


def _sidebar_first(story: str) -> str:
    # the sidebar (classed by a hash, no <aside>) comes first in the source and carries more
    # prose than the story: a carousel of pictures, each with its headline and summary
    slides = "".join(f"<div class='k9'><a href='/p{i}'><img src='/p{i}.jpg'></a><div class='c2'>"
                     f"<h4><a href='/p{i}'>{h}</a></h4><p>{s}</p></div></div>"
                     for i, (h, s) in enumerate(_SLIDES))
    return ("<html><head><meta charset='utf-8'><title>某某区小学开设亲子共读课_某某网</title></head>"
            f"<body>{_NAV}<div class='r5'><div class='c9x'><h3>图片新闻</h3>{slides}</div>"
            f"<div class='m4'>{story}</div></div>{_FOOT}</body></html>")


def test_the_article_under_the_headline_beats_a_longer_sidebar_before_it() -> None:
    story = ("<article><h1>某某区小学开设亲子共读课</h1><div>2025-10-09 09:00 来源：某某日报</div>"
             + "".join(f"<p>{p}</p>" for p in _PARAS) + "</article>")
    doc = clean_html(_sidebar_first(story), id="t")
    assert doc.text.splitlines() == list(_PARAS)


def test_an_article_element_holding_only_the_header_leaves_the_body_read() -> None:
    # the <article> wraps the headline and date; the body follows it outside
    story = ("<article><h1>某某区小学开设亲子共读课</h1><div>2025-10-09 09:00 来源：某某日报</div>"
             "</article><div class='b7'>" + "".join(f"<p>{p}</p>" for p in (*_PARAS, *_MORE))
             + "</div>")
    doc = clean_html(_sidebar_first(story), id="t")
    assert _PARAS[0] in doc.text
    assert _MORE[1] in doc.text


def test_a_converted_pdfs_running_head_goes_and_its_paragraph_runs_on_under_it() -> None:
    head = _pdf_line("x4", "某某街道办事处文件")
    third = [_pdf_line("x2", "请各社区于<span class='ff2'>12</span>月<span class='ff2'>15</span>"
                             "日前将走访情况汇总上报街道。"), _pdf_line("x4", "— 3 —")]
    doc = clean_html(_pdf_page([*_FIRST[:-1], _FIRST[-1]], [head, *_SECOND[:1], _SECOND[-1]],
                               [head, *third]), id="t")
    lines = doc.text.splitlines()
    assert "某某街道办事处文件" not in lines
    assert any(line.endswith("要及时登记并报街道民政办，能当场解决的当场解决。") and line.startswith("各社区要在")
               for line in lines)
    assert [r.rule for r in doc.removals if "某某街道办事处文件" in r.text] == ["running_head"] * 2


def test_a_line_heading_one_page_only_is_no_running_head() -> None:
    heading = _pdf_line("x4", "某某街道办事处文件")
    doc = clean_html(_pdf_page(_FIRST, [heading, *_SECOND[:1], _SECOND[-1]],
                               [_pdf_line("x2", "特此通知。"), _pdf_line("x4", "— 3 —")]), id="t")
    assert "某某街道办事处文件" in doc.text.splitlines()
    assert not [r for r in doc.removals if r.rule == "running_head"]


def test_a_converted_pdf_saved_without_its_style_sheet_reads_by_its_classes() -> None:
    # the page saved apart from its CSS: the classes still tell the margin from an indent
    page = _pdf_page(_FIRST, _SECOND).replace(f"<style>{_PDF_CSS}</style>",
                                              "<link rel='stylesheet' href='doc.css'/>")
    with_css = clean_html(_pdf_page(_FIRST, _SECOND), id="t").text.splitlines()
    assert clean_html(page, id="t").text.splitlines() == with_css
