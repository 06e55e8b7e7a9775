"""The general defects a batch of saved HTML pages from institutions and site builders we had no
fixture for showed (gold_html gh142-gh147: a 纪委监委 site, a 人大常委会 site, a province's 集约化
county page, a township page on a free site builder, a county 融媒体 touch page, a national
paper's local channel), each pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html, clean_text
from cleaners.html.dom import parse_html
from cleaners.html.extract import _META_LINE
from cleaners.html.prune import folded_rest, hidden_elements

# -- a paragraph naming 老字号 is no font-size switch -------------------------------------------

_STREET = (
    "青石板路重新铺平，骑楼外墙修旧如旧，经过一年多的改造，老街日前重新开街。",
    "老街已有三百多年历史，市里采取“微改造”的办法，对沿街骑楼逐栋修缮。",
    "开街以来，老街引进非遗工坊、老字号小吃和文创小店四十余家，日均客流超过一万人次。",
)


@pytest.mark.parametrize("line", [
    "字号：大 中 小", "【字号 大 中 小】", "字号 大", "字号大中小", "2025-12-02 字号：小",
])
def test_a_font_size_switch_is_a_meta_line(line: str) -> None:
    assert _META_LINE.search(line)


@pytest.mark.parametrize("line", [
    "开街以来，老街引进非遗工坊、老字号小吃和文创小店四十余家。",
    "这家老字号大中小门店都已翻新。",
    "百年老字号中药铺重新开张。",
])
def test_prose_naming_an_old_brand_is_no_meta_line(line: str) -> None:
    assert not _META_LINE.search(line)


def test_a_paragraph_naming_an_old_brand_stays_under_the_headline() -> None:
    """The container's sixth line (原标题, byline, paragraphs) tells of 老字号小吃: it is the
    article's, not the font-size switch of a date row."""
    body = "".join(f"<p>{p}</p>" for p in _STREET)
    page = ("<html><head><meta charset='utf-8'><title>老街改造：留住烟火气--某某网·某某频道</title>"
            "</head><body><div class='col-l'><h1>老街改造：留住烟火气</h1>"
            "<div class='box01'><div class='fl'>2025年12月02日08:31 | 来源：某某日报</div>"
            "<div class='fr'>小字号</div></div>"
            "<div class='txt-con'><p>原标题：老街“微改造” 留住城市记忆</p><p>本报记者 某某某</p>"
            f"{body}<div class='edit'>（责编：某某、某某）</div></div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text.split("\n") == list(_STREET)
    assert doc.meta.date == "2025-12-02T08:31:00"


# -- a channel strip over a placed headline is no headline --------------------------------------

_FIELDS = ("初冬时节，在某某县河口镇的稻渔综合种养基地，工人们正忙着放水捕鱼，塘埂上很快堆起了一筐筐"
           "鲜鱼。\n\n近年来，某某县在六个乡镇推广“稻渔共生”模式，今年全县稻渔综合种养面积达到一万"
           "二千亩。\n")


@pytest.mark.parametrize("strip", ["推荐某某新闻乡镇动态视频问政", "推荐本地要闻乡镇动态直播问政"])
def test_a_glued_channel_strip_over_a_placed_headline_is_not_the_title(strip: str) -> None:
    """A touch page saved as text: its channel strip glued into one run of words, a blank, the
    headline 某某县：……, a blank, the date row. The placed headline is the title, the strip chrome."""
    page = (f"返回 某某融媒 搜索\n{strip}\n\n某某县：“稻渔共生”让一田多收\n\n"
            f"某某县融媒体中心 2025-12-01 08:45 阅读 2.1万\n\n{_FIELDS}")
    doc = clean_text(page, id="t")
    assert doc.meta.title == "某某县：“稻渔共生”让一田多收"
    assert strip not in doc.text
    assert doc.text.startswith("初冬时节")


@pytest.mark.parametrize(("upper", "lower"), [
    ("稻田里长出了新希望", "某某县推广稻渔共生模式一田多收"),  # no place named under it
    ("稻田里长出了新希望", "——某某县推广“稻渔共生”模式见闻"),  # a dashed subtitle
    ("稻田里的新变化，农民的新收入", "某某县：“稻渔共生”让一田多收"),  # no bare run of words
])
def test_a_headline_over_its_subtitle_stays_the_title(upper: str, lower: str) -> None:
    page = (f"{upper}\n\n{lower}\n\n某某县融媒体中心 2025-12-01 08:45\n\n{_FIELDS}")
    assert clean_text(page, id="t").meta.title == upper


# -- a résumé's rows under the notice are its text -------------------------------------------

_NOTICE = ("某某市农业农村局原党组成员、副局长某某某接受纪律审查和监察调查\n\n"
           "发布时间：2025-12-03 09:15　来源：某某市纪委监委\n\n"
           "据某某市纪委监委消息：某某市农业农村局原党组成员、副局长某某某涉嫌严重违纪违法，目前正接受"
           "某某市纪委监委纪律审查和监察调查。\n\n某某某简历\n\n"
           "某某某，男，汉族，1968年7月出生，大学学历，1991年7月参加工作，1995年6月加入中国共产党。\n\n")
_CAREER = ("1991.07—2003.02　某某市农业技术推广站技术员、副站长", "2003.02—2011.09　某某市种子管理站站长",
           "2011.09—2019.01　某某市农业局副局长", "2019.01—2025.05　某某市农业农村局党组成员、副局长",
           "2025.05　退休")
_HEADLINES = ("某某市交通运输局原副局长某某某被开除党籍和公职", "某某市供销社原主任某某某接受审查调查",
              "市纪委监委公开通报五起违反中央八项规定精神问题")


@pytest.mark.parametrize("career", [
    _CAREER,
    ("1991年7月至2003年2月　某某站技术员", "2003年2月至2019年1月　某某局副局长", "2019年1月—至今　某某局局长"),
])
def test_a_resume_a_post_a_line_is_the_notices_text(career: tuple[str, ...]) -> None:
    page = _NOTICE + "\n".join(career) + "\n\n相关阅读\n\n" + "\n".join(_HEADLINES) + "\n"
    doc = clean_text(page, id="t")
    for row in career:
        assert row.replace("　", " ") in doc.text.replace("　", " ")
    for headline in _HEADLINES:
        assert headline not in doc.text


@pytest.mark.parametrize("listed", [
    ("2025.11.28　市纪委监委召开全会", "2025.11.21　市纪委监委开展警示教育", "2025.11.14　市纪委监委通报典型案例"),
    ("2025年11月　市纪委监委召开全会", "2025年10月　市纪委监委开展警示教育", "2025年9月　市纪委监委通报典型案例"),
])
def test_a_dated_headline_list_after_the_article_is_no_resume(listed: tuple[str, ...]) -> None:
    """Rows opening on a day, or on a month with no period (to …), are a list of headlines."""
    doc = clean_text(_NOTICE + "\n".join(listed) + "\n", id="t")
    for row in listed:
        assert row.split("　")[1] not in doc.text


# -- a meeting record's attendance rows are its text ------------------------------------------

_MEETING = ("市十七届人大常委会第二十三次会议举行第一次全体会议\n\n来源：某某人大网　发布时间：2025-11-26 17:40\n\n"
            "11月26日上午，市十七届人大常委会第二十三次会议举行第一次全体会议，会议由市人大常委会主任"
            "某某某主持。\n\n会议听取了市人民政府关于2025年度国有资产管理情况的综合报告。\n\n")


def test_a_meetings_attendance_rows_stay_and_the_related_list_goes() -> None:
    rows = ("出席：郑某某　石某某　贺某某　卢某某", "列席：欧阳某某　黎某某")
    related = ("市十七届人大常委会第二十三次会议召开主任会议", "市人大常委会党组召开会议研究部署有关事项",
               "市人大常委会开展代表建议办理情况视察")
    page = (_MEETING + "当天下午，会议进行分组审议。\n\n" + "\n\n".join(rows)
            + "\n\n[打印] [关闭] [返回顶部]\n相关文章\n\n" + "\n".join(f"  • {h}" for h in related) + "\n")
    doc = clean_text(page, id="t")
    flat = doc.text.replace("　", " ")
    assert all(row.replace("　", " ") in flat for row in rows)
    assert not any(headline in doc.text for headline in related)


def test_one_labelled_row_over_headlines_is_no_attendance_record() -> None:
    related = ("主持：某某某", "市十七届人大常委会第二十三次会议召开主任会议",
               "市人大常委会党组召开会议研究部署有关事项", "市人大常委会开展代表建议办理情况视察")
    doc = clean_text(_MEETING + "\n".join(related) + "\n", id="t")
    assert not any(headline in doc.text for headline in related[1:])


# -- a touch page's fold note and a chat widget's greeting, saved as text -----------------------

def test_a_fold_note_and_a_chat_greeting_go_on_the_text_path() -> None:
    page = (_MEETING + "当天下午，会议进行分组审议。\n剩余85%未读\n展开全文\n责任编辑：某某某\n\n"
            "智能问答：您好，有什么可以帮您？\n\n猜你想问：社保卡如何补办？\n\n"
            "网站地图 | 联系我们 | 网站声明\n")
    doc = clean_text(page, id="t")
    assert doc.text.endswith("当天下午，会议进行分组审议。")


# -- a 通报's closing call to report is its text, the 12388 banner the site's ----------------------

def test_a_call_to_report_through_the_hotline_closes_the_notice() -> None:
    closing = "欢迎广大干部群众通过12388举报电话、来信来访和网络举报平台反映“四风”问题线索。"
    page = (_NOTICE.split("某某某简历")[0] + closing + "\n\n"
            "12388 纪检监察举报网站 举报电话：0000-12388 来信地址：某某市纪委监委信访室 我要举报\n")
    doc = clean_text(page, id="t")
    assert doc.text.endswith(closing)
    assert "我要举报" not in doc.text


# -- a builder site's welcome bar glued to its links is no headline -------------------------------

def test_a_welcome_bar_glued_to_its_links_is_no_title() -> None:
    """A free builder's top bar saved as one line (欢迎光临某某镇人民政府网站！手机网站设为首页), the
    article's headline a module printed after the body: the bar is chrome, never the title."""
    page = ("欢迎光临某某镇人民政府网站！手机网站设为首页\n某某镇人民政府\n网站首页\n政务动态\n通知公告\n\n"
            + _FIELDS + "\n发表时间：2025-11-18 10:32来源：某某镇党政办浏览量：312\n\n"
            "版权所有 © 某某镇人民政府\n")
    doc = clean_text(page, id="t")
    assert doc.meta.title != "欢迎光临某某镇人民政府网站！手机网站设为首页"
    assert "欢迎光临" not in doc.text
    assert doc.text.startswith("初冬时节")


# -- the rest a touch page folds under 展开全文 is the article -------------------------------------

_OPENING = ("<p>初冬时节，在某某县河口镇的稻渔综合种养基地，工人们正忙着放水捕鱼，塘埂上堆起了一筐筐鲜鱼。</p>"
            "<p>“稻田里养鱼，鱼吃虫子和杂草，鱼粪又给稻子施了肥，今年一亩田多收了一百二十斤鱼。”基地负责人说。</p>")
_REST = ("<p>近年来，某某县在六个乡镇推广“稻渔共生”模式，今年全县稻渔综合种养面积达到一万二千亩。</p>"
         "<p>县农业农村局负责人介绍，稻渔共生田基本不用化肥和农药，亩均增收两千元以上。</p>")


def _folded(rest: str, button: str = "<div class='unfold'>展开全文</div>", tail: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><title>某某县：稻渔共生让一田多收-某某融媒</title></head>"
            "<body><article><h1>某某县：稻渔共生让一田多收</h1>"
            "<div class='meta'><span>某某县融媒体中心</span><span>2025-12-01 08:45</span></div>"
            f"<div class='body'>{_OPENING}<div class='rest' style='display:none'>{rest}</div>{tail}"
            f"</div>{button}</article></body></html>")


def test_the_rest_a_touch_page_folds_away_is_found_and_read() -> None:
    root = parse_html(_folded(_REST))
    assert root is not None
    assert [el.get("class") for el in folded_rest(hidden_elements(root))] == ["rest"]
    doc = clean_html(_folded(_REST), id="t")
    assert "亩均增收两千元以上。" in doc.text
    assert "展开全文" not in doc.text


@pytest.mark.parametrize("page", [
    _folded(_REST, button=""),  # no unfold button by it: a hidden panel
    _folded(_OPENING),  # a hidden copy of what is shown
    _folded(_REST, tail="<p>据了解，该基地明年还将扩大种养规模，带动周边三百余户农户增收致富。</p>"),  # prose after it
])
def test_a_hidden_block_no_unfold_button_reveals_stays_hidden(page: str) -> None:
    root = parse_html(page)
    assert root is not None
    assert not folded_rest(hidden_elements(root))
