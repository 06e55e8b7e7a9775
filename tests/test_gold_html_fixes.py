"""The general defects the saved HTML pages of tests/fixtures/gold_html showed, each pinned on an
invented page shape with its counterexample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaners import clean_html
from cleaners.html.dom import parse_html
from cleaners.html.extract import _join_broken
from cleaners.html.text import block_lines
from cleaners.meta import clean_authors

_HEADLINE = "<h1>某某镇举办秋季农产品展销会</h1>"
_BODY = "<p>" + "展销会上，各村合作社带来了新鲜的瓜果蔬菜，市民们纷纷选购，现场十分热闹。" * 3 + "</p>"


def _header_page(under_headline: str) -> str:
    return ("<html><head><title>某某镇举办秋季农产品展销会</title></head><body><div class='a'>"
            f"{_HEADLINE}<div>{under_headline}</div><div>2024-09-02 10:30</div>"
            f"<div class='c'>{_BODY}{_BODY}</div></div></body></html>")


@pytest.mark.parametrize("button", ["[复制链接]", "【打印本页】", "【收藏】", "[举报]"])
def test_one_action_button_under_the_headline_is_no_publisher(button: str) -> None:
    doc = clean_html(_header_page(button), id="t")
    assert doc.meta.source_name is None
    assert button not in doc.text


def test_an_outlet_s_name_alone_under_the_headline_stays_the_publisher() -> None:
    assert clean_html(_header_page("某某日报"), id="t").meta.source_name == "某某日报"


def _with_timed_entries(before: str) -> str:
    entries = "".join(
        f"<div class='x9k2'><span class='n7q'>{name}</span><p>{text}</p>"
        f"<span class='t3z'>10-17 {hour}</span></div>"
        for name, text, hour in (("江边的风", "我们那边也在排队，希望明年能轮到。", "09:03"),
                                 ("老街坊", "邻居们能谈拢真是不容易，点个赞。", "09:41")))
    return ("<html><head><title>某某镇举办秋季农产品展销会</title></head><body><div class='w'>"
            f"{_HEADLINE}<div>2024-09-02 10:30</div><div class='c'>{_BODY}{_BODY}</div>"
            f"<div class='m1x'>{before}{entries}</div></div></body></html>")


@pytest.mark.parametrize("heading", ["<div class='h2q'>评论（23）</div>",
                                     "<div class='h2q'>网友评论</div>"])
def test_timed_entries_under_a_comment_heading_are_comments_without_buttons(heading: str) -> None:
    text = clean_html(_with_timed_entries(heading), id="t").text
    assert "希望明年能轮到" not in text
    assert "点个赞" not in text
    assert "展销会上" in text


def test_timed_entries_under_no_comment_heading_stay() -> None:
    # a live report's or a timeline's timed entries print no button either
    text = clean_html(_with_timed_entries("<div class='h2q'>现场直击</div>"), id="t").text
    assert "希望明年能轮到" in text


@pytest.mark.parametrize(("row", "line"), [
    ("<span>作者：某某</span><a href='#c'>评论(3)</a>", "作者：某某 评论(3)"),
    ("<span>来源：某某日报</span><span>阅读（1024）</span>", "来源：某某日报 阅读（1024）"),
    # a sentence split over elements reads on as one: 评论 then a bracket in prose
    ("<span>网友纷纷评论</span><span>（3条）。</span>", "网友纷纷评论（3条）。"),
])
def test_a_bracketed_counter_after_a_name_in_a_field_row_is_spaced(row: str, line: str) -> None:
    root = parse_html(f"<html><body><div>{row}</div></body></html>")
    assert root is not None
    assert block_lines(root) == [line]


def test_a_comment_count_link_after_the_byline_is_no_part_of_the_name() -> None:
    doc = clean_html(_header_page("<span>作者：某某</span><a href='#c'>评论(3)</a>"), id="t")
    assert doc.meta.authors == ("某某",)


@pytest.mark.parametrize(("raw", "names"), [
    ("岳某 评论(3)", ("岳某",)),
    ("张三、李四 阅读（1.2万）", ("张三", "李四")),
    # a note on the writer in brackets stays a note, the name kept
    ("柳某（视频）", ("柳某",)),
])
def test_a_counter_after_the_names_ends_the_byline(raw: str, names: tuple[str, ...]) -> None:
    assert clean_authors(raw) == names


_POST_BODY = "".join(f"<p>{s}</p>" for s in (
    "每天上午十点，学校里总有几个孩子准时跑到操场边的百叶箱前，打开箱门读温度计，再把数字抄进记录本。",
    "这座气象站是去年秋天建起来的，科学老师和同事们商量后，决定让孩子们自己试一试观测天气。",
    "半年下来，孩子们攒下了厚厚三本观测记录，学校打算把数据做成图表讲给家长们听。"))


def _account_post(author: str = "<span>甲某某</span>", end: str = "") -> str:
    """An account's post saved whole: 原创, the author, the account's name in a link classed
    like chrome (pruned), the date."""
    return ("<html><head><title>山里娃的小小气象站</title><meta name='author' content='甲某某'>"
            "</head><body><div id='c'><h1>山里娃的小小气象站</h1><div class='meta'><span>原创</span> "
            f"{author} <span><a href='javascript:void(0);' class='tap_link'>某某教育观察</a>"
            "</span> <em>2025年3月12日 18:30</em></div>"
            f"<div class='content'>{_POST_BODY}{end}</div></div></body></html>")


def test_the_author_left_alone_in_a_pruned_header_row_is_no_publisher() -> None:
    doc = clean_html(_account_post(), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("某某教育观察", ("甲某某",))


def test_a_source_label_at_the_end_still_names_the_publisher_over_the_account() -> None:
    doc = clean_html(_account_post("", "<p>来源：某某日报</p>"), id="t")
    assert doc.meta.source_name == "某某日报"


def _stated_page(row: str, head: str, title: str = "某某镇举办秋季农产品展销会_某某新闻") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body>"
            f"<div class='a'>{_HEADLINE}<div class='m'>{row}</div>"
            f"<div class='c'>{_BODY}{_BODY}</div></div>"
            "<div class='foot'>某某新闻 版权所有</div></body></html>")


_LD = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"某某镇举办秋季农产品'
       '展销会","publisher":{"@type":"Organization","name":"某某新闻"}}</script>')
_OG = '<meta property="og:site_name" content="某某新闻">'


@pytest.mark.parametrize("head", [_LD, _OG])
@pytest.mark.parametrize("row", [
    "<span>记者 甲某某</span><time>2024-09-02 10:30</time><span>某某新闻</span>",
    "<span>某某新闻</span><span>记者 甲某某</span><span>2024-09-02 10:30</span>",
])
def test_a_bare_name_in_the_header_row_the_page_states_as_publisher_is_it(
        row: str, head: str) -> None:
    doc = clean_html(_stated_page(row, head), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("某某新闻", ("甲某某",))


@pytest.mark.parametrize(("row", "head"), [
    # stated but not printed in the row (only in the footer): no publisher read from it
    ("<span>记者 甲某某</span><time>2024-09-02 10:30</time>", _LD),
    # a bare name in the row the page does not state: a channel, left alone
    ("<span>记者 甲某某</span><time>2024-09-02 10:30</time><span>某某频道</span>", _LD),
    ("<span>记者 甲某某</span><time>2024-09-02 10:30</time><span>某某新闻</span>", ""),
])
def test_a_publisher_needs_both_the_statement_and_the_row(row: str, head: str) -> None:
    # (a <title> with no site's part: with one, the name the footer states as the site's is
    # the last resort, see test_meta_site_publisher)
    page = _stated_page(row, head, title="某某镇举办秋季农产品展销会")
    assert clean_html(page, id="t").meta.source_name is None


def _site_page(site: str, row: str = "<span>记者 甲某某</span><time>2024-09-02 10:30</time>",
               tail: str = "") -> str:
    return (f"<html><head><title>某某镇举办秋季农产品展销会</title>"
            f"<meta property='og:site_name' content='{site}'></head><body>"
            f"<div class='a'>{_HEADLINE}<div class='m'>{row}</div>"
            f"<div class='c'>{_BODY}{_BODY}{tail}</div></div></body></html>")


@pytest.mark.parametrize(("site", "publisher"), [
    ("某某周刊", "某某周刊"),
    ("某某都市报", "某某都市报"),
    ("某某新闻网 - 首页", "某某新闻网"),  # the page it names cut off
    ("某某通訊社", "某某通訊社"),
    ("某某誌", "某某誌"),
    ("某某证券", "某某证券"),
    ("Harbour Times", "Harbour Times"),
])
def test_the_publisher_only_og_site_name_states_is_the_last_resort(
        site: str, publisher: str) -> None:
    """No 来源 row, no outlet in the byline: the site's name in the head, a publisher's."""
    assert clean_html(_site_page(site), id="t").meta.source_name == publisher


@pytest.mark.parametrize("site", [
    "阳台上的小菜园",  # a blog's own phrase
    "某某手记",
    "某某小记",
    "某某通讯",  # a newsletter
    "知乎专栏",  # a platform hosting others' columns
    "微信公众平台",
])
def test_a_blog_s_or_a_platform_s_site_name_is_no_publisher(site: str) -> None:
    assert clean_html(_site_page(site), id="t").meta.source_name is None


def test_a_blog_s_name_the_page_states_the_article_is_the_own_of_is_its_publisher() -> None:
    tail = "<p>版权声明：本文由某某视点原创，转载请注明出处。</p>"
    assert clean_html(_site_page("某某视点", tail=tail), id="t").meta.source_name == "某某视点"


@pytest.mark.parametrize("row", [
    "<span>来源：某某晚报</span><time>2024-09-02 10:30</time>",  # a portal carrying another's
    "<span>某某晚报 记者 甲某某</span><time>2024-09-02 10:30</time>",
])
def test_a_row_naming_the_publisher_wins_over_og_site_name(row: str) -> None:
    assert clean_html(_site_page("某某网", row), id="t").meta.source_name == "某某晚报"


def _analyst_rows(rows: str) -> str:
    return (f"<html><head><title>某某行业周报</title></head><body><div class='a'>"
            f"<h1>某某行业周报：价格企稳，关注出口回暖</h1><div class='m'>"
            f"<span>发布日期：2026-11-26</span></div><div class='analyst'>{rows}</div>"
            f"<div class='c'>{_BODY}{_BODY}</div></div></body></html>")


def test_a_research_note_s_stacked_analyst_rows_are_its_authors() -> None:
    rows = ("<p>分析师：甲某某 &nbsp; 执业证书编号：S0000520080001</p>"
            "<p>分析师：乙某某 &nbsp; 执业证书编号：S0000522030004</p>"
            "<p>分析师：丙某某 &nbsp; 执业证书编号：S0000523010002</p>")
    doc = clean_html(_analyst_rows(rows), id="t")
    assert doc.meta.authors == ("甲某某", "乙某某", "丙某某")
    assert "执业证书编号" not in doc.text


def test_an_editor_s_row_under_the_byline_adds_no_author() -> None:
    doc = clean_html(_analyst_rows("<p>作者：甲某某</p><p>编辑：乙某某</p>"), id="t")
    assert doc.meta.authors == ("甲某某",)


# Batch 3 (gh15-gh22).

@pytest.mark.parametrize("head", [_LD, _OG])
def test_a_share_button_after_the_header_row_s_publisher_is_no_part_of_it(head: str) -> None:
    row = ("<span>2024-09-02 10:30</span><span>某某新闻</span><a class='fb'>分享</a>"
           "<a class='ln'>LINE</a>")
    assert clean_html(_stated_page(row, head), id="t").meta.source_name == "某某新闻"


@pytest.mark.parametrize(("row", "line"), [
    ("<span>2024-09-02 10:30</span><span>某某日报</span><a>分享</a>", "2024-09-02 10:30 某某日报 分享"),
    ("<span>2024-09-02 10:30</span><span>某某日报</span><a>收藏</a><a>举报</a>",
     "2024-09-02 10:30 某某日报 收藏 举报"),
    # the tool's word opening a longer element is a name's (读书分享会), left glued
    ("<span>2024-09-02 10:30</span><span>读书</span><a>分享会</a>", "2024-09-02 10:30 读书分享会"),
    # a sentence split over elements reads on as one
    ("<span>欢迎读者</span><a>分享</a><span>给身边的朋友。</span>", "欢迎读者分享给身边的朋友。"),
])
def test_a_tool_button_in_a_field_row_is_set_apart(row: str, line: str) -> None:
    root = parse_html(f"<html><body><div>{row}</div></body></html>")
    assert root is not None
    assert block_lines(root) == [line]


@pytest.mark.parametrize(("raw", "names"), [
    ("宋某某 2025-06-03 08:30 阅读 1.2万", ("宋某某",)),
    ("宋某某 浏览 3621", ("宋某某",)),
    ("宋某某 閱讀 1200", ("宋某某",)),
    # names apart by a space are still each a name
    ("张三 李四", ("张三", "李四")),
])
def test_a_counter_with_its_figure_apart_ends_the_byline(raw: str, names: tuple[str, ...]) -> None:
    assert clean_authors(raw) == names


def test_a_view_count_in_its_own_box_after_the_byline_is_no_author() -> None:
    row = "<span>作者：宋某某</span><time>2024-09-02 10:30</time><span>阅读 1.2万</span>"
    assert clean_html(_header_page(row), id="t").meta.authors == ("宋某某",)


_FOUR_PARAGRAPHS = "".join(f"<p>{p}</p>" for p in (
    "展销会上，各村合作社带来了新鲜的瓜果蔬菜，市民们纷纷选购，现场十分热闹。",
    "据介绍，本次展销会为期三天，共有四十多家合作社和家庭农场参展，展品涵盖粮油、果蔬和特色手工艺品。",
    "不少市民一早就赶来采购，一位市民说，这里的蔬菜新鲜又实惠，以后希望能多办几次。",
    "镇里相关负责人表示，将把展销会办成常态化活动，帮助农户拓宽销路、增加收入。"))


def _foot_page(header: str, foot: str) -> str:
    """A portal's article: a header row with its own 来源, and under the paragraphs a row of the
    source and its author (read as page text under the body, not as the article's)."""
    return ("<html><head><title>某某镇举办秋季农产品展销会</title></head><body><div class='a'>"
            f"{_HEADLINE}<div class='i'>{header}</div><div class='c'>{_FOUR_PARAGRAPHS}"
            f"<div class='pa'>{foot}</div></div></div>"
            "<div class='side'><a href='/x'>热点新闻</a></div></body></html>")


def test_the_author_of_a_source_row_under_the_body_is_the_byline() -> None:
    doc = clean_html(_foot_page("2024-09-02 10:30 来源: <a href='/'>某某晚报</a>",
                                "本文来源：某某晚报 作者：邹某某"), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("某某晚报", ("邹某某",))
    assert "本文来源" not in doc.text


def test_the_header_s_author_beats_the_row_under_the_body() -> None:
    doc = clean_html(_foot_page("2024-09-02 10:30 来源: <a href='/'>某某晚报</a> 作者：李某某",
                                "本文来源：某某晚报 作者：邹某某"), id="t")
    assert doc.meta.authors == ("李某某",)


def test_the_editor_of_a_source_row_under_the_body_is_no_author() -> None:
    doc = clean_html(_foot_page("2024-09-02 10:30 来源: <a href='/'>某某晚报</a>",
                                "本文来源：某某晚报 责任编辑：邹某某"), id="t")
    assert doc.meta.authors == ()


_PARK = ("7月8日，老城片区十二个小公园全部建成开放，大多由拆违腾出的边角地改造而成，周边居民步行五分钟就能走到。",
         "在河埠头小公园，原本堆放杂物的空地铺上了透水砖，种上了香樟和桂花，还摆放了石凳和儿童游乐设施。",
         "据介绍，小公园建设坚持一园一策，设计方案在社区公示并征求居民意见，留住街巷记忆。")


def _styled_div_page(row: str) -> str:
    """A county site's article of unclassed-looking boxes (hashed names): a title box, a row of
    fields, paragraphs as <div>s with inline styles and <br>."""
    body = "".join(f"<div style='text-indent:2em'>{p}<br></div>" for p in _PARK)
    return ("<html><head><title>某区首个口袋公园群落建成开放</title></head><body><div class='w'>"
            "<div class='l'><div class='t'>某区首个口袋公园群落建成开放</div>"
            f"<div class='i'>{row}</div><div class='c'>{body}</div></div></div></body></html>")


@pytest.mark.parametrize("author", ["", "作者：吴某&nbsp;&nbsp;"])
def test_a_counter_s_value_in_its_own_element_stays_on_its_label_s_line(author: str) -> None:
    row = ("发布时间：2025-07-09 17:45:10&nbsp;&nbsp;来源：某区融媒体中心&nbsp;&nbsp;"
           f"{author}阅读：<span id='h'>2381</span>")
    doc = clean_html(_styled_div_page(row), id="t")
    assert "2381" not in doc.text
    assert doc.text.splitlines() == list(_PARK)


def test_a_label_rejoins_its_value_only_where_the_walker_printed_one_line() -> None:
    # the walker prints the two blocks as two lines: no false break to take out
    assert _join_broken(["主要措施如下：", "一是加强巡查。"], ["主要措施如下：", "一是加强巡查。"]) == [
        "主要措施如下：", "一是加强巡查。"]
    assert _join_broken(["阅读：", "2381"], ["发布时间：2025-07-09 阅读：2381", "阅读：2381"]) == [
        "阅读：2381"]


_SLIDES = ("4月1日，云雾山茶园里，茶农正在采摘春茶。眼下，全县三万多亩高山茶园陆续进入采摘期，茶农抢抓晴好天气采摘加工。",
           "云雾山茶园海拔一千一百多米，常年云雾缭绕，昼夜温差大，出产的绿茶香气高、耐冲泡，今年茶芽提前一周萌发。",
           "在山脚下的茶叶加工厂，工人将鲜叶摊晾后送入杀青机。厂里今年新添了两条自动化生产线，日加工鲜叶能力提高到三吨。")


def _gallery(slide: str) -> str:
    slides = "".join(slide.format(n=n, text=t) for n, t in enumerate(_SLIDES, 1))
    return ("<html><head><title>图片新闻丨高山茶园开采忙</title></head><body><div class='g'>"
            "<h1>图片新闻丨高山茶园开采忙</h1><div class='m'>2025-04-02 16:20</div>"
            f"<div class='s'>{slides}</div></div></body></html>")


@pytest.mark.parametrize("slide", [
    "<div class='x'><img src='{n}.jpg'><p><span class='y'>{n}/3</span>{text}</p></div>",
    "<div class='x'><img src='{n}.jpg'><p><span><em>{n}</em> / 3</span>{text}</p></div>",
    "<div class='x'><img src='{n}.jpg'><span class='y'>{n}/3</span><p>{text}</p></div>",
])
def test_a_gallery_s_slide_counters_go_even_inside_its_captions(slide: str) -> None:
    assert clean_html(_gallery(slide), id="t").text.splitlines() == list(_SLIDES)


def test_a_lone_number_over_a_count_stays() -> None:
    # one such element on the page: a date (3/15), a pager's 1/3, no gallery's counters
    page = _gallery("<div class='x'><p>{text}</p></div>").replace(
        "<p>4月1日", "<p><span>3/15</span>消费者权益日前夕，4月1日")
    assert "3/15消费者权益日前夕" in clean_html(page, id="t").text


_GOLD_HTML = Path(__file__).parent / "fixtures" / "gold_html"


@pytest.mark.parametrize("bookmark", ["<a name=\"_Toc1\"></a>", "<a href=\"#top\"></a>"])
def test_a_word_bookmark_in_a_short_paragraph_keeps_the_paragraph(bookmark: str) -> None:
    # gh15 (a TRS page of Word-pasted paragraphs) with a bookmark Word leaves in a paragraph
    page = (_GOLD_HTML / "gh15_trs_wcm_word_paste.html").read_text(encoding="utf-8").replace(
        "市直有关单位：</span>", f"市直有关单位：</span>{bookmark}", 1)
    assert bookmark in page
    doc = clean_html(page, id="t")
    assert doc.text.splitlines()[0] == "各县（市、区）生态环境分局，市直有关单位："


def test_a_link_with_its_words_in_the_paragraph_keeps_its_words() -> None:
    # only a link that shows nothing is taken out before trafilatura
    page = (_GOLD_HTML / "gh15_trs_wcm_word_paste.html").read_text(encoding="utf-8").replace(
        "，市直有关单位：</span>", "，<a href=\"/org/\">市直有关单位</a>：</span>", 1)
    assert "<a href=\"/org/\">" in page
    doc = clean_html(page, id="t")
    assert doc.text.splitlines()[0] == "各县（市、区）生态环境分局，市直有关单位："


def _shell_page(state_title: str) -> str:
    """gh17 (a Next.js page) saved before its scripts filled the article's body: the shell
    printed on the server (menus, headline, byline row, related cards, hot list, footer), the
    body only in __NEXT_DATA__, under the title ``state_title``."""
    page = (_GOLD_HTML / "gh17_nextjs_next_data.html").read_text(encoding="utf-8")
    start = page.index('<div class="Article_body__M4nLx">') + len('<div class="Article_body__M4nLx">')
    end = page.index('<div class="Article_editor')
    page = page[:start] + "</div>" + page[end:]
    return page.replace('"title":"城郊公交开通“村村通”微循环线路 覆盖四十二个行政村","source"',
                        f'"title":"{state_title}","source"', 1)


def test_a_shell_s_article_only_in_its_state_is_read_when_the_state_titles_the_headline() -> None:
    doc = clean_html(_shell_page("城郊公交开通“村村通”微循环线路 覆盖四十二个行政村"), id="t")
    lines = doc.text.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("6月2日起，市公交集团开通六条城郊")
    assert "相关阅读" not in doc.text
    assert (doc.meta.source_name, doc.meta.authors) == ("海川新闻", ("宋一鸣",))


def test_a_state_article_under_another_title_is_not_the_shell_s() -> None:
    doc = clean_html(_shell_page("市区新增三条定制公交 通勤族可在线预约座位"), id="t")
    assert "市公交集团开通六条城郊" not in doc.text


_ESCAPED_BODY = ("<p>晚上八点，河畔步行街的灯光亮起，夜市的小吃摊前排起了长队，游客和市民边走边吃，十分热闹。</p>"
                 "<p>据街区管理方介绍，今年夜市新增摊位六十个，营业时间延长到晚上十一点，周末客流比去年多三成。</p>"
                 "<p>管理方表示，下一步将增加公共座椅和垃圾分类点，并安排志愿者在高峰时段疏导人流。</p>")


def _escaped_state_page(shown: str) -> str:
    """A page rendered by its scripts whose state a server's serializer wrote with every "<"
    escaped (\\u003Cp\\u003E), then a call that removes the script, as Vue SSR writes it."""
    state = json.dumps({"article": {"title": "河畔夜市新增摊位六十个 周末客流比去年多三成", "author": "某某",
                                    "publishTime": "2025-04-22 08:30:00", "content": _ESCAPED_BODY}},
                       ensure_ascii=False).replace("<", "\\u003C").replace("/", "\\u002F")
    return ("<html><head><title>某某融媒</title></head><body>"
            f"<div id='app'>{shown}</div><script>window.__INITIAL_STATE__={state};"
            "(function(){var s=document.currentScript;s.parentNode.removeChild(s);}());</script>"
            "</body></html>")


def test_a_state_whose_html_is_escaped_is_read() -> None:
    page = _escaped_state_page("<div class='loading'><i></i><p>正在加载...</p></div>")
    assert "<p>晚上" not in page  # the body's tags only escaped in the page's source
    doc = clean_html(page, id="t")
    assert doc.text.splitlines()[0].startswith("晚上八点，河畔步行街的灯光亮起")
    assert (doc.meta.title, doc.meta.authors) == ("河畔夜市新增摊位六十个 周末客流比去年多三成", ("某某",))
    assert "正在加载" not in doc.text


def test_an_escaped_state_under_a_page_that_prints_its_article_is_not_read() -> None:
    printed = "<p>这是服务器端渲染的正文，读者看到的就是它，页面里的状态可能是另一篇文章的，不必再读。</p>" * 2
    doc = clean_html(_escaped_state_page(printed), id="t")
    assert "河畔步行街" not in doc.text
    assert "服务器端渲染的正文" in doc.text


@pytest.mark.parametrize(("row", "publisher", "authors"), [
    # a CMS's "submitted by" row: the poster's name between 由 and the verb is the author
    ("由 韩某某 发布于 2024年9月2日 星期一 - 10:30", None, ("韩某某",)),
    ("由 韩某某 于 2024-09-02 10:30 发表", None, ("韩某某",)),
    # an outlet posts: the publisher; an account with no name of a person: nobody
    ("2024-09-02 10:30 由 某某日报 发布", "某某日报", ()),
    ("由 admin 发布于 2024-09-02 10:30", None, ()),
    ("2024-09-02 10:30 由 韩某某 撰写", None, ("韩某某",)),
    # counterexample: one who edited or supplied the page is no author, and neither 由 nor the
    # verb a publisher
    ("2024-09-02 10:30 由 韩某某 编辑", None, ()),
    ("2024-09-02 10:30 由 韩某某 提供", None, ()),
])
def test_a_submitted_by_row_names_its_poster(
        row: str, publisher: str | None, authors: tuple[str, ...]) -> None:
    doc = clean_html(_header_page(row), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == (publisher, authors)
    assert (doc.meta.date or "").startswith("2024-09-02")


def _microdata_page(row: str, below: str) -> str:
    """A CMS's article marked up with schema.org microdata: ``row`` under the headline,
    ``below`` after the body (an author card, a comment)."""
    return ("<html><head><title>某某镇举办秋季农产品展销会</title></head><body>"
            "<article itemscope itemtype='https://schema.org/NewsArticle'>"
            f"{_HEADLINE}<div class='meta'>{row}</div>"
            f"<div itemprop='articleBody'>{_BODY}{_BODY}</div>{below}</article></body></html>")


_STAMP = ("<time itemprop='datePublished' datetime='2024-09-02T10:30:00+08:00'>"
          "周一, 09/02/2024 - 10:30</time>")
_CARD = ("<div class='author-card' itemprop='author' itemscope itemtype='https://schema.org/Person'>"
         "<span itemprop='name'>韩某某</span><span>本站记者</span></div>")
_COMMENT = ("<div class='comments'><div itemprop='comment' itemscope itemtype='https://schema.org/Comment'>"
            "<span itemprop='author'>路过的网友</span><p itemprop='text'>说得好。</p></div></div>")


def test_an_article_s_microdata_states_its_date_and_author() -> None:
    # the row prints the date in a form no reader parses (Drupal's m/d/Y): the markup's
    # datePublished gives it, and the author card's Person its author
    doc = clean_html(_microdata_page(_STAMP, _CARD), id="t")
    assert (doc.meta.date, doc.meta.authors) == ("2024-09-02T10:30:00", ("韩某某",))


def test_a_comment_s_author_is_not_the_article_s() -> None:
    doc = clean_html(_microdata_page(_STAMP, _COMMENT), id="t")
    assert doc.meta.authors == ()
    assert doc.meta.date == "2024-09-02T10:30:00"


@pytest.mark.parametrize("row", [
    # the time set apart from its day, and the posting account's label, are no publisher
    "2024年9月2日 星期一 - 10:30",
    "提交者：韩某某 日期：2024-09-02 10:30",
])
def test_a_time_or_a_poster_s_label_is_no_publisher(row: str) -> None:
    doc = clean_html(_header_page(row), id="t")
    assert doc.meta.source_name is None
    assert (doc.meta.date or "").startswith("2024-09-02")


def _amp_page(extra: str) -> str:
    return ("<!doctype html><html amp lang='zh-CN'><head><meta charset='utf-8'>"
            "<title>某某镇举办秋季农产品展销会</title></head><body><article>"
            f"{_HEADLINE}<div>2024-09-02 10:30</div>{_BODY}{extra}{_BODY}</article></body></html>")


@pytest.mark.parametrize("component", [
    # a list fetched when the page runs: its overflow button and rendered items
    "<amp-list src='/api/related' width='auto' height='300' layout='fixed-height'>"
    "<div role='list'><div role='listitem'><a href='/a/1.html'>某某区新增三处口袋公园</a></div></div>"
    "<div overflow>点击加载更多</div></amp-list>",
    "<amp-app-banner layout='nodisplay' id='b'><div>打开某某新闻APP 阅读更多精彩内容</div></amp-app-banner>",
    "<amp-next-page src='/next.json'><div separator>下一篇</div></amp-next-page>",
])
def test_amp_components_that_fetch_lists_or_sell_the_app_are_no_text(component: str) -> None:
    text = clean_html(_amp_page(component), id="t").text
    for gone in ("口袋公园", "加载更多", "打开某某新闻APP", "下一篇"):
        assert gone not in text
    assert text.count("展销会上") == 6


def test_amp_text_components_stay() -> None:
    # counterexample: amp-fit-text sets the article's own words in a box
    extra = ("<amp-fit-text width='300' height='80' layout='responsive'>"
             "据主办方统计，三天展销会共吸引市民两万余人次，成交额超过四百万元。</amp-fit-text>")
    assert "成交额超过四百万元" in clean_html(_amp_page(extra), id="t").text


_PARAGRAPHS = ("晚上八点，河畔步行街的灯光亮起，夜市的小吃摊前排起了长队，游客和市民边走边吃，十分热闹。",
               "据街区管理方介绍，今年夜市新增摊位六十个，营业时间延长到晚上十一点，周末客流比去年多三成。",
               "管理方表示，下一步将增加公共座椅和垃圾分类点，并安排志愿者在高峰时段疏导人流。")


def _shell_with_body(body: str) -> str:
    state = json.dumps({"detail": {"title": "河畔夜市新增摊位六十个 周末客流比去年多三成",
                                   "content": body}}, ensure_ascii=False)
    return ("<html><head><title>某某融媒</title></head><body><div id='app'>正在加载...</div>"
            f"<script>window.__INITIAL_STATE__={state}</script></body></html>")


@pytest.mark.parametrize("body", [
    # an editor's HTML in any of its blocks, or line breaks, or plain text a paragraph a line
    "".join(f"<div>{p}</div>" for p in _PARAGRAPHS),
    "<section>" + "".join(f"<section><span>{p}</span></section>" for p in _PARAGRAPHS) + "</section>",
    "<br/>".join(_PARAGRAPHS),
    "\n".join(_PARAGRAPHS),
])
def test_a_shell_s_state_body_in_any_paragraph_form_is_read(body: str) -> None:
    assert clean_html(_shell_with_body(body), id="t").text.splitlines() == list(_PARAGRAPHS)


@pytest.mark.parametrize("body", [
    # counterexamples: one block of text, and lines that end no sentence (a list of names)
    "<div>" + "".join(_PARAGRAPHS) + "</div>",
    "\n".join(["河畔夜市", "步行街美食地图", "周末活动预告", "志愿者招募"] * 8),
])
def test_a_shell_s_state_string_of_one_paragraph_or_no_sentences_is_no_article(body: str) -> None:
    doc = clean_html(_shell_with_body(body), id="t")
    assert "河畔步行街" not in doc.text
    assert "步行街美食地图" not in doc.text


def _field_list_page(first: str) -> str:
    return ("<html><head><title>某某镇举办秋季农产品展销会</title></head><body><div class='a'>"
            f"{_HEADLINE}<dl class='x1'>{first}<dd>作者：韩某某</dd><dd>分类：<a href='/c'>本地新闻</a></dd>"
            "<dd>发布于：2024年9月2日</dd><dd>点击数：1284</dd></dl>"
            f"<div class='c'>{_BODY}{_BODY}</div></div></body></html>")


def test_a_field_list_s_term_over_the_header_fields_is_no_publisher() -> None:
    doc = clean_html(_field_list_page("<dt>详细内容</dt>"), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == (None, ("韩某某",))
    assert (doc.meta.date or "").startswith("2024-09-02")


def test_an_outlet_s_name_as_a_field_of_the_list_stays_the_publisher() -> None:
    doc = clean_html(_field_list_page("<dd>某某日报</dd>"), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("某某日报", ("韩某某",))


# Round htmlunseen26 (gh166-gh171).

def _epaper_page(title: str, row: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='nav'>"
            "<a href='n1.htm'>第01版：要闻</a><a href='n2.htm'>第02版：综合</a></div><div class='a'>"
            f"{_HEADLINE}<div class='m'>{row} 2024-09-02</div>"
            f"<div class='c'>{_BODY}{_BODY}</div></div></body></html>")


@pytest.mark.parametrize("title", ["某某日报数字报-某某镇举办秋季农产品展销会",
                                   "某某镇举办秋季农产品展销会_某某日报电子版",
                                   "某某日报数字版 | 某某镇举办秋季农产品展销会"])
def test_an_e_paper_s_paper_in_its_title_is_the_publisher_without_a_source_row(title: str) -> None:
    doc = clean_html(_epaper_page(title, "本报记者 甲某某"), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("某某日报", ("甲某某",))


@pytest.mark.parametrize(("title", "row", "source"), [
    # a 来源 row names another publisher (a wire story the paper reprints): that one
    ("某某日报数字报-某某镇举办秋季农产品展销会", "来源：新华社", "新华社"),
    # a paper's own site, no e-paper: its <title> names no edition, nothing is read from it
    ("某某镇举办秋季农产品展销会_某某日报", "本报记者 甲某某", None),
    # the edition's word inside a headline is no site's part
    ("数字报纸的阅读量逐年上升", "本报记者 甲某某", None),
])
def test_an_e_paper_title_gives_way_or_names_no_paper(title: str, row: str,
                                                      source: str | None) -> None:
    assert clean_html(_epaper_page(title, row), id="t").meta.source_name == source
