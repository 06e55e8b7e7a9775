"""The general defects the twentieth batch of saved HTML pages (gold_html gh118-gh123: article page
kinds not yet covered, a live text page, a 问政 message with its reply, an online interview's
transcript table, a 专题 article, sticky clones of the nav, a press conference) showed, each pinned
on an invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.extract import _summary_box

_NEWS = ("近日，县教育局组织五个督查组，对全县六十一所中小学和幼儿园开展冬季校园安全隐患大排查。",
         "督查组重点检查了学校消防设施、食堂食品安全、校车运行和取暖设备使用情况。",
         "县教育局要求，各学校要在寒假前再组织一次全面自查，确保师生安全过冬。")


def _page(head: str, body: str, title: str = "中小学开展冬季校园安全大排查") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='main'><h1>{title}</h1>{head}<div class='content'>{body}</div></div>"
            "</body></html>")


def _paragraphs(lines: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in lines)


# -- a transcript's speaker whose name ends in 文 is no 文： byline ----------------------------

_TRANSCRIPT = ("主持人：各位记者朋友，大家上午好！下面请市教育局局长介绍有关情况。",
               "庞书文：各位记者朋友，大家好！今年秋季学期，全市预计新增中小学学位一万零八百个，"
               "新建、改扩建的十四所中小学将按期投入使用。",
               "主持人：今天的新闻发布会到此结束，谢谢各位！")


def test_a_speaker_whose_name_ends_in_wen_is_no_byline() -> None:
    # 庞书文：… is a speaker's turn: 文： glued to the name is no byline label, and the words
    # of the turn (新建、改扩建) are no authors
    doc = clean_html(_page("<div class='info'>发布日期：2025-08-28 来源：市政府新闻办公室</div>",
                           _paragraphs(_TRANSCRIPT)), id="t")
    assert doc.meta.authors == ()
    assert doc.text.splitlines() == list(_TRANSCRIPT)


@pytest.mark.parametrize("byline", ["文：李清和", "文/李清和"])
def test_a_wen_byline_still_names_its_author(byline: str) -> None:
    # counterexample: 文 alone labels the byline
    doc = clean_html(_page("<div class='info'>2025-12-01</div>",
                           f"<p>{byline}</p>" + _paragraphs(_NEWS)), id="t")
    assert doc.meta.authors == ("李清和",)


# -- a live text page's row: 开始时间 labels its date ---------------------------------------

def test_a_live_pages_start_time_row_is_its_header_row() -> None:
    # the row under a live page's headline (开始时间：… 来源：… 作者：本报记者 某某 某某 3.6万人参与)
    row = ("<div class='live-info'><span>开始时间：2025-10-18 08:30</span><span>来源：澄川日报</span>"
           "<span>作者：本报记者 陶然 方舟</span><span>3.6万人参与</span></div>")
    doc = clean_html(_page(row, _paragraphs(_NEWS)), id="t")
    assert (doc.meta.date, doc.meta.source_name, doc.meta.authors) == (
        "2025-10-18T08:30:00", "澄川日报", ("陶然", "方舟"))


def test_a_start_time_in_a_sentence_is_no_row() -> None:
    # counterexample: a sentence naming a start time is the article's
    line = "报名开始时间：2025年3月1日起，报名截止时间为3月15日，逾期不再受理。"
    doc = clean_html(_page("<div class='info'>2025-12-01</div>", _paragraphs([*_NEWS, line])),
                     id="t")
    assert doc.text.splitlines() == [*_NEWS, line]


# -- a table of fields: <th> label, <td> value, two pairs a row -------------------------------

_LETTER = ("我住在滨湖路东段的锦湖小区，最近一个多月，每天晚上十一点以后就有大量渣土车从小区门前经过，"
           "一直持续到凌晨四五点，整晚吵得人睡不着觉。",
           "希望有关部门能管一管，规范渣土车的行驶时间和路线，还居民一个安静的夜晚。")
_REPLY = ("网友您好！您反映的问题收悉，现答复如下：",
          "经调查，附近两处在建工地正在进行土方外运，渣土车夜间集中通行。我局已约谈施工单位，责令其整改。")


def _message(info: str) -> str:
    return ("<html><head><meta charset='utf-8'><title>关于滨湖路夜间渣土车噪音扰民的投诉</title>"
            "</head><body><div class='wz'><h1>关于滨湖路夜间渣土车噪音扰民的投诉</h1>" + info
            + "<div class='ask'>" + _paragraphs(_LETTER) + "</div>"
            "<table><tr><th>回复单位</th><td>北湖区城市管理局</td><th>回复时间</th>"
            "<td>2025-09-23 16:20:45</td></tr></table>"
            "<div class='wz-box-c'>" + _paragraphs(_REPLY) + "</div>"
            "<div class='pj'><p>满意度评价：满意</p><p>评价时间：2025-09-25 08:12</p></div>"
            "</div></body></html>")


_FIELDS = ("<table class='wz-info'>"
           "<tr><th>留言编号</th><td>BH2025091600371</td><th>留言类型</th><td>投诉</td></tr>"
           "<tr><th>留言人</th><td>滨湖***</td><th>留言时间</th><td>2025-09-16 21:47:09</td></tr>"
           "<tr><th>受理单位</th><td>北湖区城市管理局</td><th>办理状态</th><td>已办结</td></tr>"
           "</table>")


def test_a_message_boards_table_of_fields_goes_and_dates_the_page() -> None:
    # 问政 pages print the message's fields as <th> label / <td> value cells, no colon: read
    # as rows of labelled fields (留言编号：… 留言类型：…) they go as the text pages' rows do, and
    # the message's 留言时间 dates the page, not the rating's 评价时间 under the reply
    doc = clean_html(_message(_FIELDS), id="t")
    # (the rating's row under the reply is no concern of this test)
    assert doc.text.splitlines()[:4] == [*_LETTER, *_REPLY]
    assert not any(label in doc.text for label in ("留言编号", "BH2025", "受理单位", "已办结"))
    assert doc.meta.date == "2025-09-16T21:47:09"


_DATA = ("<table><tr><th>指标</th><th>数量</th><th>增长</th></tr>"
         "<tr><th>新建学校</th><td>14所</td><td>3所</td></tr>"
         "<tr><th>新增学位</th><td>10800个</td><td>1200个</td></tr></table>")


def test_a_data_tables_row_headers_are_no_fields() -> None:
    # counterexample: a data table's row header (<th> then several <td>) gets no colon
    doc = clean_html(_page("<div class='info'>2025-12-01</div>",
                           _paragraphs(_NEWS[:2]) + _DATA + _paragraphs(_NEWS[2:])), id="t")
    assert doc.text.splitlines() == [*_NEWS[:2], "指标 数量 增长", "新建学校 14所 3所",
                                     "新增学位 10800个 1200个", _NEWS[2]]


# -- an online interview's introduction over its transcript table ----------------------------

_INTRO = ("近年来，我市持续推进“四好农村路”建设，农村公路通达水平和服务能力明显提升。今天，我们邀请到"
          "市交通运输局局长，为大家介绍农村公路建设管护的进展。")
_TURNS = ("[主持人] 各位网友，大家好！欢迎收看本期在线访谈，请局长先和网友们打个招呼。",
          "[韩立峰] 各位网友，大家好！很高兴和大家交流农村公路建设方面的情况。")
# the page's lines round the transcript table: the guest's card, the introduction box, then the
# table's cells, each a line of its own (the container found is the table: its rows are lines)
_ABOVE = ("访谈时间：", "2025年06月12日 15:30", "嘉宾介绍", "韩立峰，市交通运输局党组书记、局长。")
_CELLS = ["[主持人]", "各位网友，大家好！欢迎收看本期在线访谈，请局长先和网友们打个招呼。",
          "[韩立峰]", "各位网友，大家好！很高兴和大家交流农村公路建设方面的情况。"]


def test_an_interviews_introduction_over_its_transcript_stays() -> None:
    # the 访谈简介 box over the transcript table introduces the talk: the article's words; the
    # article's first line (a row) starts at its first cell's line
    page = [*_ABOVE, "访谈简介", _INTRO, *_CELLS]
    assert _summary_box(page, list(_TURNS)) == [_INTRO]


@pytest.mark.parametrize("label", ["嘉宾简介", "相关链接", "图片直播", "摘要"])
def test_another_boxs_label_over_the_transcript_is_no_introduction(label: str) -> None:
    # counterexample: another box's label (a guest's bio, a list) heads no summary; nor does a
    # 摘要 set apart over its box (a portal's machine abstract beside the body)
    page = [*_ABOVE, label, _INTRO, *_CELLS]
    assert _summary_box(page, list(_TURNS)) == []


def test_a_summary_restating_the_opening_stays_out() -> None:
    # counterexample: the box restating the article's first line is no text of its own
    page = [*_ABOVE, "内容简介", _TURNS[0], *_CELLS]
    assert _summary_box(page, list(_TURNS)) == []


# -- a live page's entries: a time, then the post's role and name, over its words -------------

_POSTS = (("10:45", "主持人", "陶然", "大桥通车后，从江北老城到江南新区的车程将缩短到十五分钟左右。"),
          ("10:12", "记者", "方舟", "首批通过大桥的是六辆公交车，不少乘客拿出手机拍照留念。"),
          ("09:40", "记者", "方舟", "记者在南岸桥头看到，附近不少居民早早赶来见证通车。"),
          ("08:30", "主持人", "陶然", "各位网友早上好！这里是澄川大桥通车现场，天气晴好。"))


def _live(posts: tuple[tuple[str, str, str, str], ...]) -> str:
    items = "".join(
        f"<li class='live-item'><div class='live-meta'><span class='t'>{t}</span>"
        f"<span class='r'>{role}</span><span class='n'>{name}</span></div>"
        f"<div class='live-con'><p>{said}</p></div></li>" for t, role, name, said in posts)
    return _page("<div class='info'>开始时间：2025-10-18 08:30 来源：澄川日报</div>",
                 f"<p>{_NEWS[0]}</p><ul class='live-list'>{items}</ul>",
                 title="图文直播｜澄川大桥今日正式通车")


def test_a_live_entrys_byline_beside_its_time_goes_the_time_stays() -> None:
    # each entry's head (10:45 主持人 陶然): the time is the entry's, the role and the name
    # (the host and the reporter post again and again) its byline
    doc = clean_html(_live(_POSTS), id="t")
    assert doc.text.splitlines() == [_NEWS[0], *(line for t, _, _, said in _POSTS
                                                 for line in (t, said))]


def test_a_schedules_session_names_beside_their_times_are_no_bylines() -> None:
    # counterexample: each entry names its own session beside its time (09:00 开幕式), each
    # said once: no byline a template prints again, not pruned as one
    sessions = tuple((t, "议程", name, said) for (t, _, _, said), name in zip(
        _POSTS, ("开幕式", "主旨演讲", "圆桌对话", "闭幕式"), strict=True))
    doc = clean_html(_live(sessions), id="t")
    assert not [r for r in doc.removals if r.rule == "entry_byline"]
    assert [r for r in clean_html(_live(_POSTS), id="t").removals if r.rule == "entry_byline"]


# -- probes of the same families ----------------------------------------------------------------

def test_a_live_pages_time_range_row_names_no_publisher() -> None:
    # 直播时间：… 10:00-11:30 已结束: the live's date row; its label is no publisher
    doc = clean_html(_page("<div class='info'>直播时间：2025-07-10 10:00-11:30　已结束　1.2万人参与"
                           "</div>", _paragraphs(_NEWS)), id="t")
    assert (doc.meta.date, doc.meta.source_name) == ("2025-07-10T10:00:00", None)
    assert doc.text.splitlines() == list(_NEWS)


def test_a_th_labels_value_is_no_publisher() -> None:
    # a letter's fields one pair a row (<th>信件编号</th><td>XJ2025001</td>): neither the label
    # nor its value, alone on their lines over the date, names the publisher
    table = ("<table><tr><th>信件编号</th><td>XJ2025001</td></tr><tr><th>来信人</th><td>王**</td></tr>"
             "<tr><th>来信时间</th><td>2025-03-12 09:15</td></tr></table>")
    doc = clean_html(_page(table, _paragraphs(_NEWS)), id="t")
    assert (doc.meta.date, doc.meta.source_name) == ("2025-03-12T09:15:00", None)


def _topic_page(title: str, banner: str) -> str:
    # a 专题 page: the banner names the 专题 in its <h1>, the article's title is an <h2>
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{banner}"
            "<div class='art'><h2>中小学开展冬季校园安全大排查</h2>"
            "<div class='info'>发布时间：2025-07-08　来源：县教育局</div>"
            f"<div class='c'>{_paragraphs(_NEWS)}</div></div></body></html>")


@pytest.mark.parametrize("banner", [
    # the banner pruned as chrome (its 专题 menu under it)
    "<div class='zt-banner'><h1>守护一江碧水</h1></div><div class='zt-nav'><a href='/'>专题首页</a>"
    "<a href='/a'>最新动态</a><a href='/b'>政策解读</a></div>",
    # or kept, its <h1> beside the slogan
    "<div class='topic'><h1>守护一江碧水</h1><p>青川市水生态环境保护专题</p></div>"])
@pytest.mark.parametrize("title", ["中小学开展冬季校园安全大排查-守护一江碧水专题_某某网",
                                   "中小学开展冬季校园安全大排查 - 最新动态 - 守护一江碧水专题 - 某某局"])
def test_a_topic_pages_banner_is_no_headline(title: str, banner: str) -> None:
    doc = clean_html(_topic_page(title, banner), id="t")
    assert doc.meta.title == "中小学开展冬季校园安全大排查"
    assert doc.text.splitlines() == list(_NEWS)


@pytest.mark.parametrize("title", ["中小学开展冬季校园安全大排查_某某网",
                                   "中小学开展冬季校园安全大排查-某某网"])
def test_a_headline_without_a_topic_keeps_its_h1(title: str) -> None:
    # counterexample: an <h1> that is the headline, no 专题 part in the <title>
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='art'><h1>中小学开展冬季校园安全大排查</h1>"
            "<div class='info'>发布时间：2025-07-08　来源：县教育局</div>"
            f"<div class='c'>{_paragraphs(_NEWS)}</div></div></body></html>")
    assert clean_html(page, id="t").meta.title == "中小学开展冬季校园安全大排查"
