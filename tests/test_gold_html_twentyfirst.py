"""The general defects the twenty-first batch of saved HTML pages (gold_html gh124-gh129: vertical
and business portals, a finance portal's news, a tech media site's article, a trade portal's
行业资讯, a school's news, a health portal's article, a city portal's 办事指南) and probes of
their families showed, each pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.dom import parse_html
from cleaners.html.text import block_lines
from cleaners.meta import clean_authors

_NEWS = ("近日，县教育局组织五个督查组，对全县六十一所中小学和幼儿园开展冬季校园安全隐患大排查。",
         "督查组重点检查了学校消防设施、食堂食品安全、校车运行和取暖设备使用情况。",
         "县教育局要求，各学校要在寒假前再组织一次全面自查，确保师生安全过冬。")


def _page(head: str, body: str = "", title: str = "中小学开展冬季校园安全大排查") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _NEWS)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='main'><h1>{title}</h1>{head}<div class='content'>{paragraphs}{body}"
            "</div></div></body></html>")


# -- a counter whose figure comes first (<em>56</em>评论) ends the byline -------------------

@pytest.mark.parametrize(("raw", "names"), [
    ("记者 邱某某 56 评论", ("邱某某",)),
    ("记者 邱某某 56评论", ("邱某某",)),
    ("张某 1.2万 阅读", ("张某",)),
    ("张某 3 条评论", ("张某",)),
    # counterexamples: names apart by a space, a year between names, a word that only starts
    # like a counter's label
    ("张某 李某", ("张某", "李某")),
    ("张某 2025 王某", ("张某", "王某")),
])
def test_a_counter_with_its_figure_first_ends_the_byline(raw: str, names: tuple[str, ...]) -> None:
    assert clean_authors(raw) == names


def test_a_portals_comment_link_after_the_byline_is_no_author() -> None:
    # a finance portal's row: the comment link prints its count in an <em> before 评论
    row = ("<div class='infos'><span>2025年12月05日 08:36</span><span>来源：某某证券报</span>"
           "<span>作者：记者 邱某某</span><span><a href='#comment'><em>56</em>评论</a></span></div>")
    doc = clean_html(_page(row), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("某某证券报", ("邱某某",))


# -- a page tool's button after the byline ends it ----------------------------------------

@pytest.mark.parametrize(("row", "names"), [
    ("<div class='meta'>2025-11-27 来源：某某网 作者：邱某某 收藏 举报 分享</div>", ("邱某某",)),
    ("<div class='meta'>更新时间：2025-12-01 10:20 作者：某某通小编 我要纠错</div>", ()),
    ("<div class='meta'><span>2025-11-27</span><span>作者：邱某某</span><a>收藏</a><a>分享</a></div>",
     ("邱某某",)),
    # counterexample: two names are still both read
    ("<div class='meta'>2025-11-27 来源：某某网 作者：邱某某 林某</div>", ("邱某某", "林某")),
])
def test_a_tool_button_after_the_byline_is_no_author(row: str, names: tuple[str, ...]) -> None:
    assert clean_html(_page(row), id="t").meta.authors == names


# -- a health site's reviewer field is a field label of its own ---------------------------

def test_a_reviewer_field_in_its_own_box_is_set_apart_from_the_author() -> None:
    root = parse_html("<html><body><div><span>2025-12-02 09:15</span><span>来源：某某健康网</span>"
                      "<span>作者：苏某某</span><span>审核专家：沈某某</span></div></body></html>")
    assert root is not None
    assert block_lines(root) == ["2025-12-02 09:15 来源：某某健康网 作者：苏某某 审核专家：沈某某"]


@pytest.mark.parametrize("reviewer", ["审核专家：沈某某", "审核医生：沈某某 主任医师", "审核：沈某某"])
def test_the_writer_is_read_beside_a_reviewer(reviewer: str) -> None:
    row = (f"<div class='meta'><span>2025-12-02 09:15</span><span>来源：某某健康网</span>"
           f"<span>作者：苏某某</span><span>{reviewer}</span></div>")
    doc = clean_html(_page(row), id="t")
    assert (doc.meta.source_name, doc.meta.authors) == ("某某健康网", ("苏某某",))


# -- vertical portals' notes under (or over) the article ----------------------------------

_HEAD = "<div class='info'>2025-12-01 10:00 来源：某某网</div>"


@pytest.mark.parametrize("note", [
    "*文章为作者独立观点，不代表某某网立场",  # a tech site's starred note
    "赞赏3人已赞赏",  # a tip jar's count
    "如果您觉得本文有价值，欢迎打赏支持作者",  # and its ask
    "本文由某某市第一人民医院心内科主任医师某某审核",  # a health site's reviewer credit
    "温馨提示：本文内容仅供参考，不能作为诊断及医疗的依据，如有不适请及时就医。",
    "回复【居住证】获取办理入口",  # a city account's keyword reply
])
def test_a_portals_note_in_the_body_is_removed(note: str) -> None:
    doc = clean_html(_page(_HEAD, f"<p>{note}</p>"), id="t")
    assert doc.text.splitlines() == list(_NEWS)


@pytest.mark.parametrize("line", [
    # counterexamples: the same words in the article's sentences stay
    "已有200人打赏了这位主播。",
    "该方案已经专家审核，将于下月起在全市推行。",
    "市民回复短信即可查看办理进度。",
    "温馨提示：以上信息仅供参考，具体以当地派出所要求为准。",
])
def test_the_same_words_in_an_article_sentence_stay(line: str) -> None:
    doc = clean_html(_page(_HEAD, f"<p>{line}</p>"), id="t")
    assert doc.text.splitlines() == [*_NEWS, line]


@pytest.mark.parametrize("note", [
    "郑重声明：某某网发布此信息的目的在于传播更多信息，与本站立场无关。",  # a labelled disclaimer
    "本文由「某某之家」原创出品，转载请联系授权。",  # the site's claim, its reprint clause
    "#扫地机器人# #智能家居#",  # a line of hashtags
    "粉丝 12,480",  # an author card's count, with its comma
])
def test_more_portal_notes_in_the_body_are_removed(note: str) -> None:
    doc = clean_html(_page(_HEAD, f"<p>{note}</p>"), id="t")
    assert doc.text.splitlines() == list(_NEWS)


# -- a finance portal's quotes saved in the body ------------------------------------------

@pytest.mark.parametrize("quotes", [
    # a stock card's boxes, glued when saved
    "<div class='q'><span>某某科技</span><span>300812</span><span>23.45</span><span>+2.31%</span></div>",
    # an index strip
    "<div class='q'>上证指数 3412.56 +14.31 +0.42% 深证成指 10876.20 -21.66 -0.20%</div>",
])
def test_a_quote_strip_in_the_body_is_removed(quotes: str) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _NEWS[:2])
    doc = clean_html(_page(_HEAD, ""), id="t")
    page = _page(_HEAD).replace(paragraphs, paragraphs + quotes)
    doc = clean_html(page, id="t")
    assert doc.text.splitlines() == list(_NEWS)


@pytest.mark.parametrize("line", [
    # counterexamples: a statistics table's row, a sentence naming a price and its change
    "城镇居民 30126 4.8%",
    "当日收盘，某某科技股价报23.45元，上涨2.31%。",
    "#城市漫步#今天我们走进了老城区的三条小巷。",
])
def test_figures_in_article_lines_stay(line: str) -> None:
    doc = clean_html(_page(_HEAD, f"<p>{line}</p>"), id="t")
    assert doc.text.splitlines() == [*_NEWS, line]


# -- a login box built without a form -------------------------------------------------------

_LOGIN = ("<div class='box'><div>会员登录</div><p>用户名：<input type='text'></p>"
          "<p>密　码：<input type='password'></p><p><input type='submit' value='登录'> "
          "<a href='/reg'>注册</a> <a href='/pass'>忘记密码？</a></p></div>")


def test_a_login_box_outside_a_form_is_removed() -> None:
    doc = clean_html(_page(_HEAD, _LOGIN), id="t")
    assert doc.text.splitlines() == list(_NEWS)


def test_a_box_with_a_password_field_and_sentences_stays() -> None:
    # counterexample: the box around the password field holds sentences (a tutorial's
    # paragraphs around a demo field): no login box
    tutorial = ("<div class='demo'><p>设置密码时，应同时包含字母、数字和符号，长度不少于八位。</p>"
                "<p>不要在多个网站使用同一个密码，也不要把密码告诉他人。</p>"
                "<p>密码：<input type='password'></p><p><input type='submit' value='登录'></p></div>")
    doc = clean_html(_page(_HEAD, tutorial), id="t")
    assert doc.text.splitlines()[-2:] == ["设置密码时，应同时包含字母、数字和符号，长度不少于八位。",
                                          "不要在多个网站使用同一个密码，也不要把密码告诉他人。"]


# -- a card in the article: a picture and a few short lines with the card's mark ------------

@pytest.mark.parametrize("card", [
    # an author card: avatar, name, title, counts, follow button
    "<div class='c'><img src='a.jpg'><p>周某某</p><p>智能家居频道编辑</p><p>文章 1,286</p>"
    "<p>粉丝 3.6万</p><a>+ 关注</a></div>",
    # a health site's reviewer card
    "<div class='c'><img src='d.jpg'><p>审核专家</p><p><a>沈某某</a> 主任医师</p>"
    "<p>某某市第一人民医院 <a>心血管内科</a></p><a>向TA提问</a></div>",
    # a QR box with the account's slogan
    "<div class='c'><img src='qr.png'><p>微信扫码关注“某某城事通”公众号</p>"
    "<p>社保、公积金、落户政策一手掌握</p></div>",
])
def test_a_card_in_the_article_goes_whole(card: str) -> None:
    doc = clean_html(_page(_HEAD, card), id="t")
    assert doc.text.splitlines() == list(_NEWS)


def test_a_picture_box_with_paragraphs_stays() -> None:
    # counterexample: a picture beside paragraphs of the article (more than a card holds), a
    # scan named in their sentences
    box = ("<div class='c'><img src='p.jpg'><p>督查组还抽查了十二所学校的校车，对发现的问题当场反馈，"
           "限期整改。</p><p>活动现场，不少家长扫码关注了学校的公众号，第一时间获取安全提示。"
           "学校还在门口设置了咨询台，解答家长关心的接送和用餐问题。</p></div>")
    doc = clean_html(_page(_HEAD, box), id="t")
    assert doc.text.splitlines()[-1] == ("活动现场，不少家长扫码关注了学校的公众号，第一时间获取安全提示。"
                                         "学校还在门口设置了咨询台，解答家长关心的接送和用餐问题。")


# -- metadata rows of the families' headers ----------------------------------------------------

def test_an_update_date_yields_to_the_publication_date_after_it() -> None:
    row = "<div class='meta'>更新时间：2025-12-01 发布时间：2025-10-01 来源：某某城事通</div>"
    assert clean_html(_page(row), id="t").meta.date == "2025-10-01"


def test_an_update_date_alone_is_the_date() -> None:
    # counterexample: a guide that prints only when it was updated
    row = "<div class='meta'>更新时间：2025-12-01 10:20 来源：某某城事通</div>"
    assert clean_html(_page(row), id="t").meta.date == "2025-12-01T10:20:00"


@pytest.mark.parametrize("row", [
    "<div class='meta'>医学审核：沈某某 主任医师 发布时间：2025-12-02</div>",
    "<div class='meta'>特约审核：沈某某 2025-12-02</div>",
])
def test_a_qualified_reviewer_field_names_no_publisher(row: str) -> None:
    doc = clean_html(_page(row), id="t")
    assert (doc.meta.date, doc.meta.source_name) == ("2025-12-02", None)


@pytest.mark.parametrize(("row", "source"), [
    # an outlet's name beside a date, set off by a bar
    ("<div class='meta'>2025-12-02 09:15:00 | 某某健康网</div>", "某某健康网"),
    ("<div class='meta'>2025-12-02 09:15 | 某某日报 | 阅读 1200</div>", "某某日报"),
    # counterexamples: a menu word or a person beside the date is no publisher
    ("<div class='meta'>2025-12-02 | 首页</div>", None),
    ("<div class='meta'>2025-12-02 09:15 | 张某某</div>", None),
])
def test_an_outlet_beside_a_date_across_a_bar_publishes(row: str, source: str | None) -> None:
    assert clean_html(_page(row), id="t").meta.source_name == source


# -- a <title> with the channel between the headline and the site's name ---------------------

def _untitled_page(title_tag: str, headline_box: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _NEWS)
    return (f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body>"
            f"<div class='art'>{headline_box}<div>发布日期：2025-12-01</div></div>"
            f"<div class='content'>{paragraphs}</div></body></html>")


def test_a_channel_after_a_hyphen_gives_way_to_the_printed_headline() -> None:
    # a trade portal's <title> (标题-行业资讯-某某网), the headline printed in a plain box
    page = _untitled_page("中小学开展冬季校园安全大排查-行业资讯-某某装备行业网",
                          "<div class='title'><strong>中小学开展冬季校园安全大排查</strong></div>")
    assert clean_html(page, id="t").meta.title == "中小学开展冬季校园安全大排查"


def test_a_hyphen_inside_the_headline_stays() -> None:
    # counterexample: no line of the page is the part before the hyphen: the headline holds it
    page = _untitled_page("2025年1-10月全市财政收支情况-某某市财政局",
                          "<div class='title'><strong>2025年1-10月全市财政收支情况</strong></div>")
    assert clean_html(page, id="t").meta.title == "2025年1-10月全市财政收支情况"


# -- the same families saved as text: their cards' and votes' buttons ------------------------

@pytest.mark.parametrize("button", ["向TA提问", "赏", "有用(268) 没用(12)", "文章价值：值 128 不值 9",
                                    "更多问答>>", "文章 1,286 粉丝 3.6万 获赞 12.4万"])
def test_a_cards_or_a_votes_button_line_is_removed(button: str) -> None:
    doc = clean_html(_page(_HEAD, f"<p>{button}</p>"), id="t")
    assert doc.text.splitlines() == list(_NEWS)
