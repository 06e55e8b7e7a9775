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
