"""The general defects the ninth batch of saved HTML pages (gold_html gh54-gh59) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from lxml import html

from cleaners import clean_html
from cleaners.html.prune import _unwrap_pre

_NAV = "<nav><a href='/'>首页</a><a href='/a/'>民生</a><a href='/b/'>活动</a></nav>"
_PARAS = (
    "中午十一点，某某小区的社区食堂里已经坐了二十多位老人，一荤两素一汤，米饭管够。",
    "社区此前做过一次走访，发现不少独居老人一顿饭吃两天，有的干脆用馒头和咸菜对付。",
    "街道计划明年在另外两个老旧小区复制这一做法，并尝试引入助浴、理发等服务。",
)
_TEASERS = (("某某小区每月一次的便民维修日", "修雨伞、磨剪刀、换拉链，每月第二个周六总是排着长队。"),
            ("老楼加装电梯一楼住户的账怎么算", "加装电梯谈了三年，卡在一楼，调解员走访了六户居民。"),
            ("垃圾分类督导员的一个早晨时光", "早上六点半，投放点的灯亮了，督导员已经在桶边站好。"))


def _widget(inner: str) -> str:
    return f"<div class='w'><div class='wc'>{inner}</div></div>"


def _grid(teasers: tuple[tuple[str, str], ...]) -> str:
    items = "".join(f"<div class='item'><h3><a href='/p/{i}/'>{head}</a></h3><p>{summary}</p></div>"
                    for i, (head, summary) in enumerate(teasers))
    return _widget(f"<div class='grid'><style>.item{{display:flex}}</style>{items}</div>")


def _builder_page(after_text: str) -> str:
    # a page builder's template: every piece a widget of its own, no article container
    return ("<html><head><meta charset='utf-8'><title>社区食堂开进老旧小区</title></head><body>"
            f"<div class='top'>{_NAV}</div><div class='tpl'><div class='col'>"
            + _widget("<h1>社区食堂开进老旧小区</h1>")
            + _widget("<span>沈某某</span> <time>2025年11月4日</time>")
            + _widget("".join(f"<p>{p}</p>" for p in _PARAS))
            + after_text + "</div></div><div class='tpl location-footer'>"
            + _widget("<p>本站是一个由社区志愿者维护的非营利网站，记录老城区居民的日常生活。</p>")
            + "</div></body></html>")


def test_a_posts_grid_under_a_related_label_widget_is_no_article_text() -> None:
    doc = clean_html(_builder_page(_widget("<h2>相关文章</h2>") + _grid(_TEASERS)), id="t")
    assert doc.text.startswith(_PARAS[0][:10])
    assert _PARAS[2][:10] in doc.text
    for head, summary in _TEASERS:
        assert head not in doc.text
        assert summary[:10] not in doc.text
    assert {"相关文章", _TEASERS[0][0]} <= {
        part for r in doc.removals if r.rule == "teaser_box" for part in r.text.split()}
    # the record shows what a reader saw of the box: the <style> inside the grid is no text of it
    assert not [r for r in doc.removals if r.rule == "teaser_box" and "display" in r.text]
    # a <style> removed on its own still shows its code to the reviewer
    doc = clean_html("<html><head><style>.x{display:none}</style></head><body><p>"
                     + "".join(_PARAS) + "</p></body></html>", id="t")
    assert any("display" in r.text for r in doc.removals if r.rule == "script_element")


def test_a_grid_the_article_goes_on_after_or_under_no_related_label_stays() -> None:
    more = "<p>据了解，食堂还将开设老年人营养讲座，邀请医生讲解慢病饮食，每月一次。</p>"
    # the article goes on after the grid: its own list of stories, not a related box
    doc = clean_html(_builder_page(_widget("<h2>相关文章</h2>") + _grid(_TEASERS)
                                   + _widget(more)), id="t")
    assert not [r for r in doc.removals if r.rule == "teaser_box"]
    # a label that names no related reading over the grid
    doc = clean_html(_builder_page(_widget("<h2>三个故事</h2>") + _grid(_TEASERS)), id="t")
    assert not [r for r in doc.removals if r.rule == "teaser_box"]
    # one teaser after an outside label is too little to call a box of teasers
    doc = clean_html(_builder_page(_widget("<h2>相关文章</h2>") + _grid(_TEASERS[:1])), id="t")
    assert not [r for r in doc.removals if r.rule == "teaser_box"]


_BODY = ("今年秋季学期开学以来，某某区各小学普遍开设了亲子共读课，每周由老师布置一篇共读材料。",
         "区教研室负责人介绍，共读材料以课内课文为主，配有家长指导要点，帮助家长在家里陪孩子读书。",
         "下一步，该区还将组织共读成果展示，邀请家长和孩子一起分享读书心得。")


def _text_widgets(text_class: str, editor_box: str = "") -> str:
    def widget(kind: str, inner: str) -> str:
        return (f"<div class='el-element el-widget el-widget-{kind}'>"
                f"<div class='el-widget-container'>{inner}</div></div>")
    body = "".join(f"<div class='{text_class}'><p>{p}</p></div>" + widget("image", "<img src='/a.jpg'>")
                   for p in _BODY)
    return ("<html><head><title>某某区小学开设亲子共读课</title></head><body>" + _NAV
            + "<div class='el-section'><div class='el-column'>"
            + widget("heading", "<h1>某某区小学开设亲子共读课</h1>") + "<p>2025-10-09 来源：某某日报</p>"
            + body + editor_box + "</div></div><footer>版权所有</footer></body></html>")


def test_the_text_a_rich_text_editor_printed_is_article_text() -> None:
    # a page builder's text widgets, each one paragraph, between picture widgets; Quill's output
    for text_class in ("el-widget el-widget-text-editor", "ql-editor"):
        doc = clean_html(_text_widgets(text_class), id="t")
        assert [line[:10] for line in doc.text.splitlines()] == [p[:10] for p in _BODY], text_class


def test_a_box_naming_the_responsible_editor_is_chrome_still() -> None:
    for box in ("<div class='article-editor'>【责任编辑：罗某某】</div>",
                "<p class='editor'>编辑：罗某某</p>"):
        doc = clean_html(_text_widgets("el-widget el-widget-text-editor", box), id="t")
        assert "罗某某" not in doc.text
        assert "chrome_class" in {r.rule for r in doc.removals if "罗某某" in r.text}


def test_the_footer_markup_names_is_chrome_with_no_container_found() -> None:
    about = "<p>本站是一个由社区志愿者维护的非营利网站，记录老城区居民的日常生活。</p>"
    for attrs in ("role='contentinfo'", "data-elementor-type='footer'"):
        page = _text_widgets("el-widget el-widget-text-editor").replace(
            "<footer>版权所有</footer>", f"<div {attrs}>{_text_widgets_about(about)}</div>")
        doc = clean_html(page, id="t")
        assert "非营利网站" not in doc.text, attrs
        assert _BODY[2][:10] in doc.text
    # the same words in a block no markup names the footer are the page's
    page = _text_widgets("el-widget el-widget-text-editor").replace(
        "<footer>版权所有</footer>", f"<div data-elementor-type='single-post'>{about}</div>")
    assert "非营利网站" in clean_html(page, id="t").text


def _text_widgets_about(about: str) -> str:
    return f"<div class='el-section'><div class='el-widget el-widget-text-editor'>{about}</div></div>"


_NOTICE = ("入冬以来，我县气温持续走低，部分农村饮水工程出现管道冻裂、水表冻坏等情况，影响了群众正常用水。"
           "为确保全县农村饮水工程安全度冬，现就做好防冻工作通知如下：",
           "一、加强巡查检修。各乡镇要组织供水管理人员对辖区内的水源井、蓄水池、输水管道和入户水表进行一次"
           "全面检查，对裸露在外的管道及时采取覆土、包裹等保温措施，发现问题立即维修。")


def _pre_page(pre: str) -> str:
    return ("<html><head><title>关于做好冬季农村饮水工程防冻工作的通知</title></head><body>" + _NAV
            + f"<div class='detail'><h1>关于做好冬季农村饮水工程防冻工作的通知</h1><pre>{pre}</pre></div>"
            "<footer>版权所有</footer></body></html>")


def test_a_notice_hard_wrapped_in_pre_reads_one_line_a_paragraph() -> None:
    def wrapped(paragraph: str) -> str:
        typed = "\u3000\u3000" + paragraph
        return "\n".join(typed[i:i + 30] for i in range(0, len(typed), 30))
    doc = clean_html(_pre_page("\n\n".join(wrapped(p) for p in _NOTICE)), id="t")
    assert doc.text.splitlines() == list(_NOTICE)


def test_verse_and_code_in_pre_are_no_wrapped_prose() -> None:
    verse = "\n".join(("床前明月光，疑是地上霜。", "举头望明月，低头思故乡。") * 3)
    code = "\n".join(f"for row in table_{i}: total += row.amount  # 第{i}张表" for i in range(4))
    # long lines of one width, but a few words of Chinese among code
    for typed in (verse + "\n\n" + _NOTICE[0], _NOTICE[0] + "\n\n" + code):
        pre = html.fromstring(f"<div><pre>{typed}</pre></div>").find("pre")
        _unwrap_pre(pre)
        assert (pre.tag, pre.text) == ("pre", typed)
