"""The general shapes the batch of invented HTML pages gh266-gh271 showed (pages where the
article is the small part): a government footer of registration lines (主办：… 承办：…, 网站标识码,
某ICP备…号) outweighing a one-sentence notice thinned by its attachment links, and a blurb's
label (内容简介) alone over the words of a video page's description. What must match and what
must not. Names are invented."""

from __future__ import annotations

import pytest

from cleaners import clean_html
from cleaners.html.dom import _run_weight
from cleaners.html.extract import _BLURB_LABEL_ALONE

_NOTICE = ("经企业申报、乡镇推荐、专家评审和社会公示，现将本年度县级重点企业名单予以公布，"
           "请各乡镇和有关单位按照附件要求做好跟踪服务和动态监测工作。")
_FOOTER = ("<div class='footer'><p>主办：某某县人民政府办公室 承办：某某县大数据中心</p>"
           "<p>网站标识码：3600000011 某ICP备11000000号 某公网安备36000002000111号</p></div>")


def _notice_page(footer: str) -> str:
    return ("<html><body><table><tr><td class='leftmenu'><ul>"
            + "".join(f"<li><a href='/x{i}/'>信息公开栏目{i}</a></li>" for i in range(12))
            + "</ul></td><td><div class='title'>关于公布本年度县级重点企业名单的通知</div>"
            f"<div class='content'><p>{_NOTICE}</p><p>附件：</p>"
            "<p><a href='/f/1.docx'>1.本年度县级重点企业名单.docx</a></p>"
            "<p><a href='/f/2.xlsx'>2.县级重点企业运行监测表.xlsx</a></p></div>"
            f"</td></tr></table>{footer}</body></html>")


def test_a_one_sentence_notice_wins_over_a_footer_of_registration_lines() -> None:
    doc = clean_html(_notice_page(_FOOTER), id="t")
    assert doc.text == _NOTICE


@pytest.mark.parametrize("run", [
    "网站标识码：3611230011 赣ICP备11004321号 赣公网安备36112302000111号",
    "某ICP证：B2-20000000号，Copyright 2003-2025",
    "主办：某某县人民政府办公室 承办：某某县大数据中心",
    "某公网安备 36000002000111号，地址：某某县文昌路18号",
])
def test_a_footer_registration_line_weighs_as_a_label(run: str) -> None:
    n, mass, _ = _run_weight(run)
    assert mass < 0.3 * n


@pytest.mark.parametrize("run", [
    _NOTICE,
    # an event's organisers in a sentence of the article: prose
    "本次大赛由市文联主办，区文化馆承办，共收到参赛作品三百余件。",
    "主办单位：市体育局；承办单位：区体育中心。",
    # the site's copyright line is left as it was weighed (see _REGISTRATION_RUN)
    "© 2025 某某网 版权所有，未经授权禁止转载。",
])
def test_article_sentences_weigh_as_prose(run: str) -> None:
    n, mass, _ = _run_weight(run)
    assert mass == n


_BLURB = ("在某某县石门镇，一家开了一百多年的榨油坊至今仍沿用古法压榨菜籽油。"
          "每道工序都靠手工完成，一天只能出油两百来斤。")


def test_a_blurb_label_alone_over_a_video_page_s_description_goes() -> None:
    page = ("<html><body><div class='v'><h1>探访百年榨油坊</h1>"
            "<div class='i'>2025-11-28 16:30 来源：某某网</div>"
            f"<div class='d'><div>内容简介</div><p>{_BLURB}</p></div></div></body></html>")
    doc = clean_html(page, id="t")
    assert doc.text == _BLURB
    assert any(r.rule == "blurb_label" for r in doc.removals)


@pytest.mark.parametrize(("line", "matches"), [
    ("内容简介", True), ("【内容简介】", True), ("视频简介：", True), ("节目简介", True),
    ("內容簡介", True), ("导语", False),
    ("作者简介", False), ("网站简介", False), ("内容简介：某某榨油坊的故事", False),
    ("简介", False), ("导语：产地预冷库建到村口。", False),
])
def test_blurb_label_alone(line: str, matches: bool) -> None:
    assert bool(_BLURB_LABEL_ALONE.match(line)) is matches
