"""A ninth set of shapes through the HTML path whole: a Q&A page's question description and
answerer; pull quotes and asides; an article split over pages with its neighbours' titles; a
portal page with its body in <div id="detail">, its date split into year and day boxes, a font
tool beside its 来源 and 【纠错】【责任编辑：…】 under the body; a WeChat post copied onto a
mirror site."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaners import clean_html

from .test_html_page_shapes import check_page

PAGES = Path(__file__).parent / "fixtures" / "html_shapes"
_QA = (PAGES / "qa_answers.html").read_text(encoding="utf-8")
_DESCRIPTION = ('<div class="QuestionRichText"><span>下个月准备从朋友那里接一只三个月大的小猫，'
                '之前完全没有养过，想提前把东西准备齐全，请问都需要买些什么？</span></div>')


def test_a_question_without_description_starts_with_its_first_answer() -> None:
    page = _QA.replace(_DESCRIPTION, "")
    assert "下个月" not in page
    text = clean_html(page, id="t").text
    assert text.startswith("作为一个养了五年猫的人")
    # the counters under the question are no description (128,406 is no clause)
    assert "被浏览" not in text
    assert "关注者" not in text


@pytest.mark.parametrize(("user", "authors"), [
    ("橘猫铲屎官", ("橘猫铲屎官",)),
    ("Lucy Wang", ("Lucy Wang",)),
    # a hidden answerer names no one
    ("匿名用户", ()),
    ("知乎用户", ()),
])
def test_a_first_answer_s_answerer_is_its_author(user: str, authors: tuple[str, ...]) -> None:
    page = _QA.replace(">橘猫铲屎官<", f">{user}<")
    assert clean_html(page, id="t").meta.authors == authors


_PARAS = "".join(f"<p>第{n}段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>"
                 for n in range(3))
_NEIGHBOURS = ("<p>上一篇：<a href='x.html'>某某县召开春季农业生产工作会议</a></p>"
               "<p>下一篇：<a href='y.html'>某某街道开展消防安全宣传活动</a></p>")


@pytest.mark.parametrize("tail", [
    # the count in a paragraph of its own inside the body, the page numbers under it
    "<p>本文共3页</p><p><a href='a.html'>1</a> <a href='a_2.html'>2</a> <a href='a_3.html'>3</a>"
    f" <a href='a_2.html'>下一页</a> <a href='a_3.html'>尾页</a></p>{_NEIGHBOURS}",
    "<p>全文共 3 页，当前第 1 页</p><p>第1页 <a href='a_2.html'>第2页</a> <a href='a_3.html'>第3页"
    f"</a></p>{_NEIGHBOURS}",
    # the count and the numbers in one bar; the neighbours' titles unlinked, in a list
    "<div class='page'>本文共3页 <a href='a.html'>第1页</a> <a href='a_2.html'>2</a> <a href="
    "'a_3.html'>3</a> <a href='a_2.html'>下一页</a></div><ul><li>上一篇：某某县召开春季农业生产"
    "工作会议</li><li>下一篇：没有了</li></ul>",
])
def test_a_split_article_keeps_page_one_and_loses_its_pager(tail: str) -> None:
    page = ("<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='date'>2024-03-05</div><div class='text'>{_PARAS}{tail}</div>"
            "</body></html>")
    lines = clean_html(page, id="t").text.split("\n")
    assert [ln[:3] for ln in lines] == ["第0段", "第1段", "第2段"]


_FIRE = ["<p>第0段，为切实做好冬季森林防火工作，某某镇组织有关部门对辖区重点林区开展检查。</p>",
         "<p>第1段，检查组深入林区，逐一查看防火设施、瞭望塔和扑火物资储备情况。</p>",
         "<p>第2段，下一步将加强巡护力量，做到早发现、早报告、早处置。</p>"]
_BOX = "冬春季节天干物燥，林区可燃物多，是森林火灾的高发期，每年11月至次年4月为森林防火期。"


@pytest.mark.parametrize(("aside", "kept"), [
    # Decision: an aside of the article's own words (a background box the body does not
    # print) is the article's; a pull quote (a clause of the body again), a related-reading
    # list and an ad go as furniture.
    (f"<aside class='box'><h4>背景</h4><p>{_BOX}</p></aside>", ["背景", _BOX]),
    ("<aside class='pull-quote'><p>检查组深入林区，逐一查看防火设施。</p></aside>", []),
    ("<aside class='related'><h3>相关阅读</h3><ul><li><a href='/1'>某某县开展春季森林防火演练活动"
     "</a></li><li><a href='/2'>某某市发布森林火险预警信息</a></li></ul></aside>", []),
    ("<aside class='ad'><p>广告：某某山庄森林康养度假区盛大开业，周末入住享八折优惠，欢迎来电预订。"
     "</p></aside>", []),
])
def test_an_aside_of_the_article_s_own_words_stays(aside: str, kept: list[str]) -> None:
    page = ("<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            "</h1><div class='date'>2024-03-05</div><article class='text'>"
            f"{_FIRE[0]}{_FIRE[1]}{aside}{_FIRE[2]}</article></body></html>")
    lines = clean_html(page, id="t").text.split("\n")
    assert lines[2:-1] == kept
    assert len(lines) == 3 + len(kept)


def test_a_pull_quote_nested_beside_the_paragraph_it_repeats_goes() -> None:
    body = (f"<section>{_FIRE[0]}{_FIRE[1]}<aside><p>为切实做好冬季森林防火工作！</p></aside>"
            f"</section>{_FIRE[2]}")
    page = ("<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='date'>2024-03-05</div><article class='text'>{body}</article>"
            "</body></html>")
    assert len(clean_html(page, id="t").text.split("\n")) == 3


def test_a_detail_page_with_a_correction_button() -> None:
    # the year and the day in boxes of their own are one date; the font tool beside the
    # 来源 names no publisher; 【纠错】【责任编辑：…】, the share bar and 相关新闻 go
    check_page("detail_correction_button",
               {"title": "某某省启动秋冬季大气污染综合治理攻坚行动", "date": "2024-11-05T09:32:10",
                "source_name": "某某网", "authors": ("杜某某",)},
               ["某某网某某11月5日电", "根据行动方案", "省生态环境厅"])


@pytest.mark.parametrize("tool", ["字体：小中大打印", "分享到：微信", "字号：大中小"])
def test_a_tool_with_its_label_under_the_headline_names_no_publisher(tool: str) -> None:
    page = ("<html><head><title>某某镇开展森林防火检查</title></head><body><h1>某某镇开展森林防火检查"
            f"</h1><div class='info'>2024-03-05 10:20</div><div class='tool'>{tool}</div>"
            f"<div class='text'>{''.join(_FIRE)}</div></body></html>")
    assert clean_html(page, id="t").meta.source_name is None


def test_a_wechat_post_copied_onto_a_mirror_site() -> None:
    # the body in the hidden <div id="js_content"> is the article; the post's row (原创, the
    # writer, the account, the time) gives the account as publisher and the writer as author;
    # 预览时标签不可点, 阅读原文, the mirror's note, its QR box and 猜你喜欢 go
    check_page("wechat_mirror",
               {"title": "秋收时节，到田间地头看丰收", "date": "2024-09-23T18:40:00",
                "source_name": "某某三农观察", "authors": ("田某某",)},
               ["金秋九月", "“今年雨水匀", "据县农业农村局"])
