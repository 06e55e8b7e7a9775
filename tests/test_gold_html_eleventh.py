"""The general defects the eleventh batch of saved HTML pages (gold_html gh66-gh71) showed, each
pinned on an invented page shape with its counterexample."""

from __future__ import annotations

from cleaners import clean_html

_PARAS = (
    "家里每天都有不少菜叶、果皮，以前都是直接扔进垃圾桶，这个月决定在阳台上试一试堆肥。",
    "箱子是用一个旧木箱改的，箱底钻了十几个小孔方便渗水，下面垫一个托盘接渗出的液体。",
    "两个月后，箱子底层已经积了一层黑褐色的肥料，拌进盆土里，小葱和生菜明显长得更壮了。",
)


def _blog_page(title: str, site_h1: str, post_h2: str, footer: str = "") -> str:
    # a blog theme: the blog's name in the <h1> and its tagline under it on every page, the
    # post's title in an <h2>
    return ("<html><head><meta charset='utf-8'>"
            f"<title>{title}</title></head><body><div id='divTop'><h1 id='BlogTitle'>"
            f"<a href='/'>{site_h1}</a></h1><h3 id='BlogSubTitle'>种点菜，读点书，记点小事</h3></div>"
            "<div id='divNavBar'><ul><li><a href='/'>首页</a></li><li><a href='/c1'>阳台种菜</a></li>"
            "<li><a href='/c2'>读书笔记</a></li></ul></div><div id='divMain'><div class='post'>"
            f"<h4 class='post-date'>2025年11月29日</h4><h2 class='post-title'>{post_h2}</h2>"
            "<div class='post-body'>" + "".join(f"<p>{p}</p>" for p in _PARAS)
            + f"</div>{footer}</div></div></body></html>")


def test_an_h1_printing_the_blogs_name_is_no_headline_over_the_posts_heading() -> None:
    page = _blog_page("阳台上的蚯蚓堆肥箱-拾穗小记", "拾穗小记", "阳台上的蚯蚓堆肥箱")
    doc = clean_html(page, id="t")
    assert doc.meta.title == "阳台上的蚯蚓堆肥箱"
    # the tagline under the blog's name is no subtitle of the post, nor its publisher
    assert doc.text.splitlines() == list(_PARAS)
    assert doc.meta.source_name is None


def test_an_h1_after_a_channels_label_in_the_title_stays_the_headline() -> None:
    # 频道-标题: the <h1> is the longer part, the channel's label the shorter one
    page = ("<html><head><meta charset='utf-8'><title>新闻动态-某某县开展冬季防火应急演练</title>"
            "</head><body><h3>新闻动态</h3><h1>某某县开展冬季防火应急演练</h1>"
            "<div class='content'>" + "".join(f"<p>{p}</p>" for p in _PARAS) + "</div></body></html>")
    assert clean_html(page, id="t").meta.title == "某某县开展冬季防火应急演练"


