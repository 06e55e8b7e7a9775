"""The headline block of a page saved as text: the writer's row of an account's post, the
headline among a site name, a subtitle and a description line above the date row."""

from __future__ import annotations

import pytest

from cleaners import clean_text
from cleaners.meta import parse_account_row

_BODY = ("6月1日，某某县召开防汛工作会议，部署今年汛期各项防汛准备工作，要求做好应急值守。\n"
         "会议要求，各乡镇要加强巡查，及时排除隐患，确保群众生命财产安全和度汛安全。")


@pytest.mark.parametrize(("line", "date", "account", "authors"), [
    ("原创某某某 某某青年说 2024-05-06 20:15 某某", "2024-05-06T20:15:00", "某某青年说",
     ("某某某",)),
    ("原创 李某某 某某发布 2024-05-06 20:15 发表于北京", "2024-05-06T20:15:00", "某某发布",
     ("李某某",)),
    ("原创 某某发布 2024-05-06 20:15", "2024-05-06T20:15:00", "某某发布", ()),
    # an office in the writer's slot is no author
    ("原创 某某区委组织部 某某组工 2024-05-11 10:32 发表于四川", "2024-05-11T10:32:00", "某某组工", ()),
    # no 原创: a repost's row closed by where it was posted from
    ("某某文旅 2024-08-02 21:05 发表于浙江", "2024-08-02T21:05:00", "某某文旅", ()),
    ("某某生活誌 2024-04-12 09:00 發表於香港", "2024-04-12T09:00:00", "某某生活誌", ()),
    ("原創 陳某某 某某生活 2024-09-18 20:00 發表於台灣", "2024-09-18T20:00:00", "某某生活",
     ("陳某某",)),
])
def test_an_account_post_row(line: str, date: str, account: str,
                             authors: tuple[str, ...]) -> None:
    found = parse_account_row(line)
    assert found is not None
    assert (found.date, found.source_name, found.authors) == (date, account, authors)


@pytest.mark.parametrize("line", ["原创作品受到法律保护 2024-05-06", "某某青年说 2024-05-06 20:15"])
def test_no_account_post_row(line: str) -> None:
    assert parse_account_row(line) is None


def test_a_subtitle_under_the_headline_is_neither_headline_nor_caption() -> None:
    page = ("某某省人民政府\n\n首页 > 要闻\n\n某某省品牌丝路行（南美站）正式启动\n\n"
            "成功举办某某省与某某国双向经贸投资推介会\n\n时间：2024-06-01 06:23 来源：某某日报\n\n"
            + _BODY)
    doc = clean_text(page, id="sub")
    assert doc.meta.title == "某某省品牌丝路行（南美站）正式启动"
    assert doc.text.startswith("成功举办某某省与某某国双向经贸投资推介会\n")
    assert "首页" not in doc.text


@pytest.mark.parametrize(("head", "title"), [
    # the site's name above a one-word headline is not the headline however long
    ("某某市公安局某某分局\n首页 > 警务公开 > 警情通报\n警情通报\n", "警情通报"),
    ("某某县新闻网\n警情通报\n", "警情通报"),
    # counterexamples: a headline under a section label is still the longest
    ("要闻\n某某县召开防汛工作会议\n", "某某县召开防汛工作会议"),
    # a short line of headline size above the headline is no headline before a subtitle
    ("请输入关键词 搜索\n\n某某县召开防汛工作会议\n——部署今年汛期各项防汛准备工作\n",
     "某某县召开防汛工作会议"),
    # a kicker set apart by a line between is no headline either
    ("某某县召开防汛工作会议\n某某县融媒体中心\n", "某某县召开防汛工作会议"),
])
def test_the_headline_above_the_date_row(head: str, title: str) -> None:
    doc = clean_text(f"{head}发布时间：2024-06-01 09:00\n{_BODY}", id="head")
    assert doc.meta.title == title


def test_a_description_line_over_the_headline_is_no_part_of_it() -> None:
    page = ("原创 某某发布 2024-06-01 09:00\n某某发布\n某某县融媒体官方账号\n"
            f"某某县召开防汛工作会议部署汛期工作\n{_BODY}")
    assert clean_text(page, id="wx").meta.title == "某某县召开防汛工作会议部署汛期工作"


def test_an_issuing_body_over_a_decision_title_still_opens_it() -> None:
    page = ("某某省人民代表大会常务委员会\n关于批准某某省2024年省级预算调整方案的决议\n"
            f"（2024年6月1日某某省第十四届人民代表大会常务委员会第十次会议通过）\n{_BODY}")
    assert clean_text(page, id="decision").meta.title == (
        "某某省人民代表大会常务委员会关于批准某某省2024年省级预算调整方案的决议")


@pytest.mark.parametrize(("widget", "page_label", "date"), [
    ("2024年05月06日 星期一", "第A03版：要闻", "2024-05-06"),
    # a portal's today's-date widget by no page label dates nothing
    ("2024年05月06日 星期一", "首页 > 新闻", None),
])
def test_an_epaper_issue_date(widget: str, page_label: str, date: str | None) -> None:
    page = (f"某某日报\n{widget}\n{page_label}\n上一版  下一版\n某某县召开防汛工作会议\n{_BODY}")
    doc = clean_text(page, id="paper")
    assert (doc.meta.title, doc.meta.date) == ("某某县召开防汛工作会议", date)
    assert doc.text.startswith("6月1日")


@pytest.mark.parametrize(("byline", "source"), [("晚报记者 韦某某", None), ("某某晚报记者 韦某某", "某某晚报")])
def test_a_kind_of_paper_before_the_reporter_names_no_paper(byline: str,
                                                            source: str | None) -> None:
    doc = clean_text(f"某某县召开防汛工作会议\n{byline}\n{_BODY}", id="paper")
    assert (doc.meta.source_name, doc.meta.authors) == (source, ("韦某某",))


def test_an_interview_subject_row_is_the_headline() -> None:
    page = (f"某某政府网\n访谈主题：防汛工作答问\n访谈时间：2024-05-20 10:00\n{_BODY}")
    doc = clean_text(page, id="talk")
    assert (doc.meta.title, doc.meta.date) == ("防汛工作答问", "2024-05-20T10:00:00")
    assert doc.text.startswith("6月1日")
