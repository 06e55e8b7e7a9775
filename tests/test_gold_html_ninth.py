"""The general defects the ninth batch of saved HTML pages (gold_html gh54-gh59) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html

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
