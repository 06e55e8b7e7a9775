"""The general defects the eighteenth batch of saved HTML pages (gold_html gh106-gh111: SiteServer,
JEECMS, PbootCMS, MetInfo, 动易 SiteFactory, TRS_UEDITOR 政务 pages) and the probes of their
families' chrome showed, each pinned on an invented page shape with its counterexample."""

from __future__ import annotations

import pytest

from cleaners import clean_html

_NEWS = ("近日，县教育局组织五个督查组，对全县六十一所中小学和幼儿园开展冬季校园安全隐患大排查。",
         "督查组重点检查了学校消防设施、食堂食品安全、校车运行和取暖设备使用情况。",
         "县教育局要求，各学校要在寒假前再组织一次全面自查，确保师生安全过冬。")


def _story(after: str, before: str = "") -> str:
    # an old CMS's article page: headline, a property row, the body, then what it prints under it
    return ("<html><head><meta charset='utf-8'><title>中小学开展冬季校园安全大排查</title></head>"
            "<body><div id='Article'><h1>中小学开展冬季校园安全大排查</h1>"
            "<div class='Property'>文章来源：县教育局　更新时间：2025-12-01</div>"
            "<div class='Content' id='fontzoom'>" + before + "".join(f"<p>{p}</p>" for p in _NEWS)
            + after + "</div></div></body></html>")


@pytest.mark.parametrize("line", [
    "本文已被浏览 <span id='hits'>1234</span> 次", "【已浏览1234次】", "该信息已被阅读88次",
    "本页访问量：1234", "已有1234人阅读"])
def test_a_view_counter_said_as_a_sentence_goes(line: str) -> None:
    # 动易, 科汛 and 站群 pages print the page's counter as a sentence under the body, often
    # right-aligned: the number alone is the row
    doc = clean_html(_story(f"<p style='text-align:right'>{line}</p>"), id="t")
    assert doc.text.splitlines() == list(_NEWS)


@pytest.mark.parametrize("line", [
    "已有1200人阅读并签署了倡议书。", "本文已被阅读1234次，谢谢大家的关注和转发。"])
def test_a_sentence_about_readers_stays(line: str) -> None:
    # counterexample: a sentence runs on past the number
    doc = clean_html(_story(f"<p>{line}</p>"), id="t")
    assert doc.text.splitlines() == [*_NEWS, line]


@pytest.mark.parametrize("line", [
    "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】", "【评论】【推荐】【打印】【收藏】",
    "【文章纠错】", "上一篇文章：<a href='/Item/2711.aspx'>县第二中学举办校园科技节</a>",
    "下一篇文章：没有了", "文章录入：admin　　责任编辑：admin", "信息录入：县教育局　审核：张某"])
def test_an_old_cms_tools_pager_and_entry_clerk_rows_go(line: str) -> None:
    # 动易's tool row, its pager with the noun (上一篇文章：), its data-entry clerk (文章录入)
    doc = clean_html(_story(f"<p>{line}</p>"), id="t")
    assert doc.text.splitlines() == list(_NEWS)


@pytest.mark.parametrize("line", [
    "【推荐】本周末好去处：县图书馆开设亲子阅读课堂。", "【评论】莫让形式主义挤占基层干部精力",
    "录入工作已于本月底前全部完成。", "上一篇文章中，我们介绍了校车安全检查的要点。"])
def test_a_label_or_a_sentence_like_those_rows_stays(line: str) -> None:
    # counterexamples: one bracketed word is a label over its sentence; 录入 and 上一篇文章 in
    # a sentence are no row
    doc = clean_html(_story("", f"<p>{line}</p>"), id="t")
    assert doc.text.splitlines() == [line, *_NEWS]


def _headed(row: str) -> str:
    # a 站群 page: the headline, its row of fields over the body in a box of its own
    return ("<html><head><meta charset='utf-8'><title>中小学开展冬季校园安全大排查</title></head>"
            "<body><div class='article'><h1>中小学开展冬季校园安全大排查</h1>" + row
            + "<div class='article-content'>" + "".join(f"<p>{p}</p>" for p in _NEWS)
            + "</div></div></body></html>")


@pytest.mark.parametrize("row", [
    "<div class='info'>发布机构：柳溪县教育局　发布日期：2025-12-01</div>",
    "<div class='info'><span>发布单位：柳溪县教育局</span><span>发布日期：2025-12-01</span></div>"])
def test_the_publishing_body_in_the_row_over_the_body_is_the_publisher(row: str) -> None:
    # no 来源: the body the row names (发布机构, 发布单位) published it, as under the body
    doc = clean_html(_headed(row), id="t")
    assert (doc.meta.source_name, doc.meta.date) == ("柳溪县教育局", "2025-12-01")
    assert doc.text.splitlines() == list(_NEWS)


@pytest.mark.parametrize("row", [
    "<div class='info'>发布机构：柳溪县人民政府办公室　来源：县教育局　发布日期：2025-12-01</div>",
    "<div class='info'>发布机构：柳溪县人民政府办公室　发布日期：2025-12-01</div>"
    "<div class='info2'>来源：县教育局</div>",
    "<div class='info'>来源：县教育局　发布日期：2025-12-01</div>"
    "<div class='info2'>发布机构：柳溪县人民政府办公室</div>"])
def test_a_source_row_beats_the_publishing_body(row: str) -> None:
    # counterexample: a 来源 anywhere in the rows names the publisher, before or after
    assert clean_html(_headed(row), id="t").meta.source_name == "县教育局"


@pytest.mark.parametrize("token", [
    "<p>_ueditor_page_break_tag_</p>", "_ueditor_page_break_tag_", "<p>[NextPage]</p>",
    "<p>#p#分页标题#e#</p>", "<p>[page]</p>", "<p>[FS:PAGE]</p>"])
def test_a_page_break_token_between_the_pages_goes(token: str) -> None:
    # the CMS printed its editor's page break as text (UEditor, 动易/科汛, DedeCMS, PHPCMS, 风讯)
    html = _story("").replace(f"<p>{_NEWS[1]}</p>", f"{token}<p>{_NEWS[1]}</p>")
    assert clean_html(html, id="t").text.splitlines() == list(_NEWS)


def test_a_page_break_token_glued_after_a_page_s_last_sentence_goes() -> None:
    html = _story("").replace(f"{_NEWS[0]}</p>", f"{_NEWS[0]}_ueditor_page_break_tag_</p>")
    assert clean_html(html, id="t").text.splitlines() == list(_NEWS)


def test_a_sentence_naming_a_page_break_tag_stays() -> None:
    # counterexample: a sentence about the tag (a help page of the CMS) is no token
    line = "在编辑器中插入[NextPage]标签，文章就会在此处分页显示。"
    assert clean_html(_story(f"<p>{line}</p>"), id="t").text.splitlines() == [*_NEWS, line]


@pytest.mark.parametrize("row", [
    "听全文 00:00 / 03:12", "【语音朗读】", "<span>关怀版</span> <span>标准版</span>", "切换到关怀版",
    "退出长者模式", "本网站支持IPv6"])
def test_a_gov_page_s_read_aloud_and_version_switches_go(row: str) -> None:
    # a 政务 page's 适老化 tools over the body: its read-aloud player with its clock, the switch
    # to its elder-care version, the footer's IPv6 badge
    doc = clean_html(_story("", f"<div>{row}</div>"), id="t")
    assert doc.text.splitlines() == list(_NEWS)


@pytest.mark.parametrize("line", [
    "大字版教材已于秋季学期发放到视障学生手中。", "本网站支持IPv6访问后，用户访问速度明显提升。"])
def test_a_sentence_about_a_version_or_ipv6_stays(line: str) -> None:
    doc = clean_html(_story(f"<p>{line}</p>"), id="t")
    assert doc.text.splitlines() == [*_NEWS, line]


@pytest.mark.parametrize("label", ["您现在所在的位置：", "你目前所处的位置：", "您当前所在位置："])
def test_a_trail_under_a_longer_position_label_goes(label: str) -> None:
    # a 站群 table page's trail in a cell over the headline (您现在所在的位置：首页 >> 部门动态)
    html = _story("").replace(
        "<div id='Article'>",
        f"<div id='Article'><div class='wz'>{label}<a href='/'>首页</a> &gt;&gt; "
        "<a href='/jydt/'>教育动态</a></div>")
    assert clean_html(html, id="t").text.splitlines() == list(_NEWS)


def test_a_place_named_after_a_position_label_in_a_sentence_stays() -> None:
    # counterexample: a venue's place after its label (活动位置：…) is no trail
    line = "活动位置：县体育馆东侧广场，市民可从南门进入。"
    assert clean_html(_story("", f"<p>{line}</p>"), id="t").text.splitlines() == [line, *_NEWS]


@pytest.mark.parametrize("row", [
    "[ 作者：邹明远　转贴自：柳溪日报　点击数：<span id='hits'>12</span>　更新时间：2025-12-1　"
    "文章录入：admin ]",
    "作者：邹明远　转贴自：柳溪日报　更新时间：2025-12-01"])
def test_an_old_powereasy_property_row_names_source_and_author(row: str) -> None:
    # 动易's row over the body: 转贴自 names the page it copied from, the whole row may sit in
    # one pair of brackets, and its data-entry clerk (文章录入) is no author
    doc = clean_html(_headed(f"<div class='info'>{row}</div>"), id="t")
    assert (doc.meta.source_name, doc.meta.authors, doc.meta.date) == (
        "柳溪日报", ("邹明远",), "2025-12-01")


def test_a_bracketed_note_with_colons_is_no_row() -> None:
    # counterexample: a note in brackets naming a deadline and a phone is no row of fields
    from cleaners.meta import parse_meta_line
    assert parse_meta_line("【提示：请于2025-12-08前报名，电话：12345】") is None
    assert parse_meta_line("【编者按：这是一段话】") is None


def _dated(items: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f"<li><a href='/x{n}'>{t}</a> <span>{d}</span></li>"
                            for n, (t, d) in enumerate(items)) + "</ul>"


_OTHERS = [("县林业局部署森林防火百日攻坚行动", "2025-12-01"), ("县人社局举办冬季专场招聘会", "2025-11-30"),
           ("全县完成秋冬季造林两万亩", "[11-28]")]


def test_a_dated_headline_list_in_the_article_box_goes() -> None:
    # an unlabelled 相关新闻 list in the article's box (class xgxw), each headline with its day:
    # the days keep it from being mostly links
    doc = clean_html(_story(f"<div class='xgxw'>{_dated(_OTHERS)}</div>"), id="t")
    assert doc.text.splitlines() == list(_NEWS)


def test_a_list_of_links_with_more_than_their_days_stays() -> None:
    # counterexample: the article's own list between its paragraphs, each item a linked service
    # and what it does, a date among its words
    items = ("<ul><li><a href='/a'>网上服务大厅</a>：2025-12-01起可在线申请补办</li>"
             "<li><a href='/b'>手机客户端</a>：2025-12-05起开通预约功能</li>"
             "<li><a href='/c'>微信公众号</a>：2025-12-10起提供进度查询</li></ul>")
    html = _story("").replace(f"<p>{_NEWS[1]}</p>", f"<p>目前可通过以下渠道办理：</p>{items}"
                                                    f"<p>{_NEWS[1]}</p>")
    lines = clean_html(html, id="t").text.splitlines()
    assert "网上服务大厅：2025-12-01起可在线申请补办" in lines


def test_a_dated_list_of_documents_between_the_article_s_paragraphs_stays() -> None:
    # counterexample: a 大事记's dated documents with a sentence of the article after them
    html = _story("").replace(f"<p>{_NEWS[2]}</p>", f"{_dated(_OTHERS)}<p>{_NEWS[2]}</p>")
    lines = clean_html(html, id="t").text.splitlines()
    assert lines[-1] == _NEWS[2]
    assert len(lines) == 6
