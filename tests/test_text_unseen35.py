"""The general shapes the batch of seed-family pages from institutions the fixtures lacked
(gold_like gl291-gl297: a 纪委监委 审查调查 notice, a 政协 常委会议, a county 融媒体中心, a 党员教育
先锋 page, a 街道 公众号 post, a 晚报 时评, a 国资委 release) showed in the text path, each with
the lines that must match and the ones that must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.chrome.blocks import RELATED_MARKER
from cleaners.meta import parse_meta_line, posting_name

_PARA = ("今年以来，某某区持续推进作风建设，聚焦群众身边的突出问题开展专项整治，督促整改问题一百余个，"
         "群众满意度明显提升。")
_PARA2 = "下一步，某某区将持续深化整治，推动监督向基层延伸，以实际成效增强群众的获得感。"


@pytest.mark.parametrize(("line", "marker"), [
    ("相关评论", True),
    ("【相关评论】", True),
    ("相关评论：", True),
    # a sentence about the comments on a matter
    ("相关评论在网上引发热议。", False),
    ("三、相关评论", False),
])
def test_a_city_paper_s_related_comments(line: str, marker: bool) -> None:
    assert (RELATED_MARKER.match(line) is not None) is marker


def test_a_commentary_page_s_related_comments_and_columns_go() -> None:
    page = ["某某晚报", "首页 > 评论 > 某某时评", "别让便民服务止于“面子”（王某某）",
            "2025-08-06 07:20　　来源：某某晚报", _PARA, _PARA2, "编辑：某某　　校对：某某", "相关评论",
            "· 让“夜经济”亮起来更要“暖”起来", "· 社区食堂如何“叫好又叫座”", "本报评论员",
            "· 为基层减负要减到“点子上”",
            "时评征稿：欢迎读者就社会热点发表见解，来稿请寄 pl@example.cn，一经采用，稿酬从优。"]
    doc = clean_text("\n".join(page), id="shiping")
    assert doc.text.split("\n") == [_PARA, _PARA2]


@pytest.mark.parametrize(("line", "name"), [
    ("某某街道发布 某某街道发布", "某某街道发布"),
    ("某某街道发布", "某某街道发布"),
    # two names, no account printed twice
    ("某某街道 某某社区", "某某街道 某某社区"),
])
def test_an_account_printed_twice_is_one_name(line: str, name: str) -> None:
    assert posting_name(line) == name


_POST = ["“家门口”的议事厅，解决了停车老大难", "某某街道发布 某某街道发布", "2025年08月15日 17:30 广东",
         _PARA, _PARA2]


def test_a_copied_post_s_account_card_goes_and_its_source_row_names_the_publisher() -> None:
    doc = clean_text("\n".join([*_POST, "来源｜某某街道党建办", "编辑｜某某"]), id="post")
    assert doc.text.split("\n") == [_PARA, _PARA2]
    assert doc.meta.source_name == "某某街道党建办"
    assert doc.meta.date is not None
    assert doc.meta.date.startswith("2025-08-15")


def test_a_copied_post_without_a_source_row_is_its_account_s() -> None:
    doc = clean_text("\n".join(_POST), id="post")
    assert doc.text.split("\n") == [_PARA, _PARA2]
    assert doc.meta.source_name == "某某街道发布"


def test_a_name_twice_in_the_article_stays() -> None:
    # a song's refrain printed twice on a line is the article's, far from its headline
    refrain = "我爱你中国 我爱你中国"
    page = ["合唱比赛在某某广场举行", "2025-10-01 09:00 来源：某某网", _PARA, refrain, _PARA2]
    assert refrain in clean_text("\n".join(page), id="song").text


_NOTICE = ["某某市纪委监委网站", "某某局原局长某某某接受纪律审查和监察调查",
           "2025-10-14 16:30　来源：某某市纪委监委", _PARA, _PARA2, "【打印本页】【关闭窗口】"]


def test_a_discipline_site_s_reporting_rules_box_goes() -> None:
    page = [*_NOTICE, "相关阅读", "某某局原副局长某某某被开除党籍和公职", "某某县副县长某某某接受审查调查",
            "举报须知", "1.本网站受理对党组织、党员违反党纪行为，监察对象违法和职务犯罪行为的检举控告。",
            "2.举报人应据实反映问题，提倡实名举报，对捏造事实诬告陷害他人的，依纪依法追究责任。",
            "信访举报电话：0000-12388"]
    doc = clean_text("\n".join(page), id="jiwei")
    assert doc.text.split("\n") == [_PARA, _PARA2]


def test_a_reporting_section_in_prose_stays() -> None:
    # the article's own section under the label: prose, not numbered rules
    section = ("群众可通过来信、来访、电话和网络等方式反映问题，区纪委监委将依规依纪依法受理，"
               "并对举报人信息严格保密。")
    page = [*_NOTICE[:5], "举报须知", section]
    assert section in clean_text("\n".join(page), id="jiwei").text


# Found by throw-away variants of the batch's pages (not fixtures).

def test_a_column_s_call_for_pieces_does_not_extend_the_article() -> None:
    """The 征稿 line under a commentary's lists read as a paragraph, which took the lists above
    it into the article; as the column's chrome it goes, and the lists with it."""
    page = ["某某晚报", "首页 > 评论 > 某某时评", "别让便民服务止于“面子”（王某某）",
            "2025-08-06 07:20　　来源：某某晚报", _PARA, _PARA2, "编辑：某某　　校对：某某", "本报评论员",
            "· 以“绣花功夫”推进城市精细化管理", "· 为基层减负要减到“点子上”",
            "某某时评征稿：欢迎读者就社会热点发表见解，来稿请寄 pl@example.cn，一经采用，稿酬从优。",
            "版权所有　某某晚报社"]
    assert clean_text("\n".join(page), id="shiping").text.split("\n") == [_PARA, _PARA2]


@pytest.mark.parametrize(("writer", "authors"), [
    ("□ 王某明", ("王某明",)),
    ("◎王某明", ("王某明",)),
    # a box before no name
    ("□ 相关链接", ()),
])
def test_a_writer_boxed_under_the_headline(writer: str, authors: tuple[str, ...]) -> None:
    page = ["某某晚报", "别让便民服务止于“面子”", writer, "2025-08-06 07:20　　来源：某某晚报", _PARA, _PARA2]
    assert clean_text("\n".join(page), id="shiping").meta.authors == authors


def test_a_lead_opening_on_its_reporters_unbracketed() -> None:
    lead = "记者 龙某某 通讯员 舒某某 报道：金秋时节，某某镇稻蟹种养基地里稻浪翻滚，村民们忙着收网捕蟹。"
    page = ["某某：稻田里的丰收", "2025-09-23 10:26:41　　来源：某某县融媒体中心", lead, _PARA, _PARA2]
    doc = clean_text("\n".join(page), id="rmt")
    assert doc.meta.authors == ("龙某某", "舒某某")
    assert doc.text.split("\n")[0] == lead  # the lead keeps its credit, as a bracketed one does


def test_a_lead_reporting_what_a_reporter_said_names_no_author() -> None:
    lead = "记者张某某报道了这一消息后，某某镇的稻蟹种养基地迎来了不少参观的客人。"
    page = ["某某：稻田里的丰收", "2025-09-23 10:26:41　　来源：某某县融媒体中心", lead, _PARA, _PARA2]
    assert clean_text("\n".join(page), id="rmt").meta.authors == ()


def test_an_original_post_s_account_printed_twice() -> None:
    assert posting_name("原创 某某街道发布 某某街道发布") == "某某街道发布"
    # the writer before the account, as WeChat prints its 原创 row (round likeunseen81)
    assert posting_name("原创 某某 某某街道发布") == "某某街道发布"
    # counterexamples: no 原创 mark, a sentence after the mark
    assert posting_name("某某 某某街道发布") == "某某 某某街道发布"
    assert posting_name("原创 本文来源于某某街道发布的消息") == "原创 本文来源于某某街道发布的消息"


@pytest.mark.parametrize(("row", "date", "source"), [
    ("【来源：某某县融媒体中心】　2025年09月23日　浏览：8632", "2025-09-23", "某某县融媒体中心"),
    ("2025年09月23日　【来源：某某县融媒体中心】", "2025-09-23", "某某县融媒体中心"),
    ("2024-05-06 来源：某某网 [作者：张三]", "2024-05-06", "某某网"),
])
def test_a_row_mixing_a_bracketed_field_with_bare_ones(row: str, date: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert (found.date, found.source_name) == (date, source)


def test_a_bracketed_field_inside_a_sentence_is_no_row() -> None:
    assert parse_meta_line("他说【来源：某某】是假的") is None


def test_a_headline_over_a_row_opening_on_its_bracketed_source() -> None:
    page = ["某某：稻田里的丰收", "【来源：某某县融媒体中心】　2025年09月23日　浏览：8632", _PARA, _PARA2]
    doc = clean_text("\n".join(page), id="rmt")
    assert doc.meta.title == "某某：稻田里的丰收"
    assert doc.meta.source_name == "某某县融媒体中心"
    assert doc.text.split("\n") == [_PARA, _PARA2]


@pytest.mark.parametrize(("row", "source"), [
    # a 公众号's closing row of its source and its staff's review stages, split by bars
    ("来源：某某街道党建办 | 编辑：某某 | 审核：某某 | 终审：某某", "某某街道党建办"),
    ("来源：某某日报 初审：某某 复审：某某", "某某日报"),
])
def test_review_stages_end_a_row_s_fields(row: str, source: str) -> None:
    found = parse_meta_line(row)
    assert found is not None
    assert found.source_name == source
    assert found.authors == ()


@pytest.mark.parametrize(("byline", "authors"), [
    ("本报评论员 林某某", ("林某某",)),
    ("□ 本报评论员 林某某", ("林某某",)),
    # the paper's commentator with no name is no person
    ("本报评论员", ()),
])
def test_a_commentator_named_under_the_headline(byline: str, authors: tuple[str, ...]) -> None:
    page = ["某某晚报", "别让便民服务止于“面子”", byline, "2025-08-06 07:20　　来源：某某晚报", _PARA, _PARA2]
    doc = clean_text("\n".join(page), id="shiping")
    assert doc.meta.authors == authors
    assert doc.text.split("\n") == [_PARA, _PARA2]
