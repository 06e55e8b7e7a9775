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



_FOOTER = ("<h6 class='post-footer'>作者:<a href='/author-1.html'>青禾</a> | 分类:<a href='/c1'>阳台种菜</a>"
           " | 浏览:<span>386</span> | 评论:<span>3</span></h6>")


def test_a_posts_footer_row_of_fields_names_its_author() -> None:
    page = _blog_page("阳台上的蚯蚓堆肥箱-拾穗小记", "拾穗小记", "阳台上的蚯蚓堆肥箱", _FOOTER)
    doc = clean_html(page, id="t")
    assert doc.meta.authors == ("青禾",)
    assert "浏览" not in doc.text


def test_a_list_of_posts_each_with_its_footer_row_names_no_author() -> None:
    # a blog's index: every post's row names its own author, none the page's
    page = _blog_page("阳台上的蚯蚓堆肥箱-拾穗小记", "拾穗小记", "阳台上的蚯蚓堆肥箱",
                      _FOOTER + "<div class='post'><h2 class='post-title'>秋天播下的菠菜出苗了</h2>"
                      "<div class='post-intro'><p>九月底播下的菠菜，这几天终于出苗了，一排排的小苗很整齐。</p></div>"
                      + _FOOTER.replace("青禾", "南窗") + "</div>")
    assert clean_html(page, id="t").meta.authors == ()


def test_a_row_with_a_field_that_is_no_label_names_no_author() -> None:
    # a credit beside a link (作者:某某 | 阅读全文): no row of fields alone
    footer = "<h6 class='post-footer'>作者:<a href='/a'>青禾</a> | <a href='/p/42'>阅读全文</a></h6>"
    page = _blog_page("阳台上的蚯蚓堆肥箱-拾穗小记", "拾穗小记", "阳台上的蚯蚓堆肥箱", footer)
    assert clean_html(page, id="t").meta.authors == ()
