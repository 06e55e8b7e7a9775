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
    # a theme links the post's heading to the post itself: a headline all the same
    linked = _blog_page("阳台上的蚯蚓堆肥箱-拾穗小记", "拾穗小记",
                        "<a href='/post/42.html'>阳台上的蚯蚓堆肥箱</a>")
    assert clean_html(linked, id="t").meta.title == "阳台上的蚯蚓堆肥箱"


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


_SIDE = (("城区十二条背街小巷完成改造", "今年以来，城区共对十二条背街小巷进行改造提升，铺设透水路面、更新路灯，居民出行更方便了。"),
         ("市第一人民医院开设夜间儿科门诊", "为缓解冬季儿童就诊高峰压力，医院从本周起开设夜间儿科门诊，每天开诊到晚上十点。"),
         ("云州冬季农产品展销会开幕", "为期五天的冬季农产品展销会在会展中心开幕，二百多家企业和合作社参展，现场人气很旺。"),
         ("全市中小学开展冬季防溺水教育", "全市中小学陆续开展防溺水安全教育，提醒学生不在结冰的河面湖面上行走和滑冰。"))


def _two_columns(item: str, body: str) -> str:
    # no <article>, <main> or content class: the story's <div> beside a <div> of summaries
    items = "".join(item.format(n=n, head=h, summary=s) for n, (h, s) in enumerate(_SIDE))
    return ("<html><head><meta charset='utf-8'><title>南湖湿地完成生态修复-云州新闻网</title></head>"
            "<body><div class='cl'><div class='c-l'><h1>南湖湿地完成生态修复</h1>"
            "<div class='xx'>2025-12-03 08:46 来源：云州日报</div>"
            f"<div class='nr'>{body}</div></div><div class='c-r'><div class='tit'>热点推荐</div>"
            f"{items}</div></div></body></html>")


_STORY = ("清晨的南湖湿地，成群的白鹭在浅滩上觅食，历时三年的生态修复工程近日全部完工，今冬越冬候鸟超过一万只。",
          "修复工程先后清退鱼塘一千三百亩，新建生态浮岛和表流湿地，补种芦苇、菖蒲等本地水生植物四十多万株。",
          "下一步将在湿地外围设置观鸟步道和科普展示点，划定候鸟核心栖息区，在越冬期实行封闭管理。")


def test_summaries_after_headlines_linked_inside_a_heading_are_a_feed() -> None:
    # each item a linked headline in an <h3>, its summary the text after the <h3>, its date;
    # the story's text in <br>-parted lines, no paragraph elements to tell it by
    item = ("<div class='it'><h3><a href='/a{n}.html'>{head}</a></h3>{summary}"
            "<span>2025-12-0{n}</span></div>")
    doc = clean_html(_two_columns(item, "<br><br>".join(_STORY)), id="t")
    assert doc.text.splitlines() == list(_STORY)
    assert [r.rule for r in doc.removals if _SIDE[0][0] in r.text] == ["feed_list"]


def test_dated_lines_whose_link_follows_their_words_stay_in_the_story() -> None:
    # the article's own dated list: each line's words first, a link to the notice after them
    lines = "".join(f"<div class='it'>{s}详见<strong><a href='/n{n}.html'>通知全文</a></strong>"
                    f"<span>2025-12-0{n}</span></div>" for n, (_, s) in enumerate(_SIDE))
    doc = clean_html(_two_columns("", "<br><br>".join(_STORY[:2]) + lines), id="t")
    assert all(s in doc.text for _, s in _SIDE)
