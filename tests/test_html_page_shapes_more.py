"""More pages of our own in shapes Chinese sites print, through the HTML path whole.

Paragraphs kept apart only by <br><br> in one <div>; <font>/<span> soup with &nbsp; indents;
an article cut by a 相关阅读 box and an ad frame; pictures with pic-info and figcaption
captions; a page whose date and author come from og:/JSON-LD meta, its <article> holding a
<time> byline; a notice with bold section headings and an ordered list; readers' comments
after the article; a GB2312 page given as bytes; a parasite (寄生虫) spam page and the clean
page it copied."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_html

from .test_html_page_shapes import check_page

PAGES = Path(__file__).parent / "fixtures" / "html_shapes"


@pytest.mark.parametrize(("name", "meta", "lines"), [
    ("br_only_div",  # no <p>: <br><br> and &nbsp; indents; 编辑/审核 line, share bar, prev/next
     # the headline printed in div.title, not the shorter <title>
     {"title": "某某县开展2024年防汛应急演练", "date": "2024-06-03T09:15:00",
      "source_name": "某某县融媒体中心", "authors": ()},
     ["6月2日上午", "演练模拟", "县防汛抗旱指挥部", "据悉"]),
    ("font_span_soup",  # a paragraph in several <font>/<span> runs is one line; 供稿 gone
     {"title": "某某镇举办农民丰收节活动", "date": "2024-09-23",
      "source_name": "某某镇农业服务中心"},
     ["9月22日", "活动现场", "当天还举行了", "今年，某某镇"]),
    ("inline_related_box",  # 相关阅读 box and an ad frame between paragraphs
     {"title": "某某市启动老旧小区改造三年行动", "date": "2024-04-18T08:30:00",
      "source_name": "某某日报", "authors": ("陈某某",)},
     ["记者从某某市", "方案明确", "市住建局有关负责人", "据统计"]),
    ("picture_captions",  # p.pic-info and <figcaption> captions, 【编辑】 line
     {"title": "某某湿地公园迎来候鸟越冬高峰", "date": "2024-12-05T16:20:00",
      "source_name": "某某新闻网"},
     ["入冬以来", "公园管理处", "为保护候鸟", "据了解"]),
    ("jsonld_og_meta",  # paragraphs apart, the 吴某某 7月16日 byline gone, ISO date with T
     {"title": "某某省出台措施支持民营企业发展", "date": "2024-07-16T14:05:00",
      "authors": ("吴某某",)},
     ["某某省人民政府办公厅", "措施提出", "在减轻企业负担方面", "业内人士认为"]),
    ("list_and_bold_headings",  # <strong> headings and <li> items kept, one a line, and
     # the notice's signature (issuing body, date): the notice's own text
     {"title": "某某县关于做好2024年秋冬季森林防火工作的通知", "date": "2024-10-28T10:00:00",
      "source_name": "某某县应急管理局"},
     ["各乡镇人民政府", "当前已进入", "一、提高思想认识", "各乡镇、各单位", "二、强化火源管控",
      "防火期内", "严禁在林区", "严禁焚烧", "进山入口", "三、做好应急准备", "各乡镇要组织",
      # the notice's closing signature is its text (it went as a list before), and so is
      # the contact line over it (联系电话：…), as the gold keeps a notice's
      "联系电话：000", "某某县应急管理局", "2024年10月28日"]),
    ("comments_after",  # 网友评论, 用户名, 回复, 赞 and the comment form gone
     {"title": "某某市地铁3号线开通试运营", "date": "2024-08-30T07:00:00",
      "source_name": "某某网", "authors": ("郑某某",)},
     ["8月29日上午", "3号线采用", "开通首日"]),
    ("blog_post_meta_row",  # 发布于 … · 作者 马某某 · 阅读 1203: labels, no publisher
     {"title": "周末带孩子去某某森林公园徒步", "date": "2024-04-21", "source_name": None,
      "authors": ("马某某",)},
     ["上周末", "步道起点", "后半段", "建议带足"]),
    ("interview_qa",  # the opening 记者：…？ is the interview's question, not a byline
     {"title": "访某某县交通运输局局长张某某：让农村公路通到群众家门口",
      "date": "2024-03-09T10:00:00", "source_name": "某某网", "authors": ("牛某某",)},
     ["记者：今年", "张某某：我们", "记者：建设", "张某某：主要", "记者：路修好", "张某某：我们将"]),
    ("gbk_declared",  # <meta charset=gb2312>, read from bytes
     {"title": "某某区举办社区养老服务推进会", "date": "2024-03-15",
      "source_name": "某某区民政局", "authors": ("钱某某",)},
     ["3月14日", "会议通报", "会议要求"]),
    ("parasite_clean",  # the article a parasite page copies, kept whole and untagged
     {"title": "某某县开展农村饮水安全排查", "date": "2024-07-02T15:40:00",
      "source_name": "某某县水利局"},
     ["为保障农村群众", "排查组", "下一步"]),
])
def test_more_page_shapes(name: str, meta: dict[str, object], lines: list[str]) -> None:
    check_page(name, meta, lines)


def test_a_parasite_page_goes_as_spam() -> None:
    # gambling brands stuffed in the title, keywords and every paragraph around one sentence
    # lifted from parasite_clean
    doc = clean_html((PAGES / "parasite_spam.html").read_bytes(), id="parasite_spam")
    assert doc.status == "dropped"
    assert doc.dropped is not None
    assert doc.dropped.rule == "mostly_spam"


def test_an_article_with_a_time_byline_keeps_its_paragraph_breaks() -> None:
    # trafilatura gives up on an <article> holding a <time> and prints it as one line
    paras = [f"第{n}段，某某市今年将新建改建农村公路三百公里，重点解决群众出行难题，确保年底前完工。"
             for n in range(1, 4)]
    page = ("<html><body><article><h1>某某市推进农村公路建设</h1>"
            "<div class='byline'><span>何某某</span><time>5月6日 09:30</time></div>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text.split("\n")[-3:] == paras


def test_an_iso_datetime_in_meta_keeps_its_time() -> None:
    page = ("<html><head><meta property='article:published_time' "
            "content='2024-07-16T14:05:00+08:00'></head><body><div class='article'>"
            "<h1>某某县举办农产品展销会</h1><p>某某县农产品展销会日前开幕，来自全县各乡镇的"
            "两百余家企业和合作社参展，展销产品涵盖粮油、果蔬、茶叶等多个品类。</p>"
            "</div></body></html>")
    assert clean_html(page, id="t").meta.date == "2024-07-16T14:05:00"


def test_a_closing_sentence_beside_footer_rows_is_kept() -> None:
    # the copyright rows chrome.lines removes once made this sentence a "list" of three
    page = ("<html><body><div class='article'><h1>某某镇召开防汛工作会议</h1>"
            "<p>6月3日，某某镇召开防汛工作会议，安排部署今年汛期各项工作，要求各村落实责任。</p>"
            "<p>会议要求，各村要开展隐患排查，备足防汛物资，确保安全度汛，保障群众生命安全。</p>"
            "<p>镇党委副书记赵某某出席会议。</p>"
            "<p>版权所有：某某镇人民政府 电话：0000-1234567</p><p>备案号：某ICP备00000000号</p>"
            "</div></body></html>")
    assert clean_html(page, id="t").text.split("\n")[-1] == "镇党委副书记赵某某出席会议。"


@pytest.mark.parametrize(("printed", "title"), [
    ("某某县开展2024年防汛应急演练", "某某县开展2024年防汛应急演练"),  # fuller: it wins
    ("本文原标题：《某某县开展防汛应急演练》", "某某县开展防汛应急演练"),  # a label: no headline
    ("某某县开展防汛应急演练动员部署工作会议总结表彰", "某某县开展防汛应急演练"),  # much longer
])
def test_a_printed_headline_fuller_than_the_title(printed: str, title: str) -> None:
    page = ("<html><head><title>某某县开展防汛应急演练-某某网</title></head><body>"
            f"<div class='title'>{printed}</div><div class='text'>6月2日上午，某某县在城南河道"
            "举行防汛应急演练，县应急管理局、水利局等12个部门和单位共300余人参加。<br><br>"
            "演练模拟强降雨导致河水暴涨，参演队伍迅速集结，开展人员转移和水上救援。</div>"
            "</body></html>")
    assert clean_html(page, id="t").meta.title == title


_LD = ('<script type="application/ld+json">{"@context":"https://schema.org",'
       '"@graph":[{"@type":"WebSite","name":"某某报"},{"@type":"NewsArticle",'
       '"headline":"某某县推进农村公路建设","datePublished":"2024-03-09T08:20:00+08:00",'
       '"author":[{"@type":"Person","name":"马某某"},{"@type":"Organization","name":"某某报"}]'
       '}]}</script>')
_ROAD = ("<p>某某县今年将新建改建农村公路三百公里，重点解决群众出行难题，确保年底前全部完工。</p>"
         "<p>县交通运输局有关负责人表示，项目建成后将惠及沿线二十余个行政村，出行更加便捷。</p>")


def test_json_ld_gives_date_and_authors_when_the_page_prints_none() -> None:
    page = (f"<html><head><title>某某县推进农村公路建设_某某报</title>{_LD}</head><body>"
            f"<div class='article'><h1>某某县推进农村公路建设</h1>{_ROAD}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.date, doc.meta.authors) == ("2024-03-09T08:20:00", ("马某某",))


def test_the_row_under_the_headline_beats_json_ld() -> None:
    page = (f"<html><head><title>某某县推进农村公路建设_某某报</title>{_LD}</head><body>"
            "<div class='article'><h1>某某县推进农村公路建设</h1>"
            "<div class='info'>2024-03-10 09:00 来源：某某报 作者：牛某某</div>"
            f"{_ROAD}</div></body></html>")
    doc = clean_html(page, id="t")
    assert (doc.meta.date, doc.meta.authors) == ("2024-03-10T09:00:00", ("牛某某",))


@pytest.mark.parametrize("row", ["发布于 2024年3月9日 · 作者 马某某 · 阅读 1203",
                                 "发布于 2024年3月9日 · 作者：马某某", "2024年3月9日 · 马某某"])
def test_a_labelled_date_row_names_its_author_not_a_label(row: str) -> None:
    page = ("<html><head><title>某某县推进农村公路建设-某某博客</title></head><body>"
            f"<section class='post'><h2>某某县推进农村公路建设</h2><div class='meta'>{row}</div>"
            f"{_ROAD}</section></body></html>")
    meta = clean_html(page, id="t").meta
    assert (meta.date, meta.source_name, meta.authors) == ("2024-03-09", None, ("马某某",))


def test_a_labelled_row_with_a_colonless_author() -> None:
    page = ("<html><head><title>某某县推进农村公路建设_某某网</title></head><body>"
            "<div class='article'><h1>某某县推进农村公路建设</h1><div class='info'>"
            "发布时间：2024-03-09 作者 马某某 来源：某某县交通运输局</div>"
            f"{_ROAD}</div></body></html>")
    meta = clean_html(page, id="t").meta
    assert (meta.date, meta.source_name, meta.authors) == (
        "2024-03-09", "某某县交通运输局", ("马某某",))
