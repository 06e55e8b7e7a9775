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
